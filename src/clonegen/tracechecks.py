"""The checks on the model of what a field's ``trace`` says the decoder prints.

Each field has a trace, written or its role's default (a default never fails these checks).
The names a trace gives that do not resolve (flags, constants, modes, fields) are the
builder's to report; these checks see only what resolved, at the index it was written.
"""

from __future__ import annotations

from clonegen.checks import Report, check
from clonegen.diagnostics import Pos, either
from clonegen.loader import JsonPath
from clonegen.model import Flag, Spec

# The roles a field must have for the decoder to print it so, by print.
PRINTABLE = {
    "flags": ("flags", "integer"),
    "value": ("flags", "integer"),
    "signed": ("integer", "fd"),
    "array": ("array",),
    "signal": ("signal", "integer", "fd"),
}

# The prints that name values.
NAMED = ("flags", "value")


@check
def trace_prints(spec: Spec, report: Report) -> None:
    """A field prints as its role allows; names and modes go with a print that names."""
    for f in spec.fields:
        t = f.trace
        roles = PRINTABLE.get(t.kind)
        if roles is not None and f.role not in roles:
            report(
                t.pos,
                ("print",),
                f"field {f.name!r} has role {f.role}; the decoder prints {t.kind} only "
                f"for role {either(list(roles))}",
            )
        if f.role == "array" and t.kind not in ("array", "pointer"):
            report(
                t.pos,
                ("print",),
                f"array {f.name!r} prints as an array or a pointer, not {t.kind}",
            )
        for key, kinds, written in (
            ("names", NAMED, t.written_names),
            ("modes", ("flags",), t.written_modes),
        ):
            if written and t.kind not in kinds:
                report(
                    t.pos,
                    (key,),
                    f"{key} are for print: {' or '.join(kinds)}, not {t.kind}",
                    at_key=True,
                )
        if t.kind in NAMED and f.role == "integer" and not (t.written_names or t.values):
            report(
                t.pos,
                (),
                f"field {f.name!r} has no flags of its own; list the constants the "
                "decoder names in names",
            )


@check
def trace_values(spec: Spec, report: Report) -> None:
    """A trace's own names (strace's SCHED_OTHER): for a printed name, each once, new."""
    spec_names = {c.name for c in spec.constants} | {fl.name for fl in spec.flags}
    for f in spec.fields:
        t = f.trace
        if t.values and t.kind not in NAMED:
            report(t.pos, ("values",), f"values are for print: flags or value, not {t.kind}")
            continue
        seen = set(t.written_names)
        for j, v in enumerate(t.values):
            at: JsonPath = ("values", j, "name")
            if v.name in seen:
                report(t.pos, at, f"{v.name!r} is named twice in the decoder's names")
            elif v.name in spec_names:
                report(t.pos, at, f"{v.name!r} is a constant or flag of the spec: list it in names")
            seen.add(v.name)


@check
def trace_modes(spec: Spec, report: Report) -> None:
    """``modes`` name the values 0, 1, 2, ... of a field's low bits, each a constant."""
    constants = {c.name: c for c in spec.constants}
    for f in spec.fields:
        t = f.trace
        modes = t.written_modes
        for j, n in enumerate(modes):
            c = constants.get(n)
            if c is None:
                continue  # the builder reported the name
            value = c.value if c.written is None else c.written
            wrong = sorted(a for a, v in c.arch_values if v != j)
            if value != j or wrong:
                report(
                    t.pos,
                    ("modes", j),
                    f"modes name the values 0, 1, 2, ... in order: {n!r} must be {j}"
                    + (f" on every architecture (not on {', '.join(wrong)})" if wrong else ""),
                )
        if modes and len(modes) & (len(modes) - 1):
            report(
                t.pos,
                ("modes",),
                f"modes name every value of their low bits: {len(modes)} is not a power of two",
            )


def _own_bits(
    report: Report,
    at: Pos,
    key: JsonPath,
    names: tuple[str, ...],
    field: str,
    flags: dict[str, Flag],
) -> None:
    """Each flag of ``names`` is one of ``field``'s (a constant may be anything)."""
    for j, n in enumerate(names):
        fl = flags.get(n)
        if fl is not None and fl.field != field:
            report(at, (*key, j), f"flag {n!r} belongs to field {fl.field!r}, not {field!r}")


@check
def trace_bits(spec: Spec, report: Report) -> None:
    """The flags a trace names are its field's (a field without flags of its own may print
    another's: mount_attr's attr_clr); those that show or hide it are of the field they test."""
    fields = {f.name for f in spec.fields}
    flags = {fl.name: fl for fl in spec.flags}
    for f in spec.fields:
        t = f.trace
        if f.role == "flags":
            _own_bits(report, t.pos, ("names",), t.written_names, f.name, flags)
        if t.show_field is not None and t.show_field in fields:
            _own_bits(report, t.pos, ("show", "any_set"), t.written_show_any, t.show_field, flags)
        if t.hide_field is not None and t.hide_field in fields:
            _own_bits(report, t.pos, ("hide", "any_set"), t.written_hide_any, t.hide_field, flags)
        if t.hide_unless_negative and f.role not in ("integer", "fd"):
            report(
                t.pos,
                ("hide", "unless_negative"),
                f"field {f.name!r} has role {f.role}; only an integer prints as negative",
            )
