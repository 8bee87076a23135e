"""The libc header and source: prefixed struct and constants, wrappers, the fork helper."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from clonegen import arch, runtime
from clonegen.rules import c_int
from clonegen.views import Reserved, unsupported
from clonegen.views.c import C_RESERVED, declaration
from clonegen.views.uapi import UapiView

if TYPE_CHECKING:
    from clonegen.model import EntryPoint, Order, Spec

# Name prefixes of the C library and its system headers (O_CREAT, get_current_dir_name, ...).
SYSTEM_PREFIXES = frozenset(
    {"o_", "s_", "e_", "at_", "f_", "fd_", "get_", "set_", "str_", "mem_", "posix_", "pthread_"}
    | {"sched_", "clone_", "mount_", "sys_", "sig_", "open_", "close_", "__", "_"}
)
LIBC_TYPES = {
    "__aligned_u64": "uint64_t",
    "__u64": "uint64_t",
    "__s64": "int64_t",
    "__u32": "uint32_t",
    "__s32": "int32_t",
    "__u16": "uint16_t",
    "__u8": "uint8_t",
}
# The system headers that define the names the libc header checks its own
# against: the C library's and, where installed, the kernel's uapi one (musl
# brings none). The libc source includes them all, so its build checks every
# name whatever a program includes.
AGREEMENT_HEADERS = {
    "clone_args": ("sched.h", "signal.h", "linux/sched.h"),
    "open_how": ("fcntl.h", "linux/openat2.h"),
}

# C libraries that define a checked name differently from the kernel: the
# check runs only where the condition holds, and the comment says why.
LIBC_DIFFERENCES = {
    "O_ACCMODE": (
        "defined(__GLIBC__)",
        "musl's O_ACCMODE is 03|O_SEARCH (O_PATH), so the check is glibc's only.",
    ),
}


@dataclass(frozen=True)
class LibcField:
    name: str
    type: str
    aligned: bool
    offset: int
    doc: str


@dataclass(frozen=True)
class LegacySource:
    field: str
    clear: str | None
    keep: str | None
    to_top: str | None  # the size field added to this field, as clone3 does


@dataclass(frozen=True)
class LegacyArg:
    name: str
    combine: str  # "or": disjoint bit ranges; "same": non-zero sources must agree; "none": unset
    sources: tuple[LegacySource, ...]


@dataclass(frozen=True)
class LibcOrder:
    condition: str | None  # None: the default order
    arguments: tuple[str, ...]


@dataclass(frozen=True)
class Fallback:
    entry: str
    orders: tuple[LibcOrder, ...]
    args: tuple[LegacyArg, ...]
    zero_fields: tuple[str, ...]


@dataclass(frozen=True)
class ArchCase:
    """One ``#if`` case of a per-architecture value."""

    condition: str
    value: str


@dataclass(frozen=True)
class SystemCheck:
    """The C library's own definition of a constant, checked against the spec."""

    name: str
    header: str
    cases: tuple[ArchCase, ...]  # the spec's value on each architecture it states


@dataclass(frozen=True)
class LibcCall:
    """A raw wrapper of one struct entry point: a system call, or an ioctl through syscall()."""

    name: str
    doc: str
    syscall: str | None  # the SYS_ name; None for an ioctl (SYS_ioctl)
    number_macro: str
    numbers: tuple[ArchCase, ...]
    default_number: int
    params: tuple[str, ...]
    arguments: tuple[str, ...]  # what syscall() gets after the number


@dataclass(frozen=True)
class LibcView:
    """``view`` of libc.h.j2 and libc.c.j2."""

    spec: Spec
    uapi: UapiView
    prefix: str
    macro_prefix: str
    struct: str
    guard: str
    raw_function: str
    number_macro: str
    numbers: tuple[ArchCase, ...]
    fields: tuple[LibcField, ...]
    arguments: tuple[str, ...]  # declarations of the struct entry's leading arguments
    argument_names: tuple[str, ...]
    fallback: Fallback | None
    forklike: bool
    refuse_flags: tuple[str, ...]
    refuse_fields: tuple[str, ...]
    system_headers: tuple[str, ...]
    system_checks: tuple[SystemCheck, ...]
    runtime_run: str  # the fixed C of the run-on-a-stack helper
    agreement_headers: tuple[str, ...]
    plain_main: bool = True  # the main entry: leading arguments, the struct, a size_t size
    calls: tuple[LibcCall, ...] = ()  # the other raw wrappers (all of them when not plain_main)
    ioctl_headers: tuple[str, ...] = ()

    @property
    def libc_differences(self) -> dict[str, tuple[str, str]]:
        return LIBC_DIFFERENCES

    @property
    def spec_macro(self) -> str:
        return self.spec.name.upper()

    @property
    def assert_macro(self) -> str:
        return f"{self.macro_prefix}{self.spec_macro}_ASSERT"

    @property
    def agreement_names(self) -> tuple[str, ...]:
        """The macros the system may define too: flags, constants, sizes."""
        names = [d.name for g in self.uapi.flag_groups for d in g.defines]
        names += [d.name for d in self.uapi.constants]
        names += [v.macro for v in self.spec.versions]
        return tuple(names)

    @property
    def source_headers(self) -> tuple[str, ...]:
        """The C library headers the libc source includes."""
        libc = [h for h in self.agreement_headers if not h.startswith("linux/")]
        return tuple(sorted({*self.system_headers, *libc}))

    @property
    def uapi_headers(self) -> tuple[str, ...]:
        """The kernel's uapi headers the libc source includes where they are installed."""
        return tuple(h for h in self.agreement_headers if h.startswith("linux/"))

    @property
    def agreement_list(self) -> str:
        return ", ".join(f"<{h}>" for h in self.agreement_headers)

    @property
    def has_u64_constants(self) -> bool:
        values = [d.value for g in self.uapi.flag_groups for d in g.defines]
        return any(v.endswith("ULL") for v in values + [d.value for d in self.uapi.constants])

    @staticmethod
    def cxx98_value(value: str, macro: str) -> str:
        """A 64-bit hex constant through the header's _U64 macro, which C++98 can say."""
        if not (value.endswith("ULL") and value.lower().startswith("0x")):
            return value
        digits = value[2:-3]
        return f"{macro}_U64(0x{digits[:-8]}, {digits[-8:].rjust(8, '0')})"

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return C_RESERVED

    @staticmethod
    def problems(data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
        """A prefix in a namespace the C library uses would give its names to ours."""
        lib = data.get("libc")
        if not lib:
            return []
        found = unsupported(data, "libc wrapper", LIBC_SUPPORTED)
        prefix = lib["prefix"]
        if prefix.lower() in SYSTEM_PREFIXES or not prefix.endswith("_"):
            return found + [
                (
                    ("libc", "prefix"),
                    f"libc prefix {prefix!r} is not a namespace of the project's own: the C library "
                    "uses it, or it does not end in '_'; choose one such as cg_",
                )
            ]
        return found

    @classmethod
    def of(cls, spec: Spec) -> LibcView | None:
        lib = spec.libc
        if lib is None:
            return None
        prefix = lib.prefix
        return cls(
            spec=spec,
            uapi=UapiView.of(spec),
            prefix=prefix,
            macro_prefix=prefix.upper(),
            struct=f"{prefix}{spec.uapi.struct}",
            guard=f"{prefix.upper()}{spec.name.upper()}_H",
            raw_function=f"{prefix}{spec.syscall}",
            number_macro=f"{prefix.upper()}SYS_{spec.syscall}",
            numbers=tuple(ArchCase(arch.cc_condition([k]), str(v)) for k, v in spec.numbers),
            fields=tuple(
                LibcField(
                    f.name, LIBC_TYPES[f.uapi_type], f.uapi_type == "__aligned_u64", f.offset, f.doc
                )
                for f in spec.fields
            ),
            arguments=tuple(
                declaration(a.type.replace(" __user", ""), a.name)
                for a in spec.struct_entry.arguments
            ),
            argument_names=tuple(a.name for a in spec.struct_entry.arguments),
            fallback=fallback(spec),
            forklike=lib.forklike,
            refuse_flags=lib.refuse_flags,
            refuse_fields=lib.refuse_fields,
            system_headers=tuple(sorted({c.libc_header for c in spec.constants if c.libc_header})),
            system_checks=tuple(
                SystemCheck(c.name, c.libc_header, _arch_cases(spec, c.value_for))
                for c in spec.constants
                if c.libc_header
            ),
            runtime_run=runtime.source("libc_run.c") if lib.forklike else "",
            agreement_headers=AGREEMENT_HEADERS.get(spec.name, ()),
            plain_main=plain_main(spec),
            calls=calls(spec, prefix),
            ioctl_headers=("sys/ioctl.h",) if spec.size.ioctl else (),
        )


# What the raw wrappers say; the checks of arguments, clamps and the rest are the kernel's.
LIBC_SUPPORTED = frozenset(
    {
        "size_field",
        "zero_means",
        "write_back",
        "size_ioctl",
        "output",
        "request_fields",
        "mask_bits",
        "clamps",
        "trailing_arguments",
        "before_copy",
        "null_struct",
        "struct_entries",
        "report",
    }
)


def plain_main(spec: Spec) -> bool:
    e = spec.struct_entry
    return spec.size.source == "argument" and not e.trailing_arguments and e.reads


def _params(spec: Spec, prefix: str, e: EntryPoint) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The wrapper's parameter declarations and syscall()'s arguments, in the kernel's order."""
    policy = spec.size_of(e)
    struct = f"struct {prefix}{spec.uapi.struct} *args"
    params = [declaration(a.type.replace(" __user", ""), a.name) for a in e.arguments]
    names = [a.name for a in e.arguments]
    if policy.ioctl:
        io = policy.ioctl
        dirs = {"read": "_IOC_READ", "write": "_IOC_WRITE", "read_write": "_IOC_READ | _IOC_WRITE"}
        number = f"(unsigned long)_IOC({dirs[io.dir]}, {io.type:#04x}, {io.nr}, size)"
        return (*params, struct, "size_t size"), (*names, number, "args")
    params.append(struct)
    names.append("args")
    if policy.source == "argument":
        params.append("size_t size" if e.reads else "unsigned int size")
        names.append("size")
    params += [declaration(a.type.replace(" __user", ""), a.name) for a in e.trailing_arguments]
    names += [a.name for a in e.trailing_arguments]
    return tuple(params), tuple(names)


def calls(spec: Spec, prefix: str) -> tuple[LibcCall, ...]:
    out = []
    for e in spec.struct_entries:
        if e.name == spec.syscall and plain_main(spec):
            continue
        policy = spec.size_of(e)
        params, names = _params(spec, prefix, e)
        if policy.ioctl:
            doc = f"the {spec.syscall.upper()} ioctl; the size goes into the ioctl number"
        elif policy.from_field:
            doc = f"the raw {e.name}() system call; the size is args->{policy.field}"
        else:
            doc = f"the raw {e.name}() system call"
        main = e.name == spec.syscall
        out.append(
            LibcCall(
                name=f"{prefix}{e.name}",
                doc=doc,
                syscall=None if policy.ioctl else e.name,
                number_macro=f"{prefix.upper()}SYS_{e.name}",
                numbers=tuple(
                    ArchCase(arch.cc_condition([k]), str(v))
                    for k, v in (spec.numbers if main else e.numbers)
                ),
                default_number=(
                    spec.default_number if main or e.default_number is None else e.default_number
                ),
                params=params,
                arguments=names,
            )
        )
    return tuple(out)


def _arch_cases(spec: Spec, value_for: Callable[[str], int]) -> tuple[ArchCase, ...]:
    """One case per distinct value, for the architectures the spec states."""
    return tuple(
        ArchCase(arch.cc_condition(keys), c_int(v))
        for v, keys in arch.by_value(spec.arches, value_for)
    )


def _order(o: Order, unset: set[str]) -> LibcOrder:
    names = tuple("0UL" if a.name in unset else a.name for a in o.arguments)
    return LibcOrder(None if o.is_default else arch.cc_condition(list(o.arches)), names)


def fallback(spec: Spec) -> Fallback | None:
    """How the fork helper says a request through the legacy entry point."""
    lib = spec.libc
    if lib is None or lib.fallback is None:
        return None
    entry = next(e for e in spec.entry_points if e.name == lib.fallback)
    tops = {c.field: c.to_top.other for c in spec.checks if c.to_top}
    kept = {f.name for f in spec.fields}
    by_arg: dict[str, list[LegacySource]] = {}
    for a in entry.sets:
        if a.kind == "arg" and a.target in kept:
            by_arg.setdefault(a.arg or "", []).append(
                LegacySource(a.target, a.clear, a.keep, tops.get(a.target))
            )
    args = []
    for arg in entry.arguments:
        sources = tuple(by_arg.get(arg.name, ()))
        combine = (
            "none" if not sources else ("or" if any(x.clear or x.keep for x in sources) else "same")
        )
        args.append(LegacyArg(arg.name, combine, sources))
    covered = {x.field for srcs in by_arg.values() for x in srcs}
    covered |= {x.to_top for srcs in by_arg.values() for x in srcs if x.to_top}
    unset = {a.name for a in args if a.combine == "none"}
    return Fallback(
        entry=entry.name,
        orders=tuple(_order(o, unset) for o in entry.orders),
        args=tuple(args),
        zero_fields=tuple(f.name for f in spec.fields if f.name not in covered),
    )
