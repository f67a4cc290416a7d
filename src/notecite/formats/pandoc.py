"""Pandoc Markdown: an article with its notes turned into pandoc citations.

Each full reference, short form and ibid in a note becomes ``[@key, p. 67]`` in place, the prose
around it kept; title mentions in prose stay as the author wrote them. With the CSL-JSON
bibliography beside it, ``pandoc --citeproc --csl STYLE`` re-renders the notes in any style.
"""
from __future__ import annotations

import re

from ..document.model import Document
from ..library import Citation, Library

#: Characters pandoc's Markdown reader would take as markup in running text.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+!|@^~$])")
#: A note marker as readers leave it in the body.
_MARKER = re.compile(r"\(\d+\)|\[\^?\d+\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d+")
#: Pandoc's locator terms for CSL locator labels.
LOCATOR_TERMS = {"page": "p.", "chapter": "chap.", "note": "n.", "volume": "vol.", "section": "sec.",
                 "paragraph": "para.", "line": "l.", "figure": "fig.", "part": "pt.", "book": "bk.",
                 "column": "col.", "folio": "fol.", "verse": "v.", "issue": "no."}


def escape(text: str) -> str:
    """Backslash-escape Markdown specials in running text."""
    return _SPECIAL.sub(r"\\\1", text)


def pandoc_citation(citation: Citation) -> str:
    """``[@key, p. 67]`` for one citation (``[@key]`` without a pinpoint)."""
    if not citation.locator:
        return f"[@{citation.record_id}]"
    term = LOCATOR_TERMS.get(citation.label or "page", citation.label)
    return f"[@{citation.record_id}, {term} {citation.locator}]"


def note_markdown(text: str, citations: list[Citation], italic_spans: list[tuple[int, int]] = ()) -> str:
    """A note's text with its cited spans replaced by pandoc citations, the rest escaped
    and italic spans outside citations written as ``*…*``."""
    out, position = [], 0
    for citation in sorted(citations, key=lambda c: c.start):
        if citation.kind == "mention" or citation.end <= citation.start or citation.start < position:
            continue
        out.append(_prose(text, position, citation.start, italic_spans))
        out.append(pandoc_citation(citation))
        position = citation.end
    out.append(_prose(text, position, len(text), italic_spans))
    return "".join(out).strip()


def _prose(text: str, start: int, end: int, italic_spans: list[tuple[int, int]]) -> str:
    """``text[start:end]`` escaped, with the italic spans that fall inside it emphasised."""
    out, position = [], start
    for a, b in sorted(italic_spans):
        a, b = max(a, position), min(b, end)
        if a >= b:
            continue
        inner = text[a:b]
        lead, trail = len(inner) - len(inner.lstrip()), len(inner.rstrip())
        out.append(escape(text[position:a + lead]))
        out.append(f"*{escape(inner[lead:trail])}*" if inner.strip() else escape(inner))
        position = a + trail if inner.strip() else b
    out.append(escape(text[position:end]))
    return "".join(out)


def body_markdown(document: Document) -> str:
    """The body with each note marker as ``[^n]`` and one paragraph per line."""
    if document.format == "markdown":
        return document.body
    pieces, position = [], 0
    for marker in sorted(document.markers, key=lambda m: m.offset):
        match = _MARKER.match(document.body, marker.offset)
        if not match or marker.offset < position:
            continue
        pieces.append(escape(document.body[position:marker.offset]))
        pieces.append(f"[^{marker.number}]")
        position = match.end()
    pieces.append(escape(document.body[position:]))
    lines = [line.strip() for line in "".join(pieces).splitlines()]
    return "\n\n".join(line for line in lines if line)


def to_pandoc_markdown(document: Document, library: Library, *, bibliography: str | None = None,
                       document_name: str | None = None) -> str:
    """The article as pandoc Markdown; ``bibliography`` names the CSL-JSON file in the front matter."""
    name = document_name or document.path.rsplit("/", 1)[-1]
    by_note: dict[int, list[Citation]] = {}
    for citation in library.citations:
        if citation.document == name:
            by_note.setdefault(citation.note, []).append(citation)
    parts = []
    if bibliography:
        parts.append(f"---\nbibliography: {bibliography}\nsuppress-bibliography: false\n---\n")
    parts.append(body_markdown(document))
    parts.append("")
    for note in document.notes:
        parts.append(f"[^{note.number}]: {note_markdown(note.text, by_note.get(note.number, []), note.italic_spans)}\n")
    return "\n".join(parts).rstrip() + "\n"
