"""extract under faults: killed while writing, outputs that are inputs, concurrent runs, write
errors, Ctrl-C, and ``-o -``."""
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from notecite.cli import main
from notecite.output_set import TEMP_SUFFIX, recover

NOTES_A = ("An article.1 More.2\n\nNotes\n"
           "1. Victor Serge, Memoirs of a Revolutionary (London: Writers & Readers, 1987), 67.\n"
           "2. Serge, Memoirs, 2-3.\n")
NOTES_B = ("An article.1\n\nNotes\n"
           "1. Leon Trotsky, The Revolution Betrayed (New York: Doubleday, 1937), 12.\n")
OUTPUTS = ("a.bib", "a.json", "c.json")


def notecite(*args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "notecite", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def temporaries(folder):
    return sorted(n for n in os.listdir(folder) if n.endswith(TEMP_SUFFIX) or n.endswith(".journal"))


def snapshot(folder):
    return {entry.name: entry.stat().st_mtime_ns for entry in os.scandir(folder)}


def wait_for_a_change(folder, before, process, timeout=60.0):
    """Poll ``folder`` until a file appears, goes or changes (the run starts writing)."""
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        try:
            if snapshot(folder) != before:
                return
        except FileNotFoundError:  # a file renamed away between listing and stat: a change
            return
        time.sleep(0.0002)


def test_kill_9_at_random_points_leaves_all_three_outputs_old_or_new(tmp_path):
    """50 runs of ``extract art.txt -o a.bib -o a.json --citations c.json`` killed with SIGKILL:
    one in five at a random delay from the start, the others a random 0-30 ms after the first
    file of the run appears in the folder (while the outputs are being written). After each
    kill, the next run's first step (`recover`) leaves the three outputs all old or all new,
    and no temporary file; a last complete run leaves no temporary file either."""
    article = tmp_path / "art.txt"
    command = ["extract", "art.txt", "-o", "a.bib", "-o", "a.json", "--citations", "c.json", "-q"]
    reference, took = {}, []
    for name, text in (("B", NOTES_B), ("A", NOTES_A)):  # A's outputs stay on disk as the start
        article.write_text(text)
        start = time.monotonic()
        done = notecite(*command, cwd=tmp_path)
        assert done.wait(60) == 0, done.stderr.read()
        took.append(time.monotonic() - start)
        reference[name] = tuple((tmp_path / o).read_bytes() for o in OUTPUTS)
    assert reference["A"] != reference["B"]
    current, rng = "A", random.Random(14)
    outcomes = {"old": 0, "mid-write": 0, "new": 0}
    for kill in range(50):
        following = "B" if current == "A" else "A"
        article.write_text(NOTES_B if following == "B" else NOTES_A)
        before = snapshot(tmp_path)
        process = notecite(*command, cwd=tmp_path)
        if kill % 5 == 0:
            time.sleep(rng.uniform(0, max(took)))
        else:
            wait_for_a_change(tmp_path, before, process)
            time.sleep(rng.uniform(0, 0.03))
        process.send_signal(signal.SIGKILL)
        process.wait(60)
        found = tuple((tmp_path / o).read_bytes() for o in OUTPUTS)
        outcomes["mid-write" if temporaries(tmp_path) or found not in reference.values()
                 else "old" if found == reference[current] else "new"] += 1
        recover(tmp_path)  # what the next run does first in each output folder
        found = tuple((tmp_path / o).read_bytes() for o in OUTPUTS)
        assert found in (reference[current], reference[following]), f"kill {kill}: a mix of old and new outputs"
        assert temporaries(tmp_path) == []
        current = "A" if found == reference["A"] else "B"
    article.write_text(NOTES_A)
    final = notecite(*command, cwd=tmp_path)
    assert final.wait(60) == 0
    assert temporaries(tmp_path) == [] and tuple((tmp_path / o).read_bytes() for o in OUTPUTS) == reference["A"]
    print("state right after each kill:", outcomes)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "art.txt"
    path.write_text(NOTES_A)
    return path


def test_dash_o_dash_writes_the_library_to_stdout(article, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["extract", str(article), "-o", "-", "--to", "ris"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("TY  - BOOK") and "TI  - Memoirs of a Revolutionary" in out
    assert "works" in err  # the report goes to stderr, out of the library's way
    assert sorted(os.listdir(tmp_path)) == ["art.txt"]


def test_dash_o_dash_without_to_asks_for_a_format(article, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["extract", str(article), "-o", "-"]) == 2
    assert "needs --to FORMAT" in capsys.readouterr().err
    assert sorted(os.listdir(tmp_path)) == ["art.txt"]


def test_a_missing_folder_is_an_error_before_any_output_is_replaced(article, tmp_path, capsys):
    (tmp_path / "a.bib").write_text("the user's library\n")
    code = main(["extract", str(article), "-o", str(tmp_path / "a.bib"), "-o", str(tmp_path / "nope" / "x.json")])
    assert code == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'nope' / 'x.json'}: cannot write: the folder {tmp_path / 'nope'} does not exist" in err
    assert (tmp_path / "a.bib").read_text() == "the user's library\n"
    assert sorted(os.listdir(tmp_path)) == ["a.bib", "art.txt"]


def test_an_output_that_is_a_folder_is_an_error(article, tmp_path, capsys):
    (tmp_path / "a.bib").write_text("mine\n")
    (tmp_path / "x.json").mkdir()
    assert main(["extract", str(article), "-o", str(tmp_path / "a.bib"), "-o", str(tmp_path / "x.json")]) == 2
    assert "x.json: cannot write: is a folder" in capsys.readouterr().err
    assert (tmp_path / "a.bib").read_text() == "mine\n"


@pytest.mark.parametrize("make_args", [
    lambda doc, tmp: ["--to", "pandoc-markdown", "-o", str(doc)],
    lambda doc, tmp: ["-o", str(tmp / "a.bib"), "--citations", str(doc)],
    lambda doc, tmp: ["-o", str(tmp / "a.bib"), "--citations", str(tmp / "sub" / ".." / doc.name)],
    lambda doc, tmp: ["-o", str(tmp / "a.bib"), "--citations", str(tmp / "hardlink.txt")],
], ids=["pandoc-over-source", "citations-over-source", "dotdot-path", "hard-link"])
def test_an_output_that_is_an_input_is_refused(article, tmp_path, capsys, make_args):
    (tmp_path / "sub").mkdir()
    os.link(article, tmp_path / "hardlink.txt")
    assert main(["extract", str(article), *make_args(article, tmp_path)]) == 2
    assert "refusing to overwrite it (--force to allow)" in capsys.readouterr().err
    assert article.read_text() == NOTES_A and not (tmp_path / "a.bib").exists()


def test_pandocs_bibliography_may_not_overwrite_the_into_library(article, tmp_path, capsys):
    (tmp_path / "art.json").write_text("[]\n")
    code = main(["extract", str(article), "--into", str(tmp_path / "art.json"), "--to", "pandoc-markdown",
                 "-o", str(tmp_path / "art.md")])
    assert code == 2 and "art.json: cannot write: it is an input" in capsys.readouterr().err
    assert (tmp_path / "art.json").read_text() == "[]\n" and not (tmp_path / "art.md").exists()


def test_force_overwrites_an_input(tmp_path):
    doc = tmp_path / "art.md"
    doc.write_text("An article.[^1]\n\n[^1]: Victor Serge, *Memoirs of a Revolutionary* (London: Writers & Readers, 1987), 67.\n")
    assert main(["extract", str(doc), "--to", "pandoc-markdown", "-o", str(doc), "--force", "-q"]) == 0
    assert "[@serge1987memoirs" in doc.read_text()  # the source was replaced by its pandoc version


def test_the_same_output_named_twice_is_refused(article, tmp_path, capsys):
    assert main(["extract", str(article), "-o", str(tmp_path / "a.json"), "--citations", str(tmp_path / "a.json")]) == 2
    assert "named twice" in capsys.readouterr().err


def run_extract(article, folder, **kwargs):
    """``extract`` in a subprocess writing a.bib and c.json into ``folder``: (exit code, stderr)."""
    result = subprocess.run([sys.executable, "-m", "notecite", "extract", str(article), "-q",
                             "-o", str(folder / "a.bib"), "--citations", str(folder / "c.json")],
                            capture_output=True, text=True, timeout=120, **kwargs)
    return result.returncode, result.stderr


def assert_clean_failure(code, err, folder, reason):
    assert code == 2, err
    assert "Traceback" not in err
    assert f"{folder / 'a.bib'}: cannot write: {reason}" in err or f"{folder / 'c.json'}: cannot write: {reason}" in err, err
    assert (folder / "a.bib").read_text() == "the user's library\n"
    assert temporaries(folder) == []


def test_a_file_size_limit_is_a_message_and_leaves_the_old_file(article, tmp_path):
    import resource

    (tmp_path / "a.bib").write_text("the user's library\n")
    limit = lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))  # noqa: E731
    code, err = run_extract(article, tmp_path, preexec_fn=limit)
    assert_clean_failure(code, err, tmp_path, "file too large (the file-size limit was reached)")


@pytest.fixture
def small_disk(tmp_path):
    """A 64 KB tmpfs filled to the last byte (needs the right to mount, as root in CI)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN)")
    try:
        (mount / "a.bib").write_text("the user's library\n")
        filler = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while True:
                os.write(filler, b"x" * 512)
        except OSError:
            os.close(filler)
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_disk_full_is_a_message_and_leaves_the_old_file(article, small_disk):
    code, err = run_extract(article, small_disk)
    assert_clean_failure(code, err, small_disk, "no space left on the device")


@pytest.fixture
def read_only(tmp_path):
    """A folder ``ro`` holding the user's a.bib that this process cannot write to, and the reason
    a write there fails with."""
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "a.bib").write_text("the user's library\n")
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder, "permission denied (is the folder read-only?)"
        folder.chmod(0o755)
        return
    # root writes into any folder whatever its mode: make it a read-only bind mount instead
    if subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True).returncode != 0:
        pytest.skip("cannot bind-mount here (no CAP_SYS_ADMIN)")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        yield folder, "the file system is read-only"
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_read_only_folder_is_a_message(article, read_only):
    folder, reason = read_only
    code, err = run_extract(article, folder)
    assert_clean_failure(code, err, folder, reason)


def test_an_output_in_a_read_only_folder_leaves_the_others_old(article, tmp_path, read_only):
    """The audit's reproducer: ``-o a.bib -o ro/x.json`` replaced a.bib, then failed."""
    folder, reason = read_only
    (tmp_path / "a.bib").write_text("mine\n")
    result = subprocess.run([sys.executable, "-m", "notecite", "extract", str(article), "-q",
                             "-o", str(tmp_path / "a.bib"), "-o", str(folder / "x.json")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and f"{folder / 'x.json'}: cannot write: {reason}" in result.stderr
    assert (tmp_path / "a.bib").read_text() == "mine\n" and temporaries(tmp_path) == []


def test_two_runs_into_one_library_at_once_lose_no_work(tmp_path):
    """Two ``--into lib.bib -o lib.bib`` runs started together: each reads the library under the
    lock, so the second sees the first's works and the result has both."""
    (tmp_path / "a.txt").write_text(NOTES_A)
    (tmp_path / "b.txt").write_text(NOTES_B)
    for trial in range(2):
        (tmp_path / "lib.bib").write_text('@book{mine, title = {My Own Book}, author = {Me, Myself}, year = {2001}}\n')
        runs = [notecite("extract", doc, "--into", "lib.bib", "-o", "lib.bib", "-q", cwd=tmp_path)
                for doc in ("a.txt", "b.txt")]
        for run in runs:
            assert run.wait(120) == 0, run.stderr.read()
        text = (tmp_path / "lib.bib").read_text()
        assert "My Own Book" in text
        assert "Memoirs of a Revolutionary" in text, f"trial {trial}: the run on a.txt was lost"
        assert "The Revolution Betrayed" in text, f"trial {trial}: the run on b.txt was lost"
        assert temporaries(tmp_path) == []


def past_start_up(pid):
    """True once the process or one of its --jobs workers has loaded python-crfsuite: notes are
    being parsed."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        return any("crfsuite" in Path(f"/proc/{p}/maps").read_text() for p in [pid, *children])
    except OSError:
        return False


def _ctrl_c_as_at_a_terminal():
    """In the child before it runs: Ctrl-C's default action, as a command started at a terminal has it. Run from a
    shell's background job (``.ci/run … &``), the tests inherit SIGINT ignored, and Python keeps an inherited
    ignore (a background job is not meant to hear the terminal's Ctrl-C): the signal would never arrive."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_with_one_line_and_leaves_no_temporaries(tmp_path, jobs):
    """Ctrl-C reaches the whole process group (the parent and its --jobs workers). The batch is
    large enough (about 2,000 notes) that the run is still parsing when the signal comes, on an
    idle machine too."""
    source = Path(__file__).parents[1] / "data" / "pipeline" / "luxemburg.md"
    documents = []
    for i in range(300):
        documents.append(f"doc{i}.md")
        shutil.copy(source, tmp_path / documents[-1])
    rng = random.Random(int(jobs))
    for trial in range(3):
        process = notecite("extract", *documents, "--jobs", jobs, "-q", "-o", "a.bib", "-o", "a.json",
                           "--citations", "c.json", cwd=tmp_path, start_new_session=True,
                           preexec_fn=_ctrl_c_as_at_a_terminal)
        deadline = time.monotonic() + 60
        while not past_start_up(process.pid) and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.05, 0.4))
        os.killpg(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=60)
        assert process.returncode == 130, (trial, err)
        assert err.splitlines() == ["notecite: interrupted; no output was changed unless it was complete"], err
        assert temporaries(tmp_path) == [] and not (tmp_path / "a.bib").exists()
        with pytest.raises(ProcessLookupError):  # no worker left behind
            for _ in range(100):
                os.killpg(process.pid, 0)
                time.sleep(0.05)
