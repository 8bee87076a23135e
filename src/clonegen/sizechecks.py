"""The checks on the model of size policies and struct entry points.

A size policy is the syscall's (``syscall.size``) or a struct entry point's own (``size``);
each is checked with the direction of the entry points it serves. The names a policy or an
entry point gives that do not resolve (errnos, the size field, the version a size of zero
means, arguments) are the builder's to report; these checks see only what resolved.
"""

from __future__ import annotations

from collections.abc import Iterator

from clonegen.checks import Report, check
from clonegen.model import Spec
from clonegen.rules import SizePolicy, TooLarge, TooSmall

# What only a struct entry point says: a register entry point written with one is refused.
STRUCT_ENTRY_KEYS = (
    "direction",
    "numbers",
    "size",
    "trailing_arguments",
    "common_function",
    "null_errno",
    "null_allowed_without_size",
    "before_copy",
    "common_errors",
)


def policies(spec: Spec) -> Iterator[tuple[SizePolicy, str]]:
    """Every size policy the spec writes, with the direction of the entry points it serves:
    the syscall's, then each entry point's own."""
    yield spec.size, spec.direction
    for e in spec.entry_points:
        if e.size is not None:
            yield e.size, e.direction


@check
def size_tail(spec: Spec, report: Report) -> None:
    """A struct the kernel reads says how a non-zero byte past the known struct fails."""
    for p, direction in policies(spec):
        if direction != "out" and p.tail_errno is None:
            report(
                p.pos,
                (),
                "a struct the kernel reads needs tail_errno: the errno of a non-zero byte past "
                "the known struct",
            )


@check
def size_source(spec: Spec, report: Report) -> None:
    """A size field is an unsigned integer of VER0; only a size the caller stores in the
    struct has a size of zero that means a version."""
    fields = {f.name: f for f in spec.fields}
    first = spec.versions[0].name
    for p, _ in policies(spec):
        if p.source == "field":
            f = fields.get(p.written_field or "")
            if f is None:
                pass  # the builder reported the name
            elif f.version.name != first:
                report(p.pos, ("field",), "the size field must be part of VER0")
            elif f.role != "integer" or (f.declared_type or "__u64") not in ("__u32", "__u64"):
                report(
                    p.pos,
                    ("field",),
                    f"size field {f.name!r} must be an integer of uapi type __u32 or __u64",
                )
        elif p.written_field is not None:
            report(p.pos, ("field",), "only a size read from a field (source: field) names one")
        zero = p.written_zero_means
        if p.written_zero_means_ver0 and zero not in (None, first):
            report(p.pos, ("zero_means",), "zero_means_ver0 and zero_means disagree")
        if zero is not None and p.source == "argument":
            report(
                p.pos,
                ("zero_means",),
                "zero_means applies to a size the caller stores in the struct "
                "(source: field or ioctl), not to an argument",
            )


@check
def size_report(spec: Spec, report: Report) -> None:
    """What the kernel writes back: its size on an error, the size it filled, mask bits."""
    for p, direction in policies(spec):
        if p.write_back:
            if p.source != "field":
                report(
                    p.pos,
                    ("write_back",),
                    "the kernel writes its size back into the struct's size field: "
                    "write_back needs source: field",
                )
            keys = (TooSmall.ERRNO_KEY, TooLarge.ERRNO_KEY, "tail_errno")
            errnos = {errno for key, errno in p.written_errnos if key in keys}
            if len(errnos) > 1:
                report(
                    p.pos,
                    ("write_back",),
                    "with write_back every size error writes the size and fails the same way: "
                    f"too_small_errno, too_large_errno and tail_errno must agree, not "
                    f"{', '.join(sorted(errnos))}",
                )
        if p.report is not None:
            if direction == "in":
                report(p.pos, ("report",), "only a struct the kernel writes reports its size")
            elif spec.size.source != "field":
                report(
                    p.pos,
                    ("report",),
                    "report: min writes into the struct's size field; "
                    "name it with syscall.size.source: field",
                )
        if p.truncated_mask and not spec.mask_flags:
            report(
                p.pos,
                ("truncated_mask",),
                "truncated_mask says what happens to mask bits of fields cut off by the caller's "
                "size: it needs flags that name the fields they fill (fills)",
            )


@check
def size_ioctl(spec: Spec, report: Report) -> None:
    """A size in an ioctl number: an answered ioctl on a descriptor, ENOTTY below VER0."""
    for p, direction in policies(spec):
        if p.source != "ioctl":
            continue
        if direction == "in":
            report(
                p.pos,
                ("source",),
                "an extensible ioctl here is one the kernel answers: direction out or in_out",
            )
        for e in spec.struct_entries:
            args = e.arguments
            if len(args) != 1 or args[0].type != "int":
                report(
                    e.pos,
                    ("arguments",),
                    f"the ioctl {e.name} takes one argument before the struct: the file "
                    "descriptor, of type int",
                )
        if dict(p.written_errnos).get(TooSmall.ERRNO_KEY) != "ENOTTY":
            report(
                p.pos,
                (TooSmall.ERRNO_KEY,),
                "an ioctl whose number encodes a size below VER0 never reaches the handler: "
                "the kernel answers ENOTTY",
            )


@check
def size_limit(spec: Spec, report: Report) -> None:
    """The latest version fits under the size limit (max)."""
    latest = spec.versions[-1]
    for p, _ in policies(spec):
        if p.limit is not None and latest.size > p.limit.value:
            shown = p.limit.name or p.limit.value  # PAGE_SIZE by name, a number as written
            report(
                p.pos,
                ("max",),
                f"the latest version ({latest.size} bytes) is larger than the size limit {shown}",
            )


@check
def struct_entry_keys(spec: Spec, report: Report) -> None:
    """Only a struct entry point takes a struct's keys; the one the syscall names takes its
    numbers and size from the syscall, another has numbers of its own."""
    main = spec.syscall
    for e in spec.entry_points:
        if not e.is_struct:
            for key in STRUCT_ENTRY_KEYS:
                if key in e.written:
                    report(e.pos, (key,), f"only a struct entry point takes {key}", at_key=True)
        elif e.name == main:
            for key in ("numbers", "size"):
                if key in e.written:
                    report(
                        e.pos,
                        (key,),
                        f"entry point {main} takes its {key} from syscall.{key}",
                        at_key=True,
                    )
        elif "numbers" not in e.written:
            report(e.pos, (), f"struct entry point {e.name} needs numbers (its own syscall)")


@check
def entry_arguments(spec: Spec, report: Report) -> None:
    """An entry point names each of its arguments once, those after the struct too."""
    for e in spec.entry_points:
        seen: set[str] = set()
        for key, args in (("arguments", e.arguments), ("trailing_arguments", e.trailing_arguments)):
            for j, a in enumerate(args):
                if a.name in seen:
                    report(
                        e.pos, (key, j, "name"), f"argument {a.name!r} of {e.name} is named twice"
                    )
                seen.add(a.name)


@check
def null_rule(spec: Spec, report: Report) -> None:
    """A struct entry point that lets a NULL struct through without a size says how NULL fails
    otherwise."""
    for e in spec.struct_entries:
        if e.null_allowed_without_size and e.null_errno is None:
            report(
                e.pos,
                ("null_allowed_without_size",),
                "null_allowed_without_size qualifies null_errno: add null_errno",
            )


@check
def request_fields(spec: Spec, report: Report) -> None:
    """A request field asks the kernel for something: some entry point writes the struct."""
    if spec.direction != "in" or any(e.writes for e in spec.struct_entries):
        return
    for f in spec.request_fields:
        report(
            f.pos,
            ("request",),
            f"field {f.name!r} is a request field, but no entry point writes the "
            "struct (direction: out or in_out)",
        )
