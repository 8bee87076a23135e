# Generated from spec/landlock_ruleset_attr.yaml by clonegen; do not edit.
# Spec digest: sha256:6da192832f4e335c.
"""What a Landlock ruleset restricts: the file system actions, network actions
and scopes it handles, and which of them are not logged. The structure is
versioned by its size like clone_args.

Python bindings for struct landlock_ruleset_attr and landlock_create_ruleset(). Standard library only.
Architectures whose values this module states: x86_64, i386, arm64, riscv64, s390x, mips, alpha, sparc64, parisc.
"""

from __future__ import annotations

import ctypes
import enum
import errno
import mmap
import os
from typing import ClassVar, Final, NamedTuple

__all__ = [
    "LandlockRulesetAttr",
    "LandlockRulesetAttrHandledAccessFs",
    "LandlockRulesetAttrHandledAccessNet",
    "LandlockRulesetAttrScoped",
    "SIZE_VER0",
    "SIZE_VER1",
    "SIZE_VER2",
    "SIZE_VER3",
    "ARCH",
    "ARCHES",
    "landlock_create_ruleset",
    "decode",
]

SPEC_DIGEST: Final = "sha256:6da192832f4e335c"

SIZE_VER0: Final = 8
SIZE_VER1: Final = 16
SIZE_VER2: Final = 24
SIZE_VER3: Final = 48
SIZE_LATEST: Final = 48
SIZES: Final = (
    SIZE_VER0,
    SIZE_VER1,
    SIZE_VER2,
    SIZE_VER3,
)

import enum as _enum
import errno as _errno
import importlib.machinery as _machinery
import operator as _operator
import os as _os
import struct as _struct
import types as _types
from typing import (
    Any as _Any,
)
from typing import (
    Callable as _Callable,
)
from typing import (
    ClassVar as _ClassVar,
)
from typing import (
    Final as _Final,
)
from typing import (
    TypeVar as _TypeVar,
)

_U64: _Final = (1 << 64) - 1
_LONG_BITS: _Final = 8 * _struct.calcsize("l")
_LONG_MIN: _Final = -(1 << (_LONG_BITS - 1))
_LONG_MAX: _Final = (1 << (_LONG_BITS - 1)) - 1
_ULONG_MAX: _Final = (1 << _LONG_BITS) - 1
_BYTES_MAX: _Final = 1 << 20
_USER_PTR_MAX: _Final = 0x7FFFFFFFF000
_S = _TypeVar("_S", bound="_StructMethods")
_SizeCheck = tuple[int, str, _Callable[[int], object]]
# (errno, message template, failure test, the values the message shows)
_Check = tuple[
    int, str, _Callable[[_Any, _Any, int], object], _Callable[[_Any, _Any, int], tuple[object, ...]]
]


def _load_fastpath() -> _Any:
    """The package's compiled from_bytes, or None: the ``_fastpath`` extension beside this
    module, which the build backend makes where a C compiler and Python's headers exist."""
    here = _os.path.dirname(_os.path.abspath(__file__))
    name = f"{__package__}._fastpath" if __package__ else "_fastpath"
    for suffix in _machinery.EXTENSION_SUFFIXES:
        path = _os.path.join(here, "_fastpath" + suffix)
        if _os.path.isfile(path):
            loader = _machinery.ExtensionFileLoader(name, path)
            try:
                module = loader.create_module(_machinery.ModuleSpec(name, loader, origin=path))
                loader.exec_module(module)
            except ImportError:  # one that does not load here
                return None
            return module
    return None


_FASTPATH: _Final = _load_fastpath()


def _arch_of(machines: dict[str, str]) -> str | None:
    """The architecture key of this machine, or None if the module does not know it."""
    return machines.get(_os.uname().machine)


def _per_arch(default: int, values: dict[str, int], arch: str | None) -> int:
    """A value for this machine's architecture."""
    return values.get(arch or "", default)


def _mask(*flags: int) -> int:
    """Flags or-ed as a plain int: ~ of an IntFlag would stay inside its members."""
    value = 0
    for flag in flags:
        value |= int(flag)
    return value


def _int_arg(name: str, value: int, low: int, high: int, c_type: str) -> int:
    """An integer argument checked against the range of its C type, as os functions check theirs.

    TypeError if it is no integer, OverflowError if C would have to cut it.
    """
    value = _operator.index(value)
    if not low <= value <= high:
        raise OverflowError(f"{name} {value} is out of range for C {c_type} [{low}, {high}]")
    return value


def _path_arg(path: str | bytes | _os.PathLike[str]) -> tuple[str | bytes, bytes]:
    """A path argument as os functions take it: (the path for errors, its NUL-free bytes)."""
    path = _os.fspath(path)
    raw = _os.fsencode(path)
    if b"\0" in raw:
        raise ValueError("embedded null byte")
    return path, raw


def _size_arg(size: int) -> int:
    """The size argument of the system call: a size_t."""
    size = _operator.index(size)
    if size < 0:
        raise ValueError(f"size {size} is negative")
    if size > _ULONG_MAX:
        raise OverflowError(f"size {size} is out of range for C size_t [0, {_ULONG_MAX}]")
    return size


def _os_error(err: int, *paths: str | bytes) -> OSError:
    """A failed system call's errno as os functions raise it: the subclass, strerror, the paths."""
    if len(paths) > 1:
        return OSError(err, _os.strerror(err), paths[0], None, paths[1])
    return OSError(err, _os.strerror(err), *paths)


def _access_ok(addr: int, size: int) -> bool:
    """access_ok(): the address as an unsigned long, as the kernel's macro takes it."""
    addr &= _U64
    end = (addr + size) & _U64
    return end >= addr and end <= _USER_PTR_MAX


def _message(template: str, values: tuple[object, ...]) -> str:
    """A failed check's message: ``template`` with ``values``, flag enums by their members' names."""
    shown = [
        (v.name or "").replace("|", " and ") if isinstance(v, _enum.Flag) else v for v in values
    ]
    return template.format(*shown)


def _kernel(value: int, bits: int, signed: bool) -> int:
    """``value`` converted to a kernel type of ``bits`` bits, as C converts it."""
    value &= (1 << bits) - 1
    if signed and value >> (bits - 1):
        value -= 1 << bits
    return value


class _StructMethods:
    """Methods of a generated struct; the struct's class holds the tables."""

    __slots__ = ()
    _STRUCT: _ClassVar[_struct.Struct]
    _SIZE_LATEST: _ClassVar[int]
    _SIZE_LIMIT: _ClassVar[int | None]  # the largest size the kernel reads; None: no limit
    _SIZE_ZERO: _ClassVar[int | None] = None  # the size a size of 0 stands for; None: 0 is 0
    _SIZE_FIELD: _ClassVar[int | None] = None  # the field the kernel reads the size from, if any
    _TAIL_ERRNO: _ClassVar[int | None]  # a non-zero byte past the struct; None: not refused
    _SIZE_CHECKS: _ClassVar[tuple[_SizeCheck, ...]]
    _CHECKS: _ClassVar[tuple[_Check, ...]]
    # By struct entry point, the checks (their places in _CHECKS) it does not make; the
    # system call's name is the default entry. Empty: every entry makes every check.
    _ENTRY_SKIPS: _ClassVar[dict[str, frozenset[int]]] = {}
    _ENTRY: _ClassVar[str] = ""
    _KERNEL: _ClassVar[tuple[tuple[int, bool], ...]]
    _KERNEL_TYPE: _ClassVar[_Any]
    _NAMES: _ClassVar[tuple[str, ...]]

    def _check_range(self) -> None:
        for name, value in zip(self._NAMES, self._values()):
            if not isinstance(value, int) or not 0 <= value <= _U64:
                raise ValueError(f"{name}: {value!r} is not an unsigned 64-bit value")

    def _values(self) -> tuple[int, ...]:
        return tuple(self)  # type: ignore[arg-type]

    def replace(self: _S, **changes: int) -> _S:
        """A copy with some fields changed, checked like a new value."""
        values = dict(zip(self._NAMES, self._values()))
        for name in changes:
            if name not in values:
                raise TypeError(f"{type(self).__name__} has no field {name!r}")
        values.update(changes)
        return type(self)(**values)

    def to_bytes(self, size: int | None = None) -> bytes:
        """The struct as the kernel reads it, cut or zero-extended to ``size`` bytes.

        ``size`` may be at most 1 MiB, or the struct's size limit if that is
        larger (ValueError above). The kernel refuses a size above its limit
        (PAGE_SIZE for clone3() and openat2()) before it reads a byte, so no
        system call reads more; a size just past the limit can still be built
        to see it refused.
        """
        if size is None:
            return self._pack()
        if size < 0:
            raise ValueError(f"size {size} is negative")
        most = max(_BYTES_MAX, self._SIZE_LIMIT or 0)
        if size > most:
            raise ValueError(f"size {size} is larger than the {most} bytes to_bytes() builds")
        return self._pack(size)

    def _pack(self, size: int | None = None) -> bytes:
        raw = self._STRUCT.pack(*self._values())
        if size is None or size == len(raw):
            return raw
        return raw[:size] + bytes(max(0, size - len(raw)))

    def _call_bytes(self, size: int) -> bytes:
        """What a system call given ``size`` (a checked size_t) may read: its buffer.

        The whole ``size`` bytes when the kernel reads them; past the kernel's
        size limit, which it refuses before reading, only the limit's bytes.
        """
        limit = self._SIZE_LIMIT
        if limit is None:
            return self.to_bytes(size)
        return self._pack(min(size, limit))

    def verdict(self, size: int | None = None, entry: str | None = None) -> tuple[int, str]:
        """What the kernel's copy-in and checks say: (0, "") or (errno, reason).

        ``size`` is the size the caller states; by default the one the struct
        carries in its size field if it has one (the kernel reads that), else
        the latest size. ``entry`` names the system call that passes the struct
        (default the struct's own), where entry points make different checks.
        """
        latest = self._SIZE_LATEST
        if size is None:
            field = self._SIZE_FIELD
            size = latest if field is None else self._values()[field]
        if not size and self._SIZE_ZERO is not None:
            size = self._SIZE_ZERO
        for code, reason, size_fails in self._SIZE_CHECKS:
            if size_fails(size):
                return code, f"size {size}: {reason}"
        if size < latest:
            short = type(self)._from(self.to_bytes(size).ljust(latest, b"\0"))
            if short != self:
                return short.verdict(size, entry)
        if entry is not None and entry not in self._ENTRY_SKIPS and self._ENTRY_SKIPS:
            raise ValueError(f"no entry point {entry!r}: one of {', '.join(self._ENTRY_SKIPS)}")
        skips = self._ENTRY_SKIPS.get(entry or self._ENTRY, frozenset())
        values = self._values()
        kernel = type(self)._kernel_view(values)
        for i, (code, template, fails, shown) in enumerate(self._CHECKS):
            if i not in skips and fails(self, kernel, size):
                return code, _message(template, shown(self, kernel, size))
        return 0, ""

    def validate(self, size: int | None = None, entry: str | None = None) -> None:
        """Raise ValueError saying what the kernel would refuse: the field and its value."""
        code, reason = self.verdict(size, entry)
        if code:
            raise ValueError(f"{reason} ({_errno.errorcode[code]})")

    @classmethod
    def _from(cls: type[_S], data: bytes) -> _S:
        return tuple.__new__(cls, cls._STRUCT.unpack(data))  # type: ignore[type-var]

    @classmethod
    def from_bytes(cls: type[_S], data: bytes) -> _S:
        """Read a struct of any size the kernel accepts: zero-filled if short.

        A non-zero byte past the struct where the kernel reads it (up to the
        size the struct states, if it carries one) is refused with ValueError
        naming the kernel's errno, unless the kernel does not refuse it.
        """
        try:
            return cls._from(data)
        except _struct.error:
            pass
        latest = cls._SIZE_LATEST
        head = cls._from(bytes(data[:latest]).ljust(latest, b"\0"))
        code = cls._TAIL_ERRNO
        if code is not None:
            end = len(data)
            field = cls._SIZE_FIELD
            if field is not None:  # the kernel reads as far as the size field says
                end = min(end, head._values()[field] or cls._SIZE_ZERO or 0)
            if any(data[latest:end]):
                raise ValueError(f"bytes past {latest} are not zero ({_errno.errorcode[code]})")
        return head

    @classmethod
    def _install(cls) -> None:
        """Give the class a from_bytes whose usual case is one plain call: bound to the class
        once here (a classmethod or staticmethod is bound again at every call), constants in
        the closure. Where the package has its compiled part, the class holds the compiled
        from_bytes instead, which reads exactly the latest size itself and hands every other
        call to this one."""
        new: _Any = tuple.__new__
        unpack = cls._STRUCT.unpack
        general = _StructMethods.from_bytes.__func__  # type: ignore[attr-defined]

        def from_bytes(target: _Any, data: bytes) -> _Any:
            try:
                return new(target, unpack(data))
            except _struct.error:
                pass
            return general(target, data)

        from_bytes.__doc__ = general.__doc__
        method: _Any = _types.MethodType(from_bytes, cls)
        if _FASTPATH is not None:
            method = _FASTPATH.reader(cls, cls._STRUCT, method)
        setattr(cls, "from_bytes", method)

    def __init_subclass__(cls, **kwargs: _Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_STRUCT" in vars(cls) or any("from_bytes" in vars(b) for b in cls.__mro__[1:-1]):
            cls._install()

    @classmethod
    def _kernel_view(cls, values: tuple[int, ...]) -> _Any:
        """The values converted to the kernel struct's member types."""
        return cls._KERNEL_TYPE._make(_kernel(v, b, s) for v, (b, s) in zip(values, cls._KERNEL))


_MACHINES: Final[dict[str, str]] = {
    "aarch64": "arm64",
    "alpha": "alpha",
    "arm64": "arm64",
    "i386": "i386",
    "i486": "i386",
    "i586": "i386",
    "i686": "i386",
    "mips": "mips",
    "parisc": "parisc",
    "parisc64": "parisc",
    "riscv64": "riscv64",
    "s390x": "s390x",
    "sparc64": "sparc64",
    "x86_64": "x86_64",
}
ARCHES: Final = (
    "x86_64",
    "i386",
    "arm64",
    "riscv64",
    "s390x",
    "mips",
    "alpha",
    "sparc64",
    "parisc",
)
"""The architectures whose values this module states."""
ARCH: Final = _arch_of(_MACHINES)
"""This machine's architecture, or None when the module does not know it (values are then the defaults)."""
_PAGE_SIZE: Final = mmap.PAGESIZE

LANDLOCK_CREATE_RULESET_VERSION: Final = 1
"""Ask for the Landlock ABI version instead of creating a ruleset."""
LANDLOCK_CREATE_RULESET_ERRATA: Final = 2
"""Ask for the fixed Landlock errata instead of creating a ruleset."""
SYSCALL_NUMBER: Final = _per_arch(
    444,
    {
        "alpha": 554,
        "mips": 4444,
    },
    ARCH,
)
"""The number of landlock_create_ruleset() on this machine."""


class LandlockRulesetAttrHandledAccessFs(enum.IntFlag):
    """Flags of landlock_ruleset_attr.handled_access_fs."""

    LANDLOCK_ACCESS_FS_EXECUTE = 1
    LANDLOCK_ACCESS_FS_WRITE_FILE = 2
    LANDLOCK_ACCESS_FS_READ_FILE = 4
    LANDLOCK_ACCESS_FS_READ_DIR = 8
    LANDLOCK_ACCESS_FS_REMOVE_DIR = 16
    LANDLOCK_ACCESS_FS_REMOVE_FILE = 32
    LANDLOCK_ACCESS_FS_MAKE_CHAR = 64
    LANDLOCK_ACCESS_FS_MAKE_DIR = 128
    LANDLOCK_ACCESS_FS_MAKE_REG = 0x100
    LANDLOCK_ACCESS_FS_MAKE_SOCK = 0x200
    LANDLOCK_ACCESS_FS_MAKE_FIFO = 0x400
    LANDLOCK_ACCESS_FS_MAKE_BLOCK = 0x800
    LANDLOCK_ACCESS_FS_MAKE_SYM = 0x1000
    LANDLOCK_ACCESS_FS_REFER = 0x2000
    LANDLOCK_ACCESS_FS_TRUNCATE = 0x4000
    LANDLOCK_ACCESS_FS_IOCTL_DEV = 0x8000
    LANDLOCK_ACCESS_FS_RESOLVE_UNIX = 0x10000


class LandlockRulesetAttrHandledAccessNet(enum.IntFlag):
    """Flags of landlock_ruleset_attr.handled_access_net."""

    LANDLOCK_ACCESS_NET_BIND_TCP = 1
    LANDLOCK_ACCESS_NET_CONNECT_TCP = 2
    LANDLOCK_ACCESS_NET_BIND_UDP = 4
    LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP = 8


class LandlockRulesetAttrScoped(enum.IntFlag):
    """Flags of landlock_ruleset_attr.scoped."""

    LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET = 1
    LANDLOCK_SCOPE_SIGNAL = 2


FLAG_DOCS: Final[dict[str, tuple[str, str]]] = {
    "LANDLOCK_ACCESS_FS_EXECUTE": (
        "Execute a file.",
        "5.13",
    ),
    "LANDLOCK_ACCESS_FS_WRITE_FILE": (
        "Open a file with write access.",
        "5.13",
    ),
    "LANDLOCK_ACCESS_FS_READ_FILE": (
        "Open a file with read access.",
        "5.13",
    ),
    "LANDLOCK_ACCESS_FS_READ_DIR": (
        "Open a directory or list its content.",
        "5.13",
    ),
    "LANDLOCK_ACCESS_FS_REMOVE_DIR": (
        "Remove an empty directory or rename one.",
        "5.13",
    ),
    "LANDLOCK_ACCESS_FS_REMOVE_FILE": (
        "Unlink or rename a file.",
        "5.13",
    ),
    "LANDLOCK_ACCESS_FS_MAKE_CHAR": (
        "Create, rename or link a character device.",
        "5.13",
    ),
    "LANDLOCK_ACCESS_FS_MAKE_DIR": (
        "Create or rename a directory.",
        "5.13",
    ),
    "LANDLOCK_ACCESS_FS_MAKE_REG": (
        "Create, rename or link a regular file.",
        "5.13",
    ),
    "LANDLOCK_ACCESS_FS_MAKE_SOCK": (
        "Create, rename or link a UNIX domain socket.",
        "5.13",
    ),
    "LANDLOCK_ACCESS_FS_MAKE_FIFO": (
        "Create, rename or link a named pipe.",
        "5.13",
    ),
    "LANDLOCK_ACCESS_FS_MAKE_BLOCK": (
        "Create, rename or link a block device.",
        "5.13",
    ),
    "LANDLOCK_ACCESS_FS_MAKE_SYM": (
        "Create, rename or link a symbolic link.",
        "5.13",
    ),
    "LANDLOCK_ACCESS_FS_REFER": (
        "Link or rename a file from or to a different directory (Landlock ABI 2).",
        "5.19",
    ),
    "LANDLOCK_ACCESS_FS_TRUNCATE": (
        "Truncate a file (Landlock ABI 3).",
        "6.2",
    ),
    "LANDLOCK_ACCESS_FS_IOCTL_DEV": (
        "Invoke ioctl commands on a device file (Landlock ABI 5).",
        "6.10",
    ),
    "LANDLOCK_ACCESS_FS_RESOLVE_UNIX": (
        "Connect to a UNIX domain socket bound to a path (Landlock ABI 9).",
        "7.3",
    ),
    "LANDLOCK_ACCESS_NET_BIND_TCP": (
        "Bind a TCP socket to a local port (Landlock ABI 4).",
        "6.7",
    ),
    "LANDLOCK_ACCESS_NET_CONNECT_TCP": (
        "Connect a TCP socket to a remote port (Landlock ABI 4).",
        "6.7",
    ),
    "LANDLOCK_ACCESS_NET_BIND_UDP": (
        "Bind a UDP socket to a local port (Landlock ABI 10).",
        "7.3",
    ),
    "LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP": (
        "Connect a UDP socket or send to a remote port (Landlock ABI 10).",
        "7.3",
    ),
    "LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET": (
        "Connect to an abstract UNIX socket outside the domain (Landlock ABI 6).",
        "6.12",
    ),
    "LANDLOCK_SCOPE_SIGNAL": (
        "Send a signal to a process outside the domain (Landlock ABI 6).",
        "6.12",
    ),
}
"""Each flag's meaning and the Linux release that added it."""
_LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_FS_KNOWN: Final = _mask(
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_EXECUTE,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_WRITE_FILE,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_READ_FILE,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_READ_DIR,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_REMOVE_DIR,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_REMOVE_FILE,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_MAKE_CHAR,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_MAKE_DIR,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_MAKE_REG,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_MAKE_SOCK,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_MAKE_FIFO,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_MAKE_BLOCK,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_MAKE_SYM,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_REFER,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_TRUNCATE,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_IOCTL_DEV,
    LandlockRulesetAttrHandledAccessFs.LANDLOCK_ACCESS_FS_RESOLVE_UNIX,
)
"""Flags landlock_create_ruleset() knows in handled_access_fs."""
_LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_NET_KNOWN: Final = _mask(
    LandlockRulesetAttrHandledAccessNet.LANDLOCK_ACCESS_NET_BIND_TCP,
    LandlockRulesetAttrHandledAccessNet.LANDLOCK_ACCESS_NET_CONNECT_TCP,
    LandlockRulesetAttrHandledAccessNet.LANDLOCK_ACCESS_NET_BIND_UDP,
    LandlockRulesetAttrHandledAccessNet.LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP,
)
"""Flags landlock_create_ruleset() knows in handled_access_net."""
_LANDLOCK_CREATE_RULESET_SCOPED_KNOWN: Final = _mask(
    LandlockRulesetAttrScoped.LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET,
    LandlockRulesetAttrScoped.LANDLOCK_SCOPE_SIGNAL,
)
"""Flags landlock_create_ruleset() knows in scoped."""


class _LandlockRulesetAttrFields(NamedTuple):
    handled_access_fs: int = 0
    handled_access_net: int = 0
    scoped: int = 0
    quiet_access_fs: int = 0
    quiet_access_net: int = 0
    quiet_scoped: int = 0


class LandlockRulesetAttr(_StructMethods, _LandlockRulesetAttrFields):
    """What a Landlock ruleset restricts: the file system actions, network
    actions and scopes it handles, and which of them are not logged. The
    structure is versioned by its size like clone_args.

    An immutable value: a tuple of the fields in ABI order, each an unsigned
    64-bit integer. ``replace()`` returns a changed copy.
    """

    __slots__ = ()
    _STRUCT: ClassVar = _struct.Struct(
        "="
        "Q"  # handled_access_fs
        "Q"  # handled_access_net
        "Q"  # scoped
        "Q"  # quiet_access_fs
        "Q"  # quiet_access_net
        "Q"  # quiet_scoped
    )
    _SIZE_LATEST: ClassVar = SIZE_LATEST
    _SIZE_LIMIT: ClassVar = _PAGE_SIZE
    _TAIL_ERRNO: ClassVar = errno.E2BIG
    _KERNEL_TYPE: ClassVar = _LandlockRulesetAttrFields
    _NAMES: ClassVar = _LandlockRulesetAttrFields._fields
    _KERNEL: ClassVar = (
        (64, False),
        (64, False),
        (64, False),
        (64, False),
        (64, False),
        (64, False),
    )

    def __new__(cls, *args: int, **kwargs: int) -> LandlockRulesetAttr:
        self = _LandlockRulesetAttrFields.__new__(cls, *args, **kwargs)
        self._check_range()
        return self

    def for_level(self, level: int) -> LandlockRulesetAttr:
        """This request cut to what a kernel of ``level`` knows (its LANDLOCK_CREATE_RULESET_VERSION
        answer, ``abi_version()``): the kernel refuses what its level does not know, so a
        program that asks for more than the running kernel has restricts what it can.
        ``dropped()`` says what the cut left out. ValueError below the first level.
        """
        return tuple.__new__(type(self), _cut_to_level(self, _LEVELS, _WITHIN, level))

    def best_effort(self) -> LandlockRulesetAttr:
        """This request cut to the running kernel's level (``for_level(abi_version())``)."""
        return self.for_level(abi_version())

    def dropped(self, level: int) -> dict[str, int]:
        """The bits of each field ``for_level(level)`` leaves out (only fields that lose some)."""
        return _dropped(self, self.for_level(level))


_size_checks: tuple[_SizeCheck, ...] = (
    (
        errno.EINVAL,
        "the kernel needs size >= LANDLOCK_RULESET_ATTR_SIZE_VER0 (8)",
        lambda size: size < 8,
    ),
    (
        errno.E2BIG,
        "the kernel needs size <= PAGE_SIZE",
        lambda size: size > _PAGE_SIZE,
    ),
)
_checks: tuple[_Check, ...] = (
    (
        errno.EINVAL,
        "handled_access_fs: {:#x} are not flags landlock_create_ruleset knows",
        lambda v, k, size: v.handled_access_fs & ~_LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_FS_KNOWN,
        lambda v, k, size: (
            v.handled_access_fs & ~_LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_FS_KNOWN,
        ),
    ),
    (
        errno.EINVAL,
        "handled_access_net: {:#x} are not flags landlock_create_ruleset knows",
        lambda v, k, size: v.handled_access_net
        & ~_LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_NET_KNOWN,
        lambda v, k, size: (
            v.handled_access_net & ~_LANDLOCK_CREATE_RULESET_HANDLED_ACCESS_NET_KNOWN,
        ),
    ),
    (
        errno.EINVAL,
        "scoped: {:#x} are not flags landlock_create_ruleset knows",
        lambda v, k, size: v.scoped & ~_LANDLOCK_CREATE_RULESET_SCOPED_KNOWN,
        lambda v, k, size: (v.scoped & ~_LANDLOCK_CREATE_RULESET_SCOPED_KNOWN,),
    ),
    (
        errno.EINVAL,
        "quiet_access_fs has {:#x}, which handled_access_fs does not have",
        lambda v, k, size: v.quiet_access_fs & ~v.handled_access_fs,
        lambda v, k, size: (v.quiet_access_fs & ~v.handled_access_fs,),
    ),
    (
        errno.EINVAL,
        "quiet_access_net has {:#x}, which handled_access_net does not have",
        lambda v, k, size: v.quiet_access_net & ~v.handled_access_net,
        lambda v, k, size: (v.quiet_access_net & ~v.handled_access_net,),
    ),
    (
        errno.EINVAL,
        "quiet_scoped has {:#x}, which scoped does not have",
        lambda v, k, size: v.quiet_scoped & ~v.scoped,
        lambda v, k, size: (v.quiet_scoped & ~v.scoped,),
    ),
    (
        errno.ENOMSG,
        "handled_access_fs, handled_access_net, scoped are all zero; one must not be",
        lambda v, k, size: k.handled_access_fs == 0 and k.handled_access_net == 0 and k.scoped == 0,
        lambda v, k, size: (),
    ),
)
LandlockRulesetAttr._SIZE_CHECKS = _size_checks
LandlockRulesetAttr._CHECKS = _checks
from typing import Any as _AnyL

# (level, the bits each field keeps on a kernel of that level)
_Level = tuple[int, tuple[int, ...]]


def _cut_to_level(
    values: tuple[int, ...],
    levels: tuple[_Level, ...],
    within: tuple[int | None, ...],
    level: int,
) -> tuple[int, ...]:
    """``values`` cut to what a kernel of ``level`` knows: the table's highest level not above
    it; then a field tied to another by a subset check keeps only the other's bits."""
    if isinstance(level, bool) or not isinstance(level, int):
        raise TypeError(f"level must be an int, not {type(level).__name__}")
    known = [keep for number, keep in levels if number <= level]
    if not known:
        raise ValueError(f"level {level}: the first level is {levels[0][0]}")
    cut = [v & k for v, k in zip(values, known[-1])]
    for i, j in enumerate(within):
        if j is not None:
            cut[i] &= cut[j]
    return tuple(cut)


def _dropped(before: _AnyL, after: _AnyL) -> dict[str, int]:
    """The bits of each field that the cut dropped (only fields that lost some)."""
    return {name: b & ~a for name, b, a in zip(before._NAMES, before, after) if b & ~a}


_LEVELS: Final[tuple[_Level, ...]] = (
    (
        1,
        (
            0x1FFF,
            0,
            0,
            0,
            0,
            0,
        ),
    ),
    (
        2,
        (
            0x3FFF,
            0,
            0,
            0,
            0,
            0,
        ),
    ),
    (
        3,
        (
            0x7FFF,
            0,
            0,
            0,
            0,
            0,
        ),
    ),
    (
        4,
        (
            0x7FFF,
            3,
            0,
            0,
            0,
            0,
        ),
    ),
    (
        5,
        (
            0xFFFF,
            3,
            0,
            0,
            0,
            0,
        ),
    ),
    (
        6,
        (
            0xFFFF,
            3,
            3,
            0,
            0,
            0,
        ),
    ),
    (
        7,
        (
            0xFFFF,
            3,
            3,
            0,
            0,
            0,
        ),
    ),
    (
        8,
        (
            0xFFFF,
            3,
            3,
            0,
            0,
            0,
        ),
    ),
    (
        9,
        (
            0x1FFFF,
            3,
            3,
            0,
            0,
            0,
        ),
    ),
    (
        10,
        (
            0x1FFFF,
            0xF,
            3,
            0xFFFFFFFFFFFFFFFF,
            0xFFFFFFFFFFFFFFFF,
            0xFFFFFFFFFFFFFFFF,
        ),
    ),
    (
        11,
        (
            0x1FFFF,
            0xF,
            3,
            0xFFFFFFFFFFFFFFFF,
            0xFFFFFFFFFFFFFFFF,
            0xFFFFFFFFFFFFFFFF,
        ),
    ),
)
"""Per level, the bits each field keeps on a kernel of that level."""
_WITHIN: Final[tuple[int | None, ...]] = (
    None,
    None,
    None,
    0,
    1,
    2,
)
"""Per field, the field a subset check ties it to."""
HIGHEST_LEVEL: Final = 11
"""The highest level this module knows."""
from sys import byteorder as _BYTEORDER
from typing import (
    Callable as _DecodeCallable,
)

# (name, value, the Linux release that added it, or "" when the name is always known)
_DecodeName = tuple[str, int, str]
# (name, offset, size, kind, names, modes, unknown text, show field index or -1, show mask,
#  show when non-zero: field indices, shown past the caller's size, array: count field index,
#  element size, most elements, the size that shows it, on input: hide field index or -1,
#  hide mask, shown anyway when negative)
_DecodeField = tuple[
    str,
    int,
    int,
    str,
    tuple[_DecodeName, ...],
    tuple[_DecodeName, ...],
    str,
    int,
    int,
    tuple[int, ...],
    bool,
    int,
    int,
    int,
    int,
    int,
    int,
    bool,
]
# An entry point: (size field index or -1 for the size argument, the size a zero size field
# stands for, the struct is what the kernel wrote)
_DecodeEntry = tuple[int, int, bool, bool]
_Peek = _DecodeCallable[[int, int], bytes | None]

_STRACE_STRSIZE: int = 32  # strace -s: the most tail bytes printed
_INT_MAX: int = 0x7FFFFFFF

_SIGNALS_GENERIC = (
    "0 SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGBUS SIGFPE SIGKILL SIGUSR1 SIGSEGV"
    " SIGUSR2 SIGPIPE SIGALRM SIGTERM SIGSTKFLT SIGCHLD SIGCONT SIGSTOP SIGTSTP SIGTTIN"
    " SIGTTOU SIGURG SIGXCPU SIGXFSZ SIGVTALRM SIGPROF SIGWINCH SIGIO SIGPWR SIGSYS SIGRTMIN"
)
# strace's signalent.h of the architectures whose numbering differs.
_SIGNALS_ARCH: dict[str, str] = {
    "alpha": "0 SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGEMT SIGFPE SIGKILL SIGBUS"
    " SIGSEGV SIGSYS SIGPIPE SIGALRM SIGTERM SIGURG SIGSTOP SIGTSTP SIGCONT SIGCHLD SIGTTIN"
    " SIGTTOU SIGIO SIGXCPU SIGXFSZ SIGVTALRM SIGPROF SIGWINCH SIGINFO SIGUSR1 SIGUSR2 SIGRTMIN",
    "sparc64": "0 SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGEMT SIGFPE SIGKILL SIGBUS"
    " SIGSEGV SIGSYS SIGPIPE SIGALRM SIGTERM SIGURG SIGSTOP SIGTSTP SIGCONT SIGCHLD SIGTTIN"
    " SIGTTOU SIGIO SIGXCPU SIGXFSZ SIGVTALRM SIGPROF SIGWINCH SIGLOST SIGUSR1 SIGUSR2 SIGRTMIN",
    "mips": "0 SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGIOT SIGEMT SIGFPE SIGKILL SIGBUS"
    " SIGSEGV SIGSYS SIGPIPE SIGALRM SIGTERM SIGUSR1 SIGUSR2 SIGCHLD SIGPWR SIGWINCH SIGURG"
    " SIGIO SIGSTOP SIGTSTP SIGCONT SIGTTIN SIGTTOU SIGVTALRM SIGPROF SIGXCPU SIGXFSZ SIGRTMIN",
    "parisc": "0 SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGSTKFLT SIGFPE SIGKILL SIGBUS"
    " SIGSEGV SIGXCPU SIGPIPE SIGALRM SIGTERM SIGUSR1 SIGUSR2 SIGCHLD SIGPWR SIGVTALRM SIGPROF"
    " SIGIO SIGWINCH SIGSTOP SIGTSTP SIGCONT SIGTTIN SIGTTOU SIGURG SIGXFSZ SIGSYS SIGRTMIN",
}
_SIGRTMIN: int = 32
_SIGRTMAX: dict[str, int] = {"mips": 127}  # glibc's __SIGRTMAX; 64 elsewhere


def _decode_release_key(release: str) -> tuple[int, ...]:
    return tuple(int(part) for part in release.split("."))


def _decode_known(since: str, release: str | None) -> bool:
    return (
        not since or release is None or _decode_release_key(since) <= _decode_release_key(release)
    )


def _decode_addr(value: int) -> str:
    return f"{value:#x}" if value else "NULL"


def _decode_hex(value: int) -> str:
    return f"{value:#x}" if value else "0"


def _decode_octal(value: int) -> str:
    """C's ``%#03llo``: ``000``, ``0644``."""
    return ("0" + format(value, "o") if value else "0").rjust(3, "0")


def _decode_signal(value: int, arch: str | None) -> str:
    """strace's printsignal() of an exit signal: a name, SIGRT_n, or the number."""
    if value >= _INT_MAX:
        return str(value)
    names = _SIGNALS_ARCH.get(arch or "", _SIGNALS_GENERIC).split()
    if 0 < value < len(names):
        return names[value]
    if _SIGRTMIN < value <= _SIGRTMAX.get(arch or "", 64):
        return f"SIGRT_{value - _SIGRTMIN}"
    return str(value)


def _decode_flags(
    value: int,
    names: tuple[_DecodeName, ...],
    modes: tuple[_DecodeName, ...],
    unknown: str,
    release: str | None,
) -> str:
    """strace's printflags_ex(), or with ``modes`` its sprint_open_modes()."""
    out: list[str] = []
    if modes:
        mask = 0
        for _, v, _ in modes:
            mask |= v
        out += [n for n, v, _ in modes if v == value & mask][:1]
        value &= ~mask
        if out and not value:
            return out[0]
    for name, v, since in names:
        if not _decode_known(since, release):
            continue
        if v and value & v == v:
            out.append(name)
            value &= ~v
            if not value:
                break
    if out:
        return "|".join(out + ([f"{value:#x}"] if value else []))
    if value:
        return f"{value:#x}" if modes else f"{value:#x} /* {unknown} */"
    return "0"


def _decode_value(
    value: int, names: tuple[_DecodeName, ...], unknown: str, release: str | None
) -> str:
    """strace's printxval(): the name of the value, or the number with a comment."""
    for name, v, since in names:
        if v == value and _decode_known(since, release):
            return name
    return f"{_decode_hex(value)} /* {unknown} */"


def _decode_signed(value: int, size: int) -> int:
    return value - (1 << 8 * size) if value >> (8 * size - 1) else value


def _decode_array(addr: int, count: int, size: int, peek: _Peek | None) -> str:
    """strace's print_array() of signed integers read through ``peek``."""
    end = addr + count * size
    if end >= 1 << 64 or peek is None:
        return _decode_addr(addr)
    out: list[str] = []
    for cur in range(addr, end, size):
        got = peek(cur, size)
        if got is None or len(got) != size:
            if cur == addr:
                return _decode_addr(addr)
            out.append(f"... /* {cur:#x} */")
            break
        out.append(str(int.from_bytes(got, _BYTEORDER, signed=True)))
    return "[" + ", ".join(out) + "]"


def _decode_tail(data: bytes, start: int, end: int) -> str | None:
    """strace's print_nonzero_bytes() with QUOTE_FORCE_HEX, or None when all are zero."""
    if start >= end:
        return None
    if len(data) < end:
        return "???"
    tail = data[start:end]
    if not any(tail):
        return None
    shown = "".join(f"\\x{b:02x}" for b in tail[:_STRACE_STRSIZE])
    more = "..." if len(tail) > _STRACE_STRSIZE else ""
    return f'/* bytes {start}..{end - 1} */ "{shown}"{more}'


def _decode_text(
    f: _DecodeField,
    value: int,
    values: list[int],
    peek: _Peek | None,
    release: str | None,
    arch: str | None,
) -> str:
    """One field's value as strace prints it."""
    kind = f[3]
    if kind == "flags":
        return _decode_flags(value, f[4], f[5], f[6], release)
    if kind == "value":
        return _decode_value(value, f[4], f[6], release)
    if kind == "pointer":
        return _decode_addr(value)
    if kind == "hex":
        return _decode_hex(value)
    if kind == "octal":
        return _decode_octal(value)
    if kind == "signal":
        return _decode_signal(value, arch)
    if kind == "signed":
        return str(_decode_signed(value, f[2]))
    if kind == "array":
        count, most = values[f[11]], f[13]
        if not value or not count or count > most:
            return _decode_addr(value)
        return _decode_array(value, count, f[12], peek)
    return str(value)


def _decode_shown(f: _DecodeField, value: int, values: list[int], output: bool) -> bool:
    """Whether strace shows a field it has read: its show and hide conditions."""
    bits_of, bits, nonzero = f[7], f[8], f[9]
    if bits_of >= 0 or nonzero:
        hit = bits_of >= 0 and values[bits_of] & bits
        if not hit and not any(values[i] for i in nonzero):
            return False
    hide_of, hide, unless_negative = f[15], f[16], f[17]
    if output or hide_of < 0 or not values[hide_of] & hide:
        return True
    return unless_negative and _decode_signed(value, f[2]) < 0


def _decode(
    fields: tuple[_DecodeField, ...],
    versions: tuple[tuple[int, str], ...],
    entry: _DecodeEntry,
    data: bytes | None,
    size: int,
    addr: int,
    release: str | None,
    peek: _Peek | None,
    page_size: int,
    arch: str | None,
) -> str:
    """The struct at ``addr`` of ``size`` bytes, of which ``data`` could be read, as strace prints it."""
    first = versions[0][0]
    known = max([s for s, since in versions if _decode_known(since, release)] or [first])
    size_field, zero_size, output, more = entry
    said = 0  # what the size field says
    if data is None:
        return _decode_addr(addr)
    if size_field < 0 or output:  # the size is the call's argument
        fetch = min(size, known)
        if len(data) < fetch or (size < first if size_field < 0 else not size):
            return _decode_addr(addr)
    else:  # the struct says its own size (sched_setattr)
        end = fields[size_field][1] + fields[size_field][2]
        if len(data) < end:
            return _decode_addr(addr)
        said = int.from_bytes(data[end - fields[size_field][2] : end], _BYTEORDER)
        size = said or zero_size
        fetch = min(size, known)
        if size >= first and len(data) < fetch:
            return _decode_addr(addr)
    buf = bytes(data[:fetch]).ljust(known, b"\0")
    values = [int.from_bytes(buf[f[1] : f[1] + f[2]], _BYTEORDER) for f in fields]
    if size_field >= 0 and output:  # the size the kernel reported
        size = said = values[size_field]
    limit = min(size, known)
    if size_field >= 0 and size < first:
        f = fields[size_field]  # too small to read more: only the size, as strace prints it
        return "{" + f"{f[0]}={_decode_text(f, said, values, peek, release, arch)}" + "}"
    parts: list[str] = []
    for f, value in zip(fields, values):
        if limit < f[14] and not f[10]:
            continue
        if not _decode_shown(f, value, values, output):
            continue
        parts.append(f"{f[0]}={_decode_text(f, value, values, peek, release, arch)}")
    if more:
        if not output and size > limit:  # more than the decoder knows
            parts.append("...")
    elif size > fetch:
        tail = _decode_tail(bytes(data), fetch, min(size, page_size))
        if tail is not None:
            parts.append(tail)
    return "{" + ", ".join(parts) + "}"


_DECODE_FIELDS: Final[tuple[_DecodeField, ...]] = (
    (
        "handled_access_fs",
        0,
        8,
        "flags",
        (
            ("LANDLOCK_ACCESS_FS_EXECUTE", 1, "5.13"),
            ("LANDLOCK_ACCESS_FS_WRITE_FILE", 2, "5.13"),
            ("LANDLOCK_ACCESS_FS_READ_FILE", 4, "5.13"),
            ("LANDLOCK_ACCESS_FS_READ_DIR", 8, "5.13"),
            ("LANDLOCK_ACCESS_FS_REMOVE_DIR", 16, "5.13"),
            ("LANDLOCK_ACCESS_FS_REMOVE_FILE", 32, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_CHAR", 64, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_DIR", 128, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_REG", 0x100, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_SOCK", 0x200, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_FIFO", 0x400, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_BLOCK", 0x800, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_SYM", 0x1000, "5.13"),
            ("LANDLOCK_ACCESS_FS_REFER", 0x2000, "5.19"),
            ("LANDLOCK_ACCESS_FS_TRUNCATE", 0x4000, "6.2"),
            ("LANDLOCK_ACCESS_FS_IOCTL_DEV", 0x8000, "6.10"),
            ("LANDLOCK_ACCESS_FS_RESOLVE_UNIX", 0x10000, "7.3"),
        ),
        (),
        "LANDLOCK_ACCESS_FS_???",
        -1,
        0,
        (),
        False,
        -1,
        0,
        0,
        1,
        -1,
        0,
        False,
    ),
    (
        "handled_access_net",
        8,
        8,
        "flags",
        (
            ("LANDLOCK_ACCESS_NET_BIND_TCP", 1, "6.7"),
            ("LANDLOCK_ACCESS_NET_CONNECT_TCP", 2, "6.7"),
            ("LANDLOCK_ACCESS_NET_BIND_UDP", 4, "7.3"),
            ("LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP", 8, "7.3"),
        ),
        (),
        "LANDLOCK_ACCESS_NET_???",
        -1,
        0,
        (),
        False,
        -1,
        0,
        0,
        9,
        -1,
        0,
        False,
    ),
    (
        "scoped",
        16,
        8,
        "flags",
        (
            ("LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET", 1, "6.12"),
            ("LANDLOCK_SCOPE_SIGNAL", 2, "6.12"),
        ),
        (),
        "LANDLOCK_SCOPE_???",
        -1,
        0,
        (),
        False,
        -1,
        0,
        0,
        17,
        -1,
        0,
        False,
    ),
    (
        "quiet_access_fs",
        24,
        8,
        "flags",
        (
            ("LANDLOCK_ACCESS_FS_EXECUTE", 1, "5.13"),
            ("LANDLOCK_ACCESS_FS_WRITE_FILE", 2, "5.13"),
            ("LANDLOCK_ACCESS_FS_READ_FILE", 4, "5.13"),
            ("LANDLOCK_ACCESS_FS_READ_DIR", 8, "5.13"),
            ("LANDLOCK_ACCESS_FS_REMOVE_DIR", 16, "5.13"),
            ("LANDLOCK_ACCESS_FS_REMOVE_FILE", 32, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_CHAR", 64, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_DIR", 128, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_REG", 0x100, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_SOCK", 0x200, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_FIFO", 0x400, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_BLOCK", 0x800, "5.13"),
            ("LANDLOCK_ACCESS_FS_MAKE_SYM", 0x1000, "5.13"),
            ("LANDLOCK_ACCESS_FS_REFER", 0x2000, "5.19"),
            ("LANDLOCK_ACCESS_FS_TRUNCATE", 0x4000, "6.2"),
            ("LANDLOCK_ACCESS_FS_IOCTL_DEV", 0x8000, "6.10"),
            ("LANDLOCK_ACCESS_FS_RESOLVE_UNIX", 0x10000, "7.3"),
        ),
        (),
        "LANDLOCK_ACCESS_FS_???",
        -1,
        0,
        (),
        False,
        -1,
        0,
        0,
        25,
        -1,
        0,
        False,
    ),
    (
        "quiet_access_net",
        32,
        8,
        "flags",
        (
            ("LANDLOCK_ACCESS_NET_BIND_TCP", 1, "6.7"),
            ("LANDLOCK_ACCESS_NET_CONNECT_TCP", 2, "6.7"),
            ("LANDLOCK_ACCESS_NET_BIND_UDP", 4, "7.3"),
            ("LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP", 8, "7.3"),
        ),
        (),
        "LANDLOCK_ACCESS_NET_???",
        -1,
        0,
        (),
        False,
        -1,
        0,
        0,
        33,
        -1,
        0,
        False,
    ),
    (
        "quiet_scoped",
        40,
        8,
        "flags",
        (
            ("LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET", 1, "6.12"),
            ("LANDLOCK_SCOPE_SIGNAL", 2, "6.12"),
        ),
        (),
        "LANDLOCK_SCOPE_???",
        -1,
        0,
        (),
        False,
        -1,
        0,
        0,
        41,
        -1,
        0,
        False,
    ),
)
_DECODE_VERSIONS: Final = (
    (8, "5.13"),
    (16, "6.7"),
    (24, "6.12"),
    (48, "7.3"),
)
_DECODE_ENTRIES: Final[dict[str, _DecodeEntry]] = {
    "landlock_create_ruleset": (-1, 0, False, True),
}


def decode(
    data: bytes | None,
    size: int | None = None,
    *,
    addr: int = 0,
    release: str | None = None,
    peek: _Peek | None = None,
    entry: str = "landlock_create_ruleset",
) -> str:
    """A struct landlock_ruleset_attr as strace prints it: ``{flags=..., ...}``.

    ``data`` is what could be read at ``addr`` (None: nothing), ``size`` the
    size the caller passed (default ``len(data)``); bytes past the struct up
    to the page size are shown when not zero, so a tracer reads
    ``min(size, page size)`` bytes. ``release`` names only what strace of
    that Linux release knows (older strace prints newer flags in hex);
    ``peek(address, length)`` reads the tracee's memory for arrays, or
    returns None. ``entry`` names the system call that passed it
    (landlock_create_ruleset): a struct the kernel writes is
    read after the call, and after a failed one not at all (``data=None``).
    """
    if entry not in _DECODE_ENTRIES:
        raise ValueError(f"no entry point {entry!r}: one of {', '.join(_DECODE_ENTRIES)}")
    return _decode(
        _DECODE_FIELDS,
        _DECODE_VERSIONS,
        _DECODE_ENTRIES[entry],
        data,
        len(data or b"") if size is None else size,
        addr,
        release,
        peek,
        _PAGE_SIZE,
        ARCH,
    )


_libc = ctypes.CDLL(None, use_errno=True)
_syscall = _libc.syscall
_syscall.restype = ctypes.c_long


def landlock_create_ruleset(
    how: LandlockRulesetAttr,
    flags: int,
    *,
    size: int = SIZE_LATEST,
    validate: bool = True,
) -> int:
    """The landlock_create_ruleset() system call; OSError on failure.

    Arguments are checked as os functions check theirs, before the call:
    ValueError for a negative ``size``,
    OverflowError for an integer outside the range of its C type.
    ``validate=False`` skips the checks of ``how`` made here and leaves them to
    the kernel.
    """
    flags = _int_arg("flags", flags, 0, 0xFFFFFFFF, "unsigned int")
    size = _size_arg(size)
    if validate:
        how.validate(size)
    raw = how._call_bytes(size)
    buf = ctypes.create_string_buffer(raw, max(len(raw), 1))
    ret = _syscall(
        ctypes.c_long(SYSCALL_NUMBER),
        buf,
        ctypes.c_size_t(size),
        ctypes.c_ulong(flags),
    )
    if ret < 0:
        raise _os_error(ctypes.get_errno())
    return int(ret)


def abi_version() -> int:
    """The running kernel's level (LANDLOCK_CREATE_RULESET_VERSION); OSError where the kernel
    has none (ENOSYS: too old; EOPNOTSUPP: turned off at boot)."""
    ret = _syscall(
        ctypes.c_long(SYSCALL_NUMBER),
        None,
        ctypes.c_size_t(0),
        ctypes.c_ulong(1),
    )
    if ret < 0:
        raise _os_error(ctypes.get_errno())
    return int(ret)
