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
        )
        for f in spec.fields
    )


def decode(spec: Spec, data: bytes, size: int, addr: int, release: str | None, arch: str) -> str:
    """``data`` as strace prints a struct of ``spec`` on ``arch`` (what ``clonegen decode`` prints)."""
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
        )
        for r in rows(spec)
    )
    versions = tuple((v.size, v.since) for v in spec.versions)
    return py_decode._decode(table, versions, data, size, addr, release, None, mmap.PAGESIZE, arch)


def _or(values: object) -> int:
    out = 0
    for v in values:  # type: ignore[attr-defined]
        out |= v
    return out
