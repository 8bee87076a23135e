"""The ``clonegen`` command."""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from clonegen import __version__
from clonegen.arch import ARCHES, VERIFIED, WITH_ABI, machine_arch
from clonegen.diagnostics import Diagnostic, SpecError, did_you_mean
from clonegen.files import display_name
from clonegen.names import RELEASE
from clonegen.output import OutputError, stale, write
from clonegen.pipeline import Result, model_of, run

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def _release(text: str) -> str:
    """``6.18``, ``6.18.44-fc`` or ``running`` -> ``6.18``/``6.18.44``.

    Printable ASCII of at most 64 characters (``uname -r``'s limit), at most
    three digits per number: what follows the release (``-fc``, ``+``) is
    dropped, a longer number is refused."""
    if text == "running":
        text = os.uname().release
    m = None
    if text.isascii() and text.isprintable() and len(text) <= 64:
        m = re.match(rf"({RELEASE.pattern})(?![0-9]|\.[0-9])", text, re.ASCII)
    if not m:
        shown = repr(text) if len(text) <= 64 else f"{text[:64]!r}..."
        raise argparse.ArgumentTypeError(f"{shown} is not a kernel release such as 6.18")
    return ".".join(str(int(n)) for n in m.group(1).split("."))  # 06.1 is 6.1: one spelling


# Every command: its one line in ``clonegen --help``, what it does, and one example.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "validate": (
        "check specs and report every error",
        "Check each spec against the schema and the rules between its parts. Every error is "
        "reported at once as FILE:LINE:COL: error: MESSAGE; nothing is written.",
        "clonegen validate spec/clone_args.yaml",
    ),
    "generate": (
        "render every artifact of the specs",
        "Render the uapi and kernel headers, the kernel source, the libc, Python, Rust and Go "
        "bindings and the review documents of each spec into OUT/<name>/. Files it wrote "
        "before and no longer makes are removed; nothing else is touched.",
        "clonegen generate --kernel 6.18 --out build spec/clone_args.yaml",
    ),
    "check": (
        "exit 1 with a diff when the output directory is stale",
        "Render the specs in memory and compare with OUT: exit 0 when it holds exactly what "
        "generate would write, 1 with a unified diff when not. Writes nothing.",
        "clonegen check --out generated",
    ),
    "diff": (
        "classify the changes between two revisions of a spec",
        "Compare two revisions of a spec and say of each change whether an old binary or an "
        "old kernel notices it (breaking) or not (compatible). Exit 1 when any is breaking.",
        "clonegen diff HEAD:spec/clone_args.yaml spec/clone_args.yaml --format markdown",
    ),
    "check-abi": (
        "exit 1 when a spec breaks the ABI of a baseline revision",
        "For CI: diff every spec with the same path at a git revision; exit 1 on a breaking "
        "change, 2 when the baseline cannot be read (unknown, shallow clone, no repository).",
        "clonegen check-abi --baseline origin/main",
    ),
    "decode": (
        "print a struct given in hex as strace prints it",
        "Print the struct's bytes the way strace prints the system call's argument, with the "
        "names of the given release and architecture.",
        "clonegen decode spec/open_how.yaml 4200000000000000a4010000000000000400000000000000",
    ),
    "kernel-patch": (
        "write the kernel files as a git-am patch series against a kernel tree",
        "Write a git format-patch series that replaces the tree's hand-written copy-in code "
        "with the generated files, one mail per spec, for the tree's release.",
        "clonegen kernel-patch --tree ~/linux --out /tmp/series.mbox && git -C ~/linux am /tmp/series.mbox",
    ),
    "layout": (
        "print the offset, size and version table of a spec",
        "Print every field's offset, size, uapi and kernel type and the version it came in, "
        "as a table; with --kernel-struct, the kernel struct as pahole prints it, per "
        "architecture, and where a new kernel-only member fits without a new hole.",
        "clonegen layout spec/clone_args.yaml --kernel 5.5",
    ),
    "audit": (
        "find other code bases' copies of the specs' structs and names, and their drift",
        "Find under PATH every copy of what the specs define (C and C++ structs by name or by "
        "shape, size macros, flags and constants; Rust and Go structs and consts; syzkaller's "
        "descriptions) and report each difference from the spec with the copy's file and "
        "line: abi (a wrong offset, size or value, proven by a program that fails to compile "
        "on that architecture), stale (a field, size macro or flag the copy lacks) or cosmetic "
        "(a name). Layouts are measured with each architecture's compiler (gcc, rustc, go vet).",
        "clonegen audit generated --format markdown --fail-on abi",
    ),
}


def _command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str
) -> argparse.ArgumentParser:
    """The parser of a command, with its help, description and example from COMMANDS."""
    short, what, example = COMMANDS[name]
    return sub.add_parser(
        name,
        help=short,
        description=what,
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _specs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "specs", nargs="*", type=Path, metavar="SPEC", help="spec files (default: spec/*.yaml)"
    )


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="clonegen",
        description="Generate kernel, libc, Python and review artifacts for size-versioned syscall structs.",
    )
    p.add_argument("--version", action="version", version=f"clonegen {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _specs(_command(sub, "validate"))

    g = _command(sub, "generate")
    _specs(g)
    g.add_argument(
        "--out", type=Path, default=Path("generated"), help="output directory (default: generated)"
    )
    g.add_argument(
        "--kernel",
        type=_release,
        metavar="REL",
        help="leave out what is newer than this release ('running' for uname)",
    )

    _add_check(sub)

    d = _command(sub, "diff")
    d.add_argument("old", type=_side, metavar="OLD", help="a spec path or a git REV:path")
    d.add_argument("new", type=_side, metavar="NEW", help="a spec path or a git REV:path")
    d.add_argument(
        "--format",
        choices=("text", "markdown", "json"),
        default="text",
        help="text for a terminal (default), markdown for a review, json for scripts",
    )

    a = _command(sub, "check-abi")
    _specs(a)
    a.add_argument(
        "--baseline",
        default="HEAD",
        type=_revision,
        metavar="REV",
        help="git revision to compare with (default: HEAD)",
    )

    _add_decode(sub)
    _add_kernel_patch(sub)

    _add_layout(sub)
    _add_audit(sub)
    return p


def _add_audit(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``clonegen audit``: its options."""
    au = _command(sub, "audit")
    au.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or directories")
    au.add_argument(
        "--spec",
        action="append",
        type=Path,
        default=[],
        metavar="SPEC",
        help="a spec to audit against (repeatable; default: spec/*.yaml)",
    )
    au.add_argument(
        "--arch",
        action="append",
        choices=VERIFIED,
        default=[],
        help="an architecture to measure on (repeatable; default: all nine)",
    )
    au.add_argument(
        "--release",
        type=_release,
        metavar="REL",
        help="audit against the spec as of this release (newer fields and flags left out)",
    )
    au.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="text for a terminal (default), json for scripts, markdown for a maintainer",
    )
    au.add_argument(
        "--fail-on",
        choices=("abi", "stale", "any"),
        help="exit 1 when there is a finding of this class (abi: a proven ABI finding; "
        "stale: that or a stale one; any: any finding)",
    )


def _add_check(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``clonegen check``: its options."""
    c = _command(sub, "check")
    _specs(c)
    c.add_argument(
        "--out",
        type=Path,
        default=Path("generated"),
        help="the output directory to compare (default: generated)",
    )
    c.add_argument(
        "--kernel",
        type=_release,
        metavar="REL",
        help="compare with what generate --kernel REL writes",
    )


def _add_layout(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``clonegen layout``: its options."""
    lay = _command(sub, "layout")
    lay.add_argument("spec", type=Path, metavar="SPEC", help="the spec file")
    lay.add_argument(
        "--kernel",
        type=_release,
        metavar="REL",
        help="the layout of this release: newer versions and fields left out",
    )
    lay.add_argument(
        "--kernel-struct",
        action="store_true",
        help="print the kernel struct as pahole does (offsets, sizes, holes, padding) and "
        "where a new kernel-only member fits",
    )
    lay.add_argument(
        "--arch",
        choices=(*WITH_ABI, "all"),
        help="with --kernel-struct: the architecture (default: this machine's), or all",
    )


def _add_decode(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``clonegen decode``: its options."""
    dec = _command(sub, "decode")
    dec.add_argument("spec", type=Path, metavar="SPEC", help="the spec file of the struct")
    dec.add_argument("hex", type=_hex_bytes, metavar="HEX", help="the struct's bytes in hex")
    dec.add_argument(
        "--size", type=_number, help="the size the caller passed (default: the bytes given)"
    )
    dec.add_argument(
        "--addr", type=_number, default=0, help="the struct's address, shown when it is too short"
    )
    dec.add_argument(
        "--release",
        type=_release,
        metavar="REL",
        help="name only what strace of this Linux release knows (newer flags print in hex)",
    )
    dec.add_argument(
        "--arch",
        choices=sorted(ARCHES),
        help="the architecture of the tracee (default: this machine's)",
    )
    dec.add_argument(
        "--entry",
        metavar="NAME",
        help="the system call that passed the struct (default: the spec's; sched_getattr "
        "decodes the struct the kernel wrote)",
    )


def _add_kernel_patch(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``clonegen kernel-patch``: its options."""
    kp = _command(sub, "kernel-patch")
    _specs(kp)
    kp.add_argument("--tree", type=Path, required=True, help="the kernel source tree")
    kp.add_argument(
        "--kernel",
        type=_release,
        metavar="REL",
        help="the release to generate for (default: the tree's, from its Makefile)",
    )
    kp.add_argument(
        "--out", type=Path, help="write the mbox here (default: standard output)", default=None
    )
    kp.add_argument(
        "--allow-older-cut",
        action="store_true",
        help="cut the series for a --kernel older than the tree's release, leaving out the "
        "flags, fields and versions the tree's kernel has and the cut lacks (they are listed)",
    )
    kp.add_argument(
        "--selftests",
        action="store_true",
        help="add the specs' kselftests (tools/testing/selftests/<name>/) as one more patch",
    )
    kp.add_argument(
        "--signoff",
        type=_identity,
        metavar="'NAME <EMAIL>'",
        help="author the patches as NAME <EMAIL> and add their Signed-off-by "
        "(default: clonegen as author, no sign-off: only a person can certify the DCO)",
    )


def _revision(text: str) -> str:
    """A git revision, never one git would read as an option (``--output=FILE`` writes)."""
    if text.startswith("-"):
        raise argparse.ArgumentTypeError(
            f"revision {text!r} starts with '-', which git reads as an option"
        )
    return text


def _side(text: str) -> str:
    """A spec path, or ``REV:path`` read from git when no such file exists."""
    if ":" in text and not Path(text).exists():
        _revision(text.partition(":")[0])
    return text


def _hex_bytes(text: str) -> bytes:
    try:
        return bytes.fromhex(text.removeprefix("0x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not hex bytes such as 0010ff") from None


def _identity(text: str) -> str:
    """``NAME <EMAIL>``, printable (a control character would break the mail's From)."""
    if not text.isprintable() or not re.fullmatch(r"[^<>]*[^<>\s] <[^<>\s@]+@[^<>\s]+>", text):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not NAME <EMAIL>, as in a Signed-off-by line"
        )
    return text


def _number(text: str) -> int:
    try:
        value = int(text, 0)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= value < 1 << 64:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 2**64 - 1")
    return value


def _decode(args: argparse.Namespace) -> int:
    from clonegen.decode import decode

    spec = model_of(args.spec)
    if args.release:
        model_of(args.spec, args.release)  # refuses a release that predates the struct
    if args.arch and args.arch not in spec.arches:
        print(
            f"clonegen: decode: {spec.file} states its values for {', '.join(spec.arches)}, "
            f"not for {args.arch}: its flags may differ there (add {args.arch} to arches)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    machine = os.uname().machine
    here = next((k for k, a in ARCHES.items() if machine in a.machines), "x86_64")
    size = len(args.hex) if args.size is None else args.size
    try:
        text = decode(spec, args.hex, size, args.addr, args.release, args.arch or here, args.entry)
    except ValueError as exc:
        print(f"clonegen: decode: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(text)
    return EXIT_OK


def _spec_paths(given: list[Path]) -> list[Path]:
    if given:
        return given
    paths = sorted(Path("spec").glob("*.yaml"))
    if not paths:
        raise SpecError([Diagnostic("spec", 1, 1, "no spec/*.yaml here; name the spec files")])
    return paths


def _say(message: str) -> None:
    """A note on standard error while clonegen waits or works."""
    print(f"clonegen: {message}", file=sys.stderr, flush=True)


def _left_out(result: Result) -> None:
    """Say which specs the release predates: the run goes on without them."""
    for d in result.left_out:
        print(f"{d.file}:{d.line}:{d.col}: note: left out: {d.message}", file=sys.stderr)


def _report(diags: Sequence[Diagnostic]) -> int:
    for d in diags:
        print(d, file=sys.stderr)
    print(f"clonegen: {len(diags)} error{'s' if len(diags) != 1 else ''}", file=sys.stderr)
    return EXIT_ERRORS


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args)
    except SpecError as exc:
        return _report(exc.diagnostics)
    except OutputError as exc:
        print(f"clonegen: {exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_ERRORS
    except OSError as exc:
        where = exc.filename if exc.filename is not None else getattr(args, "out", "")
        print(f"clonegen: {where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERRORS
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "kernel-patch":
        return _kernel_patch(args)
    if args.command == "diff":
        return _diff(args)
    if args.command == "check-abi":
        return _check_abi(args)
    if args.command == "decode":
        return _decode(args)
    if args.command == "layout":
        return _layout(args)
    if args.command == "audit":
        return _audit(args)
    paths = _spec_paths(args.specs)
    result = run(paths, getattr(args, "kernel", None), render=args.command != "validate")
    if result.diagnostics:
        return _report(result.diagnostics)
    _left_out(result)
    if args.command == "validate":
        for m in result.models:
            print(
                f"{m.file}: ok ({_count(len(m.fields), 'field')}, "
                f"{_count(len(m.versions), 'version')}, {_count(len(m.flags), 'flag')})"
            )
        return EXIT_OK
    if args.command == "generate":
        written = write(
            args.out, result.files, prune=not args.specs, spec_paths=paths, on_wait=_say
        )
        print(
            f"clonegen: wrote {_count(len(written), 'file')} for "
            f"{_count(len(result.files), 'spec')} into {args.out}"
        )
        return EXIT_OK
    diff = stale(args.out, result.files, whole_tree=not args.specs, on_wait=_say)
    if diff:
        sys.stdout.write(diff)
        again = ["clonegen", "generate", "--out", str(args.out)]
        again += ["--kernel", args.kernel] if args.kernel else []
        again += [str(p) for p in args.specs]
        print(f"clonegen: {args.out} is stale; run '{shlex.join(again)}'", file=sys.stderr)
        return EXIT_ERRORS
    print(f"clonegen: {args.out} is up to date")
    return EXIT_OK


def _layout(args: argparse.Namespace) -> int:
    if not args.kernel_struct:
        if args.arch:
            print("clonegen: layout: --arch needs --kernel-struct", file=sys.stderr)
            return EXIT_USAGE
        print(layout_table(model_of(args.spec, args.kernel)), end="")
        return EXIT_OK
    from clonegen.klayout import as_pahole, fits, layouts, sentences

    if args.arch == "all":
        arches = WITH_ABI
    else:
        here = args.arch or machine_arch(os.uname().machine)
        if here not in WITH_ABI:
            print(
                f"clonegen: layout: this machine ({os.uname().machine}) has no known kernel "
                f"data model; name one with --arch ({', '.join(WITH_ABI)} or all)",
                file=sys.stderr,
            )
            return EXIT_USAGE
        arches = (here,)
    spec = model_of(args.spec, args.kernel)
    sys.stdout.write("\n".join(as_pahole(lay) for lay in layouts(spec, arches)))
    print("\nWhere a new kernel-only member fits without moving a member or growing the struct:")
    for line in sentences(fits(spec, arches), arches):
        print(f"- {line}")
    return EXIT_OK


def _kernel_patch(args: argparse.Namespace) -> int:
    from clonegen.intree import TreeError, tree_release
    from clonegen.intree_change import series

    try:
        tree_rel = tree_release(args.tree)
        release = args.kernel or tree_rel
        paths = _spec_paths(args.specs)
        result = run(paths, release, models=True)
        if result.diagnostics:
            return _report(result.diagnostics)
        _left_out(result)
        by_name = {display_name(p): p for p in paths}
        specs = [(m, result.files[m.name], by_name[m.file]) for m in result.models]
        patched = [p for m, _, p in specs if m.kernel.tree is not None]
        if not _cut_agrees(args, patched, tree_rel, release):
            return EXIT_ERRORS
        made = series(specs, args.tree, args.signoff, args.selftests)
    except TreeError as exc:
        print(f"clonegen: {args.tree / exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_ERRORS
    say = sys.stderr if args.out is None else sys.stdout
    if made.current:
        print(
            f"clonegen: {args.tree} is up to date with {', '.join(made.current)} for Linux "
            f"{release}" + ("" if made.patches else ": no patch written"),
            file=say,
        )
    if not made.patches:
        return EXIT_OK
    if args.out is None:
        sys.stdout.write(made.mbox)
    else:
        args.out.write_text(made.mbox, "utf-8")
        print(
            f"clonegen: wrote the patch series ({_count(made.patches, 'patch')}) for Linux "
            f"{release} to {args.out}"
        )
    return EXIT_OK


def _cut_agrees(args: argparse.Namespace, paths: list[Path], tree_rel: str, release: str) -> bool:
    """The release of the series against the tree's: a cut older than the tree would drop
    what the tree's kernel has, which is refused unless --allow-older-cut says to leave it
    out; whatever a cut leaves out is said, with the --kernel that puts it in."""
    from clonegen.intree_change import between
    from clonegen.names import release_key

    older = release_key(release) < release_key(tree_rel)
    dropped: list[str] = []
    for path in paths:
        whole = model_of(path)
        if older:
            names = between(whole, release, tree_rel)
            if names:
                dropped.append(f"{whole.file}: {', '.join(names)}")
        newer = between(whole, tree_rel if older else release, None)
        if newer:
            last = max((n.rsplit(" (", 1)[1].rstrip(")") for n in newer), key=release_key)
            print(
                f"{whole.file}: note: left out, newer than Linux "
                f"{tree_rel if older else release}: {', '.join(newer)}; --kernel {last} "
                "puts them in",
                file=sys.stderr,
            )
    if not dropped:
        return True
    what = (
        f"--kernel {release} is older than the tree's Linux {tree_rel} "
        f"({args.tree / 'Makefile'}): the series would drop what Linux {tree_rel} has"
    )
    if not args.allow_older_cut:
        print(f"clonegen: {what}: {'; '.join(dropped)}", file=sys.stderr)
        print(
            f"clonegen: cut the series for Linux {tree_rel} (leave out --kernel), or pass "
            "--allow-older-cut to leave them out",
            file=sys.stderr,
        )
        return False
    print(
        f"clonegen: note: --allow-older-cut: {what}; it leaves out {'; '.join(dropped)}",
        file=sys.stderr,
    )
    return True


def _count(n: int, noun: str) -> str:
    """``1 spec``, ``2 specs``, ``3 patches``."""
    return f"{n} {noun}{'' if n == 1 else 'es' if noun.endswith('ch') else 's'}"


def _diff(args: argparse.Namespace) -> int:
    from clonegen.abidiff import BREAKING, as_json, as_text, diff, load_side, verdict
    from clonegen.render import render_diff

    try:
        old, new = load_side(args.old), load_side(args.new)
    except SpecError as exc:
        _report(exc.diagnostics)
        return EXIT_USAGE
    changes = diff(old, new)
    if args.format == "json":
        print(json.dumps(as_json(changes, args.old, args.new), indent=2, sort_keys=True))
    elif args.format == "markdown":
        sys.stdout.write(
            render_diff(old.model, new.model, list(changes), verdict(changes), args.old, args.new)
        )
    else:
        sys.stdout.write(as_text(changes, args.old, args.new))
    return EXIT_ERRORS if verdict(changes) == BREAKING else EXIT_OK


def _check_abi(args: argparse.Namespace) -> int:
    from clonegen.abidiff import BREAKING, as_text, diff, load_side, verdict

    problem = _baseline_problem(args.baseline)
    if problem:
        print(f"clonegen: check-abi: {problem}", file=sys.stderr)
        return EXIT_USAGE
    broken = 0
    for path in _spec_paths(args.specs):
        name = path.as_posix()
        exists = subprocess.run(
            ["git", "cat-file", "-e", f"{args.baseline}:{name}"], capture_output=True
        )
        if exists.returncode != 0:
            print(f"{name}: not in {args.baseline}; a new spec has no ABI to break")
            continue
        try:
            changes = diff(load_side(f"{args.baseline}:{name}"), load_side(name))
        except SpecError as exc:
            _report(exc.diagnostics)
            return EXIT_ERRORS
        sys.stdout.write(as_text(changes, f"{args.baseline}:{name}", name))
        broken += verdict(changes) == BREAKING
    return EXIT_ERRORS if broken else EXIT_OK


def _baseline_problem(rev: str) -> str | None:
    """Why ``rev`` is no baseline to compare with (None: it names a commit). A spec missing
    from a baseline that exists is new; a baseline that does not resolve is an error, or a CI
    gate would pass without checking anything."""

    def git(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *argv], capture_output=True, text=True)

    if git("rev-parse", "--git-dir").returncode != 0:
        return (
            f"not inside a git repository, so there is no baseline {rev!r} to compare with: "
            "run it in the work tree of the repository that holds the specs"
        )
    if git("rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}").returncode:
        refs = git("for-each-ref", "--format=%(refname:short)").stdout.split()
        why = f"baseline {rev!r} is not a revision of this repository" + (
            did_you_mean(rev, refs)
            or "; name a branch, tag or commit (git branch -a lists them), or fetch it first"
        )
        if git("rev-parse", "--is-shallow-repository").stdout.strip() == "true":
            why += (
                "; this clone is shallow (--depth): fetch the baseline first "
                "(git fetch --unshallow, or git fetch origin BRANCH)"
            )
        return why
    return None


def _audit(args: argparse.Namespace) -> int:
    from clonegen.audit import as_json, as_markdown, as_text, audit, failing, targets_of

    for path in args.paths:
        why = _audit_path_problem(path)
        if why:
            print(f"{path}:1:1: error: {why}", file=sys.stderr)
            return EXIT_USAGE
    result = run(_spec_paths(args.spec), args.release, models=True)
    if result.diagnostics:
        _report(result.diagnostics)
        return EXIT_USAGE
    _left_out(result)
    report = audit(
        args.paths,
        targets_of(result.models, result.files),
        tuple(args.arch) or VERIFIED,
        lambda p: p.as_posix(),
    )
    for w in report.warnings:
        print(w, file=sys.stderr)
    show = {"json": as_json, "markdown": as_markdown, "text": as_text}[args.format]
    sys.stdout.write(show(report))
    return EXIT_ERRORS if args.fail_on and failing(report, args.fail_on) else EXIT_OK


def _audit_path_problem(path: Path) -> str | None:
    """Why ``path`` is nothing to audit: missing, or neither a directory nor a regular file
    (a FIFO would block the read, a device never end)."""
    import stat

    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return (exc.strerror or str(exc)).lower()
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    return "neither a directory nor a regular file"


def layout_table(spec) -> str:  # type: ignore[no-untyped-def]
    """The offset/size/version table printed by ``clonegen layout``."""
    rows = [("offset", "size", "version", "field", "uapi type", "kernel type")]
    for f in spec.fields:
        rows.append(
            (str(f.offset), str(f.size), f.version.name, f.name, f.uapi_type, f.kernel_type)
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append("")
    lines += [
        f"{v.macro} = {v.size}  ({v.name}, Linux {v.since}, last field {v.last_field})"
        for v in spec.versions
    ]
    lines.append(f"sizeof(struct {spec.uapi.struct}) = {spec.latest.size}")
    return "\n".join(lines) + "\n"
