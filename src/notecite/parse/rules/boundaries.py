"""Rules about where one cite ends and the next begins."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Sequence

from ..dictionaries import fold, load
from ..labels import bracket_depths, matches_as_prose, open_run, relabel, tag_spans, take_trailing_mark
from ..model import Token, split_label
from ...normalize.places import is_known_place
from .locators import _LOCATOR, _VOLUME_ONLY, YEAR, month_and_day_before
from .titles import _quoted_segments
from .words import (AUTHOR_TAGS, COMMA, QUOTE_PAIRS, comma_indexes, FUNCTION_WORDS, HENCEFORTH_WORDS, family_name_like, NAME_LABELS, OPENING_QUOTES, PERIOD, ROMAN_NUMERAL, SEMICOLON, capitalised_word, ends_a_sentence, full_name, lead_word,
                    past_lead_words, tags_of, tokens_at)
from .needs import any_folded, any_mark, any_match, any_tag, any_word, any_written, needs

#: Verbs of a phrase that names a second work: ``quoted in``, ``cited in``, ``reprinted in``, ``repr. in``.
CITING_VERBS = frozenset({"quoted", "qtd", "cited", "reprinted", "repr", "rpt", "reproduced", "excerpted",
                          "cit", "citado", "citada", "citados", "citadas", "citato", "citata", "cité", "citée", "cités",
                          "zit", "zitiert", "transcrito", "transcrita", "transcrit", "transcrite", "reproducido",
                          "reproducida", "reproduit", "reproduite", "riprodotto", "riprodotta"})
#: The word after a citing verb that says where or by whom: ``quoted in``, ``cit. por``, ``cité par``, ``zitiert bei``.
_CITING_JOINERS = frozenset({"in", "as", "by", "por", "par", "en", "dans", "bei", "nach", "da"})
_IMPRINT = frozenset({"location", "publisher"})


@needs(any_word(CITING_VERBS))
def rule_citing_phrase_opens_a_new_cite(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…, 29 January 1916, reprinted in Selections from Political Writings (London: …), 10-13``:
    ``quoted in``, ``cited in``, ``reprinted in`` (``repr. in``; ``cit. por``, ``cité par``, ``zitiert bei``,
    ``transcrita por`` in the notes' other languages) are prose, and the capitalised
    words after them up to an imprint's parenthesis are the title of the second work, whatever
    the tagger read (a note, a container, prose), with a year or year range after a comma right
    before that parenthesis (``Selections…, 1910-1920 (London``), or its editor's
    (``Socialism from Below, ed. E. Haberkern (Atlantic Highlands``); before a volume or date they stay
    a container."""
    tags = list(tags)
    for i in range(len(tokens) - 2):
        if tokens[i].text.lower() not in CITING_VERBS:
            continue
        k = i + 1 + (tokens[i + 1].text == ".")
        if k >= len(tokens) - 1 or tokens[k].text.lower() not in _CITING_JOINERS:
            continue
        start = k + 1 + (tokens[k + 1].text == ":")
        tags[i:start] = ["prose"] * (start - i)
        _page_before_a_citing_verb(tokens, tags, i)
        if start >= len(tokens) or split_label(tags[start])[1] in NAME_LABELS or not tokens[start].text[:1].isupper():
            open_run(tags, start)
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
        if not opens_imprint and end > start and end + 1 < len(tokens) and tokens[end].text == "," \
                and tags[end + 1] in ("B-editor", "B-translator"):  # "reprinted in Below, ed. E. Roe (London: …)"
            after = next((j for j in range(end + 2, len(tokens)) if tags[j] != tags[end + 1].replace("B-", "I-")), len(tokens))
            opens_imprint = after < len(tokens) and tokens[after].text == "(" and split_label(tags[after])[1] in _IMPRINT
            stop = end + 1
        if opens_imprint and end > start:
            relabel(tags, start, end, "title")
            tags[end:stop] = ["prose"] * (stop - end)
            comma = _author_and_comma(tokens, start, end)
            if comma is not None:  # "reprinted in Farrell, Reflections at Fifty (…)", "in Rosalind Krauss, Perpetual Inventory (…)"
                relabel(tags, start, comma + 1, "author")
                open_run(tags, comma + 1)
        elif (quoted := _author_and_quoted_title(tokens, tags, start, end)) is not None:
            comma, closing = quoted  # "reprinted as Merriam, “The Social Conditions of the Smaller City”"
            relabel(tags, start, comma + 1, "author")
            relabel(tags, comma + 1, closing + 1, "title")
            open_run(tags, closing + 1)
        elif tags[start].startswith("I-"):
            tags[start] = "B-" + tags[start][2:]
    return tags


def _author_and_quoted_title(tokens: Sequence[Token], tags: Sequence[str], start: int, end: int) -> tuple[int, int] | None:
    """(the author's comma, the closing quote) when the run from ``start`` to ``end`` after a citing phrase, read as
    one note or container run, opens on an author's name, a comma and a quoted title (``Merriam, “The Social
    Conditions of the Smaller City”``): a short form of the second work; else None."""
    if split_label(tags[start])[1] not in ("note", "container-title"):
        return None
    comma = _author_and_comma(tokens, start, end)
    if comma is None or tokens[comma + 1].text not in OPENING_QUOTES:
        return None
    closing = next((j for j in range(comma + 2, end) if tokens[j].text == QUOTE_PAIRS[tokens[comma + 1].text]), None)
    if closing is None or closing < comma + 3 or any(split_label(tags[j])[1] != split_label(tags[start])[1]
                                                      for j in range(start, closing + 1)):
        return None
    return comma, closing


def _author_and_comma(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The comma after the author's name that opens the run from ``start`` to ``end`` before more capitalised
    words (the title), or None: one capitalised word that is no place (a family name: ``Farrell, Reflections at
    Fifty``) or a person's full name (:func:`~.words.full_name`: ``Rosalind Krauss, Perpetual Inventory``)."""
    comma = next((j for j in range(start + 1, min(start + 8, end - 1)) if tokens[j].text == ","), None)
    if comma is None:
        return None
    after = comma + 1 + (tokens[comma + 1].text in OPENING_QUOTES and comma + 2 < end)
    if not tokens[after].text[:1].isupper():
        return None
    if comma == start + 1:
        word = tokens[start].text
        return comma if word.isalpha() and word[:1].isupper() and fold(word) not in load("places") else None
    return comma if full_name([token.text for token in tokens[start:comma]]) else None


_PAGE_PIECES = re.compile(r"\d{1,5}|[-–:]")


def _page_before_a_citing_verb(tokens: Sequence[Token], tags: list[str], verb: int) -> None:
    """``Adorno, "Reflections," 104, quoted in …``: a page (range, or volume and page) read as prose between
    the comma that ends a cite's field and the comma before the citing verb at ``verb`` is that cite's
    pinpoint: relabelled ``locator`` in ``tags``; a year alone there is the cite's date (``"The Mass Strike," 1906,
    reprinted in …``)."""
    end = verb - 1
    if end < 1 or tokens[end].text != ",":
        return
    first = end
    while first > 0 and tags[first - 1] == "prose" and _PAGE_PIECES.fullmatch(tokens[first - 1].text):
        first -= 1
    if first == end or not tokens[first].text.isdigit() or not tokens[end - 1].text.isdigit():
        return
    field = first - 1
    if field < 1 or tokens[field].text not in (",", "”", '"', "’", "'") or tags[field] == "prose" and tags[field - 1] == "prose":
        return  # no field of a cite ends right before the page
    relabel(tags, first, end, "date" if end == first + 1 and YEAR.fullmatch(tokens[first].text) else "locator")


#: Words of publishers' names (``House``, ``Press``, ``Penguin``, ``Macmillan``).
_PUBLISHER_WORDS = load("publishers")


#: Runs a publisher named before its place may have been read into (``Penguin, Harmondsworth`` as one place;
#: ``The Revolution Betrayed, Pathfinder`` as one title).
_PUBLISHER_READ_AS = frozenset({"title", "container-title", "location", "publisher"})


@needs(any_folded(_PUBLISHER_WORDS))  # (folded, as the rule compares them)
def rule_publisher_before_its_place_and_year(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Capital, Vol. 1, Penguin, Harmondsworth, 1976, p. 280``, ``The Revolution Betrayed, Pathfinder, New York,
    1972``, ``Wildwood House, London 1974``: an imprint written publisher first, with commas and no bracket. One to
    four capitalised words between commas, holding a publisher's word (:data:`_PUBLISHER_WORDS`) and no place, right
    before a known place and a year (its comma between them or not) are the publisher, and the place its place,
    whatever runs the tagger read them into; words right after an author's names and comma are the title
    (``E. Preobrazhensky, The New Economics, Oxford 1965``)."""
    commas = comma_indexes(tokens)
    out = None
    for before, comma in zip(commas, commas[1:]):
        if not 1 <= comma - before - 1 <= 4:
            continue  # (the publisher's length, tested first: it is cheap)
        after = _place_end_before_a_year(tokens, comma)
        if after is None:
            continue
        publisher, place = tokens[before + 1:comma], tokens[comma + 1:after]
        if not 1 <= len(publisher) <= 4 or not all(t.text[:1].isupper() and t.text.replace("’", "").replace("'", "").isalpha()
                                                   or t.text in ("&", "and", "of") for t in publisher) \
                or _PUBLISHER_WORDS.isdisjoint(fold(t.text) for t in publisher) \
                or is_known_place(" ".join(t.text for t in publisher)) \
                or not 1 <= len(place) <= 3 or not is_known_place(" ".join(t.text for t in place)) \
                or any(split_label(tag)[1] not in _PUBLISHER_READ_AS for tag in tags[before + 1:after]) \
                or split_label(tags[before - (tags[before] == "prose" and before > 0)])[1] in NAME_LABELS:
            continue  # (right after the author's names and their comma: the title, "Preobrazhensky, The New Economics")
        out = out or list(tags)
        relabel(out, before + 1, comma + 1, "publisher")
        relabel(out, comma + 1, after + (tokens[after].text == ","), "location")
        open_run(out, after + (tokens[after].text == ","))
    return out or tags


def _place_end_before_a_year(tokens: Sequence[Token], comma: int) -> int | None:
    """The end of one to three words after token ``comma`` that a year follows, after a comma (``Harmondsworth,
    1976``) or right away (``London 1974``): the index of that comma or of the year; None when there is none."""
    for k in range(comma + 2, min(len(tokens) - 1, comma + 5)):
        if tokens[k].text == ",":
            return k if YEAR.fullmatch(tokens[k + 1].text) else None
        if YEAR.fullmatch(tokens[k].text):
            return k
    return None


#: A list item's marker in a note's prose: ``(1)``, ``(12)``.
_LIST_MARKER = re.compile(r"\((\d{1,2})\)")
#: A short list item after its marker: one to five words, no figure, quotation mark or inner comma.
#: What may come between a short item and the next marker (``, ``, ``; and ``), or end the last item (``.``).
_ITEM_END = re.compile(r"[ ]*[,;]?[ ]*(?:(?:and|or)[ ]+)?")
_LAST_ITEM_END = re.compile(r"[ ]*(?:[.;]|$)")
_SHORT_ITEM = re.compile(r"[ ]*[^\W\d_][^\d,;.\"“”()]{0,60}?(?=[ ]*(?:[,;.]|$))")


#: A table printed inside a note: a block between ``/*`` and ``*/`` (as Project Gutenberg marks one), or a row of three
#: cells or more between vertical bars (``| Été | 1.823 | 3.290 |``), its borders of ``+`` and ``-`` with it.
_TABLE_IN_A_NOTE = re.compile(r"/\*.*?\*/|(?:\+[-+]{2,}\+\s*)?\|(?:[^|\n]{0,80}\|){3,}(?:\s*\+[-+]{2,}\+)?", re.S)


@needs(any_mark("|"))
def rule_table_in_a_note_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Voici comme ils se répartissent en Italie: /* +----+ | | 1886. | 1887. | … */``: a table printed in a note
    (:data:`_TABLE_IN_A_NOTE`) is figures, no cite: its tokens are prose, whatever runs the tagger read in its cells
    (a year, a number, a word)."""
    return matches_as_prose(_TABLE_IN_A_NOTE, text, tokens, tags)


@needs(any_mark("("))
def rule_numbered_list_of_short_items_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``they ascribed pauperism to seven sources. (1) Ignorance, (2) Intemperance, (3) Pawnbrokers, (4) Lotteries,
    ...``: a list of three items or more numbered in order in brackets, each a few words with no figure,
    quotation mark or inner comma, is the note's own enumeration: the markers and the items are prose, not dates,
    pinpoints or titles. A numbered list of cites keeps its cites (an item with a comma, a figure or a quotation
    mark ends the list)."""
    markers = list(_LIST_MARKER.finditer(text))
    runs: list[list[re.Match]] = []
    for m in markers:
        if runs and int(m.group(1)) == int(runs[-1][-1].group(1)) + 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    changed: list[str] | None = None
    for run in runs:
        items = []
        for n, m in enumerate(run):
            item = _SHORT_ITEM.match(text, m.end())
            if item is None or len(item.group().split()) > 5:
                break
            upto = run[n + 1].start() if n + 1 < len(run) else len(text)
            if not _ITEM_END.fullmatch(text, item.end(), upto) and not (n + 1 == len(run) and _LAST_ITEM_END.match(text, item.end())):
                break  # the item runs on (a cite's comma and title): no list of short items
            items.append((m.start(), item.end()))
        if len(items) < 3:
            continue
        changed = changed if changed is not None else list(tags)
        for start, end in items:
            inside = [k for k, t in enumerate(tokens) if t.start >= start and t.end <= end]
            if inside and inside[-1] + 1 < len(tokens) and tokens[inside[-1] + 1].text in ",;.":
                inside.append(inside[-1] + 1)  # the item's comma or full stop
            for k in inside:
                changed[k] = "prose"
            if inside:
                open_run(changed, inside[-1] + 1)
    return changed if changed is not None else tags


#: A word of a name before a title: a capitalised word or an initial (``Laurence``, ``F``).
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")


@needs(any_mark(";"), any_mark("("))
def rule_imprint_read_before_its_bracket(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…, pp. 31–33; Laurence F. Schmeckebier, Government Publications and Their Use (Washington: …``:
    a run read as a publisher or place that opens a cite after a ``;`` and runs up to a bracket opening
    with a place (the cite's own imprint) is that cite's author and title: the capitalised words (and
    initials) up to its first comma, and the rest."""
    tags = list(tags)
    n = len(tokens)
    for i in tokens_at(text, tokens, SEMICOLON):
        if i + 1 >= n or tags[i + 1] not in ("B-publisher", "B-location"):
            continue
        label = tags[i + 1][2:]
        end = i + 2
        while end < n and tags[end] == "I-" + label:
            end += 1
        if end >= n or tokens[end].text != "(" or tags[end] != "B-location":
            continue
        comma = next((k for k in range(i + 2, end) if tokens[k].text == ","), None)
        name = [t.text for t in tokens[i + 1:comma or i + 1] if t.text != "."]
        if comma is None or comma + 1 >= end or not 2 <= len(name) <= 4 \
                or not all(_NAME_WORD.fullmatch(w) for w in name):
            continue
        relabel(tags, i + 1, comma + 1, "author")
        relabel(tags, comma + 1, end, "title")
    return tags


#: A pinpoint that opens on a locator word (``p. 711``, ``vol. 1, p. 364``, ``nº 32``, ``art. 2``,
#: ``sect. VIII``, ``S. 12``, ``pág. 313``) or on a Roman volume and a page (``I. 20``, ``VI. 404``).
_SENTENCE_PINPOINT = re.compile(
    r"(?:(?:pp?|vols?|t|tom|tome|tomo|n[º°o]s?|nos?|art|arts|sect|sec|ch|chap|Ch|Chap|S|Bd|Th|p[áa]gs?|p[áa]ginas?|col|fol|§)"
    r"\.?\s*[\dIVXLCivxlc]|[IVXLC]{1,6}\.\s*\d)")
#: A comma before such a pinpoint: a note without one holds no sentence the rule reads.
_COMMA_AND_PINPOINT = re.compile(r",\s*(?:" + _SENTENCE_PINPOINT.pattern + ")")
_ROMAN = re.compile(r"[IVXLCivxlc]+")
_NUMBER_OR_ROMAN = re.compile(r"\d+|[IVXLCivxlc]+")
#: A year of the centuries the notes cite (``Heidelberg 1815.``).
_EARLY_YEAR = re.compile(r"1[4-9]\d\d")
#: Labels a sentence's head keeps when the tagger gave it only these (``Power Evidence``: author and title).
_HEAD_LABELS = frozenset({"author", "editor", "title"})


#: Words that point elsewhere in the same text, not to a work (``Supra, p. 123``).
_BACK_REFERENCES = frozenset({"supra", "infra"})
#: A short capitalised abbreviation (``P.``, ``S.``, ``Th.``): no sentence opens on it.
_ABBREVIATION = re.compile(r"[A-Z][a-z]?\.")


def _digits_only_in_a_closing_year(words: list[str]) -> bool:
    """Whether a sentence's head words hold no digit, or only a year that ends them after a lower-case
    word (``Code of 1650``, ``Laws of 1785``: the year is part of the title; ``Heidelberg 1815`` is an imprint)."""
    numbered = [k for k, w in enumerate(words) if any(c.isdigit() for c in w)]
    if not numbered:
        return True
    return numbered == [len(words) - 1] and len(words) >= 3 and bool(_EARLY_YEAR.fullmatch(words[-1])) \
        and words[-2].islower()


#: The apostrophes of an elided word (``l'exécution``, ``d’or``), taken out before its letters are read.
_APOSTROPHES = str.maketrans("", "", "'’")


def _ends_sentence(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` (a ``.`` or ``;``) ends a sentence or a cite: a ``;``, or a full stop after a
    number, a Roman numeral, a bracket or a lower-case word of three letters or more (an elided one
    too: ``l'exécution.``)."""
    if tokens[i].text == ";":
        return True
    if tokens[i].text != "." or i == 0:
        return False
    before = tokens[i - 1].text
    if i + 1 < len(tokens) and tokens[i + 1].text.lower() in ("series", "ser") and _ROMAN.fullmatch(before):
        return False  # "Notes and Queries, IV. Series, III. 216": the series' number
    return before.isdigit() or before in (")", "]") or bool(_ROMAN.fullmatch(before)) \
        or (len(before) >= 3 and before.translate(_APOSTROPHES).isalpha() and before.islower())


def _sentence_starts(text: str, tokens: Sequence[Token], before: int | None = None) -> list[int]:
    """The token indexes where the note's sentences (or parts between ``;``) start: 0 and the token after each mark
    that ends one (:func:`_ends_sentence`); with ``before``, only after the marks before that text offset. The marks
    are the note's full stops and semicolons, which the rules find once per note (:func:`~.words.tokens_at`)."""
    marks = sorted(tokens_at(text, tokens, PERIOD) + tokens_at(text, tokens, SEMICOLON))
    return [0] + [i + 1 for i in marks if (before is None or tokens[i].start < before) and i < len(tokens) - 1
                  and _ends_sentence(tokens, i)]


def _after_a_bracketed_imprint(tokens: Sequence[Token], i: int) -> int:
    """The token after the bracket that opens at token ``i`` and holds an imprint's year (``(Hartford 1830)``,
    ``(London, 1786)``: six tokens at most), or ``i`` when there is none."""
    if i >= len(tokens) or tokens[i].text != "(":
        return i
    close = next((k for k in range(i + 1, min(len(tokens), i + 8)) if tokens[k].text == ")"), None)
    if close is None or not any(_EARLY_YEAR.fullmatch(t.text) for t in tokens[i + 1:close]):
        return i
    return close + 1


def pinpoint_end(text: str, tokens: Sequence[Token], first: int) -> int | None:
    """The token after the pinpoint that opens at token ``first`` (``tom. xiii. p. 928``, ``p. 711``), its
    closing punctuation left out (but the full stop of ``ff.``), or None when no pinpoint opens there."""
    match = _LOCATOR.match(text, tokens[first].start)
    if not match:
        return None
    end = first
    while end < len(tokens) and tokens[end].end <= match.end():
        end += 1
    while end > first + 1 and (tokens[end - 1].text in ",;:" or tokens[end - 1].text == "." and
                               _NUMBER_OR_ROMAN.fullmatch(tokens[end - 2].text)):
        end -= 1  # the full stop of "ff." stays
    return end


def pinpoint_read_as_a_note_after(text: str, tokens: Sequence[Token], tags: list[str], label: str,
                                  opens: Callable[[Token], bool]) -> None:
    """In place: ``Ibid., 3: 290.``, ``… Principles of political economy. B. II, Ch. 3.``: a note run (or prose, after an
    ibid) right after a ``label`` run, opening on a token ``opens`` accepts, that is only a pinpoint (the locator
    grammar, a volume and its page too) to the cite's end (the note's, a full stop, the rest of the run prose, or a
    semicolon, the rest of the run opening anew) is the pinpoint of the cite that run is in."""
    runs = tag_spans(tokens, tags)
    for (_, last, before), (first, end, after) in zip(runs, runs[1:]):
        if before != label or first != last or after not in (("note", "prose") if label == "ibid" else ("note",)) \
                or not opens(tokens[first]):
            continue
        stop = pinpoint_end(text, tokens, first)
        if stop is None or stop < len(tokens) and tokens[stop].text not in ".;":
            continue  # the pinpoint must end the cite ("chap. 2 in Muralism without Walls": a chapter of another work)
        relabel(tags, first, stop, "locator")
        if stop < end and tokens[stop].text == ";":
            tags[stop] = "prose"  # the rest of the run opens anew: a cite of its own, perhaps
            open_run(tags, stop + 1)
        elif stop < end:
            tags[stop:end] = ["I-locator"] + ["prose"] * (end - stop - 1)  # a sentence after the pinpoint's stop


#: Words that open a pinpoint after a title's stop (``B. II, Ch. 3``, ``Book IV``, ``Vol. 2, p. 5``), folded.
_PINPOINT_WORDS = frozenset({"p", "pp", "s", "b", "bk", "book", "ch", "chap", "cap", "vol", "vols", "tom", "t", "bd", "th",
                             "lib", "l", "liv", "art", "sect", "sec", "§", "col", "fol", "fols"})


@needs(any_tag("B-note"), any_tag("B-title"))
def rule_worded_pinpoint_read_as_a_note_after_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Vgl. Sir J. Steuart Principles of political economy. B. II, Ch. 3.``: a pinpoint opened by its word (a book's,
    volume's, chapter's or page's: :data:`_PINPOINT_WORDS`) that the tagger read as a note right after a title run
    (its stop) is the title's pinpoint (:func:`pinpoint_read_as_a_note_after`)."""
    out = list(tags)
    pinpoint_read_as_a_note_after(text, tokens, out, "title", lambda token: fold(token.text) in _PINPOINT_WORDS)
    return out


def _name_broken_by_prose(tokens: Sequence[Token], tags: Sequence[str], start: int, end: int) -> bool:
    """Whether the tagger read tokens [start, end) as a field and then prose words that are no stopword
    (``Mathiew's/author magnalia Christi americana/prose``): the head of the sentence is one title it
    cut in two, not a name (``Smith and Jones``, with only ``and`` as prose, stays as read)."""
    named = prose = False
    for i in range(start, end):
        if not tokens[i].text[:1].isalpha():
            continue
        if tags[i] == "prose":
            prose = prose or named and fold(tokens[i].text) not in load("stopwords")
        else:
            named = True
    return prose


@needs(any_mark(","), any_match(_COMMA_AND_PINPOINT))  # (the pattern holds a comma)
def rule_sentence_of_a_title_and_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Fédéraliste, nº 32. Story, p. 711. Kent's commentaries, vol. 1, p. 364.``, ``Journals of Cong.,
    I. 20.``, ``Code of 1650, p. 96.``: a sentence (or a part between ``;``) that is only one to six words
    opening on a capital (no number among them but a year closing them after a lower-case word), a comma
    and a pinpoint opened by a locator word or a Roman volume (reaching the sentence's end, or a bracketed
    imprint with its year there: ``Code of 1650, p. 28 (Hartford 1830).``) is one cite:
    the words are its title (or the name or title the tagger read there) and the rest its locator (a
    lead-in before them, ``See``, ``Voyez``, is prose), when the tagger's runs spill across the sentence's
    edges, read a note there or read only prose and dates (a sentence the tagger read as a cite of its
    own keeps its labels)."""
    pinpoint_commas = {match.start() for match in _COMMA_AND_PINPOINT.finditer(text)}
    if not pinpoint_commas:
        return tags  # no comma before a pinpoint: no sentence of the kind (most notes; a text search is cheap)
    last_comma = max(pinpoint_commas)
    commas = comma_indexes(tokens)
    tags = list(tags)
    starts = _sentence_starts(text, tokens, last_comma)  # a sentence opening past the last such comma is never read
    for start in starts:
        if tokens[start].start > last_comma:
            break  # no comma before a pinpoint after this sentence's start: none of the rest is of the kind
        if start > 1 and _EARLY_YEAR.fullmatch(tokens[start - 2].text) and tokens[start - 1].text == ".":
            continue  # "Heidelberg 1815. Vorrede, S. XLVI.": the reference before it goes on
        opening = start
        start = past_lead_words(tokens, start)  # "See", "Vgl.": prose before the cite
        if start >= len(tokens) or fold(tokens[start].text) in _BACK_REFERENCES:
            continue
        following = bisect_left(commas, start)  # the first comma from the start on, within ten tokens
        comma = commas[following] if following < len(commas) and commas[following] < start + 10 else None
        if comma is None or comma == start or comma + 1 >= len(tokens):
            continue
        if tokens[comma].start not in pinpoint_commas:
            continue  # no pinpoint after the comma (the search above found every comma before one)
        head = tokens[start:comma]
        words = [t.text for t in head if t.text[:1].isalnum()]
        if not 1 <= len(words) <= 6 or not words[0][:1].isupper() or not _digits_only_in_a_closing_year(words) \
                or any(t.text not in (".", "'", "’", "-") and not t.text[:1].isalnum() for t in head):
            continue
        if not _SENTENCE_PINPOINT.match(text, tokens[comma + 1].start) or _SENTENCE_PINPOINT.match(text, head[0].start) \
                or any(re.fullmatch(r"[IVXLC]+", w) for w in words):
            continue  # "Bd. I, S. 498": the head is a pinpoint itself
        end = pinpoint_end(text, tokens, comma + 1)
        if end is None:
            continue
        after = _after_a_bracketed_imprint(tokens, end)
        if after < len(tokens) and tokens[after].text in ".;":
            after += 1
        after = _after_a_closing_bracket_of_parts(tokens, after)
        if after < len(tokens) and not (tokens[after - 1].text in ".;" and _capital_opens_at(tokens, after)
                                        and not _ABBREVIATION.fullmatch(text, tokens[after].start)):
            continue  # the pinpoint does not reach the sentence's end ("vol. I. P. II. S. 213")
        if _VOLUME_ONLY.fullmatch(text, tokens[comma + 1].start, tokens[end - 1].end):
            continue  # "Lecture Notes in Computer Science, vol. 12823.": a series, not a pinpoint
        labels = {split_label(t)[1] for t in tags[start:comma]}
        if "ibid" in labels:
            continue  # "Ibid., pp. 574-80": the ibid rules read it
        broken = _name_broken_by_prose(tokens, tags, start, comma)
        spilled = tags[start].startswith("I-") or after < len(tags) and tags[after].startswith("I-") \
            or "note" in {split_label(t)[1] for t in tags[start:end]} or labels <= {"prose", "date"} or broken
        if not spilled:
            continue  # the tagger read the sentence as a cite of its own: its labels stand
        tags[opening:start] = ["prose"] * (start - opening)  # the lead-in is no field of the cite
        named = labels - {"prose"}
        if broken or not (named and named <= _HEAD_LABELS):  # "Compare Stuart", "Dr. Loudon Evidence": the tagger's names stay
            relabel(tags, start, comma, "title")
        tags[comma] = "prose"
        relabel(tags, comma + 1, end, "locator")
        for k in range(end, after):
            tags[k] = "prose"
        open_run(tags, after)
    return tags


def _capital_opens_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` opens a sentence: a capitalised word, or a quotation mark before one (``The Prince, Ch.
    XVIII. "Concerning the way…"``)."""
    if tokens[k].text in OPENING_QUOTES and k + 1 < len(tokens):
        k += 1
    return tokens[k].text[:1].isupper()


#: A pinpoint opening on a locator word with no comma before it (``Sermones fideles Cap. 34.``).
_WORDED_PINPOINT = re.compile(r"(?:(?:Cap|cap|Kap|ch|chap|Bd|tom|t)\.\s*[\dIVXLCivxlc]|(?:S|pp?)\.\s*\d)")
#: The words :data:`_WORDED_PINPOINT` opens on: a token of its own each, its full stop after it.
_WORDED_PINPOINT_WORDS = frozenset({"Cap", "cap", "Kap", "ch", "chap", "Bd", "tom", "t", "S", "p", "pp"})
#: A letter or a space, then a space: what comes right before such a word after a word of letters only.
_AFTER_A_LETTER = r"(?:[^\W\d_]|\s)\s"
#: What the rule below cannot do without: such a word and its stop, after a word of letters only and a space (the
#: title's last word), before a number or a Roman numeral's letter (``fideles Cap. 34``); found from the stop.
_WORDED_PINPOINT_AFTER_A_WORD = re.compile(
    r"\.(?:(?<=" + _AFTER_A_LETTER + r"[tSp]\.)|(?<=" + _AFTER_A_LETTER + r"(?:ch|pp|Bd)\.)"
    r"|(?<=" + _AFTER_A_LETTER + r"(?:Cap|cap|Kap|tom)\.)|(?<=" + _AFTER_A_LETTER + r"chap\.))\s*[\dIVXLCivxlc]")


#: Words saying a quotation comes from a page (``Quote from p. 665``, ``Quotes on pp. 3–4``).
_QUOTE_WORDS = frozenset({"quote", "quotes", "quoted", "quotation", "quotations", "zitat", "citation"})


@needs(any_written(_WORDED_PINPOINT_WORDS), any_match(_WORDED_PINPOINT_AFTER_A_WORD))
def rule_sentence_of_a_title_and_bare_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Sermones fideles Cap. 34.``, ``Leviathan Cap. I und passim.``: a sentence that is only one to four words
    opening on a capital (no digit among them) and a pinpoint opened by a locator word, no comma between, reaching the
    sentence's end, all read as prose: the words are a title, the rest its locator."""
    if not any(tokens[k].text in _WORDED_PINPOINT_WORDS and tags[k - 1] == "prose"
                       and _WORDED_PINPOINT.match(text, tokens[k].start) for k in range(1, len(tokens))):
        return tags  # no worded pinpoint after a word read as prose (cheaper than a search of the text)
    out = None
    starts = _sentence_starts(text, tokens)
    for start in starts:
        head_end = next((k for k in range(start + 1, min(len(tokens), start + 5))
                         if _WORDED_PINPOINT.match(text, tokens[k].start)), None)
        if head_end is None or not tokens[start].text[:1].isupper() \
                or not all(t.text.isalpha() for t in tokens[start:head_end]) \
                or any(tags[k] != "prose" for k in range(start, head_end)) \
                or fold(tokens[start].text) in load("lead_words") or fold(tokens[head_end - 1].text) in load("stopwords") \
                or fold(tokens[start].text) in _QUOTE_WORDS:
            continue  # "See p. 112", "Quote from p. 665": a lead-in, no title
        end = pinpoint_end(text, tokens, head_end)
        if end is None:
            continue
        after = end + (end < len(tokens) and tokens[end].text in ".;")
        if after < len(tokens) and not (tokens[after - 1].text in ".;" and tokens[after].text[:1].isupper()):
            continue  # the pinpoint does not reach the sentence's end
        out = out or list(tags)
        relabel(out, start, head_end, "title")
        relabel(out, head_end, end, "locator")
        open_run(out, end)
    return out or tags


def _after_a_closing_bracket_of_parts(tokens: Sequence[Token], i: int) -> int:
    """Where the note goes on after a bracket at token ``i`` that names parts by abbreviations and closes it
    (``p. 291. (B. I, Ch. 11.)``: the book and chapter of the page); ``i`` when there is none."""
    if i + 3 >= len(tokens) or tokens[i].text != "(" or tokens[i + 2].text != "." \
            or not re.fullmatch(r"[A-Z][a-z]{0,3}", tokens[i + 1].text):
        return i
    close = next((k for k in range(i + 3, min(len(tokens), i + 14)) if tokens[k].text == ")"), None)
    if close is None or any(t.text == "(" for t in tokens[i + 1:close]) \
            or not all(t.text in ".;" for t in tokens[close + 1:]):
        return i
    return len(tokens)


#: Runs of numbers a semicolon may end before the next cite's title (``T 1897; Socialist Herald, no. 6``).
_NUMBER_RUNS = frozenset({"volume", "issue", "locator", "pages"})


def _opens_a_name(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a capitalised word of three letters or more that is neither a Roman numeral
    (``II. 279``) nor a locator word (``Vol.``, ``Pt.``) nor abbreviated (a period after it)."""
    word = tokens[i].text
    return len(word) >= 3 and word.isalpha() and word[:1].isupper() and not ROMAN_NUMERAL.fullmatch(word) \
        and fold(word) not in load("locator_words") and (i + 1 == len(tokens) or tokens[i + 1].text != ".")


@needs(any_mark(" and "), any_tag(f"I-{label}" for label in _NUMBER_RUNS),
       any_tag(f"B-{label}" for label in NAME_LABELS | {"title"}))
def rule_and_before_a_name_ends_a_number_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Foreign Affairs, July 1955, pp. 615–623 and John Snell, ed., The Meaning of Yalta (…)``: an ``and`` that ends
    a pinpoint, page, volume or issue run right before a capitalised name (a name or title run after it, no Roman
    numeral or locator word: ``pp. 953 and 957`` is one list) joins two cites: it is prose, so the name opens the
    next cite."""
    tags = list(tags)
    for k in range(1, len(tokens) - 1):
        if tokens[k].text != "and":
            continue
        label = split_label(tags[k])[1]
        if label not in _NUMBER_RUNS or not tags[k].startswith("I-") \
                or tags[k + 1] == "I-" + label or not tags[k + 1].startswith("B-") \
                or split_label(tags[k + 1])[1] not in NAME_LABELS | {"title"} or not _opens_a_name(tokens, k + 1):
            continue
        tags[k] = "prose"
    return tags


@needs(any_mark(" and "), any_written(OPENING_QUOTES))
def rule_and_a_named_author_of_a_quoted_title_open_a_cite(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…, Box 5, Advisory Committee Minutes—1989–1990 and Bruce Kuniholm, “Foreign Relations, …,” Perspectives``: after a
    run (not prose) that ends on a number, ``and`` (perhaps after a comma), a person's name (a known given name or an
    initial, then one or two capitalised words), a comma and an opening quotation mark open the next cite, whatever run
    the tagger read on over them: ``and`` is prose, the name the author of the quoted title after it."""
    out = None
    n = len(tokens)
    for k in range(1, n - 4):
        if tokens[k].text != "and" or tags[k] == "prose" or split_label(tags[k + 1])[1] == "author" and tags[k + 1].startswith("B-"):
            continue
        before = k - 1 if tokens[k - 1].text == "," else k
        if before == 0 or not tokens[before - 1].text[-1:].isdigit() or tags[before - 1] == "prose":
            continue
        comma = next((c for c in range(k + 2, min(n - 1, k + 6)) if tokens[c].text == ","), None)
        if comma is None or tokens[comma + 1].text not in OPENING_QUOTES or not full_name([t.text for t in tokens[k + 1:comma]]):
            continue
        out = out or list(tags)
        out[before:k + 1] = ["prose"] * (k + 1 - before)
        relabel(out, k + 1, comma + 1, "author")
        open_run(out, comma + 1)
    return out or tags


@needs(any_mark(";"))
def rule_semicolon_ends_a_name_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Okafor; Ruth Hale, “Dock Strikes” (Leeds…``, ``See Smith, Common Ground; Jones, Old Roads, 4``: a ``;``
    inside a run of names separates two cites (names in one list are joined by ``,`` or ``and``, never by ``;``):
    it is prose, and the name after it opens a run of its own; an ``and`` right after the ``;`` (``…Revolution;
    and Ciliga, The Russian Enigma``) joins the two cites and is prose too."""
    tags = list(tags)
    for k in tokens_at(text, tokens, SEMICOLON):
        label = split_label(tags[k])[1]
        if k + 1 < len(tokens) and label in NAME_LABELS and tags[k].startswith("I-") and tags[k + 1] == "I-" + label:
            tags[k] = "prose"
            if k + 2 < len(tokens) and tokens[k + 1].text.lower() in ("and", "&") and tags[k + 2] == "I-" + label \
                    and tokens[k + 2].text[:1].isupper():
                tags[k + 1] = "prose"
                k += 1
            open_run(tags, k + 1)
    return tags


_BRACKET_OR_YEAR_BEFORE_A_SEMICOLON = re.compile(r"(?:\)|\b1[4-9]\d\d)\s*;")
#: What the rule below cannot do without, found from the ``;`` (cheaper than the pattern above): a ``;`` right after a
#: bracket's close, a year or a space.
_SEMICOLON_AFTER_A_BRACKET_YEAR_OR_SPACE = re.compile(r";(?:(?<=\);)|(?<=1[4-9]\d\d;)|(?<=\s;))")


@needs(any_mark(";"), any_match(_SEMICOLON_AFTER_A_BRACKET_YEAR_OR_SPACE), any_tag("I-title", "I-container-title"))
def rule_semicolon_after_a_bracket_ends_a_title_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Lettres de Montcalm à Madame de Saint-Véran, 1756, 1757 (Papiers de Famille); and Lettres de Montcalm à
    Bourlamaque, 1757``, ``Mémoires sur le Canada, 1749-1760; N. Y. Col. Docs., VII. 395``: a title or container
    run that goes on past a bracket closing (or a year ending, when a pinpoint follows the run) before a ``;`` ends
    there; the ``;`` (and an ``and`` after it) are prose and the capitalised words after them open a title run of
    their own."""
    if not _BRACKET_OR_YEAR_BEFORE_A_SEMICOLON.search(text):
        return tags
    out = None
    for k in tokens_at(text, tokens, SEMICOLON):
        label = split_label(tags[k])[1]
        if k < 1 or k + 1 >= len(tokens) or not (tokens[k - 1].text == ")" or YEAR.fullmatch(tokens[k - 1].text)) \
                or label not in ("title", "container-title") \
                or not tags[k].startswith("I-") or tags[k + 1] != "I-" + label:
            continue
        nxt = k + 1 + (tokens[k + 1].text.lower() in ("and", "&"))
        if nxt >= len(tokens) or not tokens[nxt].text[:1].isupper() or tags[nxt] != "I-" + label:
            continue
        end = nxt
        while end < len(tags) and tags[end] == "I-" + label:
            end += 1
        after = end
        while after < len(tokens) and tokens[after].text in ".,":
            after += 1
        if tokens[k - 1].text != ")" and not (after < len(tokens) and split_label(tags[after])[1] == "locator"):
            continue  # after a year, only a title cited at a pinpoint opens ("Eight Years in Congress, from 1857–1865;
            # Memoir and Speeches" is one title)
        out = out or list(tags)
        out[k:nxt] = ["prose"] * (nxt - k)
        relabel(out, nxt, end, "title")
    return out or tags


#: A page or a Roman volume and its page, alone (``131``, ``39-41``, ``i. 254-5``).
_BARE_PAGE_PINPOINT = re.compile(r"(?:[ivxlc]{1,6}\.\s*)?(?!(?:1[4-9]|20)\d\d\b)\d{1,4}(?:\s*[-–]\s*\d{1,4})?"
                                 r"(?=\s*,\s*[a-z]|\s*\.(?:\s|$))")  # not a year: "Hartford Jews, 1659-1970"
#: What every note the rule below changes holds: a comma and such a page after it.
_COMMA_AND_BARE_PAGE = re.compile(r",\s*" + _BARE_PAGE_PINPOINT.pattern)
#: What the rule below cannot do without: such a comma right after a letter, a full stop or a space (the title's last
#: word or its stop).
_WORD_OR_STOP_COMMA_AND_BARE_PAGE = re.compile(r",(?<=[^\W\d_],|[.\s],)\s*" + _BARE_PAGE_PINPOINT.pattern)


@needs(any_mark(","), any_match(_WORD_OR_STOP_COMMA_AND_BARE_PAGE))
def rule_name_title_and_page_opening_a_sentence(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Crowe, Gospel Cent. Am., 131, erroneously asserts …``, ``Arce, Mem., 39-41, gives …``: a sentence that opens
    on one capitalised name, a comma, one to six capitalised words or abbreviations (the short title), a comma and a
    page (or a Roman volume and its page) before a comma and prose, or a full stop, all read as prose: a short form,
    the name its author, the words its title, the page its locator. So is a title of two abbreviations or more and
    a page with no name before it (``… of little interest to him. Mem. Rev. Cent. Am., 60. Arce himself …``)."""
    if not _COMMA_AND_BARE_PAGE.search(text) \
            or not any(k and tags[k] == tags[k - 1] == "prose" for k in tokens_at(text, tokens, _COMMA_AND_BARE_PAGE)):
        return tags  # no comma before a page, read as prose after prose
    out = None
    starts = _sentence_starts(text, tokens)
    for start in starts:
        name = past_lead_words(tokens, start)  # "See", "Cf.": prose before the cite
        if name + 4 >= len(tokens) or fold(tokens[name].text) in load("stopwords"):
            continue
        if _opens_a_name(tokens, name) and tokens[name + 1].text == ",":
            title = name + 2
        elif tokens[name].text[:1].isupper() and tokens[name].text.isalpha() and tokens[name + 1].text == ".":
            title = name  # "Mem. Rev. Cent. Am., 60.": a title cut short word by word, no name before it
        else:
            continue
        comma = next((k for k in range(title, min(len(tokens), title + 13)) if tokens[k].text == ","), None)
        if comma is None or comma == title:
            continue
        words = [t.text for t in tokens[title:comma] if t.text != "."]
        if not 1 <= len(words) <= 6 or not all(w[:1].isupper() and w.isalpha() for w in words) \
                or title == name and sum(t.text == "." for t in tokens[title:comma]) < 2:
            continue
        if comma + 1 >= len(tokens) or not _BARE_PAGE_PINPOINT.match(text, tokens[comma + 1].start):
            continue
        if any(tags[k] != "prose" for k in range(start, comma + 1)):
            continue
        end = pinpoint_end(text, tokens, comma + 1)
        if end is None:
            continue
        out = out or list(tags)
        if title > name:
            relabel(out, name, name + 2, "author")
        relabel(out, title, comma, "title")
        out[comma] = "prose"
        relabel(out, comma + 1, end, "locator")
        open_run(out, end)
    return out or tags


def _before_a_bracket(tokens: Sequence[Token], stop: int | None) -> bool:
    """Whether token ``stop`` (a run's end) is an opening bracket."""
    return stop is not None and stop < len(tokens) and tokens[stop].text == "("


#: What the rule below cannot do without: a comma, ``in`` and a capitalised word of three letters or more.
_COMMA_IN_AND_A_CAPITALISED_WORD = re.compile(r",\s*in\s+[^\W\d_a-z][^\W\d_A-Z]{2}")


@needs(any_mark(", in "), any_match(_COMMA_IN_AND_A_CAPITALISED_WORD))
def rule_title_in_a_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Journal of a Naval Officer, in Sargent.``, ``Statement of George Croghan, in Sargent, appendix iii.``: a
    sentence of capitalised title words, a comma, ``in`` and one to four capitalised names ending it or before a comma
    and a pinpoint is a title printed in the work known by that name (the book of Sargent cited before): the words
    before the comma are the title, the name the container. A family name and its comma opening the sentence
    (:func:`~.words.family_name_like`) are the author (``Arrillaga, Informe, in Cedulario, 66-7``), and the comma the rule looks
    for is the next one (``Lenin, What Is to Be Done?, in Collected Works, vol. 5 (…)``: no name closes it)."""
    if not any(k + 2 < len(tokens) and tokens[k + 1].text == "in" and capitalised_word(tokens[k + 2].text, 3)
                                      for k in tokens_at(text, tokens, COMMA)):
        return tags  # no comma and "in" before a capitalised name
    out = None
    starts = _sentence_starts(text, tokens)
    for start in starts:
        own = _OWN_PART.match(text, tokens[start].start)
        while own and start < len(tokens) and tokens[start].start < own.end():
            start += 1  # "See Appendix G. Letter from Lake George, in …": the book's own part first
        start = past_lead_words(tokens, start)
        comma = next((k for k in range(start + 1, min(len(tokens) - 2, start + 16)) if tokens[k].text == ","), None)
        author = comma == start + 1 and tokens[comma + 1].text != "in" and family_name_like(tokens[start].text)
        if author:  # "Arrillaga, Informe, in Cedulario, 66-7": the author, then the title
            comma = next((k for k in range(start + 3, min(len(tokens) - 2, start + 16)) if tokens[k].text == ","), None)
        if comma is None or tokens[comma + 1].text != "in" or not tokens[start].text[:1].isupper():
            continue
        name = comma + 2
        end = name + 1
        while end < min(len(tokens), name + 4) and capitalised_word(tokens[end].text, 3):
            end += 1  # "in Sargent", "in Boston News Letter."
        if not capitalised_word(tokens[name].text, 3) or fold(tokens[name].text) in load("stopwords"):
            continue
        closes = end == len(tokens) or tokens[end].text == "." and (end + 1 == len(tokens) or tokens[end + 1].text[:1].isupper()
                                                                   and not (end + 2 < len(tokens) and tokens[end + 2].text == "."))
        # (not "in Mass. Hist. Coll.": a name cut short, and the next word cut short too)
        if not closes and end > name + 2:
            end = name + 2  # before a pinpoint, a name of one or two words ("in Mante, 117"), no periodical's name
        cut = name
        while cut + 1 < len(tokens) and capitalised_word(tokens[cut].text, 2) and tokens[cut + 1].text == "." \
                and tokens[cut + 1].start == tokens[cut].end:
            cut += 2  # "in Mass. Hist. Soc. Coll., 1st Ser., IV. 205": a collection's name cut short word by word
        held = _LOCATOR.match(text, tokens[cut + 1].start) if cut >= name + 4 and cut + 1 < len(tokens) \
            and tokens[cut].text == "," else None
        if held and re.search(r"\d\W*$", held.group(0)):
            end = cut  # (with a page: "Mass. Hist. Coll., 3rd Series, V." names the set's volume, no pinpoint)
        pinpoint = end + 1 < len(tokens) and tokens[end].text == "," and bool(_LOCATOR.match(text, tokens[end + 1].start))
        if pinpoint and _before_a_bracket(tokens, pinpoint_end(text, tokens, end + 1)):
            continue  # "in Collected Works, vol. 5 (Moscow: Progress, 1961)": a volume before its imprint, no pinpoint
        title = start + 2 if author else start
        words = [t.text for t in tokens[title:comma] if t.text[:1].isalpha()] if tokens[title].text[:1].isupper() else []
        if not (closes or pinpoint) or len(words) < 2 - author or not all(w[:1].isupper() or w in _SMALL_TITLE_WORDS for w in words) \
                or any(split_label(tags[k])[1] not in ("title", "container-title", "prose", "note", "author")
                       for k in range(start, end)):
            continue
        out = out or list(tags)
        relabel(out, start, comma, "title")
        if author:
            relabel(out, start, start + 2, "author")
            open_run(out, start + 2)
        out[comma] = out[comma + 1] = "prose"
        relabel(out, name, end, "container-title")
        if closes and end + 1 < len(tokens) and out[end + 1].startswith("I-"):
            run_end = end + 1  # "…, in Boston News Letter. Even Rogers, the ranger, speaks…": the run read on
            while run_end < len(tokens) and out[run_end].startswith("I-"):  # into the next sentence is prose
                run_end += 1
            out[end:run_end] = ["prose"] * (run_end - end)
        if pinpoint:
            out[end] = "prose"  # the comma before the pinpoint
            stop = pinpoint_end(text, tokens, end + 1)
            if stop is not None:
                relabel(out, end + 1, stop, "locator")  # "…, in Mante, 117.": read as a note in a longer note
                while stop < len(tokens) and tokens[stop].text in ".,;" and out[stop].startswith("I-"):
                    out[stop] = "prose"  # the stop closing the pinpoint
                    stop += 1
                open_run(out, stop)
        else:
            open_run(out, end)
    return out or tags


#: Small words inside a title printed in a named book (``Letter from an Officer, in Knox``).
_SMALL_TITLE_WORDS = FUNCTION_WORDS | {"from", "by", "at", "with"}


#: Quotes that open a quotation inside a title run (a ``;`` between them is the quoted title's own).
_OPENING_QUOTE_MARKS = frozenset("“‘\"")
_CLOSING_QUOTE_MARKS = frozenset("”’\"")


#: A page glued to its word, or a bare page (``p59``, ``pp205-206``, ``74``), ending a cite before a semicolon.
_GLUED_PAGE = re.compile(r"p{1,2}\.?\d+(?:[-–]\d+)?|\d{1,4}")


@needs(any_mark(";"), any_written({"“", "‘"}))
def rule_semicolon_in_an_unclosed_quotation_before_a_named_quotation_ends_it(text: str, tokens: Sequence[Token],
                                                                              tags: list[str]) -> list[str]:
    """``D G Goldstraw “Socialism and the Labour Movement … 1929-51 MA Thesis Sheffield 1983 p59; Harry Pollitt “Serving
    my Time…” Lawrence and Wishart (1940) p282``: a title run opening on a curly quotation mark never closed before a
    ``;`` that one to five capitalised words (a name) and another opening quotation mark follow ends at the ``;``: the
    words are the next cite's author, the quotation opens its title; the page and the year that end the cite before
    the ``;`` are its pinpoint and date."""
    out = None
    for k in tokens_at(text, tokens, SEMICOLON):
        if k + 3 >= len(tokens) or not (out or tags)[k].startswith("I-"):
            continue
        first = k
        while first > 0 and (out or tags)[first].startswith("I-"):
            first -= 1
        if split_label((out or tags)[first])[1] != "title" or tokens[first].text not in ("“", "‘") \
                or any(t.text in ("”", "’") for t in tokens[first + 1:k]):
            continue  # no curly quotation opened the run, or it closed before the semicolon
        quote = k + 1
        while quote < len(tokens) and quote - k <= 5 and (tokens[quote].text[:1].isupper() or tokens[quote].text == "."):
            quote += 1
        if quote == k + 1 or quote >= len(tokens) or tokens[quote].text != tokens[first].text \
                or not any(t.text == QUOTE_PAIRS.get(tokens[first].text) for t in tokens[quote + 1:]):
            continue  # no name and opening quotation mark after the semicolon, or that one never closes either
        end = k + 1
        while end < len(tokens) and (out or tags)[end].startswith("I-"):
            end += 1
        out = out or list(tags)
        out[k] = "prose"
        relabel(out, k + 1, quote, "author")
        relabel(out, quote, max(end, quote + 1), "title")
        page = k - 1
        if page > first + 1 and _GLUED_PAGE.fullmatch(tokens[page].text):
            relabel(out, page, k, "locator")
            if page - 1 > first + 1 and YEAR.fullmatch(tokens[page - 1].text):
                relabel(out, page - 1, page, "date")
    return out or tags


#: A family name as :func:`_family_names` reads one: capitalised letters, perhaps a hyphen (spaced or not) or an
#: apostrophe inside.
_FAMILY_NAME = r"[A-Z][a-zà-ÿ]+(?:(?:\s*-\s*|[’'])[A-Z]?[a-zà-ÿ]+)*"
#: One family name or two joined by ``and``, perhaps after initials, and the comma after them (``Witwer,``, ``J. W.
#: Fellowes and Wolf,``): what the two rules below read after a ``;`` (or ``, and``).
_FAMILY_NAMES_AND_COMMA = r"(?:[A-Z]\s*\.\s*)*" + _FAMILY_NAME + r"(?:\s+and\s+" + _FAMILY_NAME + r")?\s*,"
#: What the rule below cannot do without: a ``;`` (perhaps ``and`` after it) or ``, and``, then such names and comma.
_JOINT_AND_FAMILY_NAMES = re.compile(r"(?:;\s*(?:and\s+)?|,\s*and\s+)" + _FAMILY_NAMES_AND_COMMA)


@needs(any_mark(";", ", and "), any_match(_JOINT_AND_FAMILY_NAMES), any_tag("B-title"), any_tag(AUTHOR_TAGS))
def rule_semicolon_and_name_inside_a_title_open_a_short_form(text: str, tokens: Sequence[Token],
                                                           tags: list[str]) -> list[str]:
    """``Greene, Pure and Simple Politics; McCartin, Labor’s Great War; Witwer, Corruption and Reform``,
    ``Tomlins, The State and the Unions; Dubofsky, State and Labor``: in a title run right after an author run,
    a ``;`` (or ``, and`` before a quotation or before a name that is no common word: ``Finkelman, Slavery and
    the Founders, and Stanton, "Those Who Labor…"``) outside quotation marks followed by one or two capitalised
    family names (``Fellowes and Wolf``)
    and a comma before a capitalised word or a quotation ends the title: the ``;`` is prose, the names are the
    author of the next cite and the words after the comma its title (a list of author-title short forms)."""
    tags = list(tags)
    joints = sorted(tokens_at(text, tokens, SEMICOLON) + [k for k in tokens_at(text, tokens, COMMA)
                                                          if k + 1 < len(tokens) and tokens[k + 1].text == "and"])
    for k in joints:
        if k + 3 >= len(tokens) or not _inside_a_title_like_run(tags[k]):
            continue
        first = k if tags[k] == "I-title" else k - 1  # a run read on as another label right after the title
        while first > 0 and tags[first] == "I-title":
            first -= 1
        if tags[first] != "B-title" or first == 0 or split_label(tags[first - 1])[1] != "author":
            continue  # not a title run after an author run
        quotes = [t.text for t in tokens[first:k] if t.text in _OPENING_QUOTE_MARKS | _CLOSING_QUOTE_MARKS]
        if quotes and quotes[-1] in _OPENING_QUOTE_MARKS and quotes[-1] not in _CLOSING_QUOTE_MARKS \
                or quotes.count("\"") % 2:
            continue  # the semicolon is inside a quoted title (curly marks by their shape, straight ones by count)
        name = k + 1 + (tokens[k + 1].text == "and")  # "; and Zipf, Bad Girls at Samarcand"
        comma = name
        words = []
        while comma < len(tokens) and tokens[comma].text != "," and len(words) < 6:
            words.append(tokens[comma].text)
            comma += 1
        if comma + 1 >= len(tokens) or tokens[comma].text != "," or not _family_names(_without_initials(words)):
            continue
        after = tokens[comma + 1].text
        if tokens[k].text == "," and not (after in _OPENING_QUOTE_MARKS or after[:1].isupper() and _unusual_words(words)):
            continue  # ", and Society, Past and Present": a list inside the title, unless a name and a quotation follow
        if not (after[:1].isupper() or after in _OPENING_QUOTE_MARKS) \
                or not all(_inside_a_title_like_run(tags[i]) for i in range(k, comma + 1)) \
                or split_label(tags[comma + 1])[1] not in _TITLE_LIKE:
            continue  # the name is inside the title run; the tagger may have read the title after it as anything title-like
        tags[k:name] = ["prose"] * (name - k)
        relabel(tags, name, comma + 1, "author")
        end = comma + 1
        while end < len(tokens) and tokens[end].text != ";" and split_label(tags[end])[1] in _TITLE_LIKE:
            end += 1
        relabel(tags, comma + 1, end, "title")
    return tags


#: Every quotation mark, of any language (``«`` opens in French and closes in German).
_ANY_QUOTE_MARK = frozenset("«»„“”‘’‚‹›\"")


@needs(any_mark("; "), any_tag("B-title"))
def rule_semicolon_inside_an_authors_title_ends_it(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Charlevoix, Histoire de la Nouvelle-France; Lettres du R. Hecwelder, Transactions of the American philosophical
    society, v. 1``: in a title run right after an author run, a ``;`` (no quotation mark in the run or the item after
    it) before a capitalised
    word ends the title when the words after it hold a comma before a capitalised word (the next item opens there, on
    a title run of its own, with its container or its imprint); a semicolon before a lower-case word (``Cautio
    criminalis, seu …; tum autem …``), before words of no such parts (``Think and Act; Men and Women``) or before
    the imprint's bracket (``Eight Years in Congress…; Memoir and Speeches (New York…)``) is the title's."""
    out = None
    for k in tokens_at(text, tokens, SEMICOLON):
        tag_list = out or tags
        if k + 1 >= len(tokens) or tag_list[k] != "I-title" or tag_list[k + 1] != "I-title" \
                or not capitalised_word(tokens[k + 1].text, 2):
            continue
        first = k
        while first > 0 and tag_list[first] == "I-title":
            first -= 1
        if tag_list[first] != "B-title" or first == 0 or split_label(tag_list[first - 1])[1] != "author":
            continue
        end = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ";" or ends_a_sentence(tokens, j)), len(tokens))
        if not any(tokens[j].text == "," and j + 1 < end and tokens[j + 1].text[:1].isupper() for j in range(k + 2, end)) \
                or any(tokens[j].text == "(" for j in range(k + 1, end)) \
                or any(tokens[j].text in _ANY_QUOTE_MARK for j in range(first, end)):
            continue  # an item of no parts of its own ("Think and Act; Men and Women; Work and Wages"), or one before
            # the imprint's bracket ("Eight Years in Congress…; Memoir and Speeches (New York…)"), or one in quotation
            # marks ("« W. E. B. DuBois Dies in Ghana; Negro Leader and Author, 95 »"): the title's
        out = out or list(tags)
        out[k] = "prose"
        out[k + 1] = "B-title"
    return out or tags


#: What the rule below cannot do without: a ``;`` (perhaps ``and`` after it, in any case), then family names and a comma
#: (:data:`_FAMILY_NAMES_AND_COMMA`).
_SEMICOLON_AND_FAMILY_NAMES = re.compile(r";\s*(?:[Aa][Nn][Dd]\s+)?" + _FAMILY_NAMES_AND_COMMA)


@needs(any_mark(";"), any_match(_SEMICOLON_AND_FAMILY_NAMES), any_tag("B-title"), any_tag(AUTHOR_TAGS))
def rule_short_form_after_a_semicolon_in_a_list_of_short_forms(text: str, tokens: Sequence[Token],
                                                               tags: list[str]) -> list[str]:
    """``Alexander, The Girl Problem; Odem, Delinquent Daughters; and Rembis, Defining Deviance``, ``See Peden,
    Notes; and Waldstreicher, Notes``: after a ``;`` (outside quotation marks) that ends a part read as an
    author and then a title, a part that is a family name or two (perhaps after ``and``), a comma and a
    capitalised word or a quotation, up to the next ``;`` or the note's end, is one more short form: the names
    are its author and the words after the comma its title, up to a pinpoint (a run read as a locator, or a
    comma before a number), whatever the tagger read (a title run read on across the ``;``, the name read
    into the title)."""
    tags = list(tags)
    semicolons = tokens_at(text, tokens, SEMICOLON)
    quoted = None  # the note's quotations, read for the first part after an author's short form
    part_start = 0
    for n, k in enumerate(semicolons):
        before, part_start = part_start, k + 1
        if not _author_then_title(tags[before:k]):
            continue  # the part before is not an author's short form
        quoted = _quoted_segments(tokens) if quoted is None else quoted
        if any(a < k < b for a, b in quoted):
            continue  # inside a quotation
        name = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text.lower() == "and")
        stop = semicolons[n + 1] if n + 1 < len(semicolons) else len(tokens)
        stop = next((i for i in range(name, stop) if ends_a_sentence(tokens, i) and _opens_a_sentence(tokens[i + 1].text)),
                    stop)
        if stop == len(tokens) and tokens[-1].text == ".":
            stop -= 1
        comma, words = name, []
        while comma < stop and tokens[comma].text != "," and len(words) < 6:
            words.append(tokens[comma].text)
            comma += 1
        if comma + 1 >= stop or tokens[comma].text != "," or not _family_names(_without_initials(words)):
            continue
        end = _short_title_end(tokens, tags, quoted, comma + 1, stop)
        if end is None:
            continue
        if all(split_label(tags[i])[1] == "author" for i in range(name, comma)) \
                and all(split_label(tags[i])[1] == "title" for i in range(comma + 1, end)):
            continue  # read right already
        if end == stop == len(tokens) - 1:
            end += 1  # the note's full stop closes the title
        tags[k:name] = ["prose"] * (name - k)
        relabel(tags, name, comma + 1, "author")
        relabel(tags, comma + 1, end, "title")
        open_run(tags, end)
    return tags


def _short_title_end(tokens: Sequence[Token], tags: Sequence[str], quoted: Sequence[tuple[int, int]], start: int,
                     stop: int) -> int | None:
    """Where the title of a short form opening at token ``start`` ends, when the words up to ``stop`` read as a
    short form's title and perhaps a pinpoint: a quotation (its closing mark and a comma or full stop kept in
    it), or capitalised words without a comma; a pinpoint (a run read as a locator, or a comma before a
    number) may follow. None for anything else (a periodical and a date after the title: a full reference)."""
    first = tokens[start].text
    if first in _OPENING_QUOTE_MARKS:
        close = next((b for a, b in quoted if a == start), None)
        if close is None or close >= stop:
            return None
        end = close + 1
        while end < stop and tokens[end].text in ",." and end + 1 < stop and not tokens[end + 1].text[:1].isdigit():
            end += 1
    elif first[:1].isupper():
        end = start
        while end < stop and tokens[end].text != "," and split_label(tags[end])[1] != "locator":
            if tokens[end].text == "." and not re.fullmatch(r"[A-Z]", tokens[end - 1].text):
                return None  # an abbreviated title (``Mem. in Pap. Var.``): the tagger reads those
            end += 1
    else:
        return None
    rest = [t.text for t in tokens[end:stop]]
    if "(" in rest or any(t.text == "(" for t in tokens[start:end]):
        return None  # an imprint in brackets: a full reference
    if not rest or rest == [","] or split_label(tags[end])[1] == "locator" \
            or rest[0] == "," and rest[1][:1].isdigit() or tokens[end - 2].text == "," and rest[0][:1].isdigit():
        return end  # nothing after the title, or a pinpoint after a comma (inside the quotation: “Title,” 4)
    return None


def _opens_a_sentence(word: str) -> bool:
    """Whether ``word`` reads as the first word of a sentence of prose (``On``, ``See``, ``The``, ``For``), not
    as the next word of an abbreviated title."""
    return fold(word) in load("stopwords") or fold(word) in load("lead_words")




def _author_then_title(tags: Sequence[str]) -> bool:
    """Whether ``tags`` (a part of a note) hold an author run and, after it, a title run."""
    labels = [split_label(tag)[1] for tag in tags]
    return "author" in labels and "title" in labels[labels.index("author"):]


#: Labels the tagger gives the title of a short form it read on into a title run (``Finkelman, Slavery and the
#: Founders`` read as a container, a name, a place).
_TITLE_LIKE = frozenset({"title", "container-title", "author", "location"})


def _unusual_words(words: Sequence[str]) -> bool:
    """Whether none of ``words`` (a family name or two) is a common word (:data:`~notecite.normalize.lexicon.WORDS`)."""
    from ...normalize.lexicon import WORDS

    return not any(w.lower() in WORDS for w in words)


def _inside_a_title_like_run(tag: str) -> bool:
    """Whether ``tag`` continues a run of a label in :data:`_TITLE_LIKE`."""
    return tag.startswith("I-") and tag[2:] in _TITLE_LIKE


def _without_initials(words: Sequence[str]) -> list[str]:
    """``words`` without the initials that open them (``W . Bush`` → ``Bush``)."""
    i = 0
    while i + 1 < len(words) and re.fullmatch(r"[A-Z]", words[i]) and words[i + 1] == ".":
        i += 2
    return list(words[i:])


def _family_names(words: Sequence[str]) -> bool:
    """Whether ``words`` are one family name or two joined by ``and`` (``Witwer``, ``Fellowes and Wolf``,
    ``Stepan-Norris``), each capitalised letters perhaps with a hyphen or apostrophe inside."""
    joined = "".join(words)
    names = [w for w in " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-").split(" and ")]
    return bool(joined) and 1 <= len(names) <= 2 and all(
        re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:[-’'][A-Z]?[a-zà-ÿ]+)*", n.replace(" ", "")) and " " not in n.strip()
        for n in names)


#: Words of an institution that publishes without a publisher's word (``Ben Maltz Gallery``, ``Museum of Art``).
_INSTITUTION_WORDS = frozenset({"gallery", "galleries", "museum", "foundation", "college", "institute", "center",
                                "centre", "society", "library", "association", "council", "workshop"})
#: Small words a publisher's name holds between its capitalised words.
_PUBLISHER_JOINERS = frozenset({"and", "of", "the", "for", "in", "on", "&", ";", ",", ".", "-", "’", "'"})
_PLACE_WORDS = load("places")
_BEFORE_AN_IMPRINT = frozenset({"title", "container-title", "editor", "translator", "collection-title", "edition",
                                "volume", "note", "author", "locator", "pages"})


def _bracket_year(tokens: Sequence[Token], close: int) -> int | None:
    """The first token of the year (``2012``) or year range (``1969–71``) ending right before the ``)`` at
    ``close``, after its comma; else None."""
    k = close - 1
    if k >= 2 and re.fullmatch(r"\d{2,4}", tokens[k].text) and tokens[k - 1].text in "-–/" \
            and YEAR.fullmatch(tokens[k - 2].text):
        k -= 2
    if k < 1 or not YEAR.fullmatch(tokens[k].text) or tokens[k - 1].text != ",":
        return None
    return k


def _month_and_day_before(tokens: Sequence[Token], bracket: int, year: int) -> int:
    """Where the date ending on the year at token ``year`` starts, in the bracket opening at token ``bracket``: at a
    month and day between commas right before the year (``(Urban League, May 12, 1967)``, ``Nov. 14,``), else at the
    year."""
    month = month_and_day_before(tokens, year - 1)
    return month if month is not None and month - 1 > bracket + 1 and tokens[month - 1].text == "," else year


def _bracket_closing_on_a_year(tokens: Sequence[Token], bracket: int) -> tuple[int, int] | None:
    """For the ``(`` at token ``bracket``: the ``)`` closing it (within 20 tokens, no other bracket between) and the
    first token of the year or year range right before it, after its comma and words before (:func:`_bracket_year`);
    None when the bracket closes on no such year."""
    close = next((k for k in range(bracket + 1, min(len(tokens), bracket + 20)) if tokens[k].text in "()"), None)
    if close is None or tokens[close].text != ")":
        return None
    year = _bracket_year(tokens, close)
    return None if year is None or year - 1 <= bracket + 1 else (close, year)


def _subtitle_read_as_imprint(tokens: Sequence[Token], tags: list[str], bracket: int) -> int | None:
    """The first token of the run before ``bracket`` when the tagger read a title's subtitle as the imprint: a
    publisher or place run of capitalised words that runs into the bracket and opens right after a title run's
    colon (``Arthur Ashe: A Life (Simon & Schuster, 2018)``); else None."""
    label = split_label(tags[bracket - 1])[1]
    if label not in _IMPRINT or not tags[bracket].startswith("I-"):
        return None
    start = bracket - 1
    while start > 0 and tags[start].startswith("I-"):
        start -= 1
    if start < 2 or tokens[start - 1].text != ":" or split_label(tags[start - 1])[1] not in ("title", "container-title") \
            or not all(t.text[:1].isupper() or t.text.lower() in _PUBLISHER_JOINERS for t in tokens[start:bracket]):
        return None
    return start






#: A year and a dash glued to it (``1933–``): every range of years opens on one.
_YEAR_AND_DASH = re.compile("(?:" + YEAR.pattern + ")[-–]")


@needs(any_mark("–", "-"), any_match(_YEAR_AND_DASH))
def rule_year_range_is_one_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``in Writings 1933–34, 101–122``: a range of years written close (``1933–34``, ``1950-1953``: the second year after
    the first) ends in the title's, container's or date's run its first year is in, wherever the tagger cut it (a
    volume ``34``); the run after it opens anew. Read as pages or a pinpoint, the range is the date when it closes an
    imprint's bracket after its publisher or place and a comma (``(Bloomington: Indiana University Press, 1985–95)``)."""
    out = None
    for k in range(len(tokens) - 2):
        dash, end = tokens[k + 1], tokens[k + 2]
        if dash.text not in ("–", "-") or dash.start != tokens[k].end or end.start != dash.end \
                or not YEAR.fullmatch(tokens[k].text) or not end.text.isdigit() or len(end.text) not in (2, 4):
            continue
        label = split_label(tags[k])[1]
        last = end.text if len(end.text) == 4 else tokens[k].text[:2] + end.text
        if not tokens[k].text < last <= str(int(tokens[k].text) + 30):
            continue
        if label in ("pages", "locator") and _closes_an_imprint(tokens, tags, k, k + 3):
            out = out or list(tags)
            close = k + 5 if k + 5 == len(tokens) and tokens[k + 4].text in ".;," else k + 4
            relabel(out, k, close, "date")  # (the bracket's close with it, and the note's last stop)
            open_run(out, close)
            continue
        if label not in ("title", "container-title", "date") or tags[k + 1] == tags[k + 2] == "I-" + label:
            continue
        out = out or list(tags)
        out[k + 1:k + 3] = ["I-" + label] * 2
        open_run(out, k + 3)
    return out or tags


def _closes_an_imprint(tokens: Sequence[Token], tags: list[str], start: int, end: int) -> bool:
    """Whether tokens [start, end) close an imprint's bracket: a comma after a publisher's or place's run before them,
    the bracket's close right after them."""
    return start >= 2 and end < len(tokens) and tokens[end].text == ")" and tokens[start - 1].text == "," \
        and split_label(tags[start - 2])[1] in ("publisher", "location")


#: What the rule below cannot do without: a bracket opening on a capital (no lower-case letter or digit), holding no
#: bracket, colon, opening quotation mark or slash, and closing on a comma and a year or range of years.
_BRACKET_CLOSING_ON_A_COMMA_AND_YEAR = re.compile(r"\(\s*(?![a-z\d])[^()\[\]:“‘/]*?,\s*(?:1[5-9]|20)\d\d"
                                                  r"\s*(?:[-–/]\s*\d{2,4}\s*)?\)")


@needs(any_mark("("), any_match(_BRACKET_CLOSING_ON_A_COMMA_AND_YEAR))
def rule_publisher_and_year_in_a_bracket(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Rethinking Archives (Ben Maltz Gallery; Otis College of Art and Design, 2012), 97–123``,
    ``Black Photographers (Garland, 1985)``: a bracket after a cite's title (or editors) holding only
    capitalised words, a comma and a year (or year range) is an imprint without a place (Chicago's
    17th edition): the words are the publisher, the year its date — also when two publishers share it
    across a ``;``, which then separates no cites. Words the tagger read as a place stay one unless
    they hold a publisher's or an institution's word; words that are all a known place's (``(New York, 1891)``)
    are left alone. A known place after the publisher's words and a comma (``(Charles H. Kerr & Co., Chicago, 1900)``)
    is its place."""
    tags = list(tags)
    n = len(tokens)
    for i in range(1, n - 3):
        if tokens[i].text != "(":
            continue
        subtitle = _subtitle_read_as_imprint(tokens, tags, i)
        if subtitle is None and split_label(tags[i - 1])[1] not in _BEFORE_AN_IMPRINT:
            continue
        closed = _bracket_closing_on_a_year(tokens, i)
        if closed is None:
            continue
        close, year = closed
        year = _month_and_day_before(tokens, i, year)
        span = tokens[i + 1:year - 1]
        words = [t.text for t in span if t.text.lower() not in _PUBLISHER_JOINERS]
        if not words or not span[0].text[:1].isupper() or any(not w[:1].isupper() or any(c.isdigit() for c in w)
                                                               for w in words):
            continue
        folded = {fold(w) for w in words}
        if folded <= _PLACE_WORDS:
            continue  # "(New York, 1891)": a place and year
        institution = bool(folded & (_PUBLISHER_WORDS | _INSTITUTION_WORDS)) or any(t.text in ";&" for t in span)
        if not institution and split_label(tags[i + 1])[1] == "location":
            continue
        if subtitle is not None:
            relabel(tags, subtitle, i, split_label(tags[subtitle - 1])[1], continues=True)
        relabel(tags, i, year, "publisher")
        comma = max((k for k in range(i + 2, year - 2) if tokens[k].text == ","), default=None)
        after_a_pinpoint = split_label(tags[i - 1])[1] in ("locator", "pages")  # "p. 62 (C. H. Kerr, Chicago, 1904)"
        if comma is not None and (institution or after_a_pinpoint) \
                and is_known_place(" ".join(t.text for t in tokens[comma + 1:year - 1])):
            relabel(tags, comma + 1, year, "location")  # "(Charles H. Kerr & Co., Chicago, 1900)": the place after
            tags[comma] = "I-publisher"
        relabel(tags, year, close + 1, "date")
        if close + 1 < n and tags[close + 1] != "I-date":
            open_run(tags, close + 1)
    return tags


@needs(any_mark(")"), any_tag("B-publisher"))
def rule_year_closing_the_imprint_is_its_date(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(London: Oxford University Press,1963),p.45``: a year read as a volume, pages or a pinpoint right after the
    publisher's run (and its comma), closing the imprint's bracket, is the imprint's date (a comma without its space
    makes the model read the year as a number of the work)."""
    out = None
    runs = tag_spans(tokens, tags)
    for (_, p_last, p_label), (first, last, label) in zip(runs, runs[1:]):
        if p_label != "publisher" or first != p_last or label not in ("volume", "pages", "locator") \
                or tokens[p_last - 1].text != "," or not YEAR.fullmatch(tokens[first].text) \
                or first + 1 >= len(tokens) or tokens[first + 1].text != ")":
            continue
        out = out if out is not None else list(tags)
        rest = first + 2 if any(t.text[:1].isalnum() for t in tokens[first + 2:last]) else last
        relabel(out, first, rest, "date")
        if rest < last:
            relabel(out, rest, last, label)
    return out if out is not None else tags


@needs(any_mark(":"), any_tag("B-publisher"), any_tag("B-location"))
def rule_place_ending_a_publishers_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(Berlin: Freie Universität Berlin, 1974)``, ``(Leipzig: Universität Leipzig Press, 1990)``: a place's run right
    after a publisher's run with no mark between them, in an imprint whose place was already given before its colon,
    is the end of the publisher's name (a university or press named after its town), not a second place."""
    out = None
    runs = tag_spans(tokens, tags)
    for (pl_first, pl_last, pl_label), (_, p_last, p_label), (first, last, label) in zip(runs, runs[1:], runs[2:]):
        if pl_label != "location" or tokens[pl_last - 1].text != ":" or p_label != "publisher" or label != "location" \
                or p_last != first or not tokens[p_last - 1].text[:1].isalpha() \
                or not all(t.text[:1].isupper() for t in tokens[first:last] if t.text[:1].isalpha()) \
                or tokens[last - 1].text not in (",", ")") and last < len(tokens) and split_label(tags[last])[1] != "date":
            continue
        out = out if out is not None else list(tags)
        relabel(out, first, last, "publisher", continues=True)
    return out if out is not None else tags


@needs(any_mark(";"), any_tag("B-publisher"), any_tag("B-location"))
def rule_publisher_named_in_two_parts_before_a_second_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(Detroit: Founders Society, Detroit Institute of Arts; New York: W. W. Norton, 1986)``: a place's run right
    after a publisher's run ending on a comma, inside an imprint's bracket, that holds a ``;`` and ends on a colon
    (``Detroit Institute of Arts; New York:``) begins with the rest of that publisher's name: the words up to the
    ``;`` are the publisher's, the words after it the second imprint's place (two publishers share one imprint)."""
    out = None
    depths = bracket_depths(tokens)
    runs = tag_spans(tokens, tags)
    for (_, p_last, p_label), (first, last, label) in zip(runs, runs[1:]):
        if p_label != "publisher" or label != "location" or p_last != first or tokens[p_last - 1].text != "," \
                or tokens[last - 1].text != ":" or not depths[first]:
            continue
        semicolon = next((k for k in range(first + 1, last - 2) if tokens[k].text == ";"), None)
        if semicolon is None or not all(t.text[:1].isupper() or t.text.lower() in _PUBLISHER_JOINERS
                                        for t in tokens[first:semicolon]):
            continue
        out = out if out is not None else list(tags)
        relabel(out, first, semicolon + 1, "publisher", continues=True)
        relabel(out, semicolon + 1, last, "location")
    return out if out is not None else tags


#: What the rule below cannot do without: a bracket holding only a year.
_YEAR_ALONE_IN_A_BRACKET = re.compile(r"\(\s*(?:1[5-9]|20)\d\d\s*\)")


@needs(any_mark("("), any_folded(_PUBLISHER_WORDS), any_match(_YEAR_ALONE_IN_A_BRACKET))
def rule_publisher_before_a_bracketed_year(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``J Williams “The Derbyshire Miners”, George Allen and Unwin (1962) p845``, ``“The Story of the
    Engineers” Lawrence and Wishart (1946)``: capitalised words right after a title run (and its comma), holding
    a publisher's word, right before a bracket with only a year, are the publisher and the year its date."""
    out = None
    n = len(tokens)
    for i in range(2, n - 2):
        if tokens[i].text != "(" or tokens[i + 2].text != ")" or not YEAR.fullmatch(tokens[i + 1].text):
            continue
        start = i
        while start > 0 and (tokens[start - 1].text[:1].isupper() and tokens[start - 1].text.isalpha()
                             or tokens[start - 1].text in ("and", "&")):
            start -= 1
        if start == i or tokens[start].text in ("and", "&"):
            continue
        before = start - 1 if tokens[start - 1].text == "," else start
        label = split_label((out or tags)[before - 1])[1] if before > 0 else None
        if label not in ("title", "container-title") \
                or split_label((out or tags)[start])[1] in ("publisher", "title", "container-title") \
                or not {fold(t.text) for t in tokens[start:i]} & _PUBLISHER_WORDS:
            continue
        out = out if out is not None else list(tags)
        relabel(out, start, i, "publisher")
        relabel(out, i, i + 3, "date")
        open_run(out, i + 3)
    return out if out is not None else tags


#: Words that say a run names where an item is kept: an archive's units and names.
_ARCHIVE_CUE = re.compile(r"\b(?:box(?:es)?|folders?|reels?|cartons?|MSS?|[Pp]apers|Archives?|Collections?|Records|records|"
                          r"Library|Manuscripts?)\b")
#: A piece of each word :data:`_ARCHIVE_CUE` finds, as written: a text without any of them names no archive (substring
#: tests are cheaper than the pattern's search).
_ARCHIVE_CUE_PARTS = ("box", "folder", "reel", "carton", "MS", "apers", "Archive", "Collection", "ecords", "Library",
                      "Manuscript")
_NOT_TITLED_LABELS = frozenset({"title", "container-title"})


def _dated_to_a_year(tokens: Sequence[Token], first: int, last: int, label: str) -> bool:
    """Whether run ``first``–``last`` is a date with its year: a date run, or a pinpoint that is a day date (a diary's
    entry: ``Dalton diary, 4 Aug. 1945``)."""
    if not any(YEAR.fullmatch(t.text) for t in tokens[first:last]):
        return False
    return label == "date" or label == "locator" and any(fold(t.text) in load("months") for t in tokens[first:last])


@needs(any_mark(_ARCHIVE_CUE_PARTS), any_match(_ARCHIVE_CUE), any_tag(tags_of(_NOT_TITLED_LABELS)),
       any_tag(tags_of(("date", "locator"))))
def rule_archive_after_a_dated_item_stays_in_its_cite(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Jeanne Roe, “A History of the Docks,” 28 September 2021, New York, Dock Union Archives, MG.014, box 1.``:
    after the date of a titled cite, a comma and runs up to the note's end (or its next ``;`` or sentence) that
    name an archive (a box or folder, papers, records, a collection, archives) and hold no quotation or bracket
    are where the item is kept: one ``note`` of that cite, not a cite of their own opening on the place."""
    out = None
    runs = tag_spans(tokens, tags)
    n = len(tokens)
    for j, (first, last, label) in enumerate(runs[:-1]):
        start = runs[j + 1][0]
        if runs[j + 1][2] == "note" or (start, tokens[last - 1].text) != (last, ",") \
                and (start != last + 1 or tokens[last].text != ","):
            continue  # the archive follows the date's comma right away
        if not _dated_to_a_year(tokens, first, last, label) \
                or not any(r[2] in _NOT_TITLED_LABELS for r in runs[max(0, j - 4):j]):
            continue
        stop = start
        while stop < n and tokens[stop].text != ";" and not ends_a_sentence(tokens, stop):
            stop += 1
        span = text[tokens[start].start:tokens[stop - 1].end] if stop > start else ""
        if not span or not tokens[start].text[:1].isupper() or _ARCHIVE_CUE.search(span) is None \
                or any(c in span for c in "“”\"()[]") or "ibid" in span.lower():
            continue
        out = out or list(tags)
        relabel(out, start, stop, "note")
        if stop < n:
            open_run(out, stop)
    return out or tags


_BARE_DOI = re.compile(r"10\.\d{4,9}/\S+")


@needs(any_word("doi"))
def rule_doi_label_and_its_doi_are_the_doi(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Journal of Cyber Policy 6, no.3 (2021), 429-450, DOI: 10.1080/23738871.2021.2000628``: the word
    ``DOI`` (any case), its colon and the bare DOI after it are the cite's DOI run, whatever the
    tagger read them as (a title run opening on ``DOI`` cuts the cite in two)."""
    tags = list(tags)
    for i, token in enumerate(tokens):
        if token.text.lower() != "doi":
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].text == ":":
            j += 1
        if j >= len(tokens) or not _BARE_DOI.fullmatch(tokens[j].text):
            continue
        tags[i] = "B-doi"
        for k in range(i + 1, j + 1):
            tags[k] = "I-doi"
        if j + 1 < len(tags) and tags[j + 1].startswith("I-") and tokens[j + 1].text not in (".", ",", ";"):
            tags[j + 1] = "B-" + tags[j + 1][2:]
        elif j + 1 < len(tags) and tags[j + 1].startswith("I-"):
            tags[j + 1] = "I-doi" if tokens[j + 1].text == "." else "prose"
    return tags


#: A web address that names no DOI (no ``doi.org`` host, no ``10.NNNN/`` prefix in it).
_WEB_ADDRESS = re.compile(r"<?(?:https?://|www\.)(?![^\s]*(?:doi\.org|/10\.\d{4,}/))\S+")


@needs(any_tag("B-doi"))
def rule_web_address_read_as_a_doi_is_its_url(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…, 347–530, available online at <https://www.marxists.org/…>.``: a DOI run holding a web address that names no
    DOI is the cite's URL, and an ``available online at`` run right before it is part of it (the reader takes it off
    the address): the cite goes on over them."""
    out = None
    runs = tag_spans(tokens, tags)
    for j, (first, last, label) in enumerate(runs):
        start = next((k for k in range(first, last) if tokens[k].text[:1] not in "<(["), first)
        if label != "doi" or not _WEB_ADDRESS.match(text, tokens[start].start):
            continue
        out = out if out is not None else list(tags)
        opening = first
        if j and runs[j - 1][1] == first and runs[j - 1][2] == "note" \
                and _AVAILABLE_AT.fullmatch(text[tokens[runs[j - 1][0]].start:tokens[first - 1].end]):
            opening = runs[j - 1][0]  # "available online at <": what the address is
        relabel(out, opening, last, "url")
    return out if out is not None else tags


#: Words saying where a work can be read, before its address (``available online at <``, ``accessible at``).
_AVAILABLE_AT = re.compile(r"(?:(?:available|accessible|online|also)\s+)+(?:(?:at|on|from|via)\s*)?<?", re.I)


#: The runs a web address may be read into that end before it (a pinpoint or pages run the rules read on).
_RUNS_BEFORE_AN_ADDRESS = frozenset({"publisher", "location", "title", "container-title", "note"})


@needs(any_mark("://"))
def rule_web_address_ending_a_run_is_its_own_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``… R Package, Version 1.1.1. https://cran.r-project.org/…``: a token that is a whole web address (``http://``
    or ``https://`` and more), read as the last token of a publisher, place, title, container or note run, is a URL
    run of its own: the run before it ends there."""
    out = None
    for i, token in enumerate(tokens):
        if not token.text.lower().startswith(("http://", "https://")) or len(token.text) < 12 \
                or split_label(tags[i])[1] not in _RUNS_BEFORE_AN_ADDRESS or not tags[i].startswith("I-") \
                or i + 1 < len(tokens) and tags[i + 1] == tags[i] and tokens[i + 1].text not in ".,;":
            continue
        out = out or list(tags)
        out[i] = "B-url"
        open_run(out, i + 1)  # what follows the address goes on as it was read, as a run of its own
    return out or tags


@needs(any_mark("://", "www."))
def rule_url_cut_after_a_hyphen_is_one_url(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(2016): 121-132, https://doi.org/10.1007%2Fs12290- 016-0395-5.``: a URL ending on a hyphen that
    a space cut from the rest (a line break of the printed text), read as the tail of a pages,
    locator or title run, is a URL run of its own that runs on over the tokens glued together after
    that space (and the full stop after them). The run before the URL ends at it."""
    tags = list(tags)
    i = 0
    while i < len(tokens):
        word = tokens[i].text
        if not (word.lower().startswith(("http://", "https://", "www.")) and split_label(tags[i])[1] != "url"
                and tags[i].startswith("I-") and word.endswith("-") and i + 1 < len(tokens)
                and tokens[i + 1].start == tokens[i].end + 1 and tokens[i + 1].text[:1].isalnum()):
            i += 1
            continue
        tags[i] = "B-url"
        j = i + 1
        while j < len(tokens) and (j == i + 1 or tokens[j].start == tokens[j - 1].end) \
                and not (tokens[j].text in ".,;:)" and (j + 1 == len(tokens) or tokens[j + 1].start > tokens[j].end)):
            tags[j] = "I-url"
            j += 1
        if j < len(tokens) and tokens[j].text in ".," and tags[j].startswith("I-"):
            tags[j] = "I-url"  # the full stop after the URL, as in training
            j += 1
        if j < len(tokens) and tags[j].startswith("I-"):
            tags[j] = "B-" + split_label(tags[j])[1]
        i = j
    return tags


@needs(any_mark("://", "www."))
def rule_address_inside_a_pages_run_ends_it(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(2003): 394–420, http://doi.org/10.1177/0096144203029004002, p. 415.``: a URL (one token) read inside a pages or
    locator run is a URL run of its own; the run before it ends at it, and what follows it in that run, when it opens on
    a page word or a number, is the pinpoint."""
    out = None
    for i, token in enumerate(tokens):
        if i == 0 or not token.text.lower().startswith(("http://", "https://", "www.")) or not tags[i].startswith("I-") \
                or split_label(tags[i])[1] not in ("pages", "locator"):
            continue
        label = split_label(tags[i])[1]
        out = out or list(tags)
        out[i] = "B-url"
        j = i + 1
        if j < len(tokens) and tokens[j].text == "," and out[j] == f"I-{label}":
            out[j] = "prose"
            j += 1
        if j < len(tokens) and out[j] == f"I-{label}":
            head = tokens[j].text.lower().rstrip(".")
            if head in ("p", "pp", "page", "pages") or head[:1].isdigit():
                out[j] = "B-locator"
                k = j + 1
                while k < len(tokens) and out[k] == f"I-{label}":
                    out[k] = "I-locator"
                    k += 1
            else:
                out[j] = f"B-{label}"
    return out or tags


#: What the rule below cannot do without: a full stop, one capitalised word of three letters or more and a comma.
_STOP_CAPITALISED_WORD_AND_COMMA = re.compile(r"\.\s*[^\W\d_a-z][^\W\d_A-Z]{2,}\s*,")


@needs(any_mark("."), any_mark(","), any_match(_STOP_CAPITALISED_WORD_AND_COMMA), any_tag("I-title"))
def rule_author_and_title_after_a_full_stop_in_a_title_run(text: str, tokens: Sequence[Token],
                                                             tags: list[str]) -> list[str]:
    """``Bougainville, Journal. Malartic, Journal. Montcalm à Vaudreuil, 27 Juillet, 1757.``: a title run that goes
    on past a full stop ending its sentence into one capitalised word and a comma, a capitalised word after it,
    ends at the full stop: the word is the next cite's author (a short form ``Author, Title``), and the run after its
    comma opens that cite's title, to the next full stop or the run's end. A title of one word ending on the stop
    is a title only after its author (else an abbreviation: ``Christ. Thomasii, Kurtze Lehr-Sätze``); a run opened by a
    quotation mark is a quoted title, which may hold sentences. So is a name whose own title run opens after a cite's
    last stop, before a title read as a periodical's name with no issue after it (``…, 20 Avril, 1758. Lévis, Journal
    de la Guerre du Canada.``)."""
    out = None
    for stop in tokens_at(text, tokens, PERIOD):
        name, comma, word = stop + 1, stop + 2, stop + 3
        if word >= len(tokens) or tokens[comma].text != "," or not ends_a_sentence(tokens, stop) \
                or not (capitalised_word(tokens[name].text, 3) and tokens[word].text[:1].isupper()) \
                or split_label(tags[word])[1] not in ("title", "container-title"):
            continue
        # the name opens a title run of its own after a cite's last stop ("…, 20 Avril, 1758. Lévis, Journal de la
        # Guerre du Canada."), its title read as a periodical's name with nothing of an issue after it
        opens_its_run = tags[name] == "B-title" and tags[comma] == "I-title" and split_label(tags[stop])[1] != "title" \
            and tags[word].startswith("B-") and not _issue_after(tags, word)
        if not opens_its_run and (split_label(tags[stop])[1] != "title" or tags[stop].startswith("B-")
                                  or split_label(tags[name])[1] != "title" or tags[name].startswith("B-")):
            continue  # no title run going on past the full stop into "Name, Word"
        first = stop
        while first > 0 and tags[first].startswith("I-"):
            first -= 1
        words = sum(tokens[k].text[:1].isalnum() for k in range(first, stop))
        if not opens_its_run and (not tokens[first].text[:1].isalnum()
                                  or words < 2 and (first == 0 or split_label(tags[first - 1])[1] not in NAME_LABELS)):
            continue  # one word alone before the stop, no author before it: an abbreviation ("Christ. Thomasii, …")
        out = out or list(tags)
        out[name], out[comma] = "B-author", "I-author"
        end = word + 1
        while end < len(tokens) and out[end].startswith("I-") and split_label(out[end])[1] in ("title", "container-title") \
                and not ends_a_sentence(tokens, end - 1):
            end += 1
        relabel(out, word, end, "title")
    return out or tags


#: One-word titles a writer's diary, memoirs or letters go by in short forms (``Cleaveland, Journal.``), folded.
_ONE_WORD_TITLES = frozenset("""journal journals diary diaries memoirs memoir mémoires memoires mémoire letters lettres
    correspondence correspondance tagebuch tagebücher briefe papers relation récit narrative dialogue""".split())


@needs(any_mark("."), any_word(_ONE_WORD_TITLES))
def rule_one_word_title_ends_at_its_stop(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Bougainville, Journal. Summary of M. de Belêtre's Campaign, in N.Y. Col. Docs., X. 672.``: a title run right
    after an author that opens on a one-word title (:data:`_ONE_WORD_TITLES`) and its full stop and goes on with a
    capitalised word ends at the stop: the words after it are the title of the next cite (in the container and at
    the pinpoint that follow, when they are in the same run: ``, in …``). So does any title run at a sentence's stop
    before such a word opening a longer title (``Journal du Siége (Bibliothêque de Hartwell). Journal tenu à l'Armée``:
    two journals). A name run ``Name, Journal.`` is that author and title (not an inverted name)."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label == "author" and last - first == 4 and tokens[first + 1].text == "," and tokens[first + 3].text == "." \
                and fold(tokens[first + 2].text) in _ONE_WORD_TITLES and capitalised_word(tokens[first].text, 3):
            out = out or list(tags)  # "Johnstone, Dialogue." read as an inverted name: author and title
            relabel(out, first + 2, last, "title")
            continue
        if label != "title" or last - first < 4:
            continue
        if first and split_label(tags[first - 1])[1] == "author" and fold(tokens[first].text) in _ONE_WORD_TITLES \
                and tokens[first + 1].text == "." and capitalised_word(tokens[first + 2].text, 3):
            out = out or list(tags)
            out[first + 2] = "B-title"
        stops = [k for k in range(first + 2, last - 2) if tokens[k].text == "."
                 and (ends_a_sentence(tokens, k) or tokens[k - 1].text == ")")]
        if len(stops) == 1:  # (a list of three sentences or more is the cites' assembly's to cut: _split_title_lists)
            stop = stops[0]  # "Journal du Siége (Bibliothêque de Hartwell). Journal tenu à l'Armée": two journals
            if fold(tokens[stop + 1].text) in _ONE_WORD_TITLES and tokens[stop + 1].text[:1].isupper() \
                    and tokens[stop + 2].text not in (".", ","):
                out = out or list(tags)
                out[stop + 1] = "B-title"
    return out or tags


def _issue_after(tags: list[str], start: int) -> bool:
    """Whether the run opening at ``start`` is followed by a date, volume or issue run (a periodical's issue)."""
    end = start + 1
    while end < len(tags) and tags[end].startswith("I-"):
        end += 1
    return end < len(tags) and split_label(tags[end])[1] in ("date", "volume", "issue")


@needs(any_mark(". "), any_tag(tags_of(("note", "title"))))
def rule_note_run_ends_with_its_sentence(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…, Box 2, PA/HO Plan. Despite Hicks’s support, the geographic bureaus played a minimal role in …``: a note run
    that goes on past a full stop ending its sentence into six words or more, half of them lower-case, ends at the
    stop: the sentence after it is the note's prose, no field of the cite. So does a title run that goes on into eight
    words or more, two thirds of them lower-case, with a verb among them (no sentence-case subtitle)."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("note", "title") or last - first < 9:
            continue  # too short to hold a stop and a sentence of six words
        stop = next((k for k in range(first + 1, last - 1) if tokens[k].text == "." and ends_a_sentence(tokens, k)), None)
        if stop is None:
            continue
        words = [t.text for t in tokens[stop + 1:last] if t.text[:1].isalpha()]
        if len(words) < 6 or sum(w[:1].islower() for w in words) * 2 < len(words):
            continue  # a list of marks or titles after the stop, not a sentence
        if label == "title" and (len(words) < 8 or sum(w[:1].islower() for w in words) * 3 < len(words) * 2
                                 or not any(w in load("verbs") or len(w) > 4 and w.endswith("ed") for w in words)):
            continue  # a title's sentence-case subtitle, unless it reads as a sentence with its verb
        out = out or list(tags)
        out[stop + 1:last] = ["prose"] * (last - stop - 1)
        open_run(out, last)
    return out or tags


#: The words that open a lead-in clause before ``see`` (``For general background on …, see …``).
_LEAD_IN_OPENERS = frozenset({"For", "On", "Regarding", "Concerning", "About", "Sur", "Pour", "Über", "Zu"})


@needs(any_mark(", see ", ", cf. "))
def rule_lead_in_clause_before_see_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``For general background on Tutwiler’s stint as Assistant Secretary …, see Charles Stuart Kennedy interview …``:
    a sentence opening on ``For`` (``On``, ``Regarding``…) whose clause ends on a comma and ``see`` (``cf.``) is a
    lead-in, prose, whatever runs the tagger read in it (no quotation, which would name a work, inside)."""
    out = None
    for k in range(2, len(tokens) - 1):
        if tokens[k].text.lower() not in ("see", "cf") or tokens[k - 1].text != ",":
            continue
        start = k - 1
        while start > 0 and not (tokens[start - 1].text in ".;" and tokens[start].text[:1].isupper()):
            start -= 1
        if tokens[start].text not in _LEAD_IN_OPENERS or start + 3 > k - 1 \
                or any(t.text in OPENING_QUOTES for t in tokens[start:k]) or all(t == "prose" for t in tags[start:k]):
            continue
        out = out or list(tags)
        out[start:k + 1] = ["prose"] * (k + 1 - start)
        open_run(out, k + 1)
    return out or tags


#: Words that, with ``from`` or ``on`` after them, open a sentence naming the source of figures or a text
#: (``Computed from the Twelfth Census``, ``Based on Smith, History``), as written.
#: (not ``Translated``: ``Translated from the French by …`` names a language, then the translator, no source)
_SOURCE_PHRASE_OPENERS = frozenset({"Computed", "Compiled", "Calculated", "Derived", "Taken", "Adapted", "Extracted",
                                    "Abridged", "Summarized", "Summarised", "Reprinted", "Excerpted", "Condensed",
                                    "Estimated", "Figures", "Data", "Statistics", "Based", "Quoted"})


@needs(any_written(_SOURCE_PHRASE_OPENERS))
def rule_source_phrase_opening_a_sentence_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Computed from the Twelfth Census, Vol. II, p. 312``, ``Based on Smith, History of Labor, p. 4``, ``Figures
    from the Board of Trade Journal, 12 May 1921``: a sentence opening on such a word and ``from`` or ``on`` (and a
    lower-case ``the``) before a capitalised word says where what it gives comes from: those words are prose, and the
    source's run opens on the capital, whatever run the tagger carried over them."""
    out = None
    for k in range(len(tokens) - 2):
        if tokens[k].text not in _SOURCE_PHRASE_OPENERS or tokens[k + 1].text not in ("from", "on") \
                or k and tokens[k - 1].text not in ".;" and not tokens[k - 1].text.startswith(("(", "—")):
            continue
        end = k + 2 + (tokens[k + 2].text == "the")
        if end >= len(tokens) or not capitalised_word(tokens[end].text, 1) \
                or all((out or tags)[i] == "prose" for i in range(k, end)):
            continue
        out = out or list(tags)
        out[k:end] = ["prose"] * (end - k)
        open_run(out, end)
    return out or tags


#: The colon, for :func:`~.words.tokens_at`.
_COLON = re.compile(":")


@needs(any_mark(":"), any_word(load("lead_words")))
def rule_lead_in_clause_before_a_colon_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…d'excès. Voyez, relativement à l'histoire de la Virginie, les ouvrages qui suivent: History of Virginia…``:
    a lead word (``see``, ``voyez``, ``vgl.``) opening a sentence, a clause of more lower-case words than capitalised
    ones (no quotation, no number, within twenty tokens) and a colon after a lower-case word are prose, whatever runs
    the tagger read there; the run after the colon opens on its first word."""
    if not any(tokens[c - 1].text.isalpha() and tokens[c - 1].text.islower() and c + 1 < len(tokens)
               and tokens[c + 1].text[:1].isupper() for c in tokens_at(text, tokens, _COLON) if c):
        return tags  # no colon after a lower-case word before a capital
    lead = load("lead_words")
    out = None
    for k, token in enumerate(tokens):
        if fold(token.text) not in lead or not (k == 0 or tokens[k - 1].text in ".;" or ends_a_sentence(tokens, k - 1)):
            continue
        colon = next((j for j in range(k + 1, min(len(tokens), k + 21)) if tokens[j].text in (":", ".", ";")), None)
        if colon is None or tokens[colon].text != ":" or colon + 1 >= len(tokens) \
                or not tokens[colon - 1].text.isalpha() or not tokens[colon - 1].text.islower() \
                or not tokens[colon + 1].text[:1].isupper():
            continue
        words = [t.text for t in tokens[k + 1:colon] if t.text not in ",'’"]
        if any(t.text in OPENING_QUOTES or t.text[:1].isdigit() for t in tokens[k + 1:colon]):
            continue
        lower = sum(w[:1].islower() for w in words)
        if lower <= len(words) - lower or lower < 3:
            continue
        out = out or list(tags)
        out[k:colon + 1] = ["prose"] * (colon + 1 - k)
        open_run(out, colon + 1)
    return out or tags


#: A reference to a part of the book itself after a lead-in (``See Appendix G.``, ``Voyez la note 3.``, ``Cf. chap. IV.``).
_OWN_PART_NOUN = r"appendix|appendice|anhang|note|notes|chapter|chap\.|chapitre|kapitel|introduction|preface|part|partie"
_OWN_PART = re.compile(r"(?i:see|voyez|voir|vgl\.|cf\.|compare)\s+(?:(?i:also|aussi|auch)\s+)?(?:(?i:the|la|le|den|die)\s+)?"
                       r"(?i:" + _OWN_PART_NOUN + r")\s+[A-Z0-9IVXLivxl]{1,6}\.(?=\s+[A-Z])")
def _a_letter_follows(text: str, tokens: Sequence[Token], comma: int) -> bool:
    """Whether the words after the comma at ``comma``, to the next full stop ending a sentence, are a letter
    (``La Jonquière et Bigot au Ministre, 1749``: :func:`~notecite.normalize.kinds.recognize`)."""
    from ...normalize.kinds import recognize  # the recognizer reads normalized cites: imported when a rule needs it
    end = next((k for k in range(comma + 1, len(tokens)) if tokens[k].text == "." and ends_a_sentence(tokens, k)), len(tokens))
    if comma + 1 >= end:
        return False
    found = recognize(text[tokens[comma + 1].start:tokens[end - 1].end])
    return found is not None and found.kind == "letter"


#: Words that open a sentence naming the topic the sources after it treat (``On Grant's defeat, …``), as written.
_TOPIC_OPENERS = frozenset({"On", "ON"})


@needs(any_written(_TOPIC_OPENERS))
def rule_topic_clause_before_the_sources_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``On Grant's defeat, Grant to Forbes, no date``, ``On the capture of Fort Frontenac, Bradstreet to Abercromby,
    31 Aug. 1758``: a sentence opening on ``On`` and a clause of at most twelve words, a lower-case
    word among them that is no small function word (a topic, not a title such as ``On the Emotion of Conviction``),
    ending on a comma before a capitalised word (no place and year, an imprint), is prose: the sources follow it. So is
    one word after ``On`` before a letter (``On Toronto, La Jonquière et Bigot au Ministre, 1749``), and a clause ending
    on a comma and a dash (``On the troupes de la marine,—Mémoire pour servir…``). A name the tagger read as an author
    ending the clause (``On the Kronstadt rising the best account remains Paul Avrich, Kronstadt 1921 (…)``) stays the
    author of the cite after it."""
    out = None
    for start in _sentence_starts(text, tokens):
        if start >= len(tokens) or tokens[start].text not in _TOPIC_OPENERS:
            continue
        comma = next((k for k in range(start + 1, min(len(tokens) - 1, start + 14)) if tokens[k].text in ",.;:"), None)
        if comma is not None and comma + 2 < len(tokens) and tokens[comma + 1].text in ("—", "–"):
            comma += 1  # "On the troupes de la marine,—Mémoire pour servir…": the dash after the comma is the clause's
        if comma is None or tokens[comma].text not in (",", "—", "–") or not capitalised_word(tokens[comma + 1].text, 1) \
                or comma + 3 < len(tokens) and tokens[comma + 2].text in ",." and YEAR.fullmatch(tokens[comma + 3].text):
            continue  # (a place and a year after the comma: the clause is a title, "On the Tides, London, 1825")
        words = [t.text for t in tokens[start + 1:comma]]
        if any(t in OPENING_QUOTES or lead_word(t) for t in words):
            continue  # (a lead-in inside: "On the conditions of exile see Pierre Broue, Rakovsky…" names the source)
        if not any(w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in words) \
                and not (len(words) == 1 and _a_letter_follows(text, tokens, comma)):
            continue  # a title ("On the Emotion of Conviction"), unless one word before a letter ("On Toronto, …")
        name = comma
        while name > start + 2 and split_label(tags[name - 1])[1] == "author":
            name -= 1
        if name < comma and not tags[name].startswith("B-"):
            name = comma  # (an author run opening before the clause's words end: none of its own)
        out = out or list(tags)
        out[start:name] = ["prose"] * (name - start)  # an author the tagger read ending the clause stays its cite's
        if name == comma:
            out[comma] = "prose"
            open_run(out, comma + 1)
    return out or tags


@needs(any_word(HENCEFORTH_WORDS))
def rule_henceforth_bracket_is_a_note_of_its_cite(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(Hereinafter: Lorenčič, Gospodarske razmere. In: Čepič (ed.), Slovenija), pp. 261-270``, ``(hereafter Smith,
    Strike)``: a bracket opened by ``hereafter`` (``henceforth``, ``hereinafter``, ``ci-après``) gives the short form
    later notes cite the work by, whatever names and titles it holds: up to its closing bracket it is one note run
    of the cite before it, never a cite of its own. A bracket not closed in the note is left as it is."""
    out: list[str] | None = None
    k = 0
    while k < len(tokens) - 2:
        opening = tokens[k].text
        if opening not in ("(", "[") or tokens[k + 1].text.lower() not in HENCEFORTH_WORDS:
            k += 1
            continue
        closing, depth, close = ")" if opening == "(" else "]", 0, None
        for j in range(k, len(tokens)):
            depth += tokens[j].text == opening
            depth -= tokens[j].text == closing
            if depth == 0:
                close = j
                break
        if close is None:
            break
        out = out if out is not None else list(tags)
        relabel(out, k, close + 1, "note")
        k = take_trailing_mark(tokens, out, close + 1, "note")  # "), pp. 26-43": the comma is the bracket's
        open_run(out, k)
    return out if out is not None else tags
