"""Classify the differences between two revisions of a spec.

A change is *compatible* when every binary built against the old spec keeps
working and sees the same answers: a field appended in a new version, a new
version, flag, constant, check or architecture, a doc text. It is *breaking*
when an old binary could now be read differently or refused with another
errno: a field removed, renamed, moved, resized or retyped, a published
version changed, a flag's value changed or removed, a constant's or the
system call's number changed on some architecture, the size policy changed.

Both sides are compared as models (:mod:`clonegen.model`), never as YAML:
a default written out or left implicit is the same spec, and every change
is reported at the position of the model node it concerns.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from clonegen import rules
from clonegen.diagnostics import Diagnostic, Pos, SpecError
from clonegen.loader import LoadedSpec, load, load_text
from clonegen.model import Assignment, Field, Flag, Spec
from clonegen.pipeline import model_from, validated

COMPATIBLE, BREAKING = "compatible", "breaking"


@dataclass(frozen=True)
class Change:
    verdict: str
    kind: str
    message: str
    file: str
    line: int
    col: int

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True)
class Side:
    loaded: LoadedSpec
    model: Spec


def load_side(ref: str) -> Side:
    """A spec path, or ``REV:path`` read from git in the working directory."""
    path = Path(ref)
    if ":" in ref and not path.exists():
        rev, _, name = ref.partition(":")
        proc = subprocess.run(
            ["git", "show", "--end-of-options", f"{rev}:{name}"], capture_output=True
        )
        if proc.returncode != 0:
            message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            last = message[-1] if message else "failed"
            raise SpecError([Diagnostic(ref, 1, 1, f"cannot read from git: {last}")])
        loaded = load_text(proc.stdout, ref)
    else:
        loaded = replace(load(path), display_path=ref)
    validated(loaded)
    return Side(loaded, model_from(loaded))


# -- what a number means -----------------------------------------------------------

# A number or mask as the generated code sees it: its value, the architectures
# where it differs, and whether it follows the page size.
Effective = tuple[int, tuple[tuple[str, int], ...], bool]


def _effective(v: rules.Value | rules.Mask) -> Effective:
    parts = v.parts if isinstance(v, rules.Mask) else (v,)

    def on(arch: str | None) -> int:
        total = 0
        for p in parts:
            total |= dict(p.per_arch).get(arch, p.value) if arch else p.value
        return total

    arches = sorted({a for p in parts for a, _ in p.per_arch})
    base = on(None)
    per_arch = tuple((a, on(a)) for a in arches if on(a) != base)
    return base, per_arch, any(p.kind == "page_size" for p in parts)


def _written(v: rules.Value | rules.Mask) -> tuple[str, ...]:
    """The number as the spec writes it: names and literals."""
    return v.names if isinstance(v, rules.Mask) else (v.c,)


def _shown(v: rules.Value | rules.Mask) -> str:
    parts = v.parts if isinstance(v, rules.Mask) else (v,)
    return ", ".join(p.text for p in parts)


@dataclass(frozen=True)
class _Param:
    """One parameter of a check: how it reads, how it is written, what it means."""

    shown: str
    written: object
    effective: object


def _param(value: object) -> _Param:
    return _Param(repr(value), value, value)


def _number_param(v: rules.Value | rules.Mask) -> _Param:
    return _Param(_shown(v), _written(v), _effective(v))


def _check_params(c: rules.Check) -> dict[str, _Param]:
    """The errno and the rule object's parameters, by the spec's key names."""
    params = {"errno": _param(c.errno)}
    for key, value in c.rule.params().items():
        is_number = isinstance(value, (rules.Value, rules.Mask))
        params[key] = _number_param(value) if is_number else _param(value)  # type: ignore[arg-type]
    return params


CheckKey = tuple[object, ...]


def _check_key(c: rules.Check) -> CheckKey:
    """What makes a check the same check in both revisions."""
    other, names = c.rule.identity()
    when = (c.when.field, c.when.any_set, c.when.every, c.when.mask.names) if c.when else None
    return (c.field, c.rule_name, c.phase, other, names, when, c.entries)


def _on_arch(subject: str) -> Callable[[str], str]:
    return lambda arch: f"{subject} on {arch}"


def _assignment(a: Assignment) -> tuple[object, ...]:
    """An assignment as written (a constant's value is compared with the constant)."""
    value = _written(a.value) if a.value is not None else None
    return (a.target, a.kind, value, a.arg, a.low32, a.clear, a.keep)


def _docs(spec: Spec) -> dict[str, tuple[str, Pos]]:
    """Every doc text, keyed by a path of names (stable across inserts)."""
    found: dict[str, tuple[str, Pos]] = {
        "spec": (spec.doc, spec.pos),
        "kernel": (spec.kernel.doc, spec.kernel.pos),
    }
    for m in spec.kernel.members:
        found[f"kernel/members/{m.name}"] = (m.doc, m.pos)
    for c in spec.constants:
        found[f"constants/{c.name}"] = (c.doc, c.pos)
    for f in spec.fields:
        found[f"fields/{f.name}"] = (f.doc, f.pos)
    for ch in spec.checks:
        found.setdefault(f"checks/{ch.field}/{ch.rule_name}", (ch.doc, ch.pos))
    for fl in spec.flags:
        found[f"flags/{fl.name}"] = (fl.doc, fl.pos)
    return found


class _Differ:
    def __init__(self, old: Side, new: Side):
        self.old: Spec = old.model
        self.new: Spec = new.model
        self.changes: list[Change] = []

    def add(self, verdict: str, kind: str, message: str, side: Spec, pos: Pos) -> None:
        self.changes.append(Change(verdict, kind, message, side.file, pos.line, pos.col))

    def run(self) -> list[Change]:
        self.identity()
        self.numbers()
        self.size_policy()
        self.versions()
        self.fields()
        self.flags()
        self.constants()
        self.checks()
        self.adjusts()
        self.entry_points()
        self.docs()
        return self.changes

    def identity(self) -> None:
        o, n = self.old, self.new
        for a, b, what, pos in (
            (o.uapi.struct, n.uapi.struct, "uapi struct name", n.uapi.pos),
            (o.uapi.macro_prefix, n.uapi.macro_prefix, "macro prefix", n.uapi.pos),
            (o.uapi.layout, n.uapi.layout, "layout style", n.uapi.pos),
            (o.syscall, n.syscall, "system call name", n.syscall_pos),
        ):
            if a != b:
                self.add(BREAKING, "renamed", f"{what} changed from {a!r} to {b!r}", n, pos)
        old_prefix = o.libc.prefix if o.libc else None
        new_prefix = n.libc.prefix if n.libc else None
        if old_prefix and old_prefix != new_prefix:
            self.add(
                BREAKING,
                "renamed",
                f"libc prefix changed from {old_prefix!r} to {new_prefix!r}",
                n,
                n.libc.pos if n.libc else n.pos,
            )
        ok, nk = o.kernel, n.kernel
        for key, a, b in (
            ("struct", ok.struct, nk.struct),
            ("copy_function", ok.copy_function, nk.copy_function),
            ("valid_function", ok.valid_function, nk.valid_function),
            ("common_function", ok.common_function, nk.common_function),
        ):
            if a != b:
                self.add(COMPATIBLE, "kernel-internal", f"kernel {key} renamed to {b!r}", n, nk.pos)
        old_m = {m.name: m for m in ok.members}
        new_m = {m.name: m for m in nk.members}
        for name, m in new_m.items():
            was = old_m.get(name)
            if was is None or (was.type, was.bits, was.doc) != (m.type, m.bits, m.doc):
                self.add(
                    COMPATIBLE,
                    "kernel-internal",
                    f"kernel-only member {name!r} added or changed",
                    n,
                    m.pos,
                )
        for name in sorted(set(old_m) - set(new_m)):
            self.add(
                COMPATIBLE, "kernel-internal", f"kernel-only member {name!r} removed", n, nk.pos
            )

    def per_arch(
        self,
        kind: str,
        label: Callable[[str], str],
        shown: Callable[[int], str],
        old: tuple[int, dict[str, int]],
        new: tuple[int, dict[str, int]],
        pos: Pos,
    ) -> None:
        """A number with a default and per-architecture values, as the spec states them.

        The value an architecture gets changing is breaking; a value stated
        for an architecture the old revision did not cover, or stated
        explicitly with the value it had, is an addition.
        """
        (old_default, old_arch), (new_default, new_arch) = old, new
        for arch, was in old_arch.items():
            now = new_arch.get(arch, new_default)
            if now != was:
                self.add(
                    BREAKING,
                    kind,
                    f"{label(arch)} changed from {shown(was)} to {shown(now)}",
                    self.new,
                    pos,
                )
        for arch in sorted(set(new_arch) - set(old_arch)):
            now = new_arch[arch]
            if now != old_default and arch in self.old.arches:
                message = (
                    f"{label(arch)} changed from {shown(old_default)} (the default) to {shown(now)}"
                )
                self.add(BREAKING, kind, message, self.new, pos)
            else:
                self.add(COMPATIBLE, kind, f"{label(arch)} added", self.new, pos)

    def numbers(self) -> None:
        o, n = self.old, self.new
        if o.default_number != n.default_number:
            self.add(
                BREAKING,
                "syscall number",
                f"number on default changed from {o.default_number} to {n.default_number}",
                n,
                n.syscall_pos,
            )
        self.per_arch(
            "syscall number",
            _on_arch("number"),
            str,
            (o.default_number, dict(o.numbers)),
            (n.default_number, dict(n.numbers)),
            n.syscall_pos,
        )

    def size_policy(self) -> None:
        for message in policy_changes(self.old.size, self.new.size):
            self.add(BREAKING, "size policy", f"size policy {message}", self.new, self.new.size.pos)
        self.clamps()

    def clamps(self) -> None:
        """A clamp changed or removed changes what the kernel does with a value; a new one too."""
        old = {c.field: c for c in self.old.clamps}
        new = {c.field: c for c in self.new.clamps}
        for name in sorted(set(old) | set(new)):
            was, now = old.get(name), new.get(name)
            if was is not None and now is not None and (was.low, was.high) == (now.low, now.high):
                continue
            side, pos = (self.new, now.pos) if now else (self.old, was.pos)  # type: ignore[union-attr]
            words = "added" if was is None else "removed" if now is None else "changed"
            self.add(BREAKING, "clamp", f"clamp of {name} {words}", side, pos)

    def adjusts(self) -> None:
        """An adjust step that comes or goes changes what the copy-in does; its class says
        whether a caller can tell (bits set in a field: breaking; an audit hook: compatible)."""
        old = {a.text: a for a in self.old.adjusts}
        new = {a.text: a for a in self.new.adjusts}
        for text, a in old.items():
            if text not in new:
                self.add(a.ABI, "adjust step", f"adjust step removed: {text}", self.old, a.pos)
        for text, a in new.items():
            if text not in old:
                self.add(a.ABI, "adjust step", f"adjust step added: {text}", self.new, a.pos)

    def versions(self) -> None:
        old, new = self.old.versions, self.new.versions
        for i, v in enumerate(old):
            if i >= len(new):
                self.add(
                    BREAKING,
                    "version removed",
                    f"published version {v.name} ({v.size} bytes) removed",
                    self.old,
                    v.pos,
                )
                continue
            w = new[i]
            if w.name != v.name:
                self.add(
                    BREAKING,
                    "version renamed",
                    f"published version {v.name} renamed to {w.name}",
                    self.new,
                    w.pos,
                )
            if w.size != v.size:
                self.add(
                    BREAKING,
                    "version resized",
                    f"published version {v.name} changed size from {v.size} to {w.size}",
                    self.new,
                    w.pos,
                )
            if w.since != v.since:
                self.add(
                    COMPATIBLE,
                    "release",
                    f"{v.name} now says Linux {w.since} (was {v.since})",
                    self.new,
                    w.pos,
                )
        for w in new[len(old) :]:
            self.add(
                COMPATIBLE,
                "new version",
                f"new version {w.name} of {w.size} bytes (Linux {w.since})",
                self.new,
                w.pos,
            )

    def fields(self) -> None:
        """Fields removed, renamed, appended or inserted; a field in both revisions changed."""
        old = {f.name: f for f in self.old.fields}
        new = {f.name: f for f in self.new.fields}
        old_latest = self.old.latest.size
        old_versions = {v.name for v in self.old.versions}
        renamed: set[str] = set()
        for name, f in old.items():
            if name in new:
                continue
            twin = next(
                (
                    g
                    for g in new.values()
                    if g.name not in old and g.offset == f.offset and g.uapi_type == f.uapi_type
                ),
                None,
            )
            if twin is not None:
                renamed.add(twin.name)
                self.add(
                    BREAKING,
                    "field renamed",
                    f"field {name!r} renamed to {twin.name!r}",
                    self.new,
                    twin.pos,
                )
            else:
                self.add(
                    BREAKING,
                    "field removed",
                    f"field {name!r} at offset {f.offset} removed",
                    self.old,
                    f.pos,
                )
        for name, g in new.items():
            if name in renamed:
                continue
            known = old.get(name)
            if known is None:
                if g.offset >= old_latest and g.version.name not in old_versions:
                    self.add(
                        COMPATIBLE,
                        "field appended",
                        f"field {name!r} appended at offset {g.offset} in new version {g.version.name}",
                        self.new,
                        g.pos,
                    )
                else:
                    self.add(
                        BREAKING,
                        "field inserted",
                        f"field {name!r} inserted at offset {g.offset} "
                        f"into published version {g.version.name}",
                        self.new,
                        g.pos,
                    )
                continue
            self.field_changed(name, known, g)

    def field_changed(self, name: str, f: Field, g: Field) -> None:
        """What changed of a field both revisions have (``f`` the old, ``g`` the new)."""
        if g.offset != f.offset:
            self.add(
                BREAKING,
                "field moved",
                f"field {name!r} moved from offset {f.offset} to {g.offset}",
                self.new,
                g.pos,
            )
        if g.size != f.size or g.uapi_type != f.uapi_type:
            self.add(
                BREAKING,
                "field resized",
                f"field {name!r} changed from {f.uapi_type} ({f.size} bytes) "
                f"to {g.uapi_type} ({g.size} bytes)",
                self.new,
                g.pos,
            )
        if (g.role, g.pointee, g.element, g.count) != (f.role, f.pointee, f.element, f.count):
            of = g.pointee or g.element
            self.add(
                BREAKING,
                "field retyped",
                f"field {name!r} changed from {f.role_text} to {g.role_text}"
                + (f" of {of}" if of else ""),
                self.new,
                g.pos,
            )
        elif g.kernel_type != f.kernel_type:
            self.add(
                COMPATIBLE,
                "kernel-internal",
                f"field {name!r} kernel type changed from {f.kernel_type} to {g.kernel_type}",
                self.new,
                g.pos,
            )
        if g.version.name != f.version.name:
            self.add(
                BREAKING,
                "field version",
                f"field {name!r} moved from {f.version.name} to {g.version.name}",
                self.new,
                g.pos,
            )
        if g.request != f.request:
            self.add(
                BREAKING,
                "request field",
                f"field {name!r} "
                + ("is now a request field" if g.request else "is no longer a request field"),
                self.new,
                g.pos,
            )

    def flags(self) -> None:
        old = {fl.name: fl for fl in self.old.flags}
        new = {fl.name: fl for fl in self.new.flags}
        for name, fl in old.items():
            gl = new.get(name)
            if gl is None:
                self.add(
                    BREAKING,
                    "flag removed",
                    f"flag {name} ({fl.value:#x}) removed",
                    self.old,
                    fl.pos,
                )
                continue
            self.flag_changed(name, fl, gl)
        for name, gl in new.items():
            if name not in old:
                self.add(
                    COMPATIBLE,
                    "new flag",
                    f"new flag {name} = {gl.value:#x} (Linux {gl.since})",
                    self.new,
                    gl.pos,
                )

    def flag_changed(self, name: str, fl: Flag, gl: Flag) -> None:
        """What changed of a flag both revisions have (``fl`` the old, ``gl`` the new)."""
        if gl.value != fl.value:
            self.add(
                BREAKING,
                "flag value",
                f"flag {name} changed from {fl.value:#x} to {gl.value:#x}",
                self.new,
                gl.pos,
            )
        if gl.field != fl.field:
            self.add(
                BREAKING,
                "flag field",
                f"flag {name} moved from {fl.field} to {gl.field}",
                self.new,
                gl.pos,
            )
        lost = sorted(set(fl.entry_points) - set(gl.entry_points))
        if lost:
            self.add(
                BREAKING,
                "flag entry points",
                f"flag {name} no longer accepted by {', '.join(lost)}",
                self.new,
                gl.pos,
            )
        gained = sorted(set(gl.entry_points) - set(fl.entry_points))
        if gained:
            self.add(
                COMPATIBLE,
                "flag entry points",
                f"flag {name} now accepted by {', '.join(gained)}",
                self.new,
                gl.pos,
            )
        if gl.since != fl.since:
            self.add(
                COMPATIBLE,
                "release",
                f"flag {name} now says Linux {gl.since}",
                self.new,
                gl.pos,
            )
        if (gl.fills, gl.policy) != (fl.fills, fl.policy):
            # A caller reads the fields a mask bit vouches for, and when it asks for them.
            self.add(
                BREAKING,
                "mask bit",
                f"mask bit {name}: the fields it says were filled or when it is returned "
                f"changed (was {', '.join(fl.fills) or 'none'}, {fl.policy}; now "
                f"{', '.join(gl.fills) or 'none'}, {gl.policy})",
                self.new,
                gl.pos,
            )

    def constants(self) -> None:
        old = {c.name: c for c in self.old.constants}
        new = {c.name: c for c in self.new.constants}
        for name, c in old.items():
            d = new.get(name)
            if d is None:
                self.add(BREAKING, "constant removed", f"constant {name} removed", self.old, c.pos)
                continue
            if d.value != c.value:
                self.add(
                    BREAKING,
                    "constant value",
                    f"constant {name} changed from {c.value:#x} to {d.value:#x}",
                    self.new,
                    d.pos,
                )
            self.per_arch(
                "constant value",
                _on_arch(f"constant {name}"),
                lambda v: f"{v:#x}",
                (c.value, dict(c.arch_values)),
                (d.value, dict(d.arch_values)),
                d.pos,
            )
        for name, d in new.items():
            if name not in old:
                self.add(
                    COMPATIBLE,
                    "new constant",
                    f"new constant {name} = {d.value:#x}",
                    self.new,
                    d.pos,
                )

    def checks(self) -> None:
        new_keys = {_check_key(d): d for d in self.new.checks}
        old_keys = {_check_key(c) for c in self.old.checks}
        for c in self.old.checks:
            key = _check_key(c)
            if key not in new_keys:
                self.add(
                    COMPATIBLE,
                    "check removed",
                    f"check {c.rule_name} on {c.field} removed: the kernel accepts more than before",
                    self.old,
                    c.pos,
                )
                continue
            d = new_keys[key]
            was, now = _check_params(c), _check_params(d)
            for attr, p in was.items():
                q = now[attr]
                if p.written == q.written and p.effective == q.effective:
                    continue
                message = (
                    f"check {c.rule_name} on {c.field}: {attr} changed from {p.shown} to {q.shown}"
                )
                if p.effective == q.effective:
                    # The same number written another way: nothing an old binary sees changes.
                    self.add(
                        COMPATIBLE, "check changed", f"{message} (the same value)", self.new, d.pos
                    )
                else:
                    self.add(BREAKING, "check changed", message, self.new, d.pos)
        self.check_order()
        for d in self.new.checks:
            if _check_key(d) not in old_keys:
                self.add(
                    COMPATIBLE,
                    "new check",
                    f"new {d.phase}-phase check {d.rule_name} on {d.field} ({d.errno})",
                    self.new,
                    d.pos,
                )

    def check_order(self) -> None:
        """Two checks that now run in the other order change what a caller gets only when an
        input fails both and their errnos differ: the first failing check's errno wins."""
        before = {_check_key(c): (i, c) for i, c in enumerate(self.old.ordered_checks)}
        after = {_check_key(d): (i, d) for i, d in enumerate(self.new.ordered_checks)}
        common = [k for k in before if k in after]
        swapped = [
            (after[a][1], after[b][1], before[a][1], before[b][1])
            for a in common
            for b in common
            if before[a][0] < before[b][0] and after[a][0] > after[b][0]
        ]
        if not swapped:
            return
        differ = [(d, e) for d, e, c, f in swapped if d.errno != e.errno or c.errno != f.errno]
        if differ:
            d, e = differ[0]
            self.add(
                BREAKING,
                "check order",
                f"check {d.rule_name} on {d.field} ({d.errno}) now runs after {e.rule_name} on "
                f"{e.field} ({e.errno}): an input that fails both gets {e.errno} instead of "
                f"{d.errno}",
                self.new,
                e.pos,
            )
            return
        d, e, _, _ = swapped[0]
        self.add(
            COMPATIBLE,
            "check order",
            f"checks now run in another order ({d.rule_name} on {d.field} after {e.rule_name} "
            f"on {e.field}), but every check that moved fails with {d.errno}: no errno changes",
            self.new,
            e.pos,
        )

    def entry_points(self) -> None:
        old = {e.name: e for e in self.old.entry_points}
        new = {e.name: e for e in self.new.entry_points}
        for name, e in old.items():
            f = new.get(name)
            if f is None:
                self.add(
                    BREAKING, "entry point removed", f"entry point {name} removed", self.old, e.pos
                )
                continue
            for key, was, now in (
                ("kind", e.kind, f.kind),
                ("arguments", e.arguments, f.arguments),
                ("orders", e.orders, f.orders),
                ("sets", [_assignment(a) for a in e.sets], [_assignment(a) for a in f.sets]),
                ("direction", e.direction, f.direction),
                ("trailing_arguments", e.trailing_arguments, f.trailing_arguments),
                ("null_errno", e.null_errno, f.null_errno),
                ("before_copy", e.before_copy, f.before_copy),
                ("numbers", (e.default_number, e.numbers), (f.default_number, f.numbers)),
            ):
                if was != now:
                    self.add(
                        BREAKING,
                        "entry point changed",
                        f"entry point {name}: {key} changed",
                        self.new,
                        f.pos,
                    )
            for message in policy_changes(e.size, f.size):
                self.add(
                    BREAKING,
                    "entry point changed",
                    f"entry point {name}: size policy {message}",
                    self.new,
                    f.size.pos if f.size else f.pos,
                )
        for name, f in new.items():
            if name not in old:
                self.add(COMPATIBLE, "new entry point", f"new entry point {name}", self.new, f.pos)

    def docs(self) -> None:
        old, new = _docs(self.old), _docs(self.new)
        for key in sorted(set(old) & set(new)):
            if old[key][0] != new[key][0]:
                self.add(COMPATIBLE, "doc", f"doc text of {key} changed", self.new, new[key][1])


def _zero(p: rules.SizePolicy) -> str | None:
    return p.zero_means.version if p.zero_means else None


def policy_changes(a: rules.SizePolicy | None, b: rules.SizePolicy | None) -> list[str]:
    """Every change of a size policy, each breaking: the one comparison of the syscall's policy
    and of an entry point's own (None: the entry point has none and follows the syscall's)."""
    if a is None or b is None:
        return [] if a is b else [f"of its own {'added' if a is None else 'removed'}"]
    out: list[str] = []

    def changed(key: str, was: object, now: object) -> None:
        out.append(f"{key} changed from {was!r} to {now!r}")

    old_steps = {s.NAME: s for s in a.steps}
    new_steps = {s.NAME: s for s in b.steps}
    old_order = [s.NAME for s in a.steps if not s.FLAG]
    new_order = [s.NAME for s in b.steps if not s.FLAG]
    if old_order != new_order:
        changed("checks", old_order, new_order)
    for flag in sorted({s.FLAG for s in (*a.steps, *b.steps) if s.FLAG}):
        had = {s.FLAG for s in a.steps}
        has = {s.FLAG for s in b.steps}
        if (flag in had) != (flag in has):
            changed(flag, flag in had, flag in has)
    for name, s in old_steps.items():
        t = new_steps.get(name)
        if t is None:
            continue
        if s.errno != t.errno:
            changed(f"{name}_errno", s.errno, t.errno)
        for key, number in s.params().items():
            other = t.params()[key]
            if (_written(number), _effective(number)) != (_written(other), _effective(other)):
                out.append(f"{key} changed from {number.text} to {other.text}")
    for key, was, now in (
        ("source", a.source, b.source),
        ("field", a.field, b.field),
        ("tail_errno", a.tail_errno, b.tail_errno),
        ("zero_means_ver0", a.zero_means_ver0, b.zero_means_ver0),
        ("write_back", a.write_back, b.write_back),
        ("zero_means", _zero(a), _zero(b)),
        ("report", a.report, b.report),
        ("ioctl", a.ioctl, b.ioctl),
        ("truncated_mask", a.truncated_mask, b.truncated_mask),
        ("permission", a.permission, b.permission),
    ):
        if was != now and not (key == "zero_means" and a.zero_means_ver0 != b.zero_means_ver0):
            changed(key, was, now)
    return out


def diff(old: Side, new: Side) -> list[Change]:
    """Every change from ``old`` to ``new``, breaking ones first, in file order."""
    changes = _Differ(old, new).run()
    return sorted(changes, key=lambda c: (c.verdict != BREAKING, c.file, c.line, c.col, c.message))


def verdict(changes: list[Change]) -> str:
    return BREAKING if any(c.verdict == BREAKING for c in changes) else COMPATIBLE


def as_text(changes: list[Change], old: str, new: str) -> str:
    lines = [f"{c.where}: {c.verdict}: {c.kind}: {c.message}" for c in changes]
    lines.append(
        f"clonegen diff {old} {new}: {len(changes)} changes, "
        f"{sum(c.verdict == BREAKING for c in changes)} breaking: {verdict(changes).upper()}"
    )
    return "\n".join(lines) + "\n"


def as_json(changes: list[Change], old: str, new: str) -> dict[str, Any]:
    return {
        "old": old,
        "new": new,
        "verdict": verdict(changes),
        "changes": [asdict(c) for c in changes],
    }
