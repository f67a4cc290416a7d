"""Correction: a cite's locator is escaped for the output format.

citeproc-py 0.11.1 inserts ``<text variable="locator">`` as given, so a locator such as
"3 & 4" or "<12>" makes invalid HTML (and breaks LaTeX). Record values are escaped by
:mod:`notecite.csl.render`; the locator comes with the cite, so this escapes it with the
output formatter when it is rendered, trimmed and with its ranges written "100–103" (as
citeproc-js does, whatever spaces surround the hyphen).
"""
from __future__ import annotations

import re
from typing import Any

from citeproc.model import Text

_INNER: list[Any] = [None]
_RANGE = re.compile(r"(?<=\w)\s*[\u2013-]\s*(?=\w)")


def variable(self: Any, item: Any, context: Any) -> Any:
    """``Text._variable`` with the locator passed through the formatter's escaping."""
    text = _INNER[0](self, item, context)
    if self.get("variable") == "locator" and isinstance(text, str) and text:
        text = _RANGE.sub("\u2013", text.strip())
        return self.preformat(text)
    return text


def install() -> None:
    """Wrap the current ``Text._variable`` (idempotent)."""
    if Text._variable is not variable:
        _INNER[0] = Text._variable
        Text._variable = variable


def uninstall() -> None:
    """Put back the wrapped ``Text._variable``."""
    if Text._variable is variable:
        Text._variable = _INNER[0]
