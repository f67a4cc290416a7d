"""Fake Zotero servers on 127.0.0.1 (real HTTP, port 0) that check every request's shape.

``FakeWebAPI`` plays api.zotero.org's write side and ``FakeConnector`` Zotero desktop's
connector server. Both answer with the bodies recorded in tests/data/zotero/ (see its README)
and record what they received so tests can assert on it.
"""
from __future__ import annotations

import json
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "zotero"
TEMPLATES = {k: v for k, v in json.loads((DATA / "item_templates.json").read_text()).items() if not k.startswith("_")}
ALWAYS = {"itemType", "key", "creators", "tags", "collections", "relations", "parentItem"}
KEY_RE = re.compile(r"^[23456789ABCDEFGHIJKLMNPQRSTUVWXYZ]{8}$")
TOKEN_RE = re.compile(r"^[0-9a-f]{32}$")


def item_problems(item: dict, known_keys: set[str]) -> list[str]:
    """Why api.zotero.org would reject ``item`` (empty when valid)."""
    problems = []
    item_type = item.get("itemType")
    if item_type not in TEMPLATES:
        return [f"'{item_type}' is not a valid itemType"]
    allowed = set(TEMPLATES[item_type]["fields"]) | ALWAYS
    for name, value in item.items():
        if name not in allowed:
            problems.append(f"'{name}' is not a valid field for type '{item_type}'")
        elif name not in ALWAYS and not isinstance(value, str):
            problems.append(f"'{name}' must be a string")
    for creator in item.get("creators", []):
        if creator.get("creatorType") not in TEMPLATES[item_type]["creatorTypes"]:
            problems.append(f"'{creator.get('creatorType')}' is not a valid creator type for item type '{item_type}'")
        if not ("name" in creator) ^ ("lastName" in creator and "firstName" in creator):
            problems.append(f"creator {creator} needs either 'name' or 'firstName'/'lastName'")
    if "key" in item and not KEY_RE.match(item["key"]):
        problems.append(f"invalid key {item['key']!r}")
    if not isinstance(item.get("tags", []), list) or not all(isinstance(t, dict) and t.get("tag") for t in item.get("tags", [])):
        problems.append("tags must be a list of {tag}")
    if item.get("parentItem"):
        if item_type != "note":
            problems.append("only notes may have a parentItem here")
        if item["parentItem"] not in known_keys:
            problems.append(f"Parent item {item['parentItem']} not found")
        if item.get("collections"):
            problems.append("Child items cannot be assigned to collections")
    return problems


class _Server:
    """A ThreadingHTTPServer in a daemon thread; ``url`` is its base URL."""

    def __init__(self, handler_class: type[BaseHTTPRequestHandler]):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_class)
        self.httpd.fake = self  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.lock = threading.Lock()
        self.requests: list[dict] = []

    def start(self) -> "_Server":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def send(self, status: int, body: object = b"", headers: dict | None = None, content_type="application/json") -> None:
        data = body if isinstance(body, bytes) else (body.encode() if isinstance(body, str) else json.dumps(body).encode())
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, str(value))
        self.end_headers()
        self.wfile.write(data)


class FakeWebAPI(_Server):
    """api.zotero.org for one user library: items and collections, with rate limits on demand."""

    def __init__(self, library="users/123", api_key="GOODKEY"):
        super().__init__(WebAPIHandler)
        self.library = library
        self.api_key = api_key
        self.tokens_done: set[str] = set()
        self.items: dict[str, dict] = {}
        self.collections = {c["key"]: c["data"]["name"] for c in json.loads((DATA / "webapi_collections.json").read_text())}
        self.item_posts: list[dict] = []  # {"token", "count", "status"}
        self.script: list[str] = []  # actions for the next item POSTs: "", "429", "503", "412", "500", "drop", "backoff"
        self.times: list[float] = []


class WebAPIHandler(_Handler):
    def refuse(self, code: int, message: str) -> None:
        """Answer a request the checks refuse; a refused item POST is logged first, so a test that
        reads the log after its answer always finds it."""
        if self.command == "POST" and urlparse(self.path).path.endswith("/items"):
            self.server.fake.item_posts.append({"token": self.headers.get("Zotero-Write-Token"), "count": None,
                                                "status": "rejected"})
        self.send(code, message, content_type="text/plain")

    def _check_common(self, write: bool) -> tuple[bool, str]:
        fake: FakeWebAPI = self.server.fake
        if self.headers.get("Zotero-API-Version") != "3":
            self.refuse(400, "Zotero-API-Version: 3 expected")
            return False, ""
        key = self.headers.get("Zotero-API-Key") or (self.headers.get("Authorization") or "").removeprefix("Bearer ")
        if key != fake.api_key:
            self.refuse(403, "Invalid key")  # body text: not given by the docs
            return False, ""
        path = urlparse(self.path).path
        if not path.startswith(f"/{fake.library}/"):
            self.refuse(404, "Not found")
            return False, ""
        token = ""
        if write:
            if self.headers.get("Content-Type", "").split(";")[0] != "application/json":
                self.refuse(400, "Content-Type must be application/json")
                return False, ""
            token = self.headers.get("Zotero-Write-Token", "")
            if not TOKEN_RE.match(token):
                self.refuse(400, f"bad write token {token!r}")
                return False, ""
            if token in fake.tokens_done:
                self.refuse(412, "Write token already used")
                return False, ""
        return True, token

    def do_GET(self) -> None:
        fake: FakeWebAPI = self.server.fake
        import time
        with fake.lock:
            fake.times.append(time.monotonic())
            fake.requests.append({"method": "GET", "path": self.path, "headers": dict(self.headers)})
        ok, _ = self._check_common(write=False)
        if not ok:
            return
        url = urlparse(self.path)
        query = parse_qs(url.query)
        if url.path == f"/{fake.library}/items" and query.get("format") == ["keys"]:
            # GET /items?itemKey=A,B&format=keys: the keys that exist, one per line (text/plain)
            wanted = query.get("itemKey", [""])[0].split(",")
            if len(wanted) > 50:
                self.send(400, "Only 50 items can be requested at a time", content_type="text/plain")
                return
            keys = [k for k in wanted if k in fake.items] if query.get("itemKey") else list(fake.items)
            self.send(200, "".join(f"{k}\n" for k in keys), {"Total-Results": len(keys)}, content_type="text/plain")
            return
        if url.path != f"/{fake.library}/collections":
            self.send(404, "Not found", content_type="text/plain")
            return
        start, limit = int(query.get("start", ["0"])[0]), int(query.get("limit", ["25"])[0])
        recorded = json.loads((DATA / "webapi_collections.json").read_text())
        known = {c["key"] for c in recorded}
        everything = recorded + [{"key": k, "version": 1, "data": {"key": k, "name": n, "parentCollection": False}}
                                 for k, n in fake.collections.items() if k not in known]
        self.send(200, everything[start:start + limit], {"Total-Results": len(everything)})

    def do_POST(self) -> None:
        fake: FakeWebAPI = self.server.fake
        import time
        body = self._body()
        with fake.lock:
            fake.times.append(time.monotonic())
            fake.requests.append({"method": "POST", "path": self.path, "headers": dict(self.headers), "body": body})
        ok, token = self._check_common(write=True)
        if not ok:
            return
        try:
            objects = json.loads(body)
        except ValueError:
            self.send(400, "Invalid JSON", content_type="text/plain")
            return
        if not isinstance(objects, list):
            self.send(400, "Uploaded data must be a JSON array", content_type="text/plain")
            return
        if len(objects) > 50:
            self.send(413, "Only 50 objects can be created at a time", content_type="text/plain")
            return
        path = urlparse(self.path).path
        if path == f"/{fake.library}/collections":
            self._collections(objects, token)
        elif path == f"/{fake.library}/items":
            self._items(objects, token)
        else:
            self.send(404, "Not found", content_type="text/plain")

    def _collections(self, objects: list, token: str) -> None:
        fake: FakeWebAPI = self.server.fake
        result = {"successful": {}, "success": {}, "unchanged": {}, "failed": {}}
        for i, obj in enumerate(objects):
            key = "COLL" + str(len(fake.collections)).rjust(4, "2")
            fake.collections[key] = obj["name"]
            result["success"][str(i)] = key
            result["successful"][str(i)] = {"key": key, "version": 1, "data": {"key": key, "name": obj["name"]}}
        fake.tokens_done.add(token)
        self.send(200, result, {"Last-Modified-Version": 1})

    def _items(self, objects: list, token: str) -> None:
        fake: FakeWebAPI = self.server.fake
        action = fake.script.pop(0) if fake.script else ""
        fake.item_posts.append({"token": token, "count": len(objects), "status": action or "ok",
                                "keys": [o.get("key") for o in objects]})
        status, _, retry_after = action.partition(":")
        if status in ("429", "503"):  # not processed: the token is not stored
            self.send(int(status), "Too many requests" if status == "429" else "Service unavailable",
                      {"Retry-After": retry_after or 0}, content_type="text/plain")
            return
        if status in ("412", "500"):  # refused, nothing stored (412: a precondition failed)
            self.send(int(status), "Library has been modified since specified version" if status == "412"
                      else "An error occurred", content_type="text/plain")
            return
        template = json.loads((DATA / "webapi_items_200.json").read_text())
        result = {"successful": {}, "success": {}, "unchanged": {}, "failed": {}}
        batch_keys = set()
        for i, obj in enumerate(objects):
            problems = item_problems(obj, set(fake.items) | batch_keys)
            key = obj.get("key") or f"SRV{len(fake.items):05d}".replace("0", "2").replace("1", "3")
            if problems:
                failure = dict(template["failed"]["1"], key=key, code=400, message=problems[0])
                result["failed"][str(i)] = failure
                continue
            batch_keys.add(key)
            fake.items[key] = obj
            saved = dict(template["successful"]["0"], key=key, data=dict(obj, key=key, version=1))
            result["successful"][str(i)] = saved
            result["success"][str(i)] = key
        fake.tokens_done.add(token)
        if action == "drop":  # processed, but the answer never reaches the client
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        headers = {"Last-Modified-Version": len(fake.items)}
        if action.startswith("backoff"):
            headers["Backoff"] = action.split(":")[1]
        self.send(200, result, headers)


class FakeConnector(_Server):
    """Zotero desktop's connector server: ping, saveItems, getSelectedCollection, updateSession."""

    def __init__(self):
        super().__init__(ConnectorHandler)
        self.sessions: dict[str, list[dict]] = {}
        self.moves: list[tuple[str, str]] = []
        self.targets = json.loads((DATA / "connector_selected_collection.json").read_text())


class ConnectorHandler(_Handler):
    def do_GET(self) -> None:
        self.server.fake.requests.append({"method": "GET", "path": self.path})
        if self.path == "/connector/ping":
            self.send(200, (DATA / "connector_ping.html").read_bytes(), content_type="text/html")
        else:
            self.send(404, "No endpoint found", content_type="text/plain")

    def do_POST(self) -> None:
        fake: FakeConnector = self.server.fake
        body = self._body()
        fake.requests.append({"method": "POST", "path": self.path, "headers": dict(self.headers), "body": body})
        if self.headers.get("Content-Type", "").split(";")[0] != "application/json":
            self.send(400, "Content-Type application/json expected", content_type="text/plain")
            return
        version = self.headers.get("X-Zotero-Connector-API-Version")
        if version is not None and int(version) < 3:
            self.send(400, {"error": "CONNECTOR_VERSION_OUTDATED"})
            return
        data = json.loads(body or b"{}")
        if self.path == "/connector/saveItems":
            self._save(data)
        elif self.path == "/connector/getSelectedCollection":
            self.send(200, fake.targets)
        elif self.path == "/connector/updateSession":
            if data.get("sessionID") not in fake.sessions:
                self.send(400, {"error": "SESSION_NOT_FOUND"})
            elif data.get("target") not in {t["id"] for t in fake.targets["targets"]}:
                self.send(400, {"error": "COLLECTION_NOT_FOUND"})
            else:
                fake.moves.append((data["sessionID"], data["target"]))
                self.send(200, {})
        else:
            self.send(404, "No endpoint found", content_type="text/plain")

    def _save(self, data: dict) -> None:
        fake: FakeConnector = self.server.fake
        if set(data) - {"items", "uri", "sessionID"} or not isinstance(data.get("items"), list):
            self.send(400, {"error": f"unexpected body keys {sorted(data)}"})
            return
        session = data.get("sessionID")
        if not isinstance(session, str) or session in fake.sessions:
            self.send(409, {"error": "SESSION_EXISTS"})
            return
        for item in data["items"]:
            web_shape = {k: v for k, v in item.items() if k not in ("id", "notes", "attachments")}
            web_shape["creators"] = [({"creatorType": c["creatorType"], "name": c["lastName"]} if c.get("fieldMode") == 1
                                      else c) for c in item.get("creators", [])]
            problems = item_problems(web_shape, set())
            if not item.get("id") or problems or not all(set(n) == {"note"} for n in item.get("notes", [])):
                self.send(500, f"bad item: {problems or item}", content_type="text/plain")
                return
        fake.sessions[session] = data["items"]
        self.send(201, b"")


@pytest.fixture
def web_api():
    server = FakeWebAPI().start()
    yield server
    server.stop()


@pytest.fixture
def connector():
    server = FakeConnector().start()
    yield server
    server.stop()


@pytest.fixture
def closed_port_url():
    """The URL of a local port nothing listens on."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"
