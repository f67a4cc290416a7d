"""The review server over real HTTP on 127.0.0.1: what it serves, what it refuses, how it stops."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from urllib.parse import urlsplit

import pytest
import requests

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
    response = requests.get(address, timeout=10)
    assert response.status_code == 200
    page = response.text
    assert 'class="field lab-title" title="title">New International,</span>' in page
    assert "low-confidence link (0.22)" in page  # note 20, Vers L’Autre Flamme
    assert page.index("Note 20") < page.index("Note 1<")  # uncertain notes first
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    only = requests.get(address + "&doubts=1", timeout=10).text
    assert "Note 20" in only and "Note 7<" not in only  # the filter shows only uncertain notes


def test_requests_without_the_token_or_from_elsewhere_are_refused(served, article):
    address, base, token = served
    assert requests.get(base + "/", timeout=10).status_code == 403
    assert requests.get(base + "/?token=wrong", timeout=10).status_code == 403
    assert requests.get(base + "/asset/review.js", timeout=10).status_code == 403
    rebinding = requests.get(address, headers={"Host": "attacker.example:80"}, timeout=10)
    assert rebinding.status_code == 403 and "Host" in rebinding.text
    assert requests.get(address, headers={"Host": urlsplit(base).netloc.replace("127.0.0.1", "localhost")},
                        timeout=10).status_code == 200
    body = {"doc": 0, "correction": {"action": "split", "note": 1, "at": 0}}
    url = f"{base}/correct?token={token}"
    assert requests.post(url, json=body, headers={"Origin": "http://attacker.example"}, timeout=10).status_code == 403
    assert requests.post(url, json=body, headers={"Sec-Fetch-Site": "cross-site"}, timeout=10).status_code == 403
    assert requests.post(url, data=json.dumps(body), headers={"Content-Type": "text/plain"}, timeout=10).status_code == 415
    assert not sidecar_path(article).exists()  # nothing refused was saved


def test_only_the_page_and_its_two_assets_are_served(served):
    _, base, token = served
    assert requests.get(f"{base}/asset/review.css?token={token}", timeout=10).headers["Content-Type"].startswith("text/css")
    for path in ("/asset/..%2f..%2fserver.py", "/asset/page.html", "/etc/passwd", "/static/review.js"):
        assert requests.get(f"{base}{path}?token={token}", timeout=10).status_code == 404, path


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


def test_ctrl_c_stops_the_server_cleanly(article):
    process = subprocess.Popen([sys.executable, "-m", "notecite", "review", "--no-browser", str(article)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        address = process.stdout.readline().strip()
        assert address.startswith("http://127.0.0.1:") and "?token=" in address
        assert requests.get(address, timeout=30).status_code == 200
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0
        assert "notecite review: stopped" in process.stderr.read()
        with pytest.raises(requests.ConnectionError):
            requests.get(address, timeout=5)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
