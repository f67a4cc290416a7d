"""notecite format: exit codes, outputs, cites file, errors naming the file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from notecite import cli


@pytest.fixture(autouse=True)
def only_this_command(monkeypatch):
    """Build the CLI with this command alone, so other subcommands' state cannot break these tests."""
    monkeypatch.setattr(cli, "command_names", lambda: ["format"])


def main(argv):
    return cli.main(argv)


MIXED = str(Path(__file__).resolve().parents[1] / "data" / "csl" / "mixed10.json")


def test_bibliography_text(capsys):
    assert main(["format", MIXED, "--style", "chicago-notes-bibliography"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 10 and lines[0].startswith("Arendt, Hannah.")


def test_citations_html(capsys):
    assert main(["format", MIXED, "--style", "modern-language-association", "--as", "citations", "--output", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('<div class="csl-citations">') and out.count('<div class="csl-citation">') == 10


def test_markdown_bibliography(capsys):
    assert main(["format", MIXED, "-s", "mhra-notes", "--output", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "*Portrait of Stalin*" in out and "\n\n" in out


def test_cites_file_and_locale(tmp_path, capsys):
    cites = tmp_path / "cites.json"
    cites.write_text(json.dumps([{"id": "ferro1974film", "locator": "240"}, {"id": "ferro1974film", "locator": "241"}]))
    assert main(["format", MIXED, "-s", "abi-technik", "--cites", str(cites)]) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert "hrsg. von" in first and first.endswith("240.") and second == "Ferro, „Le film, une contre-analyse de la société\u202f?“, 241."  # as citeproc-js renders it (narrow space before "?")
    assert main(["format", MIXED, "-s", "abi-technik", "--cites", str(cites), "--locale", "en-GB"]) == 0
    assert "ed. Jacques Le Goff" in capsys.readouterr().out


@pytest.mark.parametrize("argv, message", [
    (["--style", "chicgo-notes"], "closest names: chicago-notes"),
    (["--style", "apa", "--locale", "zz-ZZ"], "unknown locale 'zz-ZZ'"),
    (["--style", "agora"], "has no bibliography"),
])
def test_style_errors_exit_2(argv, message, capsys):
    assert main(["format", MIXED, *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "notecite: error:" in captured.err and message in captured.err


def test_bad_library_names_the_file(tmp_path, capsys):
    bad = tmp_path / "broken.json"
    bad.write_text('[{"id": "a", "type": "book",\n "title": }]', encoding="utf-8")
    assert main(["format", str(bad), "--style", "apa"]) == 2
    assert str(bad) in capsys.readouterr().err


def test_bad_cites_file_names_the_file(tmp_path, capsys):
    cites = tmp_path / "cites.json"
    cites.write_text(json.dumps([{"id": "nobody", "locator": "3"}]))
    assert main(["format", MIXED, "-s", "apa", "--cites", str(cites)]) == 2
    err = capsys.readouterr().err
    assert str(cites) in err and "no record with id 'nobody'" in err
    cites.write_text(json.dumps({"id": "ferro1974film"}))
    assert main(["format", MIXED, "-s", "apa", "--cites", str(cites)]) == 2
    assert "expected a list" in capsys.readouterr().err


def test_cites_with_bibliography_is_refused(tmp_path, capsys):
    cites = tmp_path / "cites.json"
    cites.write_text("[]")
    assert main(["format", MIXED, "-s", "apa", "--as", "bibliography", "--cites", str(cites)]) == 2
    assert "--cites only goes with --as citations" in capsys.readouterr().err


def test_reads_bibtex_through_notecite_formats(tmp_path, capsys):
    bib = tmp_path / "lib.bib"
    bib.write_text("@book{febvre1942probleme,\n  author = {Febvre, Lucien},\n"
                   "  title = {Le problème de l'incroyance au XVIe siècle},\n"
                   "  publisher = {Albin Michel}, location = {Paris}, date = {1942}\n}\n", encoding="utf-8")
    assert main(["format", str(bib), "-s", "apa"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Febvre, L. (1942).") and "Albin Michel" in out


def test_notes_with_positions(tmp_path, capsys):
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps([
        [{"id": "ferro1974film", "locator": "240"}],
        [{"id": "ferro1974film", "locator": "240"}],
        [{"id": "ferro1974film", "locator": "243"}],
        [{"id": "serge1939portrait", "prefix": "See "}, {"id": "ferro1974film"}],
        {"note": 9, "cites": [{"id": "ferro1974film", "locator": "3"}]},
    ]))
    assert main(["format", MIXED, "-s", "chicago-notes-bibliography-subsequent-ibid", "--as", "notes", "--cites", str(notes)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["1", "2", "3", "4", "9"]
    assert lines[0].startswith("1\tMarc Ferro, “Le film") and lines[0].endswith("(Gallimard, 1974), 240.")
    assert lines[1] == "2\tIbid." and lines[2] == "3\tIbid., 243."
    assert lines[3].startswith("4\tSee Victor Serge, Portrait of Stalin") and "; Ferro, “Le film" in lines[3]
    assert lines[4] == "9\tFerro, “Le film, une contre-analyse de la société\u202f?,” 3."  # citeproc-js's narrow space


def test_notes_latex(tmp_path, capsys):
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps([[{"id": "serge1939portrait"}]]))
    assert main(["format", MIXED, "-s", "chicago-notes-bibliography", "--as", "notes", "--cites", str(notes), "-O", "latex"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1\tVictor Serge, \\emph{Portrait of Stalin}") and "Secker \\& Warburg" in out


def test_notes_file_errors(tmp_path, capsys):
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps([[{"id": "nope"}]]))
    assert main(["format", MIXED, "-s", "chicago-notes-bibliography", "--as", "notes", "--cites", str(notes)]) == 2
    assert f"{notes}: cite 1: no record with id 'nope'" in capsys.readouterr().err
    notes.write_text(json.dumps([{"note": 3, "cites": []}, {"note": 2, "cites": []}]))
    assert main(["format", MIXED, "-s", "chicago-notes-bibliography", "--as", "notes", "--cites", str(notes)]) == 2
    assert "note number 2 does not follow 3" in capsys.readouterr().err
    assert main(["format", MIXED, "-s", "chicago-notes-bibliography", "--as", "notes"]) == 2


def test_notes_from_an_extract_citations_file(tmp_path, capsys):
    import json as _json

    from notecite.cli import main as cli_main

    library = tmp_path / "lib.json"
    library.write_text(_json.dumps([{"id": "serge1987memoirs", "type": "book", "title": "Memoirs of a Revolutionary",
                                     "author": [{"family": "Serge", "given": "Victor"}], "publisher": "Writers & Readers",
                                     "publisher-place": "London", "issued": {"date-parts": [[1987]]}}]), encoding="utf-8")
    cites = tmp_path / "cites.json"
    cites.write_text(_json.dumps({"document": "a.txt", "notes": [
        {"note": 1, "cites": [{"id": "serge1987memoirs", "locator": "67", "label": "page", "kind": "full"}]},
        {"note": 2, "cites": [{"id": "serge1987memoirs", "locator": "67", "label": "page", "kind": "short"}]},
        {"note": 3, "cites": [{"id": "serge1987memoirs", "locator": "63–66", "label": "page", "kind": "mention"}]},
        {"note": 4, "cites": [{"id": "serge1987memoirs", "locator": "71", "label": "page", "kind": "short"}]}]}),
        encoding="utf-8")
    assert cli_main(["format", str(library), "--style", "chicago-notes-bibliography-subsequent-ibid", "--as", "notes",
                     "--cites", str(cites)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["1", "2", "4"]  # the mention in note 3 stays prose
    assert lines[0].startswith("1\tVictor Serge, Memoirs of a Revolutionary") and lines[0].rstrip().endswith("67.")
    assert lines[1] == "2\tIbid."
    # note 3 holds no citation, so note 4 does not follow a cited note: citeproc-js (Zotero) gives
    # the short form, not ibid (CSL suite integration_SubsequentWhenInterveningFootnote)
    assert lines[2] == "4\tSerge, Memoirs of a Revolutionary, 71."
