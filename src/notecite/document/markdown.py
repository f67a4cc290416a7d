"""Read Markdown with pandoc footnotes: ``[^label]`` references, ``[^label]: text`` definitions
(continued by indented lines) and inline ``^[text]`` notes.

Notes are numbered in the order of their first reference, as pandoc numbers them; the body
is the text without definitions, each note call written ``[^n]``. Markdown without any pandoc
footnote is read like plain text (``[1]`` or superscript markers in the body, a "Notes" heading
and a numbered list), its notes' inline markup turned into plain text and italics.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError
from .decode import decode_text
from .mdinline import to_plain
from .model import Document, Marker, Note
from .plaintext import document_from_text
from .reconcile import reconcile

_DEFINITION = re.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]+)\]:[ \t]?")
_REFERENCE = re.compile(r"\[\^(?P<label>[^\]\s]+)\](?!:)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_INDENTED = re.compile(r"^(?: {4}|\t)")
#: A note number written as a link to an anchor of the page, as converters write a web page's note
#: markers and labels: ``[\[1\]](#_edn1)``, ``[1](#fn1)``, ``^[1](#fn1)^``.
_ANCHOR_LABEL = re.compile(r"\^?\[(?:\\?\[(?P<a>\d{1,4})\\?\]|(?P<b>\d{1,4}))\]\(#[^)\s]*\)\^?")


@dataclass
class _Definition:
    label: str
    start: int  # source offset of the first content character
    end: int
    text: str  # dedented Markdown
    line: int


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((pos, raw))
        pos += len(raw) + 1
    return out


def _scan(text: str, warnings: list[str]):
    """Split the source into definitions and body segments (offset, text, is_code)."""
    lines = _lines_with_offsets(text)
    definitions: dict[str, _Definition] = {}
    body_pieces: list[tuple[int, list[str], bool]] = []  # lines joined once at the end (linear time)
    piece_end = -1

    def keep(offset: int, raw: str, code: bool) -> None:
        nonlocal piece_end
        last = body_pieces[-1] if body_pieces else None
        if last and last[2] == code and piece_end == offset:
            last[1].append(raw + "\n")
        else:
            body_pieces.append((offset, [raw + "\n"], code))
        piece_end = offset + len(raw) + 1

    fence = None
    i = 0
    while i < len(lines):
        offset, raw = lines[i]
        fm = _FENCE.match(raw)
        if fence is not None:
            if fm and fm.group(1)[0] == fence[0] and len(fm.group(1)) >= len(fence):
                fence = None
            keep(offset, raw, True)
            i += 1
            continue
        if fm:
            fence = fm.group(1)
            keep(offset, raw, True)
            i += 1
            continue
        dm = _DEFINITION.match(raw)
        if not dm:
            keep(offset, raw, False)
            i += 1
            continue
        content_lines = [raw[dm.end():]]
        start = offset + dm.end()
        end = offset + len(raw)
        j = i + 1
        while j < len(lines):
            o2, r2 = lines[j]
            if not r2.strip():
                # a blank line continues the note only if an indented line follows
                k = j
                while k < len(lines) and not lines[k][1].strip():
                    k += 1
                if k < len(lines) and _INDENTED.match(lines[k][1]):
                    content_lines.extend("" for _ in range(k - j))
                    j = k
                    continue
                break
            if _DEFINITION.match(r2) or (not _INDENTED.match(r2) and not content_lines[-1].strip()):
                break
            content_lines.append(_INDENTED.sub("", r2, count=1).strip() if _INDENTED.match(r2) else r2.strip())
            end = o2 + len(r2)
            j += 1
        label = dm.group("label")
        paragraphs = "\n".join(l.strip() for l in content_lines).strip().split("\n\n")
        joined = "\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
        definition = _Definition(label, start, end, joined, i + 1)
        if label in definitions:
            warnings.append(f"footnote [^{label}] is defined twice (lines {definitions[label].line} and {i + 1}); kept the first")
        else:
            definitions[label] = definition
        i = j
    return definitions, [(offset, "".join(parts), code) for offset, parts, code in body_pieces]


def _inline_note_end(text: str, start: int) -> int:
    """Offset just past the ``]`` matching the ``[`` at ``start``; -1 if unclosed."""
    depth = 0
    i = start
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def read_markdown(path: str, data: bytes) -> Document:
    """Read Markdown with pandoc footnotes; InputError for a reference to an undefined footnote."""
    source, warnings = decode_text(path, data)
    text = _anchor_labels_as_numbers(source)
    definitions, pieces = _scan(text, warnings)
    if not definitions and not any(not code and (_REFERENCE.search(piece) or "^[" in piece)
                                   for _, piece, code in pieces):
        document = _read_as_text(path, text, warnings)
        document.source = source
        return document
    numbers: dict[str, int] = {}
    notes: list[Note] = []
    markers: list[Marker] = []
    body_parts: list[str] = []
    body_len = 0
    for offset, piece, is_code in pieces:
        if is_code:
            body_parts.append(piece)
            body_len += len(piece)
            continue
        pos = 0
        out: list[str] = []
        out_len = 0  # sum of the lengths in ``out``
        inline = ref_at = -2  # next "^[" and next reference at or after ``pos`` (-2: look again)
        ref: re.Match[str] | None = None
        while True:
            if ref_at == -2 or (ref is not None and ref.start() < pos):
                ref = _REFERENCE.search(piece, pos)
                ref_at = 0
            if inline == -2 or 0 <= inline < pos:
                inline = piece.find("^[", pos)
                while inline > 0 and piece[inline - 1] == "\\":
                    inline = piece.find("^[", inline + 1)
            if ref is None and inline < 0:
                break
            if inline >= 0 and (ref is None or inline < ref.start()):
                end = _inline_note_end(piece, inline + 1)
                if end < 0:
                    out.append(piece[pos : inline + 2])
                    out_len += len(out[-1])
                    pos = inline + 2
                    continue
                out.append(piece[pos:inline])
                out_len += len(out[-1])
                number = len(notes) + 1
                raw = piece[inline + 2 : end - 1]
                plain, italics = to_plain(" ".join(raw.split()))
                notes.append(Note(number, plain, (offset + inline + 2, offset + end - 1), italics))
                mark = f"[^{number}]"
                markers.append(Marker(number, body_len + out_len))
                out.append(mark)
                out_len += len(mark)
                pos = end
                continue
            label = ref.group("label")
            out.append(piece[pos : ref.start()])
            out_len += len(out[-1])
            if label not in definitions:
                line = text[: offset + ref.start()].count("\n") + 1
                raise InputError(path, f"footnote reference [^{label}] has no definition", line)
            if label not in numbers:
                number = len(notes) + 1
                numbers[label] = number
                d = definitions[label]
                plain, italics = to_plain(d.text)
                notes.append(Note(number, plain, (d.start, d.end), italics))
            markers.append(Marker(numbers[label], body_len + out_len))
            out.append(f"[^{numbers[label]}]")
            out_len += len(out[-1])
            pos = ref.end()
        out.append(piece[pos:])
        joined = "".join(out)
        body_parts.append(joined)
        body_len += len(joined)
    unused = [d for label, d in definitions.items() if label not in numbers]
    for d in unused:
        number = len(notes) + 1
        plain, italics = to_plain(d.text)
        notes.append(Note(number, plain, (d.start, d.end), italics))
        warnings.append(f"footnote [^{d.label}] (line {d.line}) is never referenced; kept as note {number}")
    notes, more = reconcile(notes, markers, numbered=True, allow_split=False)
    warnings.extend(w for w in more if "have no marker" not in w or not unused)
    body = "".join(body_parts).rstrip("\n")
    return Document(path=path, format="markdown", body=body, notes=notes, markers=markers, warnings=warnings,
                    source=source)


def _anchor_labels_as_numbers(text: str) -> str:
    """``text`` with each :data:`_ANCHOR_LABEL` written ``[n]`` and padded with spaces to its length
    (so offsets into the source still hold)."""
    if "](#" not in text:
        return text
    return _ANCHOR_LABEL.sub(lambda m: f"[{m.group('a') or m.group('b')}]".ljust(len(m.group(0))), text)


def _read_as_text(path: str, text: str, warnings: list[str]) -> Document:
    """Markdown without pandoc footnotes, read by the plain-text reader; notes without markup."""
    try:
        document = document_from_text(path, text, warnings, fmt="markdown")
    except InputError as error:
        if not error.problem.startswith("no notes found: "):
            raise
        raise InputError(path, "no footnotes or endnotes found: no pandoc footnotes ([^1]) and "
                         + error.problem.removeprefix("no notes found: ")) from None
    notes = []
    for note in document.notes:
        plain, italics = to_plain(note.text)
        notes.append(Note(note.number, plain, note.span, italics))
    document.notes = notes
    return document
