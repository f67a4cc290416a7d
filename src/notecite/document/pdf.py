"""Read a PDF with a text layer: footnotes told apart from the body by position and font size.

Characters come from pdfplumber (MIT). On each page they are grouped into lines by baseline;
a line of small raised digits is a superscript and joins the line below it. Pages set in two
columns are read column by column (a gutter that almost no line crosses). In each column the
footnote area is the run of lines at the foot that starts with a note number (superscript, or
plain and the next expected one) and either lies below a short horizontal rule (the footnote
separator) or is set smaller than the body text. Page numbers at the foot are dropped. A note
that runs on to the next page continues there. Superscript numbers in the body are the markers
(written ``[n]``). A PDF without such footnotes is read as plain text, so endnotes under a
"Notes" heading are found as in a web copy. Italic fonts are kept as a hint for titles.
"""
from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable, Optional

from ..errors import InputError
from .decode import LIGATURES
from .model import Document, Marker, Note
from .plaintext import document_from_text
from .reconcile import reconcile
from .textbuild import TextBuilder

#: A footnote line is set at most this fraction of the body size (when no rule marks the area).
SMALL = 0.92
#: A superscript is at most this fraction of the size of the line it is raised from.
SUPERSCRIPT = 0.85
_ITALIC = re.compile(r"italic|oblique|(?:^|[-,+])it$|cmti\d|cmsl\d|lmroman\d+-italic|-ital", re.I)
_FOOTER = re.compile(r"^(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_STAMP = re.compile(r"^(?:this content downloaded from|downloaded from|all use subject to)\b", re.I)
_PLAIN_NUMBER = re.compile(r"^(\d{1,3})[.)]?\s+(?=\S)")


@dataclass
class _Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    base: float  # baseline, measured from the top of the page
    size: float
    italic: bool
    sup: bool = False


@dataclass
class _Line:
    chars: list[_Char]
    page: int
    note_number: Optional[int] = None  # set when the line starts a footnote
    skip: int = 0  # leading characters that are the note's own number

    @property
    def base(self) -> float:
        return statistics.median(c.base for c in self.chars if not c.sup) if self.normal else self.chars[0].base

    @property
    def normal(self) -> list[_Char]:
        return [c for c in self.chars if not c.sup]

    @property
    def size(self) -> float:
        return statistics.median(c.size for c in (self.normal or self.chars))

    @property
    def x0(self) -> float:
        return min(c.x0 for c in self.chars)

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.chars)

    def plain(self) -> str:
        return "".join(text for text, _, _ in _pieces(self.chars)).strip()


def read_pdf(path: str, data: bytes) -> Document:
    """Read a PDF's footnotes (or, failing them, its endnotes); InputError if it cannot be read."""
    pages, rules = _load(path, data)
    chars = [c for page in pages for c in page]
    if not any(c.text.strip() for c in chars):
        raise InputError(path, "the PDF has no text layer (a scan? run OCR on it first)")
    body_size = Counter(round(c.size * 2) / 2 for c in chars if c.text.strip()).most_common(1)[0][0]
    streams = [([_drop_page_numbers(column) for column in _columns(page_chars, number)], page_rules)
               for number, (page_chars, page_rules) in enumerate(zip(pages, rules), 1)]
    streams = _drop_furniture(streams)
    body_lines: list[_Line] = []
    note_lines: list[_Line] = []
    for columns, page_rules in streams:
        for column in columns:
            split = _footnote_start(column, page_rules, body_size, bool(note_lines))
            body_lines += column[:split]
            note_lines += column[split:]
    if not any(line.note_number is not None for line in note_lines):
        return _as_text(path, [line for columns, _ in streams for column in columns for line in column])
    notes = _notes(note_lines)
    body, markers = _body(body_lines)
    warnings: list[str] = []
    if _restarts(notes):
        notes = [replace(note, number=i) for i, note in enumerate(notes, 1)]
        body, markers = _renumber(body, markers)
        warnings.append("note numbers start again on each page; notes and markers numbered through in reading order")
    notes, more = reconcile(notes, markers, numbered=True, allow_split=False)
    warnings.extend(more)
    return Document(path=path, format="pdf", body=body, notes=notes, markers=markers, warnings=warnings)


def _load(path: str, data: bytes) -> tuple[list[list[_Char]], list[list[tuple[float, float, float]]]]:
    """Each page's characters and its horizontal rules (x0, x1, top)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFException
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(path, "not a PDF file (no %PDF header)")
    pages: list[list[_Char]] = []
    rules: list[list[tuple[float, float, float]]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                pages.append([_char(c) for c in page.chars if c.get("upright", True) and c.get("text")])
                rules.append([(r["x0"], r["x1"], r["top"]) for r in page.lines + page.rects
                              if abs(r["bottom"] - r["top"]) < 1.5 and r["x1"] - r["x0"] > 20])
                page.close()
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if isinstance(cause, PDFEncryptionError) or "password" in str(cause).lower():
            raise InputError(path, "the PDF is encrypted; save an unencrypted copy first") from None
        raise InputError(path, f"cannot read the PDF: {cause}") from None
    except (PDFException, PSException, ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
        raise InputError(path, f"cannot read the PDF: {error}") from None
    return pages, rules


def _char(c: dict) -> _Char:
    matrix = c.get("matrix") or (1, 0, 0, 1, 0, c["y0"])
    base = c["bottom"] - (matrix[5] - c["y0"])
    text = LIGATURES.get(c["text"], c["text"])
    return _Char(text, c["x0"], c["x1"], c["top"], c["bottom"], base, float(c["size"]),
                 bool(_ITALIC.search(c.get("fontname") or "")))


def _rows(chars: list[_Char]) -> list[list[_Char]]:
    """Characters grouped by baseline (within 1 pt), each row sorted left to right."""
    rows: list[list[_Char]] = []
    for char in sorted(chars, key=lambda c: (c.base, c.x0)):
        if rows and char.base - rows[-1][-1].base <= 1.0:
            rows[-1].append(char)
        else:
            rows.append([char])
    return [sorted(row, key=lambda c: c.x0) for row in rows if any(c.text.strip() for c in row)]


def _lines(chars: list[_Char], page: int) -> list[_Line]:
    """Characters grouped into lines, superscripts joined to the line they are raised from."""
    rows = _rows(chars)
    out: list[list[_Char]] = []
    raised: list[list[_Char]] = []
    for row in rows:
        row_size = max(c.size for c in row)
        below = [other for other in rows if 0 < other[0].base - row[0].base <= row_size + 3
                 and max(c.size for c in other) * SUPERSCRIPT >= row_size]
        if below and all(c.text.strip() == "" or c.text.isdigit() or c.text in ",*†‡§" for c in row):
            raised.append(row)
        else:
            out.append(row)
    for row in raised:
        candidates = [line for line in out if 0 < line[0].base - row[0].base <= max(c.size for c in row) + 3
                      and line[0].x0 - 2 * row[0].size - 2 <= row[0].x0 <= line[-1].x1 + 30]
        if not candidates:
            out.append(row)
            continue
        host = min(candidates, key=lambda line: line[0].base - row[0].base)
        for char in row:
            char.sup = True
        host.extend(row)
        host.sort(key=lambda c: c.x0)
    return [_Line(row, page) for row in sorted(out, key=lambda r: min(c.base for c in r if not c.sup)
                                                   if any(not c.sup for c in r) else r[0].base)]


def _columns(chars: list[_Char], page: int) -> list[list[_Line]]:
    """The page's lines in reading order: one stream, or full-width lines above, two columns, the rest.

    The gutter is an x in the middle of the page that at most a tenth of the rows cross, with
    text on both sides of it in at least three rows.
    """
    rows = _rows(chars)
    if len(rows) < 6:
        return [_lines(chars, page)]
    left = min(row[0].x0 for row in rows)
    right = max(row[-1].x1 for row in rows)
    width = right - left
    spans = [_wide_gaps(row) for row in rows]
    gutter = None
    for x in _frange(left + width * 0.35, left + width * 0.65, max(1.0, width * 0.3 / _GUTTER_TRIES)):
        crossing = sum(1 for span in spans if _covers(span, x))
        if crossing <= len(rows) * 0.1:
            lefts = sum(1 for row in rows if row[0].x1 <= x)
            rights = sum(1 for row in rows if row[-1].x0 >= x)
            if lefts >= 3 and rights >= 3 and (gutter is None or crossing < gutter[1]):
                gutter = (x, crossing)
    if gutter is None:
        return [_lines(chars, page)]
    x = gutter[0]
    spanning: list[_Char] = []
    left_chars: list[_Char] = []
    right_chars: list[_Char] = []
    for row, span in zip(rows, spans):
        if _covers(span, x):
            spanning += row
        else:
            left_chars += [c for c in row if c.x1 <= x]
            right_chars += [c for c in row if c.x1 > x]
    left_col, right_col = _lines(left_chars, page), _lines(right_chars, page)
    if not left_col or not right_col:
        return [_lines(chars, page)]
    first = min(line.base for line in left_col + right_col)
    full = _lines(spanning, page)
    top = [line for line in full if line.base < first]
    bottom = [line for line in full if line.base >= first]
    return [top + left_col, right_col + bottom]


#: At most this many positions tried for the gutter: every point on a page up to some 3,300 points wide (A0 is 2,384), more
#: thinly on a wider one (a damaged file's coordinates can span millions of points).
_GUTTER_TRIES = 1000


def _frange(start: float, stop: float, step: float) -> Iterable[float]:
    while start < stop:
        yield start
        start += step


def _wide_gaps(row: list[_Char]) -> tuple[float, float, list[tuple[float, float]]]:
    """A row's extent and its gaps wider than a generous word space (0.6 of its largest size)."""
    limit = 0.6 * max(c.size for c in row)
    gaps = []
    reach = row[0].x1
    for char in row[1:]:
        if char.x0 - reach >= limit:
            gaps.append((reach, char.x0))
        reach = max(reach, char.x1)
    return row[0].x0, reach, gaps


def _covers(span: tuple[float, float, list[tuple[float, float]]], x: float) -> bool:
    """Whether a row (as :func:`_wide_gaps` gives it) has text over ``x``: inside it and not in a wide gap."""
    x0, x1, gaps = span
    return x0 < x < x1 and not any(a <= x <= b for a, b in gaps)


def _drop_furniture(streams: list) -> list:
    """Without running heads and feet: the first or one of the last two lines of a column, not
    opening on a superscript, whose text (digits aside) recurs there at the same height on at
    least three pages and half of them, or that is a download stamp."""
    def key(line: _Line) -> tuple[str, int]:
        return re.sub(r"\d+", "#", line.plain().lower()), round(line.base / 3)

    def edges(column: list[_Line]) -> list[_Line]:
        lines = column[:1] + column[-2:] if len(column) > 3 else list(column)
        return [line for line in lines if not line.chars[0].sup]

    pages_with: Counter = Counter()
    for columns, _ in streams:
        pages_with.update({key(line) for column in columns for line in edges(column)})
    threshold = max(3, len(streams) / 2)
    furniture = {k for k, n in pages_with.items() if n >= threshold}
    out = []
    for columns, rules in streams:
        kept = []
        for column in columns:
            edge = {id(line) for line in edges(column)}
            kept.append([line for line in column if id(line) not in edge
                         or (key(line) not in furniture and not _STAMP.match(line.plain()))])
        out.append((kept, rules))
    return out


def _renumber(body: str, markers: list[Marker]) -> tuple[str, list[Marker]]:
    """The body with its markers (written ``[n]``) numbered 1, 2, … in reading order."""
    pieces: list[str] = []
    renumbered: list[Marker] = []
    last = length = 0
    for number, marker in enumerate(markers, 1):
        before = body[last:marker.offset]
        pieces += [before, f"[{number}]"]
        renumbered.append(Marker(number, length + len(before)))
        length += len(before) + len(f"[{number}]")
        last = marker.offset + len(f"[{marker.number}]")
    pieces.append(body[last:])
    return "".join(pieces), renumbered


def _restarts(notes: list[Note]) -> bool:
    """Whether the note numbers start again at 1 (on a new page) rather than running on."""
    numbers = [note.number for note in notes]
    drops = [b for a, b in zip(numbers, numbers[1:]) if b <= a]
    return bool(drops) and all(b == 1 for b in drops)


def _drop_page_numbers(column: list[_Line]) -> list[_Line]:
    """The column without a page number (or "Page n of m") as its last or first line."""
    if column and _FOOTER.match(column[-1].plain()):
        column = column[:-1]
    if len(column) > 1 and _FOOTER.match(column[0].plain()):
        column = column[1:]
    return column


def _footnote_start(column: list[_Line], rules: list[tuple[float, float, float]], body_size: float,
                    continuing: bool) -> int:
    """Index of the first footnote line of ``column`` (its length when it has none); marks note starts."""
    if not column:
        return 0
    x0, x1 = min(line.x0 for line in column), max(line.x1 for line in column)
    separators = [top for rx0, rx1, top in rules
                  if rx0 >= x0 - 6 and rx1 <= x1 + 6 and rx1 - rx0 < 0.6 * (x1 - x0)
                  and rx0 - x0 < 0.25 * (x1 - x0)]
    start = len(column)
    for separator in sorted(separators):
        below = [i for i, line in enumerate(column) if line.chars[0].top >= separator - 1]
        if below and below[-1] == len(column) - 1 and below == list(range(below[0], len(column))):
            start = below[0]
            break
    else:
        while start > 0 and column[start - 1].size <= body_size * SMALL:
            start -= 1
    if start == len(column):
        return start
    # the area must open on a note number, or continue the previous page's last note
    expected = None
    for i in range(start, len(column)):
        number, skip = _note_number(column[i], expected)
        if number is not None:
            column[i].note_number, column[i].skip = number, skip
            expected = number + 1
        elif i == start and not continuing:
            return len(column)  # small print at the foot that is not a note: body text
    return start


def _note_number(line: _Line, expected: Optional[int]) -> tuple[Optional[int], int]:
    """The note number a footnote line starts with and how many characters it takes."""
    chars = line.chars
    digits = ""
    for char in chars:
        if char.sup and char.text.isdigit():
            digits += char.text
        elif char.sup and not char.text.strip():
            continue
        else:
            break
    if digits:
        return int(digits), len(digits)
    m = _PLAIN_NUMBER.match(line.plain())
    if m and (expected is None or int(m.group(1)) == expected):
        return int(m.group(1)), len(m.group(1))
    return None, 0


def _pieces(chars: list[_Char], skip: int = 0) -> list[tuple[str, bool, Optional[int]]]:
    """(text, italic, marker number) pieces of a line: words spaced by their gaps, superscript digits as markers."""
    out: list[tuple[str, bool, Optional[int]]] = []
    previous: Optional[_Char] = None
    index = 0
    seen = 0
    while index < len(chars):
        char = chars[index]
        if seen < skip and (char.text.isdigit() or not char.text.strip()):
            seen += char.text.isdigit()
            index += 1
            continue
        if char.sup and char.text.isdigit():
            digits = ""
            while index < len(chars) and chars[index].sup and chars[index].text.isdigit():
                digits += chars[index].text
                previous = chars[index]
                index += 1
            out.append(("", False, int(digits)))
            continue
        if char.sup and not char.text.isdigit():
            index += 1
            continue
        if previous is not None and char.text.strip() and previous.text.strip():
            if char.x0 - previous.x1 > 0.15 * min(char.size, previous.size):
                out.append((" ", False, None))
        out.append((char.text, char.italic, None))
        previous = char
        index += 1
    return out


def _add_line(builder: TextBuilder, line: _Line, next_line: Optional[_Line], skip: int = 0,
              markers: bool = True) -> None:
    """Write ``line`` into ``builder``, joining a word hyphenated across the line end."""
    pieces = _pieces(line.chars, skip)
    while pieces and not pieces[-1][0].strip() and pieces[-1][2] is None:
        pieces.pop()
    # a word broken at the line end: a hyphen before a lower-case letter goes; other dashes stay, unspaced
    broken = next_line is not None and len(pieces) >= 2 and pieces[-1][0] in ("-", "\u2010", "\u2013")
    hyphenated = broken
    if broken and pieces[-1][0] != "\u2013" and pieces[-2][0].isalpha() and next_line.plain()[:1].islower():
        pieces.pop()
    for text, italic, number in pieces:
        if number is not None:
            if markers:
                builder.marker(number, f"[{number}]")
        else:
            builder.add(text, italic)
    if not hyphenated:
        builder.add(" ")


def _notes(lines: list[_Line]) -> list[Note]:
    """The footnotes: each starts at a numbered line; other lines continue the note before them."""
    drafts: list[tuple[int, list[_Line]]] = []
    for line in lines:
        if line.note_number is not None:
            drafts.append((line.note_number, [line]))
        elif drafts:
            drafts[-1][1].append(line)
    notes = []
    for number, note_lines in drafts:
        builder = TextBuilder()
        for i, line in enumerate(note_lines):
            following = note_lines[i + 1] if i + 1 < len(note_lines) else None
            _add_line(builder, line, following, skip=line.skip if i == 0 else 0, markers=False)
        text, italics, _ = builder.finish()
        notes.append(Note(number, text, None, italics))
    return notes


def _body(lines: list[_Line]) -> tuple[str, list[Marker]]:
    """The body text with its superscript markers written ``[n]``; a wide gap or new page starts a paragraph."""
    builder = TextBuilder()
    gaps = [b.base - a.base for a, b in zip(lines, lines[1:]) if a.page == b.page and b.base > a.base]
    spacing = statistics.median(gaps) if gaps else 0
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else None
        _add_line(builder, line, following)
        if following is None or following.page != line.page or following.base - line.base > spacing * 1.6 \
                or following.base < line.base:
            builder.br()
    text, _, marks = builder.finish()
    return text, [Marker(number, offset) for number, offset in marks]


def _as_text(path: str, lines: list[_Line]) -> Document:
    """A PDF without footnotes read as plain text: superscripts written ``[n]``, or ``n.`` opening a line."""
    rows = []
    for line in lines:
        text = ""
        for i, (piece, _, number) in enumerate(_pieces(line.chars)):
            if number is not None:
                piece = f"{number}. " if i == 0 else f"[{number}]"
            text += piece
        rows.append(text.strip())
    document = document_from_text(path, "\n".join(rows) + "\n", [], fmt="pdf")
    document.notes = [replace(note, text=_unwrap(note.text)) for note in document.notes]
    return document


def _unwrap(text: str) -> str:
    """A note's printed lines joined (words broken across lines were rejoined by the text reader)."""
    return re.sub(r"\s*\n\s*", " ", text)
