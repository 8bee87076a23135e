"""The kernel struct's layout (clonegen.klayout) against pahole, on every architecture.

Each spec's kernel struct is compiled exactly as the generated header spells it (the
header's own text, with typedefs for the kernel's types) by the architecture's gcc with
``-g -c``; pahole reads the object's DWARF. Every member's offset, bit offset and size,
every hole, the padding and the size must be pahole's. Random structs of the kernel's
types and bitfields prove the rules beyond the five specs, and mutations (a member moved,
a wrong ABI fact, a hole miscounted) prove that the comparison catches a difference.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import random
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, cli
from ctools import arch_flags, require, require_arch

from clonegen import arch as arch_facts
from clonegen import klayout
from clonegen.cli import layout_table
from clonegen.klayout import Layout, Member
from clonegen.layout import UAPI_TYPES
from clonegen.model import Spec
from clonegen.pipeline import model_of
from clonegen.views.c import declaration

SPECS = sorted((ROOT / "spec").glob("*.yaml"))
ARCHES = arch_facts.WITH_ABI
# The kernel's types as the generated headers use them (include/linux/types.h and the
# uapi asm-generic/int-ll64.h), for a compile outside a kernel tree.
PRELUDE = """\
#define __user
typedef unsigned char __u8;
typedef unsigned short __u16;
typedef unsigned int __u32;
typedef int __s32;
typedef unsigned long long __u64;
typedef long long __s64;
typedef __u64 __aligned_u64 __attribute__((aligned(8)));
typedef __u8 u8;
typedef signed char s8;
typedef __u16 u16;
typedef short s16;
typedef __u32 u32;
typedef __s32 s32;
typedef __u64 u64;
typedef __s64 s64;
typedef unsigned short umode_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned long size_t;
typedef long ssize_t;
typedef long long loff_t;
typedef _Bool bool;
"""


@dataclass(frozen=True)
class Seen:
    """A struct as pahole (or clonegen's pahole-style output) shows it."""

    members: tuple[tuple[str, int, int | None, int], ...]  # (name, offset, bit offset, size)
    holes: tuple[tuple[str, int, int], ...]  # (member, bytes, bits) of each hole after one
    size: int
    padding: int
    bit_padding: int
    # the summary's sums (bytes of whole members, bits of bitfields), None where not printed;
    # None: not compared (clonegen's Layout, which has no printing rules)
    sums: tuple[int | None, int | None] | None = None


MEMBER = re.compile(
    r"^\t(?P<decl>.*?);\s+/\*\s*(?P<off>\d+)(?::\s*(?P<bit>\d+))?\s+(?P<size>\d+) \*/$"
)
HOLE = re.compile(r"/\* XXX (\d+) (bit|byte)s? hole")
SIZE = re.compile(r"/\* size: (\d+),")
PADDING = re.compile(r"/\* padding: (\d+) \*/")
BIT_PADDING = re.compile(r"/\* bit_padding: (\d+) bits \*/")
SUMS = re.compile(r"/\* sum (members|bitfield members): (\d+)")


def parse(text: str) -> dict[str, Seen]:
    """Every struct of pahole's output, by name (also reads ``layout --kernel-struct``)."""
    found: dict[str, Seen] = {}
    for m in re.finditer(r"^struct (\w+) \{\n(.*?)^\}", text, re.M | re.S):
        members: list[tuple[str, int, int | None, int]] = []
        holes: dict[str, list[int]] = {}
        size = padding = bit_padding = -1
        sums: list[int | None] = [None, None]
        for line in m.group(2).splitlines():
            if mm := MEMBER.match(line):
                decl = mm.group("decl")
                name = re.search(r"\(\*(\w+)\)|(\w+)(?::\d+)?$", decl)
                assert name, line
                bit = mm.group("bit")
                members.append(
                    (
                        name.group(1) or name.group(2),
                        int(mm.group("off")),
                        int(bit) if bit is not None else None,
                        int(mm.group("size")),
                    )
                )
            elif h := HOLE.search(line):
                hole = holes.setdefault(members[-1][0], [0, 0])
                hole[h.group(2) == "bit"] += int(h.group(1))
            elif s := SIZE.search(line):
                size = int(s.group(1))
            elif p := PADDING.search(line):
                padding = int(p.group(1))
            elif b := BIT_PADDING.search(line):
                bit_padding = int(b.group(1))
            elif t := SUMS.search(line):
                sums[t.group(1) != "members"] = int(t.group(2))
        found[m.group(1)] = Seen(
            tuple(members),
            tuple((n, b[0], b[1]) for n, b in holes.items()),
            size,
            max(padding, 0),
            max(bit_padding, 0),
            (sums[0], sums[1]),
        )
    return found


def seen(layout: Layout) -> Seen:
    """clonegen's layout in the shape the parser gives pahole's."""
    return Seen(
        tuple((s.member.name, s.offset, s.bit_offset, s.size) for s in layout.slots),
        tuple((s.member.name, s.hole, s.bit_hole) for s in layout.slots if s.hole or s.bit_hole),
        layout.size,
        layout.padding,
        layout.bit_padding,
    )


def mismatches(ours: Seen, theirs: Seen) -> list[str]:
    """Each difference between clonegen's layout and pahole's, in words."""
    out = []
    for a, b in zip(ours.members, theirs.members):
        if a != b:
            out.append(f"member: clonegen {a}, pahole {b}")
    if len(ours.members) != len(theirs.members):
        out.append(f"members: clonegen {len(ours.members)}, pahole {len(theirs.members)}")
    if ours.holes != theirs.holes:
        out.append(f"holes: clonegen {ours.holes}, pahole {theirs.holes}")
    for what in ("size", "padding", "bit_padding", "sums")[: 4 if ours.sums else 3]:
        if getattr(ours, what) != getattr(theirs, what):
            out.append(f"{what}: clonegen {getattr(ours, what)}, pahole {getattr(theirs, what)}")
    return out


def header_struct(spec: Spec) -> str:
    """The kernel struct's declaration as the generated header writes it, forward
    declarations included (the uapi header's, for a struct shared with it)."""
    shared = spec.kernel.struct == spec.uapi.struct
    header = ROOT / "generated" / spec.name / (spec.uapi.header if shared else spec.kernel.header)
    text = header.read_text()
    block = re.search(rf"^struct {spec.kernel.struct} \{{\n.*?^\}};\n", text, re.M | re.S)
    assert block, f"{header}: no struct {spec.kernel.struct}"
    forward = re.findall(r"^struct \w+;\n", text, re.M)
    return "".join(forward) + block.group(0)


def c_struct(name: str, members: Sequence[Member]) -> str:
    """A struct of klayout members, each declared as the kernel header declares one."""
    body = "".join(f"\t{declaration(m.ctype, m.name, m.bits)};\n" for m in members)
    return f"struct {name} {{\n{body}}};\n"


def pahole(arch: str, source: str, tmp: Path) -> dict[str, Seen]:
    """Compile ``source`` for ``arch`` with -g -c and parse what pahole says of its structs."""
    gcc = require_arch(arch)
    tool = require("pahole")
    tmp.mkdir(exist_ok=True)
    src, obj = tmp / f"{arch}.c", tmp / f"{arch}.o"
    src.write_text(PRELUDE + source)
    cmd = [gcc, *arch_flags(arch), "-g", "-c", "-fno-eliminate-unused-debug-types"]
    proc = subprocess.run([*cmd, str(src), "-o", str(obj)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    out = subprocess.run([tool, str(obj)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return parse(out.stdout)


@functools.cache
def models() -> tuple[Spec, ...]:
    return tuple(model_of(p) for p in SPECS)


@functools.cache
def spec_pahole(arch: str, tmp: Path) -> dict[str, Seen]:
    return pahole(arch, "".join(header_struct(s) for s in models()), tmp / "specs")


@pytest.fixture(scope="module")
def tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("klayout")


@pytest.mark.parametrize("arch", ARCHES)
def test_every_kernel_struct_is_laid_out_as_pahole_reads_it(arch: str, tmp: Path) -> None:
    theirs = spec_pahole(arch, tmp)
    assert len(models()) == len(SPECS) >= 6
    for spec in models():
        (ours,) = klayout.layouts(spec, (arch,))
        assert spec.kernel.struct in theirs, f"pahole shows no struct {spec.kernel.struct}"
        assert not mismatches(seen(ours), theirs[spec.kernel.struct]), (spec.name, arch)


@pytest.mark.parametrize("arch", ARCHES)
def test_the_kernel_struct_output_reads_as_pahole(arch: str, tmp: Path) -> None:
    """``layout --kernel-struct --arch A``, parsed as pahole's output, says what pahole says."""
    theirs = spec_pahole(arch, tmp)
    for spec, path in zip(models(), SPECS):
        code, out, err = cli("layout", "--kernel-struct", str(path), "--arch", arch)
        assert code == 0, err
        printed = parse(out)
        assert list(printed) == [spec.kernel.struct]
        assert not mismatches(printed[spec.kernel.struct], theirs[spec.kernel.struct])


# The kernel's types a random member may have, and the bitfield types the schema admits.
TYPES = (
    "u8", "s16", "umode_t", "u32", "int", "pid_t", "unsigned long", "size_t", "u64",
    "loff_t", "bool", "char", "void *", "int __user *", "const char *", "struct cgroup *",
    "int (*)(void *)",
)  # fmt: skip
BITFIELD_TYPES = ("u32", "int", "unsigned int", "u64", "unsigned long")


def random_structs(seed: int, count: int) -> list[tuple[str, tuple[Member, ...]]]:
    """``count`` structs of random kernel types and bitfield runs, the same for a seed."""
    rng = random.Random(seed)
    structs = []
    for i in range(count):
        members: list[Member] = []
        for j in range(rng.randint(1, 12)):
            if rng.random() < 0.35:
                bits = rng.choice((1, 1, 2, 3, 7, 16, 20, 31, 32))
                members.append(Member(f"m{j}", rng.choice(BITFIELD_TYPES), bits))
            else:
                members.append(Member(f"m{j}", rng.choice(TYPES)))
        structs.append((f"r{i}", tuple(members)))
    return structs


RANDOM = random_structs(20261206, 60)


@functools.cache
def random_pahole(arch: str, tmp: Path) -> dict[str, Seen]:
    source = "struct cgroup;\n" + "".join(c_struct(n, ms) for n, ms in RANDOM)
    return pahole(arch, source, tmp / "random")


def random_mismatches(arch: str, tmp: Path) -> dict[str, list[str]]:
    """The random structs whose layout on ``arch`` is not pahole's, with the differences."""
    theirs = random_pahole(arch, tmp)
    assert sorted(theirs) == sorted(n for n, _ in RANDOM)
    found = {}
    for name, ms in RANDOM:
        layout = klayout.place(name, arch, ms)
        printed = parse(klayout.as_pahole(layout))[name]  # as `layout --kernel-struct` prints it
        found[name] = mismatches(seen(layout), theirs[name]) + mismatches(printed, theirs[name])
    return {n: p for n, p in found.items() if p}


@pytest.mark.parametrize("arch", ARCHES)
def test_random_structs_are_laid_out_as_pahole_reads_them(arch: str, tmp: Path) -> None:
    assert not random_mismatches(arch, tmp)


def test_a_moved_member_is_caught(tmp: Path) -> None:
    """The model with kill_seq moved next to exit_signal no longer agrees with the header
    pahole read: the comparison names the members that moved."""
    spec = models()[[p.stem for p in SPECS].index("clone_args")]
    theirs = spec_pahole("x86_64", tmp)[spec.kernel.struct]
    order = list(klayout.members(spec))
    kill = next(m for m in order if m.name == "kill_seq")
    order.remove(kill)
    order.insert([m.name for m in order].index("exit_signal") + 1, kill)
    problems = mismatches(seen(klayout.place(spec.kernel.struct, "x86_64", order)), theirs)
    assert any("kill_seq" in p for p in problems), problems
    assert any(p.startswith("size") or p.startswith("padding") for p in problems), problems


def test_a_wrong_abi_fact_is_caught(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Were a u64 8-aligned inside an i386 struct (as on mips), the random structs with a
    u64 after a 4-byte member would be laid out otherwise than pahole reads them."""
    random_pahole("i386", tmp)
    i386 = arch_facts.ARCHES["i386"]
    monkeypatch.setitem(arch_facts.ARCHES, "i386", dataclasses.replace(i386, abi=arch_facts.ILP32))
    wrong = random_mismatches("i386", tmp)
    assert len(wrong) >= 5, wrong
    assert all(any(p.startswith(("member", "size", "holes")) for p in ps) for ps in wrong.values())


def test_a_miscounted_hole_is_caught(tmp: Path) -> None:
    spec = models()[[p.stem for p in SPECS].index("clone_args")]
    (ours,) = klayout.layouts(spec, ("x86_64",))
    umh = next(i for i, s in enumerate(ours.slots) if s.member.name == "umh")
    slots = list(ours.slots)
    slots[umh] = dataclasses.replace(slots[umh], bit_hole=3, hole=3)  # 3 bytes + 3 bits
    wrong = dataclasses.replace(ours, slots=tuple(slots))
    problems = mismatches(seen(wrong), spec_pahole("x86_64", tmp)[spec.kernel.struct])
    assert problems == ["holes: clonegen (('umh', 3, 3),), pahole (('umh', 0, 27),)"], problems


def _inserted(struct: Sequence[Member], after: str | None, new: Member) -> tuple[Member, ...]:
    at = len(struct) if after is None else [m.name for m in struct].index(after) + 1
    return (*struct[:at], new, *struct[at:])


def _unmoved(base: Seen, grown: Seen) -> bool:
    """The grown struct keeps the size and every member's place of the base one."""
    return grown.size == base.size and [m for m in grown.members if m[0] != "added"] == list(
        base.members
    )


LADDER = ("u64", "u32", "u16", "u8")  # a fit's type and the next larger one


def fit_cases(
    name: str, struct: Sequence[Member], arch: str
) -> list[tuple[str, tuple[Member, ...], bool]]:
    """(struct name, members, whether it should fit) for each member the fit says fits in a
    hole, inserted there, and the next larger one (a u8 where nothing is said to fit)."""
    cases = []
    for i, fit in enumerate(klayout.fits_of(name, struct, (arch,))):
        tried: list[tuple[Member, bool]] = [(Member("added", "u8"), False)]
        for ctype, _ in fit.largest:
            larger = LADDER[LADDER.index(ctype) - 1]
            tried = [(Member("added", ctype), True), (Member("added", larger), False)]
        if not fit.bits and any("bit" in gap for _, gap in fit.gaps):
            tried.append((Member("added", klayout.BITFIELD_UNIT, 1), False))
        for bits, _ in fit.bits:
            tried.append((Member("added", klayout.BITFIELD_UNIT, bits), True))
            if bits < 32:
                tried.append((Member("added", klayout.BITFIELD_UNIT, bits + 1), False))
        for j, (new, fits) in enumerate(tried):
            cases.append((f"{name}__{i}_{j}", _inserted(struct, fit.after, new), fits))
    return cases


def check_fits(
    arch: str, cases: list[tuple[str, tuple[Member, ...], bool]], base: dict[str, Seen], tmp: Path
) -> None:
    """pahole agrees with each case: a member that fits keeps the size and every offset."""
    source = "struct cgroup;\nstruct css_set;\n" + "".join(c_struct(n, ms) for n, ms, _ in cases)
    theirs = pahole(arch, source, tmp)
    for name, _, fits in cases:
        assert _unmoved(base[name.split("__")[0]], theirs[name]) == fits, (name, fits, theirs[name])


@pytest.mark.parametrize("arch", ARCHES)
def test_what_fits_in_a_hole_fits_and_no_more(arch: str, tmp: Path) -> None:
    """Each member the fit says fits, inserted there, leaves pahole's size and offsets as
    they were; the next larger one (a wider bitfield, a larger type) does not."""
    cases = [
        c for spec in models() for c in fit_cases(spec.kernel.struct, klayout.members(spec), arch)
    ]
    assert len(cases) >= 4  # clone_args' bitfield hole: a u16, a u32 (too large), 27 bits, 28
    check_fits(arch, cases, spec_pahole(arch, tmp), tmp / "fits")


@pytest.mark.parametrize("arch", ARCHES)
def test_what_fits_in_a_random_structs_hole_fits_and_no_more(arch: str, tmp: Path) -> None:
    cases = [c for name, struct in RANDOM[:30] for c in fit_cases(name, struct, arch)]
    assert len(cases) >= 30
    check_fits(arch, cases, random_pahole(arch, tmp), tmp / "random-fits")


CLONE = str(ROOT / "spec" / "clone_args.yaml")


def test_layout_without_the_option_prints_the_table_as_before() -> None:
    code, out, err = cli("layout", CLONE)
    assert (code, err) == (0, "")
    assert out == layout_table(model_of(Path(CLONE)))
    assert "struct kernel_clone_args" not in out


def test_the_kernel_struct_defaults_to_this_machines_architecture() -> None:
    here = arch_facts.machine_arch(os.uname().machine)
    if here not in ARCHES:
        pytest.skip(f"{os.uname().machine} has no known kernel data model")
    code, out, err = cli("layout", "--kernel-struct", CLONE)
    assert (code, err) == (0, "")
    assert out == cli("layout", "--kernel-struct", CLONE, "--arch", here)[1]
    assert re.findall(r"^/\* (\w+) \*/$", out, re.M) == [here]


def test_all_architectures_and_where_a_member_fits() -> None:
    code, out, err = cli("layout", "--kernel-struct", CLONE, "--arch", "all")
    assert (code, err) == (0, "")
    assert re.findall(r"^/\* (\w+) \*/$", out, re.M) == list(ARCHES)
    assert len(parse(out)) == 1  # one name, nine times: the parser keeps the last
    assert out.count("\t/* XXX 27 bits hole */\n") == 9
    assert out.count("\t/* padding: 4 */\n") == 6  # the six 64-bit architectures
    tail = out.split("Where a new kernel-only member fits", 1)[1].splitlines()[1:]
    assert tail == [
        "- after umh (hole: 27 bits on all nine architectures): a u16 or smaller on all nine "
        "architectures; up to 27 more bits of u32 bitfields on all nine architectures.",
        "- at the end (padding: 4 bytes on x86_64, arm64, riscv64, s390x, alpha, sparc64): a u32 "
        "or smaller on x86_64, arm64, riscv64, s390x, alpha, sparc64.",
    ]


def test_a_struct_without_holes_says_nothing_fits() -> None:
    code, out, _ = cli(
        "layout", "--kernel-struct", str(ROOT / "spec" / "open_how.yaml"), "--arch", "i386"
    )
    assert code == 0
    assert "XXX" not in out and "padding:" not in out
    assert out.endswith("- nowhere: the struct has no hole and no padding.\n")


def test_arch_needs_the_kernel_struct_option() -> None:
    code, out, err = cli("layout", CLONE, "--arch", "i386")
    assert (code, out) == (2, "")
    assert err == "clonegen: layout: --arch needs --kernel-struct\n"


def test_an_unknown_architecture_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    from clonegen.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["layout", "--kernel-struct", CLONE, "--arch", "vax"])
    assert exc.value.code == 2
    assert "invalid choice: 'vax'" in capsys.readouterr().err


def test_a_machine_without_a_data_model_names_the_choices(monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.uname()
    fake = os.uname_result((real.sysname, real.nodename, real.release, real.version, "m68k"))
    monkeypatch.setattr(os, "uname", lambda: fake)
    code, out, err = cli("layout", "--kernel-struct", CLONE)
    assert (code, out) == (2, "")
    assert "this machine (m68k) has no known kernel data model" in err
    assert "x86_64, i386, arm64" in err and "or all" in err


def test_a_bad_spec_is_reported_at_its_position(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(Path(CLONE).read_text().replace("type: u32", "type: u33", 1))
    code, out, err = cli("layout", "--kernel-struct", str(bad), "--arch", "all")
    assert code == 1 and out == ""
    assert re.match(rf"{re.escape(str(bad))}:\d+:\d+: error: ", err), err
    assert "Traceback" not in err


def test_every_type_a_spec_may_give_the_kernel_struct_has_a_size() -> None:
    """The schema's member types (its C type pattern) and field kernel types, and the uapi
    types, all have a size and alignment on every architecture: none reaches ValueError."""
    schema = json.loads((ROOT / "src/clonegen/schema/spec.schema.json").read_text())
    defs = schema["$defs"]
    bases = re.search(r"\(\(const \)\?\(([^()]*)\)", defs["ctype"]["pattern"])
    assert bases, defs["ctype"]["pattern"]
    names = [b for b in bases.group(1).split("|") if b not in ("void",) and "[" not in b]
    assert {"int", "unsigned long", "loff_t", "bool"} <= set(names)
    names += [*defs["kernel_type"]["enum"], *UAPI_TYPES]
    for arch in ARCHES:
        abi = arch_facts.ARCHES[arch].abi
        assert abi is not None
        for name in names:
            size, align = klayout.size_align(name, abi)
            assert size in (1, 2, 4, 8) and align in (1, 2, 4, 8) and size % align == 0, name
            assert klayout.size_align(f"const {name} __user *", abi) == (abi.pointer,) * 2
    with pytest.raises(ValueError, match="'__int128' is no kernel scalar type"):
        klayout.size_align("__int128", arch_facts.LP64)


def test_a_release_cuts_the_kernel_struct_as_it_cuts_the_header() -> None:
    """With --kernel 5.3, the fields of clone3's later versions are not in the struct."""
    code, out, err = cli("layout", "--kernel-struct", CLONE, "--kernel", "5.3", "--arch", "x86_64")
    assert (code, err) == (0, "")
    (printed,) = parse(out).values()
    names = [m[0] for m in printed.members]
    assert "set_tid" not in names and "cgroup" not in names and "kill_seq" in names
    full = parse(cli("layout", "--kernel-struct", CLONE, "--arch", "x86_64")[1])
    assert printed.size < full["kernel_clone_args"].size
