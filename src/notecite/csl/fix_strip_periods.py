"""Correction: ``strip-periods`` on a number.

citeproc-py 0.11.1's ``StrippedPeriods.strip_periods`` calls ``.replace`` on the value, but
``citation-number`` and some date parts reach it as ``int``, so a style with
``<text variable="citation-number" strip-periods="true"/>`` raises AttributeError. A number
has no periods to strip: this wraps the method to turn it into ``str`` first.
"""
from __future__ import annotations

from typing import Any

from citeproc.model import StrippedPeriods

from . import hooks

#: The ``StrippedPeriods.strip_periods`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]


def strip_periods(self: Any, string: Any) -> Any:
    """``StrippedPeriods.strip_periods`` that accepts numbers."""
    if isinstance(string, (int, float)) and not isinstance(string, bool):
        string = str(string)
    return _INNER[0](self, string)


install, uninstall = hooks.wrapping((StrippedPeriods, "strip_periods", strip_periods, _INNER))
