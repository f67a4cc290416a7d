import json
from pathlib import Path

from notecite.cli import main

DATA = Path(__file__).parents[1] / "data"


def library(tmp_path):
    path = tmp_path / "lib.json"
    path.write_text(json.dumps([
        {"id": "fr", "type": "book", "title": "Portrait de Staline", "author": [{"family": "Serge", "given": "Victor"}],
         "publisher": "Grasset", "publisher-place": "Paris", "issued": {"date-parts": [[1940]]}},
        {"id": "en", "type": "book", "title": "Portrait of Stalin", "author": [{"family": "Serge", "given": "Victor"}],
         "publisher": "Dial", "publisher-place": "New York", "issued": {"date-parts": [[1939]]}},
        {"id": "tr", "type": "book", "title": "The Revolution Betrayed", "author": [{"family": "Trotsky", "given": "Leon"}],
         "issued": {"date-parts": [[1937]]}},
    ]), encoding="utf-8")
    cites = tmp_path / "cites.json"
    cites.write_text(json.dumps({"document": "a.txt", "notes": [
        {"note": 3, "cites": [{"id": "fr", "locator": "57", "kind": "full"}]},
        {"note": 5, "cites": [{"id": "fr", "locator": "60", "kind": "short"}, {"id": "tr", "kind": "full"}]}]}), encoding="utf-8")
    return path, cites


def test_group_by_work_puts_translations_together_with_where_cited(tmp_path, capsys):
    lib, cites = library(tmp_path)
    assert main(["reading-list", str(lib), "--citations", str(cites), "--group-by", "work"]) == 0
    out = capsys.readouterr().out
    headings = [line for line in out.splitlines() if line.startswith("## ")]
    assert headings == ["## Portrait of Stalin", "## The Revolution Betrayed"]
    assert "cited 2 times: n. 3, 5" in out
    assert out.count("a.txt") == 1 and "Works cited in a.txt" in out  # the one source named once
    assert out.index("Portrait of Stalin*") < out.index("Staline*")  # 1939 translation before 1940 original


def test_group_by_author_as_html(tmp_path, capsys):
    lib, cites = library(tmp_path)
    assert main(["reading-list", str(lib), "--group-by", "author", "--output", "html"]) == 0
    out = capsys.readouterr().out
    assert "<h2>Serge, Victor</h2>" in out and "<h2>Trotsky, Leon</h2>" in out
    assert out.count("<li>") == 3


def test_bad_citations_file(tmp_path, capsys):
    lib, _ = library(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text("{\n oops", encoding="utf-8")
    assert main(["reading-list", str(lib), "--citations", str(bad)]) == 2
    assert "bad.json:2" in capsys.readouterr().err


def test_html_is_a_complete_page(tmp_path, capsys):
    lib, cites = library(tmp_path)
    out_file = tmp_path / "list.html"
    assert main(["reading-list", str(lib), "--citations", str(cites), "--output", "html", "-o", str(out_file),
                 "--title", "Serge & friends"]) == 0
    page = out_file.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">")
    assert "<title>Serge &amp; friends</title>" in page and "<style>" in page and "<h1>Serge &amp; friends</h1>" in page
    assert page.rstrip().endswith("</body>\n</html>")
    from lxml import etree
    etree.fromstring(page.split("\n", 1)[1].encode(), etree.HTMLParser(recover=False))


def test_several_documents_are_named_per_entry(tmp_path, capsys):
    lib, cites = library(tmp_path)
    data = json.loads(cites.read_text(encoding="utf-8"))
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"documents": [data, {"document": "b.txt", "notes": [{"note": 1, "cites": [{"id": "tr", "kind": "full"}]}]}]}),
                     encoding="utf-8")
    assert main(["reading-list", str(lib), "--citations", str(other)]) == 0
    out = capsys.readouterr().out
    assert "cited 2 times: a.txt n. 5; b.txt n. 1" in out and "Works cited in" not in out


def test_authors_are_merged_across_spellings(tmp_path, capsys):
    path = tmp_path / "lib.json"
    path.write_text(json.dumps([
        {"id": "a", "type": "book", "title": "Nadja", "author": [{"family": "Breton", "given": "André"}]},
        {"id": "b", "type": "book", "title": "Arcane 17", "author": [{"family": "Breton", "given": "Andre"}]},
        {"id": "c", "type": "book", "title": "Les Vases communicants", "author": [{"family": "BRETON", "given": "André"}]},
    ]), encoding="utf-8")
    assert main(["reading-list", str(path), "--group-by", "author"]) == 0
    headings = [line for line in capsys.readouterr().out.splitlines() if line.startswith("## ")]
    assert headings == ["## Breton, André"]
