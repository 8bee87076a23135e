"""The generated C on nine architectures, compiled with each one's compiler.

Nothing here runs: the uapi headers, the libc wrappers and the kernel source
compile (-Werror) against each architecture's own system headers, and the
layout the model promises is proven per architecture with _Static_assert.
The kernel harness sets the architecture's CONFIG_ symbols, so the generated
per-architecture BUILD_BUG_ONs (SIGCHLD, _NSIG, the O_* flags) are checked
against that architecture's own values.
"""

from __future__ import annotations

import functools
import operator
import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, cli
from ctools import (
    ARCHES,
    KERNEL_WANTS,
    SHIM,
    WARN,
    cc,
    cc_may_fail,
    kernel_includes,
    libc_struct,
    require_arch,
    uapi_include,
)

from clonegen.model import Spec
from clonegen.pipeline import model_of

SPECS = ["clone_args", "open_how"]  # the specs with a fork-like or openat2 libc helper set
ALL_SPECS = [*SPECS, "sched_attr", "pidfd_info", "mount_attr"]
GEN = ROOT / "generated"


def cases(specs: list[str] = SPECS) -> list[object]:
    """(arch, spec) for every architecture and spec, ids like arm64-open_how."""
    return [pytest.param(arch, spec, id=f"{arch}-{spec}") for arch in ARCHES for spec in specs]


def model(spec: str) -> Spec:
    return model_of(ROOT / f"spec/{spec}.yaml")


# -- (a) the uapi headers with the architecture's own uapi headers -----------

# The architecture's uapi headers that can share a translation unit with the
# generated ones (<linux/sched.h> and <linux/openat2.h> define the same structs).
SYSTEM_UAPI = [
    "linux/types.h",
    "linux/stddef.h",
    "linux/posix_types.h",
    "linux/limits.h",
    "asm/bitsperlong.h",
    "asm/byteorder.h",
    "asm/errno.h",
    "asm/fcntl.h",
    "asm/ioctl.h",
    "asm/signal.h",
    "asm/unistd.h",
]


@pytest.mark.parametrize(("arch", "spec"), cases(ALL_SPECS))
def test_uapi_headers_compile(arch: str, spec: str, tmp_path: Path) -> None:
    headers = sorted((GEN / spec / "include" / "uapi" / "linux").glob("*.h"))
    assert headers
    src = tmp_path / "uapi.c"
    # The generated headers first: each one brings what it needs.
    src.write_text(
        "".join(f"#include <uapi/linux/{h.name}>\n" for h in headers)
        + "".join(f"#include <{h}>\n" for h in SYSTEM_UAPI)
    )
    cc(
        [
            "-Wall",
            "-Wextra",
            "-Werror",
            "-Wpadded",
            "-fsyntax-only",
            f"-I{GEN / spec / 'include'}",
            str(src),
        ],
        arch=arch,
    )


@pytest.mark.parametrize("arch", list(ARCHES))
def test_wpadded_is_heard(arch: str, tmp_path: Path) -> None:
    """The -Wpadded check can fail on every architecture, under -fsyntax-only too."""
    src = tmp_path / "holey.c"
    src.write_text("struct holey { char a; int b; };\n")
    require_arch(arch)
    proc = cc_may_fail(["-Wpadded", "-Werror", "-fsyntax-only", str(src)], arch=arch)
    assert proc.returncode != 0 and "-Werror=padded" in proc.stderr, proc.stderr


# -- (b) the libc wrappers ---------------------------------------------------


@pytest.mark.parametrize(("arch", "spec"), cases(ALL_SPECS))
def test_libc_compiles(arch: str, spec: str, tmp_path: Path) -> None:
    libc = GEN / spec / "libc"
    cc([*WARN, f"-I{libc}", "-c", str(libc / f"{spec}.c"), "-o", str(tmp_path / "l.o")], arch=arch)
    # The header next to the architecture's libc and kernel headers: its
    # agreement assertions compare with the system's values there.
    both = tmp_path / "both.c"
    both.write_text(
        "#define _GNU_SOURCE\n#include <sched.h>\n#include <linux/sched.h>\n#include <linux/openat2.h>\n"
        f'#include "{spec}.h"\n'
    )
    cc([*WARN, f"-I{libc}", "-c", str(both), "-o", str(tmp_path / "b.o")], arch=arch)


# -- (c) the kernel source in the harness ------------------------------------

FAILED_ASSERTION = re.compile(r'static assertion failed: "BUILD_BUG_ON\((.*)\)"')


def compile_kernel(arch: str, gen: Path, spec: str, tmp_path: Path) -> tuple[int, str]:
    source = gen / spec / model(spec).kernel.source
    proc = cc_may_fail(
        [
            *WARN,
            *KERNEL_WANTS,
            *kernel_includes(gen, spec),
            "-c",
            str(source),
            "-o",
            str(tmp_path / "k.o"),
        ],
        arch=arch,
    )
    return proc.returncode, proc.stderr


@pytest.mark.parametrize(("arch", "spec"), cases(ALL_SPECS))
def test_kernel_source_compiles(arch: str, spec: str, tmp_path: Path) -> None:
    """The kernel source, with this architecture's values asserted where the spec states them."""
    code, stderr = compile_kernel(arch, GEN, spec, tmp_path)
    assert code == 0, f"{ARCHES[arch].gcc}:\n{stderr}"


@pytest.mark.parametrize(
    ("arch", "constant", "wrong"), [("mips", "SIGCHLD", 19), ("alpha", "O_PATH", 0o10000000)]
)
def test_a_wrong_per_arch_value_fails_on_that_architecture(
    arch: str, constant: str, wrong: int, tmp_path: Path
) -> None:
    """The per-architecture assertions are live: a wrong value breaks that architecture's kernel and
    libc builds, and no other architecture's."""
    spec = "clone_args" if constant == "SIGCHLD" else "open_how"
    data = yaml.safe_load((ROOT / "spec" / f"{spec}.yaml").read_text())
    entry = next(c for c in data["constants"] if c["name"] == constant)
    entry.setdefault("arch", {})[arch] = wrong
    # A constant composed of it (VALID_OPEN_FLAGS) follows, or the validator refuses the spec.
    composed = {c["name"]: c for c in data["constants"]}
    moved = {constant}
    for c in data["constants"]:
        if moved & set(c.get("bits", ())):
            parts = [composed[n] for n in c["bits"] if n in composed]
            # PyYAML reads 0o... as a string; clonegen's loader reads it as the number.
            values = (int(str(p.get("arch", {}).get(arch, p["value"])), 0) for p in parts)
            c.setdefault("arch", {})[arch] = functools.reduce(operator.or_, values, 0)
            moved.add(c["name"])
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / f"{spec}.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    out = tmp_path / "out"
    code, _, err = cli("generate", "--out", str(out), str(tmp_path / "spec" / f"{spec}.yaml"))
    assert code == 0, err
    code, stderr = compile_kernel(arch, out, spec, tmp_path)
    failed = {m.group(1).split(" != ")[0] for m in FAILED_ASSERTION.finditer(stderr)}
    # The constant (and what is composed of it, where the kernel code uses that too).
    assert code != 0 and constant in failed and failed <= moved, stderr
    assert f"{constant} != {wrong:#x}" in stderr or f"{constant} != {wrong}" in stderr
    assert compile_kernel("x86_64", out, spec, tmp_path)[0] == 0
    # The libc source checks the same value against the architecture's C library.
    libc = out / spec / "libc"
    proc = cc_may_fail(
        [*WARN, f"-I{libc}", "-c", str(libc / f"{spec}.c"), "-o", str(tmp_path / "l.o")], arch=arch
    )
    assert proc.returncode != 0 and f"the spec agree on {constant}" in proc.stderr, proc.stderr


@pytest.mark.parametrize("arch", list(ARCHES))
def test_shim_signals_are_the_architectures(arch: str, tmp_path: Path) -> None:
    """The shim's SIGCHLD and _NSIG equal the architecture's uapi <asm/signal.h>
    (as the kernel sees it: with __KERNEL__, where it shows _NSIG at all)."""
    src = tmp_path / "signals.c"
    src.write_text(
        "#include <linux/types.h>\n#include <asm/signal.h>\n"
        "enum { UAPI_SIGCHLD = SIGCHLD };\n"
        "#ifdef _NSIG\nenum { UAPI_NSIG = _NSIG };\n#define HAVE_UAPI_NSIG\n#endif\n"
        "#undef SIGCHLD\n#undef _NSIG\n"
        f'#include "{SHIM / "linux" / "signal.h"}"\n'
        '_Static_assert(SIGCHLD == UAPI_SIGCHLD, "SIGCHLD");\n'
        '#ifdef HAVE_UAPI_NSIG\n_Static_assert(_NSIG == UAPI_NSIG, "_NSIG");\n#endif\n'
    )
    cc([*WARN, "-D__KERNEL__", "-fsyntax-only", str(src)], arch=arch)


@pytest.mark.parametrize("arch", list(ARCHES))
def test_ioc_layout_is_the_architectures(arch: str, tmp_path: Path) -> None:
    """The _IOC() layout on the architecture record (which the Python, Rust and Go
    ioctl numbers spell) equals the architecture's uapi <asm/ioctl.h>, in every direction."""
    from clonegen import arch as archs

    ioc = archs.ARCHES[arch].ioc
    src = tmp_path / "ioc.c"
    lines = ["#include <asm/ioctl.h>"]
    for direction, c in (
        ("read", "_IOC_READ"),
        ("write", "_IOC_WRITE"),
        ("read_write", "_IOC_READ|_IOC_WRITE"),
    ):
        for size in (64, 88, 4095):
            want = ioc.number(direction, 0xFF, 11, size)
            lines.append(
                f"_Static_assert(_IOC({c}, 0xFF, 11, {size}) == {want}UL, "
                f'"{direction} {size}: {want:#x}");'
            )
    lines.append(f'_Static_assert(_IOC_SIZEBITS == {ioc.size_bits}, "size bits");')
    src.write_text("\n".join(lines) + "\n")
    cc([*WARN, "-fsyntax-only", str(src)], arch=arch)


# -- (d) the layout, proven at compile time ----------------------------------


def layout_asserts(struct: str, spec: str) -> str:
    m = model(spec)
    lines = []
    for f in m.fields:
        lines.append(
            f'_Static_assert(offsetof(struct {struct}, {f.name}) == {f.offset}, "{struct}.{f.name} at {f.offset}");'
        )
        lines.append(
            f'_Static_assert(sizeof(((struct {struct} *)0)->{f.name}) == {f.size}, "{struct}.{f.name} size");'
        )
    lines.append(
        f'_Static_assert(sizeof(struct {struct}) == {m.latest.size}, "sizeof(struct {struct})");'
    )
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("arch", "spec"), cases())
def test_layout_is_the_models(arch: str, spec: str, tmp_path: Path) -> None:
    m = model(spec)
    assert m.libc is not None
    text = "#include <stddef.h>\n" f"#include <{uapi_include(m)}>\n" f'#include "{spec}.h"\n'
    text += layout_asserts(m.uapi.struct, spec) + layout_asserts(libc_struct(m), spec)
    for v in m.versions:
        text += f'_Static_assert({v.macro} == {v.size}, "{v.macro}");\n'
        text += f'_Static_assert({m.libc.prefix.upper()}{v.macro} == {v.size}, "{m.libc.prefix.upper()}{v.macro}");\n'
    src = tmp_path / "layout.c"
    src.write_text(text)
    cc(
        [
            *WARN,
            "-Wpadded",
            f"-I{GEN / spec / 'include'}",
            f"-I{GEN / spec / 'libc'}",
            "-c",
            str(src),
            "-o",
            str(tmp_path / "p.o"),
        ],
        arch=arch,
    )


@pytest.mark.parametrize(("arch", "spec"), cases([s for s in ALL_SPECS if s not in SPECS]))
def test_uapi_layout_is_the_models(arch: str, spec: str, tmp_path: Path) -> None:
    """The specs without a libc section: the uapi struct alone, with -Wpadded."""
    m = model(spec)
    text = "#include <stddef.h>\n" f"#include <{uapi_include(m)}>\n"
    text += layout_asserts(m.uapi.struct, spec)
    text += "".join(f'_Static_assert({v.macro} == {v.size}, "{v.macro}");\n' for v in m.versions)
    src = tmp_path / "layout.c"
    src.write_text(text)
    cc(
        [
            *WARN,
            "-Wpadded",
            f"-I{GEN / spec / 'include'}",
            "-c",
            str(src),
            "-o",
            str(tmp_path / "p.o"),
        ],
        arch=arch,
    )
