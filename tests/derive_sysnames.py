"""Write src/clonegen/views/sysnames.py: the names of the systems generated code lives in.

Run from the project root with a Linux tree's path (the release the kernel patch
targets):  python3 tests/derive_sysnames.py LINUX_TREE

* C library macros: ``gcc -dM -E`` of every header the generated libc source and
  the spawn runtime include, for each C compiler of the tested architectures
  that is installed, minus the macros of the uapi headers alone (``CLONE_VM``,
  ``O_CREAT``: the names a uapi spec defines itself and the libc source checks
  for agreement) and minus self-referential ones (``#define stdin stdin``).
* Kernel macros: every ``#define`` of the kernel-internal headers (not uapi)
  that the generated kernel sources include, transitively, on x86 with
  asm-generic.
* C headers: the top-level ``*.h`` of /usr/include and of gcc's own include
  directory (``stddef.h``), and C's standard headers: a ``libc/<name>.h``
  would shadow them.
* Python: ``sys.stdlib_module_names`` of this interpreter, with the modules
  older and newer releases have (kept, never removed).
* Go: the GOOS and GOARCH values of go/build's syslist.go, which make a file
  name suffix a build constraint.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "clonegen" / "views" / "sysnames.py"
LIBC_INCLUDES = [
    "errno.h",
    "fcntl.h",
    "inttypes.h",
    "limits.h",
    "sched.h",
    "signal.h",
    "stddef.h",
    "stdint.h",
    "stdio.h",
    "stdlib.h",
    "string.h",
    "sys/ioctl.h",
    "sys/syscall.h",
    "sys/types.h",
    "sys/uio.h",
    "sys/wait.h",
    "unistd.h",
]
UAPI_INCLUDES = [
    "linux/sched.h",
    "linux/openat2.h",
    "linux/types.h",
    "linux/fcntl.h",
    "linux/mount.h",
]
COMPILERS = [
    "gcc",
    "i686-linux-gnu-gcc",
    "aarch64-linux-gnu-gcc",
    "riscv64-linux-gnu-gcc",
    "s390x-linux-gnu-gcc",
    "mips-linux-gnu-gcc",
    "alpha-linux-gnu-gcc",
    "sparc64-linux-gnu-gcc",
    "hppa-linux-gnu-gcc",
]
KERNEL_ROOTS = [
    "linux/audit.h",
    "linux/bitops.h",
    "linux/build_bug.h",
    "linux/compiler_types.h",
    "linux/errno.h",
    "linux/fcntl.h",
    "linux/fs.h",
    "linux/kernel.h",
    "linux/limits.h",
    "linux/mm.h",
    "linux/mount.h",
    "linux/pid_namespace.h",
    "linux/signal.h",
    "linux/stddef.h",
    "linux/syscalls.h",
    "linux/types.h",
    "linux/uaccess.h",
    "linux/sched.h",
    "linux/capability.h",
]
# Modules of Python releases other than the running one (3.8 to 3.13).
PYTHON_OTHER = [
    "asynchat",
    "asyncore",
    "binhex",
    "distutils",
    "imp",
    "smtpd",
    "_bootsubprocess",
    "_dummy_thread",
    "dummy_threading",
    "formatter",
    "macpath",
    "parser",
    "symbol",
    "_pyrepl",
    "_colorize",
    "_interpchannels",
    "_interpqueues",
    "_interpreters",
    "_suggestions",
    "_sysconfig",
    "_opcode_metadata",
    "_testexternalinspection",
    "_pylong",
    "_pydatetime",
    "_wmi",
    "_tokenize",
    "_typing",
]
DEFINE = re.compile(r"^#define ([A-Za-z][A-Za-z0-9_]*)(\(?)\s?(.*)$")
SOURCE_DEFINE = re.compile(r"^\s*#\s*define\s+([A-Za-z][A-Za-z0-9_]*)(\(?)(.*)$", re.M)
INCLUDE = re.compile(r"^\s*#\s*include\s*<([^>]+)>", re.M)


def preprocessed(cc: str, headers: list[str]) -> dict[str, bool] | None:
    """name -> function-like, of ``cc -dM -E`` over ``headers``; None without ``cc``."""
    source = "#define _GNU_SOURCE\n" + "".join(f"#include <{h}>\n" for h in headers)
    try:
        proc = subprocess.run(
            [cc, "-dM", "-E", "-x", "c", "-"], input=source, capture_output=True, text=True
        )
    except FileNotFoundError:
        return None
    if proc.returncode:
        return None
    found: dict[str, bool] = {}
    for line in proc.stdout.splitlines():
        m = DEFINE.match(line)
        if m and m.group(3).strip() != m.group(1):
            found[m.group(1)] = bool(m.group(2))
    return found


def libc_macros() -> tuple[set[str], set[str]]:
    objects: set[str] = set()
    functions: set[str] = set()
    for cc in COMPILERS:
        every = preprocessed(cc, LIBC_INCLUDES + UAPI_INCLUDES)
        uapi = preprocessed(cc, UAPI_INCLUDES) or {}
        if every is None:
            print(f"note: {cc} missing, skipped", file=sys.stderr)
            continue
        for name, function in every.items():
            if name not in uapi:
                (functions if function else objects).add(name)
    return objects, functions - objects


def kernel_macros(tree: Path) -> tuple[set[str], set[str]]:
    dirs = [tree / "include", tree / "arch/x86/include", tree / "arch/x86/include/generated"]
    uapi = [tree / "include/uapi", tree / "arch/x86/include/uapi"]
    objects: set[str] = set()
    functions: set[str] = set()
    seen: set[str] = set()
    todo = list(KERNEL_ROOTS)
    while todo:
        header = todo.pop()
        if header in seen:
            continue
        seen.add(header)
        places = [d / header for d in dirs + uapi]
        if header.startswith("asm/"):
            places.append(tree / "include/asm-generic" / header[4:])
        for path in places:
            if path.is_file():
                text = path.read_text("utf-8", "replace")
                todo += INCLUDE.findall(text)
                if not any(path.is_relative_to(u) for u in uapi):
                    for name, paren, body in SOURCE_DEFINE.findall(text):
                        if body.strip() != name:
                            (functions if paren else objects).add(name)
                break
    return objects, functions - objects


def c_headers() -> set[str]:
    gcc = subprocess.run(["gcc", "-print-file-name=include"], capture_output=True, text=True)
    names = {p.stem for p in Path("/usr/include").glob("*.h")}
    names |= {p.stem for p in Path(gcc.stdout.strip()).glob("*.h")}  # stddef.h, stdarg.h, ...
    return names | {
        "assert",
        "complex",
        "fenv",
        "iso646",
        "stdalign",
        "stdarg",
        "stdatomic",
        "stdbool",
        "stdnoreturn",
        "tgmath",
        "threads",
        "uchar",
        "float",
        "varargs",
    }


def go_names() -> tuple[set[str], set[str]]:
    text = Path("/usr/lib/go/src/go/build/syslist.go").read_text()
    blocks = {
        m.group(1): set(re.findall(r'"([a-z0-9]+)":', m.group(2)))
        for m in re.finditer(r"var known(OS|Arch) = map\[string\]bool\{(.*?)\}", text, re.S)
    }
    return blocks["OS"], blocks["Arch"]


def frozen(name: str, doc: str, names: set[str]) -> str:
    """``NAME = frozenset(\"\"\"...\"\"\".split())``: one string, which a module loads far faster
    than a set literal of thousands of strings; the names, sorted, several a line."""
    lines, line = [], ""
    for word in sorted(names):
        if not re.fullmatch(r"[^\s\"\\]+", word):
            raise ValueError(f"{word!r} is not a name")
        if line and len(line) + len(word) + 1 > 95:
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line else word
    lines.append(line)
    body = "\n".join(lines)
    return f'# {doc}\n{name} = frozenset(\n    """\n{body}\n""".split()\n)\n'


def main() -> None:
    tree = Path(sys.argv[1])
    lo, lf = libc_macros()
    ko, kf = kernel_macros(tree)
    goos, goarch = go_names()
    parts = [
        '"""Names of the systems generated code lives in, derived from their sources.\n\n'
        "Written by tests/derive_sysnames.py (see there how each list is made);\n"
        "tests/test_target_names.py checks the lists against this machine's compilers\n"
        'and interpreter.  Data only: the views say which of their names each list limits.\n"""\n\n'
        "# fmt: off\n",
        frozen(
            "LIBC_MACROS",
            "Object-like macros of the C library headers the libc source includes.",
            lo,
        ),
        frozen("LIBC_FUNCTION_MACROS", "Function-like macros of the same headers.", lf),
        frozen(
            "KERNEL_MACROS",
            "Object-like macros of the kernel headers the kernel source includes.",
            ko,
        ),
        frozen("KERNEL_FUNCTION_MACROS", "Function-like macros of the same headers.", kf),
        frozen("C_HEADERS", "Top-level C library and compiler headers (<name.h>).", c_headers()),
        frozen(
            "PYTHON_STDLIB",
            "Modules of Python's standard library, 3.8 to 3.13.",
            set(sys.stdlib_module_names) | set(PYTHON_OTHER),
        ),
        frozen("GO_OS", "GOOS values: a Go file name ending _<GOOS> builds only there.", goos),
        frozen(
            "GO_ARCH", "GOARCH values: a Go file name ending _<GOARCH> builds only there.", goarch
        ),
        "# fmt: on\n",
    ]
    OUT.write_text("\n".join(parts))


if __name__ == "__main__":
    main()
