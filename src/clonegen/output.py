"""Stage 5: write rendered files atomically, or compare them with what is there.

clonegen owns exactly what its manifest (``OUT/.clonegen-manifest``) lists: the
spec directories it wrote below ``OUT`` and the files in each.  It deletes
nothing else: a directory it has no record of, a file it did not write, an
empty directory or a symbolic link inside a spec directory, a symbolic link
or a regular file where a spec directory should be are reported, never
replaced.  The manifest is read as strictly: every path in it is a spec
name and a normal relative path below it.

One run writes into ``OUT`` at a time: a run holds ``flock`` on
``OUT/.clonegen-lock`` from reading the manifest to writing it last, and a
second run waits for it (saying so); ``check`` reads under a shared lock.

Each spec directory is replaced so that at every moment either the old or the
new one is complete: the new one is staged beside it and swapped in with one
``renameat2(RENAME_EXCHANGE)``; where the file system cannot exchange, the old
one is first renamed aside, so a kill between the two renames leaves it
there, and the next run puts it back.  Before it creates a staging directory
a run lists it in the manifest, so a later run knows every directory a killed
run left behind, also one whose removal the kill interrupted, and removes
it; it removes no other directory (one an older clonegen staged is known by
the marker file inside).  The manifest is written before the swaps (listing
old and new) and after them (listing what is there now), so it never lists
less than what clonegen has on disk.
"""

from __future__ import annotations

import contextlib
import ctypes
import difflib
import errno
import fcntl
import os
import re
import shutil
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from clonegen.files import InputFileError, read_regular
from clonegen.names import IDENTIFIER

MANIFEST = ".clonegen-manifest"
LOCK = ".clonegen-lock"
MARKER = ".clonegen-staging"
NEW_PREFIX = ".clonegen-new-"
OLD_PREFIX = ".clonegen-old-"
MAX_MANIFEST = 4 << 20
_HEADER = (
    "# Written by clonegen: the spec directories and files it owns below this directory"
    "\n# (a line without '/' names a directory a run in progress staged).\n"
)
# A staging directory: the new or old directory of spec NAME, during the run of process PID.
_STAGING = re.compile(r"\.clonegen-(?:new|old)-[A-Za-z_][A-Za-z0-9_]*-[0-9]{1,10}", re.ASCII)
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class OutputError(Exception):
    """A problem with the output directory, naming the path it concerns."""

    def __init__(self, path: Path | str, message: str):
        self.path = str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")


def _normal(rel: str) -> bool:
    """A normal relative path: no empty, '.' or '..' part, not absolute, printable."""
    return bool(rel) and rel.isprintable() and all(p not in ("", ".", "..") for p in rel.split("/"))


@dataclass(frozen=True)
class Manifest:
    """What clonegen wrote below one output directory: spec name -> relative file paths,
    and the staging directories of a run that has not finished."""

    entries: dict[str, tuple[str, ...]]
    staging: tuple[str, ...] = ()

    @classmethod
    def read(cls, out: Path) -> Manifest:
        path = out / MANIFEST
        if not os.path.lexists(path):
            return cls({})
        try:
            text = read_regular(path, MAX_MANIFEST).decode("utf-8")
        except InputFileError as exc:
            raise OutputError(path, f"cannot read clonegen's manifest: it {exc.reason}") from None
        except UnicodeDecodeError:
            raise OutputError(path, "cannot read clonegen's manifest: it is not UTF-8") from None
        entries: dict[str, list[str]] = {}
        staging: list[str] = []
        for number, line in enumerate(text.split("\n"), start=1):
            if not line or line.startswith("#"):
                continue
            if _STAGING.fullmatch(line):
                staging.append(line)
                continue
            name, _, rest = line.partition("/")
            if not IDENTIFIER.fullmatch(name) or not _normal(rest):
                raise OutputError(
                    path,
                    f"line {number}: not a line clonegen writes: {line[:200]!r} (a spec name "
                    "and a normal relative path below it); clonegen deletes only what this "
                    "file lists, so it stops here",
                )
            entries.setdefault(name, []).append(rest)
        return cls({k: tuple(sorted(v)) for k, v in entries.items()}, tuple(sorted(staging)))

    def write(self, out: Path) -> None:
        lines = [f"{name}/{rel}\n" for name in sorted(self.entries) for rel in self.entries[name]]
        lines += [f"{name}\n" for name in sorted(self.staging)]
        _write_atomic(out / MANIFEST, _HEADER + "".join(lines))

    def union(self, other: Manifest) -> Manifest:
        names = set(self.entries) | set(other.entries)
        return Manifest(
            {
                n: tuple(sorted(set(self.entries.get(n, ())) | set(other.entries.get(n, ()))))
                for n in names
            },
            tuple(sorted(set(self.staging) | set(other.staging))),
        )

    def settled(self) -> Manifest:
        """The same files, no staging directory."""
        return Manifest(self.entries)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.unlink(missing_ok=True)
        fd = os.open(
            tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666
        )
        with open(fd, "wb") as f:
            f.write(text.encode("utf-8"))
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise OutputError(path, exc.strerror or str(exc)) from None


@contextlib.contextmanager
def _locked(
    out: Path, exclusive: bool, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold ``flock`` on OUT's lock file; a shared lock only where the file exists.

    When another run holds it, ``on_wait`` hears so before this one waits."""
    path = out / LOCK
    flags = os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
    # Open for writing where the lock is exclusive: NFS emulates flock with record
    # locks, which need that.
    flags |= os.O_RDWR | os.O_CREAT if exclusive else os.O_RDONLY
    try:
        fd = os.open(path, flags, 0o666)
    except FileNotFoundError:
        if exclusive:
            raise OutputError(out, "no such directory") from None
        yield  # nothing there has ever been written by clonegen
        return
    except OSError as exc:
        raise OutputError(path, f"cannot open clonegen's lock file: {exc.strerror}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OutputError(path, "is not a regular file: it is not clonegen's lock file")
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait(f"{out}: another clonegen run is using it; waiting for that run to end")
            fcntl.flock(fd, mode)
        yield
    finally:
        os.close(fd)  # releases the lock


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


_NOT_A_FILE = (
    (stat.S_ISDIR, "is not a directory clonegen wrote"),
    (stat.S_ISLNK, "is a symbolic link, not a file clonegen wrote"),
    (stat.S_ISREG, "is not a file clonegen wrote"),
)


def _strangers(target: Path, listed: set[str]) -> list[tuple[str, str]]:
    """What below a spec directory clonegen did not write, with what it is: a file the
    manifest does not list, a symbolic link, a FIFO or device, and a directory no
    listed file lies in (an empty one too). Symbolic links are never followed."""
    dirs = {parent.as_posix() for rel in listed for parent in PurePosixPath(rel).parents}
    found: list[tuple[str, str]] = []

    def walk(path: Path, prefix: str) -> None:
        with os.scandir(path) as scan:
            entries = sorted(scan, key=lambda e: e.name)
        for entry in entries:
            rel = prefix + entry.name
            mode = entry.stat(follow_symlinks=False).st_mode
            if stat.S_ISDIR(mode) and rel in dirs:
                walk(Path(entry.path), rel + "/")
            elif not (stat.S_ISREG(mode) and (rel in listed or rel == MARKER)):
                what = next((m for test, m in _NOT_A_FILE if test(mode)), None)
                found.append((rel, what or "is not a regular file; clonegen writes only files"))

    walk(target, "")
    return found


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
    strangers = _strangers(target, set(manifest.entries[name]))
    if strangers:
        rel, what = strangers[0]
        raise OutputError(
            target / rel,
            f"{what} ({len(strangers)} such below {target}); move it away before generating",
        )
    return target


def _clean_leftovers(out: Path, manifest: Manifest) -> None:
    """Remove the staging directories of killed runs: those the manifest lists, and
    those an older clonegen marked. An old directory whose spec directory is missing
    (killed between the two renames of the fallback) goes back in its place."""
    for entry in sorted(out.iterdir()):
        listed = entry.name in manifest.staging
        if not _STAGING.fullmatch(entry.name) or entry.is_symlink() or not entry.is_dir():
            continue
        if not listed and not (entry / MARKER).is_file():
            continue  # not provably clonegen's
        name = entry.name.removeprefix(NEW_PREFIX).removeprefix(OLD_PREFIX).rsplit("-", 1)[0]
        target = out / name
        if entry.name.startswith(OLD_PREFIX) and not os.path.lexists(target):
            # The old directory is removed only once the new one is in place: it is whole.
            (entry / MARKER).unlink(missing_ok=True)
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


def write(
    out: Path,
    files: dict[str, dict[str, str]],
    prune: bool,
    spec_paths: list[Path] | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> list[str]:
    """Replace each spec's directory below ``out``; with ``prune``, remove the ones of
    specs that no longer exist (if the manifest lists them). Returns the paths written.

    Holds OUT's lock throughout; ``on_wait`` hears when another run holds it."""
    _check_out(out, spec_paths or [])
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(out, exc.strerror or str(exc)) from None
    with _locked(out, exclusive=True, on_wait=on_wait):
        return _write_locked(out, files, prune)


def _stage(
    out: Path, files: dict[str, dict[str, str]], news: dict[str, Path]
) -> list[tuple[str, Path]]:
    """Write each spec's files into its staging directory (with the marker); on any
    error remove what was staged and raise, naming the file."""
    staged: list[tuple[str, Path]] = []
    try:
        for name, tmp in news.items():
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


def _swap_in(target: Path, tmp: Path, old: Path, replaces: bool) -> None:
    """Put the staged directory ``tmp`` at ``target`` and remove the directory it
    replaces (if ``replaces``); ``old`` is where the fallback puts that one aside."""
    name = target.name
    # The staged directory keeps its marker until it is in place: a kill before
    # that leaves a leftover an older clonegen recognises too.
    if not replaces:
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
        os.rename(target, old)
        _fault(f"aside:{name}")
        os.rename(tmp, target)
        _fault(f"renamed:{name}")
        (target / MARKER).unlink()
        shutil.rmtree(old)
    _fault(f"removed-old:{name}")


def _write_locked(out: Path, files: dict[str, dict[str, str]], prune: bool) -> list[str]:
    found = Manifest.read(out)
    _clean_leftovers(out, found)
    manifest = found.settled()
    targets = {name: _owned(out, name, manifest) for name in sorted(files)}
    stale_names = sorted(set(manifest.entries) - set(files)) if prune else []
    stale_dirs = {name: _owned(out, name, manifest) for name in stale_names}
    pid = os.getpid()
    news = {name: out / f"{NEW_PREFIX}{name}-{pid}" for name in sorted(files)}
    olds = {name: out / f"{OLD_PREFIX}{name}-{pid}" for name in sorted(files)}
    for leftover in [*news.values(), *olds.values()]:
        if os.path.lexists(leftover):
            raise OutputError(leftover, "exists and is not clonegen's; move it away")
    staging = Manifest({}, tuple(p.name for p in [*news.values(), *olds.values()]))
    manifest.union(staging).write(out)  # a kill from here on leaves only listed directories

    try:
        staged = _stage(out, files, news)
    except BaseException:
        with contextlib.suppress(OutputError):
            manifest.write(out)
        raise
    new = Manifest(
        {
            name: tuple(sorted(Path(rel).relative_to(name).as_posix() for rel in per_spec))
            for name, per_spec in files.items()
        }
    )
    kept = Manifest(
        {n: v for n, v in manifest.entries.items() if n not in files and n not in stale_dirs}
    )
    manifest.union(new).union(staging).write(out)  # never lists less than what is on disk
    _fault("manifest:before")
    for name, tmp in staged:
        _swap_in(out / name, tmp, olds[name], replaces=targets[name] is not None)
    for name, path in stale_dirs.items():
        if path is not None:
            shutil.rmtree(path)
            _fault(f"pruned:{name}")
    new.union(kept).write(out)
    return sorted(rel for per_spec in files.values() for rel in per_spec)


def stale(
    out: Path,
    files: dict[str, dict[str, str]],
    whole_tree: bool,
    on_wait: Callable[[str], None] | None = None,
) -> str:
    """A unified diff from what is under ``out`` to what should be; '' if equal.

    Reads under a shared lock, so a run writing into ``out`` finishes first
    (``on_wait`` hears when one does)."""
    if not out.is_dir():
        return _stale(out, files, whole_tree)
    with _locked(out, exclusive=False, on_wait=on_wait):
        return _stale(out, files, whole_tree)


def _stale(out: Path, files: dict[str, dict[str, str]], whole_tree: bool) -> str:
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
