"""``clonegen audit``: other code bases' copies of what the specs define, against the specs.

A stage after the model: it takes the frozen models (and the uapi headers rendered from
them) and the copies :mod:`clonegen.auditscan` finds, measures every C copy with each
architecture's compiler (:mod:`clonegen.auditcc`), and reports each difference with the
copy's file and line, what the copy says, what the spec says, since which release the spec's
version exists and its class:

- ``abi``: a wrong offset, size or value: the copy's users and the kernel disagree. Every
  ABI finding of a C copy is proven by a program that fails to compile on that
  architecture (the copy beside the spec's header, with _Static_assert); a Go one by
  ``go vet`` for the GOARCH; a Rust struct is laid out by rustc for the target and a Rust
  constant checked by rustc. A syzkaller layout comes from the data model: not proven.
- ``stale``: a trailing field, a size macro or a flag the spec has and the copy lacks.
- ``cosmetic``: a different name, a pad the compiler adds anyway.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from clonegen.arch import ARCHES, VERIFIED
from clonegen.auditcc import (
    Assertion,
    Measured,
    compiler,
    go_confirm,
    go_program,
    measure,
    proof_program,
    prove,
    prove_go,
    prove_rust,
    rust_layout_program,
    rust_measure,
    rust_program,
)
from clonegen.auditscan import MASK64, SYZ_ARCHES, Define, Found, StructCopy, Wanted, scan
from clonegen.model import Constant, Flag, Spec, Version

CLASSES = ("abi", "stale", "cosmetic")


@dataclass(frozen=True)
class Proof:
    """A compiled check: the program, the compiler that refused it, and its message."""

    arch: str
    compiler: str
    error: str
    program: str


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    col: int
    lang: str
    spec: str
    subject: str  # struct open_how.resolve, RESOLVE_CACHED, OPEN_HOW_SIZE_VER0
    cls: str
    copy: str  # what the copy says
    truth: str  # what the spec says
    since: str  # the release of the spec's version of it
    arches: tuple[str, ...]
    proof: Proof | None = None
    proven: bool = False  # abi: a compiled check shows it

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "language": self.lang,
            "spec": self.spec,
            "subject": self.subject,
            "class": self.cls,
            "copy": self.copy,
            "spec_says": self.truth,
            "since": self.since,
            "arches": list(self.arches),
        }
        if self.cls == "abi":
            out["proven"] = self.proven
        if self.proof is not None:
            out["proof"] = {
                "arch": self.proof.arch,
                "compiler": self.proof.compiler,
                "error": self.proof.error,
                "program": self.proof.program,
            }
        return out


@dataclass(frozen=True)
class Target:
    """One spec as the audit needs it: the model and its rendered uapi header."""

    spec: Spec
    header: str  # its include path, uapi/linux/x.h
    files: dict[str, str]  # include path -> text, the rendered headers

    @property
    def size_latest(self) -> str:
        return f"{self.spec.uapi.macro_prefix}_SIZE_LATEST"


@dataclass
class Report:
    findings: list[Finding]
    copies: list[StructCopy]
    defines: int
    files: int
    arches: tuple[str, ...]
    unmeasured: list[tuple[StructCopy, str, str]] = field(default_factory=list)  # copy, arch, why
    warnings: list[str] = field(default_factory=list)
    # (file, line) of a copy -> architecture -> what laid it out: a compiler, or "data model"
    measured_by: dict[tuple[str, int], dict[str, str]] = field(default_factory=dict)


def go_name(c_name: str) -> str:
    """x/sys/unix's spelling of a C name: open_how -> OpenHow."""
    return "".join(p[:1].upper() + p[1:] for p in c_name.split("_") if p)


def wanted(targets: Sequence[Target]) -> Wanted:
    structs: dict[str, str] = {}
    shapes: dict[str, tuple[str, ...]] = {}
    names: set[str] = set()
    for t in targets:
        s = t.spec
        structs[s.uapi.struct] = s.name
        structs[go_name(s.uapi.struct)] = s.name
        shapes[s.name] = s.versions[0].fields
        names.update(v.macro for v in s.versions)
        names.add(t.size_latest)
        names.update(fl.name for fl in s.flags)
        names.update(c.name for c in s.constants)
    table = truths(targets)

    def value_of(name: str, arch: str | None) -> int | None:
        truth = table.get(name)
        if truth is None or truth.kind not in ("flag", "constant"):
            return None
        return truth.on(arch) if arch is not None else truth.value

    return Wanted(structs, shapes, frozenset(names), value_of)


# -- structs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Raw:
    """A finding on one architecture before the architectures are merged."""

    line: int
    subject: str
    cls: str
    copy: str
    truth: str
    since: str
    check: Assertion | None = None  # C: the _Static_assert that proves it
    # Go: what to compare (offset, size, sizeof or value), of which member, with what
    probe: tuple[str, str, int] | None = None
    # Rust: the compiler that measured the layout and the program (a measured finding)
    evidence: tuple[str, str] | None = None


def _norm(name: str) -> str:
    return name.replace("_", "").lower()


def struct_findings(spec: Spec, copy: StructCopy, got: Measured) -> list[Raw]:
    """The differences of a copy's layout on one architecture from the spec's."""
    fields = {_norm(f.name): f for f in spec.fields}
    lines = {m.name: m.line for m in copy.members}
    subject = f"struct {spec.uapi.struct}"
    out: list[Raw] = []
    matched: dict[str, str] = {}  # spec field -> copy member
    for name, off, size in got.members:
        f = fields.get(_norm(name))
        if f is None or f.name in matched:
            continue
        matched[f.name] = name
        where = lines.get(name, copy.line)
        if off != f.offset:
            out.append(
                Raw(
                    where,
                    f"{subject}.{f.name}",
                    "abi",
                    f"offset {off}",
                    f"offset {f.offset}",
                    f.version.since,
                    Assertion(
                        "",
                        f"offsetof(struct __cg_copy, {name})",
                        f"offsetof(struct {spec.uapi.struct}, {f.name})",
                    ),
                    ("offset", name, f.offset),
                )
            )
        elif size != f.size:
            out.append(
                Raw(
                    where,
                    f"{subject}.{f.name}",
                    "abi",
                    f"{size} bytes",
                    f"{f.size} bytes",
                    f.version.since,
                    Assertion(
                        "",
                        f"sizeof(((struct __cg_copy *)0)->{name})",
                        f"sizeof(((struct {spec.uapi.struct} *)0)->{f.name})",
                    ),
                    ("size", name, f.size),
                )
            )
    out += _unmatched(spec, copy, got, matched, lines)
    out += _size_finding(spec, copy, got, matched)
    return out


def _unmatched(
    spec: Spec, copy: StructCopy, got: Measured, matched: dict[str, str], lines: dict[str, int]
) -> list[Raw]:
    """Spec fields the copy names otherwise, leaves to a hole, or lacks inside its size."""
    subject = f"struct {spec.uapi.struct}"
    used = set(matched.values())
    free = {off: (name, size) for name, off, size in got.members if name not in used}
    out = []
    for f in spec.fields:
        if f.name in matched or f.offset >= got.size:
            continue
        other = free.get(f.offset)
        if other and other[1] == f.size:
            out.append(
                Raw(
                    lines.get(other[0], copy.line),
                    f"{subject}.{f.name}",
                    "cosmetic",
                    f"named {other[0]}",
                    f"named {f.name}",
                    f.version.since,
                )
            )
            continue
        cover = next((n for n, o, s in got.members if o <= f.offset < o + s), None)
        says = (
            f"bytes {f.offset}..{f.offset + f.size - 1} are part of {cover}"
            if cover
            else (f"not declared: the compiler leaves a {f.size}-byte hole at offset {f.offset}")
        )
        out.append(
            Raw(
                copy.line,
                f"{subject}.{f.name}",
                "cosmetic",
                says,
                f"{f.uapi_type} {f.name} at offset {f.offset}",
                f.version.since,
            )
        )
    return out


def _size_finding(
    spec: Spec, copy: StructCopy, got: Measured, matched: dict[str, str]
) -> list[Raw]:
    subject = f"struct {spec.uapi.struct}"
    sizes = {v.size: v for v in spec.versions}
    missing = [f for f in spec.fields if f.name not in matched and f.offset >= got.size]
    last = max(
        (spec.field(n).version for n in matched), key=lambda v: v.index, default=spec.versions[0]
    )
    out = []
    if got.size not in sizes:
        out.append(
            Raw(
                copy.line,
                subject,
                "abi",
                f"sizeof {got.size}",
                f"sizeof {last.size} ({last.macro}, the version of its last member)",
                last.since,
                Assertion("", "sizeof(struct __cg_copy)", last.macro),
                ("sizeof", "", last.size),
            )
        )
    if missing:
        v = sizes.get(got.size)
        has = f"{v.name}, {v.size} bytes" if v else f"{got.size} bytes"
        first = min((f.version for f in missing), key=lambda ver: ver.index)
        out.append(
            Raw(
                copy.line,
                subject,
                "stale",
                f"ends at {has}: lacks {', '.join(f.name for f in missing)}",
                f"{spec.latest.name} is {spec.latest.size} bytes (Linux {spec.latest.since})",
                first.since,
            )
        )
    return out


# -- Rust and Go layouts, from the data model -------------------------------------------------

_SCALARS = {
    **dict.fromkeys(
        [
            "u8",
            "i8",
            "c_char",
            "c_uchar",
            "c_schar",
            "__u8",
            "__s8",
            "uint8",
            "int8",
            "byte",
            "bool",
        ],
        1,
    ),
    **dict.fromkeys(["u16", "i16", "c_short", "c_ushort", "__u16", "__s16", "uint16", "int16"], 2),
    **dict.fromkeys(
        [
            "u32",
            "i32",
            "c_int",
            "c_uint",
            "__u32",
            "__s32",
            "uint32",
            "int32",
            "pid_t",
            "uid_t",
            "gid_t",
            "rune",
            "float32",
        ],
        4,
    ),
    **dict.fromkeys(
        [
            "u64",
            "i64",
            "c_ulonglong",
            "c_longlong",
            "__u64",
            "__s64",
            "__aligned_u64",
            "uint64",
            "int64",
            "float64",
        ],
        8,
    ),
}


def _type_size(
    text: str, lang: str, arch: str, types: dict[str, str] | None = None, depth: int = 0
) -> tuple[int, int] | None:
    """(size, alignment) of a Rust or Go member type on ``arch`` (a named type through
    ``types``: aliases, bitflags and newtypes of the tree); None: not a plain integer or
    array of one."""
    t = text.strip().rstrip(",").replace("crate::", "").replace("libc::", "").lstrip(":")
    t = re.sub(r"^(?:\w+::)+", "", t)
    if types and t in types and depth < 10 and t not in _SCALARS:
        return _type_size(types[t], lang, arch, types, depth + 1)
    rust_arr = lang == "rust" and t.startswith("[") and ";" in t
    go_arr = lang == "go" and t.startswith("[")
    if rust_arr or go_arr:
        inner, count = (
            t[1 : t.rindex("]")].split(";")
            if rust_arr
            else (t[t.index("]") + 1 :], t[1 : t.index("]")])
        )
        got = _type_size(inner, lang, arch, types, depth + 1)
        if got is None or not count.strip().isdigit():
            return None
        return got[0] * int(count), got[1]
    size = _SCALARS.get(t)
    if size is None:
        return None
    abi = ARCHES[arch].abi
    align = size
    if (
        size == 8
        and abi is not None
        and (abi.long_long_align == 4 or (lang == "go" and abi.pointer == 4))
    ):
        align = 4
    if t == "__aligned_u64":
        align = 8
    return size, align


def _rust_primitive(text: str, types: dict[str, str] | None) -> str | None:
    """The unsigned integer (or array of them) a Rust member type is stored as."""
    t = text.strip()
    arr = re.fullmatch(r"\[(.*);\s*(\d+)\s*\]", t, re.S)
    if arr:
        inner = _rust_primitive(arr.group(1), types)
        return None if inner is None else f"[{inner}; {arr.group(2)}]"
    got = _type_size(t, "rust", "x86_64", types)
    return None if got is None else f"u{got[0] * 8}"


def rust_layout(copy: StructCopy, arch: str, types: dict[str, str] | None) -> Measured | str:
    """A Rust copy's layout on ``arch`` as rustc lays it out for the target; without rustc
    (or a member type it cannot be written as), the data model's."""
    prims = [(m.name, _rust_primitive(m.type, types)) for m in copy.members]
    if all(p is not None for _, p in prims):
        got = rust_measure(arch, rust_layout_program([(n, p) for n, p in prims if p]))
        if got is not None:
            return got
    return model_layout(copy, arch, types)


def model_layout(
    copy: StructCopy, arch: str, types: dict[str, str] | None = None
) -> Measured | str:
    """A Rust or Go copy's layout on ``arch`` by the C rules (#[repr(C)], Go's own)."""
    off, align_max, members = 0, 1, []
    for m in copy.members:
        got = _type_size(m.type, copy.lang, arch, types)
        if got is None:
            return f"member {m.name}: type {m.type} is not a plain integer"
        size, align = got
        off = (off + align - 1) // align * align
        members.append((m.name, off, size))
        off += size
        align_max = max(align_max, align)
    size = (off + align_max - 1) // align_max * align_max
    return Measured(size, tuple(members))  # Go's blank pads (_) too: they hold a place


def _lang_arches(lang: str, arches: Sequence[str]) -> tuple[str, ...]:
    if lang == "rust":
        return tuple(a for a in arches if ARCHES[a].rust)
    if lang == "go":
        return tuple(a for a in arches if ARCHES[a].go)
    if lang in ("syz", "syzconst"):
        return tuple(a for a in arches if a in SYZ_ARCHES.values())
    return tuple(arches)


# -- syzkaller's layouts and flag sets ---------------------------------------------------------

_SYZ_INTS = {
    "int8": 1,
    "int16": 2,
    "int32": 4,
    "int64": 8,
    "int16be": 2,
    "int32be": 4,
    "int64be": 8,
}
# Types whose last argument is the integer type they are stored as (default intptr).
_SYZ_STORED = {
    "flags",
    "const",
    "len",
    "bytesize",
    "bytesize2",
    "bytesize4",
    "bytesize8",
    "bitsize",
    "offsetof",
    "proc",
}


def _syz_args(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += c == "["
        depth -= c == "]"
        if c == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    return [*parts, text[start:].strip()]


def syz_type(text: str, arch: str, types: dict[str, str], depth: int = 0) -> tuple[int, int] | None:
    """(size, alignment) of a syzkaller type on ``arch`` (its targets' data model: a 64-bit
    integer 4-aligned on 386, align64 8-aligned everywhere); None: not a fixed-size type."""
    m = re.fullmatch(r"(\w+)(?:\[(.*)\])?", text.strip(), re.S)
    abi = ARCHES[arch].abi
    if m is None or abi is None or depth > 20:
        return None
    head, args = m.group(1), _syz_args(m.group(2) or "")
    ptr, i64 = abi.pointer, abi.long_long_align
    if head in _SYZ_INTS or head == "intptr":
        n = _SYZ_INTS.get(head, ptr)
        return n, i64 if n == 8 else n
    if head == "align64":
        return 8, 8
    if head in ("ptr64",):
        return 8, i64
    if head in ("ptr", "vma"):
        return ptr, ptr
    if head in _SYZ_STORED:
        last = args[-1] if args and args[-1].split("[")[0] in (*_SYZ_INTS, "intptr") else "intptr"
        return syz_type(last, arch, types, depth + 1)
    if head == "array" and len(args) == 2 and args[1].isdigit():
        inner = syz_type(args[0], arch, types, depth + 1)
        return None if inner is None else (inner[0] * int(args[1]), inner[1])
    if head in types:
        return syz_type(types[head], arch, types, depth + 1)
    return None


def syz_layout(copy: StructCopy, arch: str, types: dict[str, str]) -> Measured | str:
    """A syzkaller struct's layout on ``arch`` by its data model (members in order, natural
    alignment; ``[packed]`` structs are not read)."""
    off, align_max, members = 0, 1, []
    for m in copy.members:
        got = syz_type(m.type, arch, types)
        if got is None:
            return f"member {m.name}: type {m.type} has no fixed size clonegen knows"
        size, align = got
        off = (off + align - 1) // align * align
        members.append((m.name, off, size))
        off += size
        align_max = max(align_max, align)
    return Measured((off + align_max - 1) // align_max * align_max, tuple(members))


def syz_missing_flags(
    copy: StructCopy, spec: Spec, sets: dict[str, tuple[str, ...]]
) -> list[Finding]:
    """Flags of a spec's flags field the copy's ``flags[SET, ...]`` member never names (its
    set expanded through the sets it names): stale."""
    out = []
    for m in copy.members:
        field = next((f for f in spec.fields if f.name == m.name), None)
        got = re.match(r"flags\[(\w+)", m.type)
        every = [  # the flags the system call the struct is for accepts (not clone's only)
            fl
            for fl in spec.flags
            if field is not None and fl.field == field.name and spec.syscall in fl.entry_points
        ]
        if not got or not every:
            continue
        names: set[str] = set()
        todo = [got.group(1)]
        while todo:
            item = todo.pop()
            if item in sets and item not in names:
                names.add(item)
                todo += sets[item]
            names.add(item)
        for fl in every:
            if fl.name not in names:
                subject, says = f"{fl.name} in {got.group(1)}", f"{fl.name} = {fl.value:#x}"
                out.append(
                    Finding(
                        copy.file,
                        m.line,
                        1,
                        "syz",
                        spec.name,
                        subject,
                        "stale",
                        "not in the flag set",
                        says,
                        fl.since,
                        spec.arches,
                    )
                )
    return out


# -- defines --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Truth:
    """What the spec says a name is."""

    spec: Spec
    kind: str  # size, latest, flag, constant
    value: int
    since: str
    version: Version | None = None
    flag: Flag | None = None
    constant: Constant | None = None

    def on(self, arch: str) -> int:
        return self.constant.value_for(arch) if self.constant else self.value


def truths(targets: Sequence[Target]) -> dict[str, Truth]:
    out: dict[str, Truth] = {}
    for t in targets:
        s = t.spec
        for v in s.versions:
            out[v.macro] = Truth(s, "size", v.size, v.since, version=v)
        out[t.size_latest] = Truth(s, "latest", s.latest.size, s.latest.since, version=s.latest)
        for fl in s.flags:
            out[fl.name] = Truth(s, "flag", fl.value, fl.since, flag=fl)
        for c in s.constants:
            since = c.since if c.since != "0" else "always"
            out.setdefault(c.name, Truth(s, "constant", c.value, since, constant=c))
    return out


def define_findings(
    d: Define, truth: Truth, arches: Sequence[str]
) -> list[tuple[Raw, tuple[str, ...]]]:
    """A wrong value: on the file's architecture, or (a file for every architecture) on all of
    them when it is no architecture's value."""
    if d.value is None or (d.arch is not None and d.arch not in arches):
        return []  # a file for an architecture this language or run leaves out
    if d.bits is not None:
        arches = [a for a in arches if getattr(ARCHES[a].abi, "pointer", 0) * 8 == d.bits]
    if d.arch is not None:
        on: tuple[str, ...] = (d.arch,)
        want = truth.on(d.arch)
        if d.value == want & MASK64:
            return []
    else:
        if any(d.value == truth.on(a) & MASK64 for a in arches):
            return []
        on, want = tuple(arches), truth.value
    benign = _benign(d, truth, want, on)
    if benign is not None:
        return [(benign, on)]
    spec_expr = f"{want:#x}ULL" if truth.kind == "constant" else d.name
    if truth.kind == "latest" and truth.version is not None:
        spec_expr = truth.version.macro
    cls, says = "abi", _number(want, truth.kind)
    older = next((v for v in truth.spec.versions if v.size == d.value), None)
    if truth.kind == "latest" and older is not None:
        cls = "stale"
        says = f"{want} ({truth.spec.latest.name}); {d.value} is {older.name}'s size (Linux {older.since})"
    shown = _number(d.value if d.value < 1 << 63 else d.value - (1 << 64), truth.kind)
    said = f"{shown} ({d.expr})" if d.expr != shown else shown
    if d.guarded:
        said += ", a fallback (#ifndef): used where the system lacks it"
    check = Assertion("", f"__cg_{d.name}", spec_expr)
    probe = ("value", d.name, want if truth.kind == "constant" else truth.value)
    return [(Raw(d.line, d.name, cls, said, says, truth.since, check, probe), on)]


def _benign(d: Define, truth: Truth, want: int, on: tuple[str, ...]) -> Raw | None:
    """A different value that never reaches the kernel as one, or that the spec says a C
    library defines its own way: cosmetic."""
    only = truth.constant.libc_only if truth.constant is not None else None
    if only is not None and only[0] not in d.file.lower() and "musl" in d.file.lower():
        return Raw(
            d.line,
            d.name,
            "cosmetic",
            _number(d.value or 0, truth.kind),
            f"{want:#x}; the spec: {only[1]}",
            truth.since,
        )
    if d.guarded and d.value == 0:
        # #ifndef NAME / #define NAME 0: a stand-in for a system without it
        note = "0, a stand-in where the system lacks it (#ifndef)"
        return Raw(d.line, d.name, "cosmetic", note, _number(want, truth.kind), truth.since)
    lp64 = all(getattr(ARCHES[a].abi, "pointer", 0) == 8 for a in on)
    if d.name == "O_LARGEFILE" and d.value == 0 and lp64:
        # A C library's 0 on a 64-bit architecture: the kernel sets the bit itself
        # there (force_o_largefile), so the value never reaches it as a request.
        says = f"{want:#x}; the kernel sets it itself on 64-bit"
        return Raw(d.line, d.name, "cosmetic", "0 (a 64-bit C library's)", says, truth.since)
    return None


def _number(value: int, kind: str) -> str:
    if kind in ("flag", "constant") and value >= 0:
        return f"{value:#x}"
    return str(value)


def missing_names(
    defines: Sequence[Define], table: dict[str, Truth], roots: Sequence[str] = ()
) -> list[Finding]:
    """Flags of a field, and size macros, a copy that keeps a set of them lacks (stale): a
    set is at least three of a field's flags and half of them, or any size macro. A C copy is
    a file; a Rust or Go one the tree under the PATH it was found in (a crate or package
    spreads its consts over modules), reported at its file with the most of them."""
    groups: dict[tuple[str, str, str], list[Define]] = {}
    for d in defines:
        t = table[d.name]
        if d.guarded or d.lang == "syz":
            continue  # syzkaller's .const lists what its descriptions use: its flag sets say
        unit = d.file if d.lang == "c" else next((r for r in roots if d.file.startswith(r)), d.file)
        if t.kind == "flag" and t.flag is not None:
            groups.setdefault((unit, t.spec.name, t.flag.field), []).append(d)
        elif t.kind == "size":
            groups.setdefault((unit, t.spec.name, ""), []).append(d)
    out = []
    for (_, _, fieldname), have in groups.items():
        spec = table[have[0].name].spec
        names = {d.name for d in have}
        if fieldname:
            every = [fl for fl in spec.flags if fl.field == fieldname]
            if len(names) < 3 or 2 * len(names) < len(every):
                continue
            lacking = [
                (fl.name, fl.since, f"{fl.name} = {fl.value:#x}")
                for fl in every
                if fl.name not in names
            ]
        else:
            lacking = [
                (v.macro, v.since, f"{v.macro} = {v.size}")
                for v in spec.versions
                if v.macro not in names
            ]
        most = max({d.file for d in have}, key=lambda f: (sum(d.file == f for d in have), f))
        last = max((d for d in have if d.file == most), key=lambda d: d.line)
        for name, since, says in lacking:
            out.append(
                Finding(
                    most,
                    last.line,
                    last.col,
                    last.lang,
                    spec.name,
                    name,
                    "stale",
                    "not defined",
                    says,
                    since,
                    spec.arches,
                )
            )
    return out


# -- the run --------------------------------------------------------------------------------


def targets_of(models: Sequence[Spec], files: dict[str, dict[str, str]]) -> list[Target]:
    out = []
    for s in models:
        rendered = {
            k.split("/include/", 1)[1]: v
            for k, v in files[s.name].items()
            if "/include/uapi/" in k and k.endswith(".h")
        }
        header = next(k for k in rendered if k.endswith(s.uapi.header.rsplit("/", 1)[1]))
        out.append(Target(s, header, rendered))
    return out


Where = StructCopy | Define
Merged = tuple[Finding, Where, list[tuple[str, Raw]]]


def _merge(items: list[tuple[Where, str, Raw]], spec_of: dict[str, Spec]) -> list[Merged]:
    """One finding per copy, subject and text, with every architecture it holds on."""
    merged: dict[tuple[object, ...], Merged] = {}
    for where, arch, raw in items:
        spec = where.spec if isinstance(where, StructCopy) else spec_of[where.name].name
        key = (where.file, raw.line, raw.subject, raw.cls, raw.copy, raw.truth)
        if key not in merged:
            col = where.col if raw.line == where.line else 1
            merged[key] = (
                Finding(
                    where.file,
                    raw.line,
                    col,
                    where.lang,
                    spec,
                    raw.subject,
                    raw.cls,
                    raw.copy,
                    raw.truth,
                    raw.since,
                    (),
                ),
                where,
                [],
            )
        f, first, per_arch = merged[key]
        merged[key] = (replace(f, arches=(*f.arches, arch)), first, per_arch + [(arch, raw)])
    return list(merged.values())


def audit(
    paths: list[Path], targets: list[Target], arches: Sequence[str], shown: Callable[[Path], str]
) -> Report:
    """Every copy under ``paths`` against the targets' specs, on ``arches``."""
    found = scan(paths, wanted(targets), shown)
    table = truths(targets)
    by_spec = {t.spec.name: t for t in targets}
    read = len({(d.file, d.line, d.name) for d in found.defines})  # one per architecture
    report = Report([], found.structs, read, found.files, tuple(arches))
    report.warnings = [str(p) for p in found.problems]
    items = _struct_items(found, by_spec, arches, report)
    for d in found.defines:
        truth = table[d.name]
        on_arches = _lang_arches(d.lang, [a for a in arches if a in truth.spec.arches])
        for raw, on in define_findings(d, truth, on_arches):
            items += [(d, a, raw) for a in on]
    spec_of = {name: t.spec for name, t in table.items()}
    for f, where, per_arch in _merge(items, spec_of):
        checked = _proven(f, where, per_arch, by_spec[f.spec])
        if checked is not None:
            report.findings.append(checked)
    report.findings += missing_names(found.defines, table, [shown(p) for p in paths])
    report.findings.sort(key=lambda f: (f.file, f.line, f.subject, f.cls))
    return report


def _laid_out(c: StructCopy, arch: str, found: Found) -> Measured | str:
    """A Rust, Go or syzkaller copy's layout on ``arch``."""
    if c.lang == "syz":
        return syz_layout(c, arch, found.syz_types)
    if c.lang == "rust":
        return rust_layout(c, arch, found.named_types.get(c.lang))
    lay = model_layout(c, arch, found.named_types.get(c.lang))
    if isinstance(lay, str):
        return lay
    confirmed = go_confirm(arch, c.text, lay)
    return lay if confirmed is None else confirmed


def _struct_items(
    found: Found, by_spec: dict[str, Target], arches: Sequence[str], report: Report
) -> list[tuple[Where, str, Raw]]:
    """Each struct copy's differences on each architecture: a C copy measured by the
    compilers, a Rust, Go or syzkaller one laid out by the data model."""
    copies = found.structs
    items: list[tuple[Where, str, Raw]] = []
    c_copies = [c for c in copies if c.lang == "c"]
    missing = [a for a in arches if compiler(a) is None]
    if c_copies and missing:  # said, not skipped in silence: a CI gate must not pass unseen
        report.warnings += [
            f"clonegen: audit: C copies not measured on {a}: {ARCHES[a].gcc} is not installed"
            for a in missing
        ]
    measured = measure(c_copies, [a for a in arches if a not in missing])
    layouts: list[tuple[StructCopy, str, Measured | str | None]] = [
        (c, a, measured.get(a, {}).get(i)) for i, c in enumerate(c_copies) for a in arches
    ]
    others = [
        (c, a)
        for c in copies
        if c.lang != "c"
        for a in _lang_arches(c.lang, arches)
        if c.arch is None or c.arch == a
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:  # rustc runs once per copy and target
        laid = list(pool.map(lambda ca: _laid_out(ca[0], ca[1], found), others))
    layouts += [(c, a, got) for (c, a), got in zip(others, laid)]
    for c in copies:
        if c.lang == "syz":
            report.findings += syz_missing_flags(c, by_spec[c.spec].spec, found.syz_sets)
    for c, arch, got in layouts:
        if c.arch is not None and c.arch != arch:
            continue
        if isinstance(got, str):
            report.unmeasured.append((c, arch, got))
        elif got is not None:
            by = got.by or (ARCHES[arch].gcc or "gcc" if c.lang == "c" else "data model")
            report.measured_by.setdefault((c.file, c.line), {})[arch] = by
            raws = struct_findings(by_spec[c.spec].spec, c, got)
            if got.by and c.lang == "rust":
                raws = [replace(r, evidence=(got.by, got.program)) for r in raws]
            items += [(c, arch, r) for r in raws]
    return items


def _proven(
    f: Finding, where: Where, per_arch: list[tuple[str, Raw]], target: Target
) -> Finding | None:
    """An ABI finding with its compiled check. A C one is compiled on each of its
    architectures: where the program fails on the finding's assertion it is proven; where
    it compiles, the compiler says the copy agrees and the finding is dropped there (None:
    everywhere); where it fails otherwise, it stays, not proven."""
    if f.cls != "abi" or f.lang == "syz":
        return f  # syzkaller: nothing here compiles its descriptions
    arch, raw = per_arch[0]
    if f.lang == "go":
        return _proven_go(f, where, arch, raw)
    if f.lang == "rust":
        return _proven_rust(f, where, arch, raw)
    if raw.check is None:
        return f
    check = replace(raw.check, key="1")
    if isinstance(where, StructCopy):
        program = proof_program(target.header, where, (), [check])
    else:
        program = proof_program(target.header, None, where.chain, [check])
    proofs: list[Proof] = []
    kept: list[str] = []
    for a, _ in per_arch:
        result = prove(a, target.files, program)
        if result is None:
            kept.append(a)
            continue
        gcc, failed, error, compiled = result
        if "1" in failed:
            proofs.append(Proof(a, gcc, error, program))
        if not compiled:
            kept.append(a)
    if not kept:
        return None
    return replace(f, arches=tuple(kept), proof=proofs[0] if proofs else None, proven=bool(proofs))


def _proven_go(f: Finding, where: Where, arch: str, raw: Raw) -> Finding:
    """A Go finding with its compiled check: ``go vet`` for the architecture's GOARCH must
    refuse the copy's program on the finding's assertion."""
    if raw.probe is None:
        return f
    if isinstance(where, StructCopy):
        program = go_program(where.text, None, raw.probe)
    else:
        program = go_program(None, where.expr, raw.probe)
    result = prove_go(arch, program)
    if result is None:
        return f
    tool, ok, error = result
    return replace(f, proof=Proof(arch, tool, error, program) if ok else None, proven=ok)


def _proven_rust(f: Finding, where: Where, arch: str, raw: Raw) -> Finding:
    """A Rust struct finding measured by rustc for the target (its layout as the compiler
    lays it out: proven; the data model's: not), a Rust constant checked with the host's
    rustc (integer arithmetic is the same on every target)."""
    if isinstance(where, StructCopy):
        if raw.evidence is None:
            return f  # laid out by the data model: not proven
        by, measured = raw.evidence
        said = f"rustc lays the copy out for {arch}: {raw.copy}"
        return replace(f, proof=Proof(arch, by, said, measured), proven=True)
    program = rust_program(where.expr, raw.probe[2]) if raw.probe is not None else None
    result = prove_rust(program) if program is not None else None
    if program is None or result is None:
        return f
    tool, ok, error = result
    return replace(f, proof=Proof(arch, tool, error, program) if ok else None, proven=ok)


def default_arches() -> tuple[str, ...]:
    return VERIFIED


# -- reports --------------------------------------------------------------------------------


def as_json(report: Report) -> str:
    counts = {c: sum(1 for f in report.findings if f.cls == c) for c in CLASSES}
    return (
        json.dumps(
            {
                "arches": list(report.arches),
                "files_read": report.files,
                "copies": [
                    {
                        "file": c.file,
                        "line": c.line,
                        "language": c.lang,
                        "name": c.name,
                        "spec": c.spec,
                        "found_by": c.how,
                        "measured_by": report.measured_by.get((c.file, c.line), {}),
                    }
                    for c in report.copies
                ],
                "defines": report.defines,
                "counts": counts,
                "findings": [f.as_json() for f in report.findings],
                "unmeasured": [
                    {"file": c.file, "line": c.line, "name": c.name, "arch": a, "why": why}
                    for c, a, why in report.unmeasured
                ],
                "warnings": report.warnings,
            },
            indent=2,
            sort_keys=True,
        )
        + "\n"
    )


def _arches_text(arches: tuple[str, ...], every: tuple[str, ...]) -> str:
    return "all" if set(every) <= set(arches) else ", ".join(arches)


def _class_text(f: Finding) -> str:
    if f.cls != "abi" or f.proven:
        return f.cls
    return "abi (not proven)"


def as_text(report: Report) -> str:
    lines = []
    for f in report.findings:
        lines.append(
            f"{f.file}:{f.line}:{f.col}: {_class_text(f)}: {f.subject}: copy says {f.copy}; "
            f"spec says {f.truth} (since {f.since}) [{_arches_text(f.arches, report.arches)}]"
        )
        if f.proof is not None:
            lines.append(f"  proven on {f.proof.arch} by {f.proof.compiler}: {f.proof.error}")
    for c, arch, why in report.unmeasured:
        lines.append(f"{c.file}:{c.line}:{c.col}: note: {c.name} not measured on {arch}: {why}")
    counts = ", ".join(f"{sum(1 for f in report.findings if f.cls == c)} {c}" for c in CLASSES)
    lines.append(
        f"clonegen: audit: {len(report.copies)} struct copies and {report.defines} defines in "
        f"{report.files} files; {counts}"
    )
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def as_markdown(report: Report) -> str:
    rows = [
        "| copy | class | what | copy says | spec says | since | arches |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in report.findings:
        rows.append(
            "| "
            + " | ".join(
                _cell(x)
                for x in (
                    f"`{f.file}:{f.line}`",
                    _class_text(f),
                    f"`{f.subject}`",
                    f.copy,
                    f.truth,
                    f.since,
                    _arches_text(f.arches, report.arches),
                )
            )
            + " |"
        )
    counts = ", ".join(f"{sum(1 for f in report.findings if f.cls == c)} {c}" for c in CLASSES)
    text = "\n".join(rows)
    text += f"\n\n{len(report.copies)} struct copies, {report.defines} defines, {counts}.\n"
    return text + "".join(_proof_block(f) for f in report.findings if f.proof is not None)


def _proof_block(f: Finding) -> str:
    """A proven finding's program and what the compiler said, folded."""
    assert f.proof is not None
    lang = "rust" if f.lang == "rust" else "go" if f.lang == "go" else "c"
    # Someone else's text: a fence longer than any run of backticks in it, the summary escaped.
    fence = "`" * max(3, 1 + max((len(r) for r in re.findall(r"`+", f.proof.program)), default=0))
    said = html.escape(f"{f.subject}: {f.proof.compiler} on {f.proof.arch}: {f.proof.error}")
    return (
        f"\n<details><summary><code>{html.escape(f'{f.file}:{f.line}')}</code> {said}"
        f"</summary>\n\n{fence}{lang}\n{f.proof.program.rstrip()}\n{fence}\n\n</details>\n"
    )


def failing(report: Report, level: str) -> bool:
    """Whether the report fails a CI gate of ``level`` (abi: a proven ABI finding; stale: that
    or a stale one; any: any finding)."""
    if level == "abi":
        return any(f.cls == "abi" and f.proven for f in report.findings)
    if level == "stale":
        return any(f.cls in ("abi", "stale") for f in report.findings)
    return bool(report.findings)
