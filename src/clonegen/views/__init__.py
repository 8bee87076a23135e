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


@dataclass(frozen=True)
class Reserved:
    """Names a target cannot give to something of the spec.

    ``scope`` says which names of the spec are meant: ``identifier`` (every
    name), ``field``, ``array_field``, ``flag``, ``constant`` or
    ``struct_argument`` (arguments of the struct entry point).
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

    def hits(self, name: str) -> bool:
        if name in self.names or any(name.startswith(p) for p in self.prefixes):
            return True
        return self.pattern is not None and re.fullmatch(self.pattern, name) is not None


@dataclass(frozen=True)
class Requirement:
    """A name a target needs the spec to have (when ``when`` holds)."""

    target: str
    kind: str  # flag or field
    name: str
    when: str  # a path in the spec data that must be present, such as libc.forklike
    reason: str
