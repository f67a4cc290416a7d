"""Correction: a localized date (``<date form="text|numeric">``) uses its locale's delimiter.

CSL 1.0.2 ("Localized Date Formats"): the date parts of a localized date are joined as the
locale's ``<date>`` element says (``delimiter=" "`` in most "text" forms). citeproc-py 0.11.1
joins them with the calling ``<date>`` element's delimiter instead (usually none), printing
"2023Jan15" for "2023 Jan 15". This joins with the locale date's delimiter when it has one.
"""
from __future__ import annotations

from typing import Any

from citeproc.model import Date

ORIGINAL = Date.render_single_date


def render_single_date(self: Any, date: Any, show_parts: Any = None, context: Any = None) -> Any:
    """``Date.render_single_date`` joining a localized date with the locale's delimiter."""
    if context is None or context is self or self.get("delimiter") is None or not self.is_locale_date():
        return ORIGINAL(self, date, show_parts, context)
    parts = self.parts(date, show_parts, context)
    return self.join(parts) if parts else None


def install() -> None:
    """Replace ``Date.render_single_date`` (idempotent)."""
    Date.render_single_date = render_single_date


def uninstall() -> None:
    """Restore citeproc-py's own ``Date.render_single_date``."""
    Date.render_single_date = ORIGINAL
