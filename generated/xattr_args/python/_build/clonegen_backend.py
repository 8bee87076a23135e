# Generated from spec/xattr_args.yaml by clonegen; do not edit.
# Spec digest: sha256:3ce00ba754a1a031.
import base64
import gzip
import hashlib
import io
import os
import re
import shlex
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import tomllib
import zipfile
from pathlib import Path
from typing import Any

_HERE = Path(".")
# What the source directory holds besides the package: never part of the wheel.
_NOT_PACKAGE = frozenset({"pyproject.toml", "PKG-INFO"})
_TIMESTAMP = (1980, 1, 1, 0, 0, 0)  # the oldest a zip can state
# The extension's stable ABI (its source defines Py_LIMITED_API 0x030B0000): the wheel's
# interpreter and ABI tags, and the file name suffix every CPython from 3.11 on imports.
_ABI3_TAG = "cp311-abi3"
_ABI3_SUFFIX = ".abi3.so"


def _config() -> dict[str, Any]:
    with open(_HERE / "pyproject.toml", "rb") as f:
        data: dict[str, Any] = tomllib.load(f)
    return data


def _project() -> dict[str, Any]:
    project: dict[str, Any] = _config()["project"]
    return project


def _package() -> dict[str, Any]:
    package: dict[str, Any] = _config()["tool"]["clonegen-package"]
    return package


def _file_name() -> str:
    """The distribution's name as file names spell it (PEP 427, PEP 625)."""
    return re.sub(r"[-_.]+", "_", _project()["name"]).lower()


def _metadata() -> str:
    """METADATA of the wheel, PKG-INFO of the sdist (core metadata 2.1)."""
    p = _project()
    return (
        "Metadata-Version: 2.1\n"
        f"Name: {p['name']}\n"
        f"Version: {p['version']}\n"
        f"Summary: {p['description']}\n"
        f"Requires-Python: {p['requires-python']}\n"
    )


def _package_files() -> list[Path]:
    """The package's files: the top-level modules and py.typed."""
    return sorted(
        p
        for p in _HERE.iterdir()
        if p.is_file()
        and p.name not in _NOT_PACKAGE
        and (p.suffix == ".py" or p.name == "py.typed")
    )


def _compiler() -> list[str]:
    """The C compiler: $CC, else the one Python was built with, else cc."""
    cc = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    return shlex.split(str(cc))


def _compile(out: Path, key: str = "native-sources", flags: tuple[str, ...] = ()) -> Path | None:
    """A compiled part at ``out`` from the sources ``key`` names, or None where no C compiler
    builds it (then: said why)."""
    sources = [str(_HERE / s) for s in _package().get(key, [])]
    if not sources:
        return None
    command = [*_compiler(), "-shared", "-fPIC", "-O2", *flags, "-o", str(out), *sources]
    try:
        proc = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:
        print(
            f"no compiled part {out.name} ({exc}); the package uses its fallback", file=sys.stderr
        )
        return None
    if proc.returncode != 0 or not out.is_file():
        print(
            f"no compiled part {out.name} ({shlex.join(command)} failed:"
            f" {proc.stderr.strip()[-400:]}); the package uses its fallback",
            file=sys.stderr,
        )
        return None
    return out


def _compile_extension(directory: Path) -> Path | None:
    """The CPython extension (stable ABI) in ``directory``, or None: none asked for, another
    Python than CPython, a free-threaded one (no stable ABI), or no compiler or headers."""
    extension = _package().get("extension-name", "")
    if not extension or sys.implementation.name != "cpython":
        return None
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        return None
    include = sysconfig.get_paths()["include"]
    return _compile(
        directory / f"{extension}{_ABI3_SUFFIX}", "extension-sources", (f"-I{include}",)
    )


def _zip_add(archive: zipfile.ZipFile, name: str, data: bytes, mode: int = 0o644) -> None:
    info = zipfile.ZipInfo(name, _TIMESTAMP)
    info.external_attr = (0o100000 | mode) << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}\n"


def get_requires_for_build_wheel(config_settings: Any = None) -> list[str]:
    """Nothing: the backend is standard library only."""
    return []


def get_requires_for_build_sdist(config_settings: Any = None) -> list[str]:
    """Nothing: the backend is standard library only."""
    return []


def build_wheel(
    wheel_directory: str, config_settings: Any = None, metadata_directory: Any = None
) -> str:
    """The wheel, with the compiled part where a C compiler builds it."""
    module, native = _package()["import-name"], _package().get("native-name", "")
    name, version = _file_name(), _project()["version"]
    with tempfile.TemporaryDirectory(prefix="clonegen-build-") as tmp:
        files = {f"{module}/{p.name}": p.read_bytes() for p in _package_files()}
        built = _compile(Path(tmp) / f"{native}.so") if native else None
        extension = _compile_extension(Path(tmp))
        for part in (built, extension):
            if part is not None:
                files[f"{module}/{part.name}"] = part.read_bytes()
        platform = re.sub(r"[-.]", "_", sysconfig.get_platform())
        if extension is not None:
            tag, purelib = f"{_ABI3_TAG}-{platform}", "false"
        elif built is not None:
            tag, purelib = f"py3-none-{platform}", "false"
        else:
            tag, purelib = "py3-none-any", "true"
        info = f"{name}-{version}.dist-info"
        files[f"{info}/METADATA"] = _metadata().encode()
        files[f"{info}/WHEEL"] = (
            "Wheel-Version: 1.0\n"
            "Generator: clonegen\n"
            f"Root-Is-Purelib: {purelib}\n"
            f"Tag: {tag}\n"
        ).encode()
        wheel = f"{name}-{version}-{tag}.whl"
        record = "".join(_record_line(n, d) for n, d in files.items()) + f"{info}/RECORD,,\n"
        with zipfile.ZipFile(Path(wheel_directory) / wheel, "w") as archive:
            for n, d in files.items():
                _zip_add(archive, n, d, 0o755 if n.endswith(".so") else 0o644)
            _zip_add(archive, f"{info}/RECORD", record.encode())
    return wheel


def _tar_add(archive: tarfile.TarFile, name: str, data: bytes, mode: int) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = len(data), mode, 0
    info.uname = info.gname = ""
    archive.addfile(info, io.BytesIO(data))


def build_sdist(sdist_directory: str, config_settings: Any = None) -> str:
    """The source directory as it is, with PKG-INFO."""
    base = f"{_file_name()}-{_project()['version']}"
    members = {"PKG-INFO": (_metadata().encode(), 0o644)}
    for path in sorted(_HERE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            mode = 0o755 if os.access(path, os.X_OK) else 0o644
            members[path.as_posix()] = (path.read_bytes(), mode)
    out = Path(sdist_directory) / f"{base}.tar.gz"
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for n in sorted(members):
            _tar_add(archive, f"{base}/{n}", *members[n])
    with open(out, "wb") as f, gzip.GzipFile(f"{base}.tar", "wb", fileobj=f, mtime=0) as z:
        z.write(raw.getvalue())
    return out.name
