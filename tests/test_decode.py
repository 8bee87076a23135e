"""The strace-compatible decoder, held to the real strace.

A C program (tests/decode/calls.c) makes clone3() and openat2() calls with
varied structs and sizes under ``strace -f -e trace=clone3,openat2`` and
records the bytes a tracer could read for each; another
(tests/decode/attr_calls.c) does the same for sched_setattr(),
sched_getattr(), mount_setattr() and landlock_create_ruleset(), as root in a mount and pid namespace of
its own. The Python module's ``decode()``, the libc's ``cg_<name>_decode()``
and ``clonegen decode`` must print, for the same bytes, exactly the argument
strace printed. strace 6.1 has no decoder for PIDFD_GET_INFO (Linux 6.13):
it prints the argument's address, which the test checks, so pidfd_info's
decoder is held only to the C one.

The one documented difference: strace names only the flags it was built
with. Debian's strace 6.1 predates the clone3 flags of Linux 7.1
(CLONE_AUTOREAP, CLONE_NNP, CLONE_PIDFD_AUTOKILL, CLONE_EMPTY_MNTNS) and
prints them in hex, while the decoder names them. So every call is compared
with the decoder told strace's release (``release="6.1"``, which names only
flags of Linux 6.1 and older), and the test then checks that without it the
decoder differs from strace on exactly the calls that use those flags, and
only by naming them.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import random
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT
from ctools import HOST_ARCHES, WARN, cc, require, require_arch
from readme_examples import example

GEN = ROOT / "generated"
DECODE = ROOT / "tests" / "decode"
# The flags strace 6.1 has no name for, because Linux 7.1 added them after it.
NEWER_THAN_STRACE_61 = {"CLONE_AUTOREAP", "CLONE_NNP", "CLONE_PIDFD_AUTOKILL", "CLONE_EMPTY_MNTNS"}
SPECS = (
    "clone_args",
    "open_how",
    "sched_attr",
    "mount_attr",
    "pidfd_info",
    "landlock_ruleset_attr",
)
# The spec of each system call a record names.
SPEC_OF = {
    "clone3": "clone_args",
    "openat2": "open_how",
    "sched_setattr": "sched_attr",
    "sched_getattr": "sched_attr",
    "mount_setattr": "mount_attr",
    "open_tree_attr": "mount_attr",
    "pidfd_get_info": "pidfd_info",
    "landlock_create_ruleset": "landlock_ruleset_attr",
}
# The struct argument in strace's line of each call: the text between these.
ARGUMENT = {
    "sched_setattr": re.compile(r"sched_setattr\(-?\d+, (.*), \d+\) += "),
    "sched_getattr": re.compile(r"sched_getattr\(-?\d+, (.*), \d+, \d+\) += "),
    "mount_setattr": re.compile(r'mount_setattr\([^,]+, "[^"]*", [^,]+, (.*), \d+\) += '),
    "landlock_create_ruleset": re.compile(r"landlock_create_ruleset\((.*), \d+, 0\) += "),
}


@functools.cache
def module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"decode_{name}", GEN / name / "python" / f"{name}.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    saved, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # generated/ stays as generated
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.dont_write_bytecode = saved
    return mod


@dataclass(frozen=True)
class Call:
    syscall: str
    size: int
    addr: int
    data: bytes
    peek_addr: int
    peek: bytes
    strace: str  # the struct argument as strace printed it

    def peeker(self, addr: int, length: int) -> bytes | None:
        start = addr - self.peek_addr
        if start < 0 or start + length > len(self.peek):
            return None
        return self.peek[start : start + length]


def _argument(syscall: str, line: str, size: int) -> str:
    """The struct argument of one strace line: entering text, without the exit's ``=> {...}``."""
    text = line.split(f"{syscall}(", 1)[1]
    if syscall == "openat2":  # dirfd, "path", then the struct
        text = text.split('", ', 1)[1]
    if " => " in text:
        return text.split(" => ", 1)[0]
    return text[: text.rindex(f", {size}")]


def _unhex(text: str) -> bytes:
    return b"" if text == "-" else bytes.fromhex(text)


def strace_release() -> str:
    out = subprocess.run(["strace", "-V"], capture_output=True, text=True, check=True).stdout
    found = re.search(r"version (\d+\.\d+)", out)
    assert found, out
    return found.group(1)


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory) -> list[Call]:
    require("strace")
    require_arch("x86_64", run=True)
    tmp = tmp_path_factory.mktemp("decode")
    exe, records, trace, files = tmp / "calls", tmp / "records", tmp / "trace", tmp / "files"
    files.mkdir()
    cc([*WARN, str(DECODE / "calls.c"), "-o", str(exe)], arch="x86_64")
    proc = subprocess.run(
        ["strace", "-f", "-e", "trace=clone3,openat2", "-o", str(trace), str(exe), str(records)]
        + [str(files)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    lines = [
        line
        for line in trace.read_text().splitlines()
        if re.match(r"^(\d+ +)?(clone3|openat2)\(", line)
    ]
    recorded = records.read_text().splitlines()
    assert len(lines) == len(recorded) > 80, (len(lines), len(recorded), trace.read_text()[:2000])
    out = []
    for rec, line in zip(recorded, lines):
        syscall, size, addr, data, *peek = rec.split()
        assert f" {syscall}(" in line, (rec, line)
        peek_addr, peek_hex = peek[0].split(":") if peek else ("0", "-")
        out.append(
            Call(
                syscall,
                int(size),
                int(addr, 16),
                _unhex(data),
                int(peek_addr, 16),
                _unhex(peek_hex),
                _argument(syscall, line, int(size)),
            )
        )
    return out


def python_decode(call: Call, release: str | None) -> str:
    mod = module(SPEC_OF[call.syscall])
    text: str = mod.decode(
        call.data,
        call.size,
        addr=call.addr,
        release=release,
        peek=call.peeker,
        entry=call.syscall,
    )
    return text


def c_decoder(arch: str, tmp_path: Path) -> Path:
    """decode_records built with every spec's libc decoder."""
    exe = tmp_path / "decode_records"
    cc(
        [*WARN, *(f"-I{GEN / s / 'libc'}" for s in SPECS), str(DECODE / "decode_records.c")]
        + [str(GEN / s / "libc" / f"{s}.c") for s in SPECS]
        + ["-o", str(exe)],
        arch=arch,
    )
    return exe


def c_decode(exe: Path, calls: list[Call], release: list[str], tmp_path: Path) -> list[str]:
    """What the C decoders print for each call (``release``: [MAJOR, MINOR(, SUB)] or [])."""
    records = tmp_path / "records"
    records.write_text(
        "".join(
            f"{c.syscall} {c.size} {c.addr:#x} {c.data.hex() or '-'}"
            + (f" {c.peek_addr:#x}:{c.peek.hex() or '-'}" if c.peek_addr else "")
            + "\n"
            for c in calls
        )
    )
    out = subprocess.run(
        [str(exe), str(records), *release], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert len(out) == len(calls)
    return out


def test_python_decoder_prints_what_strace_prints(calls: list[Call]) -> None:
    release = strace_release()
    wrong = [
        (c.strace, python_decode(c, release))
        for c in calls
        if python_decode(c, release) != c.strace
    ]
    assert not wrong, "\n".join(f"strace:  {s}\ndecoder: {d}" for s, d in wrong)


def test_the_kinds_of_calls_are_all_there(calls: list[Call]) -> None:
    """The calls cover what the decoder must get right, as strace printed it."""
    texts = [c.strace for c in calls]
    for needle in (
        "pidfd=0x",  # a pointer shown for its flag
        "|0x400000",  # unknown bits after names
        "/* CLONE_??? */",  # unknown bits alone
        "SIGRT_8",
        "exit_signal=2147483648",
        "set_tid=[1234, 5]",
        "cgroup=9999",
        "/* bytes 88..95 */",  # a non-zero tail
        '"...',  # a tail longer than strace prints
        "???",  # an unreadable tail
        "mode=0644",
        "O_RDONLY|0x10000000000",
        "RESOLVE_CACHED|0x4000000000040",
    ):
        assert any(needle in t for t in texts), needle
    assert "NULL" in texts and "0x1" in texts  # bad pointers print as the address
    assert any(re.fullmatch(r"0x[0-9a-f]+", t) for t in texts if t != "0x1")  # short size


@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_c_decoder_prints_what_strace_prints(calls: list[Call], arch: str, tmp_path: Path) -> None:
    """The libc decoder, built for x86_64 and for i386 (32-bit size_t), on x86_64's calls."""
    require_arch(arch, run=True)
    exe = c_decoder(arch, tmp_path)
    for args, expect in (
        (strace_release().split("."), [c.strace for c in calls]),
        ([], [python_decode(c, None) for c in calls]),
    ):
        out = c_decode(exe, calls, args, tmp_path)
        wrong = [(e, o) for e, o in zip(expect, out) if e != o]
        assert not wrong, "\n".join(f"expected: {e}\nC:        {o}" for e, o in wrong)


def test_newer_flags_are_the_documented_difference(calls: list[Call]) -> None:
    """Without strace's release the decoder names the Linux 7.1 flags strace 6.1 prints in hex."""
    release = strace_release()
    mod = module("clone_args")
    newer = {n for n, (_, since) in mod.FLAG_DOCS.items() if _newer(since, release)}
    if release == "6.1":
        assert newer == NEWER_THAN_STRACE_61
    differ = [c for c in calls if python_decode(c, None) != c.strace]
    assert differ, "no call used a flag newer than strace"
    for c in differ:
        named = python_decode(c, None)
        assert any(n in named for n in newer), (named, c.strace)
        assert not any(n in c.strace for n in newer)
        # The same flags, by name in one and in hex in the other.
        flags = int.from_bytes(c.data[:8], sys.byteorder)
        new_bits = sum(int(mod.CloneArgsFlags[n]) for n in newer) & flags
        assert f"{new_bits:#x}" in c.strace or f"|{new_bits:#x}" in c.strace


def _newer(since: str, release: str) -> bool:
    def key(r: str) -> tuple[int, ...]:
        return tuple(int(p) for p in r.split("."))

    return key(since) > key(release)


def test_cli_decodes_hex(calls: list[Call]) -> None:
    release = strace_release()
    for c in calls[:3] + [c for c in calls if c.syscall == "openat2"][:3]:
        spec = ROOT / "spec" / ("clone_args.yaml" if c.syscall == "clone3" else "open_how.yaml")
        proc = subprocess.run(
            [sys.executable, "-m", "clonegen", "decode", str(spec), c.data.hex()]
            + ["--size", str(c.size), "--addr", hex(c.addr), "--release", release],
            capture_output=True,
            text=True,
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout == c.strace + "\n"


def _example_and_output(name: str) -> tuple[str, str]:
    """A README example and the code block that follows it: what it prints."""
    text = (ROOT / "README.md").read_text()
    m = re.search(
        rf"<!-- example: {re.escape(name)} -->\s*```\w*\n(.*?)```.*?```\n(.*?)```", text, re.S
    )
    assert m, f"README has no example {name!r} followed by its output"
    assert m.group(1) == example(name)
    return m.group(1), m.group(2)


def test_readme_python_example_prints_what_it_says() -> None:
    code, output = _example_and_output("decode")
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={
            "PYTHONPATH": str(GEN / "clone_args" / "python"),
            "PYTHONDONTWRITEBYTECODE": "1",
            "PATH": "/usr/bin:/bin",
        },
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == output


def test_readme_cli_example_prints_what_it_says() -> None:
    code, output = _example_and_output("decode-cli")
    words = code.split()
    assert words[0] == "clonegen"
    proc = subprocess.run(
        [sys.executable, "-m", "clonegen", *words[1:]], capture_output=True, text=True, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == output


def test_c_decoder_cuts_like_snprintf(tmp_path: Path) -> None:
    """The text is cut to the buffer and NUL-terminated; the return value is the whole length."""
    src = tmp_path / "cut.c"
    src.write_text(
        '#include <stdio.h>\n#include <string.h>\n#include "open_how.h"\n'
        "int main(void)\n{\n"
        "\tstruct cg_open_how how = { 0x80040, 0644, 0x8 };\n"
        "\tchar whole[256], cut[12];\n"
        "\tsize_t n = cg_open_how_decode(whole, sizeof(whole), &how, sizeof(how), sizeof(how), NULL);\n"
        "\tsize_t m = cg_open_how_decode(cut, sizeof(cut), &how, sizeof(how), sizeof(how), NULL);\n"
        "\tsize_t z = cg_open_how_decode(NULL, 0, &how, sizeof(how), sizeof(how), NULL);\n"
        '\tprintf("%zu %zu %zu %s|%s\\n", n, m, z, whole, cut);\n'
        "\treturn !(n == strlen(whole) && m == n && z == n && !strncmp(whole, cut, 11));\n}\n"
    )
    exe = tmp_path / "cut"
    cc(
        [*WARN, f"-I{GEN / 'open_how' / 'libc'}", str(src)]
        + [str(GEN / "open_how" / "libc" / "open_how.c"), "-o", str(exe)],
        arch="x86_64",
    )
    proc = subprocess.run([str(exe)], capture_output=True, text=True)
    whole = "{flags=O_RDONLY|O_CREAT|O_CLOEXEC, mode=0644, resolve=RESOLVE_BENEATH}"
    assert proc.stdout == f"{len(whole)} {len(whole)} {len(whole)} {whole}|{whole[:11]}\n"
    assert proc.returncode == 0


@pytest.mark.parametrize("spec_name", ["clone_args", "open_how"])
def test_names_follow_each_architecture(spec_name: str) -> None:
    """Signal numbers and open flags differ by architecture; the decoder uses the tracee's."""
    from clonegen.decode import decode
    from clonegen.pipeline import model_of

    spec = model_of(ROOT / "spec" / f"{spec_name}.yaml")
    constants = {c.name: c for c in spec.constants}
    for arch in spec.arches:
        if spec_name == "clone_args":
            sigchld = constants["SIGCHLD"].value_for(arch)
            data = bytearray(88)
            data[32:40] = sigchld.to_bytes(8, sys.byteorder)
            text = decode(spec, bytes(data), 88, 0, None, arch)
            assert "exit_signal=SIGCHLD," in text, (arch, text)
        else:
            flags = sum(constants[n].value_for(arch) for n in ("O_WRONLY", "O_CREAT", "O_EXCL"))
            data = flags.to_bytes(8, sys.byteorder) + (0o600).to_bytes(8, sys.byteorder)
            text = decode(spec, data + bytes(8), 24, 0, None, arch)
            assert text == "{flags=O_WRONLY|O_CREAT|O_EXCL, mode=0600, resolve=0}", (arch, text)


ARCH_MACROS = {
    "x86_64": ["-D__x86_64__"],
    "alpha": ["-D__alpha__"],
    "sparc64": ["-D__sparc__", "-D__arch64__"],
    "mips": ["-D__mips__"],
    "parisc": ["-D__hppa__"],
}


@pytest.mark.parametrize("arch", sorted(ARCH_MACROS))
def test_c_and_python_runtimes_have_the_same_signal_names(arch: str) -> None:
    """The C runtime's per-architecture signal table, preprocessed for ``arch``, is the Python one."""
    from clonegen.runtime import py_decode

    runtime = ROOT / "src" / "clonegen" / "runtime" / "libc_decode.c"
    proc = subprocess.run(
        [require("cpp"), "-P", "-undef", *ARCH_MACROS[arch], str(runtime)],
        capture_output=True,
        text=True,
        check=True,
    )
    table = re.search(r"clonegen_signals\[\] = \{(.*?)\};", proc.stdout, re.S)
    assert table
    c_names = re.findall(r'"(\w+)"', table.group(1))
    py_names = py_decode._SIGNALS_ARCH.get(arch, py_decode._SIGNALS_GENERIC).split()
    assert c_names == py_names
    assert len(c_names) == 33 and c_names[-1] == "SIGRTMIN"


# --- sched_setattr, sched_getattr, mount_setattr -------------------------------------------


@pytest.fixture(scope="module")
def attr_trace(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Call], list[str]]:
    """The calls of attr_calls.c as strace printed them, and strace's other lines."""
    require("strace")
    require("unshare")
    require_arch("x86_64", run=True)
    if os.geteuid() != 0:
        pytest.skip("the scheduling and mount calls need root")
    tmp = tmp_path_factory.mktemp("attr")
    exe, records, trace, mnt = tmp / "calls", tmp / "records", tmp / "trace", tmp / "mnt"
    mnt.mkdir()
    cc([*WARN, str(DECODE / "attr_calls.c"), "-o", str(exe)], arch="x86_64")
    # A pid namespace whose processes die with it, and a mount namespace of its own.
    proc = subprocess.run(
        ["unshare", "--mount", "--pid", "--fork", "--kill-child", "strace", "-f", "-o", str(trace)]
        + ["-e", "trace=sched_setattr,sched_getattr,mount_setattr,landlock_create_ruleset,ioctl"]
        + [str(exe)]
        + [str(records), str(mnt)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    lines = trace.read_text().splitlines()
    decoded = [
        line
        for line in lines
        if re.search(r" (sched_[gs]etattr|mount_setattr|landlock_create_ruleset)\(", line)
    ]
    recorded = records.read_text().splitlines()
    ours = [r for r in recorded if not r.startswith("pidfd_get_info ")]
    assert len(decoded) == len(ours), (len(decoded), len(ours), trace.read_text()[:3000])
    out = []
    for rec, line in zip(ours, decoded):
        syscall, size, addr, data = rec.split()
        found = ARGUMENT[syscall].search(line)
        assert found, (rec, line)
        out.append(
            Call(
                syscall,
                int(size),
                int(addr, 16),
                _unhex(data),
                0,
                b"",
                found.group(1).split(" => ", 1)[0],  # the entering text, without the exit's
            )
        )
    return out, [line for line in lines if line not in decoded]


@pytest.fixture(scope="module")
def attr_calls(attr_trace: tuple[list[Call], list[str]]) -> list[Call]:
    return attr_trace[0]


def test_attr_calls_cover_what_strace_prints(attr_calls: list[Call]) -> None:
    """At least 15 calls of each, with what the decoder must get right, as strace printed it."""
    for syscall in ARGUMENT:
        assert sum(c.syscall == syscall for c in attr_calls) >= 15, syscall
    texts = [c.strace for c in attr_calls]
    for needle in (
        "sched_nice=-5,",  # signed
        "sched_nice=-20,",
        "sched_policy=SCHED_BATCH,",
        "sched_policy=SCHED_ISO,",  # a name strace has and the kernel does not
        "sched_policy=0x7 /* SCHED_??? */",  # SCHED_EXT, newer than strace 6.1
        "sched_policy=0x8 /* SCHED_??? */",
        "sched_policy=0xffffffff /* SCHED_??? */, sched_flags=SCHED_FLAG_KEEP_POLICY|",
        "{size=56, sched_flags=SCHED_FLAG_KEEP_POLICY, sched_nice=3,",  # the policy left out
        "{size=56, sched_flags=SCHED_FLAG_KEEP_PARAMS, sched_util_min=0,",  # and the parameters
        "sched_flags=0x100 /* SCHED_FLAG_??? */",
        "sched_util_min=4294967295,",
        "{size=47}",  # below VER0
        "{size=8}",
        "{size=52, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=0, sched_priority=0, "
        "sched_runtime=0, sched_deadline=0, sched_period=0}",  # between the versions
        "sched_util_max=0, ...}",  # above the kernel's
        "{size=0, ",  # 0 is VER0
        "attr_clr=MOUNT_ATTR_NOATIME|MOUNT_ATTR_STRICTATIME|0x40,",
        "attr_set=0x400 /* MOUNT_ATTR_??? */",
        "attr_set=MOUNT_ATTR_RDONLY|0x8000000000000000,",
        "propagation=0 /* MS_??? */",
        "propagation=0x140000 /* MS_??? */",
        "propagation=MS_SHARED,",
        "userns_fd=2147483648}",
        "/* bytes 32..39 */",
        "???}",
        "{handled_access_fs=LANDLOCK_ACCESS_FS_EXECUTE}",  # Landlock: what strace 6.1 knows
        "LANDLOCK_ACCESS_FS_REFER|0x1c000, ...}",  # newer flags in hex, newer fields as ...
        "{handled_access_fs=0x10000000000 /* LANDLOCK_ACCESS_FS_??? */, ...}",
    ):
        assert any(needle in t for t in texts), needle
    getattr_texts = [c.strace for c in attr_calls if c.syscall == "sched_getattr"]
    assert any("sched_nice=12," in t for t in getattr_texts)  # what the kernel wrote
    assert any(t.startswith("{size=48,") and "util" not in t for t in getattr_texts)
    assert "NULL" in texts
    assert sum(bool(re.fullmatch(r"0x[0-9a-f]+", t)) for t in texts) >= 6  # addresses


def test_python_decoder_prints_what_strace_prints_for_attr_calls(attr_calls: list[Call]) -> None:
    release = strace_release()
    wrong = [(c.strace, python_decode(c, release)) for c in attr_calls]
    wrong = [(s, d) for s, d in wrong if s != d]
    assert not wrong, "\n".join(f"strace:  {s}\ndecoder: {d}" for s, d in wrong)


@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_c_decoder_prints_what_strace_prints_for_attr_calls(
    attr_calls: list[Call], arch: str, tmp_path: Path
) -> None:
    require_arch(arch, run=True)
    out = c_decode(c_decoder(arch, tmp_path), attr_calls, strace_release().split("."), tmp_path)
    wrong = [(c.strace, o) for c, o in zip(attr_calls, out) if c.strace != o]
    assert not wrong, "\n".join(f"strace: {s}\nC:      {o}" for s, o in wrong)


def test_sched_ext_is_the_documented_difference(attr_calls: list[Call]) -> None:
    """Without strace's release the decoder names SCHED_EXT (Linux 6.12), which strace 6.1
    prints as a number; that is the only difference but Landlock's, whose newer flags (from
    LANDLOCK_ACCESS_FS_TRUNCATE, Linux 6.2, on) and fields (past the first 8 bytes) the
    decoder knows and strace 6.1 does not."""
    differ = [c for c in attr_calls if python_decode(c, None) != c.strace]
    landlock = [c for c in differ if c.syscall == "landlock_create_ruleset"]
    assert landlock
    for c in landlock:
        newer = int.from_bytes(c.data[:8].ljust(8, b"\0"), "little") & ~0x3FFF
        assert c.size > 8 or newer, c
    differ = [c for c in differ if c not in landlock]
    assert differ
    for c in differ:
        assert "sched_policy=0x7 /* SCHED_??? */" in c.strace
        assert python_decode(c, None) == c.strace.replace(
            "sched_policy=0x7 /* SCHED_??? */", "sched_policy=SCHED_EXT"
        )


def test_cli_decodes_each_entry_point(attr_calls: list[Call]) -> None:
    release = strace_release()
    for syscall in ARGUMENT:
        for c in [c for c in attr_calls if c.syscall == syscall and c.data][:2]:
            spec = ROOT / "spec" / f"{SPEC_OF[syscall]}.yaml"
            proc = subprocess.run(
                [sys.executable, "-m", "clonegen", "decode", str(spec), c.data.hex()]
                + ["--size", str(c.size), "--addr", hex(c.addr), "--release", release]
                + ["--entry", syscall],
                capture_output=True,
                text=True,
            )
            assert proc.returncode == 0, proc.stderr
            assert proc.stdout == c.strace + "\n"


def test_an_unknown_entry_point_is_refused(tmp_path: Path) -> None:
    """Python raises ValueError, the command line exits 2, C prints the address."""
    require_arch("x86_64", run=True)
    exe = c_decoder("x86_64", tmp_path)
    bogus = Call("mount_bogus", 32, 0x1000, bytes(32), 0, b"", "")
    assert c_decode(exe, [bogus], [], tmp_path) == ["0x1000"]
    mod = module("sched_attr")
    with pytest.raises(ValueError, match="sched_setattr, sched_getattr"):
        mod.decode(bytes(56), entry="sched_yield")
    proc = subprocess.run(
        [sys.executable, "-m", "clonegen", "decode", "spec/sched_attr.yaml", "00" * 56]
        + ["--entry", "sched_yield"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 2 and "no entry point 'sched_yield'" in proc.stderr


def test_strace_does_not_decode_pidfd_info(attr_trace: tuple[list[Call], list[str]]) -> None:
    """strace 6.1 predates PIDFD_GET_INFO: it prints the ioctl's argument as an address."""
    if strace_release() != "6.1":
        pytest.skip("a newer strace may decode PIDFD_GET_INFO: compare it then")
    ioctls = [line for line in attr_trace[1] if "ioctl(" in line and ", 0xff, 0xb, " in line]
    assert len(ioctls) == 1, attr_trace[1]
    assert re.search(
        r"_IOC\(_IOC_READ\|_IOC_WRITE, 0xff, 0xb, 0x40\), 0x[0-9a-f]+\) = 0", ioctls[0]
    )


# --- the Python and C decoders agree, for every spec -----------------------------------------


def _random_structs(spec_name: str, rng: random.Random, count: int) -> list[Call]:
    """Structs of every entry point with sizes around each version, fields from the names
    the decoder knows and random bits, and short reads."""
    from clonegen.decode import entries
    from clonegen.pipeline import model_of

    spec = model_of(ROOT / "spec" / f"{spec_name}.yaml")
    sizes = sorted({0, 1, 4, 8} | {v.size + d for v in spec.versions for d in (-1, 0, 1, 4, 8)})
    sizes += [256, 4096, 5000]
    out = []
    table = entries(spec)
    for i in range(count):
        e = table[i % len(table)]
        data = bytearray(rng.choice([spec.latest.size, 128, 4096]))
        for f in spec.fields:
            candidates = [n.value.value for n in f.trace.names + f.trace.show_any]
            candidates += [0, 1, rng.getrandbits(8 * f.size), (1 << 8 * f.size) - 1, 0x7FFFFFFF]
            value = rng.choice(candidates) | (rng.choice(candidates) if rng.random() < 0.3 else 0)
            value &= (1 << 8 * f.size) - 1
            data[f.offset : f.offset + f.size] = value.to_bytes(f.size, sys.byteorder)
        if rng.random() < 0.2:
            data[rng.randrange(len(data))] = rng.randrange(1, 256)  # a tail or a field byte
        size = rng.choice(sizes)
        if e.size_field >= 0:
            f = spec.fields[e.size_field]
            data[f.offset : f.offset + f.size] = rng.choice(sizes).to_bytes(f.size, sys.byteorder)
        cut = rng.choice([len(data), len(data), rng.randrange(len(data) + 1)])
        addr = rng.choice([0, 0x7FFD0000])
        out.append(Call(e.name, size, addr, bytes(data[:cut]), 0, b"", ""))
    return out


# 5.4.290 and 4.19.325: stable releases whose sublevel does not fit a byte (KERNEL_VERSION's
# c << 0 would spill into the minor number and name 5.5's flags).
@pytest.mark.parametrize("release", [None, "6.1", "5.4.290", "4.19.325"])
def test_python_and_c_decoders_agree_on_random_structs(release: str | None, tmp_path: Path) -> None:
    """For every spec and entry point, seeded random bytes: the same text from both runtimes."""
    rng = random.Random(20)
    calls = [c for name in SPECS for c in _random_structs(name, rng, 1000)]
    exe = c_decoder("x86_64", tmp_path)
    out = c_decode(exe, calls, release.split(".") if release else [], tmp_path)
    wrong = [(c, python_decode(c, release), o) for c, o in zip(calls, out)]
    wrong = [w for w in wrong if w[1] != w[2]]
    assert not wrong, "\n".join(
        f"{c.syscall} size {c.size} {c.data.hex()}\nPython: {p}\nC:      {o}"
        for c, p, o in wrong[:10]
    )
    # The cases reach every way of printing: structs, addresses, sizes alone, "...", tails.
    texts = set(out)
    assert any(t.startswith("{size=") and t.count("=") == 1 for t in texts)
    assert any(t.endswith(", ...}") for t in texts)
    assert any("/* bytes " in t for t in texts)
    assert any(re.fullmatch(r"0x[0-9a-f]+|NULL", t) for t in texts)
