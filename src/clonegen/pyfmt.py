"""Python source as black writes it, shared by the renderer and the views."""

from __future__ import annotations

import textwrap


def py_exploded(items: object, opener: str = "(", closer: str = ")") -> str:
    """A Python collection of already-written ``items`` as black writes it.

    Empty: ``()``; a one-item tuple: ``(x,)``; else one item a line, each
    indented four spaces, with the magic trailing comma that keeps it so.
    """
    entries = [str(i) for i in items]  # type: ignore[attr-defined]
    if not entries:
        return opener + closer
    if len(entries) == 1 and opener == "(" and "\n" not in entries[0]:
        return f"({entries[0]},)"
    body = "".join(textwrap.indent(e, "    ") + ",\n" for e in entries)
    return f"{opener}\n{body}{closer}"
