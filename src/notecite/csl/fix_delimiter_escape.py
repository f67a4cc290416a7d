"""Correction: a style's delimiters are escaped for the output format.

citeproc-py 0.11.1 joins the pieces of a group, a name list, a ``<names>`` element, a date and
a citation with the style's ``delimiter`` (and a name's ``sort-separator``) as they stand, so a
style that writes ``<name delimiter=" &amp; "/>`` prints a raw ``&`` into HTML (``&lt;`` a raw
``<``). citeproc-js escapes delimiters like any other text ("Guldi &#38; Armitage"). This
passes each delimiter through the formatter's ``preformat`` (once: an escaped delimiter is a
citeproc-py ``String``, a raw one a plain ``str``); :func:`delimiter` does the same for the
joins that other corrections write themselves.
"""
from __future__ import annotations

from typing import Any

import citeproc.string
from citeproc.model import Delimited
from citeproc.string import String

from . import hooks

#: Whether the correction is installed (:func:`delimiter` escapes only then).
_INSTALLED = [False]


def delimiter(element: Any, text: Any) -> Any:
    """``text`` (a delimiter of ``element``'s style) escaped by ``element``'s formatter, unless it
    already is or the correction is not installed."""
    if not _INSTALLED[0] or type(text) is not str or not text:
        return text
    return String(element.preformat(text))


def delimited_join(self: Any, strings: Any, default_delimiter: str = "") -> Any:
    """``Delimited.join`` with the delimiter escaped."""
    separator = delimiter(self, self.get("delimiter", default_delimiter))
    try:
        # looked up at call time: fix_seams replaces citeproc-py's join
        return citeproc.string.join((s for s in strings if s is not None), separator)
    except Exception:  # citeproc-py's own join swallows what it cannot add up
        return String("")


install, uninstall = hooks.wrapping((Delimited, "join", delimited_join, None), installed=_INSTALLED)
