"""Push items to a running Zotero desktop through its connector server (port 23119).

The same endpoints the browser connector uses (Zotero's ``server_connector.js``):
``GET /connector/ping`` to see Zotero is there, ``POST /connector/saveItems`` with
``{"items": [...], "uri": ..., "sessionID": ...}`` (items in the translator shape: single-field
names as ``{"lastName", "fieldMode": 1}``, child notes inside ``notes``; answers ``201``), and,
to file the saved items in a named collection, ``POST /connector/getSelectedCollection`` (the
editable libraries and collections, as ``targets``) and ``POST /connector/updateSession``.
Zotero saves into the collection selected in its window unless a collection is named.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

import requests

from ..errors import NetworkError, NotecitError
from ..library import Library
from .items import ZoteroItem, library_to_items, random_key

DEFAULT_URL = "http://127.0.0.1:23119"
CONNECTOR_API_VERSION = "3"
BATCH = 50


@dataclass
class ConnectorReport:
    """What a connector push did: items saved, sessions used, the collection they went to."""

    saved: int = 0
    notes: int = 0
    sessions: list[str] = field(default_factory=list)
    target: str | None = None  # "C12"-style id of the named collection, when one was asked for
    target_name: str | None = None


def to_connector_item(item: ZoteroItem, notes: Sequence[ZoteroItem] = ()) -> dict[str, Any]:
    """A Web-API-shaped item as the translator-shaped item ``saveItems`` takes."""
    out: dict[str, Any] = {"id": item.get("key") or random_key()}
    for name, value in item.items():
        if name in ("key", "collections", "relations", "parentItem", "version"):
            continue
        if name == "creators":
            value = [_connector_creator(c) for c in value]
        out[name] = value
    out["notes"] = [{"note": n["note"]} for n in notes]
    out["attachments"] = []
    return out


def _connector_creator(creator: dict[str, str]) -> dict[str, Any]:
    if "name" in creator:
        return {"lastName": creator["name"], "fieldMode": 1, "creatorType": creator["creatorType"]}
    return {"firstName": creator.get("firstName", ""), "lastName": creator.get("lastName", ""),
            "creatorType": creator["creatorType"]}


def connector_items(items: Sequence[ZoteroItem]) -> list[dict[str, Any]]:
    """Web-API-shaped items (parents followed by child notes) as connector items with embedded notes."""
    children: dict[str, list[ZoteroItem]] = {}
    for item in items:
        if item.get("itemType") == "note" and item.get("parentItem"):
            children.setdefault(item["parentItem"], []).append(item)
    return [to_connector_item(item, children.get(item.get("key", ""), ()))
            for item in items if not (item.get("itemType") == "note" and item.get("parentItem"))]


class Connector:
    """A client for the connector server of a Zotero desktop."""

    def __init__(self, base_url: str = DEFAULT_URL, *, timeout: float = 60.0,
                 session: requests.Session | None = None):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = session or requests.Session()
        self.headers = {"Content-Type": "application/json", "X-Zotero-Connector-API-Version": CONNECTOR_API_VERSION}

    def _post(self, path: str, body: Any, what: str) -> requests.Response:
        try:
            return self.session.post(self.base_url + path, json=body, headers=self.headers, timeout=self.timeout)
        except requests.ConnectionError as error:
            raise NetworkError(f"Zotero stopped answering at {self.base_url} while {what} ({error.__class__.__name__})") from None
        except requests.Timeout:
            raise NetworkError(f"Zotero did not answer within {self.timeout:g} s while {what}") from None

    def ping(self) -> None:
        """Check a Zotero desktop answers; raises :class:`NetworkError` saying it is not running."""
        try:
            response = self.session.get(self.base_url + "/connector/ping", timeout=min(self.timeout, 5.0))
        except (requests.ConnectionError, requests.Timeout) as error:
            raise NetworkError(
                f"Zotero is not running (nothing answers at {self.base_url}: {_reason(error)}); "
                "start Zotero desktop, or push to zotero.org with --web") from None
        if response.status_code != 200:
            raise NetworkError(f"{self.base_url} answered /connector/ping with {response.status_code}: "
                               "is this a Zotero connector server?")

    def find_target(self, name: str) -> str:
        """The ``C<id>`` target of the editable collection called ``name``; NotecitError if none."""
        response = self._post("/connector/getSelectedCollection", {}, "listing collections")
        if response.status_code != 200:
            raise NetworkError(f"Zotero answered getSelectedCollection with {response.status_code}")
        try:
            targets = response.json().get("targets") or []
        except (ValueError, AttributeError):
            raise NetworkError("Zotero's collection list is not JSON") from None
        for target in targets:
            if target.get("name") == name and str(target.get("id", "")).startswith("C"):
                return str(target["id"])
        names = sorted({t.get("name", "") for t in targets if str(t.get("id", "")).startswith("C")})
        raise NotecitError(f"Zotero has no collection named {name!r} (the connector cannot create one); "
                           f"create it in Zotero first, or push with --web. Collections: {', '.join(names) or 'none'}")

    def save_items(self, items: list[dict[str, Any]], *, uri: str | None = None) -> str:
        """Save connector items in one ``saveItems`` session; returns the session id."""
        session_id = secrets.token_hex(8)
        body: dict[str, Any] = {"items": items, "sessionID": session_id}
        if uri:
            body["uri"] = uri
        response = self._post("/connector/saveItems", body, f"saving {len(items)} items")
        if response.status_code != 201:
            raise NetworkError(f"Zotero did not save the items ({response.status_code}: {_detail(response)})")
        return session_id

    def move_session(self, session_id: str, target: str) -> None:
        """File the items of a save session in ``target`` (``C<id>``) via ``updateSession``."""
        response = self._post("/connector/updateSession", {"sessionID": session_id, "target": target},
                              "moving items to the collection")
        if response.status_code != 200:
            raise NetworkError(f"Zotero did not move the saved items to {target} "
                               f"({response.status_code}: {_detail(response)})")


def push_connector(library: Library, *, collection: str | None = None, tags: Iterable[str] = (),
                   notes: bool = True, base_url: str = DEFAULT_URL, uri: str | None = None,
                   timeout: float = 60.0) -> ConnectorReport:
    """Save every record of ``library`` (with provenance notes) into the running Zotero desktop.

    Pings first; with ``collection``, resolves it before saving anything and files the items there.
    """
    client = Connector(base_url, timeout=timeout)
    client.ping()
    report = ConnectorReport(target_name=collection)
    if collection:
        report.target = client.find_target(collection)
    items = connector_items(library_to_items(library, tags=tags, notes=notes, keys=random_key))
    for start in range(0, len(items), BATCH):
        batch = items[start:start + BATCH]
        session_id = client.save_items(batch, uri=uri)
        report.sessions.append(session_id)
        report.saved += len(batch)
        report.notes += sum(len(i["notes"]) for i in batch)
        if report.target:
            client.move_session(session_id, report.target)
    return report


def _detail(response: requests.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return " ".join(response.text.split())[:200] or response.reason
    if isinstance(data, dict) and data.get("libraryEditable") is False:
        return "the library selected in Zotero is read-only"
    if isinstance(data, dict) and data.get("error"):
        return str(data["error"])
    return str(data)[:200]


def _reason(error: Exception) -> str:
    text = str(error)
    if "Connection refused" in text or "Errno 111" in text:
        return "connection refused"
    if isinstance(error, requests.Timeout):
        return "timed out"
    return error.__class__.__name__
