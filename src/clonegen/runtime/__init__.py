"""Fixed code that generated artifacts embed verbatim.

Nothing here depends on a spec: what a spec decides reaches this code as the
tables and class attributes the generated module defines.  The files are
ordinary Python, linted and type-checked with clonegen itself, and included
in generated modules as they are (see :func:`source`).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# The fork-like C runtime (libc_spawn.c, libc_run.c) names a flag of the spec as
# CLONEGEN_F(CLONE_...) and a field as args.<field>; CLONEGEN_F(SPAWN_...) are the
# libc header's own names.
_SPAWN_FLAG = re.compile(r"CLONEGEN_F\((CLONE_[A-Z0-9_]+)\)")
_SPAWN_FIELD = re.compile(r"\bargs\.([a-z_][a-z0-9_]*)")
SPAWN_SOURCES = ("libc_run.c", "libc_spawn.c")
SPAWN_FLAGS_FIELD = "flags"  # the field the runtime ORs its flags into (args.flags)


@cache
def source(name: str) -> str:
    """The text of one runtime file from its marker on (what comes before explains the file)."""
    text = resources.files("clonegen.runtime").joinpath(name).read_text("utf-8")
    for marker in ("# --- embedded from here ---\n", "/* --- embedded from here --- */\n"):
        if marker in text:
            return text.split(marker, 1)[1]
    return text


@cache
def spawn_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The spec's flags and fields the fork-like C runtime uses, read from its source: what
    a fork-like spec must define (sorted, each once)."""
    text = "".join(source(name) for name in SPAWN_SOURCES)
    flags = tuple(sorted(set(_SPAWN_FLAG.findall(text))))
    fields = tuple(sorted(set(_SPAWN_FIELD.findall(text))))
    return flags, fields
