"""The review document and its layout picture."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from clonegen.views import Reserved
from clonegen.views.c import flag_literal

if TYPE_CHECKING:
    from clonegen.model import Field, Spec

COLOURS = ("#dbeafe", "#dcfce7", "#fef3c7", "#fce7f3", "#ede9fe", "#e0f2fe")


@dataclass(frozen=True)
class DocField:
    field: Field
    checks: str  # every check on the field, in words
    colour: str
    row: int
    column: int


@dataclass(frozen=True)
class Requirement:
    text: str
    errno: str


@dataclass(frozen=True)
class DocFlag:
    name: str
    field: str
    value: str
    since: str
    entry_points: str
    doc: str


@dataclass(frozen=True)
class DocEntry:
    name: str
    kind: str
    sets: str


@dataclass(frozen=True)
class DocsView:
    """``view`` of docs.md.j2, layout.svg.j2 and diff.md.j2."""

    spec: Spec
    fields: tuple[DocField, ...]
    requirements: tuple[Requirement, ...]  # every size step and check, in kernel order
    policy: tuple[str, ...]
    flags: tuple[DocFlag, ...]
    entries: tuple[DocEntry, ...]
    numbers: str
    constants: tuple[tuple[str, str, str], ...]  # (name, value text, doc)
    release: str | None  # the release the model was cut to

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return ()

    @classmethod
    def of(cls, spec: Spec) -> DocsView:
        size = spec.size
        reqs = [Requirement(s.requirement, s.errno) for s in size.steps]
        reqs.append(Requirement(size.tail_requirement, size.tail_errno))
        reqs.append(Requirement("the bytes to copy are readable", "EFAULT"))
        reqs += [Requirement(c.text, c.errno) for c in spec.copy_checks]
        reqs += [
            Requirement(f"the {f.count} elements at `{f.name}` are readable", "EFAULT")
            for f in spec.array_fields
        ]
        reqs += [Requirement(c.text, c.errno) for c in spec.valid_checks]
        from clonegen.rules import Value

        texts: dict[str, list[str]] = {}
        for c in spec.checks:
            texts.setdefault(c.field, []).append(c.text)
        return cls(
            spec=spec,
            fields=tuple(
                DocField(
                    f,
                    "; ".join(texts.get(f.name, ())),
                    COLOURS[f.version.index % len(COLOURS)],
                    f.offset // 8,
                    f.offset % 8,
                )
                for f in spec.fields
            ),
            requirements=tuple(reqs),
            policy=(
                (
                    f"The size comes from the size argument of {spec.syscall}()."
                    if size.source == "argument"
                    else f"The size comes from the struct's own field {size.field}."
                ),
            )
            + size.sentences,
            flags=tuple(
                DocFlag(
                    fl.name,
                    fl.field,
                    flag_literal(fl.value),
                    fl.since,
                    ", ".join(fl.entry_points),
                    fl.doc,
                )
                for fl in spec.flags
            ),
            entries=tuple(
                DocEntry(
                    e.name,
                    "copy-in of the struct" if e.is_struct else "register arguments",
                    (
                        f"every field, through `{spec.kernel.copy_function}()`"
                        if e.is_struct
                        else "; ".join(f"`{a.target} = {a.text}`" for a in e.sets)
                    ),
                )
                for e in spec.entry_points
            ),
            numbers=", ".join([str(spec.default_number)] + [f"{a}: {n}" for a, n in spec.numbers]),
            release=spec.kernel_release,
            constants=tuple(
                (c.name, Value(c.value, c.name, "constant", c.per_arch).text, c.doc)
                for c in spec.constants
            ),
        )
