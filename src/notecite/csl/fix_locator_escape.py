"""Correction: a cite's locator is escaped for the output format.

citeproc-py 0.11.1 inserts ``<text variable="locator">`` as given, so a locator such as
"3 & 4" or "<12>" makes invalid HTML (and breaks LaTeX). Record values are escaped by
:mod:`notecite.csl.render`; the locator comes with the cite, so this escapes it with the
output formatter when it is rendered, trimmed and with its ranges joined as citeproc-js joins
them, whatever spaces surround the hyphen: by the ``page-range-delimiter`` term (the style's or
the locale's, else an en dash: "100–103", "47-49" where a style sets "-"), and for a page
locator in the style's ``page-range-format`` ("47–9" under ``minimal``). Only hyphens between
two numbers are joined so; others stay as written and an escaped one (``\\-``) prints as "-"
(:func:`fix_page_ranges.join_numeric_ranges`).
"""
from __future__ import annotations

import re
from typing import Any

from citeproc.model import Text
from citeproc.string import join

from . import fix_page_ranges, hooks

_INNER: list[Any] = [None]
_AMPERSAND = re.compile(r"\s*&\s*")
_RANGE = re.compile(r"(?<=\w)\s*[\u2013-]\s*(?=\w)")


def variable(self: Any, item: Any, context: Any) -> Any:
    """``Text._variable`` with the locator passed through the formatter's escaping."""
    text = _INNER[0](self, item, context)
    if self.get("variable") == "locator" and isinstance(text, str) and text:
        text = str(item.locator.identifier)  # as given: citeproc-py turned every hyphen into a dash
        delimiter = str(fix_page_ranges.delimiter_of(self))
        text = text.strip()
        form = self.get_root().get_option("page-range-format")
        if form in fix_page_ranges.FORMATS and _label(item) == "page" and _RANGE.search(text):
            pieces = [p.strip() if fix_page_ranges.as_written(p) else
                      fix_page_ranges.format_range(p.strip(), form, delimiter) or p.strip() for p in text.split(",")]
            text = ", ".join(str(p) for p in pieces)
        text = fix_page_ranges.join_numeric_ranges(text, delimiter)
        symbol = fix_page_ranges.own_and_symbol(self) if "&" in text else None
        if symbol:
            return join([self.preformat(piece) for piece in _AMPERSAND.split(text)], f" {symbol} ")
        return self.preformat(text)
    return text


def _label(item: Any) -> str:
    try:
        return str(item.locator.label)
    except (AttributeError, KeyError):
        return ""


install, uninstall = hooks.wrapping((Text, "_variable", variable, _INNER))
