"""Every rule renders the same verdict in C and in Python, for random specs.

Hypothesis writes small valid specs: one to three versions of u64 fields with
random roles and kernel types, flags, constants, a size policy in either
order with random errnos, limits and alignment, and checks of every rule kind
with random ``when`` conditions and phases.  Each spec is generated with the
clonegen command; its kernel copy-in is compiled in the userspace kernel
harness (tests/kharness) with a generic driver (generic_verdict.c) that
answers the errno of the copy-in and the validity function for a batch of
(bytes, size) cases; its Python module's ``verdict(size)`` must give the same
errno for every case.

The cases lie around every boundary: sizes 0, VER0 - 1, each version's size
and its neighbours, latest + 1, ``size.max`` and ``size.max + 1``,
PAGE_SIZE + 1; field values at each limit and constant, at flag combinations
and at the edges of every kernel type.  The Python verdict works on values,
so a non-zero byte past the known struct is modelled here: the kernel
refuses it with the tail errno after the size policy, before any field.
"""

from __future__ import annotations

import errno
import importlib.util
import random
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from ctools import HARNESS, KERNEL_WANTS, SHIM, WARN, cc, common_checks, require
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from clonegen import rules
from clonegen.cli import main as clonegen
from clonegen.pipeline import model_of

SPECS = 25  # random specs; each costs one gcc run
CASES = 200  # cases of each spec, one driver run
U64 = (1 << 64) - 1
PAGE_SIZE = 4096
USER_PTR_MAX = 0x7FFFFFFFF000  # the harness's and the Python module's access_ok() limit
ERRNOS = ["EINVAL", "E2BIG", "EPERM", "ERANGE", "EOVERFLOW", "ENOSPC", "EBADF", "EFBIG"]
SIGNED_TYPES = ["s8", "s16", "s32", "s64", "int", "long", "pid_t"]
UNSIGNED_TYPES = ["u8", "u16", "u32", "u64", "unsigned int", "unsigned long", "size_t", "umode_t"]
INT_TYPES = SIGNED_TYPES + UNSIGNED_TYPES
WIDE_TYPES = ["u64", "s64", "long", "unsigned long", "size_t"]  # can become a pointer
EDGES = sorted(
    {0, 1, 2, 7, 8, 0x1000, USER_PTR_MAX - 0x1000, USER_PTR_MAX, USER_PTR_MAX + 1}
    | {(1 << bits) - 1 for bits in (7, 8, 15, 16, 31, 32, 63, 64)}
    | {1 << bits for bits in (7, 8, 15, 16, 31, 32, 63)}
)
RULES = ["max", "mask", "zero", "both_or_neither", "exclusive", "all_set", "any_set", "none_set"]
RULES += ["known_flags", "min_version", "user_range"]
NAME = "prop_args"


# -- specs -------------------------------------------------------------------


def skeleton() -> dict[str, Any]:
    """The parts of a spec that do not vary."""
    return {
        "spec": 1,
        "name": NAME,
        "doc": "A random struct of the rule property test.",
        "uapi": {
            "struct": NAME,
            "header": f"include/uapi/linux/{NAME}.h",
            "macro_prefix": NAME.upper(),
        },
        "kernel": {
            "struct": f"kernel_{NAME}",
            "header": f"include/linux/{NAME}.h",
            "source": f"kernel/{NAME}.c",
            "copy_function": f"copy_{NAME}_from_user",
            "valid_function": f"{NAME}_valid",
            "common_function": "kernel_prop",
            "doc": "Kernel view.",
        },
        "entry_points": [{"name": "prop", "kind": "struct"}],
    }


def signed(fields: list[dict[str, Any]], name: str) -> bool:
    """Whether the field's kernel type is signed."""
    kernel_type = next(f.get("kernel_type", "") for f in fields if f["name"] == name)
    return kernel_type in SIGNED_TYPES


def _value(draw: Callable[..., Any], edges: list[int]) -> int:
    return draw(st.one_of(st.sampled_from(edges), st.integers(0, U64)))


@st.composite
def specs(draw: Callable[..., Any]) -> dict[str, Any]:
    """A small valid spec (see src/clonegen/validate.py for what valid means)."""
    spec = skeleton()
    counts = draw(st.lists(st.integers(1, 3), min_size=1, max_size=3))
    fields: list[dict[str, Any]] = []
    versions: list[dict[str, Any]] = []
    for v, count in enumerate(counts):
        for _ in range(count):
            i = len(fields)
            role = draw(
                st.sampled_from(
                    ["integer", "integer", "flags", "flags", "user_pointer", "fd", "signal"]
                )
            )
            f: dict[str, Any] = dict(name=f"f{i}", version=f"VER{v}", role=role, doc=f"F{i}.")
            if role == "user_pointer":
                f["pointee"] = draw(st.sampled_from(["int", "void", "u64"]))
            elif role == "flags":
                f["kernel_type"] = draw(
                    st.sampled_from(["u64", "u32", "unsigned long", "int", "unsigned int"])
                )
            elif role == "integer":
                f["kernel_type"] = draw(st.sampled_from(INT_TYPES))
            else:
                f["kernel_type"] = draw(st.sampled_from(["int", "s32", "long"]))
            fields.append(f)
        versions.append({"name": f"VER{v}", "size": 8 * len(fields), "since": f"5.{v}"})
    spec["versions"], spec["fields"] = versions, fields
    latest = versions[-1]["size"]

    constants = [
        {"name": f"LIM{j}", "value": _value(draw, EDGES), "doc": f"Constant {j}."}
        for j in range(draw(st.integers(0, 3)))
    ]
    flags: list[dict[str, Any]] = []
    for f in fields:
        if f["role"] != "flags":
            continue
        bits = draw(st.lists(st.integers(0, 63), min_size=1, max_size=4, unique=True))
        for j, bit in enumerate(bits):
            name = f"{f['name'].upper()}_B{j}"
            flags.append(flag(name, f["name"], 1 << bit))
    if constants:
        spec["constants"] = constants
    if flags:
        spec["flags"] = flags

    size: dict[str, Any] = {
        "source": "argument",
        "checks": draw(st.permutations(["too_small", "too_large"])),
        "too_small_errno": draw(st.sampled_from(ERRNOS)),
        "too_large_errno": draw(st.sampled_from(ERRNOS)),
        "tail_errno": draw(st.sampled_from(["E2BIG", "E2BIG", "EINVAL", "ERANGE"])),
    }
    limit = draw(
        st.one_of(
            st.none(),
            st.just("PAGE_SIZE"),
            st.sampled_from([latest, latest + 1, 1024, PAGE_SIZE - 1, PAGE_SIZE]),
            st.integers(latest, PAGE_SIZE),
        )
    )
    if limit is not None:
        size["max"] = limit
    if draw(st.booleans()):
        size["multiple_of_8"] = True
        if draw(st.booleans()):
            size["misaligned_errno"] = draw(st.sampled_from(ERRNOS))
    spec["syscall"] = {"name": "prop", "numbers": {"default": 600}, "size": size}

    names = [c["name"] for c in constants] + [fl["name"] for fl in flags]
    refs: list[Any] = names + ["PAGE_SIZE"]

    def flag_names(field: str) -> list[str]:
        """What names a check on ``field`` may use: its own flags and the constants."""
        return [fl["name"] for fl in flags if fl["field"] == field] + [c["name"] for c in constants]

    checks = []
    for j in range(draw(st.integers(0, 6))):
        phase = draw(st.sampled_from(["copy", "valid", "common"]))
        kernel = phase != "copy"  # valid and common read the kernel struct
        rule = draw(st.sampled_from(RULES))
        # The kernel struct holds a user pointer as a pointer: valid-phase rules compare integers.
        plain = [f for f in fields if f["role"] != "user_pointer"]
        pool = plain if kernel else fields
        if not pool:
            phase, pool = "copy", fields
        if rule == "min_version":
            phase, kernel = "copy", False
        if rule == "known_flags":
            pool = [f for f in fields if f["role"] == "flags"]
        if rule == "user_range" and kernel:
            pool = [f for f in plain if f["kernel_type"] in WIDE_TYPES]
        if not pool:
            rule, pool = "zero", plain if kernel else fields
        field = draw(st.sampled_from(pool))["name"]
        c: dict[str, Any] = {"field": field, "rule": rule}
        if rule in ("max", "mask"):
            key = "limit" if rule == "max" else "allowed"
            choices = [st.sampled_from(EDGES), st.integers(0, U64), st.sampled_from(refs)]
            if rule == "max" and kernel and signed(fields, field):
                # The validator refuses a limit C types unsigned here (see the test below).
                small = [r for r in refs if r != "PAGE_SIZE" and _literal(r, spec) < 1 << 31]
                choices = [st.integers(0, (1 << 31) - 1)] + (
                    [st.sampled_from(small)] if small else []
                )
            c[key] = draw(st.one_of(*choices))
        elif rule in ("both_or_neither", "user_range"):
            # The validator refuses a check that compares a field with itself.
            others = [f for f in (pool if kernel else fields) if f["name"] != field]
            if rule == "user_range" and kernel:
                others = [f for f in plain if f["name"] != field]
            if not others:
                c["rule"] = "zero"
            else:
                c["other"] = draw(st.sampled_from(others))["name"]
                if rule == "user_range" and phase == "valid" and draw(st.booleans()):
                    c["to_top"] = True
        elif rule in ("exclusive", "all_set", "any_set", "none_set"):
            least = 2 if rule == "exclusive" else 1
            candidates = flag_names(field)
            if len(candidates) < least:
                c["rule"] = "zero"
            else:
                c["names"] = draw(
                    st.lists(st.sampled_from(candidates), min_size=least, max_size=3, unique=True)
                )
        elif rule == "known_flags":
            c["entry_point"] = "prop"
        elif rule == "min_version":
            c["version"] = draw(st.sampled_from(versions))["name"]
        c["errno"] = draw(st.sampled_from(ERRNOS))
        c["phase"] = phase
        c["doc"] = f"Check {j}."
        if draw(st.integers(0, 9)) < 3:
            when_pool = plain if kernel else fields
            if when_pool:
                when_field = draw(st.sampled_from(when_pool))["name"]
                candidates = flag_names(when_field)
                if candidates:
                    mode = draw(st.sampled_from(["any_set", "none_set"]))
                    chosen = draw(
                        st.lists(st.sampled_from(candidates), min_size=1, max_size=3, unique=True)
                    )
                    c["when"] = {"field": when_field, mode: chosen}
        checks.append(c)
    if checks:
        spec["checks"] = checks
    return spec


FIXED = """
versions:
  - {name: VER0, size: 24, since: "5.3"}
  - {name: VER1, size: 40, since: "5.5"}
fields:
  - {name: flags, version: VER0, role: flags, kernel_type: u64, doc: Flags.}
  - {name: nr, version: VER0, role: integer, kernel_type: u32, doc: A count.}
  - {name: addr, version: VER0, role: integer, kernel_type: unsigned long, doc: An address.}
  - {name: len, version: VER1, role: integer, kernel_type: s32, doc: A length.}
  - {name: ptr, version: VER1, role: user_pointer, pointee: int, doc: A pointer.}
constants:
  - {name: PROP_MAX, value: 17, doc: Most counts.}
checks:
  - {field: nr, rule: max, limit: PROP_MAX, phase: copy, errno: EINVAL, doc: A check.}
  - {field: flags, rule: known_flags, entry_point: prop, phase: valid, errno: EINVAL, doc: A check.}
  - {field: flags, rule: exclusive, names: [PROP_A, PROP_B], phase: valid, errno: EPERM, doc: A check.}
  - {field: ptr, rule: min_version, version: VER1, phase: copy, errno: ERANGE, doc: A check.,
     when: {field: flags, any_set: [PROP_C]}}
  - {field: addr, rule: user_range, other: len, phase: valid, errno: EFAULT, doc: A check.}
  - {field: len, rule: both_or_neither, other: addr, phase: valid, errno: EBADF, doc: A check.}
  - {field: nr, rule: max, limit: 9, phase: common, errno: ENOSPC, doc: A check.}
"""


def flag(name: str, field: str, value: int) -> dict[str, Any]:
    return dict(name=name, field=field, value=value, since="5.3", entry_points=["prop"], doc=name)


def size_policy(size_max: int | str) -> dict[str, Any]:
    size = dict(source="argument", checks=["too_large", "too_small"], max=size_max)
    size.update(too_small_errno="EINVAL", too_large_errno="E2BIG", tail_errno="E2BIG")
    return {"name": "prop", "numbers": {"default": 600}, "size": size}


def fixed_spec(size_max: int | str = 1024) -> dict[str, Any]:
    """A hand-written spec: the size limit of the original bug and one check of each kind."""
    spec = skeleton() | yaml.safe_load(FIXED)
    spec["syscall"] = size_policy(size_max)
    spec["flags"] = [flag("PROP_A", "flags", 1), flag("PROP_B", "flags", 2)]
    spec["flags"].append(flag("PROP_C", "flags", 1 << 33))
    return spec


def minimal(
    fields: dict[str, str], checks: str, flags: dict[str, int] | None = None
) -> dict[str, Any]:
    """A one-version spec of integer fields ({name: kernel type}, "flags <type>" for a flags
    field, which gets ``flags``) and ``checks`` in YAML."""
    spec = skeleton() | {"syscall": size_policy(1024)}
    spec["versions"] = [{"name": "VER0", "size": 8 * len(fields), "since": "5.3"}]
    spec["fields"] = []
    for name, kind in fields.items():
        role, _, kernel_type = kind.rpartition(" ") if kind.startswith("flags ") else ("", "", kind)
        field = dict(name=name, version="VER0", role=role or "integer", kernel_type=kernel_type)
        spec["fields"].append(field | {"doc": name})
        if role:
            spec["flags"] = [flag(f, name, v) for f, v in (flags or {}).items()]
    spec["checks"] = [{"doc": "A check.", **c} for c in yaml.safe_load(checks)]
    return spec


# Bugs the property found, each as the smallest spec that shows it.
REGRESSIONS = {
    # The Python verdict ran the checks in spec order; the kernel runs the copy-in's first.
    "copy-checks-first": minimal(
        {"a": "u64"},
        """
        - {field: a, rule: zero, errno: EPERM, phase: valid}
        - {field: a, rule: zero, errno: EINVAL, phase: copy}
        """,
    ),
    # C rendered "when && (!a && b) || (a && !b)": the condition guarded only one half.
    "when-both-or-neither": minimal(
        {"fl": "flags u64", "a": "u64", "b": "u64"},
        """
        - {field: a, rule: both_or_neither, other: b, errno: EINVAL, phase: copy,
           when: {field: fl, any_set: [FL_A]}}
        """,
        {"FL_A": 1},
    ),
    # Python's access_ok() took a negative address (a signed kernel type) as it was.
    "user-range-signed": minimal(
        {"addr": "s64", "len": "long"},
        "[{field: addr, rule: user_range, other: len, errno: EFAULT, phase: valid}]",
    ),
}


# -- the comparison ------------------------------------------------------------


def _load(path: Path, name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


def _literal(ref: Any, spec: dict[str, Any]) -> int:
    if isinstance(ref, int):
        return ref
    if ref == "PAGE_SIZE":
        return PAGE_SIZE
    named = {c["name"]: c["value"] for c in spec.get("constants", []) + spec.get("flags", [])}
    return named[ref]


def sizes_of(spec: dict[str, Any]) -> list[int]:
    """Every size boundary of the spec."""
    versions = [v["size"] for v in spec["versions"]]
    limit = _literal(spec["syscall"]["size"].get("max", "PAGE_SIZE"), spec)
    out = {0, 1, versions[0] - 1, limit - 1, limit, limit + 1, PAGE_SIZE, PAGE_SIZE + 1}
    for s in versions:
        out |= {s - 1, s, s + 1, s + 4, s + 8}
    return sorted(s for s in out if s >= 0)


def near(values: set[int]) -> set[int]:
    """The values and their neighbours, within 64 bits."""
    return {v + d for v in values for d in (-1, 0, 1) if 0 <= v + d <= U64}


def value_pools(spec: dict[str, Any]) -> tuple[list[int], dict[str, list[int]]]:
    """Values around every edge, limit, constant and flag; and those of each field's checks."""
    named = spec.get("constants", []) + spec.get("flags", [])
    every = set(EDGES) | near({item["value"] for item in named})
    own: dict[str, set[int]] = {f["name"]: set() for f in spec["fields"]}
    for c in spec.get("checks", []):
        for key in ("limit", "allowed"):
            if key in c:
                v = _literal(c[key], spec)
                own[c["field"]] |= near({v, (v ^ U64) & U64})
    every |= {v for values in own.values() for v in values}
    return sorted(every), {name: sorted(values) for name, values in own.items()}


def cases_of(
    spec: dict[str, Any], seed: int, n: int
) -> list[tuple[dict[str, int], int, int | None]]:
    """``n`` cases (field values, size, offset of a non-zero tail byte or None)."""
    rng = random.Random(seed)
    sizes, (pool, own) = sizes_of(spec), value_pools(spec)
    latest = spec["versions"][-1]["size"]
    limit = max(sizes)
    bits = [item["value"] for item in spec.get("constants", []) + spec.get("flags", [])]
    out = []
    for i in range(n):
        values = {}
        for f in spec["fields"]:
            r = rng.random()
            if r < 0.3:
                v = 0
            elif r < 0.5 and own[f["name"]]:
                v = rng.choice(own[f["name"]])
            elif r < 0.7:
                v = rng.choice(pool)
            elif r < 0.9 and bits:
                v = 0
                for b in rng.sample(bits, rng.randint(1, min(3, len(bits)))):
                    v |= b
            else:
                v = rng.getrandbits(rng.choice([8, 32, 64]))
            values[f["name"]] = v
        for c in spec.get("checks", []):
            if c["rule"] == "user_range" and c["other"] != c["field"] and rng.random() < 0.3:
                # A range that wraps around to (or near) user memory.
                addr = rng.choice([U64, U64 - 0xFFF, 1 << 63, rng.getrandbits(64)])
                end = rng.choice([0, 1, 0x1000, USER_PTR_MAX - 1, USER_PTR_MAX, USER_PTR_MAX + 1])
                values[c["field"]], values[c["other"]] = addr, (end - addr) & U64
        # Every size boundary once, then mostly boundaries.
        if i < len(sizes):
            size = sizes[i]
        else:
            size = rng.choice(sizes) if rng.random() < 0.85 else rng.randint(0, limit)
        tail = rng.randrange(latest, size) if size > latest and rng.random() < 0.3 else None
        out.append((values, size, tail))
    return out


@pytest.fixture(scope="module")
def runtime_o(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The harness runtime, compiled once."""
    require("gcc")
    out = tmp_path_factory.mktemp("runtime") / "runtime.o"
    cc([*WARN, "-O1", "-c", str(HARNESS / "runtime.c"), "-o", str(out)])
    return out


# A random limit may lie past what a narrow kernel type holds: gcc's -Wtype-limits
# (in -Wextra; the kernel enables it only with W=2) would call the test dead code.
KERNEL_CFLAGS = ["-Wno-type-limits"]


def build(
    spec: dict[str, Any], work: Path, runtime: Path, cflags: tuple[str, ...] = ()
) -> tuple[Path, types.ModuleType]:
    """Generate the spec, compile its copy-in with the driver, import its module."""
    path = work / f"{NAME}.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    gen = work / "gen"
    assert clonegen(["generate", "--out", str(gen), str(path)]) == 0, path.read_text()
    exe = work / "verdict"
    kernel = spec["kernel"]
    names = ["-DSYSCALL=sys_prop", f"-DCOMMON={kernel['common_function']}"]
    names.append(f"-DKSTRUCT={kernel['struct']}")
    names.append(f'-DKHEADER="{kernel["header"].removeprefix("include/")}"')
    common = common_checks(model_of(path), work / "common")
    includes = [f"-I{SHIM}", f"-I{gen / NAME / 'include'}", *common, f"-I{HARNESS}"]
    sources = [str(gen / NAME / kernel["source"]), str(HARNESS / "generic_verdict.c"), str(runtime)]
    flags = [*WARN, *KERNEL_CFLAGS, *cflags, "-O0", *KERNEL_WANTS, *includes, *names]
    cc([*flags, *sources, "-o", str(exe)])
    module = _load(gen / NAME / "python" / f"{NAME}.py", f"_prop_{work.name}")
    return exe, module


def compare(
    spec: dict[str, Any], seed: int, n: int, work: Path, runtime: Path, cflags: tuple[str, ...] = ()
) -> tuple[list[tuple[dict[str, int], int, int | None]], list[str]]:
    """The cases of one spec and every case where Python and C disagree."""
    work.mkdir(parents=True, exist_ok=True)
    exe, module = build(spec, work, runtime, cflags)
    cls = getattr(module, "".join(p.title() for p in NAME.split("_")))
    latest = spec["versions"][-1]["size"]
    tail_errno = getattr(errno, spec["syscall"]["size"]["tail_errno"])
    cases = cases_of(spec, seed, n)
    lines, expected = [], []
    for values, size, tail in cases:
        value = cls(**values)
        code = value.verdict(size)[0]
        size_errno = next((e for e, _, fails in cls._SIZE_CHECKS if fails(size)), 0)
        if tail is not None and not size_errno:
            code = tail_errno  # past the size policy, a non-zero tail is refused first
        expected.append(code)
        head = value.to_bytes(min(size, latest)).hex() or "-"
        lines.append(f"{size} {head}" + (f" {tail}" if tail is not None else ""))
    proc = subprocess.run(
        [str(exe)], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    got = [int(x) for x in proc.stdout.split()]
    assert len(got) == len(cases), proc.stdout
    bad = []
    for (values, size, tail), want, c in zip(cases, expected, got):
        if want != c:
            bad.append(
                f"size={size} tail={tail} values={values}: Python {errno.errorcode.get(want, want)}, "
                f"C {errno.errorcode.get(c, c)}"
            )
    return cases, bad


# -- the property ---------------------------------------------------------------

STATS = {"specs": 0, "cases": 0, "size_max": set()}  # type: dict[str, Any]


@settings(
    max_examples=SPECS,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(spec=specs(), seed=st.integers(0, 2**32))
@example(spec=fixed_spec(1024), seed=1)
def test_python_verdict_equals_c_copy_in_for_random_specs(
    spec: dict[str, Any], seed: int, runtime_o: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    work = tmp_path_factory.mktemp("spec")
    cases, bad = compare(spec, seed, CASES, work, runtime_o)
    STATS["specs"] += 1
    STATS["cases"] += len(cases)
    STATS["size_max"].add(spec["syscall"]["size"].get("max", "PAGE_SIZE"))
    assert not bad, (
        f"{len(bad)} of {len(cases)} cases differ for the spec\n"
        + yaml.safe_dump(spec, sort_keys=False)
        + "\n".join(bad[:20])
    )


def test_property_saw_a_size_limit_other_than_page_size() -> None:
    """The random specs (and the fixed example) include sizes.max values that are not PAGE_SIZE."""
    if not STATS["specs"]:
        pytest.skip("the property test did not run in this session")
    print(
        f"specs {STATS['specs']} cases {STATS['cases']} size.max {sorted(map(str, STATS['size_max']))}"
    )
    assert 1024 in STATS["size_max"]
    assert len({m for m in STATS["size_max"] if m not in ("PAGE_SIZE", PAGE_SIZE)}) >= 3


@pytest.mark.parametrize("name", sorted(REGRESSIONS))
def test_regressions(name: str, runtime_o: Path, tmp_path: Path) -> None:
    _cases, bad = compare(REGRESSIONS[name], 1, CASES, tmp_path, runtime_o)
    assert not bad, "\n".join(bad[:20])


@pytest.mark.parametrize("limit", [0x80000000, 1 << 32, "PAGE_SIZE"])
def test_signed_max_against_an_unsigned_limit_is_refused(limit: int | str) -> None:
    """C would compare a signed kernel type with such a limit as unsigned; the spec is refused."""
    from clonegen.diagnostics import SpecError
    from clonegen.loader import load_text
    from clonegen.validate import validate

    spec = minimal(
        {"x": "int"}, f"[{{field: x, rule: max, limit: {limit}, errno: EINVAL, phase: valid}}]"
    )
    with pytest.raises(SpecError) as err:
        validate(load_text(yaml.safe_dump(spec, sort_keys=False).encode(), "spec/prop.yaml"))
    (diag,) = err.value.diagnostics
    assert "C would compare it unsigned" in diag.message and diag.path.endswith(".limit")


# -- the property can fail ----------------------------------------------------------


def _page_size_limit(self: rules.TooLarge, r: rules.Ref) -> str:
    return f"{r.size} > _PAGE_SIZE"  # the original bug: the Python side ignored size.max


def _max_or_equal(self: rules.Max, f: str, r: rules.Ref) -> str:
    return f"{r.field(f)} >= {self.limit.py}"


def _exclusive_any(self: rules.Exclusive, f: str, r: rules.Ref) -> str:
    return f"{r.field(f)} & {self.mask.py} != 0"


def _condition_inverted(self: rules.Condition, r: rules.Ref) -> str:
    test = f"{r.field(self.field)} & {self.mask.py}"
    return f"not {test} and" if self.any_set else f"{test} and"


@pytest.mark.parametrize(
    "target, name, wrong",
    [
        (rules.TooLarge, "py", _page_size_limit),
        (rules.Max, "py", _max_or_equal),
        (rules.Exclusive, "py", _exclusive_any),
        (rules.Condition, "py", _condition_inverted),
    ],
    ids=["too-large-page-size", "max-or-equal", "exclusive-any", "condition-inverted"],
)
def test_checker_finds_a_wrong_python_rendering(
    target: type,
    name: str,
    wrong: Callable[..., str],
    runtime_o: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rule whose Python rendering drifts from its C rendering is caught."""
    spec = fixed_spec(1024)
    _cases, bad = compare(spec, 1, CASES, tmp_path / "right", runtime_o)
    assert not bad, bad
    monkeypatch.setenv("CLONEGEN_CACHE_DIR", "")  # no cache answers for patched code
    monkeypatch.setattr(target, name, wrong)
    _cases, bad = compare(spec, 1, CASES, tmp_path / "wrong", runtime_o)
    assert bad, "the checker did not notice the wrong rendering"


def test_checker_finds_page_size_instead_of_size_max(
    runtime_o: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The original bug: size.max 1024 in C, mmap.PAGESIZE in Python; sizes 1025..4096 differ."""
    monkeypatch.setenv("CLONEGEN_CACHE_DIR", "")  # no cache answers for patched code
    monkeypatch.setattr(rules.TooLarge, "py", _page_size_limit)
    cases, bad = compare(fixed_spec(1024), 1, CASES, tmp_path, runtime_o)
    assert any(1024 < size <= PAGE_SIZE for _, size, _ in cases)
    assert any(m.startswith("size=1025 ") and "Python" in m and "C E2BIG" in m for m in bad), bad
