"""``notecite convert``."""
import json
import os
from pathlib import Path

import pybtex.database
import pytest

from notecite import cli

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"


@pytest.fixture
def run(monkeypatch):
    """cli.main with only this subcommand registered, so other commands' state does not matter."""
    monkeypatch.setattr(cli, "command_names", lambda: ["convert"])
    return lambda *argv: cli.main(["convert", *map(str, argv)])


def test_json_to_biblatex_by_extension(run, tmp_path):
    out = tmp_path / "lib.bib"
    assert run(DATA / "library.json", "-o", out) == 0
    data = pybtex.database.parse_file(str(out))
    assert "@online{marxists2020archive" in out.read_text()
    assert len(data.entries) == len(json.loads((DATA / "library.json").read_text()))


def test_to_overrides_extension_and_ascii(run, tmp_path):
    out = tmp_path / "lib.txt"
    assert run(DATA / "library.json", "-o", out, "--to", "bibtex", "--ascii") == 0
    text = out.read_text()
    assert text.isascii() and r"R{\'e}volution" in text and "@phdthesis{" in text


def test_several_inputs_are_concatenated_with_disambiguated_keys(run, tmp_path):
    out = tmp_path / "all.json"
    assert run(DATA / "library.json", DATA / "handwritten.bib", DATA / "sample.ris", DATA / "library.json", "-o", out) == 0
    records = json.loads(out.read_text())
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    assert ids[:2] == ["serge1963memoirs", "souvarine1940portrait"]
    assert "thompson1971moral" in ids and "serge1963memoirsa" in ids  # the second copy of the library
    assert "hobsbawm1962" in ids


def test_keys_are_stable(run, tmp_path):
    first, second = tmp_path / "1.ris", tmp_path / "2.ris"
    run(DATA / "sample.ris", DATA / "sample.ris", "-o", first)
    run(DATA / "sample.ris", DATA / "sample.ris", "-o", second)
    assert first.read_bytes() == second.read_bytes()
    again = tmp_path / "3.ris"
    run(first, "-o", again)
    assert again.read_bytes() == first.read_bytes()


def test_round_trip_via_command(run, tmp_path):
    bib, back = tmp_path / "a.bib", tmp_path / "b.json"
    run(DATA / "library.json", "-o", bib)
    run(bib, "-o", back)
    assert json.loads(back.read_text()) == json.loads((DATA / "library.json").read_text())


@pytest.mark.parametrize("name, content, line", [
    ("bad.json", '[\n {"id": "a", "type": "book"},\n {"id": "b",, }\n]', 3),
    ("bad.bib", "@book{a,\n title = {T}\n year = 1990\n}\n", 3),
    ("bad.ris", "TY  - BOOK\nTI  - T\nnot a line\nER  - \n", 3),
])
def test_malformed_input_exit_2_and_no_output(run, tmp_path, capsys, name, content, line):
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "out.bib"
    assert run(DATA / "library.json", bad, "-o", out) == 2
    err = capsys.readouterr().err
    assert f"{bad}:{line}:" in err and err.startswith("notecite: error:")
    assert sorted(os.listdir(tmp_path)) == [name]


def test_unknown_output_extension(run, tmp_path, capsys):
    assert run(DATA / "library.json", "-o", tmp_path / "out.txt") == 2
    assert "extension" in capsys.readouterr().err
    assert os.listdir(tmp_path) == []


def test_existing_output_untouched_on_error(run, tmp_path):
    out = tmp_path / "out.json"
    out.write_text("old")
    bad = tmp_path / "bad.ris"
    bad.write_text("TY  - BOOK\n")
    assert run(bad, "-o", out) == 2
    assert out.read_text() == "old"


def test_writing_into_a_missing_folder_is_a_clear_error(tmp_path, capsys):
    target = tmp_path / "nope" / "out.bib"
    assert cli.main(["convert", str(DATA / "library.json"), "-o", str(target)]) == 2
    assert f"{target}: cannot write: the folder {tmp_path / 'nope'} does not exist" in capsys.readouterr().err


def test_for_zotero_flavours_every_format(run, tmp_path):
    for name, extra_line in (("lib.json", '"note": "'), ("lib.ris", "M2  - Citation Key: serge1963memoirs"),
                             ("lib.bib", "Citation Key: serge1963memoirs")):
        out = tmp_path / name
        assert run(DATA / "library.json", "-o", out, "--for", "zotero") == 0
        assert extra_line in out.read_text(encoding="utf-8")
    plain = tmp_path / "plain.ris"
    assert run(DATA / "library.json", "-o", plain) == 0
    assert "Citation Key" not in plain.read_text(encoding="utf-8")
