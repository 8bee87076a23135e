"""A spec is untrusted input: no spec text becomes code.

Every file of tests/hostile is a spec derived from spec/clone_args.yaml,
spec/open_how.yaml or tests/data/demo_args.yaml, with a comment on its first
line saying what it attacks.  The real command generates it; it must either
refuse it with positioned errors and write nothing, or write artifacts that
are all valid in their language with the spec's text inert in them (see
artifact_checks.py).  The doc strings of the corpus carry the marker PWNED,
which must never show outside a comment or a string.

EXPECTED records the outcome of every file: None when it must generate, else
a piece of the message it must be refused with.  XFAIL lists the specs the
validator should refuse but does not yet, with what goes wrong: each is a
strict xfail, so the test fails as soon as the validator refuses it (then
move it out of XFAIL, and fix the piece of message if needed).
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import resource
import shutil
import socket
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from artifact_checks import problems
from conftest import ROOT, cli

from clonegen.loader import banner_name
from clonegen.output import LOCK, MANIFEST
from clonegen.pipeline import model_of

CORPUS = sorted((ROOT / "tests" / "hostile").glob("*.yaml"))
MARKERS = ("PWNED",)
TYPE_FORM = "does not have the expected form"
GO_PORT = "Go has a port to none of these architectures, so the Go package would build nowhere"

EXPECTED: dict[str, str | None] = {
    # -- doc strings: generated, with the text inert in every artifact
    "doc_backslashes": None,
    "doc_backticks": None,
    "doc_bidi": None,
    "doc_bom_zero_width": None,
    "doc_cdata_end": None,
    "doc_comment_end": None,
    "doc_comment_open": None,
    "doc_controls": None,
    "doc_crlf": None,
    "doc_double_dash": None,
    "doc_dquote_run": None,
    "doc_everything_clone": None,
    "doc_everything_open": None,
    "doc_final_quote_wrapped": None,
    "doc_format": None,
    "doc_hex_escapes": None,
    "doc_html_comment_end": None,
    "doc_include_line": None,
    "doc_jinja": None,
    "doc_line_separators": None,
    "doc_line_splice": None,
    "doc_lone_high_surrogate": None,
    "doc_lone_low_surrogate": None,
    "doc_long_line": None,
    "doc_long_word": None,
    "doc_markdown_blocks": None,
    "doc_nel": None,
    "doc_nul": None,
    "doc_only_backslash": None,
    "doc_only_marks": None,
    "doc_pipes": None,
    "doc_python_code_lines": None,
    "doc_script_tag": None,
    "doc_splice_at_wrap": None,
    "doc_trailing_backslash": None,
    "doc_trailing_dquote": None,
    "doc_trigraph_splice": None,
    "doc_trigraphs": None,
    "doc_triple_dquote": None,
    "doc_triple_squote": None,
    "doc_whitespace_only": "doc is empty: write what it means",
    "doc_empty": "doc is empty: write what it means",
    "doc_not_a_string": "is not of type 'string'",
    "doc_too_long": "[at doc]",  # the message is cut before it says "is too long"
    # -- names
    "name_arg_args": "argument 'args' clashes with a local name of the generated stub",
    "name_arg_ctypes": "argument 'ctypes' is a name the generated Python wrapper uses itself",
    "name_arg_errno": "'errno' is a macro of the kernel or C library headers",
    "name_arg_how": "argument 'how' is a name the generated Python wrapper uses itself",
    "name_arg_linux": "'linux' is a macro gcc predefines",
    "name_arg_size": "argument 'size' is a name the generated Python wrapper uses itself",
    "name_arg_usize": "argument 'usize' clashes with a local name of the generated stub",
    "name_array_err": "array 'err' clashes with a local name",
    "name_array_kargs": "array 'kargs' clashes with a local name",
    "name_array_usize": "array 'usize' clashes with a local name",
    "name_common_sys": "function 'sys_demo' is a kernel function the generated code calls or a symbol SYSCALL_DEFINE makes",
    "name_constant_arch": "constant 'ARCH' is a name the generated Python module defines",
    "name_constant_efault": "'EFAULT' is an errno name",
    "name_constant_line": "'__LINE__' is reserved to the C implementation",
    "name_constant_size_latest": "constant 'SIZE_LATEST' is a name the generated Python module",
    "name_constant_stdc": "'__STDC_VERSION__' is reserved to the C implementation",
    "name_constant_u64": "'_U64' is reserved to the C implementation",
    "name_constant_underscore": "constant '_' is a Rust keyword",
    "name_constant_x86_64": "'__x86_64__' does not have the expected form",
    "name_copy_function_copy_from_user": "function 'copy_from_user' is a kernel function",
    "name_copy_is_common": "common_function 'kernel_demo' is also the copy_function",
    "name_field_args": None,
    "name_field_c_keyword": "'_Bool' is a C keyword",
    "name_field_errno": "'errno' is a macro of the kernel or C library headers",
    "name_field_i386": "'i386' is a macro gcc predefines",
    "name_field_linux": "'linux' is a macro gcc predefines",
    "name_field_null": "'NULL' is a macro of the kernel or C library headers",
    "name_field_python_builtins": None,
    "name_field_python_keyword": "'lambda' is a Python keyword",
    "name_field_self": "field 'self' is a Rust keyword",
    "name_field_size_t": None,
    "name_field_stdin": None,
    "name_field_trailing_newline": "'ptr\\n' is not allowed here",
    "name_field_unix": "'unix' is a macro gcc predefines",
    "name_flag_einval": "'EINVAL' is an errno name",
    "name_flag_null": "'NULL' is a macro of the kernel or C library headers",
    "name_flag_is_member": "'DEMO_B' is also a field or kernel member",
    "name_constant_is_field": "'DEMO_MAX' is also a field or kernel member",
    "name_flag_size_ver0": "'CLONE_ARGS_SIZE_VER0' is the size macro of VER0",
    "name_flag_trailing_newline": "'DEMO_A\\n' is not allowed here",
    "name_libc_prefix_newline": "'dm_\\n' is not allowed here",
    "name_libc_prefix_o": "libc prefix 'o_' is not a namespace of the project's own",
    "name_libc_prefix_posix": "libc prefix 'get_' is not a namespace of the project's own",
    "name_macro_prefix_clash": "'DEMO_SIZE_VER0' is the size macro of VER0",
    "name_macro_prefix_linux": "'linux' does not have the expected form",
    "name_member_kargs": None,
    "name_release_newline": "'5.3\\n' is not allowed here",
    "name_member_linux": "'linux' is a macro gcc predefines",
    "name_spec_keyword": "'import' is a Python keyword",
    "name_struct_keyword": "'union' is a C keyword",
    "name_struct_linux": "'linux' is a macro gcc predefines",
    "name_struct_process": "the Python class of struct 'process' would be Process",
    "name_struct_same_as_kernel": "the kernel struct is the uapi struct 'demo_args' (kernel.struct names it), so field 'nr_items' keeps its uapi width",
    "name_struct_trailing_newline": "'demo_args\\n' is not allowed here",
    "name_syscall_errno": "'errno' is a macro of the kernel or C library headers",
    "name_syscall_linux": "'linux' is a macro gcc predefines",
    "name_syscall_spawn": "system call 'spawn' is a name the generated Python module defines or imports itself",
    # names each target cannot spell: CamelCase needs a letter, Go file names, C headers,
    # Python modules, macros of the C library and kernel headers the generated C includes
    "name_struct_no_letter": "struct '_1' has no letter before its first digit",
    "name_syscall_no_letter": "system call '_1' has no letter before its first digit",
    "name_spec_no_letter": "spec name '_1' would name the Go file go/<name>.go, which the go command ignores",
    "name_spec_c_header": "spec name 'string' would name the libc header libc/<name>.h like a C library header",
    "name_spec_python_stdlib": "spec name 'typing' is a module of Python's standard library",
    "name_spec_python_hidden": "spec name 'os' is a module of Python's standard library",
    "name_spec_python_install": "spec name 'setuptools' is a module that building or installing the Python package imports",
    "name_constant_bufsiz": "'BUFSIZ' is a macro of the C library headers the generated libc source includes",
    "name_constant_sigkill": "'SIGKILL' is a macro of the C library headers",
    "name_constant_uint64_max": "'UINT64_MAX' is a macro of the C library headers",
    "name_constant_sig_dfl": "'SIG_DFL' is a macro of the C library headers",
    "name_constant_include_guard": "constant 'DEMO_ARGS_H' with the libc prefix is a macro the generated libc header or source defines itself",
    "name_constant_build_bug_on": "constant 'BUILD_BUG_ON' is a function-like macro of the kernel headers",
    "name_constant_task_size": "'TASK_SIZE' is a macro of the kernel headers the generated kernel source includes",
    # -- architectures
    "arch_m68k_only": GO_PORT,
    "arch_alpha_only": GO_PORT,
    # -- types
    "type_arg_parens": TYPE_FORM,
    "type_arg_struct": TYPE_FORM,
    "type_arg_system": TYPE_FORM,
    "type_arg_u32": TYPE_FORM,
    "type_element_injection": "'u32 */' is not one of",
    "type_kernel_type_struct": "'struct' is not one of",
    "type_member_bits_pointer": "'void *' is not one of",
    "type_member_bits_u8": "'u8' is not one of",
    "type_member_comment": TYPE_FORM,
    "type_member_fnptr": None,
    "type_member_int_int": TYPE_FORM,
    "type_member_newline": "'int\\n' is not allowed here",
    "type_member_parens": TYPE_FORM,
    "type_member_struct": TYPE_FORM,
    "type_member_struct_value": TYPE_FORM,
    "type_member_system": TYPE_FORM,
    "type_member_unknown": TYPE_FORM,
    "type_member_void": TYPE_FORM,
    "type_pointee_injection": "is not one of ['int', 'pid_t'",
    # -- paths
    "path_absolute": "'/etc/demo_args.h' does not have the expected form",
    "path_backtick": "'kernel/`id`.c' does not have the expected form",
    "path_constant_header": "does not have the expected form",
    "path_dot_segment": "'kernel/./demo.c' is not allowed here",
    "path_dotdot": "'kernel/../../../tmp/demo.c' is not allowed here",
    "path_header_is_dir": "the uapi header would be written inside include/uapi/linux.h",
    "path_header_libc": "the uapi header and the libc header would both be written to libc/demo_args.h",
    "path_libc_header_newline": "'fcntl.h\\n' is not allowed here",
    "path_newline": "'include/linux/demo_args.h\\n' is not allowed here",
    "path_newline_inside": "does not have the expected form",
    "path_redirect": "'include/linux/demo>x.h' does not have the expected form",
    "path_same": "output path 'include/uapi/linux/demo_args.h' is used for more than one",
    "path_same_via_dot": "'include/uapi/./linux/demo_args.h' is not allowed here",
    "path_same_via_slashes": "'include//uapi/linux/demo_args.h' is not allowed here",
    "path_source_python": "'python/demo_args.py' does not have the expected form",
    "path_trailing_slash": "'include/linux/' does not have the expected form",
    # -- numbers
    "num_array_max_2_40": "needs 4398046511104 bytes of kernel stack in the entry stub",
    "num_array_max_literal": "1099511627776 is greater than the maximum of 256",
    "num_array_max_zero": "0 is less than the minimum of 1",
    "num_bool_as_number": "True is not of type 'integer'",
    "num_empty_hex": "'0x_' is not a number",
    "num_huge_decimal": "number is 100000 characters long",
    "num_huge_hex": "number is 20002 characters long",
    "num_negative": "-5 is less than the minimum of 0",
    "num_two_to_64": "18446744073709551616 does not fit in 64 bits",
    "num_max_limit_all_ones": None,  # Rust spells the limit u64::MAX
    # -- structure
    "struct_alias_bomb": "aliases are not supported",
    "struct_both_or_neither_self": "both_or_neither compares 'stack' with itself",
    "struct_deep_nesting": "nesting deeper than 32 levels",
    "struct_flag_in_csignal": "flag 'CLONE_EVIL' (0x40) lies inside CSIGNAL",
    "struct_python_tag": "unsupported tag",
    "struct_self_check_when": "unknown flag or constant 'NOT_A_FLAG'",
    "struct_sets_array": "clone cannot set the array 'set_tid'",
    "struct_sets_pointer_const": "fork sets the user pointer 'pidfd' from a constant",
    "struct_user_range_self": "user_range compares 'stack' with itself",
}

# The specs the validator lets through though it should not, and what then breaks.
XFAIL: dict[str, str] = {}

# Specs whose trouble shows only on another architecture.
ARCHES: dict[str, tuple[str, ...]] = {"name_field_i386": ("x86_64", "i386")}

# Spec paths, relative to the working directory: every banner names the spec
# by that path ('/' makes directories).
HOSTILE_FILE_NAMES = [
    "x\nimport os; os.system('PWNED')\n#.yaml",
    "x */ int PWNED; \\\n/.yaml",
    "x --> <script>PWNED</script> <!-- .yaml",
    "x \"\"\" PWNED ''' ??/\n.yaml",
    "x\u2028PWNED\r\\.yaml",
    "x\\\n#include </PWNED>\n.yaml",
]


def _params() -> list[object]:
    out = []
    for path in CORPUS:
        marks = []
        if path.stem in XFAIL:
            marks.append(pytest.mark.xfail(strict=True, reason=XFAIL[path.stem]))
        out.append(pytest.param(path, marks=marks, id=path.stem))
    return out


def test_corpus_is_large_and_recorded() -> None:
    assert len(CORPUS) >= 80
    stems = {p.stem for p in CORPUS}
    assert stems == set(EXPECTED), stems ^ set(EXPECTED)
    assert set(XFAIL) <= stems
    for path in CORPUS:
        first = path.read_text("utf-8").splitlines()[0]
        assert first.startswith("# Attacks: "), path.name


def refused_properly(code: int, out: str, err: str, display: str, written: Path) -> None:
    """Exit 1, positioned messages only, nothing written."""
    assert code == 1, err
    assert out == ""
    lines = err.splitlines()
    assert lines and re.fullmatch(r"clonegen: \d+ errors?", lines[-1]), err
    for line in lines[:-1]:
        assert re.match(rf"{re.escape(display)}:\d+:\d+: error: \S", line), line
    assert not [p for p in written.rglob("*") if p.is_file()], "files written for a refused spec"


@pytest.mark.parametrize("path", _params())
def test_hostile_spec(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    display = path.relative_to(ROOT).as_posix()
    code, stdout, stderr = cli("generate", "--out", str(out), display)
    assert "Traceback" not in stderr
    assert code in (0, 1), stderr
    expected = EXPECTED[path.stem]
    if code == 1:
        refused_properly(code, stdout, stderr, display, out)
        assert expected is not None, f"refused, but it should generate:\n{stderr}"
        assert expected in stderr
        return
    assert expected is None, f"generated, but it should be refused with {expected!r}"
    model = model_of(path)
    assert sorted(p.name for p in out.iterdir() if p.name not in (MANIFEST, LOCK)) == [model.name]
    found = problems(out, model, tmp_path, MARKERS, ARCHES.get(path.stem, ("x86_64",)))
    assert not found, "\n".join(found)


@pytest.mark.parametrize("name", HOSTILE_FILE_NAMES, ids=range(len(HOSTILE_FILE_NAMES)))
def test_hostile_file_name(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    spec = tmp_path / name
    spec.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "tests" / "data" / "demo_args.yaml", spec)
    code, _, stderr = cli("generate", "--out", "out", name)
    assert code == 0, stderr
    model = model_of(Path(name))
    # Messages name the spec as given; generated files by a name that is the same
    # from any directory (the file name alone here).
    assert model.file == os.path.normpath(name) and model.source == banner_name(model.file)
    found = problems(tmp_path / "out", model, tmp_path, MARKERS)
    assert not found, "\n".join(found)


# -- hostile inputs other than spec text -------------------------------------------
#
# Paths (devices, FIFOs, sockets, directories, links to them, huge files), manifests,
# lock files, kernel trees, git revisions, releases and identities. Each case runs the
# real command in a fresh process, in a copy of a small project (a git repository with
# spec/clone_args.yaml, its output in out/ next to a user's file, a kernel tree in
# linux/), under a memory limit and a timeout, with an audit hook that lets the process
# run nothing but git, and git no argument that starts with '-' but its own subcommand
# options. It must stop with its status and a message naming the input, no traceback,
# and leave every file of the project as it was (nothing written, nothing lost).

RUN_WITH_HOOK = """
import sys

ALLOWED = {("git", "show"), ("git", "cat-file")}

def hook(event, args):
    if event in ("os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork"):
        raise RuntimeError(f"PWNED: {event} {args!r}")
    if event == "subprocess.Popen":
        argv = [str(a) for a in args[1]]
        if tuple(argv[:2]) not in ALLOWED or any(
            a.startswith("-") and a != "-e" for a in argv[2:]
        ):
            raise RuntimeError(f"PWNED: {argv!r}")

sys.addaudithook(hook)
from clonegen.cli import main
sys.exit(main(sys.argv[1:]))
"""
MEMORY_LIMIT = 3 << 30
SPEC_ARG = "spec/clone_args.yaml"
NEWLINE_SPEC = "spec/a\nSubject: PWNED.yaml"


def _file(path: str, data: bytes) -> Callable[[Path], None]:
    def make(p: Path) -> None:
        (p / path).parent.mkdir(parents=True, exist_ok=True)
        (p / path).write_bytes(data)

    return make


def _link(path: str, target: str) -> Callable[[Path], None]:
    def make(p: Path) -> None:
        (p / path).unlink(missing_ok=True)
        (p / path).symlink_to(target)

    return make


def _fifo(path: str) -> Callable[[Path], None]:
    def make(p: Path) -> None:
        (p / path).unlink(missing_ok=True)
        os.mkfifo(p / path)

    return make


def _socket(path: str) -> Callable[[Path], None]:
    def make(p: Path) -> None:
        sock = socket.socket(socket.AF_UNIX)
        cwd = os.getcwd()
        os.chdir(p)  # a socket's path is short
        try:
            sock.bind(path)
        finally:
            os.chdir(cwd)
            sock.close()

    return make


def _huge(path: str) -> Callable[[Path], None]:
    def make(p: Path) -> None:
        with open(p / path, "wb") as f:
            f.truncate(8 << 30)  # sparse: 8 GiB that take no space

    return make


def _edit(path: str, change: Callable[[str], str]) -> Callable[[Path], None]:
    def make(p: Path) -> None:
        (p / path).write_bytes(change((p / path).read_text("utf-8")).encode("utf-8"))

    return make


def _append(path: str, data: bytes) -> Callable[[Path], None]:
    def make(p: Path) -> None:
        with open(p / path, "ab") as f:
            f.write(data)

    return make


def _move_define_to_the_end(text: str) -> str:
    line = "#define CLONE_ARGS_SIZE_VER2\t88\t/* sizeof VER2, Linux 5.7 */\n"
    assert line in text
    return text.replace(line, "") + line.rstrip("\n") + " \\"


def _claim_everything_below_dot(p: Path) -> None:
    """Manifest lines ``./...`` that list every file of OUT, the user's too: once clonegen
    took '.' for a spec directory, it pruned OUT itself."""
    out = p / "out"
    files = sorted(f.relative_to(out).as_posix() for f in out.rglob("*") if f.is_file())
    with open(out / MANIFEST, "a", encoding="utf-8") as f:
        f.write("".join(f"./{rel}\n" for rel in files))


def _copy_spec_as(name: str) -> Callable[[Path], None]:
    def make(p: Path) -> None:
        shutil.copy(p / SPEC_ARG, p / name)

    return make


@dataclass(frozen=True)
class Hostile:
    argv: tuple[str, ...]
    message: str
    code: int = 1
    prepare: tuple[Callable[[Path], None], ...] = ()


GENERATE = ("generate", "--out", "out")
PATCH = ("kernel-patch", "--tree", "linux")
HOSTILE_INPUTS: dict[str, Hostile] = {
    # -- git revisions: never an option of git
    "rev_output_old": Hostile(
        ("diff", "--", f"--output=D/x:{SPEC_ARG}", SPEC_ARG),
        "argument OLD: revision '--output=D/x' starts with '-', which git reads as an option",
        2,
    ),
    "rev_output_new": Hostile(
        ("diff", "--", SPEC_ARG, f"--output=D/x:{SPEC_ARG}"),
        "argument NEW: revision '--output=D/x' starts with '-'",
        2,
    ),
    "rev_short_option": Hostile(
        ("diff", "--", f"-oD/x:{SPEC_ARG}", SPEC_ARG), "revision '-oD/x' starts with '-'", 2
    ),
    "rev_baseline_option": Hostile(
        ("check-abi", "--baseline=--output=D/x", SPEC_ARG),
        "argument --baseline: revision '--output=D/x' starts with '-'",
        2,
    ),
    # -- spec paths: regular files of at most 1 MiB only, never opened otherwise
    "spec_dev_zero": Hostile(
        ("validate", "/dev/zero"),
        "/dev/zero:1:1: error: cannot read spec: is a character device, not a regular file",
    ),
    "spec_link_to_dev_zero": Hostile(
        GENERATE,
        "spec/zz.yaml:1:1: error: cannot read spec: is a character device (through a "
        "symbolic link), not a regular file",
        prepare=(_link("spec/zz.yaml", "/dev/zero"),),
    ),
    "spec_fifo": Hostile(
        GENERATE,
        "spec/ff.yaml:1:1: error: cannot read spec: is a FIFO, not a regular file",
        prepare=(_fifo("spec/ff.yaml"),),
    ),
    "spec_fifo_layout": Hostile(
        ("layout", "spec/ff.yaml"), "cannot read spec: is a FIFO", prepare=(_fifo("spec/ff.yaml"),)
    ),
    "spec_fifo_diff": Hostile(
        ("diff", "spec/ff.yaml", SPEC_ARG),
        "spec/ff.yaml:1:1: error: cannot read spec: is a FIFO",
        2,
        (_fifo("spec/ff.yaml"),),
    ),
    "spec_socket": Hostile(
        GENERATE,
        "spec/s.yaml:1:1: error: cannot read spec: is a socket, not a regular file",
        prepare=(_socket("spec/s.yaml"),),
    ),
    "spec_directory": Hostile(
        GENERATE,
        "spec/d.yaml:1:1: error: cannot read spec: is a directory, not a regular file",
        prepare=(_file("spec/d.yaml/x", b""),),
    ),
    "spec_sparse_8_gib": Hostile(
        GENERATE,
        "spec/big.yaml:1:1: error: cannot read spec: is larger than 1048576 bytes",
        prepare=(_huge("spec/big.yaml"),),
    ),
    "spec_dangling_link": Hostile(
        GENERATE,
        "spec/gone.yaml:1:1: error: cannot read spec: No such file or directory",
        prepare=(_link("spec/gone.yaml", "nowhere.yaml"),),
    ),
    # -- the output directory: clonegen's own files are read as strictly as specs
    "manifest_dot": Hostile(
        GENERATE,
        # (at the line after the spec's own files, however many the spec renders)
        ": not a line clonegen writes: './.clonegen-",
        prepare=(_claim_everything_below_dot,),
    ),
    "manifest_dot_name": Hostile(
        GENERATE,
        "not a line clonegen writes: './docs/x.md'",
        prepare=(_append(f"out/{MANIFEST}", b"./docs/x.md\n"),),
    ),
    "manifest_link_to_dev_zero": Hostile(
        GENERATE,
        f"out/{MANIFEST}: cannot read clonegen's manifest: it is a character device",
        prepare=(_link(f"out/{MANIFEST}", "/dev/zero"),),
    ),
    "manifest_fifo": Hostile(
        ("check", "--out", "out"),
        f"out/{MANIFEST}: cannot read clonegen's manifest: it is a FIFO",
        prepare=(_fifo(f"out/{MANIFEST}"),),
    ),
    "manifest_not_utf8": Hostile(
        GENERATE,
        f"out/{MANIFEST}: cannot read clonegen's manifest: it is not UTF-8",
        prepare=(_append(f"out/{MANIFEST}", b"clone_args/\xff\n"),),
    ),
    "lock_link": Hostile(
        GENERATE,
        f"out/{LOCK}: cannot open clonegen's lock file: Too many levels of symbolic links",
        prepare=(_link(f"out/{LOCK}", "../user.txt"),),
    ),
    "lock_fifo": Hostile(
        GENERATE,
        f"out/{LOCK}: is not a regular file: it is not clonegen's lock file",
        prepare=(_fifo(f"out/{LOCK}"),),
    ),
    "out_empty_dir_in_spec_dir": Hostile(
        GENERATE,
        "out/clone_args/docs/empty: is not a directory clonegen wrote",
        prepare=(lambda p: (p / "out/clone_args/docs/empty").mkdir(),),
    ),
    "out_dir_link_in_spec_dir": Hostile(
        GENERATE,
        "out/clone_args/mine: is a symbolic link, not a file clonegen wrote",
        prepare=(_link("out/clone_args/mine", "../../spec"),),
    ),
    # -- releases: ASCII numbers of at most three digits
    "kernel_arabic_indic_digits": Hostile(
        (*GENERATE, "--kernel", "\u0667.\u0663"), "is not a kernel release such as 6.18", 2
    ),
    "kernel_mixed_digits": Hostile(
        (*GENERATE, "--kernel", "6.1\u0663"), "is not a kernel release such as 6.18", 2
    ),
    "kernel_26_digits": Hostile(
        ("layout", SPEC_ARG, "--kernel", "7." + "3" * 26), "is not a kernel release", 2
    ),
    "kernel_long_text": Hostile(
        (*GENERATE, "--kernel", "7.3" + "x" * 100000),
        "x'... is not a kernel release such as 6.18",
        2,
    ),
    "decode_release_fullwidth": Hostile(
        ("decode", SPEC_ARG, "00", "--release", "\uff17.\uff13"), "is not a kernel release", 2
    ),
    "patch_kernel_arabic": Hostile(
        (*PATCH, "--kernel", "\u0667.\u0663", SPEC_ARG), "is not a kernel release", 2
    ),
    # -- kernel trees: regular UTF-8 files, releases of sane size, no IndexError
    "tree_version_26_digits": Hostile(
        (*PATCH, SPEC_ARG),
        "linux/Makefile: VERSION and PATCHLEVEL give '" + "9" * 26 + ".3', not a kernel release",
        prepare=(
            _edit("linux/Makefile", lambda t: t.replace("VERSION = 7", "VERSION = " + "9" * 26)),
        ),
    ),
    "tree_version_arabic_indic": Hostile(
        (*PATCH, SPEC_ARG),
        "linux/Makefile: VERSION and PATCHLEVEL give '\u0667.3', not a kernel release",
        prepare=(_edit("linux/Makefile", lambda t: t.replace("VERSION = 7", "VERSION = \u0667")),),
    ),
    "tree_byte_ff": Hostile(
        (*PATCH, SPEC_ARG),
        "linux/kernel/fork.c: is not UTF-8 text: byte 0xff at line ",
        prepare=(_append("linux/kernel/fork.c", b"/* \xff */\n"),),
    ),
    "tree_makefile_ends_in_backslash": Hostile(
        (*PATCH, SPEC_ARG),
        "linux/kernel/Makefile: its first obj-y line continues past the end of the file",
        prepare=(_file("linux/kernel/Makefile", b"obj-y = fork.o \\"),),
    ),
    "tree_define_ends_in_backslash": Hostile(
        (*PATCH, SPEC_ARG),
        "linux/include/uapi/linux/sched.h: #define CLONE_ARGS_SIZE_VER2 continues past the end",
        prepare=(_edit("linux/include/uapi/linux/sched.h", _move_define_to_the_end),),
    ),
    "tree_makefile_fifo": Hostile(
        (*PATCH, SPEC_ARG),
        "linux/Makefile: is a FIFO, not a regular file",
        prepare=(_fifo("linux/Makefile"),),
    ),
    "tree_source_dev_zero": Hostile(
        (*PATCH, SPEC_ARG),
        "linux/kernel/fork.c: is a character device (through a symbolic link), not a regular",
        prepare=(_link("linux/kernel/fork.c", "/dev/zero"),),
    ),
    "tree_missing": Hostile(
        ("kernel-patch", "--tree", "nowhere", SPEC_ARG),
        "nowhere: no such directory: --tree names the top directory of a kernel tree",
    ),
    # -- mail headers: a spec file name and an identity with line breaks
    "patch_spec_name_newline": Hostile(
        (*PATCH, NEWLINE_SPEC),
        "kernel-patch names the spec 'spec/a\\nSubject: PWNED.yaml' in the Subject of its mail",
        prepare=(_copy_spec_as(NEWLINE_SPEC),),
    ),
    "patch_signoff_carriage_return": Hostile(
        (*PATCH, "--signoff", "A\rBcc: PWNED <a@b.c>", SPEC_ARG), "is not NAME <EMAIL>", 2
    ),
}


def _digest(path: Path) -> tuple[int, str]:
    """A regular file's size and a sha256 of its data extents with their offsets, read in
    chunks and without reading holes (a case's sparse 8 GiB file is one hole: neither read
    into this process's memory nor read at all)."""
    digest = hashlib.sha256()
    size = path.stat().st_size
    with open(path, "rb") as f:
        fd, offset = f.fileno(), 0
        while offset < size:
            try:
                start = os.lseek(fd, offset, os.SEEK_DATA)
            except OSError as e:
                if e.errno != errno.ENXIO:
                    raise
                break  # only a hole is left
            end = os.lseek(fd, start, os.SEEK_HOLE)
            f.seek(start)
            digest.update(start.to_bytes(8, "little"))
            while f.tell() < end:
                chunk = f.read(min(1 << 20, end - f.tell()))
                if not chunk:
                    break
                digest.update(chunk)
            offset = end
    return size, digest.hexdigest()


def _state(root: Path) -> dict[str, object]:
    """Every entry below ``root`` without following links or opening anything but
    regular files: contents (size and digest), link targets, kinds."""
    found: dict[str, object] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            mode = path.lstat().st_mode
            if rel.endswith(LOCK) or rel.startswith(".git/"):
                continue
            if stat.S_ISLNK(mode):
                found[rel] = ("link", os.readlink(path))
            elif stat.S_ISREG(mode):
                found[rel] = _digest(path)
            else:
                found[rel] = stat.S_IFMT(mode)
    return found


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project every case copies: git repository, spec, output, user file, tree."""
    from test_intree_patch import fake_tree

    root = tmp_path_factory.mktemp("hostile-inputs") / "p"
    (root / "spec").mkdir(parents=True)
    shutil.copy(ROOT / SPEC_ARG, root / "spec")
    fake_tree(root)
    for args in (["init", "-q"], ["add", "spec"], ["commit", "-qm", "spec"]):
        git = ["git", "-c", "user.name=t", "-c", "user.email=t@t.invalid", *args]
        subprocess.run(git, cwd=root, check=True, capture_output=True)
    env = dict(os.environ, CLONEGEN_CACHE_DIR=str(root.parent / "cache"))
    subprocess.run([sys.executable, "-m", "clonegen", *GENERATE], cwd=root, env=env, check=True)
    (root / "user.txt").write_text("the user's\n")
    (root / "out" / "user.txt").write_text("the user's\n")
    return root


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.parametrize("case", HOSTILE_INPUTS, ids=list(HOSTILE_INPUTS))
def test_hostile_input(case: str, hostile_project: Path, tmp_path: Path) -> None:
    hostile = HOSTILE_INPUTS[case]
    project = tmp_path / "p"
    shutil.copytree(hostile_project, project, symlinks=True)
    for prepare in hostile.prepare:
        prepare(project)
    before = _state(project)
    proc = subprocess.Popen(
        [sys.executable, "-c", RUN_WITH_HOOK, *hostile.argv],
        cwd=project,
        env=dict(os.environ, CLONEGEN_CACHE_DIR=str(hostile_project.parent / "cache")),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_limits,
        start_new_session=True,
    )
    try:
        raw_out, raw_err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.communicate()
        pytest.fail(f"{case}: still running after 120 s (a FIFO or device read?)")
    stdout, stderr = raw_out.decode(errors="replace"), raw_err.decode(errors="replace")
    assert "Traceback" not in stderr and "PWNED" not in stdout, stderr
    assert proc.returncode == hostile.code, (proc.returncode, stderr)
    assert hostile.message in stderr, stderr
    assert _state(project) == before, "the run changed the project"
    assert not os.path.lexists(project / "D"), "git wrote a file"
