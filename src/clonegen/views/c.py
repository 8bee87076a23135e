"""What every C view shares: declarations, comments, references for rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clonegen.views import Reserved
from clonegen.views.sysnames import (
    C_HEADERS,
    KERNEL_FUNCTION_MACROS,
    KERNEL_MACROS,
    LIBC_FUNCTION_MACROS,
    LIBC_MACROS,
)

C_KEYWORDS = frozenset(
    [
        "auto",
        "break",
        "case",
        "char",
        "const",
        "continue",
        "default",
        "do",
        "double",
        "else",
        "enum",
        "extern",
        "float",
        "for",
        "goto",
        "if",
        "inline",
        "int",
        "long",
        "register",
        "restrict",
        "return",
        "short",
        "signed",
        "sizeof",
        "static",
        "struct",
        "switch",
        "typedef",
        "union",
        "unsigned",
        "void",
        "volatile",
        "while",
        "_Alignas",
        "_Alignof",
        "_Atomic",
        "_Bool",
        "_Complex",
        "_Generic",
        "_Imaginary",
        "_Noreturn",
        "_Static_assert",
        "_Thread_local",
        "asm",
        "typeof",
        "bool",
        "true",
        "false",
        "nullptr",
        "alignas",
        "alignof",
        "static_assert",
        "thread_local",
        "constexpr",
    ]
)
# Object-like macros that gcc -std=gnu11 predefines without a leading underscore on the
# nine architectures (gcc -dM -E): a member of that name would be replaced by a number.
GNU11_PREDEFINED = frozenset(
    {"linux", "unix", "i386", "mips", "sparc", "MIPSEB", "R3000", "LANGUAGE_C"}
)
# Object-like macros of the headers the generated C includes (kernel, uapi and C
# library), which would replace a field, member or flag of the same name.
SYSTEM_MACROS = frozenset(
    [
        "NULL",
        "errno",
        "current",
        "PAGE_SIZE",
        "PAGE_SHIFT",
        "CHAR_BIT",
        "INT_MAX",
        "INT_MIN",
        "UINT_MAX",
        "LONG_MAX",
        "LONG_MIN",
        "ULONG_MAX",
        "LLONG_MAX",
        "ULLONG_MAX",
        "SIZE_MAX",
        "SSIZE_MAX",
        "U8_MAX",
        "U16_MAX",
        "U32_MAX",
        "U64_MAX",
        "S8_MAX",
        "S16_MAX",
        "S32_MAX",
        "S64_MAX",
        "PATH_MAX",
        "NAME_MAX",
        "AT_FDCWD",
        "EOF",
        "BITS_PER_LONG",
        "KERNEL_DS",
        "USER_DS",
        "THIS_MODULE",
        "jiffies",
        "HZ",
    ]
)
C_RESERVED = (
    Reserved("C", "identifier", "is a C keyword", C_KEYWORDS),
    Reserved(
        "C", "identifier", "is a macro gcc predefines (-std=gnu11)", GNU11_PREDEFINED, system=True
    ),
    Reserved(
        "C",
        "identifier",
        "is a macro of the kernel or C library headers the generated C includes",
        SYSTEM_MACROS,
        system=True,
    ),
    Reserved(
        "C",
        "identifier",
        "is an errno name, a macro of <errno.h> and <linux/errno.h>",
        pattern=r"E[A-Z0-9]+",
        system=True,
    ),
    Reserved(
        "C",
        "identifier",
        "is reserved to the C implementation (a leading __ or _ and a capital)",
        pattern=r"__.*|_[A-Z].*",
        system=True,
    ),
)

# The macros of the system headers each C output includes (clonegen.views.sysnames): an
# object-like one replaces any name; a function-like one a constant or flag (both macros
# themselves, which would redefine it) and a function.  A constant that names its kernel
# header is that header's symbol and may use its name.
KERNEL_SYSTEM_RESERVED = (
    Reserved(
        "kernel C",
        "identifier",
        "is a macro of the kernel headers the generated kernel source includes",
        KERNEL_MACROS,
        system=True,
    ),
    *(
        Reserved(
            "kernel C",
            scope,
            "is a function-like macro of the kernel headers the generated kernel source includes",
            KERNEL_FUNCTION_MACROS,
            system=True,
        )
        for scope in ("constant", "flag", "function")
    ),
)
LIBC_SYSTEM_RESERVED = (
    Reserved(
        "libc",
        "identifier",
        "is a macro of the C library headers the generated libc source includes",
        LIBC_MACROS,
        system=True,
    ),
    *(
        Reserved(
            "libc",
            scope,
            "is a function-like macro of the C library headers the generated libc source includes",
            LIBC_FUNCTION_MACROS,
            system=True,
        )
        for scope in ("constant", "flag", "function")
    ),
    Reserved(
        "libc",
        "spec",
        "would name the libc header libc/<name>.h like a C library header, which it would"
        " shadow on the include path",
        C_HEADERS,
    ),
    *(
        Reserved(
            "libc",
            scope,
            "with the libc prefix is a macro the generated libc header or source defines itself"
            " (its include guard <NAME>_H, <NAME>_ASSERT, <NAME>_CHECKED_*, SPAWN_*, SYS_*)",
            prefixes=("SPAWN_", "SYS_", "CLONEGEN_"),
            pattern=r"{NAME}_(?:H|ASSERT|U64|CHECKED_.*)",
        )
        for scope in ("constant", "flag")
    ),
)


def declaration(ctype: str, name: str, bits: int | None = None) -> str:
    """``("int (*)(void *)", "fn")`` -> ``"int (*fn)(void *arg)"``.

    A function pointer's parameters get names (``arg``, or ``arg1``...
    for several), as checkpatch asks; lower-case, they cannot meet a spec's
    macros."""
    if "(*)" in ctype:
        ret, params = ctype.split("(*)", 1)
        types = [p.strip() for p in params.strip()[1:-1].split(",")]
        if types != ["void"]:
            names = ["arg"] if len(types) == 1 else [f"arg{i}" for i in range(1, len(types) + 1)]
            params = "(" + ", ".join(_named(t, n) for t, n in zip(types, names)) + ")"
        decl = f"{ret}(*{name}){params}"
    elif ctype.endswith("*"):
        decl = f"{ctype}{name}"
    else:
        decl = f"{ctype} {name}"
    return f"{decl} : {bits}" if bits else decl


def _named(ctype: str, name: str) -> str:
    return f"{ctype}{name}" if ctype.endswith("*") else f"{ctype} {name}"


def flag_literal(value: int) -> str:
    """A flag as the kernel headers write it: 0x00000100, 0x100000000ULL."""
    return f"{value:#x}ULL" if value > 0xFFFFFFFF else f"0x{value:08x}"


def uapi_flag_literal(value: int) -> str:
    """A flag as a uapi header writes it: 0x00000100, and a bit above 31 as
    ``(1ULL << 32)``, the spelling of Linux 7.3's ``<linux/sched.h>``."""
    if value > 0xFFFFFFFF and value & (value - 1) == 0:
        return f"(1ULL << {value.bit_length() - 1})"
    return flag_literal(value)


def guard(path: str) -> str:
    """``include/uapi/linux/x.h`` -> ``_UAPI_LINUX_X_H``."""
    return (
        "_" + "".join(ch if ch.isalnum() else "_" for ch in path.removeprefix("include/")).upper()
    )


@dataclass(frozen=True)
class CRef:
    """How C code names what a rule reads: ``args.x`` or ``kargs->x``."""

    prefix: str
    size: str
    pointer: str  # how an integer address becomes a user pointer: "u64_to_user_ptr" or a cast

    def field(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def user_range(self, addr: str, length: str) -> str:
        if self.pointer.endswith(")") and re.fullmatch(r"\w+(?:(?:\.|->)\w+)*", addr):
            return f"access_ok({self.pointer}{addr}, {length})"  # a cast binds tighter than ->
        return f"access_ok({self.pointer}({addr}), {length})"


COPY_REF = CRef("args.", "usize", "u64_to_user_ptr")
VALID_REF = CRef("kargs->", "usize", "(void __user *)")

# An ioctl number's direction as _IOC() takes it, in <linux/ioctl.h>'s names (the Python
# module names its own layout the same).
IOC_DIRECTIONS = {
    "read": "_IOC_READ",
    "write": "_IOC_WRITE",
    "read_write": "_IOC_READ | _IOC_WRITE",
}
