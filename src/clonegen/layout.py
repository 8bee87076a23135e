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
# Width of each kernel type on a 64-bit kernel (pointers are 64 bits wide).
KERNEL_TYPE_BITS = {
    "u8": 8, "s8": 8, "u16": 16, "s16": 16, "umode_t": 16,
    "u32": 32, "s32": 32, "int": 32, "unsigned int": 32, "pid_t": 32,
    "u64": 64, "s64": 64, "long": 64, "unsigned long": 64, "size_t": 64,
}  # fmt: skip
SIGNED_KERNEL_TYPES = frozenset({"s8", "s16", "s32", "s64", "int", "long", "pid_t"})


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
