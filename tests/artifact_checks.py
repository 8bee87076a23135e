"""Is every generated artifact valid in its language, and is spec text inert there?

Shared by the hostile-spec corpus (tests/test_hostile.py) and its property
test.  ``problems()`` generates nothing: it takes a directory that ``clonegen
generate`` wrote and returns what is wrong with it, one line per problem:

* C (uapi header, kernel header and source, libc header and source): compiles
  with gcc -Wall -Wextra -Werror (the kernel side in the test harness, with the
  kernel's frame-size warning); no comment holds a line splice; a marker put
  into the spec's doc strings is gone once gcc strips the comments.
* Python: parses; a marker only in strings and comments; no top-level name is
  bound twice; ``__all__`` names distinct, existing names; and importing it
  in a fresh interpreter with an audit hook does nothing but define names (no
  process, no exec or compile of anything but the module, its annotations and
  NamedTuple's constructor, no file opened for writing).
* Markdown: no raw HTML tag, no fence, every table row has its table's columns.
* SVG: parses, no comment with ``--``, no script or event handler.
* Rust: builds in a ``#![no_std]`` crate with ``-D warnings``; a marker only in
  comments; no code fence in a doc comment (rustdoc would run it as a test).
* Go: parses and is gofmt-clean; a marker only in comments; no directive.

Each check remembers what it has already passed (by content), so a property
test that changes one doc string compiles only the artifacts it changed.
"""

from __future__ import annotations

import ast
import collections
import hashlib
import io
import json
import re
import subprocess
import sys
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from ctools import KERNEL_WANTS, SHIM, WARN, Toolchain, require, toolchain

from clonegen.views.kselftest import KselftestView

# The kernel builds with CONFIG_FRAME_WARN (2048 bytes on 64-bit); an array
# bounded by a huge constant lands on the kernel stack.
KERNEL_FLAGS = [*WARN, *KERNEL_WANTS, "-Wframe-larger-than=2048"]

_PASSED: set[str] = set()

AUDIT_RUNNER = r"""
import importlib.util, json, os, re, sys

path, cls_name, latest = sys.argv[1], sys.argv[2], int(sys.argv[3])
STDLIB = tuple(p for p in {sys.base_prefix, sys.prefix, os.path.dirname(os.__file__)})
DENY = ("os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty",
        "os.kill", "os.remove", "os.rename", "os.rmdir", "os.mkdir", "os.chmod", "os.chown",
        "os.truncate", "os.putenv", "os.unsetenv", "os.symlink", "os.link", "os.chdir",
        "subprocess.Popen", "pty.spawn", "socket.", "shutil.", "urllib.", "webbrowser.",
        "ctypes.call_function", "ctypes.string_at", "ctypes.wstring_at", "ctypes.PyObj_FromPtr",
        "builtins.input", "code.__new__", "function.__new__")
WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
FORWARD_REF = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
FROZEN = re.compile(r"<frozen [A-Za-z0-9_.]+>")  # the interpreter's own (importlib.machinery)
NAMEDTUPLE = re.compile(r"lambda _cls, [A-Za-z0-9_, ]*: _tuple_new\(_cls, \([A-Za-z0-9_, ]*\)\)")


class Refused(BaseException):
    pass


def hook(event, args):
    if event.startswith(DENY):
        raise Refused(f"{event} {args!r:.200}")
    if event == "open":
        file, mode, flags = args
        if (mode and any(c in mode for c in "wax+")) or (flags or 0) & WRITE:
            raise Refused(f"open for writing: {file!r}")
    elif event == "compile":
        source, filename = args
        if isinstance(source, bytes):
            source = source.decode("utf-8", "replace")
        if filename == path:
            return
        if filename == "<string>" and isinstance(source, str):
            if FORWARD_REF.fullmatch(source) or NAMEDTUPLE.fullmatch(source):
                return
        raise Refused(f"compile of {filename!r}: {str(source)[:200]!r}")
    elif event == "exec":
        code = args[0]
        name = getattr(code, "co_filename", "?")
        if name in (path, "<string>") or name.startswith(STDLIB) or FROZEN.fullmatch(name):
            return
        raise Refused(f"exec of code from {name!r}")


sys.dont_write_bytecode = True
sys.addaudithook(hook)
spec = importlib.util.spec_from_file_location("hostile_module", path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
out = {"all": list(getattr(module, "__all__", [])), "missing": [], "value": ""}
out["missing"] = [n for n in out["all"] if not hasattr(module, n)]
cls = getattr(module, cls_name)
value = cls()
raw = value.to_bytes()
if len(raw) != latest or cls.from_bytes(raw) != value:
    out["value"] = f"{cls_name}() does not round-trip through {latest} bytes"
verdict = value.verdict()
if not (isinstance(verdict, tuple) and isinstance(verdict[0], int) and isinstance(verdict[1], str)):
    out["value"] = f"verdict() returned {verdict!r}"
print(json.dumps(out))
"""


def _seen(*parts: str) -> tuple[str, bool]:
    key = hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return key, key in _PASSED


def _start(args: list[str], cwd: Path | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd
    )


def _first_lines(text: str, n: int = 8) -> str:
    return "\n".join(text.splitlines()[:n])


# -- C ---------------------------------------------------------------------


def c_comment_problems(text: str, markers: tuple[str, ...]) -> list[str]:
    """Line splices inside comments, and markers outside them, by a small lexer."""
    out: list[str] = []
    i, n, line = 0, len(text), 1
    state = "code"  # code, line, block, string, char
    code_chars: list[str] = []
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] == "\n":
            if state in ("line", "block"):
                out.append(f"line {line}: a backslash at the end of a line inside a comment")
            i += 2
            line += 1
            continue
        if ch == "\n":
            line += 1
            if state == "line":
                state = "code"
        if state == "code":
            if text.startswith("//", i):
                state, i = "line", i + 2
                continue
            if text.startswith("/*", i):
                state, i = "block", i + 2
                continue
            if ch == '"':
                state = "string"
            elif ch == "'":
                state = "char"
            code_chars.append(ch)
        elif state == "block":
            if text.startswith("*/", i):
                state, i = "code", i + 2
                code_chars.append(" ")
                continue
        elif state in ("string", "char"):
            code_chars.append(ch)
            if ch == "\\" and i + 1 < n:
                code_chars.append(text[i + 1])
                i += 2
                continue
            if ch == ('"' if state == "string" else "'") or ch == "\n":
                state = "code"
        i += 1
    if state == "block":
        out.append("a comment is not closed at the end of the file")
    code = "".join(code_chars)
    out += [f"marker {m!r} outside a comment" for m in markers if m in code]
    return out


def c_problems(
    gen: Path, model: Any, tmp: Path, markers: tuple[str, ...], arch: str = "x86_64"
) -> list[str]:
    """Compile every C artifact for ``arch``; look for spec text outside comments."""
    from clonegen.views.libc import LibcView

    chain = toolchain(arch)
    if not isinstance(chain, Toolchain):
        require(f"{arch} gcc")  # skips (fails in CI) with the reason
        raise AssertionError(chain)
    gcc = chain.gcc
    tmp = tmp / arch
    tmp.mkdir(exist_ok=True)
    name = model.name
    root = gen / name
    uapi = root / model.uapi.header
    kheader = root / model.kernel.header
    ksource = root / model.kernel.source
    files = [uapi, kheader, ksource]
    jobs: list[tuple[str, list[str], str]] = []
    headers = [p.read_text("utf-8") for p in (uapi, kheader)]
    jobs.append(("uapi header", [gcc, *WARN, "-fsyntax-only", "-x", "c", str(uapi)], headers[0]))
    kflags = [*KERNEL_FLAGS, f"-I{SHIM}", f"-I{root / 'include'}"]
    jobs.append(
        (
            "kernel source",
            [gcc, *kflags, "-c", str(ksource), "-o", str(tmp / "k.o")],
            "".join(headers) + ksource.read_text("utf-8"),
        )
    )
    if LibcView.of(model) is not None:
        lh, lc = root / "libc" / f"{name}.h", root / "libc" / f"{name}.c"
        files += [lh, lc]
        jobs.append(
            (
                "libc header",
                [gcc, *WARN, "-fsyntax-only", "-x", "c", str(lh)],
                lh.read_text("utf-8"),
            )
        )
        jobs.append(
            (
                "libc source",
                [gcc, *WARN, "-c", str(lc), "-o", str(tmp / "l.o")],
                lh.read_text("utf-8") + lc.read_text("utf-8"),
            )
        )
    # The kselftest needs the kernel's kselftest_harness.h to compile (tests/test_kselftest.py
    # compiles the committed specs' with it); its comments are checked here.
    selftest = KselftestView.of(model)
    files.append(root / selftest.directory / f"{selftest.program}.c")
    for f in files if arch == "x86_64" else ():
        jobs.append(
            (
                f"{f.relative_to(gen)} without comments",
                [gcc, "-fpreprocessed", "-dD", "-E", "-P", "-x", "c", str(f)],
                "strip\0" + f.read_text("utf-8"),
            )
        )
    out: list[str] = []
    running = []
    for what, args, content in jobs:
        key, done = _seen(what.split(" ")[-1], " ".join(args), content)
        if not done:
            running.append((what, key, _start(args)))
    for what, key, proc in running:
        stdout, stderr = proc.communicate()
        if proc.returncode != 0:
            out.append(f"{what} does not compile for {arch}:\n{_first_lines(stderr)}")
        elif what.endswith("without comments") and any(m in stdout for m in markers):
            out.append(f"{what}: spec text is outside a comment")
        else:
            _PASSED.add(key)
    for f in files if arch == "x86_64" else ():
        out += [f"{f.relative_to(gen)}: {p}" for p in c_comment_problems(f.read_text(), markers)]
    return out


# -- Python ------------------------------------------------------------------


def _top_level_bindings(tree: ast.Module) -> list[str]:
    names: list[str] = []
    imported: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            imported.update((a.asname or a.name).split(".")[0] for a in node.names)
    counts = collections.Counter(names)
    return sorted({n for n, c in counts.items() if c > 1} | (set(names) & imported))


def python_problems(path: Path, cls: str, latest: int, markers: tuple[str, ...]) -> list[str]:
    text = path.read_text("utf-8")
    key, done = _seen("python", cls, str(latest), text)
    if done:
        return []
    try:
        tree = ast.parse(text, str(path))
    except SyntaxError as exc:
        return [f"{path.name} does not parse: {exc}"]
    out: list[str] = []
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type not in (tokenize.STRING, tokenize.COMMENT) and any(
            m in tok.string for m in markers
        ):
            out.append(f"{path.name}:{tok.start[0]}: spec text in code: {tok.string!r:.80}")
    out += [f"{path.name}: {n!r} is bound twice at top level" for n in _top_level_bindings(tree)]
    proc = subprocess.run(
        [sys.executable, "-B", "-I", "-c", AUDIT_RUNNER, str(path), cls, str(latest)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if proc.returncode != 0:
        out.append(f"{path.name}: importing it failed:\n{proc.stderr[-1500:]}")
    else:
        report = json.loads(proc.stdout.splitlines()[-1])
        names = report["all"]
        dup = sorted(n for n, c in collections.Counter(names).items() if c > 1)
        if dup:
            out.append(f"{path.name}: __all__ names {dup} twice")
        if report["missing"]:
            out.append(f"{path.name}: __all__ names {report['missing']}, which do not exist")
        if report["value"]:
            out.append(f"{path.name}: {report['value']}")
    if not out:
        _PASSED.add(key)
    return out


# -- Markdown and SVG --------------------------------------------------------

_TAG = re.compile(r"<[A-Za-z/!?]")


def _cells(row: str) -> int:
    """Unescaped pipes of a table row."""
    count, backslashes = 0, 0
    for ch in row:
        if ch == "|" and backslashes % 2 == 0:
            count += 1
        backslashes = backslashes + 1 if ch == "\\" else 0
    return count


def markdown_problems(path: Path) -> list[str]:
    lines = path.read_text("utf-8").splitlines()
    out: list[str] = []
    if lines and lines[0].startswith("<!-- ") and lines[0].endswith(" -->"):
        if "--" in lines[0][5:-4]:
            out.append(f"{path.name}:1: the banner comment holds --")
        lines = lines[1:]
    table: int | None = None
    for no, line in enumerate(lines, 2):
        if _TAG.search(line):
            out.append(f"{path.name}:{no}: raw HTML: {line[:80]!r}")
        if line.lstrip().startswith(("```", "~~~")):
            out.append(f"{path.name}:{no}: a code fence: {line[:80]!r}")
        if line.startswith("|"):
            cells = _cells(line)
            if table is None:
                table = cells
            elif cells != table:
                out.append(f"{path.name}:{no}: {cells} column breaks, the table has {table}")
        else:
            table = None
    return out


def svg_problems(path: Path) -> list[str]:
    try:
        parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
        root = ET.fromstring(path.read_text("utf-8"), parser=parser)
    except ET.ParseError as exc:
        return [f"{path.name} does not parse: {exc}"]
    out: list[str] = []
    for el in root.iter():
        if el.tag is ET.Comment:
            text = el.text or ""
            if "--" in text or text.endswith("-"):
                out.append(f"{path.name}: a comment holds --")
            continue
        tag = str(el.tag).rsplit("}", 1)[-1]
        if tag in ("script", "foreignObject", "iframe", "a", "use", "image"):
            out.append(f"{path.name}: a <{tag}> element")
        out += [f"{path.name}: event handler {a}" for a in el.attrib if a.lower().startswith("on")]
    return out


# -- Rust ------------------------------------------------------------------

RUSTC = "/usr/bin/rustc"


def rust_problems(path: Path, tmp: Path, markers: tuple[str, ...]) -> list[str]:
    """The module builds in a #![no_std] crate with -D warnings; a marker of the spec's
    text lies only in comments; no doc comment holds a code fence rustdoc would run."""
    text = path.read_text("utf-8")
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip()
        if any(m in line for m in markers) and not stripped.startswith("//"):
            out.append(f"{path.name}:{n}: a marker outside a comment: {line.strip()[:120]}")
        if stripped.startswith("//") and ("```" in line or "~~~" in line):
            out.append(f"{path.name}:{n}: a code fence in a doc comment: {line.strip()[:120]}")
    key, seen = _seen("rust", text)
    if seen:
        return out
    rustc = RUSTC if Path(RUSTC).exists() else require("rustc")
    lib = tmp / "rust_lib.rs"
    lib.write_text(f'#![no_std]\n#[path = "{path}"]\npub mod m;\n')
    proc = subprocess.run(
        [rustc, "-D", "warnings", "--edition=2021", "--crate-type=rlib", "--emit=metadata"]
        + ["-C", "panic=abort", "-o", str(tmp / "rust_lib.rmeta"), str(lib)],
        capture_output=True,
        text=True,
    )
    if proc.returncode:
        out.append(f"{path.name}: rustc fails:\n{_first_lines(proc.stderr, 20)}")
    elif not out:
        _PASSED.add(key)
    return out


# -- Go --------------------------------------------------------------------


def go_problems(path: Path, markers: tuple[str, ...]) -> list[str]:
    """The package parses and is gofmt-clean; a marker of the spec's text lies only in
    comments; no comment line is a directive (//go:, //line)."""
    text = path.read_text("utf-8")
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip()
        if any(m in line for m in markers) and not stripped.startswith("// "):
            out.append(f"{path.name}:{n}: a marker outside a comment: {line.strip()[:120]}")
        if re.match(r"//(go:|line )", stripped) and not stripped.startswith("//go:build "):
            out.append(f"{path.name}:{n}: a directive: {line.strip()[:120]}")
    key, seen = _seen("go", text)
    if seen:
        return out
    gofmt = "/usr/bin/gofmt" if Path("/usr/bin/gofmt").exists() else require("gofmt")
    proc = subprocess.run([gofmt, "-l", "-e", str(path)], capture_output=True, text=True)
    if proc.returncode or proc.stdout.strip():
        out.append(f"{path.name}: gofmt -l -e: {_first_lines(proc.stdout + proc.stderr, 20)}")
    elif not out:
        _PASSED.add(key)
    return out


def go_module_problems(module: Path, markers: tuple[str, ...]) -> list[str]:
    """Every file of the Go module: each package file as go_problems says, and go.mod
    holding a marker only in comments, with one module line and one go line."""
    out = [p for f in sorted(module.glob("*.go")) for p in go_problems(f, markers)]
    lines = (module / "go.mod").read_text("utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if line and not line.startswith("// ") and any(m in line for m in markers):
            out.append(f"go.mod:{n}: a marker outside a comment: {line[:120]}")
    directives = [line.split()[0] for line in lines if line and not line.startswith("//")]
    if directives != ["module", "go"]:
        out.append(f"go.mod: directives {directives}, not one module and one go line")
    return out


# -- everything ------------------------------------------------------------


def problems(
    gen: Path,
    model: Any,
    tmp: Path,
    markers: tuple[str, ...] = (),
    arches: tuple[str, ...] = ("x86_64",),
) -> list[str]:
    """Everything wrong with what ``clonegen generate`` wrote for ``model`` below ``gen``."""
    from clonegen.views.python import PythonView

    root = gen / model.name
    out = [p for a in arches for p in c_problems(gen, model, tmp, markers, a)]
    view = PythonView.of(model)
    out += python_problems(
        root / "python" / f"{view.module}.py", view.cls, model.latest.size, markers
    )
    out += markdown_problems(root / "docs" / f"{model.name}.md")
    out += svg_problems(root / "docs" / f"{model.name}.svg")
    out += rust_problems(root / "rust" / f"{model.name}.rs", tmp, markers)
    if (root / "go").is_dir():
        out += go_module_problems(root / "go", markers)
    return out
