"""Fixed code that generated artifacts embed verbatim.

Nothing here depends on a spec: what a spec decides reaches this code as the
tables and class attributes the generated module defines.  The files are
ordinary Python, linted and type-checked with clonegen itself, and included
in generated modules as they are (see :func:`source`).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def source(name: str) -> str:
    """The text of one runtime file from its marker on (what comes before explains the file)."""
    text = resources.files("clonegen.runtime").joinpath(name).read_text("utf-8")
    for marker in ("# --- embedded from here ---\n", "/* --- embedded from here --- */\n"):
        if marker in text:
            return text.split(marker, 1)[1]
    return text
