"""The checks on names and on what the targets can render, run on the model.

Every name the spec gives is checked once, here: an identifier every target can carry, none
that a target reserves in its scope, none that the generated code defines itself. Then each
target's refusals (``problems(spec)`` of its view) and the names a target needs the spec to
have. The targets are those the validator was given (``Report.targets``): they are handed in,
and this module never imports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clonegen.checks import Report, check
from clonegen.diagnostics import Pos
from clonegen.loader import JsonPath
from clonegen.names import name_problem
from clonegen.rules import KnownFlags

if TYPE_CHECKING:
    from clonegen.model import Constant, EntryPoint, Flag, Spec
    from clonegen.targets import Target
    from clonegen.views import Requirement, Reserved

# Where the spec gives a name: (the node, the key below it, the name, its scope as
# ``Reserved.scope``, or "name": a name only the identifier rules apply to).
Place = tuple[Pos, JsonPath, str, str]

# How a message calls a name of each scope.
KINDS = {
    "field": "field",
    "array_field": "array",
    "flag": "flag",
    "constant": "constant",
    "struct_argument": "argument",
    "register_argument": "argument",
    "function": "function",
    "syscall": "system call",
    "spec": "spec name",
    "struct": "struct",
}
# The scopes whose names must be identifiers (the others repeat a place under another scope).
NAMED = (
    "name",
    "field",
    "flag",
    "constant",
    "struct_argument",
    "register_argument",
    "function",
)


def name_places(spec: Spec) -> list[Place]:
    """Every place where the spec gives a name, with the scope a target may reserve it in."""
    k = spec.kernel
    places: list[Place] = [
        (spec.pos, ("name",), spec.name, "name"),
        (spec.uapi.pos, ("struct",), spec.uapi.struct, "name"),
        # The spec's name names files, modules and packages; the struct names types.
        (spec.pos, ("name",), spec.name, "spec"),
        (spec.uapi.pos, ("struct",), spec.uapi.struct, "struct"),
        (spec.syscall_pos, ("name",), spec.syscall, "name"),
        (spec.syscall_pos, ("name",), spec.syscall, "syscall"),
        (k.pos, ("struct",), k.struct, "name"),
        (k.pos, ("copy_function",), k.copy_function, "function"),
        (k.pos, ("valid_function",), k.valid_function, "function"),
        (k.pos, ("common_function",), k.common_function, "function"),
    ]
    places += [(f.pos, ("name",), f.name, "field") for f in spec.fields]
    places += [(f.pos, ("name",), f.name, "array_field") for f in spec.array_fields]
    places += [(fl.pos, ("name",), fl.name, "flag") for fl in spec.flags]
    places += [(c.pos, ("name",), c.name, "constant") for c in spec.constants]
    places += [(m.pos, ("name",), m.name, "name") for m in k.members]
    places += [(e.pos, ("name",), e.name, "name") for e in spec.entry_points]
    for e in spec.entry_points:
        places += entry_name_places(spec, e)
    policies = [spec.size, *(e.size for e in spec.entry_points if e.size is not None)]
    for size in policies:
        places += [
            (size.pos, ("permission", j, "function"), p.name, "function")
            for j, p in enumerate(size.permission)
        ]
    return places


def entry_name_places(spec: Spec, e: EntryPoint) -> list[Place]:
    """Where an entry point gives names: its arguments and the functions it calls."""
    scope = "struct_argument" if e.is_struct else "register_argument"
    places: list[Place] = [
        (e.pos, ("arguments", j, "name"), a.name, scope) for j, a in enumerate(e.arguments)
    ]
    places += [
        (e.pos, ("trailing_arguments", j, "name"), a.name, "struct_argument")
        for j, a in enumerate(e.trailing_arguments)
    ]
    if e.is_struct and e.name != spec.syscall:
        places.append((e.pos, ("name",), e.name, "syscall"))
    if e.common_function is not None:
        places.append((e.pos, ("common_function",), e.common_function, "function"))
    places += [
        (e.pos, ("before_copy", j, "function"), b.name, "function")
        for j, b in enumerate(e.before_copy)
        if b.rule == "function"
    ]
    return places


def reserved(targets: tuple[Target, ...]) -> tuple[Reserved, ...]:
    """Every name some of ``targets`` reserves, without duplicates."""
    seen: dict[Reserved, None] = {}
    for t in targets:
        for r in t.view.reserved():
            seen.setdefault(r, None)
    return tuple(seen)


def requirements(targets: tuple[Target, ...]) -> tuple[Requirement, ...]:
    """Every name some of ``targets`` needs the spec to have, without duplicates."""
    seen: dict[Requirement, None] = {}
    for t in targets:
        needs = getattr(t.view, "requirements", None)
        for r in needs() if needs else ():
            seen.setdefault(r, None)
    return tuple(seen)


@check
def target_names(spec: Spec, report: Report) -> None:
    """The one place where names meet the targets: each name is an identifier every target
    can carry and none that a target reserves in its scope."""
    taken = reserved(report.targets)
    # A constant that a kernel header defines names that header's symbol: a system name is
    # what it is meant to be.
    from_header = {c.name for c in spec.constants if c.header is not None}
    for at, key, name, scope in name_places(spec):
        problem = name_problem(name)
        if problem:
            if scope in NAMED:
                report(at, key, problem)
            continue
        for r in taken:
            if r.system and scope == "constant" and name in from_header:
                continue
            if r.scope == "identifier" and scope in NAMED and r.hits(name, spec.name):
                report(at, key, f"{name!r} {r.reason}; choose another name")
                break
            if r.scope == scope and r.hits(name, spec.name):
                report(at, key, f"{KINDS[scope]} {name!r} {r.reason}; choose another name")
                break


@check
def defined_names(spec: Spec, report: Report) -> None:
    """Constants and flags must not take a name the generated code defines itself."""
    own = {v.macro: f"the size macro of {v.name}" for v in spec.versions}
    for c in spec.stated_checks:  # the whole model keeps each, an ended one apart
        if isinstance(c.rule, KnownFlags):
            own[c.rule.macro] = f"the mask of the flags {c.rule.entry_point}() knows"
    items: list[Constant | Flag] = [*spec.constants, *spec.flags]
    for item in items:
        if item.name in own:
            report(
                item.pos,
                ("name",),
                f"{item.name!r} is {own[item.name]}, which the generated code defines; "
                "choose another name",
            )


@check
def target_refusals(spec: Spec, report: Report) -> None:
    """What a target cannot render (its view's ``problems``), unless the spec skips its
    output."""
    seen: set[object] = set()
    for t in report.targets:
        refusals = getattr(t.view, "problems", None)
        skipped = getattr(t.view, "OUTPUT", None) in spec.skip_outputs
        if refusals is not None and t.view not in seen and not skipped:
            seen.add(t.view)
            for r in refusals(spec):
                report(r.at, r.key, r.message)


@check
def target_requirements(spec: Spec, report: Report) -> None:
    """The flags and fields a target needs the spec to have, where the spec asks for what
    needs them (``Requirement.when``)."""
    flags = {fl.name for fl in spec.flags}
    fields = {f.name for f in spec.fields}
    for need in requirements(report.targets):
        if not _present(spec, need.when):
            continue
        if need.name not in (flags if need.kind == "flag" else fields):
            noun = "flag" if need.kind == "flag" else "field"
            report(
                spec.pos,
                tuple(need.when.split(".")),
                f"this spec needs the {noun} {need.name!r}: {need.reason}",
            )


def _present(spec: Spec, dotted: str) -> bool:
    """Whether the model sets the attribute at ``dotted`` (``libc.forklike``): neither None
    nor False on the way."""
    node: Any = spec
    for part in dotted.split("."):
        node = getattr(node, part, None)
        if node is None or node is False:
            return False
    return True
