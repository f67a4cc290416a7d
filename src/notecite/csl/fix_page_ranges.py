"""Correction: shortened page ranges whose two ends have different numbers of digits.

For ``page-range-format`` ``minimal``/``minimal-two`` (and the chicago forms that fall back to
them), citeproc-py 0.11.1 counts leading characters common to both ends without aligning
them, and may slice with a negative index: ``5-36`` becomes ``5–6`` and ``10-100`` becomes
``10–0``, i.e. wrong page numbers. CSL 1.0.2 (Appendix V) only drops digits the two ends
share; ends of different lengths share none, so the last page is then kept whole.
"""
from __future__ import annotations

from typing import Any

from citeproc.model import FormatNumber

ORIGINAL = FormatNumber._format_last_page


def format_last_page(self: Any, first: Any, last: Any) -> Any:
    """``FormatNumber._format_last_page`` that keeps ``last`` whole when the lengths differ."""
    if len(str(first)) != len(str(last)):
        return last
    return ORIGINAL(self, first, last)


def install() -> None:
    """Replace ``FormatNumber._format_last_page`` with :func:`format_last_page` (idempotent)."""
    FormatNumber._format_last_page = format_last_page


def uninstall() -> None:
    """Restore citeproc-py's own ``FormatNumber._format_last_page``."""
    FormatNumber._format_last_page = ORIGINAL
