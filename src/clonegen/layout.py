"""Where each uapi field lies: one layout computation for the validator and the model.

Neither stage imports the other; both import this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# uapi type -> (size, alignment on 64-bit ABIs, alignment on i386, struct format)
UAPI_TYPES: dict[str, tuple[int, int, int, str]] = {
    "__aligned_u64": (8, 8, 8, "Q"),
    "__u64": (8, 8, 4, "Q"),
    "__s64": (8, 8, 4, "q"),
    "__u32": (4, 4, 4, "I"),
    "__s32": (4, 4, 4, "i"),
    "__u16": (2, 2, 2, "H"),
    "__u8": (1, 1, 1, "B"),
}
LAYOUT_DEFAULT_TYPE = {"aligned_u64": "__aligned_u64", "u64": "__u64"}


@dataclass(frozen=True)
class Slot:
    """Where one uapi field lies."""

    name: str
    uapi_type: str
    offset: int
    size: int
    align64: int
    align32: int


def field_type(field: dict[str, Any], style: str) -> str:
    """The uapi type of a field under a layout style."""
    declared = field.get("uapi_type")
    if isinstance(declared, str) and declared in UAPI_TYPES:
        return declared
    return LAYOUT_DEFAULT_TYPE.get(style, "__u64")


def layout(fields: Iterable[dict[str, Any]], style: str) -> list[Slot]:
    """Pack fields in ABI order, each at the next free byte (no padding added).

    The validator compares each offset with the field's alignment to find holes;
    a valid spec therefore lays out the same on every ABI.
    """
    slots: list[Slot] = []
    offset = 0
    for f in fields:
        utype = field_type(f, style)
        size, a64, a32, _ = UAPI_TYPES[utype]
        slots.append(Slot(f["name"], utype, offset, size, a64, a32))
        offset += size
    return slots
