"""Correction: an entry of a numbered bibliography that renders nothing prints citeproc-js's error text.

In a style whose citations print the citation number, citeproc-js (and so Zotero) prints
"N. [CSL STYLE ERROR: reference with no printed form.]" for a bibliography entry that renders
nothing; citeproc-py drops the entry, so the numbered list skips a number. This gives such an
entry that text (an empty citation is handled by :mod:`fix_cite_order`).
"""
from __future__ import annotations

from typing import Any

from . import hooks
from .fix_cite_order import NO_PRINTED_FORM

#: The items being rendered, innermost last.
_ITEMS: list[Any] = []
#: Style root -> whether its citations print the citation number.
_NUMERIC: dict[int, bool] = {}


def numeric(root: Any) -> bool:
    """Whether the style's ``<citation>`` (or a macro it calls) prints ``citation-number``."""
    key = id(root)
    if key not in _NUMERIC:
        found, seen = False, set()
        pending = root.xpath_search("./cs:citation")
        while pending and not found:
            element = pending.pop()
            if element.xpath_search(".//cs:text[@variable='citation-number']"):
                found = True
                break
            for call in element.xpath_search(".//cs:text[@macro]"):
                name = call.get("macro")
                if name not in seen:
                    seen.add(name)
                    pending.extend(root.xpath_search(f"./cs:macro[@name='{name}']"))
        _NUMERIC[key] = found
    return _NUMERIC[key]


def begin(layout: Any, item: Any) -> None:
    """Remember the entry being rendered."""
    _ITEMS.append(item)


def end(layout: Any, text: Any) -> Any:
    """The numbered error text for an empty entry of a numbered style."""
    item = _ITEMS.pop()
    if text not in (None, "") or item is None or not layout.getparent().tag.endswith("bibliography"):
        return text
    if not numeric(layout.get_root()):
        return text
    try:
        number = item.number
    except (AttributeError, KeyError):
        return text
    return layout.preformat(f"{number}. {NO_PRINTED_FORM}")


ENTRY = (begin, end)


install, uninstall = hooks.wrapping(cite=ENTRY)
