"""The libc header and source: prefixed struct and constants, wrappers, the fork helper."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import TYPE_CHECKING, Any

from clonegen import arch, decode, runtime
from clonegen.names import release_key
from clonegen.plan import Call, Numbers, levels, plan
from clonegen.rules import KnownFlags, Mask, MinVersion, SizeStep, Value, c_int
from clonegen.views import SEMANTICS, Refusal, Requirement, Reserved, unsupported
from clonegen.views.c import (
    C_RESERVED,
    IOC_DIRECTIONS,
    LIBC_SYSTEM_RESERVED,
    declaration,
    flag_literal,
)
from clonegen.views.uapi import UapiView

if TYPE_CHECKING:
    from clonegen.decode import DecodeEntry, DecodeRow
    from clonegen.model import Field, Libc, Order, Spec, TraceName
    from clonegen.rules import Check

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
# The C library headers the fixed process code (runtime/libc_run.c) needs.
RUNTIME_HEADERS = ("fcntl.h", "signal.h", "stdlib.h", "sys/uio.h", "sys/wait.h")

# The preprocessor condition of each C library a spec's libc_only may name.
LIBC_CONDITIONS = {"glibc": "defined(__GLIBC__)"}


@dataclass(frozen=True)
class DecodeName:
    """A name in a decoder table: its C value and the release that added it (0: always)."""

    name: str
    value: str
    since: str


@dataclass(frozen=True)
class DecodeValue:
    """A constant of a decoder table whose value differs by architecture: one macro."""

    macro: str
    cases: tuple[ArchCase, ...]
    default: str


@dataclass(frozen=True)
class DecodeField:
    """One row of the decoder's table (the runtime's struct clonegen_decode_field)."""

    name: str
    offset: int
    size: int
    print: str  # the runtime's CLONEGEN_PRINT_*
    names: tuple[DecodeName, ...]
    names_array: str  # the static array of names, or NULL when there are none
    modes: tuple[DecodeName, ...]
    modes_array: str
    unknown: str

    @property
    def nr_names(self) -> str:
        return _count(self.names_array)

    @property
    def nr_modes(self) -> str:
        return _count(self.modes_array)

    @property
    def nr_nonzero(self) -> str:
        return _count(self.nonzero_array)

    show_field: int
    show_bits: str
    show_nonzero: tuple[int, ...]
    nonzero_array: str
    past_size: int
    count: int
    element: int
    max: str
    reach: int
    hide_field: int
    hide_bits: str
    unless_negative: int


@dataclass(frozen=True)
class LibcField:
    name: str
    type: str
    aligned: bool
    offset: int
    doc: str | None  # None: the runtime's private copy of the struct says none


@dataclass(frozen=True)
class LegacySource:
    field: str
    clear: str | None
    keep: str | None
    to_top: str | None  # the size field added to this field, as clone3 does
    # The flags under which the system call uses the field (the decoder's show
    # condition, e.g. CLONE_PIDFD for pidfd): else it ignores it, and the field
    # gives its argument nothing; used, it gives its value, zero too.
    used_when: str | None = None


@dataclass(frozen=True)
class LegacyArg:
    name: str
    combine: str  # "or": disjoint bit ranges; "same": non-zero sources must agree; "none": unset
    sources: tuple[LegacySource, ...]

    @property
    def shared(self) -> bool:
        """Some source gives the whole argument: each such source must agree with the others."""
        return any(not (s.clear or s.keep or s.to_top) for s in self.sources)


@dataclass(frozen=True)
class LibcOrder:
    condition: str | None  # None: the default order
    arguments: tuple[str, ...]


@dataclass(frozen=True)
class VerdictCheck:
    """One of the kernel's checks as the fork helper's verdict makes it."""

    condition: str  # C: true when the check fails
    errno: str


@dataclass(frozen=True)
class VerdictValue:
    """A constant the verdict compares with: one macro, per architecture where it differs."""

    macro: str
    cases: tuple[ArchCase, ...]
    default: str
    parts: tuple[str, ...] = ()  # a mask: its flags, one a line (default unused)


@dataclass(frozen=True)
class VerdictKernel:
    """A field as the kernel holds it after the copy: its C type and conversion from the caller's bits."""

    name: str
    type: str
    value: str


@dataclass(frozen=True)
class Verdict:
    """What the kernel's entry point refuses, in C, for the fork helper's fallback.

    The spec's checks in kernel order (copy, valid, common phases), each on
    the caller's bits (``v->x``) or the kernel's values (``k_x``), with the
    spec's constants as macros of their own and its flags by their libc names.
    """

    checks: tuple[VerdictCheck, ...]
    values: tuple[VerdictValue, ...]
    kernel: tuple[VerdictKernel, ...]


@dataclass(frozen=True)
class Fallback:
    entry: str
    orders: tuple[LibcOrder, ...]
    args: tuple[LegacyArg, ...]
    zero_fields: tuple[str, ...]
    verdict: Verdict


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
    only: str | None = None  # the C library condition under which alone it is checked
    why: str | None = None  # why the other C libraries differ


@dataclass(frozen=True)
class SizeCheck:
    """One of the kernel's size checks, in the libc source's C."""

    condition: str
    errno: str


def size_check(step: SizeStep, macro_prefix: str) -> SizeCheck:
    """The step as the libc source says it: the page size from sysconf(), prefixed macros."""
    return SizeCheck(step.libc("size", macro_prefix), step.errno)


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
class LibcLevels:
    """The best-effort table of a spec with abi_levels, and its two functions."""

    for_level: str  # the function that cuts a request to a level
    abi_version: str  # the function that asks the running kernel for its level
    table: str  # the static table's name
    value_name: str
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (level, what each field keeps)
    fields: tuple[str, ...]
    within: tuple[tuple[str, str], ...]  # (field, the field a subset check ties it to)
    query_args: tuple[str, ...]  # what syscall() gets after the number


@dataclass(frozen=True)
class Returns:
    """What some functions of the header return and what they do with errno."""

    functions: tuple[str, ...]
    text: str

    @property
    def line(self) -> str:
        return f"{', '.join(f'{n}()' for n in self.functions)}: {self.text}."


# The header's conventions, by kind of function: the one place each is said.
ERRNO_SET = "-1 with errno set"
RETURNS = {
    "raw": f"what the kernel returns on success, or {ERRNO_SET}",
    "forklike": f"the child's pid in the parent, 0 in the child, or {ERRNO_SET}",
    "run": f"the child's pid, or {ERRNO_SET}",
    "spawn": "0, or an errno value (the child's, before execve(), or why no child could be "
    "made); errno itself is left as it was",
    "probe": "0, or an errno value (@out->error) when {call}() cannot be used at all; "
    "errno itself is left as it was",
    "missing": "non-zero once the fork helper has seen ENOSYS from {call}(), else 0; "
    "it cannot fail and leaves errno as it was",
    "decode": "the length of the whole text, as snprintf() returns it; it cannot fail and "
    "leaves errno as it was (but for what @how->peek does)",
    "level": f"0, or {ERRNO_SET} to EINVAL when @level is below the first level",
}


def system_checks(spec: Spec) -> tuple[SystemCheck, ...]:
    """The constants the C library defines too: the source checks they agree."""
    return tuple(
        SystemCheck(
            c.name,
            c.libc_header,
            _arch_cases(spec, c.value_for),
            LIBC_CONDITIONS[c.libc_only[0]] if c.libc_only else None,
            c.libc_only[1] if c.libc_only else None,
        )
        for c in spec.constants
        if c.libc_header
    )


def libc_levels(spec: Spec, prefix: str) -> LibcLevels | None:
    """The best-effort table and the query of the level (none without abi_levels)."""
    table = levels(spec)
    if table is None:
        return None
    main = plan(spec).main
    names = [f.name for f in spec.fields]

    def value(name: str) -> str:
        return f"(long){c_int(table.value) if name == table.argument else 0}"

    return LibcLevels(
        f"{prefix}{spec.name}_for_level",
        f"{prefix}{spec.name}_abi_version",
        f"{prefix}{spec.name}_levels",
        table.value_name,
        tuple((lv.level, tuple(f"{k:#x}ULL" for k in lv.keep)) for lv in table.levels),
        tuple(names),
        tuple((names[i], names[j]) for i, j in enumerate(table.within) if j is not None),
        (
            *(value(a.name) for a in main.args),
            "(long)0",
            "(long)0",
            *(value(a.name) for a in main.trailing),
        ),
    )


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
    number_macro: str  # the main call's
    fields: tuple[LibcField, ...]
    fallback: Fallback | None
    forklike: bool
    refuse_flags: tuple[str, ...]
    refuse_fields: tuple[str, ...]
    system_headers: tuple[str, ...]
    system_checks: tuple[SystemCheck, ...]
    runtime_run: str | None  # fork-like: the fixed C of the run-on-a-stack helper
    runtime_spawn: str | None  # fork-like: the fixed C of spawn and probe
    size_checks: tuple[SizeCheck, ...]  # the kernel's, in its order
    tail_errno: str | None  # a non-zero byte past the struct; None: the kernel only writes it
    agreement_headers: tuple[str, ...]
    decode_function: str
    decoding: str  # the struct of the decoder's options
    release_macro: str
    runtime_decode: str  # the fixed C of the decoder
    decode_values: tuple[DecodeValue, ...]
    decode_fields: tuple[DecodeField, ...]
    decode_versions: tuple[tuple[int, str], ...]  # (size, since) of each version
    decode_entries: tuple[DecodeEntry, ...]  # the system call first

    # The raw wrapper of a plain main call (leading arguments, the struct, a size_t size),
    # raw_function; None: the main call is among ``calls``.
    main: LibcCall | None
    calls: tuple[LibcCall, ...]  # the other raw wrappers
    ioctl_headers: tuple[str, ...]
    levels: LibcLevels | None = None  # the interface numbers its own versions

    @property
    def returns(self) -> tuple[Returns, ...]:
        """Every function of the header by what it returns: the header's table of conventions."""
        main = (self.main.name,) if self.main else ()
        calls = tuple(c.name for c in self.calls)
        kinds: dict[str, tuple[str, ...]] = {"raw": calls, "decode": (self.decode_function,)}
        if self.levels:
            calls += (self.levels.abi_version,)
            kinds |= {"raw": calls, "level": (self.levels.for_level,)}
        if self.forklike:
            f = self.raw_function
            kinds |= {
                "forklike": (*main, f"{f}_fork"),
                "run": (f"{f}_run",),
                "spawn": (f"{self.prefix}spawn",),
                "probe": (f"{f}_probe",),
                "missing": (f"{f}_missing",),
            }
        else:
            kinds["raw"] = main + calls
        call = self.spec.syscall
        return tuple(
            Returns(kinds[k], text.format(call=call)) for k, text in RETURNS.items() if kinds.get(k)
        )

    def returns_of(self, function: str) -> str:
        """The kernel-doc Return: text of one function, from the table."""
        return next(r.text for r in self.returns if function in r.functions)

    @property
    def reserved_namespace(self) -> bool:
        """The prefix starts with __: the files are a C library's own (libc.reserved_namespace)."""
        return self.spec.libc is not None and self.spec.libc.reserved_namespace

    @property
    def stack_arches(self) -> str:
        """Where the run helper and spawn have their assembly, as the header says it."""
        arches = runtime.stack_arches()
        return f"{', '.join(arches[:-1])} and {arches[-1]}"

    @property
    def header_headers(self) -> tuple[str, ...]:
        """What the header includes: <signal.h> too for spawn's sigset_t."""
        return ("stddef.h", "stdint.h", "sys/types.h") + (("signal.h",) if self.forklike else ())

    @property
    def probe_flags(self) -> tuple[str, ...]:
        """The flags of the spec's flags field that probe() checks, in spec order."""
        return tuple(f.name for f in self.spec.flags if f.field == runtime.SPAWN_FLAGS_FIELD)

    @property
    def spawn_bindings(self) -> tuple[tuple[str, str], ...]:
        """The names runtime/libc_spawn.c uses and this spec's C for each."""
        p = self.macro_prefix
        return (
            (
                "CLONEGEN_ARGS",
                "struct clonegen_args" if self.cut_struct else f"struct {self.struct}",
            ),
            ("CLONEGEN_ATTR", f"struct {self.prefix}spawn_attr"),
            ("CLONEGEN_ACTION", f"struct {self.prefix}spawn_action"),
            ("CLONEGEN_RESULT", f"struct {self.prefix}spawn_result"),
            ("CLONEGEN_PROBE", f"struct {self.raw_function}_probe"),
            ("CLONEGEN_NR", self.number_macro),
            ("CLONEGEN_SIZE_VER0", f"{p}{self.spec.versions[0].macro}"),
            ("CLONEGEN_F(name)", f"{p}##name"),
            (
                "CLONEGEN_SPAWN_REFUSED_FLAGS",
                "( \\\n"
                + "".join(f"\t{p}{n} | \\\n" for n in runtime.SPAWN_REFUSED_FLAGS)
                + "\t0)",
            ),
        )

    @property
    def cut_flags(self) -> tuple[tuple[str, str], ...]:
        """The flags the fork-like runtime uses that a release cut lacks, with their ABI values:
        the source defines them for itself, the header names only what the release has."""
        if not self.forklike:
            return ()
        wanted = set(runtime.libc_spawn_flags()) - self.flag_names
        return tuple(
            (f"{self.macro_prefix}{n}", flag_literal(v))
            for n, v in self.spec.uncut_flags
            if n in wanted
        )

    @property
    def cut_struct(self) -> tuple[LibcField, ...]:
        """The whole struct, for the runtime alone, when a release cut lacks a field it uses."""
        _, used = runtime.spawn_names()
        if not self.forklike or set(used) <= {f.name for f in self.fields}:
            return ()
        return tuple(
            LibcField(
                s.name, LIBC_TYPES[s.uapi_type], s.uapi_type == "__aligned_u64", s.offset, None
            )
            for s in self.spec.uncut_layout
        )

    @property
    def flag_names(self) -> frozenset[str]:
        return frozenset(f.name for f in self.spec.flags)

    @property
    def spawn_refusals(self) -> str:
        """The header's sentence on the clone flags spawn refuses."""
        own, shared = runtime.SPAWN_OWN_FLAGS, runtime.SPAWN_SHARED_FLAGS
        return (
            "Refused with EINVAL before any child exists: a NULL @file, @argv or @out; unknown "
            f"@attr->flags or file actions; {self.macro_prefix}SPAWN_SETSIGMASK or "
            f"{self.macro_prefix}SPAWN_SETSIGDEF without its set; in @attr->clone_flags the "
            f"flags spawn sets itself or that its shared-memory child cannot have "
            f"({', '.join(own)}), those that would share with the caller what the child changes "
            f"before execve() or the program after it ({', '.join(shared[:-1])}), and "
            f"{shared[-1]}, whose child the caller could not wait for. A negative descriptor in "
            "@attr->keep_fds, a file action or @attr->cgroup is EBADF."
        )

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
        runtime = RUNTIME_HEADERS if self.forklike else ()
        return tuple(sorted({*self.system_headers, *libc, *runtime}))

    @property
    def uapi_headers(self) -> tuple[str, ...]:
        """The kernel's uapi headers the libc source includes where they are installed."""
        return tuple(h for h in self.agreement_headers if h.startswith("linux/"))

    @property
    def agreement_list(self) -> str:
        return ", ".join(f"<{h}>" for h in self.agreement_headers)

    @property
    def has_u64_constants(self) -> bool:
        values = [d.libc_value for g in self.uapi.flag_groups for d in g.defines]
        return any(v.endswith("ULL") for v in values + [d.libc_value for d in self.uapi.constants])

    @staticmethod
    def cxx98_value(value: str, macro: str) -> str:
        """A 64-bit hex constant through the header's _U64 macro, which C++98 can say."""
        if not (value.endswith("ULL") and value.lower().startswith("0x")):
            return value
        digits = value[2:-3]
        return f"{macro}_U64(0x{digits[:-8]}, {digits[-8:].rjust(8, '0')})"

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return C_RESERVED + LIBC_SYSTEM_RESERVED

    @staticmethod
    def requirements() -> tuple[Requirement, ...]:
        why = "the libc spawn of a fork-like spec uses it"
        flags, fields = runtime.libc_spawn_flags(), runtime.spawn_names()[1]
        return tuple(Requirement("libc", "flag", n, "libc.forklike", why) for n in flags) + tuple(
            Requirement("libc", "field", n, "libc.forklike", why) for n in fields
        )

    @staticmethod
    def problems(spec: Spec) -> list[Refusal]:
        """A prefix in a namespace the C library uses would give its names to ours."""
        lib = spec.libc
        if lib is None:
            return []
        found = unsupported(spec, "libc wrapper", LIBC_SUPPORTED)
        prefix = lib.prefix
        namespace = _namespace_problem(lib, prefix, lib.reserved_namespace)
        if namespace:
            return found + [namespace]
        if not prefix.startswith("__") and (
            prefix.lower() in SYSTEM_PREFIXES or not prefix.endswith("_")
        ):
            return found + [
                Refusal(
                    lib.pos,
                    ("prefix",),
                    f"libc prefix {prefix!r} is not a namespace of the project's own: the C library "
                    "uses it, or it does not end in '_'; choose one such as cg_",
                )
            ]
        # The decoder's macros: PREFIX_<NAME>_RELEASE and PREFIX_<NAME>_DECODE_<constant>.
        ours = f"{spec.name.upper()}_"
        return found + [
            Refusal(
                fl.pos,
                ("name",),
                f"flag {fl.name!r} would be the libc macro {prefix.upper()}{fl.name}, which "
                f"the decoder defines itself ({prefix.upper()}{ours}RELEASE, "
                f"{prefix.upper()}{ours}DECODE_*); choose another name",
            )
            for fl in spec.flags
            if fl.name == f"{ours}RELEASE" or fl.name.startswith(f"{ours}DECODE_")
        ]

    @classmethod
    def of(cls, spec: Spec) -> LibcView | None:
        lib = spec.libc
        if lib is None:
            return None
        prefix = lib.prefix
        p = plan(spec)
        struct = f"{prefix}{spec.uapi.struct}"
        main = libc_call(struct, prefix, p.main)
        return cls(
            spec=spec,
            uapi=UapiView.of(spec),
            prefix=prefix,
            macro_prefix=prefix.upper(),
            struct=struct,
            guard=f"{prefix.upper()}{spec.name.upper()}_H",
            raw_function=f"{prefix}{spec.syscall}",
            number_macro=main.number_macro,
            fields=tuple(
                LibcField(
                    f.name, LIBC_TYPES[f.uapi_type], f.uapi_type == "__aligned_u64", f.offset, f.doc
                )
                for f in spec.fields
            ),
            fallback=fallback(spec),
            forklike=lib.forklike,
            refuse_flags=lib.refuse_flags,
            refuse_fields=lib.refuse_fields,
            system_headers=tuple(sorted({c.libc_header for c in spec.constants if c.libc_header})),
            system_checks=system_checks(spec),
            runtime_run=runtime.source("libc_run.c") if lib.forklike else None,
            runtime_spawn=runtime.source("libc_spawn.c") if lib.forklike else None,
            size_checks=tuple(size_check(st, prefix.upper()) for st in spec.size.steps),
            tail_errno=spec.size.tail_errno,
            agreement_headers=lib.agreement_headers,
            decode_function=f"{prefix}{spec.name}_decode",
            decoding=f"{prefix}{spec.name}_decoding",
            release_macro=f"{prefix.upper()}{spec.name.upper()}_RELEASE",
            runtime_decode=runtime.source("libc_decode.c"),
            decode_values=_decode_values(spec, prefix),
            decode_fields=tuple(_decode_field(spec, r, prefix) for r in decode.rows(spec)),
            decode_versions=tuple((v.size, _release_code(v.since)) for v in spec.versions),
            decode_entries=decode.entries(spec),
            main=main if p.main.plain else None,
            calls=tuple(
                libc_call(struct, prefix, c)
                for c in p.calls
                if not (c.plain and c.name == p.main.name)
            ),
            ioctl_headers=("sys/ioctl.h",) if p.ioctl else (),
            levels=libc_levels(spec, prefix),
        )


# What the raw wrappers say; the checks of arguments, clamps and the rest are the kernel's.
LIBC_SUPPORTED = frozenset(SEMANTICS)  # every one of them


def _namespace_problem(lib: Libc, prefix: str, opted: bool) -> Refusal | None:
    """A prefix in the namespace C reserves to the implementation (names that start with __)
    only with the explicit opt-in, and the opt-in only with such a prefix."""
    reserved = prefix.startswith("__")
    if reserved and not opted:
        return Refusal(
            lib.pos,
            ("prefix",),
            f"libc prefix {prefix!r} is in the namespace C reserves to the implementation "
            "(names that start with __), which only a C library may use: choose one such as "
            "cg_, or, if these files are part of a C library, add reserved_namespace: true",
        )
    if opted and not reserved:
        return Refusal(
            lib.pos,
            ("reserved_namespace",),
            f"reserved_namespace: true is for a prefix that starts with __, and {prefix!r} does "
            "not: remove it",
        )
    return None


def _numbers(numbers: Numbers) -> tuple[ArchCase, ...]:
    return tuple(ArchCase(arch.cc_condition([k]), str(v)) for k, v in numbers.arches)


def _params(struct: str, c: Call) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The wrapper's parameter declarations and syscall()'s arguments, in the kernel's order."""
    params = [declaration(a.type.user, a.name) for a in c.args]
    names = [a.name for a in c.args]
    pointer = f"{'const ' if c.reads_only else ''}struct {struct} *args"
    if c.ioctl:
        io = c.ioctl
        number = f"(unsigned long)_IOC({IOC_DIRECTIONS[io.dir]}, {io.type:#04x}, {io.nr}, size)"
        return (*params, pointer, "size_t size"), (*names, number, "args")
    params.append(pointer)
    names.append("args")
    if c.size_type:
        params.append(f"{c.size_type} size")
        names.append("size")
    params += [declaration(a.type.user, a.name) for a in c.trailing]
    names += [a.name for a in c.trailing]
    return tuple(params), tuple(names)


def libc_call(struct: str, prefix: str, c: Call) -> LibcCall:
    """The raw wrapper of one call: ``struct`` is the libc's name of the spec's struct."""
    if c.ioctl:
        doc = f"the {c.ioctl.macro} ioctl; the size goes into the ioctl number"
    elif c.policy.from_field:
        doc = f"the raw {c.name}() system call; the size is args->{c.policy.field}"
        if c.policy.write_back:
            doc += " (not const: on a size error the kernel writes its own size there)"
    else:
        doc = f"the raw {c.name}() system call"
    params, names = _params(struct, c)
    return LibcCall(
        name=f"{prefix}{c.name}",
        doc=doc,
        syscall=None if c.ioctl else c.name,
        number_macro=f"{prefix.upper()}SYS_{c.name}",
        numbers=_numbers(c.numbers),
        default_number=c.numbers.default,
        params=params,
        arguments=names,
    )


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
        if a.kind == "arg" and a.arg is not None and a.target in kept:
            by_arg.setdefault(a.arg, []).append(
                LegacySource(
                    a.target, a.clear, a.keep, tops.get(a.target), _used_when(spec, a.target)
                )
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
        verdict=verdict(spec, lib.prefix.upper()),
    )


def _used_when(spec: Spec, name: str) -> str | None:
    """The C test that the system call uses field ``name``: its flags, where only they make it."""
    t = spec.field(name).trace
    if t.show_field is None or not t.show_any or t.show_nonzero:
        return None
    flags = " | ".join(f"{spec.libc.prefix.upper()}{n.name}" for n in t.show_any if spec.libc)
    return f"a->{t.show_field} & ({flags})"


class VerdictRef:
    """How the verdict names what a rule reads: the caller's bits or the kernel's values."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.size = "size"

    def field(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def user_range(self, addr: str, length: str) -> str:
        return f"clonegen_access_ok({addr}, {length})"


def _kernel_value(f: Field) -> VerdictKernel:
    """The field as the kernel converts it: its width and signedness, on every architecture."""
    bits, signed = f.kernel_bits, f.kernel_signed
    ctype = f"{'int' if signed else 'uint'}{64 if bits == 64 else bits}_t"
    value = f"v->{f.name}" if bits == 64 else f"({ctype})v->{f.name}"
    return VerdictKernel(f.name, f"{'int' if signed else 'uint'}64_t", value)


def verdict(spec: Spec, prefix: str) -> Verdict:
    """The spec's checks in the libc's names (``prefix``: its macro prefix): what the fork
    helper refuses before its fallback."""
    values: dict[str, VerdictValue] = {}

    def rename(node: Any) -> Any:
        if isinstance(node, Value):
            if node.kind == "flag":
                return replace(node, name=f"{prefix}{node.name}")
            if node.kind == "page_size":
                return replace(node, name="(uint64_t)sysconf(_SC_PAGESIZE)")
            if node.kind == "constant" and node.name:
                macro = f"CLONEGEN_K_{node.name}"
                values[macro] = VerdictValue(
                    macro,
                    tuple(
                        ArchCase(arch.cc_condition(keys), c_int(v))
                        for v, keys in arch.by_value(spec.arches, node.value_for)
                        if v != node.value
                    ),
                    c_int(node.value),
                )
                return replace(node, name=macro)
            return node
        if isinstance(node, Mask):
            return Mask(tuple(rename(p) for p in node.parts))
        if isinstance(node, KnownFlags):
            mask = rename(node.mask)
            macro = f"CLONEGEN_K_{node.macro}"
            values[macro] = VerdictValue(macro, (), mask.c, tuple(v.c for v in mask.parts))
            return replace(node, mask=mask, macro=macro)
        if isinstance(node, MinVersion):
            return replace(node, macro=f"{prefix}{node.macro}")
        if is_dataclass(node) and not isinstance(node, type):
            return replace(node, **{f.name: rename(getattr(node, f.name)) for f in fields(node)})
        return node

    def one(c: Check) -> VerdictCheck:
        ref = VerdictRef("v->" if c.phase == "copy" else "k_")
        renamed = replace(c, rule=rename(c.rule), when=rename(c.when))
        return VerdictCheck(" ".join(renamed.c(ref)), c.errno)

    checks = tuple(one(c) for c in spec.checks)
    used = " ".join(c.condition for c in checks)
    return Verdict(
        checks,
        tuple(values.values()),
        tuple(_kernel_value(f) for f in spec.fields if re.search(rf"\bk_{f.name}\b", used)),
    )


def _count(array: str) -> str:
    """How many items a static array holds, or 0 for NULL: a line that stays as items are added."""
    return "0" if array == "NULL" else f"CLONEGEN_COUNT({array})"


def _release_code(since: str | None) -> str:
    """A release as the decoder compares it (the header's release macro: a * 1000000 +
    b * 1000 + c, numbers of at most three digits); 0 for always."""
    if not since:
        return "0"
    a, b, c = release_key(since)
    return str(a * 1000000 + b * 1000 + c)


def _decode_macro(prefix: str, spec: Spec, name: str) -> str:
    return f"{prefix.upper()}{spec.name.upper()}_DECODE_{name}"


def _decode_values(spec: Spec, prefix: str) -> tuple[DecodeValue, ...]:
    """The per-architecture constants the decoder's tables name, each once."""
    seen: dict[str, DecodeValue] = {}
    for f in spec.fields:
        t = f.trace
        for n in t.names + t.modes + t.show_any + t.hide_any:
            v = n.value
            if v.kind == "constant" and v.per_arch and n.name not in seen:
                seen[n.name] = DecodeValue(
                    _decode_macro(prefix, spec, n.name),
                    tuple(
                        ArchCase(arch.cc_condition(keys), c_int(value))
                        for value, keys in arch.by_value(spec.arches, v.value_for)
                        if value != v.value
                    ),
                    c_int(v.value),
                )
    return tuple(seen.values())


def _decode_value(spec: Spec, prefix: str, n: TraceName) -> str:
    v = n.value
    if v.kind == "flag":
        return f"{prefix.upper()}{n.name}"
    if v.kind == "constant" and v.per_arch:
        return _decode_macro(prefix, spec, n.name)
    return c_int(v.value)


def _decode_field(spec: Spec, r: DecodeRow, prefix: str) -> DecodeField:
    f, t = r.field, r.field.trace

    def names(items: tuple[TraceName, ...]) -> tuple[DecodeName, ...]:
        return tuple(
            DecodeName(n.name, _decode_value(spec, prefix, n), _release_code(n.since))
            for n in items
        )

    def array(kind: str, items: tuple[object, ...]) -> str:
        return f"clonegen_{kind}_of_{f.name}" if items else "NULL"

    def mask(items: tuple[TraceName, ...]) -> str:
        bits = [_decode_value(spec, prefix, n) for n in items]
        return " | ".join(f"(uint64_t){b}" for b in bits) if bits else "0"

    return DecodeField(
        name=f.name,
        offset=f.offset,
        size=f.size,
        print=f"CLONEGEN_PRINT_{t.kind.upper()}",
        names=names(t.names),
        names_array=array("names", t.names),
        modes=names(t.modes),
        modes_array=array("modes", t.modes),
        unknown=t.unknown,
        show_field=r.show_field,
        show_bits=mask(t.show_any),
        show_nonzero=r.show_nonzero,
        nonzero_array=array("nonzero", t.show_nonzero),
        past_size=int(t.past_size),
        count=r.count,
        element=r.element,
        max=c_int(r.max),
        reach=r.reach,
        hide_field=r.hide_field,
        hide_bits=mask(t.hide_any),
        unless_negative=int(t.hide_unless_negative),
    )


class NativeLibcView(LibcView):
    """The libc source again, for the compiled part of the Python package (fork-like specs only)."""

    @staticmethod
    def problems(spec: Spec) -> list[Refusal]:
        return []  # LibcView reports them once

    @classmethod
    def of(cls, spec: Spec) -> LibcView | None:
        view = LibcView.of(spec)
        return view if view is not None and view.forklike else None
