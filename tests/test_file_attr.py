"""The file_attr spec (file_setattr and file_getattr) on this machine's kernel.

Real calls from the Python, Rust and Go bindings on a file of a file system that keeps
FS_XFLAG_NOATIME (the test directory's): each sets the flag with file_setattr(), reads it
back with file_getattr() (a call the kernel writes the struct through, with the size as an
argument), clears it, and meets the kernel's refusals: an unknown at_flags bit (EINVAL,
before the size), a size below VER0 (EINVAL) and above a page (E2BIG). The copy-in's
errnos across targets and against the live kernel are tests/test_agreement.py's.
"""

from __future__ import annotations

import errno
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT
from ctools import require_arch
from test_go import go, go_env, user_module
from test_rust import compile_rust

__all__ = ["go_env"]  # the Go test's fixture

SPEC = "file_attr"
GEN = ROOT / "generated" / SPEC
NOATIME = 0x40  # FS_XFLAG_NOATIME
AT_FDCWD = -100


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_fa_{SPEC}", GEN / "python" / f"{SPEC}.py")
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
def fa() -> ModuleType:
    require_arch("x86_64", run=True)
    return load()


@pytest.fixture
def target(tmp_path: Path, fa: ModuleType) -> Path:
    path = tmp_path / "file"
    path.write_text("attributes\n")
    try:
        fa.file_setattr(AT_FDCWD, str(path), fa.FileAttr(fa_xflags=NOATIME), 0)
        fa.file_setattr(AT_FDCWD, str(path), fa.FileAttr(), 0)
    except OSError as e:
        if e.errno in (errno.ENOSYS, errno.EOPNOTSUPP):
            pytest.skip(f"file_setattr() of NOATIME here: {errno.errorcode[e.errno]}")
        raise
    return path


def test_python_sets_and_reads_back(fa: ModuleType, target: Path) -> None:
    assert fa.file_getattr(AT_FDCWD, str(target)).fa_xflags & NOATIME == 0
    assert fa.file_setattr(AT_FDCWD, str(target), fa.FileAttr(fa_xflags=NOATIME), 0) == 0
    got = fa.file_getattr(AT_FDCWD, str(target))
    assert got.fa_xflags & NOATIME and isinstance(got, fa.FileAttr)
    # A buffer larger than the kernel's struct: zeros past it; the exact one: the same.
    assert fa.file_getattr(AT_FDCWD, str(target), size=64) == got
    fa.file_setattr(AT_FDCWD, str(target), fa.FileAttr(), 0)
    assert fa.file_getattr(AT_FDCWD, str(target)).fa_xflags & NOATIME == 0


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"at_flags": 0x4}, errno.EINVAL),  # an at_flags bit neither call knows
        ({"at_flags": 0x4, "size": 8192}, errno.EINVAL),  # ... checked before the size
        ({"size": 16}, errno.EINVAL),  # below VER0
        ({"size": 8192}, errno.E2BIG),  # above a page
    ],
)
def test_python_getattr_refusals(
    fa: ModuleType, target: Path, kwargs: dict[str, int], code: int
) -> None:
    with pytest.raises(OSError) as caught:
        fa.file_getattr(AT_FDCWD, str(target), **kwargs)
    assert caught.value.errno == code
    with pytest.raises(ValueError):
        fa.file_getattr(AT_FDCWD, str(target) + "\0x")


def test_python_setattr_checks_what_the_kernel_checks(fa: ModuleType, target: Path) -> None:
    unknown = fa.FileAttr(fa_xflags=1 << 40)
    assert unknown.verdict()[0] == errno.EINVAL
    with pytest.raises(ValueError, match="EINVAL"):
        fa.file_setattr(AT_FDCWD, str(target), unknown, 0)
    with pytest.raises(OSError) as caught:
        fa.file_setattr(AT_FDCWD, str(target), unknown, 0, validate=False)
    assert caught.value.errno == errno.EINVAL
    with pytest.raises(OSError) as caught:
        fa.file_setattr(AT_FDCWD, str(target), fa.FileAttr(), 0x4)
    assert caught.value.errno == errno.EINVAL


RUST_PROGRAM = """
#[path = "{module}"]
mod file_attr;

fn main() {{
    let path = std::env::args().nth(1).unwrap();
    let mut c = path.into_bytes();
    c.push(0);
    let mut on = file_attr::FileAttr::default();
    on.fa_xflags = 0x40;
    file_attr::file_setattr(-100, &c, &on, 0).unwrap();
    let got = file_attr::file_getattr(-100, &c, 0).unwrap();
    assert_eq!(got.fa_xflags & 0x40, 0x40);
    file_attr::file_setattr(-100, &c, &file_attr::FileAttr::default(), 0).unwrap();
    assert_eq!(file_attr::file_getattr(-100, &c, 0).unwrap().fa_xflags & 0x40, 0);
    let err = file_attr::file_getattr(-100, &c, 4).unwrap_err();
    assert_eq!(err.errno.0, 22);
    let mut short = [0u8; 16];
    assert_eq!(file_attr::file_getattr_bytes(-100, &c, &mut short, 0).unwrap_err().errno.0, 22);
    assert_eq!(file_attr::file_getattr(-100, b"no NUL", 0).unwrap_err().errno.0, 22);
    println!("ok");
}}
"""

GO_PROGRAM = """package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"

	fa "{path}"
)

func main() {{
	path := os.Args[1]
	if _, err := fa.FileSetattr(-100, path, &fa.FileAttr{{FaXflags: 0x40}}, 0); err != nil {{
		panic(err)
	}}
	got, err := fa.FileGetattr(-100, path, 0)
	if err != nil || got.FaXflags&0x40 == 0 {{
		panic(fmt.Sprint(got, err))
	}}
	if _, err := fa.FileSetattr(-100, path, &fa.FileAttr{{}}, 0); err != nil {{
		panic(err)
	}}
	if got, err := fa.FileGetattr(-100, path, 0); err != nil || got.FaXflags&0x40 != 0 {{
		panic(fmt.Sprint(got, err))
	}}
	if _, err := fa.FileGetattr(-100, path, 4); !errors.Is(err, syscall.EINVAL) {{
		panic(fmt.Sprint("at_flags: ", err))
	}}
	if _, err := fa.FileGetattrBytes(-100, path, make([]byte, 8192), 0); !errors.Is(err, syscall.E2BIG) {{
		panic(fmt.Sprint("size: ", err))
	}}
	fmt.Println("ok")
}}
"""


def test_rust_sets_and_reads_back(fa: ModuleType, target: Path, tmp_path: Path) -> None:
    src, exe = tmp_path / "main.rs", tmp_path / "fa_rust"
    src.write_text(RUST_PROGRAM.format(module=GEN / "rust" / f"{SPEC}.rs"))
    compile_rust(["--edition=2021", str(src), "-o", str(exe)])
    proc = subprocess.run([str(exe), str(target)], capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stdout) == (0, "ok\n"), proc.stderr


def test_go_sets_and_reads_back(
    fa: ModuleType, target: Path, tmp_path: Path, go_env: dict[str, str]
) -> None:
    package = GEN / "go"
    path = re.search(r"^module (\S+)$", (package / "go.mod").read_text(), re.M)
    assert path
    mod = user_module(tmp_path / "mod", [package])
    (mod / "main.go").write_text(GO_PROGRAM.format(path=path[1]))
    go(go_env, mod, "build", "-o", str(tmp_path / "fa_go"), ".")
    proc = subprocess.run(
        [str(tmp_path / "fa_go"), str(target)], capture_output=True, text=True, timeout=60
    )
    assert (proc.returncode, proc.stdout) == (0, "ok\n"), proc.stderr
    assert os.path.exists(target)
