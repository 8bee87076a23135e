"""The Python module: a typed struct, flags, table-driven checks, the system call."""

from __future__ import annotations

import ast
import keyword
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

from clonegen import __version__, arch, decode, runtime
from clonegen.escape import py_str
from clonegen.fmt import LINE_LENGTH
from clonegen.layout import KERNEL_TYPE_BITS, SIGNED_KERNEL_TYPES, UAPI_TYPES
from clonegen.names import CAMEL_REASON, CAMEL_WITHOUT_LETTER
from clonegen.plan import AbiCount, Call, CallArg, CType, SizeSource, levels, plan
from clonegen.pyfmt import py_exploded
from clonegen.rules import Problem, TooLarge, py_int
from clonegen.views import (
    SEMANTICS,
    Refusal,
    Requirement,
    Reserved,
    own_direction,
    unsupported,
)
from clonegen.views.c import IOC_DIRECTIONS
from clonegen.views.sysnames import PYTHON_STDLIB

if TYPE_CHECKING:
    from clonegen.decode import DecodeRow
    from clonegen.model import Spec, TraceName

# The compiled part's file name in the package, without ".so": the backend builds it, the
# process helpers load it.
NATIVE_NAME = "_spawn"
# Methods of the generated struct that a field must not hide.
METHODS = frozenset({"count", "index", "replace", "to_bytes", "from_bytes", "verdict", "validate"})
# Modules the generated module imports.
MODULES = frozenset({"ctypes", "enum", "errno", "mmap", "os", "signal", "typing"})
# Module-level names of the generated module besides the runtime's.
GLOBALS = frozenset(
    {
        "_PAGE_SIZE",
        "_PIDFD",
        "_INTO_CGROUP",
        "_REFUSED",
        "_MACHINES",
        "SPEC_DIGEST",
        "KERNEL_RELEASE",
        "SIZES",
        "SIZE_LATEST",
        "SYSCALL_NUMBER",
        "ARCH",
        "ARCHES",
        "FLAG_DOCS",
        "decode",
        "_DECODE_FIELDS",
        "_DECODE_VERSIONS",
        "_DECODE_ENTRIES",
    }
)


@cache
def runtime_globals() -> frozenset[str]:
    """Every top-level name the embedded runtime files define."""
    names: set[str] = set()
    for file in ("py_struct.py", "py_process.py", "py_decode.py"):
        for node in ast.parse(runtime.source(file)).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names.update(t.id for t in targets if isinstance(t, ast.Name))
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return frozenset(names)


def camel(name: str) -> str:
    """``clone_args`` -> ``CloneArgs``."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


@dataclass(frozen=True)
class PyRef:
    """How a Python check names what it reads: ``v.x`` (the caller's value) or ``k.x`` (kernel types)."""

    prefix: str
    size: str = "size"
    classes: tuple[tuple[str, str], ...] = ()  # flags field -> its enum class
    members: tuple[tuple[str, str], ...] = ()  # flag -> its enum class

    def field(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def flag_class(self, field: str, names: tuple[str, ...]) -> str | None:
        cls = dict(self.classes).get(field)
        members = dict(self.members)
        return cls if cls and all(members.get(n) == cls for n in names) else None

    def user_range(self, addr: str, length: str) -> str:
        return f"_access_ok({addr}, {length})"


@dataclass(frozen=True)
class PyFlag:
    name: str
    value: str
    doc: str
    since: str


@dataclass(frozen=True)
class PyFlagClass:
    name: str
    field: str
    flags: tuple[PyFlag, ...]


@dataclass(frozen=True)
class PyConstant:
    name: str
    value: str  # the default
    per_arch: tuple[str, ...]  # '"arch": value' entries where the value differs
    doc: str


@dataclass(frozen=True)
class PyCheck:
    errno: str
    reason: str  # what is wrong: a str.format template of ``values``
    test: str  # a lambda's body that is true when the check fails
    values: str = "()"  # a lambda's body: the tuple the message shows


# The check table's lambda line: "        lambda v, k, size: <test>," within black's 100 columns.
LAMBDA_ROOM = 100 - len("        lambda v, k, size: ,")


def _py_check(errno: str, problem: Problem, test: str) -> PyCheck:
    values = ", ".join(problem.values) + ("," if len(problem.values) == 1 else "")
    if len(test) > LAMBDA_ROOM:
        # As black splits a long lambda body: before the first operator of the lowest
        # priority it holds ("and", else a comparison), at the lambda's indent.
        # Every occurrence: black puts each operand of that priority on a line of its own.
        for op in (" or ", " and ", " == ", " != ", " | ", " ^ ", " & "):
            if op in test:
                test = test.replace(op, "\n        " + op.lstrip())
                break
    if len(f"        lambda v, k, size: ({values}),") > LINE_LENGTH:
        # As black writes it: one value a line, with the magic trailing comma.
        lines = "".join(f"            {v},\n" for v in problem.values)
        return PyCheck(errno, problem.template, test, f"(\n{lines}        )")
    return PyCheck(errno, problem.template, test, f"({values})")


@dataclass(frozen=True)
class PyMask:
    name: str
    terms: tuple[str, ...]  # or-ed together, one a line (a new flag adds a line)
    doc: str


# C types as wide as a register (long): their range is the running machine's.
LONG_WIDE = frozenset({"long", "unsigned long", "size_t"})


@dataclass(frozen=True)
class PyArg:
    """One argument of the struct entry point, as the Python call takes it."""

    name: str
    c_type: str  # as the spec writes it
    is_path: bool  # a pointer to char: a path, passed NUL-terminated
    low: str  # Python expressions of the C type's range (integers only)
    high: str
    ctype: str  # the ctypes class the value reaches syscall() as: one register

    @property
    def annotation(self) -> str:
        return "str | bytes | os.PathLike[str]" if self.is_path else "int"


def py_arg(entry: str, name: str, t: CType) -> PyArg:
    """The argument ``name`` of type ``t``: a path, or an integer with its C type's range."""
    c_type, base = t.text, t.base
    if t.is_path:
        return PyArg(name, c_type, True, "", "", "ctypes.c_char_p")
    if t.pointer:  # any other pointer: an address, an unsigned long
        base = "unsigned long"
    if base not in KERNEL_TYPE_BITS:
        raise ValueError(
            f"argument {name!r} of {entry}(): the Python module does not know the range of"
            f" C type {c_type!r}; use an integer type of the kernel (int, long, u32, size_t, ...)"
            " or a pointer"
        )
    signed = base in SIGNED_KERNEL_TYPES
    ctype = "ctypes.c_long" if signed else "ctypes.c_ulong"
    if base in LONG_WIDE:
        low, high = ("_LONG_MIN", "_LONG_MAX") if signed else ("0", "_ULONG_MAX")
    elif signed:
        half = 1 << (KERNEL_TYPE_BITS[base] - 1)
        low, high = f"-{py_int(half)}", py_int(half - 1)
    else:
        low, high = "0", py_int((1 << KERNEL_TYPE_BITS[base]) - 1)
    return PyArg(name, c_type, False, low, high, ctype)


@dataclass(frozen=True)
class PyOut:
    """A struct entry point the kernel writes the struct through (sched_getattr)."""

    name: str
    number: str
    numbers: tuple[str, ...]
    args: tuple[PyArg, ...]
    trailing: tuple[PyArg, ...]
    report: bool


@dataclass(frozen=True)
class PyFieldCall:
    """The calls of a struct that carries its own size (syscall.size.source: field)."""

    size_max: str  # the largest size the size field states, in Python
    trailing: tuple[PyArg, ...]  # the call's arguments after the struct
    outputs: tuple[PyOut, ...]  # the calls the kernel writes the struct through


@dataclass(frozen=True)
class PyLevels:
    """The best-effort table of a spec with abi_levels, as the Python module spells it."""

    rows: tuple[str, ...]  # (level, (bits each field keeps, ...)) literals
    within: str  # per field, the index of the field a subset check ties it to, or None
    highest: int
    query_args: tuple[str, ...]  # the query's arguments, as ctypes values
    value_name: str
    runtime: str


@dataclass(frozen=True)
class PyIoctl:
    """The extensible ioctl as the Python module spells it."""

    function: str
    macro: str
    type: str  # a Python literal
    nr: str
    dir: str  # the direction, from _IOC_READ and _IOC_WRITE
    layouts: tuple[tuple[str, str], ...]  # (arch, _IOC() layout) where not the generic one
    generic: str  # the generic _IOC() layout
    requests: tuple[str, ...]  # the request fields, the function's keyword arguments
    request_args: str
    requests_end: int
    mask_fills: tuple[tuple[str, tuple[str, ...]], ...]  # (flag, field names as literals)
    truncated_mask: bool


@dataclass(frozen=True)
class PyProcess:
    """The process helpers of a fork-like spec (python_process.py.j2): spawn(), fork_pidfd()."""

    pidfd_flag: str  # the flag that asks for a pidfd, as an int expression
    cgroup_flag: str  # the flag that starts the child in a cgroup, likewise
    refuse_terms: tuple[str, ...]
    refuse_fields: tuple[str, ...]
    refuse_text: str  # what the process helpers refuse
    # cut before a field probe() asks the kernel for: the whole struct's layout,
    # (format character, field), which probe() alone packs; the public class has the release's
    process_struct: tuple[tuple[str, str], ...]
    cgroup_cut: bool  # cut before the cgroup flag: probe() adds it privately
    spawn_refused_terms: tuple[str, ...]  # the flags spawn() refuses (runtime.SPAWN_REFUSED_FLAGS)
    spawn_refused_text: str
    runtime: str  # the process helpers' fixed code
    native_symbol: str  # the libc spawn the compiled part exports
    native_probe_symbol: str  # and its probe
    flags_class: str  # the enum of the flags field
    native_prefix: str  # the file name of the compiled part, before its suffix

    @classmethod
    def of(cls, spec: Spec, flag_classes: tuple[PyFlagClass, ...]) -> PyProcess:
        lib = spec.libc
        assert lib is not None and lib.forklike
        flag_class_of = {fl.name: c.name for c in flag_classes for fl in c.flags}
        # A release cut may lack a flag the fixed runtime uses: its ABI value never changes,
        # so the runtime keeps it privately and the public enum names only the release's.
        uncut = dict(spec.uncut_flags)

        def term(name: str) -> str:
            if name in flag_class_of:
                return f"{flag_class_of[name]}.{name}"
            return py_int(uncut[name])

        def flag(name: str) -> str:
            return f"int({term(name)})" if name in flag_class_of else term(name)

        return cls(
            pidfd_flag=flag(runtime.PROCESS_PIDFD_FLAG),
            cgroup_flag=flag(runtime.PROCESS_CGROUP_FLAG),
            refuse_terms=tuple(term(n) for n in lib.refuse_flags if n in flag_class_of),
            refuse_fields=lib.refuse_fields,
            refuse_text=", ".join(lib.refuse_flags),
            process_struct=(
                tuple((UAPI_TYPES[s.uapi_type][3], s.name) for s in spec.uncut_layout)
                if not {*runtime.PROCESS_FIELDS} <= {f.name for f in spec.fields}
                else ()
            ),
            cgroup_cut=runtime.PROCESS_CGROUP_FLAG not in flag_class_of,
            spawn_refused_terms=tuple(term(n) for n in runtime.SPAWN_REFUSED_FLAGS),
            spawn_refused_text=", ".join(runtime.SPAWN_SHARED_FLAGS),
            runtime=runtime.source("py_process.py"),
            native_symbol=f"{lib.prefix}spawn",
            native_probe_symbol=f"{lib.prefix}{spec.syscall}_probe",
            flags_class=flag_class_of.get(runtime.PROCESS_PIDFD_FLAG, flag_classes[0].name),
            native_prefix=NATIVE_NAME,
        )


@dataclass(frozen=True)
class PythonView:
    """``view`` of python.py.j2."""

    spec: Spec
    module: str
    cls: str
    fields_cls: str
    flag_classes: tuple[PyFlagClass, ...]
    constants: tuple[PyConstant, ...]
    number: str
    numbers: tuple[str, ...]  # '"arch": number' entries
    sizes: tuple[str, ...]
    flag_docs: tuple[str, ...]  # dict entries, each name: (doc, since)
    machines: tuple[tuple[str, str], ...]  # os.uname().machine -> arch key
    arches: tuple[str, ...]
    size_checks: tuple[PyCheck, ...]
    checks: tuple[PyCheck, ...]
    masks: tuple[PyMask, ...]
    kernel_types: tuple[tuple[int, bool], ...]
    struct_format: tuple[tuple[str, str], ...]  # (format character, field)
    call: str  # the system call's function template: "call" or "process"
    process: PyProcess | None  # fork-like: the process helpers
    struct_args: tuple[PyArg, ...]  # the struct entry's arguments before the struct
    struct_trailing: tuple[PyArg, ...]  # ... and after the struct and its size
    size_limit: str  # the largest size the kernel reads (it refuses larger ones unread), or "None"
    tail_errno: str | None  # a non-zero byte past the struct; None: the kernel only writes it
    runtime_struct: str
    release: str | None
    runtime_decode: str
    decode_fields: tuple[str, ...]  # each field's row of the decoder's table
    decode_versions: tuple[str, ...]  # (size, since) of each version
    decode_entries: tuple[str, ...]  # "entry point": (size field, zero size, output, more)
    decode_entry_names: tuple[str, ...]
    size: SizeSource | None = None  # where the size comes from and what it means
    field: PyFieldCall | None = None  # the calls of a struct that carries its size
    ranges: tuple[tuple[str, str], ...] = ()  # per field (low, high) where one is not a u64
    ioctl: PyIoctl | None = None  # the ioctl call (syscall.size.source: ioctl)
    extra_calls: tuple[PyOut, ...] = ()  # further struct entry points the kernel reads through
    levels: PyLevels | None = None  # the interface numbers its own versions
    out_calls: tuple[PyOut, ...] = ()  # a size argument: the calls the kernel writes through
    entry_skips: tuple[tuple[str, str], ...] = ()  # (entry, the checks it does not make)

    @property
    def forklike(self) -> bool:
        return self.process is not None

    @property
    def outputs(self) -> tuple[PyOut, ...]:
        """The further calls the kernel writes the struct through."""
        return self.field.outputs if self.field else self.out_calls

    # The size semantics beyond clone3's shape that this view renders (clonegen.views.SEMANTICS).
    # Checks of arguments and NULL pointers are left to the kernel; clamps are not refusals.
    SUPPORTED: ClassVar[frozenset[str]] = frozenset(SEMANTICS)  # every one of them

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return (
            Reserved("Python", "identifier", "is a Python keyword", frozenset(keyword.kwlist)),
            Reserved(
                "Python",
                "field",
                "starts with '_', which Python's NamedTuple refuses",
                prefixes=("_",),
            ),
            Reserved(
                "Python",
                "field",
                "would hide the method of the same name on the Python value",
                METHODS,
            ),
            Reserved(
                "Python",
                "flag",
                "starts with '_', which a Python enum member cannot",
                prefixes=("_",),
            ),
            Reserved(
                "Python",
                "struct_argument",
                "is a name the generated Python wrapper uses itself",
                frozenset({"how", "size", "validate", "args"})
                | MODULES
                | GLOBALS
                | runtime_globals(),
            ),
            Reserved(
                "Python",
                "syscall",
                "is a name the generated Python module defines or imports itself",
                frozenset({"spawn", "run", "fork_pidfd", "Process"})
                | MODULES
                | GLOBALS
                | runtime_globals(),
            ),
            Reserved(
                "Python",
                "constant",
                "is a name the generated Python module defines itself",
                GLOBALS | runtime_globals(),
                prefixes=("SIZE_VER",),
            ),
            Reserved(
                "Python",
                "spec",
                "is a module of Python's standard library: the package of that name would hide"
                " it or be hidden by it",
                PYTHON_STDLIB,
            ),
            Reserved(
                "Python",
                "spec",
                "is a module that building or installing the Python package imports, which the"
                " package would replace",
                frozenset({"setuptools", "pkg_resources", "_distutils_hack", "pip", "wheel"}),
            ),
            Reserved(
                "Python",
                "spec",
                "is a file or module the generated Python package holds besides the module"
                " (_build, _csrc, the compiled _spawn and _fastpath, the backend"
                " clonegen_backend)",
                frozenset({"_build", "_csrc", "_spawn", runtime.FASTPATH_NAME, "clonegen_backend"}),
            ),
            Reserved(
                "Python",
                "struct",
                CAMEL_REASON.format("the Python class"),
                pattern=CAMEL_WITHOUT_LETTER,
            ),
        )

    @staticmethod
    def requirements() -> tuple[Requirement, ...]:
        why = "the process helpers of a fork-like spec use it"
        flags = tuple(
            dict.fromkeys(
                (
                    runtime.PROCESS_PIDFD_FLAG,
                    runtime.PROCESS_CGROUP_FLAG,
                    *runtime.SPAWN_REFUSED_FLAGS,
                )
            )
        )
        return tuple(Requirement("Python", "flag", n, "libc.forklike", why) for n in flags) + tuple(
            Requirement("Python", "field", n, "libc.forklike", why) for n in runtime.PROCESS_FIELDS
        )

    @staticmethod
    def problems(spec: Spec) -> list[Refusal]:
        """What of the spec this target cannot render, at its positions: calls it has no
        wrapper for, names it would define twice, argument types it has no range for."""
        found = unsupported(spec, "Python module", PythonView.SUPPORTED)
        if spec.size.source != "field":
            for e in spec.entry_points:
                # A direction the entry point states itself (pidfd_info's inherits "out").
                if own_direction(e) == "in_out" or (
                    spec.size.source == "ioctl" and own_direction(e) not in (None, "in")
                ):
                    found.append(
                        Refusal(
                            e.pos,
                            (),
                            f"the Python module does not render {e.name}() yet: a call that "
                            "both reads and writes the struct (direction: in_out), or writes it "
                            "through an ioctl",
                        )
                    )
        struct = camel(spec.uapi.struct)
        classes: dict[str, str] = {struct: "the struct"}
        taken = runtime_globals() | GLOBALS | MODULES | {"Process"}
        if struct in taken:
            found.append(
                Refusal(
                    spec.uapi.pos,
                    ("struct",),
                    f"the Python class of struct {spec.uapi.struct!r} would be "
                    f"{struct}, a name the module defines itself; "
                    "choose another name",
                )
            )
        for f in spec.fields:
            if f.role != "flags":
                continue
            name = struct + camel(f.name)
            if name in classes:
                found.append(
                    Refusal(
                        f.pos,
                        ("name",),
                        f"the Python class of the flags of {f.name!r} would be {name}, the "
                        f"name of {classes[name]} too; choose another name",
                    )
                )
            classes[name] = f"the flags of {f.name!r}"
        for e in spec.struct_entries:
            for j, a in enumerate(e.arguments):
                try:
                    py_arg(e.name, a.name, CType.parse(a.type))
                except ValueError as exc:
                    found.append(Refusal(e.pos, ("arguments", j, "type"), str(exc)))
        return found

    @classmethod
    def of(cls, spec: Spec) -> PythonView:
        calls = plan(spec)
        name = camel(spec.uapi.struct)
        flag_classes = py_flag_classes(spec, name)
        flag_class_of = {fl.name: c.name for c in flag_classes for fl in c.flags}
        size_checks, checks = py_checks(spec, flag_classes)
        forklike = bool(spec.libc and spec.libc.forklike)
        return cls(
            spec=spec,
            module=spec.name,
            cls=name,
            fields_cls=f"_{name}Fields",
            flag_classes=flag_classes,
            constants=tuple(
                PyConstant(
                    c.name,
                    py_int(c.value),
                    tuple(f'"{a}": {py_int(v)}' for a, v in c.per_arch),
                    c.doc,
                )
                for c in spec.constants
            ),
            number=str(calls.main.numbers.default),
            numbers=tuple(f'"{a}": {n}' for a, n in calls.main.numbers.arches),
            sizes=tuple(f"SIZE_{v.name}" for v in spec.versions),
            flag_docs=tuple(
                f"{py_str(fl.name)}: (\n    {py_str(fl.doc)},\n    {py_str(fl.since)},\n)"
                for fl in spec.flags
            ),
            machines=tuple(sorted((m, a) for a in spec.arches for m in arch.ARCHES[a].machines)),
            arches=spec.arches,
            size_checks=size_checks,
            checks=checks,
            masks=py_masks(spec, flag_class_of),
            kernel_types=tuple((f.kernel_bits, f.kernel_signed) for f in spec.fields),
            struct_format=tuple((f.struct_format, f.name) for f in spec.fields),
            process=PyProcess.of(spec, flag_classes) if forklike else None,
            call="python_process.py.j2" if forklike else CALL_TEMPLATES[calls.size.kind],
            struct_args=py_args(calls.main, calls.main.args),
            struct_trailing=py_args(calls.main, calls.main.trailing),
            tail_errno=spec.size.tail_errno,
            size_limit=next(
                (s.limit.py for s in spec.size.steps if isinstance(s, TooLarge)), "None"
            ),
            runtime_struct=runtime.source("py_struct.py"),
            release=spec.kernel_release,
            **decode_tables(spec),
            size=calls.size,
            **field_call(spec),
            **ioctl_call(spec, flag_class_of),
            extra_calls=tuple(py_out(c, py_args(c, c.trailing)) for c in calls.extra_calls),
            levels=py_levels(spec),
            entry_skips=entry_skips(spec),
            out_calls=(
                tuple(py_out(c, py_args(c, c.trailing)) for c in calls.outputs)
                if calls.size.kind == "argument"
                else ()
            ),
        )


# The template of the system call's function, by where the kernel takes the size from.
CALL_TEMPLATES = {
    "field": "python_field_call.py.j2",
    "ioctl": "python_ioctl_call.py.j2",
    "argument": "python_call.py.j2",
}


def py_flag_classes(spec: Spec, name: str) -> tuple[PyFlagClass, ...]:
    """An enum of each flags field's flags, named after the struct and the field."""
    return tuple(
        PyFlagClass(
            name + camel(f.name),
            f.name,
            tuple(PyFlag(fl.name, py_int(fl.value), fl.doc, fl.since) for fl in flags),
        )
        for f, flags in spec.flag_fields
    )


def py_checks(
    spec: Spec, flag_classes: tuple[PyFlagClass, ...]
) -> tuple[tuple[PyCheck, ...], tuple[PyCheck, ...]]:
    """The size steps, then the checks in kernel order (the copy-in's, the validity
    function's, the common function's), on the caller's values or the kernel's."""
    classes = tuple((c.field, c.name) for c in flag_classes)
    members = tuple((fl.name, c.name) for c in flag_classes for fl in c.flags)
    copy, valid = PyRef("v.", "size", classes, members), PyRef("k.", "size", classes, members)
    return (
        tuple(PyCheck(s.errno, _size_reason(s.requirement), s.py(copy)) for s in spec.size.steps),
        tuple(
            _py_check(c.errno, c.py_problem(r), c.py(r))
            for c in spec.ordered_checks
            for r in (copy if c.phase == "copy" else valid,)
        ),
    )


def py_masks(spec: Spec, flag_class_of: dict[str, str]) -> tuple[PyMask, ...]:
    """The masks of known flags the checks compare with, by their enum members."""
    return tuple(
        PyMask(
            f"_{k.macro}",
            tuple(
                f"{flag_class_of[p.name]}.{p.name}" if p.name in flag_class_of else p.py
                for p in k.mask.parts
            ),
            f"Flags {k.entry_point}() knows in {c.field}.",
        )
        for c in spec.checks
        for k in (c.known,)
        if k
    )


def _decode_name(t: TraceName) -> str:
    return f"({py_str(t.name)}, {t.value.py}, {py_str(t.since or '')})"


def _decode_row(r: DecodeRow) -> str:
    """One row of the decoder's table (see the runtime's ``_DecodeField``)."""
    f, t = r.field, r.field.trace
    items = (
        py_str(f.name),
        str(f.offset),
        str(f.size),
        py_str(t.kind),
        py_exploded(_decode_name(n) for n in t.names),
        py_exploded(_decode_name(n) for n in t.modes),
        py_str(t.unknown),
        str(r.show_field),
        " | ".join(n.value.py for n in t.show_any) or "0",
        py_exploded(str(i) for i in r.show_nonzero),
        str(t.past_size),
        str(r.count),
        str(r.element),
        str(r.max),
        str(r.reach),
        str(r.hide_field),
        " | ".join(n.value.py for n in t.hide_any) or "0",
        str(t.hide_unless_negative),
    )
    return py_exploded(items)


def py_args(call: Call, args: tuple[CallArg, ...]) -> tuple[PyArg, ...]:
    return tuple(py_arg(call.name, a.name, a.type) for a in args)


def py_out(call: Call, trailing: tuple[PyArg, ...]) -> PyOut:
    """A further call of the struct, with its own numbers."""
    return PyOut(
        call.name,
        str(call.numbers.default),
        tuple(f'"{a}": {n}' for a, n in call.numbers.arches),
        py_args(call, call.args),
        trailing,
        call.report,
    )


def field_call(spec: Spec) -> dict[str, Any]:
    """What the call of a struct carrying its own size needs (none for an argument size)."""
    calls = plan(spec)
    f = calls.size.field
    if f is None:
        return {}
    return {
        "field": PyFieldCall(
            py_int(f.max),
            py_args(calls.main, calls.main.trailing),
            tuple(py_out(c, py_args(c, c.trailing)) for c in calls.outputs),
        ),
        "ranges": ranges(spec),
    }


def entry_skips(spec: Spec) -> tuple[tuple[str, str], ...]:
    """By struct entry point, the checks it does not make (their places in the check table),
    when entry points make different checks; none when every one makes every check."""
    checks = spec.ordered_checks
    if not any(c.entries for c in checks):
        return ()
    return tuple(
        (
            py_str(e.name),
            (
                "frozenset({"
                + ", ".join(str(i) for i, c in enumerate(checks) if not c.made_by(e.name))
                + "})"
                if any(not c.made_by(e.name) for c in checks)
                else "frozenset()"
            ),
        )
        for e in plan(spec).calls
    )


def decode_tables(spec: Spec) -> dict[str, Any]:
    """The decoder's code and tables: each field's row, each version, each entry point."""
    entries = decode.entries(spec)
    return {
        "runtime_decode": runtime.source("py_decode.py"),
        "decode_fields": tuple(_decode_row(r) for r in decode.rows(spec)),
        "decode_versions": tuple(f"({v.size}, {py_str(v.since)})" for v in spec.versions),
        "decode_entries": tuple(
            f"{py_str(e.name)}: ({e.size_field}, {e.zero_size}, {e.output}, {e.more})"
            for e in entries
        ),
        "decode_entry_names": tuple(e.name for e in entries),
    }


def py_levels(spec: Spec) -> PyLevels | None:
    """The best-effort table and the query of the level (none without abi_levels)."""
    table = levels(spec)
    if table is None:
        return None
    main = plan(spec).main

    def value(a: CallArg) -> str:
        arg = py_arg(main.name, a.name, a.type)
        return f"{arg.ctype}({py_int(table.value) if a.name == table.argument else 0})"

    return PyLevels(
        tuple(
            py_exploded((str(lv.level), py_exploded(py_int(k) for k in lv.keep)))
            for lv in table.levels
        ),
        py_exploded("None" if w is None else str(w) for w in table.within),
        table.highest,
        (
            *(value(a) for a in main.args),
            "None",
            "ctypes.c_size_t(0)",
            *(value(a) for a in main.trailing),
        ),
        table.value_name,
        runtime.source("py_levels.py"),
    )


def ranges(spec: Spec) -> tuple[tuple[str, str], ...]:
    """Each field's range, when some field is not an unsigned 64-bit value."""
    if all(f.struct_format == "Q" for f in spec.fields):
        return ()
    return tuple(_range(f.struct_format) for f in spec.fields)


def _ioc(layout: arch.Ioc) -> str:
    """An _IOC() layout as the module's table holds it: (size bits, _IOC_READ, _IOC_WRITE)."""
    return f"({layout.size_bits}, {layout.read}, {layout.write})"


def ioctl_call(spec: Spec, flag_class_of: dict[str, str]) -> dict[str, Any]:
    """What the call of an extensible ioctl needs (none for a system call)."""
    io = plan(spec).ioctl
    if io is None:
        return {}
    return {
        "ioctl": PyIoctl(
            io.function,
            io.macro,
            py_int(io.type),
            str(io.nr),
            IOC_DIRECTIONS[io.dir],
            tuple((a, _ioc(i)) for a, i in io.layouts),
            _ioc(arch.IOC_GENERIC),
            tuple(f.name for f in io.requests),
            ", ".join(f"{f.name}={f.name}" for f in io.requests),
            io.requests_end,
            tuple(
                (f"{flag_class_of[name]}.{name}", tuple(py_str(n) for n in fills))
                for name, fills in io.mask_fills
            ),
            io.mask_kept,
        ),
        "ranges": ranges(spec),
    }


def _range(fmt: str) -> tuple[str, str]:
    """The Python literals of the range of one struct format character."""
    bits = {"b": 8, "h": 16, "i": 32, "q": 64}.get(fmt.lower(), 64)
    if fmt.islower():
        return f"-{py_int(1 << (bits - 1))}", py_int((1 << (bits - 1)) - 1)
    return "0", py_int((1 << bits) - 1)


def _size_reason(requirement: str) -> str:
    return f"the kernel needs {requirement}"


# The version of a generated package: <generator>.<ABI serial>.<spec number> (PEP 440, a
# release PyPI accepts). The ABI serial counts the struct's fields, flags, constants and
# entry points, which an extensible struct's ABI only ever adds to, so a package that knows
# more of the ABI sorts later; the spec number is the spec digest's first 32 bits, so any
# change of the spec (or, through the first part, of the generator) gives another version.
VERSION_NOTE = (
    "<clonegen version>.<fields, flags, constants and entry points>.<first 32 bits of the spec"
    " digest>"
)


def package_version(spec: Spec) -> str:
    """The generated package's version, from the generator's version and the spec alone."""
    return f"{__version__}.{AbiCount.of(spec).serial}.{int(spec.digest[:8], 16)}"


@dataclass(frozen=True)
class PackageView:
    """``view`` of the installable package's files: pyproject.toml, the build backend,
    __init__.py, py.typed.

    The package ``<module>`` is the directory ``python/`` itself: its
    ``__init__.py`` re-exports the module ``python/<module>.py``, so the
    module keeps its path. The distribution has the import name as its name.
    A fork-like spec adds the compiled part: the libc source, rendered again
    into ``python/_csrc/``, built by the backend (``_build/``, fixed code:
    runtime/py_build.py) as a shared library the module loads with ctypes,
    where a C compiler exists. Every spec's package carries the compiled
    from_bytes (fixed code: runtime/py_fastpath.c, in ``python/_csrc/``), which
    the backend builds as a CPython extension where a C compiler and Python's
    headers exist.
    """

    spec: Spec
    module: str
    distribution: str
    version: str
    version_note: str
    native: bool
    native_name: str  # the compiled part's file name, without ".so" (PyProcess.native_prefix)
    native_sources: tuple[str, ...]  # relative to python/
    backend: str
    extension_name: str  # the compiled from_bytes, without its suffix
    extension_source: str  # relative to python/
    extension: str  # its C source

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return ()

    @classmethod
    def of(cls, spec: Spec) -> PackageView:
        native = bool(spec.libc and spec.libc.forklike)
        return cls(
            spec=spec,
            module=spec.name,
            distribution=spec.name,
            version=package_version(spec),
            version_note=VERSION_NOTE,
            native=native,
            native_name=NATIVE_NAME,
            native_sources=(f"_csrc/{spec.name}.c",) if native else (),
            backend=runtime.source("py_build.py"),
            extension_name=runtime.FASTPATH_NAME,
            extension_source=f"_csrc/{runtime.FASTPATH_NAME}.c",
            extension=runtime.source(runtime.FASTPATH_SOURCE),
        )
