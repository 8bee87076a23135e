"""One reader: only the model builder reads the loaded data; the checks see the model.

The scan finds every read of ``LoadedSpec.data`` (an attribute ``.data``) in the generator and
the function it sits in. The builder reads it and the schema stage validates it as it is; every
semantic check runs on the model (allchecks.py). A new reader anywhere else fails here.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

from conftest import ROOT

from clonegen.allchecks import model_errors, run_checks
from clonegen.checks import CHECKS, versions_grow
from clonegen.loader import load
from clonegen.model import build
from clonegen.precompile import MARK
from clonegen.rules import Value
from clonegen.sizechecks import size_limit
from clonegen.tracechecks import trace_bits

READERS = {
    ("clonegen/model.py", "_Builder.__init__"),  # the one reader
    ("clonegen/validate.py", "schema_errors"),  # the schema stage checks the data as written
}


# Functions handed the loaded mapping itself (a parameter named ``data``): the schema stage alone.
# The targets' refusals (each view's ``problems``) take the model.
TAKERS = {("clonegen/validate.py", "schema_fits")}


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


def test_check_and_entry_rules_run_on_the_model_alone() -> None:
    """The rules of checks, arrays and entry points report from the model: a field, an array
    bound and an entry point changed in the model (not in the data) are found where the spec
    writes them."""
    loaded = load(ROOT / "spec" / "clone_args.yaml")
    spec = build(loaded)
    assert run_checks(loaded, spec) == []
    known = next(c for c in spec.checks if c.rule_name == "known_flags")
    fields = tuple(
        replace(f, role="user_pointer") if f.name == known.field else f for f in spec.fields
    )
    errors = run_checks(loaded, replace(spec, fields=fields))
    found = [e for e in errors if e.message.startswith("known_flags needs a flags field")]
    assert [e.path for e in found] == [f"checks[{known.pos.path[1]}].field"]

    array = next(f for f in spec.fields if f.role == "array")
    assert array.max is not None
    big = replace(array, max=replace(array.max, value=4096))
    fields = tuple(big if f is array else f for f in spec.fields)
    errors = run_checks(loaded, replace(spec, fields=fields))
    assert [e.message for e in errors if "kernel stack" in e.message] == [
        f"array {array.name!r} of up to 4096 elements of {array.element} needs "
        f"{4096 * 4} bytes of kernel stack in the entry stub; at most 1024 bytes are allowed"
    ]
    # dropping the check that bounds the count before the copy is found at the array's max
    bounding = [c for c in spec.checks if c.rule.bounds(c, str(array.count), array.max)]
    assert len(bounding) == 1
    errors = run_checks(
        loaded, replace(spec, checks=tuple(c for c in spec.checks if c not in bounding))
    )
    assert [e.path for e in errors if "so the copy of the array is bounded" in e.message] == [
        f"fields[{array.pos.path[1]}].max"
    ]

    entry = spec.struct_entry
    renamed = replace(entry, size_name="kargs", written=(*entry.written, "size_name"))
    entries = tuple(renamed if e is entry else e for e in spec.entry_points)
    errors = run_checks(loaded, replace(spec, entry_points=entries))
    assert [e.message for e in errors] == [
        f"size_name 'kargs' is a local of the generated stub of {entry.name}() too; "
        "give it another name"
    ]


def test_size_and_trace_checks_run_on_the_model_alone() -> None:
    """The size-policy and trace checks report from the model's nodes: a size limit lowered in
    the model is found at the policy's max, a flag moved to another field in the model at the
    trace that tests it."""
    assert size_limit in CHECKS and trace_bits in CHECKS
    loaded = load(ROOT / "spec" / "open_how.yaml")
    spec = build(loaded)
    assert run_checks(loaded, spec) == []
    lowered = replace(spec.size, limit=Value(16))
    errors = run_checks(loaded, replace(spec, size=lowered))
    assert [(e.message, e.path) for e in errors] == [
        (
            f"the latest version ({spec.latest.size} bytes) is larger than the size limit 16",
            "syscall.size.max",
        )
    ]
    assert (errors[0].line, errors[0].col) == loaded.where(("syscall", "size", "max"))

    loaded = load(ROOT / "spec" / "clone_args.yaml")
    spec = build(loaded)
    assert run_checks(loaded, spec) == []
    i = next(i for i, f in enumerate(spec.fields) if f.name == "pidfd")
    assert spec.fields[i].trace.written_show_any == ("CLONE_PIDFD",)
    moved = tuple(
        replace(fl, field="exit_signal") if fl.name == "CLONE_PIDFD" else fl for fl in spec.flags
    )
    errors = run_checks(loaded, replace(spec, flags=moved))
    where = ("fields", i, "trace", "show", "any_set", 0)
    named = [e for e in errors if e.path == f"fields[{i}].trace.show.any_set[0]"]
    assert [e.message for e in named] == [
        "flag 'CLONE_PIDFD' belongs to field 'exit_signal', not 'flags'"
    ]
    assert (named[0].line, named[0].col) == loaded.where(where)
