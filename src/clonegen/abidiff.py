"""Classify the differences between two revisions of a spec.

A change is *compatible* when every binary built against the old spec keeps
working and sees the same answers: a field appended in a new version, a new
version, flag, constant or check, a doc text. It is *breaking* when an old
binary could now be read differently or refused with another errno: a field
removed, renamed, moved, resized or retyped, a published version changed, a
flag's value changed or removed, the size policy changed.
"""

from __future__ import annotations

import subprocess
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from clonegen.diagnostics import Diagnostic, SpecError
from clonegen.loader import JsonPath, LoadedSpec, load, load_text
from clonegen.model import Spec
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

    def at(self, path: JsonPath) -> tuple[str, int, int]:
        line, col = self.loaded.where(path)
        return self.loaded.display_path, line, col


def load_side(ref: str) -> Side:
    """A spec path, or ``REV:path`` read from git in the working directory."""
    path = Path(ref)
    if ":" in ref and not path.exists():
        rev, _, name = ref.partition(":")
        proc = subprocess.run(["git", "show", f"{rev}:{name}"], capture_output=True)
        if proc.returncode != 0:
            message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise SpecError([Diagnostic(ref, 1, 1, f"cannot read from git: {message[-1] if message else 'failed'}")])
        loaded = load_text(proc.stdout, ref)
    else:
        loaded = replace(load(path), display_path=ref)
    validated(loaded)
    return Side(loaded, model_from(loaded))


def _index(items: list[dict[str, Any]], key: str = "name") -> dict[str, tuple[int, dict[str, Any]]]:
    return {item[key]: (i, item) for i, item in enumerate(items)}


class _Differ:
    def __init__(self, old: Side, new: Side):
        self.old, self.new = old, new
        self.o: dict[str, Any] = old.loaded.data
        self.n: dict[str, Any] = new.loaded.data
        self.changes: list[Change] = []

    def add(self, verdict: str, kind: str, message: str, side: Side, path: JsonPath) -> None:
        self.changes.append(Change(verdict, kind, message, *side.at(path)))

    def run(self) -> list[Change]:
        self.identity()
        self.size_policy()
        self.versions()
        self.fields()
        self.flags()
        self.constants()
        self.checks()
        self.entry_points()
        self.docs()
        return self.changes

    def identity(self) -> None:
        for section, key, what in (
            ("uapi", "struct", "uapi struct name"),
            ("uapi", "macro_prefix", "macro prefix"),
            ("uapi", "layout", "layout style"),
            ("syscall", "name", "system call name"),
        ):
            a, b = self.o[section].get(key), self.n[section].get(key)
            if a != b:
                self.add(BREAKING, "renamed", f"{what} changed from {a!r} to {b!r}", self.new, (section, key))
        old_nr, new_nr = self.o["syscall"]["numbers"], self.n["syscall"]["numbers"]
        for arch, nr in old_nr.items():
            if new_nr.get(arch) != nr:
                self.add(BREAKING, "syscall number", f"number on {arch} changed from {nr} to {new_nr.get(arch)}",
                         self.new, ("syscall", "numbers"))
        for arch in sorted(set(new_nr) - set(old_nr)):
            self.add(COMPATIBLE, "syscall number", f"number on {arch} added", self.new, ("syscall", "numbers", arch))
        old_prefix = (self.o.get("libc") or {}).get("prefix")
        new_prefix = (self.n.get("libc") or {}).get("prefix")
        if old_prefix and old_prefix != new_prefix:
            self.add(BREAKING, "renamed", f"libc prefix changed from {old_prefix!r} to {new_prefix!r}", self.new, ("libc",))
        for key in ("struct", "copy_function", "valid_function", "common_function"):
            if self.o["kernel"][key] != self.n["kernel"][key]:
                self.add(COMPATIBLE, "kernel-internal", f"kernel {key} renamed to {self.n['kernel'][key]!r}",
                         self.new, ("kernel", key))
        old_m = {m["name"]: m for m in self.o["kernel"].get("members", [])}
        new_m = _index(self.n["kernel"].get("members", []))
        for name, (i, m) in new_m.items():
            if name not in old_m or old_m[name] != m:
                self.add(COMPATIBLE, "kernel-internal", f"kernel-only member {name!r} added or changed", self.new,
                         ("kernel", "members", i))
        for name in sorted(set(old_m) - set(new_m)):
            self.add(COMPATIBLE, "kernel-internal", f"kernel-only member {name!r} removed", self.new, ("kernel",))

    def size_policy(self) -> None:
        a, b = self.o["syscall"]["size"], self.n["syscall"]["size"]
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                self.add(BREAKING, "size policy", f"size policy {key} changed from {a.get(key)!r} to {b.get(key)!r}",
                         self.new, ("syscall", "size", key) if key in b else ("syscall", "size"))

    def versions(self) -> None:
        old, new = self.o["versions"], self.n["versions"]
        for i, v in enumerate(old):
            if i >= len(new):
                self.add(BREAKING, "version removed", f"published version {v['name']} ({v['size']} bytes) removed",
                         self.old, ("versions", i))
                continue
            w = new[i]
            if w["name"] != v["name"]:
                self.add(BREAKING, "version renamed", f"published version {v['name']} renamed to {w['name']}",
                         self.new, ("versions", i, "name"))
            if w["size"] != v["size"]:
                self.add(BREAKING, "version resized",
                         f"published version {v['name']} changed size from {v['size']} to {w['size']}",
                         self.new, ("versions", i, "size"))
            if w["since"] != v["since"]:
                self.add(COMPATIBLE, "release", f"{v['name']} now says Linux {w['since']} (was {v['since']})",
                         self.new, ("versions", i, "since"))
        for i in range(len(old), len(new)):
            w = new[i]
            self.add(COMPATIBLE, "new version", f"new version {w['name']} of {w['size']} bytes (Linux {w['since']})",
                     self.new, ("versions", i))

    def fields(self) -> None:
        old = {f.name: f for f in self.old.model.fields}
        new = {f.name: f for f in self.new.model.fields}
        new_idx = _index(self.n["fields"])
        old_idx = _index(self.o["fields"])
        old_latest = self.old.model.latest.size
        renamed: set[str] = set()
        for name, f in old.items():
            if name in new:
                continue
            twin = next((g for g in new.values() if g.name not in old and g.offset == f.offset
                         and g.uapi_type == f.uapi_type), None)
            if twin is not None:
                renamed.add(twin.name)
                self.add(BREAKING, "field renamed", f"field {name!r} renamed to {twin.name!r}", self.new,
                         ("fields", new_idx[twin.name][0], "name"))
            else:
                self.add(BREAKING, "field removed", f"field {name!r} at offset {f.offset} removed", self.old,
                         ("fields", old_idx[name][0]))
        for name, g in new.items():
            i = new_idx[name][0]
            if name in renamed:
                continue
            f = old.get(name)
            if f is None:
                if g.offset >= old_latest and g.version.name not in {v.name for v in self.old.model.versions}:
                    self.add(COMPATIBLE, "field appended",
                             f"field {name!r} appended at offset {g.offset} in new version {g.version.name}",
                             self.new, ("fields", i))
                else:
                    self.add(BREAKING, "field inserted",
                             f"field {name!r} inserted at offset {g.offset} into published version {g.version.name}",
                             self.new, ("fields", i))
                continue
            if g.offset != f.offset:
                self.add(BREAKING, "field moved", f"field {name!r} moved from offset {f.offset} to {g.offset}",
                         self.new, ("fields", i))
            if g.size != f.size or g.uapi_type != f.uapi_type:
                self.add(BREAKING, "field resized",
                         f"field {name!r} changed from {f.uapi_type} ({f.size} bytes) to {g.uapi_type} ({g.size} bytes)",
                         self.new, ("fields", i))
            if (g.role, g.pointee, g.element, g.count) != (f.role, f.pointee, f.element, f.count):
                self.add(BREAKING, "field retyped", f"field {name!r} changed from {f.role_text} to {g.role_text}"
                         + (f" of {g.pointee or g.element}" if g.pointee or g.element else ""),
                         self.new, ("fields", i, "role"))
            elif g.kernel_type != f.kernel_type:
                self.add(COMPATIBLE, "kernel-internal",
                         f"field {name!r} kernel type changed from {f.kernel_type} to {g.kernel_type}",
                         self.new, ("fields", i, "kernel_type"))
            if g.version.name != f.version.name:
                self.add(BREAKING, "field version", f"field {name!r} moved from {f.version.name} to {g.version.name}",
                         self.new, ("fields", i, "version"))

    def flags(self) -> None:
        old = _index(self.o.get("flags", []))
        new = _index(self.n.get("flags", []))
        for name, (i, fl) in old.items():
            if name not in new:
                self.add(BREAKING, "flag removed", f"flag {name} ({fl['value']:#x}) removed", self.old, ("flags", i))
                continue
            j, gl = new[name]
            if gl["value"] != fl["value"]:
                self.add(BREAKING, "flag value", f"flag {name} changed from {fl['value']:#x} to {gl['value']:#x}",
                         self.new, ("flags", j, "value"))
            if gl["field"] != fl["field"]:
                self.add(BREAKING, "flag field", f"flag {name} moved from {fl['field']} to {gl['field']}",
                         self.new, ("flags", j, "field"))
            lost = sorted(set(fl["entry_points"]) - set(gl["entry_points"]))
            if lost:
                self.add(BREAKING, "flag entry points", f"flag {name} no longer accepted by {', '.join(lost)}",
                         self.new, ("flags", j, "entry_points"))
            gained = sorted(set(gl["entry_points"]) - set(fl["entry_points"]))
            if gained:
                self.add(COMPATIBLE, "flag entry points", f"flag {name} now accepted by {', '.join(gained)}",
                         self.new, ("flags", j, "entry_points"))
            if gl["since"] != fl["since"]:
                self.add(COMPATIBLE, "release", f"flag {name} now says Linux {gl['since']}", self.new,
                         ("flags", j, "since"))
        for name, (j, gl) in new.items():
            if name not in old:
                self.add(COMPATIBLE, "new flag", f"new flag {name} = {gl['value']:#x} (Linux {gl['since']})",
                         self.new, ("flags", j))

    def constants(self) -> None:
        old = _index(self.o.get("constants", []))
        new = _index(self.n.get("constants", []))
        for name, (i, c) in old.items():
            if name not in new:
                self.add(BREAKING, "constant removed", f"constant {name} removed", self.old, ("constants", i))
            elif new[name][1]["value"] != c["value"]:
                self.add(BREAKING, "constant value",
                         f"constant {name} changed from {c['value']:#x} to {new[name][1]['value']:#x}",
                         self.new, ("constants", new[name][0], "value"))
        for name, (j, c) in new.items():
            if name not in old:
                self.add(COMPATIBLE, "new constant", f"new constant {name} = {c['value']:#x}", self.new, ("constants", j))

    @staticmethod
    def _check_key(c: dict[str, Any]) -> tuple[Any, ...]:
        when = c.get("when") or {}
        return (c["field"], c["rule"], c["phase"], c.get("other"), tuple(c.get("names", ())),
                when.get("field"), tuple(when.get("any_set", ())), tuple(when.get("none_set", ())))

    def checks(self) -> None:
        old = [(self._check_key(c), i, c) for i, c in enumerate(self.o.get("checks", []))]
        new = [(self._check_key(c), j, c) for j, c in enumerate(self.n.get("checks", []))]
        new_keys = {k: (j, c) for k, j, c in new}
        old_keys = {k for k, _, _ in old}
        matched_order: list[int] = []
        for key, i, c in old:
            if key not in new_keys:
                self.add(COMPATIBLE, "check removed",
                         f"check {c['rule']} on {c['field']} removed: the kernel accepts more than before",
                         self.old, ("checks", i))
                continue
            j, d = new_keys[key]
            matched_order.append(j)
            for attr in ("errno", "limit", "allowed", "version", "entry_point", "to_top"):
                if c.get(attr) != d.get(attr):
                    self.add(BREAKING, "check changed",
                             f"check {c['rule']} on {c['field']}: {attr} changed from {c.get(attr)!r} to {d.get(attr)!r}",
                             self.new, ("checks", j, attr) if attr in d else ("checks", j))
        if matched_order != sorted(matched_order):
            self.add(BREAKING, "check order", "checks now run in another order, so another errno may win",
                     self.new, ("checks",))
        for key, j, d in new:
            if key not in old_keys:
                self.add(COMPATIBLE, "new check", f"new {d['phase']}-phase check {d['rule']} on {d['field']} ({d['errno']})",
                         self.new, ("checks", j))

    def entry_points(self) -> None:
        old = _index(self.o.get("entry_points", []))
        new = _index(self.n.get("entry_points", []))
        for name, (i, e) in old.items():
            if name not in new:
                self.add(BREAKING, "entry point removed", f"entry point {name} removed", self.old, ("entry_points", i))
                continue
            j, f = new[name]
            for key in ("kind", "arguments", "orders", "sets"):
                if e.get(key) != f.get(key):
                    self.add(BREAKING, "entry point changed", f"entry point {name}: {key} changed", self.new,
                             ("entry_points", j, key) if key in f else ("entry_points", j))
        for name, (j, _) in new.items():
            if name not in old:
                self.add(COMPATIBLE, "new entry point", f"new entry point {name}", self.new, ("entry_points", j))

    def docs(self) -> None:
        def docs_of(data: dict[str, Any]) -> dict[str, tuple[str, JsonPath]]:
            """Every doc text, keyed by a path of names (stable across inserts)."""
            found: dict[str, tuple[str, JsonPath]] = {}

            def walk(node: Any, label: str, path: JsonPath) -> None:
                if isinstance(node, dict):
                    for k, v in node.items():
                        if k == "doc" and isinstance(v, str):
                            found[label or "spec"] = (v, path + (k,))
                        else:
                            walk(v, f"{label}/{k}" if label else k, path + (k,))
                elif isinstance(node, list):
                    for i, v in enumerate(node):
                        name = v.get("name", v.get("field", i)) if isinstance(v, dict) else i
                        walk(v, f"{label}/{name}", path + (i,))

            walk(data, "", ())
            return found

        old, new = docs_of(self.o), docs_of(self.n)
        for key in sorted(set(old) & set(new)):
            if old[key][0] != new[key][0]:
                self.add(COMPATIBLE, "doc", f"doc text of {key} changed", self.new, new[key][1])


def diff(old: Side, new: Side) -> list[Change]:
    """Every change from ``old`` to ``new``, breaking ones first, in file order."""
    changes = _Differ(old, new).run()
    return sorted(changes, key=lambda c: (c.verdict != BREAKING, c.file, c.line, c.col, c.message))


def verdict(changes: list[Change]) -> str:
    return BREAKING if any(c.verdict == BREAKING for c in changes) else COMPATIBLE


def as_text(changes: list[Change], old: str, new: str) -> str:
    lines = [f"{c.where}: {c.verdict}: {c.kind}: {c.message}" for c in changes]
    lines.append(f"clonegen diff {old} {new}: {len(changes)} changes, "
                 f"{sum(c.verdict == BREAKING for c in changes)} breaking: {verdict(changes).upper()}")
    return "\n".join(lines) + "\n"


def as_json(changes: list[Change], old: str, new: str) -> dict[str, Any]:
    return {"old": old, "new": new, "verdict": verdict(changes), "changes": [asdict(c) for c in changes]}
