"""The README's Quick start works as written: its two commands, run verbatim in
a fresh virtual environment on a fresh clone of HEAD, reproduce generated/ byte
for byte and pass the whole test suite.

This is slow (a full inner run of the suite, as long as the suite itself), so
it is a tier of its own: it runs when CLONEGEN_README_TIER=1, which `.ci/run`
sets for it after the README's test command, and skips with that reason
otherwise. The inner run sets CLONEGEN_INNER_README_RUN=1, which skips this
test there.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from ctools import require

INNER = "CLONEGEN_INNER_README_RUN"
TIER = "CLONEGEN_README_TIER"


def strip_comment(line: str) -> str:
    """The line without its shell comment: a `#` that starts a word outside quotes."""
    quote, i = "", 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and quote != "'":
            i += 2
            continue
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t;&|()"):
            return line[:i].rstrip()
        i += 1
    return line.rstrip()


def quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    m = re.search(r"^## Quick start\n(.*?)^## ", text, re.S | re.M)
    assert m, "README.md has no '## Quick start' section"
    block = re.search(r"^```\w*\n(.*?)^```", m.group(1), re.S | re.M)
    assert block, "README.md's Quick start has no fenced code block"
    commands = [strip_comment(line) for line in block.group(1).splitlines()]
    return [c for c in commands if c]


def test_quick_start_block_parses() -> None:
    assert strip_comment("a '#b' \"#c\" d#e \\# f  # g") == "a '#b' \"#c\" d#e \\# f"
    commands = quick_start_commands()
    assert len(commands) == 2, commands
    assert all("#" not in c for c in commands), commands


def git(*args: str, cwd: Path) -> str:
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    assert proc.returncode == 0, f"git {' '.join(args)}: {proc.stderr}"
    return proc.stdout


@pytest.mark.slow
def test_readme_quick_start_runs_verbatim(tmp_path: Path) -> None:
    if os.environ.get(INNER) == "1":
        pytest.skip(f"{INNER}=1: this is the inner run of the README's Quick start")
    if os.environ.get(TIER) != "1":
        pytest.skip(
            f"the README tier runs with {TIER}=1 (.ci/run: "
            f"{TIER}=1 python3 -m pytest -q tests/test_readme_commands.py)"
        )
    require("git")
    top = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], cwd=ROOT, capture_output=True, text=True
    )
    if top.returncode != 0 or Path(top.stdout.strip()).resolve() != ROOT.resolve():
        pytest.skip(f"{ROOT} is not the top of a git checkout; the test clones HEAD from it")
    commands = quick_start_commands()
    assert len(commands) == 2, f"Quick start should hold two commands, not {commands}"

    head = git("rev-parse", "HEAD", cwd=ROOT).strip()
    clone = tmp_path / "clonegen"
    git("clone", "-q", "--no-checkout", str(ROOT), str(clone), cwd=tmp_path)
    git("checkout", "-q", "--detach", head, cwd=clone)
    env_dir = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True, capture_output=True)

    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    for name in ("PYTHONPATH", "PYTHONHOME", "CLONEGEN_UPDATE_GOLDEN"):
        env.pop(name, None)
    env["VIRTUAL_ENV"] = str(env_dir)
    env["PATH"] = f"{env_dir / 'bin'}{os.pathsep}{env.get('PATH', os.defpath)}"
    env[INNER] = "1"

    def run(command: str, timeout: int) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-c", command],
            cwd=clone,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    setup = run(commands[0], timeout=900)
    assert setup.returncode == 0, f"{commands[0]!r} exited {setup.returncode}:\n{setup.stderr}"
    status = git("status", "--porcelain", "--untracked-files=all", cwd=clone)
    assert status == "", f"{commands[0]!r} left the clone differing from HEAD:\n{status}"

    tests = run(commands[1], timeout=1200)
    lines = tests.stdout.strip().splitlines()
    last = lines[-1] if lines else ""
    tail = "\n".join(lines[-40:]) + "\n" + tests.stderr
    assert tests.returncode == 0, f"{commands[1]!r} exited {tests.returncode}:\n{tail}"
    assert re.search(r"\b[1-9]\d* passed\b", last), f"no 'N passed' in {last!r}:\n{tail}"
    assert not re.search(r"\b(failed|errors?)\b", last), f"failures in {last!r}:\n{tail}"
