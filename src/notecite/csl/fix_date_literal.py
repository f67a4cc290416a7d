"""Correction: a literal date (``{"literal": "[early 17th century]"}``) is printed through the
date's year part, and only where the date shows a year.

citeproc-js renders a literal date in its ``year`` date-part: the literal takes that part's
affixes, formatting and text case ("([early 17th century])" for ``<date-part name="year"
prefix="(" suffix=")"/>``), and a date showing no year (only month and day, a second
``<date>`` of the same variable beside the year, ``date-parts="month-day"``) prints nothing.
citeproc-py 0.11.1 prints the literal bare in every ``<date>`` of the variable, so styles that
give the year and the month-day in two dates print it twice ("[early 17th century][early 17th
century]"), and the year part's affixes and formatting are lost. Here the literal is rendered
as the year part of the date and as nothing else.

Sorting: citeproc-js builds a date's sort key from its numbers, so a literal date has none and
sorts with the undated items; citeproc-py sorts it by its text, among the dated ones.
"""
from __future__ import annotations

from typing import Any

import citeproc.model
from citeproc.model import Date
from citeproc.source import LiteralDate

from . import hooks
from .fix_date_part_leak import kept_attributes

#: The ``Date.parts`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]


class _NoLiteral:
    """Stands for ``LiteralDate`` in ``Date.process``: nothing is one, so a literal date goes
    through the date's parts like any other date."""


def _markup(part: Any, context: Any, text: str) -> Any:
    """``text`` marked up by ``part`` with the calling style date's attributes for the same
    part laid on it for the time being, as ``Date_Part.process`` does for a localized date."""
    with kept_attributes(part):
        if context is not None and context is not part.getparent():
            found = context.xpath_search(f'./cs:date-part[@name="{part.get("name")}"]')
            if found:
                part.attrib.update(dict(found[0].attrib))
        return part.markup(text)


def parts(self: Any, date: Any, show_parts: Any, context: Any = None) -> Any:
    """``Date.parts`` rendering a literal date as the text of the year part alone."""
    if not isinstance(date, LiteralDate):
        return _INNER[0](self, date, show_parts, context)
    for part in self.iterchildren():
        if part.get("name") == "year" and "year" in show_parts:
            text = _markup(part, context, date.text)
            return [text] if text else []
    return []


def no_sort_key(self: Any) -> None:
    """A literal date's sort key: none (``LiteralDate.sort_key``)."""
    return None


install, uninstall = hooks.wrapping(
    (citeproc.model, "LiteralDate", _NoLiteral, None),
    (Date, "parts", parts, _INNER),
    (LiteralDate, "sort_key", no_sort_key, None),
)
