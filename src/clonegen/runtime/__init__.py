"""Fixed code that generated artifacts embed verbatim.

Nothing here depends on a spec: what a spec decides reaches this code as the
tables and class attributes the generated module defines.  The files are
ordinary Python, linted and type-checked with clonegen itself, and included
in generated modules as they are (see :func:`source`).
"""

from __future__ import annotations

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


@cache
def source(name: str) -> str:
    """The text of one runtime file from its marker on (what comes before explains the file)."""
    text = resources.files("clonegen.runtime").joinpath(name).read_text("utf-8")
    for marker in ("# --- embedded from here ---\n", "/* --- embedded from here --- */\n"):
        if marker in text:
            return text.split(marker, 1)[1]
    return text
