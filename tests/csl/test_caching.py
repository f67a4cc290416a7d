"""The rendering caches (notecite.csl.caching) change speed, never output."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from notecite.csl import caching
from notecite.csl.engine import load_style
from notecite.csl.render import render_document, render_notes

MIXED = json.loads((Path(__file__).resolve().parents[1] / "data" / "csl" / "mixed10.json").read_text(encoding="utf-8"))
STYLES = ["chicago-notes-bibliography", "apa", "modern-language-association", "harvard-cite-them-right",
          "mhra-notes", "chicago-author-date"]


def _render_all(style: str) -> dict:
    ids = [r["id"] for r in MIXED]
    notes = [[{"id": ids[n % len(ids)], "locator": str(n + 1)}] for n in range(12)] + [[{"id": ids[0]}, {"id": ids[1]}]]
    return {"document": render_document(MIXED, style, output="html"),
            "text": render_document(MIXED, style, output="text"),
            "notes": render_notes(MIXED, style, notes)}


@pytest.mark.parametrize("style", STYLES)
def test_output_is_the_same_with_and_without_the_caches(style, monkeypatch):
    cached = _render_all(style)
    caching.uninstall()
    monkeypatch.setattr(caching, "install", lambda: None)  # keep citeproc-py's own lookups for this run
    try:
        plain = _render_all(style)
    finally:
        monkeypatch.undo()
        caching.install()
    assert cached == plain


def test_lookups_answer_what_citeproc_py_answers():
    csl = load_style(Path(__file__).resolve().parents[2] / "src" / "notecite" / "styles" / "apa.csl")
    root = csl.root
    caching.uninstall()
    try:
        plain_macro = root.xpath_search("cs:macro[@name='author'][1]")[0]
        plain_macros = root.xpath_search("cs:macro")
        plain_citation = root.citation
    finally:
        caching.install()
    macro = root.get_macro("author")
    assert macro is plain_macro
    assert root.get_macro("author") is macro  # the second answer comes from the cache
    first = root.xpath_search("cs:macro")
    first.clear()  # a caller changing its list does not change the cache
    assert root.xpath_search("cs:macro") == plain_macros
    assert macro.get_root() is root and root.citation is plain_citation


def test_uninstall_gives_back_citeproc_py_lookups_and_install_puts_the_same_short_cuts_back():
    from citeproc.model import CitationStylesElement

    from notecite.csl import hooks

    caching.install()
    installed = hooks.chained(CitationStylesElement, "xpath_search")
    caching.uninstall()
    try:
        assert hooks.chained(CitationStylesElement, "xpath_search") == []
        assert CitationStylesElement.xpath_search.__module__ == "citeproc.model"
    finally:
        caching.install()
        caching.install()
    assert hooks.chained(CitationStylesElement, "xpath_search") == installed == [caching.cached_xpath_search]


def test_clear_forgets_and_the_cache_starts_afresh_when_full(monkeypatch):
    csl = load_style(Path(__file__).resolve().parents[2] / "src" / "notecite" / "styles" / "apa.csl")
    csl.root.get_macro("author")
    assert caching._answers
    caching.clear()
    assert not caching._answers and not caching._roots and not caching._children
    monkeypatch.setattr(caching, "MAX_ENTRIES", 2)
    for macro in csl.root.xpath_search("cs:macro")[:4]:
        csl.root.get_macro(macro.get("name"))
    assert 1 <= len(caching._answers) <= 2
