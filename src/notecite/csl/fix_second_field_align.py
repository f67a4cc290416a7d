"""Correction: ``second-field-align`` in HTML bibliographies.

CSL 1.0.2 (bibliography option ``second-field-align``): the first rendering element of each
entry (usually the citation number) is set apart from the rest, which is aligned. citeproc-js
writes this in HTML as ``<div class="csl-left-margin">[1]</div><div
class="csl-right-inline">…</div>`` inside the entry; citeproc-py ignores the option. For HTML
output this records what the layout's first element renders for each entry and splits the
entry there; other outputs are unchanged.
"""
from __future__ import annotations

from typing import Any

from citeproc.model import Bibliography

from . import hooks

_INNER: list[Any] = [None]
#: Per bibliography rendering in progress: the left-margin text of each rendered entry.
_LEFTS: list[list[str]] = []
_ITEMS: list[Any] = []


def _applies(layout: Any) -> bool:
    parent = layout.getparent()
    return (parent.tag.endswith("bibliography") and parent.get("second-field-align") in ("flush", "margin")
            and hasattr(layout.get_formatter(), "TagWrapper"))


def begin(layout: Any, item: Any) -> None:
    """Remember the item of an entry that will be split."""
    _ITEMS.append(item if _LEFTS and _applies(layout) else None)


def end(layout: Any, text: Any) -> Any:
    """Record the entry's left-margin text."""
    item = _ITEMS.pop()
    if item is None or not text:
        return text
    children = [c for c in layout.iterchildren() if isinstance(c.tag, str)]
    try:
        left = children[0].render(item) if children else None
    except Exception:  # a first element that only renders in context: no split
        left = None
    _LEFTS[-1].append(str(left) if left else "")
    return text


CITE = (begin, end)


def split(entry: str, left: str) -> str:
    """``entry`` as citeproc-js writes an aligned entry (unchanged if it does not start with ``left``)."""
    if not left or not entry.startswith(left):
        return entry
    rest = entry[len(left):]
    return (f'\n    <div class="csl-left-margin">{left}</div>'
            f'<div class="csl-right-inline">{rest}</div>\n  ')


def render(self: Any, citation_items: Any) -> Any:
    """``Bibliography.render`` with aligned entries for HTML."""
    _LEFTS.append([])
    try:
        entries = _INNER[0](self, citation_items)
        lefts = _LEFTS[-1]
    finally:
        _LEFTS.pop()
    if not lefts or len(lefts) != len(entries):
        return entries
    return [split(str(e), left) for e, left in zip(entries, lefts)]


install, uninstall = hooks.wrapping((Bibliography, "render", render, _INNER), cite=CITE)
