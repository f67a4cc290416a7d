"""Rules about where one cite ends and the next begins."""
from __future__ import annotations

import re
from typing import Sequence

from ..labels import relabel
from ..model import Token, split_label
from .words import NAME_LABELS

#: Verbs of a phrase that names a second work: ``quoted in``, ``cited in``, ``reprinted in``, ``repr. in``.
CITING_VERBS = frozenset({"quoted", "qtd", "cited", "reprinted", "repr", "rpt", "reproduced", "excerpted"})
_IMPRINT = frozenset({"location", "publisher"})


def rule_citing_phrase_opens_a_new_cite(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…, 29 January 1916, reprinted in Selections from Political Writings (London: …), 10-13``:
    ``quoted in``, ``cited in``, ``reprinted in`` (``repr. in``) are prose, and the capitalised
    words after them up to an imprint's parenthesis are the title of the second work, whatever
    the tagger read (a note, a container, prose), with a year or year range after a comma right
    before that parenthesis (``Selections…, 1910-1920 (London``); before a volume or date they stay
    a container."""
    tags = list(tags)
    for i in range(len(tokens) - 2):
        if tokens[i].text.lower() not in CITING_VERBS:
            continue
        k = i + 1 + (tokens[i + 1].text == ".")
        if k >= len(tokens) - 1 or tokens[k].text.lower() not in ("in", "by"):
            continue
        start = k + 1 + (tokens[k + 1].text == ":")
        tags[i:start] = ["prose"] * (start - i)
        if start >= len(tokens) or split_label(tags[start])[1] in NAME_LABELS or not tokens[start].text[:1].isupper():
            if start < len(tokens) and tags[start].startswith("I-"):
                tags[start] = "B-" + tags[start][2:]
            continue
        stop = start
        while stop < len(tokens) and tokens[stop].text != "(" and split_label(tags[stop])[1] in \
                ("note", "container-title", "title", "prose") and stop - start < 25:
            stop += 1
        years = stop
        while years < len(tokens) and years - stop < 4 and split_label(tags[years])[1] == "date" \
                and re.fullmatch(r"\d{4}|[-–—/]|\d{2}", tokens[years].text):
            years += 1
        if years > stop and tokens[stop - 1].text == "," and years < len(tokens) and tokens[years].text == "(" \
                and re.fullmatch(r"\d{4}", tokens[stop].text):
            stop = years  # "Selections from Political Writings, 1910-1920 (London: …)": the years end the title
        end = stop
        while end > start and tokens[end - 1].text in ",;:":
            end -= 1
        opens_imprint = stop < len(tokens) and tokens[stop].text == "(" and split_label(tags[stop])[1] in _IMPRINT
        if opens_imprint and end > start:
            relabel(tags, start, end, "title")
            tags[end:stop] = ["prose"] * (stop - end)
        elif tags[start].startswith("I-"):
            tags[start] = "B-" + tags[start][2:]
    return tags


#: Words that date a piece's writing, not its publication (``written 1965, in …``).
WRITTEN_WORDS = frozenset({"written", "composed", "drafted", "geschrieben", "écrit", "rédigé", "scritto", "escrito"})
_IN_WORDS = frozenset({"in", "dans", "im", "en"})


def rule_written_date_stays_in_the_cite(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``"La Commune," written 1965, in Oeuvres complètes (Paris: Seuil, 1980)``: ``written`` and
    the date after it are a ``note`` of the cite (when the piece was written, not published), and
    the title after ``, in`` is the piece's container: one cite, not two."""
    tags = list(tags)
    for i in range(1, len(tokens) - 3):
        if tokens[i].text.lower() not in WRITTEN_WORDS or tokens[i - 1].text not in ",”’\"'":
            continue
        j = i + 1
        while j < len(tokens) and j - i < 12 and tokens[j].text.lower() not in _IN_WORDS and tokens[j].text not in "();":
            j += 1
        if j + 1 >= len(tokens) or tokens[j].text.lower() not in _IN_WORDS or tokens[j - 1].text != "," \
                or not any(t.text[:1].isdigit() for t in tokens[i + 1:j - 1]):
            continue
        relabel(tags, i, j - 1, "note")
        tags[j - 1] = tags[j] = "prose"
        k = i - 1
        while k > 0 and tokens[k].text in ",”’\"'" and split_label(tags[k])[1] not in ("title", "prose"):
            tags[k] = "prose"  # the quote closing the title is no field of its own
            k -= 1
        first = j + 1
        label = split_label(tags[first])[1]
        if label == "title":
            last = first + 1
            while last < len(tokens) and tags[last] == "I-title":
                last += 1
            relabel(tags, first, last, "container-title")
        elif tags[first].startswith("I-"):
            tags[first] = "B-" + label
    return tags


_PINPOINT_PARTS = frozenset({"-", "–", ",", "n", "f", "ff"})
_NOT_PINPOINT_LABELS = frozenset({"locator", "pages", "date", "volume", "issue", "isbn", "doi", "url"})


def rule_pinpoint_before_a_semicolon(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Conquest, Great Terror, 110; Again the same claim…``: a run the tagger opened on a page
    number right after a title, up to a ``;``, holds the pinpoint there; the ``;`` ends the cite and
    what follows starts anew."""
    tags = list(tags)
    n = len(tokens)
    for i in range(1, n - 1):
        label = split_label(tags[i])[1]
        if not tags[i].startswith("B-") or label in _NOT_PINPOINT_LABELS or label == "prose" \
                or not tokens[i].text.isdigit() or split_label(tags[i - 1])[1] not in ("title", "prose", "author") \
                or not any(split_label(tags[k])[1] == "title" for k in range(max(0, i - 30), i)):
            continue
        end = i + 1
        while end < n and (tokens[end].text.isdigit() or tokens[end].text in _PINPOINT_PARTS) \
                and split_label(tags[end])[1] == label and tags[end].startswith("I-"):
            end += 1
        if end >= n or tokens[end].text != ";" or split_label(tags[end])[1] != label:
            continue
        relabel(tags, i, end, "locator")
        tags[end] = "prose"
        if end + 1 < n and tags[end + 1].startswith("I-"):
            tags[end + 1] = "B-" + tags[end + 1][2:]
    return tags
