"""The Landlock spec (spec/landlock_ruleset_attr.yaml) on this machine's kernel.

What the spec adds to the language is held to the live kernel here: the level query
(``abi_levels``: ``landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION)``), the
best-effort table each target derives from the flags' levels, and a ruleset made by each
target's call that really restricts the process that enforces it. The cross-target agreement
on the copy-in's errnos is tests/test_agreement.py's; the decoder's strace comparison is
tests/test_decode.py's.
"""

from __future__ import annotations

import ctypes
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
from ctools import WARN, cc, require_arch
from test_go import go, go_env, user_module
from test_rust import compile_rust

from clonegen.pipeline import model_of
from clonegen.plan import levels

__all__ = ["go_env"]  # the Go test's fixture

SPEC = "landlock_ruleset_attr"
GEN = ROOT / "generated" / SPEC
NR = 444  # landlock_create_ruleset on x86_64 (the generic number)
NR_RESTRICT_SELF = 446
PR_SET_NO_NEW_PRIVS = 38
LANDLOCK_CREATE_RULESET_VERSION = 1
READ_FILE = 0x4  # LANDLOCK_ACCESS_FS_READ_FILE

_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


def raw_create(words: list[int], size: int, flags: int = 0) -> int:
    """landlock_create_ruleset() made here with ctypes: a descriptor (closed) -> 0, or the errno."""
    buf = (ctypes.c_uint64 * max(len(words), 1))(*words)
    fd = _libc.syscall(ctypes.c_long(NR), buf, ctypes.c_size_t(size), ctypes.c_uint(flags))
    if fd < 0:
        return ctypes.get_errno()
    os.close(fd)
    return 0


def kernel_level() -> int:
    ret = _libc.syscall(
        ctypes.c_long(NR), None, ctypes.c_size_t(0), ctypes.c_uint(LANDLOCK_CREATE_RULESET_VERSION)
    )
    if ret < 0:
        pytest.skip(f"Landlock is not usable here: {errno.errorcode[ctypes.get_errno()]}")
    return int(ret)


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_ll_{SPEC}", GEN / "python" / f"{SPEC}.py")
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
def ll() -> ModuleType:
    require_arch("x86_64", run=True)
    kernel_level()
    return load()


# -- the level and the best-effort table ---------------------------------------------------


def test_every_target_asks_the_kernel_its_level(ll: ModuleType, tmp_path: Path) -> None:
    level = kernel_level()
    assert ll.abi_version() == level
    out = run_c(tmp_path, "level")
    assert out == f"{level}\n"


def test_the_table_keeps_exactly_what_the_running_kernel_accepts(ll: ModuleType) -> None:
    """For every bit of every flags field, the running kernel accepts a ruleset that handles
    it alone exactly when the cut to its level keeps it: the table derived from the flags'
    levels is the kernel's own."""
    level = kernel_level()
    everything = ll.LandlockRulesetAttr(
        handled_access_fs=(1 << 64) - 1, handled_access_net=(1 << 64) - 1, scoped=(1 << 64) - 1
    )
    cut = everything.for_level(level)
    assert cut == everything.best_effort()
    checked = 0
    for index, name in enumerate(("handled_access_fs", "handled_access_net", "scoped")):
        for bit in range(64):
            words = [0, 0, 0]
            words[index] = 1 << bit
            kept = bool(getattr(cut, name) >> bit & 1)
            got = raw_create(words, 24)
            # A field of a newer version is refused by its size (E2BIG) or its bits (EINVAL).
            assert (got == 0) == kept, (name, bit, errno.errorcode.get(got, got))
            checked += 1
    assert checked == 192 and cut.handled_access_fs and raw_create(list(cut)[:3], 24) == 0


def test_the_table_follows_the_levels_in_the_spec() -> None:
    """Each level keeps the flags of its level and below; a level below the first is none;
    the quiet masks are cut to what their handled masks keep."""
    model = model_of(ROOT / "spec" / f"{SPEC}.yaml")
    table = levels(model)
    assert table is not None and table.value == LANDLOCK_CREATE_RULESET_VERSION
    fields = [f.name for f in model.fields]
    for row in table.levels:
        for f in model.fields:
            want = sum(
                fl.value
                for fl in model.flags
                if fl.field == f.name and fl.level is not None and fl.level <= row.level
            )
            if f.role == "flags":
                assert row.keep[fields.index(f.name)] == want, (row.level, f.name)
    assert table.within == (None, None, None, 0, 1, 2)
    cut_6_18 = levels(model_of(ROOT / "spec" / f"{SPEC}.yaml", "6.18"))
    assert cut_6_18 is not None and cut_6_18.highest == 7


def test_python_for_level(ll: ModuleType) -> None:
    attr = ll.LandlockRulesetAttr(
        handled_access_fs=0x1FFFF,
        handled_access_net=0xF,
        scoped=3,
        quiet_access_fs=0x10001,
        quiet_access_net=4,
    )
    assert attr.for_level(1) == ll.LandlockRulesetAttr(handled_access_fs=0x1FFF)
    assert attr.for_level(4).handled_access_net == 3 and attr.for_level(4).scoped == 0
    assert attr.for_level(10).quiet_access_fs == 0x10001  # quiet masks from level 10
    assert attr.for_level(10).quiet_access_net == 4
    assert attr.for_level(1000) == attr.for_level(ll.HIGHEST_LEVEL) == attr
    assert attr.dropped(7) == {
        "handled_access_fs": 0x10000,
        "handled_access_net": 0xC,
        "quiet_access_fs": 0x10001,
        "quiet_access_net": 4,
    }
    with pytest.raises(ValueError, match="first level is 1"):
        attr.for_level(0)
    with pytest.raises(TypeError):
        attr.for_level("7")


# -- a ruleset that restricts: one program per target -------------------------------------

C_PROGRAM = r"""
#include "landlock_ruleset_attr.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct cg_landlock_ruleset_attr attr;
	long level = cg_landlock_ruleset_attr_abi_version();
	int fd, before;

	if (argc == 2 && !strcmp(argv[1], "level"))
		return printf("%ld\n", level) < 0;
	if (argc != 3)
		return 7;
	memset(&attr, 0, sizeof(attr));
	attr.handled_access_fs = 0x4 | (1ULL << 62);	/* READ_FILE, and a bit no kernel has */
	if (cg_landlock_ruleset_attr_for_level(&attr, level))
		return 2;
	if (cg_landlock_ruleset_attr_for_level(&attr, 0) != -1 || errno != EINVAL)
		return 3;
	fd = (int)cg_landlock_create_ruleset(&attr, sizeof(attr), 0);
	if (fd < 0)
		return 4;
	before = open(argv[2], O_RDONLY);
	if (before < 0 || prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		return 5;
	if (syscall(SYS_landlock_restrict_self, fd, 0))
		return 5;
	if (open(argv[2], O_RDONLY) >= 0 || errno != EACCES)
		return 6;
	return printf("denied\n") < 0;
}
"""


def run_c(tmp: Path, *args: str) -> str:
    src, exe = tmp / "ll.c", tmp / "ll"
    if not exe.exists():
        src.write_text(C_PROGRAM)
        cc([*WARN, f"-I{GEN / 'libc'}", str(src), str(GEN / "libc" / f"{SPEC}.c"), "-o", str(exe)])
    proc = subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, (proc.returncode, proc.stderr)
    return proc.stdout


PY_PROGRAM = """
import ctypes, os, sys
sys.path.insert(0, sys.argv[1])
import landlock_ruleset_attr as ll

libc = ctypes.CDLL(None, use_errno=True)
attr = ll.LandlockRulesetAttr(handled_access_fs=0x4 | 1 << 62).best_effort()
fd = ll.landlock_create_ruleset(attr, 0)
os.close(os.open(sys.argv[2], os.O_RDONLY))
assert libc.prctl(38, 1, 0, 0, 0) == 0
assert libc.syscall(ctypes.c_long(446), ctypes.c_long(fd), ctypes.c_long(0)) == 0
try:
    os.open(sys.argv[2], os.O_RDONLY)
except PermissionError:
    print("denied")
"""

RUST_PROGRAM = """
#[path = "{module}"]
mod landlock_ruleset_attr;
use landlock_ruleset_attr as ll;

extern "C" {{
    fn syscall(n: i64, ...) -> i64;
    fn prctl(option: i32, ...) -> i32;
}}

fn main() {{
    let file = std::env::args().nth(1).unwrap();
    let mut attr = ll::LandlockRulesetAttr::default();
    attr.handled_access_fs = 0x4 | 1 << 62;
    assert!(attr.for_level(0).is_err());
    let cut = attr.best_effort().unwrap();
    assert_eq!(cut.handled_access_fs, 0x4);
    let fd = ll::landlock_create_ruleset(&cut, 0).unwrap() as i64;
    std::fs::read(&file).unwrap();
    unsafe {{
        assert_eq!(prctl(38, 1i64, 0i64, 0i64, 0i64), 0);
        assert_eq!(syscall(446, fd, 0i64), 0);
    }}
    let err = std::fs::read(&file).unwrap_err();
    assert_eq!(err.raw_os_error(), Some(13));
    println!("denied");
}}
"""

GO_PROGRAM = """package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"syscall"

	ll "{path}"
)

func main() {{
	// Landlock restricts the thread that enforces it: this one, until the end.
	runtime.LockOSThread()
	attr := &ll.LandlockRulesetAttr{{HandledAccessFs: 0x4 | 1<<62}}
	if _, err := attr.ForLevel(0); err == nil {{
		panic("level 0 accepted")
	}}
	cut, err := attr.BestEffort()
	if err != nil || cut.HandledAccessFs != 0x4 {{
		panic(fmt.Sprint(cut, err))
	}}
	fd, err := ll.LandlockCreateRuleset(cut, 0)
	if err != nil {{
		panic(err)
	}}
	if _, err := os.ReadFile(os.Args[1]); err != nil {{
		panic(err)
	}}
	if _, _, e := syscall.RawSyscall(syscall.SYS_PRCTL, 38, 1, 0); e != 0 {{
		panic(e)
	}}
	if _, _, e := syscall.RawSyscall(446, uintptr(fd), 0, 0); e != 0 {{
		panic(e)
	}}
	if _, err := os.ReadFile(os.Args[1]); !errors.Is(err, syscall.EACCES) {{
		panic(fmt.Sprint("not denied: ", err))
	}}
	fmt.Println("denied")
}}
"""


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret"
    path.write_text("read me if you can\n")
    return path


def test_c_ruleset_restricts(ll: ModuleType, tmp_path: Path, secret: Path) -> None:
    assert run_c(tmp_path, "restrict", str(secret)) == "denied\n"
    assert secret.read_text()  # the test process itself is not restricted


def test_python_ruleset_restricts(ll: ModuleType, secret: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PY_PROGRAM, str(GEN / "python"), str(secret)],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"),
    )
    assert (proc.returncode, proc.stdout) == (0, "denied\n"), proc.stderr
    assert secret.read_text()


def test_rust_ruleset_restricts(ll: ModuleType, tmp_path: Path, secret: Path) -> None:
    src, exe = tmp_path / "main.rs", tmp_path / "ll_rust"
    src.write_text(RUST_PROGRAM.format(module=GEN / "rust" / f"{SPEC}.rs"))
    compile_rust(["--edition=2021", str(src), "-o", str(exe)])
    proc = subprocess.run([str(exe), str(secret)], capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stdout) == (0, "denied\n"), proc.stderr
    assert secret.read_text()


def test_go_ruleset_restricts(
    ll: ModuleType, tmp_path: Path, secret: Path, go_env: dict[str, str]
) -> None:
    package = GEN / "go"
    path = re.search(r"^module (\S+)$", (package / "go.mod").read_text(), re.M)
    assert path
    mod = user_module(tmp_path / "mod", [package])
    (mod / "main.go").write_text(GO_PROGRAM.format(path=path[1]))
    go(go_env, mod, "build", "-o", str(tmp_path / "ll_go"), ".")
    proc = subprocess.run(
        [str(tmp_path / "ll_go"), str(secret)], capture_output=True, text=True, timeout=60
    )
    assert (proc.returncode, proc.stdout) == (0, "denied\n"), proc.stderr
    assert secret.read_text()


# -- the uapi layout and the system's header ------------------------------------------------


def test_the_layout_equals_the_systems_header(tmp_path: Path) -> None:
    """Every field the installed <linux/landlock.h> declares lies where the spec puts it, and
    its struct's size is a published version's (proven by the compiler)."""
    header = Path("/usr/include/linux/landlock.h")
    if not header.exists():
        pytest.skip("no <linux/landlock.h> installed")
    text = header.read_text()
    body = re.search(r"struct landlock_ruleset_attr \{(.*?)\};", text, re.S)
    assert body, "the installed header has no struct landlock_ruleset_attr"
    names = re.findall(r"__u64\s+(\w+);", body[1])
    model = model_of(ROOT / "spec" / f"{SPEC}.yaml")
    offsets = {f.name: f.offset for f in model.fields}
    assert names and all(n in offsets for n in names), names
    sizes = " || ".join(f"sizeof(struct landlock_ruleset_attr) == {v.size}" for v in model.versions)
    src = tmp_path / "sys.c"
    src.write_text(
        "#include <stddef.h>\n#include <linux/landlock.h>\n"
        + "".join(
            f"_Static_assert(offsetof(struct landlock_ruleset_attr, {n}) == {offsets[n]}, "
            f'"{n}");\n'
            for n in names
        )
        + f'_Static_assert({sizes}, "a published size");\n'
    )
    cc([*WARN, "-c", str(src), "-o", str(tmp_path / "sys.o")])
