"""Per-target views of the language-neutral model.

A view is computed from a :class:`clonegen.model.Spec` and adds what one
target language needs: its names, its spelling of each rule, its grouping.
Templates read ``spec`` (the model) and ``view``; they iterate and never
decide.  A view also declares the names its target reserves, so the validator
can refuse a spec that would not compile there without importing the model.

View modules import the model for types only: ``clonegen.validate`` imports
this package (through :mod:`clonegen.targets`) and must not load the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from clonegen.defaults import direction


@dataclass(frozen=True)
class Reserved:
    """Names a target cannot give to something of the spec.

    ``scope`` says which names of the spec are meant: ``identifier`` (every
    name), ``field``, ``array_field``, ``flag``, ``constant``,
    ``struct_argument`` (arguments of the struct entry point), ``function``
    (the kernel functions), ``syscall`` (the system call and every struct
    entry point: a function of each binding), ``struct`` (``uapi.struct``: a
    type of each binding) or ``spec`` (the spec's ``name``: the file, module
    and package names of every output).  ``{NAME}`` in ``pattern`` stands for
    the spec's name in capitals (a libc header's guard is ``<PREFIX><NAME>_H``).
    """

    target: str
    scope: str
    reason: str  # completes "<kind> 'x' ..."
    names: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    pattern: str | None = None  # a regular expression a whole name must not match
    system: bool = (
        False  # a name of the system's headers: a constant that comes from one may use it
    )

    def hits(self, name: str, spec_name: str) -> bool:
        if name in self.names or any(name.startswith(p) for p in self.prefixes):
            return True
        if self.pattern is None:
            return False
        pattern = self.pattern.replace("{NAME}", re.escape(spec_name.upper()))
        return re.fullmatch(pattern, name) is not None


@dataclass(frozen=True)
class FlagItem:
    """One flag as a typed target (Rust, Go) spells it: its name, value and comment."""

    name: str
    value: str
    doc: str


@dataclass(frozen=True)
class FlagType:
    """The flags of one flags field, as the typed target's flag type."""

    name: str
    field: str
    flags: tuple[FlagItem, ...]


@dataclass(frozen=True)
class CheckLine:
    """One check of a verdict in a target language: errno, its requirement, the failing test."""

    errno: str
    requirement: str
    test: str


@dataclass(frozen=True)
class Requirement:
    """A name a target needs the spec to have (when ``when`` holds)."""

    target: str
    kind: str  # flag or field
    name: str
    when: str  # a path in the spec data that must be present, such as libc.forklike
    reason: str


# The size semantics beyond clone3's shape, each with where a spec says it and in words.
# A view that cannot render one yet refuses it through ``problems()`` (see ``unsupported``).
SEMANTICS = (
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
    "min_end",
)


def _semantics(data: dict[str, Any]) -> list[tuple[str, tuple[str | int, ...], str]]:
    """Which of SEMANTICS a schema-valid spec uses: (semantic, path, words)."""
    found: list[tuple[str, tuple[str | int, ...], str]] = []
    size = data["syscall"]["size"]
    policies: list[tuple[tuple[str | int, ...], dict[str, Any]]] = [(("syscall", "size"), size)]
    policies += [
        (("entry_points", i, "size"), e["size"])
        for i, e in enumerate(data.get("entry_points", []))
        if "size" in e
    ]
    for path, p in policies:
        if p["source"] == "field":
            found.append(("size_field", path + ("source",), "a size read from a struct field"))
        if p["source"] == "ioctl":
            found.append(("size_ioctl", path + ("source",), "a size encoded in an ioctl number"))
        for key, semantic, words in (
            ("zero_means", "zero_means", "a size of zero standing for a version"),
            ("zero_means_ver0", "zero_means", "a size of zero standing for a version"),
            ("write_back", "write_back", "writing the kernel's size back on a size error"),
            ("report", "report", "reporting the size in the struct the kernel writes"),
            ("min_end", "min_end", "a smallest size at the end of a field inside VER0"),
        ):
            if p.get(key):
                found.append((semantic, path + (key,), words))
    if direction(data["syscall"]) != "in":
        found.append(("output", ("syscall", "direction"), "a struct the kernel writes"))
    for i, f in enumerate(data["fields"]):
        if f.get("request"):
            found.append(("request_fields", ("fields", i, "request"), "a request field"))
    for i, fl in enumerate(data.get("flags", [])):
        if "fills" in fl:
            found.append(
                ("mask_bits", ("flags", i, "fills"), "a mask bit naming the fields it covers")
            )
    for i, _ in enumerate(data.get("clamps", [])):
        found.append(("clamps", ("clamps", i), "a clamped field"))
    structs = 0
    for i, e in enumerate(data.get("entry_points", [])):
        if e["kind"] == "struct":
            structs += 1
            if structs > 1:
                found.append(("struct_entries", ("entry_points", i), "a second struct entry point"))
        if e.get("direction") not in (None, "in"):  # its own; the syscall's is found above
            found.append(("output", ("entry_points", i, "direction"), "a struct the kernel writes"))
        for key, semantic, words in (
            ("trailing_arguments", "trailing_arguments", "arguments after the struct"),
            ("before_copy", "before_copy", "checks before the copy"),
            ("null_errno", "null_struct", "a rule for a NULL struct pointer"),
        ):
            if key in e:
                found.append((semantic, ("entry_points", i, key), words))
    return found


def unsupported(
    data: dict[str, Any], target: str, supported: frozenset[str]
) -> list[tuple[tuple[str | int, ...], str]]:
    """Refusals, with their paths, of every semantic the spec uses and ``target`` cannot render."""
    return [
        (path, f"the {target} cannot render {words} yet")
        for semantic, path, words in _semantics(data)
        if semantic not in supported
    ]
