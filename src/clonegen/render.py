"""Stage 4: render the model through Jinja templates, one template per artifact."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable

import jinja2

from clonegen.fmt import cache_dir, format_python, tidy
from clonegen.model import Spec


def templates_dir() -> Path:
    """Templates travel inside the wheel; in a checkout they live in templates/."""
    packaged = Path(str(resources.files("clonegen"))) / "templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "templates"


def c_comment(text: str) -> str:
    """Text safe inside a C block comment: no terminator, no control bytes."""
    cleaned = "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in str(text))
    return cleaned.replace("*/", "* /").replace("/*", "/ *")


def c_string(text: str) -> str:
    """The inside of a C string literal."""
    out = []
    for ch in str(text):
        if ch in '\\"':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif not ch.isprintable() or ord(ch) > 126:
            out.extend(f"\\{b:03o}" for b in ch.encode("utf-8"))
        else:
            out.append(ch)
    return "".join(out)


def py_literal(value: object) -> str:
    """A Python literal (repr of str, int, bool, None, tuples of them)."""
    if isinstance(value, (str, int, bool, type(None), tuple)):
        return repr(value)
    raise TypeError(f"no Python literal for {type(value).__name__}")


def md_cell(text: str) -> str:
    """Text for a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def wrap(text: str, width: int = 72, prefix: str = "", first: str | None = None) -> str:
    """Fill ``text`` to ``width`` columns; every line gets ``prefix``."""
    lines = textwrap.wrap(
        " ".join(str(text).split()),
        width=width,
        initial_indent=prefix if first is None else first,
        subsequent_indent=prefix,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(lines)


def tab_column(items: object, prefix: str = "") -> int:
    """The tab stop after the longest ``prefix + item`` (kernel-style alignment)."""
    longest = max((len(prefix + str(i)) for i in items), default=0)  # type: ignore[attr-defined]
    return (longest // 8 + 1) * 8


def tab_to(text: str, column: int) -> str:
    """``text`` followed by tabs up to ``column`` (at least one tab)."""
    tabs = max(1, (column - len(text) + 7) // 8)
    return str(text) + "\t" * tabs


def c_block_comment(text: str, indent: str = "", width: int = 80) -> str:
    """A C comment in kernel style: one line if it fits, else a block."""
    used = len(indent.expandtabs(8))
    body = c_comment(" ".join(str(text).split()))
    if used + len(body) + 6 <= width:
        return f"{indent}/* {body} */"
    lines = textwrap.wrap(body, width=width - used - 3, break_long_words=False, break_on_hyphens=False)
    inner = "\n".join(f"{indent} * {line}" for line in lines)
    return f"{indent}/*\n{inner}\n{indent} */"


def c_indent(column: int) -> str:
    """Tabs, then spaces, up to ``column``: continuation lines in kernel style."""
    return "\t" * (column // 8) + " " * (column % 8)


@lru_cache(maxsize=None)
def environment(root: str | None = None) -> jinja2.Environment:
    """The one Jinja environment every artifact is rendered in."""
    cache = cache_dir()
    bytecode = None
    if cache is not None:
        try:
            (cache / "jinja").mkdir(parents=True, exist_ok=True)
            bytecode = jinja2.FileSystemBytecodeCache(str(cache / "jinja"))
        except OSError:
            bytecode = None
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(root or str(templates_dir())),
        bytecode_cache=bytecode,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(
        c_comment=c_comment,
        c_string=c_string,
        py_literal=py_literal,
        md_cell=md_cell,
        wrap=wrap,
        tab_column=tab_column,
        tab_to=tab_to,
        c_indent=c_indent,
        c_block_comment=c_block_comment,
    )
    return env


@dataclass(frozen=True)
class Artifact:
    """One output file: its template, where it goes, how it is formatted."""

    template: str
    path: Callable[[Spec], str]
    formatter: Callable[[str], str]


ARTIFACTS: tuple[Artifact, ...] = (
    Artifact("uapi.h.j2", lambda s: s.uapi_header, tidy),
    Artifact("kernel.h.j2", lambda s: s.kernel_header, tidy),
    Artifact("kernel.c.j2", lambda s: s.kernel_source, tidy),
    Artifact("docs.md.j2", lambda s: f"docs/{s.name}.md", tidy),
    Artifact("layout.svg.j2", lambda s: f"docs/{s.name}.svg", tidy),
    Artifact("libc.h.j2", lambda s: s.libc.header if s.libc else "", tidy),
    Artifact("libc.c.j2", lambda s: s.libc.source if s.libc else "", tidy),
    Artifact("python.py.j2", lambda s: f"python/{s.py_module}.py", format_python),
)


def render_spec(spec: Spec, artifacts: tuple[Artifact, ...] = ARTIFACTS) -> dict[str, str]:
    """Every artifact of one spec, keyed by its path below generated/<name>/."""
    env = environment()
    out: dict[str, str] = {}
    for artifact in artifacts:
        if not artifact.path(spec):
            continue  # the spec does not ask for this artifact
        text = env.get_template(artifact.template).render(spec=spec)
        out[f"{spec.name}/{artifact.path(spec)}"] = artifact.formatter(text)
    return out


def render_diff(spec: Spec, changes: list[object], verdict: str, old: str, new: str) -> str:
    """The Markdown review page of a spec change."""
    text = environment().get_template("diff.md.j2").render(
        spec=spec, changes=changes, verdict=verdict, old=old, new=new
    )
    return tidy(text)


__all__ = ["ARTIFACTS", "Artifact", "environment", "render_diff", "render_spec"]
