"""The checks on names and the targets' refusals run on the model (namechecks.py).

Each test changes the model only, never the loaded data: what is found can only come from the
model, and it is reported at the position where the spec wrote the node the model keeps.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
from dataclasses import replace

import pytest
from conftest import ROOT

from clonegen.allchecks import run_checks
from clonegen.checks import CHECKS
from clonegen.loader import LoadedSpec, load, load_text
from clonegen.model import Spec, read
from clonegen.namechecks import defined_names, target_names, target_refusals
from clonegen.targets import TARGETS, Target
from clonegen.validate import semantic_errors
from clonegen.views.go import GoView
from clonegen.views.kernel import KernelView
from clonegen.views.uapi import UapiView


def _open_how() -> tuple[LoadedSpec, Spec]:
    loaded = load(ROOT / "spec" / "open_how.yaml")
    spec, problems = read(loaded)
    assert problems == []
    return loaded, spec


def test_the_name_checks_are_registered() -> None:
    """Importing the runner of the checks (allchecks.py) is enough: it imports namechecks.py."""
    assert {target_names, defined_names, target_refusals} <= set(CHECKS)
    code = (
        "import sys, clonegen.allchecks; "
        "names = {f.__name__ for f in clonegen.allchecks.CHECKS "
        "if f.__module__ == 'clonegen.namechecks'}; "
        "sys.exit(not {'target_names', 'defined_names', 'target_refusals'} <= names)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_a_name_check_runs_on_the_model_alone() -> None:
    """A field renamed in the model to a Python keyword is refused at the field's name."""
    loaded, spec = _open_how()
    assert run_checks(loaded, spec, TARGETS) == []
    renamed = replace(spec.fields[1], name="async")
    changed = replace(spec, fields=(spec.fields[0], renamed, *spec.fields[2:]))
    errors = run_checks(loaded, changed, TARGETS)
    assert [(e.message, e.path) for e in errors] == [
        ("'async' is a Python keyword; choose another name", "fields[1].name")
    ]
    assert (errors[0].line, errors[0].col) == loaded.where(("fields", 1, "name"))
    # The targets handed in decide which reserved names apply: C has no such keyword.
    kernel = tuple(t for t in TARGETS if t.view is KernelView)
    assert kernel and run_checks(loaded, changed, kernel) == []


def test_a_view_refusal_runs_on_the_model_alone() -> None:
    """A field renamed in the model so that its Go name is another field's is refused by the
    Go view, at the field's name; a spec that skips the Go output is not."""
    loaded, spec = _open_how()
    renamed = replace(spec.fields[1], name=f"{spec.fields[0].name}_")
    clash = replace(spec, fields=(spec.fields[0], renamed, *spec.fields[2:]))
    errors = run_checks(loaded, clash, TARGETS)
    assert [(e.message, e.path) for e in errors] == [
        (
            f"field {renamed.name!r} would be 'Flags' in Go, the name of field 'flags' too; "
            "choose another name",
            "fields[1].name",
        )
    ]
    assert (errors[0].line, errors[0].col) == loaded.where(("fields", 1, "name"))
    assert run_checks(loaded, replace(clash, skip_outputs=("go",)), TARGETS) == []
    without_go = tuple(t for t in TARGETS if t.view is not GoView)
    assert run_checks(loaded, clash, without_go) == []


def test_an_entry_refusal_is_at_the_argument_written() -> None:
    """An argument type no Go wrapper can pass, given in the model, is refused at the type of
    that argument as the spec wrote it."""
    _, spec = _open_how()
    e = spec.struct_entry
    args = tuple(replace(a, type="float") if j == 1 else a for j, a in enumerate(e.arguments))
    changed = replace(e, arguments=args)
    refusals = GoView.problems(replace(spec, entry_points=(changed, *spec.entry_points[1:])))
    assert [(r.at, r.key) for r in refusals] == [(e.pos, ("arguments", 1, "type"))]
    assert "float" in refusals[0].message
    assert e.pos.path == ("entry_points", 0)


def test_defined_names_need_no_target() -> None:
    """A constant renamed in the model to a version's size macro clashes with what the
    generated code defines, whichever targets apply."""
    loaded, spec = _open_how()
    c = replace(spec.constants[0], name=spec.versions[0].macro)
    errors = run_checks(loaded, replace(spec, constants=(c, *spec.constants[1:])))
    assert [(e.message, e.path) for e in errors] == [
        (
            f"{c.name!r} is the size macro of VER0, which the generated code defines; "
            "choose another name",
            "constants[0].name",
        )
    ]


def test_every_refusal_takes_the_model() -> None:
    """Each registered view's ``problems`` takes the model (``spec: Spec``), never the data."""
    views = {t.view for t in TARGETS if hasattr(t.view, "problems")}
    assert len(views) >= 8
    for view in views:
        params = list(inspect.signature(view.problems).parameters.values())
        assert [(p.name, p.annotation) for p in params] == [("spec", "Spec")], view


def _errors(text: str, targets: tuple[Target, ...] = TARGETS) -> list[str]:
    loaded = load_text(text.encode(), "spec.yaml")
    return [f"{e.path}: {e.message}" for e in sorted(set(semantic_errors(loaded, targets)))]


def test_an_argument_written_twice_is_refused_at_both_places() -> None:
    """The model keeps every argument as written: a reserved name given twice is reported
    twice, at each place (besides the name given twice)."""
    text = (ROOT / "spec" / "open_how.yaml").read_text()
    text = text.replace("{name: dfd, type: int}", "{name: while, type: int}")
    text = text.replace("{name: filename, type: const char __user *}", "{name: while, type: int}")
    assert [e for e in _errors(text) if "keyword" in e] == [
        f"entry_points[0].arguments[{j}].name: 'while' is a C keyword; choose another name"
        for j in (0, 1)
    ]


def test_a_semantic_refusal_is_at_the_key_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """A view that renders no semantic refuses each where the spec writes it: a size of zero
    standing for a version at zero_means, and no zero_means_ver0 written false."""
    monkeypatch.setattr(UapiView, "SUPPORTED", frozenset())
    uapi = tuple(t for t in TARGETS if t.view is UapiView)
    text = (ROOT / "spec" / "sched_attr.yaml").read_text()
    cannot = "the uapi header cannot render"
    found = [e for e in _errors(text, uapi) if cannot in e]
    assert (
        "syscall.size.zero_means: " + cannot + " a size of zero standing for a version yet" in found
    )
    assert not [e for e in found if "zero_means_ver0" in e]
    written = text.replace(
        "    zero_means: VER0\n", "    zero_means: VER0\n    zero_means_ver0: false\n"
    )
    assert written != text
    assert [e for e in _errors(written, uapi) if cannot in e] == found
    ver0 = text.replace("    zero_means: VER0\n", "    zero_means_ver0: true\n")
    assert (
        "syscall.size.zero_means_ver0: " + cannot + " a size of zero standing for a version yet"
        in _errors(ver0, uapi)
    )
    # The entry point that states its direction (out) is refused there; the other is not.
    assert [
        e.split(":")[0] for e in found if e.endswith("render a struct the kernel writes yet")
    ] == ["entry_points[1].direction"]
    # a key whose meaning the model keeps inside a size step: where it is written
    procmap = (ROOT / "tests" / "data" / "procmap_query.yaml").read_text()
    assert [e for e in _errors(procmap, uapi) if "smallest size" in e] == [
        f"syscall.size.min_end: {cannot} a smallest size at the end of a field inside VER0 yet"
    ]
