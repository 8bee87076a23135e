"""Write the compiled forms of the schema's check and the templates (clonegen/compiled/).

Run ``python3 -m clonegen.precompile`` after changing the schema, a template or
the Jinja environment's settings; ``tests/test_precompiled.py`` fails until it is
run. The output is a function of those inputs and of the fastjsonschema and Jinja
versions only: no paths, no hash seeds.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from clonegen import compiled
from clonegen.render import environment, templates_dir

MARK = "# Written by python3 -m clonegen.precompile"  # the first line of every module it writes
HEADER = MARK + " from {source}: do not edit.\n"


def expected() -> dict[str, str]:
    """Every file below clonegen/compiled/ that the precompiler writes, keyed by its path there."""
    import jinja2

    schema_bytes = resources.files("clonegen").joinpath("schema/spec.schema.json").read_bytes()
    schema = json.loads(schema_bytes)
    code, entry = _schema_code(schema)
    files = {
        "fast_schema.py": f"{HEADER.format(source='schema/spec.schema.json')}{code}\n\n"
        f"check = {entry}\n"
    }
    root = templates_dir()
    env = environment.__wrapped__(str(root))  # a fresh one, compiling from the sources
    sources = compiled.template_sources(root)
    for name, data in sources:
        text = env.compile(data.decode("utf-8"), name, None, raw=True, defer_init=True)
        module = jinja2.ModuleLoader.get_module_filename(name)
        files[f"templates/{module}"] = HEADER.format(source=f"templates/{name}") + text + "\n"
    digests = {
        "schema": compiled.schema_digest(schema_bytes),
        "templates": compiled.templates_digest(env, sources),
    }
    files["digests.json"] = json.dumps(digests, indent=2, sort_keys=True) + "\n"
    return files


@contextmanager
def _short_messages() -> Iterator[None]:
    """fastjsonschema without its detailed messages (a yes/no needs none, and they are two
    thirds of the code): its short form of the ``const`` message names a value it is not given
    (a KeyError in 2.22), so the message says "its value" instead."""
    from fastjsonschema.generator import CodeGenerator

    exc: Any = CodeGenerator.exc

    def short(self: Any, msg: str, *args: Any, **kwargs: Any) -> Any:
        return exc(self, msg.replace("{definition_rule}", "its value"), *args, **kwargs)

    CodeGenerator.exc = short  # type: ignore[method-assign]
    try:
        yield
    finally:
        CodeGenerator.exc = exc  # type: ignore[method-assign]


# fastjsonschema's code raises with a message and hands each nested check the name of its
# place; a yes/no needs neither, and building them (``locals()`` in a large frame for each item
# of a list) is half the check's time.
_RAISE = re.compile(r"^(\s*)raise JsonSchemaValueException\(.*\)$", re.M)
_NAME = re.compile(r'\(name_prefix or "data"\) \+ "(?:[^"\\]|\\.)*"(?:\.format\(\*\*locals\(\)\))?')


def _yes_no(code: str) -> str:
    """fastjsonschema's check without its messages: the same raises, each with an empty one."""
    code, raises = _RAISE.subn(r'\1raise JsonSchemaValueException("")', code)
    code, names = _NAME.subn("name_prefix", code)
    if not raises or not names or "locals()" in code or "name_prefix or" in code:
        raise RuntimeError(
            "fastjsonschema's code has another shape: clonegen.precompile needs a look"
        )
    return code


def _schema_code(schema: dict[str, Any]) -> tuple[str, str]:
    """The schema's check as Python source, and the name of its entry function."""
    import fastjsonschema

    with _short_messages():
        code = fastjsonschema.compile_to_code(schema, detailed_exceptions=False)
        entry = fastjsonschema.compile(schema, detailed_exceptions=False).__name__
    return _yes_no(code), entry


def on_disk(root: Path = compiled.HERE) -> dict[str, str]:
    """The precompiler's files as they are below ``root`` (its hand-written __init__.py aside)."""
    found = {"digests.json", "fast_schema.py"} | {
        f"templates/{p.name}" for p in (root / "templates").glob("*.py")
    }
    return {
        name: (root / name).read_text("utf-8") for name in sorted(found) if (root / name).is_file()
    }


def write(root: Path = compiled.HERE) -> list[str]:
    """Bring the files below ``root`` up to date; the names of those changed or removed."""
    want = expected()
    have = on_disk(root)
    changed = []
    for name in sorted(set(have) - set(want)):
        (root / name).unlink()
        changed.append(name)
    for name, text in sorted(want.items()):
        if have.get(name) != text:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, "utf-8")
            changed.append(name)
    return changed


def main() -> int:
    changed = write()
    for name in changed:
        print(f"precompile: wrote {name}")
    print(f"precompile: {len(changed)} file(s) changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
