"""Match notes to body markers; split notes that a lost separator ran together.

Text copied from a web page sometimes loses the line or link between two notes, so one note
holds two ("…Memoirs, 177. Morali, 105-7, quoted in …"). When the body calls more notes than
the notes section holds, the merged note is split at the most plausible note boundary: a
sentence end followed by something that starts a note. Boundaries are scored by small
general features (see :func:`boundary_score`); nothing is dropped and every split is reported.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from .model import Marker, Note

#: Words that end with a period without ending a sentence in notes.
ABBREVIATIONS = frozenset(
    """p pp ed eds trans tr transl vol vols no nos cf ch chap n nn f ff op cit loc art fig figs repr rev
    esp ca c id al vs viz cap bk pt sec ser col cols ms mss fol fols jan feb mar apr jun jul aug sep
    sept oct nov dec mr mrs dr st ste mt univ dept inc co ltd bros comp comps introd pref suppl
    hrsg bd bde aufl éd t"""
    .split()
)
#: Words that often open a note or a citation within one.
OPENERS = re.compile(r"^(?:See|Cf\.?|Ibid\.?|Ibidem|Id\.|Idem|Quoted|Compare|On|For|As|In|Also|Vgl\.|Voir)\b")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019'\u00bb)\]]*(?P<ws>\s+)")
_LOCATOR_END = re.compile(r"(?:[,)]\s*|\b(?:pp?|S|fol|f)\.\s*)(?:\d+:\s*)?[0-9ivxlc]+(?:\s*[-\u2013]\s*[0-9ivxlc]+)?[a-z]?(?:\s*n\.?\s*\d*)?\.$", re.I)
_CITE_SHAPE = re.compile(
    r"^(?:\d{1,3}\s+)?(?:(?:See|Cf\.?|Also)\s+)?(?:[A-Z]\.\s*)*[A-Z\u00C0-\u00DD][\w'\u2019\-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z\u00C0-\u00DD][\w'\u2019\-]+){0,3},\s"
)
_GLUED_START = re.compile(r"(?<=[\d)])\.(?P<num>\d{1,3})\s+(?=[A-Z\u00C0-\u00DD\u201c\"])")
_GLUED_NUMBER = re.compile(r"[.)](?P<num>\d{1,3})\.$")
_LOST_NUMBER = re.compile(r"^(?P<num>[0-9Oo]{1,3})\.?\s+[A-Z\u00C0-\u00DD\u201c\"]")

#: A boundary must score at least this to be split.
MIN_SCORE = 2.0


class Boundary(NamedTuple):
    """A possible boundary in a note's text: the left part ends at ``left_end``, the right starts at ``right_start``."""

    left_end: int
    right_start: int
    score: float


def boundary_score(text: str, left_end: int, right_start: int, expected: Optional[int] = None) -> float:
    """How much the boundary looks like the end of one note and the start of the next (0 if it cannot be)."""
    left = text[:left_end].rstrip()
    right = text[right_start:]
    if len(left) < 6 or len(right.strip()) < 6:
        return 0.0
    if right[:1].islower():
        return 0.0
    word = re.search(r"([\w\u00C0-\u024F]+)\W*$", left)
    if word:
        token = word.group(1)
        if (token.lower() in ABBREVIATIONS or (len(token) == 1 and token.isalpha())) and left.endswith("."):
            return 0.0
    score = 0.0
    if _LOCATOR_END.search(left):
        score += 2.0
    elif re.search(r"\d\)?\.$", left):
        score += 0.5
    lost = _LOST_NUMBER.match(right)
    if lost:
        digits = lost.group("num").replace("O", "0").replace("o", "0")
        score += 3.0 if expected is not None and digits.isdigit() and int(digits) == expected else 1.5
    if OPENERS.match(right):
        score += 1.0
    shape = _CITE_SHAPE.match(right)
    if shape:
        score += 1.5
        first_sentence = re.split(r"\.\s", right[shape.end():], maxsplit=1)[0]
        if re.search(r"\d", first_sentence):
            score += 0.5
    if right[:1].isupper():
        score += 0.5
    if "\n" in text[left_end:right_start]:
        score += 1.0
    return score


def _glued_number(text: str, left_end: int, expected: Optional[int]) -> Optional[int]:
    """Where the next note's lost number ``expected`` starts when it is glued to the sentence end
    before ``left_end`` ("… 196-206.7. Robert …"), else None."""
    if expected is None:
        return None
    glued = _GLUED_NUMBER.search(text, 0, left_end)
    return glued.start("num") if glued and int(glued.group("num")) == expected else None


def boundaries(text: str, expected: Optional[int] = None) -> list[Boundary]:
    """Every sentence-end boundary of ``text`` with its score, best first; with the ``expected`` note
    number, also where that number was glued to the period before it ("…, 67.3 Ibid." and "…, 67.3. Ibid.")."""
    found = []
    for m in _SENTENCE_END.finditer(text):
        left_end, right_start = m.start("ws"), m.end()
        glued = _glued_number(text, left_end, expected)
        score = boundary_score(text, glued or left_end, right_start, expected)
        if glued:
            left_end, score = glued, score + 3.0
        if score > 0:
            found.append(Boundary(left_end, right_start, score))
    if expected is not None and f".{expected}" in text:
        for m in _GLUED_START.finditer(text):
            if int(m.group("num")) == expected:  # "…, 67.3 Ibid., 70.": the period kept, the space lost
                score = boundary_score(text, m.start() + 1, m.end(), expected)
                if score > 0:
                    found.append(Boundary(m.start() + 1, m.end(), score + 3.0))
    return sorted(found, key=lambda b: (-b.score, b.left_end))


def split_note(note: Note, boundary: Boundary, new_number: int) -> tuple[Note, Note]:
    """Split ``note`` at ``boundary``: the left keeps its number, the right gets ``new_number``."""
    text = note.text
    left_text = text[: boundary.left_end].rstrip()
    label = _number_label(text, boundary, new_number)
    if label:  # the right part opens with its own note number: a label, not note text
        boundary = boundary._replace(right_start=boundary.right_start + label.start("num") + len(label.group(0)) - 1)
    right_text = text[boundary.right_start:]
    left_span = right_span = None
    if note.span and note.span[1] - note.span[0] == len(text):
        start = note.span[0]
        left_span = (start, start + len(left_text))
        right_span = (start + boundary.right_start, note.span[1])
    left_it = [(a, min(b, len(left_text))) for a, b in note.italic_spans if a < len(left_text)]
    right_it = [
        (max(a, boundary.right_start) - boundary.right_start, b - boundary.right_start)
        for a, b in note.italic_spans
        if b > boundary.right_start
    ]
    return Note(note.number, left_text, left_span, left_it), Note(new_number, right_text, right_span, right_it)


def _clip(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _split_warning(original: Note, left: Note, right: Note, marker_count: Optional[int]) -> str:
    """The warning for a split, made to match ``marker_count`` body markers or, when None, the note numbering."""
    reason = (f"to match the {marker_count} note markers in the body" if marker_count is not None
              else f"where note {right.number}'s number is written")
    return (
        f"note {original.number} seems to hold two notes run together "
        f"(\u201c{_clip(left.text)}\u201d + \u201c{_clip(right.text)}\u201d); split it into notes "
        f"{left.number} and {right.number} {reason}"
    )


def reconcile(
    notes: list[Note], markers: list[Marker], numbered: bool, allow_split: bool = True
) -> tuple[list[Note], list[str]]:
    """Return the notes (split where the body calls more notes than there are) and warnings.

    ``numbered`` says the notes carry their own numbers (a missing number is looked for in the
    note before it); otherwise notes are numbered by position and renumbered after a split.
    """
    warnings: list[str] = []
    notes = list(notes)
    called = sorted({m.number for m in markers})
    if allow_split and numbered:
        notes = _split_numbered(notes, called, len(called), warnings)
    elif allow_split and called:
        notes = _split_positional(notes, len(called), warnings)
    have = {n.number for n in notes}
    called_set = set(called)
    uncalled = [n.number for n in notes if n.number not in called_set]
    missing = [c for c in called if c not in have]
    if missing:
        warnings.append(f"the body calls note(s) {_ranges(missing)} but the document has no such note")
    if uncalled and markers:
        warnings.append(f"note(s) {_ranges(uncalled)} have no marker in the body")
    if notes and not markers:
        warnings.append("no note markers found in the body")
    return notes, warnings


def _split_positional(notes: list[Note], wanted: int, warnings: list[str]) -> list[Note]:
    while len(notes) < wanted:
        best: Optional[tuple[Boundary, int]] = None
        for index, note in enumerate(notes):
            for b in boundaries(note.text, expected=index + 2)[:1]:
                if best is None or b.score > best[0].score:
                    best = (b, index)
        if best is None or best[0].score < MIN_SCORE:
            break
        boundary, index = best
        original = notes[index]
        left, right = split_note(original, boundary, original.number + 1)
        notes[index : index + 1] = [left, right]
        for later in notes[index + 2 :]:
            later.number += 1
        warnings.append(_split_warning(original, left, right, wanted))
    return notes


def _numbering_gaps(notes: list[Note]) -> set[int]:
    """The numbers skipped between one note and the next (11 and 13 skip 12)."""
    gaps: set[int] = set()
    for before, after in zip(notes, notes[1:]):
        gaps.update(range(before.number + 1, after.number))
    return gaps


def _number_label(text: str, boundary: Boundary, number: int) -> Optional[re.Match[str]]:
    """The note number ``number`` written as a label opening the right part of ``boundary`` ("… 22. 12. Ibid."),
    else None."""
    label = _LOST_NUMBER.match(text[boundary.right_start:])
    return label if label and label.group("num") == str(number) else None


def _writes_number(text: str, boundary: Boundary, number: int) -> bool:
    """Whether ``number`` is written at ``boundary``: opening the right part (:func:`_number_label`) or glued to
    the sentence end before it ("… 22.12. Ibid.")."""
    return _number_label(text, boundary, number) is not None or text[boundary.left_end:].startswith(str(number))


def _split_numbered(notes: list[Note], called: list[int], marker_count: int, warnings: list[str]) -> list[Note]:
    """Split, for each missing number, the first note numbered one less. A number is missing when the body
    calls it and no note carries it, or when the notes skip it; a skipped number nothing calls is split off
    only where the note writes it at a sentence end (a lost line break, as in OCR text).

    Linear in the notes: notes are found by number through a table, and the splits (which
    can cascade: a right part split again) are put in place in one pass at the end.
    """
    first: dict[int, Note] = {}
    for note in notes:
        first.setdefault(note.number, note)
    parts: dict[int, tuple[Note, Note, Note]] = {}  # id(split note) -> (it, left, right)
    called_set = set(called)
    for number in sorted(called_set | _numbering_gaps(notes)):
        if number in first or number - 1 not in first:
            continue
        original = first[number - 1]
        found = boundaries(original.text, expected=number)
        if number not in called_set:
            found = [b for b in found if _writes_number(original.text, b, number)]
        if not found or found[0].score < MIN_SCORE:
            continue
        left, right = split_note(original, found[0], number)
        parts[id(original)] = (original, left, right)
        first[number - 1], first[number] = left, right
        warnings.append(_split_warning(original, left, right, marker_count if number in called_set else None))
    if not parts:
        return notes
    out: list[Note] = []
    for note in notes:
        stack = [note]
        while stack:
            current = stack.pop()
            split = parts.get(id(current))
            if split is None:
                out.append(current)
            else:
                stack.extend((split[2], split[1]))
    return out


def _ranges(numbers: list[int]) -> str:
    """"1-3, 7" for [1, 2, 3, 7]."""
    parts: list[str] = []
    for n in sorted(numbers):
        if parts and parts[-1][1] == n - 1:
            parts[-1] = (parts[-1][0], n)
        else:
            parts.append((n, n))
    return ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in parts)
