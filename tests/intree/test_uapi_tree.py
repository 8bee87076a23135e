"""Every spec's uapi struct is the Linux 7.3 tree's own, on the nine architectures.

The tree's uapi header of each struct is compiled by each architecture's cross compiler,
straight from the tree (``include/uapi`` and ``arch/<arch>/include/uapi``, with the generic
``asm/`` headers that ``make headers`` would add pointing at ``asm-generic``), against the
offsets and sizes of the spec cut to 7.3: a field, offset or size the spec gets wrong fails
to compile on the architecture where it is wrong. Needs ``KSRC`` as tests/intree/ does.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT
from ctools import ARCHES, WARN, cc

from clonegen.pipeline import model_of

SPECS = sorted((ROOT / "spec").glob("*.yaml"))
# Where the 7.3 tree declares each spec's uapi struct (the spec's own header is a new one).
TREE_HEADER = {
    "clone_args": "linux/sched.h",
    "open_how": "linux/openat2.h",
    "sched_attr": "linux/sched/types.h",
    "pidfd_info": "linux/pidfd.h",
    "mount_attr": "linux/mount.h",
    "landlock_ruleset_attr": "linux/landlock.h",
    "file_attr": "linux/fs.h",
    "xattr_args": "linux/xattr.h",
}
# The kernel's directory of each architecture (arch/<dir>/include/uapi).
KERNEL_DIR = {
    "x86_64": "x86",
    "i386": "x86",
    "arm64": "arm64",
    "riscv64": "riscv",
    "s390x": "s390",
    "mips": "mips",
    "alpha": "alpha",
    "sparc64": "sparc",
    "parisc": "parisc",
}


@pytest.fixture(scope="module")
def ksrc() -> Path:
    given = os.environ.get("KSRC")
    if not given or not (Path(given) / "include" / "uapi" / "linux").is_dir():
        message = "no kernel tree: set KSRC to a Linux 7.3 source tree (.ci/linux-tree.sh)"
        if os.environ.get("INTREE_REQUIRED"):
            pytest.fail(message)
        pytest.skip(message)
    return Path(given)


@pytest.fixture(scope="module")
def generic(ksrc: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``asm/<name>.h`` for every ``asm-generic/<name>.h``: what ``make headers`` adds for an
    architecture that has no header of its own there (searched after the architecture's)."""
    out = tmp_path_factory.mktemp("generic")
    (out / "asm").mkdir()
    for h in sorted((ksrc / "include" / "uapi" / "asm-generic").glob("*.h")):
        (out / "asm" / h.name).write_text(f"#include <asm-generic/{h.name}>\n")
    return out


def test_every_spec_names_its_tree_header() -> None:
    assert sorted(TREE_HEADER) == sorted(p.stem for p in SPECS)


@pytest.mark.parametrize("arch", list(KERNEL_DIR))
@pytest.mark.parametrize("spec", SPECS, ids=[p.stem for p in SPECS])
def test_the_trees_struct_is_the_specs(
    spec: Path, arch: str, ksrc: Path, generic: Path, tmp_path: Path
) -> None:
    assert arch in ARCHES
    m = model_of(spec, "7.3")
    struct = m.uapi.struct
    asserts = [
        f"_Static_assert(offsetof(struct {struct}, {f.name}) == {f.offset}, "
        f'"{f.name} at {f.offset}");\n'
        f"_Static_assert(sizeof(((struct {struct} *)0)->{f.name}) == {f.size}, "
        f'"{f.name} of {f.size} bytes");\n'
        for f in m.fields
    ]
    src = tmp_path / "tree.c"
    src.write_text(
        "#include <stddef.h>\n"
        f"#include <{TREE_HEADER[m.name]}>\n"
        + "".join(asserts)
        + f"_Static_assert(sizeof(struct {struct}) == {m.latest.size}, "
        f'"{m.latest.macro}");\n'
    )
    cc(
        [*WARN, "-D__EXPORTED_HEADERS__", "-c", str(src), "-o", str(tmp_path / "tree.o")]
        + [
            f"-I{ksrc / 'include' / 'uapi'}",
            f"-I{ksrc / 'arch' / KERNEL_DIR[arch] / 'include' / 'uapi'}",
        ]
        + [f"-I{generic}"],
        arch=arch,
    )
