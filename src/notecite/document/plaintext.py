"""Read plain text (typically copied from a web page) whose notes follow a "Notes"-like heading.

Notes start with a number ("1.", "[1]", "(1)", "1 ", "¹"), a bullet ("- ") or a back link
("back to text - "), or are separated by back-link lines ("back to text", "↩"). Lines after
the last note that carry no note start (a dateline, a lone "back to text") are not notes.
Body markers are found by :mod:`notecite.document.markers`; notes are matched to them by
:mod:`notecite.document.reconcile`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from ..errors import InputError
from .bibliography import is_bibliography_heading
from .decode import decode_text
from .gutenberg import document_of_printed_notes
from .markers import ROMAN_NUMERAL, as_markers, find_markers, roman_value
from .model import Document, Note
from .reconcile import reconcile
from .textbuild import join_broken_words

#: Note-section headings, best first: a bibliography-like heading ranks below a notes heading.
_HEADINGS = [
    re.compile(r"(?:foot|end)\s*-?\s*notes|notes(?:\s+and\s+(?:references|sources))?", re.I),
    re.compile(r"references|sources|bibliographical\s+notes", re.I),
]
_HEADING_LINE = re.compile(r"^\s*(?:#{1,6}\s*)?(?P<word>[A-Za-z][A-Za-z -]*?)\s*:?\s*$")

_BACK = r"(?:back\s+to\s+(?:text|top|article)|return\s+to\s+(?:text|article)|\u21a9\ufe0e?|\u21a9\ufe0f?|\u2191|\^)"
_LEAD_BACK = re.compile(rf"^\[?{_BACK}\]?\s*(?:[-\u2013\u2014:|]\s*)?", re.I)
_TRAIL_BACK = re.compile(rf"\s*\[?{_BACK}\]?$", re.I)
#: The last character of every :data:`_BACK` (in lower case): a line ending on any other has no back link.
_BACK_ENDS = frozenset("tpe\u21a9\ufe0e\ufe0f\u2191^")
_SEPARATOR = re.compile(rf"^\[?(?:{_BACK}|back|return|top)\]?$", re.I)
#: A note starts with its number: up to five digits, so long documents keep notes 1000 and up (a stop after a
#: bracketed number, ``[1]. Text``, as a superscript number and its stop read from a web page, goes with it). A
#: number glued to a capital or an opening quotation mark (``1Victor Serge, …``: a superscript copied as text) is a
#: bare number.
_NUMBERED = re.compile(
    r"^(?:\[(?P<b>\d{1,5})\][.:]?\s*|\[(?P<r>" + ROMAN_NUMERAL + r")\][.:]?\s*|\((?P<p>\d{1,5})\)\s*|(?P<d>\d{1,5})[.)](?:\s+|$)"
    r"|(?P<s>[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{1,5})\s*|(?P<n>\d{1,5})\s+(?=\S)"
    r"|(?P<g>\d{1,5})(?=[A-Z\u00c0-\u00de\u201c\u2018\u201e\u00ab\u00bb\"'(\[]))"
)
#: What a count of volumes or parts opens on (``2 vols.``, ``3 Bde.``, ``2 tomes``): after a bare number, the words of a
#: note cut mid-line, not a note of its own.
_COUNTED = re.compile(r"(?:vols?|volumes?|v|bde?|bände|t|tomes?|tomos?|parts?|pts?|books?|bks?)\b", re.I)
#: A note number with OCR's letter-for-digit confusions ("l0.", "1l.", "2O."): a start only when it reads as expected.
_OCR_NUMBERED = re.compile(r"^(?=[lIOo]*\d)(?P<d>[\dlIOo]{2,3})[.)]\s+")
_OCR_DIGITS = str.maketrans("lIOo", "1100")
_SUPER = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789")
_BULLET = re.compile(r"^[-\u2013\u2014\u2022*\u00b7]\s+")
#: Largest forward jump in explicit note numbers still taken as a note start.
_MAX_JUMP = 3
#: A printed page's running head or foot: an upper-case phrase with the page number before or after it.
_RUNNING_HEAD = re.compile(r"^(?:\d{1,4}\s+)?(?P<head>[A-Z][A-Z&'\u2019.,:\- ]{3,}[A-Z.])(?:\s+\d{1,4})?$")


#: A line that closes a sentence or a bracket (a note's text may end there).
_CLOSED_LINE = re.compile(r"[.!?)\]\"\u201d\u2019]$")


@dataclass
class _Line:
    start: int  # offset of the line in the source
    raw: str


@dataclass
class _Draft:
    number: Optional[int]
    start: int
    end: int
    lines: list[str] = field(default_factory=list)
    line_no: int = 0


def _trailing_back_link(content: str) -> Optional[re.Match[str]]:
    """:data:`_TRAIL_BACK`'s match in ``content`` (a back link ending it, ``… back to text``), or None."""
    last = content[-2:-1] if content.endswith("]") else content[-1:]
    if last.lower() not in _BACK_ENDS:
        return None  # the regex tries every position of the line: most lines end on no back link's last letter
    return _TRAIL_BACK.search(content)


def _heading_rank(line: str) -> Optional[int]:
    """The rank in :data:`_HEADINGS` of a notes-section heading line, or None for any other line."""
    lowered = line.lower()
    if "notes" not in lowered and "references" not in lowered and "sources" not in lowered:
        return None  # every heading of _HEADINGS has one of these words; most lines have none
    m = _HEADING_LINE.match(line)
    if not m:
        return None
    for rank, pattern in enumerate(_HEADINGS):
        if pattern.fullmatch(m.group("word").strip()):
            return rank
    return None


def _number_of(m: re.Match[str]) -> tuple[int, bool]:
    """The note number of a numbered start and whether it is a bare "1 " form."""
    if m.group("s"):
        return int(m.group("s").translate(_SUPER)), False
    if m.group("r"):
        return roman_value(m.group("r")), False  # "[iv]": web copies of Word's notes number them so
    for key in "bpd":
        if m.group(key):
            return int(m.group(key)), False
    return int(m.group("n") or m.group("g")), True  # "5 Irving Howe, …", or its number glued on: "5Irving Howe, …"


class _BlockParser:
    """Split the lines of a notes section into note drafts."""

    def __init__(self, lines: list[_Line], first_line_no: int, heads: frozenset[str] = frozenset()):
        self.lines = lines
        self.first_line_no = first_line_no
        self.heads = heads
        self.warnings: list[str] = []

    def _classify(self, text: str, expected: int, first: bool, open_end: bool = False, numbered: bool = False):
        """(kind, number, content offset) of a stripped line: kind in start/sep/plain.

        ``open_end`` says the note before stops mid-sentence, so a bare "2 vols." continues it;
        ``numbered`` says the notes so far carry numbers, so a bulleted line (a page's link list) starts none.
        """
        lead = _LEAD_BACK.match(text)
        pos = lead.end() if lead and lead.end() > 0 else 0
        if _SEPARATOR.match(text):
            return "sep", None, len(text)
        rest = text[pos:]
        m = _NUMBERED.match(rest)
        if m:
            number, bare = _number_of(m)
            if bare and open_end:  # "2 vols., 1890)" goes on with a note cut mid-line; "2 Author, …" opens the next
                ok = number == expected and _opens_note(rest[m.end():]) and not _COUNTED.match(rest[m.end():])
            elif bare:  # "5 Irving Howe, …" after a note whose own "4 …" was lost inside the one before
                ok = number == expected or number == expected + 1 and _opens_note(rest[m.end():])
            else:
                ok = expected <= number <= expected + _MAX_JUMP
            if first and not bare:
                ok = True
            if ok:
                end = pos + m.end()
                after = _LEAD_BACK.match(text[end:])  # "1. ^ Author…", "1. ↩ Author…"
                if after and after.end() > 0:
                    end += after.end()
                return "start", number, end
        if rest.isdecimal() and len(rest) <= 5 and int(rest) == expected:
            return "start", expected, len(text)  # the number alone on its line, its note's text on the next
        ocr = _OCR_NUMBERED.match(rest) if not m and rest[:1] in "123456789lIOo" else None
        if ocr and int(ocr.group("d").translate(_OCR_DIGITS)) == expected:
            return "start", expected, pos + ocr.end()
        b = None if numbered else _BULLET.match(rest)
        if b:
            return "start", None, pos + b.end()
        if pos:
            return "start", None, pos
        return "plain", None, 0

    def parse(self) -> tuple[list[_Draft], bool]:
        """The drafts and whether the notes carried explicit numbers."""
        drafts: list[_Draft] = []
        cur: Optional[_Draft] = None
        gap = False  # a blank line or separator since the current note's last line
        pending: list[tuple[int, _Line, str, int, int]] = []  # (line no, line, content, start, end)
        any_start = False
        numbered = False
        leading_sep = None
        chunks: list[tuple[list[tuple[int, int, str]], str]] = []  # unmarked style: (lines, ended by)
        plain_chunk: list[tuple[int, int, str]] = []

        last_numbered = (0, -1)  # (number, index in drafts) of the last draft with a number

        def expected() -> int:
            """The number the next note should carry: one past the last numbered draft's run."""
            number, index = last_numbered
            return number + len(drafts) - index if index >= 0 else len(drafts) + 1

        blank = False  # the lines since the last line with text are all blank
        gap_at_text = False  # ``gap`` as the last line with text left it
        page_break = False  # since a running head: blank lines do not end the note
        for idx, line in enumerate(self.lines):
            line_no = self.first_line_no + idx
            stripped = line.raw.strip()
            if self.heads and _running_head(stripped) in self.heads or self._page_number(idx, expected()):
                gap, page_break = gap_at_text if blank else gap, True
                continue
            if not stripped:
                if page_break:
                    continue
                if not blank:
                    gap_at_text, blank = gap, True
                gap = True
                if plain_chunk:
                    chunks.append((plain_chunk, "blank"))
                    plain_chunk = []
                continue
            page_break = blank = False
            lstart = line.start + (len(line.raw) - len(line.raw.lstrip()))
            open_end = cur is not None and not gap and not _CLOSED_LINE.search(cur.lines[-1])
            kind, number, cpos = self._classify(stripped, expected(), not drafts, open_end, numbered)
            if leading_sep is None:
                leading_sep = kind == "sep"
            if kind == "sep":
                cur, gap = None, True
                chunks.append((plain_chunk, "sep"))
                plain_chunk = []
                continue
            content = stripped[cpos:]
            trail = _trailing_back_link(content)
            closed_after = bool(trail and trail.start() > 0)
            if closed_after:
                content = content[: trail.start()]
            content = content.rstrip()
            cstart = lstart + cpos
            cend = cstart + len(content)
            if kind == "start":
                any_start = True
                if pending:
                    self._absorb_pending(drafts, pending)
                    pending = []
                if number is not None:
                    numbered = True
                cur = _Draft(number, cstart, cend, [content], line_no)
                drafts.append(cur)
                if number is not None:
                    last_numbered = (number, len(drafts) - 1)
                gap = False
            elif cur is not None and not gap and cur.lines == [""]:  # the text of a number alone on its line
                cur.lines, cur.start, cur.end = [content], cstart, cend
            elif cur is not None and not gap:
                cur.lines.append(content)
                cur.end = cend
            else:
                pending.append((line_no, line, content, cstart, cend))
            plain_chunk.append((cstart, cend, content))
            if closed_after:
                cur, gap = None, True
                chunks.append((plain_chunk, "sep"))
                plain_chunk = []
        if plain_chunk:
            chunks.append((plain_chunk, "end"))

        if not any_start:
            return self._unmarked(chunks, bool(leading_sep)), False
        if pending:
            if drafts:
                shown = " / ".join(p[2] for p in pending)
                self.warnings.append(
                    f"ignored {len(pending)} line(s) after the last note (line {pending[0][0]}): {_clip(shown)}"
                )
        return drafts, numbered

    def _page_number(self, idx: int, expected: int) -> bool:
        """Whether line ``idx`` is a page number printed alone: a number (not the ``expected`` note's)
        between blank lines."""
        text = self.lines[idx].raw.strip()
        if not (text.isdecimal() and len(text) <= 4) or int(text) == expected or not 0 < idx < len(self.lines) - 1:
            return False
        return not self.lines[idx - 1].raw.strip() and not self.lines[idx + 1].raw.strip()

    def _absorb_pending(self, drafts: list[_Draft], pending) -> None:
        """Lines with no note start between two notes: kept with the note before them."""
        if not drafts:
            shown = " / ".join(p[2] for p in pending)
            self.warnings.append(f"ignored text before the first note (line {pending[0][0]}): {_clip(shown)}")
            return
        last = drafts[-1]
        for _, _, content, _, cend in pending:
            last.lines.append(content)
            last.end = cend
        self.warnings.append(
            f"line(s) {pending[0][0]}-{pending[-1][0]} carry no note start; kept with the note before them"
        )

    def _unmarked(self, chunks, leading_sep: bool) -> list[_Draft]:
        """Notes without start marks: the text between separator lines ("↩", "back to text"),
        else one per paragraph, else one per line. With separators after each note, text after
        the last separator is not a note."""
        groups: list[list[tuple[int, int, str]]] = []
        if any(end == "sep" for _, end in chunks):
            current: list[tuple[int, int, str]] = []
            for items, end in chunks:
                current.extend(items)
                if end == "sep":
                    groups.append(current)
                    current = []
            if current:
                if leading_sep:
                    groups.append(current)
                else:
                    shown = " / ".join(c[2] for c in current)
                    self.warnings.append(f"ignored text after the last note separator: {_clip(shown)}")
        else:
            groups = [items for items, _ in chunks]
            if len(groups) == 1:
                groups = [[item] for item in groups[0]]
        return [_Draft(None, g[0][0], g[-1][1], [c[2] for c in g]) for g in groups if g]


def _opens_note(text: str) -> bool:
    """Whether ``text`` opens like a note: a capital letter or an opening quotation mark."""
    return text[:1].isupper() or text[:1] in "\"\u201c\u2018'"


def _running_head(line: str) -> Optional[str]:
    """The upper-case phrase of a running head or foot line ("24 AGAINST THE CURRENT"), else None."""
    if len(line) > 70 or not (line[:1].isdigit() or line[:1].isupper()):
        return None
    m = _RUNNING_HEAD.match(line)
    return m.group("head") if m and m.group("head") != line else None


def _running_heads(lines: list[_Line]) -> frozenset[str]:
    """The running heads of a printed text: a :func:`_running_head` phrase found on two lines or more."""
    counts = Counter(head for line in lines if (head := _running_head(line.raw.strip())))
    return frozenset(head for head, count in counts.items() if count >= 2)


def _clip(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _split_lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(pos, raw))
        pos += len(raw) + 1
    return lines


def _parse_section(
    lines: list[_Line], start_index: int, heads: frozenset[str]
) -> tuple[list[_Draft], bool, list[str]]:
    """Parse lines[start_index:] up to the next notes or bibliography heading, skipping the running ``heads``."""
    block = []
    for line in lines[start_index:]:
        if (_heading_rank(line.raw) is not None or is_bibliography_heading(line.raw)) and block:
            break
        block.append(line)
    parser = _BlockParser(block, start_index + 1, heads)
    drafts, numbered = parser.parse()
    return drafts, numbered, parser.warnings


def _locate_notes(path: str, text: str, lines: list[_Line]):
    """(index of the first line of the notes section, drafts, numbered, warnings)."""
    heads = _running_heads(lines)
    headings = [(rank, i) for i, line in enumerate(lines) if (rank := _heading_rank(line.raw)) is not None]
    for rank in range(len(_HEADINGS)):
        for _, i in sorted((h for h in headings if h[0] == rank), key=lambda h: -h[1]):
            drafts, numbered, warnings = _parse_section(lines, i + 1, heads)
            if drafts:
                return i, drafts, numbered, warnings
    # No heading: the trailing numbered list that best matches the body's markers.
    best = None
    for i, line in enumerate(lines):
        m = _NUMBERED.match(line.raw.strip())
        if not m or _number_of(m)[0] != 1:
            continue
        drafts, numbered, warnings = _parse_section(lines, i, heads)
        if len(drafts) < 2 or not numbered:
            continue
        _, chain = find_markers(text[: line.start])
        score = (-abs(len(chain) - len(drafts)) if chain else -len(drafts) - 1000, i)
        if best is None or score > best[0]:
            best = (score, i, drafts, numbered, warnings)
    if best is None:
        raise InputError(path, "no notes found: no \"Notes\"/\"Footnotes\" heading and no numbered note list")
    _, i, drafts, numbered, warnings = best
    return i - 1, drafts, numbered, warnings + [
        f"no notes heading found; took the numbered list from line {i + 1} as the notes"
    ]


def read_text(path: str, data: bytes) -> Document:
    """Read a plain-text document from ``data``; InputError if it is binary or has no notes."""
    text, warnings = decode_text(path, data)
    return document_from_text(path, text, warnings)


def document_from_text(path: str, text: str, warnings: list[str], fmt: str = "text") -> Document:
    """The :class:`Document` of decoded plain ``text``; InputError if it holds no notes."""
    if not text.strip():
        raise InputError(path, "empty document")
    lines = _split_lines(text)
    printed = document_of_printed_notes(path, text, warnings, fmt)  # a Project Gutenberg book's "[1] …" paragraphs
    try:
        heading_index, drafts, numbered, section_warnings = _locate_notes(path, text, lines)
    except InputError:
        if printed is None:
            raise
        return printed
    if printed is not None and len(printed.notes) > len(drafts):
        return printed  # notes after each paragraph or under each chapter's "FOOTNOTES:", not one list
    warnings = list(warnings) + section_warnings
    body_end = lines[heading_index].start if heading_index >= 0 else 0
    body = text[:body_end].rstrip("\n")
    _, chain = find_markers(body)
    markers = as_markers(chain)
    body += _bibliography_after_the_notes(text, lines, heading_index + 1)
    notes = _number(drafts, numbered)
    notes, rec_warnings = reconcile(notes, markers, numbered=numbered, allow_split=True)
    warnings.extend(rec_warnings)
    warnings.extend(f"note numbers jump from {before.number} to {after.number}"
                    for before, after in zip(notes, notes[1:]) if after.number != before.number + 1)
    return Document(path=path, format=fmt, body=body, notes=notes, markers=markers, warnings=warnings, source=text)


def _bibliography_after_the_notes(text: str, lines: list[_Line], notes_start: int) -> str:
    """The bibliography that follows the notes section (``References`` after ``Notes``), from its heading to the end
    of ``text``, after a blank line (the body keeps it, as it keeps a bibliography before the notes); empty when none
    follows."""
    for line in lines[notes_start:]:
        if is_bibliography_heading(line.raw):
            return "\n\n" + text[line.start:].rstrip("\n")
    return ""


def _number(drafts: list[_Draft], numbered: bool) -> list[Note]:
    """Notes numbered as written (missing numbers follow the previous one) or by position."""
    notes: list[Note] = []
    previous = 0
    for pos, draft in enumerate(drafts, 1):
        if numbered:
            number = draft.number if draft.number is not None else previous + 1
        else:
            number = pos
        previous = number
        notes.append(Note(number, join_broken_words("\n".join(draft.lines)), (draft.start, draft.end)))
    return notes
