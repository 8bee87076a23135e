"""The in-tree tier: the README's add-a-field workflow, verbatim, on a copy of Linux 7.3.

A spec repository holds ``spec/clone_args.yaml`` as it is; the README's
conversion commands (``<!-- example: add-a-field-convert -->``) convert a
hard-linked copy of the tree, which is a git repository whose base commit
holds the files the series touches. Then the README's spec edit (its YAML
block, ``<!-- example: add-a-field-spec -->``: VER3 of 96 bytes, an
``__aligned_u64`` field, a flag on an unused bit and the check that gates it)
is appended to the spec's lists, ``clonegen diff`` must call it compatible,
and the README's change commands (``<!-- example: add-a-field-change -->``)
write the change patch and ``git am`` it.

The result must build with ``W=1`` and no compiler message (the same objects
as the conversion's build, :func:`test_intree.build_w1`), on every
architecture of the tier; the generated files and the change mail pass
``checkpatch.pl --strict``; ``make headers`` exports a header with the new
field, flag and size that includes in every order with glibc's (the tier's
include-order test); and the kernel's clone3 selftests build against it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from readme_examples import example
from test_intree import ARCHES, build_w1, checkpatch, include_orders, ksrc  # noqa: F401

from clonegen.pipeline import model_of

GIT = ["git", "-c", "user.name=t", "-c", "user.email=t@localhost", "-c", "init.defaultBranch=main"]
SPEC = "spec/clone_args.yaml"


def _bash(script: str, cwd: Path, bin_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    env["PYTHONPATH"] = str(ROOT / "src")
    for who in ("AUTHOR", "COMMITTER"):
        env[f"GIT_{who}_NAME"], env[f"GIT_{who}_EMAIL"] = "A Developer", "dev@example.org"
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )


def _unlink_copy(path: Path) -> None:
    """Give a hard-linked file of the copy an inode of its own before anything writes it."""
    if path.exists():
        tmp = path.with_name(path.name + ".own")
        shutil.copyfile(path, tmp)
        os.replace(tmp, path)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def changed(ksrc: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: F811
    """The tree after the README's workflow: converted with the spec as it was, committed,
    then the change patch of the edited spec applied by git am."""
    work = tmp_path_factory.mktemp("add-a-field")
    bin_dir = work / "bin"
    bin_dir.mkdir()
    (bin_dir / "clonegen").write_text(f'#!/bin/sh\nexec {sys.executable} -m clonegen "$@"\n')
    (bin_dir / "clonegen").chmod(0o755)
    repo, tree = work / "clonegen", work / "linux"
    (repo / "spec").mkdir(parents=True)
    shutil.copyfile(ROOT / SPEC, repo / SPEC)
    subprocess.run([*GIT, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*GIT, "commit", "-qm", "the spec as Linux 7.3 has it"], cwd=repo, check=True)

    # The tree: a hard-linked copy whose git repository tracks the files the series touch.
    subprocess.run(["cp", "-al", str(ksrc), str(tree)], check=True)
    touched = ["include/uapi/linux/sched.h", "include/linux/sched/task.h", "kernel/fork.c"]
    touched.append("kernel/Makefile")
    before = {p: _digest(ksrc / p) for p in touched}
    for path in touched:
        _unlink_copy(tree / path)
    subprocess.run([*GIT, "init", "-q"], cwd=tree, check=True)
    subprocess.run([*GIT, "add", "-f", "--", *touched], cwd=tree, check=True)
    subprocess.run([*GIT, "commit", "-qm", "Linux 7.3"], cwd=tree, check=True)

    proc = _bash(example("add-a-field-convert"), repo, bin_dir)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    log = subprocess.run([*GIT, "log", "--format=%s"], cwd=tree, capture_output=True, text=True)
    assert log.stdout.splitlines()[0].startswith("clone3: generate the clone_args glue")

    # The README's edit, appended to the spec's lists.
    spec = yaml.safe_load((repo / SPEC).read_text())
    for key, items in yaml.safe_load(textwrap.dedent(example("add-a-field-spec"))).items():
        spec[key].extend(items)
    (repo / SPEC).write_text(yaml.safe_dump(spec, sort_keys=False, width=200))
    proc = _bash(f"clonegen diff HEAD:{SPEC} {SPEC}", repo, bin_dir)
    assert proc.returncode == 0 and "0 breaking: COMPATIBLE" in proc.stdout, proc.stdout

    proc = _bash(example("add-a-field-change"), repo, bin_dir)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # The original tree is untouched: git wrote new files in place of the links.
    assert {p: _digest(ksrc / p) for p in touched} == before
    return tree


def test_the_change_is_one_commit_of_the_generated_files(changed: Path) -> None:
    def git(*argv: str) -> list[str]:
        return subprocess.run(
            [*GIT, *argv], cwd=changed, capture_output=True, text=True, check=True
        ).stdout.splitlines()

    assert git("log", "--format=%s") == [
        "clone3: add CLONE_SHADOW_STACK, shadow_stack_token and VER3",
        "clone3: generate the clone_args glue from spec/clone_args.yaml",
        "Linux 7.3",
    ]
    assert git("show", "--name-only", "--format=", "HEAD") == [
        "include/linux/clone_args.h",
        "include/uapi/linux/clone_args.h",
        "kernel/clone_args.c",
    ]
    # The tree's files are the edited spec's rendering for Linux 7.4.
    new = model_of(changed.parent / "clonegen" / SPEC, "7.4")
    assert new.latest.size == 96 and "CLONE_SHADOW_STACK" in {f.name for f in new.flags}
    uapi = (changed / new.uapi.header).read_text()
    assert "\t__aligned_u64 shadow_stack_token;\n" in uapi
    assert "#define CLONE_ARGS_SIZE_VER3\t96" in uapi and "CLONE_SHADOW_STACK\t(1ULL << 38)" in uapi
    assert "by clonegen, for Linux 7.4; do not edit." in uapi
    # Run again, the tree is up to date: no patch.
    again = subprocess.run(
        [sys.executable, "-m", "clonegen", "kernel-patch", "--tree", str(changed)]
        + ["--kernel", "7.4", SPEC],
        cwd=changed.parent / "clonegen",
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert (again.returncode, again.stdout) == (0, ""), again.stderr
    assert "is up to date with spec/clone_args.yaml for Linux 7.4: no patch written" in again.stderr


@pytest.mark.parametrize("arch", sorted(ARCHES))
def test_the_changed_tree_builds_with_w1_and_no_compiler_message(
    arch: str, changed: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    sources = ["kernel/fork.c", model_of(ROOT / SPEC).kernel.source]
    build_w1(changed, tmp_path_factory.mktemp(f"change-{arch}"), arch, sources)


def test_checkpatch_strict_is_clean_on_the_change(changed: Path) -> None:
    mails = sorted((changed.parent / "clonegen").glob("*.mbox"))
    assert [m.name for m in mails] == ["clone3-ver3.mbox", "convert.mbox"]
    checkpatch(changed, "--no-signoff", str(mails[0]))
    m = model_of(ROOT / SPEC)
    for path in (m.uapi.header, m.kernel.header, m.kernel.source):
        checkpatch(changed, "-f", path)


def test_headers_and_the_clone3_selftests_build_against_the_new_uapi(
    changed: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    new = model_of(changed.parent / "clonegen" / SPEC, "7.4")
    build, work = tmp_path_factory.mktemp("change-headers"), tmp_path_factory.mktemp("orders")
    usr = include_orders(changed, build, work, [new])  # openat2 stays hand-written here
    assert "shadow_stack_token" in (usr / new.uapi.header.removeprefix("include/uapi/")).read_text()
    out = tmp_path_factory.mktemp("selftests")
    proc = subprocess.run(
        ["make", "-C", str(changed / "tools/testing/selftests/clone3")]
        + [f"OUTPUT={out}", f"KHDR_INCLUDES=-isystem {usr}", "V=1"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert f"-isystem {usr} " in proc.stdout  # the compiler saw the exported headers
    programs = re.findall(
        r"\b(clone3\w*)\b",
        (changed / "tools/testing/selftests/clone3/Makefile")
        .read_text()
        .split("TEST_GEN_PROGS :=", 1)[1]
        .split("include", 1)[0],
    )
    assert programs and all((out / p).is_file() for p in programs), programs
