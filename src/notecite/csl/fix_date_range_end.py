"""Correction: the second end of a date range is wrapped as citeproc-js wraps it, in the style's
last-built ``<date>``.

citeproc-js 2.4.63 renders the end of a range ("1862" in "1845–1862") into a side queue
(``state.dateput``) whose open level belongs to the *last* ``<date>`` element it built while
reading the style, not to the date being rendered. The end therefore comes out inside that
element's affixes and formatting: "1845–Accessed 1862" when the style's last date is
``<date variable="accessed" prefix="Accessed "/>``, "1845–(1862)" when it is a year in
parentheses, "1845–<b>1862</b>" when it is bold. The affixes go with the first range the
engine renders; after it, the level is reopened from a copy of the element without affixes,
so later ranges keep only its formatting. A localized date (``form="text|numeric"``) is built
from the locale's copy, which keeps the style element's affixes but none of its formatting.

citeproc-js builds the ``<citation>``, then the ``<bibliography>``, each in document order; a
macro is built where it is first called (a sort key's macro at every key), so the last-built
date is the last ``<date>`` met in that walk. Its first range is, in citeproc-js's order, that
of the comparison renders made when items are registered (each cite as a subsequent cite, for
disambiguation), else that of the first entry or citation rendered. :func:`adapt_style` marks
the element, :func:`prepare` plays the comparison renders of the items that have a range, and
:func:`wrap_end` (called by :mod:`fix_locale_date_delimiter` for each range) wraps the end.
"""
from __future__ import annotations

from typing import Any, Iterator

from citeproc.model import Locale
from citeproc.source import DateRange

from . import fix_locale_date_delimiter, hooks
from .fix_disambiguation import compared_render
from .styles import CSL_NS

#: The attribute marking the style's last-built ``<date>``.
MARK = "notecite-range-end"
#: Set on the style root once the engine has rendered its first range.
SPENT = "notecite-range-end-spent"
_NS = {"cs": CSL_NS}
#: One entry per cite or entry being rendered (sort keys render their macros outside any).
_CITES: list[None] = []


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def built_dates(root: Any) -> Iterator[Any]:
    """The style's ``<date>`` elements in the order citeproc-js builds them (a date once per
    build: a macro at its first call, a sort key's macro at every key)."""
    macros = {m.get("name"): m for m in root.xpath("cs:macro", namespaces=_NS)}
    built: set[str] = set()

    def walk(node: Any, in_sort: bool) -> Iterator[Any]:
        for child in node:
            name = _local(child)
            if name == "date":
                yield child
            elif name in ("text", "key") and child.get("macro") in macros:
                macro = child.get("macro")
                sorting = in_sort or name == "key"
                if sorting:
                    yield from walk(macros[macro], True)
                elif macro not in built:
                    built.add(macro)
                    yield from walk(macros[macro], False)
            else:
                yield from walk(child, in_sort)

    for area in ("citation", "bibliography", "intext"):
        for element in root.xpath(f"cs:{area}", namespaces=_NS):
            yield from walk(element, False)


def adapt_style(csl: Any) -> None:
    """Mark the style's last-built ``<date>`` (the wrapper of every range end)."""
    root = csl.root
    for element in root.xpath(f"//cs:date[@{MARK}]", namespaces=_NS):
        del element.attrib[MARK]
    if SPENT in root.attrib:
        del root.attrib[SPENT]
    last = None
    for last in built_dates(root):
        pass
    if last is not None:
        last.set(MARK, "true")


def _style_root(element: Any) -> Any:
    root = element.get_root()
    return root.style if isinstance(root, Locale) else root


def wrap_end(element: Any, context: Any, parts: Any) -> Any:
    """The parts of a range's second end rendered by ``element`` (called from ``context``), as
    one text inside the style's last-built date: joined by its delimiter, in its formatting (a
    localized one has none) and, for the engine's first range, its affixes; ``parts`` None (an
    open range) still counts as the first range."""
    if not _CITES:  # a sort key: citeproc-js computes it from the date's numbers
        return parts
    root = _style_root(context if context is not None else element)
    found = root.xpath(f"//cs:date[@{MARK}]", namespaces=_NS)
    if not found:
        return parts
    wrapper = found[0]
    first = root.get(SPENT) is None
    root.set(SPENT, "true")
    if parts is None:
        return parts
    form = wrapper.get("form")
    joiner = wrapper if form is None else wrapper.get_date(form)
    end: Any = str((joiner.get("delimiter") if joiner is not None else None) or "").join(parts)
    if form is None:
        end = wrapper.format(end)
    if not first:
        return [end]
    # the side queue's affixes are plain text: no seam rules, and its parentheses are not
    # turned into brackets nor counted as nested ones (citeproc-js checks braces on its main
    # output queue only)
    prefix, suffix = wrapper.get("prefix", ""), wrapper.get("suffix", "")
    return [(wrapper.preformat(prefix) if prefix else "") + end + (wrapper.preformat(suffix) if suffix else "")]


def _has_range(reference: Any) -> bool:
    return any(isinstance(value, DateRange) for value in reference.values())


def prepare(bibliography: Any) -> None:
    """Play citeproc-js's comparison renders of the registered items that have a date range, so
    that a range rendered there (and not later) takes the wrapper's affixes."""
    root = bibliography.style.root
    if root.get(SPENT) is not None or root.citation is None or not root.xpath(f"//cs:date[@{MARK}]", namespaces=_NS):
        return
    for key in bibliography.keys:
        reference = bibliography.source.get(key) if hasattr(bibliography.source, "get") else None
        if reference is not None and _has_range(reference):
            compared_render(bibliography, key, None)
        if root.get(SPENT) is not None:
            return


def _begin(layout: Any, item: Any) -> None:
    _CITES.append(None)


def _end(layout: Any, text: Any) -> Any:
    _CITES.pop()
    return text


CITE = (_begin, _end)


install, uninstall = hooks.wrapping(cite=CITE, listed=[(fix_locale_date_delimiter.END_WRAPPERS, wrap_end)])
