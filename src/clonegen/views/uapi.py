"""The uapi header: flags, constants, the struct of fixed-width words, sizes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from clonegen.rules import c_int
from clonegen.views import SEMANTICS, Reserved, unsupported
from clonegen.views.c import C_RESERVED, flag_literal, guard

if TYPE_CHECKING:
    from clonegen.model import Constant, Field, Flag, Spec


@dataclass(frozen=True)
class Define:
    name: str
    value: str
    doc: str


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

    # The size semantics beyond clone3's shape that this view renders (clonegen.views.SEMANTICS).
    SUPPORTED: ClassVar[frozenset[str]] = frozenset(SEMANTICS) - {"size_ioctl"}

    @classmethod
    def problems(cls, data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
        """The semantics of a schema-valid spec this target cannot render yet, with their paths."""
        return unsupported(data, "uapi header", cls.SUPPORTED)

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
        )


def flag_define(fl: Flag) -> Define:
    return Define(fl.name, flag_literal(fl.value), fl.doc)


def constant_define(c: Constant) -> Define:
    return Define(c.name, c_int(c.value), c.doc)


def uapi_constants(spec: Spec) -> tuple[Constant, ...]:
    """Constants the uapi header defines: those no kernel header provides."""
    return tuple(c for c in spec.constants if c.header is None)
