from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, cli

from clonegen.output import LOCK, MANIFEST


def tree(path: Path) -> dict[str, bytes]:
    """Every file's bytes, but the lock file's (empty, and only where a run wrote)."""
    return {
        p.relative_to(path).as_posix(): p.read_bytes()
        for p in sorted(path.rglob("*"))
        if p.is_file() and p.name != LOCK
    }


def test_committed_output_is_up_to_date() -> None:
    code, out, err = cli("check")
    assert code == 0, f"generated/ is stale; run 'clonegen generate':\n{out}{err}"


def test_layout_prints_the_kernel_offsets() -> None:
    code, out, _ = cli("layout", "spec/clone_args.yaml")
    assert code == 0
    assert "CLONE_ARGS_SIZE_VER0 = 64" in out and "CLONE_ARGS_SIZE_VER1 = 80" in out
    assert "CLONE_ARGS_SIZE_VER2 = 88" in out
    assert "80      8     VER2     cgroup" in out


def test_check_fails_after_an_edit_and_passes_after_generate(tmp_path: Path) -> None:
    out_dir = tmp_path / "gen"
    assert cli("generate", "--out", str(out_dir))[0] == 0
    assert cli("check", "--out", str(out_dir))[0] == 0
    doc = out_dir / "clone_args/docs/clone_args.md"
    doc.write_text(doc.read_text().replace("| 80 | 8 | VER2 |", "| 81 | 8 | VER2 |"))
    code, out, err = cli("check", "--out", str(out_dir))
    assert code == 1 and "stale" in err
    assert "-| 81 | 8 | VER2 |" in out and "+| 80 | 8 | VER2 |" in out
    extra = out_dir / "clone_args/docs/extra.md"
    extra.write_text("by hand\n")
    assert "extra.md" in cli("check", "--out", str(out_dir))[1]
    # generate replaces only what it wrote: the hand-written file stops it, named.
    code, _, err = cli("generate", "--out", str(out_dir))
    assert code == 1 and f"{extra}: is not a file clonegen wrote" in err
    assert extra.read_text() == "by hand\n"
    extra.unlink()
    assert cli("generate", "--out", str(out_dir))[0] == 0
    assert cli("check", "--out", str(out_dir))[0] == 0


def test_failed_run_writes_nothing(tmp_path: Path) -> None:
    out_dir = tmp_path / "gen"
    assert cli("generate", "--out", str(out_dir))[0] == 0
    before = tree(out_dir)
    code, _, err = cli(
        "generate",
        "--out",
        str(out_dir),
        "spec/clone_args.yaml",
        "tests/bad_specs/flag_overlap.yaml",
    )
    assert code == 1 and "flag_overlap.yaml:" in err
    assert tree(out_dir) == before


def test_outputs_of_removed_specs_are_pruned(tmp_path: Path) -> None:
    specs = tmp_path / "spec"
    specs.mkdir()
    shutil.copy(ROOT / "spec/clone_args.yaml", specs)
    shutil.copy(ROOT / "tests/data/demo_args.yaml", specs)
    os.chdir(tmp_path)
    (tmp_path / "generated/mine").mkdir(parents=True)
    (tmp_path / "generated/mine/notes.txt").write_text("not generated\n")
    assert cli("generate")[0] == 0
    assert (tmp_path / "generated/demo_args").is_dir()
    (specs / "demo_args.yaml").unlink()
    assert cli("generate")[0] == 0
    assert not (tmp_path / "generated/demo_args").exists()
    assert (tmp_path / "generated/mine/notes.txt").exists()
    assert cli("check")[0] == 0


def test_banner_and_digest_in_every_file(tmp_path: Path) -> None:
    assert cli("generate", "--out", str(tmp_path))[0] == 0
    files = tree(tmp_path)
    assert files
    for name, raw in files.items():
        text = raw.decode()
        if name == MANIFEST:
            assert text.startswith("# Written by clonegen") and str(ROOT) not in text
            continue
        if name == LOCK:
            assert text == ""  # only flock'ed, never written
            continue
        assert "do not edit" in text and "Spec digest: sha256:" in text, name
        assert str(ROOT) not in text and "/tmp" not in text, name


def test_kernel_option_cuts_the_spec(tmp_path: Path) -> None:
    assert (
        cli("generate", "--out", str(tmp_path), "--kernel", "5.5", "spec/clone_args.yaml")[0] == 0
    )
    doc = (tmp_path / "clone_args/docs/clone_args.md").read_text()
    assert "CLONE_ARGS_SIZE_VER1" in doc and "CLONE_ARGS_SIZE_VER2" not in doc
    assert "for Linux 5.5" in doc


def test_a_release_before_a_struct_leaves_its_spec_out(tmp_path: Path) -> None:
    """Linux 6.1 has five of the eight structs: generate leaves file_attr, pidfd_info and
    xattr_args out and says so;
    a command on a struct the release predates refuses, at the first version's release."""
    code, out, err = cli("generate", "--out", str(tmp_path), "--kernel", "6.1")
    assert code == 0, err
    assert "for 5 specs" in out
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_dir()) == [
        "clone_args",
        "landlock_ruleset_attr",
        "mount_attr",
        "open_how",
        "sched_attr",
    ]
    notes = err.splitlines()
    assert [n.split(":", 1)[0] for n in notes] == [
        "spec/file_attr.yaml",
        "spec/pidfd_info.yaml",
        "spec/xattr_args.yaml",
    ]
    assert all(": note: left out: Linux 6.1 " in n for n in notes), notes
    assert "Traceback" not in err
    refusal = (
        "error: Linux 5.2 does not have struct clone_args: its first version, VER0, is from "
        "Linux 5.3 [at versions[0].since]"
    )
    for argv in (
        ("generate", "--out", str(tmp_path / "old"), "--kernel", "5.2", "spec/clone_args.yaml"),
        ("layout", "--kernel", "5.2", "spec/clone_args.yaml"),
        ("decode", "--release", "5.2", "spec/clone_args.yaml", "00"),
    ):
        code, out, err = cli(*argv)
        assert (code, out) == (1, ""), argv
        assert refusal in err and "Traceback" not in err, argv
    assert not (tmp_path / "old").exists()


def _generate_in_subprocess(out: Path, seed: str) -> dict[str, bytes]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    subprocess.run(
        [sys.executable, "-m", "clonegen", "generate", "--out", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    return tree(out)


def test_output_is_identical_across_processes_and_hash_seeds(tmp_path: Path) -> None:
    a = _generate_in_subprocess(tmp_path / "a", "1")
    b = _generate_in_subprocess(tmp_path / "b", "4242")
    assert a and a == b
    assert a == {k: v for k, v in tree(ROOT / "generated").items()}


def test_usage_errors_exit_2() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "clonegen", "generate", "--kernel", "six"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and "not a kernel release" in proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "clonegen", "validate", "no/such.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1 and proc.stderr.startswith(
        "no/such.yaml:1:1: error: cannot read spec"
    )


def test_caches_change_speed_not_bytes(tmp_path: Path) -> None:
    outs = []
    for name, cache in (
        ("cold", str(tmp_path / "cache")),
        ("warm", str(tmp_path / "cache")),
        ("off", ""),
    ):
        env = dict(os.environ, CLONEGEN_CACHE_DIR=cache)
        subprocess.run(
            [sys.executable, "-m", "clonegen", "generate", "--out", str(tmp_path / name)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        outs.append(tree(tmp_path / name))
    assert outs[0] == outs[1] == outs[2] == tree(ROOT / "generated")
    assert all(any((tmp_path / "cache" / kind).iterdir()) for kind in ("valid", "rendered"))
    # The templates come compiled with the package: Jinja compiles (and caches) none.
    assert not (tmp_path / "cache" / "jinja").exists()
    # A cached "valid" verdict never hides an invalid spec: the bytes are part of the key.
    bad = tmp_path / "clone_args.yaml"
    bad.write_text((ROOT / "spec/clone_args.yaml").read_text().replace("size: 80", "size: 72"))
    proc = subprocess.run(
        [sys.executable, "-m", "clonegen", "validate", str(bad)],
        cwd=ROOT,
        env=dict(os.environ, CLONEGEN_CACHE_DIR=str(tmp_path / "cache")),
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1 and "VER1 declares size 72" in proc.stderr


def test_check_of_unchanged_specs_renders_nothing(tmp_path: Path) -> None:
    """A warm check takes each unchanged spec's files from the render cache: it imports
    neither the model nor Jinja nor YAML, and still finds a changed output file."""
    env = dict(os.environ, CLONEGEN_CACHE_DIR=str(tmp_path / "cache"))
    out = tmp_path / "out"
    probe = (
        "import sys, runpy; sys.argv = ['clonegen', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('clonegen', run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    loaded = sorted(m for m in ('jinja2', 'yaml', 'clonegen.model', 'clonegen.render')"
        " if m in sys.modules)\n"
        "    print('loaded:', *loaded, file=sys.stderr); raise\n"
    )

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", probe, *args], cwd=ROOT, env=env, capture_output=True, text=True
        )

    first = run("generate", "--out", str(out))
    assert (
        first.returncode == 0
        and "loaded: clonegen.model clonegen.render jinja2 yaml" in first.stderr
    )
    warm = run("check", "--out", str(out))
    assert warm.returncode == 0 and warm.stderr.endswith("loaded:\n"), warm.stderr
    assert tree(out) == tree(ROOT / "generated")
    victim = out / "open_how" / "python" / "open_how.py"
    victim.write_text(victim.read_text() + "# edited\n")
    stale = run("check", "--out", str(out))
    assert stale.returncode == 1 and "+++ b/open_how/python/open_how.py" in stale.stdout


def test_the_render_cache_keys_on_the_generator_and_the_release(tmp_path: Path) -> None:
    """A changed template, a changed spec byte or another --kernel is a miss: what the
    cache answers is always what the pipeline would render."""
    copy = tmp_path / "copy"
    for part in ("src", "templates", "spec"):
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    env = dict(os.environ, CLONEGEN_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(copy / "src"))

    def generate(out: str, *args: str) -> Path:
        subprocess.run(
            [sys.executable, "-m", "clonegen", "generate", "--out", out, *args],
            cwd=copy,
            env=env,
            check=True,
            capture_output=True,
        )
        return copy / out

    generate("a")
    template = copy / "templates" / "uapi.h.j2"
    template.write_text(template.read_text().replace("#endif", "#endif /* changed */", 1))
    header = "include/uapi/linux/openat2.h"
    assert "/* changed */" in (generate("b") / "open_how" / header).read_text()
    assert "/* changed */" not in (copy / "a" / "open_how" / header).read_text()
    spec = copy / "spec" / "open_how.yaml"
    spec.write_text(spec.read_text() + "# a comment\n")
    digest = (copy / "b" / "open_how" / header).read_text()
    assert (generate("c") / "open_how" / header).read_text() != digest  # the banner's digest
    old = generate("d", "--kernel", "6.18")
    assert "OPENAT2_REGULAR" not in (old / "open_how" / header).read_text()
    assert "OPENAT2_REGULAR" in (copy / "c" / "open_how" / header).read_text()


def test_every_command_and_argument_has_help_and_an_example_that_runs(tmp_path: Path) -> None:
    """``clonegen COMMAND --help`` says what the command does, what each argument is, and
    shows one example; the examples that need no kernel tree run as written here."""
    import argparse
    import shlex

    from clonegen.cli import COMMANDS, _parser

    parser = _parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(commands.choices) == set(COMMANDS)
    for name, sub in commands.choices.items():
        text = sub.format_help()
        assert sub.description and f"example:\n  clonegen {name} " in text, name
        for action in sub._actions:
            assert action.help, (name, action.dest)
    for name, (_, _, example) in COMMANDS.items():
        argv = shlex.split(example.split(" && ")[0])[1:]
        if name == "kernel-patch":
            continue  # needs a kernel tree: the in-tree tier runs the command
        if name == "generate":
            argv[argv.index("--out") + 1] = str(tmp_path / "build")
        if name == "check-abi":  # a clone may have no origin/main; HEAD is always there
            argv[argv.index("--baseline") + 1] = "HEAD"
        code, out, err = cli(*argv)
        assert code == 0 and "Traceback" not in err, (name, out, err)


def test_a_directory_that_is_not_a_kernel_tree_is_named_so(tmp_path: Path) -> None:
    code, out, err = cli("kernel-patch", "--tree", str(tmp_path), "spec/clone_args.yaml")
    assert (code, out) == (1, "")
    assert (
        err
        == f"clonegen: {tmp_path}/Makefile: no such file: not a kernel tree (name its top directory)\n"
    )
    code, _, err = cli("kernel-patch", "--tree", str(tmp_path / "none"), "spec/clone_args.yaml")
    assert code == 1 and err.endswith(
        ": no such directory: --tree names the top directory of a kernel tree\n"
    )


def test_check_compares_with_a_cut_and_names_the_command_that_refreshes(tmp_path: Path) -> None:
    """What generate --kernel REL --out DIR wrote, check --kernel REL --out DIR finds up to
    date; a stale directory names the command that writes it, with its --out and --kernel."""
    out = tmp_path / "build"
    assert cli("generate", "--kernel", "6.18", "--out", str(out), "spec/clone_args.yaml")[0] == 0
    code, stdout, _ = cli("check", "--kernel", "6.18", "--out", str(out), "spec/clone_args.yaml")
    assert (code, stdout) == (0, f"clonegen: {out} is up to date\n")
    code, _, err = cli("check", "--out", str(out), "spec/clone_args.yaml")
    assert code == 1
    assert err == (
        f"clonegen: {out} is stale; run 'clonegen generate --out {out} spec/clone_args.yaml'\n"
    )
    code, _, err = cli("check", "--kernel", "6.1", "--out", str(out), "spec/clone_args.yaml")
    assert code == 1 and f"--out {out} --kernel 6.1 spec/clone_args.yaml'" in err


def test_a_release_has_one_spelling(tmp_path: Path) -> None:
    """06.1 and 6.01 are 6.1: the same bytes, the banner saying 6.1."""
    a, b = tmp_path / "a", tmp_path / "b"
    assert cli("generate", "--kernel", "06.01", "--out", str(a), "spec/open_how.yaml")[0] == 0
    assert cli("generate", "--kernel", "6.1", "--out", str(b), "spec/open_how.yaml")[0] == 0
    assert tree(a) == tree(b)
    assert "for Linux 6.1;" in (a / "open_how/include/uapi/linux/openat2.h").read_text()


def test_decode_refuses_an_architecture_the_spec_has_no_values_for() -> None:
    hexed = "000001000000000000000000000000000000000000000000"  # 0x10000: O_DIRECT on arm64
    code, out, _ = cli("decode", "--arch", "arm64", "spec/open_how.yaml", hexed)
    assert (code, out) == (0, "{flags=O_RDONLY|O_DIRECT, resolve=0}\n")
    code, out, err = cli("decode", "--arch", "arm", "spec/open_how.yaml", hexed)
    assert (code, out) == (2, "")
    assert err.startswith("clonegen: decode: spec/open_how.yaml states its values for x86_64")
    assert err.endswith("not for arm: its flags may differ there (add arm to arches)\n")
