"""The strace-compatible decoder, held to the real strace.

A C program (tests/decode/calls.c) makes clone3() and openat2() calls with
varied structs and sizes under ``strace -f -e trace=clone3,openat2`` and
records the bytes a tracer could read for each. The Python module's
``decode()``, the libc's ``cg_<name>_decode()`` and ``clonegen decode`` must
print, for the same bytes, exactly the argument strace printed.

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

import importlib.util
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
    mod = module("clone_args" if call.syscall == "clone3" else "open_how")
    text: str = mod.decode(call.data, call.size, addr=call.addr, release=release, peek=call.peeker)
    return text


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
    release = strace_release()
    exe = tmp_path / "decode_records"
    cc(
        [
            *WARN,
            f"-I{GEN / 'clone_args' / 'libc'}",
            f"-I{GEN / 'open_how' / 'libc'}",
            str(DECODE / "decode_records.c"),
            str(GEN / "clone_args" / "libc" / "clone_args.c"),
            str(GEN / "open_how" / "libc" / "open_how.c"),
            "-o",
            str(exe),
        ],
        arch=arch,
    )
    records = tmp_path / "records"
    records.write_text(
        "".join(
            f"{c.syscall} {c.size} {c.addr:#x} {c.data.hex() or '-'}"
            + (f" {c.peek_addr:#x}:{c.peek.hex() or '-'}" if c.peek_addr else "")
            + "\n"
            for c in calls
        )
    )
    major, minor = release.split(".")
    for args, expect in (
        ([major, minor], [c.strace for c in calls]),
        ([], [python_decode(c, None) for c in calls]),
    ):
        out = subprocess.run(
            [str(exe), str(records), *args], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        wrong = [(e, o) for e, o in zip(expect, out) if e != o]
        assert len(out) == len(expect) and not wrong, "\n".join(
            f"expected: {e}\nC:        {o}" for e, o in wrong
        )


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
