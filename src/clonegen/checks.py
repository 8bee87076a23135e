"""The semantic checks that run on the model.

The model builder (model.py) is the one reader of the loaded data; a check here sees only the
model it built (every node with its position and path) and reports through ``Report``. Each
check is a function registered in ``CHECKS``, here or in a module of its own (namechecks.py,
sizechecks.py, tracechecks.py); allchecks.py runs them all, so one run reports every problem.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from clonegen.diagnostics import Diagnostic, Pos
from clonegen.layout import KERNEL_TYPE_BITS, UAPI_TYPES
from clonegen.loader import JsonPath, LoadedSpec
from clonegen.model import Constant, Field, Flag, Spec, Version
from clonegen.names import release_key
from clonegen.views.kernel import STUB_LOCALS, STUB_PARAMETERS

if TYPE_CHECKING:  # the targets are handed in (Report.targets); no check imports them
    from clonegen.targets import Target


class Report:
    """Collects the diagnostics of the checks, each at the position of a node's sub-path.

    ``targets`` are the registered targets whose reserved names, refusals and requirements
    apply (the validator's; none when a caller asks about the spec alone)."""

    def __init__(self, loaded: LoadedSpec, targets: tuple[Target, ...] = ()):
        self.loaded = loaded
        self.targets = targets
        self.errors: list[Diagnostic] = []

    def __call__(self, at: Pos, key: JsonPath, message: str, at_key: bool = False) -> None:
        """Report ``message`` at ``key`` below the node written at ``at`` (at the key itself
        rather than its value with ``at_key``)."""
        self.errors.append(self.loaded.error(at.path + key, message, at_key=at_key))


Check = Callable[[Spec, Report], None]
CHECKS: list[Check] = []


def check(fn: Check) -> Check:
    """Register ``fn`` as a semantic check on the model."""
    CHECKS.append(fn)
    return fn


@check
def versions_grow(spec: Spec, report: Report) -> None:
    """VERn is the n-th version; each is larger than, and published after, the one before."""
    prev_size, prev_since = 0, (0, 0, 0)
    for v in spec.versions:
        if v.name != f"VER{v.index}":
            report(v.pos, ("name",), f"version {v.index} must be named VER{v.index}, not {v.name}")
        if v.size <= prev_size:
            report(
                v.pos,
                ("size",),
                f"{v.name} size {v.size} must be larger than the previous version's {prev_size}",
            )
        if release_key(v.since) < prev_since:
            report(v.pos, ("since",), f"{v.name} is published before the version it extends")
        prev_size, prev_since = v.size, release_key(v.since)


def _ends(fields: tuple[Field, ...] | list[Field]) -> dict[str, int]:
    """Where each version's last field ends if the struct had just ``fields`` (each at the
    next free byte, as the layout places them)."""
    ends: dict[str, int] = {}
    offset = 0
    for f in fields:
        offset += f.size
        ends[f.version.name] = offset
    return ends


def _without(fields: tuple[Field, ...], j: int) -> list[Field]:
    return [*fields[:j], *fields[j + 1 :]]


def insertion(spec: Spec) -> tuple[int, int] | None:
    """The field whose removal makes every published version's size fit again, and the version
    it sits inside; (-1, version) when one of several equal fields was inserted.

    Only asked when a version other than the latest does not fit: one field too many inside it
    shifts every later version, and the one error worth reading is at that field.
    """
    fields, versions = spec.fields, spec.versions
    order = [v.name for v in versions]
    if any(f.version.name not in order for f in fields):
        return None
    ends = _ends(fields)
    if all(ends.get(v.name, v.size) == v.size for v in versions[:-1]):
        return None
    candidates: list[tuple[int, int]] = []
    for j, f in enumerate(fields):
        rest = _ends(_without(fields, j))
        if all(
            rest.get(v.name, v.size) == v.size and (v.name in rest or v.name == f.version.name)
            for v in versions
        ):
            inside = next(
                (k for k, v in enumerate(versions) if v.size > fields[j].offset),
                len(versions) - 1,
            )
            candidates.append((j, inside))
    newer = [(j, k) for j, k in candidates if order.index(fields[j].version.name) > k]
    if len(newer) == 1:
        return newer[0]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        return (-1, min(k for _, k in candidates))
    return None


def _insertion_error(spec: Spec, report: Report, j: int, k: int) -> None:
    fields = spec.fields
    v = spec.versions[k]
    if j >= 0:
        f = fields[j]
        fix = (
            "move it to the end of the fields"
            if f.version.name != v.name
            else "new fields go at the end, in a new version"
        )
        report(
            f.pos,
            ("name",),
            f"field {f.name!r} ({f.version.name}) is inserted inside {v.name} (which ends "
            f"at offset {v.size}): {fix}",
        )
        return
    names = [
        f.name
        for i, f in enumerate(fields)
        if _ends(_without(fields, i)).get(v.name, v.size) == v.size and f.version.name == v.name
    ]
    end = _ends(fields).get(v.name, 0)
    report(
        v.pos,
        ("size",),
        f"{v.name} declares size {v.size} but its fields end at offset {end}: one of "
        f"{', '.join(map(repr, names))} was inserted inside this published version; new "
        "fields go at the end, in a new version",
    )


@check
def field_order(spec: Spec, report: Report) -> None:
    """New fields go at the end: a field follows no field of a newer version."""
    order = [v.name for v in spec.versions]
    inserted = insertion(spec)
    last_index = 0
    for i, f in enumerate(spec.fields):
        if f.version.name not in order:
            continue  # the builder reported the name
        idx = order.index(f.version.name)
        if inserted is not None and i == inserted[0]:
            continue  # reported as inserted
        if idx < last_index:
            report(
                f.pos,
                ("version",),
                f"field {f.name!r} ({f.version.name}) follows a field of {order[last_index]}: "
                "new fields go at the end of the struct",
            )
        last_index = max(last_index, idx)


def _field_layout(spec: Spec, report: Report, f: Field) -> None:
    style = spec.uapi.layout
    if style != "mixed" and f.declared_type not in (None, "__u64", "__s64"):
        report(
            f.pos,
            ("uapi_type",),
            f"field {f.name!r} is {f.declared_type}: the {style} layout has only 64-bit words; "
            "declare layout: mixed for a legacy struct",
        )
    if style == "mixed" and f.declared_type is None:
        report(f.pos, (), f"field {f.name!r} needs a uapi_type in a mixed layout")
    align = UAPI_TYPES[f.uapi_type][1]
    if f.offset % align:
        report(
            f.pos,
            (),
            f"hole: field {f.name!r} ({f.uapi_type}) at offset {f.offset} is not "
            f"{align}-byte aligned; the compiler would insert padding before it",
        )


def _version_size(report: Report, v: Version, end: int, last: str, latest: bool) -> None:
    if latest:
        # The version being added: its size is simply what its fields give.
        report(
            v.pos,
            ("size",),
            f"{v.name} declares size {v.size} but its fields end at offset {end} "
            f"(after {last!r}): set size: {end}",
        )
    else:
        report(
            v.pos,
            ("size",),
            f"{v.name} declares size {v.size} but its last field {last!r} ends at offset "
            f"{end}: a field was inserted, removed or resized inside a published version",
        )


@check
def layout_fits(spec: Spec, report: Report) -> None:
    """The layout the builder computed has no hole, no padded tail, and ends each version at its
    stated size (or names the field inserted inside a published one)."""
    fields, versions = spec.fields, spec.versions
    for f in fields:
        _field_layout(spec, report, f)
    ends = {f.version.name: (f.offset + f.size, f.name) for f in fields}
    total = fields[-1].offset + fields[-1].size if fields else 0
    if total % 8:
        report(
            spec.pos,
            ("fields",),
            f"struct size {total} is not a multiple of 8: the compiler would pad its tail",
        )
    inserted = insertion(spec)
    if inserted is not None:
        _insertion_error(spec, report, *inserted)
    earlier_fit = True
    for i, v in enumerate(versions):
        if v.name not in ends:
            if inserted is None or fields[inserted[0]].version.name != v.name:
                report(v.pos, (), f"{v.name} adds no field")
            continue
        end, last = ends[v.name]
        if end != v.size and inserted is None:
            _version_size(report, v, end, last, i == len(versions) - 1 and earlier_fit)
        earlier_fit = earlier_fit and end == v.size


@check
def flags(spec: Spec, report: Report) -> None:
    """A flag belongs to a flags field, fits 64 bits and overlaps no other flag of its field."""
    fields = {f.name: f for f in spec.fields}
    by_field: dict[str, list[Flag]] = {}
    for fl in spec.flags:
        field = fields.get(fl.field)
        if field is None:
            continue  # the builder reported the name
        if field.role != "flags":
            report(
                fl.pos,
                ("field",),
                f"flag {fl.name!r} belongs to {fl.field!r}, which is not a flags field",
            )
        if fl.value >= 1 << 64:
            report(fl.pos, ("value",), f"flag {fl.name!r} does not fit in 64 bits")
        for other in by_field.get(fl.field, []):
            if other.value & fl.value:
                report(
                    fl.pos,
                    ("value",),
                    f"flag {fl.name!r} ({fl.value:#x}) overlaps {other.name!r} "
                    f"({other.value:#x}, line {other.pos.line})",
                )
        by_field.setdefault(fl.field, []).append(fl)


@check
def output_paths(spec: Spec, report: Report) -> None:
    """The uapi header, the kernel header and the kernel source are three files."""
    paths = [
        (spec.uapi.pos, spec.uapi.header),
        (spec.kernel.pos, spec.kernel.header),
        (spec.kernel.pos, spec.kernel.source),
    ]
    keys = ("header", "header", "source")
    for (at, value), key in zip(paths, keys):
        if [v for _, v in paths].count(value) > 1:
            report(at, (key,), f"output path {value!r} is used for more than one artifact")


@check
def distinct_kinds(spec: Spec, report: Report) -> None:
    """Names that share one C namespace across kinds: a flag or constant is a macro, so it must
    not be the name of a field or member; the three kernel functions differ."""
    members = {f.name for f in spec.fields} | {m.name for m in spec.kernel.members}
    items: list[Flag | Constant] = [*spec.flags, *spec.constants]
    for item in items:
        if item.name in members:
            report(
                item.pos,
                ("name",),
                f"{item.name!r} is also a field or kernel member; as a macro it would "
                "rewrite that member: choose another name",
            )
    k = spec.kernel
    seen: dict[str, str] = {}
    for key, name in (
        ("copy_function", k.copy_function),
        ("valid_function", k.valid_function),
        ("common_function", k.common_function),
    ):
        if name in seen:
            report(
                k.pos,
                (key,),
                f"{key} {name!r} is also the {seen[name]}; give each function its own name",
            )
        seen.setdefault(name, key)


@check
def register_sets(spec: Spec, report: Report) -> None:
    """A register entry point fills members it can: not an array, a user pointer only from an
    argument; and it accepts no flag inside the bits of a word it takes for another member
    (clone() and CSIGNAL)."""
    fields = {f.name: f for f in spec.fields}
    constants = {c.name: c for c in spec.constants}
    flag_values = {fl.name: fl.value for fl in spec.flags}
    for e in spec.entry_points:
        for a in e.sets:
            f = fields.get(a.target)
            if f is not None and f.role == "array":
                report(
                    e.pos,
                    ("sets", a.target),
                    f"{e.name} cannot set the array {a.target!r}: arrays come only from the "
                    "struct's copy-in",
                    at_key=True,
                )
            elif f is not None and f.role == "user_pointer" and a.kind != "arg":
                report(
                    e.pos,
                    ("sets", a.target),
                    f"{e.name} sets the user pointer {a.target!r} from a constant; a user pointer "
                    "can only come from an argument (arg: ...)",
                    at_key=True,
                )
        for a in e.sets:
            c = constants.get(a.clear or "")
            value = (c.value if c.written is None else c.written) if c else None
            value = flag_values.get(a.clear or "") if c is None else value
            if not value:
                continue
            for fl in spec.flags:
                if e.name in fl.entry_points and fl.value & value:
                    report(
                        fl.pos,
                        ("entry_points",),
                        f"flag {fl.name!r} ({fl.value:#x}) lies inside {a.clear}, which "
                        f"{e.name}() uses for another member; only entry points that take "
                        "the whole word can accept it",
                    )


@check
def shared_struct(spec: Spec, report: Report) -> None:
    """A kernel struct named like the uapi struct is the uapi struct (openat2 passes struct
    open_how down as it is): every field keeps its uapi type, and nothing is added to it."""
    k = spec.kernel
    if k.struct != spec.uapi.struct:
        return
    why = f"the kernel struct is the uapi struct {k.struct!r} (kernel.struct names it), so"
    if k.members:
        report(k.pos, ("members",), f"{why} it has no kernel-only members", at_key=True)
    sizes = {f.name: f.size for f in spec.fields}
    for f in spec.fields:
        want = f"u{sizes[f.name] * 8}"
        if f.role in ("user_pointer", "array"):
            report(f.pos, ("role",), f"{why} a {f.role} field is not converted")
        elif f.kernel_type != want:
            report(
                f.pos,
                ("kernel_type",),
                f"{why} field {f.name!r} keeps its uapi width: kernel_type {want}, "
                f"not {f.kernel_type}",
            )
    for e in spec.entry_points:
        if e.sets:
            report(
                e.pos,
                ("sets",),
                f"{why} entry point {e.name!r} cannot fill it from registers",
                at_key=True,
            )


@check
def constant_arches(spec: Spec, report: Report) -> None:
    """Per-architecture values come from the kernel header, for architectures the spec names;
    a constant the C library alone agrees on names that library's header."""
    for c in spec.constants:
        if c.libc_only is not None and c.libc_header is None:
            report(
                c.pos,
                ("libc_only",),
                f"libc_only says where the C library's {c.name} agrees: add libc_header",
            )
        if c.arch_values and c.header is None:
            report(
                c.pos,
                ("arch",),
                f"constant {c.name!r} has per-architecture values, so it must come from the "
                "kernel header that defines it on each architecture: add header",
            )
        for a in sorted({a for a, _ in c.arch_values} - set(spec.arches)):
            report(
                c.pos,
                ("arch", a),
                f"constant {c.name!r} gives a value for {a}, "
                "which the spec's arches list does not name",
            )


@check
def constant_styles(spec: Spec, report: Report) -> None:
    """``style: u64_bit`` spells one bit; another value has no such spelling."""
    for c in spec.constants:
        value = c.value if c.written is None else c.written
        if c.style == "u64_bit" and (value <= 0 or value & (value - 1)):
            report(
                c.pos,
                ("style",),
                f"constant {c.name!r} is {value:#x}, not a single bit: style u64_bit "
                "spells ((__u64)1 << n)",
            )


@check
def negative_constants(spec: Spec, report: Report) -> None:
    """A negative constant is a bound of a clamp and nothing else; a bound fits 64 bits."""
    clamped = {v.name for c in spec.clamps for v in (c.low, c.high)}
    for c in spec.constants:
        value = c.value if c.written is None else c.written
        if value < 0 and c.name not in clamped:
            report(
                c.pos,
                ("value",),
                f"constant {c.name!r} is negative; only the bound of a clamp may be",
            )
    for cl in spec.clamps:
        for key, v in (("min", cl.low), ("max", cl.high)):
            if v.kind == "literal" and not -(1 << 63) <= v.value < 1 << 63:
                report(cl.pos, (key,), "a clamp bound must fit a signed 64-bit value")


@check
def composed_constants(spec: Spec, report: Report) -> None:
    """A constant with ``bits`` states the OR of its parts (the builder composes it), on every
    architecture; one whose parts do not all resolve is left to the builder's report."""
    for c in spec.constants:
        if not c.bits or not c.resolved or c.written is None:
            continue
        stated = dict(c.arch_values)
        if c.written != c.value:
            report(
                c.pos,
                ("value",),
                f"constant {c.name!r} is {c.written:#o}, but its bits compose to {c.value:#o}",
            )
        for a in spec.arches:
            want = c.value_for(a)
            if a in stated and stated[a] != want:
                report(
                    c.pos,
                    ("arch", a),
                    f"constant {c.name!r} is {stated[a]:#o} on {a}, but its bits "
                    f"compose to {want:#o}",
                )
            elif a not in stated and c.written == c.value and want != c.value:
                report(
                    c.pos,
                    ("value",),
                    f"constant {c.name!r} is {c.written:#o} on {a} (no arch value), "
                    f"but its bits compose to {want:#o} there: add arch: {{{a}: {want:#o}}}",
                )


@check
def clamps(spec: Spec, report: Report) -> None:
    """A clamp is of an integer field, and its lower bound is not above its upper one."""
    fields = {f.name: f for f in spec.fields}
    for c in spec.clamps:
        f = fields.get(c.field)
        if f is not None and f.role != "integer":
            report(c.pos, ("field",), f"only an integer field is clamped, not {f.role}")
        bounds = [v.value for v in (c.low, c.high) if v.kind in ("literal", "constant")]
        if len(bounds) == 2 and bounds[0] > bounds[1]:
            low, high = (v.value if v.name is None else v.name for v in (c.low, c.high))
            report(c.pos, (), f"clamp of {c.field!r}: min {low} is above max {high}")


@check
def mask_bits(spec: Spec, report: Report) -> None:
    """A flag with a policy is a mask bit: it fills fields."""
    for fl in spec.flags:
        if fl.policy is not None and not fl.fills:
            report(
                fl.pos, ("policy",), f"flag {fl.name!r} has a policy but fills no field: add fills"
            )


# The most kernel stack an entry stub may give a copied-in array.
ARRAY_STACK_BYTES = 1024


@check
def rule_problems(spec: Spec, report: Report) -> None:
    """What each rule asks of its checks on the model (``Rule.problems``)."""
    fields = {f.name: f for f in spec.fields}
    for c in spec.stated_checks:
        c.rule.problems(c, fields.get(c.field), report)


@check
def arrays(spec: Spec, report: Report) -> None:
    """An array's count is an integer field, the stub's copy of it fits the stack, and a
    copy-phase check bounds its count before the copy."""
    fields = {f.name: f for f in spec.fields}
    for f in spec.fields:
        if f.role != "array" or f.count is None or f.max is None:
            continue
        count = fields.get(f.count)
        if count is not None and count.role != "integer":
            report(
                f.pos,
                ("count",),
                f"count field {f.count!r} of array {f.name!r} must have role integer",
            )
        width = KERNEL_TYPE_BITS.get(f.element or "", 64) // 8
        most = f.max.value
        if f.max.kind != "unresolved" and most * width > ARRAY_STACK_BYTES:
            report(
                f.pos,
                ("max",),
                f"array {f.name!r} of up to {most} elements of {f.element} needs "
                f"{most * width} bytes of kernel stack in the entry stub; at most "
                f"{ARRAY_STACK_BYTES} bytes are allowed",
            )
        if count is not None and not any(
            c.rule.bounds(c, f.count, f.max) for c in spec.stated_checks
        ):
            report(
                f.pos,
                ("max",),
                f"array {f.name!r}: add a copy-phase check 'max' of {f.count!r} with limit "
                f"{f.max.name or f.max.value} so the copy of the array is bounded",
            )


@check
def entry_points(spec: Spec, report: Report) -> None:
    """The syscall has its struct entry point; a register entry point's argument orders have
    one default."""
    if spec.syscall not in {e.name for e in spec.struct_entries}:
        report(
            spec.pos,
            ("entry_points",) if spec.entry_points else ("syscall", "name"),
            f"add an entry point of kind struct named {spec.syscall!r}",
        )
    for e in spec.entry_points:
        if e.orders and sum(o.is_default for o in e.orders) != 1:
            report(e.pos, ("orders",), "argument orders need exactly one 'default'")


@check
def size_steps(spec: Spec, report: Report) -> None:
    """What each size step asks of its policy (the syscall's and each entry point's own)."""
    policies = [spec.size] + [e.size for e in spec.entry_points if e.size is not None]
    for policy in policies:
        for step in policy.steps:
            for key, message in step.problems(policy.source, spec.versions[0].size):
                report(policy.pos, (key,), message)


@check
def stub_names(spec: Spec, report: Report) -> None:
    """The stub's names of the struct and size arguments name nothing else in it."""
    for e in spec.entry_points:
        taken = {a.name: "an argument" for a in (*e.arguments, *e.trailing_arguments)}
        taken |= {n: "a local of the generated stub" for n in sorted(STUB_LOCALS)}
        for key in STUB_PARAMETERS:
            name = e.struct_name if key == "struct_name" else e.size_name
            written = key in e.written
            if written and not e.is_struct:
                report(e.pos, (key,), f"{key} names an argument of a struct entry point only")
            elif name in taken:
                report(
                    e.pos,
                    (key,) if written else (),
                    f"{key} {name!r} is {taken[name]} of {e.name}() too; give it another name",
                )
            taken[name] = f"the {key}"


@check
def tree_exports(spec: Spec, report: Report) -> None:
    """A kernel tree's function the generated code replaces is not one it still calls."""
    tree = spec.kernel.tree
    for j, n in enumerate(tree.exports if tree else ()):
        if tree and n in tree.functions:
            report(
                spec.kernel.pos,
                ("tree", "exports", j),
                f"{n!r} is both deleted (functions) and called (exports)",
            )


@check
def libc_fallback(spec: Spec, report: Report) -> None:
    """The libc fallback is a register entry point with argument orders."""
    fallback = spec.libc.fallback if spec.libc else None
    entry = next((e for e in spec.entry_points if e.name == fallback), None)
    if spec.libc and entry is not None and (entry.kind != "registers" or not entry.orders):
        report(
            spec.libc.pos,
            ("fallback",),
            f"fallback {fallback!r} needs kind registers and argument orders",
        )


@check
def abi_levels(spec: Spec, report: Report) -> None:
    """An interface that numbers its own versions: the levels grow, each flag and version
    says its level (one listed), and nothing is older than the release of its level."""
    a = spec.abi_levels
    stated: list[tuple[Pos, str, int | None, str]] = [
        *((fl.pos, f"flag {fl.name}", fl.level, fl.since) for fl in spec.flags),
        *((v.pos, f"version {v.name}", v.level, v.since) for v in spec.versions),
    ]
    if a is None:
        for pos, what, level, _ in stated:
            if level is not None:
                report(pos, ("level",), f"{what} states a level, but the spec has no abi_levels")
        return
    if spec.size.source != "argument":
        report(
            a.pos,
            (),
            "abi_levels asks the kernel its level with no struct and a size of 0: the size "
            "must be an argument (syscall.size.source: argument)",
        )
    since: dict[int, str] = {}
    prev: tuple[int, tuple[int, int, int]] = (0, (0, 0, 0))
    for lv in a.levels:
        if lv.level <= prev[0]:
            report(lv.pos, ("level",), f"level {lv.level} must be larger than {prev[0]} before it")
        elif release_key(lv.since) < prev[1]:
            report(
                lv.pos, ("since",), f"level {lv.level} is from a release before the level before it"
            )
        prev = (lv.level, release_key(lv.since))
        since[lv.level] = lv.since
    last = 0
    for pos, what, level, written in stated:
        if level is None:
            report(pos, (), f"{what} needs a level: the spec numbers its versions (abi_levels)")
        elif level not in since:
            if spec.kernel_release is None:
                report(
                    pos, ("level",), f"{what} names level {level}, which abi_levels does not list"
                )
        elif release_key(written) < release_key(since[level]):
            report(
                pos,
                ("since",),
                f"{what} is from Linux {written}, before level {level} (Linux {since[level]})",
            )
        if what.startswith("version") and level is not None:
            if level < last:
                report(pos, ("level",), f"{what} has a level below the version before it")
            last = level


@check
def entry_checks(spec: Spec, report: Report) -> None:
    """A check only some struct entry points make is made by their common functions: the
    copy-in and the validity function are every entry point's."""
    struct = {e.name for e in spec.struct_entries}
    others = {e.name for e in spec.entry_points} - struct
    for c in spec.stated_checks:
        if not c.entries:
            continue
        if c.phase != "common":
            report(
                c.pos,
                ("phase",),
                "a check only some entry points make is made below their stubs: phase common "
                f"(the copy-in is every entry point's), not {c.phase}",
            )
        for i, name in enumerate(c.entries):
            if name in others:
                report(c.pos, ("entry_points", i), f"{name} is no struct entry point")
