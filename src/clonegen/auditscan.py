"""The audit's reader of other code bases: the copies of what the specs define, as written.

It finds, in C and C++, Rust and Go text, the struct definitions (under the uapi name, a
language's spelling of it, or any name when the members have the spec's shape), the
``#define``/``const`` of the size macros, flags and constants, each with its file, line and
column and the architecture the file is for, where its path says. It reads text only; the
layout is measured by :mod:`clonegen.auditcc` with each architecture's compiler.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from clonegen.files import InputFileError, read_regular

C_SUFFIXES = (".h", ".c", ".hh", ".hpp", ".hxx", ".cc", ".cpp", ".cxx")
LANGS = {**{s: "c" for s in C_SUFFIXES}, ".rs": "rust", ".go": "go"}
MAX_FILE = 8 << 20  # larger files are generated tables, not copies
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__"}


@dataclass(frozen=True)
class Member:
    """A member of a struct copy: its name, its type as written, its line."""

    name: str
    type: str
    line: int
    bitfield: bool = False


@dataclass(frozen=True)
class StructCopy:
    """A definition of a spec's struct in someone else's code."""

    file: str
    line: int
    col: int
    lang: str
    name: str  # as written
    spec: str  # the spec it copies
    how: str  # "name" or "shape"
    text: str  # C: the whole definition, from ``struct`` to the closing brace
    members: tuple[Member, ...]
    arch: str | None  # the architecture the file is for, where its path says


@dataclass(frozen=True)
class Define:
    """A ``#define``/``const`` of a name the specs define."""

    file: str
    line: int
    col: int
    lang: str
    name: str
    expr: str  # the value as written
    value: int | None  # None: not a number clonegen can evaluate
    arch: str | None  # the architecture the file (or the #if around it) is for
    # C: this #define and those of the file it refers to, names prefixed __cg_ (for a proof)
    chain: tuple[tuple[str, str], ...] = ()
    guarded: bool = False  # C: inside #ifndef NAME, a fallback for an older header
    bits: int | None = None  # the path says: for 64-bit (or 32-bit) architectures only


@dataclass(frozen=True)
class Problem:
    """Text the audit cannot read as a copy (an unclosed brace): a warning at file:line:col."""

    file: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: warning: {self.message}"


@dataclass(frozen=True)
class Wanted:
    """What to look for: struct names by spec (C, Rust, Go spellings), each spec's shape
    (its first version's field names) and every defined name."""

    structs: dict[str, str]  # a struct name as a code base may write it -> spec
    shapes: dict[str, tuple[str, ...]]  # spec -> its first version's field names
    names: frozenset[str]  # size macros, flags, constants
    # the spec's value of a name on an architecture (None: the default), for a #define
    # that composes names the file does not define (fs/open.c's O_PATH_FLAGS)
    value_of: Callable[[str, str | None], int | None] | None = None


@dataclass
class Found:
    structs: list[StructCopy]
    defines: list[Define]
    problems: list[Problem]
    files: int = 0  # files read
    # syzkaller: every resource and type alias (name -> base), every flag set (name -> items)
    syz_types: dict[str, str] = field(default_factory=dict)
    syz_sets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Rust and Go: named types of the tree (alias, bitflags, newtype) -> the type they hold
    named_types: dict[str, dict[str, str]] = field(default_factory=dict)


# -- where a file's path says its architecture --------------------------------------------

# A kernel (or Rust libc) arch/<dir>/: the architecture; SKIP: one clonegen has no values for.
SKIP = "-"
_ARCH_DIRS = {
    "x86": None,  # both x86_64 and i386
    "generic": None,
    "asm-generic": None,
    "x86_64": "x86_64",
    "arm64": "arm64",
    "aarch64": "arm64",
    "riscv": "riscv64",
    "riscv64": "riscv64",
    "s390": "s390x",
    "s390x": "s390x",
    "mips": "mips",
    "alpha": "alpha",
    "sparc": "sparc64",
    "sparc64": "sparc64",
    "parisc": "parisc",
    "hppa": "parisc",
}
# A path (or a Go file's build suffix) for another kernel than Linux: not compared.
_OTHER_OS = re.compile(
    r"(?:^|/)(?:{0})(?:/|\.rs$)|_(?:{0})(?:_\w+)?\.go$".format(
        "darwin|freebsd|netbsd|openbsd|dragonfly|solaris|solarish|illumos|aix|zos|windows|"
        "wasi|vxworks|haiku|hermit|redox|fuchsia|apple|bsd|plan9|psp|sgx|newlib|emscripten|"
        "horizon|nto|l4re|espidf|teeos|ios|macos|hurd|cygwin|unikraft|trusty|xous|solid|"
        "switch|qurt|vita|rtems"
    )
)  # a directory (Rust libc's src/unix/bsd/), a Rust module (src/wasi.rs), a Go file suffix
_PATH_ARCH = (
    (
        r"powerpc|ppc|loong|m68k|microblaze|csky|hexagon|xtensa|openrisc|nios2|mips64|mipsn32|"
        r"sparc32|/b32/sparc/|riscv32|wasm|(^|/|_)arm(eb|hf|el|v\d)?(/|_|\.|-)|(^|/)(sh|um|arc|ia64|or1k)/|x32",
        SKIP,
    ),
    (r"x86_64|amd64|(^|/)b64/x86_64/", "x86_64"),
    (r"i[3-6]86|(^|/)b32/x86/|_386\.go$", "i386"),
    (r"aarch64|arm64", "arm64"),
    (r"riscv64", "riscv64"),
    (r"s390", "s390x"),
    (r"(^|/|_)mips(el|le)?(/|-|_|\.)", "mips"),
    (r"(^|/|_|-)alpha(/|_|-|\.)", "alpha"),
    (r"sparc", "sparc64"),
    (r"hppa|parisc", "parisc"),
)
_COND_ARCH = (
    ("__x86_64__", "x86_64"),
    ("__i386__", "i386"),
    ("__aarch64__", "arm64"),
    ("__riscv", "riscv64"),
    ("__s390x__", "s390x"),
    ("__mips__", "mips"),
    ("__alpha__", "alpha"),
    ("__sparc__", "sparc64"),
    ("__hppa__", "parisc"),
)


def path_bits(path: str) -> int | None:
    """64 or 32 when the path says the file is for 64-bit or 32-bit architectures only (Rust
    libc's b64/ and b32/ directories), else None."""
    m = re.search(r"(?:^|/)b(64|32)/", path)
    return int(m.group(1)) if m else None


def path_arch(path: str) -> str | None:
    """The architecture a file is for by its path (arch/alpha/..., zerrors_linux_386.go,
    /usr/i686-linux-gnu/...), or None: for every architecture."""
    low = path.lower()
    if _OTHER_OS.search(low):
        return SKIP
    kdir = re.search(r"(?:^|/)arch/([\w-]+)/", low)
    if kdir:
        return _ARCH_DIRS.get(kdir.group(1), SKIP)
    for pattern, arch in _PATH_ARCH:
        if re.search(pattern, low):
            return arch
    return None


# -- C text ---------------------------------------------------------------------------------

_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'", re.S)


def blank_comments(text: str) -> str:
    """The text with comments (and string literals) replaced by spaces, newlines kept,
    so positions stay where they were."""

    def blank(m: re.Match[str]) -> str:
        s = m.group(0)
        if s[0] in "\"'":
            return s[0] + re.sub(r"[^\n]", " ", s[1:-1]) + s[-1]
        return re.sub(r"[^\n]", " ", s)

    return _COMMENT.sub(blank, text)


def _closing(text: str, start: int) -> int:
    """The index of the brace that closes the one at ``start``; -1 when none does."""
    depth = 0
    for i in range(start, len(text)):
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _split_top(body: str, sep: str) -> list[tuple[int, str]]:
    """``body`` split at ``sep`` outside braces, brackets and parentheses, with offsets."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(body):
        if c in "{[(":
            depth += 1
        elif c in "}])":
            depth -= 1
        elif c == sep and depth == 0:
            parts.append((start, body[start:i]))
            start = i + 1
    parts.append((start, body[start:]))
    return parts


_ATTR = re.compile(
    r"__attribute__\s*\(\(.*?\)\)|__aligned\s*\([^)]*\)|__packed\b|alignas\s*\([^)]*\)"
)
_IDENT = re.compile(r"[A-Za-z_]\w*")


def c_members(body: str, first_line: int) -> tuple[Member, ...]:
    """The members of a C struct body (comments blanked), anonymous structs and unions
    flattened, as offsetof() names them."""
    out: list[Member] = []
    body = "\n".join("" if ln.lstrip().startswith("#") else ln for ln in body.split("\n"))
    for off, decl in _split_top(body, ";"):
        line = first_line + body.count("\n", 0, off + len(decl) - len(decl.lstrip()))
        decl = _ATTR.sub(" ", decl).strip()
        if not decl:
            continue
        brace = decl.find("{")
        if brace >= 0 and re.match(r"(struct|union)\b", decl):
            end = _closing(decl, brace)
            inner_line = line + decl.count("\n", 0, brace)
            rest = decl[end + 1 :].strip() if end >= 0 else ""
            if not rest:
                out.extend(c_members(decl[brace + 1 : end], inner_line))
                continue
            out.extend(_declarators(decl[: end + 1], rest, line))
            continue
        head = _split_top(decl, ",")[0][1]
        tm = re.match(r"(.*?)\b([A-Za-z_]\w*)\s*((\[[^\]]*\]\s*)*)(:\s*\w+)?\s*$", head, re.S)
        if not tm or not tm.group(1).strip():
            continue
        out.extend(_declarators(tm.group(1).strip(), decl[len(tm.group(1)) :], line))
    return tuple(out)


def _declarators(type_: str, rest: str, line: int) -> list[Member]:
    found = []
    for _, d in _split_top(rest, ","):
        m = re.match(r"\s*\**\s*([A-Za-z_]\w*)\s*((\[[^\]]*\]\s*)*)(:\s*\w+)?", d)
        if m:
            found.append(Member(m.group(1), " ".join(type_.split()), line, bool(m.group(4))))
    return found


_DEFINE = re.compile(r"^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)(?![\w(])[ \t]*(.*?)[ \t]*$", re.M)
_COND = re.compile(r"^[ \t]*#[ \t]*(if|ifdef|ifndef|elif|else|endif)\b(.*)$", re.M)


# An #if for another system than Linux: what it defines is that system's.
_OTHER_SYSTEM = re.compile(
    r"\b(_?WIN32|_WIN64|__APPLE__|__MACH__|__FreeBSD__|__NetBSD__|__OpenBSD__|__DragonFly__|"
    r"__sun|_AIX|__CYGWIN__|__MINGW32__|_MSC_VER|__HAIKU__|__GNU__)\b"
)


def _cond_arches(text: str) -> Callable[[int], str | None]:
    """For an offset in the text: the architecture the #if around it selects; SKIP inside
    the #else of an architecture's #if (another one's) and in #if __KERNEL__ branches."""
    marks: list[tuple[int, str | None]] = [(0, None)]
    stack: list[str | None] = []

    def selects(cond: str) -> str | None:
        other = any(
            not re.search(r"!\s*(defined\s*\(?\s*)?$", cond[: m.start()])
            for m in _OTHER_SYSTEM.finditer(cond)
        )
        if "__KERNEL__" in cond or other:
            return SKIP
        if "!" in cond:
            return None
        return next((a for k, a in _COND_ARCH if k in cond), None)

    for m in _COND.finditer(text):
        kind, cond = m.group(1), m.group(2)
        if kind in ("if", "ifdef"):
            stack.append(selects(cond))
        elif kind == "ifndef":
            stack.append(SKIP if "__KERNEL__" in cond else None)
        elif kind in ("elif", "else") and stack:
            stack[-1] = SKIP if stack[-1] is not None else selects(cond) if kind == "elif" else None
        elif kind == "endif" and stack:
            stack.pop()
        marks.append((m.end(), next((a for a in reversed(stack) if a), None)))

    def at(offset: int) -> str | None:
        arch = None
        for pos, a in marks:
            if pos > offset:
                break
            arch = a
        return arch

    return at


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def scan_c(path: str, text: str, wanted: Wanted, found: Found) -> None:
    """The struct copies and defines of one C or C++ file."""
    clean = blank_comments(text)
    arch = path_arch(path)
    cond = _cond_arches(clean)
    raw_defines: dict[str, str] = {}
    hits = []
    for m in _DEFINE.finditer(clean):
        expr = _continued(clean, m, m.group(2).strip())
        raw_defines.setdefault(m.group(1), expr)
        if m.group(1) in wanted.names:
            hits.append((m, expr))
    for m, expr in hits:
        name = m.group(1)
        line, col = _line_col(clean, m.start(1))
        inside = cond(m.start())
        where = SKIP if inside == SKIP else arch or inside
        if where == SKIP:
            continue
        outside = _outside(wanted, where)
        defines = {**raw_defines, name: expr}
        lookup = functools.partial(_resolve, defines=defines, seen=set(), outside=outside)
        value = evaluate(expr, lookup)
        chain = _chain(name, defines, outside)
        before = clean[: m.start()].rstrip().rsplit("\n", 1)[-1]
        guarded = bool(
            re.match(rf"\s*#\s*(ifndef\s+{name}\b|if\s+!\s*defined\s*\(?\s*{name}\b)", before)
        )
        found.defines.append(
            Define(path, line, col, "c", name, expr, value, where, chain, guarded, path_bits(path))
        )
    for m in re.finditer(
        r"\bstruct\s+([A-Za-z_]\w*)\s*(?:__attribute__\s*\(\(.*?\)\)\s*)?\{", clean
    ):
        _c_struct(path, text, clean, m, wanted, found, arch)


def _c_struct(
    path: str,
    text: str,
    clean: str,
    m: re.Match[str],
    wanted: Wanted,
    found: Found,
    arch: str | None,
) -> None:
    name = m.group(1)
    by_name = wanted.structs.get(name)
    brace = m.end() - 1
    line, col = _line_col(clean, m.start())
    if by_name is None and not any(
        f[0] in clean[brace : brace + 4000] for f in wanted.shapes.values()
    ):
        return
    end = _closing(clean, brace)
    if end < 0:
        if by_name:
            found.problems.append(Problem(path, line, col, f"struct {name}'s '{{' is never closed"))
        return
    body = clean[brace + 1 : end]
    members = c_members(body, line + clean.count("\n", m.start(), brace))
    spec = by_name or _shape_of([mb.name for mb in members], wanted)
    if spec is None:
        return
    tail = re.match(r"[^;{}]*", clean[end + 1 :])
    attrs = tail.group(0) if tail else ""
    definition = "struct " + name + " " + clean[brace : end + 1] + attrs
    how = "name" if by_name else "shape"
    found.structs.append(
        StructCopy(path, line, col, "c", name, spec, how, definition, members, arch)
    )


def _shape_of(names: list[str], wanted: Wanted) -> str | None:
    """The spec whose first version's fields the members begin with (their shape)."""
    norm = [_norm(n) for n in names]
    for spec, shape in wanted.shapes.items():
        if len(shape) >= 2 and norm[: len(shape)] == [_norm(s) for s in shape]:
            return spec
    return None


def _norm(name: str) -> str:
    """A name the way C, Rust and Go spellings of it agree: no case, no underscores."""
    return name.replace("_", "").lower()


def _outside(wanted: Wanted, arch: str | None) -> Callable[[str], int | None] | None:
    """The spec's value of a name on ``arch``, where the file does not define it."""
    value_of = wanted.value_of
    if value_of is None:
        return None

    def lookup(name: str) -> int | None:
        return value_of(name, arch)

    return lookup


def _continued(clean: str, m: re.Match[str], expr: str) -> str:
    """A #define's value with its continuation lines (a backslash at a line's end)."""
    end = m.end()
    while expr.endswith("\\"):
        nxt = clean.find("\n", end + 1)
        line = clean[end + 1 : nxt if nxt >= 0 else len(clean)]
        expr = expr[:-1].rstrip() + " " + line.strip()
        if nxt < 0:
            break
        end = nxt
    return expr


def _chain(
    name: str, defines: dict[str, str], outside: Callable[[str], int | None] | None = None
) -> tuple[tuple[str, str], ...]:
    """The #define of ``name`` and those it refers to, each identifier the file defines
    renamed __cg_NAME, innermost first; a name the file does not define but the spec does
    (``outside``) as the spec's value."""
    order: list[str] = []
    given: dict[str, str] = {}

    def visit(n: str) -> None:
        if n in order or n in given:
            return
        if n not in defines:
            value = outside(n) if outside else None
            if value is not None:
                given[n] = f"{value & MASK64:#x}ULL"
            return
        order.insert(0, n)
        for ref in _IDENT.findall(defines[n]):
            visit(ref)

    visit(name)
    rename = re.compile(r"\b(" + "|".join(map(re.escape, [*order, *given])) + r")\b")
    return tuple(given.items()) + tuple((n, rename.sub(r"__cg_\1", defines[n])) for n in order)


def _resolve(
    name: str,
    defines: dict[str, str],
    seen: set[str],
    outside: Callable[[str], int | None] | None = None,
) -> int | None:
    """A name's value from the file's own #defines, else the spec's (``outside``), or None."""
    if name in seen:
        return None
    if name not in defines:
        return outside(name) if outside else None
    return evaluate(
        defines[name],
        functools.partial(_resolve, defines=defines, seen=seen | {name}, outside=outside),
    )


# -- C integer expressions --------------------------------------------------------------

_TOKEN = re.compile(
    r"\s*(?:(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)[uUlL]*|([A-Za-z_]\w*)|(<<|>>|[|&^~+\-*()!,]))"
)
_TYPE_WORDS = frozenset(
    [
        "unsigned",
        "signed",
        "int",
        "long",
        "short",
        "char",
        "__u64",
        "__u32",
        "__u16",
        "__u8",
        "__s64",
        "__s32",
        "__s16",
        "__s8",
        "u64",
        "u32",
        "u16",
        "u8",
        "s64",
        "s32",
        "s16",
        "s8",
        "uint64_t",
        "uint32_t",
        "uint16_t",
        "uint8_t",
        "int64_t",
        "int32_t",
        "int16_t",
        "int8_t",
        "__aligned_u64",
        "__kernel_ulong_t",
        "__kernel_long_t",
        "size_t",
        "__le64",
        "__le32",
        "const",
    ]
)
_BIT_MACROS = frozenset({"_BITUL", "_BITULL", "BIT", "BIT_ULL", "_BIT", "BIT_U64"})
MASK64 = (1 << 64) - 1


def evaluate(expr: str, lookup: Callable[[str], int | None]) -> int | None:
    """The value of a C integer constant expression (literals, casts, | & ^ ~ << >> + - *,
    _BITUL(n)/BIT(n) and names ``lookup`` knows) as an unsigned 64-bit number; None when it
    is anything else."""
    tokens = _tokens(expr)
    if not tokens:
        return None
    py = _python_expr(tokens, lookup)
    if py is None:
        return None
    try:
        value = eval(py, {"__builtins__": {}}, {})
    except (SyntaxError, ValueError, TypeError, ArithmeticError):
        return None
    return int(value) & MASK64 if isinstance(value, int) else None


def _tokens(expr: str) -> list[tuple[str, str]] | None:
    out: list[tuple[str, str]] = []
    pos = 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if not m or m.end() == pos:
            return None
        pos = m.end()
        if m.group(1):
            out.append(("num", m.group(1)))
        elif m.group(2):
            out.append(("id", m.group(2)))
        else:
            out.append(("op", m.group(3)))
    return out


def _python_expr(tokens: list[tuple[str, str]], lookup: Callable[[str], int | None]) -> str | None:
    parts: list[str] = []
    i = 0
    while i < len(tokens):
        kind, tok = tokens[i]
        if kind == "op" and tok == "(":
            j = i + 1
            while j < len(tokens) and tokens[j][0] == "id" and tokens[j][1] in _TYPE_WORDS:
                j += 1
            if j > i + 1 and j < len(tokens) and tokens[j] == ("op", ")"):
                i = j + 1  # a cast: the value stays, reduced to 64 bits at the end
                continue
        if kind == "num":
            parts.append(_c_number(tok))
        elif kind == "id" and tok in _BIT_MACROS:
            parts.append("1<<")
        elif kind == "id":
            if tok in _TYPE_WORDS:
                return None
            value = lookup(tok)
            if value is None:
                return None
            parts.append(str(value))
        elif tok == "!":
            parts.append(" not ")
        elif tok == ",":
            return None
        else:
            parts.append(tok)
        i += 1
    return "".join(parts)


def _c_number(tok: str) -> str:
    if len(tok) > 1 and tok[0] == "0" and tok[1] not in "xXbB":
        return str(int(tok, 8))
    return str(int(tok, 0))


# -- walking the paths ----------------------------------------------------------------------


def language(path: Path) -> str | None:
    """The language of a file: by its suffix, and syzkaller's descriptions (``.txt``) and
    their constants (``.txt.const``) under a ``sys/linux`` directory."""
    if path.parent.name == "linux" and path.parent.parent.name == "sys":
        if path.name.endswith(".txt.const"):
            return "syzconst"
        if path.suffix == ".txt":
            return "syz"
    return LANGS.get(path.suffix)


def files_under(paths: list[Path]) -> Iterator[tuple[Path, str]]:
    """Every C, C++, Rust, Go and syzkaller file under the paths (a path may be one file),
    sorted, with its language; symbolic links to directories are not followed."""
    for root in paths:
        if root.is_file():
            lang = language(root)
            if lang:
                yield root, lang
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
            for name in sorted(filenames):
                lang = language(Path(dirpath) / name)
                if lang:
                    yield Path(dirpath) / name, lang


# -- Rust and Go text -----------------------------------------------------------------------

_RUST_CONST = re.compile(
    r"^[ \t]*(?:pub(?:\([^)]*\))?[ \t]+)?const[ \t]+([A-Za-z_]\w*)[ \t]*:[ \t]*([^=]+?)[ \t]*=[ \t]*([^;]+);",
    re.M,
)
_RUST_STRUCT = re.compile(r"\bstruct\s+([A-Za-z_]\w*)\s*\{")
_GO_STRUCT = re.compile(r"\btype\s+([A-Za-z_]\w*)\s+struct\s*\{")
_GO_CONST = re.compile(
    r"^[ \t]*(?:const[ \t]+)?([A-Za-z_]\w*)[ \t]*(?:[A-Za-z_]\w*[ \t]*)?=[ \t]*([^\n]+?)[ \t]*$",
    re.M,
)


def _rust_value(expr: str, lookup: Callable[[str], int | None]) -> int | None:
    """A Rust integer expression in C terms: ``as`` casts dropped, ``0o`` octal and digit
    separators read."""
    text = re.sub(r"\bas\s+[\w:]+", "", expr)
    text = re.sub(r"\b0o([0-7_]+)", lambda m: str(int(m.group(1).replace("_", ""), 8)), text)
    text = re.sub(
        r"\b(0x[0-9a-fA-F_]+|[0-9][0-9_]*)(?:_?[ui](?:8|16|32|64|128|size))?\b",
        lambda m: m.group(1).replace("_", ""),
        text,
    )
    text = re.sub(r"\b(?:crate|self|super|libc|c)::", "", text)
    return evaluate(text, lookup)


def _go_value(expr: str, lookup: Callable[[str], int | None]) -> int | None:
    text = re.sub(r"//.*", "", expr).strip()
    text = re.sub(r"\b0o([0-7_]+)", lambda m: str(int(m.group(1).replace("_", ""), 8)), text)
    text = re.sub(
        r"\b(0[xX][0-9a-fA-F_]+|[0-9][0-9_]*)", lambda m: m.group(1).replace("_", ""), text
    )
    return evaluate(text, lookup)


_RUST_ARCH = {
    "x86_64": "x86_64",
    "x86": "i386",
    "aarch64": "arm64",
    "riscv64": "riscv64",
    "s390x": "s390x",
    "mips": "mips",
    "sparc64": "sparc64",
}


def _rust_cfg_arch(cond: str) -> str | None:
    """The architectures a #[cfg(...)] selects: ours, comma-separated (``not(any(...))`` is
    every other of ours Rust has), SKIP for only others', None when it is no architecture's
    or more than ``any``/``not`` of architectures."""
    named = re.findall(r'target_arch\s*=\s*"(\w+)"', cond)
    rest = re.sub(r'target_arch\s*=\s*"\w+"|any|not|[(),\s]', "", cond)
    if not named or rest:
        return None
    ours = {_RUST_ARCH[a] for a in named if a in _RUST_ARCH}
    if cond.strip().startswith("not("):
        ours = set(_RUST_ARCH.values()) - ours
    if not ours:
        return SKIP
    return ",".join(sorted(ours))


def _rust_cfgs(clean: str, text: str) -> Callable[[int], str | None]:
    """For an offset: the architecture of the innermost cfg_if! branch or #[cfg] item
    around it."""
    spans: list[tuple[int, int, str | None]] = []
    for m in re.finditer(r"#\[cfg\((.*?)\)\]\s*(\{)?", clean, re.S):
        arch = _rust_cfg_arch(text[m.start(1) : m.end(1)])  # the strings, not blanked
        if m.group(2):  # cfg_if!'s `if #[cfg(...)] {`: the block
            spans.append((m.end(), _closing(clean, m.end() - 1), arch))
        else:  # an attribute: the item after it, to its ; or block
            end = re.search(r";|\{", clean[m.end() :])
            stop = m.end() + (end.end() if end else 0)
            if end and end.group(0) == "{":
                stop = _closing(clean, stop - 1)
            spans.append((m.end(), stop, arch))

    def at(offset: int) -> str | None:
        inside = [(a, b, arch) for a, b, arch in spans if a <= offset <= b]
        return min(inside, key=lambda s: s[1] - s[0])[2] if inside else None

    return at


def scan_rust(path: str, text: str, wanted: Wanted, found: Found) -> None:
    clean = blank_comments(text)
    arch = path_arch(path)
    cfg = _rust_cfgs(clean, text)
    consts = {m.group(1): m.group(3).strip() for m in _RUST_CONST.finditer(clean)}

    def lookup(name: str, seen: frozenset[str] = frozenset()) -> int | None:
        if name not in consts or name in seen:
            return None
        return _rust_value(consts[name], lambda n: lookup(n, seen | {name}))

    for m in _RUST_CONST.finditer(clean):
        inside = cfg(m.start(1))
        if m.group(1) not in wanted.names or inside == SKIP:
            continue
        line, col = _line_col(clean, m.start(1))
        value = _rust_value(m.group(3), lookup)
        # one definition for each architecture its #[cfg] selects (the path's, if it says)
        for where in [arch] if arch else inside.split(",") if inside else [None]:
            found.defines.append(
                Define(
                    path,
                    line,
                    col,
                    "rust",
                    m.group(1),
                    m.group(3).strip(),
                    value,
                    where,
                    bits=path_bits(path),
                )
            )
    macros = [  # libc's s! { ... }: every struct in it is #[repr(C)]
        (mm.end(), _closing(clean, mm.end() - 1))
        for mm in re.finditer(r"\bs(?:_no_extra_traits|_paren)?!\s*\{", clean)
    ]
    for m in _RUST_STRUCT.finditer(clean):
        body_end = _closing(clean, m.end() - 1)
        if body_end < 0:
            continue
        body = clean[m.end() : body_end]
        first = _line_col(clean, m.end())[0]
        members = tuple(
            Member(f.group(1), " ".join(f.group(2).split()), first + body.count("\n", 0, f.start()))
            for f in re.finditer(
                r"(?:pub(?:\([^)]*\))?\s+)?([A-Za-z_]\w*)\s*:\s*([^,]+?)\s*(?:,|$)", body
            )
        )
        attrs = clean[: m.start()].rstrip()
        attrs = attrs[max(attrs.rfind("}"), attrs.rfind(";")) + 1 :]
        in_macro = any(a < m.start() < b for a, b in macros)
        if "repr(C" in attrs or in_macro:
            _add_struct(path, clean, m, members, "rust", wanted, found, arch, body)


def scan_go(path: str, text: str, wanted: Wanted, found: Found) -> None:
    clean = blank_comments(text)
    arch = path_arch(path)
    consts: dict[str, tuple[str, int]] = {}
    for block in re.finditer(r"\bconst\s*\((.*?)\n\s*\)|\bconst\s+([^\n(]*)", clean, re.S):
        start = block.start(1) if block.group(1) is not None else block.start(2)
        for m in _GO_CONST.finditer(block.group(1) or block.group(2) or ""):
            consts.setdefault(m.group(1), (m.group(2), start + m.start(1)))

    def lookup(name: str, seen: frozenset[str] = frozenset()) -> int | None:
        if name not in consts or name in seen:
            return None
        return _go_value(consts[name][0], lambda n: lookup(n, seen | {name}))

    for name, (expr, offset) in consts.items():
        if name in wanted.names:
            line, col = _line_col(clean, offset)
            found.defines.append(
                Define(path, line, col, "go", name, expr.strip(), _go_value(expr, lookup), arch)
            )
    for m in _GO_STRUCT.finditer(clean):
        body_end = _closing(clean, m.end() - 1)
        if body_end < 0:
            continue
        body = clean[m.end() : body_end]
        first = _line_col(clean, m.end())[0]
        members = tuple(
            Member(f.group(1), f.group(2).strip(), first + body.count("\n", 0, f.start()))
            for f in re.finditer(r"^[ \t]*([A-Za-z_]\w*)[ \t]+(\S[^\n]*?)[ \t]*$", body, re.M)
        )
        if m.group(1)[:1].isupper():  # an exported type: a package's interface
            _add_struct(path, clean, m, members, "go", wanted, found, arch, body)


def _add_struct(
    path: str,
    clean: str,
    m: re.Match[str],
    members: tuple[Member, ...],
    lang: str,
    wanted: Wanted,
    found: Found,
    arch: str | None,
    body: str,
) -> None:
    by_name = wanted.structs.get(m.group(1))
    spec = by_name or _shape_of([mb.name for mb in members], wanted)
    if spec is None:
        return
    line, col = _line_col(clean, m.start(1))
    how = "name" if by_name else "shape"
    found.structs.append(
        StructCopy(path, line, col, lang, m.group(1), spec, how, body, members, arch)
    )


# -- syzkaller's descriptions ------------------------------------------------------------------

_SYZ_STRUCT = re.compile(r"^([A-Za-z_]\w*)(\$\w+)?\s*\{[ \t]*$", re.M)
_SYZ_SET = re.compile(r"^([A-Za-z_]\w*)\s*=\s*([A-Za-z_0-9][^\n\"]*)$", re.M)
_SYZ_TYPE = re.compile(r"^(?:resource\s+(\w+)\[(\w+)\]|type\s+(\w+)\s+(\S+))", re.M)
# syzkaller's architecture names -> clonegen's (its mips is mips64le: not ours)
SYZ_ARCHES = {
    "amd64": "x86_64",
    "386": "i386",
    "arm64": "arm64",
    "riscv64": "riscv64",
    "s390x": "s390x",
}


def scan_syz(path: str, text: str, wanted: Wanted, found: Found) -> None:
    """A description file: its structs (by name, ``name$variant`` too, or shape), its flag
    sets and its resources and type aliases (for the layout of every struct)."""
    clean = re.sub(r"#[^\n]*", lambda m: " " * len(m.group(0)), text)
    for m in _SYZ_TYPE.finditer(clean):
        name, base = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        found.syz_types.setdefault(name, base)
    for m in _SYZ_SET.finditer(clean):
        items = tuple(i.strip() for i in m.group(2).split(","))
        if all(re.fullmatch(r"[A-Za-z_]\w*|-?\d\w*", i) for i in items):
            found.syz_sets.setdefault(m.group(1), items)
    for m in _SYZ_STRUCT.finditer(clean):
        end = clean.find("\n}", m.end())
        if end < 0:
            continue
        body = clean[m.end() : end]
        first = _line_col(clean, m.end())[0]
        members = tuple(
            Member(f.group(1), f.group(2).strip(), first + body.count("\n", 0, f.start()))
            for f in re.finditer(r"^[ \t]+([A-Za-z_]\w*)[ \t]+(\S[^\n]*?)[ \t]*$", body, re.M)
        )
        _add_struct(path, clean, m, members, "syz", wanted, found, path_arch(path), body)


def scan_syz_const(path: str, text: str, wanted: Wanted, found: Found) -> None:
    """A ``.txt.const`` file: ``NAME = default, arch:arch2:value`` for each of ours."""
    for m in re.finditer(r"^([A-Za-z_]\w*)\s*=\s*([^\n]+)$", text, re.M):
        if m.group(1) not in wanted.names:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        values = {a: parts[0] for a in SYZ_ARCHES}
        for part in parts[1:]:
            *arches, value = part.split(":")
            values.update({a: value for a in arches if a in SYZ_ARCHES})
        line, col = _line_col(text, m.start(1))
        for syz, ours in SYZ_ARCHES.items():
            raw = values[syz]
            value = int(raw, 0) if re.fullmatch(r"-?(0x[0-9a-fA-F]+|\d+)", raw) else None
            if value is not None:
                value &= MASK64
            found.defines.append(Define(path, line, col, "syz", m.group(1), raw, value, ours))


SCANNERS: dict[str, Callable[[str, str, Wanted, Found], None]] = {
    "c": scan_c,
    "rust": scan_rust,
    "go": scan_go,
    "syz": scan_syz,
    "syzconst": scan_syz_const,
}


_NAMED = {
    "rust": re.compile(
        r"\btype\s+(\w+)\s*=\s*([\w:]+)\s*;"  # an alias
        r"|\bstruct\s+(\w+)\s*:\s*([\w:]+)\s*\{"  # bitflags! { struct X: u64 { ... } }
        r"|\bstruct\s+(\w+)\s*\(\s*(?:pub\s+)?([\w:]+)\s*\)\s*;"  # a newtype
    ),
    "go": re.compile(r"^type\s+(\w+)\s+(?:=\s*)?(u?int(?:8|16|32|64)|byte|uintptr)\s*$", re.M),
}


def named_types(lang: str, text: str, found: Found) -> None:
    """The Rust or Go file's named integer types, for the layout of any struct of the tree."""
    table = found.named_types.setdefault(lang, {})
    for m in _NAMED[lang].finditer(text):
        groups = [g for g in m.groups() if g is not None]
        table.setdefault(groups[0], groups[1])


def _probes(wanted: Wanted) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """What a file must contain to be read: any wanted name (Rust, Go), or in C a #define of
    one, a struct of a wanted name or the longest field name of a shape (a struct found by
    shape has them all)."""

    def alternatives(names: set[str]) -> str:
        return "|".join(sorted(map(re.escape, names), key=len, reverse=True))

    rare = {max(shape, key=len) for shape in wanted.shapes.values() if shape}
    names = alternatives(set(wanted.names))
    c = rf"define[ \t]+(?:{names})\b|\b(?:{alternatives(set(wanted.structs) | rare)})\b"
    other = rf"\b(?:{names}|{alternatives(set(wanted.structs) | rare)})\b"
    return re.compile(other.encode()), re.compile(c.encode())


def scan(paths: list[Path], wanted: Wanted, shown: Callable[[Path], str]) -> Found:
    """Every copy under the paths. A file that contains none of the wanted names is not
    parsed; one that cannot be read is skipped (a tree's dangling link)."""
    found = Found([], [], [])
    probes = _probes(wanted)
    for path, lang in files_under(paths):
        try:
            raw = read_regular(path, MAX_FILE)
        except InputFileError:
            continue  # a FIFO, device or dangling link in a tree, a generated giant: no copy
        found.files += 1
        if path_arch(path.as_posix()) == SKIP:
            continue
        if lang in _NAMED:
            named_types(lang, raw.decode("utf-8", "replace"), found)
        if lang != "syz" and not probes[lang == "c"].search(raw):
            continue
        SCANNERS[lang](shown(path), raw.decode("utf-8", "replace"), wanted, found)
    return found
