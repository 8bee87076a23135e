"""Compiling and running generated C in the tests: one place for flags and tools.

Every compile names an architecture from ARCHES.  x86_64 is the native gcc;
the others are Debian's cross compilers (package gcc-<triplet>), which bring
their own libc and kernel uapi headers under /usr/<triplet>.  i386 binaries are
linked with -static: Debian's libc6-i386-cross puts the i386 loader under
/usr/i686-linux-gnu, not at /lib/ld-linux.so.2, so a dynamic i686 binary does
not start here, while a static one runs on this x86_64 kernel (IA32 emulation).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

HARNESS = ROOT / "tests" / "kharness"
SHIM = HARNESS / "include"
WARN = ["-std=gnu11", "-Wall", "-Wextra", "-Werror"]
KERNEL_WANTS = ["-D__ARCH_WANT_SYS_FORK", "-D__ARCH_WANT_SYS_VFORK", "-D__ARCH_WANT_SYS_CLONE"]

# Debian packages of the tools the tests use besides the compilers.
PACKAGES = {
    "gcc": "gcc",
    "sparse": "sparse",
    "pahole": "dwarves",
    "valgrind": "valgrind",
    "rsvg-convert": "librsvg2-bin",
    "rustc": "rustc",
    "cargo": "cargo",
    "go": "golang-go",
}


@dataclass(frozen=True)
class Arch:
    key: str  # the name in test ids and in require_arch()
    triplet: str  # GNU triplet: the compiler is <triplet>-gcc, its sysroot /usr/<triplet>
    debarch: str  # Debian architecture: the -cross packages are named after it
    flags: tuple[str, ...]  # added to every compile and link for this architecture
    runs: bool  # its binaries run on this x86_64 host
    native: bool = False

    @property
    def gcc(self) -> str:
        return "gcc" if self.native else f"{self.triplet}-gcc"

    @property
    def package(self) -> str:
        return "gcc" if self.native else f"gcc-{self.triplet}"

    @property
    def headers_package(self) -> str:
        return "linux-libc-dev" if self.native else f"linux-libc-dev-{self.debarch}-cross"


ARCHES: dict[str, Arch] = {
    a.key: a
    for a in (
        Arch("x86_64", "x86_64-linux-gnu", "amd64", (), runs=True, native=True),
        Arch("i386", "i686-linux-gnu", "i386", ("-static",), runs=True),
        Arch("arm64", "aarch64-linux-gnu", "arm64", (), runs=False),
        Arch("riscv64", "riscv64-linux-gnu", "riscv64", (), runs=False),
        Arch("s390x", "s390x-linux-gnu", "s390x", (), runs=False),
        Arch("mips", "mips-linux-gnu", "mips", (), runs=False),  # o32, big-endian
        Arch("alpha", "alpha-linux-gnu", "alpha", (), runs=False),
        Arch("sparc64", "sparc64-linux-gnu", "sparc64", (), runs=False),
        Arch("parisc", "hppa-linux-gnu", "hppa", (), runs=False),
    )
}
# The architectures whose binaries the tests run here: the two ABIs of this host.
HOST_ARCHES = [key for key, arch in ARCHES.items() if arch.runs]


def _missing(message: str) -> None:
    """Outside CI a missing tool skips, inside CI it fails."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def require(tool: str) -> str:
    """The tool's path; outside CI a missing tool skips, inside CI it fails."""
    path = shutil.which(tool)
    if path:
        return path
    _missing(f"{tool} is not installed (apt-get install -y {PACKAGES.get(tool, tool)})")
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Toolchain:
    gcc: str  # the compiler's path
    flags: tuple[str, ...]


PROBE_HEADERS = "#include <asm/errno.h>\n#include <linux/types.h>\n#include <stdio.h>\n"
PROBE_MAIN = 'int main(void) { printf("%d\\n", (int)sizeof(void *)); return 0; }\n'


def _first_error(stderr: str) -> str:
    lines = (
        [line for line in stderr.splitlines() if "error" in line]
        or stderr.splitlines()
        or ["(no output)"]
    )
    return lines[0].strip()


def _probe(gcc: str, flags: tuple[str, ...], arch: Arch) -> str | None:
    """None if gcc compiles against the architecture's headers, else why not."""
    proc = subprocess.run(
        [gcc, *flags, "-fsyntax-only", "-x", "c", "-"],
        input=PROBE_HEADERS + PROBE_MAIN,
        capture_output=True,
        text=True,
    )
    if proc.returncode == 0:
        return None
    error = _first_error(proc.stderr)
    if "asm/errno.h" in error or "linux/types.h" in error:
        return (
            f"{gcc} has no kernel uapi headers: {error} (apt-get install -y {arch.headers_package})"
        )
    if "stdio.h" in error:
        return f"{gcc} has no libc headers: {error} (apt-get install -y {arch.package})"
    return f"{gcc} cannot compile for {arch.key}: {error} (apt-get install -y {arch.package})"


@functools.cache
def toolchain(key: str) -> Toolchain | str:
    """The compiler and flags for an architecture, or why there is none.

    i386 uses Debian's i686 cross compiler; gcc -m32 (gcc-multilib, which
    conflicts with the cross compilers) is the fallback only when that is
    missing and gcc -m32 works.
    """
    arch = ARCHES[key]
    path = shutil.which(arch.gcc)
    if path:
        why = _probe(path, arch.flags, arch)
        return Toolchain(path, arch.flags) if why is None else why
    if key == "i386":
        native = shutil.which("gcc")
        if native and _probe(native, ("-m32",), arch) is None:
            return Toolchain(native, ("-m32",))
    return f"{arch.gcc} is not installed (apt-get install -y {arch.package})"


@functools.cache
def _runs(key: str) -> str | None:
    """None if a program built for the architecture runs here, else why not."""
    chain = toolchain(key)
    assert isinstance(chain, Toolchain)
    if not ARCHES[key].runs:
        return f"{key} binaries do not run on this {os.uname().machine} host"
    with tempfile.TemporaryDirectory() as tmp:
        src, exe = Path(tmp) / "probe.c", Path(tmp) / "probe"
        src.write_text("#include <stdio.h>\n" + PROBE_MAIN)
        proc = subprocess.run(
            [chain.gcc, *chain.flags, str(src), "-o", str(exe)], capture_output=True, text=True
        )
        if proc.returncode != 0:
            return f"{chain.gcc} {' '.join(chain.flags)} cannot link: {_first_error(proc.stderr)}"
        try:
            ran = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
        except OSError as e:
            return f"a {key} binary does not start here: {e}"
        if ran.returncode != 0:
            return f"a {key} binary does not run here (exit {ran.returncode}): {ran.stderr.strip()}"
    return None


def require_arch(key: str, *, run: bool = False) -> str:
    """The compiler for an architecture; with run=True its programs must also run here.

    Outside CI a missing compiler (or header, or a host that cannot run the
    binaries) skips with the reason, inside CI (env CI set) it fails.
    """
    chain = toolchain(key)
    if isinstance(chain, str):
        _missing(chain)
        raise AssertionError("unreachable")
    if run:
        why = _runs(key)
        if why:
            _missing(why)
    return chain.gcc


def arch_flags(key: str) -> list[str]:
    """The flags every compile for the architecture needs (-static for i386)."""
    require_arch(key)
    chain = toolchain(key)
    assert isinstance(chain, Toolchain)
    return list(chain.flags)


def cc_may_fail(
    args: list[str], *, cwd: Path | None = None, arch: str = "x86_64"
) -> subprocess.CompletedProcess[str]:
    """Run the architecture's gcc with its flags; the caller judges the result."""
    gcc = require_arch(arch)
    return subprocess.run([gcc, *arch_flags(arch), *args], capture_output=True, text=True, cwd=cwd)


def cc(
    args: list[str], *, cwd: Path | None = None, arch: str = "x86_64"
) -> subprocess.CompletedProcess[str]:
    """Run the architecture's gcc; fail the test with its diagnostics if it fails."""
    proc = cc_may_fail(args, cwd=cwd, arch=arch)
    if proc.returncode != 0:
        pytest.fail(f"{ARCHES[arch].gcc} {' '.join([*arch_flags(arch), *args])}\n{proc.stderr}")
    return proc


def kernel_includes(gen: Path, spec: str) -> list[str]:
    return [f"-I{SHIM}", f"-I{gen / spec / 'include'}"]


def run(cmd: list[str], timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def uapi_include(model: Any) -> str:
    """How C code includes a spec's uapi header."""
    from clonegen.views.uapi import UapiView

    return UapiView.of(model).include


def libc_struct(model: Any) -> str:
    from clonegen.views.libc import LibcView

    view = LibcView.of(model)
    assert view is not None
    return view.struct


def py_class(model: Any) -> str:
    from clonegen.views.python import PythonView

    return PythonView.of(model).cls


def common_checks(model: Any, out: Path) -> list[str]:
    """``-I`` of a directory whose ``common_checks.h`` holds the spec's common-phase checks.

    The kernel source does not generate them (the common function below the
    stubs makes them); the harness's common functions include this file, so
    they check what the model says, for the release the model was cut to."""
    from clonegen.views.c import VALID_REF

    lines = ["/* The spec's common-phase checks, in kernel order; written by ctools. */"]
    for check in model.common_checks:
        if not check.made_by(model.syscall):
            continue  # another entry point's: the harness's common function is the syscall's
        if check.known:  # the flag mask it compares with, as the kernel source would define it
            mask = " | ".join(check.known.mask.names) or "0"
            lines.append(f"#undef {check.known.macro}")
            lines.append(f"#define {check.known.macro} ({mask})")
        lines.append(f"if ({' '.join(check.c(VALID_REF))})")
        lines.append(f"\treturn -{check.errno};")
    out.mkdir(parents=True, exist_ok=True)
    (out / "common_checks.h").write_text("\n".join(lines) + "\n")
    return [f"-I{out}"]
