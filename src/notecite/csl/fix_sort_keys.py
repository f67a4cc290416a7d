"""Correction: sort keys compare text, not markup, quotes, punctuation or accents.

citeproc-js sorts with a locale-aware collation that ignores markup, punctuation and (at
first) accents and case. citeproc-py 0.11.1 compares the rendered strings code point by code
point, so "<i>Roe</i>" sorts before "Doe", a title in quotes sorts after every letter and
"Simple title, here A" after "Simple title here B". This reduces each text sort key to its
letters, digits and single spaces, case-folded and with accents removed (numbers and dates
are compared as citeproc-py does). A ``page-first`` key was empty for every item (citeproc-py
has no such field); it is the first page of ``page``, as citeproc-js derives it. A
``citation-label`` key was empty for a record without a label; it is the label citeproc-js
makes up (:func:`notecite.csl.fix_citation_label.generate`, "Doe65" before "RoNo78").
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from citeproc.model import Key
from citeproc.source import VariableError

from . import hooks
from .fix_citation_label import generate

#: The ``Key.sort_keys`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]

_TAG = re.compile(r"<[^<>]*>")
_NOT_WORD = re.compile(r"[^\w\s]|_")


def clean(key: Any) -> Any:
    """A text sort key reduced to case-folded, accent-free letters, digits and spaces."""
    if key is None or isinstance(key, (int, float)):
        return key
    text = _TAG.sub("", str(key))
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _NOT_WORD.sub("", text).casefold()
    return " ".join(text.split())


_FIRST_PAGE = re.compile(r"\s*(?:&|, |-|\u2013)\s*")


def first_page(item: Any) -> Any:
    """The first page of the item's ``page``, None without pages."""
    try:
        page = item.reference.get("page")
    except (VariableError, AttributeError):
        page = None
    if page in (None, ""):
        return None
    first = _FIRST_PAGE.split(str(page).strip())[0]
    return first if first.isdigit() else clean(first)  # Sort compares digit strings as numbers


def sort_keys(self: Any, items: Any, context: Any) -> Any:
    """``Key.sort_keys`` with text keys cleaned by :func:`clean`; ``page-first`` read from ``page``."""
    if self.get("variable") == "page-first":  # citeproc-py has no such field: every key was None
        return [first_page(item) for item in items]
    if self.get("variable") == "citation-label":
        return [clean(item.reference.get("citation_label") or generate(item.reference)) for item in items]
    keys = _INNER[0](self, items, context)
    variable = (self.get("variable") or "").replace("-", "_")
    if variable in ("citation_number",) or self.get("variable") in _DATE_OR_NUMBER:
        return keys
    return [clean(k) for k in keys]


_DATE_OR_NUMBER = frozenset("""accessed available-date event-date issued original-date submitted chapter-number
collection-number edition issue number number-of-pages number-of-volumes volume""".split())


install, uninstall = hooks.wrapping((Key, "sort_keys", sort_keys, _INNER))
