"""The bad-spec corpus: every file must produce exactly the recorded messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, assert_golden, cli

CORPUS = sorted((ROOT / "tests" / "bad_specs").glob("*.yaml"))


def run_validate(path: Path) -> tuple[int, str, str]:
    return cli("validate", str(path.relative_to(ROOT)))


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 30


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_bad_spec_reports_recorded_errors(path: Path) -> None:
    code, out, err = run_validate(path)
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert lines[-1].startswith("clonegen: ") and "error" in lines[-1]
    for line in lines[:-1]:
        assert line.startswith(f"tests/bad_specs/{path.name}:"), line
        assert ": error: " in line
    assert_golden(path.with_suffix(".err"), err)


def test_all_errors_at_once() -> None:
    _, _, err = run_validate(ROOT / "tests/bad_specs/many_errors.yaml")
    assert err.count(": error: ") == 4
    _, _, err = run_validate(ROOT / "tests/bad_specs/semantic_many.yaml")
    assert err.count(": error: ") == 4


def test_errors_of_several_files_together() -> None:
    code, _, err = cli(
        "validate", "tests/bad_specs/flag_overlap.yaml", "tests/bad_specs/keyword_field.yaml"
    )
    assert code == 1
    assert "flag_overlap.yaml:" in err and "keyword_field.yaml:" in err
