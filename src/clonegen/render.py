"""Stage 4: render the model through Jinja templates, one template per artifact."""

from __future__ import annotations

import itertools
import textwrap
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from clonegen import compiled
from clonegen.diagnostics import Diagnostic, SpecError
from clonegen.escape import FILTERS, c_comment
from clonegen.fmt import cache_dir, tidy
from clonegen.model import Spec
from clonegen.pyfmt import py_exploded
from clonegen.targets import TARGETS, Target


def templates_dir() -> Path:
    """Templates travel inside the wheel; in a checkout they live in templates/."""
    packaged = Path(str(resources.files("clonegen"))) / "templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "templates"


def wrap(text: str, width: int = 72, prefix: str = "", first: str | None = None) -> str:
    """Fill ``text`` to ``width`` columns; every line gets ``prefix``."""
    words = " ".join(str(text).split())
    head = prefix if first is None else first
    if words and len(head) + len(words) <= width:
        return head + words  # one line: what textwrap gives, without its work
    lines = textwrap.wrap(
        words,
        width=width,
        initial_indent=head,
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
    lines = textwrap.wrap(
        body, width=width - used - 3, break_long_words=False, break_on_hyphens=False
    )
    inner = "\n".join(f"{indent} * {line}" for line in lines)
    return f"{indent}/*\n{inner}\n{indent} */"


def c_indent(column: int) -> str:
    """Tabs, then spaces, up to ``column``: continuation lines in kernel style."""
    return "\t" * (column // 8) + " " * (column % 8)


def c_continue(pieces: tuple[str, ...], column: int) -> str:
    """Pieces of a C condition, each continuation line indented to ``column``."""
    return ("\n" + c_indent(column)).join(pieces)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Jinja's cache of templates it compiled, if caching is on."""
    cache = cache_dir()
    if cache is None:
        return None
    try:
        (cache / "jinja").mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(cache / "jinja"))


@cache
def environment(root: str | None = None) -> jinja2.Environment:
    """The one Jinja environment every artifact is rendered in."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(root or str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(FILTERS)
    env.filters.update(
        wrap=wrap,
        tab_column=tab_column,
        tab_to=tab_to,
        c_indent=c_indent,
        c_block_comment=c_block_comment,
        c_continue=c_continue,
        py_exploded=py_exploded,
    )
    # The package's templates come compiled ahead of time while that form is current;
    # anything else Jinja compiles, remembering it in its cache.
    ready = compiled.templates_loader(env, templates_dir()) if root is None else None
    if ready is not None:
        env.loader = ready
    else:
        env.bytecode_cache = _bytecode_cache()
    return env


def plan(spec: Spec, targets: tuple[Target, ...] = TARGETS) -> list[tuple[Target, Any, str]]:
    """Each target's view and output path; SpecError if two targets would share a path."""
    views: dict[object, Any] = {}
    planned: list[tuple[Target, Any, str]] = []
    owner: dict[str, str] = {}
    clashes: list[str] = []
    for target in targets:
        if target.view not in views:
            views[target.view] = target.view.of(spec)
        view = views[target.view]
        if view is None:
            continue  # the spec asks for no such output
        path = target.path(view)
        if path in owner:
            clashes.append(
                f"the {owner[path]} and the {target.name} would both be written to {path}"
            )
        owner.setdefault(path, target.name)
        planned.append((target, view, path))
    paths = sorted(owner)
    for a, b in itertools.pairwise(paths):
        if b.startswith(a + "/"):
            clashes.append(f"the {owner[b]} would be written inside {a}, the {owner[a]}'s file")
    if clashes:
        # The output paths come from the spec's uapi and kernel sections.
        line, col = spec.kernel.pos.line, spec.kernel.pos.col
        raise SpecError(
            [Diagnostic(spec.file, line, col, f"{c}; give each its own path") for c in clashes]
        )
    return planned


def render_spec(
    spec: Spec, targets: tuple[Target, ...] = TARGETS, root: str | None = None
) -> dict[str, str]:
    """Every artifact of one spec, keyed by its path below generated/<name>/."""
    return render_planned(spec, plan(spec, targets), root)


def render_planned(
    spec: Spec, planned: list[tuple[Target, Any, str]], root: str | None = None
) -> dict[str, str]:
    """The artifacts of a plan made by :func:`plan` (views already computed)."""
    env = environment(root)
    out: dict[str, str] = {}
    for target, view, path in planned:
        text = env.get_template(target.template).render(spec=spec, view=view)
        out[f"{spec.name}/{path}"] = target.formatter(text)
    return out


def render_diff(
    before: Spec, spec: Spec, changes: list[object], verdict: str, old: str, new: str
) -> str:
    """The Markdown review page of a spec change: ``before`` is the old model, ``spec`` the new."""
    from clonegen.views.docs import DiffView

    text = (
        environment()
        .get_template("diff.md.j2")
        .render(
            spec=spec,
            view=DiffView.of(before, spec),
            changes=changes,
            breaking=sum(getattr(c, "verdict", None) == "breaking" for c in changes),
            verdict=verdict,
            old=old,
            new=new,
        )
    )
    return tidy(text)


__all__ = ["environment", "plan", "render_diff", "render_planned", "render_spec"]
