"""Code blocks of the README marked <!-- example: NAME --> are run by the tests."""

from __future__ import annotations

import re

from conftest import ROOT


def example(name: str) -> str:
    text = (ROOT / "README.md").read_text()
    m = re.search(rf"<!-- example: {re.escape(name)} -->\s*```\w*\n(.*?)```", text, re.S)
    assert m, f"README has no example {name!r}"
    return m.group(1)
