"""The libc header and source are clean for every compiler, standard and include order.

C: gcc, clang and musl-gcc for x86_64, and i686-linux-gnu-gcc and clang
--target=i686-linux-gnu for i386, each at -std=c99 and -std=c11 with
STRICT (-pedantic ... -Wconversion -Werror). C++: g++ and clang++ at -std=c++98
-pedantic and -std=c++11 for the header. The agreement checks with the
system's names must run in any include order: the header checks what is
visible when it is included (again), and the libc source includes the system
headers itself, so its build checks them all.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT
from ctools import _missing, arch_flags, require_arch

GEN = ROOT / "generated"
SPECS = ("clone_args", "open_how")
# Every spec with a libc section: their sources must be as clean.
ALL_SPECS = (*SPECS, "sched_attr", "pidfd_info", "mount_attr")
STRICT = ["-pedantic", "-Wall", "-Wextra", "-Wcast-qual", "-Wconversion", "-Werror"]
# The system headers that define the names the libc headers check.
SYSTEM = {
    "clone_args": ("sched.h", "signal.h", "linux/sched.h"),
    "open_how": ("fcntl.h", "linux/openat2.h"),
}


@dataclass(frozen=True)
class Compiler:
    key: str
    tool: str  # the program, looked up on PATH
    package: str  # the Debian package that brings it
    flags: tuple[str, ...] = ()
    arch: str = "x86_64"
    uapi: bool = True  # the kernel's <linux/...> headers are on its include path


C_COMPILERS = {
    c.key: c
    for c in (
        Compiler("gcc", "gcc", "gcc"),
        Compiler("clang", "clang", "clang"),
        Compiler("musl-gcc", "musl-gcc", "musl-tools", uapi=False),
        Compiler("gcc-i386", "i686-linux-gnu-gcc", "gcc-i686-linux-gnu", arch="i386"),
        Compiler(
            "clang-i386", "clang", "clang", ("--target=i686-linux-gnu", "-static"), arch="i386"
        ),
    )
}
CXX_COMPILERS = {
    c.key: c for c in (Compiler("g++", "g++", "g++"), Compiler("clang++", "clang++", "clang"))
}


@functools.cache
def _clang_i386() -> str | None:
    """None if clang --target=i686-linux-gnu finds the i686 cross sysroot, else why not."""
    proc = subprocess.run(
        [
            "clang",
            "--target=i686-linux-gnu",
            "-static",
            "-x",
            "c",
            "-",
            "-o",
            os.devnull,
        ],
        input="#include <linux/sched.h>\n#include <stdio.h>\nint main(void) { return 0; }\n",
        capture_output=True,
        text=True,
    )
    if proc.returncode == 0:
        return None
    first = next((line for line in proc.stderr.splitlines() if "error" in line), proc.stderr)
    return (
        "clang --target=i686-linux-gnu cannot use the i686 cross sysroot "
        f"(gcc-i686-linux-gnu, linux-libc-dev-i386-cross): {first.strip()}"
    )


def command(c: Compiler) -> list[str]:
    """The compiler and its flags; outside CI a missing one skips, inside CI it fails."""
    if c.arch != "x86_64":
        require_arch(c.arch)  # the i686 cross compiler and its sysroot
    path = shutil.which(c.tool)
    if not path:
        _missing(f"{c.tool} is not installed (apt-get install -y {c.package})")
    if c.key == "clang-i386":
        why = _clang_i386()
        if why:
            pytest.skip(why)
    assert path
    flags = arch_flags(c.arch) if c.tool == "i686-linux-gnu-gcc" else list(c.flags)
    return [path, *flags]


def compile_(
    c: Compiler, std: str, src: Path, *extra: str, lang: str = "c"
) -> subprocess.CompletedProcess[str]:
    includes = [f"-I{GEN / s / 'libc'}" for s in ALL_SPECS]
    return subprocess.run(
        [*command(c), f"-std={std}", *STRICT, *includes, *extra, "-x", lang, "-c", str(src)]
        + ["-o", os.devnull],
        capture_output=True,
        text=True,
    )


def clean(proc: subprocess.CompletedProcess[str], what: str) -> None:
    assert proc.returncode == 0 and not proc.stderr.strip(), f"{what}\n{proc.stderr}"


def includes(c: Compiler, order: str) -> str:
    """Both libc headers and the system's, in the given order."""
    ours = ['"clone_args.h"', '"open_how.h"']
    system = ["<fcntl.h>", "<sched.h>", "<signal.h>"]
    if c.uapi:
        system += ["<linux/sched.h>", "<linux/openat2.h>"]
    both = ours + system if order == "ours first" else system + ours
    return "".join(f"#include {h}\n" for h in both)


ORDERS = ("ours first", "system first")
C_STDS = ("c99", "c11")
CXX_STDS = ("c++98", "c++11")


@pytest.mark.parametrize("spec", ALL_SPECS)
@pytest.mark.parametrize("std", C_STDS)
@pytest.mark.parametrize("key", sorted(C_COMPILERS))
def test_libc_source_is_clean(key: str, std: str, spec: str) -> None:
    c = C_COMPILERS[key]
    src = GEN / spec / "libc" / f"{spec}.c"
    clean(compile_(c, std, src), f"{key} -std={std} {src.name}")


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("std", C_STDS)
@pytest.mark.parametrize("key", sorted(C_COMPILERS))
def test_headers_are_clean_in_any_order(key: str, std: str, order: str, tmp_path: Path) -> None:
    c = C_COMPILERS[key]
    src = tmp_path / "user.c"
    src.write_text(
        "#define _GNU_SOURCE\n"
        + includes(c, order)
        + "int main(void)\n{\n"
        + "\tstruct cg_clone_args a = {0};\n\tstruct cg_open_how h = {0};\n"
        + "\ta.flags = CG_CLONE_CLEAR_SIGHAND | CG_CLONE_VM;\n"
        + "\th.resolve = CG_RESOLVE_BENEATH;\n"
        + "\treturn (int)(a.flags >> 40) + (int)(h.flags);\n}\n"
    )
    clean(compile_(c, std, src), f"{key} -std={std} {order}")


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("std", CXX_STDS)
@pytest.mark.parametrize("key", sorted(CXX_COMPILERS))
def test_headers_are_clean_in_cxx(key: str, std: str, order: str, tmp_path: Path) -> None:
    c = CXX_COMPILERS[key]
    src = tmp_path / "user.cc"
    src.write_text(
        includes(c, order)
        + "int main()\n{\n\tstruct cg_clone_args a;\n\ta.flags = CG_CLONE_CLEAR_SIGHAND;\n"
        + "\treturn a.flags == CG_CLONE_ARGS_U64(0x1, 00000000) ? 0 : 1;\n}\n"
    )
    clean(compile_(c, std, src, lang="c++"), f"{key} -std={std} {order}")


# A disagreeing system value, and what reports it in each language and standard.
CLASH = "#define CSIGNAL 0x7f\n"
REPORTS = {
    "c11": "CSIGNAL agrees with the system's",
    "c++11": "CSIGNAL agrees with the system's",
    "c99": "cg_clone_args_check_CSIGNAL",  # the negative-size array
    "c++98": "cg_clone_args_check_CSIGNAL",
}


@pytest.mark.parametrize(
    "std,order",
    [(s, o) for s in REPORTS for o in ("system first", "system after, header again")],
)
def test_agreement_checks_run_in_either_order(std: str, order: str, tmp_path: Path) -> None:
    cxx = std.startswith("c++")
    c = CXX_COMPILERS["g++"] if cxx else C_COMPILERS["gcc"]
    src = tmp_path / ("clash.cc" if cxx else "clash.c")
    header = '#include "clone_args.h"\n'
    src.write_text(CLASH + header if order == "system first" else header + CLASH + header)
    proc = compile_(c, std, src, lang="c++" if cxx else "c")
    assert proc.returncode != 0 and REPORTS[std] in proc.stderr, proc.stderr


@pytest.mark.parametrize("std", C_STDS)
def test_libc_source_checks_the_uapi_header_it_includes(std: str, tmp_path: Path) -> None:
    """The source includes <linux/sched.h> after the header: its names are checked too."""
    fake = tmp_path / "linux"
    fake.mkdir()
    (fake / "sched.h").write_text("#define CLONE_ARGS_SIZE_VER1 96\n")
    proc = compile_(
        C_COMPILERS["gcc"], std, GEN / "clone_args" / "libc" / "clone_args.c", f"-I{tmp_path}"
    )
    assert proc.returncode != 0 and "CLONE_ARGS_SIZE_VER1" in proc.stderr, proc.stderr


def test_musl_builds_and_runs_the_wrappers(tmp_path: Path) -> None:
    """musl links the source statically and cg_clone3_fork() makes a child that exits."""
    cmd = command(C_COMPILERS["musl-gcc"])
    src = tmp_path / "fork.c"
    src.write_text(
        "#define _GNU_SOURCE\n#include <signal.h>\n#include <sys/wait.h>\n#include <unistd.h>\n"
        + '#include "clone_args.h"\n'
        + "int main(void)\n{\n\tstruct cg_clone_args a = {0};\n\tint status;\n\tpid_t pid;\n\n"
        + "\ta.exit_signal = SIGCHLD;\n\tpid = cg_clone3_fork(&a, sizeof(a));\n"
        + "\tif (pid == 0)\n\t\t_exit(7);\n"
        + "\tif (pid < 0 || waitpid(pid, &status, 0) != pid)\n\t\treturn 1;\n"
        + "\treturn WIFEXITED(status) && WEXITSTATUS(status) == 7 ? 0 : 2;\n}\n"
    )
    exe = tmp_path / "fork"
    proc = subprocess.run(
        [*cmd, "-std=c99", *STRICT, "-static", f"-I{GEN / 'clone_args' / 'libc'}", str(src)]
        + [str(GEN / "clone_args" / "libc" / "clone_args.c"), "-o", str(exe)],
        capture_output=True,
        text=True,
    )
    clean(proc, "musl-gcc -static")
    ran = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stdout + ran.stderr
