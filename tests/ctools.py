"""Compiling and running generated C in the tests: one place for flags and tools."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT

HARNESS = ROOT / "tests" / "kharness"
SHIM = HARNESS / "include"
WARN = ["-std=gnu11", "-Wall", "-Wextra", "-Werror"]
KERNEL_WANTS = ["-D__ARCH_WANT_SYS_FORK", "-D__ARCH_WANT_SYS_VFORK", "-D__ARCH_WANT_SYS_CLONE"]


def require(tool: str) -> str:
    """The tool's path; outside CI a missing tool skips, inside CI it fails."""
    path = shutil.which(tool)
    if path:
        return path
    message = f"{tool} is not installed (apt-get install -y gcc-multilib sparse dwarves)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def require_m32() -> None:
    """gcc can build and link 32-bit programs."""
    require("gcc")
    probe = subprocess.run(
        ["gcc", "-m32", "-x", "c", "-", "-o", os.devnull],
        input="int main(void){return 0;}\n", capture_output=True, text=True,
    )
    if probe.returncode != 0:
        message = "gcc -m32 cannot link (apt-get install -y gcc-multilib)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def cc(args: list[str], *, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run gcc; fail the test with its diagnostics if it fails."""
    proc = subprocess.run(["gcc", *args], capture_output=True, text=True, cwd=cwd)
    if proc.returncode != 0:
        pytest.fail(f"gcc {' '.join(args)}\n{proc.stderr}")
    return proc


def cc_may_fail(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["gcc", *args], capture_output=True, text=True)


def kernel_includes(gen: Path, spec: str) -> list[str]:
    return [f"-I{SHIM}", f"-I{gen / spec / 'include'}"]


def run(cmd: list[str], timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def uapi_include(model: Any) -> str:
    """How C code includes a spec's uapi header."""
    from clonegen.views.uapi import UapiView

    return UapiView.of(model).include


def libc_struct(model: Any) -> str:
    from clonegen.views.libc import LibcView

    view = LibcView.of(model)
    assert view is not None
    return view.struct


def py_class(model: Any) -> str:
    from clonegen.views.python import PythonView

    return PythonView.of(model).cls
