"""Outputs as one set: killed at every step of the protocol, then recovered, all old or all new."""
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from notecite.errors import OutputError
from notecite.output_set import TEMP_SUFFIX, OutputSet, recover

OLD = {"x/a.bib": "old a\n", "x/a.json": "old json\n", "y/c.json": "old cites\n"}
NEW = {"x/a.bib": "new a " * 3000, "x/a.json": "new json " * 3000, "y/c.json": "new cites " * 3000}

# The child writes NEW as one set and SIGKILLs itself at the K-th file-system call of the protocol.
CHILD = textwrap.dedent("""
    import os, signal, sys
    from notecite.output_set import OutputSet
    base, kill_at, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    calls = [0]
    def counting(real):
        def call(*args, **kwargs):
            calls[0] += 1
            if calls[0] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)
        return call
    for name in ("open", "write", "fsync", "replace", "unlink", "fchmod"):
        setattr(os, name, counting(getattr(os, name)))
    with OutputSet() as outputs:
        for name in names:
            outputs.add(os.path.join(base, name), CONTENT[name])
        outputs.commit()
    print(calls[0])
""")


def ours(folder):
    return [n for n in os.listdir(folder) if n.endswith(TEMP_SUFFIX) or n.endswith(".journal")]


def run_child(tmp_path, kill_at):
    script = f"CONTENT = {NEW!r}\n" + CHILD
    return subprocess.run([sys.executable, "-c", script, str(tmp_path), str(kill_at), *NEW],
                          capture_output=True, text=True, timeout=60)


def state(tmp_path):
    found = {name: (tmp_path / name).read_text() for name in OLD}
    if found == OLD:
        return "old"
    if found == NEW:
        return "new"
    return f"mixed: { {n: v[:9] for n, v in found.items()} }"


def test_a_kill_at_every_step_leaves_all_old_or_all_new_after_recovery(tmp_path):
    """The next run recovers only the folders it writes to: alternately x (two outputs) or y."""
    for folder in ("x", "y"):
        (tmp_path / "probe" / folder).mkdir(parents=True)
    complete = run_child(tmp_path / "probe", 0)
    assert complete.returncode == 0, complete.stderr
    steps = int(complete.stdout)
    assert steps > 20
    seen = set()
    for kill_at in range(1, steps + 1):
        base = tmp_path / f"k{kill_at}"
        recover_in, other = ("x", "y") if kill_at % 2 else ("y", "x")
        for name, text in OLD.items():
            (base / name).parent.mkdir(parents=True, exist_ok=True)
            (base / name).write_text(text)
        result = run_child(base, kill_at)
        assert result.returncode == -signal.SIGKILL, (kill_at, result.stderr)
        seen.add(state(base) if state(base) in ("old", "new") else "mixed before recovery")
        recover(base / recover_in)
        assert state(base) in ("old", "new"), f"killed at step {kill_at} of {steps}: {state(base)}"
        seen.add(state(base))
        assert ours(base / recover_in) == [], kill_at
        recover(base / other)
        assert ours(base / "x") == [] and ours(base / "y") == [] and state(base) in ("old", "new")
    # the kills fell before the commit, inside the renames and after them
    assert seen == {"old", "new", "mixed before recovery"}


def test_an_error_before_commit_leaves_every_target_as_it_was(tmp_path):
    (tmp_path / "a.bib").write_text("mine")
    with pytest.raises(RuntimeError):
        with OutputSet() as outputs:
            outputs.add(tmp_path / "a.bib", "new")
            outputs.add(tmp_path / "b.json", "new")
            raise RuntimeError("boom")
    assert os.listdir(tmp_path) == ["a.bib"] and (tmp_path / "a.bib").read_text() == "mine"


def test_a_missing_folder_and_a_folder_as_target_are_clear_errors(tmp_path):
    with OutputSet() as outputs:
        with pytest.raises(OutputError, match="does not exist"):
            outputs.add(tmp_path / "nope" / "a.bib", "x")
        (tmp_path / "dir.bib").mkdir()
        with pytest.raises(OutputError, match="is a folder"):
            outputs.add(tmp_path / "dir.bib", "x")


def test_recovery_leaves_the_temporaries_of_a_live_set_alone(tmp_path):
    with OutputSet() as outputs:
        outputs.add(tmp_path / "a.bib", "new")
        outputs.add(tmp_path / "b.bib", "new")
        recover(tmp_path)  # another run starting now
        assert len(ours(tmp_path)) == 2
        outputs.commit()
    assert sorted(os.listdir(tmp_path)) == ["a.bib", "b.bib"]


def test_stale_temporaries_of_a_dead_run_are_removed(tmp_path):
    stale = tmp_path / f".a.bib~0123456789ab{TEMP_SUFFIX}"
    stale.write_text("half")
    (tmp_path / "notes.tmp").write_text("the user's own")
    recover(tmp_path)
    assert os.listdir(tmp_path) == ["notes.tmp"]
