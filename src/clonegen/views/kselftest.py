"""The kernel selftest of a spec's size axis, in tools/testing/selftests style.

One fixture per struct entry point, one variant per case: every published size,
zero, below the smallest size taken, a size that is not a multiple of 8, past
the latest version with a zero and a non-zero tail, a page and more than a
page, a NULL struct, and cases that fail two steps at once to show which
errno comes first. Each case's expected errno, whether the kernel writes its
size back, and what it reports follow from the size policy of the model (its
steps in order, the tail errno, ``zero_means``, ``write_back``, ``report``,
the entry point's checks before the copy and its NULL rule); the template
spells them. What depends on the running kernel (the size it knows, from the
release that added each version) the fixed code
(``runtime/kselftest_size.c``) finds at run time.

The arguments before and after the struct take a value from a small table
(``ARGUMENT_VALUES``): a call that succeeds and changes nothing, or nothing
that outlives the test's process. An entry point with an argument the table
does not know still gets its test; every case of it skips, saying which
argument has no value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from clonegen import arch, runtime
from clonegen.names import release_key
from clonegen.plan import CType, plan
from clonegen.rules import Misaligned, TooLarge, TooSmall, c_int
from clonegen.views import SEMANTICS, Refusal, Reserved, unsupported
from clonegen.views.c import C_RESERVED, IOC_DIRECTIONS

if TYPE_CHECKING:
    from clonegen.model import Spec
    from clonegen.plan import Call
    from clonegen.rules import ArgCheck, SizePolicy

# The C headers the test includes, besides the harness.
INCLUDES = (
    "errno.h",
    "fcntl.h",
    "stdbool.h",
    "stdio.h",
    "stdlib.h",
    "string.h",
    "sys/ioctl.h",
    "sys/mman.h",
    "sys/syscall.h",
    "sys/utsname.h",
    "sys/wait.h",
    "sys/xattr.h",
    "unistd.h",
)

# An argument's value in the test, by (its C type without qualifiers, its name; "" for any
# name): a C expression, and the words for it. Each makes a call that succeeds on its own
# and changes nothing beyond the test's process: the calling thread (pid 0), the working
# directory (AT_FDCWD), a file the test made (and removes) as a path, so that a call that
# changes a file's attributes (file_setattr) changes only that file, no flags, a pidfd of
# the test.
ARGUMENT_VALUES: dict[tuple[str, str], tuple[str, str]] = {
    ("pid_t", ""): ("0", "the calling thread"),
    ("unsigned int", ""): ("0", "no flags"),
    ("unsigned", ""): ("0", "no flags"),
    ("char", "name"): ("(long)XATTR_NAME", "an extended attribute the test gave that file"),
    ("char", ""): ("(long)self->path", "a file the test made"),
    ("int", "dfd"): ("AT_FDCWD", "the working directory"),
    ("int", "pidfd"): ("self->pidfd", "a pidfd of the test's own process"),
}


@dataclass(frozen=True)
class Arg:
    """An argument of the call besides the struct and its size: where it is and its value."""

    name: str
    index: int  # in the test's array a[] of arguments
    value: str  # a C expression
    words: str

    @property
    def doc(self) -> str:
        return f"{self.name}: {self.words}"


@dataclass(frozen=True)
class Case:
    """One variant of an entry point's fixture."""

    name: str  # the variant's name
    doc: str  # what it shows, in words
    size: int  # bytes, to which ``pages`` page sizes are added
    pages: int
    tail: int  # bytes from the end of the caller's size of a non-zero byte; 0: none
    null: bool  # a NULL struct pointer
    bad_arg: int  # the index in a[] of an argument given ``bad_value``; -1: none
    bad_value: str
    errno: str  # the errno expected, "0" for success
    write_back: bool  # the kernel writes its size into the size field
    since: tuple[int, int] = (0, 0)  # a published version's release: an older kernel has not
    # got it and takes the size as one past its own (the test says so)

    @property
    def fields(self) -> tuple[tuple[str, str], ...]:
        """The variant's initializers, (member, C value)."""
        out = [("size", str(self.size)), ("pages", str(self.pages))]
        out += [("tail", str(self.tail)), ("null", "true" if self.null else "false")]
        out += [("bad_arg", str(self.bad_arg)), ("bad_value", self.bad_value)]
        out += [("err", self.errno), ("write_back", "true" if self.write_back else "false")]
        if self.since != (0, 0):
            out += [("major", str(self.since[0])), ("minor", str(self.since[1]))]
        return tuple(out)


@dataclass(frozen=True)
class Number:
    """A system call number the test defines when the system's headers lack it."""

    macro: str
    default: int
    arches: tuple[tuple[str, int], ...]  # (user-space condition, number)


@dataclass(frozen=True)
class EntryTest:
    """The fixture of one struct entry point."""

    name: str
    call: str  # the C expression of the call, with uargs, size and a[]
    args: tuple[Arg, ...]
    missing: str  # an argument the table has no value for ("" when none): the cases skip
    reads: bool  # the kernel reads the struct (its memory starts zeroed)
    request_end: int  # an output struct's request fields end here (they start zeroed)
    size_field: str | None  # the C type of the size field the size is stored in
    size_offset: int
    report: str | None  # the C type of the size field the kernel reports min(size, its own) in
    report_offset: int
    ioctl: bool  # the size is part of an ioctl number (at most IOC_SIZE_MAX bytes)
    forks: bool  # a call that succeeds makes a child, which the test reaps
    cases: tuple[Case, ...]
    # Fields a struct the kernel reads sets before each call, so that the struct alone
    # passes every check: (C type, offset, value); none where zeros pass.
    base: tuple[tuple[str, int, str], ...] = ()


@dataclass(frozen=True)
class KselftestView:
    """``view`` of kselftest.c.j2, kselftest.mk.j2 and kselftest.gitignore.j2."""

    spec: Spec
    directory: str  # tools/testing/selftests/<name>
    program: str  # the test's program name
    runtime: str  # the fixed C shared by every spec's test
    includes: tuple[str, ...]
    versions: tuple[tuple[str, int, int, int], ...]  # (name, size, major, minor)
    first_since: str  # the release of VER0: an older kernel has no such call
    entry_list: str  # the entry points in words: "sched_setattr() and sched_getattr()"
    numbers: tuple[Number, ...]
    entries: tuple[EntryTest, ...]
    pidfd: bool  # the fixtures open a pidfd of the test's process
    path: bool  # the fixtures make a file (self->path) and remove it
    xattr: bool  # ... with an empty extended attribute XATTR_NAME

    # The size semantics this target renders (clonegen.views.SEMANTICS): all of them.
    SUPPORTED = frozenset(SEMANTICS)

    @classmethod
    def problems(cls, spec: Spec) -> list[Refusal]:
        return unsupported(spec, "kselftest", cls.SUPPORTED)

    @staticmethod
    def reserved() -> tuple[Reserved, ...]:
        return C_RESERVED

    @classmethod
    def of(cls, spec: Spec) -> KselftestView:
        p = plan(spec)
        entries = tuple(_entry(spec, c) for c in p.calls)
        numbers = tuple(
            Number(
                f"__NR_{c.name}",
                c.numbers.default,
                tuple((arch.cc_condition([k]), n) for k, n in c.numbers.arches),
            )
            for c in p.calls
            if c.ioctl is None
        )
        return cls(
            spec=spec,
            directory=f"tools/testing/selftests/{spec.name}",
            program=f"{spec.name}_size",
            runtime=runtime.source("kselftest_size.c"),
            includes=INCLUDES,
            versions=tuple((v.name, v.size, *release_key(v.since)[:2]) for v in spec.versions),
            first_since=spec.versions[0].since,
            entry_list=_words([f"{c.name}()" for c in p.calls]),
            numbers=numbers,
            entries=entries,
            pidfd=any(a.value.startswith("self->pidfd") for e in entries for a in e.args),
            path=any(
                a.value in ("(long)self->path", "(long)XATTR_NAME") for e in entries for a in e.args
            ),
            xattr=any(a.value == "(long)XATTR_NAME" for e in entries for a in e.args),
        )


def _words(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _argument(name: str, t: CType, index: int) -> Arg | None:
    if t.pointer != t.is_path:
        return None  # a pointer to anything but a path
    for key in ((t.base, name), (t.base, "")):
        if key in ARGUMENT_VALUES:
            value, words = ARGUMENT_VALUES[key]
            return Arg(name, index, value, words)
    return None


def _bad_value(check: ArgCheck) -> str | None:
    """A value the check before the copy refuses; None for a kernel predicate."""
    if check.rule == "zero":
        return "1"
    if check.rule == "non_negative":
        return "-1"
    if check.rule == "mask":
        bit = next((b for b in range(64) if not check.allowed >> b & 1), None)
        return None if bit is None else c_int(1 << bit)
    return None


class _Axis:
    """The verdict of the size steps of one policy on a size of ``size`` bytes plus ``pages``
    page sizes (a page is a multiple of 8 and more than any struct)."""

    def __init__(self, spec: Spec, policy: SizePolicy, reads: bool):
        self.policy = policy
        self.reads = reads
        self.zero = policy.zero_means.size if policy.zero_means else 0
        self.small = next((s for s in policy.steps if isinstance(s, TooSmall)), None)
        self.large = next((s for s in policy.steps if isinstance(s, TooLarge)), None)
        self.page_limit = self.large is not None and self.large.limit.kind == "page_size"
        self.tail = policy.tail_errno if reads else None
        self.ioctl = policy.source == "ioctl"
        self.first = spec.versions[0].size
        self.latest = spec.latest.size
        # A size past the upper bound: a page and 8 bytes, or one past a limit in bytes.
        if self.large is None or self.page_limit:
            self.over = (8, 1)
        else:
            self.over = (self.large.limit.value + 1, 0)

    def step(self, size: int, pages: int) -> str | None:
        """The errno of the first size step that fails, None when all pass."""
        stated = self.zero if size == 0 and pages == 0 and self.zero else size
        return next((s.errno for s in self.policy.steps if self.fails(s, stated, pages)), None)

    def fails(self, step: object, size: int, pages: int) -> bool:
        """Whether one size step refuses the size (a stated 0 already made what it means)."""
        if isinstance(step, TooLarge):
            return (
                pages > 0 and size > 0 if self.page_limit else pages > 0 or size > step.limit.value
            )
        if isinstance(step, TooSmall):
            return pages == 0 and size < step.size
        if isinstance(step, Misaligned):
            return size % 8 != 0
        raise AssertionError(f"a size step the kselftest does not know: {step!r}")


def _entry(spec: Spec, c: Call) -> EntryTest:
    e = c.entry
    policy = c.policy
    axis = _Axis(spec, policy, e.reads)
    args: list[Arg] = []
    missing = ""
    for i, a in enumerate((*c.args, *c.trailing)):
        got = _argument(a.name, a.type, i)
        if got is None:
            missing = missing or f"{a.name} ({a.type.text})"
            got = Arg(a.name, i, "0", "no value")
        args.append(got)
    index = {a.name: a.index for a in args}
    a_ref = [f"a[{a.index}]" for a in args]
    lead, trail = a_ref[: len(c.args)], a_ref[len(c.args) :]
    if c.ioctl is not None:
        io = c.ioctl
        number = f"_IOC({IOC_DIRECTIONS[io.dir]}, {io.type:#04x}, {io.nr}, size)"
        call = f"ioctl((int){lead[0]}, {number}, uargs)"
    elif policy.source == "argument":
        call = f"syscall(__NR_{e.name}, {', '.join([*lead, 'uargs', 'size', *trail])})"
    else:
        call = f"syscall(__NR_{e.name}, {', '.join([*lead, 'uargs', *trail])})"
    size_field = policy.field if policy.from_field else None
    field = spec.field(size_field) if size_field else None
    cases = _cases(spec, c, axis, index)
    reported = plan(spec).size.field
    return EntryTest(
        name=e.name,
        call=call,
        args=tuple(args),
        missing=missing,
        reads=e.reads,
        request_end=c.ioctl.requests_end if c.ioctl and not e.reads else 0,
        size_field=f"uint{field.size * 8}_t" if field else None,
        size_offset=field.offset if field else 0,
        report=f"uint{reported.size * 8}_t" if c.report and reported else None,
        report_offset=reported.offset if c.report and reported else 0,
        ioctl=c.ioctl is not None,
        forks=spec.libc is not None and spec.libc.forklike,
        cases=cases,
        base=_base(spec) if e.reads else (),
    )


def _base(spec: Spec) -> tuple[tuple[str, int, str], ...]:
    """What a struct of zeros must set to pass every check: each field a rule needs non-zero,
    set to its oldest flag (the one every kernel with the struct knows), else 1."""
    out: dict[str, tuple[str, int, str]] = {}
    for check in spec.checks:
        name = None if check.when else check.rule.needs_nonzero(check.field)
        if name is None or name in out:
            continue
        f = spec.field(name)
        flags = sorted(
            (fl for fl in spec.flags if fl.field == name),
            key=lambda fl: (release_key(fl.since), fl.value),
        )
        value = f"{flags[0].value:#x}" if flags else "1"
        out[name] = (f"uint{f.size * 8}_t", f.offset, value)
    return tuple(out.values())


def _cases(spec: Spec, c: Call, axis: _Axis, index: dict[str, int]) -> tuple[Case, ...]:
    cases = _Cases(axis)
    cases.sizes(spec)
    cases.bounds(spec)
    cases.before_size(c, index)
    return tuple(cases.out.values())


class _Cases:
    """The cases of one entry point, each name once, in the order they are added."""

    def __init__(self, axis: _Axis):
        self.axis = axis
        self.out: dict[str, Case] = {}
        # Sizes the size steps refuse, for the checks made before the size (the arguments',
        # a NULL struct): the first one whose errno differs from the check's shows the order.
        small = axis.small.size - 1 if axis.small else -1
        self.refused = [(s, p) for s, p in ((small, 0), axis.over) if s >= 0 and axis.step(s, p)]

    def add(
        self,
        name: str,
        doc: str,
        size: int,
        pages: int = 0,
        tail: int = 0,
        *,
        null: bool = False,
        bad: tuple[int, str] = (-1, "0"),
        errno: str | None = None,
        since: tuple[int, int] = (0, 0),
    ) -> None:
        """A case; without ``errno`` the size steps and the tail decide the answer."""
        axis = self.axis
        write_back = False
        if errno is None:
            errno = axis.step(size, pages) or (axis.tail if tail and axis.tail else None) or "0"
            write_back = axis.policy.write_back and errno != "0"
        case = Case(name, doc, size, pages, tail, null, *bad, errno, write_back, since)
        self.out.setdefault(name, case)

    def sizes(self, spec: Spec) -> None:
        """Zero, every published size, below the smallest taken, not a multiple of 8."""
        axis = self.axis
        zero = axis.policy.zero_means
        self.add("zero", f"a size of 0 stands for {zero.version}" if zero else "a size of 0", 0)
        for v in spec.versions:
            doc = f"{v.name}, published in Linux {v.since}: {v.size} bytes"
            self.add(v.name.lower(), doc, v.size, since=release_key(v.since)[:2])
        if axis.small is not None:
            least = axis.small.size
            if axis.small.end_of:
                doc = f"the end of {axis.small.end_of}, the smallest size taken"
                self.add("min_end", doc, least)
            self.add("below_min", f"one byte below the smallest size taken ({least})", least - 1)
        self.add("misaligned", f"{axis.first + 1} bytes, not a multiple of 8", axis.first + 1)

    def bounds(self, spec: Spec) -> None:
        """Past the latest version with a zero and a non-zero tail, up to a page and past it."""
        axis = self.axis
        past = axis.latest + 8
        self.add("past_latest", f"8 zero bytes past {spec.latest.name}", past)
        if axis.tail:
            doc = f"a non-zero byte right past {spec.latest.name}"
            self.add("past_latest_tail", doc, past, tail=8)
        if axis.large is not None and not axis.page_limit:
            limit = axis.large.limit.value
            self.add("limit", f"{limit} bytes, the most taken", limit)
            self.add("above_limit", f"{limit + 1} bytes, one past the most taken", limit + 1)
            return
        self.add("page", "a page, zero past the struct", 0, 1)
        if axis.tail:
            self.add("page_tail", "a page whose last byte is not zero", 0, 1, tail=1)
        self.add("above_page", "a page and 8 bytes", 8, 1)
        if axis.large is not None and axis.tail:
            doc = "a page and 8 bytes with a non-zero byte past the page: the size comes first"
            self.add("above_page_tail", doc, 8, 1, tail=8)

    def before_size(self, c: Call, index: dict[str, int]) -> None:
        """The checks of the arguments before the copy and the NULL struct rule."""
        e = c.entry
        for check in e.before_copy:
            bad = _bad_value(check)
            if bad is None or check.name not in index:
                continue  # a kernel predicate: the test cannot make it fail
            doc = f"{check.name} = {bad} ({check.text} fails)"
            self.first(f"bad_{check.name}", doc, check.errno, bad=(index[check.name], bad))
        if e.null_errno:
            self.first("null", "a NULL struct", e.null_errno, null=True)
            if e.null_allowed_without_size and c.size_type is not None:
                doc = "a NULL struct with a size of 0: no struct"
                self.add("null_no_size", doc, 0, null=True, errno="0")

    def first(self, name: str, doc: str, errno: str, **how: Any) -> None:
        """A check made before the size: with a size the size steps refuse, another errno where
        one differs, the check's errno. An ioctl number with a size the steps refuse never
        reaches the handler: there the size comes first, and the check shows with VER0's
        size."""
        axis = self.axis
        if axis.ioctl:
            self.add(name, f"{doc}, with {axis.first} bytes", axis.first, errno=errno, **how)
            if self.refused:
                size, pages = self.refused[0]
                why = f"{doc}, with a size the ioctl number never matches: the size comes first"
                self.add(f"{name}_refused_size", why, size, pages, **how)
            return
        size, pages = next(
            ((s, p) for s, p in self.refused if axis.step(s, p) != errno),
            self.refused[0] if self.refused else (axis.first, 0),
        )
        self.add(name, f"{doc}, refused before the size", size, pages, errno=errno, **how)
