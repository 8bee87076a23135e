"""The review document and its layout picture."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from clonegen import klayout
from clonegen.arch import WITH_ABI
from clonegen.plan import plan
from clonegen.views import SEMANTICS, Refusal, Reserved, unsupported
from clonegen.views.c import flag_literal

if TYPE_CHECKING:
    from clonegen.model import EntryPoint, Field, Spec

POLICY_WORDS = {
    "always": "always",
    "request": "only when asked for",
    "available": "whenever the kernel has it",
}
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
class KernelRow:
    """The kernel struct on a group of architectures that lay it out alike."""

    arches: str
    size: int
    holes: str  # each hole and the member it follows; "none"
    padding: str


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
    entry_intro: str
    call_line: str
    mask_bits: tuple[tuple[str, str, str], ...]  # (flag, fields, when it is returned)
    mask_field: str | None  # the field the mask bits are in; None: no mask bits
    kernel_rows: tuple[KernelRow, ...] = ()  # the kernel struct's layout, by architecture
    kernel_fits: tuple[str, ...] = ()  # each hole of it and what new member fits there

    # The size semantics beyond clone3's shape that this view renders (clonegen.views.SEMANTICS).
    SUPPORTED: ClassVar[frozenset[str]] = frozenset(SEMANTICS)

    @classmethod
    def problems(cls, spec: Spec) -> list[Refusal]:
        """The semantics of the spec this target cannot render yet, at their positions."""
        return unsupported(spec, "review document", cls.SUPPORTED)

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return ()

    @classmethod
    def of(cls, spec: Spec) -> DocsView:
        from clonegen.rules import Value

        main = plan(spec).main
        numbers = ", ".join(
            [str(main.numbers.default)] + [f"{a}: {n}" for a, n in main.numbers.arches]
        )
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
            requirements=requirements(spec),
            policy=(size_origin(spec),) + spec.size.sentences,
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
            entries=tuple(entry(spec, e) for e in spec.entry_points),
            call_line=(
                f"ioctl: `{main.ioctl.macro}`, through ioctl(2), number {numbers}"
                if main.ioctl
                else f"system call: `{spec.syscall}`, number {numbers}"
            ),
            mask_bits=tuple(
                (fl.name, ", ".join(fl.fills), POLICY_WORDS.get(fl.policy or "", "when filled"))
                for fl in spec.mask_flags
            ),
            mask_field=next((fl.field for fl in spec.mask_flags), None),
            kernel_rows=kernel_rows(spec),
            kernel_fits=klayout.sentences(klayout.fits(spec), WITH_ABI),
            entry_intro=entry_intro(spec),
            numbers=numbers,
            release=spec.kernel_release,
            constants=tuple(
                (c.name, Value(c.value, c.name, "constant", c.per_arch).text, c.doc)
                for c in spec.constants
            ),
        )


def kernel_rows(spec: Spec) -> tuple[KernelRow, ...]:
    """The kernel struct's size, holes and padding, one row per group of architectures."""
    groups: dict[tuple[int, str, str], list[str]] = {}
    for lay in klayout.layouts(spec):
        holes = "; ".join(
            f"{klayout.amount(s.hole, s.bit_hole)} after `{s.member.name}`"
            for s in lay.slots
            if s.hole or s.bit_hole
        )
        padding = klayout.amount(lay.padding, lay.bit_padding)
        groups.setdefault((lay.size, holes or "none", padding or "none"), []).append(lay.arch)
    return tuple(KernelRow(", ".join(a), *key) for key, a in groups.items())


def requirements(spec: Spec) -> tuple[Requirement, ...]:
    """Every size step and check, in the kernel's order, with what it answers."""
    size = spec.size
    reqs = [Requirement(s.requirement, s.errno) for s in size.steps]
    reqs += [Requirement(p.text, p.errno) for p in size.permission]
    if size.tail_errno:
        reqs.append(Requirement(size.tail_requirement, size.tail_errno))
    reqs.append(Requirement("the bytes to copy are readable", "EFAULT"))
    reqs += [Requirement(c.text, c.errno) for c in spec.copy_checks]
    reqs += [
        Requirement(f"the {f.count} elements at `{f.name}` are readable", "EFAULT")
        for f in spec.array_fields
    ]
    reqs += [Requirement(c.text, "none: clamped") for c in spec.clamps]
    reqs += [Requirement(a.text, "none: done by the copy-in") for a in spec.adjusts]
    reqs += [Requirement(c.text, c.errno) for c in spec.valid_checks]
    reqs += [
        Requirement(f"{c.text} (in {spec.kernel.checked_in}())", c.errno)
        for c in spec.common_checks
    ]
    return tuple(reqs)


def size_origin(spec: Spec) -> str:
    """Where the kernel takes the size from, in words."""
    p = plan(spec)
    if p.ioctl:
        return f"The size comes from the ioctl number of {p.ioctl.macro}."
    if p.size.field:
        return f"The size comes from the struct's own field {p.size.field.name}."
    return f"The size comes from the size argument of {spec.syscall}()."


def entry_intro(spec: Spec) -> str:
    """The sentence before the entry points table: one common function or one each."""
    k = spec.kernel
    if len({c.entry.common_function for c in plan(spec).calls}) <= 1:
        return f"All of them fill the one `struct {k.struct}` and call `{k.common_function}()`."
    return f"Each fills the one `struct {k.struct}` and calls its own function below the stubs."


def entry(spec: Spec, e: EntryPoint) -> DocEntry:
    """One row of the entry points table: what the entry checks first, how it fills the struct."""
    if not e.is_struct:
        return DocEntry(
            e.name, "register arguments", "; ".join(f"`{a.target} = {a.text}`" for a in e.sets)
        )
    common = e.common_function or spec.kernel.common_function
    if e.writes:
        text = (
            f"every field, by `{common}()`, then copied out with "
            f"`copy_{spec.uapi.struct}_to_user()` (copy_struct_to_user())"
        )
    else:
        text = f"every field, through `{spec.kernel.copy_function}()`"
    first = [f"uargs != NULL ({e.null_errno})"] if e.null_errno else []
    if e.null_errno and e.null_allowed_without_size:
        first = [f"uargs != NULL unless the size is 0 ({e.null_errno})"]
    first += [f"{b.text} ({b.errno})" for b in e.before_copy]
    if e.size is not None:
        first += [f"{s.requirement} ({s.errno})" for s in e.size.steps]
    if first:
        text += "; first, in order: " + ", ".join(first)
    if e.common_errors:
        text += f"; then `{common}()` may answer, whatever the struct holds: " + " ".join(
            f"{errno}: {doc}" for errno, doc in e.common_errors
        )
    if e.size is not None and e.size.report == "min":
        text += f"; `{e.size.field}` reports the smaller of the caller's size and the kernel's"
    kind = {"in": "copy-in of the struct", "out": "copy-out of the struct"}.get(
        e.direction, "copy-in and copy-out of the struct"
    )
    return DocEntry(e.name, kind, text)


NEW, CHANGED, REMOVED = "new", "changed", "removed"


@dataclass(frozen=True)
class Marked:
    """One row of a table in the diff, with what happened to it: new, changed or removed."""

    mark: str
    row: object


def _marked(
    old: dict[str, tuple[object, ...]], new: dict[str, tuple[object, ...]], rows: dict[str, object]
) -> tuple[Marked, ...]:
    """The rows whose shown cells are new or differ from ``old``, then the rows ``new`` lost.

    ``old`` and ``new`` map a row's name to the cells the table shows; ``rows``
    maps every name of either side to the row to render (the new one if both).
    """
    marked = [
        Marked(NEW if name not in old else CHANGED, rows[name])
        for name, cells in new.items()
        if old.get(name) != cells
    ]
    marked += [Marked(REMOVED, rows[name]) for name in old if name not in new]
    return tuple(marked)


def _field_cells(view: DocsView) -> dict[str, tuple[object, ...]]:
    return {
        d.field.name: (
            d.field.offset,
            d.field.size,
            d.field.version.name,
            d.field.role_text,
            d.field.uapi_type,
            d.field.kernel_type,
            d.checks,
        )
        for d in view.fields
    }


def _version_cells(spec: Spec) -> dict[str, tuple[object, ...]]:
    return {v.name: (v.macro, v.size, v.since, v.last_field) for v in spec.versions}


def _flag_cells(view: DocsView) -> dict[str, tuple[object, ...]]:
    return {f.name: (f.field, f.value, f.since, f.entry_points, f.doc) for f in view.flags}


@dataclass(frozen=True)
class DiffView:
    """``view`` of diff.md.j2: the new spec's full tables, and the rows the change touched."""

    spec: Spec
    docs: DocsView  # the full tables, after the change
    fields: tuple[Marked, ...]  # rows are DocField
    versions: tuple[Marked, ...]  # rows are Version
    flags: tuple[Marked, ...]  # rows are DocFlag

    @property
    def touched(self) -> bool:
        """Whether any row of the layout, versions or flags is new, changed or removed."""
        return bool(self.fields or self.versions or self.flags)

    @classmethod
    def of(cls, old: Spec, new: Spec) -> DiffView:
        before, after = DocsView.of(old), DocsView.of(new)
        return cls(
            spec=new,
            docs=after,
            fields=_marked(
                _field_cells(before),
                _field_cells(after),
                {d.field.name: d for d in (*before.fields, *after.fields)},
            ),
            versions=_marked(
                _version_cells(old),
                _version_cells(new),
                {v.name: v for v in (*old.versions, *new.versions)},
            ),
            flags=_marked(
                _flag_cells(before),
                _flag_cells(after),
                {f.name: f for f in (*before.flags, *after.flags)},
            ),
        )
