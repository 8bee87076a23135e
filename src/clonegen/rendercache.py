"""What a spec rendered to, remembered by everything that decides it.

``generate`` and ``check`` of specs that did not change need not parse,
validate, model or render them again: the output is a function of the spec's
bytes, its two names (in messages and in banners), the release it is cut to
and the generator itself (its package sources, its templates, the Python and
the Jinja and YAML packages that run it). An entry is keyed by all of that
and holds the spec's name and its rendered files; anything else, a changed
byte of any of them, is a miss and the spec takes the whole pipeline.

Reading an entry imports neither the generator's model nor Jinja nor YAML,
so ``check`` of unchanged specs costs about the interpreter's start-up.
``CLONEGEN_CACHE_DIR=`` turns it off like every cache of clonegen's.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from clonegen.files import SpecFile
from clonegen.fmt import cache_dir

_FORMAT = 1  # of an entry's JSON


@cache
def fingerprint() -> str:
    """A digest of everything besides the spec that decides the rendered bytes."""
    here = Path(__file__).resolve().parent
    templates = here / "templates"  # where a wheel puts them (render.templates_dir)
    if not templates.is_dir():
        templates = here.parents[1] / "templates"  # a checkout
    digest = hashlib.sha256(f"{_FORMAT}\0{sys.version}\0".encode())
    for module in ("jinja2", "yaml"):  # their __init__ names their version
        found = find_spec(module)
        origin = found.origin if found is not None else None
        digest.update(module.encode() + b"\0" + (Path(origin).read_bytes() if origin else b"?"))
    for root, suffixes in ((here, (".py", ".json", ".c", ".j2")), (templates, (".j2",))):
        for path in sorted(root.rglob("*")):
            if path.suffix in suffixes and "__pycache__" not in path.parts:
                rel = f"{root.name}/{path.relative_to(root).as_posix()}"
                digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _entry(spec: SpecFile, release: str | None) -> Path | None:
    root = cache_dir()
    if root is None:
        return None
    key = hashlib.sha256(
        b"\0".join(
            (
                fingerprint().encode(),
                hashlib.sha256(spec.raw).hexdigest().encode(),
                spec.display_path.encode(),
                spec.banner.encode(),
                (release or "").encode(),
            )
        )
    ).hexdigest()
    return root / "rendered" / key[:2] / f"{key}.json"


def lookup(spec: SpecFile, release: str | None) -> tuple[str, dict[str, str]] | None:
    """The spec's name and rendered files, if this exact spec was rendered before."""
    entry = _entry(spec, release)
    if entry is None:
        return None
    try:
        data = json.loads(entry.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return None
    name, files = data.get("name"), data.get("files")
    if not isinstance(name, str) or not isinstance(files, dict):
        return None
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        return None
    return name, files


def store(spec: SpecFile, release: str | None, name: str, files: dict[str, str]) -> None:
    """Remember what the spec rendered to; a cache that cannot be written is no error."""
    entry = _entry(spec, release)
    if entry is None:
        return
    data = json.dumps({"format": _FORMAT, "name": name, "files": files}, sort_keys=True)
    tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(data, "utf-8")
        os.replace(tmp, entry)
    except OSError:
        tmp.unlink(missing_ok=True)
