"""The compiled from_bytes (runtime/py_fastpath.c) against the pure Python one.

Every generated package is built by its own backend (the PEP 517 hook pip
calls) and unpacked as pip installs it; its module, loaded from there, finds
the extension beside it. The same module loaded from generated/ has none and
takes the pure Python path. Both must give the same values and raise the same
errors for every input: the latest size, short input (zero-filled), longer
input with a zero and a non-zero tail, the size field (sched_attr), other
buffer types, wrong types and call shapes, subclasses.
"""

from __future__ import annotations

import array
import contextlib
import gc
import importlib.util
import inspect
import os
import shutil
import struct
import subprocess
import sys
import sysconfig
import tracemalloc
import types
import weakref
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from ctools import _missing
from hypothesis import given, settings
from hypothesis import strategies as st

from clonegen import runtime

GEN = ROOT / "generated"
NAMES = sorted(p.parent.parent.name for p in GEN.glob("*/python/pyproject.toml"))
EXT = runtime.FASTPATH_NAME + ".abi3.so"
BUILD = (
    "import sys; sys.path[:0] = ['_build']; import clonegen_backend as b;"
    " print(b.build_wheel(sys.argv[1]))"
)


def _no_toolchain() -> str | None:
    """Why this machine cannot build a CPython extension, or None."""
    cc = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    if not shutil.which(str(cc).split()[0]):
        return f"no C compiler ({cc}) to build the compiled from_bytes"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Python.h) to build the compiled from_bytes (python3-dev)"
    return None


def _load(name: str, path: Path) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every generated package's wheel, built by its backend, unpacked as pip installs it."""
    tmp = tmp_path_factory.mktemp("fastpath")
    out, site = tmp / "wheels", tmp / "site"
    out.mkdir()
    errors = []
    for name in NAMES:
        proc = subprocess.run(
            [sys.executable, "-c", BUILD, str(out)],
            cwd=GEN / name / "python",
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr
        with zipfile.ZipFile(out / proc.stdout.strip()) as wheel:
            wheel.extractall(site)
        if not (site / name / EXT).is_file():
            errors.append(f"{name}: {proc.stderr.strip()}")
    if errors:
        why = _no_toolchain()
        if why:
            _missing(why)
        pytest.fail("the backend built no compiled from_bytes:\n" + "\n".join(errors))
    return site


def _classes(module: types.ModuleType) -> list[Any]:
    base = module._StructMethods
    return [
        v
        for k, v in sorted(vars(module).items())
        if isinstance(v, type) and issubclass(v, base) and v is not base
    ]


@pytest.fixture(scope="module")
def pairs(site: Path) -> list[tuple[Any, Any]]:
    """(compiled, pure Python) for every struct class of every package."""
    found = []
    for name in NAMES:
        fast = _load(f"fastpath_{name}", site / name / f"{name}.py")
        pure = _load(f"purepath_{name}", GEN / name / "python" / f"{name}.py")
        assert fast._FASTPATH is not None and pure._FASTPATH is None
        for f, p in zip(_classes(fast), _classes(pure), strict=True):
            assert f.__name__ == p.__name__
            found.append((f, p))
    assert len(found) >= len(NAMES)
    return found


def _outcome(call: Callable[[], object]) -> tuple[object, ...]:
    try:
        value = call()
    except Exception as exc:  # the type, the words and what it was raised in
        return ("raised", type(exc), str(exc), type(exc.__context__), exc.__suppress_context__)
    assert isinstance(value, tuple)
    return ("made", type(value).__name__, tuple(value))


def _same(
    fast: Callable[..., object], pure: Callable[..., object], *a: object, **k: object
) -> None:
    assert _outcome(lambda: fast(*a, **k)) == _outcome(lambda: pure(*a, **k)), (a, k)


class Bytes(bytes):
    """A subclass of bytes: read through the buffer it gives, as unpack() reads it."""


def _datas(cls: Any) -> Iterator[object]:
    """The inputs both paths read: every size around the struct's, tails, other buffers."""
    struct = cls._STRUCT
    latest = struct.size
    raw = bytes((i * 37 + 1) % 256 for i in range(latest))
    for n in range(latest + 17):  # short (zero-filled), exact, zero tail
        yield (raw + bytes(17))[:n]
    for at in range(latest, latest + 16):  # a non-zero byte past the struct
        past = bytearray(16)
        past[at - latest] = 1
        yield raw + bytes(past)
    limit = cls._SIZE_LIMIT or 4096
    yield raw + bytes(limit - latest) + b"\x01"  # past the kernel's limit
    yield raw + bytes(limit + 8 - latest)
    field = cls._SIZE_FIELD
    if field is not None:  # the size the struct states bounds the tail the kernel reads
        for stated in (
            0,
            1,
            latest // 2,
            latest - 1,
            latest,
            latest + 2,
            latest + 8,
            4096,
            1 << 31,
        ):
            values = list(struct.unpack(raw))
            values[field] = stated
            head = struct.pack(*values)
            for tail in (bytes(8), b"\0\0\x01" + bytes(5), bytes(7) + b"\x01"):
                yield head + tail
                yield head[: latest // 2] + tail
    yield bytearray(raw)
    yield Bytes(raw)
    yield Bytes(raw[:-1])
    yield memoryview(raw)
    yield memoryview(bytearray(raw + b"\x01"))
    yield memoryview(raw + bytes(8))[:latest]
    yield memoryview(raw * 2)[::2]  # not contiguous
    yield array.array("B", raw)
    if latest % 8 == 0:
        yield memoryview(raw).cast("Q")
    yield from ("text", 42, None, [1, 2], object(), 3.5, raw.decode("latin-1"))  # wrong types


def test_both_paths_agree_on_every_input(pairs: list[tuple[Any, Any]]) -> None:
    for fast, pure in pairs:
        assert type(fast.from_bytes).__name__ == "builtin_function_or_method"
        assert isinstance(pure.from_bytes, types.MethodType)
        for data in _datas(fast):
            _same(fast.from_bytes, pure.from_bytes, data)


def test_both_paths_agree_on_call_shapes_and_instances(pairs: list[tuple[Any, Any]]) -> None:
    for fast, pure in pairs:
        raw = bytes(range(1, fast._STRUCT.size + 1))
        f, p = fast.from_bytes, pure.from_bytes
        _same(f, p)
        _same(f, p, raw, raw)
        _same(f, p, data=raw)
        _same(f, p, data=raw[:3])
        _same(f, p, raw=raw)
        _same(f, p, raw, data=raw)
        value = f(raw)
        assert type(value) is fast and value == p(raw)
        _same(value.from_bytes, p(raw).from_bytes, raw[:-1])
        assert value.from_bytes is f  # bound once, to the class, as the Python path is
        assert inspect.signature(f).parameters.keys() == inspect.signature(p).parameters.keys()
        assert f.__doc__ == p.__doc__ and f.__name__ == "from_bytes"


def test_both_paths_agree_on_subclasses(pairs: list[tuple[Any, Any]]) -> None:
    for fast, pure in pairs:
        latest = fast._STRUCT.size
        raw = bytes((i * 7 + 3) % 256 for i in range(latest))
        for attrs in ({"__slots__": ()}, {}):  # without and with an instance dictionary
            mine_f: Any = type("Mine", (fast,), dict(attrs))
            mine_p: Any = type("Mine", (pure,), dict(attrs))
            assert type(mine_f.from_bytes).__name__ == "builtin_function_or_method"
            assert mine_f.from_bytes is not fast.from_bytes
            for data in (raw, raw[:5], raw + bytes(8), raw + b"\x01", bytearray(raw), "no"):
                _same(mine_f.from_bytes, mine_p.from_bytes, data)
            got: Any = mine_f.from_bytes(raw)
            assert type(got) is mine_f and gc.is_tracked(got)
            if not attrs:
                got.note = 1
                assert vars(got) == {"note": 1}
            deeper: Any = type("Deeper", (mine_f,), {"__slots__": ()})
            assert type(deeper.from_bytes(raw)) is deeper


def test_the_generated_formats_are_read_field_by_field(pairs: list[tuple[Any, Any]]) -> None:
    """Every generated struct's bytes are read in C, each field where struct reads it."""
    for fast, _ in pairs:
        fields = fast.from_bytes.__self__.fields
        fmt = fast._STRUCT.format
        assert fields is not None, fmt
        assert "".join(code for code, _ in fields) == fmt.lstrip("=")
        offsets = [struct.calcsize("=" + fmt[1 : i + 1]) for i in range(len(fields))]
        assert [offset for _, offset in fields] == offsets


# Formats read in C (standard sizes, this machine's order, integer codes, pads, counts, white
# space) and formats left to unpack() (alignment, another byte order, other codes).
NATIVE_ORDER = "<" if sys.byteorder == "little" else ">"
OTHER_ORDER = ">" if sys.byteorder == "little" else "<"
FORMATS = {
    "=bBhHiIlLqQ": "bBhHiIlLqQ",
    "=2Q3xBh": "QQBh",
    "= Q\tI 2H": "QIHH",
    "=0Q10B": "B" * 10,
    NATIVE_ORDER + "QI": "QI",
    "!QI" if sys.byteorder == "big" else "=QI": "QI",
    OTHER_ORDER + "QI": None,
    "@QI": None,
    "QI": None,
    "=Q?": None,
    "=Q4s": None,
    "=Qe": None,
}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_formats_the_c_reader_reads_or_leaves_to_unpack(
    pairs: list[tuple[Any, Any]], fmt: str
) -> None:
    fast, pure = next((f, p) for f, p in pairs if f._SIZE_FIELD is None)
    layout = struct.Struct(fmt)
    extra = {"__slots__": (), "_STRUCT": layout, "_SIZE_LATEST": layout.size}
    mine_f: Any = type("Odd", (fast,), dict(extra))
    mine_p: Any = type("Odd", (pure,), dict(extra))
    fields = mine_f.from_bytes.__self__.fields
    codes = FORMATS[fmt]
    assert (fields and "".join(code for code, _ in fields)) == codes
    for data in _datas(mine_f):
        _same(mine_f.from_bytes, mine_p.from_bytes, data)
    high = bytes(range(255, 255 - layout.size, -1))  # signed codes read negative
    assert mine_f.from_bytes(high) == layout.unpack(high)

    class Layout(struct.Struct):  # a Struct of another type: its unpack() is called
        pass

    extra["_STRUCT"] = Layout(fmt)
    other: Any = type("Odd", (fast,), dict(extra))
    assert other.from_bytes.__self__.fields is None
    assert other.from_bytes(high) == layout.unpack(high)


def test_a_subclass_of_the_compiled_path_is_collected(pairs: list[tuple[Any, Any]]) -> None:
    fast = pairs[0][0]
    mine: Any = type("Mine", (fast,), {})
    mine.from_bytes(bytes(fast._STRUCT.size))
    gone = weakref.ref(mine)
    del mine
    gc.collect()
    assert gone() is None  # the class, its from_bytes and what that holds form a cycle


@settings(max_examples=400, deadline=None)
@given(index=st.integers(min_value=0), data=st.binary(max_size=300))
def test_both_paths_agree_on_random_bytes(
    pairs: list[tuple[Any, Any]], index: int, data: bytes
) -> None:
    fast, pure = pairs[index % len(pairs)]
    _same(fast.from_bytes, pure.from_bytes, data)


def test_no_reference_is_leaked(pairs: list[tuple[Any, Any]]) -> None:
    fast = pairs[0][0]
    size = fast._STRUCT.size
    raw = bytes(range(size))
    cases: list[object] = [raw, bytearray(raw), raw[:3], raw + bytes(8), raw + b"\x01", "no"]

    def run(times: int) -> None:
        for _ in range(times):
            for data in cases:
                with contextlib.suppress(TypeError, ValueError):
                    fast.from_bytes(data)

    tracemalloc.start()
    try:
        run(200)
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        run(3000)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 20_000, grown  # one value or error kept per call would be 600 kB and more


def test_reader_refuses_what_it_cannot_make(pairs: list[tuple[Any, Any]]) -> None:
    module = sys.modules[pairs[0][0].__module__]
    reader = module._FASTPATH.reader
    for cls in (int, tuple):  # not a tuple subclass; not a heap type
        with pytest.raises(TypeError):
            reader(cls, pairs[0][0]._STRUCT, pairs[0][0].from_bytes)
    with pytest.raises(TypeError):
        reader(pairs[0][0], pairs[0][0]._STRUCT, None)


def test_the_source_is_the_fixed_runtime_file_in_every_package() -> None:
    fixed = runtime.source(runtime.FASTPATH_SOURCE)
    assert f"PyInit_{runtime.FASTPATH_NAME}(void)" in fixed
    assert f'.m_name = "{runtime.FASTPATH_NAME}"' in fixed
    assert f'"{runtime.FASTPATH_NAME}"' in runtime.source("py_struct.py")
    for name in NAMES:
        text = (GEN / name / "python" / "_csrc" / f"{runtime.FASTPATH_NAME}.c").read_text()
        assert text.split(" */\n", 1)[1] == fixed, name


def test_the_source_keeps_to_the_stable_abi() -> None:
    """With Py_LIMITED_API, a function outside the stable ABI is undeclared: an error."""
    why = _no_toolchain()
    if why:
        _missing(why)
    cc = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    proc = subprocess.run(
        [*str(cc).split(), "-fsyntax-only", "-std=c11", "-Wall", "-Wextra", "-Werror"]
        + ["-Werror=implicit-function-declaration", f"-I{sysconfig.get_paths()['include']}"]
        + [str(ROOT / "src" / "clonegen" / "runtime" / runtime.FASTPATH_SOURCE)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
