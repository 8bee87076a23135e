"""The in-tree tier: clonegen's kernel patch series in a real Linux tree.

Needs a kernel source tree in ``KSRC`` (``.ci/linux-tree.sh`` fetches Debian's
linux-source-7.3 and prints its path); without one every test here skips with
that reason, and with ``INTREE_REQUIRED=1`` (``.ci/run``) it fails instead.
The tree itself is never written: the tests hard-link a copy of it
(``cp -al``), apply the series with ``patch -p1`` (which replaces each file
it changes, so no change reaches the original through a link), and build
with ``O=`` directories outside it.

The series has one patch per spec with a ``kernel.tree``: clone3
(clone_args.yaml) and openat2 (open_how.yaml). For every architecture the
tests run ``defconfig prepare`` and build the objects of the files the
series changes (``kernel/fork.o``, ``fs/open.o``), of the generated sources
and of the hand-written code that uses what the series changes (each
architecture's ``copy_thread()``, the scheduler, init, and where configured
cgroups, audit, vhost, io_uring's openat2 and x86's ia32 clone) with
``W=1``: the compiler says nothing. ``make headers`` exports headers that a program includes in every
order together with glibc's ``<sched.h>`` and ``<fcntl.h>`` without a
redefinition warning, and every generated kernel-side file passes
``checkpatch.pl --strict`` without an error, warning or check.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

from clonegen.cli import main as clonegen
from clonegen.model import Spec
from clonegen.pipeline import model_of

SPECS = [ROOT / "spec" / "clone_args.yaml", ROOT / "spec" / "open_how.yaml"]
JOBS = "-j2"

# kbuild's ARCH and the cross compiler prefix of each architecture the project proves.
ARCHES = {
    "x86_64": ("x86_64", ""),
    "i386": ("i386", "i686-linux-gnu-"),
    "arm64": ("arm64", "aarch64-linux-gnu-"),
    "riscv64": ("riscv", "riscv64-linux-gnu-"),
    "s390x": ("s390", "s390x-linux-gnu-"),
    "mips": ("mips", "mips-linux-gnu-"),
    "alpha": ("alpha", "alpha-linux-gnu-"),
    "sparc64": ("sparc64", "sparc64-linux-gnu-"),
    "parisc": ("parisc", "hppa-linux-gnu-"),
}
# Hand-written users of what the series changes, built too: every architecture's
# copy_thread() (struct kernel_clone_args), the scheduler and init, and, where the
# configuration builds them, the other users of the kernel struct, struct open_how,
# OPEN_HOW_SIZE_VER0 and the clone flags.
PROCESS = {
    "x86_64": "arch/x86/kernel/process.o",
    "i386": "arch/x86/kernel/process.o",
    "arm64": "arch/arm64/kernel/process.o",
    "riscv64": "arch/riscv/kernel/process.o",
    "s390x": "arch/s390/kernel/process.o",
    "mips": "arch/mips/kernel/process.o",
    "alpha": "arch/alpha/kernel/process.o",
    "sparc64": "arch/sparc/kernel/process_64.o",
    "parisc": "arch/parisc/kernel/process.o",
}
USERS = ("kernel/sched/core.o", "init/main.o")
CONFIG_USERS = {
    "CONFIG_CGROUPS": "kernel/cgroup/cgroup.o",
    "CONFIG_AUDITSYSCALL": "kernel/auditsc.o",
    "CONFIG_VHOST_TASK": "kernel/vhost_task.o",
    "CONFIG_IO_URING": "io_uring/openclose.o",
    "CONFIG_IA32_EMULATION": "arch/x86/kernel/sys_ia32.o",
}
# What a compiler says, in any of its formats.
MESSAGE = re.compile(r"(warning|error|note):|#warning|\bIn function\b", re.I)


def _unavailable(reason: str) -> None:
    if os.environ.get("INTREE_REQUIRED") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def ksrc() -> Path:
    given = os.environ.get("KSRC")
    if not given:
        _unavailable("no kernel tree: set KSRC to a Linux 7.3 source tree (.ci/linux-tree.sh)")
    tree = Path(str(given))
    if not (tree / "Makefile").is_file() or not (tree / "kernel/fork.c").is_file():
        _unavailable(f"KSRC={tree} is not a kernel source tree")
    for tool in ("make", "patch", "perl", "flex", "bison", "bc"):
        if shutil.which(tool) is None:
            _unavailable(f"{tool} is not installed (apt-get install -y flex bison bc ...)")
    return tree


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def patched(ksrc: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A hard-linked copy of the tree with the series applied by patch -p1."""
    work = tmp_path_factory.mktemp("intree")
    tree = work / "linux"
    subprocess.run(["cp", "-al", str(ksrc), str(tree)], check=True)
    series = work / "series.mbox"
    specs = [str(s) for s in SPECS]
    assert clonegen(["kernel-patch", "--tree", str(tree), "--out", str(series), *specs]) == 0
    touched = re.findall(r"^diff --git a/(\S+) ", series.read_text(), re.M)
    before = {p: _digest(ksrc / p) for p in touched if (ksrc / p).exists()}
    proc = subprocess.run(
        ["patch", "-p1", "--no-backup-if-mismatch", "-i", str(series)],
        cwd=tree,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # The original tree is untouched: patch replaced the files instead of writing through links.
    assert {p: _digest(ksrc / p) for p in before} == before
    assert all(not (ksrc / p).exists() for p in touched if p not in before)
    return tree


def test_series_is_a_git_am_mail_of_the_generated_files(patched: Path, tmp_path: Path) -> None:
    """The series is what git format-patch writes; after it the generated files are in the tree."""
    series = (patched.parent / "series.mbox").read_text()
    assert series.startswith("From 0000000000000000000000000000000000000000 ")
    assert re.search(r"^Subject: \[PATCH 1/2\] clone3: ", series, re.M)
    assert re.search(r"^Subject: \[PATCH 2/2\] openat2: ", series, re.M)
    gen = tmp_path / "gen"
    specs = [str(s) for s in SPECS]
    assert clonegen(["generate", "--kernel", "7.3", "--out", str(gen), *specs]) == 0
    for spec in SPECS:
        m = model_of(spec, "7.3")
        for path in (m.uapi.header, m.kernel.header, m.kernel.source):
            assert (patched / path).read_bytes() == (gen / m.name / path).read_bytes(), path
    fork = (patched / "kernel/fork.c").read_text()
    for gone in ("copy_clone_args_from_user", "clone3_args_valid", "clone3_stack_valid"):
        assert gone not in fork
    assert "SYSCALL_DEFINE2(clone3" not in fork and "SYSCALL_DEFINE0(fork)" not in fork
    assert "struct kernel_clone_args {" not in (patched / "include/linux/sched/task.h").read_text()
    # openat2: the stub moved out, build_open_flags() (the common-phase checks) stayed.
    open_c = (patched / "fs/open.c").read_text()
    assert "SYSCALL_DEFINE4(openat2" not in open_c and "build_open_flags(" in open_c
    assert re.search(r"^int do_sys_openat2\(", open_c, re.M)
    fcntl = (patched / "include/linux/fcntl.h").read_text()
    assert "#define OPEN_HOW_SIZE_VER0" not in fcntl and "#include <linux/open_how.h>" in fcntl
    # The notes put each hand-written piece beside the generated one that replaces it.
    notes = [m.split("\n\ndiff --git", 1)[0] for m in series.split("\n---\n")[1:]]
    assert len(notes) == 2
    for note, pieces, old, new in (
        (
            notes[0],
            ["copy_clone_args_from_user():", "clone3_args_valid():", "the clone3() stub:"],
            "-\tif (unlikely(args.set_tid && args.set_tid_size == 0))",
            "+\t/* A PID array needs a count, and a count needs an array. */",
        ),
        (
            notes[1],
            ["copy_open_how_from_user() (new):", "the openat2() stub:"],
            "-\taudit_openat2_how(&tmp);",
            "+\taudit_openat2_how(kargs);",
        ),
    ):
        assert all(f"\n  {p}\n" in note for p in pieces), note[:2000]
        assert f"    {old.expandtabs(8)}" in note and f"    {new.expandtabs(8)}" in note
        assert any(line.startswith("    +") for line in note.splitlines())
        # Nothing in them is a diff header to patch or git apply.
        assert not re.search(r"^(diff |--- |\+\+\+ |@@ |\d+[acd]\d+$)", note, re.M)
    # Nothing but the files the spec names changed.
    touched = set(re.findall(r"^diff --git a/(\S+) ", series, re.M))
    assert touched == {
        "include/uapi/linux/clone_args.h",
        "include/linux/clone_args.h",
        "kernel/clone_args.c",
        "include/uapi/linux/sched.h",
        "include/linux/sched/task.h",
        "kernel/fork.c",
        "kernel/Makefile",
        "include/linux/open_how.h",
        "fs/open_how.c",
        "include/uapi/linux/openat2.h",
        "include/linux/fcntl.h",
        "fs/open.c",
        "fs/Makefile",
    }
    # git am takes it too.
    repo = tmp_path / "repo"
    for path in re.findall(r"^diff --git a/(\S+) ", series, re.M):
        src = Path(os.environ["KSRC"]) / path
        if src.exists():
            (repo / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, repo / path)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@localhost"]
    subprocess.run([*git, "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "7.3"], cwd=repo, check=True)
    am = subprocess.run(
        [*git, "am", "-q", str(patched.parent / "series.mbox")],
        cwd=repo,
        capture_output=True,
        text=True,
    )
    assert am.returncode == 0, am.stdout + am.stderr
    for spec in SPECS:
        source = model_of(spec, "7.3").kernel.source
        assert (repo / source).read_bytes() == (patched / source).read_bytes()


def _make(tree: Path, build: Path, arch: str, *targets: str) -> subprocess.CompletedProcess[str]:
    karch, cross = ARCHES[arch]
    cmd = ["make", JOBS, "-C", str(tree), f"O={build}", f"ARCH={karch}"]
    if cross:
        cmd.append(f"CROSS_COMPILE={cross}")
    return subprocess.run([*cmd, *targets], capture_output=True, text=True, timeout=3000)


def build_w1(tree: Path, build: Path, arch: str, sources: list[str]) -> None:
    """``defconfig prepare``, then the objects of ``sources`` (the generated and changed
    files) and of their hand-written users with ``W=1``: the compiler must say nothing."""
    cross = ARCHES[arch][1]
    if shutil.which(f"{cross}gcc") is None:
        _unavailable(f"{cross}gcc is not installed (the {arch} cross compiler)")
    proc = _make(tree, build, arch, "defconfig")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    proc = _make(tree, build, arch, "prepare")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    objects = [s.removesuffix(".c") + ".o" for s in sources]
    config = (build / ".config").read_text()
    objects += [PROCESS[arch], *USERS]
    objects += [o for sym, o in CONFIG_USERS.items() if f"\n{sym}=y\n" in config]
    proc = _make(tree, build, arch, "W=1", *objects)
    said = [line for line in (proc.stdout + proc.stderr).splitlines() if MESSAGE.search(line)]
    assert proc.returncode == 0 and not said, "\n".join(said) or proc.stderr[-3000:]
    for obj in objects:
        assert (build / obj).is_file(), obj


@pytest.mark.parametrize("arch", sorted(ARCHES))
def test_builds_with_w1_and_no_compiler_message(
    arch: str, patched: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    sources = ["kernel/fork.c", "fs/open.c"]
    sources += [model_of(s, "7.3").kernel.source for s in SPECS]
    build_w1(patched, tmp_path_factory.mktemp(f"build-{arch}"), arch, sources)


HEADERS = ["<sched.h>", "<linux/sched.h>", "<linux/openat2.h>", "<fcntl.h>"]


def include_orders(tree: Path, build: Path, work: Path, models: list[Spec]) -> Path:
    """``make headers``, then a program that includes them in every order with glibc's
    ``<sched.h>`` and ``<fcntl.h>``, sees every uapi name and the struct of each spec at
    its latest size, and compiles without a warning. The exported include directory."""
    proc = _make(tree, build, "x86_64", "headers")
    assert proc.returncode == 0, proc.stderr[-3000:]
    usr = build / "usr" / "include"
    assert (usr / "linux" / "clone_args.h").is_file()
    names = ["CSIGNAL"]
    sizes = ""
    for m in models:
        names += [fl.name for fl in m.flags] + [v.macro for v in m.versions]
        names += [c.name for c in m.constants if c.header is None]
        struct = m.uapi.struct
        sizes += f'_Static_assert(sizeof(struct {struct}) == {m.latest.macro}, "{struct}");\n'
        sizes += f'_Static_assert({m.latest.macro} == {m.latest.size}, "{m.latest.macro}");\n'
    checks = "\n".join(f'_Static_assert({n} == {n}, "{n}");' for n in names)
    orders = list(itertools.permutations(HEADERS))
    assert len(orders) == 24
    for i, order in enumerate(orders):
        src = work / f"order{i}.c"
        includes = "#define _GNU_SOURCE\n" + "".join(f"#include {h}\n" for h in order)
        src.write_text(
            includes
            + "struct clone_args a;\nstruct open_how b;\n"
            + checks
            + "\n"
            + sizes
            + "int main(void) { return (int)(sizeof(a) + sizeof(b)) - 112; }\n"
        )
        proc = subprocess.run(
            ["gcc", "-std=gnu11", "-Wall", "-Wextra", "-Werror", f"-I{usr}", "-c", str(src)],
            capture_output=True,
            text=True,
            cwd=work,
        )
        assert proc.returncode == 0 and proc.stderr == "", f"{order}\n{proc.stderr}"
    return usr


def test_exported_headers_include_in_any_order(
    patched: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    models = [model_of(spec, "7.3") for spec in SPECS]
    assert [m.latest.macro for m in models] == ["CLONE_ARGS_SIZE_VER2", "OPEN_HOW_SIZE_VER0"]
    assert "OPENAT2_REGULAR" in {c.name for c in models[1].constants}
    build, work = tmp_path_factory.mktemp("headers"), tmp_path_factory.mktemp("order")
    include_orders(patched, build, work, models)


def checkpatch(tree: Path, *argv: str) -> None:
    """``checkpatch.pl --strict`` says nothing about the files or the mail."""
    proc = subprocess.run(
        ["perl", "scripts/checkpatch.pl", "--strict", "--no-summary", "--terse", *argv],
        cwd=tree,
        capture_output=True,
        text=True,
    )
    assert proc.stdout == "" and proc.returncode == 0, f"{argv}\n{proc.stdout}{proc.stderr}"


def test_checkpatch_strict_is_clean_on_every_generated_kernel_file(patched: Path) -> None:
    paths = []
    for spec in SPECS:
        m = model_of(spec, "7.3")
        paths += [m.uapi.header, m.kernel.header, m.kernel.source]
    assert len(paths) == 6
    for path in paths:
        checkpatch(patched, "-f", path)
