"""The kernel header and source: the native struct, copy-in, checks, stubs."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from clonegen import arch
from clonegen.defaults import DEFAULTS
from clonegen.plan import Call, SizeField, plan
from clonegen.rules import Adjust, Value, c_int
from clonegen.views import SEMANTICS, Refusal, Reserved, unsupported
from clonegen.views.c import (
    C_RESERVED,
    COPY_REF,
    KERNEL_SYSTEM_RESERVED,
    VALID_REF,
    CRef,
    declaration,
    guard,
)
from clonegen.views.uapi import UapiView

if TYPE_CHECKING:
    from clonegen.model import Argument, Broken, EntryPoint, Requires, Spec
    from clonegen.rules import Check, KnownFlags

# Names of the generated copy-in (kernel.c.j2): its parameters and variables.
COPY_LOCALS = frozenset({"args", "kargs", "uargs", "usize", "err"})
# Variables of the generated entry stubs (entry.c.j2): a struct stub declares kargs and ret
# (it writes back) or err, a register stub args. The one list of them: the reserved names
# below and the validator's check of the stub's struct and size parameters both read it.
STUB_LOCALS = frozenset({"args", "kargs", "err", "ret"})
# The stub's struct and size parameters when the spec does not name them.
STUB_PARAMETERS = {key: DEFAULTS["entry_point"][key] for key in ("struct_name", "size_name")}
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
    action: str  # the statement on failure: return -ERRNO; or goto the write-back


@dataclass(frozen=True)
class Common:
    """The prototype of a function below the entry stubs."""

    returns: str
    name: str
    arguments: tuple[str, ...]  # declarations before the kernel struct

    def prototype(self, struct: str) -> str:
        """``returns name(args, struct K *kargs);``, wrapped in kernel style past 100 columns."""
        params = [*self.arguments, f"struct {struct} *kargs"]
        head = f"{self.returns} {self.name}("
        line = head + ", ".join(params) + ");"
        if len(line.expandtabs(8)) <= 100:
            return line
        indent = "\t" * (len(head) // 8) + " " * (len(head) % 8)
        return head + (",\n" + indent).join(params) + ");"


@dataclass(frozen=True)
class CopyOut:
    """The copy-out function of a struct the kernel writes (copy_struct_to_user())."""

    function: str
    conversions: tuple[tuple[str, str], ...]  # (uapi member, C expression from kargs)


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
    # (#if line, arguments, #endif line); None: no such line
    orders: tuple[tuple[str | None, tuple[Argument, ...], str | None], ...]
    requires: Requires | None = None  # the config symbol the stub needs
    broken: Broken | None = None  # the macro of architectures that lack it
    broken_return: str | None = None  # what the broken branch returns
    writes: bool = False  # the struct goes out: the common function fills it, then copy-out
    before: tuple[CStep, ...] = ()  # argument checks and size steps before the copy
    copy_arguments: str | None = None  # a struct system call's: what its copy-in gets
    common: str | None = None  # the common function's name (a struct entry point's)
    common_arguments: tuple[str, ...] = ()  # argument names before &kargs
    size_doc: str | None = None  # the kernel-doc of a size argument
    takes_size: bool = False
    ioctl: IoctlStub | None = None
    optional_struct: bool = False  # a NULL struct with size 0 skips the copy (open_tree_attr)
    struct_name: str = "uargs"  # the SYSCALL_DEFINE's names of the struct pointer and the size
    size_name: str = "usize"
    leading: tuple[str, ...] = ()  # the names of the arguments before the struct pointer
    trailing: tuple[str, ...] = ()  # ... and after it (and the size)


@dataclass(frozen=True)
class IoctlStub:
    """An extensible ioctl's handler: the size comes from the number, the struct goes out."""

    handler: str  # the handler's name
    matches: str  # the function that says whether a number is this ioctl
    macro: str  # the ioctl number as the uapi header defines it
    first: str  # the macro of VER0's size
    requests: tuple[tuple[str, str], ...]  # (field, C type): request fields read in first


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
    tail_action: str | None  # the statement on a non-zero tail; None: the kernel reads none
    commons: tuple[Common, ...] = ()
    copy_params: tuple[str, ...] = ()  # after kargs and uargs: "size_t usize", or none
    size_field: SizeField | None = None  # the struct's field the copy-in reads the size from
    zero_means: str | None = None  # the macro a size of zero stands for
    write_back: bool = False
    clamps: tuple[str, ...] = ()  # C statements on kargs after the conversion
    copy_out: CopyOut | None = None
    copy_in: bool = True
    mask_bits: tuple[str, ...] = ()  # comment lines: what each mask bit says was filled
    permission: tuple[CStep, ...] = ()  # after the size steps, before the copy
    write_back_errno: str = "E2BIG"
    shared_struct: bool = False  # the kernel struct is the uapi struct: copied in as it is
    adjusts: tuple[tuple[str, ...], ...] = ()  # C lines on kargs after the copy, in order

    # The size semantics beyond clone3's shape that this view renders (clonegen.views.SEMANTICS).
    SUPPORTED: ClassVar[frozenset[str]] = frozenset(SEMANTICS)  # every one of them

    @property
    def copy_dest(self) -> str:
        """Where the copy-in writes the user's struct: its own copy, or the shared struct."""
        return "kargs" if self.shared_struct else "&args"

    @property
    def copy_size(self) -> str:
        return "sizeof(*kargs)" if self.shared_struct else "sizeof(args)"

    @property
    def copy_storage(self) -> str:
        """``static noinline int``: the user's struct, copied on the copy-in's own stack, is not
        live across the common function. A shared struct has no second copy: ``static int``."""
        return "static int" if self.shared_struct else "static noinline int"

    @property
    def copy_summary(self) -> str:
        """The copy-in's kernel-doc summary."""
        struct = self.spec.uapi.struct
        if self.shared_struct:
            return f"copy struct {struct} in from user space"
        return f"copy struct {struct} from user space and convert it"

    @classmethod
    def problems(cls, spec: Spec) -> list[Refusal]:
        """The semantics of the spec this target cannot render yet, at their positions."""
        return unsupported(spec, "kernel source", cls.SUPPORTED)

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return C_RESERVED + (
            Reserved(
                "kernel C",
                "array_field",
                "clashes with a local name of the generated copy-in",
                COPY_LOCALS | {n[1:] for n in COPY_LOCALS if n.startswith("k")},
            ),
            Reserved(
                "kernel C",
                "struct_argument",
                "clashes with a local name of the generated stub",
                STUB_LOCALS | frozenset(STUB_PARAMETERS.values()),
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
                    | {"get_user", "put_user", "copy_struct_to_user", "clamp", "min_t"}
                ),
                prefixes=("sys_", "__do_sys_", "__se_sys_", "compat_sys_"),
            ),
            *KERNEL_SYSTEM_RESERVED,
        )

    @classmethod
    def of(cls, spec: Spec) -> KernelView:
        k, policy, p = spec.kernel, spec.size, plan(spec)
        fields = tuple(Decl(f.name, declaration(f.kernel_type, f.name), f.doc) for f in spec.fields)
        members = tuple(Decl(m.name, declaration(m.type, m.name, m.bits), m.doc) for m in k.members)
        decls = {d.name: d for d in fields + members}
        shared = k.struct == spec.uapi.struct
        used = used_constants(spec)
        return cls(
            spec=spec,
            uapi=UapiView.of(spec),
            guard=guard(k.header),
            include=k.header.removeprefix("include/"),
            fields=fields,
            members=members,
            struct_members=tuple(decls[n] for n in k.order),
            forward_structs=forward_structs(spec),
            includes=includes(spec, used),
            known_masks=tuple(
                (c.field, c.known) for c in spec.copy_checks + spec.valid_checks if c.known
            ),
            steps=tuple(
                CStep(s.c(COPY_REF), s.errno, size_failure(spec, s.errno)) for s in policy.steps
            ),
            copy_checks=tuple(c_check(c, shared) for c in spec.copy_checks),
            valid_checks=tuple(c_check(c) for c in spec.valid_checks),
            to_top=tuple((c.field, c.to_top.other) for c in spec.checks if c.to_top),
            asserts=arch_asserts(spec, used),
            copy_errnos=_unique(
                [s.errno for s in policy.steps]
                + [policy.tail_errno, "EFAULT"]
                + [c.errno for c in spec.copy_checks]
            ),
            valid_errnos=_unique(c.errno for c in spec.valid_checks),
            stubs=tuple(stub(spec, e) for e in spec.entry_points),
            conversions=() if shared else conversions(spec),
            tail_via_helper=policy.tail_via_helper,
            common_arguments=tuple(declaration(a.type.text, a.name) for a in p.main.args),
            commons=commons(spec),
            copy_params=("size_t usize",) if p.size.kind == "argument" else (),
            size_field=p.size.field,
            zero_means=p.size.zero_means.macro if p.size.zero_means else None,
            write_back=p.size.write_back,
            tail_action=size_failure(spec, policy.tail_errno) if policy.tail_errno else None,
            clamps=tuple(c.c(VALID_REF) for c in spec.clamps),
            copy_out=copy_out(spec) if any(c.entry.writes for c in p.calls) else None,
            copy_in=any(c.entry.reads for c in p.calls),
            permission=tuple(
                CStep(c.c, c.errno, size_failure(spec, c.errno)) for c in policy.permission
            ),
            mask_bits=tuple(
                f"{fl.name}: {', '.join(fl.fills)} ({fl.policy or 'filled'})"
                for fl in spec.mask_flags
            ),
            write_back_errno=policy.steps[0].errno,
            shared_struct=shared,
            adjusts=tuple(adjust_lines(a) for a in spec.adjusts),
        )


def size_failure(spec: Spec, errno: str) -> str:
    """The copy-in's statement on a size error: the write-back's label, or the errno."""
    return "goto err_size;" if plan(spec).size.write_back else f"return -{errno};"


def forward_structs(spec: Spec) -> tuple[str, ...]:
    """The structs the kernel header names without defining: its members' and an ioctl's file."""
    names = {s for m in spec.kernel.members for s in re.findall(r"struct (\w+)", m.type)}
    return tuple(sorted(names | ({"file"} if plan(spec).ioctl else set())))


def includes(spec: Spec, used: frozenset[str]) -> tuple[str, ...]:
    """The kernel source's headers: the base set and what its constants, steps and checks need."""
    headers = set(BASE_INCLUDES)
    headers |= {
        c.header for c in spec.constants if c.header and c.kernel_visible and c.name in used
    }
    headers |= {h for a in spec.adjusts for h in a.headers}
    headers |= {"linux/fs.h"} if plan(spec).ioctl else set()
    headers |= {h for c in spec.checks for h in c.rule.C_HEADERS}
    return tuple(sorted(headers | set(spec.size.permission_headers)))


def conversions(spec: Spec) -> tuple[tuple[str, str], ...]:
    """(member, C expression from the user's copy) of each field but arrays."""
    return tuple(
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
    )


def copy_out(spec: Spec) -> CopyOut:
    """The copy-out of a struct the kernel writes: a reported size field gets min(usize, ours)."""
    reported = out_size_field(spec)
    return CopyOut(
        f"copy_{spec.uapi.struct}_to_user",
        tuple(
            (
                f.name,
                (
                    f"({f.uapi_type})min_t(size_t, usize, sizeof(args))"
                    if f.name == reported
                    else f"kargs->{f.name}"
                ),
            )
            for f in spec.fields
        ),
    )


def c_check(c: Check, shared: bool = False) -> CCheck:
    """A check in C: a copy-phase one reads the user's struct (``args.x``), unless the kernel
    struct is that struct, which the copy-in fills directly (``kargs->x``)."""
    ref = COPY_REF if c.phase == "copy" and not shared else VALID_REF
    return CCheck(c, c.c(ref), c.errno, c.doc)


def adjust_lines(a: Adjust) -> tuple[str, ...]:
    """The C lines of one ``adjust`` step on the kernel struct, tab-indented below the first."""
    return a.c_lines(VALID_REF, "kargs")


def used_constants(spec: Spec) -> frozenset[str]:
    """The constants the generated kernel code names: what its size steps, copy and validity
    checks, adjust steps, clamps and entry stubs compare with or assign. A constant only the
    common phase uses is the tree's business (fs/open.c's build_open_flags() and its O_*
    masks): the generated code neither includes nor pins it."""
    names: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, Value):
            if node.kind == "constant" and node.name:
                names.add(node.name)
        elif dataclasses.is_dataclass(node) and not isinstance(node, type):
            for f in dataclasses.fields(node):
                walk(getattr(node, f.name))
        elif isinstance(node, tuple):
            for item in node:
                walk(item)

    walk((spec.size, spec.copy_checks, spec.valid_checks, spec.adjusts, spec.clamps))
    walk(spec.entry_points)
    names |= {n for e in spec.entry_points for a in e.sets for n in (a.clear, a.keep) if n}
    return frozenset(names)


def arch_asserts(spec: Spec, used: frozenset[str]) -> tuple[ArchAssert, ...]:
    """What the kernel source asserts about the kernel constants it uses.

    A value that is the same everywhere is asserted unconditionally; one that
    differs per architecture only on the architectures whose value the spec
    states, grouped by value.
    """
    out: list[ArchAssert] = []
    for c in spec.constants:
        if c.header is None or not c.kernel_visible or c.name not in used:
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


def out_size_field(spec: Spec) -> str | None:
    """The field the copy-out reports min(usize, its size) in, if an output entry asks for it."""
    return next((c.policy.field for c in plan(spec).calls if c.report), None)


def commons(spec: Spec) -> tuple[Common, ...]:
    """The functions below the stubs, each once, in entry point order."""
    seen: dict[str, Common] = {}
    k = spec.kernel
    for c in plan(spec).calls:
        name = c.entry.common_function or k.common_function
        args = tuple(declaration(a.type.text, a.name) for a in c.args + c.trailing)
        if c.ioctl:
            args = ("struct file *file",)
        seen.setdefault(name, Common(k.common_returns, name, args))
    return tuple(seen.values())


def ioctl_stub(spec: Spec, c: Call) -> Stub:
    """The handler of an extensible ioctl, which replaces the SYSCALL_DEFINE of a system call."""
    e, io = c.entry, c.ioctl
    assert io is not None
    before = [CStep("!uargs", e.null_errno, f"return -{e.null_errno};")] if e.null_errno else []
    before += [CStep(b.c, b.errno, f"return -{b.errno};") for b in e.before_copy]
    return Stub(
        e,
        True,
        None,
        (),
        (),
        writes=True,
        before=tuple(before),
        common=e.common_function or spec.kernel.common_function,
        common_arguments=("file",),
        ioctl=IoctlStub(
            f"{e.name}_ioctl",
            f"{e.name}_cmd_valid",
            io.macro,
            spec.versions[0].macro,
            tuple((f.name, f.kernel_type) for f in io.requests),
        ),
    )


def stub(spec: Spec, e: EntryPoint) -> Stub:
    """The stub of an entry point: a struct call's from its plan, a register one's orders."""
    if e.is_struct:
        c = next(c for c in plan(spec).calls if c.name == e.name)
        return ioctl_stub(spec, c) if c.ioctl else struct_stub(spec, c)
    orders: list[tuple[str | None, tuple[Argument, ...], str | None]] = []
    last = len(e.orders) - 1
    for i, o in enumerate(e.orders):
        opening: str | None
        if o.is_default:
            opening = "#else" if i else None
        else:
            opening = f"#ifdef {o.config}" if i == 0 else f"#elif defined({o.config})"
        orders.append((opening, o.arguments, "#endif" if i == last and last > 0 else None))
    return Stub(e, False, e.guard, (), tuple(orders), e.requires, e.broken, _refusal(e.broken))


def struct_stub(spec: Spec, c: Call) -> Stub:
    """The SYSCALL_DEFINE of a struct system call: its checks before the copy, then the copy."""
    e = c.entry
    sn, zn = e.struct_name, e.size_name
    pairs = [f"{a.type.text}, {a.name}" for a in c.args]
    pairs += [f"struct {spec.uapi.struct} __user *, {sn}"]
    pairs += [f"{c.size_type}, {zn}"] if c.size_type else []
    pairs += [f"{a.type.text}, {a.name}" for a in c.trailing]
    before = [CStep(f"!{sn}", e.null_errno, f"return -{e.null_errno};")] if e.null_errno else []
    if e.null_allowed_without_size and before:
        before[0] = CStep(f"!{sn} && {zn}", before[0].errno, before[0].action)
    before += [CStep(b.c, b.errno, f"return -{b.errno};") for b in e.before_copy]
    if e.writes:
        ref = CRef(COPY_REF.prefix, zn, COPY_REF.pointer)
        before += [CStep(s.c(ref), s.errno, f"return -{s.errno};") for s in c.policy.steps]
    names = tuple(a.name for a in c.args + c.trailing)
    return Stub(
        e,
        True,
        None,
        tuple(pairs),
        (),
        e.requires,
        e.broken,
        _refusal(e.broken),
        writes=e.writes,
        before=tuple(before),
        copy_arguments=f"&kargs, {sn}" + (f", {zn}" if c.size_type else ""),
        struct_name=sn,
        size_name=zn,
        common=e.common_function or spec.kernel.common_function,
        common_arguments=(
            names if c.trailing or e.common_function else tuple(a.name for a in c.args)
        ),
        size_doc=(
            "its size, as the caller was built with"
            if e.reads
            else "the size of the caller's buffer"
        ),
        takes_size=c.size_type is not None,
        optional_struct=e.null_allowed_without_size,
        leading=tuple(a.name for a in c.args),
        trailing=tuple(a.name for a in c.trailing),
    )


def _refusal(broken: Broken | None) -> str | None:
    """``-EINVAL``; ENOSYS as ``sys_ni_syscall()``, the kernel's answer for a system call it does
    not have (checkpatch keeps the name ENOSYS for the syscall table)."""
    if broken is None:
        return None
    return "sys_ni_syscall()" if broken.errno == "ENOSYS" else f"-{broken.errno}"


def _unique(names: object) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))  # type: ignore[call-overload]
