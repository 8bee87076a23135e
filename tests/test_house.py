"""Habits of the house: the generator's code, its tests and the generated
Python are formatted by the pinned black, clean under ruff, and the generator
passes mypy --strict."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=ROOT)


def test_black_leaves_every_python_file_unchanged() -> None:
    proc = run("black", "--check", ".")
    assert proc.returncode == 0, proc.stderr


def test_ruff_is_clean() -> None:
    proc = run("ruff", "check", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_strict_on_the_generator() -> None:
    proc = run("mypy", "--strict", "--no-incremental", "src/clonegen")
    assert proc.returncode == 0, proc.stdout + proc.stderr
