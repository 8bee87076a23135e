"""Formatting of rendered text: the last stage before the atomic write.

C, Markdown and SVG are tidied (no trailing blanks, no runs of empty lines).
Python is written by its template in the form black (pinned in the project's
test dependencies) gives it, so generation runs no formatter: the test suite
checks that black leaves every generated module unchanged.
"""

from __future__ import annotations

import os
from pathlib import Path

LINE_LENGTH = 100  # black's line length for generated Python, as in pyproject.toml


def cache_dir() -> Path | None:
    """Where clonegen may keep caches: $CLONEGEN_CACHE_DIR, else the XDG cache."""
    if os.environ.get("CLONEGEN_CACHE_DIR") == "":
        return None
    base = os.environ.get("CLONEGEN_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "clonegen"
    )
    return Path(base)


def tidy(text: str) -> str:
    """No trailing blanks, no runs of empty lines, one final newline."""
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def format_python(text: str) -> str:
    """No trailing blanks, at most two empty lines in a row, one final newline."""
    out: list[str] = []
    empty = 0
    for line in (line.rstrip() for line in text.splitlines()):
        empty = empty + 1 if line == "" else 0
        if empty > 2 or (line == "" and not out):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
