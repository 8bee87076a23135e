"""A wheel built from the checkout works in a fresh virtual environment."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, cli
from ctools import _missing, require
from readme_examples import example

import clonegen
from clonegen.pipeline import model_of
from clonegen.views.python import package_version

SPEC = ROOT / "spec" / "clone_args.yaml"


def test_wheel_installs_and_generates_elsewhere(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("clonegen-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    work = tmp_path / "elsewhere"
    (work / "spec").mkdir(parents=True)
    shutil.copy(ROOT / "spec" / "clone_args.yaml", work / "spec")
    proc = subprocess.run(
        [str(env_dir / "bin" / "clonegen"), "generate"], cwd=work, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    for produced in sorted((work / "generated" / "clone_args").rglob("*")):
        if produced.is_file():
            rel = produced.relative_to(work / "generated")
            assert produced.read_bytes() == (ROOT / "generated" / rel).read_bytes(), rel
    proc = subprocess.run(
        [str(py), "-m", "clonegen", "validate", "spec/clone_args.yaml"],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0 and "ok" in proc.stdout


# -- the generated Python packages, built and installed as their users do -----------

GEN = ROOT / "generated"
PACKAGES = sorted(p.parent.parent.name for p in GEN.glob("*/python/pyproject.toml"))
NATIVE = "clone_args"  # the fork-like spec: its wheel holds the compiled part for spawn too
PURE = "open_how"
FASTPATH = "_fastpath.abi3.so"  # every wheel's compiled from_bytes (a stable ABI extension)


def _project(name: str, root: Path = GEN) -> dict[str, object]:
    with open(root / name / "python" / "pyproject.toml", "rb") as f:
        project: dict[str, object] = tomllib.load(f)["project"]
    return project


def _platform_tag() -> str:
    return re.sub(r"[-.]", "_", sysconfig.get_platform())


def _pip_wheel(src: Path, out: Path, env: dict[str, str] | None = None) -> Path:
    """``pip wheel --no-deps --no-build-isolation``: offline, the backend needs nothing."""
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index"]
        + ["-q", "-w", str(out), str(src)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (wheel,) = out.glob("*.whl")
    return wheel


def _python_build(src: Path, out: Path) -> tuple[Path, Path]:
    """``python -m build --no-isolation``: the sdist, and the wheel built from it."""
    if importlib.util.find_spec("build") is None:
        _missing("the build frontend is not installed (pip install build)")
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "-o", str(out), str(src)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each generated package's wheel, as pip builds it here."""
    out = tmp_path_factory.mktemp("wheels")
    return {name: _pip_wheel(GEN / name / "python", out / name) for name in PACKAGES}


def test_distribution_is_the_import_name_with_a_pep440_release_version() -> None:
    assert NATIVE in PACKAGES and PURE in PACKAGES
    for name in PACKAGES:
        model = model_of(ROOT / "spec" / f"{name}.yaml")
        project = _project(name)
        assert project["name"] == name  # pip show <import name> finds it
        version = str(project["version"])
        # A public release (no +local part, which PyPI refuses): numbers only.
        assert re.fullmatch(r"[1-9][0-9]*(\.(0|[1-9][0-9]*))*|0(\.(0|[1-9][0-9]*))+", version)
        generator, serial, number = version.rsplit(".", 2)
        assert generator == clonegen.__version__
        counts = (model.fields, model.flags, model.constants, model.entry_points)
        assert int(serial) == sum(len(c) for c in counts)
        assert int(number) == int(model.digest[:8], 16)
        assert version == package_version(model)


def _release_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def test_version_changes_with_the_spec_and_grows_with_the_abi(tmp_path: Path) -> None:
    spec = ROOT / "spec" / "clone_args.yaml"
    text = spec.read_text()
    base = package_version(model_of(spec))
    moved = tmp_path / "elsewhere" / "clone_args.yaml"
    moved.parent.mkdir()
    moved.write_text(text)
    assert package_version(model_of(moved)) == base  # the same bytes anywhere: the same version
    edited = tmp_path / "clone_args.yaml"
    edited.write_text(text.replace("\ndoc: >-\n", "\ndoc: >-\n  Edited.\n", 1))
    assert edited.read_text() != text
    changed = package_version(model_of(edited))
    assert changed != base and changed.rsplit(".", 1)[0] == base.rsplit(".", 1)[0]
    # A release cut knows less of the ABI: its package sorts below the full one.
    older = package_version(model_of(spec, release="5.3"))
    assert _release_key(older) < _release_key(base)


def test_wheels_are_named_tagged_and_hold_the_package(wheels: dict[str, Path]) -> None:
    for name, wheel in wheels.items():
        version = _project(name)["version"]
        assert wheel.name == f"{name}-{version}-cp311-abi3-{_platform_tag()}.whl"
        with zipfile.ZipFile(wheel) as archive:
            names = sorted(archive.namelist())
            metadata = archive.read(f"{name}-{version}.dist-info/METADATA").decode()
            record = archive.read(f"{name}-{version}.dist-info/RECORD").decode()
        package = [n for n in names if not n.startswith(f"{name}-{version}.dist-info/")]
        want = sorted(
            [f"{name}/__init__.py", f"{name}/{name}.py", f"{name}/py.typed", f"{name}/{FASTPATH}"]
            + ([f"{name}/_spawn.so"] if name == NATIVE else [])
        )
        assert package == want  # no build backend, no C source, no pyproject.toml
        assert f"Name: {name}\nVersion: {version}\n" in metadata
        assert sorted(line.split(",")[0] for line in record.splitlines()) == names


def test_pip_and_build_give_the_same_archives_byte_for_byte(
    wheels: dict[str, Path], tmp_path: Path
) -> None:
    """python -m build (sdist, then the wheel from it) and pip wheel agree, and the
    source directory is left as clonegen wrote it."""
    for name in (NATIVE, PURE):
        sdist, wheel = _python_build(GEN / name / "python", tmp_path / name)
        assert sdist.name == f"{name}-{_project(name)['version']}.tar.gz"
        assert wheel.read_bytes() == wheels[name].read_bytes()
        with tarfile.open(sdist) as archive:
            members = sorted(m.name.split("/", 1)[1] for m in archive.getmembers())
        shipped = sorted(
            str(p.relative_to(GEN / name / "python"))
            for p in (GEN / name / "python").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        )
        assert members == sorted(["PKG-INFO", *shipped])
        again, _ = _python_build(GEN / name / "python", tmp_path / f"{name}-again")
        assert again.read_bytes() == sdist.read_bytes()
    check = subprocess.run(
        [sys.executable, "-m", "clonegen", "check"], cwd=ROOT, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr


# Real calls of the installed packages, in a pid namespace that takes every child with it.
CALLS = """
import importlib.metadata, os, signal, subprocess, sys, tempfile, types
import clone_args, open_how

name, version, backend = sys.argv[1:4]
assert importlib.metadata.version("clone_args") == version, importlib.metadata.version("clone_args")
assert clone_args.spawn_backend() == backend, clone_args.spawn_backend()
for cls in (clone_args.CloneArgs, open_how.OpenHow):  # the compiled from_bytes, or Python's
    assert isinstance(cls.from_bytes, types.MethodType) == (backend == "fallback"), cls.from_bytes
    assert type(cls.from_bytes(cls().to_bytes())) is cls and cls.from_bytes(bytes(8)) == cls()
done = clone_args.run(["sh", "-c", "cat; echo $0"], input="in\\n", capture_output=True, text=True)
assert (done.returncode, done.stdout) == (0, "in\\nsh\\n"), done
try:
    clone_args.run(["sh", "-c", "exit 5"], check=True)
except subprocess.CalledProcessError as exc:
    assert exc.returncode == 5
else:
    raise AssertionError("no CalledProcessError")
try:
    clone_args.run(["sleep", "60"], timeout=0.2)
except subprocess.TimeoutExpired:
    pass
else:
    raise AssertionError("no TimeoutExpired")
with clone_args.spawn(["true"]) as proc:
    proc.wait()
    os.fstat(proc.pidfd)  # kept after the wait
pid, pidfd = clone_args.fork_pidfd()
if pid == 0:
    os._exit(7)
assert os.waitid(os.P_PIDFD, pidfd, os.WEXITED).si_status == 7
os.close(pidfd)
assert clone_args.probe().error == 0
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "f"), "w") as f:
        f.write("beneath")
    dfd = os.open(d, os.O_DIRECTORY | os.O_RDONLY)
    how = open_how.OpenHow(flags=os.O_RDONLY, resolve=open_how.OpenHowResolve.RESOLVE_BENEATH)
    fd = open_how.openat2(dfd, "f", how)
    assert os.read(fd, 100) == b"beneath"
    try:
        open_how.openat2(dfd, "../" + os.path.basename(d) + "/f", how)
    except OSError as exc:
        assert exc.errno == 18, exc  # EXDEV: out of the directory
    else:
        raise AssertionError("RESOLVE_BENEATH let ../ through")
print("ok", version)
"""


# This interpreter, and the newer ones where they are installed.
INTERPRETERS = {"this-python": sys.executable, "3.12": "python3.12", "3.13": "python3.13"}


def _fresh_venv(python: str, path: Path) -> Path:
    """A new virtual environment of ``python`` (ensurepip: offline); skip a missing one."""
    if python != sys.executable:
        found = shutil.which(python)
        probe = found and subprocess.run([found, "-c", ""], capture_output=True).returncode == 0
        if not probe:
            pytest.skip(f"{python} is not installed here")
    proc = subprocess.run([python, "-m", "venv", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return path / "bin" / "python"


def _pip(py: Path, *args: str, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(
        [str(py), "-m", "pip", *args, "--disable-pip-version-check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def _calls(py: Path, backend: str, cwd: Path) -> None:
    version = str(_project(NATIVE)["version"])
    unshare = require("unshare")
    proc = subprocess.run(
        [unshare, "-pf", "--kill-child", str(py), "-c", CALLS, NATIVE, version, backend],
        capture_output=True,
        text=True,
        cwd=cwd,  # not the checkout: the installed packages are imported
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == f"ok {version}\n"


@pytest.mark.slow
@pytest.mark.parametrize("python", list(INTERPRETERS.values()), ids=list(INTERPRETERS))
def test_wheels_install_into_a_fresh_venv_and_make_real_calls(
    python: str, wheels: dict[str, Path], tmp_path: Path
) -> None:
    py = _fresh_venv(python, tmp_path / "venv")
    _pip(py, "install", "--no-index", "-q", str(wheels[NATIVE]), str(wheels[PURE]))
    shown = _pip(py, "show", NATIVE)
    assert f"Name: {NATIVE}\nVersion: {_project(NATIVE)['version']}\n" in shown
    _calls(py, "native", tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("compiler", ["cc", "none"])
def test_sdists_install_without_build_isolation_in_a_fresh_venv(
    compiler: str, tmp_path: Path
) -> None:
    """pip install --no-build-isolation of the sdists: nothing to install first, and without
    a C compiler the package uses its standard library fallback (spawn and from_bytes)."""
    sdists = [_python_build(GEN / n / "python", tmp_path / n)[0] for n in (NATIVE, PURE)]
    py = _fresh_venv(sys.executable, tmp_path / "venv")
    env = dict(os.environ)
    if compiler == "none":
        env["CC"] = "/bin/false"  # the compiled part's build fails: it is optional
    _pip(py, "install", "--no-index", "-q", "--no-build-isolation", *map(str, sdists), env=env)
    _calls(py, "native" if compiler == "cc" else "fallback", tmp_path)


@pytest.mark.slow
def test_pip_upgrades_to_the_package_that_knows_more_of_the_abi(
    wheels: dict[str, Path], tmp_path: Path
) -> None:
    """The package of a release cut (fewer flags and fields) installed first: pip's upgrade
    picks the full one, by its version alone."""
    old = tmp_path / "old"
    code, _, err = cli("generate", "--kernel", "5.3", "--out", str(old), str(SPEC))
    assert code == 0, err
    cut = _pip_wheel(old / NATIVE / "python", tmp_path / "cut")
    older, newer = str(_project(NATIVE, old)["version"]), str(_project(NATIVE)["version"])
    assert _release_key(older) < _release_key(newer)
    py = _fresh_venv(sys.executable, tmp_path / "venv")
    _pip(py, "install", "--no-index", "-q", str(cut))
    assert f"Version: {older}\n" in _pip(py, "show", NATIVE)
    finds = tmp_path / "index"
    finds.mkdir()
    shutil.copy(wheels[NATIVE], finds)
    _pip(py, "install", "--no-index", "-q", "--upgrade", "--find-links", str(finds), NATIVE)
    assert f"Version: {newer}\n" in _pip(py, "show", NATIVE)


@pytest.mark.slow
def test_readme_python_package_example_runs(tmp_path: Path) -> None:
    """The README's commands, verbatim, in an empty directory beside generated/."""
    (tmp_path / "generated").symlink_to(GEN)
    proc = subprocess.run(
        ["sh", "-ec", example("python-package")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    assert wheel.name.startswith(f"{NATIVE}-{_project(NATIVE)['version']}-")
    shown = subprocess.run(
        [str(tmp_path / ".venv/bin/python"), "-c", CALLS_SHORT],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert shown.returncode == 0 and shown.stdout == "native True\n", shown.stderr


CALLS_SHORT = """
import clone_args
print(clone_args.spawn_backend(), clone_args.run(["true"]).returncode == 0)
"""
