"""No input, however broken, makes clonegen raise anything but SpecError."""

from __future__ import annotations

import copy
import dataclasses

from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from clonegen.diagnostics import SpecError
from clonegen.loader import load_text
from clonegen.model import build
from clonegen.validate import validate

BASE = (ROOT / "spec" / "clone_args.yaml").read_bytes()


def pipeline(raw: bytes) -> None:
    try:
        loaded = load_text(raw, "fuzz.yaml")
        validate(loaded)
        build(loaded)
    except SpecError as exc:
        assert exc.diagnostics
        assert all(d.file == "fuzz.yaml" and d.line >= 1 and d.col >= 1 for d in exc.diagnostics)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes(raw: bytes) -> None:
    pipeline(raw)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(BASE) - 1), st.integers(1, 40), st.binary(max_size=12))
def test_spliced_spec(at: int, cut: int, insert: bytes) -> None:
    pipeline(BASE[:at] + insert + BASE[at + cut :])


json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.text(max_size=8))
json_value = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(
        ["fields", "checks", "flags", "versions", "entry_points", "syscall", "kernel", "uapi"]
    ),
    json_value,
)
def test_replaced_section(section: str, value: object) -> None:
    loaded = load_text(BASE, "fuzz.yaml")
    data = copy.deepcopy(loaded.data)
    data[section] = value
    changed = dataclasses.replace(loaded, data=data)
    try:
        validate(changed)
    except SpecError as exc:
        assert exc.diagnostics
