"""Every name a spec may give is one every target can spell.

Each target declares its identifier grammar and the names it can collide with
(clonegen.views.*.reserved(), the system lists of clonegen.views.sysnames);
the validator refuses the rest with the position.  Here:

* the system lists hold what this machine's compilers and interpreter define
  (they were derived from them: tests/derive_sysnames.py);
* a limit of all ones is rendered so that every target builds it;
* a property: names drawn from those very sets (keywords, standard modules,
  C headers, system macros, Go's file-name suffixes, CamelCase without a
  letter) and random ones are put into every named place of a spec; an
  accepted spec builds in every target *under its names*: the libc source
  with its own directory on the include path, the Python package imported by
  its name from a directory after the standard library's and the installed
  packages', the Rust crate by its name, the Go package vetted and
  built for the spec's architectures.

The default run builds a small sample; CLONEGEN_NAMES_TIER=1 runs the large one.
"""

from __future__ import annotations

import copy
import importlib.util
import keyword
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from artifact_checks import RUSTC, problems
from conftest import ROOT, cli
from ctools import require
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from test_go import go_env
from test_hostile import refused_properly

from clonegen import arch
from clonegen.loader import load
from clonegen.pipeline import model_of
from clonegen.views import sysnames
from clonegen.views.c import C_KEYWORDS
from clonegen.views.go import GO_KEYWORDS, GO_PREDECLARED
from clonegen.views.python import PythonView
from clonegen.views.rust import RUST_KEYWORDS

BASE = load(ROOT / "tests" / "data" / "demo_args.yaml").data
BASE["kernel"]["members"] = [{"name": "extra", "type": "int", "doc": "An extra member."}]
BASE["constants"].append({"name": "DEMO_SPARE", "value": 3, "doc": "A constant nothing uses."})
__all__ = ["go_env"]  # the Go test's fixture

TIER = os.environ.get("CLONEGEN_NAMES_TIER") == "1"


def _derive() -> Any:
    spec = importlib.util.spec_from_file_location("derive", ROOT / "tests" / "derive_sysnames.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the lists ---------------------------------------------------------------


def test_python_list_holds_this_interpreters_standard_modules() -> None:
    assert set(sys.stdlib_module_names) <= sysnames.PYTHON_STDLIB


@pytest.mark.parametrize("cc", ["gcc", "i686-linux-gnu-gcc"])
def test_libc_lists_hold_the_macros_of_the_headers_the_libc_source_includes(cc: str) -> None:
    derive = _derive()
    every = derive.preprocessed(cc, derive.LIBC_INCLUDES + derive.UAPI_INCLUDES)
    if every is None:
        require(cc)
    uapi = derive.preprocessed(cc, derive.UAPI_INCLUDES)
    objects = {n for n, function in every.items() if not function and n not in uapi}
    functions = {n for n, function in every.items() if function and n not in uapi}
    assert objects <= sysnames.LIBC_MACROS, sorted(objects - sysnames.LIBC_MACROS)[:20]
    known = sysnames.LIBC_FUNCTION_MACROS | sysnames.LIBC_MACROS
    assert functions <= known, sorted(functions - known)[:20]
    assert {"BUFSIZ", "FD_SETSIZE", "SIGKILL", "UINT64_MAX", "SIG_DFL"} <= objects
    # The names a uapi spec defines itself are left to the libc agreement checks.
    assert "CLONE_VM" in uapi and "CLONE_VM" not in sysnames.LIBC_MACROS


def test_header_list_holds_this_machines_c_headers() -> None:
    derive = _derive()
    assert derive.c_headers() <= sysnames.C_HEADERS
    assert {"string", "stdio", "stdint", "stddef", "fcntl", "unistd", "inttypes"} <= (
        sysnames.C_HEADERS
    )


def test_go_lists_hold_the_go_commands_platforms() -> None:
    go = "/usr/bin/go" if Path("/usr/bin/go").exists() else require("go")
    proc = subprocess.run([go, "tool", "dist", "list"], capture_output=True, text=True, check=True)
    pairs = [line.split("/") for line in proc.stdout.split()]
    assert {p[0] for p in pairs} <= sysnames.GO_OS
    assert {p[1] for p in pairs} <= sysnames.GO_ARCH
    # An architecture's GOARCH values are real ones, and alpha has none.
    assert {g for a in arch.ARCHES.values() for g in a.go} <= {p[1] for p in pairs}
    assert not arch.ARCHES["alpha"].go


def test_kernel_lists_hold_the_kernels_common_macros() -> None:
    assert {"BUILD_BUG_ON", "BUG", "WARN_ON", "min", "container_of"} <= (
        sysnames.KERNEL_FUNCTION_MACROS
    )
    assert {"TASK_SIZE", "current", "PAGE_SIZE", "GFP_KERNEL"} <= sysnames.KERNEL_MACROS


# -- one spec, generated and built ---------------------------------------------


PY_IMPORT = r"""
import importlib, sys
site, name, cls = sys.argv[1:4]
sys.path.append(site)  # where an installed package sits: after the standard library
module = importlib.import_module(name)
where = getattr(module, "__file__", None) or ""
if not where.startswith(site):
    sys.exit(f"import {name} gives {where or 'a built-in module'}, not the package")
getattr(module, cls)().to_bytes()
"""


def built_as_named(out: Path, spec_path: Path, tmp: Path, go_env: dict[str, str]) -> list[str]:
    """What of ``out`` does not build in its target under the spec's own names."""
    model = model_of(spec_path)
    name = model.name
    root = out / name
    go = [] if "go" in model.skip_outputs else _go_problems(root / "go", model.arches, tmp, go_env)
    if "x86_64" not in model.arches:  # the C, Python and Rust outputs refuse to build here
        return go
    found = problems(out, model, tmp) + go
    gcc = shutil.which("gcc") or require("gcc")
    libc = root / "libc"
    if (libc / f"{name}.c").exists():  # a user's build: the header's directory on the path
        proc = subprocess.run(
            [gcc, "-Wall", "-Werror", f"-I{libc}", "-c", str(libc / f"{name}.c")]
            + ["-o", str(tmp / "libc.o")],
            capture_output=True,
            text=True,
        )
        if proc.returncode:
            found.append(f"libc source with -I libc/ fails:\n{proc.stderr[:1500]}")
    site = tmp / "site"
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(root / "python", site / name, ignore=shutil.ignore_patterns("_csrc"))
    cls = PythonView.of(model).cls
    proc = subprocess.run(
        [sys.executable, "-I", "-B", "-c", PY_IMPORT, str(site), name, cls],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if proc.returncode:
        found.append(f"python package {name} does not import as itself:\n{proc.stderr[-1500:]}")
    rustc = RUSTC if Path(RUSTC).exists() else require("rustc")
    # The crate as cargo builds it: its root, named after the spec, in the crate's edition.
    proc = subprocess.run(
        [rustc, "-D", "warnings", "--edition=2021", "--crate-type=rlib", "--emit=metadata"]
        + ["--crate-name", name, "-C", "panic=abort", "-o", str(tmp / "named.rmeta")]
        + [str(root / "rust" / "src" / "lib.rs")],
        capture_output=True,
        text=True,
    )
    if proc.returncode:
        found.append(f"rust crate {name} does not build:\n{proc.stderr[:1500]}")
    return found


def _go_problems(
    source: Path, arches: tuple[str, ...], tmp: Path, go_env: dict[str, str]
) -> list[str]:
    """go vet and go list of the generated module ``source`` (its go/ directory), in a copy."""
    mod = tmp / "gomod"
    shutil.rmtree(mod, ignore_errors=True)
    shutil.copytree(source, mod)
    goarches = [g for a in arches for g in arch.ARCHES[a].go][:2]
    if not goarches:
        return [f"{source}: no architecture of the spec has a GOARCH"]
    main = f"{source.parent.name}.go"
    found = []
    for goarch in goarches:
        for args in (["vet", "./..."], ["list", "-f", "{{.GoFiles}}", "."]):
            proc = subprocess.run(
                [go_env["GO"], *args],
                cwd=mod,
                env=go_env | {"GOARCH": goarch},
                capture_output=True,
                text=True,
                timeout=600,
            )
            if proc.returncode or (args[0] == "list" and main not in proc.stdout):
                found.append(f"go {args[0]} for {goarch}: {(proc.stdout + proc.stderr)[:1500]}")
    return found


def _generate(data: dict[str, Any], tmp: Path) -> tuple[int, str, str, Path, Path]:
    spec = tmp / f"{data['name']}.yaml"
    spec.write_text(yaml.safe_dump(data, sort_keys=False, width=1 << 16), "utf-8")
    out = tmp / "out"
    shutil.rmtree(out, ignore_errors=True)
    code, stdout, stderr = cli("generate", "--out", str(out), str(spec))
    return code, stdout, stderr, spec, out


def test_a_limit_of_all_ones_builds_in_every_target(go_env: dict[str, str]) -> None:
    data = copy.deepcopy(BASE)
    data["checks"].append(
        {"field": "flags", "rule": "max", "limit": (1 << 64) - 1, "errno": "EINVAL"}
        | {"phase": "copy", "doc": "Any value."}
    )
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        code, _, stderr, spec, out = _generate(data, tmp)
        assert code == 0, stderr
        assert built_as_named(out, spec, tmp, go_env) == []
        rust = (out / "demo_args" / "rust" / "demo_args.rs").read_text()
        assert "v.flags > u64::MAX" in rust


# -- the property ------------------------------------------------------------


def _pool(names: Any, pattern: str) -> st.SearchStrategy[str]:
    import re

    return st.sampled_from(sorted(n for n in names if re.fullmatch(pattern, n)))


LOWER = r"[a-z][a-z0-9_]*"
UPPER = r"[A-Z_][A-Z0-9_]*"
LANGUAGE = (
    C_KEYWORDS | frozenset(keyword.kwlist) | RUST_KEYWORDS | GO_KEYWORDS | GO_PREDECLARED
) | {"core", "std", "alloc", "main", "setuptools", "pip", "setup", "_spawn", "_fastpath", "_csrc"}
GO_SUFFIXES = [f"demo_{s}" for s in sorted(sysnames.GO_OS | sysnames.GO_ARCH)] + ["demo_test"]
DIGITS = ["_1", "_9x", "__", "_", "_0_a", "a_1", "x1"]
lower_names = st.one_of(
    _pool(sysnames.PYTHON_STDLIB, LOWER),
    _pool(sysnames.C_HEADERS, LOWER),
    _pool(LANGUAGE, r"_?" + LOWER),
    _pool(sysnames.LIBC_MACROS | sysnames.KERNEL_MACROS, LOWER),
    st.sampled_from(GO_SUFFIXES + DIGITS),
    st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True),
)
function_names = st.one_of(
    _pool(sysnames.KERNEL_FUNCTION_MACROS | sysnames.LIBC_FUNCTION_MACROS, LOWER),
    lower_names,
)
macro_names = st.one_of(
    _pool(sysnames.LIBC_MACROS | sysnames.KERNEL_MACROS, UPPER),
    _pool(sysnames.LIBC_FUNCTION_MACROS | sysnames.KERNEL_FUNCTION_MACROS, UPPER),
    st.sampled_from(["DEMO_ARGS_H", "DEMO_ARGS_ASSERT", "SPAWN_X", "SYS_X", "CLONEGEN_NR"]),
    _pool(LANGUAGE, UPPER),
    st.from_regex(r"[A-Z][A-Z0-9_]{0,8}", fullmatch=True),
)


def _rename_syscall(data: dict[str, Any], name: str) -> None:
    data["syscall"]["name"] = name
    data["entry_points"][0]["name"] = name
    data["checks"][1]["entry_point"] = name
    for flag in data["flags"]:
        flag["entry_points"] = [name]


def _spec_with(names: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    setters: dict[str, Any] = {
        "spec": lambda n: data.__setitem__("name", n),
        "struct": lambda n: data["uapi"].__setitem__("struct", n),
        "syscall": lambda n: _rename_syscall(data, n),
        "field": lambda n: data["fields"][1].__setitem__("name", n),  # ptr: nothing refers to it
        "member": lambda n: data["kernel"]["members"][0].__setitem__("name", n),
        "function": lambda n: data["kernel"].__setitem__("copy_function", n),
        "constant": lambda n: data["constants"][1].__setitem__("name", n),
        "flag": lambda n: data["flags"][1].__setitem__("name", n),
        "arches": lambda n: data.__setitem__("arches", n),
    }
    for slot, value in names.items():
        setters[slot](value)
    return data


SLOTS: dict[str, st.SearchStrategy[Any]] = {
    "spec": lower_names,
    "struct": lower_names,
    "syscall": lower_names,
    "field": lower_names,
    "member": lower_names,
    "function": function_names,
    "constant": macro_names,
    "flag": macro_names,
    # x86_64, where the C, Python and Rust outputs are built, and up to two more.
    "arches": st.lists(
        st.sampled_from(sorted(set(arch.ARCHES) - {"x86_64"})), max_size=2, unique=True
    ).map(lambda more: ["x86_64", *more]),
}
# One or two places renamed at a time, so that about half the specs are accepted and built.
NAMES = st.lists(
    st.sampled_from(sorted(SLOTS)).flatmap(lambda slot: SLOTS[slot].map(lambda n: (slot, n))),
    min_size=1,
    max_size=2,
).map(dict)


@pytest.mark.slow
@settings(
    max_examples=400 if TIER else 12,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(names=NAMES)
# The names of issue 23, each of which an earlier validator accepted and a target then failed on.
@example(names={"struct": "_1"})
@example(names={"syscall": "_1"})
@example(names={"spec": "_1"})
@example(names={"spec": "string"})
@example(names={"spec": "typing"})
@example(names={"spec": "os"})
@example(names={"spec": "setuptools"})
@example(names={"constant": "BUFSIZ"})
@example(names={"constant": "SIG_DFL"})
@example(names={"constant": "DEMO_ARGS_H"})
@example(names={"constant": "BUILD_BUG_ON"})
@example(names={"arches": ["m68k"]})
@example(names={"arches": ["alpha"]})
@example(names={"arches": ["x86_64", "parisc"]})
# Names the Rust crate carries: not snake case, its root's file name, its root's module.
@example(names={"spec": "Demo"})
@example(names={"spec": "lib"})
@example(names={"spec": "bindings"})
def test_an_accepted_name_builds_in_every_target(
    names: dict[str, Any], go_env: dict[str, str]
) -> None:
    data = _spec_with(names)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        code, stdout, stderr, spec, out = _generate(data, tmp)
        assert "Traceback" not in stderr
        if code != 0:
            refused_properly(code, stdout, stderr, str(spec), out)
            event("refused")
            return
        event("accepted and built")
        found = built_as_named(out, spec, tmp, go_env)
        assert not found, "\n".join(found)
