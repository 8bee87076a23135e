"""``clonegen kernel-patch`` on a tree that already carries the generated files.

After the conversion series is merged, a spec change (a new field, version,
flag or check) reaches the tree as one more patch per spec: the tree's
generated files become the spec's rendering. The patch is only made from a
tree whose generated files are exactly what clonegen makes from some earlier
revision of the spec, the *baseline*:

- the banner of every generated file names the spec, the release the files
  were cut to and the first 16 hex digits of the sha256 of the spec's bytes
  (``Spec digest:``);
- the spec file given on the command line, and every revision of it in the
  history of its git repository (every ref), is a candidate; the one whose
  bytes have that digest is the baseline;
- the baseline is rendered again for the banner's release, and the rendering
  must equal the tree's files byte for byte.

A generated file edited by hand, or made by a spec that is nowhere in the
history, is refused with the file named, so a hand edit is never silently
overwritten. The commit message is the ABI diff (:mod:`clonegen.abidiff`)
between the baseline, cut to the release it was rendered for, and the spec
cut to the release of the series.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from clonegen.abidiff import BREAKING, Change, Side, diff, verdict
from clonegen.diagnostics import Diagnostic, SpecError
from clonegen.files import banner_of, read_spec
from clonegen.intree import (
    AUTHOR,
    TreeError,
    _diff,
    _mail_problems,
    _Text,
    _uapi_names,
    _wrap,
    patch,
    read_tree_file,
)
from clonegen.intree_selftests import changes as selftest_changes
from clonegen.intree_selftests import selftests_patch
from clonegen.loader import LoadedSpec, load_text
from clonegen.model import Spec
from clonegen.names import release_key
from clonegen.pipeline import model_from, validated

BANNER = re.compile(
    r"^ \* Generated from (?P<source>.+) by clonegen"
    r"(?:, for Linux (?P<release>\d{1,3}(?:\.\d{1,3}){0,2}))?; do not edit\.\n"
    r" \* Spec digest: sha256:(?P<digest>[0-9a-f]{16})\.$",
    re.M,
)


SPEC_FILE = "the spec file"


def generated_paths(spec: Spec) -> tuple[str, ...]:
    """The tree files the spec renders: the uapi header, the kernel header, the source."""
    return (spec.uapi.header, spec.kernel.header, spec.kernel.source)


def converted(spec: Spec, tree: Path) -> bool:
    """Whether the tree carries the spec's generated files (the conversion is merged).

    The files only the conversion adds decide; a tree with some of them is refused."""
    t = spec.kernel.tree
    own = [p for p in generated_paths(spec) if t is None or p != t.uapi]
    present = [p for p in own if os.path.lexists(tree / p)]
    if present and len(present) < len(own):
        missing = next(p for p in own if p not in present)
        raise TreeError(
            present[0],
            f"already exists, but {missing} does not: the tree has part of the generated files",
        )
    return bool(present)


def since_of(spec: Spec) -> dict[str, str]:
    """The release of everything a cut of the whole ``spec`` can leave out: flags, versions
    and their fields, constants and checks (an ended one too), in the spec's order."""
    out = {fl.name: fl.since for fl in spec.flags}
    for v in spec.versions:
        out[v.macro] = v.since
        out.update((f, v.since) for f in v.fields)
    for c in spec.constants:
        out[c.name] = c.since
    for ch in spec.stated_checks:
        out[f"the {ch.rule_name} check of {ch.field}"] = ch.since
    return out


def between(spec: Spec, low: str, high: str | None) -> list[str]:
    """What the whole spec has from a release after ``low`` up to ``high`` (None: any),
    each with its release, in the spec's order."""
    return [
        f"{name} ({rel})"
        for name, rel in since_of(spec).items()
        if release_key(rel) > release_key(low)
        and (high is None or release_key(rel) <= release_key(high))
    ]


def _banner(tree: Path, path: str) -> tuple[str, str, str, str | None]:
    """The tree's text of a generated file, the spec its banner names, the digest and the
    release it was cut to (None: the whole spec)."""
    text = read_tree_file(tree, path)
    m = BANNER.search(text[:2048])
    if m is None:
        raise TreeError(
            path,
            "has no clonegen banner ('Generated from ... by clonegen' and 'Spec digest:'): "
            "it is not a generated file, or its banner was edited by hand",
        )
    return text, m.group("source"), m.group("digest"), m.group("release")


def _revisions(path: Path) -> Iterator[tuple[str, bytes]]:
    """Every version of the spec file in the history of its git repository (all refs),
    newest first, each once, with the commit that names it; none outside a repository."""

    def git(where: str, *argv: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(["git", "-C", where, *argv], input=stdin, capture_output=True)

    top = git(str(path.parent), "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        return
    root = top.stdout.decode("utf-8", "surrogateescape").strip()
    rel = Path(os.path.relpath(os.path.realpath(path), os.path.realpath(root))).as_posix()
    log = git(root, "log", "--all", "--format=%H", "--end-of-options", "--", rel)
    commits = log.stdout.decode().split() if log.returncode == 0 else []
    if not commits:
        return
    batch = git(
        root, "cat-file", "--batch", stdin="".join(f"{c}:{rel}\n" for c in commits).encode()
    )
    if batch.returncode != 0:
        return
    data, at, seen = batch.stdout, 0, set()
    for commit in commits:
        end = data.index(b"\n", at)
        header = data[at:end].split()
        at = end + 1
        if len(header) != 3 or header[1] != b"blob":
            continue  # the file is deleted in this commit
        size = int(header[2])
        blob, at = data[at : at + size], at + size + 1
        if header[0] not in seen:
            seen.add(header[0])
            yield f"{commit[:12]}:{rel}", blob


@dataclass(frozen=True)
class Baseline:
    """The spec the tree's generated files were made from, and the release they were cut to."""

    where: str  # "the spec file" or "0123456789ab:spec/x.yaml" (git), for messages
    loaded: LoadedSpec
    release: str | None  # None: the whole spec
    model: Spec


def _render(model: Spec) -> dict[str, str]:
    from clonegen.render import plan, render_planned

    return render_planned(model, plan(model))


def _first_difference(old: str, new: str) -> int:
    a, b = old.split("\n"), new.split("\n")
    return next((i + 1 for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)) + 1)


def baseline(spec: Spec, spec_path: Path, tree: Path) -> Baseline:
    """The revision of the spec the tree's generated files are the rendering of."""
    texts: dict[str, str] = {}
    made: dict[str, tuple[str, str | None]] = {}
    for path in generated_paths(spec):
        text, source, digest, release = _banner(tree, path)
        if source != spec.source:
            raise TreeError(path, f"was generated from {source}, not from {spec.source}")
        texts[path] = text
        made[path] = (digest, release)
    first_path = generated_paths(spec)[0]
    digest, release = made[first_path]
    for path, other in made.items():
        if other != made[first_path]:
            raise TreeError(
                path,
                f"was generated from digest {other[0]} for Linux {other[1]}, but {first_path} "
                f"from {digest} for Linux {release}: the generated files were not updated "
                "together",
            )
    raw = next(
        (
            (where, blob)
            for where, blob in [(SPEC_FILE, spec_path.read_bytes()), *_revisions(spec_path)]
            if hashlib.sha256(blob).hexdigest()[:16] == digest
        ),
        None,
    )
    if raw is None:
        raise TreeError(
            first_path,
            f"was generated from {spec.source} of digest {digest}, which is neither "
            f"{spec.file} nor any revision of it in its git history: run kernel-patch with "
            "the spec in the repository that holds that revision",
        )
    where, blob = raw
    loaded = load_text(blob, spec.source if where == SPEC_FILE else where, banner_of(spec_path))
    validated(loaded)
    model = model_from(loaded, release)
    files = _render(model)
    for path in generated_paths(spec):
        if files[f"{spec.name}/{path}"] != texts[path]:
            line = _first_difference(texts[path], files[f"{spec.name}/{path}"])
            raise TreeError(
                path,
                f"line {line} is not what clonegen makes from {loaded.display_path} (digest "
                f"{digest}) {_for(release)}: it was edited "
                "by hand (or made by another version of clonegen); carry the edit into the "
                "spec, or undo it, and run kernel-patch again",
            )
    return Baseline(where, loaded, release, model)


def up_to_date(spec: Spec, files: dict[str, str], tree: Path) -> bool:
    """Whether the tree's generated files are the spec's rendering already."""
    return all(read_tree_file(tree, p) == files[f"{spec.name}/{p}"] for p in generated_paths(spec))


def _refuse_clashes(spec: Spec, base: Baseline, tree: Path) -> None:
    """A change patch touches the generated files only: the hand-written ones must not define
    a name the generated uapi header now adds, and the files must be where they were."""
    t, old_t = spec.kernel.tree, base.model.kernel.tree
    assert t is not None
    if generated_paths(spec) != generated_paths(base.model) or t != old_t:
        raise SpecError(
            [
                Diagnostic(
                    spec.file,
                    spec.pos.line,
                    spec.pos.col,
                    "kernel-patch cannot write this change: the generated files moved or "
                    f"kernel.tree changed since the tree's files were made ({base.where}); "
                    "revert the series in the tree and convert it again",
                )
            ]
        )
    added = [n for n in _uapi_names(spec) if n not in set(_uapi_names(base.model))]
    for path in {t.uapi, t.header} - set(generated_paths(spec)):
        text = _Text.of(tree, path)
        for name in added:
            if text.defines(name):
                raise TreeError(
                    path,
                    f"defines {name}, which the generated uapi header now defines: "
                    "remove it from the tree first",
                )


def _for(release: str | None) -> str:
    return "for every release" if release is None else f"for Linux {release}"


def _sizes(old: Spec, new: Spec) -> str:
    was = f" (was {old.latest.size})" if old.latest.size != new.latest.size else ""
    versions = ", ".join(f"{v.macro} = {v.size}" for v in new.versions)
    return f"struct {new.uapi.struct} is {new.latest.size} bytes{was}; {versions}."


def _subject(old: Spec, new: Spec) -> str:
    added = [fl.name for fl in new.flags if fl.name not in {f.name for f in old.flags}]
    added += [f.name for f in new.fields if f.name not in {f.name for f in old.fields}]
    added += [v.name for v in new.versions if v.name not in {v.name for v in old.versions}]
    what = ", ".join(added[:-1]) + (" and " if len(added) > 1 else "") + (added[-1:] or [""])[0]
    subject = f"{new.syscall}: add {what}"
    if not added or len(subject) > 64:
        subject = f"{new.syscall}: regenerate the {new.uapi.struct} glue from {new.source}"
    return subject


def _items(spec: Spec, changes: list[Change]) -> list[str]:
    """The ABI diff's changes, each at its line of the new spec (by the name generated files
    give it) or of the baseline revision (``REV:path``)."""
    return [
        line
        for c in changes
        for line in _wrap(
            f"- {c.verdict}: {c.message} ({spec.source if c.file == spec.file else c.file}:{c.line})"
        )
    ]


def change_patch(
    spec: Spec,
    files: dict[str, str],
    path: Path,
    base: Baseline,
    tree: Path,
    number: int,
    total: int,
    signoff: str | None = None,
) -> str:
    """One ``git format-patch`` mail that brings the tree's generated files to the spec's state."""
    _refuse_clashes(spec, base, tree)
    changes = [
        (p, read_tree_file(tree, p), files[f"{spec.name}/{p}"])
        for p in generated_paths(spec)
        if read_tree_file(tree, p) != files[f"{spec.name}/{p}"]
    ]
    new = read_spec(path)
    abi = diff(Side(base.loaded, base.model), Side(load_text(new.raw, spec.file, new.banner), spec))
    release = spec.kernel_release or base.release
    broken = sum(c.verdict == BREAKING for c in abi)
    if not abi:
        summary = "The ABI does not change (the docs, the kernel types or the code do)."
    elif verdict(abi) == BREAKING:
        summary = (
            f"BREAKING: {broken} of the {len(abi)} ABI changes break binaries built against "
            "the old header or change an errno they see:"
        )
    else:
        summary = "The ABI changes, all compatible (an old binary keeps its answers):"
    message = [
        f"Subject: [PATCH {number}/{total}] {_subject(base.model, spec)}",
        "",
        *_wrap(
            f"Regenerate the {spec.syscall}() glue from {spec.source} (digest {spec.digest}) "
            f"{_for(release)}; the tree's files were generated from digest "
            f"{base.model.digest} ({base.where}) {_for(base.release)}."
        ),
        "",
        *_wrap(summary),
        *(["", *_items(spec, abi)] if abi else []),
        "",
        *_wrap(_sizes(base.model, spec)),
        "",
        *_wrap("Only the generated files change: " + ", ".join(p for p, _, _ in changes) + "."),
        *(["", f"Signed-off-by: {signoff}"] if signoff else []),
    ]
    return (
        "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
        f"From: {signoff or AUTHOR}\n"
        + "\n".join(message)
        + "\n---\n"
        + "".join(_diff(path, old, new) for path, old, new in changes)
        + "-- \nclonegen\n\n"
    )


@dataclass(frozen=True)
class Series:
    """What ``kernel-patch`` writes: the mails, and the specs the tree has as they are."""

    mbox: str
    patches: int
    current: tuple[str, ...]


def series(
    specs: list[tuple[Spec, dict[str, str], Path]],
    tree: Path,
    signoff: str | None = None,
    selftests: bool = False,
) -> Series:
    """Per spec, in the order given: the conversion on a tree without the generated files,
    the change on a tree with older ones, nothing on a tree that has the spec's state.
    With ``selftests``, one more patch: every spec's kselftest
    (:mod:`clonegen.intree_selftests`), unless the tree has them as they are."""
    with_tree = [(s, f, p) for s, f, p in specs if s.kernel.tree is not None]
    if not with_tree and not selftests:
        raise TreeError(".", "no spec says where its hand-written code lives (kernel.tree)")
    problems = _mail_problems([s for s, _, _ in with_tree])
    if problems:
        raise SpecError(problems)
    jobs: list[tuple[Spec, dict[str, str], Path, Baseline | None]] = []
    current: list[str] = []
    for spec, files, path in with_tree:
        if not converted(spec, tree):
            jobs.append((spec, files, path, None))
        elif up_to_date(spec, files, tree):
            current.append(spec.source)
        else:
            jobs.append((spec, files, path, baseline(spec, path, tree)))
    tests = [(s, f) for s, f, _ in specs]
    extra = 1 if selftests and selftest_changes(tests, tree) else 0
    total = len(jobs) + extra
    mails = [
        (
            patch(spec, files, tree, i, total, signoff)
            if base is None
            else change_patch(spec, files, path, base, tree, i, total, signoff)
        )
        for i, (spec, files, path, base) in enumerate(jobs, start=1)
    ]
    if extra:
        mail = selftests_patch(tests, tree, total, total, signoff)
        assert mail is not None
        mails.append(mail)
    elif selftests:
        current.append("the kselftests")
    return Series("".join(mails), len(mails), tuple(current))
