"""clonegen benchmarks: what generation costs, and what the generated code costs.

Run from the repository root:

    python3 bench/run.py            # full run, writes bench/results.md
    python3 bench/run.py --quick    # one tiny round of everything (the test suite's smoke test)

Every number is a median over repeated runs, printed beside a baseline
measured in the same run, so the ratios are comparable across machines.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HARNESS = ROOT / "tests" / "kharness"
WARN = ["-std=gnu11", "-O2", "-Wall", "-Wextra", "-Werror"]
KERNEL_WANTS = ["-D__ARCH_WANT_SYS_FORK", "-D__ARCH_WANT_SYS_VFORK", "-D__ARCH_WANT_SYS_CLONE"]


@dataclass
class Row:
    name: str
    value: str
    baseline: str
    ratio: float | None
    goal: str
    met: bool | None


def python_default(env: dict[str, str] | None) -> dict[str, str]:
    """``env`` as Python runs by default: bytecode cached. A machine that sets
    PYTHONDONTWRITEBYTECODE compiles clonegen's modules from source at every run, while the
    floor's libraries were compiled when pip installed them (as pip compiles an installed
    clonegen's): timed commands run without it, the warm-up run writing the cache."""
    env = dict(os.environ if env is None else env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def median_time(
    cmd: list[str], runs: int, env: dict[str, str] | None = None, cwd: Path = ROOT
) -> float:
    """Median wall time of a command after one warm-up run, with Python's default
    bytecode caching."""
    env = python_default(env)
    subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.2f} ms"


# -- 1. generation ----------------------------------------------------------------


def bench_generation(runs: int, tmp: Path) -> list[Row]:
    py = sys.executable
    floor = median_time([py, "-c", "import jinja2, yaml, jsonschema"], runs)
    out = tmp / "gen"
    generate = median_time([py, "-m", "clonegen", "generate", "--out", str(out)], runs)
    check = median_time([py, "-m", "clonegen", "check"], runs)
    cold_env = dict(os.environ, CLONEGEN_CACHE_DIR="")
    cold = median_time(
        [py, "-m", "clonegen", "generate", "--out", str(out)], max(1, runs // 2), env=cold_env
    )
    return [
        Row(
            "import floor: python -c 'import jinja2, yaml, jsonschema'",
            fmt_s(floor),
            "-",
            None,
            "-",
            None,
        ),
        Row(
            "clonegen generate (all specs)",
            fmt_s(generate),
            fmt_s(floor),
            generate / floor,
            "<= 1.5x floor",
            generate / floor <= 1.5,
        ),
        Row(
            "clonegen check",
            fmt_s(check),
            fmt_s(floor),
            check / floor,
            "<= 1.5x floor",
            check / floor <= 1.5,
        ),
        Row(
            "clonegen generate, caches off (CLONEGEN_CACHE_DIR=)",
            fmt_s(cold),
            fmt_s(floor),
            cold / floor,
            "(reported)",
            None,
        ),
    ]


# -- 2. scale ------------------------------------------------------------------------


def synthetic_spec(name: str, n: int) -> str:
    """A valid spec with ``n`` __u32 fields (n even), in versions of at most 100 fields."""
    lines = [
        "spec: 1",
        f"name: {name}",
        "doc: A synthetic struct for the scale benchmark.",
        "uapi:",
        f"  struct: {name}",
        f"  header: include/uapi/linux/{name}.h",
        f"  macro_prefix: {name.upper()}",
        "  layout: mixed",
        "kernel:",
        f"  struct: kernel_{name}",
        f"  header: include/linux/{name}.h",
        f"  source: kernel/{name}.c",
        f"  copy_function: copy_{name}_from_user",
        f"  valid_function: {name}_valid",
        "  common_function: kernel_synthetic",
        "  doc: Kernel view.",
        "libc: {prefix: syn_}",
        "syscall:",
        "  name: synthetic",
        "  numbers: {default: 600}",
        "  size: {source: argument, checks: [too_large, too_small], too_small_errno: EINVAL,"
        " too_large_errno: E2BIG, tail_errno: E2BIG}",
        "versions:",
    ]
    per_version = 100
    nversions = (n + per_version - 1) // per_version
    for v in range(nversions):
        count = min(per_version, n - v * per_version)
        size = (v * per_version + count) * 4
        lines.append(f'  - {{name: VER{v}, size: {size}, since: "5.{v}"}}')
    lines.append("fields:")
    for i in range(n):
        v = i // per_version
        lines.append(
            f"  - {{name: f{i}, version: VER{v}, role: integer, uapi_type: __u32, kernel_type: u32,"
            f" doc: Field {i}.}}"
        )
    lines.append("checks:")
    for i in range(0, n, 2):
        lines.append(
            f"  - {{field: f{i}, rule: max, limit: {i + 1}, errno: EINVAL, phase: copy, doc: Bounded.}}"
        )
    lines.append("entry_points:\n  - {name: synthetic, kind: struct}")
    return "\n".join(lines) + "\n"


def bench_scale(runs: int, tmp: Path, sizes: tuple[int, ...], many: int) -> list[Row]:
    py = sys.executable
    env = dict(os.environ, CLONEGEN_CACHE_DIR="")  # measure the work, not the caches
    floor = median_time([py, "-c", "import jinja2, yaml, jsonschema"], runs)
    times: dict[int, float] = {}
    rows = []
    for n in sizes:
        spec = tmp / f"scale{n}" / "spec" / f"syn{n}.yaml"
        spec.parent.mkdir(parents=True)
        spec.write_text(synthetic_spec(f"syn{n}", n))
        times[n] = median_time(
            [py, "-m", "clonegen", "generate", "--out", str(tmp / f"out{n}"), str(spec)],
            runs,
            env=env,
        )
        goal, met = (
            ("<= 5x floor, caches off", times[n] / floor <= 5)
            if n == max(sizes)
            else ("(reported)", None)
        )
        rows.append(
            Row(
                f"generate one spec of {n} fields",
                fmt_s(times[n]),
                fmt_s(floor),
                times[n] / floor,
                goal,
                met,
            )
        )
    big, mid, small = max(sizes), sorted(sizes)[len(sizes) // 2], min(sizes)
    slope_hi = (times[big] - times[mid]) / max(1, big - mid)
    slope_lo = (times[mid] - times[small]) / max(1, mid - small)
    linear = slope_hi <= 2 * max(slope_lo, 1e-5)
    rows.append(
        Row(
            f"cost per field, {mid}->{big} vs {small}->{mid}",
            f"{slope_hi * 1e6:.0f} us",
            f"{slope_lo * 1e6:.0f} us",
            slope_hi / max(slope_lo, 1e-9),
            "no faster than linear (<= 2x)",
            linear,
        )
    )
    many_dir = tmp / "many" / "spec"
    many_dir.mkdir(parents=True)
    for i in range(many):
        (many_dir / f"m{i}.yaml").write_text(synthetic_spec(f"m{i}", 10))
    t_many = median_time(
        [py, "-m", "clonegen", "generate", "--out", str(tmp / "outmany")],
        max(1, runs // 2),
        env=env,
        cwd=many_dir.parent,
    )
    rows.append(
        Row(
            f"generate {many} specs of 10 fields in one call, caches off",
            fmt_s(t_many),
            fmt_s(floor),
            t_many / floor,
            "<= 40x floor" if many >= 100 else "(reported)",
            t_many / floor <= 40 if many >= 100 else None,
        )
    )
    return rows


# -- 3. generated copy-in cost ------------------------------------------------------------


def callgrind_instructions(exe: Path, rounds: int, tmp: Path) -> tuple[int, int]:
    out = tmp / f"{exe.name}.callgrind"
    proc = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            "--toggle-collect=bench_call",
            str(exe),
            str(rounds),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    calls = int(re.search(r"calls (\d+)", proc.stdout).group(1))  # type: ignore[union-attr]
    totals = re.search(r"^(?:totals|summary): (\d+)", out.read_text(), re.M)
    assert totals, "no callgrind totals"
    return int(totals.group(1)), calls


def bench_copy_in(tmp: Path, rounds: int) -> list[Row]:
    if not shutil.which("valgrind"):
        return [Row("generated copy-in", "valgrind missing", "-", None, "<= 1.0x", None)]
    gen = tmp / "cg"
    subprocess.run(
        [sys.executable, "-m", "clonegen", "generate", "--out", str(gen), "spec/clone_args.yaml"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    sys.path.insert(0, str(ROOT / "tests"))
    from ctools import common_checks  # the harness's kernel_clone() makes the spec's checks

    from clonegen.pipeline import model_of

    checks = common_checks(model_of(ROOT / "spec/clone_args.yaml"), tmp / "common")
    inc = [f"-I{HARNESS / 'include'}", f"-I{gen / 'clone_args' / 'include'}", *checks]
    inc.append(f"-I{HARNESS}")
    common = [
        str(HARNESS / "clone_model.c"),
        str(ROOT / "bench" / "fast_uaccess.c"),
        str(ROOT / "bench" / "copyin_bench.c"),
    ]
    generated = tmp / "copyin_generated"
    handwritten = tmp / "copyin_handwritten"
    subprocess.run(
        [
            "gcc",
            *WARN,
            *KERNEL_WANTS,
            *inc,
            str(gen / "clone_args/kernel/clone_args.c"),
            *common,
            "-o",
            str(generated),
        ],
        check=True,
    )
    subprocess.run(
        [
            "gcc",
            *WARN,
            *inc,
            "-DHANDWRITTEN",
            str(ROOT / "bench/handwritten_clone3.c"),
            *common,
            "-o",
            str(handwritten),
        ],
        check=True,
    )
    g_total, g_calls = callgrind_instructions(generated, rounds, tmp)
    h_total, h_calls = callgrind_instructions(handwritten, rounds, tmp)
    g, h = g_total / g_calls, h_total / h_calls
    return [
        Row(
            "copy-in + checks, instructions per call (callgrind)",
            f"{g:.0f}",
            f"{h:.0f} hand-written",
            g / h,
            "<= 1.0x",
            g / h <= 1.0,
        )
    ]


# -- 4. Python bindings ------------------------------------------------------------------


# The Python rows run in a fresh interpreter that imports the package as installed: the wheel
# its own backend builds (the hook pip calls), unpacked as pip unpacks it, with the compiled
# from_bytes where this machine built it; the module from generated/ (no compiled part
# beside it, copied) gives the pure Python path in the same run.
PY_TIMING = """
import importlib.util, json, statistics, struct, sys, timeit, types
import clone_args as ca

number, pure_path = int(sys.argv[1]), sys.argv[2]
spec = importlib.util.spec_from_file_location("pure_clone_args", pure_path)
pure = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pure)

args = ca.CloneArgs(flags=0x1000, pidfd=0x1234, exit_signal=17, cgroup=3)
raw = args.to_bytes()
fmt = "=" + "Q" * 11
values = (0x1000, 0x1234, 0, 0, 17, 0, 0, 0, 0, 0, 3)
assert ca.CloneArgs.from_bytes(raw) == pure.CloneArgs.from_bytes(raw) == struct.unpack(fmt, raw)
timed = {
    "to_bytes": args.to_bytes,
    "pack": lambda: struct.pack(fmt, *values),
    "from_bytes": lambda: ca.CloneArgs.from_bytes(raw),
    "pure_from_bytes": lambda: pure.CloneArgs.from_bytes(raw),
    "unpack": lambda: struct.unpack(fmt, raw),
}
times = {name: [] for name in timed}
for _ in range(7):  # round by round, so every one sees the same machine
    for name, fn in timed.items():
        times[name].append(min(timeit.repeat(fn, number=number, repeat=3)))
rates = {name: number / statistics.median(t) for name, t in times.items()}
rates["compiled"] = not isinstance(ca.CloneArgs.from_bytes, types.MethodType)
print(json.dumps(rates))
"""


def installed_package(name: str, tmp: Path) -> Path:
    """The directory the generated package ``name`` is installed into: its wheel, built by
    its backend, unpacked."""
    src = ROOT / "generated" / name / "python"
    out, site = tmp / f"wheel-{name}", tmp / f"site-{name}"
    out.mkdir()
    built = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.path[:0] = ['_build']; import clonegen_backend as b;"
            " print(b.build_wheel(sys.argv[1]))",
            str(out),
        ],
        cwd=src,
        check=True,
        capture_output=True,
        text=True,
    )
    with zipfile.ZipFile(out / built.stdout.strip()) as wheel:
        wheel.extractall(site)
    return site


def bench_python(number: int, tmp: Path) -> list[Row]:
    site = installed_package("clone_args", tmp)
    pure = tmp / "pure" / "clone_args.py"  # a copy: importing it writes bytecode beside it
    pure.parent.mkdir()
    shutil.copy(ROOT / "generated" / "clone_args" / "python" / "clone_args.py", pure)
    proc = subprocess.run(
        [sys.executable, "-c", PY_TIMING, str(number), str(pure)],
        cwd=tmp,
        env=dict(python_default(None), PYTHONPATH=str(site)),
        check=True,
        capture_output=True,
        text=True,
    )
    r = json.loads(proc.stdout)
    ours = "compiled (installed wheel)" if r["compiled"] else "pure Python: no compiled part built"
    return [
        Row(
            "CloneArgs.to_bytes per second",
            f"{r['to_bytes']:,.0f}",
            f"{r['pack']:,.0f} struct.pack",
            r["to_bytes"] / r["pack"],
            ">= 0.5x",
            r["to_bytes"] / r["pack"] >= 0.5,
        ),
        Row(
            f"CloneArgs.from_bytes per second, {ours}",
            f"{r['from_bytes']:,.0f}",
            f"{r['unpack']:,.0f} struct.unpack",
            r["from_bytes"] / r["unpack"],
            ">= 0.5x",
            r["from_bytes"] / r["unpack"] >= 0.5,
        ),
        Row(
            "  the same, pure Python path (a package built without a C compiler)",
            f"{r['pure_from_bytes']:,.0f}",
            f"{r['unpack']:,.0f} struct.unpack",
            r["pure_from_bytes"] / r["unpack"],
            "(reported)",
            None,
        ),
    ]


def cgroup2_dir() -> Path | None:
    """A fresh cgroup under the first cgroup2 mount, or None where there is none."""
    for line in Path("/proc/self/mounts").read_text().splitlines():
        parts = line.split()
        if parts[2] == "cgroup2":
            target = Path(parts[1]) / f"clonegen-bench-{os.getpid()}"
            try:
                target.mkdir()
            except OSError:
                return None
            return target
    return None


def interleaved(fns: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Median latency of each, measured round by round in turn so all see the same machine."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for fn in fns.values():
        fn()
    for _ in range(rounds):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def bench_spawn(spawns: int, tmp: Path) -> list[Row]:
    """spawn() into a cgroup, with the compiled part and without, against subprocess.Popen;
    the libc cg_spawn() into a cgroup against glibc's posix_spawn()."""
    sys.path.insert(0, str(ROOT / "generated" / "clone_args" / "python"))
    import clone_args as ca

    cgroup = cgroup2_dir()
    if cgroup is None:
        return [Row("spawn into a cgroup", "no cgroup2 mount", "-", None, "(skipped)", None)]
    lib = tmp / "_spawn.so"
    src = ROOT / "generated" / "clone_args" / "python" / "_csrc" / "clone_args.c"
    subprocess.run(["gcc", "-O2", "-shared", "-fPIC", str(src), "-o", str(lib)], check=True)
    try:
        ca._use_native(str(lib))
        native = interleaved(
            {
                "popen": lambda: subprocess.Popen(["/bin/true"]).wait(),
                "cgroup": lambda: ca.spawn(["/bin/true"], cgroup=cgroup).wait(),
                "plain": lambda: ca.spawn(["/bin/true"]).wait(),
            },
            spawns,
        )
        resident = ca.spawn(["sleep", "3600"], cgroup=cgroup)  # the cgroup's css_set stays
        try:
            occupied = interleaved(
                {
                    "popen": lambda: subprocess.Popen(["/bin/true"]).wait(),
                    "cgroup": lambda: ca.spawn(["/bin/true"], cgroup=cgroup).wait(),
                },
                spawns,
            )
        finally:
            resident.kill()
            resident.wait()
        ca._use_native(None)
        fallback = interleaved(
            {
                "popen": lambda: subprocess.Popen(["/bin/true"]).wait(),
                "cgroup": lambda: ca.spawn(["/bin/true"], cgroup=cgroup).wait(),
                "plain": lambda: ca.spawn(["/bin/true"]).wait(),
            },
            max(spawns // 4, 2),
        )
        exe = tmp / "spawn_bench"
        subprocess.run(
            [
                "gcc",
                *WARN,
                f"-I{ROOT / 'generated' / 'clone_args' / 'libc'}",
                str(ROOT / "bench" / "spawn_bench.c"),
                str(ROOT / "generated" / "clone_args" / "libc" / "clone_args.c"),
                "-o",
                str(exe),
            ],
            check=True,
        )
        out = subprocess.run(
            [str(exe), str(cgroup), str(spawns * 4)], check=True, capture_output=True, text=True
        ).stdout
        c = {k: int(v) / 1e9 for k, v in (line.split() for line in out.splitlines())}
    finally:
        ca._use_native(None)
        cgroup.rmdir()
    return [
        Row(
            "spawn([...], cgroup=...) latency, compiled part",
            fmt_s(native["cgroup"]),
            fmt_s(native["popen"]) + " subprocess.Popen, no cgroup",
            native["cgroup"] / native["popen"],
            "<= 1.2x subprocess",
            native["cgroup"] / native["popen"] <= 1.2,
        ),
        Row(
            "  the same into a cgroup that has a resident process",
            fmt_s(occupied["cgroup"]),
            fmt_s(occupied["popen"]) + " subprocess.Popen, no cgroup",
            occupied["cgroup"] / occupied["popen"],
            "(reported)",
            None,
        ),
        Row(
            "  spawn([...]) without a cgroup, compiled part",
            fmt_s(native["plain"]),
            fmt_s(native["popen"]) + " subprocess.Popen",
            native["plain"] / native["popen"],
            "(reported)",
            None,
        ),
        Row(
            "spawn([...], cgroup=...) latency, fallback (os.fork)",
            fmt_s(fallback["cgroup"]),
            fmt_s(fallback["popen"]) + " subprocess.Popen, no cgroup",
            fallback["cgroup"] / fallback["popen"],
            "(reported)",
            None,
        ),
        Row(
            "  spawn([...]) without a cgroup, fallback (posix_spawn)",
            fmt_s(fallback["plain"]),
            fmt_s(fallback["popen"]) + " subprocess.Popen",
            fallback["plain"] / fallback["popen"],
            "(reported)",
            None,
        ),
        Row(
            "C cg_spawn() into a cgroup latency",
            fmt_s(c["cg_spawn"]),
            fmt_s(c["posix_spawn"]) + " glibc posix_spawn, no cgroup",
            c["cg_spawn"] / c["posix_spawn"],
            "<= 1.1x posix_spawn",
            c["cg_spawn"] / c["posix_spawn"] <= 1.1,
        ),
    ]


# -- report --------------------------------------------------------------------------------


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()} {platform.machine()}, {os.cpu_count()} CPUs ({cpu}), "
        f"Python {platform.python_version()}"
    )


def table(rows: list[Row]) -> str:
    lines = [
        "| measurement | median | baseline (same run) | ratio | goal | met |",
        "|---|---:|---:|---:|---|---|",
    ]
    for r in rows:
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        met = {True: "yes", False: "**no**", None: "-"}[r.met]
        lines.append(f"| {r.name} | {r.value} | {r.baseline} | {ratio} | {r.goal} | {met} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one tiny round of each benchmark")
    parser.add_argument("--no-write", action="store_true", help="do not write bench/results.md")
    opts = parser.parse_args()
    quick = opts.quick
    started = time.perf_counter()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="clonegen-bench-") as tmpdir:
        tmp = Path(tmpdir)
        rows += bench_generation(1 if quick else 9, tmp)
        rows += bench_scale(
            1 if quick else 5, tmp, (10, 20, 40) if quick else (10, 100, 1000), 5 if quick else 100
        )
        rows += bench_copy_in(tmp, 5 if quick else 2000)
        rows += bench_python(200 if quick else 20000, tmp)
        rows += bench_spawn(4 if quick else 400, tmp)
    text = table(rows)
    elapsed = time.perf_counter() - started
    print(text, end="")
    print(f"\n{len(rows)} measurements in {elapsed:.0f} s on {machine()}")
    if not opts.no_write and not quick:
        command = "python3 bench/run.py"
        (ROOT / "bench" / "results.md").write_text(
            "# clonegen benchmark results\n\n"
            f"Command: `{command}` (from the repository root, {elapsed:.0f} s).\n\n"
            f"Machine: {machine()}.\n\n"
            "Medians of repeated runs; every baseline is measured in the same run.\n\n"
            + text
            + "\nSee bench/NOTES.md for what the costs are made of.\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
