"""Positioned error messages, the only way clonegen reports bad input."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Pos:
    """Where a node of the model was written in its spec: line, column and the path of keys
    and indexes that leads to it (for messages; two positions are equal by line and column)."""

    line: int
    col: int
    path: tuple[str | int, ...] = field(default=(), compare=False, repr=False)


def did_you_mean(name: str, choices: Any) -> str:
    """``; did you mean 'x'?`` for the closest of ``choices`` to ``name``, or nothing."""
    close = difflib.get_close_matches(name, [str(c) for c in choices], n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def either(values: list[str]) -> str:
    """``a``, ``a or b``, ``a, b or c``: the choices a message offers."""
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " or " + values[-1]


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One error, rendered as ``file:line:col: error: message``."""

    file: str
    line: int
    col: int
    message: str
    path: str = ""

    def __str__(self) -> str:
        where = f" [at {self.path}]" if self.path else ""
        return f"{self.file}:{self.line}:{self.col}: error: {self.message}{where}"


class SpecError(Exception):
    """Raised with every diagnostic of a stage at once."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = sorted(set(diagnostics))
        super().__init__("\n".join(str(d) for d in self.diagnostics))


class NotInRelease(SpecError):
    """The kernel release asked for (``--kernel``, a tree's Makefile) predates the spec's first
    version: the interface does not exist there. A run over several specs leaves the spec out
    and says so; a command on this one spec refuses."""
