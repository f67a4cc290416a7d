"""Caches and short cuts that make citeproc-py render faster without changing a byte of its output.

citeproc-py looks up macros, terms, dates, layouts and inherited name options with an XPath
query on every use (``CitationStylesElement.xpath_search``): for 1,000 items that is tens of
thousands of queries over a style tree that no longer changes once loaded and corrected.
:func:`install` makes the query remember its answer per element and expression.

The answers are the same lists of the same element objects, because a loaded style's
structure is fixed: citeproc-py and the correction layer only change attributes while
rendering, never which elements exist or their ``name``/``variable`` attributes that the
queries select on. The cache holds the elements it keys on, so an element's identity can
never be taken by another, and it is emptied when it grows past :data:`MAX_ENTRIES` (styles
loaded one after another do not pile up).
"""
from __future__ import annotations

from typing import Any

from citeproc.model import CitationStylesElement, If, SomewhatObjectifiedElement, Sort
from citeproc.source import CitationItem

from . import hooks

#: Entries kept before the cache starts afresh (a style needs a few thousand at most).
MAX_ENTRIES = 50_000

#: What each short cut wraps: the lookup in force below it (citeproc-py's; set by :func:`hooks.chain`).
_XPATH_SEARCH: list[Any] = [None]
_REFERENCE: list[Any] = [None]
_SORT: list[Any] = [None]
_GET_ROOT: list[Any] = [None]
_CHILD: list[Any] = [None]
_get = dict.__getitem__

_answers: dict[tuple[Any, str], list[Any]] = {}
_roots: dict[Any, Any] = {}
_children: dict[tuple[Any, str], Any] = {}


def cached_xpath_search(self: Any, expression: str) -> list[Any]:
    """``xpath_search`` answered from the cache (a copy of the list, as callers may change it)."""
    key = (self, expression)
    found = _answers.get(key)
    if found is None:
        if len(_answers) >= MAX_ENTRIES:
            _answers.clear()
        found = _answers[key] = _XPATH_SEARCH[0](self, expression)
    return list(found)


def cached_get_root(self: Any) -> Any:
    """``get_root`` (the root element of this element's tree) from the cache."""
    root = _roots.get(self)
    if root is None:
        if len(_roots) >= MAX_ENTRIES:
            _roots.clear()
        root = _roots[self] = _GET_ROOT[0](self)
    return root


_MISSING = object()


def cached_child(self: Any, name: str) -> Any:
    """``element.name``, citeproc-py's lookup of the first ``cs:name`` child, from the cache."""
    key = (self, name)
    child = _children.get(key, _MISSING)
    if child is _MISSING:
        if len(_children) >= MAX_ENTRIES:
            _children.clear()
        child = _children[key] = _CHILD[0](self, name)
    return child


def direct_reference(self: Any) -> Any:
    """``CitationItem.reference`` (the item's reference in its bibliography's source) in one
    step instead of through two attribute lookups that each raise and catch on the way; any
    case the short way cannot answer goes the original way, errors included."""
    try:
        return _get(_get(self, "citation"), "bibliography").source[_get(self, "key")]
    except (KeyError, AttributeError, TypeError):
        return _REFERENCE[0].fget(self)


def if_type(self: Any, item: Any) -> list[bool]:
    """``If._type`` reading the item's type once, not once per type the condition lists."""
    types = self.get("type").split()
    if not types:
        return []
    item_type = item.reference.type
    return [typ.lower() == item_type for typ in types]


def sort(self: Any, items: Any, context: Any) -> list[Any]:
    """``Sort.sort`` without computing sort keys when there is nothing to order (one cite)."""
    if len(items) <= 1:
        return list(items)
    return _SORT[0](self, items, context)


_chain, _unchain = hooks.wrapping(
    (CitationStylesElement, "xpath_search", cached_xpath_search, _XPATH_SEARCH),
    (CitationItem, "reference", property(direct_reference), _REFERENCE),
    (If, "_type", if_type, None),
    (Sort, "sort", sort, _SORT),
    (CitationStylesElement, "get_root", cached_get_root, _GET_ROOT),
    (SomewhatObjectifiedElement, "__getattr__", cached_child, _CHILD),
)


def install() -> None:
    """Put the caches and short cuts in place (idempotent)."""
    _chain()


def uninstall() -> None:
    """Back to the lookups in force before (citeproc-py's own), caches emptied."""
    _unchain()
    clear()


def clear() -> None:
    """Forget every cached answer (call after changing a loaded style's structure)."""
    _answers.clear()
    _roots.clear()
    _children.clear()
