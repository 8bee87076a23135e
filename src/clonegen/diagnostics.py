"""Positioned error messages, the only way clonegen reports bad input."""

from __future__ import annotations

from dataclasses import dataclass


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
