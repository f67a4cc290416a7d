"""Correction: a cite's ``suppress-author`` flag leaves out its first names element.

CSL-JSON citation items may carry ``suppress-author`` ("as Doe argues (2015, 4)"): the cite is
rendered without the names it would print first (authors, or what substitutes for them).
citeproc-py 0.11.1 has no such flag. For a cite carrying it, this renders the first
``<names>`` element reached in that cite as empty (its substitute included).
"""
from __future__ import annotations

from typing import Any

from citeproc.model import Names

from . import hooks

FLAG = "suppress-author"

#: One frame per cite being rendered: [flag set, the names element being suppressed, done].
_STACK: list[list[Any]] = []


def begin(layout: Any, item: Any) -> None:
    """Start a cite; only citation cites with the flag suppress anything."""
    active = bool(hasattr(item, "get") and item.get(FLAG)) and layout.getparent().tag.endswith("citation")
    _STACK.append([active, None, False])


def end(layout: Any, text: Any) -> Any:
    """Finish a cite."""
    _STACK.pop()
    return text


def blocked(variable: str, element: Any) -> bool:
    """True for the variables of the cite's first names element when the flag is set."""
    if not _STACK or not _STACK[-1][0] or not isinstance(element, Names):
        return False
    frame = _STACK[-1]
    if frame[1] is None and not frame[2]:
        frame[1] = element
    return frame[1] is element


def observed(variable: str, rendered: bool) -> None:
    """Once the suppressed names element has been passed, later names render normally."""
    if _STACK and _STACK[-1][1] is not None and not rendered:
        _STACK[-1][2] = True


CITE = (begin, end)


install, uninstall = hooks.wrapping(filter_=blocked, observer=observed, cite=CITE)
