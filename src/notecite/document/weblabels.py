"""Link labels that web pages print after references, removed from notes.

Journal sites follow each reference with links such as "Google Scholar", "CrossRef", "PubMed"
or "Find this resource", and notes end with a back link ("Return to text", "↩"). Copied into a
document they end up in the note's text. :func:`strip_labels` removes a run of such labels
(each optionally followed by its URL) where it ends a line of the note and stands after a space,
a punctuation mark or the line start, so a title that merely contains the word is kept; and the
back links a Wikipedia note opens with ("^ a b", "Jump up to: a b c").
Pages also hold characters that print as nothing, soft hyphens above all (``Univer\u00adsity``):
:func:`strip_invisible` removes them, so a word copied with one reads as the word. And text read by
a Cyrillic-trained OCR holds Cyrillic letters that look like Latin ones (``МS.``, ``ХХ, 163``,
``[р. 10]``): :func:`latin_lookalikes` writes them in Latin where the note is in Latin script.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..textscan import may_hold
from .model import Note, Span

#: The labels, as regular expressions (matched case-insensitively).
LABELS = (
    r"(?:search\s+)?google\s+scholar",
    r"cross\s?ref",
    r"pub\s?med(?:\s+central)?",
    r"web\s+of\s+science",
    r"find\s+this\s+resource:?",
    r"(?:return|back)\s+to\s+(?:the\s+)?(?:text|article|top|note(?:\s+\d+)?)",
    "\u21a9[\ufe0e\ufe0f]?",
    "\u2191",
)
#: A word each label needs: a note without any of them has no label (:func:`~notecite.textscan.may_hold`).
LABEL_WORDS = ("google", "cross", "pub", "web", "find", "return", "back", "\u21a9", "\u2191")
_URL = r"(?:\s*\((?:https?://|www\.|#)[^)\s]*\)|\s*<https?://[^>\s]*>)?"
_SEP = "[ \t|\u00b7\u2022]*"
_RUN = re.compile(
    rf"(?:^|(?<=[\s.,;:)\]\"'\u201d\u2019]))(?:{_SEP}\[?(?:{'|'.join(LABELS)})\]?{_URL})+{_SEP}(?=\n|$)",
    re.IGNORECASE | re.MULTILINE,
)
_BLANK_LINES = re.compile(r"[ \t]*\n(?:[ \t]*\n)+")
#: The back links a note copied from Wikipedia opens with: a caret or arrow, "Jump up (to):", and one letter per
#: place the note is cited from, in order (``^ a b c``; a single place has no letter). A letter run needs two
#: letters at least, so a note opening on the word "a" keeps it.
_LEADING_BACKLINKS = re.compile(r"\A\s*(?:[\^\u2191]\s*)?(?:(?i:jump\s+up)(?:\s+to)?\s*:?\s*[\^\u2191]?\s*)?"
                                r"(?:a(?:\s+b(?:\s+c(?:\s+d(?:\s+e(?:\s+f)?)?)?)?)\s+(?=\S))?")


def strip_labels(note: Note) -> Note:
    """``note`` without the web link labels ending its lines, nor the back links opening it (italic spans moved
    along)."""
    text = note.text
    opening = _LEADING_BACKLINKS.match(text)
    cuts = [(0, opening.end())] if opening.group().strip() and opening.end() < len(text.rstrip()) else []
    if may_hold(text, LABEL_WORDS):  # (most notes hold none: the search would try every label at every position)
        cuts += [(m.start(), m.end()) for m in _RUN.finditer(text)]
    if not cuts:
        return note
    removed = [False] * len(text)
    for start, end in cuts:
        removed[start:end] = [True] * (end - start)
    kept = [i for i in range(len(text)) if not removed[i]]
    # lines left empty by a cut, and spaces before a line break or at the ends, go too
    joined = "".join(text[i] for i in kept)
    drop = set()
    for m in _BLANK_LINES.finditer(joined):
        drop.update(range(m.start(), m.end() - 1))
    for m in re.finditer(r"^\s+|[ \t]+(?=\n)|\s+$", joined):
        drop.update(range(m.start(), m.end()))
    kept = [old for position, old in enumerate(kept) if position not in drop]
    cleaned = "".join(text[i] for i in kept)
    return replace(note, text=cleaned, italic_spans=_move_spans(note.italic_spans, kept))


#: Characters that print as nothing inside a word: the soft hyphen, the zero-width space, the word joiner and a
#: byte-order mark left inside the text (not the zero-width (non-)joiners, which shape some scripts' letters).
_INVISIBLE_CHARACTERS = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARACTERS}]")


def strip_invisible(note: Note) -> Note:
    """``note`` without the characters that print as nothing (:data:`_INVISIBLE`), italic spans moved along."""
    if not _INVISIBLE.search(note.text):
        return note
    kept = [i for i, char in enumerate(note.text) if char not in _INVISIBLE_CHARACTERS]
    return replace(note, text="".join(note.text[i] for i in kept), italic_spans=_move_spans(note.italic_spans, kept))


#: Cyrillic letters drawn like Latin ones, and the Latin letter each stands for.
_LOOKALIKE_LETTERS = "АВЕКМНОРСТХУІЈЅаеорсухіјѕёЁԁһԛԝ"
_LOOKALIKES = str.maketrans(_LOOKALIKE_LETTERS, "ABEKMHOPCTXYIJSaeopcyxijsëËdhqw")
#: A Cyrillic letter; and a Cyrillic letter that is no such lookalike (``б``, ``д``, ``и``, ``л``, ``я``…).
_CYRILLIC = re.compile("[\u0400-\u04ff\u0500-\u052f]")
_CYRILLIC_ONLY = re.compile(rf"(?![{_LOOKALIKE_LETTERS}])[\u0400-\u04ff\u0500-\u052f]")
_WORD = re.compile(r"[^\W\d_]+")


def as_latin(text: str) -> str:
    """``text`` with every Cyrillic letter that looks like a Latin one written in Latin (``ХХ`` → ``XX``)."""
    return text.translate(_LOOKALIKES)


def latin_lookalikes(note: Note) -> Note:
    """``note`` with the Cyrillic letters that look like Latin ones written in Latin (:data:`_LOOKALIKES`), in any
    word that also holds Latin letters (``Мorris``, ``Raphaёl``), and in every word when no word of the note is
    Russian (holds a letter no Latin one looks like: ``ХХ, 163``, ``[р. 10]``); a note in Russian keeps its words.
    One letter for one: offsets and italic spans do not move."""
    text = note.text
    if not _CYRILLIC.search(text):
        return note
    russian = _CYRILLIC_ONLY.search(text) is not None

    def latin(match: re.Match[str]) -> str:
        word = match.group()
        mixed = re.search("[a-zA-Z]", word) is not None
        return as_latin(word) if mixed or not russian and _CYRILLIC.search(word) else word

    written = _WORD.sub(latin, text)
    return note if written == text else replace(note, text=written)


def _move_spans(spans: list[Span], kept: list[int]) -> list[Span]:
    """Spans over the original text mapped onto the kept characters (old offsets ``kept``, in order)."""
    moved = []
    for start, end in spans:
        inside = [new for new, old in enumerate(kept) if start <= old < end]
        if inside:
            moved.append((inside[0], inside[-1] + 1))
    return moved
