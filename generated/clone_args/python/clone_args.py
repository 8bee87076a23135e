# Generated from spec/clone_args.yaml by clonegen; do not edit.
# Spec digest: sha256:237d765e04ae95ff.
"""Arguments for the clone3() system call. The structure is versioned by its
size: user space passes the size it was compiled with, the kernel zero-fills
fields an older caller does not know, and refuses a larger structure whose
unknown tail is not zero.

Python bindings for struct clone_args and clone3(). Standard library only.
Architectures whose values this module states: x86_64, i386, arm64, riscv64, s390x, mips, alpha, sparc64, parisc.
"""

from __future__ import annotations

import ctypes
import enum
import errno
import mmap
import os
import signal
from typing import ClassVar, Final, NamedTuple

__all__ = [
    "CloneArgs",
    "CloneArgsFlags",
    "SIZE_VER0",
    "SIZE_VER1",
    "SIZE_VER2",
    "ARCH",
    "ARCHES",
    "clone3",
    "fork_pidfd",
    "spawn",
    "Process",
]

SPEC_DIGEST: Final = "sha256:237d765e04ae95ff"

SIZE_VER0: Final = 64
SIZE_VER1: Final = 80
SIZE_VER2: Final = 88
SIZE_LATEST: Final = 88
SIZES: Final = (
    SIZE_VER0,
    SIZE_VER1,
    SIZE_VER2,
)

import enum as _enum
import errno as _errno
import operator as _operator
import os as _os
import struct as _struct
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
    _SIZE_CHECKS: _ClassVar[tuple[_SizeCheck, ...]]
    _CHECKS: _ClassVar[tuple[_Check, ...]]
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

    def verdict(self, size: int | None = None) -> tuple[int, str]:
        """What the kernel's copy-in and checks say: (0, "") or (errno, reason)."""
        latest = self._SIZE_LATEST
        size = latest if size is None else size
        for code, reason, size_fails in self._SIZE_CHECKS:
            if size_fails(size):
                return code, f"size {size}: {reason}"
        if size < latest:
            short = type(self)._from(self.to_bytes(size).ljust(latest, b"\0"))
            if short != self:
                return short.verdict(size)
        values = self._values()
        kernel = type(self)._kernel_view(values)
        for code, template, fails, shown in self._CHECKS:
            if fails(self, kernel, size):
                return code, _message(template, shown(self, kernel, size))
        return 0, ""

    def validate(self, size: int | None = None) -> None:
        """Raise ValueError saying what the kernel would refuse: the field and its value."""
        code, reason = self.verdict(size)
        if code:
            raise ValueError(f"{reason} ({_errno.errorcode[code]})")

    @classmethod
    def _from(cls: type[_S], data: bytes) -> _S:
        return tuple.__new__(cls, cls._STRUCT.unpack(data))  # type: ignore[type-var]

    @classmethod
    def from_bytes(cls: type[_S], data: bytes) -> _S:
        """Read a struct of any size the kernel accepts: zero-filled if short."""
        try:
            return cls._from(data)
        except _struct.error:
            pass
        latest = cls._SIZE_LATEST
        if any(data[latest:]):
            raise ValueError(f"bytes past {latest} are not zero (E2BIG)")
        return cls._from(bytes(data[:latest]).ljust(latest, b"\0"))

    @classmethod
    def _install(cls) -> None:
        """Give the class a from_bytes whose usual case is one plain call: no binding, closures only."""
        new: _Any = tuple.__new__
        unpack = cls._STRUCT.unpack
        general = _StructMethods.from_bytes.__func__  # type: ignore[attr-defined]
        target: _Any = cls

        def from_bytes(data: bytes) -> _Any:
            try:
                return new(target, unpack(data))
            except _struct.error:
                return general(target, data)

        from_bytes.__doc__ = general.__doc__
        setattr(cls, "from_bytes", staticmethod(from_bytes))

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

CSIGNAL: Final = 0xFF
"""Bits of the legacy flags word that carry the exit signal."""
_NSIG: Final = _per_arch(
    64,
    {
        "mips": 128,
    },
    ARCH,
)
"""Highest valid signal number."""
MAX_PID_NS_LEVEL: Final = 32
"""Deepest nesting of PID namespaces."""
INT_MAX: Final = 0x7FFFFFFF
"""Largest value of a C int."""
SIGCHLD: Final = _per_arch(
    17,
    {
        "alpha": 20,
        "mips": 18,
        "parisc": 18,
        "sparc64": 20,
    },
    ARCH,
)
"""Signal sent to the parent when a child exits."""
SYSCALL_NUMBER: Final = _per_arch(
    435,
    {
        "alpha": 545,
        "mips": 4435,
    },
    ARCH,
)
"""The number of clone3() on this machine."""


class CloneArgsFlags(enum.IntFlag):
    """Flags of clone_args.flags."""

    CLONE_VM = 0x100
    CLONE_FS = 0x200
    CLONE_FILES = 0x400
    CLONE_SIGHAND = 0x800
    CLONE_PIDFD = 0x1000
    CLONE_PTRACE = 0x2000
    CLONE_VFORK = 0x4000
    CLONE_PARENT = 0x8000
    CLONE_THREAD = 0x10000
    CLONE_NEWNS = 0x20000
    CLONE_SYSVSEM = 0x40000
    CLONE_SETTLS = 0x80000
    CLONE_PARENT_SETTID = 0x100000
    CLONE_CHILD_CLEARTID = 0x200000
    CLONE_DETACHED = 0x400000
    CLONE_UNTRACED = 0x800000
    CLONE_CHILD_SETTID = 0x1000000
    CLONE_NEWCGROUP = 0x2000000
    CLONE_NEWUTS = 0x4000000
    CLONE_NEWIPC = 0x8000000
    CLONE_NEWUSER = 0x10000000
    CLONE_NEWPID = 0x20000000
    CLONE_NEWNET = 0x40000000
    CLONE_IO = 0x80000000
    CLONE_NEWTIME = 128
    CLONE_CLEAR_SIGHAND = 0x100000000
    CLONE_INTO_CGROUP = 0x200000000
    CLONE_AUTOREAP = 0x400000000
    CLONE_NNP = 0x800000000
    CLONE_PIDFD_AUTOKILL = 0x1000000000
    CLONE_EMPTY_MNTNS = 0x2000000000


FLAG_DOCS: Final[dict[str, tuple[str, str]]] = {
    "CLONE_VM": (
        "The child shares the parent's memory.",
        "2.0",
    ),
    "CLONE_FS": (
        "The child shares root, cwd and umask.",
        "2.0",
    ),
    "CLONE_FILES": (
        "The child shares the file descriptor table.",
        "2.0",
    ),
    "CLONE_SIGHAND": (
        "The child shares signal handlers.",
        "2.0",
    ),
    "CLONE_PIDFD": (
        "A pidfd for the child is returned through @pidfd.",
        "5.2",
    ),
    "CLONE_PTRACE": (
        "The child is traced if the parent is.",
        "2.0",
    ),
    "CLONE_VFORK": (
        "The parent sleeps until the child execs or exits.",
        "2.0",
    ),
    "CLONE_PARENT": (
        "The child gets the caller's parent.",
        "2.4",
    ),
    "CLONE_THREAD": (
        "The child joins the caller's thread group.",
        "2.4",
    ),
    "CLONE_NEWNS": (
        "The child gets a new mount namespace.",
        "2.4.19",
    ),
    "CLONE_SYSVSEM": (
        "The child shares System V semaphore undo values.",
        "2.5.10",
    ),
    "CLONE_SETTLS": (
        "The child's TLS is set from @tls.",
        "2.5.32",
    ),
    "CLONE_PARENT_SETTID": (
        "The child's TID is stored at @parent_tid.",
        "2.5.49",
    ),
    "CLONE_CHILD_CLEARTID": (
        "The child's TID at @child_tid is cleared when it exits.",
        "2.5.49",
    ),
    "CLONE_DETACHED": (
        "Unused and ignored by clone(); refused by clone3() so the bit can be reused.",
        "2.5.32",
    ),
    "CLONE_UNTRACED": (
        "A tracer cannot force CLONE_PTRACE on the child.",
        "2.5.46",
    ),
    "CLONE_CHILD_SETTID": (
        "The child's TID is stored at @child_tid in the child.",
        "2.5.49",
    ),
    "CLONE_NEWCGROUP": (
        "The child gets a new cgroup namespace.",
        "4.6",
    ),
    "CLONE_NEWUTS": (
        "The child gets a new UTS namespace.",
        "2.6.19",
    ),
    "CLONE_NEWIPC": (
        "The child gets a new IPC namespace.",
        "2.6.19",
    ),
    "CLONE_NEWUSER": (
        "The child gets a new user namespace.",
        "2.6.23",
    ),
    "CLONE_NEWPID": (
        "The child gets a new PID namespace.",
        "2.6.24",
    ),
    "CLONE_NEWNET": (
        "The child gets a new network namespace.",
        "2.6.24",
    ),
    "CLONE_IO": (
        "The child shares the I/O context.",
        "2.6.25",
    ),
    "CLONE_NEWTIME": (
        "The child gets a new time namespace. The bit lies inside CSIGNAL, so only clone3() can ask for it.",
        "5.6",
    ),
    "CLONE_CLEAR_SIGHAND": (
        "Signal handlers are reset to the default in the child.",
        "5.5",
    ),
    "CLONE_INTO_CGROUP": (
        "The child is created in the cgroup given by @cgroup.",
        "5.7",
    ),
    "CLONE_AUTOREAP": (
        "The child is reaped automatically when it exits.",
        "7.1",
    ),
    "CLONE_NNP": (
        "The child starts with no_new_privs set.",
        "7.1",
    ),
    "CLONE_PIDFD_AUTOKILL": (
        "The child is killed when its last pidfd is closed.",
        "7.1",
    ),
    "CLONE_EMPTY_MNTNS": (
        "The child gets a new, empty mount namespace.",
        "7.1",
    ),
}
"""Each flag's meaning and the Linux release that added it."""
_CLONE3_FLAGS_KNOWN: Final = _mask(
    CloneArgsFlags.CLONE_VM,
    CloneArgsFlags.CLONE_FS,
    CloneArgsFlags.CLONE_FILES,
    CloneArgsFlags.CLONE_SIGHAND,
    CloneArgsFlags.CLONE_PIDFD,
    CloneArgsFlags.CLONE_PTRACE,
    CloneArgsFlags.CLONE_VFORK,
    CloneArgsFlags.CLONE_PARENT,
    CloneArgsFlags.CLONE_THREAD,
    CloneArgsFlags.CLONE_NEWNS,
    CloneArgsFlags.CLONE_SYSVSEM,
    CloneArgsFlags.CLONE_SETTLS,
    CloneArgsFlags.CLONE_PARENT_SETTID,
    CloneArgsFlags.CLONE_CHILD_CLEARTID,
    CloneArgsFlags.CLONE_UNTRACED,
    CloneArgsFlags.CLONE_CHILD_SETTID,
    CloneArgsFlags.CLONE_NEWCGROUP,
    CloneArgsFlags.CLONE_NEWUTS,
    CloneArgsFlags.CLONE_NEWIPC,
    CloneArgsFlags.CLONE_NEWUSER,
    CloneArgsFlags.CLONE_NEWPID,
    CloneArgsFlags.CLONE_NEWNET,
    CloneArgsFlags.CLONE_IO,
    CloneArgsFlags.CLONE_NEWTIME,
    CloneArgsFlags.CLONE_CLEAR_SIGHAND,
    CloneArgsFlags.CLONE_INTO_CGROUP,
    CloneArgsFlags.CLONE_AUTOREAP,
    CloneArgsFlags.CLONE_NNP,
    CloneArgsFlags.CLONE_PIDFD_AUTOKILL,
    CloneArgsFlags.CLONE_EMPTY_MNTNS,
)
"""Flags clone3() knows in flags."""


class _CloneArgsFields(NamedTuple):
    flags: int = 0
    pidfd: int = 0
    child_tid: int = 0
    parent_tid: int = 0
    exit_signal: int = 0
    stack: int = 0
    stack_size: int = 0
    tls: int = 0
    set_tid: int = 0
    set_tid_size: int = 0
    cgroup: int = 0


class CloneArgs(_StructMethods, _CloneArgsFields):
    """Arguments for the clone3() system call. The structure is versioned by
    its size: user space passes the size it was compiled with, the
    kernel zero-fills fields an older caller does not know, and refuses
    a larger structure whose unknown tail is not zero.

    An immutable value: a tuple of the fields in ABI order, each an unsigned
    64-bit integer. ``replace()`` returns a changed copy.
    """

    __slots__ = ()
    _STRUCT: ClassVar = _struct.Struct(
        "="
        "Q"  # flags
        "Q"  # pidfd
        "Q"  # child_tid
        "Q"  # parent_tid
        "Q"  # exit_signal
        "Q"  # stack
        "Q"  # stack_size
        "Q"  # tls
        "Q"  # set_tid
        "Q"  # set_tid_size
        "Q"  # cgroup
    )
    _SIZE_LATEST: ClassVar = SIZE_LATEST
    _SIZE_LIMIT: ClassVar = _PAGE_SIZE
    _KERNEL_TYPE: ClassVar = _CloneArgsFields
    _NAMES: ClassVar = _CloneArgsFields._fields
    _KERNEL: ClassVar = (
        (64, False),
        (64, False),
        (64, False),
        (64, False),
        (32, True),
        (64, False),
        (64, False),
        (64, False),
        (64, False),
        (64, False),
        (32, True),
    )

    def __new__(cls, *args: int, **kwargs: int) -> CloneArgs:
        self = _CloneArgsFields.__new__(cls, *args, **kwargs)
        self._check_range()
        return self


_size_checks: tuple[_SizeCheck, ...] = (
    (
        errno.E2BIG,
        "the kernel needs size <= PAGE_SIZE",
        lambda size: size > _PAGE_SIZE,
    ),
    (
        errno.EINVAL,
        "the kernel needs size >= CLONE_ARGS_SIZE_VER0 (64)",
        lambda size: size < 64,
    ),
)
_checks: tuple[_Check, ...] = (
    (
        errno.EINVAL,
        "set_tid_size is {}, above {} (the deepest nesting of PID namespaces)",
        lambda v, k, size: v.set_tid_size > MAX_PID_NS_LEVEL,
        lambda v, k, size: (v.set_tid_size, MAX_PID_NS_LEVEL),
    ),
    (
        errno.EINVAL,
        "set_tid is {} and set_tid_size is {}; both must be zero or both non-zero",
        lambda v, k, size: (v.set_tid == 0) != (v.set_tid_size == 0),
        lambda v, k, size: (v.set_tid, v.set_tid_size),
    ),
    (
        errno.EINVAL,
        "exit_signal: {:#x} are bits outside CSIGNAL",
        lambda v, k, size: v.exit_signal & ~CSIGNAL,
        lambda v, k, size: (v.exit_signal & ~CSIGNAL,),
    ),
    (
        errno.EINVAL,
        "cgroup is {}, above {} (the largest value of a C int) when flags has {}",
        lambda v, k, size: v.flags & 0x200000000 and v.cgroup > INT_MAX,
        lambda v, k, size: (v.cgroup, INT_MAX, CloneArgsFlags(v.flags & 0x200000000)),
    ),
    (
        errno.EINVAL,
        "cgroup: size {} is below 88 (VER2), which it needs when flags has {}",
        lambda v, k, size: v.flags & 0x200000000 and size < 88,
        lambda v, k, size: (size, CloneArgsFlags(v.flags & 0x200000000)),
    ),
    (
        errno.EINVAL,
        "flags: {:#x} are not flags clone3 knows",
        lambda v, k, size: k.flags & ~_CLONE3_FLAGS_KNOWN,
        lambda v, k, size: (k.flags & ~_CLONE3_FLAGS_KNOWN,),
    ),
    (
        errno.EINVAL,
        "flags has both CLONE_SIGHAND and CLONE_CLEAR_SIGHAND, which exclude each other",
        lambda v, k, size: k.flags & 0x100000800 == 0x100000800,
        lambda v, k, size: (),
    ),
    (
        errno.EINVAL,
        "exit_signal is {}; it must be 0 when flags has {}",
        lambda v, k, size: k.flags & 0x18000 and k.exit_signal != 0,
        lambda v, k, size: (k.exit_signal, CloneArgsFlags(k.flags & 0x18000)),
    ),
    (
        errno.EINVAL,
        "stack is {} and stack_size is {}; both must be zero or both non-zero",
        lambda v, k, size: (k.stack == 0) != (k.stack_size == 0),
        lambda v, k, size: (k.stack, k.stack_size),
    ),
    (
        errno.EINVAL,
        "stack is {:#x} and stack_size {:#x}: that range is not user memory",
        lambda v, k, size: k.stack != 0 and not _access_ok(k.stack, k.stack_size),
        lambda v, k, size: (k.stack, k.stack_size),
    ),
    (
        errno.EINVAL,
        "exit_signal is {}, above {} (the highest valid signal number)",
        lambda v, k, size: k.exit_signal > _NSIG,
        lambda v, k, size: (k.exit_signal, _NSIG),
    ),
)
CloneArgs._SIZE_CHECKS = _size_checks
CloneArgs._CHECKS = _checks
import ctypes as _ctypes
import os as _os
import select as _select
import signal as _signal
import sys as _sys
import warnings as _warnings
from collections.abc import Callable as _Callable2
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence

_libc = _ctypes.PyDLL(None, use_errno=True)  # PyDLL: the GIL stays held, as in os.fork()
_syscall = _libc.syscall
_syscall.restype = _ctypes.c_long
_syscall.argtypes = (_ctypes.c_long, _ctypes.c_void_p, _ctypes.c_size_t)
_before_fork = _ctypes.pythonapi.PyOS_BeforeFork
_before_fork.restype = None
_before_fork.argtypes = ()
_after_fork_child = _ctypes.pythonapi.PyOS_AfterFork_Child
_after_fork_child.restype = None
_after_fork_child.argtypes = ()
_after_fork_parent = _ctypes.pythonapi.PyOS_AfterFork_Parent
_after_fork_parent.restype = None
_after_fork_parent.argtypes = ()


def _thread_count() -> int:
    try:
        return len(_os.listdir("/proc/self/task"))
    except OSError:
        return 1


def _fork_syscall(number: int, raw: bytes, size: int) -> int:
    """The fork-like system call with Python's fork hooks around it, like os.fork()."""
    _sys.audit("os.fork")
    if _thread_count() > 1:
        _warnings.warn(
            f"This process (pid={_os.getpid()}) is multi-threaded, "
            "use of fork() may lead to deadlocks in the child.",
            DeprecationWarning,
            stacklevel=3,
        )
    buf = _ctypes.create_string_buffer(raw, max(len(raw), 1))
    _before_fork()
    pid = int(_syscall(number, _ctypes.addressof(buf), size))
    if pid == 0:
        _after_fork_child()
        return 0
    err = _ctypes.get_errno()
    _after_fork_parent()
    if pid < 0:
        raise OSError(err, _os.strerror(err))
    return pid


class Process:
    """A child started by ``spawn``."""

    def __init__(self, pid: int, pidfd: int | None, argv: list[bytes]) -> None:
        self.pid = pid
        self.pidfd = pidfd
        self.args = argv
        self.returncode: int | None = None

    def __repr__(self) -> str:
        return f"<Process pid={self.pid} returncode={self.returncode}>"

    def __enter__(self) -> "Process":
        return self

    def __exit__(self, *exc: object) -> None:
        if self.returncode is None:
            self.kill()
        self.wait()

    def _reaped(self, status: int) -> int:
        self.returncode = _os.waitstatus_to_exitcode(status)
        if self.pidfd is not None:
            _os.close(self.pidfd)
            self.pidfd = None
        return self.returncode

    def poll(self) -> int | None:
        """The exit code if the child has exited, else None."""
        if self.returncode is None:
            pid, status = _os.waitpid(self.pid, _os.WNOHANG)
            if pid == self.pid:
                self._reaped(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the child; TimeoutError if ``timeout`` seconds pass first."""
        if self.returncode is not None:
            return self.returncode
        if timeout is not None and self.pidfd is not None:
            poller = _select.poll()
            poller.register(self.pidfd, _select.POLLIN)
            if not poller.poll(max(0, int(timeout * 1000))):
                raise TimeoutError(f"process {self.pid} still runs after {timeout} s")
        _, status = _os.waitpid(self.pid, 0)
        return self._reaped(status)

    def send_signal(self, sig: int) -> None:
        """Signal the child through its pidfd, which cannot hit a recycled pid."""
        if self.returncode is not None:
            return
        if self.pidfd is not None:
            _signal.pidfd_send_signal(self.pidfd, sig)
        else:
            _os.kill(self.pid, sig)

    def terminate(self) -> None:
        self.send_signal(_signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(_signal.SIGKILL)


def _inheritable_fds() -> list[int]:
    found = []
    for name in _os.listdir("/proc/self/fd"):
        fd = int(name)
        try:
            if fd > 2 and _os.get_inheritable(fd):
                found.append(fd)
        except OSError:
            pass  # the descriptor listdir() itself used
    return found


def _spawn_plain(program: list[bytes], environment: _Mapping[str, str], pidfd: bool) -> Process:
    """What needs nothing the fork-like call alone offers: posix_spawn (vfork speed) and pidfd_open."""
    actions = [(_os.POSIX_SPAWN_CLOSE, fd) for fd in _inheritable_fds()]
    try:
        pid = _os.posix_spawnp(program[0], program, environment, file_actions=actions)
    except OSError as exc:  # the name as a str, as the clone path gives it
        if isinstance(exc.filename, bytes):
            exc.filename = _os.fsdecode(exc.filename)
        raise
    return Process(pid, _os.pidfd_open(pid) if pidfd else None, program)


def _spawn(
    argv: _Sequence[str | bytes | _os.PathLike[str]],
    env: _Mapping[str, str] | None,
    cwd: str | _os.PathLike[str] | None,
    cgroup: str | _os.PathLike[str] | int | None,
    pidfd: bool,
    flags: int,
    fork_with: _Callable2[[int, int, int, bool, bool], int],
) -> Process:
    """``spawn``: ``fork_with(flags, pidfd_address, cgroup_fd, pidfd, into_cgroup)`` forks."""
    if not argv:
        raise ValueError("argv is empty")
    program = [_os.fsencode(a) for a in argv]
    environment: _Mapping[str, str] = _os.environ if env is None else env
    if cgroup is None and not flags and cwd is None:
        return _spawn_plain(program, environment, pidfd)
    cgroup_fd, own_fd = 0, False
    if isinstance(cgroup, int):
        cgroup_fd = cgroup
    elif cgroup is not None:
        cgroup_fd = _os.open(cgroup, _os.O_RDONLY | _os.O_DIRECTORY | _os.O_CLOEXEC)
        own_fd = True
    cell = _ctypes.c_int(-1)
    read_end, write_end = _os.pipe2(_os.O_CLOEXEC)
    try:
        address = _ctypes.addressof(cell) if pidfd else 0
        pid = fork_with(flags, address, cgroup_fd, pidfd, cgroup is not None)
    except BaseException:
        _os.close(read_end)
        _os.close(write_end)
        raise
    finally:
        if own_fd:
            _os.close(cgroup_fd)
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            _os.close(read_end)
            if cwd is not None:
                _os.chdir(cwd)
            _os.closerange(3, write_end)
            _os.closerange(write_end + 1, _os.sysconf("SC_OPEN_MAX"))
            _os.execvpe(program[0], program, environment)
        except BaseException as exc:
            failed = exc.errno if isinstance(exc, OSError) and exc.errno else 0
            _os.write(write_end, f"{failed}:{type(exc).__name__}".encode())
        finally:
            _os._exit(255)
    _os.close(write_end)
    chunks: list[bytes] = []
    while chunk := _os.read(read_end, 512):
        chunks.append(chunk)
    _os.close(read_end)
    if chunks:
        _os.waitpid(pid, 0)
        if pidfd:
            _os.close(cell.value)
        code, _, name = b"".join(chunks).partition(b":")
        if int(code):
            raise OSError(int(code), _os.strerror(int(code)), _os.fsdecode(program[0]))
        raise RuntimeError(f"the child failed before exec: {name.decode()}")
    return Process(pid, cell.value if pidfd else None, program)


_REFUSED: Final = _mask(
    CloneArgsFlags.CLONE_VM,
    CloneArgsFlags.CLONE_VFORK,
    CloneArgsFlags.CLONE_THREAD,
    CloneArgsFlags.CLONE_SETTLS,
)
_PIDFD: Final = int(CloneArgsFlags.CLONE_PIDFD)
_INTO_CGROUP: Final = int(CloneArgsFlags.CLONE_INTO_CGROUP)


def clone3(args: CloneArgs, *, size: int = SIZE_LATEST, validate: bool = True) -> int:
    """Create a child process like :func:`os.fork`, with the request in ``args``.

    Returns the child's pid in the parent and 0 in the child. ``validate=False``
    skips the checks of ``args`` made here and leaves them to the kernel
    (CLONE_PIDFD without a ``pidfd`` address, EFAULT there, is one).
    Requests that need a separate stack or shared memory are refused with
    ValueError, a negative ``size`` too.
    """
    if args.flags & _REFUSED or args.stack or args.stack_size:
        raise ValueError(
            "clone3() is fork-like: CLONE_VM, CLONE_VFORK, CLONE_THREAD, CLONE_SETTLS and a stack need a separate stack or shared memory"
        )
    size = _size_arg(size)
    if validate:
        if args.flags & _PIDFD and not args.pidfd:
            raise ValueError("CLONE_PIDFD needs pidfd, the address of an int")
        args.validate(size)
    return _fork_syscall(SYSCALL_NUMBER, args._call_bytes(size), size)


def fork_pidfd(args: CloneArgs | None = None) -> tuple[int, int]:
    """Like :func:`clone3` with CLONE_PIDFD: ``(pid, pidfd)``, ``(0, -1)`` in the child."""
    cell = ctypes.c_int(-1)
    base = args if args is not None else CloneArgs(exit_signal=signal.SIGCHLD)
    request = base.replace(flags=base.flags | _PIDFD, pidfd=ctypes.addressof(cell))
    pid = clone3(request)
    return (0, -1) if pid == 0 else (pid, cell.value)


def _fork_with(flags: int, pidfd: int, cgroup: int, want_pidfd: bool, into_cgroup: bool) -> int:
    request = CloneArgs(
        flags=flags | (_PIDFD if want_pidfd else 0) | (_INTO_CGROUP if into_cgroup else 0),
        pidfd=pidfd,
        exit_signal=signal.SIGCHLD,
        cgroup=cgroup,
    )
    return clone3(request)


def spawn(
    argv: _Sequence[str | bytes | os.PathLike[str]],
    *,
    env: _Mapping[str, str] | None = None,
    cwd: str | os.PathLike[str] | None = None,
    cgroup: str | os.PathLike[str] | int | None = None,
    pidfd: bool = True,
    flags: int = 0,
) -> Process:
    """Start ``argv`` in a new process, optionally straight into a cgroup.

    The program is looked up on PATH like :func:`os.execvpe`. An error before
    the exec (a missing program, a bad ``cwd``) is raised here as the OSError
    the child saw. The child inherits no file descriptor but 0, 1 and 2.
    A request that needs what only clone3() offers (a cgroup, extra
    flags) or a ``cwd`` goes through clone3(); a plain one through
    posix_spawn() and pidfd_open(), which is as fast as subprocess.
    """
    return _spawn(argv, env, cwd, cgroup, pidfd, flags, _fork_with)
