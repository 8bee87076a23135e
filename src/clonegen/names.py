"""Identifier rules shared by every stage: one place says what a name may be."""

from __future__ import annotations

import keyword
import re

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

C_KEYWORDS = frozenset(
    """
    auto break case char const continue default do double else enum extern float
    for goto if inline int long register restrict return short signed sizeof
    static struct switch typedef union unsigned void volatile while _Alignas
    _Alignof _Atomic _Bool _Complex _Generic _Imaginary _Noreturn
    _Static_assert _Thread_local asm typeof bool true false nullptr
    alignas alignof static_assert thread_local constexpr
    """.split()
)

PY_KEYWORDS = frozenset(keyword.kwlist)

# Linux errno names (asm-generic), the only ones a check may return.
ERRNO_NAMES = frozenset(
    """
    EPERM ENOENT ESRCH EINTR EIO ENXIO E2BIG ENOEXEC EBADF ECHILD EAGAIN ENOMEM
    EACCES EFAULT ENOTBLK EBUSY EEXIST EXDEV ENODEV ENOTDIR EISDIR EINVAL ENFILE
    EMFILE ENOTTY ETXTBSY EFBIG ENOSPC ESPIPE EROFS EMLINK EPIPE EDOM ERANGE
    EDEADLK ENAMETOOLONG ENOLCK ENOSYS ENOTEMPTY ELOOP ENOMSG EIDRM EOVERFLOW
    EOPNOTSUPP ENOTSUP ESTALE EXDEV EUSERS ECANCELED EOWNERDEAD ENOTRECOVERABLE
    """.split()
)


# Names the generated Python value already uses for its methods.
RESERVED_FIELD_NAMES = frozenset({"count", "index", "replace", "to_bytes", "from_bytes", "verdict", "validate"})


def field_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a field of the generated struct types, or None."""
    problem = name_problem(name)
    if problem:
        return problem
    if name.startswith("_"):
        return f"field {name!r} starts with '_', which Python's NamedTuple refuses"
    if name in RESERVED_FIELD_NAMES:
        return f"field {name!r} would hide the method of the same name on the Python value"
    return None


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a C and Python identifier, or None."""
    if not IDENTIFIER.match(name):
        return f"{name!r} is not a valid identifier"
    if name in C_KEYWORDS:
        return f"{name!r} is a C keyword"
    if name in PY_KEYWORDS:
        return f"{name!r} is a Python keyword"
    return None


def release_key(release: str) -> tuple[int, int, int]:
    """``"2.6.24"`` -> ``(2, 6, 24)``; ``"5.3"`` -> ``(5, 3, 0)``."""
    parts = [int(p) for p in release.split(".")]
    return (parts + [0, 0])[0], (parts + [0, 0])[1], (parts + [0, 0, 0])[2]
