"""One reader: only the model builder reads the loaded data; the checks see the model.

The scan finds every read of ``LoadedSpec.data`` (an attribute ``.data``) in the generator and
the function it sits in. The builder reads it, the schema stage validates it as it is, and the
checks of ``validate._Semantic`` that are not yet moved onto the model (checks.py) still read it:
that last entry goes when they are all moved. A new reader anywhere else fails here.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

from conftest import ROOT

from clonegen.checks import CHECKS, model_errors, run_checks, versions_grow
from clonegen.loader import load
from clonegen.model import build
from clonegen.precompile import MARK

READERS = {
    ("clonegen/model.py", "_Builder.__init__"),  # the one reader
    ("clonegen/validate.py", "schema_errors"),  # the schema stage checks the data as written
    ("clonegen/validate.py", "_Semantic.__init__"),  # checks not yet moved onto the model
}


# Functions handed the loaded mapping itself (a parameter named ``data``): the schema stage,
# and the views' refusals (``problems``), which are still to take the model instead.
TAKERS = {
    ("clonegen/validate.py", "schema_fits"),
    ("clonegen/targets.py", "problems"),
    ("clonegen/views/__init__.py", "_semantics"),
    ("clonegen/views/__init__.py", "unsupported"),
    *(
        (f"clonegen/views/{view}.py", f"{cls}.problems")
        for view, cls in (
            ("docs", "DocsView"),
            ("go", "GoView"),
            ("kernel", "KernelView"),
            ("libc", "LibcView"),
            ("libc", "NativeLibcView"),
            ("python", "PythonView"),
            ("rust", "RustView"),
            ("uapi", "UapiView"),
        )
    ),
}


def _functions(path: Path) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    found = []

    def walk(node: ast.AST, scope: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{scope}.{child.name}" if scope else child.name
                if not isinstance(child, ast.ClassDef):
                    found.append((name, child))
                walk(child, name)
            else:
                walk(child, scope)

    walk(ast.parse(path.read_text()), "")
    return found


def _generator_files() -> list[tuple[Path, str]]:
    src = ROOT / "src"
    return [
        (path, path.relative_to(src).as_posix())
        for path in sorted((src / "clonegen").rglob("*.py"))
        if "runtime" not in path.parts and not path.read_text().startswith(MARK)  # compiled code
    ]


def test_the_loaded_mapping_is_handed_to_the_known_few() -> None:
    found = set()
    for path, rel in _generator_files():
        for name, fn in _functions(path):
            args = [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]
            # (the decoder's ``data: bytes`` is a struct's bytes, not the spec)
            if any(a.arg == "data" and ast.unparse(a.annotation or a) != "bytes" for a in args):
                found.add((rel, name))
    assert found == TAKERS


def _data_reads(path: Path, rel: str) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()

    def walk(node: ast.AST, scope: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                walk(child, f"{scope}.{child.name}" if scope else child.name)
                continue
            if isinstance(child, ast.Attribute) and child.attr == "data":
                found.add((rel, scope))
            walk(child, scope)

    walk(ast.parse(path.read_text()), "")
    return found


def test_only_the_builder_reads_the_loaded_data() -> None:
    src = ROOT / "src"
    found: set[tuple[str, str]] = set()
    for path in sorted((src / "clonegen").rglob("*.py")):
        rel = path.relative_to(src).as_posix()
        if "runtime" in path.parts or rel == "clonegen/loader.py":  # loader makes the data
            continue
        found |= _data_reads(path, rel)
    assert found == READERS


def test_the_scan_sees_a_read(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text("class A:\n    def f(self, loaded):\n        return loaded.data['x']\n")
    assert _data_reads(path, "m.py") == {("m.py", "A.f")}


def test_checks_run_on_the_model_alone() -> None:
    """A check reports from the model's nodes: a version renamed in the model (not in the data)
    is found at the version's name in the spec."""
    loaded = load(ROOT / "spec" / "open_how.yaml")
    spec = build(loaded)
    assert versions_grow in CHECKS
    assert model_errors(loaded) == []
    assert run_checks(loaded, spec) == []
    first = replace(spec.versions[0], name="VER7")
    errors = run_checks(loaded, replace(spec, versions=(first, *spec.versions[1:])))
    named = [e for e in errors if e.message == "version 0 must be named VER0, not VER7"]
    assert [e.path for e in named] == ["versions[0].name"]
    assert (named[0].line, named[0].col) == loaded.where(("versions", 0, "name"))
    # the layout check sees the renamed version too: its fields now belong to another
    assert "VER7 adds no field" in {e.message for e in errors}
