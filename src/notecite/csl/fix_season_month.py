"""Correction: a season in a numeric month renders the season's name instead of raising.

A date with a season and no month (``"season": 1``) in a ``<date-part name="month"
form="numeric">`` makes citeproc-py 0.11.1 fail an assertion, which takes down the whole
bibliography (its sort keys render dates too) in styles such as nova-univerza. citeproc-js
prints the season's name there ("printemps"). This renders the ``season-0N`` term in that case.

Early years: citeproc-py appends the ``ad`` term to every year from 1 to 999 ("732 AD") and
prints year 0 as "0 AD"; citeproc-js appends it to years 1–499 only ("732", "499 AD").
"""
from __future__ import annotations

from typing import Any

from citeproc.model import Date_Part
from citeproc.source import VariableError

from . import hooks

#: The ``Date_Part.process`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]


def process(self: Any, date: Any, context: Any = None) -> Any:
    """``Date_Part.process`` with a season shown by name where a numeric month is asked for,
    and no "AD" after year 0 or a year from 500 to 999."""
    if self.get("name") == "year" and self.get("form", "long") == "long":
        try:
            year = int(date.year)
        except (VariableError, AttributeError, TypeError, ValueError):
            year = None
        if year is not None and (year == 0 or 500 <= year < 1000):
            return str(year) if year else None
    try:
        return _INNER[0](self, date, context)
    except AssertionError:
        try:
            season = int(date.season)
        except (VariableError, AttributeError, TypeError, ValueError):
            raise
        return (context if context is not None else self).get_single_term(name=f"season-{season:02}")


install, uninstall = hooks.wrapping((Date_Part, "process", process, _INNER))
