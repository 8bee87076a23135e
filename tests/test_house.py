"""Habits of the house: the generator's code, its tests and the generated
Python are formatted by the pinned black, clean under ruff, and the generator
passes mypy --strict."""

from __future__ import annotations

import ast
import subprocess
import sys

from conftest import ROOT

from clonegen.precompile import MARK


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=ROOT)


def test_black_leaves_every_python_file_unchanged() -> None:
    proc = run("black", "--check", ".")
    assert proc.returncode == 0, proc.stderr


def test_ruff_is_clean() -> None:
    proc = run("ruff", "check", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_strict_on_the_generator() -> None:
    proc = run("mypy", "--strict", "--no-incremental", "src/clonegen")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _imports() -> dict[str, set[str]]:
    """Each generator module and the generator modules it imports (any scope, type-only too)."""
    src = ROOT / "src"
    graph: dict[str, set[str]] = {}
    for path in sorted((src / "clonegen").rglob("*.py")):
        parts = path.relative_to(src).with_suffix("").parts
        if "runtime" in parts:
            continue
        name = ".".join(parts).removesuffix(".__init__")
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("clonegen")
            ):
                deps.add(node.module)
                deps.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                deps.update(a.name for a in node.names if a.name.startswith("clonegen"))
        graph[name] = deps
    return {name: {d for d in deps if d in graph and d != name} for name, deps in graph.items()}


def test_no_module_imports_back_up_the_pipeline() -> None:
    """The imports form no circle: every module can be placed below all its importers."""
    graph = _imports()
    assert "clonegen.model" in graph and "clonegen.rules" in graph
    placed: list[str] = []
    pending = dict(graph)
    while pending:
        ready = sorted(m for m, deps in pending.items() if deps <= set(placed))
        assert ready, f"import circle among {sorted(pending)}"
        placed.extend(ready)
        for m in ready:
            del pending[m]
    # The diagnostics (positions, did-you-mean) sit below everything that reports.
    assert not graph["clonegen.diagnostics"]
    assert "clonegen.model" not in graph["clonegen.rules"]


def _defaulted_reads(text: str) -> list[tuple[int, str, object]]:
    """``x.get("key", literal)`` where the table has ``key`` with that very default."""
    from clonegen.defaults import DEFAULTS

    table = {(key, repr(value)) for kind in DEFAULTS.values() for key, value in kind.items()}
    found = []
    for node in ast.walk(ast.parse(text)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and len(node.args) == 2
            and all(isinstance(a, ast.Constant) for a in node.args)
        ):
            key, value = (a.value for a in node.args)  # type: ignore[attr-defined]
            if (key, repr(value)) in table:
                found.append((node.lineno, key, value))
    return found


def test_every_default_of_the_spec_is_in_one_table() -> None:
    """No reader of the spec writes a default of the table again (``aligned_u64`` was written
    five times, an entry point's ``direction`` six)."""
    sources = sorted((ROOT / "src" / "clonegen").rglob("*.py"))
    found = {
        str(p.relative_to(ROOT)): hits
        for p in sources
        if p.name != "defaults.py" and (hits := _defaulted_reads(p.read_text()))
    }
    assert found == {}
    # The scan sees the shape it forbids.
    assert _defaulted_reads('style = d.get("layout", "aligned_u64")\n') == [
        (1, "layout", "aligned_u64")
    ]


# Functions over 60 lines where a table is clearer than pieces: the model's one record with a
# keyword a line, one branch per schema keyword, one Reserved row per kind of name. Exactly
# these: one that gets shorter leaves the list, so the list only shrinks.
LONG_TABLES = {
    "model.py:build",  # the Spec record, a keyword a line
    "validate.py:_describe",  # one branch per schema keyword of jsonschema's errors
    "views/python.py:reserved",  # one Reserved row per kind of name the Python target cannot carry
}


def test_functions_over_60_lines_are_tables() -> None:
    src = ROOT / "src" / "clonegen"
    long = set()
    for path in sorted(src.rglob("*.py")):
        text = path.read_text()
        if "runtime" in path.parts or text.startswith(MARK):  # MARK: Jinja's and fastjsonschema's
            continue
        for node in ast.walk(ast.parse(text)):
            if (
                isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                and (node.end_lineno or node.lineno) - node.lineno + 1 > 60
            ):
                long.add(f"{path.relative_to(src).as_posix()}:{node.name}")
    assert long == LONG_TABLES, (sorted(long - LONG_TABLES), sorted(LONG_TABLES - long))
