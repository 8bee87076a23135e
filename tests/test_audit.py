"""``clonegen audit``: copies of the specs' structs and names in code nobody here wrote.

The spec's own generated headers and Linux 7.3's uapi headers audit clean on all nine
architectures (no false positives); drifts planted into copies of the 7.3 headers are each
found, with the class and on the architectures where they hold, and every ABI finding comes
with the compiler that refused its _Static_assert program.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from conftest import ROOT, cli
from ctools import require_arch

from clonegen.arch import VERIFIED
from clonegen.auditscan import blank_comments, c_members, evaluate, path_arch

KSRC = Path(os.environ.get("KSRC", str(Path.home() / ".cache/linux-source/linux-source-7.3")))
ALL_ARCHES = [a for arch in VERIFIED for a in ("--arch", arch)]
TWO = ["--arch", "x86_64", "--arch", "i386"]


def tree() -> Path:
    """The Linux 7.3 tree; skips without it (CI runs this module again once .ci/run has it)."""
    if not (KSRC / "include/uapi/linux/openat2.h").is_file():
        if os.environ.get("AUDIT_TREE_REQUIRED"):
            pytest.fail(f"no Linux 7.3 tree at {KSRC} (bash .ci/linux-tree.sh)")
        pytest.skip(f"no Linux 7.3 tree at {KSRC} (bash .ci/linux-tree.sh; KSRC=...)")
    return KSRC


# The runs on whole trees (Linux's tools/ and samples/, /usr/include: 10 to 20 s) are the
# audit tier: .ci/run runs this module with CLONEGEN_AUDIT_TIER=1 once it has the tree.
big_trees = pytest.mark.skipif(
    not os.environ.get("CLONEGEN_AUDIT_TIER"),
    reason="a whole tree: the audit tier runs it (CLONEGEN_AUDIT_TIER=1, as .ci/run does)",
)


def audit_json(*args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code, out, err = cli("audit", *args, "--format", "json")
    assert code in (0, 1), err
    return code, json.loads(out)


def compilers() -> None:
    for arch in VERIFIED:
        require_arch(arch)


# -- no false positives ---------------------------------------------------------------------


def test_generated_headers_audit_clean() -> None:
    compilers()
    paths = [str(p) for p in sorted((ROOT / "generated").glob("*/include"))]
    code, report = audit_json(*paths, *ALL_ARCHES, "--fail-on", "any")
    assert code == 0 and report["findings"] == [], report["findings"]
    assert report["unmeasured"] == []
    # It did look: every spec's struct was found and measured, every flag and size macro read.
    assert {c["spec"] for c in report["copies"]} == {p.stem for p in (ROOT / "spec").glob("*.yaml")}
    assert report["defines"] > 50


def test_every_generated_binding_audits_clean() -> None:
    """All of generated/: the C library's structs, the kernel structs (found by shape), the
    Rust structs (laid out by rustc) and the Go ones (confirmed by go vet) agree."""
    from ctools import require

    require("go")
    require("rustc")
    code, report = audit_json(str(ROOT / "generated"), *TWO, "--fail-on", "any")
    assert code == 0 and report["findings"] == [] and report["unmeasured"] == []
    langs = {(c["language"], c["spec"]) for c in report["copies"]}
    specs = len(list((ROOT / "spec").glob("*.yaml")))
    assert {lang for lang, _ in langs} == {"c", "rust", "go"} and len(langs) == 3 * specs
    by = {b.split(" ")[0] for c in report["copies"] for b in c["measured_by"].values()}
    assert by == {"x86_64-linux-gnu-gcc", "i686-linux-gnu-gcc", "rustc", "go"}


def test_linux_uapi_headers_audit_clean() -> None:
    compilers()
    k = tree()
    code, report = audit_json(str(k / "include/uapi"), *ALL_ARCHES, "--fail-on", "any")
    assert code == 0 and report["findings"] == [], report["findings"]
    assert {c["name"] for c in report["copies"]} >= {
        "clone_args",
        "open_how",
        "sched_attr",
        "mount_attr",
        "pidfd_info",
    }
    # The architectures' own fcntl.h values agree with the spec's per-architecture values.
    code, report = audit_json(
        *[str(p) for p in sorted(k.glob("arch/*/include/uapi/asm/fcntl.h"))], *ALL_ARCHES
    )
    assert report["findings"] == [] and report["defines"] > 50


# -- planted drifts ---------------------------------------------------------------------------


def plant(tmp_path: Path, rel: str, old: str, new: str) -> Path:
    """A copy of the tree's header ``rel`` with ``old`` replaced by ``new`` (exactly once)."""
    text = (tree() / rel).read_text()
    assert text.count(old) == 1, old
    path = tmp_path / rel.replace("/", "_")
    path.write_text(text.replace(old, new))
    return path


def findings(report: dict, subject: str) -> list[dict]:  # type: ignore[type-arg]
    return [f for f in report["findings"] if f["subject"] == subject]


def test_a_missing_field_in_the_middle_moves_offsets_everywhere(tmp_path: Path) -> None:
    copy = plant(tmp_path, "include/uapi/linux/openat2.h", "\t__u64 mode;\n", "")
    code, report = audit_json(str(copy), *TWO, "--fail-on", "abi")
    assert code == 1
    (moved,) = findings(report, "struct open_how.resolve")
    assert (
        moved["class"] == "abi"
        and moved["copy"] == "offset 8"
        and moved["spec_says"] == "offset 16"
    )
    assert moved["arches"] == ["x86_64", "i386"] and moved["proven"]
    assert "static assertion failed" in moved["proof"]["error"]
    assert moved["line"] == copy.read_text().split("\n").index("\t__u64 resolve;") + 1
    (size,) = findings(report, "struct open_how")
    assert size["class"] == "abi" and size["copy"] == "sizeof 16"


def test_a_missing_trailing_field_is_stale(tmp_path: Path) -> None:
    copy = plant(tmp_path, "include/uapi/linux/sched.h", "\t__aligned_u64 cgroup;\n", "")
    code, report = audit_json(str(copy), *TWO, "--fail-on", "abi")
    assert code == 0  # stale is no ABI bug: an older size the kernel accepts
    (stale,) = findings(report, "struct clone_args")
    assert stale["class"] == "stale" and "lacks cgroup" in stale["copy"]
    assert stale["since"] == "5.7" and "VER1, 80 bytes" in stale["copy"]
    assert cli("audit", str(copy), *TWO, "--fail-on", "stale")[0] == 1


def test_a_missing_pad_moves_an_offset_on_i386_only(tmp_path: Path) -> None:
    compilers()
    copy = plant(
        tmp_path,
        "include/uapi/linux/pidfd.h",
        "\t\t__u32 coredump_pad; /* align supported_mask to 8 bytes */\n",
        "",
    )
    code, report = audit_json(str(copy), *ALL_ARCHES, "--fail-on", "abi")
    assert code == 1
    abi = [f for f in report["findings"] if f["class"] == "abi"]
    assert {f["subject"] for f in abi} == {"struct pidfd_info.supported_mask", "struct pidfd_info"}
    assert all(f["arches"] == ["i386"] and f["proven"] for f in abi)
    moved = findings(report, "struct pidfd_info.supported_mask")[0]
    assert (moved["copy"], moved["spec_says"]) == ("offset 76", "offset 80")
    assert moved["proof"]["compiler"] == "i686-linux-gnu-gcc"
    # Elsewhere the compiler pads the hole itself: a name, not the ABI.
    hole = [f for f in findings(report, "struct pidfd_info.coredump_pad") if "hole" in f["copy"]]
    assert hole[0]["class"] == "cosmetic" and "i386" not in hole[0]["arches"]
    assert len(hole[0]["arches"]) == 8


def test_a_stale_size_macro(tmp_path: Path) -> None:
    copy = plant(
        tmp_path,
        "include/uapi/linux/pidfd.h",
        "#define PIDFD_INFO_SIZE_VER3\t\t88 /* sizeof fourth published struct */\n",
        "#define PIDFD_INFO_SIZE_LATEST\t\tPIDFD_INFO_SIZE_VER2\n",
    )
    _code, report = audit_json(str(copy), *TWO)
    (missing,) = findings(report, "PIDFD_INFO_SIZE_VER3")
    assert missing["class"] == "stale" and missing["since"] == "7.1"
    (latest,) = findings(report, "PIDFD_INFO_SIZE_LATEST")
    assert latest["class"] == "stale" and latest["copy"].startswith("80")
    assert "VER2's size" in latest["spec_says"]


def test_a_missing_flag_is_stale(tmp_path: Path) -> None:
    text = (tree() / "include/uapi/linux/openat2.h").read_text()
    cached = re.search(r"#define RESOLVE_CACHED[^\n]*\n", text)
    assert cached
    copy = plant(tmp_path, "include/uapi/linux/openat2.h", cached.group(0), "")
    code, report = audit_json(str(copy), *TWO, "--fail-on", "abi")
    assert code == 0
    (missing,) = findings(report, "RESOLVE_CACHED")
    assert missing["class"] == "stale" and missing["since"] == "5.12"
    assert missing["copy"] == "not defined" and missing["spec_says"] == "RESOLVE_CACHED = 0x20"


def test_a_wrong_flag_value_is_abi_and_proven(tmp_path: Path) -> None:
    text = (tree() / "include/uapi/linux/openat2.h").read_text()
    line = re.search(r"#define RESOLVE_IN_ROOT[^\n]*\n", text)
    assert line
    copy = plant(
        tmp_path, "include/uapi/linux/openat2.h", line.group(0), "#define RESOLVE_IN_ROOT 0x40\n"
    )
    code, report = audit_json(str(copy), *TWO, "--fail-on", "abi")
    assert code == 1
    (wrong,) = findings(report, "RESOLVE_IN_ROOT")
    assert (wrong["class"], wrong["copy"], wrong["spec_says"]) == ("abi", "0x40", "0x10")
    assert wrong["proven"] and "__cg_RESOLVE_IN_ROOT" in wrong["proof"]["program"]


def test_an_architecture_s_own_value_is_compared_on_it(tmp_path: Path) -> None:
    """arch/alpha's O_CREAT is alpha's: a wrong one is found on alpha only."""
    require_arch("alpha")
    copy = tmp_path / "arch/alpha/include/uapi/asm/fcntl.h"
    copy.parent.mkdir(parents=True)
    copy.write_text(
        (tree() / "arch/alpha/include/uapi/asm/fcntl.h")
        .read_text()
        .replace("#define O_CREAT\t\t(1 << 9)", "#define O_CREAT\t\t(1 << 6)")
    )
    _code, report = audit_json(str(copy), *ALL_ARCHES)
    (wrong,) = findings(report, "O_CREAT")
    assert wrong["arches"] == ["alpha"] and wrong["proven"]
    assert wrong["proof"]["compiler"] == "alpha-linux-gnu-gcc"


# -- reports and exit status ------------------------------------------------------------------


def test_text_markdown_and_exit_status(tmp_path: Path) -> None:
    copy = plant(tmp_path, "include/uapi/linux/openat2.h", "\t__u64 mode;\n", "")
    code, out, _ = cli("audit", str(copy), *TWO)
    assert code == 0  # no gate asked for
    assert re.search(
        rf"{re.escape(str(copy))}:\d+:\d+: abi: struct open_how.resolve: copy says offset 8", out
    )
    assert "proven on x86_64 by x86_64-linux-gnu-gcc" in out
    code, md, _ = cli("audit", str(copy), *TWO, "--format", "markdown", "--fail-on", "abi")
    assert code == 1
    assert md.startswith("| copy | class | what |") and "| abi | `struct open_how.resolve` |" in md
    # each proven finding with its program, folded
    assert "<details><summary>" in md and "_Static_assert(" in md


# -- bad input ----------------------------------------------------------------------------------


def test_a_missing_path_is_an_error_at_its_name() -> None:
    code, _out, err = cli("audit", "no/such/dir")
    assert code == 2 and err == "no/such/dir:1:1: error: no such file or directory\n"
    assert "Traceback" not in err


def test_a_bad_spec_is_reported_at_its_position(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text("spec: 1\nname: [\n")
    code, _out, err = cli("audit", str(tmp_path), "--spec", str(spec))
    assert code == 2 and re.match(rf"{re.escape(str(spec))}:\d+:\d+: error: ", err)
    assert "Traceback" not in err


def test_an_unclosed_struct_is_a_warning_at_its_place(tmp_path: Path) -> None:
    src = tmp_path / "x.h"
    src.write_text("#include <linux/types.h>\n\nstruct open_how {\n\t__u64 flags;\n")
    code, _out, err = cli("audit", str(src), *TWO)
    assert code == 0
    assert f"{src}:3:1: warning: struct open_how's '{{' is never closed" in err


# -- the reader's pieces ------------------------------------------------------------------------


def test_c_expressions() -> None:
    names = {"O_A": 1, "O_B": 4}.get
    assert evaluate("(1ULL << 32)", names) == 1 << 32
    assert evaluate("(__u64)1 << 32", names) == 1 << 32
    assert evaluate("00200000", names) == 0o200000
    assert evaluate("_BITUL(5)", names) == 32
    assert evaluate("(O_A | O_B)", names) == 5
    assert evaluate("O_C", names) is None  # unknown: not guessed
    assert evaluate("sizeof(int)", names) is None


def test_members_flatten_anonymous_structs() -> None:
    body = blank_comments(
        "\n\t__u64 mask; /* x */\n\t__u32 pid, tgid;\n\tstruct /* c */ {\n\t\t__u32 a;\n\t};\n"
        "\tchar name[16];\n\tunsigned int bits:3;\n"
    )
    got = [(m.name, m.line, m.bitfield) for m in c_members(body, 1)]
    assert got == [
        ("mask", 2, False),
        ("pid", 3, False),
        ("tgid", 3, False),
        ("a", 5, False),
        ("name", 7, False),
        ("bits", 8, True),
    ]


@pytest.mark.parametrize(
    ("path", "arch"),
    [
        ("arch/alpha/include/uapi/asm/fcntl.h", "alpha"),
        ("arch/x86/include/uapi/asm/signal.h", None),
        ("arch/powerpc/include/uapi/asm/fcntl.h", "-"),
        ("unix/zerrors_linux_386.go", "i386"),
        ("unix/zerrors_linux_mips64le.go", "-"),
        ("unix/zerrors_linux_mipsle.go", "mips"),
        ("src/unix/linux_like/linux/gnu/b64/x86_64/mod.rs", "x86_64"),
        ("src/unix/bsd/freebsdlike/mod.rs", "-"),
        ("/usr/include/x86_64-linux-musl/fcntl.h", "x86_64"),
        ("/usr/include/linux/openat2.h", None),
        ("src/wasi.rs", "-"),
        ("unix/zerrors_freebsd_amd64.go", "-"),
        ("include/switch.h", None),  # a file named like another system is no system
        ("lib/alphabet.h", None),
        ("/usr/alpha-linux-gnu/include/asm/fcntl.h", "alpha"),
    ],
)
def test_a_path_says_its_architecture(path: str, arch: str | None) -> None:
    assert path_arch(path) == arch


# -- Rust and Go ----------------------------------------------------------------------------------

XSYS = Path("/usr/share/gocode/src/golang.org/x/sys/unix/ztypes_linux.go")
RUST_LIBC = sorted(
    Path("/usr/share/cargo/registry").glob("libc-*/src/unix/linux_like/linux/non_exhaustive.rs")
)


def test_a_go_copy_is_proven_with_go_vet_for_the_goarch(tmp_path: Path) -> None:
    """Debian's x/sys OpenHow with a 32-bit Mode and a wrong RESOLVE_IN_ROOT: the size is
    wrong everywhere, the offset of Resolve only where Go aligns a uint64 to 4 (386, mips)."""
    from ctools import require

    require("go")
    if not XSYS.is_file():
        pytest.skip(f"no {XSYS} (apt-get install -y golang-golang-x-sys-dev)")
    text = XSYS.read_text()
    block = re.search(r"type OpenHow struct \{.*?\n\}\n", text, re.S)
    consts = re.search(r"const \(\n\tRESOLVE_BENEATH.*?\n\)\n", text, re.S)
    assert block and consts
    copy = tmp_path / "ztypes_linux.go"
    copy.write_text(
        "package unix\n\n"
        + block.group(0).replace("Mode    uint64", "Mode    uint32")
        + "\n"
        + consts.group(0).replace("RESOLVE_IN_ROOT       = 0x10", "RESOLVE_IN_ROOT       = 0x40")
    )
    code, report = audit_json(str(copy), "--arch", "x86_64", "--arch", "i386", "--fail-on", "abi")
    assert code == 1
    (mode,) = findings(report, "struct open_how.mode")
    assert mode["arches"] == ["x86_64", "i386"] and mode["proven"]
    (resolve,) = findings(report, "struct open_how.resolve")
    assert resolve["arches"] == ["i386"] and resolve["proof"]["compiler"] == "go vet (GOARCH=386)"
    (value,) = findings(report, "RESOLVE_IN_ROOT")
    assert value["proven"] and "out of bounds" in value["proof"]["error"]


def test_the_debian_rust_and_go_copies_of_open_how_agree() -> None:
    if not XSYS.is_file() or not RUST_LIBC:
        pytest.skip("apt-get install -y golang-golang-x-sys-dev librust-libc-dev")
    _code, report = audit_json(str(XSYS), str(RUST_LIBC[-1]), *TWO)
    assert {(c["language"], c["name"]) for c in report["copies"]} >= {
        ("go", "OpenHow"),
        ("rust", "open_how"),
    }
    assert [f for f in report["findings"] if f["subject"].startswith("struct open_how")] == []
    assert report["unmeasured"] == []
    # Laid out by the compilers themselves: go vet for the GOARCH, rustc for the target.
    by = {
        c["language"]: c["measured_by"]
        for c in report["copies"]
        if c["name"] in ("OpenHow", "open_how")
    }
    assert by["go"] == {"x86_64": "go vet (GOARCH=amd64)", "i386": "go vet (GOARCH=386)"}
    assert by["rust"]["i386"] == "rustc --target i686-unknown-linux-gnu -Zprint-type-sizes"


# -- syzkaller ------------------------------------------------------------------------------------

SYZ = """\
resource fd[int32]: -1
resource fd_userns[fd]
openat2(fd fd, file ptr[in, filename], how ptr[in, open_how], size bytesize[how])

open_how {
	flags	flags[open_flags, int64]
	mode	int32
	resolve	flags[resolve_flags, int64]
}

open_flags = O_WRONLY, O_RDWR
resolve_flags = RESOLVE_BENEATH, resolve_more
resolve_more = RESOLVE_IN_ROOT, RESOLVE_NO_MAGICLINKS, RESOLVE_NO_SYMLINKS, RESOLVE_NO_XDEV

mount_attr {
	attr_set	int64
	attr_clr	int64
	propagation	int64
	userns_fd	align64[fd_userns]
}
"""


def test_syzkaller_descriptions(tmp_path: Path) -> None:
    """A description with a 32-bit mode (every offset after it moves), a flag set without
    RESOLVE_CACHED (found through the set it names), a .const value wrong on 386 only."""
    linux = tmp_path / "sys" / "linux"
    linux.mkdir(parents=True)
    (linux / "fs.txt").write_text(SYZ)
    (linux / "fs.txt.const").write_text(
        "arches = 386, amd64, arm64\nO_CREAT = 64, 386:65, mips64le:256\nRESOLVE_BENEATH = 8\n"
    )
    _code, report = audit_json(str(tmp_path), *TWO)
    assert {c["name"] for c in report["copies"] if c["language"] == "syz"} == {
        "open_how",
        "mount_attr",
    }
    (moved,) = findings(report, "struct open_how.resolve")
    assert (moved["class"], moved["copy"], moved["proven"]) == ("abi", "offset 12", False)
    assert moved["arches"] == ["i386"]  # on x86_64 the int64 is 8-aligned: 16, as the spec's
    (missing,) = findings(report, "RESOLVE_CACHED in resolve_flags")
    assert missing["class"] == "stale" and missing["since"] == "5.12"
    (creat,) = findings(report, "O_CREAT")
    assert creat["arches"] == ["i386"] and creat["copy"] == "0x41 (65)"
    assert not findings(report, "struct mount_attr") and not findings(
        report, "struct mount_attr.userns_fd"
    )


def test_conditions_say_whose_definition_it_is() -> None:
    """#if on an architecture compares there; its #else, __KERNEL__ branches and other
    systems' (WIN32, __APPLE__) are not compared; Rust's cfg_if! branches likewise."""
    from clonegen.auditscan import Found, Wanted, scan_c, scan_rust

    wanted = Wanted({}, {}, frozenset({"O_NDELAY", "O_DIRECT", "_NSIG", "O_PATH"}))
    found = Found([], [], [])
    scan_c(
        "x.h",
        "#if defined(__sparc__) && defined(__arch64__)\n#define O_NDELAY 4\n#else\n"
        "#define O_NDELAY 0x4004\n#endif\n"
        "#if defined(WIN32) && !defined(__CYGWIN__)\n#define O_DIRECT 0x80000000\n#endif\n"
        "#ifdef __KERNEL__\n#define _NSIG 64\n#else\n#define _NSIG 32\n#endif\n"
        "#if !defined(__APPLE__)\n#define O_PATH 010000000\n#endif\n",
        wanted,
        found,
    )
    assert [(d.name, d.value, d.arch) for d in found.defines] == [
        ("O_NDELAY", 4, "sparc64"),
        ("O_PATH", 0o10000000, None),
    ]
    found = Found([], [], [])
    scan_rust(
        "src/unix/linux_like/linux/gnu/b32/mod.rs",
        'cfg_if! {\n    if #[cfg(target_arch = "sparc")] {\n        pub const O_PATH: c_int = 0x1000000;\n'
        '    } else if #[cfg(target_arch = "x86")] {\n        pub const O_DIRECT: c_int = 0o40000;\n    }\n}\n',
        wanted,
        found,
    )
    assert [(d.name, d.value, d.arch, d.bits) for d in found.defines] == [
        ("O_DIRECT", 0o40000, "i386", 32)
    ]


# -- code nobody here wrote ----------------------------------------------------------------------


@big_trees
def test_the_linux_tools_and_selftests_copies() -> None:
    """Linux 7.3's tools/ and samples/: the copies found (one by shape), and the drifts
    docs/audit.md reports, each on its architectures, the ABI ones proven."""
    compilers()
    k = tree()
    code, report = audit_json(str(k / "tools"), str(k / "samples"), *ALL_ARCHES, "--fail-on", "abi")
    assert code == 1
    shape = [c for c in report["copies"] if c["found_by"] == "shape"]
    assert [c["name"] for c in shape] == ["__clone_args"]
    abi = {
        (f["file"].split("tools/", 1)[1], f["subject"]): f
        for f in report["findings"]
        if f["class"] == "abi"
    }
    assert all(f["proven"] for f in abi.values())
    assert abi[("testing/selftests/pidfd/pidfd.h", "struct pidfd_info.supported_mask")][
        "arches"
    ] == ["i386"]
    assert abi[("tracing/rtla/src/utils.h", "MAX_NICE")]["copy"] == "0x14 (20)"
    stale = [f for f in report["findings"] if f["class"] == "stale"]
    # tools/include/uapi/linux/fs.h, the tools' copy of the uapi header, has not got the
    # xflags of file_attr newer than its copy (the kernel's own header has them).
    assert [(f["subject"], f["since"]) for f in stale] == [
        ("FS_XFLAG_CASEFOLD", "7.3"),
        ("FS_XFLAG_CASENONPRESERVING", "7.3"),
        ("FS_XFLAG_VERITY", "7.3"),
        ("struct sched_attr", "5.3"),
    ]


@big_trees
def test_the_system_headers() -> None:
    """glibc's, musl's and linux-libc-dev's headers: read, and every ABI finding of them
    proven by a compiled check (what they are depends on the installed versions)."""
    musl = Path("/usr/include/x86_64-linux-musl")
    if not musl.is_dir():
        pytest.skip("no musl headers (apt-get install -y musl-tools)")
    _code, report = audit_json("/usr/include", *TWO)
    files = {f["file"] for f in report["findings"]} | {c["file"] for c in report["copies"]}
    assert any("x86_64-linux-musl" in f for f in files)
    assert any("x86_64-linux-gnu/bits" in f for f in files)
    assert {c["name"] for c in report["copies"]} >= {"open_how", "clone_args", "mount_attr"}
    assert all(f["proven"] for f in report["findings"] if f["class"] == "abi")


def test_a_device_is_refused_and_a_fifo_in_a_tree_is_skipped(tmp_path: Path) -> None:
    code, _, err = cli("audit", "/dev/null")
    assert code == 2 and err == "/dev/null:1:1: error: neither a directory nor a regular file\n"
    os.mkfifo(tmp_path / "pipe.h")  # opening it would wait for a writer
    (tmp_path / "ok.h").write_text("#define RESOLVE_IN_ROOT 0x40\n")
    code, report = audit_json(str(tmp_path), *TWO)
    assert report["files_read"] == 1 and findings(report, "RESOLVE_IN_ROOT")


def test_release_audits_against_the_spec_of_that_release(tmp_path: Path) -> None:
    """RESOLVE_CACHED came in 5.12: a 5.10 copy without it is not stale for --release 5.10."""
    text = (tree() / "include/uapi/linux/openat2.h").read_text()
    cached = re.search(r"#define RESOLVE_CACHED[^\n]*\n", text)
    assert cached
    copy = plant(tmp_path, "include/uapi/linux/openat2.h", cached.group(0), "")
    _, report = audit_json(str(copy), *TWO, "--spec", "spec/open_how.yaml", "--release", "5.10")
    assert report["findings"] == []
    _, report = audit_json(str(copy), *TWO, "--spec", "spec/open_how.yaml", "--release", "5.12")
    assert [f["subject"] for f in report["findings"]] == ["RESOLVE_CACHED"]


def test_a_rust_copy_is_laid_out_by_rustc_for_each_target(tmp_path: Path) -> None:
    """Debian's libc crate's open_how with a 32-bit mode: rustc's own layout for i686 moves
    resolve to 12 (a u64 is 4-aligned there), for mips it does not."""
    from ctools import require

    require("rustc")
    if not RUST_LIBC:
        pytest.skip("apt-get install -y librust-libc-dev")
    text = RUST_LIBC[-1].read_text()
    assert "pub mode: ::__u64," in text
    copy = tmp_path / "non_exhaustive.rs"
    copy.write_text(text.replace("pub mode: ::__u64,", "pub mode: u32,"))
    code, report = audit_json(str(copy), *TWO, "--arch", "mips", "--fail-on", "abi")
    assert code == 1
    (moved,) = findings(report, "struct open_how.resolve")
    assert moved["arches"] == ["i386"] and moved["proven"]
    assert moved["proof"]["compiler"] == "rustc --target i686-unknown-linux-gnu -Zprint-type-sizes"
    (mode,) = findings(report, "struct open_how.mode")
    assert mode["arches"] == ["x86_64", "i386", "mips"]


def test_a_hostile_copy_is_compiled_without_reading_other_files(tmp_path: Path) -> None:
    """A copy is someone else's text: an #include inside its struct (of /dev/zero, which
    never ends) is left out of what is compiled, and a file name with a quote and a newline
    still makes a valid #line."""
    odd = tmp_path / 'we"ird\nname'
    odd.mkdir()
    src = odd / "x.h"
    src.write_text(
        '#include <linux/types.h>\nstruct open_how {\n#include "/dev/zero"\n'
        "\t__u64 flags;\n\t__u64 mode;\n\t__u32 resolve;\n};\n"
    )
    _code, report = audit_json(str(src), *TWO)
    assert report["unmeasured"] == []
    (size,) = findings(report, "struct open_how.resolve")
    assert size["copy"] == "4 bytes" and size["proven"]


def test_the_compiler_overrules_the_reader(tmp_path: Path) -> None:
    """The reader takes ~0U as 64 bits wide and gets INT_MAX wrong; the proof program
    compiles (the copy agrees with the spec), so there is no finding."""
    src = tmp_path / "limits.h"
    src.write_text("#define INT_MAX ((int)(~0U >> 1))\n#define RESOLVE_IN_ROOT 0x40\n")
    _, report = audit_json(str(src), *TWO)
    assert [f["subject"] for f in report["findings"]] == ["RESOLVE_IN_ROOT"]


def test_a_composed_define_is_read_with_the_spec_s_parts(tmp_path: Path) -> None:
    """fs/open.c's O_PATH_FLAGS ORs names the file does not define (their values are the
    spec's); include/linux/fcntl.h's VALID_OPEN_FLAGS spans continuation lines. Both agree
    as 7.3 writes them; O_PATH_FLAGS without O_EMPTYPATH is found, and proven."""
    k = tree()
    _, report = audit_json(str(k / "fs/open.c"), str(k / "include/linux/fcntl.h"), *TWO)
    assert report["findings"] == [] and report["defines"] >= 4
    copy = plant(tmp_path, "fs/open.c", " | O_CLOEXEC | O_EMPTYPATH)", " | O_CLOEXEC)")
    _code, report = audit_json(str(copy), *TWO)
    (wrong,) = findings(report, "O_PATH_FLAGS")
    assert wrong["class"] == "abi" and wrong["proven"] and wrong["copy"].startswith("0x2b0000")
    assert "#define __cg_O_DIRECTORY (0x10000ULL)" in wrong["proof"]["program"]


def test_a_missing_compiler_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without alpha's compiler the C copies are not measured there, and the run says so
    (on standard error and in the JSON) instead of passing in silence."""
    import clonegen.audit
    import clonegen.auditcc

    real = clonegen.auditcc.compiler

    def without_alpha(arch: str) -> str | None:
        return None if arch == "alpha" else real(arch)

    monkeypatch.setattr(clonegen.audit, "compiler", without_alpha)
    monkeypatch.setattr(clonegen.auditcc, "compiler", without_alpha)
    src = tmp_path / "x.h"
    src.write_text("#include <linux/types.h>\nstruct open_how { __u64 flags, mode, resolve; };\n")
    _code, out, err = cli(
        "audit", str(src), "--arch", "x86_64", "--arch", "alpha", "--format", "json"
    )
    assert "C copies not measured on alpha: alpha-linux-gnu-gcc is not installed" in err
    assert json.loads(out)["warnings"] == [err.strip()]
