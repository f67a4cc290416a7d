"""The data a reader returns: a document's body with note markers and its numbered notes."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Optional

Span = tuple[int, int]


class Marker(NamedTuple):
    """A note marker in the body: the note ``number`` it calls and its character ``offset`` in ``Document.body``."""

    number: int
    offset: int


@dataclass
class Note:
    """One footnote or endnote.

    ``span`` is the (start, end) of the note's text in ``Document.source`` when the reader can
    say (plain text, Markdown), else None; ``text`` equals ``source[start:end]`` up to the
    markup, indentation and line joins the reader removed. ``italic_spans`` are (start, end) offsets within
    ``text`` that the source showed in italics: a hint for titles.
    """

    number: int
    text: str
    span: Optional[Span] = None
    italic_spans: list[Span] = field(default_factory=list)


@dataclass
class Document:
    """A read document: ``body`` text with markers at ``markers`` offsets, ordered ``notes`` and ``warnings``.

    ``source`` is the decoded text the note spans refer to (None for HTML and DOCX);
    ``format`` is one of "text", "markdown", "html", "docx".
    """

    path: str
    format: str
    body: str
    notes: list[Note]
    markers: list[Marker] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: Optional[str] = None

    def note(self, number: int) -> Note:
        """The note numbered ``number``; KeyError if there is none."""
        for note in self.notes:
            if note.number == number:
                return note
        raise KeyError(number)

    def to_dict(self) -> dict:
        """A JSON-ready dict of the document (notes, markers, warnings; not the body)."""
        return {
            "path": self.path,
            "format": self.format,
            "notes": [
                {
                    "number": n.number,
                    "text": n.text,
                    "span": list(n.span) if n.span else None,
                    "italic_spans": [list(s) for s in n.italic_spans],
                }
                for n in self.notes
            ],
            "markers": [{"number": m.number, "offset": m.offset} for m in self.markers],
            "warnings": list(self.warnings),
        }
