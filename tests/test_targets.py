"""The registry: a target is one view, one template and one registry row.

The "constants only" target below is complete in this file and one template
(tests/data/constants_target/constants.txt.j2): it renders from the same model,
its reserved names reach the validator, and nothing else in clonegen changes.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest
from conftest import ROOT

from clonegen import targets
from clonegen.diagnostics import SpecError
from clonegen.fmt import tidy
from clonegen.loader import load_text
from clonegen.model import Spec
from clonegen.pipeline import model_of
from clonegen.render import render_spec
from clonegen.validate import validate
from clonegen.views import Reserved


@dataclass(frozen=True)
class ConstantsView:
    """Every constant, version size and flag as NAME=VALUE, for a shell script."""

    spec: Spec
    lines: tuple[str, ...]

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return (
            Reserved(
                "shell",
                "constant",
                "is a variable the shell itself sets",
                frozenset({"PATH", "IFS"}),
            ),
        )

    @classmethod
    def of(cls, spec: Spec) -> ConstantsView:
        pairs = [(v.macro, v.size) for v in spec.versions]
        pairs += [(c.name, c.value) for c in spec.constants]
        pairs += [(f.name, f.value) for f in spec.flags]
        return cls(spec, tuple(f"{name}={value}" for name, value in pairs))


ROW = targets.Target(
    "constants", ConstantsView, "constants.txt.j2", lambda v: f"sh/{v.spec.name}.sh", tidy
)
TEMPLATES = str(ROOT / "tests" / "data" / "constants_target")


def test_a_new_target_renders_from_the_model() -> None:
    spec = model_of(ROOT / "spec/clone_args.yaml")
    files = render_spec(spec, (ROW,), root=TEMPLATES)
    assert list(files) == ["clone_args/sh/clone_args.sh"]
    text = files["clone_args/sh/clone_args.sh"]
    assert text.startswith("# Generated from spec/clone_args.yaml by clonegen")
    lines = text.splitlines()[1:]
    assert "CLONE_ARGS_SIZE_VER2=88" in lines and "CLONE_INTO_CGROUP=8589934592" in lines
    assert len(lines) == len(spec.versions) + len(spec.constants) + len(spec.flags)


def test_the_new_targets_reserved_names_reach_the_validator() -> None:
    text = (ROOT / "spec/clone_args.yaml").read_text().replace("name: INT_MAX", "name: IFS")
    text = text.replace("limit: INT_MAX", "limit: IFS")
    loaded = load_text(text.encode(), "spec/clone_args.yaml")
    validate(loaded)  # the registered targets have no objection
    with pytest.raises(SpecError) as err:
        validate(loaded, targets.TARGETS + (ROW,))
    (diag,) = err.value.diagnostics
    assert diag.message == "constant 'IFS' is a variable the shell itself sets; choose another name"
    assert diag.path == "constants[3].name"


def test_every_output_path_comes_from_the_registry() -> None:
    spec = model_of(ROOT / "spec/clone_args.yaml")
    rendered = set(render_spec(spec))
    expected = set()
    for row in targets.TARGETS:
        view = row.view.of(spec)
        if view is not None:
            expected.add(f"clone_args/{row.path(view)}")
    # No two rows share a path; the Go rows of GOARCH values clone_args has no port to are
    # the only rows without a view.
    rows = [row for row in targets.TARGETS if row.view.of(spec) is not None]
    assert rendered == expected and len(expected) == len(rows)
    assert {row.name for row in targets.TARGETS} - {row.name for row in rows} == {
        "go values for arm",
        "go values for ppc64",
        "go values for ppc64le",
        "go values for loong64",
    }


def test_the_model_does_not_load_the_validator() -> None:
    """The validator checks the model the one reader builds (checks.py), never the reverse:
    building a model loads neither the validator nor jsonschema."""
    import subprocess

    code = (
        "import sys, clonegen.model, clonegen.checks; "
        "sys.exit(bool({'clonegen.validate', 'jsonschema'} & set(sys.modules)))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_views_never_are_imported_by_the_model() -> None:
    import ast

    tree = ast.parse((ROOT / "src/clonegen/model.py").read_text())
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported.update(a.name for a in node.names)
    assert not {
        m
        for m in imported
        if m.startswith(("clonegen.views", "clonegen.targets", "clonegen.render"))
    }
