"""Cut a note into tokens that keep their character offsets.

Words (letters and digits, with the combining accents of text written decomposed, and inner apostrophes) are one
token each; URLs and DOIs are one token; every other non-space character is a token of its own. The note text is
never changed.
"""
from __future__ import annotations

import re
from typing import Sequence

from .model import Token

#: Combining marks (accents written after their letter in decomposed text: ``Hadi̇th``): part of the word.
_MARKS = r"\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
#: A word's run of letters and digits, with combining marks.
_WORD = rf"[^\W_]+(?:[{_MARKS}]+[^\W_]*)*"

_TOKEN = re.compile(
    r"""(?:https?://|www\.)[^\s<>"“”]+[^\s<>"“”.,;:)\]]   # URLs (trailing punctuation left out)
      | doi:\s?10\.\d{4,9}/[^\s"“”<>]+[^\s"“”<>.,;:)\]]
      | 10\.\d{4,9}/[^\s"“”<>]+[^\s"“”<>.,;:)\]]         # bare DOIs
      | """ + _WORD + r"""(?:['’]""" + _WORD + r"""|["”](?=[a-zß-ÿ])[^\W_]+)*
                                                         # words, with inner apostrophes (and a straight or
                                                         # closing quote before a small letter, a transliterated
                                                         # hard sign: S"ezd, s”ezd, ob”edinenie; Can"t)
      | \S                                               # any other single character
    """,
    re.VERBOSE,
)


def tokenize(text: str) -> list[Token]:
    """Return the tokens of ``text`` in order; ``text[t.start:t.end] == t.text`` for each."""
    matches = list(_TOKEN.finditer(text))
    # texts and offsets read by C-level maps: cheaper than calling each match's methods in a loop
    return list(map(Token, map(re.Match.group, matches), map(re.Match.start, matches), map(re.Match.end, matches)))


def part_as_a_note(text: str, start: int, end: int, tokens: Sequence[Token],
                   italic_spans: Sequence[tuple[int, int]] = ()) -> tuple[str, list[Token], list[tuple[int, int]]]:
    """``text[start:end]`` read as a note of its own: the part's text, ``tokens`` (the note's, inside the part) and
    the italic spans over it, all at the part's offsets."""
    own = [Token(t.text, t.start - start, t.end - start) for t in tokens]
    italics = [(max(a, start) - start, min(b, end) - start) for a, b in italic_spans if a < end and b > start]
    return text[start:end], own, italics
