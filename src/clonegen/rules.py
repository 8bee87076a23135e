"""Every rule of a spec, written once, rendered in every language.

A check rule (``max``, ``mask``, ...) and a step of the size policy are
objects: each knows its failure condition in C, Python, Rust and Go and its
requirement in prose.  The views choose how a field is named in each place
(``args.x`` or ``kargs->x`` in C, ``v.x`` or ``k.x`` in Python) through a
:class:`Ref`; the rule decides everything else.  Templates iterate over the
rules and never ask which rule they hold.

To add a language, add one method to :class:`Value`, :class:`Mask`, each
rule class and each size step; the type checker then lists what is missing.
"""

from __future__ import annotations

import functools
import operator
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, TypeVar

from clonegen.defaults import setting
from clonegen.diagnostics import Pos, did_you_mean
from clonegen.layout import SIGNED_KERNEL_TYPES

SpecPath = tuple[str | int, ...]


def c_int(value: int) -> str:
    """A C literal for ``value``: decimal for small counts, hex for masks."""
    if value > 0xFFFFFFFF:
        return f"{value:#x}ULL"
    if value < 256 and not (value >= 15 and value & (value + 1) == 0):
        return str(value)
    return f"{value:#x}"


def rust_int(value: int) -> str:
    """A Rust u64 literal for ``value``, typed so it may stand in any expression.

    All ones is ``u64::MAX``: rustc's ``unused_comparisons`` refuses a comparison with
    that literal (``x > 0xffffffffffffffff_u64``) under ``-D warnings``, not with the path."""
    if value == (1 << 64) - 1:
        return "u64::MAX"
    return c_int(value).removesuffix("ULL") + "_u64"


def py_int(value: int) -> str:
    """A Python literal for ``value`` in the style of :func:`c_int`, hex digits upper-case (as black writes them)."""
    text = c_int(value).removesuffix("ULL")
    return "0x" + text[2:].upper() if text.startswith("0x") else text


def compose(
    parts: Iterable[Mapping[str, Any]], arches: Iterable[str | None]
) -> dict[str | None, int]:
    """The OR of a composed constant's parts (spec mappings of ``value`` and ``arch``) on each
    architecture (None: the value every other architecture has). The builder and the
    validator both compose through here."""
    parts = list(parts)
    return {
        a: functools.reduce(
            operator.or_,
            (p.get("arch", {}).get(a, p["value"]) if a else p["value"] for p in parts),
            0,
        )
        for a in arches
    }


@dataclass(frozen=True)
class Value:
    """A number as a spec writes it: a literal, a flag, a constant or PAGE_SIZE.

    ``per_arch`` holds the architectures whose value differs from ``value``;
    ``arches`` those the spec knows the value for (empty: every one).
    """

    value: int
    name: str | None = None
    kind: str = "literal"  # literal, flag, constant, page_size
    per_arch: tuple[tuple[str, int], ...] = ()
    doc: str = field(default="", compare=False)

    @property
    def c(self) -> str:
        return self.name or c_int(self.value)

    def value_for(self, arch: str) -> int:
        """The value on one architecture."""
        return dict(self.per_arch).get(arch, self.value)

    @property
    def meaning(self) -> str:
        """What the value is, for a message that shows the number itself: `` (the highest ...)``.

        A constant's one-sentence doc, else its name unless private (``_NSIG``);
        a literal has none.
        """
        if self.kind == "page_size":
            return " (the page size)"
        doc = " ".join(self.doc.split()).rstrip(".")
        if self.kind == "constant" and doc and "." not in doc and len(doc) <= 60:
            if doc[:1].isupper() and doc[1:2].islower():
                doc = doc[:1].lower() + doc[1:]
            return f" ({doc})" if doc.lower().startswith(("the ", "a ", "an ")) else f" (the {doc})"
        if self.name and not self.name.startswith("_"):
            return f" ({self.name})"
        return ""

    @property
    def py(self) -> str:
        """Flags and literals as numbers; constants by their module-level name."""
        if self.kind == "constant" and self.name:
            return self.name
        if self.kind == "page_size":
            return "_PAGE_SIZE"
        return py_int(self.value)

    @property
    def rust(self) -> str:
        """A u64 expression: constants by their module-level name, flags and literals as numbers."""
        if self.kind == "constant" and self.name:
            return self.name
        if self.kind == "page_size":
            return "page_size()"
        return rust_int(self.value)

    @property
    def go(self) -> str:
        """A uint64 expression: constants by their package-level name, flags and literals as numbers."""
        if self.kind == "constant" and self.name:
            return self.name
        if self.kind == "page_size":
            return "pageSize()"
        return c_int(self.value).removesuffix("ULL")

    @property
    def text(self) -> str:
        if self.kind == "page_size":
            return "PAGE_SIZE"
        if not self.name:
            return c_int(self.value)
        others = "".join(f"; {c_int(v)} on {a}" for a, v in self.per_arch)
        return f"{self.name} ({c_int(self.value)}{others})"


@dataclass(frozen=True)
class Mask:
    """Several flags or constants or-ed together."""

    parts: tuple[Value, ...]

    @property
    def value(self) -> int:
        total = 0
        for p in self.parts:
            total |= p.value
        return total

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name or c_int(p.value) for p in self.parts)

    @property
    def c(self) -> str:
        body = " | ".join(p.c for p in self.parts) if self.parts else "0"
        return f"({body})" if len(self.parts) > 1 else body

    @property
    def py(self) -> str:
        named = [p.py for p in self.parts if p.kind == "constant"]
        folded = 0
        for p in self.parts:
            if p.kind != "constant":
                folded |= p.value
        terms = named + ([py_int(folded)] if folded or not named else [])
        return f"({' | '.join(terms)})" if len(terms) > 1 else terms[0]

    def _folded(
        self, name: Callable[[Value], str], literal: Callable[[int], str], sep: str = " | "
    ) -> str:
        """Constants by name, flags and literals folded into one number, or-ed together."""
        named = [name(p) for p in self.parts if p.kind in ("constant", "page_size")]
        folded = 0
        for p in self.parts:
            if p.kind not in ("constant", "page_size"):
                folded |= p.value
        terms = named + ([literal(folded)] if folded or not named else [])
        return f"({sep.join(terms)})" if len(terms) > 1 else terms[0]

    @property
    def rust(self) -> str:
        return self._folded(lambda p: p.rust, rust_int)

    @property
    def go(self) -> str:
        return self._folded(lambda p: p.go, lambda v: c_int(v).removesuffix("ULL"))

    @property
    def go_tight(self) -> str:
        """As an operand of a tighter operator: gofmt writes ``x&(A|B)``."""
        return self._folded(lambda p: p.go, lambda v: c_int(v).removesuffix("ULL"), "|")

    @property
    def text(self) -> str:
        return ", ".join(self.names)


class Ref(Protocol):
    """How one language, in one phase, names what a rule reads."""

    def field(self, name: str) -> str: ...

    @property
    def size(self) -> str: ...

    def user_range(self, addr: str, length: str) -> str:
        """The C or Python test that [addr, addr + length) is user memory."""
        ...


class TypedRef(Ref, Protocol):
    """How Rust and Go name what a rule reads: every value as its 64 bits (a u64 or uint64).

    A value of a signed type is sign-extended to 64 bits; ``signed`` says
    which, so an ordered comparison is made signed as C makes it.
    """

    def signed(self, name: str) -> bool: ...


class PyProblemRef(Ref, Protocol):
    """How the Python module names what a message shows: also the enum class of a flags field."""

    def flag_class(self, field: str, names: tuple[str, ...]) -> str | None:
        """The enum class of ``field`` if every one of ``names`` is a member, else None."""
        ...


def lit(text: str) -> str:
    """``text`` as part of a :meth:`str.format` template: braces doubled."""
    return text.replace("{", "{{").replace("}", "}}")


@dataclass(frozen=True)
class Problem:
    """A Python message stating what is wrong: ``template.format(*values)``.

    ``values`` are Python expressions the module evaluates on a failing
    value; the template takes them in order (``{}``, ``{:#x}``).  A value
    that is a flag enum is shown by its members' names (the runtime's
    ``_message``).
    """

    template: str
    values: tuple[str, ...] = ()

    def __add__(self, other: Problem) -> Problem:
        return Problem(self.template + other.template, self.values + other.values)


def _bits(expr: str, mask: Mask, f: str, r: PyProblemRef) -> tuple[str, str]:
    """A placeholder and value showing the bits ``expr`` (within ``mask``): by name or in hex."""
    named = all(p.kind == "flag" for p in mask.parts) and mask.parts
    cls = r.flag_class(f, mask.names) if named else None
    return ("{}", f"{cls}({expr})") if cls else ("{:#x}", expr)


def _listed(mask: Mask, one: str = "", many: str = "any of ") -> str:
    return lit((one if len(mask.parts) == 1 else many) + mask.text)


# -- check rules --------------------------------------------------------------


class RuleInputs(Protocol):
    """What a rule's ``build`` asks of the model builder: the spec's names, resolved."""

    def value(self, ref: int | str) -> Value: ...

    def mask(self, names: Iterable[str]) -> Mask: ...

    def known_mask(self, field: str, entry_point: str) -> Mask:
        """The flags of ``field`` that ``entry_point`` accepts (and the release has)."""
        ...

    def version(self, name: str) -> tuple[str, int, str] | None:
        """A version's name, size and size macro, or None if the release lacks it."""
        ...


class Names(Protocol):
    """What a rule's or an adjust step's ``resolve`` asks of the model builder while it reads
    one entry: the names the spec declares, and where to report one that does not resolve."""

    field_names: tuple[str, ...]  # in the order the spec writes them (for "did you mean")
    entry_names: tuple[str, ...]

    def unknown(self, path: SpecPath, node: SpecPath, message: str) -> None:
        """Report a name at ``path`` that does not resolve, in the entry at ``node``."""
        ...

    def problem(self, path: SpecPath, message: str, at_key: bool = False) -> None:
        """Report what is wrong with how the entry is written at ``path``."""
        ...

    def flag_of(self, path: SpecPath, node: SpecPath, name: str, field: str) -> None:
        """Report a flag or constant that is unknown or belongs to another field than ``field``."""
        ...

    def condition(self, base: SpecPath, when: Mapping[str, Any] | None) -> None:
        """Report what is wrong with the ``when:`` of the entry at ``base``."""
        ...


class FieldFacts(Protocol):
    """What a rule's ``problems`` may ask of the model's field it checks."""

    @property
    def role(self) -> str: ...

    @property
    def kernel_type(self) -> str: ...


class Reporter(Protocol):
    """Where a check on the model reports: at ``key`` below the node written at ``at``."""

    def __call__(self, at: Pos, key: SpecPath, message: str, at_key: bool = False) -> None: ...


class Rule(ABC):
    """A requirement on one field; the check fails when it does not hold.

    A rule is one entry: its class holds its spec name (``NAME``, registered in
    :data:`RULES`), the keys it requires of a check (``KEYS``, as the schema states them),
    how the model builder makes it from a check (``build``) and which names it must resolve
    (``resolve``), what the validator checks about it on the model (``problems``), what the ABI diff compares (``PARAMS`` and
    ``identity``) and its renderings (``c``, ``py``, ``rust``, ``go``, ``text``,
    ``py_problem``). Adding a rule is one class here and its tests.
    """

    NAME: ClassVar[str]
    KEYS: ClassVar[tuple[str, ...]] = ()  # what a check of this rule must say besides the rule
    PARAMS: ClassVar[tuple[str, ...]] = ()  # the attributes (by spec key) a revision may change
    TAKES_NAMES: ClassVar[bool] = False  # the check lists flag names (``names:``)
    C_HEADERS: ClassVar[tuple[str, ...]] = ()  # what the kernel C of the rule includes

    @classmethod
    @abstractmethod
    def build(cls, c: Mapping[str, Any], src: RuleInputs) -> Rule | None:
        """The rule of one (schema-valid) check, or None if the release lacks what it names."""

    @classmethod
    def resolve(cls, c: Mapping[str, Any], names: Names, base: SpecPath) -> None:
        """Report (through ``names``) what a check of this rule names that does not resolve,
        or writes that the rule cannot take, beyond what every check is asked."""
        return  # most rules: nothing beyond the schema and the names every check resolves

    def problems(self, check: Check, field: FieldFacts | None, report: Reporter) -> None:
        """Report what is wrong with ``check`` of this rule in the model (``field``: the
        field it checks; None when that name did not resolve)."""
        return  # most rules: nothing beyond the checks every check gets

    def bounds(self, check: Check, field: str, limit: Value) -> bool:
        """Whether ``check`` (of this rule) holds ``field`` to at most ``limit`` before the copy."""
        return False

    def needs_nonzero(self, field: str) -> str | None:
        """The field a struct of zeros must set for the rule to hold (None: zeros pass)."""
        return None

    def params(self) -> dict[str, object]:
        """The parameters a later revision may change, by spec key (the ABI diff's view)."""
        return {key: getattr(self, key) for key in self.PARAMS}

    def identity(self) -> tuple[object, tuple[str, ...]]:
        """What besides field, rule and phase makes it the same check in two revisions."""
        return None, ()

    @abstractmethod
    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        """The failure condition in C, in pieces a line break may go between."""

    @abstractmethod
    def py(self, f: str, r: Ref) -> str:
        """The failure condition in Python."""

    @abstractmethod
    def rust(self, f: str, r: TypedRef) -> str:
        """The failure condition in Rust, on u64 values."""

    @abstractmethod
    def go(self, f: str, r: TypedRef) -> str:
        """The failure condition in Go, on uint64 values."""

    @abstractmethod
    def text(self, f: str) -> str:
        """The requirement in words."""

    @abstractmethod
    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        """The Python message when the check fails: what the values are, not the rule."""


class _OtherRule(Rule):
    """A rule comparing the field with another (``other:``)."""

    KEYS = ("other",)
    other: str

    @classmethod
    def build(cls, c: Mapping[str, Any], src: RuleInputs) -> Rule | None:
        return cls(c["other"])  # type: ignore[call-arg]

    def identity(self) -> tuple[object, tuple[str, ...]]:
        return self.other, ()


class _NamesRule(Rule):
    """A rule on a set of flags the check names (``names:``)."""

    KEYS = ("names",)
    TAKES_NAMES = True
    mask: Mask

    @classmethod
    def build(cls, c: Mapping[str, Any], src: RuleInputs) -> Rule | None:
        return cls(src.mask(c["names"]))  # type: ignore[call-arg]

    def identity(self) -> tuple[object, tuple[str, ...]]:
        return None, self.mask.names


# Every check rule by its spec name: the model builder, the validator and the ABI diff find a
# rule here and nowhere else.
RULES: dict[str, type[Rule]] = {}
_R = TypeVar("_R", bound=type[Rule])


def _registered(cls: _R) -> _R:
    assert cls.NAME not in RULES, cls.NAME
    RULES[cls.NAME] = cls
    return cls


@_registered
@dataclass(frozen=True)
class Max(Rule):
    NAME = "max"
    KEYS = PARAMS = ("limit",)
    limit: Value

    @classmethod
    def build(cls, c: Mapping[str, Any], src: RuleInputs) -> Rule | None:
        return cls(src.value(c["limit"]))

    def bounds(self, check: Check, field: str, limit: Value) -> bool:
        return (check.field, check.phase, self.limit) == (field, "copy", limit) and not check.when

    def problems(self, check: Check, field: FieldFacts | None, report: Reporter) -> None:
        """A valid-phase max compares the kernel type: C must compare it as signed, as the
        spec means."""
        if check.phase == "copy" or field is None:
            return
        ktype = field.kernel_type
        if ktype not in SIGNED_KERNEL_TYPES:
            return
        limit = self.limit
        known = limit.kind != "unresolved"  # a name that did not resolve: reported already
        if limit.kind == "page_size" or (known and limit.value >= 1 << 31):
            report(
                check.pos,
                ("limit",),
                f"max of {check.field!r} ({ktype}, signed) against {limit.name or limit.value}: "
                "C would compare it unsigned, so a negative value would pass the check in Python "
                "and fail it in the kernel; use a limit below 2**31 or check it in phase copy",
            )

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        return (f"{r.field(f)} > {self.limit.c}",)

    def py(self, f: str, r: Ref) -> str:
        return f"{r.field(f)} > {self.limit.py}"

    def rust(self, f: str, r: TypedRef) -> str:
        if r.signed(f):
            return f"({r.field(f)} as i64) > ({self.limit.rust} as i64)"
        return f"{r.field(f)} > {self.limit.rust}"

    def go(self, f: str, r: TypedRef) -> str:
        if r.signed(f):
            return f"int64({r.field(f)}) > int64({self.limit.go})"
        return f"{r.field(f)} > {self.limit.go}"

    def text(self, f: str) -> str:
        return f"{f} <= {self.limit.text}"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        return Problem(
            f"{lit(f)} is {{}}, above {{}}{lit(self.limit.meaning)}", (r.field(f), self.limit.py)
        )


@_registered
@dataclass(frozen=True)
class Allowed(Rule):
    """Rule ``mask``: no bits outside ``allowed``."""

    NAME = "mask"
    KEYS = PARAMS = ("allowed",)
    allowed: Mask

    @classmethod
    def build(cls, c: Mapping[str, Any], src: RuleInputs) -> Rule | None:
        return cls(src.mask([c["allowed"]]))

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        return (f"{r.field(f)} & ~(u64){self.allowed.c}",)

    def py(self, f: str, r: Ref) -> str:
        return f"{r.field(f)} & ~{self.allowed.py}"

    def rust(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)} & !{self.allowed.rust} != 0"

    def go(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)}&^{self.allowed.go_tight} != 0"

    def text(self, f: str) -> str:
        return f"{f} has no bits outside {self.allowed.text}"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        return Problem(
            f"{lit(f)}: {{:#x}} are bits outside {lit(self.allowed.text)}",
            (f"{r.field(f)} & ~{self.allowed.py}",),
        )


@_registered
@dataclass(frozen=True)
class Zero(Rule):
    NAME = "zero"

    @classmethod
    def build(cls, c: Mapping[str, Any], src: RuleInputs) -> Rule | None:
        return cls()

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        return (f"{r.field(f)} != 0",)

    def py(self, f: str, r: Ref) -> str:
        return f"{r.field(f)} != 0"

    def rust(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)} != 0"

    def go(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)} != 0"

    def text(self, f: str) -> str:
        return f"{f} == 0"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        return Problem(f"{lit(f)} is {{}}; it must be 0", (r.field(f),))


@_registered
@dataclass(frozen=True)
class BothOrNeither(_OtherRule):
    NAME = "both_or_neither"
    other: str

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        a, b = r.field(f), r.field(self.other)
        return (f"(!{a} && {b}) ||", f"({a} && !{b})")

    def py(self, f: str, r: Ref) -> str:
        return f"({r.field(f)} == 0) != ({r.field(self.other)} == 0)"

    def rust(self, f: str, r: TypedRef) -> str:
        return f"({r.field(f)} == 0) != ({r.field(self.other)} == 0)"

    def go(self, f: str, r: TypedRef) -> str:
        return f"({r.field(f)} == 0) != ({r.field(self.other)} == 0)"

    def text(self, f: str) -> str:
        return f"{f} and {self.other} are both zero or both non-zero"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        return Problem(
            f"{lit(f)} is {{}} and {lit(self.other)} is {{}}; both must be zero or both non-zero",
            (r.field(f), r.field(self.other)),
        )


@_registered
@dataclass(frozen=True)
class Distinct(_OtherRule):
    """``distinct``: the field differs from another (two user pointers that must not alias)."""

    NAME = "distinct"
    other: str

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        return (f"{r.field(f)} == {r.field(self.other)}",)

    def py(self, f: str, r: Ref) -> str:
        return f"{r.field(f)} == {r.field(self.other)}"

    def rust(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)} == {r.field(self.other)}"

    def go(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)} == {r.field(self.other)}"

    def text(self, f: str) -> str:
        return f"{f} differs from {self.other}"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        return Problem(
            f"{lit(f)} and {lit(self.other)} are both {{:#x}}; they must differ",
            (r.field(f),),
        )


@_registered
@dataclass(frozen=True)
class Subset(_OtherRule):
    """``subset``: the field has no bit the other field lacks (Landlock's quiet masks)."""

    NAME = "subset"
    other: str

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        return (f"{r.field(f)} & ~{r.field(self.other)}",)

    def py(self, f: str, r: Ref) -> str:
        return f"{r.field(f)} & ~{r.field(self.other)}"

    def rust(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)} & !{r.field(self.other)} != 0"

    def go(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)}&^{r.field(self.other)} != 0"

    def text(self, f: str) -> str:
        return f"{f} has only bits {self.other} has"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        return Problem(
            f"{lit(f)} has {{:#x}}, which {lit(self.other)} does not have",
            (f"{r.field(f)} & ~{r.field(self.other)}",),
        )


@_registered
@dataclass(frozen=True)
class AnyNonzero(Rule):
    """``any_nonzero``: the field or one of ``others`` is not zero (a request that asks for
    nothing is refused). A release without some of the others checks those it has."""

    NAME = "any_nonzero"
    KEYS = PARAMS = ("others",)
    others: tuple[str, ...]

    @classmethod
    def build(cls, c: Mapping[str, Any], src: RuleInputs) -> Rule | None:
        return cls(tuple(c["others"]))

    def identity(self) -> tuple[object, tuple[str, ...]]:
        return None, self.others

    def _all(self, f: str) -> tuple[str, ...]:
        return (f,) + self.others

    def needs_nonzero(self, field: str) -> str | None:
        return field

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        names = self._all(f)
        return tuple(
            f"!{r.field(n)}" + (" &&" if i < len(names) - 1 else "") for i, n in enumerate(names)
        )

    def py(self, f: str, r: Ref) -> str:
        return " and ".join(f"{r.field(n)} == 0" for n in self._all(f))

    def rust(self, f: str, r: TypedRef) -> str:
        return " && ".join(f"{r.field(n)} == 0" for n in self._all(f))

    def go(self, f: str, r: TypedRef) -> str:
        return " && ".join(f"{r.field(n)} == 0" for n in self._all(f))

    def text(self, f: str) -> str:
        return f"one of {', '.join(self._all(f))} is not zero"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        return Problem(lit(f"{', '.join(self._all(f))} are all zero; one must not be"))


@_registered
@dataclass(frozen=True)
class Exclusive(_NamesRule):
    NAME = "exclusive"
    mask: Mask

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        return (f"({r.field(f)} & {self.mask.c}) ==", self.mask.c)

    def py(self, f: str, r: Ref) -> str:
        return f"{r.field(f)} & {self.mask.py} == {self.mask.py}"

    def rust(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)} & {self.mask.rust} == {self.mask.rust}"

    def go(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)}&{self.mask.go_tight} == {self.mask.go}"

    def text(self, f: str) -> str:
        names = self.mask.names
        if len(names) == 2:
            return f"{f} does not have both {names[0]} and {names[1]}"
        return f"{f} does not have all of {self.mask.text} at once"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        if len(self.mask.parts) == 2:
            a, b = self.mask.names
            return Problem(lit(f"{f} has both {a} and {b}, which exclude each other"))
        return Problem(lit(f"{f} has all of {self.mask.text}, which exclude each other"))


@_registered
@dataclass(frozen=True)
class AllSet(_NamesRule):
    NAME = "all_set"
    mask: Mask

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        return (f"({r.field(f)} & {self.mask.c}) !=", self.mask.c)

    def py(self, f: str, r: Ref) -> str:
        return f"{r.field(f)} & {self.mask.py} != {self.mask.py}"

    def rust(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)} & {self.mask.rust} != {self.mask.rust}"

    def go(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)}&{self.mask.go_tight} != {self.mask.go}"

    def text(self, f: str) -> str:
        return f"{f} has all of {self.mask.text}"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        shown, value = _bits(f"~{r.field(f)} & {self.mask.py}", self.mask, f, r)
        return Problem(
            f"{lit(f)} lacks {shown}; it must have {_listed(self.mask, '', 'all of ')}", (value,)
        )


@_registered
@dataclass(frozen=True)
class AnySet(_NamesRule):
    NAME = "any_set"
    mask: Mask

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        return (f"!({r.field(f)} & {self.mask.c})",)

    def py(self, f: str, r: Ref) -> str:
        return f"not {r.field(f)} & {self.mask.py}"

    def rust(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)} & {self.mask.rust} == 0"

    def go(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)}&{self.mask.go_tight} == 0"

    def text(self, f: str) -> str:
        return f"{f} has at least one of {self.mask.text}"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        if len(self.mask.parts) == 1:
            return Problem(lit(f"{f} does not have {self.mask.text}, which it must have"))
        return Problem(lit(f"{f} has none of {self.mask.text}; it must have one"))


@_registered
@dataclass(frozen=True)
class NoneSet(_NamesRule):
    NAME = "none_set"
    mask: Mask

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        return (f"{r.field(f)} & {self.mask.c}",)

    def py(self, f: str, r: Ref) -> str:
        return f"{r.field(f)} & {self.mask.py}"

    def rust(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)} & {self.mask.rust} != 0"

    def go(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)}&{self.mask.go_tight} != 0"

    def text(self, f: str) -> str:
        return f"{f} has none of {self.mask.text}"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        shown, value = _bits(f"{r.field(f)} & {self.mask.py}", self.mask, f, r)
        return Problem(
            f"{lit(f)} has {shown}; it must have {_listed(self.mask, 'no ', 'none of ')}",
            (value,),
        )


@_registered
@dataclass(frozen=True)
class AtMostOne(_NamesRule):
    """Rule ``at_most_one``: no two of ``names`` at once (mount_attr's propagation types)."""

    NAME = "at_most_one"
    C_HEADERS = ("linux/bitops.h",)  # hweight64()
    mask: Mask

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        return (f"hweight64({r.field(f)} &", f"{self.mask.c}) > 1")

    def py(self, f: str, r: Ref) -> str:
        return f"({r.field(f)} & {self.mask.py}).bit_count() > 1"

    def rust(self, f: str, r: TypedRef) -> str:
        return f"({r.field(f)} & {self.mask.rust}).count_ones() > 1"

    def go(self, f: str, r: TypedRef) -> str:
        v = f"{r.field(f)}&{self.mask.go_tight}"
        return f"{v}&({v}-1) != 0"

    def text(self, f: str) -> str:
        return f"{f} has at most one of {self.mask.text}"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        shown, value = _bits(f"{r.field(f)} & {self.mask.py}", self.mask, f, r)
        return Problem(f"{lit(f)} has {shown}; it may have at most one of them", (value,))


@_registered
@dataclass(frozen=True)
class KnownFlags(Rule):
    """Only the flags an entry point accepts (and the target release has)."""

    NAME = "known_flags"
    KEYS = PARAMS = ("entry_point",)
    entry_point: str
    mask: Mask
    macro: str  # the name of the mask in C and (with a leading _) in Python

    def identity(self) -> tuple[object, tuple[str, ...]]:
        return self.entry_point, ()

    @staticmethod
    def macro_of(entry_point: str, field: str) -> str:
        """The name the generated code gives the mask of the flags ``entry_point`` knows."""
        return f"{entry_point.upper()}_{field.upper()}_KNOWN"

    @classmethod
    def build(cls, c: Mapping[str, Any], src: RuleInputs) -> Rule | None:
        ep = c["entry_point"]
        return cls(ep, src.known_mask(c["field"], ep), cls.macro_of(ep, c["field"]))

    @classmethod
    def resolve(cls, c: Mapping[str, Any], names: Names, base: SpecPath) -> None:
        if c["entry_point"] not in names.entry_names:
            names.unknown(
                base + ("entry_point",),
                base,
                f"check names unknown entry point {c['entry_point']!r}"
                + did_you_mean(c["entry_point"], names.entry_names),
            )

    def problems(self, check: Check, field: FieldFacts | None, report: Reporter) -> None:
        if field is not None and field.role != "flags":
            report(
                check.pos,
                ("field",),
                f"known_flags needs a flags field; {check.field!r} is {field.role}",
            )

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        return (f"{r.field(f)} & ~(u64){self.macro}",)

    def py(self, f: str, r: Ref) -> str:
        return f"{r.field(f)} & ~_{self.macro}"

    def rust(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)} & !{self.macro} != 0"

    def go(self, f: str, r: TypedRef) -> str:
        return f"{r.field(f)}&^{self.macro} != 0"

    def text(self, f: str) -> str:
        return f"{f} has only flags that {self.entry_point} knows"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        return Problem(
            f"{lit(f)}: {{:#x}} are not flags {lit(self.entry_point)} knows",
            (f"{r.field(f)} & ~_{self.macro}",),
        )


@_registered
@dataclass(frozen=True)
class MinVersion(Rule):
    NAME = "min_version"
    KEYS = ("version",)
    PARAMS = ("version",)
    version: str
    size: int
    macro: str

    @classmethod
    def build(cls, c: Mapping[str, Any], src: RuleInputs) -> Rule | None:
        v = src.version(c["version"])
        return cls(*v) if v else None

    @classmethod
    def resolve(cls, c: Mapping[str, Any], names: Names, base: SpecPath) -> None:
        if c["phase"] != "copy":
            names.problem(
                base + ("phase",),
                "min_version compares the caller's size, so it belongs in phase copy",
            )

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        return (f"{r.size} < {self.macro}",)

    def py(self, f: str, r: Ref) -> str:
        return f"{r.size} < {self.size}"

    def rust(self, f: str, r: TypedRef) -> str:
        return f"{r.size} < SIZE_{self.version}"

    def go(self, f: str, r: TypedRef) -> str:
        return f"{r.size} < SIZE_{self.version}"

    def text(self, f: str) -> str:
        return f"the caller's size is at least {self.version} ({self.size})"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        return Problem(
            f"{lit(f)}: size {{}} is below {self.size} ({lit(self.version)}), which it needs",
            (r.size,),
        )


@_registered
@dataclass(frozen=True)
class UserRange(_OtherRule):
    NAME = "user_range"
    PARAMS = ("to_top",)
    other: str
    to_top: bool

    @classmethod
    def build(cls, c: Mapping[str, Any], src: RuleInputs) -> Rule | None:
        return cls(c["other"], setting(c, "check", "to_top"))

    def c(self, f: str, r: Ref) -> tuple[str, ...]:
        a = r.field(f)
        return (f"{a} &&", f"!{r.user_range(a, r.field(self.other))}")

    def py(self, f: str, r: Ref) -> str:
        a = r.field(f)
        return f"{a} != 0 and not {r.user_range(a, r.field(self.other))}"

    def rust(self, f: str, r: TypedRef) -> str:
        a = r.field(f)
        return f"{a} != 0 && !{r.user_range(a, r.field(self.other))}"

    def go(self, f: str, r: TypedRef) -> str:
        a = r.field(f)
        return f"{a} != 0 && !{r.user_range(a, r.field(self.other))}"

    def text(self, f: str) -> str:
        return f"a non-zero {f}: [{f}, {f} + {self.other}) lies in user memory"

    def py_problem(self, f: str, r: PyProblemRef) -> Problem:
        return Problem(
            f"{lit(f)} is {{:#x}} and {lit(self.other)} {{:#x}}: that range is not user memory",
            (r.field(f), r.field(self.other)),
        )


@dataclass(frozen=True)
class Condition:
    """``when:``: a check applies only if some flags are (or are not) set: any of them
    (``any_set``), none (``none_set``) or every one (``all_set``, ``every``)."""

    field: str
    any_set: bool
    mask: Mask
    every: bool = False

    def c(self, r: Ref) -> str:
        test = f"{r.field(self.field)} & {self.mask.c}"
        if self.every:
            return f"({test}) == {self.mask.c} &&"
        return f"({test}) &&" if self.any_set else f"!({test}) &&"

    def py(self, r: Ref) -> str:
        test = f"{r.field(self.field)} & {self.mask.py}"
        if self.every:
            return f"{test} == {self.mask.py} and"
        return f"{test} and" if self.any_set else f"not {test} and"

    def rust(self, r: TypedRef) -> str:
        test = f"{r.field(self.field)} & {self.mask.rust}"
        if self.every:
            return f"{test} == {self.mask.rust} &&"
        return f"{test} != 0 &&" if self.any_set else f"{test} == 0 &&"

    def go(self, r: TypedRef) -> str:
        test = f"{r.field(self.field)}&{self.mask.go_tight}"
        if self.every:
            return f"{test} == {self.mask.go} &&"
        return f"{test} != 0 &&" if self.any_set else f"{test} == 0 &&"

    @property
    def text(self) -> str:
        verb = "all of" if self.every else "any of" if self.any_set else "none of"
        return f"when {self.field} has {verb} {self.mask.text}"

    def py_problem(self, r: PyProblemRef) -> Problem:
        """`` when flags has CLONE_THREAD``: the flags that are set, by name where the enum has them."""
        head = f" when {lit(self.field)} has "
        if self.every:
            return Problem(head + _listed(self.mask, "", "all of "))
        if not self.any_set:
            return Problem(head + _listed(self.mask, "no ", "none of "))
        shown, value = _bits(f"{r.field(self.field)} & {self.mask.py}", self.mask, self.field, r)
        if shown == "{}":
            return Problem(head + shown, (value,))
        return Problem(head + _listed(self.mask))


@dataclass(frozen=True)
class Check:
    """One check of the spec, in kernel order.

    ``phase`` is ``copy`` (on the user's values, before conversion),
    ``valid`` (on the kernel struct, after conversion) or ``common`` (on the
    kernel struct, in the common function below the entry stubs: after the
    array copy, and made for every entry point; the kernel source does not
    generate it, the other targets model it).
    """

    index: int
    field: str
    rule_name: str
    rule: Rule
    errno: str
    phase: str
    doc: str
    when: Condition | None
    line: int
    pos: Pos
    since: str = "0"  # the first release that makes the check
    entries: tuple[str, ...] = ()  # the struct entry points that make it; none: every one

    def made_by(self, entry: str) -> bool:
        """Whether a call through ``entry`` makes the check."""
        return not self.entries or entry in self.entries

    def c(self, r: Ref) -> tuple[str, ...]:
        pieces = self.rule.c(self.field, r)
        if not self.when:
            return pieces
        if any(p.endswith("||") for p in pieces):
            # ``when && a || b`` would leave b unconditional: the rule's || stays inside.
            pieces = (f"({pieces[0]}",) + pieces[1:-1] + (f"{pieces[-1]})",)
        return (self.when.c(r),) + pieces

    def py(self, r: Ref) -> str:
        body = self.rule.py(self.field, r)
        return f"{self.when.py(r)} {body}" if self.when else body

    def rust(self, r: TypedRef) -> str:
        body = self.rule.rust(self.field, r)
        return f"{self.when.rust(r)} {body}" if self.when else body

    def go(self, r: TypedRef) -> str:
        body = self.rule.go(self.field, r)
        return f"{self.when.go(r)} {body}" if self.when else body

    def py_problem(self, r: PyProblemRef) -> Problem:
        problem = self.rule.py_problem(self.field, r)
        return problem + self.when.py_problem(r) if self.when else problem

    @property
    def text(self) -> str:
        rule = self.rule.text(self.field)
        return f"{self.when.text}: {rule}" if self.when else rule

    @property
    def known(self) -> KnownFlags | None:
        return self.rule if isinstance(self.rule, KnownFlags) else None

    @property
    def to_top(self) -> UserRange | None:
        return self.rule if isinstance(self.rule, UserRange) and self.rule.to_top else None


# -- size policy ----------------------------------------------------------------


class StepInputs(Protocol):
    """What a size step's ``build`` asks of the model builder."""

    def value(self, ref: int | str) -> Value: ...

    @property
    def first(self) -> tuple[str, int, str]:
        """The first version's name, size and size macro."""
        ...

    @property
    def struct(self) -> str:
        """The uapi struct's name."""
        ...

    def field_end(self, key: str, name: str) -> int | None:
        """The first byte past field ``name``, which the policy's ``key`` names (None, and
        reported at ``key``, if no field has that name)."""
        ...


class SizeStep(ABC):
    """One test of the caller's size, before anything is copied.

    A size step is one entry: its spec name (``NAME``, registered in :data:`SIZE_STEPS`; the
    ``checks:`` list of a size policy names it, or ``FLAG`` turns it on), the key of its errno
    (``ERRNO_KEY``), how the builder makes it (``build``), what the ABI diff compares
    (``params``) and its renderings.
    """

    NAME: ClassVar[str]
    ERRNO_KEY: ClassVar[str]
    FLAG: ClassVar[str | None] = None  # a boolean key that adds the step after the listed ones
    KEYS: ClassVar[tuple[str, ...]] = ()  # the policy's other keys that build reads
    errno: str

    @classmethod
    @abstractmethod
    def build(cls, size: Mapping[str, Any], src: StepInputs) -> SizeStep:
        """The step of one (schema-valid) size policy."""

    def params(self) -> dict[str, Value]:
        """The numbers a later revision may change, by spec key (the ABI diff's view)."""
        return {}

    def problems(self, source: str, first_size: int) -> list[tuple[str, str]]:
        """What the checks on the model refuse in this step of a policy whose size comes from
        ``source``, as (the policy's key, message)."""
        return []

    @abstractmethod
    def c(self, r: Ref) -> str: ...

    @abstractmethod
    def py(self, r: Ref) -> str: ...

    @abstractmethod
    def rust(self, r: Ref) -> str: ...

    @abstractmethod
    def go(self, r: Ref) -> str: ...

    @abstractmethod
    def libc(self, size: str, prefix: str) -> str:
        """The failure condition in the libc source: the page size from sysconf(), the size
        macros with the libc's ``prefix``."""

    @property
    @abstractmethod
    def requirement(self) -> str: ...

    @property
    @abstractmethod
    def sentence(self) -> str: ...


# Every size step by its spec name.
SIZE_STEPS: dict[str, type[SizeStep]] = {}
_S = TypeVar("_S", bound=type[SizeStep])


def _size_step(cls: _S) -> _S:
    assert cls.NAME not in SIZE_STEPS, cls.NAME
    SIZE_STEPS[cls.NAME] = cls
    return cls


@_size_step
@dataclass(frozen=True)
class TooLarge(SizeStep):
    NAME = "too_large"
    ERRNO_KEY = "too_large_errno"
    KEYS = ("max",)
    limit: Value
    errno: str

    @classmethod
    def build(cls, size: Mapping[str, Any], src: StepInputs) -> SizeStep:
        return cls(src.value(setting(size, "size_policy", "max")), size[cls.ERRNO_KEY])

    def params(self) -> dict[str, Value]:
        return {"max": self.limit}

    def c(self, r: Ref) -> str:
        return f"{r.size} > {self.limit.c}"

    def py(self, r: Ref) -> str:
        return f"{r.size} > {self.limit.py}"

    def rust(self, r: Ref) -> str:
        return f"({r.size} as u64) > {self.limit.rust}"

    def go(self, r: Ref) -> str:
        return f"{r.size} > {self.limit.go}"

    def libc(self, size: str, prefix: str) -> str:
        page = self.limit.kind == "page_size"
        return f"{size} > {'(size_t)sysconf(_SC_PAGESIZE)' if page else c_int(self.limit.value)}"

    @property
    def requirement(self) -> str:
        return f"size <= {self.limit.text}"

    @property
    def sentence(self) -> str:
        return f"A size above {self.limit.text} fails with {self.errno}"


@_size_step
@dataclass(frozen=True)
class TooSmall(SizeStep):
    """A size below the smallest the kernel takes: VER0's, or with ``min_end`` the end of a
    field inside VER0 (landlock's copy_min_struct_from_user(), PROCMAP_QUERY): a size from
    there up to VER0 is taken, the fields it does not reach as zero."""

    NAME = "too_small"
    ERRNO_KEY = "too_small_errno"
    KEYS = ("min_end",)
    version: str
    size: int  # the smallest size taken
    macro: str
    errno: str
    end_of: str | None = None  # min_end: the field whose end is the smallest size
    struct: str = ""  # with end_of: the uapi struct, for offsetofend()

    @classmethod
    def build(cls, size: Mapping[str, Any], src: StepInputs) -> SizeStep:
        name = size.get("min_end")
        end = src.field_end("min_end", name) if name else None
        if end is None:
            return cls(*src.first, size[cls.ERRNO_KEY])
        version, _, macro = src.first
        return cls(version, end, macro, size[cls.ERRNO_KEY], name, src.struct)

    def params(self) -> dict[str, Value]:
        return {"min": Value(self.size)}

    def problems(self, source: str, first_size: int) -> list[tuple[str, str]]:
        if self.end_of is None:
            return []
        if source == "ioctl":
            why = "min_end needs a size argument or field: an ioctl number matches from VER0 up"
            return [("min_end", why)]
        if self.size > first_size:
            return [
                (
                    "min_end",
                    f"min_end field {self.end_of!r} ends at {self.size}, past VER0's "
                    f"{first_size} bytes: it must be a field of VER0",
                )
            ]
        return []

    def c(self, r: Ref) -> str:
        if self.end_of:
            return f"{r.size} < offsetofend(struct {self.struct}, {self.end_of})"
        return f"{r.size} < {self.macro}"

    def py(self, r: Ref) -> str:
        return f"{r.size} < {self.size}"

    def rust(self, r: Ref) -> str:
        return f"{r.size} < {self.size if self.end_of else f'SIZE_{self.version}'}"

    def go(self, r: Ref) -> str:
        return f"{r.size} < {self.size if self.end_of else f'SIZE_{self.version}'}"

    def libc(self, size: str, prefix: str) -> str:
        return f"{size} < {c_int(self.size) if self.end_of else prefix + self.macro}"

    @property
    def requirement(self) -> str:
        if self.end_of:
            return f"size >= offsetofend({self.end_of}) ({self.size})"
        return f"size >= {self.macro} ({self.size})"

    @property
    def sentence(self) -> str:
        if self.end_of:
            return (
                f"A size below the end of {self.end_of} ({self.size} bytes) fails with "
                f"{self.errno}; a size from there up to {self.version} is taken, the fields it "
                "does not reach as zero"
            )
        return f"A size below {self.version} ({self.size} bytes) fails with {self.errno}"


@_size_step
@dataclass(frozen=True)
class Misaligned(SizeStep):
    NAME = "misaligned"
    ERRNO_KEY = "misaligned_errno"
    FLAG = "multiple_of_8"
    errno: str

    @classmethod
    def build(cls, size: Mapping[str, Any], src: StepInputs) -> SizeStep:
        return cls(setting(size, "size_policy", cls.ERRNO_KEY))

    def c(self, r: Ref) -> str:
        return f"{r.size} & 7"

    def py(self, r: Ref) -> str:
        return f"{r.size} % 8"

    def rust(self, r: Ref) -> str:
        return f"{r.size} % 8 != 0"

    def go(self, r: Ref) -> str:
        return f"{r.size}%8 != 0"

    def libc(self, size: str, prefix: str) -> str:
        return f"{size} & 7"

    @property
    def requirement(self) -> str:
        return "size is a multiple of 8"

    @property
    def sentence(self) -> str:
        return f"A size that is not a multiple of 8 fails with {self.errno}"


@dataclass(frozen=True)
class ZeroMeans:
    """A size of zero stands for a version (sched_attr: 0 means VER0, an ABI quirk)."""

    version: str
    size: int
    macro: str

    @property
    def sentence(self) -> str:
        return f"A size of 0 means {self.version} ({self.size} bytes), an ABI quirk"


@dataclass(frozen=True)
class Ioctl:
    """The size is encoded in an ioctl number: _IOC(dir, type, nr, size)."""

    type: int
    nr: int
    dir: str  # read, write, read_write

    @property
    def macro(self) -> str:
        return {"read": "_IOR", "write": "_IOW", "read_write": "_IOWR"}[self.dir]


@dataclass(frozen=True)
class SizePolicy:
    """How the kernel treats the caller's size, step by step, in order."""

    source: str  # argument, field or ioctl
    field: str | None
    steps: tuple[SizeStep, ...]
    tail_errno: str | None  # None: the kernel only writes the struct
    latest: int
    zero_means_ver0: bool  # as the ABI diff compares it
    write_back: bool  # a size error writes the kernel's size into the size field
    pos: Pos  # the syscall.size mapping
    zero_means: ZeroMeans | None = None
    report: str | None = (
        None  # min: the kernel stores min(caller's size, its size) in the size field
    )
    ioctl: Ioctl | None = None
    field_type: str = "u32"  # the kernel type of the size field (source: field)
    truncated_mask: str | None = None  # kept or cleared: mask bits of fields cut off by the size
    permission: tuple[ArgCheck, ...] = ()  # kernel predicates after the size steps, before the copy
    permission_headers: tuple[str, ...] = ()  # the headers that declare them
    # As written (the checks on the model ask):
    limit: Value | None = None  # max, listed step or not (None: a policy made by hand)
    written_errnos: tuple[tuple[str, str], ...] = ()  # (key, errno) of each errno key written
    written_field: str | None = None  # field (report: min takes the syscall's size field)
    written_zero_means: str | None = None  # zero_means, a version or not
    written_zero_means_ver0: bool = False
    written: tuple[str, ...] = ()  # the keys the spec writes (the others take their defaults)

    @property
    def tail_via_helper(self) -> bool:
        """copy_struct_from_user() gives E2BIG for a non-zero tail by itself."""
        return self.tail_errno == "E2BIG"

    @property
    def from_field(self) -> bool:
        return self.source == "field"

    @property
    def errnos(self) -> tuple[str, ...]:
        """The errnos of the size steps and the tail, in order, each once."""
        names = [s.errno for s in self.steps] + ([self.tail_errno] if self.tail_errno else [])
        return tuple(dict.fromkeys(names))

    @property
    def tail_requirement(self) -> str:
        return "bytes past the known struct (when size is larger) are zero"

    @property
    def sentences(self) -> tuple[str, ...]:
        """The policy in words, one rule a line."""
        lines = [f"{self.zero_means.sentence}."] if self.zero_means else []
        lines += [
            f"{s.sentence}{' (checked first)' if i == 0 else ''}." for i, s in enumerate(self.steps)
        ]
        if not any(isinstance(s, Misaligned) for s in self.steps):
            lines.append("There is no alignment rule: every size in between is accepted.")
        if self.ioctl:
            lines.insert(
                0,
                f"The size is part of the ioctl number ({self.ioctl.macro}(): direction, type "
                f"{self.ioctl.type:#x}, number {self.ioctl.nr}, size): every size from VER0 up "
                "matches; a smaller one or another direction never reaches the handler.",
            )
        if self.tail_errno:
            lines.append(
                f"A size larger than {self.latest} bytes is accepted only if the bytes beyond the "
                f"known struct are zero, else {self.tail_errno}, before any field is looked at."
            )
        else:
            lines.append(
                f"A size larger than {self.latest} bytes gets the struct and zeros after it; "
                "a smaller one gets the struct cut to its size (copy_struct_to_user())."
            )
        for p in self.permission:
            lines.append(
                f"Then {p.name}() must allow the call, else {p.errno}: a permission check "
                "before the struct is read."
            )
        if self.write_back:
            lines.append(
                f"On any of these errors the kernel first writes its own size ({self.latest}) "
                f"into {self.field}, so the caller learns what it knows."
            )
        if self.truncated_mask == "kept":
            lines.append(
                "The kernel sets the mask bit of every field it filled, even one the caller's "
                "size cuts off: a bit says the kernel filled the field, not that the caller "
                "received it. The uapi comment says such bits are left out; Linux 7.3's code and "
                "the running kernels checked (6.18) do return them."
            )
        elif self.truncated_mask == "cleared":
            lines.append(
                "The kernel leaves out the mask bits of fields the caller's size cuts off."
            )
        if self.report == "min":
            lines.append(
                f"The kernel stores the smaller of the caller's size and its own in {self.field}."
            )
        return tuple(lines)


# -- clamps and argument checks ---------------------------------------------------


@dataclass(frozen=True)
class Clamp:
    """A field the kernel clamps into [low, high] instead of refusing it."""

    field: str
    low: Value
    high: Value
    doc: str
    pos: Pos

    def c(self, r: Ref) -> str:
        """The C statement that clamps the field."""
        f = r.field(self.field)
        return f"{f} = clamp({f}, {self.low.c}, {self.high.c});"

    def py(self, value: str) -> str:
        """A Python expression: ``value`` clamped."""
        return f"max({self.low.py}, min({self.high.py}, {value}))"

    @property
    def text(self) -> str:
        return (
            f"{self.field} is clamped to [{self.low.text}, {self.high.text}]: "
            "a value outside is not refused"
        )


class AdjustInputs(Protocol):
    """What an adjust step's ``build`` asks of the model builder."""

    def known(self, name: str) -> bool:
        """Whether the release has the flag or constant."""
        ...

    def kept(self, field: str) -> bool:
        """Whether the release has the field."""
        ...

    def mask(self, names: Iterable[str]) -> Mask: ...

    def condition(self, when: Mapping[str, Any] | None) -> tuple[bool, Condition | None]:
        """(never, condition) of a ``when:``: never when it cannot hold on the release."""
        ...


class Adjust(ABC):
    """One ``adjust`` step: what the copy-in does to the struct after the copy, before any
    check. One entry each: the key that selects it (``KEY``, registered in :data:`ADJUSTS`),
    how the builder makes it and which names it must resolve (``resolve``), how the ABI diff classifies
    its coming and going (``ABI``) and its renderings."""

    KEY: ClassVar[str]
    ABI: ClassVar[str]  # "breaking" or "compatible": a step added, removed or changed
    pos: Pos

    @classmethod
    @abstractmethod
    def build(cls, a: Mapping[str, Any], src: AdjustInputs, pos: Pos) -> Adjust | None:
        """The step of one (schema-valid) entry, or None if it does nothing on the release."""

    @classmethod
    def resolve(cls, a: Mapping[str, Any], names: Names, base: SpecPath) -> None:
        """Report (through ``names``) what the entry names that does not resolve."""
        return  # most steps: nothing beyond the schema

    @property
    @abstractmethod
    def text(self) -> str: ...

    @abstractmethod
    def c_lines(self, r: Ref, pointer: str) -> tuple[str, ...]:
        """The C lines of the step (``pointer``: the struct's), tab-indented below the first."""

    @property
    def headers(self) -> tuple[str, ...]:
        """The kernel headers the step's C needs."""
        return ()


# Every adjust step by the key that selects it.
ADJUSTS: dict[str, type[Adjust]] = {}
_A = TypeVar("_A", bound=type[Adjust])


def _adjust(cls: _A) -> _A:
    assert cls.KEY not in ADJUSTS, cls.KEY
    ADJUSTS[cls.KEY] = cls
    return cls


@_adjust
@dataclass(frozen=True)
class Hook(Adjust):
    """``adjust: call``: a kernel function the copy-in hands the copied struct to (an audit
    record); it changes nothing a check sees."""

    KEY = "call"
    ABI = "compatible"
    function: str
    header: str
    doc: str
    pos: Pos

    @classmethod
    def build(cls, a: Mapping[str, Any], src: AdjustInputs, pos: Pos) -> Adjust | None:
        return cls(a["call"], a["header"], a["doc"], pos)

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.header,)

    def c_lines(self, r: Ref, pointer: str) -> tuple[str, ...]:
        return (self.c(pointer),)

    def c(self, pointer: str) -> str:
        """The C statement, given the pointer to the struct (``kargs``)."""
        return f"{self.function}({pointer});"

    @property
    def text(self) -> str:
        return f"the copied struct is passed to {self.function}()"


@_adjust
@dataclass(frozen=True)
class SetBits(Adjust):
    """``adjust: set``: bits the copy-in sets in a field before anything checks it."""

    KEY = "set"
    ABI = "breaking"
    field: str
    mask: Mask
    when: Condition | None
    predicate: str | None  # a kernel function-like macro that must also hold
    doc: str
    pos: Pos

    @classmethod
    def build(cls, a: Mapping[str, Any], src: AdjustInputs, pos: Pos) -> Adjust | None:
        names = [n for n in a["set"] if src.known(n)]
        if not names or not src.kept(a["field"]):
            return None
        never, condition = src.condition(a.get("when"))
        if never:
            return None  # can never apply on this release
        return cls(a["field"], src.mask(names), condition, a.get("predicate"), a["doc"], pos)

    @classmethod
    def resolve(cls, a: Mapping[str, Any], names: Names, base: SpecPath) -> None:
        if a["field"] not in names.field_names:
            names.unknown(
                base + ("field",),
                base,
                f"unknown field {a['field']!r}" + did_you_mean(a["field"], names.field_names),
            )
            return
        for j, n in enumerate(a["set"]):
            names.flag_of(base + ("set", j), base, n, a["field"])
        names.condition(base, a.get("when"))

    def c_lines(self, r: Ref, pointer: str) -> tuple[str, ...]:
        test, statement = self.c(r)
        return (test, "\t" + statement) if test else (statement,)

    def c(self, r: Ref) -> tuple[str, str]:
        """The C ``if`` line (empty when unconditional) and the assignment."""
        tests = []
        if self.when:
            tests.append(self.when.c(r).removesuffix(" &&"))
        if self.predicate:
            tests.append(f"{self.predicate}()")
        f = r.field(self.field)
        return (f"if ({' && '.join(tests)})" if tests else "", f"{f} |= {self.mask.c};")

    @property
    def text(self) -> str:
        conds = [self.when.text.removeprefix("when ")] if self.when else []
        if self.predicate:
            conds.append(f"{self.predicate}() holds")
        when = f" when {' and '.join(conds)}" if conds else ""
        return f"{self.field} gets {self.mask.text} set{when}"


@dataclass(frozen=True)
class ArgCheck:
    """A check of a system call argument (or a kernel predicate) before the struct is copied."""

    rule: str  # zero, non_negative, mask or function
    name: str  # the argument, or the kernel function
    errno: str
    doc: str
    allowed: int = 0  # mask: the bits the argument may have

    @property
    def c(self) -> str:
        if self.rule == "zero":
            return self.name
        if self.rule == "mask":
            return f"{self.name} & ~{c_int(self.allowed)}"
        if self.rule == "non_negative":
            return f"{self.name} < 0"
        return f"!{self.name}()"

    @property
    def text(self) -> str:
        if self.rule == "zero":
            return f"{self.name} == 0"
        if self.rule == "non_negative":
            return f"{self.name} >= 0"
        if self.rule == "mask":
            return f"{self.name} has no bits outside {c_int(self.allowed)}"
        return f"{self.name}() allows it (checked before the struct is read)"
