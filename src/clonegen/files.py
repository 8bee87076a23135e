"""Reading an input file: a regular file only, of bounded size, without blocking.

A spec, the output's manifest and a kernel tree's files are all named by the
user or found in a directory, so any of them may be a FIFO (opening it waits
for a writer), a device (``/dev/zero`` never ends), a directory or a symbolic
link to one of those.  Each is refused by its kind before it is opened; what
is opened is checked again on the descriptor, and read no further than the
limit.  A symbolic link to a regular file is read as that file.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from clonegen.diagnostics import Diagnostic, SpecError

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
_CHUNK = 1 << 16


class InputFileError(Exception):
    """A file that cannot be read as input; ``reason`` says why, without the path."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Raises InputFileError for anything else: a missing or unreadable file, a
    directory, FIFO, device or socket (also behind a symbolic link), a file
    larger than ``limit``, or a file replaced between the check and the read.
    """
    try:
        before = os.stat(path)
    except OSError as exc:
        raise InputFileError(path, exc.strerror or str(exc)) from None
    if not stat.S_ISREG(before.st_mode):
        link = " (through a symbolic link)" if path.is_symlink() else ""
        raise InputFileError(path, f"is {_kind(before.st_mode)}{link}, not a regular file")
    if before.st_size > limit:
        raise InputFileError(path, f"is larger than {limit} bytes")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as exc:
        raise InputFileError(path, exc.strerror or str(exc)) from None
    try:
        opened = os.fstat(fd)
        if (opened.st_dev, opened.st_ino) != (before.st_dev, before.st_ino):
            raise InputFileError(path, "was replaced while clonegen read it")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise InputFileError(path, exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    if size > limit:
        raise InputFileError(path, f"is larger than {limit} bytes")
    return b"".join(chunks)


MAX_SPEC_BYTES = 1 << 20


def display_name(path: Path) -> str:
    """The name a spec has in messages: the path as the user gave it, normalised."""
    return Path(os.path.normpath(path)).as_posix()


def banner_of(path: Path) -> str:
    """The name a spec file has in generated files, the same from any working directory.

    The rule of :func:`banner_name`, applied to the directory the file really
    lies in (its absolute path, symbolic links resolved), so ``spec/x.yaml``
    at the project's root and ``x.yaml`` inside ``spec/`` give the same name.
    The file's own name is kept as given: a symbolic link is named as itself.
    """
    parent = Path(os.path.realpath(path.parent))
    return f"spec/{path.name}" if parent.name == "spec" else path.name


@dataclass(frozen=True)
class SpecFile:
    """A spec file's bytes and its two names, read without parsing it."""

    raw: bytes
    display_path: str  # what messages name
    banner: str  # what generated files name


def read_spec(path: Path) -> SpecFile:
    """Read a spec file: a regular file of at most MAX_SPEC_BYTES."""
    name = display_name(path)
    try:
        raw = read_regular(path, MAX_SPEC_BYTES)
    except InputFileError as exc:
        raise SpecError([Diagnostic(name, 1, 1, f"cannot read spec: {exc.reason}")]) from None
    return SpecFile(raw, name, banner_of(path))
