# Generated from spec/clone_args.yaml by clonegen; do not edit.
# Spec digest: sha256:968676c1cc7493cb.

"""Arguments for the clone3() system call. The structure is versioned by its
size: user space passes the size it was compiled with, the kernel zero-fills
fields an older caller does not know, and refuses a larger structure whose
unknown tail is not zero.

Python bindings for struct clone_args and clone3(). Standard library only.
"""

from __future__ import annotations

import ctypes
import enum
import errno
import mmap
import os
import platform
import struct
import signal
import sys
import warnings
from collections.abc import Mapping, Sequence
from typing import ClassVar, Final, NamedTuple

__all__ = [
    "CloneArgs",
    "CloneArgsFlags",
    "SIZE_VER0",
    "SIZE_VER1",
    "SIZE_VER2",
    "clone3",
    "fork_pidfd",
    "spawn",
    "Process",
]

SPEC_DIGEST: Final = "sha256:968676c1cc7493cb"

SIZE_VER0: Final = 64
"""VER0, published in Linux 5.3."""
SIZE_VER1: Final = 80
"""VER1, published in Linux 5.5."""
SIZE_VER2: Final = 88
"""VER2, published in Linux 5.7."""
SIZES: Final = (
    SIZE_VER0,
    SIZE_VER1,
    SIZE_VER2,
)
SIZE_LATEST: Final = 88

CSIGNAL: Final = 0xFF
"""Bits of the legacy flags word that carry the exit signal."""
_NSIG: Final = 64
"""Highest valid signal number."""
MAX_PID_NS_LEVEL: Final = 32
"""Deepest nesting of PID namespaces."""
INT_MAX: Final = 0x7FFFFFFF
"""Largest value of a C int."""
SIGCHLD: Final = 17
"""Signal sent to the parent when a child exits."""

_NUMBERS: Final[dict[str, int]] = {
    "alpha": 545,
}
_MACHINES: Final = {"alpha": "alpha"}
SYSCALL_NUMBER: Final = _NUMBERS.get(_MACHINES.get(platform.machine(), ""), 435)
"""The number of clone3() on this machine."""

_U64: Final = (1 << 64) - 1
_USER_PTR_MAX: Final = 0x7FFFFFFFF000


class CloneArgsFlags(enum.IntFlag):
    """Flags of clone_args.flags."""

    CLONE_VM = 0x00000100
    """The child shares the parent's memory. (Linux 2.0)"""
    CLONE_FS = 0x00000200
    """The child shares root, cwd and umask. (Linux 2.0)"""
    CLONE_FILES = 0x00000400
    """The child shares the file descriptor table. (Linux 2.0)"""
    CLONE_SIGHAND = 0x00000800
    """The child shares signal handlers. (Linux 2.0)"""
    CLONE_PIDFD = 0x00001000
    """A pidfd for the child is returned through @pidfd. (Linux 5.2)"""
    CLONE_PTRACE = 0x00002000
    """The child is traced if the parent is. (Linux 2.0)"""
    CLONE_VFORK = 0x00004000
    """The parent sleeps until the child execs or exits. (Linux 2.0)"""
    CLONE_PARENT = 0x00008000
    """The child gets the caller's parent. (Linux 2.4)"""
    CLONE_THREAD = 0x00010000
    """The child joins the caller's thread group. (Linux 2.4)"""
    CLONE_NEWNS = 0x00020000
    """The child gets a new mount namespace. (Linux 2.4.19)"""
    CLONE_SYSVSEM = 0x00040000
    """The child shares System V semaphore undo values. (Linux 2.5.10)"""
    CLONE_SETTLS = 0x00080000
    """The child's TLS is set from @tls. (Linux 2.5.32)"""
    CLONE_PARENT_SETTID = 0x00100000
    """The child's TID is stored at @parent_tid. (Linux 2.5.49)"""
    CLONE_CHILD_CLEARTID = 0x00200000
    """The child's TID at @child_tid is cleared when it exits. (Linux 2.5.49)"""
    CLONE_DETACHED = 0x00400000
    """Unused and ignored by clone(); refused by clone3() so the bit can be reused. (Linux 2.5.32)"""
    CLONE_UNTRACED = 0x00800000
    """A tracer cannot force CLONE_PTRACE on the child. (Linux 2.5.46)"""
    CLONE_CHILD_SETTID = 0x01000000
    """The child's TID is stored at @child_tid in the child. (Linux 2.5.49)"""
    CLONE_NEWCGROUP = 0x02000000
    """The child gets a new cgroup namespace. (Linux 4.6)"""
    CLONE_NEWUTS = 0x04000000
    """The child gets a new UTS namespace. (Linux 2.6.19)"""
    CLONE_NEWIPC = 0x08000000
    """The child gets a new IPC namespace. (Linux 2.6.19)"""
    CLONE_NEWUSER = 0x10000000
    """The child gets a new user namespace. (Linux 2.6.23)"""
    CLONE_NEWPID = 0x20000000
    """The child gets a new PID namespace. (Linux 2.6.24)"""
    CLONE_NEWNET = 0x40000000
    """The child gets a new network namespace. (Linux 2.6.24)"""
    CLONE_IO = 0x80000000
    """The child shares the I/O context. (Linux 2.6.25)"""
    CLONE_NEWTIME = 0x00000080
    """The child gets a new time namespace. The bit lies inside CSIGNAL, so only
clone3() can ask for it. (Linux 5.6)"""
    CLONE_CLEAR_SIGHAND = 0x100000000
    """Signal handlers are reset to the default in the child. (Linux 5.5)"""
    CLONE_INTO_CGROUP = 0x200000000
    """The child is created in the cgroup given by @cgroup. (Linux 5.7)"""
    CLONE_AUTOREAP = 0x400000000
    """The child is reaped automatically when it exits. (Linux 7.1)"""
    CLONE_NNP = 0x800000000
    """The child starts with no_new_privs set. (Linux 7.1)"""
    CLONE_PIDFD_AUTOKILL = 0x1000000000
    """The child is killed when its last pidfd is closed. (Linux 7.1)"""
    CLONE_EMPTY_MNTNS = 0x2000000000
    """The child gets a new, empty mount namespace. (Linux 7.1)"""


FLAG_DOCS: Final[dict[str, tuple[str, str]]] = {
    "CLONE_VM": ("The child shares the parent's memory.", "2.0"),
    "CLONE_FS": ("The child shares root, cwd and umask.", "2.0"),
    "CLONE_FILES": ("The child shares the file descriptor table.", "2.0"),
    "CLONE_SIGHAND": ("The child shares signal handlers.", "2.0"),
    "CLONE_PIDFD": ("A pidfd for the child is returned through @pidfd.", "5.2"),
    "CLONE_PTRACE": ("The child is traced if the parent is.", "2.0"),
    "CLONE_VFORK": ("The parent sleeps until the child execs or exits.", "2.0"),
    "CLONE_PARENT": ("The child gets the caller's parent.", "2.4"),
    "CLONE_THREAD": ("The child joins the caller's thread group.", "2.4"),
    "CLONE_NEWNS": ("The child gets a new mount namespace.", "2.4.19"),
    "CLONE_SYSVSEM": ("The child shares System V semaphore undo values.", "2.5.10"),
    "CLONE_SETTLS": ("The child's TLS is set from @tls.", "2.5.32"),
    "CLONE_PARENT_SETTID": ("The child's TID is stored at @parent_tid.", "2.5.49"),
    "CLONE_CHILD_CLEARTID": (
        "The child's TID at @child_tid is cleared when it exits.",
        "2.5.49",
    ),
    "CLONE_DETACHED": (
        "Unused and ignored by clone(); refused by clone3() so the bit can be reused.",
        "2.5.32",
    ),
    "CLONE_UNTRACED": ("A tracer cannot force CLONE_PTRACE on the child.", "2.5.46"),
    "CLONE_CHILD_SETTID": (
        "The child's TID is stored at @child_tid in the child.",
        "2.5.49",
    ),
    "CLONE_NEWCGROUP": ("The child gets a new cgroup namespace.", "4.6"),
    "CLONE_NEWUTS": ("The child gets a new UTS namespace.", "2.6.19"),
    "CLONE_NEWIPC": ("The child gets a new IPC namespace.", "2.6.19"),
    "CLONE_NEWUSER": ("The child gets a new user namespace.", "2.6.23"),
    "CLONE_NEWPID": ("The child gets a new PID namespace.", "2.6.24"),
    "CLONE_NEWNET": ("The child gets a new network namespace.", "2.6.24"),
    "CLONE_IO": ("The child shares the I/O context.", "2.6.25"),
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
    "CLONE_AUTOREAP": ("The child is reaped automatically when it exits.", "7.1"),
    "CLONE_NNP": ("The child starts with no_new_privs set.", "7.1"),
    "CLONE_PIDFD_AUTOKILL": (
        "The child is killed when its last pidfd is closed.",
        "7.1",
    ),
    "CLONE_EMPTY_MNTNS": ("The child gets a new, empty mount namespace.", "7.1"),
}
"""Each flag's meaning and the Linux release that added it."""


def _mask(*flags: int) -> int:
    value = 0
    for flag in flags:
        value |= int(flag)  # an int: ~ of an IntFlag stays inside its members
    return value


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


def _access_ok(addr: int, size: int) -> bool:
    end = (addr + size) & _U64
    return end >= addr and end <= _USER_PTR_MAX


def _kernel(value: int, bits: int, signed: bool) -> int:
    """``value`` converted to a kernel type of ``bits`` bits, as C converts it."""
    value &= (1 << bits) - 1
    if signed and value >> (bits - 1):
        value -= 1 << bits
    return value


class _CloneArgsFields(NamedTuple):
    flags: int = 0
    """Flags for the new process, all CLONE_* flags, 64 bits wide. (VER0, offset 0)"""
    pidfd: int = 0
    """If CLONE_PIDFD is set, a pidfd for the new process is stored in the int
this points to. (VER0, offset 8)"""
    child_tid: int = 0
    """If CLONE_CHILD_SETTID is set, the TID of the child is stored there in
the child's memory; CLONE_CHILD_CLEARTID clears it when the child exits. (VER0, offset 16)"""
    parent_tid: int = 0
    """If CLONE_PARENT_SETTID is set, the TID of the child is stored there in
the parent's memory. (VER0, offset 24)"""
    exit_signal: int = 0
    """Signal sent to the parent when the child exits. Unlike clone(), it is
not part of @flags. (VER0, offset 32)"""
    stack: int = 0
    """Lowest address of the stack the child starts on. (VER0, offset 40)"""
    stack_size: int = 0
    """Size of the stack at @stack. (VER0, offset 48)"""
    tls: int = 0
    """If CLONE_SETTLS is set, the TLS descriptor of the child. (VER0, offset 56)"""
    set_tid: int = 0
    """Array of PIDs to give the child, one per PID namespace level, the most
nested namespace first. The kernel copies it into its own memory. (VER1, offset 64)"""
    set_tid_size: int = 0
    """Number of elements in @set_tid. (VER1, offset 72)"""
    cgroup: int = 0
    """If CLONE_INTO_CGROUP is set, a file descriptor of the cgroup2 directory
the child is created in. (VER2, offset 80)"""


class CloneArgs(_CloneArgsFields):
    """Arguments for the clone3() system call. The structure is versioned by
    its size: user space passes the size it was compiled with, the kernel
    zero-fills fields an older caller does not know, and refuses a larger
    structure whose unknown tail is not zero.

        An immutable value: a tuple of the fields in ABI order, each an unsigned
        64-bit integer. ``replace()`` returns a changed copy.
    """

    __slots__ = ()
    _FIELD_FORMATS: ClassVar[tuple[str, ...]] = (
        "Q",  # flags
        "Q",  # pidfd
        "Q",  # child_tid
        "Q",  # parent_tid
        "Q",  # exit_signal
        "Q",  # stack
        "Q",  # stack_size
        "Q",  # tls
        "Q",  # set_tid
        "Q",  # set_tid_size
        "Q",  # cgroup
    )
    _STRUCT: ClassVar[struct.Struct] = struct.Struct("=" + "".join(_FIELD_FORMATS))

    def __new__(
        cls,
        flags: int = 0,
        pidfd: int = 0,
        child_tid: int = 0,
        parent_tid: int = 0,
        exit_signal: int = 0,
        stack: int = 0,
        stack_size: int = 0,
        tls: int = 0,
        set_tid: int = 0,
        set_tid_size: int = 0,
        cgroup: int = 0,
    ) -> CloneArgs:
        self = super().__new__(
            cls,
            flags,
            pidfd,
            child_tid,
            parent_tid,
            exit_signal,
            stack,
            stack_size,
            tls,
            set_tid,
            set_tid_size,
            cgroup,
        )
        for name, value in zip(self._fields, self):
            if not isinstance(value, int) or not 0 <= value <= _U64:
                raise ValueError(f"{name}: {value!r} is not an unsigned 64-bit value")
        return self

    def replace(self, **changes: int) -> CloneArgs:
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
    def from_bytes(cls, data: bytes) -> CloneArgs:
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
        if size > mmap.PAGESIZE:
            return errno.E2BIG, f"size {size} is larger than a page"
        if size < SIZE_VER0:
            return errno.EINVAL, f"size {size} is smaller than VER0 (64)"
        if size < SIZE_LATEST:
            short = CloneArgs.from_bytes(self.to_bytes(size))
            if short != self:
                return short.verdict(size)
        if self.set_tid_size > 32:
            return errno.EINVAL, "set_tid_size: set_tid_size <= MAX_PID_NS_LEVEL (32)"
        if (self.set_tid == 0) != (self.set_tid_size == 0):
            return (
                errno.EINVAL,
                "set_tid: set_tid and set_tid_size are both zero or both non-zero",
            )
        if (self.exit_signal & ~255) != 0:
            return (
                errno.EINVAL,
                "exit_signal: exit_signal has no bits outside CSIGNAL (0xff)",
            )
        if self.exit_signal > 64:
            return errno.EINVAL, "exit_signal: exit_signal <= _NSIG (64)"
        if (self.flags & 8589934592) and self.cgroup > 2147483647:
            return (
                errno.EINVAL,
                "cgroup: when flags has any of CLONE_INTO_CGROUP: cgroup <= INT_MAX (0x7fffffff)",
            )
        if (self.flags & 8589934592) and size < 88:
            return (
                errno.EINVAL,
                "cgroup: when flags has any of CLONE_INTO_CGROUP: the caller's size is at least VER2 (88)",
            )
        k = {
            "flags": _kernel(self.flags, 64, False),
            "pidfd": _kernel(self.pidfd, 64, False),
            "child_tid": _kernel(self.child_tid, 64, False),
            "parent_tid": _kernel(self.parent_tid, 64, False),
            "exit_signal": _kernel(self.exit_signal, 32, True),
            "stack": _kernel(self.stack, 64, False),
            "stack_size": _kernel(self.stack_size, 64, False),
            "tls": _kernel(self.tls, 64, False),
            "set_tid": _kernel(self.set_tid, 64, False),
            "set_tid_size": _kernel(self.set_tid_size, 64, False),
            "cgroup": _kernel(self.cgroup, 32, True),
        }
        if (k["flags"] & ~_CLONE3_FLAGS_KNOWN) != 0:
            return errno.EINVAL, "flags: flags has only flags that clone3 knows"
        if (k["flags"] & 4294969344) == 4294969344:
            return (
                errno.EINVAL,
                "flags: flags does not have all of CLONE_SIGHAND, CLONE_CLEAR_SIGHAND",
            )
        if (k["flags"] & 98304) and k["exit_signal"] != 0:
            return (
                errno.EINVAL,
                "exit_signal: when flags has any of CLONE_THREAD, CLONE_PARENT: exit_signal == 0",
            )
        if (k["stack"] == 0) != (k["stack_size"] == 0):
            return (
                errno.EINVAL,
                "stack: stack and stack_size are both zero or both non-zero",
            )
        if k["stack"] != 0 and not _access_ok(k["stack"], k["stack_size"]):
            return (
                errno.EINVAL,
                "stack: a non-zero stack: [stack, stack + stack_size) lies in user memory",
            )
        return 0, ""

    def validate(self, size: int = SIZE_LATEST) -> None:
        """Raise ValueError naming the field and the rule the kernel would refuse."""
        code, reason = self.verdict(size)
        if code:
            raise ValueError(f"{reason} ({errno.errorcode[code]})")


_tuple_new = tuple.__new__
_pack = CloneArgs._STRUCT.pack
_unpack = CloneArgs._STRUCT.unpack


_libc = ctypes.PyDLL(None, use_errno=True)  # PyDLL: the GIL stays held, as in os.fork()
_syscall = _libc.syscall
_syscall.restype = ctypes.c_long
_syscall.argtypes = (ctypes.c_long, ctypes.c_void_p, ctypes.c_size_t)
_before_fork = ctypes.pythonapi.PyOS_BeforeFork
_before_fork.restype = None
_before_fork.argtypes = ()
_after_fork_child = ctypes.pythonapi.PyOS_AfterFork_Child
_after_fork_child.restype = None
_after_fork_child.argtypes = ()
_after_fork_parent = ctypes.pythonapi.PyOS_AfterFork_Parent
_after_fork_parent.restype = None
_after_fork_parent.argtypes = ()

_REFUSED: Final = (
    CloneArgsFlags.CLONE_VM
    | CloneArgsFlags.CLONE_VFORK
    | CloneArgsFlags.CLONE_THREAD
    | CloneArgsFlags.CLONE_SETTLS
)


def _thread_count() -> int:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 1


def clone3(args: CloneArgs, *, size: int = SIZE_LATEST, validate: bool = True) -> int:
    """Create a child process like :func:`os.fork`, with the request in ``args``.

    Returns the child's pid in the parent and 0 in the child. ``validate=False``
    skips the checks made here and leaves them to the kernel. Requests that
    need a separate stack or shared memory are refused with ValueError.
    """
    if args.flags & _REFUSED or args.stack or args.stack_size:
        raise ValueError(
            "clone3() is fork-like: CLONE_VM, CLONE_VFORK, CLONE_THREAD, CLONE_SETTLS and a stack need a "
            "separate stack or shared memory"
        )
    if validate:
        args.validate(size)
    sys.audit("os.fork")
    if _thread_count() > 1:
        warnings.warn(
            f"This process (pid={os.getpid()}) is multi-threaded, "
            "use of fork() may lead to deadlocks in the child.",
            DeprecationWarning,
            stacklevel=2,
        )
    raw = args.to_bytes(size)
    buf = ctypes.create_string_buffer(raw, max(len(raw), 1))
    _before_fork()
    pid = _syscall(SYSCALL_NUMBER, ctypes.addressof(buf), size)
    if pid == 0:
        _after_fork_child()
        return 0
    err = ctypes.get_errno()
    _after_fork_parent()
    if pid < 0:
        raise OSError(err, os.strerror(err))
    return int(pid)


def fork_pidfd(args: CloneArgs | None = None) -> tuple[int, int]:
    """Like :func:`clone3` with CLONE_PIDFD: ``(pid, pidfd)``, ``(0, -1)`` in the child."""
    cell = ctypes.c_int(-1)
    base = args if args is not None else CloneArgs(exit_signal=signal.SIGCHLD)
    request = base.replace(
        flags=base.flags | CloneArgsFlags.CLONE_PIDFD, pidfd=ctypes.addressof(cell)
    )
    pid = clone3(request)
    return (0, -1) if pid == 0 else (pid, cell.value)


class Process:
    """A child started by :func:`spawn`."""

    def __init__(self, pid: int, pidfd: int | None, argv: list[bytes]) -> None:
        self.pid = pid
        self.pidfd = pidfd
        self.args = argv
        self.returncode: int | None = None

    def __repr__(self) -> str:
        return f"<Process pid={self.pid} returncode={self.returncode}>"

    def __enter__(self) -> Process:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.returncode is None:
            self.kill()
        self.wait()

    def _reaped(self, status: int) -> int:
        self.returncode = os.waitstatus_to_exitcode(status)
        if self.pidfd is not None:
            os.close(self.pidfd)
            self.pidfd = None
        return self.returncode

    def poll(self) -> int | None:
        """The exit code if the child has exited, else None."""
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self._reaped(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the child; TimeoutError if ``timeout`` seconds pass first."""
        if self.returncode is not None:
            return self.returncode
        if timeout is not None and self.pidfd is not None:
            import select

            poller = select.poll()
            poller.register(self.pidfd, select.POLLIN)
            if not poller.poll(max(0, int(timeout * 1000))):
                raise TimeoutError(f"process {self.pid} still runs after {timeout} s")
        _, status = os.waitpid(self.pid, 0)
        return self._reaped(status)

    def send_signal(self, sig: int) -> None:
        """Signal the child through its pidfd, which cannot hit a recycled pid."""
        if self.returncode is not None:
            return
        if self.pidfd is not None:
            signal.pidfd_send_signal(self.pidfd, sig)
        else:
            os.kill(self.pid, sig)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


def _inheritable_fds() -> list[int]:
    found = []
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        try:
            if fd > 2 and os.get_inheritable(fd):
                found.append(fd)
        except OSError:
            pass  # the descriptor listdir() itself used
    return found


def _spawn_plain(
    program: list[bytes], environment: Mapping[str, str], pidfd: bool
) -> Process:
    """What needs nothing clone3 alone offers: posix_spawn (vfork speed) and pidfd_open."""
    actions = [(os.POSIX_SPAWN_CLOSE, fd) for fd in _inheritable_fds()]
    pid = os.posix_spawnp(program[0], program, environment, file_actions=actions)
    return Process(pid, os.pidfd_open(pid) if pidfd else None, program)


def spawn(
    argv: Sequence[str | bytes | os.PathLike[str]],
    *,
    env: Mapping[str, str] | None = None,
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
    if not argv:
        raise ValueError("argv is empty")
    program = [os.fsencode(a) for a in argv]
    environment: Mapping[str, str] = os.environ if env is None else env
    if cgroup is None and not flags and cwd is None:
        return _spawn_plain(program, environment, pidfd)
    cgroup_fd, own_fd = 0, False
    if isinstance(cgroup, int):
        cgroup_fd = cgroup
    elif cgroup is not None:
        cgroup_fd = os.open(cgroup, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        own_fd = True
    cell = ctypes.c_int(-1)
    request = CloneArgs(
        flags=flags
        | (CloneArgsFlags.CLONE_PIDFD if pidfd else 0)
        | (CloneArgsFlags.CLONE_INTO_CGROUP if cgroup is not None else 0),
        pidfd=ctypes.addressof(cell) if pidfd else 0,
        exit_signal=signal.SIGCHLD,
        cgroup=cgroup_fd,
    )
    read_end, write_end = os.pipe2(os.O_CLOEXEC)
    try:
        pid = clone3(request)
    except BaseException:
        os.close(read_end)
        os.close(write_end)
        raise
    finally:
        if own_fd:
            os.close(cgroup_fd)
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            os.close(read_end)
            if cwd is not None:
                os.chdir(cwd)
            os.closerange(3, write_end)
            os.closerange(write_end + 1, os.sysconf("SC_OPEN_MAX"))
            os.execvpe(program[0], program, environment)
        except BaseException as exc:
            failed = exc.errno if isinstance(exc, OSError) and exc.errno else 0
            os.write(write_end, f"{failed}:{type(exc).__name__}".encode())
        finally:
            os._exit(255)
    os.close(write_end)
    chunks: list[bytes] = []
    while chunk := os.read(read_end, 512):
        chunks.append(chunk)
    os.close(read_end)
    if chunks:
        os.waitpid(pid, 0)
        if pidfd:
            os.close(cell.value)
        code, _, name = b"".join(chunks).partition(b":")
        if int(code):
            raise OSError(int(code), os.strerror(int(code)), os.fsdecode(program[0]))
        raise RuntimeError(f"the child failed before exec: {name.decode()}")
    return Process(pid, cell.value if pidfd else None, program)
