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
from clonegen.checks import model_errors
from clonegen.defaults import direction, setting, trace_print
from clonegen.diagnostics import Diagnostic, SpecError, did_you_mean
from clonegen.layout import KERNEL_TYPE_BITS
from clonegen.loader import JsonPath, LoadedSpec
from clonegen.names import ERRNO_NAMES, name_problem, size_macro
from clonegen.rules import ADJUSTS, RULES, SIZE_STEPS, KnownFlags
from clonegen.targets import TARGETS, Target, problems, requirements, reserved
from clonegen.views.kernel import STUB_LOCALS, STUB_PARAMETERS

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


def _either(values: list[str]) -> str:
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " or " + values[-1]


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
                    f"{key} goes with {disc} {_either(values)}, not {disc} {inst[disc]}: "
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
        self.field_rules()
        self.check_rules()
        self.entry_rules()
        self.size_rules()
        self.trace_rules()
        self.struct_entry_rules()
        self.libc_rules()
        self.adjust_rules()
        self.tree_rules()
        return self.errors

    def libc_rules(self) -> None:
        lib = self.d.get("libc")
        if not lib:
            return
        fallback = lib.get("fallback")
        if fallback is not None:
            entry = self.entries.get(fallback)
            if entry is None:
                self.err(
                    ("libc", "fallback"),
                    f"fallback names unknown entry point {fallback!r}"
                    + did_you_mean(fallback, self.entries),
                )
            elif entry["kind"] != "registers" or not entry.get("orders"):
                self.err(
                    ("libc", "fallback"),
                    f"fallback {fallback!r} needs kind registers and argument orders",
                )
        forklike = lib.get("forklike")
        if forklike is not None:
            for j, n in enumerate(forklike["refuse_flags"]):
                if n not in self.flags:
                    self.err(
                        ("libc", "forklike", "refuse_flags", j),
                        f"unknown flag {n!r}" + did_you_mean(n, self.flags),
                    )
            for j, n in enumerate(forklike["refuse_fields"]):
                if n not in self.fields:
                    self.err(
                        ("libc", "forklike", "refuse_fields", j),
                        f"unknown field {n!r}" + did_you_mean(n, self.fields),
                    )

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
    def field_rules(self) -> None:
        for i, f in enumerate(self.d["fields"]):
            if f["role"] != "array":
                continue
            count = self.fields.get(f["count"])
            if count is None:
                self.err(
                    ("fields", i, "count"),
                    f"array {f['name']!r} names unknown count field {f['count']!r}"
                    + did_you_mean(f["count"], self.fields),
                )
            elif count["role"] != "integer":
                self.err(
                    ("fields", i, "count"),
                    f"count field {f['count']!r} of array {f['name']!r} must have role integer",
                )
            self.ref_value(("fields", i, "max"), f["max"])
            most = f["max"] if isinstance(f["max"], int) else self.named_value(f["max"])
            width = KERNEL_TYPE_BITS.get(f["element"], 64) // 8
            if most is not None and most * width > ARRAY_STACK_BYTES:
                self.err(
                    ("fields", i, "max"),
                    f"array {f['name']!r} of up to {most} elements of {f['element']} needs "
                    f"{most * width} bytes of kernel stack in the entry stub; at most "
                    f"{ARRAY_STACK_BYTES} bytes are allowed",
                )
            bounded = any(
                RULES[c["rule"]].bounds(c, f["count"], f["max"]) for c in self.d.get("checks", [])
            )
            if count is not None and not bounded:
                self.err(
                    ("fields", i, "max"),
                    f"array {f['name']!r}: add a copy-phase check 'max' of {f['count']!r} with limit {f['max']} "
                    "so the copy of the array is bounded",
                )

    def ref_value(self, path: JsonPath, ref: Any) -> None:
        if (
            isinstance(ref, str)
            and ref != "PAGE_SIZE"
            and ref not in self.constants
            and ref not in self.flags
        ):
            hint = did_you_mean(ref, [*self.constants, *self.flags, "PAGE_SIZE"])
            self.err(path, f"unknown constant {ref!r}" + (hint or "; declare it under constants"))

    def check_rules(self) -> None:
        for i, c in enumerate(self.d.get("checks", [])):
            base: JsonPath = ("checks", i)
            if c["errno"] not in ERRNO_NAMES:
                self.err(
                    base + ("errno",),
                    f"unknown errno {c['errno']!r}" + did_you_mean(c["errno"], ERRNO_NAMES),
                )
            field = self.fields.get(c["field"])
            if field is None:
                self.err(
                    base + ("field",),
                    f"check names unknown field {c['field']!r}"
                    + did_you_mean(c["field"], self.fields),
                )
            for key in ("other",):
                if key in c and c[key] not in self.fields:
                    self.err(
                        base + (key,),
                        f"check names unknown field {c[key]!r}" + did_you_mean(c[key], self.fields),
                    )
                elif key in c and c[key] == c["field"]:
                    self.err(
                        base + (key,),
                        f"{c['rule']} compares {c['field']!r} with itself; name the other field",
                    )
            for key in ("limit", "allowed"):
                if key in c:
                    self.ref_value(base + (key,), c[key])
            for j, n in enumerate(c.get("names", [])):
                self.ref_name(base + ("names", j), n, c["field"])
            rule = RULES[c["rule"]]
            rule.spec_problems(self, base, c)
            if c["phase"] == "common" and c.get("to_top"):
                self.err(
                    base + ("to_top",),
                    "to_top moves the stack in the generated validity function; a common-phase "
                    "check is not generated, so check it in phase valid",
                )
            if "version" in c and c["version"] not in self.versions:
                self.err(
                    base + ("version",),
                    f"check names unknown version {c['version']!r}"
                    + did_you_mean(c["version"], self.versions),
                )
            if "names" in c and not rule.TAKES_NAMES:
                self.err(base + ("names",), f"rule {c['rule']!r} takes no names", at_key=True)
            self.when_rules(base, c.get("when"))

    def when_rules(self, base: JsonPath, when: dict[str, Any] | None) -> None:
        """A ``when:`` of a check or an adjust step names a field and flags of that field."""
        if not when:
            return
        if when["field"] not in self.fields:
            self.err(
                base + ("when", "field"),
                f"condition names unknown field {when['field']!r}"
                + did_you_mean(when["field"], self.fields),
            )
        mode = next((m for m in ("any_set", "none_set", "all_set") if m in when), "")
        if not mode:
            self.err(base + ("when",), "a condition needs any_set, none_set or all_set")
            return
        for j, n in enumerate(when[mode]):
            self.ref_name(base + ("when", mode, j), n, when["field"])

    def named_value(self, name: str) -> int | None:
        if name in self.constants:
            value: int = self.constants[name]["value"]
            return value
        if name in self.flags:
            flag_value: int = self.flags[name]["value"]
            return flag_value
        return None

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

    def stub_names(self, base: JsonPath, e: dict[str, Any]) -> None:
        """The stub's names of the struct and size arguments name nothing else in it."""
        taken = {a["name"]: "an argument" for a in e.get("arguments", [])}
        taken |= {a["name"]: "an argument" for a in e.get("trailing_arguments", [])}
        taken |= {n: "a local of the generated stub" for n in sorted(STUB_LOCALS)}
        for key, default in STUB_PARAMETERS.items():
            name = e.get(key, default)
            if key in e and e["kind"] != "struct":
                self.err(base + (key,), f"{key} names an argument of a struct entry point only")
            elif name in taken:
                self.err(
                    base + (key,) if key in e else base,
                    f"{key} {name!r} is {taken[name]} of {e['name']}() too; give it another name",
                )
            taken[name] = f"the {key}"

    def entry_rules(self) -> None:
        struct_entries = [e for e in self.d.get("entry_points", []) if e["kind"] == "struct"]
        if self.d["syscall"]["name"] not in {e["name"] for e in struct_entries}:
            path: JsonPath = ("entry_points",) if "entry_points" in self.d else ("syscall", "name")
            self.err(path, f"add an entry point of kind struct named {self.d['syscall']['name']!r}")
        for i, e in enumerate(self.d.get("entry_points", [])):
            base: JsonPath = ("entry_points", i)
            self.stub_names(base, e)
            defaults = [o for o in e.get("orders", []) if o["config"] == "default"]
            if e.get("orders") and len(defaults) != 1:
                self.err(base + ("orders",), "argument orders need exactly one 'default'")

    def adjust_rules(self) -> None:
        for i, a in enumerate(self.d.get("adjust", [])):
            kind = next(k for k in ADJUSTS.values() if k.KEY in a)
            kind.spec_problems(self, ("adjust", i), a)

    def tree_rules(self) -> None:
        """A kernel tree whose uapi header is the generated one is replaced whole."""
        tree = self.d["kernel"].get("tree")
        if tree is None:
            return
        for key in ("functions", "exports"):
            names = tree.get(key, [])
            for j, n in enumerate(names):
                if key == "exports" and n in tree.get("functions", []):
                    self.err(
                        ("kernel", "tree", key, j),
                        f"{n!r} is both deleted (functions) and called (exports)",
                    )

    def size_rules(self) -> None:
        self.size_policy_rules(("syscall", "size"), self.d["syscall"]["size"], self.direction())
        for i, e in enumerate(self.d.get("entry_points", [])):
            if "size" in e:
                self.size_policy_rules(("entry_points", i, "size"), e["size"], self.direction(e))

    def direction(self, entry: dict[str, Any] | None = None) -> str:
        """The direction of an entry point (the syscall's own when None)."""
        return direction(self.d["syscall"], entry)

    def size_policy_rules(self, base: JsonPath, size: dict[str, Any], direction: str) -> None:
        """A size policy (the syscall's or an entry point's own), part by part."""
        self.size_errno_rules(base, size, direction)
        self.size_source_rules(base, size)
        self.size_report_rules(base, size, direction)
        self.size_ioctl_rules(base, size, direction)
        self.size_limit_rules(base, size)

    def size_errno_rules(self, base: JsonPath, size: dict[str, Any], direction: str) -> None:
        for key in (*(step.ERRNO_KEY for step in SIZE_STEPS.values()), "tail_errno"):
            if key in size and size[key] not in ERRNO_NAMES:
                self.err(
                    base + (key,),
                    f"unknown errno {size[key]!r}" + did_you_mean(size[key], ERRNO_NAMES),
                )
        if direction != "out" and "tail_errno" not in size:
            self.err(
                base,
                "a struct the kernel reads needs tail_errno: the errno of a non-zero byte past "
                "the known struct",
            )
        for j, perm in enumerate(size.get("permission", [])):
            if perm["errno"] not in ERRNO_NAMES:
                self.err(
                    base + ("permission", j, "errno"),
                    f"unknown errno {perm['errno']!r}" + did_you_mean(perm["errno"], ERRNO_NAMES),
                )

    def size_source_rules(self, base: JsonPath, size: dict[str, Any]) -> None:
        """A size field, and what a size of zero stands for."""
        if size["source"] == "field":
            f = self.fields.get(size.get("field", ""))
            if f is None:
                self.err(
                    base + ("field",),
                    f"size field {size.get('field')!r} is not a field"
                    + did_you_mean(str(size.get("field")), self.fields),
                )
            elif f["version"] != self.d["versions"][0]["name"]:
                self.err(base + ("field",), "the size field must be part of VER0")
            elif f["role"] != "integer" or f.get("uapi_type", "__u64") not in ("__u32", "__u64"):
                self.err(
                    base + ("field",),
                    f"size field {f['name']!r} must be an integer of uapi type __u32 or __u64",
                )
        elif "field" in size:
            self.err(base + ("field",), "only a size read from a field (source: field) names one")
        zero = size.get("zero_means")
        if size.get("zero_means_ver0") and zero not in (None, self.d["versions"][0]["name"]):
            self.err(base + ("zero_means",), "zero_means_ver0 and zero_means disagree")
        if zero is not None:
            if zero not in self.versions:
                self.err(
                    base + ("zero_means",),
                    f"unknown version {zero!r}" + did_you_mean(zero, self.versions),
                )
            if size["source"] == "argument":
                self.err(
                    base + ("zero_means",),
                    "zero_means applies to a size the caller stores in the struct "
                    "(source: field or ioctl), not to an argument",
                )

    def size_report_rules(self, base: JsonPath, size: dict[str, Any], direction: str) -> None:
        """What the kernel writes back: its size on an error, the size it filled, mask bits."""
        if size.get("write_back"):
            if size["source"] != "field":
                self.err(
                    base + ("write_back",),
                    "the kernel writes its size back into the struct's size field: "
                    "write_back needs source: field",
                )
            errnos = {
                size[k] for k in ("too_small_errno", "too_large_errno", "tail_errno") if k in size
            }
            if len(errnos) > 1:
                self.err(
                    base + ("write_back",),
                    "with write_back every size error writes the size and fails the same way: "
                    f"too_small_errno, too_large_errno and tail_errno must agree, not "
                    f"{', '.join(sorted(errnos))}",
                )
        if "report" in size:
            own = self.d["syscall"]["size"]
            if direction == "in":
                self.err(base + ("report",), "only a struct the kernel writes reports its size")
            elif own.get("source") != "field":
                self.err(
                    base + ("report",),
                    "report: min writes into the struct's size field; "
                    "name it with syscall.size.source: field",
                )
        if size.get("truncated_mask") and not any(
            fl.get("fills") for fl in self.d.get("flags", [])
        ):
            self.err(
                base + ("truncated_mask",),
                "truncated_mask says what happens to mask bits of fields cut off by the caller's "
                "size: it needs flags that name the fields they fill (fills)",
            )

    def size_ioctl_rules(self, base: JsonPath, size: dict[str, Any], direction: str) -> None:
        """A size in an ioctl number: an answered ioctl on a descriptor, ENOTTY below VER0."""
        if size["source"] != "ioctl":
            return
        if direction == "in":
            self.err(
                base + ("source",),
                "an extensible ioctl here is one the kernel answers: direction out or in_out",
            )
        for i, e in enumerate(self.d.get("entry_points", [])):
            args = e.get("arguments", [])
            if e["kind"] == "struct" and (len(args) != 1 or args[0]["type"] != "int"):
                self.err(
                    ("entry_points", i, "arguments"),
                    f"the ioctl {e['name']} takes one argument before the struct: the file "
                    "descriptor, of type int",
                )
        if size["too_small_errno"] != "ENOTTY":
            self.err(
                base + ("too_small_errno",),
                "an ioctl whose number encodes a size below VER0 never reaches the handler: "
                "the kernel answers ENOTTY",
            )

    def size_limit_rules(self, base: JsonPath, size: dict[str, Any]) -> None:
        limit = setting(size, "size_policy", "max")
        limit_value = 4096 if limit == "PAGE_SIZE" else limit
        latest = self.d["versions"][-1]
        if latest["size"] > limit_value:
            self.err(
                base + ("max",),
                f"the latest version ({latest['size']} bytes) is larger than the size limit {limit}",
            )

    def trace_rules(self) -> None:
        """What a field's ``trace`` says the decoder prints must fit the field."""
        printable = {
            "flags": ("flags", "integer"),
            "value": ("flags", "integer"),
            "signed": ("integer", "fd"),
            "array": ("array",),
            "signal": ("signal", "integer", "fd"),
        }
        for i, f in enumerate(self.d["fields"]):
            t = f.get("trace")
            if t is None:
                continue
            base: JsonPath = ("fields", i, "trace")
            kind = trace_print(f)
            roles = printable.get(kind)
            if roles is not None and f["role"] not in roles:
                self.err(
                    base + ("print",),
                    f"field {f['name']!r} has role {f['role']}; the decoder prints {kind} only "
                    f"for role {_either(list(roles))}",
                )
            if f["role"] == "array" and kind not in ("array", "pointer"):
                self.err(
                    base + ("print",),
                    f"array {f['name']!r} prints as an array or a pointer, not {kind}",
                )
            for key, kinds in (("names", ("flags", "value")), ("modes", ("flags",))):
                if key in t and kind not in kinds:
                    self.err(
                        base + (key,),
                        f"{key} are for print: {' or '.join(kinds)}, not {kind}",
                        at_key=True,
                    )
            self.trace_values(base, t, kind)
            if (
                kind in ("flags", "value")
                and f["role"] == "integer"
                and not {"names", "values"} & set(t)
            ):
                self.err(
                    base,
                    f"field {f['name']!r} has no flags of its own; list the constants the "
                    "decoder names in names",
                )
            for j, n in enumerate(t.get("names", [])):
                # A field without flags of its own may print another's (mount_attr's attr_clr).
                owner = self.flags[n]["field"] if n in self.flags and f["role"] != "flags" else None
                self.ref_name(base + ("names", j), n, owner or f["name"])
            self.trace_modes(base, t.get("modes", []))
            self.trace_show(base, t.get("show", {}))
            self.trace_hide(base, f, t.get("hide"))

    def trace_modes(self, base: JsonPath, modes: list[str]) -> None:
        """``modes`` name the values 0, 1, 2, ... of a field's low bits, each a constant."""
        for j, n in enumerate(modes):
            if n not in self.constants:
                self.err(
                    base + ("modes", j),
                    f"mode {n!r} is not a constant" + did_you_mean(n, self.constants),
                )
                continue
            c = self.constants[n]
            wrong = sorted(a for a, v in c.get("arch", {}).items() if v != j)
            if c["value"] != j or wrong:
                self.err(
                    base + ("modes", j),
                    f"modes name the values 0, 1, 2, ... in order: {n!r} must be {j}"
                    + (f" on every architecture (not on {', '.join(wrong)})" if wrong else ""),
                )
        if modes and len(modes) & (len(modes) - 1):
            self.err(
                base + ("modes",),
                f"modes name every value of their low bits: {len(modes)} is not a power of two",
            )

    def trace_show(self, base: JsonPath, show: dict[str, Any]) -> None:
        """When the decoder shows a field: bits of another field, other fields non-zero."""
        if "field" in show:
            other = self.fields.get(show["field"])
            if other is None:
                self.err(
                    base + ("show", "field"),
                    f"unknown field {show['field']!r}" + did_you_mean(show["field"], self.fields),
                )
            else:
                for j, n in enumerate(show.get("any_set", [])):
                    self.ref_name(base + ("show", "any_set", j), n, show["field"])
        for j, n in enumerate(show.get("nonzero", [])):
            if n not in self.fields:
                self.err(
                    base + ("show", "nonzero", j),
                    f"unknown field {n!r}" + did_you_mean(n, self.fields),
                )

    def trace_values(self, base: JsonPath, t: dict[str, Any], kind: str) -> None:
        """A trace's own names (strace's SCHED_OTHER): for a printed name, each once, new."""
        seen: set[str] = set(t.get("names", []))
        for j, v in enumerate(t.get("values", [])):
            at = base + ("values", j, "name")
            if kind not in ("flags", "value"):
                self.err(base + ("values",), f"values are for print: flags or value, not {kind}")
                return
            if v["name"] in seen:
                self.err(at, f"{v['name']!r} is named twice in the decoder's names")
            elif v["name"] in self.constants or v["name"] in self.flags:
                self.err(at, f"{v['name']!r} is a constant or flag of the spec: list it in names")
            seen.add(v["name"])

    def trace_hide(self, base: JsonPath, f: dict[str, Any], hide: dict[str, Any] | None) -> None:
        """``hide``: its field and bits exist; unless_negative needs a field that can be."""
        if hide is None:
            return
        other = self.fields.get(hide["field"])
        if other is None:
            self.err(
                base + ("hide", "field"),
                f"unknown field {hide['field']!r}" + did_you_mean(hide["field"], self.fields),
            )
        else:
            for j, n in enumerate(hide["any_set"]):
                self.ref_name(base + ("hide", "any_set", j), n, hide["field"])
        if hide.get("unless_negative") and f["role"] not in ("integer", "fd"):
            self.err(
                base + ("hide", "unless_negative"),
                f"field {f['name']!r} has role {f['role']}; only an integer prints as negative",
            )

    def struct_entry_rules(self) -> None:
        """What only struct entry points say: direction, numbers, size, argument checks."""
        main = self.d["syscall"]["name"]
        own_keys = (
            "direction",
            "numbers",
            "size",
            "trailing_arguments",
            "common_function",
            "null_errno",
            "null_allowed_without_size",
            "before_copy",
            "common_errors",
        )
        outputs = False
        for i, e in enumerate(self.d.get("entry_points", [])):
            base: JsonPath = ("entry_points", i)
            if e["kind"] != "struct":
                for key in own_keys:
                    if key in e:
                        self.err(base + (key,), f"only a struct entry point takes {key}", True)
                continue
            if e["name"] == main:
                for key in ("numbers", "size"):
                    if key in e:
                        self.err(
                            base + (key,),
                            f"entry point {main} takes its {key} from syscall.{key}",
                            True,
                        )
            elif "numbers" not in e:
                self.err(base, f"struct entry point {e['name']} needs numbers (its own syscall)")
            outputs = outputs or self.direction(e) != "in"
            self.struct_entry_arguments(base, e)
        outputs = outputs or self.direction() != "in"
        for i, f in enumerate(self.d["fields"]):
            if f.get("request") and not outputs:
                self.err(
                    ("fields", i, "request"),
                    f"field {f['name']!r} is a request field, but no entry point writes the "
                    "struct (direction: out or in_out)",
                )

    def struct_entry_arguments(self, base: JsonPath, e: dict[str, Any]) -> None:
        """A struct entry point's arguments, its NULL rule and its checks before the copy."""
        args = [a["name"] for a in e.get("arguments", [])]
        trailing = [a["name"] for a in e.get("trailing_arguments", [])]
        for j, n in enumerate(trailing):
            if n in args:
                self.err(
                    base + ("trailing_arguments", j, "name"),
                    f"argument {n!r} of {e['name']} is named twice",
                )
        for key in ("null_errno",):
            if key in e and e[key] not in ERRNO_NAMES:
                self.err(base + (key,), f"unknown errno {e[key]!r}")
        if e.get("null_allowed_without_size") and "null_errno" not in e:
            self.err(
                base + ("null_allowed_without_size",),
                "null_allowed_without_size qualifies null_errno: add null_errno",
            )
        for j, c in enumerate(e.get("common_errors", [])):
            if c["errno"] not in ERRNO_NAMES:
                self.err(
                    base + ("common_errors", j, "errno"),
                    f"unknown errno {c['errno']!r}" + did_you_mean(c["errno"], ERRNO_NAMES),
                )
        for j, b in enumerate(e.get("before_copy", [])):
            if b["errno"] not in ERRNO_NAMES:
                self.err(
                    base + ("before_copy", j, "errno"),
                    f"unknown errno {b['errno']!r}" + did_you_mean(b["errno"], ERRNO_NAMES),
                )
            if "argument" in b and b["argument"] not in args + trailing:
                self.err(
                    base + ("before_copy", j, "argument"),
                    f"unknown argument {b['argument']!r} of {e['name']}"
                    + did_you_mean(b["argument"], args + trailing),
                )


def semantic_errors(spec: LoadedSpec, targets: tuple[Target, ...] = TARGETS) -> list[Diagnostic]:
    """Every cross-reference, uniqueness and layout problem of a schema-valid spec: the checks
    that still read the data, then those on the model (checks.py) the builder makes of it."""
    return _Semantic(spec, targets).run() + model_errors(spec)
