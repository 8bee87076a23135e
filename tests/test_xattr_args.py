"""The xattr_args spec (setxattrat and getxattrat) on this machine's kernel.

The two calls read the same struct and check it differently (checks a spec gives to some
entry points only): each binding's verdict for each call is held to the live kernel over a
table of flags and sizes, and the Python, Rust and Go calls make a real round trip of an
extended attribute on a tmpfs. The copy-in's errnos across targets for setxattrat are
tests/test_agreement.py's.
"""

from __future__ import annotations

import ctypes
import errno
import importlib.util
import itertools
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT
from ctools import require_arch
from test_go import go, go_env, user_module
from test_rust import compile_rust

__all__ = ["go_env"]  # the Go test's fixture

SPEC = "xattr_args"
GEN = ROOT / "generated" / SPEC
NR = {"setxattrat": 463, "getxattrat": 464}  # x86_64 (the generic numbers)
AT_FDCWD = -100

_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_xa_{SPEC}", GEN / "python" / f"{SPEC}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    saved, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.dont_write_bytecode = saved
    return mod


@pytest.fixture(scope="module")
def xa() -> ModuleType:
    require_arch("x86_64", run=True)
    return load()


@pytest.fixture
def tmpfs_file() -> Iterator[Path]:
    shm = Path("/dev/shm")
    if not shm.is_dir() or "tmpfs" not in _fstype(shm):
        pytest.skip("no tmpfs at /dev/shm")
    path = shm / f"clonegen-xattr-{os.getpid()}"
    path.write_text("")
    try:
        yield path
    finally:
        path.unlink()


def _fstype(path: Path) -> str:
    best = ("", "")
    for line in Path("/proc/self/mounts").read_text().splitlines():
        _, target, fstype, *_ = line.split()
        if str(path).startswith(target) and len(target) > len(best[0]):
            best = (target, fstype)
    return best[1]


def kernel(entry: str, words: bytes, size: int) -> int:
    """The call made here on a file that does not exist: 0 stands for ENOENT (the struct
    passed every check), else the errno."""
    buf = ctypes.create_string_buffer(words, max(len(words), 1))
    ret = _libc.syscall(
        ctypes.c_long(NR[entry]),
        ctypes.c_int(AT_FDCWD),
        ctypes.c_char_p(b"/nonexistent/clonegen"),
        ctypes.c_uint(0),
        ctypes.c_char_p(b"user.clonegen"),
        buf,
        ctypes.c_size_t(size),
    )
    assert ret < 0
    code = ctypes.get_errno()
    return 0 if code == errno.ENOENT else code


def test_each_entry_points_verdict_is_the_kernels(xa: ModuleType) -> None:
    """setxattrat takes XATTR_CREATE|XATTR_REPLACE and a value of at most XATTR_SIZE_MAX;
    getxattrat takes no flag and any size: every verdict equals the kernel's answer."""
    compared = 0
    for entry, flags, value_size, size in itertools.product(
        ("setxattrat", "getxattrat"),
        (0, 1, 2, 3, 4, 0x80000000),
        (0, 65536, 65537),
        (8, 16, 24, 4097),
    ):
        attr = xa.XattrArgs(value=0, size=value_size, flags=flags)
        want = attr.verdict(size, entry=entry)[0]
        if want == 0 and value_size and entry == "setxattrat":
            continue  # the kernel copies the value from its address next: not the struct's
        got = kernel(entry, attr.to_bytes(min(size, 4096)).ljust(size, b"\0")[:4096], size)
        assert got == want, (entry, flags, value_size, size, got, want)
        compared += 1
    assert compared > 100
    with pytest.raises(ValueError, match="no entry point"):
        xa.XattrArgs().verdict(entry="fsetxattr")


RUST_PROGRAM = """
#[path = "{module}"]
mod xattr_args;

fn main() {{
    let mut path = std::env::args().nth(1).unwrap().into_bytes();
    path.push(0);
    let value = b"round trip";
    let mut set = xattr_args::XattrArgs::default();
    set.value = value.as_ptr() as u64;
    set.size = value.len() as u32;
    set.flags = 1; // XATTR_CREATE
    xattr_args::setxattrat(-100, &path, 0, b"user.clonegen\\0", &set).unwrap();
    // XATTR_CREATE again: the kernel's EEXIST, past every check of the struct.
    let err = xattr_args::setxattrat(-100, &path, 0, b"user.clonegen\\0", &set).unwrap_err();
    assert_eq!(err.errno.0, 17);
    let mut out = [0u8; 32];
    let mut get = xattr_args::XattrArgs::default();
    get.value = out.as_mut_ptr() as u64;
    get.size = out.len() as u32;
    let n = xattr_args::getxattrat(-100, &path, 0, b"user.clonegen\\0", &get).unwrap();
    assert_eq!(&out[..n as usize], value);
    get.flags = 1; // getxattrat takes no flag: refused here, before the call
    assert_eq!(get.verdict_getxattrat(16).unwrap_err().errno.0, 22);
    assert!(get.verdict(16).is_ok());
    println!("ok");
}}
"""

GO_PROGRAM = """package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"syscall"
	"unsafe"

	xa "{path}"
)

func main() {{
	path := os.Args[1]
	value := []byte("round trip")
	set := &xa.XattrArgs{{Value: uint64(uintptr(unsafe.Pointer(&value[0]))), Size: uint32(len(value)), Flags: 1}}
	if _, err := xa.Setxattrat(-100, path, 0, "user.clonegen", set); err != nil {{
		panic(err)
	}}
	if _, err := xa.Setxattrat(-100, path, 0, "user.clonegen", set); !errors.Is(err, syscall.EEXIST) {{
		panic(fmt.Sprint("create twice: ", err))
	}}
	out := make([]byte, 32)
	get := &xa.XattrArgs{{Value: uint64(uintptr(unsafe.Pointer(&out[0]))), Size: uint32(len(out))}}
	n, err := xa.Getxattrat(-100, path, 0, "user.clonegen", get)
	if err != nil || !bytes.Equal(out[:n], value) {{
		panic(fmt.Sprint(n, err))
	}}
	get.Flags = 1
	if err := get.VerdictGetxattrat(16); err == nil {{
		panic("getxattrat took a flag")
	}}
	if err := get.Verdict(16); err != nil {{
		panic(err)
	}}
	fmt.Println("ok")
}}
"""


def test_python_round_trip(xa: ModuleType, tmpfs_file: Path) -> None:
    value = ctypes.create_string_buffer(b"round trip", 10)
    attr = xa.XattrArgs(value=ctypes.addressof(value), size=10, flags=1)
    assert xa.setxattrat(AT_FDCWD, str(tmpfs_file), 0, "user.clonegen", attr) == 0
    with pytest.raises(FileExistsError):
        xa.setxattrat(AT_FDCWD, str(tmpfs_file), 0, "user.clonegen", attr)
    out = ctypes.create_string_buffer(32)
    get = xa.XattrArgs(value=ctypes.addressof(out), size=32)
    n = xa.getxattrat(AT_FDCWD, str(tmpfs_file), 0, "user.clonegen", get)
    assert out.raw[:n] == b"round trip" == os.getxattr(tmpfs_file, "user.clonegen")
    with pytest.raises(ValueError, match="getxattrat"):  # a flag: refused before the call
        xa.getxattrat(AT_FDCWD, str(tmpfs_file), 0, "user.clonegen", get.replace(flags=1))
    small = xa.XattrArgs(value=ctypes.addressof(out), size=4)
    with pytest.raises(OSError) as caught:
        xa.getxattrat(AT_FDCWD, str(tmpfs_file), 0, "user.clonegen", small)
    assert caught.value.errno == errno.ERANGE  # the value does not fit: the kernel's answer


def test_rust_round_trip(xa: ModuleType, tmpfs_file: Path, tmp_path: Path) -> None:
    src, exe = tmp_path / "main.rs", tmp_path / "xa_rust"
    src.write_text(RUST_PROGRAM.format(module=GEN / "rust" / f"{SPEC}.rs"))
    compile_rust(["--edition=2021", str(src), "-o", str(exe)])
    proc = subprocess.run([str(exe), str(tmpfs_file)], capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stdout) == (0, "ok\n"), proc.stderr
    assert os.getxattr(tmpfs_file, "user.clonegen") == b"round trip"


def test_go_round_trip(
    xa: ModuleType, tmpfs_file: Path, tmp_path: Path, go_env: dict[str, str]
) -> None:
    package = GEN / "go"
    path = re.search(r"^module (\S+)$", (package / "go.mod").read_text(), re.M)
    assert path
    mod = user_module(tmp_path / "mod", [package])
    (mod / "main.go").write_text(GO_PROGRAM.format(path=path[1]))
    go(go_env, mod, "build", "-o", str(tmp_path / "xa_go"), ".")
    proc = subprocess.run(
        [str(tmp_path / "xa_go"), str(tmpfs_file)], capture_output=True, text=True, timeout=60
    )
    assert (proc.returncode, proc.stdout) == (0, "ok\n"), proc.stderr
    assert os.getxattr(tmpfs_file, "user.clonegen") == b"round trip"
