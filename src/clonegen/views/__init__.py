"""Per-target views of the language-neutral model.

A view is computed from a :class:`clonegen.model.Spec` and adds what one
target language needs: its names, its spelling of each rule, its grouping.
Templates read ``spec`` (the model) and ``view``; they iterate and never
decide.  A view also declares the names its target reserves and, in
``problems(spec)``, what of a model it cannot render: the checks on the model
(:mod:`clonegen.namechecks`) refuse such a spec at the positions it gives.

View modules import the model for types only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clonegen.diagnostics import Pos
from clonegen.plan import plan

if TYPE_CHECKING:
    from collections.abc import Callable

    from clonegen.model import EntryPoint, Spec


@dataclass(frozen=True)
class Reserved:
    """Names a target cannot give to something of the spec.

    ``scope`` says which names of the spec are meant: ``identifier`` (every
    name), ``field``, ``array_field``, ``flag``, ``constant``,
    ``struct_argument`` (arguments of the struct entry point), ``function``
    (the kernel functions), ``syscall`` (the system call and every struct
    entry point: a function of each binding), ``struct`` (``uapi.struct``: a
    type of each binding) or ``spec`` (the spec's ``name``: the file, module
    and package names of every output).  ``{NAME}`` in ``pattern`` stands for
    the spec's name in capitals (a libc header's guard is ``<PREFIX><NAME>_H``).
    """

    target: str
    scope: str
    reason: str  # completes "<kind> 'x' ..."
    names: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    pattern: str | None = None  # a regular expression a whole name must not match
    system: bool = (
        False  # a name of the system's headers: a constant that comes from one may use it
    )

    def hits(self, name: str, spec_name: str) -> bool:
        if name in self.names or any(name.startswith(p) for p in self.prefixes):
            return True
        if self.pattern is None:
            return False
        pattern = self.pattern.replace("{NAME}", re.escape(spec_name.upper()))
        return re.fullmatch(pattern, name) is not None


@dataclass(frozen=True)
class FlagItem:
    """One flag as a typed target (Rust, Go) spells it: its name, value and comment."""

    name: str
    value: str
    doc: str


@dataclass(frozen=True)
class FlagType:
    """The flags of one flags field, as the typed target's flag type."""

    name: str
    field: str
    flags: tuple[FlagItem, ...]


@dataclass(frozen=True)
class CheckLine:
    """One check of a verdict in a target language: errno, its requirement, the failing test."""

    errno: str
    requirement: str
    test: str


@dataclass(frozen=True)
class Requirement:
    """A name a target needs the spec to have (when ``when`` holds)."""

    target: str
    kind: str  # flag or field
    name: str
    when: str  # a path of the model that must be set, such as libc.forklike
    reason: str


@dataclass(frozen=True)
class Refusal:
    """What a target cannot render: ``message`` at ``key`` below the node written at ``at``."""

    at: Pos
    key: tuple[str | int, ...]
    message: str


# The size semantics beyond clone3's shape, each with where a spec says it and in words.
# A view that cannot render one yet refuses it through ``problems()`` (see ``unsupported``).
SEMANTICS = (
    "size_field",
    "zero_means",
    "write_back",
    "size_ioctl",
    "output",
    "request_fields",
    "mask_bits",
    "clamps",
    "trailing_arguments",
    "before_copy",
    "null_struct",
    "struct_entries",
    "report",
    "min_end",
)


def _semantics(spec: Spec) -> list[tuple[str, Pos, tuple[str | int, ...], str]]:
    """Which of SEMANTICS a spec uses: (semantic, node, key below it, words)."""
    found: list[tuple[str, Pos, tuple[str | int, ...], str]] = []
    policies = [spec.size, *(e.size for e in spec.entry_points if e.size is not None)]
    for p in policies:
        if p.source == "field":
            found.append(("size_field", p.pos, ("source",), "a size read from a struct field"))
        if p.source == "ioctl":
            found.append(("size_ioctl", p.pos, ("source",), "a size encoded in an ioctl number"))
        used = {
            "zero_means": p.written_zero_means,
            "zero_means_ver0": p.written_zero_means_ver0,
            "write_back": p.write_back,
            "report": p.report,
            "min_end": "min_end" in p.written,
        }
        for key, semantic, words in (
            ("zero_means", "zero_means", "a size of zero standing for a version"),
            ("zero_means_ver0", "zero_means", "a size of zero standing for a version"),
            ("write_back", "write_back", "writing the kernel's size back on a size error"),
            ("report", "report", "reporting the size in the struct the kernel writes"),
            ("min_end", "min_end", "a smallest size at the end of a field inside VER0"),
        ):
            if used[key]:
                found.append((semantic, p.pos, (key,), words))
    if spec.direction != "in":
        found.append(("output", spec.syscall_pos, ("direction",), "a struct the kernel writes"))
    for f in spec.request_fields:
        found.append(("request_fields", f.pos, ("request",), "a request field"))
    for fl in spec.mask_flags:
        found.append(("mask_bits", fl.pos, ("fills",), "a mask bit naming the fields it covers"))
    for c in spec.clamps:
        found.append(("clamps", c.pos, (), "a clamped field"))
    structs = 0
    for e in spec.entry_points:
        structs += e.is_struct
        if e.is_struct and structs > 1:
            found.append(("struct_entries", e.pos, (), "a second struct entry point"))
        if own_direction(e) not in (None, "in"):  # the syscall's is found above
            found.append(("output", e.pos, ("direction",), "a struct the kernel writes"))
        for key, semantic, words in (
            ("trailing_arguments", "trailing_arguments", "arguments after the struct"),
            ("before_copy", "before_copy", "checks before the copy"),
            ("null_errno", "null_struct", "a rule for a NULL struct pointer"),
        ):
            if key in e.written:
                found.append((semantic, e.pos, (key,), words))
    return found


def own_direction(e: EntryPoint) -> str | None:
    """The direction an entry point states itself (None: it takes the syscall's)."""
    return e.direction if "direction" in e.written else None


def unsupported(spec: Spec, target: str, supported: frozenset[str]) -> list[Refusal]:
    """Refusals, at their positions, of every semantic the spec uses and ``target`` cannot
    render."""
    return [
        Refusal(at, key, f"the {target} cannot render {words} yet")
        for semantic, at, key, words in _semantics(spec)
        if semantic not in supported
    ]


def entry_checks(
    spec: Spec,
    lines: Callable[[Spec, str | None], tuple[tuple[CheckLine, ...], tuple[CheckLine, ...]]],
) -> tuple[tuple[str, tuple[CheckLine, ...]], ...]:
    """The struct entry points that make other checks than the system call, each with the
    check lines ``lines`` (a target's) gives for it."""
    main = lines(spec, None)[1]
    out = []
    for c in plan(spec).calls:
        if c.name != spec.syscall:
            own = lines(spec, c.name)[1]
            if own != main:
                out.append((c.name, own))
    return tuple(out)
