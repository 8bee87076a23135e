"""Stage 5: write rendered files atomically, or compare them with what is there."""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from pathlib import Path

MARK = "by clonegen"


def _is_generated_dir(path: Path) -> bool:
    files = [p for p in path.rglob("*") if p.is_file()]
    return bool(files) and all(MARK in p.read_text("utf-8", errors="replace") for p in files)


def write(out: Path, files: dict[str, dict[str, str]], prune: bool) -> list[str]:
    """Replace each spec's directory below ``out`` in one rename.

    Everything is staged first, so a failure leaves ``out`` as it was.  With
    ``prune``, directories of specs that no longer exist are removed.
    Returns the paths written, relative to ``out``.
    """
    out.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    try:
        for name in sorted(files):
            tmp = Path(tempfile.mkdtemp(prefix=f".{name}.new-", dir=out))
            staged.append((name, tmp))
            for rel, text in sorted(files[name].items()):
                target = tmp / Path(rel).relative_to(name)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(text.encode("utf-8"))
    except BaseException:
        for _, tmp in staged:
            shutil.rmtree(tmp, ignore_errors=True)
        raise
    for name, tmp in staged:
        target = out / name
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{name}.old-", dir=out))
            os.rename(target, old / name)
            os.rename(tmp, target)
            shutil.rmtree(old)
        else:
            os.rename(tmp, target)
    if prune:
        for entry in sorted(out.iterdir()):
            owned = entry.is_dir() and not entry.name.startswith(".") and entry.name not in files
            if owned and _is_generated_dir(entry):
                shutil.rmtree(entry)
    return sorted(rel for per_spec in files.values() for rel in per_spec)


def stale(out: Path, files: dict[str, dict[str, str]], whole_tree: bool) -> str:
    """A unified diff from what is under ``out`` to what should be; '' if equal."""
    chunks: list[str] = []
    expected = {rel: text for per_spec in files.values() for rel, text in per_spec.items()}
    present: set[str] = set()
    dirs = [out / name for name in files]
    if whole_tree and out.is_dir():
        dirs = [
            d
            for d in out.iterdir()
            if d.is_dir()
            and not d.name.startswith(".")
            and (d.name in files or _is_generated_dir(d))
        ]
    for d in dirs:
        if d.is_dir():
            present.update(p.relative_to(out).as_posix() for p in d.rglob("*") if p.is_file())
    for rel in sorted(set(expected) | present):
        old = (out / rel).read_text("utf-8", errors="replace") if rel in present else ""
        new = expected.get(rel, "")
        if rel in present and rel in expected and old == new:
            continue
        diff = difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=f"a/{rel}" if rel in present else "/dev/null",
            tofile=f"b/{rel}" if rel in expected else "/dev/null",
        )
        chunks.append(
            "".join(diff) or f"--- a/{rel}\n+++ b/{rel}\n(binary or whitespace difference)\n"
        )
    return "".join(chunks)
