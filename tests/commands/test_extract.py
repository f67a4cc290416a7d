import json
import os
from pathlib import Path

from notecite.cli import main

ARTICLE = Path(__file__).parents[1] / "data" / "pipeline" / "luxemburg.md"


def test_extract_writes_library_citations_and_report(tmp_path, capsys):
    bib, cites = tmp_path / "out.bib", tmp_path / "cites.json"
    assert main(["extract", str(ARTICLE), "-o", str(bib), "-o", str(tmp_path / "out.json"), "--citations", str(cites)]) == 0
    assert "@book{" in bib.read_text(encoding="utf-8")
    records = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert {r["id"] for r in records} == set(__import__("re").findall(r"@\w+\{([^,]+),", bib.read_text(encoding="utf-8")))
    data = json.loads(cites.read_text(encoding="utf-8"))
    assert [n["note"] for n in data["notes"]][:2] == [1, 2]
    out = capsys.readouterr().out
    assert "works" in out and "citations" in out


def test_missing_document_is_a_clear_error_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "out.bib"
    assert main(["extract", str(tmp_path / "nope.txt"), "-o", str(out)]) == 2
    assert "nope.txt" in capsys.readouterr().err
    assert not out.exists() and os.listdir(tmp_path) == []


def test_unknown_output_extension_fails_before_work(tmp_path, capsys):
    assert main(["extract", str(ARTICLE), "-o", str(tmp_path / "out.docx")]) == 2
    assert "extension" in capsys.readouterr().err
    assert os.listdir(tmp_path) == []


def test_malformed_into_library_names_file_and_line(tmp_path, capsys):
    bad = tmp_path / "mine.json"
    bad.write_text('[\n  {"id": "a", "type": "book",\n  "title": }\n]\n', encoding="utf-8")
    assert main(["extract", str(ARTICLE), "--into", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "mine.json" in err and ":3" in err
    assert bad.read_text(encoding="utf-8").startswith('[\n  {"id": "a"')


def test_pandoc_markdown_output(tmp_path):
    out = tmp_path / "article.md"
    assert main(["extract", str(ARTICLE), "--to", "pandoc-markdown", "-o", str(out), "-q"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("---\nbibliography: article.json\n")
    assert "[^1]: [@frolich1972rosa, p. 45]" in text
    assert json.loads((tmp_path / "article.json").read_text(encoding="utf-8"))
