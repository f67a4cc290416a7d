"""Correction: ``subsequent-author-substitute`` in bibliographies.

CSL 1.0.2 (bibliography options): when an entry's first ``<names>`` output equals the previous
entry's, it is replaced by the option's text ("———"); citeproc-py 0.11.1 ignores the option.
This renders the entries one by one, remembers the first names output of each (names inside a
``<substitute>`` count through their enclosing ``<names>``) and applies the substitution with
the ``complete-all`` rule (the default; the partial rules are treated the same way).
"""
from __future__ import annotations

from typing import Any

from citeproc.model import Layout, Names

ORIGINAL_LAYOUT = Layout.render_bibliography
ORIGINAL_MARKUP = Names.markup

#: The names outputs of the entries being rendered, innermost last.
_CAPTURE: list[list[str]] = []


def names_markup(self: Any, text: Any) -> Any:
    """``Names.markup`` that records its output for the entry being rendered."""
    out = ORIGINAL_MARKUP(self, text)
    if _CAPTURE and out and not self.getparent().tag.endswith("substitute"):
        _CAPTURE[-1].append(str(out))
    return out


def render_bibliography(self: Any, citation_items: Any) -> Any:
    """``Layout.render_bibliography`` applying subsequent-author-substitute."""
    substitute = self.getparent().get("subsequent-author-substitute")
    if substitute is None:
        return ORIGINAL_LAYOUT(self, citation_items)
    out = []
    previous = None
    for item in citation_items:
        _CAPTURE.append([])
        try:
            rendered = ORIGINAL_LAYOUT(self, [item])
        finally:
            names = _CAPTURE.pop()
        if not rendered:
            continue
        entry = str(rendered[0])
        first = names[0] if names else None
        if first and first == previous and first in entry:
            entry = entry.replace(first, substitute, 1)
        previous = first
        out.append(entry)
    return out


def install() -> None:
    """Install the substituting bibliography rendering (idempotent)."""
    Layout.render_bibliography = render_bibliography
    Names.markup = names_markup


def uninstall() -> None:
    """Restore citeproc-py's own bibliography rendering."""
    Layout.render_bibliography = ORIGINAL_LAYOUT
    Names.markup = ORIGINAL_MARKUP
