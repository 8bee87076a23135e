"""Stage 5: write rendered files atomically, or compare them with what is there.

clonegen owns exactly what its manifest (``OUT/.clonegen-manifest``) lists: the
spec directories it wrote below ``OUT`` and the files in each.  It deletes
nothing else: a directory it has no record of, a file it did not write, a
symbolic link or a regular file where a spec directory should be are
reported, never replaced.

Each spec directory is replaced so that at every moment either the old or the
new one is complete: the new one is staged beside it and swapped in with one
``renameat2(RENAME_EXCHANGE)``; where the file system cannot exchange, the old
one is first renamed aside, so a kill between the two renames leaves it
there, and the next run puts it back.  The manifest is written before the
swaps (listing old and new) and after them (listing what is there now), so it
never lists less than what clonegen has on disk.  Staging directories carry a
marker file and are removed by the next run if a run was killed.
"""

from __future__ import annotations

import ctypes
import difflib
import errno
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

MANIFEST = ".clonegen-manifest"
MARKER = ".clonegen-staging"
NEW_PREFIX = ".clonegen-new-"
OLD_PREFIX = ".clonegen-old-"
_HEADER = "# Written by clonegen: the spec directories and files it owns below this directory.\n"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class OutputError(Exception):
    """A problem with the output directory, naming the path it concerns."""

    def __init__(self, path: Path | str, message: str):
        self.path = str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")


@dataclass(frozen=True)
class Manifest:
    """What clonegen wrote below one output directory: spec name -> relative file paths."""

    entries: dict[str, tuple[str, ...]]

    @classmethod
    def read(cls, out: Path) -> Manifest:
        path = out / MANIFEST
        try:
            text = path.read_text("utf-8")
        except FileNotFoundError:
            return cls({})
        except (OSError, UnicodeDecodeError) as exc:
            raise OutputError(path, f"cannot read clonegen's manifest: {exc}") from None
        entries: dict[str, list[str]] = {}
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            name, _, rest = line.partition("/")
            if not name or not rest or ".." in line.split("/") or line.startswith("/"):
                raise OutputError(path, f"not a line clonegen writes: {line!r}")
            entries.setdefault(name, []).append(rest)
        return cls({k: tuple(sorted(v)) for k, v in entries.items()})

    def write(self, out: Path) -> None:
        lines = [f"{name}/{rel}\n" for name in sorted(self.entries) for rel in self.entries[name]]
        _write_atomic(out / MANIFEST, _HEADER + "".join(lines))

    def union(self, other: Manifest) -> Manifest:
        names = set(self.entries) | set(other.entries)
        return Manifest(
            {
                n: tuple(sorted(set(self.entries.get(n, ())) | set(other.entries.get(n, ()))))
                for n in names
            }
        )


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(text.encode("utf-8"))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(path, exc.strerror or str(exc)) from None


def _fault(step: str) -> None:
    """Test hook: CLONEGEN_KILL_AT=<step> ends the process there, as a kill would."""
    if os.environ.get("CLONEGEN_KILL_AT") == step:
        os._exit(137)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one step; False where the system cannot.

    CLONEGEN_NO_EXCHANGE=1 takes the two-rename path, for the tests of it.
    """
    if os.environ.get("CLONEGEN_NO_EXCHANGE") == "1":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = (
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    )
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OutputError(b, os.strerror(err))


def _owned(out: Path, name: str, manifest: Manifest) -> Path | None:
    """The spec directory OUT/name if clonegen may replace or remove it; None if absent."""
    target = out / name
    if target.is_symlink():
        raise OutputError(target, "is a symbolic link; clonegen writes only directories of its own")
    if not target.exists():
        return None
    if not target.is_dir():
        raise OutputError(target, "is not a directory clonegen wrote; move it away")
    if name not in manifest.entries:
        raise OutputError(
            target,
            f"exists, but {out / MANIFEST} does not list it as clonegen's; move it away "
            "(clonegen replaces only directories it wrote)",
        )
    listed = set(manifest.entries[name])
    present = {p.relative_to(target).as_posix() for p in target.rglob("*") if not p.is_dir()}
    strangers = sorted(present - listed - {MARKER})
    if strangers:
        raise OutputError(
            target / strangers[0],
            f"is not a file clonegen wrote ({len(strangers)} such); move it away before generating",
        )
    return target


def _clean_leftovers(out: Path) -> None:
    """Remove staging directories of killed runs (those with clonegen's marker)."""
    for entry in sorted(out.iterdir()):
        if not entry.name.startswith((NEW_PREFIX, OLD_PREFIX)) or entry.is_symlink():
            continue
        if entry.is_dir() and (entry / MARKER).is_file():
            name = entry.name.removeprefix(NEW_PREFIX).removeprefix(OLD_PREFIX).rsplit("-", 1)[0]
            target = out / name
            if entry.name.startswith(OLD_PREFIX) and not target.exists():
                # Killed between the two renames of the fallback: the old one goes back.
                (entry / MARKER).unlink()
                os.rename(entry, target)
                continue
            shutil.rmtree(entry)


def _check_out(out: Path, spec_paths: list[Path]) -> None:
    """Refuse an output directory that holds the specs or the project itself."""
    real = out.resolve()
    for spec in spec_paths:
        if real == spec.resolve().parent or real in spec.resolve().parents:
            raise OutputError(
                out, f"holds the spec {spec}; choose a directory of its own for --out"
            )
    for mark in ("pyproject.toml", ".git", "setup.py"):
        if (real / mark).exists():
            raise OutputError(
                out, f"holds {mark}: it is a project, not an output directory; choose another --out"
            )


def _stage(out: Path, files: dict[str, dict[str, str]]) -> list[tuple[str, Path]]:
    """Write each spec's files into a marked directory beside its target; on any failure
    remove what was staged."""
    staged: list[tuple[str, Path]] = []
    try:
        for name in sorted(files):
            tmp = out / f"{NEW_PREFIX}{name}-{os.getpid()}"
            if tmp.exists():
                shutil.rmtree(tmp)
            tmp.mkdir()
            (tmp / MARKER).write_bytes(b"")
            staged.append((name, tmp))
            for rel, text in sorted(files[name].items()):
                target = tmp / Path(rel).relative_to(name)
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    target.write_bytes(text.encode("utf-8"))
                except OSError as exc:
                    raise OutputError(out / rel, exc.strerror or str(exc)) from None
            _fault(f"staged:{name}")
    except BaseException:
        for _, tmp in staged:
            shutil.rmtree(tmp, ignore_errors=True)
        raise
    return staged


def _swap_in(out: Path, name: str, tmp: Path, exists: bool) -> None:
    """Put the staged directory ``tmp`` in place of ``out/name`` (which ``exists`` or not).

    The staged directory keeps its marker until it is in place: a kill before that leaves a
    leftover the next run recognises and removes."""
    target = out / name
    if not exists:
        os.rename(tmp, target)
        _fault(f"renamed:{name}")
        (target / MARKER).unlink()
        return
    (target / MARKER).write_bytes(b"")  # whatever ends up at tmp is a leftover
    if _exchange(tmp, target):
        _fault(f"exchanged:{name}")
        (target / MARKER).unlink()
        shutil.rmtree(tmp)  # now the old directory
    else:
        old = out / f"{OLD_PREFIX}{name}-{os.getpid()}"
        os.rename(target, old)
        _fault(f"aside:{name}")
        os.rename(tmp, target)
        _fault(f"renamed:{name}")
        (target / MARKER).unlink()
        shutil.rmtree(old)
    _fault(f"removed-old:{name}")


def write(
    out: Path, files: dict[str, dict[str, str]], prune: bool, spec_paths: list[Path] | None = None
) -> list[str]:
    """Replace each spec's directory below ``out``; with ``prune``, remove the ones of
    specs that no longer exist (if the manifest lists them). Returns the paths written."""
    _check_out(out, spec_paths or [])
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(out, exc.strerror or str(exc)) from None
    manifest = Manifest.read(out)
    _clean_leftovers(out)
    targets = {name: _owned(out, name, manifest) for name in sorted(files)}
    stale_names = sorted(set(manifest.entries) - set(files)) if prune else []
    stale_dirs = {name: _owned(out, name, manifest) for name in stale_names}

    staged = _stage(out, files)
    new = Manifest(
        {
            name: tuple(sorted(Path(rel).relative_to(name).as_posix() for rel in per_spec))
            for name, per_spec in files.items()
        }
    )
    kept = Manifest(
        {n: v for n, v in manifest.entries.items() if n not in files and n not in stale_dirs}
    )
    manifest.union(new).write(out)  # never lists less than what is on disk
    _fault("manifest:before")
    for name, tmp in staged:
        _swap_in(out, name, tmp, targets[name] is not None)
    for name, path in stale_dirs.items():
        if path is not None:
            shutil.rmtree(path)
            _fault(f"pruned:{name}")
    new.union(kept).write(out)
    return sorted(rel for per_spec in files.values() for rel in per_spec)


def stale(out: Path, files: dict[str, dict[str, str]], whole_tree: bool) -> str:
    """A unified diff from what is under ``out`` to what should be; '' if equal."""
    chunks: list[str] = []
    expected = {rel: text for per_spec in files.values() for rel, text in per_spec.items()}
    present: set[str] = set()
    names = set(files)
    if whole_tree and out.is_dir():
        names |= set(Manifest.read(out).entries)
    for name in sorted(names):
        d = out / name
        if d.is_dir() and not d.is_symlink():
            present.update(
                p.relative_to(out).as_posix()
                for p in d.rglob("*")
                if p.is_file() and p.name != MARKER
            )
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
