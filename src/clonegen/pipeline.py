"""The one-way pipeline: load -> validate -> model -> render -> format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from clonegen.diagnostics import Diagnostic, SpecError
from clonegen.loader import LoadedSpec, load
from clonegen.model import Spec, build
from clonegen.render import render_spec
from clonegen.validate import validate


@dataclass(frozen=True)
class Result:
    """Rendered files of every spec (below generated/) and every error."""

    models: tuple[Spec, ...]
    files: dict[str, dict[str, str]]
    diagnostics: tuple[Diagnostic, ...]


def model_of(path: Path, release: str | None = None) -> Spec:
    """Load, validate and build one spec; raises SpecError."""
    loaded = load(path)
    validate(loaded)
    return model_from(loaded, release)


def model_from(loaded: LoadedSpec, release: str | None = None) -> Spec:
    spec = build(loaded.data, loaded.display_path, loaded.digest, release)
    return spec


def run(paths: list[Path], release: str | None = None, render: bool = True) -> Result:
    """Process every spec, collecting all errors before anything is rendered."""
    models: list[Spec] = []
    errors: list[Diagnostic] = []
    for path in paths:
        try:
            models.append(model_of(path, release))
        except SpecError as exc:
            errors.extend(exc.diagnostics)
    names: dict[str, str] = {}
    for m in models:
        if m.name in names:
            errors.append(Diagnostic(m.source, 1, 1, f"spec name {m.name!r} is also used by {names[m.name]}"))
        names.setdefault(m.name, m.source)
    if errors or not render:
        return Result(tuple(models), {}, tuple(sorted(set(errors))))
    files = {m.name: render_spec(m) for m in models}
    return Result(tuple(models), files, ())
