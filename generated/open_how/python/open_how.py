# Generated from spec/open_how.yaml by clonegen; do not edit.
# Spec digest: sha256:6bf5c45108cbb36e.

"""How openat2() opens a path: the open flags, the mode of a created file, and
the RESOLVE_* restrictions on path resolution. The structure is versioned by
its size like clone_args.

Python bindings for struct open_how and openat2(). Standard library only.
"""

from __future__ import annotations

import ctypes
import enum
import errno
import mmap
import os
import platform
import struct
from typing import ClassVar, Final, NamedTuple

__all__ = [
    "OpenHow",
    "OpenHowResolve",
    "SIZE_VER0",
    "openat2",
]

SPEC_DIGEST: Final = "sha256:6bf5c45108cbb36e"

SIZE_VER0: Final = 24
"""VER0, published in Linux 5.6."""
SIZES: Final = (SIZE_VER0,)
SIZE_LATEST: Final = 24

O_CREAT: Final = 64
"""Create the file if it does not exist."""
O_DIRECTORY: Final = 0x10000
"""Fail unless the path is a directory."""
O_NOFOLLOW: Final = 0x20000
"""Do not follow a trailing symlink."""
O_CLOEXEC: Final = 0x80000
"""Close the descriptor on exec."""
O_PATH: Final = 0x200000
"""Open a location only, not the file."""
__O_TMPFILE: Final = 0x400000
"""Create an unnamed temporary file."""
O_ACCMODE: Final = 3
"""The access mode bits: O_RDONLY, O_WRONLY, O_RDWR."""
VALID_OPEN_FLAGS: Final = 0x7FFFC3
"""Every open flag the kernel knows."""
O_PATH_FLAGS: Final = 0x2B0000
"""The flags O_PATH may be combined with."""
S_IALLUGO: Final = 0xFFF
"""Permission, setuid, setgid and sticky bits."""

_NUMBERS: Final[dict[str, int]] = {
    "alpha": 547,
}
_MACHINES: Final = {"alpha": "alpha"}
SYSCALL_NUMBER: Final = _NUMBERS.get(_MACHINES.get(platform.machine(), ""), 437)
"""The number of openat2() on this machine."""

_U64: Final = (1 << 64) - 1
_USER_PTR_MAX: Final = 0x7FFFFFFFF000


class OpenHowResolve(enum.IntFlag):
    """Flags of open_how.resolve."""

    RESOLVE_NO_XDEV = 0x00000001
    """Block mount-point crossings, bind mounts included. (Linux 5.6)"""
    RESOLVE_NO_MAGICLINKS = 0x00000002
    """Block traversal through procfs-style magic links. (Linux 5.6)"""
    RESOLVE_NO_SYMLINKS = 0x00000004
    """Block traversal through all symlinks. (Linux 5.6)"""
    RESOLVE_BENEATH = 0x00000008
    """Refuse to resolve outside the directory at dirfd. (Linux 5.6)"""
    RESOLVE_IN_ROOT = 0x00000010
    """Treat dirfd as the root of the lookup. (Linux 5.6)"""
    RESOLVE_CACHED = 0x00000020
    """Only complete the lookup from the dentry cache. (Linux 5.12)"""


FLAG_DOCS: Final[dict[str, tuple[str, str]]] = {
    "RESOLVE_NO_XDEV": ("Block mount-point crossings, bind mounts included.", "5.6"),
    "RESOLVE_NO_MAGICLINKS": (
        "Block traversal through procfs-style magic links.",
        "5.6",
    ),
    "RESOLVE_NO_SYMLINKS": ("Block traversal through all symlinks.", "5.6"),
    "RESOLVE_BENEATH": ("Refuse to resolve outside the directory at dirfd.", "5.6"),
    "RESOLVE_IN_ROOT": ("Treat dirfd as the root of the lookup.", "5.6"),
    "RESOLVE_CACHED": ("Only complete the lookup from the dentry cache.", "5.12"),
}
"""Each flag's meaning and the Linux release that added it."""


def _mask(*flags: int) -> int:
    value = 0
    for flag in flags:
        value |= int(flag)  # an int: ~ of an IntFlag stays inside its members
    return value


_OPENAT2_RESOLVE_KNOWN: Final = _mask(
    OpenHowResolve.RESOLVE_NO_XDEV,
    OpenHowResolve.RESOLVE_NO_MAGICLINKS,
    OpenHowResolve.RESOLVE_NO_SYMLINKS,
    OpenHowResolve.RESOLVE_BENEATH,
    OpenHowResolve.RESOLVE_IN_ROOT,
    OpenHowResolve.RESOLVE_CACHED,
)
"""Flags openat2() knows in resolve."""


def _access_ok(addr: int, size: int) -> bool:
    end = (addr + size) & _U64
    return end >= addr and end <= _USER_PTR_MAX


def _kernel(value: int, bits: int, signed: bool) -> int:
    """``value`` converted to a kernel type of ``bits`` bits, as C converts it."""
    value &= (1 << bits) - 1
    if signed and value >> (bits - 1):
        value -= 1 << bits
    return value


class _OpenHowFields(NamedTuple):
    flags: int = 0
    """O_* flags, as for openat(); unknown bits are refused. (VER0, offset 0)"""
    mode: int = 0
    """Mode of a file created with O_CREAT or O_TMPFILE; zero otherwise. (VER0, offset 8)"""
    resolve: int = 0
    """RESOLVE_* flags restricting path resolution. (VER0, offset 16)"""


class OpenHow(_OpenHowFields):
    """How openat2() opens a path: the open flags, the mode of a created file,
    and the RESOLVE_* restrictions on path resolution. The structure is
    versioned by its size like clone_args.

        An immutable value: a tuple of the fields in ABI order, each an unsigned
        64-bit integer. ``replace()`` returns a changed copy.
    """

    __slots__ = ()
    _FIELD_FORMATS: ClassVar[tuple[str, ...]] = (
        "Q",  # flags
        "Q",  # mode
        "Q",  # resolve
    )
    _STRUCT: ClassVar[struct.Struct] = struct.Struct("=" + "".join(_FIELD_FORMATS))

    def __new__(
        cls,
        flags: int = 0,
        mode: int = 0,
        resolve: int = 0,
    ) -> OpenHow:
        self = super().__new__(
            cls,
            flags,
            mode,
            resolve,
        )
        for name, value in zip(self._fields, self):
            if not isinstance(value, int) or not 0 <= value <= _U64:
                raise ValueError(f"{name}: {value!r} is not an unsigned 64-bit value")
        return self

    def replace(self, **changes: int) -> OpenHow:
        """A copy with some fields changed, checked like a new value."""
        return type(self)(**{**self._asdict(), **changes})

    def to_bytes(self, size: int = SIZE_LATEST) -> bytes:
        """The struct as the kernel reads it, cut or zero-extended to ``size`` bytes."""
        raw = _pack(*self)
        if size == SIZE_LATEST:
            return raw
        if size < 0:
            raise ValueError(f"size {size} is negative")
        return raw[:size] + bytes(max(0, size - len(raw)))

    @classmethod
    def from_bytes(cls, data: bytes) -> OpenHow:
        """Read a struct of any size the kernel accepts: zero-filled if short."""
        try:
            # Unpacked words are in range by construction: no need for __new__'s checks.
            return _tuple_new(cls, _unpack(data))
        except struct.error:
            pass
        if any(data[SIZE_LATEST:]):
            raise ValueError(f"bytes past {SIZE_LATEST} are not zero (E2BIG)")
        return _tuple_new(
            cls, _unpack(bytes(data[:SIZE_LATEST]).ljust(SIZE_LATEST, b"\0"))
        )

    def verdict(self, size: int = SIZE_LATEST) -> tuple[int, str]:
        """What the kernel's copy-in and checks say: (0, "") or (errno, reason)."""
        if size < SIZE_VER0:
            return errno.EINVAL, f"size {size} is smaller than VER0 (24)"
        if size > mmap.PAGESIZE:
            return errno.E2BIG, f"size {size} is larger than a page"
        if size < SIZE_LATEST:
            short = OpenHow.from_bytes(self.to_bytes(size))
            if short != self:
                return short.verdict(size)
        if (self.flags & ~8388547) != 0:
            return (
                errno.EINVAL,
                "flags: flags has no bits outside VALID_OPEN_FLAGS (0x7fffc3)",
            )
        if (self.resolve & ~_OPENAT2_RESOLVE_KNOWN) != 0:
            return errno.EINVAL, "resolve: resolve has only flags that openat2 knows"
        if (self.resolve & 24) == 24:
            return (
                errno.EINVAL,
                "resolve: resolve does not have all of RESOLVE_BENEATH, RESOLVE_IN_ROOT",
            )
        if (self.flags & 4194368) and (self.mode & ~4095) != 0:
            return (
                errno.EINVAL,
                "mode: when flags has any of O_CREAT, __O_TMPFILE: mode has no bits outside S_IALLUGO (0xfff)",
            )
        if not (self.flags & 4194368) and self.mode != 0:
            return (
                errno.EINVAL,
                "mode: when flags has none of O_CREAT, __O_TMPFILE: mode == 0",
            )
        if (self.flags & 65600) == 65600:
            return (
                errno.EINVAL,
                "flags: flags does not have all of O_DIRECTORY, O_CREAT",
            )
        if (self.flags & 4194304) and (self.flags & 65536) != 65536:
            return (
                errno.EINVAL,
                "flags: when flags has any of __O_TMPFILE: flags has all of O_DIRECTORY",
            )
        if (self.flags & 4194304) and (self.flags & 3) == 0:
            return (
                errno.EINVAL,
                "flags: when flags has any of __O_TMPFILE: flags has at least one of O_ACCMODE",
            )
        if (self.flags & 2097152) and (self.flags & ~2818048) != 0:
            return (
                errno.EINVAL,
                "flags: when flags has any of O_PATH: flags has no bits outside O_PATH_FLAGS (0x2b0000)",
            )
        return 0, ""

    def validate(self, size: int = SIZE_LATEST) -> None:
        """Raise ValueError naming the field and the rule the kernel would refuse."""
        code, reason = self.verdict(size)
        if code:
            raise ValueError(f"{reason} ({errno.errorcode[code]})")


_tuple_new = tuple.__new__
_pack = OpenHow._STRUCT.pack
_unpack = OpenHow._STRUCT.unpack
_libc = ctypes.CDLL(None, use_errno=True)
_syscall = _libc.syscall
_syscall.restype = ctypes.c_long


def openat2(
    dfd: int,
    filename: str | bytes | os.PathLike[str],
    how: OpenHow,
    *,
    size: int = SIZE_LATEST,
    validate: bool = True,
) -> int:
    """The openat2() system call; OSError on failure.

    ``validate=False`` skips the checks made here and leaves them to the kernel.
    """
    if validate:
        how.validate(size)
    raw = how.to_bytes(size)
    buf = ctypes.create_string_buffer(raw, max(len(raw), 1))
    ret = _syscall(
        ctypes.c_long(SYSCALL_NUMBER),
        ctypes.c_long(dfd),
        ctypes.c_char_p(os.fsencode(filename)),
        buf,
        ctypes.c_size_t(size),
    )
    if ret < 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))
    return int(ret)
