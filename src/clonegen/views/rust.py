"""The Rust module: a ``#[repr(C)]`` struct, flags, the kernel's checks, the system call.

One file, ``core`` only (no crate, no ``std``): it builds in a ``#![no_std]``
crate with Debian's rustc 1.63 and with current ones.  The layout is proven
at compile time by const assertions that transmute a byte pattern into the
struct (``core::mem::offset_of!`` needs Rust 1.77).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar

from clonegen import arch
from clonegen.errnos import ERRNO_NUMBERS
from clonegen.layout import KERNEL_TYPE_BITS, SIGNED_KERNEL_TYPES
from clonegen.names import CAMEL_REASON, CAMEL_WITHOUT_LETTER
from clonegen.plan import AbiCount, Call, CallArg, CType, Plan, SizeSource, levels, plan
from clonegen.rules import c_int
from clonegen.views import (
    SEMANTICS,
    CheckLine,
    FlagItem,
    FlagType,
    Refusal,
    Reserved,
    entry_checks,
    unsupported,
)
from clonegen.views.python import camel

if TYPE_CHECKING:
    from clonegen.model import Field, Spec

# Strict and reserved keywords of every edition (``union`` and ``macro_rules`` are weak).
RUST_KEYWORDS = frozenset(
    [
        "as",
        "async",
        "await",
        "break",
        "const",
        "continue",
        "crate",
        "dyn",
        "else",
        "enum",
        "extern",
        "false",
        "fn",
        "for",
        "if",
        "impl",
        "in",
        "let",
        "loop",
        "match",
        "mod",
        "move",
        "mut",
        "pub",
        "ref",
        "return",
        "self",
        "Self",
        "static",
        "struct",
        "super",
        "trait",
        "true",
        "type",
        "unsafe",
        "use",
        "where",
        "while",
        "abstract",
        "become",
        "box",
        "do",
        "final",
        "macro",
        "override",
        "priv",
        "typeof",
        "unsized",
        "virtual",
        "yield",
        "try",
        "gen",
        "_",
    ]
)
# Module-level names of the generated module besides the spec's constants.
RUST_GLOBALS = frozenset(
    {
        "SIZE_LATEST",
        "SIZES",
        "SYSCALL_NUMBER",
        "USER_PTR_MAX",
        "Errno",
        "Error",
        "Values",
        "sys",
        "core",
        "access_ok",
        "page_size",
        "kernel_bits",
        "refused",
        "take",
        "put",
        "mask",
        "result",
        "stated_size",
        "IOC_LAYOUT",
        "IOCTL_TYPE",
        "IOCTL_NR",
        "FIELDS_OF",
    }
)
# Methods and associated constants of a flags type, which a flag must not take.
RUST_FLAG_METHODS = frozenset({"empty", "bits", "contains", "intersects", "from", "into"})
RUST_TYPES = {
    "__aligned_u64": "u64",
    "__u64": "u64",
    "__s64": "i64",
    "__u32": "u32",
    "__s32": "i32",
    "__u16": "u16",
    "__u8": "u8",
}
# C types of a system call argument and their Rust types (a register each).
RUST_ARG_TYPES = {
    "int": "i32",
    "s32": "i32",
    "pid_t": "i32",
    "unsigned int": "u32",
    "u32": "u32",
    "s16": "i16",
    "u16": "u16",
    "umode_t": "u16",
    "s8": "i8",
    "u8": "u8",
    "long": "isize",
    "unsigned long": "usize",
    "size_t": "usize",
}


@dataclass(frozen=True)
class RustRef:
    """How a Rust check names what it reads: ``v.x`` (the caller's bits) or ``k.x`` (kernel types)."""

    prefix: str
    signed_fields: frozenset[str]
    size: str = "size"

    def field(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def signed(self, name: str) -> bool:
        return name in self.signed_fields

    def user_range(self, addr: str, length: str) -> str:
        return f"access_ok({addr}, {length})"


@dataclass(frozen=True)
class Variant:
    """One value of a per-architecture item, under a cfg predicate ("" when it is the only one)."""

    cfg: str
    value: str


@dataclass(frozen=True)
class RustConstant:
    name: str
    doc: str
    variants: tuple[Variant, ...]
    type: str = "u64"  # i64 for a negative value (sched_attr's MIN_NICE)


@dataclass(frozen=True)
class RustErrno:
    """An error number of Linux, on each architecture: an associated constant of Errno."""

    name: str
    variants: tuple[Variant, ...]


@dataclass(frozen=True)
class RustField:
    name: str
    type: str
    offset: int
    end: int
    doc: str
    bits: str  # the field's 64 bits, from ``self``
    kernel: str  # the kernel member's value, from ``v``, as 64 bits
    pattern: str  # the layout assertion's expected value: the bytes offset..end
    signed_copy: bool


@dataclass(frozen=True)
class RustMask:
    name: str
    terms: tuple[str, ...]
    doc: str


@dataclass(frozen=True)
class RustArg:
    name: str
    type: str  # the parameter's Rust type
    register: str  # the expression passed to syscall()
    is_path: bool


@dataclass(frozen=True)
class RustOut:
    """A struct entry point the kernel writes through (sched_getattr)."""

    name: str
    number: tuple[Variant, ...]
    args: tuple[RustArg, ...]
    trailing: tuple[RustArg, ...]
    report: bool  # the size field of the result is min(the caller's size, the kernel's)
    verdict: str = "verdict"  # the verdict of its checks (an entry point's own, where they differ)


@dataclass(frozen=True)
class RustRefusal:
    test: str  # true when the fork-like wrapper refuses the request
    what: str


def rust_arg(entry: str, name: str, t: CType) -> RustArg:
    """The argument ``name`` of C type ``t``: a NUL-terminated path, an integer or an address."""
    c_type, base = t.text, t.base
    if t.is_path:
        return RustArg(name, "&[u8]", f"{name}.as_ptr()", True)
    if t.pointer:
        return RustArg(name, "usize", name, False)
    if base not in RUST_ARG_TYPES:
        raise ValueError(
            f"argument {name!r} of {entry}(): the Rust module has no register-wide type for C"
            f" type {c_type!r}; use int, long, unsigned long, size_t, a narrower integer type"
            " or a pointer"
        )
    rust = RUST_ARG_TYPES[base]
    signed = rust.startswith("i")
    return RustArg(name, rust, f"{name} as isize" if signed else f"{name} as usize", False)


def arch_cfg(keys: list[str] | tuple[str, ...]) -> str:
    """A cfg predicate true on any of ``keys`` (those Rust has a target for)."""
    preds = [p for k in keys if (p := arch.ARCHES[k].rust)]
    return preds[0] if len(preds) == 1 else f"any({', '.join(preds)})"


def per_arch(
    default: int,
    values: tuple[tuple[str, int], ...],
    arches: tuple[str, ...],
    literal: Callable[[int], str] = lambda v: c_int(v).removesuffix("ULL"),
) -> tuple[Variant, ...]:
    """cfg variants of a value that differs on some architectures; the default holds elsewhere."""
    differing = [(a, v) for a, v in values if a in arches and arch.ARCHES[a].rust]
    if not differing:
        return (Variant("", literal(default)),)
    out = []
    for value, keys in arch.by_value(tuple(a for a, _ in differing), dict(differing).__getitem__):
        out.append(Variant(arch_cfg(keys), literal(value)))
    others = arch_cfg([a for a, _ in differing])
    out.append(Variant(f"not({others})", literal(default)))
    return tuple(out)


@dataclass(frozen=True)
class RustFieldCall:
    """The calls of a struct that carries its own size (syscall.size.source: field)."""

    size_type: str  # the size field's Rust type
    trailing: tuple[RustArg, ...]  # the call's arguments after the struct
    outputs: tuple[RustOut, ...]  # the calls the kernel writes the struct through


@dataclass(frozen=True)
class RustLevels:
    """The best-effort table of a spec with abi_levels, as the Rust module spells it."""

    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (level, what each field keeps)
    fields: tuple[tuple[str, str], ...]  # (field, its Rust type)
    within: tuple[tuple[str, str], ...]  # (field, the field a subset check ties it to)
    query: tuple[str, ...]  # the query's syscall() arguments after the number
    value_name: str


def rust_errnos(spec: Spec) -> tuple[RustErrno, ...]:
    """The errnos the module names, with their numbers on each architecture."""
    return tuple(
        RustErrno(n, per_arch(ERRNO_NUMBERS[n][0], ERRNO_NUMBERS[n][1], spec.arches, str))
        for n in sorted(used_errnos(spec))
    )


def rust_extra_calls(spec: Spec, calls: Plan, own: set[str]) -> tuple[RustOut, ...]:
    """The further calls the kernel reads the struct through, each with its verdict (its
    own where its checks are not the system call's: ``own``)."""
    out = []
    for c in calls.extra_calls:
        call = rust_out(spec, c, rust_args(c, c.trailing))
        out.append(replace(call, verdict=f"verdict_{c.name}") if c.name in own else call)
    return tuple(out)


def rust_out_calls(spec: Spec, calls: Plan) -> tuple[RustOut, ...]:
    """The calls the kernel writes the struct through, when the size is an argument (those
    of a struct carrying its size are its field call's)."""
    if calls.size.kind != "argument":
        return ()
    return tuple(rust_out(spec, c, rust_args(c, c.trailing)) for c in calls.outputs)


def _paths(args: tuple[RustArg, ...]) -> tuple[RustArg, ...]:
    """The path arguments among ``args``, each name once."""
    return tuple({a.name: a for a in args if a.is_path}.values())


def rust_levels(spec: Spec) -> RustLevels | None:
    """The best-effort table and the query of the level (none without abi_levels)."""
    table = levels(spec)
    if table is None:
        return None
    main = plan(spec).main
    names = [f.name for f in spec.fields]

    def value(name: str) -> str:
        return f"{table.value if name == table.argument else 0}usize"

    return RustLevels(
        tuple((lv.level, tuple(f"{k:#x}" for k in lv.keep)) for lv in table.levels),
        tuple((f.name, RUST_TYPES[f.uapi_type]) for f in spec.fields),
        tuple((names[i], names[j]) for i, j in enumerate(table.within) if j is not None),
        (
            *(value(a.name) for a in main.args),
            "0usize",
            "0usize",
            *(value(a.name) for a in main.trailing),
        ),
        table.value_name,
    )


@dataclass(frozen=True)
class RustIoctl:
    """The extensible ioctl as the Rust module spells it."""

    macro: str
    type: str
    nr: str
    dir: str  # the direction, from IOC_LAYOUT's read and write
    layout: tuple[Variant, ...]  # IOC_LAYOUT on each architecture
    requests: tuple[RustField, ...]  # the request fields, the wrapper's parameters
    mask_fills: tuple[tuple[str, tuple[str, ...]], ...]  # (mask bit, the fields it covers)
    truncated_mask: bool


@dataclass(frozen=True)
class RustView:
    """``view`` of rust.rs.j2."""

    OUTPUT: ClassVar[str] = "rust"  # its name in a spec's skip_outputs
    spec: Spec
    module: str
    struct: str
    repr: str  # the struct's repr attribute arguments
    align: int  # the struct's alignment on every architecture Rust targets
    fields: tuple[RustField, ...]
    flag_types: tuple[FlagType, ...]
    constants: tuple[RustConstant, ...]
    arches_cfg: str  # true on an architecture whose values the module states
    arches_text: str
    number: tuple[Variant, ...]
    errnos: tuple[RustErrno, ...]
    size_checks: tuple[CheckLine, ...]
    checks: tuple[CheckLine, ...]
    masks: tuple[RustMask, ...]
    tail_errno: str | None  # None: the kernel only writes the struct
    tail_requirement: str
    call: str
    args: tuple[RustArg, ...]
    trailing: tuple[RustArg, ...]  # the call's arguments after the struct and its size
    paths: tuple[RustArg, ...]
    forklike: bool
    unsafe: str  # "unsafe " for a fork-like call, else ""
    param: str  # the wrapper's name of the struct
    refusals: tuple[RustRefusal, ...]
    refuse_text: str | None  # fork-like: what the wrapper refuses
    page_size: bool  # a check reads the page size
    latest: str  # SIZE_VERn of the latest version
    wrapper: str = "rust_call.rs.j2"  # the template of the system call wrappers
    size: SizeSource | None = None  # where the size comes from and what it means
    field: RustFieldCall | None = None  # the calls of a struct that carries its size
    ioctl: RustIoctl | None = None  # the ioctl call (syscall.size.source: ioctl)
    extra_calls: tuple[RustOut, ...] = ()  # further struct entry points the kernel reads through
    path_checks: tuple[RustArg, ...] = ()  # every path argument of every wrapper, once
    levels: RustLevels | None = None  # the interface numbers its own versions
    out_calls: tuple[RustOut, ...] = ()  # a size argument: the calls the kernel writes through
    # The struct entry points whose checks differ from the system call's: (name, checks).
    entry_checks: tuple[tuple[str, tuple[CheckLine, ...]], ...] = ()

    # The size semantics beyond clone3's shape that this view renders (clonegen.views.SEMANTICS).
    # Checks of arguments and NULL pointers are left to the kernel (the wrappers never pass
    # NULL); clamps are not refusals.
    SUPPORTED: ClassVar[frozenset[str]] = frozenset(SEMANTICS)  # every one of them

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return (
            Reserved("Rust", "field", "is a Rust keyword", RUST_KEYWORDS),
            Reserved("Rust", "flag", "is a Rust keyword", RUST_KEYWORDS),
            Reserved("Rust", "constant", "is a Rust keyword", RUST_KEYWORDS),
            Reserved("Rust", "struct_argument", "is a Rust keyword", RUST_KEYWORDS),
            Reserved("Rust", "syscall", "is a Rust keyword", RUST_KEYWORDS),
            Reserved(
                "Rust",
                "flag",
                "is a method of the generated Rust flags type",
                RUST_FLAG_METHODS,
            ),
            Reserved(
                "Rust",
                "constant",
                "is a name the generated Rust module defines itself",
                RUST_GLOBALS,
                prefixes=("SIZE_VER", "NR_"),
            ),
            Reserved(
                "Rust",
                "syscall",
                "is a name the generated Rust module defines itself",
                RUST_GLOBALS,
            ),
            Reserved(
                "Rust",
                "struct_argument",
                "is a name the generated Rust wrapper uses itself",
                frozenset(
                    {"how", "args", "size", "data", "value", "v", "ret", "errno", "sys", "core"}
                ),
            ),
            Reserved(
                "Rust",
                "spec",
                "is a crate of Rust's standard library, which a module of that name would hide",
                frozenset({"core", "std", "alloc"}),
            ),
            Reserved(
                "Rust", "struct", CAMEL_REASON.format("the Rust type"), pattern=CAMEL_WITHOUT_LETTER
            ),
        )

    @staticmethod
    def problems(spec: Spec) -> list[Refusal]:
        """What of the spec the Rust module cannot render, at its positions."""
        found = [
            Refusal(
                r.at,
                r.key,
                f"{r.message}; or list rust in skip_outputs to generate the rest without it",
            )
            for r in unsupported(spec, "Rust module", RustView.SUPPORTED)
        ]
        if spec.name in RUST_KEYWORDS:
            found.append(
                Refusal(
                    spec.pos, ("name",), f"the Rust module {spec.name!r} would be a Rust keyword"
                )
            )
        struct = camel(spec.uapi.struct)
        types = {struct: "the struct"}
        if struct in RUST_GLOBALS or struct in RUST_KEYWORDS or not struct:
            found.append(
                Refusal(
                    spec.uapi.pos,
                    ("struct",),
                    f"the Rust type of struct {spec.uapi.struct!r} would be {struct!r},"
                    " a name the module defines itself; choose another name",
                )
            )
        for f in spec.fields:
            if f.role != "flags":
                continue
            flag_type = struct + camel(f.name)
            if flag_type in types or flag_type in RUST_GLOBALS:
                found.append(
                    Refusal(
                        f.pos,
                        ("name",),
                        f"the Rust type of the flags of {f.name!r} would be {flag_type},"
                        f" the name of {types.get(flag_type, 'a type the module defines')}"
                        " too; choose another name",
                    )
                )
            types[flag_type] = f"the flags of {f.name!r}"
        for c in spec.constants:
            if c.name in types:
                found.append(
                    Refusal(
                        c.pos,
                        ("name",),
                        f"constant {c.name!r} would be the name of {types[c.name]} in"
                        " Rust; choose another name",
                    )
                )
        return found + _argument_types(spec)

    @classmethod
    def of(cls, spec: Spec) -> RustView | None:
        if cls.OUTPUT in spec.skip_outputs:
            return None
        struct = camel(spec.uapi.struct)
        signed_uapi = signed_uapi_fields(spec)
        flag_types = rust_flag_types(spec, struct)
        type_of = {fl.name: t.name for t in flag_types for fl in t.flags}
        fields = [rust_field(f, f.name in signed_uapi) for f in spec.fields]
        forklike = bool(spec.libc and spec.libc.forklike)
        refusals = rust_refusals(spec)
        calls = plan(spec)
        args = rust_args(calls.main, calls.main.args)
        trailing = rust_args(calls.main, calls.main.trailing)
        own = entry_checks(spec, rust_checks)
        extra = rust_extra_calls(spec, calls, {n for n, _ in own})
        outs = rust_out_calls(spec, calls)
        size_checks, checks = rust_checks(spec)
        return cls(
            spec=spec,
            module=spec.name,
            struct=struct,
            repr="C, align(8)" if spec.uapi.layout == "aligned_u64" else "C",
            align=8 if spec.uapi.layout == "aligned_u64" else 0,
            fields=tuple(fields),
            flag_types=flag_types,
            constants=rust_constants(spec),
            arches_cfg=arch_cfg(spec.arches),
            arches_text=", ".join(a for a in spec.arches if arch.ARCHES[a].rust),
            number=per_arch(
                calls.main.numbers.default, calls.main.numbers.arches, spec.arches, str
            ),
            errnos=rust_errnos(spec),
            size_checks=size_checks,
            checks=checks,
            masks=rust_masks(spec, type_of),
            tail_errno=spec.size.tail_errno,
            tail_requirement=spec.size.tail_requirement,
            call=spec.syscall,
            args=args,
            trailing=trailing,
            paths=tuple(a for a in args + trailing if a.is_path),
            forklike=forklike,
            unsafe="unsafe " if forklike else "",
            param="args" if forklike else "how",
            refusals=tuple(refusals),
            refuse_text=", ".join(r.what for r in refusals) if forklike else None,
            page_size=any("page_size()" in c.test for c in size_checks + checks),
            latest=f"SIZE_{spec.latest.name}",
            extra_calls=extra,
            path_checks=_paths(
                args + trailing + tuple(x for o in extra + outs for x in o.args + o.trailing)
            ),
            size=calls.size,
            levels=rust_levels(spec),
            out_calls=outs,
            entry_checks=own,
            **field_call(spec),
            **ioctl_call(spec, fields, type_of),
        )


def signed_uapi_fields(spec: Spec) -> frozenset[str]:
    return frozenset(f.name for f in spec.fields if f.uapi_type in ("__s64", "__s32"))


def rust_checks(
    spec: Spec, entry: str | None = None
) -> tuple[tuple[CheckLine, ...], tuple[CheckLine, ...]]:
    """The size steps, then the checks ``entry`` (default the system call) makes in kernel
    order, on the caller's values or the kernel's."""
    copy = RustRef("v.", signed_uapi_fields(spec))
    valid = RustRef("k.", frozenset(f.name for f in spec.fields if f.kernel_signed))
    return (
        tuple(CheckLine(s.errno, s.requirement, s.rust(copy)) for s in spec.size.steps),
        tuple(
            CheckLine(c.errno, c.text, c.rust(copy if c.phase == "copy" else valid))
            for c in spec.ordered_checks
            if c.made_by(entry or spec.syscall)
        ),
    )


def rust_constants(spec: Spec) -> tuple[RustConstant, ...]:
    """The spec's constants, per architecture, as i64 where some value is negative."""
    return tuple(
        RustConstant(
            c.name,
            c.doc,
            per_arch(c.value, c.per_arch, spec.arches),
            "i64" if min((c.value, *(v for _, v in c.per_arch))) < 0 else "u64",
        )
        for c in spec.constants
    )


def rust_flag_types(spec: Spec, struct: str) -> tuple[FlagType, ...]:
    """A type of each flags field's flags, named after the struct and the field."""
    return tuple(
        FlagType(
            struct + camel(f.name),
            f.name,
            tuple(
                FlagItem(
                    fl.name, c_int(fl.value).removesuffix("ULL"), f"{fl.doc} (Linux {fl.since})"
                )
                for fl in flags
            ),
        )
        for f, flags in spec.flag_fields
    )


def rust_field(f: Field, signed_uapi: bool) -> RustField:
    """A field: its bits as a u64, its value as the kernel converts it, a test pattern."""
    rtype = RUST_TYPES[f.uapi_type]
    if rtype in ("u64",):
        bits = f"self.{f.name}"
    elif rtype.startswith("i"):
        bits = f"self.{f.name} as i64 as u64"
    else:
        bits = f"u64::from(self.{f.name})"
    width = KERNEL_TYPE_BITS.get(f.kernel_type, 64)
    signed = f.kernel_type in SIGNED_KERNEL_TYPES
    kernel = (
        f"v.{f.name}" if width == 64 else f"kernel_bits(v.{f.name}, {width}, {str(signed).lower()})"
    )
    pattern = ", ".join(str(b % 256) for b in range(f.offset, f.offset + f.size))
    return RustField(
        f.name,
        rtype,
        f.offset,
        f.offset + f.size,
        f.doc,
        bits,
        kernel,
        f"{rtype}::from_ne_bytes([{pattern}])",
        signed_uapi,
    )


def used_errnos(spec: Spec) -> set[str]:
    """The errnos the module's verdicts and calls can give."""
    used = {s.errno for s in spec.size.steps} | {c.errno for c in spec.checks}
    used |= {spec.size.tail_errno or "EINVAL", "EINVAL"}
    if plan(spec).size.field:
        used.add("EFAULT")  # a buffer that does not hold the size it states
    used |= {errno for c in plan(spec).calls for errno, _ in c.entry.common_errors}
    return used


def rust_refusals(spec: Spec) -> tuple[RustRefusal, ...]:
    """What the fork-like call refuses: the libc's refused flags and fields."""
    lib = spec.libc
    if lib is None or not lib.forklike:
        return ()
    value = {fl.name: (fl.field, fl.value) for fl in spec.flags}
    refusals = [
        RustRefusal(f"v.{value[n][0]} & {c_int(value[n][1]).removesuffix('ULL')} != 0", n)
        for n in lib.refuse_flags
        if n in value
    ]
    return tuple(refusals + [RustRefusal(f"v.{n} != 0", n) for n in lib.refuse_fields])


def rust_masks(spec: Spec, type_of: dict[str, str]) -> tuple[RustMask, ...]:
    """The masks of known flags the checks compare with, by their flag types."""
    return tuple(
        RustMask(
            k.macro,
            tuple(
                f"{type_of[p.name]}::{p.name}.0" if p.name in type_of else p.rust
                for p in k.mask.parts
            ),
            f"Flags {k.entry_point}() knows in {c.field}.",
        )
        for c in spec.checks
        for k in (c.known,)
        if k
    )


def _pack(layout: arch.Ioc) -> int:
    return layout.size_bits << 8 | layout.read << 4 | layout.write


def _ioc(packed: int) -> str:
    return f"({packed >> 8}, {(packed >> 4) & 15}, {packed & 15})"


def ioctl_call(spec: Spec, fields: list[RustField], type_of: dict[str, str]) -> dict[str, Any]:
    """What the call of an extensible ioctl needs (none for a system call)."""
    io = plan(spec).ioctl
    if io is None:
        return {}
    requests = {f.name for f in io.requests}
    dirs = {"read": "read", "write": "write", "read_write": "read | write"}
    return {
        "wrapper": "rust_ioctl_call.rs.j2",
        "ioctl": RustIoctl(
            io.macro,
            f"{io.type:#x}",
            str(io.nr),
            dirs[io.dir],
            per_arch(
                _pack(arch.IOC_GENERIC),
                tuple((a, _pack(v)) for a, v in io.layouts),
                spec.arches,
                _ioc,
            ),
            tuple(f for f in fields if f.name in requests),
            tuple((f"{type_of[name]}::{name}.0", fills) for name, fills in io.mask_fills),
            io.mask_kept,
        ),
    }


def rust_args(call: Call, args: tuple[CallArg, ...]) -> tuple[RustArg, ...]:
    return tuple(rust_arg(call.name, a.name, a.type) for a in args)


def rust_out(spec: Spec, call: Call, trailing: tuple[RustArg, ...]) -> RustOut:
    """A further call of the struct, with its own number on each architecture."""
    return RustOut(
        call.name,
        per_arch(call.numbers.default, call.numbers.arches, spec.arches, str),
        rust_args(call, call.args),
        trailing,
        call.report,
    )


def field_call(spec: Spec) -> dict[str, Any]:
    """What the calls of a struct carrying its own size need (none for an argument size)."""
    calls = plan(spec)
    f = calls.size.field
    if f is None:
        return {}
    return {
        "wrapper": "rust_field_call.rs.j2",
        "field": RustFieldCall(
            RUST_TYPES[f.uapi_type],
            rust_args(calls.main, calls.main.trailing),
            tuple(rust_out(spec, c, rust_args(c, c.trailing)) for c in calls.outputs),
        ),
    }


# The license of the crate: that of the other programs' bindings (the libc source's SPDX).
CRATE_LICENSE = "MIT OR GPL-2.0 WITH Linux-syscall-note"


@dataclass(frozen=True)
class RustCrateView:
    """``view`` of the crate's Cargo.toml and lib.rs: the module as a path or git dependency.

    The crate is the directory ``rust/`` itself: ``src/lib.rs`` (``#![no_std]``)
    re-exports the module ``rust/<module>.rs``, so the module keeps its path
    for programs that include it with ``mod`` (and no spec name can put it on
    the crate root's path). No dependency; edition 2021, so
    Debian's cargo 1.63 builds it and a user crate of any edition uses it.
    """

    OUTPUT: ClassVar[str] = RustView.OUTPUT
    spec: Spec
    package: str  # the package's and the library's name: the module's
    module_file: str
    module_path: str  # the module file as src/lib.rs's #[path] names it
    version: str
    license: str
    description: str

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return ()  # the module's names are RustView's

    @classmethod
    def of(cls, spec: Spec) -> RustCrateView | None:
        if cls.OUTPUT in spec.skip_outputs:
            return None
        return cls(
            spec=spec,
            package=spec.name,
            module_file=f"{spec.name}.rs",
            module_path=f"../{spec.name}.rs",
            version=crate_version(spec),
            license=CRATE_LICENSE,
            description=f"Rust bindings for struct {spec.uapi.struct} and {spec.syscall}(),"
            " generated by clonegen",
        )


def crate_version(spec: Spec) -> str:
    """``0.<struct versions>.<flags, constants and entry points>+sha256.<spec digest>``.

    It grows with the ABI: a new struct version (new fields, which break a
    struct literal: a minor bump below 1.0) or a new flag, constant or entry
    point. The build metadata tells apart two specs of the same counts: the
    spec's digest and, for a cut, the Linux release.
    """
    count = AbiCount.of(spec)
    build = f"sha256.{spec.digest}"
    if spec.kernel_release:
        build += f".linux.{spec.kernel_release}"
    return f"0.{count.versions}.{count.names}+{build}"


def _argument_types(spec: Spec) -> list[Refusal]:
    """The argument types of struct entry points the Rust module has no type for."""
    found: list[Refusal] = []
    for e in spec.struct_entries:
        for key, args in (
            ("arguments", e.arguments),
            ("trailing_arguments", e.trailing_arguments),
        ):
            for j, a in enumerate(args):
                try:
                    rust_arg(e.name, a.name, CType.parse(a.type))
                except ValueError as exc:
                    found.append(Refusal(e.pos, (key, j, "type"), str(exc)))
    return found
