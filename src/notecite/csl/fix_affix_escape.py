"""Correction: a style's prefixes and suffixes are escaped for the output format.

citeproc-py 0.11.1 escapes the text of terms and ``<text value>``, but glues an element's
``prefix`` and ``suffix`` on as they stand, so the 258 styles that write a URL as
``prefix="&lt;"`` print a raw ``<`` into HTML (``<https://…>`` reads as a tag), an unescaped
``<`` into Markdown and ``¡``/``¿`` in LaTeX. citeproc-js escapes affixes like any other text
(``&#60;https://…&#62;``). This passes each affix through the formatter's ``preformat``.
"""
from __future__ import annotations

from typing import Any

import citeproc.model
from citeproc.model import Affixed

_ORIGINAL = Affixed.wrap


def wrap(self: Any, string: Any) -> Any:
    """``Affixed.wrap`` with the prefix and suffix escaped by the element's formatter."""
    if string is None:
        return None
    prefix = self.get("prefix", "")
    suffix = self.get("suffix", "")
    if prefix:
        prefix = self.preformat(prefix)
    if suffix:
        suffix = self.preformat(suffix)
    seam = citeproc.model.normalize_seam  # as fix_seams may have replaced it
    string = seam(prefix, string)
    text = prefix + string
    return text + seam(text, suffix)


def install() -> None:
    """Replace ``Affixed.wrap`` (idempotent)."""
    Affixed.wrap = wrap


def uninstall() -> None:
    """Put back citeproc-py's ``Affixed.wrap``."""
    Affixed.wrap = _ORIGINAL
