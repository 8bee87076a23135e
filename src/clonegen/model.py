"""Stage 3: the frozen, language-neutral model of one spec.

The model holds what the spec means: the layout, versions, fields, flags,
constants (with their per-architecture values), checks and size policy (as
rule objects, see :mod:`clonegen.rules`) and entry points.  Every node keeps
the position of the spec node it came from.  It knows no target language:
names that exist only in C, Python or the documents are computed by the views
in :mod:`clonegen.views`, which read this model and are never read by it.

``build`` expects a spec that passed validation; ``--kernel REL`` cuts the
model down to what a release has.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from clonegen import rules
from clonegen.defaults import direction, setting, since, trace_print
from clonegen.diagnostics import Diagnostic, NotInRelease, Pos, did_you_mean
from clonegen.layout import KERNEL_TYPE_BITS, SIGNED_KERNEL_TYPES, UAPI_TYPES, Slot, layout
from clonegen.loader import JsonPath, LoadedSpec
from clonegen.names import ERRNO_NAMES, release_key, size_macro
from clonegen.rules import Check, Mask, Value

ROLE_DESCRIPTIONS = {
    "integer": "integer",
    "flags": "flags",
    "user_pointer": "user pointer",
    "fd": "file descriptor",
    "signal": "signal number",
    "array": "user array",
}


@dataclass(frozen=True)
class Version:
    """A published size of the struct."""

    name: str
    index: int
    size: int
    since: str
    macro: str  # the uapi name of the size, PREFIX_SIZE_VERn
    fields: tuple[str, ...]
    last_field: str
    pos: Pos
    level: int | None = None  # the interface's own version number (abi_levels) that has it

    @property
    def rows(self) -> int:
        """8-byte rows the struct has up to this version."""
        return (self.size + 7) // 8


@dataclass(frozen=True)
class TraceName:
    """A name the decoder prints for a value: a flag (with its release) or a constant."""

    name: str
    value: Value
    since: str | None  # the release that added a flag; None: a constant, always known


@dataclass(frozen=True)
class Trace:
    """How the strace-compatible decoder prints a field, and when.

    ``kind`` is one of flags, value, pointer, hex, unsigned, signed, signal,
    octal, array. The field is shown when ``show_field`` has any of
    ``show_any`` set or any field of ``show_nonzero`` is not zero; with
    neither, always. On input it is hidden when ``hide_field`` has any of
    ``hide_any`` set (unless ``hide_unless_negative`` and the field is
    negative as a signed integer).
    """

    kind: str
    names: tuple[TraceName, ...]  # flags, value: in the order strace tries them
    modes: tuple[TraceName, ...]  # flags: the names of the low bits' values 0, 1, ...
    unknown: str  # flags: strace's comment for bits without a name, CLONE_???
    show_field: str | None
    show_any: tuple[TraceName, ...]
    show_nonzero: tuple[str, ...]
    past_size: bool  # shown (as zero) even when the caller's size does not reach it
    pos: Pos
    whole_version: bool = False  # shown only when the size covers the field's whole version
    hide_field: str | None = None
    hide_any: tuple[TraceName, ...] = ()
    hide_unless_negative: bool = False
    # As written (the checks on the model ask), with names that do not resolve:
    written_names: tuple[str, ...] = ()  # names, whatever the print
    written_modes: tuple[str, ...] = ()  # modes, whatever the print
    values: tuple[TraceName, ...] = ()  # the decoder's own names (values), whatever the print
    written_show_any: tuple[str, ...] = ()
    written_hide_any: tuple[str, ...] = ()


@dataclass(frozen=True)
class Field:
    """One field of the uapi struct and its kernel-side meaning."""

    name: str
    doc: str
    version: Version
    role: str
    offset: int
    size: int
    uapi_type: str
    kernel_type: str  # the member's type in the kernel struct
    pointee: str | None  # user_pointer: what it points at
    element: str | None  # array: the element type
    count: str | None  # array: the field with the element count
    max: Value | None  # array: the most elements
    pos: Pos
    trace: Trace
    request: bool = False  # in a struct the kernel writes: the caller fills it in as a request
    declared_type: str | None = None  # the uapi_type as written (None: the layout's default)

    @property
    def role_text(self) -> str:
        return ROLE_DESCRIPTIONS[self.role]

    @property
    def conversion(self) -> str:
        """How the copy-in converts it: plain, user_pointer or array."""
        return self.role if self.role in ("user_pointer", "array") else "plain"

    @property
    def kernel_bits(self) -> int:
        return KERNEL_TYPE_BITS.get(self.kernel_type, 64)

    @property
    def kernel_signed(self) -> bool:
        return self.kernel_type in SIGNED_KERNEL_TYPES

    @property
    def struct_format(self) -> str:
        return UAPI_TYPES[self.uapi_type][3]


@dataclass(frozen=True)
class Flag:
    """A flag of a flags field: its value, the release that added it, the entry points that accept it."""

    name: str
    field: str
    value: int
    since: str
    doc: str
    entry_points: tuple[str, ...]
    pos: Pos
    fills: tuple[str, ...] = ()  # a mask bit: the fields the kernel filled when it is set
    policy: str | None = None  # always, request (the caller asks) or available (when it can)
    level: int | None = None  # the interface's own version number (abi_levels) that has it


@dataclass(frozen=True)
class Level:
    """One number of an interface that numbers its own versions, and the release reporting it first."""

    level: int
    since: str
    pos: Pos


@dataclass(frozen=True)
class AbiLevels:
    """An interface's own version numbers (Landlock's ABI): the levels the release has, and the
    query that asks the running kernel for its level: the struct entry point called with no
    struct, a size of 0 and ``argument`` set to ``value``."""

    doc: str
    argument: str
    value_name: str
    value: int
    query_doc: str
    levels: tuple[Level, ...]
    pos: Pos


@dataclass(frozen=True)
class Constant:
    """A named number.

    ``header`` names the kernel header that defines it (else the uapi header
    does); ``libc_header`` the C library header that defines the same name
    with the same value, where one does.
    """

    name: str
    value: int
    per_arch: tuple[tuple[str, int], ...]
    doc: str
    header: str | None
    libc_header: str | None
    pos: Pos
    arch_values: tuple[
        tuple[str, int], ...
    ]  # as written: every per-arch value, even one equal to value
    style: str | None = None  # "flag": the uapi header spells it like a flag
    # (C library, why): the C library whose libc_header alone agrees with the spec
    libc_only: tuple[str, str] | None = None
    written: int | None = None  # the value as written (a composed one's may differ from value)
    bits: tuple[str, ...] = ()  # composed: the flags and constants it is the OR of
    resolved: bool = True  # False: a part's name does not resolve (the builder reported it)
    since: str = "0"  # the first release that defines it

    def value_for(self, arch: str) -> int:
        return dict(self.per_arch).get(arch, self.value)

    @property
    def arch_dependent(self) -> bool:
        return bool(self.per_arch)

    @property
    def kernel_visible(self) -> bool:
        """Whether generated kernel code can see it: a header defines it, not one source file
        (fs/open.c keeps O_PATH_FLAGS to itself)."""
        return self.header is None or self.header.endswith(".h")


@dataclass(frozen=True)
class Member:
    """A kernel-only member of the kernel struct."""

    name: str
    type: str
    bits: int | None
    doc: str
    after: str | None  # the field or member it follows; None: the member before it
    pos: Pos


@dataclass(frozen=True)
class Argument:
    """A system call argument of an entry point: its name and C type."""

    name: str
    type: str


@dataclass(frozen=True)
class Order:
    """The argument order of a register entry point under one config symbol."""

    config: str
    is_default: bool
    arguments: tuple[Argument, ...]
    arches: tuple[str, ...]


@dataclass(frozen=True)
class Assignment:
    """How a register entry point fills one kernel member."""

    target: str
    kind: str  # const, flags, arg
    value: Value | Mask | None
    arg: str | None
    low32: bool
    clear: str | None
    keep: str | None

    @property
    def text(self) -> str:
        """The C expression (also the documents' wording)."""
        if self.value is not None:
            if isinstance(self.value, Mask):
                return " | ".join(self.value.names)
            return self.value.c
        text = f"lower_32_bits({self.arg})" if self.low32 else str(self.arg)
        if self.clear:
            text = f"{text} & ~{self.clear}"
        if self.keep:
            text = f"{text} & {self.keep}"
        return text


@dataclass(frozen=True)
class Requires:
    """A config symbol an entry point needs: without it the stub returns ``errno``."""

    config: str
    errno: str
    doc: str


@dataclass(frozen=True)
class Broken:
    """A macro an architecture defines when it lacks the entry point: a build warning and ``errno``."""

    macro: str
    errno: str
    warning: str


@dataclass(frozen=True)
class EntryPoint:
    """A way into the kernel struct: ``struct`` (the extensible call) or ``registers`` (fork, clone, ...)."""

    name: str
    kind: str  # struct or registers
    guard: str | None
    arguments: tuple[Argument, ...]
    orders: tuple[Order, ...]
    sets: tuple[Assignment, ...]
    pos: Pos
    requires: Requires | None = None
    broken: Broken | None = None
    direction: str = "in"  # in (the kernel reads the struct), out (writes it) or in_out
    numbers: tuple[tuple[str, int], ...] = ()  # its own syscall's numbers, besides the default
    default_number: int | None = None  # None: the spec's syscall numbers
    size: rules.SizePolicy | None = None  # None: the spec's size policy
    trailing_arguments: tuple[Argument, ...] = ()  # after the struct pointer (and size)
    common_function: str | None = None  # None: the kernel section's
    null_errno: str | None = None  # a NULL struct pointer fails with it
    null_allowed_without_size: bool = False  # ... unless the size is 0 too
    before_copy: tuple[rules.ArgCheck, ...] = ()
    # answers of the common function the struct alone does not decide: (errno, doc)
    common_errors: tuple[tuple[str, str], ...] = ()
    struct_name: str = "uargs"  # the stub's struct pointer argument (a tracepoint field name)
    size_name: str = "usize"  # the stub's size argument
    written: tuple[str, ...] = ()  # the keys the spec writes (the others take their defaults)
    trace_tail: str | None = None  # what the decoder prints past the struct it knows; None: by size
    size_type: str | None = None  # the C type of the size argument; None: by the direction

    @property
    def is_struct(self) -> bool:
        return self.kind == "struct"

    @property
    def reads(self) -> bool:
        return self.direction != "out"

    @property
    def writes(self) -> bool:
        return self.direction != "in"


@dataclass(frozen=True)
class Uapi:
    """The uapi side as the spec names it: the struct, its header, the macro prefix, the layout style."""

    struct: str
    header: str
    macro_prefix: str
    layout: str
    pos: Pos


@dataclass(frozen=True)
class Tree:
    """Where a kernel tree keeps the hand-written code the generated files replace."""

    uapi: str
    header: str
    source: str
    functions: tuple[str, ...]  # the hand-written functions the generated code replaces
    exports: tuple[str, ...] = ()  # static functions of the source the generated stubs call
    macros: tuple[str, ...] = ()  # macros of the header only the replaced code used


@dataclass(frozen=True)
class Kernel:
    """The kernel side as the spec names it: the native struct, its files and functions, kernel-only members."""

    struct: str
    header: str
    source: str
    copy_function: str
    valid_function: str
    common_function: str
    common_returns: str
    doc: str
    members: tuple[Member, ...]
    order: tuple[str, ...]  # every field and member, in the kernel struct's order
    pos: Pos
    tree: Tree | None = None
    checked_in: str = ""  # the function that makes the common-phase checks


@dataclass(frozen=True)
class Libc:
    """The libc options: the name prefix, the legacy fallback entry, the fork-like helper's refusals."""

    prefix: str
    fallback: str | None
    forklike: bool
    refuse_flags: tuple[str, ...]
    refuse_fields: tuple[str, ...]
    pos: Pos
    agreement_headers: tuple[str, ...] = ()  # system headers whose shared names are checked
    reserved_namespace: bool = False  # a C library's own names: the prefix starts with __


@dataclass(frozen=True)
class Spec:
    """The model of one spec: the template contract's root (as ``spec.core``)."""

    name: str
    doc: str
    source: str  # the spec's name in generated files, the same from any directory
    file: str  # the spec's path as the user gave it, for messages
    digest: str  # the first 16 hex digits of the spec's sha256
    kernel_release: str | None  # set when cut down with --kernel
    arches: tuple[str, ...]  # the architectures whose values the spec states
    uapi: Uapi
    kernel: Kernel
    libc: Libc | None
    syscall: str
    numbers: tuple[tuple[str, int], ...]  # per architecture, besides the default
    default_number: int
    size: rules.SizePolicy
    versions: tuple[Version, ...]
    fields: tuple[Field, ...]
    constants: tuple[Constant, ...]
    checks: tuple[Check, ...]
    flags: tuple[Flag, ...]
    entry_points: tuple[EntryPoint, ...]
    pos: Pos  # the spec's top-level mapping
    syscall_pos: Pos  # the syscall mapping: name, numbers and size policy
    direction: str = "in"  # of the struct entry named by syscall (entries may differ)
    clamps: tuple[rules.Clamp, ...] = ()
    adjusts: tuple[rules.Adjust, ...] = ()  # after the copy, in order
    skip_outputs: tuple[str, ...] = ()  # optional outputs the spec is not rendered into
    # The whole spec's flags and layout, whatever the release: the ABI value of a flag and
    # the place of a field never change, so fixed code may still ask a kernel for them.
    uncut_flags: tuple[tuple[str, int], ...] = ()
    uncut_layout: tuple[Slot, ...] = ()
    # The checks that ended before the release (``until``): none of the targets makes them;
    # the validator checks them as written.
    ended_checks: tuple[Check, ...] = ()
    abi_levels: AbiLevels | None = None  # the interface numbers its own versions

    def size_of(self, entry: EntryPoint) -> rules.SizePolicy:
        """The size policy of a struct entry point."""
        return entry.size or self.size

    @property
    def struct_entries(self) -> tuple[EntryPoint, ...]:
        return tuple(e for e in self.entry_points if e.is_struct)

    @property
    def request_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.request)

    @property
    def mask_flags(self) -> tuple[Flag, ...]:
        return tuple(fl for fl in self.flags if fl.fills)

    @property
    def latest(self) -> Version:
        return self.versions[-1]

    @property
    def struct_entry(self) -> EntryPoint:
        return next(e for e in self.entry_points if e.is_struct)

    @property
    def copy_checks(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.phase == "copy")

    @property
    def valid_checks(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.phase == "valid")

    @property
    def common_checks(self) -> tuple[Check, ...]:
        """Checks the common function makes, below the entry stubs (not generated)."""
        return tuple(c for c in self.checks if c.phase == "common")

    @property
    def stated_checks(self) -> tuple[Check, ...]:
        """Every check the spec states, in its order: those the release makes and those that
        ended before it (``until``)."""
        return tuple(sorted((*self.checks, *self.ended_checks), key=lambda c: c.pos.path))

    @property
    def ordered_checks(self) -> tuple[Check, ...]:
        """Every check in the order the kernel applies them: copy-in, validity, common function."""
        return self.copy_checks + self.valid_checks + self.common_checks

    @property
    def flag_fields(self) -> tuple[tuple[Field, tuple[Flag, ...]], ...]:
        """Each flags field with its flags."""
        return tuple(
            (f, tuple(fl for fl in self.flags if fl.field == f.name))
            for f in self.fields
            if f.role == "flags"
        )

    @property
    def array_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.conversion == "array")

    @property
    def banner_lines(self) -> tuple[str, ...]:
        rel = f", for Linux {self.kernel_release}" if self.kernel_release else ""
        return (
            f"Generated from {self.source} by clonegen{rel}; do not edit.",
            f"Spec digest: sha256:{self.digest}.",
        )

    @property
    def banner(self) -> str:
        return " ".join(self.banner_lines)

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def _unknown_text(names: list[str]) -> str:
    """strace's comment for bits without a name: the names' common prefix, CLONE_???."""
    prefix = names[0] if names else ""
    for n in names[1:]:
        while not n.startswith(prefix):
            prefix = prefix[:-1]
    return prefix[: prefix.rfind("_") + 1] + "???"


_PLACEHOLDERS = {"", "todo", "tbd", "fixme", "xxx", "tk", "doc", "-", "?"}


def placeholder_doc(text: str) -> bool:
    """Whether a doc text is empty or a placeholder (``...``, ``TODO``, ``TBD``)."""
    return text.strip().strip(".:!?\u2026 ").lower() in _PLACEHOLDERS


def _size_errno_keys() -> tuple[str, ...]:
    """The keys of a size policy that name an errno: each size step's, and the tail's."""
    return (*(step.ERRNO_KEY for step in rules.SIZE_STEPS.values()), "tail_errno")


def _within(since: str, release: str | None) -> bool:
    return release is None or release_key(since) <= release_key(release)


@dataclass(frozen=True)
class _RuleInputs:
    """What a check rule's ``build`` may ask (rules.RuleInputs): the builder's resolution of
    names, and the versions of the release."""

    builder: _Builder
    versions: dict[str, Version]

    def value(self, ref: int | str) -> Value:
        return self.builder.value(ref)

    def mask(self, names: Iterable[str]) -> Mask:
        return self.builder.mask(names)

    def known_mask(self, field: str, entry_point: str) -> Mask:
        return self.builder.known_mask(field, entry_point)

    def version(self, name: str) -> tuple[str, int, str] | None:
        v = self.versions.get(name)
        return (v.name, v.size, v.macro) if v else None


class _Names:
    """What a rule's or an adjust step's ``resolve`` asks (rules.Names): the builder's
    declared names, and its reports of those that do not resolve."""

    def __init__(self, builder: _Builder):
        d = builder.d
        self.builder = builder
        self.field_names = tuple(dict.fromkeys(f["name"] for f in d["fields"]))
        self.entry_names = tuple(dict.fromkeys(e["name"] for e in d.get("entry_points", [])))
        self.version_names = tuple(dict.fromkeys(v["name"] for v in d["versions"]))
        self.flag_names = tuple(dict.fromkeys(fl["name"] for fl in d.get("flags", [])))
        self.flag_fields = {fl["name"]: fl["field"] for fl in d.get("flags", [])}
        self.constant_names = tuple(dict.fromkeys(c["name"] for c in d.get("constants", [])))

    def unknown(self, path: JsonPath, node: JsonPath, message: str) -> None:
        self.builder.unknown(path, node, message)

    def problem(self, path: JsonPath, message: str, at_key: bool = False) -> None:
        self.builder.problems.append(self.builder.loaded.error(path, message, at_key=at_key))

    def flag_of(self, path: JsonPath, node: JsonPath, name: str, field: str) -> None:
        if name in self.flag_fields:
            if self.flag_fields[name] != field:
                self.problem(
                    path,
                    f"flag {name!r} belongs to field {self.flag_fields[name]!r}, not {field!r}",
                )
        else:
            self.flag_or_constant(path, node, name)

    def flag_or_constant(self, path: JsonPath, node: JsonPath, name: str) -> None:
        """Report a name that is neither a flag nor a constant."""
        if name not in self.flag_fields and name not in self.constant_names:
            self.unknown(
                path,
                node,
                f"unknown flag or constant {name!r}"
                + did_you_mean(name, [*self.flag_names, *self.constant_names]),
            )

    def condition(self, base: JsonPath, when: Mapping[str, Any] | None) -> None:
        if not when:
            return
        if when["field"] not in self.field_names:
            self.unknown(
                base + ("when", "field"),
                base,
                f"condition names unknown field {when['field']!r}"
                + did_you_mean(when["field"], self.field_names),
            )
        mode = next((m for m in ("any_set", "none_set", "all_set") if m in when), "")
        if not mode:
            self.problem(base + ("when",), "a condition needs any_set, none_set or all_set")
            return
        for j, n in enumerate(when[mode]):
            self.flag_of(base + ("when", mode, j), base, n, when["field"])


@dataclass(frozen=True)
class _StepInputs:
    """What a size step's ``build`` may ask (rules.StepInputs)."""

    builder: _Builder
    first: tuple[str, int, str]
    path: JsonPath  # the size policy's

    def value(self, ref: int | str) -> Value:
        return self.builder.value(ref)

    @property
    def struct(self) -> str:
        return str(self.builder.d["uapi"]["struct"])

    def field_end(self, key: str, name: str) -> int | None:
        ends = self.builder.ends
        if name not in ends:
            self.builder.unknown(
                self.path + (key,),
                self.path,
                f"{key} names unknown field {name!r}" + did_you_mean(name, list(ends)),
            )
        return ends.get(name)


class _Builder:
    """Turns validated spec data into the model, cut to ``release``."""

    def __init__(self, loaded: LoadedSpec, release: str | None):
        self.loaded = loaded
        self.d: dict[str, Any] = loaded.data
        self.release = release
        # names that do not resolve, reported at their position; their nodes are marked
        self.problems: list[Diagnostic] = []
        self.unresolved: set[JsonPath] = set()
        self.ends: dict[str, int] = {}  # where each field ends (build() lays them out)
        self.written_docs()
        self.index_names()
        self.names = _Names(self)
        self.resolve_bits()
        self.constants = self.constants_at_release()
        self.version_data = [v for v in self.d["versions"] if _within(v["since"], release)]
        if not self.version_data:
            first = self.d["versions"][0]
            raise NotInRelease(
                [
                    loaded.error(
                        ("versions", 0, "since"),
                        f"Linux {release} does not have struct {self.d['uapi']['struct']}: "
                        f"its first version, {first['name']}, is from Linux {first['since']}",
                    )
                ]
            )
        kept = {v["name"] for v in self.version_data}
        # The whole spec (no release) keeps every node, even one whose names do not resolve:
        # the validator's checks run on that model.
        whole = release is None
        self.field_data = [
            (i, f) for i, f in enumerate(self.d["fields"]) if f["version"] in kept or whole
        ]
        self.kept_fields = {f["name"] for _, f in self.field_data}
        self.flag_data = [
            (i, fl)
            for i, fl in enumerate(self.d.get("flags", []))
            if _within(fl["since"], release) and (fl["field"] in self.kept_fields or whole)
        ]
        self.flag_values = {fl["name"]: fl["value"] for _, fl in self.flag_data}
        self.resolve_versions()
        self.resolve_fills()
        self.resolve_flags()
        self.resolve_members()
        for i, e in enumerate(self.d.get("entry_points", [])):
            self.resolve_entry(("entry_points", i), e)
        self.resolve_clamps()
        self.resolve_arrays()
        self.resolve_checks()
        self.resolve_adjusts()
        self.resolve_libc()
        self.resolve_sizes()
        self.resolve_struct_entries()
        self.resolve_traces()
        self.resolve_abi_levels()

    def resolve_abi_levels(self) -> None:
        """The query names a constant and an argument of the struct entry point."""
        a = self.d.get("abi_levels")
        if a is None:
            return
        q, base = a["query"], ("abi_levels", "query")
        if q["value"] not in self.names.constant_names:
            self.unknown(
                base + ("value",),
                base,
                f"the query names unknown constant {q['value']!r}"
                + did_you_mean(q["value"], self.names.constant_names),
            )
        struct = [e for e in self.d.get("entry_points", []) if e["kind"] == "struct"]
        args = [
            x["name"]
            for e in struct[:1]
            for x in (*e.get("arguments", []), *e.get("trailing_arguments", []))
        ]
        if q["argument"] not in args:
            self.unknown(
                base + ("argument",),
                base,
                f"the query sets {q['argument']!r}, which is no argument of the struct's "
                "system call" + did_you_mean(q["argument"], args),
            )

    def unknown(self, path: JsonPath, node: JsonPath, message: str) -> None:
        """Report a name at ``path`` that does not resolve, and mark the ``node`` it is in."""
        self.problems.append(self.loaded.error(path, message))
        self.unresolved.add(node)

    def written_docs(self) -> None:
        """Every doc says something: an empty one or a placeholder is refused."""

        def walk(node: Any, path: JsonPath) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "doc" and isinstance(value, str) and placeholder_doc(value):
                        shown = value.strip()
                        what = f"a placeholder ({shown!r})" if shown else "empty"
                        self.problems.append(
                            self.loaded.error(path + (key,), f"doc is {what}: write what it means")
                        )
                    else:
                        walk(value, path + (key,))
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    walk(value, path + (i,))

        walk(self.d, ())

    def index_names(self) -> None:
        """Each kind of name is declared once (fields and kernel members share one namespace,
        flags and constants another)."""
        d = self.d
        groups: list[tuple[str, list[tuple[JsonPath, str]]]] = [
            (
                "field or kernel member",
                [(("fields", i, "name"), f["name"]) for i, f in enumerate(d["fields"])]
                + [
                    (("kernel", "members", i, "name"), m["name"])
                    for i, m in enumerate(d["kernel"].get("members", []))
                ],
            ),
            (
                "version",
                [(("versions", i, "name"), v["name"]) for i, v in enumerate(d["versions"])],
            ),
            (
                "flag or constant",
                [(("flags", i, "name"), f["name"]) for i, f in enumerate(d.get("flags", []))]
                + [
                    (("constants", i, "name"), c["name"])
                    for i, c in enumerate(d.get("constants", []))
                ],
            ),
            (
                "entry point",
                [
                    (("entry_points", i, "name"), e["name"])
                    for i, e in enumerate(d.get("entry_points", []))
                ],
            ),
        ]
        for what, items in groups:
            seen: dict[str, JsonPath] = {}
            for path, name in items:
                if name in seen:
                    line, col = self.loaded.where(seen[name])
                    self.problems.append(
                        self.loaded.error(
                            path,
                            f"duplicate {what} name {name!r} (first at line {line}, column {col})",
                        )
                    )
                else:
                    seen[name] = path

    def resolve_bits(self) -> None:
        """A composed constant's parts are flags or constants declared before it."""
        flags = self.names.flag_names
        everything = set(self.names.constant_names)
        seen: set[str] = set()
        for i, c in enumerate(self.d.get("constants", [])):
            seen.add(c["name"])
            for j, n in enumerate(c.get("bits", [])):
                if n in flags or (n in seen and n != c["name"]):
                    continue
                later = n in everything and n != c["name"]
                self.unknown(
                    ("constants", i, "bits", j),
                    ("constants", i),
                    f"constant {c['name']!r} is composed of {n!r}, which "
                    + (
                        "is declared after it; declare the parts first"
                        if later
                        else "is not a flag or an earlier constant"
                        + did_you_mean(n, [*flags, *seen])
                    ),
                )

    def resolve_versions(self) -> None:
        """Every field names a version."""
        versions = self.names.version_names
        for i, f in enumerate(self.d["fields"]):
            if f["version"] not in versions:
                self.unknown(
                    ("fields", i, "version"),
                    ("fields", i),
                    f"field {f['name']!r} names unknown version {f['version']!r}"
                    + did_you_mean(f["version"], versions),
                )

    def resolve_flags(self) -> None:
        """A flag names its field and the entry points that accept it."""
        fields, entries = self.names.field_names, self.names.entry_names
        for i, fl in enumerate(self.d.get("flags", [])):
            if fl["field"] not in fields:
                self.unknown(
                    ("flags", i, "field"),
                    ("flags", i),
                    f"flag {fl['name']!r} names unknown field {fl['field']!r}"
                    + did_you_mean(fl["field"], fields),
                )
                continue
            for j, ep in enumerate(fl["entry_points"]):
                if ep not in entries:
                    self.unknown(
                        ("flags", i, "entry_points", j),
                        ("flags", i, "entry_points"),
                        f"flag {fl['name']!r} names unknown entry point {ep!r}"
                        + did_you_mean(ep, entries),
                    )

    def resolve_entry(self, base: JsonPath, e: dict[str, Any]) -> None:
        """An entry point's errnos, the arguments its orders and setters name, the members it
        sets, and the flags and numbers it sets them to."""
        for key in ("requires", "broken"):
            if key in e and e[key]["errno"] not in ERRNO_NAMES:
                self.unknown(
                    base + (key, "errno"),
                    base,
                    f"unknown errno {e[key]['errno']!r}"
                    + did_you_mean(e[key]["errno"], ERRNO_NAMES),
                )
        args = {a["name"] for a in e.get("arguments", [])}
        for j, o in enumerate(e.get("orders", [])):
            for k, n in enumerate(o["arguments"]):
                if n not in args:
                    self.unknown(
                        base + ("orders", j, "arguments", k),
                        base,
                        f"unknown argument {n!r}" + did_you_mean(n, args),
                    )
        targets = set(dict.fromkeys(f["name"] for f in self.d["fields"])) | {
            m["name"] for m in self.d["kernel"].get("members", [])
        }
        flags = self.names.flag_names
        for target, s in e.get("sets", {}).items():
            where = base + ("sets", target)
            if target not in targets:
                self.problems.append(
                    self.loaded.error(
                        where,
                        f"{target!r} is not a member of the kernel struct"
                        + did_you_mean(target, targets),
                        at_key=True,
                    )
                )
            if "arg" in s and s["arg"] not in args:
                self.unknown(
                    where + ("arg",),
                    base,
                    f"unknown argument {s['arg']!r} of {e['name']}" + did_you_mean(s["arg"], args),
                )
            for j, n in enumerate(s.get("flags", [])):
                if n not in flags:
                    self.unknown(
                        where + ("flags", j), base, f"unknown flag {n!r}" + did_you_mean(n, flags)
                    )
            for key in ("const", "clear", "keep"):
                if key in s:
                    self.resolve_value(where + (key,), base, s[key])

    def resolve_members(self) -> None:
        """A kernel-only member follows a field or an earlier member."""
        members = {m["name"] for m in self.d["kernel"].get("members", [])}
        seen = {f["name"] for f in self.d["fields"]}
        for i, m in enumerate(self.d["kernel"].get("members", [])):
            after = m.get("after")
            if after is not None and after not in seen:
                if after == m["name"]:
                    where = "itself"
                elif after in members:
                    where = "a later member"
                else:
                    where = "not a field or member"
                self.unknown(
                    ("kernel", "members", i, "after"),
                    ("kernel", "members", i),
                    f"member {m['name']!r} is placed after {after!r}, which is {where}; name a "
                    "field or an earlier member" + did_you_mean(after, sorted(seen)),
                )
            seen.add(m["name"])

    def resolve_fills(self) -> None:
        """The fields a mask bit fills are fields."""
        fields = self.names.field_names
        for i, fl in enumerate(self.d.get("flags", [])):
            for j, n in enumerate(fl.get("fills", [])):
                if n not in fields:
                    self.unknown(
                        ("flags", i, "fills", j),
                        ("flags", i),
                        f"flag {fl['name']!r} fills unknown field {n!r}" + did_you_mean(n, fields),
                    )

    def resolve_clamps(self) -> None:
        """A clamp names a field, and its bounds are numbers, constants, flags or PAGE_SIZE."""
        fields = self.names.field_names
        for i, c in enumerate(self.d.get("clamps", [])):
            if c["field"] not in fields:
                self.unknown(
                    ("clamps", i, "field"),
                    ("clamps", i),
                    f"unknown field {c['field']!r}" + did_you_mean(c["field"], fields),
                )
            for key in ("min", "max"):
                self.resolve_value(("clamps", i, key), ("clamps", i), c[key])

    def resolve_sizes(self) -> None:
        """The syscall's size policy and each entry point's own: their errnos, the size field,
        the version a size of zero means."""
        self.resolve_size(("syscall", "size"), self.d["syscall"]["size"])
        for i, e in enumerate(self.d.get("entry_points", [])):
            if "size" in e:
                self.resolve_size(("entry_points", i, "size"), e["size"])

    def resolve_size(self, base: JsonPath, size: dict[str, Any]) -> None:
        for key in _size_errno_keys():
            if key in size:
                self.resolve_errno(base + (key,), base, size[key])
        for j, perm in enumerate(size.get("permission", [])):
            self.resolve_errno(base + ("permission", j, "errno"), base, perm["errno"])
        fields = self.names.field_names
        if size["source"] == "field" and size.get("field", "") not in fields:
            self.unknown(
                base + ("field",),
                base,
                f"size field {size.get('field')!r} is not a field"
                + did_you_mean(str(size.get("field")), fields),
            )
        zero = size.get("zero_means")
        versions = self.names.version_names
        if zero is not None and zero not in versions:
            self.unknown(
                base + ("zero_means",),
                base,
                f"unknown version {zero!r}" + did_you_mean(zero, versions),
            )

    def resolve_errno(self, path: JsonPath, node: JsonPath, name: str, hint: bool = True) -> None:
        """An errno is one the kernel defines (``hint``: with the closest one)."""
        if name not in ERRNO_NAMES:
            close = did_you_mean(name, ERRNO_NAMES) if hint else ""
            self.unknown(path, node, f"unknown errno {name!r}" + close)

    def resolve_struct_entries(self) -> None:
        """A struct entry point's errnos, and the arguments its checks before the copy name."""
        for i, e in enumerate(self.d.get("entry_points", [])):
            if e["kind"] != "struct":
                continue
            base: JsonPath = ("entry_points", i)
            if "null_errno" in e:
                self.resolve_errno(base + ("null_errno",), base, e["null_errno"], hint=False)
            for j, c in enumerate(e.get("common_errors", [])):
                self.resolve_errno(base + ("common_errors", j, "errno"), base, c["errno"])
            args = [a["name"] for a in e.get("arguments", [])]
            args += [a["name"] for a in e.get("trailing_arguments", [])]
            for j, b in enumerate(e.get("before_copy", [])):
                self.resolve_errno(base + ("before_copy", j, "errno"), base, b["errno"])
                if "argument" in b and b["argument"] not in args:
                    self.unknown(
                        base + ("before_copy", j, "argument"),
                        base,
                        f"unknown argument {b['argument']!r} of {e['name']}"
                        + did_you_mean(b["argument"], args),
                    )

    def resolve_traces(self) -> None:
        """What a field's trace names: flags or constants, the constants of its modes, the
        fields (and their bits) that show or hide it."""
        fields, constants = self.names.field_names, self.names.constant_names
        for i, f in enumerate(self.d["fields"]):
            t = f.get("trace")
            if t is None:
                continue
            base: JsonPath = ("fields", i, "trace")
            for j, n in enumerate(t.get("names", [])):
                self.names.flag_or_constant(base + ("names", j), base, n)
            for j, n in enumerate(t.get("modes", [])):
                if n not in constants:
                    self.unknown(
                        base + ("modes", j),
                        base,
                        f"mode {n!r} is not a constant" + did_you_mean(n, constants),
                    )
            for key in ("show", "hide"):
                part = t.get(key, {})
                if "field" not in part:
                    continue
                if part["field"] not in fields:
                    self.unknown(
                        base + (key, "field"),
                        base,
                        f"unknown field {part['field']!r}" + did_you_mean(part["field"], fields),
                    )
                    continue
                for j, n in enumerate(part.get("any_set", [])):
                    self.names.flag_or_constant(base + (key, "any_set", j), base, n)
            for j, n in enumerate(t.get("show", {}).get("nonzero", [])):
                if n not in fields:
                    self.unknown(
                        base + ("show", "nonzero", j),
                        base,
                        f"unknown field {n!r}" + did_you_mean(n, fields),
                    )

    def resolve_value(self, path: JsonPath, node: JsonPath, ref: int | str) -> None:
        """A number written as a name names a constant, a flag or PAGE_SIZE."""
        known = (*self.names.constant_names, *self.names.flag_names)
        if isinstance(ref, str) and ref != "PAGE_SIZE" and ref not in known:
            hint = did_you_mean(ref, [*known, "PAGE_SIZE"])
            self.unknown(
                path, node, f"unknown constant {ref!r}" + (hint or "; declare it under constants")
            )

    def resolve_arrays(self) -> None:
        """An array names its count field, and its most elements is a number or a name."""
        fields = self.names.field_names
        for i, f in enumerate(self.d["fields"]):
            if f["role"] != "array":
                continue
            if f["count"] not in fields:
                self.unknown(
                    ("fields", i, "count"),
                    ("fields", i),
                    f"array {f['name']!r} names unknown count field {f['count']!r}"
                    + did_you_mean(f["count"], fields),
                )
            self.resolve_value(("fields", i, "max"), ("fields", i), f["max"])

    def resolve_checks(self) -> None:
        """A check's errno, fields, numbers, flags, version and condition resolve, and it
        writes only what its rule takes (the rule adds its own, ``Rule.resolve``)."""
        names = self.names
        versions = names.version_names
        for i, c in enumerate(self.d.get("checks", [])):
            base: JsonPath = ("checks", i)
            if c["errno"] not in ERRNO_NAMES:
                self.unknown(
                    base + ("errno",),
                    base,
                    f"unknown errno {c['errno']!r}" + did_you_mean(c["errno"], ERRNO_NAMES),
                )
            for key in ("field", "other"):
                if key in c and c[key] not in names.field_names:
                    self.unknown(
                        base + (key,),
                        base,
                        f"check names unknown field {c[key]!r}"
                        + did_you_mean(c[key], names.field_names),
                    )
                elif key == "other" and c.get(key) == c["field"]:
                    names.problem(
                        base + (key,),
                        f"{c['rule']} compares {c['field']!r} with itself; name the other field",
                    )
            for key in ("limit", "allowed"):
                if key in c:
                    self.resolve_value(base + (key,), base, c[key])
            self.resolve_others(base, c)
            for j, ep in enumerate(c.get("entry_points", [])):
                if ep not in names.entry_names:
                    self.unknown(
                        base + ("entry_points", j),
                        base,
                        f"check names unknown entry point {ep!r}"
                        + did_you_mean(ep, names.entry_names),
                    )
            for j, n in enumerate(c.get("names", [])):
                names.flag_of(base + ("names", j), base, n, c["field"])
            rule = rules.RULES[c["rule"]]
            rule.resolve(c, names, base)
            if "version" in c and c["version"] not in versions:
                self.unknown(
                    base + ("version",),
                    base,
                    f"check names unknown version {c['version']!r}"
                    + did_you_mean(c["version"], versions),
                )
            if "names" in c and not rule.TAKES_NAMES:
                names.problem(base + ("names",), f"rule {c['rule']!r} takes no names", at_key=True)
            if c["phase"] == "common" and c.get("to_top"):
                names.problem(
                    base + ("to_top",),
                    "to_top moves the stack in the generated validity function; a common-phase "
                    "check is not generated, so check it in phase valid",
                )
            names.condition(base, c.get("when"))

    def resolve_others(self, base: JsonPath, c: dict[str, Any]) -> None:
        """The fields a rule on several fields names besides its own (``others``)."""
        names = self.names
        for j, other in enumerate(c.get("others", [])):
            if other not in names.field_names:
                self.unknown(
                    base + ("others", j),
                    base,
                    f"check names unknown field {other!r}" + did_you_mean(other, names.field_names),
                )
            elif other == c["field"]:
                names.problem(
                    base + ("others", j),
                    f"{c['rule']} compares {c['field']!r} with itself; name other fields",
                )

    def resolve_adjusts(self) -> None:
        """What each adjust step names resolves (each kind of step says what, ``Adjust.resolve``)."""
        for i, a in enumerate(self.d.get("adjust", [])):
            kind = next(k for k in rules.ADJUSTS.values() if k.KEY in a)
            kind.resolve(a, self.names, ("adjust", i))

    def resolve_libc(self) -> None:
        """The libc fallback names an entry point; the fork-like helper's refusals name flags
        and fields."""
        lib = self.d.get("libc") or {}
        fallback = lib.get("fallback")
        entries = self.names.entry_names
        if fallback is not None and fallback not in entries:
            self.unknown(
                ("libc", "fallback"),
                ("libc",),
                f"fallback names unknown entry point {fallback!r}"
                + did_you_mean(fallback, entries),
            )
        forklike = lib.get("forklike") or {}
        flags = self.names.flag_names
        for key, pool, noun in (
            ("refuse_flags", flags, "flag"),
            ("refuse_fields", self.names.field_names, "field"),
        ):
            for j, n in enumerate(forklike.get(key, [])):
                if n not in pool:
                    self.unknown(
                        ("libc", "forklike", key, j),
                        ("libc",),
                        f"unknown {noun} {n!r}" + did_you_mean(n, pool),
                    )

    def pos(self, path: JsonPath) -> Pos:
        return Pos(*self.loaded.where(path), tuple(path))

    def constants_at_release(self) -> dict[str, dict[str, Any]]:
        """The constants the release defines; a composed one (``bits``) is the OR of the parts
        the release has, on every architecture."""
        flags = {
            fl["name"]: fl["value"]
            for fl in self.d.get("flags", [])
            if _within(fl["since"], self.release)
        }
        out: dict[str, dict[str, Any]] = {}
        for i, c in enumerate(self.d.get("constants", [])):
            if not _within(since(c), self.release):
                continue
            # one whose parts do not all resolve keeps its stated value (the builder reported it)
            if "bits" in c and ("constants", i) not in self.unresolved:
                parts = [
                    {"value": flags[n]} if n in flags else out[n]
                    for n in c["bits"]
                    if n in out or n in flags
                ]
                arches = sorted(
                    {a for p in parts for a in p.get("arch", {})} | set(c.get("arch", {}))
                )
                want = rules.compose(parts, [None, *arches])
                value = want[None]
                c = {**c, "value": value, "arch": {a: want[a] for a in arches if want[a] != value}}
                if not c["arch"]:
                    del c["arch"]
            out[c["name"]] = c
        return out

    def value(self, ref: int | str) -> Value:
        if isinstance(ref, int):
            return Value(ref)
        if ref == "PAGE_SIZE":
            return Value(4096, "PAGE_SIZE", "page_size")
        if ref in self.flag_values:
            return Value(self.flag_values[ref], ref, "flag")
        if ref not in self.constants:
            return Value(0, ref, "unresolved")  # the builder reported the name
        c = self.constants[ref]
        per_arch = tuple(sorted((a, v) for a, v in c.get("arch", {}).items() if v != c["value"]))
        return Value(c["value"], ref, "constant", per_arch, setting(c, "constant", "doc"))

    def known(self, name: str) -> bool:
        return name in self.constants or name in self.flag_values

    def mask(self, names: Iterable[str]) -> Mask:
        return Mask(tuple(self.value(n) for n in names))

    def build(self) -> Spec:
        d = self.d
        prefix = d["uapi"]["macro_prefix"]
        style = setting(d["uapi"], "uapi", "layout")
        slots = layout([f for _, f in self.field_data], style)
        # where each field ends: the size that reaches it
        self.ends = {f["name"]: s.offset + s.size for (_, f), s in zip(self.field_data, slots)}
        versions: list[Version] = []
        for i, v in enumerate(self.version_data):
            names = tuple(f["name"] for _, f in self.field_data if f["version"] == v["name"])
            versions.append(
                Version(
                    v["name"],
                    i,
                    v["size"],
                    v["since"],
                    size_macro(prefix, v["name"]),
                    names,
                    names[-1] if names else "",  # none: the validator reports it
                    self.pos(("versions", i)),
                    v.get("level"),
                )
            )
        by_version = {v.name: v for v in versions}
        fields = tuple(
            self.field(i, f, slot, by_version) for (i, f), slot in zip(self.field_data, slots)
        )
        numbers = d["syscall"]["numbers"]
        checks, ended = self.checks(by_version)
        return Spec(
            name=d["name"],
            doc=d["doc"],
            source=self.loaded.banner_path,
            file=self.loaded.display_path,
            digest=self.loaded.digest[:16],
            kernel_release=self.release,
            arches=tuple(setting(d, "spec", "arches")),
            uapi=Uapi(d["uapi"]["struct"], d["uapi"]["header"], prefix, style, self.pos(("uapi",))),
            kernel=self.kernel_node(),
            libc=self.libc(),
            syscall=d["syscall"]["name"],
            numbers=tuple(sorted((k, v) for k, v in numbers.items() if k != "default")),
            default_number=numbers["default"],
            size=self.size_policy(versions),
            versions=tuple(versions),
            fields=fields,
            constants=tuple(
                self.constant(i, c)
                for i, c in enumerate(d.get("constants", []))
                if c["name"] in self.constants
            ),
            checks=checks,
            ended_checks=ended,
            flags=self.flag_nodes(),
            entry_points=tuple(
                self.entry(i, e, versions) for i, e in enumerate(d.get("entry_points", []))
            ),
            pos=self.pos(()),
            syscall_pos=self.pos(("syscall",)),
            direction=direction(d["syscall"]),
            skip_outputs=tuple(d.get("skip_outputs", [])),
            uncut_flags=tuple((fl["name"], fl["value"]) for fl in d.get("flags", [])),
            uncut_layout=tuple(layout(d["fields"], style)),
            clamps=self.clamp_nodes(),
            adjusts=self.adjusts(),
            abi_levels=self.abi_levels(),
        )

    def abi_levels(self) -> AbiLevels | None:
        """The interface's own version numbers the release has, and the query for them."""
        a = self.d.get("abi_levels")
        if a is None:
            return None
        q = a["query"]
        value = self.constants.get(q["value"], {}).get("value", 0)
        return AbiLevels(
            a["doc"],
            q["argument"],
            q["value"],
            value,
            q["doc"],
            tuple(
                Level(lv["level"], lv["since"], self.pos(("abi_levels", "levels", i)))
                for i, lv in enumerate(a["levels"])
                if _within(lv["since"], self.release)
            ),
            self.pos(("abi_levels",)),
        )

    def flag_nodes(self) -> tuple[Flag, ...]:
        """The flags the release has, each with the fields it fills that the release keeps."""
        return tuple(
            Flag(
                fl["name"],
                fl["field"],
                fl["value"],
                fl["since"],
                fl["doc"],
                tuple(fl["entry_points"]),
                self.pos(("flags", i)),
                tuple(
                    n for n in fl.get("fills", ()) if n in self.kept_fields or self.release is None
                ),
                fl.get("policy"),
                fl.get("level"),
            )
            for i, fl in self.flag_data
        )

    def clamp_nodes(self) -> tuple[rules.Clamp, ...]:
        """The clamps of the fields the release keeps."""
        d = self.d
        return tuple(
            rules.Clamp(
                c["field"],
                self.value(c["min"]),
                self.value(c["max"]),
                c["doc"],
                self.pos(("clamps", i)),
            )
            for i, c in enumerate(d.get("clamps", []))
            if c["field"] in self.kept_fields or self.release is None
        )

    def kernel_node(self) -> Kernel:
        """The kernel side as the spec names it, its members and the kernel tree."""
        kernel = self.d["kernel"]
        return Kernel(
            struct=kernel["struct"],
            header=kernel["header"],
            source=kernel["source"],
            copy_function=kernel["copy_function"],
            valid_function=kernel["valid_function"],
            common_function=kernel["common_function"],
            checked_in=kernel.get("checked_in", kernel["common_function"]),
            common_returns=setting(kernel, "kernel", "common_returns"),
            doc=kernel["doc"],
            members=tuple(
                Member(
                    m["name"],
                    m["type"],
                    m.get("bits"),
                    m["doc"],
                    m.get("after"),
                    self.pos(("kernel", "members", i)),
                )
                for i, m in enumerate(kernel.get("members", []))
            ),
            order=self.kernel_order(),
            pos=self.pos(("kernel",)),
            tree=(
                Tree(
                    kernel["tree"]["uapi"],
                    kernel["tree"]["header"],
                    kernel["tree"]["source"],
                    tuple(
                        kernel["tree"].get(
                            "functions",
                            [kernel["copy_function"], kernel["valid_function"]],
                        )
                        + kernel["tree"].get("helpers", [])
                    ),
                    tuple(kernel["tree"].get("exports", [])),
                    tuple(kernel["tree"].get("macros", [])),
                )
                if "tree" in kernel
                else None
            ),
        )

    def constant(self, i: int, written: dict[str, Any]) -> Constant:
        """The constant written at ``i``: its value at the release (a composed one's OR), the
        rest as written."""
        c = self.constants[written["name"]]
        return Constant(
            c["name"],
            c["value"],
            tuple(sorted((a, v) for a, v in c.get("arch", {}).items() if v != c["value"])),
            written["doc"],
            written.get("header"),
            written.get("libc_header"),
            self.pos(("constants", i)),
            tuple(sorted(written.get("arch", {}).items())),
            written.get("style"),
            (
                (written["libc_only"]["libc"], written["libc_only"]["doc"])
                if "libc_only" in written
                else None
            ),
            written["value"],
            tuple(written.get("bits", ())),
            ("constants", i) not in self.unresolved,
            since(written),
        )

    def condition(self, when: Mapping[str, Any] | None) -> tuple[bool, rules.Condition | None]:
        """A ``when:`` cut to the release: (never, condition). A condition on flags the
        release lacks can never hold (any_set of none of them, all_set of one missing), or
        always does (none_set of none of them: no condition)."""
        mode = next((m for m in ("any_set", "none_set", "all_set") if m in (when or ())), "")
        if not when or not mode:  # no mode: the builder reported it
            return False, None
        # the whole spec keeps a name that does not resolve (reported): the check stays
        names = [n for n in when[mode] if self.known(n) or self.release is None]
        if mode == "all_set" and len(names) < len(when[mode]):
            return True, None
        if not names:
            return mode == "any_set", None
        any_set = mode != "none_set"
        return False, rules.Condition(
            when["field"], any_set, self.mask(names), every=mode == "all_set"
        )

    def adjusts(self) -> tuple[rules.Adjust, ...]:
        out: list[rules.Adjust] = []
        for i, a in enumerate(self.d.get("adjust", [])):
            if not _within(since(a), self.release):
                continue
            kind = next(k for k in rules.ADJUSTS.values() if k.KEY in a)
            step = kind.build(a, self, self.pos(("adjust", i)))
            if step is not None:
                out.append(step)
        return tuple(out)

    def kept(self, field: str) -> bool:
        return field in self.kept_fields

    def kernel_order(self) -> tuple[str, ...]:
        """The kernel struct's members in order: the fields, each run of kernel-only members
        placed after the name its first member's ``after`` gives (the last field without one).

        The order is computed on the whole spec, then cut to the release, so a member placed
        after a newer field stays where it was relative to the older ones."""
        order = [f["name"] for f in self.d["fields"]]
        last: str | None = None
        for m in self.d["kernel"].get("members", []):
            anchor = m.get("after", last)
            # an unknown anchor (the validator reports it) places the member last
            at = order.index(anchor) + 1 if anchor in order else len(order)
            order.insert(at, m["name"])
            last = m["name"]
        members = {m["name"] for m in self.d["kernel"].get("members", [])}
        return tuple(n for n in order if n in self.kept_fields or n in members)

    def size_policy(
        self, versions: list[Version], size: dict[str, Any] | None = None, path: JsonPath = ()
    ) -> rules.SizePolicy:
        size = self.d["syscall"]["size"] if size is None else size
        path = path or ("syscall", "size")
        src = _StepInputs(self, (versions[0].name, versions[0].size, versions[0].macro), path)
        chosen = [rules.SIZE_STEPS[name] for name in size["checks"]]
        chosen += [
            s for s in rules.SIZE_STEPS.values() if s.FLAG and setting(size, "size_policy", s.FLAG)
        ]
        steps = [step.build(size, src) for step in chosen]
        for step in rules.SIZE_STEPS.values():
            for key in (k for k in step.KEYS if k in size and step not in chosen):
                self.problems.append(
                    self.loaded.error(
                        path + (key,), f"{key} belongs to {step.NAME}; add it to checks"
                    )
                )
        own = self.d["syscall"]["size"]
        zero = size.get("zero_means") or ("VER0" if size.get("zero_means_ver0") else None)
        zv = next((v for v in versions if v.name == zero), None)
        ioctl = size.get("ioctl")
        size_field = own.get("field") if own["source"] == "field" else None
        field_type = next(
            (
                f["kernel_type"]
                for f in self.d["fields"]
                if f["name"] == size_field and "kernel_type" in f
            ),
            "u32",  # no integer size field (the checks report one of another role): never read
        )
        return rules.SizePolicy(
            source=size["source"],
            field=size.get("field") or (size_field if size.get("report") else None),
            steps=tuple(steps),
            tail_errno=size.get("tail_errno"),
            latest=versions[-1].size,
            zero_means_ver0=zero == "VER0",
            write_back=setting(size, "size_policy", "write_back"),
            pos=self.pos(path),
            zero_means=rules.ZeroMeans(zv.name, zv.size, zv.macro) if zv else None,
            report=size.get("report"),
            ioctl=rules.Ioctl(ioctl["type"], ioctl["nr"], ioctl["dir"]) if ioctl else None,
            field_type=field_type,
            truncated_mask=size.get("truncated_mask"),
            permission=tuple(
                rules.ArgCheck("function", p["function"], p["errno"], p["doc"])
                for p in size.get("permission", [])
            ),
            permission_headers=tuple(
                sorted({p["header"] for p in size.get("permission", []) if "header" in p})
            ),
            limit=self.value(setting(size, "size_policy", "max")),
            written_errnos=tuple((k, size[k]) for k in _size_errno_keys() if k in size),
            written_field=size.get("field"),
            written_zero_means=size.get("zero_means"),
            written_zero_means_ver0=size.get("zero_means_ver0", False),
            written=tuple(size),
        )

    def libc(self) -> Libc | None:
        lib = self.d.get("libc")
        if lib is None:
            return None
        forklike = lib.get("forklike")
        return Libc(
            prefix=lib["prefix"],
            fallback=lib.get("fallback"),
            forklike=forklike is not None,
            refuse_flags=tuple(
                n for n in (forklike or {}).get("refuse_flags", []) if self.known(n)
            ),
            refuse_fields=tuple(
                n for n in (forklike or {}).get("refuse_fields", []) if n in self.kept_fields
            ),
            pos=self.pos(("libc",)),
            agreement_headers=tuple(lib.get("agreement_headers", [])),
            reserved_namespace=setting(lib, "libc", "reserved_namespace"),
        )

    def field(self, i: int, f: dict[str, Any], slot: Slot, versions: dict[str, Version]) -> Field:
        role = f["role"]
        if role == "user_pointer":
            ktype = f"{f['pointee']} __user *"
        elif role == "array":
            ktype = f"{f['element']} *"
        else:
            ktype = f["kernel_type"]
        return Field(
            name=f["name"],
            doc=f["doc"],
            version=versions.get(f["version"]) or self.unknown_version(i, f, len(versions)),
            role=role,
            offset=slot.offset,
            size=slot.size,
            uapi_type=slot.uapi_type,
            kernel_type=ktype,
            pointee=f.get("pointee"),
            element=f.get("element"),
            count=f.get("count"),
            max=self.value(f["max"]) if "max" in f else None,
            pos=self.pos(("fields", i)),
            trace=self.trace(i, f),
            request=setting(f, "field", "request"),
            declared_type=f.get("uapi_type"),
        )

    def unknown_version(self, i: int, f: dict[str, Any], after: int) -> Version:
        """The version of a field that names none (the validator reports it): after the last."""
        return Version(f["version"], after, 0, "", "", (), "", self.pos(("fields", i, "version")))

    def trace_name(self, name: str) -> TraceName | None:
        """A flag the release has, or a constant; None for a flag newer than the release."""
        if name in self.flag_values:
            since = next(fl["since"] for _, fl in self.flag_data if fl["name"] == name)
            return TraceName(name, self.value(name), since)
        if name in self.constants:
            return TraceName(name, self.value(name), None)
        return None

    def trace_names(self, names: Iterable[str]) -> tuple[TraceName, ...]:
        return tuple(t for t in map(self.trace_name, names) if t is not None)

    def trace(self, i: int, f: dict[str, Any]) -> Trace:
        t = f.get("trace", {})
        kind = trace_print(f)
        names: list[str] = t.get("names") or [
            fl["name"]
            for _, fl in self.flag_data
            if fl["field"] == f["name"] and setting(fl, "flag", "named_in_trace")
        ]
        # Names only the decoder prints (strace's SCHED_OTHER), cut to the release like flags.
        values = tuple(
            TraceName(v["name"], Value(v["value"]), v.get("since"))
            for v in t.get("values", [])
            if v.get("since") is None or _within(v["since"], self.release)
        )
        named = kind in ("flags", "value")
        show = t.get("show", {})
        hide = t.get("hide", {})
        return Trace(
            kind=kind,
            names=self.trace_names(names) + values if named else (),
            modes=self.trace_names(t.get("modes", [])) if kind == "flags" else (),
            unknown=(
                _unknown_text(names + [v["name"] for v in t.get("values", [])]) if named else ""
            ),
            show_field=show.get("field"),
            show_any=self.trace_names(show.get("any_set", [])),
            show_nonzero=tuple(n for n in show.get("nonzero", []) if n in self.kept_fields),
            past_size=setting(show, "trace_show", "past_size"),
            pos=self.pos(("fields", i, "trace") if "trace" in f else ("fields", i)),
            whole_version=show.get("whole_version", False),
            hide_field=hide.get("field"),
            hide_any=self.trace_names(hide.get("any_set", [])),
            hide_unless_negative=hide.get("unless_negative", False),
            written_names=tuple(t.get("names", ())),
            written_modes=tuple(t.get("modes", ())),
            values=values,
            written_show_any=tuple(show.get("any_set", ())),
            written_hide_any=tuple(hide.get("any_set", ())),
        )

    def rule(self, c: dict[str, Any], versions: dict[str, Version]) -> rules.Rule | None:
        """The rule object of one check, or None if the release lacks what it names."""
        if self.release is not None and any(not self.known(n) for n in c.get("names", ())):
            return None  # a flag newer than the target release
        return rules.RULES[c["rule"]].build(c, _RuleInputs(self, versions))

    def known_mask(self, field: str, entry_point: str) -> Mask:
        """The flags of ``field`` that ``entry_point`` accepts, in the release."""
        return self.mask(
            n
            for n, fl in self.flag_items()
            if fl["field"] == field and entry_point in fl["entry_points"]
        )

    def flag_items(self) -> list[tuple[str, dict[str, Any]]]:
        return [(fl["name"], fl) for _, fl in self.flag_data]

    def checks(self, versions: dict[str, Version]) -> tuple[tuple[Check, ...], tuple[Check, ...]]:
        """The checks the release makes, in the spec's order, and those that ended before it
        (``until``; the whole spec: every check with an ``until``)."""
        out: list[Check] = []
        ended: list[Check] = []
        whole = self.release is None  # keeps a check whose names do not resolve (reported)
        for i, c in enumerate(self.d.get("checks", [])):
            if not _within(since(c), self.release):
                continue
            until = c.get("until")
            over = until is not None and (
                whole or release_key(str(self.release)) > release_key(until)
            )  # the check moved or went away after ``until``
            when = c.get("when")
            refs = [c["field"], c.get("other"), when and when["field"]]
            if not whole and any(r is not None and r not in self.kept_fields for r in refs):
                continue
            if "others" in c and not whole:  # a release checks the others it has
                c = {**c, "others": [o for o in c["others"] if o in self.kept_fields]}
            rule = self.rule(c, versions)
            if rule is None:
                continue
            never, condition = self.condition(when)
            if never:
                continue  # can never fire on this release
            kept = ended if over else out
            kept.append(
                Check(
                    index=len(kept),
                    field=c["field"],
                    rule_name=c["rule"],
                    rule=rule,
                    errno=c["errno"],
                    phase=c["phase"],
                    doc=c["doc"],
                    when=condition,
                    line=self.loaded.where(("checks", i))[0],
                    pos=self.pos(("checks", i)),
                    since=since(c),
                    entries=tuple(c.get("entry_points", ())),
                )
            )
        return tuple(out), tuple(ended)

    def assignments(self, e: dict[str, Any]) -> tuple[Assignment, ...]:
        """What a register entry point sets in the kernel struct, cut to the release."""
        sets: list[Assignment] = []
        kernel_names = self.kept_fields | {m["name"] for m in self.d["kernel"].get("members", [])}
        whole = self.release is None  # keeps every assignment, even of an unknown name
        for target, s in e.get("sets", {}).items():
            if target not in kernel_names and not whole:
                continue
            if "flags" in s:
                names = tuple(n for n in s["flags"] if self.known(n))
                if names or whole:
                    sets.append(
                        Assignment(target, "flags", self.mask(names), None, False, None, None)
                    )
            elif "const" in s:
                sets.append(
                    Assignment(target, "const", self.value(s["const"]), None, False, None, None)
                )
            else:
                sets.append(
                    Assignment(
                        target,
                        "arg",
                        None,
                        s["arg"],
                        setting(s, "setter", "low32"),
                        s.get("clear"),
                        s.get("keep"),
                    )
                )
        return tuple(sets)

    def entry(self, i: int, e: dict[str, Any], versions: list[Version]) -> EntryPoint:
        args = {a["name"]: Argument(a["name"], a["type"]) for a in e.get("arguments", [])}
        orders = tuple(
            Order(
                o["config"],
                o["config"] == "default",
                tuple(args[n] for n in o["arguments"] if n in args),  # unknown: reported
                tuple(o.get("arches", [])),
            )
            for o in e.get("orders", [])
        )
        req, broken = e.get("requires"), e.get("broken")
        numbers = e.get("numbers", {})
        return EntryPoint(
            name=e["name"],
            kind=e["kind"],
            guard=e.get("guard"),
            arguments=tuple(Argument(a["name"], a["type"]) for a in e.get("arguments", [])),
            orders=orders,
            sets=self.assignments(e),
            pos=self.pos(("entry_points", i)),
            requires=Requires(req["config"], req["errno"], req["doc"]) if req else None,
            broken=Broken(broken["macro"], broken["errno"], broken["warning"]) if broken else None,
            direction=direction(self.d["syscall"], e),
            numbers=tuple(sorted((k, v) for k, v in numbers.items() if k != "default")),
            default_number=numbers.get("default"),
            size=(
                self.size_policy(versions, e["size"], ("entry_points", i, "size"))
                if "size" in e
                else None
            ),
            trailing_arguments=tuple(
                Argument(a["name"], a["type"]) for a in e.get("trailing_arguments", [])
            ),
            common_function=e.get("common_function"),
            null_errno=e.get("null_errno"),
            trace_tail=e.get("trace_tail"),
            size_type=e.get("size_type"),
            null_allowed_without_size=setting(e, "entry_point", "null_allowed_without_size"),
            struct_name=setting(e, "entry_point", "struct_name"),
            size_name=setting(e, "entry_point", "size_name"),
            before_copy=tuple(
                rules.ArgCheck(
                    setting(b, "before_copy", "rule"),
                    b.get("argument") or b["function"],
                    b["errno"],
                    b["doc"],
                    setting(b, "before_copy", "allowed"),
                )
                for b in e.get("before_copy", [])
            ),
            common_errors=tuple((c["errno"], c["doc"]) for c in e.get("common_errors", [])),
            written=tuple(e),
        )


def build(loaded: LoadedSpec, release: str | None = None) -> Spec:
    """The model of one validated spec, optionally cut down to a kernel release."""
    return _Builder(loaded, release).build()


def read(loaded: LoadedSpec) -> tuple[Spec, list[Diagnostic]]:
    """The model of a schema-valid spec, which may have errors, and every name of it that does
    not resolve: a node with such a name is marked, and the checks on the model skip it."""
    builder = _Builder(loaded, None)
    return builder.build(), builder.problems
