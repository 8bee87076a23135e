"""The call plan: what every target's verdicts and calls spell, computed once per spec.

The model says what the spec states; the plan says what follows from it for a caller:
where the kernel takes the size from and what a size means there, and which calls a
binding makes with which arguments (their C types read once), its numbers per
architecture and, for an ioctl, the number's parts. The libc, kernel, Python, Rust and Go
views take these facts from here and only spell them, so the targets cannot disagree
on them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, wraps
from typing import TYPE_CHECKING, TypeVar

from . import arch

if TYPE_CHECKING:  # the validator imports the views, and with them this module, not the model
    from .model import EntryPoint, Field, Spec
    from .rules import Ioctl, SizePolicy, ZeroMeans

_T = TypeVar("_T")


def _per_model(fn: Callable[[Spec], _T]) -> Callable[[Spec], _T]:
    """``fn`` remembered for each model object: what ``functools.cache`` gives for an immutable
    model, without hashing the model's whole tree at every call (1.5 ms for 1,000 fields, and
    every view asks)."""
    memo: dict[int, tuple[Spec, _T]] = {}  # the model is kept, so its id is not reused

    @wraps(fn)
    def once(spec: Spec) -> _T:
        hit = memo.get(id(spec))
        if hit is None or hit[0] is not spec:
            hit = memo[id(spec)] = (spec, fn(spec))
        return hit[1]

    return once


# Words of an argument's C type that change neither its range nor its kind.
QUALIFIERS = frozenset({"const", "volatile", "__user"})


@dataclass(frozen=True)
class SizeField:
    """The struct's own field the kernel reads the caller's size from (source: field)."""

    name: str
    index: int  # its position among the struct's fields
    offset: int
    size: int  # bytes
    uapi_type: str
    kernel_type: str
    struct_format: str  # its struct module format character

    @property
    def end(self) -> int:
        """The first byte past the field: a buffer must hold this much for the kernel to read it."""
        return self.offset + self.size

    @property
    def max(self) -> int:
        """The largest size the field can state."""
        return (1 << (8 * self.size)) - 1

    @classmethod
    def of(cls, spec: Spec, f: Field) -> SizeField:
        return cls(
            f.name,
            spec.fields.index(f),
            f.offset,
            f.size,
            f.uapi_type,
            f.kernel_type,
            f.struct_format,
        )


@dataclass(frozen=True)
class SizeSource:
    """Where the kernel takes the caller's size from and what a size means.

    ``kind`` argument: the system call's size argument (the length of the caller's
    bytes). field: the struct's own ``field``, read before anything else (a buffer too
    short to hold it faults), the bytes past the size it states are not read. ioctl: the
    size in the ioctl number. ``zero_means``: the version a size of 0 stands for.
    """

    kind: str  # argument, field or ioctl
    field: SizeField | None  # kind field: where the size is read from
    zero_means: ZeroMeans | None
    write_back: bool  # a size error writes the kernel's size into the field
    ioctl: Ioctl | None  # kind ioctl: the number's type, nr and direction

    @property
    def zero_macro(self) -> str | None:
        """The SIZE_VERn constant a size of 0 stands for, in the bindings."""
        return f"SIZE_{self.zero_means.version}" if self.zero_means else None

    def effective(self, stated: int) -> int:
        """The size the kernel works with when the caller states ``stated``."""
        if stated == 0 and self.zero_means is not None:
            return self.zero_means.size
        return stated


@_per_model
def size_source(spec: Spec) -> SizeSource:
    """The size source of the spec's system call (its policy, not an entry point's own)."""
    policy = spec.size
    field = (
        SizeField.of(spec, spec.field(policy.field))
        if policy.from_field and policy.field is not None
        else None
    )
    return SizeSource(policy.source, field, policy.zero_means, policy.write_back, policy.ioctl)


@dataclass(frozen=True)
class CType:
    """An argument's C type as the spec writes it, read once: its base type and whether
    it is a pointer (a pointer to char is a path)."""

    text: str  # as the spec writes it
    base: str  # without qualifiers and the pointer: "int", "unsigned long", "char"
    pointer: bool

    @property
    def is_path(self) -> bool:
        return self.pointer and self.base == "char"

    @property
    def user(self) -> str:
        """The type as user space declares it: without the kernel's ``__user``."""
        return self.text.replace(" __user", "")

    @staticmethod
    @cache
    def parse(text: str) -> CType:
        words = text.replace("*", " * ").split()
        base = " ".join(w for w in words if w not in QUALIFIERS and w != "*")
        return CType(text, base, "*" in words)


@dataclass(frozen=True)
class CallArg:
    """A register argument of a call: its name and C type."""

    name: str
    type: CType


@dataclass(frozen=True)
class IoctlPlan:
    """The extensible ioctl of a spec whose size is part of the ioctl number."""

    function: str  # the bindings' function: the spec's syscall name
    macro: str  # the request's macro (pidfd_get_info: PIDFD_GET_INFO)
    type: int
    nr: int
    dir: str  # read, write or read_write
    encoder: str  # the uapi header's macro that makes the number: _IOR, _IOW or _IOWR
    layouts: tuple[tuple[str, arch.Ioc], ...]  # the spec's architectures whose _IOC() differs
    requests: tuple[Field, ...]  # the fields the caller fills in as a request
    mask_fills: tuple[tuple[str, tuple[str, ...]], ...]  # (mask bit, the fields it covers)
    mask_kept: bool  # the kernel keeps the bits of fields the caller's size cuts off

    @property
    def requests_end(self) -> int:
        """The first byte past the request fields: what the kernel reads."""
        return max((f.offset + f.size for f in self.requests), default=0)

    @classmethod
    def of(cls, spec: Spec, io: Ioctl) -> IoctlPlan:
        return cls(
            spec.syscall,
            spec.syscall.upper(),
            io.type,
            io.nr,
            io.dir,
            io.macro,
            arch.ioc_layouts(spec.arches),
            spec.request_fields,
            tuple((fl.name, fl.fills) for fl in spec.mask_flags),
            spec.size.truncated_mask == "kept",
        )


@dataclass(frozen=True)
class Numbers:
    """The numbers of the system call a binding makes: the default and each architecture's
    that differs (for an ioctl, ioctl(2)'s)."""

    default: int
    arches: tuple[tuple[str, int], ...]

    @classmethod
    def of(cls, spec: Spec, e: EntryPoint) -> Numbers:
        """An entry point's own numbers, or the spec's system call's when it states none."""
        if e.default_number is None:
            return cls(spec.default_number, spec.numbers)
        return cls(e.default_number, e.numbers)


@dataclass(frozen=True)
class Call:
    """A struct entry point as a binding calls it."""

    entry: EntryPoint
    args: tuple[CallArg, ...]  # before the struct pointer
    trailing: tuple[CallArg, ...]  # after the struct pointer (and the size)
    report: bool  # the kernel writes: the size field of the result is min(caller's, its own)
    numbers: Numbers
    policy: SizePolicy  # the entry point's own size policy, or the spec's
    size_type: str | None  # the C type of the size argument; None: the size is no argument
    ioctl: IoctlPlan | None  # made through ioctl(2): the size is part of the number

    @property
    def name(self) -> str:
        return self.entry.name

    @property
    def reads_only(self) -> bool:
        """The kernel only reads the struct (no output, no size written back): a const pointer."""
        return not self.entry.writes and not self.policy.write_back

    @property
    def plain(self) -> bool:
        """Leading arguments, the struct the kernel reads, its size as a size_t: nothing after."""
        return self.size_type == "size_t" and not self.trailing and self.entry.reads

    @classmethod
    def of(cls, spec: Spec, e: EntryPoint) -> Call:
        policy = spec.size_of(e)
        return cls(
            e,
            tuple(CallArg(a.name, CType.parse(a.type)) for a in e.arguments),
            tuple(CallArg(a.name, CType.parse(a.type)) for a in e.trailing_arguments),
            e.writes and policy.report == "min",
            Numbers.of(spec, e),
            policy,
            (
                (e.size_type or ("size_t" if e.reads else "unsigned int"))
                if policy.source == "argument"
                else None
            ),
            IoctlPlan.of(spec, policy.ioctl) if policy.ioctl else None,
        )


@dataclass(frozen=True)
class AbiCount:
    """How much of the ABI a spec states, for the packages' versions: it only grows as the
    spec does (versions and fields are appended, names are added)."""

    versions: int  # struct versions
    fields: int
    names: int  # flags, constants and entry points

    @classmethod
    def of(cls, spec: Spec) -> AbiCount:
        return cls(
            len(spec.versions),
            len(spec.fields),
            len(spec.flags) + len(spec.constants) + len(spec.entry_points),
        )

    @property
    def serial(self) -> int:
        """One number that grows with any of them."""
        return self.fields + self.names


@dataclass(frozen=True)
class Plan:
    """What every binding of one spec spells."""

    size: SizeSource
    main: Call  # the spec's system call (or ioctl)
    calls: tuple[Call, ...]  # every struct entry point, in the spec's order
    extra_calls: tuple[Call, ...]  # further calls the kernel reads the struct through
    outputs: tuple[Call, ...]  # further calls the kernel writes the struct through
    ioctl: IoctlPlan | None  # the ioctl, when the size is part of its number


@_per_model
def plan(spec: Spec) -> Plan:
    """The plan of a spec, computed once."""
    source = size_source(spec)
    calls = tuple(Call.of(spec, e) for e in spec.struct_entries)
    numbered = [c for c in calls if c.entry.default_number is not None]
    if source.kind == "argument":
        extra = [c for c in numbered if c.name != spec.syscall and not c.entry.writes]
    else:
        extra = []  # a size in the struct or the ioctl number: the bindings make one call
    # A size in the ioctl number: the bindings make the one call.
    outputs = [c for c in numbered if c.entry.writes] if source.kind != "ioctl" else []
    return Plan(
        source,
        calls[0],  # the spec's struct_entry
        calls,
        tuple(extra),
        tuple(outputs),
        IoctlPlan.of(spec, source.ioctl) if source.ioctl else None,
    )


@dataclass(frozen=True)
class LevelPlan:
    """What a request keeps on a kernel of one level (abi_levels): per field, the bits it
    keeps (a flags field: its flags of that level; a field of a newer version: none)."""

    level: int
    keep: tuple[int, ...]  # per field, in the struct's order


@dataclass(frozen=True)
class Levels:
    """The best-effort table of an interface that numbers its own versions: a request cut to
    what the running kernel's level knows, so one program restricts as much as each kernel
    can (the pattern Landlock documents). After the cut, a field a ``subset`` check ties to
    another keeps only the other's bits (``within``: per field, the index of that other)."""

    argument: str  # the query sets this argument of the struct's call ...
    value: int  # ... to this value
    value_name: str
    levels: tuple[LevelPlan, ...]
    within: tuple[int | None, ...]

    @property
    def highest(self) -> int:
        return self.levels[-1].level


@_per_model
def levels(spec: Spec) -> Levels | None:
    """The best-effort table of a spec with abi_levels, computed once (None without)."""
    from .rules import Subset  # the rules import nothing of the plan; keep the import local

    a = spec.abi_levels
    if a is None or not a.levels:
        return None
    names = [f.name for f in spec.fields]
    out = []
    for lv in a.levels:
        keep = []
        for f in spec.fields:
            if f.version.level is not None and f.version.level > lv.level:
                keep.append(0)
            elif f.role == "flags":
                keep.append(
                    sum(
                        fl.value
                        for fl in spec.flags
                        if fl.field == f.name and fl.level is not None and fl.level <= lv.level
                    )
                )
            else:
                keep.append((1 << (8 * f.size)) - 1)
        out.append(LevelPlan(lv.level, tuple(keep)))
    within: list[int | None] = [None] * len(names)
    for c in spec.checks:
        if isinstance(c.rule, Subset) and not c.when:
            within[names.index(c.field)] = names.index(c.rule.other)
    return Levels(a.argument, a.value, a.value_name, tuple(out), tuple(within))
