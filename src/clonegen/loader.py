"""Stage 1: read a YAML spec into plain data plus the position of every node.

The loader is deliberately stricter than YAML 1.1: only ``true``/``false`` are
booleans (``yes``/``no``/``on``/``off`` stay strings), numbers with a leading
zero are refused instead of being read as octal or decimal, floats are not
recognised (``5.10`` stays the string it looks like), and duplicate keys,
aliases and explicit tags are errors.  Every problem is reported at once.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from clonegen.diagnostics import Diagnostic, SpecError
from clonegen.files import MAX_SPEC_BYTES as MAX_BYTES
from clonegen.files import read_spec

JsonPath = tuple[str | int, ...]

MAX_DEPTH = 32
MAX_NODES = 100_000
# No number in a spec is wider than 64 bits (20 decimal digits, or 64 binary
# ones after 0b); a longer literal is refused before Python converts it, as
# int() refuses more than 4300 decimal digits and the messages print values.
MAX_NUMBER_CHARS = 100

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_AMBIGUOUS = "tag:clonegen,2026:ambiguous-int"


class _Resolver(BaseResolver):
    """Implicit typing close to the YAML 1.2 core schema, without floats."""


_Resolver.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Resolver.add_implicit_resolver(_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
_Resolver.add_implicit_resolver(_AMBIGUOUS, re.compile(r"^[-+]?0[0-9_]+$"), list("-+0"))
_Resolver.add_implicit_resolver(
    _INT,
    re.compile(r"^(?:[-+]?(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+)$"),
    list("-+0123456789"),
)


class _ComposeLoader(Reader, Scanner, Parser, Composer, _Resolver):
    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        _Resolver.__init__(self)


if getattr(yaml, "__with_libyaml__", False):

    from yaml._yaml import CParser

    class _FastComposeLoader(CParser, _Resolver):
        """libyaml's parser with the same resolver: the same nodes, faster."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _Resolver.__init__(self)

    _LOADERS: tuple[type, ...] = (_FastComposeLoader, _ComposeLoader)
else:  # pragma: no cover - PyYAML without libyaml
    _LOADERS = (_ComposeLoader,)


@dataclass(frozen=True)
class LoadedSpec:
    """A spec's data, where each value came from, and its identity."""

    display_path: str  # the path as the user gave it: what messages name
    data: Any
    positions: dict[JsonPath, tuple[int, int]]
    key_positions: dict[JsonPath, tuple[int, int]]
    digest: str
    banner_path: str  # the name generated files carry: the same from any directory

    def where(self, path: JsonPath) -> tuple[int, int]:
        """Position of the deepest known node on ``path``."""
        path = tuple(path)
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def key_where(self, path: JsonPath) -> tuple[int, int]:
        """Position of the key that introduced ``path`` (or of the value)."""
        return self.key_positions.get(tuple(path)) or self.where(path)

    def error(self, path: JsonPath, message: str, *, at_key: bool = False) -> Diagnostic:
        line, col = self.key_where(path) if at_key else self.where(path)
        return Diagnostic(self.display_path, line, col, message, format_path(path))


def format_path(path: JsonPath) -> str:
    """``("fields", 2, "name")`` -> ``fields[2].name``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def banner_name(display: str) -> str:
    """The name a spec read from git (``REV:path``) has in generated files.

    ``spec/<file>`` for a spec in a directory named ``spec`` (the project's
    layout), else the file name alone; never a machine path.
    """
    pure = PurePosixPath(display.rpartition(":")[2] if ":" in display else display)
    return f"spec/{pure.name}" if pure.parent.name == "spec" else pure.name


@dataclass
class _Walker:
    file: str
    positions: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)
    errors: list[Diagnostic] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)

    def err(self, node: Node, message: str, path: JsonPath) -> None:
        mark = node.start_mark
        self.errors.append(
            Diagnostic(self.file, mark.line + 1, mark.column + 1, message, format_path(path))
        )

    def walk(self, node: Node, path: JsonPath, depth: int = 0) -> Any:
        self.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if id(node) in self.seen:
            self.err(node, "aliases are not supported; write the value out", path)
            return None
        self.seen.add(id(node))
        if len(self.seen) > MAX_NODES:
            self.err(node, f"spec has more than {MAX_NODES} nodes", path)
            raise _TooBig
        if depth > MAX_DEPTH:
            self.err(node, f"nesting deeper than {MAX_DEPTH} levels", path)
            return None
        if isinstance(node, ScalarNode):
            return self.scalar(node, path)
        if isinstance(node, SequenceNode):
            if node.tag != _SEQ:
                self.err(node, f"unsupported tag {node.tag!r}", path)
            return [self.walk(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, MappingNode)
        if node.tag != _MAP:
            self.err(node, f"unsupported tag {node.tag!r}", path)
        out: dict[str, Any] = {}
        first: dict[str, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.err(key_node, "mapping keys must be plain names", path)
                continue
            key = str(key_node.value)
            kpos = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in first:
                line, col = first[key]
                self.err(
                    key_node,
                    f"duplicate key {key!r} (first at line {line}, column {col})",
                    path + (key,),
                )
                continue
            first[key] = kpos
            self.key_positions[path + (key,)] = kpos
            out[key] = self.walk(value_node, path + (key,), depth + 1)
        return out

    def scalar(self, node: ScalarNode, path: JsonPath) -> Any:
        text = node.value
        if node.tag == _STR:
            return text
        if node.tag == _NULL:
            return None
        if node.tag == _BOOL:
            return text.lower() == "true"
        if node.tag == _INT:
            digits = text.replace("_", "")
            if len(digits) > MAX_NUMBER_CHARS:
                self.err(
                    node,
                    f"number is {len(digits)} characters long: every value of a spec fits "
                    "in 64 bits; write at most 20 decimal or 16 hex digits",
                    path,
                )
                return None
            try:
                return int(digits, 0)
            except ValueError:
                self.err(
                    node,
                    f"{text!r} is not a number: write digits after the 0x, 0o or 0b",
                    path,
                )
                return None
        if node.tag == _AMBIGUOUS:
            self.err(
                node,
                f"ambiguous number {text!r}: write 0o{text.lstrip('+-0') or '0'} for octal "
                f"or drop the leading zero for decimal",
                path,
            )
            return text
        self.err(node, f"unsupported tag {node.tag!r}", path)
        return text


class _TooBig(Exception):
    pass


def load_text(raw: bytes, display_path: str, banner: str | None = None) -> LoadedSpec:
    """Parse spec bytes; raise SpecError with every problem found.

    ``banner`` is the name generated files give the spec (default: derived
    from ``display_path`` by :func:`banner_name`)."""
    digest = hashlib.sha256(raw).hexdigest()
    if len(raw) > MAX_BYTES:
        raise SpecError([Diagnostic(display_path, 1, 1, f"spec is larger than {MAX_BYTES} bytes")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise SpecError([Diagnostic(display_path, line, col, "spec is not valid UTF-8")]) from None
    parsed, root = _fast_compose(text)
    if not parsed:
        root = _compose(text, display_path)
    if root is None:
        raise SpecError([Diagnostic(display_path, 1, 1, "spec is empty")])
    walker = _Walker(display_path)
    try:
        data = walker.walk(root, ())
    except (_TooBig, RecursionError):
        data = None
    if walker.errors:
        raise SpecError(walker.errors)
    return LoadedSpec(
        display_path,
        data,
        walker.positions,
        walker.key_positions,
        digest,
        banner if banner is not None else banner_name(display_path),
    )


def _fast_compose(text: str) -> tuple[bool, Node | None]:
    """libyaml's parse when it is there and the text is well-formed.

    On any error the pure-Python parser runs again, so every machine reports
    the same message, whether or not PyYAML was built with libyaml.
    """
    if len(_LOADERS) < 2:
        return False, None
    loader = _LOADERS[0](text)
    try:
        return True, loader.get_single_node()
    except (yaml.YAMLError, RecursionError):
        return False, None
    finally:
        loader.dispose()


def _compose(text: str, display_path: str) -> Node | None:
    loader = None
    try:
        loader = _ComposeLoader(text)
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "malformed YAML"
        raise SpecError([Diagnostic(display_path, line, col, f"YAML syntax: {problem}")]) from None
    except yaml.YAMLError as exc:
        line, col = _reader_position(exc, text)
        raise SpecError(
            [Diagnostic(display_path, line, col, f"YAML: {_first_line(exc)}")]
        ) from None
    except RecursionError:
        raise SpecError([Diagnostic(display_path, 1, 1, "nesting too deep to read")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    return root


def load(path: Path) -> LoadedSpec:
    """Read and parse a spec file: a regular file of at most MAX_BYTES."""
    spec = read_spec(path)
    return load_text(spec.raw, spec.display_path, spec.banner)


def _reader_position(exc: yaml.YAMLError, text: str) -> tuple[int, int]:
    pos = getattr(exc, "position", None)
    if not isinstance(pos, int):
        return 1, 1
    before = text[:pos]
    return before.count("\n") + 1, pos - (before.rfind("\n") + 1) + 1


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
