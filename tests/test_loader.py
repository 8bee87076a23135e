from __future__ import annotations

import os
from pathlib import Path

import pytest

from clonegen.diagnostics import SpecError
from clonegen.files import InputFileError, read_regular
from clonegen.loader import load, load_text


def data(text: str):
    return load_text(text.encode(), "t.yaml").data


def errors(text: str | bytes) -> list[str]:
    raw = text.encode() if isinstance(text, str) else text
    with pytest.raises(SpecError) as exc:
        load_text(raw, "t.yaml")
    return [str(d) for d in exc.value.diagnostics]


def test_yaml11_booleans_stay_strings() -> None:
    assert data("a: yes\nb: no\nc: on\nd: off\ne: true\nf: False\n") == {
        "a": "yes",
        "b": "no",
        "c": "on",
        "d": "off",
        "e": True,
        "f": False,
    }


def test_numbers_are_yaml12_like() -> None:
    assert data("a: 0x10\nb: 0o755\nc: 17\nd: -3\ne: 0\nf: 1_000\n") == {
        "a": 16,
        "b": 0o755,
        "c": 17,
        "d": -3,
        "e": 0,
        "f": 1000,
    }


def test_release_numbers_are_not_floats() -> None:
    assert data("a: 5.10\nb: 2.6.24\n") == {"a": "5.10", "b": "2.6.24"}


def test_leading_zero_is_refused_not_reinterpreted() -> None:
    assert errors("mode: 0644\n") == [
        "t.yaml:1:7: error: ambiguous number '0644': write 0o644 for octal or drop the "
        "leading zero for decimal [at mode]"
    ]


def test_every_duplicate_key_is_reported() -> None:
    assert errors("a: 1\nb: 2\na: 3\nb: 4\n") == [
        "t.yaml:3:1: error: duplicate key 'a' (first at line 1, column 1) [at a]",
        "t.yaml:4:1: error: duplicate key 'b' (first at line 2, column 1) [at b]",
    ]


def test_positions_of_values_and_keys() -> None:
    spec = load_text(b"top:\n  - name: x\n    size: 8\n", "t.yaml")
    assert spec.where(("top", 0, "size")) == (3, 11)
    assert spec.key_where(("top", 0, "size")) == (3, 5)
    assert spec.where(("top", 0, "missing")) == (2, 5)


def test_alias_and_tags_refused() -> None:
    assert any("aliases are not supported" in e for e in errors("a: &x 1\nb: *x\n"))
    assert any("unsupported tag" in e for e in errors("a: !!float 1\n"))


@pytest.mark.parametrize(
    "raw, message",
    [
        (b"", "spec is empty"),
        (b"\xff\xfe", "not valid UTF-8"),
        (b"a: [", "YAML syntax"),
        (b"a: \x00", "unacceptable character"),
        (b"a: " + b"[" * 5000, "nesting"),
    ],
    ids=["empty", "not-utf8", "syntax", "nul", "deep"],
)
def test_broken_input_is_one_positioned_error(raw: bytes, message: str) -> None:
    found = errors(raw)
    assert len(found) == 1 and message in found[0] and found[0].startswith("t.yaml:")


def test_digest_is_of_the_bytes() -> None:
    a = load_text(b"a: 1\n", "x.yaml")
    b = load_text(b"a: 1\n", "y.yaml")
    c = load_text(b"a: 2\n", "x.yaml")
    assert a.digest == b.digest != c.digest


def test_the_banner_name_follows_the_directory_the_spec_really_lies_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """spec/<file> when the real directory is named spec, from any cwd and spelling;
    a symbolic link to the directory counts as the directory, a file keeps its name."""
    (tmp_path / "spec").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "spec" / "a.yaml").write_text("a: 1\n")
    (tmp_path / "other" / "b.yaml").write_text("b: 1\n")
    (tmp_path / "link").symlink_to(tmp_path / "spec")
    (tmp_path / "spec" / "c.yaml").symlink_to(tmp_path / "other" / "b.yaml")
    cases = [
        (tmp_path, "spec/a.yaml", "spec/a.yaml"),
        (tmp_path / "spec", "a.yaml", "spec/a.yaml"),
        (tmp_path / "spec", "./a.yaml", "spec/a.yaml"),
        (tmp_path / "other", "../spec/a.yaml", "spec/a.yaml"),
        (tmp_path / "link", "a.yaml", "spec/a.yaml"),
        (tmp_path, "link/a.yaml", "spec/a.yaml"),
        (tmp_path / "spec", "c.yaml", "spec/c.yaml"),
        (tmp_path / "other", "b.yaml", "b.yaml"),
        (tmp_path, "other/../spec/a.yaml", "spec/a.yaml"),
    ]
    for cwd, given, banner in cases:
        monkeypatch.chdir(cwd)
        assert load(Path(given)).banner_path == banner, (cwd, given)
        assert load(Path(given)).display_path == os.path.normpath(given)


def test_read_regular_reads_at_most_its_limit(tmp_path: Path) -> None:
    exact, over = tmp_path / "exact", tmp_path / "over"
    exact.write_bytes(b"x" * 100)
    over.write_bytes(b"x" * 101)
    assert read_regular(exact, 100) == b"x" * 100
    with pytest.raises(InputFileError) as exc:
        read_regular(over, 100)
    assert exc.value.reason == "is larger than 100 bytes" and exc.value.path == over
    with pytest.raises(InputFileError) as exc:
        read_regular(tmp_path, 100)
    assert exc.value.reason == "is a directory, not a regular file"
    with pytest.raises(InputFileError) as exc:
        read_regular(Path("/dev/null"), 100)
    assert exc.value.reason == "is a character device, not a regular file"
