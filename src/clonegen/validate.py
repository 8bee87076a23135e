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
from clonegen.allchecks import model_errors
from clonegen.diagnostics import Diagnostic, SpecError, did_you_mean, either
from clonegen.loader import JsonPath, LoadedSpec
from clonegen.names import name_problem, size_macro
from clonegen.rules import KnownFlags
from clonegen.targets import TARGETS, Target, problems, requirements, reserved

if TYPE_CHECKING:  # jsonschema only words the errors of a spec that fastjsonschema refused
    import jsonschema
    from jsonschema.exceptions import ValidationError

# The most kernel stack an entry stub may give a copied-in array.
ARRAY_STACK_BYTES = 1024


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


def validate(spec: LoadedSpec, targets: tuple[Target, ...] = TARGETS) -> None:
    """Raise SpecError with every problem of ``spec`` for the registered ``targets``."""
    errors = schema_errors(spec)
    if not errors:
        errors = semantic_errors(spec, targets)
    if errors:
        raise SpecError(errors)


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


class _Semantic:
    """The rules the schema cannot state that still read the data (the rest run on the model,
    checks.py)."""

    def __init__(self, spec: LoadedSpec, targets: tuple[Target, ...]):
        self.spec = spec
        self.targets = targets
        self.d: dict[str, Any] = spec.data
        self.errors: list[Diagnostic] = []
        self.fields = {f["name"]: f for f in self.d["fields"]}
        self.flags = {f["name"]: f for f in self.d.get("flags", [])}
        self.constants = {c["name"]: c for c in self.d.get("constants", [])}
        self.versions = {v["name"]: v for v in self.d["versions"]}
        self.entries = {e["name"]: e for e in self.d.get("entry_points", [])}
        self.members = {m["name"] for m in self.d["kernel"].get("members", [])}

    def err(self, path: JsonPath, message: str, at_key: bool = False) -> None:
        self.errors.append(self.spec.error(path, message, at_key=at_key))

    def run(self) -> list[Diagnostic]:
        self.identifiers()
        return self.errors

    # -- names -----------------------------------------------------------
    def identifiers(self) -> None:
        """Every name the spec gives, checked against what each registered target reserves,
        what the generated code defines, what the targets cannot render and what they need."""
        self.target_names(self.name_places())
        self.defined_names()
        self.target_problems()

    def name_places(self) -> list[tuple[JsonPath, str, str]]:
        """Where the spec gives a name: (path, name, scope), scope as ``Reserved.scope``."""
        d = self.d
        places: list[tuple[JsonPath, str, str]] = [
            (("name",), d["name"], "name"),
            (("uapi", "struct"), d["uapi"]["struct"], "name"),
        ]
        # The spec's name names files, modules and packages; the struct names types.
        places.append((("name",), d["name"], "spec"))
        places.append((("uapi", "struct"), d["uapi"]["struct"], "struct"))
        places.append((("syscall", "name"), d["syscall"]["name"], "name"))
        places.append((("syscall", "name"), d["syscall"]["name"], "syscall"))
        places.append((("kernel", "struct"), d["kernel"]["struct"], "name"))
        for key in ("copy_function", "valid_function", "common_function"):
            places.append((("kernel", key), d["kernel"][key], "function"))
        places += [(("fields", i, "name"), f["name"], "field") for i, f in enumerate(d["fields"])]
        places += [
            (("fields", i, "name"), f["name"], "array_field")
            for i, f in enumerate(d["fields"])
            if f["role"] == "array"
        ]
        places += [
            (("flags", i, "name"), f["name"], "flag") for i, f in enumerate(d.get("flags", []))
        ]
        places += [
            (("constants", i, "name"), c["name"], "constant")
            for i, c in enumerate(d.get("constants", []))
        ]
        places += [
            (("kernel", "members", i, "name"), m["name"], "name")
            for i, m in enumerate(d["kernel"].get("members", []))
        ]
        places += [
            (("entry_points", i, "name"), e["name"], "name")
            for i, e in enumerate(d.get("entry_points", []))
        ]
        for i, e in enumerate(d.get("entry_points", [])):
            places += self.entry_name_places(i, e)
        policies: list[tuple[JsonPath, dict[str, Any]]] = [
            (("syscall", "size"), d["syscall"]["size"])
        ]
        policies += [
            (("entry_points", i, "size"), e["size"])
            for i, e in enumerate(d.get("entry_points", []))
            if "size" in e
        ]
        for where, size in policies:
            places += [
                (where + ("permission", j, "function"), p["function"], "function")
                for j, p in enumerate(size.get("permission", []))
            ]
        return places

    def entry_name_places(self, i: int, e: dict[str, Any]) -> list[tuple[JsonPath, str, str]]:
        """Where an entry point gives names: its arguments and the functions it calls."""
        places: list[tuple[JsonPath, str, str]] = []
        scope = "struct_argument" if e["kind"] == "struct" else "register_argument"
        places += [
            (("entry_points", i, "arguments", j, "name"), a["name"], scope)
            for j, a in enumerate(e.get("arguments", []))
        ]
        places += [
            (("entry_points", i, "trailing_arguments", j, "name"), a["name"], "struct_argument")
            for j, a in enumerate(e.get("trailing_arguments", []))
        ]
        if e["kind"] == "struct" and e["name"] != self.d["syscall"]["name"]:
            places.append((("entry_points", i, "name"), e["name"], "syscall"))
        if "common_function" in e:
            places.append(
                (("entry_points", i, "common_function"), e["common_function"], "function")
            )
        places += [
            (("entry_points", i, "before_copy", j, "function"), b["function"], "function")
            for j, b in enumerate(e.get("before_copy", []))
            if "function" in b
        ]
        return places

    def target_names(self, places: list[tuple[JsonPath, str, str]]) -> None:
        """The one place where names meet the targets: each name is an identifier every target
        can carry and none that a registered target reserves in its scope."""
        kinds = {
            "field": "field",
            "array_field": "array",
            "flag": "flag",
            "constant": "constant",
            "struct_argument": "argument",
            "register_argument": "argument",
            "function": "function",
            "syscall": "system call",
            "spec": "spec name",
            "struct": "struct",
        }
        named = (
            "name",
            "field",
            "flag",
            "constant",
            "struct_argument",
            "register_argument",
            "function",
        )
        taken = reserved(self.targets)
        # A constant that a kernel header defines names that header's symbol: a system name is
        # what it is meant to be.
        from_header = {c["name"] for c in self.d.get("constants", []) if "header" in c}
        for path, name, scope in places:
            problem = name_problem(name)
            if problem:
                if scope in named:
                    self.err(path, problem)
                continue
            for r in taken:
                if r.system and scope == "constant" and name in from_header:
                    continue
                if r.scope == "identifier" and scope in named and r.hits(name, self.d["name"]):
                    self.err(path, f"{name!r} {r.reason}; choose another name")
                    break
                if r.scope == scope and r.hits(name, self.d["name"]):
                    self.err(path, f"{kinds[scope]} {name!r} {r.reason}; choose another name")
                    break

    def target_problems(self) -> None:
        """What a registered target cannot render, and the names a target needs the spec to have."""
        for path, message in problems(self.d, self.targets):
            self.err(path, message)
        for need in requirements(self.targets):
            if not self._present(need.when):
                continue
            pool = self.flags if need.kind == "flag" else self.fields
            if need.name not in pool:
                noun = "flag" if need.kind == "flag" else "field"
                self.err(
                    tuple(need.when.split(".")),
                    f"this spec needs the {noun} {need.name!r}: {need.reason}",
                )

    def defined_names(self) -> None:
        """Constants and flags must not take a name the generated code defines itself."""
        d = self.d
        prefix = d["uapi"]["macro_prefix"]
        own: dict[str, str] = {
            size_macro(prefix, v["name"]): f"the size macro of {v['name']}" for v in d["versions"]
        }
        for c in d.get("checks", []):
            if c["rule"] == KnownFlags.NAME:
                own[KnownFlags.macro_of(c["entry_point"], c["field"])] = (
                    f"the mask of the flags {c['entry_point']}() knows"
                )
        for section in ("constants", "flags"):
            for i, item in enumerate(d.get(section, [])):
                if item["name"] in own:
                    self.err(
                        (section, i, "name"),
                        f"{item['name']!r} is {own[item['name']]}, which the generated code "
                        "defines; choose another name",
                    )

    def _present(self, dotted: str) -> bool:
        node: Any = self.d
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return False
            node = node[part]
        return True

    # -- references ------------------------------------------------------
    def ref_name(self, path: JsonPath, name: str, field: str) -> None:
        if name in self.flags:
            if self.flags[name]["field"] != field:
                self.err(
                    path,
                    f"flag {name!r} belongs to field {self.flags[name]['field']!r}, not {field!r}",
                )
        elif name not in self.constants:
            self.err(
                path,
                f"unknown flag or constant {name!r}"
                + did_you_mean(name, [*self.flags, *self.constants]),
            )


def semantic_errors(spec: LoadedSpec, targets: tuple[Target, ...] = TARGETS) -> list[Diagnostic]:
    """Every cross-reference, uniqueness and layout problem of a schema-valid spec: the checks
    that still read the data, then those on the model (allchecks.py) the builder makes of it."""
    return _Semantic(spec, targets).run() + model_errors(spec)
