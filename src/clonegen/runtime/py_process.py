"""Creating processes with a fork-like system call, for generated modules.

Embedded verbatim below the marker into the module of a spec with
``libc.forklike``.  The module supplies the request: a function that makes
the system call with the spec's struct (see ``_spawn``'s ``fork_with``).
"""

# --- embedded from here ---
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
