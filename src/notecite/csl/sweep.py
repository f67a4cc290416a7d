"""Style sweep: render a set of records in many styles and compare with recorded outputs.

:func:`render_style` renders a bibliography (all records) and one citation per record (each
in its own note, so each a first cite) in HTML through notecite's layer; :func:`compare`
scores a rendering against a recorded one (citeproc-js) by :func:`norm_text` or, in markup mode,
:func:`norm_html`, the two rules of the project's ``shared/tools/csl/sweep_compare.py``: text
(formatting tags stripped, entities unescaped, NFC, whitespace collapsed) or inline markup
(display ``<div>`` wrappers dropped, entities canonical, NFC, whitespace collapsed).
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any, Sequence

from lxml import etree

from ..records import Record
from . import corrections as corrections_layer
from .render import render_document
from .styles import CSL_NS

TAG = re.compile(r"</?(?:i|b|u|l|sup|sub|span|div|a|sc)(?:\s[^>]*)?>")


def norm_text(text: str) -> str:
    """Text of an HTML rendering: formatting tags stripped, entities unescaped, spaces collapsed."""
    text = html.unescape(TAG.sub("", text))
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    return " ".join(text.split())


_ENTITIES = (("&amp;", "&#38;"), ("&lt;", "&#60;"), ("&gt;", "&#62;"))


def norm_html(text: str) -> str:
    """Inline markup of an HTML rendering: ``<div>`` wrappers dropped, ``&``/``<``/``>`` entities
    in citeproc-js's numeric spelling, NFC, spaces collapsed."""
    text = re.sub(r"</?div[^>]*>", " ", text)
    for named, numeric in _ENTITIES:
        text = text.replace(named, numeric)
    text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


NORMS = {"text": norm_text, "html": norm_html}


def render_style(path: Path, records: list[Record],
                 corrections: Sequence[ModuleType] = corrections_layer.CORRECTIONS) -> dict[str, Any]:
    """``{"has_bib", "bib": {id: html}, "cit": {id: html}, "error": str | None}`` for one style."""
    out: dict[str, Any] = {"has_bib": None, "bib": {}, "cit": {}, "error": None}
    try:
        rendered = render_document(records, path, output="html", corrections=corrections)
        out["cit"] = dict(zip((str(r["id"]) for r in records), rendered["citations"]))
        out["has_bib"] = rendered["bibliography"] is not None
        out["bib"] = dict(rendered["bibliography"] or [])
    except Exception as error:  # a style that fails is a measured result
        out["error"] = f"{type(error).__name__}: {str(error)[:200]}"
    return out


def has_bibliography(path: Path) -> bool:
    """Whether the CSL file at ``path`` has a ``<bibliography>`` element."""
    root = etree.parse(str(path), etree.XMLParser(no_network=True, resolve_entities=False)).getroot()
    return root.find(f"{{{CSL_NS}}}bibliography") is not None


def compare(mine: dict[str, Any], theirs: dict[str, Any], ids: list[str], mode: str = "text") -> Counter:
    """Counts ``bib compared``, ``bib identical``, ``cit compared``, ``cit identical`` for one style,
    comparing by ``mode``: ``text`` (:func:`norm_text`) or ``html`` (:func:`norm_html`)."""
    norm = NORMS[mode]
    counts: Counter = Counter()
    if mine.get("error") or theirs.get("error"):
        return counts
    for kind in ("bib", "cit"):
        if kind == "bib" and not (mine.get("has_bib") or theirs.get("has_bib")):
            continue
        for i in ids:
            a, b = mine[kind].get(i), theirs[kind].get(i)
            if kind == "bib":
                a = "" if a is None and mine.get("has_bib") else a
                b = "" if b is None and theirs.get("has_bib") else b
            if not isinstance(a, str) or not isinstance(b, str):
                counts[f"{kind} not comparable"] += 1
                continue
            counts[f"{kind} compared"] += 1
            counts[f"{kind} identical"] += norm(a) == norm(b)
    return counts
