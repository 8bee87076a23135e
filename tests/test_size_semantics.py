"""The spec language's size semantics beyond clone3's shape: where the size lives,
direction, write-back, per-entry-point rules, clamps, mask bits.  Each rule refuses
a wrong spec with a positioned message; a view that cannot render a semantic
refuses it the same way."""

from __future__ import annotations

import copy
import dataclasses
import errno
import os
import select
from collections.abc import Callable
from typing import Any

import pytest
from conftest import ROOT
from test_go import go_env

from clonegen.loader import load
from clonegen.validate import schema_errors, semantic_errors

__all__ = ["go_env"]  # the Go test's fixture

SCHED = ROOT / "spec/sched_attr.yaml"


def errors(
    change: Callable[[dict[str, Any]], None], spec: str = "spec/sched_attr.yaml"
) -> list[str]:
    loaded = load(ROOT / spec)
    data = copy.deepcopy(loaded.data)
    change(data)
    changed = dataclasses.replace(loaded, data=data)
    return [str(d) for d in schema_errors(changed) or semantic_errors(changed)]


def test_sched_attr_is_valid() -> None:
    assert errors(lambda d: None) == []


def _size(**kw: Any) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        d["syscall"]["size"].update(kw)

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            _size(too_small_errno="EINVAL"),
            "with write_back every size error writes the size and fails the same way",
        ),
        (_size(field="sched_nice"), "size field 'sched_nice' must be an integer of uapi type"),
        (_size(field="sched_util_min"), "the size field must be part of VER0"),
        (_size(field="nope"), "size field 'nope' is not a field"),
        (_size(zero_means="VER7"), "unknown version 'VER7'"),
        (_size(source="argument"), "write_back needs source: field"),
        (_size(report="min"), "only a struct the kernel writes reports its size"),
    ],
    ids=["write-back-errnos", "size-field-signed", "size-field-late", "size-field-unknown",
         "zero-means-unknown", "write-back-argument", "report-input"],
)  # fmt: skip
def test_size_policy_rules(change: Callable[[dict[str, Any]], None], message: str) -> None:
    errs = errors(change)
    assert any(message in e for e in errs), errs
    assert all(":" in e and "sched_attr.yaml:" in e for e in errs), errs


def test_tail_errno_is_needed_only_where_the_kernel_reads() -> None:
    def drop(d: dict[str, Any]) -> None:
        del d["syscall"]["size"]["tail_errno"]

    errs = errors(drop)
    assert any("needs tail_errno" in e for e in errs), errs
    # sched_getattr only writes the struct: its size policy has no tail_errno and is valid.
    assert "tail_errno" not in load(SCHED).data["entry_points"][1]["size"]


def test_entry_point_rules() -> None:
    def bad(d: dict[str, Any]) -> None:
        get = d["entry_points"][1]
        del get["numbers"]
        get["before_copy"].append(
            {"argument": "usize2", "rule": "zero", "errno": "EINVAL", "doc": "x"}
        )
        get["trailing_arguments"].append({"name": "pid", "type": "int"})
        d["entry_points"][0]["numbers"] = {"default": 1}

    errs = errors(bad)
    for message in (
        "struct entry point sched_getattr needs numbers",
        "unknown argument 'usize2' of sched_getattr",
        "argument 'pid' of sched_getattr is named twice",
        "entry point sched_setattr takes its numbers from syscall.numbers",
    ):
        assert any(message in e for e in errs), (message, errs)


def test_clamp_rules() -> None:
    def bad(d: dict[str, Any]) -> None:
        d["clamps"][0].update(min="MAX_NICE", max="MIN_NICE")
        d["clamps"].append({"field": "sched_flags", "min": 0, "max": 1, "doc": "x"})
        d["constants"].append({"name": "NEG", "value": -1, "doc": "x"})

    errs = errors(bad)
    for message in (
        "min MAX_NICE is above max MIN_NICE",
        "only an integer field is clamped, not flags",
        "constant 'NEG' is negative; only the bound of a clamp may be",
    ):
        assert any(message in e for e in errs), (message, errs)


def test_mask_bits_and_request_fields() -> None:
    def bad(d: dict[str, Any]) -> None:
        d["flags"][0]["fills"] = ["nope"]
        d["flags"][1]["policy"] = "always"
        d["fields"][0]["request"] = True
        d["entry_points"][1]["direction"] = "in"

    errs = errors(bad)
    for message in (
        "fills unknown field 'nope'",
        "has a policy but fills no field",
        "is a request field, but no entry point writes the struct",
    ):
        assert any(message in e for e in errs), (message, errs)


def test_a_view_refuses_what_it_cannot_render() -> None:
    """A semantic a view cannot render yet is refused through its problems(), with the position:
    the Go package's Syscall6 has room for four arguments besides the struct and its size."""

    def trailing(d: dict[str, Any]) -> None:
        d["entry_points"][0]["trailing_arguments"] = [
            {"name": f"extra{i}", "type": "int"} for i in range(3)
        ]

    errs = errors(trailing, "spec/open_how.yaml")
    # The position is the first entry point's trailing arguments.
    lines = (ROOT / "spec/open_how.yaml").read_text().splitlines()
    line = lines.index("entry_points:") + 2
    assert [e.split("spec/", 1)[1] for e in errs] == [
        f"open_how.yaml:{line}:5: error: the Go wrapper passes at most 4 arguments besides the "
        "struct and its size (syscall.Syscall6) [at entry_points[0].trailing_arguments]"
    ], errs


def test_every_semantic_has_a_view_that_renders_it() -> None:
    """Each semantic the language has is rendered by the kernel view (none is only stated)."""
    from clonegen.views import SEMANTICS
    from clonegen.views.kernel import KernelView

    assert set(SEMANTICS) <= KernelView.SUPPORTED


# -- the Python module makes the real calls -----------------------------------------


@pytest.fixture
def sched() -> Any:
    import importlib.util

    path = ROOT / "generated/sched_attr/python/sched_attr.py"
    spec = importlib.util.spec_from_file_location("sched_attr_under_test", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    yield module
    module.sched_setattr(0, module.SchedAttr())  # back to SCHED_OTHER, nice 0


def test_sched_getattr_reports_the_size_this_kernel_writes(sched: Any) -> None:
    # This machine's kernel knows VER1 (56 bytes): a larger buffer gets 56 and zeros.
    assert sched.sched_getattr(0, size=4096).size == sched.SIZE_VER1
    assert sched.sched_getattr(0, size=sched.SIZE_VER0).size == sched.SIZE_VER0
    assert sched.sched_getattr(0).sched_policy == 0
    for size in (0, sched.SIZE_VER0 - 1, 4097):
        with pytest.raises(OSError) as info:
            sched.sched_getattr(0, size=size)
        assert info.value.errno == errno.EINVAL


def test_sched_setattr_gets_the_kernel_size_back_on_a_size_error(sched: Any) -> None:
    with pytest.raises(ValueError, match=r"size 30: .*\(E2BIG\)"):
        sched.sched_setattr(0, sched.SchedAttr(), size=30)
    for size in (30, 4097):
        with pytest.raises(OSError) as info:
            sched.sched_setattr(0, sched.SchedAttr(), size=size, validate=False)
        assert info.value.errno == errno.E2BIG
        assert info.value.kernel_size == sched.SIZE_VER1
    big = sched.SchedAttr().to_bytes(100)
    assert len(big) == 100
    with pytest.raises(OSError) as info:
        sched.sched_setattr(0, sched.SchedAttr(sched_flags=1 << 40), size=100, validate=False)
    assert info.value.errno == errno.EINVAL  # an unknown flag, refused after the copy


def test_sched_setattr_zero_size_and_clamped_nice(sched: Any) -> None:
    sched.sched_setattr(0, sched.SchedAttr(sched_nice=-100), size=0)  # 0 means VER0
    assert sched.sched_getattr(0).sched_nice == -20  # clamped, not refused
    sched.sched_setattr(0, sched.SchedAttr(sched_nice=7))
    assert sched.sched_getattr(0).sched_nice == 7


def test_sched_util_clamp_needs_ver1(sched: Any) -> None:
    clamp = sched.SchedAttr(sched_flags=sched.SchedAttrSchedFlags.SCHED_FLAG_UTIL_CLAMP_MIN)
    with pytest.raises(ValueError, match=r"below 56 \(VER1\).*\(EINVAL\)"):
        sched.sched_setattr(0, clamp, size=sched.SIZE_VER0)
    with pytest.raises(OSError) as info:
        sched.sched_setattr(0, clamp, size=sched.SIZE_VER0, validate=False)
    assert info.value.errno == errno.EINVAL


def test_signed_fields_take_their_range(sched: Any) -> None:
    assert sched.SchedAttr(sched_nice=-5).to_bytes()[16:20] == (-5).to_bytes(
        4, "little", signed=True
    )
    with pytest.raises(ValueError, match="sched_nice"):
        sched.SchedAttr(sched_nice=1 << 31)
    with pytest.raises(ValueError, match="size"):
        sched.SchedAttr(size=1 << 32)


# -- clonegen diff knows the new semantics ---------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "  - {name: sched_nice,",
            "  - {name: sched_priority,",
            "field 'sched_priority' moved from offset 20 to 16",
        ),
        ("    write_back: true\n", "", "size policy write_back changed from True to False"),
        ("    zero_means: VER0\n", "", "size policy zero_means_ver0 changed from True to False"),
        ("min: MIN_NICE, max: MAX_NICE", "min: MIN_NICE, max: 0", "clamp of sched_nice changed"),
        ("      report: min\n", "", "sched_getattr: size policy report changed from 'min' to None"),
        # An entry point's own policy is compared like the syscall's: its max is part of it.
        (
            "      max: PAGE_SIZE\n      report: min\n",
            "      max: 128\n      report: min\n",
            "sched_getattr: size policy max changed from PAGE_SIZE to 128",
        ),
        (
            "      too_large_errno: EINVAL\n      max: PAGE_SIZE\n",
            "      too_large_errno: E2BIG\n      max: PAGE_SIZE\n",
            "sched_getattr: size policy too_large_errno changed from 'EINVAL' to 'E2BIG'",
        ),
    ],
    ids=["move", "write-back", "zero-means", "clamp", "report", "entry-max", "entry-errno"],
)
def test_diff_refuses_changes_of_the_new_semantics(
    old: str, new: str, message: str, tmp_path: Any, capsys: Any
) -> None:
    from clonegen.cli import main as clonegen

    text = SCHED.read_text()
    if old.startswith("  - {name:"):  # swap two published fields
        lines = text.split("\n")
        i = next(k for k, line in enumerate(lines) if line.startswith(old))
        j = next(k for k, line in enumerate(lines) if line.startswith(new))
        lines[i], lines[j] = lines[j], lines[i]
        changed = "\n".join(lines)
    else:
        assert text.count(old) == 1
        changed = text.replace(old, new)
    (tmp_path / "new.yaml").write_text(changed)
    assert clonegen(["diff", str(SCHED), str(tmp_path / "new.yaml")]) == 1
    out = capsys.readouterr().out
    assert "breaking" in out and message in out, out


# -- PIDFD_GET_INFO from Python, against the live kernel ---------------------------


def _load(name: str) -> Any:
    import importlib.util

    path = ROOT / f"generated/{name}/python/{name}.py"
    spec = importlib.util.spec_from_file_location(f"{name}_under_test", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _raw_pidfd_info(fd: int, size: int, mask: int) -> tuple[int, bytes]:
    """The ioctl made by hand: (errno, the bytes the kernel left in the buffer)."""
    import ctypes
    import struct

    libc = ctypes.CDLL(None, use_errno=True)
    buf = ctypes.create_string_buffer(max(size, 8))
    struct.pack_into("=Q", buf, 0, mask)
    number = (3 << 30) | (size << 16) | (0xFF << 8) | 11
    ret = libc.ioctl(ctypes.c_int(fd), ctypes.c_ulong(number), buf)
    return (ctypes.get_errno() if ret < 0 else 0), buf.raw[:size]


@pytest.mark.skipif(os.uname().machine != "x86_64", reason="the hand-made ioctl number is x86_64's")
def test_pidfd_get_info_at_every_published_size_matches_the_kernel() -> None:
    info = _load("pidfd_info")
    read, write = os.pipe()
    child = os.fork()
    if child == 0:
        os.read(read, 1)
        os._exit(3)
    fd = os.pidfd_open(child)
    try:
        for state in ("alive", "exited", "reaped"):
            for size in (*info.SIZES, info.SIZE_VER0 - 1, info.SIZE_LATEST + 8):
                for mask in (0, 0x1F, 0xFF, info.PidfdInfoMask.PIDFD_INFO_COREDUMP):
                    err, raw = _raw_pidfd_info(fd, size, mask)
                    if err:
                        with pytest.raises(OSError) as caught:
                            info.pidfd_get_info(fd, size=size, mask=mask)
                        assert caught.value.errno == err, (state, size)
                        continue
                    got = info.pidfd_get_info(fd, size=size, mask=mask)
                    assert got.to_bytes(size) == raw, (state, size, mask)
                    assert got.mask == int.from_bytes(raw[:8], "little"), (state, size, mask)
            if state == "alive":
                # The answer's mask has the bit of a field the caller's size cuts off
                # (coredump_mask lies past VER0), as Linux 7.3's code does too.
                cut = info.pidfd_get_info(
                    fd, size=info.SIZE_VER0, mask=info.PidfdInfoMask.PIDFD_INFO_COREDUMP
                )
                assert cut.mask & info.PidfdInfoMask.PIDFD_INFO_COREDUMP
                assert "coredump_mask" in info.FIELDS_OF[info.PidfdInfoMask.PIDFD_INFO_COREDUMP]
                os.write(write, b"x")
                select.select([fd], [], [])  # the pidfd is readable once the child has exited
            elif state == "exited":
                os.waitpid(child, 0)
    finally:
        os.close(fd)
        os.close(read)
        os.close(write)


def test_pidfd_mask_bits_name_their_fields() -> None:
    info = _load("pidfd_info")
    assert info.FIELDS_OF[info.PidfdInfoMask.PIDFD_INFO_PID] == ("pid", "tgid", "ppid")
    assert info.pidfd_get_info_number(64) == 0xC040FF0B
    directory = os.open("/", os.O_RDONLY | os.O_CLOEXEC)
    try:
        with pytest.raises(OSError) as caught:
            info.pidfd_get_info(directory)  # not a pidfd: no handler takes the number
        assert caught.value.errno == errno.ENOTTY
    finally:
        os.close(directory)


# -- mount_setattr and open_tree_attr from Python, in a private mount namespace ------------

MOUNT_PROBE = r"""
import ctypes, errno, os, sys, tempfile
sys.path.insert(0, sys.argv[1])
import mount_attr as m

libc = ctypes.CDLL(None, use_errno=True)
assert libc.unshare(0x20000) == 0  # CLONE_NEWNS: this process only
assert libc.mount(None, b"/", None, (1 << 14) | (1 << 18), None) == 0  # MS_REC | MS_PRIVATE
d = tempfile.mkdtemp()
assert libc.mount(d.encode(), d.encode(), None, 4096, None) == 0  # MS_BIND
AT_FDCWD = -100
m.mount_setattr(AT_FDCWD, d, 0, m.MountAttr(attr_set=m.MountAttrAttrSet.MOUNT_ATTR_RDONLY))
print("rdonly", bool(os.statvfs(d).f_flag & os.ST_RDONLY))
m.mount_setattr(AT_FDCWD, d, 0, m.MountAttr(attr_clr=m.MountAttrAttrSet.MOUNT_ATTR_RDONLY))
print("rdonly", bool(os.statvfs(d).f_flag & os.ST_RDONLY))
for size in (31, 4097):
    try:
        m.mount_setattr(AT_FDCWD, d, 0, m.MountAttr(), size=size, validate=False)
    except OSError as e:
        print("size", size, errno.errorcode[e.errno])
try:
    m.mount_setattr(AT_FDCWD, d, 0, m.MountAttr(propagation=0x60000))
except ValueError as e:
    print("python", e)
try:
    m.mount_setattr(AT_FDCWD, d, 0, m.MountAttr(propagation=0x60000), validate=False)
except OSError as e:
    print("kernel", errno.errorcode[e.errno])
fd = m.open_tree_attr(AT_FDCWD, d, 1, m.MountAttr(attr_set=m.MountAttrAttrSet.MOUNT_ATTR_NOEXEC))
print("open_tree_attr", fd > 2)
"""


def test_mount_setattr_from_python_in_a_private_mount_namespace(tmp_path: Any) -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-c", MOUNT_PROBE, str(ROOT / "generated/mount_attr/python")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "rdonly True",
        "rdonly False",
        "size 31 EINVAL",
        "size 4097 E2BIG",
        "python propagation has MS_UNBINDABLE and MS_PRIVATE; it may have at most one of them (EINVAL)",
        "kernel EINVAL",
        "open_tree_attr True",
    ], proc.stdout


# -- the libc wrappers make the real calls -------------------------------------------------


@pytest.mark.parametrize("arch", ["x86_64", "i386"])
def test_libc_wrappers_make_the_real_calls(arch: str, tmp_path: Any) -> None:
    from ctools import cc, require_arch, run

    require_arch(arch, run=True)
    gen = ROOT / "generated"
    names = ("sched_attr", "pidfd_info", "mount_attr")
    exe = tmp_path / "t"
    cc(
        [
            "-std=gnu11",
            "-Wall",
            "-Wextra",
            "-Werror",
            *[f"-I{gen / n / 'libc'}" for n in names],
            str(ROOT / "tests/libc/size_semantics_libc_test.c"),
            *[str(gen / n / "libc" / f"{n}.c") for n in names],
            "-o",
            str(exe),
        ],
        arch=arch,
    )
    proc = run([str(exe)])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "sched_getattr 4096: ok size 56",  # this kernel's struct: VER1
        "sched_getattr 47: EINVAL",
        "sched_setattr 30: E2BIG size 56",  # the kernel's size, written back
        "sched_setattr 0: ok size 0",  # 0 means VER0
        "pidfd_get_info 64: ok pid right",
        "pidfd_get_info 72: ok pid right",
        "pidfd_get_info 80: ok pid right",
        "pidfd_get_info 88: ok pid right",
        "pidfd_get_info 63: ENOTTY",
        "mount_setattr 4097: E2BIG",
        "mount_setattr 31: EINVAL",
        "open_tree_attr NULL 8: EINVAL",
    ], proc.stdout


def test_diff_refuses_moving_supported_mask_within_published_versions(
    tmp_path: Any, capsys: Any
) -> None:
    """pidfd_info's supported_mask at offset 72 (as one upstream state had it) against 7.3's 80:
    a field of a published version moved, which clonegen diff calls breaking."""
    from clonegen.cli import main as clonegen

    spec = ROOT / "spec/pidfd_info.yaml"
    text = spec.read_text()
    start = text.index("  - {name: coredump_code,")
    end = text.index("  - {name: supported_mask,")
    early = text[:start] + text[end:]
    early = early.replace(
        "{name: supported_mask, version: VER3,", "{name: supported_mask, version: VER2,"
    )
    early = early.replace(
        '  - {name: VER2, size: 80, since: "7.1"}\n  - {name: VER3, size: 88, since: "7.1"}\n',
        '  - {name: VER2, size: 80, since: "7.1"}\n',
    )
    early = "".join(
        line for line in early.splitlines(True) if "name: PIDFD_INFO_COREDUMP_CODE," not in line
    )
    (tmp_path / "early.yaml").write_text(early)
    assert clonegen(["validate", str(tmp_path / "early.yaml")]) == 0
    assert clonegen(["diff", str(tmp_path / "early.yaml"), str(spec)]) == 1
    out = capsys.readouterr().out
    assert "field 'supported_mask' moved from offset 72 to 80" in out, out
    assert "BREAKING" in out


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("fills: [cgroupid], policy: available", "fills: [cgroupid], policy: request", "mask bit PIDFD_INFO_CGROUPID"),
        ("request: true, ", "", "field 'mask' is no longer a request field"),
        ("    truncated_mask: kept\n", "    truncated_mask: cleared\n", "truncated_mask changed"),
    ],
    ids=["mask-policy", "request", "truncated-mask"],
)  # fmt: skip
def test_diff_refuses_changes_of_the_output_semantics(
    old: str, new: str, message: str, tmp_path: Any, capsys: Any
) -> None:
    from clonegen.cli import main as clonegen

    spec = ROOT / "spec/pidfd_info.yaml"
    text = spec.read_text()
    assert old in text
    (tmp_path / "new.yaml").write_text(text.replace(old, new))
    assert clonegen(["diff", str(spec), str(tmp_path / "new.yaml")]) == 1
    out = capsys.readouterr().out
    assert "breaking" in out and message in out, out


def test_new_name_positions_go_through_the_reserved_words() -> None:
    """A name in a new position (a trailing argument, a kernel predicate) is refused like any other."""

    def trailing(d: dict[str, Any]) -> None:
        d["entry_points"][0]["trailing_arguments"][0]["name"] = "int"
        d["entry_points"][0]["before_copy"][1]["argument"] = "int"

    errs = errors(trailing)
    assert any(
        "'int' is a C keyword; choose another name [at entry_points[0].trailing_arguments[0].name]"
        in e
        for e in errs
    ), errs

    def predicate(d: dict[str, Any]) -> None:
        d["syscall"]["size"]["permission"][0]["function"] = "while"

    errs = errors(predicate, "spec/mount_attr.yaml")
    assert any(
        "'while' is a C keyword; choose another name [at syscall.size.permission[0].function]" in e
        for e in errs
    ), errs


# -- min_end: the smallest size is the end of a field inside VER0 (PROCMAP_QUERY) ------------

PROCMAP = ROOT / "tests/data/procmap_query.yaml"
PROCMAP_SMALLEST = 24  # offsetofend(struct procmap_query, query_addr)
PROCMAP_VER0 = 104


@pytest.mark.parametrize(
    ("change", "spec", "message"),
    [
        (_size(min_end="sched_polcy"), "spec/sched_attr.yaml",
         "min_end names unknown field 'sched_polcy'; did you mean 'sched_policy'? "
         "[at syscall.size.min_end]"),
        (_size(min_end="sched_util_min"), "spec/sched_attr.yaml",
         "min_end field 'sched_util_min' ends at 52, past VER0's 48 bytes: it must be a field "
         "of VER0 [at syscall.size.min_end]"),
        (_size(min_end="mask"), "spec/pidfd_info.yaml",
         "min_end needs a size argument or field: an ioctl number matches from VER0 up "
         "[at syscall.size.min_end]"),
        (_size(min_end="flags", checks=["too_large"]), "spec/open_how.yaml",
         "min_end belongs to too_small; add it to checks [at syscall.size.min_end]"),
    ],
    ids=["unknown-field", "past-ver0", "ioctl", "no-too-small"],
)  # fmt: skip
def test_min_end_rules(change: Callable[[dict[str, Any]], None], spec: str, message: str) -> None:
    errs = errors(change, spec)
    assert len(errs) == 1 and errs[0].endswith(message), errs
    assert errs[0].split(":")[0].endswith(spec), errs


def test_min_end_of_an_entry_points_own_policy_resolves_too() -> None:
    def own(d: dict[str, Any]) -> None:
        d["entry_points"][1]["size"]["min_end"] = "sched_flag"

    errs = errors(own)
    assert [e.split(": error: ", 1)[1] for e in errs] == [
        "min_end names unknown field 'sched_flag'; did you mean 'sched_flags'? "
        "[at entry_points[1].size.min_end]"
    ], errs


def test_min_end_at_the_end_of_ver0_is_valid_and_changes_no_verdict() -> None:
    """landlock_ruleset_attr's case: copy_min_struct_from_user() with the end of the last
    field of VER0, which is VER0's size."""
    from clonegen.model import build

    loaded = load(SCHED)
    data = copy.deepcopy(loaded.data)
    data["syscall"]["size"]["min_end"] = "sched_period"
    changed = dataclasses.replace(loaded, data=data)
    assert schema_errors(changed) == [] and semantic_errors(changed) == []
    before, after = build(loaded).size.steps, build(changed).size.steps
    assert [s.py(_SizeRef()) for s in before] == [s.py(_SizeRef()) for s in after]
    assert [s.params() for s in before] == [s.params() for s in after]  # the ABI diff: no change


class _SizeRef:
    size = "size"


@pytest.fixture(scope="module")
def procmap(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    """tests/data/procmap_query.yaml generated, and its model."""
    from clonegen.cli import main as clonegen
    from clonegen.pipeline import model_of

    out = tmp_path_factory.mktemp("procmap")
    assert clonegen(["generate", str(PROCMAP), "--out", str(out)]) == 0
    return out, model_of(PROCMAP)


# Where each target spells the smallest size of tests/data/procmap_query.yaml, and the same
# line with VER0's size instead: the mutation of that target's generated file.
PROCMAP_SPELLINGS = {
    "c": ("fs/proc/procmap_query.c", "usize < offsetofend(struct procmap_query, query_addr)",
          "usize < PROCMAP_QUERY_ARGS_SIZE_VER0"),
    "python": ("python/procmap_query.py", "lambda size: size < 24,", "lambda size: size < 104,"),
    "rust": ("rust/procmap_query.rs", "if size < 24 {", "if size < SIZE_VER0 {"),
    "go": ("go/procmap_query.go", "if size < 24 {", "if size < SIZE_VER0 {"),
}  # fmt: skip


def _procmap_agreement(
    gen: Any, model: Any, work: Any, go_env: dict[str, str], mutate: str | None = None
) -> tuple[Any, list[Any], list[int], list[str]]:
    """The generated C copy-in (in the kernel harness), the Python, Rust and Go verdicts from
    bytes and from values, and both decoders, on 800 seeded cases of every size boundary (the
    smallest size, 24, among them) and random sizes up to twice VER0: (the shape, the cases,
    the C answers, the mismatches). ``mutate`` names a target whose generated file says VER0
    instead of the smallest size."""
    import shutil

    from agreement import (
        COLUMNS,
        Shape,
        build_c,
        c_line,
        cases,
        compare,
        go_module,
        load_module,
        parse_c,
        parse_typed,
        python_columns,
        run_lines,
        rust_main,
        typed_line,
    )
    from ctools import HARNESS, WARN, cc
    from test_go import go
    from test_rust import compile_rust

    if mutate:
        shutil.copytree(gen / "procmap_query", work / "gen" / "procmap_query")
        gen = work / "gen"
        path, was, now = PROCMAP_SPELLINGS[mutate]
        text = (gen / "procmap_query" / path).read_text()
        assert text.count(was) == 1, (path, was)
        (gen / "procmap_query" / path).write_text(text.replace(was, now))
    shape = Shape.of(model)
    items = cases(shape, 800, 1)
    runtime = work / "runtime.o"
    cc([*WARN, "-O1", "-c", str(HARNESS / "runtime.c"), "-o", str(runtime)])
    exe = build_c(model, gen, work / "c", runtime)
    c, c_texts = parse_c(run_lines([str(exe)], [c_line(shape, x) for x in items]))
    module = load_module(gen / "procmap_query/python/procmap_query.py", "_procmap_query")
    py_bytes, py_values, py_texts = python_columns(shape, module, items)
    typed = [typed_line(shape, x) for x in items]
    rs = {"procmap_query": (gen / "procmap_query/rust/procmap_query.rs", shape.struct)}
    rust = work / "agree_rust"
    main = rust_main(rs, work / "rust")
    compile_rust(["--edition=2021", "-C", "opt-level=1", str(main), "-o", str(rust)])
    rust_bytes, rust_values = parse_typed(run_lines([str(rust), "procmap_query"], typed))
    gos = {"procmap_query": (gen / "procmap_query/go", shape.struct)}
    mod = go_module(gos, work / "go")
    golang = work / "agree_go"
    go(go_env, mod, "build", "-o", str(golang), "./agree")
    go_bytes, go_values = parse_typed(run_lines([str(golang), "procmap_query"], typed))
    columns = dict(
        zip(COLUMNS, (py_bytes, py_values, rust_bytes, rust_values, go_bytes, go_values))
    )
    for name, column in columns.items():
        assert sum(v is not None for v in column) >= len(items) // 2, name
    bad = compare(shape, items, c, columns, {"c": c_texts, "python": py_texts})
    return shape, items, c, bad


def test_min_end_every_target_gives_the_c_copy_ins_errno(
    procmap: tuple[Any, Any], tmp_path: Any, go_env: dict[str, str]
) -> None:
    gen, model = procmap
    shape, items, c, bad = _procmap_agreement(gen, model, tmp_path, go_env)
    assert shape.smallest == PROCMAP_SMALLEST and shape.versions == (PROCMAP_VER0,)
    assert not bad, f"{len(bad)} mismatches in {len(items)} cases:\n" + "\n".join(bad[:20])
    # The cases reach the semantic: the copy-in takes a struct that states a size from 24 up
    # to VER0 and is as long, and refuses one that states 23 with EINVAL.
    stated = [shape.stated(x.buf) for x in items]
    between = [
        c[i]
        for i, s in enumerate(stated)
        if s is not None and PROCMAP_SMALLEST <= s < PROCMAP_VER0 and len(items[i].buf) == s
    ]
    assert len(between) >= 20 and between.count(0) >= 10, between
    assert {c[i] for i, s in enumerate(stated) if s == PROCMAP_SMALLEST - 1} == {errno.EINVAL}


@pytest.mark.parametrize("target", sorted(PROCMAP_SPELLINGS))
def test_min_end_a_target_that_says_ver0_is_caught(
    target: str, procmap: tuple[Any, Any], tmp_path: Any, go_env: dict[str, str]
) -> None:
    """One target's generated file with VER0 as the smallest size, the others unchanged: the
    comparison reports the sizes from 24 to 103 (some of them)."""
    gen, model = procmap
    bad = _procmap_agreement(gen, model, tmp_path, go_env, mutate=target)[3]
    assert bad, f"{target}: VER0 as the smallest size went unnoticed"
    sizes = {int(b.split(" size field=")[1].split(":")[0]) for b in bad}
    assert sizes and all(PROCMAP_SMALLEST <= s < PROCMAP_VER0 for s in sizes), bad[:5]


PROCMAP_QUERY_IOCTL = (3 << 30) | (PROCMAP_VER0 << 16) | (ord("f") << 8) | 17  # _IOWR, x86_64


def _procmap_cases(module: Any) -> list[tuple[str, bytes, int]]:
    """(what, the caller's buffer, the size it states): every size around the smallest and
    VER0, the page, tails, flags, and fields past the stated size."""
    cls = module.ProcmapQuery
    flags = module.ProcmapQueryQueryFlags
    out = []
    for size in (*range(0, 40), *range(96, 112), 4095, 4096, 4097, 1 << 20):
        out.append((f"size {size}", cls(size=size).to_bytes(min(max(size, 8), 4200)), size))
    for size in (24, 64, 104):
        unknown = cls(size=size, query_flags=0x40).to_bytes(size)
        out.append((f"unknown flag, size {size}", unknown, size))
        known = cls(size=size, query_flags=flags.PROCMAP_QUERY_COVERING_OR_NEXT_VMA)
        out.append((f"covering flag, size {size}", known.to_bytes(size), size))
        # A name buffer without its address: past the size 24 and 64 say, the kernel never
        # reads the size (offset 88), so only a size of 104 refuses it.
        out.append(
            (f"name size, size {size}", cls(size=size, vma_name_size=8).to_bytes(size), size)
        )
    for size, at in ((112, 104), (200, 199), (4096, 4095)):
        tail = bytearray(cls(size=size).to_bytes(size))
        tail[at] = 1
        out.append((f"non-zero byte {at}, size {size}", bytes(tail), size))
    return out


def _kernel_answer(fd: int, buf: bytes) -> int:
    import fcntl

    mem = bytearray(buf).ljust(max(len(buf), 2048), b"\0")  # >1 KiB: ioctl passes it in place
    try:
        fcntl.ioctl(fd, PROCMAP_QUERY_IOCTL, mem)
    except OSError as e:
        return e.errno
    return 0


def _verdicts(module: Any, buf: bytes, size: int) -> tuple[int, int]:
    cls = module.ProcmapQuery
    try:
        of_bytes = cls.from_bytes(buf).verdict()[0]
    except ValueError as e:  # a non-zero byte past the struct, refused with the tail's errno
        assert "(E2BIG)" in str(e), e
        of_bytes = errno.E2BIG
    values = cls.from_bytes(buf[:PROCMAP_VER0])
    return of_bytes, values.verdict(size)[0] if not any(buf[PROCMAP_VER0:size]) else of_bytes


def _mismatches(module: Any, fd: int) -> list[str]:
    """Where the module's verdicts and the running kernel's PROCMAP_QUERY disagree: a refusal
    must be the kernel's errno; an accepted query is answered (0) or finds no mapping at
    address 0 (ENOENT)."""
    bad = []
    for what, buf, size in _procmap_cases(module):
        kernel = _kernel_answer(fd, buf)
        for verdict in _verdicts(module, buf, size):
            ok = kernel in (0, errno.ENOENT) if verdict == 0 else kernel == verdict
            if not ok:
                bad.append(f"{what}: kernel {kernel}, verdict {verdict}")
    return bad


@pytest.mark.skipif(os.uname().machine != "x86_64", reason="the hand-made ioctl number is x86_64's")
def test_min_end_verdicts_match_the_running_kernels_procmap_query(
    procmap: tuple[Any, Any], tmp_path: Any
) -> None:
    """The Python verdicts of tests/data/procmap_query.yaml against PROCMAP_QUERY on
    /proc/self/maps (Linux 6.11 and later); the same spec without min_end (VER0 as the
    smallest size) disagrees with the kernel at every size from 24 to 103, so the comparison
    sees the semantic."""
    from agreement import load_module

    from clonegen.cli import main as clonegen

    gen, _ = procmap
    module = load_module(gen / "procmap_query/python/procmap_query.py", "_procmap_live")
    text = PROCMAP.read_text()
    assert text.count("    min_end: query_addr\n") == 1
    (tmp_path / "procmap_query.yaml").write_text(text.replace("    min_end: query_addr\n", ""))
    out = tmp_path / "out"
    assert clonegen(["generate", str(tmp_path / "procmap_query.yaml"), "--out", str(out)]) == 0
    without = load_module(out / "procmap_query/python/procmap_query.py", "_procmap_ver0")
    fd = os.open("/proc/self/maps", os.O_RDONLY | os.O_CLOEXEC)
    try:
        if _kernel_answer(fd, bytes(PROCMAP_VER0)) == errno.ENOTTY:
            pytest.skip("this kernel has no PROCMAP_QUERY (Linux 6.11)")
        assert _mismatches(module, fd) == []
        missed = _mismatches(without, fd)
    finally:
        os.close(fd)
    sizes = {int(m.split(":")[0].split()[-1]) for m in missed}
    assert sizes == set(range(PROCMAP_SMALLEST, 40)) | set(range(96, PROCMAP_VER0)) | {64}, missed


def test_min_end_is_stated_in_the_review_document(procmap: tuple[Any, Any]) -> None:
    gen, model = procmap
    # The libc spells the size steps only for a fork-like spec's own verdict: the bound there.
    assert [s.libc("size", "PQ_") for s in model.size.steps] == [
        "size > (size_t)sysconf(_SC_PAGESIZE)",
        "size < 24",
    ]
    doc = (gen / "procmap_query/docs/procmap_query.md").read_text()
    assert "| size >= offsetofend(query_addr) (24) | EINVAL |" in doc
    assert (
        "A size below the end of query_addr (24 bytes) fails with EINVAL; a size from there "
        "up to VER0 is taken, the fields it does not reach as zero" in doc
    )
    kernel = (gen / "procmap_query/fs/proc/procmap_query.c").read_text()
    assert "if (unlikely(usize < offsetofend(struct procmap_query, query_addr)))" in kernel


def test_diff_calls_a_change_of_min_end_breaking(tmp_path: Any, capsys: Any) -> None:
    from clonegen.cli import main as clonegen

    text = PROCMAP.read_text()
    for old, new, message in (
        ("    min_end: query_addr\n", "", "size policy min changed from 24 to 104"),
        ("min_end: query_addr", "min_end: query_flags", "size policy min changed from 24 to 16"),
    ):
        (tmp_path / "new.yaml").write_text(text.replace(old, new))
        assert clonegen(["diff", str(PROCMAP), str(tmp_path / "new.yaml")]) == 1
        out = capsys.readouterr().out
        assert "breaking" in out and message in out, out
    assert clonegen(["diff", str(PROCMAP), str(PROCMAP)]) == 0
