"""Pushing to the Zotero Web API v3, against a real local HTTP server that checks each request."""
from __future__ import annotations

import json
import re
import time

import pytest

from notecite.errors import NetworkError
from notecite.library import Citation, Library
from notecite.zotero.items import library_to_items
from notecite.zotero.webapi import PushInterrupted, WebAPI, batches, push_keys, push_web, write_token


def make_library(n: int, cited: bool = False) -> Library:
    records = [{"id": f"work{i:03d}", "type": "book", "title": f"Book {i}", "author": [{"family": f"Author{i}"}],
                "issued": {"date-parts": [[1900 + i % 100]]}, "publisher-place": "Paris"} for i in range(n)]
    library = Library(records=records)
    if cited:
        library.citations = [Citation("article.txt", i + 1, f"work{i:03d}", "full", str(i + 10)) for i in range(n)]
    return library


def item_posts(server, status=None):
    return [p for p in server.item_posts if status is None or p["status"] == status]


def test_120_items_go_in_3_batches_with_one_fresh_write_token_each(web_api):
    report = push_web(make_library(120), library_id=123, api_key="GOODKEY", base_url=web_api.url, notes=False)
    posts = item_posts(web_api)
    assert [p["count"] for p in posts] == [50, 50, 20]
    tokens = [p["token"] for p in posts]
    assert all(re.fullmatch(r"[0-9a-f]{32}", t) for t in tokens) and len(set(tokens)) == 3
    assert report.batches == 3 and len(report.created) == 120 and report.ok
    assert len(web_api.items) == 120
    for request in web_api.requests:
        assert request["headers"]["Zotero-API-Key"] == "GOODKEY"
        assert request["headers"]["Zotero-API-Version"] == "3"
        if request["method"] == "GET":  # which of a batch's keys are there already
            assert request["path"].startswith("/users/123/items?itemKey=")
            continue
        assert request["path"] == "/users/123/items"
        assert request["headers"]["Content-Type"] == "application/json"
        body = json.loads(request["body"])
        assert isinstance(body, list) and len(body) <= 50


def test_child_notes_follow_their_parent_in_the_same_batch(web_api):
    report = push_web(make_library(30, cited=True), library_id=123, api_key="GOODKEY", base_url=web_api.url)
    assert [p["count"] for p in item_posts(web_api)] == [50, 10]  # 30 parents + 30 notes, pairs kept together
    assert report.ok and len(report.created) == 60
    notes = [i for i in web_api.items.values() if i["itemType"] == "note"]
    assert len(notes) == 30 and all(n["parentItem"] in web_api.items for n in notes)


def test_batches_never_split_a_parent_from_its_notes():
    items = []
    for i in range(40):
        items.append({"itemType": "book", "key": f"K{i:07d}"})
        items.append({"itemType": "note", "parentItem": f"K{i:07d}"})
    sizes = [len(b) for b in batches(items)]
    assert sizes == [50, 30]
    for batch in batches(items):
        keys = {i.get("key") for i in batch}
        assert all(i["parentItem"] in keys for i in batch if i.get("parentItem"))


def test_a_429_with_retry_after_is_retried_with_the_same_write_token(web_api):
    web_api.script = ["429"]
    report = push_web(make_library(3), library_id=123, api_key="GOODKEY", base_url=web_api.url, notes=False)
    posts = item_posts(web_api)
    assert [p["status"] for p in posts] == ["429", "ok"]
    assert posts[0]["token"] == posts[1]["token"]
    assert report.retries == 1 and report.ok and len(report.created) == 3


def test_a_503_with_retry_after_is_retried(web_api):
    web_api.script = ["503", "503"]
    report = push_web(make_library(2), library_id=123, api_key="GOODKEY", base_url=web_api.url, notes=False)
    assert [p["status"] for p in item_posts(web_api)] == ["503", "503", "ok"]
    assert report.ok and report.retries == 2


def test_retries_are_bounded(web_api):
    web_api.script = ["429"] * 10
    client = WebAPI(123, "GOODKEY", base_url=web_api.url, max_attempts=3)
    with pytest.raises(NetworkError, match="429 .* after 3 attempts"):
        client.create_items([{"itemType": "book", "title": "X", "creators": [], "tags": [], "collections": [],
                              "relations": {}}])
    assert len(item_posts(web_api)) == 3


def test_a_retry_after_beyond_the_limit_stops_with_what_was_done(web_api):
    web_api.script = ["", "429:3600"]
    start = time.monotonic()
    with pytest.raises(NetworkError, match=r"asks to wait 3600 s.*\(50 objects had been created in 1 earlier batches\)"):
        push_web(make_library(60), library_id=123, api_key="GOODKEY", base_url=web_api.url, notes=False)
    assert time.monotonic() - start < 5 and len(web_api.items) == 50


def test_backoff_holds_the_next_request_back(web_api):
    web_api.script = ["backoff:1"]
    report = push_web(make_library(60), library_id=123, api_key="GOODKEY", base_url=web_api.url, notes=False)
    assert report.ok and report.batches == 2
    # requests: GET batch 1's keys, POST batch 1 (answered with Backoff: 1), GET batch 2's keys
    assert web_api.times[2] - web_api.times[1] >= 0.95
    # the client reports the wait it made: what was left of the second after its own work, so no lower bound that a
    # loaded machine would break (the gap the server saw, above, is the behaviour)
    assert 0 < report.waited <= 1.05


def test_a_lost_answer_is_retried_and_a_412_means_the_batch_was_written(web_api):
    web_api.script = ["drop"]
    report = push_web(make_library(5), library_id=123, api_key="GOODKEY", base_url=web_api.url, notes=False)
    posts = web_api.item_posts
    assert [p["status"] for p in posts] == ["drop", "rejected"]
    assert posts[0]["token"] == posts[1]["token"]
    assert len(web_api.items) == 5  # written once, not twice
    assert len(report.already_written) == 1 and report.ok
    assert report.already_written[0]["keys"].split(",") == posts[0]["keys"]


def test_a_bad_key_is_a_clear_403_error(web_api):
    with pytest.raises(NetworkError, match=r"refused the API key for users/123 \(403 Forbidden"):
        push_web(make_library(2), library_id=123, api_key="WRONG", base_url=web_api.url)
    assert web_api.items == {}


def test_an_unknown_library_is_a_clear_404_error(web_api):
    with pytest.raises(NetworkError, match=r"library groups/123 not found \(404"):
        push_web(make_library(2), library_id=123, group=True, api_key="GOODKEY", base_url=web_api.url)


def test_bearer_authorization_is_accepted(web_api):
    report = push_web(make_library(1), library_id=123, api_key="GOODKEY", base_url=web_api.url, bearer=True,
                      notes=False)
    assert report.ok
    assert web_api.requests[-1]["headers"]["Authorization"] == "Bearer GOODKEY"
    assert "Zotero-API-Key" not in web_api.requests[-1]["headers"]


def test_items_zotero_rejects_are_reported_with_their_messages(web_api):
    client = WebAPI(123, "GOODKEY", base_url=web_api.url)
    good = {"itemType": "book", "title": "Fine", "creators": [], "tags": [], "collections": [], "relations": {}}
    bad = dict(good, title="Broken", bookTitle="not a book field")
    report = client.create_items([good, bad])
    assert [c["title"] for c in report.created] == ["Fine"]
    assert report.failed == [{"key": "", "itemType": "book", "title": "Broken", "code": 400,
                              "message": "'bookTitle' is not a valid field for type 'book'"}]
    assert not report.ok


def test_an_existing_collection_is_reused(web_api):
    report = push_web(make_library(2), library_id=123, api_key="GOODKEY", base_url=web_api.url,
                      collection="My Collection", notes=False)
    assert report.collection == "BD85JEM4" and not report.collection_created
    assert not [r for r in web_api.requests if r["method"] == "POST" and r["path"].endswith("/collections")]
    assert all(i["collections"] == ["BD85JEM4"] for i in web_api.items.values())
    get = next(r for r in web_api.requests if r["method"] == "GET")
    assert get["path"].startswith("/users/123/collections?")


def test_a_missing_collection_is_created_first(web_api):
    report = push_web(make_library(2, cited=True), library_id=123, api_key="GOODKEY", base_url=web_api.url,
                      collection="Victor Serge's World and Ours")
    assert report.collection_created
    posts = [r for r in web_api.requests if r["method"] == "POST"]
    assert posts[0]["path"] == "/users/123/collections"
    assert json.loads(posts[0]["body"]) == [{"name": "Victor Serge's World and Ours"}]
    assert re.fullmatch(r"[0-9a-f]{32}", posts[0]["headers"]["Zotero-Write-Token"])
    assert web_api.collections[report.collection] == "Victor Serge's World and Ours"
    parents = [i for i in web_api.items.values() if i["itemType"] != "note"]
    assert parents and all(i["collections"] == [report.collection] for i in parents)
    assert report.ok  # notes (children) carry no collection, as the API demands


def test_a_closed_port_is_a_network_error(closed_port_url):
    with pytest.raises(NetworkError, match="cannot reach http://127.0.0.1:\\d+ \\(connection refused\\)"):
        push_web(make_library(1), library_id=1, api_key="K", base_url=closed_port_url, max_attempts=2,
                 sleep=lambda s: None)


def test_arguments_are_checked_before_any_request():
    with pytest.raises(NetworkError, match="must be a number"):
        WebAPI("alice", "KEY")
    with pytest.raises(NetworkError, match="API key is needed"):
        WebAPI(1, "")


def test_write_tokens_are_32_hex_and_unique():
    tokens = {write_token() for _ in range(100)}
    assert len(tokens) == 100 and all(re.fullmatch(r"[0-9a-f]{32}", t) for t in tokens)



def test_a_412_for_every_batch_is_a_failure(web_api):
    web_api.script = ["412", "412"]
    report = push_web(make_library(60), library_id=123, api_key="GOODKEY", base_url=web_api.url, notes=False)
    assert not report.ok and len(report.failed) == 60 and report.created == [] and report.already_written == []
    assert {f["code"] for f in report.failed} == {412}
    assert web_api.items == {}


def test_a_push_stopped_after_one_batch_says_what_was_saved_and_a_rerun_skips_it(web_api):
    library = make_library(120)
    web_api.script = ["", "500"]
    with pytest.raises(PushInterrupted, match=r"500 .*50 objects had been created in 1 earlier batches") as stopped:
        push_web(library, library_id=123, api_key="GOODKEY", base_url=web_api.url, notes=False)
    saved = {c["key"] for c in stopped.value.report.created}
    assert len(saved) == 50 and saved == set(web_api.items)
    report = push_web(library, library_id=123, api_key="GOODKEY", base_url=web_api.url, notes=False)
    assert report.ok and set(report.skipped) == saved and len(report.created) == 70
    assert len(web_api.items) == 120  # nothing pushed twice
    assert [p["count"] for p in item_posts(web_api, "ok")] == [50, 50, 20]


def test_keys_change_with_the_target_library_and_the_record():
    library = make_library(2)
    first = library_to_items(library, notes=False, keys=push_keys(library, "/users/123"))
    again = library_to_items(library, notes=False, keys=push_keys(library, "/users/123"))
    other = library_to_items(library, notes=False, keys=push_keys(library, "/groups/9"))
    assert [i["key"] for i in first] == [i["key"] for i in again]
    assert not {i["key"] for i in first} & {i["key"] for i in other}
    library.records[0]["title"] = "Another title"
    changed = library_to_items(library, notes=False, keys=push_keys(library, "/users/123"))
    assert changed[0]["key"] != first[0]["key"] and changed[1]["key"] == first[1]["key"]
