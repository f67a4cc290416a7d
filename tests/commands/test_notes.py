"""``notecite notes``: numbered notes on stdout, warnings on stderr, errors exit 2."""
from __future__ import annotations

import json
from pathlib import Path

from notecite.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "document"


def test_prints_numbered_notes(capsys):
    assert main(["notes", str(DATA / "bracket-notes.txt")]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 4
    assert lines[1] == "2. Archivio della Curia Arcivescovile di Udine, Sant'Uffizio, b. 1, fasc. 1."
    assert err == ""


def test_multi_line_notes_are_indented(capsys):
    assert main(["notes", str(DATA / "word-export.html")]) == 0
    out = capsys.readouterr().out
    assert "\n   Compare the account in Hanserecesse" in out


def test_json_and_warnings_on_stderr(capsys):
    assert main(["notes", "--json", str(DATA / "separator-notes.txt")]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert len(data["notes"]) == 5 and len(data["markers"]) == 5
    assert data["notes"][2]["text"] == "Ibid., 212."
    assert "notecite: warning:" in err and "note 3" in err
    assert data["warnings"] and all(w in err for w in data["warnings"])


def test_format_option_overrides_extension(tmp_path, capsys):
    path = tmp_path / "essay.notes"
    path.write_text("A claim.[^1]\n\n[^1]: Source, 4.\n", encoding="utf-8")
    assert main(["notes", "--from", "markdown", str(path)]) == 0
    assert capsys.readouterr().out == "1. Source, 4.\n"


def test_bad_input_exits_2_naming_the_file(tmp_path, capsys):
    path = tmp_path / "fake.docx"
    path.write_bytes(b"not a zip")
    assert main(["notes", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and str(path) in err and "notecite: error:" in err
