"""One meaning of the spec: every target says the same of the same struct.

For every spec in spec/, 2,000 seeded random cases (tests/agreement.py: the bytes
and the size, with sizes 0, below VER0, each VERn, between and above them,
misaligned, past the page and past 32 bits, non-zero tails, and for a struct
that carries its size a size field that disagrees with the buffer's length):

- the generated C copy-in in the kernel harness, the Python verdicts from bytes
  and from values, the Rust and Go verdicts from bytes and from values give
  the same errno;
- the Python and C decoders print the same text;
- the running kernel answers as the copy-in generated for its release, where
  the struct alone decides (agreement.kernel_domain).

Each target is built once (Rust and Go once for all specs) and reads all cases
in one process. The mutation tests drop one step from one target's generated
file and show that the comparison reports it.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from agreement import (
    COLUMNS,
    PAGE,
    Case,
    Shape,
    build_c,
    c_line,
    cases,
    compare,
    compare_kernel,
    go_module,
    kernel_domain,
    live_line,
    load_module,
    parse_c,
    parse_typed,
    python_columns,
    run_lines,
    rust_main,
    typed_line,
)
from conftest import ROOT
from ctools import HARNESS, WARN, cc, require
from test_go import go, go_env
from test_rust import compile_rust, rustc

from clonegen.cli import _release
from clonegen.cli import main as clonegen
from clonegen.pipeline import model_of

__all__ = ["go_env"]  # the Go test's fixture

SPECS = sorted(p.stem for p in (ROOT / "spec").glob("*.yaml"))
CASES = int(os.environ.get("CLONEGEN_AGREE_CASES", "2000"))
SEED = 1
GEN = ROOT / "generated"
LIVE = os.uname().machine == "x86_64"  # the live driver calls clone3 in x86_64 assembly


@dataclass
class Run:
    """One spec's cases and every target's answers."""

    shape: Shape
    model: Any
    items: list[Case]
    c: list[int] = field(default_factory=list)
    columns: dict[str, list[int | None]] = field(default_factory=dict)
    texts: dict[str, list[str]] = field(default_factory=dict)
    c_running: list[int] = field(default_factory=list)
    kernel: list[int | None] = field(default_factory=list)


@dataclass
class Session:
    runs: dict[str, Run]
    work: Path
    runtime: Path
    seconds: dict[str, float]


@contextmanager
def _timer(seconds: dict[str, float], key: str) -> Iterator[None]:
    """Adds the time the block takes to ``seconds[key]``."""
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[key] = seconds.get(key, 0.0) + time.perf_counter() - start


def _modules(gen: Path, runs: dict[str, Run], ext: str, sub: str) -> dict[str, tuple[Path, str]]:
    return {n: (gen / n / sub / f"{n}.{ext}", r.shape.struct) for n, r in runs.items()}


def _go_modules(gen: Path, runs: dict[str, Run]) -> dict[str, tuple[Path, str]]:
    """Each spec's generated Go module (its go/ directory) and struct."""
    return {n: (gen / n / "go", r.shape.struct) for n, r in runs.items()}


def build_rust(modules: dict[str, tuple[Path, str]], work: Path) -> Path:
    main = rust_main(modules, work)
    exe = work / "agree_rust"
    compile_rust(["--edition=2021", "-C", "opt-level=1", str(main), "-o", str(exe)])
    return exe


def build_go(env: dict[str, str], modules: dict[str, tuple[Path, str]], work: Path) -> Path:
    mod = go_module(modules, work)
    exe = work / "agree_go"
    go(env, mod, "build", "-o", str(exe), "./agree")
    return exe


def live_command(spec: str, exe: Path) -> list[str]:
    """The live driver, where its calls change nothing of this machine: clone3 in a pid
    namespace of its own (a child it makes cannot outlive it), mount_setattr in a mount
    namespace of its own."""
    if spec == "clone_args":
        return [require("unshare"), "--pid", "--fork", "--kill-child", str(exe), spec]
    if spec == "mount_attr":
        return [require("unshare"), "--mount", "--propagation", "private", str(exe), spec]
    return [str(exe), spec]


@dataclass(frozen=True)
class Built:
    """The programs every spec shares, built once."""

    work: Path
    runtime: Path
    running: Path  # the specs generated for the running kernel's release
    rust: Path
    go: Path
    live: Path


def _answer(name: str, r: Run, built: Built, seconds: dict[str, float]) -> None:
    """Every target's answers to one spec's cases, into ``r``."""
    shape, items = r.shape, r.items
    with _timer(seconds, "c build"):
        exe = build_c(r.model, GEN, built.work / f"c_{name}", built.runtime)
    c_lines = [c_line(shape, x) for x in items]
    with _timer(seconds, "c run"):
        r.c, c_texts = parse_c(run_lines([str(exe)], c_lines))
    module = load_module(GEN / name / "python" / f"{name}.py", f"_agree_{name}")
    with _timer(seconds, "python"):
        py_bytes, py_values, py_texts = python_columns(shape, module, items)
    typed = [typed_line(shape, x) for x in items]
    with _timer(seconds, "rust run"):
        rust_bytes, rust_values = parse_typed(run_lines([str(built.rust), name], typed))
    with _timer(seconds, "go run"):
        go_bytes, go_values = parse_typed(run_lines([str(built.go), name], typed))
    answers = (py_bytes, py_values, rust_bytes, rust_values, go_bytes, go_values)
    r.columns = dict(zip(COLUMNS, answers))
    r.texts = {"c": c_texts, "python": py_texts}

    running_model = model_of(ROOT / f"spec/{name}.yaml", _release("running"))
    with _timer(seconds, "c build"):
        exe = build_c(running_model, built.running, built.work / f"r_{name}", built.runtime)
    with _timer(seconds, "c run"):
        r.c_running = parse_c(run_lines([str(exe)], c_lines))[0]
    r.kernel = [None] * len(items)
    if not LIVE:
        return
    domain = kernel_domain(shape, running_model)
    asked = [i for i, x in enumerate(items) if domain(x, r.c_running[i])]
    with _timer(seconds, "kernel"):
        got = run_lines(live_command(name, built.live), [live_line(shape, items[i]) for i in asked])
    for i, answer in zip(asked, got):
        r.kernel[i] = int(answer)


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory, go_env: dict[str, str]) -> Session:
    require("gcc")
    rustc()
    work = tmp_path_factory.mktemp("agree")
    seconds: dict[str, float] = {}
    runs: dict[str, Run] = {}
    with _timer(seconds, "cases"):
        for name in SPECS:
            model = model_of(ROOT / f"spec/{name}.yaml")
            shape = Shape.of(model)
            runs[name] = Run(shape, model, cases(shape, CASES, SEED))
    runtime = work / "runtime.o"
    cc([*WARN, "-O1", "-c", str(HARNESS / "runtime.c"), "-o", str(runtime)])
    live = work / "agree_live"
    if LIVE:
        cc([*WARN, "-O1", str(HARNESS / "agree_live.c"), "-o", str(live)])
    running = work / "running"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert clonegen(["generate", "--kernel", "running", "--out", str(running)]) == 0
    finally:
        os.chdir(cwd)
    with _timer(seconds, "rust build"):
        rust = build_rust(_modules(GEN, runs, "rs", "rust"), work / "rust")
    with _timer(seconds, "go build"):
        golang = build_go(go_env, _go_modules(GEN, runs), work / "go")
    built = Built(work, runtime, running, rust, golang, live)
    for name, r in runs.items():
        _answer(name, r, built, seconds)
    # What each target took over all specs (pytest -s shows it).
    print("\nagreement:", " ".join(f"{k} {v:.1f}s" for k, v in sorted(seconds.items())))
    return Session(runs, work, runtime, seconds)


def _report(bad: list[str], total: int) -> str:
    return f"{len(bad)} mismatches in {total} cases:\n" + "\n".join(bad[:40])


@pytest.mark.parametrize("spec", SPECS)
def test_every_target_gives_the_copy_ins_errno(spec: str, session: Session) -> None:
    r = session.runs[spec]
    assert len(r.items) >= CASES
    bad = compare(r.shape, r.items, r.c, r.columns, r.texts)
    assert not bad, _report(bad, len(r.items))
    # Every column answered most cases, and the cases reach both answers.
    for name, column in r.columns.items():
        answered = sum(v is not None for v in column)
        assert answered >= len(r.items) // 2, (name, answered)
    assert 0 in r.c and len(set(r.c)) >= 2, sorted(set(r.c))


@pytest.mark.parametrize("spec", SPECS)
def test_the_cases_reach_every_boundary(spec: str, session: Session) -> None:
    """Sizes 0, below VER0, each VERn and past it, misaligned, past the page; non-zero tails;
    for a size field, buffers shorter and longer than the size it states."""
    r = session.runs[spec]
    shape = r.shape
    sizes = {shape.stated(x.buf) if shape.size_field else x.size for x in r.items}
    wanted = {0, shape.versions[0] - 1, shape.latest + 1, shape.latest + 4, PAGE + 1}
    wanted |= set(shape.versions)
    assert wanted <= sizes, sorted(wanted - sizes)
    kinds = [x.how for x in r.items]
    assert sum("non-zero" in k for k in kinds) >= 50
    if shape.size_field:
        assert sum(k.startswith("buffer shorter") for k in kinds) >= 50
        assert sum(k.startswith("buffer longer") for k in kinds) >= 50


@pytest.mark.skipif(not LIVE, reason="the live driver calls clone3 in x86_64 assembly")
@pytest.mark.parametrize("spec", SPECS)
def test_the_running_kernel_agrees(spec: str, session: Session) -> None:
    r = session.runs[spec]
    bad = compare_kernel(r.shape, r.items, r.c_running, r.kernel)
    asked = sum(v is not None for v in r.kernel)
    assert not bad, _report(bad, asked)
    refused = sum(1 for v, k in zip(r.c_running, r.kernel) if k is not None and v)
    accepted = asked - refused
    assert asked >= len(r.items) // 2 and refused > 25 and accepted > 25, (asked, refused, accepted)


# A semantic left out of a spec: each line drops one check of the spec's YAML (a line of its
# own there); the copy-in generated from the rest for the running release must disagree with
# the live kernel on some case.
SPEC_MUTATIONS = [
    ("landlock_ruleset_attr", "rule: any_nonzero"),
    ("landlock_ruleset_attr", "field: scoped, rule: known_flags"),
]


@pytest.mark.skipif(not LIVE, reason="the live driver calls clone3 in x86_64 assembly")
@pytest.mark.parametrize(("spec", "check"), SPEC_MUTATIONS, ids=[c for _, c in SPEC_MUTATIONS])
def test_a_spec_without_one_check_disagrees_with_the_kernel(
    spec: str, check: str, session: Session
) -> None:
    r = session.runs[spec]
    text = (ROOT / "spec" / f"{spec}.yaml").read_text()
    lines = [line for line in text.splitlines(keepends=True) if check in line]
    assert len(lines) == 1, f"the mutation must find one check line: {check}"
    work = session.work / f"mut_spec_{spec}_{len(check)}"
    work.mkdir(parents=True)
    mutated = work / f"{spec}.yaml"
    mutated.write_text(text.replace(lines[0], "", 1))
    gen = work / "gen"
    assert clonegen(["generate", "--kernel", "running", "--out", str(gen), str(mutated)]) == 0
    model = model_of(mutated, _release("running"))
    exe = build_c(model, gen, work / "build", session.runtime)
    codes = parse_c(run_lines([str(exe)], [c_line(r.shape, x) for x in r.items]))[0]
    assert not compare_kernel(r.shape, r.items, r.c_running, r.kernel)
    bad = compare_kernel(r.shape, r.items, codes, r.kernel)
    assert len(bad) > 0, f"a spec without {check!r} still agrees with the kernel"


# -- the comparison catches one dropped step in each target ------------------------------------

MUTATED = "mount_attr"  # a spec with many checks of the copy phase


def _drop(text: str, pattern: str) -> str:
    """``text`` without the first match of ``pattern`` (but its group ``keep``, if it has
    one): one step of a generated file."""
    changed, n = re.subn(
        pattern, lambda m: m.groupdict().get("keep") or "", text, count=1, flags=re.S | re.M
    )
    assert n == 1, f"the mutation found nothing to drop: {pattern}"
    return changed


def _mutated_copy(src: Path, dst: Path, pattern: str) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(_drop(src.read_text(), pattern))
    return dst


def _more(r: Run, column: str, values: list[int | None], c: list[int] | None = None) -> int:
    """How many more cases the comparison reports with ``values`` in ``column`` (or ``c`` as
    the C column) than with the unchanged targets."""

    def count(column_values: list[int | None], c_values: list[int]) -> int:
        return len(
            compare(r.shape, r.items, c_values, {column: column_values}, {"c": r.texts["c"]})
        )

    return count(values, c or r.c) - count(r.columns[column], r.c)


@pytest.mark.parametrize(
    ("spec", "step"),
    [
        # The copy-in's first check of the struct's values.
        ("mount_attr", r"^\tif \(unlikely\(args\.[^\n]*\n(?:\t\t[^\n]*\n)*?\t\treturn -EINVAL;\n"),
        # A step of the size policy: a size field of 0 stands for VER0.
        ("sched_attr", r"^\tif \(!usize\)\n\t\tusize = [^\n]*\n"),
    ],
    ids=["check", "zero-means"],
)
def test_a_c_copy_in_without_one_step_is_caught(spec: str, step: str, session: Session) -> None:
    r = session.runs[spec]
    gen = session.work / f"mut_c_{spec}" / "gen"
    shutil.copytree(GEN / spec, gen / spec)
    source = gen / spec / r.model.kernel.source
    _mutated_copy(source, source, step)
    exe = build_c(r.model, gen, session.work / f"mut_c_{spec}" / "build", session.runtime)
    codes = parse_c(run_lines([str(exe)], [c_line(r.shape, x) for x in r.items]))[0]
    # The unchanged targets now disagree with the C column more often.
    more = {column: _more(r, column, r.columns[column], codes) for column in COLUMNS}
    assert max(more.values()) > 0, f"a dropped C step went unnoticed: {more}"


def test_a_python_module_without_one_check_is_caught(session: Session) -> None:
    r = session.runs[MUTATED]
    path = _mutated_copy(
        GEN / MUTATED / "python" / f"{MUTATED}.py",
        session.work / "mut_py" / f"{MUTATED}.py",
        r"(?<=^_checks: tuple\[_Check, \.\.\.\] = \(\n)    \(\n.*?\n    \),\n",
    )
    module = load_module(path, "_agree_mutated")
    py_bytes, py_values, _ = python_columns(r.shape, module, r.items)
    assert _more(r, "py_bytes", py_bytes) > 0 and _more(r, "py_values", py_values) > 0


def test_a_python_decoder_without_one_name_is_caught(session: Session) -> None:
    r = session.runs[MUTATED]
    path = _mutated_copy(
        GEN / MUTATED / "python" / f"{MUTATED}.py",
        session.work / "mut_dec" / f"{MUTATED}.py",
        r'^ *\("MOUNT_ATTR_NOEXEC", 8, "[0-9.]+"\),\n',
    )
    module = load_module(path, "_agree_mutated_decoder")
    texts = python_columns(r.shape, module, r.items)[2]
    before = compare(r.shape, r.items, r.c, {}, r.texts)
    bad = compare(r.shape, r.items, r.c, {}, {"c": r.texts["c"], "python": texts})
    assert len(bad) > len(before), "a decoder that lost a flag name went unnoticed"


def test_a_c_decoder_without_one_name_is_caught(session: Session) -> None:
    r = session.runs[MUTATED]
    gen = session.work / "mut_cdec" / "gen"
    shutil.copytree(GEN / MUTATED, gen / MUTATED)
    source = gen / MUTATED / "libc" / f"{MUTATED}.c"
    _mutated_copy(source, source, r'^\t\{ "MOUNT_ATTR_NOEXEC", [^\n]*\n')
    exe = build_c(r.model, gen, session.work / "mut_cdec" / "build", session.runtime)
    texts = parse_c(run_lines([str(exe)], [c_line(r.shape, x) for x in r.items]))[1]
    before = compare(r.shape, r.items, r.c, {}, r.texts)
    bad = compare(r.shape, r.items, r.c, {}, {"c": texts, "python": r.texts["python"]})
    assert len(bad) > len(before), "a C decoder that lost a flag name went unnoticed"


def test_a_rust_module_without_one_check_is_caught(session: Session) -> None:
    r = session.runs[MUTATED]
    work = session.work / "mut_rust"
    path = _mutated_copy(
        GEN / MUTATED / "rust" / f"{MUTATED}.rs",
        work / f"{MUTATED}.rs",
        r"(?P<keep>fn checks\(&self, size: usize\) -> Result<\(\), Error> \{\n.*?)"
        r"        if [^\n]*\{\n            return refused\([^\n]*\n        \}\n",
    )
    exe = build_rust({MUTATED: (path, r.shape.struct)}, work)
    typed = [typed_line(r.shape, x) for x in r.items]
    rust_bytes, rust_values = parse_typed(run_lines([str(exe), MUTATED], typed))
    assert _more(r, "rust_bytes", rust_bytes) > 0 and _more(r, "rust_values", rust_values) > 0


def test_a_go_package_without_one_check_is_caught(session: Session, go_env: dict[str, str]) -> None:
    r = session.runs[MUTATED]
    work = session.work / "mut_go"
    shutil.copytree(GEN / MUTATED / "go", work / "src")
    _mutated_copy(
        GEN / MUTATED / "go" / f"{MUTATED}.go",
        work / "src" / f"{MUTATED}.go",
        r"(?P<keep>\) checks\(size uint64\) error \{\n.*?)"
        r"^\tif [^\n]*\{\n\t\treturn refused\([^\n]*\n\t\}\n",
    )
    exe = build_go(go_env, {MUTATED: (work / "src", r.shape.struct)}, work)
    typed = [typed_line(r.shape, x) for x in r.items]
    go_bytes, go_values = parse_typed(run_lines([str(exe), MUTATED], typed))
    assert _more(r, "go_bytes", go_bytes) > 0 and _more(r, "go_values", go_values) > 0
