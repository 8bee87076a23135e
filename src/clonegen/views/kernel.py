"""The kernel header and source: the native struct, copy-in, checks, stubs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clonegen import arch
from clonegen.rules import c_int
from clonegen.views import Reserved
from clonegen.views.c import C_RESERVED, COPY_REF, VALID_REF, declaration, guard
from clonegen.views.uapi import UapiView

if TYPE_CHECKING:
    from clonegen.model import Argument, Broken, EntryPoint, Requires, Spec
    from clonegen.rules import Check, KnownFlags

# Local names of the generated copy-in and stubs.
C_LOCALS = frozenset({"args", "kargs", "uargs", "usize", "err"})
BASE_INCLUDES = (
    "linux/build_bug.h",
    "linux/errno.h",
    "linux/kernel.h",
    "linux/mm.h",
    "linux/stddef.h",
    "linux/syscalls.h",
    "linux/uaccess.h",
)


@dataclass(frozen=True)
class Decl:
    name: str
    declaration: str
    doc: str


@dataclass(frozen=True)
class CCheck:
    """A check as the kernel source writes it."""

    check: Check
    condition: tuple[str, ...]  # pieces of the failure condition
    errno: str
    doc: str


@dataclass(frozen=True)
class CStep:
    condition: str
    errno: str


@dataclass(frozen=True)
class ArchAssert:
    """``BUILD_BUG_ON(name != value)`` on the architectures in ``condition``."""

    condition: str | None  # None: on every architecture
    name: str
    value: str


@dataclass(frozen=True)
class Stub:
    entry: EntryPoint
    is_struct: bool
    guard: str | None
    define_args: tuple[str, ...]  # SYSCALL_DEFINE argument pairs
    orders: tuple[tuple[str, tuple[Argument, ...], str], ...]  # (#if line, arguments, #endif line)
    requires: Requires | None  # the config symbol the stub needs
    broken: Broken | None  # the macro of architectures that lack it
    broken_return: str  # what the broken branch returns


@dataclass(frozen=True)
class KernelView:
    """``view`` of kernel.h.j2 and kernel.c.j2."""

    spec: Spec
    uapi: UapiView
    guard: str
    include: str
    fields: tuple[Decl, ...]
    members: tuple[Decl, ...]
    struct_members: tuple[Decl, ...]  # fields and kernel-only members, in the struct's order
    forward_structs: tuple[str, ...]
    includes: tuple[str, ...]
    known_masks: tuple[tuple[str, KnownFlags], ...]  # (field, rule)
    steps: tuple[CStep, ...]
    copy_checks: tuple[CCheck, ...]
    valid_checks: tuple[CCheck, ...]
    to_top: tuple[tuple[str, str], ...]  # (field, size field) moved to the stack top
    asserts: tuple[ArchAssert, ...]
    copy_errnos: tuple[str, ...]
    valid_errnos: tuple[str, ...]
    stubs: tuple[Stub, ...]
    conversions: tuple[
        tuple[str, str], ...
    ]  # (member, C expression from args) for non-array fields
    tail_via_helper: bool
    common_arguments: tuple[str, ...]

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return C_RESERVED + (
            Reserved(
                "kernel C",
                "array_field",
                "clashes with a local name of the generated copy-in",
                C_LOCALS | {n[1:] for n in C_LOCALS if n.startswith("k")},
            ),
            Reserved(
                "kernel C",
                "struct_argument",
                "clashes with a local name of the generated stub",
                C_LOCALS,
            ),
            Reserved(
                "kernel C",
                "register_argument",
                "clashes with a local name of the generated stub",
                frozenset({"args"}),
            ),
            Reserved(
                "kernel C",
                "function",
                "is a kernel function the generated code calls or a symbol SYSCALL_DEFINE makes",
                frozenset(
                    {"copy_from_user", "copy_struct_from_user", "check_zeroed_user", "access_ok"}
                    | {"u64_to_user_ptr", "memset", "memcpy", "min", "max"}
                ),
                prefixes=("sys_", "__do_sys_", "__se_sys_", "compat_sys_"),
            ),
        )

    @classmethod
    def of(cls, spec: Spec) -> KernelView:
        k = spec.kernel
        checks = spec.checks
        policy = spec.size
        fields = tuple(Decl(f.name, declaration(f.kernel_type, f.name), f.doc) for f in spec.fields)
        members = tuple(Decl(m.name, declaration(m.type, m.name, m.bits), m.doc) for m in k.members)
        decls = {d.name: d for d in fields + members}
        return cls(
            spec=spec,
            uapi=UapiView.of(spec),
            guard=guard(k.header),
            include=k.header.removeprefix("include/"),
            fields=fields,
            members=members,
            struct_members=tuple(decls[n] for n in k.order),
            forward_structs=tuple(
                sorted({s for m in k.members for s in re.findall(r"struct (\w+)", m.type)})
            ),
            includes=tuple(
                sorted(set(BASE_INCLUDES) | {c.header for c in spec.constants if c.header})
            ),
            known_masks=tuple(
                (c.field, c.known) for c in spec.copy_checks + spec.valid_checks if c.known
            ),
            steps=tuple(CStep(s.c(COPY_REF), s.errno) for s in policy.steps),
            copy_checks=tuple(c_check(c) for c in spec.copy_checks),
            valid_checks=tuple(c_check(c) for c in spec.valid_checks),
            to_top=tuple((c.field, c.to_top.other) for c in checks if c.to_top),
            asserts=arch_asserts(spec),
            copy_errnos=_unique(
                [s.errno for s in policy.steps]
                + [policy.tail_errno, "EFAULT"]
                + [c.errno for c in spec.copy_checks]
            ),
            valid_errnos=_unique(c.errno for c in spec.valid_checks),
            stubs=tuple(stub(spec, e) for e in spec.entry_points),
            conversions=tuple(
                (
                    f.name,
                    (
                        f"u64_to_user_ptr(args.{f.name})"
                        if f.conversion == "user_pointer"
                        else f"args.{f.name}"
                    ),
                )
                for f in spec.fields
                if f.conversion != "array"
            ),
            tail_via_helper=policy.tail_via_helper,
            common_arguments=tuple(
                declaration(a.type, a.name) for a in spec.struct_entry.arguments
            ),
        )


def c_check(c: Check) -> CCheck:
    return CCheck(c, c.c(COPY_REF if c.phase == "copy" else VALID_REF), c.errno, c.doc)


def arch_asserts(spec: Spec) -> tuple[ArchAssert, ...]:
    """What the kernel source asserts about kernel constants.

    A value that is the same everywhere is asserted unconditionally; one that
    differs per architecture only on the architectures whose value the spec
    states, grouped by value.
    """
    out: list[ArchAssert] = []
    for c in spec.constants:
        if c.header is None:
            continue
        if not c.arch_dependent:
            out.append(ArchAssert(None, c.name, c_int(c.value)))
            continue
        for value, keys in arch.by_value(spec.arches, c.value_for):
            out.append(
                ArchAssert(wrap_condition(arch.kconfig_condition(keys)), c.name, c_int(value))
            )
    return tuple(out)


def wrap_condition(condition: str, width: int = 80) -> str:
    """An ``#if`` condition of ``||`` terms, continued on tab-indented lines of at most
    ``width`` columns."""
    lines: list[str] = []
    line = ""
    for term in condition.split(" || "):
        candidate = f"{line} || {term}" if line else term
        if line and 8 + len(candidate) + 5 > width:
            lines.append(line + " ||")
            line = term
        else:
            line = candidate
    lines.append(line)
    return " \\\n\t".join(lines)


def stub(spec: Spec, e: EntryPoint) -> Stub:
    if e.is_struct:
        pairs = [f"{a.type}, {a.name}" for a in e.arguments]
        pairs += [f"struct {spec.uapi.struct} __user *, uargs", "size_t, usize"]
        return Stub(e, True, None, tuple(pairs), (), e.requires, e.broken, _refusal(e.broken))
    orders: list[tuple[str, tuple[Argument, ...], str]] = []
    last = len(e.orders) - 1
    for i, o in enumerate(e.orders):
        if o.is_default:
            opening = "#else" if i else ""
        else:
            opening = f"#ifdef {o.config}" if i == 0 else f"#elif defined({o.config})"
        orders.append((opening, o.arguments, "#endif" if i == last and last > 0 else ""))
    return Stub(e, False, e.guard, (), tuple(orders), e.requires, e.broken, _refusal(e.broken))


def _refusal(broken: Broken | None) -> str:
    """``-EINVAL``; ENOSYS as ``sys_ni_syscall()``, the kernel's answer for a system call it does
    not have (checkpatch keeps the name ENOSYS for the syscall table)."""
    if broken is None:
        return ""
    return "sys_ni_syscall()" if broken.errno == "ENOSYS" else f"-{broken.errno}"


def _unique(names: object) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))  # type: ignore[call-overload]
