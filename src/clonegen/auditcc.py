"""The audit's compiler: a C copy's layout measured, and each ABI finding proven, with the
real compiler of each architecture.

Measuring: every copy's struct is compiled (``-S``) beside the others, renamed, and each
member's offset and size comes out of the assembly as the kernel's asm-offsets does
(``.ascii "->..."`` with an ``"i"`` operand), so no program has to run on the architecture.
Proving: a program that includes the spec's own uapi header (rendered from the spec) and the
copy, with one ``_Static_assert`` per finding, must fail to compile on the architecture with
exactly those assertions.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from clonegen.arch import ARCHES
from clonegen.auditscan import StructCopy

# What a copy's members may be written with: the uapi types, the C library's, the kernel's.
PRELUDE = """\
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <linux/types.h>
typedef __u8 u8;
typedef __u16 u16;
typedef __u32 u32;
typedef __u64 u64;
typedef __s8 s8;
typedef __s16 s16;
typedef __s32 s32;
typedef __s64 s64;
#define __user
#define __force
#ifndef __packed
#define __packed __attribute__((packed))
#endif
#ifndef __aligned
#define __aligned(x) __attribute__((aligned(x)))
#endif
"""
MARK = "->CG"
_OUT = re.compile(r"->CG (\d+) (\S+) [$#]?(-?\d+)(?: [$#]?(-?\d+))?")


@dataclass(frozen=True)
class Measured:
    """A copy's layout on one architecture: its size and each member's offset and size."""

    size: int
    members: tuple[tuple[str, int, int], ...]  # name, offset, size, in the copy's order
    # who measured it ("" for the C compilers' asm-offsets; rustc's command for Rust) and
    # the program it measured (Rust: kept as the finding's proof)
    by: str = ""
    program: str = ""


def compiler(arch: str) -> str | None:
    """The path of the architecture's compiler, or None when it is not installed."""
    name = ARCHES[arch].gcc
    return shutil.which(name) if name else None


# A copy is someone else's text: what would make the compiler read another file (a FIFO or
# /dev/zero would never end) is left out; it cannot be part of a struct's layout.
_READS = re.compile(r"^[ \t]*#[ \t]*(include|include_next|import|embed)\b.*$", re.M)
TIMEOUT = 120  # seconds for one compile; a copy that takes longer is not measured


def renamed(copy: StructCopy, tag: str) -> str:
    """The copy's definition with its struct tag ``tag``, after a #line naming its file."""
    text = re.sub(r"^struct\s+\w+", f"struct {tag}", copy.text, count=1)
    return f'#line {copy.line} "{_c_string(copy.file)}"\n{_READS.sub("", text)};\n'


def _c_string(text: str) -> str:
    """A C string literal's contents: quotes, backslashes and control characters escaped."""
    return "".join(f"\\{ord(c):03o}" if c in '"\\' or not c.isprintable() else c for c in text)


def _measure_fn(index: int, copy: StructCopy) -> str:
    tag = f"struct __cg_copy_{index}"
    lines = [f"void __cg_measure_{index}(void)\n{{"]
    lines.append(
        f'\t__asm__ volatile("\\n.ascii \\"{MARK} {index} .size %0\\"" :: "i"(sizeof({tag})));'
    )
    seen = set()
    for m in copy.members:
        if m.bitfield or m.name in seen:
            continue
        seen.add(m.name)
        lines.append(
            f'\t__asm__ volatile("\\n.ascii \\"{MARK} {index} {m.name} %0 %1\\"" :: '
            f'"i"(offsetof({tag}, {m.name})), "i"(sizeof((({tag} *)0)->{m.name})));'
        )
    lines.append("}\n")
    return "\n".join(lines)


def measure_unit(copies: Sequence[tuple[int, StructCopy]]) -> str:
    """The translation unit that measures the copies, each under the tag __cg_copy_N."""
    parts = [PRELUDE]
    for i, c in copies:
        parts.append(renamed(c, f"__cg_copy_{i}"))
        parts.append('#line 1 "<clonegen-audit>"\n' + _measure_fn(i, c))
    return "\n".join(parts)


def _compile(
    gcc: str, source: str, args: Sequence[str] = ("-S", "-o", "-")
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [gcc, "-std=gnu11", "-w", *args, "-x", "c", "-"],
            input=source,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess([gcc], 1, "", f"error: no answer in {TIMEOUT} s")


def _first_error(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if "error" in ln] or stderr.splitlines() or ["?"]
    return lines[0].strip()


def _parse(asm: str) -> dict[int, Measured]:
    sizes: dict[int, int] = {}
    members: dict[int, list[tuple[str, int, int]]] = {}
    for m in _OUT.finditer(asm):
        i = int(m.group(1))
        if m.group(2) == ".size":
            sizes[i] = int(m.group(3))
        else:
            members.setdefault(i, []).append((m.group(2), int(m.group(3)), int(m.group(4) or 0)))
    return {i: Measured(size, tuple(members.get(i, ()))) for i, size in sizes.items()}


def measure_on(arch: str, copies: Sequence[tuple[int, StructCopy]]) -> dict[int, Measured | str]:
    """Each copy's layout on ``arch``, or the compiler's first error for a copy that does
    not compile there (all at once; one by one when the unit fails)."""
    gcc = compiler(arch)
    if gcc is None or not copies:
        return {}
    proc = _compile(gcc, measure_unit(copies))
    if proc.returncode == 0:
        return dict(_parse(proc.stdout))
    out: dict[int, Measured | str] = {}
    for i, c in copies:
        one = _compile(gcc, measure_unit([(i, c)]))
        got = _parse(one.stdout) if one.returncode == 0 else {}
        out[i] = got[i] if i in got else _first_error(one.stderr)
    return out


def measure(
    copies: Sequence[StructCopy], arches: Sequence[str]
) -> dict[str, dict[int, Measured | str]]:
    """Every C copy's layout on every architecture whose compiler is installed, by arch and
    copy index. A copy that fails on x86_64 is tried nowhere else."""
    indexed = list(enumerate(copies))
    first = arches[0] if arches else None
    result: dict[str, dict[int, Measured | str]] = {}
    if first is not None:
        result[first] = measure_on(first, indexed)
        indexed = [(i, c) for i, c in indexed if not isinstance(result[first].get(i), str)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        rest = {a: pool.submit(measure_on, a, indexed) for a in arches[1:]}
        result.update({a: f.result() for a, f in rest.items()})
    return result


@dataclass(frozen=True)
class Assertion:
    """One ``_Static_assert`` of a proof: the copy's expression, the spec's, and the id of the
    finding it proves."""

    key: str
    copy_expr: str
    spec_expr: str


def proof_program(
    header: str,
    copy: StructCopy | None,
    defines: Sequence[tuple[str, str]],
    asserts: Sequence[Assertion],
) -> str:
    """A program that compiles only when the copy agrees with the spec: the spec's uapi
    header, the copy (its struct as __cg_copy, its macros prefixed __cg_) and the asserts."""
    parts = [PRELUDE, f"#include <{header}>\n"]
    if copy is not None:
        parts.append(renamed(copy, "__cg_copy"))
        parts.append('#line 1 "<clonegen-audit>"\n')
    for name, expr in defines:
        parts.append(f"#define __cg_{name} ({expr})\n")
    for a in asserts:
        parts.append(
            f'_Static_assert(({a.copy_expr}) == ({a.spec_expr}), "clonegen-audit {a.key}");\n'
        )
    return "".join(parts)


def prove(arch: str, files: dict[str, str], program: str) -> tuple[str, set[str], str, bool] | None:
    """Compile the proof on ``arch`` beside the spec's rendered headers (``files``: path
    below include/ -> text): the compiler, the keys of the assertions that failed, its
    first such line and whether the program compiled (every assertion holds); None when
    the compiler is missing."""
    gcc = compiler(arch)
    if gcc is None:
        return None
    with tempfile.TemporaryDirectory(prefix="clonegen-audit-") as tmp:
        for rel, text in files.items():
            path = Path(tmp, rel)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
        proc = _compile(gcc, program, ("-fsyntax-only", f"-I{tmp}"))
    failed = set(re.findall(r"clonegen-audit (\S+)\"", proc.stderr))
    first = next((ln.strip() for ln in proc.stderr.splitlines() if "clonegen-audit" in ln), "")
    name = ARCHES[arch].gcc or gcc
    said = re.sub(r"^.*?(error|static assertion)", r"\1", first)
    return name, failed, said, proc.returncode == 0


# -- Go: the copy type-checked for the architecture's GOARCH --------------------------------

_GO_EXPR = {
    "offset": "unsafe.Offsetof(cgCopy.{m})",
    "size": "unsafe.Sizeof(cgCopy.{m})",
    "sizeof": "unsafe.Sizeof(cgCopy)",
    "value": "cgValue",
}


def go_program(body: str | None, expr: str | None, probe: tuple[str, str, int]) -> str:
    """A Go package that type-checks only when the copy agrees with the spec: the copy's
    struct (its members as written) or constant, and an index that is out of range unless
    the copy's number is the spec's."""
    kind, member, value = probe
    lines = ["package cgaudit", "", 'import "unsafe"', ""]
    if body is not None:
        lines += [f"var cgCopy struct {{{body}}}", ""]
    if expr is not None:
        lines += [f"const cgValue = {expr}", ""]
    lines.append("var _ = unsafe.Sizeof(0)")
    copy_expr = _GO_EXPR[kind].format(m=member)
    lines.append(f"var _ = [1]struct{{}}{{}}[{copy_expr}-({value})] // clonegen-audit 1")
    return "\n".join(lines) + "\n"


def go_vet(arch: str, program: str) -> tuple[str, str, bool] | None:
    """``go vet`` of the one-file package for the architecture's GOARCH, offline: the tool,
    what it said and whether it passed; None without go, a Go port or an answer."""
    go = shutil.which("go")
    goarch = ARCHES[arch].go
    if go is None or not goarch:
        return None
    with tempfile.TemporaryDirectory(prefix="clonegen-audit-go-") as tmp:
        Path(tmp, "go.mod").write_text("module cgaudit\n\ngo 1.19\n")
        Path(tmp, "p.go").write_text(program)
        env = {  # the user's build cache (standard library only, nothing is fetched)
            **os.environ,
            "GOWORK": "off",
            "GOOS": "linux",
            "GOARCH": goarch[0],
            "GOPROXY": "off",
            "GOFLAGS": "-mod=mod",
            "CGO_ENABLED": "0",
        }
        try:
            proc = subprocess.run(
                [go, "vet", "."], cwd=tmp, env=env, capture_output=True, text=True, timeout=600
            )
        except subprocess.TimeoutExpired:
            return None
    return f"go vet (GOARCH={goarch[0]})", proc.stderr, proc.returncode == 0


def _marked(program: str, stderr: str) -> list[str]:
    """What go vet said on the program's lines marked ``// clonegen-audit``."""
    lines = [i + 1 for i, ln in enumerate(program.splitlines()) if "// clonegen-audit" in ln]
    return [
        re.sub(r"^.*?p\.go:\d+:\d+: ", "", ln.strip())
        for ln in stderr.splitlines()
        if any(f"p.go:{n}:" in ln for n in lines)
    ]


def prove_go(arch: str, program: str) -> tuple[str, bool, str] | None:
    """``go vet`` of the proof: the tool, whether it refused the assertion line, and its
    message; None without go or a Go port."""
    result = go_vet(arch, program)
    if result is None:
        return None
    tool, stderr, _ = result
    said = _marked(program, stderr)
    return tool, bool(said), said[0] if said else ""


def go_confirm(arch: str, body: str, lay: Measured) -> Measured | str | None:
    """The data model's layout of a Go copy, confirmed by ``go vet`` for the GOARCH (every
    offset and the size asserted): the layout marked as the compiler's, why not (the
    compiler disagrees), or None (no go, or the copy does not compile alone)."""
    lines = ["package cgaudit", "", 'import "unsafe"', "", f"var cgCopy struct {{{body}}}", ""]
    lines.append("var _ = unsafe.Sizeof(0)")
    checks = [("unsafe.Sizeof(cgCopy)", lay.size)]
    checks += [(f"unsafe.Offsetof(cgCopy.{n})", off) for n, off, _ in lay.members if n != "_"]
    lines += [f"var _ = [1]struct{{}}{{}}[{e}-({v})] // clonegen-audit" for e, v in checks]
    program = "\n".join(lines) + "\n"
    result = go_vet(arch, program)
    if result is None:
        return None
    tool, stderr, ok = result
    if ok:
        return Measured(lay.size, lay.members, tool, program)
    said = _marked(program, stderr)
    return f"{tool} disagrees with the data model: {said[0]}" if said else None


# -- Rust: a constant's value checked by the host's rustc ------------------------------------

_RUST_TYPES = (
    "type c_char = i8; type c_schar = i8; type c_uchar = u8; type c_short = i16; "
    "type c_ushort = u16; type c_int = i32; type c_uint = u32; type c_long = i64; "
    "type c_ulong = u64; type c_longlong = i64; type c_ulonglong = u64; type mode_t = u32; "
    "type __u64 = u64; type __u32 = u32; type __s32 = i32; type __s64 = i64;"
)


def rust_program(expr: str, value: int) -> str | None:
    """A Rust library that compiles only when the constant's expression, as written, is the
    spec's value; None when the expression names anything but types (another constant)."""
    text = re.sub(r"\b(?:crate|libc|self|super)::|(?<![\w:])::", "", expr)
    if {w for w in re.findall(r"[A-Za-z_]\w*", re.sub(r"\b0[xob][0-9a-fA-F_]+", "", text))} - {
        "as",
        *re.findall(r"type (\w+)", _RUST_TYPES),
        "u8",
        "u16",
        "u32",
        "u64",
        "i8",
        "i16",
        "i32",
        "i64",
        "usize",
        "isize",
        "u128",
        "i128",
    }:
        return None
    return (
        "#![allow(non_camel_case_types, dead_code)]\n"
        f"{_RUST_TYPES}\n"
        f"const CG_VALUE: i128 = ({text}) as i128;\n"
        f'const _: () = assert!(CG_VALUE == {value}, "clonegen-audit 1");\n'
    )


def prove_rust(program: str) -> tuple[str, bool, str] | None:
    """rustc (the host's) on the program: the tool, whether it refused the assertion, and its
    message; None without rustc."""
    rustc = shutil.which("rustc", path="/usr/bin") or shutil.which("rustc")
    if rustc is None:
        return None
    with tempfile.TemporaryDirectory(prefix="clonegen-audit-rs-") as tmp:
        src = Path(tmp, "cg.rs")
        src.write_text(program)
        try:
            proc = subprocess.run(
                [
                    rustc,
                    "--edition",
                    "2018",
                    "--crate-type",
                    "lib",
                    "--emit",
                    "metadata",
                    "--out-dir",
                    tmp,
                    str(src),
                ],
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            return None
    hit = "clonegen-audit 1" in proc.stderr
    first = next((ln.strip() for ln in proc.stderr.splitlines() if "error" in ln), "")
    return "rustc (host)", hit, first


# -- Rust: a struct's layout as rustc lays it out for the target --------------------------------

RUST_TARGETS = {
    "x86_64": "x86_64-unknown-linux-gnu",
    "i386": "i686-unknown-linux-gnu",
    "arm64": "aarch64-unknown-linux-gnu",
    "riscv64": "riscv64gc-unknown-linux-gnu",
    "s390x": "s390x-unknown-linux-gnu",
    "mips": "mips-unknown-linux-gnu",
    "sparc64": "sparc64-unknown-linux-gnu",
}
# The few lang items a #![no_core] crate needs to lay out a struct for any target (Debian's
# rustc has the standard library for x86_64 only; RUSTC_BOOTSTRAP lets it take the flags).
_NO_CORE = """\
#![feature(no_core, lang_items, auto_traits)]
#![no_core]
#![crate_type = "lib"]
#[lang = "sized"] pub trait Sized {}
#[lang = "copy"] pub trait Copy {}
#[lang = "freeze"] pub unsafe auto trait Freeze {}
"""


def rust_layout_program(members: Sequence[tuple[str, str]]) -> str:
    """A crate with the copy's members (each as the unsigned integer of its size, or an
    array of them) in a #[repr(C)] struct."""
    fields = "".join(f"    pub {name}: {type_},\n" for name, type_ in members)
    return (
        f"{_NO_CORE}\n#[repr(C)]\npub struct Cg {{\n{fields}}}\n"
        '#[no_mangle]\npub extern "C" fn cg_use(s: &Cg) -> &Cg { s }\n'
    )


def rust_measure(arch: str, program: str) -> Measured | str | None:
    """rustc's layout of ``Cg`` for the architecture (-Zprint-type-sizes: the fields in
    memory order with the padding between them); None without rustc or a target."""
    rustc = shutil.which("rustc", path="/usr/bin") or shutil.which("rustc")
    target = RUST_TARGETS.get(arch)
    if rustc is None or target is None:
        return None
    argv = [rustc, "--target", target, "-Zprint-type-sizes", "--emit", "asm"]
    with tempfile.TemporaryDirectory(prefix="clonegen-audit-rs-") as tmp:
        src = Path(tmp, "cg.rs")
        src.write_text(program)
        try:
            proc = subprocess.run(
                [*argv, "-o", str(Path(tmp, "cg.s")), str(src)],
                capture_output=True,
                text=True,
                env={**os.environ, "RUSTC_BOOTSTRAP": "1"},
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            return f"rustc gave no answer in {TIMEOUT} s"
    if proc.returncode != 0:
        return _first_error(proc.stderr)
    size, off, members = None, 0, []
    for line in proc.stdout.splitlines():
        if size is None:
            m = re.search(r"type: `Cg`: (\d+) bytes", line)
            size = int(m.group(1)) if m else None
            continue
        if "print-type-size type:" in line:
            break
        field = re.search(r"field `\.(\w+)`: (\d+) bytes", line)
        pad = re.search(r"padding: (\d+) bytes", line)
        if field:
            members.append((field.group(1), off, int(field.group(2))))
            off += int(field.group(2))
        elif pad:
            off += int(pad.group(1))
    if size is None:
        return "rustc printed no layout"
    shown = f"rustc --target {target} -Zprint-type-sizes"
    return Measured(size, tuple(members), shown, program)
