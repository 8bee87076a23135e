"""Where the size comes from and what it means, as every target and the running kernel see it.

Regressions of the verdict defects of the issue "One meaning of the spec": sched_attr's size
lives in the struct (0 means VER0), so the Python, Go and Rust verdicts read it from there,
as the kernel's sched_copy_attr() does; the live kernel's sched_setattr() on the same bytes
is the reference.
"""

from __future__ import annotations

import ctypes
import errno
import importlib.util
import mmap
import os
import struct
import threading
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from test_go import go_env, package
from test_go import verdict_driver as go_verdict_driver
from test_rust import module, run_lines, rustc
from test_rust import verdict_driver as rust_verdict_driver

__all__ = ["go_env"]  # a fixture of test_go

GEN = ROOT / "generated"
PAGE = mmap.PAGESIZE
LIBC = ctypes.CDLL(None, use_errno=True)
LIBC.syscall.restype = ctypes.c_long
NR_SCHED_SETATTR = {"x86_64": 314, "aarch64": 274, "riscv64": 274}
UTIL_CLAMP_MIN = 0x20
SCHED = "=IIQiIQQQII"  # struct sched_attr, VER1


def load(spec: str) -> Any:
    path = GEN / spec / "python" / f"{spec}.py"
    found = importlib.util.spec_from_file_location(f"{spec}_one_meaning", path)
    assert found and found.loader
    mod = importlib.util.module_from_spec(found)
    found.loader.exec_module(mod)
    return mod


def on_a_thread(call: Any) -> Any:
    """Run ``call`` on a thread of its own: sched_setattr(0, ...) changes only that thread."""
    out: list[Any] = []
    t = threading.Thread(target=lambda: out.append(call()))
    t.start()
    t.join()
    assert out, "the call raised"
    return out[0]


def kernel_sched_setattr(data: bytes) -> int:
    """The running kernel's errno (0: accepted) for ``data`` ending where an unmapped page
    begins, so a read past the bytes faults as it would past the caller's buffer."""
    nr = NR_SCHED_SETATTR.get(os.uname().machine)
    if nr is None:
        pytest.skip("no sched_setattr number for this machine in the test")

    def call() -> int:
        m = mmap.mmap(-1, 2 * PAGE)
        base = ctypes.addressof(ctypes.c_char.from_buffer(m))
        assert LIBC.mprotect(ctypes.c_void_p(base + PAGE), PAGE, 0) == 0
        at = base + PAGE - len(data)
        ctypes.memmove(at, data, len(data))
        ret = LIBC.syscall(
            ctypes.c_long(nr), ctypes.c_long(0), ctypes.c_void_p(at), ctypes.c_ulong(0)
        )
        code = 0 if ret == 0 else ctypes.get_errno()
        LIBC.mprotect(ctypes.c_void_p(base + PAGE), PAGE, 3)
        return code

    return int(on_a_thread(call))


def sched_bytes(
    length: int, size: int, flags: int, policy: int = 0, tail: int | None = None
) -> bytes:
    raw = struct.pack(SCHED, size, policy, flags, 0, 0, 0, 0, 0, 0, 0)
    data = bytearray(raw[:length].ljust(length, b"\0"))
    if tail is not None:
        data[tail] = 0x5A
    return bytes(data)


def sched_cases() -> list[bytes]:
    """Buffers of every interesting length with every interesting size field: below VER0,
    0 (VER0), the versions, past the struct (with and without a non-zero byte there),
    larger than the buffer, past PAGE_SIZE; with and without a flag VER0 cannot carry."""
    out = []
    for length in (0, 2, 4, 47, 48, 52, 56, 60, 64, 100):
        for size in (0, 4, 47, 48, 52, 56, 60, 64, 100, PAGE + 1):
            for flags in (0, UTIL_CLAMP_MIN):
                out.append(sched_bytes(length, size, flags))
                if length > 58:
                    out.append(sched_bytes(length, size, flags, tail=58))
            out.append(sched_bytes(length, size, 0, policy=0x80000000))
    return out


# The kernel answers these from more than the struct: a utilization clamp without
# CONFIG_UCLAMP_TASK, which the spec leaves to the functions below the copy-in.
NOT_FROM_THE_STRUCT = {errno.EOPNOTSUPP}


@pytest.fixture(scope="module")
def sched_kernel() -> list[tuple[bytes, int]]:
    cases = sched_cases()
    answers = [(data, kernel_sched_setattr(data)) for data in cases]
    seen = {code for _, code in answers}
    assert {0, errno.E2BIG, errno.EINVAL, errno.EFAULT} <= seen, seen
    return [(d, c) for d, c in answers if c not in NOT_FROM_THE_STRUCT]


def test_python_size_zero_means_ver0() -> None:
    """SchedAttr().verdict(0): the kernel takes a size of 0 as VER0 (main said E2BIG)."""
    sched = load("sched_attr")
    assert sched.SchedAttr().verdict(0) == (0, "")
    assert kernel_sched_setattr(sched.SchedAttr().to_bytes()) == 0
    clamp = sched.SchedAttr(sched_flags=UTIL_CLAMP_MIN)
    assert clamp.verdict(0)[0] == errno.EINVAL  # VER0 cannot carry the clamps
    assert kernel_sched_setattr(clamp.to_bytes()) == errno.EINVAL


def test_python_verdict_reads_the_size_field(sched_kernel: list[tuple[bytes, int]]) -> None:
    """from_bytes(raw).verdict() takes the size the struct states, as the kernel does (main
    took the latest size: a size field of 0 with UTIL_CLAMP_MIN was accepted)."""
    sched = load("sched_attr")
    raw = sched_bytes(56, 0, UTIL_CLAMP_MIN)
    assert kernel_sched_setattr(raw) == errno.EINVAL
    assert sched.SchedAttr.from_bytes(raw).verdict()[0] == errno.EINVAL
    compared, bad = 0, []
    for data, code in sched_kernel:
        if code == errno.EFAULT:
            continue  # from_bytes() keeps no length: a buffer shorter than it states
        compared += 1
        try:
            got = sched.SchedAttr.from_bytes(data).verdict()[0]
        except ValueError as e:  # a non-zero byte the kernel reads past the struct
            got = getattr(errno, str(e).rsplit("(", 1)[1].rstrip(")"))
        if got != code:
            bad.append(f"{data.hex()}: kernel {code}, Python {got}")
    assert compared >= 200 and not bad, "\n".join(bad[:20])


def test_python_verdict_of_values_with_a_size(sched_kernel: list[tuple[bytes, int]]) -> None:
    """verdict(size) is the verdict of the struct sent with its size field set to size."""
    sched = load("sched_attr")
    bad = []
    for size in (0, 4, 47, 48, 52, 56, 60, PAGE + 1):
        for flags in (0, UTIL_CLAMP_MIN):
            value = sched.SchedAttr(sched_flags=flags)
            length = max(size, 56) if size <= PAGE else 56  # refused before it is read
            kernel = kernel_sched_setattr(value.replace(size=size).to_bytes(length))
            if kernel in NOT_FROM_THE_STRUCT:
                continue
            if value.verdict(size)[0] != kernel:
                bad.append(f"size {size} flags {flags:#x}: kernel {kernel}, {value.verdict(size)}")
    assert not bad, "\n".join(bad)


def lines_of(cases: list[tuple[bytes, int]]) -> list[str]:
    """The cases as tests/go/verdict.go and tests/rust/verdict.rs read them."""
    return [f"{len(d)} {d.hex() or '-'}" for d, _ in cases]


def mismatches(cases: list[tuple[bytes, int]], got: list[int], who: str) -> list[str]:
    assert len(got) == len(cases)
    return [f"{d.hex()}: kernel {c}, {who} {g}" for (d, c), g in zip(cases, got) if c != g]


def test_go_verdict_bytes_reads_the_size_field(
    sched_kernel: list[tuple[bytes, int]], go_env: dict[str, str], tmp_path: Path
) -> None:
    """Go VerdictBytes() on the kernel's cases (main took len(data) as the size: 56 bytes
    with a size field of 0 and UTIL_CLAMP_MIN, or a size field of 47, were accepted)."""
    exe = go_verdict_driver(go_env, package(GEN, "sched_attr"), tmp_path)
    bad = mismatches(sched_kernel, run_lines(exe, lines_of(sched_kernel)), "Go")
    assert not bad, f"{len(bad)} of {len(sched_kernel)}\n" + "\n".join(bad[:20])


def test_rust_verdict_bytes_reads_the_size_field(
    sched_kernel: list[tuple[bytes, int]], tmp_path: Path
) -> None:
    """Rust verdict_bytes() on the kernel's cases (main took data.len() as the size)."""
    rustc()
    exe = rust_verdict_driver(module(GEN, "sched_attr"), "SchedAttr", tmp_path)
    bad = mismatches(sched_kernel, run_lines(exe, lines_of(sched_kernel)), "Rust")
    assert not bad, f"{len(bad)} of {len(sched_kernel)}\n" + "\n".join(bad[:20])


# -- mount_attr: the idmapping checks that depend on the struct alone -----------------------

MOUNT_ATTR_IDMAP = 0x100000
MOUNT_CHILD = r"""
import ctypes, importlib.util, os, sys, tempfile
found = importlib.util.spec_from_file_location("mount_attr_ns", sys.argv[1])
m = importlib.util.module_from_spec(found)
found.loader.exec_module(m)
libc = ctypes.CDLL(None, use_errno=True)
where = tempfile.mkdtemp()
if libc.mount(b"none", where.encode(), b"tmpfs", 0, None):
    sys.exit(f"mount: {os.strerror(ctypes.get_errno())}")
for line in sys.stdin:
    how = m.MountAttr(*(int(x) for x in line.split()))
    try:
        m.mount_setattr(-100, where, 0, how, validate=False)
        kernel = 0
    except OSError as e:
        kernel = e.errno
    try:
        m.mount_setattr(-100, where, 0, how)
        wrapper = 0
    except ValueError:
        wrapper = -1  # refused before the call
    except OSError as e:
        wrapper = e.errno
    print(kernel, how.verdict()[0], wrapper)
"""


def mount_cases() -> list[tuple[int, int, int, int]]:
    out = []
    for attr_set in (0, 0x1, MOUNT_ATTR_IDMAP, MOUNT_ATTR_IDMAP | 0x2, 0x10):
        for attr_clr in (0, MOUNT_ATTR_IDMAP, MOUNT_ATTR_IDMAP | 0x1, 0x1, 0x70, 0x40):
            for propagation in (0, 0x40000):
                for userns_fd in (3000, 0x7FFFFFFF, 0x80000000, 1 << 32, (1 << 64) - 1):
                    out.append((attr_set, attr_clr, propagation, userns_fd))
    return out


@pytest.fixture(scope="module")
def mount_kernel(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[bytes, int, int, int]]:
    """(struct bytes, the kernel's errno, the Python verdict, the Python wrapper's answer) of
    real mount_setattr() calls on a tmpfs in a private mount namespace."""
    import shutil
    import subprocess
    import sys

    if os.getuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare(1) for a private mount namespace")
    cases = mount_cases()
    script = tmp_path_factory.mktemp("mount") / "child.py"
    script.write_text(MOUNT_CHILD)
    proc = subprocess.run(
        ["unshare", "-m", "--propagation", "private", sys.executable, str(script)]
        + [str(GEN / "mount_attr" / "python" / "mount_attr.py")],
        input="".join(" ".join(map(str, c)) + "\n" for c in cases),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [tuple(int(x) for x in line.split()) for line in proc.stdout.splitlines()]
    assert len(rows) == len(cases)
    return [(struct.pack("=4Q", *c), k, v, w) for c, (k, v, w) in zip(cases, rows, strict=True)]


def mount_mismatches(rows: list[tuple[bytes, int, int]], who: str) -> list[str]:
    """A verdict agrees with the kernel where the kernel answers from the struct; EBADF
    (no user namespace at userns_fd) is the file table's answer, after every struct check."""
    bad = []
    for data, kernel, verdict in rows:
        want = 0 if kernel == errno.EBADF else kernel
        if verdict != want:
            bad.append(f"{data.hex()}: kernel {kernel}, {who} {verdict}")
    return bad


def test_mount_idmap_checks_python(mount_kernel: list[tuple[bytes, int, int, int]]) -> None:
    """attr_clr with MOUNT_ATTR_IDMAP and MOUNT_ATTR_IDMAP with userns_fd > INT_MAX: EINVAL
    from the kernel, from the verdict and from the bindings' own mount_setattr() (main's
    verdict said 0 and its mount_setattr() reached the kernel's EINVAL)."""
    kernels = {k for _, k, _, _ in mount_kernel}
    assert {0, errno.EINVAL, errno.EBADF} <= kernels, kernels
    bad = mount_mismatches([(d, k, v) for d, k, v, _ in mount_kernel], "Python")
    clr = [r for r in mount_kernel if struct.unpack("=4Q", r[0])[1] == MOUNT_ATTR_IDMAP]
    assert clr and all(k == v == errno.EINVAL for _, k, v, _ in clr)
    for data, kernel, verdict, wrapper in mount_kernel:
        if verdict and wrapper != -1:
            bad.append(f"{data.hex()}: verdict {verdict} yet the wrapper called: {wrapper}")
        if not verdict and wrapper != kernel:
            bad.append(f"{data.hex()}: wrapper {wrapper}, kernel {kernel}")
    assert not bad, f"{len(bad)} of {len(mount_kernel)}\n" + "\n".join(bad[:20])


def test_mount_idmap_checks_go_and_rust(
    mount_kernel: list[tuple[bytes, int, int, int]], go_env: dict[str, str], tmp_path: Path
) -> None:
    rustc()
    lines = [f"32 {d.hex()}" for d, _, _, _ in mount_kernel]
    (tmp_path / "go").mkdir()
    go_exe = go_verdict_driver(go_env, package(GEN, "mount_attr"), tmp_path / "go")
    rust_exe = rust_verdict_driver(module(GEN, "mount_attr"), "MountAttr", tmp_path)
    bad = []
    for who, exe in (("Go", go_exe), ("Rust", rust_exe)):
        got = run_lines(exe, lines)
        bad += mount_mismatches([(d, k, g) for (d, k, _, _), g in zip(mount_kernel, got)], who)
    assert not bad, f"{len(bad)} of {2 * len(mount_kernel)}\n" + "\n".join(bad[:20])


# -- pidfd_info: the EREMOTE answer of pidfd_info_common() --------------------------------

REMOTE_PY = r"""
import errno, importlib.util, os, sys
found = importlib.util.spec_from_file_location("pidfd_info_ns", sys.argv[1])
m = importlib.util.module_from_spec(found)
found.loader.exec_module(m)
outside = int(sys.argv[2])
for size in (m.SIZE_VER0 - 1, m.SIZE_VER0, m.SIZE_LATEST):
    try:
        m.pidfd_get_info(outside, size=size)
        print(size, 0)
    except OSError as e:
        print(size, errno.errorcode[e.errno])
print("own", m.pidfd_get_info(os.pidfd_open(os.getpid())).pid)
"""

REMOTE_RS = r"""
use pidfd_info::*;
fn main() {
    let fd: i32 = std::env::args().nth(1).unwrap().parse().unwrap();
    let e = pidfd_get_info(fd, 0).unwrap_err();
    println!("{} {}", e.errno.0, e.errno == Errno::EREMOTE);
}
"""


def in_a_pid_namespace(argv: list[str], tmp: Path) -> str:
    """Run ``argv`` as pid 1 of a new pid namespace, with a pidfd of this process (outside
    it) as argv's last argument; every process of the namespace dies with it."""
    import shutil
    import subprocess

    if os.getuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare(1) for a pid namespace")
    fd = os.pidfd_open(os.getpid())
    try:
        proc = subprocess.run(
            ["unshare", "-pf", "--kill-child", *argv, str(fd)],
            pass_fds=(fd,),
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        os.close(fd)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_pidfd_info_remote_answer(tmp_path: Path) -> None:
    """The spec names EREMOTE among pidfd_info_common()'s answers (main did not): the running
    kernel gives it for a pidfd of a process outside the caller's pid namespace, after the
    size (ENOTTY below VER0); the Python module raises it, Rust names it with the kernel's
    number, the review document lists it."""
    import sys

    from clonegen.pipeline import model_of

    model = model_of(ROOT / "spec/pidfd_info.yaml")
    entry = next(e for e in model.entry_points if e.name == "pidfd_get_info")
    assert "EREMOTE" in dict(entry.common_errors)
    assert "EREMOTE: " in (GEN / "pidfd_info/docs/pidfd_info.md").read_text()
    script = tmp_path / "remote.py"
    script.write_text(REMOTE_PY)
    out = in_a_pid_namespace(
        [sys.executable, str(script), str(GEN / "pidfd_info/python/pidfd_info.py")], tmp_path
    )
    assert out.splitlines() == ["63 ENOTTY", "64 EREMOTE", "88 EREMOTE", "own 1"], out
    rustc()
    main = tmp_path / "remote.rs"
    main.write_text(f'#[path = "{module(GEN, "pidfd_info")}"]\nmod pidfd_info;\n' + REMOTE_RS)
    from test_rust import compile_rust

    compile_rust(["--edition=2021", str(main), "-o", str(tmp_path / "remote")])
    out = in_a_pid_namespace([str(tmp_path / "remote")], tmp_path)
    assert out.split() == [str(errno.EREMOTE), "true"], out


# -- spec-specific facts come from the spec ---------------------------------------------------


def test_where_the_c_library_agrees_is_spec_data(tmp_path: Path) -> None:
    """open_how's O_ACCMODE agrees with glibc's <fcntl.h> only (musl adds O_SEARCH): the
    spec's libc_only says so, not a table in the libc view. Without it the libc source
    checks musl too, and musl-gcc refuses it there."""
    import shutil
    import subprocess

    from conftest import cli

    if not shutil.which("musl-gcc"):
        pytest.skip("musl-gcc is not installed")
    text = (ROOT / "spec/open_how.yaml").read_text()
    start = text.index("libc_only: {")
    end = text.index("}, ", start) + 3
    results = {}
    for name, spec in (("with", text), ("without", text[:start] + text[end:])):
        (tmp_path / name).mkdir()
        path = tmp_path / name / "open_how.yaml"
        path.write_text(spec)
        code, _, err = cli("generate", "--out", str(tmp_path / name / "gen"), str(path))
        assert code == 0, err
        libc = tmp_path / name / "gen" / "open_how" / "libc"
        source = libc / "open_how.c"
        results[name] = subprocess.run(
            ["musl-gcc", "-std=c11", f"-I{libc}", "-c", str(source), "-o", os.devnull],
            capture_output=True,
            text=True,
        )
    assert results["with"].returncode == 0, results["with"].stderr
    assert "glibc's only" in (tmp_path / "with/gen/open_how/libc/open_how.c").read_text()
    assert results["without"].returncode != 0
    assert "agree on O_ACCMODE" in results["without"].stderr, results["without"].stderr


def test_the_fork_like_runtime_says_what_it_needs(tmp_path: Path) -> None:
    """The flags and fields a fork-like spec must have are read from the C runtime that uses
    them (no list of CLONE_* names in the libc view): a flag the runtime's code uses, taken
    out of clone_args, is refused by name; one it does not use is not asked for."""
    from conftest import cli

    from clonegen import runtime

    flags, fields = runtime.spawn_names()
    source = "".join(runtime.source(n) for n in runtime.SPAWN_SOURCES)
    assert all(f"CLONEGEN_F({f})" in source for f in flags)
    assert all(f"args.{f}" in source for f in fields)
    assert runtime.SPAWN_FLAGS_FIELD in fields
    assert "CLONE_VM" in flags and "CLONE_NEWNS" not in flags
    text = (ROOT / "spec/clone_args.yaml").read_text()
    for name, refused in (("CLONE_VM", True), ("CLONE_SETTLS", True), ("CLONE_NEWNS", False)):
        lines = [line for line in text.splitlines() if not line.startswith(f"  - {{name: {name},")]
        spec = "\n".join(lines).replace(f"{name}, ", "").replace(f", {name}]", "]") + "\n"
        path = tmp_path / f"{name}.yaml"
        path.write_text(spec)
        code, _, err = cli("validate", str(path))
        mentioned = f"'{name}'" in err and "libc spawn of a fork-like spec uses it" in err
        assert mentioned == refused and (code == 1) == refused, err
