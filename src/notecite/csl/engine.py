"""The citeproc-py engine behind every rendering: style loading, sources, citations in notes.

:func:`load_style` reads a style (path or XML text) in a locale, :func:`new_bibliography`
builds citeproc-py's processor over corrected records, :func:`render_notes_raw` renders a
sequence of notes with positions computed by :mod:`notecite.csl.positions`. Everything here
runs with the correction layer installed; nothing here escapes or resolves style names.
"""
from __future__ import annotations

import io
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any, Sequence

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, Locator
from citeproc.model import Bibliography as BibliographyElement
from citeproc.model import Citation as CitationElement
from citeproc.source.json import CiteProcJSON

from ..records import Record
from . import caching, hooks
from . import corrections as corrections_layer
from .formatters import escape_value
from .positions import NOTE_KEY, POSITION_KEY, assign_positions


#: The ``Citation.render`` and ``Bibliography.render`` in force below the finishing wrappers.
_CITATION_RENDER: list[Any] = [None]
_BIBLIOGRAPHY_RENDER: list[Any] = [None]


def _finish(element: Any, text: Any) -> Any:
    finish = getattr(element.get_formatter(), "finish", None)
    return finish(str(text)) if finish is not None and text is not None else text


def _citation_render(self: Any, citation: Any, cites: Any, callback: Any) -> Any:
    return _finish(self, _CITATION_RENDER[0](self, citation, cites, callback))


def _bibliography_render(self: Any, citation_items: Any) -> Any:
    return [_finish(self, entry) for entry in _BIBLIOGRAPHY_RENDER[0](self, citation_items)]


def install_finish() -> None:
    """Wrap citeproc-py's citation and bibliography rendering, outside every correction, with the
    output formatter's ``finish`` (HTML: :func:`notecite.csl.formatters.finish_html`), whichever
    corrections are installed (idempotent)."""
    hooks.chain(CitationElement, "render", _citation_render, _CITATION_RENDER, rank=1)
    hooks.chain(BibliographyElement, "render", _bibliography_render, _BIBLIOGRAPHY_RENDER, rank=1)


def load_style(style: Path | str, locale: str | None = None,
               corrections: Sequence[ModuleType] = corrections_layer.CORRECTIONS) -> CitationStylesStyle:
    """A citeproc-py style from a .csl path or from XML text, in ``locale`` (None: the style's)."""
    corrections_layer.install(corrections)
    install_finish()
    source: Any = str(style) if isinstance(style, Path) else style
    if isinstance(style, str) and style.lstrip().startswith("<"):
        source = io.BytesIO(style.encode("utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        csl = CitationStylesStyle(source, locale=locale, validate=False)
    corrections_layer.adapt_style(csl, corrections)
    caching.clear()  # the corrections may have changed the tree: nothing cached from before
    caching.install()
    return csl


def new_bibliography(records: list[Record], csl: CitationStylesStyle, formatter: Any,
                     corrections: Sequence[ModuleType] = corrections_layer.CORRECTIONS) -> CitationStylesBibliography:
    """citeproc-py's processor over corrected copies of ``records`` (each needs id and type)."""
    corrections_layer.install(corrections)
    install_finish()
    prepared = corrections_layer.adapt_records(list(records), corrections)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        source = CiteProcJSON(prepared)
    corrections_layer.adapt_source(source, prepared, corrections)
    return CitationStylesBibliography(csl, source, formatter)


def make_item(cite: dict[str, Any],
              corrections: Sequence[ModuleType] = corrections_layer.CORRECTIONS,
              output: str | None = None) -> CitationItem:
    """A CitationItem from a cite ``{"id", "locator"?, "label"?, "prefix"?, "suffix"?, ...}``
    (affixes escaped for ``output`` as rich text, as citeproc-js reads them, then passed through
    the corrections' ``adapt_affix``)."""
    extra: dict[str, Any] = {}
    if cite.get("locator") not in (None, ""):
        extra["locator"] = Locator(cite.get("label") or "page", str(cite["locator"]))
    for affix in ("prefix", "suffix"):
        if cite.get(affix):
            text = str(cite[affix])
            if output is not None:
                text = escape_value(text, output, implicit_nocase=False)
            extra[affix] = corrections_layer.adapt_affix(text, corrections)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        item = CitationItem(str(cite["id"]), **extra)
        for flag in ("suppress-author", "author-only"):
            if cite.get(flag):
                item[flag] = True
    return item


def _near_note_distance(csl: CitationStylesStyle) -> int:
    citation = csl.root.citation
    try:
        return int(citation.get("near-note-distance", 5)) if citation is not None else 5
    except ValueError:
        return 5


def register_notes(bibliography: CitationStylesBibliography,
                   notes: Sequence[tuple[int, Sequence[CitationItem]]]) -> list[Citation]:
    """Register the notes' citations in order and mark each cite with its position and note."""
    citations = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for number, items in notes:
            citation = Citation(list(items))
            citation[NOTE_KEY] = number
            bibliography.register(citation)
            citations.append(citation)
    known = [(number, [(item.key, _locator_value(item)) for item in items if item.key in bibliography.source])
             for (number, items) in notes]
    positions = assign_positions(known, _near_note_distance(bibliography.style))
    for (number, items), row in zip(notes, positions):
        good = iter(row)
        for item in items:
            item[NOTE_KEY] = number
            if item.key in bibliography.source:
                item[POSITION_KEY] = next(good)
    return citations


def _locator_value(item: CitationItem) -> Any:
    if "locator" not in item:
        return None
    return (item.locator.label, str(item.locator.identifier))


def render_notes_raw(bibliography: CitationStylesBibliography, citations: Sequence[Citation],
                     callback: Any = None) -> list[str]:
    """Render registered citations in order (citeproc-py's own strings, formatter applied)."""
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for citation in citations:
            out.append(str(bibliography.cite(citation, callback or (lambda item: None))))
    return out
