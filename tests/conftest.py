"""Shared fixtures: the repository root as working directory, golden files."""

from __future__ import annotations

import contextlib
import difflib
import io
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UPDATE = os.environ.get("CLONEGEN_UPDATE_GOLDEN") == "1"


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def assert_golden(path: Path, actual: str) -> None:
    """Compare with a golden file; CLONEGEN_UPDATE_GOLDEN=1 rewrites it."""
    if UPDATE:
        path.write_text(actual)
        return
    if not path.exists():
        pytest.fail(f"{path} is missing; run CLONEGEN_UPDATE_GOLDEN=1 pytest to create it")
    expected = path.read_text()
    if expected != actual:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(True), actual.splitlines(True), f"golden/{path.name}", "actual"
            )
        )
        pytest.fail(f"{path} differs (refresh: CLONEGEN_UPDATE_GOLDEN=1 pytest):\n{diff}")


def cli(*args: str) -> tuple[int, str, str]:
    """Run the clonegen command in-process: (exit status, stdout, stderr)."""
    from clonegen.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()
