"""Rules about name runs (author, editor, translator): where a name starts and ends."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import product
from typing import Collection, Sequence

from ...normalize.dates import DOTTED_DAY, MONTHS
from ...normalize.lexicon import NAMES_FOLDED, WORDS
from ...normalize.names import PARTICLES as NAME_PARTICLES, is_institution
from ...normalize.places import is_known_place
from ...normalize.types import _NEWSPAPER as _NEWSPAPER_WORDS
from ..dictionaries import fold, load
from ...textscan import may_hold
from ..labels import open_run, relabel, relabel_runs, take_trailing_mark, runs_and_the_next, runs_of_spans, tag_set, tag_spans, token_at, token_starts
from ..model import Token, split_label
from .boundaries import CITING_VERBS, _sentence_starts
from .titles import _quoted_segments
from .locators import _LOCATOR, YEAR
from .words import (AUTHOR_TAGS, QUOTE_PAIRS, RECORD_WORDS, DATE_TAGS, IMPRINT_TAGS, BOOK_PART_TO, DAYBOOK_WORDS, BY_WORDS, CONTRIBUTION_BY, family_name_like, full_name, opens_an_imprint, run_ends_before_an_imprint, FUNCTION_WORDS, GENERIC_WORKS, OFFICE_NOUN, OFFICE_NOUN_TOKENS, PAPER_NOUNS, ROMAN_NUMERAL, ROMAN_VOLUME_PINPOINT, capitalised_word, ends_a_sentence, past_lead_words, lead_word, IMPRINT_LABELS, IN_WORDS, ISSUE_WORDS, NAME_LABELS, NAME_TAGS, OPENING_QUOTES, closing_quote,
                    POSSESSIVE_END,
                    ORGANISATION_WORDS, OF_WORDS, REVIEW_OF, WRITINGS_OF_A_PERSON, THEIR_WORDS, PERIOD, TITLE_TAGS, folded_words, glued_hyphen, lowered_words, tags_of, title_words_end, token_texts, tokens_at,
                    comma_indexes)
from .needs import any_folded, any_mark, any_match, any_tag, any_word, any_written, needs

_AUTHOR_OR_EDITOR_TAGS = tags_of(("author", "editor"))
_PINPOINT_TAGS = tags_of(("locator", "pages"))
#: The tags that open a title or container run a possessive may open.
_OPENING_TITLE_TAGS = frozenset({"B-title", "B-container-title"})
#: A character that may be a capital (``str.isupper``): A-Z, a Latin-1 capital, or any character beyond Latin-1 (more
#: than the capitals, for the patterns below that a note without a capital where they need one cannot match).
_MAY_BE_A_CAPITAL = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\U0010ffff]"
#: A stop right after a letter that may be a capital and is a token of its own (a letter, digit or mark of a word before
#: it would make it the end of that word; a capital that is no letter, ``Ⓐ``, is one wherever it stands): an initial
#: glued to its full stop (``Z.``).
_INITIAL_GLUED_TO_ITS_STOP = re.compile(r"\.(?<=(?<![^\W_])" + _MAY_BE_A_CAPITAL + r"\.|[^\w\s\x00-\xff]\.)")
#: Such a stop, or one after a space: an initial and its full stop, glued or not (``Z.``, ``Z .``).
_INITIAL_AND_ITS_STOP = re.compile(r"\.(?<=(?<![^\W_])" + _MAY_BE_A_CAPITAL + r"\.|[^\w\s\x00-\xff]\.|\s\.)")


def _with_dotless_i(words: Collection[str]) -> frozenset[str]:
    """``words`` (folded) and each of them with any of its ``i`` written ``ı``: ``re.IGNORECASE`` matches ``ı`` to
    ``i`` and :func:`~notecite.parse.dictionaries.fold` keeps it (``İ`` and ``ſ`` it folds to ``i`` and ``s``)."""
    def spellings(c: str) -> tuple[str, ...]:
        return ("i", "ı") if c == "i" else (c,)
    return frozenset("".join(spelling) for word in words for spelling in product(*map(spellings, word)))


def _capitalised_spellings(words: Collection[str]) -> frozenset[str]:
    """The tokens that open on a capital and lower-case to one of ``words`` (lower-case ASCII words): each letter in
    either case, the first a capital (the Kelvin sign ``K`` lower-cases to ``k`` too; no other character lower-cases to
    ASCII letters alone)."""
    def cases(c: str) -> tuple[str, ...]:
        return (c, c.upper(), "\u212a") if c == "k" else (c, c.upper())
    return frozenset(first + "".join(rest) for word in words for first in cases(word[0])[1:]
                     for rest in product(*map(cases, word[1:])))


@needs(any_tag(NAME_TAGS), any_mark("."), any_match(_INITIAL_GLUED_TO_ITS_STOP))
def rule_name_ends_on_surname(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """A name in natural order never ends on an initial: when an author or editor run without a
    comma stops at ``Z`` and the ``.`` after it starts another field (``Wendy Z`` + ``. Goldman,
    Women…``), the period and the one or two capitalised words up to the next comma complete the
    name, and the field that was cut starts after that comma. So when the run takes the period and the
    next field starts on the family name before a lower-case genre (``George H. W.`` + ``Bush signing
    statement, DATE``): the name takes the family name, and the field starts on the genre."""
    tags = list(tags)
    for period in tokens_at(text, tokens, PERIOD):
        i = period - 1  # the initial before the period
        if i < 0:
            continue
        if i >= len(tokens) - 3:
            break
        if not (len(tokens[i].text) == 1 and tokens[i].text.isupper() and tokens[i + 1].text == "."
                and tokens[i].end == tokens[i + 1].start):
            continue
        kind = split_label(tags[i])[1]
        if kind not in ("author", "editor", "translator"):
            continue
        period_in_name = split_label(tags[i + 1])[1] == kind
        if period_in_name and not (tags[i + 2].startswith("B-") and split_label(tags[i + 2])[1] != kind):
            continue
        first = i
        while first > 0 and tags[first].startswith("I-"):
            first -= 1
        if any(tokens[k].text == "," for k in range(first, i)):
            continue  # "Smith, J." is an inverted name: it may well end on the initial
        words = i + 2
        while words < len(tokens) and words - (i + 2) < 3 and tokens[words].text[:1].isupper() \
                and tokens[words].text.replace("-", "").replace("'", "").isalpha():
            words += 1
        if not 1 <= words - (i + 2) <= 2 or words >= len(tokens):
            continue
        genre = period_in_name and words == i + 3 and tokens[words].text.isalpha() and tokens[words].text.islower() \
            and tokens[words].text not in FUNCTION_WORDS \
            and any(len(tokens[k].text) > 2 and tokens[k].text.isalpha() for k in range(first, i))  # a given name
        if not genre and (period_in_name or tokens[words].text != ","):
            continue
        cut = split_label(tags[i + 2 if period_in_name else i + 1])[1]
        for k in range(i + 1, words + (not genre)):  # the comma is the name's separator, as in training
            tags[k] = "I-" + kind
        nxt = words + (not genre)
        if cut not in ("prose", kind) and nxt < len(tags) and split_label(tags[nxt])[1] == cut:
            tags[nxt] = "B-" + cut
    return tags


#: What every note the rule below changes holds: an initial's capital and full stop (one to three) before a
#: capitalised word (``F. M. Eden``).
_INITIALS_AND_A_NAME = re.compile(r"[A-Z](?<![^\W\d_][A-Z])\.\s*(?:[A-Z]\.\s*){0,2}[A-Z][a-z]")  # (its first letter first: a fast scan)


@needs(any_mark("."), any_match(_INITIALS_AND_A_NAME))  # (the pattern holds a full stop)
def rule_initials_and_family_name_before_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Sir F. M. Eden State of the poor I, 112``, ``J. Law Money and trade considered, p. 129``, ``A. Young
    Political arithmetic: B. I, Ch. 8``: one to three initials (after a word of address or not) and one
    capitalised word, opening the note or a sentence or following a lead-in word (``Vgl.``), right before
    more capitalised-then-lower-case words without a comma between, as older German notes print an author and
    a title: the initials and that word are the author, the words after them up to the pinpoint the title."""
    out = None
    n = len(tokens)
    openings = _where_initials_may_open(text, tokens)
    i = 0
    while (next_opening := bisect_left(openings, i)) < len(openings) and openings[next_opening] < n - 4:
        i = openings[next_opening]
        if not tokens[i].text[:1].isupper():
            i += 1
            continue  # neither a word of address nor an initial
        start = i
        k = i + (tokens[i].text.lower().rstrip(".") in _ADDRESS_WORDS and tokens[i].text[:1].isupper())  # "Sir F. M."
        k += k > i and k < n and tokens[k].text == "."
        initials = 0
        while k + 1 < n and len(tokens[k].text) == 1 and tokens[k].text.isupper() and tokens[k + 1].text == ".":
            k += 2
            initials += 1
        family = k
        i += 1
        if not 1 <= initials <= 3 or family + 2 >= n or not capitalised_word(tokens[family].text) \
                or fold(tokens[family].text) in FUNCTION_WORDS or fold(tokens[family].text) in load("stopwords") \
                or not capitalised_word(tokens[family + 1].text) or not _opens_a_cite_here(tokens, out or tags, start):
            continue
        labels = out or tags
        if split_label(labels[family])[1] == "author" and split_label(labels[family + 1])[1] == "author":
            continue  # "J. R. Green Short" read whole as a name: the tagger's call
        end = family + 1
        while end < n and split_label(labels[end])[1] in ("title", "prose") and tokens[end].text != "(" \
                and not (tokens[end].text in ",:;" and end + 1 < n and _pinpoint_start(tokens, labels, end + 1)):
            if tokens[end].text == "." and end + 1 < n and (tokens[end + 1].text[:1].isupper() or _pinpoint_start(tokens, labels, end + 1)):
                break  # a sentence or a pinpoint after the title's full stop
            end += 1
        if end - (family + 1) < 2 or not any(t.text[:1].islower() for t in tokens[family + 2:end]):
            continue  # one word, or a run of capitalised words: no title in sentence case
        if end < n and tokens[end].text == "." and labels[end] == "I-title":
            end += 1  # the title's full stop, in its run as the tagger read it
        volume = end - 1 if re.fullmatch(r"[IVX]{1,4}", tokens[end - 1].text) and tokens[end].text == "," \
            and end + 1 < n and split_label(labels[end + 1])[1] == "locator" else None
        out = out if out is not None else list(tags)
        relabel(out, start, family + 1, "author")
        if volume is not None:  # "State of the poor I, 112": the volume opens the pinpoint
            relabel(out, family + 1, volume, "title")
            relabel(out, volume, end + 1, "locator")
            out[end + 1] = "I-locator"
        else:
            relabel(out, family + 1, end, "title")
            open_run(out, end)
        i = end
    return out if out is not None else tags


def _where_initials_may_open(text: str, tokens: Sequence[Token]) -> list[int]:
    """The tokens, in order, where :func:`rule_initials_and_family_name_before_a_title` may find its initials (after a
    word of address and its period or not): each initial (one capital letter, then a full stop token) and the two tokens
    before it. Found from the note's full stops, not token by token."""
    initials = [stop - 1 for stop in tokens_at(text, tokens, PERIOD)
                if stop and tokens[stop].text == "." and len(tokens[stop - 1].text) == 1 and tokens[stop - 1].text.isupper()]
    return sorted({initial - before for initial in initials for before in (0, 1, 2) if initial >= before})


def _opens_a_cite_here(tokens: Sequence[Token], tags: Sequence[str], i: int) -> bool:
    """Whether token ``i`` opens the note, a sentence (:func:`~notecite.parse.rules.words.ends_a_sentence`) or a
    ``;`` part, or follows a lead-in word (``Vgl.``, ``See``, ``cf.``)."""
    if i == 0:
        return True
    before = tokens[i - 1].text
    if before == ";":
        return True
    if before == "." and i >= 2:
        return tokens[i - 2].text.lower() in load("lead_words") or ends_a_sentence(tokens, i - 1)
    return before.lower() in load("lead_words")


def _pinpoint_start(tokens: Sequence[Token], tags: Sequence[str], i: int) -> bool:
    """Whether token ``i`` opens a pinpoint: a locator run, a number, or a part word and its period
    (``p.``, ``B.``, ``S.``, ``Ch.``, ``Bd.``) before a number."""
    text = tokens[i].text
    if split_label(tags[i])[1] in ("locator", "volume") or text.isdigit() or re.fullmatch(r"[IVXLC]+", text):
        return True
    return i + 2 < len(tokens) and tokens[i + 1].text == "." and text.lower() in ("p", "pp", "b", "s", "ch", "bd", "vol", "t", "cap", "lib", "l") \
        and (tokens[i + 2].text.isdigit() or bool(re.fullmatch(r"[IVXLC]+", tokens[i + 2].text)))


#: Suffixes that end a person's name (``Jr.``, ``Sr.``, ``III``).
_SUFFIXES_AND_NUMERALS = frozenset({"jr", "sr", "ii", "iii", "iv", "jun", "sen"})
#: What the rule below cannot do without, among the note's folded words: a name's suffix (one of its readings) or a
#: colon (the other); both need a full stop token too.
_SUFFIX_OR_COLON = _SUFFIXES_AND_NUMERALS | {":"}


@needs(any_mark(","), any_tag("B-title"), any_tag(AUTHOR_TAGS), any_folded(_SUFFIX_OR_COLON), any_written("."))
def rule_inverted_name_ends_before_its_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """Reference-list entries in notes (``Family, Given. Title. Place: Publisher, Year.``): a name suffix and its
    period opening a title run right after an inverted name's comma is the name's (``Walldorf, C. William, Jr. To
    Shape Our World…``); an inverted name run that goes on past an initial's period into capitalised words and a
    colon right before a title holds the title's first part (``Jockers, Matthew L. Macroanalysis: Digital
    Methods…``: the title is ``Macroanalysis: Digital Methods…``)."""
    tags = list(tags)
    n = len(tokens)
    for i in range(2, n - 2):
        if tags[i] != "B-title" or tokens[i - 1].text != "," or split_label(tags[i - 1])[1] != "author":
            continue
        if fold(tokens[i].text) in _SUFFIXES_AND_NUMERALS and tokens[i + 1].text == "." and tokens[i + 2].text[:1].isupper():
            tags[i] = tags[i + 1] = "I-author"
            open_run(tags, i + 2)
    if ":" not in token_texts(tokens):
        return tags
    for colon in range(3, n - 1):
        if tokens[colon].text != ":" or tags[colon] != "I-author" or tags[colon + 1] != "B-title":
            continue
        start = colon
        while start > 0 and tags[start - 1] == "I-author" and tokens[start - 1].text[:1].isupper() and tokens[start - 1].text != ".":
            start -= 1
        if start == colon or start < 3 or tokens[start - 1].text != "." or len(tokens[start - 2].text) != 1 \
                or not any(tokens[j].text == "," for j in range(start - 1)):
            continue  # no initial's period right before the words, or no inverted name (a comma) before it
        relabel(tags, start, colon + 1, "title")
        tags[colon + 1] = "I-title"
    return tags


@needs(any_mark(":"), any_tag("B-title"), any_tag(AUTHOR_TAGS))
def rule_colon_ends_a_title_not_a_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Barbara Evans Clements, Bolshevik Feminist: The Life…``, ``E. P. Thompson, Whigs and Hunters: The
    Origin…``: a name run whose first name is in natural order (two or more words before its comma) and
    that ends on a colon right before a title holds the title's first part after that comma (a
    natural-order name is not followed by a second name after a bare comma, and no name ends on a
    colon before its title), unless those words are names joined by ``and`` (:func:`_names_joined`). So does a family
    name's run holding one more capitalised word, no given name, after its comma (``Service, Lenin: A Political Life``),
    or a person's given and family name (``Liebknecht, Karl Marx: Biographical Memoirs``; ``Marx, Karl Heinrich:``,
    ending on a given name, is an inverted name)."""
    tags = list(tags)
    given = load("given_names")
    for end in range(1, len(tokens) - 1):
        if tokens[end].text != ":" or split_label(tags[end])[1] != "author" or tags[end + 1] != "B-title":
            continue
        first = end
        while first > 0 and tags[first].startswith("I-"):
            first -= 1
        commas = [k for k in range(first, end) if tokens[k].text == ","]
        if len(commas) > 1 and commas[0] - first >= 2 and _title_segments(tokens, commas, end, given):
            commas = commas[:1]  # "Anna Arabindan-Kesson, Black Bodies, White Gold: Art, …": the title's commas
        after = [t.text for t in tokens[commas[0] + 1:end]] if len(commas) == 1 else []
        inverted_head = len(commas) == 1 and commas[0] - first == 1 and len(after) == 1 and capitalised_word(after[0], 3) \
            and fold(after[0]) not in given  # "Service, Lenin: A Political Life": a short form's title head
        person_head = len(commas) == 1 and commas[0] - first == 1 and 2 <= len(after) <= 3 \
            and all(capitalised_word(w, 2) for w in after) and fold(after[0]) in given and fold(after[-1]) not in given
        # "Liebknecht, Karl Marx: Biographical Memoirs": a person the title names, not the author's given names
        # ("Marx, Karl Heinrich: Das Kapital", a German inverted name, ends on a given name)
        if len(commas) != 1 or commas[0] - first < 2 and not inverted_head and not person_head:
            continue
        if not after or _names_joined(after):
            continue
        relabel(tags, commas[0] + 1, end + 2, "title")
    return tags


def _title_segments(tokens: Sequence[Token], commas: list[int], end: int, given: frozenset[str] | set[str]) -> bool:
    """Whether the comma-separated parts between ``commas[0]`` and ``end`` read as a title's, not as more people's
    names: two or more capitalised words each, none opening on a given name or an initial."""
    bounds = [*commas, end]
    for left, right in zip(bounds, bounds[1:]):
        words = [t.text for t in tokens[left + 1:right]]
        if len(words) < 2 or not all(capitalised_word(w, 2) or w in FUNCTION_WORDS for w in words) \
                or fold(words[0]) in given or len(words[0]) == 1:
            return False
    return True


#: The words that join two names in a list.
_NAME_JOINS = frozenset({"and", "&", "und", "et", "y", "e"})


def _names_joined(words: list[str]) -> bool:
    """Whether ``words`` (after a name and its comma) read as more names joined by ``and``: a join word
    and, beside it, an initial or a given name (``Dorothy Thompson and J. Saville``); ``Whigs and
    Hunters``, ``Nickel and Dimed`` are a title's words."""
    return any(w.lower() in _NAME_JOINS for w in words) and any(
        len(w) == 1 and w.isupper() or fold(w) in load("given_names") for w in words)


#: Short role words and the name label of the names after them (a contributor's, ``intro.``, is labelled ``editor``: the
#: normalizer reads the role from the word).
_ROLE_CUES = {"trans": "translator", "tr": "translator", "transl": "translator", "ed": "editor", "eds": "editor",
              "intro": "editor", "introd": "editor"}
_NAME_STOPS = frozenset({",", "(", ";", ":"})


@needs(any_word(_ROLE_CUES))
def rule_role_cue_inside_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…Civil War in Spain, trans. Tony White (Cambridge…``, ``Essays on Art, 1915-1933, ed. Troels
    Andersen, 2 vols.``: ``, trans.`` / ``, ed.`` that the tagger left inside another field,
    followed by capitalised names (``and`` between them) up to the next comma or parenthesis, are
    the translator or editor."""
    tags = list(tags)
    for i in range(1, len(tokens) - 2):
        if tokens[i + 1].text != "." or tokens[i - 1].text != ",":
            continue
        role = _ROLE_CUES.get(tokens[i].text.lower())
        if role is None or split_label(tags[i])[1] in NAME_LABELS:
            continue
        end = i + 2
        while end < len(tokens) and tokens[end].text not in _NAME_STOPS:
            end += 1
        names = [t.text for t in tokens[i + 2:end] if t.text not in (".", "and", "&")]
        if not 1 <= len(names) <= 6 or not all(w[:1].isupper() for w in names):
            continue
        relabel(tags, i, end, role)
        if end < len(tags) and tokens[end].text == "," and split_label(tags[end])[1] != "prose":
            tags[end] = "I-" + role  # the separator after the names stays with them
            open_run(tags, end + 1)  # the field the names interrupted starts again
    return tags


#: A role written out before the names it gives, opening a sentence of the note or after a comma: ``Herausgegeben von
#: Förstemann u. Bindseil.``, ``Uebersetzt von Kellner.``, ``Edited by J. Smith,``, ``traduit par M. Durand``, ``with an
#: introduction by Bertram D. Wolfe`` (a contributor: labelled ``editor``, the name label for another's names, and the
#: normalizer reads the role from the phrase).
_WORDED_ROLE = re.compile(r"(?:(?P<editor>(?i:herausgegeben|edited|publié|publiée|publiés|édité|éditée)\s+(?:von|by|par)|"
                          r"(?i:hrsg|hg)\.\s+(?:von|v\.))|"
                          r"(?P<translator>(?i:übersetzt|uebersetzt|translated|traduit|traduite|traduits|traducido)\s+"
                          r"(?:von|by|par|por|aus\s+dem\s+\w+\s+von))|"
                          r"(?P<contributor>" + CONTRIBUTION_BY + r"))\s+(?=[A-ZÀ-Þ])")
#: A piece of every :data:`_WORDED_ROLE` but one of ``with`` and a word below (lower case, for
#: :func:`~notecite.textscan.may_hold`).
_WORDED_ROLE_WORDS = ("herausgeg", "edited", "publié", "édit", "hrsg", "hg.", "bersetzt", "translated", "tradu",
                      "introduct", "foreword", "preface", "afterword", "epilogue", "préface", "postface", "einleitung",
                      "vorwort", "nachwort", "eingeleitet")
#: The contributions that :data:`_WORDED_ROLE` names only after ``with`` (``with essays by``, ``with notes by``).
_CONTRIBUTIONS_WITH = ("essay", "text", "notes", "commentar", "contribution")


#: The words of which every :data:`_WORDED_ROLE` holds one as a token of its own (its role's or contribution's word),
#: folded, and with their ``ı`` spellings (:func:`_with_dotless_i`): the pattern minds no case.
_WORDED_ROLE_TOKENS = _with_dotless_i("""herausgegeben edited publie publiee publies edite editee hrsg hg ubersetzt
    uebersetzt translated traduit traduite traduits traducido introduction introductory foreword preface afterword
    epilogue essay essays text texts notes commentary contribution contributions postface einleitung vorwort nachwort
    eingeleitet""".split())


def _may_hold_a_worded_role(text: str) -> bool:
    """Whether ``text`` may hold a :data:`_WORDED_ROLE`: one of :data:`_WORDED_ROLE_WORDS`, or ``with`` and one of
    :data:`_CONTRIBUTIONS_WITH`. A note without skips the pattern's scan."""
    return may_hold(text, _WORDED_ROLE_WORDS) or may_hold(text, ("with",)) and may_hold(text, _CONTRIBUTIONS_WITH)

#: Small words that may join the names a worded role gives (``Förstemann u. Bindseil``, ``A and B``).
_NAMES_JOINERS = frozenset({"u", "und", "and", "&", "et", "y", "e"})


@needs(any_mark("von", " by ", "par ", "por ", " de "), any_folded(_WORDED_ROLE_TOKENS))
def rule_worded_role_before_names(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Martin Luther, Tischreden. Herausgegeben von Förstemann u. Bindseil. IV. Abt. S. 121 f.``, ``Tertullians
    sämtliche Schriften. Uebersetzt von Kellner. Köln 1882``: a role written out (:data:`_WORDED_ROLE`) after a full
    stop or a comma, and the capitalised names after it (initials, particles and ``u.``/``and`` between them) to the
    next full stop ending them, a comma or a bracket, are the editor or translator, whatever the tagger read there; the
    run after them opens anew. Words left as prose that open the note and end on the full stop before the role (no
    finite verb among them) are the title of the book so edited or translated; a person's full name left as prose that
    opens the note and ends on the comma before a contribution's phrase is the book's author."""
    if not _may_hold_a_worded_role(text):
        return tags
    out = None
    for first in range(1, len(tokens)):
        # the role opens right after a full stop or a comma: the pattern is tried there alone (the full stops inside a
        # match, "Hrsg. v.", come before no word a match opens on, so a search would find the same matches)
        match = _WORDED_ROLE.match(text, tokens[first].start) if tokens[first - 1].text in (".", ",") else None
        if match is None:
            continue
        names = next((j for j in range(first, len(tokens)) if tokens[j].start >= match.end()), len(tokens))
        k = _end_of_names(tokens, names)
        if k == names or k < len(tokens) and tokens[k].text not in (".", ",", "(", ";"):
            continue
        role = "translator" if match.group("translator") else "editor"
        if split_label(tags[first])[1] == role:
            continue  # the tagger read it so
        out = out or list(tags)
        relabel(out, first, k, role)
        opening = past_lead_words(tokens, 0)
        if match.group("contributor") and tokens[first - 1].text == "," and all(tag == "prose" for tag in out[opening:first]) \
                and full_name([t.text for t in tokens[opening:first - 1]]):
            relabel(out, opening, first, "author")  # "James Oles, with an essay by …": the book's own author
        elif tokens[first - 1].text == "." and first - 1 - opening >= 2 and all(tag == "prose" for tag in out[:first]) \
                and tokens[opening].text[:1].isupper() and not any(t.text in load("verbs") for t in tokens[opening:first]):
            relabel(out, opening, first, "title")  # "Tertullians sämtliche Schriften. Uebersetzt von …": the book's title
        if k < len(out) and (tokens[k].text == "." or tokens[k].text == "," and split_label(out[k])[1] in NAME_LABELS):
            out[k] = "I-" + role  # the stop, or a comma the tagger's name run held
            k += 1
        elif k < len(out) and tokens[k].text == "," and out[k].startswith("I-"):
            out[k] = "prose"  # "translated by Bertram D. Wolfe, New York": the comma of the run the names were cut from
            k += 1
        open_run(out, k)
        part = _numbered_part_before_a_pinpoint(tokens, out, k)
        if part:
            relabel(out, k, part, "locator")
            out[part] = "I-locator"  # "IV. Abt." + "S. 121 f.": one pinpoint
    return out or tags


def _end_of_names(tokens: Sequence[Token], start: int) -> int:
    """Where the names written from token ``start`` end: capitalised words, initials and their periods, particles and the
    words joining names (``Förstemann u. Bindseil``, ``Karl Marx and Friedrich Engels``)."""
    k = start
    while k < len(tokens):
        word = tokens[k].text
        if word[:1].isupper() or fold(word) in _NAMES_JOINERS or fold(word) in NAME_PARTICLES:
            k += 1
        elif word == "." and k > start and (len(tokens[k - 1].text) <= 2 or fold(tokens[k - 1].text) in _NAMES_JOINERS):
            k += 1  # an initial's or "u."'s period
        else:
            break
    return k


#: The word of every part of a book :data:`~.words.BOOK_PART_TO` names, a token of its own (as written: the pattern
#: minds case).
_BOOK_PART_WORDS = frozenset({"introduction", "introductory", "foreword", "preface", "afterword", "epilogue",
                              "prologue", "postscript"})


@needs(any_mark(" to "), any_written("to"), any_written(_BOOK_PART_WORDS))
def rule_part_of_a_book_opens_its_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Eric Hobsbawm, introduction to The Communist Manifesto, by Karl Marx and Friedrich Engels (London: Verso,
    1998), 12``, ``Perry Anderson, foreword to Considerations on Western Marxism (London…``: a part of a book named in
    lower case after a name run and its comma (:data:`BOOK_PART_TO`), and a capitalised title or a quotation after it,
    are one title run, with the ``, by NAMES`` of the book's author, to the imprint's bracket, a semicolon, or a
    comma or full stop after which the tagger's title run does not go on; the normalizer makes the part the title and
    the book its container. The run after it opens anew."""
    out = None
    for match in BOOK_PART_TO.finditer(text):
        first = token_at(tokens, match.start())
        book = token_at(tokens, match.end())
        if first is None or book is None or first < 2 or tokens[first - 1].text != "," \
                or split_label(tags[first - 2])[1] not in NAME_LABELS \
                or not (tokens[book].text[:1].isupper() or tokens[book].text in OPENING_QUOTES):
            continue
        end = _end_of_the_book(tokens, tags, book)
        if end < len(tokens) and tokens[end].text in (",", ".") and tags[end].startswith("I-"):
            end += 1  # the stop or comma the tagger's run held
        out = out or list(tags)
        relabel(out, first, end, "title")
        open_run(out, end)
    return out or tags


def _end_of_the_book(tokens: Sequence[Token], tags: list[str], k: int) -> int:
    """Where the title of the book that opens at token ``k`` ends, with the ``, by NAMES`` of its author: at a bracket, a
    semicolon, or a comma or full stop that the tagger's title run does not go on after."""
    n = len(tokens)
    while k < n and tokens[k].text not in ("(", "[", ";"):
        if tokens[k].text in (",", "."):
            after = k + 1
            if tokens[k].text == "," and after < n and tokens[after].text.lower() == "by":
                k = _end_of_names(tokens, after + 1)
                continue
            if not (after < n and tags[after] in ("I-title", "I-container-title")):
                break
        k += 1
    return k


#: Words for a part of a work that a Roman number opens (``IV. Abt.``, ``II. Bd.``, ``III. Th.``), folded.
_PART_WORDS = frozenset({"abt", "abth", "abteilung", "abtheilung", "bd", "band", "th", "thl", "theil", "teil", "buch", "heft",
                         "abschn", "abschnitt", "vol", "tom", "part", "pt"})


def _numbered_part_before_a_pinpoint(tokens: Sequence[Token], tags: list[str], k: int) -> int | None:
    """Where the pinpoint run opens when tokens from ``k`` are a Roman number, its part's word and their periods
    right before it (``IV. Abt.`` + ``S. 121 f.``); None otherwise."""
    if k + 3 >= len(tokens) or not ROMAN_NUMERAL.fullmatch(tokens[k].text) or tokens[k + 1].text != "." \
            or fold(tokens[k + 2].text) not in _PART_WORDS:
        return None
    end = k + 3 + (tokens[k + 3].text == ".")
    return end if end < len(tokens) and split_label(tags[end])[1] == "locator" else None


#: Runs that follow a book's title: its imprint, a translator or editor, or the title's own rest.
_AFTER_A_TITLE_NAMING_A_PERSON = frozenset({"location", "publisher", "title", "translator", "editor"})


@needs(any_written(","), any_tag(AUTHOR_TAGS | {"B-editor"}))
def rule_second_name_after_a_comma_is_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``J.P. Nettl, Rosa Luxemburg (London: …)``, ``Peter Drucker, Max`` + ``Shachtman and His
    Left``: an author run of a natural-order name, a bare comma (no ``and``) and more capitalised
    words (small title-case words such as ``de``, ``of`` between them), right before the imprint, a
    translator or editor (``Jean Lacouture, André Malraux, trans. …``) or a title, is the author and the start of a title that names
    a person (two authors in a note are joined by ``and``); before a title, the words after the comma
    open it when they are a lone given name or the name before the comma has a middle initial
    (``Chalmers M. Roberts, Washington`` + ``Past and Present``). Before a volume or pinpoint, after initials and a
    family name, two or more words that hold no known given name are a title (``L. Trotsky, Moya Zhizn, vol. II, p. 250``).
    An editor run read after ``in`` with no book
    of its own, right before the imprint (``the commentary in Peter Drucker, Max Shachtman and His Left (…)``),
    is such an author and title too; words only a title has (``His``, ``the``, ``of``) let the title hold ``and``
    and up to eight words. A family name alone, its comma and a full name right before the imprint's bracket
    (``Korsch, Karl Marx (New York: …)``) are the author and the title too."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for j, (first, last, label) in enumerate(runs):
        pinpointed = label == "author" and j + 1 < len(runs) and runs[j + 1][2] in ("volume", "locator")
        if label not in ("author", "editor") or j + 1 >= len(runs) or runs[j + 1][2] not in _AFTER_A_TITLE_NAMING_A_PERSON \
                and not (runs[j + 1][2] == "date" and last < len(tokens) and tokens[last].text == "(") and not pinpointed:
            continue  # before the imprint, a translator, editor or title, a bracketed year ("(1938; repr., …"), a pinpoint
        if label == "editor" and (runs[j + 1][2] != "location" or _has_role_word(tokens, first, last)):
            continue  # "in Peter Drucker, Max Shachtman and His Left (…)": an editor with no book is its author
        joins_title = runs[j + 1][2] == "title"
        if joins_title and runs[j + 1][0] != last:
            continue
        commas = [i for i in range(first, last) if tokens[i].text == ","]
        inner = [i for i in commas if i < last - 1]
        if len(inner) != 1:
            continue
        comma = inner[0]
        before = [t.text for t in tokens[first:comma] if t.text[:1].isalpha()]
        after = [t.text for t in tokens[comma + 1:last] if t.text[:1].isalpha()]
        worded = any(fold(w) in _TITLE_ONLY_WORDS for w in after[1:])  # "Max Shachtman and His Left": a title
        # "Karl Korsch, Marxism and Philosophy (1923; …": a common word or a doctrine joined by "and" makes a title
        common = any(w.lower() in WORDS or w.lower().endswith("ism") for w in after if w.lower() not in ("and", "und", "et"))
        # "Korsch, Karl Marx (New York: …)": a family name alone before the comma, a full name after it and the imprint's
        # bracket right after: a name inverted would leave the cite without a title, so the name after is the title
        family_then_person = label == "author" and len(before) == 1 and len(before[0]) > 1 and len(after) >= 2 \
            and runs[j + 1][2] in ("location", "publisher") and last < len(tokens) and tokens[last].text == "(" \
            and fold(after[0]) in load("given_names")
        if len(before) < 2 and not family_then_person or not 1 <= len(after) <= (8 if worded else 4) \
                or not all(w[:1].isupper() for w in before) \
                or not after[0][:1].isupper() or not after[-1][:1].isupper() \
                or not all(w[:1].isupper() or w in FUNCTION_WORDS for w in after):
            continue  # small words only inside the title ("Portrait de Staline")
        if any(w.lower() in ("and", "und", "et") for w in before + (after if not (worded or common) else [])) or len(after[0]) == 1:
            continue  # "E. Garnett, P. Yang": a list of names
        lone_given_name = len(after) == 1 and fold(after[0]) in load("given_names") and tokens[last - 1].text != "."
        # "Chalmers M. Roberts, Washington" + "Past and Present": a middle initial makes the name natural-order
        middle_initial = any(len(w) == 1 for w in before[1:-1]) and all(len(w) > 1 for w in after)
        # "G. Brandes, Ferdinand Lassalle." + "Ein literarisches Charakterbild", "Alexandre Skirda, Nestor Makhno," +
        # "Anarchy's Cossack": a name opening on its initial or a given name is in natural order, so the full name after
        # the comma is no given name of it but the person the book is about
        initial_first = (len(before[0]) == 1 or fold(before[0]) in load("given_names")) and len(before[-1]) > 1 \
            and len(after) >= 2 and all(len(w) > 1 for w in after) and fold(after[0]) in load("given_names")
        # "Boris Souvarine, Staline." + "Aperçu historique du bolchévisme": after a natural-order name, one word that is
        # no given name nor an abbreviation ("Art." for Artikel) and its full stop open a title whose subtitle follows
        subtitled = len(after) == 1 and len(after[0]) > 4 and fold(after[0]) not in load("given_names") and tokens[last - 1].text == "." \
            and (fold(before[0]) in load("given_names") or len(before[0]) == 1)
        if joins_title and not (lone_given_name or middle_initial or initial_first or subtitled):
            continue  # before a title only a lone given name opens it ("Vargas Llosa, Mario." is a name)
        if pinpointed and not (all(len(w) == 1 for w in before[:-1]) and len(before[-1]) > 1 and len(after) >= 2
                               and not any(fold(w) in load("given_names") for w in after)):
            continue  # before a pinpoint, only after initials and a family name ("L. Trotsky, Moya Zhizn, vol. II"):
            # the words are no given name of a name already in natural order, and no second person's
        if label == "editor":
            if all(len(w) == 1 for w in before) or not worded and len(after) < 2:
                continue  # "(P. V, Stock, Paris, 1912)": a publisher's initials and name, no author and title
            relabel(tags, first, comma + 1, "author")
        relabel(tags, comma + 1, last, "title")
        if joins_title:  # "Peter Drucker, Max" + "Shachtman and His Left": one title
            tags[last] = "I-title"
    return tags


#: Words a title has and a list of names has not (``Max Shachtman and His Left``).
_TITLE_ONLY_WORDS = frozenset("""his her their its my our the a an of on in for to from with against after before
without""".split())


def _has_role_word(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` hold a role word (``ed.``, ``eds.``, ``trans.``)."""
    return any(fold(tokens[i].text) in _ROLE_WORDS for i in range(first, last))


@needs(any_mark("("), any_written(","), any_tag(TITLE_TAGS), any_tag(IMPRINT_TAGS))
def rule_name_after_a_title_before_its_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Year One of the Russian Revolution, Victor Serge (New York: …)``: a title run that ends on a
    comma and two to four capitalised words opening with a known given name or an initial, right
    before an imprint that opens on a parenthesis, ends at that comma; the words are the author
    (the title-first order of some notes)."""
    tags = list(tags)
    given = load("given_names")
    runs = tag_spans(tokens, tags)
    for j, (first, last, label) in enumerate(runs):
        if label != "title" or j + 1 >= len(runs) or runs[j + 1][0] != last or tokens[last].text != "(" \
                or runs[j + 1][2] not in IMPRINT_LABELS:
            continue
        comma = next((i for i in range(last - 1, first, -1) if tokens[i].text == ","), None)
        if comma is None or comma == first or not any(t.text[:1].isalpha() for t in tokens[first:comma]):
            continue
        words = [t.text for t in tokens[comma + 1:last] if t.text != "."]
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            continue
        if not (fold(words[0]) in given or (len(words[0]) == 1 and tokens[comma + 2].text == ".")):
            continue
        relabel(tags, comma + 1, last, "author")
    return tags


@needs(any_mark("("), any_tag(TITLE_TAGS), any_tag(_AUTHOR_OR_EDITOR_TAGS))
def rule_name_glued_to_a_title_before_its_imprint_ends_the_title(text: str, tokens: Sequence[Token],
                                                                  tags: list[str]) -> list[str]:
    """``Circular … en honor del Illmo. I Rmo. Señor Dr. D. Rafael Valentín Valdivieso (Santiago, 1887)``: a name run
    right after a title run that does not end on a comma (nor on an editor's or translator's word), and right before
    the imprint's parenthesis and its place, is the end of the title (a person the title names), not a second author
    (a publisher before a bracketed year alone, ``The Rights of Engineers Victor Gollancz (1960)``, is left alone)."""
    out = None
    runs = tag_spans(tokens, tags)
    for j in range(len(runs) - 2):
        (first, last, label), (name, end, role), (bracket, _, after) = runs[j:j + 3]
        if label != "title" or role not in ("author", "editor") or name != last or bracket != end \
                or tokens[end].text != "(" or after != "location" or tokens[last - 1].text in (",", ";", ":"):
            continue
        if tokens[last - 1].text == "." and fold(tokens[last - 2].text) in load("role_words"):
            continue  # "…, trans. Max Eastman (New York": the translator
        out = out or list(tags)
        out[name:end] = ["I-title"] * (end - name)
    return out or tags


@needs(any_mark("("), any_tag(AUTHOR_TAGS))
def rule_person_titling_a_biography_before_its_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Anne Marie de Lapparent, Louis-Pierre Deseine (CTHS, 2013)``: an author run of two names in natural order
    (each opening on a known given name) split by a comma, right before the imprint's bracket, with no title in its
    cite: the second name is the title, the person the book is about (two authors are joined by ``and``, and a cite
    names its work)."""
    given = load("given_names")
    out = None
    runs = tag_spans(tokens, tags)
    for j, (first, last, label) in enumerate(runs):
        if label != "author" or j + 1 >= len(runs) or runs[j + 1][0] != last or runs[j + 1][2] not in IMPRINT_LABELS \
                or last >= len(tokens) or tokens[last].text != "(" and not (tokens[last - 1].text == "(" and last - 1 > first):
            continue
        end = last - (tokens[last - 1].text == "(")
        commas = [k for k in range(first, end) if tokens[k].text == ","]
        if len(commas) != 1:
            continue
        before = [t.text for t in tokens[first:commas[0]] if t.text[:1].isalpha()]
        after = [t.text for t in tokens[commas[0] + 1:end] if t.text[:1].isalpha()]
        if not (2 <= len(before) <= 5 and 2 <= len(after) <= 4 and fold(before[0]) in given and fold(after[0]) in given
                and after[-1][:1].isupper() and fold(after[-1]) not in given):
            continue
        stop = next((k for k in range(last, len(tokens)) if tokens[k].text in (";", ".") and tags[k] == "prose"), len(tokens))
        if any(split_label(tags[k])[1] in ("title", "container-title") for k in range(last, stop)):
            continue
        out = out or list(tags)
        out[commas[0]] = "prose"
        relabel(out, commas[0] + 1, end, "title")
        if end < last:
            relabel(out, end, runs[j + 1][1], runs[j + 1][2])
    return out or tags


@needs(any_mark(","), any_tag(AUTHOR_TAGS))
def rule_word_naming_no_one_after_a_natural_name_opens_the_title(text: str, tokens: Sequence[Token],
                                                                  tags: list[str]) -> list[str]:
    """``Justino Fernández, Obras de José Clemente Orozco en la colección …``: an author run whose name is in natural
    order (two to four capitalised words before its comma), then its comma, then a capitalised word that names no one
    (:func:`_word_naming_no_one`) followed by a lower-case word (no ``and`` joining two names) holds the title's first
    words after that comma: the title runs from them through the title run the tagger began after them."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "author":
            continue
        comma = next((k for k in range(first + 1, last) if tokens[k].text == ","), None)
        if comma is None or not 2 <= comma - first <= 4 or comma + 2 >= last \
                or not all(t.text[:1].isupper() or t.text == "." for t in tokens[first:comma]):
            continue  # (a natural-order name: no comma after its first word, as an inverted name has)
        word, after = tokens[comma + 1].text, tokens[comma + 2].text
        if not _word_naming_no_one(word) or not after.isalpha() or not after.islower() or after in _NAME_JOINS:
            continue
        out = out or list(tags)
        end = last
        while end < len(tokens) and (out[end] == "I-title" or end == last and out[end] == "B-title"):
            end += 1
        relabel(out, comma + 1, end, "title")
    return out or tags


#: Closing quotes that may end a quoted title.
_CLOSING_QUOTES = frozenset("”’\"")
#: Small words that may join the capitalised words of a publisher's name (``Lawrence and Wishart``).
_PUBLISHER_JOINS = frozenset({"and", "&", "of", "the"})


@needs(any_mark("("), any_tag(TITLE_TAGS))
def rule_name_between_a_quoted_title_and_a_bracketed_year_is_the_publisher(text: str, tokens: Sequence[Token],
                                                                          tags: list[str]) -> list[str]:
    """``Harry Pollitt “Serving My Time” Lawrence and Wishart (1940) p211``, ``R Page Arnot “The Miners …” Allen
    and Unwin (1953) pp 433-4``: in a reference written without punctuation between its parts, an author or
    container run of one to six capitalised words (perhaps joined by ``and``, ``&``, ``of``, ``the``) right after
    the closing quote of a title run and right before a bracket that holds a year alone is the publisher of the
    titled work (a periodical there would carry its volume, issue or month before the year); one to three
    capitalised words after a comma in it are the publisher's place (``Moorley’s, Ilkeston (1979)``)."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for j in range(1, len(runs)):
        first, last, label = runs[j]
        if label not in ("author", "container-title") or runs[j - 1][2] != "title" or runs[j - 1][1] != first:
            continue
        if tokens[first - 1].text not in _CLOSING_QUOTES or last + 2 >= len(tokens) or tokens[last].text != "(" \
                or not YEAR.fullmatch(tokens[last + 1].text) or tokens[last + 2].text != ")":
            continue
        if last + 3 < len(tokens) and tokens[last + 3].text == "(" and label == "container-title":
            # "“…,” Writings of Leon Trotsky (1932) (New York: Pathfinder, 1973)": the imprint follows; the year in
            # brackets is the container's, a volume of a series by year
            relabel(tags, first, last + 3, "container-title")
            open_run(tags, last + 3)
            continue
        comma = next((k for k in range(first, last) if tokens[k].text == ","), last)
        publisher, place = [t.text for t in tokens[first:comma]], [t.text for t in tokens[comma + 1:last]]
        if not 1 <= len(publisher) <= 6 or not _capitalised_words(publisher) \
                or comma < last and not (1 <= len(place) <= 3 and _capitalised_words(place)):
            continue
        relabel(tags, first, comma + (comma < last), "publisher")
        if comma < last:  # "Moorley’s, Ilkeston (1979)": the publisher, then its place
            relabel(tags, comma + 1, last, "location")
        _name_before_the_quote(tokens, tags, runs[j - 1][0], first)
    return tags


def _name_before_the_quote(tokens: Sequence[Token], tags: list[str], first: int, last: int) -> None:
    """In place: a title run [first, last) ending on a closing quote that opens on one to four capitalised words
    or initials right before its opening quote (``R Gurnham “200 Years …”``) opens on its author."""
    quote = next((k for k in range(first, min(last, first + 5)) if tokens[k].text in OPENING_QUOTES), None)
    if quote is None or quote == first or (first and split_label(tags[first - 1])[1] in NAME_LABELS):
        return
    words = [t.text for t in tokens[first:quote]]
    if all(w[:1].isupper() and w.replace("-", "").replace("’", "").replace("'", "").isalpha() for w in words):
        relabel(tags, first, quote, "author")
        relabel(tags, quote, last, "title")


def _capitalised_words(words: Sequence[str]) -> bool:
    """Whether ``words`` open on a capital and are capitalised words (an apostrophe or hyphen inside) or
    :data:`_PUBLISHER_JOINS`: the name of a publisher or a place."""
    return bool(words) and words[0][:1].isupper() and all(
        w.lower() in _PUBLISHER_JOINS or (w[:1].isupper() and w.replace("’", "").replace("'", "").replace("-", "").isalpha())
        for w in words)


def _surname_before_a_cited_title(tokens: Sequence[Token], tags: list[str], first: int, last: int) -> bool:
    """Whether the one word opening the title run [first, last) is a surname citing its title at a pinpoint (``Knox,
    Campaigns in North America, I. 6-28``): the run opens the note or a sentence or follows a ``;``, a pinpoint run
    follows it, and the word is no common word, place or month."""
    word = fold(tokens[first].text)
    opens = first == 0 or tokens[first - 1].text == ";" or ends_a_sentence(tokens, first - 1)
    return opens and last < len(tokens) and split_label(tags[last])[1] == "locator" and len(word) >= 3 \
        and word not in WORDS and not any(word in load(words) for words in ("places", "months", "stopwords"))


@needs(any_mark(","), any_tag(TITLE_TAGS))
def rule_name_opening_a_title_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Ida Mett, The Kronstadt Commune (London: …)``, ``; and Wendy Z. Goldman, Women, the State…``:
    a title run that opens a cite (at the note's start, after prose, a ``;`` or a sentence's end) on two to four
    capitalised words (initials with their periods allowed inside) that end on a comma followed
    by a capitalised word opens on its author when the words read as a name: a known given name
    first, an initial inside, or an article opening the title after the comma; one word, when it is a surname
    citing its title at a pinpoint (``Knox, Campaigns in North America, I. 6-28``,
    :func:`_surname_before_a_cited_title`). The name is the author, the words after the comma the title."""
    tags = list(tags)
    given = load("given_names")
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or (first and split_label(tags[first - 1])[1] != "prose" and tokens[first - 1].text != ";"
                                and not ends_a_sentence(tokens, first - 1)):
            continue
        if not tokens[first].text[:1].isupper() or not tokens[first].text.replace("-", "").isalpha() \
                or tokens[first].text in ("The", "An"):
            continue  # a name opens on no article ("Deutscher's trilogy, The Prophet Armed, The Prophet Unarmed …")
        comma, words, initial = first + 1, 1, False
        while comma < last and tokens[comma].text != "," and comma - first < 8:
            word = tokens[comma].text
            if word == "." and len(tokens[comma - 1].text) == 1:
                initial = True
                comma += 1
                continue
            if not (word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()) \
                    or word.lower() in ORGANISATION_WORDS or word.lower() in FUNCTION_WORDS:
                break
            words += 1
            comma += 1
        if comma + 1 >= last or tokens[comma].text != "," or not 1 <= words <= 4 \
                or not tokens[comma + 1].text[:1].isupper():
            continue
        if words == 1 and not _surname_before_a_cited_title(tokens, tags, first, last):
            continue
        if words > 1 and not (fold(tokens[first].text) in given or initial or tokens[comma + 1].text.lower() in _TITLE_ARTICLES):
            continue  # a name: a known given name, an initial inside, or a title opening on an article after it
        relabel(tags, first, comma + 1, "author")
        tags[comma + 1] = "B-title"
    return tags


#: A family name as it opens a title run wrongly (``McKivigan``, ``O'Casey``, ``Dzhonsson-Skradol``): capitalised, perhaps
#: with a second capital after ``Mc``, ``Mac``, ``O'`` or a hyphen.
_FAMILY_WORD = re.compile(r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?")


@needs(any_tag("B-title"), any_mark("."))
def rule_family_name_after_an_initial_opens_no_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``John R. McKivigan, Forgotten Firebrand (…)``: an author run ending on an initial and its stop, right before a
    title run that opens on one family name and a comma, ends on that name and comma: the title starts after them."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "author" or last + 2 >= len(tokens) or tags[last] != "B-title" or tokens[last - 1].text != "." \
                or last - first < 3 or not _INITIAL.fullmatch(tokens[last - 2].text) \
                or not _FAMILY_WORD.fullmatch(tokens[last].text) or tokens[last + 1].text != "," \
                or fold(tokens[last].text) in WORDS or split_label(tags[last + 2])[1] != "title":
            continue
        out = out or list(tags)
        out[last:last + 2] = ["I-author", "I-author"]
        out[last + 2] = "B-title"
    return out or tags


@needs(any_tag("B-title"), any_mark(":"))
def rule_main_title_read_into_the_author_before_its_subtitle(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Kristin Kobes Du Mez, Jesus and John Wayne: How White Evangelicals …``: an author run that goes on past a comma
    to words holding a lower-case word and ending on a colon, right before a title run, holds the main title after the
    comma: the author ends at the comma, the title opens after it (not ``Smith, John: Title``, a name turned round)."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "author" or last >= len(tokens) or tags[last] != "B-title" or tokens[last - 1].text != ":":
            continue
        comma = next((k for k in range(first + 1, last - 2) if tokens[k].text == ","), None)
        words = [t.text for t in tokens[comma + 1:last - 1]] if comma is not None else []
        if len(words) < 3 or not words[0][:1].isupper() or not any(w.isalpha() and w.islower() for w in words) \
                or any(t.text == "," for t in tokens[comma + 1:last]):
            continue
        out = out or list(tags)
        relabel(out, comma + 1, last, "title")
        out[last] = "I-title"
    return out or tags


@needs(any_tag(TITLE_TAGS), any_mark("("))
def rule_person_read_as_a_title_before_a_titled_imprint_is_its_author(text: str, tokens: Sequence[Token],
                                                                       tags: list[str]) -> list[str]:
    """``… (Oxford University Press, 2020) and Seth Perry, Bible Culture and Authority … (Princeton University Press,
    2018)``: a title run that is only a person's name (a known given name or initials, or words none of which is a
    common word or a place, then a family name, and a comma), right before a title or container run that an imprint's
    bracket follows, is that work's author: the run after it is the title."""
    runs = tag_spans(tokens, tags)
    out = None
    for n in range(len(runs) - 2):
        first, last, label = runs[n]
        nxt = runs[n + 1]
        if label != "title" or nxt[0] != last or nxt[2] not in ("title", "container-title") or tokens[last - 1].text != "," \
                or nxt[1] >= len(tokens) or tokens[nxt[1]].text != "(" or split_label(tags[nxt[1]])[1] not in IMPRINT_LABELS:
            continue
        name = first + (tokens[first].text in ("and", "&"))  # ("and Seth Perry,": the word joining two cites is prose)
        words = [t.text for t in tokens[name:last - 1] if t.text != "."]
        if not all(capitalised_word(w) or _INITIAL.fullmatch(w) for w in words) or not family_name_like(words[-1]) \
                or not (full_name(words) or 2 <= len(words) <= 4 and all(family_name_like(w) for w in words)):
            continue  # (a given name this library does not know, "Seth Perry": no word of the name a common one)
        out = out or list(tags)
        out[first:name] = ["prose"] * (name - first)
        relabel(out, name, last, "author")
        relabel(out, nxt[0], nxt[1], "title")
    return out or tags


#: An initial of a name (``A``, ``W``).
_INITIAL = re.compile(r"[A-ZÀ-Ý]")
#: A translator's role after their name (``trans.``, ``tr.``, ``transl.``).
_TRANSLATOR_ROLES = frozenset({"trans", "tr", "transl"})


def _name_end(tokens: Sequence[Token], start: int) -> int | None:
    """The index of the comma after a person's name opening at token ``start`` (initials with their stops, capitalised
    words, particles between: ``A. W. Wheen,``, ``Max Eastman,``), or None when no such name opens there."""
    k = start
    while k < len(tokens) and k - start < 9 and (capitalised_word(tokens[k].text) or _INITIAL.fullmatch(tokens[k].text)
                                                 or tokens[k].text == "." and k > start and _INITIAL.fullmatch(tokens[k - 1].text)
                                                 or tokens[k].text.lower() in NAME_PARTICLES and k > start):
        k += 1
    words = [t.text for t in tokens[start:k] if t.text != "."]
    return k if k < len(tokens) and tokens[k].text == "," and len(words) >= 2 and family_name_like(words[-1]) else None


@needs(any_folded(_TRANSLATOR_ROLES), any_word(BY_WORDS))
def rule_translator_named_before_the_title_and_its_author(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``A. W. Wheen, trans., All Quiet on the Western Front, by Erich Maria Remarque (London: Putnam, 1929), 13``: a
    person's name opening the note (after its lead-in words) or a sentence, ``trans.`` between commas, title words up
    to ``, by``, and a name right before an imprint's bracket: the name and its role are the translator, the words the
    title, ``by`` prose and the name after it the author, whatever the tagger read (the name as a title, the title
    and its author as one title)."""
    out = None
    for start in _sentence_starts(text, tokens):
        name = past_lead_words(tokens, start)
        comma = _name_end(tokens, name)
        if comma is None or comma + 3 >= len(tokens) or fold(tokens[comma + 1].text) not in _TRANSLATOR_ROLES:
            continue
        role_end = comma + 2 + (tokens[comma + 2].text == ".")
        if role_end >= len(tokens) or tokens[role_end].text != ",":
            continue
        title = role_end + 1
        by = next((k for k in range(title + 1, min(len(tokens) - 2, title + 40))
                   if tokens[k].text == "," and tokens[k + 1].text.lower() in BY_WORDS or tokens[k].text in "();"), None)
        if by is None or tokens[by].text != "," or not capitalised_word(tokens[title].text, 1):
            continue
        bracket = next((k for k in range(by + 2, min(len(tokens), by + 10)) if tokens[k].text == "("), None)
        if bracket is None or not all(capitalised_word(t.text, 1) or t.text == "." or t.text.lower() in NAME_PARTICLES
                                      for t in tokens[by + 2:bracket]):
            continue
        out = out or list(tags)
        relabel(out, name, role_end + 1, "translator")
        relabel(out, title, by + 1, "title")
        out[by + 1] = "prose"
        relabel(out, by + 2, bracket, "author")
        if out[bracket].startswith("I-"):
            open_run(out, bracket)
    return out or tags


@needs(any_word(BY_WORDS))
def rule_by_inside_a_name_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Andreu Nin, por Francesc Bonamusa (Barcelona…``: an author run holding a comma and ``by``
    (``por``, ``par``) before capitalised words is a title (a book named after a person), the
    ``by`` word prose and the words after it the author; so is a title run that ends on ``, by`` and
    names alone (``The Life of Thomas Paine, by Moncure D. Conway (New York, 1892)``), unless the title names
    a reviewed book (``review of The Prophet Armed, by Isaac Deutscher``: the name is that book's author) or the book
    a part is written for (``introduction to The Communist Manifesto, by Karl Marx``)."""
    if AUTHOR_TAGS.isdisjoint(tag_set(tags)) and "I-title" not in tags:
        return tags  # no "by" word, or no author or title run
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("author", "title"):
            continue
        cue = next((i for i in range(first + 2, last - 1) if tokens[i].text.lower() in BY_WORDS
                    and tokens[i - 1].text == "," and tokens[i + 1].text[:1].isupper()), None)
        if cue is None or not any(t.text[:1].isupper() for t in tokens[first:cue - 1]):
            continue
        if label == "title" and (REVIEW_OF.match(text, tokens[first].start) or BOOK_PART_TO.match(text, tokens[first].start)):
            continue  # "review of The Prophet Armed, by Isaac Deutscher", "introduction to …, by": that book's author
        end = last
        while label == "title" and end > cue + 1 and tokens[end - 1].text in ",;:":
            end -= 1  # "…, by Charles M. Clode, London, 1888": the comma before the imprint
        if label == "title" and end > cue + 2 and tokens[end - 1].text == "." and len(tokens[end - 2].text) > 1:
            end -= 1  # "History of Virginia, by William Stith.": the sentence's stop
        if label == "title" and not _names_only(tokens[cue + 1:end]):
            continue  # "Speech, by Authority of the Council": the title goes on
        relabel(tags, first, cue, "title")
        tags[cue] = "prose"
        relabel(tags, cue + 1, end, "author")
        tags[end:last] = ["prose"] * (last - end)
    return tags


#: The labels of what follows a periodical's name in a cite: its issue's date, volume, number, pages.
_AFTER_A_PERIODICAL = frozenset({"date", "volume", "issue", "locator", "pages"})


@needs(any_written("by"), any_tag(TITLE_TAGS))
def rule_by_author_then_periodical(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``The Disarmament Cry, by N. Lenine, in The Class Struggle, May-June, 1918``, ``The State in Russia--Old and New,
    by Leon Trotzky; The Class Struggle, Vol. II, No. 2, pp. 213-221``: a title, ``, by`` and a person's names, then
    (after a comma or semicolon, ``in`` perhaps) capitalised words that a date, volume, number or pages follow, are
    the article's title, its author and the periodical it appeared in (``container-title``): inside one title run, or
    after the tagger's author run; ``by`` and the joints are prose."""
    out = None
    n = len(tokens)
    for i in range(2, n - 3):
        if tokens[i].text != "by" or tokens[i - 1].text != "," or split_label(tags[i - 1])[1] != "title" \
                or not tokens[i + 1].text[:1].isupper():
            continue
        names_end = _end_of_names(tokens, i + 1)
        if names_end >= n or tokens[names_end].text not in (",", ";") or not _names_only(tokens[i + 1:names_end]):
            continue
        j = names_end + 1 + (names_end + 1 < n and tokens[names_end + 1].text.lower() == "in")
        end = j
        while end < n and split_label(tags[end])[1] == "title" and (end == j or not tags[end].startswith("B-")) \
                and tokens[end].text not in (",", ";", "(") and (tokens[end].text[:1].isupper() or tokens[end].text in FUNCTION_WORDS):
            end += 1
        after = end + (end < n and tokens[end].text == ",")
        if end == j or not tokens[j].text[:1].isupper() or end - j > 8 \
                or not (after < n and split_label(tags[after])[1] in _AFTER_A_PERIODICAL or after >= n):
            continue
        out = out or list(tags)
        out[i] = "prose"
        relabel(out, i + 1, names_end, "author")
        out[names_end:j] = ["prose"] * (j - names_end)
        relabel(out, j, end, "container-title")
        take_trailing_mark(tokens, out, end, "container-title", (",",))
        open_run(out, after)
    return out or tags


#: Participles before ``por``/``par`` that make the name after them the editor or translator, not the author.
_MAKER_PARTICIPLES = {
    **dict.fromkeys("ordenado ordenada publicado publicada editado editada recopilado recopilada coleccionado "
                    "coleccionada reunido reunida anotado anotada publié publiée publiés édité éditée recueilli "
                    "recueillis annoté annotée".split(), "editor"),
    **dict.fromkeys("traducido traducida traduit traduite traduits".split(), "translator"),
}
#: Forms of address before a name after ``por``/``par`` (``por D. Eugenio de Ochoa``, ``par M. Mignet``).
_ADDRESS = frozenset({"d", "don", "doña", "m", "mm", "mr", "mme", "dr", "sr", "fr", "p"})
#: The titles a French person is named by after ``par le`` (``par le Chevalier de Lévis``), folded.
_NOBLE_TITLES = frozenset("chevalier marquis comte baron duc vicomte prince abbé abbe père pere sieur général general "
                          "capitaine colonel".split())
#: Lower-case words inside a name after ``por``/``par`` (``Bermúdez de Castro``).
_IN_NAME = frozenset({"de", "del", "la", "las", "los", "y", "d'", "du", "des", "van", "von"})


def _imprint_after_a_colon(tokens: Sequence[Token], tags: list[str], colon: int) -> None:
    """``…: Madrid, 1841``: at ``colon``, a ``:``, one or two capitalised words, a comma and a year are the
    place and date, whatever run they were read into."""
    n = len(tokens)
    if colon + 3 >= n or tokens[colon].text != ":":
        return
    place_end = colon + 1
    while place_end < min(n, colon + 3) and tokens[place_end].text[:1].isupper() and tokens[place_end].text.isalpha():
        place_end += 1
    if place_end == colon + 1 or place_end + 1 >= n or tokens[place_end].text != "," \
            or not YEAR.fullmatch(tokens[place_end + 1].text):
        return
    tags[colon] = "prose"
    relabel(tags, colon + 1, place_end, "location")
    tags[place_end] = "I-location"
    relabel(tags, place_end + 1, place_end + 2, "date")
    open_run(tags, place_end + 2)


@needs(any_word("por", "par"))
def rule_by_after_a_title_names_its_maker(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Antonio Pérez, Secretario de Estado del Rey Felipe II. Estudios históricos por D. Salvador Bermúdez de
    Castro: Madrid, 1841``, ``Epistolario español ordenado por D. Eugenio de Ochoa. Cartas de Antonio Pérez.
    Tomo I: Madrid, 1850``: inside the fields of a cite that opens the note or its part after a ``;`` (no prose
    before), ``por``/``par`` (after a participle such as ``ordenado``, ``publicado``, ``traduit``, which makes the
    name its editor or translator) and a person's name (a form of address such as ``D.``, ``M.``, an initial or
    a given name first, particles inside; not ``par Deux Amis de la Liberté``)
    ending on ``:``, ``,``, ``;`` or a sentence's full stop: the words before are the title, the name its author
    (``por`` prose) or editor or translator (the participle and ``por`` opening its run), and the rest of the name's run, to the next field, a note."""
    tags = list(tags)
    n = len(tokens)
    for k in range(2, n - 1):
        if tokens[k].text not in ("por", "par") or tags[k] == "prose" and tags[k - 1] != "I-title" \
                or any(tags[i] == "prose" for i in range(k)):
            continue  # (a "par" the tagger left as prose right after the title's run and comma goes on)
        role = _MAKER_PARTICIPLES.get(tokens[k - 1].text.lower(), "author")
        title_end = k - (role != "author")
        start = next((i + 1 for i in range(k - 1, -1, -1) if tokens[i].text == ";"), 0)  # the cite's own part of the note
        if title_end - start < 2 or not tokens[start].text[:1].isupper():
            continue
        first = k + 1
        while first < n and (tokens[first].text.lower().rstrip(".") in _ADDRESS and first + 1 < n and tokens[first + 1].text == "."):
            first += 2
        if first + 2 < n and tokens[first].text in ("le", "la") and fold(tokens[first + 1].text) in _NOBLE_TITLES:
            first += 2  # "par le Chevalier de Lévis": the title the person is named by
        end = first
        while end < n and (tokens[end].text[:1].isupper() and tokens[end].text[:1].isalpha()
                           or tokens[end].text.lower() in _IN_NAME and (end > first or end + 1 < n and tokens[end + 1].text[:1].isupper())
                           or tokens[end].text == "." and len(tokens[end - 1].text) == 1):
            end += 1
        while end > first and tokens[end - 1].text.lower() in _IN_NAME:
            end -= 1
        if end == first or end >= n or tokens[end].text not in (":", ",", ";", ".", "(") \
                or not any(len(t.text) > 1 for t in tokens[first:end]):
            continue
        if first == k + 1 and not (len(tokens[first].text) == 1 or fold(tokens[first].text) in load("given_names")):
            continue  # no form of address, initial or given name: no person's name ("par Deux Amis de la Liberté")
        rest_label = split_label(tags[end - 1])[1]
        _imprint_after_a_colon(tokens, tags, end)
        relabel(tags, start, title_end, "title")
        if role == "author":
            tags[k] = "prose"
        # the participle opens an editor's or translator's run (the normalizer reads the role from it); the form
        # of address stays with the name (a full stop after it ends no cite)
        relabel(tags, title_end if role != "author" else k + 1, end, role)
        if tokens[end].text in ",;" and tags[end] != "prose":
            tags[end] = "I-" + role  # the separator stays with the name
            open_run(tags, end + 1)  # the field after it starts anew
        rest = end + 1
        while rest < n and tags[rest] == "I-" + rest_label and rest_label in NAME_LABELS:
            rest += 1
        if rest > end + 1:  # the name's run went on: what the name is followed by, before the next field
            tags[end] = "prose"
            relabel(tags, end + 1, rest, "note")
        break
    return tags


def _names_only(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` are one to eight tokens of names: capitalised words, initials and their periods,
    ``and``/``&`` between them, at least one word of two letters or more (``Moncure D. Conway``)."""
    words = [t.text for t in tokens]
    return 1 <= len(words) <= 8 and words[-1][:1].isupper() and any(len(w) > 1 and w[:1].isupper() for w in words) \
        and all(w[:1].isupper() or w in (".", "and", "&") for w in words)


def _after_idem(tokens: Sequence[Token], tags: Sequence[str], k: int) -> bool:
    """Whether token ``k`` follows ``idem`` (an ibid run) and its comma: the author is given, what follows is the title."""
    return k >= 2 and tokens[k - 1].text == "," and split_label(tags[k - 2])[1] == "ibid"


_PSEUDONYM_CUES = frozenset({"as", "pseud", "pseudonym"})
#: Marks inside a written name or pseudonym.
_NAME_MARKS = frozenset(".-'’\"“”‘«»")
#: Capitalised words that open a note's prose, not a name (``See William Morris``).
_CUE_WORDS = frozenset({"see", "cf", "also", "and", "in", "by", "vgl", "voir", "quoted", "cited", "compare", "but"})
_ROLE_WORDS = frozenset({"ed", "eds", "edited", "trans", "tr", "translated", "hrsg", "hg", "éd", "dir", "comp"})


@needs(any_word(_PSEUDONYM_CUES))
def rule_pseudonym_stays_with_its_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Franz Kessler (as "Spartacus"), Der Weg…``: a bracketed ``as``/``pseud.`` phrase right after
    one to four capitalised words (or initials) is one author run with them, however the tagger
    read it (an editor without a role word, or part of the title); the field after it starts anew."""
    tags = list(tags)
    for i in range(1, len(tokens) - 2):
        if tokens[i].text not in "([" or tokens[i + 1].text.lower() not in _PSEUDONYM_CUES:
            continue
        close = next((k for k in range(i + 2, min(i + 12, len(tokens))) if tokens[k].text in ")]"), None)
        inside = [t.text for t in tokens[i + 2:close] if t.text not in _NAME_MARKS]
        if close is None or not inside or not all(w[:1].isupper() for w in inside):
            continue  # "(as in note 3)": not a name
        first = i
        while first > 0 and i - first < 6 and (tokens[first - 1].text[:1].isupper() or tokens[first - 1].text in ".-") \
                and tokens[first - 1].text.lower() not in _CUE_WORDS:
            first -= 1
        words = [t.text for t in tokens[first:i] if t.text not in ".-"]
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        if first and split_label(tags[first - 1])[1] != "prose" and tokens[first - 1].text not in (",", ";", ":"):
            continue  # the capitalised words do not open a run: a title's words, not a name
        if first > 1 and tokens[first - 1].text == "," and split_label(tags[first - 2])[1] in NAME_LABELS:
            continue  # "Lenin, Collected Works (as …)": the words after a name are its title
        run_start = first
        while run_start > 0 and tags[run_start].startswith("I-"):
            run_start -= 1
        label = split_label(tags[i - 1])[1]
        has_role = any(t.text.lower() in _ROLE_WORDS for t in tokens[run_start:close])
        role = label if label in NAME_LABELS and (label != "editor" or has_role) else "author"
        end = close + 1
        if end < len(tokens) and tokens[end].text == ",":
            end += 1  # the separator after a name belongs to it, as in training
        relabel(tags, first, end, role)
        open_run(tags, end)
    return tags


_TITLE_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l", "die", "der", "das", "il", "el", "lo"})
#: Words a name before a possessive never opens on (``See Marx's``, ``The Women's``).
#: Adverbs that single out one work of several after a comma (``Deutscher's trilogy, especially The Prophet Outcast``).
_FOCUS_ADVERBS = frozenset({"especially", "notably", "particularly", "chiefly", "mainly", "principally", "esp"})
def _focused(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` is a comma, then an adverb singling out one work (:data:`_FOCUS_ADVERBS`), then a capital."""
    return j < len(tokens) - 2 and tokens[j].text == "," and tokens[j + 1].text.lower() in _FOCUS_ADVERBS \
        and tokens[j + 2].text[:1].isupper()


#: Words that open a clause before the name it names (``As Sheila Fitzpatrick's superb …``, ``Unlike Carr's …``).
_CLAUSE_OPENERS = frozenset({"as", "while", "like", "unlike", "following", "although", "though", "since", "whereas", "when",
                             "if", "thus", "yet", "even", "for", "on", "with", "after", "before", "despite"})
_NO_NAME_OPENERS = _CUE_WORDS | _TITLE_ARTICLES | _CLAUSE_OPENERS


#: Words before a container's name (``in Hazard's Register``).
_CONTAINER_LEADS = frozenset({"in", "dans", "im", "en"})


#: Words whose ``'s`` is a contraction (``It’s``, ``That's``, ``Let's``), never a possessive.
_CONTRACTED_WORDS = frozenset({"it", "that", "what", "there", "here", "let", "he", "she", "who", "where", "how"})


#: What every possessive :func:`_possessive_end` finds holds: ``'s`` (``’s``) ending its word, or ``s`` before an
#: apostrophe.
_POSSESSIVE_MARKS = ("'s", "’s", "s'", "s’")


def _possessive_end(tokens: Sequence[Token], k: int) -> int | None:
    """The index after the possessive at token ``k`` (``Marx's``, ``Daniels'``), or None."""
    word = tokens[k].text
    if not word[:1].isupper():
        return None
    if len(word) > 3 and word[-2:] in ("'s", "’s"):
        return None if fold(word[:-2]) in _CONTRACTED_WORDS else k + 1  # "It’s History, Culture, and Politics"
    if word.endswith("s") and k + 1 < len(tokens) and tokens[k + 1].text in ("'", "’") \
            and tokens[k + 1].start == tokens[k].end:
        return k + 2
    return None


def _near_apostrophes(text: str, tokens: Sequence[Token]) -> list[int]:
    """The indexes, in order, of the tokens that hold an apostrophe or come right before one: the
    only tokens where :func:`_possessive_end` finds a possessive."""
    starts = token_starts(tokens)
    near = set()
    for match in _APOSTROPHE.finditer(text):
        k = bisect_right(starts, match.start()) - 1  # the token holding the apostrophe
        near.update(i for i in (k - 1, k) if i >= 0)
    return sorted(near)


def _prose_title_end(tokens: Sequence[Token], tags: Sequence[str], start: int) -> int | None:
    """The end of a title written in prose from ``start``: capitalised words with small function
    words between them, opening on an article or holding a function word inside, no
    organisation word (``Civil War in France``, ``The Russian Revolution``), or before a comma and a page
    (``Memoirs, 262``: :func:`_before_a_page`); None otherwise."""
    end = start
    last_capital = None
    while end < len(tokens) and tags[end] == "prose" and end - start < 12:
        word = tokens[end].text
        if word[:1].isupper() or word[:1].isdigit():
            last_capital = end
        elif word.lower() not in FUNCTION_WORDS and word not in ("-", "'", "’"):
            break
        end += 1
    if last_capital is None or not tokens[start].text[:1].isupper():
        return None
    words = [t.text for t in tokens[start:last_capital + 1] if t.text[:1].isalnum()]
    opens_on_article = words[0].lower() in _TITLE_ARTICLES and len(words) >= 2
    inner_function_word = len(words) >= 3 and any(w.lower() in FUNCTION_WORDS for w in words[1:-1])
    if not (opens_on_article or inner_function_word or _before_a_page(tokens, last_capital + 1)):
        return None
    if any(fold(w) in ORGANISATION_WORDS and not (fold(w) == "union" and n and fold(words[n - 1]) in _COUNTRY_OF_A_UNION)
           for n, w in enumerate(words)):
        return None  # a body's name ("Ladies' Garment Workers' Union"); the Soviet Union is a country
    return last_capital + 1


@needs(any_mark(" in The ", " in A ", " in An "))
def rule_title_after_a_name_and_in_mid_sentence(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``The argument of Marx in The Civil War in France is not…``: inside a sentence read as prose, one capitalised
    word right after a lower-case word (no place, given name or function word), then ``in`` and a title written in
    prose that opens on a capitalised article (:func:`_prose_title_end`, three words or more, no place: ``in The
    Hague``) name that person's work, mentioned in prose: the words are its title (the name stays prose)."""
    out = None
    for k in range(1, len(tokens) - 2):
        if tokens[k].text != "in" or tokens[k + 1].text not in ("The", "A", "An") or tags[k] != "prose" \
                or tags[k - 1] != "prose" or tags[k + 1] != "prose":
            continue
        name = tokens[k - 1].text
        if not capitalised_word(name, 3) or not name.isalpha() or is_known_place(name) \
                or fold(name) in load("given_names") or fold(name) in FUNCTION_WORDS \
                or k - 1 == 0 or ends_a_sentence(tokens, k - 2) or tokens[k - 2].text[:1].isupper():
            continue  # one capitalised word inside the sentence, after a word in lower case ("of Marx in")
        end = _prose_title_end(tokens, tags, k + 1)
        if end is None or end - (k + 1) < 3 or is_known_place(text[tokens[k + 1].start:tokens[k + 2].end]) \
                or is_known_place(tokens[k + 2].text):
            continue  # "in The Hague in May": a place
        out = out or list(tags)
        relabel(out, k + 1, end, "title")
        open_run(out, end)
    return out or tags


#: Words before ``Union`` that name a country or a union of states, not a body (``the Soviet Union``).
_COUNTRY_OF_A_UNION = frozenset({"soviet", "european"})


def _title_after_a_colon(tokens: Sequence[Token], tags: Sequence[str], j: int) -> int | None:
    """For a name run opening at token ``j`` of one to three capitalised words and a colon, right before a title
    run (``Kolyma: The Arctic Death Camps``, the title's head read as a name), the end of that title run; else None."""
    label = tags[j][2:]
    colon = j + 1
    while colon < len(tags) and tags[colon] == "I-" + label and colon - j <= 3 and tokens[colon].text[:1].isupper():
        colon += 1
    if colon + 1 >= len(tags) or tokens[colon].text != ":" or tags[colon] != "I-" + label \
            or tags[colon + 1] != "B-title":
        return None
    end = colon + 2
    while end < len(tags) and tags[end] == "I-title":
        end += 1
    return end


def _before_a_page(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a comma before a page number (not a year): ``Serge's Memoirs, 262, are…``."""
    return k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text.isdigit() \
        and not YEAR.fullmatch(tokens[k + 1].text)


#: Items a person moves or makes in a body, printed in its record (``Mercer's bill, House Journal, …``).
_ITEM_NOUNS = frozenset("""bill bills amendment amendments motion motions resolution resolutions speech speeches petition
    petitions proposal proposals report reports remarks vote votes""".split())


def _work_words_end(tokens: Sequence[Token], k: int) -> int:
    """The index after the (at most three) lower-case words that are not small function words from token ``k``
    on (``superb``, ``fine study``, ``seven-volume``: a hyphen glues two words into one): ``k`` when there are none."""
    j, words = k, 0
    while j < len(tokens) and words < 3 and _lower_word(tokens[j]) and tokens[j].text not in FUNCTION_WORDS:
        j += 1
        words += 1
        while j + 1 < len(tokens) and glued_hyphen(tokens, j) and _lower_word(tokens[j + 1]):
            j += 2
    return j


def _lower_word(token: Token) -> bool:
    """Whether ``token`` is a word in lower case."""
    return token.text.isalpha() and token.text.islower()


#: Titles of address before a person's name (``Professor Luchitzkiy``, ``Dr. Otto Kallsen``, ``Mrs. Green``).
_ADDRESS_WORDS = frozenset({"professor", "prof", "dr", "mr", "mrs", "miss", "rev", "sir", "mme", "mlle", "herr", "frau"})


def rule_title_of_address_is_no_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…; Professor Luchitzkiy, "Slavery and Russian Slaves…"``: a title run that is only a title of address (and its
    period) right before a name run is no work's title: it is prose before the author."""
    words = lowered_words(tokens)
    if _ADDRESS_WORDS.isdisjoint(words):
        return tags
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or last >= len(tokens) or split_label(tags[last])[1] not in NAME_LABELS \
                or not tags[last].startswith("B-") or fold(tokens[first].text) not in _ADDRESS_WORDS \
                or last - first > 2 or last - first == 2 and tokens[first + 1].text != ".":
            continue
        changed = changed if changed is not None else list(tags)
        changed[first:last] = ["prose"] * (last - first)
    return changed if changed is not None else tags


def _abbreviated_given_name(tokens: Sequence[Token], period: int) -> bool:
    """Whether the period at token ``period`` ends a given name cut short (``Eb.``, ``Aug.``, ``Ch.``: a capital and
    one to three lower-case letters glued to it), not a sentence."""
    word = tokens[period - 1].text if period else ""
    return tokens[period].text == "." and tokens[period].start == tokens[period - 1].end \
        and bool(re.fullmatch(r"[A-Z][a-z]{1,3}", word))


#: A person's years of life in brackets (``(1883–1927)``, ``(1895-1984)``, ``(b. 1912)`` is no span and is left).
_LIFE_YEARS = re.compile(r"\(\s*(?P<born>1[5-9]\d\d)\s*[-–]\s*(?P<died>1[5-9]\d\d|20\d\d)\s*\)[,:;.]?")


@needs(any_mark("("), any_tag(AUTHOR_TAGS))
def rule_person_and_years_of_life_are_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Adolf Joffe (1883–1927), Soviet diplomat; his farewell letter…``: a name opening the note or a sentence, then
    years in brackets as far apart as a life (fifteen to a hundred and ten), describe a person, not a work: the
    name and the years are prose, and so is a short description read as a title right after them that ends its
    clause (``Soviet diplomat;``)."""
    runs = tag_spans(tokens, tags)
    out = None
    for n in range(len(runs) - 1):
        (f0, l0, lab0), (f1, l1, lab1) = runs[n], runs[n + 1]
        if lab0 != "author" or lab1 != "date" or l0 != f1 or f0 and not ends_a_sentence(tokens, f0 - 1):
            continue
        years = _LIFE_YEARS.fullmatch(text, tokens[f1].start, tokens[l1 - 1].end)
        if years is None or not 15 <= int(years["died"]) - int(years["born"]) <= 110:
            continue
        out = out or list(tags)
        out[f0:l1] = ["prose"] * (l1 - f0)
        if n + 2 < len(runs) and runs[n + 2][0] == l1 and runs[n + 2][2] == "title":
            f2, l2, _ = runs[n + 2]
            ends_its_clause = tokens[l2 - 1].text in (";", ".") or l2 == len(tokens) or tokens[l2].text in (";", ".")
            if ends_its_clause and l2 - f2 <= 7 and not any(t.text in OPENING_QUOTES for t in tokens[f2:l2]):
                out[f2:l2] = ["prose"] * (l2 - f2)
        open_run(out, l1)
    return out or tags


def _particle_after_a_name(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a lower-case name particle (``van``, ``der``, ``de``) after a capitalised name word, perhaps
    after other particles (``Marcel van der Linden's``): the name goes on through it."""
    j = i
    while j >= 0 and tokens[j].text.islower() and fold(tokens[j].text) in load("particles"):
        j -= 1
    return j < i and j >= 0 and tokens[j].text[:1].isupper() and tokens[j].text.isalpha()


@needs(any_mark(_POSSESSIVE_MARKS))
def rule_possessive_names_a_work(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Sheila Fitzpatrick's superb The Russian Revolution``, ``Marx's Civil War in France``, ``Moss's
    excellent account, The Harbour Towns``: a name ending in a possessive, then at most three lower-case
    words (``superb``, ``novel``; a comma may follow them),
    then a title (one the tagger found, or a capitalised prose phrase that opens on an article or
    holds a small function word, or a person's name right before the imprint's bracket: ``Reed’s José Clemente
    Orozco (New York: Delphic Studios, 1932)``) is that title's author; the lower-case words are prose. A name
    run the tagger carried past its possessive ends there."""
    if "B-note" in tags and all(split_label(tag)[1] in ("note", "prose") for tag in tags):
        # a note of prose the tagger read as one note run ("The best study is Prof. Zechariah Chafee's, Freedom of
        # Speech."): read as prose, kept as read unless a work comes out of it
        read = _possessives_naming_works(text, tokens, ["prose"] * len(tags))
        return read if any(split_label(tag)[1] == "title" for tag in read) else tags
    return _possessives_naming_works(text, tokens, tags)


#: Words after which a family name and its comma open a short form (``qtd. in Bogues, Caliban's Freedom, 60``).
_SHORT_FORM_LEADS = frozenset({"in", "(", ";", "see", "cf", "cf.", "also", ":"})


def _cited_after_its_authors_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether the possessive at token ``k`` opens the title of a short form whose author's family name and comma come
    right before it, after ``in``, a bracket or ``;`` (``qtd. in Bogues, Caliban's Freedom, 60``): the title's own
    possessive, no author's."""
    return k >= 3 and tokens[k - 1].text == "," and capitalised_word(tokens[k - 2].text, 3) \
        and tokens[k - 3].text.lower() in _SHORT_FORM_LEADS


def _opens_a_quoted_title(tokens: Sequence[Token], first: int, k: int) -> bool:
    """Whether the name from token ``first`` to its possessive at ``k`` opens a quotation that closes after it, within
    a title's reach (``"Petitioner's Bills of Exceptions,"``): the quotation is a title, and the possessive its word.
    A straight double quote opens one only after an even number of them."""
    if first == 0 or tokens[first - 1].text not in OPENING_QUOTES:
        return False
    if tokens[first - 1].text == '"' and sum(1 for t in tokens[:first - 1] if t.text == '"') % 2:
        return False  # it closes the quotation before
    closing = closing_quote(tokens, first - 1, 40)
    return closing is not None and closing > k + 1


def _possessives_naming_works(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """:func:`rule_possessive_names_a_work` on ``tags``."""
    tags = list(tags)
    for k in _near_apostrophes(text, tokens):
        after = _possessive_end(tokens, k)
        if after is None or _cited_after_its_authors_name(tokens, k):
            continue
        words_end = _work_words_end(tokens, after)
        if words_end < len(tokens) and tokens[words_end].text == "," \
                and any(fold(t.text) in _ITEM_NOUNS for t in tokens[after:words_end]):
            continue  # "Mercer's bill, House Journal, 21 Cong. 1 sess. p. 512": his item, in the journal; no author's work
        if words_end == after + 1 and tokens[after].text in DAYBOOK_WORDS:
            continue  # "Beatrice Webb's diary, 14 Feb. 1919": the diarist's diary, cited by its day, as the tagger read it
        label = split_label(tags[k])[1]
        if label == "title":  # "Robert" + "Daniels' classic The Conscience…": the name runs on into the title
            start = k
            while start > 0 and tags[start].startswith("I-"):
                start -= 1
            if start and split_label(tags[start - 1])[1] in NAME_LABELS and k - start <= 2 \
                    and (tokens[start - 1].text not in (",", ":", ";", ".") or _abbreviated_given_name(tokens, start - 1)) \
                    and tokens[start].text.lower() not in _TITLE_ARTICLES \
                    and all(t.text[:1].isupper() for t in tokens[start:k + 1]):
                label = split_label(tags[start - 1])[1]
                relabel(tags, start, after, label, continues=True)
                if after < len(tags) and tags[after].startswith("I-"):
                    tags[after] = "B-title"
            elif start == k and after < words_end < len(tokens) and (tokens[words_end].text[:1].isupper()
                                                                     or tokens[words_end].text in OPENING_QUOTES
                                                                     or _focused(tokens, words_end)):
                label = "prose"  # "Hale's fine study The Inland Towns": the title run opened on the name
            elif start == k == after - 1 and words_end == after and after < len(tokens) and tokens[after].text[:1].isupper() \
                    and k > 0 and tags[k - 1] == "prose" and tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower() \
                    and capitalised_word(tokens[k].text.rstrip("'’s").rstrip("'’"), 3) and fold(tokens[k].text.rstrip("'’s")) not in ORGANISATION_WORDS:
                # "The classic statement remains Lenin's What Is to Be Done?", "the treatment in Carr's Socialism in One
                # Country": in a sentence, a surname's possessive opening a title run is the author's, the rest the title
                tags[k] = "B-author"
                tags[after] = "B-title"
                continue
            elif start < k and k - start <= 3 and after < words_end < len(tokens) and tags[start - 1 if start else 0] == "prose" \
                    and all(t.text[:1].isupper() for t in tokens[start:k + 1]) and tokens[start].text.lower() not in _TITLE_ARTICLES \
                    and (tokens[words_end].text in OPENING_QUOTES or tokens[words_end].text[:1].isupper()):
                # "see Hal Draper's classic “The Two Souls of Socialism”" read as one title: the name, a word on
                # the work, its title
                end = words_end
                while end < len(tags) and tags[end].startswith("I-") and split_label(tags[end])[1] == "title":
                    end += 1
                relabel(tags, start, after, "author")
                tags[after:words_end] = ["prose"] * (words_end - after)
                relabel(tags, words_end, end, "title")
                continue
            elif any(t.text.islower() and t.text in load("verbs") for t in tokens[start:k]):
                # "They studied Marx's Civil War in France in prison" read as one title: a sentence around one
                end = k
                while end < len(tags) and split_label(tags[end])[1] == "title" and (end == k or tags[end] != "B-title"):
                    end += 1
                tags[start:end] = ["prose"] * (end - start)
                label = "prose"
            else:
                continue
        if label not in NAME_LABELS and label != "prose":
            continue
        first = k
        while first > 0 and k - first < 5 and label == "prose" and tags[first - 1] == "prose" and \
                ((tokens[first - 1].text[:1].isupper() or tokens[first - 1].text in (".", "-"))
                 and tokens[first - 1].text.lower() not in _NO_NAME_OPENERS or _particle_after_a_name(tokens, first - 1)):
            first -= 1
        if label != "prose":
            while first > 0 and tags[first].startswith("I-"):
                first -= 1
        if _opens_a_quoted_title(tokens, first, k):
            continue  # "“Petitioner's Bills of Exceptions,” December 6, 1847": the title's own possessive
        if tokens[first].text.lower() in _NO_NAME_OPENERS or label == "prose" and first > 0 \
                and tokens[first - 1].text.lower() in _TITLE_ARTICLES and tokens[first].text != ".":
            continue  # "the Party's own account", "The Historian's Office": a body's or a thing's, not an author's
            # (not an initial: "A. Wagner's Handbuch")
        j = words_end
        if j > after and _focused(tokens, j):
            tags[j:j + 2] = ["prose", "prose"]  # "Deutscher's trilogy, especially The Prophet Outcast"
            if j + 2 < len(tags) and tags[j + 2].startswith("I-"):
                tags[j + 2] = "B-" + tags[j + 2][2:]
            j += 2
        j += j < len(tokens) - 1 and tokens[j].text == "," and tokens[j + 1].text[:1].isupper() \
            and (j > after or label == "prose" and _possessive_end(tokens, j + 1) is None)
        # ("Prof. Zechariah Chafee's, Freedom of Speech": a comma right after it; not "Byelaeff's, Kostomaroff's and …")
        if j >= len(tokens):
            continue
        if split_label(tags[j])[1] == "title" and (tags[j].startswith("B-") or j > after):
            end = None  # the tagger's title
        elif split_label(tags[j])[1] == label and label != "prose" and tokens[j].text[:1].isupper():
            end = j  # the name run carried on into the title
            while end < len(tokens) and split_label(tags[end])[1] == label and tags[end] != "B-" + label:
                end += 1
            if any(fold(t.text) in _BODY_WORDS for t in tokens[j:end]):
                continue  # "Ladies’ Garment Workers’ Union": a body's name, possessives and all
        elif label == "prose" and tags[j] == "prose" and tokens[j].text.lower() in _TITLE_ARTICLES \
                and tokens[j].text[:1].isupper() and j + 1 < len(tags) and tags[j + 1] == "B-title":
            tags[j], tags[j + 1] = "B-title", "I-title"  # "Carr's multi-volume A History of Soviet Russia": the article opens it
            end = None
        elif label == "prose" and tags[j] == "prose":
            end = _prose_title_end(tokens, tags, j)
            if end is None and j == after:
                end = _bare_title_after_a_possessive(tokens, tags, j)
            if end is None:
                continue
        elif label == "prose" and tags[j][2:] in NAME_LABELS and tags[j].startswith("B-"):
            end = _title_after_a_colon(tokens, tags, j)  # "Conquest's later Kolyma: The Arctic…": no name
            if end is None:
                end = _name_titling_a_book_before_its_imprint(tokens, tags, j)
            if end is None:
                continue
        else:
            continue
        if label == "prose" and j == after and first > 0 and tokens[first - 1].text.lower() in _CONTAINER_LEADS \
                and tokens[j].text not in OPENING_QUOTES and not _place_and_year_after_the_title(tokens, tags, j):
            # "in Hazard's Pennsylvania Register, V. 191": the possessive names the container, not an author;
            # a quoted title after it is the name's work ("in Rodbertus' „Offenem Brief”")
            stop = end if end is not None else j + 1
            while end is None and stop < len(tokens) and tags[stop] == "I-title" and tokens[stop].text != ",":
                stop += 1
            relabel(tags, first, stop, "container-title")
            if stop < len(tags) and tokens[stop].text == "," and tags[stop] == "I-title":
                tags[stop] = "prose"
                stop += 1
            open_run(tags, stop)
            continue
        if first > 0 and j == after and tokens[first - 1].text.lower() in THEIR_WORDS:
            # "developed in his Karl Marx's Theory of Revolution": the possessive opens the title of a work of theirs
            relabel(tags, first, end if end is not None else after, "title")
            if end is None:
                tags[after] = "I-title"
            continue
        relabel(tags, first, after, label if label != "prose" else "author")
        tags[after:j] = ["prose"] * (j - after)
        if end is not None:
            relabel(tags, j, end, "title")
            if end < len(tags) and tags[end] == "B-title":
                tags[end] = "I-title"
            if _before_a_page(tokens, end) and tags[end + 1] == "prose":
                tags[end + 1] = "B-locator"  # "Serge's Memoirs, 262, are…": the page is the pinpoint
        elif tags[j].startswith("I-"):
            tags[j] = "B-title"
    return tags


#: Articles and prepositions inside a German, French or Italian title, after which a lower-case adjective may stand
#: before its capitalised noun (``Geschichte der deutschen Städte``).
_TITLE_ARTICLE_WORDS = frozenset("der des dem den die das im zur zum vom de du la le les di del della".split())


def _bare_title_after_a_possessive(tokens: Sequence[Token], tags: Sequence[str], j: int) -> int | None:
    """Where a title written in prose right after a possessive ends (``Barthold's Geschichte der deutschen Städte,``,
    ``Janssen's Geschichte des deutschen Volkes``): a capitalised word of four letters or more that is no name or
    place, then capitalised words, function words, and lower-case adjectives between an article and their noun, with
    a German, French or Italian article inside (:data:`_TITLE_ARTICLE_WORDS`: capitalised English words after a
    possessive name things as often as works); the title ends on a capitalised word. None when token ``j`` opens no
    such title."""
    word = tokens[j].text
    if tags[j] != "prose" or not capitalised_word(word, 4) or not word.isalpha() \
            or fold(word) in load("given_names") or fold(word) in NAMES_FOLDED or is_known_place(word) \
            or fold(word) in ORGANISATION_WORDS:
        return None
    end = last = j + 1
    while end < len(tokens) and tags[end] == "prose" and end - j < 10:
        piece = tokens[end].text
        if piece[:1].isupper() and piece.isalpha():
            last = end + 1
        elif piece.lower() in FUNCTION_WORDS or piece.lower() in _TITLE_ARTICLE_WORDS:
            pass
        elif piece.isalpha() and piece.islower() and tokens[end - 1].text.lower() in _TITLE_ARTICLE_WORDS \
                and end + 1 < len(tokens) and tokens[end + 1].text[:1].isupper():
            pass  # "der deutschen Städte": an adjective before its noun
        else:
            break
        end += 1
    if not any(tokens[k].text in _TITLE_ARTICLE_WORDS for k in range(j + 1, last)):
        return None  # "Lenin's Party was…", "Chicago’s Black Arts Movement": capitalised words name things as often
    return last


def _name_titling_a_book_before_its_imprint(tokens: Sequence[Token], tags: Sequence[str], j: int) -> int | None:
    """Where the name run opening at token ``j`` ends when the imprint's bracket follows it right away (``Reed’s widely
    distributed José Clemente Orozco (New York: Delphic Studios, 1932)``: after a possessive, the name is the title of
    a book about that person); None otherwise."""
    end = j + 1
    while end < len(tokens) and tags[end] == "I-" + tags[j][2:]:
        end += 1
    if end + 1 < len(tokens) and tokens[end].text == "(" and split_label(tags[end])[1] in IMPRINT_LABELS \
            and all(tokens[k].text[:1].isupper() for k in range(j, end)):
        return end
    return None


def _place_and_year_after_the_title(tokens: Sequence[Token], tags: Sequence[str], j: int) -> bool:
    """Whether the title run opening at token ``j`` goes on, after a comma, into a capitalised place of one word and a
    year (``Pappenheim's Altdanische Schutzgilden, Breslau, 1885``): a book's imprint, so the possessive before it is
    its author's, not a periodical's name (``in Hazard's Pennsylvania Register, V. 191``)."""
    k = j
    while k < len(tokens) and tokens[k].text != "," and (k == j or tags[k] == "I-title"):
        k += 1
    return k + 3 < len(tokens) and tokens[k].text == "," and capitalised_word(tokens[k + 1].text, 3) \
        and tokens[k + 2].text == "," and YEAR.fullmatch(tokens[k + 3].text) is not None


#: What the rule below cannot do without: a comma, then a word opening on a capital that ends on a possessive
#: (:func:`_possessive_end`).
_POSSESSIVE_AFTER_A_COMMA = re.compile(r",\s*" + _MAY_BE_A_CAPITAL + r"\S*(?:['’]s|s['’])")


@needs(any_mark(_POSSESSIVE_MARKS), any_written(","), any_match(_POSSESSIVE_AFTER_A_COMMA), any_tag("B-title"),
       any_tag("I-title"), any_tag(NAME_TAGS))
def rule_possessive_after_a_comma_in_a_possessives_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Leo and Botta's History of Italy, Ferrari's Revolutions d'Italie``: in a title run that opens right
    after a name ending in a possessive (its author), a comma and another capitalised one-word possessive
    before a capitalised word open the next work of a list of such works: the comma is prose, the
    possessive that work's author and the words after it its title. Not a periodical's or a body's
    name (``Gentleman's Magazine``), nor a common word's possessive (``People's``)."""
    tags = list(tags)
    for k in _near_apostrophes(text, tokens):
        after = _possessive_end(tokens, k)
        if after is None or after >= len(tokens) or k < 3 or tokens[k - 1].text != ",":
            continue
        if not (tags[k - 1] == tags[k] == tags[after] == "I-title") or not tokens[after].text[:1].isupper() \
                or fold(tokens[after].text) in _PERIODICAL_WORDS | _BODY_WORDS:
            continue
        name = tokens[k].text.rstrip("'’s") if after == k + 1 else tokens[k].text
        if not name.isalpha() or fold(name) in WORDS or fold(name) in load("stopwords"):
            continue
        start = k - 1
        while start > 0 and tags[start] == "I-title":
            start -= 1
        opener = start - 1
        if tags[start] != "B-title" or opener < 0 or split_label(tags[opener])[1] not in NAME_LABELS \
                or _possessive_end(tokens, opener) != start and _possessive_end(tokens, opener - 1) != start \
                or k - 1 - start < 2:
            continue
        tags[k - 1] = "prose"
        relabel(tags, k, after, "author")
        tags[after] = "B-title"
    return tags


#: Words of a periodical's or a directory's name: a possessive opening such a name is part of it
#: (``Gentleman's Magazine``, ``Boyd's Washington and Georgetown Directory``).
_PERIODICAL_WORDS = frozenset("""magazine journal review register gazette almanac almanack chronicle herald times
quarterly monthly weekly miscellany directory directories""".split())


def _title_earlier_in_the_sentence(tokens: Sequence[Token], tags: Sequence[str], k: int) -> bool:
    """Whether a title run comes before token ``k`` since the last full stop or semicolon."""
    j = k - 1
    while j >= 0 and tokens[j].text not in (".", ";"):
        if split_label(tags[j])[1] == "title":
            return True
        j -= 1
    return False


_APOSTROPHE = re.compile("['’]")
#: Opening quotation marks that stand as a token of their own before a quoted title.
_OPEN_QUOTE_TOKENS = frozenset({'"', "“", "«", "„"})


#: Words that may stand right before such a possessive (citing words; punctuation may too).
_POSSESSIVE_TITLE_LEADS = frozenset({"see", "cf", "voyez", "voir", "vgl", "siehe", "vide", "compare", "also", "aussi", "auch",
                                     "from", "and"})


@needs(any_mark(_POSSESSIVE_MARKS), any_written(","), any_tag("B-title"), any_tag("I-author"))
def rule_possessive_name_after_an_authors_comma_opens_the_title(text: str, tokens: Sequence[Token],
                                                                tags: list[str]) -> list[str]:
    """``Draper, Karl Marx's Theory of Revolution, vol. 1``: an author run whose names end on a comma followed by a
    person's full name in the possessive (a known given name, then one or two capitalised words; after a list of
    authors joined by ``and``, any name: ``Ansari and Schmidtke, Al-Šarīf al-Murtaḍā’s Oeuvre…``) right before a
    title run holds the title's first words: the possessive name (the book's subject, not its author) opens the
    title."""
    tags = list(tags)
    for k in _near_apostrophes(text, tokens):
        after = _possessive_end(tokens, k)
        if after is None or after >= len(tokens) or tags[after] != "B-title" or split_label(tags[k])[1] != "author":
            continue
        comma = k - 1
        while comma > 0 and k - comma <= 8 and tokens[comma].text != "," and tags[comma] == "I-author" \
                and (tokens[comma].text[:1].isupper() or tokens[comma].text in ("-", "al", "el", "de", "ibn", "bin")):
            comma -= 1
        if comma < 1 or tokens[comma].text != "," or tags[comma] != "I-author" or split_label(tags[comma - 1])[1] != "author" \
                or k - comma < 2:
            continue
        start = comma - 1
        while start > 0 and tags[start].startswith("I-"):
            start -= 1
        listed = any(tokens[i].text.lower() in ("and", "&") for i in range(start, comma))  # "A and B, …'s Title"
        if not (k - comma <= 3 and fold(tokens[comma + 1].text) in load("given_names") or listed):
            continue  # no name and comma before the possessive inside the run, or a family name alone (``Welwood,
            # North's Life of Guildford``: a list of authors)
        relabel(tags, comma + 1, after, "title")
        for i in range(after, len(tokens)):
            if tags[i] != ("B-title" if i == after else "I-title"):
                break
            tags[i] = "I-title"
    return tags


#: Words that make a name run an editor's (``ed.``, ``edited by``, ``hrsg.``, ``a cura di``).
_EDITOR_CUES = frozenset({"ed", "eds", "edd", "edited", "editor", "editors", "editing", "hrsg", "hg", "herausgegeben",
                           "cura", "cur", "dir", "éd", "éds", "comp", "comps", "compiled", "compiler"})


def _author_and_title_before_the_editor(tokens: Sequence[Token], tags: list[str], first: int, last: int) -> bool:
    """In place: ``Stan Weir, Singlejack Solidarity, ed. George Lipsitz (Minneapolis: …)``: an editor run that opens a
    cite (:func:`_opens_a_cite_here`) on a name in natural order (two to six tokens: not ``Peden, William, ed.``, a
    bibliography's inverted editor) and a comma, then capitalised title words, a comma and an editor word (``ed.``,
    ``edited by``) inside it, is an author, a title and the editor; whether it was."""
    names_end = next((i for i in range(first, min(last, first + 8)) if tokens[i].text == ","), None)
    if names_end is None or not 2 <= names_end - first <= 6 or not _opens_a_cite_here(tokens, tags, first) \
            or not all(t.text[:1].isupper() or t.text in (".", "and", "&") for t in tokens[first:names_end]):
        return False
    cue = next((i for i in range(names_end + 2, last - 1) if tokens[i].text == ","
                and fold(tokens[i + 1].text.rstrip(".")) in _EDITOR_CUES), None)
    if cue is None or not tokens[names_end + 1].text[:1].isupper() \
            or any(t.text == "," for t in tokens[names_end + 1:cue]):
        return False
    relabel(tags, first, names_end + 1, "author")
    relabel(tags, names_end + 1, cue + 1, "title")
    relabel(tags, cue + 1, last, "editor")
    return True


@needs(any_written(","), any_tag("B-editor", "B-container-title"))
def rule_editor_run_without_an_editor_word_is_an_author_and_title(text: str, tokens: Sequence[Token],
                                                                   tags: list[str]) -> list[str]:
    """``Raya Dunayevskaya, Marxism and Freedom (New York: Bookman, 1958).``: an editor run that opens the cite with
    no editor word in it or right before it (``ed.``, ``edited by``, ``hrsg.``), made of one to four capitalised
    names, a comma and capitalised words up to an imprint bracket, is an author and the title of the book (so are the
    names and their comma alone, before a title run up to such a bracket); so is one opening a cite and ending on a
    comma before a volume or pinpoint (``Gibbon, Decline and Fall, vol. 3, p. 385``: a short form). After
    ``in`` and before an imprint bracket or pages (``“The Russian Revolution,” in Hudis and Anderson, Rosa Luxemburg
    Reader, 281-310``) the names are the book's editors, cited short, and the words after the comma its title:
    the container. A container run that opens a sentence on a full name, its comma and a title up to an imprint
    bracket (``… unwaged work.” Silvia Federici, Wages Against Housework (Falling Wall Press, 1975)``) is an author
    and a title too."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("editor", "container-title") or last >= len(tokens):
            continue
        after_in = first > 0 and tokens[first - 1].text.lower() == "in" and tags[first - 1] == "prose"
        if label == "container-title":  # "…” Silvia Federici, Wages Against Housework (Falling Wall Press, 1975)"
            comma = next((i for i in range(first, last) if tokens[i].text == ","), None)
            named = [t.text for t in tokens[first:comma or first] if t.text != "."]
            if after_in or tokens[last].text != "(" or comma is None or not 2 <= len(named) <= 4 \
                    or not all(capitalised_word(w, 1) and fold(w) not in FUNCTION_WORDS for w in named) \
                    or not (first == 0 or tokens[first - 1].text in (".", ";")
                            or first > 1 and tokens[first - 1].text in ("”", "\"") and tokens[first - 2].text in (".", "!", "?")) \
                    or comma + 1 >= last or not tokens[comma + 1].text[:1].isupper() or not opens_an_imprint(tokens, tags, last):
                continue
        comma = next((i for i in range(first, last) if tokens[i].text == ","), None)
        if comma is None:
            continue  # no name and its comma in the run
        closes = tokens[last].text == "(" or after_in and split_label(tags[last])[1] in ("pages", "locator") \
            or not after_in and tokens[last - 1].text == "," and split_label(tags[last])[1] in ("volume", "locator") \
            and _opens_a_cite_here(tokens, tags, first)  # "Gibbon, Decline and Fall, vol. 3, p. 385": a short form
        words = {fold(t.text.rstrip(".")) for t in tokens[max(0, first - 3):last]}
        if comma == last - 1 and not after_in and words.isdisjoint(_EDITOR_CUES) \
                and _title_run_up_to_an_imprint(tokens, tags, last) and 1 <= comma - first <= 6 \
                and all(t.text[:1].isupper() or t.text in (".", "and", "&") for t in tokens[first:comma]):
            relabel(tags, first, last, "author")  # "Bornstein and Richardson," then "War and the International (London…"
            continue
        if _author_and_title_before_the_editor(tokens, tags, first, last):
            continue  # "Stan Weir, Singlejack Solidarity, ed. George Lipsitz (Minneapolis: …)"
        if not closes or not words.isdisjoint(_EDITOR_CUES) or "v" in words or "vs" in words:
            continue  # an editor named, or a law case's parties (``Chicago, Burlington … v. Union Pacific``)
        if comma is None or comma + 1 >= last or not 1 <= comma - first <= 6 or not tokens[comma + 1].text[:1].isupper() \
                or not all(t.text[:1].isupper() or t.text in (".", "and", "&") for t in tokens[first:comma]):
            continue
        if after_in:
            relabel(tags, first, comma + 1, "editor")
            relabel(tags, comma + 1, last, "container-title")
        else:
            relabel(tags, first, comma + 1, "author")
            relabel(tags, comma + 1, last, "title")
    return tags


def _title_run_up_to_an_imprint(tokens: Sequence[Token], tags: list[str], first: int) -> bool:
    """Whether a title (or container) run opens at ``first`` on a capitalised word and runs up to an imprint's bracket."""
    return first < len(tokens) and tags[first] in ("B-title", "B-container-title") and tokens[first].text[:1].isupper() \
        and run_ends_before_an_imprint(tokens, tags, first)


#: Words that lead in to a source and open no name (``From Brand’s Popular Antiquities``, ``See Pitkin's History``).
_SOURCE_LEADS = _POSSESSIVE_TITLE_LEADS | {"in"}


@needs(any_mark(" in "), any_mark(_POSSESSIVE_MARKS), any_written("in"), any_tag("B-title"))
def rule_possessives_piece_in_a_book_names_its_writer_and_book(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``see Irving Howe's essay in Steady Work (New York, 1966), 226–34``: a title run that opens on a writer's name
    ending on its possessive (one to three capitalised words), then a piece of writing (:data:`_WRITINGS_IN_A_BOOK`), ``in`` and
    a capitalised title, names the writer and the book the piece is in: the name is the author, the piece and ``in``
    prose, the rest the title (``Chew's letters in House Reports``)."""
    if _WRITINGS_IN_A_BOOK.isdisjoint(lowered_words(tokens)):
        return tags
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or last - first < 5:
            continue
        owner = next((i for i in range(first, min(first + 3, last)) if POSSESSIVE_END.search(tokens[i].text)), None)
        if owner is None or owner + 3 >= last or tokens[owner + 1].text.lower() not in _WRITINGS_IN_A_BOOK \
                or tokens[owner + 2].text != "in" or not tokens[owner + 3].text[:1].isupper() \
                or not all(t.text[:1].isupper() for t in tokens[first:owner + 1]):
            continue
        out = out or list(tags)
        relabel(out, first, owner + 1, "author")
        out[owner + 1:owner + 3] = ["prose", "prose"]
        relabel(out, owner + 3, last, "title")
    return out or tags


def _co_author_before(tokens: Sequence[Token], tags: list[str], k: int) -> int:
    """Where a possessive's title run opens when a capitalised name and ``and`` or ``&`` come before the name at ``k``
    in the same run (``Carr and Davies's Foundations``, ``Gerland and Waitz’s Anthropologie``): at that first name (and
    its given names); else at ``k``."""
    if k < 2 or fold(tokens[k - 1].text) not in ("and", "&") or not tags[k].startswith("I-") \
            or tags[k - 1] != tags[k] or split_label(tags[k - 2])[1] != tags[k][2:]:
        return k
    name = tokens[k - 2].text
    if not (family_name_like(name) and name[1:].isalpha() and name[1:].islower()):
        return k
    return _given_names_before(tokens, tags, k - 2)


@needs(any_mark("'", "’"), any_tag(_OPENING_TITLE_TAGS))  # (what it looks for opens before an apostrophe)
def rule_possessive_opening_a_title_is_its_author(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Voyez Pitkin's History, vol. 1``, ``Godefroy's Commentary, tom. iv.``: a title (or container)
    run that opens on a capitalised possessive and goes on with a word (or a quoted title: ``Sparks'
    "Washington Works,"``) is the possessive's work cited short (so is a possessive that is a title run
    of its own right before a quoted title run: ``Michaux's "Journal," in …``): the possessive is its author, the words after it the title. It opens the cite
    (after punctuation or a citing word, not inside a phrase: ``the King of France's Service``),
    not after a name (``Isaac Deutscher, Lenin's Childhood`` is a title), and a container run
    after a title stays that title's periodical (``“Friend of France,” World's Work``); nor for a periodical's or an organisation's name (``Gentleman's Magazine``,
    ``Children's Employment Commission's Report``), nor for more than two words after the possessive
    when the first is lower-case (a sentence read as a title: ``Randolph's criteria for withholding…``)."""
    ends = [m.start() - 1 for m in _APOSTROPHE.finditer(text)]
    if not ends:
        return tags
    tags = list(tags)
    starts = token_starts(tokens)
    for end in ends:
        k = bisect_right(starts, end) - 1  # the word the apostrophe ends, or the one it closes
        if k < 0:
            continue
        owner = k
        k = _given_names_before(tokens, tags, k)  # "Israel Getzler's Kronstadt": the run opens on the given name
        k = _co_author_before(tokens, tags, k)  # "Carr and Davies's Foundations": the run opens on the first name
        if k > 0 and tags[k - 1] in ("B-title", "B-container-title") and tags[k] == "I-" + tags[k - 1][2:] \
                and fold(tokens[k - 1].text) in _SOURCE_LEADS:
            tags[k - 1] = "prose"  # "—From Brand’s Popular Antiquities": the word before the name leads in
            tags[k] = "B-" + tags[k][2:]
        if tags[k] not in ("B-title", "B-container-title"):
            continue
        after = _possessive_end(tokens, owner)
        label = tags[k][2:]
        if after is None or after >= len(tokens):
            continue
        if after == owner + 2 and fold(tokens[owner].text) in WORDS:
            continue  # a common noun's plural possessive names a body or a paper ("Workers' Liberty"), not an author
        if label == "title" and tags[after] == "B-title" and tokens[after].text in _OPEN_QUOTE_TOKENS \
                and after + 1 < len(tokens) and tokens[after + 1].text[:1].isupper() \
                and (k == 0 or not tokens[k - 1].text[:1].isalnum() or fold(tokens[k - 1].text) in _POSSESSIVE_TITLE_LEADS):
            relabel(tags, k, after, "author")  # "Michaux's" + "“Journal,”": a run of its own before the quoted title
            continue
        if tags[after] != "I-" + label:
            continue
        if not tokens[after].text[:1].isalpha() and not (  # "Sparks' “Washington Works,”": a quoted title after it
                tokens[after].text in _OPEN_QUOTE_TOKENS and after + 1 < len(tokens) and tags[after + 1] == "I-" + label
                and tokens[after + 1].text[:1].isupper()):
            continue
        before = tokens[k - 1].text if k else "."
        if before[:1].isalnum() and fold(before) not in _POSSESSIVE_TITLE_LEADS \
                and not (fold(before) in ("in", "of") and (k < owner or k > 1 and fold(tokens[k - 2].text) in CITING_VERBS)):
            continue  # "in the King of France's Service": inside a phrase; "in Moishe Postone's Time, Labor…", a
            # full name after "in" or "of", opens a cite, as a possessive after "reprinted in" does
        if any(split_label(tag)[1] in NAME_LABELS for tag in tags[max(0, k - 3):k]) or _after_idem(tokens, tags, k):
            continue
        if label == "container-title" and _title_earlier_in_the_sentence(tokens, tags, k):
            continue  # "“Myron Herrick, Friend of France,” World's Work": the title's periodical
        end = after
        while end < len(tokens) and tags[end] == "I-" + label:
            end += 1
        words = [t.text for t in tokens[after:end] if t.text[:1].isalpha()]
        folded = {fold(w).removesuffix("'s").removesuffix("’s") for w in words}
        folded |= {w.removesuffix("s") for w in folded}  # "Commons' Journals", "Reports"
        if folded & _PERIODICAL_WORDS or folded & ORGANISATION_WORDS:
            continue
        described = _described_work(tokens, after, end)
        if described is not None:  # "Ciliga's own memoir, The Russian Enigma": the words before the comma are prose
            relabel(tags, k, after, "author")
            tags[after:described] = ["prose"] * (described - after)
            relabel(tags, described, end, "title")
            continue
        if words[0].islower() and len(words) > 2:  # "Randolph's criteria for withholding and …": prose
            continue
        if _a_description(words):  # "Deutscher's trilogy": the author's work, described, not titled
            relabel(tags, k, after, "author")
            tags[after:end] = ["prose"] * (end - after)
            continue
        relabel(tags, k, after, "author")
        relabel(tags, after, end, "title")
    return tags


def _given_names_before(tokens: Sequence[Token], tags: Sequence[str], k: int) -> int:
    """The index of the first of the capitalised words or initials right before the possessive at token ``k``
    (``Israel Getzler's``, ``E. H. Carr's``, ``Eb. Bain's``; four tokens at most) inside one run, when that run opens on them;
    else ``k``."""
    if not tokens[k].text.endswith(("'s", "’s")):
        return k  # a plural's possessive ("Federal Writers' Project") is a body's name
    first = k
    for _ in range(4):
        j = first - 1
        if j < 0 or not tags[j][:2] in ("B-", "I-") or split_label(tags[j])[1] != split_label(tags[k])[1]:
            break
        word = tokens[j].text
        if word == "." and j > 0 and (len(tokens[j - 1].text) == 1 and tokens[j - 1].text.isupper()
                                      or _abbreviated_given_name(tokens, j)):
            first = j - 1  # an initial, or a given name cut short ("Eb. Bain's"), and its period
        elif word[:1].isupper() and word.isalpha() and len(word) > 2 and fold(word) not in FUNCTION_WORDS \
                and fold(word) not in _SOURCE_LEADS:
            first = j  # a given name ("Israel"), perhaps one the list lacks
        else:
            break
        if tags[first].startswith("B-"):
            return first
    return k


def _described_work(tokens: Sequence[Token], after: int, end: int) -> int | None:
    """For a run from ``after`` to ``end`` that follows a possessive, the index where the title starts when
    the run opens on a description of a work (one to three lower-case words ending on a noun for a work:
    ``own memoir``, ``earlier novel``, ``pamphlet``), a comma and a capitalised word; else None."""
    comma = next((i for i in range(after, min(end, after + 4)) if tokens[i].text == ","), None)
    if comma is None or comma == after or comma + 1 >= end or not tokens[comma + 1].text[:1].isupper():
        return None
    words = [t.text for t in tokens[after:comma]]
    if not all(w.isalpha() and w.islower() for w in words) or fold(words[-1]).removesuffix("s") not in _WORK_NOUNS:
        return None
    return comma + 1


def _a_description(words: Sequence[str]) -> bool:
    """Whether ``words`` (after a possessive) describe a work rather than title it: one or two lower-case
    words ending on a noun for a work (``trilogy``, ``early memoir``)."""
    return 0 < len(words) <= 2 and all(w.islower() for w in words) and fold(words[-1]).removesuffix("s") in _WORK_NOUNS


#: Nouns that describe a work after its author's possessive (``Ciliga's memoir, The Russian Enigma``).
_WORK_NOUNS = frozenset("""book study memoir memoirs novel pamphlet biography essay article history account
autobiography monograph survey treatise report diary journal play poem trilogy""".split())


_TITLE_STOPS = frozenset(",.;:()[]")
#: Where such a phrase may be: ``in``/``dans``/``im``/``en`` and a possessive determiner between spaces (a text
#: search first, literal enough to be quick: most notes have none).
_IN_THEIR = re.compile(r" (?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(IN_WORDS)) + r") (?:"
                       + "|".join(sorted(THEIR_WORDS)) + r") ")


#: German plural nouns for a body of writings that name an edition (``Intime Briefe…``, ``Gesammelte Schriften``).
_WRITINGS_NOUNS = frozenset("briefe werke schriften reden aufsätze aufsatze abhandlungen erinnerungen memoiren "
                            "tagebücher tagebucher".split())


#: The folded words one of which the rule below cannot do without: a noun of :data:`_WRITINGS_NOUNS` or of
#: :data:`~.words.WRITINGS_OF_A_PERSON`.
_WRITINGS_NOUNS_FOLDED = _WRITINGS_NOUNS | {fold(word) for word in WRITINGS_OF_A_PERSON}


@needs(any_folded(_WRITINGS_NOUNS_FOLDED), any_tag(_AUTHOR_OR_EDITOR_TAGS))
def rule_writings_noun_in_a_name_run_is_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(Vgl. Intime Briefe Ferdinand Lassalles, Nachtrag.)``, ``Gesammelte Schriften``: an author or editor run
    that opens on a capitalised word and holds, within its first two words, a German plural noun for a body of
    writings (:data:`_WRITINGS_NOUNS`: Briefe, Werke, Schriften, Reden…) is a title, as far as its first comma
    (the words after it are left as prose): no person's name holds such a noun. A run that opens on a noun for a
    person's writings and its ``of`` (``Correspondance de Montcalm, Vaudreuil, et Lévis``) is a title whole."""
    if _WRITINGS_NOUNS.isdisjoint(folded_words(tokens)) and WRITINGS_OF_A_PERSON.isdisjoint(lowered_words(tokens)):
        return tags
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("author", "editor") or not tokens[first].text[:1].isupper():
            continue
        if last - first >= 3 and tokens[first].text.lower() in WRITINGS_OF_A_PERSON \
                and tokens[first + 1].text.lower() in OF_WORDS:
            relabel(tags, first, last, "title")  # "Correspondance de Montcalm, Vaudreuil, et Lévis": the whole run
            open_run(tags, last)
            continue
        words = [k for k in range(first, last) if tokens[k].text[:1].isalpha()][:2]
        if not any(fold(tokens[k].text) in _WRITINGS_NOUNS for k in words):
            continue
        end = next((k for k in range(first, last) if tokens[k].text == ","), last)
        relabel(tags, first, end, "title")
        tags[end:last] = ["prose"] * (last - end)
        open_run(tags, last)
    return tags


#: Latin prepositions that open the title of a work after its author's name (``Julian. ad S. P. Q. Athen.``,
#: ``Tertullian. adv. Marcionem``, ``Phot. contra Manichaeos``): no particle of a name.
_LATIN_TITLE_OPENINGS = frozenset({"ad", "adv", "adversus", "contra"})


#: Titles a person is named by after the family name and its comma (``Jocelyn, Lord``, ``Stanley, Sir``).
_STYLES_OF_ADDRESS = frozenset("lord lady sir dame earl countess baron baroness viscount viscountess duke duchess "
                               "marquess marquis count bishop".split())


@needs(any_folded(_STYLES_OF_ADDRESS))
def rule_style_of_address_after_an_inverted_name_joins_it(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Jocelyn, Lord (1841). Six Months …``: a style of address (:data:`_STYLES_OF_ADDRESS`) read as a title run of its
    own right after a family name and its comma is part of the name: the author's run takes it."""
    out = None
    runs = tag_spans(tokens, tags)
    for (first, last, label), (t_first, t_last, t_label) in zip(runs, runs[1:]):
        if label not in ("author", "editor") or t_label != "title" or t_first != last or tokens[last - 1].text != "," \
                or t_last - t_first > 2 or fold(tokens[t_first].text) not in _STYLES_OF_ADDRESS \
                or t_last - t_first == 2 and tokens[t_first + 1].text != ".":
            continue
        out = out if out is not None else list(tags)
        relabel(out, first, t_last, label)
    return out if out is not None else tags


_RUNS_A_LEAD_WORD_MAY_OPEN = frozenset({"author", "editor", "title", "container-title"})


#: The one-word lead-in words (``see``, ``vide``, ``cf``), as the note's folded words hold them (stop left off).
_LEAD_WORDS_ALONE = frozenset(word.rstrip(".") for word in load("lead_words") if " " not in word)


@needs(any_mark(","), any_folded(_LEAD_WORDS_ALONE))
def rule_lead_word_and_comma_opening_a_run_are_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Vide, Federal Report on …``, ``Vide, Cornélissen, “Ueber …”``: a lead-in word (``See``, ``Vide``, ``Cf.``:
    :func:`~.words.lead_word`) and its comma opening a name or title run where a cite opens (the note's start, after a
    stop, ``;`` or bracket) lead the cite in: they are prose, and the run starts after them."""
    if not any(lead_word(tokens[c - 1].text) or c > 1 and tokens[c - 1].text == "." and lead_word(tokens[c - 2].text)
               for c in comma_indexes(tokens) if c):
        return tags  # no lead-in word (and its stop) right before a comma
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label not in _RUNS_A_LEAD_WORD_MAY_OPEN or last - first < 2:
            continue
        k = first + (first + 1 < last and tokens[first + 1].text == "." and tokens[first + 1].start == tokens[first].end)
        if k + 1 >= len(tokens) or tokens[k + 1].text != "," or not tokens[first].text[:1].isalpha() \
                or not lead_word(tokens[first].text) \
                or first and tokens[first - 1].text not in (".", ";", "(", "[") and tags[first - 1] != "prose":
            continue
        out = out if out is not None else list(tags)
        end = min(k + 2, last)
        out[first:end] = ["prose"] * (end - first)
        open_run(out, end)
    return out or tags


@needs(any_word(_LATIN_TITLE_OPENINGS))
def rule_latin_preposition_after_a_name_opens_its_title(text: str, tokens: Sequence[Token],
                                                        tags: list[str]) -> list[str]:
    """``Julian. ad S. P. Q. Athen. p. 284``, ``Tertull. adv. Marcion. iv. 2``: in a name run, a Latin preposition
    (:data:`_LATIN_TITLE_OPENINGS`) after a name of three letters or more and its full stop opens the work's title,
    which runs to the end of the name run (and over a title run right after it)."""
    out = None
    runs = tag_spans(tokens, tags)
    for n, (first, last, label) in enumerate(runs):
        if label not in NAME_LABELS:
            continue
        for k in range(first + 2, last - 1):
            if tokens[k].text in _LATIN_TITLE_OPENINGS and tokens[k - 1].text == "." \
                    and capitalised_word(tokens[k - 2].text, 3):
                end = runs[n + 1][1] if n + 1 < len(runs) and runs[n + 1][2] == "title" and runs[n + 1][0] == last \
                    else last  # the title run the tagger opened inside it ("ad S. P. Q." + "Athen.")
                out = out or list(tags)
                relabel(out, first, k, label)
                relabel(out, k, end, "title")
                break
    return out or tags


#: Articles before a capitalised word make it a noun, not a person's name (German capitalises nouns).
_NOUN_ARTICLES = frozenset("der die das dem den des ein eine einer einem einen eines the a an le la les un une".split())


def _possessed_noun(tokens: Sequence[Token], k: int) -> bool:
    """Whether the capitalised word at token ``k`` is a noun rather than a name: an article comes right before
    it (``Das Reaktionäre``), or a genitive name that is no given name (``Louis Blancs Assoziationsplan``)."""
    if k == 0:
        return False
    before = tokens[k - 1].text
    if before.lower() in _NOUN_ARTICLES:
        return True
    return len(before) > 3 and before[0].isupper() and before.endswith("s") and before[1:].islower() \
        and fold(before) not in load("given_names") and k >= 2 and tokens[k - 2].text[:1].isupper()


#: Articles (with a preposition glued in: ``au``, ``zum``) that make the capitalised word after them a noun, not a name.
_ARTICLES_BEFORE_A_NOUN = frozenset("""the a an au aux le la les du des un une der die das dem den des zum zur el los
    las il lo gli""".split())


#: Words after which a capitalised word is no writer named before ``in his …`` (``und``, ``and``, an article).
_WORDS_BEFORE_NO_NAME = _ARTICLES_BEFORE_A_NOUN | {"und", "and", "et", "oder", "or", "ou", "y", "e"}


@needs(any_written(THEIR_WORDS), any_match(_IN_THEIR))
def rule_name_and_possessive_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``M. Story dans ses Commentaires sur la constitution des États-Unis, p. 85-115``, ``Trotsky in his
    History of the Russian Revolution``, ``Jarcke sagt in seinem »Handbuch des Strafrechts« Th. II. S. 61``: a
    capitalised name (perhaps with a verb and an adverb after it), ``in``/``dans``/``im`` and a possessive
    determiner (``his``, ``ses``, ``seinem``…), then a capitalised word or a quotation: the name is the author and the
    words from the capital on its title, as far as the next punctuation when a pinpoint follows it or as far as a
    pinpoint's word (``in seiner Practica rerum criminalium Quaest. 49``), else
    over capitalised words and the small words between them. The tagger's reading of those words
    (prose, or a title run over the whole sentence) is replaced; the words before the name are prose. A capitalised
    word after an article is a noun, not a name (``Rapport fait au Roi dans son Conseil``)."""
    found = [m.start() + 1 for m in _IN_THEIR.finditer(text)]
    if not found:
        return tags
    given = load("given_names")
    tags = list(tags)
    n = len(tokens)
    starts = token_starts(tokens)
    for offset in found:
        k = bisect_left(starts, offset)
        while k < n and not tokens[k].text[:1].isalpha():
            k += 1
        if k + 2 >= n or k < 1 or tokens[k].text.lower() not in IN_WORDS or tokens[k + 1].text.lower() not in THEIR_WORDS:
            continue
        name = k - 1
        while name > 0 and k - 1 - name < 2 and tokens[name].text.isalpha() and tokens[name].text.islower() \
                and tokens[name].text not in _WORDS_BEFORE_NO_NAME:
            name -= 1  # "Jarcke sagt in seinem", "Carpzov sagt nämlich in seiner": the writer, a verb and an adverb
        word = tokens[name].text
        first = k + 2
        quoted = closing_quote(tokens, first, 21)  # (within 20 tokens)
        if not capitalised_word(word, 3) or not (tokens[first].text[:1].isupper() or quoted) \
                or fold(word) in load("stopwords") or fold(tokens[first + (quoted is not None)].text) in GENERIC_WORKS:
            continue
        if split_label(tags[name])[1] not in ("prose", "title", "author", "container-title"):
            continue
        if _possessed_noun(tokens, name):
            continue  # "Das Reaktionäre in ihren Forderungen", "Louis Blancs Assoziationsplan in seiner Weise": a noun
        if name and fold(tokens[name - 1].text) in _ARTICLES_BEFORE_A_NOUN:
            continue  # "Rapport fait au Roi dans son Conseil": a noun after its article, no author
        start = name
        while start >= 1 and (start >= 2 and tokens[start - 1].text == "." and len(tokens[start - 2].text) == 1
                              and tokens[start - 2].text.isupper() or fold(tokens[start - 1].text) in given
                              and tokens[start - 1].text[:1].isupper()):
            start -= 1 if fold(tokens[start - 1].text) in given else 2  # "M. Story", "J. Story", "William Cobbet"
        end = first + 1
        while end < n and tokens[end].text not in _TITLE_STOPS and end - first < 12 \
                and not (tokens[end].text[:1].isalpha() and _LOCATOR.match(text, tokens[end].start)):
            end += 1
        worded = end < n and tokens[end].text not in _TITLE_STOPS and end - first < 12  # ended on a pinpoint's word
        pinpoint = worded or end < n and tokens[end].text == "," and end + 1 < n \
            and split_label(tags[end + 1])[1] == "locator"
        if name < k - 1 and not (quoted is not None or worded) or is_known_place(word):
            continue  # a verb between: only a quoted title or one before its pinpoint ("Lassalle hatte in seiner
            # Broschüre die Annexion…", "Jahn discovered in her Stasi file"); a place is no writer
        if quoted is not None and split_label(tags[name])[1] != "author" \
                and not (name == 0 or tokens[name - 1].text in ".;:(" or fold(tokens[name - 1].text) in given):
            continue  # a quotation after a word that is not read as a name nor opens a sentence: "map of New England
            # in his "Narrative""
        if quoted is not None:
            end = quoted + 1  # "in seinem »Handbuch des Strafrechts« Th. II. S. 61": the quotation
        elif not pinpoint:
            end = first + 1
            while end < n and (tokens[end].text[:1].isupper() or tokens[end].text.lower() in FUNCTION_WORDS
                               or tokens[end].text == "-") and end - first < 12:
                end += 1
            while end > first + 1 and not tokens[end - 1].text[:1].isupper():
                end -= 1
        if tags[start].startswith("I-"):  # the run the name sat in: what came before the name in it is prose
            label = split_label(tags[start])[1]
            j = start - 1
            while j >= 0 and split_label(tags[j])[1] == label:
                opened, tags[j] = tags[j].startswith("B-"), "prose"
                if opened:
                    break
                j -= 1
        relabel(tags, start, name + 1, "author")
        tags[name + 1:k + 2] = ["prose"] * (k + 1 - name)
        relabel(tags, first, end, "title")
        at = _LOCATOR.match(text, tokens[end].start) if end < n and tokens[end].text[:1].isalpha() else None
        if at is not None and all(tags[j] == "prose" for j in range(end, bisect_left(starts, at.end()))):
            relabel(tags, end, bisect_left(starts, at.end()), "locator")  # "Quaest. 49, Nr. 23" left to prose
        if end < n and tags[end].startswith("I-"):
            tags[end] = "prose" if tokens[end].text in _TITLE_STOPS else "B-" + tags[end][2:]
    return tags

#: What may come right before a list of authors: the note's start, a citing word, punctuation (never an
#: opening quote: ``"Edward Thompson, Eugene Genovese, and Socialist-Humanist History"`` is a title).
_LIST_OPENERS = frozenset({";", ":", ".", "(", "in", "see", "cf", "also", "by", "and", "from", "von", "par",
                           "ed", "eds", "vgl", "voir"})
_STOP_LABELS = frozenset({"location", "publisher", "date", "volume", "issue", "locator", "pages", "url", "doi", "isbn"})


#: What a list's end needs in the text: ``and`` (any case) or ``&``, then words of letters (a name of
#: two to four words or initials, :func:`_name_at`, the last a word) and a comma.
#: Written to open on one of the characters ``A``, ``a``, ``&`` (what comes before looked behind for: ``and``
#: opening a word), so the search skips from one of them to the next.
_LAST_OF_A_LIST = re.compile(r"[Aa&](?:(?<=[Aa])(?<!\w[Aa])[Nn][Dd]|(?<=&))\s*[^\W\d_]+(?:[\s.\-'’]+[^\W\d_]+)+\s*,")
#: What follows a list's joining word (``and`` in any case, ``&``) where the list ends: its last name (opening on a
#: capital, no comma in it), the comma after it, then a capital or an opening quote (no name and that comma at once,
#: when the joining word ends the list).
_LIST_END_AFTER_ITS_JOINER = re.compile(r"(?:[Aa][Nn][Dd]|&)\s*(?:" + _MAY_BE_A_CAPITAL + r"[^,]*)?,\s*(?:"
                                        + _MAY_BE_A_CAPITAL + "|["
                                        + "".join(map(re.escape, sorted(OPENING_QUOTES))) + "])")

#: The words that join a list's last name (lower-cased).
_LIST_JOINERS = ("and", "&")
_NOT_NAME_WORDS = FUNCTION_WORDS | _TITLE_ARTICLES | _CUE_WORDS


def _name_at(tokens: Sequence[Token], p: int) -> tuple[int, list[str]] | None:
    """A name in natural order starting at token ``p``: two to four capitalised words or initials
    (``C.L.R. James``, ``Hugh Trevor-Roper``), ending on a word; (end, words) or None."""
    words: list[str] = []
    q = p
    n = len(tokens)
    while q < n and len(words) < 5:
        word = tokens[q].text
        if len(word) == 1 and word.isupper() and q + 1 < n and tokens[q + 1].text == ".":
            words.append(word + ".")
            q += 2
        elif word[:1].isupper() and word.replace("'", "").replace("’", "").isalpha() \
                and word.lower() not in _NOT_NAME_WORDS \
                and fold(word) not in ORGANISATION_WORDS:
            q += 1
            while q + 1 < n and tokens[q].text == "-" and tokens[q].start == tokens[q - 1].end \
                    and tokens[q + 1].start == tokens[q].end and tokens[q + 1].text[:1].isupper():
                word += "-" + tokens[q + 1].text  # "Trevor-Roper"
                q += 2
            words.append(word)
        else:
            break
    if not 2 <= len(words) <= 4 or words[-1].endswith("."):
        return None
    return q, words


@needs(any_word(_LIST_JOINERS), any_match(_LAST_OF_A_LIST), any_match(_LIST_END_AFTER_ITS_JOINER))
def rule_name_list_before_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``C.L.R. James, Raya Dunayevskaya and Grace Lee, State Capitalism…``, ``Alan Bullock, Hugh
    Trevor-Roper and Ian Kershaw, Hitler and Stalin (London…``: names in natural order joined by
    commas and a final ``and`` (or ``&``), then a comma and a capitalised word, are the authors
    (all of them but one at most opening on a known given name or an initial: ``D. Filtzer, Soviet Workers
    and Stalinist Industrialization, Pluto Press…`` is one author and a title), and what follows up to the imprint,
    a date, a volume or a pinpoint is the title when the tagger did not start one there. A possessive is in no
    such list (``M. Kovalevsky's Modern Custom and Old Law, Moscow``: a name's work), and none lies inside a quotation
    (``"Trawling: Topic Modeling and Humanities Research," Poetics``: a title's words)."""
    tags = list(tags)
    given = load("given_names")
    n = len(tokens)
    # a list starts before its "and": none starts after the last one
    joiners = {word for word in token_texts(tokens) if word.lower() in _LIST_JOINERS}  # as written: "and", "And"…
    last_joiner = next(i for i in range(n - 1, -1, -1) if tokens[i].text in joiners)
    # where a list may open, by its tokens alone: a capital (a name opens on one) after a word or mark that opens lists
    openers = {word for word in token_texts(tokens) if word.lower() in _LIST_OPENERS}  # as written: "See", "in"…
    quoted: list[tuple[int, int]] | None = None  # the note's quotations, read for the first list found
    openings = [p + 1 for p, (before, token) in enumerate(zip(tokens, tokens[1:last_joiner + 1]))
                if before.text in openers and token.text[:1].isupper()]
    if tokens[0].text[:1].isupper():
        openings.insert(0, 0)  # the note's start opens a list
    p = 0
    while (next_opening := bisect_left(openings, p)) < len(openings):
        p = openings[next_opening]
        if split_label(tags[p])[1] in _STOP_LABELS:
            p += 1
            continue
        names: list[list[str]] = []
        q = p
        joined = False
        while True:
            found = _name_at(tokens, q)
            if found is None:
                break
            q, words = found
            names.append(words)
            if joined or q >= n:
                break
            if tokens[q].text == "," and q + 1 < n and tokens[q + 1].text.lower() in _LIST_JOINERS:
                q, joined = q + 2, True
            elif tokens[q].text.lower() in _LIST_JOINERS:
                q, joined = q + 1, True
            elif tokens[q].text == ",":
                q += 1
            else:
                break
        known = sum(1 for words in names if words[0].endswith(".") or fold(words[0]) in given)
        possessive = any(w[-2:] in ("'s", "’s") for words in names for w in words)  # "M. Kovalevsky's Modern Custom"
        ends = joined and len(names) >= 2 and not possessive and q + 1 < n and tokens[q].text == "," \
            and (tokens[q + 1].text[:1].isupper() or tokens[q + 1].text in OPENING_QUOTES)
        if not ends or known < len(names) - 1 or any(split_label(tags[k])[1] in _STOP_LABELS for k in range(p, q)):
            p += 1
            continue
        quoted = _quoted_segments(tokens) if quoted is None else quoted
        if any(a < p and q < b for a, b in quoted):
            p += 1
            continue  # inside a quotation: a title's words (``"…: Topic Modeling and Humanities Research,"``)
        start = q + 1
        title_end = None
        if tags[start] != "B-title":
            stop = start
            while stop < n and tokens[stop].text != "(" and split_label(tags[stop])[1] not in _STOP_LABELS \
                    and split_label(tags[stop])[1] not in ("editor", "translator", "ibid") and stop - start < 30 \
                    and not (tokens[stop].text == "," and stop + 1 < n and tokens[stop + 1].text.islower()):
                stop += 1
            title_end = stop
            while title_end > start and tokens[title_end - 1].text in ",;:":
                title_end -= 1
            if any(t.text.islower() and t.text in load("verbs") for t in tokens[start:title_end]):
                p = start
                continue  # "Victor Serge and Boris Souvarine, Trotsky wrote…": a sentence, not a title
        relabel(tags, p, q + 1, "author")
        if title_end is not None and title_end > start:
            relabel(tags, start, title_end, "title")
            tags[title_end:stop] = ["prose"] * (stop - title_end)
        p = start
    return tags


@needs(any_word(_LIST_JOINERS), any_tag("B-author"))
def rule_family_name_joined_to_an_author(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Marx and Engels, Communist Manifesto, 12``, ``see Work & Johnson, Report…``, ``Beck and Tolnay. “Confirmed
    inventory…”``: a capitalised word read as prose and ``and`` (or ``&``) right before an author run of one
    capitalised word and its comma or full stop, where
    a list of authors may open (:data:`_LIST_OPENERS`), are a first author: the three are one author run."""
    tags = list(tags)
    for k in range(1, len(tokens) - 3):
        if tags[k + 1] != "B-author" or tokens[k].text.lower() not in _LIST_JOINERS or tags[k] != "prose" \
                or tags[k - 1] != "prose" or tags[k + 2] != "I-author" or tokens[k + 2].text not in (",", "."):
            continue
        word, family = tokens[k - 1].text, tokens[k + 1].text
        opened = k == 1 or tokens[k - 2].text.lower() in _LIST_OPENERS
        if opened and all(w[:1].isupper() and w.isalpha() and fold(w) not in _NOT_NAME_WORDS for w in (word, family)):
            relabel(tags, k - 1, k + 3, "author")
    return tags


#: A word opening on an elided article before a capital (``l'Histoire``, ``L’Esprit``): no person's name opens so.
_ELIDED_ARTICLE_WORD = re.compile(r"l['’][A-ZÀ-Þ]\w")


@needs(any_mark('"', "“"), any_tag(NAME_TAGS))
def rule_quoted_list_is_no_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``The slavers were the "Ramirez," "Endymion," "Esperanza," …``: a name run holding two quotations or more
    (a list of quoted words: ships' names, terms) names no author or editor; it is prose."""
    if text.count('"') + text.count("“") < 4:
        return tags  # fewer than two quotations, or no name run
    out = None
    for first, last, label in tag_spans(tokens, tags):
        marks = [tokens[k].text for k in range(first, last) if tokens[k].text in ('"', "“")]
        if label in ("author", "editor") and marks.count('"') // 2 + marks.count("“") >= 2:  # two quotations or more
            out = out or list(tags)
            out[first:last] = ["prose"] * (last - first)
            after = last
            while after < len(tokens) and tokens[after].text in (",", "and", "or", "&"):
                after += 1
            end = after + 1
            while end < len(tokens) and out[end].startswith("I-"):
                end += 1
            if after < len(tokens) and out[after] == "B-title" and tokens[after].text in ('"', "“") \
                    and sum(tokens[k].text[:1].isalpha() for k in range(after, end)) <= 3:
                out[after:end] = ["prose"] * (end - after)  # (… and "La Pensée.": the list's last item)
                last = end
            open_run(out, last)
    return out or tags


@needs(any_mark("'", "’"), any_tag(AUTHOR_TAGS))
def rule_elided_article_opens_a_title_not_a_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Voyez l'Histoire de Hutchinson, vol. 1, p. 455``: an author run whose first word opens on the elided
    French or Italian article (``l'Histoire``, ``l’Esprit des lois``) is a title: a name never opens on an article
    (``L'Ouverture`` inside a name, after its given name, is left alone)."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label == "author" and _ELIDED_ARTICLE_WORD.match(tokens[first].text):
            relabel(tags, first, last, "title")
    return tags


@needs(any_tag(NAME_TAGS))
def rule_name_opens_on_a_capital(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``whom every one may read, namely, Adam Smith. “Wealth of Nations”``: a name run opens on a
    capital (or a particle, an abbreviated one such as ``v.``, or a role word), so lower-case words of
    two letters or more at its start, with the punctuation between them, are prose when a
    capitalised word follows them inside the run; that word opens the name."""
    out = None
    particles, roles = load("particles"), load("role_words")
    for first, last, label in tag_spans(tokens, tags):
        if label not in NAME_LABELS:
            continue
        i, lower = first, False
        while i < last:
            word = tokens[i].text
            if word[:1].isalpha():
                if not word.islower() or len(word) == 1 or fold(word) in particles or fold(word) in roles:
                    break  # a capital, an abbreviated particle (``v. Reiswitz``), a particle or a role word
                lower = True
            i += 1
        if lower and i < last and tokens[i].text[:1].isupper():
            out = out if out is not None else list(tags)
            out[first:i] = ["prose"] * (i - first)
            out[i] = "B-" + label
    return out if out is not None else tags


#: A day's date written with full stops (:data:`~notecite.normalize.dates.DOTTED_DAY`: ``17.xi.1929``).
_DOTTED_DAY = re.compile(DOTTED_DAY)
#: A day's date: a month's day (ordinal or not) with its month and year, either order (``7th November 1937``,
#: ``November 7, 1937``, ``Nov. 7th 1937``), or a dotted one.
_DAY_DATE = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}"
                       r"|" + DOTTED_DAY)


@needs(any_written("in"))
def rule_in_ending_a_name_run_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Matthew Hale Smith in "Sunshine and Shadow in New York," 186-187``: a name run ending on a small ``in``
    right before a title or container run ends before it; the ``in`` that says where the name's words are found
    is prose (no name ends on a lower-case ``in``); so does a title run before its container (``Letter from Oswego,
    in`` + ``Boston Evening Post``)."""
    changed: list[str] | None = None
    spans = tag_spans(tokens, tags)
    for (first, last, label), nxt in zip(spans, spans[1:]):
        if last - first < 2 or tokens[last - 1].text != "in" or nxt[0] != last \
                or not (label in ("author", "editor") and nxt[2] in ("title", "container-title")
                        or label == "title" and nxt[2] == "container-title" and last - first >= 3):
            continue
        changed = changed if changed is not None else list(tags)
        changed[last - 1] = "prose"
        if tokens[last - 2].text == ",":
            changed[last - 2] = "prose"  # "Letter from Oswego, in" + "Boston Evening Post": the title ends before
    return changed if changed is not None else tags


_NAME_CONNECTORS = frozenset({"and", "of", "the", "&"})


@needs(any_mark("\"", "“"), any_tag("B-date"))
def rule_quoted_name_before_a_day_date_is_a_periodical(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``"The New Yorker," Feb. 17, 1838.``, ``"New York Gazette and General Advertiser", Aug. 5, 1797.``: quoted
    words left to prose - one to six capitalised words, small connectors between, no figure - right before a day's
    date run (a comma inside or after the closing quotation mark) name the periodical of that day's issue: the
    container. The quotation opens the note or follows a full stop, a semicolon or a dash (not a quoted phrase
    inside a sentence)."""
    if load("months").isdisjoint(lowered_words(tokens)):
        return tags
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "date" or not _DAY_DATE.match(text, tokens[first].start, tokens[last - 1].end):
            continue
        k = first - 1
        if k >= 0 and tokens[k].text == ",":
            k -= 1
        if k < 1 or tokens[k].text not in ('"', "”"):
            continue
        closing = k
        inner_end = closing - 1 if tokens[closing - 1].text == "," else closing
        opening = next((j for j in range(closing - 1, -1, -1) if tokens[j].text in ('"', "“")), None)
        if opening is None or any(tags[j] != "prose" for j in range(opening, closing + 1)):
            continue
        words = [tokens[j].text for j in range(opening + 1, inner_end)]
        if not 1 <= len(words) <= 6 or not words[0][:1].isupper() \
                or not all(w.isalpha() and (w[:1].isupper() or w in _NAME_CONNECTORS) or w in ("&", "'") for w in words):
            continue
        if opening and tokens[opening - 1].text not in (".", ";", "-", "—"):
            continue
        changed = changed if changed is not None else list(tags)
        relabel(changed, opening, closing + 1, "container-title")
    return changed if changed is not None else tags


def _date_run_index(tokens: Sequence[Token], runs: list[tuple[int, int, str]]) -> int | None:
    """The index in ``runs`` of the date after a cite's opening name: the second run, or the third after an
    issue-number run (``no. 12,``, read as an issue or a volume); None otherwise."""
    if runs[1][2] == "date":
        return 1
    if len(runs) > 2 and runs[1][2] in ("issue", "volume") and tokens[runs[1][0]].text.lower() in ISSUE_WORDS \
            and runs[2][2] == "date":
        return 2
    return None


@needs(any_mark("."), any_tag("B-title", "B-author"), any_match(_INITIAL_AND_ITS_STOP))
def rule_initials_and_name_left_as_prose_before_a_title_are_its_author(text: str, tokens: Sequence[Token],
                                                                         tags: list[str]) -> list[str]:
    """``… but see esp. R. Miliband, Parliamentary socialism (London, 1961)``: initials, a capitalised family name and
    its comma left as prose right before a title run are that title's author; initials left as prose right before an
    author run (``and, more recently, S.`` + ``Fielding, P. Thompson, and N. Tiratsoo,``) open it. A name in initials
    is no word of the sentence."""
    out = None
    for j, tag in enumerate(tags):
        if j < 3 or tag not in ("B-title", "B-author"):
            continue
        if tag == "B-title":
            if tokens[j - 1].text != "," or tags[j - 1] != "prose" or tags[j - 2] != "prose" \
                    or not capitalised_word(tokens[j - 2].text, 2):
                continue
            family = j - 2
        else:
            family = j
        start = family
        while start >= 2 and tokens[start - 1].text == "." and tags[start - 1] == tags[start - 2] == "prose" \
                and len(tokens[start - 2].text) == 1 and tokens[start - 2].text.isupper():
            start -= 2
        if start == family:
            continue  # no initial: perhaps a word of the sentence
        out = out or list(tags)
        if tag == "B-title":
            relabel(out, start, j, "author")
        else:
            relabel(out, start, family, "author")
            out[family] = "I-author"
    return out or tags


@needs(any_tag("B-author", "B-title"), any_tag(DATE_TAGS))
def rule_name_before_a_day_date_is_a_periodical(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Daily Worker, 7th November 1937, p. 3.``, ``Atlanta Constitution, August 28, 1915.``: a cite that is a
    name or title run of two to four capitalised words (no initial, not opening on a given name, no word for a
    kind of document), then a day's date and at most a pinpoint, names a periodical and its issue: the name is
    the container (a person cited by a day alone would be a letter, ``to`` its recipient, or an interview; a
    report or memorandum names its kind; the day may be written with stops: ``Trud, 17.xi.1929``). With an issue number before the date (``Socialist Herald, no. 12,
    1930.``, ``Kommunist, no. 1, 20 April 1918.``) any date with its year will do, and one word may name it; so
    may one word listed with another paper's issue (``Izvestiya, 5 March 1923; Pravda, 6 March 1923``). Each
    cite of a list split by semicolons is read alone."""
    if load("months").isdisjoint(lowered_words(tokens)) \
            and ISSUE_WORDS.isdisjoint(lowered_words(tokens)) and not _DOTTED_DAY.search(text):
        return tags  # no name or title run, neither a month nor an issue number, no day written with stops
    segments = _cites_of_a_list(tokens, tags)
    papers = sum(1 for runs in segments if runs[0][2] == "container-title" and any(run[2] == "date" for run in runs[1:3]))
    out = None
    for runs in segments:
        if not 2 <= len(runs) <= 4 or runs[0][2] not in ("author", "title"):
            continue
        at = _date_run_index(tokens, runs)
        if at is None or len(runs) > at + 2 or len(runs) == at + 2 and runs[-1][2] not in ("locator", "pages"):
            continue
        first, last, _ = runs[0]
        words = [t.text for t in tokens[first:last] if t.text not in (",", ".", "-", "–", "—")]  # "Congressional Record - Senate"
        date = text[tokens[runs[at][0]].start:tokens[runs[at][1] - 1].end]
        alone = len(words) == 1 and len(segments) == 1 and len(runs) == at + 1 and _DAY_DATE.match(date) is not None \
            and fold(words[0]) not in NAMES_FOLDED and fold(words[0]) not in _WEEKDAYS and fold(words[0]) not in load("places") \
            and len(words[0]) > 3 \
            and all(t.text == "," for t in tokens[last:runs[at][0]]) and not date.rstrip().endswith(":") \
            and not (runs[at][1] < len(tokens) and tokens[runs[at][1]].text == ":")  # "Danbury, Dec. 12, 1774: Force, …"
        fewest = 1 if at == 2 or papers or alone else 2  # "Izvestya, July 28, 1918.": a paper's one word and its day
        if not fewest <= len(words) <= 4 \
                or not all(w.isalpha() and w[:1].isupper() and len(w) > 1 for w in words) \
                or fold(words[0]) in load("given_names") or any(fold(w) in load("months") for w in words) \
                or any(fold(w) in load("genre_words") for w in words) \
                or not (_DAY_DATE.match(date) if at == 1 else YEAR.search(date)) \
                or any(t.text == "," for t in tokens[first:last - 1]):
            continue
        out = out or list(tags)
        relabel(out, first, last, "container-title")
    return out or tags


#: Days of the week, which open a dated entry (``Saturday, Aug. 25, 1787``), never a paper's name.
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _cites_of_a_list(tokens: Sequence[Token], tags: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """The runs of each cite of a note that is a list split by semicolons (the whole note's runs when there is none)."""
    runs = tag_spans(tokens, tags)
    if ";" not in token_texts(tokens):
        return [runs] if runs else []  # no semicolon: one cite
    segments: list[list[tuple[int, int, str]]] = [[]]
    for run in runs:
        if segments[-1] and any(tokens[k].text == ";" for k in range(segments[-1][-1][1] - 1, run[0])):
            segments.append([])  # a semicolon closing the run before (inside it or after it) ends that cite
        segments[-1].append(run)
    return [runs for runs in segments if runs]


#: A word opening on the elided article ``L'`` before a capital (``L'Internationale``, ``L'Humanité``).
_ELIDED_TITLE_WORD = re.compile(r"L['’][A-ZÀ-Þ]")


@needs(any_mark("L'", "L’"), any_tag(AUTHOR_TAGS))
def rule_elided_article_after_a_comma_opens_the_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Guillaume, L'Internationale; documents et souvenirs (1864-1878)``: in an author run, a word opening on the
    elided article ``L'`` right after a comma opens the title, which runs to the end of the run (a name never
    goes on with an article)."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "author":
            continue
        opening = next((i for i in range(first + 1, last) if tokens[i - 1].text == ","
                        and _ELIDED_TITLE_WORD.match(tokens[i].text)), None)
        if opening is not None:
            relabel(tags, opening, last, "title")
    return tags


#: Words that make the name opening a cite a body's (``Home Owners’ Loan Corporation``, ``Miners' Federation``,
#: ``Institut für Publizistik``, ``Comité central``), folded.
_BODY_WORDS = ORGANISATION_WORDS | frozenset("""federation corporation administration department board agency company
office brotherhood guild conference
institut universitat einrichtung fachbereich fachbereichsrat ausschuss kommission partei ministerium verband verein gesellschaft
comite universite ministere societe conseil""".split())
#: What the tagger may read the words of a body opening the note as (``Students for a`` + ``Democratic Society``).
_BODY_READ_AS = frozenset({"title", "author", "container-title", "prose"})


@needs(any_folded(_BODY_WORDS), any_written(","),  # (folded, as the rule compares them: ``Comité``)
       any_tag(tags_of(("title", "container-title"))))  # (the words after its comma, a title or container)
def rule_body_opening_the_cite_is_its_author(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``International Ladies’ Garment Workers’ Union, Report of the General Executive Board (New York, 1920)``,
    ``Miners' Federation of Great Britain, Annual Report (London, 1926)``: capitalised words opening the note (not
    on ``The`` nor on a word for records, ``Annals of Congress``), up to its first comma, that name a body
    (:data:`_BODY_WORDS`), read by the tagger as a title, a container, prose as a whole (``Sixteenth Conference
    of the C.P.S.U.(b), Stenographic Report``; single letters of a party's abbreviation allowed) or prose before a
    name (``Students for a Democratic Society, "Resolution…"``) or torn at a plural possessive, are the author
    when more title words follow the comma; those open the title."""
    if split_label(tags[0])[1] not in _BODY_READ_AS:
        return tags  # no word for a body, or the note opens on no title, name or prose
    comma = next((i for i, t in enumerate(tokens[:20]) if t.text == ","), None)
    if comma is None or comma < 2 or comma + 1 >= len(tokens) or tokens[0].text == "The" or tokens[0].text in OPENING_QUOTES:
        return tags  # no comma soon enough, or an article or a quotation mark opening a title
    words = [t.text for t in tokens[:comma] if t.text[:1].isalpha()]
    if not words or not all(w[:1].isupper() or w in FUNCTION_WORDS or len(w) == 1 for w in words) \
            or not words[-1][:1].isupper() and len(words[-1]) > 1 \
            or not any(fold(w) in _BODY_WORDS for w in words) or fold(words[0]) in RECORD_WORDS \
            or not (tokens[comma + 1].text[:1].isupper() or tokens[comma + 1].text in OPENING_QUOTES) \
            or split_label(tags[comma + 1])[1] not in ("title", "container-title") \
            or any(split_label(tag)[1] not in _BODY_READ_AS for tag in tags[:comma]) \
            or "prose" in tags[:comma] and "B-author" not in tags[:comma] and set(tags[:comma]) != {"prose"}:
        return tags  # (prose only before a name run the tagger began inside the body's name: "Students for a")
    tags = list(tags)
    end = comma + 2
    if split_label(tags[comma + 1])[1] == "container-title":
        while end < len(tokens) and tags[end] == "I-container-title":
            end += 1  # "Trades Union Congress, Report of Proceedings…" read as one container: its rest is the title
    relabel(tags, 0, comma + 1, "author")
    relabel(tags, comma + 1, end, "title")
    return tags


@needs(any_mark(";"), any_mark("."), any_tag(_OPENING_TITLE_TAGS))
def rule_full_name_and_stop_after_a_semicolon_is_the_author(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…, 06 Nov. 1829; Walter Johnson. Soul by Soul. Cambridge: Harvard University Press, 1999``: a title or
    container run right after a ``;`` that is a person's full name (:func:`full_name`) and its full stop, before a
    title or container run, opens a cite written as a bibliography's entry: the name is its author and the run
    after it its title (up to that run's end)."""
    out: list[str] | None = None
    runs = tag_spans(tokens, tags)
    for (first, last, label), (n_first, n_last, n_label) in zip(runs, runs[1:]):
        if label not in ("title", "container-title") or n_label not in ("title", "container-title") or n_first != last \
                or first == 0 or tokens[first - 1].text != ";" or tokens[last - 1].text != "." \
                or not full_name([t.text for t in tokens[first:last - 1]]) or tokens[n_first].text.lower() in IN_WORDS:
            continue
        out = out if out is not None else list(tags)
        relabel(out, first, last, "author")
        relabel(out, n_first, n_last, "title")
    return out if out is not None else tags


#: An editor's word as it may open a cite before the names (``ed A Briggs and J Saville``, ``Eds. …``, ``edited by``).
_EDITOR_WORD_OPENING = frozenset({"ed", "eds", "edited"})


@needs(any_word(_EDITOR_WORD_OPENING), any_tag(AUTHOR_TAGS))
def rule_editor_word_opening_a_cite_makes_its_names_editors(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``ed A Briggs and J Saville “Essays in Labour History” …``, ``Eds. A. Briggs and J. Saville, Essays …``,
    ``edited by A Briggs, …``: an editor's word left as prose that opens a cite (the note, past its lead-in words,
    or after a semicolon; ``Ed`` written with a capital only with its full stop, ``Ed Miliband`` being a name) and
    the author run right after it: that run is the editors."""
    changed: list[str] | None = None
    opening = past_lead_words(tokens, 0)
    for k, token in enumerate(tokens):
        word = token.text
        if word.lower() not in _EDITOR_WORD_OPENING or tags[k] != "prose" or not (k == opening or k and tokens[k - 1].text == ";"):
            continue
        if word[:1].isupper() and (k + 1 >= len(tokens) or tokens[k + 1].text != "."):
            continue  # "Ed Miliband": a given name
        names = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text in (".", "by"))
        if word.lower() == "edited" and (names == k + 1 or tokens[k + 1].text != "by"):
            continue
        if names >= len(tokens) or tags[names] != "B-author":
            continue
        end = names + 1
        while end < len(tokens) and tags[end] == "I-author":
            end += 1
        changed = changed or list(tags)
        relabel(changed, names, end, "editor")
    return changed or tags


#: Nouns opening the name of a unit inside a body (``Office of the Prosecutor``, ``Committee on Culture and Education``).
_UNIT_NOUNS = frozenset("""office committee subcommittee commission council department bureau division ministry secretariat
directorate board agency section branch mission delegation embassy legation consulate service administration institute
center centre unit panel""".split())
#: An acronym naming a body (``ICC``, ``UNESCO``, ``U.N.``).
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,6}|[A-Z]{2,8}")


def _names_a_body(words: Sequence[str]) -> bool:
    """Whether the words of an author run name a body: an institution's name, or one acronym."""
    return is_institution(" ".join(words)) or len(words) == 1 and bool(_ACRONYM.fullmatch(words[0]))


def _unit_of_a_body_ends(tokens: Sequence[Token], tags: Sequence[str], first: int) -> int | None:
    """Where the name of a body's unit opening at token ``first`` ends (the index of its comma): a unit noun, ``of``,
    ``on`` or ``for``, then capitalised and function words up to a comma (no word for records, ``Minutes``) that
    more of the cite follows; None when no such unit opens there."""
    if first + 2 >= len(tokens) or fold(tokens[first].text) not in _UNIT_NOUNS or not tokens[first].text[:1].isupper() \
            or tokens[first + 1].text not in ("of", "on", "for"):
        return None
    end = first + 2
    while end < len(tokens) and end - first <= 14 and tokens[end].text != ",":
        word = tokens[end].text
        if not (word[:1].isupper() or word in FUNCTION_WORDS or word in ("&", "-", "–")) or fold(word) in RECORD_WORDS:
            return None
        end += 1
    if end + 1 >= len(tokens) or tokens[end].text != "," or not tokens[end - 1].text[:1].isupper() \
            or split_label(tags[end + 1])[1] not in ("title", "container-title") \
            or not (tokens[end + 1].text[:1].isupper() or tokens[end + 1].text in OPENING_QUOTES) \
            or any(split_label(tag)[1] not in ("title", "container-title", "author") for tag in tags[first:end + 1]):
        return None
    return end


@needs(any_tag(AUTHOR_TAGS), any_word(_UNIT_NOUNS), any_mark(","))
def rule_unit_of_a_body_after_its_comma_joins_the_author(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``ICC, Office of the Prosecutor, Policy on Cultural Heritage``, ``Council of Europe, Committee on Culture and
    Education, War Damage …``, ``Conference of Allied Ministers of Education, Commission for Protection and Restitution
    of Cultural Material, “Draft Minutes …”``: after an author run naming a body (:func:`_names_a_body`) and its comma,
    the name of one of its units (:func:`_unit_of_a_body_ends`), read as the title or as another author, is part of
    the author; the title opens after the unit's comma."""
    changed: list[str] | None = None
    i = 0
    while i < len(tokens):
        if tags[i] != "B-author":
            i += 1
            continue
        end = i + 1
        while end < len(tokens) and tags[end] == "I-author":
            end += 1
        comma = end - 1 if tokens[end - 1].text == "," else end if end < len(tokens) and tokens[end].text == "," else None
        words = [t.text for t in tokens[i:comma] if t.text[:1].isalpha()] if comma is not None else []
        unit_end = _unit_of_a_body_ends(tokens, changed or tags, comma + 1) if words and _names_a_body(words) else None
        if unit_end is None:
            i = end
            continue
        changed = changed or list(tags)
        relabel(changed, i, unit_end + 1, "author")
        open_run(changed, unit_end + 1)
        i = unit_end + 1
    return changed or tags


#: Words of a body's, an office's, a country's or an event's name, never a periodical's (``the State Department``, ``the
#: Disbursing Clerk``, ``the United States``, ``the French Revolution``).
_NO_PERIODICAL_WORDS = _BODY_WORDS | frozenset("""department house senate court office clerk board bar assembly convention
    legislature parliament library museum company commissioners committee states kingdom republic empire colonies
    war revolution battle treaty peace strike riot massacre rebellion insurrection uprising revolt election act bill
    amendment declaration proclamation conference meeting crisis panic""".split())


@needs(any_word("the"), any_word(load("months")))
def rule_periodical_named_in_prose_with_its_day(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``… (reprinted in the Massachusetts Centinel, October, 27, 1787) complains …``, ``The Massachusetts Centinel
    (November 24, 1787) declares …``, ``says the New Hampshire Spy, on December 7, 1787, “…”``: in prose, ``the`` and
    two to four capitalised words (no body's or office's name, no place, month or word for a kind of document; not
    after ``to``, a letter's recipient), then a day's date (a comma, ``on`` or a bracket before it) name a periodical
    and its issue: the words are the container, the date its issue's."""
    months = load("months")
    changed: list[str] | None = None
    for k, token in enumerate(tokens):
        if token.text.lower() != "the" or tags[k] != "prose" or k >= 1 and tokens[k - 1].text.lower() == "to":
            continue
        end = k + 1
        while end < len(tokens) and end - k <= 4 and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
            end += 1
        words = [t.text for t in tokens[k + 1:end]]
        if not 2 <= len(words) <= 4 or any(fold(w) in _NO_PERIODICAL_WORDS or fold(w) in months or fold(w) in load("genre_words")
                                           for w in words) or fold(" ".join(words)) in load("places"):
            continue
        at = end
        while at < len(tokens) and tokens[at].text in (",", "(", "on", "of"):
            at += 1
        if at - end > 2 or at >= len(tokens):
            continue
        if re.fullmatch(r"\d{1,2}", tokens[at].text) and at + 2 < len(tokens) \
                and fold(tokens[at + 1].text.rstrip(".")) in months and YEAR.fullmatch(tokens[at + 2].text):
            stop = at + 2  # "4 March 1921": the day first
        elif fold(tokens[at].text.rstrip(".")) in months:
            stop = at + 1
            while stop < len(tokens) and stop - at <= 5 and not YEAR.fullmatch(tokens[stop].text):
                stop += 1
            if stop >= len(tokens) or not YEAR.fullmatch(tokens[stop].text) \
                    or not re.fullmatch(r"[^\W\d_]+\.?,?\s*,?\s*\d{1,2},?\s+\d{4}", text[tokens[at].start:tokens[stop].end]):
                continue  # "October, 27, 1787", "November 24, 1787": a day's date
        else:
            continue
        if any(tags[i] != "prose" for i in range(k, at)) \
                or any(split_label(tags[i])[1] not in ("prose", "date") for i in range(at, stop + 1)):
            continue  # all prose, but the date perhaps read as one
        changed = changed if changed is not None else list(tags)
        relabel(changed, k, end, "container-title")
        relabel(changed, at, stop + 1, "date")
        open_run(changed, stop + 1)
    return changed if changed is not None else tags


#: A volume and page (``Vol. IV, p. 85``).
_VOLUME_AND_PAGE = re.compile(r"(?:Vol|vol|Bd|tome|t)\.\s+[IVXLCivxlc\d]+,\s+pp?\.\s+\d+")
#: A periodical's name, an issue's month and year and a volume and page (``American Museum, July, 1788, Vol. IV, p. 85``).
_MONTH_ISSUE = re.compile(r"(?P<name>(?:The\s+)?[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){1,3}),\s+(?P<date>(?P<month>[A-Z][a-z]+)\.?,?\s+(?:1[5-9]|20)\d\d),"
                          r"\s+(?P<pin>" + _VOLUME_AND_PAGE.pattern + ")")


@needs(any_mark(","), any_word(load("months")), any_written("p", "pp"), any_match(_VOLUME_AND_PAGE))
def rule_month_issue_with_volume_and_page_is_a_periodical(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``American Museum, July, 1788, Vol. IV, p. 85.``: two to four capitalised words (no given name first, no word for
    a kind of document), a month and a year, and a volume and page, opening the note or after a ``;``, cite a
    periodical's issue: the words are the container, the month and year its date, the rest the pinpoint (a book is
    not dated to a month, nor a letter pinpointed by volume and page)."""
    changed: list[str] | None = None
    starts = token_starts(tokens)
    for match in _MONTH_ISSUE.finditer(text):
        before = text[:match.start()].rstrip()
        words = match["name"].split()
        if before and not before.endswith(";") or fold(match["month"]) not in load("months") \
                or fold(words[0]) in load("given_names") \
                or any(fold(w) in load("genre_words") or fold(w) in load("months") for w in words):
            continue
        spans = [(match.start("name"), match.end("name"), "container-title"), (match.start("date"), match.end("date"), "date"),
                 (match.start("pin"), match.end("pin"), "locator")]
        indices = runs_of_spans(starts, spans)
        if indices is None:
            continue
        changed = changed if changed is not None else list(tags)
        relabel_runs(changed, indices)
        for k in (indices[0][1], indices[1][1]):  # the commas after the name and after the date
            if tokens[k].text == ",":
                changed[k] = "prose"
        end = indices[-1][1]
        while end < len(tokens) and changed[end] == "I-locator":
            end += 1
        open_run(changed, end)
    return changed if changed is not None else tags


#: Nouns that end the name of a body's records, never a person's name (``Delaware State Council Minutes``).
_RECORD_NOUNS = frozenset("minutes journals proceedings records debates votes statutes laws acts resolves".split())


@needs(any_word(_RECORD_NOUNS), any_tag(AUTHOR_TAGS))
def rule_name_ending_on_a_record_noun_is_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Delaware State Council Minutes, 1776–1792, pp. 1081–82``: an author run of two words or more, all capitalised,
    whose last word names a body's records (:data:`_RECORD_NOUNS`: ``Minutes``, ``Journals``, ``Debates``) is the
    title of those records, not a person."""
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "author":
            continue
        words = [tokens[k].text for k in range(first, last) if tokens[k].text[:1].isalpha()]
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or fold(words[-1]) not in _RECORD_NOUNS \
                or fold(words[0]) in load("given_names"):  # "John Laws": a person
            continue
        changed = changed if changed is not None else list(tags)
        relabel(changed, first, last, "title")
    return changed if changed is not None else tags


#: Nouns for the kept records of a body that can end a note naming them (``TGWU Derby Weavers branch minutes 1935-42``).
_KEPT_RECORD_NOUNS = frozenset("""minutes report reports records journals book books papers accounts bulletins
correspondence files""".split())
#: Lower-case words that may stand among the capitalised words naming a body's records (``branch minutes``).
_RECORD_QUALIFIERS = frozenset("branch quarterly annual monthly weekly district committee executive council and of the".split())


@needs(any_word(_KEPT_RECORD_NOUNS))
def rule_records_of_a_body_and_their_years_alone_are_a_work(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``TGWU Derby Weavers branch minutes 1935-42``, ``NUVB Quarterly Journals 1940-1945``, ``DLP Report 1943``: a part
    of the note of its own (all of it, or between ``;`` and spaced dashes) that is capitalised words naming a body,
    one of them an abbreviation in capitals (or all of them capitalised, no possessive among them: ``Grainger Children’s
    Employment Commission’s Report`` names a person's report), perhaps a few qualifying lower-case words
    (:data:`_RECORD_QUALIFIERS`), then a noun for its kept records (:data:`_KEPT_RECORD_NOUNS`) and perhaps their
    year or years, is a cite of those records: the words are its title, the years its date, however the tagger read
    them (prose, a note, a name)."""
    out = None
    for first, end in _parts_of_the_note(text, tokens):
        k = end
        while k > first and tokens[k - 1].text in (".", ","):
            k -= 1
        years = k
        if years - first >= 4 and tokens[years - 1].text.isdigit() and tokens[years - 2].text in ("-", "–") \
                and YEAR.fullmatch(tokens[years - 3].text):
            years -= 3
        elif years - first >= 2 and YEAR.fullmatch(tokens[years - 1].text):
            years -= 1
        words = [t.text for t in tokens[first:years]]
        if not 2 <= len(words) <= 8 or fold(words[-1]) not in _KEPT_RECORD_NOUNS or not words[0][:1].isupper() \
                or not all(w[:1].isupper() and w.replace("'", "").replace("’", "").isalpha() or w in _RECORD_QUALIFIERS
                           or fold(w) in _KEPT_RECORD_NOUNS for w in words) \
                or not (any(2 <= len(w) <= 6 and w.isupper() for w in words)
                        or all(w[:1].isupper() and not w.endswith(("'s", "’s")) for w in words)) \
                or fold(words[0]) in load("given_names") \
                or any(split_label(tag)[1] not in ("prose", "note", "author", "title", "date") for tag in tags[first:end]):
            continue
        out = out or list(tags)
        relabel(out, first, years, "title")
        if years < k:
            relabel(out, years, k, "date")
        out[k:end] = ["prose"] * (end - k)
    return out or tags


def _parts_of_the_note(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The (first, end) token spans of the parts of a note between its start, ``;``, dashes with spaces around them
    and its end."""
    parts, first = [], 0
    for k, token in enumerate(tokens):
        spaced_dash = token.text in ("-", "–", "—") and text[token.start - 1:token.start] == " " \
            and text[token.end:token.end + 1] == " "
        if token.text == ";" or spaced_dash:
            parts.append((first, k))
            first = k + 1
    parts.append((first, len(tokens)))
    return [(a, b) for a, b in parts if b > a]


#: Plural nouns for a body's papers that open a title (``Documents Relating to…``, ``Papers Relating to…``).
_OPENING_RECORD_NOUNS = _RECORD_NOUNS | frozenset("documents papers reports letters annals transactions collections".split())


@needs(any_word(_OPENING_RECORD_NOUNS), any_tag(AUTHOR_TAGS))
def rule_record_noun_opening_a_title_is_no_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Documents Relating to the Colonial History of the State of New York, 1:89``: an author run of one capitalised
    word that is a plural noun for a body's papers (:data:`_OPENING_RECORD_NOUNS`), right before a title run with
    nothing between, opens that title: no person is called ``Documents``."""
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "author" or last - first != 1 or last >= len(tokens) or tags[last] != "B-title" \
                or not tokens[first].text[:1].isupper() or fold(tokens[first].text) not in _OPENING_RECORD_NOUNS:
            continue
        changed = changed if changed is not None else list(tags)
        relabel(changed, first, last, "title")
        changed[last] = "I-title"
    return changed if changed is not None else tags


_CONTAINER_TAGS = frozenset({"B-container-title"})


@needs(any_tag(_CONTAINER_TAGS), any_written(IN_WORDS))
def rule_name_before_in_and_a_periodical_is_its_author(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Compare Thorpe, in Annals American Academy …, September, 1891``, ``and also President Welling, in
    Papers American Historical Association, iii, p. 411``: a capitalised name left as prose (one word of three
    letters or more, perhaps after one capitalised word or initials), then a comma, ``in`` and a container
    run, is the author of the paper in that periodical, when nothing but lower-case or citing words
    (``Compare``, ``and also``) comes before it in its clause (after ``;``, ``(`` or the note's start)."""
    tags = list(tags)
    for c in [i for i, tag in enumerate(tags) if tag == "B-container-title"]:
        n = c - 3
        if n < 0 or tokens[c - 1].text not in IN_WORDS or tokens[c - 2].text != "," \
                or any(tags[j] != "prose" for j in range(n, c)):
            continue
        word = tokens[n].text
        if not (len(word) >= 3 and word.replace("-", "").isalpha() and word[:1].isupper() and not word.isupper()) \
                or fold(word) in _POSSESSIVE_TITLE_LEADS:
            continue
        first = n
        if n >= 1 and tags[n - 1] == "prose" and tokens[n - 1].text[:1].isupper() and tokens[n - 1].text.isalpha() \
                and fold(tokens[n - 1].text) not in _POSSESSIVE_TITLE_LEADS:
            first = n - 1  # "President Welling", "Professor Macy"
        k = first - 1
        while k >= 0 and tags[k] == "prose" and tokens[k].text not in (";", "(", "["):
            w = tokens[k].text
            if not (w.isalpha() and (w.islower() or fold(w) in _POSSESSIVE_TITLE_LEADS)):
                break
            k -= 1
        if k >= 0 and tags[k] == "prose" and tokens[k].text not in (";", "(", "["):
            continue  # a capitalised word or other prose before it: the name is in a sentence
        relabel(tags, first, n + 1, "author")
    return tags


#: Possessive pronouns before a work: another's (:data:`THEIR_WORDS`) and the writer's own.
_POSSESSIVE_PRONOUNS = THEIR_WORDS | {"my", "our"}


@needs(any_tag(NAME_TAGS), any_written(_POSSESSIVE_PRONOUNS))
def rule_possessive_pronoun_is_no_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``see his "Colonial Currency Reprints,"``, ``in their Report``: a possessive pronoun (:data:`THEIR_WORDS`,
    lower-case) read as a name run of its own names nobody: it is prose (the work is the one of the person
    named before it, and its title stands alone). So does one of the writer's own (``my``, ``our``), and such a
    pronoun with lower-case words after it (``See my article, "The Myth …"``)."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label in NAME_LABELS and tokens[first].text in _POSSESSIVE_PRONOUNS \
                and all(t.text.isalpha() and t.text.islower() or t.text == "," for t in tokens[first + 1:last]):
            tags[first:last] = ["prose"] * (last - first)
    return tags


@needs(any_tag(NAME_TAGS), any_written(_POSSESSIVE_PRONOUNS))
def rule_name_after_a_possessive_pronoun_is_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``See my Stalin, A Political Biography, pp. 230-45``, ``in his Lenin``: a name run right after a possessive
    pronoun (lower-case, read as prose) names the work, not its author: it is the title, with the title run right
    after it (a subtitle after its comma)."""
    out = None
    runs = tag_spans(tokens, tags)
    for j, (first, last, label) in enumerate(runs):
        if label not in NAME_LABELS or first == 0 or tokens[first - 1].text not in _POSSESSIVE_PRONOUNS \
                or tags[first - 1] != "prose" or not tokens[first].text[:1].isupper():
            continue
        out = out or list(tags)
        end = runs[j + 1][1] if j + 1 < len(runs) and runs[j + 1][0] == last and runs[j + 1][2] == "title" else last
        relabel(out, first, end, "title")
    return out or tags


_PINPOINT_LABELS = frozenset({"locator", "pages", "volume"})


@needs(any_written("the"), any_tag(NAME_TAGS))
def rule_word_after_the_before_a_bracket_is_no_author(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``the language of the Greeks, (Nicephorus Gregoras, l. ii. c. 2)``, ``See the Alexiad (l. iii. p. 78)``: one
    capitalised word after a lower-case ``the``, read as a name run right before a bracket, names no person (a person
    takes no article): when the bracket opens on a pinpoint, the word is the title it points into (``the Alexiad``,
    ``the Misopogon``); when it opens on a cite of its own, the word is prose."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label not in NAME_LABELS or first == 0 or tokens[first - 1].text != "the":
            continue
        words = [k for k in range(first, last) if tokens[k].text != ","]
        if len(words) != 1 or not tokens[first].text[:1].isupper():
            continue
        bracket = last + (last < len(tokens) and tokens[last].text == "," and tags[last] == "prose")
        if bracket + 1 >= len(tokens) or tokens[bracket].text not in ("(", "["):
            continue
        if split_label(tags[bracket + 1])[1] in _PINPOINT_LABELS:
            relabel(tags, first, last, "title")
        else:
            tags[first:last] = ["prose"] * (last - first)
    return tags


#: What the rule below cannot do without: a letter that may be a capital between two full stops (``23. P. A.``).
_INITIAL_BETWEEN_STOPS = re.compile(r"\.\s*" + _MAY_BE_A_CAPITAL + r"\s*\.")


@needs(any_tag("I-author", "I-editor", "I-translator"), any_tag("I-pages", "I-locator"),
       any_match(_INITIAL_BETWEEN_STOPS))
def rule_initial_cut_from_its_name_opens_it(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…, pp. 23-34, 93-95. P. A. Bruce, "Institutional History…"``: a capital letter alone at the end of a
    pinpoint run (after the run's full stop), whose period goes on a name run, is the name's first initial:
    it opens the name run (the pinpoint ends at its full stop)."""
    out = None
    for i in range(2, len(tokens) - 2):
        word = tokens[i].text
        if len(word) != 1 or not word.isupper():
            continue
        label = split_label(tags[i])[1]
        if label not in ("pages", "locator") or tags[i][:2] != "I-":
            continue
        if tokens[i - 1].text != "." or tokens[i + 1].text != "." or split_label(tags[i + 1])[1] not in NAME_LABELS \
                or tags[i + 1][:2] != "I-":
            continue
        name = split_label(tags[i + 1])[1]
        out = out if out is not None else list(tags)
        out[i] = "B-" + name
    return out if out is not None else tags


_CLOSING_NAME_QUOTES = frozenset("”’\"'»")


@needs(any_written(OPENING_QUOTES), any_written(_CLOSING_NAME_QUOTES), any_written(","),
       any_folded(load("given_names")), any_tag(NAME_TAGS))
def rule_nickname_in_quotes_stays_in_its_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Robert “Jake” Bebber, "Cyber power…"``, ``Andrea “Nand” Nini, 2022``: a nickname in quotes
    between a known given name and a capitalised family name, the name then ending on a comma, is part
    of the name, not a quoted title: the given name, the quoted word and the family name (with its
    comma) are one name run, the family name's (author, editor, translator; a family name read
    as anything else, ``… Version 1.27. Andrea “Nand” Nini, 2022`` as a publisher, is left alone)."""
    tags = list(tags)
    given = load("given_names")
    for i in [k - 1 for k, token in enumerate(tokens) if token.text in OPENING_QUOTES and 1 <= k <= len(tokens) - 5]:
        first, opening, nick, closing, family, comma = tokens[i:i + 6]
        if not (opening.text in OPENING_QUOTES and closing.text in _CLOSING_NAME_QUOTES and comma.text == ","
                and fold(first.text) in given and first.text[:1].isupper()
                and nick.text[:1].isupper() and nick.text.isalpha()
                and family.text[:1].isupper() and family.text.replace("-", "").isalpha()):
            continue
        if i > 0 and tokens[i - 1].text not in (".", ";", ",", ":") and split_label(tags[i - 1])[1] != "prose":
            continue  # the given name must open a run (the note, a cite after a separator)
        label = split_label(tags[i + 4])[1]
        if label not in NAME_LABELS:
            continue  # the family name read as a publisher, a title…: no name run to complete
        if all(split_label(tags[k])[1] == label for k in range(i, i + 6)):
            continue
        tags[i] = "B-" + label
        for k in range(i + 1, i + 6):
            tags[k] = "I-" + label
        if i + 6 < len(tags) and tags[i + 6].startswith("I-"):
            tags[i + 6] = "B-" + split_label(tags[i + 6])[1]
    return tags


_EDITOR_WORDS = frozenset({"ed", "eds", "edd", "hg", "hrsg", "dir", "dirs"})


def _unknown_name_words(names: Sequence[str]) -> bool:
    """Whether capitalised words read as a name though the first is no known given name (``Athan Theoharis``): none
    is a common or function word, a place, a month or an organisation word, and each has a lower-case letter."""
    from ...normalize.lexicon import WORDS
    places, months = load("places"), load("months")
    return all(len(w) > 1 and any(c.islower() for c in w) and w.lower() not in WORDS and w.lower() not in FUNCTION_WORDS
               and fold(w) not in places and fold(w) not in months and fold(w) not in ORGANISATION_WORDS for w in names)


#: Editor's words written in brackets after the editors' names (``(Hg.)``, ``(ed.)``, ``(éds.)``).
_BRACKETED_EDITOR_WORDS = frozenset({"hg", "hrsg", "ed", "eds", "edd", "éd", "éds", "dir", "dirs", "red"})


def _names_up_to(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether tokens [first, last) can be names alone: capitalised words and initials, joined by commas,
    ``und``/``and``/``et``, slashes or hyphens, perhaps cut short by ``et al.`` (``Karl Müller``, ``Kos, Marko``,
    ``A. Weber / B. Roth``)."""
    return last > first and all(t.text in (",", ".", "/", "-", "&") or t.text in ("und", "and", "et", "al")
                                or t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").isalpha()
                                for t in tokens[first:last])


@needs(any_word(IN_WORDS), any_written(":"))
def rule_in_and_colon_opening_a_name_run_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``In: Kos, Marko (ed.). Slovenija``, ``In: Karl Müller (Hg.): Deutschland 1923. Berlin 1990``: an ``In:``
    opening an editor or author run says where the piece is printed and is prose. When the names, their
    bracketed editor's word and a colon or full stop do not end the run, the words after them are the book
    (the container); a bare year run right after that book, followed by a place and a second date, is the
    book's title's, not its date (``Deutschland 1923. Berlin 1990``)."""
    out: list[str] | None = None
    runs = tag_spans(tokens, tags)
    for n, (first, last, label) in enumerate(runs):
        if label not in ("editor", "author") or last - first < 3 or fold(tokens[first].text) not in IN_WORDS \
                or tokens[first + 1].text != ":":
            continue
        out = out if out is not None else list(tags)
        out[first] = out[first + 1] = "prose"
        relabel(out, first + 2, last, label)
        bracket = next((k for k in range(first + 2, last - 2) if tokens[k].text == "("
                        and fold(tokens[k + 1].text) in _BRACKETED_EDITOR_WORDS), None)
        if bracket is None:
            continue
        close = bracket + 2 if tokens[bracket + 2].text == ")" else bracket + 3
        if close >= last or tokens[close].text != ")":
            continue
        after = n  # the run the book's words end, and where the runs after the book begin
        if close + 2 < last and tokens[close + 1].text in (":", ".") and tokens[close + 2].text[:1].isupper() \
                and _names_up_to(tokens, first + 2, bracket):
            book, end = close + 2, last  # "(Hg.): Deutschland" inside the editor run
        elif all(t.text in (":", ".") for t in tokens[close + 1:last]) and n + 1 < len(runs) \
                and runs[n + 1][0] == last and runs[n + 1][2] == "title":
            book, end = runs[n + 1][:2]  # "(Hrsg.):" + a title run: the book
            after = n + 1
        else:
            continue
        relabel(out, first + 2, close + 1, "editor")
        out[close + 1:book] = ["prose"] * (book - close - 1)
        if after + 3 < len(runs) and runs[after + 1][0] == end and runs[after + 1][2] == "date" \
                and YEAR.fullmatch(tokens[end].text) and all(t.text == "." for t in tokens[end + 1:runs[after + 1][1]]) \
                and runs[after + 2][2] == "location" and runs[after + 3][2] == "date":
            end = runs[after + 1][1]  # "Deutschland 1923. Berlin 1990": the year is the title's
        relabel(out, book, end, "container-title")
    return out if out is not None else tags


@needs(any_word("ed", "eds", "edited"), any_word(IN_WORDS))
def rule_book_and_its_editor_read_as_one_editor_run_after_in(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``The Russian Revolution, in Rosa Luxemburg Speaks, ed. Mary-Alice Waters (New York…``: an editor run after
    ``in`` (or opening on it) that holds a comma, then ``ed.``, ``eds.`` or ``edited by`` right before a name of two to
    four capitalised words ending the run, is the book the piece is printed in and its editor: the words before
    the comma are the container (``in`` is prose). The ``in`` follows a comma or a closing quotation mark, and the book
    holds no comma nor ``by``. Names before a comma and ``ed.,`` (``in Ann Lee, ed., Title``) are editors before their
    book, not this."""
    out: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "editor":
            continue
        opening = first + 1 if fold(tokens[first].text) in IN_WORDS else first
        if opening == first and (not first or fold(tokens[first - 1].text) not in IN_WORDS):
            continue
        at = opening - 1  # the "in"
        role = next((k for k in range(opening + 2, last - 2) if tokens[k - 1].text == ","
                     and fold(tokens[k].text) in ("ed", "eds", "edited")), None)
        if role is None or at < 1 or tokens[at - 1].text not in (",", "”", "’", "\"", "'") \
                or any(t.text == "," or t.text.lower() in BY_WORDS for t in tokens[opening:role - 1]):
            continue  # no comma or quotation mark before "in" ("Self-Government in Industry, by …"), or more than a book
        name = role + 1 + (tokens[role + 1].text == "." or tokens[role + 1].text.lower() == "by")
        words = text[tokens[name].start:tokens[last - 1].end].replace(".", " ").split()  # "Mary-Alice Waters": two
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words) \
                or not tokens[opening].text[:1].isupper():
            continue
        out = out if out is not None else list(tags)
        out[first:opening] = ["prose"] * (opening - first)
        relabel(out, opening, role - 1, "container-title", continues=False)
        out[role - 1] = "I-container-title"
        relabel(out, role, last, "editor")
    return out if out is not None else tags


#: Quotation marks, opening or closing.
_QUOTE_MARKS = frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values()) | {"'"}


@needs(any_word(_EDITOR_WORDS), any_tag("B-editor"))
def rule_title_words_before_the_editors_word_end_the_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``in Rundfunkpolitische Kontroversen: Zum 80. Geburtstag von Fritz Eberhard, eds. Manfred Kötterheinrich``,
    ``in Acht Beiträge zum Gedenken an Elisabeth Löckenhoff, eds. Rolf Geserick``: an editor's run right after a
    title or container run (not ending on a ``;``) that holds a comma and then the editors' word (``ed.``, ``eds.``,
    ``hrsg.``) with a name right after it (no comma: ``Hesse and Tannert, eds., Zellinnendruck`` names its editors
    before the word) opens with the end of that title (the person the book honours, not its editor): the words up to
    the comma go back to the title, the run opens on the editors' word."""
    out: list[str] | None = None
    runs = tag_spans(tokens, tags)
    for (p_first, p_last, p_label), (first, last, label) in zip(runs, runs[1:]):
        if label != "editor" or p_label not in ("title", "container-title") or p_last != first:
            continue
        role = next((k for k in range(first + 2, last - 1) if tokens[k - 1].text == ","
                     and fold(tokens[k].text) in _EDITOR_WORDS), None)
        if role is None or tokens[p_last - 1].text == ";" or any(t.text in _QUOTE_MARKS for t in tokens[p_first:role]):
            continue  # (a quotation among them: another misreading, left to the rules on quoted titles)
        after = role + 1 + (tokens[role + 1].text == ".")
        if after >= last or not tokens[after].text[:1].isupper():
            continue  # "Hesse and Tannert, eds., Zellinnendruck": the names before the word are the editors
        out = out if out is not None else list(tags)
        relabel(out, first, role, p_label, continues=True)
        relabel(out, role, last, "editor")
    return out if out is not None else tags


@needs(any_word("ed", "eds"))
def rule_editor_named_before_ed_after_in(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``in Peter Roberts ed., “The Future Conflict…”``, ``in Peter Roberts, ed., The Future of War``:
    after ``in``, a name in natural order (a known given name or an initial first, or words none of
    which is common, a place or a month: ``in Athan Theoharis, ed.,``; two to four capitalised words)
    followed by ``ed.``/``eds.`` names the editor of the book that follows: the tagger reads the name
    as the container and the book as a title (or a second container). The name and its role word are
    the editor run, ``in`` is prose, and the title run after them is the container; a second
    container run right after it that names an organisation (``Royal United Services Institute,
    Occasional Paper``) is its publisher. The book's title read into the editor run after the role word's comma
    (``ed., Labour and Society``) is that container too."""
    tags = list(tags)
    given = load("given_names")
    runs = tag_spans(tokens, tags)
    for n, (first, last, label) in enumerate(runs):
        if label != "container-title" or fold(tokens[first].text) not in IN_WORDS:
            continue
        k = first + 1
        while k < last and (tokens[k].text[:1].isupper() and tokens[k].text.replace("-", "").isalpha() or tokens[k].text == "."):
            k += 1
        names = [t.text for t in tokens[first + 1:k] if t.text != "."]
        if not 2 <= len(names) <= 4 or not (fold(names[0]) in given or len(names[0]) == 1 or _unknown_name_words(names)):
            continue
        if any(tokens[j].text != "," for j in range(k, last)):
            continue  # the container run holds more than the name (and a comma)
        if n + 1 >= len(runs):
            continue
        ed_first, ed_last, ed_label = runs[n + 1]
        if ed_label != "editor" or ed_first != last or fold(tokens[ed_first].text) not in _EDITOR_WORDS:
            continue
        role_end = ed_first + 1 + (ed_first + 1 < ed_last and tokens[ed_first + 1].text == ".")
        if role_end < ed_last and tokens[role_end].text == "," and role_end + 1 < ed_last \
                and tokens[role_end + 1].text[:1].isupper():
            ed_last, (t_first, t_last, t_label) = role_end + 1, (role_end + 1, ed_last, "title")  # "ed., Labour": the book
        elif any(tokens[j].text not in (".", ",") for j in range(ed_first + 1, ed_last)) or n + 2 >= len(runs):
            continue
        else:
            t_first, t_last, t_label = runs[n + 2]
        if t_label not in ("title", "container-title") or t_first != ed_last:
            continue
        tags[first] = "prose"
        tags[first + 1] = "B-editor"
        for j in range(first + 2, ed_last):
            tags[j] = "I-editor"
        tags[t_first] = "B-container-title"
        for j in range(t_first + 1, t_last):
            tags[j] = "I-container-title"
        if n + 3 < len(runs):
            p_first, p_last, p_label = runs[n + 3]
            if p_label == "container-title" and p_first == t_last \
                    and any(fold(tokens[j].text) in ORGANISATION_WORDS for j in range(p_first, p_last)):
                tags[p_first] = "B-publisher"  # "…,” Royal United Services Institute, Occasional Paper"
                for j in range(p_first + 1, p_last):
                    tags[j] = "I-publisher"
    return tags


@needs(any_written(","), any_tag("B-title"), any_tag(AUTHOR_TAGS))
def rule_word_after_a_full_name_and_its_comma_opens_the_title(text: str, tokens: Sequence[Token],
                                                              tags: list[str]) -> list[str]:
    """``Antony Beevor, Stalingrad, The Fateful Siege: 1942-1943 (New York…``, ``Aggrey Brown, Color, Class and
    Politics in Jamaica``, ``Geir Lundestad, East, West, North, South: International Relations since 1945``: an author
    run that is a full name in natural order (a known given name or an initial, or words that are no common word,
    place or month, then a capitalised family name: two to four words), its comma, then capitalised words with
    commas between them (ending on a comma or a colon), right before a title run, ends at the name's comma: the
    words after it (no given name, initial, suffix or role word among them) open the title."""
    out: list[str] | None = None
    given, roles = load("given_names"), load("role_words")
    for first, last, label in tag_spans(tokens, tags):
        if label != "author" or last >= len(tags) or tags[last] != "B-title" or tokens[last - 1].text not in (",", ":"):
            continue
        comma = next((k for k in range(first + 2, min(last, first + 6)) if tokens[k].text == ","), None)
        if comma is None or comma + 2 > last - 1:
            continue
        names = [t.text for t in tokens[first:comma] if t.text != "."]
        if not 2 <= len(names) <= 4 or not all(n[:1].isupper() and n.replace("-", "").isalpha() for n in names) \
                or not (fold(names[0]) in given or len(names[0]) == 1 or _unknown_name_words(names)):
            continue
        rest = tokens[comma + 1:last - 1]
        words = [t.text for t in rest if t.text != ","]
        if not words or any(t.text == "," and (k == 0 or rest[k - 1].text == ",") for k, t in enumerate(rest)) \
                or not all(w[:1].isupper() and w.isalpha() and len(w) >= 3 and fold(w) not in given
                           and fold(w) not in roles and w.lower().rstrip(".") not in _SUFFIX_WORDS for w in words):
            continue
        out = out if out is not None else list(tags)
        tags_after = out[last:]
        relabel(out, comma + 1, last, "title")
        out[last] = "I-title"
        out[last + 1:] = tags_after[1:]
    return out if out is not None else tags


def _full_name_with_particles(words: Sequence[str]) -> bool:
    """:func:`~.words.full_name`, particles between allowed (``Marcel van der Linden``, ``Paul Le Blanc``): a known
    given name or an initial, then capitalised words and particles ending on a capitalised word."""
    names = [w for w in words if w != "."]
    return 2 <= len(names) <= 6 and full_name([w for w in names if w not in NAME_PARTICLES]) \
        and capitalised_word(names[-1], 2) and names[1:].count(names[-1]) == 1


@needs(any_tag("B-author"), any_written(","))
def rule_given_name_read_as_prose_opens_the_author_after_it(text: str, tokens: Sequence[Token],
                                                            tags: list[str]) -> list[str]:
    """``See the debate in Paul Le Blanc, Leon Trotsky (London…)`` read with ``Paul Le`` as prose: a known given name
    (or initial) and the capitalised words and particles after it, read as prose right before an author run that ends
    on its comma, after a lower-case word or at the note's start, open that author's name
    (:func:`_full_name_with_particles` of the whole)."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "author" or first == 0 or tags[first - 1] != "prose":
            continue
        comma = next((k for k in range(first, min(last, first + 3)) if tokens[k].text == ","), None)
        if comma is None:
            continue  # no comma in the run's first three tokens
        for start in range(max(0, first - 4), first):
            words = [t.text for t in tokens[start:comma]]
            if all(tags[k] == "prose" for k in range(start, first)) \
                    and (start == 0 or tokens[start - 1].text.islower() and tokens[start - 1].text.isalpha()) \
                    and _full_name_with_particles(words):
                out = out or list(tags)
                relabel(out, start, last, "author")
                break
    return out or tags


@needs(any_written(","), any_tag("B-title"), any_tag(_PINPOINT_TAGS))
def rule_family_name_and_comma_opening_a_short_form_is_its_author(text: str, tokens: Sequence[Token],
                                                                   tags: list[str]) -> list[str]:
    """``Miliband, Parliamentary Socialism, p. 72.`` with ``Miliband`` read as prose: one capitalised word and its comma
    opening the note or a cite (after ``;``, ``.``, ``see``, ``cf.``…), right before a title run that ends on a comma
    and a pinpoint, is the author of that short form; not a word of the lexicon, a month or a place. So is the word
    and its comma read as a title of their own before a title or container run (``; Rothstein, The Color of Law,
    pp. 46-53`` read as an article's title and its periodical): the run after it is the title."""
    out = None
    for k in range(len(tokens) - 3):
        if tokens[k + 1].text != "," or not (
                tags[k] == tags[k + 1] == "prose" and tags[k + 2] == "B-title"
                or tags[k] == "B-title" and tags[k + 1] == "I-title" and tags[k + 2] in ("B-title", "B-container-title")):
            continue
        if not family_name_like(tokens[k].text) or k > 0 and fold(tokens[k - 1].text.rstrip(".")) not in _LIST_OPENERS:
            continue
        inside = "I-" + split_label(tags[k + 2])[1]
        end = next((j for j in range(k + 3, len(tokens)) if tags[j] != inside), len(tokens))
        if end >= len(tokens) or tokens[end - 1].text != "," or split_label(tags[end])[1] not in ("locator", "pages"):
            continue
        out = out or list(tags)
        relabel(out, k, k + 2, "author")
        relabel(out, k + 2, end, "title")
    return out or tags


@needs(any_tag(AUTHOR_TAGS))
def rule_words_after_an_authors_comma_are_a_short_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Draper, KMTR, Vol. 2, p. 34.``, ``Vgl. Horst, Zauberbibliothek, Bd. III, S. 45.``, ``Trotsky, Moya Zhizn, vol.
    ii, p. 212``: an author run of one capitalised word (not in capitals), its comma, then one to three words and a
    comma, right before a volume or pinpoint, ends at the first comma: the words are the title, cited short or by its
    initials, when they are one word of two to six capitals (a roman numeral is no title) or capitalised words of four
    letters or more that name no one (no given name, no name the lexicon knows, no place: ``Marx, Engels, Bd. 3`` are
    two authors, ``Serge, Victor, p. 3`` one inverted name). Right before a title run that opens on no article, such
    words open that title (``Eaton, Grant, Lincoln and the Freedmen, pp. 87, 92``, the title read from ``Lincoln``)."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        before_a_title = last < len(tokens) and tags[last] == "B-title" and tokens[last].text.lower() not in _TITLE_ARTICLES
        if label != "author" or not 4 <= last - first <= 6 or last >= len(tokens) \
                or split_label(tags[last])[1] not in ("volume", "locator", "pages") and not before_a_title:
            continue
        name, comma, end, words = tokens[first], tokens[first + 1], tokens[last - 1], tokens[first + 2:last - 1]
        if comma.text != "," or end.text != "," or not capitalised_word(name.text, 3) or name.text.isupper() \
                or is_known_place(name.text) \
                or not (len(words) == 1 and _initials_of_a_title(words[0].text)
                        or all(_word_naming_no_one(word.text) for word in words)):
            continue
        out = out or list(tags)
        end = last
        while before_a_title and end + 1 < len(tokens) and tags[end + 1] == "I-title":
            end += 1  # "Eaton, Grant," + "Lincoln and the Freedmen": the words open the title after them
        relabel(out, first + 2, end + before_a_title, "title")
    return out or tags


def _initials_of_a_title(word: str) -> bool:
    """Whether ``word`` is two to six capitals and no roman numeral (``KMTR``)."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper() and not ROMAN_NUMERAL.fullmatch(word)


def _word_naming_no_one(word: str) -> bool:
    """Whether ``word`` is a capitalised word of four letters or more that is no given name, no name the lexicon
    knows (a movement or an abstraction it also lists, ``Socialism``, ``Revolution``, names no one) and no place."""
    folded = fold(word)
    return capitalised_word(word, 4) and word.isalpha() and not word.isupper() and folded not in load("given_names") \
        and (folded not in NAMES_FOLDED or folded.endswith(_TERM_ENDINGS)) and not is_known_place(word)


#: Endings of the movements and abstractions :data:`~notecite.normalize.lexicon.NAMES` lists with its people.
_TERM_ENDINGS = ("ism", "isms", "ist", "ists", "tion", "tions")


@needs(any_mark(","), any_tag(_OPENING_TITLE_TAGS),
       any_tag(tags_of(("locator", "container-title"))))  # (the pinpoint after the run, or the container after "in")
def rule_family_name_and_comma_opening_a_title_run_before_its_pinpoint(text: str, tokens: Sequence[Token],
                                                                        tags: list[str]) -> list[str]:
    """``… se sacrificaba todo.' Marure, Bosq. Hist. Cent. Am., 51.``: a title or container run, the cite's first
    (prose or a stop before it), that opens on one capitalised word and its comma (no word of the lexicon, month or
    place) before a capitalised word, and ends on a comma right before a pinpoint (or a volume and a pinpoint: ``…, i.
    254-5``), is a short form: the word is its author, the rest its title. So is a title run that ends before ``in`` and
    a container run (``Lenin, What Is to Be Done?, in Collected Works, vol. 5``): the piece's author and title."""
    out = None
    runs = tag_spans(tokens, tags)
    for j, (first, last, label) in enumerate(runs):
        if label not in ("title", "container-title") or last - first < 4 or tokens[first + 1].text != "," \
                or j and runs[j - 1][1] == first and tokens[first - 1].text != "." \
                or not tokens[first + 2].text[:1].isupper() \
                or not (_pinpoint_after(tokens, runs, j) or label == "title" and _in_and_container_after(tokens, runs, j)):
            continue
        if not family_name_like(tokens[first].text):
            continue
        out = out or list(tags)
        relabel(out, first, first + 2, "author")
        relabel(out, first + 2, last, "title")
    return out or tags


def _pinpoint_after(tokens: Sequence[Token], runs: list[tuple[int, int, str]], j: int) -> bool:
    """Whether run ``j`` ends on a comma right before a pinpoint run, or a volume and a pinpoint run."""
    last = runs[j][1]
    pinpoint = j + 1 + (j + 2 < len(runs) and runs[j + 1][2] == "volume" and runs[j + 2][2] == "locator")
    return pinpoint < len(runs) and runs[pinpoint][2] == "locator" and runs[j + 1][0] == last \
        and tokens[last - 1].text == ","


def _in_and_container_after(tokens: Sequence[Token], runs: list[tuple[int, int, str]], j: int) -> bool:
    """Whether run ``j`` is followed, after its comma, by ``in`` and a container run."""
    k = runs[j][1] + (runs[j][1] < len(tokens) and tokens[runs[j][1]].text == ",")
    if tokens[runs[j][1] - 1].text != "," and k == runs[j][1]:
        return False
    return k + 1 < len(tokens) and tokens[k].text.lower() in IN_WORDS and j + 1 < len(runs) \
        and runs[j + 1][2] == "container-title" and runs[j + 1][0] in (k, k + 1)


#: Nouns for a piece a person wrote or told, printed in a book a bracket then cites (``Fauchet's Narrative (Deux Amis,
#: i. 324)``), beside :data:`_WORK_NOUNS`.
_PIECE_NOUNS = _WORK_NOUNS | frozenset("narrative relation recollections testimony speech statement letter letters".split())
#: A writer's piece that a book prints, named after the writer's possessive (``Irving Howe's essay in Steady Work``).
_WRITINGS_IN_A_BOOK = _PIECE_NOUNS | frozenset("essays articles chapter introduction preface foreword afterword review "
                                               "contribution remarks comments lecture piece".split())


@needs(any_mark("("), any_tag(NAME_TAGS), any_word(_PIECE_NOUNS))
def rule_possessive_and_piece_before_its_bracketed_source_are_prose(text: str, tokens: Sequence[Token],
                                                                    tags: list[str]) -> list[str]:
    """``Fauchet's Narrative (Deux Amis, i. 324.)``: a name's possessive and a noun for a piece (:data:`_PIECE_NOUNS`),
    read as names, right before a bracket that opens on a title run, name the piece, not an author: they are prose,
    and the bracket is the cite of the book it is printed in."""
    out = None
    for k in range(1, len(tokens) - 2):
        if tokens[k].text.lower() not in _PIECE_NOUNS or not tokens[k].text[:1].isupper() \
                or split_label(tags[k])[1] not in NAME_LABELS or tokens[k + 1].text != "(" \
                or split_label(tags[k + 2])[1] != "title" or not POSSESSIVE_END.search(tokens[k - 1].text) \
                or split_label(tags[k - 1])[1] not in NAME_LABELS:
            continue
        first = k - 1
        while first > 0 and tags[first].startswith("I-"):
            first -= 1
        out = out or list(tags)
        out[first:k + 1] = ["prose"] * (k + 1 - first)
    return out or tags


@needs(any_tag("B-author"), any_tag(DATE_TAGS))
def rule_second_word_of_an_author_run_before_a_serial_year_is_the_title(text: str, tokens: Sequence[Token],
                                                                         tags: list[str]) -> list[str]:
    """``Córtes, Diario, 1813, xxii. 216.``: an author run of two single words with their commas, no known name the
    second, right before a year and a pinpoint that opens on a Roman volume, is an author and a serial's short title
    (its year and volume the pinpoint's), not two authors of that year."""
    out = None
    runs = tag_spans(tokens, tags)
    for j, (first, last, label) in enumerate(runs):
        if label != "author" or last - first != 4 or j + 2 >= len(runs) or runs[j + 1][2] != "date" \
                or runs[j + 2][2] != "locator" or tokens[first + 1].text != "," or tokens[last - 1].text != "," \
                or not YEAR.fullmatch(tokens[runs[j + 1][0]].text) \
                or not ROMAN_VOLUME_PINPOINT.match(text, tokens[runs[j + 2][0]].start):
            continue
        word = tokens[first + 2].text
        if not capitalised_word(word, 3) or fold(word) in NAMES_FOLDED or fold(word) in load("given_names"):
            continue
        out = out or list(tags)
        relabel(out, first, first + 2, "author")
        relabel(out, first + 2, last, "title")
    return out or tags


#: Articles no person's name opens on (``El Centro Americano``, ``Los Anales``); ``La``, ``Le``, ``De`` open family names
#: (``La Bléterie``, ``Le Blanc``), and ``The``, ``Die`` a body's name or a sentence (``The Processing Foundation``,
#: ``Die Stelle lautet``) as often as a periodical's: left out.
_ARTICLES_OPENING_NO_NAME = frozenset({"El", "Los", "Las", "Il"})


@needs(any_written(_ARTICLES_OPENING_NO_NAME | {"A"}), any_tag("B-author"))
def rule_article_opening_an_author_run_names_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``For more details, see El Centro Americano, 1826, 38.``: an author run opening on an article no name opens on
    (:data:`_ARTICLES_OPENING_NO_NAME`), then capitalised words, names a work or a periodical, not a person: a title
    run (the rules on periodicals read it further). So does one opening on ``A`` with no period (no initial) and
    ending on a colon before a title run: a main title, the subtitle after it (``see A Red Record: Revealing …``)."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "author" or first + 1 >= last or not tokens[first + 1].text[:1].isupper():
            continue
        if tokens[first].text in _ARTICLES_OPENING_NO_NAME:
            out = out or list(tags)
            relabel(out, first, last, "title")
        elif tokens[first].text == "A" and tokens[last - 1].text == ":" and last < len(tags) and tags[last] == "B-title":
            out = out or list(tags)  # "see A Red Record: Revealing Lynchings in …": an article, no initial, then a subtitle
            relabel(out, first, last, "title")
            out[last] = "I-title"
    return out or tags


#: Capitalised words no person's name holds: pronouns, ``The``, ``New`` (``I Hate You``, ``… and New Birth of Freedom``;
#: not ``A``, an initial as often).
_WORDS_IN_NO_NAME = frozenset("the new you your my our we they their his her its this that these those what how why when "
                              "where who not".split())


#: :data:`_WORDS_IN_NO_NAME` as the rule below finds them, opening on a capital (``The``, ``THE``, ``Where``).
_WORDS_IN_NO_NAME_CAPITALISED = _capitalised_spellings(_WORDS_IN_NO_NAME)


@needs(any_tag("B-title"), any_tag(AUTHOR_TAGS), any_written(","), any_written(_WORDS_IN_NO_NAME_CAPITALISED))
def rule_word_in_no_name_after_an_authors_comma_opens_the_title(text: str, tokens: Sequence[Token],
                                                                 tags: list[str]) -> list[str]:
    """``J J Kreisman and H Straus, I Hate You, Don’t Leave Me: …``, ``Howard Jones, Abraham Lincoln and New Birth of
    Freedom: …``: an author run right before a title run whose words after one of its commas hold a capitalised word no
    name holds (:data:`_WORDS_IN_NO_NAME`; not as the first word) ends at that comma: the words after it open the title;
    after a full stop the word itself opens it (``Alexander, Ruth M. The Girl Problem``: inverted given names end there)."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "author" or last >= len(tags) or tags[last] != "B-title":
            continue
        commas = [k for k in range(first + 1, last - 1) if tokens[k].text == ","]
        for comma in commas:
            words = [k for k in range(comma + 1, last) if tokens[k].text[:1].isalpha()]
            word = next((k for k in words[1:] if tokens[k].text[:1].isupper() and tokens[k].text.lower() in _WORDS_IN_NO_NAME),
                        None)
            if word is None:
                continue
            out = out or list(tags)
            if tokens[word - 1].text == ".":  # "Alexander, Ruth M. The Girl Problem": the given names end at their stop
                relabel(out, word, last, "title")
            else:
                out[comma] = "prose"
                relabel(out, comma + 1, last, "title")
            out[last] = "I-title"
            break
    return out or tags


_SUFFIX_WORDS = frozenset({"jr", "sr", "ii", "iii", "iv"})


@needs(any_written(OPENING_QUOTES), any_tag(AUTHOR_TAGS))
def rule_family_name_before_a_quoted_title_ends_the_author(text: str, tokens: Sequence[Token],
                                                           tags: list[str]) -> list[str]:
    """``Rommel C. Banlaoi “Benefits and Costs…,”``: a comma left out between a name and its quoted title, where
    the tagger ended the author on the initial or given name and opened the title on the family name; the
    one or two capitalised words before the opening quote end the author, the title opens on the quote."""
    given = load("given_names")
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or first == 0 or split_label(tags[first - 1])[1] != "author":
            continue
        quote = next((k for k in range(first, min(last, first + 3)) if tokens[k].text in OPENING_QUOTES), None)
        before = tokens[first - 1]
        ends_unnamed = before.text == "." and first >= 2 and re.fullmatch(r"[A-Z]", tokens[first - 2].text) \
            or fold(before.text) in given
        if quote is None or quote == first or not ends_unnamed \
                or not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in tokens[first:quote]):
            continue
        changed = changed if changed is not None else list(tags)
        relabel(changed, first, quote, "author", continues=True)
        relabel(changed, quote, last, "title")
    return changed if changed is not None else tags


@needs(any_mark(" in "), any_tag(_AUTHOR_OR_EDITOR_TAGS))
def rule_name_and_title_after_in_split(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Relation de Godefroy, in Shea, Bataille du Malangueulé (Monongahela)``: a name run right after ``in``
    that holds a comma, with one to three capitalised words (a name) before it and a title after it (a
    capitalised word opening at least two words, or one holding a small word or a bracket), is the book's
    author and then its title: the words after the comma (no other comma: ``in Tams, Berster, and Schiffbauer,
    Convention…`` lists names) are the container's title."""
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("editor", "author") or first == 0 or tokens[first - 1].text.lower() not in IN_WORDS:
            continue
        comma = next((k for k in range(first, last) if tokens[k].text == ","), None)
        if comma is None or not 1 <= comma - first <= 3 \
                or not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in tokens[first:comma]):
            continue
        rest = [t.text for t in tokens[comma + 1:last] if t.text != "."]
        if "," in rest or len(rest) < 2 or not rest[0][:1].isupper() or rest[0].rstrip(".").lower() in ("ed", "eds", "trans") \
                or not (any(w in FUNCTION_WORDS for w in rest) or "(" in rest or len(rest) >= 3):
            continue
        if any(fold(w) in load("given_names") for w in rest[:1]):
            continue  # "in Shea, John Gilmary …": a list of names, not a title
        changed = changed if changed is not None else list(tags)
        relabel(changed, comma + 1, last, "container-title")
        changed[comma] = "I-" + label
    return changed if changed is not None else tags


#: The words before a title run a cited name may open (``in Trotsky, Portraits``, ``see Trotsky, …``).
_IN_OR_SEE = IN_WORDS | {"see"}


@needs(any_word(_IN_OR_SEE), any_written(","), any_folded(NAMES_FOLDED), any_tag(TITLE_TAGS))
def rule_known_name_opening_a_title_after_in_is_its_author(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…is printed in Trotsky, Portraits, Political and Personal (New York: Pathfinder, 1977)``: a title run right after
    ``in`` (or ``see``) that opens on one word naming a person the notes of this field cite (:data:`NAMES_FOLDED`, not a
    place) and its comma, then a capitalised word, is that person's book: the word is its author."""
    if " in " not in text and "see " not in text.lower():
        return tags
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or first == 0 or tokens[first - 1].text.lower() not in _IN_OR_SEE \
                or first + 2 >= last or tokens[first + 1].text != "," or not tokens[first + 2].text[:1].isupper():
            continue
        word = tokens[first].text
        if fold(word) not in NAMES_FOLDED or fold(word) in load("places") or not capitalised_word(word, 3):
            continue
        out = out or list(tags)
        relabel(out, first, first + 2, "author")
        relabel(out, first + 2, last, "title")
    return out or tags


#: Words a note may be alone that name nobody (``Sic.``, ``Passim.``).
_NOT_A_NAME_ALONE = frozenset({"sic", "passim", "idem", "cf", "see", "note", "notes", "untitled", "anonymous", "unsigned"})


def rule_note_of_only_a_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Grenier`` or ``Birch.`` as a whole note: one to three capitalised words and nothing else (no small
    word, place, month or ibid word) are an author named alone, a short form of that author's work; ending on a
    periodical's noun (``Montgomery Advertiser.``), they name a paper; opening on a possessive (``Métivier’s
    Dictionnaire.``), they are its author and the title of the work cited short."""
    if len(tokens) > 6:
        return tags
    words = tokens[:-1] if tokens and tokens[-1].text == "." else tokens  # a full stop may end it, none is inside
    as_author = bool(tags) and tags[0] == "B-author" and all(tag == "I-author" for tag in tags[1:])
    if not 1 <= len(words) <= 3 or any(tag != "prose" for tag in tags) and not as_author:
        return tags
    if not all(t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").replace("’", "").isalpha() for t in words) \
            or any(fold(t.text) in load(lexicon) for t in words for lexicon in ("stopwords", "places", "months", "ibid")) \
            or fold(words[0].text) in _NOT_A_NAME_ALONE:
        return tags
    last_word = fold(words[-1].text)
    periodical = len(words) > 1 and (last_word in _PERIODICAL_NOUNS or last_word in PAPER_NOUNS
                                     or _NEWSPAPER_WORDS.fullmatch(last_word) is not None)
    if as_author and not periodical:
        return tags
    out = list(tags)
    owner = _possessive_end(tokens, 0)
    if not periodical and owner is not None and owner < len(words) \
            and fold(re.sub(r"['’]s?$", "", tokens[0].text)) not in WORDS:  # not "Editor’s Notes.": a common noun's
        relabel(out, 0, owner, "author")  # "Métivier’s Dictionnaire.": a name's work, cited short
        relabel(out, owner, len(tokens), "title")
        return out
    relabel(out, 0, len(tokens), "container-title" if periodical else "author")  # "Montgomery Advertiser.": a paper
    return out


#: Given names as older notes cut them short (``Thos.``, ``Chas.``, ``Geo.``): no title's first word.
_GIVEN_ABBREVIATIONS = frozenset("thos chas geo jas benj jno saml edw jos wm hen nath richd robt wmn theo".split())


@needs(any_tag("B-title"), any_mark(","))
def rule_abbreviated_word_after_an_inverted_name_opens_the_title(text: str, tokens: Sequence[Token],
                                                                 tags: list[str]) -> list[str]:
    """``Marure, Bosq. Hist. Cent. Am., i. 150``: a name run of a family name, a comma and one abbreviated word
    (three letters or more, not a given name or a given name's abbreviation: ``Walker, Geo.`` stays a name) right
    before a title run that opens on another abbreviated word holds the title's first word: the family name is the
    author, the abbreviation opens the title."""
    given = load("given_names")
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "author" or last - first != 4 or last >= len(tokens) or tags[last] != "B-title" \
                or tokens[first + 1].text != "," or tokens[first + 3].text != "." \
                or tokens[first + 3].start != tokens[first + 2].end:
            continue
        word = tokens[first + 2].text
        if not (capitalised_word(word, 3) and word.isalpha() and not word.isupper()) \
                or fold(word) in given or fold(word) in _GIVEN_ABBREVIATIONS \
                or not (last + 1 < len(tokens) and tokens[last + 1].text == "." and tokens[last + 1].start == tokens[last].end):
            continue  # ("Moretti, Franco. Distant Reading": a given name, then a title of whole words)
        out = out or list(tags)
        out[first + 1] = "prose"  # the comma after the family name
        relabel(out, first + 2, first + 4, "title")
        out[last] = "I-title"
        relabel(out, first, first + 1, "author")
    return out or tags


#: The record of a legislature's debates, or ``Ibid.`` (``Annals of Cong.``, ``Congressional Globe``, ``Register of
#: Debates``, ``House Journal``, ``Hansard``).
_DEBATES_RECORD = (r"(?:Ibid\b|Id\b|Annals\s+of\s+Cong|Cong(?:ressional|\.)\s+Globe|Register\s+of\s+Debates|"
                   r"(?:House|Senate)\s+Journal|Journal\s+of\s+the\s+(?:House|Senate)|Parl(?:iamentary|\.)\s+Deb|Hansard)")
#: ``Bidwell, Cook, and others: Annals of Cong., …``, ``Fisk: Ibid., pp. 224-5``, ``Hugh Nelson of Virginia: Annals of
#: Cong.``: speakers named (perhaps with their state), then a colon and the record of the debate (italics marks
#: allowed).
_SPEAKER = r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+(?:\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
_SPEAKERS_THEN_RECORD = re.compile(
    rf"(?:^|(?<=[.;]\s))(?P<names>{_SPEAKER}(?:,\s+{_SPEAKER})*(?:,?\s+and\s+(?:others|{_SPEAKER}))?)\s*:\s*[_*]?"
    + _DEBATES_RECORD)


#: What every :data:`_SPEAKERS_THEN_RECORD` holds, found by one cheap search: a colon, then the record.
_RECORD_AFTER_A_COLON = re.compile(r":\s*[_*]?" + _DEBATES_RECORD)


#: Papers described before a colon and the record they are printed in (lower case).
_DESCRIBED_PAPERS = frozenset("letter letters message messages report speech memorial petition resolution".split())
#: The fields of a cited source's number and date: a clause of prose before a colon starts after them.
_FIELDS_OF_A_SOURCE = frozenset({"locator", "date", "ibid", "volume", "issue", "pages", "container-title", "url"})


@needs(any_mark(":"))
def rule_speakers_before_a_debates_record_are_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Bidwell, Cook, and others: Annals of Cong., 9 Cong. 2 sess. p. 201``, ``Fisk: Ibid., pp. 224-5; Bidwell:
    Ibid., p. 221``: names before a colon and the record of a legislature's debates (or ``Ibid.``) are the
    speakers cited there, not the record's authors: prose, and the record opens a run of its own. So is a clause
    with a finite verb before them (``Messrs. Betton of New Hampshire, … voted against the bill: House Journal, …``), one
    that describes a paper printed there (``See Chew's letter of Oct. 17, 1817: Ibid., pp. 14-16``, ``Special message of
    Jan. 13, 1818: House Journal, …``) and a letter's people and offices (``Joseph Nourse, Register of the Treasury, to
    Hon. W.H. Crawford, Secretary of the Treasury: Ibid., …``)."""
    if not _RECORD_AFTER_A_COLON.search(text):
        return tags  # no record of debates (or ibid) right after a colon: the full pattern is not tried
    out = None
    starts = token_starts(tokens)
    spans = [(bisect_left(starts, m.start("names")), bisect_left(starts, m.end("names"))) for m in _SPEAKERS_THEN_RECORD.finditer(text)]
    for record in _RECORD_AFTER_A_COLON.finditer(text):  # "…, and D.R. Williams of South Carolina voted against the
        colon = bisect_left(starts, record.start())       # bill: House Journal, …": a clause of prose with its verb
        first = colon
        while first > 0 and not (tokens[first - 1].text == ";" or ends_a_sentence(tokens, first - 1)) \
                and split_label(tags[first - 1])[1] not in _FIELDS_OF_A_SOURCE:
            first -= 1  # (back to the sentence's start, or to the end of the source cited before it)
        letter = first  # a letter's people and offices may hold abbreviations' stops ("to Hon. W.H. Crawford")
        while letter > 0 and tokens[letter - 1].text != ";" and split_label(tags[letter - 1])[1] not in _FIELDS_OF_A_SOURCE:
            letter -= 1
        if any(t.text.islower() and t.text in load("verbs") or t.text.lower() in _DESCRIBED_PAPERS for t in tokens[first:colon]):
            spans.append((first, colon))
        elif any(tokens[k].text == "to" and tokens[k - 1].text == "," and tokens[k + 1].text[:1].isupper()
                 for k in range(letter + 1, colon - 1)):
            spans.append((letter, colon))
    for first, colon in spans:
        out = out or list(tags)
        while colon < len(tokens) and tokens[colon].text != ":":
            colon += 1
        for k in range(first, min(colon + 1, len(tokens))):
            out[k] = "prose"
        open_run(out, colon + 1)
    return out or tags


#: The last word of a periodical named after its maker (``Niles's Register``, ``Harper's Magazine``, ``Blackwood's
#: Edinburgh Magazine``).
_PERIODICAL_NOUNS = frozenset("register magazine review journal gazette weekly monthly miscellany museum bazaar "
                              "repository quarterly".split())


@needs(any_mark("'s", "’s"))
def rule_possessive_naming_a_periodical_is_its_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Niles's Register, XXII. 114``, ``Harper's Magazine``: a possessive name run of one word right before a title
    run of one to three capitalised words ending on a periodical's noun (:data:`_PERIODICAL_NOUNS`) names the
    periodical, not an author and his work: the name opens the title."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "author" or last != first + 1 or last >= len(tokens) or tags[last] != "B-title" \
                or not POSSESSIVE_END.search(tokens[first].text):
            continue
        end = last
        while end < len(tokens) and (tags[end] == "I-title" or end == last) and tokens[end].text[:1].isupper():
            end += 1
        if not 1 <= end - last <= 3 or fold(tokens[end - 1].text) not in _PERIODICAL_NOUNS:
            continue
        out = out or list(tags)
        out[first] = "B-title"
        out[last] = "I-title"
    return out or tags


#: A capitalised word before the office's noun (``Senior External Affairs``, ``Australian High``, ``US``).
_OFFICE_MODIFIER = r"(?!(?:The|A|An|See|Cf|In|On)\b)[A-Z][\w’'-]*"
#: The office: capitalised words ending on its noun, then what it is of or for (``of State``, ``for External
#: Affairs``, ``to the United States``, ``of France``).
_OFFICE = (rf"(?:{_OFFICE_MODIFIER}\s+){{0,4}}{OFFICE_NOUN}"
           rf"(?:\s+(?:and|of|for|to|in|at|on)(?:\s+the)?\s+(?:{_OFFICE_MODIFIER}\s+){{0,4}}[A-Z][\w’'-]*)*")
#: A person's honours and ranks before the name (``The Rt. Hon.``, ``Sir``, ``General Sir``).
_HONOURS = (r"(?:(?:The\s+)?(?:Rt\.?|Right)\s+Hon\.?|Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Lord|Lady|General|Admiral|"
            r"(?:Field|Air)\s+Marshal|Colonel|Captain|Major|Brigadier|Senator|Ambassador)")
#: A person's name: honours, given names or initials, particles, the family name.
_NAMED_PERSON = (rf"(?:{_HONOURS}\s+)*(?:(?:[A-Z]\.\s?)+|[A-Z][\w’'-]+\s+)(?:(?:[A-Z]\.\s?)+|[A-Z][\w’'-]+\s+|"
                 rf"(?:de|van|von|da|di|du|la|le)\s+){{0,3}}[A-Z][\w’'-]+")
#: A note, or a clause of one, that names a person and the office held (``T.K. Critchley, Senior External Affairs
#: Representative, London, 1966–69.``, ``R. H. Scott, Assistant Under-Secretary of State, Foreign Office.``), or
#: the office alone (``Malaysian Defence Minister.``, more than its noun); not a letter from the office-holder
#: (``…, to Y``).
_PERSON_AND_OFFICE = re.compile(rf"(?:^|(?<=;\s)|(?<=[a-z\d)]\.\s))(?P<person>{_NAMED_PERSON},\s+)?{_OFFICE}(?=\s*[,;.]|\s*$)"
                                rf"(?!,?\s+to\s+[A-Z])")
#: The page number after a clause that ended on the stop of ``p.`` (``…, London, 1972, p. 45``).
_PAGE_AT = re.compile(r"\s*\d")
#: Where a clause ends after an office: a semicolon, or a sentence's period.
_CLAUSE_END = re.compile(r";|(?<=[a-z\d)])\.(?:\s|$)")


@needs(any_written(OFFICE_NOUN_TOKENS))
def rule_person_named_by_an_office_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``T.K. Critchley, Senior External Affairs Representative, London, 1966–69.``, ``Charles de Gaulle, President
    of France, 1958–69, who withdrew …``, ``Malaysian Defence Minister.``: a note's sentence or clause that names a
    person by the office held (the editor's identification of someone the text names) cites nothing: prose to the
    clause's end, unless it quotes a title or names a page (then the clause is left as it is); so does a name and an
    office read as an author and a title anywhere (:func:`_office_read_as_a_title`)."""
    out = None
    for match in _PERSON_AND_OFFICE.finditer(text):
        end = _CLAUSE_END.search(text, match.end())
        stop = end.end() if end else len(text)
        if not match["person"] and " " not in match.group():
            continue  # an office's noun alone ("MP, 31."): a short title as likely as an office
        clause, before = text[match.start():stop], text[:match.start()]
        if any(q in clause for q in "“\"‘«") or re.search(r"\bpp?\.\s*\d|\(\s*[A-Z][^()]*:\s*[A-Z]", clause) \
                or _PAGE_AT.match(text, stop) and clause.rstrip().endswith(("p.", "pp.")) \
                or before.count("“") > before.count("”") or before.count("«") > before.count("»") \
                or before.count('"') % 2:
            continue  # a title is quoted or a page named; or the clause is inside a quotation (a headline)
        out = out or list(tags)
        starts = token_starts(tokens)
        for k in range(bisect_left(starts, match.start()), bisect_left(starts, stop)):
            out[k] = "prose"
        open_run(out, bisect_left(starts, stop))
    return _office_read_as_a_title(text, tokens, out or tags)


#: An office's words alone, as a title run reads them (``Secretary of State``, ``Assistant Secretary of State``).
_OFFICE_ALONE = re.compile(rf"{_OFFICE}[,.;]?")


def _office_read_as_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``… added by Frank Kellogg, Secretary of State.``: a name run and its comma, then a title run that is only
    an office (:data:`_OFFICE_ALONE`), with no field after it in its sentence, name the person, not a work: both
    prose (a person named in prose, whatever the clause before)."""
    out = None
    runs = tag_spans(tokens, tags)
    for k, (first, last, label) in enumerate(runs):
        if label != "title" or not k or runs[k - 1][2] not in NAME_LABELS or runs[k - 1][1] != first \
                or tokens[first - 1].text != "," \
                or not _OFFICE_ALONE.fullmatch(text, tokens[first].start, tokens[last - 1].end):
            continue
        if k + 1 < len(runs) and runs[k + 1][0] == last:
            continue  # a field right after it (a date, a pinpoint): a letter from the office, or a cite
        out = out or list(tags)
        out[runs[k - 1][0]:last] = ["prose"] * (last - runs[k - 1][0])
    return out or tags


#: The role words written short after a name (``ed.``, ``eds.``, ``dir.``, ``comp.``, ``trans.``): :data:`_ROLE_WORDS`
#: but the ones spelled out, and the French plural.
_ROLE_ABBREVIATIONS = _ROLE_WORDS - {"edited", "translated"} | {"éds"}


@needs(any_word(_ROLE_ABBREVIATIONS))
def rule_role_abbreviation_ends_a_name_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Liu Xiangchen, dir., Ashiq: The Last Troubadour, 2010``: a name run that goes on past a role abbreviation
    after the name (``, dir.,``, ``, ed.,``) into capitalised words ends after the abbreviation's comma: the words
    after it open the title (joining a title run right after them)."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label not in NAME_LABELS:
            continue
        role = next((k for k in range(first + 2, last - 3) if tokens[k].text.lower() in _ROLE_ABBREVIATIONS
                     and tokens[k - 1].text == "," and tokens[k + 1].text == "." and tokens[k + 2].text == ","), None)
        if role is None or not tokens[role + 3].text[:1].isupper():
            continue
        out = out or list(tags)
        relabel(out, role + 3, last, "title")
        if last < len(out) and out[last] == "B-title":
            out[last] = "I-title"
    return out or tags


#: The suffixes that end a name (``Jr.``, ``Sr.``).
_NAME_SUFFIXES = frozenset({"jr", "sr", "jun", "sen"})


@needs(any_word(_NAME_SUFFIXES), any_tag(NAME_TAGS))
def rule_name_suffix_ends_the_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``C. William Walldorf Jr. To Shape Our World for Good``: a title run right after a name run that opens on
    one to three capitalised words and a name's suffix (``Jr.``, ``Sr.``) takes them from the name: the name
    ends on its suffix and the title starts after it."""
    out = None
    for (n_first, n_last, n_label), (first, last, label) in runs_and_the_next(tag_spans(tokens, tags)):
        if n_label not in NAME_LABELS or label != "title":
            continue
        suffix = next((k for k in range(first + 1, min(first + 5, last - 2)) if tokens[k].text.lower() in _NAME_SUFFIXES
                       and tokens[k + 1].text == "."), None)
        if suffix is None or not all(tokens[k].text[:1].isupper() and tokens[k].text.isalpha() or tokens[k].text in ",."
                                     for k in range(first, suffix)) \
                or not tokens[suffix + 2].text[:1].isupper():
            continue  # no suffix after capitalised words, or no capitalised title after it
        end = suffix + 2 + (tokens[suffix + 2].text == ",")
        out = out or list(tags)
        relabel(out, n_first, end, n_label)
        relabel(out, end, last, "title")
    return out or tags


@needs(any_word("v", "vs"), any_tag(NAME_TAGS))
def rule_parties_of_a_case_are_its_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Euclid v. Ambler, “Decision” (272 US Supreme Court, 365, November 22, 1926), URL``: a name run of two parties
    joined by ``v.`` (``vs.``) names a law case, not a person: it is the title; a short quoted title right after it
    (``“Decision”``, ``“Opinion”``) is what document of the case is cited, its genre."""
    out = None
    runs = tag_spans(tokens, tags)
    for j, (first, last, label) in enumerate(runs):
        if label not in NAME_LABELS:
            continue
        versus = next((k for k in range(first + 1, last - 2) if tokens[k].text in ("v", "vs")
                       and tokens[k + 1].text == "." and tokens[k - 1].text[:1].isupper() and tokens[k + 2].text[:1].isupper()),
                      None)
        if versus is None:
            continue
        out = out or list(tags)
        relabel(out, first, last, "title")
        if j + 1 < len(runs) and runs[j + 1][2] == "title" and runs[j + 1][0] == last \
                and tokens[runs[j + 1][0]].text in OPENING_QUOTES \
                and sum(t.text[:1].isalpha() for t in tokens[runs[j + 1][0]:runs[j + 1][1]]) <= 3:
            relabel(out, runs[j + 1][0], runs[j + 1][1], "genre")
    return out or tags


@needs(any_tag(NAME_TAGS))
def rule_lower_case_word_ending_a_name_run_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``So faßt es Marazio auf (p. 135).``: lower-case words that end a name run (no particle, no role word,
    nothing after them in the run) are the sentence's, not the name's: prose; so is a name run of one lower-case word
    of four letters or more (``see especially`` + ``The Prophet Outcast``)."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label in NAME_LABELS and last - first == 1 and tokens[first].text.isalpha() and tokens[first].text.islower() \
                and len(tokens[first].text) > 3 and tokens[first].text not in load("particles") \
                and fold(tokens[first].text) not in load("role_words") and fold(tokens[first].text) not in _NAME_TAIL_WORDS:
            out = out or list(tags)  # "see especially" + "The Prophet Outcast": a word of the sentence, alone
            out[first] = "prose"
            open_run(out, last)
            continue
        if label not in NAME_LABELS or last - first < 2:
            continue
        end = last
        while end - 1 > first and tokens[end - 1].text.isalpha() and tokens[end - 1].text.islower() \
                and tokens[end - 1].text not in load("particles") and fold(tokens[end - 1].text) not in load("role_words") \
                and fold(tokens[end - 1].text) not in _NAME_TAIL_WORDS:
            end -= 1
        if end == last or not tokens[end - 1].text[:1].isupper():
            continue  # nothing to trim, or no capitalised name left before the words
        out = out or list(tags)
        out[end:last] = ["prose"] * (last - end)
    return out or tags


#: Lower-case words a name run may end on besides the role words (``et al``, ``and others``, ``jr``, ``coll.``, ``dir.``).
_NAME_TAIL_WORDS = frozenset({"al", "others", "jr", "sr", "coll", "dir"})


#: Words after a noun for a work that introduce its title as its subject (``his book on Demonology and Devil-Lore``).
_ON_WORDS = frozenset({"on", "upon", "about", "sur"})
#: Pronouns that own a work in prose (``in his book on …``).
_OWNERS = frozenset({"his", "her", "their", "son", "sa", "leur"})


@needs(any_word(_ON_WORDS), any_word(_WORK_NOUNS))
def rule_work_noun_on_a_capitalised_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``In Moncure Conway’s book on Demonology and Devil-Lore, Vol. I., p. 102``, ``in his book on Demonology and
    Devil-Lore``: a possessive name (one to three capitalised words) or an owning pronoun, a noun for a work and
    ``on`` before capitalised words (small function words and hyphens between them) name that title; the
    possessive name is its author, the noun and ``on`` prose, whatever runs the tagger read there."""
    out = None
    for k in range(1, len(tokens) - 2):
        if tokens[k].text.lower() not in _ON_WORDS or fold(tokens[k - 1].text).removesuffix("s") not in _WORK_NOUNS \
                or not capitalised_word(tokens[k + 1].text):
            continue
        end = title_words_end(tokens, k + 1)
        owner = k - 2
        if owner < 0:
            continue
        start = None
        if tokens[owner].text.lower() in _OWNERS:
            start = owner
        else:
            after = _possessive_end(tokens, owner) or (owner >= 1 and _possessive_end(tokens, owner - 1))
            if after != k - 1:
                continue
            start = owner - (tokens[owner].text in ("'", "’"))
            while start > 0 and k - 1 - start < 4 and capitalised_word(tokens[start - 1].text, 1) \
                    and fold(tokens[start - 1].text) not in load("lead_words") and tokens[start - 1].text.lower() not in IN_WORDS:
                start -= 1
        out = out or list(tags)
        if start > 0 and split_label(out[start - 1])[1] != "prose" and (
                tokens[start - 1].text.lower() in IN_WORDS or fold(tokens[start - 1].text) in load("lead_words")):
            out[start - 1] = "prose"  # "In Moncure Conway’s book on …": the word before the name is prose
        if start == owner and tokens[owner].text.lower() in _OWNERS:
            out[owner:k + 1] = ["prose"] * (k + 1 - owner)
        else:
            relabel(out, start, k - 1, "author")
            out[k - 1:k + 1] = ["prose", "prose"]
        relabel(out, k + 1, end, "title")
        while end < len(tokens) and tokens[end].text in ",;:" and out[end] == "I-title":
            out[end] = "prose"  # "…Devil-Lore, Vol. I.": the comma the title run held
            end += 1
        open_run(out, end)
    return out or tags


@needs(any_word(GENERIC_WORKS))
def rule_genitive_name_and_a_work_noun_are_the_author_alone(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``nach Huffschmids Aufsatz »Zur Criminalstatistik des Odenwalds …«``: a name run of a capitalised name in the
    genitive (ending on ``s``) and a noun for a work (``Aufsatz``, ``Schrift``, ``Buch``: :data:`GENERIC_WORKS`) names
    the author alone: the noun is prose."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label not in NAME_LABELS or last - first != 2 or not capitalised_word(tokens[first].text, 3) \
                or not tokens[first].text.endswith("s") or fold(tokens[first + 1].text) not in GENERIC_WORKS \
                or not tokens[first + 1].text[:1].isupper():
            continue
        out = out or list(tags)
        out[first + 1] = "prose"
    return out or tags


#: Words inside a run of names or of a name and its role (``Flowerdew, R. and Aitkin``, ``Smith, ed.``).
_NAME_LIST_WORDS = frozenset({"and", "und", "et", "y", "e", "&", "ed", "eds", "hrsg", "trans", "al"})


@needs(any_mark(","), any_tag(AUTHOR_TAGS))
def rule_name_run_holding_a_title_after_its_comma(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Cordier, Légendes des Hautes Pyrénées, Lourdes, 1855, S. 79-88``: a name run whose first comma follows
    one to three capitalised words and opens a part of four words or more, small lower-case words among them
    (``des``, ``of``; no ``and`` or initial: ``Flowerdew, R. and Aitkin``), no title run right after it, is a name
    and a title: the words before the comma are the author,
    the part after it the title; a last part of one capitalised word right before a date is the place."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "author" or last - first < 6:
            continue
        comma = next((k for k in range(first + 1, min(last, first + 5)) if tokens[k].text == ","), None)
        if comma is None or not all(capitalised_word(t.text, 1) or t.text in ".-" for t in tokens[first:comma]):
            continue
        end = next((k for k in range(comma + 1, last) if tokens[k].text == ","), last)
        words = [t.text for t in tokens[comma + 1:end] if t.text[:1].isalpha()]
        small = FUNCTION_WORDS | load("particles")
        if len(words) < 4 or not words[0][:1].isupper() or not any(w.islower() for w in words) \
                or any(len(w) == 1 or w.lower() in _NAME_LIST_WORDS for w in words) \
                or any(w.islower() and w not in small for w in words):
            continue  # "Flowerdew, R. and Aitkin": an inverted name, then the next one; "Short, Gordon-Reed notes, …"
        if last < len(tokens) and split_label(tags[last])[1] == "title":
            continue  # "Fernández, Obras de José" + "Clemente Orozco en la colección …": the title runs on
        out = out or list(tags)
        relabel(out, first, comma, "author")
        out[comma] = "prose"
        relabel(out, comma + 1, end, "title")
        rest = [t.text for t in tokens[end + 1:last] if t.text != ","]
        if end < last and len(rest) == 1 and capitalised_word(rest[0]) and last < len(tokens) \
                and split_label(out[last])[1] == "date":
            out[end] = "prose"
            relabel(out, end + 1, last, "location")
        elif end < last:
            out[end] = "prose"
            open_run(out, end + 1)
    return out or tags



@needs(any_word("ed", "eds"))
def rule_full_name_before_ed_is_the_editor(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``see Olivier Debroise, ed., Portrait of a Decade``: a person's full name (:func:`full_name`, or two to four
    words read as a name, :func:`_unknown_name_words`) followed by a comma,
    ``ed.``/``eds.`` and a comma before a title run is the book's editor, when the tagger cut it across runs (the given
    name an author, the family name and its role an edition), or read the name as the title and the title as the
    editor's, up to the imprint (``and Annina Nosei Weber, ed., Discussion (New York: …)``): the name, its role word
    and the comma are one editor run (and the words after them the title). Not when a run goes on before the name
    (``Aileen Wallace and Adrian Gillespie, eds.``: a list of editors)."""
    out = None
    for e in range(3, len(tokens) - 3):
        if tokens[e].text not in ("ed", "eds") or tokens[e - 1].text != "," or tokens[e + 1].text != "." \
                or tokens[e + 2].text != ",":
            continue
        swapped = _title_read_as_the_editors(tokens, tags, e)
        if swapped is None and (not tags[e + 3].startswith("B-") or split_label(tags[e + 3])[1] != "title"):
            continue
        start = e - 1
        while start > 0 and (tokens[start - 1].text[:1].isupper() and tokens[start - 1].text.replace("-", "").isalpha()
                             or tokens[start - 1].text == "." and start > 1 and len(tokens[start - 2].text) == 1):
            start -= 1
        span, names = range(start, e + 3), [t.text for t in tokens[start:e - 1] if t.text != "."]
        read_as = ("author", "editor", "edition") if swapped is None else ("title", "editor")
        if not (full_name(names) or 2 <= len(names) <= 4 and _unknown_name_words(names)) or tags[start] == "prose" \
                or start > 0 and tags[start - 1] != "prose" or all(split_label(tags[i])[1] == "editor" for i in span) \
                or any(split_label(tags[i])[1] not in read_as for i in span):
            continue
        out = out or list(tags)
        relabel(out, start, e + 3, "editor")
        if swapped is not None:
            relabel(out, e + 3, swapped, "title")
    return out or tags


def _title_read_as_the_editors(tokens: Sequence[Token], tags: Sequence[str], e: int) -> int | None:
    """Where the imprint's parenthesis opens, when the editor run opening on the role word ``ed.`` at ``e`` goes on
    past its comma over capitalised words (the title) up to that parenthesis (``ed., Discussion (New York:``); else None."""
    if tags[e] != "B-editor" or not tokens[e + 3].text[:1].isupper():
        return None
    end = e + 1
    while end < len(tokens) and tags[end] == "I-editor":
        end += 1
    if end <= e + 3 or end >= len(tokens) or tokens[end].text != "(" or split_label(tags[end])[1] not in ("location", "publisher"):
        return None
    return end


#: What the tagger may read a periodical's name between an article's quoted title and its day as.
_PERIODICAL_READ_AS = frozenset({"author", "editor", "container-title", "publisher"})


@needs(any_written("”", '"'), any_written(","), any_tag("B-date"), any_tag(tags_of(_PERIODICAL_READ_AS)))
def rule_name_between_a_quoted_title_and_its_day_is_the_periodical(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``“Turmoil Inside the State Department,” U.S. News and World Report, December 18, 1953``: after a quotation
    closing on a comma (an article's title: a title run, or words left as prose opening on a capital), the name runs
    up to a day's date (capitalised words, initials and small connectors, ending on a comma) are the periodical the
    article is in, not its author: no author follows an article's title. A quotation left as prose before them (the
    periodical read right or not: ``and “Official Papers,” Washington Post, March 7, 1953, p. 8 for …``) is the title."""
    out = None
    runs = tag_spans(tokens, tags)
    for k, (first, last, label) in enumerate(runs):
        if label not in _PERIODICAL_READ_AS or k > 0 and runs[k - 1][1] == first \
                and runs[k - 1][2] == "container-title":
            continue  # (a chain of name runs is read from its first)
        if first < 3 or tokens[first - 1].text not in ("”", '"') or tokens[first - 2].text != ",":
            continue
        j, end = k, first  # the name runs from the quotation's end to the date
        while j < len(runs) and runs[j][0] == end and runs[j][2] in _PERIODICAL_READ_AS:
            end, j = runs[j][1], j + 1
        if j >= len(runs) or runs[j][0] != end or runs[j][2] != "date" or tokens[end - 1].text != "," \
                or not _DAY_DATE.match(text, tokens[runs[j][0]].start, tokens[runs[j][1] - 1].end):
            continue
        words = [t.text for t in tokens[first:end - 1] if t.text != "."]
        if not words or not words[0][:1].isupper() \
                or not all(w[:1].isupper() and w.replace("-", "").isalpha() or w in _NAME_CONNECTORS for w in words) \
                and not (len(words) <= 3 and all(w.isalpha() for w in words)):  # "La presse": a paper in sentence case
            continue
        closing = first - 1
        if split_label(tags[closing])[1] == "title":
            if all(run[2] == "container-title" for run in runs[k:j]):
                continue  # read so already
            quoted = None
        elif tags[closing] == "prose":
            opening = next((i for i in range(closing - 1, -1, -1) if tags[i] != "prose" or tokens[i].text in ("“", '"')), None)
            if opening is None or tags[opening] != "prose" or closing - opening < 3 or not tokens[opening + 1].text[:1].isupper():
                continue
            quoted = opening
        else:
            continue
        out = out or list(tags)
        if quoted is not None:
            relabel(out, quoted, closing + 1, "title")
        relabel(out, first, end, "container-title")
    return out or tags


#: The last word of a paper's or periodical's name (``Norwich Bulletin``, ``The DeSoto County News``, ``Denison Review``).
_PAPER_NAME_ENDINGS = PAPER_NOUNS | _PERIODICAL_NOUNS | frozenset({"times", "herald", "tribune", "chronicle", "caledonian"})


@needs(any_written('"', "“"), any_written(","), any_word(_PAPER_NAME_ENDINGS))
def rule_papers_name_before_a_quoted_headline_is_its_container(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Norwich Bulletin, "Extension Service of State College."``, ``The DeSoto County News, "Plans of Poultry Club
    Work in Florida."``: two or more capitalised words ending on a paper's or periodical's noun and a comma, read as
    an author, a title or a container, then a quoted run (a title or a container): the paper is the container and
    the quoted words its article's headline."""
    out = None
    runs = tag_spans(tokens, tags)
    for (first, last, label), (quote, end, quoted) in zip(runs, runs[1:]):
        if label not in ("author", "title", "container-title") or quote != last or quoted not in ("title", "container-title") \
                or (label, quoted) == ("container-title", "title") or tokens[quote].text not in ('"', "“") \
                or tokens[last - 1].text != "," or end < len(tokens) and tokens[end].text == "(":
            continue  # (a paper already read as the container of its headline; a bracket after the quotation says what
            # kind of item it is: "WFSB Eyewitness News, “…” (WFSB television broadcast video, …)" is a broadcast)
        words = [t.text for t in tokens[first:last - 1]]
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or words[-1].lower() not in _PAPER_NAME_ENDINGS:
            continue
        out = out or list(tags)
        relabel(out, first, last, "container-title")
        relabel(out, quote, end, "title")
    return out or tags


@needs(any_tag("B-url"), any_tag("B-note", "B-title"))
def rule_outlet_between_a_day_and_the_address_is_the_container(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Nataliya Vasilyeva, “Chechen Leader Rebuilds Mosque,” 21 February 2019, ABC News, https://…``: a name of one to
    six capitalised words read as a note or a second title between an article's day date and its address, the
    article's title quoted, is the outlet that published it: the container."""
    out = None
    runs = tag_spans(tokens, tags)
    for k in range(2, len(runs) - 1):
        first, last, label = runs[k]
        if label not in ("note", "title") or runs[k + 1][2] != "url" or runs[k + 1][0] != last or runs[k - 1][2] != "date" \
                or runs[k - 1][1] != first or runs[k - 2][2] != "title" or runs[k - 2][1] != runs[k - 1][0] \
                or tokens[runs[k - 2][0]].text not in OPENING_QUOTES:
            continue
        words = [t.text for t in tokens[first:last] if t.text not in ",."]
        if not 1 <= len(words) <= 6 or not words[0][:1].isupper() \
                or not all(w[:1].isupper() or w in ("of", "the", "and", "&", "-") for w in words):
            continue
        out = out or list(tags)
        relabel(out, first, last, "container-title")
    return out or tags


#: A family name in an author-date cite: a capitalised word (``O'Neill``, ``Bronk-Ramsey``), perhaps after a particle.
_DATED_FAMILY = r"(?:(?:de|van|von|van der|van den|le|la|del|da|di)\s+)?[A-Z][\w'’-]+"


def _dated_cite(named: bool) -> str:
    """The pattern of one author-date cite in a bracket: the names (one, two joined by ``and``/``&``, or the first and
    ``et al.``), perhaps a comma, a year (perhaps lettered), and perhaps a comma or colon and a pinpoint (``6``,
    ``p. 3``, ``192–93n22``, ``12, 45``); ``see`` or ``cf.`` may open it. Its parts are the groups ``names``, ``year``
    and ``pinpoint`` when ``named``."""
    def group(name: str) -> str:
        return f"(?P<{name}>" if named else "(?:"
    return (r"(?:(?:see|cf\.)\s+)?" + group("names") + _DATED_FAMILY + r"(?:\s+(?:and|&)\s+" + _DATED_FAMILY
            + r"|\s+et\s+al\.)?)" r",?\s+" + group("year") + r"(?:1[5-9]|20)\d\d[a-z]?)"
            r"(?:\s*[,:]\s*" + group("pinpoint")
            + r"(?:pp?\.\s*)?[\divxlc]+(?:\s*[-–]\s*\d+)?(?:n\d+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*))?")


_DATED_CITE_ALONE = re.compile(_dated_cite(named=True))
#: A bracket of such cites, ``;`` between them: ``[Howell and Douglas 1990]``, ``(McGonigal 2008, 6; Smith 1999)``.
_BRACKETED_DATED_CITES = re.compile(r"(?P<open>[(\[])\s*" + _dated_cite(named=True)
                                    + r"(?:\s*;\s*" + _dated_cite(named=False) + r")*\s*[)\]]")


#: A comma between a name and a year (``(Fulda, 1875)``: an imprint's place as often as an author).
_COMMA_BEFORE_A_YEAR = re.compile(r",\s+(?:1[5-9]|20)\d\d")


def _reads_as_author_date(opening: str, inside: str, cites: list[re.Match[str] | None]) -> bool:
    """Whether a bracket of names and years (``inside``, opened by ``opening``; ``cites``, its parts between ``;`` as
    :data:`_DATED_CITE_ALONE` reads them) reads as author-date cites rather than an imprint or a date: a square bracket
    with no comma before its year (``[Jerz 2002]``), or a round one with a pinpoint or several cites (``(Smith 2001,
    45)``, ``(Smith 2001; Jones 1999)``; ``(London 1963)`` may be an imprint)."""
    if any(cite is None or cite.group("names").split()[0].lower() in FUNCTION_WORDS
           or YEAR.fullmatch(cite.group("pinpoint") or "") for cite in cites):
        return False  # "[The 1870]"; "(Relations, 1633, 1634)": years, not a pinpoint
    if opening == "[":
        return not _COMMA_BEFORE_A_YEAR.search(inside)
    return len(cites) > 1 or any(cite.group("pinpoint") for cite in cites)


def _dated_family_names_no_place_or_month(names: str) -> bool:
    """Whether the names of a bracketed author-date cite name people: no place (``(London 1963)`` is an imprint),
    month (``(May 1968)``) or publisher."""
    words = [w for w in re.split(r"\s+(?:and|&)\s+|\s+et\s+al\.", names) if w]
    return not any(is_known_place(w) or fold(w) in MONTHS or fold(w) in load("publishers") for w in words)


@needs(any_mark("(", "["), any_match(_BRACKETED_DATED_CITES))
def rule_bracketed_author_date_cites_in_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…applied to hypertext [Howell and Douglas 1990], and games [McGonigal 2008, 6].``, ``(Smith 2001, 45; Jones
    and Brown 1999)``: a bracket holding only author-date cites (names, a year, perhaps a pinpoint; ``;`` between
    them) names each work by its author and year: names, year and pinpoint are the author, date and locator runs of a
    short form of their own, the brackets and ``;`` prose. A bracket that may be an imprint (:func:`_reads_as_author_date`),
    or a place, month or publisher before the year, is left as it was."""
    out = None
    for bracket in _BRACKETED_DATED_CITES.finditer(text):
        inside = text[bracket.end("open"):bracket.end() - 1]
        parts = inside.split(";")
        read = [_DATED_CITE_ALONE.fullmatch(part.strip()) for part in parts]
        if not _reads_as_author_date(bracket.group("open"), inside, read):
            continue
        cites = []
        offset = bracket.end("open")  # where each part opens in the note: parts may repeat ("Hale 2001; …; Hale 2001")
        for part, cite in zip(parts, read):
            if cite is None or not _dated_family_names_no_place_or_month(cite.group("names")):
                cites = []
                break
            shift = offset + len(part) - len(part.lstrip())
            cites.append([(name, cite.start(name) + shift, cite.end(name) + shift) for name in ("names", "year", "pinpoint")
                          if cite.group(name)])
            offset += len(part) + 1
        first, last = token_at(tokens, bracket.start()), token_at(tokens, bracket.end() - 1)
        if not cites or first is None or last is None:
            continue
        out = out or list(tags)
        out[first:last + 1] = ["prose"] * (last + 1 - first)
        _words_around_a_bracket_are_prose(tokens, out, first, last)
        for spans in cites:
            for name, start, end in spans:
                begin = token_at(tokens, start)
                stop = next((k for k in range(begin, last + 1) if tokens[k].end >= end), None) if begin is not None else None
                if stop is None:
                    continue
                relabel(out, begin, stop + 1, {"names": "author", "year": "date", "pinpoint": "locator"}[name])
    return out or tags


def _words_around_a_bracket_are_prose(tokens: Sequence[Token], tags: list[str], first: int, last: int) -> None:
    """A title or note run that ends at the bracket of author-date cites ``first``..``last`` or opens after it is the
    prose that cites them (``applied to hypertext literature [Howell …]``; a quotation, ``his “grasp … is fuzzy”
    [O'Neill 1990, 3]``), in place."""
    for start, end, label in tag_spans(tokens, tags):
        if label in ("title", "note") and (end == first or start == last + 1):
            tags[start:end] = ["prose"] * (end - start)


#: A paper's issue named by its day after a preposition: ``du 8 septembre 1900``, ``del 3 marzo 1899``, ``vom 12. März
#: 1891``, ``of the 4th May 1871``: the preposition, the day, the month and the year (whose months are the lexicon's).
_ISSUE_OF_THE_DAY = re.compile(r"\b(?P<of>du|del|dello|della|de|vom|of(?:\s+the)?)\s+(?P<day>\d{1,2})(?:er|\.|º|st|nd|rd|th)?"
                               r"\s+(?P<month>[^\W\d_]+)\.?,?\s+(?P<year>1[5-9]\d\d|20\d\d)\b", re.I)
#: Words naming a periodical in any language (besides the newspapers' of :data:`_NEWSPAPER_WORDS`): ``Revue encyclopédique``.
_PAPER_WORDS = PAPER_NOUNS | _PERIODICAL_NOUNS | frozenset({"revue", "rivista", "revista", "giornale", "diario", "blatt",
                                                           "blatter", "zeitschrift", "moniteur", "gazzetta", "correspondance",
                                                           "correspondenz", "nachrichten", "anzeiger"})
#: A place and a year after a date: the imprint of a title the date is part of.
_IMPRINT_AFTER_A_DATED_TITLE = re.compile(r"\s*[,.]?\s*[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s*[,:]?\s*(?:1[5-9]\d\d|20\d\d)\b")
#: Articles a periodical's name opens on (``La Petite République``, ``Il Secolo``, ``Die Neue Zeit``).
_PAPER_ARTICLES = frozenset({"la", "le", "les", "l'", "il", "lo", "el", "der", "die", "das", "the"})


#: The lexicon's months, folded (``marz``).
_FOLDED_MONTHS = frozenset(fold(month) for month in load("months"))
#: The prepositions of :data:`_ISSUE_OF_THE_DAY`, each a token of its own where the rule reads it (it needs a token to
#: start where the preposition does, and a space follows it).
_OF_THE_DAY_WORDS = frozenset({"du", "del", "dello", "della", "de", "vom", "of"})
#: What every match of :data:`_ISSUE_OF_THE_DAY` holds from its day's last digit on: the month and the year.
_DAY_MONTH_AND_YEAR = re.compile(r"\d(?:er|\.|º|st|nd|rd|th)?\s+[^\W\d_]+\.?,?\s+(?:1[5-9]\d\d|20\d\d)\b", re.I)


@needs(any_folded(_FOLDED_MONTHS), any_word(_OF_THE_DAY_WORDS), any_match(_DAY_MONTH_AND_YEAR))
def rule_paper_before_its_day_after_a_preposition_is_the_periodical(text: str, tokens: Sequence[Token],
                                                                      tags: list[str]) -> list[str]:
    """``La Fronde du 8 septembre 1900``, ``La Petite République du 15 janvier 1897``, ``Revue encyclopédique du 28
    novembre 1896, p. 849``, ``Vorwärts vom 12. März 1891``, ``Hofdekret vom 5. Januar 1797``: a name of up to five
    words opening on a capital (no person's or imprint's, unless it opens on an article), right before a preposition and
    a day, a month and a year, names an item of that day: a periodical's issue when it opens on an article or a word
    names a paper (:data:`_PAPER_WORDS`), the name the container; else, when the name opens the note, a sentence or a
    part (after a lead word), a dated act or record, the name its title (``Loi du 17 mars 1791``). The preposition is prose, the day, month and year one date run. A title before the name and
    ``de`` (``Compte rendu sténographique de la Fronde du 8 septembre 1900``) is the item's title and ends before
    ``de``; a name after ``de`` with no article is a person's (``Lettre de Jaurès du 12 mars 1899``)."""
    out = None
    for match in _ISSUE_OF_THE_DAY.finditer(text):
        if fold(match["month"]) not in _FOLDED_MONTHS:
            continue
        of, day, year = token_at(tokens, match.start("of")), token_at(tokens, match.start("day")), token_at(tokens, match.start("year"))
        if of is None or day is None or year is None or of == 0:
            continue
        start = of
        while start > max(0, of - 5) and tokens[start - 1].text[:1].isalpha() and not lead_word(tokens[start - 1].text):
            start -= 1  # up to five words back ("Revue encyclopédique", "Compte rendu sténographique de la Fronde")
        while start < of and tokens[start].text[:1].islower():
            start += 1  # the name opens on its capital
        if start > 0 and tokens[start - 1].text.lower() in _PAPER_ARTICLES:
            start -= 1  # "de la Fronde": its article
        of_whom = max((k for k in range(start, of) if tokens[k].text in ("de", "of", "von")), default=None)
        if of_whom is not None:  # "Compte rendu de la Fronde": the paper's; "Lettre de Jaurès": a person's letter
            start = of_whom + 1
            if start >= of or tokens[start].text.lower() not in _PAPER_ARTICLES:
                continue
        named = [t.text for t in tokens[start:of] if t.text[:1].isupper()]
        if not named or any(split_label(tags[k])[1] in ("publisher", "location", "author", "editor") for k in range(start, of)) \
                and tokens[start].text.lower() not in _PAPER_ARTICLES:
            continue
        name = " ".join(t.text for t in tokens[start:of])
        paper = tokens[start].text.lower() in _PAPER_ARTICLES or bool(_NEWSPAPER_WORDS.search(name)) \
            or any(fold(word) in _PAPER_WORDS for word in named)
        opening = next((k + 1 for k in range(start - 1, -1, -1) if tokens[k].text in (".", ";", ":", "(")), 0)
        imprint_after = _IMPRINT_AFTER_A_DATED_TITLE.match(text, tokens[year].end)
        if not paper and (past_lead_words(tokens, opening) != start or imprint_after):
            continue  # an act named in prose ("ein Urtheil des Parlaments vom 18. Dez. 1691"), or a title's own date
            # before its imprint ("Berufsstatistik nach der Berufszählung vom 5. Juni 1882, Berlin 1884")
        out = out or list(tags)
        before = start - 1 if start > 0 and fold(tokens[start - 1].text) in ("de", "du", "des", "of", "in", "dans") else None
        if before is not None and split_label(out[before])[1] == "title" and before > 0 and out[before - 1] != "prose":
            out[before] = "prose"  # "Compte rendu sténographique de | la Fronde": the title ends before "de"
        relabel(out, start, of, "container-title" if paper else "title")  # "Loi du 17 mars 1791": an act of that day
        out[of] = "prose"
        if match["of"].lower().startswith("of") and tokens[of + 1].text == "the":
            out[of + 1] = "prose"
        relabel(out, day, year + 1, "date")
        open_run(out, year + 1)
    return out or tags


#: Words before a second person named after a cite's title: ``par``, ``von``, ``di``, ``por`` (not ``by``: ``quoted by
#: Rev. Denton``, ``review by Schmoller`` name another work's author).
_MADE_BY = frozenset({"par", "von", "di", "por"})


@needs(any_word(_MADE_BY), any_tag("B-author"))
def rule_second_author_after_by_in_a_cite_is_its_editor(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Michel Bakounine, Œuvres, Tome II. Avec une notice biographique … et des notes, par James Guillaume. Paris, …``:
    an author run after ``par`` (``von``, ``di``, ``por``) that follows a title run of a cite already headed by an author (no
    ``;`` between them) is the person who edited or introduced that work: the editor, and no new cite."""
    out = None
    runs = tag_spans(tokens, tags)
    for k in range(2, len(runs)):
        first, last, label = runs[k]
        if label != "author" or first < 2 or fold(tokens[first - 1].text) not in _MADE_BY:
            continue
        title = runs[k - 1]
        if title[2] != "title" or runs[k - 2][2] != "author" or runs[k - 2][1] > title[0] \
                or any(tokens[j].text == ";" for j in range(runs[k - 2][0], first)):
            continue
        out = out or list(tags)
        relabel(out, first, last, "editor")
    return out or tags
