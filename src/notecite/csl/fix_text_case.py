"""Correction: ``text-case`` on values citeproc-py holds as plain ``str``, ``int`` or ``None``.

citeproc-py 0.11.1 applies ``text-case`` by calling methods of its own ``String`` class
(``capitalize_first``, ``words``, ``soft_lower``). Name parts, locale terms, numbers and
date parts reach it as plain ``str``/``int`` (or ``None`` for a missing given name), alone
or as pieces of a ``MixedString``, so a style with e.g.
``<name-part name="given" text-case="capitalize-first"/>`` or
``<text term="in" text-case="capitalize-first"/>`` raises AttributeError and renders nothing.
This wraps ``TextCased.case``: plain values are cased as ``String`` and handed back as plain
``str`` (the type the caller gave, so later joins still work); plain pieces of a
``MixedString`` become ``String``; empty and missing values are returned unchanged. citeproc-py also skips ``text-case="title"``
whenever no language is passed (every ``<label>``), where citeproc-js title-cases
("(Eds.)"); a missing language is taken as English.
"""
from __future__ import annotations

from typing import Any

from citeproc.model import TextCased
from citeproc.string import MixedString, String

ORIGINAL = TextCased.case


def _as_citeproc_pieces(text: MixedString) -> MixedString:
    pieces = []
    for piece in text:
        if isinstance(piece, MixedString):
            pieces.append(_as_citeproc_pieces(piece))
        elif isinstance(piece, String):
            pieces.append(piece)
        elif piece not in (None, ""):
            pieces.append(String(str(piece)))
    return MixedString(pieces)


def case(self: Any, text: Any, language: str | None = None) -> Any:
    """``TextCased.case`` accepting plain str/int/None, alone or inside a MixedString; a value
    of unknown language (labels, terms: ``language`` None) is title-cased like English."""
    if text is None or text == "":
        return text
    if language is None:
        language = "en"
    if isinstance(text, MixedString):
        return ORIGINAL(self, _as_citeproc_pieces(text), language)
    if isinstance(text, String):
        return ORIGINAL(self, text, language)
    return str(ORIGINAL(self, String(str(text)), language))


def install() -> None:
    """Replace ``TextCased.case`` with :func:`case` (idempotent)."""
    TextCased.case = case


def uninstall() -> None:
    """Restore citeproc-py's own ``TextCased.case``."""
    TextCased.case = ORIGINAL
