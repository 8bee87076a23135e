"""The call plan is the one place the libc and kernel views take their call facts from.

Each test renders a target with a plan changed in one fact (dataclasses.replace) and
finds the change in the output: a view that worked the fact out again from the model
would render the spec's own value and fail here. A scan of the views' source backs it:
they do not read the model's call facts (numbers, size policies of entry points, the
ioctl) themselves.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT

from clonegen import plan as plan_module
from clonegen.model import Spec
from clonegen.pipeline import model_of
from clonegen.plan import Call, Numbers, Plan, plan
from clonegen.render import render_spec
from clonegen.targets import TARGETS
from clonegen.views import kernel, libc, uapi

VIEWS = ROOT / "src" / "clonegen" / "views"


def spec(name: str) -> Spec:
    return model_of(ROOT / "spec" / f"{name}.yaml")


def rendered(s: Spec, target: str) -> str:
    (text,) = render_spec(s, tuple(t for t in TARGETS if t.name == target)).values()
    return text


def changed_call(p: Plan, name: str, change: Callable[[Call], Call]) -> Plan:
    """``p`` with the call ``name`` changed wherever the plan holds it."""

    def one(c: Call) -> Call:
        return change(c) if c.name == name else c

    return replace(
        p,
        main=one(p.main),
        calls=tuple(one(c) for c in p.calls),
        extra_calls=tuple(one(c) for c in p.extra_calls),
        outputs=tuple(one(c) for c in p.outputs),
    )


def use_plan(
    monkeypatch: pytest.MonkeyPatch, modules: tuple[ModuleType, ...], s: Spec, p: Plan
) -> None:
    """The views in ``modules`` get ``p`` as the plan of ``s``."""
    for m in modules:
        monkeypatch.setattr(m, "plan", lambda x: p if x is s else plan(x))


def test_libc_wrapper_numbers_come_from_the_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    s = spec("sched_attr")
    before = rendered(s, "libc source")
    assert "# define CG_SYS_sched_getattr 275\n" in before  # the spec's default number
    numbers = Numbers(1234, (("x86_64", 4321),))
    p = changed_call(plan(s), "sched_getattr", lambda c: replace(c, numbers=numbers))
    use_plan(monkeypatch, (libc,), s, p)
    after = rendered(s, "libc source")
    assert "# define CG_SYS_sched_getattr 1234\n" in after
    assert "# define CG_SYS_sched_getattr 4321\n" in after
    assert "# define CG_SYS_sched_getattr 275\n" not in after
    assert "# define CG_SYS_sched_getattr 315\n" not in after  # x86_64's in the spec


def test_libc_main_number_comes_from_the_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    s = spec("open_how")
    assert "# define CG_SYS_openat2 437\n" in rendered(s, "libc source")
    p = changed_call(plan(s), "openat2", lambda c: replace(c, numbers=Numbers(999, ())))
    use_plan(monkeypatch, (libc,), s, p)
    after = rendered(s, "libc source")
    assert "# define CG_SYS_openat2 999\n" in after
    assert "# define CG_SYS_openat2 437\n" not in after
    assert "CG_SYS_openat2 547" not in after  # alpha's, gone with the spec's table
    assert after.count("\nlong cg_openat2(") == 1  # still the one plain wrapper


def test_libc_wrapper_arguments_come_from_the_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    s = spec("sched_attr")
    declared = (
        "long cg_sched_getattr(pid_t pid, struct cg_sched_attr *args, {}, unsigned int flags);"
    )
    assert declared.format("unsigned int size") in rendered(s, "libc header")
    p = changed_call(plan(s), "sched_getattr", lambda c: replace(c, size_type="size_t"))
    use_plan(monkeypatch, (libc,), s, p)
    assert declared.format("size_t size") in rendered(s, "libc header")


def test_libc_plain_main_is_the_plans(monkeypatch: pytest.MonkeyPatch) -> None:
    """A main call the plan gives a trailing argument gets a wrapper of its own."""
    s = spec("open_how")
    plain = "long cg_openat2(int dfd, const char *filename, const struct cg_open_how *args, size_t size)"
    before = rendered(s, "libc source")
    assert (
        f"{plain}\n" in before and "syscall(CG_SYS_openat2, dfd, filename, args, size);" in before
    )
    main = plan(s).main
    p = changed_call(plan(s), "openat2", lambda c: replace(c, trailing=main.args[:1]))
    use_plan(monkeypatch, (libc,), s, p)
    after = rendered(s, "libc source")
    assert f"{plain}\n" not in after
    assert f"{plain.removesuffix(')')}, int dfd)\n" in after
    assert "syscall(CG_SYS_openat2, dfd, filename, args, size, dfd);" in after


def test_libc_ioctl_number_comes_from_the_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    s = spec("pidfd_info")
    ioc = "(unsigned long)_IOC(_IOC_READ | _IOC_WRITE, 0xff, {}, size)"
    assert ioc.format(11) in rendered(s, "libc source")
    p = plan(s)
    assert p.main.ioctl is not None
    io = replace(p.main.ioctl, nr=12, dir="write")
    p = changed_call(replace(p, ioctl=io), "pidfd_get_info", lambda c: replace(c, ioctl=io))
    use_plan(monkeypatch, (libc,), s, p)
    after = rendered(s, "libc source")
    assert "(unsigned long)_IOC(_IOC_WRITE, 0xff, 12, size)" in after
    assert ioc.format(11) not in after


def test_kernel_stub_takes_its_call_from_the_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    s = spec("mount_attr")
    before = rendered(s, "kernel source")
    assert re.search(r"SYSCALL_DEFINE5\(mount_setattr,[^)]*\n\t\tsize_t, usize\)", before)
    p = changed_call(plan(s), "mount_setattr", lambda c: replace(c, size_type="unsigned int"))
    use_plan(monkeypatch, (kernel,), s, p)
    after = rendered(s, "kernel source")
    assert re.search(r"SYSCALL_DEFINE5\(mount_setattr,[^)]*\n\t\tunsigned int, usize\)", after)
    # open_tree_attr keeps its own size argument
    assert re.search(r"SYSCALL_DEFINE5\(open_tree_attr,[^)]*\n\t\tsize_t, usize\)", after)


def test_kernel_arguments_come_from_the_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    s = spec("sched_attr")
    p = plan(s)
    renamed = tuple(replace(a, name="who") for a in p.main.args)
    p = changed_call(p, "sched_setattr", lambda c: replace(c, args=renamed))
    use_plan(monkeypatch, (kernel,), s, p)
    after = rendered(s, "kernel source")
    assert "SYSCALL_DEFINE3(sched_setattr, pid_t, who," in after
    assert "SYSCALL_DEFINE4(sched_getattr, pid_t, pid," in after  # not the changed call
    assert " * @who: passed on to " in after
    header = rendered(s, "kernel header")
    assert "long sched_setattr_common(pid_t who, unsigned int flags, " in header
    assert "long sched_getattr_common(pid_t pid, unsigned int flags, " in header


def test_kernel_size_field_comes_from_the_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    s = spec("sched_attr")
    p = plan(s)
    assert p.size.field is not None
    before = rendered(s, "kernel source")
    assert "\tu32 usize;\n" in before
    assert "put_user((u32)sizeof(args), &uargs->size);" in before
    field = replace(p.size.field, kernel_type="u64")
    p = replace(p, size=replace(p.size, field=field, write_back=False))
    use_plan(monkeypatch, (kernel,), s, p)
    after = rendered(s, "kernel source")
    assert "\tu64 usize;\n" in after
    assert "put_user(" not in after  # no write-back in the changed plan


def test_kernel_ioctl_comes_from_the_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    s = spec("pidfd_info")
    p = plan(s)
    assert p.main.ioctl is not None and p.main.ioctl.requests
    io = replace(p.main.ioctl, macro="OTHER_GET_INFO", requests=())
    p = changed_call(replace(p, ioctl=io), "pidfd_get_info", lambda c: replace(c, ioctl=io))
    use_plan(monkeypatch, (kernel, uapi), s, p)
    after = rendered(s, "kernel source")
    assert "extensible_ioctl_valid(cmd, OTHER_GET_INFO, " in after
    assert "copy_from_user(&kargs." not in after  # no request fields read in first
    assert "#define OTHER_GET_INFO\t" in rendered(s, "uapi header")


def test_plan_numbers_are_the_entry_points_or_the_specs() -> None:
    s = spec("sched_attr")
    by_name = {c.name: c for c in plan(s).calls}
    assert [c.name for c in plan(s).calls] == [e.name for e in s.struct_entries]
    assert by_name["sched_setattr"].numbers == Numbers(s.default_number, s.numbers)
    get = next(e for e in s.struct_entries if e.name == "sched_getattr")
    assert by_name["sched_getattr"].numbers == Numbers(275, get.numbers)
    assert dict(get.numbers)["x86_64"] == 315
    assert by_name["sched_setattr"].size_type is None  # the size is the struct's field
    assert by_name["sched_getattr"].size_type == "unsigned int"
    assert not by_name["sched_getattr"].plain and not by_name["sched_setattr"].plain
    assert plan(spec("open_how")).main.plain


# What a view would read to work a call fact out again: the model's numbers, the size
# policy of an entry point, its arguments after the struct, the ioctl of the size policy.
MODEL_CALL_FACTS = frozenset(
    {"default_number", "size_of", "trailing_arguments", "struct_entry", "struct_entries"}
)


def model_call_reads(path: Path) -> list[str]:
    """Reads of the model's call facts, except in a view's refusals (a function returning
    ``list[Refusal]``): they judge the entry points as the spec writes them, on a model that
    may not plan."""
    tree = ast.parse(path.read_text())
    refusals = {
        id(node)
        for fn in ast.walk(tree)
        if isinstance(fn, ast.FunctionDef) and "Refusal" in ast.unparse(fn.returns or fn)
        for node in ast.walk(fn)
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or id(node) in refusals:
            continue
        spec_numbers = node.attr == "numbers" and ast.unparse(node.value) in ("spec", "e")
        size_ioctl = node.attr == "ioctl" and ast.unparse(node.value).endswith(".size")
        if node.attr in MODEL_CALL_FACTS or spec_numbers or size_ioctl:
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


@pytest.mark.parametrize("view", sorted(p.name for p in VIEWS.glob("*.py")))
def test_views_read_no_call_fact_of_the_model(view: str) -> None:
    assert model_call_reads(VIEWS / view) == []


def test_the_scan_finds_a_model_read(tmp_path: Path) -> None:
    """The scan above is not blind: a view that reads the model's numbers is found."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "def f(spec, e):\n    return spec.numbers, e.default_number, spec.size.ioctl\n"
        "def g(spec) -> list[Refusal]:\n    return spec.struct_entries\n"
    )
    assert len(model_call_reads(bad)) == 3


def test_the_plan_module_is_what_the_views_import() -> None:
    for m in (libc, kernel, uapi):
        assert m.plan is plan_module.plan
