"""Stage 3: the frozen model every template renders from.

Everything a template needs is derived here once: offsets, sizes, version
macros, C and Python types, the resolved checks.  ``build`` expects data that
already passed validation; ``layout`` is shared with the validator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Iterable

from clonegen.names import release_key

# uapi type -> (size, alignment on x86_64, alignment on i386, struct format)
UAPI_TYPES: dict[str, tuple[int, int, int, str]] = {
    "__aligned_u64": (8, 8, 8, "Q"),
    "__u64": (8, 8, 4, "Q"),
    "__s64": (8, 8, 4, "q"),
    "__u32": (4, 4, 4, "I"),
    "__s32": (4, 4, 4, "i"),
    "__u16": (2, 2, 2, "H"),
    "__u8": (1, 1, 1, "B"),
}
# Width of each kernel type on a 64-bit kernel (pointers are 64 bits wide).
KERNEL_TYPE_BITS = {
    "u8": 8, "s8": 8, "u16": 16, "s16": 16, "umode_t": 16,
    "u32": 32, "s32": 32, "int": 32, "unsigned int": 32, "pid_t": 32,
    "u64": 64, "s64": 64, "long": 64, "unsigned long": 64, "size_t": 64,
}
SIGNED_KERNEL_TYPES = frozenset({"s8", "s16", "s32", "s64", "int", "long", "pid_t"})
LAYOUT_DEFAULT_TYPE = {"aligned_u64": "__aligned_u64", "u64": "__u64"}
ROLE_DESCRIPTIONS = {
    "integer": "integer",
    "flags": "flags",
    "user_pointer": "user pointer",
    "fd": "file descriptor",
    "signal": "signal number",
    "array": "user array",
}


@dataclass(frozen=True)
class Slot:
    """Where one uapi field lies: the result of the layout computation."""

    name: str
    uapi_type: str
    offset: int
    size: int
    align64: int
    align32: int


def layout(fields: Iterable[dict[str, Any]], style: str) -> list[Slot]:
    """Pack fields in ABI order, each at the next free byte (no padding added).

    The validator compares each offset with the field's alignment to find holes.
    """
    slots: list[Slot] = []
    offset = 0
    for f in fields:
        utype = f.get("uapi_type") or LAYOUT_DEFAULT_TYPE.get(style, "__u64")
        size, a64, a32, _ = UAPI_TYPES[utype]
        slots.append(Slot(f["name"], utype, offset, size, a64, a32))
        offset += size
    return slots


@dataclass(frozen=True)
class Value:
    """A number that may have a C name (a constant, a flag, PAGE_SIZE)."""

    value: int
    name: str | None = None

    @property
    def c(self) -> str:
        return self.name or c_int(self.value)

    @property
    def c_group(self) -> str:
        """``c``, in parentheses when it is an expression of several names."""
        return f"({self.c})" if " " in self.c else self.c

    @property
    def text(self) -> str:
        if self.name == "PAGE_SIZE":
            return self.name  # its value depends on the architecture
        return f"{self.name} ({c_int(self.value)})" if self.name else c_int(self.value)


def c_int(value: int) -> str:
    """A C literal for ``value``: decimal for small counts, hex for masks."""
    if value > 0xFFFFFFFF:
        return f"{value:#x}ULL"
    if value < 256 and not (value >= 15 and value & (value + 1) == 0):
        return str(value)
    return f"{value:#x}"


def flag_literal(value: int) -> str:
    """A flag as the kernel headers write it: 0x00000100, 0x100000000ULL."""
    return f"{value:#x}ULL" if value > 0xFFFFFFFF else f"0x{value:08x}"


@dataclass(frozen=True)
class Version:
    name: str
    index: int
    size: int
    since: str
    macro: str
    fields: tuple[str, ...]
    last_field: str
    rows: int  # 8-byte rows the struct has up to this version


@dataclass(frozen=True)
class Field:
    name: str
    doc: str
    version: Version
    role: str
    role_text: str
    offset: int
    size: int
    end: int
    uapi_type: str
    libc_type: str
    libc_aligned: bool
    struct_format: str
    kernel_type: str
    kernel_decl: str
    conversion: str
    pointee: str | None
    element: str | None
    count: str | None
    max: Value | None
    check_texts: tuple[str, ...]
    kernel_bits: int
    kernel_signed: bool
    row: int
    column: int


@dataclass(frozen=True)
class Flag:
    name: str
    field: str
    value: int
    c_value: str
    bit: int | None
    since: str
    doc: str
    entry_points: tuple[str, ...]


@dataclass(frozen=True)
class Constant:
    name: str
    value: int
    c_value: str
    doc: str
    header: str | None


@dataclass(frozen=True)
class Condition:
    field: str
    mode: str  # "any_set" or "none_set"
    names: tuple[str, ...]
    mask: Value


@dataclass(frozen=True)
class Check:
    index: int
    field: str
    rule: str
    errno: str
    phase: str
    doc: str
    limit: Value | None
    allowed: Value | None
    other: str | None
    names: tuple[str, ...]
    mask: Value | None
    version: Version | None
    entry_point: str | None
    to_top: bool
    when: Condition | None
    text: str
    mask_macro: str | None


@dataclass(frozen=True)
class Member:
    name: str
    declaration: str
    doc: str


@dataclass(frozen=True)
class Argument:
    name: str
    type: str
    declaration: str
    libc_declaration: str


ARCH_MACROS = {
    "x86_64": "__x86_64__",
    "x86_32": "__i386__",
    "arm": "__arm__",
    "arm64": "__aarch64__",
    "mips": "__mips__",
    "powerpc": "__powerpc__",
    "riscv": "__riscv",
    "s390": "__s390__",
    "microblaze": "__microblaze__",
    "alpha": "__alpha__",
    "sparc": "__sparc__",
    "parisc": "__hppa__",
    "m68k": "__m68k__",
    "loongarch": "__loongarch__",
}
LIBC_TYPES = {
    "__aligned_u64": "uint64_t",
    "__u64": "uint64_t",
    "__s64": "int64_t",
    "__u32": "uint32_t",
    "__s32": "int32_t",
    "__u16": "uint16_t",
    "__u8": "uint8_t",
}


def arch_condition(arches: Iterable[str]) -> str:
    """``["x86_32", "arm"]`` -> ``defined(__i386__) || defined(__arm__)``."""
    return " || ".join(f"defined({ARCH_MACROS[a]})" for a in arches)


@dataclass(frozen=True)
class Order:
    config: str
    is_default: bool
    arguments: tuple[Argument, ...]
    condition: str


@dataclass(frozen=True)
class Assignment:
    target: str
    kind: str  # const, flags, arg
    names: tuple[str, ...]
    value: Value | None
    arg: str | None
    low32: bool
    clear: str | None
    keep: str | None
    text: str


@dataclass(frozen=True)
class EntryPoint:
    name: str
    kind: str
    is_struct: bool
    guard: str | None
    arguments: tuple[Argument, ...]
    orders: tuple[Order, ...]
    sets: tuple[Assignment, ...]


@dataclass(frozen=True)
class LegacySource:
    field: str
    low32: bool
    clear: str | None
    keep: str | None
    to_top: str | None  # the size field added to this field, as clone3 does


@dataclass(frozen=True)
class LegacyArg:
    name: str
    combine: str  # "or": disjoint bit ranges; "same": non-zero sources must agree; "none": unset
    sources: tuple[LegacySource, ...]


@dataclass(frozen=True)
class Fallback:
    entry: str
    orders: tuple[Order, ...]
    args: tuple[LegacyArg, ...]
    zero_fields: tuple[str, ...]
    unset_args: tuple[str, ...]


@dataclass(frozen=True)
class Libc:
    prefix: str
    macro_prefix: str
    struct: str
    header: str
    source: str
    guard: str
    raw_function: str
    fallback: Fallback | None
    forklike: bool
    refuse_flags: tuple[str, ...]
    refuse_fields: tuple[str, ...]
    number_macro: str
    numbers: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class SizePolicy:
    source: str
    field: str | None
    order: tuple[str, ...]
    too_small_errno: str
    too_large_errno: str
    tail_errno: str
    max: Value
    multiple_of_8: bool
    misaligned_errno: str
    zero_means_ver0: bool
    write_back: bool
    tail_via_helper: bool


@dataclass(frozen=True)
class Spec:
    name: str
    doc: str
    source: str
    digest: str
    kernel_release: str | None
    banner: str
    banner_lines: tuple[str, ...]
    uapi_struct: str
    uapi_header: str
    uapi_include: str
    uapi_guard: str
    macro_prefix: str
    layout: str
    kernel_struct: str
    kernel_header: str
    kernel_source: str
    kernel_doc: str
    copy_function: str
    valid_function: str
    common_function: str
    members: tuple[Member, ...]
    syscall: str
    numbers: tuple[tuple[str, int], ...]
    default_number: int
    size: SizePolicy
    versions: tuple[Version, ...]
    latest: Version
    fields: tuple[Field, ...]
    constants: tuple[Constant, ...]
    checks: tuple[Check, ...]
    copy_checks: tuple[Check, ...]
    valid_checks: tuple[Check, ...]
    flags: tuple[Flag, ...]
    entry_points: tuple[EntryPoint, ...]
    struct_entry: EntryPoint
    common_returns: str
    kernel_guard: str
    uapi_constants: tuple[Constant, ...]
    kernel_includes: tuple[str, ...]
    forward_structs: tuple[str, ...]
    array_fields: tuple[Field, ...]
    known_masks: tuple[Check, ...]
    to_top_checks: tuple[Check, ...]
    flag_fields: tuple[tuple[str, tuple[Flag, ...]], ...]
    kernel_include: str
    copy_errnos: tuple[str, ...]
    valid_errnos: tuple[str, ...]
    header_constants: tuple[Constant, ...]
    libc: Libc | None
    size_policy_lines: tuple[str, ...]
    py_class: str
    py_module: str
    py_flag_classes: tuple[tuple[str, str, tuple[Flag, ...]], ...]
    struct_format: str

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def camel(name: str) -> str:
    """``clone_args`` -> ``CloneArgs``."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


def declaration(ctype: str, name: str, bits: int | None = None) -> str:
    """``("int (*)(void *)", "fn")`` -> ``"int (*fn)(void *)"``."""
    if "(*)" in ctype:
        decl = ctype.replace("(*)", f"(*{name})", 1)
    elif ctype.endswith("*"):
        decl = f"{ctype}{name}"
    else:
        decl = f"{ctype} {name}"
    return f"{decl} : {bits}" if bits else decl


def _within(since: str, release: str | None) -> bool:
    return release is None or release_key(since) <= release_key(release)


class _Builder:
    def __init__(self, data: dict[str, Any], source: str, digest: str, release: str | None):
        self.data = data
        self.release = release
        self.source = source
        self.digest = digest
        self.constants = {c["name"]: c for c in data.get("constants", [])}
        all_versions = data["versions"]
        self.version_data = [v for v in all_versions if _within(v["since"], release)]
        kept_versions = {v["name"] for v in self.version_data}
        self.field_data = [f for f in data["fields"] if f["version"] in kept_versions]
        self.kept_fields = {f["name"] for f in self.field_data}
        self.flag_data = [
            fl for fl in data.get("flags", [])
            if _within(fl["since"], release) and fl["field"] in self.kept_fields
        ]
        self.all_flag_names = {fl["name"] for fl in data.get("flags", [])}
        self.flag_values = {fl["name"]: fl["value"] for fl in self.flag_data}

    def value(self, ref: int | str | None) -> Value | None:
        if ref is None:
            return None
        if isinstance(ref, int):
            return Value(ref)
        if ref == "PAGE_SIZE":
            return Value(4096, "PAGE_SIZE")
        if ref in self.flag_values:
            return Value(self.flag_values[ref], ref)
        return Value(self.constants[ref]["value"], ref)

    def known(self, name: str) -> bool:
        return name in self.constants or name in self.flag_values

    def mask(self, names: Iterable[str]) -> Value:
        names = tuple(names)
        total = 0
        for n in names:
            total |= self.value(n).value  # type: ignore[union-attr]
        return Value(total, " | ".join(names) if len(names) > 1 else names[0])

    def build(self) -> Spec:
        d = self.data
        prefix = d["uapi"]["macro_prefix"]
        slots = {s.name: s for s in layout(self.field_data, d["uapi"].get("layout", "aligned_u64"))}
        versions: list[Version] = []
        for i, v in enumerate(self.version_data):
            names = tuple(f["name"] for f in self.field_data if f["version"] == v["name"])
            versions.append(
                Version(
                    v["name"], i, v["size"], v["since"], f"{prefix}_SIZE_{v['name']}", names, names[-1],
                    (v["size"] + 7) // 8,
                )
            )
        by_version = {v.name: v for v in versions}
        checks = self.checks(by_version)
        fields = tuple(self.field(f, slots[f["name"]], by_version, checks) for f in self.field_data)
        entries = tuple(self.entry(e) for e in d.get("entry_points", []))
        size = d["syscall"]["size"]
        policy = SizePolicy(
            source=size["source"],
            field=size.get("field"),
            order=tuple(size["checks"]),
            too_small_errno=size["too_small_errno"],
            too_large_errno=size["too_large_errno"],
            tail_errno=size["tail_errno"],
            max=self.value(size.get("max", "PAGE_SIZE")),  # type: ignore[arg-type]
            multiple_of_8=size.get("multiple_of_8", False),
            misaligned_errno=size.get("misaligned_errno", "EINVAL"),
            zero_means_ver0=size.get("zero_means_ver0", False),
            write_back=size.get("write_back", False),
            tail_via_helper=size["tail_errno"] == "E2BIG",
        )
        numbers = d["syscall"]["numbers"]
        rel = f", for Linux {self.release}" if self.release else ""
        banner_lines = (
            f"Generated from {self.source} by clonegen{rel}; do not edit.",
            f"Spec digest: sha256:{self.digest[:16]}.",
        )
        banner = " ".join(banner_lines)
        kernel = d["kernel"]
        members = tuple(
            Member(m["name"], declaration(m["type"], m["name"], m.get("bits")), m["doc"])
            for m in kernel.get("members", [])
        )
        guard_name = re.sub(r"[^A-Za-z0-9]", "_", d["uapi"]["header"].removeprefix("include/")).upper()
        constants = tuple(
            Constant(c["name"], c["value"], c_int(c["value"]), c["doc"], c.get("header"))
            for c in d.get("constants", [])
        )
        flags = tuple(
            Flag(
                fl["name"], fl["field"], fl["value"], flag_literal(fl["value"]),
                fl["value"].bit_length() - 1 if fl["value"] & (fl["value"] - 1) == 0 else None,
                fl["since"], fl["doc"], tuple(fl["entry_points"]),
            )
            for fl in self.flag_data
        )
        return Spec(
            name=d["name"],
            doc=d["doc"],
            source=self.source,
            digest=self.digest[:16],
            kernel_release=self.release,
            banner=banner,
            banner_lines=banner_lines,
            uapi_struct=d["uapi"]["struct"],
            uapi_header=d["uapi"]["header"],
            uapi_include=d["uapi"]["header"].removeprefix("include/"),
            uapi_guard=f"_{guard_name}",
            macro_prefix=prefix,
            layout=d["uapi"].get("layout", "aligned_u64"),
            kernel_struct=kernel["struct"],
            kernel_header=kernel["header"],
            kernel_source=kernel["source"],
            kernel_doc=kernel["doc"],
            copy_function=kernel["copy_function"],
            valid_function=kernel["valid_function"],
            common_function=kernel["common_function"],
            members=members,
            syscall=d["syscall"]["name"],
            numbers=tuple(sorted((k, v) for k, v in numbers.items() if k != "default")),
            default_number=numbers["default"],
            size=policy,
            versions=tuple(versions),
            latest=versions[-1],
            fields=fields,
            constants=constants,
            checks=checks,
            copy_checks=tuple(c for c in checks if c.phase == "copy"),
            valid_checks=tuple(c for c in checks if c.phase == "valid"),
            flags=flags,
            entry_points=entries,
            struct_entry=next(e for e in entries if e.is_struct),
            common_returns=kernel.get("common_returns", "long"),
            kernel_guard="_" + re.sub(r"[^A-Za-z0-9]", "_", kernel["header"].removeprefix("include/")).upper(),
            uapi_constants=tuple(c for c in constants if c.header is None),
            kernel_includes=tuple(sorted({c.header for c in constants if c.header})),
            forward_structs=tuple(
                sorted({m for mem in kernel.get("members", []) for m in re.findall(r"struct (\w+)", mem["type"])})
            ),
            array_fields=tuple(f for f in fields if f.conversion == "array"),
            known_masks=tuple(c for c in checks if c.mask_macro),
            to_top_checks=tuple(c for c in checks if c.to_top),
            kernel_include=kernel["header"].removeprefix("include/"),
            copy_errnos=_errnos(
                [policy.too_small_errno, policy.too_large_errno, policy.tail_errno, "EFAULT"]
                + ([policy.misaligned_errno] if policy.multiple_of_8 else [])
                + [c.errno for c in checks if c.phase == "copy"]
            ),
            valid_errnos=_errnos(c.errno for c in checks if c.phase == "valid"),
            header_constants=tuple(c for c in constants if c.header),
            libc=self.libc(entries, checks),
            size_policy_lines=_policy_lines(policy, tuple(versions), d["syscall"]["name"]),
            py_class=camel(d["uapi"]["struct"]),
            py_module=d["name"],
            py_flag_classes=tuple(
                (camel(d["uapi"]["struct"]) + camel(f.name), f.name, tuple(fl for fl in flags if fl.field == f.name))
                for f in fields
                if f.role == "flags"
            ),
            struct_format="=" + "".join(f.struct_format for f in fields),
            flag_fields=tuple(
                (f.name, tuple(fl for fl in flags if fl.field == f.name)) for f in fields if f.role == "flags"
            ),
        )

    def libc(self, entries: tuple[EntryPoint, ...], checks: tuple[Check, ...]) -> Libc | None:
        d = self.data
        lib = d.get("libc")
        if lib is None:
            return None
        prefix = lib["prefix"]
        fallback = None
        if lib.get("fallback"):
            entry = next(e for e in entries if e.name == lib["fallback"])
            tops = {c.field: c.other for c in checks if c.to_top and c.other}
            by_arg: dict[str, list[LegacySource]] = {}
            for a in entry.sets:
                if a.kind == "arg" and a.target in self.kept_fields:
                    by_arg.setdefault(a.arg or "", []).append(
                        LegacySource(a.target, a.low32, a.clear, a.keep, tops.get(a.target))
                    )
            legacy_args = []
            for arg in entry.arguments:
                sources = tuple(by_arg.get(arg.name, ()))
                combine = "none" if not sources else ("or" if any(x.clear or x.keep for x in sources) else "same")
                legacy_args.append(LegacyArg(arg.name, combine, sources))
            covered = {x.field for srcs in by_arg.values() for x in srcs}
            covered |= {x.to_top for srcs in by_arg.values() for x in srcs if x.to_top}
            fallback = Fallback(
                entry=entry.name,
                orders=entry.orders,
                args=tuple(legacy_args),
                zero_fields=tuple(f["name"] for f in self.field_data if f["name"] not in covered),
                unset_args=tuple(a.name for a in legacy_args if a.combine == "none"),
            )
        forklike = lib.get("forklike")
        numbers = d["syscall"]["numbers"]
        return Libc(
            prefix=prefix,
            macro_prefix=prefix.upper(),
            struct=f"{prefix}{d['uapi']['struct']}",
            header=f"libc/{d['name']}.h",
            source=f"libc/{d['name']}.c",
            guard=f"{prefix.upper()}{d['name'].upper()}_H",
            raw_function=f"{prefix}{d['syscall']['name']}",
            fallback=fallback,
            forklike=forklike is not None,
            refuse_flags=tuple(n for n in (forklike or {}).get("refuse_flags", []) if self.known(n)),
            refuse_fields=tuple(n for n in (forklike or {}).get("refuse_fields", []) if n in self.kept_fields),
            number_macro=f"{prefix.upper()}SYS_{d['syscall']['name']}",
            numbers=tuple(
                (arch_condition([k]), v) for k, v in sorted(numbers.items()) if k != "default"
            ),
        )

    def field(self, f: dict[str, Any], slot: Slot, versions: dict[str, Version], checks: tuple[Check, ...]) -> Field:
        role = f["role"]
        if role == "user_pointer":
            ktype = f"{f['pointee']} __user *"
            conversion = "user_pointer"
        elif role == "array":
            ktype = f"{f['element']} *"
            conversion = "array"
        else:
            ktype = f["kernel_type"]
            conversion = "plain"
        return Field(
            name=f["name"],
            doc=f["doc"],
            version=versions[f["version"]],
            role=role,
            role_text=ROLE_DESCRIPTIONS[role],
            offset=slot.offset,
            size=slot.size,
            end=slot.offset + slot.size,
            uapi_type=slot.uapi_type,
            libc_type=LIBC_TYPES[slot.uapi_type],
            libc_aligned=slot.uapi_type == "__aligned_u64",
            struct_format=UAPI_TYPES[slot.uapi_type][3],
            kernel_type=ktype,
            kernel_decl=declaration(ktype, f["name"]),
            conversion=conversion,
            pointee=f.get("pointee"),
            element=f.get("element"),
            count=f.get("count"),
            max=self.value(f.get("max")),
            check_texts=tuple(c.text for c in checks if c.field == f["name"]),
            kernel_bits=KERNEL_TYPE_BITS.get(ktype, 64),
            kernel_signed=ktype in SIGNED_KERNEL_TYPES,
            row=slot.offset // 8,
            column=slot.offset % 8,
        )

    def checks(self, versions: dict[str, Version]) -> tuple[Check, ...]:
        out: list[Check] = []
        for c in self.data.get("checks", []):
            names = tuple(c.get("names", ()))
            when = c.get("when")
            refs = [c["field"], c.get("other"), when and when["field"]]
            if any(r is not None and r not in self.kept_fields for r in refs):
                continue
            if c.get("version") and c["version"] not in versions:
                continue
            if any(not self.known(n) for n in names):
                continue  # a flag newer than the target release
            condition = None
            if when:
                mode = "any_set" if "any_set" in when else "none_set"
                wnames = tuple(n for n in when[mode] if self.known(n))
                if not wnames:
                    if mode == "any_set":
                        continue  # can never fire on this release
                else:
                    condition = Condition(when["field"], mode, wnames, self.mask(wnames))
            known_mask = None
            if c["rule"] == "known_flags":
                ep = c["entry_point"]
                names = tuple(
                    fl["name"] for fl in self.flag_data if fl["field"] == c["field"] and ep in fl["entry_points"]
                )
                known_mask = self.mask(names) if names else Value(0)
            check = Check(
                index=len(out),
                field=c["field"],
                rule=c["rule"],
                errno=c["errno"],
                phase=c["phase"],
                doc=c["doc"],
                limit=self.value(c.get("limit")),
                allowed=self.value(c.get("allowed")),
                other=c.get("other"),
                names=names,
                mask=known_mask if known_mask is not None else (self.mask(names) if names else None),
                version=versions.get(c["version"]) if c.get("version") else None,
                entry_point=c.get("entry_point"),
                to_top=c.get("to_top", False),
                when=condition,
                text="",
                mask_macro=f"{c['entry_point'].upper()}_{c['field'].upper()}_KNOWN" if known_mask is not None else None,
            )
            out.append(_with_text(check))
        return tuple(out)

    def entry(self, e: dict[str, Any]) -> EntryPoint:
        args = {
            a["name"]: Argument(
                a["name"],
                a["type"],
                declaration(a["type"], a["name"]),
                declaration(a["type"].replace(" __user", ""), a["name"]),
            )
            for a in e.get("arguments", [])
        }
        orders = tuple(
            Order(
                o["config"],
                o["config"] == "default",
                tuple(args[n] for n in o["arguments"]),
                arch_condition(o.get("arches", [])),
            )
            for o in e.get("orders", [])
        )
        sets: list[Assignment] = []
        kernel_names = self.kept_fields | {m["name"] for m in self.data["kernel"].get("members", [])}
        for target, s in e.get("sets", {}).items():
            if target not in kernel_names:
                continue
            if "flags" in s:
                names = tuple(n for n in s["flags"] if self.known(n))
                if not names:
                    continue
                sets.append(Assignment(target, "flags", names, self.mask(names), None, False, None, None, ""))
            elif "const" in s:
                sets.append(Assignment(target, "const", (), self.value(s["const"]), None, False, None, None, ""))
            else:
                sets.append(
                    Assignment(target, "arg", (), None, s["arg"], s.get("low32", False), s.get("clear"), s.get("keep"), "")
                )
        return EntryPoint(
            name=e["name"],
            kind=e["kind"],
            is_struct=e["kind"] == "struct",
            guard=e.get("guard"),
            arguments=tuple(args.values()),
            orders=orders,
            sets=tuple(_with_assignment_text(a) for a in sets),
        )


def _policy_lines(policy: SizePolicy, versions: tuple[Version, ...], syscall: str) -> tuple[str, ...]:
    """The size policy in words, one rule a line, for the review document."""
    first, latest = versions[0], versions[-1]
    source = (
        f"the size argument of {syscall}()"
        if policy.source == "argument"
        else f"the struct's own field {policy.field}"
    )
    rules = {
        "too_large": f"A size above {policy.max.text} fails with {policy.too_large_errno}",
        "too_small": f"A size below {first.name} ({first.size} bytes) fails with {policy.too_small_errno}",
    }
    lines = [f"The size comes from {source}."]
    lines += [f"{rules[which]}{' (checked first)' if i == 0 else ''}." for i, which in enumerate(policy.order)]
    if policy.multiple_of_8:
        lines.append(f"The size must be a multiple of 8, else {policy.misaligned_errno}.")
    else:
        lines.append("There is no alignment rule: every size in between is accepted.")
    lines.append(
        f"A larger size than {latest.size} bytes is accepted only if every byte past them is zero, "
        f"else {policy.tail_errno}, before any field is looked at."
    )
    lines.append("A caller passing an older published size gets the missing fields as zero.")
    return tuple(lines)


def _errnos(names: Iterable[str]) -> tuple[str, ...]:
    """Unique errno names, in first-seen order."""
    return tuple(dict.fromkeys(names))


def _with_text(c: Check) -> Check:
    """A one-line statement of the rule, for documents and error messages."""
    f = c.field
    rule = {
        "max": lambda: f"{f} <= {c.limit.text}",  # type: ignore[union-attr]
        "mask": lambda: f"{f} has no bits outside {c.allowed.text}",  # type: ignore[union-attr]
        "zero": lambda: f"{f} == 0",
        "both_or_neither": lambda: f"{f} and {c.other} are both zero or both non-zero",
        "exclusive": lambda: f"{f} does not have all of {', '.join(c.names)}",
        "all_set": lambda: f"{f} has all of {', '.join(c.names)}",
        "any_set": lambda: f"{f} has at least one of {', '.join(c.names)}",
        "known_flags": lambda: f"{f} has only flags that {c.entry_point} knows",
        "min_version": lambda: f"the caller's size is at least {c.version.name} ({c.version.size})",  # type: ignore[union-attr]
        "user_range": lambda: f"a non-zero {f}: [{f}, {f} + {c.other}) lies in user memory",
    }[c.rule]()
    if c.when:
        verb = "any of" if c.when.mode == "any_set" else "none of"
        rule = f"when {c.when.field} has {verb} {', '.join(c.when.names)}: {rule}"
    return replace(c, text=rule)


def _with_assignment_text(a: Assignment) -> Assignment:
    if a.kind == "flags":
        text = " | ".join(a.names)
    elif a.kind == "const":
        text = a.value.c  # type: ignore[union-attr]
    else:
        text = f"lower_32_bits({a.arg})" if a.low32 else str(a.arg)
        if a.clear:
            text = f"{text} & ~{a.clear}"
        if a.keep:
            text = f"{text} & {a.keep}"
    return replace(a, text=text)


def build(data: dict[str, Any], source: str, digest: str, release: str | None = None) -> Spec:
    """The model of one validated spec, optionally cut down to a kernel release."""
    return _Builder(data, source, digest, release).build()
