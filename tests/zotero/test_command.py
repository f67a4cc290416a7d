"""``notecite zotero export`` and ``notecite zotero push`` end to end (in-process CLI, local fake servers)."""
from __future__ import annotations

import json
from pathlib import Path

from notecite.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "zotero"
LIBRARY = str(DATA / "mixed.json")
CITATIONS = str(DATA / "citations.json")


def test_export_writes_zotero_item_json_with_notes(tmp_path, capsys):
    out = tmp_path / "items.json"
    assert main(["zotero", "export", LIBRARY, "--citations", CITATIONS, "--tags", "Serge", "-o", str(out)]) == 0
    items = json.loads(out.read_text())
    parents = [i for i in items if i["itemType"] != "note"]
    notes = [i for i in items if i["itemType"] == "note"]
    assert len(parents) == 10 and len(notes) == 3
    book = parents[0]
    assert [t["tag"] for t in book["tags"]] == ["notecite", "notecite:full", "notecite:ibid", "Serge"]
    note = next(n for n in notes if n["parentItem"] == book["key"])
    assert "weissman-1988.txt" in note["note"] and "<li>n. 2, 68 (ibid)</li>" in note["note"]
    thesis_note = next(n for n in notes if n["parentItem"] == parents[5]["key"])
    assert "n. 7, chapter iv (short)" in thesis_note["note"]
    assert "wrote 10 items and 3 notes" in capsys.readouterr().err
    again = tmp_path / "again.json"
    main(["zotero", "export", LIBRARY, "--citations", CITATIONS, "--tags", "Serge", "-o", str(again)])
    assert again.read_text() == out.read_text()  # stable keys: same library, same file


def test_bad_citations_file_fails_without_writing(tmp_path, capsys):
    bad = tmp_path / "cites.json"
    bad.write_text('{"document": "a.txt", "notes": [{"note": "x", "cites": []}]}')
    out = tmp_path / "items.json"
    assert main(["zotero", "export", LIBRARY, "--citations", str(bad), "-o", str(out)]) == 2
    assert "cites.json" in capsys.readouterr().err and not out.exists()


def test_citations_for_another_library_are_refused(tmp_path, capsys):
    other = tmp_path / "cites.json"
    other.write_text('{"document": "a.txt", "notes": [{"note": 1, "cites": [{"id": "nobody2000"}]}]}')
    assert main(["zotero", "export", LIBRARY, "--citations", str(other), "-o", str(tmp_path / "o.json")]) == 2
    assert "no cited id is in the library" in capsys.readouterr().err


def test_push_web_with_the_key_from_the_environment(web_api, monkeypatch, capsys):
    monkeypatch.setenv("ZOTERO_API_KEY", "GOODKEY")
    code = main(["zotero", "push", LIBRARY, "--citations", CITATIONS, "--web", "--library-id", "123",
                 "--api-url", web_api.url, "--collection", "My Collection"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "13 objects created in users/123 in 1 batches" in err
    assert "collection 'My Collection' (existing, key BD85JEM4)" in err
    assert len(web_api.items) == 13


def test_push_web_without_library_id_is_an_error(capsys):
    assert main(["zotero", "push", LIBRARY, "--web", "--api-key", "K"]) == 2
    assert "--library-id" in capsys.readouterr().err


def test_push_web_with_a_bad_key_exits_2_with_the_reason(web_api, capsys):
    assert main(["zotero", "push", LIBRARY, "--web", "--library-id", "123", "--api-key", "BAD",
                 "--api-url", web_api.url]) == 2
    assert "403 Forbidden" in capsys.readouterr().err


def test_push_to_the_connector_by_default(connector, capsys):
    assert main(["zotero", "push", LIBRARY, "--citations", CITATIONS, "--api-url", connector.url,
                 "--collection", "Victor Serge's World and Ours"]) == 0
    assert "saved 10 items with 3 notes to collection" in capsys.readouterr().err
    (items,) = connector.sessions.values()
    assert len(items) == 10 and json.loads(
        next(r for r in connector.requests if r["path"] == "/connector/saveItems")["body"])["uri"].startswith("file:///")
    assert connector.moves and connector.moves[0][1] == "C7"


def test_push_when_zotero_is_not_running(closed_port_url, capsys):
    assert main(["zotero", "push", LIBRARY, "--api-url", closed_port_url]) == 2
    assert "Zotero is not running" in capsys.readouterr().err


def test_push_web_stopped_by_an_error_says_what_was_saved_and_a_rerun_skips_it(web_api, tmp_path, capsys):
    records = [{"id": f"work{i}", "type": "book", "title": f"Work number {i}", "issued": {"date-parts": [[1990]]}}
               for i in range(60)]
    library = tmp_path / "lib.json"
    library.write_text(json.dumps(records))
    web_api.script = ["", "500"]
    push = ["zotero", "push", str(library), "--web", "--library-id", "123", "--api-key", "GOODKEY",
            "--api-url", web_api.url]
    assert main(push) == 2
    err = capsys.readouterr().err
    assert err.count("notecite: saved: book 'Work number") == 50
    assert "50 objects were saved in users/123 before the error; run the same command again" in err
    assert "500 Internal Server Error" in err and "Traceback" not in err
    assert main(push) == 0
    err = capsys.readouterr().err
    assert "50 objects already in users/123 (pushed before) skipped" in err
    assert "10 objects created in users/123 in 1 batches" in err
    assert len(web_api.items) == 60


def test_push_web_answered_412_for_every_batch_fails(web_api, capsys):
    web_api.script = ["412"] * 5
    code = main(["zotero", "push", LIBRARY, "--web", "--library-id", "123", "--api-key", "GOODKEY",
                 "--api-url", web_api.url])
    err = capsys.readouterr().err
    assert code != 0 and "0 objects created" in err
    assert "failed:" in err and "412" in err and web_api.items == {}
