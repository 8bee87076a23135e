"""The Go target: gofmt-clean, vet-clean, builds for every architecture Go has
among the spec's, proves its layout with unsafe.Offsetof/Sizeof, makes real
clone3() and openat2() calls (x86_64 and i386), and gives the generated C
copy-in's verdict on every case.

Debian's go (golang-go, 1.19) runs offline: GOPROXY=off, GOTOOLCHAIN=local,
GOCACHE and GOPATH in a temporary directory, no module but the test's own.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from ctools import require
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_rules_property import NAME, build, cases_of, specs
from test_rust import (
    REAL_CALLS,
    case_lines,
    check_real_calls,
    real_cases,
    real_copy_in,
    run_lines,
    run_real_calls,
    runtime_o,
)

from clonegen.diagnostics import SpecError
from clonegen.loader import load_text
from clonegen.model import read
from clonegen.pipeline import model_of
from clonegen.validate import validate
from clonegen.views.go import GoView

__all__ = ["real_copy_in", "runtime_o"]  # fixtures shared with test_rust

GEN = ROOT / "generated"
# The specs that render a Go package (a spec may list go in skip_outputs).
SPECS = sorted(
    p.stem
    for p in (ROOT / "spec").glob("*.yaml")
    if "go" not in (yaml.safe_load(p.read_text()).get("skip_outputs") or [])
)
GOARCHES = ["386", "arm64", "riscv64", "s390x", "mips", "mipsle"]


@pytest.fixture(scope="session")
def go_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    go = "/usr/bin/go" if Path("/usr/bin/go").exists() else require("go")
    home = tmp_path_factory.mktemp("gohome")
    return dict(
        os.environ,
        GO=go,
        GOCACHE=str(home / "cache"),
        GOPATH=str(home / "path"),
        GO111MODULE="on",
        GOTOOLCHAIN="local",
        GOPROXY="off",
        GOFLAGS="",
        CGO_ENABLED="0",
        HOME=str(home),
    )


def go(
    env: dict[str, str], cwd: Path, *args: str, **extra: str
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [env["GO"], *args], cwd=cwd, env=env | extra, capture_output=True, text=True, timeout=900
    )
    assert proc.returncode == 0, f"go {' '.join(args)} {extra}\n{proc.stdout}{proc.stderr}"
    return proc


def module_path(package_dir: Path) -> str:
    """The module path the generated go.mod of ``package_dir`` declares."""
    for line in (package_dir / "go.mod").read_text().splitlines():
        if line.startswith("module "):
            return line.split()[1]
    raise AssertionError(f"{package_dir}/go.mod declares no module")


def user_module(mod: Path, packages: list[Path], name: str = "cgtest") -> Path:
    """A user's module ``name`` in ``mod`` that requires each generated module and points it
    at its directory with a replace directive, as the README says."""
    mod.mkdir(parents=True, exist_ok=True)
    lines = [f"module {name}", "", "go 1.19", ""]
    for d in packages:
        path = module_path(d)
        lines += [f"require {path} v0.0.0", f"replace {path} => {d.resolve()}", ""]
    (mod / "go.mod").write_text("\n".join(lines))
    return mod


def module(tmp: Path, packages: list[Path]) -> Path:
    """The module cgtest in tmp/mod, requiring the generated modules ``packages``."""
    return user_module(tmp / "mod", packages)


def package(gen: Path, spec: str) -> Path:
    """The generated Go module of ``spec``: its go/ directory."""
    return gen / spec / "go"


def go_files(package_dir: Path) -> list[Path]:
    return sorted(package_dir.glob("*.go"))


def test_gofmt_leaves_every_package_unchanged(go_env: dict[str, str]) -> None:
    gofmt = Path(go_env["GO"]).with_name("gofmt")
    files = [str(f) for s in SPECS for f in go_files(package(GEN, s))]
    assert len(files) > len(SPECS)
    proc = subprocess.run([str(gofmt), "-l", *files], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout == "", proc.stdout + proc.stderr


@pytest.mark.parametrize("spec", SPECS)
def test_vet_and_build_for_every_architecture(
    spec: str, go_env: dict[str, str], tmp_path: Path
) -> None:
    """The generated module itself: go vet, and go build for each GOARCH, offline."""
    work = tmp_path / "pkg"
    shutil.copytree(package(GEN, spec), work)
    go(go_env, work, "vet", "./...")
    for goarch in GOARCHES:
        go(go_env, work, "build", "./...", GOARCH=goarch)


def test_the_module_is_what_a_go_programmer_imports() -> None:
    """go.mod declares a module whose last element is the package's name; the package name
    has no underscore; values are constants (no var but SIZES); argument types are package
    syscall's; //go:build names Linux and real GOARCH values only."""
    dist = subprocess.run(
        ["/usr/bin/go" if Path("/usr/bin/go").exists() else require("go"), "tool", "dist", "list"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    ports = {p.split("/")[1] for p in dist if p.startswith("linux/")}
    for spec in SPECS:
        d = package(GEN, spec)
        path = module_path(d)
        name = path.rsplit("/", 1)[1]
        assert re.fullmatch(r"[a-z][a-z0-9]*", name), path
        for f in go_files(d):
            text = f.read_text()
            assert re.search(rf"^package {name}$", text, re.M), f
            (build,) = re.findall(r"^//go:build (.*)$", text, re.M)
            tags = set(re.findall(r"\w+", build))
            assert "linux" in tags and tags - {"linux"} <= ports, (f, build)
            assert not re.search(r"^var (?!SIZES |_ = )", text, re.M), f
            assert "dfd int32" not in text and "pid int32" not in text, f
    how = (package(GEN, "open_how") / "open_how.go").read_text()
    assert "func Openat2(dfd int, filename string, how *OpenHow) (int, error)" in how


SYSCALL_CHECK = """package check

import (
\t"syscall"

\tg "{module}"
)

// A value of the generated package unequal to package syscall's own is a negative or
// non-zero index of a one-element array: a build error that names it.
{checks}
"""
# Constants of a spec that package syscall states too, on every GOARCH; package syscall
# has its own spelling of O_LARGEFILE (0 where the C library adds nothing on 64 bits).
SYSCALL_NAMES = re.compile(r"O_(?!LARGEFILE$)[A-Z]+|SIG[A-Z]+")
# Where package syscall is wrong: its arm64 O_TMPFILE has the generic O_DIRECTORY bit
# (0x10000), the kernel's has arm64's (0x4000: arch/arm64/include/uapi/asm/fcntl.h).
SYSCALL_WRONG = {("arm64", "O_TMPFILE"): (0x410000, 0x404000)}


def syscall_check(goarch: str, name: str) -> str:
    """g.name equals syscall.name (or, where package syscall is wrong, each its own value)."""
    wrong = SYSCALL_WRONG.get((goarch, name))
    if wrong:
        return (
            f"var _ = [1]struct{{}}{{}}[uint64(syscall.{name})-{wrong[0]:#x}]\n"
            f"var _ = [1]struct{{}}{{}}[uint64(g.{name})-{wrong[1]:#x}]"
        )
    return f"var _ = [1]struct{{}}{{}}[uint64(g.{name})-uint64(syscall.{name})]"


@pytest.mark.parametrize("spec", ["clone_args", "open_how"])
def test_per_architecture_constants_equal_package_syscalls(
    spec: str, go_env: dict[str, str], tmp_path: Path
) -> None:
    """The values that differ between architectures are constants (a user's constant
    expression holds them), and on every GOARCH equal package syscall's of that name."""
    view = GoView.of(model_of(ROOT / f"spec/{spec}.yaml"))
    assert view is not None and view.per_arch
    names = [v.name for v in view.values if SYSCALL_NAMES.fullmatch(v.name)]
    mod = module(tmp_path, [package(GEN, spec)])
    (mod / "check").mkdir()
    compared: dict[str, list[str]] = {}
    for goarch in GOARCHES + ["amd64"]:
        here = list(names)
        for _ in range(len(names)):
            (mod / "check" / "check.go").write_text(
                SYSCALL_CHECK.format(
                    module=view.module,
                    checks="\n".join(syscall_check(goarch, n) for n in here),
                )
            )
            proc = subprocess.run(
                [go_env["GO"], "build", "./check"],
                cwd=mod,
                env=go_env | {"GOARCH": goarch},
                capture_output=True,
                text=True,
                timeout=600,
            )
            missing = set(re.findall(r"undefined: syscall\.(\w+)", proc.stderr))
            if proc.returncode == 0 or not missing:
                break
            here = [n for n in here if n not in missing]
        assert proc.returncode == 0, f"{goarch}:\n{proc.stderr}"
        compared[goarch] = here
    per_arch = {v.name for v in view.per_arch}
    for goarch, here in compared.items():
        assert set(here) & per_arch, (goarch, here)  # one that differs at least
    print(spec, {g: len(h) for g, h in compared.items()})


LAYOUT_TEST = """package {package}

import (
	"testing"
	"unsafe"
)

func TestLayout(t *testing.T) {{
	var x {struct}
	check := func(name string, got, want uintptr) {{
		if got != want {{
			t.Errorf("%s: %d, want %d", name, got, want)
		}}
	}}
{checks}
	check("sizeof", unsafe.Sizeof(x), {size})
}}
"""


@pytest.mark.parametrize("spec", SPECS)
def test_layout_with_unsafe_offsetof_and_sizeof(
    spec: str, go_env: dict[str, str], tmp_path: Path
) -> None:
    """go test, on amd64 and 386: every field's offset and size is the model's."""
    m = model_of(ROOT / f"spec/{spec}.yaml")
    view = GoView.of(m)
    mod = tmp_path / "pkg"
    shutil.copytree(package(GEN, spec), mod)
    checks = []
    for f in view.fields:
        checks.append(f'\tcheck("{f.name} offset", unsafe.Offsetof(x.{f.name}), {f.offset})')
        checks.append(f'\tcheck("{f.name} size", unsafe.Sizeof(x.{f.name}), {f.end - f.offset})')
    (mod / "layout_test.go").write_text(
        LAYOUT_TEST.format(
            package=view.package, struct=view.struct, checks="\n".join(checks), size=m.latest.size
        )
    )
    for goarch in ("amd64", "386"):
        proc = go(go_env, mod, "test", "-count=1", "-v", ".", GOARCH=goarch)
        assert "--- PASS: TestLayout" in proc.stdout


def test_real_clone3_with_pidfd_and_openat2_beneath(go_env: dict[str, str], tmp_path: Path) -> None:
    """The same program for amd64 and for 386 (i386 system calls on this kernel)."""
    mod = module(tmp_path, [package(GEN, s) for s in ("clone_args", "open_how")])
    (mod / "calls").mkdir()
    shutil.copy(ROOT / "tests" / "go" / "calls.go", mod / "calls" / "main.go")
    go(go_env, mod, "vet", "./...")
    for goarch in ("amd64", "386"):
        proc = go(go_env, mod, "run", "./calls", GOARCH=goarch)
        assert "20 children exited with 7, each seen through its pidfd" in proc.stdout
        assert "refusals agree with the kernel" in proc.stdout
        assert "RESOLVE_BENEATH keeps the lookup inside" in proc.stdout


@pytest.mark.parametrize("spec", sorted(REAL_CALLS))
def test_real_calls_of_the_spec(spec: str, go_env: dict[str, str], tmp_path: Path) -> None:
    """tests/go/<spec>.go, for amd64 and 386: the same lines as the Rust program."""
    mod = module(tmp_path, [package(GEN, spec)])
    (mod / "calls").mkdir()
    shutil.copy(ROOT / "tests" / "go" / f"{spec}.go", mod / "calls" / "main.go")
    go(go_env, mod, "vet", "./...")
    for goarch in ("amd64", "386"):
        exe = tmp_path / f"calls_{goarch}"
        go(go_env, mod, "build", "-o", str(exe), "./calls", GOARCH=goarch)
        work = tmp_path / goarch
        work.mkdir()
        check_real_calls(spec, run_real_calls(spec, exe, work))


def verdict_driver(go_env: dict[str, str], source: Path, work: Path) -> Path:
    """tests/go/verdict.go over the generated module ``source`` (imported as gen)."""
    mod = module(work, [source])
    (mod / "verdict").mkdir()
    driver = (ROOT / "tests" / "go" / "verdict.go").read_text()
    (mod / "verdict" / "main.go").write_text(
        driver.replace('"clonegen.invalid/gen"', f'"{module_path(source)}"')
    )
    exe = work / "go_verdict"
    go(go_env, mod, "build", "-o", str(exe), "./verdict")
    return exe


@pytest.mark.parametrize("spec", ["clone_args", "open_how"])
def test_go_verdict_equals_c_copy_in_for_the_real_specs(
    spec: str, go_env: dict[str, str], real_copy_in: dict[str, ctypes.CDLL], tmp_path: Path
) -> None:
    m = model_of(ROOT / f"spec/{spec}.yaml")
    data = yaml.safe_load((ROOT / f"spec/{spec}.yaml").read_text())
    exe = verdict_driver(go_env, package(GEN, spec), tmp_path)
    cases = real_cases(spec, 3000, 11)
    lines = case_lines(data, cases)
    got = run_lines(exe, lines)
    lib = real_copy_in[spec]
    bad, seen = [], set()
    for line, (values, size, _), g in zip(lines, cases, got):
        raw = b"".join(v.to_bytes(8, "little") for v in values.values())[: min(size, m.latest.size)]
        buf = ctypes.create_string_buffer(raw.ljust(size, b"\0"), max(size, 1))
        if spec == "clone_args":
            c = -lib.sys_clone3(buf, size)
        else:
            c = -lib.sys_openat2(-100, b"x", buf, size)
        seen.add(c)
        if c != g:
            bad.append(f"{line}: C {c}, Go {g}")
    assert not bad, "\n".join(bad[:20])
    assert {0, 7, 22} <= seen, seen


@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(spec=specs(), seed=st.integers(0, 2**32))
def test_go_verdict_equals_c_copy_in_for_random_specs(
    spec: dict[str, Any],
    seed: int,
    go_env: dict[str, str],
    runtime_o: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    work = tmp_path_factory.mktemp("gospec")
    c_exe, _module = build(spec, work, runtime_o)
    exe = verdict_driver(go_env, package(work / "gen", NAME), work)
    lines = case_lines(spec, cases_of(spec, seed, 300))
    c, g = run_lines(c_exe, lines), run_lines(exe, lines)
    bad = [f"{line}: C {a}, Go {b}" for line, a, b in zip(lines, c, g) if a != b]
    assert not bad, yaml.safe_dump(spec, sort_keys=False) + "\n".join(bad[:20])


def test_readme_example(go_env: dict[str, str], tmp_path: Path) -> None:
    """The README's Go example, in a module holding the committed package, runs."""
    from readme_examples import example

    text = example("go")
    mod = tmp_path / "mod"
    mod.mkdir()
    (mod / "go.mod").write_text(example("go.mod").replace("../clonegen/", f"{ROOT}/"))
    (mod / "main.go").write_text(text)
    go(go_env, mod, "vet", ".")
    proc = go(go_env, mod, "run", ".")
    assert re.fullmatch(r"child exited with 3, pidfd \d+\n", proc.stdout), proc.stdout


def test_problems_refuse_what_the_go_wrappers_cannot_pass() -> None:
    """An ioctl spec whose entry takes other than one descriptor, or a size-field spec with
    more registers than syscall.Syscall6 has, is refused with the entry point's path."""

    def refused_at(data: dict[str, Any]) -> list[tuple[str | int, ...]]:
        spec, _ = read(load_text(yaml.safe_dump(data).encode(), "spec.yaml"))
        return [r.at.path + r.key for r in GoView.problems(spec)]

    ioctl = yaml.safe_load((ROOT / "spec/pidfd_info.yaml").read_text())
    assert refused_at(ioctl) == []
    ioctl["entry_points"][0]["arguments"].append({"name": "extra", "type": "int"})
    assert refused_at(ioctl) == [("entry_points", 0, "arguments")]
    field = yaml.safe_load((ROOT / "spec/sched_attr.yaml").read_text())
    assert refused_at(field) == []
    field["entry_points"][0]["trailing_arguments"] += [
        {"name": f"t{i}", "type": "int"} for i in range(4)
    ]
    assert refused_at(field) == [("entry_points", 0, "arguments")]


@pytest.mark.parametrize("name", ["go_to", "Ma_In", "fall_through_"])
def test_a_spec_whose_package_name_is_a_go_keyword_is_refused(name: str) -> None:
    """The package is the name in lower case without underscores: go_to would be goto."""
    text = (ROOT / "spec/clone_args.yaml").read_text().replace("name: clone_args", f"name: {name}")
    with pytest.raises(SpecError) as err:
        validate(load_text(text.encode(), "spec/x.yaml"))
    found = [d for d in err.value.diagnostics if "Go package (the name in lower case" in d.message]
    assert [(d.path, d.line, d.col) for d in found] == [("name", 4, 7)], err.value.diagnostics
    assert found[0].message.startswith(f"spec name {name!r} would name the Go package")
    validate(load_text(text.replace(f"name: {name}", "name: go_tox").encode(), "spec/x.yaml"))
