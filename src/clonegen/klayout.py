"""Where each member of the kernel struct lies on each architecture, and where a new one fits.

The kernel struct (``spec.kernel.order``: the fields with their ``kernel_type`` and the
kernel-only members, bitfields included) is laid out as GCC lays it out on each
architecture whose data model ``arch.py`` knows: natural alignment but for ``long long`` on
i386, bitfields by the System V rule. Holes are counted the way pahole counts them: the unused
bits of a bitfield's storage unit are a bit hole, the bytes up to the next member a byte hole,
the bytes after the last member the padding. The tests compare every number with pahole's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clonegen.arch import ARCHES, WITH_ABI, Abi

if TYPE_CHECKING:
    from clonegen.model import Spec

CACHELINE = 64  # bytes: pahole's default cacheline, the one of every architecture here
LONG, LONG_LONG = -1, -2  # sizes that depend on the data model: a pointer's, a long long's
# A scalar's size in bytes (LONG, LONG_LONG: by the ABI); its alignment is its size but for
# LONG_LONG (Abi.long_long_align) and __aligned_u64 (8 everywhere).
SCALARS: dict[str, int] = {
    "char": 1, "signed char": 1, "unsigned char": 1, "bool": 1, "u8": 1, "s8": 1, "__u8": 1,
    "short": 2, "unsigned short": 2, "u16": 2, "s16": 2, "umode_t": 2, "__u16": 2,
    "int": 4, "unsigned int": 4, "unsigned": 4, "u32": 4, "s32": 4,
    "pid_t": 4, "uid_t": 4, "gid_t": 4, "__u32": 4, "__s32": 4,
    "long": LONG, "unsigned long": LONG, "size_t": LONG, "ssize_t": LONG,
    "long long": LONG_LONG, "unsigned long long": LONG_LONG, "u64": LONG_LONG,
    "s64": LONG_LONG, "loff_t": LONG_LONG, "__u64": LONG_LONG, "__s64": LONG_LONG,
    "__aligned_u64": 8,
}  # fmt: skip
# The sizes a new member may have, largest first, as the fit says them (no hole holds a u64:
# no alignment here is above 8 bytes, so no hole or padding is 8 bytes long).
CANDIDATES = ("u32", "u16", "u8")
BITFIELD_UNIT = "u32"  # the type of a new bitfield in a bitfield's hole


def size_align(ctype: str, abi: Abi) -> tuple[int, int]:
    """The size and alignment in bytes of a kernel C type on an ABI.

    A pointer (function pointers too) is ``abi.pointer`` wide; a scalar is looked up
    without ``const`` and ``__user``. A type outside the table (the schema admits none)
    raises ValueError."""
    if "*" in ctype:
        return abi.pointer, abi.pointer
    base = ctype.removeprefix("const ").removesuffix(" __user")
    if base not in SCALARS:
        raise ValueError(f"{ctype!r} is no kernel scalar type this layout knows")
    size = SCALARS[base]
    if size == LONG:
        return abi.pointer, abi.pointer
    if size == LONG_LONG:
        return 8, abi.long_long_align
    return size, size


@dataclass(frozen=True)
class Member:
    """A member of the kernel struct as its header declares it."""

    name: str
    ctype: str
    bits: int | None = None  # a bitfield's width; None: a whole member


@dataclass(frozen=True)
class Slot:
    """Where one member lies, as pahole shows it, and the hole after it."""

    member: Member
    offset: int  # byte offset (a bitfield: of its storage unit, aligned to its type's size)
    size: int  # bytes of its type
    bit_offset: int | None  # a bitfield: its first bit within the storage unit
    hole: int = 0  # bytes of hole after it
    bit_hole: int = 0  # bits of hole after it (the rest of a bitfield's storage unit)


@dataclass(frozen=True)
class Layout:
    """The kernel struct on one architecture."""

    struct: str
    arch: str
    slots: tuple[Slot, ...]
    size: int
    align: int
    padding: int  # bytes after the last member
    bit_padding: int  # bits after the last bitfield, in its storage unit

    @property
    def holes(self) -> int:
        return sum(1 for s in self.slots if s.hole)

    @property
    def bit_holes(self) -> int:
        return sum(1 for s in self.slots if s.bit_hole)

    def offsets(self) -> tuple[tuple[str, int, int | None], ...]:
        """(name, byte offset, bit offset) of every member."""
        return tuple((s.member.name, s.offset, s.bit_offset) for s in self.slots)


def members(spec: Spec) -> tuple[Member, ...]:
    """The kernel struct's members in its order; a struct shared with the uapi one has the
    uapi types."""
    shared = spec.kernel.struct == spec.uapi.struct
    fields = {f.name: Member(f.name, f.uapi_type if shared else f.kernel_type) for f in spec.fields}
    only = {m.name: Member(m.name, m.type, m.bits) for m in spec.kernel.members}
    return tuple(fields[n] if n in fields else only[n] for n in spec.kernel.order)


def _up(value: int, unit: int) -> int:
    return -(-value // unit) * unit


def _positions(struct: Sequence[Member], abi: Abi) -> tuple[list[tuple[int, int, int]], int, int]:
    """GCC's placement: (first bit, size, alignment) of each member, the size and alignment.

    A bitfield starts at the next free bit unless it would then span more units of its
    type's alignment than its type has; then it starts at the next such unit."""
    where: list[tuple[int, int, int]] = []
    bit, align = 0, 1
    for m in struct:
        size, al = size_align(m.ctype, abi)
        align = max(align, al)
        if m.bits:
            spanned = (bit % (al * 8) + m.bits + al * 8 - 1) // (al * 8)
            if spanned > size // al:
                bit = _up(bit, al * 8)
            where.append((bit, size, al))
            bit += m.bits
        else:
            bit = _up(bit, al * 8)
            where.append((bit, size, al))
            bit += size * 8
    return where, _up(_up(bit, 8) // 8, align), align


def place(struct: str, arch: str, struct_members: Sequence[Member]) -> Layout:
    """The layout of ``struct_members`` on ``arch`` (a key of WITH_ABI), holes counted."""
    abi = ARCHES[arch].abi
    if abi is None:
        raise ValueError(f"{arch}: no data model known")
    where, total, align = _positions(struct_members, abi)
    placed: list[tuple[Member, int, int, int | None]] = []  # member, offset, size, bit offset
    holes: list[tuple[int, int]] = []  # (bytes, bits) of the hole after each member
    seen = 0  # the bit after the last one accounted for
    unit_end, unit_bits = 0, 0  # the open bitfield storage unit's end bit and width (0: none)
    for m, (start, size, _) in zip(struct_members, where):
        offset = start // (size * 8) * size if m.bits else start // 8
        end = start + (m.bits or size * 8)
        bit_hole = byte_hole = 0
        if unit_bits:  # the rest of the open storage unit up to this member is a bit hole
            stop = min(start, unit_end)
            bit_hole, seen = stop - seen, stop
        if m.bits:
            if seen < offset * 8 <= start:
                byte_hole, seen = offset - seen // 8, offset * 8
            bit_hole += start - seen
        else:
            byte_hole = start // 8 - seen // 8
        seen = end
        if m.bits and (not unit_bits or end > unit_end or size * 8 > unit_bits):
            unit_bits, unit_end = size * 8, offset * 8 + size * 8
            unit_end += unit_bits if end > unit_end else 0
        elif not m.bits:
            unit_bits = 0
        if placed:  # a hole belongs to the member before it
            holes.append((byte_hole, bit_hole))
        placed.append((m, offset, size, start - offset * 8 if m.bits else None))
    bit_padding = 0
    if unit_bits:
        stop = min(total * 8, unit_end)
        bit_padding, seen = stop - seen, stop
    holes.append((0, 0))  # after the last member: the padding
    slots = tuple(Slot(*at, *hole) for at, hole in zip(placed, holes))
    return Layout(struct, arch, slots, total, align, total - seen // 8, bit_padding)


def layouts(spec: Spec, arches: Sequence[str] = WITH_ABI) -> tuple[Layout, ...]:
    """The kernel struct's layout on each of ``arches``."""
    struct = members(spec)
    return tuple(place(spec.kernel.struct, a, struct) for a in arches)


@dataclass(frozen=True)
class Fit:
    """A hole of the kernel struct and the new kernel-only members that fit in it."""

    after: str | None  # the member the hole follows; None: the tail padding
    gaps: tuple[tuple[str, str], ...]  # (architecture, the hole in words) where it is open
    largest: tuple[tuple[str, tuple[str, ...]], ...]  # (largest type that fits, architectures)
    bits: tuple[tuple[int, tuple[str, ...]], ...]  # (most bits of a new u32 bitfield, arches)

    @property
    def where(self) -> str:
        return f"after {self.after}" if self.after else "at the end"


def _gaps(layout: Layout) -> dict[str | None, tuple[int, int]]:
    """(bytes, bits) of the hole after each member (None: of the padding)."""
    gaps: dict[str | None, tuple[int, int]] = {
        s.member.name: (s.hole, s.bit_hole) for s in layout.slots
    }
    gaps[None] = (layout.padding, layout.bit_padding)
    return gaps


def amount(nbytes: int, nbits: int) -> str:
    """``4 bytes``, ``27 bits``, ``1 byte + 3 bits``."""
    parts = ((nbytes, "byte"), (nbits, "bit"))
    return " + ".join(_plural(n, unit) for n, unit in parts if n)


def _fits(base: Layout, struct: Sequence[Member], after: str | None, new: Member) -> bool:
    """Whether ``new`` inserted after ``after`` (None: last) moves no member and keeps the size."""
    at = len(struct) if after is None else [m.name for m in struct].index(after) + 1
    grown = place(base.struct, base.arch, [*struct[:at], new, *struct[at:]])
    return (
        grown.size == base.size
        and tuple(o for o in grown.offsets() if o[0] != new.name) == base.offsets()
    )


def _most_bits(base: Layout, struct: Sequence[Member], after: str | None, name: str) -> int:
    """The widest new u32 bitfield that fits after ``after``; 0: none."""
    widths = range(32, 0, -1)
    return next(
        (n for n in widths if _fits(base, struct, after, Member(name, BITFIELD_UNIT, n))), 0
    )


def fits(spec: Spec, arches: Sequence[str] = WITH_ABI) -> tuple[Fit, ...]:
    """Every hole of the kernel struct (on any of ``arches``), in struct order, and what fits."""
    return fits_of(spec.kernel.struct, members(spec), arches)


def fits_of(struct_name: str, struct: Sequence[Member], arches: Sequence[str]) -> tuple[Fit, ...]:
    """Every hole of a struct on any of ``arches``, in struct order, and what fits in it: the
    largest of CANDIDATES and, in a bitfield's storage unit, the widest new bitfield."""
    placed = [place(struct_name, a, struct) for a in arches]
    every = [(lay, _gaps(lay)) for lay in placed]
    new = "_".join(["new"] + [m.name for m in struct])  # a name no member has
    found: list[Fit] = []
    for after in [m.name for m in struct] + [None]:
        gaps = [(lay, g[after]) for lay, g in every]
        gaps = [(lay, g) for lay, g in gaps if any(g)]
        if not gaps:
            continue
        in_unit = any(g[1] for _, g in gaps)  # bits left in a bitfield's unit: bitfields fit
        largest: dict[str, list[str]] = {}
        most: dict[int, list[str]] = {}
        for lay, _ in gaps:
            fit = next((t for t in CANDIDATES if _fits(lay, struct, after, Member(new, t))), None)
            if fit:
                largest.setdefault(fit, []).append(lay.arch)
            if bits := in_unit and _most_bits(lay, struct, after, new):
                most.setdefault(bits, []).append(lay.arch)
        found.append(
            Fit(
                after,
                tuple((lay.arch, amount(*g)) for lay, g in gaps),
                tuple((t, tuple(largest[t])) for t in CANDIDATES if t in largest),
                tuple((n, tuple(most[n])) for n in sorted(most, reverse=True)),
            )
        )
    return tuple(found)


def _declared(m: Member) -> tuple[str, str]:
    """(type column, name column) of a member as pahole prints them."""
    if "(*)" in m.ctype:
        ret, params = m.ctype.split("(*)", 1)
        return ret.strip(), f"(*{m.name}){params.strip()}"
    return m.ctype, f"{m.name}:{m.bits}" if m.bits else m.name


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def as_pahole(layout: Layout) -> str:
    """The layout as ``pahole -C`` prints a struct: each member with its offset and size,
    the holes after it, the cacheline boundaries, and the summary."""
    lines = [f"/* {layout.arch} */", f"struct {layout.struct} {{"]
    line = 1  # the next cacheline boundary
    for s in layout.slots:
        if s.offset >= line * CACHELINE:
            line = s.offset // CACHELINE + 1
            lines.append(
                f"\t/* --- cacheline {line - 1} boundary ({(line - 1) * CACHELINE} bytes) --- */"
            )
        ctype, name = _declared(s.member)
        if s.bit_offset is None:
            where = f"{s.offset:5} {s.size:5}"
        else:
            where = f"{s.offset:5}:{s.bit_offset:2} {s.size:2}"
        lines.append(f"\t{ctype:<26} {name + ';':<21} /* {where} */")
        for n, noun in ((s.bit_hole, "bit"), (s.hole, "byte")):
            if n:
                lines += ["", f"\t/* XXX {_plural(n, noun)} hole */", ""]
    return "\n".join(lines + ["", *_summary(layout), "};"]) + "\n"


def _summary(layout: Layout) -> list[str]:
    """pahole's closing comments: size, the sums where there are holes, padding."""
    slots = layout.slots
    cachelines, last = -(-layout.size // CACHELINE), layout.size % CACHELINE
    out = [f"size: {layout.size}, cachelines: {cachelines}, members: {len(slots)}"]
    bits = sum(s.member.bits or 0 for s in slots)
    if layout.holes or layout.bit_holes:
        whole = f"sum members: {sum(s.size for s in slots if not s.member.bits)}"
        if layout.holes:
            whole += f", holes: {layout.holes}, sum holes: {sum(s.hole for s in slots)}"
        out.append(whole)
        if layout.bit_holes:
            out.append(
                f"sum bitfield members: {bits} bits, bit holes: {layout.bit_holes}, "
                f"sum bit holes: {sum(s.bit_hole for s in slots)} bits"
            )
        elif bits:
            out.append(f"sum bitfield members: {bits} bits ({bits // 8} bytes)")
    if layout.padding:
        out.append(f"padding: {layout.padding}")
    if layout.bit_padding:
        out.append(f"bit_padding: {layout.bit_padding} bits")
    if last:
        out.append(f"last cacheline: {last} bytes")
    return [f"\t/* {text} */" for text in out]


def arch_list(arches: Sequence[str], among: Sequence[str]) -> str:
    """``all nine``, or the architectures by name."""
    if tuple(arches) == tuple(among) and len(among) > 1:
        words = {2: "both", 9: "all nine"}
        return words.get(len(among), f"all {len(among)}") + " architectures"
    return ", ".join(arches)


def sentences(found: Sequence[Fit], arches: Sequence[str]) -> tuple[str, ...]:
    """Each hole and what fits in it, in words: one sentence per hole (or one saying there
    is none)."""
    out = []
    for f in found:
        by_gap: dict[str, list[str]] = {}
        for a, g in f.gaps:
            by_gap.setdefault(g, []).append(a)
        hole = "; ".join(f"{g} on {arch_list(a, arches)}" for g, a in by_gap.items())
        kind = "padding" if f.after is None else "hole"
        what = [f"a {t} or smaller on {arch_list(a, arches)}" for t, a in f.largest]
        what += [
            f"up to {n} more bits of {BITFIELD_UNIT} bitfields on {arch_list(a, arches)}"
            for n, a in f.bits
        ]
        fit = "; ".join(what) if what else "nothing fits without moving a member"
        out.append(f"{f.where} ({kind}: {hole}): {fit}.")
    return tuple(out) or ("nowhere: the struct has no hole and no padding.",)
