"""The benchmarks run (one tiny round each); their numbers are not judged here."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT
from ctools import require


def test_benchmarks_smoke() -> None:
    require("valgrind")
    proc = subprocess.run(
        [sys.executable, "bench/run.py", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for row in (
        "clonegen generate (all specs)",
        "clonegen check",
        "generate one spec of 40 fields",
        "instructions per call (callgrind)",
        "CloneArgs.to_bytes per second",
        "spawn([...], cgroup=...) latency, compiled part",
        "C cg_spawn() into a cgroup latency",
    ):
        assert row in out, row
    assert "valgrind missing" not in out
