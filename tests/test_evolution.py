"""Schema evolution: clonegen diff, check-abi, and the add-a-field workflow end to end."""

from __future__ import annotations

import copy
import ctypes
import difflib
import json
import os
import random
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, assert_golden, cli
from ctools import (
    HARNESS,
    HOST_ARCHES,
    KERNEL_WANTS,
    SHIM,
    WARN,
    cc,
    common_checks,
    require,
    run,
)

from clonegen.arch import VERIFIED

SPEC = ROOT / "spec" / "clone_args.yaml"
BASE: dict[str, Any] = yaml.safe_load(SPEC.read_text())


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False, width=200))
    return path


def field(name: str, version: str, **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "version": version,
        "role": "integer",
        "kernel_type": "u64",
        "doc": f"{name}.",
        **extra,
    }


def add_ver3(d: dict[str, Any]) -> None:
    """The shadow-stack extension as proposed: VER3 of 96 bytes, one token, one flag."""
    d["versions"].append({"name": "VER3", "size": 96, "since": "7.4"})
    d["fields"].append(
        {
            "name": "shadow_stack_token",
            "version": "VER3",
            "role": "user_pointer",
            "pointee": "u64",
            "doc": "If CLONE_SHADOW_STACK is set, the shadow stack token the child starts from.",
        }
    )
    d["flags"].append(
        {
            "name": "CLONE_SHADOW_STACK",
            "field": "flags",
            "value": 1 << 38,
            "since": "7.4",
            "entry_points": ["clone3"],
            "doc": "The child starts on the shadow stack at @shadow_stack_token.",
        }
    )
    i = next(i for i, c in enumerate(d["checks"]) if c["rule"] == "known_flags")
    d["checks"].insert(
        i,
        {
            "field": "shadow_stack_token",
            "rule": "min_version",
            "version": "VER3",
            "when": {"field": "flags", "any_set": ["CLONE_SHADOW_STACK"]},
            "errno": "EINVAL",
            "phase": "copy",
            "doc": "CLONE_SHADOW_STACK needs a caller that knows the token.",
        },
    )


def insert_mid(d: dict[str, Any]) -> None:
    d["fields"].insert(3, field("shadow", "VER0"))
    for v in d["versions"]:
        v["size"] += 8


def swap(d: dict[str, Any], a: int, b: int) -> None:
    d["fields"][a], d["fields"][b] = d["fields"][b], d["fields"][a]


def remove_cgroup(d: dict[str, Any]) -> None:
    del d["libc"]["forklike"]  # the process helpers need the cgroup field
    d["fields"].pop()
    d["versions"].pop()
    d["checks"] = [c for c in d["checks"] if c["field"] != "cgroup"]
    for m in d["kernel"]["members"]:
        if m.get("after") == "cgroup":
            m["after"] = "set_tid_size"  # the kernel-only members that followed it stay there


def set_path(d: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    node = d
    for p in path[:-1]:
        node = node[p]
    node[path[-1]] = value


def flag(d: dict[str, Any], name: str) -> dict[str, Any]:
    return next(f for f in d["flags"] if f["name"] == name)


def check(d: dict[str, Any], rule: str) -> dict[str, Any]:
    return next(c for c in d["checks"] if c["rule"] == rule)


CASES: list[tuple[str, Callable[[dict[str, Any]], None], str, set[str]]] = [
    ("identical", lambda d: None, "compatible", set()),
    (
        "field appended in VER3",
        add_ver3,
        "compatible",
        {"new version", "field appended", "new flag", "new check"},
    ),
    (
        "new flag",
        lambda d: d["flags"].append(
            {
                "name": "CLONE_NEWTHING",
                "field": "flags",
                "value": 1 << 40,
                "since": "7.4",
                "entry_points": ["clone3"],
                "doc": "x",
            }
        ),
        "compatible",
        {"new flag"},
    ),
    (
        "new check",
        lambda d: d["checks"].append(
            {
                "field": "tls",
                "rule": "max",
                "limit": 1 << 47,
                "errno": "EINVAL",
                "phase": "valid",
                "doc": "x",
            }
        ),
        "compatible",
        {"new check"},
    ),
    (
        "doc text",
        lambda d: set_path(d, ("fields", 0, "doc"), "Other words."),
        "compatible",
        {"doc"},
    ),
    (
        "new constant",
        lambda d: d["constants"].append({"name": "NEW_LIMIT", "value": 3, "doc": "x"}),
        "compatible",
        {"new constant"},
    ),
    (
        "flag gains an entry point",
        lambda d: flag(d, "CLONE_DETACHED")["entry_points"].append("clone3"),
        "compatible",
        {"flag entry points"},
    ),
    (
        "kernel-only member",
        lambda d: d["kernel"]["members"].append({"name": "extra", "type": "int", "doc": "x"}),
        "compatible",
        {"kernel-internal"},
    ),
    (
        "kernel type",
        lambda d: set_path(d, ("fields", 4, "kernel_type"), "long"),
        "compatible",
        {"kernel-internal"},
    ),
    (
        "syscall number for a new arch",
        lambda d: set_path(d, ("syscall", "numbers", "sparc64"), 435),
        "compatible",
        {"syscall number"},
    ),
    (
        "check removed",
        lambda d: d["checks"].remove(check(d, "exclusive")),
        "compatible",
        {"check removed"},
    ),
    (
        "flag release",
        lambda d: set_path(flag(d, "CLONE_IO"), ("since",), "2.6.26"),
        "compatible",
        {"release"},
    ),
    (
        "field inserted in the middle",
        insert_mid,
        "breaking",
        {"field inserted", "field moved", "version resized"},
    ),
    ("field removed", remove_cgroup, "breaking", {"field removed", "version removed"}),
    ("field renamed", lambda d: rename_tls(d), "breaking", {"field renamed"}),
    ("fields swapped", lambda d: swap(d, 5, 6), "breaking", {"field moved"}),
    (
        "field retyped",
        lambda d: d["fields"][1].update(role="integer", kernel_type="u64", pointee=None)
        or d["fields"][1].pop("pointee"),
        "breaking",
        {"field retyped"},
    ),
    (
        "field resized",
        lambda d: (
            d["uapi"].update(layout="mixed"),
            [f.update(uapi_type="__u64") for f in d["fields"]],
            d["fields"][4].update(uapi_type="__s64"),
        ),
        "breaking",
        {"field resized", "renamed"},
    ),
    (
        "flag value",
        lambda d: set_path(flag(d, "CLONE_IO"), ("value",), 1 << 39),
        "breaking",
        {"flag value"},
    ),
    (
        "flag removed",
        lambda d: d["flags"].remove(flag(d, "CLONE_NNP")),
        "breaking",
        {"flag removed"},
    ),
    (
        "flag loses an entry point",
        lambda d: flag(d, "CLONE_VM")["entry_points"].remove("clone3"),
        "breaking",
        {"flag entry points"},
    ),
    (
        "tail errno",
        lambda d: set_path(d, ("syscall", "size", "tail_errno"), "EINVAL"),
        "breaking",
        {"size policy"},
    ),
    (
        "alignment rule",
        lambda d: set_path(d, ("syscall", "size", "multiple_of_8"), True),
        "breaking",
        {"size policy"},
    ),
    (
        "check errno",
        lambda d: set_path(check(d, "exclusive"), ("errno",), "EPERM"),
        "breaking",
        {"check changed"},
    ),
    # every check of clone_args fails with EINVAL: another order changes no errno
    ("check order", lambda d: swap_checks(d), "compatible", {"check order"}),
    (
        "syscall number",
        lambda d: set_path(d, ("syscall", "numbers", "default"), 436),
        "breaking",
        {"syscall number"},
    ),
    (
        "macro prefix",
        lambda d: set_path(d, ("uapi", "macro_prefix"), "CLONE3_ARGS"),
        "breaking",
        {"renamed"},
    ),
    (
        "constant value",
        lambda d: set_path(d["constants"][1], ("value",), 65),
        "breaking",
        {"constant value"},
    ),
    (
        "entry point changed",
        lambda d: set_path(d["entry_points"][0], ("sets",), {"exit_signal": {"const": 0}}),
        "breaking",
        {"entry point changed"},
    ),
    # Per-architecture values: what an architecture gets may not change; a new architecture may come.
    (
        "syscall number on an arch",
        lambda d: set_path(d, ("syscall", "numbers", "alpha"), 546),
        "breaking",
        {"syscall number"},
    ),
    (
        "syscall number now differs on a covered arch",
        lambda d: set_path(d, ("syscall", "numbers", "sparc64"), 999),
        "breaking",
        {"syscall number"},
    ),
    (
        "syscall number for an uncovered arch",
        lambda d: set_path(d, ("syscall", "numbers", "m68k"), 999),
        "compatible",
        {"syscall number"},
    ),
    (
        "constant value on an arch",
        lambda d: set_path(d["constants"][4], ("arch", "alpha"), 21),
        "breaking",
        {"constant value"},
    ),
    (
        "constant value on an arch dropped",
        lambda d: d["constants"][1].pop("arch"),
        "breaking",
        {"constant value"},
    ),
    (
        "constant value for a new arch",
        lambda d: (
            set_path(d, ("arches",), [*VERIFIED, "m68k"]),
            set_path(d["constants"][4], ("arch", "m68k"), 18),
        ),
        "compatible",
        {"constant value"},
    ),
    (
        "constant value stated for an arch",
        lambda d: set_path(d["constants"][4], ("arch", "x86_64"), 17),
        "compatible",
        {"constant value"},
    ),
    # The size policy, step by step.
    (
        "size limit",
        lambda d: set_path(d, ("syscall", "size", "max"), 4096),
        "breaking",
        {"size policy"},
    ),
    (
        "size step errno",
        lambda d: set_path(d, ("syscall", "size", "too_large_errno"), "EINVAL"),
        "breaking",
        {"size policy"},
    ),
    (
        "size step order",
        lambda d: set_path(d, ("syscall", "size", "checks"), ["too_small", "too_large"]),
        "breaking",
        {"size policy"},
    ),
    ("size default written out", lambda d: d["syscall"]["size"].pop("max"), "compatible", set()),
    # A check's parameters.
    (
        "check limit",
        lambda d: set_path(d["checks"][4], ("limit",), 0x7FFFFFFE),
        "breaking",
        {"check changed"},
    ),
    (
        "check limit written as a number",
        lambda d: set_path(d["checks"][4], ("limit",), 0x7FFFFFFF),
        "compatible",
        {"check changed"},
    ),
    (
        "check mask",
        lambda d: set_path(check(d, "mask"), ("allowed",), 0x7F),
        "breaking",
        {"check changed"},
    ),
    (
        "check to_top",
        lambda d: set_path(check(d, "user_range"), ("to_top",), False),
        "breaking",
        {"check changed"},
    ),
    (
        "check version",
        lambda d: set_path(d["checks"][5], ("version",), "VER1"),
        "breaking",
        {"check changed"},
    ),
]


def rename_tls(d: dict[str, Any]) -> None:
    d["fields"][7]["name"] = "tls_value"
    sets = d["entry_points"][2]["sets"]
    sets["tls_value"] = sets.pop("tls")


def swap_checks(d: dict[str, Any]) -> None:
    d["checks"][0], d["checks"][1] = d["checks"][1], d["checks"][0]


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 20
    assert (
        sum(c[2] == "breaking" for c in CASES) >= 10
        and sum(c[2] == "compatible" for c in CASES) >= 10
    )


@pytest.mark.parametrize("name, change, expected, kinds", CASES, ids=[c[0] for c in CASES])
def test_diff_classifies(
    name: str,
    change: Callable[[dict[str, Any]], None],
    expected: str,
    kinds: set[str],
    tmp_path: Path,
) -> None:
    data = copy.deepcopy(BASE)
    change(data)
    new = write(tmp_path / "clone_args.yaml", data)
    code, out, err = cli("diff", "--format", "json", str(SPEC.relative_to(ROOT)), str(new))
    assert err == "" and code == (1 if expected == "breaking" else 0), out + err
    report = json.loads(out)
    assert report["verdict"] == expected
    found = {c["kind"] for c in report["changes"]}
    assert kinds <= found, found
    if expected == "compatible":
        assert all(c["verdict"] == "compatible" for c in report["changes"])
    for c in report["changes"]:
        assert c["line"] >= 1 and c["file"] in (str(SPEC.relative_to(ROOT)), str(new))


@pytest.mark.parametrize(
    ("swap", "expected", "words"),
    [
        # RESOLVE_CACHED with O_CREAT, O_TRUNC or O_TMPFILE is EAGAIN; the mask before it EINVAL
        ((10, 11), "breaking", "an input that fails both gets EAGAIN instead of EINVAL"),
        ((2, 3), "compatible", "every check that moved fails with EINVAL: no errno changes"),
    ],
)
def test_check_order_matters_only_where_the_errnos_differ(
    swap: tuple[int, int], expected: str, words: str, tmp_path: Path
) -> None:
    spec = ROOT / "spec" / "open_how.yaml"
    data = yaml.safe_load(spec.read_text())
    i, j = swap
    data["checks"][i], data["checks"][j] = data["checks"][j], data["checks"][i]
    new = write(tmp_path / "open_how.yaml", data)
    code, out, err = cli("diff", "--format", "json", str(spec.relative_to(ROOT)), str(new))
    assert err == "" and code == (1 if expected == "breaking" else 0), out + err
    report = json.loads(out)
    assert report["verdict"] == expected
    (order,) = [c for c in report["changes"] if c["kind"] == "check order"]
    assert order["verdict"] == expected and words in order["message"], order


def test_diff_bad_input_exits_2(tmp_path: Path) -> None:
    assert cli("diff", "spec/clone_args.yaml", "tests/bad_specs/flag_overlap.yaml")[0] == 2
    assert cli("diff", "spec/clone_args.yaml", "no-such-rev:spec/clone_args.yaml")[0] == 2


def test_diff_text_and_markdown(tmp_path: Path) -> None:
    data = copy.deepcopy(BASE)
    add_ver3(data)
    swap(data, 5, 6)
    new = write(tmp_path / "clone_args.yaml", data)
    code, out, _ = cli("diff", "spec/clone_args.yaml", str(new))
    assert code == 1 and out.splitlines()[-1].endswith("BREAKING")
    assert re.search(
        rf"^{re.escape(str(new))}:\d+:\d+: breaking: field moved: field 'stack' moved", out, re.M
    )
    code, md, _ = cli("diff", "--format", "markdown", "spec/clone_args.yaml", str(new))
    assert code == 1 and "**Verdict: breaking.**" in md and "| **breaking** | field moved |" in md
    doc = (ROOT / "generated/clone_args/docs/clone_args.md").read_text()
    for header in (
        "| offset | size | version | field | role | uapi type | kernel type | checks |",
        "| name | macro | size | since | last field |",
        "| flag | field | value | since |",
    ):
        assert header in md and header in doc
    assert "| 88 | 8 | VER3 | `shadow_stack_token` |" in md


def test_diff_reads_git_revisions(tmp_path: Path) -> None:
    code, out, _ = cli("diff", "HEAD:spec/clone_args.yaml", "spec/clone_args.yaml")
    assert code in (0, 1) and "clonegen diff HEAD:spec/clone_args.yaml" in out


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_check_abi_against_a_baseline(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "spec").mkdir(parents=True)
    git(repo, "init", "-q")
    (repo / "spec" / "clone_args.yaml").write_text(SPEC.read_text())
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "spec")
    os.chdir(repo)
    assert cli("check-abi")[0] == 0
    data = copy.deepcopy(BASE)
    add_ver3(data)
    write(repo / "spec" / "clone_args.yaml", data)
    code, out, _ = cli("check-abi", "--baseline", "HEAD")
    assert code == 0 and "COMPATIBLE" in out
    swap(data, 5, 6)
    write(repo / "spec" / "clone_args.yaml", data)
    code, out, _ = cli("check-abi")
    assert code == 1 and "BREAKING" in out
    (repo / "spec" / "fresh.yaml").write_text((ROOT / "spec/open_how.yaml").read_text())
    assert "a new spec has no ABI to break" in cli("check-abi", "spec/fresh.yaml")[1]


def test_check_abi_refuses_a_baseline_it_cannot_read(tmp_path: Path) -> None:
    """A typo, an unknown revision, no repository or a shallow clone without the baseline
    fail the gate instead of passing it as 'a new spec'."""
    repo = tmp_path / "repo"
    (repo / "spec").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    (repo / "spec" / "clone_args.yaml").write_text(SPEC.read_text())
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "spec")
    git(repo, "commit", "-q", "--allow-empty", "-m", "second")
    os.chdir(repo)
    assert cli("check-abi", "--baseline", "main")[0] == 0
    code, out, err = cli("check-abi", "--baseline", "mian")
    assert (code, out) == (2, "")
    assert err == (
        "clonegen: check-abi: baseline 'mian' is not a revision of this repository; "
        "did you mean 'main'?\n"
    )
    code, _, err = cli("check-abi", "--baseline", "v9.9")
    assert code == 2 and err.endswith(
        "name a branch, tag or commit (git branch -a lists them), or fetch it first\n"
    )
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(shallow))
    os.chdir(shallow)
    code, _, err = cli("check-abi", "--baseline", "HEAD~1")
    assert code == 2 and "this clone is shallow (--depth): fetch the baseline first" in err
    outside = tmp_path / "outside"
    (outside / "spec").mkdir(parents=True)
    (outside / "spec" / "clone_args.yaml").write_text(SPEC.read_text())
    os.chdir(outside)
    code, _, err = cli("check-abi", "--baseline", "HEAD")
    assert code == 2 and "not inside a git repository" in err
    assert err.endswith("run it in the work tree of the repository that holds the specs\n")


# -- the add-a-field workflow ---------------------------------------------------

LATEST = [("VER2", "VER3"), ("88", "96")]


def only_adds(old: str, new: str) -> list[str]:
    """Removed lines that are neither the banner's digest nor the latest-version pointer moving on."""
    removed: list[str] = []
    added: set[str] = set()
    for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0):
        if line.startswith(("---", "+++", "@@")):
            continue
        if line.startswith("-"):
            removed.append(line[1:])
        else:
            added.add(line[1:])
    problems = []
    for line in removed:
        if "Spec digest" in line or "SPEC_DIGEST" in line or line.startswith('version = "'):
            continue  # the digest, or the package version made from it, moving on
        if any(line + tail in added for tail in (" |", ",")):
            continue  # a list's last item gains the operator that continues it (Go's |)
        moved = line
        for a, b in LATEST:
            moved = re.sub(rf"(?<![0-9]){a}(?![0-9])", b, moved)
        if moved == line or moved not in added:
            problems.append(line)
    return problems


def _without_kernel_layout(text: str) -> str:
    """A review document without its kernel struct layout section."""
    return re.sub(r"^## Kernel struct layout\n.*?(?=^## )", "", text, flags=re.M | re.S)


@pytest.fixture(scope="module")
def evolved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    base = tmp_path_factory.mktemp("evolve")
    data = copy.deepcopy(BASE)
    add_ver3(data)
    spec_dir = base / "spec"
    spec_dir.mkdir()
    new_spec = write(spec_dir / "clone_args.yaml", data)
    old_out, new_out = base / "old", base / "new"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert cli("generate", "--out", str(old_out), "spec/clone_args.yaml")[0] == 0
        assert cli("generate", "--out", str(new_out), str(new_spec))[0] == 0
    finally:
        os.chdir(cwd)
    return new_spec, old_out / "clone_args", new_out / "clone_args"


def test_workflow_diff_is_compatible(evolved: tuple[Path, Path, Path]) -> None:
    new_spec, _, _ = evolved
    code, out, _ = cli("diff", "spec/clone_args.yaml", str(new_spec))
    assert code == 0 and "0 breaking: COMPATIBLE" in out


def test_workflow_diff_markdown_fits_one_screen(evolved: tuple[Path, Path, Path]) -> None:
    """The pull-request comment: verdict, changes and the marked new rows first, tables folded."""
    new_spec, _, _ = evolved
    code, md, _ = cli("diff", "--format", "markdown", "spec/clone_args.yaml", str(new_spec))
    assert code == 0
    md = md.replace(str(new_spec), "evolved/clone_args.yaml")
    assert_golden(ROOT / "tests" / "golden" / "diff_add_field.md", md)
    head, _, folded = md.partition("<details>")
    assert folded and len(head.splitlines()) < 25
    assert head.startswith("**Verdict: compatible.**")
    for row in (
        "| **new** | 88 | 8 | VER3 | `shadow_stack_token` |",
        "| **new** | VER3 | `CLONE_ARGS_SIZE_VER3` | 96 |",
        "| **new** | `CLONE_SHADOW_STACK` | flags |",
    ):
        assert row in head
    assert head.count("**new**") == 3 and "**changed**" not in head
    # every full table is folded, with a blank line after <summary> so GitHub renders it
    assert md.count("<details>") == md.count("</details>") == 3
    assert all(part.startswith("\n\n") for part in md.split("</summary>")[1:])


# The Python package's files that name no field: a new field changes only their digest.
PACKAGE_METADATA = {
    "python/__init__.py",
    "python/py.typed",
    "python/_build/clonegen_backend.py",
    "python/pyproject.toml",
    "python/_csrc/_fastpath.c",
    "rust/Cargo.toml",
    "rust/src/lib.rs",
    "go/go.mod",
}
# The kselftest's source: its cases past the latest version follow the latest size.
KSELFTEST_SOURCE = re.compile(r"tools/testing/selftests/[a-z0-9_]+/[a-z0-9_]+_size\.c")
# The kselftest's build files name its program, not a field.
KSELFTEST_BUILD = re.compile(r"tools/testing/selftests/[a-z0-9_]+/(Makefile|\.gitignore)")
# Go's per-architecture values (go/<name>_<goarch>.go): a field adds no constant there.
PER_ARCH_GO = re.compile(
    r"go/[a-z0-9_]+_(386|amd64|arm|arm64|loong64|mips|mipsle|mips64|mips64le|ppc64|ppc64le|riscv64|s390x)\.go"
)


def test_workflow_every_artifact_only_gains_lines(evolved: tuple[Path, Path, Path]) -> None:
    _, old, new = evolved
    old_files = sorted(p.relative_to(old) for p in old.rglob("*") if p.is_file())
    assert old_files == sorted(p.relative_to(new) for p in new.rglob("*") if p.is_file())
    for rel in old_files:
        a, b = (old / rel).read_text(), (new / rel).read_text()
        if rel.suffix == ".svg":
            old_fields = {
                t.text
                for t in ET.fromstring(a.split("\n", 2)[2]).iter("{http://www.w3.org/2000/svg}text")
            }
            new_fields = {
                t.text
                for t in ET.fromstring(b.split("\n", 2)[2]).iter("{http://www.w3.org/2000/svg}text")
            }
            assert (
                "shadow_stack_token" in new_fields
                and old_fields - {"struct clone_args (88 bytes)"} <= new_fields
            )
            continue
        if rel.suffix == ".md":
            # the kernel struct grows with the new member: its layout summary is rewritten
            a, b = _without_kernel_layout(a), _without_kernel_layout(b)
        if KSELFTEST_SOURCE.fullmatch(str(rel)):
            # the cases past the latest version move with it: the new size is a case of its own
            assert len(b.splitlines()) > len(a.splitlines()), rel
            continue
        assert only_adds(a, b) == [], rel
        if (
            str(rel) in PACKAGE_METADATA
            or PER_ARCH_GO.fullmatch(str(rel))
            or KSELFTEST_BUILD.fullmatch(str(rel))
        ):
            continue
        assert len(b.splitlines()) > len(a.splitlines()), rel
    uapi = (new / "include/uapi/linux/clone_args.h").read_text()
    assert "\t__aligned_u64 shadow_stack_token;\n" in uapi and re.search(
        r"CLONE_ARGS_SIZE_VER3\s+96", uapi
    )
    kernel = (new / "kernel/clone_args.c").read_text()
    assert ".shadow_stack_token = u64_to_user_ptr(args.shadow_stack_token)," in kernel
    assert "usize < CLONE_ARGS_SIZE_VER3" in kernel
    assert "shadow_stack_token: int = 0" in (new / "python/clone_args.py").read_text()


def build_so(out: Path, gen: Path, spec: Path) -> ctypes.CDLL:
    from clonegen.pipeline import model_of

    so = out / "copyin.so"
    cc(
        [
            *WARN,
            "-O1",
            "-fPIC",
            "-shared",
            *KERNEL_WANTS,
            f"-I{SHIM}",
            f"-I{gen / 'include'}",
            *common_checks(model_of(spec), out / "common"),
            f"-I{HARNESS}",
            str(gen / "kernel/clone_args.c"),
            str(HARNESS / "clone_model.c"),
            str(HARNESS / "runtime.c"),
            "-o",
            str(so),
        ]
    )
    lib = ctypes.CDLL(str(so))
    lib.sys_clone3.restype = ctypes.c_long
    lib.sys_clone3.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
    return lib


@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_workflow_extended_kernel_side_compiles(
    arch: str, evolved: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _, _, new = evolved
    for cfg in ([], ["-DCONFIG_CLONE_BACKWARDS"]):
        cc(
            [
                *WARN,
                *KERNEL_WANTS,
                *cfg,
                f"-I{SHIM}",
                f"-I{new / 'include'}",
                "-c",
                str(new / "kernel/clone_args.c"),
                "-o",
                str(tmp_path / "k.o"),
            ],
            arch=arch,
        )
    cc([*WARN, "-c", str(new / "libc/clone_args.c"), "-o", str(tmp_path / "l.o")], arch=arch)
    if arch == "x86_64":
        sparse = require("sparse")
        proc = run(
            [
                sparse,
                "-Wsparse-all",
                "-Wsparse-error",
                *KERNEL_WANTS,
                f"-I{SHIM}",
                f"-I{new / 'include'}",
                str(new / "kernel/clone_args.c"),
            ]
        )
        assert proc.returncode == 0 and proc.stderr == "", proc.stderr


def test_workflow_old_sizes_behave_exactly_as_before(
    evolved: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """A differential run of the old sizes: old artifacts against new ones, same bytes."""
    require("gcc")
    new_spec, old, new = evolved
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    before = build_so(tmp_path / "old", old, ROOT / "spec/clone_args.yaml")
    after = build_so(tmp_path / "new", new, new_spec)
    rng = random.Random(4)
    tids = (ctypes.c_int * 40)(*range(1, 41))
    edges = [0, 1, 17, 64, 65, 255, 1 << 32, 1 << 33, 1 << 38, (1 << 64) - 1]
    compared = 0
    for _ in range(4000):
        words = [
            rng.choice(edges) if rng.random() < 0.5 else rng.getrandbits(64) for _ in range(12)
        ]
        words[0] = rng.choice([0, 1 << 33, 1 << 38, 0x100, words[0]])
        words[4] = rng.choice([0, 17, 65, words[4]])
        if rng.random() < 0.5:
            words[5] = words[6] = 0
        words[8] = rng.choice([0, ctypes.addressof(tids)])
        words[9] = rng.choice([0, 1, 33, words[9]])
        raw = b"".join(w.to_bytes(8, "little") for w in words)
        for size in (64, 80, 88):
            buf = ctypes.create_string_buffer(raw[:size], size)
            assert before.sys_clone3(buf, size) == after.sys_clone3(buf, size), (size, words)
            compared += 1
    assert compared == 12000
    # What is new works: VER3 with the flag, and the flag refused for an older size.
    token = bytearray(96)
    token[0:8] = (1 << 38).to_bytes(8, "little")
    token[32:40] = (17).to_bytes(8, "little")
    token[88:96] = (0x1000).to_bytes(8, "little")  # the token: an old kernel sees a non-zero tail
    buf = ctypes.create_string_buffer(bytes(token), 96)
    assert (
        after.sys_clone3(buf, 96) == 0
        and after.sys_clone3(buf, 88) == -22
        and before.sys_clone3(buf, 96) == -7
    )


def test_inserted_or_retyped_field_is_breaking(tmp_path: Path) -> None:
    data = copy.deepcopy(BASE)
    insert_mid(data)
    assert cli("diff", "spec/clone_args.yaml", str(write(tmp_path / "a.yaml", data)))[0] == 1
    data = copy.deepcopy(BASE)
    data["fields"][1] = {
        "name": "pidfd",
        "version": "VER0",
        "role": "integer",
        "kernel_type": "u64",
        "doc": "x",
    }
    assert cli("diff", "spec/clone_args.yaml", str(write(tmp_path / "b.yaml", data)))[0] == 1


# -- the review document ---------------------------------------------------------


@pytest.mark.parametrize("spec", ["clone_args", "open_how"])
def test_layout_svg_renders(spec: str, tmp_path: Path) -> None:
    rsvg = require("rsvg-convert")
    svg = ROOT / "generated" / spec / "docs" / f"{spec}.svg"
    text = svg.read_text()
    root = ET.fromstring(text.split("\n", 1)[1])
    ns = "{http://www.w3.org/2000/svg}"
    labels = [t.text for t in root.iter(f"{ns}text")]
    from clonegen.pipeline import model_of

    model = model_of(ROOT / f"spec/{spec}.yaml")
    for f in model.fields:
        assert f.name in labels
    assert sum(1 for line in root.iter(f"{ns}line")) == len(model.versions)
    png = tmp_path / "layout.png"
    proc = run([rsvg, str(svg), "-o", str(png)])
    assert proc.returncode == 0, proc.stderr
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (int(root.get("width", "0")), int(root.get("height", "0")))
    assert len(data) > 5000  # text and boxes, not an empty canvas


def test_review_document_sections() -> None:
    doc = (ROOT / "generated/clone_args/docs/clone_args.md").read_text()
    for section in (
        "## Layout",
        "## Versions",
        "## Size policy",
        "## Checks, in the order the kernel applies them",
        "## Flags",
        "## Entry points",
        "![byte layout of struct clone_args](clone_args.svg)",
    ):
        assert section in doc
    assert "| `CLONE_INTO_CGROUP` | flags | `0x200000000ULL` | 5.7 | clone3 |" in doc
    checks = doc.split("## Checks")[1].split("## Flags")[0]
    order = [
        checks.index(x)
        for x in (
            "size <= PAGE_SIZE",
            "size >= CLONE_ARGS_SIZE_VER0",
            "bytes past",
            "set_tid_size <= MAX_PID_NS_LEVEL",
            "elements at `set_tid` are readable",
            "flags has only flags that clone3 knows",
        )
    ]
    assert order == sorted(order)
