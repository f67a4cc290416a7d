"""Correction: commas and periods go inside closing quotes when the locale says so.

CSL 1.0.2 locale option ``punctuation-in-quote`` (true for en-US): a comma or period that
follows a quoted piece is placed inside the closing quotation mark (“Title,” not “Title”,).
citeproc-py 0.11.1 reads the option but never applies it. This moves such a mark inside the
locale's closing quote (across closing formatting tags) in every rendered citation and
bibliography entry; a period after a quoted "?" or "!" is dropped. Like citeproc-js, which
moves marks only between the pieces it assembles, a "?" or "!" that follows a closing quote
inside one record value stays where it is ('Was There a "Scientific Revolution"?'): such
marks are held in place by a private character from ``adapt_record`` to the end of rendering.
"""
from __future__ import annotations

import re
from typing import Any

from citeproc.model import Bibliography, Citation

from ..records import Record

ORIGINAL_CITATION = Citation.render
ORIGINAL_BIBLIOGRAPHY = Bibliography.render

_PATTERNS: dict[str, re.Pattern[str]] = {}

#: Private-use character between a closing quote and a "?"/"!" of record text.
HOLD = "\ue004"
_HELD = re.compile("([\"\u201d\u2019'\u00bb])(?=[?!])")
UNTOUCHED = frozenset({"id", "type", "URL", "DOI", "ISBN", "ISSN", "PMID", "PMCID", "language", "citation-key"})


def _hold(value: Any) -> Any:
    if isinstance(value, str):
        return _HELD.sub("\\1" + HOLD, value) if "?" in value or "!" in value else value
    if isinstance(value, list):
        return [_hold(v) for v in value]
    if isinstance(value, dict):
        return {k: (v if k == "date-parts" else _hold(v)) for k, v in value.items()}
    return value


def adapt_record(record: Record) -> Record:
    """A copy of ``record`` whose quoted "?" and "!" are held outside the quotes."""
    return {k: (v if k in UNTOUCHED else _hold(v)) for k, v in record.items()}


def _release(text: str) -> str:
    return text.replace(HOLD, "") if HOLD in text else text


def _pattern(close_quote: str) -> re.Pattern[str]:
    if close_quote not in _PATTERNS:
        _PATTERNS[close_quote] = re.compile(f"([?!]?)({re.escape(close_quote)})((?:</[a-z]+>)*)([.,!?]+)")
    return _PATTERNS[close_quote]


def move_inside(text: str, close_quote: str) -> str:
    """``text`` with the commas, periods, "?" and "!" right after ``close_quote`` moved before
    it (a period after a quoted "?" or "!" is dropped)."""
    if not close_quote or close_quote not in text:
        return text

    def move(m: re.Match[str]) -> str:
        mark = "" if (m.group(1) and m.group(4) == ".") else m.group(4)  # "Why?”." → "Why?”"
        return m.group(1) + mark + m.group(2) + m.group(3)

    return _pattern(close_quote).sub(move, text)


def _settings(element: Any) -> str | None:
    option = element.get_locale_option("punctuation-in-quote")
    if str(option).lower() != "true":
        return None
    return str(element.get_single_term(name="close-quote"))


def citation_render(self: Any, citation: Any, cites: Any, callback: Any) -> Any:
    """``Citation.render`` with punctuation moved inside quotes."""
    text = ORIGINAL_CITATION(self, citation, cites, callback)
    if text is None:
        return text
    close = _settings(self)
    return _release(move_inside(str(text), close) if close else str(text))


def bibliography_render(self: Any, citation_items: Any) -> Any:
    """``Bibliography.render`` with punctuation moved inside quotes."""
    entries = ORIGINAL_BIBLIOGRAPHY(self, citation_items)
    close = _settings(self)
    return [_release(move_inside(str(e), close) if close else str(e)) for e in entries]


def install() -> None:
    """Wrap citation and bibliography rendering (idempotent)."""
    Citation.render = citation_render
    Bibliography.render = bibliography_render


def uninstall() -> None:
    """Restore citeproc-py's own rendering."""
    Citation.render = ORIGINAL_CITATION
    Bibliography.render = ORIGINAL_BIBLIOGRAPHY
