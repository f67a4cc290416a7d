"""Rules about pinpoints: the locator grammar, ``vol:page`` tails and a page after the imprint."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

from ...normalize.lexicon import WORDS
from ...normalize.pages import AT_WORDS
from ...textscan import may_hold
from ..dictionaries import fold, load
from ..labels import (_ABBREVIATIONS, open_run, take_trailing_mark, prose_before, relabel, runs_and_the_next, tag_set, tag_spans,
                      token_at, token_starts, tokens_within)
from ..model import Token, split_label
from .words import (AUTHOR_TAGS, DATE_TAGS, IMPRINT_TAGS, TITLE_TAGS, comma_indexes, DAYBOOK_WORDS, regnal_number, REFLEXIVES, CLOSING_PARENTHESIS, FUNCTION_WORDS, IMPRINT_LABELS, NAME_LABELS, OPENING_PARENTHESIS, OPENING_QUOTES, PERIOD, QUOTE_PAIRS,
                    ROMAN_NUMERAL, SEMICOLON,
                    capitalised_word, ends_a_sentence, family_name_like, folded_words, lead_word, past_lead_words, lowered_words, tags_of, token_texts, tokens_at)
from .needs import any_mark, any_match, any_tag, any_word, any_written, needs

_LOCATOR_TAGS = tags_of(("locator",))
_NAMING_TAGS = tags_of(("title", "author"))
_PAGES_TAGS = tags_of(("pages",))
_VOLUME_TAGS = tags_of(("volume",))
_LOCATOR_OR_VOLUME_TAGS = _LOCATOR_TAGS | _VOLUME_TAGS
_IBID_TAGS = tags_of(("ibid",))
_CONTAINER_TAGS = tags_of(("container-title",))
#: The words opening an issue's number, ``Nr.`` included (``no. 93``, ``Nos. 5-6``, ``Nr. 4``).
_ISSUE_NUMBER_WORDS = frozenset({"no", "nos", "nr"})
_TITLE_RUN_TAGS = tags_of(("title", "container-title"))
_TITLE_OR_NAME_TAGS = tags_of(("title", "container-title", "author", "editor"))
#: Runs a bare number may be read as (:func:`rule_bare_number_is_no_date`).
_NUMBERED_RUN_TAGS = tags_of(("date", "volume", "edition"))


#: A page, perhaps with a letter (``12a``, ``276n``) or the note it cites run on (``40n3``, ``112nn4``), a newspaper's
#: page with its section's letters before or after it (``A19``, ``SM7``, ``7A``), or a Roman numeral.
_NUMBER = r"(?:\d+(?:nn?\d+|[a-z]{0,2})|[A-Z]{1,2}\d{1,4}|\d{1,3}[A-Z]|[ivxlcdm]+|[IVXLCDM]+)(?![^\W_])"

#: Words that open a pinpoint or one of its parts (``p.``, ``S.``, ``Bd.``, ``Sp.``, ``Anm.``, ``Th.``, ``Abschn.``, ``St.``,
#: ``pág.``, ``tomo``, ``t.``, ``col.``, ``carta``, ``letter``, ``lecture``…), with their period and the space after it. A word of
#: two letters or more is one in any case (``Vol. I``, ``Seite 9``, ``Chap. VI``, ``chs. ii-vii``, ``Part II``); a single
#: letter only as listed (``P.`` or ``C.`` is as likely an initial); a plate is ``pl.`` in lower case only. Leaves are ``f.``/``ff.``/``fo.``/``fos.``
#: (``fo. 12``, ``fos. 3-4``, ``f. 12v``, ``ff. 3-9``); figures and plates are ``fig. 112``, ``figs. 3-4``, ``plate 9``; a numbered thesis ``thesis IX``.
_LEAD = (r"(?:(?:p|pl|S|s|c|t|n|v|B|ll?|ff?|"
         r"(?i:pp|pgs?|sp|seiten?|chaps?|chs?|chapters?|chapitre|cap|kap|kapitel|vols?|volumes?|tom|tomo|tome|bd|bde|band|"
         r"nn|nos?|nr|nºs?|n°s?|n[úu]ms?|fols?|fos?|cols?|paras?|paragraphs?|secs?|sect|sections?|secci[óo]n|arts?|anm|th|thl|theil|teil|heft|abschn|abschnitt|abt|abth|st|stück|quaest|"
         r"abs|absatz|págs?|pags?|p[áa]ginas?|pages?|"
         r"cartas?|letter|lectures?|lect|doc|documentos?|parte?|pt|livre|liv|lib|book|bk|buch|app|appendix|dissert|notes?|figs?|figures?|plates?|thesis|theses|"
         r"tit|loi|lex|leg|legajo|exp))(?![^\W\d_])\.?\s*|§§?\.?\s*)")
#: :data:`_NUMBER` and :data:`_LEAD` compiled, to read one word.
_A_NUMBER = re.compile(_NUMBER)
_A_LEAD = re.compile(_LEAD)
_RANGE = r"(?:(?:(?<=\d)\.(?=[-–]\d)|(?<=[ivxlcdm])\.(?=[-–][ivxlcdm]))?\s*[-–—]\s*" + _NUMBER + r"|\s+(?:á|à|bis)\s+" + _NUMBER + r")?"
_PART = _NUMBER + _RANGE + (r"(?:\.?,?\s*(?:et\s+seqq?|et\s+suiv(?:antes)?|sqq?|passim|inclusivement|inclusive|note(?!\s*\d))\b\.?"
                            r"|\s*(?:ff?g?\.?|usf\.?|u\.\s?ff?\.|et seqq?\.?|et suiv(?:antes|\.)?|seqq?\.|sqq?\.?|y sigs?\.?|passim|n(?!\.?\s*\d)(?![^\W\d_])\.?)"
                            r"|\s+note\b(?!\s*\d))?")

#: The Congress and session a document of the United States Congress is filed under (``9 Cong. 1 sess. V. 238``,
#: ``63rd Cong., 2nd Sess., p. 672``).
CONGRESS_SESSION = (r"(?:\d{1,3}|[IVX]{1,6})(?:st|nd|rd|th|d)?\s+Cong(?:\.,?|,)\s+\d(?:\s*[-–]\s*\d)?(?:st|nd|rd|th|d)?\s+[Ss]ess\.,?\s*")  # "24 Cong, 1 sess." misprinted too; "9 Cong. 1-2 sess." two sessions; "II Cong." OCR for 11
#: A numbered series before the volume (``4th Ser., I. 735``, ``2nd series, III, 12``, ``IV. Series, III. 216``,
#: ``Second Ser., I. 196``, ``New Ser., I. 122``), or a
#: Congress and session.
_SERIES = (r"(?:(?:\d{1,2}(?:st|nd|rd|th|d)|[IVX]{1,4}\.?|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|New|Old)\s*)"
           r"\s+[Ss]er(?:ies|\.)?[,.]?\s*|" + CONGRESS_SESSION + ")?")

#: The parts of a book before or after its text that a pinpoint may name before its page (folded): ``Vorrede, S. XLVI``,
#: ``Preface, p. xii``, ``Introduction, p. 4``, ``Anhang, S. 349``.
_BOOK_PARTS = frozenset("vorrede vorwort einleitung anhang nachwort preface introduction préface".split())
#: One of :data:`_BOOK_PARTS` and its comma before the page: the pinpoint opens on it.
#: A part of the book abbreviated (or not) before the page word (``Beil. S. 99-101``, ``Anh. S. 12``, ``Suppl. p. 4``).
_ABBREVIATED_PARTS = ("beil", "beilage", "anh", "anhang", "nachtr", "vorr", "einl", "suppl", "append")
ABBREVIATED_BOOK_PART = r"(?i:" + "|".join(_ABBREVIATED_PARTS) + r")\.?"
_BOOK_PART = (r"(?:(?i:" + "|".join(sorted(_BOOK_PARTS)) + r"),\s*(?=\w)"
              r"|" + ABBREVIATED_BOOK_PART + r"\s+(?=(?:S|p|pp|Bl|fol)\.\s*\d))?")
_HEAD = r"[(\[]?\s*" + _BOOK_PART + _SERIES
#: The German ordinal before the word of a part (``2. Bd. S. 55``, ``3. Theil,``, ``2. Buch. S. 300``).
_ORDINAL_PART = r"\.\s+(?:Bd|Band|Th|Thl|Theil|Teil|Buch|Heft)\.?,?\s+"
#: A semicolon before the next volume of the same work and its pages (``I, 260, 528; II, 247``, ``I. 1033; II. 279``).
_NEXT_VOLUME = r";\s*(?=[IVXLC]{1,6}[.,]?\s+\d)"
#: A full stop between two pages of a list (``p. 82. 67``, ``p. 42 fg. 91 ff.``, ``p. 30. 32 ff. 99. 122 fg.``): the next
#: page is short (no year) and a stop, comma, semicolon or bracket follows it (its ``ff.`` aside): not the number opening
#: the next cite (``c. 5. 1 Elizab.``; a run read alone has no end to look at, so its end is no such mark).
_NEXT_PAGE_AFTER_A_STOP = r"(?<=[\d.])\.?\s+(?=\d{1,3}(?:\s*(?:ff?g?|sqq?)\.?)?\s*[.,;)])"
#: A part the editor put in square brackets between two (``l. lxxi. [c. 31,] p. 1195``).
_SUPPLIED_PART = r"\.?\s+\[" + _LEAD + r"?" + _NUMBER + r"\s*[,;]?\]\s*" + _LEAD + r"?"
_LOCATOR = re.compile(
    _HEAD + _LEAD + r"?" + _PART
    + r"(?:(?:" + _ORDINAL_PART + _LEAD + r"?|" + _NEXT_VOLUME + r"|\.?\s*[,:]\s*(?:" + _LEAD + r"|P\.\s*)?|\s+(?:n|nn)\.?\s*|\s*(?:pp?|S|n)\.\s*|\.?\s+" + _LEAD + _LEAD + r"?"
    + r"|,?\s+(?:(?:et|y|und|and|e)\s+|u\.\s*)" + _LEAD + r"?|" + _SUPPLIED_PART + r"|(?<=[IVXLCDMivxlcdm])\.\s+(?=\d)|" + _NEXT_PAGE_AFTER_A_STOP + r"|(?<=[ivxlcdm])\.\s+(?=[ivxlcdm]+\.|l(?=[,;)]|\.?\s*$|\.\s+[A-Z(])))" + _PART + r")*"
    + r"(?:\.?,?\s+(?:etc|&c)\b\.?(?:,?\s+to\s+\d{1,5}\b)?)?\s*[)\]]?[.,;:]?"  # "75, etc., to 520": the last page
)

#: The page word in capitals opening a pinpoint after a comma (``IBID., P. 61``, ``SMITH, WEALTH, PP. 6-9``): alone, a
#: capital ``P.`` is as likely an initial.
_CAPITAL_PAGE_WORD = re.compile(r"PP?\.\s*(?=\d)")

_VOLUME_WORDS = frozenset({"vol", "vols", "volumes", "bde", "t", "tomes"})
#: A page run on to its page word, no period or space between (``p229``, ``pp24-6``).
_GLUED_PAGE = re.compile(r"pp?\d{1,5}")


def _prose_pinpoint_after_the_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> None:
    """``(Basingstoke: Macmillan, 1996), xviii-xxii;``, ``(September 2017): 1,``, ``(1981) p229``, ``(Cincinnati,
    1848), ch. iv``: page numbers (or a chapter or page with its word)
    right after the imprint's closing parenthesis (and a comma or colon), perhaps run on to their page word,
    left as prose or run on from the imprint (a chapter and its word read as a title too: ``(London, 1968), Chapter 4``),
    become the locator, in place; so does a chapter with its word after the
    comma that closes an imprint written without brackets (``Pluto Press, London, 1977, Chapter 2.``)."""
    unbracketed = [] if _PART_AFTER_AN_IMPRINT.isdisjoint(lowered_words(tokens)) else _unbracketed_imprint_ends(tokens, tags)
    for i in [*tokens_at(text, tokens, CLOSING_PARENTHESIS), *unbracketed]:
        if i >= len(tokens) - 1:
            continue
        if split_label(tags[i])[1] not in ("date", "publisher", "location"):
            continue
        run = split_label(tags[i])[1]
        start = i + 1 + (tokens[i + 1].text in (",", ":") and tokens[i].text == ")")
        worded = start < len(tokens) and _worded_part_after_an_imprint(text, tokens, start)
        free = ("prose", "I-" + run, "B-locator", "I-locator")  # prose, run on from the imprint, or a piece of it
        if worded:
            free += ("B-title", "I-title")  # "Chapter 4." read as a title of its own
        if start >= len(tokens) or tags[start] not in free or not (
                tokens[i].text == ")" and (_A_NUMBER.fullmatch(tokens[start].text) or _glued_page_after_an_imprint(tokens, tags, i, start))
                or worded):
            continue
        match = _LOCATOR.match(text, tokens[start].start)
        reach = match.end() if match else tokens[start].start
        inside = []
        k = start
        while k < len(tokens) and tokens[k].end <= reach:  # tokens in order: stop at the first past reach
            if tags[k] in free:
                inside.append(k)
            k += 1
        inside = [k for k in inside if tokens[k].text not in (";", ".", ",") or k < inside[-1]]
        if not inside or inside != list(range(start, inside[-1] + 1)):
            continue
        relabel(tags, start, inside[-1] + 1, "locator")
        end = inside[-1] + 1
        while worded and end < len(tokens) and tags[end] == "I-title" and not tokens[end].text[:1].isalnum():
            tags[end] = "I-locator"  # the title run's closing mark goes with the pinpoint it was
            end += 1


def _unbracketed_imprint_ends(tokens: Sequence[Token], tags: list[str]) -> list[int]:
    """The commas that close an imprint written without brackets: a year's date run ending on its comma right after a
    place or publisher run (``Pluto Press, London, 1977,``)."""
    runs = tag_spans(tokens, tags)
    return [last - 1 for (_, end, before), (first, last, label) in zip(runs, runs[1:])
            if label == "date" and before in ("location", "publisher") and end == first and last - first == 2
            and tokens[last - 1].text == "," and YEAR.fullmatch(tokens[first].text)]


def _worded_part_after_an_imprint(text: str, tokens: Sequence[Token], start: int) -> bool:
    """Whether token ``start`` opens a pinpoint with the word of a part and its number (``ch. iv``, ``chs. ii-v``)
    that the locator grammar reads whole: a chapter cited after the imprint (``(Cincinnati, 1848), ch. iv``)."""
    word = tokens[start].text
    if fold(word) not in _PART_AFTER_AN_IMPRINT:
        return False
    match = _LOCATOR.match(text, tokens[start].start)
    return match is not None and start + 1 < len(tokens) and match.end() > tokens[start + 1].end


#: Words of a part that may open a pinpoint after the imprint (``ch. iv``, ``chap. 3``, ``p. 12``).
_PART_AFTER_AN_IMPRINT = frozenset({"ch", "chs", "chap", "chaps", "chapter", "p", "pp"})


def _glued_page_after_an_imprint(tokens: Sequence[Token], tags: Sequence[str], close: int, start: int) -> bool:
    """Whether token ``start`` is a page run on to its page word (``p229``) after the bracket closing at ``close``,
    that bracket opening after a field that is no name (``Merlin Press (1981) p229``); after a name (``Victor
    Gollancz (1944) p24``, a publisher the tagger read as an author) it is left as it is."""
    if not _GLUED_PAGE.fullmatch(tokens[start].text):
        return False
    opening = next((k for k in range(close - 1, max(close - 12, 0), -1) if tokens[k].text == "("), 0)
    return opening > 0 and tags[opening - 1] != "prose" and split_label(tags[opening - 1])[1] not in NAME_LABELS


def _volume_before_the_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> None:
    """In place: a locator run right before the bracket that opens an imprint run (``Vol. 1 (Gales and
    Seaton, 1833)``, ``vi (London, 1932)``), or ending on a comma before an unbracketed one (``Vol. 6,
    Lawrence and Wishart, London, 1976``), becomes a volume run when it is only a volume named with its
    word (``Vol. 1``, ``tom. II``) or, right after a title, a small Roman numeral alone or after ``vol.``,
    ``tom.``, ``t.`` (a pinpoint never precedes the imprint). So does a capital Roman numeral after a comma that
    ends a title run right before the imprint's bracket (``The Bolshevik revolution, 1917–1923, I (London, 1950)``)."""
    runs = tag_spans(tokens, tags)
    for j in range(len(runs) - 1):
        first, last, label = runs[j]
        if label != "locator" or runs[j + 1][0] != last or runs[j + 1][2] not in IMPRINT_LABELS \
                or tokens[last].text not in ("(", "[") and tokens[last - 1].text != ",":
            continue
        if _VOLUME_ONLY.fullmatch(text, tokens[first].start, tokens[last - 1].end) \
                or j and runs[j - 1][2] in _TITLE_RUNS and _roman_volume(tokens[first:last]):
            relabel(tags, first, last, "volume")
    for first, last, label in runs:  # "The Bolshevik revolution, 1917–1923, I (London, 1950)": the title ran on
        if label == "title" and last - first >= 4 and last < len(tokens) and tokens[last].text == "(" \
                and tokens[last - 2].text == "," and re.fullmatch(r"[IVX]{1,4}", tokens[last - 1].text) \
                and split_label(tags[last])[1] in IMPRINT_LABELS:
            tags[last - 2] = "prose"
            relabel(tags, last - 1, last, "volume")


def _roman_volume(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` are a small Roman numeral alone or after ``vol``, ``tom``, ``t`` (``vi``, ``vol. ii``)."""
    words = [t.text for t in tokens if t.text not in ".,"]
    numeral = words[-1] if words and len(words) <= 2 else ""
    return bool(_SMALL_ROMAN.fullmatch(numeral)) and (len(words) == 1 or words[0].lower() in ("vol", "tom", "t"))


@needs(any_tag(IMPRINT_TAGS))
def rule_pinpoint_after_the_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(Albany: SUNY Press, 1996), 88-112, for the Johnson-Forest Tendency``: a run opening with a
    page number right after the imprint's closing parenthesis is the pinpoint as far as the
    locator grammar reaches; the words after it are prose (not a periodical's volume, before its issue or
    bracketed year: ``Review (Oakland, Calif.) 1, no. 2 (1996)``). A volume named with its word and read as the
    locator right before the imprint's bracket (``Foreign Relations, Vol. 1 (Gales and Seaton, 1833), p. 329``)
    is the volume: the pinpoint comes after the imprint."""
    if ")" not in text and _PART_AFTER_AN_IMPRINT.isdisjoint(lowered_words(tokens)):
        return tags  # no imprint's closing parenthesis, no chapter after an unbracketed one
    tags = list(tags)
    _volume_before_the_imprint(text, tokens, tags)
    _prose_pinpoint_after_the_imprint(text, tokens, tags)
    runs = tag_spans(tokens, tags)
    for j in range(1, len(runs)):
        first, last, label = runs[j]
        if label in ("locator", "pages", "date") or runs[j - 1][2] not in ("date", "publisher", "location"):
            continue
        if first + 1 < len(tokens) and tokens[first + 1].text.lower().rstrip(".") in _VOLUME_WORDS:
            continue  # "2 vols.": how many volumes the work has, not a pinpoint
        if _periodical_volume(tokens, runs, j):
            continue
        if label == "volume" and j + 1 < len(runs) and runs[j + 1][2] == "locator" and runs[j + 1][0] == last \
                and tokens[last].text[:1].isdigit():
            continue  # "(repr. 1826), 8 Cong. 1 sess. IV 523, 578": the volume, then the page in it (one pinpoint)
        closing = [i for i in range(runs[j - 1][0], first) if tokens[i].text == ")"]
        if not closing or not _A_NUMBER.fullmatch(tokens[first].text) or \
                any(tokens[i].text[:1].isalnum() or tokens[i].text == ";" for i in range(closing[-1] + 1, first)):
            continue  # (after a ";" the next cite opens: "(Oxford, 1974); D. Tanner, …" names no page "D")
        match = _LOCATOR.match(text, tokens[first].start, tokens[last - 1].end)
        reach = match.end() if match else tokens[first].start
        if reach <= tokens[first].start:
            continue
        for i in range(first, last):
            if tokens[i].end <= reach:
                tags[i] = ("B-" if i == first else "I-") + "locator"
            else:
                tags[i] = "prose"
    return tags


#: A periodical's volume alone, perhaps after its series (``XVIII,``, ``1,``, ``3d ser., VIII,``): no page in it.
_BARE_VOLUME = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th|d)\s+[Ss]er(?:ies|\.)?,?\s*)?(?:\d{1,3}|[IVXLC]{1,7})[.,]?")


#: The runs a book's part may follow: the imprint, or the volume or pinpoint before it.
_BEFORE_A_BOOK_PART = frozenset({"date", "location", "publisher", "volume", "locator"})
#: The labels the tagger may have given the page after a book's part (and a title run of the part alone, its title).
_READ_INTO_A_PINPOINT = frozenset({"prose", "note", "locator", "pages"})


@needs(any_word(_BOOK_PARTS))
def rule_part_of_the_book_and_its_page_after_the_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Gemälde weiblicher Erziehung. Heidelberg 1815. Vorrede, S. XLVI.``, ``…, London, 1900, Preface, p. xii``: a
    part of the book (:data:`_BOOK_PARTS`), its comma and a page the locator grammar reads, after the imprint or the
    volume, left as prose or a note, are the cite's pinpoint, part and page together."""
    out = None
    for i in range(1, len(tokens) - 2):
        alone = tags[i] == "B-title" and tags[i + 1] == "I-title" and not tags[i + 2].startswith("I-")  # "Preface,"
        if fold(tokens[i].text) not in _BOOK_PARTS or tokens[i + 1].text != "," \
                or split_label(tags[i])[1] not in ("prose", "note") and not alone:
            continue
        before = i - 1
        while before > 0 and tokens[before].text in ".,:)" and (tags[before] == "prose" or tags[before].startswith("I-")):
            before -= 1
        match = _LOCATOR.match(text, tokens[i + 2].start)
        if split_label(tags[before])[1] not in _BEFORE_A_BOOK_PART or match is None:
            continue
        readable = _READ_INTO_A_PINPOINT | {"title"} if alone else _READ_INTO_A_PINPOINT
        end = i + 2
        while end < len(tokens) and tokens[end].end <= match.end() and split_label(tags[end])[1] in readable:
            end += 1
        if end == i + 2:
            continue
        out = out or list(tags)
        if out[i].startswith("I-"):
            prose_before(out, i)
        relabel(out, i, end, "locator")
        open_run(out, end)
    return out or tags


@needs(any_tag(_LOCATOR_TAGS), any_tag(DATE_TAGS))
def rule_volume_and_issue_date_before_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Journal of the Society (Washington, 1918—), XVIII, July 1936, 124, 126.``, ``Report (Washington: GPO,
    1906) 1, October 26, 1905, p. 103.``: a locator run that is only a volume (:data:`_BARE_VOLUME`), right
    before a date run that names a year and right after it another locator run, is the volume of the issue
    that date names; the last run is the pinpoint. So is a volume by its word (:data:`_WORDED_VOLUME`) before a day or
    month and pages (``Congressional Record, vol. 137, part 20, October 24, 1991, pp. 28770–28772``)."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for j in range(len(runs) - 2):
        (first, last, label), (_, date_end, between), (page, _, after) = runs[j:j + 3]
        if label != "locator" or between != "date" or after not in ("locator", "pages") or runs[j + 1][0] != last \
                or date_end != page or not any(YEAR.fullmatch(tokens[k].text) for k in range(last, date_end)):
            continue
        if after == "locator" and _BARE_VOLUME.fullmatch(text, tokens[first].start, tokens[last - 1].end) \
                or _WORDED_VOLUME.fullmatch(text, tokens[first].start, tokens[last - 1].end) \
                and any(fold(tokens[k].text) in load("months") for k in range(last, date_end)):
            relabel(tags, first, last, "volume")
    return tags


#: A volume by its word and number, perhaps with its part (``vol. 137, part 20,``): before an issue's day, the volume
#: of a periodical or a record (``Congressional Record, vol. 137, part 20, October 24, 1991, pp. 28770–28772``).
_WORDED_VOLUME = re.compile(r"(?:[Vv]ol(?:ume)?\.?|[Vv]ols?\.)\s*(?:\d{1,4}|[IVXLC]{1,7})(?:,?\s*(?:[Pp]art|[Pp]t\.?)\s*\d{1,3})?[.,]?")


#: An issue's word and number or numbers (``no. 93``, ``nos. 17–18``, ``No. 3``, ``Nr. 4``), nothing else.
_ISSUE_NUMBER = re.compile(r"(?:[Nn]os?|[Nn]r)\.?\s*\d{1,4}(?:\s*[-–/]\s*\d{1,4})?,?")


@needs(any_mark("("), any_word(_ISSUE_NUMBER_WORDS), any_tag(_CONTAINER_TAGS))
def rule_issue_number_after_a_periodical_is_its_issue(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Proletarskoe kino, nos. 17–18 (1932): 7–16.``: a pinpoint or pages run that is only an issue's word and
    number, between a periodical (its comma between) and the bracketed date of that issue, is the issue: the
    pages after the date are the article's."""
    changed: list[str] | None = None
    runs = tag_spans(tokens, tags)
    for j in range(1, len(runs) - 1):
        first, last, label = runs[j]
        if label not in ("pages", "locator") or runs[j - 1][2] != "container-title" or runs[j + 1][2] != "date" \
                or runs[j + 1][0] != last or tokens[last].text != "(":
            continue
        if not _ISSUE_NUMBER.fullmatch(text, tokens[first].start, tokens[last - 1].end):
            continue
        changed = changed if changed is not None else list(tags)
        relabel(changed, first, last, "issue")
    return changed if changed is not None else tags


#: A newspaper's page, perhaps with its section's letters (``7``, ``7A``, ``B12``, ``SM7``), no year.
_NEWSPAPER_PAGE = re.compile(r"\d{1,3}[A-Z]?|[A-Z]{1,2}\d{1,3}")


@needs(any_word(load("months")), any_tag(DATE_TAGS))
def rule_page_after_a_day_date_is_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Evening Outlook, 27 November 1976, 7A.``: a date run that names a month and a year and runs on past
    the year's comma into a page (``7A``, ``B12``, ``12``, ``4–5``; or pages: ``1, 4``) holds the cite's pinpoint at its
    end (a ``;`` before the next cite may close it): the page is the locator."""
    months = load("months")
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "date":
            continue
        comma = next((k for k in range(first + 1, last - 1) if tokens[k].text == "," and YEAR.fullmatch(tokens[k - 1].text)),
                     None)
        if comma is None or not any(fold(t.text.rstrip(".")) in months for t in tokens[first:comma]):
            continue
        page = [t.text for t in tokens[comma + 1:last] if t.text not in ".-–,;"]
        if not 1 <= len(page) <= 3 or not all(_NEWSPAPER_PAGE.fullmatch(p) for p in page) \
                or tokens[last - 1].text not in ".-–;" and not _NEWSPAPER_PAGE.fullmatch(tokens[last - 1].text):
            continue
        out = out or list(tags)
        out[comma] = "I-date"
        relabel(out, comma + 1, last, "locator")
    return out or tags


#: A page or page range alone (``7``, ``1–2``, ``xvii``), the pinpoint a note run may open on.
_BARE_PAGES = re.compile(r"(?:\d{1,4}|[ivxlc]{1,6})(?:\s*[-–]\s*(?:\d{1,4}|[ivxlc]{1,6}))?")


@needs(any_tag("B-note"))
def rule_pinpoint_opening_a_note_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``script for Mother Art Tells Her Story, 7, Mother Art records, GRI.``: a note run right after a title's
    comma that opens on a page (or page range) and its comma, before capitalised words (the archive or
    collection the item is kept in), opens on the cite's pinpoint: the page is the locator, the rest the note."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "note" or first < 2 or tokens[first - 1].text != "," \
                or split_label(tags[first - 2])[1] not in ("title", "container-title"):
            continue
        comma = next((k for k in range(first, min(last, first + 4)) if tokens[k].text == ","), None)
        if comma is None or comma + 1 >= last or not tokens[comma + 1].text[:1].isupper() \
                or not _BARE_PAGES.fullmatch(text[tokens[first].start:tokens[comma - 1].end]) \
                or YEAR.fullmatch(tokens[first].text):
            continue
        out = out or list(tags)
        relabel(out, first, comma + 1, "locator")
        relabel(out, comma + 1, last, "note")
    return out or tags


def _periodical_volume(tokens: Sequence[Token], runs: list[tuple[int, int, str]], j: int) -> bool:
    """Whether run ``j`` is a periodical's volume: an issue run (``1, no. 2``) or a bracketed date
    (``29 (2003)``) follows it right away."""
    if j + 1 >= len(runs) or runs[j + 1][0] != runs[j][1]:
        return False
    return runs[j + 1][2] == "issue" or runs[j + 1][2] == "date" and tokens[runs[j + 1][0]].text == "("


_SMALL_NUMBER = re.compile(r"\d{1,3}")


@needs(any_tag(_NUMBERED_RUN_TAGS))
def rule_bare_number_is_no_date(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Wood, 10.``: a date run that is only a number of one to three digits (no month, no year),
    after a name or title and a comma, is a page: the pinpoint of a short form; so is such a number read
    as a volume or an edition after a name or title that ends the cite (``Moretti, Distant Reading, 13.``). ``4th Ser., II. 1545``:
    a lone number of any length, read as a date or a note, right after a volume that ends on its Roman
    numeral and period is that volume's page. ``Statistical Journal, 173 (2010), pp. 797–825``: a lone number
    read as pages or a pinpoint between a periodical's title (and its comma) and a bracketed date is the
    periodical's volume. ``Fragm. Vatican. ii. 225.``: a volume run of a Roman numeral, its period and a
    number, right after a title, is a pinpoint (book or volume and page). ``Annals of Cong., 15 Cong. 2 sess. p.
    1430.``: a number read as a date right after a page word and its period is that page."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for j in range(1, len(runs)):
        first, last, label = runs[j]
        if label == "volume" and runs[j - 1][2] in _TITLE_RUNS and runs[j - 1][1] == first and first + 2 < last \
                and (ROMAN_NUMERAL.fullmatch(tokens[first].text) or _LOWER_ROMAN.fullmatch(tokens[first].text)) \
                and tokens[first + 1].text == "." and tokens[first + 2].text.isdigit() \
                and all(tokens[i].text in ".,;" for i in range(first + 3, last)):
            relabel(tags, first, last, "locator")
            continue
        if label in ("pages", "locator") and last == first + 1 and runs[j - 1][2] == "container-title" \
                and tokens[first - 1].text == "," and tokens[first].text.isdigit() and last < len(tokens) \
                and tokens[last].text == "(" and tags[last] == "B-date":
            relabel(tags, first, last, "volume")
            continue
        if label == "date" and runs[j - 1][2] in ("pages", "locator") and runs[j - 1][1] == first and first >= 2 \
                and tokens[first - 1].text == "." and tokens[first - 2].text.lower() in _PAGE_ABBREVIATIONS \
                and tokens[first].text.isdigit() and all(tokens[i].text in ".,;" for i in range(first + 1, last)):
            relabel(tags, runs[j - 1][0], first + 1, runs[j - 1][2])  # "p. 1430": a page, however like a year
            for i in range(first + 1, last):
                tags[i] = "prose"
            continue
        if label in ("date", "note") and runs[j - 1][2] == "volume" and runs[j - 1][1] == first and first >= 2 \
                and tokens[first - 1].text == "." and ROMAN_NUMERAL.fullmatch(tokens[first - 2].text) \
                and tokens[first].text.isdigit() and all(tokens[i].text in ".,;" for i in range(first + 1, last)):
            relabel(tags, runs[j - 1][0], last, "locator")  # the volume and its page: one pinpoint
            continue
        if label != "date" and not (label in ("volume", "edition") and runs[j - 1][2] in ("author", "title")
                                    and (last == len(tokens) or tokens[last - 1].text in ".;")):
            continue
        if runs[j - 1][2] not in ("author", "editor", "title", "container-title"):
            continue
        words = [i for i in range(first, last) if tokens[i].text[:1].isalnum()]
        if len(words) != 1 or not _SMALL_NUMBER.fullmatch(tokens[words[0]].text) or \
                any(tokens[i].text not in ".,;:" for i in range(first, last) if i != words[0]) or \
                not (first > 0 and tokens[first - 1].text == "," or tokens[runs[j - 1][1] - 1].text == ","):
            continue
        relabel(tags, first, last, "locator")
    return tags


#: Page words a title run may end on when the tagger read the page after them as something else.
_PAGE_ABBREVIATIONS = frozenset({"p", "pp", "pag", "pág", "pagg"})
#: Runs the tagger may give the page after such a word.
_PAGE_MISREAD = frozenset({"note", "date", "volume"})


@needs(any_tag(_NAMING_TAGS), any_word(_PAGE_ABBREVIATIONS))
def rule_page_word_ending_a_title_opens_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Sire Raul p. 1175.``: a title or author run that ends on a page word and its period (``p.``, ``pp.``,
    ``pág.``) right before a run of only a page number (read as a note, a date or a volume; its stop after it), or
    before the locator run that holds the number, has swallowed the word of its pinpoint: the word, its period and
    the number are the locator."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for (before, end, name), (first, last, label) in zip(runs, runs[1:]):
        if name not in ("title", "author") or end != first or label not in _PAGE_MISREAD | {"locator"} \
                or first - before < 3 or tokens[first - 1].text != "." \
                or tokens[first - 2].text.lower() not in _PAGE_ABBREVIATIONS or not tokens[first].text.isdigit() \
                or label != "locator" and any(tokens[i].text not in ".,;" for i in range(first + 1, last)):
            continue
        relabel(tags, first - 2, last, "locator")  # the locator's number after it: its word joins it
    return tags


@needs(any_tag("B-title"), any_tag("B-locator"), any_word(_ABBREVIATED_PARTS))
def rule_part_of_the_book_read_as_a_title_opens_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Scheltema, Beil. S. 99-101``: a title run of only the word of a part of the book (:data:`ABBREVIATED_BOOK_PART`)
    and its stop, right after an author run and right before the locator run, is the head of the pinpoint (the part, then its
    page): the cite names its work by the author alone."""
    out = None
    runs = tag_spans(tokens, tags)
    for (_, end, name), (first, last, label), (after, _, next_label) in zip(runs, runs[1:], runs[2:]):
        if name == "author" and label == "title" and next_label == "locator" and end == first and last == after \
                and last - first <= 2 and re.fullmatch(ABBREVIATED_BOOK_PART, text[tokens[first].start:tokens[last - 1].end]):
            out = out or list(tags)
            relabel(out, first, after + 1, "locator")
    return out or tags


def _page_runs_after_a_name(tokens: Sequence[Token], tags: Sequence[str]) -> list[tuple[int, int, int]]:
    """(first token of the name's run, first and last + 1 token of the run) of each run read as a note, a date or
    a volume (:data:`_PAGE_MISREAD`) right after an author or title run: where a misread page may stand."""
    runs = tag_spans(tokens, tags)
    return [(before[0], first, last) for before, (first, last, label) in zip(runs, runs[1:])
            if label in _PAGE_MISREAD and before[2] in ("title", "author") and before[1] == first]


#: The words of a book or chapter a title run may end on before its page (``l.``, ``lib.``, ``cap.``, ``c.``).
_BOOK_WORDS = frozenset({"l", "lib", "liv", "cap", "c"})
#: What such a title's end cannot do without: the book word's period, then a capital Roman numeral (``l. X``).
_STOP_BEFORE_A_CAPITAL_NUMERAL = re.compile(r"\.\s*[IVXLC]")


@needs(any_word(_BOOK_WORDS), any_match(_STOP_BEFORE_A_CAPITAL_NUMERAL), any_tag(TITLE_TAGS), any_tag(_LOCATOR_TAGS))
def rule_book_ending_a_title_before_its_page_opens_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Trist. Calc. Hist. Patr. l. X, p. 256``: a title run that ends on the word of a book or chapter, its
    period and a Roman numeral (``l. X``, ``lib. IV``, ``cap. II``), right before the pinpoint run (its comma
    between them), has swallowed the first part of the pinpoint: from that word on it is the locator."""
    tags = list(tags)
    for (first, last, label), nxt in runs_and_the_next(tag_spans(tokens, tags)):
        if label != "title" or nxt[2] != "locator":
            continue
        end = last - (tokens[last - 1].text in ",.")
        if end - first < 4 or not ROMAN_NUMERAL.fullmatch(tokens[end - 1].text) or tokens[end - 2].text != "." \
                or tokens[end - 3].text.lower() not in _BOOK_WORDS or tokens[end - 3].start == tokens[end - 4].end:
            continue
        relabel(tags, end - 3, nxt[1], "locator")
    return tags


#: ``l. c.`` (loco citato), which the grammar would read as a book ``c``.
_LOCO_CITATO = re.compile(r"[,;]?\s*\bl\.\s*c\b")
#: A year a page number is not read as (``1990``).
YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
#: Runs the tagger may give the later parts of a list of pinpoints (``pp. 177,`` + ``180-181``, ``X,`` + ``149``).
_LIST_PARTS = frozenset({"locator", "pages", "volume", "date"})
_LIST_PARTS_OR_PROSE = _LIST_PARTS | {"prose"}


def _opens_on_a_lead_word(word: str) -> bool:
    """Whether ``word`` is a word that opens a pinpoint or one of its parts (``p``, ``pp``, ``l``, ``S``, ``tom``)."""
    return word[:1].isalpha() and _A_LEAD.fullmatch(word + ".") is not None


#: A token of a list of volumes and pages: a number, a Roman numeral or the punctuation between them.
_LIST_TOKEN = re.compile(r"\d{1,5}|[IVXLC]{1,7}|[ivxlc]{1,7}|[.,;:–-]")


def _numbers_of_a_note_run(tokens: Sequence[Token], tags: Sequence[str], i: int) -> bool:
    """Whether token ``i`` is in a note run of numbers, Roman numerals and their punctuation alone (``468; VII. 639;
    VIII. 530.`` after ``Hening, Statutes, VI. 417,``): the rest of a list of pinpoints the tagger took for a note."""
    if split_label(tags[i])[1] != "note":
        return False
    first, last = i, i + 1
    while first > 0 and tags[first].startswith("I-"):
        first -= 1
    while last < len(tags) and tags[last].startswith("I-"):
        last += 1
    return all(_LIST_TOKEN.fullmatch(tokens[k].text) for k in range(first, last))


def _opens_a_list_part(tokens: Sequence[Token], k: int, label: str) -> bool:
    """Whether a run of ``label`` opening on token ``k`` may go on a list of pinpoints: it opens on a
    number (``180-181``) or on the dash of a range the run before it began (``167`` + ``-8, 173-4``), or it
    is a locator or pages run opening on a pinpoint's word (``pp. 3-4,`` + ``pp. 9-10``)."""
    token = tokens[k]
    return _A_NUMBER.match(token.text) is not None \
        or token.text in _DASHES and k + 1 < len(tokens) and tokens[k + 1].text.isdigit() and tokens[k - 1].text.isdigit() \
        or label in ("locator", "pages") and _opens_on_a_lead_word(token.text)


def _day_of_a_month(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is the day before a month's name (``12 Feb. 1906``): a date, not a page."""
    return k + 1 < len(tokens) and tokens[k].text.isdigit() and len(tokens[k].text) <= 2 \
        and fold(tokens[k + 1].text) in load("months")


#: More pages after a ``;`` (perhaps just read) that close the note (``p. 9, 39; 133.``): numbers, ranges and
#: commas, no year.
_PAGES_CLOSING_THE_NOTE = re.compile(r"(?:(?<=;)|\s*;)\s*(?!(?:1[5-9]|20)\d\d\b)\d{1,4}(?:\s*[-–—]\s*\d+)?(?:,\s*\d{1,4}(?:\s*[-–—]\s*\d+)?)*\s*\.?\s*$")


@needs(any_mark(";"), any_tag("B-locator"))
def rule_same_worded_pinpoint_after_a_semicolon_joins_it(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Idem, parte I, carta CXVII; parte II, cartas CLVI, CLXI.``: a pinpoint run opened by a locator word, a ``;``
    right after it, then (read as prose) a pinpoint opened by the same word that ends the note: one pinpoint in two
    parts of the work, as the locator grammar reads ``p. 9, 39; 133``."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label == "locator" and tokens[last - 1].text == ";":
            last -= 1  # the run holds its semicolon
        if label != "locator" or last >= len(tokens) - 2 or tokens[last].text != ";" \
                or not tokens[first].text[:1].isalpha() or tokens[last + 1].text.lower() != tokens[first].text.lower():
            continue
        if any(tags[k] != "prose" for k in range(last + 1, len(tokens))):
            continue
        match = _LOCATOR.match(text, tokens[last + 1].start)
        if not match or text[match.end():].strip(" .") != "":
            continue  # the second part does not end the note
        out = out or list(tags)
        end = len(tokens) - (tokens[-1].text == ".")
        for k in range(last, end):
            out[k] = "I-locator"
    return out or tags


#: The years of annals a cite points to (``A.D. 428, No. 7, A.D. 439, No. 35``, ``A. D. 869``): each year of the
#: Christian era with the numbered paragraph under it.
_ANNALS_YEARS = re.compile(r"A\.\s?D\.\s*\d{3,4}(?:,?\s*(?:No|Nos|N°|§)\.?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)?"
                           r"(?:,\s*A\.\s?D\.\s*\d{3,4}(?:,?\s*(?:No|Nos|N°|§)\.?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)?)*")
_ANNALS_TITLE_RUNS = frozenset({"title", "container-title"})


@needs(any_written("A"), any_written("D"))
def rule_years_of_annals_are_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``See Baronius, Annal. Eccles. A.D. 428, No. 7, A.D. 439, No. 35.``: annals are cited by year, so the years of
    the Christian era after a title and their numbered paragraphs (:data:`_ANNALS_YEARS`) are the pinpoint, whatever
    runs the tagger read there; a container run between the title and the years is the rest of the title
    (``Annal.`` + ``Eccles.``). Years in prose (``born A.D. 452``) are left alone: the word before them must close a title."""
    tags = list(tags)
    for match in _ANNALS_YEARS.finditer(text):
        first = token_at(tokens, match.start())
        if first is None or first < 2 or tokens[first - 1].text not in ".,":
            continue
        end = first
        while end < len(tokens) and tokens[end].end <= match.end():
            end += 1
        title_end = first - 1
        label = split_label(tags[title_end])[1]
        if label not in _ANNALS_TITLE_RUNS:
            continue
        opening = title_end
        while opening > 0 and split_label(tags[opening - 1])[1] == label and tags[opening].startswith("I-"):
            opening -= 1
        if label == "container-title" and opening > 0 and split_label(tags[opening - 1])[1] == "title" \
                and tokens[opening - 1].text == ".":
            relabel(tags, opening, first, "title", continues=True)  # "Annal." + "Eccles.": one title
        relabel(tags, first, end, "locator")
        open_run(tags, end)
    return tags


#: A numbered series of a collection (``3d series``, ``4th Ser.``, ``New Series``), as one token and the series word after it.
_SERIES_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th|d)|(?i:first|second|third|fourth|fifth|sixth|seventh|new|old)")
#: The words of a series (``series``, ``Ser.``), lower-cased.
_SERIES_WORDS = frozenset({"series", "ser"})


@needs(any_word(_SERIES_WORDS), any_word(_VOLUME_WORDS), any_mark(","), any_tag(_TITLE_RUN_TAGS))
def rule_numbered_series_after_a_title_is_its_series(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``“Marshe’s Journal,” in William Henry Egle, ed., Notes and Queries, 3d series, vol. I (Harrisburg, Pa., 1895),
    277.``: a numbered series right after a title or container run and its comma (``3d series``, ``4th Ser.``), read
    as a pinpoint or prose, before a worded volume (``, vol. I``), is the collection's series (``collection-title``), as
    the tagger reads it elsewhere: the pinpoint comes after the imprint. Before a bare volume and page (``New Ser., I.
    122``) the series heads the pinpoint and is left to the locator grammar."""
    if _SERIES_WORDS.isdisjoint(lowered_words(tokens)):
        return tags
    tags = list(tags)
    for k in range(2, len(tokens) - 1):
        if fold(tokens[k + 1].text) not in _SERIES_WORDS or not _SERIES_ORDINAL.fullmatch(tokens[k].text) \
                or tokens[k - 1].text != "," or split_label(tags[k - 2])[1] not in _TITLE_RUNS \
                or split_label(tags[k])[1] not in ("locator", "prose", "volume", "pages"):
            continue
        end = k + 2 + (k + 2 < len(tokens) and tokens[k + 2].text == ".")
        if end + 1 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].text.lower() not in _VOLUME_WORDS:
            continue  # "New Ser., I. 122": the series heads the pinpoint (locator grammar)
        relabel(tags, k, end, "collection-title")
        if tags[end] == "prose":  # (the comma before the volume, checked above)
            tags[end] = "I-collection-title"
            end += 1
        open_run(tags, end)
    return tags


@needs(any_mark("("), any_tag("B-publisher", "publisher"))
def rule_numbered_series_before_the_imprint_bracket(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Jihadist Terrorist Use …, Marshall Center Occasional Paper Series, no. 20 (Garmisch-Partenkirchen, Germany:
    George C. Marshall European Center for Security Studies, 2008), 12``: a publisher run, its comma and a number
    (``no. 20``, read as an issue or volume) right before a bracket that holds a publisher of its own are the series
    the book appeared in and its number (``collection-title``), not a second imprint: one cite, its pinpoint after the
    bracket."""
    spans = tag_spans(tokens, tags)
    out = None
    for at, (first, last, label) in enumerate(spans[:-1]):
        number = spans[at + 1]
        if label != "publisher" or number[2] not in ("issue", "volume") or number[0] not in (last, last + 1) \
                or number[0] == last + 1 and tokens[last].text != "," or number[1] >= len(tokens) \
                or tokens[number[1]].text != "(":
            continue
        closing = next((k for k in range(number[1] + 1, len(tokens)) if tokens[k].text == ")"), len(tokens))
        if not any(split_label(tags[k])[1] == "publisher" for k in range(number[1] + 1, closing)):
            continue
        out = out or list(tags)
        relabel(out, first, number[1], "collection-title")
        open_run(out, number[1])
    return out or tags


#: A series named with its number at a run's end: ``Historical Handbook Series No. 17``, ``Occasional Paper Series, no.
#: 20``, ``Studies Series 4``.
_SERIES_AND_NUMBER_AT_THE_END = re.compile(r"\b(?:Series|Serie|Reihe)\b,?\s*(?:(?:No|no|Nr|nr|Number)\.?\s*)?\d{1,4}\s*$")


@needs(any_mark("eries", "Reihe"), any_mark("("))
def rule_series_and_number_before_the_imprint_bracket(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Edward M. Riley, Independence National Historical Park, Philadelphia, Pa., National Park Service Historical
    Handbook Series No. 17 (Washington, 1954, revised 1956), pp. 4-5``: a title run that ends on a series' word and
    its number (:data:`_SERIES_AND_NUMBER_AT_THE_END`) right before the imprint's bracket, after the cite's own title,
    is the series the book appeared in (``collection-title``), not a second work; a place read between the title and
    the series is the title's (``Independence National Historical Park, Philadelphia, Pa.``)."""
    out = None
    runs = tag_spans(tokens, tags)
    for at, (first, last, label) in enumerate(runs):
        if label != "title" or last >= len(tokens) or tokens[last].text != "(" or at == 0 \
                or not _SERIES_AND_NUMBER_AT_THE_END.search(text[tokens[first].start:tokens[last - 1].end]) \
                or not any(runs[j][2] == "title" for j in range(at)) \
                or any(runs[j][2] in ("locator", "date", "publisher") for j in range(at)):
            continue  # (no title before it in the cite, or a cite's imprint or pinpoint between: another cite)
        out = out or list(tags)
        relabel(out, first, last, "collection-title")
        if runs[at - 1][2] == "location" and at >= 2 and runs[at - 2][2] == "title" and runs[at - 2][1] == runs[at - 1][0]:
            relabel(out, runs[at - 2][0], runs[at - 1][1], "title")  # "…Historical Park, Philadelphia, Pa.,": the title's
    return out or tags


@needs(any_tag(_LOCATOR_TAGS))
def rule_pinpoint_list_is_one_locator(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``pp. 177, 180-181.``, ``II, 362.``, ``p. 134-162, 439-511, 581, 668``, ``p. 34, et seq.``,
    ``páginas 314 á 317``, ``pp. 3-4, pp. 9-10``: what follows a locator run as far as the locator
    grammar reaches from its start, read by the tagger as prose or as another locator, pages, a volume
    or a date run (one that opens on a number, a locator or pages run also on a pinpoint's word), is
    the rest of that pinpoint: it joins the locator run (a cite has one pinpoint; a second run was the
    rest of it, or the start of the next cite; not a year, nor a day before its month: ``col. 1234, 12 Feb. 1906``),
    and so do more pages after a ``;`` that close the note (``p. 9, 39; 133.``). So does a locator run
    right after a pages run that opens on a pinpoint's word (``p. 712-715,`` + ``886``, ``l. xx.`` +
    ``c. 4``): the pages run was the head of the pinpoint."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    opens = {f: label for f, _, label in runs}
    joined = 0  # where the last pinpoint joined ends: runs before it are part of it
    for first, last, label in runs:
        if first < joined or last >= len(tokens) or split_label(tags[last])[1] not in _LIST_PARTS_OR_PROSE \
                and not _numbers_of_a_note_run(tokens, tags, last):
            continue
        if label != "locator" and not (label == "pages" and opens.get(last) == "locator" and _opens_on_a_lead_word(tokens[first].text)):
            continue
        match = _LOCATOR.match(text, tokens[first].start)
        reach = match.end() if match else 0
        back_reference = _LOCO_CITATO.search(text, tokens[last - 1].end, reach)
        reach = back_reference.start() if back_reference else reach  # "p. 348, l. c.": the next cite's op. cit.
        end = last
        while end < len(tokens) and tokens[end].end <= reach:
            part = split_label(tags[end])[1]
            if part not in _LIST_PARTS_OR_PROSE and not _numbers_of_a_note_run(tokens, tags, end) \
                    or end in opens and not _opens_a_list_part(tokens, end, opens[end]) \
                    or part == "date" and (YEAR.fullmatch(tokens[end].text) or _day_of_a_month(tokens, end)):
                break
            end += 1
        while end > last and tokens[end - 1].text in ",;:":
            end -= 1
        if _PAGES_CLOSING_THE_NOTE.match(text, tokens[end - 1].end):
            end = len(tokens)
        if end == last:
            continue
        relabel(tags, first, end, "locator")
        joined = end
        open_run(tags, end)
    return tags


#: A word of three letters or more between a full stop and a comma (``. Gibbs,``).
_WORD_BETWEEN_A_STOP_AND_A_COMMA = re.compile(r"\.\s*[^\W\d_]{3,}\s*,")


@needs(any_match(_WORD_BETWEEN_A_STOP_AND_A_COMMA), any_tag("B-title"), any_tag(_LOCATOR_OR_VOLUME_TAGS))
def rule_name_after_a_pinpoint_opens_a_short_form(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Bryan, National Capital, I, 351. Gibbs, Memoirs, II, 446``: a capitalised word left as prose
    right after the full stop that ends a pinpoint, followed by a comma and a title, is the author of
    that title (a short form ``Family, Title, pinpoint`` following another); so is one right after the full
    stop of a sentence, when the title runs straight into its pinpoint (``…which Genseric supported.
    Tillemont, Mem. Eccles. tom. vi. p. 68``)."""
    tags = list(tags)
    for period in tokens_at(text, tokens, PERIOD):
        i = period + 1  # the word after the full stop
        if i < 2:
            continue
        if i >= len(tokens) - 2:
            break
        word = tokens[i].text
        if tags[i] != "prose" or tokens[i - 1].text != "." \
                or tokens[i + 1].text != "," or tags[i + 2] != "B-title" \
                or not capitalised_word(word, 3) \
                or fold(word) in load("stopwords"):
            continue
        if split_label(tags[i - 1])[1] != "locator" and not (tags[i - 1] == "prose" and _ends_a_sentence(tokens[i - 2].text)
                                                             and _title_before_a_pinpoint(tags, i + 2)):
            continue
        tags[i], tags[i + 1] = "B-author", "I-author"
    return tags


#: A page, a page range or a volume and page, as a short form's pinpoint (``150``, ``96–98``, ``1:201``, ``xii``); a
#: lone letter (``l. c.``, ``v.``) is an abbreviation, not a page in Roman numerals.
_SHORT_PINPOINT = re.compile(r"(?:\d+:)?\d+(?:[-–]\d+)?|[ivxlc]{2,}(?:[-–][ivxlc]+)?"
                             r"|[ivxlc]{1,6}\.\d+(?:[-–]\d+)?(?:,\d+(?:[-–]\d+)?)*")  # "iii. 343-4": volume and pages


def _short_title_end(tokens: Sequence[Token], title: int) -> int | None:
    """For a short title opening at token ``title`` (one to eight words opening on a capital, with no digit,
    comma or bracket, not only initials or Roman numerals), perhaps in quotation marks with the comma inside or outside
    them (``“Victor Serge,” 41``, ``"Steel Towns", 12``): the index of the token after the comma that ends it;
    None otherwise."""
    quote = QUOTE_PAIRS.get(tokens[title].text)
    first = title + (quote is not None)
    end = first
    while end < len(tokens) and end - first < 12 and tokens[end].text not in ",;()[]" and tokens[end].text != quote \
            and not any(c.isdigit() for c in tokens[end].text):
        end += 1
    words = [t.text for t in tokens[first:end] if t.text.isalpha()]
    if end == first or not tokens[first].text[:1].isupper() or len(words) > 8 or all(len(w) == 1 for w in words) \
            or all(ROMAN_NUMERAL.fullmatch(w.upper() if w.islower() else w) for w in words):
        return None  # no title, initials (``Marsh, E. P., 150``), a volume's and book's numerals (``Essais, II, 3.``)
    closing = [t.text for t in tokens[end:end + 2]]
    if quote is None:
        pin = end + 1 if closing[:1] == [","] else None
    else:
        pin = end + 2 if closing in ([",", quote], [quote, ","]) else None
    return pin if pin is not None and pin < len(tokens) else None


def _volume_stop(tokens: Sequence[Token], pin: int, k: int) -> bool:
    """Whether the ``.`` at token ``k`` ends a lower-case Roman volume opening the pinpoint at ``pin``, a page after
    it (``iii. 343-4``): the pinpoint goes on. Not ``l.`` or ``c.`` alone (a book's or a chapter's abbreviation)."""
    return k == pin + 1 and tokens[k].text == "." and bool(re.fullmatch(r"[ivx]|[ivxlc]{2,6}", tokens[pin].text)) \
        and k + 1 < len(tokens) and tokens[k + 1].text[:1].isdigit()


def _names_end(tokens: Sequence[Token], i: int) -> int:
    """The index after the names opening a short form at token ``i``: one or two capitalised words, or two names joined by
    ``and`` (``Bailey and Tolnay, Lynched, 5``); ``i`` when no name opens there."""
    name = i
    while name < len(tokens) and name - i < 2 and tokens[name].text.isalpha() and tokens[name].text[:1].isupper():
        name += 1
    if name == i + 1 and name + 2 < len(tokens) and tokens[name].text in ("and", "&") \
            and tokens[name + 1].text.isalpha() and tokens[name + 1].text[:1].isupper():
        name += 2  # two authors
    return name


def _short_form_at(tokens: Sequence[Token], i: int) -> tuple[int, int, int] | None:
    """For a short form ``Family, Title Words, 150`` or ``Family, “Title Words,” 150`` opening at token ``i``
    and ending the note or its part (a full stop, a semicolon or the end after the pinpoint): the indexes of
    its first title token, its pinpoint and its end; None otherwise. The family name is one or two
    capitalised words (or two names joined by ``and``: ``Bailey and Tolnay``), the title as :func:`_short_title_end`
    reads it."""
    name = _names_end(tokens, i)
    if name == i or name >= len(tokens) - 3 or tokens[name].text != "," or fold(tokens[i].text) in load("stopwords"):
        return None
    title = name + 1
    pin = _short_title_end(tokens, title)
    if pin is None:
        return None
    stop = pin
    while stop < len(tokens) and (tokens[stop].text not in ".;" or _volume_stop(tokens, pin, stop)) \
            and tokens[stop].end - tokens[pin].start < 20:
        stop += 1
    if stop < len(tokens) and tokens[stop].text not in ".;" or stop == pin:
        return None
    pinpoint = "".join(t.text for t in tokens[pin:stop])
    return (title, pin, stop) if _SHORT_PINPOINT.fullmatch(pinpoint) else None


#: What every short form of :func:`_short_form_at` holds: the comma after its name, its title (no digit in it, a comma
#: only inside a URL) and the comma after it, perhaps a closing quote, then its pinpoint (digits, lower-case Roman
#: numerals and their marks, spaces between) up to a stop, a semicolon or the note's end.
_SHORT_FORM_SHAPE = re.compile(r",[^\d,]*,\W*[\divxlc][\divxlc:\-–.,\s]*(?:[.;]|$)")


@needs(any_mark(","), any_match(_SHORT_FORM_SHAPE))
def rule_short_form_on_its_own(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Thompson, Making, 10.``, ``Cohen, Bukharin, 280; Davies, Socialist Offensive, 150.``, ``Greeman, “Victor
    Serge,” 41``: a short form (:func:`_short_form_at`: family name, comma, title words perhaps quoted, comma,
    page) that opens the note, or follows a pinpoint and its semicolon (one this rule read too: ``Foner,
    Reconstruction, 80; Foner, Story, 14`` read as one note), is one whatever the tagger read there (a note,
    prose, a suffix of the cite before, or its page as a periodical): its author, title and pinpoint; the
    semicolon after it is prose. So is one that stands as a sentence of its own after a full stop, where the
    tagger read only prose (``…to the next congress. Arce, Mem., 3. Valle…``). At the note's opening a place
    or a year (``Paris, France, 1920.``) makes no short form."""
    openings = [0] if len(tokens) > 3 and ("," in (tokens[1].text, tokens[2].text)
                                           or tokens[1].text in ("and", "&") and tokens[3].text == ",") else []
    if ";" in text:
        openings += [k + 1 for k in tokens_at(text, tokens, SEMICOLON) if k and k + 1 < len(tokens)]
    sentences = {k + 1 for k in tokens_at(text, tokens, PERIOD) if k < len(tokens) - 4 and ends_a_sentence(tokens, k)
                 and (tokens[k - 1].text.isalpha() or tokens[k - 1].text.isdigit())}  # a word's or a number's stop
    openings = sorted(set(openings) | sentences)
    if not openings:
        return tags
    tags = list(tags)
    for i in openings:  # in order: a pinpoint before a semicolon may be one this rule just read
        if i in sentences:
            pass  # a short form standing as a sentence of its own: only where the tagger read prose (below)
        elif i and split_label(tags[i - 2])[1] != "locator":
            continue
        found = _short_form_at(tokens, i)
        if found is None or i in sentences and any(tag != "prose" and split_label(tag)[1] != "note"
                                                   for tag in tags[i:found[2]]):
            continue  # (a sentence's short form where the tagger read prose, or a remark: "On the 15th of April. Marure, Efem., 6.")
        title, pin, stop = found
        if i == 0 and (fold(tokens[0].text) in load("places") or YEAR.fullmatch(tokens[pin].text)):
            continue
        if _VOLUME_STATEMENT.fullmatch(text, tokens[title].start, tokens[pin - 1].end):
            pin = title  # "Smith, Vol. II, 45.": no title, the author's volume and page
        relabel(tags, i, title, "author")
        relabel(tags, title, pin, "title")
        relabel(tags, pin, stop + (stop < len(tokens) and tokens[stop].text == "."), "locator")
        if stop < len(tokens) and tokens[stop].text == ";":
            tags[stop] = "prose"  # the semicolon ends the cite
        open_run(tags, stop + 1)
    return tags


#: A capitalised name (one or two words, or two names joined by ``and``), a comma and a page opening the note or
#: following a full stop or a semicolon: what every short form :func:`rule_name_and_page_alone_are_a_short_form` reads
#: holds.
_NAME_AND_PAGE = re.compile(r"(?:^|[.;]\s+)(?:[A-Z][^\W\d_]+\s+(?:(?:and|&)\s+)?){0,2}[A-Z][^\W\d_]+,\s*\d")
#: What :data:`_NAME_AND_PAGE` cannot do without: a comma right after a letter, then a digit (``Avrich, 88``).
_COMMA_AFTER_A_LETTER_BEFORE_A_DIGIT = re.compile(r",(?<=[^\W\d_],)\s*\d")
#: What every short form of :func:`_name_and_page_at` ends on: its comma, its page (digits, lower-case Roman numerals
#: and dashes, spaces between; no year alone), then a stop, a semicolon or the note's end.
_COMMA_AND_PAGES_ENDING_A_CLAUSE = re.compile(r",\s*(?!(?:1[5-9]|20)\d\d\s*(?:[.;]|$))[\divxlc][\divxlc\s–-]*(?:[.;]|$)")


def _name_and_page_at(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """For a short form of a name and a page alone (``Avrich, 88``, ``Bailey and Tolnay, 5``) opening at token ``i``
    and ending the note or its part (a full stop or semicolon after the page): the indexes of its page and its end;
    None otherwise. The name is one or two capitalised words or two names joined by ``and``, the last one a family name
    as :func:`~.words.family_name_like` allows (no common word, place, month, ibid or locator word); the page is no
    year."""
    name = _names_end(tokens, i)
    if name == i or name + 1 >= len(tokens) or tokens[name].text != "," or not family_name_like(tokens[name - 1].text) \
            or fold(tokens[i].text) in load("stopwords") or fold(tokens[name - 1].text) in load("locator_words") \
            or any(fold(t.text) in load("ibid") for t in tokens[i:name]):
        return None  # ("Ibid, 8": an ibid, no name; "Chapter, 5": a part of a work)
    pin = name + 1
    stop = pin
    while stop < len(tokens) and tokens[stop].text not in ".;" and stop - pin < 3:
        stop += 1
    if stop < len(tokens) and tokens[stop].text not in ".;":
        return None
    pages = "".join(t.text for t in tokens[pin:stop])
    return (pin, stop) if _BARE_PAGES.fullmatch(pages) and not YEAR.fullmatch(pages) else None


@needs(any_mark(","), any_match(_COMMA_AFTER_A_LETTER_BEFORE_A_DIGIT), any_match(_COMMA_AND_PAGES_ENDING_A_CLAUSE))
def rule_name_and_page_alone_are_a_short_form(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Avrich, 88. Getzler, 210.``, ``See Avrich, 95.``: a name, a comma and a page alone (:func:`_name_and_page_at`)
    opening the note (after its lead-in words), or following a pinpoint and the full stop or semicolon that ends it, or
    standing as a sentence the tagger read as prose, are a short form whatever the tagger read there (an unknown name
    as a title, the next cite's name as the title of the one before): the name its author, the page its locator."""
    if not _NAME_AND_PAGE.search(text):
        return tags
    ends = tokens_at(text, tokens, PERIOD) + tokens_at(text, tokens, SEMICOLON)
    openings = sorted({past_lead_words(tokens, 0)} | {k + 1 for k in ends if 0 < k < len(tokens) - 3})
    out = None
    for i in openings:  # in order: the pinpoint before a stop may be one this rule just read
        found = _name_and_page_at(tokens, i)
        if found is None:
            continue
        pin, stop = found
        current = out or tags
        after_a_pinpoint = i > 1 and split_label(current[i - 2])[1] == "locator" and tokens[i - 1].text in ".;"
        if i != openings[0] and not after_a_pinpoint and not (tokens[i - 1].text == "." and ends_a_sentence(tokens, i - 1)
                                                               and all(t == "prose" for t in current[i:stop])):
            continue
        out = out or list(tags)
        relabel(out, i, pin, "author")
        relabel(out, pin, stop + (stop < len(tokens) and tokens[stop].text == "."), "locator")
        if stop < len(tokens) and tokens[stop].text == ";":
            out[stop] = "prose"  # the semicolon ends the cite
        open_run(out, stop + 1)
    return out or tags


#: A volume word and its number, alone between a name's comma and a page (``Vol. II,``, ``vol. 3,``, ``Bd. 2,``).
_VOLUME_STATEMENT = re.compile(r"(?i:vols?|volume|bd|band|tome?|tomo)\.?\s*(?:[IVXLC]{1,6}|\d{1,3})\.?\s*,?")


def _listed_name_end(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the comma after the names opening at token ``i`` (``Sánchez,``, ``Feurer and Pearson,``,
    ``Southworth and Stepan-Norris,``: capitalised words, hyphens between them, ``and`` or ``&`` between names;
    seven tokens at most), or None."""
    k = i
    while k < len(tokens) and k - i < 7:
        word = tokens[k].text
        if word == "," and k > i and capitalised_word(tokens[k - 1].text, 1):
            return k if fold(tokens[i].text) not in load("stopwords") else None
        joins = word in ("-", "and", "&") and k > i and k + 1 < len(tokens) and capitalised_word(tokens[k + 1].text, 1)
        if not (joins or capitalised_word(word, 1) and (k == i or tokens[k - 1].text in ("-", "and", "&")
                                                        or tokens[k - 1].end + 1 == tokens[k].start)):
            return None
        k += 1
    return None


@needs(any_mark(";"), any_mark(","))
def rule_short_form_listed_after_a_short_form(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``See Geary, Sea of Sand; Sánchez, Pleas and Petitions.``, ``see Robertson, Capital, Labor and State; Feurer
    and Pearson, Against Labor.``: after a short form without a pinpoint (an author run, then a title run) and its
    semicolon, names, a comma and capitalised title words without a number, up to the next semicolon or the
    note's last stop, are the next short form (the tagger may read them as one name, a publisher or prose)."""
    changed: list[str] | None = None
    for k in tokens_at(text, tokens, SEMICOLON):
        current = changed or tags
        if k < 3 or k + 3 >= len(tokens) or split_label(current[k - 1])[1] != "title":
            continue
        first = k - 1
        while first > 0 and current[first].startswith("I-"):
            first -= 1
        if first == 0 or split_label(current[first - 1])[1] not in NAME_LABELS or current[first] != "B-title":
            continue  # no short form before the semicolon
        comma = _listed_name_end(tokens, k + 1)
        if comma is None or comma + 1 >= len(tokens):
            continue
        end = comma + 1
        while end < len(tokens) and tokens[end].text != ";" and not (tokens[end].text == "." and (
                end == len(tokens) - 1 or ends_a_sentence(tokens, end))):
            end += 1
        words = tokens[comma + 1:end]
        if not words or len(words) > 15 or any(any(ch.isdigit() for ch in t.text) for t in words) \
                or not (words[0].text[:1].isupper() or words[0].text in OPENING_QUOTES):
            continue
        if any(re.fullmatch(r"[A-Z]|etc|&c|[IVXLC]+", t.text) for t in words):
            continue  # initials, "etc.": a list of names ("Seebohm, Vinogradov, J. R. Green, etc."); a volume
        if current[k + 1] == "B-author" and "B-title" in current[k + 2:end]:
            continue  # read as a short form already
        changed = changed if changed is not None else list(tags)
        changed[k] = "prose"
        relabel(changed, k + 1, comma + 1, "author")
        relabel(changed, comma + 1, end, "title")
        if end < len(tokens) and tokens[end].text == ".":
            changed[end] = "I-title"
            open_run(changed, end + 1)
        else:
            open_run(changed, end)
    return changed if changed is not None else tags


#: A volume in figures or Roman numerals, a colon and its page or pages (``2:150``, ``3: 45-47``, ``ii:447-448``).
VOLUME_COLON_PAGE = r"(?:\d{1,2}|[ivxlc]{1,6}|[IVXLC]{1,6})\s*:\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?"
#: A note that is a family name, a comma and a volume and page (``Hale, 2:150.``, ``Mandel, 2: 45-47``).
_NAME_AND_VOLUME_PAGE = re.compile(r"([A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?),\s*(" + VOLUME_COLON_PAGE + r"\.?)")


@needs(any_mark(":"))
def rule_name_and_volume_page(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Hale, 2:150.``, ``Hale, ii:447-448.``: a note that is only a family name, a comma and a volume (Arabic or
    Roman) and page is a short form
    by author (the one work of that author cited before), whatever the tagger read (a note, a volume and
    pages): the name is its author, the rest its pinpoint."""
    if len(tokens) > 9:
        return tags
    match = _NAME_AND_VOLUME_PAGE.fullmatch(text.strip())
    if match is None or tokens[1].text != ",":
        return tags
    tags = list(tags)
    relabel(tags, 0, 2, "author")
    relabel(tags, 2, len(tokens), "locator")
    return tags


def _title_before_a_pinpoint(tags: Sequence[str], first: int) -> bool:
    """Whether the title run opening at token ``first`` runs straight into a pinpoint (a locator or volume run)."""
    end = first + 1
    while end < len(tags) and tags[end] == "I-title":
        end += 1
    return end < len(tags) and split_label(tags[end])[1] in ("locator", "volume")


#: Titles that open on the word of day-by-day records (``Journals of Cong.``, ``Diaries of the Court``).
_DAYBOOKS_OPENING = frozenset({"journals", "diaries"})
_DAYBOOK_RUN_TAGS = tags_of(("title", "ibid"))
#: The words a diary's title ends or opens on (folded).
_DAYBOOK_TITLE_WORDS = DAYBOOK_WORDS | _DAYBOOKS_OPENING
#: One day or a list of days, each with its month and year (``Dec. 28, 1663, Sept. 2, 1667``, ``3 May 1690``,
#: several days of one month: ``May 13, 15, 1775``).
_DAY = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{1,2}(?!\d))*|\d{1,2}\s+[A-Z][a-z]{2,8}\.?),?\s+\d{4}(?:\s*[-–]\s*\d{1,2})?"
_DAYS = re.compile(_DAY + r"(?:,\s*" + _DAY + r")*")


def _daybook_ending_a_name_run(tokens: Sequence[Token], tags: list[str]) -> None:
    """In place: an author run of capitalised words that ends on a lower-case diary word (:data:`DAYBOOK_WORDS`)
    and perhaps its comma (``Beatrice Roe diary,``) is the diarist's name and then the diary's title."""
    for first, last, label in tag_spans(tokens, tags):
        word = last - 1 - (tokens[last - 1].text == ",")
        if label != "author" or word - first < 1 or tokens[word].text not in DAYBOOK_WORDS \
                or not all(t.text[:1].isupper() or t.text == "." for t in tokens[first:word]):
            continue
        relabel(tags, word, last, "title")


def rule_day_of_a_diary_is_its_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Pepys's Diary, Dec. 28, 1663, Sept. 2, 1667.``, ``Lords' Journals, October 28, 1678``, ``Journals of
    Cong., May 13, 15, 1775``: the day dates right after a diary's or journal's title (one ending on that
    word, or opening on its plural) and its comma, left as prose or read as a date, are the entries
    cited: the pinpoint. So are those right after an ibid (``Ibid., May 17, 1775``): another day of the
    same record. A name run that ends on a lower-case diary word (``Beatrice Roe diary, 12 Mar. 1932``) is the
    diarist and the word the title (:func:`_daybook_ending_a_name_run`). Days followed by a volume or page
    (``Moran, Journal, December 22, 1862, Vol. II, p. 1099``) are left as read: the page is the pinpoint."""
    diarist = not AUTHOR_TAGS.isdisjoint(tag_set(tags)) and not DAYBOOK_WORDS.isdisjoint(token_texts(tokens))
    if not diarist and _DAYBOOK_RUN_TAGS.isdisjoint(tag_set(tags)):
        return tags  # no title or ibid run, nor a name run with a diary word
    if not diarist and _IBID_TAGS.isdisjoint(tag_set(tags)) and _DAYBOOK_TITLE_WORDS.isdisjoint(folded_words(tokens)):
        return tags  # no ibid run, and no title can end or open on a diary's word
    tags = list(tags)
    if diarist:
        _daybook_ending_a_name_run(tokens, tags)
    for first, last, label in tag_spans(tokens, tags):
        word = last - (tokens[last - 1].text == "," and last - 1 > first)
        if label != "ibid" and (label != "title" or fold(tokens[word - 1].text) not in DAYBOOK_WORDS
                                and fold(tokens[first].text) not in _DAYBOOKS_OPENING):
            continue
        start = word + (word < len(tokens) and tokens[word].text == ",")
        if start >= len(tokens) or split_label(tags[start])[1] not in ("prose", "date"):
            continue
        match = _DAYS.match(text, tokens[start].start)
        if not match:
            continue
        end = start
        while end < len(tokens) and tokens[end].end <= match.end():
            end += 1
        after = end + (end < len(tokens) and tokens[end].text == ",")
        if label == "title" and after < len(tokens) and split_label(tags[after])[1] in ("locator", "volume", "pages"):
            continue  # "Moran, Journal, December 22, 1862, Vol. II, p. 1099": the entry's day, then its page
        relabel(tags, start, end, "locator")
        while end < len(tokens) and tags[end].startswith("I-") and tokens[end].text in ",;.":
            tags[end] = "prose"  # the date run's comma after the days
            end += 1
        open_run(tags, end)
        if word < start:
            tags[word] = "prose"
    return tags


#: Words that single out the pinpoint within a work (``esp. ch. 4``): prose before it.
_ESPECIALLY = frozenset({"esp", "especially", "espec", "bes", "besonders", "surtout", "especialmente", "spec"})


@needs(any_tag(_LOCATOR_TAGS | _PAGES_TAGS))
def rule_locator_grammar(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """Keep a locator run only as far as the pinpoint grammar reaches (``57-8``, ``18, 276n``,
    ``p. 45 n. 3``, ``S. 12 f.``, ``S. 185 fg.``, ``S. 110 ff. u. S. 180 ff.``, ``pp. 13, 16, etc.``, ``xiv``);
    tokens past it become prose, a run without any match too (more pages after a ``;`` that close the note are
    in its reach: ``p. 9, 39; 133.``). ``passim`` alone (``Debates, V, passim``)
    is a pinpoint: all through the volume or work before it. An ``esp.`` opening the run (or a pages
    run) is prose before the pinpoint (``esp. ch. 4``, ``esp. 60-72``)."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label == "pages" and tokens[first].text.lower() in _ESPECIALLY and last - first > 2:
            opening = first + 1 + (tokens[first + 1].text in ".,")  # "1975), esp. 60-72": the word is prose,
            tags[first:opening] = ["prose"] * (opening - first)  # the pages it singles out the pinpoint
            relabel(tags, opening, last, "locator")
            first, label = opening, "locator"
        if label == "pages":
            _end_pages_at_a_sentence(tokens, tags, first, last)
        if label != "locator":
            continue
        if tokens[first].text.lower() == "passim" and all(tokens[i].text in ".,;)" for i in range(first + 1, last)):
            continue
        if tokens[first].text.lower() in _ESPECIALLY and last - first > 2:  # "esp. ch. 4": the word is prose
            opening = first + 1 + (tokens[first + 1].text in ".,")
            tags[first:opening] = ["prose"] * (opening - first)
            first = opening
            open_run(tags, first)
        capital = _CAPITAL_PAGE_WORD.match(text, tokens[first].start) if first and tokens[first - 1].text == "," else None
        match = _LOCATOR.match(text, capital.end() if capital else tokens[first].start, tokens[last - 1].end)
        reach = match.end() if match and any(c.isalnum() for c in match.group()) else tokens[first].start
        closing = _PAGES_CLOSING_THE_NOTE.match(text, reach) if match else None
        reach = closing.end() if closing else reach  # "p. 9, 39; 133.": more pages closing the note
        part = _PART_TITLE_BEFORE_A_PAGE.match(text, reach) if match and not closing and _VOLUME_ENDING.search(
            text, tokens[first].start, reach) else None
        page = _LOCATOR.match(text, part.end()) if part else None
        if page and any(c.isdigit() for c in page.group()):  # "Vol. XXIII., Slave Trade, Further Papers, A, p. 76"
            reach = page.end()
            after = last
            while after < len(tokens) and tokens[after].start < reach:
                tags[after] = "I-locator"  # the part's title and page, wherever the tagger put them
                after += 1
            open_run(tags, after)
        at = _AT_A_PINPOINT.match(text, reach) if match and not closing and not page else None
        pin = _LOCATOR.match(text, at.end(), tokens[last - 1].end) if at else None
        if pin and any(c.isdigit() for c in pin.group()):  # "S. 5–20, hier S. 7": the range, then the pinpoint in it
            cut = next(i for i in range(first, last) if tokens[i].start >= at.end())
            relabel(tags, first, cut, "pages")
            relabel(tags, cut, last, "locator")
            first, reach = cut, pin.end()
        for i in range(first, last):
            if tokens[i].end > reach:
                tags[i] = "prose"
    return tags


#: The word after a page range that says the pinpoint inside it follows (``pp. 45–67, at p. 50``, ``S. 5–20, hier S. 7``).
_AT_A_PINPOINT = re.compile(r",?\s*(?:" + "|".join(AT_WORDS) + r")\s+")


def _end_pages_at_a_sentence(tokens: Sequence[Token], tags: list[str], first: int, last: int) -> None:
    """In place: a pages run from ``first`` to ``last`` that goes on past a full stop into a sentence (a capitalised
    word of four letters or more that opens no pinpoint part, then a word in lower case: ``602. Emphases in original``,
    ``549–551. Quotes from pp. 550–551``) ends at the stop; the sentence is prose."""
    for i in range(first + 2, min(last, len(tokens) - 1)):
        word, after = tokens[i].text, tokens[i + 1].text
        if tokens[i - 1].text == "." and len(word) > 3 and word.isalpha() and word[0].isupper() and word[1:].islower() \
                and after.isalpha() and after.islower() and not _A_LEAD.match(word):
            tags[i:last] = ["prose"] * (last - i)
            return


#: After a volume, the title of its part (capitalised words, a comma after each, perhaps a class letter or numeral) before
#: the page: ``Vol. XXIII., Slave Trade, Further Papers, A, p. 76`` is one pinpoint (Parliamentary Papers).
_PART_TITLE_BEFORE_A_PAGE = re.compile(r"\.?,\s*(?:[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,4},\s*){1,3}"
                                       r"(?:(?:[A-Z]|[IVXL]{1,5})\.?,?\s*)?(?=(?:pp?\.|S\.)\s*\d)")
#: A pinpoint that ends on a volume (``Vol. XXIII.``, ``XVIII.``): the part's title may follow it.
_VOLUME_ENDING = re.compile(r"(?:\b[Vv]ol\.\s*|\b)[IVXLC]{1,7}\.?$")


_DASHES = frozenset("-–—")


_PAGE_TOKEN = re.compile(r"\d{1,4}(?:[a-z]|n\d{1,3})?|[ivxlc]{1,6}")  # (``764n1``: page 764, its note 1)
#: What a pinpoint inside a run cannot do without: a comma, then a word that is a :data:`_PAGE_TOKEN` and no year.
_COMMA_AND_PAGE_TOKEN = re.compile(r",\s*(?!(?:1[4-9]|20)\d\d(?![^\W_]))(?:\d{1,4}(?:[a-z]|n\d{1,3})?|[ivxlc]{1,6})(?![^\W_])")
_AFTER_PINPOINT = frozenset({"and", "&", "see", "also", "cf", "compare"})


def _comment_after(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` opens a comment on the pinpoint before it: ``(`` or ``,`` and a lower-case word
    (``(emphasis added)``, ``(my translation)``, ``, quoting Marx``), not an imprint (``(London, 1990)``)."""
    return tokens[i].text in ("(", ",") and i + 1 < len(tokens) and tokens[i + 1].text[:1].islower() \
        and tokens[i + 1].text.isalpha()


@needs(any_mark(","), any_match(_COMMA_AND_PAGE_TOKEN), any_tag(_TITLE_OR_NAME_TAGS))
def rule_pinpoint_inside_a_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Clements, Bolshevik Feminist, 229-31, and Beatrice Farnsworth, Aleksandra…``,
    ``Farnsworth, Aleksandra Kollontai, 402-4;``: a page or page range between commas (or before a
    ``;``, the end of the run or a bracketed comment: ``Ledger, 44 (emphasis added)``) inside a title
    or name run is the pinpoint that ends the cite; after it, joining words are prose, a ``Given Family,``
    name (after a ``;`` also a lone family name: ``Carr, Socialism in One Country, 1:270; Cohen,
    Bukharin``) opens the next cite's author and the rest of the run is its title. A volume and page
    (``1:270``) are one pinpoint, and so is the full stop closing the run after them. One that ends the run with its comma right before a locator run
    (``Merchants, 1:12,`` + ``3:40``) opens that pinpoint."""
    tags = list(tags)
    given = load("given_names")
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("title", "container-title", "author", "editor"):
            continue
        for i in range(first + 1, last):
            if tokens[i - 1].text != "," or not _PAGE_TOKEN.fullmatch(tokens[i].text):
                continue
            end = i + 1
            if end + 1 < len(tokens) and tokens[end].text == ":" and tokens[i].text.isdigit() \
                    and _PAGE_TOKEN.fullmatch(tokens[end + 1].text) and tokens[end + 1].text[:1].isdigit():
                end += 2  # "1:270": volume and page
            if end + 1 < len(tokens) and tokens[end].text in "-–" and _PAGE_TOKEN.fullmatch(tokens[end + 1].text):
                end += 2
            closing = end + 1 == last and tokens[end].text == "."  # "Revolution, 1:103.": the run's closing full stop
            inside = end < last and not closing
            if any(re.fullmatch(r"1[4-9]\d\d|20\d\d", tokens[k].text) for k in range(i, end)):
                continue  # "…in America, 1830-1870": years end the title
            if end < len(tokens) and tokens[end].text not in (",", ";", ".") and not _comment_after(tokens, end) \
                    or inside and tokens[end].text == ".":
                continue
            if end + 1 == last < len(tags) and tokens[end].text == "," and tags[last] == "B-locator":
                relabel(tags, i, last + 1, "locator")  # "1:12," + "3:40": the first of a list of pinpoints
                break
            if inside and tokens[end].text == "," and not (end + 1 < last and (
                    tokens[end + 1].text.lower() in _AFTER_PINPOINT or tokens[end + 1].text[:1].isupper())):
                continue
            relabel(tags, i, end + closing, "locator")
            if not inside:
                break
            k = end
            tags[k] = "prose"
            k += 1
            while k < last and tokens[k].text.lower() in _AFTER_PINPOINT:
                tags[k] = "prose"
                k += 1
            if k >= last:
                break
            name_end = k
            while name_end < last and name_end - k < 3 and tokens[name_end].text[:1].isupper() and \
                    tokens[name_end].text.isalpha():
                name_end += 1
            is_name = 2 <= name_end - k <= 3 and fold(tokens[k].text) in given and name_end < last and \
                tokens[name_end].text == ","
            # after a ";", "Cohen, Bukharin": a family name and a short title
            is_name = is_name or (tokens[end].text == ";" and name_end - k == 1 and name_end + 1 < last
                                  and tokens[name_end].text == "," and tokens[name_end + 1].text[:1].isupper())
            if is_name:
                relabel(tags, k, name_end + 1, "author")
                k = name_end + 1
            relabel(tags, k, last, "title")
            break
    return tags


#: A pinpoint that opens on a locator word (``páginas 167, 168``, ``parte I, carta IV``, ``tomo I, pág. 193``).
_WORDED_LOCATOR = re.compile(_LEAD + _LOCATOR.pattern[len(_HEAD + _LEAD + r"?"):])
_VOLUME_ONLY = re.compile(r"(?:t|(?i:vols?|volumes?|tom|tomo|tome|bd|bde|band|th))\.?\s*" + _NUMBER + r"\W*$")
_TITLE_RUNS = frozenset({"title", "container-title"})
#: Runs that may swallow the worded pinpoint after their comma: titles, and a URL's (``https://…, section 247``).
_SWALLOWING_RUNS = _TITLE_RUNS | {"url"}
#: Words naming the copy whose pages a pinpoint counts (``PDF p. 86``, ``Kindle p. 12``), before its locator word.
_MEDIUM_WORDS = frozenset({"pdf", "kindle", "ebook", "e-book", "epub", "online", "microfilm"})
_PINPOINT_RUNS = frozenset({"volume", "pages", "locator", "prose"})
#: The tags of a title, container, URL or author run going on (past a comma): where a pinpoint may be swallowed.
_SWALLOWING_RUNS_GOING_ON = frozenset("I-" + label for label in _SWALLOWING_RUNS)
_AUTHOR_RUN_GOING_ON = frozenset({"I-author"})


@needs(any_tag(_TITLE_RUN_TAGS))
def rule_worded_pinpoint_ends_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Relaciones, páginas 167, 168.``, ``Colección Ochoa, parte I, carta IV.``, ``Memoirs, tomo I,
    pág. 193``, ``https://hdl.handle.net/2027/x, section 247``, ``"Alexander Hamilton," chs. ii-vii``: a title,
    container or URL run that goes on after a comma (and a quoted title's closing quote) with a pinpoint opened by a locator word, to the end of the cite, has swallowed its pinpoint: from there it is the locator
    (a volume alone, ``History, vol. 2``, stays where the tagger put it). A word naming the copy the pages
    are counted in (``Hearing Transcript, PDF pp. 12-13``, :data:`_MEDIUM_WORDS`) opens it as prose."""
    return _swallowed_pinpoints_freed(text, tokens, tags, _SWALLOWING_RUNS_GOING_ON)


@needs(any_mark(","), any_tag(_AUTHOR_RUN_GOING_ON))
def rule_worded_pinpoint_ends_a_name_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Ross, Social Psychology, Ch. IX, X, XI.`` read as one name: an author run that goes on after a comma with a
    pinpoint opened by a locator word, to the end of the cite, has swallowed its pinpoint, as a title may
    (:func:`rule_worded_pinpoint_ends_a_title`); what stays of the run before it is left to the name rules."""
    return _swallowed_pinpoints_freed(text, tokens, tags, _AUTHOR_RUN_GOING_ON)


def _swallowed_pinpoints_freed(text: str, tokens: Sequence[Token], tags: list[str], continuing: frozenset[str]) -> list[str]:
    """:func:`rule_worded_pinpoint_ends_a_title` for the runs whose ``I-`` tags are ``continuing``."""
    if continuing.isdisjoint(tag_set(tags)):
        return tags  # no run goes on past a comma
    original = tags
    for c in comma_indexes(tokens):
        if c < 1:
            continue
        if c >= len(tokens) - 1:
            break
        if tags[c + 1] not in continuing or split_label(tags[c])[1] != tags[c + 1][2:]:
            continue
        label = tags[c + 1][2:]
        opening = c + 1 + (tokens[c + 1].text in _CLOSE_QUOTES and c + 2 < len(tokens) and tags[c + 2] == "I-" + label)
        opening += tokens[opening].text.lower() in _MEDIUM_WORDS and opening + 1 < len(tokens)
        match = _WORDED_LOCATOR.match(text, tokens[opening].start)
        if not match or _VOLUME_ONLY.match(match.group()) or _LOCO_CITATO.fullmatch(match.group().rstrip(". ")):
            continue  # (``l. c.`` alone, loco citato, is no book and chapter)
        end = opening
        while end < len(tokens) and tokens[end].end <= match.end():
            end += 1
        if any(split_label(tags[i])[1] not in _PINPOINT_RUNS | {label} for i in range(c + 1, end)):
            continue
        rest = end
        while rest < len(tokens) and tags[rest].startswith("I-"):
            rest += 1
        if any(tokens[i].text not in ".,;:" for i in range(end, rest)):
            continue  # the run goes on with words after the pinpoint: not its end
        while end > opening and tokens[end - 1].text in ",;:":
            end -= 1
        if tags is original:
            tags = list(tags)
        relabel(tags, opening, end, "locator")
        for i in list(range(c + 1, opening)) + list(range(end, rest)):
            tags[i] = "prose"
    return tags


#: Words that name a division of a work (``Part III``, ``Ch IV``, ``Sect 1``, ``Book 2``).
_DIVISION_WORDS = frozenset({"part", "pt", "ch", "chap", "chapter", "sect", "section", "book", "bk", "§"})


@needs(any_word("in"), any_tag(_LOCATOR_TAGS))
def rule_division_before_in_and_its_container(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Marx and Engels, The Holy Family, Ch IV, in MECW, Vol 4, p 36``: the divisions of a work (part, chapter,
    section; a volume between them stays) read as pinpoints between its title and ``in`` opening its container
    describe the piece, they are not the pinpoint (the page after the container is): they are a note. So is the
    chapter of ``Dijkstra, “Erasing a Movement,” chap. 1 in American Expressionism (…)``, the title after its ``in``
    then the container."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for j in range(2, len(runs)):
        first, last, label = runs[j]
        if label in ("container-title", "title") and tokens[first - 1].text.lower() == "in" and tags[first - 1] == "prose":
            first -= 1  # "in" left as prose before the container
        if label not in ("container-title", "title") or tokens[first].text.lower() != "in":
            continue
        k, divisions, gap_end = j - 1, [], first
        while k > 0 and runs[k][2] in ("locator", "volume") and all(t.text == "," for t in tokens[runs[k][1]:gap_end]):
            gap_end = runs[k][0]
            if runs[k][2] == "locator":
                if fold(tokens[runs[k][0]].text.rstrip(".")) not in _DIVISION_WORDS:
                    break
                divisions.append(runs[k])
            k -= 1
        if divisions and runs[k][2] == "title":
            for start, end, _ in divisions:
                relabel(tags, start, end, "note")
            if label == "title":
                relabel(tags, runs[j][0], last, "container-title")
    return tags


#: A classical pinpoint: a book in lower-case Roman numerals and its chapter (``xxi. 4``, ``xx. 10, xxi. 3``; a
#: chapter 1 the scan read as ``l``: ``xxii. l, 2``, ``xx. l.``), or a book opened by its word (``l. iii. p. 155``,
#: ``lib. ii. c. 7``).
_CLASSICAL_PINPOINT = re.compile(r"[(\[]?\s*(?:[ivxlc]{1,7}\.\s*(?:p\.\s*)?(?:\d|l[,;)]|l\.(?:\s|$))"
                                 r"|(?!l\.\s*c\.)(?:l|lib|liv|c|cap)\.\s*[ivxlc]{1,7}\b)")

#: What every :data:`_CLASSICAL_PINPOINT` holds (a Roman numeral's last letter, its period and a number, or a
#: book word's last letter, its period and a numeral): found by one quick search of the note. Written to open
#: on the period (the letter before it looked behind for), so the search skips from one period to the next.
_CLASSICAL_HINT = re.compile(r"\.(?:(?<=[ivxlc]\.)\s*(?:p\.\s*)?(?:\d|l[,;).])|(?<=[lbvcp]\.)\s*[ivxlc])")


#: Lower-case words after which a classical author opens a cite (``in Ammian. xxi. 5``, ``apud Zosimus, l. iii.``).
_CLASSICAL_LEADS = frozenset({"in", "apud", "ap", "see", "cf", "vide"})


def _opens_a_cite(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` opens a cite: at the note's start, after a ``;``, after a citing word
    (:data:`_CLASSICAL_LEADS`) that no capitalised word comes right before, after a bracket that does
    not follow a capitalised word (``Tacitus (Annal. xiii. 3)`` names the author before it), or
    after a full stop that ends a sentence or a pinpoint (not an abbreviation: ``de Bell. Vandal.``)."""
    if i == 0 or tokens[i - 1].text == ";":
        return True
    before = tokens[i - 2].text if i > 1 else ""
    if tokens[i - 1].text.lower() in _CLASSICAL_LEADS and (tokens[i - 1].text.islower() or i == 1 or before in ".;("):
        return not before[:1].isupper()  # "Suetonius in Nerone, c. 12": the name's work, not a cite of Nero
        # ("See Ammian. xxii. 6" opening a note or a sentence: its "See" leads in)
    if tokens[i - 1].text in ("(", "["):
        return not before[:1].isupper()
    if tokens[i - 1].text != ".":
        return False
    return not before or before.isdigit() or before in (")", "]") or bool(re.fullmatch(r"[ivxlc]+", before)) \
        or (len(before) >= 3 and before.islower()) or _ends_a_sentence_of_prose(tokens, i - 1)


#: How many lower-case words a sentence holds at least to be read as prose, not a cite's abbreviations.
_PROSE_WORDS = 3


def _ends_a_sentence_of_prose(tokens: Sequence[Token], stop: int) -> bool:
    """Whether the full stop at token ``stop`` ends a sentence of prose: between it and the mark before it (a full
    stop, ``;`` or bracket) are three lower-case words of three letters or more (``…in the suburb of the Via
    Nomentana.``; not ``(in Panegyr.``, ``Liban. Orat. Parent.``, nor a name set off after a quotation: ``…
    Judiciumque--Horat.``)."""
    if stop < 2 or not tokens[stop - 2].text.isalpha():
        return False
    words = 0
    for k in range(stop - 1, -1, -1):
        text = tokens[k].text
        if text in ".;()[]":
            break
        words += len(text) >= 3 and text.isalpha() and text.islower()
        if words >= _PROSE_WORDS:
            return True
    return False


def _after_a_sentence_in_its_run(tokens: Sequence[Token], tags: Sequence[str], i: int) -> bool:
    """Whether token ``i`` continues a run the tagger carried over the end of a sentence (a full stop
    after a lower-case word: ``…subinde praedicabat. Ammian. xxii. 7``)."""
    return i >= 2 and tags[i].startswith("I-") and tokens[i - 1].text == "." and len(tokens[i - 2].text) >= 3 \
        and tokens[i - 2].text.islower() and tokens[i - 2].text.isalpha()


def _classical_pinpoint_end(text: str, tokens: Sequence[Token], k: int) -> int:
    """The token after the pinpoint that the locator grammar reads from token ``k`` (``xxi. 4``, ``c. 49, 50``), its
    closing punctuation left out; ``k`` when it reads none."""
    match = _LOCATOR.match(text, tokens[k].start)
    end = k
    while match and end < len(tokens) and tokens[end].end <= match.end():
        end += 1
    while end > k and tokens[end - 1].text in ",;:.()[]":
        end -= 1
    return end


@needs(any_mark("."), any_match(_CLASSICAL_HINT))
def rule_classical_author_and_book(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Ammian. xxi. 4``, ``Ammianus, xx. 5, 8``, ``Herod. i. 17``: one capitalised word (a name,
    perhaps cut short with a period) opening a cite (:func:`_opens_a_cite`) and followed by a book in Roman numerals with its chapter (or a book word,
    ``l. iii.``) is an ancient author cited by book and chapter: the name is the author and the
    pinpoint, as far as the locator grammar reaches, the locator. A word the tagger read as a
    title (``Annal. xv. 44``) stays a title, unless its title run went on over the end of a sentence
    (``…subinde praedicabat. Ammian. xxii. 7``: that run was prose). A word read as ibid stays ibid
    (``Ibid. i. 360``: the same work again, at another volume and page)."""
    tags = list(tags)
    i = 0
    while i < len(tokens) - 1:
        word = tokens[i].text
        if not capitalised_word(word, 3):
            i += 1  # the word's shape first: it rules out most tokens at once
            continue
        bracketed = i + 1 < len(tokens) and tokens[i + 1].text in ("(", "[") or \
            i + 2 < len(tokens) and tokens[i + 1].text == "," and tokens[i + 2].text in ("(", "[")
        if not (bracketed or _opens_a_cite(tokens, i)) or split_label(tags[i])[1] == "ibid" \
                or split_label(tags[i])[1] in _TITLE_RUNS and not _after_a_sentence_in_its_run(tokens, tags, i):
            i += 1
            continue
        k = i + 1
        if tokens[k].text == "." and tokens[k].start == tokens[i].end:
            k += 1
        if k < len(tokens) and tokens[k].text == ",":
            k += 1
        if k < len(tokens) and tokens[k].text in ("(", "["):
            k += 1
        if k >= len(tokens):
            break
        if not _CLASSICAL_PINPOINT.match(text, tokens[k].start):
            i += 1
            continue
        end = _classical_pinpoint_end(text, tokens, k)
        if end == k:
            i += 1
            continue
        if split_label(tags[i])[1] in _TITLE_RUNS:  # "…praedicabat. Ammian. xxii. 7": the sentence before is no title
            prose_before(tags, i)
        relabel(tags, i, i + 1 + (tokens[i + 1].text == "."), "author")
        for j in range(i + 1 + (tokens[i + 1].text == "."), k):
            tags[j] = "prose"
        relabel(tags, k, end, "locator")
        open_run(tags, end)
        i = end
    return tags


#: Words cut short that open a title, not an author's name (folded): ``Hist. August.``, ``Orat. Parent.``, ``Epist.``.
_CUT_TITLE_WORDS = frozenset("""hist histor orat oratio epist ep epp comment annal ann chron chronic vit vita de ad in op opp
    tract serm apol apolog dial lib hom homil carm sat od eleg fast metam georg aen ecl nat quaest disp dissert dissertat
    cod inst institut dig pandect leg script scriptor rer acta act conc concil bibl biblioth mem thes thesaur geogr
    panegyr paneg fragm excerpt exc itin notit praef prooem edict nov novell cf vid see ibid id idem""".split())


@needs(any_mark("."), any_match(_CLASSICAL_HINT))
def rule_cut_name_and_cut_title_before_a_classical_pinpoint(text: str, tokens: Sequence[Token],
                                                            tags: list[str]) -> list[str]:
    """``Liban. Orat. Parent. c. 49, 50``, ``Dion. Chrysost. Orat. xii. p. 15``: an author's name cut short
    (four letters or more and a period, no word of :data:`_CUT_TITLE_WORDS`) opening a cite (:func:`_opens_a_cite`),
    then one to three capitalised words (cut short or whole) and a classical pinpoint
    (:data:`_CLASSICAL_PINPOINT`) are an ancient author, a title and the pinpoint, however the tagger read them (a
    title run over all: ``Liban. Orat. Parent`` took the author of the cite before)."""
    out = None
    for i in range(len(tokens) - 4):
        word = tokens[i].text
        if not (capitalised_word(word, 4) and word.isalpha() and tokens[i + 1].text == "." and tokens[i + 1].start == tokens[i].end) \
                or fold(word) in _CUT_TITLE_WORDS or not _opens_a_cite(tokens, i) \
                or split_label(tags[i])[1] not in ("title", "author", "prose", "note"):
            continue
        k, words = i + 2, 0
        while k < len(tokens) and words < 3 and capitalised_word(tokens[k].text, 2) and tokens[k].text.isalpha():
            k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text == "." and tokens[k + 1].start == tokens[k].end)
            words += 1
        if not words or k >= len(tokens) or not _CLASSICAL_PINPOINT.match(text, tokens[k].start):
            continue
        end = _classical_pinpoint_end(text, tokens, k)
        if end == k:
            continue
        out = out or list(tags)
        if out[i].startswith("I-"):
            prose_before(out, i)
        relabel(out, i, i + 2, "author")
        relabel(out, i + 2, k, "title")
        relabel(out, k, end, "locator")
        while end < len(tokens) and tokens[end].text in ",;:.()[]" and out[end].startswith("I-"):
            out[end] = "prose"  # the punctuation after the pinpoint, left in the run the tagger read
            end += 1
        open_run(out, end)
    return out or tags


#: An edition and its year ending the title in a bracket (``…, 2da edizione, 1876``, ``…, 3rd edition, 1880``).
_EDITION_AND_YEAR = re.compile(r",\s*(?P<edition>(?:\d{1,2}[a-zª°]{0,3}\.?|[Ss]econd|[Tt]hird|[Nn]ew)\s+"
                               r"(?:edizione|edition|ed|edn|éd|édition|edición|Aufl|Auflage)\.?)\s*,\s*"
                               r"(?P<year>(?:1[5-9]|20)\d\d)\s*$")
#: Words that open a bracket before the title it names, not part of it (``Julian (in Misopogon, p. 337)``).
#: (A bracket opening on ``see``, ``cf.``, ``vgl.`` holds a cite of its own: the word before it is prose.)
_BRACKET_LEADS = frozenset({"in", "ap", "apud", "dans"})


#: What the tagger may have made of a name citing a work in prose and of that work's title.
_NAME_OR_TITLE = frozenset({"prose", "author", "title", "container-title", "note"})
_TITLE_OR_PROSE = _NAME_OR_TITLE - {"author"}
_NUMBERED = re.compile(r"\d|\b[ivxlc]+\b")


def _pinpoint_inside(text: str, tokens: Sequence[Token], start: int, close: int) -> int | None:
    """The first token in [start, close) that opens a pinpoint after a title (``c. 51, p. 276``,
    ``xi. 13``, ``tom. ii. p. 92``), after a comma, a period or a space; None when there is none."""
    for k in range(start + 1, close):
        if not tokens[k].text[:1].isalnum():
            continue
        worded = _WORDED_LOCATOR.match(text, tokens[k].start)
        if worded and tokens[k].text[:1].islower() and _NUMBERED.search(worded.group()) \
                or _CLASSICAL_PINPOINT.match(text, tokens[k].start):
            return k
        if tokens[k - 1].text == "," and _BOOK_AND_SECTION_CLOSING.fullmatch(text, tokens[k].start, tokens[close].start):
            return k  # "(Numa, 16)", "(République, II, 14)"
    return None


#: Ranks a name's particle follows (``the count de Buat``); after other words ``de`` is a preposition.
_STYLED_BY_A_PARTICLE = frozenset({"count", "comte", "comtesse", "baron", "baronne", "marquis", "marquise", "duc", "duchesse",
                                   "duke", "abbe", "sieur", "chevalier", "graf", "grafin", "freiherr", "ritter", "lord",
                                   "lady", "president", "cardinal", "prince", "princesse", "le", "la", "les", "the"})
#: A pinpoint that closes its bracket after the title's comma: a book in Roman numerals and a section, or a section
#: alone (``II, 14``, ``16``, ``22-24``); not a year (``(London, 1963)`` is an imprint).
_BOOK_AND_SECTION_CLOSING = re.compile(r"(?:[IVXLC]{1,6},\s*)?(?!(?:1[5-9]|20)\d\d\b)\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*")



@needs(any_mark("("))
def rule_name_and_bracketed_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Procopius (de Bell. Vandal. l. i. c. 3, p. 185) continues…``, ``Libanius, (Orat. Parent. c. 51,
    p. 276,)``, ``The count de Buat (Hist. des Peuples de l'Europe, tom. vii. p. 292-300) has…``: a
    capitalised name (with the particles before it, perhaps a pronoun after it: ``Julian himself, (ad S. P. Q.
    Athen. p. 282)``) right before a bracket that holds a title and then a pinpoint is an author citing that work
    inside prose, whatever the tagger read (a name run carried on into the bracket, ``Libanius, (Orat. Parental.
    c. 44-48, …)``, included): the name is the author, the words up to the pinpoint the title, the pinpoint (as far as the grammar reaches) the locator, and
    the brackets and the rest prose; an edition and its year ending the title (``…, 2da edizione, 1876, i. 58-80``)
    are its edition and date. The title may be quoted (``Lagardelle ("Die syndikalistische Bewegung",
    p. 138)``), and a date the tagger read after it, ending on a year, stays the date (``Charles Rist (Krit.
    Blätter f. d. ges. Sozialwissenschaften, März 1900, p. 156)``)."""
    tags = list(tags)
    opens = [i for i in tokens_at(text, tokens, OPENING_PARENTHESIS) if i >= 1]
    for open_ in opens:
        name = open_ - 1 - (tokens[open_ - 1].text == ",")
        if name >= 1 and tokens[name].text in REFLEXIVES:
            name -= 1  # "Julian himself, (ad S. P. Q. Athen. p. 282)": the name before its pronoun
        if name >= 1 and tokens[name].text == "." and tokens[name].start == tokens[name - 1].end:
            name -= 1  # "Ammian. (…)": an abbreviated name
        word = tokens[name].text
        if not capitalised_word(word, 3) or split_label(tags[name])[1] not in _NAME_OR_TITLE \
                or any(fold(word) in load(words) for words in ("stopwords", "months", "places")):
            continue
        close = next((k for k in range(open_ + 1, min(len(tokens), open_ + 40)) if tokens[k].text in ("(", ")")), None)
        if close is None or tokens[close].text != ")":
            continue
        first = open_ + 1
        while first < close and tokens[first].text.lower().rstrip(".") in _BRACKET_LEADS:
            first += 1 + (first + 1 < close and tokens[first + 1].text == ".")
        quoted = first + 1 < close and tokens[first].text in OPENING_QUOTES and tokens[first + 1].text[:1].isupper()
        if first >= close or not (tokens[first].text[:1].isupper() or tokens[first].text in ("de", "ad") or quoted):
            continue
        pinpoint = _pinpoint_inside(text, tokens, first, close)
        if pinpoint is None:
            continue
        title_end = pinpoint
        while title_end > first and tokens[title_end - 1].text in ",;:":
            title_end -= 1
        date_end = title_end  # "(Krit. Blätter…, März 1900, p. 156)": the issue's date between title and pinpoint
        date_start = date_end
        while date_start > first and split_label(tags[date_start - 1])[1] == "date":
            date_start -= 1
        if first < date_start - 1 < date_end and tokens[date_start - 1].text == "," \
                and YEAR.fullmatch(tokens[date_end - 1].text):
            title_end = date_start - 1
        else:
            date_start = date_end
        run_on = name  # "Libanius, (Orat. Parental. c. 44-48": the name's run carried on into the bracket
        while run_on + 1 < title_end and tags[run_on + 1] == "I-author" and split_label(tags[name])[1] == "author":
            run_on += 1
        if title_end <= first or not any(tokens[k].text[:1].isupper() for k in range(first, title_end)) \
                or any(split_label(tags[k])[1] not in _TITLE_OR_PROSE for k in range(max(first, run_on + 1), title_end)):
            continue  # other fields in the bracket ("Siena (vgl. Olberg a. a. O., …)"): the tagger read it
        author = name
        while author > 1 and tokens[author - 1].text in load("particles") \
                and (tokens[author - 2].text[:1].isupper() or fold(tokens[author - 2].text) in _STYLED_BY_A_PARTICLE):
            author -= 1  # "the count de Buat", but "textes de Plutarque (…)": a preposition
        if tags[author].startswith("I-"):  # the name inside a run the tagger began earlier: that run is prose
            prose_before(tags, author)
        match = _LOCATOR.match(text, tokens[pinpoint].start)
        end = pinpoint
        while end < close and tokens[end].end <= match.end():
            end += 1
        while end > pinpoint and tokens[end - 1].text in ",;:.":
            end -= 1
        author_end = name + 1 + (name + 1 < open_ and tokens[name + 1].text in REFLEXIVES | {"."})
        relabel(tags, author, author_end, "author")
        for k in range(author_end, first):
            tags[k] = "prose"
        edition = _EDITION_AND_YEAR.search(text, tokens[first].start, tokens[title_end - 1].end)
        imprint_fields = []
        if edition:  # "Storia della repubblica di Firenze, 2da edizione, 1876": the edition and its year
            starts = [t.start for t in tokens]
            imprint_fields = [(bisect_left(starts, edition.start(g)), bisect_left(starts, edition.end(g)), label)
                              for g, label in (("edition", "edition"), ("year", "date"))]
            title_end = imprint_fields[0][0] - 1
        if all(ROMAN_NUMERAL.fullmatch(tokens[k].text) for k in range(first, title_end)):
            pinpoint, title_end = first, first  # "Denys (II, 74)": a book and its section, no title
        relabel(tags, first, title_end, "title")
        for k in range(title_end, pinpoint):
            tags[k] = "prose"
        for a, b, label in imprint_fields:
            relabel(tags, a, b, label)
        if date_start < date_end:
            relabel(tags, date_start, date_end, "date")
        relabel(tags, pinpoint, end, "locator")
        k = end
        while k < len(tokens) and (k <= close or tags[k].startswith("I-")):
            tags[k] = "prose"
            k += 1
    return tags



#: A bracket holding a title, perhaps a count of volumes, a place and a year (and a pinpoint after them):
#: ``(Geschichte der Stadteverfassung in Deutschland, Erlangen, 1869)``, ``(La paix et la treve de Dieu, 2 vols., Paris,
#: 1869)``, ``(Geschichte des deutschen Volkes, Leipzig, 1883, vol. i.)``.
_BRACKETED_TITLE_AND_IMPRINT = re.compile(
    r"\(\s*(?P<title>[A-Z][^();:,]*?\s[^();:,]*?)\s*,\s*(?:(?P<volumes>\d{1,2}\s+vols?\.)\s*,\s*)?"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*,\s*(?P<year>1[5-9]\d\d)\b[^()]{0,30}\)")
#: What the tagger may have read the words of such a bracket as.
_BRACKET_WORDS_READ_AS = frozenset({"prose", "title", "author", "note", "container-title", "location", "publisher", "volume",
                                    "date"})


@needs(any_mark("("), any_match(_BRACKETED_TITLE_AND_IMPRINT))
def rule_name_before_a_bracketed_title_and_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Nitzsch (Geschichte des deutschen Volkes, Leipzig, 1883, vol. i.)``, ``L. Semichon (La paix et la treve de
    Dieu, 2 vols., Paris, 1869)``, ``advocated by Maurer (Geschichte der Stadteverfassung in Deutschland, Erlangen,
    1869)``: one capitalised name (no common word, place or month; perhaps after initials) right before a bracket
    that holds a title of two words or more (no comma: ``(Collection des Memoires, par Berville et Barriere, Paris,
    1821)`` is a container and its editors), perhaps a count of volumes, a place and a year
    (:data:`_BRACKETED_TITLE_AND_IMPRINT`) is that work's author, whatever the tagger read: the bracket is prose,
    the title, the volumes, the place and the year its fields (what follows the year is left as read)."""
    starts = None
    for match in _BRACKETED_TITLE_AND_IMPRINT.finditer(text):
        starts = starts or token_starts(tokens)
        open_ = bisect_left(starts, match.start())
        name = open_ - 1
        if name < 0:
            continue
        word = tokens[name].text
        if not capitalised_word(word, 3) or fold(word) in WORDS \
                or any(fold(word) in load(words) for words in ("stopwords", "months", "places")) \
                or "&" in match["title"] or any(fold(w) in load("publishers") for w in match["title"].split()):
            continue  # ("… Scientific (Charles H. Kerr & Co., Chicago, 1900)": the bracket's words are a publisher's)
        author = name
        while author >= 2 and tokens[author - 1].text == "." and re.fullmatch(r"[A-Z]", tokens[author - 2].text):
            author -= 2  # "L. Semichon ("
        spans = [(match.start(group), match.end(group), label) for group, label in
                 (("title", "title"), ("volumes", "volume"), ("place", "location"), ("year", "date")) if match.group(group)]
        fields = [(bisect_left(starts, a), bisect_left(starts, b), label) for a, b, label in spans]
        if any(first >= last for first, last, _ in fields) \
                or any(split_label(t)[1] not in _BRACKET_WORDS_READ_AS for t in tags[author:fields[-1][1]]):
            continue
        tags = list(tags)
        for k in range(author, fields[-1][1]):
            tags[k] = "prose"
        relabel(tags, author, name + 1, "author")
        for first, last, label in fields:
            relabel(tags, first, last, label)
        k = fields[-1][1]
        while k < len(tokens) and tokens[k].text in ",)" and tags[k].startswith("I-"):
            tags[k] = "prose"  # the comma or bracket after the year, not a field of its own
            k += 1
        open_run(tags, k)
    return tags


#: The words that name one volume (``tom. iv.``, ``vol. 2``, ``Bd. 3``) as the tokenizer gives them.
_VOLUME_WORD = frozenset({"vol", "vols", "t", "tom", "tomo", "tome", "Tom", "bd", "Bd", "Bde", "Th"})
#: The words that name a book of an older work (``l. i.``, ``lib. ii.``; German ``B. I``, English ``Book IV``) and its
#: shape at a title's end.
_BOOK_WORD = frozenset({"l", "lib", "liv", "B", "Bk", "Book"})
_BOOK_ONLY = re.compile(r"(?:(?:l|lib|liv)\.\s*[ivxlc]{1,6}|(?:B\.|Bk\.?|Book)\s*[IVXLC]{1,6})\W*$")


def _worded_volume_ending(text: str, tokens: Sequence[Token], first: int, last: int) -> int | None:
    """Where a volume or book named with its word ends the run [first, last) (``tom. iv.``, ``lib. ii.``):
    its word's token, or None."""
    return next((k for k in range(max(first + 1, last - 4), last) if tokens[k].text in _VOLUME_WORD
                 and _VOLUME_ONLY.fullmatch(text, tokens[k].start, tokens[last - 1].end)
                 or tokens[k].text in _BOOK_WORD and _BOOK_ONLY.fullmatch(text, tokens[k].start, tokens[last - 1].end)),
                None)


#: Runs that may end on the volume of the pinpoint after them: a title's, and an ibid's after its comma
#: (``Ibid., XXV,`` + ``p. 1038``).
_TITLE_OR_IBID_RUNS = _TITLE_RUNS | {"ibid"}


@needs(any_tag(_LOCATOR_TAGS))
def rule_volume_ending_a_title_joins_its_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Zeitalter der Revolution, I. S. 132``, ``Memoirs of the American Revolution, I. 147``: a title
    run that ends in a comma and a capital Roman numeral (with its period or comma), right before the
    locator, has taken the volume of the pinpoint: the numeral opens the locator; so does a numeral of two
    letters or more right after a word, when the title has a comma before (a part of a series:
    ``Colonial Papers, Finance III,`` + ``77``), or any capital numeral of a title that is no ruler's nor war's number
    (``Hackluyt III,`` + ``p. 45 ff.``, ``Works VIII,`` + ``351``; one letter before a page word: ``Memoirs of wool
    I,`` + ``p. 144``; ``History of Henry VIII,`` stays). So does a volume
    named with its word that ends the run (``Annali d'Italia tom. iv.`` + ``p. 139``), and a book in
    lower-case Roman numerals with its period after an abbreviated title (``Tacit. Hist. i.`` + ``85``).
    An ibid run that ends in a comma and a capital Roman numeral is read the same way (``Ibid., XXV,`` +
    ``p. 1038``); its other shapes are the ibid's own (``l. c.``)."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for (first, last, label), nxt in zip(runs, runs[1:]):
        if label not in _TITLE_OR_IBID_RUNS or nxt[2] != "locator" or nxt[0] != last:
            continue
        worded = None if label == "ibid" else _worded_volume_ending(text, tokens, first, last)
        if worded is None and label == "title" and first and split_label(tags[first - 1])[1] == "title" \
                and _worded_volume_ending(text, tokens, first - 1, last) == first:
            worded = first  # "Principles of political economy." + "B. II," + "Ch. 3": the book after the title's stop
        if worded is not None:  # "Annali d'Italia tom. iv." + "p. 139": the volume opens the pinpoint
            relabel(tags, worded, nxt[1], "locator")
            continue
        end = last - (tokens[last - 1].text in (".", ","))
        numeral = end - 1
        if label != "ibid" and numeral - 1 > first and tokens[last - 1].text == "." and tokens[numeral - 1].text == "." \
                and _LOWER_ROMAN.fullmatch(tokens[numeral].text) and tokens[nxt[0]].text[:1].isdigit():
            relabel(tags, numeral, nxt[1], "locator")  # "Hist. i." + "85": the book opens the pinpoint
            continue
        if numeral <= first or not ROMAN_NUMERAL.fullmatch(tokens[numeral].text):
            continue
        if tokens[numeral - 1].text != ",":  # "State Papers, Miscellaneous II," + "481": a series' part
            if label == "ibid" or not tokens[numeral].text.isupper() or regnal_number(tokens, numeral) \
                    or not (len(tokens[numeral].text) >= 2 or tokens[nxt[0]].text in _PAGE_WORDS):
                continue  # "History of Henry VIII," + "45" stays; "Hackluyt III," + "p. 45 ff.", "Works VIII," + "351"
            part = numeral - 1 if numeral - 1 > first and tokens[numeral - 1].text.lower() in _NUMBERED_PART_WORDS else numeral
            relabel(tags, part, nxt[1], "locator")  # "Wealth of nations: Book IV," + "Chap. 7": the book too
            continue
        if numeral - 1 <= first:
            continue  # a run of a comma and a numeral alone
        relabel(tags, numeral, nxt[1], "locator")
        tags[numeral - 1] = "prose"
    return tags


#: Words naming one volume, in the cases a note writes them (``tom.``, ``Vol.``, ``Bd.``).
_VOLUME_WORDS_ANY_CASE = _VOLUME_WORD | {"Vol", "Vols", "Tome", "Tomo"}
_VOLUME_WORDS_LOWERED = frozenset(word.lower() for word in _VOLUME_WORDS_ANY_CASE)


@needs(any_written(_VOLUME_WORDS_ANY_CASE | {"B"}), any_tag(_LOCATOR_OR_VOLUME_TAGS))
def rule_volume_word_opens_its_volume(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Mem. Eccles. tom.`` + ``xiii.``, ``Assemanni, tom`` + ``. i.``: a word that names a volume (and
    its period), left at the end of a title, container or date run, after a name's comma (``Fleury, tom.`` + ``xi.``)
    or as prose, right before a volume or
    locator run that opens on the volume's number, opens that run (a title never ends on ``tom.``, a
    date never on ``Bd.``). So does the German ``B.`` (Band) before a capital Roman numeral
    (``Leipz. 1858, B.`` + ``II.``)."""
    if _VOLUME_WORDS_LOWERED.isdisjoint(lowered_words(tokens)) and "B" not in token_texts(tokens):
        return tags  # no word that names a volume
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for first, last, label in runs:
        if label not in ("volume", "locator") or first == 0:
            continue
        number = first + (tokens[first].text == ".")
        if number >= last:
            continue
        word = first - 1 if tokens[first].text == "." else first - 1 - (tokens[first - 1].text == ".")
        if word < 0 or not (tokens[word].text in _VOLUME_WORDS_ANY_CASE
                            or tokens[word].text == "B" and ROMAN_NUMERAL.fullmatch(tokens[number].text)):
            continue
        if not _A_NUMBER.fullmatch(tokens[number].text):
            continue
        if word + 1 < first and tokens[word + 1].text != ".":
            continue
        before = split_label(tags[word])[1]
        after_a_name = before in NAME_LABELS and word > 0 and tokens[word - 1].text == "," \
            and split_label(tags[word - 1])[1] == before  # "Fleury, tom." + "xi. p. 594": the name's comma, then the volume
        if before not in ("prose", "date") + tuple(_TITLE_RUNS) and not after_a_name \
                or any(split_label(tags[k])[1] != before for k in range(word, first)):
            continue
        relabel(tags, word, last, label)
    return tags


#: The word of a numbered public document, capitalised (``Doc. No. 58``, ``Document No. 90``).
_NUMBERED_DOCUMENT_WORDS = frozenset({"Doc", "Docs", "Document"})


#: Words that count a work's volumes after a number (``16 vols.``, ``3 Bde.``, ``2 tomes``).
_VOLUME_COUNT_WORDS = frozenset({"vols", "volumes", "bde", "tomes", "tomos", "voll"})


@needs(any_word(_VOLUME_COUNT_WORDS))
def rule_count_of_volumes_is_no_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(Histoire des républiques italiennes, Paris, 1826, 16 vols.)``: a number read as a pinpoint right before a word
    that counts volumes is how many volumes the work has: a volume run (``number-of-volumes``), not a page."""
    out = None
    for k in range(len(tokens) - 1):
        if tokens[k].text.isdigit() and tokens[k + 1].text.lower() in _VOLUME_COUNT_WORDS \
                and split_label(tags[k])[1] == "locator" and tags[k].startswith("B-") \
                and (k + 1 == len(tokens) - 1 or not tags[k + 2].startswith("I-locator") or tokens[k + 2].text == "."):
            out = out or list(tags)
            end = k + 2 + (k + 2 < len(tokens) and tokens[k + 2].text == ".")
            relabel(out, k, end, "volume")
            open_run(out, end)
    return out or tags


@needs(any_word("in"), any_written(_NUMBERED_DOCUMENT_WORDS))
def rule_documents_printed_in_a_short_form(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Doc., in Arce, Mem., 26.``, ``Docs., in Arce, Mem., 47-57.``: documents printed in a book cited short are a cite
    of that book: ``Doc., in`` is prose, the family name and its comma after it the author, the words up to the comma
    before the pages the short title, the pages its pinpoint."""
    out = None
    for k in range(len(tokens) - 6):
        if tokens[k].text not in ("Doc", "Docs") or tokens[k + 1].text != "." or tokens[k + 2].text != "," \
                or tokens[k + 3].text != "in" or not capitalised_word(tokens[k + 4].text, 3) or tokens[k + 5].text != "," \
                or k and tokens[k - 1].text not in (".", ";"):
            continue
        comma = next((j for j in range(k + 6, min(len(tokens), k + 14)) if tokens[j].text == ","), None)
        match = _LOCATOR.match(text, tokens[comma + 1].start) if comma is not None and comma + 1 < len(tokens) else None
        end = comma + 1 if match else None
        while match and end < len(tokens) and tokens[end].end <= match.end() and tokens[end].text not in (";",):
            end += 1
        if end is None or comma == k + 6 or not any(c.isdigit() for t in tokens[comma + 1:end] for c in t.text):
            continue
        out = out or list(tags)
        out[k:k + 4] = ["prose"] * 4
        relabel(out, k + 4, k + 6, "author")
        relabel(out, k + 6, comma + 1, "title")
        relabel(out, comma + 1, end, "locator")
        open_run(out, end)
    return out or tags


@needs(any_written("MS", "MSS"))
def rule_manuscript_mark_before_a_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Morazan, Apuntes, MS., 6-9; Marure, …``: ``MS.`` (``MSS.``) and its comma after a title run's comma, right before
    pages, say the work is a manuscript: a note of the cite, and the pages after it its pinpoint (to the cite's end).
    The whole read as one note opening a sentence is read so too, its family name and comma the author."""
    out = None
    for k in range(1, len(tokens) - 3):
        current = out or tags
        if tokens[k].text not in ("MS", "MSS") or tokens[k + 1].text != "." or tokens[k + 2].text != "," \
                or tokens[k - 1].text != "," or split_label(current[k - 1])[1] not in ("title", "note"):
            continue
        match = _LOCATOR.match(text, tokens[k + 3].start)
        if match is None or not tokens[k + 3].text[:1].isdigit():
            continue
        named = None
        if split_label(current[k - 1])[1] == "note":  # "… proceeding. Morazan, Apuntes, MS., 6-9.": the whole read as a note
            start = k - 1
            while start > 0 and current[start].startswith("I-"):
                start -= 1
            if not (current[start] == "B-note" and (start == 0 or tokens[start - 1].text in (".", ";"))
                    and capitalised_word(tokens[start].text, 3) and start + 2 < k - 1 and tokens[start + 1].text == ","
                    and tokens[start + 2].text[:1].isupper()):
                continue
            named = start
        end = k + 3
        while end < len(tokens) and tokens[end].end <= match.end() and tokens[end].text != ";":
            end += 1
        out = out or list(tags)
        if named is not None:
            relabel(out, named, named + 2, "author")
            relabel(out, named + 2, k, "title")
        relabel(out, k, k + 3, "note")
        relabel(out, k + 3, end, "locator")
        if end < len(tokens) and tokens[end].text == ";":
            out[end] = "prose"
            end += 1
        open_run(out, end)
    return out or tags


@needs(any_written(_NUMBERED_DOCUMENT_WORDS))
def rule_numbered_document_and_its_pages(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Doc. No. 58:10.``, ``… to blame.--Doc. No. 90:76.``: a public document's word, ``No.`` and its number, opening a
    cite (the note, or after a stop, dash or semicolon) and read as a note or prose, are the document's title cited short;
    the pages after a colon are its pinpoint."""
    out = None
    for k in range(len(tokens) - 4):
        if tokens[k].text not in _NUMBERED_DOCUMENT_WORDS or tokens[k + 1].text != "." or tokens[k + 2].text != "No" \
                or tokens[k + 3].text != "." or not tokens[k + 4].text.isdigit() \
                or k and tokens[k - 1].text not in (".", ";", "-", "--", "—") \
                or any(split_label(tag)[1] not in ("note", "prose") for tag in tags[k:k + 5]):
            continue
        out = out or list(tags)
        relabel(out, k, k + 5, "title")
        end = k + 5
        if end + 1 < len(tokens) and tokens[end].text == ":" and tokens[end + 1].text.isdigit():
            last = end + 2
            while last + 1 < len(tokens) and tokens[last].text in ("-", "–") and tokens[last + 1].text.isdigit():
                last += 2
            out[end] = "prose"
            relabel(out, end + 1, last, "locator")
            end = last
        if end < len(tokens) and tokens[end].text in (".", ";") and out[end].startswith("I-"):
            out[end] = "prose"  # the stop or semicolon that ends the cite
            end += 1
        open_run(out, end)
    return out or tags


#: Runs whose field makes a cite a full reference without its volume: a worded volume after one
#: may join the pinpoint without the cite losing its kind.
_FULL_REFERENCE_RUNS = frozenset({"container-title", "date", "location", "publisher", "edition", "editor", "translator"})
#: The volume words of a modern periodical's volume (``Economic History Review, vol. 12, p. 45``).
_PERIODICAL_VOLUME_WORDS = frozenset({"vol", "vols"})


def _worded_volume_opening(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """Where the volume run [first, last) opens when it names its volume with a word (``tom. ii.``,
    ``Bd. IV``, ``vol. 2``, the German ordinal ``2. Bd.``, ``B. I.`` with a Roman numeral), after an
    opening bracket (``(t. III,``) it leaves out; None when the run names no such volume."""
    k = first + (tokens[first].text in ("(", "["))
    if k + 2 < last and tokens[k].text.isdigit() and tokens[k + 1].text == "." and tokens[k + 2].text in _VOLUME_WORDS_ANY_CASE:
        return k  # "2. Bd.": the second volume
    if k < last and tokens[k].text in _VOLUME_WORDS_ANY_CASE:
        return k
    if k + 2 < last and tokens[k].text == "B" and tokens[k + 1].text == "." and ROMAN_NUMERAL.fullmatch(tokens[k + 2].text):
        return k  # "B. II.": the German Band
    return None


@needs(any_tag(_VOLUME_TAGS))
def rule_worded_volume_before_a_page_opens_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Mr. Locke vol. iii. p. 469``: a volume run named with its word (``tom.``, ``vol.``, ``Bd.``) right
    before the locator run, after prose, is the head of the pinpoint: they become one locator run,
    which :func:`rule_pinpoint_names_what_precedes_it` reads. So is one right after a field that makes
    the cite a full reference anyway (``Collect. Petitot, tomo XLVII, pág. 151``, ``Archiv 1891. Bd. IV,
    S. 113``, ``Dictionnaire de Dechambre (t. III, p. 34)``), before the locator, before a pages run that
    opens on a page word (``Mem. de l'Acad. tom. ii. p. 690-700``) or before prose the locator grammar
    reads on (``London, 1831, vol. II., ch. XXVI.``): the volume the note cites. A periodical's
    ``vol. 12`` (after its title) stays. Right after a name or title they stay apart: the cite joins them,
    :func:`notecite.parse.cites.volume_into_pinpoint`, and its volume still marks a full reference."""
    runs = tag_spans(tokens, tags)
    tags = list(tags)
    for j, (first, last, label) in enumerate(runs):
        opening = _worded_volume_opening(tokens, first, last) if label == "volume" else None
        if opening is None:
            continue
        after_field = j > 0 and runs[j - 1][1] == first
        # right after a name or title the cite joins them (its volume still marks a full reference);
        # "Review, vol. 12, p. 45": a periodical's volume stays
        if after_field and (runs[j - 1][2] not in _FULL_REFERENCE_RUNS
                            or runs[j - 1][2] == "container-title" and tokens[opening].text.lower() in _PERIODICAL_VOLUME_WORDS):
            continue
        nxt = runs[j + 1] if j + 1 < len(runs) and runs[j + 1][0] == last else None
        if nxt is not None and nxt[2] in ("locator", "pages"):
            if nxt[2] == "pages" and not (after_field and tokens[nxt[0]].text in _PAGE_WORDS):
                continue
            end = nxt[1]
        elif after_field and last < len(tokens) and tags[last] == "prose":
            match = _LOCATOR.match(text, tokens[opening].start)  # "London, 1831, vol. II., ch. XXVI.)"
            end = _prose_within_reach(tokens, tags, last, match.end() if match else 0)
            if end == last:
                continue
        else:
            continue
        if opening > first:
            tags[first] = "prose"  # the opening bracket
        relabel(tags, opening, end, "locator")
    return tags


def _prose_within_reach(tokens: Sequence[Token], tags: Sequence[str], start: int, reach: int, tag: str = "prose") -> int:
    """Where the prose tokens (or those tagged ``tag``) from token ``start`` that end by character offset
    ``reach`` (a locator grammar's match) end, less the punctuation that closes them; ``start`` when there are none."""
    end = start
    while end < len(tokens) and tokens[end].end <= reach and tags[end] == tag:
        end += 1
    while end > start and tokens[end - 1].text in ",;:.()[]":
        end -= 1
    return end


#: Words that open a page pinpoint and nothing else (``p. 503``, ``S. 37``, ``pág. 388``, ``col. 12``).
_PAGE_WORDS = frozenset({"p", "pp", "S", "Sp", "pág", "págs", "pag", "pags", "página", "páginas", "col", "cols", "fol", "fols"})


@needs(any_tag(_VOLUME_TAGS), any_written(_PAGE_WORDS))
def rule_page_inside_a_volume_run_is_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``tomo III,`` + ``página 347.`` read as one volume run: from a page word (``p.``, ``página``,
    ``S.``) after the volume's comma, with its number, the run is the locator."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "volume":
            continue
        for k in range(first + 1, last - 1):
            if tokens[k - 1].text == "," and tokens[k].text in _PAGE_WORDS \
                    and _A_NUMBER.fullmatch(tokens[k + 1 + (tokens[k + 1].text == "." and k + 2 < last)].text):
                relabel(tags, k, last, "locator")
                break
    return tags


@needs(any_tag(_NAMING_TAGS), any_written(_PAGE_WORDS))
def rule_page_word_run_after_a_name_is_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Reproducida por M. Mignet,`` + ``página 321`` read as a note: a run of only a page word (``p.``, ``página``,
    ``S.``), its period and a page or pages (``321``, ``12-14``, ``5 y 6``), right after an author or title run
    ending on its comma, is the pinpoint of that name's work."""
    tags = list(tags)
    for _, first, last in _page_runs_after_a_name(tokens, tags):
        if tokens[first - 1].text != "," or tokens[first].text not in _PAGE_WORDS:
            continue
        rest = [t.text for t in tokens[first + 1:last] if t.text not in (".", ",", "-", "–", "y", "e", "et", "und", "f", "ff")]
        if rest and all(_A_NUMBER.fullmatch(w) for w in rest):
            relabel(tags, first, last, "locator")
    return tags


#: Lower-case words that may stand between the capitalised words of a name or title in a short form
#: (``Cicero pro Flacco``, ``Ausonius de Claris Urbibus``, ``ad S. P. Q. Athen.``).
_SHORT_FORM_CONNECTORS = frozenset("""of the and & de des du la le les von van der den die das zu zur in pro ad apud ap
    et y e di del della a à on to for sur en im am und contra""".split())
_OPEN_QUOTES = "“\"‘«„"
#: Words that point to another place of the same text, not to a work (``Supra, p. 123``, ``Chapter VIII. p. 125``).
_ELSEWHERE = frozenset({"supra", "infra", "above", "below", "oben", "unten", "chapter", "chapitre", "kapitel", "capitulo",
                        "capítulo", "note", "notes", "anm", "anmerkung"})
_LOWER_ROMAN = re.compile(r"[ivxlcdm]+")
_CLOSE_QUOTES = "”\"’»“"


def _names_a_work(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether tokens [first, last) read as a short form's name or title: a quoted title (not a phrase opening in lower
    case), or up to
    eight words, capitalised but for connectors (:data:`_SHORT_FORM_CONNECTORS`), the last one
    capitalised, one of at least three letters that is no Roman numeral (not ``A.D.`` or ``III.`` alone),
    not only lead-in words (``See``) nor a month alone, and not opening on a word that points elsewhere in the text
    (``Supra``, ``Chapter``)."""
    if first >= last:
        return False
    words = [tokens[i].text for i in range(first, last) if tokens[i].text[:1].isalpha()]
    if tokens[first].text[:1] in _OPEN_QUOTES and tokens[last - 1].text[-1:] in _CLOSE_QUOTES:
        # ("the Russian proletariat" (122): words quoted, no title; a lone quote mark names nothing)
        return not words[0][:1].islower() if words else last - first > 2
    if not words or len(words) > 8 or not words[-1][:1].isupper():
        return False
    lead = load("lead_words")
    content = [w for w in words if fold(w) not in lead and fold(w) + "." not in lead]
    if not content or fold(content[0]) in _ELSEWHERE:
        return False  # "See p. 112", "Supra, p. 123", "Chapter VIII. p. 125": no work named
    if len(content) == 1 and fold(content[0].rstrip(".")) in load("months"):
        return False  # "(1893, April, p. 94)": an issue's month, no work
    if any(not w[:1].isupper() and w.lower() not in _SHORT_FORM_CONNECTORS for w in words):
        return False
    return any(len(w) >= 3 and w[:1].isupper() and not ROMAN_NUMERAL.fullmatch(w) for w in words)


def _person_like(tokens: Sequence[Token], first: int, last: int) -> bool:
    """One capitalised word (``Ruinart``), perhaps after initials or a title (``M. Story``, ``Mr. Locke``)."""
    words = [tokens[i].text for i in range(first, last) if tokens[i].text[:1].isalpha()]
    return bool(words) and len(words[-1]) >= 3 and words[-1].isalpha() and words[-1][:1].isupper() \
        and tokens[last - 1].text != "." and all(len(w) <= 3 and w[:1].isupper() for w in words[:-1])


def _clause_start(tokens: Sequence[Token], tags: Sequence[str], first: int, after_a_pinpoint: bool = False) -> int | None:
    """Where the prose before token ``first`` begins its clause (after ``(`` not closed before ``first``, ``;``, a
    sentence's full stop (also one a pinpoint before took), a quotation closing on a sentence's end (``… perpetual!”
    Works, Vol. III``), or the note's start; with ``after_a_pinpoint``, also after a ``;`` that ends a pinpoint run); None when a field run comes
    first (the pinpoint has its work)."""
    i = first
    closed = 0  # brackets closed before the pinpoint, read back to where they open: inside the clause
    while i > 0:
        before = tokens[i - 1].text
        if before == ";" and tags[i - 1] == "I-locator" and after_a_pinpoint:
            return i  # "…, p. 278; Votes and Proceedings …": the pinpoint before took the semicolon
        if before == "." and tags[i - 1] == "I-locator" and i >= 2 and tokens[i - 2].text.isdigit() \
                and tokens[i].text[:1].isupper():
            return i  # "…, l. ii. c. 2. He has corrected a passage of Suetonius in Nerone, c. 12": the pinpoint ended a sentence
        if tags[i - 1] != "prose":
            return None
        if before in (")", "]") and i < first:
            closed += 1
        elif before in ("(", "[") and closed:  # "“Second Report of Commissioners (Guernsey)”, p. 303"
            closed -= 1
        elif before in ("(", "[", ";") or before == "." and i >= 2 and tokens[i].text != "," \
                and _ends_a_sentence(tokens[i - 2].text) \
                or before in ("”", "»") and i >= 2 and tokens[i - 2].text in (".", "!", "?", "…"):
            return i
        i -= 1
    return 0


def _ends_a_sentence(word: str) -> bool:
    """Whether a full stop after ``word`` ends a sentence: after a digit, a bracket or a lower-case
    word that is no abbreviation (``etc.``) or Roman numeral (``xiii.``)."""
    return word.isdigit() or word in (")", "]") or len(word) >= 3 and word.islower() \
        and word not in _ABBREVIATIONS and not _LOWER_ROMAN.fullmatch(word)


@needs(any_tag(_LOCATOR_TAGS))
def rule_pinpoint_names_what_precedes_it(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Ford, Pamphlets, etc., p. 146.``, ``See Tillemont, Mem. Eccles. tom. vi. p. 68``, ``(Orat.
    Parent. c. 53, p. 278.)``, ``apud Ruinart, p. 428``: a pinpoint run with nothing but prose before it
    in its clause names its work in the comma-separated words right before it. The pinpoint first
    takes what of the prose the locator grammar reads as its head (``tom. vi.``); then the words
    before it, segment by segment while each reads as a name or title (:func:`_names_a_work`), are
    a short form: a first segment and the rest make author and title, one segment alone is an
    author when it is one name (``Ruinart``, ``Mr. Locke``) and a title otherwise. A pinpoint right
    after ``(`` is named by the words before the bracket (``Ruinart (p. 441-457)``)."""
    # a locator run right after prose (an I- tag after prose opens a run too, as tag_spans reads it)
    runs = tag_spans(tokens, tags)
    opened = [first for first, _, label in runs if label == "locator" and first >= 1 and tags[first - 1] == "prose"]
    dated = [first for first, last, label in runs  # "…, November Session, 1787, pp. 5 ff."
             if label == "date" and first >= 1 and tags[first - 1] == "prose" and last - first == 2
             and YEAR.fullmatch(tokens[first].text) and tokens[first + 1].text == ","
             and last < len(tags) and split_label(tags[last])[1] == "locator"]
    if not opened and not dated:
        return tags
    tags = list(tags)
    for first in sorted(opened + dated):
        last = first + 1
        while last < len(tags) and tags[last] == "I-locator":
            last += 1
        head = first
        for k in range(max(0, first - 6), first if first not in dated else 0):  # "tom. vi." before "p. 68": the head
            if all(tags[j] == "prose" for j in range(k, first)) and _A_LEAD.match(tokens[k].text + ".") \
                    and tokens[k].text[:1].isalpha():
                match = _LOCATOR.match(text, tokens[k].start)
                if match and match.end() >= tokens[first].start:
                    head = k
                    break
        start = _clause_start(tokens, tags, head, after_a_pinpoint=first in dated)
        if start is None:
            continue
        end = head
        if start == head and head >= 2 and tokens[head - 1].text in ("(", "["):  # "Ruinart (p. 441-457)"
            end = head - 1
            start = _clause_start(tokens, tags, end)
            if start is None:
                continue
        segments: list[tuple[int, int]] = []
        right = end - (end > start and tokens[end - 1].text == ",")
        if start >= 1 and tokens[start - 1].text == "(":  # the clause opened inside a bracket that closes before the pinpoint
            outer = _clause_start(tokens, tags, start - 1)
            start = outer if outer is not None and _edition_year_bracket(tokens, outer, right) else start
        if first in dated and start == head:
            continue  # a year opening its clause names nothing
        edition = _edition_year_bracket(tokens, start, right)
        right = edition[0] if edition else right  # "Works (1804 ed.), Vol. III": the bracket dates the work named before it
        while right > start:
            left = right
            while left > start and tokens[left - 1].text != ",":
                left -= 1
            if _names_a_work(tokens, left, right) or tokens[left].text.lower() in ("etc", "&c") and segments == []:
                segments.append((left, right))
                right = left - 1 if left > start else left
                continue
            trimmed = left  # the words before a name that are not part of it ("cité par M. Story")
            while trimmed < right and not _names_a_work(tokens, trimmed, right):
                trimmed += 1
            while trimmed < right and not tokens[trimmed].text[:1].isupper() and tokens[trimmed].text[:1] not in _OPEN_QUOTES:
                trimmed += 1
            if trimmed < right and _names_a_work(tokens, trimmed, right):
                segments.append((trimmed, right))
            break
        if not segments:
            continue
        segments.reverse()
        while segments and tokens[segments[0][0]].text[:1].islower():  # a leading "apud", "in"
            a, b = segments[0]
            k = a
            while k < b and not tokens[k].text[:1].isupper():
                k += 1
            segments[0] = (k, b)
            if k >= b:
                segments.pop(0)
        if not segments:
            continue
        if head < first:
            relabel(tags, head, last, "locator")
        if len(segments) == 1:
            a, b = segments[0]
            relabel(tags, a, b, "author" if _person_like(tokens, a, b) and not edition else "title")  # an edition is a work's
        elif _names_no_one(tokens, *segments[0]):  # "Votes and Proceedings of the Senate, November Session"
            relabel(tags, segments[0][0], segments[-1][1], "title")
        else:
            relabel(tags, segments[0][0], segments[0][1], "author")
            relabel(tags, segments[1][0], segments[-1][1], "title")
        if edition and edition[0] == segments[-1][1]:
            year = next(k for k in range(edition[0], edition[1]) if YEAR.fullmatch(tokens[k].text))
            relabel(tags, year, year + 1, "date")
    return tags


#: Small words of a title that no person's name holds (``Votes and Proceedings of the Senate``).
_TITLE_ONLY_WORDS = frozenset({"of", "the", "on", "for", "to", "in"})


def _names_no_one(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether tokens [first, last) hold a small word of a title that no person's name has (``of``, ``the``)."""
    return any(tokens[k].text in _TITLE_ONLY_WORDS for k in range(first, last))


#: Words a bracketed edition year may hold besides the year (``(1804 ed.)``, ``(ed. 1850)``, ``(1865 edition)``).
_EDITION_WORDS = frozenset({"ed", "edn", "edition", "repr", "reprint"})


def _edition_year_bracket(tokens: Sequence[Token], start: int, right: int) -> tuple[int, int] | None:
    """The (opening, closing + 1) token indices of a bracket that ends tokens [start, right) after a word and holds
    a year, perhaps with an edition word (``(1804 ed.)``, ``(1850 ed.)``, ``(1821)``); None when there is none."""
    if right - start < 4 or tokens[right - 1].text != ")":
        return None
    opening = next((k for k in range(right - 2, max(start, right - 6), -1) if tokens[k].text == "("), None)
    if opening is None or opening <= start:
        return None
    inside = [tokens[k].text for k in range(opening + 1, right - 1)]
    if sum(bool(YEAR.fullmatch(w)) for w in inside) != 1 \
            or any(not YEAR.fullmatch(w) and w not in (".", ",") and fold(w) not in _EDITION_WORDS for w in inside):
        return None
    return opening, right


def _pinpoint_openings(tokens: Sequence[Token], tags: Sequence[str]) -> list[int]:
    """The tokens, in order, that may open a pinpoint: a page word; a pinpoint's word or a bare page right
    after a comma that ends a title or container run (``Tracts,``, or right after it, read as prose), after the run's closing quote and comma
    (``“Population,”``) or after an ibid and its comma (``Ibid.,``); a note run opening right after the
    comma of a field. Found from the page words and the commas of the note, not token by token."""
    found = set() if _PAGE_WORDS.isdisjoint(token_texts(tokens)) else \
        {i for i, token in enumerate(tokens) if token.text in _PAGE_WORDS}
    for k in comma_indexes(tokens):
        if k + 1 >= len(tokens) or k < 1:
            continue
        if tags[k] in _TITLE_RUN_TAGS or tags[k - 1] in _IBID_TAGS \
                or tags[k] == "prose" and tags[k - 1] in _TITLE_RUN_TAGS:  # the run's comma read as prose
            i = k + 2 if tokens[k + 1].text in _CLOSE_QUOTES and k + 2 < len(tokens) else None
            for j in (k + 1, i):
                if j is not None and (_opens_on_a_lead_word(tokens[j].text) or _bare_page(tokens[j].text)):
                    found.add(j)
        if tags[k + 1] == "B-note" and _after_a_field_comma(tokens, tags, k + 1):
            found.add(k + 1)
    return sorted(found)


@needs(any_written(_PAGE_WORDS | {","}))  # a page word, or a comma ending a title
def rule_page_in_prose_is_a_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…, dit M. Story, p. 503, que…``: a page word and its number (``p. 503``, ``S. 37``, ``pág. 388``)
    that the tagger left as prose is a pinpoint, as far as the locator grammar reaches over prose
    (whether it names a work is :func:`rule_pinpoint_names_what_precedes_it`'s to say). So is any
    word of a pinpoint's part and its number (or Roman numeral) right after the comma that ends a title
    run or an ibid (``Convention of New Hampshire, App. 113;``, ``“Manufacturing Population,” ch 8.``,
    ``“System,” v. I.``), and a bare page there that ends the cite or comes before a bracketed comment
    (``Smith, "Rise of Towns," 40n3.``, ``Ibid., 40 (emphasis added)``; a year is no page). A note run
    opens on the pinpoint (:func:`_note_opens_on_its_pinpoint`) when it opens on a page word (``tom. i.`` +
    ``p. 132-150, edit. of 1739``), or after the comma of a field on a pinpoint's word or a Roman volume and
    its page (``London, 1855,`` + ``v. I., ch. I.``, ``Historical Society,`` + ``XIX, 176, footnote 6``)."""
    found = _pinpoint_openings(tokens, tags)
    if not found:
        return tags
    tags = list(tags)
    for i in found:
        token = tokens[i]
        if tags[i] == "B-note":
            _note_opens_on_its_pinpoint(text, tokens, tags, i)
            continue
        bare = _bare_page(token.text)
        k = i if bare else i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text == ".")
        if tags[i] != "prose" or k >= len(tokens) or tags[k] != "prose" or not (
                _PAGE_START.match(tokens[k].text)
                or token.text not in _PAGE_WORDS and _SMALL_ROMAN.fullmatch(tokens[k].text)):
            continue
        match = _LOCATOR.match(text, token.start)
        if not match:
            continue
        end = _prose_within_reach(tokens, tags, k, match.end())
        if bare and end < len(tokens) and tokens[end].text not in (".", ";") and not _comment_after(tokens, end):
            continue  # a bare number that runs on into words is no pinpoint ("(emphasis added)" may follow)
        if end > k:
            relabel(tags, i, end, "locator")
            first = _volume_before_a_page(tokens, tags, i)
            if first is not None:
                relabel(tags, first, end, "locator")
    return tags


#: Words for a volume that may head a page in prose (``B. II. S. 382``, ``Bd. 2, S. 5``, ``vol. iii. p. 469``).
_VOLUME_HEADS = frozenset({"B", "Bd", "Band", "vol", "Vol", "t", "tom", "tome", "tomo", "v"})


def _volume_before_a_page(tokens: Sequence[Token], tags: list[str], page: int) -> int | None:
    """Where a volume left as prose begins right before the page word at token ``page`` (its word, perhaps a
    period, its number or Roman numeral, perhaps a period or comma: ``»Deutschland im achtzehnten Jahrhundert«
    B. II. S. 382``), when a field of the work ends right before it; else None."""
    k = page - 1
    if k >= 0 and tokens[k].text in (".", ","):
        k -= 1
    if k < 0 or not (tokens[k].text.isdigit() or ROMAN_NUMERAL.fullmatch(tokens[k].text)):
        return None
    k -= 1
    if k >= 0 and tokens[k].text == ".":
        k -= 1
    if k < 1 or tokens[k].text not in _VOLUME_HEADS or any(tags[j] != "prose" for j in range(k, page)) \
            or tags[k - 1] == "prose":
        return None
    return k


#: How a page number opens (``12``, the section's letters of ``A19``, ``SM7``).
_PAGE_START = re.compile(r"[A-Z]{0,2}\d")
#: A Roman numeral after a part's word (``v. I.``, ``ch. iv``) without the letters that are as often words (``c``, ``d``, ``m``).
_SMALL_ROMAN = re.compile(r"[IVXL]{1,6}|[ivxl]{1,6}")


def _after_a_field_comma(tokens: Sequence[Token], tags: Sequence[str], i: int) -> bool:
    """Whether token ``i`` comes right after a comma that ends a field run (not prose)."""
    return i >= 2 and tokens[i - 1].text == "," and tags[i - 1] != "prose" and split_label(tags[i - 1])[1] != "note"


def _roman_volume_and_page(tokens: Sequence[Token], i: int) -> bool:
    """Whether tokens from ``i`` are a capital Roman volume, its comma or period and a page (``XIX, 176``)."""
    return i + 2 < len(tokens) and ROMAN_NUMERAL.fullmatch(tokens[i].text) is not None \
        and tokens[i + 1].text in (".", ",") and tokens[i + 2].text.isdigit()


def _note_opens_on_its_pinpoint(text: str, tokens: Sequence[Token], tags: list[str], i: int) -> None:
    """In place: the note run opening at token ``i`` on a page word and its number (``p. 132-150,
    edit. …``), or after a field's comma on a pinpoint's word (``v. I., ch. I.``) or a Roman volume, its
    comma or period and a page (``XIX, 176, footnote 6``), opens on that pinpoint, as far as the locator
    grammar reaches; the rest of the run stays the note."""
    word = tokens[i].text
    k = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text == ".")
    if word in _PAGE_WORDS:
        opens = k < len(tokens) and tokens[k].text[:1].isdigit()
    else:
        opens = _after_a_field_comma(tokens, tags, i) and (_opens_on_a_lead_word(word) or _roman_volume_and_page(tokens, i))
    match = _LOCATOR.match(text, tokens[i].start) if opens else None
    if match is None:
        return
    end = max(_prose_within_reach(tokens, tags, i + 1, match.end(), "I-note"), i + 1)
    relabel(tags, i, end, "locator")
    rest = end
    while rest < len(tags) and tags[rest] == "I-note":
        rest += 1
    if all(not tokens[j].text[:1].isalnum() for j in range(end, rest)):
        for j in range(end, rest):
            tags[j] = "prose"  # only the closing period was left
    elif end < rest:
        tags[end] = "B-note"


def _bare_page(word: str) -> bool:
    """Whether ``word`` is a page number alone (``40``, ``40n3``), not a year (``1990``)."""
    return word[:1].isdigit() and _A_NUMBER.fullmatch(word) is not None and not YEAR.fullmatch(word)


#: Words naming a part of a book that stand alone as a pinpoint (``…Lassalles, Nachtrag.``, ``…, Vorrede``,
#: ``…, appendix.``).
_PART_WORDS = frozenset("nachtrag nachträge anhang vorwort vorrede einleitung nachwort beilage beilagen appendix preface "
                        "introduction postscript annexe préface preface avant-propos".split())


@needs(any_word(_PART_WORDS), any_tag(tags_of(("title", "container-title", "volume"))))
def rule_part_word_after_a_title_is_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Intime Briefe Ferdinand Lassalles, Nachtrag.``, ``Werke, Bd. 1, Vorrede``: a lone word naming a part of a
    book (:data:`_PART_WORDS`), after a comma right after a title, container or volume run and ending the cite
    (a period, a closing bracket, a semicolon or the note's end after it), left as prose, is the pinpoint."""
    tags = list(tags)
    n = len(tokens)
    for k in range(2, n):
        if tokens[k].text.lower() not in _PART_WORDS or tags[k] != "prose" or tokens[k - 1].text != "," \
                or tags[k - 1] not in ("prose",) and not tags[k - 1].startswith("I-"):
            continue
        if split_label(tags[k - 2])[1] not in ("title", "container-title", "volume"):
            continue
        if k + 1 < n and tokens[k + 1].text not in (".", ")", "]", ";"):
            continue
        if tags[k - 1] != "prose":
            tags[k - 1] = "prose"
        tags[k] = "B-locator"
        open_run(tags, k + 1)
    return tags


#: Words of a chapter before its number (``Chapter XIV``, ``chap. 3``).
_CHAPTER_WORDS = frozenset({"chapter", "chap", "ch"})
_CHAPTER_NUMBER = re.compile(r"\d{1,3}|[IVXLC]{1,7}|[ivxlc]{1,7}")


@needs(any_word(_CHAPTER_WORDS), any_mark("("))
def rule_chapter_before_the_imprint_bracket_is_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Labor and Administration, Chapter XIV (Macmillan, 1913)``: a chapter word and its number after a title's
    comma, right before the bracket of the imprint, is the pinpoint, whatever the tagger read (a publisher run
    carried into the bracket): the comma and the bracket are prose, the imprint opens inside it."""
    tags = list(tags)
    for k in range(2, len(tokens) - 2):
        if tokens[k].text.lower() not in _CHAPTER_WORDS or tokens[k - 1].text != "," \
                or split_label(tags[k - 2])[1] not in ("title", "container-title"):
            continue
        number = k + 1 + (tokens[k + 1].text == ".")
        if number + 1 >= len(tokens) or not _CHAPTER_NUMBER.fullmatch(tokens[number].text) \
                or tokens[number + 1].text != "(" or split_label(tags[number + 2])[1] not in IMPRINT_LABELS:
            continue
        tags[k - 1] = "prose"
        relabel(tags, k, number + 1, "locator")
        tags[number + 1] = "prose"
        open_run(tags, number + 2)
    return tags


#: Words that alone point back or forward in the same text (``Above, p. 156``, ``Supra, p. 12``), never a work's name.
_BACK_REFERENCE_WORDS = frozenset({"above", "below", "supra", "infra", "oben", "unten"})
_NAME_RUNS = frozenset({"title", "author", "container-title"})


@needs(any_word(_BACK_REFERENCE_WORDS))
def rule_back_reference_names_no_work(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Above, p. 156.``, ``See below, p. 299``: a name or title run that is only a word pointing elsewhere
    in the same text (:data:`_BACK_REFERENCE_WORDS`), perhaps after lead-in words (``See``), with a pinpoint
    right after it (its comma between) is a cross-reference, not a short form: the run and its pinpoint are prose; so
    is a pinpoint right after such a word left to prose (``316; below, p. 299``)."""
    spans = tag_spans(tokens, tags)
    changed: list[str] | None = None
    for n, (first, last, label) in enumerate(spans):
        if label not in _NAME_RUNS:
            continue
        words = [fold(tokens[k].text) for k in range(first, last) if tokens[k].text[:1].isalpha()]
        while words and lead_word(words[0]):
            words.pop(0)
        if len(words) != 1 or words[0] not in _BACK_REFERENCE_WORDS:
            continue
        following = spans[n + 1] if n + 1 < len(spans) else None
        between = [tokens[k].text for k in range(last, following[0])] if following else []
        if following is None or following[2] != "locator" or any(t != "," for t in between):
            continue
        changed = changed if changed is not None else list(tags)
        for k in range(first, following[1]):
            changed[k] = "prose"
        open_run(changed, following[1])
    for first, last, label in tag_spans(tokens, changed if changed is not None else tags):
        current = changed if changed is not None else tags
        word = first - 1
        while word >= 0 and (tokens[word].text in (",", ".") or fold(tokens[word].text) in _CROSS_REFERENCE_DIVISIONS) \
                and current[word] in ("prose", "I-ibid"):
            word -= 1  # "infra, ch. ix": the division the pinpoint names is the text's own
        if label != "locator" or word < 0 or fold(tokens[word].text) not in _BACK_REFERENCE_WORDS:
            continue
        start = word  # "…; below, p. 299", "Cf. also infra, ch. ix."
        if current[word] == "I-ibid":  # "Ibid.; cf. supra, p. 12": the ibid run read on over the cross-reference
            opening = word
            while opening > 0 and current[opening] == "I-ibid":
                opening -= 1
            start = next((k for k in range(opening + 1, word + 1) if tokens[k].text == ";" or lead_word(tokens[k].text)),
                         None)
            if start is None:
                continue
        elif current[word] != "prose":
            continue
        changed = changed if changed is not None else list(tags)
        changed[start:last] = ["prose"] * (last - start)
        open_run(changed, last)
    return changed if changed is not None else tags


#: Words that name a division of the text a cross-reference points to (``infra, ch. ix``, ``above, n. 12``).
_CROSS_REFERENCE_DIVISIONS = frozenset({"ch", "chap", "chapter", "cap", "p", "pp", "n", "nn", "note", "notes", "sect", "sec", "§",
                             "part", "pt", "s", "kap", "anm", "no"})


#: A pinpoint glued to a colon, no space between: pages and ranges, listed with commas or ``and`` (``:66, 84``,
#: ``:239-40 and 405``); not a number run on to a decimal or an identifier (``arXiv:2201.07311``).
_GLUED_PAGES = re.compile(r":(\d{1,5}(?:[ ]?[-–][ ]?\d{1,5})?(?:(?:,[ ]?|[ ]and[ ])\d{1,5}(?:[ ]?[-–][ ]?\d{1,5})?)*)(?![\w:/]|-(?!-)|\.\d)")
_SMALL_ROMAN_WORD = re.compile(r"[ivxlc]{1,6}|[IVXLC]{1,6}")
#: What :data:`_GLUED_PAGES` after a token cannot do without: a colon glued to what precedes it, then a digit (``":18``).
_GLUED_COLON_BEFORE_A_DIGIT = re.compile(r":(?<=\S:)\d")


def _names_the_work_before_a_colon(tokens: Sequence[Token], tags: Sequence[str], colon: int) -> bool:
    """Whether what ends right before the glued ``colon`` names a work or its issue rather than a volume: a
    closing quotation mark (``"Kings of Fortune":16``), an ibid or ``etc.`` (``Ibid.:39``), a title's last word
    (``Colony and Commonwealth:66``, not a Roman volume ``iv:463``), a document's number after ``No.``
    (``Doc. No. 60:50``) or the year of an annual or edition after ``for``/``of`` (``for 1849:241``)."""
    before = tokens[colon - 1]
    if before.text in ('"', "”"):
        return True
    if before.text == ".":
        return colon >= 2 and (fold(tokens[colon - 2].text) in load("ibid") or tokens[colon - 2].text.lower() == "etc")
    if before.text.isdigit():
        word = tokens[colon - 2].text.lower() if colon >= 2 else ""
        if len(before.text) == 4 and word in ("for", "of"):
            return True
        return colon >= 3 and word == "." and tokens[colon - 3].text.lower() == "no" \
            and split_label(tags[colon - 1])[1] in ("title", "container-title", "locator")
    return before.text.isalpha() and len(before.text) > 2 and not _SMALL_ROMAN_WORD.fullmatch(before.text) \
        and split_label(tags[colon - 1])[1] in ("title", "container-title", "author")


def _quoted_opening_title(tokens: Sequence[Token], tags: list[str], closing: int) -> None:
    """In place: the quoted words closed at ``closing``, all prose, that open the note or follow a dash
    (``"Kings of Fortune":16--The pretentious title ...``) are a title run."""
    opening = next((k for k in range(closing - 1, -1, -1) if tokens[k].text in ('"', "“")), None)
    if opening is None or closing - opening < 2 or any(tags[k] != "prose" for k in range(opening, closing + 1)):
        return
    if opening and not (tokens[opening - 1].text in "-—" and tokens[opening - 1].end == tokens[opening].start):
        return
    relabel(tags, opening, closing + 1, "title")


@needs(any_mark(":"), any_match(_GLUED_COLON_BEFORE_A_DIGIT))
def rule_page_glued_to_a_colon_after_a_name_is_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``"Lives of the Loyalists,":18.``, ``Pennsylvania: Colony and Commonwealth:66, 84, etc.``, ``Ibid.:39``,
    ``Stryker's "American Register" for 1849:241``, ``Document No. 90:72``: pages glued by a colon to what names
    the work (see :func:`_names_the_work_before_a_colon`; a volume before the colon, ``iv:463``, ``1:323``, keeps the
    volume-and-page pinpoint) are the pinpoint; the colon is prose and ends the run before it. Quoted words left to
    prose before the colon that open the note or follow a dash are the title (:func:`_quoted_opening_title`)."""
    changed: list[str] | None = None
    for i, token in enumerate(tokens):
        if token.text != ":" or i == 0 or tokens[i - 1].end != token.start or i + 1 >= len(tokens):
            continue
        match = _GLUED_PAGES.match(text, token.start)
        if match is None or not _names_the_work_before_a_colon(tokens, changed or tags, i):
            continue
        end = bisect_left(token_starts(tokens), match.end(1))
        if split_label((changed or tags)[i + 1])[1] == "locator" and split_label((changed or tags)[i])[1] != "locator":
            continue  # read already
        changed = changed if changed is not None else list(tags)
        changed[i] = "prose"
        relabel(changed, i + 1, end, "locator")
        if end < len(tokens) and tokens[end].text == "." and split_label(changed[end])[1] == "locator":
            changed[end] = "I-locator"  # the full stop of the run the pages were in stays with them
        else:
            open_run(changed, end)
        if tokens[i - 1].text in ('"', "”") and changed[i - 1] == "prose":
            _quoted_opening_title(tokens, changed, i - 1)
        named = split_label(changed[i - 3])[1] if i >= 3 and tokens[i - 1].text.isdigit() else None
        if tokens[i - 2].text == "." and named in ("title", "container-title"):  # "Document No. 90:72": the number names it
            changed[i - 2] = changed[i - 1] = "I-" + named
    return changed if changed is not None else tags


#: Words for "about" before a year (``ca. 1900``, ``c. 1850``, ``circa 1850``).
_CIRCA = frozenset({"ca", "c", "circa"})


@needs(any_word(_CIRCA), any_tag(DATE_TAGS))
def rule_circa_before_a_year_joins_its_date(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(Saint-Cloud: Belin, ca. 1900)``, ``(London: Murray, c. 1850)``: ``ca.``, ``c.`` or ``circa`` (and a bracket
    opened before it) right before a date run that opens on a year belongs to that date (an approximate one), not to
    the publisher or place run the tagger ended with it."""
    changed: list[str] | None = None
    for first, _last, label in tag_spans(tokens, tags):
        if label != "date" or not YEAR.fullmatch(tokens[first].text) or first < 2:
            continue
        word = first - 1 - (tokens[first - 1].text == ".")
        written = tokens[word].text if word >= 1 else ""
        glued = word >= 1 and tokens[word - 1].end == tokens[word].start and tokens[word - 1].text not in ("(", "[")
        if written not in _CIRCA and written not in ("Ca", "Circa") or written.lower() != "circa" and word == first - 1 or glued:
            continue  # "ca" and "c" with their full stop; "(P.C. 1919)": an initial, not "about"
        start = word - (tokens[word - 1].text == "[")  # (a round bracket stays with the imprint's run)
        if split_label((changed or tags)[start])[1] == "date" and (changed or tags)[start].startswith("B-"):
            continue
        changed = changed or list(tags)
        relabel(changed, start, first + 1, "date")
    return changed or tags


#: A volume glued by a colon to its page after a space (``Atelier Rosa Bonheur 2:177–78``, ``Works iv:463``).
_SPACED_VOLUME_AND_PAGE = re.compile(r"\s(?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}):\d")
#: What :data:`_SPACED_VOLUME_AND_PAGE` cannot do without, found from its colon: a volume's last digit or numeral, the
#: colon and a digit (``2:1``).
_VOLUME_COLON_DIGIT = re.compile(r":(?<=[\divxlcIVXLC]:)\d")


@needs(any_tag(AUTHOR_TAGS), any_mark(":"), any_match(_VOLUME_COLON_DIGIT))
def rule_volume_and_page_after_an_author_and_title_are_the_pinpoint(text: str, tokens: Sequence[Token],
                                                                     tags: list[str]) -> list[str]:
    """``Roger-Milès, Atelier Rosa Bonheur 2:177–78.``: an author run that holds a comma and capitalised words after it
    (not only given names or initials), right before a volume glued by a colon to its page: the words after the comma
    are the title (a short form's) and the volume and page the pinpoint, whatever the tagger read there."""
    if not _SPACED_VOLUME_AND_PAGE.search(text):
        return tags
    given = load("given_names")
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "author" or last + 2 >= len(tokens) or tokens[last + 1].text != ":" \
                or not _VOLUME_BEFORE_A_COLON.fullmatch(tokens[last].text) or not tokens[last + 2].text.isdigit() \
                or tokens[last + 1].start != tokens[last].end or tokens[last + 2].start != tokens[last + 1].end:
            continue
        comma = next((k for k in range(first + 1, last) if tokens[k].text == ","), None)
        words = [t.text for t in tokens[comma + 1:last]] if comma is not None else []
        if not words or not all(capitalised_word(w, 2) or w in FUNCTION_WORDS for w in words) \
                or all(fold(w) in given for w in words if w not in FUNCTION_WORDS):
            continue
        end = last + 3
        while end < len(tokens) and (tokens[end].text.isdigit() or tokens[end].text in ("-", "–", ",")
                                     and end + 1 < len(tokens) and tokens[end + 1].text.isdigit()):
            end += 1
        changed = changed or list(tags)
        relabel(changed, comma + 1, last, "title")
        relabel(changed, last, end, "locator")
        if end < len(tokens) and tokens[end].text == ".":
            changed[end] = "I-locator"
        elif end < len(tokens):
            open_run(changed, end)
    return changed or tags


#: A volume number before a glued colon: Arabic (three digits at most) or Roman (``1:``, ``iv:``, ``XII:``).
_VOLUME_BEFORE_A_COLON = re.compile(r"\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}")
#: What a volume glued to its pages cannot do without: the volume's last digit or numeral, the colon, and no space
#: after it (``1:112``).
_VOLUME_GLUED_TO_A_COLON = re.compile(r":(?<=[\divxlcIVXLC]:)\S")


#: Runs that a page glued to its word may end (``NUKHW p80``, ``BA Honours Nottingham 1981 p67``); never a title
#: (``The Role of p53``).
_RUNS_BEFORE_A_GLUED_PAGE = frozenset({"container-title", "publisher", "location", "date", "collection-title"})
#: The tags of a token inside such a run (not opening it).
_INSIDE_A_RUN_BEFORE_A_GLUED_PAGE = frozenset("I-" + label for label in _RUNS_BEFORE_A_GLUED_PAGE)


@needs(any_match(_GLUED_PAGE), any_tag(_INSIDE_A_RUN_BEFORE_A_GLUED_PAGE))
def rule_page_glued_to_its_word_ending_a_run_is_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``R Gurnham “A History of …” NUKHW p80``: a page run on to its page word (``p80``, ``pp24-6``) that ends a
    periodical, publisher, place or date run (the note's end or a stop after it) is the pinpoint, not part of
    that run."""
    if not any(_GLUED_PAGE.fullmatch(t.text) for t in tokens):
        return tags
    changed: list[str] | None = None
    for i, token in enumerate(tokens):
        if i == 0 or not _GLUED_PAGE.fullmatch(token.text) or not tags[i].startswith("I-") \
                or split_label(tags[i])[1] not in _RUNS_BEFORE_A_GLUED_PAGE:
            continue
        match = _LOCATOR.match(text, token.start)
        end = bisect_left(token_starts(tokens), match.end()) if match else i + 1
        while end > i + 1 and tokens[end - 1].text in ".,;":
            end -= 1
        if end < len(tokens) and tokens[end].text not in ".;" or any(t.text in "()" for t in tokens[i:end]):
            continue  # the page ends the cite (its note or a stop)
        changed = changed if changed is not None else list(tags)
        relabel(changed, i, end, "locator")
        if end < len(tokens) and tokens[end].text == "." and changed[end] == tags[i]:
            changed[end] = "I-locator"  # the full stop of the run the page was in stays with it
        else:
            open_run(changed, end)
    return changed if changed is not None else tags


#: A page word written with its stop and no space (``p.365``, ``pp.61-62``) or with a space (``p. 99``).
_PAGE_WORD = frozenset({"p", "pp"})


@needs(any_word(_PAGE_WORD), any_tag(tags_of(tuple(_RUNS_BEFORE_A_GLUED_PAGE))))
def rule_page_after_a_comma_inside_an_imprint_run_is_the_pinpoint(text: str, tokens: Sequence[Token],
                                                                  tags: list[str]) -> list[str]:
    """``London: John Snow, p.365: https://…``, ``Smith, Elder and Co.p.7:``: a page word and its number after a comma
    (or a glued stop) inside a publisher, place, date or periodical run are the pinpoint, as far as the locator grammar
    reaches, not part of that run; a mark left between the pinpoint and the next run (``:`` before a link) is prose."""
    changed: list[str] | None = None
    for i in range(1, len(tokens) - 1):
        if tokens[i].text.lower() not in _PAGE_WORD or not tags[i].startswith("I-") \
                or split_label(tags[i])[1] not in _RUNS_BEFORE_A_GLUED_PAGE:
            continue
        before = tokens[i - 1].text
        if not (before == "," or before == "." and tokens[i - 1].end == tokens[i].start):
            continue
        match = _LOCATOR.match(text, tokens[i].start)
        if not match or not re.match(r"pp?\.?\s?\d", text[tokens[i].start:match.end()], re.I):
            continue
        label = split_label(tags[i])[1]
        end = i
        while end < len(tokens) and tokens[end].end <= match.end():
            end += 1
        while end > i + 1 and tokens[end - 1].text in ".,;:":
            end -= 1
        if any(t.text in "()" for t in tokens[i:end]):
            continue
        changed = changed if changed is not None else list(tags)
        relabel(changed, i, end, "locator")
        k = end
        while k < len(tokens) and split_label(changed[k])[1] == label and changed[k].startswith("I-"):
            if tokens[k].text[:1].isalnum():
                break
            changed[k] = "prose"  # the colon or comma before the link
            k += 1
        if k < len(tokens) and changed[k].startswith("I-") and split_label(changed[k])[1] == label:
            open_run(changed, k)
    return changed if changed is not None else tags


#: A date run that is only a page (``p.53:``, ``pp. 7-9``): the tagger's slip for a pinpoint.
_PAGE_ALONE = re.compile(r"pp?\.\s?\d{1,5}(?:\s?[-–]\s?\d{1,5})?[.,:;]?")


@needs(any_tag("B-date"), any_word(_PAGE_WORD))
def rule_page_read_as_a_date_is_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``London: John Murray, p.53: https://…`` with ``p.53:`` read as a date: a date run holding nothing but a page word
    and its page (or range) is the pinpoint."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label == "date" and _PAGE_ALONE.fullmatch(text[tokens[first].start:tokens[last - 1].end]):
            out = out if out is not None else list(tags)
            relabel(out, first, last, "locator")
    return out if out is not None else tags


@needs(any_mark(":"), any_match(_VOLUME_GLUED_TO_A_COLON), any_tag("B-pages", "B-locator"))
def rule_volume_glued_to_its_pages_joins_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``O'Callaghan's "History of New Netherlands," 1:112-120.``: a volume number glued by a colon to the pages
    run after it (``1:``, ``iv:``), left to prose before them (or read as a volume run right after a title: ``Marx,
    Capital, 1:764n1``), is the pinpoint's volume: the number, the colon and the pages are one locator run
    ``1:112-120``."""
    changed: list[str] | None = None
    for i in range(1, len(tokens) - 1):
        if tokens[i].text != ":" or tokens[i - 1].end != tokens[i].start or tokens[i].end != tokens[i + 1].start:
            continue
        current = changed or tags
        kind = split_label(current[i + 1])[1]
        volume_run = current[i - 1] == "B-volume" and current[i] == "I-volume" and i >= 2 \
            and split_label(current[i - 2])[1] == "title"  # "Marx, Capital, 1:764n1": read as a volume and its pages
        if not current[i + 1].startswith("B-") or kind not in ("pages", "locator") \
                or not (current[i] == "prose" and current[i - 1] == "prose" or volume_run) \
                or not _VOLUME_BEFORE_A_COLON.fullmatch(tokens[i - 1].text) \
                or i >= 2 and tokens[i - 2].end == tokens[i - 1].start:  # "No.1:": glued to what precedes it
            continue
        end = i + 2
        while end < len(tokens) and current[end] == "I-" + kind:
            end += 1
        changed = changed if changed is not None else list(tags)
        relabel(changed, i - 1, end, "locator")
        open_run(changed, end)
    return changed if changed is not None else tags


#: Words naming a division of the text at hand (``Part III``, ``Chapters iv, v``, ``Chap. VIII``).
_OWN_DIVISION_WORDS = frozenset({"part", "parts", "chapter", "chapters", "chap", "chaps"})
_DIVISION_NUMBER = re.compile(r"[IVXLCivxlc]{1,6}|\d{1,3}")
#: ``this work``, ``the present work``: the text itself, whose parts a quoted name after it names.
_THIS_WORK = re.compile(r"\b(?:this|the\s+present)\s+(?:work|volume|book)\b", re.I)
#: A division of the text right before a quoted name (``Part III, "``).
_DIVISION_BEFORE = re.compile(r"\b(?:Parts?|Chap(?:ter)?s?\.?)\s+(?:[IVXLC]{1,6}|\d{1,3})\s*,\s*$")
#: Tags of the name and title runs a division or a part's quoted name is read as (:data:`_NAME_RUNS`).
_NAME_RUN_TAGS = tags_of(_NAME_RUNS)


def _own_division(words: Sequence[str]) -> bool:
    """Whether ``words`` are a division word and its numbers only (``Part III``, ``Chapters iv v vi``)."""
    return len(words) >= 2 and words[0].lower().rstrip(".") in _OWN_DIVISION_WORDS \
        and all(_DIVISION_NUMBER.fullmatch(w) for w in words[1:])


@needs(any_tag(_NAME_RUN_TAGS))  # (a locator run is prose only after a division's name or title run)
def rule_division_of_the_text_names_no_work(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``See Part III, Chapters iv, v, vi, etc.``, ``in Part III, "Great Fortunes from Railroads."``, ``see that
    part of this work comprising "Great Fortunes from Public Franchises."``: a cross-reference to a division of the
    text at hand is no work. A name or title run of only a division word and its numbers (``Part III``,
    ``Chapters iv``) is prose, with the pinpoint and division runs right after it (commas between); so is a
    quoted title right after such a division (its comma between) or after ``this work`` / ``the present work``
    a few words before it (the name of the text's own part)."""
    words_here = lowered_words(tokens)
    if _OWN_DIVISION_WORDS.isdisjoint(words_here) and not (may_hold(text, ("work", "volume", "book"))
                                                           and _THIS_WORK.search(text)):
        return tags
    changed = list(tags)
    division_end = -1  # the token after the last division reference read
    for first, last, label in tag_spans(tokens, tags):
        if label not in _NAME_RUNS and label != "locator":
            continue
        after_division = division_end >= 0 and all(tokens[k].text in ",\"“" for k in range(division_end, first))
        quoted = tokens[first].text in "\"“"
        if label in _NAME_RUNS and _own_division([tokens[k].text for k in range(first, last) if tokens[k].text[:1].isalnum()]) \
                or after_division and (label == "locator" or quoted):
            changed[first:last] = ["prose"] * (last - first)
            open_run(changed, last)
            division_end = last
            continue
        if label in _NAME_RUNS and quoted:
            before = text[tokens[max(0, first - 6)].start:tokens[first].start]
            if _THIS_WORK.search(before) or _DIVISION_BEFORE.search(before):
                changed[first:last] = ["prose"] * (last - first)
                open_run(changed, last)
                continue
        division_end = -1
    return changed if changed != tags else tags


#: The word for an edition's own numbered documents (``See Document 63, note 4``).
_DOCUMENT_WORDS = frozenset({"document", "documents", "doc", "docs"})
#: The runs a book's title or imprint ends on, before a numbered document of that book (its pinpoint).
_DOCUMENT_OF_A_BOOK = frozenset({"title", "container-title", "date", "publisher"})


@needs(any_word(_DOCUMENT_WORDS))
def rule_document_of_the_edition_names_no_work(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Document 44.``, ``See Document 63, note 4``, ``See footnote 6, Document 325``: in a documentary edition,
    a document named by its word and number alone is another document of the edition at hand, no work: a name
    or title run of only that word, with the number (its own run or the next), is prose, and so is a ``note``
    pinpoint after it; after a book's title or imprint and a comma (``Foreign Relations, 1969–1976, vol. XVII, China,
    1969–1972, Document 12``) it is that book's pinpoint. ``Senate Document 12``, ``Doc. No. 58, U. S. Senate Docs.``:
    other words, left alone."""
    changed: list[str] | None = None
    runs = tag_spans(tokens, tags)
    for n, (first, last, label) in enumerate(runs):
        if label not in _NAME_RUNS or tokens[first].text.lower() not in _DOCUMENT_WORDS:
            continue
        end = last
        if end == first + 1 and n + 1 < len(runs) and runs[n + 1][0] == last and runs[n + 1][2] in ("locator", "volume"):
            end = runs[n + 1][1]  # "Document" then its number read as the pinpoint or a volume
        words = [t.text for t in tokens[first + 1:end] if t.text[:1].isalnum()]
        if not words or not (words[0].isdigit() and all(w.isdigit() or w.lower() in ("note", "notes", "and", "n")
                                                          for w in words)):
            continue
        changed = changed if changed is not None else list(tags)
        if n and runs[n - 1][2] in _DOCUMENT_OF_A_BOOK and runs[n - 1][1] == first and tokens[first - 1].text == "," \
                and len(words) == 1:  # "Foreign Relations, 1949, vol. IX, The Far East, Document 430": its pinpoint
            changed[first - 1] = "prose"
            changed[first:end] = ["B-locator"] + ["I-locator"] * (end - first - 1)
        else:
            changed[first:end] = ["prose"] * (end - first)
        open_run(changed, end)
    return changed if changed is not None else tags


@needs(any_mark("("))
def rule_series_in_brackets_after_the_pinpoint_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Delaware State Council Minutes, 1776–1792, pp. 1081–82 (Delaware Historical Society Papers);``: a bracket right
    after a pinpoint that holds two to eight words, capitalised but for small connectors, and no number or comma (the
    series the work was printed in, not an imprint: ``(C. H. Kerr, Chicago, 1904)`` has both), closing the cite (a
    ``;``, the note's end or its full stop after it), is a remark on the work, not another work's title: prose."""
    if _LOCATOR_TAGS.isdisjoint(tag_set(tags)) and not any(t.endswith("pages") for t in tag_set(tags)):
        return tags
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("locator", "pages") or last >= len(tokens) or tokens[last].text != "(":
            continue
        close = next((k for k in range(last + 1, min(len(tokens), last + 12)) if tokens[k].text == ")"), None)
        if close is None:
            continue
        words = [tokens[k].text for k in range(last + 1, close)]
        after = tokens[close + 1].text if close + 1 < len(tokens) else ""
        if not 2 <= len(words) <= 8 or any(not w.isalpha() for w in words) or not words[0][:1].isupper() \
                or any(not w[:1].isupper() and w not in _SHORT_FORM_CONNECTORS for w in words) \
                or after not in ("", ";", ".") or after == "." and close + 2 < len(tokens):
            continue
        changed = changed if changed is not None else list(tags)
        changed[last:close + 1] = ["prose"] * (close + 1 - last)
        open_run(changed, close + 1)
    return changed if changed is not None else tags


#: Words that open a bracket naming whose statement a hearing's or a record's page holds (``(statement of Nathan
#: Burkan, …)``, ``(testimony of …)``, ``(prepared memorandum of …)``), lower-cased.
_WHOSE_STATEMENT = frozenset({"statement", "testimony", "remarks", "memorandum", "colloquy"})


@needs(any_mark("("), any_word(_WHOSE_STATEMENT))
def rule_whose_statement_in_brackets_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``To Amend and Consolidate the Acts Respecting Copyright, 376 (prepared memorandum of Philip Mauro, general patent
    counsel …).``: a bracket right after a pinpoint that opens on whose statement, testimony, remarks or memorandum
    the page holds (:data:`_WHOSE_STATEMENT`, perhaps after ``prepared``, then ``of`` or ``by``) is a remark on the
    cite, not its publisher: prose, to its closing bracket."""
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("locator", "pages") or last + 2 >= len(tokens) or tokens[last].text != "(":
            continue
        opening = last + 1 + (tokens[last + 1].text.lower() == "prepared")
        if opening + 1 >= len(tokens) or tokens[opening].text.lower() not in _WHOSE_STATEMENT \
                or tokens[opening + 1].text.lower() not in ("of", "by"):
            continue
        close = next((k for k in range(opening, len(tokens)) if tokens[k].text == ")"), None)
        if close is None:
            continue
        changed = changed if changed is not None else list(tags)
        changed[last:close + 1] = ["prose"] * (close + 1 - last)
        open_run(changed, close + 1)
    return changed if changed is not None else tags


#: A volume in Roman numerals of one case (``v``, ``xxxvi``, ``cxiii``, ``XII``), the older way of numbering a set's volumes.
_ROMAN_OF_ONE_CASE = re.compile(r"[ivxlc]{1,7}|[IVXLC]{1,7}")
#: Such a numeral as a word of its own after a comma, or a comma and a closing quote (``, v``, ``,” xxxvi``).
_ROMAN_AFTER_A_COMMA = re.compile(r",\s*(?:[" + re.escape(_CLOSE_QUOTES) + r"]\s*)?(?:[ivxlc]{1,7}|[IVXLC]{1,7})(?![^\W_])")


@needs(any_tag("B-isbn"))
def rule_page_numbers_read_as_an_isbn_are_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``"Life of Silas Wright," 179-226;``: an ISBN run with no ``ISBN`` word and fewer digits than an ISBN has
    (ten), page numbers and their dashes and commas only, is the pinpoint."""
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        words = [t.text for t in tokens[first:last]]
        if label != "isbn" or any(w.lower().startswith("isbn") for w in words) \
                or sum(c.isdigit() for w in words for c in w) >= 10 \
                or not all(w.isdigit() or w in ("-", "–", ",", ";", ".", '"', "”") for w in words):
            continue
        changed = changed or list(tags)
        start = first + (words[0] in ('"', "”"))
        if start > first:
            changed[first] = "I-" + split_label(changed[first - 1])[1] if first and changed[first - 1] != "prose" else "prose"
        relabel(changed, start, last, "locator")
    return changed or tags


#: A name (one to four capitalised words, particles between), a comma, a Roman volume, its stop or comma and a page,
#: at a clause's start (``Arthur Young, I. 308``, ``D'Argenson, IV. 124; VI. 165``, ``Floquet, VII. 402``).
_NAME_AND_ROMAN_VOLUME_PAGE = re.compile(
    r"(?:^|(?<=[.;(])\s*|(?<=\.--))(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:de|du|von|van|la|le|d['’])\s*)?[A-Z][\w'’-]+){0,3}),"
    r"\s*(?P<volume>[IVXLC]{1,6}|[ivxlc]{1,6})[.,]\s*\d")
#: What :data:`_NAME_AND_ROMAN_VOLUME_PAGE` cannot do without: the name's comma, a Roman volume, its stop or comma and
#: a digit (``, I. 308``).
_COMMA_AND_ROMAN_VOLUME_PAGE = re.compile(r",\s*(?:[IVXLC]{1,6}|[ivxlc]{1,6})[.,]\s*\d")


@needs(any_mark(","), any_match(_COMMA_AND_ROMAN_VOLUME_PAGE), any_tag("B-author"))
def rule_name_and_roman_volume_page_are_a_short_form(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…--Arthur Young, I. 308 (the domain…)``, ``D'Argenson, IV. 124; VI. 165``: at a clause's start, a name, its comma
    and a Roman volume, its full stop or comma and a page are a short form by author: the name is the author and the
    volume and pages the pinpoint as far as the locator grammar reads, when the tagger ran the author run into the
    volume."""
    changed: list[str] | None = None
    starts = token_starts(tokens)
    for match in _NAME_AND_ROMAN_VOLUME_PAGE.finditer(text):
        first = bisect_left(starts, match.start("name"))
        volume = bisect_left(starts, match.start("volume"))
        if first >= len(tokens) or volume >= len(tokens) or (changed or tags)[first] != "B-author" \
                or split_label((changed or tags)[volume])[1] != "author":
            continue  # the tagger read the name and stopped before the volume, or read no name there
        end = _grammar_pinpoint_end(text, tokens, volume)
        if end is None:
            continue
        changed = changed or list(tags)
        relabel(changed, first, volume, "author")
        _pinpoint_run(tokens, changed, volume, end)
    return changed or tags


def _grammar_pinpoint_end(text: str, tokens: Sequence[Token], first: int) -> int | None:
    """Where the pinpoint the locator grammar reads from token ``first`` (a volume and a page at least: three tokens)
    ends, its closing marks left out; None when it reads less."""
    found = _LOCATOR.match(text, tokens[first].start)
    end = first
    while found and end < len(tokens) and tokens[end].end <= found.end():
        end += 1
    while end > first + 2 and tokens[end - 1].text in ",;.":
        end -= 1
    return end if end > first + 2 else None


def _pinpoint_run(tokens: Sequence[Token], tags: list[str], first: int, end: int) -> None:
    """In place: tokens [first, end) are one locator run, and so are the stops after it that the tagger ran on; the run
    after them opens anew."""
    relabel(tags, first, end, "locator")
    while (taken := take_trailing_mark(tokens, tags, end, "locator", (",", ";", "."))) != end:
        end = taken  # the stops after it, as the tagger ran it on
    open_run(tags, end)


#: A quoted title's closing comma and quote (or quote and comma), then a Roman volume, its stop or comma and a page
#: (``"Le Gouvernement de Normandie," IV. 62``, ``"Memoires de Mirabeau," I, 394``, ``"Conq. del Peru," III. p. 197``).
_ROMAN_VOLUME_AFTER_A_QUOTED_TITLE = re.compile(r"(?:,\s*[" + re.escape(_CLOSE_QUOTES) + r"]|[" + re.escape(_CLOSE_QUOTES)
                                                + r"]\s*,)\s*(?:[ivxlc]{1,7}|[IVXLC]{1,7})[.,]\s*(?:\d|pp?\.)")


@needs(any_mark(","), any_mark(tuple(_CLOSE_QUOTES)), any_match(_ROMAN_VOLUME_AFTER_A_QUOTED_TITLE))
def rule_roman_volume_and_page_after_a_quoted_title_are_the_pinpoint(text: str, tokens: Sequence[Token],
                                                                      tags: list[str]) -> list[str]:
    """``Hippeau, "Le Gouvernement de Normandie," IV. 62, 199, 358.``, ``Turgot, "Collections des économistes," I. 544,
    549.``: right after a quoted title's closing comma and quote, a Roman volume (one case), its full stop or comma and
    a page (or ``p.``) are the pinpoint as far as the locator grammar reads, whatever the tagger read there (the
    title's end, a container, a date)."""
    starts = token_starts(tokens)
    changed: list[str] | None = None
    for match in _ROMAN_VOLUME_AFTER_A_QUOTED_TITLE.finditer(text):
        i = bisect_left(starts, match.end() - 1)
        while i > 0 and not _ROMAN_OF_ONE_CASE.fullmatch(tokens[i].text):
            i -= 1
        if split_label(tags[i - 1])[1] not in ("title", "container-title") and tokens[i - 1].text != ",":
            continue  # the quote closes no title run
        end = _grammar_pinpoint_end(text, tokens, i)
        if end is None:
            continue
        changed = changed or list(tags)
        _pinpoint_run(tokens, changed, i, end)
    return changed or tags


@needs(any_mark(","), any_match(_ROMAN_AFTER_A_COMMA))
def rule_roman_volume_before_a_page_heads_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``"Abridgment of Debates of Congress," v, p. 706.``, ``Massachusetts Archives, xxxvi, p. 150.``: a Roman
    numeral left as prose between two commas, right before a locator run that opens on a pinpoint's word
    (``p.``, ``ch.``), is the
    volume of the set the note cites: it heads the pinpoint (one locator run), whatever comes before it
    (a title run, or prose that :func:`rule_pinpoint_names_what_precedes_it` then reads as the work's name).
    A lower-case numeral heads a locator run that opens on a bare page too (``"History," v, 261-267``), and a
    numeral the title run swallowed with its comma heads the locator run right after it (``Atlas, xxxviii, pl. 13``).
    So is such a numeral alone after the comma that ends a title run, ending the cite before ``;`` or the
    note's closing full stop (``Logan, "History of Upper South Carolina," i;``)."""
    commas = comma_indexes(tokens)  # the numeral comes right after one, or after one and a closing quote
    after_commas = {c + 1 for c in commas} | {c + 2 for c in commas
                                              if c + 1 < len(tokens) and tokens[c + 1].text in _CLOSE_QUOTES}
    tags = list(tags)
    for i in sorted(k for k in after_commas if 1 <= k < len(tokens) - 1):
        swallowed = tags[i] in ("I-title", "I-container-title") and tags[i + 1] == tags[i] and i + 2 < len(tokens) \
            and tags[i + 2] == "B-locator" and _opens_on_a_lead_word(tokens[i + 2].text)  # "Atlas, xxxviii, pl. 13"
        if tags[i] != "prose" and not swallowed or not _ROMAN_OF_ONE_CASE.fullmatch(tokens[i].text) or not (
                tokens[i - 1].text == "," or i >= 2 and tokens[i - 1].text in _CLOSE_QUOTES and tokens[i - 2].text == ","):
            continue  # after a comma, or a title's comma and closing quote ("Title," v, p. 706)
        after = tokens[i + 1].text
        if swallowed:
            tags[i], tags[i + 1], tags[i + 2] = "B-locator", "I-locator", "I-locator"
        elif after == "," and i + 2 < len(tokens) and _opens_on_a_lead_word(tokens[i + 2].text) \
                and tags[i + 1] in ("prose", "I-locator") and split_label(tags[i + 2])[1] in ("locator", "prose"):
            # "ii, chs. i, iii, vi": as far as the locator grammar reads, then on through the locator run it meets
            match = _LOCATOR.match(text, tokens[i].start)
            end = i
            while match and end < len(tokens) and tokens[end].end <= match.end() and tags[end] in ("prose", "B-locator", "I-locator"):
                end += 1
            while end < len(tokens) and tags[end] == "I-locator":
                end += 1
            while end > i + 2 and (tokens[end - 1].text in ",;." or tokens[end - 1].text in ")]"
                                   and not any(tokens[j].text in "([" for j in range(i, end))):
                end -= 1  # the punctuation after it, a bracket closing around the cite
            if end > i + 3 or split_label(tags[i + 2])[1] == "locator":
                relabel(tags, i, max(end, i + 3), "locator")
        elif after == "," and i + 2 < len(tokens) and tokens[i].text.islower() and tags[i + 2] == "B-locator" \
                and tokens[i + 2].text[:1].isdigit() and tags[i + 1] == "prose":
            tags[i], tags[i + 1], tags[i + 2] = "B-locator", "I-locator", "I-locator"  # "v, 261-267": a bare page
        elif after in (";", ".") and (i + 2 >= len(tokens) or after == ";") \
                and split_label(tags[i - 1])[1] in ("title", "container-title") and tags[i + 1] == "prose":
            tags[i] = "B-locator"
    return tags


#: A numbered series (``4th Series``, ``2d ser.``, ``3rd Ser``) as its tokens' texts.
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th|d)")


@needs(any_word(_SERIES_WORDS))
def rule_series_ending_a_title_heads_the_volume(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(American Archives, 4th Series, ii, p. 714)``: a numbered series after a comma at the end of a title
    or container run, right before a volume or locator run, is where in the set the volume is: it opens that
    run (the series, volume and page make the pinpoint, as ``4th Ser., I. 735`` does)."""
    tags = list(tags)
    for (first, last, label), nxt in runs_and_the_next(tag_spans(tokens, tags)):
        if label not in _TITLE_RUNS or nxt[2] not in ("volume", "locator"):
            continue
        end = last
        while end > first and tokens[end - 1].text in ",.":
            end -= 1
        word = end - 1
        if word - 2 <= first or tokens[word].text.lower() not in _SERIES_WORDS or not _ORDINAL.fullmatch(tokens[word - 1].text) \
                or tokens[word - 2].text != ",":
            continue
        relabel(tags, word - 1, nxt[1], nxt[2])
    return tags


@needs(any_word(_SERIES_WORDS))
def rule_series_number_in_brackets_is_no_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``"Character of the Indian Trade" (Johns Hopkins University Studies, Series ix), pp. 61 ff.``: a locator run
    right after the word ``Series`` inside a bracket, closing it, with the cite's pinpoint after the bracket,
    is the series' number: it joins the run the word is in (the publisher's or series' name)."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for j in range(1, len(runs) - 1):
        first, last, label = runs[j]
        before = runs[j - 1]
        if label != "locator" or before[1] != first or before[2] in ("locator", "volume") \
                or tokens[first - 1].text.lower().rstrip(".") not in _SERIES_WORDS:
            continue
        if tokens[last - 1].text != ")" or not any(r[2] == "locator" for r in runs[j + 1:j + 2]):
            continue
        relabel(tags, before[0], last - 1, before[2])
        tags[last - 1] = "prose"
    return tags




@needs(any_word(load("months")), any_tag(DATE_TAGS))
def rule_months_before_a_year_are_the_date(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``no. 40 (November–December 1966): 11–37``: a run of month or season names (joined by a dash or
    ``/``, its opening bracket before them perhaps) read as another field, right before a date run that
    opens on a year, is the start of that date: one date run; so are such names left as prose after a comma, with
    the comma after them (``The Class Struggle, May-June, 1918``), and a month and day that end another run after its
    comma (``Congressional Globe, 38th Congress, 1st Session, April 29, 1864``; ``(Schools Project, Digital Repository,
    November 14, 2009)``, where a publisher took them)."""
    months = load("months")
    runs = tag_spans(tokens, tags)
    out = None
    for (first, last, label), (date, _, after) in zip(runs, runs[1:]):
        if label == "date" or after != "date" or date != last or not YEAR.fullmatch(tokens[date].text):
            continue
        words = [t.text for t in tokens[first + (tokens[first].text == "("):last]]
        if len(words) >= 3 and all(fold(w.rstrip(".")) in months for w in words[::2]) \
                and all(w in "-–—/" for w in words[1::2]) and len(words) % 2:
            out = out or list(tags)
            relabel(out, first, last, "date")
            out[date] = "I-date"
        month = month_and_day_before(tokens, last - 1) if tokens[last - 1].text == "," else None
        if label in ("note", "title", "container-title", "publisher") and month is not None and month >= first \
                and (month == first or tokens[month - 1].text == ","):
            out = out or list(tags)  # "Congressional Globe, 38th Congress, 1st Session, April 29, 1864": its day
            relabel(out, month, last, "date")
            out[date] = "I-date"
    for date in (start for start, _, label in runs  # (each B- tag opens a run)
                 if label == "date" and tags[start] == "B-date" and YEAR.fullmatch(tokens[start].text)):
        first = _months_left_as_prose(tokens, out or tags, date, months)
        if first is not None:  # "…, in The Class Struggle, May-June, 1918": the months the tagger left as prose
            out = out or list(tags)
            relabel(out, first, date + 1, "date")
    return out or tags


#: A day of the month as a number, perhaps ordinal (``6``, ``6th``, ``21st``).
_DAY_OF_THE_MONTH = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|d)?")


@needs(any_word(load("months")), any_tag(DATE_TAGS))
def rule_periodicals_day_written_without_a_comma_is_the_date(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Derby Mercury December 6th 1932``, ``Morning Star 12 March 1984``: a periodical's name written without a
    comma before its issue's day date: the month's name and day (perhaps ordinal) ending the title or container
    run right before a date run opening on the year, or a day ending it before a date run opening on the month, go
    to the date. A month alone is moved only out of a container (``Labour Monthly March 1926``), not out of a
    title (``Red October 1917``)."""
    months = load("months")
    out = None
    runs = tag_spans(tokens, tags)
    for (first, last, label), (date, _, after) in zip(runs, runs[1:]):
        if label not in ("title", "container-title") or after != "date" or date != last or last - first < 3:
            continue
        opening = tokens[date].text
        if YEAR.fullmatch(opening):
            day = last - 1 if _DAY_OF_THE_MONTH.fullmatch(tokens[last - 1].text) else None
            month = (day if day is not None else last) - 1
            if fold(tokens[month].text) not in months or day is None and label != "container-title":
                continue
        elif fold(opening.rstrip(".")) in months and _DAY_OF_THE_MONTH.fullmatch(tokens[last - 1].text) \
                and tokens[last - 2].text[:1].isupper():
            month = last - 1
        else:
            continue
        if month - first < 2 or tokens[month - 1].text in (",", ".", ":", ";"):
            continue  # a name of two words at least before it, no comma (a comma's month is the rule above's)
        out = out or list(tags)
        relabel(out, month, last, "date")
        out[date] = "I-date"
    return out or tags


@needs(any_word(load("months")), any_written(_DASHES), any_tag(DATE_TAGS))
def rule_day_range_before_a_dated_month_is_the_date(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Christie’s, New York, 26–27 May 2010``, ``Leeds, 14–16 March 2019``: two days joined by a dash, right before
    a date run that opens on a month's name and its year, are that date's days, whatever the tagger read in them
    (pages, a pinpoint); the range opens the note or follows a comma, a semicolon or a bracket."""
    months = load("months")
    out = None
    for month in range(3, len(tokens) - 1):
        if tags[month] != "B-date" or fold(tokens[month].text) not in months:
            continue
        year = month + 1 + (tokens[month + 1].text == ".")  # "May 2010", "Dec. 2010"
        if year >= len(tokens) or not YEAR.fullmatch(tokens[year].text):
            continue
        first, dash, last = (token.text for token in tokens[month - 3:month])
        if dash not in ("-", "–") or not (first.isdigit() and last.isdigit()) or not 1 <= int(first) < int(last) <= 31 \
                or month > 3 and tokens[month - 4].text not in (",", ";", "(", "["):
            continue
        out = out or list(tags)
        relabel(out, month - 3, month, "date")
        out[month] = "I-date"
    return out or tags


def month_and_day_before(tokens: Sequence[Token], comma: int) -> int | None:
    """The token of the month's name in a month and day right before the comma at ``comma`` (``May 12,``,
    ``Nov. 12,``); None when no month and day end there."""
    day = comma - 1
    month = day - 1 - (day > 0 and tokens[day - 1].text == ".")
    if month < 0 or not re.fullmatch(r"\d{1,2}", tokens[day].text) or fold(tokens[month].text) not in load("months"):
        return None
    return month


def _months_left_as_prose(tokens: Sequence[Token], tags: list[str], date: int, months: frozenset[str]) -> int | None:
    """The first token of month names (one, or several joined by dashes or ``/``) left as prose, and the comma after
    them, right before the year at ``date``, after a comma or an opening bracket; None when there are none."""
    k = date - 1 - (date > 0 and tokens[date - 1].text == ",")
    end = k + 1
    while k >= 0 and tags[k] == "prose" and (fold(tokens[k].text.rstrip(".")) in months if (end - k) % 2 else tokens[k].text in "-–—/"):
        k -= 1
    first = k + 1
    if first >= end or (end - first) % 2 == 0 or first == 0 or tokens[first - 1].text not in (",", "("):
        return None
    return first


#: Words after which a cite by its author's name and year may open in a sentence (``See Deutscher 1954, 45``).
_AUTHOR_DATE_OPENERS = frozenset({";", "(", "see", "cf", "also", "and", "compare", "follow", "following"})
#: A page or pages cited after an author's year: ``45``, ``12–15``, ``1:12–15``, ``chap. 2``; the cite ends after them
#: (a stop, a bracket, the note's end, or a comma and the next cite's ``and``, ``see``, ``cf.``).
_AUTHOR_DATE_PAGES = re.compile(r"(?:(?:[\dIVXLCivxlc]+:\s*)?\d+(?:\s*[-–]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*"
                                r"|(?:pp?\.?\s*|(?:chap|ch)\.\s*|(?i:chapters?)\s+)\d+(?:\s*[-–]\s*\d+)?)"
                                r"(?=\s*[.;)]|\s*$|\s*,\s*(?:and|see|cf\.?)\s)")


@needs(any_tag("B-author"), any_tag("B-date"))
def rule_pinpoint_after_an_authors_comma_and_year(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Harman, 1999, pp. 45-47.``, ``See Callinicos, 2009, chapter 3; …``, ``Van der Linden, 2007, pp118-123``: an
    author run opening the note or a cite (after ``;`` or a lead-in word), a year read as the date and its comma, then
    pages (:data:`_AUTHOR_DATE_PAGES`) to the cite's end, read as pages or prose: the pinpoint of a cite by author
    and date."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "author" or first > 0 and fold(tokens[first - 1].text.rstrip(".")) not in _AUTHOR_DATE_OPENERS | {"in"} \
                and tokens[first - 1].text != "." or last + 2 >= len(tokens):
            continue
        year = last
        if tags[year] != "B-date" or not YEAR.fullmatch(tokens[year].text) or tokens[year + 1].text != ",":
            continue
        start = year + 2
        page = _AUTHOR_DATE_PAGES.match(text, tokens[start].start)
        if page is None or any(split_label(tags[k])[1] not in ("prose", "pages", "locator")
                               for k in range(start, len(tokens)) if tokens[k].start < page.end()):
            continue
        end = next((k for k in range(start, len(tokens)) if tokens[k].start >= page.end()), len(tokens))
        if all(split_label(tags[k])[1] == "locator" for k in range(start, end)):
            continue
        out = out or list(tags)
        if split_label(tags[year + 1])[1] != "date":
            out[year + 1] = "I-date"
        relabel(out, start, end, "locator")
        open_run(out, take_trailing_mark(tokens, out, end, "locator", (".",)))
    return out or tags


#: An acronym, a volume of up to three digits and a page (``MECW 40: 301``): what the rule below needs somewhere.
_ACRONYM_VOLUME_PAGE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,5}\s+\d{1,3}\s*[:,]\s*\d")  # (its first letter first: a fast scan)


@needs(any_mark(":", ","), any_match(_ACRONYM_VOLUME_PAGE))
def rule_acronym_volume_and_page_is_a_short_form(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``MECW 40: 301``, ``LCW 38: 45``, ``CW 5, 12``: a collection cited by its acronym (two to six capitals) opening the
    note or a cite (after ``;``, ``see``…), then a volume (up to three digits: no year) and a page: the acronym is the
    title cited short, the volume and page its pinpoint."""
    out = None
    for k in range(len(tokens) - 3):
        word = tokens[k].text
        if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()) or not tokens[k + 1].text.isdigit() \
                or len(tokens[k + 1].text) > 3 \
                or tokens[k + 2].text not in (":", ",") or not tokens[k + 3].text[:1].isdigit() \
                or k > 0 and fold(tokens[k - 1].text.rstrip(".")) not in _AUTHOR_DATE_OPENERS:
            continue
        end = k + 4
        while end < len(tokens) and (tokens[end].text in ("-", "–", ",") and end + 1 < len(tokens)
                                     and tokens[end + 1].text[:1].isdigit() or tokens[end].text[:1].isdigit()):
            end += 1
        out = out or list(tags)
        relabel(out, k, k + 1, "title")
        relabel(out, k + 1, end, "locator")
        open_run(out, take_trailing_mark(tokens, out, end, "locator", (".",)))
        if end < len(tokens) and tokens[end].text == ";":
            out[end] = "prose"  # the next cite's separator
    return out or tags


#: A collection cited by its name cut short word by word (two to six words, each a capital and up to seven letters and
#: its stop: ``Hans. U. B.``, ``Mon. Germ. SS.``, ``Cal. S. P. Dom.``), a Roman volume, and a number (``n. 205``,
#: ``Nr. 12``, ``no. 4``) or page (``S. 60``, ``p. 12``) with those listed after it (``n. 13, 14, 63``, ``S. 60 ff.``);
#: it opens the note, a sentence, a clause after ``;`` or ``vgl.``/``cf.``, or a cite after another's last number.
_ABBREVIATED_COLLECTION_CITE = re.compile(
    r"(?P<name>(?!(?:Vgl|Cf|See|Siehe|Voir)\.)(?:(?!(?:Vol|Vols|Bd|Bde|Tom|Tome)\.)[A-Z][a-zäöüéèA-Z]{0,7}\.\s?){2,6})\s*"
    r"(?P<pinpoint>(?:(?:Vol|Bd|Tom|Tome)\.\s*)?[IVXLC]{1,6}\s+(?:[nN](?:r|o|os|um)?\.?|S\.|pp?\.)\s*[\dIVXLCivxlc]+(?:\s*[-–]\s*\d+)?"
    r"(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*(?:\s+ff?\.)?)")
#: What ends right before such a cite: the note's start, a stop, ``;`` or ``:``, a citing word, or a number and comma.
_COLLECTION_CITE_OPENS_AFTER = re.compile(r"(?:^|[.;:]\s+|\b(?:vgl|cf|see|siehe|voir)\.?\s+|\d,\s+)\Z", re.I)
#: What such a cite cannot do without: a Roman volume, then a number or page word (``II n.``, ``VI S.``, ``I p.``).
_ROMAN_VOLUME_AND_NUMBER_WORD = re.compile(r"[IVXLC]\s+(?:[nN]|S\.|pp?\.)")


@needs(any_mark("."), any_match(_ROMAN_VOLUME_AND_NUMBER_WORD))
def rule_abbreviated_collection_volume_and_number_is_a_short_form(text: str, tokens: Sequence[Token],
                                                                   tags: list[str]) -> list[str]:
    """``Hans. U. B. I n. 205.``, ``Hans. Gesch. Qu. VI n. 95, 104, 107-109, Hans. U. B. II n. 477``, ``vgl. Mon. Germ.
    SS. XVI n. 12``: a collection named by words cut short, a Roman volume and a numbered item or page
    (:data:`_ABBREVIATED_COLLECTION_CITE`) are a short form: the name its title, the volume and numbers its pinpoint,
    however the tagger read them."""
    out = None
    for match in _ABBREVIATED_COLLECTION_CITE.finditer(text):
        words = match.group("name").split()
        if not _COLLECTION_CITE_OPENS_AFTER.search(text, max(0, match.start() - 8), match.start()) \
                or not words[0][:1].isupper() or all(len(w) <= 2 for w in words):
            continue  # "J. S." initials alone are a person's
        first, middle = token_at(tokens, match.start("name")), token_at(tokens, match.start("pinpoint"))
        end = next((k for k in range(middle or 0, len(tokens)) if tokens[k].end >= match.end()), None) if middle else None
        if first is None or middle is None or end is None:
            continue
        out = out or list(tags)
        if out[first].startswith("I-"):
            prose_before(out, first)
        relabel(out, first, middle, "title")
        relabel(out, middle, end + 1, "locator")
        open_run(out, take_trailing_mark(tokens, out, end + 1, "locator", (".",)))
    return out or tags


#: Words that open a pinpoint a publisher's run may have swallowed (``Doubleday, Doran, chapter 9``).
_PINPOINT_WORDS = frozenset({"p", "pp", "ch", "chap", "chaps", "chapter", "chapters", "sec", "sect", "section", "part", "pt"})


#: The words of a numbered part of a work (``No. 15``, ``nºs 41 et 42``): its number word.
_NUMBER_WORDS = frozenset({"no", "nos", "nº", "nºs", "n°", "n°s", "number", "numbers"})
#: Lead-in words a title cited by its numbered parts may follow (``Voyez Fédéraliste, nº 52``, ``See The Federalist``).
_LEAD_IN = frozenset({"see", "voyez", "voir", "vgl", "cf", "also", "aussi", "et", "and"})


#: A number word right after a comma (``, No. 15``, ``, nºs 41``): what :func:`rule_numbered_part_after_a_title` needs.
_NUMBER_WORD_AFTER_A_COMMA = re.compile(r",\s*(?:[Nn](?:os?|º|°)s?\.?|[Nn]umbers?)(?![^\W\d_])")


@needs(any_mark(","), any_word(_NUMBER_WORDS), any_match(_NUMBER_WORD_AFTER_A_COMMA))
def rule_numbered_part_after_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``The Federalist, No. 15.``, ``Voyez Fédéraliste, nº 52-66, inclusivement.``: capitalised words opening a
    sentence (or after a lead-in word), a comma and a numbered part (``No.``, ``nº``, ``nºs 41 et 42``) are a work's
    title and the pinpoint of the part cited, whatever the tagger read (prose, a title run on into the number). A number
    followed by a bracketed date run is a periodical's issue (``Spartacist, no. 40 (Summer 1987): 3``): left alone."""
    changed: list[str] | None = None
    for j in range(2, len(tokens) - 1):
        if tokens[j].text.lower().rstrip(".") not in _NUMBER_WORDS or tokens[j - 1].text != ",":
            continue
        start = j - 1
        while start > 0 and j - 1 - start < 8 and (tokens[start - 1].text[:1].isupper() and tokens[start - 1].text.isalpha()
                                                   or tokens[start - 1].text in FUNCTION_WORDS):
            start -= 1
        while start < j - 1 and (tokens[start].text.lower() in _LEAD_IN or tokens[start].text in FUNCTION_WORDS):
            start += 1
        before = tokens[start - 1].text if start else "."
        if start >= j - 1 or not tokens[start].text[:1].isupper() \
                or not (before in (".", ";", ":") or before.lower().rstrip(".") in _LEAD_IN) \
                or any(split_label(tag)[1] not in ("prose", "title", "container-title", "note") for tag in tags[start:j - 1]) \
                or before == ":" and split_label(tags[start - 1])[1] in ("title", "container-title"):
            continue  # (a colon inside a title's run opens its subtitle: ``Critique: Journal of Socialist Theory, no. 20``)
        match = _LOCATOR.match(text, tokens[j].start)
        if match is None:
            continue
        end = j
        while end < len(tokens) and tokens[end].end <= match.end():
            end += 1
        while end > j + 1 and tokens[end - 1].text in ",;:.":
            end -= 1
        if not any(t.text[:1].isdigit() for t in tokens[j:end]):
            continue
        if end < len(tokens) and tokens[end].text == "(" and split_label(tags[end])[1] == "date":
            continue  # "Spartacist, no. 40 (Summer 1987): 3": a periodical's issue and its date, not a part of a work
        changed = changed if changed is not None else list(tags)
        relabel(changed, start, j, "title")
        relabel(changed, j, end, "locator")
        open_run(changed, end)
    return changed if changed is not None else tags


#: Words naming a reference work cited by its entries (``Métivier’s Dictionary``, ``Glossary``, ``Lexikon``).
_REFERENCE_WORK = re.compile(r"(?i)\b(?:dictionar(?:y|ies)|dictionnaire|diccionario|dizionario|w[öo]rterbuch|lexi(?:con|kon|que)|"
                             r"glossar(?:y|ium)|gazetteer|encyclop(?:a|æ|e)?dia|enzyklop[äa]die)\b")


#: A piece every word :data:`_REFERENCE_WORK` names holds, lower-cased: a cheap test before the pattern's.
_REFERENCE_STEMS = ("diction", "diccion", "dizion", "rterbuch", "lexi", "glossar", "gazetteer", "ncyclop", "nzyklop")


def rule_entry_of_a_reference_work(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``See Métivier’s Dictionary, Mielles.``, ``Métivier’s Dictionary “Etrain.”``: right after the title of a
    dictionary (glossary, lexicon, encyclopaedia), a headword (one capitalised word, or a quoted word or two) that
    ends the sentence is the entry cited: the pinpoint, which the page grammar would not read."""
    lowered = text.lower()
    if not any(stem in lowered for stem in _REFERENCE_STEMS) or not _REFERENCE_WORK.search(text):
        return tags
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("title", "container-title") or not _REFERENCE_WORK.search(text, tokens[first].start, tokens[last - 1].end):
            continue
        end = last - (tokens[last - 1].text == ",")  # the title's own comma
        k = last
        if k < len(tokens) and tokens[k].text == "," and tags[k] == "prose":
            k += 1
        if k >= len(tokens) or any(tags[i] != "prose" for i in range(k, min(len(tokens), k + 3))):
            continue
        if tokens[k].text in OPENING_QUOTES:
            close = next((i for i in range(k + 1, min(len(tokens), k + 5)) if tokens[i].text == QUOTE_PAIRS.get(tokens[k].text)), None)
            if close is None or close == k + 1:
                continue
            stop = close + 1
        elif tokens[k].text[:1].isupper() and tokens[k].text.isalpha():
            stop = k + 1
        else:
            continue
        rest = text[tokens[stop - 1].end:].lstrip(" .,”’\"")
        if rest and not rest.startswith(("—", "-", "(", ";")) and not rest[:1].isupper():
            continue  # words of a sentence run on after the word: it is no headword
        changed = changed if changed is not None else list(tags)
        if end < last:
            changed[end] = "prose"
        relabel(changed, k, stop, "locator")
    return changed if changed is not None else tags


#: A book's number in upper-case Roman numerals (``XII``, ``III``, ``I``).
_UPPER_ROMAN = re.compile(r"[IVXLC]{1,6}")
#: Such a numeral alone between a comma or semicolon and a comma (``, XII,``, ``; III,``).
_UPPER_ROMAN_BETWEEN_COMMAS = re.compile(r"[,;]\s*[IVXLC]{1,6}\s*,")


@needs(any_tag("B-locator"))
def rule_roman_book_before_a_number_joins_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Elien, XII, 23.``, ``Pomponius Mela; III, 7.``, ``Punica, I, 225 et suiv.``: an upper-case Roman numeral
    after a comma or semicolon that ends a name or title run (or is the whole run) with its comma, right before a
    locator run opening on a number or a pinpoint's word (``Coran, III, v. 139``), is the book the number is in: it
    heads the pinpoint (one locator run)."""
    if not _UPPER_ROMAN_BETWEEN_COMMAS.search(text):
        return tags
    out = None
    for comma in comma_indexes(tokens):  # the comma after the numeral
        i = comma - 1
        if i < 1 or i >= len(tokens) - 2:
            continue
        label = split_label(tags[i])[1]
        if label not in ("author", "title", "container-title") or not _UPPER_ROMAN.fullmatch(tokens[i].text) \
                or tokens[i - 1].text not in (",", ";") or tokens[i + 1].text != "," or tags[i + 1] != "I-" + label \
                or tags[i + 2] != "B-locator" \
                or not (tokens[i + 2].text[:1].isdigit() or _opens_on_a_lead_word(tokens[i + 2].text)):
            continue
        out = out or list(tags)
        if out[i] == "I-" + label and out[i - 1] == "I-" + label and i >= 2 and tokens[i - 1].text == ";":
            out[i - 1] = "prose"
        out[i], out[i + 1], out[i + 2] = "B-locator", "I-locator", "I-locator"
    return out or tags


@needs(any_written("No"))
def rule_one_word_before_a_numbered_part_is_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Federalist, No. 15.``, ``Spectator, No. 10``: a name run of one capitalised word and its comma, opening the
    note or its clause, right before an issue run of only ``No.`` and a number, names a work issued in numbered parts
    (a periodical essay, a paper of a series), not its author: the word is the title and the number the pinpoint."""
    out = None
    runs = tag_spans(tokens, tags)
    for (first, last, label), (after, end, next_label) in zip(runs, runs[1:]):
        if label != "author" or last - first != 2 or tokens[first + 1].text != "," or after != last \
                or next_label != "issue" or not tokens[first].text[:1].isupper() or not tokens[first].text.isalpha() \
                or first and tokens[first - 1].text not in (".", ";", "(") \
                or tokens[after].text != "No" or end - after < 3 or not tokens[after + 2].text.isdigit() \
                or any(t.text not in ".,;" for t in tokens[after + 3:end]):
            continue
        out = out or list(tags)
        relabel(out, first, last, "title")
        relabel(out, after, end, "locator")
    return out or tags


@needs(any_word(_SERIES_WORDS))
def rule_numbered_series_after_a_title_opens_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``See Notes and Queries, IV. Series. Vol. VIII., p. 506.``, ``…, 2nd Series, Vol. IX., 259.``: a numbered series
    (an ordinal or a Roman numeral and ``Series``/``Ser.``) right after a title run and its comma, read as a volume,
    a series' name or the like, opens the pinpoint: the series, volume and page (as far as the pinpoint grammar
    reaches) are one locator run; a series' name run that held the title before it gives that title back."""
    out = None
    for k in range(3, len(tokens)):
        if tokens[k].text.lower() not in _SERIES_WORDS:
            continue
        number = k - 1 - (tokens[k - 1].text == ".")
        if not (_ORDINAL.fullmatch(tokens[number].text) or ROMAN_NUMERAL.fullmatch(tokens[number].text)) \
                or number < 2 or tokens[number - 1].text != "," \
                or split_label((out or tags)[number - 2])[1] not in ("title", "container-title", "collection-title") \
                or split_label((out or tags)[number])[1] not in ("volume", "collection-title", "locator", "issue"):
            continue
        match = _LOCATOR.match(text, tokens[number].start)
        end = number
        while match and end < len(tokens) and tokens[end].end <= match.end():
            end += 1
        while end > k + 1 and tokens[end - 1].text in ",;:.":
            end -= 1
        if end <= k + 1 or not any(t.text[:1].isdigit() for t in tokens[k + 1:end]):
            continue  # "Mass. Hist. Coll., 3rd Series, V.": the set's volume, no page: no pinpoint
        out = out or list(tags)
        if split_label(out[number - 2])[1] == "collection-title":  # "Notes and Queries, IV. Series, …" read as one
            head = number - 2  # series' name: the periodical is the title, its series the pinpoint's head
            while head > 0 and out[head].startswith("I-"):
                head -= 1
            relabel(out, head, number - 1, "title")
            out[number - 1] = "prose"
        relabel(out, number, end, "locator")
        while end < len(tokens) and tokens[end].text in ",;:." and out[end].startswith("I-"):
            out[end] = "prose"  # the closing stop the pinpoint run held
            end += 1
        open_run(out, end)
    return out or tags


#: German words for a part of a work that a number follows or precedes (``Thl. I.``, ``Th. II.``, ``I. Th.``, ``B. XXV.``),
#: folded: a single letter (``B.``) only before a Roman number.
_PART_BEFORE_A_NUMBER = frozenset({"th", "thl", "theil", "teil", "bd", "band", "abth", "abt", "abschn", "heft", "st"})


def _part_and_number(tokens: Sequence[Token], k: int) -> int | None:
    """Where a part's word and its number starting at token ``k`` end (``Thl. I.``, ``Th. 2.``, ``B. XXV.``, ``I. Th.``,
    ``2. Bd.``): the index after them, None when they are not there."""
    def word(i: int) -> bool:
        return i < len(tokens) and (fold(tokens[i].text) in _PART_BEFORE_A_NUMBER or tokens[i].text == "B"
                                    and i + 2 < len(tokens) and ROMAN_NUMERAL.fullmatch(tokens[i + 2].text) is not None)

    def number(i: int) -> bool:
        return i < len(tokens) and (ROMAN_NUMERAL.fullmatch(tokens[i].text) is not None
                                    or re.fullmatch(r"\d{1,2}", tokens[i].text) is not None)

    def stop(i: int) -> int:
        return i + (i < len(tokens) and tokens[i].text == ".")

    if word(k) and stop(k + 1) == k + 2 and number(k + 2):
        return stop(k + 3)
    if number(k) and stop(k + 1) == k + 2 and word(k + 2) and not (tokens[k + 2].text == "B"):
        return stop(k + 3)
    return None


@needs(any_tag(_LOCATOR_TAGS))
def rule_part_and_its_number_open_the_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Leibniz, Theodicee, Thl. I. §. 96``, ``Leibnitz Theodicee I. Th. §. 96``, ``Hauber, Bibl. mag. Th. III. S. 10``:
    a German part's word and its number (:func:`_part_and_number`, either order) right before a pinpoint run open that
    pinpoint, whatever the tagger read in them (a title's last words, a volume, an author); a volume before a part of
    the book and its page (``Th. II. Anhang, S. 349``) is left to the cite, which joins them."""
    if _PART_BEFORE_A_NUMBER.isdisjoint(folded_words(tokens)) and "B" not in token_texts(tokens):
        return tags  # no part's word (:func:`_part_and_number`)
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "locator" or first < 3:
            continue
        for start in (first - 4, first - 3):
            if start >= 0 and _part_and_number(tokens, start) == first \
                    and any(split_label((out or tags)[i])[1] != "locator" for i in range(start, first)) \
                    and not (fold(tokens[first].text) in _BOOK_PARTS
                             and all(split_label((out or tags)[i])[1] == "volume" for i in range(start, first))):
                out = out or list(tags)
                relabel(out, start, last, "locator")
                open_run(out, last)
                break
    return out or tags


@needs(any_tag("B-ibid"))
def rule_day_date_after_an_ibid_is_its_date(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Doreil au Ministre, 31 Juillet, 1758. Ibid. 12 Août, 1758.``, ``Ibid., 1826.``: a day date (a day, a month's
    name or its first letters, a year), or a year alone ending the sentence, right after an ibid run (its comma
    aside) is read as its pinpoint, whatever the tagger read there (a year alone: which of a series' yearly
    volumes); the linker takes such a day for the date of another letter of the same writer and addressee, or of
    another issue of the same paper (``_DocumentLinker.another_issue`` in :mod:`notecite.link.resolve`)."""
    months = load("months")
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "ibid":
            continue
        day = last + (last < len(tokens) and tokens[last].text == ",")
        if day < len(tokens) and YEAR.fullmatch(tokens[day].text) and (
                day + 1 == len(tokens) or tokens[day + 1].text in ".;" and (
                    day + 2 == len(tokens) or tokens[day + 2].text.isalpha() and tokens[day + 2].text[:1].isupper()
                    and not _LOCATOR.match(text, tokens[day + 2].start))):  # not "a.a.O., 1902. 3. Buch. S. 41"
            out = out or list(tags)  # "Ibid., 1826.": the year of another of the series' volumes
            out[last:day] = ["prose"] * (day - last)
            relabel(out, day, day + 1, "locator")
            open_run(out, day + 1)
            continue
        if day + 2 >= len(tokens) or not re.fullmatch(r"\d{1,2}", tokens[day].text) or fold(tokens[day + 1].text) not in months:
            continue
        year = day + 2
        while year < len(tokens) and tokens[year].text in ".,":
            year += 1
        if year >= len(tokens) or not YEAR.fullmatch(tokens[year].text):
            continue
        out = out or list(tags)
        out[last:day] = ["prose"] * (day - last)
        relabel(out, day, year + 1, "locator")
        open_run(out, year + 1)
    return out or tags


#: Words a Roman numeral after them belongs to (``Part II. 3``, ``Book IV. 12``): the numeral names that part.
_NUMBERED_PART_WORDS = frozenset({"part", "book", "chapter", "volume", "vol", "tome", "teil", "band", "livre", "section"})


#: A bracket holding only a classical book and chapter (``(xxii. 14.)``, ``(xx. 9,)``, ``(xxi. 14, 15, 16;)``).
_BRACKETED_BOOK_AND_CHAPTER = re.compile(r"\(\s*(?P<pinpoint>[ivxlc]{1,7}\.\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\s*[.,;]?\s*\)")


@needs(any_mark("("))
def rule_bracketed_book_and_chapter_in_prose_is_a_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…increasing the numbers of his friends, (xxii. 14.)``: a bracket that holds only a book in lower-case Roman
    numerals and its chapter(s), left as prose, is a pinpoint (the cite assembly gives it to the author's work cited
    before it in the note)."""
    out = None
    starts = token_starts(tokens)
    for match in _BRACKETED_BOOK_AND_CHAPTER.finditer(text):
        inside = tokens_within(tokens, starts, match.start("pinpoint"), match.end("pinpoint"))
        if not inside or any((out or tags)[i] != "prose" for i in inside):
            continue
        out = out or list(tags)
        relabel(out, inside[0], inside[-1] + 1, "locator")
    return out or tags
