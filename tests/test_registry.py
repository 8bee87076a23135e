"""A rule is one entry: every check rule, size step and adjust step the schema admits is one
registered class, and the builder, the validator and the ABI diff find it there."""

from __future__ import annotations

import ast
import json
from typing import Any

import pytest
from conftest import ROOT

from clonegen import rules
from clonegen.abidiff import Side, diff, verdict
from clonegen.loader import load_text
from clonegen.pipeline import model_from

SCHEMA: dict[str, Any] = json.loads((ROOT / "src/clonegen/schema/spec.schema.json").read_text())
SRC = ROOT / "src" / "clonegen"


def _required_by_rule() -> dict[str, set[str]]:
    """The keys the schema's if/then clauses require of a check, by rule name."""
    out: dict[str, set[str]] = {}
    for clause in SCHEMA["$defs"]["check"]["allOf"]:
        rule = clause["if"]["properties"]["rule"]
        for name in rule.get("enum", [rule.get("const")]):
            out.setdefault(name, set()).update(clause["then"]["required"])
    return out


def test_every_rule_of_the_schema_has_exactly_one_registered_class() -> None:
    enum = SCHEMA["$defs"]["check"]["properties"]["rule"]["enum"]
    assert sorted(enum) == sorted(rules.RULES)
    classes = list(rules.RULES.values())
    assert len(set(classes)) == len(classes)
    # Every concrete rule class in rules.py is registered (none is reached another way).
    concrete = {
        c
        for c in vars(rules).values()
        if isinstance(c, type) and issubclass(c, rules.Rule) and hasattr(c, "NAME")
    }
    assert concrete == set(classes)
    required = _required_by_rule()
    for name, cls in rules.RULES.items():
        assert set(cls.KEYS) == required.get(name, set()), name
        assert ("names" in cls.KEYS) == cls.TAKES_NAMES, name
        assert set(cls.PARAMS) <= set(SCHEMA["$defs"]["check"]["properties"]), name


def test_every_size_step_and_adjust_step_of_the_schema_is_registered() -> None:
    size = SCHEMA["$defs"]["size_policy"]["properties"]
    listed = set(size["checks"]["items"]["enum"])
    flagged = {cls.NAME for cls in rules.SIZE_STEPS.values() if cls.FLAG}
    assert listed | flagged == set(rules.SIZE_STEPS) and not listed & flagged
    for cls in rules.SIZE_STEPS.values():
        assert cls.ERRNO_KEY in size and (cls.FLAG is None or cls.FLAG in size)
        assert set(cls.KEYS) <= set(size), cls.NAME  # the policy's keys its build reads
    assert rules.TooSmall.KEYS == ("min_end",) and rules.TooLarge.KEYS == ("max",)
    kinds = SCHEMA["properties"]["adjust"]["items"]["oneOf"]
    selecting = {
        k for kind in kinds for k in kind["required"] if k not in ("doc", "header", "field")
    }
    assert selecting == set(rules.ADJUSTS)


def _is_rule(node: ast.expr) -> bool:
    """``c["rule"]`` or ``x.rule_name``: a rule's name read from a check."""
    if isinstance(node, ast.Subscript):
        return isinstance(node.slice, ast.Constant) and node.slice.value == "rule"
    return isinstance(node, ast.Attribute) and node.attr == "rule_name"


def _literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return isinstance(node, (ast.Tuple, ast.List, ast.Set)) and all(map(_literal, node.elts))


def _rule_tests(text: str) -> list[int]:
    """Lines where a rule's name is compared with a literal (an if-chain or a name list)."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Compare)
        and any(map(_is_rule, [node.left, *node.comparators]))
        and any(map(_literal, [node.left, *node.comparators]))
    ]


_STEP_CLASSES = (*rules.RULES.values(), *rules.SIZE_STEPS.values(), *rules.ADJUSTS.values())


@pytest.mark.parametrize("module", ["model.py", "validate.py", "abidiff.py"])
def test_no_rule_is_spelled_outside_its_entry(module: str) -> None:
    """The builder, the validator and the ABI diff reach rules only through the registries:
    no rule name compared with a literal, no rule class named (isinstance chains)."""
    assert _rule_tests((SRC / module).read_text()) == [], module
    tree = ast.parse((SRC / module).read_text())
    named = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    named |= {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    named -= {"KnownFlags"}  # the validator asks it for the name of the mask it defines
    assert not named & {c.__name__ for c in _STEP_CLASSES}, module


def test_the_scan_sees_an_if_chain() -> None:
    """The scan above finds the shapes it forbids (the builder's chain as it was)."""
    chain = 'if c["rule"] == "max":\n    pass\nif c.rule_name in ("zero", "mask"):\n    pass\n'
    assert _rule_tests(chain) == [1, 3]


def _diff_open_how(change: str, into: str) -> tuple[str, list[str]]:
    path = ROOT / "spec" / "open_how.yaml"
    text = path.read_text()
    assert text.count(change) == 1
    sides = []
    for name, raw in (("open_how.yaml", text), ("new.yaml", text.replace(change, into))):
        loaded = load_text(raw.encode(), name)
        sides.append(Side(loaded, model_from(loaded)))
    changes = diff(*sides)
    return verdict(changes), [f"{c.verdict}: {c.message}" for c in changes]


def test_abi_diff_classifies_adjust_steps_by_their_class() -> None:
    hook = (
        "  - call: audit_openat2_how\n    header: linux/audit.h\n"
        "    doc: The audit log records the request as user space wrote it.\n"
    )
    got, messages = _diff_open_how(hook, "")
    assert got == "compatible"
    assert messages == [
        "compatible: adjust step removed: the copied struct is passed to audit_openat2_how()"
    ]
    got, messages = _diff_open_how("    set: [O_LARGEFILE]\n", "    set: [O_NOFOLLOW]\n")
    assert got == "breaking"
    assert any(
        m.startswith("breaking: adjust step removed: flags gets O_LARGEFILE") for m in messages
    )
    assert any(m.startswith("breaking: adjust step added: flags gets O_NOFOLLOW") for m in messages)
