"""The generated Python modules: typed, formatted, equal to the C copy-in, and
working with real clone3() and openat2() calls."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import importlib.util
import mmap
import os
import signal
import subprocess
import sys
import threading
import time
import types
from pathlib import Path

import pytest
from conftest import ROOT
from ctools import HARNESS, KERNEL_WANTS, WARN, cc, common_checks, kernel_includes, require
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from readme_examples import example

from clonegen.fmt import LINE_LENGTH
from clonegen.pipeline import model_of

GEN = ROOT / "generated"


def load(name: str) -> types.ModuleType:
    path = GEN / name / "python" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"generated_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ca = load("clone_args")
oh = load("open_how")


# -- shape -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["clone_args", "open_how"])
def test_module_is_black_formatted(name: str) -> None:
    """The template writes what the pinned black writes; generation runs no formatter."""
    import black

    text = (GEN / name / "python" / f"{name}.py").read_text()
    mode = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=LINE_LENGTH)
    assert black.format_str(text, mode=mode) == text


def test_modules_are_clean_under_mypy_strict() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            str(GEN / "clone_args/python/clone_args.py"),
            str(GEN / "open_how/python/open_how.py"),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_struct_round_trip_and_versions() -> None:
    args = ca.CloneArgs(flags=ca.CloneArgsFlags.CLONE_PIDFD, pidfd=0x1000, exit_signal=17, cgroup=5)
    raw = args.to_bytes()
    assert len(raw) == ca.SIZE_VER2 == 88 and (ca.SIZE_VER0, ca.SIZE_VER1) == (64, 80)
    assert raw[:8] == (0x1000).to_bytes(8, sys.byteorder) and raw[80:] == (5).to_bytes(
        8, sys.byteorder
    )
    assert ca.CloneArgs.from_bytes(raw) == args
    assert ca.CloneArgs.from_bytes(raw[:64]) == ca.CloneArgs(
        flags=0x1000, pidfd=0x1000, exit_signal=17
    )
    assert len(args.to_bytes(64)) == 64 and args.to_bytes(96)[88:] == bytes(8)
    assert ca.CloneArgs.from_bytes(raw + bytes(8)) == args
    with pytest.raises(ValueError, match="E2BIG"):
        ca.CloneArgs.from_bytes(raw + b"\x01")
    with pytest.raises(ValueError, match="stack"):
        ca.CloneArgs(stack=-1)
    assert set(ca.CloneArgs._fields) == {
        f
        for f in (
            "flags",
            "pidfd",
            "child_tid",
            "parent_tid",
            "exit_signal",
            "stack",
            "stack_size",
            "tls",
            "set_tid",
            "set_tid_size",
            "cgroup",
        )
    }


def test_from_bytes_is_bound_once_and_serves_instances_and_subclasses() -> None:
    """from_bytes is bound to its class when the class is made (not at every call, which
    costs a tenth of the call); it still reads for an instance and for a subclass."""
    args = ca.CloneArgs(flags=0x1000, exit_signal=17, cgroup=3)
    raw = args.to_bytes()
    assert ca.CloneArgs.from_bytes is ca.CloneArgs.from_bytes
    assert args.from_bytes(raw) == args and type(args.from_bytes(raw)) is ca.CloneArgs

    class Mine(ca.CloneArgs):
        __slots__ = ()

    got = Mine.from_bytes(raw[:64])
    assert type(got) is Mine and got == args._replace(cgroup=0)
    assert type(Mine.from_bytes(raw + bytes(8))) is Mine
    with pytest.raises(ValueError, match="E2BIG"):
        Mine.from_bytes(raw + b"\x01")
    with pytest.raises(TypeError):
        ca.CloneArgs.from_bytes("not bytes")  # type: ignore[arg-type]


def test_flags_are_intflags_including_64_bit_ones() -> None:
    flags = ca.CloneArgsFlags
    assert flags.CLONE_INTO_CGROUP == 1 << 33 and flags.CLONE_EMPTY_MNTNS == 1 << 37
    assert flags.CLONE_VM | flags.CLONE_CLEAR_SIGHAND == 0x100000100
    assert (
        ca.FLAG_DOCS["CLONE_INTO_CGROUP"][1] == "5.7"
        and "cgroup" in ca.FLAG_DOCS["CLONE_INTO_CGROUP"][0]
    )
    assert oh.OpenHowResolve.RESOLVE_CACHED == 0x20


def message(value: object, size: int | None = None) -> str:
    with pytest.raises(ValueError) as exc:
        value.validate(size)  # type: ignore[attr-defined]
    return str(exc.value)


def test_validation_states_the_problem() -> None:
    """Each rule's message says what the values are, in words and numbers, not the rule."""
    cls, fl = ca.CloneArgs, ca.CloneArgsFlags
    nsig = ca._NSIG
    assert message(cls(set_tid=1, set_tid_size=33)) == (
        "set_tid_size is 33, above 32 (the deepest nesting of PID namespaces) (EINVAL)"
    )
    assert message(cls(set_tid=0, set_tid_size=2)) == (
        "set_tid is 0 and set_tid_size is 2; both must be zero or both non-zero (EINVAL)"
    )
    assert message(cls(exit_signal=0x140)) == "exit_signal: 0x100 are bits outside CSIGNAL (EINVAL)"
    both = fl.CLONE_PIDFD | fl.CLONE_PARENT_SETTID
    assert message(cls(flags=both, pidfd=0x1000, parent_tid=0x1000)) == (
        "pidfd and parent_tid are both 0x1000; they must differ when flags has all of "
        "CLONE_PIDFD, CLONE_PARENT_SETTID (EINVAL)"
    )
    cls(flags=both, pidfd=0x1000, parent_tid=0x2000).validate()
    cls(flags=fl.CLONE_PIDFD, pidfd=0x1000, parent_tid=0x1000).validate()
    assert message(cls(exit_signal=nsig + 1)) == (
        f"exit_signal is {nsig + 1}, above {nsig} (the highest valid signal number) (EINVAL)"
    )
    assert message(cls(flags=fl.CLONE_INTO_CGROUP, cgroup=1 << 31)) == (
        "cgroup is 2147483648, above 2147483647 (the largest value of a C int)"
        " when flags has CLONE_INTO_CGROUP (EINVAL)"
    )
    assert message(cls(flags=fl.CLONE_INTO_CGROUP), 64) == (
        "cgroup: size 64 is below 88 (VER2), which it needs when flags has CLONE_INTO_CGROUP"
        " (EINVAL)"
    )
    assert message(cls(flags=0x40)) == "flags: 0x40 are not flags clone3 knows (EINVAL)"
    assert message(cls(flags=fl.CLONE_SIGHAND | fl.CLONE_CLEAR_SIGHAND | fl.CLONE_VM)) == (
        "flags has both CLONE_SIGHAND and CLONE_CLEAR_SIGHAND, which exclude each other (EINVAL)"
    )
    assert message(cls(flags=fl.CLONE_THREAD, exit_signal=17)) == (
        "exit_signal is 17; it must be 0 when flags has CLONE_THREAD (EINVAL)"
    )
    assert message(cls(flags=fl.CLONE_THREAD | fl.CLONE_PARENT, exit_signal=17)) == (
        "exit_signal is 17; it must be 0 when flags has CLONE_PARENT and CLONE_THREAD (EINVAL)"
    )
    assert message(cls(stack=0x1000)) == (
        "stack is 4096 and stack_size is 0; both must be zero or both non-zero (EINVAL)"
    )
    assert message(cls(stack=1 << 63, stack_size=0x1000)) == (
        "stack is 0x8000000000000000 and stack_size 0x1000: that range is not user memory"
        " (EINVAL)"
    )
    assert "_NSIG" not in message(cls(exit_signal=nsig + 1))
    with pytest.raises(ValueError, match="E2BIG"):
        ca.CloneArgs().validate(size=8192)
    assert message(oh.OpenHow(resolve=0x18)) == (
        "resolve has both RESOLVE_BENEATH and RESOLVE_IN_ROOT, which exclude each other (EINVAL)"
    )
    assert message(oh.OpenHow(resolve=1 << 40)) == (
        "resolve: 0x10000000000 are not flags openat2 knows (EINVAL)"
    )
    assert ca.CloneArgs(flags=0x40).verdict() == (
        errno.EINVAL,
        "flags: 0x40 are not flags clone3 knows",
    )
    assert ca.CloneArgs(exit_signal=17).verdict() == (0, "")
    # A VER0 caller cannot use CLONE_INTO_CGROUP; the cgroup field is cut off.
    assert ca.CloneArgs(flags=1 << 33, cgroup=3).verdict(64)[0] == errno.EINVAL


# -- Python verdict == generated C copy-in verdict ------------------------------


@pytest.fixture(scope="module")
def c_copy_in(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ctypes.CDLL]:
    require("gcc")
    out = tmp_path_factory.mktemp("copyin")
    libs = {}
    for spec, model, source in (
        ("clone_args", "clone_model.c", "kernel/clone_args.c"),
        ("open_how", "open_how_model.c", "fs/open_how.c"),
    ):
        so = out / f"{spec}.so"
        cc(
            [
                *WARN,
                "-O1",
                "-fPIC",
                "-shared",
                *KERNEL_WANTS,
                *kernel_includes(GEN, spec),
                *common_checks(model_of(ROOT / f"spec/{spec}.yaml"), out / spec),
                f"-I{HARNESS}",
                str(GEN / spec / source),
                str(HARNESS / model),
                str(HARNESS / "runtime.c"),
                "-o",
                str(so),
            ]
        )
        libs[spec] = ctypes.CDLL(str(so))
    libs["clone_args"].sys_clone3.restype = ctypes.c_long
    libs["clone_args"].sys_clone3.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
    libs["open_how"].sys_openat2.restype = ctypes.c_long
    libs["open_how"].sys_openat2.argtypes = (
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_void_p,
        ctypes.c_size_t,
    )
    return libs


TIDS = (ctypes.c_int * 40)(*range(1, 41))
u64_edges = st.sampled_from(
    [0, 1, 17, 64, 65, 255, 256, 0x7FFFFFFF, 0x80000000, 1 << 32, (1 << 64) - 1]
)
u64 = st.one_of(u64_edges, st.integers(0, (1 << 64) - 1))
flag_bits = st.lists(st.sampled_from([1 << b for b in range(64)]), max_size=4).map(
    lambda bs: sum(set(bs))
)
sizes = st.one_of(
    st.sampled_from([0, 63, 64, 65, 72, 80, 87, 88, 89, 4096, 4097]), st.integers(0, 4200)
)


@settings(
    max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    flags=st.one_of(flag_bits, u64),
    exit_signal=st.one_of(st.integers(0, 70), u64),
    stack=st.sampled_from([0, 0x1000, 0x7FFFFFFFE000, 0x7FFFFFFFF000, (1 << 64) - 1]),
    stack_size=st.sampled_from([0, 1, 0x1000, 0x1001, (1 << 63)]),
    set_tid=st.booleans(),
    set_tid_size=st.one_of(st.integers(0, 40), u64),
    cgroup=u64,
    size=sizes,
)
def test_python_verdict_equals_c_copy_in_for_clone_args(
    c_copy_in: dict[str, ctypes.CDLL],
    flags: int,
    exit_signal: int,
    stack: int,
    stack_size: int,
    set_tid: bool,
    set_tid_size: int,
    cgroup: int,
    size: int,
) -> None:
    args = ca.CloneArgs(
        flags=flags,
        exit_signal=exit_signal,
        stack=stack,
        stack_size=stack_size,
        set_tid=ctypes.addressof(TIDS) if set_tid else 0,
        set_tid_size=set_tid_size,
        cgroup=cgroup,
    )
    raw = args.to_bytes(size)
    buf = ctypes.create_string_buffer(raw, max(len(raw), 1))
    c_result = c_copy_in["clone_args"].sys_clone3(buf, size)
    assert args.verdict(size)[0] == -c_result


@settings(
    max_examples=800, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    flags=st.one_of(flag_bits, u64, st.integers(0, 0o77777777)),
    mode=st.one_of(u64, st.integers(0, 0o20000)),
    resolve=st.one_of(st.integers(0, 0x7F), u64),
    size=st.one_of(st.sampled_from([0, 23, 24, 25, 32]), sizes),
)
def test_python_verdict_equals_c_copy_in_for_open_how(
    c_copy_in: dict[str, ctypes.CDLL], flags: int, mode: int, resolve: int, size: int
) -> None:
    how = oh.OpenHow(flags=flags, mode=mode, resolve=resolve)
    raw = how.to_bytes(size)
    buf = ctypes.create_string_buffer(raw, max(len(raw), 1))
    c_result = c_copy_in["open_how"].sys_openat2(-100, b"x", buf, size)
    assert how.verdict(size)[0] == -c_result


# -- real system calls ---------------------------------------------------------


def exit_code(pid: int) -> int:
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


@pytest.mark.parametrize("size", [64, 80, 88])
def test_clone3_fork_style_for_every_published_size(size: int) -> None:
    pid = ca.clone3(ca.CloneArgs(exit_signal=signal.SIGCHLD), size=size)
    if pid == 0:
        os._exit(size // 8)
    assert exit_code(pid) == size // 8


def test_fork_pidfd_and_wait_on_it() -> None:
    pid, pidfd = ca.fork_pidfd()
    if pid == 0:
        os._exit(11)
    try:
        info = os.waitid(os.P_PIDFD, pidfd, os.WEXITED)
        assert info is not None and info.si_pid == pid and info.si_status == 11
    finally:
        os.close(pidfd)


def test_unknown_flag_is_the_kernels_einval_when_validation_is_bypassed() -> None:
    with pytest.raises(ValueError):
        ca.clone3(ca.CloneArgs(flags=1 << 50, exit_signal=signal.SIGCHLD))
    with pytest.raises(OSError) as exc:
        ca.clone3(ca.CloneArgs(flags=1 << 50, exit_signal=signal.SIGCHLD), validate=False)
    assert exc.value.errno == errno.EINVAL


def test_shared_memory_requests_are_refused() -> None:
    for flag in (
        ca.CloneArgsFlags.CLONE_VM,
        ca.CloneArgsFlags.CLONE_VFORK,
        ca.CloneArgsFlags.CLONE_THREAD,
        ca.CloneArgsFlags.CLONE_SETTLS,
    ):
        with pytest.raises(ValueError, match="fork-like"):
            ca.clone3(ca.CloneArgs(flags=flag))
    with pytest.raises(ValueError, match="fork-like"):
        ca.clone3(ca.CloneArgs(stack=0x1000, stack_size=0x1000))


def test_audit_event_like_os_fork() -> None:
    script = (
        "import os, sys\n"
        f"sys.path.insert(0, {str(GEN / 'clone_args' / 'python')!r})\n"
        "import clone_args\n"
        "seen = []\n"
        "sys.addaudithook(lambda event, args: seen.append(event) if event == 'os.fork' else None)\n"
        "pid = clone_args.clone3(clone_args.CloneArgs(exit_signal=17))\n"
        "if pid == 0:\n    os._exit(0)\n"
        "os.waitpid(pid, 0)\n"
        "print(seen)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.stdout.strip() == "['os.fork']", proc.stderr


def test_multithreaded_warning_like_os_fork() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        with pytest.warns(DeprecationWarning, match="is multi-threaded, use of fork"):
            pid = ca.clone3(ca.CloneArgs(exit_signal=signal.SIGCHLD))
            if pid == 0:
                os._exit(0)
        assert exit_code(pid) == 0
    finally:
        stop.set()
        thread.join()


def test_spawn_true_and_missing_program() -> None:
    with ca.spawn(["/bin/true"]) as proc:
        assert proc.pidfd >= 0
        assert proc.wait(timeout=10) == 0
        assert proc.has_pidfd  # kept after the wait, until close()
    assert proc.returncode == 0 and not proc.has_pidfd
    with pytest.raises(ValueError, match="the pidfd is closed"):
        os.fstat(proc.pidfd)
    # The missing program is named by the str given, on both paths.
    with pytest.raises(FileNotFoundError) as plain:
        ca.spawn(["clonegen-no-such-program"])
    with pytest.raises(FileNotFoundError) as cloned:  # clone3(): a cwd needs code in the child
        ca.spawn(["clonegen-no-such-program"], cwd="/")
    assert plain.value.filename == cloned.value.filename == "clonegen-no-such-program"
    with pytest.raises(FileNotFoundError) as given_bytes:
        ca.spawn([b"clonegen-no-such-program"])
    assert given_bytes.value.filename == "clonegen-no-such-program"
    proc = ca.spawn(["sh", "-c", "exit 3"], pidfd=False)
    assert not proc.has_pidfd and proc.wait() == 3
    with pytest.raises(ValueError, match=r"spawn\(pidfd=False\) made no pidfd"):
        os.fstat(proc.pidfd)


def test_clone_pidfd_needs_the_address_of_an_int() -> None:
    """CLONE_PIDFD with pidfd 0 would fail with EFAULT in the kernel: refused before the call."""
    text = "CLONE_PIDFD needs pidfd, the address of an int"
    with pytest.raises(ValueError, match=f"^{text}$"):
        ca.clone3(ca.CloneArgs(flags=ca.CloneArgsFlags.CLONE_PIDFD, pidfd=0))
    with pytest.raises(ValueError, match=f"^{text}$"):
        ca.spawn(["/bin/true"], flags=ca.CloneArgsFlags.CLONE_PIDFD, pidfd=False)


def test_spawn_signal_env_cwd(tmp_path: Path) -> None:
    proc = ca.spawn(["sleep", "30"])
    proc.send_signal(signal.SIGTERM)
    assert proc.wait() == -signal.SIGTERM
    out = tmp_path / "out"
    proc = ca.spawn(
        ["sh", "-c", f"echo $CLONEGEN_X; pwd > {out}.pwd; echo $CLONEGEN_X > {out}"],
        env={"CLONEGEN_X": "42", "PATH": os.environ["PATH"]},
        cwd=tmp_path,
    )
    assert proc.wait() == 0
    assert out.read_text() == "42\n" and Path(f"{out}.pwd").read_text().strip() == str(tmp_path)
    with pytest.raises(FileNotFoundError):
        ca.spawn(["/bin/true"], cwd=tmp_path / "missing")


@pytest.mark.parametrize("cwd", [None, "/"], ids=["posix_spawn", "clone3"])
def test_spawn_leaks_no_file_descriptor(cwd: str | None, tmp_path: Path) -> None:
    """No descriptor of the parent but 0, 1 and 2 reaches the program.

    The program's own start-up opens and closes files (the dynamic loader's fd 3), so
    the test looks for the parent's descriptors by what they point at, not by number.
    """
    leaky_path = tmp_path / "inheritable-marker"
    leaky = os.open(leaky_path, os.O_RDONLY | os.O_CREAT, 0o600)
    os.set_inheritable(leaky, True)
    hidden = os.open(tmp_path / "cloexec-marker", os.O_RDONLY | os.O_CREAT, 0o600)
    try:
        proc = ca.spawn(["sleep", "30"], cwd=cwd)
    finally:
        os.close(leaky)
        os.close(hidden)
    try:
        exec_done(proc.pid, "sleep")
        targets = set()
        for fd in os.listdir(f"/proc/{proc.pid}/fd"):
            with contextlib.suppress(FileNotFoundError):  # closed meanwhile by the program
                targets.add(os.readlink(f"/proc/{proc.pid}/fd/{fd}"))
    finally:
        proc.kill()
        proc.wait()
    assert str(leaky_path) not in targets and str(tmp_path / "cloexec-marker") not in targets
    assert not any(t.startswith(("pipe:", "socket:")) for t in targets), targets


def exec_done(pid: int, comm: str) -> None:
    """Wait until the kernel has finished the child's execve().

    A vfork-style spawn returns once the child's new address space exists, a
    little before the kernel closes the close-on-exec descriptors; it renames
    the task only after that, so the new name says the descriptors are gone.
    """
    deadline = time.monotonic() + 10
    while Path(f"/proc/{pid}/comm").read_text().strip() != comm:
        assert time.monotonic() < deadline, f"process {pid} did not finish execve() in 10 s"
        os.sched_yield()


def cgroup2_mount() -> Path | None:
    for line in Path("/proc/self/mounts").read_text().splitlines():
        parts = line.split()
        if parts[2] == "cgroup2":
            return Path(parts[1])
    return None


def test_spawn_into_a_cgroup(tmp_path: Path) -> None:
    mount = cgroup2_mount()
    if mount is None:
        pytest.skip("no cgroup2 mount on this machine")
    target = mount / f"clonegen-py-{os.getpid()}"
    try:
        target.mkdir()
    except OSError as exc:
        pytest.skip(f"cannot create a cgroup under {mount}: {exc}")
    try:
        proc = ca.spawn(["sleep", "30"], cgroup=target)
        try:
            line = next(
                x
                for x in Path(f"/proc/{proc.pid}/cgroup").read_text().splitlines()
                if x.startswith("0::")
            )
            assert line.endswith(f"/clonegen-py-{os.getpid()}")
        finally:
            proc.kill()
            proc.wait()
    finally:
        target.rmdir()


def test_openat2_resolve_beneath(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "f").write_text("inside")
    (tmp_path / "secret").write_text("outside")
    (tmp_path / "d" / "link").symlink_to("../secret")
    dfd = os.open(tmp_path / "d", os.O_RDONLY | os.O_DIRECTORY)
    try:
        beneath = oh.OpenHow(flags=os.O_RDONLY, resolve=oh.OpenHowResolve.RESOLVE_BENEATH)
        fd = oh.openat2(dfd, "f", beneath)
        assert os.read(fd, 10) == b"inside"
        os.close(fd)
        for escape in ("../secret", "link", str(tmp_path / "secret")):
            with pytest.raises(OSError) as exc:
                oh.openat2(dfd, escape, beneath)
            assert exc.value.errno == errno.EXDEV, escape
        with pytest.raises(ValueError):
            oh.openat2(dfd, "f", oh.OpenHow(resolve=0x18))
        with pytest.raises(OSError) as exc:
            oh.openat2(dfd, "f", oh.OpenHow(resolve=0x18), validate=False)
        assert exc.value.errno == errno.EINVAL
    finally:
        os.close(dfd)


# -- the call wrappers check their arguments like os functions ------------------

AT_FDCWD = -100
READ = oh.OpenHow(flags=os.O_RDONLY)
HUGE = 1 << 40  # 1 TiB


def open_fds() -> set[int]:
    return {int(x) for x in os.listdir("/proc/self/fd")}


@pytest.fixture
def no_syscall(monkeypatch: pytest.MonkeyPatch) -> None:
    """The wrappers may not reach the kernel: each system call fails the test."""

    def refuse(*args: object) -> int:
        raise AssertionError(f"a system call was made: {args}")

    monkeypatch.setattr(oh, "_syscall", refuse)
    monkeypatch.setattr(ca, "_fork_syscall", refuse)


def test_openat2_refuses_an_embedded_nul_like_os_open(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("truncated")
    os.close(oh.openat2(AT_FDCWD, str(secret), READ))  # what a cut-off path would open
    before = open_fds()
    for path in (f"{secret}\0.txt", os.fsencode(f"{secret}\0.txt"), Path(f"{secret}\0.txt")):
        for validate in (True, False):
            with pytest.raises(ValueError, match="embedded null byte"):
                oh.openat2(AT_FDCWD, path, READ, validate=validate)
        with pytest.raises(ValueError, match="embedded null"):
            os.open(path, os.O_RDONLY)
    assert open_fds() == before


@pytest.mark.usefixtures("no_syscall")
def test_openat2_refuses_an_embedded_nul_before_the_system_call(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="embedded null byte"):
        oh.openat2(AT_FDCWD, f"{tmp_path}\0x", READ, validate=False)


def fd_outside_int(dfd: int) -> list[int]:
    """Descriptors outside C int that C would cut to a real one (dfd, AT_FDCWD) or to INT_MAX/MIN."""
    return [
        dfd + (1 << 32),
        dfd - (1 << 32),
        (1 << 64) - 100,
        (1 << 32) - 100,
        -(1 << 31) - 1,
        1 << 31,
    ]


def test_openat2_descriptor_outside_c_int_is_overflow_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "f").write_text("inside")
    monkeypatch.chdir(tmp_path)  # so that AT_FDCWD, too, would open "f"
    dfd = os.open(tmp_path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        before = open_fds()
        for bad in fd_outside_int(dfd):
            for validate in (True, False):
                with pytest.raises(OverflowError, match=r"dfd .* C int"):
                    oh.openat2(bad, "f", READ, validate=validate)
            with pytest.raises(OverflowError):
                os.open("f", os.O_RDONLY, dir_fd=bad)  # the standard library agrees
        assert open_fds() == before
        with pytest.raises(TypeError):
            oh.openat2(1.5, "f", READ)  # type: ignore[arg-type]
        for good in (dfd, AT_FDCWD):  # AT_FDCWD and real descriptors still work
            fd = oh.openat2(good, "f", READ)
            assert os.read(fd, 10) == b"inside"
            os.close(fd)
        for edge in (-(1 << 31), (1 << 31) - 1):  # in range: the kernel's EBADF
            with pytest.raises(OSError) as exc:
                oh.openat2(edge, "f", READ)
            assert exc.value.errno == errno.EBADF
    finally:
        os.close(dfd)


@pytest.mark.usefixtures("no_syscall")
def test_openat2_descriptor_outside_c_int_makes_no_system_call() -> None:
    for bad in fd_outside_int(3):
        with pytest.raises(OverflowError):
            oh.openat2(bad, "f", READ, validate=False)


@pytest.mark.usefixtures("no_syscall")
@pytest.mark.parametrize("validate", [True, False])
def test_negative_size_is_value_error_and_beyond_size_t_overflow_error(validate: bool) -> None:
    args = ca.CloneArgs(exit_signal=signal.SIGCHLD)
    for size, error in ((-1, ValueError), (-HUGE, ValueError), (1 << 64, OverflowError)):
        with pytest.raises(error, match="size"):
            oh.openat2(AT_FDCWD, "/", READ, size=size, validate=validate)
        with pytest.raises(error, match="size"):
            ca.clone3(args, size=size, validate=validate)


def test_errors_are_the_standard_librarys(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    for path in (str(missing), os.fsencode(missing), missing):
        with pytest.raises(FileNotFoundError) as ours:
            oh.openat2(AT_FDCWD, path, READ)
        with pytest.raises(FileNotFoundError) as theirs:
            os.open(path, os.O_RDONLY)
        assert ours.value.args == theirs.value.args
        assert ours.value.filename == theirs.value.filename and ours.value.filename2 is None
        assert str(ours.value) == str(theirs.value)
        assert str(ours.value) == f"[Errno 2] No such file or directory: {os.fspath(path)!r}"
    closed = os.open(tmp_path, os.O_RDONLY)
    os.close(closed)
    with pytest.raises(OSError) as ours:
        oh.openat2(closed, "x", READ)
    with pytest.raises(OSError) as theirs:
        os.open("x", os.O_RDONLY, dir_fd=closed)
    assert (type(ours.value), ours.value.errno, ours.value.strerror, ours.value.filename) == (
        type(theirs.value),
        errno.EBADF,
        os.strerror(errno.EBADF),
        "x",
    )
    with pytest.raises(OSError) as exc:
        ca.clone3(ca.CloneArgs(flags=1 << 50, exit_signal=signal.SIGCHLD), validate=False)
    assert exc.value.args == (errno.EINVAL, os.strerror(errno.EINVAL))
    assert exc.value.filename is None


def test_size_at_and_past_the_page_size_reaches_the_kernel(tmp_path: Path) -> None:
    """PAGE_SIZE bytes are built and read (zero tail: accepted); one more is the kernel's E2BIG."""
    (tmp_path / "f").write_text("x")
    fd = oh.openat2(AT_FDCWD, tmp_path / "f", READ, size=mmap.PAGESIZE, validate=False)
    os.close(fd)
    for size in (mmap.PAGESIZE + 1, HUGE, (1 << 64) - 1):
        with pytest.raises(OSError) as exc:
            oh.openat2(AT_FDCWD, tmp_path / "f", READ, size=size, validate=False)
        assert exc.value.errno == errno.E2BIG and exc.value.filename == str(tmp_path / "f")
        with pytest.raises(OSError) as exc:
            ca.clone3(ca.CloneArgs(exit_signal=signal.SIGCHLD), size=size, validate=False)
        assert exc.value.errno == errno.E2BIG
        with pytest.raises(ValueError, match="E2BIG"):
            oh.openat2(AT_FDCWD, tmp_path / "f", READ, size=size)


def test_huge_size_allocates_no_big_buffer_traced(tmp_path: Path) -> None:
    import tracemalloc

    (tmp_path / "f").write_text("x")
    tracemalloc.start()
    try:
        for call in (
            lambda: oh.openat2(AT_FDCWD, tmp_path / "f", READ, size=HUGE, validate=False),
            lambda: ca.clone3(ca.CloneArgs(exit_signal=17), size=HUGE, validate=False),
        ):
            tracemalloc.reset_peak()
            with pytest.raises(OSError) as exc:
                call()
            assert exc.value.errno == errno.E2BIG
            assert tracemalloc.get_traced_memory()[1] < 4 * mmap.PAGESIZE + (64 << 10)
    finally:
        tracemalloc.stop()


HUGE_SIZE_SCRIPT = """
import errno, os, resource, signal, sys
sys.path[:0] = [{oh!r}, {ca!r}]
import clone_args, open_how
limit = 1 << 30
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
try:
    bytearray(limit)
    sys.exit("the address space limit does not hold")
except MemoryError:
    pass
results = []
try:
    open_how.openat2(-100, {path!r}, open_how.OpenHow(), size={size}, validate=False)
except OSError as exc:
    results.append(errno.errorcode[exc.errno])
try:
    if clone_args.clone3(clone_args.CloneArgs(exit_signal=signal.SIGCHLD), size={size}, validate=False) == 0:
        os._exit(0)
except OSError as exc:
    results.append(errno.errorcode[exc.errno])
print(" ".join(results))
"""


def test_huge_size_is_the_kernels_e2big_under_an_address_space_limit(tmp_path: Path) -> None:
    """1 GiB of address space: a 1 TiB buffer could not even be tried, and none is."""
    (tmp_path / "f").write_text("x")
    script = HUGE_SIZE_SCRIPT.format(
        oh=str(GEN / "open_how" / "python"),
        ca=str(GEN / "clone_args" / "python"),
        path=str(tmp_path / "f"),
        size=HUGE,
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["E2BIG", "E2BIG"]


def test_to_bytes_refuses_a_huge_size_with_value_error() -> None:
    how = oh.OpenHow(flags=1)
    with pytest.raises(ValueError, match="larger than the 1048576 bytes"):
        how.to_bytes(HUGE)
    with pytest.raises(ValueError, match="negative"):
        how.to_bytes(-1)
    big = how.to_bytes(1 << 20)
    assert len(big) == 1 << 20 and big[:8] == (1).to_bytes(8, sys.byteorder) and not any(big[8:])
    assert len(ca.CloneArgs().to_bytes(mmap.PAGESIZE + 1)) == mmap.PAGESIZE + 1


def test_argument_ranges_come_from_the_c_types() -> None:
    from clonegen.plan import CType
    from clonegen.views.python import py_arg

    def bounds(c_type: str) -> tuple[str, str, str]:
        arg = py_arg("e", "x", CType.parse(c_type))
        return arg.low, arg.high, arg.ctype

    assert bounds("int") == ("-0x80000000", "0x7FFFFFFF", "ctypes.c_long")
    assert bounds("unsigned int") == ("0", "0xFFFFFFFF", "ctypes.c_ulong")
    assert bounds("u64") == ("0", "0xFFFFFFFFFFFFFFFF", "ctypes.c_ulong")
    assert bounds("unsigned long") == ("0", "_ULONG_MAX", "ctypes.c_ulong")
    assert bounds("long") == ("_LONG_MIN", "_LONG_MAX", "ctypes.c_long")
    assert bounds("int __user *") == ("0", "_ULONG_MAX", "ctypes.c_ulong")  # an address
    path = py_arg("e", "filename", CType.parse("const char __user *"))
    assert path.is_path and path.annotation == "str | bytes | os.PathLike[str]"
    with pytest.raises(ValueError, match="C type 'struct foo'"):
        py_arg("e", "x", CType.parse("struct foo"))


def test_readme_python_example_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", example("python")],
        capture_output=True,
        text=True,
        cwd=GEN / "clone_args" / "python",
    )
    assert proc.returncode == 0, proc.stderr
    assert "true exited with 0 pidfd True\n" in proc.stdout
    assert "echo said hi\n" in proc.stdout


def test_open_how_verdict_follows_the_release(tmp_path: Path) -> None:
    """Linux 7.3's OPENAT2_REGULAR and O_EMPTYPATH: the latest module knows them (and the
    O_DIRECTORY contradiction), a module cut to 6.18 refuses the bits as this kernel does."""
    assert oh.OPENAT2_REGULAR == 1 << 32 and oh.O_EMPTYPATH == 1 << 26
    assert oh.VALID_OPENAT2_FLAGS == oh.VALID_OPEN_FLAGS | oh.OPENAT2_REGULAR
    assert oh.O_PATH_FLAGS & oh.O_EMPTYPATH
    oh.OpenHow(flags=oh.OPENAT2_REGULAR).validate()
    oh.OpenHow(flags=os.O_PATH | oh.O_EMPTYPATH).validate()
    assert "O_DIRECTORY and OPENAT2_REGULAR" in message(
        oh.OpenHow(flags=os.O_DIRECTORY | oh.OPENAT2_REGULAR)
    )
    from clonegen.cli import main as clonegen

    out = tmp_path / "gen"
    spec_path = str(ROOT / "spec/open_how.yaml")
    assert clonegen(["generate", "--kernel", "6.18", "--out", str(out), spec_path]) == 0
    path = out / "open_how" / "python" / "open_how.py"
    spec = importlib.util.spec_from_file_location("open_how_618", path)
    assert spec and spec.loader
    old = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = old
    spec.loader.exec_module(old)
    assert not hasattr(old, "OPENAT2_REGULAR") and not hasattr(old, "O_EMPTYPATH")
    assert old.VALID_OPEN_FLAGS == oh.VALID_OPEN_FLAGS & ~oh.O_EMPTYPATH
    for flags in (oh.OPENAT2_REGULAR, oh.O_EMPTYPATH, os.O_PATH | oh.O_EMPTYPATH):
        assert "outside VALID_OPEN_FLAGS" in message(old.OpenHow(flags=flags))
        # ... as the running kernel says, when it is older than 7.3.
        if os.uname().release.split(".")[:2] == ["6", "18"]:
            how = old.OpenHow(flags=flags)
            with pytest.raises(OSError) as exc:
                os.close(old.openat2(-100, "/", how, validate=False))
            assert exc.value.errno == errno.EINVAL
