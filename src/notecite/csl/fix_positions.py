"""Correction: cite positions (first / subsequent / ibid / ibid-with-locator / near-note).

citeproc-py 0.11.1 derives positions from the cites it has already rendered: it crashes on
``near-note`` (``KeyError: 'near-note-distance'``, looked up on the style root instead of
``<citation>``), never knows note numbers (so near-note counts citations, not notes, and
``first-reference-note-number`` is missing), and treats a same-locator repeat as
ibid-with-locator only when the previous cite had no locator. notecite computes positions
from the note sequence (:mod:`notecite.csl.positions`) and stores them on each cite; this
makes ``<if position>``, ``<if variable="first-reference-note-number">`` and
``<text variable="first-reference-note-number">`` read them. Cites rendered without a
computed position (plain citeproc-py use) are answered as before, near-note without the crash.
"""
from __future__ import annotations

from typing import Any

from citeproc.model import If, Text
from citeproc.source import VariableError

from . import hooks
from .positions import NOTE_KEY, POSITION_KEY

#: The ``If._position`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_IF_POSITION: list[Any] = [None]
#: The ``If._variable`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_IF_VARIABLE: list[Any] = [None]
#: The ``Text._variable`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_TEXT_VARIABLE: list[Any] = [None]

FIRST_NOTE = "first-reference-note-number"


def _position(self: Any, item: Any, context: Any) -> list[bool]:
    """``If._position`` reading the position notecite computed for ``item``."""
    if context is None:
        context = self
    if context.xpath_search("./ancestor::*[self::cs:bibliography]"):
        return [False]
    computed = item.get(POSITION_KEY) if hasattr(item, "get") else None
    if computed is not None:
        return [computed.matches(test) for test in self.get("position").split()]
    tests = self.get("position").split()
    if "near-note" not in tests:
        return _IF_POSITION[0](self, item, context)
    # citeproc-py alone: near-note as "cited before" (no note numbers known), without the crash
    others = [t for t in tests if t != "near-note"]
    results = _IF_POSITION[0](self, item, context) if others else []
    cites = context.get_layout().getparent().cites
    return results + [item.key in (cite.key for cite in cites)]


def _if_variable(self: Any, item: Any) -> list[bool]:
    """``If._variable`` that knows ``first-reference-note-number``."""
    names = self.get("variable").split()
    if FIRST_NOTE not in names:
        return _IF_VARIABLE[0](self, item)
    out = []
    for name in names:
        if name == FIRST_NOTE:
            computed = item.get(POSITION_KEY)
            out.append(computed is not None and computed.first_note is not None)
        else:
            self.attrib["variable"], saved = name, self.get("variable")
            try:
                out += _IF_VARIABLE[0](self, item)
            finally:
                self.attrib["variable"] = saved
    return out


def _text_variable(self: Any, item: Any, context: Any) -> Any:
    """``Text._variable`` that renders ``first-reference-note-number``."""
    if self.get("variable") == FIRST_NOTE:
        if context is not None and context.xpath_search("./ancestor::*[self::cs:bibliography]"):
            raise VariableError
        computed = item.get(POSITION_KEY) if hasattr(item, "get") else None
        if computed is None or computed.first_note is None:
            raise VariableError
        return str(computed.first_note)
    return _TEXT_VARIABLE[0](self, item, context)


def note_number(item: Any) -> int | None:
    """The note number notecite gave ``item`` (None outside a note sequence)."""
    return item.get(NOTE_KEY) if hasattr(item, "get") else None


install, uninstall = hooks.wrapping(
    (If, "_position", _position, _IF_POSITION),
    (If, "_variable", _if_variable, _IF_VARIABLE),
    (Text, "_variable", _text_variable, _TEXT_VARIABLE),
)
