"""Find note markers in plain body text: "(1)", "[1]", "[iv]", "¹²", "[^1]" or digits glued to a word.

A body holds many numbers that look like markers (years "(1881)", ranges "(1936-40)", list
items). Markers are told apart by their sequence: the chosen markers are the highest-scoring
increasing chain of numbers starting near 1, each step ideally +1, so a year far out of
sequence costs more than it brings. No fixed cutoff is used.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .model import Marker

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = {ord(c): str(i) for i, c in enumerate(_SUPERSCRIPTS)}

#: A lower-case Roman number below 90 written the usual way (``i``, ``iv``, ``xii``, ``xlix``).
ROMAN_NUMERAL = r"(?=[ivxl])(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})"
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(numeral: str) -> int:
    """The value of a lower-case Roman number matching :data:`ROMAN_NUMERAL` (``iv`` 4, ``xii`` 12)."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


#: Marker kinds, tried separately, in order of preference when they score the same. Each pattern
#: opens on a plain character or character class (not a repeat, not a lookbehind), so that ``re``
#: skips straight to where that character is instead of trying the whole pattern at every offset.
KINDS: dict[str, re.Pattern[str]] = {
    "caret": re.compile(r"\[\^(\d{1,4})\]"),
    "paren": re.compile(r"\((\d{1,4})\)"),
    "bracket": re.compile(r"\[(\d{1,4})\]"),
    "roman": re.compile(r"\[(" + ROMAN_NUMERAL + r")\]"),  # "[iv]": lower-case Roman numbers, as web copies of Word notes print them
    "superscript": re.compile(f"[{_SUPERSCRIPTS}][{_SUPERSCRIPTS}]{{0,3}}"),  # one to four
    # one to four digits glued after a word or punctuation (the lookbehind checks the character before
    # the first digit), then space or end: "revolution.23 Next"
    "glued": re.compile(r"(\d(?<=[A-Za-z\u00C0-\u024F.,;:!?\"'\u201d\u2019)]\d)\d{0,3})(?=\s|$)"),
}

#: What each number skipped in a chain costs, against the 1 that each marker brings.
GAP_COST = 0.5


class Candidate(NamedTuple):
    """A possible marker: its number, offset and length in the body."""

    number: int
    offset: int
    length: int


def candidates(body: str, kind: str) -> list[Candidate]:
    """Every match of marker ``kind`` in ``body``, in order."""
    found = []
    for match in KINDS[kind].finditer(body):
        digits = (match.group(1) if match.groups() else match.group(0)).translate(_SUPER_TO_DIGIT)
        number = roman_value(digits) if kind == "roman" else int(digits)
        if number > 0:
            found.append(Candidate(number, match.start(), match.end() - match.start()))
    return found


#: A chain may skip at most this many numbers in one step (a longer gap costs more than it can bring).
MAX_GAP = 30


def best_chain(found: list[Candidate]) -> tuple[float, list[Candidate]]:
    """The best increasing chain of candidates by score (1 per marker, minus GAP_COST per skipped number)."""
    if not found:
        return 0.0, []
    score: list[float] = []
    back: list[int] = []
    best_ending: dict[int, int] = {}  # number -> index of the best chain ending on that number so far
    for i, cand in enumerate(found):
        best, prev = 1.0 - GAP_COST * (cand.number - 1), -1
        for number in range(max(1, cand.number - MAX_GAP - 1), cand.number):
            j = best_ending.get(number)
            if j is not None:
                s = score[j] + 1.0 - GAP_COST * (cand.number - number - 1)
                if s > best:
                    best, prev = s, j
        score.append(best)
        back.append(prev)
        k = best_ending.get(cand.number)
        if k is None or best > score[k]:
            best_ending[cand.number] = i
    end = max(range(len(found)), key=lambda i: (score[i], -i))
    chain = []
    i = end
    while i != -1:
        chain.append(found[i])
        i = back[i]
    chain.reverse()
    return score[end], chain


def find_markers(body: str) -> tuple[str, list[Candidate]]:
    """The marker kind that best explains ``body`` and its chain of markers ("" and [] if none)."""
    best_kind, best_score, best = "", 0.0, []
    for kind in KINDS:
        score, chain = best_chain(candidates(body, kind))
        if score > best_score:
            best_kind, best_score, best = kind, score, chain
    return best_kind, best


def as_markers(chain: list[Candidate]) -> list[Marker]:
    """Candidates as :class:`Marker` tuples."""
    return [Marker(c.number, c.offset) for c in chain]
