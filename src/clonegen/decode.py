"""The decoder's table of a spec, shared by the Python and libc views and ``clonegen decode``.

Each field becomes one row: how it prints and when strace shows it (from the
field's ``trace``), with fields named by their index. The views spell the
rows in their language; the fixed code that reads them is the runtime
(``runtime/py_decode.py``, ``runtime/libc_decode.c``). ``clonegen decode``
runs the Python runtime on the rows directly.
"""

from __future__ import annotations

import mmap
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clonegen.layout import KERNEL_TYPE_BITS

if TYPE_CHECKING:
    from clonegen.model import Field, Spec, TraceName


@dataclass(frozen=True)
class DecodeRow:
    """One field of the decoder's table."""

    field: Field
    show_field: int  # the index of the field whose bits show it, or -1
    show_nonzero: tuple[int, ...]  # the indices of the fields whose value shows it
    count: int  # an array: the index of its count field, else -1
    element: int  # an array: the size of an element in bytes, else 0
    max: int  # an array: the most elements strace prints, else 0
    reach: int  # the size that shows it: past its first byte, or its whole version's end
    hide_field: int  # the index of the field whose bits hide it on input, or -1


@dataclass(frozen=True)
class DecodeEntry:
    """How the decoder finds the end of the struct an entry point passes.

    With no size field the size is the call's argument (clone3, openat2,
    mount_setattr, sched_getattr's when not reported). A struct carrying its
    size prints only that field below VER0 and ``...`` past what the decoder
    knows (sched_setattr); one the kernel wrote reports its own size there
    and shows every field (sched_getattr).
    """

    name: str
    size_field: int  # the index of the field that holds the struct's size, or -1
    zero_size: int  # an input's size field of 0 stands for this size (sched_attr: VER0), or 0
    output: bool  # the struct as the kernel wrote it
    more: bool  # past what the decoder knows: ", ..." (else the bytes that are not zero)


def rows(spec: Spec) -> tuple[DecodeRow, ...]:
    index = {f.name: i for i, f in enumerate(spec.fields)}
    return tuple(
        DecodeRow(
            field=f,
            show_field=index[f.trace.show_field] if f.trace.show_field else -1,
            show_nonzero=tuple(index[n] for n in f.trace.show_nonzero),
            count=index[f.count] if f.count else -1,
            element=KERNEL_TYPE_BITS.get(f.element, 64) // 8 if f.element else 0,
            max=f.max.value if f.max else 0,
            reach=f.version.size if f.trace.whole_version else f.offset + 1,
            hide_field=index[f.trace.hide_field] if f.trace.hide_field else -1,
        )
        for f in spec.fields
    )


def entries(spec: Spec) -> tuple[DecodeEntry, ...]:
    """The struct entry points, the system call first, as the decoder tells them apart."""
    index = {f.name: i for i, f in enumerate(spec.fields)}
    out = []
    for e in sorted(spec.struct_entries, key=lambda e: e.name != spec.syscall):
        policy = spec.size_of(e)
        output = e.direction == "out"
        field = policy.field if policy.from_field else spec.size.field if policy.report else None
        zero = policy.zero_means.size if policy.zero_means and not output else 0
        more = e.trace_tail == "more" if e.trace_tail else policy.from_field
        out.append(DecodeEntry(e.name, index[field] if field else -1, zero, output, more))
    return tuple(out)


def decode(
    spec: Spec,
    data: bytes,
    size: int,
    addr: int,
    release: str | None,
    arch: str,
    entry: str | None = None,
) -> str:
    """``data`` as strace prints a struct of ``spec`` on ``arch`` (what ``clonegen decode`` prints).

    ``entry`` names the entry point that passed it (default the system call);
    a name the spec lacks raises ValueError.
    """
    from clonegen.runtime import py_decode

    def names(items: tuple[TraceName, ...]) -> tuple[tuple[str, int, str], ...]:
        return tuple((n.name, n.value.value_for(arch), n.since or "") for n in items)

    table = tuple(
        (
            r.field.name,
            r.field.offset,
            r.field.size,
            r.field.trace.kind,
            names(r.field.trace.names),
            names(r.field.trace.modes),
            r.field.trace.unknown,
            r.show_field,
            _or(n.value.value_for(arch) for n in r.field.trace.show_any),
            r.show_nonzero,
            r.field.trace.past_size,
            r.count,
            r.element,
            r.max,
            r.reach,
            r.hide_field,
            _or(n.value.value_for(arch) for n in r.field.trace.hide_any),
            r.field.trace.hide_unless_negative,
        )
        for r in rows(spec)
    )
    versions = tuple((v.size, v.since) for v in spec.versions)
    chosen = entry or spec.syscall
    table_entries = entries(spec)
    found = [
        (e.size_field, e.zero_size, e.output, e.more) for e in table_entries if e.name == chosen
    ]
    if not found:
        known = ", ".join(e.name for e in table_entries)
        raise ValueError(f"{spec.name} has no entry point {chosen!r}: one of {known}")
    return py_decode._decode(
        table, versions, found[0], data, size, addr, release, None, mmap.PAGESIZE, arch
    )


def _or(values: object) -> int:
    out = 0
    for v in values:  # type: ignore[attr-defined]
        out |= v
    return out
