"""``clonegen kernel-patch``: the generated kernel files as a patch against a kernel tree.

A spec's ``kernel.tree`` names the hand-written files the generated ones
replace: the uapi header that defines the flags, the struct and the sizes
(it includes the generated uapi header instead), the kernel header that
defines the kernel struct (it includes the generated kernel header instead)
and the source file with the copy-in, the checks and the entry stubs (they
are deleted; the generated source is added to the directory's Makefile).
The result is one mbox patch per spec, in ``git format-patch`` form, that
``git am`` or ``patch -p1`` applies: a reviewer sees the hand-written code go
and the generated files come, and nothing else change.

Every edit is found by name in the tree's text and refused, with the file and
the name, when the text is not as expected, so a tree that has moved on is
never patched half. A tree that already has the generated files gets the
change to the spec's state instead (:mod:`clonegen.intree_change`).
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from clonegen.diagnostics import Diagnostic, SpecError
from clonegen.files import InputFileError, read_regular
from clonegen.model import Spec
from clonegen.names import RELEASE, release_key

AUTHOR = "clonegen <clonegen@localhost>"


class TreeError(Exception):
    """The tree is not as the spec's ``kernel.tree`` describes it."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


# The largest tree file clonegen reads (kernel/fork.c is about 100 KiB).
MAX_TREE_FILE = 16 << 20


def read_tree_file(tree: Path, path: str) -> str:
    """The text of a regular file of the tree, which must be UTF-8."""
    try:
        raw = read_regular(tree / path, MAX_TREE_FILE)
    except InputFileError as exc:
        missing = not os.path.lexists(tree / path)
        raise TreeError(path, "no such file in the tree" if missing else exc.reason) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line, col = before.count(b"\n") + 1, exc.start - before.rfind(b"\n")
        raise TreeError(
            path, f"is not UTF-8 text: byte 0x{raw[exc.start]:02x} at line {line}, column {col}"
        ) from None


def tree_release(tree: Path) -> str:
    """``7.3`` from the tree's top Makefile."""
    if not tree.is_dir():
        what = "not a directory" if tree.exists() else "no such directory"
        raise TreeError("", f"{what}: --tree names the top directory of a kernel tree")
    if not (tree / "Makefile").exists():
        raise TreeError("Makefile", "no such file: not a kernel tree (name its top directory)")
    text = read_tree_file(tree, "Makefile")
    version = re.search(r"^VERSION = (.*)$", text, re.M)
    patchlevel = re.search(r"^PATCHLEVEL = (.*)$", text, re.M)
    if not version or not patchlevel:
        raise TreeError("Makefile", "no VERSION and PATCHLEVEL: not a kernel tree")
    release = f"{version.group(1)}.{patchlevel.group(1)}"
    if not RELEASE.fullmatch(release):
        raise TreeError(
            "Makefile",
            f"VERSION and PATCHLEVEL give {release[:64]!r}, not a kernel release such as 7.3 "
            "(numbers of at most three digits)",
        )
    return release


def _definition(name: str) -> str:
    """The first line of a C function's definition (not a declaration: no ``;`` at the end)."""
    return rf"^[a-z].*\b{re.escape(name)}\(.*[^;]$"


def _uapi_names(spec: Spec) -> list[str]:
    """The macros the generated uapi header defines: flags, its own constants, version sizes."""
    names = [fl.name for fl in spec.flags]
    names += [c.name for c in spec.constants if c.header is None]
    return names + [v.macro for v in spec.versions]


def _newer_names(spec: Spec, release: str) -> set[str]:
    """The flags and size macros of the spec from a release newer than ``release``."""
    named = [(fl.name, fl.since) for fl in spec.flags] + [(v.macro, v.since) for v in spec.versions]
    return {name for name, since in named if release_key(since) > release_key(release)}


@dataclass
class _Text:
    """A file's lines and the ones marked for removal."""

    path: str
    lines: list[str]
    removed: set[int]

    @classmethod
    def of(cls, tree: Path, path: str) -> _Text:
        return cls(path, read_tree_file(tree, path).split("\n"), set())

    def find(self, pattern: str, what: str, start: int = 0) -> int:
        rx = re.compile(pattern)
        hits = [i for i in range(start, len(self.lines)) if rx.search(self.lines[i])]
        if len(hits) != 1:
            found = "not found" if not hits else f"found {len(hits)} times"
            raise TreeError(self.path, f"{what} {found}")
        return hits[0]

    def comment_above(self, i: int) -> int:
        """The first line of a comment block that ends right above line ``i``, else ``i``."""
        j = i - 1
        if j < 0 or not self.lines[j].rstrip().endswith("*/"):
            return i
        while j >= 0 and not self.lines[j].lstrip().startswith("/*"):
            j -= 1
        return j if j >= 0 else i

    def closing(self, i: int, what: str) -> int:
        """The line of the ``}`` or ``};`` in column 0 that ends the block starting at ``i``."""
        for j in range(i, len(self.lines)):
            if self.lines[j] in ("}", "};"):
                return j
        raise TreeError(self.path, f"{what} has no closing brace")

    def endif(self, i: int, what: str) -> int:
        """The ``#endif`` matching the ``#if`` on line ``i``."""
        depth = 0
        for j in range(i, len(self.lines)):
            line = self.lines[j]
            if re.match(r"#\s*if", line):
                depth += 1
            elif re.match(r"#\s*endif", line):
                depth -= 1
                if depth == 0:
                    return j
        raise TreeError(self.path, f"{what} has no #endif")

    def remove(self, first: int, last: int) -> None:
        self.removed.update(range(first, last + 1))

    def function_span(self, name: str) -> tuple[int, int]:
        """The lines of a function's definition, from its first line to its closing brace."""
        start = self.find(_definition(name), f"function {name}()")
        return start, self.closing(start, f"function {name}()")

    def remove_function(self, name: str) -> None:
        start, end = self.function_span(name)
        self.remove(self.comment_above(start), end)

    def syscall_span(self, name: str, guard: str | None) -> tuple[int, int]:
        """The lines of an entry stub: its SYSCALL_DEFINE, or the whole ``#ifdef`` block of a
        guarded one, which must hold nothing else (clone has one SYSCALL_DEFINE per argument
        order in it)."""
        what = f"SYSCALL_DEFINE of {name}"
        if guard is None:
            define = self.find(rf"^SYSCALL_DEFINE\d\({re.escape(name)}[,)]", what)
            return define, self.closing(define, what)
        start = self.find(rf"^#ifdef {re.escape(guard)}$", f"#ifdef {guard}")
        end = self.endif(start, f"#ifdef {guard}")
        inside = [
            line for line in self.lines[start : end + 1] if re.match(r"SYSCALL_DEFINE\d\(", line)
        ]
        if not inside or any(
            not re.match(rf"SYSCALL_DEFINE\d\({re.escape(name)}[,)]", line) for line in inside
        ):
            raise TreeError(self.path, f"#ifdef {guard} does not hold just the {name} stub")
        return start, end

    def remove_syscall(self, name: str, guard: str | None) -> None:
        start, end = self.syscall_span(name, guard)
        self.remove(self.comment_above(start), end)

    def code(self, span: tuple[int, int]) -> list[str]:
        """The lines of a span, first to last."""
        return self.lines[span[0] : span[1] + 1]

    def remove_struct(self, name: str) -> None:
        what = f"struct {name}"
        start = self.find(rf"^struct {re.escape(name)} {{$", what)
        first, last = self.comment_above(start), self.closing(start, what)
        if (
            first > 0
            and self.lines[first - 1] == "#ifndef __ASSEMBLY__"
            and self.lines[last + 1 : last + 2] == ["#endif"]
        ):
            first, last = first - 1, last + 1
        self.remove(first, last)

    def remove_macro(self, name: str) -> None:
        start = self.find(rf"^#define\s+{re.escape(name)}\b", f"#define {name}")
        end = start
        while self.lines[end].endswith("\\") or (
            self.lines[end].count("/*") > self.lines[end].count("*/")
        ):
            end += 1
            if end == len(self.lines):
                raise TreeError(self.path, f"#define {name} continues past the end of the file")
        self.remove(start, end)

    def defines_function(self, name: str) -> bool:
        rx = re.compile(_definition(name))
        return any(rx.search(line) for line in self.lines)

    def defines(self, name: str) -> bool:
        rx = re.compile(rf"^#define\s+{re.escape(name)}\b")
        return any(rx.search(line) for line in self.lines)

    def export_function(self, name: str) -> None:
        """Drop the ``static`` of a function the generated code now calls, and realign the
        continuation lines of its parameters under the opening parenthesis."""
        what = f"static function {name}()"
        start = self.find(rf"^static (inline )?[a-z].*\b{re.escape(name)}\(", what)
        first = self.lines[start].replace("static ", "", 1)
        self.lines[start] = first
        column = len(first.expandtabs(8)[: first.index("(") + 1].expandtabs(8))
        i = start
        while not self.lines[i].rstrip().endswith(("{", ")", ";")) and i + 1 < len(self.lines):
            i += 1
            text = self.lines[i].lstrip()
            self.lines[i] = "\t" * (column // 8) + " " * (column % 8) + text

    def drop_orphan_comments(self) -> None:
        """A comment block right above removed lines goes with them."""
        changed = True
        while changed:
            changed = False
            for i in sorted(self.removed):
                first = self.comment_above(i)
                if first < i and not self.removed.issuperset(range(first, i)):
                    self.remove(first, i - 1)
                    changed = True

    def add_include(self, header: str) -> None:
        includes = [i for i, line in enumerate(self.lines) if line.startswith("#include <")]
        if not includes:
            raise TreeError(self.path, "has no #include to add one after")
        last = includes[0]
        while last + 1 < len(self.lines) and self.lines[last + 1].startswith("#include"):
            last += 1
        self.lines[last] += f"\n#include <{header}>"

    def text(self) -> str:
        """The kept lines; where a removal leaves two blank lines meeting, one goes with it."""
        kept: list[str] = []
        gap = False
        for i, line in enumerate(self.lines):
            if i in self.removed:
                gap = True
                continue
            if gap and line.strip() == "" and kept and kept[-1].strip() == "":
                continue
            gap = gap and line.strip() == ""
            kept.append(line)
        return "\n".join(kept)


def _makefile(tree: Path, source: str) -> tuple[str, str, str]:
    """The Makefile next to ``source`` with the generated object added after its first obj-y."""
    directory, _, name = source.rpartition("/")
    path = f"{directory}/Makefile" if directory else "Makefile"
    old = read_tree_file(tree, path)
    lines = old.split("\n")
    start = next((i for i, line in enumerate(lines) if re.match(r"obj-y\s*[:+]?=", line)), None)
    if start is None:
        raise TreeError(path, "has no obj-y line to add the generated object after")
    end = start
    while lines[end].endswith("\\"):
        end += 1
        if end == len(lines):
            raise TreeError(path, "its first obj-y line continues past the end of the file")
    obj = name.removesuffix(".c") + ".o"
    lines.insert(end + 1, f"obj-y += {obj}")
    return path, old, "\n".join(lines)


def edits(spec: Spec, files: dict[str, str], tree: Path) -> list[tuple[str, str | None, str]]:
    """Every file the patch touches: (path, text in the tree or None for a new file, new text)."""
    t = spec.kernel.tree
    assert t is not None
    k = spec.kernel
    out: list[tuple[str, str | None, str]] = []
    for path in (spec.uapi.header, k.header, k.source):
        if path == t.uapi:
            continue  # the generated uapi header replaces the tree's below
        if (tree / path).exists():
            raise TreeError(path, "already exists: the tree has the generated files")
        out.append((path, None, files[f"{spec.name}/{path}"]))

    # The names the generated uapi header defines go from wherever the tree defines them;
    # a name from a release newer than the tree's (a series cut with a newer --kernel) is
    # new to the tree, so it may be absent.
    uapi_names = _uapi_names(spec)
    uapi_text = _Text.of(tree, t.uapi)
    newer = _newer_names(spec, tree_release(tree))
    uapi_names = [n for n in uapi_names if n not in newer or uapi_text.defines(n)]
    generated_uapi = files[f"{spec.name}/{spec.uapi.header}"]
    if spec.uapi.header == t.uapi:
        out.append((t.uapi, read_tree_file(tree, t.uapi), generated_uapi))
    else:
        uapi = uapi_text
        for name in uapi_names:
            uapi.remove_macro(name)
        uapi.remove_struct(spec.uapi.struct)
        uapi.drop_orphan_comments()
        uapi.add_include(spec.uapi.header.removeprefix("include/uapi/"))
        out.append((t.uapi, read_tree_file(tree, t.uapi), uapi.text()))

    header = _Text.of(tree, t.header)
    if k.struct != spec.uapi.struct:
        header.remove_struct(k.struct)
    for name in uapi_names:
        if header.defines(name):
            header.remove_macro(name)  # a kernel-internal copy of a name the uapi now exports
    for name in t.macros:
        header.remove_macro(name)
    header.drop_orphan_comments()
    header.add_include(k.header.removeprefix("include/"))
    out.append((t.header, read_tree_file(tree, t.header), header.text()))

    source = _Text.of(tree, t.source)
    for fn in t.functions:
        source.remove_function(fn)
    for e in spec.entry_points:
        source.remove_syscall(e.name, e.guard)
    for fn in t.exports:
        source.export_function(fn)
    out.append((t.source, read_tree_file(tree, t.source), source.text()))

    out.append(_makefile(tree, k.source))
    return out


def _blob(text: str | None) -> str:
    """The git object name of a file's text (zeros for no file), for the ``index`` line that
    lets ``git am -3`` fall back on a three-way merge."""
    if text is None:
        return "0" * 40
    data = text.encode()
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def _diff(path: str, old: str | None, new: str) -> str:
    a = [] if old is None else old.splitlines(keepends=True)
    b = new.splitlines(keepends=True)
    head = f"diff --git a/{path} b/{path}\n"
    if old is None:
        head += "new file mode 100644\n"
        head += f"index {_blob(None)}..{_blob(new)}\n"
    else:
        head += f"index {_blob(old)}..{_blob(new)} 100644\n"
    body = difflib.unified_diff(
        a, b, "/dev/null" if old is None else f"a/{path}", f"b/{path}", n=3, lineterm="\n"
    )
    lines = list(body)
    if lines:
        # difflib writes "--- a/x\t" style headers without dates when none are given.
        lines[0], lines[1] = lines[0].rstrip() + "\n", lines[1].rstrip() + "\n"
    return head + "".join(lines)


def _wrap(text: str, width: int = 72) -> list[str]:
    """A paragraph or a ``- `` item of a commit message, wrapped at ``width``."""
    out: list[str] = []
    line = ""
    indent = "  " if text.startswith("- ") else ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = indent + word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return out


def _requirements(spec: Spec) -> list[str]:
    """The review document's check table as commit message items."""
    from clonegen.views.docs import DocsView

    return [
        line for r in DocsView.of(spec).requirements for line in _wrap(f"- {r.text}: {r.errno}")
    ]


def _file_items(spec: Spec, changes: list[tuple[str, str | None, str]]) -> list[str]:
    """What the patch does to each file, as commit message items."""
    t = spec.kernel.tree
    assert t is not None
    k = spec.kernel
    entries = ", ".join(f"{e.name}()" for e in spec.entry_points)
    stubs = f"the {entries} entry stub" + ("s" if len(spec.entry_points) > 1 else "")
    items = []
    if spec.uapi.header == t.uapi:
        items.append(
            f"- {t.uapi}: generated, with the flags, struct {spec.uapi.struct} and the size "
            "macros, in place of the hand-written header;"
        )
    else:
        items.append(
            f"- {spec.uapi.header}: the flags, struct {spec.uapi.struct} and the size macros, "
            f"included by {t.uapi} in their place;"
        )
    header_old = next(old for path, old, _ in changes if path == t.header) or ""
    header = _Text(t.header, header_old.split("\n"), set())
    moved = [name for name in _uapi_names(spec) if header.defines(name)]
    if k.struct == spec.uapi.struct:
        what = f"the declaration of {k.common_function}() for the stub, included by {t.header}"
    else:
        what = f"struct {k.struct}, included by {t.header} in its place"
    if moved:
        what += f"; {', '.join(moved)} now {'comes' if len(moved) == 1 else 'come'} from the uapi header"
    if t.macros:
        what += f"; {', '.join(t.macros)}, which only the replaced code used, goes"
    items.append(f"- {k.header}: {what};")
    gone = ", ".join(f"{fn}()" for fn in t.functions)
    source = f"- {k.source}: {gone + ' and ' if gone else ''}{stubs}, deleted from {t.source}"
    if t.exports:
        exported = ", ".join(f"{fn}()" for fn in t.exports)
        verb = "is" if len(t.exports) == 1 else "are"
        source += f"; {exported}, which the stub calls, {verb} no longer static"
    items.append(source + ".")
    return [line for item in items for line in _wrap(item)]


def review(spec: Spec, files: dict[str, str], tree: Path) -> list[str]:
    """The patch's notes: each hand-written function and entry stub against the generated code
    that replaces it, as an indented diff without hunk headers (``git am`` and ``patch`` skip
    the notes; nothing in them looks like a diff to either)."""
    t = spec.kernel.tree
    assert t is not None
    k = spec.kernel
    hand = _Text.of(tree, t.source)
    generated = _Text(k.source, files[f"{spec.name}/{k.source}"].split("\n"), set())
    pairs: list[tuple[str, list[str], list[str]]] = []
    for fn in t.functions:
        old = hand.code(hand.function_span(fn))
        try:
            new = generated.code(generated.function_span(fn))
        except TreeError:
            new = []  # folded into the generated checks
        pairs.append((f"{fn}()", old, new))
    replaced = set(t.functions)
    for fn in (k.copy_function, k.valid_function):
        if fn not in replaced and generated.defines_function(fn):
            pairs.append((f"{fn}() (new)", [], generated.code(generated.function_span(fn))))
    for e in spec.entry_points:
        old = hand.code(hand.syscall_span(e.name, e.guard))
        new = generated.code(generated.syscall_span(e.name, e.guard))
        pairs.append((f"the {e.name}() stub", old, new))
    out = [
        "Review notes, not part of the patch: the hand-written code of",
        f"{t.source} against the generated {k.source}, one piece at a time",
        "('-' hand-written, '+' generated).",
    ]
    for what, old, new in pairs:
        out += ["", f"  {what}:"]
        body = list(difflib.unified_diff(old, new, lineterm="", n=2))[2:]
        out += [f"    {line.expandtabs(8)}".rstrip() for line in body if not line.startswith("@@")]
        if not body:
            out.append("    (unchanged)")
    return out


def patch(
    spec: Spec,
    files: dict[str, str],
    tree: Path,
    number: int,
    total: int,
    signoff: str | None = None,
) -> str:
    """One ``git format-patch`` mail: the generated files replace the hand-written code."""
    t = spec.kernel.tree
    assert t is not None
    k = spec.kernel
    changes = edits(spec, files, tree)
    release = spec.kernel_release or tree_release(tree)
    shared = k.struct == spec.uapi.struct
    digest = spec.banner_lines[1].removeprefix("Spec digest: ").rstrip(".")
    message = [
        f"Subject: [PATCH {number}/{total}] {spec.syscall}: generate the {spec.uapi.struct} glue "
        f"from {spec.source}",
        "",
        *_wrap(
            f"Replace the hand-written {spec.syscall}() glue with the files clonegen renders "
            f"from {spec.source} (digest {digest}) for Linux {release}:"
        ),
        "",
        *_file_items(spec, changes),
        "",
        *_wrap(
            "The behaviour is the hand-written code's: the same checks in the same order with "
            f"the same errnos, {'the same struct below the stub' if shared else 'the same member order of the kernel struct'}, the same values of "
            "every uapi name. The checks, in the order the kernel applies them (the first "
            "that fails decides the errno)"
            + (
                f"; those marked (in {k.checked_in}()) stay where they are, below "
                f"{k.common_function}():"
                if spec.common_checks
                else ":"
            )
        ),
        "",
        *_requirements(spec),
        *(["", f"Signed-off-by: {signoff}"] if signoff else []),
    ]
    diffs = "".join(_diff(path, old, new) for path, old, new in changes)
    return (
        "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
        f"From: {signoff or AUTHOR}\n"
        + "\n".join(message)
        + "\n---\n"
        + "\n".join(review(spec, files, tree))
        + "\n\n"
        + diffs
        + "-- \nclonegen\n\n"
    )


def _mail_problems(specs: list[Spec]) -> list[Diagnostic]:
    """Specs whose file name a mail header cannot carry as it is: each patch's Subject
    names its spec, so the name is refused, not escaped, when it is not printable ASCII
    (a newline would end the header; other bytes would need a MIME encoding)."""
    return [
        Diagnostic(
            s.file,
            1,
            1,
            f"kernel-patch names the spec {s.source!r} in the Subject of its mail, which "
            "takes printable ASCII only: rename the spec file",
        )
        for s in specs
        if not (s.source.isascii() and s.source.isprintable())
    ]


def series(specs: list[tuple[Spec, dict[str, str]]], tree: Path, signoff: str | None = None) -> str:
    """The mbox of every spec's patch, in the order given."""
    with_tree = [(s, f) for s, f in specs if s.kernel.tree is not None]
    if not with_tree:
        raise TreeError(".", "no spec says where its hand-written code lives (kernel.tree)")
    problems = _mail_problems([s for s, _ in with_tree])
    if problems:
        raise SpecError(problems)
    return "".join(
        patch(s, f, tree, i, len(with_tree), signoff) for i, (s, f) in enumerate(with_tree, start=1)
    )
