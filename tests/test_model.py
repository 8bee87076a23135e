from __future__ import annotations

from conftest import ROOT

from clonegen.pipeline import model_of

CSIGNAL, CLONE_DETACHED, CLONE_NEWTIME = 0xFF, 0x400000, 0x80


def clone(release: str | None = None):  # type: ignore[no-untyped-def]
    return model_of(ROOT / "spec/clone_args.yaml", release)


def test_clone_args_layout_matches_the_kernel() -> None:
    spec = clone()
    names = [f.name for f in spec.fields]
    assert names == [
        "flags",
        "pidfd",
        "child_tid",
        "parent_tid",
        "exit_signal",
        "stack",
        "stack_size",
        "tls",
        "set_tid",
        "set_tid_size",
        "cgroup",
    ]
    assert [f.offset for f in spec.fields] == list(range(0, 88, 8))
    assert [(v.macro, v.size, v.since) for v in spec.versions] == [
        ("CLONE_ARGS_SIZE_VER0", 64, "5.3"),
        ("CLONE_ARGS_SIZE_VER1", 80, "5.5"),
        ("CLONE_ARGS_SIZE_VER2", 88, "5.7"),
    ]
    assert spec.field("set_tid").kernel_type == "pid_t *"
    assert spec.field("pidfd").kernel_type == "int __user *"
    assert spec.default_number == 435 and dict(spec.numbers)["alpha"] == 545


def _known_mask(spec) -> int:  # type: ignore[no-untyped-def]
    (check,) = [c for c in spec.checks if c.rule_name == "known_flags"]
    return check.rule.mask.value


def test_known_flags_follow_the_release() -> None:
    legacy = 0xFFFFFFFF
    kernel_618 = (legacy | 1 << 32 | 1 << 33) & ~(CLONE_DETACHED | (CSIGNAL & ~CLONE_NEWTIME))
    assert _known_mask(clone("6.18")) == kernel_618
    assert _known_mask(clone("7.3")) == kernel_618 | 0xF << 34
    assert _known_mask(clone("5.5")) == (legacy | 1 << 32) & ~(CLONE_DETACHED | CSIGNAL)


def test_release_filter_drops_newer_parts() -> None:
    old = clone("5.5")
    assert [v.name for v in old.versions] == ["VER0", "VER1"]
    assert "cgroup" not in [f.name for f in old.fields]
    assert all(c.field != "cgroup" for c in old.checks)
    assert "CLONE_INTO_CGROUP" not in [f.name for f in old.flags]
    assert old.latest.size == 80
    assert "for Linux 5.5" in old.banner
    assert clone("6.18").latest.size == 88


def test_entry_points_fill_one_struct() -> None:
    spec = clone()
    by_name = {e.name: e for e in spec.entry_points}
    assert set(by_name) == {"fork", "vfork", "clone", "clone3"}
    assert spec.struct_entry.name == "clone3"
    clone_sets = {a.target: a.text for a in by_name["clone"].sets}
    assert clone_sets["flags"] == "lower_32_bits(clone_flags) & ~CSIGNAL"
    assert clone_sets["exit_signal"] == "lower_32_bits(clone_flags) & CSIGNAL"
    assert [o.config for o in by_name["clone"].orders][-1] == "default"
    vfork = {a.target: a.text for a in by_name["vfork"].sets}
    assert vfork == {"flags": "CLONE_VFORK | CLONE_VM", "exit_signal": "SIGCHLD"}


def test_open_how_is_not_clone_shaped() -> None:
    spec = model_of(ROOT / "spec/open_how.yaml")
    assert [type(s).__name__ for s in spec.size.steps] == ["TooSmall", "TooLarge"]
    assert [f.uapi_type for f in spec.fields] == ["__u64"] * 3
    assert spec.latest.size == 24
    assert spec.valid_checks == ()
    assert {f.field for f in spec.flags} == {"resolve"}
