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

import os
import re
import shutil
from pathlib import Path

import pytest
from artifact_checks import problems
from conftest import ROOT, cli

from clonegen.loader import banner_name
from clonegen.output import MANIFEST
from clonegen.pipeline import model_of

CORPUS = sorted((ROOT / "tests" / "hostile").glob("*.yaml"))
MARKERS = ("PWNED",)
TYPE_FORM = "does not have the expected form"

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
    assert sorted(p.name for p in out.iterdir() if p.name != MANIFEST) == [model.name]
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
