"""Escapes, one for each position a spec's text can reach in a target.

Every filter of the Jinja environment that puts spec text into output comes
from here.  Each returns text that is inert in its position: it cannot end
the string, comment or element it is put in, and it cannot make the file
invalid (no NUL, no lone surrogate, no control character).
"""

from __future__ import annotations

import re

# A '<' that could open an HTML tag, comment or processing instruction.
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")


# Characters no target can carry as text: C0 and C1 controls, DEL, lone
# surrogates, the separators some tools read as line breaks, and the bidi
# controls that reorder what a reader sees (gcc -Wbidi-chars refuses them).
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNPRINTABLE = re.compile(f"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff{_BIDI}]")
_UNPRINTABLE_BUT_NEWLINE = re.compile(
    f"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff{_BIDI}]"
)
# A backslash that ends a word: wherever a line is broken after it (the
# template wraps comments, and trailing blanks are trimmed), it splices the
# next line into this one.
_WORD_FINAL_BACKSLASH = re.compile(r"\\+(?=\s|$)")
# Any run of '?' that could start a trigraph: '???/' must not leave '??/'.
_QUESTION_BEFORE_QUESTION = re.compile(r"\?(?=\?)")
# A run of backticks or tildes that would open a Markdown code fence at the
# start of a wrapped line.
_FENCE = re.compile("`{3,}|~{3,}")
# An unescaped double quote at the very end of a docstring's text.
_FINAL_QUOTE = re.compile(r'(?<!\\)((?:\\\\)*)"$')


def _printable(text: str, keep_newline: bool = False) -> str:
    """Control characters and lone surrogates become spaces."""
    pattern = _UNPRINTABLE_BUT_NEWLINE if keep_newline else _UNPRINTABLE
    return pattern.sub(" ", str(text))


def c_comment(text: str) -> str:
    """Text safe inside a C block or line comment: no terminator, no trigraph, no line splice.

    A backslash that ends a word is dropped: the comment may be wrapped after
    that word, and a backslash at the end of a line splices the next one in.
    """
    cleaned = _printable(text, keep_newline=True)
    cleaned = cleaned.replace("*/", "* /").replace("/*", "/ *")
    cleaned = _QUESTION_BEFORE_QUESTION.sub("? ", cleaned)
    return _WORD_FINAL_BACKSLASH.sub("", cleaned)


def py_str(text: str) -> str:
    """A Python string literal in the quotes black prefers."""
    body = _printable(text)
    body = body.replace("\\", "\\\\")
    if '"' in body and "'" not in body:
        return "'" + body + "'"
    return '"' + body.replace('"', '\\"') + '"'


def py_doc(text: str) -> str:
    """The inside of a triple-quoted docstring.

    A final double quote is escaped rather than followed by a blank, so the
    text stays closed when a later filter (``wrap``) trims trailing blanks.
    """
    body = _printable(text, keep_newline=True).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    body = "\n".join(line.rstrip() for line in body.split("\n")).strip()
    body = _FINAL_QUOTE.sub(lambda m: m.group(1) + '\\"', body)
    return body or "-"


def py_comment(text: str) -> str:
    """Text for one ``#`` comment line: no line break can end the comment."""
    return " ".join(_printable(text).split())


def md_cell(text: str) -> str:
    """Text for a Markdown table cell: one line, no column break, no HTML."""
    one_line = " ".join(_printable(text).split()).replace("\\", "\\\\").replace("|", "\\|")
    one_line = _FENCE.sub(lambda m: "".join("\\" + c for c in m.group()), one_line)
    return _TAG_START.sub("&lt;", one_line)


def xml_text(text: str) -> str:
    """XML character data or an attribute value."""
    cleaned = _printable(text)
    return (
        cleaned.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
    )


def xml_comment(text: str) -> str:
    """The inside of an XML comment: never two dashes in a row, no trailing dash."""
    cleaned = _printable(text)
    while "--" in cleaned:
        cleaned = cleaned.replace("--", "- -")
    return cleaned.rstrip("-")


# Markdown that rustdoc would turn into code (a doctest it runs), a link or HTML.
_RUSTDOC_SPECIAL = re.compile(r"[\\`~\[\]<]")


def rust_doc(text: str) -> str:
    """Text for ``///`` doc comments: one paragraph rustdoc renders as plain text.

    rustdoc reads doc comments as Markdown and runs code blocks as tests, so
    every character that could open a code span or fence, a link or HTML is
    backslash-escaped; nothing can start an indented code block,
    because the text is one paragraph of single-spaced words (the template
    wraps it after ``/// ``).
    """
    one_line = " ".join(_printable(text).split())
    return _RUSTDOC_SPECIAL.sub(lambda m: "\\" + m.group(), one_line)


def rust_str(text: str) -> str:
    """A Rust string literal: quotes and backslashes escaped, on one line."""
    body = _printable(text).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{body}"'


def go_comment(text: str) -> str:
    """Text for ``//`` comment lines in Go: one paragraph of single-spaced words.

    The template puts ``// `` (with the blank) before every line, so no line
    can become a directive (``//go:``, ``//line``).  Go doc comments have a
    syntax gofmt rewrites: two backticks or two single quotes become curly
    quotes and a line ``[x]: url`` is a link definition, so those get a blank
    between, and gofmt leaves the comment as written.
    """
    one_line = " ".join(_printable(text).split())
    for pair in ("``", "''"):
        while pair in one_line:
            one_line = one_line.replace(pair, f"{pair[0]} {pair[1]}")
    return one_line.replace("]:", "] :")


def go_str(text: str) -> str:
    """A Go interpreted string literal: quotes and backslashes escaped, on one line."""
    body = _printable(text).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{body}"'


def toml_str(text: str) -> str:
    """A TOML basic string: quotes and backslashes escaped, no control character, one line."""
    body = _printable(text).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{body}"'


FILTERS = {
    "c_comment": c_comment,
    "py_str": py_str,
    "py_doc": py_doc,
    "py_comment": py_comment,
    "md_cell": md_cell,
    "xml_text": xml_text,
    "xml_comment": xml_comment,
    "rust_doc": rust_doc,
    "rust_str": rust_str,
    "go_comment": go_comment,
    "go_str": go_str,
    "toml_str": toml_str,
}
