"""The schema's check and the templates compiled ahead of time (clonegen/compiled/): current,
used only while current, and deciding and rendering exactly what their sources do."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from copy import deepcopy
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from clonegen import compiled, precompile, validate
from clonegen.diagnostics import SpecError
from clonegen.loader import load_text
from clonegen.pipeline import model_of
from clonegen.render import environment, render_spec, templates_dir


def test_the_compiled_forms_are_current() -> None:
    """Fails after a change of the schema, a template or the environment's syntax until
    ``python3 -m clonegen.precompile`` is run (and its files committed)."""
    want, have = precompile.expected(), precompile.on_disk()
    stale = sorted(name for name in want.keys() | have.keys() if want.get(name) != have.get(name))
    assert not stale, f"stale: {stale}; run python3 -m clonegen.precompile"
    assert len([n for n in want if n.startswith("templates/")]) == len(
        list(templates_dir().rglob("*.j2"))
    )


def test_a_run_uses_the_compiled_forms() -> None:
    import jinja2

    assert isinstance(environment.__wrapped__(None).loader, jinja2.ModuleLoader)
    assert validate._fast_check.__wrapped__().__module__ == "clonegen.compiled.fast_schema"


def test_a_stale_form_is_never_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jinja2

    # A template changed by one byte: the compiled templates are not current for it.
    root = tmp_path / "templates"
    shutil.copytree(templates_dir(), root)
    env = environment.__wrapped__(str(root))
    assert compiled.templates_loader(env, root) is not None
    (root / "uapi.h.j2").write_bytes((root / "uapi.h.j2").read_bytes() + b"\n")
    assert compiled.templates_loader(env, root) is None
    # Another syntax setting compiles to other code.
    assert compiled.templates_loader(env.overlay(trim_blocks=False), templates_dir()) is None
    # A changed schema: its check is compiled at run time, as without the compiled form.
    assert compiled.schema_check(validate.schema_bytes() + b" ") is None
    monkeypatch.setenv("CLONEGEN_CACHE_DIR", str(tmp_path / "cache"))
    assert environment.__wrapped__(None).bytecode_cache is None  # nothing for Jinja to compile
    monkeypatch.setattr(compiled, "recorded", lambda: {})
    stale = environment.__wrapped__(None)
    assert isinstance(stale.loader, jinja2.FileSystemLoader)
    assert isinstance(stale.bytecode_cache, jinja2.FileSystemBytecodeCache)
    assert validate._fast_check.__wrapped__().__module__ != "clonegen.compiled.fast_schema"


def test_compiled_templates_render_what_the_sources_render() -> None:
    for path in sorted((ROOT / "spec").glob("*.yaml")):
        spec = model_of(path)
        from_sources = render_spec(spec, root=str(templates_dir()))
        assert render_spec(spec) == from_sources
        assert len(from_sources) > 10


def _mutations(name: str, data: Any) -> list[tuple[str, object]]:
    """A spec's data with one thing wrong (or, for some, still right) at a few places."""
    out: list[tuple[str, object]] = []

    def change(label: str, edit: Callable[[Any], None]) -> None:
        copy = deepcopy(data)
        edit(copy)
        out.append((f"{name}: {label}", copy))

    change("name ends in a newline", lambda d: d.update(name=d["name"] + "\n"))
    change("field name ends in a newline", lambda d: d["fields"][0].update(name="a\n"))
    change("version ends in a newline", lambda d: d["versions"][0].update(name="VER0\n"))
    change("unknown key", lambda d: d.update(bogus=1))
    change("field of another role", lambda d: d["fields"][-1].update(role="string"))
    change("size as a string", lambda d: d["versions"][0].update(size="64"))
    change("spec 2", lambda d: d.update(spec=2))
    change("spec true", lambda d: d.update(spec=True))
    change("no fields", lambda d: d.update(fields=[]))
    change("entry points last", lambda d: d.update(entry_points=d.pop("entry_points", [])))
    return out


def _corpus() -> list[tuple[str, object]]:
    """The loaded data of every spec, bad spec and hostile spec that parses, and mutants."""
    out: list[tuple[str, object]] = []
    paths = [
        *(ROOT / "spec").glob("*.yaml"),
        *(ROOT / "tests" / "bad_specs").glob("*.yaml"),
        *(ROOT / "tests" / "hostile").glob("*.yaml"),
    ]
    for path in sorted(paths):
        try:
            loaded = load_text(path.read_bytes(), path.name)
        except SpecError:
            continue
        out.append((path.name, loaded.data))
        if path.parent.name == "spec":
            out += _mutations(path.name, loaded.data)
    return out


def test_compiled_check_decides_what_jsonschema_decides() -> None:
    """The short-message check says yes or no as jsonschema (the messages' source) does."""
    reference = jsonschema.Draft202012Validator(validate.schema())
    check = compiled.schema_check(validate.schema_bytes())
    assert check is not None
    import fastjsonschema

    verdicts = {}
    for name, data in _corpus():
        try:
            check(data)
            fits = True
        except fastjsonschema.JsonSchemaException:
            fits = False
        verdicts[name] = fits
        assert fits == reference.is_valid(data), name
    assert sum(verdicts.values()) >= 5 and len(verdicts) - sum(verdicts.values()) >= 50


def _digest_in(cwd: Path, seed: str) -> str:
    code = (
        "import hashlib, json; from clonegen.precompile import expected;"
        "print(hashlib.sha256(json.dumps(expected(), sort_keys=True).encode()).hexdigest())"
    )
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return proc.stdout.strip()


def test_precompiling_is_deterministic(tmp_path: Path) -> None:
    """Same sources, same compiled forms: from any directory, under any hash seed."""
    here = hashlib.sha256(json.dumps(precompile.expected(), sort_keys=True).encode()).hexdigest()
    assert _digest_in(tmp_path, "1") == here
    assert _digest_in(ROOT, "4242") == here


_SPEC_DATA = [
    load_text(p.read_bytes(), p.name).data for p in sorted((ROOT / "spec").glob("*.yaml"))
]
_KEYS = sorted({k for d in _SPEC_DATA for k in d} | {"name", "doc", "size", "role", "rule"})
_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**65), max_value=2**65)
    | st.sampled_from(["", "\n", "a\n", "VER0", "VER0\n", "EINVAL", "x" * 70, "__u32", "u64"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(_KEYS), inner),
    max_leaves=8,
)


def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside ``node``."""
    out = [path] if path else []
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node) if isinstance(node, list) else []
    )
    for key, child in items:
        out += _places(child, (*path, key))
    return out


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0), st.integers(min_value=0), _values)
def test_compiled_check_decides_what_jsonschema_decides_on_any_change(
    which: int, where: int, value: object
) -> None:
    """One value anywhere in a spec replaced by another: the check and jsonschema agree."""
    data = deepcopy(_SPEC_DATA[which % len(_SPEC_DATA)])
    places = _places(data)
    *parent, last = places[where % len(places)]
    node = data
    for key in parent:
        node = node[key]
    node[last] = value
    check = compiled.schema_check(validate.schema_bytes())
    assert check is not None
    import fastjsonschema

    try:
        check(data)
        fits = True
    except fastjsonschema.JsonSchemaException:
        fits = False
    assert fits == _reference().is_valid(data)


@cache
def _reference() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(validate.schema())
