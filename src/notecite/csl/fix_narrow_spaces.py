"""Correction: a space before ":", ";", "?", "!" or "»", or after "«", in text is a narrow one.

citeproc-js (``CSL.Output.Queue.append``) turns such a space into U+202F NARROW NO-BREAK SPACE
in every piece of text it appends — record values, locale terms, ``<text value>`` — but not in
a style's affixes or delimiters ("His « Anonymous » Life" prints with narrow spaces inside the
guillemets, as French typography wants). citeproc-py prints the spaces as given. This rewrites
the records' text values (identifiers left alone) and the style's values and locale terms.
"""
from __future__ import annotations

import re
from typing import Any

from ..records import Record
from .record_text import map_text

_BEFORE = re.compile(r" (?=[:;?!\u00bb])")
_AFTER = re.compile(r"(?<=\u00ab) ")
NARROW = "\u202f"
#: Fields that are identifiers or codes, not text.
_TERM_TAGS = frozenset({"term", "single", "multiple"})
#: Quotation marks are formatting in citeproc-js, not appended text.
_QUOTES = frozenset({"open-quote", "close-quote", "open-inner-quote", "close-inner-quote"})


def narrow_spaces(text: str) -> str:
    """``text`` with each space before : ; ? ! » and after « as a narrow no-break space."""
    if " " not in text:
        return text
    return _AFTER.sub(NARROW, _BEFORE.sub(NARROW, text))


def adapt_record(record: Record) -> Record:
    """A copy of ``record`` whose text values have citeproc-js's narrow spaces."""
    return map_text(record, narrow_spaces)


def adapt_style(csl: Any) -> None:
    """The style's ``<text value>`` attributes and its locales' terms with narrow spaces."""
    for element in csl.root.iter():
        value = element.get("value") if isinstance(element.tag, str) else None
        if value and " " in value:
            element.set("value", narrow_spaces(value))
    for locale in getattr(csl.root, "locales", []):
        for element in locale.iter():
            tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
            term = element if tag == "term" else element.getparent()
            if tag in _TERM_TAGS and element.text and " " in element.text and term.get("name") not in _QUOTES:
                element.text = narrow_spaces(element.text)
