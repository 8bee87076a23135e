"""The libc header and source are clean for every compiler, standard, feature macro and
include order.

C: gcc, clang and musl-gcc for x86_64, and i686-linux-gnu-gcc and clang
--target=i686-linux-gnu for i386, each at -std=c99 and -std=c11 with
STRICT (-pedantic ... -Wconversion -Werror). C++: g++ and clang++ at -std=c++98
and -std=c++11, the header and the source alike. Each with no feature macro
(strict ISO C: no POSIX type but pid_t; in C++ _GNU_SOURCE, which g++ and
clang++ define, undefined), with _POSIX_C_SOURCE and with _GNU_SOURCE: without
one, the header leaves out only what needs sigset_t (struct cg_spawn_attr and
cg_spawn(), whose call is then an error naming the macro), and the source
defines what it needs itself. The agreement checks with the system's names
must run in any include order: the header checks what is visible when it is
included (again), and the libc source includes the system headers itself, so
its build checks them all.
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
from readme_examples import example

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
# The feature macros a build may have: none (strict ISO C; in C++ without the _GNU_SOURCE
# g++ and clang++ predefine), POSIX's, GNU's (the tests' usual one).
FEATURES = {
    "none": ("-U_GNU_SOURCE",),
    "posix": ("-U_GNU_SOURCE", "-D_POSIX_C_SOURCE=200809L"),
    "gnu": ("-D_GNU_SOURCE",),
}
# What a call of spawn() says where sigset_t is missing.
SPAWN_NEEDS = "define _POSIX_C_SOURCE 200809L (or _GNU_SOURCE) before the first #include"


def uses(feature: str) -> str:
    """Statements that take every function of the five headers (clone_args' spawn() only where
    the feature macros give sigset_t), with the parameter types they must have: an input
    struct is const."""
    funcs = [
        "long (*clone3)(const struct cg_clone_args *, size_t) = cg_clone3;",
        "pid_t (*fork_)(const struct cg_clone_args *, size_t) = cg_clone3_fork;",
        "pid_t (*run)(const struct cg_clone_args *, size_t, int (*)(void *), void *)"
        " = cg_clone3_run;",
        "int (*missing)(void) = cg_clone3_missing;",
        "int (*probe)(struct cg_clone3_probe *) = cg_clone3_probe;",
        "long (*openat2)(int, const char *, const struct cg_open_how *, size_t) = cg_openat2;",
        # Not const: on E2BIG the kernel writes its own size into attr->size.
        "long (*setattr)(pid_t, struct cg_sched_attr *, unsigned int) = cg_sched_setattr;",
        "long (*getattr)(pid_t, struct cg_sched_attr *, unsigned int, unsigned int)"
        " = cg_sched_getattr;",
        "long (*info)(int, struct cg_pidfd_info *, size_t) = cg_pidfd_get_info;",
        "long (*mount)(int, const char *, unsigned int, const struct cg_mount_attr *, size_t)"
        " = cg_mount_setattr;",
        "size_t (*decode)(char *, size_t, const void *, size_t, uint64_t,"
        " const struct cg_clone_args_decoding *) = cg_clone_args_decode;",
    ]
    names = ["clone3", "fork_", "run", "missing", "probe", "openat2", "setattr", "getattr"]
    names += ["info", "mount", "decode"]
    if feature != "none":
        funcs.append(
            "int (*spawn)(const char *, char *const *, char *const *,"
            " const struct cg_spawn_attr *, struct cg_spawn_result *) = cg_spawn;"
        )
        names.append("spawn")
    used = " + ".join(f"(a.flags || {n} != 0)" for n in names)
    return "".join(f"\t{f}\n" for f in funcs) + f"\treturn {used} == 0;\n"


ALL_HEADERS = "".join(f'#include "{s}.h"\n' for s in ALL_SPECS)


@pytest.mark.parametrize("feature", FEATURES)
@pytest.mark.parametrize("spec", ALL_SPECS)
@pytest.mark.parametrize("std", C_STDS)
@pytest.mark.parametrize("key", sorted(C_COMPILERS))
def test_libc_source_is_clean(key: str, std: str, spec: str, feature: str) -> None:
    c = C_COMPILERS[key]
    src = GEN / spec / "libc" / f"{spec}.c"
    proc = compile_(c, std, src, *FEATURES[feature])
    clean(proc, f"{key} -std={std} {feature} {src.name}")


@pytest.mark.parametrize("feature", FEATURES)
@pytest.mark.parametrize("spec", ALL_SPECS)
@pytest.mark.parametrize("std", CXX_STDS)
@pytest.mark.parametrize("key", sorted(CXX_COMPILERS))
def test_libc_source_is_clean_in_cxx(key: str, std: str, spec: str, feature: str) -> None:
    """A C++ project may build the source with its C++ compiler: the same warnings."""
    c = CXX_COMPILERS[key]
    src = GEN / spec / "libc" / f"{spec}.c"
    proc = compile_(c, std, src, *FEATURES[feature], lang="c++")
    clean(proc, f"{key} -std={std} {feature} {src.name}")


@pytest.mark.parametrize("feature", FEATURES)
@pytest.mark.parametrize("std", C_STDS)
@pytest.mark.parametrize("key", sorted(C_COMPILERS))
def test_every_function_is_declared_with_its_types(
    key: str, std: str, feature: str, tmp_path: Path
) -> None:
    """All five headers in one program, each function taken as a pointer of its exact type."""
    c = C_COMPILERS[key]
    src = tmp_path / "user.c"
    src.write_text(
        ALL_HEADERS + "int main(void)\n{\n\tstruct cg_clone_args a = {0};\n" + uses(feature) + "}\n"
    )
    clean(compile_(c, std, src, *FEATURES[feature]), f"{key} -std={std} {feature}")


@pytest.mark.parametrize(
    "key,std",
    [(k, s) for k in sorted(C_COMPILERS) for s in C_STDS]
    + [(k, s) for k in sorted(CXX_COMPILERS) for s in CXX_STDS],
)
def test_spawn_without_sigset_t_names_the_macro(key: str, std: str, tmp_path: Path) -> None:
    """Strict ISO C (or C++ without _GNU_SOURCE): a call of spawn() says what to define."""
    cxx = key in CXX_COMPILERS
    c = CXX_COMPILERS[key] if cxx else C_COMPILERS[key]
    src = tmp_path / ("user.cc" if cxx else "user.c")
    src.write_text(
        '#include "clone_args.h"\nint main(void)\n{\n\tchar *argv[] = { 0 };\n\n'
        + '\treturn cg_spawn("/bin/true", argv, 0, 0, 0);\n}\n'
    )
    proc = compile_(c, std, src, *FEATURES["none"], lang="c++" if cxx else "c")
    assert proc.returncode != 0 and SPAWN_NEEDS in proc.stderr, proc.stderr


@pytest.mark.parametrize("feature", FEATURES)
@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("std", C_STDS)
@pytest.mark.parametrize("key", sorted(C_COMPILERS))
def test_headers_are_clean_in_any_order(
    key: str, std: str, order: str, feature: str, tmp_path: Path
) -> None:
    c = C_COMPILERS[key]
    src = tmp_path / "user.c"
    src.write_text(
        includes(c, order)
        + "int main(void)\n{\n"
        + "\tstruct cg_clone_args a = {0};\n\tstruct cg_open_how h = {0};\n"
        + "\ta.flags = CG_CLONE_CLEAR_SIGHAND | CG_CLONE_VM;\n"
        + "\th.resolve = CG_RESOLVE_BENEATH;\n"
        + "\treturn (int)(a.flags >> 40) + (int)(h.flags);\n}\n"
    )
    clean(compile_(c, std, src, *FEATURES[feature]), f"{key} -std={std} {order} {feature}")


@pytest.mark.parametrize("feature", FEATURES)
@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("std", CXX_STDS)
@pytest.mark.parametrize("key", sorted(CXX_COMPILERS))
def test_headers_are_clean_in_cxx(
    key: str, std: str, order: str, feature: str, tmp_path: Path
) -> None:
    c = CXX_COMPILERS[key]
    src = tmp_path / "user.cc"
    src.write_text(
        includes(c, order)
        + ALL_HEADERS
        + "int main()\n{\n\tstruct cg_clone_args a;\n\ta.flags = CG_CLONE_CLEAR_SIGHAND;\n"
        + "\tif (a.flags != CG_CLONE_ARGS_U64(0x1, 00000000))\n\t\treturn 1;\n"
        + uses(feature)
        + "}\n"
    )
    proc = compile_(c, std, src, *FEATURES[feature], lang="c++")
    clean(proc, f"{key} -std={std} {order} {feature}")


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


def build_and_run(c: Compiler, std: str, src: Path, lang: str, *extra: str) -> str:
    """Build ``src`` with the clone_args source in ``lang``, STRICT, and run it: its stdout."""
    exe = src.with_suffix("")
    static = ["-static"] if c.key == "musl-gcc" else []
    proc = subprocess.run(
        [*command(c), f"-std={std}", *STRICT, *static, *extra]
        + [f"-I{GEN / 'clone_args' / 'libc'}", "-x", lang, str(src)]
        + [str(GEN / "clone_args" / "libc" / "clone_args.c"), "-o", str(exe)],
        capture_output=True,
        text=True,
    )
    clean(proc, f"{c.key} -std={std} {' '.join(extra)}")
    ran = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    return ran.stdout


@pytest.mark.parametrize("std", C_STDS)
@pytest.mark.parametrize("key", ("gcc", "clang", "musl-gcc"))
def test_readme_example_with_the_readmes_flags(key: str, std: str, tmp_path: Path) -> None:
    """The README's libc example, built as the README says: strict ISO C, no feature macro."""
    src = tmp_path / "example.c"
    src.write_text(example("libc"))
    out = build_and_run(C_COMPILERS[key], std, src, "c")
    assert "child exited with 3" in out


# A program that starts sh through spawn() with a pidfd and waits for it.
SPAWN_PROGRAM = """#include <sys/wait.h>
#include "clone_args.h"

int main(void)
{
	char sh[] = "sh", dash_c[] = "-c", code[] = "exit 5";
	char *argv[] = { sh, dash_c, code, 0 };
	struct cg_spawn_attr attr;
	struct cg_spawn_result out;
	int status, err;

	memset(&attr, 0, sizeof(attr));
	attr.flags = CG_SPAWN_PIDFD;
	err = cg_spawn("/bin/sh", argv, 0, &attr, &out);
	if (err || out.pidfd < 0 || waitpid(out.pid, &status, 0) != out.pid)
		return 1;
	printf("exit %d\\n", WEXITSTATUS(status));
	return 0;
}
"""


@pytest.mark.parametrize("feature", ("posix", "gnu"))
@pytest.mark.parametrize("key", ("gcc", "clang", "musl-gcc", "g++", "clang++"))
def test_spawn_runs_with_either_feature_macro(key: str, feature: str, tmp_path: Path) -> None:
    """spawn() where sigset_t is there: C, and C++ with the source built as C++ too."""
    cxx = key in CXX_COMPILERS
    c = CXX_COMPILERS[key] if cxx else C_COMPILERS[key]
    src = tmp_path / "spawn.c"
    src.write_text("#include <stdio.h>\n#include <string.h>\n" + SPAWN_PROGRAM)
    std = "c++11" if cxx else "c99"
    out = build_and_run(c, std, src, "c++" if cxx else "c", *FEATURES[feature])
    assert out == "exit 5\n"
