"""Every semantic check on the model, run together.

The checks register themselves in ``checks.CHECKS`` when their module is imported: checks.py's
own, and those of namechecks.py, sizechecks.py and tracechecks.py. This module imports each of
them, so a run from here has them all; a new module of checks is imported here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from clonegen import namechecks, sizechecks, tracechecks
from clonegen.checks import CHECKS, Report
from clonegen.diagnostics import Diagnostic
from clonegen.loader import LoadedSpec
from clonegen.model import Spec, read

if TYPE_CHECKING:  # the targets are handed in; no check imports them
    from clonegen.targets import Target

# The modules whose checks register on import, besides checks.py itself.
MODULES = (namechecks, sizechecks, tracechecks)


def checked(loaded: LoadedSpec, targets: tuple[Target, ...] = ()) -> tuple[Spec, list[Diagnostic]]:
    """The model of the whole of ``loaded`` and its problems: every name that does not
    resolve (the builder reports them) and every problem the registered checks find in the
    model, for ``targets``."""
    spec, problems = read(loaded)
    return spec, problems + run_checks(loaded, spec, targets)


def model_errors(loaded: LoadedSpec, targets: tuple[Target, ...] = ()) -> list[Diagnostic]:
    """The problems of ``checked``."""
    return checked(loaded, targets)[1]


def run_checks(
    loaded: LoadedSpec, spec: Spec, targets: tuple[Target, ...] = ()
) -> list[Diagnostic]:
    """Every problem the registered checks find in ``spec``, a model of ``loaded``; with
    ``targets``, also what those targets reserve, refuse or need (namechecks.py)."""
    report = Report(loaded, targets)
    for fn in CHECKS:
        fn(spec, report)
    return report.errors
