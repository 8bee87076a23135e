"""Formatting of rendered text: the one place black is called.

black is slow to import and to run, so its results are kept in a small
content-addressed cache (see ``cache_dir``): the same input and the same
black version always give the same bytes, with or without the cache.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from importlib import metadata
from pathlib import Path

LINE_LENGTH = 88


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


@lru_cache(maxsize=1)
def _black_version() -> str:
    return metadata.version("black")


def _black(text: str) -> str:
    import black

    mode = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=LINE_LENGTH)
    return black.format_str(text, mode=mode)


def format_python(text: str) -> str:
    """Format generated Python with the pinned black, 88 columns, py311."""
    root = cache_dir()
    key = hashlib.sha256(f"{_black_version()}\0{LINE_LENGTH}\0py311\0{text}".encode()).hexdigest()
    entry = root / "black" / key[:2] / key if root else None
    if entry is not None:
        try:
            return entry.read_text("utf-8")
        except OSError:
            pass
    formatted = _black(text)
    if entry is not None:
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            tmp = entry.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(formatted, "utf-8")
            os.replace(tmp, entry)
        except OSError:
            pass
    return formatted
