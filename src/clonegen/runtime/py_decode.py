"""The strace-compatible decoder every generated Python module shares.

Embedded verbatim below the marker into each generated module; the module
supplies the tables (``_DECODE_FIELDS``, ``_DECODE_VERSIONS``) that say what
each field is and when strace shows it.  The rules are strace's own
(src/clone.c, src/open.c, src/xlat.c, src/util.c, src/signal.c of strace 6.1):

- a size below the first version's, or memory that cannot be read, prints the
  address (``NULL`` or ``0x...``), as ``printaddr`` does;
- ``flags`` prints the names in table order, each once, then what is left in
  hex (``CLONE_VM|0x400000``); with no name at all, ``0x400000 /* CLONE_??? */``,
  and zero is ``0``; with ``modes`` the low bits are a value-indexed name
  first (``O_RDONLY|O_CLOEXEC``);
- a field the caller's size does not reach is not printed, unless its table
  says it is shown past the size (as zero: clone3's set_tid_size);
- a struct that carries its size (sched_attr) prints only that field when it
  is below the first version's and ``...`` when it is above what the decoder
  knows; the struct the kernel wrote (sched_getattr) ends at the size the
  kernel reported there, and fields hidden on input are shown;
- past the struct the decoder knows, the non-zero bytes up to the page size
  print as ``/* bytes 88..95 */ "\\x01\\x00..."`` (the first 32 bytes, then
  ``...``), unreadable ones as ``???``.
"""

# --- embedded from here ---
from sys import byteorder as _BYTEORDER
from typing import (
    Callable as _DecodeCallable,
)

# (name, value, the Linux release that added it, or "" when the name is always known)
_DecodeName = tuple[str, int, str]
# (name, offset, size, kind, names, modes, unknown text, show field index or -1, show mask,
#  show when non-zero: field indices, shown past the caller's size, array: count field index,
#  element size, most elements, the size that shows it, on input: hide field index or -1,
#  hide mask, shown anyway when negative)
_DecodeField = tuple[
    str,
    int,
    int,
    str,
    tuple[_DecodeName, ...],
    tuple[_DecodeName, ...],
    str,
    int,
    int,
    tuple[int, ...],
    bool,
    int,
    int,
    int,
    int,
    int,
    int,
    bool,
]
# An entry point: (size field index or -1 for the size argument, the size a zero size field
# stands for, the struct is what the kernel wrote)
_DecodeEntry = tuple[int, int, bool, bool]
_Peek = _DecodeCallable[[int, int], bytes | None]

_STRACE_STRSIZE: int = 32  # strace -s: the most tail bytes printed
_INT_MAX: int = 0x7FFFFFFF

_SIGNALS_GENERIC = (
    "0 SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGBUS SIGFPE SIGKILL SIGUSR1 SIGSEGV"
    " SIGUSR2 SIGPIPE SIGALRM SIGTERM SIGSTKFLT SIGCHLD SIGCONT SIGSTOP SIGTSTP SIGTTIN"
    " SIGTTOU SIGURG SIGXCPU SIGXFSZ SIGVTALRM SIGPROF SIGWINCH SIGIO SIGPWR SIGSYS SIGRTMIN"
)
# strace's signalent.h of the architectures whose numbering differs.
_SIGNALS_ARCH: dict[str, str] = {
    "alpha": "0 SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGEMT SIGFPE SIGKILL SIGBUS"
    " SIGSEGV SIGSYS SIGPIPE SIGALRM SIGTERM SIGURG SIGSTOP SIGTSTP SIGCONT SIGCHLD SIGTTIN"
    " SIGTTOU SIGIO SIGXCPU SIGXFSZ SIGVTALRM SIGPROF SIGWINCH SIGINFO SIGUSR1 SIGUSR2 SIGRTMIN",
    "sparc64": "0 SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGEMT SIGFPE SIGKILL SIGBUS"
    " SIGSEGV SIGSYS SIGPIPE SIGALRM SIGTERM SIGURG SIGSTOP SIGTSTP SIGCONT SIGCHLD SIGTTIN"
    " SIGTTOU SIGIO SIGXCPU SIGXFSZ SIGVTALRM SIGPROF SIGWINCH SIGLOST SIGUSR1 SIGUSR2 SIGRTMIN",
    "mips": "0 SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGIOT SIGEMT SIGFPE SIGKILL SIGBUS"
    " SIGSEGV SIGSYS SIGPIPE SIGALRM SIGTERM SIGUSR1 SIGUSR2 SIGCHLD SIGPWR SIGWINCH SIGURG"
    " SIGIO SIGSTOP SIGTSTP SIGCONT SIGTTIN SIGTTOU SIGVTALRM SIGPROF SIGXCPU SIGXFSZ SIGRTMIN",
    "parisc": "0 SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGSTKFLT SIGFPE SIGKILL SIGBUS"
    " SIGSEGV SIGXCPU SIGPIPE SIGALRM SIGTERM SIGUSR1 SIGUSR2 SIGCHLD SIGPWR SIGVTALRM SIGPROF"
    " SIGIO SIGWINCH SIGSTOP SIGTSTP SIGCONT SIGTTIN SIGTTOU SIGURG SIGXFSZ SIGSYS SIGRTMIN",
}
_SIGRTMIN: int = 32
_SIGRTMAX: dict[str, int] = {"mips": 127}  # glibc's __SIGRTMAX; 64 elsewhere


def _decode_release_key(release: str) -> tuple[int, ...]:
    return tuple(int(part) for part in release.split("."))


def _decode_known(since: str, release: str | None) -> bool:
    return (
        not since or release is None or _decode_release_key(since) <= _decode_release_key(release)
    )


def _decode_addr(value: int) -> str:
    return f"{value:#x}" if value else "NULL"


def _decode_hex(value: int) -> str:
    return f"{value:#x}" if value else "0"


def _decode_octal(value: int) -> str:
    """C's ``%#03llo``: ``000``, ``0644``."""
    return ("0" + format(value, "o") if value else "0").rjust(3, "0")


def _decode_signal(value: int, arch: str | None) -> str:
    """strace's printsignal() of an exit signal: a name, SIGRT_n, or the number."""
    if value >= _INT_MAX:
        return str(value)
    names = _SIGNALS_ARCH.get(arch or "", _SIGNALS_GENERIC).split()
    if 0 < value < len(names):
        return names[value]
    if _SIGRTMIN < value <= _SIGRTMAX.get(arch or "", 64):
        return f"SIGRT_{value - _SIGRTMIN}"
    return str(value)


def _decode_flags(
    value: int,
    names: tuple[_DecodeName, ...],
    modes: tuple[_DecodeName, ...],
    unknown: str,
    release: str | None,
) -> str:
    """strace's printflags_ex(), or with ``modes`` its sprint_open_modes()."""
    out: list[str] = []
    if modes:
        mask = 0
        for _, v, _ in modes:
            mask |= v
        out += [n for n, v, _ in modes if v == value & mask][:1]
        value &= ~mask
        if out and not value:
            return out[0]
    for name, v, since in names:
        if not _decode_known(since, release):
            continue
        if v and value & v == v:
            out.append(name)
            value &= ~v
            if not value:
                break
    if out:
        return "|".join(out + ([f"{value:#x}"] if value else []))
    if value:
        return f"{value:#x}" if modes else f"{value:#x} /* {unknown} */"
    return "0"


def _decode_value(
    value: int, names: tuple[_DecodeName, ...], unknown: str, release: str | None
) -> str:
    """strace's printxval(): the name of the value, or the number with a comment."""
    for name, v, since in names:
        if v == value and _decode_known(since, release):
            return name
    return f"{_decode_hex(value)} /* {unknown} */"


def _decode_signed(value: int, size: int) -> int:
    return value - (1 << 8 * size) if value >> (8 * size - 1) else value


def _decode_array(addr: int, count: int, size: int, peek: _Peek | None) -> str:
    """strace's print_array() of signed integers read through ``peek``."""
    end = addr + count * size
    if end >= 1 << 64 or peek is None:
        return _decode_addr(addr)
    out: list[str] = []
    for cur in range(addr, end, size):
        got = peek(cur, size)
        if got is None or len(got) != size:
            if cur == addr:
                return _decode_addr(addr)
            out.append(f"... /* {cur:#x} */")
            break
        out.append(str(int.from_bytes(got, _BYTEORDER, signed=True)))
    return "[" + ", ".join(out) + "]"


def _decode_tail(data: bytes, start: int, end: int) -> str | None:
    """strace's print_nonzero_bytes() with QUOTE_FORCE_HEX, or None when all are zero."""
    if start >= end:
        return None
    if len(data) < end:
        return "???"
    tail = data[start:end]
    if not any(tail):
        return None
    shown = "".join(f"\\x{b:02x}" for b in tail[:_STRACE_STRSIZE])
    more = "..." if len(tail) > _STRACE_STRSIZE else ""
    return f'/* bytes {start}..{end - 1} */ "{shown}"{more}'


def _decode_text(
    f: _DecodeField,
    value: int,
    values: list[int],
    peek: _Peek | None,
    release: str | None,
    arch: str | None,
) -> str:
    """One field's value as strace prints it."""
    kind = f[3]
    if kind == "flags":
        return _decode_flags(value, f[4], f[5], f[6], release)
    if kind == "value":
        return _decode_value(value, f[4], f[6], release)
    if kind == "pointer":
        return _decode_addr(value)
    if kind == "hex":
        return _decode_hex(value)
    if kind == "octal":
        return _decode_octal(value)
    if kind == "signal":
        return _decode_signal(value, arch)
    if kind == "signed":
        return str(_decode_signed(value, f[2]))
    if kind == "array":
        count, most = values[f[11]], f[13]
        if not value or not count or count > most:
            return _decode_addr(value)
        return _decode_array(value, count, f[12], peek)
    return str(value)


def _decode_shown(f: _DecodeField, value: int, values: list[int], output: bool) -> bool:
    """Whether strace shows a field it has read: its show and hide conditions."""
    bits_of, bits, nonzero = f[7], f[8], f[9]
    if bits_of >= 0 or nonzero:
        hit = bits_of >= 0 and values[bits_of] & bits
        if not hit and not any(values[i] for i in nonzero):
            return False
    hide_of, hide, unless_negative = f[15], f[16], f[17]
    if output or hide_of < 0 or not values[hide_of] & hide:
        return True
    return unless_negative and _decode_signed(value, f[2]) < 0


def _decode(
    fields: tuple[_DecodeField, ...],
    versions: tuple[tuple[int, str], ...],
    entry: _DecodeEntry,
    data: bytes | None,
    size: int,
    addr: int,
    release: str | None,
    peek: _Peek | None,
    page_size: int,
    arch: str | None,
) -> str:
    """The struct at ``addr`` of ``size`` bytes, of which ``data`` could be read, as strace prints it."""
    first = versions[0][0]
    known = max([s for s, since in versions if _decode_known(since, release)] or [first])
    size_field, zero_size, output, more = entry
    said = 0  # what the size field says
    if data is None:
        return _decode_addr(addr)
    if size_field < 0 or output:  # the size is the call's argument
        fetch = min(size, known)
        if len(data) < fetch or (size < first if size_field < 0 else not size):
            return _decode_addr(addr)
    else:  # the struct says its own size (sched_setattr)
        end = fields[size_field][1] + fields[size_field][2]
        if len(data) < end:
            return _decode_addr(addr)
        said = int.from_bytes(data[end - fields[size_field][2] : end], _BYTEORDER)
        size = said or zero_size
        fetch = min(size, known)
        if size >= first and len(data) < fetch:
            return _decode_addr(addr)
    buf = bytes(data[:fetch]).ljust(known, b"\0")
    values = [int.from_bytes(buf[f[1] : f[1] + f[2]], _BYTEORDER) for f in fields]
    if size_field >= 0 and output:  # the size the kernel reported
        size = said = values[size_field]
    limit = min(size, known)
    if size_field >= 0 and size < first:
        f = fields[size_field]  # too small to read more: only the size, as strace prints it
        return "{" + f"{f[0]}={_decode_text(f, said, values, peek, release, arch)}" + "}"
    parts: list[str] = []
    for f, value in zip(fields, values):
        if limit < f[14] and not f[10]:
            continue
        if not _decode_shown(f, value, values, output):
            continue
        parts.append(f"{f[0]}={_decode_text(f, value, values, peek, release, arch)}")
    if more:
        if not output and size > limit:  # more than the decoder knows
            parts.append("...")
    elif size > fetch:
        tail = _decode_tail(bytes(data), fetch, min(size, page_size))
        if tail is not None:
            parts.append(tail)
    return "{" + ", ".join(parts) + "}"
