"""Suspected OCR damage is flagged, never corrected: the text stays as printed (a year's letters for digits, ``l963``,
are read as digits by the date parser, :mod:`notecite.normalize.dates`, and the field is flagged all the same).

Rules (general, not tied to any one article):

* a symbol inside a word ("Mid&night", "Revo#lution");
* a digit among letters ("Revo1ution", "C0mmunism"), or a lone "0" standing where a capital
  O fits before a capitalised word ("0 Morali");
* a letter among digits in numeric fields ("l987", "19l7", "1O5");
* a capitalised word that is not in the dictionaries but is one typical OCR confusion away
  from a known name ("Leinin" → "Lenin": a stray thin glyph; "Comintem" → "Comintern":
  "rn" read as "m"; "Marcuse" vs "Marcnse": u/n).

Flags are ``{"field": <input label>, "text": <the suspicious text>, "reason": ...}``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .base import Draft
from .lexicon import NAMES_FOLDED, WORDS

TEXT_LABELS = frozenset({"author", "editor", "translator", "title", "container-title", "collection-title", "publisher", "location"})
NUMBER_LABELS = frozenset({"date", "pages", "locator", "volume", "issue"})

_SYMBOL_IN_WORD = re.compile(r"\b[^\W\d_]+[&@#$%*+=|~^<>{}\\]+[a-z][^\W\d_]*")
_SYMBOL = re.compile(r"[&@#$%*+=|~^<>{}\\]")
_DIGIT_IN_WORD = re.compile(r"\b[^\W\d_]+[0158]+[^\W\d_]+\b")
_CONFUSED_DIGIT = re.compile(r"[0158]")
_LONE_ZERO = re.compile(r"(?:^|(?<=[\s(\"“‘']))0\s+[A-Z][a-z]+|(?:^|(?<=[\s(\"“‘']))0[a-z]{2,}")
_LETTER_IN_NUMBER = re.compile(r"\b\w*(?:\d[lIOoS]\d|\b[lI]\d{2,}|\d{2,}[lIO]\b)\w*")
#: A digit beside a letter it may be confused with: every :data:`_LETTER_IN_NUMBER` match holds one (a quick
#: search; most numeric fields have none).
_LETTER_BY_DIGIT = re.compile(r"\d[lIOoS]|[lIOoS]\d")
_WORD = re.compile(r"[A-ZÀ-Ý][^\W\d_]{3,}")

#: Glyphs OCR inserts or loses without notice.
THIN_GLYPHS = "iltfrj'."
#: Single letters OCR reads one for another.
CONFUSABLE = [set("ceo"), set("ilt"), set("un"), set("hb"), set("ao"), set("EF"), set("ILT"), set("OQD"), set("CG")]
#: Letter groups OCR reads one for another (both directions).
GROUPS = [("rn", "m"), ("cl", "d"), ("li", "h"), ("ii", "u"), ("vv", "w"), ("in", "m"), ("ri", "n"), ("nn", "m")]

_WORDS_FOLDED = frozenset(w.casefold() for w in WORDS)
#: Longest word checked against the names: one OCR confusion changes a length by at most one,
#: so a word longer than the longest known name plus two cannot be near one (and its variants,
#: quadratic in its length, are never built).
MAX_WORD = max(map(len, NAMES_FOLDED), default=0) + 2


#: A possessive ending (``Lenin's``), cut before a word is compared with the names.
_POSSESSIVE = re.compile(r"['’]s$")


def near_name(word: str) -> str | None:
    """The known name one OCR confusion away from ``word``, or None (known words give None)."""
    base = _POSSESSIVE.sub("", word) if "'" in word or "’" in word else word
    return _near_name(base) if 5 <= len(base) <= MAX_WORD else None


@lru_cache(maxsize=1 << 16)  # a long document's words outnumber 4,096
def _near_name(base: str) -> str | None:
    folded = base.casefold()
    if folded in NAMES_FOLDED or folded in _WORDS_FOLDED or _cuts(folded).isdisjoint(_name_cuts()):
        return None
    for candidate in sorted(_ocr_variants(base)):  # in a fixed order: more than one may be a name
        hit = NAMES_FOLDED.get(candidate.casefold())
        if hit and len(hit) >= 4:
            return hit
    return None


def _cuts(text: str) -> set[str]:
    """``text`` itself and ``text`` with one letter or two neighbouring letters cut out, at every place.

    Each of :func:`_ocr_variants` replaces at most two neighbouring letters by at most two, so
    a variant of a word that is a name shares a cut with that name: a word none of whose cuts
    is a name's has no variant that is a name, and its variants need not be built.
    """
    return {text, *(text[:i] + text[i + n:] for n in (1, 2) for i in range(len(text) - n + 1))}  # (no cut: the text once)


@lru_cache(maxsize=1)
def _name_cuts() -> frozenset[str]:
    """The :func:`_cuts` of every case-folded name of four letters or more (the names a variant may hit)."""
    return frozenset(cut for folded, name in NAMES_FOLDED.items() if len(name) >= 4 for cut in _cuts(folded))


def _ocr_variants(word: str) -> set[str]:
    out: set[str] = set()
    for i, ch in enumerate(word):
        doubled = word[i - 1:i] == ch or word[i + 1:i + 2] == ch  # "Weill"/"Weil": spelling, not OCR
        if ch in THIN_GLYPHS and i > 0 and not doubled:
            out.add(word[:i] + word[i + 1:])
        for group in CONFUSABLE:
            if ch in group:
                out.update(word[:i] + other + word[i + 1:] for other in group if other != ch)
    for i in range(1, len(word) + 1):
        for glyph in "iltr":
            out.add(word[:i] + glyph + word[i:])
    for a, b in GROUPS:
        for src, dst in ((a, b), (b, a)):
            start = word.find(src, 1)
            while start != -1:
                out.add(word[:start] + dst + word[start + len(src):])
                start = word.find(src, start + 1)
    out.discard(word)
    return out


def scan(label: str, text: str) -> list[tuple[str, str]]:
    """``(suspicious text, reason)`` pairs for one field's text."""
    found: list[tuple[str, str]] = []
    if label in TEXT_LABELS:
        # each damage pattern only where its symbol or digit is (one quick scan; most text has none)
        for m in _SYMBOL_IN_WORD.finditer(text) if _SYMBOL.search(text) else ():
            symbols = "".join(c for c in m.group() if not c.isalnum())
            found.append((m.group(), f"symbol {symbols!r} inside a word (OCR damage?)"))
        for m in _DIGIT_IN_WORD.finditer(text) if _CONFUSED_DIGIT.search(text) else ():
            found.append((m.group(), "digit among letters (OCR confusion of 0/O, 1/l, 5/S, 8/B?)"))
        for m in _LONE_ZERO.finditer(text) if "0" in text else ():
            found.append((m.group(), "digit 0 where a capital O fits (OCR confusion?)"))
        for m in _WORD.finditer(text):
            name = near_name(m.group())
            if name:
                found.append((m.group(), f"unknown word one OCR confusion away from {name!r}"))
    if label in NUMBER_LABELS:
        for m in _LETTER_IN_NUMBER.finditer(text) if _LETTER_BY_DIGIT.search(text) else ():
            if not re.fullmatch(r"[ivxlcdmIVXLCDM]+", m.group()):
                found.append((m.group(), "letter among digits (OCR confusion of l/1, O/0, S/5?)"))
    return found


class FlagOcr:
    """Flag suspected OCR damage in every field; consumes nothing and changes nothing."""

    name = "ocr"
    reads: frozenset[str] = frozenset()
    writes: frozenset[str] = frozenset()

    def __call__(self, draft: Draft) -> None:
        for label, text in draft.fields:
            for snippet, reason in scan(label, text):
                draft.flag(label, snippet, reason)
