"""Best effort for an interface that numbers its own versions (a spec's abi_levels).

Embedded verbatim below the marker into a generated module whose spec has abi_levels; the
module supplies the table: per level, the bits each field keeps, and per field the field a
``subset`` check ties it to.
"""

# --- embedded from here ---
from typing import Any as _AnyL

# (level, the bits each field keeps on a kernel of that level)
_Level = tuple[int, tuple[int, ...]]


def _cut_to_level(
    values: tuple[int, ...],
    levels: tuple[_Level, ...],
    within: tuple[int | None, ...],
    level: int,
) -> tuple[int, ...]:
    """``values`` cut to what a kernel of ``level`` knows: the table's highest level not above
    it; then a field tied to another by a subset check keeps only the other's bits."""
    if isinstance(level, bool) or not isinstance(level, int):
        raise TypeError(f"level must be an int, not {type(level).__name__}")
    known = [keep for number, keep in levels if number <= level]
    if not known:
        raise ValueError(f"level {level}: the first level is {levels[0][0]}")
    cut = [v & k for v, k in zip(values, known[-1])]
    for i, j in enumerate(within):
        if j is not None:
            cut[i] &= cut[j]
    return tuple(cut)


def _dropped(before: _AnyL, after: _AnyL) -> dict[str, int]:
    """The bits of each field that the cut dropped (only fields that lost some)."""
    return {name: b & ~a for name, b, a in zip(before._NAMES, before, after) if b & ~a}
