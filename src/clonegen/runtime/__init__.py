"""Fixed code that generated artifacts embed verbatim.

Nothing here depends on a spec: what a spec decides reaches this code as the
tables and class attributes the generated module defines.  The files are
ordinary Python, linted and type-checked with clonegen itself, and included
in generated modules as they are (see :func:`source`).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# The flags spawn() refuses, in the C library and in the Python module alike:
# those it sets itself or that would break its shared-memory child ...
SPAWN_OWN_FLAGS = (
    *("CLONE_VM", "CLONE_VFORK", "CLONE_PIDFD", "CLONE_INTO_CGROUP"),
    *("CLONE_THREAD", "CLONE_SIGHAND", "CLONE_SETTLS"),
    *("CLONE_PARENT_SETTID", "CLONE_CHILD_SETTID", "CLONE_CHILD_CLEARTID"),
)
# ... and those that would let the child's steps before execve() act on the
# caller (CLONE_FILES: the file actions and the closing of descriptors;
# CLONE_FS: the working directory), let the program act on it afterwards
# (CLONE_SYSVSEM: the caller's semaphore undo list), or make a child the
# caller can neither wait for nor reap after a failure before execve()
# (CLONE_PARENT: the caller's parent's child).
SPAWN_SHARED_FLAGS = ("CLONE_FILES", "CLONE_FS", "CLONE_SYSVSEM", "CLONE_PARENT")
SPAWN_REFUSED_FLAGS = SPAWN_OWN_FLAGS + SPAWN_SHARED_FLAGS
# The fork-like C runtime (libc_spawn.c, libc_run.c) names a flag of the spec as
# CLONEGEN_F(CLONE_...) and a field as args.<field>; CLONEGEN_F(SPAWN_...) are the
# libc header's own names.
_SPAWN_FLAG = re.compile(r"CLONEGEN_F\((CLONE_[A-Z0-9_]+)\)")
_SPAWN_FIELD = re.compile(r"\bargs\.([a-z_][a-z0-9_]*)")
SPAWN_SOURCES = ("libc_run.c", "libc_spawn.c")
SPAWN_FLAGS_FIELD = "flags"  # the field the runtime ORs its flags into (args.flags)
# The names of a fork-like spec the Python process helpers (py_process.py and the
# template that binds it) use: the flag that asks for a pidfd, the one that starts the
# child in a cgroup, and the fields they fill in.
PROCESS_PIDFD_FLAG = "CLONE_PIDFD"
PROCESS_CGROUP_FLAG = "CLONE_INTO_CGROUP"
PROCESS_FIELDS = ("pidfd", "cgroup", "exit_signal")
# The compiled from_bytes every generated Python package carries as a C source
# (py_fastpath.c, its init function PyInit_<name>) and loads, where it was built,
# from beside the module (py_struct.py's _load_fastpath).
FASTPATH_NAME = "_fastpath"
FASTPATH_SOURCE = "py_fastpath.c"


@cache
def source(name: str) -> str:
    """The text of one runtime file from its marker on (what comes before explains the file)."""
    text = resources.files("clonegen.runtime").joinpath(name).read_text("utf-8")
    for marker in ("# --- embedded from here ---\n", "/* --- embedded from here --- */\n"):
        if marker in text:
            return text.split(marker, 1)[1]
    return text


# The predefined macro each branch of libc_run.c's assembly (clonegen_stack_call) tests,
# and the architecture it names: a branch not listed here is an error, not a silent gap.
_STACK_MACROS = {
    "__x86_64__": "x86_64",
    "__i386__": "i386",
    "__aarch64__": "aarch64",
    "__riscv": "riscv64",
    "__s390x__": "s390x",
}


@cache
def stack_arches() -> tuple[str, ...]:
    """The architectures libc_run.c has the child-on-a-stack assembly for, in its order: where
    the run helper and spawn work (elsewhere they fail with ENOSYS)."""
    text = source("libc_run.c")
    return tuple(_STACK_MACROS[m] for m in re.findall(r"^#(?:el)?if defined\((\w+)\)", text, re.M))


@cache
def spawn_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The spec's flags and fields the fork-like C runtime uses, read from its source: what
    a fork-like spec must define (sorted, each once)."""
    text = "".join(source(name) for name in SPAWN_SOURCES)
    flags = tuple(sorted(set(_SPAWN_FLAG.findall(text))))
    fields = tuple(sorted(set(_SPAWN_FIELD.findall(text))))
    return flags, fields


def libc_spawn_flags() -> tuple[str, ...]:
    """Every flag the libc spawn needs the spec to have: those its C code names and those it
    refuses (each once, in that order)."""
    return tuple(dict.fromkeys((*spawn_names()[0], *SPAWN_REFUSED_FLAGS)))
