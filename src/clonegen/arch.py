"""The architectures clonegen knows, as data: how C and Python recognise each.

A spec names architectures by these keys (``syscall.numbers``, per-arch
constant values, clone argument orders).  ``VERIFIED`` are the nine whose
facts the test suite proves with a cross compiler; the others may be named
(for example in a clone argument order) but carry no proven values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Ioc:
    """How _IOC() lays out an ioctl number: the bits of the size, _IOC_READ, _IOC_WRITE
    (arch/*/include/uapi/asm/ioctl.h; the direction sits above the size)."""

    size_bits: int
    read: int
    write: int

    def number(self, direction: str, type_: int, nr: int, size: int) -> int:
        """_IOC(direction, type_, nr, size), ``direction`` read, write or read_write."""
        bits = {"read": self.read, "write": self.write, "read_write": self.read | self.write}
        return (bits[direction] << (16 + self.size_bits)) | (size << 16) | (type_ << 8) | nr


@dataclass(frozen=True)
class Abi:
    """The C data model of an architecture's kernel: what the kernel struct's layout needs.

    Every other scalar type has its natural alignment (its size) on these ABIs, and a
    bitfield follows the System V rule (it never spans more units of its type's
    alignment than its type does)."""

    pointer: int  # bytes of a pointer, long, size_t (4: ILP32, 8: LP64)
    long_long_align: int  # alignment of a long long (u64) inside a struct

    @property
    def bits(self) -> int:
        return self.pointer * 8


LP64 = Abi(8, 8)
ILP32 = Abi(4, 8)  # mips o32, parisc: a u64 is 8-aligned
I386 = Abi(4, 4)  # the i386 System V ABI aligns a u64 member to 4 bytes

IOC_GENERIC = Ioc(14, 2, 1)  # include/uapi/asm-generic/ioctl.h
_IOC_13 = Ioc(13, 2, 4)  # alpha, mips, powerpc, sparc


@dataclass(frozen=True)
class Arch:
    """One architecture (one Linux ABI of it)."""

    key: str
    kconfig: str  # a kernel preprocessor condition that selects it
    cc: str  # a user-space preprocessor condition that selects it
    machines: tuple[str, ...]  # what os.uname().machine says on it
    verified: bool
    rust: str | None = None  # a Rust cfg predicate that selects it; None: Rust has no such target
    go: tuple[str, ...] = ()  # its GOARCH values; none: Go has no port (go tool dist list)
    ioc: Ioc = IOC_GENERIC  # its _IOC() layout
    abi: Abi | None = None  # its kernel's C data model; None: not proven here
    gcc: str | None = None  # Debian's (cross) compiler for it (package gcc-<triplet>)


ARCHES: dict[str, Arch] = {
    a.key: a
    for a in (
        Arch(
            "x86_64",
            "defined(CONFIG_X86_64)",
            "defined(__x86_64__) && !defined(__ILP32__)",
            ("x86_64",),
            True,
            rust='all(target_arch = "x86_64", target_pointer_width = "64")',
            go=("amd64",),
            abi=LP64,
            gcc="x86_64-linux-gnu-gcc",
        ),
        Arch(
            "i386",
            "defined(CONFIG_X86_32)",
            "defined(__i386__)",
            ("i386", "i486", "i586", "i686"),
            True,
            rust='target_arch = "x86"',
            go=("386",),
            abi=I386,
            gcc="i686-linux-gnu-gcc",
        ),
        Arch(
            "arm64",
            "defined(CONFIG_ARM64)",
            "defined(__aarch64__)",
            ("aarch64", "arm64"),
            True,
            rust='target_arch = "aarch64"',
            go=("arm64",),
            abi=LP64,
            gcc="aarch64-linux-gnu-gcc",
        ),
        Arch(
            "riscv64",
            "defined(CONFIG_RISCV) && defined(CONFIG_64BIT)",
            "defined(__riscv) && __riscv_xlen == 64",
            ("riscv64",),
            True,
            rust='target_arch = "riscv64"',
            go=("riscv64",),
            abi=LP64,
            gcc="riscv64-linux-gnu-gcc",
        ),
        Arch(
            "s390x",
            "defined(CONFIG_S390)",
            "defined(__s390x__)",
            ("s390x",),
            True,
            rust='target_arch = "s390x"',
            go=("s390x",),
            abi=LP64,
            gcc="s390x-linux-gnu-gcc",
        ),
        Arch(
            "mips",
            "defined(CONFIG_MIPS)",
            "defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32",
            ("mips",),
            True,
            rust='target_arch = "mips"',
            go=("mips", "mipsle"),
            ioc=_IOC_13,
            abi=ILP32,
            gcc="mips-linux-gnu-gcc",
        ),
        Arch(
            "alpha",
            "defined(CONFIG_ALPHA)",
            "defined(__alpha__)",
            ("alpha",),
            True,
            ioc=_IOC_13,
            abi=LP64,
            gcc="alpha-linux-gnu-gcc",
        ),
        Arch(
            "sparc64",
            "defined(CONFIG_SPARC64)",
            "defined(__sparc__) && defined(__arch64__)",
            ("sparc64",),
            True,
            rust='target_arch = "sparc64"',
            ioc=_IOC_13,
            abi=LP64,
            gcc="sparc64-linux-gnu-gcc",
        ),
        Arch(
            "parisc",
            "defined(CONFIG_PARISC)",
            "defined(__hppa__)",
            ("parisc", "parisc64"),
            True,
            ioc=Ioc(14, 1, 2),
            abi=ILP32,
            gcc="hppa-linux-gnu-gcc",
        ),
        Arch(
            "arm",
            "defined(CONFIG_ARM)",
            "defined(__arm__)",
            ("armv7l", "armv6l", "armv5tel"),
            False,
            rust='target_arch = "arm"',
            go=("arm",),
        ),
        Arch(
            "powerpc",
            "defined(CONFIG_PPC)",
            "defined(__powerpc__)",
            ("ppc", "ppc64", "ppc64le"),
            False,
            rust='any(target_arch = "powerpc", target_arch = "powerpc64")',
            go=("ppc64", "ppc64le"),
            ioc=_IOC_13,
        ),
        Arch(
            "microblaze",
            "defined(CONFIG_MICROBLAZE)",
            "defined(__microblaze__)",
            ("microblaze",),
            False,
        ),
        Arch(
            "loongarch",
            "defined(CONFIG_LOONGARCH)",
            "defined(__loongarch__)",
            ("loongarch64",),
            False,
            rust='target_arch = "loongarch64"',
            go=("loong64",),
        ),
        Arch("m68k", "defined(CONFIG_M68K)", "defined(__m68k__)", ("m68k",), False),
    )
}
VERIFIED: tuple[str, ...] = tuple(k for k, a in ARCHES.items() if a.verified)
# The architectures whose kernel data model is known (the kernel struct's layout).
WITH_ABI: tuple[str, ...] = tuple(k for k, a in ARCHES.items() if a.abi is not None)


def machine_arch(machine: str) -> str | None:
    """The architecture whose ``os.uname().machine`` is ``machine``; None: none known."""
    return next((k for k, a in ARCHES.items() if machine in a.machines), None)


def ioc_layouts(keys: tuple[str, ...]) -> tuple[tuple[str, Ioc], ...]:
    """The architectures of ``keys`` whose _IOC() layout is not the generic one, by key."""
    return tuple((k, ARCHES[k].ioc) for k in sorted(keys) if ARCHES[k].ioc != IOC_GENERIC)


def by_value(keys: tuple[str, ...], value_for: Callable[[str], int]) -> list[tuple[int, list[str]]]:
    """The architectures ``keys`` grouped by their value, in order of value."""
    groups: dict[int, list[str]] = {}
    for key in keys:
        groups.setdefault(value_for(key), []).append(key)
    return sorted(groups.items())


def kconfig_condition(keys: tuple[str, ...] | list[str]) -> str:
    """A kernel ``#if`` condition true on any of ``keys``."""
    return " || ".join(_group(ARCHES[k].kconfig, len(keys)) for k in keys)


def cc_condition(keys: tuple[str, ...] | list[str]) -> str:
    """A user-space ``#if`` condition true on any of ``keys``."""
    return " || ".join(_group(ARCHES[k].cc, len(keys)) for k in keys)


def _group(cond: str, count: int) -> str:
    return f"({cond})" if count > 1 and "&&" in cond else cond
