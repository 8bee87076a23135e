"""Property: random text in a spec's doc strings and names is refused with
positioned errors or generates artifacts that are all valid (see
artifact_checks.py), the text inert in them.

The base is tests/data/demo_args.yaml with a kernel member.  Docs get random
Unicode mixed with the pieces that end comments, strings and elements
(surrogates, controls, quotes, backslashes, template syntax); names get random
identifiers, which the validator may refuse.  Only artifacts that changed are
compiled again.
"""

from __future__ import annotations

import argparse
import copy
import os
import re
import tempfile
from pathlib import Path, PurePosixPath

import yaml
from artifact_checks import problems
from conftest import ROOT, cli
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from test_hostile import refused_properly

from clonegen.loader import load
from clonegen.names import RELEASE, release_key
from clonegen.output import MANIFEST, NEW_PREFIX, OLD_PREFIX, Manifest, OutputError
from clonegen.pipeline import model_of

BASE = load(ROOT / "tests" / "data" / "demo_args.yaml").data
BASE["kernel"]["members"] = [{"name": "extra", "type": "int", "doc": "An extra member."}]

PIECES = [
    "*/", "/*", "//", '"""', "'''", '"', "'", "\\", "\\\n", "\n", "\r\n", "-->", "<!--", "--",
    "<script>", "]]>", "|", "`", "```", "~~~", "{{ spec.name }}", "{% if 1 %}", "{#", "%s", "{}",
    "??/", "??=", "#include <x.h>\n", "#define X", "\x00", "\x1b", "\x85", "\u2028", "\u2029",
    "\ud800", "\udfff", "\ufeff", "\u202e", "\u2066", "&amp;", "PWNED", " ", "\t", "\\N", "\\x00",
]  # fmt: skip
text = st.lists(st.one_of(st.characters(), st.sampled_from(PIECES)), min_size=1, max_size=16).map(
    "".join
)


def _name(pattern: str) -> st.SearchStrategy[str]:
    return st.from_regex(pattern, fullmatch=True).filter(lambda n: "PWNED" not in n)


DOCS = {
    "spec": ("doc",),
    "kernel": ("kernel", "doc"),
    "field": ("fields", 0, "doc"),
    "flag": ("flags", 1, "doc"),
    "constant": ("constants", 0, "doc"),
    "check": ("checks", 1, "doc"),
    "member": ("kernel", "members", 0, "doc"),
}


def _put(data: dict[str, object], path: tuple[str | int, ...], value: object) -> None:
    node: object = data
    for part in path[:-1]:
        node = node[part]  # type: ignore[index]
    node[path[-1]] = value  # type: ignore[index]


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(
    docs=st.fixed_dictionaries({k: st.one_of(st.none(), text) for k in DOCS}),
    field=st.one_of(st.none(), _name(r"[A-Za-z_][A-Za-z0-9_]{0,8}")),
    flag=st.one_of(st.none(), _name(r"[A-Z_][A-Z0-9_]{0,8}")),
    member=st.one_of(st.none(), _name(r"[A-Za-z_][A-Za-z0-9_]{0,8}")),
)
def test_random_text_is_refused_or_inert(
    docs: dict[str, str | None], field: str | None, flag: str | None, member: str | None
) -> None:
    # A flag named like a field or member is a known gap too (name_flag_is_member).
    assume(flag is None or flag not in (field, member, "ptr", "extra", "flags", "items"))
    data = copy.deepcopy(BASE)
    for key, value in docs.items():
        if value is not None:
            _put(data, DOCS[key], value)
    if field is not None:
        _put(data, ("fields", 1, "name"), field)  # ptr: nothing refers to it
    if flag is not None:
        _put(data, ("flags", 1, "name"), flag)
    if member is not None:
        _put(data, ("kernel", "members", 0, "name"), member)
    raw = yaml.safe_dump(data, allow_unicode=False, sort_keys=False, width=1 << 16)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        spec, out = tmp / "demo_args.yaml", tmp / "out"
        spec.write_text(raw, "utf-8")
        code, stdout, stderr = cli("generate", "--out", str(out), str(spec))
        assert "Traceback" not in stderr
        if code != 0:
            refused_properly(code, stdout, stderr, str(spec), out)  # messages: the path as given
            return
        found = problems(out, model_of(spec), tmp, ("PWNED",))
        assert not found, "\n".join(found)


# -- inputs that are not spec text: manifest lines and releases --------------------

SEGMENTS = ["", ".", "..", "...", "a_args", "docs", "x.md", ".clonegen-new-a_args-1", "\x1b"]
manifest_line = st.one_of(
    st.lists(st.sampled_from(SEGMENTS), min_size=1, max_size=5).map("/".join),
    st.text(st.sampled_from("./a_\x00\u2028 -"), max_size=12),
)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(lines=st.lists(manifest_line, min_size=1, max_size=4))
def test_a_manifest_names_only_normal_paths_below_out(lines: list[str]) -> None:
    """Whatever a manifest holds, what the reader accepts lies strictly below OUT/<name>:
    clonegen removes nothing on a line's word but a spec directory or its staging."""
    with tempfile.TemporaryDirectory() as tmp_name:
        out = Path(tmp_name)
        (out / MANIFEST).write_text("\n".join(lines) + "\n", "utf-8")
        try:
            manifest = Manifest.read(out)
        except OutputError as exc:
            assert exc.path == str(out / MANIFEST) and "not a line clonegen writes" in exc.message
            return
        for name, rels in manifest.entries.items():
            assert name.isidentifier() and name.isascii()
            for rel in rels:
                resolved = os.path.normpath(out / name / rel)
                assert resolved.startswith(str(out / name) + "/"), (name, rel)
                assert PurePosixPath(rel).as_posix() == rel and ".." not in rel.split("/")
        for staging in manifest.staging:
            assert "/" not in staging and staging.startswith((NEW_PREFIX, OLD_PREFIX))


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    text=st.one_of(
        st.text(max_size=12),
        st.text(st.sampled_from("0123456789.-+\u0663\u0667\uff13 \n"), max_size=12),
    )
)
def test_a_release_is_ascii_numbers_or_refused(text: str) -> None:
    from clonegen.cli import _release

    try:
        release = _release(text)
    except argparse.ArgumentTypeError:
        return
    assert RELEASE.fullmatch(release) and release.isascii(), release
    assert release_key(release) >= (0, 0, 0)
    numbers = release.split(".")
    assert all(n == str(int(n)) for n in numbers), release  # one spelling: no leading zero
    written = re.match(r"[0-9]+(?:\.[0-9]+){1,2}", text)  # the numbers as the text spells them
    assert written and [int(n) for n in written.group(0).split(".")] == [int(n) for n in numbers]


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(
    text=st.one_of(
        st.from_regex(r"[0-9]{1,3}\.[0-9]{1,3}(\.[0-9]{1,3})?", fullmatch=True),
        st.text(st.sampled_from("0123456789.-+ "), min_size=1, max_size=10),
    )
)
def test_every_command_takes_any_release_without_a_traceback(text: str) -> None:
    """Any release the parser accepts, older than every struct or newer than all: each
    command answers, or refuses at the spec's first version, and never raises."""
    from clonegen.cli import _release

    try:
        release = _release(text)
    except argparse.ArgumentTypeError:
        return  # refused by the parser (the test above)
    with tempfile.TemporaryDirectory() as tmp_name:
        for spec in ("spec/clone_args.yaml", "spec/pidfd_info.yaml"):
            model = model_of(ROOT / spec)
            exists = release_key(release) >= release_key(model.versions[0].since)
            for argv in (
                ("layout", "--kernel", text, spec),
                ("decode", "--release", text, spec, "00"),
                ("generate", "--kernel", text, "--out", tmp_name, spec),
            ):
                code, out, err = cli(*argv)
                assert "Traceback" not in err
                if exists:
                    assert code == 0, (argv, err)
                else:
                    assert (code, out) == (1, ""), argv
                    assert f"error: Linux {release} does not have struct " in err, err
