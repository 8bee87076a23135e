"""The in-tree tier for the kselftests: ``kernel-patch --selftests`` on a copy of Linux 7.3.

The series for every spec in spec/ with ``--selftests`` ends in one more patch: each
spec's ``tools/testing/selftests/<name>/`` and its place in the ``TARGETS`` of
``tools/testing/selftests/Makefile``. Applied with ``patch -p1`` to a hard-linked copy of
the tree (the original is checked unchanged), the kernel's own selftest build
(``make -C tools/testing/selftests TARGETS=... run_tests``) builds every test and runs it
on this machine's kernel: each passes, no case fails. ``checkpatch.pl --strict`` reports
nothing on the generated files, and on the patch only that new files may need a
MAINTAINERS entry. The main suite's live tests (tests/test_kselftest.py: each test on
the running kernel, a mutated spec failing, a newer struct skipping) run here too, with
the tree this tier requires.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from test_intree import checkpatch, ksrc  # noqa: F401
from test_kselftest import (  # noqa: F401  (the main suite's live tests, run in this tier)
    TAP,
    _cases,
    generated,
    selftests,
    test_a_kernel_older_than_the_struct_skips_every_case_saying_why,
    test_a_mutated_spec_fails_on_the_live_kernel,
    test_the_kselftest_passes_on_the_running_kernel,
)

from clonegen.cli import main as clonegen
from clonegen.intree_selftests import SELFTESTS_MAKEFILE, selftest_paths
from clonegen.pipeline import model_of
from clonegen.views.kselftest import KselftestView

SPECS = sorted((ROOT / "spec").glob("*.yaml"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def with_tests(ksrc: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: F811
    """A hard-linked copy of the tree with the series and its kselftest patch applied."""
    work = tmp_path_factory.mktemp("kselftests")
    tree = work / "linux"
    subprocess.run(["cp", "-al", str(ksrc), str(tree)], check=True)
    series = work / "series.mbox"
    argv = ["kernel-patch", "--tree", str(tree), "--selftests", "--out", str(series)]
    assert clonegen([*argv, *map(str, SPECS)]) == 0
    touched = re.findall(r"^diff --git a/(\S+) ", series.read_text(), re.M)
    before = {p: _digest(ksrc / p) for p in touched if (ksrc / p).exists()}
    proc = subprocess.run(
        ["patch", "-p1", "--no-backup-if-mismatch", "-i", str(series)],
        cwd=tree,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert {p: _digest(ksrc / p) for p in before} == before
    return tree


def test_the_last_patch_adds_every_spec_kselftest(with_tests: Path) -> None:
    mails = (with_tests.parent / "series.mbox").read_text().split("\nFrom 0000000")
    last = mails[-1]
    assert re.search(r"^Subject: \[PATCH (\d+)/\1\] selftests: add the size tests of ", last, re.M)
    paths = re.findall(r"^diff --git a/(\S+) ", last, re.M)
    specs = [model_of(p) for p in SPECS]
    assert paths == [p for s in specs for p in selftest_paths(s)] + [SELFTESTS_MAKEFILE]
    targets = re.findall(
        r"^TARGETS \+= (\S+)$", (with_tests / SELFTESTS_MAKEFILE).read_text(), re.M
    )
    assert all(targets.count(s.name) == 1 for s in specs)
    # Asked again, the tree has them: the series holds no selftests patch.
    again = subprocess.run(
        [sys.executable, "-m", "clonegen", "kernel-patch", "--tree", str(with_tests)]
        + ["--selftests", str(ROOT / "spec/sched_attr.yaml")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert again.returncode == 0 and again.stdout == "", again.stderr
    assert "up to date with the kselftests" in again.stderr


def test_the_kernel_selftest_build_builds_and_runs_them(with_tests: Path, tmp_path: Path) -> None:
    specs = [model_of(p) for p in SPECS]
    names = " ".join(s.name for s in specs)
    proc = subprocess.run(
        ["make", "-C", str(with_tests / "tools/testing/selftests"), f"TARGETS={names}"]
        + [f"O={tmp_path}", "run_tests"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    for s in specs:
        view = KselftestView.of(s)
        assert (tmp_path / "kselftest" / s.name / view.program).is_file()
        # The runner's lines for this test: its own TAP output, indented by "# ".
        start = proc.stdout.index(f"# selftests: {s.name}: {view.program}\n")
        block = proc.stdout[start:].split("\n# selftests: ", 2)[0]
        inner = "\n".join(line[2:] for line in block.splitlines() if line.startswith("# "))
        tests = TAP.findall(inner)
        assert [n for _, n, _ in tests] == list(_cases(s)), block[-3000:]
        assert all(v == "ok" for v, _, _ in tests), block[-3000:]
    # One runner per target, each with its one program.
    assert re.findall(r"^(?:not )?ok \d+ selftests: \S+: \S+", proc.stdout, re.M) == [
        f"ok 1 selftests: {s.name}: {KselftestView.of(s).program}" for s in specs
    ], proc.stdout[-3000:]


def test_checkpatch_strict_is_clean_on_the_kselftests(with_tests: Path) -> None:
    for spec in SPECS:
        for path in selftest_paths(model_of(spec)):
            if not path.endswith(".gitignore"):
                checkpatch(with_tests, "-f", path)
    mail = (with_tests.parent / "series.mbox").read_text().split("\nFrom 0000000")[-1]
    last = with_tests.parent / "selftests.patch"
    last.write_text("From 0000000" + mail)
    # New directories: checkpatch asks whether MAINTAINERS needs a new entry, nothing else.
    checkpatch(with_tests, "--no-signoff", "--ignore", "FILE_PATH_CHANGES", str(last))
