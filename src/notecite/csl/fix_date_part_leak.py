"""Correction: a style's date-part attributes no longer leak into later localized dates.

A localized date (``<date form="text|numeric">``) takes its parts from the locale, and the
style's own ``<date-part>`` children change them for that date only (CSL 1.0.2, "Localized
Date Formats"; citeproc-js builds a fresh copy of the locale's date for each style date).
citeproc-py 0.11.1 lays the style's attributes onto the locale's shared ``<date-part>`` elements
(``attrib.update`` in ``Date_Part.process``) and never takes them off, so one date's
``range-delimiter="/"``, ``form="short"`` or ``prefix`` stays on every localized date rendered
after it ("1845/1862" in a date that asks for none). Here each date part gets its own
attributes back once it is rendered.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

from citeproc.model import Date_Part

from . import hooks

#: The ``Date_Part.render`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]


@contextmanager
def kept_attributes(part: Any) -> Iterator[Any]:
    """``part`` for the time of the block, its attributes restored afterwards."""
    saved = dict(part.attrib)
    try:
        yield part
    finally:
        if dict(part.attrib) != saved:
            part.attrib.clear()
            part.attrib.update(saved)


def render(self: Any, *args: Any, **kwargs: Any) -> Any:
    """``Date_Part.render`` leaving the part's attributes as they were."""
    with kept_attributes(self):
        return _INNER[0](self, *args, **kwargs)


install, uninstall = hooks.wrapping((Date_Part, "render", render, _INNER))
