"""Every semantic check on the model, run together.

The checks register themselves in ``checks.CHECKS`` when their module is imported: checks.py's
own, and those of sizechecks.py and tracechecks.py. This module imports each of them, so a run
from here has them all; a new module of checks is imported here too.
"""

from __future__ import annotations

from clonegen import sizechecks, tracechecks
from clonegen.checks import CHECKS, Report
from clonegen.diagnostics import Diagnostic
from clonegen.loader import LoadedSpec
from clonegen.model import Spec, read

# The modules whose checks register on import, besides checks.py itself.
MODULES = (sizechecks, tracechecks)


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
