"""What a name or a release may look like, for every stage.

Names a target cannot use (keywords, its own globals) are declared by the
target's view (see :mod:`clonegen.views`), not here.
"""

from __future__ import annotations

import re

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# A name that CamelCase (``clone_args`` -> ``CloneArgs``: the Python class, the Rust and
# Go type and function names) leaves empty or starting with a digit (``_1`` -> ``1``).
CAMEL_WITHOUT_LETTER = r"_*(?:[0-9].*)?"
CAMEL_REASON = (
    "has no letter before its first digit, so its CamelCase spelling ({}) would be "
    "empty or start with a digit"
)

# Linux errno names (asm-generic), the only ones a check may return.
ERRNO_NAMES = frozenset(
    [
        "EPERM",
        "ENOENT",
        "ESRCH",
        "EINTR",
        "EIO",
        "ENXIO",
        "E2BIG",
        "ENOEXEC",
        "EBADF",
        "ECHILD",
        "EAGAIN",
        "ENOMEM",
        "EACCES",
        "EFAULT",
        "ENOTBLK",
        "EBUSY",
        "EEXIST",
        "EXDEV",
        "ENODEV",
        "ENOTDIR",
        "EISDIR",
        "EINVAL",
        "ENFILE",
        "EMFILE",
        "ENOTTY",
        "EREMOTE",
        "ETXTBSY",
        "EFBIG",
        "ENOSPC",
        "ESPIPE",
        "EROFS",
        "EMLINK",
        "EPIPE",
        "EDOM",
        "ERANGE",
        "EDEADLK",
        "ENAMETOOLONG",
        "ENOLCK",
        "ENOSYS",
        "ENOTEMPTY",
        "ELOOP",
        "ENOMSG",
        "EIDRM",
        "EOVERFLOW",
        "EOPNOTSUPP",
        "ENOTSUP",
        "ESTALE",
        "EXDEV",
        "EUSERS",
        "ECANCELED",
        "EOWNERDEAD",
        "ENOTRECOVERABLE",
    ]
)


def name_problem(name: str) -> str | None:
    """Why ``name`` is not an identifier, or None."""
    if not IDENTIFIER.match(name):
        return f"{name!r} is not a valid identifier"
    return None


# A kernel release as clonegen names it: two or three ASCII numbers of at most
# three digits ("6.18", "2.6.24"); the spec schema's "release" is the same.
RELEASE = re.compile(r"[0-9]{1,3}\.[0-9]{1,3}(?:\.[0-9]{1,3})?", re.ASCII)
_RELEASE_KEY = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){0,2}", re.ASCII)


def release_key(release: str) -> tuple[int, int, int]:
    """``"2.6.24"`` -> ``(2, 6, 24)``; ``"5.3"`` -> ``(5, 3, 0)``; ``"0"`` -> ``(0, 0, 0)``.

    Raises ValueError for anything but one to three ASCII numbers of at most three
    digits (``int()`` would read other digits, signs and underscores too)."""
    if not _RELEASE_KEY.fullmatch(release):
        raise ValueError(f"{release!r} is not a kernel release such as 6.18")
    parts = [int(p) for p in release.split(".")]
    return (parts + [0, 0])[0], (parts + [0, 0])[1], (parts + [0, 0, 0])[2]


def size_macro(prefix: str, version: str) -> str:
    """The uapi name of a version's size: PREFIX_SIZE_VERn."""
    return f"{prefix}_SIZE_{version}"
