"""Correction: duplicated punctuation where two rendered pieces meet across markup.

CSL 1.0.2 leaves punctuation at joins to the processor; citeproc-js (and citeproc-py for plain
pieces) drop the second of two equal marks ("J." + ". " → "J. "). citeproc-py 0.11.1's
``normalize_seam`` only looks at the raw last character, so with HTML output a bold or
italic name ("<b>Doe, J.</b>") is followed by a second period ("J.. 2015"). This seam check
skips closing tags before comparing, and, like citeproc-js, lets ";" absorb a following ":"
or "." and ":", "?", "!" absorb a following "." ("?" and "!" also a ":"; "2021;:12" → "2021;12"); a period after a
closing quote that follows a period is dropped too ("guide.’." → "guide.’"); in a rendered
cite a colon or semicolon right before "!" or "?" gives way to it ("colon:!" → "colon!").
"""
from __future__ import annotations

import re
from typing import Any

import citeproc.model
import citeproc.string
from citeproc.string import SEAM_PUNCTUATION

from . import hooks

ORIGINAL = citeproc.string.normalize_seam

#: (visible last mark, next mark): the next mark is dropped, as citeproc-js does.
ABSORBED = frozenset({(";", ":"), (";", "."), (":", "."), ("?", "."), ("!", "."), ("?", ":"), ("!", ":")})

_TRAILING_TAGS = re.compile(r"(?:</?[a-z]+(?:\s[^<>]*)?>)+$")


_TRAILING_ENTITY = re.compile(r"&[#\w]+;$")


def _visible_end(text: str) -> str:
    # an entity stands for one character that is not punctuation ("&gt;" does not end in ";")
    return _TRAILING_ENTITY.sub("x", _TRAILING_TAGS.sub("", text))


def normalize_seam(left: Any, other: Any) -> Any:
    """``other`` with a leading mark removed when it repeats the visible end of ``left``."""
    result = ORIGINAL(left, other)
    if result is not other:
        return result
    other_str = str(other)
    if not other_str:
        return other
    first = other_str[0]
    if first not in SEAM_PUNCTUATION:
        return other
    end = _visible_end(str(left))
    if not end:
        return other
    last = end[-1]
    quoted_stop = first == "." and end[-1] in "’”»\"'" and _visible_end(end[:-1])[-1:] in (".", "!", "?")
    if (last == first and end != str(left)) or (last, first) in ABSORBED or quoted_stop:
        return citeproc.string._strip_first_char(other)
    return other


_COLON_BEFORE_MARK = re.compile(r"[:;](?=(?:</?[a-z]+(?:\s[^<>]*)?>|[”’»])*[!?])")


def begin(layout: Any, item: Any) -> None:
    """Nothing to prepare."""


def end(layout: Any, text: Any) -> Any:
    """Drop a colon or semicolon that a following "!" or "?" replaces ("colon:!" → "colon!")."""
    if not text:
        return text
    raw = str(text)
    if ":" not in raw and ";" not in raw:
        return text
    fixed = _COLON_BEFORE_MARK.sub("", raw)
    return text if fixed == raw else fixed


CITE = (begin, end)


def install() -> None:
    """Use :func:`normalize_seam` in citeproc-py's string joins and affixes (idempotent)."""
    citeproc.string.normalize_seam = normalize_seam
    citeproc.model.normalize_seam = normalize_seam
    hooks.add(cite=CITE)


def uninstall() -> None:
    """Restore citeproc-py's own ``normalize_seam``."""
    citeproc.string.normalize_seam = ORIGINAL
    citeproc.model.normalize_seam = ORIGINAL
    hooks.remove(cite=CITE)
