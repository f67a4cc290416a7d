"""Correction: the ``citation-label`` variable (CSL 1.0.2 appendix "Standard Variables").

citeproc-py 0.11.1 renders ``citation-label`` only when the record carries one; citeproc-js
makes one up for every other record, as a "trigraph" of the names and the year: with the
default pattern ``Aaaa00:AaAa00:AaAA00:AAAA00`` four letters of a sole author's family name,
two of each of two, two/one/one of three, the initials of the first four of more, then the
last two digits of the year ("Asth00", "BrCh98", "DEFG26"); lowercase particles ("von") and
an opening article are skipped; the title stands in for missing names. The label also
carries the year suffix when the cite has not shown it yet and the style prints no
``year-suffix`` of its own ("Asth00a"), as in citeproc-js.
"""
from __future__ import annotations

import re
from typing import Any

from citeproc.model import Text
from citeproc.source import VariableError

from . import fix_disambiguation, hooks

#: The ``Text._variable`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]

#: citeproc-js's default trigraph: letters taken of each name for 1, 2, 3 and 4+ names.
TRIGRAPH = ((4,), (2, 2), (2, 1, 1), (1, 1, 1, 1))
YEAR_DIGITS = 2
#: The name variables citeproc-js looks in, in order, for the label's names.
CREATORS = ("author", "editor", "contributor", "translator", "recipient", "interviewer", "composer",
            "original_author", "container_author", "collection_editor")
_PARTICLES = re.compile(r"^[ '\u2019a-z]+\s+")
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
_NOT_LETTER = re.compile(r"[^A-Za-z\u00c0-\u024f]")


def _cased(text: str) -> str:
    return text[:1].upper() + text[1:].lower()


def generate(reference: Any) -> str:
    """The citeproc-js citation label of ``reference`` (a citeproc-py Reference)."""
    label = ""
    for variable in CREATORS:
        names = reference.get(variable)
        if not names:
            continue
        lengths = TRIGRAPH[min(len(names), len(TRIGRAPH)) - 1]
        for name, length in zip(names, lengths):
            family = name.get("family") or name.get("literal") or ""
            part = _NOT_LETTER.sub("", _ARTICLE.sub("", _PARTICLES.sub("", str(family))))
            if not part:
                break
            label += _cased(part[:length])
        break
    if not label and reference.get("title"):
        label = _cased("".join(str(reference.get("title")).split())[: TRIGRAPH[0][0]])
    year = "0000"
    issued = reference.get("issued")
    if issued is not None and getattr(issued, "year", None) is not None:
        year = str(issued.year)
    return label + year[-YEAR_DIGITS:]


def text_variable(self: Any, item: Any, context: Any) -> Any:
    """``Text._variable`` generating a missing ``citation-label`` and adding the year suffix."""
    if self.get("variable") != "citation-label":
        return _INNER[0](self, item, context)
    try:
        label = str(_INNER[0](self, item, context))
    except VariableError:
        label = generate(item.reference)
    return label + fix_disambiguation.implicit_suffix(self)


install, uninstall = hooks.wrapping((Text, "_variable", text_variable, _INNER))
