"""Specs that are not clone-shaped go through every template too: the demo
spec (an array of u32, its own syscall, no fork helper) and a legacy mixed
layout of __u32 words."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from ctools import HOST_ARCHES, SHIM, WARN, cc, libc_struct, py_class, require, run

from clonegen.cli import main as clonegen
from clonegen.pipeline import model_of

sys.path.insert(0, str(ROOT / "bench"))
from run import synthetic_spec


@pytest.fixture(scope="module")
def specs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generic")
    (out / "spec").mkdir()
    (out / "spec" / "demo_args.yaml").write_text((ROOT / "tests/data/demo_args.yaml").read_text())
    (out / "spec" / "legacy_args.yaml").write_text(synthetic_spec("legacy_args", 10))
    import os

    cwd = os.getcwd()
    os.chdir(out)
    try:
        assert clonegen(["generate"]) == 0
    finally:
        os.chdir(cwd)
    return out


@pytest.mark.parametrize("name", ["demo_args", "legacy_args"])
@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_kernel_and_libc_compile(name: str, arch: str, specs: Path, tmp_path: Path) -> None:
    gen = specs / "generated" / name
    model = model_of(specs / "spec" / f"{name}.yaml")
    cc(
        [
            *WARN,
            f"-I{SHIM}",
            f"-I{gen / 'include'}",
            "-c",
            str(gen / model.kernel.source),
            "-o",
            str(tmp_path / "k.o"),
        ],
        arch=arch,
    )
    cc([*WARN, "-c", str(gen / "libc" / f"{name}.c"), "-o", str(tmp_path / "l.o")], arch=arch)
    probe = tmp_path / "probe.c"
    probe.write_text(
        f'#include <stddef.h>\n#include "{name}.h"\n'
        + "".join(
            f'_Static_assert(offsetof(struct {libc_struct(model)}, {f.name}) == {f.offset}, "{f.name}");\n'  # type: ignore[union-attr]
            for f in model.fields
        )
        + f'_Static_assert(sizeof(struct {libc_struct(model)}) == {model.latest.size}, "size");\n'  # type: ignore[union-attr]
    )
    cc(
        [*WARN, "-Wpadded", f"-I{gen / 'libc'}", "-c", str(probe), "-o", str(tmp_path / "p.o")],
        arch=arch,
    )


@pytest.mark.parametrize("name", ["demo_args", "legacy_args"])
def test_sparse_and_python(name: str, specs: Path) -> None:
    sparse = require("sparse")
    gen = specs / "generated" / name
    model = model_of(specs / "spec" / f"{name}.yaml")
    proc = run(
        [
            sparse,
            "-Wsparse-all",
            "-Wsparse-error",
            f"-I{SHIM}",
            f"-I{gen / 'include'}",
            str(gen / model.kernel.source),
        ]
    )
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    path = gen / "python" / f"{name}.py"
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout
    spec = importlib.util.spec_from_file_location(f"generic_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cls = getattr(module, py_class(model))
    value = cls()
    assert len(value.to_bytes()) == model.latest.size and cls.from_bytes(value.to_bytes()) == value
    assert value.verdict() == (0, "")
    assert value.verdict(model.versions[0].size - 1)[0] != 0


def test_demo_checks_in_python(specs: Path) -> None:
    path = specs / "generated" / "demo_args" / "python" / "demo_args.py"
    spec = importlib.util.spec_from_file_location("generic_demo", path)
    assert spec and spec.loader
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    assert demo.DemoArgs(nr_items=9).verdict()[0] == 22  # DEMO_MAX is 8
    assert demo.DemoArgs(flags=1 << 5).verdict()[1] == "flags: 0x20 are not flags demo knows"
    assert demo.DemoArgs(flags=1 << 32).verdict(16) == (0, "")
