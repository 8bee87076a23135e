"""The Go module: the struct, flags, the kernel's checks, a wrapper over package syscall.

``go/`` is a module of its own (``go.mod``, path ``clonegen.invalid/<package>``,
the package named as Go names packages: ``cloneargs``), standard library only
(``runtime``, ``syscall``, ``unsafe``).  A value that differs between
architectures is a constant of a file per GOARCH (``<name>_<goarch>.go``), as
package syscall states its constants.  The layout is proven when the package
is compiled: ``unsafe.Offsetof`` and ``unsafe.Sizeof`` are constants, and an
index out of range of a one-element array is a build error.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar

from clonegen import arch
from clonegen.layout import KERNEL_TYPE_BITS, SIGNED_KERNEL_TYPES
from clonegen.names import CAMEL_REASON, CAMEL_WITHOUT_LETTER
from clonegen.plan import Call, CallArg, CType, Plan, SizeSource, levels, plan
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
from clonegen.views.sysnames import GO_ARCH, GO_OS

if TYPE_CHECKING:
    from clonegen.model import Constant, EntryPoint, Field, Flag, Spec

GO_KEYWORDS = frozenset(
    [
        "break",
        "case",
        "chan",
        "const",
        "continue",
        "default",
        "defer",
        "else",
        "fallthrough",
        "for",
        "func",
        "go",
        "goto",
        "if",
        "import",
        "interface",
        "map",
        "package",
        "range",
        "return",
        "select",
        "struct",
        "switch",
        "type",
        "var",
        "_",
    ]
)
# Predeclared identifiers: a package-level name of the spec would shadow them in the package.
GO_PREDECLARED = frozenset(
    [
        "bool",
        "byte",
        "complex64",
        "complex128",
        "error",
        "float32",
        "float64",
        "int",
        "int8",
        "int16",
        "int32",
        "int64",
        "rune",
        "string",
        "uint",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "uintptr",
        "true",
        "false",
        "iota",
        "nil",
        "any",
        "comparable",
        "append",
        "cap",
        "clear",
        "close",
        "complex",
        "copy",
        "delete",
        "imag",
        "len",
        "make",
        "max",
        "min",
        "new",
        "panic",
        "print",
        "println",
        "real",
        "recover",
    ]
)
GO_IMPORTS = frozenset({"runtime", "syscall", "unsafe"})
# Package-level names of the generated package besides the spec's.
GO_GLOBALS = frozenset(
    {
        "SIZE_LATEST",
        "SIZES",
        "SYSCALL_NUMBER",
        "Error",
        "VerdictBytes",
        "values",
        "kernelBits",
        "accessOK",
        "userPtrMax",
        "pageSize",
        "refused",
        "tail",
        "sizeVerdict",
        "fromArray",
        "fromPrefix",
        "rawCall",
        "pathArg",
        "mask",
        "statedSize",
        "FieldsOf",
        "IOCTL_TYPE",
        "IOCTL_NR",
        "iocSizeBits",
        "iocRead",
        "iocWrite",
    }
)
# Methods of the generated struct: a field (in Go's spelling) must not take them.
GO_METHODS = frozenset({"Verdict", "Bytes", "SizeFor"})
GO_TYPES = {
    "__aligned_u64": "uint64",
    "__u64": "uint64",
    "__s64": "int64",
    "__u32": "uint32",
    "__s32": "int32",
    "__u16": "uint16",
    "__u8": "uint8",
}
# As package syscall and golang.org/x/sys/unix spell them: a descriptor or a pid is an int
# (syscall.Openat(dirfd int, ...), syscall.Kill(pid int, ...)), a C unsigned int flags word a
# uint (unix.MountSetattr(dirfd int, pathname string, flags uint, ...)).
GO_ARG_TYPES = {
    "int": "int",
    "s32": "int32",
    "pid_t": "int",
    "unsigned int": "uint",
    "u32": "uint32",
    "s16": "int16",
    "u16": "uint16",
    "umode_t": "uint16",
    "s8": "int8",
    "u8": "uint8",
    "long": "int",
    "unsigned long": "uintptr",
    "size_t": "uintptr",
}
WRAPPER_LOCALS = frozenset(
    {"how", "args", "data", "size", "ptr", "r", "errno", "err", "v", "b", "value"}
)


@dataclass(frozen=True)
class GoRef:
    """How a Go check names what it reads: ``v.X`` (the caller's bits) or ``k.X`` (kernel types)."""

    prefix: str
    signed_fields: frozenset[str]
    size: str = "size"

    def field(self, name: str) -> str:
        return f"{self.prefix}{camel(name)}"

    def signed(self, name: str) -> bool:
        return name in self.signed_fields

    def user_range(self, addr: str, length: str) -> str:
        return f"accessOK({addr}, {length})"


# The module path's host: a name that resolves nowhere (RFC 2606), so the go command never
# fetches the module: a user's go.mod points it at the generated directory with replace.
GO_MODULE_HOST = "clonegen.invalid"
# The go directive of the generated go.mod: the oldest release whose go command reads
# //go:build lines alone (Go 1.17) and builds everything the package uses.
GO_VERSION = "1.17"


@dataclass(frozen=True)
class GoCase:
    goarches: tuple[str, ...]  # the GOARCH values that take this value
    value: str


@dataclass(frozen=True)
class GoValue:
    """A named constant: one value, or a value per GOARCH (cases) where it differs."""

    name: str
    doc: str
    value: str  # the default
    cases: tuple[GoCase, ...]

    def on(self, goarch: str) -> str:
        """The value on ``goarch``."""
        return next((c.value for c in self.cases if goarch in c.goarches), self.value)


@dataclass(frozen=True)
class GoField:
    name: str  # Go's spelling
    spec_name: str
    type: str
    offset: int
    end: int
    doc: str
    kernel_type: str
    kernel: str | None  # the kernel member's bits from v; None: they are the same


@dataclass(frozen=True)
class GoMask:
    name: str
    terms: tuple[str, ...]  # each a constant, ored as uint64
    doc: str


@dataclass(frozen=True)
class GoArg:
    name: str
    type: str
    register: str  # the uintptr passed to the system call
    is_path: bool


def go_arg(entry: str, name: str, t: CType) -> GoArg:
    """The argument ``name`` of C type ``t``: a path (a string), an integer or an address."""
    c_type, base = t.text, t.base
    if t.is_path:
        return GoArg(name, "string", f"uintptr(unsafe.Pointer(p_{name}))", True)
    if t.pointer:
        return GoArg(name, "uintptr", name, False)
    if base not in GO_ARG_TYPES:
        raise ValueError(
            f"argument {name!r} of {entry}(): the Go package has no register-wide type for C"
            f" type {c_type!r}; use int, long, unsigned long, size_t, a narrower integer type"
            " or a pointer"
        )
    return GoArg(name, GO_ARG_TYPES[base], f"uintptr({name})", False)


def go_values(
    name: str,
    doc: str,
    default: int,
    values: tuple[tuple[str, int], ...],
    arches: tuple[str, ...],
    literal: Any = lambda v: c_int(v).removesuffix("ULL"),
) -> GoValue:
    differing = [(a, v) for a, v in values if a in arches and arch.ARCHES[a].go]
    cases = tuple(
        GoCase(tuple(g for k in keys for g in arch.ARCHES[k].go), literal(value))
        for value, keys in arch.by_value(
            tuple(a for a, _ in differing), dict(differing).__getitem__
        )
    )
    return GoValue(name, doc, literal(default), cases)


@dataclass(frozen=True)
class GoOut:
    """A struct entry point the kernel writes through (sched_getattr)."""

    name: str
    call: str  # the wrapper's name
    number: str  # the name of its number
    args: tuple[GoArg, ...]
    trailing: tuple[GoArg, ...]
    report: bool  # the size field of the result is min(the caller's size, the kernel's)
    pad: int  # unused arguments of Syscall6
    verdict: str = "Verdict"  # the verdict of its checks (an entry point's own, where they differ)


@dataclass(frozen=True)
class GoLevels:
    """The best-effort table of a spec with abi_levels, as the Go package spells it."""

    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (level, what each field keeps)
    fields: tuple[tuple[str, str], ...]  # (field, its Go type)
    within: tuple[tuple[str, str], ...]  # (field, the field a subset check ties it to)
    query: tuple[str, ...]  # the query's Syscall6 arguments after the number
    value_name: str


def go_constants(spec: Spec) -> tuple[GoValue, ...]:
    """The spec's constants, per architecture."""
    return tuple(go_values(c.name, c.doc, c.value, c.per_arch, spec.arches) for c in spec.constants)


def go_extra_calls(spec: Spec, calls: Plan, own: set[str]) -> tuple[GoOut, ...]:
    """The further calls the kernel reads the struct through, each with its verdict (its
    own where its checks are not the system call's: ``own``)."""
    return tuple(
        (
            replace(go_out(c, go_args(c, c.trailing)), verdict=f"Verdict{camel(c.name)}")
            if c.name in own
            else go_out(c, go_args(c, c.trailing))
        )
        for c in calls.extra_calls
    )


def go_out_calls(calls: Plan) -> tuple[GoOut, ...]:
    """The calls the kernel writes the struct through, when the size is an argument (those
    of a struct carrying its size are its field call's)."""
    if calls.size.kind != "argument":
        return ()
    return tuple(go_out(c, go_args(c, c.trailing)) for c in calls.outputs)


def go_levels(spec: Spec) -> GoLevels | None:
    """The best-effort table and the query of the level (none without abi_levels)."""
    table = levels(spec)
    if table is None:
        return None
    main = plan(spec).main
    names = [go_field(f).name for f in spec.fields]

    def value(name: str) -> str:
        return str(table.value) if name == table.argument else "0"

    query = (
        *(value(a.name) for a in main.args),
        "0",
        "0",
        *(value(a.name) for a in main.trailing),
    )
    return GoLevels(
        tuple((lv.level, tuple(f"{k:#x}" for k in lv.keep)) for lv in table.levels),
        tuple((go_field(f).name, GO_TYPES[f.uapi_type]) for f in spec.fields),
        tuple((names[i], names[j]) for i, j in enumerate(table.within) if j is not None),
        query + ("0",) * (6 - len(query)),
        table.value_name,
    )


@dataclass(frozen=True)
class GoFieldCall:
    """The calls of a struct that carries its own size (syscall.size.source: field)."""

    size_go: str  # the size field's Go name
    size_type: str  # and its Go type
    trailing: tuple[GoArg, ...]  # the call's arguments after the struct
    outputs: tuple[GoOut, ...]  # the calls the kernel writes the struct through


@dataclass(frozen=True)
class GoIoctl:
    """The extensible ioctl as the Go package spells it."""

    macro: str
    type: str
    nr: str
    dir: str  # the direction, from iocRead and iocWrite
    requests: tuple[GoField, ...]  # the request fields, the wrapper's parameters
    mask_fills: tuple[tuple[str, tuple[str, ...]], ...]  # (mask bit, the fields it covers)
    truncated_mask: bool


@dataclass(frozen=True)
class GoView:
    """``view`` of go.go.j2."""

    OUTPUT: ClassVar[str] = "go"  # its name in a spec's skip_outputs
    spec: Spec
    package: str  # the spec's name as Go names a package: no underscores (cloneargs)
    module: str  # the module path of go.mod
    go_version: str  # its go directive
    goarches: tuple[str, ...]  # the GOARCH values the package builds for
    struct: str
    fields: tuple[GoField, ...]
    flag_types: tuple[FlagType, ...]
    constants: tuple[GoValue, ...]
    number: GoValue
    values: tuple[GoValue, ...]  # the constants, then the system call number
    build: str  # the //go:build expression: Linux, on the architectures whose values it states
    arches_text: str
    size_checks: tuple[CheckLine, ...]
    checks: tuple[CheckLine, ...]
    masks: tuple[GoMask, ...]
    tail_errno: str | None  # None: the kernel only writes the struct
    tail_requirement: str
    call: str  # the wrapper's name
    args: tuple[GoArg, ...]
    trailing: tuple[GoArg, ...]  # the call's arguments after the struct and its size
    paths: tuple[GoArg, ...]
    forklike: bool
    raw: (
        str  # the syscall function: RawSyscall6 for a fork-like call (the child runs no Go runtime)
    )
    refusals: tuple[str, ...]  # tests on v that the fork-like wrapper refuses
    refuse_text: str | None  # fork-like: what the wrapper refuses
    param: str
    page_size: bool
    pad: int  # unused arguments of Syscall6
    keep_alive: tuple[str, ...]  # the path buffers the call must keep alive
    wrapper: str = "go_call.go.j2"  # the template of the system call wrappers
    size: SizeSource | None = None  # where the size comes from and what it means
    field: GoFieldCall | None = None  # the calls of a struct that carries its size
    extra_calls: tuple[GoOut, ...] = ()  # further struct entry points the kernel reads through
    levels: GoLevels | None = None  # the interface numbers its own versions
    out_calls: tuple[GoOut, ...] = ()  # a size argument: the calls the kernel writes through
    # The struct entry points whose checks differ from the system call's: (Go name, checks).
    entry_checks: tuple[tuple[str, tuple[CheckLine, ...]], ...] = ()
    ioctl: GoIoctl | None = None  # the ioctl call (syscall.size.source: ioctl)

    @property
    def fixed(self) -> tuple[GoValue, ...]:
        """The values that are the same on every GOARCH: constants of the package's own file."""
        return tuple(v for v in self.values if not v.cases)

    @property
    def per_arch(self) -> tuple[GoValue, ...]:
        """The values that differ: constants of the file of each GOARCH."""
        return tuple(v for v in self.values if v.cases)

    # The size semantics beyond clone3's shape that this view renders (clonegen.views.SEMANTICS).
    # Checks of arguments and NULL pointers are left to the kernel (the wrappers never pass
    # nil); clamps are not refusals.
    SUPPORTED: ClassVar[frozenset[str]] = frozenset(SEMANTICS)  # every one of them

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        package_level = GO_KEYWORDS | GO_PREDECLARED | GO_IMPORTS
        return (
            Reserved("Go", "flag", "is a Go keyword or predeclared name", package_level),
            Reserved("Go", "constant", "is a Go keyword or predeclared name", package_level),
            Reserved("Go", "struct_argument", "is a Go keyword or predeclared name", package_level),
            Reserved(
                "Go",
                "flag",
                "is a name the generated Go package defines itself",
                GO_GLOBALS,
                prefixes=("SIZE_VER",),
            ),
            Reserved(
                "Go",
                "constant",
                "is a name the generated Go package defines itself",
                GO_GLOBALS,
                prefixes=("SIZE_VER",),
            ),
            Reserved(
                "Go",
                "struct_argument",
                "is a name the generated Go wrapper uses itself",
                WRAPPER_LOCALS | GO_GLOBALS,
                prefixes=("p_",),
            ),
            Reserved(
                "Go", "struct", CAMEL_REASON.format("the Go type"), pattern=CAMEL_WITHOUT_LETTER
            ),
            Reserved(
                "Go",
                "syscall",
                CAMEL_REASON.format("the Go function"),
                pattern=CAMEL_WITHOUT_LETTER,
            ),
            Reserved(
                "Go",
                "spec",
                "would name the Go file go/<name>.go, which the go command ignores (a name"
                " starting with _) or builds only as a test (ending _test)",
                pattern=r"_.*|.*_test",
            ),
            Reserved(
                "Go",
                "spec",
                "would name the Go package (the name in lower case, without underscores) a Go"
                " keyword or main, which no Go program can import",
                pattern="(?i:_*(?:"
                + "|".join("_*".join(k) for k in sorted((GO_KEYWORDS - {"_"}) | {"main"}))
                + ")_*)",
            ),
            Reserved(
                "Go",
                "spec",
                "ends in _<GOOS> or _<GOARCH>: the Go file go/<name>.go would build only there",
                pattern=r".*_(?:" + "|".join(sorted((GO_OS - {"linux"}) | GO_ARCH)) + ")",
            ),
        )

    @staticmethod
    def problems(spec: Spec) -> list[Refusal]:
        """What of the spec the Go package cannot render, at its positions."""
        found = [
            Refusal(
                r.at,
                r.key,
                f"{r.message}; or list go in skip_outputs to generate the rest without it",
            )
            for r in unsupported(spec, "Go package", GoView.SUPPORTED)
        ]
        if not any(arch.ARCHES[a].go for a in spec.arches if a in arch.ARCHES):
            found.append(
                Refusal(
                    spec.pos,
                    ("arches",),
                    "Go has a port to none of these architectures, so the Go package would build"
                    " nowhere; list one Go supports or go in skip_outputs",
                )
            )
        return (
            found
            + _go_name_clashes(spec)
            + [r for e in spec.struct_entries for r in _go_calls(e, spec)]
        )

    @classmethod
    def of(cls, spec: Spec) -> GoView | None:
        if cls.OUTPUT in spec.skip_outputs:
            return None
        struct = camel(spec.uapi.struct)
        flag_types = go_flag_types(spec, struct)
        fields = [go_field(f) for f in spec.fields]
        lib = spec.libc
        forklike = bool(lib and lib.forklike)
        calls = plan(spec)
        args = go_args(calls.main, calls.main.args)
        trailing = go_args(calls.main, calls.main.trailing)
        constants = go_constants(spec)
        number, *outputs = go_numbers(spec)
        size_checks, checks = go_checks(spec)
        own = entry_checks(spec, go_checks)
        type_of = {fl.name: t.name for t in flag_types for fl in t.flags}
        extra = field_call(spec)
        goarches = tuple(g for a in spec.arches for g in arch.ARCHES[a].go)
        package = go_package(spec.name)
        return cls(
            spec=spec,
            package=package,
            module=f"{GO_MODULE_HOST}/{package}",
            go_version=GO_VERSION,
            goarches=goarches,
            struct=struct,
            fields=tuple(fields),
            flag_types=flag_types,
            constants=constants,
            number=number,
            values=constants + (number, *outputs) + ioc_values(spec),
            build=go_build(goarches),
            arches_text=", ".join(a for a in spec.arches if arch.ARCHES[a].go),
            size_checks=size_checks,
            checks=checks,
            masks=go_masks(spec, type_of),
            tail_errno=spec.size.tail_errno,
            tail_requirement=spec.size.tail_requirement,
            call=camel(spec.syscall),
            args=args,
            trailing=trailing,
            paths=tuple(a for a in args + trailing if a.is_path),
            forklike=forklike,
            raw="RawSyscall6" if forklike else "Syscall6",
            refusals=go_refusals(spec),
            refuse_text=(
                ", ".join(lib.refuse_flags + lib.refuse_fields) if lib and forklike else None
            ),
            param="args" if forklike else "how",
            page_size=any("pageSize()" in c.test for c in size_checks + checks),
            pad=extra.pop("pad", 4 - len(args) - len(trailing)),
            keep_alive=tuple(f"p_{a.name}" for a in args + trailing if a.is_path),
            extra_calls=go_extra_calls(spec, calls, {n for n, _ in own}),
            levels=go_levels(spec),
            out_calls=go_out_calls(calls),
            entry_checks=tuple((camel(n), lines) for n, lines in own),
            size=calls.size,
            **extra,
            **ioctl_call(spec, fields),
        )


@dataclass(frozen=True)
class GoArchValue:
    name: str
    doc: str
    value: str


@dataclass(frozen=True)
class GoArchView:
    """``view`` of go_arch.go.j2: the values of one GOARCH that differ between GOARCHes."""

    spec: Spec
    package: str
    goarch: str
    file: str  # below go/
    values: tuple[GoArchValue, ...]


@dataclass(frozen=True)
class GoArch:
    """The registry's view maker of the file of one GOARCH (a row of the target table each).

    It gives a view where the spec's package builds for the GOARCH and some value differs
    between the GOARCHes it builds for; None elsewhere.
    """

    goarch: str
    OUTPUT: ClassVar[str] = GoView.OUTPUT

    def of(self, spec: Spec) -> GoArchView | None:
        view = GoView.of(spec)
        if view is None or self.goarch not in view.goarches or not view.per_arch:
            return None
        return GoArchView(
            spec,
            view.package,
            self.goarch,
            f"{spec.name}_{self.goarch}.go",
            tuple(GoArchValue(v.name, v.doc, v.on(self.goarch)) for v in view.per_arch),
        )

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return ()  # GoView's


# Every GOARCH some architecture of clonegen maps to, in the architectures' order.
GO_PORTS = tuple(g for a in arch.ARCHES.values() for g in a.go)


def go_package(name: str) -> str:
    """The package name of a spec: Go's style has no underscores in package names."""
    return name.replace("_", "").lower()


def go_build(goarches: tuple[str, ...]) -> str:
    """The //go:build expression of a Linux package for ``goarches``, as gofmt writes it."""
    either = " || ".join(goarches)
    return f"linux && ({either})" if len(goarches) > 1 else f"linux && {either}"


def go_flag_types(spec: Spec, struct: str) -> tuple[FlagType, ...]:
    """A type of each flags field's flags, named after the struct and the field."""
    return tuple(
        FlagType(
            struct + camel(f.name),
            f.name,
            tuple(
                FlagItem(
                    fl.name,
                    c_int(fl.value).removesuffix("ULL"),
                    f"{fl.doc} (Linux {fl.since})",
                )
                for fl in flags
            ),
        )
        for f, flags in spec.flag_fields
    )


def go_field(f: Field) -> GoField:
    """A field, with its conversion to the kernel's bits where the kernel's type is narrower."""
    width = KERNEL_TYPE_BITS.get(f.kernel_type, 64)
    signed = f.kernel_type in SIGNED_KERNEL_TYPES
    kernel = (
        f"kernelBits(v.{camel(f.name)}, {width}, {str(signed).lower()})" if width < 64 else None
    )
    return GoField(
        camel(f.name),
        f.name,
        GO_TYPES[f.uapi_type],
        f.offset,
        f.offset + f.size,
        f.doc,
        f.kernel_type,
        kernel,
    )


def go_refusals(spec: Spec) -> tuple[str, ...]:
    """What the fork-like call refuses, as Go tests on the caller's struct."""
    lib = spec.libc
    if lib is None or not lib.forklike:
        return ()
    flag = {fl.name: fl for fl in spec.flags}
    return tuple(
        f"v.{camel(flag[n].field)}&{c_int(flag[n].value).removesuffix('ULL')} != 0"
        for n in lib.refuse_flags
        if n in flag
    ) + tuple(f"v.{camel(n)} != 0" for n in lib.refuse_fields)


def go_numbers(spec: Spec) -> tuple[GoValue, ...]:
    """The system call's number by GOARCH, then each further call's (field outputs first)."""
    calls = plan(spec)
    main = go_values(
        "SYSCALL_NUMBER",
        f"The number of {spec.syscall}() on this architecture.",
        calls.main.numbers.default,
        calls.main.numbers.arches,
        spec.arches,
        str,
    )
    return (main,) + tuple(
        go_values(
            nr_name(c),
            f"The number of {c.name}() on this architecture.",
            c.numbers.default,
            c.numbers.arches,
            spec.arches,
            str,
        )
        for c in calls.outputs + calls.extra_calls
    )


def go_checks(
    spec: Spec, entry: str | None = None
) -> tuple[tuple[CheckLine, ...], tuple[CheckLine, ...]]:
    """The size steps, then the checks ``entry`` (default the system call) makes in kernel
    order, on the caller's values or the kernel's."""
    signed_uapi = frozenset(f.name for f in spec.fields if f.uapi_type in ("__s64", "__s32"))
    copy = GoRef("v.", signed_uapi)
    valid = GoRef("k.", frozenset(f.name for f in spec.fields if f.kernel_signed))
    return (
        tuple(CheckLine(s.errno, s.requirement, s.go(copy)) for s in spec.size.steps),
        tuple(
            CheckLine(c.errno, c.text, c.go(copy if c.phase == "copy" else valid))
            for c in spec.ordered_checks
            if c.made_by(entry or spec.syscall)
        ),
    )


def go_masks(spec: Spec, type_of: dict[str, str]) -> tuple[GoMask, ...]:
    """The masks of known flags the checks compare with, by their flag types."""
    return tuple(
        GoMask(
            k.macro,
            tuple(p.name if p.name in type_of else p.go for p in k.mask.parts),
            f"Flags {k.entry_point}() knows in {c.field}.",
        )
        for c in spec.checks
        for k in (c.known,)
        if k
    )


def ioc_values(spec: Spec) -> tuple[GoValue, ...]:
    """iocSizeBits, iocRead and iocWrite, by GOARCH, for an ioctl spec."""
    io = plan(spec).ioctl
    if io is None:
        return ()
    layouts = io.layouts
    return tuple(
        go_values(
            name,
            doc,
            getattr(arch.IOC_GENERIC, part),
            tuple((a, getattr(ioc, part)) for a, ioc in layouts),
            spec.arches,
            str,
        )
        for part, name, doc in (
            ("size_bits", "iocSizeBits", "the bits of the size in an ioctl number"),
            ("read", "iocRead", "_IOC_READ"),
            ("write", "iocWrite", "_IOC_WRITE"),
        )
    )


def ioctl_call(spec: Spec, fields: list[GoField]) -> dict[str, Any]:
    """What the call of an extensible ioctl needs (none for a system call)."""
    io = plan(spec).ioctl
    if io is None:
        return {}
    requests = {f.name for f in io.requests}
    dirs = {"read": "iocRead", "write": "iocWrite", "read_write": "iocRead | iocWrite"}
    return {
        "wrapper": "go_ioctl_call.go.j2",
        "ioctl": GoIoctl(
            io.macro,
            f"{io.type:#x}",
            str(io.nr),
            dirs[io.dir],
            tuple(f for f in fields if f.spec_name in requests),
            io.mask_fills,
            io.mask_kept,
        ),
    }


def go_args(call: Call, args: tuple[CallArg, ...]) -> tuple[GoArg, ...]:
    return tuple(go_arg(call.name, a.name, a.type) for a in args)


def nr_name(call: Call) -> str:
    """The name of the Go constant holding a further call's number."""
    return "nr" + camel(call.name)


def go_out(call: Call, trailing: tuple[GoArg, ...]) -> GoOut:
    """A further call of the struct, with its own number: Syscall6 pads what is left."""
    args = go_args(call, call.args)
    return GoOut(
        call.name,
        camel(call.name),
        nr_name(call),
        args,
        trailing,
        call.report,
        6 - len(args) - 2 - len(trailing),
    )


def field_call(spec: Spec) -> dict[str, Any]:
    """What the calls of a struct carrying its own size need (none for an argument size)."""
    calls = plan(spec)
    f = calls.size.field
    if f is None:
        return {}
    args = go_args(calls.main, calls.main.args)
    trailing = go_args(calls.main, calls.main.trailing)
    outputs = [go_out(c, go_args(c, c.trailing)) for c in calls.outputs]
    return {
        "wrapper": "go_field_call.go.j2",
        "field": GoFieldCall(camel(f.name), GO_TYPES[f.uapi_type], trailing, tuple(outputs)),
        "pad": 6 - len(args) - 1 - len(trailing),
    }


def _go_name_clashes(spec: Spec) -> list[Refusal]:
    """Names of the spec that would be the same Go name as another, or as one the package
    defines itself."""
    taken: dict[str, str] = {n: "a name the package defines" for n in GO_GLOBALS}
    taken[camel(spec.uapi.struct)] = "the struct"
    call = camel(spec.syscall)
    names = [call, call + "Bytes"]
    for e in spec.struct_entries:
        if e.name != spec.syscall:
            names += [camel(e.name), camel(e.name) + "Bytes", "nr" + camel(e.name)]
    found: list[Refusal] = []
    for n in names:
        if n in taken:
            found.append(
                Refusal(
                    spec.syscall_pos,
                    ("name",),
                    f"the Go function {n} would clash with {taken[n]}; choose another name",
                )
            )
        taken[n] = f"the function {n}"
    found += _go_field_clashes(spec, taken)
    items: list[tuple[str, Constant | Flag]] = [("constant", c) for c in spec.constants]
    items += [("flag", fl) for fl in spec.flags]
    for kind, c in items:
        if c.name in taken:
            found.append(
                Refusal(
                    c.pos,
                    ("name",),
                    f"{kind} {c.name!r} would be the name of {taken[c.name]} in Go;"
                    " choose another name",
                )
            )
    return found


def _go_field_clashes(spec: Spec, taken: dict[str, str]) -> list[Refusal]:
    """Fields whose Go name is another field's or a method's, and flags fields whose Go type
    is a name already ``taken`` (which gets the flag types)."""
    found: list[Refusal] = []
    struct = camel(spec.uapi.struct)
    fields: dict[str, str] = {}
    for f in spec.fields:
        go = camel(f.name)
        if (go in fields and fields[go] != f.name) or go in GO_METHODS or not go:
            other = f"field {fields[go]!r}" if go in fields else "a method of the struct"
            found.append(
                Refusal(
                    f.pos,
                    ("name",),
                    f"field {f.name!r} would be {go!r} in Go, the name of {other} too;"
                    " choose another name",
                )
            )
        fields[go] = f.name
        if f.role == "flags":
            flag_type = struct + go
            if flag_type in taken:
                found.append(
                    Refusal(
                        f.pos,
                        ("name",),
                        f"the Go type of the flags of {f.name!r} would be {flag_type},"
                        f" the name of {taken[flag_type]} too; choose another name",
                    )
                )
            taken[flag_type] = f"the flags of {f.name!r}"
    return found


def _go_calls(e: EntryPoint, spec: Spec) -> list[Refusal]:
    """What the Go wrapper of a struct entry point cannot pass."""
    found: list[Refusal] = []
    source = spec.size_of(e).source
    arguments = len(e.arguments)
    if source == "ioctl" and arguments != 1:
        found.append(
            Refusal(
                e.pos,
                ("arguments",),
                "the Go ioctl wrapper passes exactly one argument (the descriptor)"
                " before the ioctl number and the struct",
            )
        )
    if source == "field" and arguments + len(e.trailing_arguments) > 5:
        found.append(
            Refusal(
                e.pos,
                ("arguments",),
                "the Go wrapper passes at most 5 arguments besides the struct (syscall.Syscall6)",
            )
        )
    if source == "argument" and arguments + len(e.trailing_arguments) > 4:
        found.append(
            Refusal(
                e.pos,
                ("trailing_arguments",),
                "the Go wrapper passes at most 4 arguments besides the struct and its size"
                " (syscall.Syscall6)",
            )
        )
    if arguments > 4:
        found.append(
            Refusal(
                e.pos,
                ("arguments",),
                "the Go wrapper passes at most 4 arguments before the struct and its"
                " size (syscall.Syscall6)",
            )
        )
    for key, args in (
        ("arguments", e.arguments),
        ("trailing_arguments", e.trailing_arguments),
    ):
        for j, a in enumerate(args):
            try:
                go_arg(e.name, a.name, CType.parse(a.type))
            except ValueError as exc:
                found.append(Refusal(e.pos, (key, j, "type"), str(exc)))
    return found
