"""The render filters' shortcuts give what their general forms give."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from clonegen.render import wrap


def _textwrap(text: str, width: int, prefix: str, first: str | None) -> str:
    return "\n".join(
        textwrap.wrap(
            " ".join(text.split()),
            width=width,
            initial_indent=prefix if first is None else first,
            subsequent_indent=prefix,
            break_long_words=False,
            break_on_hyphens=False,
        )
    )


_text = st.text(st.sampled_from("ab-c. \t\n\xa0\u2028é/*"), max_size=40)
_indent = st.sampled_from(["", " * ", "\t * ", "# ", "/// "])


@settings(max_examples=600, deadline=None)
@given(_text, st.integers(min_value=6, max_value=30), _indent, st.none() | _indent)
def test_wrap_is_textwrap(text: str, width: int, prefix: str, first: str | None) -> None:
    assert wrap(text, width, prefix, first) == _textwrap(text, width, prefix, first)


def test_wrap_one_line_and_many() -> None:
    assert wrap("  short   doc ", 72, " * ") == " * short doc"
    assert wrap("", 72, " * ") == ""
    long = "word " * 30
    assert wrap(long, 40, " * ").count("\n") == _textwrap(long, 40, " * ", None).count("\n") > 1
