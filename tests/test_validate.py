from __future__ import annotations

import copy
import dataclasses

import pytest
from conftest import ROOT

from clonegen.diagnostics import SpecError
from clonegen.loader import load
from clonegen.validate import schema_errors, semantic_errors, validate


@pytest.mark.parametrize(
    "name", ["spec/clone_args.yaml", "spec/open_how.yaml", "tests/data/demo_args.yaml"]
)
def test_real_specs_are_valid(name: str) -> None:
    validate(load(ROOT / name))


def _with(data_change) -> list[str]:  # type: ignore[no-untyped-def]
    spec = load(ROOT / "spec/clone_args.yaml")
    data = copy.deepcopy(spec.data)
    data_change(data)
    changed = dataclasses.replace(spec, data=data)
    return [str(d) for d in schema_errors(changed) or semantic_errors(changed)]


def test_mid_struct_insertion_names_the_broken_version() -> None:
    def insert(d):  # type: ignore[no-untyped-def]
        d["fields"].insert(
            3,
            {
                "name": "shadow",
                "version": "VER0",
                "role": "integer",
                "kernel_type": "u64",
                "doc": "x",
            },
        )

    errs = _with(insert)
    assert len(errs) == 1, errs
    assert "VER0 declares size 64 but its fields end at offset 72: one of " in errs[0]
    assert "was inserted inside this published version; new fields go at the end" in errs[0]


def test_field_of_a_new_version_inserted_in_the_middle_is_named() -> None:
    def insert(d):  # type: ignore[no-untyped-def]
        d["versions"].append({"name": "VER3", "size": 96, "since": "7.4"})
        at = [f["name"] for f in d["fields"]].index("set_tid")
        d["fields"].insert(
            at,
            {
                "name": "shadow",
                "version": "VER3",
                "role": "integer",
                "kernel_type": "u64",
                "doc": "x",
            },
        )

    errs = _with(insert)
    assert len(errs) == 1, errs
    assert (
        "error: field 'shadow' (VER3) is inserted inside VER1 (which ends at offset 80): "
        "move it to the end of the fields [at fields[8].name]"
    ) in errs[0]


def test_new_version_with_wrong_size_says_the_size() -> None:
    def append(d):  # type: ignore[no-untyped-def]
        d["versions"].append({"name": "VER3", "size": 100, "since": "7.4"})
        d["fields"].append(
            {
                "name": "shadow",
                "version": "VER3",
                "role": "integer",
                "kernel_type": "u64",
                "doc": "x",
            }
        )

    errs = _with(append)
    assert len(errs) == 1, errs
    assert (
        "VER3 declares size 100 but its fields end at offset 96 (after 'shadow'): set size: 96"
        in errs[0]
    )


def test_append_in_new_version_is_accepted() -> None:
    def append(d):  # type: ignore[no-untyped-def]
        d["versions"].append({"name": "VER3", "size": 96, "since": "7.4"})
        d["fields"].append(
            {
                "name": "shadow_stack_token",
                "version": "VER3",
                "role": "integer",
                "kernel_type": "u64",
                "doc": "x",
            }
        )

    assert _with(append) == []


def test_hole_is_rejected() -> None:
    def hole(d):  # type: ignore[no-untyped-def]
        d["uapi"]["layout"] = "mixed"
        for f in d["fields"]:
            f["uapi_type"] = "__u64"
        d["fields"][0]["uapi_type"] = "__u32"

    errs = _with(hole)
    assert any("hole: field 'pidfd' (__u64) at offset 4" in e for e in errs)


def test_mixed_layout_without_holes_is_accepted() -> None:
    def mixed(d):  # type: ignore[no-untyped-def]
        d["uapi"]["layout"] = "mixed"
        for f in d["fields"]:
            f["uapi_type"] = "__u64"
        d["fields"][4]["uapi_type"] = "__u32"
        d["fields"].insert(
            5,
            {
                "name": "pad",
                "version": "VER0",
                "role": "integer",
                "uapi_type": "__u32",
                "kernel_type": "u32",
                "doc": "x",
            },
        )

    assert _with(mixed) == []


def test_keywords_rejected_in_every_language() -> None:
    def rename(d):  # type: ignore[no-untyped-def]
        d["fields"][7]["name"] = "while"
        d["kernel"]["members"][0]["name"] = "async"

    errs = _with(rename)
    assert any("'while' is a C keyword" in e for e in errs)
    assert any("'async' is a Python keyword" in e for e in errs)


def test_error_positions_point_into_the_file() -> None:
    with pytest.raises(SpecError) as exc:
        validate(load(ROOT / "tests/bad_specs/flag_overlap.yaml"))
    (diag,) = exc.value.diagnostics
    line = (ROOT / "tests/bad_specs/flag_overlap.yaml").read_text().splitlines()[diag.line - 1]
    assert line[diag.col - 1 :].startswith("0x1")
