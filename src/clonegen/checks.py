"""The semantic checks that run on the model.

The model builder (model.py) is the one reader of the loaded data; a check here sees only the
model it built (every node with its position and path) and reports through ``Report``. Each
check is a function registered in ``CHECKS``; the validator runs them all, so one run reports
every problem. The checks that still read the loaded data live in validate.py's ``_Semantic``.
"""

from __future__ import annotations

from collections.abc import Callable

from clonegen.diagnostics import Diagnostic, Pos
from clonegen.loader import JsonPath, LoadedSpec
from clonegen.model import Spec, read
from clonegen.names import release_key


class Report:
    """Collects the diagnostics of the checks, each at the position of a node's sub-path."""

    def __init__(self, loaded: LoadedSpec):
        self.loaded = loaded
        self.errors: list[Diagnostic] = []

    def __call__(self, at: Pos, key: JsonPath, message: str) -> None:
        """Report ``message`` at ``key`` below the node written at ``at``."""
        self.errors.append(self.loaded.error(at.path + key, message))


Check = Callable[[Spec, Report], None]
CHECKS: list[Check] = []


def check(fn: Check) -> Check:
    """Register ``fn`` as a semantic check on the model."""
    CHECKS.append(fn)
    return fn


@check
def versions_grow(spec: Spec, report: Report) -> None:
    """VERn is the n-th version; each is larger than, and published after, the one before."""
    prev_size, prev_since = 0, (0, 0, 0)
    for v in spec.versions:
        if v.name != f"VER{v.index}":
            report(v.pos, ("name",), f"version {v.index} must be named VER{v.index}, not {v.name}")
        if v.size <= prev_size:
            report(
                v.pos,
                ("size",),
                f"{v.name} size {v.size} must be larger than the previous version's {prev_size}",
            )
        if release_key(v.since) < prev_since:
            report(v.pos, ("since",), f"{v.name} is published before the version it extends")
        prev_size, prev_since = v.size, release_key(v.since)


@check
def constant_arches(spec: Spec, report: Report) -> None:
    """Per-architecture values come from the kernel header, for architectures the spec names."""
    for c in spec.constants:
        if c.arch_values and c.header is None:
            report(
                c.pos,
                ("arch",),
                f"constant {c.name!r} has per-architecture values, so it must come from the "
                "kernel header that defines it on each architecture: add header",
            )
        for a in sorted({a for a, _ in c.arch_values} - set(spec.arches)):
            report(
                c.pos,
                ("arch", a),
                f"constant {c.name!r} gives a value for {a}, "
                "which the spec's arches list does not name",
            )


@check
def constant_styles(spec: Spec, report: Report) -> None:
    """``style: u64_bit`` spells one bit; another value has no such spelling."""
    for c in spec.constants:
        value = c.value if c.written is None else c.written
        if c.style == "u64_bit" and (value <= 0 or value & (value - 1)):
            report(
                c.pos,
                ("style",),
                f"constant {c.name!r} is {value:#x}, not a single bit: style u64_bit "
                "spells ((__u64)1 << n)",
            )


@check
def negative_constants(spec: Spec, report: Report) -> None:
    """A negative constant is a bound of a clamp and nothing else; a bound fits 64 bits."""
    clamped = {v.name for c in spec.clamps for v in (c.low, c.high)}
    for c in spec.constants:
        value = c.value if c.written is None else c.written
        if value < 0 and c.name not in clamped:
            report(
                c.pos,
                ("value",),
                f"constant {c.name!r} is negative; only the bound of a clamp may be",
            )
    for cl in spec.clamps:
        for key, v in (("min", cl.low), ("max", cl.high)):
            if v.kind == "literal" and not -(1 << 63) <= v.value < 1 << 63:
                report(cl.pos, (key,), "a clamp bound must fit a signed 64-bit value")


@check
def composed_constants(spec: Spec, report: Report) -> None:
    """A constant with ``bits`` states the OR of its parts (the builder composes it), on every
    architecture; one whose parts do not all resolve is left to the builder's report."""
    for c in spec.constants:
        if not c.bits or not c.resolved or c.written is None:
            continue
        stated = dict(c.arch_values)
        if c.written != c.value:
            report(
                c.pos,
                ("value",),
                f"constant {c.name!r} is {c.written:#o}, but its bits compose to {c.value:#o}",
            )
        for a in spec.arches:
            want = c.value_for(a)
            if a in stated and stated[a] != want:
                report(
                    c.pos,
                    ("arch", a),
                    f"constant {c.name!r} is {stated[a]:#o} on {a}, but its bits "
                    f"compose to {want:#o}",
                )
            elif a not in stated and c.written == c.value and want != c.value:
                report(
                    c.pos,
                    ("value",),
                    f"constant {c.name!r} is {c.written:#o} on {a} (no arch value), "
                    f"but its bits compose to {want:#o} there: add arch: {{{a}: {want:#o}}}",
                )


@check
def clamps(spec: Spec, report: Report) -> None:
    """A clamp is of an integer field, and its lower bound is not above its upper one."""
    fields = {f.name: f for f in spec.fields}
    for c in spec.clamps:
        f = fields.get(c.field)
        if f is not None and f.role != "integer":
            report(c.pos, ("field",), f"only an integer field is clamped, not {f.role}")
        bounds = [v.value for v in (c.low, c.high) if v.kind in ("literal", "constant")]
        if len(bounds) == 2 and bounds[0] > bounds[1]:
            low, high = (v.value if v.name is None else v.name for v in (c.low, c.high))
            report(c.pos, (), f"clamp of {c.field!r}: min {low} is above max {high}")


@check
def mask_bits(spec: Spec, report: Report) -> None:
    """A flag with a policy is a mask bit: it fills fields."""
    for fl in spec.flags:
        if fl.policy is not None and not fl.fills:
            report(
                fl.pos, ("policy",), f"flag {fl.name!r} has a policy but fills no field: add fills"
            )


def model_errors(loaded: LoadedSpec) -> list[Diagnostic]:
    """Every name of ``loaded`` that does not resolve (the builder reports them) and every
    problem the registered checks find in the model it builds."""
    spec, problems = read(loaded)
    return problems + run_checks(loaded, spec)


def run_checks(loaded: LoadedSpec, spec: Spec) -> list[Diagnostic]:
    """Every problem the registered checks find in ``spec``, a model of ``loaded``."""
    report = Report(loaded)
    for fn in CHECKS:
        fn(spec, report)
    return report.errors
