"""The one-way pipeline: load -> validate -> model -> render -> format."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from clonegen import rendercache
from clonegen.diagnostics import Diagnostic, NotInRelease, SpecError
from clonegen.files import SpecFile, read_spec
from clonegen.fmt import cache_dir

if TYPE_CHECKING:  # a run whose specs all hit the render cache imports neither
    from clonegen.loader import LoadedSpec
    from clonegen.model import Spec


@dataclass(frozen=True)
class Result:
    """Rendered files of every spec (below generated/) and every error.

    ``models`` is empty where every spec's files came from the render cache."""

    models: tuple[Spec, ...]
    files: dict[str, dict[str, str]]
    diagnostics: tuple[Diagnostic, ...]
    # the specs whose interface the release predates, each with why (NotInRelease)
    left_out: tuple[Diagnostic, ...] = ()


def _known_valid(loaded: LoadedSpec) -> Path | None:
    """The cache entry that records ``loaded`` as valid, if caching is on: keyed by the
    generator's digest (``rendercache.fingerprint``, which covers the validator) and the spec."""
    root = cache_dir()
    if root is None:
        return None
    key = hashlib.sha256(
        f"{rendercache.fingerprint()}\0{loaded.digest}\0{loaded.display_path}".encode()
    ).hexdigest()
    return root / "valid" / key


def validated(loaded: LoadedSpec) -> Spec | None:
    """Validate, skipping the work for bytes this validator already accepted: the model of
    the whole spec the checks ran on, or None when the work was skipped."""
    entry = _known_valid(loaded)
    if entry is not None and entry.exists():
        return None
    from clonegen.validate import validate  # jsonschema is only imported when needed

    whole = validate(loaded)
    if entry is not None:
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            entry.touch()
        except OSError:
            pass
    return whole


def model_of(path: Path, release: str | None = None) -> Spec:
    """Load, validate and build one spec; raises SpecError."""
    return _model(read_spec(path), release)


def _model(spec: SpecFile, release: str | None) -> Spec:
    from clonegen.loader import load_text

    loaded = load_text(spec.raw, spec.display_path, spec.banner)
    whole = validated(loaded)
    if whole is not None and release is None:
        return whole  # the validator's model is the whole spec's: not built a second time
    return model_from(loaded, release)


def model_from(loaded: LoadedSpec, release: str | None = None) -> Spec:
    """The model of a validated spec, optionally cut to a kernel release."""
    from clonegen.model import build

    return build(loaded, release)


def _cached(paths: list[Path], release: str | None) -> Result | None:
    """Every spec's files from the render cache, or None when any spec must be rendered
    (or reports an error: the whole pipeline words it)."""
    files: dict[str, dict[str, str]] = {}
    for path in paths:
        try:
            hit = rendercache.lookup(read_spec(path), release)
        except SpecError:
            return None
        if hit is None or hit[0] in files:
            return None
        files[hit[0]] = hit[1]
    return Result((), files, ())


def run(
    paths: list[Path], release: str | None = None, render: bool = True, models: bool = False
) -> Result:
    """Process every spec, collecting all errors before anything is rendered.

    Rendering specs that did not change takes their files from the render cache,
    unless the caller needs the ``models``."""
    if render and not models and paths:
        hit = _cached(paths, release)
        if hit is not None:
            return hit
    built: list[tuple[SpecFile, Spec]] = []
    errors: list[Diagnostic] = []
    left_out: list[Diagnostic] = []
    for path in paths:
        try:
            spec = read_spec(path)
            built.append((spec, _model(spec, release)))
        except NotInRelease as exc:
            left_out.extend(exc.diagnostics)
        except SpecError as exc:
            errors.extend(exc.diagnostics)
    if left_out and not built and not errors:
        errors = left_out  # nothing is left: the release has none of the interfaces
    result = _render(built, release, errors, render)
    return replace(result, left_out=tuple(left_out)) if left_out else result


def _render(
    built: list[tuple[SpecFile, Spec]],
    release: str | None,
    errors: list[Diagnostic],
    render: bool,
) -> Result:
    models = [m for _, m in built]
    names: dict[str, str] = {}
    for m in models:
        if m.name in names:
            errors.append(
                Diagnostic(m.file, 1, 1, f"spec name {m.name!r} is also used by {names[m.name]}")
            )
        names.setdefault(m.name, m.file)
    from clonegen.render import plan, render_planned

    plans = {}
    for m in models:
        try:
            plans[m.name] = plan(m)  # validate finds path clashes too; generate reuses the views
        except SpecError as exc:
            errors.extend(exc.diagnostics)
    if errors or not render:
        return Result(tuple(models), {}, tuple(sorted(set(errors))))
    files = {m.name: render_planned(m, plans[m.name]) for m in models}
    for spec, m in built:
        rendercache.store(spec, release, m.name, files[m.name])
    return Result(tuple(models), files, ())
