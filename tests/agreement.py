"""The cross-target agreement test's machinery (tests/test_agreement.py uses it).

One spec's cases are seeded random structs as the caller's memory (``Case.buf``)
and a size (``Case.size``). Every target answers every case it can express,
each built once and fed all cases through one process:

- ``c``: the generated kernel copy-in in the harness (kharness/agree_kernel.c,
  agree_driver.c), with the spec's common-phase checks; also the libc decoder;
- ``py_bytes``, ``py_values``: the generated Python module, from the bytes
  (``from_bytes(buf)`` then ``verdict``) and from values (the struct built from
  its fields, ``verdict(size)``); also its decoder;
- ``rust_bytes``, ``rust_values``, ``go_bytes``, ``go_values``: the generated
  Rust and Go modules, ``verdict_bytes``/``VerdictBytes`` and ``verdict``/``Verdict``;
- ``kernel``: the running kernel (kharness/agree_live.c), judged against the
  generated copy-in of the running release (``c_running``).

Where the size lives decides what a case means. A size argument (clone3,
openat2, mount_setattr) or an ioctl number's size (PIDFD_GET_INFO): the
memory is ``buf`` zero-extended to the size. A size field (sched_setattr): the
memory is exactly ``buf``, followed by an unreadable page, and the kernel
reads the size from it; ``buf`` may be shorter or longer than the size it
states.

A target answers only what it can express: values carry no bytes past the
struct and no buffer length; a bytes verdict needs the bytes (at most
``MEM_MAX``); Python's ``from_bytes`` keeps no buffer length, so a buffer
shorter than the size it states is not its case. The kernel answers where the
struct alone decides (``kernel_domain``).
"""

from __future__ import annotations

import dataclasses
import errno
import importlib.util
import random
import re
import shutil
import subprocess
import sys
import types
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conftest import ROOT
from ctools import HARNESS, KERNEL_WANTS, SHIM, WARN, cc, common_checks
from test_go import module_path, user_module

from clonegen import rules
from clonegen.views.python import camel

PAGE = 4096
MEM_MAX = 6 * PAGE  # the drivers' memory before their unreadable page
IOC_SIZE_MAX = (1 << 14) - 1  # the most an ioctl number's size bits hold
U64 = (1 << 64) - 1
USER_PTR_MAX = 0x7FFFFFFFF000
# A page both C drivers map here, so that an array field (clone3's set_tid) may point at
# readable memory in each process; the bytes verdicts do not read arrays.
ARRAY_ADDR = 0x5A5A0000000
INT_MAX = 0x7FFFFFFF
# What the live call answers when the struct is accepted (agree_live.c says why).
ACCEPTED: dict[str, frozenset[int]] = {
    "clone_args": frozenset({0}),
    "open_how": frozenset({errno.ENOENT}),
    "sched_attr": frozenset({errno.ESRCH}),
    "pidfd_info": frozenset({0}),
    "mount_attr": frozenset({0, errno.ENOENT}),
    "landlock_ruleset_attr": frozenset({0}),
    "file_attr": frozenset({errno.ENOENT}),
    "xattr_args": frozenset({errno.ENOENT}),
}
NA = None  # a target that cannot express the case


@dataclass(frozen=True)
class Case:
    buf: bytes  # the caller's memory at the struct's address (see the module's doc)
    size: int  # the size argument or ioctl size; for a size field, len(buf)
    how: str  # how the generator made it, for the reports


@dataclass(frozen=True)
class Shape:
    """What a spec's model says about where its size lives, for the cases."""

    name: str
    struct: str  # the Python, Rust and Go name of the struct
    source: str  # argument, field, ioctl
    versions: tuple[int, ...]
    latest: int
    limit: int | None  # the largest size the kernel takes (None: no limit)
    smallest: int  # the smallest size the kernel takes: VER0's, or a min_end's field end
    size_field: tuple[int, int] | None  # offset and width of the size field
    zero_means: int | None  # the size a size of 0 stands for
    fields: tuple[Any, ...]
    pool: tuple[int, ...]  # every number the spec names: constants, flags, limits
    own: dict[str, tuple[int, ...]]  # the numbers of each field's checks
    flags: dict[str, tuple[int, ...]]  # the flags of each flags field

    @classmethod
    def of(cls, model: Any) -> Shape:
        size = model.size
        limit = None
        smallest = model.versions[0].size
        for step in size.steps:
            if isinstance(step, rules.TooLarge):
                limit = step.limit.value
            if isinstance(step, rules.TooSmall):
                smallest = step.size
        field = None
        if size.source == "field":
            f = model.field(size.field)
            field = (f.offset, f.size)
        named = [c.value for c in model.constants] + [f.value for f in model.flags]
        own: dict[str, set[int]] = {f.name: set() for f in model.fields}
        for check in model.ordered_checks:
            for number in _numbers(check.rule):
                own[check.field] |= _near({number, ~number & U64})
        pool = set(named) | {v for values in own.values() for v in values}
        return cls(
            name=model.name,
            struct=camel(model.uapi.struct),
            source=size.source,
            versions=tuple(v.size for v in model.versions),
            latest=model.latest.size,
            limit=limit,
            smallest=smallest,
            size_field=field,
            zero_means=size.zero_means.size if size.zero_means else None,
            fields=tuple(model.fields),
            pool=tuple(sorted(v & U64 for v in pool)),
            own={k: tuple(sorted(v)) for k, v in own.items()},
            flags={
                f.name: tuple(x.value for x in model.flags if x.field == f.name)
                for f in model.fields
            },
        )

    def stated(self, buf: bytes) -> int | None:
        """The size a size field states (None: the buffer does not hold it)."""
        assert self.size_field
        offset, width = self.size_field
        if len(buf) < offset + width:
            return None
        return int.from_bytes(buf[offset : offset + width], sys.byteorder)

    def effective(self, stated: int) -> int:
        return self.zero_means if stated == 0 and self.zero_means else stated


def _numbers(node: Any) -> Iterable[int]:
    """Every number a rule object holds (limits, masks, versions)."""
    if isinstance(node, bool):
        return
    if isinstance(node, int):
        yield node
    elif dataclasses.is_dataclass(node):
        for f in dataclasses.fields(node):
            yield from _numbers(getattr(node, f.name))
    elif isinstance(node, tuple):
        for item in node:
            yield from _numbers(item)


def _near(values: set[int]) -> set[int]:
    return {v + d for v in values for d in (-1, 0, 1) if 0 <= v + d <= U64}


# -- cases ------------------------------------------------------------------------------

EDGES = (
    0,
    1,
    2,
    0x7F,
    0xFF,
    0x100,
    0xFFFF,
    INT_MAX,
    INT_MAX + 1,
    (1 << 32) - 1,
    1 << 32,
    USER_PTR_MAX - 0x1000,
    USER_PTR_MAX,
    USER_PTR_MAX + 1,
    1 << 63,
    U64,
)


def _value(rng: random.Random, shape: Shape, field: Any) -> int:
    """A value for one field, as wide as the field: mostly zero or an edge of its checks."""
    bits = 8 * field.size
    own = shape.own[field.name]
    r = rng.random()
    if field.role == "array":
        return rng.choice([0, 0, ARRAY_ADDR, ARRAY_ADDR + 8 * rng.randrange(8)])
    if r < 0.35:
        v = 0
    elif r < 0.55 and own:
        v = rng.choice(own)
    elif r < 0.7:
        v = rng.choice(EDGES)
    elif r < 0.9 and shape.pool:
        v = 0
        for part in rng.sample(shape.pool, rng.randint(1, min(3, len(shape.pool)))):
            v |= part
    elif r < 0.95:
        v = 1 << rng.randrange(bits)
    else:
        v = rng.getrandbits(bits)
    return v & ((1 << bits) - 1)


def _calm(rng: random.Random, shape: Shape, field: Any) -> int:
    """A value a caller would pass: mostly zero, else one or two flags (the field's own if it
    has flags, else any of the spec's) or a small number; so that many structs get past the
    checks."""
    if rng.random() < 0.6:
        return 0
    if field.role == "array":
        return ARRAY_ADDR
    own = shape.flags.get(field.name) or (
        tuple(v for values in shape.flags.values() for v in values) if rng.random() < 0.5 else ()
    )
    if own:
        return sum(set(rng.sample(own, min(len(own), rng.randint(1, 2)))))
    return rng.choice([1, 2, 17])


def _struct(rng: random.Random, shape: Shape) -> bytearray:
    """The struct's bytes: random values around the edges, or in a third of the cases calm ones."""
    raw = bytearray(shape.latest)
    pick = _calm if rng.random() < 0.35 else _value
    for f in shape.fields:
        v = pick(rng, shape, f) & ((1 << (8 * f.size)) - 1)
        raw[f.offset : f.offset + f.size] = v.to_bytes(f.size, sys.byteorder)
    return raw


def _sizes(shape: Shape) -> list[int]:
    """Every size boundary: 0, below VER0, each VERn and its neighbours, misaligned ones,
    above the struct, the page, the limit, and sizes a narrow type would cut."""
    out = {0, 1, 4, 7, 8, shape.versions[0] - 1, PAGE - 1, PAGE, PAGE + 1, 2 * PAGE}
    out |= {shape.smallest - 1, shape.smallest, shape.smallest + 1}
    for s in shape.versions:
        out |= {s - 1, s, s + 1, s + 3, s + 4, s + 8, s + 9}
    out |= {shape.latest + 16, shape.latest + 100}
    if shape.limit is not None:
        out |= {shape.limit - 1, shape.limit, shape.limit + 1}
    huge = {INT_MAX, 1 << 31, (1 << 32) - 1, 1 << 32, (1 << 32) + shape.versions[0], U64}
    if shape.source == "ioctl":
        out = {s for s in out if s <= IOC_SIZE_MAX} | {IOC_SIZE_MAX}
    elif shape.source == "field":
        width = 8 * shape.size_field[1] if shape.size_field else 32
        out |= {s for s in huge if s < 1 << width}
    else:
        out |= huge
    return sorted(s for s in out if s >= 0)


def cases(shape: Shape, n: int, seed: int) -> list[Case]:
    """``n`` cases: every size boundary once, then random ones, mostly at boundaries."""
    rng = random.Random(f"{shape.name}:{seed}")
    sizes = _sizes(shape)
    out: list[Case] = []
    for i in range(n):
        raw = _struct(rng, shape)
        size = sizes[i] if i < len(sizes) else rng.choice(sizes)
        if i >= len(sizes) and rng.random() < 0.1:
            size = rng.randint(0, 2 * shape.latest)
        out.append(
            _field_case(rng, shape, raw, size)
            if shape.size_field
            else _arg_case(rng, shape, raw, size)
        )
    return out


def _arg_case(rng: random.Random, shape: Shape, raw: bytearray, size: int) -> Case:
    memlen = min(size, MEM_MAX)
    buf = bytearray(raw[:memlen])
    if memlen > shape.latest and rng.random() < 0.35:
        buf = buf.ljust(memlen, b"\0")
        buf[rng.randrange(shape.latest, memlen)] = rng.randint(1, 255)
        return Case(bytes(buf), size, "non-zero tail")
    return Case(bytes(buf), size, "struct")


def _field_case(rng: random.Random, shape: Shape, raw: bytearray, stated: int) -> Case:
    assert shape.size_field
    offset, width = shape.size_field
    raw[offset : offset + width] = stated.to_bytes(width, sys.byteorder)
    want = shape.effective(stated)
    r = rng.random()
    if r < 0.7 or want > MEM_MAX:
        length, how = min(want, MEM_MAX), "buffer of the size it states"
    elif r < 0.82:
        length, how = rng.randrange(0, max(want, 1)), "buffer shorter than the size it states"
    else:
        length, how = want + rng.randint(1, 200), "buffer longer than the size it states"
    buf = bytearray(raw[:length]).ljust(length, b"\0")
    low = max(want, offset + width)
    if length > low and rng.random() < 0.5:
        buf[rng.randrange(low, length)] = rng.randint(1, 255)
        how += ", a non-zero byte past it"
    elif want >= length > shape.latest and rng.random() < 0.35:
        buf[rng.randrange(shape.latest, length)] = rng.randint(1, 255)
        how += ", a non-zero byte past the struct"
    return Case(bytes(buf), len(buf), how)


# -- what each target is given ------------------------------------------------------------


def memlen(shape: Shape, case: Case) -> int:
    return len(case.buf) if shape.size_field else min(case.size, MEM_MAX)


def decode_input(shape: Shape, case: Case) -> tuple[bytes, int]:
    """(the bytes a tracer reads, the size it is told), as both decoders get them."""
    mem = case.buf.ljust(memlen(shape, case), b"\0")
    return mem[: min(len(mem), PAGE, case.size)], case.size


def bytes_input(shape: Shape, case: Case) -> bytes | None:
    """The bytes a bytes verdict is given, or None where it cannot be (too many)."""
    if not shape.size_field and case.size > MEM_MAX:
        return None
    return case.buf.ljust(memlen(shape, case), b"\0")


def values_input(shape: Shape, case: Case) -> tuple[bytes, int] | None:
    """(the struct's bytes, the size) a values verdict is given, or None where values cannot
    say what the kernel sees: a non-zero byte past the struct that the kernel reads, or for
    a size field a buffer shorter than the size it states."""
    head = case.buf[: shape.latest]
    if not shape.size_field:
        if any(case.buf[shape.latest :]):
            return None
        return head, case.size
    stated = shape.stated(case.buf)
    if stated is None:
        return None
    want = shape.effective(stated)
    if len(case.buf) < want and (shape.limit is None or want <= shape.limit):
        return None
    if any(case.buf[shape.latest : want]):
        return None
    return head, stated


def c_line(shape: Shape, case: Case) -> str:
    data, dsize = decode_input(shape, case)
    return f"{case.size} {memlen(shape, case)} {len(data)} {dsize} {case.buf.hex() or '-'}"


def live_line(shape: Shape, case: Case) -> str:
    return f"{case.size} {memlen(shape, case)} {case.buf.hex() or '-'}"


def typed_line(shape: Shape, case: Case) -> str:
    """The line the Rust and Go drivers read: bytes length, values size, the bytes."""
    data = bytes_input(shape, case)
    values = values_input(shape, case)
    n = "-" if data is None else str(len(data))
    size = "-" if values is None else str(values[1])
    hexed = (values[0] if data is None and values else case.buf).hex() or "-"
    return f"{n} {size} {hexed}"


# -- building and running -------------------------------------------------------------------


def run_lines(cmd: Sequence[str], lines: list[str], timeout: int = 300) -> list[str]:
    proc = subprocess.run(
        list(cmd), input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=timeout
    )
    assert proc.returncode == 0, f"{' '.join(cmd)}: exit {proc.returncode}\n{proc.stderr[-3000:]}"
    out = proc.stdout.splitlines()
    assert len(out) == len(lines), f"{' '.join(cmd)}: {len(out)} lines for {len(lines)} cases"
    return out


def build_c(model: Any, gen: Path, work: Path, runtime: Path) -> Path:
    """The C driver of one spec: its generated copy-in and libc decoder, built once."""
    name = model.name
    work.mkdir(parents=True, exist_ok=True)
    common = common_checks(model, work / "common")
    kflags = [*WARN, "-O1", *KERNEL_WANTS, *common, f"-I{SHIM}", f"-I{gen / name / 'include'}"]
    kflags += [f"-I{HARNESS}", f"-DAGREE_{name}"]
    cc([*kflags, "-c", str(gen / name / model.kernel.source), "-o", str(work / "k.o")])
    cc([*kflags, "-c", str(HARNESS / "agree_kernel.c"), "-o", str(work / "a.o")])
    exe = work / "agree"
    libc = gen / name / "libc"
    cc(
        [
            *WARN,
            "-O1",
            f"-I{libc}",
            f'-DAGREE_HEADER="{name}.h"',
            f"-DAGREE_DECODE={model.libc.prefix}{name}_decode",
        ]
        + [str(HARNESS / "agree_driver.c"), str(libc / f"{name}.c"), str(runtime)]
        + [str(work / "k.o"), str(work / "a.o"), "-o", str(exe)]
    )
    return exe


def parse_c(out: list[str]) -> tuple[list[int], list[str]]:
    codes, texts = [], []
    for line in out:
        code, _, text = line.partition("\t")
        codes.append(int(code))
        texts.append(text)
    return codes, texts


def load_module(path: Path, name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


_ERRNO_IN_MESSAGE = re.compile(r"\((E[A-Z0-9]+)\)$")


def python_columns(
    shape: Shape, module: types.ModuleType, items: list[Case]
) -> tuple[list[int | None], list[int | None], list[str]]:
    """The Python module's verdict from bytes, from values, and its decoder's text."""
    cls = getattr(module, shape.struct)
    of_bytes: list[int | None] = []
    of_values: list[int | None] = []
    texts: list[str] = []
    for case in items:
        data = bytes_input(shape, case)
        if data is None or (shape.size_field and values_input(shape, case) is None):
            of_bytes.append(NA)
        else:
            try:
                value = cls.from_bytes(data)
            except ValueError as e:  # the module's refusal of bytes past the struct
                m = _ERRNO_IN_MESSAGE.search(str(e))
                assert m, e
                of_bytes.append(getattr(errno, m[1]))
            else:
                verdict = value.verdict() if shape.size_field else value.verdict(len(data))
                of_bytes.append(verdict[0])
        values = values_input(shape, case)
        if values is None:
            of_values.append(NA)
        else:
            head, size = values
            fields = cls.from_bytes(head.ljust(shape.latest, b"\0"))._asdict()
            of_values.append(cls(**fields).verdict(size)[0])
        data, dsize = decode_input(shape, case)
        texts.append(module.decode(data, dsize))
    return of_bytes, of_values, texts


def parse_typed(out: list[str]) -> tuple[list[int | None], list[int | None]]:
    first, second = [], []
    for line in out:
        a, b = line.split()
        first.append(NA if a == "-" else int(a))
        second.append(NA if b == "-" else int(b))
    return first, second


def rust_main(modules: dict[str, tuple[Path, str]], work: Path) -> Path:
    """The Rust driver's crate root for ``{spec: (module file, struct)}``."""
    lines = [
        f'#[path = "{path}"]\n#[allow(dead_code)]\nmod {name};'
        for name, (path, _) in modules.items()
    ]
    lines.append(f'include!("{ROOT / "tests" / "rust" / "agree.rs"}");')
    lines.append("fn table(spec: &str) -> Option<Verdicts> {\n    match spec {")
    for name, (_, struct) in modules.items():
        lines.append(f'        "{name}" => Some(verdicts!({name}, {struct})),')
    lines.append("        _ => None,\n    }\n}")
    work.mkdir(parents=True, exist_ok=True)
    main = work / "agree.rs"
    main.write_text("\n".join(lines) + "\n")
    return main


GO_TABLE = """package main

import (
\t"unsafe"

\t{name} "{module}"
)

func init() {{
\ttable["{name}"] = verdicts{{
\t\tbytes: {name}.VerdictBytes,
\t\tvalues: func(head []byte, size uint64) error {{
\t\t\tvar a {name}.{struct}
\t\t\tcopy((*[{name}.SIZE_LATEST]byte)(unsafe.Pointer(&a))[:], head)
\t\t\treturn a.Verdict(size)
\t\t}},
\t}}
}}
"""


def go_module(modules: dict[str, tuple[Path, str]], work: Path) -> Path:
    """A Go module cgtest requiring each spec's generated module (its go/ directory, pointed
    at with replace), with the driver and its table, to build ./agree."""
    mod = work / "gomod"
    if mod.exists():
        shutil.rmtree(mod)
    user_module(mod, [path for path, _ in modules.values()])
    (mod / "agree").mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "go" / "agree.go", mod / "agree" / "main.go")
    for name, (path, struct) in modules.items():
        (mod / "agree" / f"table_{name}.go").write_text(
            GO_TABLE.format(name=name, module=module_path(path), struct=struct)
        )
    return mod


# -- the comparison ---------------------------------------------------------------------------

COLUMNS = ("py_bytes", "py_values", "rust_bytes", "rust_values", "go_bytes", "go_values")


def _name(code: int | None) -> str:
    if code is None:
        return "-"
    return errno.errorcode.get(code, str(code)) if code else "0"


def describe(shape: Shape, case: Case) -> str:
    shown = case.buf[:96].hex() + ("..." if len(case.buf) > 96 else "")
    text = f"{shape.name} size={case.size} len={len(case.buf)} ({case.how}) bytes={shown or '-'}"
    if shape.size_field:
        text += f" size field={shape.stated(case.buf)}"
    return text


def compare(
    shape: Shape,
    items: list[Case],
    c: list[int],
    columns: dict[str, list[int | None]],
    texts: dict[str, list[str]],
) -> list[str]:
    """Every case where a target's errno differs from the C copy-in's, or a decoder's text
    from the C decoder's."""
    bad = []
    for i, case in enumerate(items):
        differ = {k: v[i] for k, v in columns.items() if v[i] is not None and v[i] != c[i]}
        if differ:
            answers = ", ".join(f"{k} {_name(v[i])}" for k, v in columns.items())
            bad.append(f"{describe(shape, case)}: C {_name(c[i])}, {answers}")
        c_text = texts["c"][i]
        for k, v in texts.items():
            if v[i] != c_text:
                bad.append(f"{describe(shape, case)}: decoder {k} {v[i]!r}, C {c_text!r}")
    return bad


def compare_kernel(
    shape: Shape, items: list[Case], expected: list[int], kernel: list[int | None]
) -> list[str]:
    """Where the kernel was asked: the generated copy-in of the running release refuses with
    the kernel's errno, or accepts what the kernel accepts."""
    bad = []
    for case, want, got in zip(items, expected, kernel):
        if got is None:
            continue
        ok = got in ACCEPTED[shape.name] if want == 0 else got == want
        if not ok:
            bad.append(
                f"{describe(shape, case)}: kernel {_name(got)}, generated copy-in {_name(want)}"
            )
    return bad


# -- where the kernel answers from the struct alone -------------------------------------------

CLONE_PLAIN = {
    "CLONE_VM",
    "CLONE_FS",
    "CLONE_FILES",
    "CLONE_SIGHAND",
    "CLONE_PTRACE",
    "CLONE_VFORK",
    "CLONE_SYSVSEM",
    "CLONE_UNTRACED",
    "CLONE_IO",
    "CLONE_CLEAR_SIGHAND",
}


def _field(shape: Shape, buf: bytes, name: str) -> int:
    f = next(f for f in shape.fields if f.name == name)
    return int.from_bytes(
        buf.ljust(shape.latest, b"\0")[f.offset : f.offset + f.size], sys.byteorder
    )


def kernel_domain(shape: Shape, model: Any) -> Callable[[Case, int], bool]:
    """Whether the live call answers ``case`` from the struct alone, given the running
    release's copy-in's errno: a refusal always (the struct's checks come first); an
    acceptance where nothing past the struct can refuse it."""
    flags = {f.name: f.value for f in model.flags}
    if shape.name == "clone_args":
        plain = sum(flags[n] for n in CLONE_PLAIN if n in flags)

        def clone(case: Case, want: int) -> bool:
            if want:
                return True
            f = _field(shape, case.buf, "flags")
            if f & ~plain or (f & flags["CLONE_SIGHAND"] and not f & flags["CLONE_VM"]):
                return False  # copy_process() decides the rest
            signal = _field(shape, case.buf, "exit_signal")
            return _field(shape, case.buf, "set_tid_size") == 0 and signal not in (9, 19)

        return clone
    if shape.name == "mount_attr":
        idmap = flags["MOUNT_ATTR_IDMAP"]

        def mount(case: Case, want: int) -> bool:
            if want:
                return True
            # build_mount_idmapped() looks the descriptor up: this process's files decide.
            attr_set, attr_clr = _field(shape, case.buf, "attr_set"), _field(
                shape, case.buf, "attr_clr"
            )
            fd = _field(shape, case.buf, "userns_fd")
            return not (attr_set & idmap and not attr_clr & idmap and fd <= INT_MAX)

        return mount
    if shape.name == "xattr_args":
        # An accepted value of non-zero size is copied from its address before the path
        # is looked up: the address decides (EFAULT or ENOENT).
        return lambda case, want: bool(want) or _field(shape, case.buf, "size") == 0
    if shape.name == "pidfd_info":
        return lambda case, want: case.size <= IOC_SIZE_MAX
    return lambda case, want: True
