"""The one-way pipeline: load -> validate -> model -> render -> format."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from clonegen.diagnostics import Diagnostic, SpecError
from clonegen.fmt import cache_dir
from clonegen.loader import LoadedSpec, load
from clonegen.model import Spec, build


@dataclass(frozen=True)
class Result:
    """Rendered files of every spec (below generated/) and every error."""

    models: tuple[Spec, ...]
    files: dict[str, dict[str, str]]
    diagnostics: tuple[Diagnostic, ...]


@lru_cache(maxsize=1)
def _validator_fingerprint() -> str:
    """A digest of everything that decides whether a spec is valid."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(here.rglob("*")):
        if path.suffix in (".py", ".json"):
            digest.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _known_valid(loaded: LoadedSpec) -> Path | None:
    """The cache entry that records ``loaded`` as valid, if caching is on."""
    root = cache_dir()
    if root is None:
        return None
    key = hashlib.sha256(
        f"{_validator_fingerprint()}\0{loaded.digest}\0{loaded.display_path}".encode()
    ).hexdigest()
    return root / "valid" / key


def validated(loaded: LoadedSpec) -> None:
    """Validate, skipping the work for bytes this validator already accepted."""
    entry = _known_valid(loaded)
    if entry is not None and entry.exists():
        return
    from clonegen.validate import validate  # jsonschema is only imported when needed

    validate(loaded)
    if entry is not None:
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            entry.touch()
        except OSError:
            pass


def model_of(path: Path, release: str | None = None) -> Spec:
    """Load, validate and build one spec; raises SpecError."""
    loaded = load(path)
    validated(loaded)
    return model_from(loaded, release)


def model_from(loaded: LoadedSpec, release: str | None = None) -> Spec:
    """The model of a validated spec, optionally cut to a kernel release."""
    return build(loaded, release)


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
    return Result(tuple(models), files, ())
