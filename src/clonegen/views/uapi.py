"""The uapi header: flags, constants, the struct of fixed-width words, sizes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from clonegen.plan import plan
from clonegen.rules import c_int
from clonegen.views import SEMANTICS, Refusal, Reserved, unsupported
from clonegen.views.c import C_RESERVED, IOC_DIRECTIONS, flag_literal, guard, uapi_flag_literal

if TYPE_CHECKING:
    from clonegen.model import Constant, Field, Flag, Spec


@dataclass(frozen=True)
class Define:
    name: str
    value: str  # as the uapi header spells it
    doc: str
    libc_value: str  # as the libc header spells it (hex; C++98 needs no 1ULL shift)


@dataclass(frozen=True)
class FlagGroup:
    field: Field
    defines: tuple[Define, ...]


@dataclass(frozen=True)
class UapiView:
    """``view`` of uapi.h.j2."""

    spec: Spec
    guard: str
    include: str  # how C code includes it: linux/x.h
    flag_groups: tuple[FlagGroup, ...]
    constants: tuple[Define, ...]  # those of the uapi header itself (no kernel header)
    ioctls: tuple[Define, ...] = ()  # the ioctl number, then one per published size
    includes: tuple[str, ...] = ()  # besides linux/types.h

    # The size semantics beyond clone3's shape that this view renders (clonegen.views.SEMANTICS).
    SUPPORTED: ClassVar[frozenset[str]] = frozenset(SEMANTICS)

    @classmethod
    def problems(cls, spec: Spec) -> list[Refusal]:
        """The semantics of the spec this target cannot render yet, at their positions."""
        return unsupported(spec, "uapi header", cls.SUPPORTED)

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return C_RESERVED

    @classmethod
    def of(cls, spec: Spec) -> UapiView:
        return cls(
            spec=spec,
            guard=guard(spec.uapi.header),
            include=spec.uapi.header.removeprefix("include/"),
            flag_groups=tuple(
                FlagGroup(f, tuple(flag_define(fl) for fl in flags))
                for f, flags in spec.flag_fields
            ),
            constants=tuple(constant_define(c) for c in uapi_constants(spec)),
            ioctls=ioctl_defines(spec),
            includes=("linux/ioctl.h",) if plan(spec).ioctl else (),
        )


def ioctl_defines(spec: Spec) -> tuple[Define, ...]:
    """The ioctl number with the latest size, and the number for each published size."""
    io = plan(spec).ioctl
    if io is None:
        return ()
    name, dirs = io.macro, IOC_DIRECTIONS
    out = [
        Define(
            name,
            f"{io.encoder}({io.type:#04X}, {io.nr}, struct {spec.uapi.struct})".replace("0X", "0x"),
            f"Fill in struct {spec.uapi.struct} (this header's size).",
            f"{io.encoder}({io.type:#04X}, {io.nr}, struct {spec.uapi.struct})".replace("0X", "0x"),
        )
    ]
    out += [
        Define(
            f"{name}_{v.name}",
            f"_IOC({dirs[io.dir]}, {io.type:#04X}, {io.nr}, {v.macro})".replace("0X", "0x"),
            f"{name} for a caller built with {v.name} ({v.size} bytes).",
            f"_IOC({dirs[io.dir]}, {io.type:#04X}, {io.nr}, {v.macro})".replace("0X", "0x"),
        )
        for v in spec.versions
    ]
    return tuple(out)


def flag_define(fl: Flag) -> Define:
    return Define(fl.name, uapi_flag_literal(fl.value), fl.doc, flag_literal(fl.value))


def constant_define(c: Constant) -> Define:
    if c.style == "u64_bit" and c.value & (c.value - 1) == 0 and c.value:
        value = f"((__u64)1 << {c.value.bit_length() - 1})"
    elif c.style == "flag":
        value = uapi_flag_literal(c.value)
    else:
        value = c_int(c.value)
    return Define(c.name, value, c.doc, c_int(c.value))


def uapi_constants(spec: Spec) -> tuple[Constant, ...]:
    """Constants the uapi header defines: those no kernel header provides."""
    return tuple(c for c in spec.constants if c.header is None)
