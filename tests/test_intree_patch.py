"""``clonegen kernel-patch`` without a kernel tree: a small tree made of generated text.

The real tree is tests/intree/'s business; here a tree whose hand-written
files are the generated ones (they hold every name the patch removes) shows
what the patch removes and keeps, that ``patch -p1`` and ``git am`` apply it,
and that a tree not as the spec says is refused with the file and the name.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, cli

SPEC = "spec/clone_args.yaml"
GEN = ROOT / "generated" / "clone_args"
HELPER = (
    "static inline bool clone3_stack_valid(struct kernel_clone_args *kargs)\n{\n\treturn true;\n}\n"
)


def fake_tree(root: Path, helper: bool = True) -> Path:
    tree = root / "linux"
    (tree / "include/uapi/linux").mkdir(parents=True)
    (tree / "include/linux/sched").mkdir(parents=True)
    (tree / "kernel").mkdir()
    (tree / "Makefile").write_text("VERSION = 7\nPATCHLEVEL = 3\nSUBLEVEL = 4\n")
    (tree / "kernel/Makefile").write_text(
        "obj-y     = fork.o exec_domain.o \\\n\t    panic.o\n\nobj-y += x.o\n"
    )
    uapi = (GEN / "include/uapi/linux/clone_args.h").read_text()
    uapi = uapi.replace("#endif /* _UAPI_LINUX_CLONE_ARGS_H */", "#define SCHED_NORMAL 0\n\n#endif")
    (tree / "include/uapi/linux/sched.h").write_text(uapi)
    header = (GEN / "include/linux/clone_args.h").read_text()
    (tree / "include/linux/sched/task.h").write_text(
        header.replace("pid_t kernel_clone", "int keep; pid_t kernel_clone")
    )
    fork = (GEN / "kernel/clone_args.c").read_text().replace("#include <linux/clone_args.h>\n", "")
    fork += "\nint keep_me(void)\n{\n\treturn 0;\n}\n"
    if helper:
        fork = fork.replace("/**\n * clone3_args_valid", HELPER + "\n/**\n * clone3_args_valid")
    (tree / "kernel/fork.c").write_text(fork)
    return tree


def apply(tree: Path, mail: str) -> None:
    """``patch -p1`` takes the mail in the tree."""
    proc = subprocess.run(
        ["patch", "-p1", "--no-backup-if-mismatch"],
        input=mail,
        cwd=tree,
        text=True,
        capture_output=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_patch_replaces_the_hand_written_code_and_applies(tmp_path: Path) -> None:
    tree = fake_tree(tmp_path)
    code, out, err = cli("kernel-patch", "--tree", str(tree), SPEC)
    assert code == 0, err
    assert out.startswith(
        "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
    )
    assert (
        "Subject: [PATCH 1/1] clone3: generate the clone_args glue from spec/clone_args.yaml" in out
    )
    assert (
        "for Linux\n7.3" in out or "for Linux 7.3" in out
    )  # the tree's release, from its Makefile
    # The reviewer gets the checks in kernel order, the common-phase one marked.
    message = out.split("\n---\n", 1)[0]
    assert "- size <= PAGE_SIZE: E2BIG\n- size >= CLONE_ARGS_SIZE_VER0 (64): EINVAL\n" in message
    assert message.rstrip().endswith("(in kernel_clone()): EINVAL")
    assert max(len(line) for line in message.splitlines()[3:]) <= 72
    pristine = tmp_path / "pristine"
    shutil.copytree(tree, pristine)
    apply(tree, out)
    fork = (tree / "kernel/fork.c").read_text()
    for gone in (
        "copy_clone_args_from_user(",
        "clone3_args_valid(",
        "clone3_stack_valid(",
        "SYSCALL_DEFINE",
    ):
        assert gone not in fork, gone
    assert "int keep_me(void)" in fork
    sched = (tree / "include/uapi/linux/sched.h").read_text()
    assert "#define CLONE_VM" not in sched and "struct clone_args {" not in sched
    assert "#include <linux/clone_args.h>" in sched and "#define SCHED_NORMAL 0" in sched
    task = (tree / "include/linux/sched/task.h").read_text()
    assert "struct kernel_clone_args {" not in task and "#include <linux/clone_args.h>" in task
    assert "obj-y += clone_args.o" in (tree / "kernel/Makefile").read_text()
    for path in (
        "include/uapi/linux/clone_args.h",
        "include/linux/clone_args.h",
        "kernel/clone_args.c",
    ):
        assert (tree / path).is_file()
    # git am takes the same mail.
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@localhost"]
    subprocess.run([*git, "init", "-q"], cwd=pristine, check=True)
    subprocess.run([*git, "add", "-A"], cwd=pristine, check=True)
    subprocess.run([*git, "commit", "-qm", "base"], cwd=pristine, check=True)
    am = subprocess.run([*git, "am", "-q"], input=out, cwd=pristine, text=True, capture_output=True)
    assert am.returncode == 0, am.stderr
    assert (pristine / "kernel/fork.c").read_text() == fork


def test_patch_is_deterministic(tmp_path: Path) -> None:
    tree = fake_tree(tmp_path)
    assert (
        cli("kernel-patch", "--tree", str(tree), SPEC)[1]
        == cli("kernel-patch", "--tree", str(tree), SPEC)[1]
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("no-helper", "kernel/fork.c: function clone3_stack_valid() not found"),
        ("no-makefile", "Makefile: no VERSION and PATCHLEVEL: not a kernel tree"),
        (
            "generated-present",
            "kernel/clone_args.c: already exists, but include/uapi/linux/clone_args.h does "
            "not: the tree has part of the generated files",
        ),
        (
            "two-stubs",
            "kernel/fork.c: #ifdef __ARCH_WANT_SYS_FORK does not hold just the fork stub",
        ),
        (
            "version-26-digits",
            "Makefile: VERSION and PATCHLEVEL give '12345678901234567890123456.3', not a "
            "kernel release such as 7.3 (numbers of at most three digits)",
        ),
        (
            "version-non-ascii",
            "Makefile: VERSION and PATCHLEVEL give '\u0667.3', not a kernel release such as 7.3 "
            "(numbers of at most three digits)",
        ),
        ("byte-ff", "kernel/fork.c: is not UTF-8 text: byte 0xff at line 3, column 4"),
        (
            "makefile-backslash",
            "kernel/Makefile: its first obj-y line continues past the end of the file",
        ),
        (
            "define-backslash",
            "include/uapi/linux/sched.h: #define CSIGNAL continues past the end of the file",
        ),
        ("makefile-fifo", "kernel/Makefile: is a FIFO, not a regular file"),
    ],
)
def test_a_tree_not_as_the_spec_says_is_refused(change: str, message: str, tmp_path: Path) -> None:
    tree = fake_tree(tmp_path, helper=change != "no-helper")
    if change == "no-makefile":
        (tree / "Makefile").write_text("all:\n")
    elif change == "generated-present":
        (tree / "kernel/clone_args.c").write_text("")
    elif change == "version-26-digits":
        (tree / "Makefile").write_text("VERSION = 12345678901234567890123456\nPATCHLEVEL = 3\n")
    elif change == "version-non-ascii":
        (tree / "Makefile").write_text("VERSION = \u0667\nPATCHLEVEL = 3\n")
    elif change == "byte-ff":
        fork = (tree / "kernel/fork.c").read_bytes().split(b"\n")
        (tree / "kernel/fork.c").write_bytes(b"\n".join([*fork[:2], b"/* \xff */", *fork[2:]]))
    elif change == "makefile-backslash":
        (tree / "kernel/Makefile").write_text("obj-y = fork.o \\")
    elif change == "define-backslash":
        sched = (tree / "include/uapi/linux/sched.h").read_text()
        line = "#define CSIGNAL\t0x000000ff"
        rest = "\n".join(x for x in sched.split("\n") if not x.startswith(line))
        (tree / "include/uapi/linux/sched.h").write_text(rest + line + " \\")
    elif change == "makefile-fifo":
        (tree / "kernel/Makefile").unlink()
        os.mkfifo(tree / "kernel/Makefile")
    elif change == "two-stubs":
        fork = (tree / "kernel/fork.c").read_text()
        fork = fork.replace(
            "SYSCALL_DEFINE0(fork)\n",
            "SYSCALL_DEFINE0(other)\n{\n\treturn 0;\n}\n\nSYSCALL_DEFINE0(fork)\n",
        )
        (tree / "kernel/fork.c").write_text(fork)
    before = {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}
    code, out, err = cli("kernel-patch", "--tree", str(tree), SPEC)
    assert code == 1 and out == "", err
    assert err == f"clonegen: {tree / message.split(': ', 1)[0]}: {message.split(': ', 1)[1]}\n"
    assert {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()} == before


def test_a_tree_older_than_the_struct_is_refused(tmp_path: Path) -> None:
    """A tree whose Makefile says 2.6 predates clone3: refused at the first version's release,
    with nothing written into the tree."""
    tree = fake_tree(tmp_path)
    (tree / "Makefile").write_text("VERSION = 2\nPATCHLEVEL = 6\nSUBLEVEL = 32\n")
    before = {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}
    code, out, err = cli("kernel-patch", "--tree", str(tree), SPEC)
    assert (code, out) == (1, ""), err
    assert (
        "error: Linux 2.6 does not have struct clone_args: its first version, VER0, is from" in err
    )
    assert "Traceback" not in err
    assert {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()} == before


OPENAT2_HEADER = """/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_FCNTL_H
#define _LINUX_FCNTL_H

#include <uapi/linux/openat2.h>

/* List of all open_how "versions". */
#define OPEN_HOW_SIZE_VER0\t24 /* sizeof first published struct */
#define OPEN_HOW_SIZE_LATEST\tOPEN_HOW_SIZE_VER0

#endif
"""
OPENAT2_SOURCE = """// SPDX-License-Identifier: GPL-2.0
#include <linux/fcntl.h>

static int do_sys_openat2(int dfd, const char __user *filename,
\t\t\t  struct open_how *how)
{
\treturn 0;
}


SYSCALL_DEFINE3(open, const char __user *, filename, int, flags, umode_t, mode)
{
\treturn 0;
}

SYSCALL_DEFINE4(openat2, int, dfd, const char __user *, filename,
\t\tstruct open_how __user *, how, size_t, usize)
{
\treturn do_sys_openat2(dfd, filename, NULL);
}

int keep_me(void)
{
\treturn 0;
}
"""


def openat2_tree(root: Path) -> Path:
    """openat2's shape: the uapi header is replaced whole, the kernel struct is the uapi one,
    and the stub calls a function of the source that was static."""
    tree = root / "linux"
    (tree / "include/uapi/linux").mkdir(parents=True)
    (tree / "fs").mkdir()
    (tree / "Makefile").write_text("VERSION = 7\nPATCHLEVEL = 3\n")
    (tree / "fs/Makefile").write_text("obj-y :=\topen.o read_write.o\n")
    (tree / "include/uapi/linux/openat2.h").write_text("/* the hand-written header */\n")
    (tree / "include/linux").mkdir()
    (tree / "include/linux/fcntl.h").write_text(OPENAT2_HEADER)
    (tree / "fs/open.c").write_text(OPENAT2_SOURCE)
    return tree


def test_openat2_patch_replaces_the_uapi_header_and_exports_the_common_function(
    tmp_path: Path,
) -> None:
    tree = openat2_tree(tmp_path)
    code, out, err = cli("kernel-patch", "--tree", str(tree), "spec/open_how.yaml")
    assert code == 0, err
    assert "Subject: [PATCH 1/1] openat2: generate the open_how glue" in out
    message = out.split("\n---\n", 1)[0]
    assert "OPEN_HOW_SIZE_VER0 now comes from the uapi header" in " ".join(message.split())
    assert "(in build_open_flags()): EAGAIN" in " ".join(message.split())
    apply(tree, out)
    gen = tmp_path / "gen"
    assert cli("generate", "--kernel", "7.3", "--out", str(gen), "spec/open_how.yaml")[0] == 0
    for path in ("include/uapi/linux/openat2.h", "include/linux/open_how.h", "fs/open_how.c"):
        assert (tree / path).read_text() == (gen / "open_how" / path).read_text(), path
    fcntl = (tree / "include/linux/fcntl.h").read_text()
    assert "#define OPEN_HOW_SIZE_VER0" not in fcntl and '"versions"' not in fcntl
    assert "OPEN_HOW_SIZE_LATEST" not in fcntl  # only the old stub used it
    assert "#include <uapi/linux/openat2.h>\n#include <linux/open_how.h>\n" in fcntl
    source = (tree / "fs/open.c").read_text()
    # The stub is gone, do_sys_openat2() lost its static with its parameters realigned, and
    # the rest, down to the double blank line before open(), is untouched.
    assert "SYSCALL_DEFINE4(openat2" not in source
    assert "int do_sys_openat2(int dfd, const char __user *filename,\n\t\t   struct" in source
    assert "}\n\n\nSYSCALL_DEFINE3(open," in source and "int keep_me(void)" in source
    assert "obj-y += open_how.o" in (tree / "fs/Makefile").read_text()


def test_openat2_patch_refuses_a_tree_without_the_static_function(tmp_path: Path) -> None:
    tree = openat2_tree(tmp_path)
    source = tree / "fs/open.c"
    source.write_text(source.read_text().replace("static int do_sys_openat2", "int do_sys_openat2"))
    code, out, err = cli("kernel-patch", "--tree", str(tree), "spec/open_how.yaml")
    assert code == 1 and out == ""
    assert err == f"clonegen: {tree / 'fs/open.c'}: static function do_sys_openat2() not found\n"


def test_git_am_3way_takes_the_series_on_a_tree_that_moved_on(tmp_path: Path) -> None:
    """The index lines name the blobs the patch was made against, so ``git am -3`` merges
    it into a tree whose context lines changed since, where plain ``git am`` gives up."""
    tree = fake_tree(tmp_path)
    code, out, err = cli("kernel-patch", "--tree", str(tree), SPEC)
    assert code == 0, err
    assert re.search(r"^index [0-9a-f]{40}\.\.[0-9a-f]{40} 100644$", out, re.M)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@localhost"]
    subprocess.run([*git, "init", "-q"], cwd=tree, check=True)
    subprocess.run([*git, "add", "-A"], cwd=tree, check=True)
    subprocess.run([*git, "commit", "-qm", "7.3"], cwd=tree, check=True)
    makefile = tree / "kernel/Makefile"
    makefile.write_text(makefile.read_text().replace("obj-y += x.o", "obj-y += x.o y.o"))
    subprocess.run([*git, "commit", "-qam", "moved on"], cwd=tree, check=True)
    plain = subprocess.run([*git, "am", "-q"], input=out, cwd=tree, text=True, capture_output=True)
    assert plain.returncode != 0
    subprocess.run([*git, "am", "--abort"], cwd=tree, check=True)
    three = subprocess.run(
        [*git, "am", "-3", "-q"], input=out, cwd=tree, text=True, capture_output=True
    )
    assert three.returncode == 0, three.stdout + three.stderr
    assert makefile.read_text().endswith("obj-y += x.o y.o\n") or "x.o y.o" in makefile.read_text()
    assert "obj-y += clone_args.o" in makefile.read_text()


def test_signoff_authors_the_series(tmp_path: Path) -> None:
    tree = fake_tree(tmp_path)
    who = "A Developer <dev@example.org>"
    code, out, err = cli("kernel-patch", "--tree", str(tree), "--signoff", who, SPEC)
    assert code == 0, err
    message = out.split("\n---\n", 1)[0]
    assert f"\nFrom: {who}\n" in message and message.endswith(f"\n\nSigned-off-by: {who}")
    code, out, err = cli("kernel-patch", "--tree", str(tree), SPEC)
    assert "Signed-off-by" not in out and "From: clonegen <clonegen@localhost>" in out
    bad = subprocess.run(
        [sys.executable, "-m", "clonegen", "kernel-patch", "--tree", str(tree)]
        + ["--signoff", "dev@example.org", SPEC],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert bad.returncode == 2 and "is not NAME <EMAIL>" in bad.stderr, bad.stderr
    assert "Traceback" not in bad.stderr
