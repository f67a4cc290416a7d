"""The text of a note that no cite covers, and whether a piece of it reads like a citation.

The parser keeps a run of fields only when it has an anchor (a title, a container…), so a
reference in a shape it was not taught (``Daily Worker, Nov. 7, 1937, 3``) can fall through as
prose. :func:`leftover_spans` cuts the uncovered text into clauses (at ``;`` and sentence
ends) and :func:`citation_like` tells which of them look like references (a year with commas
around it, a page, a shelfmark, a URL, an imprint, ``ibid.``…), so that none is dropped
without a word: the pipeline reads it with :func:`notecite.normalize.kinds.recognize` or
reports it as an uncertain item with its note number and text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..normalize.dates import month_number
from ..normalize.kinds import PRINTED_IN_NOUNS, SHELFMARK, SHELFMARK_WITHOUT_DIGITS, names_a_day
from ..textscan import NeedingWords

#: A full stop's dash before a capital or an opening quote: old texts' separator of two references (``…, 1875.--Aubry, …``),
#: a clause end (:data:`_CLAUSE_END`) and a full stop to the parser (:func:`dashes_as_stops`).
_STOP_DASH = r"(?<=\.)(?:--|—)(?=\s*[A-Z\"“‘«])"
_STOP_DASHES = re.compile(_STOP_DASH)
#: Where a clause ends: ``;``, or a full stop, ``?`` or ``!`` (and a quotation mark closing there:
#: ``…Package.” Despite``) before a space and a capital or a quotation mark, or a full stop and a dash
#: before a capital (``…, en 6 de marzo 1604.--Mignet, pág. 386``: the dash is the clause's, not the
#: next one's) (not after an initial or an abbreviation such as ``p.``). The pattern opens on the class
#: of the four marks, so that ``re`` skips straight to them rather than trying it at every offset of the note.
#: After a ``;``, the words saying where the item before is printed (``…, 15 Oct. 1754; extract in Public Documents …``).
_PRINTED_AFTER = rf"(?!\s*(?:an?\s+)?(?:{PRINTED_IN_NOUNS}|printed|reprinted)\s+in\s)"
_CLAUSE_END = re.compile(r"[;.?!](?:(?<=;)" + _PRINTED_AFTER + r"|([”’\"»]?)(?:(?=\s+[A-Z“\"‘«(])|" + _STOP_DASH + r"))\s*")
#: Words whose full stop ends no clause: abbreviations of notes (a label that needs a mark after it:
#: ``lib. O No. 14``, ``tom. II``), and initials.
_NO_END = frozenset("pp p vol vols no nos ed eds trans tr cf vs fol fols ff f s bd hg hrsg op cit art loc ibid id doc docs "
                    "ms mss add st dr mr mrs prof rev ch chap col sec sect lib tom n nn repr ca c".split())
_LAST_WORD = re.compile(r"([\w]+)\.$")
_YEAR = re.compile(r"(?<![\d/])(?:1[4-9]\d\d|20\d\d)(?![\d/])")
_PAGE = re.compile(r"\b(?:pp?|S|fols?|ff?|vol|t|Bd|no|nos)\.\s*[\dIVXLCivxlc]", re.I)
_IMPRINT = re.compile(r"[A-Z][\w.]+(?:\s+[A-Z][\w.]+)*\s*:\s*[A-Z][^,:;]{1,60},\s*(?:1[4-9]\d\d|20\d\d)")
_QUOTED = re.compile(r"[“\"«‘][^”\"»’]{4,}[”\"»’]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DIGIT = re.compile(r"\d")
#: A full stop and the number after it, as every :data:`_PAGE` match ends: a cheap search (it opens on a literal)
#: that spares a clause without one the case-insensitive pattern.
_PAGE_NUMBER = re.compile(r"\.\s*[\dIVXLCivxlc]", re.I)
#: A score of :func:`citation_like` that the words (two points off at most) cannot bring under 3.
_SURE = 5
#: Marks of a reference (a URL, an ibid-like word, a shelfmark, a role word), each pattern with the pieces of text one
#: of which every match holds: the pattern runs only on a clause that has one (:class:`~notecite.textscan.NeedingWords`).
_URL = NeedingWords(re.compile(r"https?://|www\.\w|\bdoi:\s*10\.", re.I), ("http", "www.", "doi:"))
_IBID = NeedingWords(re.compile(r"\b(?:ibid|ibidem|id\.|op\.\s*cit|loc\.\s*cit|art\.\s*cit|ebd|ebenda|a\.\s*a\.\s*O)\b", re.I),
                     ("ibid", "id.", "cit", "ebd", "ebenda", "a."))
_SHELFMARK = NeedingWords(re.compile(r"\b[A-Z]{1,5}\s?\d{1,4}/\d+|\b(?:box|folder|dossier|carton|reel|fonds?|Add\.?\s+MS|MSS?)\.?\s*\d|"
                                     r"\b[fF]\.\s*\d+,\s*op\.", re.I),
                          ("/", "box", "folder", "dossier", "carton", "reel", "fond", "ms", "op."))
_ROLE = NeedingWords(re.compile(r"\b(?:ed|eds|trans|tr|hrsg|hg|éd|trad)\.\s|\b(?:edited|translated)\s+by\b", re.I),
                     ("ed.", "eds.", "tr.", "trans.", "hrsg.", "hg.", "éd.", "trad.", "edited", "translated"))


def dashes_as_stops(text: str) -> str:
    """``text`` with the dash of each full stop's dash before a capital (``1875.--Aubry``, the clause end of
    :func:`leftover_spans`) blanked, same length so that offsets hold: the parser reads ``1875.  Aubry`` as
    two references, but took ``1875.--Aubry`` for one whose author comes last."""
    return _STOP_DASHES.sub(lambda m: " " * len(m.group(0)), text) if ".-" in text or ".—" in text else text


#: A number OCR misread with a letter for a digit: ``l`` for 1, ``O`` for 0, among digits (``pp.l2-14``, ``1O2``);
#: and ``l`` alone after ``No.`` (``No. l``).
_OCR_NUMBER = re.compile(r"(?<![^\W\d_])(?=[\dlO]*\d)[\dlO]*[lO][\dlO]*(?![^\W\d_])|(?<=\bNo\.\s)l(?=[\s,.;:)]|$)"
                         r"|(?<=\b[Vv]ol\.\s)I?Il(?:l)?(?=[\s,.;:)]|$)")  # "Vol. Ill": III, "Vol. Il": II
_OCR_DIGITS = str.maketrans("lO", "10")
#: What every match of :data:`_OCR_NUMBER` holds: a digit beside ``l`` or ``O`` (a run of digits, ``l`` and ``O``
#: holding both has such a pair), or ``No. l``, ``ol. Il``, ``ol. IIl`` (its lookbehinds and what follows them).
_OCR_NUMBER_NEEDS = re.compile(r"\d[lO]|[lO]\d|No\.\sl|ol\.\sI?Il")


def ocr_digits(text: str) -> str:
    """``text`` with the letters OCR put for digits inside numbers read as the digits (:data:`_OCR_NUMBER`), same length
    so that offsets hold: ``pp.l2-14`` → ``pp.12-14``, ``1O2`` → ``102``, ``No. l`` → ``No. 1``, ``Vol. Ill`` → ``Vol. III``."""
    if "l" not in text and "O" not in text or not _OCR_NUMBER_NEEDS.search(text):
        return text
    return _OCR_NUMBER.sub(lambda m: m.group(0).replace("l", "I") if m.group(0).startswith("I")
                           else m.group(0).translate(_OCR_DIGITS), text)


#: A page label OCR wrote with a comma for its full stop, before the page (``p, 45``, ``pp, 12-14``).
_PAGE_LABEL_COMMA = re.compile(r"(?<![^\s(\[])(pp?),(?=\s*\d)")


def ocr_page_labels(text: str) -> str:
    """``text`` with the comma OCR put for a page label's full stop read as the stop, same length so that offsets
    hold: ``(1972), p, 45`` → ``(1972), p. 45``; a ``p`` inside a word or not before a number is left alone."""
    return _PAGE_LABEL_COMMA.sub(r"\1.", text) if "p," in text else text


#: Two apostrophes typed (or read by an OCR) for a double quotation mark: an opening pair after a space or bracket
#: before a letter or digit, a closing pair after a letter, digit or mark before a space, a mark or the end.
_OPENING_APOSTROPHES = re.compile(r"(?:(?<=[\s(\[])|^)''(?=[^\W_])")
_CLOSING_APOSTROPHES = re.compile(r"(?<=[^\s'])''(?=[\s.,;:)\]]|$)")


def doubled_apostrophes_as_quotes(text: str) -> str:
    """``text`` with two apostrophes standing for a double quotation mark read as one, same length so that offsets
    hold: ``Shachtman, ''Struggle,'' 46`` → ``Shachtman,  “Struggle,”  46`` (a space beside each mark). Only pairs
    are read: an opening pair, then the closing pair after it (``the workers'' party`` stays as written)."""
    if "''" not in text:
        return text
    chars = list(text)
    start = 0
    while (opening := _OPENING_APOSTROPHES.search(text, start)) is not None:
        closing = _CLOSING_APOSTROPHES.search(text, opening.end())
        if closing is None:
            break  # a pair opened and never closed: as written
        chars[opening.start():opening.end()] = [" ", "\u201c"]
        chars[closing.start():closing.end()] = ["\u201d", " "]
        start = closing.end()
    return "".join(chars)


def low_quotes_as_high(text: str) -> str:
    """``text`` with German low-high quotation marks read as English ones, same length so that offsets
    hold: each opening ``„`` becomes ``“`` and the ``“`` that closes it ``”``; a ``„`` closed by ``”``
    (``„Herr Vogt”``, the pairing of many transcriptions) keeps that closer. The single ``‚…‘``/``‚…’`` become
    ``‘…’`` likewise (an apostrophe between letters closes nothing). The parser pairs ``“`` with
    ``”``, and the rules found no title in ``„Savoyen, Nizza und der Rhein”``, whose closer they did not
    expect."""
    if "„" not in text and "‚" not in text:
        return text
    chars = list(text)
    opened = single = False
    for i, ch in enumerate(chars):
        if ch == "„":
            chars[i] = "“"
            opened = True
        elif opened and ch in "“”":
            chars[i] = "”"
            opened = False
        elif ch == "‚":
            chars[i] = "‘"
            single = True
        elif single and ch in "‘’" and not (0 < i < len(chars) - 1 and chars[i - 1].isalpha() and chars[i + 1].isalpha()):
            chars[i] = "’"  # the closer, not an apostrophe inside a word
            single = False
    return "".join(chars)


def leftover_spans(text: str, covered: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The [start, end) clauses of ``text`` outside every ``covered`` span, trimmed of spaces
    and separators at their ends, in order."""
    return list(_clauses(text, tuple(map(tuple, covered))))


@lru_cache(maxsize=1024)  # the linker asks twice about each note's leftovers, other notes' between
def _clauses(text: str, covered: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """:func:`leftover_spans` of ``text`` and ``covered`` (cached)."""
    spans = sorted((max(0, s), min(len(text), e)) for s, e in covered if e > s)
    gaps = []
    position = 0
    for start, end in spans:
        if start > position:
            gaps.append((position, start))
        position = max(position, end)
    if position < len(text):
        gaps.append((position, len(text)))
    clauses = []
    for start, end in gaps:
        cut = start
        for match in _CLAUSE_END.finditer(text, start, end):
            word = _LAST_WORD.search(text, max(start, match.start() - 12), match.start() + 1)
            if match.group(0)[0] == "." and word and (word.group(1).lower() in _NO_END
                                                      or len(word.group(1)) == 1 and word.group(1).isalpha()
                                                      or month_number(word.group(1)) is not None
                                                      or _day_before_its_month(text, word.group(1), match.end())):
                continue  # "p. 4", "J. Smith", "vom 22. April 1863": not the end of a clause
            clauses.append((cut, match.start() + (1 + len(match.group(1)) if text[match.start()] in ".?!" else 0)))
            cut = match.end()
        clauses.append((cut, end))
    out = []
    for start, end in clauses:
        while start < end and text[start] in " \t\n,;:.)]":
            start += 1
        while end > start and text[end - 1] in " \t\n,;:([":
            end -= 1
        if end > start:
            out.append((start, end))
    return tuple(out)


_NEXT_WORD = re.compile(r"[^\W\d_]+")


def _day_before_its_month(text: str, word: str, after: int) -> bool:
    """Whether ``word`` (the word before a full stop) is a day's number and the word at offset ``after`` a month's
    name: the German ordinal day (``vom 22. April 1863``, ``am 3. Mai``), no clause's end."""
    if not (word.isdigit() and len(word) <= 2):
        return False
    following = _NEXT_WORD.match(text, after)
    return following is not None and month_number(following.group(0)) is not None


def citation_like(clause: str) -> bool:
    """Whether ``clause`` reads like a reference (or a piece of one) rather than prose: enough of
    a year among commas, a page or volume marker, a shelfmark, a URL, an imprint, a quoted title,
    a role word, ``ibid.``-like words; long runs of lower-case prose count against it."""
    if len(clause) < 6:
        return False
    digits = _DIGIT.search(clause) is not None  # the year, imprint and most shelfmark tests need one
    score = 0
    if _URL.search(clause):
        score += 3
    if _IBID.search(clause):
        score += 3
    if digits and _SHELFMARK.search(clause) \
            or (SHELFMARK if digits else SHELFMARK_WITHOUT_DIGITS).search(clause):
        score += 2
    if digits and ":" in clause and _IMPRINT.search(clause):
        score += 3
    pages = len(_PAGE.findall(clause)) if _PAGE_NUMBER.search(clause) else 0
    if pages:
        score += 2 + (pages > 1)
    year = digits and _YEAR.search(clause) is not None
    if year:
        score += 1
        if clause.count(",") >= 1:
            score += 1
    if _QUOTED.search(clause):
        score += 1
    if _ROLE.search(clause):
        score += 1
    if year and score < _SURE and names_a_day(clause):  # (the costliest test: only when its point can tell)
        score += 1  # a day's date: a newspaper's issue, a letter, minutes
    best_from_words = 1 if digits else 0  # the words add one point at most, and take two at most
    if score + best_from_words < 3 or score >= _SURE:
        return score >= 3  # decided whatever the words say
    return score + _word_points(clause, digits) >= 3


def _word_points(clause: str, digits: bool) -> int:
    """What the clause's words add to :func:`citation_like`'s score: one for mostly capitalised
    words with a digit about, minus two for a run of lower-case prose."""
    words = _WORD.findall(clause)
    if not words:
        return 0
    points = 0
    capitalised = sum(1 for w in words if w[:1].isupper())
    if capitalised * 2 >= len(words) and digits:
        points += 1
    lower = len(words) - capitalised
    if lower >= 8 and lower > 2 * capitalised:
        points -= 2  # a sentence of prose that mentions a year or a page
    return points
