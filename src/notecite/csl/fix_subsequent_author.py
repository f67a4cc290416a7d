"""Correction: ``subsequent-author-substitute`` in bibliographies.

CSL 1.0.2 (bibliography options): when an entry's first ``<names>`` output equals the previous
entry's, it is replaced by the option's text ("———"); citeproc-py 0.11.1 ignores the option.
This renders the entries one by one, remembers the first names output of each (names inside a
``<substitute>`` count through their enclosing ``<names>``) and applies the substitution with
the ``complete-all`` rule (the default; the partial rules are treated the same way). As in
citeproc-js, the name lists are compared and replaced without the ``<names>`` labels: "Doe,
John" followed by "Doe, John ed." gives "--- ed.". An entry to substitute is rendered a second
time with the substitute in place of its first name lists, as citeproc-js substitutes before
the pieces are joined: the style's punctuation after the names stays ("---. 1994", where a
names list ending in "et al." had absorbed the suffix ". "); the names rendered after the first
ones are left as they are, also when the substitute is empty.
"""
from __future__ import annotations

from typing import Any

from citeproc.model import Layout, Name, Names
from citeproc.string import String

from . import hooks

#: The ``Layout.render_bibliography`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_LAYOUT_RENDER_BIBLIOGRAPHY: list[Any] = [None]
#: The ``Names.markup`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_NAMES_MARKUP: list[Any] = [None]

#: The name lists of each ``<names>`` output of the entries being rendered, innermost entry last.
_CAPTURE: list[list[tuple[str, ...]]] = []
#: The name lists rendered since the last ``<names>`` output was recorded.
_LISTS: list[str] = []
#: While an entry is rendered again: [the substitute text, whether its first names are done,
#: whether a name list was replaced].
_SUBSTITUTING: list[Any] = []


def name_render(self: Any, *args: Any, **kwargs: Any) -> Any:
    """``Name.render`` that records the name list it renders for the entry being rendered (and
    puts the substitute in its place when the entry is rendered again)."""
    out = self.markup(self.process(*args, **kwargs))
    if _CAPTURE and out and kwargs.get("sort_options") is None:
        _LISTS.append(str(out))
        if _SUBSTITUTING and not _SUBSTITUTING[1]:
            _SUBSTITUTING[2] = True
            return String(self.preformat(_SUBSTITUTING[0]))
    return out


def names_markup(self: Any, text: Any) -> Any:
    """``Names.markup`` that records its name lists (labels left out) for the entry being rendered."""
    out = _NAMES_MARKUP[0](self, text)
    if _CAPTURE and not self.getparent().tag.endswith("substitute"):
        if out:  # a substituted title or other text counts as a whole
            _CAPTURE[-1].append(tuple(_LISTS) or (str(out),))
        if _SUBSTITUTING and (out or _SUBSTITUTING[2]):
            _SUBSTITUTING[1] = True
        _LISTS.clear()
    return out


def _render_substituted(layout: Any, item: Any, substitute: str) -> str | None:
    """The entry of ``item`` rendered with ``substitute`` for its first names' lists (None when
    they are no name lists: a title substituted for the names)."""
    _CAPTURE.append([])
    _SUBSTITUTING[:] = [substitute, False, False]
    try:
        rendered = _LAYOUT_RENDER_BIBLIOGRAPHY[0](layout, [item])
        return str(rendered[0]) if rendered and _SUBSTITUTING[2] else None
    finally:
        _CAPTURE.pop()
        _LISTS.clear()
        _SUBSTITUTING.clear()


def render_bibliography(self: Any, citation_items: Any) -> Any:
    """``Layout.render_bibliography`` applying subsequent-author-substitute."""
    substitute = self.getparent().get("subsequent-author-substitute")
    if substitute is None:
        return _LAYOUT_RENDER_BIBLIOGRAPHY[0](self, citation_items)
    out = []
    previous = None
    for item in citation_items:
        _CAPTURE.append([])
        _LISTS.clear()
        try:
            rendered = _LAYOUT_RENDER_BIBLIOGRAPHY[0](self, [item])
        finally:
            names = _CAPTURE.pop()
            _LISTS.clear()
        if not rendered:
            continue
        entry = str(rendered[0])
        first = names[0] if names else None
        if first and first == previous and all(text in entry for text in first):
            again = _render_substituted(self, item, substitute)
            if again is not None:
                entry = again
            else:
                head, start = "", 0
                for text in first:  # each list in turn, labels and delimiters between them kept
                    at = entry.index(text, start)
                    head, start = head + entry[start:at] + substitute, at + len(text)
                entry = head + entry[start:]
        previous = first
        out.append(entry)
    return out


install, uninstall = hooks.wrapping(
    (Layout, "render_bibliography", render_bibliography, _LAYOUT_RENDER_BIBLIOGRAPHY),
    (Names, "markup", names_markup, _NAMES_MARKUP),
    (Name, "render", name_render, None),
)
