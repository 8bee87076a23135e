"""The value semantics every generated Python struct shares.

Embedded verbatim below the marker into each generated module; the module's
class supplies the tables (``_STRUCT``, ``_SIZES``, ``_SIZE_CHECKS``,
``_CHECKS``, ``_KERNEL``) that this code interprets.
"""

# --- embedded from here ---
import enum as _enum
import errno as _errno
import importlib.machinery as _machinery
import operator as _operator
import os as _os
import struct as _struct
import types as _types
from typing import (
    Any as _Any,
)
from typing import (
    Callable as _Callable,
)
from typing import (
    ClassVar as _ClassVar,
)
from typing import (
    Final as _Final,
)
from typing import (
    TypeVar as _TypeVar,
)

_U64: _Final = (1 << 64) - 1
_LONG_BITS: _Final = 8 * _struct.calcsize("l")
_LONG_MIN: _Final = -(1 << (_LONG_BITS - 1))
_LONG_MAX: _Final = (1 << (_LONG_BITS - 1)) - 1
_ULONG_MAX: _Final = (1 << _LONG_BITS) - 1
_BYTES_MAX: _Final = 1 << 20
_USER_PTR_MAX: _Final = 0x7FFFFFFFF000
_S = _TypeVar("_S", bound="_StructMethods")
_SizeCheck = tuple[int, str, _Callable[[int], object]]
# (errno, message template, failure test, the values the message shows)
_Check = tuple[
    int, str, _Callable[[_Any, _Any, int], object], _Callable[[_Any, _Any, int], tuple[object, ...]]
]


def _load_fastpath() -> _Any:
    """The package's compiled from_bytes, or None: the ``_fastpath`` extension beside this
    module, which the build backend makes where a C compiler and Python's headers exist."""
    here = _os.path.dirname(_os.path.abspath(__file__))
    name = f"{__package__}._fastpath" if __package__ else "_fastpath"
    for suffix in _machinery.EXTENSION_SUFFIXES:
        path = _os.path.join(here, "_fastpath" + suffix)
        if _os.path.isfile(path):
            loader = _machinery.ExtensionFileLoader(name, path)
            try:
                module = loader.create_module(_machinery.ModuleSpec(name, loader, origin=path))
                loader.exec_module(module)
            except ImportError:  # one that does not load here
                return None
            return module
    return None


_FASTPATH: _Final = _load_fastpath()


def _arch_of(machines: dict[str, str]) -> str | None:
    """The architecture key of this machine, or None if the module does not know it."""
    return machines.get(_os.uname().machine)


def _per_arch(default: int, values: dict[str, int], arch: str | None) -> int:
    """A value for this machine's architecture."""
    return values.get(arch or "", default)


def _mask(*flags: int) -> int:
    """Flags or-ed as a plain int: ~ of an IntFlag would stay inside its members."""
    value = 0
    for flag in flags:
        value |= int(flag)
    return value


def _int_arg(name: str, value: int, low: int, high: int, c_type: str) -> int:
    """An integer argument checked against the range of its C type, as os functions check theirs.

    TypeError if it is no integer, OverflowError if C would have to cut it.
    """
    value = _operator.index(value)
    if not low <= value <= high:
        raise OverflowError(f"{name} {value} is out of range for C {c_type} [{low}, {high}]")
    return value


def _path_arg(path: str | bytes | _os.PathLike[str]) -> tuple[str | bytes, bytes]:
    """A path argument as os functions take it: (the path for errors, its NUL-free bytes)."""
    path = _os.fspath(path)
    raw = _os.fsencode(path)
    if b"\0" in raw:
        raise ValueError("embedded null byte")
    return path, raw


def _size_arg(size: int) -> int:
    """The size argument of the system call: a size_t."""
    size = _operator.index(size)
    if size < 0:
        raise ValueError(f"size {size} is negative")
    if size > _ULONG_MAX:
        raise OverflowError(f"size {size} is out of range for C size_t [0, {_ULONG_MAX}]")
    return size


def _os_error(err: int, *paths: str | bytes) -> OSError:
    """A failed system call's errno as os functions raise it: the subclass, strerror, the paths."""
    if len(paths) > 1:
        return OSError(err, _os.strerror(err), paths[0], None, paths[1])
    return OSError(err, _os.strerror(err), *paths)


def _access_ok(addr: int, size: int) -> bool:
    """access_ok(): the address as an unsigned long, as the kernel's macro takes it."""
    addr &= _U64
    end = (addr + size) & _U64
    return end >= addr and end <= _USER_PTR_MAX


def _message(template: str, values: tuple[object, ...]) -> str:
    """A failed check's message: ``template`` with ``values``, flag enums by their members' names."""
    shown = [
        (v.name or "").replace("|", " and ") if isinstance(v, _enum.Flag) else v for v in values
    ]
    return template.format(*shown)


def _kernel(value: int, bits: int, signed: bool) -> int:
    """``value`` converted to a kernel type of ``bits`` bits, as C converts it."""
    value &= (1 << bits) - 1
    if signed and value >> (bits - 1):
        value -= 1 << bits
    return value


class _StructMethods:
    """Methods of a generated struct; the struct's class holds the tables."""

    __slots__ = ()
    _STRUCT: _ClassVar[_struct.Struct]
    _SIZE_LATEST: _ClassVar[int]
    _SIZE_LIMIT: _ClassVar[int | None]  # the largest size the kernel reads; None: no limit
    _SIZE_ZERO: _ClassVar[int | None] = None  # the size a size of 0 stands for; None: 0 is 0
    _SIZE_FIELD: _ClassVar[int | None] = None  # the field the kernel reads the size from, if any
    _TAIL_ERRNO: _ClassVar[int | None]  # a non-zero byte past the struct; None: not refused
    _SIZE_CHECKS: _ClassVar[tuple[_SizeCheck, ...]]
    _CHECKS: _ClassVar[tuple[_Check, ...]]
    # By struct entry point, the checks (their places in _CHECKS) it does not make; the
    # system call's name is the default entry. Empty: every entry makes every check.
    _ENTRY_SKIPS: _ClassVar[dict[str, frozenset[int]]] = {}
    _ENTRY: _ClassVar[str] = ""
    _KERNEL: _ClassVar[tuple[tuple[int, bool], ...]]
    _KERNEL_TYPE: _ClassVar[_Any]
    _NAMES: _ClassVar[tuple[str, ...]]

    def _check_range(self) -> None:
        for name, value in zip(self._NAMES, self._values()):
            if not isinstance(value, int) or not 0 <= value <= _U64:
                raise ValueError(f"{name}: {value!r} is not an unsigned 64-bit value")

    def _values(self) -> tuple[int, ...]:
        return tuple(self)  # type: ignore[arg-type]

    def replace(self: _S, **changes: int) -> _S:
        """A copy with some fields changed, checked like a new value."""
        values = dict(zip(self._NAMES, self._values()))
        for name in changes:
            if name not in values:
                raise TypeError(f"{type(self).__name__} has no field {name!r}")
        values.update(changes)
        return type(self)(**values)

    def to_bytes(self, size: int | None = None) -> bytes:
        """The struct as the kernel reads it, cut or zero-extended to ``size`` bytes.

        ``size`` may be at most 1 MiB, or the struct's size limit if that is
        larger (ValueError above). The kernel refuses a size above its limit
        (PAGE_SIZE for clone3() and openat2()) before it reads a byte, so no
        system call reads more; a size just past the limit can still be built
        to see it refused.
        """
        if size is None:
            return self._pack()
        if size < 0:
            raise ValueError(f"size {size} is negative")
        most = max(_BYTES_MAX, self._SIZE_LIMIT or 0)
        if size > most:
            raise ValueError(f"size {size} is larger than the {most} bytes to_bytes() builds")
        return self._pack(size)

    def _pack(self, size: int | None = None) -> bytes:
        raw = self._STRUCT.pack(*self._values())
        if size is None or size == len(raw):
            return raw
        return raw[:size] + bytes(max(0, size - len(raw)))

    def _call_bytes(self, size: int) -> bytes:
        """What a system call given ``size`` (a checked size_t) may read: its buffer.

        The whole ``size`` bytes when the kernel reads them; past the kernel's
        size limit, which it refuses before reading, only the limit's bytes.
        """
        limit = self._SIZE_LIMIT
        if limit is None:
            return self.to_bytes(size)
        return self._pack(min(size, limit))

    def verdict(self, size: int | None = None, entry: str | None = None) -> tuple[int, str]:
        """What the kernel's copy-in and checks say: (0, "") or (errno, reason).

        ``size`` is the size the caller states; by default the one the struct
        carries in its size field if it has one (the kernel reads that), else
        the latest size. ``entry`` names the system call that passes the struct
        (default the struct's own), where entry points make different checks.
        """
        latest = self._SIZE_LATEST
        if size is None:
            field = self._SIZE_FIELD
            size = latest if field is None else self._values()[field]
        if not size and self._SIZE_ZERO is not None:
            size = self._SIZE_ZERO
        for code, reason, size_fails in self._SIZE_CHECKS:
            if size_fails(size):
                return code, f"size {size}: {reason}"
        if size < latest:
            short = type(self)._from(self.to_bytes(size).ljust(latest, b"\0"))
            if short != self:
                return short.verdict(size, entry)
        if entry is not None and entry not in self._ENTRY_SKIPS and self._ENTRY_SKIPS:
            raise ValueError(f"no entry point {entry!r}: one of {', '.join(self._ENTRY_SKIPS)}")
        skips = self._ENTRY_SKIPS.get(entry or self._ENTRY, frozenset())
        values = self._values()
        kernel = type(self)._kernel_view(values)
        for i, (code, template, fails, shown) in enumerate(self._CHECKS):
            if i not in skips and fails(self, kernel, size):
                return code, _message(template, shown(self, kernel, size))
        return 0, ""

    def validate(self, size: int | None = None, entry: str | None = None) -> None:
        """Raise ValueError saying what the kernel would refuse: the field and its value."""
        code, reason = self.verdict(size, entry)
        if code:
            raise ValueError(f"{reason} ({_errno.errorcode[code]})")

    @classmethod
    def _from(cls: type[_S], data: bytes) -> _S:
        return tuple.__new__(cls, cls._STRUCT.unpack(data))  # type: ignore[type-var]

    @classmethod
    def from_bytes(cls: type[_S], data: bytes) -> _S:
        """Read a struct of any size the kernel accepts: zero-filled if short.

        A non-zero byte past the struct where the kernel reads it (up to the
        size the struct states, if it carries one) is refused with ValueError
        naming the kernel's errno, unless the kernel does not refuse it.
        """
        try:
            return cls._from(data)
        except _struct.error:
            pass
        latest = cls._SIZE_LATEST
        head = cls._from(bytes(data[:latest]).ljust(latest, b"\0"))
        code = cls._TAIL_ERRNO
        if code is not None:
            end = len(data)
            field = cls._SIZE_FIELD
            if field is not None:  # the kernel reads as far as the size field says
                end = min(end, head._values()[field] or cls._SIZE_ZERO or 0)
            if any(data[latest:end]):
                raise ValueError(f"bytes past {latest} are not zero ({_errno.errorcode[code]})")
        return head

    @classmethod
    def _install(cls) -> None:
        """Give the class a from_bytes whose usual case is one plain call: bound to the class
        once here (a classmethod or staticmethod is bound again at every call), constants in
        the closure. Where the package has its compiled part, the class holds the compiled
        from_bytes instead, which reads exactly the latest size itself and hands every other
        call to this one."""
        new: _Any = tuple.__new__
        unpack = cls._STRUCT.unpack
        general = _StructMethods.from_bytes.__func__  # type: ignore[attr-defined]

        def from_bytes(target: _Any, data: bytes) -> _Any:
            try:
                return new(target, unpack(data))
            except _struct.error:
                pass
            return general(target, data)

        from_bytes.__doc__ = general.__doc__
        method: _Any = _types.MethodType(from_bytes, cls)
        if _FASTPATH is not None:
            method = _FASTPATH.reader(cls, cls._STRUCT, method)
        setattr(cls, "from_bytes", method)

    def __init_subclass__(cls, **kwargs: _Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_STRUCT" in vars(cls) or any("from_bytes" in vars(b) for b in cls.__mro__[1:-1]):
            cls._install()

    @classmethod
    def _kernel_view(cls, values: tuple[int, ...]) -> _Any:
        """The values converted to the kernel struct's member types."""
        return cls._KERNEL_TYPE._make(_kernel(v, b, s) for v, (b, s) in zip(values, cls._KERNEL))
