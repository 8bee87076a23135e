"""The kselftest target: each spec's size axis as a kernel selftest (kselftest_harness.h).

The cases are the model's: the view's expected errnos and write-backs are held to the
size policy of every spec in spec/. With a Linux tree (``KSRC``, or the one
``.ci/linux-tree.sh`` keeps) for the kernel's
``tools/testing/selftests/kselftest_harness.h``, each spec's test is compiled with gcc
and run on this machine's kernel, where every case passes or skips with a reason; a
spec with one size semantic changed makes its test fail on the same kernel; a kernel
older than the struct skips every case, saying why. Without a tree those skip with that
reason (``INTREE_REQUIRED=1``, as the in-tree tier sets it, makes it a failure); the
in-tree tier (tests/intree/test_kselftests.py) runs them again, and builds the tests
with the kernel's own selftest build.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from ctools import WARN, arch_flags, require_arch

from clonegen.cli import main as clonegen
from clonegen.intree_selftests import SELFTESTS_MAKEFILE, changes, selftest_paths
from clonegen.model import Spec
from clonegen.pipeline import model_of
from clonegen.plan import plan
from clonegen.render import render_spec
from clonegen.rules import TooLarge, TooSmall
from clonegen.views.kselftest import KselftestView

SPECS = sorted((ROOT / "spec").glob("*.yaml"))
TAP = re.compile(r"^(ok|not ok) \d+ (\S+)(?: # SKIP (.*))?$", re.M)


def _unavailable(reason: str) -> None:
    if os.environ.get("INTREE_REQUIRED") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _kept_tree() -> str | None:
    """The tree .ci/linux-tree.sh keeps, when it has fetched one (nothing is fetched here)."""
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    tree = Path(os.environ.get("KSRC_DIR") or Path(cache) / "linux-source") / "linux-source-7.3"
    return str(tree) if (tree / "Makefile").is_file() else None


@pytest.fixture(scope="module")
def selftests() -> Path:
    """The kernel tree's tools/testing/selftests, with kselftest_harness.h."""
    given = os.environ.get("KSRC") or _kept_tree()
    if not given:
        _unavailable("no kernel tree for kselftest_harness.h: set KSRC (.ci/linux-tree.sh)")
    path = Path(str(given)) / "tools/testing/selftests"
    if not (path / "kselftest_harness.h").is_file():
        _unavailable(f"KSRC={given} has no tools/testing/selftests/kselftest_harness.h")
    return path


def build(selftests: Path, source: Path, work: Path, arch: str = "x86_64") -> Path:
    """The test compiled with gcc as the kernel's lib.mk compiles it, next to the harness
    (i386: Debian's cross compiler, linked -static, run through the kernel's IA32
    emulation)."""
    gcc = require_arch(arch, run=True)
    for header in ("kselftest_harness.h", "kselftest.h"):
        if not (work / header).exists():
            (work / header).symlink_to(selftests / header)
    directory = work / source.parent.name
    directory.mkdir(exist_ok=True)
    shutil.copy(source, directory)
    binary = directory / f"{source.stem}-{arch}"
    proc = subprocess.run(
        [gcc, *arch_flags(arch), "-D_GNU_SOURCE=", *WARN, "-O2", "-o", str(binary)]
        + [str(directory / source.name)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    return binary


def run(binary: Path) -> tuple[int, list[tuple[str, str, str]], str]:
    """Exit status, (verdict, test, skip reason) of every test, and the whole output."""
    proc = subprocess.run([str(binary)], capture_output=True, text=True, timeout=120)
    out = proc.stdout + proc.stderr
    return proc.returncode, [(v, n, r or "") for v, n, r in TAP.findall(proc.stdout)], out


def source_of(gen: Path, spec: Spec) -> Path:
    view = KselftestView.of(spec)
    return gen / spec.name / view.directory / f"{view.program}.c"


def _cases(spec: Spec) -> dict[str, dict[str, Any]]:
    """Every case by its test name, with the entry point's and the case's facts."""
    view = KselftestView.of(spec)
    return {
        f"{e.name}.{k.name}.size": {"entry": e, "case": k} for e in view.entries for k in e.cases
    }


# -- the cases follow from the model --------------------------------------------


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.stem)
def test_the_cases_are_the_size_policy_of_the_model(path: Path) -> None:
    spec = model_of(path)
    view = KselftestView.of(spec)
    assert [e.name for e in view.entries] == [c.name for c in plan(spec).calls]
    for e, c in zip(view.entries, plan(spec).calls, strict=True):
        policy = c.policy
        cases = {k.name: k for k in e.cases}
        assert {f"ver{i}" for i in range(len(spec.versions))} <= set(cases)
        assert all(cases[v.name.lower()].errno == "0" for v in spec.versions)
        small = next(s for s in policy.steps if isinstance(s, TooSmall))
        assert (cases["below_min"].size, cases["below_min"].errno) == (small.size - 1, small.errno)
        assert cases["zero"].errno == ("0" if policy.zero_means else small.errno)
        large = next((s for s in policy.steps if isinstance(s, TooLarge)), None)
        assert cases["above_page"].errno == (large.errno if large else "0")
        assert cases["page"].errno == "0" and cases["past_latest"].errno == "0"
        if e.reads and policy.tail_errno:
            assert cases["past_latest_tail"].errno == policy.tail_errno
            assert cases["past_latest_tail"].size - cases["past_latest_tail"].tail == (
                spec.latest.size
            )
        else:
            assert "past_latest_tail" not in cases
        # The kernel writes its size back on every size error, and only then.
        for k in e.cases:
            size_error = k.errno in policy.errnos and not k.null and k.bad_arg < 0
            assert k.write_back == (policy.write_back and size_error), k
        for check in c.entry.before_copy:
            if check.rule != "function":
                assert cases[f"bad_{check.name}"].errno == check.errno
        assert ("null" in cases) == (
            e.name in {x.name for x in spec.struct_entries if x.null_errno}
        )


def test_an_ioctl_checks_the_size_in_its_number_before_anything() -> None:
    cases = {
        k.name: k
        for k in KselftestView.of(model_of(ROOT / "spec/pidfd_info.yaml")).entries[0].cases
    }
    assert (cases["null"].size, cases["null"].errno) == (64, "EINVAL")
    assert (cases["null_refused_size"].size, cases["null_refused_size"].errno) == (63, "ENOTTY")


def test_a_check_before_the_size_takes_a_size_with_another_errno() -> None:
    """sched_setattr refuses a negative pid with EINVAL before it reads the size, which alone
    would be E2BIG: the case shows the order."""
    entry = KselftestView.of(model_of(ROOT / "spec/sched_attr.yaml")).entries[0]
    cases = {k.name: k for k in entry.cases}
    bad = cases["bad_pid"]
    assert (bad.errno, bad.bad_value, bad.write_back) == ("EINVAL", "-1", False)
    assert cases["below_min"].errno == "E2BIG" and bad.size == cases["below_min"].size


def _changed(path: Path, tmp: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    data = yaml.safe_load(path.read_text())
    change(data)
    out = tmp / "spec" / path.name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(yaml.safe_dump(data, sort_keys=False, width=200))
    return out


def test_an_argument_without_a_value_skips_saying_which(tmp_path: Path) -> None:
    def rename(d: dict[str, Any]) -> None:
        d["entry_points"][0]["arguments"][0]["name"] = "dirfd"

    spec = model_of(_changed(ROOT / "spec/mount_attr.yaml", tmp_path, rename))
    entry = KselftestView.of(spec).entries[0]
    assert entry.missing == "dirfd (int)"
    text = render_spec(spec)[f"mount_attr/{KselftestView.of(spec).directory}/mount_attr_size.c"]
    assert 'SKIP(return, "no value to call mount_setattr() with for dirfd (int)");' in text


def test_the_selftests_patch_adds_each_directory_to_targets_once(tmp_path: Path) -> None:
    tree = tmp_path / "linux"
    makefile = tree / SELFTESTS_MAKEFILE
    makefile.parent.mkdir(parents=True)
    makefile.write_text("TARGETS += acct\nTARGETS += clone3\nTARGETS += mm\nTARGETS += zram\n")
    specs = [model_of(p) for p in SPECS]
    files = [(s, render_spec(s)) for s in specs]
    edits = changes(files, tree)
    assert [p for p, _, _ in edits] == [p for s in specs for p in selftest_paths(s)] + [
        SELFTESTS_MAKEFILE
    ]
    new = edits[-1][2].split("\n")
    targets = [line.split()[-1] for line in new if line]
    assert targets == sorted(targets) and {s.name for s in specs} <= set(targets)
    # With the files and the targets in place, the patch has nothing left to add.
    for path, _, text in edits:
        (tree / path).parent.mkdir(parents=True, exist_ok=True)
        (tree / path).write_text(text)
    assert changes(files, tree) == []


# -- on the running kernel -------------------------------------------------------


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("kselftest-gen")
    assert clonegen(["generate", "--out", str(out), *map(str, SPECS)]) == 0
    return out


@pytest.mark.parametrize("arch", ["x86_64", "i386"])
@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.stem)
def test_the_kselftest_passes_on_the_running_kernel(
    path: Path, arch: str, selftests: Path, generated: Path, tmp_path: Path
) -> None:
    spec = model_of(path)
    status, tests, out = run(build(selftests, source_of(generated, spec), tmp_path, arch))
    assert status == 0, out[-3000:]
    assert [n for _, n, _ in tests] == list(_cases(spec)), out[-3000:]
    assert all(v == "ok" for v, _, _ in tests), out[-3000:]
    # A skip says why; the five specs' interfaces are all in 6.18, so nothing skips here.
    assert all(r.strip() for _, _, r in tests if r), out
    assert not [n for _, n, r in tests if r], out


MUTATIONS = {
    # (spec, change, a case that must fail on the live kernel)
    "open_how-tail-errno": (
        "open_how",
        lambda d: d["syscall"]["size"].update(tail_errno="EINVAL"),
        "openat2.past_latest_tail.size",
    ),
    "open_how-multiple-of-8": (
        "open_how",
        lambda d: d["syscall"]["size"].update(multiple_of_8=True, misaligned_errno="EINVAL"),
        "openat2.misaligned.size",
    ),
    "clone_args-too-small-errno": (
        "clone_args",
        lambda d: d["syscall"]["size"].update(too_small_errno="E2BIG"),
        "clone3.below_min.size",
    ),
    "sched_attr-no-zero-means": (
        "sched_attr",
        lambda d: d["syscall"]["size"].pop("zero_means"),
        "sched_setattr.zero.size",
    ),
    "mount_attr-max-two-pages": (
        "mount_attr",
        lambda d: d["syscall"]["size"].update(max=8192),
        "mount_setattr.limit.size",
    ),
    "pidfd_info-read-only-number": (
        "pidfd_info",
        lambda d: d["syscall"]["size"]["ioctl"].update(dir="read"),
        "pidfd_get_info.ver0.size",
    ),
}


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_a_mutated_spec_fails_on_the_live_kernel(
    mutation: str, selftests: Path, tmp_path: Path
) -> None:
    name, change, failing = MUTATIONS[mutation]
    spec_path = _changed(ROOT / "spec" / f"{name}.yaml", tmp_path, change)
    gen = tmp_path / "gen"
    assert clonegen(["generate", "--out", str(gen), str(spec_path)]) == 0
    status, tests, out = run(build(selftests, source_of(gen, model_of(spec_path)), tmp_path))
    failed = [n for v, n, _ in tests if v == "not ok"]
    assert status != 0 and failing in failed, out[-3000:]


def test_a_kernel_older_than_the_struct_skips_every_case_saying_why(
    selftests: Path, tmp_path: Path
) -> None:
    """pidfd_info as if Linux 9.0 had published it: this kernel predates it."""

    def future(d: dict[str, Any]) -> None:
        for v, release in zip(d["versions"], ["9.0", "9.1", "9.2", "9.2"], strict=True):
            v["since"] = release
        for f in d["flags"]:
            f["since"] = "9.0" if f["since"] in ("6.13", "6.16") else "9.2"

    spec_path = _changed(ROOT / "spec/pidfd_info.yaml", tmp_path, future)
    gen = tmp_path / "gen"
    assert clonegen(["generate", "--out", str(gen), str(spec_path)]) == 0
    status, tests, out = run(build(selftests, source_of(gen, model_of(spec_path)), tmp_path))
    assert status == 0 and tests, out[-3000:]
    reason = "the kernel predates pidfd_get_info() (Linux 9.0)"
    assert all(v == "ok" and r == reason for v, _, r in tests), out[-3000:]
