"""Shared fixtures: the repository root as working directory, golden files."""

from __future__ import annotations

import difflib
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
