"""Correction: commas and periods go inside closing quotes when the locale says so.

CSL 1.0.2 locale option ``punctuation-in-quote`` (true for en-US): a comma or period that
follows a quoted piece is placed inside the closing quotation mark (“Title,” not “Title”,).
citeproc-py 0.11.1 reads the option but never applies it. This moves such a mark inside the
locale's closing quote (across closing formatting tags) in every rendered citation and
bibliography entry; a period after a quoted "?" or "!" is dropped. Like citeproc-js, which
moves marks only between the pieces it assembles, a "?" or "!" that follows a closing quote
inside one record value stays where it is ('Was There a "Scientific Revolution"?'): such
marks are held in place by a private character from ``adapt_record`` to the end of rendering;
so are a cite prefix's or suffix's commas and periods after its own closing quotes.
"""
from __future__ import annotations

import re
from typing import Any

from citeproc.model import Bibliography, Citation

from ..records import Record
from . import hooks
from .record_text import map_text

#: The ``Citation.render`` and ``Bibliography.render`` in force below this correction's wrappers
#: (set by :func:`hooks.chain`).
_CITATION_RENDER: list[Any] = [None]
_BIBLIOGRAPHY_RENDER: list[Any] = [None]

_PATTERNS: dict[str, re.Pattern[str]] = {}

#: Private-use character between a closing quote and a "?"/"!" of record text.
HOLD = "\ue004"
_HELD = re.compile("([\"\u201d\u2019'\u00bb])(?=[?!])")


def _hold(text: str) -> str:
    return _HELD.sub("\\1" + HOLD, text) if "?" in text or "!" in text else text


def adapt_record(record: Record) -> Record:
    """A copy of ``record`` whose quoted "?" and "!" are held outside the quotes."""
    return map_text(record, _hold)


#: In a cite's prefix or suffix, marks after a closing quote also stay where they are.
_HELD_IN_AFFIX = re.compile("([\"\u201d\u2019'\u00bb])(?=[.,?!])")


def adapt_affix(text: str) -> str:
    """A cite prefix or suffix whose marks after a closing quote are held outside the quotes
    (citeproc-js moves punctuation only where pieces meet: "'quote', " prints “quote”,)."""
    return _HELD_IN_AFFIX.sub("\\1" + HOLD, text) if any(c in text for c in ".,?!") else text


def _release(text: str) -> str:
    return text.replace(HOLD, "") if HOLD in text else text


def _pattern(close_quote: str, inner: tuple[str, str] | None) -> re.Pattern[str]:
    key = close_quote + "".join(inner or ())
    if key not in _PATTERNS:
        tags = "(?:</[a-z]+>)*"
        closers = f"(?:{re.escape(inner[1])}{tags})*" if inner else ""
        _PATTERNS[key] = re.compile(f"([?!]?)({closers}{re.escape(close_quote)})({tags})([.,!?]+)")
    return _PATTERNS[key]


def move_inside(text: str, close_quote: str, inner: tuple[str, str] | None = None) -> str:
    """``text`` with the commas, periods, "?" and "!" right after ``close_quote`` moved before
    it (a period after a quoted "?" or "!" is dropped); with ``inner`` (the inner open and close
    quotes) also before inner quotations that close together with it (“… ‘The One.’”)."""
    if not close_quote or close_quote not in text:
        return text

    def move(m: re.Match[str]) -> str:
        quotes = m.group(2)
        if inner and quotes != close_quote:
            # inner closers count only for inner quotations left open (not apostrophes)
            opened = text[:m.start(2)]
            start = opened.rfind(inner[0])
            if start < 0 or re.search(re.escape(inner[1]) + r"(?!\w)", opened[start:]):
                head = quotes[: -len(close_quote)]
                return m.group(1) + head + m.group(4) + close_quote + m.group(3)
        mark = "" if (m.group(1) and m.group(4) == ".") else m.group(4)  # "Why?”." → "Why?”"
        return m.group(1) + mark + quotes + m.group(3)

    return _pattern(close_quote, inner).sub(move, text)


def _settings(element: Any) -> tuple[str, tuple[str, str]] | None:
    option = element.get_locale_option("punctuation-in-quote")
    if str(option).lower() != "true":
        return None
    inner = (str(element.get_single_term(name="open-inner-quote")), str(element.get_single_term(name="close-inner-quote")))
    return str(element.get_single_term(name="close-quote")), inner


def citation_render(self: Any, citation: Any, cites: Any, callback: Any) -> Any:
    """``Citation.render`` with punctuation moved inside quotes."""
    text = _CITATION_RENDER[0](self, citation, cites, callback)
    if text is None:
        return text
    settings = _settings(self)
    return _release(move_inside(str(text), *settings) if settings else str(text))


def bibliography_render(self: Any, citation_items: Any) -> Any:
    """``Bibliography.render`` with punctuation moved inside quotes."""
    entries = _BIBLIOGRAPHY_RENDER[0](self, citation_items)
    settings = _settings(self)
    return [_release(move_inside(str(e), *settings) if settings else str(e)) for e in entries]


#: Whether this correction is installed.
_ACTIVE = [False]


def active() -> bool:
    """Whether this correction is installed (so that :data:`HOLD` marks are released)."""
    return _ACTIVE[0]


install, uninstall = hooks.wrapping(
    (Citation, "render", citation_render, _CITATION_RENDER),
    (Bibliography, "render", bibliography_render, _BIBLIOGRAPHY_RENDER),
    installed=_ACTIVE,
)
