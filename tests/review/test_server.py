"""The review server over real HTTP on 127.0.0.1: what it serves, what it refuses, what each action does."""
from __future__ import annotations

import json
import re
import threading
from urllib.parse import urlsplit

import pytest
import requests

from notecite.document import read_document
from notecite.review.corrections import load, sidecar_path
from notecite.review.server import start
from notecite.review.session import ReviewSession


@pytest.fixture
def served(article):
    """(address with token, base URL, token) of a review server for the article copy."""
    server, address = start(ReviewSession([article]))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    parts = urlsplit(address)
    yield address, f"{parts.scheme}://{parts.netloc}", parts.query.removeprefix("token=")
    server.shutdown()
    thread.join(5)


def test_the_page_shows_labelled_notes_links_and_doubts(served):
    address, _, _ = served
    response = requests.get(address, timeout=60)
    assert response.status_code == 200
    page = response.text
    assert 'class="field lab-title" title="title">New International,</span>' in page
    note_20 = page[page.index('id="note-20"'):]
    note_20 = note_20[:note_20.index("</article>")]
    assert re.search(r'<div class="doubt">low-confidence link \(0\.[0-5]\d\)</div>', note_20)  # Vers L’Autre Flamme
    assert page.index("Note 20") < page.index("Note 1<")  # uncertain notes first
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    only = requests.get(address + "&doubts=1", timeout=60).text
    assert "Note 20" in only and "Note 7<" not in only  # the filter shows only uncertain notes


def test_requests_without_the_token_or_from_elsewhere_are_refused(served, article):
    address, base, token = served
    assert requests.get(base + "/", timeout=60).status_code == 403
    assert requests.get(base + "/?token=wrong", timeout=60).status_code == 403
    assert requests.get(base + "/asset/review.js", timeout=60).status_code == 403
    rebinding = requests.get(address, headers={"Host": "attacker.example:80"}, timeout=60)
    assert rebinding.status_code == 403 and "Host" in rebinding.text
    assert requests.get(address, headers={"Host": urlsplit(base).netloc.replace("127.0.0.1", "localhost")},
                        timeout=60).status_code == 200
    body = {"doc": 0, "correction": {"action": "split", "note": 1, "at": 0}}
    url = f"{base}/correct?token={token}"
    assert requests.post(url, json=body, headers={"Origin": "http://attacker.example"}, timeout=60).status_code == 403
    assert requests.post(url, json=body, headers={"Sec-Fetch-Site": "cross-site"}, timeout=60).status_code == 403
    assert requests.post(url, data=json.dumps(body), headers={"Content-Type": "text/plain"}, timeout=60).status_code == 415
    assert not sidecar_path(article).exists()  # nothing refused was saved


def test_only_the_page_and_its_two_assets_are_served(served):
    _, base, token = served
    assert requests.get(f"{base}/asset/review.css?token={token}", timeout=60).headers["Content-Type"].startswith("text/css")
    for path in ("/asset/..%2f..%2fserver.py", "/asset/page.html", "/etc/passwd", "/static/review.js"):
        assert requests.get(f"{base}{path}?token={token}", timeout=60).status_code == 404, path


def test_a_correction_is_saved_at_once_and_the_page_shows_its_effect(served, article):
    _, base, token = served
    note = "For Serge, the errors"
    response = requests.post(f"{base}/correct?token={token}", timeout=30, json={
        "doc": 0, "correction": {"action": "relabel", "note": 15, "start": 714, "end": 722, "label": "container-title"}})
    assert response.status_code == 200, response.text
    data = response.json()
    assert "note 15: 'New International, July 1938 and Feb. 1939' now cites anon1938new (was serge1938new)" in data["changes"]
    assert 'class="field lab-container-title" title="container-title">New International</span>' in data["html"]
    [saved] = load(article).items
    assert saved["text"] == "New International" and saved["note_start"].startswith(note)  # snapped to whole words
    bad = requests.post(f"{base}/correct?token={token}", timeout=30, json={
        "doc": 0, "correction": {"action": "relabel", "note": 99, "start": 0, "end": 3, "label": "title"}})
    assert bad.status_code == 400 and bad.json()["error"] == "there is no note 99"
    undo = requests.post(f"{base}/uncorrect?token={token}", timeout=30, json={"doc": 0, "index": 0})
    assert undo.status_code == 200 and load(article).items == []


def _post(base, token, correction):
    return requests.post(f"{base}/correct?token={token}", json={"doc": 0, "correction": correction}, timeout=30)


def test_every_action_through_the_page(served, article):
    _, base, token = served
    note17 = "0 Morali, 105-7, quoted in Donald Filtzer"
    edit = _post(base, token, {"action": "edit", "record": "sergeleinin", "field": "title", "value": "From Lenin to Stalin"})
    assert "sergeleinin: title 'From Leinin to Stalin' → 'From Lenin to Stalin'" in edit.json()["changes"]
    issued = _post(base, token, {"action": "edit", "record": "sergeleinin", "field": "issued", "value": "1937"})
    assert "sergeleinin: issued added: '1937'" in issued.json()["changes"]
    text14 = read_document(article).note(14).text  # Serge, ‘Trente Ans,” 7.
    new = _post(base, token, {"action": "relink", "note": 14, "start": 0, "end": text14.index(","), "to": None})
    assert new.status_code == 200, new.text
    [added] = [line for line in new.json()["changes"] if line.startswith("new work ")]
    assert "note 14: 'Serge, ‘Trente Ans,” 7' now cites" in " ".join(new.json()["changes"])
    gone = _post(base, token, {"action": "not-citation", "note": 17, "start": 0, "end": 8})
    assert "work anonmorali removed (0 Morali)" in gone.json()["changes"]
    split = _post(base, token, {"action": "split", "note": 17, "at": note17.index("Donald") + 50})
    assert split.status_code == 200
    join = _post(base, token, {"action": "join", "note": 18, "at": 62})
    assert join.status_code == 200
    actions = [c["action"] for c in load(article).items]
    assert actions == ["edit", "edit", "relink", "not-citation", "split", "join"]
    relinked = load(article).items[2]
    assert relinked["to"] is None and relinked["record"]["title"] == "Trente Ans"  # the cite's own fields
    assert relinked["text"] == "Serge"


@pytest.mark.parametrize("correction, error", [
    ({"action": "edit", "record": "sergeleinin", "field": "type", "value": "novel"}, "'novel' is not a CSL item type"),
    ({"action": "edit", "record": "sergeleinin", "field": "colour", "value": "red"}, "'colour' is not a CSL-JSON field"),
    ({"action": "relabel", "note": 1, "start": 0, "end": 6, "label": "colour"}, "relabel: unknown label 'colour'"),
    ({"action": "merge", "keep": "sergeleinin", "drop": [], "values": {}}, "merge: keep is one record key"),
    ({"action": "relink", "note": 1, "start": 500, "end": 600, "to": "x"}, "select some words of the note first"),
    ({"action": "fold"}, "unknown action 'fold'"),
])
def test_a_correction_that_makes_no_sense_is_refused_with_its_reason(served, article, correction, error):
    _, base, token = served
    response = _post(base, token, correction)
    assert response.status_code == 400 and error in response.json()["error"]
    assert not sidecar_path(article).exists()


def test_a_sidecar_that_cannot_be_written_is_reported(served, article):
    _, base, token = served
    sidecar_path(article).mkdir()  # a folder where the sidecar should go: the save fails
    response = _post(base, token, {"action": "split", "note": 1, "at": 5})
    assert response.status_code == 400
    assert response.json()["error"].startswith(str(sidecar_path(article)))


def test_the_review_page_shows_the_labels_the_documents_layout_gave_extraction(tmp_path):
    doc = tmp_path / "colons.txt"
    doc.write_text("Text.[1] More.[2] And.[3]\n\nNotes\n\n1. Vance: Old Kingdoms, p. 12.\n"
                   "2. Ness: Interior Trade, p. 9.\n3. Kemp: Grassland Tribes, p. 16.\n", encoding="utf-8")
    first = ReviewSession([doc]).notes(0)[0]
    labelled = [(first.text[s:e], label) for s, e, label in first.chunks if label]
    assert labelled[:2] == [("Vance:", "author"), ("Old Kingdoms,", "title")]
