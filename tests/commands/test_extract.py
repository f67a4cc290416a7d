import json
import os
from pathlib import Path

import pytest

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
    assert "works" in out and "links" in out and "Summary:" in out


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
    assert "[^1]: [@frolich1972rosa, {p. 45}]" in text
    assert json.loads((tmp_path / "article.json").read_text(encoding="utf-8"))


BETTER_BIBTEX = Path(__file__).parents[1] / "data" / "formats" / "better-bibtex.bib"


def _keys(text):
    import re
    return re.findall(r"^@\w+\{([^,\s]+),", text, re.M)


def test_into_a_hand_written_library_twice_appends_only_and_is_then_byte_identical(tmp_path, example_article):
    """The bar: comments, @strings, layout and custom fields stay; the diff is only appended entries;
    the second run changes no byte; the user's Trotsky is recognised, not added again."""
    mine = tmp_path / "mine.bib"
    original = BETTER_BIBTEX.read_bytes()
    mine.write_bytes(original)
    assert main(["extract", str(example_article), "--into", str(mine), "-q"]) == 0
    after_first = mine.read_bytes()
    assert after_first.startswith(original) and len(after_first) > len(original)
    appended = after_first[len(original):].decode("utf-8")
    assert not set(_keys(appended)) & set(_keys(original.decode("utf-8")))
    assert "shorttitle" not in original.decode() .split("sergeMemoirsRevolutionary1963")[0]
    assert not any(k.startswith("trotsky") for k in _keys(appended))  # issue 14.10
    assert all(not k.isdigit() and not k.startswith(("birth", "vers")) for k in _keys(appended))
    assert main(["extract", str(example_article), "--into", str(mine), "-q"]) == 0
    assert mine.read_bytes() == after_first


def test_into_with_another_output_of_the_same_format_keeps_the_users_text_there(tmp_path):
    out = tmp_path / "out.bib"
    assert main(["extract", str(ARTICLE), "--into", str(BETTER_BIBTEX), "-o", str(out), "-q"]) == 0
    assert out.read_bytes().startswith(BETTER_BIBTEX.read_bytes())


def test_into_csl_json_keeps_existing_items_byte_for_byte(tmp_path):
    mine = tmp_path / "mine.json"
    original = ('[\n {"id": "nettl-bio", "type": "book", "title": "Rosa Luxemburg",\n'
                '  "author": [{"family": "Nettl", "given": "J. P."}], "note": "my copy"}\n]\n')
    mine.write_text(original, encoding="utf-8")
    assert main(["extract", str(ARTICLE), "--into", str(mine), "-q"]) == 0
    first = mine.read_text(encoding="utf-8")
    assert first.startswith(original.rstrip()[:-1].rstrip() + ",\n")
    records = json.loads(first)
    assert records[0] == json.loads(original)[0]
    assert sum(1 for r in records if r.get("title") == "Rosa Luxemburg") == 1
    assert main(["extract", str(ARTICLE), "--into", str(mine), "-q"]) == 0
    assert mine.read_text(encoding="utf-8") == first


# --- a bad document in a batch (issue 14 item 1): kept message and file name, others written, exit 2

def _bad_documents(folder: Path) -> dict[str, str]:
    """Each kind of unreadable document, by file name, with a word of the reason it must give."""
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "prose.txt").write_text("Just prose, with no notes at all.\n", encoding="utf-8")
    (folder / "broken.docx").write_bytes(b"not a zip archive")
    return {"binary.txt": "binary", "missing.txt": "No such file", "prose.txt": "no notes",
            "broken.docx": "not a DOCX"}


def _run_batch(tmp_path: Path, capsys, bad_name: str, jobs: int, *extra: str) -> tuple[int, str, Path]:
    reasons = _bad_documents(tmp_path)
    out = tmp_path / "out.json"
    code = main(["extract", str(ARTICLE), str(tmp_path / bad_name), str(ARTICLE.with_name("cliff.txt")),
                 "-o", str(out), "-q", "--jobs", str(jobs), *extra])
    err = capsys.readouterr().err
    assert reasons[bad_name] in err, err
    return code, err, out


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("bad_name", ["binary.txt", "missing.txt", "prose.txt", "broken.docx"])
def test_a_bad_document_keeps_its_reason_and_the_others_are_written(tmp_path, capsys, bad_name, jobs):
    code, err, out = _run_batch(tmp_path, capsys, bad_name, jobs, "--provenance-note")
    assert code == 2
    assert f"notecite: error: {tmp_path / bad_name}: " in err and "Traceback" not in err
    assert "1 of 3 documents failed" in err
    documents = {line.split(": ")[0].removeprefix("Cited in ")
                 for record in json.loads(out.read_text(encoding="utf-8")) for line in record["note"].splitlines()
                 if line.startswith("Cited in")}
    assert documents == {"luxemburg.md", "cliff.txt"}


@pytest.mark.parametrize("jobs", [1, 2])
def test_fail_fast_stops_at_the_first_bad_document_and_writes_nothing(tmp_path, capsys, jobs):
    code, err, out = _run_batch(tmp_path, capsys, "broken.docx", jobs, "--fail-fast")
    assert code == 2 and not out.exists()
    assert err.strip() == f"notecite: error: {tmp_path / 'broken.docx'}: not a DOCX file: not a zip archive"


def test_every_document_failing_writes_nothing(tmp_path, capsys):
    _bad_documents(tmp_path)
    out = tmp_path / "out.bib"
    assert main(["extract", str(tmp_path / "binary.txt"), str(tmp_path / "prose.txt"), "-o", str(out), "--jobs", "2"]) == 2
    err = capsys.readouterr().err
    assert "binary.txt" in err and "prose.txt" in err and "2 of 2 documents failed; nothing was written" in err
    assert not out.exists()


def test_stdin_with_from_and_a_folder_with_glob(tmp_path, monkeypatch, capsys):
    import io
    import sys

    from notecite import document

    text = ARTICLE.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    document._stdin_bytes.cache_clear()
    try:
        from_stdin = tmp_path / "stdin.json"
        assert main(["extract", "-", "--from", "markdown", "-o", str(from_stdin), "-q", "--provenance-note"]) == 0
    finally:
        document._stdin_bytes.cache_clear()
    records = json.loads(from_stdin.read_text(encoding="utf-8"))
    assert records and all("Cited in stdin:" in r.get("note", "") for r in records)

    folder = tmp_path / "essays" / "2024"
    folder.mkdir(parents=True)
    (folder / "luxemburg.md").write_bytes(text)
    (folder / "draft.txt").write_text("no notes here", encoding="utf-8")
    from_folder = tmp_path / "folder.json"
    assert main(["extract", str(tmp_path / "essays"), "--glob", "*.md", "-o", str(from_folder), "-q"]) == 0
    assert [r["title"] for r in json.loads(from_folder.read_text())] == [r["title"] for r in records]
    assert main(["extract", str(tmp_path / "essays"), "-o", str(tmp_path / "all.json"), "-q"]) == 2
    assert f"{folder / 'draft.txt'}: " in capsys.readouterr().err


def test_stdin_without_from_is_a_clear_error(tmp_path, capsys):
    assert main(["extract", "-", "-o", str(tmp_path / "out.bib")]) == 2
    assert "stdin: name the format of standard input with --from" in capsys.readouterr().err
    assert not (tmp_path / "out.bib").exists()
    assert main(["extract", "-", "-", "--from", "text", "-o", str(tmp_path / "out.bib")]) == 2
    assert "standard input can be read only once" in capsys.readouterr().err


def test_report_levels_quiet_verbose_and_json(tmp_path, capsys, example_article):
    out = tmp_path / "out.bib"
    assert main(["extract", str(example_article), "-o", str(out)]) == 0
    normal = capsys.readouterr()
    assert "Summary: 1 document" in normal.out and "Uncertain items" in normal.out
    assert all(len(line) <= 80 for line in normal.out.splitlines())
    assert "notecite: warning:" not in normal.err  # doubts are grouped in the report, not one line each
    assert main(["extract", str(example_article), "-o", str(out), "-q"]) == 0
    quiet = capsys.readouterr()
    assert quiet.out == "" and len(quiet.err.splitlines()) == 1 and "uncertain items" in quiet.err
    assert main(["extract", str(example_article), "-o", str(out), "-v"]) == 0
    verbose = capsys.readouterr().out
    listed = verbose.split("Summary:")[0].split("Uncertain items")[1]
    assert listed.count("low-confidence link") == 1 and "more" not in listed and listed.count("note 18") == 3
    assert main(["extract", str(example_article), "-o", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 1 and data["notes"] == 24 and data["works"] == len(data["table"])
    assert data["links"]["full"] >= 1 and "low-confidence link" in data["uncertain"]


def test_quiet_and_json_exclude_each_other(tmp_path, capsys):
    import pytest
    with pytest.raises(SystemExit):
        main(["extract", str(ARTICLE), "-o", str(tmp_path / "o.bib"), "-q", "--json"])


def test_provenance_stays_out_of_the_note_unless_asked(tmp_path):
    plain, noted = tmp_path / "plain.json", tmp_path / "noted.ris"
    assert main(["extract", str(ARTICLE), "-o", str(plain), "-q"]) == 0
    assert not any("Cited in" in str(r.get("note", "")) for r in json.loads(plain.read_text(encoding="utf-8")))
    assert main(["extract", str(ARTICLE), "-o", str(noted), "-q", "--provenance-note"]) == 0
    assert "N1  - Cited in luxemburg.md: n. 1 (45)" in noted.read_text(encoding="utf-8")


def test_for_zotero_writes_citation_keys_into_extra(tmp_path):
    out = tmp_path / "zotero.json"
    assert main(["extract", str(ARTICLE), "-o", str(out), "-q", "--for", "zotero"]) == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert records and all(f"Citation Key: {r['id']}" in r["note"].split("\n") for r in records)


def test_for_zotero_with_into_is_refused_before_any_work(tmp_path, capsys):
    mine = tmp_path / "mine.json"
    mine.write_text("[]\n", encoding="utf-8")
    assert main(["extract", str(ARTICLE), "--into", str(mine), "--for", "zotero", "-q"]) == 2
    assert "--for zotero" in capsys.readouterr().err and mine.read_text(encoding="utf-8") == "[]\n"
