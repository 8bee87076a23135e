"""The generated libc wrappers, compiled for x86_64 and i386 (i686, static) and run for real."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, cli
from ctools import HOST_ARCHES, WARN, cc, cc_may_fail, require_arch, run
from readme_examples import example

from clonegen.names import release_key
from clonegen.pipeline import model_of

GEN = ROOT / "generated"
LIBC_TESTS = ROOT / "tests" / "libc"


def build_and_run(
    tmp_path: Path, arch: str, spec: str, test: Path, extra: tuple[str, ...] = ()
) -> list[str]:
    require_arch(arch, run=True)
    exe = tmp_path / test.stem
    cc(
        [
            *WARN,
            *extra,
            f"-I{GEN / spec / 'libc'}",
            str(test),
            str(GEN / spec / "libc" / f"{spec}.c"),
            "-o",
            str(exe),
        ],
        arch=arch,
    )
    proc = run([str(exe)], timeout=120)
    print(proc.stdout)
    lines = proc.stdout.splitlines()
    failed = [line for line in lines if line.startswith("not ok")]
    assert not failed and proc.returncode == 0, proc.stdout + proc.stderr
    return lines


@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_clone3_wrapper_for_real(arch: str, tmp_path: Path) -> None:
    lines = build_and_run(tmp_path, arch, "clone_args", LIBC_TESTS / "clone3_libc_test.c")
    passed = {line[5:] for line in lines if line.startswith("ok - ")}
    for name in (
        "child exit status",
        "a VER0 caller",
        "a VER1 caller",
        "CLONE_PIDFD and waitid(P_PIDFD)",
        "CLONE_VM | CLONE_VFORK with a child stack",
        "ENOSYS from seccomp falls back to clone()",
        "EPERM from seccomp is an answer, not a missing syscall",
        "ENOSYS from seccomp: the fallback refuses what clone3 refuses, with its errno",
    ):
        assert name in passed
    # These may skip only with a printed reason.
    for name in (
        "CLONE_INTO_CGROUP, checked in /proc/PID/cgroup",
        "set_tid in a new PID namespace",
    ):
        assert name in passed or any(
            line.startswith(f"skip - {name.split(',')[0]}") for line in lines
        )


@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_openat2_wrapper_for_real(arch: str, tmp_path: Path) -> None:
    lines = build_and_run(tmp_path, arch, "open_how", LIBC_TESTS / "openat2_libc_test.c")
    assert sum(line.startswith("ok - ") for line in lines) == 11


COEXIST = {
    "ours first": '#include "clone_args.h"\n#include "open_how.h"\n#include <sched.h>\n#include <linux/sched.h>\n#include <linux/openat2.h>\n',
    "system first": '#include <sched.h>\n#include <linux/sched.h>\n#include <linux/openat2.h>\n#include "clone_args.h"\n#include "open_how.h"\n',
}


@pytest.mark.parametrize("order", sorted(COEXIST))
@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_headers_coexist_with_the_system_ones(order: str, arch: str, tmp_path: Path) -> None:
    require_arch(arch, run=True)
    src = tmp_path / "both.c"
    src.write_text(
        "#define _GNU_SOURCE\n"
        + COEXIST[order]
        + "int main(void) { return CG_CLONE_VM == CLONE_VM ? 0 : 1; }\n"
    )
    cc(
        [
            *WARN,
            f"-I{GEN / 'clone_args' / 'libc'}",
            f"-I{GEN / 'open_how' / 'libc'}",
            str(src),
            "-o",
            str(tmp_path / "both"),
        ],
        arch=arch,
    )
    assert run([str(tmp_path / "both")]).returncode == 0


def test_static_assertions_catch_a_disagreeing_system_value(tmp_path: Path) -> None:
    src = tmp_path / "clash.c"
    src.write_text(
        '#define CLONE_VM 0x200\n#include "clone_args.h"\nint main(void) { return 0; }\n'
    )
    proc = cc_may_fail(
        [*WARN, f"-I{GEN / 'clone_args' / 'libc'}", str(src), "-o", str(tmp_path / "clash")]
    )
    assert proc.returncode != 0 and "CLONE_VM agrees with the system's" in proc.stderr


def test_readme_libc_example_runs(tmp_path: Path) -> None:
    src = tmp_path / "example.c"
    src.write_text(example("libc"))
    exe = tmp_path / "example"
    cc(
        [
            *WARN,
            f"-I{GEN / 'clone_args' / 'libc'}",
            str(src),
            str(GEN / "clone_args/libc/clone_args.c"),
            "-o",
            str(exe),
        ]
    )
    proc = run([str(exe)])
    assert proc.returncode == 0 and "child exited with 3" in proc.stdout, proc.stdout + proc.stderr


def asan_flags() -> list[str]:
    """-fsanitize=address where gcc can link it here; outside CI its absence skips."""
    probe = subprocess.run(
        ["gcc", "-fsanitize=address", "-x", "c", "-", "-o", "/dev/null"],
        input="int main(void) { return 0; }\n",
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        message = f"gcc cannot link with -fsanitize=address: {probe.stderr.strip()[:200]}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return ["-fsanitize=address", "-g"]


BOUNDS_CASES = 19  # every line of tests/libc/clone3_bounds_test.c's output


@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_fork_helper_reads_nothing_the_kernel_would_not(arch: str, tmp_path: Path) -> None:
    """A request at the end of a mapping: the raw call's E2BIG/EINVAL/EFAULT, never SIGSEGV."""
    lines = build_and_run(tmp_path, arch, "clone_args", LIBC_TESTS / "clone3_bounds_test.c")
    assert sum(line.startswith("ok - ") for line in lines) == BOUNDS_CASES, lines


def test_fork_helper_bounds_under_address_sanitizer(tmp_path: Path) -> None:
    flags = asan_flags()
    exe = tmp_path / "bounds"
    cc(
        [
            *WARN,
            *flags,
            f"-I{GEN / 'clone_args' / 'libc'}",
            str(LIBC_TESTS / "clone3_bounds_test.c"),
            str(GEN / "clone_args" / "libc" / "clone_args.c"),
            "-o",
            str(exe),
        ]
    )
    proc = run([str(exe)], timeout=120)
    assert proc.returncode == 0 and "AddressSanitizer" not in proc.stderr, proc.stdout + proc.stderr
    assert proc.stdout.count("ok - ") - proc.stdout.count("not ok - ") == BOUNDS_CASES


# Every clone flag spawn refuses, the first four because the child (or the program) would
# otherwise act on the caller: each case checks the caller's descriptors, stdout and cwd.
SPAWN_REFUSED = (
    *("CLONE_FILES", "CLONE_FS", "CLONE_SYSVSEM", "CLONE_PARENT", "CLONE_VM", "CLONE_VFORK"),
    *("CLONE_SIGHAND", "CLONE_THREAD", "CLONE_SETTLS", "CLONE_PARENT_SETTID"),
    *("CLONE_CHILD_SETTID", "CLONE_CHILD_CLEARTID", "CLONE_PIDFD", "CLONE_INTO_CGROUP"),
)
SPAWN_CASES = (
    *(
        f"{flag} is refused with EINVAL; the caller keeps its descriptors and cwd"
        for flag in SPAWN_REFUSED
    ),
    "CLONE_PARENT under an ENOSYS filter: EINVAL, no sibling made through clone()",
    "out NULL: EINVAL, no child, no SIGSEGV",
    "an unknown attr->flags bit: EINVAL",
    "CG_SPAWN_SETSIGMASK with sigmask NULL: EINVAL",
    "CG_SPAWN_SETSIGDEF with sigdefault NULL: EINVAL",
    "a negative keep_fds entry: EBADF",
    "CG_SPAWN_CGROUP with cgroup -1: EBADF",
    "an unknown file action: EINVAL",
    "a file action on descriptor -1: EBADF",
    "a file action with reserved set: EINVAL",
    "true on PATH, with a pidfd, through clone3",
    "a missing program: ENOENT at exec, child reaped, errno untouched",
    "a bad cwd: ENOENT at cwd",
    "sh -c 'exit 3' in /: exit code 3",
    "clone flags spawn makes itself are refused with EINVAL",
    "dup2 of a pipe to stdout, open of a file as stderr",
    "close every descriptor but those kept",
    "signal mask set, SIGUSR1 still ignored, SIGUSR2 back to default",
    "setsid: the child leads a new session",
    "probe: clone3 with VER2 and the flags of Linux 5.7+",
    "probe: CLONE_DETACHED is refused by clone3 with EINVAL",
    "probe: ENOSYS from seccomp is no clone3",
    "probe: EPERM from seccomp is policy",
    "probe: E2BIG above VER0 is version VER0, no cgroup field",
    "4 threads x 1000 spawns while 2 threads allocate: no descriptor or zombie left",
)
SPAWN_CGROUP_CASES = (
    "into a cgroup with CLONE_INTO_CGROUP",
    "ENOSYS from seccomp: clone(), the child joins the cgroup",
    "E2BIG for the cgroup field: clone3() of VER0, the child joins the cgroup",
    "EPERM from seccomp is an answer: no child",
    "CG_SPAWN_ATOMIC: ENOSYS, no fallback, no child",
)


@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_spawn_for_real(arch: str, tmp_path: Path) -> None:
    """cg_spawn(): file actions, cwd, signals, session, cgroup, the fallback rungs, threads.

    The threaded case is bounded by the run's timeout (120 s), not timed.
    """
    lines = build_and_run(tmp_path, arch, "clone_args", LIBC_TESTS / "spawn_test.c", ("-pthread",))
    passed = {line[5:] for line in lines if line.startswith("ok - ")}
    assert set(SPAWN_CASES) <= passed, lines
    assert set(SPAWN_CGROUP_CASES) <= passed or any(
        line.startswith("skip - cgroup") for line in lines
    ), lines


@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_fork_helper_hands_the_kernel_only_the_checked_copy(arch: str, tmp_path: Path) -> None:
    """A thread flips the request's flags between 0 and CLONE_VM during cg_clone3_fork() calls.

    A helper that let the kernel read the caller's request again would make
    CLONE_VM children on the caller's stack: the program runs in a PID
    namespace of its own that dies with it, under the run's time limit.
    """
    require_arch(arch, run=True)
    if shutil.which("unshare") is None:
        pytest.skip("no unshare(1) to give the racing program a PID namespace")
    exe = tmp_path / "race"
    source = LIBC_TESTS / "clone3_race_test.c"
    lib = GEN / "clone_args" / "libc"
    cc(
        [
            *WARN,
            "-O2",
            "-pthread",
            f"-I{lib}",
            str(source),
            str(lib / "clone_args.c"),
            "-o",
            str(exe),
        ],
        arch=arch,
    )
    proc = run(["unshare", "-pf", "--kill-child", str(exe)], timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("\nok - ") == 2 and "not ok" not in proc.stdout, proc.stdout


@pytest.mark.parametrize("opt", ["-O0", "-O2"])
@pytest.mark.parametrize("arch", ["arm64", "riscv64", "s390x"])
def test_spawn_cross_compiles_and_links(arch: str, opt: str, tmp_path: Path) -> None:
    """The per-architecture assembly of cg_spawn() builds and links where it cannot run here.

    At -O0 too: the register constraints must hold without the optimiser's help.
    """
    require_arch(arch)
    cc(
        [
            *WARN,
            opt,
            "-pthread",
            f"-I{GEN / 'clone_args' / 'libc'}",
            str(LIBC_TESTS / "spawn_test.c"),
            str(GEN / "clone_args" / "libc" / "clone_args.c"),
            "-o",
            str(tmp_path / "spawn_test"),
        ],
        arch=arch,
    )


# The cut runtime spawns a program with a pidfd: 0 when the child exited 0.
CUT_SPAWN = r"""
#include "clone_args.h"
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void)
{
	char *argv[] = { "true", NULL };
	struct cg_spawn_attr attr = { 0 };
	struct cg_spawn_result r;
	int status = -1, err;

	attr.flags = CG_SPAWN_SEARCH_PATH | CG_SPAWN_PIDFD;
	err = cg_spawn("true", argv, NULL, &attr, &r);
	if (err || r.pid <= 0 || r.pidfd < 0 || waitpid(r.pid, &status, 0) != r.pid) {
		printf("spawn: %d\n", err);
		return 1;
	}
	close(r.pidfd);
	return status;
}
"""


def _release_boundaries(name: str) -> list[str]:
    """Every release the spec's flags and versions name from its first version on."""
    model = model_of(ROOT / "spec" / f"{name}.yaml")
    first = release_key(model.versions[0].since)
    named = {v.since for v in model.versions} | {f.since for f in model.flags}
    return sorted((r for r in named if release_key(r) >= first), key=release_key)


@pytest.mark.parametrize("release", _release_boundaries("clone_args"))
@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_a_release_cut_libc_builds_and_names_only_its_flags(
    release: str, arch: str, tmp_path: Path
) -> None:
    """A cut leaves newer flags and fields out of the header; the fork-like runtime, which
    may still ask the kernel for them, must build (and spawn) all the same."""
    require_arch(arch, run=True)
    out = tmp_path / "gen"
    code, _, err = cli("generate", "--kernel", release, "--out", str(out), "spec/clone_args.yaml")
    assert code == 0, err
    uncut = model_of(ROOT / "spec" / "clone_args.yaml")
    assert uncut.libc is not None
    prefix = uncut.libc.prefix.upper()
    newer = [f.name for f in uncut.flags if release_key(f.since) > release_key(release)]
    kept = [f.name for f in uncut.flags if release_key(f.since) <= release_key(release)]
    for header in (
        out / "clone_args/libc/clone_args.h",
        out / "clone_args/python/_csrc/clone_args.h",
    ):
        text = header.read_text()
        assert not [n for n in newer if re.search(rf"\b{prefix}{n}\b", text)], header
        assert all(re.search(rf"#define {prefix}{n}\b", text) for n in kept), header
    for source in ("libc/clone_args.c", "python/_csrc/clone_args.c"):
        src = out / "clone_args" / source
        cc([*WARN, f"-I{src.parent}", "-c", str(src), "-o", str(tmp_path / "x.o")], arch=arch)
    main = tmp_path / "spawn.c"
    main.write_text(CUT_SPAWN)
    lib = out / "clone_args" / "libc"
    exe = tmp_path / "spawn"
    cc([*WARN, f"-I{lib}", str(main), str(lib / "clone_args.c"), "-o", str(exe)], arch=arch)
    proc = run([str(exe)], timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


RESERVED_PROGRAM = r"""#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "clone_args.h"

int main(void)
{
	struct __clone_args args;
	char text[512];
	int pidfd = -1, status;
	pid_t pid;

	memset(&args, 0, sizeof(args));
	args.flags = __CLONE_PIDFD;
	args.pidfd = (uint64_t)(uintptr_t)&pidfd;
	args.exit_signal = SIGCHLD;
	pid = __clone3_fork(&args, sizeof(args));
	if (pid == 0)
		_exit(4);
	if (pid < 0 || pidfd < 0 || waitpid(pid, &status, 0) != pid || __clone3_missing())
		return 1;
	__clone_args_decode(text, sizeof(text), &args, sizeof(args), sizeof(args), NULL);
	printf("%d %s\n", WEXITSTATUS(status), text);
	return 0;
}
"""


@pytest.mark.parametrize("flags", ("-std=gnu11", "-std=c99 -pedantic -Wconversion -Wcast-qual"))
def test_a_libc_opts_into_its_reserved_names(flags: str, tmp_path: Path) -> None:
    """libc: {prefix: __, reserved_namespace: true}: the names a C library uses internally
    (__clone3, __CLONE_PIDFD), every one of them, and they build and make real calls."""
    text = (ROOT / "spec" / "clone_args.yaml").read_text()
    assert text.count("\n  prefix: cg_\n") == 1
    (tmp_path / "spec").mkdir()
    spec = tmp_path / "spec" / "clone_args.yaml"
    spec.write_text(
        text.replace("\n  prefix: cg_\n", "\n  prefix: __\n  reserved_namespace: true\n")
    )
    out = tmp_path / "out"
    code, _, err = cli("generate", "--out", str(out), str(spec))
    assert code == 0, err
    libc = out / "clone_args" / "libc"
    for name in ("clone_args.h", "clone_args.c"):
        body = (libc / name).read_text()
        assert not re.search(r"\b(cg_|CG_)", body), name
    header = (libc / "clone_args.h").read_text()
    assert "\nlong __clone3(const struct __clone_args *args, size_t size);\n" in header
    assert "\n#ifndef __CLONE_ARGS_H\n" in header and "reserves to the implementation" in header
    src = tmp_path / "reserved.c"
    src.write_text(RESERVED_PROGRAM)
    exe = tmp_path / "reserved"
    cc(
        [*flags.split(), "-Wall", "-Wextra", "-Werror", f"-I{libc}", str(src)]
        + [str(libc / "clone_args.c"), "-o", str(exe)]
    )
    proc = run([str(exe)])
    assert proc.returncode == 0 and proc.stdout.startswith("4 {flags=CLONE_PIDFD, pidfd="), (
        proc.stdout + proc.stderr
    )
