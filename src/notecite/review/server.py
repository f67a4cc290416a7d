"""The local review page: a Flask app on 127.0.0.1, for one person, guarded like a local service.

Every request must carry the session's random token (``?token=…``, as in the printed address),
a ``Host`` of ``127.0.0.1:PORT`` or ``localhost:PORT`` (DNS rebinding is refused), and a write
(POST) must be same-origin JSON (``Origin`` and ``Sec-Fetch-Site`` checked). The app serves
server-rendered HTML, its own script and style sheet, and nothing else: no file path is ever
taken from a request.
"""
from __future__ import annotations

import secrets
from importlib import resources
from typing import Any

from flask import Flask, Response, abort, jsonify, render_template, request
from werkzeug.serving import BaseWSGIServer, make_server

from ..parse.model import LABELS
from .corrections import CorrectionError, describe
from .session import ReviewSession
from .values import show_value

#: The only files the page loads besides itself.
ASSETS = {"review.js": "text/javascript", "review.css": "text/css"}

#: Fields the record editor shows (others of a record are shown as well when present).
EDIT_FIELDS = ("type", "author", "editor", "translator", "title", "container-title", "collection-title",
               "publisher", "publisher-place", "issued", "volume", "issue", "page", "edition", "genre",
               "URL", "DOI", "ISBN")

_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                               "img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def create_app(session: ReviewSession, token: str, port: int) -> Flask:
    """The review app for ``session``, answering only requests with ``token`` to ``port``."""
    app = Flask(__name__, static_folder=None)
    hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
    origins = {f"http://{host}" for host in hosts}

    @app.before_request
    def guard() -> Any:
        if request.host not in hosts:
            abort(403, "unknown Host: this page answers only to 127.0.0.1")
        if not secrets.compare_digest(request.args.get("token", ""), token):
            abort(403, "missing or wrong token: open the address notecite printed")
        if request.method != "GET":
            origin = request.headers.get("Origin")
            if origin is not None and origin not in origins:
                abort(403, "cross-origin write refused")
            if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
                abort(403, "cross-site write refused")
            if request.mimetype != "application/json":
                abort(415, "corrections are sent as JSON")
        return None

    @app.after_request
    def harden(response: Response) -> Response:
        response.headers.update(_HEADERS)
        return response

    @app.errorhandler(403)
    @app.errorhandler(404)
    @app.errorhandler(415)
    def refused(error: Any) -> tuple[str, int]:
        return f"{error.code} {error.description}\n", error.code

    def page_context(doc: int) -> dict[str, Any]:
        if not 0 <= doc < len(session.paths):
            abort(404, f"there is no document {doc}")
        notes = session.notes(doc)
        only_doubts = request.args.get("doubts") == "1"
        order = request.args.get("order", "doubts")
        shown = [n for n in notes if n.doubtful or not only_doubts]
        if order == "doubts":
            shown.sort(key=lambda n: (not n.doubtful, n.confidence, n.number))
        records = session.library.records
        cited_here = {c.record_id for n in notes for c in n.cites}
        return {
            "token": token, "doc": doc, "documents": [p.name for p in session.paths], "notes": shown,
            "all_notes": len(notes), "doubtful": sum(n.doubtful for n in notes), "only_doubts": only_doubts,
            "order": order, "labels": [label for label in LABELS if label != "prose"],
            "records": [r for r in records if r["id"] in cited_here or r["id"] not in session.kept],
            "all_records": records, "library": session.library, "kept": session.kept,
            "duplicates": [merge_view(group) for group in session.duplicates()], "corrections": session.corrections(doc).items,
            "describe": describe, "show": show_value, "edit_fields": EDIT_FIELDS,
            "changes": session.last_changes, "sidecar": session.paths[doc].name + ".notecite.json",
            "document_warnings": [w for w in session.warnings(doc) if not w.startswith("note ")],
        }

    @app.get("/")
    def index() -> str:
        return render_template("page.html", **page_context(request.args.get("doc", 0, type=int)))

    @app.get("/asset/<name>")
    def asset(name: str) -> Response:
        if name not in ASSETS:
            abort(404, "no such asset")
        body = resources.files(__package__).joinpath("static", name).read_bytes()
        return Response(body, mimetype=ASSETS[name])

    def answer(doc: int, changes: list[str]) -> Response:
        return jsonify({"changes": changes, "html": render_template("main.html", **page_context(doc))})

    @app.post("/correct")
    def correct() -> Any:
        payload = request.get_json(silent=True)
        if not isinstance(payload, dict) or not isinstance(payload.get("correction"), dict):
            return jsonify({"error": "send {\"doc\": N, \"correction\": {...}}"}), 400
        doc = payload.get("doc", 0)
        try:
            changes = session.correct(doc if isinstance(doc, int) else -1, payload["correction"])
        except CorrectionError as error:
            return jsonify({"error": message(error)}), 400
        return answer(doc, changes)

    @app.post("/uncorrect")
    def uncorrect() -> Any:
        payload = request.get_json(silent=True) or {}
        doc, index = payload.get("doc", 0), payload.get("index")
        try:
            if not isinstance(doc, int) or not 0 <= doc < len(session.paths) or not isinstance(index, int):
                raise CorrectionError("the request", "send {\"doc\": N, \"index\": I}")
            changes = session.uncorrect(doc, index)
        except CorrectionError as error:
            return jsonify({"error": message(error)}), 400
        return answer(doc, changes)

    return app


def message(error: CorrectionError) -> str:
    """What the page shows for a refused correction: the problem, with the file when one is named."""
    return error.problem if error.path.startswith("the ") else str(error)


def merge_view(group: list[dict[str, Any]]) -> dict[str, Any]:
    """A duplicate group for the merge pane: its records and, per field, each record's value as
    shown (None where it has none) and the record whose value is chosen first (the first that has one)."""
    names: list[str] = []
    for record in group:
        names += [name for name in record if name not in ("id", "note") and name not in names]
    fields = []
    for name in names:
        choices = [(r["id"], show_value(name, r[name]) if name in r else None) for r in group]
        fields.append((name, choices, next(key for key, shown in choices if shown is not None)))
    return {"records": group, "fields": fields}


def start(session: ReviewSession, port: int = 0) -> tuple[BaseWSGIServer, str]:
    """Bind the review app to 127.0.0.1 (a free port unless ``port``) and return the server
    (call ``serve_forever()``) and the page's address with its token."""
    token = secrets.token_urlsafe(24)
    server = make_server("127.0.0.1", port, None, threaded=True)  # type: ignore[arg-type]
    server.app = create_app(session, token, server.server_port)
    return server, f"http://127.0.0.1:{server.server_port}/?token={token}"
