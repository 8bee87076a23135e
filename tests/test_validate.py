from __future__ import annotations

import copy
import dataclasses
import re

import pytest
from conftest import ROOT

from clonegen.diagnostics import SpecError
from clonegen.loader import load, load_text
from clonegen.pipeline import model_of
from clonegen.targets import TARGETS, Target
from clonegen.validate import schema_errors, semantic_errors, validate
from clonegen.views.kernel import STUB_LOCALS, STUB_PARAMETERS, KernelView


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


def _kernel_only() -> tuple[Target, ...]:
    return tuple(t for t in TARGETS if t.view is KernelView)


def test_a_struct_argument_named_like_a_stub_local_is_refused_at_its_position() -> None:
    """sched_getattr's stub declares ``long ret``: an argument named ret would not compile."""
    path = ROOT / "spec/sched_attr.yaml"
    text = path.read_text()
    getattr_at = text.index("  - name: sched_getattr")
    flags_at = text.index("{name: flags, type: unsigned int}", getattr_at)
    line = text.count("\n", 0, flags_at) + 1
    col = flags_at - text.rindex("\n", 0, flags_at) + len("{name: ")
    changed = text[:flags_at] + text[flags_at:].replace("name: flags", "name: ret", 1)
    with pytest.raises(SpecError) as err:
        validate(load_text(changed.encode(), "sched_attr.yaml"), _kernel_only())
    assert [str(d) for d in err.value.diagnostics] == [
        f"sched_attr.yaml:{line}:{col}: error: argument 'ret' clashes with a local name of the "
        "generated stub; choose another name [at entry_points[1].trailing_arguments[0].name]"
    ]


_DECLARATION = re.compile(
    r"\t(?:const )?(?:struct )?\w+(?: \w+)*? \**(\w+)(?:\[[^]]*\])?(?: = .*|;)"
)


def test_the_stub_locals_list_is_what_the_generated_stubs_declare() -> None:
    """Every variable a generated entry stub or ioctl handler declares is in the one list the
    validator and the kernel view's reserved names read (or is an array field the spec names)."""
    declared: set[str] = set()
    stubs: set[tuple[str, int]] = set()
    arrays: set[str] = set()
    for path in sorted(ROOT.glob("spec/*.yaml")):
        spec = model_of(path)
        arrays |= {f.name for f in spec.array_fields}
        source = ROOT / "generated" / spec.name / spec.kernel.source
        lines = source.read_text().splitlines()
        for i, line in enumerate(lines):
            if not (line.startswith("SYSCALL_DEFINE") or re.match(r"long \w+\(", line)):
                continue
            start = lines.index("{", i)
            stubs.add((source.name, start))
            for body in lines[start + 1 :]:
                if not body or body == "}":
                    break
                match = _DECLARATION.fullmatch(body)
                if match:
                    declared.add(match.group(1))
    assert len(stubs) >= 10
    assert {"kargs", "ret", "err", "args"} <= declared
    assert declared - arrays <= STUB_LOCALS | set(STUB_PARAMETERS.values())
