# Generated from spec/clone_args.yaml by clonegen; do not edit.
# Spec digest: sha256:c4dcfbe32d8d3ddb.
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
    "decode",
    "fork_pidfd",
    "spawn",
    "run",
    "spawn_backend",
    "probe",
    "Probe",
    "Process",
    "PIPE",
    "DEVNULL",
    "STDOUT",
]

SPEC_DIGEST: Final = "sha256:c4dcfbe32d8d3ddb"

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
    _TAIL_ERRNO: ClassVar = errno.E2BIG
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
        "pidfd and parent_tid are both {:#x}; they must differ when flags has all of CLONE_PIDFD, CLONE_PARENT_SETTID",
        lambda v, k, size: k.flags & 0x101000 == 0x101000 and k.pidfd == k.parent_tid,
        lambda v, k, size: (k.pidfd,),
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
        "flags",
        0,
        8,
        "flags",
        (
            ("CLONE_VM", 0x100, "2.0"),
            ("CLONE_FS", 0x200, "2.0"),
            ("CLONE_FILES", 0x400, "2.0"),
            ("CLONE_SIGHAND", 0x800, "2.0"),
            ("CLONE_PIDFD", 0x1000, "5.2"),
            ("CLONE_PTRACE", 0x2000, "2.0"),
            ("CLONE_VFORK", 0x4000, "2.0"),
            ("CLONE_PARENT", 0x8000, "2.4"),
            ("CLONE_THREAD", 0x10000, "2.4"),
            ("CLONE_NEWNS", 0x20000, "2.4.19"),
            ("CLONE_SYSVSEM", 0x40000, "2.5.10"),
            ("CLONE_SETTLS", 0x80000, "2.5.32"),
            ("CLONE_PARENT_SETTID", 0x100000, "2.5.49"),
            ("CLONE_CHILD_CLEARTID", 0x200000, "2.5.49"),
            ("CLONE_UNTRACED", 0x800000, "2.5.46"),
            ("CLONE_CHILD_SETTID", 0x1000000, "2.5.49"),
            ("CLONE_NEWCGROUP", 0x2000000, "4.6"),
            ("CLONE_NEWUTS", 0x4000000, "2.6.19"),
            ("CLONE_NEWIPC", 0x8000000, "2.6.19"),
            ("CLONE_NEWUSER", 0x10000000, "2.6.23"),
            ("CLONE_NEWPID", 0x20000000, "2.6.24"),
            ("CLONE_NEWNET", 0x40000000, "2.6.24"),
            ("CLONE_IO", 0x80000000, "2.6.25"),
            ("CLONE_NEWTIME", 128, "5.6"),
            ("CLONE_CLEAR_SIGHAND", 0x100000000, "5.5"),
            ("CLONE_INTO_CGROUP", 0x200000000, "5.7"),
            ("CLONE_AUTOREAP", 0x400000000, "7.1"),
            ("CLONE_NNP", 0x800000000, "7.1"),
            ("CLONE_PIDFD_AUTOKILL", 0x1000000000, "7.1"),
            ("CLONE_EMPTY_MNTNS", 0x2000000000, "7.1"),
        ),
        (),
        "CLONE_???",
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
        "pidfd",
        8,
        8,
        "pointer",
        (),
        (),
        "",
        0,
        0x1000,
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
        "child_tid",
        16,
        8,
        "pointer",
        (),
        (),
        "",
        0,
        0x1000000 | 0x200000,
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
        "parent_tid",
        24,
        8,
        "pointer",
        (),
        (),
        "",
        0,
        0x100000,
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
        "exit_signal",
        32,
        8,
        "signal",
        (),
        (),
        "",
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
        "stack",
        40,
        8,
        "pointer",
        (),
        (),
        "",
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
    (
        "stack_size",
        48,
        8,
        "hex",
        (),
        (),
        "",
        -1,
        0,
        (),
        False,
        -1,
        0,
        0,
        49,
        -1,
        0,
        False,
    ),
    (
        "tls",
        56,
        8,
        "pointer",
        (),
        (),
        "",
        0,
        0x80000,
        (),
        False,
        -1,
        0,
        0,
        57,
        -1,
        0,
        False,
    ),
    (
        "set_tid",
        64,
        8,
        "array",
        (),
        (),
        "",
        -1,
        0,
        (
            8,
            9,
        ),
        False,
        9,
        4,
        32,
        65,
        -1,
        0,
        False,
    ),
    (
        "set_tid_size",
        72,
        8,
        "unsigned",
        (),
        (),
        "",
        -1,
        0,
        (
            8,
            9,
        ),
        True,
        -1,
        0,
        0,
        73,
        -1,
        0,
        False,
    ),
    (
        "cgroup",
        80,
        8,
        "unsigned",
        (),
        (),
        "",
        0,
        0x200000000,
        (10,),
        False,
        -1,
        0,
        0,
        81,
        -1,
        0,
        False,
    ),
)
_DECODE_VERSIONS: Final = (
    (64, "5.3"),
    (80, "5.5"),
    (88, "5.7"),
)
_DECODE_ENTRIES: Final[dict[str, _DecodeEntry]] = {
    "clone3": (-1, 0, False, False),
}


def decode(
    data: bytes | None,
    size: int | None = None,
    *,
    addr: int = 0,
    release: str | None = None,
    peek: _Peek | None = None,
    entry: str = "clone3",
) -> str:
    """A struct clone_args as strace prints it: ``{flags=..., ...}``.

    ``data`` is what could be read at ``addr`` (None: nothing), ``size`` the
    size the caller passed (default ``len(data)``); bytes past the struct up
    to the page size are shown when not zero, so a tracer reads
    ``min(size, page size)`` bytes. ``release`` names only what strace of
    that Linux release knows (older strace prints newer flags in hex);
    ``peek(address, length)`` reads the tracee's memory for arrays, or
    returns None. ``entry`` names the system call that passed it
    (clone3): a struct the kernel writes is
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


import contextlib as _contextlib
import ctypes as _ctypes
import errno as _errno2
import io as _io
import locale as _locale
import os as _os
import select as _select
import selectors as _selectors
import signal as _signal
import subprocess as _subprocess
import sys as _sys
import threading as _threading
import time as _time
import warnings as _warnings
from collections.abc import Callable as _Callable
from collections.abc import Collection as _Collection
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence
from typing import IO as _IO
from typing import Any as _Any2
from typing import NamedTuple as _NamedTuple2

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


# The argument types of spawn() and run(): subprocess's (as typeshed states them).
_Path = str | bytes | _os.PathLike[str] | _os.PathLike[bytes]
_Command = _Path | _Sequence[_Path]
_File = int | _IO[_Any2] | None
_Environment = _Mapping[str, _Path] | _Mapping[bytes, _Path]

PIPE = _subprocess.PIPE
"""As :data:`subprocess.PIPE`: a new pipe to the child."""
DEVNULL = _subprocess.DEVNULL
"""As :data:`subprocess.DEVNULL`: the child's end is /dev/null."""
STDOUT = _subprocess.STDOUT
"""As :data:`subprocess.STDOUT`: stderr goes where stdout goes."""

# The libc spawn's constants (the generated C header's CG_SPAWN_*; a test compares them).
_SPAWN_PIDFD = 0x0001
_SPAWN_CGROUP = 0x0002
_SPAWN_SETSID = 0x0008
_SPAWN_SETPGROUP = 0x0010
_SPAWN_SETSIGDEF = 0x0040
_SPAWN_SEARCH_PATH = 0x0080
_SPAWN_CLOSE_FDS = 0x0100
_SPAWN_CWD_FD = 0x0200
_SPAWN_DUP2 = 1
_SPAWN_AT_CLONE = -1
_SPAWN_AT_EXEC = 0
_SPAWN_AT_CWD = 1
_SPAWN_AT_ACTION = 2
_SPAWN_AT_CGROUP = 3
_SPAWN_AT_SESSION = 4
_SPAWN_AT_SIGNALS = 5
_SPAWN_AT_FDS = 6
_SPAWN_STEPS = {
    _SPAWN_AT_ACTION: "redirecting stdin, stdout or stderr",
    _SPAWN_AT_CGROUP: "joining the cgroup",
    _SPAWN_AT_SESSION: "starting a new session or process group",
    _SPAWN_AT_SIGNALS: "setting the signal mask",
    _SPAWN_AT_FDS: "keeping pass_fds and closing the other descriptors",
}
# The bits of a clone() flags word that hold the exit signal: never spawn() flags.
_EXIT_SIGNAL_BITS = 0xFF


# What Popen(restore_signals=True) gives back to the default action.
_RESTORED = tuple(
    getattr(_signal, n) for n in ("SIGPIPE", "SIGXFZ", "SIGXFSZ") if hasattr(_signal, n)
)


class _SpawnAction(_ctypes.Structure):
    _fields_ = (
        ("path", _ctypes.c_char_p),
        ("kind", _ctypes.c_int),
        ("fd", _ctypes.c_int),
        ("newfd", _ctypes.c_int),
        ("oflag", _ctypes.c_int),
        ("mode", _ctypes.c_uint),
        ("reserved", _ctypes.c_int),
    )


class _SpawnAttr(_ctypes.Structure):
    _fields_ = (
        ("flags", _ctypes.c_uint),
        ("cgroup", _ctypes.c_int),
        ("pgroup", _ctypes.c_int),
        ("cwd_fd", _ctypes.c_int),
        ("cwd", _ctypes.c_char_p),
        ("path", _ctypes.c_char_p),
        ("sigmask", _ctypes.c_void_p),
        ("sigdefault", _ctypes.c_void_p),
        ("actions", _ctypes.POINTER(_SpawnAction)),
        ("nactions", _ctypes.c_size_t),
        ("keep_fds", _ctypes.POINTER(_ctypes.c_int)),
        ("nkeep", _ctypes.c_size_t),
        ("clone_flags", _ctypes.c_uint64),
    )


class _SpawnResult(_ctypes.Structure):
    _fields_ = (
        ("pid", _ctypes.c_int),
        ("pidfd", _ctypes.c_int),
        ("rung", _ctypes.c_int),
        ("step", _ctypes.c_int),
        ("index", _ctypes.c_int),
    )


_SigSet = _ctypes.c_ulong * (1024 // (8 * _ctypes.sizeof(_ctypes.c_ulong)))


def _sigset(signals: tuple[int, ...]) -> _Any2:
    """A C library sigset_t holding ``signals``: bit sig - 1 of an array of unsigned long."""
    bits = 8 * _ctypes.sizeof(_ctypes.c_ulong)
    out = _SigSet()
    for sig in signals:
        out[(sig - 1) // bits] |= 1 << ((sig - 1) % bits)
    return out


# The compiled part: its C names (the module sets them through _native_init),
# and the functions loaded from it, or None.
_native: dict[str, _Any2] = {"symbols": ("", ""), "spawn": None, "probe": None}


class _ProbeC(_ctypes.Structure):
    _fields_ = (
        ("flags", _ctypes.c_uint64),
        ("checked", _ctypes.c_uint64),
        ("size", _ctypes.c_uint64),
        ("error", _ctypes.c_int),
        ("version", _ctypes.c_int),
        ("cgroup_errno", _ctypes.c_int),
        ("reserved", _ctypes.c_int),
        ("flag_errno", _ctypes.c_int * 64),
    )


_RESTORED_SET = _sigset(_RESTORED)


def _load_native(path: str | None) -> None:
    """Use the compiled part's spawn and probe from the shared library at ``path`` (None: none)."""
    _native["spawn"] = _native["probe"] = None
    if path is None:
        return
    library = _ctypes.CDLL(path)
    spawn_symbol, probe_symbol = _native["symbols"]
    probe = getattr(library, probe_symbol)
    probe.restype = _ctypes.c_int
    probe.argtypes = (_ctypes.POINTER(_ProbeC),)
    spawn = getattr(library, spawn_symbol)
    spawn.restype = _ctypes.c_int
    spawn.argtypes = (
        _ctypes.c_char_p,
        _ctypes.POINTER(_ctypes.c_char_p),
        _ctypes.POINTER(_ctypes.c_char_p),
        _ctypes.POINTER(_SpawnAttr),
        _ctypes.POINTER(_SpawnResult),
    )
    _native["spawn"], _native["probe"] = spawn, probe


def _native_init(prefix: str, spawn_symbol: str, probe_symbol: str) -> None:
    """Load the shared library the package's build made beside this module, if it did."""
    _native["symbols"] = (spawn_symbol, probe_symbol)
    here = _os.path.dirname(_os.path.abspath(__file__))
    try:
        names = sorted(_os.listdir(here))
        found = [n for n in names if n.startswith(prefix + ".") and n.endswith(".so")]
        _load_native(_os.path.join(here, found[0]) if found else None)
    except (OSError, AttributeError):  # one that does not load, or from another spec
        _load_native(None)


def _use_native(path: str | None) -> None:
    """Use the compiled part at ``path`` (None: the standard library fallback); for tests."""
    _load_native(path)


def spawn_backend() -> str:
    """``"native"`` when spawn() goes through the compiled part, else ``"fallback"``."""
    return "native" if _native["spawn"] is not None else "fallback"


_active: list["Process"] = []


def _cleanup() -> None:
    """Reap the children of dropped Process objects that have exited (as subprocess does)."""
    for proc in _active[:]:
        if proc.poll() is not None:
            with _contextlib.suppress(ValueError):  # another thread got there first
                _active.remove(proc)


class Process:
    """A child started by :func:`spawn`: the parts of :class:`subprocess.Popen` they share.

    ``pid``, ``returncode``, ``args``, ``stdin``, ``stdout``, ``stderr``
    (text streams with ``text=True``, an ``encoding`` or ``errors``),
    ``poll()``, ``wait(timeout)``, ``communicate(input, timeout)``,
    ``send_signal()``, ``terminate()``, ``kill()`` and the context manager
    (which closes the pipes and waits, and kills nothing) behave as Popen's.

    ``pidfd`` is the child's pidfd, an ``int``: open from spawn() until
    :meth:`close` (which the context manager calls after its wait), also
    after the child was reaped (a signal then reaches no one). It raises
    ValueError, as a closed file's ``fileno()`` does, after close() or with
    ``spawn(pidfd=False)``; ``has_pidfd`` tells. A Process dropped before its
    child was reaped does as a Popen: a ResourceWarning, the child reaped at
    once if it has exited, else its pidfd closed and the child kept on a list
    that the next spawn() reaps, so no zombie or pidfd outlives it.
    """

    def __init__(
        self,
        pid: int,
        pidfd: int | None,
        args: _Any2,
        stdin: _IO[_Any2] | None = None,
        stdout: _IO[_Any2] | None = None,
        stderr: _IO[_Any2] | None = None,
        text_mode: bool = False,
    ) -> None:
        self.pid = pid
        self._pidfd = pidfd
        self._had_pidfd = pidfd is not None
        self.args = args
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.text_mode = text_mode
        self.returncode: int | None = None
        self._lock = _threading.Lock()
        self._output: dict[int, list[bytes]] = {}
        self._input = memoryview(b"")
        self._input_offset = 0
        self._communication_started = False

    def __repr__(self) -> str:
        return f"<Process: returncode: {self.returncode} args: {self.args!r}>"

    @property
    def pidfd(self) -> int:
        """The child's pidfd; ValueError after :meth:`close` or with ``spawn(pidfd=False)``."""
        if self._pidfd is None:
            raise ValueError(
                "the pidfd is closed" if self._had_pidfd else "spawn(pidfd=False) made no pidfd"
            )
        return self._pidfd

    @property
    def has_pidfd(self) -> bool:
        """Whether :attr:`pidfd` is open."""
        return self._pidfd is not None

    def close(self) -> None:
        """Close the pipes and the pidfd; neither waits for nor signals the child."""
        for stream in (self.stdin, self.stdout, self.stderr):
            if stream is not None:
                with _contextlib.suppress(BrokenPipeError):
                    stream.close()
        self._close_pidfd()

    def _close_pidfd(self) -> None:
        fd, self._pidfd = self._pidfd, None
        if fd is not None:
            _os.close(fd)

    def __enter__(self) -> "Process":
        return self

    def __exit__(self, *exc: object) -> None:
        """Like Popen: close the pipes, then wait for the child; then close the pidfd."""
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            self.wait()
            self._close_pidfd()

    def __del__(
        self,
        _active: list["Process"] = _active,
        _warn: _Any2 = _warnings.warn,
        _close: _Any2 = _os.close,
    ) -> None:
        """As Popen's: warn if the child was not waited for, reap it if it has exited, else keep
        it; the pidfd is closed either way."""
        pidfd = getattr(self, "_pidfd", None)
        if pidfd is not None:  # the pid stays ours until reaped: the pidfd is not needed
            self._pidfd = None
            _close(pidfd)
        if getattr(self, "returncode", 0) is not None:
            return
        _warn(f"subprocess {self.pid} is still running", ResourceWarning, source=self)
        self.poll()
        if self.returncode is None:
            _active.append(self)  # reaped by the next spawn()

    def _reaped(self, status: int) -> int:
        self.returncode = _os.waitstatus_to_exitcode(status)
        return self.returncode

    def _try_wait(self, options: int) -> int | None:
        try:
            pid, status = _os.waitpid(self.pid, options)
        except ChildProcessError:  # reaped elsewhere (SIGCHLD ignored): as Popen, 0
            pid, status = self.pid, 0
        return self._reaped(status) if pid == self.pid else None

    def poll(self) -> int | None:
        """The exit code if the child has exited, else None."""
        if self.returncode is None and self._lock.acquire(False):
            try:
                if self.returncode is None:
                    self._try_wait(_os.WNOHANG)
            finally:
                self._lock.release()
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the child; :class:`subprocess.TimeoutExpired` if ``timeout`` seconds pass first."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            with self._lock:
                while self.returncode is None:
                    self._try_wait(0)
            return self.returncode
        deadline = _time.monotonic() + timeout
        delay = 0.0005
        while True:
            if self._lock.acquire(False):
                try:
                    if self.returncode is not None or self._try_wait(_os.WNOHANG) is not None:
                        assert self.returncode is not None
                        return self.returncode
                finally:
                    self._lock.release()
            remaining = deadline - _time.monotonic()
            if remaining <= 0:
                raise _subprocess.TimeoutExpired(self.args, timeout)
            if self._pidfd is not None:
                # Readable once the child has exited; no more than a poll() can wait at once.
                poller = _select.poll()
                poller.register(self._pidfd, _select.POLLIN)
                poller.poll(min(int(remaining * 1000) + 1, 2**31 - 1))
            else:  # no pidfd: as Popen, sleep a little longer each round
                delay = min(delay * 2, remaining, 0.05)
                _time.sleep(delay)

    def communicate(self, input: _Any2 = None, timeout: float | None = None) -> tuple[_Any2, _Any2]:
        """Send ``input``, read stdout and stderr to the end, wait: as Popen.communicate().

        In text mode ``input`` is a str and the output str, decoded with the
        streams' encoding and errors, with universal newlines, as Popen's.
        """
        if self.text_mode and isinstance(input, str) and self.stdin is not None:
            input = input.encode(self.stdin.encoding, self.stdin.errors)  # type: ignore[attr-defined]
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        deadline = None if timeout is None else _time.monotonic() + timeout
        if not self._communication_started:
            if self.stdin is not None:
                with _contextlib.suppress(BrokenPipeError):
                    self.stdin.flush()
                if not input:
                    with _contextlib.suppress(BrokenPipeError):
                        self.stdin.close()
            for stream in (self.stdout, self.stderr):
                if stream is not None:
                    self._output[id(stream)] = []
        if not self._communication_started and self.stdin is not None:  # else ignored, as Popen
            self._input = memoryview(input or b"").cast("B")
        self._communication_started = True
        view = self._input
        stdin_fd = -1 if self.stdin is None or self.stdin.closed else self.stdin.fileno()
        with _selectors.PollSelector() as selector:
            if self.stdin is not None and not self.stdin.closed and len(view):
                selector.register(self.stdin, _selectors.EVENT_WRITE)
            for stream in (self.stdout, self.stderr):
                if stream is not None and not stream.closed:
                    selector.register(stream, _selectors.EVENT_READ)
            while selector.get_map():
                remaining = None if deadline is None else deadline - _time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise self._timeout(timeout)
                for key, _ in selector.select(remaining):
                    fileobj: _Any2 = key.fileobj
                    if key.fd == stdin_fd:
                        chunk = view[self._input_offset : self._input_offset + _select.PIPE_BUF]
                        try:
                            self._input_offset += _os.write(key.fd, chunk)
                        except BrokenPipeError:
                            selector.unregister(fileobj)
                            fileobj.close()
                        else:
                            if self._input_offset >= len(view):
                                selector.unregister(fileobj)
                                fileobj.close()
                    else:
                        data = _os.read(key.fd, 32768)
                        if not data:
                            selector.unregister(fileobj)
                            fileobj.close()
                        self._output[id(fileobj)].append(data)
        try:
            self.wait(None if deadline is None else max(deadline - _time.monotonic(), 0))
        except _subprocess.TimeoutExpired as exc:
            exc.timeout = timeout or 0  # as Popen: the caller's timeout, not what was left of it
            raise
        out = b"".join(self._output[id(self.stdout)]) if self.stdout is not None else None
        err = b"".join(self._output[id(self.stderr)]) if self.stderr is not None else None
        return self._text(out, self.stdout), self._text(err, self.stderr)

    def _text(self, data: bytes | None, stream: _IO[_Any2] | None) -> _Any2:
        """The output as communicate() gives it: in text mode decoded, with universal newlines."""
        if data is None or stream is None or not self.text_mode:
            return data
        text = data.decode(stream.encoding, stream.errors)  # type: ignore[attr-defined]
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def _timeout(self, timeout: float | None) -> _subprocess.TimeoutExpired:
        out = b"".join(self._output.get(id(self.stdout), [])) if self.stdout else None
        err = b"".join(self._output.get(id(self.stderr), [])) if self.stderr else None
        return _subprocess.TimeoutExpired(self.args, timeout or 0, output=out, stderr=err)

    def send_signal(self, sig: int) -> None:
        """Signal the child (through its pidfd, which cannot hit a recycled pid)."""
        self.poll()
        if self.returncode is not None:
            return
        if self._pidfd is not None:
            with _contextlib.suppress(ProcessLookupError):  # exited, not yet reaped: as Popen
                _signal.pidfd_send_signal(self._pidfd, sig)
        else:
            with _contextlib.suppress(ProcessLookupError):
                _os.kill(self.pid, sig)

    def terminate(self) -> None:
        self.send_signal(_signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(_signal.SIGKILL)


def _argv(argv: object, executable: _Path | None, shell: bool) -> tuple[list[bytes], bytes, str]:
    """The arguments as bytes, the file to run and its name as errors give it; refusals as
    os gives them.

    As Popen: a str, bytes or path alone is the program, without arguments;
    ``shell`` runs the command line with /bin/sh -c (``executable`` then
    replaces the shell), else ``executable`` is the file run, argv[0] only its name.
    """
    if isinstance(argv, _os.PathLike) and shell:
        raise TypeError("path-like args is not allowed when shell is true")
    if isinstance(argv, (str, bytes, _os.PathLike)):
        argv = [argv]
    if not isinstance(argv, _Sequence):
        raise TypeError(
            f"argv must be a program or a sequence of arguments, not {type(argv).__name__}"
        )
    if shell:
        argv = ["/bin/sh", "-c", *argv]
    if not argv:
        raise ValueError("argv is empty")
    program = [_os.fsencode(a) for a in argv]
    if executable is not None:
        file = _os.fsencode(executable)
        if shell:
            program[0] = file
    else:
        file = program[0]
    if any(b"\0" in a for a in (*program, file)):
        raise ValueError("embedded null byte")
    return program, file, _os.fsdecode(file)


def _environment(env: _Mapping[_Any2, _Any2] | None) -> dict[bytes, bytes] | None:
    """The environment as bytes (None: ours); TypeError for a key or value that is no path."""
    if env is None:
        return None
    out: dict[bytes, bytes] = {}
    for key, value in env.items():
        for what, item in (("key", key), ("value", value)):
            if not isinstance(item, (str, bytes, _os.PathLike)):
                raise TypeError(
                    f"env {what}s must be str, bytes or os.PathLike, not {type(item).__name__} "
                    f"(env[{key!r}] = {value!r})"
                )
        k, v = _os.fsencode(key), _os.fsencode(value)
        if b"\0" in k or b"\0" in v:
            raise ValueError("embedded null byte")
        if not k or b"=" in k:
            raise ValueError(f"illegal environment variable name: {key!r}")
        out[k] = v
    return out


def _search_path(env: _Mapping[bytes, bytes] | None) -> bytes:
    """The directories the program is looked up in: the new environment's PATH, as subprocess."""
    path = (_os.environb if env is None else env).get(b"PATH")
    dirs = _os.get_exec_path({"PATH": _os.fsdecode(path)} if path is not None else {})
    return b":".join(_os.fsencode(d) for d in dirs)


_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1


def _on_cgroup2(fd: int) -> bool:
    """Whether ``fd`` lies on a cgroup2 file system (the device of a cgroup2 mount)."""
    st = _os.fstat(fd)
    device = f"{_os.major(st.st_dev)}:{_os.minor(st.st_dev)}"
    with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as f:
        for line in f:
            fields = line.split()  # ... major:minor ... - fstype source options
            if fields[2:3] == [device] and "-" in fields[6:]:
                return fields[fields.index("-", 6) + 1 :][:1] == ["cgroup2"]
    return False


def _open_cgroup(
    cgroup: _Path | int,
) -> tuple[int, bool, str]:
    """A descriptor of the cgroup2 directory, whether it is ours, and its name for messages.

    As the kernel answers: OSError EBADF for a descriptor that is not open,
    ENOENT for a cgroup that was removed; as os functions do, OverflowError
    for a descriptor that is no C int; ValueError for a directory that is not
    a cgroup2 one.
    """
    if isinstance(cgroup, bool) or not isinstance(cgroup, (int, str, bytes, _os.PathLike)):
        raise TypeError(
            f"cgroup must be a path or a descriptor of a cgroup2 directory, not {type(cgroup).__name__}"
        )
    path: str | None = None
    if isinstance(cgroup, int):
        if not _INT_MIN <= cgroup <= _INT_MAX:
            raise OverflowError(
                f"cgroup descriptor {cgroup} is out of range for C int [{_INT_MIN}, {_INT_MAX}]"
            )
        fd, own, name = cgroup, False, f"descriptor {cgroup}"
        _os.fstat(fd)  # EBADF for one that is not open
    else:
        name = path = _os.fsdecode(cgroup)
        fd, own = _os.open(cgroup, _os.O_RDONLY | _os.O_DIRECTORY | _os.O_CLOEXEC), True
    try:
        try:
            _os.stat("cgroup.controllers", dir_fd=fd)  # every cgroup2 directory has it, v1 none
        except (FileNotFoundError, NotADirectoryError) as exc:
            if isinstance(exc, FileNotFoundError) and _on_cgroup2(fd):  # emptied by rmdir
                err = _errno2.ENOENT  # what CLONE_INTO_CGROUP answers for a removed cgroup
                raise OSError(err, f"{_os.strerror(err)} (the cgroup was removed)", path) from None
            raise ValueError(
                f"cgroup {name!r} is not a cgroup2 directory (no cgroup.controllers: {exc.strerror})"
            ) from None
    except BaseException:
        if own:
            _os.close(fd)
        raise
    return fd, own, name


def _child_fd(
    spec: object, name: str, opened: list[int], parent: list[int]
) -> tuple[int | None, int | None]:
    """(the child's descriptor, the parent's end) of one of stdin, stdout, stderr."""
    if spec is None:
        return None, None
    if spec == PIPE:
        read_end, write_end = _os.pipe2(_os.O_CLOEXEC)
        opened.append(read_end if name == "stdin" else write_end)
        parent.append(write_end if name == "stdin" else read_end)
        return (read_end, write_end) if name == "stdin" else (write_end, read_end)
    if spec == DEVNULL:
        fd = _os.open(
            _os.devnull, (_os.O_RDONLY if name == "stdin" else _os.O_WRONLY) | _os.O_CLOEXEC
        )
        opened.append(fd)
        return fd, None
    if isinstance(spec, int) and not isinstance(spec, bool):
        if spec < 0:
            raise ValueError(f"{name}={spec} is neither PIPE, DEVNULL nor a descriptor")
        return spec, None
    fileno = getattr(spec, "fileno", None)
    if fileno is None:
        raise TypeError(
            f"{name} must be PIPE, DEVNULL, a descriptor or a file, not {type(spec).__name__}"
        )
    return int(fileno()), None


# Names for _Request's field types: a NamedTuple evaluates its annotations, one name each.
_Argv = list[bytes]
_Environ = dict[bytes, bytes] | None
_Dups = list[tuple[int, int]]
_Fds = list[int]
_OptionalStr = str | None
_OptionalInt = int | None


class _Request(_NamedTuple2):
    """One spawn() request, checked and with its descriptors open: what every way of
    starting the child reads."""

    program: _Argv  # argv, as bytes
    file: bytes  # what is run: argv[0] or the executable, looked up on the PATH without a /
    name: str  # the program as the caller named it, for errors
    environment: _Environ  # None: the parent's
    dups: _Dups  # (source, target) dup2()s of the standard streams
    keep: _Fds  # pass_fds, sorted
    close: bool  # close every other inheritable descriptor
    cwd_fd: int  # an O_PATH descriptor of cwd, or -1
    cwd: _OptionalStr  # cwd as given, for errors
    new_session: bool
    process_group: _OptionalInt
    restore: bool  # restore_signals
    cgroup_fd: int  # a descriptor of the cgroup, or -1
    cgroup: str  # the cgroup as given, for errors
    pidfd: bool
    flags: int  # further clone flags (the compiled part only)


def _spawn(
    argv: object,
    *,
    stdin: object,
    stdout: object,
    stderr: object,
    pass_fds: _Collection[int],
    close_fds: bool,
    cwd: _Path | None,
    env: _Mapping[_Any2, _Any2] | None,
    start_new_session: bool,
    process_group: int | None,
    restore_signals: bool,
    cgroup: _Path | int | None,
    pidfd: bool,
    flags: int,
    text: bool | None = None,
    encoding: str | None = None,
    errors: str | None = None,
    universal_newlines: bool | None = None,
    bufsize: int = -1,
    executable: _Path | None = None,
    shell: bool = False,
    into_cgroup_flag: int,
    pidfd_flag: int,
    refused_flags: int,
    flag_names: _Mapping[str, int],
) -> Process:
    """spawn(): every refusal before any child exists, then the compiled part or the fallback."""
    if _active:
        _cleanup()
    streams = _Streams.of(text, encoding, errors, universal_newlines, bufsize)
    program, file, name = _argv(argv, executable, shell)
    environment = _environment(env)
    refused = flags & (refused_flags | _EXIT_SIGNAL_BITS) & ~(pidfd_flag | into_cgroup_flag)
    if refused:
        said, rest = [], refused
        for flag_name, value in flag_names.items():
            if value & refused and not value & (value - 1):
                said.append(flag_name)
                rest &= ~value
        raise OSError(
            _errno2.EINVAL,
            f"{_os.strerror(_errno2.EINVAL)}: spawn() refuses "
            + ", ".join(said + ([f"{rest:#x}"] if rest else []))
            + " (flags it sets itself, that its child cannot have, or that would share with "
            "this process what the child changes before exec; see the libc spawn)",
        )
    if flags & pidfd_flag and not pidfd:
        raise ValueError("CLONE_PIDFD needs pidfd, the address of an int")
    if flags & into_cgroup_flag and cgroup is None:
        raise ValueError(
            "CLONE_INTO_CGROUP needs cgroup=, a path or descriptor of a cgroup2 directory"
        )
    flags &= ~(pidfd_flag | into_cgroup_flag)
    if flags and _native["spawn"] is None:
        raise OSError(
            _errno2.ENOSYS,
            "spawn(flags=...) needs the compiled part, which this installation lacks "
            "(pip install the package where a C compiler exists)",
        )
    keep = sorted({int(fd) for fd in pass_fds})
    if any(fd < 0 for fd in keep):
        raise ValueError("pass_fds holds a negative descriptor")
    close = close_fds or bool(keep)
    opened: list[int] = []  # closed here whatever happens
    ends: list[int] = []  # the parent's ends of pipes: closed on failure
    cgroup_fd, own_cgroup, cgroup_name = -1, False, ""
    cwd_fd = -1
    try:
        if cgroup is not None:
            cgroup_fd, own_cgroup, cgroup_name = _open_cgroup(cgroup)
        if cwd is not None:  # opened here: a bad cwd is named before a child exists
            cwd_fd = _os.open(cwd, _os.O_PATH | _os.O_DIRECTORY | _os.O_CLOEXEC)
            opened.append(cwd_fd)
        fds: list[tuple[int | None, int | None]] = [
            _child_fd(stdin, "stdin", opened, ends),
            _child_fd(stdout, "stdout", opened, ends),
        ]
        if stderr == STDOUT:
            fds.append((fds[1][0] if fds[1][0] is not None else 1, None))
        else:
            fds.append(_child_fd(stderr, "stderr", opened, ends))
        dups: list[tuple[int, int]] = []
        for target, (source, _) in enumerate(fds):
            if source is None:
                continue
            if source < 3 and source != target:  # out of the way of the other dup2()s
                source = _dupfd(source)
                opened.append(source)
            dups.append((source, target))
        request = _Request(
            program,
            file,
            name,
            environment,
            dups,
            keep,
            close,
            cwd_fd,
            None if cwd is None else _os.fsdecode(cwd),
            start_new_session,
            process_group,
            restore_signals,
            cgroup_fd,
            cgroup_name,
            pidfd,
            flags,
        )
        if _native["spawn"] is not None:
            pid, child_pidfd = _spawn_native(request)
        elif cgroup is None and cwd is None and not keep:
            pid, child_pidfd = _spawn_posix(request)
        else:
            pid, child_pidfd = _spawn_fork(request)
    except BaseException:
        for fd in ends:
            _os.close(fd)
        raise
    finally:
        for fd in opened:
            _os.close(fd)
        if own_cgroup:
            _os.close(cgroup_fd)
    stdin_end, stdout_end, stderr_end = (
        streams.open(end, i == 0) for i, (_, end) in enumerate(fds)
    )
    return Process(pid, child_pidfd, argv, stdin_end, stdout_end, stderr_end, streams.text_mode)


def _run(
    spawn: _Callable[..., Process],
    argv: object,
    input: _Any2,
    capture_output: bool,
    timeout: float | None,
    check: bool,
    options: dict[str, _Any2],
) -> "_subprocess.CompletedProcess[_Any2]":
    """run(): as subprocess.run(), with spawn() as its Popen.

    On a timeout the child is killed and reaped before TimeoutExpired (with
    the output read so far) propagates; on any other exception killed, and
    reaped by the context manager.
    """
    if input is not None:
        if options.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        options["stdin"] = PIPE
    if capture_output:
        if options.get("stdout") is not None or options.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        options["stdout"] = options["stderr"] = PIPE
    with spawn(argv, **options) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except _subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()  # the context manager waits
            raise
        code = process.poll()
        assert code is not None  # communicate() waited
        if check and code:
            raise _subprocess.CalledProcessError(code, process.args, output=stdout, stderr=stderr)
    return _subprocess.CompletedProcess(process.args, code, stdout, stderr)


def _text_encoding() -> str:
    """The encoding of text mode without one: as subprocess, the locale's (UTF-8 mode: UTF-8)."""
    if _sys.flags.warn_default_encoding:
        _warnings.warn("'encoding' argument not specified.", EncodingWarning, stacklevel=4)
    return "utf-8" if _sys.flags.utf8_mode else _locale.getencoding()


class _Streams(_NamedTuple2):
    """How the parent's ends of the pipes are opened: Popen's bufsize and text mode."""

    text_mode: bool
    encoding: _OptionalStr
    errors: _OptionalStr
    bufsize: int
    line_buffering: bool

    @classmethod
    def of(
        cls,
        text: bool | None,
        encoding: str | None,
        errors: str | None,
        universal_newlines: bool | None,
        bufsize: int | None,
    ) -> "_Streams":
        """As Popen checks them, before any child exists."""
        if (
            text is not None
            and universal_newlines is not None
            and bool(universal_newlines) != bool(text)
        ):
            raise _subprocess.SubprocessError(
                "Cannot disambiguate when both text and universal_newlines are supplied but "
                "different. Pass one or the other."
            )
        if bufsize is None:
            bufsize = -1
        if isinstance(bufsize, bool) or not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        text_mode = bool(encoding or errors or text or universal_newlines)
        line_buffering = False
        if bufsize == 1:
            if text_mode:
                line_buffering, bufsize = True, -1
            else:
                _warnings.warn(
                    "line buffering (buffering=1) isn't supported in binary mode, the default "
                    "buffer size will be used",
                    RuntimeWarning,
                    stacklevel=4,
                )
        if text_mode and encoding is None:
            encoding = _text_encoding()
        return cls(text_mode, encoding, errors, bufsize, line_buffering)

    def open(self, end: int | None, writing: bool) -> _IO[_Any2] | None:
        """The parent's end of one pipe as a file (None: no pipe)."""
        if end is None:
            return None
        raw = _os.fdopen(end, "wb" if writing else "rb", self.bufsize)
        if not self.text_mode:
            return raw
        if writing:
            return _io.TextIOWrapper(
                raw,
                write_through=True,
                line_buffering=self.line_buffering,
                encoding=self.encoding,
                errors=self.errors,
            )
        return _io.TextIOWrapper(raw, encoding=self.encoding, errors=self.errors)


def _dupfd(fd: int) -> int:
    """A close-on-exec duplicate of ``fd`` numbered 3 or above."""
    new = _os.dup(fd)
    if new >= 3:
        return new
    try:
        return _dupfd(fd)
    finally:
        _os.close(new)


def _raise_step(err: int, step: int, name: str, cwd: str | None, cgroup: str) -> None:
    if step == _SPAWN_AT_EXEC:
        raise OSError(err, _os.strerror(err), name)
    if step == _SPAWN_AT_CWD:
        raise OSError(err, _os.strerror(err), cwd)
    if step == _SPAWN_AT_CGROUP:
        raise OSError(err, f"{_os.strerror(err)} (joining the cgroup)", cgroup)
    raise OSError(err, f"{_os.strerror(err)} ({_SPAWN_STEPS.get(step, 'before exec')})")


def _spawn_native(r: _Request) -> tuple[int, int | None]:
    """The compiled part: the libc spawn, which runs no Python in the child."""
    argv = (_ctypes.c_char_p * (len(r.program) + 1))(*r.program, None)
    envp = None  # NULL: the C library's environ, which os.environ writes through to
    if r.environment is not None:
        pairs = [k + b"=" + v for k, v in r.environment.items()]
        envp = (_ctypes.c_char_p * (len(pairs) + 1))(*pairs, None)
    actions = (_SpawnAction * max(len(r.dups), 1))()
    for i, (source, target) in enumerate(r.dups):
        actions[i].kind, actions[i].fd, actions[i].newfd = _SPAWN_DUP2, source, target
    kept = (_ctypes.c_int * max(len(r.keep), 1))(*r.keep)
    attr = _SpawnAttr()
    attr.flags = _SPAWN_SEARCH_PATH | (_SPAWN_PIDFD if r.pidfd else 0)
    if b"/" not in r.file:
        attr.path = _search_path(r.environment)
    attr.actions, attr.nactions = actions, len(r.dups)
    if r.close:
        attr.flags |= _SPAWN_CLOSE_FDS
        attr.keep_fds, attr.nkeep = kept, len(r.keep)
    if r.cwd_fd >= 0:
        attr.flags |= _SPAWN_CWD_FD
        attr.cwd_fd = r.cwd_fd
    if r.new_session:
        attr.flags |= _SPAWN_SETSID
    if r.process_group is not None:
        attr.flags |= _SPAWN_SETPGROUP
        attr.pgroup = r.process_group
    if r.restore:
        attr.flags |= _SPAWN_SETSIGDEF
        attr.sigdefault = _ctypes.addressof(_RESTORED_SET)
    if r.cgroup_fd >= 0:
        attr.flags |= _SPAWN_CGROUP
        attr.cgroup = r.cgroup_fd
    attr.clone_flags = r.flags
    result = _SpawnResult()
    err = _native["spawn"](r.file, argv, envp, _ctypes.byref(attr), _ctypes.byref(result))
    if err:
        if result.step != _SPAWN_AT_CLONE:
            _raise_step(err, result.step, r.name, r.cwd, r.cgroup)
        if err == _errno2.EBADF and r.cgroup_fd >= 0:
            raise OSError(err, "the kernel refused the cgroup as a cgroup2 directory", r.cgroup)
        raise OSError(err, f"{_os.strerror(err)} (creating the process)")
    return result.pid, result.pidfd if r.pidfd else None


def _candidates(program: bytes, environment: dict[bytes, bytes] | None) -> list[bytes]:
    """Where execvpe() would look for the program, in order."""
    if b"/" in program:
        return [program]
    return [_os.path.join(d or b".", program) for d in _search_path(environment).split(b":")]


def _inheritable_fds() -> list[int]:
    found = []
    for entry in _os.listdir("/proc/self/fd"):
        fd = int(entry)
        try:
            if fd > 2 and _os.get_inheritable(fd):
                found.append(fd)
        except OSError:
            pass  # the descriptor listdir() itself used
    return found


def _spawn_posix(r: _Request) -> tuple[int, int | None]:
    """The fallback without a cgroup, cwd or pass_fds: posix_spawn (vfork speed) and pidfd_open."""
    actions: list[tuple[int, ...]] = [(_os.POSIX_SPAWN_DUP2, s, t) for s, t in r.dups]
    if r.close:
        targets = {t for _, t in r.dups}
        actions += [(_os.POSIX_SPAWN_CLOSE, fd) for fd in _inheritable_fds() if fd not in targets]
    extra: dict[str, _Any2] = {} if r.process_group is None else {"setpgroup": r.process_group}
    last: OSError | None = None
    for path in _candidates(r.file, r.environment):
        if len(r.file.split(b"/")) == 1 and not _os.path.exists(path):
            continue
        try:
            pid = _os.posix_spawn(
                path,
                r.program,
                _os.environ if r.environment is None else r.environment,
                file_actions=actions,
                setsid=r.new_session,
                setsigdef=_RESTORED if r.restore else (),
                **extra,
            )
        except OSError as exc:
            last = exc
            if exc.errno in (_errno2.ENOENT, _errno2.ENOTDIR, _errno2.EACCES):
                continue
            break
        return pid, _os.pidfd_open(pid) if r.pidfd else None
    err = last.errno if last is not None and last.errno else _errno2.ENOENT
    raise OSError(err, _os.strerror(err), r.name)


def _spawn_fork(r: _Request) -> tuple[int, int | None]:
    """The fallback for a cgroup, cwd or pass_fds: os.fork(), and a child that only execs.

    os.fork() runs the C library's and Python's fork handlers, so the locks
    other threads held are usable in the child; the child makes only os
    calls, joins the cgroup by writing its cgroup.procs, and execs.
    """
    procs = -1
    if r.cgroup_fd >= 0:
        procs = _os.open("cgroup.procs", _os.O_WRONLY | _os.O_CLOEXEC, dir_fd=r.cgroup_fd)
    paths = _candidates(r.file, r.environment)
    read_end, write_end = _os.pipe2(_os.O_CLOEXEC)
    try:
        pid = _os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            step, err = _SPAWN_AT_EXEC, 0
            try:
                if procs >= 0:
                    step = _SPAWN_AT_CGROUP
                    _os.write(procs, b"0")
                step = _SPAWN_AT_SESSION
                if r.new_session:
                    _os.setsid()
                if r.process_group is not None:
                    _os.setpgid(0, r.process_group)
                step = _SPAWN_AT_ACTION
                for source, target in r.dups:
                    _os.dup2(source, target)
                step = _SPAWN_AT_CWD
                if r.cwd_fd >= 0:
                    _os.fchdir(r.cwd_fd)
                step = _SPAWN_AT_FDS
                for fd in r.keep:
                    _os.set_inheritable(fd, True)
                if r.close:
                    lowest = 3
                    for fd in sorted({*r.keep, write_end}):
                        if fd >= lowest:
                            _os.closerange(lowest, fd)
                            lowest = fd + 1
                    _os.closerange(lowest, _os.sysconf("SC_OPEN_MAX"))
                step = _SPAWN_AT_SIGNALS
                for sig in _RESTORED if r.restore else ():
                    _signal.signal(sig, _signal.SIG_DFL)
                step, err = _SPAWN_AT_EXEC, _errno2.ENOENT
                for path in paths:
                    try:
                        _os.execve(
                            path, r.program, _os.environ if r.environment is None else r.environment
                        )
                    except OSError as exc:
                        if exc.errno == _errno2.EACCES:
                            err = exc.errno
                        elif exc.errno not in (_errno2.ENOENT, _errno2.ENOTDIR):
                            err = exc.errno or 0
                            break
            except OSError as exc:
                err = exc.errno or _errno2.EINVAL
            except BaseException:
                err = _errno2.EINVAL
            try:
                _os.write(write_end, b"%d:%d" % (step, err))
            finally:
                _os._exit(127)
    finally:
        _os.close(write_end)
        if procs >= 0:
            _os.close(procs)
    try:
        report = b""
        while chunk := _os.read(read_end, 64):
            report += chunk
    finally:
        _os.close(read_end)
    if report:
        _os.waitpid(pid, 0)
        step_text, _, err_text = report.partition(b":")
        _raise_step(int(err_text), int(step_text), r.name, r.cwd, r.cgroup)
    return pid, _os.pidfd_open(pid) if r.pidfd else None


_PROBE_REASONS = {
    _errno2.ENOSYS: "no such system call here, or a seccomp filter answers ENOSYS",
    _errno2.EPERM: "refused by policy: a seccomp filter or a security module answers EPERM",
    _errno2.E2BIG: "needs a struct version newer than the kernel knows",
    _errno2.EINVAL: "unknown to this kernel, or needs another flag",
}


def _why(err: int) -> str:
    return _PROBE_REASONS.get(err, _os.strerror(err))


# Names for Probe's field types: a NamedTuple evaluates its annotations, one name each.
_VersionName = str | None
_FlagNames = frozenset[str]
_FlagErrors = dict[str, int]


class Probe(_NamedTuple2):
    """What :func:`probe` found the running kernel to accept."""

    error: int
    """0, or the errno that makes the system call unusable (ENOSYS, EPERM, ...)."""
    reason: str
    """Why, in words ("" when usable)."""
    version: _VersionName
    """The highest struct version the kernel accepts, None if none."""
    size: int
    """Its size in bytes, 0 if none."""
    cgroup_error: int
    """0 when CLONE_INTO_CGROUP works, else why not (E2BIG: no cgroup field)."""
    accepted: _FlagNames
    """Flags the kernel accepts."""
    refused: _FlagErrors
    """Flags it refuses, with the errno (EINVAL: unknown or needs another flag; EPERM; ...)."""
    unchecked: _FlagNames
    """Flags the probe could not check (without the compiled part: all but CLONE_INTO_CGROUP)."""

    def why(self, flag: str) -> str:
        """Why ``flag`` is not usable, in words ("" if it is)."""
        if flag in self.refused:
            return (
                f"{flag}: {_why(self.refused[flag])} ({_errno2.errorcode.get(self.refused[flag])})"
            )
        if flag in self.unchecked:
            return f"{flag}: not checked" + (
                f": {_why(self.cgroup_error)}"
                if self.cgroup_error
                else " without the compiled part"
            )
        return ""


def _probe(
    number: int,
    versions: tuple[tuple[str, int], ...],
    flags: dict[str, int],
    request: _Any2,
    into_cgroup: str,
) -> Probe:
    """probe(): through the compiled part's, else by system calls that cannot make a child.

    ``request(flags, exit_signal, cgroup)`` is the struct's bytes at the latest size.
    """
    if _native["probe"] is not None:
        out = _ProbeC()
        _native["probe"](_ctypes.byref(out))
        found = {n: v for n, v in flags.items() if v & out.checked}
        bit = {n: v.bit_length() - 1 for n, v in found.items()}
        return Probe(
            out.error,
            _why(out.error) if out.error else "",
            versions[out.version][0] if out.version >= 0 else None,
            out.size,
            out.cgroup_errno,
            frozenset(n for n, v in found.items() if v & out.flags),
            {n: out.flag_errno[bit[n]] for n, v in found.items() if not v & out.flags},
            frozenset(n for n in flags if n not in found),
        )

    def call(raw: bytes | None, size: int) -> int:
        buf = None if raw is None else _ctypes.create_string_buffer(raw, len(raw))
        ret = int(_syscall(number, buf, size))
        if ret >= 0:  # impossible: every request fails a check; never run Python there
            _os._exit(0) if ret == 0 else _os.waitpid(ret, 0)
            return 0
        return _ctypes.get_errno()

    err = call(None, 0)
    if err != _errno2.EINVAL:
        return Probe(err, _why(err), None, 0, err, frozenset(), {}, frozenset(flags))
    version, size = None, 0
    thread = flags["CLONE_THREAD"]
    for name, vsize in versions:
        raw = bytearray(request(thread, _signal.SIGCHLD, 0)[:vsize])
        raw[vsize - 8 : vsize] = b"\x01" * 8  # the version's last word, not zero
        if call(bytes(raw), vsize) == _errno2.E2BIG:
            break
        version, size = name, vsize
    cgroup_error = call(request(flags[into_cgroup], 0, 0x7FFFFFFF), versions[-1][1])
    cgroup_error = 0 if cgroup_error == _errno2.EBADF else cgroup_error
    return Probe(
        0,
        "",
        version,
        size,
        cgroup_error,
        frozenset() if cgroup_error else frozenset({into_cgroup}),
        {into_cgroup: cgroup_error} if cgroup_error else {},
        frozenset(n for n in flags if n != into_cgroup),
    )


_REFUSED: Final = _mask(
    CloneArgsFlags.CLONE_VM,
    CloneArgsFlags.CLONE_VFORK,
    CloneArgsFlags.CLONE_THREAD,
    CloneArgsFlags.CLONE_SETTLS,
)
_SPAWN_REFUSED: Final = _mask(
    CloneArgsFlags.CLONE_VM,
    CloneArgsFlags.CLONE_VFORK,
    CloneArgsFlags.CLONE_PIDFD,
    CloneArgsFlags.CLONE_INTO_CGROUP,
    CloneArgsFlags.CLONE_THREAD,
    CloneArgsFlags.CLONE_SIGHAND,
    CloneArgsFlags.CLONE_SETTLS,
    CloneArgsFlags.CLONE_PARENT_SETTID,
    CloneArgsFlags.CLONE_CHILD_SETTID,
    CloneArgsFlags.CLONE_CHILD_CLEARTID,
    CloneArgsFlags.CLONE_FILES,
    CloneArgsFlags.CLONE_FS,
    CloneArgsFlags.CLONE_SYSVSEM,
    CloneArgsFlags.CLONE_PARENT,
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


_native_init(
    "_spawn",
    "cg_spawn",
    "cg_clone3_probe",
)


def spawn(
    argv: _Command,
    *,
    stdin: _File = None,
    stdout: _File = None,
    stderr: _File = None,
    pass_fds: _Collection[int] = (),
    close_fds: bool = True,
    cwd: _Path | None = None,
    env: _Environment | None = None,
    start_new_session: bool = False,
    process_group: int | None = None,
    restore_signals: bool = True,
    text: bool | None = None,
    encoding: str | None = None,
    errors: str | None = None,
    universal_newlines: bool | None = None,
    bufsize: int = -1,
    executable: _Path | None = None,
    shell: bool = False,
    cgroup: _Path | int | None = None,
    pidfd: bool = True,
    flags: int = 0,
) -> Process:
    """Start ``argv`` in a new process, optionally straight into a cgroup, with a pidfd.

    ``argv`` (a sequence of arguments, or a program alone) and the keywords
    ``stdin``, ``stdout``, ``stderr`` (PIPE, DEVNULL, STDOUT, a descriptor or
    a file), ``pass_fds``, ``close_fds``, ``cwd``, ``env``,
    ``start_new_session``, ``process_group``, ``restore_signals``, ``text``,
    ``encoding``, ``errors``, ``universal_newlines``, ``bufsize``,
    ``executable`` and ``shell`` are :class:`subprocess.Popen`'s, with the
    types it accepts, and so is the program's lookup on the PATH of ``env``. ``cgroup`` (a path or a
    descriptor of a cgroup2 directory) starts the program there
    (CLONE_INTO_CGROUP); ``pidfd`` gives ``Process.pidfd``, open until
    ``Process.close()``; ``flags`` adds clone3() flags such as namespaces.

    Refusals come before any child exists: TypeError for an ``env`` key or
    value that is no path; ValueError for a NUL byte or a directory that is
    not a cgroup2 one; the OSError of a bad ``cwd``, naming it, or of a
    ``cgroup`` the kernel would refuse (EBADF: no open descriptor, ENOENT: a
    removed cgroup); OSError EINVAL for ``flags`` spawn() sets itself or that
    would share with this process what the child changes before exec, such
    as CLONE_FILES, CLONE_FS, CLONE_SYSVSEM, CLONE_PARENT.
    A program that cannot be run raises the child's OSError, naming it.

    With the compiled part (see :func:`spawn_backend`), this is the libc's
    spawn: clone3() with CLONE_VM | CLONE_VFORK, whose child runs no Python.
    Without it, the standard library: posix_spawn(), or os.fork() and a
    child that only execs when a cgroup, ``cwd`` or ``pass_fds`` is asked
    (``flags`` then raise OSError ENOSYS).
    """
    return _spawn(
        argv,
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
        pass_fds=pass_fds,
        close_fds=close_fds,
        cwd=cwd,
        env=env,
        start_new_session=start_new_session,
        process_group=process_group,
        restore_signals=restore_signals,
        text=text,
        encoding=encoding,
        errors=errors,
        universal_newlines=universal_newlines,
        bufsize=bufsize,
        executable=executable,
        shell=shell,
        cgroup=cgroup,
        pidfd=pidfd,
        flags=int(flags),
        into_cgroup_flag=_INTO_CGROUP,
        pidfd_flag=_PIDFD,
        refused_flags=_SPAWN_REFUSED,
        flag_names={name: int(flag) for name, flag in CloneArgsFlags.__members__.items()},
    )


def run(
    argv: _Command,
    *,
    input: _Any2 = None,
    capture_output: bool = False,
    timeout: float | None = None,
    check: bool = False,
    stdin: _File = None,
    stdout: _File = None,
    stderr: _File = None,
    pass_fds: _Collection[int] = (),
    close_fds: bool = True,
    cwd: _Path | None = None,
    env: _Environment | None = None,
    start_new_session: bool = False,
    process_group: int | None = None,
    restore_signals: bool = True,
    text: bool | None = None,
    encoding: str | None = None,
    errors: str | None = None,
    universal_newlines: bool | None = None,
    bufsize: int = -1,
    executable: _Path | None = None,
    shell: bool = False,
    cgroup: _Path | int | None = None,
    flags: int = 0,
) -> _subprocess.CompletedProcess[_Any2]:
    """Run ``argv`` and wait for it, as :func:`subprocess.run`, through :func:`spawn`.

    ``input`` (bytes, or str in text mode) goes to the child's stdin;
    ``capture_output`` gives ``stdout`` and ``stderr`` in the result;
    ``timeout`` seconds after which the child is killed and reaped and
    :class:`subprocess.TimeoutExpired` raised; ``check`` raises
    :class:`subprocess.CalledProcessError` for a non-zero exit status.
    Every other keyword is spawn()'s, ``cgroup`` and ``flags`` included.
    """
    return _run(
        spawn,
        argv,
        input,
        capture_output,
        timeout,
        check,
        {
            "stdin": stdin,
            "stdout": stdout,
            "stderr": stderr,
            "pass_fds": pass_fds,
            "close_fds": close_fds,
            "cwd": cwd,
            "env": env,
            "start_new_session": start_new_session,
            "process_group": process_group,
            "restore_signals": restore_signals,
            "text": text,
            "encoding": encoding,
            "errors": errors,
            "universal_newlines": universal_newlines,
            "bufsize": bufsize,
            "executable": executable,
            "shell": shell,
            "cgroup": cgroup,
            "flags": flags,
        },
    )


def probe() -> Probe:
    """What the running kernel's clone3() accepts, and why a feature is missing.

    ``error`` is 0 when the system call can be used, else ENOSYS (no such
    system call, or a seccomp filter), EPERM (policy) or the kernel's answer;
    ``version`` the highest struct version it accepts; ``accepted`` and
    ``refused`` the flags (with the compiled part: each of the spec's; else
    CLONE_INTO_CGROUP only). Every call it makes is one the kernel refuses:
    no child is made.
    """
    return _probe(
        SYSCALL_NUMBER,
        (
            ("VER0", SIZE_VER0),
            ("VER1", SIZE_VER1),
            ("VER2", SIZE_VER2),
        ),
        {name: int(flag) for name, flag in CloneArgsFlags.__members__.items()},
        lambda flags, exit_signal, cgroup: CloneArgs(
            flags=flags, exit_signal=exit_signal, cgroup=cgroup
        ).to_bytes(SIZE_LATEST),
        "CLONE_INTO_CGROUP",
    )
