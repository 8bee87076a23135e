"""spawn() of the generated Python module at subprocess.Popen parity, on both paths.

Each test runs with the compiled part (the libc spawn, built here as the
package's build backend builds it, and loaded the same way) and with the standard
library fallback (posix_spawn, or os.fork() and a child that only execs).
Neither path may run Python in a child made by a raw clone3(): the module's
fork-like call is replaced by one that fails the test.
"""

from __future__ import annotations

import ctypes
import errno
import gc
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, cli
from ctools import WARN, cc
from test_libc import _release_boundaries
from test_python_bindings import ca, cgroup2_mount, exec_done

from clonegen.names import release_key
from clonegen.pipeline import model_of

GEN = ROOT / "generated"
PKG = GEN / "clone_args" / "python"


@pytest.fixture(scope="session")
def native_library(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("native") / "_spawn.so"
    cc(["-shared", "-fPIC", "-O2", str(PKG / "_csrc" / "clone_args.c"), "-o", str(out)])
    return str(out)


@pytest.fixture(params=["native", "fallback"])
def backend(
    request: pytest.FixtureRequest, native_library: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    def no_raw_clone(*args: object) -> int:
        raise AssertionError("spawn() made a raw fork-like clone3() that would run Python")

    monkeypatch.setattr(ca, "_fork_syscall", no_raw_clone)
    ca._use_native(native_library if request.param == "native" else None)
    assert ca.spawn_backend() == request.param
    try:
        yield request.param
    finally:
        ca._use_native(None)


@pytest.fixture
def cgroup_dir() -> Iterator[Path]:
    mount = cgroup2_mount()
    if mount is None:
        pytest.skip("no cgroup2 mount on this machine")
    target = mount / f"clonegen-spawn-py-{os.getpid()}"
    try:
        target.mkdir()
    except OSError as exc:
        pytest.skip(f"cannot create a cgroup under {mount}: {exc}")
    try:
        yield target
    finally:
        target.rmdir()


def children() -> set[int]:
    """The pids of this process's children, zombies included."""
    found: set[int] = set()
    for task in os.listdir("/proc/self/task"):
        text = Path(f"/proc/self/task/{task}/children").read_text()
        found.update(int(p) for p in text.split())
    return found


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


# -- Popen parity ---------------------------------------------------------------


def test_pipes_and_communicate_like_popen(backend: str) -> None:
    script = "read x; echo out-$x; echo err-$x >&2; exit 5"
    with ca.spawn(["sh", "-c", script], stdin=ca.PIPE, stdout=ca.PIPE, stderr=ca.PIPE) as proc:
        got = proc.communicate(b"hello\n")
    want = subprocess.run(["sh", "-c", script], input=b"hello\n", capture_output=True)
    assert got == (want.stdout, want.stderr) == (b"out-hello\n", b"err-hello\n")
    assert proc.returncode == want.returncode == 5
    assert not proc.has_pidfd  # the context manager closed it after its wait


def test_stderr_to_stdout_devnull_descriptor_and_file(backend: str, tmp_path: Path) -> None:
    proc = ca.spawn(["sh", "-c", "echo a; echo b >&2"], stdout=ca.PIPE, stderr=ca.STDOUT)
    assert proc.communicate() == (b"a\nb\n", None)
    proc = ca.spawn(["cat"], stdin=ca.DEVNULL, stdout=ca.PIPE)
    assert proc.communicate() == (b"", None)
    with open(tmp_path / "out", "wb") as f:
        assert ca.spawn(["echo", "file"], stdout=f).wait() == 0
    fd = os.open(tmp_path / "out2", os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        assert ca.spawn(["echo", "fd"], stdout=fd).wait() == 0
    finally:
        os.close(fd)
    assert (tmp_path / "out").read_bytes() == b"file\n"
    assert (tmp_path / "out2").read_bytes() == b"fd\n"


def test_low_descriptors_do_not_clobber_each_other(backend: str) -> None:
    """stdout given as fd 0 (a pipe's write end moved there): dup2() order must not matter."""
    read_end, write_end = os.pipe()
    saved = os.dup(0)
    try:
        os.dup2(write_end, 0)
        os.close(write_end)
        proc = ca.spawn(["echo", "low"], stdin=ca.DEVNULL, stdout=0)
        os.dup2(saved, 0)
        assert proc.wait() == 0
        assert os.read(read_end, 100) == b"low\n"
    finally:
        os.dup2(saved, 0)
        os.close(saved)
        os.close(read_end)


def test_pass_fds_and_close_fds(backend: str) -> None:
    read_end, write_end = os.pipe2(os.O_CLOEXEC)
    leaky = os.open("/dev/null", os.O_RDONLY)  # inheritable, not passed: closed
    try:
        script = (
            f"echo passed > /proc/self/fd/{write_end}; test -e /proc/self/fd/{leaky} && echo leaked"
        )
        proc = ca.spawn(["sh", "-c", script], pass_fds=[write_end], stdout=ca.PIPE)
        os.close(write_end)
        assert proc.communicate() == (b"", None) and proc.returncode == 1
        assert os.read(read_end, 100) == b"passed\n"
        assert not os.get_inheritable(read_end)  # the parent's flags are untouched
        high = os.dup2(read_end, 200, inheritable=False)  # above every descriptor spawn() opens
        try:
            proc = ca.spawn(["sh", "-c", "test -e /proc/self/fd/200"], pass_fds=[high])
            assert proc.wait() == 0
            with pytest.raises(FileNotFoundError):  # the failure still reaches the parent
                ca.spawn(["clonegen-no-such-program"], pass_fds=[high])
        finally:
            os.close(high)
    finally:
        os.close(read_end)
        os.close(leaky)


def test_cwd_env_and_path_of_the_new_environment(backend: str, tmp_path: Path) -> None:
    tool = tmp_path / "clonegen-tool"
    tool.write_text("#!/bin/sh\necho tool $X $(pwd)\n")
    tool.chmod(0o755)
    proc = ca.spawn(
        ["clonegen-tool"],
        env={"PATH": str(tmp_path), "X": "42"},
        cwd=tmp_path,
        stdout=ca.PIPE,
    )
    assert proc.communicate()[0] == f"tool 42 {tmp_path}\n".encode()
    with pytest.raises(FileNotFoundError) as missing:
        ca.spawn(["clonegen-tool"])  # not on this process's PATH
    assert missing.value.filename == "clonegen-tool"


def test_bad_cwd_names_the_directory_and_makes_no_child(backend: str, tmp_path: Path) -> None:
    before = children()
    with pytest.raises(FileNotFoundError) as info:
        ca.spawn(["/bin/true"], cwd=tmp_path / "missing")
    assert info.value.filename == str(tmp_path / "missing")
    (tmp_path / "file").write_text("")
    with pytest.raises(NotADirectoryError) as info:
        ca.spawn(["/bin/true"], cwd=tmp_path / "file")
    assert info.value.filename == str(tmp_path / "file")
    assert children() == before


def test_missing_program_is_named_with_and_without_cwd(backend: str) -> None:
    for cwd in (None, "/"):
        with pytest.raises(FileNotFoundError) as info:
            ca.spawn(["clonegen-no-such-program"], cwd=cwd)
        assert info.value.filename == "clonegen-no-such-program"
        assert info.value.errno == 2


def test_refusals_before_any_child(backend: str) -> None:
    before = children()
    with pytest.raises(TypeError, match="a program or a sequence of arguments, not int"):
        ca.spawn(5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="embedded null byte"):
        ca.spawn(["echo", "a\0b"])
    with pytest.raises(ValueError, match="embedded null byte"):
        ca.spawn(["true"], env={"A": "x\0y"})
    with pytest.raises(
        TypeError, match=r"env values must be str, bytes or os.PathLike, not int \(env\['A'\]"
    ):
        ca.spawn(["true"], env={"A": 1})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="argv is empty"):
        ca.spawn([])
    assert children() == before


def test_start_new_session_and_process_group(backend: str) -> None:
    proc = ca.spawn(["sleep", "30"], start_new_session=True)
    try:
        exec_done(proc.pid, "sleep")
        assert os.getsid(proc.pid) == proc.pid
    finally:
        proc.kill()
        proc.wait()
    proc = ca.spawn(["sleep", "30"], process_group=0)
    try:
        exec_done(proc.pid, "sleep")
        assert os.getpgid(proc.pid) == proc.pid and os.getsid(proc.pid) == os.getsid(0)
    finally:
        proc.kill()
        proc.wait()


def test_restore_signals_like_popen(backend: str) -> None:
    """SIGPIPE is ignored in Python; the child gets the default back, as from Popen."""
    mask = 1 << (signal.SIGPIPE - 1)
    proc = ca.spawn(["cat", "/proc/self/status"], stdout=ca.PIPE)
    status = proc.communicate()[0].decode()
    ignored = int(re.search(r"SigIgn:\s*([0-9a-f]+)", status).group(1), 16)  # type: ignore[union-attr]
    assert not ignored & mask
    proc = ca.spawn(["cat", "/proc/self/status"], stdout=ca.PIPE, restore_signals=False)
    status = proc.communicate()[0].decode()
    ignored = int(re.search(r"SigIgn:\s*([0-9a-f]+)", status).group(1), 16)  # type: ignore[union-attr]
    assert ignored & mask


@pytest.mark.parametrize("pidfd", [True, False])
def test_wait_timeout_raises_timeout_expired(backend: str, pidfd: bool) -> None:
    proc = ca.spawn(["sh", "-c", "read x; exit 0"], stdin=ca.PIPE, pidfd=pidfd)
    with pytest.raises(subprocess.TimeoutExpired) as info:
        proc.wait(timeout=0.05)
    assert info.value.cmd == ["sh", "-c", "read x; exit 0"] and info.value.timeout == 0.05
    assert proc.returncode is None
    assert proc.stdin is not None
    proc.stdin.close()
    assert proc.wait(timeout=1e12) == 0  # no OverflowError, and reaped
    assert proc.has_pidfd == pidfd  # kept until close()
    proc.close()
    assert not proc.has_pidfd


def test_communicate_timeout_then_finish(backend: str) -> None:
    """As the Popen documentation's recipe: on timeout kill, then communicate() again."""
    proc = ca.spawn(["sh", "-c", "echo early; exec sleep 30"], stdout=ca.PIPE)
    with pytest.raises(subprocess.TimeoutExpired) as info:
        proc.communicate(timeout=0.2)
    assert info.value.output in (b"", b"early\n")  # what was read so far
    proc.kill()
    out, err = proc.communicate()
    assert out == b"early\n" and err is None and proc.returncode == -signal.SIGKILL


def test_context_manager_waits_and_does_not_kill(backend: str) -> None:
    with ca.spawn(["sh", "-c", "read x; exit 4"], stdin=ca.PIPE) as proc:
        assert proc.stdin is not None
        proc.stdin.write(b"go\n")
    assert proc.returncode == 4


def test_dropped_processes_leave_no_pidfd_or_zombie(backend: str) -> None:
    """200 spawns never waited for: once they exit, the next spawn() reaps them all."""
    gc.collect()
    ca._cleanup()
    fds, kids = open_fds(), children()
    read_end, write_end = os.pipe2(os.O_CLOEXEC)
    for _ in range(200):
        ca.spawn(["sh", "-c", "read x"], stdin=read_end)
    gc.collect()
    assert len(ca._active) == 200 and len(children() - kids) == 200
    os.close(write_end)  # they all see EOF and exit
    os.close(read_end)
    deadline = time.monotonic() + 60
    while ca._active:
        assert time.monotonic() < deadline, f"{len(ca._active)} children still not reaped"
        ca.spawn(["/bin/true"]).wait()
    gc.collect()
    assert open_fds() == fds and children() == kids


def test_signals_through_the_pidfd(backend: str) -> None:
    proc = ca.spawn(["sleep", "30"])
    proc.terminate()
    assert proc.wait() == -signal.SIGTERM
    proc.kill()  # after the end: nothing, as Popen


def test_a_dropped_process_that_has_exited_is_reaped_at_once(backend: str) -> None:
    """As Popen.__del__: a ResourceWarning, and the exited child reaped with no later spawn."""
    gc.collect()
    ca._cleanup()
    fds, kids = open_fds(), children()
    proc = ca.spawn(["/bin/true"])
    pid = proc.pid
    assert proc.has_pidfd
    os.waitid(os.P_PIDFD, proc.pidfd, os.WEXITED | os.WNOWAIT)  # exited, not reaped
    with pytest.warns(ResourceWarning, match=f"subprocess {pid} is still running"):
        del proc
        gc.collect()
    assert children() == kids and open_fds() == fds and not ca._active


def test_a_dropped_running_process_gives_back_its_pidfd(backend: str) -> None:
    """Still running when dropped: its pidfd is closed at once, the child reaped by a later spawn."""
    gc.collect()
    ca._cleanup()
    fds, kids = open_fds(), children()
    read_end, write_end = os.pipe2(os.O_CLOEXEC)
    proc = ca.spawn(["sh", "-c", "read x"], stdin=read_end)
    pid = proc.pid
    os.close(read_end)
    with pytest.warns(ResourceWarning):
        del proc
        gc.collect()
    assert open_fds() == fds + 1 and children() == kids | {pid}  # only the pipe's other end
    os.close(write_end)
    assert os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT) is not None  # it has exited
    ca.spawn(["/bin/true"]).wait()
    assert children() == kids and open_fds() == fds and not ca._active


SHARED = """
import errno, json, os, sys
sys.path.insert(0, sys.argv[1])
import clone_args as ca
ca._use_native(None if sys.argv[2] == "-" else sys.argv[2])
flag = int(sys.argv[3])
os.chdir("/")
before = (sorted(os.listdir("/proc/self/fd")), os.getcwd(), os.fstat(1).st_ino)
try:
    proc = ca.spawn(["true"], flags=flag, cwd="/proc", stdout=ca.DEVNULL, close_fds=True)
    got = ["spawned", proc.wait()]
except OSError as exc:
    got = [exc.errno, str(exc)]
after = (sorted(os.listdir("/proc/self/fd")), os.getcwd(), os.fstat(1).st_ino)
kids = open(f"/proc/self/task/{os.getpid()}/children").read().split()
print(json.dumps([got, before == after, kids]), file=sys.stderr)
"""

REFUSED_FLAGS = [
    *("CLONE_FILES", "CLONE_FS", "CLONE_SYSVSEM", "CLONE_PARENT", "CLONE_VM", "CLONE_VFORK"),
    *("CLONE_SIGHAND", "CLONE_THREAD", "CLONE_SETTLS", "CLONE_PARENT_SETTID"),
    *("CLONE_CHILD_SETTID", "CLONE_CHILD_CLEARTID", "an exit signal (SIGCHLD)"),
]


@pytest.mark.parametrize("flag", REFUSED_FLAGS)
def test_spawn_refuses_flags_that_would_reach_the_caller(
    backend: str, native_library: str, flag: str
) -> None:
    """OSError EINVAL before any child, as the libc spawn; the caller's descriptors and cwd stay.

    In a process of its own: a spawn that let CLONE_FILES through would close
    this interpreter's descriptors, one with CLONE_FS would move its cwd.
    """
    value = signal.SIGCHLD if flag.startswith("an exit") else int(ca.CloneArgsFlags[flag])
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            SHARED,
            str(PKG),
            native_library if backend == "native" else "-",
            str(value),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    (err, message), untouched, kids = json.loads(proc.stderr.splitlines()[-1])
    assert err == 22 and message.startswith("[Errno 22] Invalid argument: spawn() refuses"), message
    assert flag.split()[0] in message or flag.startswith("an exit")
    assert untouched and kids == []


# -- cgroups --------------------------------------------------------------------


def test_spawn_into_a_cgroup_by_path_and_descriptor(backend: str, cgroup_dir: Path) -> None:
    fd = os.open(cgroup_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        for where in (cgroup_dir, fd):
            proc = ca.spawn(["cat", "/proc/self/cgroup"], cgroup=where, stdout=ca.PIPE, cwd="/")
            lines = proc.communicate()[0].decode().splitlines()
            assert f"0::/{cgroup_dir.name}" in [re.sub(r"::.*/", "::/", x) for x in lines]
    finally:
        os.close(fd)


def test_cgroup_mistakes_are_named(backend: str, tmp_path: Path) -> None:
    before = children()
    with pytest.raises(ValueError, match=r"'.*' is not a cgroup2 directory"):
        ca.spawn(["/bin/true"], cgroup=tmp_path)
    v1 = next(
        (
            Path(line.split()[1])
            for line in Path("/proc/self/mounts").read_text().splitlines()
            if line.split()[2] == "cgroup"
        ),
        None,
    )
    if v1 is not None:
        with pytest.raises(ValueError, match=f"'{v1}' is not a cgroup2 directory"):
            ca.spawn(["/bin/true"], cgroup=v1)
    fd = os.open(tmp_path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        with pytest.raises(ValueError, match=f"'descriptor {fd}' is not a cgroup2 directory"):
            ca.spawn(["/bin/true"], cgroup=fd)
    finally:
        os.close(fd)
    with pytest.raises(FileNotFoundError) as info:
        ca.spawn(["/bin/true"], cgroup=tmp_path / "missing")
    assert info.value.filename == str(tmp_path / "missing")
    with pytest.raises(ValueError, match="CLONE_INTO_CGROUP needs cgroup="):
        ca.spawn(["/bin/true"], flags=ca.CloneArgsFlags.CLONE_INTO_CGROUP)
    assert children() == before


def test_cgroup_descriptors_the_kernel_refuses(backend: str, cgroup_dir: Path) -> None:
    """The kernel's OSError for a descriptor that is not open or a removed cgroup; OverflowError
    naming the argument for one that is no C int, as os functions check theirs."""
    before = children()
    for big in (2**31, -(2**31) - 1):
        with pytest.raises(
            OverflowError, match=f"cgroup descriptor {big} is out of range for C int"
        ):
            ca.spawn(["/bin/true"], cgroup=big)
    closed = os.open("/", os.O_RDONLY)
    os.close(closed)
    for fd in (-1, closed):
        with pytest.raises(OSError) as info:
            ca.spawn(["/bin/true"], cgroup=fd)
        assert type(info.value) is OSError and info.value.errno == errno.EBADF
    removed = cgroup_dir / "removed"
    removed.mkdir()
    fd = os.open(removed, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        removed.rmdir()
        if backend == "native":  # what clone3() itself answers for it, through the libc spawn
            attr, result = ca._SpawnAttr(), ca._SpawnResult()
            attr.flags, attr.cgroup = ca._SPAWN_CGROUP, fd
            argv = (ctypes.c_char_p * 2)(b"/bin/true", None)
            kernel = ca._native["spawn"](
                b"/bin/true", argv, None, ctypes.byref(attr), ctypes.byref(result)
            )
        else:
            kernel = errno.ENOENT  # as 6.18 answers, checked with the compiled part
        with pytest.raises(OSError, match="the cgroup was removed") as info:
            ca.spawn(["/bin/true"], cgroup=fd)
        assert info.value.errno == kernel == errno.ENOENT
    finally:
        os.close(fd)
    assert children() == before


def test_clone_flags_need_the_compiled_part(backend: str) -> None:
    flags = ca.CloneArgsFlags.CLONE_NEWPID
    if backend == "fallback":
        with pytest.raises(OSError, match="needs the compiled part") as info:
            ca.spawn(["true"], flags=flags)
        assert info.value.errno == 38
        return
    proc = ca.spawn(["sh", "-c", "echo $$"], flags=flags, stdout=ca.PIPE)
    assert proc.communicate()[0] == b"1\n"


@pytest.mark.skipif(
    not os.environ.get("CLONEGEN_STRESS_TIER"),
    reason="a stress run of about a minute: the stress tier runs it "
    "(CLONEGEN_STRESS_TIER=1, as .ci/run does)",
)
def test_threads_spawning_into_a_cgroup_while_others_allocate(
    backend: str, cgroup_dir: Path
) -> None:
    """4 threads x 1,000 spawns (fallback: x 100) while 2 threads allocate.

    Bounded, not timed: every thread must finish within the generous bound,
    and afterwards no descriptor or child is left.
    """
    spawns = 1000 if backend == "native" else 100
    gc.collect()
    ca._cleanup()
    fds, kids = open_fds(), children()
    stop = threading.Event()
    errors: list[BaseException] = []

    def allocate() -> None:
        while not stop.is_set():
            junk = [bytearray(4096) for _ in range(64)]
            del junk

    def spawner() -> None:
        try:
            for _ in range(spawns):
                assert ca.spawn(["/bin/true"], cgroup=cgroup_dir).wait() == 0
        except BaseException as exc:
            errors.append(exc)

    allocators = [threading.Thread(target=allocate) for _ in range(2)]
    spawners = [threading.Thread(target=spawner) for _ in range(4)]
    for t in allocators + spawners:
        t.start()
    try:
        for t in spawners:
            t.join(timeout=600)
            assert not t.is_alive(), "a spawning thread hangs"
    finally:
        stop.set()
        for t in allocators:
            t.join()
    assert not errors, errors[0]
    assert open_fds() == fds and children() == kids


# -- the compiled part ------------------------------------------------------------


def test_ctypes_mirror_matches_the_c_header(tmp_path: Path) -> None:
    """The module's ctypes structures and constants are the header's."""
    header = (PKG / "_csrc" / "clone_args.h").read_text()
    constants = dict(re.findall(r"#define CG_SPAWN_(\w+)\s+\(?(-?\w+)\)?", header))
    for name, value in constants.items():
        if hasattr(ca, f"_SPAWN_{name}"):
            assert getattr(ca, f"_SPAWN_{name}") == int(value, 0), name
    assert sum(hasattr(ca, f"_SPAWN_{n}") for n in constants) >= 14
    src = tmp_path / "sizes.c"
    src.write_text(
        '#include <stdio.h>\n#include "clone_args.h"\nint main(void) {\n'
        '\tprintf("%zu %zu %zu\\n", sizeof(struct cg_spawn_attr), sizeof(struct cg_spawn_action),\n'
        "\t       sizeof(struct cg_spawn_result));\n"
        '\tprintf("%zu %zu\\n", offsetof(struct cg_spawn_attr, clone_flags),'
        " offsetof(struct cg_spawn_action, mode));\n\treturn 0;\n}\n"
    )
    cc([*WARN, "-include", "stddef.h", f"-I{PKG / '_csrc'}", str(src), "-o", str(tmp_path / "s")])
    out = subprocess.run([str(tmp_path / "s")], capture_output=True, text=True).stdout.split()

    assert [int(x) for x in out] == [
        ctypes.sizeof(ca._SpawnAttr),
        ctypes.sizeof(ca._SpawnAction),
        ctypes.sizeof(ca._SpawnResult),
        ca._SpawnAttr.clone_flags.offset,
        ca._SpawnAction.mode.offset,
    ]


# -- run(), text mode, the argument types subprocess takes, the pidfd's lifetime -------


RUN_CASES = [
    # (argv, keywords): each run through subprocess.run and the module's run() alike
    (["sh", "-c", "cat; echo err >&2; exit 3"], {"input": b"in\n", "capture_output": True}),
    (["sh", "-c", "printf 'a\\r\\nb\\rc'"], {"capture_output": True, "text": True}),
    (["sh", "-c", "cat"], {"input": "t\u00e9xt\n", "capture_output": True, "encoding": "utf-8"}),
    (["sh", "-c", "printf '\\377ok'"], {"capture_output": True, "errors": "replace"}),
    (["sh", "-c", "cat"], {"input": "x\n", "stdout": subprocess.PIPE, "universal_newlines": True}),
    (["sh", "-c", "printf '\\351'"], {"capture_output": True, "encoding": "latin-1"}),
    (
        ["sh", "-c", "echo out; echo err >&2"],
        {"stdout": subprocess.PIPE, "stderr": subprocess.STDOUT},
    ),
    (["sh", "-c", "exit 0"], {"check": True}),
    ("echo $0 $(printf x); exit 4", {"shell": True, "capture_output": True}),
    (["echo $0 $1", "one"], {"shell": True, "capture_output": True}),  # the rest: $0, $1, ...
    (b"echo bytes", {"shell": True, "capture_output": True}),
    ("echo $0", {"shell": True, "executable": "sh", "capture_output": True}),  # the shell's place
    (["just-a-name", "-c", "echo $0"], {"executable": "/bin/sh", "capture_output": True}),
]


@pytest.mark.parametrize(("argv", "options"), RUN_CASES)
def test_run_gives_what_subprocess_run_gives(
    backend: str, argv: list[str], options: dict[str, object]
) -> None:
    want = subprocess.run(argv, **options)  # type: ignore[call-overload]
    got = ca.run(argv, **options)  # type: ignore[arg-type]
    assert isinstance(got, subprocess.CompletedProcess)
    assert (got.args, got.returncode, got.stdout, got.stderr) == (
        want.args,
        want.returncode,
        want.stdout,
        want.stderr,
    )


def test_run_check_raises_called_process_error_with_the_output(backend: str) -> None:
    with pytest.raises(subprocess.CalledProcessError) as info:
        ca.run(["sh", "-c", "echo so far; exit 7"], check=True, capture_output=True)
    assert (info.value.returncode, info.value.cmd) == (7, ["sh", "-c", "echo so far; exit 7"])
    assert (info.value.output, info.value.stderr) == (b"so far\n", b"")
    assert ca.run(["sh", "-c", "exit 7"]).returncode == 7  # without check: no error


def test_run_refuses_what_subprocess_run_refuses(backend: str) -> None:
    before = children()
    for options, message in (
        ({"input": b"x", "stdin": ca.PIPE}, "stdin and input arguments may not both be used"),
        ({"capture_output": True, "stdout": ca.PIPE}, "may not be used with capture_output"),
    ):
        with pytest.raises(ValueError, match=message):
            subprocess.run(["true"], **options)  # type: ignore[call-overload]
        with pytest.raises(ValueError, match=message):
            ca.run(["true"], **options)  # type: ignore[arg-type]
    with pytest.raises(subprocess.SubprocessError, match="Cannot disambiguate"):
        ca.run(["true"], text=True, universal_newlines=False)
    for make in (subprocess.run, ca.run):
        with pytest.raises(TypeError, match="path-like args is not allowed when shell is true"):
            make(Path("/bin/true"), shell=True)
        with pytest.raises(FileNotFoundError) as info:
            make(["true"], executable="clonegen-no-such-program")
        assert info.value.filename == "clonegen-no-such-program"
    assert children() == before


def test_run_timeout_kills_and_reaps_the_child(backend: str) -> None:
    """TimeoutExpired as subprocess.run raises it: the child killed and reaped, nothing left."""
    gc.collect()
    ca._cleanup()
    fds, kids = open_fds(), children()
    argv = ["sh", "-c", "echo started; exec sleep 60"]
    start = time.monotonic()
    with pytest.raises(subprocess.TimeoutExpired) as info:
        ca.run(argv, capture_output=True, timeout=0.3)
    assert time.monotonic() - start < 30  # not the 60 seconds of the sleep
    assert info.value.cmd == argv and info.value.timeout == 0.3
    assert info.value.output in (b"", b"started\n")  # what was read before the timeout
    assert children() == kids and open_fds() == fds  # killed, reaped, every descriptor closed
    with pytest.raises(subprocess.TimeoutExpired) as info:  # no pipes: wait() times out
        ca.run(["sleep", "60"], timeout=0.2)
    assert info.value.timeout == 0.2
    assert children() == kids and open_fds() == fds


def test_text_mode_streams_are_popens(backend: str) -> None:
    with ca.spawn(
        ["cat"], stdin=ca.PIPE, stdout=ca.PIPE, text=True, encoding="latin-1", bufsize=1
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        assert proc.stdin.encoding == proc.stdout.encoding == "latin-1"
        assert proc.stdin.line_buffering  # bufsize=1 in text mode, as Popen
        proc.stdin.write("line \u00e9\n")  # reaches cat at once: line buffered
        assert proc.stdout.readline() == "line \u00e9\n"
        proc.stdin.close()
    with ca.spawn(["printf", "a\\r\\nb"], stdout=ca.PIPE, errors="strict") as proc:
        assert proc.communicate() == ("a\nb", None)  # errors= alone is text mode, as Popen
    with ca.spawn(["true"], text=True) as proc:  # no stdin pipe: the input is ignored, as Popen
        assert proc.communicate("ignored") == (None, None)
    with subprocess.Popen(["true"], text=True) as popen:
        assert popen.communicate("ignored") == (None, None)
    with pytest.warns(RuntimeWarning, match="line buffering"):
        ca.spawn(["true"], bufsize=1).wait()
    with pytest.raises(TypeError, match="bufsize must be an integer"):
        ca.spawn(["true"], bufsize="1")  # type: ignore[arg-type]


def _argument_cases(tmp_path: Path) -> list[tuple[object, dict[str, object]]]:
    """(argv, keywords) that subprocess.Popen accepts, of every type it accepts."""
    script = tmp_path / "show"
    script.write_text('#!/bin/sh\necho "$0 $* A=$A B=$B $(pwd)"\n')
    script.chmod(0o755)
    path = os.environ.get("PATH", "/usr/bin:/bin")
    return [
        (str(script), {}),  # a program alone: str, bytes, a path
        (os.fsencode(script), {}),
        (script, {}),
        ([script, Path("arg")], {}),  # paths and bytes among the arguments
        ([os.fsencode(script), b"arg"], {}),
        ([script], {"env": {"A": Path("/p/q"), "PATH": path}}),  # path values
        ([script], {"env": {b"A": b"bytes", b"B": Path("/b")}}),  # bytes keys
        ([script], {"env": os.environ}),
        ([script], {"cwd": os.fsencode(tmp_path)}),  # cwd as bytes and as a path
        ([script], {"cwd": tmp_path}),
        ((str(script), "tuple"), {"pass_fds": {0}}),  # any sequence, any collection
        ([script], {"pass_fds": range(0)}),
        ([script], {"stdin": open(os.devnull)}),  # a text file, as Popen takes it
    ]


def test_every_argument_type_popen_takes(backend: str, tmp_path: Path) -> None:
    cases = _argument_cases(tmp_path)
    try:
        for argv, options in cases:
            want = subprocess.run(argv, capture_output=True, **options)  # type: ignore[call-overload]
            got = ca.run(argv, capture_output=True, **options)  # type: ignore[arg-type]
            assert (got.returncode, got.stdout, got.stderr) == (
                want.returncode,
                want.stdout,
                want.stderr,
            ), (argv, options)
            assert want.returncode == 0 and want.stdout.startswith(os.fsencode(tmp_path))
    finally:
        for _, options in cases:
            stream = options.get("stdin")
            if stream is not None:
                stream.close()  # type: ignore[attr-defined]


def _pidfd_pid(fd: int) -> int:
    """The pid a pidfd refers to, as the kernel states it (-1: the process was reaped)."""
    text = Path(f"/proc/self/fdinfo/{fd}").read_text()
    return int(re.search(r"^Pid:\s*(-?\d+)", text, re.M).group(1))  # type: ignore[union-attr]


def test_pidfd_is_kept_after_the_wait_until_close(backend: str) -> None:
    gc.collect()
    ca._cleanup()
    fds = open_fds()
    proc = ca.spawn(["sh", "-c", "exit 2"])
    fd: int = proc.pidfd  # an int: no None to assert away
    assert _pidfd_pid(fd) == proc.pid
    assert proc.wait() == 2
    assert proc.pidfd == fd and _pidfd_pid(fd) == -1  # still open: the pidfd of a reaped child
    proc.send_signal(signal.SIGTERM)  # after the end: nothing, as Popen
    proc.close()
    assert not proc.has_pidfd and open_fds() == fds
    with pytest.raises(OSError) as info:
        os.fstat(fd)
    assert info.value.errno == errno.EBADF
    proc.close()  # twice: nothing
    reaped = ca.spawn(["true"])
    reaped.wait()
    del reaped  # waited for, never closed: the pidfd goes with the object, no warning
    gc.collect()
    assert open_fds() == fds


USER_SCRIPT = """
import pathlib
import subprocess

import clone_args


def main() -> int:
    done = clone_args.run(
        ["printenv", "A"], env={"A": pathlib.Path("/x")}, capture_output=True, text=True
    )
    out: str = done.stdout
    with clone_args.spawn(["true"], stdout=subprocess.DEVNULL) as proc:
        fd: int = proc.pidfd
        proc.wait()
        assert proc.pidfd == fd
    return len(out) + fd
"""


def test_a_user_script_is_clean_under_mypy_strict_without_asserts(tmp_path: Path) -> None:
    """The pidfd is an int, env takes paths, run() is typed: no assert or ignore is needed."""
    (tmp_path / "user.py").write_text(USER_SCRIPT)
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "user.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(PKG)},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _venv(path: Path) -> Path:
    venv.EnvBuilder(with_pip=True, clear=True).create(path)
    return path / "bin" / "python"


CHECK = """
import clone_args, importlib.resources, sys
p = clone_args.spawn(["sh", "-c", "echo $0"], stdout=clone_args.PIPE)
assert p.communicate() == (b"sh\\n", None), p
assert importlib.resources.files("clone_args").joinpath("py.typed").is_file()
print(clone_args.spawn_backend())
"""


@pytest.mark.slow
@pytest.mark.parametrize("compiler", ["gcc", "none"])
def test_pip_install_of_the_generated_directory(compiler: str, tmp_path: Path) -> None:
    """pip install generated/clone_args/python: typed; compiled where a compiler exists."""
    py = _venv(tmp_path / "venv")
    env = dict(os.environ)
    if compiler == "none":
        env["CC"] = "/bin/false"  # the build of the compiled part fails: optional
    proc = subprocess.run(
        [str(py), "-m", "pip", "install", "-q", str(PKG)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    ran = subprocess.run([str(py), "-c", CHECK], capture_output=True, text=True, cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == ("native" if compiler == "gcc" else "fallback")
    # The build left nothing in the generated directory.
    check = subprocess.run(
        [sys.executable, "-m", "clonegen", "check"], cwd=ROOT, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr


# -- probe ----------------------------------------------------------------------


def test_probe_here(backend: str) -> None:
    before = children()
    found = ca.probe()
    assert children() == before  # no call made a child
    assert found.error == 0 and found.reason == ""
    assert (found.version, found.size) == ("VER2", 88)  # this kernel knows clone3 of Linux 5.7+
    assert found.cgroup_error == 0 and "CLONE_INTO_CGROUP" in found.accepted
    if backend == "native":
        assert {
            "CLONE_PIDFD",
            "CLONE_NEWPID",
            "CLONE_VFORK",
            "CLONE_CLEAR_SIGHAND",
        } <= found.accepted
        assert found.refused["CLONE_DETACHED"] == 22  # clone3 never takes it
        assert found.why("CLONE_DETACHED").startswith("CLONE_DETACHED: unknown to this kernel")
        assert not found.unchecked
    else:
        assert "CLONE_PIDFD" in found.unchecked
        assert found.why("CLONE_PIDFD") == "CLONE_PIDFD: not checked without the compiled part"


FILTERED = """
import ctypes, errno, json, os, sys
sys.path.insert(0, sys.argv[1])
import clone_args as ca
if sys.argv[2] != "-":
    ca._use_native(sys.argv[2])
err, only_large = int(sys.argv[3]), sys.argv[4] == "1"
class F(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint)]
class P(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(F))]
LD, JEQ, JGE, RET = 0x20, 0x15, 0x35, 0x06
prog = [
    F(LD, 0, 0, 0), F(JEQ, 0, 3, 435),
    F(LD, 0, 0, 24), F(JGE, 0, 1, 65 if only_large else 0),
    F(RET, 0, 0, 0x00050000 | err), F(RET, 0, 0, 0x7FFF0000),
]
arr = (F * len(prog))(*prog)
libc = ctypes.CDLL(None, use_errno=True)
assert libc.prctl(38, 1, 0, 0, 0) == 0  # PR_SET_NO_NEW_PRIVS
assert libc.prctl(22, 2, ctypes.byref(P(len(prog), arr)), 0, 0) == 0  # seccomp filter
p = ca.probe()
print(json.dumps([p.error, p.reason, p.version, p.cgroup_error, sorted(p.accepted)]))
"""


@pytest.mark.parametrize(
    ("err", "only_large", "want"),
    [
        (38, False, [38, "no such system call here, or a seccomp filter answers ENOSYS", None]),
        (
            1,
            False,
            [1, "refused by policy: a seccomp filter or a security module answers EPERM", None],
        ),
        (7, True, [0, "", "VER0"]),
    ],
    ids=["ENOSYS", "EPERM", "E2BIG-above-VER0"],
)
def test_probe_under_seccomp(
    backend: str, native_library: str, err: int, only_large: bool, want: list[object]
) -> None:
    if os.uname().machine != "x86_64":
        pytest.skip("the filter names x86_64's clone3 number")
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            FILTERED,
            str(PKG),
            native_library if backend == "native" else "-",
            str(err),
            "1" if only_large else "0",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    error, reason, version, cgroup_error, accepted = json.loads(proc.stdout)
    assert [error, reason, version] == want
    if only_large:  # a kernel that knows VER0 only: no cgroup field
        assert cgroup_error == 7 and accepted == []


# -- a release cut ----------------------------------------------------------------

_CUT_CHECK = r"""
import json, os, re, sys
sys.path.insert(0, sys.argv[1])
import clone_args as m
native, cgroup = sys.argv[2] or None, sys.argv[3] or None
seen = {"flags": sorted(m.CloneArgsFlags.__members__), "fields": list(m.CloneArgs._fields)}
for backend in ("native", "fallback"):
    m._use_native(native if backend == "native" else None)
    assert m.spawn_backend() == backend, m.spawn_backend()
    seen[backend] = {"true": m.spawn(["true"]).wait(), "probe": m.probe().error}
    if cgroup:
        proc = m.spawn(["cat", "/proc/self/cgroup"], cgroup=cgroup, stdout=m.PIPE, cwd="/")
        lines = proc.communicate()[0].decode().splitlines()
        seen[backend]["cgroup"] = [re.sub(r"::.*/", "::/", x) for x in lines]
        seen[backend]["cgroup_exit"] = proc.returncode
print(json.dumps(seen))
"""


@pytest.mark.parametrize("release", _release_boundaries("clone_args"))
def test_a_release_cut_module_imports_names_its_release_and_spawns(
    release: str, tmp_path: Path
) -> None:
    """The cut's public classes name only the release's flags and fields; the fork-like
    runtime keeps what it asks the kernel for, so spawn() works on both paths, in a cgroup
    too (CLONE_INTO_CGROUP, or the fallback's cgroup.procs)."""
    out = tmp_path / "gen"
    code, _, err = cli("generate", "--kernel", release, "--out", str(out), "spec/clone_args.yaml")
    assert code == 0, err
    pkg = out / "clone_args" / "python"
    lib = tmp_path / "_spawn.so"
    cc(["-shared", "-fPIC", "-O2", str(pkg / "_csrc" / "clone_args.c"), "-o", str(lib)])
    uncut = model_of(ROOT / "spec" / "clone_args.yaml")
    cut = release_key(release)
    flags = sorted(f.name for f in uncut.flags if release_key(f.since) <= cut)
    fields = [f.name for f in uncut.fields if release_key(f.version.since) <= cut]
    mount = cgroup2_mount()
    group = None if mount is None else mount / f"clonegen-cut-py-{os.getpid()}-{release}"
    try:
        if group is not None:
            group.mkdir()
    except OSError:
        group = None  # not writable here: spawn without a cgroup only
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CUT_CHECK, str(pkg), str(lib), str(group or "")],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        if group is not None:
            group.rmdir()
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["flags"] == flags
    assert seen["fields"] == fields
    for backend in ("native", "fallback"):
        assert seen[backend]["true"] == 0
        assert seen[backend]["probe"] == 0
        if group is not None:
            assert seen[backend]["cgroup_exit"] == 0
            assert f"0::/{group.name}" in seen[backend]["cgroup"]
