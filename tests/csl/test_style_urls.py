"""Styles by URL against a real HTTP server on 127.0.0.1: only CSL styles are cached, downloads
have a total deadline and a size cap, and the XML declaration's encoding is honoured."""
from __future__ import annotations

import http.server
import threading
import time

import pytest

from notecite.csl import styles
from notecite.csl.styles import BUNDLED_DIR, StyleError, resolve

MHRA = (BUNDLED_DIR / "mhra-notes.csl").read_bytes()
# What a captive portal or a web page in place of the raw file looks like: well-formed XHTML.
NOT_CSL = (b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
           b"<head><title>Sign in to the network</title></head><body><p>Accept the terms.</p></body></html>\n")


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        server = self.server
        route = server.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        kind, body = route
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        try:
            if kind == "trickle":  # a declared length, then one byte every 0.2 s
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for byte in body:
                    if server.stopping.is_set():
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.2)
            elif kind == "endless":  # no length: an endless body until the client hangs up
                self.end_headers()
                while not server.stopping.is_set():
                    self.wfile.write(b"<!-- padding -->" * 4096)
            else:
                if kind == "declared":
                    self.send_header("Content-Length", str(body))
                    body = b""
                else:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def server(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.routes, httpd.stopping = {}, threading.Event()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield httpd
    httpd.stopping.set()
    httpd.shutdown()
    httpd.server_close()


def resolve_within(argument, seconds):
    """resolve(argument) in a thread; the outcome, or a failure if it has not finished in time."""
    outcome = {}

    def target():
        try:
            outcome["style"] = resolve(argument)
        except Exception as error:  # noqa: BLE001 - handed to the test
            outcome["error"] = error

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"resolving {argument} still running after {seconds} s"
    return outcome


def cached(tmp_path):
    folder = tmp_path / "cache" / "notecite" / "styles"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_xml_that_is_not_a_csl_style_is_refused_and_not_cached(server, tmp_path):
    server.routes["/mhra.csl"] = ("plain", NOT_CSL)
    with pytest.raises(StyleError, match=r"XML that is not a CSL style \(root element <html>"):
        resolve(f"{server.base}/mhra.csl")
    assert cached(tmp_path) == []
    server.routes["/mhra.csl"] = ("plain", MHRA)  # the server is fixed: the next run works
    assert resolve(f"{server.base}/mhra.csl").title == "MHRA Style Guide 4th edition (notes)"


def test_a_bad_file_in_the_cache_is_fetched_again(server, tmp_path):
    server.routes["/mhra.csl"] = ("plain", MHRA)
    path = resolve(f"{server.base}/mhra.csl").path
    path.write_bytes(NOT_CSL)  # as an older notecite cached it
    assert resolve(f"{server.base}/mhra.csl").title == "MHRA Style Guide 4th edition (notes)"
    assert path.read_bytes().startswith(b"<?xml version='1.0' encoding='UTF-8'?>")


def test_an_iso_8859_1_style_is_read_by_its_declaration(server, tmp_path):
    text = MHRA.decode("utf-8").replace("MHRA Style Guide 4th edition (notes)", "Modèle MHRA, édition française")
    latin1 = text.replace('encoding="utf-8"', 'encoding="ISO-8859-1"').encode("iso-8859-1")
    assert b'encoding="ISO-8859-1"' in latin1 and "è".encode("iso-8859-1") in latin1
    server.routes["/latin1.csl"] = ("plain", latin1)
    style = resolve(f"{server.base}/latin1.csl")
    assert style.title == "Modèle MHRA, édition française"
    assert "Modèle MHRA" in style.path.read_text(encoding="utf-8")  # cached as UTF-8
    assert resolve(f"{server.base}/latin1.csl").title == "Modèle MHRA, édition française"


def test_a_trickling_server_hits_the_total_deadline(server, tmp_path, monkeypatch):
    monkeypatch.setattr(styles, "URL_DEADLINE", 1.0, raising=False)
    server.routes["/slow.csl"] = ("trickle", MHRA)  # would take over 20 minutes
    started = time.monotonic()
    outcome = resolve_within(f"{server.base}/slow.csl", 10)
    assert isinstance(outcome.get("error"), StyleError), outcome
    assert "the download took more than 1 s" in str(outcome["error"])
    assert time.monotonic() - started < 5 and cached(tmp_path) == []


def test_an_endless_body_stops_at_the_size_cap(server, tmp_path, monkeypatch):
    monkeypatch.setattr(styles, "URL_MAX_BYTES", 1_000_000, raising=False)
    server.routes["/endless.csl"] = ("endless", b"")
    outcome = resolve_within(f"{server.base}/endless.csl", 20)
    assert isinstance(outcome.get("error"), StyleError), outcome
    assert "more than the 1,000,000 bytes allowed" in str(outcome["error"]) and cached(tmp_path) == []


def test_a_declared_length_over_the_cap_is_refused_before_reading(server, tmp_path):
    server.routes["/huge.csl"] = ("declared", 50_000_000)
    with pytest.raises(StyleError, match=r"the answer is 50,000,000 bytes, more than the 5,000,000 allowed"):
        resolve(f"{server.base}/huge.csl")
