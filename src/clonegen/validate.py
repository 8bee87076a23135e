"""Stage 2: validate a loaded spec, schema first, then the rules between parts.

Both stages collect every problem they find; neither stops at the first.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from clonegen import compiled
from clonegen.allchecks import checked, model_errors
from clonegen.diagnostics import Diagnostic, SpecError, did_you_mean, either
from clonegen.loader import JsonPath, LoadedSpec
from clonegen.model import Spec
from clonegen.targets import TARGETS, Target

if TYPE_CHECKING:  # jsonschema only words the errors of a spec that fastjsonschema refused
    import jsonschema
    from jsonschema.exceptions import ValidationError


@lru_cache(maxsize=1)
def schema_bytes() -> bytes:
    """The JSON Schema of the spec language as shipped inside the package."""
    return resources.files("clonegen").joinpath("schema/spec.schema.json").read_bytes()


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of the spec language, shipped inside the package."""
    loaded: dict[str, Any] = json.loads(schema_bytes().decode("utf-8"))
    return loaded


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


def validate(spec: LoadedSpec, targets: tuple[Target, ...] = TARGETS) -> Spec:
    """Raise SpecError with every problem of ``spec`` for the registered ``targets``; else the
    model of the whole spec, the one the checks ran on."""
    errors = schema_errors(spec)
    if errors:
        raise SpecError(errors)
    model, errors = checked(spec, targets)
    if errors:
        raise SpecError(errors)
    return model


@lru_cache(maxsize=1)
def _fast_check() -> Callable[[Any], Any]:
    """The schema compiled to straight-line Python: a yes/no in a fraction of the time.

    Compiled when the package is built (clonegen.compiled) unless the schema changed since."""
    check = compiled.schema_check(schema_bytes())
    if check is not None:
        return check
    import fastjsonschema

    check = fastjsonschema.compile(schema())
    return check


def schema_fits(data: Any) -> bool:
    """Whether ``data`` fits the schema (the compiled check; no messages)."""
    import fastjsonschema

    try:
        _fast_check()(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def schema_errors(spec: LoadedSpec) -> list[Diagnostic]:
    """Every place where the data does not fit the JSON Schema.

    A spec that fits is recognised by the compiled check; only a spec that
    does not is walked by jsonschema, which words each error.
    """
    if schema_fits(spec.data):
        return []
    errors = list(_validator().iter_errors(spec.data))
    # A key whose value is not one of its choices (a role typo) makes the schema's conditionals on
    # that object fail too; those follow-ons only hide the real cause, so they are left out.
    mistyped = {
        tuple(e.absolute_path)[:-1]
        for e in errors
        if e.validator == "enum" and e.absolute_path and isinstance(e.absolute_path[-1], str)
    }
    out: list[Diagnostic] = []
    for err in errors:
        if tuple(err.absolute_path) in mistyped and (
            "then" in err.absolute_schema_path or "else" in err.absolute_schema_path
        ):
            continue
        out.extend(_describe(spec, err))
    return out


@lru_cache(maxsize=1)
def _goes_with() -> dict[str, list[tuple[str, list[str]]]]:
    """For each key a conditional of the schema requires: the discriminator values it goes with."""
    out: dict[str, list[tuple[str, list[str]]]] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            cond = (
                node.get("if", {}).get("properties", {}) if isinstance(node.get("if"), dict) else {}
            )
            for disc, rule in cond.items():
                values = [rule["const"]] if "const" in rule else list(rule.get("enum", []))
                for key in node.get("then", {}).get("required", []):
                    out.setdefault(key, []).append((disc, values))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(schema())
    return out


def _describe(spec: LoadedSpec, err: ValidationError) -> Iterator[Diagnostic]:
    path: JsonPath = tuple(err.absolute_path)
    if err.validator == "additionalProperties" and isinstance(err.instance, dict):
        allowed = set(err.schema.get("properties", {})) if isinstance(err.schema, dict) else set()
        for key in sorted(k for k in err.instance if k not in allowed):
            hint = f"; expected one of: {', '.join(sorted(allowed))}" if allowed else ""
            yield spec.error(path + (key,), f"unknown key {key!r}{hint}", at_key=True)
        return
    if err.validator == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        yield spec.error(path, f"missing required key {missing!r}")
        return
    if err.validator in ("oneOf", "anyOf") and err.context:
        from jsonschema.exceptions import best_match

        best = best_match(err.context)
        if best is not None and best.validator not in ("oneOf", "anyOf", "maxProperties", "const"):
            yield from _describe(spec, best)
            return
    if err.validator == "not" and isinstance(err.instance, str):
        yield spec.error(
            path,
            f"{err.instance!r} is not allowed here: no newline, and in a path no '.' or '..' "
            "segment, no '//' and no trailing '/'",
        )
        return
    if err.validator == "not":
        yield spec.error(path, _not_message(err))
        return
    if path and path[-1] == "doc" and (err.instance is None or err.instance == ""):
        yield spec.error(path, "doc is empty: write what it means")
        return
    if err.validator == "enum" and isinstance(err.instance, str):
        hint = did_you_mean(err.instance, err.validator_value)
        yield spec.error(path, _short(err.message) + hint)
        return
    if (
        err.validator == "maximum"
        and isinstance(err.instance, int)
        and not isinstance(err.instance, bool)
        and err.validator_value == (1 << 64) - 1
    ):
        value, bound = err.instance, err.validator_value
        if path[:1] == ("flags",):
            # A flag is a bit pattern, written in hex: show it the way it is written.
            yield spec.error(
                path,
                f"{value:#x} is above bit 63: a flag must fit in 64 bits (at most {bound:#x})",
            )
        else:
            yield spec.error(path, f"{value} does not fit in 64 bits (at most {bound})")
        return
    if (
        err.validator == "type"
        and isinstance(err.instance, str)
        and err.validator_value == "boolean"
    ):
        yield spec.error(path, f"{err.instance!r} is not a boolean: write true or false")
        return
    if err.validator == "pattern":
        yield spec.error(
            path, f"{err.instance!r} does not have the expected form ({_pattern_name(err)})"
        )
        return
    yield spec.error(path, _short(err.message))


def _not_message(err: ValidationError) -> str:
    """Keys that do not go together: say which role (kind, rule) each one goes with."""
    present = _not_text(err)
    inst = err.instance if isinstance(err.instance, dict) else {}
    parts: list[str] = []
    for key in present.split(", "):
        for disc, values in _goes_with().get(key, []):
            if disc in inst:
                parts.append(
                    f"{key} goes with {disc} {either(values)}, not {disc} {inst[disc]}: "
                    f"remove {key} or change the {disc}"
                )
                break
    if parts:
        return "; ".join(parts)
    return "these keys do not go together here: " + present


def _not_text(err: ValidationError) -> str:
    sub = err.validator_value
    keys: list[str] = []

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            keys.extend(node.get("required", []))
            for v in node.values():
                collect(v)
        elif isinstance(node, list):
            for v in node:
                collect(v)

    collect(sub)
    present = [k for k in keys if isinstance(err.instance, dict) and k in err.instance]
    return ", ".join(sorted(set(present))) or "see the spec language reference"


def _pattern_name(err: ValidationError) -> str:
    names = {
        "^[A-Za-z_][A-Za-z0-9_]*$": "a C identifier",
        "^[A-Z_][A-Z0-9_]*$": "an upper-case C macro name",
        "^VER[0-9]+$": "VER followed by a number",
        "^E[A-Z0-9]+$": "an errno name such as EINVAL",
    }
    pattern = str(err.validator_value)
    if pattern in names:
        return names[pattern]
    described = err.schema.get("description") if isinstance(err.schema, dict) else None
    if isinstance(described, str):
        return described
    if "[0-9]{1,3}" in pattern:
        return 'a kernel release such as "5.3" or "2.6.24", quoted'
    return f"pattern {pattern}"


def _short(message: str) -> str:
    return message if len(message) < 300 else message[:297] + "..."


def semantic_errors(spec: LoadedSpec, targets: tuple[Target, ...] = TARGETS) -> list[Diagnostic]:
    """Every cross-reference, uniqueness and layout problem of a schema-valid spec: the checks
    on the model the builder makes of it (allchecks.py), with what ``targets`` reserve, refuse
    and need (namechecks.py)."""
    return model_errors(spec, targets)
