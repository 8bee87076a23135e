"""A wrong spec breaks the build of every target's layout check.

The layout a spec states is checked against one known independently of it:
the system's uapi headers (<linux/sched.h> for clone_args, <linux/openat2.h>
for open_how).  A small C program prints, for every field of the committed
spec, its offset and size in the system's struct, and the value of each of
its flags that the headers define.  From those facts the test writes a layout
check for each target (C: ``_Static_assert`` on ``offsetof``; Rust: a const
assertion on a byte pattern transmuted into the struct, which Rust 1.63 can
evaluate; Go: a constant index into a one-element array) and builds it
against the code generated from

* the committed spec: every check builds;
* the spec with two fields swapped: every check fails to build;
* the spec with a flag's value changed: every check fails to build.

The generated code's own assertions are also shown to bite: the block of
layout assertions of the code generated from the committed spec, put into the
code generated from a mutated one, fails to build.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from ctools import cc, cc_may_fail, require
from test_go import go_env, user_module
from test_rust import rustc

from clonegen.cli import main as clonegen
from clonegen.pipeline import model_of
from clonegen.views.go import GoView
from clonegen.views.libc import LibcView
from clonegen.views.rust import RustView

__all__ = ["go_env"]

HEADERS = {"clone_args": "linux/sched.h", "open_how": "linux/openat2.h"}
# Two fields of the same version and size, and a flag moved to a bit nobody uses.
MUTATIONS: dict[str, dict[str, Any]] = {
    "clone_args": {"swap": ("child_tid", "parent_tid"), "flag": ("CLONE_PIDFD", 1 << 40)},
    "open_how": {"swap": ("mode", "resolve"), "flag": ("RESOLVE_BENEATH", 0x40)},
}


def facts(spec: str, tmp: Path) -> tuple[dict[str, tuple[int, int]], dict[str, int]]:
    """Offsets and sizes of the committed spec's fields, and its flags' values, per the
    system's uapi header."""
    require("gcc")
    data = yaml.safe_load((ROOT / "spec" / f"{spec}.yaml").read_text())
    struct = data["uapi"]["struct"]
    lines = ["#include <stddef.h>", "#include <stdio.h>", f"#include <{HEADERS[spec]}>"]
    lines.append("int main(void)\n{")
    for f in data["fields"]:
        n = f["name"]
        lines.append(
            f'\tprintf("field {n} %zu %zu\\n", offsetof(struct {struct}, {n}),'
            f" sizeof(((struct {struct} *)0)->{n}));"
        )
    for fl in data.get("flags", []):
        n = fl["name"]
        lines.append(
            f'#ifdef {n}\n\tprintf("flag {n} %llu\\n", (unsigned long long)({n}));\n#endif'
        )
    lines.append("\treturn 0;\n}\n")
    src, exe = tmp / "facts.c", tmp / "facts"
    src.write_text("\n".join(lines))
    cc([str(src), "-o", str(exe)])
    out = subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout
    fields, flags = {}, {}
    for line in out.splitlines():
        kind, name, *nums = line.split()
        if kind == "field":
            fields[name] = (int(nums[0]), int(nums[1]))
        else:
            flags[name] = int(nums[0])
    assert fields and flags, out
    return fields, flags


def mutate(spec: str, kind: str) -> str:
    """The spec's text with two fields swapped or a flag's value changed."""
    text = (ROOT / "spec" / f"{spec}.yaml").read_text()
    data = yaml.safe_load(text)
    if kind == "swap":
        a, b = MUTATIONS[spec]["swap"]
        names = [f["name"] for f in data["fields"]]
        i, j = names.index(a), names.index(b)
        data["fields"][i], data["fields"][j] = data["fields"][j], data["fields"][i]
    elif kind == "flag":
        name, value = MUTATIONS[spec]["flag"]
        next(fl for fl in data["flags"] if fl["name"] == name)["value"] = value
    return yaml.safe_dump(data, sort_keys=False)


def generate(spec: str, kind: str, tmp: Path) -> Path:
    path = tmp / "spec" / f"{spec}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(mutate(spec, kind))
    out = tmp / "gen"
    cwd = os.getcwd()
    os.chdir(tmp)
    try:
        assert clonegen(["generate", "--out", str(out), str(path)]) == 0
    finally:
        os.chdir(cwd)
    return out / spec


# -- the three layout checks, written from the facts ------------------------------


def c_check(gen: Path, spec: str, fields: dict[str, Any], flags: dict[str, int], tmp: Path) -> str:
    view = LibcView.of(model_of(ROOT / "spec" / f"{spec}.yaml"))
    assert view is not None
    prefix = view.spec.libc.prefix.upper() if view.spec.libc else ""
    # The libc header's spawn API uses POSIX types (sigset_t): a strict C11 program asks for them.
    lines = ["#define _POSIX_C_SOURCE 200809L", f'#include "{spec}.h"', "#include <stddef.h>"]
    for n, (off, size) in fields.items():
        lines.append(f'_Static_assert(offsetof(struct {view.struct}, {n}) == {off}, "{n} offset");')
        lines.append(
            f'_Static_assert(sizeof(((struct {view.struct} *)0)->{n}) == {size}, "{n} size");'
        )
    for n, v in flags.items():
        lines.append(f'_Static_assert({prefix}{n} == {v}ULL, "{n} value");')
    src = tmp / "layout_check.c"
    src.write_text("\n".join(lines) + "\n")
    proc = cc_may_fail(["-std=c11", "-fsyntax-only", f"-I{gen / 'libc'}", str(src)])
    return "" if proc.returncode == 0 else proc.stderr


def rust_check(
    gen: Path, spec: str, fields: dict[str, Any], flags: dict[str, int], tmp: Path
) -> str:
    m = model_of(ROOT / "spec" / f"{spec}.yaml")
    view = RustView.of(m)
    types = {f.name: f.type for f in view.fields}
    flag_type = {fl.name: t.name for t in view.flag_types for fl in t.flags}
    size = m.latest.size
    lines = [
        "#![no_std]",
        f'#[path = "{gen / "rust" / f"{spec}.rs"}"]',
        f"mod {spec};",
        f"use {spec}::*;",
        "const _: () = {",
        f"    let mut bytes = [0u8; {size}];",
        "    let mut i = 0;",
        f"    while i < {size} {{ bytes[i] = i as u8; i += 1; }}",
        f"    let s: {view.struct} = unsafe {{ core::mem::transmute(bytes) }};",
    ]
    for n, (off, width) in fields.items():
        pattern = ", ".join(str(b) for b in range(off, off + width))
        lines.append(f"    assert!(s.{n} == {types[n]}::from_ne_bytes([{pattern}]));")
    lines.append("};")
    for n, v in flags.items():
        lines.append(f"const _: () = assert!({flag_type[n]}::{n}.0 == {v:#x});")
    src = tmp / "layout_check.rs"
    src.write_text("\n".join(lines) + "\n")
    proc = subprocess.run(
        [rustc(), "--edition=2021", "--crate-type=rlib", "--emit=metadata", "-C", "panic=abort"]
        + ["-o", str(tmp / "layout_check.rmeta"), str(src)],
        capture_output=True,
        text=True,
    )
    return "" if proc.returncode == 0 else proc.stderr


def go_check(
    gen: Path,
    spec: str,
    fields: dict[str, Any],
    flags: dict[str, int],
    tmp: Path,
    env: dict[str, str],
) -> str:
    view = GoView.of(model_of(ROOT / "spec" / f"{spec}.yaml"))
    go_name = {f.spec_name: f.name for f in view.fields}
    mod = user_module(tmp / "gomod", [gen / "go"])
    (mod / "check").mkdir()
    lines = ["package check", "", "import (", '\t"unsafe"', "", f'\tg "{view.module}"', ")", ""]
    for n, (off, size) in fields.items():
        field = f"g.{view.struct}{{}}.{go_name[n]}"
        lines.append(f"var _ = [1]struct{{}}{{}}[unsafe.Offsetof({field})-{off}]")
        lines.append(f"var _ = [1]struct{{}}{{}}[unsafe.Sizeof({field})-{size}]")
    for n, v in flags.items():
        lines.append(f"var _ = [1]struct{{}}{{}}[uint64(g.{n})-{v:#x}]")
    (mod / "check" / "check.go").write_text("\n".join(lines) + "\n")
    proc = subprocess.run(
        [env["GO"], "build", "./..."], cwd=mod, env=env, capture_output=True, text=True, timeout=600
    )
    return "" if proc.returncode == 0 else proc.stdout + proc.stderr


def all_checks(gen: Path, spec: str, tmp: Path, env: dict[str, str]) -> dict[str, str]:
    """Each target's build errors ("" when its layout check builds)."""
    fields, flags = facts(spec, tmp)
    return {
        "C": c_check(gen, spec, fields, flags, tmp),
        "Rust": rust_check(gen, spec, fields, flags, tmp),
        "Go": go_check(gen, spec, fields, flags, tmp, env),
    }


@pytest.mark.parametrize("spec", sorted(MUTATIONS))
def test_the_committed_spec_passes_every_layout_check(
    spec: str, tmp_path: Path, go_env: dict[str, str]
) -> None:
    gen = generate(spec, "none", tmp_path)
    errors = all_checks(gen, spec, tmp_path, go_env)
    assert errors == {"C": "", "Rust": "", "Go": ""}, errors


WHAT_FAILS = {
    # target -> a piece of its compiler's message for a failed check
    "C": re.compile(r"static assertion failed|static_assert"),
    "Rust": re.compile(r"evaluation of constant value failed|assertion failed"),
    "Go": re.compile(r"out of bounds|overflows|out of range"),
}


@pytest.mark.parametrize("kind", ["swap", "flag"])
@pytest.mark.parametrize("spec", sorted(MUTATIONS))
def test_a_mutated_spec_breaks_every_layout_check(
    spec: str, kind: str, tmp_path: Path, go_env: dict[str, str]
) -> None:
    gen = generate(spec, kind, tmp_path)
    errors = all_checks(gen, spec, tmp_path, go_env)
    for target, message in errors.items():
        assert message, f"{target}: the layout check of a spec with {kind} still builds"
        assert WHAT_FAILS[target].search(message), f"{target} failed otherwise:\n{message}"
    names = MUTATIONS[spec][kind]
    mentioned = names if kind == "swap" else (names[0],)
    assert any(n in errors["C"] for n in mentioned), errors["C"]


# -- the generated code's own assertions ------------------------------------------

BLOCKS = {
    "rust": (re.compile(r"^// The layout, proven.*?^};\n", re.S | re.M), "rs"),
    "go": (
        re.compile(
            r"^// The layout, proven.*?^var _ = \[1\]struct\{\}\{\}\[unsafe\.Sizeof.*?\n",
            re.S | re.M,
        ),
        "go",
    ),
}


@pytest.mark.parametrize("spec", sorted(MUTATIONS))
def test_the_generated_assertions_of_the_committed_spec_reject_a_swapped_struct(
    spec: str, tmp_path: Path, go_env: dict[str, str]
) -> None:
    """The assertion block of the committed Rust module and Go package, put into those
    generated from a spec with two fields swapped, fails to build (and builds in place)."""
    gen = generate(spec, "swap", tmp_path)
    for target, (block, ext) in BLOCKS.items():
        original = (ROOT / "generated" / spec / target / f"{spec}.{ext}").read_text()
        mutated = (gen / target / f"{spec}.{ext}").read_text()
        (kept,) = block.findall(original)
        assert len(block.findall(mutated)) == 1
        spliced = block.sub(kept.replace("\\", "\\\\"), mutated)
        assert spliced != mutated
        for text, should_build in ((mutated, True), (spliced, False)):
            work = tmp_path / f"{target}-{should_build}"
            work.mkdir()
            if target == "rust":
                (work / f"{spec}.rs").write_text(text)
                lib = work / "lib.rs"
                lib.write_text(f'#![no_std]\n#[path = "{work / f"{spec}.rs"}"]\nmod m;\n')
                proc = subprocess.run(
                    [rustc(), "--edition=2021", "--crate-type=rlib", "--emit=metadata"]
                    + ["-C", "panic=abort", "-o", str(work / "l.rmeta"), str(lib)],
                    capture_output=True,
                    text=True,
                )
            else:
                shutil.copytree(gen / target, work, dirs_exist_ok=True)  # the module
                (work / f"{spec}.go").write_text(text)
                proc = subprocess.run(
                    [go_env["GO"], "build", "./..."],
                    cwd=work,
                    env=go_env,
                    capture_output=True,
                    text=True,
                    timeout=600,
                )
            assert (proc.returncode == 0) == should_build, f"{target}:\n{proc.stderr}"
