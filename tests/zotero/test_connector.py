"""Saving into a running Zotero desktop through its connector server (a local fake that checks shapes)."""
from __future__ import annotations

import json

import pytest

from notecite.errors import NetworkError, NotecitError
from notecite.library import Citation, Library
from notecite.zotero.connector import connector_items, push_connector
from notecite.zotero.items import library_to_items


def make_library(n: int) -> Library:
    library = Library(records=[{"id": f"w{i}", "type": "book", "title": f"Book {i}",
                                "author": [{"literal": f"Collective {i}"}] if i % 2 else [{"family": "Serge", "given": "Victor"}]}
                               for i in range(n)])
    library.citations = [Citation("article.txt", i + 1, f"w{i}", "short", "12") for i in range(0, n, 3)]
    return library


def saves(server):
    return [r for r in server.requests if r.get("path") == "/connector/saveItems"]


def test_ping_then_save_items_in_the_connector_shape(connector):
    report = push_connector(make_library(4), base_url=connector.url, uri="file:///tmp/library.json")
    assert connector.requests[0] == {"method": "GET", "path": "/connector/ping"}
    (request,) = saves(connector)
    assert request["headers"]["X-Zotero-Connector-API-Version"] == "3"
    assert request["headers"]["Content-Type"] == "application/json"
    body = json.loads(request["body"])
    assert set(body) == {"items", "uri", "sessionID"} and body["uri"] == "file:///tmp/library.json"
    items = body["items"]
    assert len(items) == 4 and all(i["id"] and i["attachments"] == [] for i in items)
    assert items[0]["creators"] == [{"firstName": "Victor", "lastName": "Serge", "creatorType": "author"}]
    assert items[1]["creators"] == [{"lastName": "Collective 1", "fieldMode": 1, "creatorType": "author"}]
    assert items[0]["notes"] and "n. 1, 12 (short)" in items[0]["notes"][0]["note"]
    assert items[1]["notes"] == []
    assert [t["tag"] for t in items[0]["tags"]] == ["notecite", "notecite:short"]
    assert not any(k in i for i in items for k in ("key", "collections", "parentItem"))
    assert report.saved == 4 and report.notes == 2 and report.sessions == [body["sessionID"]]


def test_large_libraries_go_in_sessions_of_50(connector):
    report = push_connector(make_library(120), base_url=connector.url)
    assert [len(json.loads(r["body"])["items"]) for r in saves(connector)] == [50, 50, 20]
    assert len(set(report.sessions)) == 3 and set(connector.sessions) == set(report.sessions)


def test_a_named_collection_is_found_before_saving_and_the_sessions_moved_there(connector):
    report = push_connector(make_library(3), base_url=connector.url, collection="Reading list")
    paths = [r["path"] for r in connector.requests]
    assert paths == ["/connector/ping", "/connector/getSelectedCollection", "/connector/saveItems",
                     "/connector/updateSession"]
    assert report.target == "C9"
    assert connector.moves == [(report.sessions[0], "C9")]


def test_an_unknown_collection_stops_before_anything_is_saved(connector):
    with pytest.raises(NotecitError, match="no collection named 'Nope'.*Reading list"):
        push_connector(make_library(3), base_url=connector.url, collection="Nope")
    assert saves(connector) == []


def test_zotero_not_running_is_a_clear_network_error(closed_port_url):
    with pytest.raises(NetworkError, match=r"Zotero is not running \(nothing answers at http://127\.0\.0\.1:\d+: "
                                           r"connection refused\)"):
        push_connector(make_library(1), base_url=closed_port_url)


def test_a_refused_save_is_an_error_with_zoteros_reason(connector):
    library = Library(records=[{"id": "x", "type": "book", "title": "T"}])
    items = connector_items(library_to_items(library))
    items[0]["bookTitle"] = "invalid for a book"
    from notecite.zotero.connector import Connector

    with pytest.raises(NetworkError, match="did not save the items \\(500: bad item"):
        Connector(connector.url).save_items(items)
