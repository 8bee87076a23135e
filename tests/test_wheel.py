"""A wheel built from the checkout works in a fresh virtual environment."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

from conftest import ROOT


def test_wheel_installs_and_generates_elsewhere(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("clonegen-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    work = tmp_path / "elsewhere"
    (work / "spec").mkdir(parents=True)
    shutil.copy(ROOT / "spec" / "clone_args.yaml", work / "spec")
    proc = subprocess.run(
        [str(env_dir / "bin" / "clonegen"), "generate"], cwd=work, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    for produced in sorted((work / "generated" / "clone_args").rglob("*")):
        if produced.is_file():
            rel = produced.relative_to(work / "generated")
            assert produced.read_bytes() == (ROOT / "generated" / rel).read_bytes(), rel
    proc = subprocess.run(
        [str(py), "-m", "clonegen", "validate", "spec/clone_args.yaml"],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0 and "ok" in proc.stdout
