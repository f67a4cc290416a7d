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

``uppercase``, ``lowercase``, ``capitalize-first`` and ``capitalize-all`` change only text, as
citeproc-js does: markup inside a value (tags, entities: citeproc-py wrote ``<I>`` and
``Style="…"``) and no-case spans (``<span class="nocase">Smith</span>`` stayed "SMITH") are
left alone, and Turkish and Azeri values case their dotted and dotless i by the language's
rules ("ic" → "İC").

A ``text-case`` on a macro call (``<text macro="editor" text-case="uppercase"/>``) is ignored:
citeproc-js builds the call as a group, and applies a case only to the text of the element that
carries it (``CSL.Output.Queue.append``), so what the macro prints keeps its own elements'
cases ("ed by", where citeproc-py printed "ED BY").
"""
from __future__ import annotations

import re
from typing import Any, Callable

from citeproc.model import Text, TextCased
from citeproc.string import MixedString, NoCase, String

from . import hooks

#: The ``TextCased.case`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]

#: Markup inside a value: tags, entities, LaTeX commands and braces, backslash escapes.
_MARKUP = re.compile(r"(<[^<>]*>|&[#\w]+;|\\[a-zA-Z]+|\\.|[{}])")
#: Languages whose i has a dotted capital (İ) and whose I a dotless small letter (ı).
DOTTED_I = frozenset({"tr", "az"})


def _upper(language: str | None) -> Callable[[str], str]:
    if language in DOTTED_I:
        return lambda text: text.replace("i", "İ").upper()
    return str.upper


def _lower(language: str | None) -> Callable[[str], str]:
    if language in DOTTED_I:
        return lambda text: text.replace("I", "ı").replace("İ", "i").lower()
    return str.lower


def _segments(text: Any) -> list[tuple[str, bool]]:
    """``text`` as (segment, changeable) pairs: markup and no-case pieces are not changeable."""
    pieces = list(text) if isinstance(text, MixedString) else [text]
    out: list[tuple[str, bool]] = []
    for piece in pieces:
        if isinstance(piece, MixedString):
            out.extend(_segments(piece))
            continue
        if piece is None or piece == "":
            continue
        if isinstance(piece, NoCase):
            out.append((str(piece), False))
            continue
        for i, part in enumerate(_MARKUP.split(str(piece))):
            if part:
                out.append((part, not i % 2))
    return out


def _rebuild(text: Any, segments: list[tuple[str, bool]], changed: list[str]) -> Any:
    """``text`` with its segments replaced by ``changed``, keeping its type and no-case pieces."""
    if isinstance(text, MixedString):
        pieces, n = [], 0
        for piece in text:
            count = len(_segments(piece))
            joined = "".join(changed[n:n + count])
            n += count
            if isinstance(piece, MixedString):
                pieces.append(_rebuild(piece, _segments(piece), changed[n - count:n]))
            elif isinstance(piece, String):
                pieces.append(type(piece)(joined))
            elif piece is not None and piece != "":
                pieces.append(joined)
        return MixedString(pieces)
    joined = "".join(changed)
    return type(text)(joined) if isinstance(text, String) else joined


def _change_case(text: Any, text_case: str, language: str | None) -> Any:
    segments = _segments(text)
    if text_case in ("uppercase", "lowercase"):
        change = _upper(language) if text_case == "uppercase" else _lower(language)
        changed = [change(s) if ok else s for s, ok in segments]
    else:
        upper = _upper(language)
        changed, first, after_space = [], True, True
        for segment, ok in segments:
            markup = not ok and _MARKUP.fullmatch(segment) is not None
            if ok and text_case == "capitalize-all":
                chars = list(segment)
                for k, char in enumerate(chars):
                    starts = after_space if k == 0 else chars[k - 1].isspace()
                    if starts and not char.isspace():
                        letter = next((j for j in range(k, len(chars)) if chars[j].isalnum() or chars[j].isspace()), None)
                        if letter is not None and chars[letter].isalpha():
                            chars[letter] = upper(chars[letter])
                segment = "".join(chars)
            elif ok and first and segment.strip():
                stripped = segment.lstrip()
                lead = segment[: len(segment) - len(stripped)]
                segment = lead + upper(stripped[:1]) + stripped[1:]
            if segment.strip() and not markup:
                first = False
            if segment and not markup:
                after_space = segment[-1].isspace()
            changed.append(segment)
    return _rebuild(text, segments, changed)


_CHANGED = frozenset({"uppercase", "lowercase", "capitalize-first", "capitalize-all"})


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
    """``TextCased.case`` accepting plain str/int/None, alone or inside a MixedString (a macro call
    changes nothing); a value of unknown language (labels, terms: ``language`` None) is
    title-cased like English."""
    if text is None or text == "" or (isinstance(self, Text) and "macro" in self.attrib):
        return text
    if language is None:
        language = "en"
    text_case = self.get("text-case")
    if text_case in _CHANGED and not isinstance(text, (int, float)):
        return _change_case(text, text_case, language)
    if isinstance(text, MixedString):
        return _INNER[0](self, _as_citeproc_pieces(text), language)
    if isinstance(text, String):
        return _INNER[0](self, text, language)
    return str(_INNER[0](self, String(str(text)), language))


install, uninstall = hooks.wrapping((TextCased, "case", case, _INNER))
