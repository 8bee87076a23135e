"""``clonegen kernel-patch`` on a tree that already carries the generated files.

The fake tree of test_intree_patch.py is converted with the spec as it is
(committed in a spec repository of its own), then the spec gets the README's
add-a-field edit: the change patch must touch the generated files only,
apply with ``git am`` and ``patch -p1``, and leave them equal to what
``generate`` makes from the edited spec. A tree with the spec's state gets no
patch; a generated file edited by hand, or made from a spec revision the
history does not hold, is refused with its name; a cut older than the tree's
release is refused unless ``--allow-older-cut`` says to leave out what it
lists.
"""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, cli
from readme_examples import example
from test_intree_patch import apply, fake_tree, openat2_tree

GIT = ["git", "-c", "user.name=t", "-c", "user.email=t@localhost", "-c", "init.defaultBranch=main"]
GENERATED = ("include/uapi/linux/clone_args.h", "include/linux/clone_args.h", "kernel/clone_args.c")
DROPPED_BY_618 = (
    "CLONE_AUTOREAP (7.1), CLONE_NNP (7.1), CLONE_PIDFD_AUTOKILL (7.1), CLONE_EMPTY_MNTNS (7.1), "
    "the max check of exit_signal (7.3)"
)


def files_of(tree: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in tree.rglob("*") if p.is_file() and ".git" not in p.parts}


def spec_repo(root: Path) -> Path:
    """A repository whose one commit holds the spec as it is: the spec file it returns."""
    repo = root / "specs"
    (repo / "spec").mkdir(parents=True)
    shutil.copyfile(ROOT / "spec/clone_args.yaml", repo / "spec/clone_args.yaml")
    subprocess.run([*GIT, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*GIT, "commit", "-qm", "spec"], cwd=repo, check=True)
    return repo / "spec/clone_args.yaml"


def head(spec: Path) -> str:
    """The spec repository's commit, as kernel-patch names it."""
    return subprocess.run(
        [*GIT, "log", "-1", "--format=%h", "--abbrev=12"],
        cwd=spec.parent,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def add_a_field(spec: Path) -> None:
    """The README's edit: its YAML block appended to the spec's lists."""
    data = yaml.safe_load(spec.read_text())
    for key, items in yaml.safe_load(textwrap.dedent(example("add-a-field-spec"))).items():
        data[key].extend(items)
    spec.write_text(yaml.safe_dump(data, sort_keys=False, width=200))


@pytest.fixture
def converted(tmp_path: Path) -> tuple[Path, Path]:
    """The fake tree with the conversion applied, and the spec file it was made from."""
    spec = spec_repo(tmp_path)
    tree = fake_tree(tmp_path)
    code, out, err = cli("kernel-patch", "--tree", str(tree), str(spec))
    assert code == 0, err
    apply(tree, out)
    return tree, spec


def git_tree(tree: Path) -> None:
    subprocess.run([*GIT, "init", "-q"], cwd=tree, check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=tree, check=True)
    subprocess.run([*GIT, "commit", "-qm", "converted"], cwd=tree, check=True)


def test_the_change_patch_brings_the_generated_files_to_the_spec(
    converted: tuple[Path, Path], tmp_path: Path
) -> None:
    tree, spec = converted
    add_a_field(spec)
    git_tree(tree)
    code, out, err = cli("kernel-patch", "--tree", str(tree), "--kernel", "7.4", str(spec))
    assert code == 0, err
    assert out.count("\nSubject: ") == 1
    assert (
        "Subject: [PATCH 1/1] clone3: add CLONE_SHADOW_STACK, shadow_stack_token and VER3\n" in out
    )
    message = " ".join(out.split("\n---\n", 1)[0].split())
    assert f"({head(spec)}:spec/clone_args.yaml) for Linux 7.3." in message, message
    assert "for Linux 7.4;" in message
    assert "The ABI changes, all compatible" in message
    for item in (
        "- compatible: new version VER3 of 96 bytes (Linux 7.4)",
        "- compatible: field 'shadow_stack_token' appended at offset 88 in new version VER3",
        "- compatible: new copy-phase check min_version on shadow_stack_token (EINVAL)",
        "- compatible: new flag CLONE_SHADOW_STACK = 0x4000000000 (Linux 7.4)",
        "struct clone_args is 96 bytes (was 88);",
        "CLONE_ARGS_SIZE_VER3 = 96.",
    ):
        assert item in message, item
    assert max(len(line) for line in out.split("\n---\n", 1)[0].splitlines()[3:]) <= 72
    touched = [line.split()[2][2:] for line in out.splitlines() if line.startswith("diff --git")]
    assert touched == list(GENERATED)
    # git am takes it; the tree's files are then generate's output for the edited spec.
    am = subprocess.run([*GIT, "am", "-q"], input=out, cwd=tree, text=True, capture_output=True)
    assert am.returncode == 0, am.stdout + am.stderr
    gen = tmp_path / "gen"
    assert cli("generate", "--kernel", "7.4", "--out", str(gen), str(spec))[0] == 0
    for path in GENERATED:
        assert (tree / path).read_bytes() == (gen / "clone_args" / path).read_bytes(), path
    assert "#define CLONE_SHADOW_STACK" not in (tree / "include/uapi/linux/sched.h").read_text()
    # Now the tree has the spec's state: no patch, exit 0, no --out file.
    mbox = tmp_path / "again.mbox"
    code, out, err = cli(
        "kernel-patch", "--tree", str(tree), "--kernel", "7.4", "--out", str(mbox), str(spec)
    )
    assert (code, err) == (0, ""), err
    assert (
        out
        == f"clonegen: {tree} is up to date with spec/clone_args.yaml for Linux 7.4: no patch written\n"
    )
    assert not mbox.exists()


def test_patch_p1_takes_the_change_too(converted: tuple[Path, Path]) -> None:
    tree, spec = converted
    add_a_field(spec)
    code, out, err = cli("kernel-patch", "--tree", str(tree), "--kernel", "7.4", str(spec))
    assert code == 0, err
    apply(tree, out)
    assert "\t__aligned_u64 shadow_stack_token;\n" in (tree / GENERATED[0]).read_text()


def test_an_up_to_date_tree_gets_no_patch(converted: tuple[Path, Path]) -> None:
    tree, spec = converted
    before = files_of(tree)
    code, out, err = cli("kernel-patch", "--tree", str(tree), str(spec))
    assert (code, out) == (0, ""), err
    assert (
        err
        == f"clonegen: {tree} is up to date with spec/clone_args.yaml for Linux 7.3: no patch written\n"
    )
    assert files_of(tree) == before


@pytest.mark.parametrize(
    ("edit", "path", "message"),
    [
        (
            "a check's errno",
            "kernel/clone_args.c",
            "is not what clonegen makes from {base}:spec/clone_args.yaml (digest "
            "c4dcfbe32d8d3ddb) for Linux 7.3: it was edited by hand",
        ),
        (
            "the banner",
            "include/linux/clone_args.h",
            "has no clonegen banner ('Generated from ... by clonegen' and 'Spec digest:'): it is "
            "not a generated file, or its banner was edited by hand",
        ),
        (
            "the digest",
            "include/uapi/linux/clone_args.h",
            "was generated from digest 0123456789abcdef for Linux 7.3, but "
            "include/uapi/linux/clone_args.h from c4dcfbe32d8d3ddb",
        ),
    ],
)
def test_a_generated_file_edited_by_hand_is_refused(
    edit: str, path: str, message: str, converted: tuple[Path, Path]
) -> None:
    tree, spec = converted
    add_a_field(spec)
    target = tree / path
    text = target.read_text()
    if edit == "a check's errno":
        assert text.count("return -E2BIG;") >= 1
        lines = text.split("\n")
        line = lines.index(next(x for x in lines if "return -E2BIG;" in x)) + 1
        target.write_text(text.replace("return -E2BIG;", "return -EINVAL;", 1))
        message = f"line {line} {message.format(base=head(spec))}"
    elif edit == "the banner":
        target.write_text(text.replace("by clonegen, for Linux 7.3", "by hand"))
    else:
        target = tree / "kernel/clone_args.c"
        target.write_text(target.read_text().replace("c4dcfbe32d8d3ddb", "0123456789abcdef"))
        path = "kernel/clone_args.c"
    before = files_of(tree)
    code, out, err = cli("kernel-patch", "--tree", str(tree), "--kernel", "7.4", str(spec))
    assert (code, out) == (1, ""), err
    assert err.startswith(f"clonegen: {tree / path}: {message}"), err
    assert "Traceback" not in err
    assert files_of(tree) == before


def test_a_tree_made_from_a_spec_outside_the_history_is_refused(
    converted: tuple[Path, Path], tmp_path: Path
) -> None:
    """The spec given is not in a repository that holds the tree's revision: refused, as the
    baseline of the ABI diff and of the hand-edit check is unknown."""
    tree, spec = converted
    elsewhere = tmp_path / "elsewhere" / "spec" / "clone_args.yaml"
    elsewhere.parent.mkdir(parents=True)
    shutil.copyfile(spec, elsewhere)
    add_a_field(elsewhere)
    code, out, err = cli("kernel-patch", "--tree", str(tree), "--kernel", "7.4", str(elsewhere))
    assert (code, out) == (1, ""), err
    assert err == (
        f"clonegen: {tree / GENERATED[0]}: was generated from spec/clone_args.yaml of digest "
        f"c4dcfbe32d8d3ddb, which is neither {elsewhere} nor any revision of it in its git "
        "history: run kernel-patch with the spec in the repository that holds that revision\n"
    )


@pytest.mark.parametrize("state", ["pristine", "converted"])
def test_a_cut_older_than_the_tree_is_refused_unless_allowed(
    state: str, converted: tuple[Path, Path], tmp_path: Path
) -> None:
    tree, spec = converted
    if state == "pristine":
        tree = fake_tree(tmp_path / "pristine")
    before = files_of(tree)
    code, out, err = cli("kernel-patch", "--tree", str(tree), "--kernel", "6.18", str(spec))
    assert (code, out) == (1, ""), err
    assert err == (
        f"clonegen: --kernel 6.18 is older than the tree's Linux 7.3 ({tree / 'Makefile'}): "
        f"the series would drop what Linux 7.3 has: {spec}: {DROPPED_BY_618}\n"
        "clonegen: cut the series for Linux 7.3 (leave out --kernel), or pass "
        "--allow-older-cut to leave them out\n"
    )
    code, out, err = cli(
        "kernel-patch", "--tree", str(tree), "--kernel", "6.18", "--allow-older-cut", str(spec)
    )
    assert code == 0, err
    assert "--allow-older-cut: --kernel 6.18 is older than the tree's Linux 7.3" in err
    assert f"it leaves out {spec}: {DROPPED_BY_618}\n" in err
    assert "for Linux 6.18" in " ".join(out.split("\n---\n", 1)[0].split())
    uapi = out.split("diff --git a/include/uapi/linux/clone_args.h", 1)[1].split("diff --git", 1)[0]
    assert "CLONE_AUTOREAP" not in "".join(
        line for line in uapi.splitlines() if line.startswith("+")
    )
    assert files_of(tree) == before


def test_a_newer_cut_converts_a_tree_without_the_new_names(tmp_path: Path) -> None:
    """The tree's release lacks the new flag and version: a series cut for 7.4 converts
    it all the same (the names are new to the tree); cut for the tree's release, the
    command says what it leaves out and which --kernel puts it in."""
    spec = spec_repo(tmp_path)
    add_a_field(spec)
    tree = fake_tree(tmp_path)
    code, out, err = cli("kernel-patch", "--tree", str(tree), str(spec))
    assert code == 0, err
    assert err == (
        f"{spec}: note: left out, newer than Linux 7.3: CLONE_SHADOW_STACK (7.4), "
        "CLONE_ARGS_SIZE_VER3 (7.4), shadow_stack_token (7.4); --kernel 7.4 puts them in\n"
    )
    assert "shadow_stack_token" not in out.split("\n---\n", 1)[1].split("\n-- \nclonegen")[0]
    code, out, err = cli("kernel-patch", "--tree", str(tree), "--kernel", "7.4", str(spec))
    assert (code, err) == (0, ""), err
    apply(tree, out)
    assert "#define CLONE_SHADOW_STACK\t(1ULL << 38)" in (tree / GENERATED[0]).read_text()
    assert "CLONE_SHADOW_STACK" not in (tree / "include/uapi/linux/sched.h").read_text()


def test_a_change_of_kernel_tree_is_refused(converted: tuple[Path, Path]) -> None:
    """The change patch touches the generated files only: a spec whose kernel.tree now names
    other hand-written code needs the tree converted again, and says so."""
    tree, spec = converted
    data = yaml.safe_load(spec.read_text())
    data["kernel"]["tree"]["macros"] = ["CLONE_LEGACY_FLAGS"]
    spec.write_text(yaml.safe_dump(data, sort_keys=False, width=200))
    before = files_of(tree)
    code, out, err = cli("kernel-patch", "--tree", str(tree), str(spec))
    assert (code, out) == (1, ""), err
    assert err.startswith(f"{spec}:1:1: error: kernel-patch cannot write this change: the ")
    assert f"kernel.tree changed since the tree's files were made ({head(spec)}:spec/" in err
    assert files_of(tree) == before


def test_a_series_mixes_changes_and_conversions_in_the_order_given(
    converted: tuple[Path, Path], tmp_path: Path
) -> None:
    """clone3 converted and then edited, openat2 still hand-written: the change of the one
    and the conversion of the other, numbered as one series; both apply."""
    tree, spec = converted
    other = openat2_tree(tmp_path / "openat2")
    for path in other.rglob("*"):
        if path.is_file() and path.relative_to(other) != Path("Makefile"):
            (tree / path.relative_to(other)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, tree / path.relative_to(other))
    add_a_field(spec)
    code, out, err = cli(
        "kernel-patch", "--tree", str(tree), "--kernel", "7.4", str(spec), "spec/open_how.yaml"
    )
    assert code == 0, err
    subjects = [line for line in out.splitlines() if line.startswith("Subject: ")]
    assert subjects == [
        "Subject: [PATCH 1/2] clone3: add CLONE_SHADOW_STACK, shadow_stack_token and VER3",
        "Subject: [PATCH 2/2] openat2: generate the open_how glue from spec/open_how.yaml",
    ]
    apply(tree, out)
    assert "shadow_stack_token" in (tree / GENERATED[0]).read_text()
    assert (tree / "fs/open_how.c").is_file()
