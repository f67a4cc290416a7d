"""Notes set as Project Gutenberg's plain-text books set them: each note a paragraph of its own opening on its
label in brackets, ``[1] text`` or ``[Footnote 1: text]`` / ``[1: text]`` (closed by a bracket, perhaps paragraphs
later), placed after the paragraph that calls it, under a ``FOOTNOTES:`` line at the end of each chapter, or
gathered at the end of the book; the body calls each note by its label in brackets (``[1]``, ``[Footnote 1]``).

Labels restart in each chapter (or run on, or are letters): notes are numbered through the document in the order
they are printed, and each call is matched to the next note printed with its label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Document, Marker, Note
from .textbuild import join_broken_words

#: The word that may name a note in its bracket (``Footnote``, ``Fußnote``).
_WORD = r"(?:(?:Foot|Fu(?:ß|ss))?[Nn]ote|Anmerkung)"
#: A note's opening at the start of a paragraph: its label in brackets (``[1]``), or the label and a colon inside
#: the bracket that closes the note (``[Footnote 1:``, ``[1:``, ``[Note A:``).
_OPENING = re.compile(r"[ \t]*\[(?:" + _WORD + r"\s+)?(?P<label>\d{1,4}|[A-Z])(?P<colon>\s*:|\])[ \t]*")
#: A call of a note in the body.
_CALL = re.compile(r"\[(?:" + _WORD + r"\s+)?(?P<label>\d{1,4}|[A-Z])\]")
#: A line that only heads notes (``FOOTNOTES:``, ``Footnotes``): not body text.
_NOTES_HEADING = re.compile(r"[ \t]*(?:FOOT-?NOTES?|Foot-?notes?|NOTES?|Notes?|Fußnoten|Anmerkungen)\s*[:.]?[ \t]*")
#: Fewest notes printed this way for a document to be read so, unless the body calls every one of them.
MINIMUM_NOTES = 3
#: The longest note read (characters): a bracket not closed by then closes no note.
LONGEST_NOTE = 20_000
#: A text opening on a bracket; a blank line before a paragraph opening on one (a pattern that opens on a newline,
#: which ``re`` skips to fast, not tried at every offset of the book); a blank line (the end of a ``[1] …`` paragraph).
_BRACKET_FIRST = re.compile(r"[ \t]*\[")
_BLANK_LINE_BEFORE_A_BRACKET = re.compile(r"\n[ \t]*\n(?=[ \t]*\[)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BRACKET = re.compile(r"[\[\]]")


@dataclass
class _Printed:
    label: str
    start: int  # where the paragraph opens in the source
    text_start: int  # where the note's own text opens, after its label
    end: int  # where the note's text ends (before a closing bracket)
    after: int  # where the paragraph (with its closing bracket) ends


def _paragraphs_on_a_bracket(text: str) -> list[int]:
    """Where each paragraph of ``text`` that opens on a bracket starts (its blank line before it left out), in order."""
    starts = [0] if _BRACKET_FIRST.match(text) else []
    return starts + [blank.end() for blank in _BLANK_LINE_BEFORE_A_BRACKET.finditer(text)]


def printed_notes(text: str) -> list[_Printed]:
    """Every note ``text`` prints as a bracket-labelled paragraph, in order."""
    openings = [opening for start in _paragraphs_on_a_bracket(text) if (opening := _OPENING.match(text, start))]
    found: list[_Printed] = []
    for k, opening in enumerate(openings):
        start = opening.start()
        if found and start < found[-1].after:
            continue  # inside a bracketed note that runs over paragraphs
        if opening["colon"] == "]":
            blank = _BLANK_LINE.search(text, opening.end())
            end = blank.start() if blank else len(text)
            found.append(_Printed(opening["label"], start, opening.end(), end, end))
            continue
        limit = min(openings[k + 1].start() if k + 1 < len(openings) else len(text), start + LONGEST_NOTE)
        close = _closing_bracket(text, start, limit)
        if close is not None:
            found.append(_Printed(opening["label"], start, opening.end(), close, close + 1))
    return found


def _closing_bracket(text: str, start: int, limit: int) -> int | None:
    """The offset of the ``]`` that closes the bracket opening at ``start`` (brackets inside counted) before
    ``limit`` (the next note's opening, or :data:`LONGEST_NOTE` characters on), or None."""
    depth = 0
    for bracket in _BRACKET.finditer(text, start, limit):
        depth += 1 if bracket.group() == "[" else -1
        if depth == 0:
            return bracket.start()
    return None


def document_of_printed_notes(path: str, text: str, warnings: list[str], fmt: str = "text") -> Document | None:
    """The :class:`Document` of ``text`` when it prints its notes as bracket-labelled paragraphs
    (:data:`MINIMUM_NOTES` or more, or fewer that the body all calls), else None. The body is the text without
    those paragraphs and the lines heading them."""
    printed = printed_notes(text)
    if not printed:
        return None
    body_parts = []
    cursor = 0
    for note in printed:
        body_parts.append(text[cursor:note.start])
        cursor = note.after
    body_parts.append(text[cursor:])
    body = "".join(_without_notes_headings(part) for part in body_parts)
    notes = [Note(number, _joined(text[note.text_start:note.end]), (note.text_start, note.end))
             for number, note in enumerate(printed, 1)]
    markers = []
    waiting = 0  # the next printed note whose call is still to come
    for call in _CALL.finditer(body):
        ahead = next((k for k in range(waiting, min(len(printed), waiting + 3)) if printed[k].label == call["label"]), None)
        if ahead is not None:
            markers.append(Marker(ahead + 1, call.start()))
            waiting = ahead + 1
    if len(printed) < MINIMUM_NOTES and len(markers) < len(printed):
        return None  # one or two bracketed paragraphs no call names: an editor's aside, not notes
    labels = [note.label for note in printed]
    if len(set(labels)) < len(labels):
        warnings = [*warnings, f"note labels repeat ({len(labels)} notes, {len(set(labels))} labels): "
                    f"notes numbered 1–{len(labels)} through the document in the order printed"]
    if len(markers) < len(notes):
        warnings = [*warnings, f"{len(notes) - len(markers)} of {len(notes)} notes have no call in the body"]
    return Document(path=path, format=fmt, body=body, notes=notes, markers=markers, warnings=list(warnings), source=text)


def _without_notes_headings(part: str) -> str:
    """``part`` of the body without the lines that only head notes (``FOOTNOTES:``)."""
    if "ote" not in part and "OTE" not in part and "ußnoten" not in part and "nmerkungen" not in part:
        return part
    return "\n".join(line for line in part.split("\n") if not _NOTES_HEADING.fullmatch(line))


def _joined(note: str) -> str:
    """A note's text with its lines joined as the plain-text reader joins them."""
    return join_broken_words("\n".join(line.strip() for line in note.strip().split("\n")))
