"""Formatting of rendered text: the one place black is called."""

from __future__ import annotations

import black


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
    """Format generated Python with the pinned black, 88 columns, py311."""
    mode = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=88)
    return black.format_str(text, mode=mode)
