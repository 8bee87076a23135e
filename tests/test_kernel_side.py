"""The generated kernel artifacts compile cleanly, lay out as the kernel does,
pass sparse and pahole, and behave like the running kernel."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from ctools import (
    HARNESS,
    HOST_ARCHES,
    KERNEL_WANTS,
    SHIM,
    WARN,
    cc,
    cc_may_fail,
    common_checks,
    kernel_includes,
    require,
    require_arch,
    run,
    uapi_include,
)

from clonegen.cli import _release
from clonegen.cli import main as clonegen
from clonegen.pipeline import model_of

SPECS = ["clone_args", "open_how", "sched_attr", "pidfd_info", "mount_attr"]
GEN = ROOT / "generated"
RUNNING = os.uname().release


def source(spec: str) -> Path:
    m = model_of(ROOT / f"spec/{spec}.yaml")
    return GEN / spec / m.kernel.source


@pytest.fixture(scope="session")
def running_gen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every spec generated for the running kernel's release."""
    out = tmp_path_factory.mktemp("running")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert clonegen(["generate", "--kernel", "running", "--out", str(out)]) == 0
    finally:
        os.chdir(cwd)
    return out


# -- layout ------------------------------------------------------------------

LAYOUT_PROBE = """
#include <stddef.h>
#include <stdio.h>
#include <{header}>
#define SHOW(f) printf("%s %zu %zu\\n", #f, offsetof(struct {struct}, f), sizeof(((struct {struct} *)0)->f))
int main(void)
{{
{shows}
	printf("sizeof %zu\\n", sizeof(struct {struct}));
{versions}
	return 0;
}}
"""


def layout_probe(
    spec: str, header: str, fields: list[str], versions: list[str], struct: str
) -> str:
    return LAYOUT_PROBE.format(
        header=header,
        struct=struct,
        shows="\n".join(f"\tSHOW({f});" for f in fields),
        versions="\n".join(f'\tprintf("{v} %d\\n", {v});' for v in versions),
    )


def run_probe(
    tmp_path: Path, text: str, flags: list[str], name: str, arch: str = "x86_64"
) -> dict[str, tuple[int, ...]]:
    require_arch(arch, run=True)
    src = tmp_path / f"{name}.c"
    src.write_text(text)
    exe = tmp_path / name
    cc([*WARN, *flags, str(src), "-o", str(exe)], arch=arch)
    out = run([str(exe)]).stdout
    return {line.split()[0]: tuple(int(x) for x in line.split()[1:]) for line in out.splitlines()}


@pytest.mark.parametrize("spec", SPECS)
@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_uapi_layout_matches_model_on_both_abis(spec: str, arch: str, tmp_path: Path) -> None:
    m = model_of(ROOT / f"spec/{spec}.yaml")
    text = layout_probe(
        spec,
        uapi_include(m),
        [f.name for f in m.fields],
        [v.macro for v in m.versions],
        m.uapi.struct,
    )
    got = run_probe(
        tmp_path, text, ["-Wpadded", f"-I{GEN / spec / 'include'}"], f"layout_{arch}", arch
    )
    for f in m.fields:
        assert got[f.name] == (f.offset, f.size), f.name
    assert got["sizeof"] == (m.latest.size,)
    for v in m.versions:
        assert got[v.macro] == (v.size,)


SYSTEM_FLAGS = """
#include <stdio.h>
#include <{header}>
int main(void)
{{
{lines}
	return 0;
}}
"""


def flag_values(
    tmp_path: Path, header: str, names: list[str], include: list[str], name: str
) -> dict[str, int]:
    lines = "\n".join(
        f'#ifdef {n}\n\tprintf("{n} %llu\\n", (unsigned long long)({n}));\n#endif' for n in names
    )
    src = tmp_path / f"{name}.c"
    src.write_text(SYSTEM_FLAGS.format(header=header, lines=lines))
    exe = tmp_path / name
    cc([*WARN, *include, str(src), "-o", str(exe)])
    return {line.split()[0]: int(line.split()[1]) for line in run([str(exe)]).stdout.splitlines()}


def test_clone_args_is_abi_identical_to_the_system_header(tmp_path: Path) -> None:
    m = model_of(ROOT / "spec/clone_args.yaml")
    fields = [f.name for f in m.fields]
    macros = [v.macro for v in m.versions]
    system = run_probe(
        tmp_path,
        layout_probe("clone_args", "linux/sched.h", fields, macros, "clone_args"),
        [],
        "sys",
    )
    ours = run_probe(
        tmp_path,
        layout_probe("clone_args", uapi_include(m), fields, macros, "clone_args"),
        [f"-I{GEN / 'clone_args' / 'include'}"],
        "ours",
    )
    assert system == ours
    names = [f.name for f in m.flags] + ["CSIGNAL"]
    sys_flags = flag_values(tmp_path, "linux/sched.h", names, [], "sysflags")
    our_flags = flag_values(
        tmp_path, uapi_include(m), names, [f"-I{GEN / 'clone_args' / 'include'}"], "ourflags"
    )
    assert len(sys_flags) >= 26  # every flag this system's header knows
    for name, value in sys_flags.items():
        assert our_flags[name] == value, name
    assert set(our_flags) == set(names)


def test_open_how_is_abi_identical_to_the_system_header(tmp_path: Path) -> None:
    m = model_of(ROOT / "spec/open_how.yaml")
    fields = [f.name for f in m.fields]
    # The system header has no OPEN_HOW_SIZE_VER0 (the kernel keeps it private).
    system = run_probe(
        tmp_path, layout_probe("open_how", "linux/openat2.h", fields, [], "open_how"), [], "sys"
    )
    ours = run_probe(
        tmp_path,
        layout_probe("open_how", uapi_include(m), fields, ["OPEN_HOW_SIZE_VER0"], "open_how"),
        [f"-I{GEN / 'open_how' / 'include'}"],
        "ours",
    )
    assert ours.pop("OPEN_HOW_SIZE_VER0") == system["sizeof"] == (24,)
    assert system == ours
    names = [f.name for f in m.flags]
    assert flag_values(tmp_path, "linux/openat2.h", names, [], "s") == flag_values(
        tmp_path, uapi_include(m), names, [f"-I{GEN / 'open_how' / 'include'}"], "o"
    )


@pytest.mark.parametrize("spec", SPECS)
def test_pahole_finds_no_holes(spec: str, tmp_path: Path) -> None:
    pahole = require("pahole")
    m = model_of(ROOT / f"spec/{spec}.yaml")
    src = tmp_path / "use.c"
    src.write_text(f"#include <{uapi_include(m)}>\nstruct {m.uapi.struct} instance;\n")
    obj = tmp_path / "use.o"
    cc([*WARN, "-g", "-c", f"-I{GEN / spec / 'include'}", str(src), "-o", str(obj)])
    out = run([pahole, "-C", m.uapi.struct, str(obj)]).stdout
    assert f"struct {m.uapi.struct} {{" in out, out
    assert "hole" not in out and "padding" not in out, out
    size = re.search(r"/\* size: (\d+), cachelines: \d+, members: (\d+) \*/", out)
    assert size and int(size.group(1)) == m.latest.size and int(size.group(2)) == len(m.fields), out


# struct kernel_clone_args in Linux 7.3 (include/linux/sched/task.h), by pahole: its size
# and the 4 bytes of tail padding after kill_seq on 64-bit; no byte hole anywhere.
KERNEL_CLONE_ARGS_7_3 = {"x86_64": 136, "i386": 80}


@pytest.mark.parametrize("arch", sorted(KERNEL_CLONE_ARGS_7_3))
def test_pahole_kernel_struct_has_7_3_layout(arch: str, tmp_path: Path) -> None:
    """The spec's member placement gives 7.3's order: no hole, 7.3's size."""
    pahole = require("pahole")
    require_arch(arch)
    src = tmp_path / "use.c"
    src.write_text("#include <linux/clone_args.h>\nstruct kernel_clone_args instance;\n")
    obj = tmp_path / "use.o"
    cc(
        [*WARN, "-g", "-c", *kernel_includes(GEN, "clone_args"), str(src), "-o", str(obj)],
        arch=arch,
    )
    out = run([pahole, "-C", "kernel_clone_args", str(obj)]).stdout
    # 7.3 leaves 27 bits unused after its five 1-bit flags too; no byte is a hole.
    assert "bytes hole" not in out and "byte hole" not in out, out
    size = re.search(r"/\* size: (\d+),", out)
    assert size and int(size.group(1)) == KERNEL_CLONE_ARGS_7_3[arch], out
    order = []
    for line in out.splitlines():
        decl = line.split("/*")[0].strip()
        if line.startswith("\t") and decl.endswith(";"):
            name = re.search(r"\(\*(\w+)\)", decl) or re.search(r"(\w+)(?::\d+)?;$", decl)
            assert name, line
            order.append(name.group(1))
    assert order == list(model_of(ROOT / "spec/clone_args.yaml").kernel.order), out


def test_pahole_parse_sees_a_hole(tmp_path: Path) -> None:
    """The pahole check can fail: a struct with a hole is reported."""
    pahole = require("pahole")
    src = tmp_path / "hole.c"
    src.write_text("struct holey { int a; long long b; } instance;\n")
    cc(["-g", "-c", str(src), "-o", str(tmp_path / "hole.o")])
    assert "hole" in run([pahole, "-C", "holey", str(tmp_path / "hole.o")]).stdout


# -- the kernel source -------------------------------------------------------

CLONE_CONFIGS = [
    "",
    "-DCONFIG_CLONE_BACKWARDS",
    "-DCONFIG_CLONE_BACKWARDS2",
    "-DCONFIG_CLONE_BACKWARDS3",
    "-DCONFIG_STACK_GROWSUP",
]


@pytest.mark.parametrize("config", CLONE_CONFIGS)
@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_clone_source_compiles_for_every_argument_order(
    config: str, arch: str, tmp_path: Path
) -> None:
    flags = [
        *WARN,
        *KERNEL_WANTS,
        *kernel_includes(GEN, "clone_args"),
        *common_checks(model_of(ROOT / "spec/clone_args.yaml"), tmp_path / "common"),
        *([config] if config else []),
    ]
    cc([*flags, "-c", str(source("clone_args")), "-o", str(tmp_path / "k.o")], arch=arch)
    cc([*flags, "-c", str(HARNESS / "clone_model.c"), "-o", str(tmp_path / "m.o")], arch=arch)


@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_open_how_source_compiles(arch: str, tmp_path: Path) -> None:
    cc(
        [
            *WARN,
            *kernel_includes(GEN, "open_how"),
            "-c",
            str(source("open_how")),
            "-o",
            str(tmp_path / "k.o"),
        ],
        arch=arch,
    )


@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_sched_attr_source_compiles(arch: str, tmp_path: Path) -> None:
    """The size read from the struct, its write-back and the copy-out build on both ABIs."""
    flags = [*WARN, *kernel_includes(GEN, "sched_attr")]
    cc([*flags, "-c", str(source("sched_attr")), "-o", str(tmp_path / "k.o")], arch=arch)
    cc(
        [*flags, f"-I{HARNESS}", "-c", str(HARNESS / "sched_model.c"), "-o", str(tmp_path / "m.o")],
        arch=arch,
    )


@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_pidfd_info_source_compiles(arch: str, tmp_path: Path) -> None:
    """The ioctl handler, its number check and the copy-out build on both ABIs."""
    flags = [*WARN, *kernel_includes(GEN, "pidfd_info")]
    cc([*flags, "-c", str(source("pidfd_info")), "-o", str(tmp_path / "k.o")], arch=arch)
    cc(
        [*flags, f"-I{HARNESS}", "-c", str(HARNESS / "pidfd_model.c"), "-o", str(tmp_path / "m.o")],
        arch=arch,
    )


@pytest.mark.parametrize("arch", HOST_ARCHES)
def test_mount_attr_source_compiles(arch: str, tmp_path: Path) -> None:
    """Two entry points with different rules and a permission check before the copy."""
    flags = [*WARN, *kernel_includes(GEN, "mount_attr")]
    cc([*flags, "-c", str(source("mount_attr")), "-o", str(tmp_path / "k.o")], arch=arch)
    cc(
        [*flags, f"-I{HARNESS}", "-c", str(HARNESS / "mount_model.c"), "-o", str(tmp_path / "m.o")],
        arch=arch,
    )


def test_mount_attr_is_abi_identical_to_the_system_header(tmp_path: Path) -> None:
    m = model_of(ROOT / "spec/mount_attr.yaml")
    names = [f.name for f in m.fields]
    probe = layout_probe("mount_attr", "{h}", names, [m.versions[0].macro], "mount_attr")
    ours = run_probe(
        tmp_path,
        probe.replace("{h}", "linux/mount_attr.h"),
        [f"-I{GEN / 'mount_attr' / 'include' / 'uapi'}"],
        "ours",
    )
    system = run_probe(tmp_path, probe.replace("{h}", "linux/mount.h"), [], "system")
    assert ours == system


def test_sched_attr_is_abi_identical_to_the_system_header(tmp_path: Path) -> None:
    m = model_of(ROOT / "spec/sched_attr.yaml")
    names = [f.name for f in m.fields]
    versions = [v.macro for v in m.versions]
    ours = run_probe(
        tmp_path,
        layout_probe("sched_attr", "linux/sched_attr.h", names, versions, "sched_attr"),
        [f"-I{GEN / 'sched_attr' / 'include' / 'uapi'}"],
        "ours",
    )
    system = run_probe(
        tmp_path,
        layout_probe("sched_attr", "linux/sched/types.h", names, versions, "sched_attr"),
        [],
        "system",
    )
    assert ours == system


def test_build_bug_on_catches_a_wrong_version_size(tmp_path: Path) -> None:
    inc = tmp_path / "include"
    shutil.copytree(GEN / "clone_args" / "include", inc)
    header = inc / "uapi/linux/clone_args.h"
    header.write_text(re.sub(r"(CLONE_ARGS_SIZE_VER1\s+)80", r"\g<1>72", header.read_text()))
    proc = cc_may_fail(
        [
            *WARN,
            *KERNEL_WANTS,
            f"-I{SHIM}",
            f"-I{inc}",
            "-c",
            str(source("clone_args")),
            "-o",
            os.devnull,
        ]
    )
    assert proc.returncode != 0
    assert (
        "BUILD_BUG_ON(offsetofend(struct clone_args, set_tid_size) != CLONE_ARGS_SIZE_VER1)"
        in proc.stderr
    )


SPARSE = ["-Wsparse-all", "-Wsparse-error"]


@pytest.mark.parametrize("spec", SPECS)
def test_sparse_accepts_the_kernel_source(spec: str) -> None:
    sparse = require("sparse")
    proc = run([sparse, *SPARSE, *KERNEL_WANTS, *kernel_includes(GEN, spec), str(source(spec))])
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr


def test_sparse_flags_a_user_pointer_dereference(tmp_path: Path) -> None:
    sparse = require("sparse")
    text = source("clone_args").read_text()
    broken = text.replace(
        "\tkargs->set_tid = kset_tid;\n",
        "\tkargs->set_tid = kset_tid;\n\terr = *kargs->pidfd;\n",
        1,
    )
    assert broken != text
    bad = tmp_path / "clone_args.c"
    bad.write_text(broken)
    proc = run([sparse, *SPARSE, *KERNEL_WANTS, *kernel_includes(GEN, "clone_args"), str(bad)])
    assert proc.returncode != 0 and "dereference of noderef expression" in proc.stderr


# -- behaviour ---------------------------------------------------------------


def build_stubs(
    tmp_path: Path, config: str = "", arch: str = "x86_64"
) -> dict[str, dict[str, str]]:
    """The stubs of generated/ (the spec's latest release, 7.3) with the harness's kernel_clone()."""
    require_arch(arch, run=True)
    flags = [
        *WARN,
        *KERNEL_WANTS,
        *kernel_includes(GEN, "clone_args"),
        *common_checks(model_of(ROOT / "spec/clone_args.yaml"), tmp_path / "common"),
        f"-I{HARNESS}",
        *(config.split() if config else []),
    ]
    exe = tmp_path / "stubs"
    cc(
        [
            *flags,
            str(source("clone_args")),
            str(HARNESS / "clone_model.c"),
            str(HARNESS / "runtime.c"),
            str(HARNESS / "clone_stubs.c"),
            "-o",
            str(exe),
        ],
        arch=arch,
    )
    out: dict[str, dict[str, str]] = {}
    for line in run([str(exe)]).stdout.splitlines():
        entry, field, value = line.split()
        out.setdefault(entry, {})[field] = value
    return out


@pytest.mark.parametrize(
    "config",
    ["", "-DCONFIG_CLONE_BACKWARDS", "-DCONFIG_CLONE_BACKWARDS2", "-DCONFIG_CLONE_BACKWARDS3"],
)
def test_every_entry_point_fills_the_one_struct(config: str, tmp_path: Path) -> None:
    got = build_stubs(tmp_path, config)
    assert got["fork"]["flags"] == "0" and got["fork"]["exit_signal"] == "17"
    assert got["vfork"]["flags"] == hex(0x4000 | 0x100) and got["vfork"]["exit_signal"] == "17"
    clone = got["clone"]
    assert clone["flags"] == hex(0x400 | 0x100)  # upper 32 bits and CSIGNAL gone
    assert clone["exit_signal"] == "17"
    assert clone["pidfd"] == clone["parent_tid"] != "0"
    assert clone["child_tid"] not in ("0", clone["parent_tid"])
    assert clone["stack"] == "0x1000" and clone["tls"] == "0x7000"
    assert [got[e]["calls"] for e in ("fork", "vfork", "clone", "clone3")] == ["1", "2", "3", "4"]


def test_clone3_converts_once_and_checks_versions(tmp_path: Path) -> None:
    got = build_stubs(tmp_path)
    c3 = got["clone3"]
    assert c3["ret"] == "0"
    assert c3["flags"] == hex(0x1000 | 1 << 33) and c3["exit_signal"] == "17"
    assert c3["set_tid_size"] == "1" and c3["cgroup"] == "3" and c3["tls"] == "0x1234"
    # The stack points at its top after the validity function.
    assert int(c3["stack"], 16) == int(got["clone3"]["stack_base"], 16) + 256
    # A VER0 caller cannot ask for CLONE_INTO_CGROUP; nothing reaches kernel_clone().
    assert got["clone3_ver0"]["ret"] == "-22" and got["clone3_ver0"]["calls"] == "4"


def test_exit_signal_is_checked_below_the_stubs_after_the_set_tid_copy(tmp_path: Path) -> None:
    """7.3's order: valid_signal() runs in kernel_clone(), so an unreadable set_tid wins."""
    got = build_stubs(tmp_path)
    # Signal 65 with an unreadable set_tid array: the copy fails first, nothing is cloned.
    assert got["clone3_sig65_badtid"]["ret"] == "-14"
    # Signal 65 alone passes the copy-in and the validity function, and kernel_clone() refuses it.
    assert got["clone3_sig65"]["ret"] == "-22"
    assert int(got["clone3_sig65"]["calls"]) == int(got["clone3_sig65_badtid"]["calls"]) + 1
    # Legacy clone() gets the same check from the same place.
    assert got["clone_sig65"]["ret"] == "-22" and got["clone_sig64"]["ret"] == "0"


def test_fork_without_an_mmu_and_a_broken_clone3(tmp_path: Path) -> None:
    """7.3's nommu fork() and __ARCH_BROKEN_SYS_CLONE3 branches: errno, nothing reaches kernel_clone()."""
    # The #warning is the point of the branch: -Wno-cpp lets the -Werror build go on.
    got = build_stubs(tmp_path, "-DHARNESS_NOMMU -D__ARCH_BROKEN_SYS_CLONE3 -Wno-cpp")
    assert got["fork"]["ret"] == "-22" and got["fork"]["calls"] == "0"
    assert got["vfork"]["ret"] == "0" and got["vfork"]["calls"] == "1"
    assert got["clone3"]["ret"] == "-38" and got["clone3"]["calls"] == "2"
    warned = cc_may_fail(
        [
            *WARN,
            *KERNEL_WANTS,
            *kernel_includes(GEN, "clone_args"),
            "-D__ARCH_BROKEN_SYS_CLONE3",
            "-c",
            str(source("clone_args")),
            "-o",
            str(tmp_path / "broken.o"),
        ]
    )
    assert "clone3() entry point is missing, please fix" in warned.stderr


def test_stubs_behave_the_same_in_32_bit(tmp_path: Path) -> None:
    got32 = build_stubs(tmp_path, arch="i386")
    assert got32["clone3"]["ret"] == "0" and got32["clone3"]["cgroup"] == "3"
    assert got32["clone"]["exit_signal"] == "17" and got32["clone3_ver0"]["ret"] == "-22"


def build_diff(
    out: Path,
    gen: Path,
    spec: str,
    model: str,
    driver: str,
    sanitize: bool,
    spec_path: Path | None = None,
    extra_includes: list[str] | None = None,
) -> Path:
    """The differential driver for ``gen``, generated with ``--kernel running``; headers in
    ``extra_includes`` come before the harness's."""
    running = model_of(spec_path or ROOT / f"spec/{spec}.yaml", _release("running"))
    common = common_checks(running, out / "common")
    san = (
        ["-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer"]
        if sanitize
        else []
    )
    m = model_of(ROOT / f"spec/{spec}.yaml")
    exe = out / f"{spec}_diff"
    kflags = [*WARN, "-O1", "-g", *san, *KERNEL_WANTS, *(extra_includes or [])]
    kflags += kernel_includes(gen, spec)
    cc([*kflags, "-c", str(gen / spec / m.kernel.source), "-o", str(out / "k.o")])
    cc([*kflags, *common, f"-I{HARNESS}", "-c", str(HARNESS / model), "-o", str(out / "m.o")])
    cc([*WARN, "-O1", "-g", *san, "-c", str(HARNESS / "runtime.c"), "-o", str(out / "r.o")])
    cc(
        [
            *WARN,
            "-O1",
            "-g",
            *san,
            f"-I{HARNESS}",
            "-c",
            str(HARNESS / driver),
            "-o",
            str(out / "d.o"),
        ]
    )
    cc(
        [
            *san,
            str(out / "k.o"),
            str(out / "m.o"),
            str(out / "r.o"),
            str(out / "d.o"),
            "-o",
            str(exe),
        ]
    )
    return exe


def parse_counts(stdout: str) -> tuple[int, int]:
    m = re.search(r"^cases (\d+) mismatches (\d+)", stdout, re.M)
    assert m, stdout
    return int(m.group(1)), int(m.group(2))


DIFFERENTIAL = {
    # spec: (model, driver, random cases, minimum cases, the counter of accepted cases)
    "clone_args": ("clone_model.c", "clone3_diff.c", 5000, 5000, "created"),
    "open_how": ("open_how_model.c", "openat2_diff.c", 2000, 2000, "opened"),
    "sched_attr": ("sched_model.c", "sched_attr_diff.c", 3000, 3000, "set"),
    "pidfd_info": ("pidfd_model.c", "pidfd_info_diff.c", 1000, 3000, "answered"),
    "mount_attr": ("mount_model.c", "mount_attr_diff.c", 2000, 3000, "accepted"),
}


@pytest.mark.parametrize("spec", sorted(DIFFERENTIAL))
def test_differential_against_the_running_kernel(
    spec: str, running_gen: Path, tmp_path: Path
) -> None:
    model, driver, random_cases, minimum, accepted = DIFFERENTIAL[spec]
    exe = build_diff(tmp_path, running_gen, spec, model, driver, sanitize=True)
    proc = run([str(exe), str(random_cases), "1"])
    print(proc.stdout)
    total, bad = parse_counts(proc.stdout)
    assert "runtime error" not in proc.stderr and "AddressSanitizer" not in proc.stderr, proc.stderr
    assert total >= minimum and bad == 0, proc.stdout
    assert proc.returncode == 0
    count = int(re.search(rf"{accepted} (\d+)", proc.stdout).group(1))  # type: ignore[union-attr]
    assert count > 100  # the accepted side is exercised too
    if spec == "open_how":  # O_LARGEFILE compared on every file both opened
        assert int(re.search(r"largefile (\d+)", proc.stdout).group(1)) > 100  # type: ignore[union-attr]


def mismatches_with(
    spec: str, text: str, tmp_path: Path, cases: int, extra_includes: list[str] | None = None
) -> tuple[int, int]:
    """A changed spec's differential against the running kernel: (mismatches, exit status)."""
    path = tmp_path / f"{spec}.yaml"
    path.write_text(text)
    gen = tmp_path / "gen"
    assert clonegen(["generate", "--kernel", "running", "--out", str(gen), str(path)]) == 0
    model, driver, *_ = DIFFERENTIAL[spec]
    exe = build_diff(
        tmp_path,
        gen,
        spec,
        model,
        driver,
        sanitize=False,
        spec_path=path,
        extra_includes=extra_includes,
    )
    proc = run([str(exe), str(cases), "3"])
    return parse_counts(proc.stdout)[1], proc.returncode


@pytest.mark.parametrize(
    "change",
    [
        ("tail_errno: E2BIG", "tail_errno: EINVAL"),
        ("    limit: _NSIG\n", "    limit: 65\n"),
        ("names: [CLONE_SIGHAND, CLONE_CLEAR_SIGHAND]", "names: [CLONE_VM, CLONE_CLEAR_SIGHAND]"),
        ("all_set: [CLONE_PIDFD, CLONE_PARENT_SETTID]", "all_set: [CLONE_PIDFD, CLONE_NEWTIME]"),
    ],
    ids=["tail-errno", "signal-limit", "exclusive-flags", "pidfd-parent-tid"],
)
def test_differential_catches_a_wrong_spec(change: tuple[str, str], tmp_path: Path) -> None:
    """The differential test can fail: a spec that drifts from the kernel is caught."""
    text = (ROOT / "spec/clone_args.yaml").read_text()
    assert change[0] in text
    bad, status = mismatches_with("clone_args", text.replace(*change), tmp_path, 1000)
    assert bad > 0 and status == 1


@pytest.mark.parametrize(
    "change",
    [
        (
            "  - call: audit_openat2_how\n    header: linux/audit.h\n",
            "  - call: audit_openat2_hook\n    header: linux/audit.h\n",
        ),
        ("    when: {field: flags, none_set: [O_PATH]}\n    predicate", "    predicate"),
        ("    set: [O_LARGEFILE]", "    set: [O_NOATIME]"),
    ],
    ids=["audit", "largefile-o-path", "largefile-bit"],
)
def test_openat2_differential_catches_a_wrong_adjust(
    change: tuple[str, str], tmp_path: Path
) -> None:
    """The copy-in's adjust steps are observable: the audit hook is called once per struct, and
    O_LARGEFILE is set where the kernel sets it (fcntl(F_GETFL) of the file it opened)."""
    text = (ROOT / "spec/open_how.yaml").read_text()
    assert change[0] in text
    extra = []
    if "hook" in change[1]:  # a hook the kernel does not have: the harness counts none
        (tmp_path / "audit" / "linux").mkdir(parents=True)
        (tmp_path / "audit" / "linux" / "audit.h").write_text(
            "struct open_how;\nstatic inline void audit_openat2_hook(struct open_how *h)"
            "\n{\n\t(void)h;\n}\n"
        )
        extra = [f"-I{tmp_path / 'audit'}"]
    bad, status = mismatches_with("open_how", text.replace(*change), tmp_path, 500, extra)
    assert bad > 0 and status == 1


@pytest.mark.parametrize(
    "change",
    [
        ("    zero_means: VER0\n", ""),
        ("    write_back: true\n", ""),
        ("min: MIN_NICE, max: MAX_NICE", "min: MIN_NICE, max: 0"),
        ("      report: min\n", ""),
    ],
    ids=["zero-means", "write-back", "clamp", "report"],
)
def test_sched_attr_differential_catches_a_wrong_spec(
    change: tuple[str, str], tmp_path: Path
) -> None:
    """Each new size semantic is observable: leaving it out of the spec gives mismatches."""
    text = (ROOT / "spec/sched_attr.yaml").read_text()
    assert change[0] in text
    bad, status = mismatches_with("sched_attr", text.replace(*change), tmp_path, 500)
    assert bad > 0 and status == 1


@pytest.mark.parametrize(
    "change",
    [
        ("request: true, ", ""),
        ("dir: read_write", "dir: read"),
        ("nr: 11", "nr: 12"),
    ],
    ids=["request-field", "direction", "number"],
)
def test_pidfd_info_differential_catches_a_wrong_spec(
    change: tuple[str, str], tmp_path: Path
) -> None:
    """Reading the request, the number's direction and its nr are each observable."""
    text = (ROOT / "spec/pidfd_info.yaml").read_text()
    assert change[0] in text
    bad, status = mismatches_with("pidfd_info", text.replace(*change), tmp_path, 300)
    assert bad > 0 and status == 1


@pytest.mark.parametrize(
    "change",
    [
        (
            "rule: at_most_one, names: [MS_UNBINDABLE, MS_PRIVATE, MS_SLAVE, MS_SHARED]",
            "rule: mask, allowed: 0x1e0000",
        ),
        (
            "    permission:\n      - {function: may_mount, header: linux/mount.h, errno: EPERM,",
            "    x_permission:\n      - {function: may_mount, header: linux/mount.h, errno: EPERM,",
        ),
        ("    null_allowed_without_size: true\n", ""),
        ("allowed: 0x30008f", "allowed: 0x3000ff"),
    ],
    ids=["at-most-one", "permission", "null-struct", "atime"],
)
def test_mount_attr_differential_catches_a_wrong_spec(
    change: tuple[str, str], tmp_path: Path
) -> None:
    """Each rule of the two entry points is observable against the kernel."""
    text = (ROOT / "spec/mount_attr.yaml").read_text()
    assert change[0] in text
    text = text.replace(change[0], change[1])
    if change[1].startswith("    x_permission"):  # drop the permission list: the copy-in skips it
        start = text.index("    x_permission:")
        end = text.index("\n", text.index("errno: EPERM", start)) + 1
        text = text[:start] + text[end:]
    bad, status = mismatches_with("mount_attr", text, tmp_path, 800)
    assert bad > 0 and status == 1
