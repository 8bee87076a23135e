"""The schema's check and the templates, compiled when the package is built.

A run with no caches would otherwise compile both every time: fastjsonschema
turning the schema into Python and Python compiling that (about 0.2 s), Jinja
parsing and generating the templates (about 0.3 s). ``python3 -m
clonegen.precompile`` writes their compiled forms here, each with a digest of
what it was compiled from (``digests.json``): the schema's bytes; the
templates' bytes, Jinja's version and the environment's syntax settings. A
compiled form whose digest does not match is never used (the source is
compiled at run time instead, as without it), so an edited template or schema
renders exactly as before, only slower until the forms are written again;
``tests/test_precompiled.py`` fails while one is stale.

The forms are plain modules of the package (``fast_schema.py``,
``templates/tmpl_*.py``), imported like its other modules.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
DIGESTS = HERE / "digests.json"


def schema_digest(schema: bytes) -> str:
    """What the compiled check depends on: the schema's bytes."""
    return hashlib.sha256(b"schema\0" + schema).hexdigest()


def syntax(env: jinja2.Environment) -> tuple[object, ...]:
    """The environment's settings that Jinja compiles into a template's code."""
    return (
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        repr(env.autoescape),
        repr(env.finalize),
        sorted(env.extensions),
    )


def templates_digest(env: jinja2.Environment, sources: Iterable[tuple[str, bytes]]) -> str:
    """What the compiled templates depend on: Jinja, the syntax, every template's name and bytes."""
    import jinja2

    digest = hashlib.sha256(f"jinja2 {jinja2.__version__}\0{syntax(env)!r}\0".encode())
    for name, data in sorted(sources):
        digest.update(name.encode() + b"\0" + data + b"\0")
    return digest.hexdigest()


def template_sources(root: Path) -> list[tuple[str, bytes]]:
    """Every template below ``root``: its name as the loader knows it, and its bytes."""
    return sorted(
        (path.relative_to(root).as_posix(), path.read_bytes()) for path in root.rglob("*.j2")
    )


@cache
def recorded() -> dict[str, str]:
    """The digests the compiled forms were written with (none where they are missing)."""
    try:
        data = json.loads(DIGESTS.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def schema_check(schema: bytes) -> Callable[[Any], Any] | None:
    """The compiled check of ``schema`` if it is current, else None."""
    if recorded().get("schema") != schema_digest(schema):
        return None
    compiled = importlib.import_module("clonegen.compiled.fast_schema")
    check: Callable[[Any], Any] = compiled.check
    return check


def templates_loader(env: jinja2.Environment, root: Path) -> jinja2.BaseLoader | None:
    """A loader of the compiled templates if they are current for ``root``, else None."""
    if recorded().get("templates") != templates_digest(env, template_sources(root)):
        return None
    import jinja2

    return jinja2.ModuleLoader(str(TEMPLATES))
