"""The Rust target: a crate with no dependency that Debian's cargo 1.63 and current ones
build offline, as a user crate's path dependency in editions 2021 and 2024; its module
builds with no std in every edition, proves its layout at compile time, makes real
clone3() and openat2() calls, and gives the generated C copy-in's verdict on every case.

The tests prefer Debian's /usr/bin/rustc (a rustup toolchain may come first in
PATH); every other rustc found is used for the build tests too.
"""

from __future__ import annotations

import ctypes
import json
import os
import random
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from ctools import HARNESS, KERNEL_WANTS, WARN, cc, common_checks, kernel_includes, require
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_rules_property import NAME, REGRESSIONS, build, cases_of, fixed_spec, specs

from clonegen import rules
from clonegen.errnos import ERRNO_NUMBERS
from clonegen.pipeline import model_of
from clonegen.views.python import camel

GEN = ROOT / "generated"
# The specs that render a Rust module (a spec may list rust in skip_outputs).
SPECS = sorted(
    p.stem
    for p in (ROOT / "spec").glob("*.yaml")
    if "rust" not in (yaml.safe_load(p.read_text()).get("skip_outputs") or [])
)
DEBIAN_RUSTC = Path("/usr/bin/rustc")


def rustc_version(rustc: str) -> tuple[int, int]:
    out = subprocess.run([rustc, "--version"], capture_output=True, text=True).stdout
    m = re.match(r"rustc (\d+)\.(\d+)", out)
    assert m, out
    return int(m[1]), int(m[2])


def compilers() -> list[str]:
    """Debian's rustc first, then any other rustc on PATH that is a different version."""
    found: list[str] = []
    if DEBIAN_RUSTC.exists():
        found.append(str(DEBIAN_RUSTC))
    other = shutil.which("rustc")
    if other and (not found or rustc_version(other) != rustc_version(found[0])):
        found.append(other)
    return found


def knows_2024(rustc_path: str) -> bool:
    return rustc_version(rustc_path) >= (1, 85)


def rustc() -> str:
    """The rustc the tests run with: Debian's, else the one on PATH."""
    found = compilers()
    if not found:
        require("rustc")
    return found[0]


def compile_rust(args: list[str], rustc_path: str | None = None) -> None:
    cmd = [rustc_path or rustc(), "-D", "warnings", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if proc.returncode:
        pytest.fail(" ".join(cmd) + "\n" + proc.stderr)


def module(gen: Path, spec: str) -> Path:
    return gen / spec / "rust" / f"{spec}.rs"


# -- building --------------------------------------------------------------------


@pytest.mark.parametrize("edition", ["2015", "2018", "2021", "2024"])
@pytest.mark.parametrize("spec", SPECS)
def test_builds_in_a_no_std_crate_with_every_rustc(spec: str, edition: str, tmp_path: Path) -> None:
    """A #![no_std] library crate of the module alone, warning-free (-D warnings), with every
    rustc that knows the edition (2024: Rust 1.85, which wants `unsafe extern`)."""
    found = [c for c in compilers() or [rustc()] if edition != "2024" or knows_2024(c)]
    if not found:
        pytest.skip("no rustc >= 1.85 (edition 2024) is installed")
    lib = tmp_path / "lib.rs"
    lib.write_text(f'#![no_std]\n#[path = "{module(GEN, spec)}"]\npub mod {spec};\n')
    for path in found:
        compile_rust(
            [f"--edition={edition}", "--crate-type=rlib", "-C", "panic=abort", str(lib)]
            + ["-o", str(tmp_path / f"lib{spec}.rlib")],
            path,
        )


def toolchains() -> list[tuple[str, str]]:
    """(cargo, rustc) pairs: Debian's, then the ones on PATH where they are another version."""
    found = []
    if Path("/usr/bin/cargo").exists() and DEBIAN_RUSTC.exists():
        found.append(("/usr/bin/cargo", str(DEBIAN_RUSTC)))
    cargo, other = shutil.which("cargo"), shutil.which("rustc")
    if cargo and other and (not found or rustc_version(other) != rustc_version(found[0][1])):
        found.append((cargo, other))
    if not found:
        require("cargo")
    return found


def cargo_run(
    toolchain: tuple[str, str], args: list[str], crate: Path, home: Path
) -> subprocess.CompletedProcess[str]:
    """cargo offline, with CARGO_HOME in ``home`` (nothing global is read or written)."""
    cargo, rustc_path = toolchain
    env = dict(os.environ, CARGO_HOME=str(home), RUSTC=rustc_path, RUSTFLAGS="-D warnings")
    env.update(RUSTDOC=str(Path(rustc_path).with_name("rustdoc")), RUSTDOCFLAGS="-D warnings")
    env.pop("CARGO_TARGET_DIR", None)
    proc = subprocess.run(
        [cargo, *args, "--offline"],
        cwd=crate,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, " ".join([cargo, *args]) + "\n" + proc.stderr
    return proc


def copy_crate(spec: str, into: Path) -> Path:
    """The generated crate of ``spec``, alone, copied to ``into`` (as a user would vendor it)."""
    crate = into / "generated" / spec / "rust"
    shutil.copytree(GEN / spec / "rust", crate)
    return crate


@pytest.mark.parametrize("spec", SPECS)
def test_cargo_builds_the_crate_offline(spec: str, tmp_path: Path) -> None:
    """The generated crate as it is, with every cargo: it builds and documents warning-free
    (rustdoc too), offline, with no dependency; cargo reads the name, version and library the
    view states."""
    from clonegen.views.rust import RustCrateView

    view = RustCrateView.of(model_of(ROOT / f"spec/{spec}.yaml"))
    assert view is not None
    crate = copy_crate(spec, tmp_path)
    for i, toolchain in enumerate(toolchains()):
        home = tmp_path / f"home{i}"
        meta = json.loads(
            cargo_run(
                toolchain, ["metadata", "--no-deps", "--format-version", "1"], crate, home
            ).stdout
        )
        (package,) = meta["packages"]
        assert (package["name"], package["version"]) == (spec, view.version)
        assert package["dependencies"] == [] and package["edition"] == "2021"
        (lib,) = package["targets"]
        assert lib["kind"] == ["lib"] and Path(lib["src_path"]) == crate / "src" / "lib.rs"
        for command in ("build", "doc"):
            cargo_run(
                toolchain, [command, "--quiet", "--target-dir", str(tmp_path / "t")], crate, home
            )
        assert (tmp_path / "t" / "debug" / f"lib{spec}.rlib").is_file()
        # rustdoc shows the module's items at the crate's root
        page = (tmp_path / "t" / "doc" / spec / "index.html").read_text()
        assert f"struct.{camel(view.spec.uapi.struct)}.html" in page, page[:2000]
        shutil.rmtree(tmp_path / "t")


def test_the_crate_version_grows_with_the_abi(tmp_path: Path) -> None:
    """0.<struct versions>.<flags, constants, entry points>+<digest>: a cut for an older
    kernel has a smaller version, and one more flag a larger one."""
    from clonegen.views.rust import crate_version

    path = ROOT / "spec/clone_args.yaml"
    full, cut = model_of(path), model_of(path, "5.3")

    def parts(version: str) -> tuple[int, int, int]:
        m = re.fullmatch(r"0\.(\d+)\.(\d+)\+sha256\.[0-9a-f]{16}(\.linux\.[0-9.]+)?", version)
        assert m, version
        return 0, int(m[1]), int(m[2])

    assert parts(crate_version(cut)) < parts(crate_version(full))
    assert crate_version(cut).endswith(f"+sha256.{full.digest}.linux.5.3")
    assert parts(crate_version(full))[1] == len(full.versions) == 3
    text = path.read_text()
    last = "  - {name: CLONE_AUTOREAP,"
    assert last in text
    spare = '  - {name: CLONE_SPARE, field: flags, value: 0x100000000000, since: "7.3", entry_points: [clone3], doc: "Spare."}\n'
    more = text.replace(last, spare + last, 1)
    (tmp_path / "clone_args.yaml").write_text(more)
    grown = model_of(tmp_path / "clone_args.yaml")
    assert len(grown.flags) == len(full.flags) + 1
    assert parts(crate_version(grown)) == (0, 3, parts(crate_version(full))[2] + 1)
    assert crate_version(grown).split("+")[1] != crate_version(full).split("+")[1]


@pytest.mark.parametrize("spec", SPECS)
def test_layout_against_offset_of(spec: str, tmp_path: Path) -> None:
    """Where the compiler has core::mem::offset_of! (Rust 1.77), every offset and size the
    model states holds for the Rust struct too (the module's own assertions use a
    byte pattern, which Rust 1.63 can evaluate)."""
    found = [c for c in compilers() if rustc_version(c) >= (1, 77)]
    if not found:
        pytest.skip("no rustc >= 1.77 (core::mem::offset_of!) is installed")
    m = model_of(ROOT / f"spec/{spec}.yaml")
    struct = camel(m.uapi.struct)
    lines = [f'#![no_std]\n#[path = "{module(GEN, spec)}"]\npub mod {spec};\nuse {spec}::*;']
    for f in m.fields:
        lines.append(
            f"const _: () = assert!(core::mem::offset_of!({struct}, {f.name}) == {f.offset});"
        )
    lines.append(f"const _: () = assert!(core::mem::size_of::<{struct}>() == {m.latest.size});")
    lib = tmp_path / "lib.rs"
    lib.write_text("\n".join(lines) + "\n")
    compile_rust(
        ["--edition=2021", "--crate-type=rlib", "-C", "panic=abort", str(lib)]
        + ["-o", str(tmp_path / "liblayout.rlib")],
        found[0],
    )


def test_errno_table_is_this_machines() -> None:
    """The errno numbers the Rust module states are the running system's (asm-generic here)."""
    import errno

    for name, (generic, _) in ERRNO_NUMBERS.items():
        assert getattr(errno, name) == generic, name


# -- real calls --------------------------------------------------------------------


def test_real_clone3_with_pidfd_and_openat2_beneath(tmp_path: Path) -> None:
    main = tmp_path / "calls.rs"
    main.write_text(
        "".join(f'#[path = "{module(GEN, s)}"]\nmod {s};\n' for s in ("clone_args", "open_how"))
        + f'include!("{ROOT / "tests" / "rust" / "calls.rs"}");\n'
    )
    exe = tmp_path / "calls"
    compile_rust(["--edition=2021", str(main), "-o", str(exe)])
    proc = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "exited with 7, seen through pidfd" in proc.stdout
    assert "refusals agree with the kernel" in proc.stdout
    assert "RESOLVE_BENEATH keeps the lookup inside" in proc.stdout


# What each spec's real-call program (tests/rust/<spec>.rs) prints when it works.
REAL_CALLS = {
    "sched_attr": [
        "nice 100 clamped to 19",
        "size 0 taken as VER0",
        "the VER1 refusal agrees with the kernel",
        "sched_attr calls done",
    ],
    "mount_attr": [
        "mount_setattr made the mount read-only",
        "open_tree_attr gave a writable clone",
        "refusals agree with the kernel",
    ],
    "pidfd_info": [
        "a size below VER0 fails with ENOTTY",
        "the exit status is 9",
    ],
}


def run_real_calls(spec: str, exe: Path, tmp_path: Path) -> str:
    """Run a real-call program; mount_attr's in a mount namespace of its own (unshare -m, as
    root) with a tmpfs at a directory it gets as its argument, so no mount of the host changes."""
    cmd = [str(exe)]
    if spec == "mount_attr":
        require("unshare")
        where = tmp_path / "mnt"
        where.mkdir()
        cmd = ["unshare", "-m", "--propagation", "private", "sh", "-ec"]
        cmd += ['mount -t tmpfs cg "$1" && exec "$2" "$1"', "sh", str(where), str(exe)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def real_call_output(spec: str, tmp_path: Path) -> str:
    main = tmp_path / "main.rs"
    main.write_text(
        f'#[path = "{module(GEN, spec)}"]\nmod {spec};\n'
        f'include!("{ROOT / "tests" / "rust" / f"{spec}.rs"}");\n'
    )
    exe = tmp_path / spec
    compile_rust(["--edition=2021", str(main), "-o", str(exe)])
    return run_real_calls(spec, exe, tmp_path)


def check_real_calls(spec: str, out: str) -> None:
    """The lines every real-call program prints, and what the kernel reported in them."""
    for line in REAL_CALLS[spec]:
        assert line in out, out
    if spec == "sched_attr":
        m = model_of(ROOT / f"spec/{spec}.yaml")
        reported = int(re.search(r"sched_getattr reports (\d+)", out)[1])  # type: ignore[index]
        written = int(re.search(r"E2BIG writes back (\d+)", out)[1])  # type: ignore[index]
        # The size sched_getattr() reports and the one the kernel writes back on E2BIG are
        # both the kernel's sizeof(struct sched_attr), which knows at least the spec's fields.
        assert reported == written >= m.latest.size, out
    if spec == "pidfd_info":
        # The pid the ioctl reports is the child's, as the program knows it from fork.
        m = re.search(r"PIDFD_GET_INFO returns pid (\d+) of pid (\d+)", out)
        assert m and m[1] == m[2] and int(m[1]) > 1, out


@pytest.mark.parametrize("spec", sorted(REAL_CALLS))
def test_real_calls_of_the_spec(spec: str, tmp_path: Path) -> None:
    check_real_calls(spec, real_call_output(spec, tmp_path))


# -- the verdict, against the generated C copy-in ---------------------------------


def verdict_driver(rs: Path, struct: str, work: Path) -> Path:
    main = work / "verdict_main.rs"
    main.write_text(
        f'#[path = "{rs}"]\nmod gen;\nuse gen::{struct} as S;\n'
        f'include!("{ROOT / "tests" / "rust" / "verdict.rs"}");\n'
    )
    exe = work / "rust_verdict"
    compile_rust(["--edition=2021", "-C", "opt-level=1", str(main), "-o", str(exe)])
    return exe


def run_lines(exe: Path, lines: list[str]) -> list[int]:
    proc = subprocess.run(
        [str(exe)], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    return [int(x) for x in proc.stdout.split()]


def case_lines(
    spec: dict[str, Any], cases: list[tuple[dict[str, int], int, int | None]]
) -> list[str]:
    """The cases as generic_verdict.c reads them: size, the struct's bytes, a tail offset."""
    latest = spec["versions"][-1]["size"]
    import struct

    lines = []
    for values, size, tail in cases:
        raw = b"".join(struct.pack("=Q", values[f["name"]]) for f in spec["fields"])
        head = raw[: min(size, latest)].hex() or "-"
        lines.append(f"{size} {head}" + (f" {tail}" if tail is not None else ""))
    return lines


def rust_vs_c(spec: dict[str, Any], seed: int, work: Path, runtime: Path) -> list[str]:
    work.mkdir(parents=True, exist_ok=True)
    c_exe, _module = build(spec, work, runtime)
    rust_exe = verdict_driver(module(work / "gen", NAME), camel(NAME), work)
    lines = case_lines(spec, cases_of(spec, seed, 300))
    c, r = run_lines(c_exe, lines), run_lines(rust_exe, lines)
    assert len(c) == len(r) == len(lines)
    return [f"{line}: C {a}, Rust {b}" for line, a, b in zip(lines, c, r) if a != b]


@pytest.fixture(scope="module")
def runtime_o(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require("gcc")
    out = tmp_path_factory.mktemp("runtime") / "runtime.o"
    cc([*WARN, "-O1", "-c", str(HARNESS / "runtime.c"), "-o", str(out)])
    return out


@settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(spec=specs(), seed=st.integers(0, 2**32))
@example(spec=fixed_spec(1024), seed=1)
def test_rust_verdict_equals_c_copy_in_for_random_specs(
    spec: dict[str, Any], seed: int, runtime_o: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Random specs of the rule property test (every rule, phase, kernel type and size
    policy): the Rust verdict_bytes() and the C copy-in give the same errno on 300 cases."""
    rustc()
    bad = rust_vs_c(spec, seed, tmp_path_factory.mktemp("rspec"), runtime_o)
    assert not bad, yaml.safe_dump(spec, sort_keys=False) + "\n".join(bad[:20])


@pytest.mark.parametrize("name", sorted(REGRESSIONS))
def test_rust_regressions(name: str, runtime_o: Path, tmp_path: Path) -> None:
    rustc()
    bad = rust_vs_c(REGRESSIONS[name], 1, tmp_path, runtime_o)
    assert not bad, "\n".join(bad[:20])


@pytest.fixture(scope="module")
def real_copy_in(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ctypes.CDLL]:
    """The committed kernel copy-in of clone_args and open_how, in the harness, as libraries."""
    require("gcc")
    out = tmp_path_factory.mktemp("copyin")
    libs = {}
    for spec, model, source in (
        ("clone_args", "clone_model.c", "kernel/clone_args.c"),
        ("open_how", "open_how_model.c", "fs/open_how.c"),
    ):
        so = out / f"{spec}.so"
        cc(
            [*WARN, "-O1", "-fPIC", "-shared", *KERNEL_WANTS]
            + common_checks(model_of(ROOT / f"spec/{spec}.yaml"), out / f"common_{spec}")
            + kernel_includes(GEN, spec)
            + [f"-I{HARNESS}", str(GEN / spec / source), str(HARNESS / model)]
            + [str(HARNESS / "runtime.c"), "-o", str(so)]
        )
        libs[spec] = ctypes.CDLL(str(so))
    libs["clone_args"].sys_clone3.restype = ctypes.c_long
    libs["clone_args"].sys_clone3.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
    libs["open_how"].sys_openat2.restype = ctypes.c_long
    libs["open_how"].sys_openat2.argtypes = (
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_void_p,
        ctypes.c_size_t,
    )
    return libs


U64 = (1 << 64) - 1
TIDS = (ctypes.c_int * 40)(*range(1, 41))
EDGES = [0, 1, 17, 64, 65, 255, 256, 0x7FFFFFFF, 0x80000000, 1 << 32, U64]
SIZES = [0, 23, 24, 25, 32, 63, 64, 65, 72, 80, 87, 88, 89, 4096, 4097]


def real_cases(spec: str, n: int, seed: int) -> list[tuple[dict[str, int], int, int | None]]:
    """Field values around the edges the real checks care about, sizes at every boundary."""
    rng = random.Random(seed)
    flags_pool = [1 << b for b in range(64)]

    def u64() -> int:
        return rng.choice(EDGES) if rng.random() < 0.5 else rng.getrandbits(64)

    def flags() -> int:
        if rng.random() < 0.7:
            return sum(set(rng.sample(flags_pool, rng.randint(0, 4))))
        return u64()

    out = []
    for _ in range(n):
        if spec == "clone_args":
            values = dict(
                flags=flags(),
                pidfd=0,
                child_tid=0,
                parent_tid=0,
                exit_signal=rng.randint(0, 70) if rng.random() < 0.6 else u64(),
                stack=rng.choice([0, 0x1000, 0x7FFFFFFFE000, 0x7FFFFFFFF000, U64]),
                stack_size=rng.choice([0, 1, 0x1000, 0x1001, 1 << 63]),
                tls=0,
                set_tid=ctypes.addressof(TIDS) if rng.random() < 0.5 else 0,
                set_tid_size=rng.randint(0, 40) if rng.random() < 0.6 else u64(),
                cgroup=u64(),
            )
        else:
            values = dict(
                flags=flags() if rng.random() < 0.6 else rng.randint(0, 0o77777777),
                mode=u64() if rng.random() < 0.5 else rng.randint(0, 0o20000),
                resolve=rng.randint(0, 0x7F) if rng.random() < 0.6 else u64(),
            )
        size = rng.choice(SIZES) if rng.random() < 0.8 else rng.randint(0, 4200)
        out.append((values, size, None))
    return out


@pytest.mark.parametrize("spec", ["clone_args", "open_how"])
def test_rust_verdict_equals_c_copy_in_for_the_real_specs(
    spec: str, real_copy_in: dict[str, ctypes.CDLL], tmp_path: Path
) -> None:
    """The committed Rust module and the committed C copy-in (with the harness's models of
    what the kernel checks below it), on 3,000 cases around every edge."""
    m = model_of(ROOT / f"spec/{spec}.yaml")
    data = yaml.safe_load((ROOT / f"spec/{spec}.yaml").read_text())
    exe = verdict_driver(module(GEN, spec), camel(m.uapi.struct), tmp_path)
    cases = real_cases(spec, 3000, 7)
    lines = case_lines(data, cases)
    rust = run_lines(exe, lines)
    lib = real_copy_in[spec]
    seen = set()
    bad = []
    for line, (values, size, _), r in zip(lines, cases, rust):
        raw = b"".join(v.to_bytes(8, "little") for v in values.values())[: min(size, m.latest.size)]
        buf = ctypes.create_string_buffer(raw.ljust(size, b"\0"), max(size, 1))
        if spec == "clone_args":
            c = -lib.sys_clone3(buf, size)
        else:
            c = -lib.sys_openat2(-100, b"x", buf, size)
        seen.add(c)
        if c != r:
            bad.append(f"{line}: C {c}, Rust {r}")
    assert not bad, "\n".join(bad[:20])
    assert 0 in seen and 22 in seen and 7 in seen, seen  # accepted, EINVAL, E2BIG all occur


def _max_or_equal(self: rules.Max, f: str, r: rules.TypedRef) -> str:
    return f"{r.field(f)} >= {self.limit.rust}"


def _condition_inverted(self: rules.Condition, r: rules.TypedRef) -> str:
    test = f"{r.field(self.field)} & {self.mask.rust}"
    return f"{test} == 0 &&" if self.any_set else f"{test} != 0 &&"


@pytest.mark.parametrize(
    "target, wrong",
    [(rules.Max, _max_or_equal), (rules.Condition, _condition_inverted)],
    ids=["max-or-equal", "condition-inverted"],
)
def test_checker_finds_a_wrong_rust_rendering(
    target: type,
    wrong: Callable[..., str],
    runtime_o: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rule whose Rust rendering drifts from its C rendering is caught."""
    rustc()
    monkeypatch.setenv("CLONEGEN_CACHE_DIR", "")  # no cache answers for patched code
    monkeypatch.setattr(target, "rust", wrong)
    assert rust_vs_c(fixed_spec(1024), 1, tmp_path, runtime_o), "the drift went unnoticed"


@pytest.mark.parametrize("edition", ["2021", "2024"])
def test_a_user_crate_depends_on_the_crates(edition: str, tmp_path: Path) -> None:
    """A fresh user crate of ``edition``, as the README writes it: its dependency lines and
    its src/main.rs, on copies of the generated clone_args and open_how crates; a second
    program of it makes real clone3() (a child, reaped through its pidfd) and openat2()
    calls (tests/rust/calls.rs). Built offline with every cargo that knows the edition."""
    import errno

    from readme_examples import example

    found = [t for t in toolchains() if edition != "2024" or knows_2024(t[1])]
    if not found:
        pytest.skip("no cargo >= 1.85 (edition 2024) is installed")
    user = tmp_path / "user"
    (user / "src" / "bin").mkdir(parents=True)
    for spec in ("clone_args", "open_how"):
        copy_crate(spec, user)
    (user / "Cargo.toml").write_text(
        f'[package]\nname = "user"\nversion = "0.1.0"\nedition = "{edition}"\n\n'
        + example("rust-dependencies")
    )
    (user / "src" / "main.rs").write_text(example("rust"))
    calls = (ROOT / "tests" / "rust" / "calls.rs").read_text()
    if edition == "2024":  # the program's own extern block, as edition 2024 spells it
        assert calls.count('\nextern "C" {') == 1
        calls = calls.replace('\nextern "C" {', '\nunsafe extern "C" {')
    (user / "src" / "bin" / "calls.rs").write_text(calls)
    refused = re.escape("flags does not have both CLONE_SIGHAND and CLONE_CLEAR_SIGHAND")
    for i, toolchain in enumerate(found):
        target = tmp_path / f"target{i}"
        cargo_run(toolchain, ["build", "--quiet", "--target-dir", str(target)], user, tmp_path)
        proc = subprocess.run(
            [str(target / "debug" / "user")], cwd=user, capture_output=True, text=True, timeout=60
        )
        assert proc.returncode == 0, proc.stderr
        assert re.fullmatch(
            rf"clone3 would refuse: Errno\({errno.EINVAL}\), {refused}\n"
            rf"openat2 opened Cargo.toml, refused ../Cargo.toml: Errno\({errno.EXDEV}\)\n",
            proc.stdout,
        ), proc.stdout
        proc = subprocess.run(
            [str(target / "debug" / "calls")], capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "exited with 7, seen through pidfd" in proc.stdout
        assert "refusals agree with the kernel" in proc.stdout
        assert "RESOLVE_BENEATH keeps the lookup inside" in proc.stdout


@pytest.mark.parametrize("arch", ["x86_64", "mips", "alpha", "sparc64", "parisc"])
def test_errno_table_against_each_architectures_headers(arch: str) -> None:
    """errnos.py, which the Rust module takes its numbers from, against <asm/errno.h> of
    each architecture (its cross compiler's uapi headers, read by the preprocessor)."""
    from ctools import require_arch

    gcc = require_arch(arch)
    proc = subprocess.run(
        [gcc, "-E", "-dM", "-x", "c", "-"],
        input="#include <asm/errno.h>\n",
        capture_output=True,
        text=True,
        check=True,
    )
    macros = dict(re.findall(r"#define (E[A-Z0-9]+) (\w+)", proc.stdout))

    def value(name: str) -> int:
        v = macros[name]
        return int(v) if v.isdigit() else value(v)

    for name, (generic, per_arch) in ERRNO_NUMBERS.items():
        want = dict(per_arch).get(arch, generic)
        header = "EOPNOTSUPP" if name == "ENOTSUP" else name
        assert value(header) == want, (arch, name)
