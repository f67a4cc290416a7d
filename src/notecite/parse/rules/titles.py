"""Rules about titles: italics, lists of titles, title mentions in prose, containers and periodicals."""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice
from typing import Callable, Iterator, Sequence

from ...normalize.lexicon import NAMES_FOLDED, WORDS
from ...normalize.places import is_known_place
from ...normalize.reprints import ORIGINAL_WORDS
from ...normalize.types import PUBLIC_LAW
from ...textscan import may_hold
from ..dictionaries import fold, load
from ..labels import open_run, prose_before, token_at, prose_runs_of_spans, relabel, relabel_runs, runs_and_the_next, runs_of_spans, tag_set, tag_spans, token_starts, tokens_within, trim
from ..model import Token, split_label
from .locators import _DASHES, _LOCATOR_TAGS, _TITLE_RUN_TAGS, YEAR
from .words import (AUTHOR_TAGS, DATE_TAGS, BRACKETED_YEAR, OF_WORDS, WRITINGS_OF_A_PERSON, EDITION_WORDS, opens_an_imprint, run_ends_before_an_imprint, LOWER_OFFICE, SEAT_OF, SENT_AT, STATE_ABBREVIATIONS, BY_WORDS, FUNCTION_WORDS, past_lead_words, IMPRINT_LABELS, IN_WORDS, MANUSCRIPT_NOTE, NAME_LABELS, NAME_TAGS, OPENING_QUOTES,
                    ORGANISATION_WORDS, POSSESSIVE_END, QUOTE_PAIRS, WRITINGS_OF_ONE_AUTHOR, ROMAN_NUMERAL, THEIR_WORDS, THEIR_WORDS_BEFORE_CAPITALISED_TITLES, TITLE_TAGS,
                    capitalised_word, closing_quote, ends_a_sentence, full_name, lead_word, lowered_words, folded_words, tags_of, title_words_end,
                    OPENING_PARENTHESIS, tokens_at,
                    regnal_number, token_texts, writing_verb)
from .needs import any_folded, any_mark, any_match, any_tag, any_word, any_written, needs

_CONTAINER_TAGS = tags_of(("container-title",))
_LOCATION_TAGS = tags_of(("location",))
_IMPRINT_NAME_TAGS = tags_of(("location", "publisher"))


#: Labels that an italic span overrides with ``title`` (names and imprints are never set in italics).
_NOT_ITALIC = frozenset({"author", "editor", "translator", "publisher", "location", "note", "genre"})


def rule_italic_titles(text: str, tokens: Sequence[Token], tags: list[str],
                       italic_spans: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Tokens inside an italic span that the model gave a name or imprint label become ``title``
    (the span's first token ``B-title``; separators right after it join the title, and a word
    after it that continued the overridden field starts a field of its own); so do italics the model left all as
    prose when they read as a title (:func:`_italics_read_as_a_title`: a work named in the note's prose)."""
    if not italic_spans:
        return tags  # no italics
    tags = list(tags)
    starts = token_starts(tokens)
    for start, end in italic_spans:
        inside = tokens_within(tokens, starts, start, end)
        if not inside or not any(split_label(tags[i])[1] in _NOT_ITALIC for i in inside):
            continue
        if any(split_label(tags[i])[1] in ("prose", "ibid") for i in inside):
            continue
        first = inside[0]
        for i in inside:
            tags[i] = ("B-" if i == first else "I-") + "title"
        _end_title_run(tokens, tags, inside[-1] + 1)
    for start, end in italic_spans:  # a title set in italics inside the note's prose: "in <i>The Civil War in France</i>"
        inside = tokens_within(tokens, starts, start, end)
        if inside and all(tags[i] == "prose" for i in inside) and _italics_read_as_a_title(tokens, inside):
            for i in inside:
                tags[i] = ("B-" if i == inside[0] else "I-") + "title"
            _end_title_run(tokens, tags, inside[-1] + 1)
    _listed_italics_are_works(tokens, tags, [tokens_within(tokens, starts, s, e) for s, e in italic_spans])
    return tags


#: What may join two works listed in italics: punctuation and a conjunction.
_LIST_JOINTS = frozenset({";", ",", "and", "&", "or", "und", "et"})


def _listed_italics_are_works(tokens: Sequence[Token], tags: list[str], spans: list[list[int]]) -> None:
    """In place: italic spans inside one title or container run, with only ``;``, ``,`` and ``and`` between them
    (``*Applied Socialism*; *Syndicalism, …*; *Elements of Socialism* …, and *Social Democracy Explained*``), are
    a list of works: each its own title run, the joints prose."""
    for a, b in zip(spans, spans[1:]):
        if not a or not b or b[0] <= a[-1] + 1:
            continue
        gap = range(a[-1] + 1, b[0])
        label = split_label(tags[a[-1]])[1]
        if label not in ("title", "container-title") or not all(tags[i] == "I-" + label for i in [*gap, b[0]]) \
                or not all(tokens[i].text.lower() in _LIST_JOINTS for i in gap) or not any(tokens[i].text == ";" or
                                                                                             tokens[i].text.lower() in ("and", "&", "und", "et") for i in gap):
            continue
        for i in gap:
            tags[i] = "prose"
        run = a[0]
        while run > 0 and tags[run].startswith("I-") and split_label(tags[run - 1])[1] == label:
            run -= 1
        if label == "container-title" and tags[run] == "B-container-title":
            relabel(tags, run, a[-1] + 1, "title")  # a list of books, none the container of the one before
        tags[b[0]] = "B-title"
        k = b[0] + 1
        while k < len(tags) and tags[k] == "I-" + label:
            tags[k] = "I-title"
            k += 1


#: Words of the lexicon that italics set apart without naming a work: Latin and scholarly abbreviations, lead-ins.
_ITALIC_NO_TITLE = frozenset({"sic", "passim", "vide", "supra", "infra", "cf", "etc", "viz", "circa", "ca", "et", "al",
                              "e", "g", "i", "q", "v", "nb", "n", "b", "inter", "alia", "per", "se", "ad", "hoc", "de",
                              "facto", "jure", "via", "versus", "vs", "apud", "idem", "ibid", "ibidem", "op", "cit", "loc"})


#: Possessive determiners after which a phrase in title case left as prose names a work of the one they point to.
_POSSESSIVE_DETERMINERS = frozenset({"my", "his", "her", "their", "our"})
#: Words before one italic word that make it a work's title (``In *Capital* Marx speaks``, ``see his *Memoirs*``).
_ITALIC_WORK_CUES = _POSSESSIVE_DETERMINERS | {"in", "see", "cf", "compare", "from", "quoting"}


def _italics_read_as_a_title(tokens: Sequence[Token], inside: list[int]) -> bool:
    """Whether the italic tokens ``inside`` (all left as prose) read as a work's title rather than emphasis or a Latin
    word: a capitalised word first and at least one word of two letters or more that is no abbreviation of
    :data:`_ITALIC_NO_TITLE`, the ibid vocabulary or a lead-in (``<i>modify</i>``, ``<i>op. cit.</i>``, ``<i>Vide</i>``
    are none)."""
    words = [tokens[i].text for i in inside if tokens[i].text[:1].isalpha()]
    if not words or not words[0][:1].isupper() or fold(" ".join(tokens[i].text for i in inside)) in load("ibid"):
        return False
    if len(words) == 1 and not (inside[0] > 0 and (tokens[inside[0] - 1].text.lower() in _ITALIC_WORK_CUES
                                                   or tokens[inside[0] - 1].text == "(")):
        return False  # one italic word alone is as often a foreign term ("the Kulturkampf") as a title: only after a cue
    return any(len(w) > 1 and fold(w) not in _ITALIC_NO_TITLE and not lead_word(w) for w in words) \
        and not all(fold(w) in _ITALIC_NO_TITLE or lead_word(w) for w in words)


def _end_title_run(tokens: Sequence[Token], tags: list[str], nxt: int) -> None:
    """In place: separators from ``nxt`` on that continued the field a title run overrode join the
    title, and a word after them that continued that field starts a field of its own."""
    while nxt < len(tags) and tags[nxt].startswith("I-") and not tokens[nxt].text[0].isalnum():
        tags[nxt] = "I-title"  # the separator after the title stays with it
        nxt += 1
    if nxt < len(tags) and tags[nxt].startswith("I-") and tags[nxt] != "I-title":
        tags[nxt] = "B-" + tags[nxt][2:]


def _a_clause(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether tokens [start, end) read as the words of a sentence before a title: a lower-case finite verb
    (``verbs`` dictionary) among them, and a lower-case word last (``As Avrich notes in``)."""
    verbs = load("verbs")
    return tokens[end - 1].text.islower() and any(t.text.islower() and t.text in verbs for t in tokens[start:end])


def rule_title_starts_at_its_italics(text: str, tokens: Sequence[Token], tags: list[str],
                                     italic_spans: Sequence[tuple[int, int]] = ()) -> list[str]:
    """``see also his *Arcane 17*``, ``of my books: *Socialism: a Summary …*``: lower-case words (and their
    punctuation) that a title run holds right before the italic span it contains are prose; the title starts where
    the italics do. So are words of a sentence
    (``As Avrich notes in *Kronstadt 1921*``: a lower-case finite verb among them, a lower-case word last;
    not ``A Companion to *Capital*``, a title naming a title)."""
    if not italic_spans:
        return tags  # no italics
    tags = list(tags)
    starts = token_starts(tokens)
    for start, end in italic_spans:
        inside = tokens_within(tokens, starts, start, end)
        if not inside or split_label(tags[inside[0]])[1] != "title":
            continue
        first = inside[0]
        run_start = first
        while run_start > 0 and tags[run_start].startswith("I-") and split_label(tags[run_start - 1])[1] == "title":
            run_start -= 1
        if run_start == first or not (all(tokens[i].text.islower() or not tokens[i].text[:1].isalnum()
                                          for i in range(run_start, first))
                                      or _a_clause(tokens, run_start, first)):
            continue
        for i in range(run_start, first):
            tags[i] = "prose"
        tags[first] = "B-title"
    return tags


@needs(any_tag("B-title"))
def rule_title_ends_at_its_italics(text: str, tokens: Sequence[Token], tags: list[str],
                                   italic_spans: Sequence[tuple[int, int]] = ()) -> list[str]:
    """``Trotsky's *The Revolution Betrayed* remains the classic account``, ``*Capital*, which Marx …``: a title run
    that opens on an italic span and goes on past its end into a clause (a lower-case finite verb or relative pronoun,
    after a comma or not) ends with the italics: the words after them, to the run's end, are the sentence's prose (a
    title set in italics is its italics; ``*Capital*, by Marx``, ``*Capital*, ed. Engels`` name its makers)."""
    if not italic_spans:
        return tags  # no italics, or no title run
    out = None
    starts = token_starts(tokens)
    for start, end in italic_spans:
        inside = tokens_within(tokens, starts, start, end)
        if not inside or tags[inside[0]] != "B-title" or any(tags[i] != "I-title" for i in inside[1:]):
            continue
        after = inside[-1] + 1
        word = after + (after < len(tokens) and tokens[after].text == ",")
        if word >= len(tokens) or any(tags[k] != "I-title" for k in range(after, word + 1)) \
                or not _opens_a_clause(tokens[word].text):
            continue
        out = out or list(tags)
        k = after
        while k < len(out) and out[k] == "I-title":
            out[k] = "prose"
            k += 1
    return out or tags


#: Relative pronouns that open a clause about the work named before them.
_RELATIVES = frozenset({"which", "that", "who", "whose", "whom", "where"})


def _opens_a_clause(word: str) -> bool:
    """Whether ``word`` opens a clause after a title: a lower-case finite verb (:func:`_finite_verb`) or a relative
    pronoun."""
    return word.islower() and (word in _RELATIVES or _finite_verb(word))


def _finite_verb(word: str) -> bool:
    """Whether ``word`` is a finite verb of the ``verbs`` dictionary, a plural by its singular (``remain`` by
    ``remains``)."""
    verbs = load("verbs")
    return word in verbs or word + "s" in verbs


def _subjects_verb(word: str) -> bool:
    """Whether ``word`` is a verb a sentence's subject may take after a work's title: a lower-case word of the ``verbs``
    dictionary or a writer's verb (:func:`~.words.writing_verb`: ``replied``)."""
    return word.islower() and (word in load("verbs") or writing_verb(word))


@needs(any_word("and", "&"))
def rule_no_field_opens_with_and(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """A container title, publisher or place never opens with ``and``/``&``: ``‘Trente Ans;” and
    New International, July 1938`` names a second work, so the conjunction is prose and the run
    after it is that work's title (a new cite); one capitalised word before a bracketed year is an author's
    name, cited author-date (``…, p. 12 and Nove (1987), p. 100``)."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("container-title", "publisher", "location") or last - first < 2:
            continue
        if tokens[first].text.lower() not in ("and", "&") or not tokens[first + 1].text[:1].isupper():
            continue
        tags[first] = "prose"
        dated = last - first == 2 and last + 1 < len(tokens) and tokens[last].text == "(" \
            and tags[last] == "B-date" and bool(YEAR.fullmatch(tokens[last + 1].text))
        relabel(tags, first + 1, last, "author" if dated else "title")
    return tags




#: What two titles joined by ``and`` cannot do without: ``and`` (``&``, ``or``, any case) after a comma, or a possessive.
_AND_AFTER_A_COMMA_OR_A_POSSESSIVE = re.compile(r"[,'’](?:(?<=,)\s*(?:[Aa][Nn][Dd]|[Oo][Rr]|&)|(?<=['’])s)")


@needs(any_word("and", "&", "or"), any_match(_AND_AFTER_A_COMMA_OR_A_POSSESSIVE), any_tag(TITLE_TAGS))
def rule_two_titles_joined_by_and(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Destiny of a Revolution, and From Lenin to Stalin``: a title run holding exactly one comma,
    followed by ``and`` and a capitalised word, is two titles (a serial list inside one title,
    ``Feminism, Nihilism, and Bolshevism``, has two commas or more and is left alone). A title
    followed by an imprint (``The Russian Revolution, and Leninism or Marxism? (Ann Arbor…``) is one
    book and is left alone too. ``Destiny of a Revolution, and Ciliga, The Russian Enigma``: after the one
    comma before ``and``, a single capitalised word and a comma before a capitalised word are a second
    short form, that word its author. Without a comma, ``and`` before a name's possessive and a capitalised word
    (``The Revolution Betrayed and Serge's Memoirs``) opens a second writer's work."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for j, (first, last, label) in enumerate(runs):
        if label != "title":
            continue
        if j + 1 < len(runs) and runs[j + 1][2] in ("location", "publisher", "date", "edition", "translator",
                                                   "editor", "volume") and \
                not any(tokens[i].text[:1].isalpha() for i in range(last, runs[j + 1][0])):
            continue
        commas = [i for i in range(first, last) if tokens[i].text == ","]
        inner = commas[:-1] if commas and commas[-1] == last - 1 else commas  # not the comma before a pinpoint
        named = len(inner) == 2 and inner[1] == inner[0] + 3 and inner[1] + 1 < last \
            and tokens[inner[0] + 2].text.isalpha() and tokens[inner[1] + 1].text[:1].isupper()
        if not (len(commas) == 1 or named) or commas[0] + 2 >= last:
            continue
        comma = commas[0]
        conj, head = tokens[comma + 1], tokens[comma + 2]
        if comma == first or conj.text.lower() not in ("and", "&", "or") or not head.text[:1].isupper():
            continue
        if any(t.text in ("“", "\"", "‘", "«") for t in tokens[first:comma]) and \
                not any(t.text in ("”", "\"", "’", "»") for t in tokens[first:comma]):
            continue  # inside an open quotation: one title
        tags[comma + 1] = "prose"
        if named:
            relabel(tags, comma + 2, comma + 4, "author")
        tags[comma + 4 if named else comma + 2] = "B-title"
    for first, last, label in tag_spans(tokens, tags):
        if label != "title":
            continue
        for k in range(first + 2, last - 2):
            if tokens[k].text.lower() in ("and", "&") and _possessive_name(tokens[k + 1].text) \
                    and tokens[k + 2].text[:1].isupper() and tokens[k - 1].text[:1].isalnum() \
                    and fold(tokens[k - 1].text) not in NAMES_FOLDED:  # ("Lewis and Clark's Expedition": co-authors)
                tags[k] = "prose"  # "Trotsky's The Revolution Betrayed and Serge's Memoirs": a second writer's work
                tags[k + 1] = "B-title"
                break
    return tags


def _possessive_name(word: str) -> bool:
    """Whether ``word`` is a known person's name and its ``'s`` (``Serge's``, ``Deutscher’s``; not ``NATO's``)."""
    name = word[:-2]
    return len(word) > 3 and word[-2:] in ("'s", "’s") and capitalised_word(name.replace("-", ""), 2) \
        and fold(name) in NAMES_FOLDED


_MENTION_LEAD = frozenset("the his her their its and in see also both earlier later to ;".split())


_PAGE = r"(?:\d{1,4}|[ivxlc]{1,7})"
_PAGE_RANGE = rf"{_PAGE}(?:\s*[-–]\s*{_PAGE})?"
#: Page numbers in parentheses (``(63-66)``): what :func:`rule_title_before_a_parenthesised_pinpoint` cannot do without.
_PAGES_IN_PARENS = re.compile(rf"\(((?:\d{{1,2}}:)?{_PAGE_RANGE}(?:\s*,\s*{_PAGE_RANGE})*)\)")


@needs(any_mark("("), any_match(_PAGES_IN_PARENS))
def rule_title_before_a_parenthesised_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``According to the Memoirs (63-66)``: capitalised prose words right before a pinpoint in
    parentheses, after ``the``/``his``/``and``…, are the title of the work the pinpoint is in (when
    the tagger already saw that title, the numbers become its pinpoint)."""
    tags = list(tags)
    for first, last in _parenthesised_pinpoints(text, tokens, tags):
        if split_label(tags[first - 2])[1] == "title":  # the tagger saw the title: only the pinpoint is new
            opening = first - 2
            while opening > 0 and tags[opening].startswith("I-"):
                opening -= 1
            spaced = text[tokens[first - 1].start - 1:tokens[first - 1].start] == " "
            if tokens[opening].text in OPENING_QUOTES or not spaced:
                continue  # inside a quoted title ("χ(2) effects", "silicon (100)") the numbers are the title's
            if tags[first - 1] == "I-title":
                tags[first - 1] = "prose"
            relabel(tags, first, last, "locator")
            k = last
            while k < len(tags) and tags[k] == "I-title":  # a title does not run on past its pinpoint
                tags[k] = "prose"
                k += 1
            if k < len(tags) and tags[k].startswith("I-"):
                tags[k] = "prose" if tokens[k].text == ")" else "B-" + tags[k][2:]
            continue
        start = first - 1
        while start > 0 and tags[start - 1] == "prose":
            word = tokens[start - 1].text
            inner = word.lower() in FUNCTION_WORDS and start < first - 1 and start > 1 \
                and tokens[start - 2].text[:1].isupper() and tokens[start].text[:1].isupper()
            if not (word[:1].isupper() or inner):
                break
            start -= 1
        # the title opens on the first capitalised word after a lead word (``the``, ``to``, ``;``…)
        start = next((k for k in range(max(start, 1), first - 1) if tokens[k].text[:1].isupper()
                      and tokens[k - 1].text.lower() in _MENTION_LEAD), None)
        if start is None:
            continue
        relabel(tags, start, first - 1, "title")
        relabel(tags, first, last, "locator")
    return tags


def _parenthesised_pinpoints(text: str, tokens: Sequence[Token], tags: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last + 1) token ranges of page numbers in parentheses (``(63-66)``, not a lone year
    or roman, not years like ``(1918)`` or ``(1918-1921)``), the ``(`` before them prose, a remark or
    part of a title run."""
    out = []
    starts = token_starts(tokens)
    for match in _PAGES_IN_PARENS.finditer(text):
        if re.search(r"\b(?:1[5-9]\d\d|20\d\d)\b", match.group(1)):
            continue  # years ("(1918)", "(1918-1921)") belong to a title or a date
        inside = tokens_within(tokens, starts, match.start(1), match.end(1))
        if not inside or inside[0] < 2 or split_label(tags[inside[0] - 1])[1] not in ("prose", "note", "title"):
            continue
        if all(split_label(tags[i])[1] in ("prose", "locator", "pages", "note", "title") for i in inside):
            out.append((inside[0], inside[-1] + 1))
    return out


_WORK_NOUNS = frozenset("novel novels novella book trilogy poem play essay memoir memoirs pamphlet story stories "
                        "collection autobiography biography study treatise manifesto diary roman livre".split())


@needs(any_word(_WORK_NOUNS))
def rule_title_after_a_work_noun(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``in his novel Conquered City``, ``his trilogy, Vers L'Autre Flamme.``: capitalised words
    right after a noun for a work (novel, book, trilogy…), read as prose or as a name, are the
    work's title, up to the first lower-case word or punctuation other than an apostrophe; or up to the book's imprint
    bracket when a few words (a capitalised one last) lead to it (``my book, The Soviet Union under Brezhnev (London:
    …)``)."""
    tags = list(tags)
    for i, token in enumerate(tokens[:-1]):
        if token.text.lower() not in _WORK_NOUNS or tags[i] != "prose":
            continue
        start = i + 1 + (tokens[i + 1].text == ",")
        end = start
        while end < len(tokens) and (tokens[end].text[:1].isupper() or
                                     (end > start and tokens[end].text.lower() in FUNCTION_WORDS
                                      and end + 1 < len(tokens) and tokens[end + 1].text[:1].isupper())):
            end += 1
        if end == start or any(split_label(tags[k])[1] not in ("prose", "author", "title") for k in range(start, end)):
            continue
        if any(split_label(tags[k])[1] == "title" for k in range(start, end)):
            _sentence_after_the_title_is_prose(tokens, tags, start, end)
            continue  # the model already saw a title here
        bracket = next((k for k in range(end, min(len(tokens), end + 5)) if not tokens[k].text.isalpha()), len(tokens))
        if end < bracket < len(tokens) and tokens[bracket - 1].text[:1].isupper() \
                and all(tags[k] == "prose" for k in range(end, bracket)) and _book_imprint_opens(tokens, tags, bracket):
            end = bracket  # "my book, The Soviet Union under Brezhnev (London: …)": the title runs to its imprint
        relabel(tags, start, end, "title")
        open_run(tags, end)
    return tags


def _sentence_after_the_title_is_prose(tokens: Sequence[Token], tags: list[str], start: int, end: int) -> None:
    """In place: ``In his 1938 pamphlet Their Morals and Ours, Trotsky answered his liberal critics``: a title run
    the tagger read from ``start`` past the title's capitalised words [start, end), its comma and on into a
    capitalised name and a lower-case finite verb, ends at the comma: the name is the work's author, the rest of
    the run the sentence's prose."""
    if tags[start] != "B-title" or end + 2 >= len(tokens) or tokens[end].text != "," \
            or any(tags[k] != "I-title" for k in range(start + 1, end + 3)) or not capitalised_word(tokens[end + 1].text) \
            or not _subjects_verb(tokens[end + 2].text):
        return
    stop = end + 1
    while stop < len(tags) and tags[stop] == "I-title":
        stop += 1
    tags[end] = "prose"
    tags[end + 1] = "B-author"
    tags[end + 2:stop] = ["prose"] * (stop - end - 2)


#: A letter's word and the ``to`` after it in the languages of the notes (``Carta á``, ``Lettre à``, ``Brief an``), folded.
_LETTER_TO = {"carta": {"a", "al"}, "lettre": {"a", "au"}, "lettera": {"a", "al"}, "brief": {"an"},
              "schreiben": {"an"}, "letter": {"to"}}


#: Nouns a serial or an official publication is named by (folded): ``Bulletin du ministère …``, ``Annuaire du bureau
#: des longitudes``, ``Journal officiel``, ``Statistisches Jahrbuch``.
_SERIAL_NOUNS = frozenset("""bulletin annuaire annales annals journal revue review rapport report rapports reports
    proceedings transactions jahrbuch jahresbericht zeitschrift archiv archives gazette statistique compte""".split())
#: Articles before such a noun (``le Bulletin``, ``l'Annuaire``, ``the Journal``).
_ARTICLES_BEFORE_A_SERIAL = frozenset({"le", "la", "les", "l", "the", "der", "die", "das", "den", "el", "il", "lo"})


@needs(any_folded(_SERIAL_NOUNS))
def rule_serial_named_after_a_lead_word_is_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``D'après le Bulletin du ministère des travaux publics.``, ``Voir l'Annuaire statistique de la France.``: a
    lead word (``d'après``, ``voir``, ``see``), perhaps an article, and a capitalised noun naming a serial or an official
    publication (:data:`_SERIAL_NOUNS`) that the tagger left as prose, to the end of the sentence (no digit, at most
    twelve words), are that publication's title."""
    if any(t != "prose" for t in tags):
        return tags
    for k, token in enumerate(tokens):
        if fold(token.text) not in _SERIAL_NOUNS or not token.text[:1].isupper() or k == 0:
            continue
        lead = k - 1
        if fold(tokens[lead].text) in _ARTICLES_BEFORE_A_SERIAL or tokens[lead].text in ("'", "’"):
            lead -= 1 + (lead >= 1 and tokens[lead].text in ("'", "’"))
        if lead < 0 or not lead_word(tokens[lead].text) and not (lead >= 1 and lead_word(tokens[lead - 1].text + tokens[lead].text)):
            continue
        end = k + 1
        while end < len(tokens) and tokens[end].text not in ".;:" and not any(c.isdigit() for c in tokens[end].text):
            end += 1
        if end - k > 12 or end < len(tokens) and tokens[end].text not in ".;":
            continue
        out = list(tags)
        relabel(out, k, end, "title")
        return out
    return tags


@needs(any_tag(NAME_TAGS), any_folded(_LETTER_TO))
def rule_letter_to_a_name_is_its_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Carta á M. Jamet, Colección Ochoa, parte II, carta XCV``, ``Lettre à M. de Beaumont``: a letter's word and its
    ``to`` (:data:`_LETTER_TO`), left as prose right before a name run, head the letter: the three are its title, the
    name its recipient, not the author of what follows."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label not in NAME_LABELS or first < 2 or tags[first - 1] != "prose" or tags[first - 2] != "prose":
            continue
        if fold(tokens[first - 1].text) not in _LETTER_TO.get(fold(tokens[first - 2].text), ()):
            continue
        end = last - (tokens[last - 1].text == ",")
        out = out or list(tags)
        relabel(out, first - 2, end, "title")
        out[end:last] = ["prose"] * (last - end)
        open_run(out, last)
    return out or tags


@needs(any_word(WRITINGS_OF_A_PERSON), any_tag(NAME_TAGS))
def rule_letter_of_a_name_is_its_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Letter of Fraser in Colonial Records of Pa., V. 659``, ``compare the letter of Duquesne in…``,
    ``Lettre de Jogues, 5 Aug., 1643``, ``Letters of Horace Walpole (1866), II. 459``: a noun for a letter,
    journal or like document and its ``of`` (``de``, ``von``), left as prose right before a name run,
    open the title of that document, which runs to the end of the name."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label in NAME_LABELS and first >= 2 and tags[first - 1] == tags[first - 2] == "prose" \
                and tokens[first - 1].text.lower() in OF_WORDS and tokens[first - 2].text.lower() in WRITINGS_OF_A_PERSON:
            relabel(tags, first - 2, last, "title")
    return tags


def _title_opening_on_in(tokens: Sequence[Token], k: int) -> bool:
    """Whether the ``In`` at token ``k`` opens a title (``In the Workshop of the Revolution``, ``In Defence
    of Marxism``) rather than cueing a container (``In:``, ``in``): it is capitalised and a word, not a
    colon, follows it."""
    return tokens[k].text == "In" and k + 1 < len(tokens) and tokens[k + 1].text.isalpha()


def _bracketed_place_follows(tokens: Sequence[Token], runs: list[tuple[int, int, str]]) -> bool:
    """Whether the first run of ``runs`` is followed, perhaps after a volume run, by a book's bracketed imprint:
    a place run that opens on or right after ``(`` and its date in the same bracket (not a newspaper's place,
    ``Journal (Indianapolis [Ind.]) 1867-1904``)."""
    at = 2 if len(runs) > 2 and runs[1][2] == "volume" else 1
    if at + 1 >= len(runs) or runs[at][2] != "location" or runs[at + 1][2] != "date" \
            or runs[at][1] != runs[at + 1][0]:
        return False
    start, end = runs[at][0], runs[at][1]
    return (tokens[start].text == "(" or tokens[start - 1].text == "(") \
        and all(t.text != ")" for t in tokens[start:end])


@needs(any_tag(_CONTAINER_TAGS))
def rule_container_after_a_name_is_the_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``E. Preobrazhensky, The New Economics, trans. Brian Pearce (Oxford…)``, ``Alfred Kleinknecht
    et al., eds., New Findings…``: a container title right after the author or the editors, with no
    title before them and no ``in`` before it, is the work's title (a container is only ever
    reached through a title or an ``in``). So is a container opening the note before a bracketed place,
    perhaps after its volume (``Party Resolutions, vol. II (Moscow, 1954), pp. 5-9``): a book's imprint; and one
    opening the note right before its translator or editor, with no title in the note (``(Minima Moralia, trans.
    E. F. N. Jephcott [London: Verso, 1974], 39)``)."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    if runs[0][2] == "container-title" and (_bracketed_place_follows(tokens, runs) or len(runs) > 1
                                            and runs[1][2] in ("translator", "editor") and runs[1][0] <= runs[0][1] + 1
                                            and not any(label == "title" for _, _, label in runs)):
        relabel(tags, runs[0][0], runs[0][1], "title")  # "(Minima Moralia, trans. E. F. N. Jephcott [London…]": a book
    for j in range(1, len(runs)):
        first, last, label = runs[j]
        if label != "container-title" or runs[j - 1][2] not in ("author", "editor") or runs[j - 1][1] != first:
            continue
        if runs[j - 1][2] == "editor" and j >= 2 and runs[j - 2][2] == "title":
            continue  # "Title, in Editors, eds., Container" is a chapter
        if tokens[first].text.lower() in ("in", "in:", "dans", "im") and not _title_opening_on_in(tokens, first):
            continue
        if any(r[2] == "title" for r in runs[j + 1:j + 3]):
            continue  # "Author, Journal Title, Article" orders are left to the model
        relabel(tags, first, last, "title")
    return tags


@needs(any_tag(_CONTAINER_TAGS))
def rule_container_opening_a_cite_before_a_publishers_imprint_is_a_book(text: str, tokens: Sequence[Token],
                                                                         tags: list[str]) -> list[str]:
    """``…no armed conflict. Hannah Arendt, The Origins of Totalitarianism (New York: Harcourt, 1951), 129``: a
    container run that opens a cite (at the note's start, or after a full stop or ``;`` of prose, no ``in`` before
    it) and goes straight on into a bracketed imprint with a publisher is a book: a container is only reached
    through a title or an ``in``, and periodicals print no publisher. A full name (:func:`full_name`: a known given
    name or an initial) and its comma opening the run are the book's author, the rest its title."""
    runs = tag_spans(tokens, tags)
    out = None
    for j, (first, last, label) in enumerate(runs[:-1]):
        if label != "container-title" or first and (tags[first - 1] != "prose" or tokens[first - 1].text not in ".;"):
            continue  # not a container run opening a cite after a full stop or semicolon
        imprint = list(islice((r for r in runs[j + 1:] if r[2] in IMPRINT_LABELS), 3))
        bracket = tokens[runs[j + 1][0]].text == "(" or tokens[runs[j + 1][0] - 1].text == "("
        if runs[j + 1][0] != last or runs[j + 1][2] not in ("location", "publisher") or not bracket \
                or not any(r[2] == "publisher" for r in imprint) or runs[j + 1:j + 1 + len(imprint)] != imprint:
            continue  # not straight on into a bracketed imprint with a publisher
        out = out or list(tags)
        comma = next((k for k in range(first + 2, min(first + 6, last - 1)) if tokens[k].text == ","), None)
        if comma is not None and full_name([t.text for t in tokens[first:comma]]) and tokens[comma + 1].text[:1].isupper():
            relabel(out, first, comma + 1, "author")
            relabel(out, comma + 1, last, "title")
        else:
            relabel(out, first, last, "title")
    return out or tags


#: Words that open a volume number (``vol. 1``, ``tome II``, ``Bd. 3``).
_VOLUME_WORDS = frozenset({"vol", "vols", "volume", "tome", "tomo", "bd", "band", "t"})
#: The runs a collection printing a dated item may go straight on into (a volume, a pinpoint's ``vol.``, an imprint).
_AFTER_A_CONTAINER_TAGS = tags_of(("volume", "location", "publisher", "locator"))


@needs(any_tag("B-title"), any_tag(DATE_TAGS), any_mark(","), any_tag(_AFTER_A_CONTAINER_TAGS))
def rule_title_after_a_dated_item_is_its_container(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Trotsky, "The Workers' State, Thermidor and Bonapartism" (1935), Writings of Leon Trotsky, 1934–35 (New York:
    Pathfinder, 1971), 166–84``, ``Lenin, "Notes of a Publicist" (1922), Collected Works, vol. 33, 206``, ``Marx to
    Engels, 2 April 1858, MECW, vol. 40, p. 298``: a title run right after a quoted title (or a letter, ``X to Y``) and
    its date (a bracketed year, or a letter's day) and comma, that goes straight on into a volume or an imprint, is the
    collection that prints the item, without the ``in``: its container, not a second work."""
    runs = tag_spans(tokens, tags)
    out = None
    for j in range(2, len(runs) - 1):
        (f0, l0, lab0), (f1, l1, lab1), (f2, l2, lab2), (f3, _, lab3) = runs[j - 2], runs[j - 1], runs[j], runs[j + 1]
        if lab0 != "title" or lab1 != "date" or lab2 != "title" or l1 != f2 or l2 != f3 or tokens[l1 - 1].text != "," \
                or any(tokens[k].text[:1].isalnum() for k in range(l0, f1)):
            continue
        quoted = tokens[f0].text in OPENING_QUOTES and tokens[l0 - 1].text in _CLOSING_QUOTES
        letter = not quoted and " to " in text[tokens[f0].start:tokens[l0 - 1].end] and tokens[f1].text != "("
        if not (quoted and tokens[f1].text == "(" or letter):
            continue
        if not (lab3 in ("volume", "location", "publisher")
                or lab3 == "locator" and tokens[f3].text.lower().rstrip(".") in _VOLUME_WORDS):
            continue
        out = out or list(tags)
        relabel(out, f2, l2, "container-title")
    return out or tags


#: The runs a volume's word may be read into (``vol. 2,``), and those a volume's own title goes straight on into.
_VOLUME_OR_LOCATOR_TAGS = tags_of(("volume", "locator"))
_AFTER_A_VOLUMES_TITLE_TAGS = tags_of(("translator", "editor", "location", "publisher"))


@needs(any_tag("B-title"), any_word(_VOLUME_WORDS), any_mark(",", ":"), any_tag(_VOLUME_OR_LOCATOR_TAGS),
       any_tag(_AFTER_A_VOLUMES_TITLE_TAGS))
def rule_title_after_a_volume_word_is_the_volumes_title(text: str, tokens: Sequence[Token],
                                                        tags: list[str]) -> list[str]:
    """``Kołakowski, Main Currents of Marxism, vol. 2, The Golden Age, trans. P. S. Falla (Oxford…``, ``Draper, Karl
    Marx's Theory of Revolution, vol. 2, The Politics of Social Classes (New York…``, ``…, vol. 1: State and
    Bureaucracy (New York…``: a title (or container) run
    right after a volume (or a pinpoint read from ``vol. 2,``) that follows the work's title, and that goes straight
    on into a translator, editor or the imprint, is that volume's own title, not a second work or a container: it
    joins the volume run."""
    runs = tag_spans(tokens, tags)
    out = None
    for j in range(2, len(runs) - 1):
        (_, l0, lab0), (f1, l1, lab1), (f2, l2, lab2) = runs[j - 2], runs[j - 1], runs[j]
        if lab2 not in ("title", "container-title") or lab1 not in ("volume", "locator") or lab0 != "title" \
                or l0 != f1 or l1 != f2 \
                or tokens[f1].text.lower() not in _VOLUME_WORDS or tokens[l1 - 1].text not in (",", ":") \
                or runs[j + 1][0] != l2 or runs[j + 1][2] not in ("translator", "editor", "location", "publisher"):
            continue
        out = out or list(tags)
        relabel(out, f1, l2, "volume")
    return out or tags


#: The German word for a periodical's year of issues (``Jahrgang 1890/91``, ``V. Jahrg.``, ``Jg. 12``).
_JAHRGANG_WORDS = frozenset({"jahrgang", "jahrg", "jg"})
_VOLUME_NUMBER = re.compile(r"\d+|[IVXLC]+")


def _jahrgang_run(tokens: Sequence[Token], w: int) -> tuple[int, int] | None:
    """The [first, end) tokens of the Jahrgang at token ``w`` with its number (``Jahrgang 1890/91``,
    ``Jahrg. 12``, ``V. Jahrg.``, ``9. Jahrgang``), or None when no number goes with it."""
    first = w
    if w >= 2 and tokens[w - 1].text == "." and _VOLUME_NUMBER.fullmatch(tokens[w - 2].text):
        first = w - 2  # an ordinal before the word
    end = w + 1 + (w + 1 < len(tokens) and tokens[w + 1].text == ".")
    if end < len(tokens) and _VOLUME_NUMBER.fullmatch(tokens[end].text):
        end += 1
        while end + 1 < len(tokens) and tokens[end].text == "/" and tokens[end + 1].text.isdigit():
            end += 2
    elif first == w:
        return None
    else:
        end = w + 1 + (w + 1 < len(tokens) and tokens[w + 1].text == ".")
    return first, end


@needs(any_word(_JAHRGANG_WORDS))
def rule_title_beside_a_jahrgang_is_the_periodical(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``„Neue Zeit”, Jahrgang 1890/91: „Zur Frage des ehernen Lohngesetzes”``, ``im Jahrgang 1888 der „Neuen
    Zeit”, S. 458``, ``im V. Jahrg. des Arbeiterfreund``: a Jahrgang is a periodical's year of issues, so the
    title run right before ``, Jahrgang N`` or right after ``Jahrgang N der``/``des`` names the periodical
    (container-title), and the word with its number is the volume, whatever the tagger read them as (a
    place, a date, a book's title)."""
    tags = list(tags)
    for w, token in enumerate(tokens):
        if token.text.lower() not in _JAHRGANG_WORDS:
            continue
        volume = _jahrgang_run(tokens, w)
        if volume is None:
            continue
        first, end = volume
        runs = tag_spans(tokens, tags)
        periodical = None
        if first >= 2 and tokens[first - 1].text == ",":  # "„Neue Zeit”, Jahrgang 1890/91"
            periodical = next(((f, l) for f, l, label in runs if label == "title" and l in (first - 1, first)), None)
        if periodical is None and end + 1 < len(tokens) and tokens[end].text.lower() in ("der", "des"):
            periodical = next(((f, l) for f, l, label in runs if label == "title" and f == end + 1), None)
        if periodical is None:
            continue
        f, l = periodical
        if l == first:  # the comma was in the run
            l -= 1
        read_as = {split_label(tags[k])[1] for k in range(first, end)} - {"prose", "title"}
        relabel(tags, f, l, "container-title")
        tags[l:first] = ["prose"] * (first - l)
        relabel(tags, first, end, "volume")
        k = end  # what the tagger carried on from the number ("1890/91:", "1888 der") is prose
        bound = f if f > end else len(tokens)
        while k < bound and (tokens[k].text in ":;" or tokens[k].text.lower() in ("der", "des")) \
                and split_label(tags[k])[1] in read_as:
            tags[k] = "prose"
            k += 1
        open_run(tags, k)
    return tags


_EDITOR_WORDS = frozenset({"ed", "eds", "hrsg", "hg", "dir", "coord"})
_EDITOR_TAGS = tags_of(("editor",))


@needs(any_tag(_EDITOR_TAGS), any_word(IN_WORDS))
def rule_title_after_in_and_an_editor_is_the_container(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``R. Shannon, 'Midlothian', in P. J. Jagger, ed., Gladstone, politics and religion (London, 1985)``,
    ``…, in P. J. Jagger (ed.), Gladstone…``: after a title, an ``in`` and an editor run that ends on its
    editor's word, the title run right after the editor is the container the chapter is printed in."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for j in range(1, len(runs)):
        first, last, label = runs[j]
        e_first, e_last, e_label = runs[j - 1]
        if label != "title" or e_label != "editor" or e_last != first:
            continue
        opening = e_first if tokens[e_first].text.lower() in IN_WORDS else e_first - 1
        if opening < 1 or tokens[opening].text.lower() not in IN_WORDS or j < 2 or runs[j - 2][2] != "title" \
                or any(tokens[k].text[:1].isalnum() for k in range(runs[j - 2][1], opening)):
            continue  # no "in", or no title of the chapter right before it
        words = [tokens[k].text.lower() for k in range(e_first, e_last) if tokens[k].text[:1].isalpha()]
        if not words or words[-1] not in _EDITOR_WORDS:
            continue  # the editor run does not end on "ed." / "eds."
        relabel(tags, first, last, "container-title")
    return tags


@needs(any_tag(NAME_TAGS), any_word(_EDITOR_WORDS))
def rule_title_after_a_dated_item_and_before_its_editors_is_the_container(text: str, tokens: Sequence[Token],
                                                                        tags: list[str]) -> list[str]:
    """``Eisenhower, “The President’s News Conference,” March 23, 1955, The American Presidency Project, eds.
    Gerhard Peters and John T. Woolley, URL``: a title run right after a dated item (a title, then its date)
    whose editors follow it, ``eds.`` first, is the collection the item is printed in (a website, an
    edition), not a second work; the names after ``eds.`` are its editors (also where the tagger ran the
    title on over ``eds.`` and read the names as authors)."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for j, ((_, last, label), (d_first, d_last, d_label), (first, t_last, t_label), (n_first, n_last, n_label)) \
            in enumerate(zip(runs, runs[1:], runs[2:], runs[3:])):
        if label != "title" or d_label != "date" or t_label not in ("title", "container-title") \
                or n_label not in ("editor", "author") or not (last == d_first and d_last == first and t_last == n_first):
            continue
        cue = next((k for k in range(first + 1, t_last + 1) if tokens[k - 1].text == ","
                    and tokens[k].text.lower() in _EDITOR_WORDS), None)
        if cue is None or (cue < t_last) != (n_label == "author"):
            continue  # no "eds." after the title's comma (or it already opens an editor run)
        if cue == t_last and n_last - n_first <= 2 and j + 4 < len(runs) and runs[j + 4][0] == n_last \
                and _names_alone(tokens, runs[j + 4][0], runs[j + 4][1]):
            n_last = runs[j + 4][1]  # "eds." alone, and the names after it read as a title
        relabel(tags, first, cue, "container-title")
        relabel(tags, cue, n_last, "editor")
    return tags


def _names_alone(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether tokens [first, last) are names only: capitalised words and initials joined by commas and
    ``and``, up to the run's comma (``Peters and Woolley,``)."""
    words = [tokens[k].text for k in range(first, last)]
    if words and words[-1] == ",":
        words.pop()
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() and w.replace("-", "").replace("’", "").replace("'", "").isalpha() or w in (",", ".", "and", "&")
        for w in words)


def _possessive_at(tokens: Sequence[Token], k: int) -> int | None:
    """Where a capitalised possessive name opening at token ``k`` ends (``Hitzig's``, ``Robert Prutz'``, ``Niles’s``):
    one or two capitalised words, the last ending on ``'s`` or followed by an apostrophe glued to it; None otherwise."""
    for end in (k + 1, k + 2):
        if end > len(tokens) or not all(tokens[i].text[:1].isupper() and tokens[i].text[1:2].islower()
                                        for i in range(k, end)):
            return None
        if POSSESSIVE_END.search(tokens[end - 1].text):
            return end
        if end < len(tokens) and tokens[end].text in ("'", "’") and tokens[end].start == tokens[end - 1].end \
                and tokens[end - 1].text.endswith(("s", "z", "x")):
            return end + 1
    return None


@needs(any_written("in"), any_mark("'", "’"), any_tag(_TITLE_RUN_TAGS))
def rule_in_and_a_possessive_after_a_title_open_its_container(text: str, tokens: Sequence[Token],
                                                              tags: list[str]) -> list[str]:
    """``Beitr. z. Geschichte der Zauberei, in Hitzig's Annalen der Crim. Rechtspflege B. II.``: a title run that goes on
    over a comma, ``in`` and a possessive name before capitalised words (and no number) is a piece and the collection
    it is printed in:
    the container opens on ``in`` (its maker's possessive kept in its title, as ``Hazard's Pennsylvania Register``). So
    after a quoted title: ``»Der Hexenglaube …« in Robert Prutz' »Deutsches Museum«``, the name is the editor of the
    quoted container."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("title", "container-title"):
            continue
        for k in range(first + 2, last - 2):
            if tokens[k].text != "in" or tokens[k - 1].text != ",":
                continue
            end = _possessive_at(tokens, k + 1)
            if end is None or end >= last or not tokens[end].text[:1].isupper() \
                    or any(tokens[i].text[:1].isdigit() or ROMAN_NUMERAL.fullmatch(tokens[i].text) for i in range(end, last)):
                continue  # (a number in the run after it: the run holds the container's pinpoint and more cites)
            out = out or list(tags)
            relabel(out, first, k, "title")
            relabel(out, k, last, "container-title")
            break
    runs = tag_spans(tokens, out or tags)
    for (_, last, label), (n_first, n_last, n_label), (t_first, t_last, t_label) in zip(runs, runs[1:], runs[2:]):
        if label != "title" or tokens[last - 1].text not in _CLOSING_QUOTES or n_first != last + 1 \
                or tokens[last].text != "in" or n_label not in NAME_LABELS or t_label != "title" \
                or t_first != n_last or tokens[t_first].text not in QUOTE_PAIRS \
                or _possessive_at(tokens, n_first) != n_last:
            continue
        out = out or list(tags)
        relabel(out, n_first, n_last, "editor")
        relabel(out, t_first, t_last, "container-title")
    return out or tags


#: Articles (a preposition with its article glued in: ``du``, ``zur``) that no title ends on: the noun they open follows
#: (``Commission du``); a bare ``de``/``of`` may stand before its writer's name (``Relation de Godefroy``).
_WORDS_NO_TITLE_ENDS_ON = frozenset({"du", "des", "au", "aux", "the", "la", "le", "les", "der", "zur", "zum", "del",
                                     "della", "dei", "degli"})


@needs(any_tag(NAME_TAGS), any_tag(TITLE_TAGS))
def rule_title_ending_on_a_small_word_goes_on_over_the_name(text: str, tokens: Sequence[Token],
                                                            tags: list[str]) -> list[str]:
    """``Commission du Marquis de Montcalm``, ``Mémoire du Roy``: a title run that ends on an article (or a preposition
    with its article, :data:`_WORDS_NO_TITLE_ENDS_ON`) right before a name run goes on over that name: the words are
    the title's, not its author."""
    out = None
    runs = tag_spans(tokens, tags)
    for (first, last, label), (n_first, n_last, n_label) in zip(runs, runs[1:]):
        if label == "title" and n_label in NAME_LABELS and n_first == last and last - first >= 2 \
                and tokens[last - 1].text in _WORDS_NO_TITLE_ENDS_ON:
            out = out or list(tags)
            relabel(out, n_first, n_last, "title", continues=True)
            open_run(out, n_last)
    return out or tags


#: Closing quotation marks (what :data:`QUOTE_PAIRS` closes with).
_CLOSING_QUOTES = frozenset(QUOTE_PAIRS.values())


@needs(any_tag(TITLE_TAGS), any_written(_CLOSING_QUOTES), any_word(IN_WORDS))
def rule_title_after_a_quoted_title_and_in_is_the_container(text: str, tokens: Sequence[Token],
                                                             tags: list[str]) -> list[str]:
    """``Leon Trotsky, "The Class Nature of the Soviet State," in Writings 1933–34 (New York…)``: a title
    run right after a quoted title's closing quote and ``in`` (which the tagger left to prose) is the
    container the quoted piece is printed in, ``in`` opening it as it opens every container run (a
    container run right after it goes on with it: ``in Workers of the World…, Unite! Proceedings…``). So it
    is after the piece's own date (``"Manifesto," July 7, 1969, in Notes…``), which is then a note of
    the piece (the cite's date is its container's imprint); a bracketed year alone (``“The Russian Revolution”
    (1918), in…``) stays a date, the year the piece was written (its original date)."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for (first, last, label), (n_first, n_last, n_label) in zip(runs, runs[1:]):
        if label == "title" == n_label and n_first == last + 1 and tags[last] == "prose" \
                and tokens[last].text.lower() in IN_WORDS and tokens[last - 1].text in _CLOSING_QUOTES:
            relabel(tags, last, n_last, "container-title")
            if n_last < len(tags) and tags[n_last] == "B-container-title":
                tags[n_last] = "I-container-title"  # "in Workers…, Unite! Proceedings…": the container goes on
    for (_, last, label), (d_first, d_last, d_label), (n_first, n_last, n_label) in zip(runs, runs[1:], runs[2:]):
        # the date's comma in its run or after it ("(1933), in Writings of Leon Trotsky (1933-34) (New York…)")
        joint = d_last + (tokens[d_last - 1].text != "," and tokens[d_last].text == "," and tags[d_last] == "prose")
        if label == "title" and n_label in ("title", "container-title") and d_label == "date" and d_first == last and tokens[last - 1].text in _CLOSING_QUOTES \
                and n_first == joint + 1 and tokens[joint - 1].text == "," and tokens[joint].text.lower() in IN_WORDS:
            if not _BRACKETED_YEAR.fullmatch(text.rstrip(), tokens[d_first].start, tokens[joint - 2].end):
                relabel(tags, d_first, d_last, "note")  # a bracketed year alone stays the date: the year written
            relabel(tags, joint, n_last, "container-title")
    return tags


_BRACKETED_YEAR = re.compile(BRACKETED_YEAR)
_YEARS = re.compile(r"\d{4}(?:\s*[-–—/]\s*\d{2,4})?")


#: The labels the model may give the year range that ends a title (``Britain, 1900-21 (London, 1969)``).
_YEAR_RANGE_MISREAD = frozenset({"pages", "locator", "volume"})
_YEAR_RANGE = re.compile(r"1[4-9]\d\d\s*[-–—]\s*\d{2,4}")


def _range_end_read_apart(tokens: Sequence[Token], title: int, first: int, last: int) -> bool:
    """Whether the run [first, last) is one number of two or four digits glued to a dash that ends the title run
    opening at ``title`` on a year (``…in Britain 1924–`` + ``38``): the end of the title's year range."""
    return last == first + 1 and first - title >= 3 and tokens[first - 1].text in _DASHES \
        and tokens[first - 1].end == tokens[first].start and re.fullmatch(r"\d{2}|\d{4}", tokens[first].text) is not None \
        and YEAR.fullmatch(tokens[first - 2].text) is not None


def _year_range_read_as_a_pinpoint(text: str, tokens: Sequence[Token], tags: list[str],
                                   runs: list[tuple[int, int, str]], j: int) -> None:
    """In place: run ``j`` of ``runs`` (pages, a locator or a volume right after a title or container run) that opens
    on a year range right before the imprint's place or publisher (``Britain, 1900-21 (London, 1969)``) ends it; what
    it holds after the range (the imprint's bracket) opens the imprint run after it."""
    first, last, _ = runs[j]
    match = _YEAR_RANGE.match(text, tokens[first].start)
    if match is None or j + 1 >= len(runs) or runs[j + 1][2] not in ("location", "publisher") \
            or runs[j + 1][0] != last:
        return
    end = next(k for k in range(first, last + 1) if k == last or tokens[k].start >= match.end())
    if any(tokens[k].text != "(" for k in range(end, last)):
        return
    relabel(tags, first, end, runs[j - 1][2], continues=True)
    relabel(tags, end, runs[j + 1][1], runs[j + 1][2])




def rule_quotation_opening_the_note_before_its_source_is_the_title(text: str, tokens: Sequence[Token],
                                                                    tags: list[str]) -> list[str]:
    """``“Letter dated 31 March 2016 from the Permanent Representative … to the President of the Security Council,” UN
    document S/2016/296, available at https://…`` with the quotation read as prose: a quotation opening the note (three
    words or more, the first capitalised) read wholly as prose and closed by a comma, right before a field run that
    names no author, is the cited item's title."""
    if len(tokens) < 6 or tokens[0].text not in ("“", '"', "‘") or tags[0] != "prose":
        return tags
    closing = {"“": "”", '"': '"', "‘": "’"}[tokens[0].text]
    close = next((k for k in range(1, len(tokens)) if tokens[k].text == closing), None)
    if close is None or close < 4 or not tokens[1].text[:1].isupper() or any(tags[k] != "prose" for k in range(close + 1)):
        return tags
    after = close + 1 + (close + 1 < len(tokens) and tokens[close + 1].text == ",")
    if after >= len(tokens) or split_label(tags[after])[1] in ("prose", "author", "editor") \
            or tokens[close - 1].text != "," and tokens[close + 1].text != ",":
        return tags  # a sentence quoted (a full stop closes it), or the words of the author named after it
    out = list(tags)
    relabel(out, 0, close + 1, "title")
    return out


@needs(any_tag("B-date"), any_tag(TITLE_TAGS), any_mark(","))
def rule_place_ending_a_title_before_its_year(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Altdanische Schutzgilden, Breslau, 1885, p. 67``, ``Merchant and Craft Guilds, Aberdeen, 1887``: a
    title run of two words or more (and no comma: not a list, ``Essays on Trade, Banking, Commerce, 1885``) that
    ends on a comma, one capitalised word (a proper name: no common word, month or locator word) and a comma,
    right before a year the tagger read as the date, ends on its place of publication: the word is the
    location, the comma before it prose."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or last >= len(tokens) or tags[last] != "B-date" or not YEAR.fullmatch(tokens[last].text) \
                or last - first < 5 or tokens[last - 1].text != "," or tokens[last - 3].text != ",":
            continue
        word = tokens[last - 2].text
        if not (len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower()) \
                or not tokens[last - 4].text[:1].isalnum() or any(t.text == "," for t in tokens[first:last - 3]) \
                or fold(word) in WORDS or any(fold(word) in load(words) for words in ("stopwords", "months", "locator_words")):
            continue
        tags[last - 3] = "prose"
        tags[last - 2:last] = ["B-location", "I-location"]
    return tags


@needs(any_tag(TITLE_TAGS), any_mark("("))
def rule_bracketed_place_ending_a_short_title_names_its_edition(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Wheen, All Quiet (Boston), 179``: a title run right after a name run that ends on a bracket holding only a
    known place, right before a comma and a pinpoint, ends before the bracket: the place (the edition printed there,
    as the tagger reads ``(London)``) is the location."""
    runs = tag_spans(tokens, tags)
    out = None
    for n in range(1, len(runs) - 1):
        first, last, label = runs[n]
        if label != "title" or runs[n - 1][2] not in NAME_LABELS or runs[n + 1][0] != last or runs[n + 1][2] != "locator":
            continue
        end = last - (tokens[last - 1].text == ",")
        if end - first < 4 or tokens[end - 1].text != ")":
            continue
        opening = next((k for k in range(end - 2, first, -1) if tokens[k].text == "("), None)
        if opening is None or opening == first or not is_known_place(" ".join(t.text for t in tokens[opening + 1:end - 1])):
            continue
        out = out or list(tags)
        relabel(out, opening, last, "location")
    return out or tags


@needs(any_tag(_LOCATION_TAGS), any_tag(NAME_TAGS), any_mark(","))
def rule_place_after_a_name_without_an_imprint_is_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Mercier, Nouveau Paris.``, ``Mercier, Nouveau Paris, &c.``: a run read as a place right after a name and its
    comma, of two words or more (one of them no known place), with no year or publisher after it (the part of the
    note ends, or a pinpoint follows) is no imprint but the title of the name's work."""
    runs = tag_spans(tokens, tags)
    changed: list[str] | None = None
    for n in range(1, len(runs)):
        first, last, label = runs[n]
        before = runs[n - 1]
        if label != "location" or before[2] not in NAME_LABELS or before[1] != first or tokens[first - 1].text != ",":
            continue
        words = [t.text for t in tokens[first:last] if t.text[:1].isalpha()]
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or all(fold(w) in load("places") for w in words):
            continue
        nxt = runs[n + 1] if n + 1 < len(runs) else None
        if nxt is not None and nxt[2] != "locator" and tokens[last - 1].text != ";" and not (
                last < len(tokens) and tokens[last].text == ";"):
            continue  # a field after it that is no pinpoint: an imprint
        changed = changed if changed is not None else list(tags)
        if first - 1 > before[0]:
            changed[first - 1] = "prose"  # the comma after the name
        relabel(changed, first, last, "title")
    return changed if changed is not None else tags


#: An imprint in brackets that counts the volumes: ``(2 vols. Leipzig, 1891)``, ``(5 vols. 1886)``, ``(Bruxelles,
#: 1869-78, 3 vols.)``.
_VOLUMES_AND_IMPRINT = re.compile(
    r"\(\s*(?:(?P<volumes>\d{1,2}\s+vols?\.)\s*,?\s*)?(?:(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*,\s*)?"
    r"(?P<year>(?:1[5-9]|20)\d\d(?:\s*[-–]\s*\d{1,4})?)\s*(?:,\s*(?P<more>\d{1,2}\s+vols?\.)\s*)?\)")


@needs(any_mark("vol"))
def rule_volumes_and_imprint_in_a_bracket_after_a_title(text: str, tokens: Sequence[Token],
                                                        tags: list[str]) -> list[str]:
    """``Stadte und Gilden der germanischen Volker (2 vols. Leipzig, 1891)``, ``Die deutschen Stadte im Mittelalter
    (2 vols. Halle, 1891)``, ``Les Libertes communales (Bruxelles, 1869-78, 3 vols.)``: a bracket right after a
    title that holds a count of volumes, perhaps a place, and a year (:data:`_VOLUMES_AND_IMPRINT`) is the imprint,
    whatever the tagger read (a title run carried into it): the count is the volume, the place the location, the
    year the date, the bracket prose."""
    changed: list[str] | None = None
    starts = token_starts(tokens)
    for match in _VOLUMES_AND_IMPRINT.finditer(text):
        if not (match.group("volumes") or match.group("more")):
            continue
        open_ = bisect_left(starts, match.start())
        if open_ == 0 or split_label(tags[open_ - 1])[1] not in ("title", "container-title"):
            continue
        close = bisect_left(starts, match.end()) - 1
        changed = changed if changed is not None else list(tags)
        for k in range(open_, close + 1):
            changed[k] = "prose"
        for group, label in (("volumes", "volume"), ("place", "location"), ("year", "date"), ("more", "volume")):
            if match.group(group):
                relabel(changed, bisect_left(starts, match.start(group)), bisect_left(starts, match.end(group)), label)
        after = close + 1
        while after < len(tokens) and tokens[after].text in ".,;" and changed[after].startswith("I-"):
            changed[after] = "prose"  # the stop after the bracket
            after += 1
        open_run(changed, after)
    return changed if changed is not None else tags


@needs(any_tag(TITLE_TAGS))
def rule_years_that_end_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Socialism in One Country, 1924-1926, vol. 1 (London: Macmillan, 1958)``: a year or year
    range right after a title (or a volume: ``Selected Writings, vol. 4, 1938-1940, ed. …``) is its end when the same cite has its imprint date later
    (a cite has one date; the later one is the imprint's), unless it is a year or a range of years in brackets, the
    work's first date (``"Resignation" (1969), in Critical Models… (New York…, 1998)``, ``(1925–26), trans.``). A bracketed imprint that a title run
    swallowed (``Works (Washington, 1853–4), I. 23–4. On the…``) ends it too: the bracket is the
    imprint, the rest of the run prose (a pinpoint there is read by the locator rules); so does one
    that the name run after the title swallowed (``Diary of a whip, ed. J. Lee (Hassocks, 1978)``). A year range
    read as pages right before the imprint ends the title too (:func:`_year_range_read_as_a_pinpoint`), and one
    after a book's title a chapter is in (``in Jane Roe, ed., Labour and empire, 1919-43 (Leeds, 1998)``), its end
    perhaps read as a volume."""
    tags = list(tags)
    if "(" in text:
        _imprint_inside_a_title(text, tokens, tags)
    if DATE_TAGS.isdisjoint(tag_set(tags)):
        return tags  # no date run
    runs = tag_spans(tokens, tags)
    for j in range(1, len(runs)):
        first, last, label = runs[j]
        before = runs[j - 1]
        if label in _YEAR_RANGE_MISREAD and before[2] in ("title", "container-title") and before[1] == first:
            if _range_end_read_apart(tokens, before[0], first, last):  # "Britain 1924–" + "38": one range
                relabel(tags, first, last, before[2], continues=True)
                continue
            _year_range_read_as_a_pinpoint(text, tokens, tags, runs, j)
            continue
        if label != "date" or before[2] not in ("title", "volume", "container-title") or before[1] != first:
            continue
        if tokens[last - 1].text in _DASHES and j + 1 < len(runs) and runs[j + 1][:2] == (last, last + 1) \
                and tokens[last].text.isdigit():
            last += 1  # "1919-" + "43": the range's end read as a volume
            j += 1
        s, e = trim(text, tokens[first].start, tokens[last - 1].end)
        bracketed = _BRACKETED_YEAR.fullmatch(text, tokens[first].start, tokens[last - 1].end)
        if bracketed and _DASHES.intersection(bracketed.group()) and not (
                last < len(tokens) and (tokens[last].text.lower() in IN_WORDS
                                        or split_label(tags[last])[1] in ("translator", "editor"))):
            bracketed = None  # a range of years in brackets ends the title (``L'Internationale (1864-1878)``) unless
            # ``in`` or a translator follows (``"Tailism and the Dialectic" (1925–26), trans.``)
        if not _YEARS.fullmatch(text[s:e]) or bracketed and not (last < len(tokens) and tokens[last].text in _CLOSING_QUOTES):
            continue  # no year, or one in brackets after the title's quotes: the work's first date (``"Resignation" (1969)``)
        later = None
        for k in range(j + 1, len(runs)):
            between = tokens[runs[k - 1][1]:runs[k][0]]
            if runs[k][2] in ("author", "title", "ibid") or any(t.text == ";" for t in between):
                break
            if runs[k][2] == "date":
                later = k
                break
        if later is not None and any(runs[m][2] in ("location", "publisher") for m in range(j + 1, later)):
            relabel(tags, first, last, before[2], continues=True)
    return tags


#: Words that open the title of a review (``review of X, by Y``; ``rev. of``).
_REVIEW_WORDS = frozenset({"review", "rev", "reviewing", "compte-rendu", "rezension"})


def _reviews(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` opens ``review of`` (``rev. of``, ``Rezension von``)."""
    word = tokens[i].text.lower()
    after = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text == ".")
    return word in _REVIEW_WORDS and after < len(tokens) and tokens[after].text.lower() in ("of", "von", "de", "du")


@needs(any_tag(TITLE_TAGS), any_word(_REVIEW_WORDS))
def rule_review_names_the_book_and_its_author(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Paul Le Blanc, review of Lenin Rediscovered, by Lars T. Lih, Science & Society 72…``: a title run
    opening on ``review of`` takes the ``by NAME`` after it (the reviewed book's author, no author of a cite
    of its own): the review's title is ``review of Lenin Rediscovered, by Lars T. Lih``; so is a book's author named
    first, read into the reviewer's name (:func:`_review_read_into_the_reviewers_name`)."""
    tags = list(tags)
    _review_read_into_the_reviewers_name(tokens, tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or not _reviews(tokens, first):
            continue
        by = last + (last < len(tokens) and tokens[last].text == ",")
        if by >= len(tokens) or tokens[by].text.lower() != "by" or by + 1 >= len(tokens) \
                or split_label(tags[by + 1])[1] not in NAME_LABELS:
            continue
        end = by + 2
        while end < len(tokens) and tags[end].startswith("I-"):
            end += 1
        relabel(tags, first, end, "title")
        open_run(tags, end)
        _periodical_after_a_review(tags, end)
    return tags


def _review_read_into_the_reviewers_name(tokens: Sequence[Token], tags: list[str]) -> None:
    """In place: ``Joanne Landy, review of Stephen F. Cohen, Soviet Fates and Lost Alternatives, New Politics …``: an
    author run that goes on past the reviewer's comma into ``review of`` and the reviewed book's author, right before
    a title run, ends at that comma: ``review of``, the book's author and its title are the review's title."""
    runs = tag_spans(tokens, tags)
    for (first, last, label), (start, end, after) in zip(runs, runs[1:]):
        if label != "author" or after != "title" or last != start:
            continue
        review = next((k for k in range(first + 2, last) if tokens[k - 1].text == "," and _reviews(tokens, k)), None)
        if review is not None:
            tags[review - 1] = "I-author"
            relabel(tags, review, end, "title")


@needs(any_tag(TITLE_TAGS), any_word(_REVIEW_WORDS))
def rule_reviewer_named_before_review_of(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Edward Meade Earle review of Papers Relating …, 1921 in American Historical Review (April 1939)``: the
    capitalised words that open a title run right before its ``review of`` (one to four, after a name run or at
    the cite's start) are the reviewer, an author run; the title opens on ``review``."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "title":
            continue
        review = next((i for i in range(first + 1, min(first + 5, last)) if _reviews(tokens, i)), None)
        after_a_name = first > 0 and split_label(tags[first - 1])[1] in NAME_LABELS
        if review is None or not (after_a_name or first == 0) \
                or not all(capitalised_word(t.text) or re.fullmatch(r"[A-Z]\.?", t.text) or t.text == "."
                           for t in tokens[first:review]):
            continue
        if after_a_name:
            relabel(tags, first, review, split_label(tags[first - 1])[1], continues=True)
        else:
            relabel(tags, first, review, "author")
        end = last - 1 if tokens[last - 1].text.lower() in IN_WORDS else last  # "… 1922 in American Historical Review"
        relabel(tags, review, end, "title")
        tags[end:last] = ["prose"] * (last - end)
    return tags


def _periodical_after_a_review(tags: list[str], first: int) -> None:
    """The title run at ``first``, right after a review's title, that runs into a volume, issue or date is
    the periodical the review appeared in: relabelled ``container-title`` in ``tags``."""
    if first >= len(tags) or tags[first] != "B-title":
        return
    end = first + 1
    while end < len(tags) and tags[end] == "I-title":
        end += 1
    if end < len(tags) and split_label(tags[end])[1] in ("volume", "issue", "date"):
        relabel(tags, first, end, "container-title")


#: A bracketed imprint: a place (``Washington``, ``New York``), perhaps its publisher after a colon, and a year.
_IMPRINT = re.compile(r"\((?P<location>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})(?:: (?P<publisher>[^():;]{2,60}?))?, "
                      r"(?P<date>(?:1[5-9]\d\d|20\d\d)(?:[–-]\d{1,4})?)\)")


def _imprint_inside_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> None:
    """In place: a bracketed imprint inside a title or name run (``Works (Washington, 1853–4), I. 23–4.``,
    ``ed. J. Lee (Hassocks, 1978)``) becomes its location, publisher and date runs; the tokens of the run
    after it become prose."""
    brackets = [k for k in tokens_at(text, tokens, OPENING_PARENTHESIS) if tokens[k].text == "("]
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" and label not in NAME_LABELS:
            continue
        following = bisect_left(brackets, first + 1)  # the first bracket inside the run, after its first token
        opening = brackets[following] if following < len(brackets) and brackets[following] < last else None
        match = _IMPRINT.match(text, tokens[opening].start) if opening is not None else None
        if match is None:
            continue
        tags[opening] = "prose"
        field = "location"
        i = opening + 1
        while i < last and tokens[i].start < match.end():  # separators stay with the field before them
            starts = next((f for f in ("location", "publisher", "date") if match.start(f) == tokens[i].start), None)
            field = starts or field
            tags[i] = ("B-" if starts else "I-") + field
            i += 1
        for k in range(i, last):
            tags[k] = "prose"


_QUOTES = frozenset("“‘«„\"'")


def _title_case_tail(tokens: Sequence[Token], words: Sequence[int], end: int) -> int:
    """Where the title-case words that end a run (indexes ``words`` of its words, before ``end``) begin:
    its last capitalised words with the small function words between them (``is in her Marxism and
    Freedom`` → ``Marxism``); ``end`` when the run ends on a lower-case word."""
    cut = end
    for i in reversed(words):
        word = tokens[i].text
        if word[:1].isupper():
            cut = i
        elif word not in FUNCTION_WORDS:
            break
    return cut


#: A year standing as a sentence of its own after a title (``Display of supposed witchcraft. 1673.``), perhaps with the
#: years of later editions in a bracket (``1666 (1667. 1688)``).
_YEAR_ALONE = re.compile(r"\s*(?:1[5-9]\d\d|20\d\d)(?:\s*\((?:\s*1[5-9]\d\d[.,]?)+\s*\))?\s*\.(?=\s|$)")


#: A full stop and a year after it: what :func:`rule_title_and_its_year_alone_open_the_note` looks for first.
_STOP_AND_YEAR = re.compile(r"\.\s+(?:1[5-9]|20)\d\d\b")


#: A sworn or written statement named by its kind and the person who made it (``Affidavit of Miles Whitworth``,
#: ``Deposition of John Smith``, ``Examination of Father Chauchetière``): the words up to a full stop or semicolon.
#: The nouns of :data:`_STATEMENT_OF_A_PERSON`, as its tokens are written.
_STATEMENT_NOUNS = frozenset({"Affidavit", "Affidavits", "Deposition", "Depositions", "Attestation", "Attestations",
                              "Declaration", "Declarations", "Examination", "Examinations", "Testimony", "Narrative",
                              "Statement"})
_STATEMENT_OF_A_PERSON = re.compile(r"(?:(?<=^)|(?<=[.;]\s))(?:" + "|".join(sorted(_STATEMENT_NOUNS, key=len, reverse=True))
                                    + r")\s+of\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+(?=\s*[.;]|$)")


@needs(any_mark(" of "), any_written(_STATEMENT_NOUNS))
def rule_statement_of_a_person_left_as_prose_is_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Affidavit of Miles Whitworth. See Appendix F.``: a sworn or written statement named by its kind and the
    person who made it (:data:`_STATEMENT_OF_A_PERSON`), opening the note or a sentence and left all prose by the
    tagger, is a title (the document, as ``Attestation of William Arbuthnot`` is read)."""
    changed: list[str] | None = None
    starts = None
    for match in _STATEMENT_OF_A_PERSON.finditer(text):
        starts = starts or token_starts(tokens)
        inside = tokens_within(tokens, starts, match.start(), match.end())
        if len(inside) < 3 or any(tags[k] != "prose" for k in inside):
            continue
        changed = changed if changed is not None else list(tags)
        relabel(changed, inside[0], inside[-1] + 1, "title")
        open_run(changed, inside[-1] + 1)
    return changed if changed is not None else tags


@needs(any_mark("."), any_match(_STOP_AND_YEAR))
def rule_title_and_its_year_alone_open_the_note(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Some philosophical considerations touching the being of witches and witchcraft. 1666.``, ``Display of supposed
    witchcraft. 1673. -- Aus dem Englischen übersetzt …``: words opening the note (its lead-in word aside), left as
    prose, three or more, the first capitalised, no lower-case finite verb among them (``verbs`` dictionary; a title's
    ``the being of witches`` is none), ending on
    a full stop right before a year that stands as a sentence of its own (:data:`_YEAR_ALONE`), are a title and the
    year its date: a book cited by its title and year. A note that names anyone or anything before is left alone."""
    first = past_lead_words(tokens, 0)
    if first >= len(tokens) or not tokens[first].text[:1].isupper():
        return tags
    stop = next((k for k in range(first, len(tokens)) if tokens[k].text == "."), None)
    if stop is None or stop + 1 >= len(tokens) or not YEAR.fullmatch(tokens[stop + 1].text) \
            or any(tag != "prose" for tag in tags[:stop + 1]):
        return tags
    year = _YEAR_ALONE.match(text, tokens[stop].end)
    words = [k for k in range(first, stop) if tokens[k].text[:1].isalpha()]
    verbs = load("verbs")
    if year is None or len(words) < 3 or any(tokens[k].text in verbs and not tokens[k].text.endswith("ing") for k in words):
        return tags
    tags = list(tags)
    relabel(tags, first, stop + 1, "title")
    end = stop + 1
    while end < len(tokens) and tokens[end].end <= year.end():
        end += 1
    relabel(tags, stop + 1, end, "date")
    return tags


_PINPOINT_RUNS_AFTER_A_TITLE = frozenset({"volume", "locator", "pages"})
_PINPOINT_TAGS_AFTER_A_TITLE = tags_of(_PINPOINT_RUNS_AFTER_A_TITLE)


@needs(any_mark(","), any_tag(_PINPOINT_TAGS_AFTER_A_TITLE))
def rule_name_and_title_left_as_prose_before_a_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Tholuck, das akademische Leben des siebenzehnten Jahrh., II. S. 32.``: a note that opens (its lead-in word
    aside) on a capitalised word and its comma, then two words or more and a comma, all left as prose, right before
    the pinpoint the tagger did read, is an author, the title and the pinpoint; not when a finite verb (``verbs``
    dictionary) or a sentence's end lies between (the words are a sentence: ``Er sagt, das sei wahr, S. 5``)."""
    first = past_lead_words(tokens, 0)
    if first + 3 >= len(tokens) or not capitalised_word(tokens[first].text, 3) or tokens[first + 1].text != ",":
        return tags
    pinpoint = next((k for k in range(first, len(tokens)) if tags[k] != "prose"), None)
    if pinpoint is None or pinpoint < first + 5 or tokens[pinpoint - 1].text != "," \
            or split_label(tags[pinpoint])[1] not in _PINPOINT_RUNS_AFTER_A_TITLE:
        return tags
    words = [k for k in range(first + 2, pinpoint - 1) if tokens[k].text[:1].isalpha()]
    verbs = load("verbs")
    if len(words) < 2 or any(tokens[k].text in verbs for k in words) \
            or any(ends_a_sentence(tokens, k) for k in range(first + 2, pinpoint - 1) if tokens[k].text == "."):
        return tags
    tags = list(tags)
    relabel(tags, first, first + 2, "author")
    relabel(tags, first + 2, pinpoint, "title")
    return tags


#: A French verb after an elided negation or reflexive pronoun (``n'avons``, ``n'est``, ``s'est``): finite, whatever
#: the verb (the ``verbs`` dictionary lists only the frequent forms).
_ELIDED_VERB = re.compile(r"[ns]['’][a-zàâäéèêëîïôöûùüç]{2,}")


@needs(any_tag(TITLE_TAGS))
def rule_sentence_is_not_a_title(text: str, tokens: Sequence[Token], tags: list[str],
                                 italic_spans: Sequence[tuple[int, int]] = ()) -> list[str]:
    """``The key texts are collected in C.L.R. James…``: an unquoted, non-italic title run that opens
    a sentence before any field of the note, with five or more words and a lower-case finite verb
    (``verbs`` dictionary, or a French verb after ``n'``/``s'``: :data:`_ELIDED_VERB`) after its first word, is a
    sentence: its words up to its title-case tail (:func:`_title_case_tail`) are prose; a lone initial left over joins the name run right after it, any other
    capitalised rest stays a title. Such a run of one word right before a finite verb is the sentence's subject
    (``Trotsky gives an account of this in…``): prose. A run ending on a full stop right before an imprint (a place,
    then its year) is a title, verbs or not."""
    field = next(filter("prose".__ne__, tags), None)  # the tag of the note's first field
    if field is None or split_label(field)[1] != "title":
        return tags  # the note's first field is no title: no run opens a sentence before any field
    opening = tags.index(field)  # (all the tags before it are prose)
    if tokens[opening].text in _QUOTES or (opening and tokens[opening - 1].text not in ".!?"):
        return tags  # (a later run opens before any field only once the first one, opening here, is made prose)
    verbs = load("verbs")
    if verbs.isdisjoint(token_texts(tokens)) and "'" not in text and "’" not in text:
        return tags  # no verb of the dictionary, nor one after "n'" or "s'" (:data:`_ELIDED_VERB`): no sentence, no subject
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or tokens[first].text in _QUOTES:
            continue
        if (first and tokens[first - 1].text not in ".!?") or any(tag != "prose" for tag in tags[:first]):
            continue  # only a run that opens a sentence before any field can be one
        if any(s <= tokens[first].start < e or s < tokens[last - 1].end <= e for s, e in italic_spans):
            continue
        words = [i for i in range(first, last) if tokens[i].text[:1].isalpha()]
        if len(words) == 1 and last - first == 1 and last < len(tokens) and tags[last] == "prose" \
                and tokens[last].text in verbs:
            tags[first] = "prose"  # "Trotsky gives…": a subject and its verb
            continue
        if len(words) < 5 or not any(tokens[i].text in verbs or _ELIDED_VERB.fullmatch(tokens[i].text) for i in words[1:]):
            continue
        if last + 1 < len(tags) and tokens[last - 1].text == "." and tags[last] == "B-location" \
                and split_label(tags[last + 1])[1] in ("location", "date"):
            continue  # "Apologie pour tous les grands hommes qui ont été accusés de magie. Paris 1669.": its imprint
        cut = _title_case_tail(tokens, words, last)
        for i in range(first, cut):
            tags[i] = "prose"
        rest = [i for i in range(cut, last) if tokens[i].text[:1].isalpha()]
        if not rest:
            continue
        if len(rest) == 1 and len(tokens[rest[0]].text) == 1 and last < len(tags) and \
                split_label(tags[last])[1] in NAME_LABELS:
            relabel(tags, cut, last + 1, split_label(tags[last])[1])
            continue
        tags[cut] = "B-title"
    return tags


def _after_a_possessive_name(tokens: Sequence[Token], tags: list[str], first: int) -> bool:
    """Whether a name run ending on a possessive comes right before token ``first``, or with at most three lower-case
    words (and hyphens) between (``Carr's multi-volume A History…``); the name may still be read as prose
    (``Trotsky's own account in My Life``: a capitalised word and its possessive)."""
    k = first - 1
    while k >= 0 and first - k <= 5 and tags[k] == "prose" and (tokens[k].text.islower() or tokens[k].text == "-"):
        k -= 1
    return k >= 0 and bool(POSSESSIVE_END.search(tokens[k].text)) and (
        split_label(tags[k])[1] in NAME_LABELS or tags[k] == "prose" and tokens[k].text[:1].isupper())


#: The English small words a title in title case prints in lower case.
_TITLE_CASE_SMALL = frozenset("a an the of and or in on at to for by from with".split())


@needs(any_tag("B-title"), any_mark("'", "’"))
def rule_verb_after_a_title_case_run_is_prose(text: str, tokens: Sequence[Token], tags: list[str],
                                              italic_spans: Sequence[tuple[int, int]] = ()) -> list[str]:
    """``Serge's Memoirs remain the best account``, ``Carr's History of Soviet Russia remains …``: in an unquoted title
    run outside italics after a possessive name run (:func:`_after_a_possessive_name`: the sentence's subject is the
    author's work), a lower-case
    finite verb (``verbs`` dictionary) after words in title case only (each capitalised or an English small word, one
    at least capitalised; a plural verb counts by its singular, ``remain`` by ``remains``) opens the sentence's prose: the
    run ends before it, the verb and the rest of the run are prose. So does ``and`` before another possessive name and a
    lower-case word (``Trotsky's The Revolution Betrayed and Deutscher's biography of him``): another's work in prose."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or tokens[first].text in _QUOTES or not _after_a_possessive_name(tokens, tags, first) \
                or any(s < tokens[last - 1].end and tokens[first].start < e for s, e in italic_spans):
            continue
        verb = next((i for i in range(first + 1, last) if tokens[i].text.islower() and tokens[i].text not in _TITLE_CASE_SMALL),
                    None)
        if verb is not None and _another_possessive_after_and(tokens, verb - 2):
            verb -= 2  # "Trotsky's The Revolution Betrayed and Deutscher's biography of him": another's work, in prose
        elif verb is None or not _finite_verb(tokens[verb].text):
            continue
        if not any(capitalised_word(t.text, 1) for t in tokens[first:verb]) \
                or not all(t.text[:1].isupper() or t.text in _TITLE_CASE_SMALL or not t.text[:1].isalnum() for t in tokens[first:verb]):
            continue
        out = out or list(tags)
        out[verb:last] = ["prose"] * (last - verb)
    return out or tags


#: Lower-case words that open an English clause, not a title's words (``…, the bureaucracy devours …``).
_CLAUSE_OPENERS = frozenset("the a an this that these those his her its their which who whose he she it they we".split())


@needs(any_tag("B-title"), any_mark(","), any_written(_CLAUSE_OPENERS))
def rule_lower_case_clause_after_a_title_case_run_is_prose(text: str, tokens: Sequence[Token], tags: list[str],
                                                           italic_spans: Sequence[tuple[int, int]] = ()) -> list[str]:
    """``As Trotsky wrote in The Revolution Betrayed, the bureaucracy …``: an unquoted title run outside italics whose
    words before a comma are in title case (two capitalised words at least, every word capitalised or an English small
    word) and whose words after it are all in lower case, opening on an English determiner or pronoun
    (:data:`_CLAUSE_OPENERS`) or a finite verb (``…, in his Memoirs of a Revolutionary, remains the fullest``), ends
    before the comma: the sentence goes on in prose. A title in sentence case
    (``The evolution of the Labour party, 1910–1924``) has no title case to break."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or tokens[first].text in _QUOTES \
                or any(s < tokens[last - 1].end and tokens[first].start < e for s, e in italic_spans):
            continue
        comma = next((i for i in range(first + 2, last - 2) if tokens[i].text == ","), None)
        if comma is None:
            continue
        opener = tokens[comma + 1].text
        if opener not in _CLAUSE_OPENERS and not (len(opener) > 2 and _finite_verb(opener) and any(
                t.text in _CLAUSE_OPENERS for t in tokens[comma + 2:last])):
            continue  # a verb opens English prose when a determiner or pronoun follows it ("remains the fullest")
        before, after = tokens[first:comma], tokens[comma + 1:last]
        words_before = [t.text for t in before if t.text[:1].isalpha()]
        if sum(w[:1].isupper() and w.lower() not in _TITLE_CASE_SMALL for w in words_before) < 2 \
                or not all(w[:1].isupper() or w in _TITLE_CASE_SMALL for w in words_before) \
                or not all(t.text.islower() or not t.text[:1].isalpha() for t in after):
            continue
        out = out or list(tags)
        out[comma:last] = ["prose"] * (last - comma)
    return out or tags


def _another_possessive_after_and(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is ``and`` and the next a capitalised possessive name (``and Deutscher's``)."""
    return i > 0 and tokens[i].text == "and" and tokens[i + 1].text[:1].isupper() \
        and tokens[i + 1].text.endswith(("'s", "’s")) and len(tokens[i + 1].text) > 3


#: Lower-case words a run read as a title may open on before the capitalised cite they lead to: function words,
#: the ``with`` of a comparison (``Compare A, Title, 12, with B. Name, Title``) and a possessive determiner, its
#: author's (``see also her On the Edge of Revolution``) or the note's writer's own (``See my Soviet Trade Unions``).
#: Words singling out the works named after them (``the writings of Fred Moseley, including Money and Totality``).
_SINGLING_OUT = frozenset({"including", "especially", "notably", "particularly", "namely", "chiefly", "mainly", "esp."})
_OPENING_LINKS = FUNCTION_WORDS | {"with", "my", "our"} | THEIR_WORDS | _SINGLING_OUT


#: Lower-case words after which a capitalised small word opens a title (``see his In Defense…``).
_PROSE_BEFORE_A_TITLE = THEIR_WORDS | frozenset({"see", "also", "cf", "in", "and", "or", "of", "his", "her", "their"})


@needs(any_folded(_PROSE_BEFORE_A_TITLE), any_folded(FUNCTION_WORDS), any_tag("B-title"))
def rule_capitalised_small_word_opens_the_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``see his In Defense of Marxism (…)``: a capitalised small word (``In``, ``On``, ``The``) left as prose in
    the middle of a sentence, right before a title run, is that title's first word (prose capitalises it only
    at a sentence's start)."""
    tags = list(tags)
    for i in range(1, len(tokens) - 1):
        word = tokens[i].text
        if tags[i] != "prose" or tags[i + 1] != "B-title" or not word[:1].isupper() or fold(word) not in FUNCTION_WORDS \
                or tokens[i - 1].text in (".", "?", "!", ":", ";", "(", "[") or tokens[i - 1].text in OPENING_QUOTES:
            continue
        if tokens[i - 1].text[:1].isupper() or fold(tokens[i - 1].text) not in _PROSE_BEFORE_A_TITLE:
            continue  # only after a lower-case word of a lead-in or a possessive ("see", "his"): not "Paris, Le …"
        tags[i], tags[i + 1] = "B-title", "I-title"
    return tags


def _abbreviated_words(tokens: Sequence[Token], words: list[int]) -> bool:
    """Whether most of the words at ``words`` (three or more) are cut short: a full stop right after them."""
    cut = sum(i + 1 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 1].start == tokens[i].end for i in words)
    return len(words) >= 3 and cut * 3 >= len(words) * 2


@needs(any_tag(TITLE_TAGS))
def rule_title_opens_on_a_capital(text: str, tokens: Sequence[Token], tags: list[str],
                                  italic_spans: Sequence[tuple[int, int]] = ()) -> list[str]:
    """A title outside quotes and italics opens on a capital or a digit: leading lower-case function
    words (``the``) are prose, and a run whose lower-case opening holds a content word (``the
    congresses of Trotsky's Fourth International``) is prose as a whole, or up to a semicolon after
    which it goes on with a capital (``see notes 2 and 6; Message from the President…``); before a quotation
    mark only the lower-case words are prose (``my 'The Contradictions of…'``). A part of the
    book named before it (``introduction to Coastal Histories``, ``foreword to``) is a note, the rest the title. A
    run opening on one or two lower-case words that are no English words, then a capitalised one, between an author
    and a pinpoint stays a title (``Balth. Bekker, bezauberte Welt, Buch IV. Cap. 30``: German titles may leave their
    article out), and so does one of words cut short after an author (``Le Brun, hist. crit. des prat. superst.``), and
    a Latin one opening on ``de`` after an author (``Avanzini, de constitutionibus apostolicae sedis``), and a title
    all in lower case between an author and the bracket of its imprint (``Antin, talking at the boundaries (New York:``)."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or tokens[first].text in _QUOTES or tokens[first].text[:1].isupper():
            continue
        if any(s <= tokens[first].start < e for s, e in italic_spans):
            continue
        words = [i for i in range(first, last) if tokens[i].text[:1].isalnum()]
        if not words or not tokens[words[0]].text[:1].isalpha() or not tokens[words[0]].text[:1].islower():
            continue
        if _reviews(tokens, words[0]):
            continue  # "review of Lenin Rediscovered": a review's title (rule_review_names_the_book_and_its_author)
        head = []
        for i in words:
            if not tokens[i].text[:1].islower():
                break
            head.append(i)
        if len(head) == len(words) and len(words) <= 2:
            continue  # a short lower-case run ("ibid"-like or sentence case): left to the model
        if len(head) <= 2 and not any(fold(tokens[i].text) in WORDS for i in head) \
                and _between_an_author_and_a_pinpoint(tokens, tags, first, last):
            continue  # "Balth. Bekker, bezauberte Welt, Buch IV.": a German title whose article is left out
        if _abbreviated_words(tokens, words) and first > 1 and tokens[first - 1].text == "," \
                and split_label(tags[first - 2])[1] in NAME_LABELS:
            continue  # "Le Brun, hist. crit. des prat. superst. Vol. I": a title cut short, word by word
        if tokens[words[0]].text == "de" and len(head) >= 3 and first > 1 and tokens[first - 1].text == "," \
                and split_label(tags[first - 2])[1] in NAME_LABELS \
                and not any(fold(tokens[i].text) in WORDS for i in head[1:]):
            continue  # "Avanzini, de constitutionibus apostolicae sedis, Romae, 1872": a Latin title, "de" and all
        if len(head) == len(words) and _between_an_author_and_its_imprint(tokens, tags, first, last):
            continue  # "Antin, talking at the boundaries (New York: New Directions, 1974)": a title in lower case
        if _item_made_for_a_work(tokens, head) and head[-1] + 1 < last and tokens[head[-1] + 1].text[:1].isupper():
            continue  # "script for Mother Art Tells Her Story": an untitled item named by what it was made for
        if _part_of_a_book(tokens, head):
            relabel(tags, first, head[-1] + 1, "note")  # "introduction to": which part of the work is cited
            if head[-1] + 1 < last:
                tags[head[-1] + 1] = "B-title"
            continue
        quoted = head[-1] + 1 < last and (tokens[head[-1] + 1].text in OPENING_QUOTES or tokens[head[-1] + 1].text == "'")
        if any(tokens[i].text.lower() not in _OPENING_LINKS for i in head) and not quoted \
                and not _writer_cue_before(tokens, head, last):
            semicolon = next((i for i in range(head[-1] + 1, last - 1) if tokens[i].text == ";"), None)
            end = last if semicolon is None or not tokens[semicolon + 1].text[:1].isupper() else semicolon + 1
            for i in range(first, end):
                tags[i] = "prose"
            if end < last:  # "notes 2 and 6; Message from the President…": the title after the semicolon
                tags[end] = "B-title"
        else:
            for i in range(first, head[-1] + 1):
                tags[i] = "prose"
            if head[-1] + 1 < last:
                tags[head[-1] + 1] = "B-title"
    return tags


def _between_an_author_and_its_imprint(tokens: Sequence[Token], tags: list[str], first: int, last: int) -> bool:
    """Whether the run [first, last) stands alone between a name's run and its comma and the bracket of an imprint
    (``Antin, talking at the boundaries (New York: …``): the cite's only title, whatever its case."""
    return first > 1 and tokens[first - 1].text == "," and split_label(tags[first - 2])[1] in NAME_LABELS \
        and last + 1 < len(tokens) and tokens[last].text == "(" and split_label(tags[last])[1] in ("location", "publisher")


#: Words ending a lower-case run right before the title of a work someone wrote (``…, author of Memoirs of a
#: Revolutionary``, ``who later wrote The God That Failed``).
_WRITER_NOUNS = frozenset({"author", "editor", "translator", "compiler", "auteur", "autor", "verfasser"})
_WRITER_VERBS = frozenset({"wrote", "published", "edited", "translated", "écrivit", "schrieb"})


def _writer_cue_before(tokens: Sequence[Token], head: list[int], last: int) -> bool:
    """Whether the lower-case words ``head`` of a title run end on a cue to what someone wrote (``author of``,
    ``wrote``), a capitalised word following inside the run: only those words are prose."""
    if head[-1] + 1 >= last or not tokens[head[-1] + 1].text[:1].isupper():
        return False
    words = [tokens[i].text.lower() for i in head]
    return words[-1] in _WRITER_VERBS or len(words) >= 2 and words[-1] in ("of", "de", "von") and words[-2] in _WRITER_NOUNS


def _between_an_author_and_a_pinpoint(tokens: Sequence[Token], tags: list[str], first: int, last: int) -> bool:
    """Whether the run [first, last) comes right after an author run and its comma and right before a pinpoint
    (perhaps after a comma): the title's place in ``Tholuck, das akademische Leben…, II. S. 32``."""
    after = last + (last < len(tokens) and tokens[last].text == "," and tags[last] == "prose")
    return first >= 2 and tokens[first - 1].text == "," and split_label(tags[first - 2])[1] == "author" \
        and after < len(tags) and split_label(tags[after])[1] in ("locator", "volume", "pages")


#: The parts of a book a note may cite by name before the book's title (``introduction to``, ``foreword to``).
_BOOK_PARTS = frozenset({"introduction", "foreword", "preface", "afterword", "epilogue", "prologue"})


_PERIODICAL_NUMBERS = frozenset({"volume", "issue", "date"})


@needs(any_word("review"))
def rule_reviewed_book_after_a_title_is_a_note(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``"Lukács and His Readers," review of Rethinking Reification, ed. Ann Example, New Left Review 230``:
    after a quoted title's ``,"``, ``review of``, the book reviewed and the names of its author or editors
    describe the review (a note), up to the periodical: the first title or container run after them
    that its volume, issue or date follows. The book is no container and its editors are not the
    review's authors."""
    runs = tag_spans(tokens, tags)
    for i in range(2, len(tokens) - 2):
        if tokens[i].text.lower() != "review" or tokens[i + 1].text.lower() != "of" or tokens[i - 1].text not in "”\"" \
                or tokens[i - 2].text != "," or tokens[i - 2].end != tokens[i - 1].start:
            continue
        after = [run for run in runs if run[0] > i + 1]
        periodical = next((run for run, nxt in zip(after, after[1:]) if run[2] in ("title", "container-title")
                           and nxt[2] in _PERIODICAL_NUMBERS), None)
        if periodical is not None:
            tags = list(tags)
            relabel(tags, i, periodical[0], "note")
            relabel(tags, periodical[0], periodical[1], "container-title")
            return tags
    return tags


#: Words for an untitled item made for a work or event, named by it (``script for …``, ``program for …``).
_ITEMS_MADE_FOR = frozenset({"script", "screenplay", "transcript", "typescript", "draft", "notes", "program", "programme",
                             "brochure", "flyer", "leaflet", "poster", "proposal", "score", "storyboard", "treatment"})


def _item_made_for_a_work(tokens: Sequence[Token], head: list[int]) -> bool:
    """Whether the lower-case words ``head`` name an untitled item by the work it was made for: ``script for``,
    ``program for``, ``transcript of``."""
    return len(head) == 2 and tokens[head[0]].text in _ITEMS_MADE_FOR and tokens[head[1]].text in ("for", "of")


def _part_of_a_book(tokens: Sequence[Token], head: list[int]) -> bool:
    """Whether the lower-case words ``head`` name a part of the book after them: ``introduction to``."""
    return len(head) == 2 and tokens[head[0]].text in _BOOK_PARTS and tokens[head[1]].text == "to"


@needs(any_mark(","), any_tag(_LOCATOR_TAGS))
def rule_short_title_opening_the_note(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``0 Morali, 105-7, quoted in …``, ``Memoirs, 12.``: one to six words in title case that open
    the note as prose, followed by a comma and a pinpoint, are a short title (an OCR digit such as
    ``0`` for ``O`` may open it); a capital Roman numeral ending them is the volume, it opens the pinpoint
    (``Hackluyt III, p. 45 ff.``; not a ruler's number, ``Henry VIII, 45``)."""
    tags = list(tags)
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma == 0 or comma + 1 >= len(tokens) or split_label(tags[comma + 1])[1] != "locator":
        return tags
    if any(tag != "prose" for tag in tags[:comma + 1]):
        return tags
    words = [t.text for t in tokens[:comma] if t.text[:1].isalnum()]
    if not 1 <= len(words) <= 6 or len(words) != comma:
        return tags
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    opening = words[0][:1].isupper() or (words[0].isdigit() and len(words) > 1 and words[1][:1].isupper())
    if not content or not opening or any(w[:1].islower() for w in content):
        return tags
    numeral = comma - 1  # "Hackluyt III, p. 45 ff.": a volume before the pinpoint, no ruler's number
    if comma >= 2 and ROMAN_NUMERAL.fullmatch(tokens[numeral].text) and tokens[numeral].text.isupper() \
            and not regnal_number(tokens, numeral):
        relabel(tags, 0, numeral, "title")
        end = comma + 2
        while end < len(tags) and tags[end] == "I-locator":
            end += 1
        relabel(tags, numeral, end, "locator")
        return tags
    relabel(tags, 0, comma + 1, "title")
    return tags


#: Lower-case words that open the list of those who took part in a discussion after its quoted title.
_PARTICIPANT_WORDS = frozenset({"with", "featuring", "moderated"})
#: Words that open a container after a quoted title (``“Title” in Periodical``).
_CONTAINER_WORDS = frozenset({"in", "dans", "en", "im"})


#: Marks that open a quoted title (a straight single quote only after a comma, see :func:`_quote_swallowed_by_names`).
_TITLE_QUOTES = OPENING_QUOTES | {"'"}


@needs(any_written(OPENING_QUOTES), any_tag(AUTHOR_TAGS), any_mark("("))
def rule_quotation_between_a_name_and_its_imprint_is_the_title(text: str, tokens: Sequence[Token],
                                                                tags: list[str]) -> list[str]:
    """``Ellen Wilkinson MP “The town that was murdered” Victor Gollancz (1939) pp205-206``: a quotation of two words or
    more left as prose right after an author run, before a name run and a bracketed year (a publisher and its year,
    the note's only punctuation), is the title; the name run is the publisher."""
    out = None
    runs = tag_spans(tokens, tags)  # (prose is no run: the quotation lies between two runs)
    for (_first, last, label), (start, end, next_label) in zip(runs, runs[1:]):
        if label != "author" or next_label not in ("author", "publisher") or tokens[last].text not in OPENING_QUOTES \
                or start - last < 4 or tokens[start - 1].text != QUOTE_PAIRS.get(tokens[last].text) \
                or any(tag != "prose" for tag in tags[last:start]) or end + 1 >= len(tokens) \
                or tokens[end].text != "(" or not YEAR.fullmatch(tokens[end + 1].text):
            continue
        out = out or list(tags)
        relabel(out, last, start, "title")
        relabel(out, start, end, "publisher")
    return out or tags


@needs(any_written(OPENING_QUOTES), any_tag(_LOCATOR_TAGS))
def rule_quoted_title_case_words_before_a_pinpoint_are_its_title(text: str, tokens: Sequence[Token],
                                                                  tags: list[str]) -> list[str]:
    """``… was put ashore. "The Lives and Bloody Exploits of the Most Noted Pirates":129-130.``: a quotation of two to
    fifteen words in title case (capitalised or small words, no mark inside) left as prose at the start of a clause
    (the note's, or after a sentence's stop or a semicolon), its closing quote followed by a colon or comma and a
    locator run, is the title the pinpoint cites."""
    out = None
    for first, _last, label in tag_spans(tokens, tags):
        if label != "locator" or first < 4:
            continue
        close = first - 1 if tokens[first - 1].text not in (":", ",") else first - 2
        if tokens[close].text in (":", ","):  # '…," 45': the comma inside the quotation
            close -= 1
        pair_open = next((k for k in range(close - 1, max(close - 18, -1), -1) if tokens[k].text in OPENING_QUOTES), None)
        if pair_open is None or QUOTE_PAIRS.get(tokens[pair_open].text) != tokens[close].text:
            continue
        words = [t.text for t in tokens[pair_open + 1:close] if t.text not in (",",)]
        if not 2 <= len(words) <= 15 or not all(w[:1].isupper() or w in FUNCTION_WORDS for w in words) \
                or not words[0][:1].isupper() or any(tags[k] != "prose" for k in range(pair_open, close + 1)) \
                or pair_open and tokens[pair_open - 1].text not in (".", "?", "!", ";", "—", "–"):
            continue
        out = out or list(tags)
        relabel(out, pair_open, close + 1, "title")
    return out or tags


@needs(any_written(OPENING_QUOTES), any_tag(TITLE_TAGS))
def rule_title_opening_inside_a_quotation_opens_at_its_quote(text: str, tokens: Sequence[Token],
                                                               tags: list[str]) -> list[str]:
    """``…carrying off slaves. "The Lives and`` + ``Bloody Exploits of the Most Noted Pirates":177-183``: a title run
    that opens inside a quotation, whose opening quote and first words (one to five, capitalised or small words, no
    mark) the tagger left as prose, and that holds the closing quote, opens at the opening quote."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or tokens[first].text in OPENING_QUOTES:
            continue
        quote = next((k for k in range(first - 1, max(first - 7, -1), -1) if tokens[k].text in OPENING_QUOTES), None)
        if quote is None or first - quote < 2 or QUOTE_PAIRS.get(tokens[quote].text) not in [t.text for t in tokens[first:last]]:
            continue
        between = tokens[quote + 1:first]
        if any(tags[k] != "prose" for k in range(quote, first)) \
                or not all(t.text[:1].isupper() or t.text in FUNCTION_WORDS for t in between) or not between[0].text[:1].isupper():
            continue
        out = out or list(tags)
        relabel(out, quote, last, "title")
    return out or tags


@needs(any_written(_TITLE_QUOTES), any_tag(TITLE_TAGS))
def rule_quoted_title_ends_at_its_quote(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Anderson, "Antinomies," 12-15;``: a title run that opens on a quotation mark and runs on past
    the closing one into a page number ends at that quote (and the comma after it); the page is
    the pinpoint, any words after it prose. Run on past the quote into ``in`` and a capitalised
    word (``“Trente Ans…” in La Revolution Proletarienne``), it ends at the quote too: ``in`` is
    prose and the rest of the run the container (also after the piece's year: ``"…," 1933, in Writings of Leon
    Trotsky``); into ``with`` after the quote's comma (a roundtable's
    participants), the rest is a note. A year followed by words is no page (``"Bias," 2023
    IEEE Conference``: it opens the run after it). Ended before its closing quote (straight single
    quotes too: ``'Rise of Towns,' 40``), it takes that quote back (:func:`_take_back_closing_quote`). Run on
    through three lower-case words or more into another quotation, it is two titles and the prose between them. Run
    on into words opening on a capital and a volume number that end it, it ends at the quote: the words are the
    periodical, the number its volume (``"Lope se despide …”." Anuario Lope de Vega 26, (2020)``)."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or tokens[first].text not in _TITLE_QUOTES:
            continue
        pair = QUOTE_PAIRS.get(tokens[first].text, "'")
        close = next((i for i in range(first + 1, last) if tokens[i].text == pair), None)
        if close is None:
            _take_back_closing_quote(tokens, tags, last, pair)
            continue
        if pair == "'":
            continue  # a straight single quote inside the run may be an apostrophe ("Towns' Fall"): not cut there
        end = close + 1
        while end < last and tokens[end].text in (",", ".", ":"):
            end += 1
        if end + 1 < last and tokens[end].text.lower() in _CONTAINER_WORDS \
                and (tokens[end + 1].text[:1].isupper() or _year_heading_a_title(tokens, end + 1)) \
                and fold(tokens[end + 1].text) not in load("ibid"):
            tags[end] = "prose"  # "“Trente Ans…” in La Revolution Proletarienne": the periodical after "in"
            relabel(tags, end + 1, last, "container-title")
            continue
        if end < last and "," in (tokens[close - 1].text, tokens[end - 1].text) and tokens[end].text in _PARTICIPANT_WORDS:
            relabel(tags, end, last, "note")  # '"A Roundtable," with Ann Lee and Tom Pell': who took part
            continue
        if end < last and "," in (tokens[close - 1].text, tokens[end - 1].text) and tokens[end].text[:1].isupper() \
                and tokens[end].text.isalpha() and _book_imprint_opens(tokens, tags, last):
            # '"The Class Nature of the Soviet State," Writings of Leon Trotsky (New York: Pathfinder, 1972)': the
            # book the piece is printed in, before that book's imprint
            relabel(tags, end, last, "container-title")
            continue
        again = next((i for i in range(end, last) if tokens[i].text == tokens[first].text), None)
        if again is not None and sum(tokens[i].text.isalpha() and tokens[i].text.islower() for i in range(end, again)) >= 3:
            # "»Der deutsche Volksaberglaube …« und bezüglich der Schweiz in der Schrift des Pfarrers Thellung in Biel:
            # »Der Aberglaube …«": two quoted titles and the prose between them
            tags[end:again] = ["prose"] * (again - end)
            open_run(tags, again)
            continue
        number = last - (tokens[last - 1].text == ",") - 1
        if end < number and tokens[end].text[:1].isupper() and re.fullmatch(r"\d{1,3}", tokens[number].text) \
                and all(tokens[i].text.isalpha() for i in range(end, number)):
            relabel(tags, end, number, "container-title")  # '"Lope se despide …”." Anuario Lope de Vega 26,': its periodical
            relabel(tags, number, last, "volume")
            continue
        if end + 3 < last and YEAR.fullmatch(tokens[end].text) and tokens[end + 1].text == "," \
                and tokens[end + 2].text.lower() in _CONTAINER_WORDS and tokens[end + 3].text[:1].isupper():
            # '"The Soviet Union and the Fourth International," 1933, in Writings of Leon Trotsky (1933–34)': the
            # piece's year, then the book it is printed in
            relabel(tags, end, end + 2, "date")
            tags[end + 2] = "prose"
            relabel(tags, end + 3, last, "container-title")
            continue
        if end >= last or not re.fullmatch(r"\d+|[ivxlc]+", tokens[end].text):
            continue  # only a page after the quote is cut off ("“Like” and language ideology" is one title)
        if YEAR.fullmatch(tokens[end].text) and end + 1 < len(tokens) and tokens[end + 1].text[:1].isalpha():
            if end + 1 == last and tags[last].startswith("B-"):  # '"Bias," 2023 IEEE Conference': the year opens it
                relabel(tags, end, last + 1, tags[last][2:])
            continue
        pinpoint = True
        for i in range(end, last):
            if pinpoint and (tokens[i].text[:1].isdigit() or tokens[i].text in ("-", "–", ",")
                             or re.fullmatch(r"[ivxlc]+", tokens[i].text)):
                tags[i] = ("B-" if i == end else "I-") + "locator"
            else:
                pinpoint = False
                tags[i] = "prose"
    return tags


def _book_imprint_opens(tokens: Sequence[Token], tags: Sequence[str], k: int) -> bool:
    """Whether a book's imprint opens at token ``k``: a bracket (:func:`~.words.opens_an_imprint`) that names a place
    or a publisher before it closes (not a periodical's bracketed year)."""
    if not opens_an_imprint(tokens, tags, k):
        return False
    close = next((i for i in range(k + 1, len(tokens)) if tokens[i].text == ")"), len(tokens))
    return any(split_label(tag)[1] in ("location", "publisher") for tag in tags[k:close])


def _year_heading_a_title(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a year and a colon heading a title (``1917: Before and After``)."""
    return k + 2 < len(tokens) and YEAR.fullmatch(tokens[k].text) is not None and tokens[k + 1].text == ":" \
        and tokens[k + 2].text[:1].isupper()


#: How many words a quoted title run may have left as prose before its closing quote (``"Sozialismus`` + ``in Frankreich"``).
_QUOTE_REACH = 6
#: How many words read as a title or container may run on before the closing quote of a quoted title run.
_QUOTE_REACH_READ = 20


def _take_back_closing_quote(tokens: Sequence[Token], tags: list[str], nxt: int, pair: str) -> None:
    """In place: ``Smith, "Rise of Towns," 40.``: the closing quote right after a quoted title run
    that holds no closing quote of its own (a straight ``"`` reads as opening the next run) joins
    the title; the run it opened (``" 40.`` as a locator) now opens on the token after it. Words the
    run left as prose before its closing quote (``"Reformistischer Sozialismus`` + ``in Frankreich",``)
    join it too; so do words the tagger read as a container before the closing quote (``"Special`` + ``Message
    to the Congress on Indian Affairs,"``), up to :data:`_QUOTE_REACH_READ` tokens; before a curly closing quote, words
    read as prose and as a container alike (``“Historians Criticize … ‘Deletions’`` + ``in`` + ``Its Record …,”``)."""
    close = next((j for j in range(nxt, min(len(tokens), nxt + _QUOTE_REACH_READ + 1)) if tokens[j].text == pair), None)
    if close is None:
        return
    if all(tags[j] == "prose" and tokens[j].text[:1].isalnum() for j in range(nxt, close)):
        if close - nxt > _QUOTE_REACH:
            return
    elif pair == "”":  # a curly closing quote pairs for sure: the words before it, however read, are the title's
        if any(split_label(tags[j])[1] not in ("title", "container-title", "prose") or tokens[j].text == "“"
               for j in range(nxt, close)):
            return
    elif not all(split_label(tags[j])[1] in ("title", "container-title")
                 and (tokens[j].text[:1].isalnum() or j == close - 1 and tokens[j].text in ",.?!") for j in range(nxt, close)):
        return
    opened = tags[close]
    relabel(tags, nxt, close + 1, "title", continues=True)
    if opened.startswith("B-") and close + 1 < len(tags) and tags[close + 1] == "I-" + opened[2:]:
        tags[close + 1] = opened


#: Words that join a second work of the same writer to the first (``p. 421 und "Die schwedischen Reichstagswahlen"``).
_AND_WORDS = frozenset({"and", "und", "et", "y", "e", "sowie"})
#: Articles and prepositions with their article glued in, before a capitalised noun (``im Rechte``, ``zur Geschichte``).
_ARTICLES_AND_CONTRACTIONS = frozenset({"im", "am", "zum", "zur", "vom", "beim", "ins", "der", "die", "das", "des", "dem",
                                        "den", "du", "au", "aux", "le", "la", "les", "the"})


def _closed_title_quote(tokens: Sequence[Token], tags: Sequence[str], opening: int) -> int | None:
    """The closing mark of a quotation opening at token ``opening`` that reads as a title: a capital after the mark,
    at most twenty tokens, all left as prose (or read as a note); None otherwise."""
    if opening + 2 >= len(tokens) or tokens[opening].text not in OPENING_QUOTES or tags[opening] != "prose" \
            or not tokens[opening + 1].text[:1].isupper():
        return None
    close = closing_quote(tokens, opening, 22)
    if close is None or any(split_label(tags[i])[1] not in ("prose", "note") for i in range(opening, close + 1)) \
            or tokens[close - 1].text in ".!":
        return None  # (a sentence quoted: its stop inside the marks)
    return close


def _hyphenated_name_start(tokens: Sequence[Token], last: int) -> int:
    """Where a name whose last word is token ``last`` opens over hyphens glued to its words (``Roland-Holst``)."""
    first = last
    while first >= 2 and tokens[first - 1].text == "-" and tokens[first - 1].start == tokens[first - 2].end \
            and tokens[first].start == tokens[first - 1].end:
        first -= 2
    return first


def _bare_name_before(tokens: Sequence[Token], tags: Sequence[str], k: int) -> int | None:
    """Where a one-word name (``Branting``, ``Roland-Holst``) ending at token ``k - 1`` opens, when it is left as prose
    and stands after a bracket, a semicolon, a colon, a citing word or the note's start; None otherwise."""
    first = _hyphenated_name_start(tokens, k - 1)
    if first < 0 or any(tags[i] != "prose" for i in range(first, k)) or not capitalised_word(tokens[first].text, 3) \
            or fold(tokens[first].text) in load("stopwords") or tokens[first].text.lower() in FUNCTION_WORDS \
            or is_known_place(tokens[first].text):
        return None
    before = tokens[first - 1].text if first else ""
    if first and before not in "(;:" and not lead_word(before) and not (before == "." and first >= 2
                                                                         and lead_word(tokens[first - 2].text)):
        return None
    return first


@needs(any_written(OPENING_QUOTES))
def rule_bare_name_and_quoted_title_left_as_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(vgl. Branting, "Die Generalstreikprobe in Schweden", p. 422)``, ``rühmt Branting ("Die schwedischen
    Reichstagswahlen")``, ``p. 421 und "Die schwedischen Reichstagswahlen", p. 54``: a quotation that reads as a title
    (:func:`_closed_title_quote`) the tagger left as prose is a cite's title after a one-word name and its comma (the
    name after a bracket, a semicolon or a citing word: :func:`_bare_name_before`), after a name (no article or
    preposition before it: ``Der Zweck im Rechte ("Purpose in Law")`` translates a title) and an opening bracket, or
    after ``and`` right after a cite's pinpoint (the same writer's next work)."""
    out = None
    for k in range(1, len(tokens) - 2):
        if tokens[k].text not in OPENING_QUOTES:
            continue
        tag_list = out or tags
        close = _closed_title_quote(tokens, tag_list, k)
        if close is None:
            continue
        before = tokens[k - 1].text
        if before in ",(" and k >= 2:
            name = _bare_name_before(tokens, tag_list, k - 1) if before == "," else None
            if before == "(" and tag_list[k - 2] == "prose" and capitalised_word(tokens[k - 2].text, 3) \
                    and fold(tokens[k - 2].text) not in load("stopwords") and not is_known_place(tokens[k - 2].text) \
                    and (k < 3 or tokens[k - 3].text.lower() not in FUNCTION_WORDS | _ARTICLES_AND_CONTRACTIONS):
                name = _hyphenated_name_start(tokens, k - 2)
            if name is None:
                continue
            out = out or list(tags)
            relabel(out, name, k - 1, "author")
            relabel(out, k, close + 1, "title")
        elif before.lower() in _AND_WORDS and k >= 2 and split_label(tag_list[k - 2])[1] in ("locator", "pages") \
                and tag_list[k - 1] == "prose":
            out = out or list(tags)
            relabel(out, k, close + 1, "title")
    return out or tags


#: What a quoted title after a name's comma cannot do without: the comma right before the quotation mark.
_COMMA_BEFORE_A_QUOTE = re.compile(r",\s*[“‘«»„\"']")


@needs(any_written(_TITLE_QUOTES), any_mark(","), any_match(_COMMA_BEFORE_A_QUOTE), any_tag(NAME_TAGS))
def rule_quoted_title_after_a_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Albert Thomas, "Achtung! vor der 'direkten Aktion'".``, ``Deville, "Revolutionärer und reformistischer
    Sozialismus", p. 26``: a quotation right after a name run and its comma, left as prose to its closing
    mark, is the title of that name's work; so is one the name run swallowed after a comma (``Tobler, W.R.,
    'A Computer Movie…', Economic Geography``, straight single quotes included)."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label not in NAME_LABELS:
            continue
        if _quote_swallowed_by_names(tokens, tags, first, last):
            continue
        opening = last + (last < len(tokens) and tokens[last].text == "," and tags[last] == "prose")
        if tokens[last - 1].text != "," and opening == last or opening >= len(tokens) \
                or tokens[opening].text not in OPENING_QUOTES or tags[opening] != "prose":
            continue
        pair = QUOTE_PAIRS[tokens[opening].text]
        close = next((i for i in range(opening + 1, min(len(tokens), opening + 40)) if tokens[i].text == pair), None)
        if close is None or close == opening + 1 or any(tags[i] != "prose" for i in range(opening, close + 1)):
            continue
        relabel(tags, opening, close + 1, "title")
    return tags


#: Verbs that report speech (``"…," one veteran told the author``): a quotation before them is words spoken.
_SPEECH_VERBS = frozenset("said says told tells recalled recalls remembered remarked declared insisted complained "
                          "explained replied asked added exclaimed "
                          "sagt sagte sagst schreibt schrieb schreibst ruft rief rufst fragt fragte antwortet antwortete "
                          "erklärt erklärte meint meinte fährt fuhr "
                          "dit disait écrit écrivait répond répondit demande ajoute s'écrie".split())
#: Words that announce the title that follows them in quotes (``under the title:``, ``entitled``, ``unter dem Titel:``).
_TITLE_CUES = frozenset("title titled entitled intitulé intitulée titre titel betitelt título titulado titolo intitolato".split())
#: What comes right before a quotation that is a title: a title cue (and its colon or comma) or a possessive name,
#: perhaps with one or two lower-case words ending on a noun for a work (``Lukács's essay``, ``Lenin's famous
#: pamphlet``: :data:`_QUOTED_WORK_NOUNS`).
_BEFORE_A_QUOTED_TITLE = re.compile(r"(?:\b(?P<noun>[^\W\d_]+)\s+(?:von|by|de)\s+(?P<name>[A-Z][^\W\d_]*(?:\s+[A-Z][^\W\d_]*)?)\s*[:,]?"
                                    r"|\b(?P<cue>[^\W\d_]+)\s*[:,]?"
                                    r"|\b[A-Z][^\W\d_]*(?:['’]s|(?<=s)['’])(?P<words>(?:\s+[a-z]+){0,2}),?)\s*$")
_QUOTED_WORK_NOUNS = _WORK_NOUNS | frozenset("article articles paper speech lecture review chapter report letter".split())
#: German nouns for a whole work (``in der Schrift „…”``, ``in seiner Leipziger Rede „…”``): German capitalises every
#: noun, so the quotation after one need only open on a capital, not be in title case (``„Was nun?”``).
_GERMAN_WORK_NOUN_CUES = frozenset("schrift werk buch abhandlung aufsatz rede broschüre vortrag artikel drama gedicht "
                                   "flugschrift streitschrift denkschrift studie".split())
#: Nouns for a whole work that announce its title in quotes right after them (``in his famous essay "…"``,
#: ``in der Schrift »…«``, ``son ouvrage « … »``): a title in title case whatever the tagger read in it.
_WORK_NOUN_CUES = (_QUOTED_WORK_NOUNS | _GERMAN_WORK_NOUN_CUES
                   | frozenset("monograph ouvrage étude brochure discours conférence drame poème "
                               "obra libro ensayo folleto discurso artículo novela".split())) - frozenset({"chapter", "review"})
#: Possessive determiners right before a quoted title (``in seinem »…«``, ``his "…"``); not ``son``, an English noun too.
_DETERMINER_CUES = THEIR_WORDS - {"son"}


#: Nouns for a part of a work (``a chapter entitled “…”``): the title they announce is no work's own.
_PART_NOUNS = frozenset("chapter chapters section part book appendix kapitel abschnitt teil chapitre partie capítulo "
                        "capitulo sección parte".split())
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def _after_a_part_noun(text: str, end: int) -> bool:
    """Whether the word that ends right before offset ``end`` of ``text`` (a title cue's start) names a part
    of a work (:data:`_PART_NOUNS`)."""
    word = _LAST_WORD.search(text, max(0, end - 30), end)
    return word is not None and word.group(1).lower() in _PART_NOUNS


def _title_cased(words: list[str]) -> bool:
    """Whether ``words`` (two at least) open on a capital and have at least two thirds of their words
    outside the stopwords capitalised: a title, not a sentence quoted."""
    content = [w for w in words if fold(w) not in load("stopwords")]
    return len(words) >= 2 and words[0][:1].isupper() and bool(content) \
        and 3 * sum(w[:1].isupper() for w in content) >= 2 * len(content)


#: The words that a :data:`_BEFORE_A_QUOTED_TITLE` cue before a quoted title may be (lower-cased).
_CUE_WORDS = tuple(_TITLE_CUES | _WORK_NOUN_CUES | _DETERMINER_CUES)


def _may_end_a_cue(tokens: Sequence[Token], i: int) -> bool:
    """Whether the tokens before the quotation mark at token ``i`` (a colon or comma right before it aside) may end
    what :data:`_BEFORE_A_QUOTED_TITLE` finds there and the rule takes: a word ending on one of :data:`_CUE_WORDS`
    (whatever case), ``von``, ``by`` or ``de`` one or two words back (a noun for a work, ``by`` and a name), or a
    possessive (``'s``, or an apostrophe) up to two words back."""
    j = i - 1 - (i > 0 and tokens[i - 1].text in (":", ","))
    if j < 0:
        return False
    return tokens[j].text.lower().endswith(_CUE_WORDS) \
        or any(tokens[k].text in ("von", "by", "de") for k in (j - 1, j - 2) if k >= 0) \
        or any(tokens[k].text.endswith(("'s", "’s")) or tokens[k].text in ("'", "’") for k in (j, j - 1, j - 2) if k >= 0)


@needs(any_written(OPENING_QUOTES))
def rule_quoted_title_after_a_cue(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``published a pamphlet under the title: “Britain Independent of Commerce.”``, ``an article, entitled
    "Das Gewerbe in Georgien"``, ``Lassalle's "System of Acquired Rights" argues``, ``Lukács's essay "Reification
    and the Consciousness of the Proletariat"``, ``note to Berri’s
    “Meditazioni sulla Economia Politica,” p. 196``: a quotation in title case (:func:`_title_cased`), left
    as prose to its closing mark, right after a word that announces a title (``title``, ``entitled``,
    ``Titel``, ``intitulé``…, perhaps with a colon or comma) or after a possessive name, is a title. After a
    word that announces a title (not a part's: ``a chapter entitled``, :func:`_after_a_part_noun`) the
    quotation is the title in any case and whatever the tagger read in it (``unter dem Titel: »Kurtze
    Lehr-Sätze von dem Laster der Zauberey…«``, German marks too), unless the tagger read a title from its
    mark on (``entitled "Succinct Genealogies, by Robert Halstead"``: its author stays). Right after a noun
    for a work (``in his famous essay "…"``, ``in der Schrift »…«``: :data:`_WORK_NOUN_CUES`, whatever the
    tagger read in it) or a possessive determiner with no mark between (``in seinem »…«``, ``his "…"``:
    :data:`_DETERMINER_CUES`, left as prose), a quotation in title case is a title, German marks too; right after a
    noun for a work, so is a quotation of one capitalised word (``Adorno's essay “Resignation”``)."""
    words = lowered_words(tokens)
    if _TITLE_CUES.isdisjoint(words) and "'s" not in text and "’s" not in text and "s'" not in text and "s’" not in text \
            and _WORK_NOUN_CUES.isdisjoint(words) and _DETERMINER_CUES.isdisjoint(words):
        return tags  # neither a title cue, a work noun, a possessive nor "his"/"seinem"…
    quotes = [i for i, token in enumerate(tokens[:-2]) if token.text in OPENING_QUOTES]
    if not any(_may_end_a_cue(tokens, i) for i in quotes):
        return tags  # no mark right after a word ending on a cue, a name after "by" (…) or a possessive
    tags = list(tags)
    for i in quotes:
        token = tokens[i]
        if "B-title" in (tags[i], tags[i + 1]):
            continue  # (a title the model read from the mark on is left as read, below)
        window = max(0, token.start - 60)
        preceding = text[window:token.start].rstrip()
        if not preceding or not (preceding[-1].isalnum() or preceding[-1] in ":,'’"):
            continue  # no word, colon, comma or apostrophe right before the mark: no cue ends there
        before = _BEFORE_A_QUOTED_TITLE.search(text, window, token.start)
        if before is not None and before.group("noun") is not None:  # "Broschüre von Engels „…”": the noun is the cue
            cue = before.group("noun").lower() if before.group("noun").lower() in _WORK_NOUN_CUES else "by"
        else:
            cue = before.group("cue").lower() if before is not None and before.group("cue") is not None else None
        if before is None or cue is not None and cue not in _TITLE_CUES | _WORK_NOUN_CUES | _DETERMINER_CUES \
                or cue in _DETERMINER_CUES and before.group(0).rstrip()[-1:] in ",:" \
                or before.group("words") and before.group("words").split()[-1] not in _QUOTED_WORK_NOUNS:
            continue
        cued = cue in _TITLE_CUES and not _after_a_part_noun(text, before.start())
        led = cue in _WORK_NOUN_CUES or cue in _DETERMINER_CUES  # "his essay »…«", "seinem »…«": the German mark opens too
        if tags[i] != "prose" and not cued or "B-title" in (tags[i], tags[i + 1]):
            continue  # a title the model read from the mark on is left as read ("Title, by Name")
        pair = QUOTE_PAIRS[token.text]
        close = next((j for j in range(i + 2, min(len(tokens), i + (80 if cued else 40))) if tokens[j].text == pair), None)
        if close is None:
            continue
        if not cued and (token.text not in OPENING_QUOTES and not led
                         or cue not in _WORK_NOUN_CUES and any(tags[j] != "prose" for j in range(i, close + 1))
                         or not _title_cased([t.text for t in tokens[i + 1:close] if t.text[:1].isalpha()])
                         and not (cue in _GERMAN_WORK_NOUN_CUES and tokens[i + 1].text[:1].isupper())
                         and not (close == i + 2 and _work_noun_before(cue, before) and capitalised_word(tokens[i + 1].text, 3))):
            continue
        relabel(tags, i, close + 1, "title")
        open_run(tags, close + 1)
        if cue is None and before.group("noun") is None:
            _possessive_name_is_the_author(tokens, tags, before.start(), i)
        elif before.group("noun") is not None:
            _name_after_by_is_the_author(tokens, tags, before.start("name"), i)
    return tags


def _work_noun_before(cue: str | None, before: re.Match) -> bool:
    """Whether the words before a quotation (``before``, a :data:`_BEFORE_A_QUOTED_TITLE` match, and its ``cue``) end on
    a noun for a whole work (``his essay``, ``Adorno's essay``): a one-word quotation after one is a title
    (``“Resignation”``), not a word quoted."""
    words = before.group("words")
    return cue in _WORK_NOUN_CUES or bool(words) and words.split()[-1] in _WORK_NOUN_CUES


def _name_after_by_is_the_author(tokens: Sequence[Token], tags: list[str], start: int, quote: int) -> None:
    """In place: ``einer Broschüre von Engels „…”``, ``a pamphlet by Hale, “…”``: the name between ``von``/``by``
    (from offset ``start``) and the quotation at token ``quote``, left as prose, is the quoted title's author."""
    words = [k for k in range(quote) if tokens[k].start >= start and tokens[k].text[:1].isalpha()]
    if words and all(tags[k] == "prose" for k in range(words[0], words[-1] + 1)):
        relabel(tags, words[0], words[-1] + 1, "author")


def _possessive_name_is_the_author(tokens: Sequence[Token], tags: list[str], start: int, quote: int) -> None:
    """In place: ``in Rodbertus’ „Offenem Brief”``, ``Weber's “Rise of the River Towns”``: the possessive name
    (from offset ``start`` to the quotation at token ``quote``) that the tagger read as a title is the
    quoted title's author, not the first words of one title with it."""
    first = next((k for k in range(quote) if tokens[k].start >= start), quote)
    name = [k for k in range(first, quote) if tokens[k].text[:1].isalpha()][:1]
    if name and tags[name[0]].endswith("-title"):
        k = name[0]
        relabel(tags, k, k + 1, "author")
        for j in range(k + 1, quote):  # the apostrophe (and "s") of the possessive
            tags[j] = "prose"



def _quote_swallowed_by_names(tokens: Sequence[Token], tags: list[str], first: int, last: int) -> bool:
    """Whether a quotation opening after a comma inside the name run [first, last) and closing before
    ``,``/``.``/the end (not an apostrophe) was made the title, in place (with the separators after its
    closing mark); the run after it starts anew."""
    for i in range(first + 2, min(last, len(tokens) - 1)):
        if tokens[i - 1].text != "," or tokens[i].text not in _TITLE_QUOTES or not tokens[i + 1].text[:1].isupper():
            continue
        pair = QUOTE_PAIRS.get(tokens[i].text, "'")
        close = next((j for j in range(i + 2, min(len(tokens), i + 60)) if tokens[j].text == pair
                      and (j + 1 == len(tokens) or not tokens[j + 1].text[:1].isalnum())), None)
        if close is None:
            return False
        relabel(tags, i, close + 1, "title")
        _end_title_run(tokens, tags, close + 1)
        return True
    return False


@needs(any_tag(TITLE_TAGS), any_tag(_IMPRINT_NAME_TAGS), any_mark(","))
def rule_full_name_read_as_title_before_a_book(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``; Luke Harding,`` + ``The Snowden Files: The Inside Story…`` + ``(London: Guardian Faber…``: a
    title run that is a full name in natural order (:func:`_full_name_in_natural_order`) and its comma,
    opening the note or a cite after ``;`` or ``; and`` (or after a prose ``in`` with no title before it: ``the essays
    collected in Ernest Mandel, Revolutionary Marxism Today (…)``), right before a container run that goes straight on into its
    imprint (a place or publisher run), is the author of a book: author and title. So is a full name and
    its comma opening a title run that goes straight on into its imprint (``; Priya Kandaswamy, Domestic
    Contradictions: Race… (Duke University Press, 2021)``), and a given name read as the whole author
    when its family name and comma open that title run (``; and Priya`` + ``Kandaswamy, Domestic…``)."""
    runs = tag_spans(tokens, tags)
    tags = list(tags)
    given = load("given_names")
    for j in range(len(runs) - 1):
        (f1, l1, lab1), (f2, l2, lab2) = runs[j], runs[j + 1]
        if lab1 != "title" or l1 != f2 or f1 > 0 and not _opens_a_listed_cite(tokens, f1) \
                and not (tokens[f1 - 1].text == "in" and tags[f1 - 1] == "prose"
                         and not any(label in ("title", "container-title") for _, _, label in runs[:j])):
            continue
        any_given = f1 > 0 and any(label == "author" for _, _, label in runs[:j])
        if lab2 == "container-title" and j + 2 < len(runs) and runs[j + 2][2] in ("location", "publisher") \
                and l2 == runs[j + 2][0] and 3 <= l1 - f1 <= 5 and tokens[l1 - 1].text == "," \
                and _full_name_in_natural_order(tokens[f1:l1 - 1], given, any_given):
            relabel(tags, f1, l1, "author")
            relabel(tags, f2, l2, "title")
        elif lab2 in ("location", "publisher"):
            comma = next((k for k in range(f1 + 2, min(f1 + 5, l1 - 2)) if tokens[k].text == ","), None)
            if comma is not None and _full_name_in_natural_order(tokens[f1:comma], given, any_given):
                relabel(tags, f1, comma + 1, "author")
                relabel(tags, comma + 1, l1, "title")
    for j in range(len(runs) - 2):  # "; and Priya" + "Kandaswamy, Domestic Contradictions…" + "(Duke…"
        (f1, l1, lab1), (f2, l2, lab2), (f3, _, lab3) = runs[j], runs[j + 1], runs[j + 2]
        if lab1 == "author" and l1 - f1 == 1 and lab2 == "title" and l1 == f2 and l2 == f3 \
                and lab3 in ("location", "publisher") and l2 - f2 >= 4 and tokens[f2 + 1].text == "," \
                and (f1 == 0 or _opens_a_listed_cite(tokens, f1)) \
                and _full_name_in_natural_order(tokens[f1:f2 + 1], given, f1 > 0):
            relabel(tags, f1, f2 + 2, "author")
            relabel(tags, f2 + 2, l2, "title")
    return tags


def _opens_a_listed_cite(tokens: Sequence[Token], first: int) -> bool:
    """Whether the token at ``first`` opens a cite after ``;`` or ``; and``."""
    return tokens[first - 1].text == ";" or first > 1 and tokens[first - 1].text == "and" \
        and tokens[first - 2].text == ";"


def _full_name_in_natural_order(words: Sequence[Token], given: frozenset[str], any_given: bool) -> bool:
    """Whether ``words`` are a full name in natural order: a given name (known, or any capitalised word
    when ``any_given``: in a list of cites where one before opens on its author), at most one second given
    name or initial, and a capitalised family name; no possessive."""
    texts = [t.text for t in words]
    if not texts or not all(w[:1].isupper() for w in texts if w != ".") \
            or any(w.endswith(("’s", "'s")) for w in texts):
        return False  # a possessive ("Geer’s Hartford Directory,") is a title's
    if fold(texts[0]) not in given and not any_given:
        return False  # an unknown given name: only in a list of cites whose first opens on its author
    if not (len(texts) == 2 or len(texts) == 3 and texts[1].isalpha()
            or len(texts) == 4 and len(texts[1]) == 1 and texts[2] == "."):
        return False  # given name, an optional second given name or initial, family name
    return texts[-1].isalpha() and len(texts[-1]) >= 2 and texts[-1][1:].islower()


_VOWEL = re.compile(r"[aeiouyàáâäãåæèéêëìíîïòóôöõøœùúûüýÿAEIOUYÀÁÂÄÃÅÆÈÉÊËÌÍÎÏÒÓÔÖÕØŒÙÚÛÜÝ]")


@needs(any_tag("B-title"))
def rule_title_of_garbled_words_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Qzv Wxr``: a title run whose words (two or more, of two letters or more) hold no vowel at all is
    garbled text (a scan's noise), not a title: prose, left for the report of what could not be parsed."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label == "title" and _garbled(tokens, first, last):
            for i in range(first, last):
                tags[i] = "prose"
    return tags


def _garbled(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether tokens [first, last) hold two words or more, every token opening on a letter or digit
    is a word of two letters or more, and no word holds a vowel (stops at the first that does)."""
    words = 0
    for i in range(first, last):
        word = tokens[i].text
        if not word[:1].isalnum():
            continue
        if not (word.isalpha() and len(word) >= 2) or _VOWEL.search(word):
            return False
        words += 1
    return words >= 2


#: Words that open a reprint's imprint after ``;`` (``1963; reprint Harmondsworth: Penguin, 1980``).
REPRINT_WORDS = frozenset({"reprint", "reprinted", "repr", "rpt", "reissued", "reissue", "nachdruck", "réimpr",
                           "reed", "rééd", "ristampa"})


#: After an imprint's date inside its bracket: ``;``, words saying the work was first published then, a year and the
#: bracket's close (``1974; first published 1948)``).
_ORIGINAL_YEAR_CLOSING = re.compile(r";\s*" + ORIGINAL_WORDS + r"\s+(?P<year>1[4-9]\d\d|20\d\d)\s*\)", re.I)


@needs(any_mark(";"))
def rule_original_year_after_the_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(London: Pluto Press, 1974; first published 1948), 150–53``: inside an imprint's bracket, after its date,
    ``;`` and words saying the work was first published (:data:`~notecite.normalize.reprints.ORIGINAL_WORDS`) before a
    year and the bracket's close are prose, the year a date run of the same cite (its original edition's, read as
    ``original-date``) with the bracket's close and a comma after it; the run after it opens anew."""
    out = None
    for match in _ORIGINAL_YEAR_CLOSING.finditer(text):
        semicolon, year = token_at(tokens, match.start()), token_at(tokens, match.start("year"))
        if semicolon is None or year is None or not semicolon or split_label(tags[semicolon - 1])[1] != "date":
            continue
        close = year + 1  # (the pattern puts the bracket's close right after the year)
        end = close + 1 + (close + 1 < len(tokens) and tokens[close + 1].text == ",")  # the comma after the bracket too
        out = out or list(tags)
        out[semicolon:year] = ["prose"] * (year - semicolon)
        relabel(out, year, end, "date")
        open_run(out, end)
    return out or tags


@needs(any_mark(";"), any_mark("("))
def rule_reprint_opens_a_second_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(London: Gollancz, 1963; reprint Harmondsworth: Penguin, 1980)``, ``(1938; repr. New York:
    Vintage, 1963)``, ``(1900; repr., New York: Pathfinder, 1970)``: inside an imprint's parenthesis, ``;`` and a reprint word are prose between
    the first imprint and the reprint's; a lone year before them is the first imprint's date (its
    parenthesis is prose, so the year is one date however the tagger opened it), and the reprint's
    place starts after the word. After a lone year, the ``;`` may also come before an edition's words (``(1951; new
    ed., New York: Harcourt Brace, 1973)``, kept as the edition) or right before the later imprint's place
    (``(1951; New York: Harcourt Brace, 1973)``). A place read as a note before the reprint's publisher is its place."""
    reprint = not REPRINT_WORDS.isdisjoint(lowered_words(tokens))
    if not reprint and _FIRST_YEAR_AND_SEMICOLON.search(text) is None:
        return tags  # no reprint word, no bracketed year before a semicolon
    tags = list(tags)
    for i in range(1, len(tokens) - 2):
        if tokens[i].text != ";":
            continue
        opening = i - 1
        while opening >= 0 and tokens[opening].text not in "()" and i - opening < 16:
            opening -= 1
        if opening < 0 or tokens[opening].text != "(":
            continue
        inner = [k for k in range(opening + 1, i)]
        lone_year = len(inner) == 1 and re.fullmatch(r"\d{4}", tokens[inner[0]].text) is not None
        edition_end = None
        if tokens[i + 1].text.lower() in REPRINT_WORDS:
            word_end = i + 2 + (tokens[i + 2].text == ".")
            word_end += word_end < len(tokens) and tokens[word_end].text == ","  # Chicago's "repr., New York"
        elif lone_year and (edition_end := _edition_words_end(tokens, i + 1)) is not None:
            word_end = edition_end + (edition_end < len(tokens) and tokens[edition_end].text == ",")
        elif lone_year and tokens[i + 1].text[:1].isupper():
            word_end = i + 1  # "(1951; New York: …)": the later imprint right after the semicolon
        else:
            continue
        if word_end >= len(tokens) or not (tokens[word_end].text[:1].isupper() or tokens[word_end].text[:1].isdigit()):
            continue
        if lone_year:
            tags[opening] = "prose"
            tags[inner[0]] = "B-date"
        tags[i:word_end] = ["prose"] * (word_end - i)
        if edition_end is not None:
            relabel(tags, i + 1, edition_end, "edition")
        if tags[word_end].startswith("I-"):
            tags[word_end] = "B-" + tags[word_end][2:]
        colon = next((k for k in range(word_end + 1, min(word_end + 5, len(tokens) - 1)) if tokens[k].text == ":"), None)
        if colon is not None and split_label(tags[word_end])[1] in ("note", "title", "container-title") \
                and split_label(tags[colon + 1])[1] == "publisher" \
                and all(tokens[k].text[:1].isupper() or tokens[k].text in ",." for k in range(word_end, colon)):
            relabel(tags, word_end, colon + 1, "location")  # "(1923; reprint London: New Left Books, 1970)": the place
        elif colon is not None and split_label(tags[word_end])[1] == "note":
            _reprint_imprint_read_as_a_note(tokens, tags, word_end, colon)
    return tags


def _reprint_imprint_read_as_a_note(tokens: Sequence[Token], tags: list[str], first: int, colon: int) -> None:
    """In place: ``(London: Labour Publishing, 1925; reprint, Westport: Hyperion, 1973), 55``: a reprint's imprint the
    tagger read as one note run, from ``first`` on (its place's ``colon`` inside), is its place, publisher and year,
    when the run's words are capitalised words (the place), words (the publisher), a comma and a year closing the
    bracket."""
    end = first + 1
    while end < len(tokens) and tags[end] == "I-note":
        end += 1
    close = next((k for k in range(colon + 2, end) if tokens[k].text == ")"), None)
    if close is None or close < colon + 4 or tokens[close - 2].text != "," or not YEAR.fullmatch(tokens[close - 1].text) \
            or not all(tokens[k].text[:1].isupper() or tokens[k].text in ",." for k in range(first, colon)):
        return
    relabel(tags, first, colon + 1, "location")
    relabel(tags, colon + 1, close - 1, "publisher")
    relabel(tags, close - 1, end, "date")


#: A year or a range of years opening a run (``1932``, ``1938–39``, ``1937-1938``), then a comma or the run's end.
_YEARS_OPENING = re.compile(rf"(?:{YEAR.pattern})(?:\s*[-–]\s*\d{{2,4}})?(?=\s*,|\s*$)")


def _common_word(word: str) -> bool:
    """Whether ``word`` is a word of the lexicon that names no one (``Writings``, not ``Trotsky``)."""
    return fold(word) in WORDS and fold(word) not in NAMES_FOLDED


#: What such years cannot do without: a year (:data:`~.locators.YEAR`) one space after a letter (``Writings 1937``).
_YEAR_ONE_SPACE_AFTER_A_LETTER = re.compile(r"(?:1(?<=[^\W\d_]\s1)[5-9]|2(?<=[^\W\d_]\s2)0)\d\d")
#: The runs years after a title may be read as.
_YEARS_READ_AS = tags_of(("date", "pages", "locator"))


@needs(any_mark("1", "2"), any_match(_YEAR_ONE_SPACE_AFTER_A_LETTER), any_tag(NAME_TAGS | _TITLE_RUN_TAGS),
       any_tag(_YEARS_READ_AS))
def rule_years_glued_to_a_works_noun_end_its_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Trotsky, Writings 1932, 12``, ``see also Writings 1938–39, 12``: a year or a range of years written right
    after a common noun of the lexicon that ends a title or name run (no mark between them), then a comma and more,
    is the title's: the volume of a series named by its years (``Writings 1937–38``), not a date nor a pinpoint.
    In a name run the title starts after its last comma (``Trotsky,``: the author); a name run with no comma is the
    title whole when it is no name (``Writings``). A year after a name (``Smith 1990, 12``) is left alone."""
    out: list[str] | None = None
    runs = tag_spans(tokens, tags)
    for (first, last, label), (n_first, n_last, n_label) in zip(runs, runs[1:]):
        if n_first != last or label not in ("author", "editor", "title") or n_label not in ("date", "pages", "locator"):
            continue
        word = tokens[last - 1].text
        if not (word[:1].isupper() and word.isalpha() and _common_word(word)) \
                or tokens[n_first].start != tokens[last - 1].end + 1:
            continue  # no common noun right before the years, or a mark between them
        years = _YEARS_OPENING.match(text, tokens[n_first].start, tokens[n_last - 1].end)
        if years is None:
            continue
        opening = first
        if label != "title":
            comma = next((k for k in range(last - 2, first, -1) if tokens[k].text == ","), None)
            if comma is not None:
                opening = comma + 1
            elif not all(not t.text[:1].isalpha() or _common_word(t.text) for t in tokens[first:last]):
                continue
        end = next(k for k in range(n_first, n_last + 1) if k == n_last or tokens[k].start >= years.end())
        out = out if out is not None else list(tags)
        relabel(out, opening, end, "title")
        if end < n_last:
            if tokens[end].text == ",":
                out[end] = "I-title"  # the comma after the years ends the title
                end += 1
            relabel(out, end, n_last, "locator" if n_label != "date" else n_label)
    return out if out is not None else tags


#: Runs that may stand between a work's title and its imprint (``trans. Anya Bostock``, ``ed. Ann Lee``).
_BETWEEN_A_TITLE_AND_ITS_IMPRINT = frozenset({"translator", "editor", "edition", "collection-title"})


@needs(any_tag(_IMPRINT_NAME_TAGS), any_tag(DATE_TAGS))
def rule_year_named_work_before_its_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Leon Trotsky, 1905 (New York: Vintage, 1972), 45``, ``George Orwell, 1984, trans. …``: a bare year right
    after a name run and its comma, followed (across a translator's or editor's run at most) by an imprint that
    has a place or publisher and a year of its own, is the work's title: a cite has one date of publication, and
    it is the imprint's. A year with no imprint after it (``Smith, 1990, 12``) is left alone."""
    out: list[str] | None = None
    runs = tag_spans(tokens, tags)
    for k, ((first, last, label), (y_first, y_last, y_label)) in enumerate(zip(runs, runs[1:])):
        if label not in ("author", "editor") or y_label != "date" or tokens[last - 1].text != "," \
                or not YEAR.fullmatch(tokens[y_first].text) or y_last - y_first > 2 \
                or y_last - y_first == 2 and tokens[y_first + 1].text != ",":
            continue
        imprint = False
        for a, b, later in runs[k + 2:]:
            if later in ("location", "publisher"):
                imprint = True
            elif later == "date" and imprint:
                out = out if out is not None else list(tags)
                relabel(out, y_first, y_last, "title")
                break
            elif later not in _BETWEEN_A_TITLE_AND_ITS_IMPRINT or any(t.text == ";" for t in tokens[a:b]):
                break
    return out if out is not None else tags


#: Runs that may stand between a work's first year in brackets and its imprint (``(1936), trans. Max Eastman (…``).
_BEFORE_THE_IMPRINT_AFTER_A_FIRST_YEAR = frozenset({"translator", "editor", "edition", "location", "publisher"})


@needs(any_mark("("), any_tag("B-title"), any_tag(DATE_TAGS))
def rule_bracketed_first_year_ending_a_title_is_its_date(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Trotsky, The Revolution Betrayed (1936), trans. Max Eastman (Mineola, NY: Dover, 2004)``: a year in
    brackets (and its comma) ending a title run, right before a translator's, editor's or imprint run, in a cite whose
    imprint has a year of its own, is the work's first date, not words of its title."""
    out: list[str] | None = None
    runs = tag_spans(tokens, tags)
    for k, ((first, last, label), (n_first, _, n_label)) in enumerate(zip(runs, runs[1:])):
        if label != "title" or n_first != last or n_label not in _BEFORE_THE_IMPRINT_AFTER_A_FIRST_YEAR:
            continue
        end = last - (tokens[last - 1].text == ",")
        if end - first < 4 or tokens[end - 1].text != ")" or tokens[end - 3].text != "(" or not YEAR.fullmatch(tokens[end - 2].text):
            continue
        if not any(later == "date" for _, _, later in _runs_of_the_cite(tokens, runs[k + 2:])):
            continue
        out = out if out is not None else list(tags)
        relabel(out, end - 3, last, "date")
    return out if out is not None else tags


def _runs_of_the_cite(tokens: Sequence[Token], runs: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The ``runs`` up to the first that ends on a ``;`` (it included), or up to the next name or title run: those the
    cite before them may go on with."""
    out = []
    for run in runs:
        if run[2] in ("author", "title"):
            break
        out.append(run)
        if tokens[run[1] - 1].text == ";":
            break
    return out


#: A bracketed year and a semicolon (``(1951; ``): an imprint's first date, a later imprint after it.
_FIRST_YEAR_AND_SEMICOLON = re.compile(r"\(\s*1[4-9]\d\d\s*;")
#: An edition's words after a first year's semicolon (``new ed.``, ``2nd ed.``, ``rev. ed.``, ``3rd edn``).
_EDITION_AFTER_A_YEAR = re.compile(r"(?:new|rev\.?|revised|enl\.?|enlarged|\d+(?:st|nd|rd|th|d))\s+(?:ed|edn|edition)\b\.?", re.I)


def _edition_words_end(tokens: Sequence[Token], k: int) -> int | None:
    """The end of the longest edition's words opening at token ``k`` (:data:`_EDITION_AFTER_A_YEAR`), or None."""
    words, end = [], None
    for j in range(k, min(len(tokens), k + 5)):
        words.append(tokens[j].text)
        if _EDITION_AFTER_A_YEAR.fullmatch(" ".join(words).replace(" .", ".")):
            end = j + 1  # the longest: "new ed." with its stop
    return end


#: Capitalised articles of other languages that open a periodical's name in English prose.
_FOREIGN_ARTICLES = frozenset({"le", "la", "les", "l", "die", "der", "das", "il", "el", "lo", "los", "las", "de", "het"})
_NATIONALITY_ENDINGS = ("an", "ish", "ese", "ch", "i", "ic")
_ELIDED_ARTICLE = re.compile(r"[LD]['’][^\W\d_]")


#: What such a title cannot do without: ``the`` (any case), a capitalised word with a nationality's ending
#: (:data:`_NATIONALITY_ENDINGS`, any case) and a capitalised word, a space or more between each.
_THE_NATIONALITY_AND_A_NAME = re.compile(r"[Tt][Hh][Ee]\s+[^\W\d_a-z]\S*(?:[Aa][Nn]|[Ii][Ss][Hh]|[Ee][Ss][Ee]|[Cc][Hh]|[Ii][Cc]?)"
                                         r"\s+[^\W\d_a-z]")


@needs(any_word("the"), any_match(_THE_NATIONALITY_AND_A_NAME))
def rule_foreign_title_after_a_nationality(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``the Belgian La Wallonie provided a platform``, ``the German Die Neue Zeit``: in English prose,
    ``the``, a capitalised nationality adjective and a name opening on another language's article
    (``La``, ``Die``, ``Il``, ``El``…) name a periodical or book: the name is a title."""
    if _FOREIGN_ARTICLES.isdisjoint(folded_words(tokens)) and not _ELIDED_ARTICLE.search(text):
        return tags  # no foreign article opening a name
    tags = list(tags)
    n = len(tokens)
    for i in range(2, n - 1):
        if tags[i] != "prose" or tags[i - 1] != "prose" or tokens[i - 2].text.lower() != "the":
            continue
        article = tokens[i].text
        elided = _ELIDED_ARTICLE.match(article) is not None  # "L’Humanité" is one token
        if not (elided or fold(article) in _FOREIGN_ARTICLES and article[:1].isupper()):
            continue
        adjective = tokens[i - 1].text
        if not adjective[:1].isupper() or not adjective.lower().endswith(_NATIONALITY_ENDINGS):
            continue
        end = i + 1
        last = i if elided else None
        while end < n and tags[end] == "prose" and (tokens[end].text[:1].isupper() or
                                                     fold(tokens[end].text) in _FOREIGN_ARTICLES | FUNCTION_WORDS):
            if tokens[end].text[:1].isupper():
                last = end
            end += 1
        if last is None or fold(tokens[last].text) in load("places"):
            continue
        relabel(tags, i, last + 1, "title")
    return tags


#: Fields of a cite that an ``in`` after them (``“The Struggle…,” in``, ``1627, in``) makes the next title its container.
_BEFORE_A_CONTAINER = frozenset({"title", "date", "note"})
#: Words before a title that open no name (``See``, ``The``).
_NOT_NAME_OPENERS = frozenset({"see", "the", "a", "an", "cf", "compare", "also", "in", "and", "as", "when", "while", "what", "for"})


#: Marks inside a name's word (``Duke-Williams``, ``Trotsky's``), taken out before its letters are read.
_NAME_MARKS = str.maketrans("", "", "-'’")


def _words_back(tokens: Sequence[Token], end: int, takes: Callable[[int], bool] = lambda _i: True) -> Iterator[int]:
    """Walking back from token ``end``, the first token of each capitalised word (``Duke-Williams``) or initial
    with its period (``H.``) that ends right before the one yielded last, nearest first, while ``takes`` holds
    for the last token of the next word."""
    k = end
    while k > 0 and takes(k - 1):
        word = tokens[k - 1].text
        if word == "." and k > 1 and len(tokens[k - 2].text) == 1 and tokens[k - 2].text.isupper():
            k -= 2  # an initial
        elif word[:1].isupper() and word.translate(_NAME_MARKS).isalpha():
            k -= 1
        else:
            return
        yield k


def _name_before(tokens: Sequence[Token], comma: int, opening: bool = False) -> int | None:
    """The first token of the two to four capitalised words (initials with their periods allowed) that end
    right before token ``comma``, after a lower-case word or the colon that ends a lead-in sentence
    (``…and its visual representations: Rosalyn Deutsche, Evictions``), or (with ``opening``) at the note's
    start, where one word will do; None when there are none such."""
    starts = list(islice(_words_back(tokens, comma), 5))
    if len(starts) == 1 and starts[0] == 0 and opening:
        return 0  # "Kollontai, The Workers' Opposition (Chicago: …, 1921)": a family name alone opening the note
    if not 2 <= len(starts) <= 4:
        return None
    if starts[-1] == 0:
        return 0 if opening else None
    before = tokens[starts[-1] - 1].text
    return starts[-1] if before.isalpha() and before.islower() or before == ":" and starts[-1] >= 2 else None


def _no_place_or_body(tokens: Sequence[Token], start: int, comma: int) -> bool:
    """Whether tokens [start, comma) hold no place, organisation, month or word that opens no name (words that
    may be a name)."""
    folded = [fold(t.text) for t in tokens[start:comma] if t.text != "."]
    return not _place_body_or_month(folded) and not any(w in _NOT_NAME_OPENERS for w in folded)


def _place_body_or_month(folded: list[str]) -> bool:
    """Whether the folded words hold a place, an organisation's word or a month: no person's name."""
    return any(w in ORGANISATION_WORDS or w in load("places") or w in load("months") for w in folded)


def _reads_as_a_name(tokens: Sequence[Token], start: int, comma: int) -> bool:
    """Whether tokens [start, comma) read as a person's name: a known given name or an initial first, or an
    initial or a particle (``Le``, ``van``) inside; no place, organisation or month among them."""
    words = [t.text for t in tokens[start:comma] if t.text != "."]
    folded = [fold(w) for w in words]
    if folded[0] in _NOT_NAME_OPENERS or _place_body_or_month(folded):
        return False
    initial = any(len(w) == 1 for w in words)
    return initial or folded[0] in load("given_names") or any(w in load("particles") for w in folded[:-1])


def _authored(tokens: Sequence[Token], tags: Sequence[str], field: int) -> bool:
    """Whether the cite holding token ``field`` has an author run before it (none past a ``;``)."""
    k = field
    while k >= 0 and tokens[k].text != ";":
        if split_label(tags[k])[1] == "author":
            return True
        k -= 1
    return False


_TITLE_RUN_LABELS = frozenset({"title", "container-title", "collection-title"})


@needs(any_mark("’", "'"))
def rule_plural_possessive_inside_a_title_runs_on(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``The Photobook World: Artists’ Books and Forgotten Social Objects``: an apostrophe glued to a word
    ending in ``s`` and followed by a space closes no quotation when no single quotation mark opened in the
    run before it: it is a plural possessive, and the capitalised title run the tagger opened after it is the
    rest of the same title or container."""
    out = None
    runs = tag_spans(tokens, tags)
    for (first, last, label), (after, end, next_label) in zip(runs, runs[1:]):
        mark = last - 1
        if label not in _TITLE_RUN_LABELS or next_label not in _TITLE_RUN_LABELS or after != last \
                or tokens[mark].text not in ("’", "'") or mark == first or not tokens[mark - 1].text.endswith("s") \
                or tokens[mark].start != tokens[mark - 1].end or tokens[after].start == tokens[mark].end \
                or not tokens[after].text[:1].isupper():
            continue
        if any(c in text[tokens[first].start:tokens[mark].start] for c in "‘'"):
            continue  # a single quotation opened in the run: the mark may close it
        out = out or list(tags)
        relabel(out, after, end, label, continues=True)
    return out or tags


#: ``in Bhattacharya, Social Reproduction Theory, 43``: ``in``, a family name (one or two capitalised words), a comma,
#: a capitalised title without digits, a comma and a page or page range, at the end of the run.
_SHORT_BOOK_AFTER_IN = re.compile(r"(?:in|In)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+([A-Z][^\d,;:()“”\"]{2,120}?),\s+"
                                  r"(\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\.?")


@needs(any_word("in"), any_tag(TITLE_TAGS))
def rule_short_book_after_in_is_the_container(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Salar Mohandesi, “Without Reserves,” in Bhattacharya, Social Reproduction Theory, 43``: after a quoted
    title of a cite with an author, a run that reads ``in`` + a family name + a comma + a title + a comma + a page
    (the short form of the book the piece is in, cited in full before) is that book: its editor, its title as the
    container, and the page the pinpoint."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if tokens[first].text.lower() != "in" or label not in ("note", "container-title", "title") or first < 2:
            continue
        field = first - 1
        while field >= 0 and tokens[field].text in ",”’\"'":
            field -= 1
        if field < 0 or split_label(tags[field])[1] != "title" or not _authored(tokens, tags, field) \
                or tokens[field + 1].text not in "”’\"'" and tokens[first - 1].text not in "”’\"'":
            continue
        match = _SHORT_BOOK_AFTER_IN.fullmatch(text, tokens[first].start, tokens[last - 1].end)
        if match is None:
            continue
        starts = token_starts(tokens)
        name = tokens_within(tokens, starts, match.start(1), match.end(1))
        title = tokens_within(tokens, starts, match.start(2), match.end(2))
        page = tokens_within(tokens, starts, match.start(3), match.end(3))
        if not name or not title or not page:
            continue
        out = out or list(tags)
        out[first:last] = ["prose"] * (last - first)
        relabel(out, name[0], name[-1] + 1, "editor")
        relabel(out, title[0], title[-1] + 1, "container-title")
        relabel(out, page[0], last, "locator")
    return out or tags


@needs(any_mark(","), any_tag(TITLE_TAGS | _CONTAINER_TAGS))
def rule_name_in_prose_before_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``These figures are from Donald Filtzer, Soviet Workers… (London: …)``, ``see the discussion in Perry
    Anderson, Considerations on Western Marxism (London: …)``: two to four capitalised words after a lower-case
    word of prose, ending on a comma right before a title, are its author when they read as a name
    (:func:`_reads_as_a_name`); the tagger read them as prose, or as the opening of the title run (then a
    title that runs on to its imprint's bracket is evidence enough). After ``in`` that follows a field of a
    cite with an author (``Max Shachtman, “The Struggle…,” in Leon Trotsky, The New Course``) the name and
    title are that cite's container and its editor; in a cite without an author they are left as read (the
    name would stand for its author)."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("title", "container-title"):
            continue
        if first > 3 and tokens[first - 1].text == ",":  # the name read as prose, the title opening after its comma
            comma = first - 1
            if tags[comma - 1] != "prose" or tags[comma] != "prose":
                continue  # (the name and its comma are prose: tested before the name is looked for)
            start = _name_before(tokens, comma)
            if start is None or any(tag != "prose" for tag in tags[start - 1:comma + 1]):
                continue
        else:  # or the title run opening on the name
            if not first or tags[first - 1] != "prose":
                continue
            comma = next((k for k in range(first + 2, min(last - 1, first + 8)) if tokens[k].text == ","), None)
            start = None if comma is None else _name_before(tokens, comma)
            if start != first or not tokens[comma + 1].text[:1].isupper():
                continue
        if not (_reads_as_a_name(tokens, start, comma) or start == first and run_ends_before_an_imprint(tokens, tags, comma + 1)):
            continue
        cue = start - 1
        field = cue - 1
        while field >= 0 and tokens[field].text in ",”’\"'":
            field -= 1
        container = tokens[cue].text in IN_WORDS and field >= 0 and split_label(tags[field])[1] in _BEFORE_A_CONTAINER
        if container and not _authored(tokens, tags, field):
            continue  # "Lettre du Père…, 1627, in Le Clerc, …": the name would stand for the cite's own author
        relabel(tags, start, comma + 1, "editor" if container else "author")
        relabel(tags, comma + 1, last, "container-title" if container else label)
    return tags


@needs(any_mark(";"), any_mark(","), any_tag("B-author"))
def rule_short_form_in_prose_opening_a_list(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``readers should consult Simmons, The San Luis Valley; Mondragon-Valdez, "Challenging Domination"``: a
    family name (one or two capitalised words after a lower-case word of prose), a comma and title-cased words
    ending right before a ``;`` after which the next cite opens on its author are a short form the tagger left
    to prose: author and title, as the cites of the list after it."""
    out = None
    for semi, token in enumerate(tokens):
        if token.text != ";" or semi < 4 or semi + 1 >= len(tokens):
            continue
        nxt = semi + 1 + (tokens[semi + 1].text == "and" and semi + 2 < len(tokens))
        if split_label((out or tags)[nxt])[1] != "author" or not (out or tags)[nxt].startswith("B-"):
            continue
        comma = semi - 1
        while comma > 0 and tokens[comma].text != "," and (tokens[comma].text[:1].isupper()
                                                          or tokens[comma].text in FUNCTION_WORDS):
            comma -= 1
        if tokens[comma].text != "," or comma == semi - 1 or not tokens[comma + 1].text[:1].isupper():
            continue
        start = comma
        while start > 0 and comma - start < 2 and tokens[start - 1].text[:1].isupper() and tokens[start - 1].text.isalpha():
            start -= 1
        if start == comma or start == 0 or not (tokens[start - 1].text.isalpha() and tokens[start - 1].text.islower()):
            continue
        if any(tag != "prose" for tag in (out or tags)[start:semi]) \
                or any(fold(t.text) in load("places") or fold(t.text) in load("months") for t in tokens[start:comma]):
            continue
        out = out if out is not None else list(tags)
        relabel(out, start, comma + 1, "author")
        relabel(out, comma + 1, semi, "title")
    return out if out is not None else tags


def _place_and_year_bracket(tokens: Sequence[Token], i: int) -> tuple[int, str] | None:
    """The index of the year in a bracket opening at token ``i`` that holds one to three capitalised words, a comma
    and a year only (``(Aldershot, 1995)``, the British imprint), with ``location``; or up to six words, one of them a
    publisher's word, a comma and a year (``(Editorial Nascimiento, 1934)``, ``(Fondo de Cultura Económica,
    2008)``), with ``publisher``; or one to three capitalised words, a colon, a publisher's name, a comma and a year
    (``(Chicago: Industrial Workers of the World, 1921)``), with ``location:`` and the colon's index; None for any
    other bracket."""
    k = i + 1
    while k < len(tokens) and k - i <= 6 and tokens[k].text.isalpha() and (tokens[k].text[:1].isupper() or k > i + 1
                                                                          and fold(tokens[k].text) in FUNCTION_WORDS):
        k += 1
    if 1 <= k - i - 1 <= 3 and k + 1 < len(tokens) and tokens[k].text == ":" and tokens[k + 1].text[:1].isupper():
        colon = k  # "(Chicago: Industrial Workers of the World, 1921)": a place, its publisher and a year
        k += 1
        while k < len(tokens) and k - colon <= 7 and (tokens[k].text[:1].isupper() and tokens[k].text.replace("'", "").isalpha()
                                                      or fold(tokens[k].text) in FUNCTION_WORDS or tokens[k].text in ("&", "'")):
            k += 1
        if k + 2 < len(tokens) and tokens[k].text == "," and YEAR.fullmatch(tokens[k + 1].text) and tokens[k + 2].text == ")":
            return k + 1, f"location:{colon}"
        return None
    if k == i + 1 or k + 2 >= len(tokens) or tokens[k].text != "," or not YEAR.fullmatch(tokens[k + 1].text) \
            or tokens[k + 2].text != ")":
        return None
    if any(fold(tokens[j].text) in load("publishers") for j in range(i + 1, k)):
        return k + 1, "publisher"
    if k - i > 4 or any(fold(tokens[j].text) in FUNCTION_WORDS for j in range(i + 1, k)):
        return None
    return k + 1, "location"


#: What such an imprint cannot do without: a comma, a year and the bracket's close (``, 1995)``: :func:`_place_and_year_bracket`).
_COMMA_YEAR_AND_CLOSE = re.compile(r",\s*(?:1[5-9]\d\d|20\d\d)\s*\)")


@needs(any_mark("("), any_mark(","), any_match(_COMMA_YEAR_AND_CLOSE))
def rule_prose_before_an_imprint_is_a_cite(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``See the discussion in Anne Roe, The dockers and the state, 1889-1914 (Leeds, 1980), ch. 2.``: the tagger
    may read a lead-in, a name, its comma and a sentence-case title all as prose and the imprint's place as a name.
    A bracket of a place and a year alone (:func:`_place_and_year_bracket`) right after prose, not read as a place,
    is the imprint: the two to four capitalised words after a lower-case word of that prose that read as a name
    (:func:`_reads_as_a_name`) and end on a comma are the author, and the prose from that comma to the bracket
    the title."""
    tags = list(tags)
    for i in range(2, len(tokens) - 4):
        if tokens[i].text != "(" or tags[i - 1] != "prose" or split_label(tags[i + 1])[1] == "location":
            continue
        bracket = _place_and_year_bracket(tokens, i)
        if bracket is None:
            continue
        year, imprint = bracket
        opening = imprint != "location"  # a publisher's bracket: the name may open the note
        comma = next((c for c in range(max(1, i - 40), i - 1) if tokens[c].text == "," and tags[c] == "prose"
                      and (start := _name_before(tokens, c, opening)) is not None
                      and (_reads_as_a_name(tokens, start, c) or start == 0 and _no_place_or_body(tokens, start, c))
                      and all(tag == "prose" for tag in tags[start:i]) and tokens[c + 1].text[:1].isupper()), None)
        if comma is None:
            continue
        start = _name_before(tokens, comma, opening)
        relabel(tags, start, comma + 1, "author")
        relabel(tags, comma + 1, i, "title")
        if imprint.startswith("location:"):  # the place and its colon, then the publisher
            colon = int(imprint.split(":")[1])
            relabel(tags, i, colon + 1, "location")
            relabel(tags, colon + 1, year, "publisher")
        else:
            relabel(tags, i + (imprint == "publisher"), year, imprint)
        if imprint == "publisher":
            tags[i] = "prose"
        end = year + 2
        while end < len(tags) and tags[end] == "I-date":
            end += 1  # "1995), ": the separator the date run held on
        relabel(tags, year, end, "date")
        open_run(tags, end)
    return tags


#: ``…, anno de 1597: Lisboa, 1597.``, ``…: La Haye, 1696.``: a colon, a place (one or two capitalised words, perhaps after an
#: article) and a year that close the cite (at the note's end, or before a volume or a page in Spanish, French or German
#: words): an imprint without brackets.
_PLACE_ARTICLES = ("La", "Le", "Den", "De", "El", "The")
_COLON_PLACE_AND_YEAR = re.compile(r":\s+(?P<place>(?:(?:" + "|".join(_PLACE_ARTICLES) + r")\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?),\s+"
                                   r"(?P<year>1[4-9]\d\d|20\d\d)(?=\s*(?:\.?\s*$|,\s*(?:tomo|tom\.|t\.|p[áa]g|S\.|Bd)))")


@needs(any_mark(":"))
def rule_place_and_year_after_a_colon_close_the_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Mémoires de Bellièvre et de Sillery: La Haye, 1696.``, ``Relacam do succedido …, anno de 1597: Lisboa, 1597.``:
    a place and a year after a colon that close the cite (:data:`_COLON_PLACE_AND_YEAR`) are the imprint, whatever the
    tagger read in them (a place it does not know); the title ends at the colon, and a note read as prose up to it,
    capitalised at its start, is that title."""
    match = _COLON_PLACE_AND_YEAR.search(text)
    if match is None:
        return tags
    starts = token_starts(tokens)
    colon = tokens_within(tokens, starts, match.start(), match.start() + 1)
    place = tokens_within(tokens, starts, match.start("place"), match.end("place"))
    year = tokens_within(tokens, starts, match.start("year"), match.end("year"))
    if not colon or not place or len(year) != 1 or colon[0] == 0:
        return tags
    words = [fold(w) for w in match["place"].split()[-2:] if w not in _PLACE_ARTICLES]
    if any(w in WORDS for w in words) and not is_known_place(match["place"]):
        return tags  # "…: Diplomatic Papers, 1938, …": a subtitle, no place
    c = colon[0]
    before = split_label(tags[c - 1])[1]
    head_is_prose = all(tag == "prose" for tag in tags[:c]) and tokens[0].text[:1].isupper()
    if before != "title" and not head_is_prose:
        return tags
    if split_label(tags[place[0]])[1] == "location" and split_label(tags[year[0]])[1] == "date":
        return tags
    tags = list(tags)
    if head_is_prose:
        relabel(tags, 0, c + 1, "title")
    else:
        tags[c] = "I-title"
    relabel(tags, place[0], place[-1] + 2, "location")  # the place and its comma
    end = year[0] + 1 + (year[0] + 2 == len(tokens) and tokens[-1].text == ".")  # the year and the note's last stop
    relabel(tags, year[0], end, "date")
    open_run(tags, end)
    return tags


#: What such a cite cannot do without: a quotation's closing mark right after a sentence's end (``.”``).
_QUOTATION_ENDING_A_SENTENCE = re.compile(r"[.?!]\s*[”\"]")


@needs(any_mark("”", "\""), any_mark("("), any_mark(","), any_match(_QUOTATION_ENDING_A_SENTENCE))
def rule_cite_after_a_quotation_ending_a_sentence(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…stamped with the name E. G. Robeson.” Jeanne Roe, Viewfinders: Black Women (Dodd, Mead, 1986), xvii.``: after
    a quotation that ends a sentence (``.”``), two to four capitalised words that read as a name
    (:func:`_reads_as_a_name`) and end on a comma, then capitalised words up to a bracket that holds a year,
    open the cite of the work quoted: its author and title (the tagger read them as prose or as the imprint)."""
    out = None
    n = len(tokens)
    for i in range(2, n - 4):
        if tokens[i].text not in ("”", '"') or tokens[i - 1].text not in ".?!" or split_label(tags[i + 1])[1] == "author":
            continue
        start = i + 1
        comma = next((k for k in range(start + 1, min(n, start + 8)) if tokens[k].text == ","), None)
        if comma is None or comma + 1 >= n or not tokens[comma + 1].text[:1].isupper() \
                or not all(_NAME_WORD_OR_INITIAL.fullmatch(t.text) for t in tokens[start:comma]) \
                or not 2 <= sum(t.text[:1].isupper() for t in tokens[start:comma]) <= 4 \
                or not _reads_as_a_name(tokens, start, comma):
            continue
        bracket = next((k for k in range(comma + 1, min(n, comma + 30)) if tokens[k].text in "(;“\""), None)
        if bracket is None or tokens[bracket].text != "(" or bracket == comma + 1:
            continue
        close = next((k for k in range(bracket + 1, min(n, bracket + 15)) if tokens[k].text == ")"), None)
        if close is None or not any(YEAR.fullmatch(t.text) for t in tokens[bracket:close]):
            continue
        out = out or list(tags)
        relabel(out, start, comma + 1, "author")
        relabel(out, comma + 1, bracket, "title")
        if out[bracket].startswith("I-"):
            out[bracket] = "B-" + out[bracket][2:]
    return out or tags


_NAME_WORD_OR_INITIAL = re.compile(r"[A-Z][\w’'-]*|-|\.")


#: Words of a work that a possessive name may stand before (``Trotsky's own account in``): lower-case, at most three.
_WORKS_OF_A_NAME_REACH = 3


def _name_ending_before(tokens: Sequence[Token], tags: Sequence[str], end: int) -> int | None:
    """The first token of the one to four capitalised prose words (initials and particles allowed, ``Paul Le
    Blanc``, ``E. H. Carr``) that end right before token ``end``, or None."""
    starts = list(_words_back(tokens, end, lambda i: end - i <= 8 and tags[i] == "prose"
                              and fold(tokens[i].text) not in _NOT_NAME_OPENERS))
    return starts[-1] if starts else None


def _a_participle(word: str) -> bool:
    """Whether ``word`` reads as a verb's participle (``argued``, ``made``, ``written``): an ``-ed`` ending or
    the ``verbs`` lexicon."""
    return word.islower() and (word.endswith("ed") or fold(word) in load("verbs"))


@needs(any_mark(" in "), any_tag(TITLE_TAGS))
def rule_author_named_before_in_and_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``This was first argued by Paul Le Blanc in Lenin and the Revolutionary Party (…)``, ``See Trotsky's own
    account in My Life (…)``, ``As Trotsky put it in The Revolution Betrayed (1936)``: a name in prose, after a
    participle (an adverb may follow it: ``made forcefully by``) and ``by``, or ending on a possessive and
    followed by one to three lower-case words, or followed by a writer's verb and at most two more (``put it``),
    then ``in`` (and ``his``, ``her``…) and a title run, is that title's author (``a note by Akin in Public Documents``: after a noun, the name is that of a part of the
    work, not its author)."""
    tags = list(tags)
    for first, _, label in tag_spans(tokens, tags):
        cue = first - 1
        if cue > 2 and tokens[cue].text in THEIR_WORDS and tags[cue] == "prose":
            cue -= 1  # "by William Cobbet in his Political Register"
        if label != "title" or cue < 2 or tokens[cue].text != "in" or tags[cue] != "prose":
            continue
        words = cue
        while words > 0 and cue - words < _WORKS_OF_A_NAME_REACH and tokens[words - 1].text.isalpha() \
                and tokens[words - 1].text.islower() and tags[words - 1] == "prose" \
                and tokens[words - 1].text not in FUNCTION_WORDS and tokens[words - 1].text != "by":
            words -= 1
        if words < cue:  # "Trotsky's own account in": a possessive name before the words
            name_end = words
            if not (name_end and POSSESSIVE_END.search(text, tokens[name_end - 1].start, tokens[name_end - 1].end)
                    or writing_verb(tokens[words].text)):  # "As Trotsky put it in": a verb after the name
                continue
        else:  # "argued by Paul Le Blanc in": a participle and "by" before the name
            name_end = cue
        start = _name_ending_before(tokens, tags, name_end)
        if start is None or name_end == cue and not (start >= 2 and tokens[start - 1].text == "by" and (
                _a_participle(tokens[start - 2].text) or start >= 3 and tokens[start - 2].text.endswith("ly")
                and _a_participle(tokens[start - 3].text))):  # "made forcefully by": an adverb between
            continue
        if _writer_named_before(tokens, tags, start):
            continue  # "Patricia Hills analyzes Evergood’s submission in “…”": the writer is named already
        relabel(tags, start, name_end, "author")
    return tags


def _writer_named_before(tokens: Sequence[Token], tags: Sequence[str], start: int) -> bool:
    """Whether an author run ends at most six tokens before token ``start``, only prose words between (no stop)."""
    k = start - 1
    while k >= 0 and start - k <= 6 and tags[k] == "prose" and tokens[k].text not in ".;:":
        k -= 1
    return k >= 0 and start - k <= 6 and split_label(tags[k])[1] == "author"


#: A lone Roman numeral between commas (``Christian Examiner, LXXVI, p. 349``).
_VOLUME_NUMERAL = re.compile(r", [IVXLC]+,")
#: Labels a lone volume numeral after a name may have been read as (``title:LXXVI``, ``date:XXVIII``).
_NUMERAL_MISREAD = frozenset({"author", "title", "date", "volume"})


def _opens_a_cite(tokens: Sequence[Token], tags: Sequence[str], first: int) -> bool:
    """Whether a run starting at token ``first`` opens a cite: at the note's start, after prose, or
    after a ``;`` or a full stop."""
    return not first or tags[first - 1] == "prose" or tokens[first - 1].text in (";", ".")


@needs(any_tag("B-container-title"))
def rule_one_word_title_before_a_book_is_its_author(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Stalin, Works, vol. 6 (Moscow, 1953), p. 300``, ``Carr, Socialism in One Country, vol. 2, p. 34``: one
    capitalised word opening a cite, read as a title, with a comma and a container run right after it (no ``in``
    between: a container is reached through a title or an ``in``), is the author, and the container the work's
    title, when the container is a title of one author's collected writings
    (:data:`~.words.WRITINGS_OF_ONE_AUTHOR`) or holds no number and ends the cite or goes on into its volume or
    pinpoint. The word is no common word, genre, month or place (``Editorial, The Nation, 3`` is left alone)."""
    runs = tag_spans(tokens, tags)
    out = None
    for j, ((f0, l0, lab0), (f1, l1, lab1)) in enumerate(runs_and_the_next(runs)):
        if lab0 != "title" or lab1 != "container-title" or l0 != f1 or tokens[l0 - 1].text != "," or l0 - f0 != 2 \
                or not _opens_a_cite(tokens, tags, f0) or not tokens[f0].text[:1].isupper() or not tokens[f0].text.isalpha():
            continue
        end = tokens[l1 - 1].end if tokens[l1 - 1].text not in (",", ".") else tokens[l1 - 2].end
        if not WRITINGS_OF_ONE_AUTHOR.fullmatch(text, tokens[f1].start, end) and not (
                _book_after_its_author(text, tokens, runs, j + 1) and _may_be_a_name(tokens[f0].text)):
            continue
        out = out or list(tags)
        relabel(out, f0, l0, "author")
        relabel(out, f1, l1, "title")
    return out or tags


def _book_after_its_author(text: str, tokens: Sequence[Token], runs: list[tuple[int, int, str]], j: int) -> bool:
    """Whether container run ``j`` reads as a book's title: no digit in it, no ``in`` opening it, and the cite ends
    with it or goes on into a volume or a pinpoint."""
    first, last, _ = runs[j]
    if tokens[first].text.lower() in IN_WORDS or any(ch.isdigit() for ch in text[tokens[first].start:tokens[last - 1].end]):
        return False
    return j + 1 == len(runs) or runs[j + 1][2] in ("volume", "locator", "prose") and runs[j + 1][0] == last


def _may_be_a_name(word: str) -> bool:
    """Whether a capitalised ``word`` may be a family name: no common word, genre word, month or known place."""
    folded = fold(word)
    return folded not in WORDS and folded not in load("genre_words") and folded not in load("months") \
        and not is_known_place(word)




@needs(any_mark("("), any_tag("B-title"))
def rule_bracketed_year_after_a_title_in_prose_is_its_date(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…; author of Stalin: A Critical Survey of Bolshevism (1935).``: a year alone in brackets right after a title
    run, left as prose, is the work's date. So is one closing the title run itself before ``, in`` and the book the piece
    is printed in (``Reform or Revolution (1900), in The Rosa Luxemburg Reader``: the piece's first date)."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "title":
            continue
        if last + 2 < len(tokens) and tokens[last].text == "(" and tokens[last + 2].text == ")" \
                and all(tags[k] == "prose" for k in range(last, last + 3)) and YEAR.fullmatch(tokens[last + 1].text):
            out = out or list(tags)
            relabel(out, last, last + 3, "date")
            continue
        comma = last - 1 if tokens[last - 1].text == "," else last
        if comma - first >= 4 and comma + 1 < len(tokens) and tokens[comma].text == "," and tokens[comma + 1].text == "in" \
                and tokens[comma - 3].text == "(" and tokens[comma - 1].text == ")" and YEAR.fullmatch(tokens[comma - 2].text):
            out = out or list(tags)
            relabel(out, comma - 3, comma, "date")
            out[comma] = "prose"
            if out[comma + 1].startswith("I-"):
                out[comma + 1] = "B-" + out[comma + 1][2:]
    return out or tags


@needs(any_mark("("), any_tag("B-title"))
def rule_lower_case_subtitle_before_the_imprint_continues_the_title(text: str, tokens: Sequence[Token],
                                                                    tags: list[str]) -> list[str]:
    """``Pierre Broué, Léon Sedov, fils de Trotsky, victime de Staline (Paris: …, 1993)``: words left as prose between a
    title run ending on its comma and the imprint's bracket, opening on a lower-case word (a French or Spanish title
    goes on in sentence case), with no stop or semicolon among them, are the rest of that title."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or tokens[last - 1].text != "," or last >= len(tokens) or tags[last] != "prose" \
                or not tokens[last].text[:1].islower() or not tokens[last].text.isalpha():
            continue
        end = last
        while end < len(tokens) and tags[end] == "prose" and end - last < 12 and tokens[end].text not in (".", ";", ":", "(", ")"):
            end += 1
        if not opens_an_imprint(tokens, tags, end):
            continue
        out = out or list(tags)
        for k in range(last, end):
            out[k] = "I-title"
    return out or tags


@needs(any_mark("["), any_tag("B-title"))
def rule_periodical_after_a_translated_quoted_title_is_the_container(text: str, tokens: Sequence[Token],
                                                                       tags: list[str]) -> list[str]:
    """``V. Serzh, "Pis'mo k druz'iam" [A Letter to Friends], Biulleten' oppozitsii, no. 51 (July–August 1936)``: a title
    run after a quoted title and its translation in square brackets, going on into an issue, a volume or a date, is
    the periodical the article is in: its container (the translation a note of the article's)."""
    runs = tag_spans(tokens, tags)
    out = None
    for n in range(len(runs) - 2):
        (_, l0, lab0), (f1, l1, lab1), (f2, _, lab2) = runs[n], runs[n + 1], runs[n + 2]
        if lab0 != "title" or lab1 != "title" or l1 != f2 or lab2 not in ("issue", "volume", "date") \
                or tokens[l0 - 1].text not in _CLOSING_QUOTES or tokens[l0].text != "[":
            continue
        close = next((k for k in range(l0 + 1, f1) if tokens[k].text == "]"), None)
        if close is None or any(tokens[k].text[:1].isalnum() for k in range(close + 1, f1)):
            continue
        out = out or list(tags)
        relabel(out, l0, close + 1, "note")  # the title's translation
        relabel(out, f1, l1, "container-title")
    return out or tags


def _matches_and_their_tokens(pattern: re.Pattern[str], text: str,
                              tokens: Sequence[Token]) -> Iterator[tuple[re.Match[str], int, int]]:
    """Each match of ``pattern`` in ``text``, with the token it opens on and the token right after it."""
    starts = None
    for match in pattern.finditer(text):
        starts = starts or token_starts(tokens)
        yield match, bisect_left(starts, match.start()), bisect_left(starts, match.end())


#: Words naming a translation before its title (``English translation:``, ``Eng. trans.``, ``translated as``, ``in English
#: as``), right before a capital or a quotation mark.
_TRANSLATION_CUE = re.compile(r"(?:(?:English|French|German|Russian|Spanish|Italian)\s+(?:translation|trans\.|version|edition)"
                              r"|Eng\.\s+trans\.|(?:translated|published)\s+(?:in(?:to)?\s+English\s+)?as|in\s+English\s+as)"
                              r"\s*:?\s+(?=[A-Z“\"‘])")


@needs(any_mark("trans", "English"))
def rule_translation_named_after_its_original_is_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Victor Serge, Ville conquise (Paris: Rieder, 1932); English translation: Conquered City, trans. Richard Greeman
    (New York…``, ``Eng. trans. Conquered City (…``, ``…, translated as Conquered City (…``: the words naming a
    translation (:data:`_TRANSLATION_CUE`) are prose, and the title after them (to its imprint's bracket, or a comma before
    its translator) is the translation's title."""
    out = None
    for _, first, title in _matches_and_their_tokens(_TRANSLATION_CUE, text, tokens):
        if title >= len(tokens) or title + 1 < len(tokens) and re.fullmatch(r"[A-Z]", tokens[title].text) \
                and tokens[title + 1].text == ".":
            continue  # "published as J. V. Stalin, “Report…”": a name, the title after it
        if tokens[title].text in OPENING_QUOTES:  # a quoted title ends at its quotation mark
            close = QUOTE_PAIRS[tokens[title].text]
            end = next((k + 1 for k in range(title + 1, len(tokens)) if tokens[k].text == close), title)
        else:
            end = title
            while end < len(tokens) and tokens[end].text not in ("(", ";", "[") \
                    and not (tokens[end].text == "," and end + 1 < len(tokens) and not tokens[end + 1].text[:1].isupper()):
                end += 1
        if end == title:
            continue
        out = out or list(tags)
        out[first:title] = ["prose"] * (title - first)
        _title_before_its_comma(tokens, out, title, end)  # (the comma before the translator)
    return out or tags






#: Words before the day a web page was posted or changed (``posted``, ``last modified``, ``updated``, ``published``).
_POSTED = re.compile(r"(?:posted|published|updated|last\s+(?:modified|updated|edited))(?:\s+on)?\s+", re.I)


@needs(any_mark("http", "www."))
def rule_posting_day_and_blog_of_a_web_page(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Tendance Coatesy blog, "Serge and the Left," posted 5 March 2011, http://…``, ``"Platypus Review," Wikipedia,
    last modified June 1, 2019, https://…``: in a cite with a web address, the words saying when a page was posted or
    changed (:data:`_POSTED`) are a note and the day after them its date, whatever the tagger read in them; a name
    run ending on ``blog`` is the blog, the page's container."""
    if not may_hold(text, ("posted", "published", "updated", "last")) and "blog" not in lowered_words(tokens):
        return tags  # neither a word of _POSTED nor a blog
    out = None
    for posted, first, day in _matches_and_their_tokens(_POSTED, text, tokens):
        if first >= len(tokens) or tokens[first].start != posted.start() or day >= len(tokens):
            continue
        end = day
        while end < len(tokens) and not tokens[end].text.startswith(("http", "www")) and tokens[end].text not in (";", "(") \
                and not (tokens[end].text == "," and not (end + 1 < len(tokens) and YEAR.fullmatch(tokens[end + 1].text))):
            end += 1  # (the comma before a year is the date's: "June 1, 2019")
        date = text[tokens[day].start:tokens[end - 1].end] if end > day else ""
        if not _DAY_MONTH_YEAR.fullmatch(date.rstrip(".")):
            continue
        out = out or list(tags)
        after_a_note = first > 0 and split_label(out[first - 1])[1] == "note"  # "…, last modified": the same note goes on
        relabel(out, first, day, "note", continues=after_a_note)  # what happened that day: kept with the cite
        if end < len(tokens) and tokens[end].text == ",":
            end += 1
        relabel(out, day, end, "date")
        open_run(out, end)
    for first, last, label in tag_spans(tokens, out or tags):
        if label == "author" and tokens[last - 1 - (tokens[last - 1].text == ",")].text.lower() == "blog":
            out = out or list(tags)
            relabel(out, first, last, "container-title")
    return out or tags


#: A day's date written out: ``5 March 2011``, ``June 1, 2019``, ``March 5th, 2011``.
_DAY_MONTH_YEAR = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}")


#: A rank or a word of address before a person's name (``by Captain John Graunt``, ``by Sir William Petty``).
_RANK = r"(?:Captain|Capt\.|Colonel|Col\.|General|Major|Admiral|Sir|Lord|Lady|Dr\.|Rev\.|Mr\.|Mrs\.|Bishop|Professor|Prof\.)"
#: A work named in prose as ``Title, by Author``: a title of capitalised words (small words between them), its comma
#: (its year and a comma: ``Itinerarium Angliae, 1675, by John Ogilby``), ``by`` and a person (initials and a family
#: name, or one or two given names and a family name, perhaps after a rank: ``by Captain John Graunt``), then a comma,
#: a stop, a semicolon, a bracket or ``and``: ``Self-Government in Industry, by G.D.H. Cole, and National Guilds, by
#: S.G. Hobson``.
_TITLE_BY_PERSON = re.compile(
    r"(?<![\w’'-])(?P<title>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|in|and|the|a|an|for|on|to|at|from|with))*),"
    r"(?:\s+(?P<year>1[5-9]\d\d),)?\s+by\s+(?:(?P<rank>" + _RANK + r")\s+)?"
    r"(?P<name>(?:(?:[A-Z]\.\s*){1,3}[A-Z][\w’'-]+|[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?(?:[A-Z]\.\s*){0,2}[A-Z][\w’'-]+)"
    r"(?:\s+and\s+(?:(?:[A-Z]\.\s*){1,3}[A-Z][\w’'-]+|[A-Z][a-z]+\s+(?:[A-Z]\.\s*){0,2}[A-Z][\w’'-]+))?)"
    r"(?=\s*(?:[,.;(]|\s+and\b|$))")


#: Abbreviations of a role or a part that a ``by`` may follow (``Trans., by B. Jowett``, ``Ed. by``).
_ROLE_ABBREVIATIONS = frozenset({"trans", "tr", "ed", "eds", "edited", "translated", "vol", "vols"})
#: A review's words in the clause before a book named with its author: the book is the review's subject.
_REVIEW_OF = re.compile(r"\breview(?:ed)?\s+of\b[^.;]*$", re.I)


@needs(any_mark(", by "))
def rule_title_comma_by_a_person_in_prose_is_a_work(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``The best expositions of Guild Socialism are Self-Government in Industry, by G.D.H. Cole, and National Guilds, by
    S.G. Hobson``: each ``Title, by Person`` in a note's prose (:data:`_TITLE_BY_PERSON`) is a work, its title and its
    author, whatever the tagger read there; ``by`` is prose. Not when the tagger read the title as a name or an
    imprint field (a place, a publisher), nor a title of one word that is a name's (``Marx, by Franz Mehring``)."""
    out = None
    starts = None
    for match in _TITLE_BY_PERSON.finditer(text):
        words = [w for w in match["title"].split() if w not in ("The", "A", "An")]
        before = text[:match.start()].rstrip()
        previous = before.rsplit(None, 1)[-1] if before.split() else ""
        if len(words) < 2 or fold(words[0].rstrip(".")) in _ROLE_ABBREVIATIONS or before.endswith((":", "—", "–", "-")) \
                or previous.lower() in _TITLE_INNER_WORDS or _REVIEW_OF.search(before):
            continue  # one word ("Trans, by B. Jowett", "I, by Engels"); a title's tail ("Socialism: a Summary…",
            # "The State in Russia—Old and New"); a reviewed book (a review's)
        starts = starts or token_starts(tokens)
        first, by = bisect_left(starts, match.start("title")), bisect_left(starts, match.end("title"))
        name, end = bisect_left(starts, match.start("rank" if match["rank"] else "name")), bisect_left(starts, match.end("name"))
        while first < by - 1 and fold(tokens[first].text) in load("lead_words"):
            first += 1  # "See Capital, by Karl Marx": the lead word is the note's
        if any(split_label(tags[k])[1] in ("location", "publisher", "date", "container-title") for k in range(first, by)):
            continue
        out = out or list(tags)
        head = first
        while head > 0 and out[head - 1] != "prose" and split_label(out[head - 1])[1] == "title":
            head -= 1  # "Guild Socialism are" read into the title run: the sentence's words before it
        if head < first and tokens[first - 1].text.islower():
            out[head:first] = ["prose"] * (first - head)
        relabel(out, first, by, "title")
        out[by:name] = ["prose"] * (name - by)
        if match["year"]:  # "Itinerarium Angliae, 1675, by John Ogilby"
            year = bisect_left(starts, match.start("year"))
            relabel(out, year, year + 1, "date")
        relabel(out, name, end, "author")
        if end < len(tokens) and tokens[end].text == "(":  # "by Captain John Graunt (Sir William Petty)": the name he wrote under
            close = next((k for k in range(end + 1, min(len(tokens), end + 8)) if tokens[k].text == ")"), None)
            if close is not None and all(t.text[:1].isupper() or t.text in ".," for t in tokens[end + 1:close]):
                end = close + 1
                relabel(out, name, end, "author")
        joint = end + (end < len(tokens) and tokens[end].text == ",")
        if joint < len(tokens) and tokens[joint].text == "and":  # ", and National Guilds, by …": the list's joint
            out[end:joint + 1] = ["prose"] * (joint + 1 - end)
            end = joint + 1
        elif joint == end + 1 and out[end].startswith("I-"):
            out[end] = "I-author"  # the name's comma, left in the run the tagger read
            end += 1
        open_run(out, end)
        after = next(((f, l) for f, l, lab in tag_spans(tokens, out) if f == end and lab == "title"), None)
        following = after[1] + (after is not None and after[1] < len(tokens) and tokens[after[1]].text == "," and out[after[1]] == "prose") \
            if after is not None else len(tokens)
        if after is not None and following < len(tokens) and split_label(out[following])[1] in ("date", "volume", "issue"):
            relabel(out, after[0], after[1], "container-title")  # "…, by Walter Lippmann, New Republic, August 4, 1920"
    return out or tags


#: Nouns for works before a colon that opens a list of their titles (``of my books: A; B; C, and D``).
_LISTED_WORKS = re.compile(r"\b(?:books|works|writings|pamphlets|essays|studies|articles|novels|volumes)\s*:\s+(?=[A-Z“\"‘])")


#: What :data:`_LISTED_WORKS` cannot do without: its colon and the capital or quotation mark opening the list.
_COLON_BEFORE_A_LIST = re.compile(r":\s+[A-Z“\"‘]")


@needs(any_mark(";"), any_mark(":"), any_match(_COLON_BEFORE_A_LIST))
def rule_titles_listed_after_a_colon_are_each_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``This subject is treated in … of my books: Socialism: a Summary …; Applied Socialism; Syndicalism, Industrial
    Unionism, and Socialism; Elements of Socialism (Spargo and Arner), and Social Democracy Explained.``: after a noun
    for works in lower case and a colon (:data:`_LISTED_WORKS`), the items of a list (no digit in them: titles alone) split by semicolons (the last one's ``, and``
    after a bracket or in an item of no other comma opening one more) are each a title; the separators, and names in
    brackets after a title, are prose. Only when there are two items at least, each opening on a capital."""
    cue = _LISTED_WORKS.search(text)
    if cue is None:
        return tags
    end = len(text.rstrip(" ."))
    sentence = re.search(r"\.\s+[A-Z]", text[cue.end():end])
    if sentence:
        end = cue.end() + sentence.start()
    items, at = [], cue.end()
    for part in text[cue.end():end].split(";"):
        items.append((at, at + len(part)))
        at += len(part) + 1
    start, stop = items[-1]
    last = text[start:stop]
    joint = re.search(r"\),\s+and\s+(?=[A-Z“\"‘])", last) or (re.search(r",\s+and\s+(?=[A-Z“\"‘])", last) if last.count(",") == 1 else None)
    if joint:
        items[-1:] = [(start, start + joint.start() + (last[joint.start()] == ")")), (start + joint.end(), stop)]
    if any(re.search(r"\d", text[start:stop]) for start, stop in items):
        return tags  # an imprint or a page: cites of their own, read as cites
    spans = []
    for start, stop in items:
        while start < stop and text[start] == " ":
            start += 1
        bracket = re.search(r"\s*\([^()]*\)\s*$", text[start:stop])
        title_end = start + bracket.start() if bracket else stop
        if title_end <= start or not (text[start].isupper() or text[start] in "“\"‘"):
            return tags
        spans.append((start, title_end))
    if len(spans) < 2:
        return tags
    starts = token_starts(tokens)
    out = list(tags)
    first = bisect_left(starts, cue.end())
    last_token = bisect_left(starts, end)
    out[first:last_token] = ["prose"] * (last_token - first)
    for start, stop in spans:
        a, b = bisect_left(starts, start), bisect_left(starts, stop)
        if b > a:
            relabel(out, a, b, "title")
    return out


#: Words naming a kind of printed item that a note may put before its quoted title (``Leaflet, "Free Victor Serge!,"
#: Committee …``).
_ITEM_GENRES = frozenset({"leaflet", "pamphlet", "flyer", "poster", "broadside", "broadsheet", "circular", "handbill",
                          "statement", "resolution", "manifesto", "tract", "appeal", "declaration"})


@needs(any_tag("B-title"), any_written(OPENING_QUOTES), any_word(_ITEM_GENRES))
def rule_genre_opening_a_cite_before_its_quoted_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Leaflet, "Free Victor Serge!," Committee for the Defense of Leon Trotsky, New York, 1936``: one word naming a kind
    of printed item (:data:`_ITEM_GENRES`), read as a name or a title, opening the cite right before a quoted title, is
    its genre; the body named after the title (read as a container) issued it: the publisher."""
    runs = tag_spans(tokens, tags)
    out = None
    for n in range(len(runs) - 1):
        (f0, l0, lab0), (f1, l1, lab1) = runs[n], runs[n + 1]
        words = [t for t in tokens[f0:l0] if t.text != ","]
        if lab0 not in ("author", "title") or lab1 != "title" or len(words) != 1 or words[0].text.lower() not in _ITEM_GENRES \
                or tokens[f1].text not in OPENING_QUOTES or not _opens_a_cite(tokens, tags, f0) \
                or any(tokens[k].text[:1].isalnum() for k in range(l0, f1)):
            continue
        out = out or list(tags)
        relabel(out, f0, l0, "genre")
        if n + 2 < len(runs) and runs[n + 2][2] == "container-title" and runs[n + 2][0] == l1:
            relabel(out, runs[n + 2][0], runs[n + 2][1], "publisher")
    return out or tags














@needs(any_tag("B-editor"), any_tag("B-container-title"))
def rule_description_before_an_edited_book_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``See the exchange of letters between Serge and Trotsky in 1936–39, in D. J. Cotterill, ed., The Serge–Trotsky
    Papers (London: Pluto Press, 1994)``: an unquoted title run that opens in the middle of a sentence (a lower-case
    word right before it) and goes on into ``in``, an editor's run and a container with its imprint describes what the
    book holds: prose; the container is the book cited, its title."""
    runs = tag_spans(tokens, tags)
    out = None
    for n in range(len(runs) - 3):
        (f0, l0, lab0), (f1, l1, lab1), (f2, l2, lab2), (f3, _, lab3) = runs[n:n + 4]
        if lab0 != "title" or lab1 != "editor" or lab2 != "container-title" or lab3 not in ("location", "publisher") \
                or l1 != f2 or l2 != f3 or f0 == 0 or not tokens[f0 - 1].text.isalpha() or not tokens[f0 - 1].text.islower() \
                or tokens[f0].text in OPENING_QUOTES or tokens[f1 - 1].text.lower() not in IN_WORDS and tokens[f1].text.lower() not in IN_WORDS:
            continue
        out = out or list(tags)
        out[f0:l0] = ["prose"] * (l0 - f0)
        relabel(out, f2, l2, "title")
    return out or tags


@needs(any_mark(":"), any_mark(" in "), any_tag("B-title"))
def rule_name_and_colon_after_in_head_the_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Albertani, "Victor Serge in Mexico," in Victor Serge: The Century of the Unexpected, ed. Richard Greeman``: a name
    run right after ``in`` that ends on a colon right before a title run is that title's head (a book about the
    person), not its author: one run, the container after a title, else the title."""
    runs = tag_spans(tokens, tags)
    out = None
    for n in range(len(runs) - 1):
        (f0, l0, lab0), (f1, l1, lab1) = runs[n], runs[n + 1]
        if lab0 != "author" or lab1 != "title" or l0 != f1 or tokens[l0 - 1].text != ":" or f0 == 0 \
                or tokens[f0 - 1].text.lower() not in IN_WORDS:
            continue
        after_a_title = n > 0 and runs[n - 1][2] == "title"
        out = out or list(tags)
        relabel(out, f0, l1, "container-title" if after_a_title else "title")
    return out or tags


@needs(any_mark(":"), any_mark(" in "), any_tag("B-title"))
def rule_words_and_colon_after_in_head_the_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Roosevelt's account … in Countercoup: The Struggle for the Control of Iran (New York: McGraw-Hill, 1979)``: one
    to four capitalised words left as prose right after ``in`` that end on a colon right before a title run are that
    title's main title (the tagger took only the subtitle): one title run. Not a place (``in London: Title`` reads
    as an imprint)."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or first < 3 or tokens[first - 1].text != ":" or tags[first - 1] != "prose" \
                or tokens[first].text in OPENING_QUOTES:
            continue
        head = first - 1
        while head > 0 and first - 1 - head < 4 and tags[head - 1] == "prose" and tokens[head - 1].text[:1].isupper() \
                and tokens[head - 1].text.isalpha():
            head -= 1
        if head == first - 1 or head == 0 or tokens[head - 1].text.lower() not in IN_WORDS \
                or is_known_place(text[tokens[head].start:tokens[first - 2].end]):
            continue
        out = out or list(tags)
        relabel(out, head, last, "title")
    return out or tags






@needs(any_tag(AUTHOR_TAGS))
def rule_name_before_a_volume_numeral_is_the_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Christian Examiner, LXXVI, p. 349``, ``Atlantic Monthly, LXIV, p. 222``: two or more capitalised
    words (no initial, no ``and``) read as a name that open a cite and are followed, after a comma, by a
    lone Roman numeral and a page pinpoint name a work cited by volume and page (a periodical): the words
    are its title and the numeral its volume, whether the tagger read the numeral as a title, a date or
    the name's last word (no one is named before a volume number with no title between)."""
    if _VOLUME_NUMERAL.search(text) is None:
        return tags  # no author run, or no lone numeral between commas
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "author" or not _opens_a_cite(tokens, tags, first):
            continue
        comma = next((k for k in range(first, last) if tokens[k].text == ","), None)
        numeral = comma + 1 if comma is not None else len(tokens)
        if numeral + 2 >= len(tokens) or not ROMAN_NUMERAL.fullmatch(tokens[numeral].text) \
                or tokens[numeral + 1].text != "," or split_label(tags[numeral])[1] not in _NUMERAL_MISREAD \
                or split_label(tags[numeral + 2])[1] != "locator":
            continue
        words = [t.text for t in tokens[first:comma]]
        if len(words) < 2 or not all(len(w) > 1 and w[:1].isupper() and w.isalpha() for w in words):
            continue  # one word is a surname ("Gibbon, III, p. 45"); an initial or "and" makes names
        relabel(tags, first, numeral, "title")
        relabel(tags, numeral, numeral + 2, "volume")
        open_run(tags, numeral + 2)
    return tags


#: A numbered series (``5th ser.``, ``2nd series``): its ordinal and its word, tokens apart.
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th|d)")


_NAME_WORD = r"[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?"
#: A further word or initial of a name (``A.C.``: initials may go without a space).
_NAME_PART = rf"(?: {_NAME_WORD}| ?[A-Z]\.)"
#: A name inverted as a bibliography writes it, closed by a full stop before the title: ``Roe, Justin.``,
#: ``Roe, Justin A.``, ``Roe, J. A.``, ``Roe, Anne, and Fredrik Lind.``; group 1 is the surname, group 2 the
#: first given name or initial, group 3 the second author's name.
_INVERTED_NAME = re.compile(
    rf"({_NAME_WORD}), ({_NAME_WORD}|[A-Z]\.){_NAME_PART}*"
    rf"(,? and (?:{_NAME_WORD}|[A-Z]\.){_NAME_PART}*)?\.?(?<=\.)\s+(?=[“\"‘A-Z])")


#: What :data:`_INVERTED_NAME` cannot do without: the full stop closing the name, before the title's first letter or mark.
_STOP_BEFORE_A_TITLE = re.compile(r"\.\s+[“\"‘A-Z]")


@needs(any_mark(", "), any_mark(". "), any_match(_STOP_BEFORE_A_TITLE), any_tag(TITLE_TAGS))
def rule_inverted_name_opening_a_title_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…, 2007), Roe, Justin. Reclaiming the Right (Wilmington: …)``: a title run that opens on a name
    inverted as in a bibliography (a surname, a comma, given names or initials, a second author after
    ``and`` allowed) closed by a full stop before a capitalised word opens on its author: the name is the
    author, the words after the full stop the title. The name's first given name is a known one or an
    initial, or a second author follows (``Craig, Anne, and Fredrik Lind.``); a place before the comma is
    no surname (``Washington, D.C. Board of Trade``)."""
    tags = list(tags)
    given, places = load("given_names"), load("places")
    starts = token_starts(tokens)
    for first, last, label in tag_spans(tokens, tags):
        if label != "title":
            continue
        match = _INVERTED_NAME.match(text, tokens[first].start, tokens[last - 1].end)
        if match is None or fold(match.group(1)) in places \
                or not (len(match.group(2)) == 2 or fold(match.group(2)) in given or match.group(3)):
            continue  # "Washington, D.C. Board of Trade": a place opens the title
        opening = bisect_left(starts, match.end())
        if opening < last:
            relabel(tags, first, opening, "author")
            relabel(tags, opening, last, "title")
    return tags


def _quote_closing_the_run(tokens: Sequence[Token], opening: int, last: int) -> bool:
    """Whether the quotation opening at token ``opening`` closes at the end of the run ending before token
    ``last`` (only punctuation after its closing mark), holding words."""
    end = last
    while end > opening and not tokens[end - 1].text[:1].isalnum() and tokens[end - 1].text not in _CLOSING_QUOTES:
        end -= 1
    return end - opening > 2 and tokens[end - 1].text == QUOTE_PAIRS[tokens[opening].text] \
        and not any(tokens[i].text == tokens[end - 1].text for i in range(opening + 1, end - 1))


def _personal_name(tokens: Sequence[Token], first: int, end: int) -> bool:
    """Whether tokens [first, end) are a person's name in natural order with no punctuation but a hyphen: two to
    four capitalised words, the first an initial or two (``LA Fletcher``, ``C I Bratley-Kendall``) or a known given
    name, the last a family name of three letters or more with a lower-case letter."""
    words = " ".join(t.text for t in tokens[first:end]).replace(" - ", "-").split()  # "Bratley-Kendall" one word
    if not 2 <= len(words) <= 4 or any(not w.replace("-", "").isalpha() or not w[:1].isupper() for w in words):
        return False
    family, initials = words[-1], [bool(re.fullmatch(r"[A-Z]{1,2}", w)) for w in words[:-1]]
    return (initials[0] or fold(words[0]) in load("given_names")) and all(initials[1:]) \
        and len(family) >= 3 and not family.isupper()


@needs(any_written(OPENING_QUOTES), any_tag(TITLE_TAGS))
def rule_name_glued_to_a_quoted_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``University of Leeds Map Centre, “Mills of the Aire Valley, 1850,” 2012``: a title run that opens on
    two or more words (the first capitalised; no digit, full stop or colon among them), a comma and a quotation
    that ends the run is a work by that person or body: the words before the comma are its author, the
    quotation its title (a title holding a quoted word closes it inside: ``Capital, “Race,” and Class``). So,
    with no comma, a person's name (:func:`_personal_name`: ``LA Fletcher “The General Strike…”``) before a
    quotation that ends the run. A quotation opening on a lower-case word is quoted from the work, not its title:
    after a comma it leaves the run (``The Revolution Betrayed, “the bureaucracy is a caste.”``)."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or not tokens[first].text[:1].isupper():
            continue
        quote = next((k for k in range(first + 2, min(last - 1, first + 8)) if tokens[k].text in OPENING_QUOTES), None)
        if quote is not None and tokens[quote + 1].text[:1].islower():
            if tokens[quote - 1].text == "," and _quote_closing_the_run(tokens, quote, last):
                relabel(tags, quote, last, "note")  # "in The Revolution Betrayed, “the bureaucracy is a caste.”": quoted from it
            continue
        if quote is not None and _personal_name(tokens, first, quote) and _quote_closing_the_run(tokens, quote, last):
            relabel(tags, first, quote, "author")  # "LA Fletcher “The General Strike…”": no comma after the name
            relabel(tags, quote, last, "title")
            continue
        comma = next((k for k in range(first + 2, min(last - 1, first + 16)) if tokens[k].text == ","), None)
        if comma is None or tokens[comma + 1].text not in OPENING_QUOTES \
                or any(t.text[:1].isdigit() or t.text in (".", ":", ";") for t in tokens[first:comma]) \
                or not _quote_closing_the_run(tokens, comma + 1, last):
            continue
        relabel(tags, first, comma + 1, "author")
        relabel(tags, comma + 1, last, "title")
    return tags


#: Lower-case words that end a sentence's lead-in to the title it names (``… see, Roe, Anne.``,
#: ``… include: Message of the President…``); ``at`` does before a colon (``can be seen at: “…”``).
_LEAD_IN_CUES = frozenset({"see", "cf", "include", "includes", "including"})


def _lead_in_end(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """Where the title starts after a lead-in sentence that opens tokens [first, last): after the last cue
    (:data:`_LEAD_IN_CUES`, or ``at`` before a colon; with its comma or colon) that six or more words, at least
    half in lower case, come before and a capitalised word or an opening quote follows (three or more words
    when a full name and its comma follow: ``Recent studies include Jane Roe, Title``, :func:`_full_name_and_comma`);
    None when there is none such."""
    for k in range(last - 2, first, -1):
        word = tokens[k].text
        if word not in _LEAD_IN_CUES and not (word == "at" and tokens[k + 1].text == ":"):
            continue
        start = k + 1 + (tokens[k + 1].text in (",", ":", "."))  # "cf." too
        head = [t.text for t in tokens[first:k + 1] if t.text[:1].isalpha()]
        least = 3 if _full_name_and_comma(tokens, start, last) is not None else 6
        if start < last and (tokens[start].text[:1].isupper() or tokens[start].text in OPENING_QUOTES) \
                and len(head) >= least and 2 * sum(w.islower() for w in head) >= len(head):
            return start
    return None


def _full_name_and_comma(tokens: Sequence[Token], start: int, last: int) -> int | None:
    """The index of the comma after a full name opening at token ``start`` (two or three capitalised words, no
    stopword: ``Shawkat Toorawa,``) with more of the run after it, before ``last``; else None."""
    if start >= last or not capitalised_word(tokens[start].text, 2) or fold(tokens[start].text) in load("stopwords"):
        return None
    k = start + 1
    while k < last and k - start <= 2 and capitalised_word(tokens[k].text, 2):
        k += 1
    return k if start + 1 < k < last - 1 and tokens[k].text == "," else None


@needs(any_tag(TITLE_TAGS))
def rule_lead_in_sentence_before_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``For more on the policy under Kennedy see, Roe, Anne. The Cold War (…)``, ``Documents on the
    question include: Message of the President…``, ``the trends can be seen at: “Congress at a Glance”``: a title
    run that holds a lead-in sentence ending on a cue (:func:`_lead_in_end`) is prose up to the cue; the title
    opens after it."""
    if _LEAD_IN_CUES.isdisjoint(lowered_words(tokens)) and "at:" not in text:
        return tags  # no title run, or no cue to end a lead-in
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or tokens[first].text in OPENING_QUOTES or last - first < 8:
            continue
        start = _lead_in_end(tokens, first, last)
        if start is None:
            continue
        tags[first:start] = ["prose"] * (start - first)
        comma = _full_name_and_comma(tokens, start, last)
        if comma is not None:  # "… include Shawkat Toorawa, Ibn Abī …": the author, then the title
            relabel(tags, start, comma + 1, "author")
            start = comma + 1
        relabel(tags, start, last, "title")
    return tags


@needs(any_tag("B-title"), any_tag(AUTHOR_TAGS))
def rule_sentence_opening_the_note_before_a_name_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``The classic statement remains Leon Trotsky, The Revolution Betrayed…``: a title run that opens
    the note outside quotes, holds a lower-case word that is no function word (sentence case, not a
    title's) and runs straight into an author's name, no punctuation between, is the note's lead-in
    sentence: prose."""
    if next((tag for tag in tags if tag != "prose"), None) != "B-title":
        return tags  # the note's first run is no title
    runs = tag_spans(tokens, tags)
    if len(runs) < 2 or runs[1][2] != "author" or runs[0][1] != runs[1][0]:
        return tags
    first, last, _ = runs[0]
    if tokens[first].text in OPENING_QUOTES or not tokens[last - 1].text[:1].isalpha() \
            or not tokens[last].text[:1].isupper():
        return tags
    if not any(t.text[:1].islower() and t.text.lower() not in FUNCTION_WORDS for t in tokens[first + 1:last]):
        return tags  # "The Road to Power Karl Kautsky": a title in title case
    tags = list(tags)
    tags[first:last] = ["prose"] * (last - first)
    return tags


def rule_writer_named_in_a_sentence_before_a_quoted_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Patricia Hills analyzes Evergood’s submission in “Art and Politics…,” in The Social and the Real…``: a
    title run that opens the note on a full name (a known given name and a capitalised word) and a lower-case
    word that is no function word (a verb), then, within ten words, ``in`` and an opening quote, is the
    writer (an author run), a sentence about the work (prose) and the quoted title."""
    if not tags or tags[0] != "B-title" or not any(t.text in OPENING_QUOTES for t in tokens):
        return tags
    last = 1
    while last < len(tags) and tags[last] == "I-title":
        last += 1
    if last < 6 or fold(tokens[0].text) not in load("given_names") or not capitalised_word(tokens[1].text) \
            or not tokens[2].text.isalpha() or not tokens[2].text.islower() or tokens[2].text in FUNCTION_WORDS:
        return tags
    quote = next((k for k in range(3, min(last, 14)) if tokens[k].text in OPENING_QUOTES and tokens[k - 1].text == "in"),
                 None)
    if quote is None or quote + 1 >= last:
        return tags
    tags = list(tags)
    relabel(tags, 0, 2, "author")
    tags[2:quote] = ["prose"] * (quote - 2)
    relabel(tags, quote, last, "title")
    return tags


#: Words that open an English title, never a name's next word (``Pierce, The Freedmen…``).
_OPENING_ARTICLES = frozenset({"The", "A", "An"})
#: Lower-case words of an English title that no name holds (``Pierce, Freedmen of Port Royal``).
_TITLE_SMALL_WORDS = frozenset({"of", "the", "a", "an", "for", "on", "to", "with"})


def _given_or_initial(tokens: Sequence[Token], k: int, given: frozenset[str]) -> bool:
    """Whether token ``k`` is a known given name, an initial (a lone capital, its period after it or not) or
    an initial's period."""
    word = tokens[k].text
    if word == ".":
        return len(tokens[k - 1].text) == 1
    return fold(word) in given or len(word) == 1 and word.isupper()


def _title_inside_an_inverted_name(tokens: Sequence[Token], comma: int, last: int, given: frozenset[str],
                                   imprint_after: bool) -> int | None:
    """Where a title opens among tokens (comma, last) of a name run after its surname's comma: at an article
    (:data:`_OPENING_ARTICLES`) before a capitalised word, or at the first word that is no given name nor
    initial when a lower-case word of a title (:data:`_TITLE_SMALL_WORDS`) comes later, or when it and the
    rest of the run are two capitalised words or more right before an imprint (``Roe, Ira Fear Itself (New
    York: …)``); only given names and initials before it, no ``and``. None when no title opens there."""
    for k in range(comma + 1, last):
        word = tokens[k].text
        if word in _OPENING_ARTICLES and k + 1 < last and tokens[k + 1].text[1:].isalpha() \
                and tokens[k + 1].text[:1].isupper():
            return k  # "The Freedmen", not the initial of "A. Dennett" nor "A,"
        if _given_or_initial(tokens, k, given):
            continue
        if not (word[:1].isupper() and word.isalpha()):
            return None  # "and", a comma, a digit: a list of names or more than a name
        small = any(tokens[i].text in _TITLE_SMALL_WORDS for i in range(k + 1, last))
        capitalised = last - k >= 2 and all(t.text[:1].isupper() and t.text.isalpha() for t in tokens[k:last])
        return k if small or imprint_after and capitalised else None
    return None


@needs(any_mark(","), any_tag(AUTHOR_TAGS))
def rule_title_read_into_an_inverted_name(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Pierce, Freedmen of Port Royal, South Carolina``, ``Pierce, The Freedmen of Port Royal``, ``Roe,
    Peter Defining the Nation:`` + ``Conflict and Change``: a name run that opens on a surname and its comma
    and goes on into a title holds that title's start (:func:`_title_inside_an_inverted_name`): the title
    opens there, and a title run right after the name run's closing colon continues it."""
    if _TITLE_SMALL_WORDS.isdisjoint(lowered_words(tokens)) and "(" not in text:
        return tags  # no author run, or no small word of a title (the articles are among them) nor imprint bracket
    tags = list(tags)
    given = load("given_names")
    for first, last, label in tag_spans(tokens, tags):
        start = first + (tokens[first].text in (",", ";"))
        if label != "author" or start + 3 >= last or tokens[start + 1].text != "," \
                or not (tokens[start].text[:1].isupper() and tokens[start].text.translate(_NAME_MARKS).isalpha()):
            continue
        imprint_after = opens_an_imprint(tokens, tags, last)
        opening = _title_inside_an_inverted_name(tokens, start + 1, last, given, imprint_after)
        if opening is not None:
            _title_out_of_a_name_run(tokens, tags, opening, last)
    return tags


def _title_out_of_a_name_run(tokens: Sequence[Token], tags: list[str], opening: int, last: int) -> None:
    """In place: tokens [opening, last) of a name run are the start of a title; a title run right after the
    name run's closing colon continues it (the subtitle), and so does one after its comma when the start is a few
    words (``Buchanan, Patrick J. A Republic,`` + ``Not an Empire: …``)."""
    relabel(tags, opening, last, "title")
    short_start = tokens[last - 1].text == "," and sum(t.text[:1].isalpha() for t in tokens[opening:last]) <= 3
    if (tokens[last - 1].text == ":" or short_start) and last < len(tags) and tags[last] == "B-title":
        tags[last] = "I-title"


@needs(any_word("al"), any_tag(NAME_TAGS))
def rule_et_al_ends_the_names(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Jason Roe et al., People, Place, and Mills:`` + ``Mapping the North``: ``et al.`` ends a list of names;
    capitalised words after it (and its comma) in the same name run open the title."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label not in NAME_LABELS:
            continue
        al = next((k for k in range(first + 1, last - 2) if tokens[k - 1].text.lower() == "et"
                   and tokens[k].text.lower() == "al" and tokens[k + 1].text == "."), None)
        opening = None if al is None else al + 2 + (tokens[al + 2].text == ",")
        if opening is not None and opening < last and tokens[opening].text[:1].isupper():
            _title_out_of_a_name_run(tokens, tags, opening, last)
    return tags


#: What may end a quoted sentence right before its closing quotation mark.
_SENTENCE_CLOSERS = frozenset({".", "!", "?", "…"})
#: Runs the end of a quotation is misread as.
_QUOTATION_TAIL_RUNS = frozenset({"title", "container-title"})
_QUOTATION_TAIL_TAGS = tags_of(_QUOTATION_TAIL_RUNS)


def _quotations(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(opening, closing) token indices of the curly or guillemet quotations of a note (``“…”``, ``«…»``), in order;
    an unclosed one is left out."""
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for k, token in enumerate(tokens):
        if token.text in ("“", "«") and opened is None:
            opened = k
        elif token.text in ("”", "»") and opened is not None:
            found.append((opened, k))
            opened = None
    return found


#: What such a quotation cannot do without: a sentence's end (:data:`_SENTENCE_CLOSERS`) right before its closing mark.
_SENTENCE_END_BEFORE_A_CLOSING_MARK = re.compile(r"[.!?…]\s*[”»]")


@needs(any_mark("“", "«"), any_mark("”", "»"), any_match(_SENTENCE_END_BEFORE_A_CLOSING_MARK), any_tag(_QUOTATION_TAIL_TAGS))
def rule_end_of_a_quotation_is_no_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``… “… they would have been pronounced coups d’état.” Political Science and Comparative Constitutional Law,
    Vol. I, p. 105.``, ``… circulated throughout the state, particularly in the back country.” King, Life and
    Correspondence, …``: a title or container run that starts inside a quotation, after three words or more of it
    read as prose, and runs to its closing mark after a sentence's end (``.”``, ``!”``, ``?”``) is the end of the
    quoted sentence, not a title: prose. A container run right after that closing mark, with no title before it
    in its cite, is then the title of the work the quotation is taken from."""
    changed: list[str] | None = None
    for opening, closing in _quotations(tokens):
        if closing < 1 or tokens[closing - 1].text not in _SENTENCE_CLOSERS:
            continue
        current = changed if changed is not None else tags
        runs = [run for run in tag_spans(tokens, current) if run[0] > opening and run[0] <= closing < run[1] + 1]
        if len(runs) != 1 or runs[0][2] not in _QUOTATION_TAIL_RUNS or runs[0][1] != closing + 1:
            continue
        first = runs[0][0]
        words = [tokens[k].text for k in range(opening + 1, first) if tokens[k].text[:1].isalpha()]
        if len(words) < 3 or any(current[k] != "prose" for k in range(opening + 1, first)):
            continue
        changed = list(current)
        changed[first:closing + 1] = ["prose"] * (closing + 1 - first)
        after = closing + 1
        if after < len(tokens) and split_label(changed[after])[1] == "container-title":
            end = after + 1
            while end < len(tokens) and changed[end] == "I-container-title":
                end += 1
            relabel(changed, after, end, "title")
            open_run(changed, end)
    return changed if changed is not None else tags


#: Runs a periodical's name and its issue after ``for`` may have been read as.
_PERIODICAL_RUNS = frozenset({"container-title", "publisher"})


@needs(any_written("for"))
def rule_issue_after_for_closes_the_periodical(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``The American Museum for June, 1787``, ``the Proceedings of the Massachusetts Historical Society for October,
    1903``: ``for``, a month and a year right after a container run (or a publisher run the tagger cut from it) are
    the issue the piece is in: the container runs to ``for`` (the publisher run before it joins it), ``for`` is
    prose, and the month and year are the date."""
    if load("months").isdisjoint(lowered_words(tokens)):
        return tags
    changed: list[str] | None = None
    for k, token in enumerate(tokens):
        if token.text != "for" or k < 2 or k + 2 >= len(tokens) or fold(tokens[k + 1].text) not in load("months"):
            continue
        year = k + 2 + (tokens[k + 2].text == ",")
        if year >= len(tokens) or not YEAR.fullmatch(tokens[year].text):
            continue
        current = changed if changed is not None else tags
        start = k
        while start > 0 and current[start - 1] != "prose" and split_label(current[start - 1])[1] in _PERIODICAL_RUNS:
            start -= 1
        labels = {split_label(current[i])[1] for i in range(start, k)}
        if start == k or "container-title" not in labels or split_label(current[start])[1] != "container-title":
            continue
        changed = list(current)
        relabel(changed, start, k, "container-title")
        changed[k] = "prose"
        end = year + 1
        while end < len(tokens) and changed[end] == "I-date":
            end += 1
        relabel(changed, k + 1, end, "date")
        open_run(changed, end)
    return changed if changed is not None else tags


@needs(any_written("in"), any_tag(_CONTAINER_TAGS))
def rule_name_opening_a_container_after_in_is_its_editor(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``“The Movement towards a Second Constitutional Convention,” in Jameson, Essays in the Constitutional History
    of the United States, pp. 46 ff.``: a container run that opens on ``in``, one family name (perhaps after a known
    given name and initials: no common word, place or month) and a comma, then a title of two words or more opening on a capital,
    names the book's editor before its title: ``in`` is prose, the name the editor, the rest the container; not when the
    book's editor is named after it."""
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "container-title" or tokens[first].text != "in" or last - first < 5 \
                or last < len(tags) and split_label(tags[last])[1] == "editor":
            continue  # (an editor named after the book: "in Länder, Gaue und Bezirke …, ed. Michael Richter et al.")
        comma = _comma_after_a_name_and_before_a_title(tokens, first + 1, last)
        if comma is None:
            continue
        changed = changed if changed is not None else list(tags)
        changed[first] = "prose"
        relabel(changed, first + 1, comma + 1, "editor")
        relabel(changed, comma + 1, last, "container-title")
    return changed if changed is not None else tags


@needs(any_mark(" in "), any_tag(AUTHOR_TAGS), any_written(OPENING_QUOTES))
def rule_name_and_title_after_a_quoted_pieces_in_are_its_book(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Richard Greeman, "Introduction," in Victor Serge, Unforgiving Years, trans. …``: a quoted title run, ``in``
    left as prose, then an author run that is a person's name and its comma and a title run right after it
    (:func:`_comma_after_a_name_and_before_a_title` reads the name), are a piece and the book it is printed in: one
    cite, the name the book's editor (as after ``in`` elsewhere) and the title its container."""
    out = None
    runs = tag_spans(tokens, tags)
    for j in range(len(runs) - 2):
        (f0, l0, lab0), (f1, l1, lab1), (f2, l2, lab2) = runs[j], runs[j + 1], runs[j + 2]
        if lab0 != "title" or lab1 != "author" or lab2 != "title" or l1 != f2 or tokens[f0].text not in OPENING_QUOTES \
                or f1 != l0 + 1 or tokens[l0].text != "in" or tags[l0] != "prose":
            continue
        comma = _comma_after_a_name_and_before_a_title(tokens, f1, l2)
        if comma != l1 - 1:
            continue
        out = out or list(tags)
        relabel(out, f1, l1, "editor")
        relabel(out, f2, l2, "container-title")
    return out or tags


def _comma_after_a_name_and_before_a_title(tokens: Sequence[Token], k: int, last: int) -> int | None:
    """The comma after a person's name at token ``k`` (one family name, perhaps after a known given name and
    initials: no common word, place, month or doctrine) when a title of two words or more opening on a capital
    follows it up to token ``last``; else None."""
    if k + 2 < last and fold(tokens[k].text) in load("given_names") and tokens[k + 1].text[:1].isupper():
        k += 1  # a given name spelled out ("in Edmund C. Burnett, Letters of Members…")
    while k + 1 < last and re.fullmatch(r"[A-Z]", tokens[k].text) and tokens[k + 1].text == ".":
        k += 2  # initials
    name = tokens[k].text if k < last else ""
    if k + 2 >= last or tokens[k + 1].text != "," or not name.isalpha() or not name[:1].isupper() or len(name) < 3 \
            or name.lower() in WORDS or fold(name) in load("places") or fold(name) in load("months") \
            or name.lower().endswith("ism"):
        return None  # ("in Marxism, Wars and Revolutions: Essays…": a doctrine's name opens the title)
    words = [tokens[i].text for i in range(k + 2, last) if tokens[i].text[:1].isalpha()]
    if len(words) < 2 or not words[0][:1].isupper() or fold(words[0]) in load("locator_words"):
        return None
    return k + 1


@needs(any_mark(" in "), any_tag("B-title"))
def rule_in_and_a_name_inside_a_title_run_open_its_container(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Platform of the Left Opposition (1927), in Leon Trotsky, The Challenge of the Left Opposition (…)``: a title
    run that goes on over ``, in``, a person's name and a comma to a title of two words or more
    (:func:`_comma_after_a_name_and_before_a_title`) holds a piece and the book it is printed in: the run ends before
    the comma, ``in`` is prose, the name the book's editor and the rest the container."""
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or last - first < 8:
            continue
        cut = next((i for i in range(first + 2, last - 5) if tokens[i].text == "in" and tokens[i - 1].text == ","), None)
        comma = _comma_after_a_name_and_before_a_title(tokens, cut + 1, last) if cut is not None else None
        if comma is None:
            continue
        changed = changed if changed is not None else list(tags)
        changed[cut - 1:cut + 1] = ["prose", "prose"]
        relabel(changed, cut + 1, comma + 1, "editor")
        relabel(changed, comma + 1, last, "container-title")
    return changed if changed is not None else tags


#: A case cited by its parties and its report (``McCulloch v. Maryland, 4 Wheaton, 316``, ``Ogden v. Saunders, 12 Wheaton,
#: pp. 213 ff.``, ``Dred Scott vs. Sandford, 19 Howard 393``): parties, the volume, the reporter's name, the page.
#: A party's name may hold "and", "&", an "etc." and a particle (``Farmers' Loan and Trust Co.``, ``Toledo, etc. Co.``,
#: ``Coeur d'Alene Mining Co.``), either ``et al`` (``Hitchman Coal and Coke Co. v. Mitchell et al``, ``Truax et al. v.
#: Corrigan``), and the second a company's ``Inc.``, ``Ltd.`` after its comma (``Weisz v. Parke-Bernet Galleries, Inc., 325
#: N.Y.S.2d 576``); a proceeding about one party is ``In re`` and its name (``In re Debs, 158 U.S. 564``).
_PARTY_WORD = r"(?:[A-Z][\w'’.-]*,?|[a-z]{1,2}['’][A-Z][\w'’.-]*,?|and|&|etc\.,?|et\s+al\.,?)"
_CASE = re.compile(r"(?P<parties>(?!(?:See|Cf|Compare)\b)(?:In\s+re\s+(?:[A-Z][\w'’.-]*\s*){1,3}?|[A-Z][\w'’.-]*,?\s+(?:" + _PARTY_WORD + r"\s+){0,5}"
                   r"(?:v|vs)\.\s+(?:[A-Z][\w'’.-]*\s*|[a-z]{1,2}['’][A-Z][\w'’.-]*\s*|(?:and|&)\s+){1,6}?(?:et\s+al\.?\s*)?"
                   r"(?:,\s*(?:Inc|Ltd|Co|Corp|LLC|L\.L\.C|N\.A|S\.A)\.?)?)),\s*(?P<series>(?:[A-Z]\.){1,3}\s+)?(?P<volume>\d{1,3})\s+"
                   r"(?P<reporter>(?:[A-Z][\w.]*\s*){1,3}?),?\s+(?P<page>(?:pp?\.\s*)?\d{1,4}(?:\s*ff\.?)?)")


_BRACKETED_CASE_YEAR = re.compile(r"\s*(\(\s*(?:1[6-9]|20)\d\d\s*\))")


@needs(any_mark(" v. ", " vs. ", "In re "))
def rule_case_by_its_parties_and_report(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``McCulloch v. Maryland, 4 Wheaton, 316``: a law case cited by its parties (``A v. B``), the volume of the
    reports, the reporter's name and the page (:data:`_CASE`), at the opening of the note or after a ``;``, is one
    cite whatever the tagger read: the parties are the title, the reporter the container, its volume the volume and
    the page its pages (the page the report opens on, not a pinpoint), and a year in brackets right after it
    (``…, 60 Fed. 803 (1895)``) the date; a series before the volume (``L.R. 6 E. 551``) makes one container with
    the volume and the reporter. A citing word before it (``See``) is no party."""
    changed: list[str] | None = None
    starts = token_starts(tokens)
    for match in _CASE.finditer(text):
        before = text[:match.start()].rstrip()
        if before and not before.endswith(";") and not re.fullmatch(r"(?:see|cf\.|compare)", before, re.I):
            continue
        if re.search(r"(?:^|\s)[A-Z]\.\s+vs?\.\s", match["parties"]):
            continue  # "H. v. Sybel": an initial and "von", not two parties
        spans = [(match.start("parties"), match.end("parties"), "title"), (match.start("volume"), match.end("volume"), "volume"),
                 (match.start("reporter"), match.end("reporter"), "container-title"), (match.start("page"), match.end("page"), "pages")]
        if match["series"]:  # "L.R. 6 E. 551": the series, its volume and the reporter name the report together
            spans[1:3] = [(match.start("series"), match.end("reporter"), "container-title")]
        indices = []
        for start, end, label in spans:
            end = start + len(text[start:end].rstrip())
            first, last = bisect_left(starts, start), bisect_left(starts, end)
            if first >= last:
                break
            indices.append((first, last, label))
        if len(indices) != len(spans):
            continue
        year = _BRACKETED_CASE_YEAR.match(text, match.end())
        if year:  # "…, 60 Fed. 803 (1895)": the year the case was decided
            first, last = bisect_left(starts, year.start(1)), bisect_left(starts, year.end())
            if first < last:
                indices.append((first, last, "date"))
        changed = changed if changed is not None else list(tags)
        relabel_runs(changed, indices)
        for k in range(indices[0][1], indices[-1][1]):  # the commas between the parts
            if tokens[k].text == ",":
                changed[k] = "prose"
        open_run(changed, indices[-1][1])
    return changed if changed is not None else tags


#: A case cited by its report alone and the year (``107 Mass. 555 (1871)``, ``5 Pa. Co. Ct. 163 (1888)``), all of its part of
#: the note: the volume, the reporter's abbreviated name, the page, the year in brackets.
_REPORT_ALONE = re.compile(r"(?:^|(?<=;))\s*(?P<report>\d{1,3}\s+(?:[A-Z][a-z]{0,4}\.\s*){1,4}\d{1,4})\s*"
                           r"(?P<year>\(\s*(?:1[6-9]|20)\d\d\s*\))\s*(?=[.;]|$)")


#: What such a part cannot do without: the year in brackets that ends it (``(1871)``, :data:`_REPORT_ALONE`'s ``year``).
_REPORT_YEAR = re.compile(r"\(\s*(?:1[6-9]|20)\d\d\s*\)")


@needs(any_mark("("), any_match(_REPORT_YEAR))
def rule_case_by_its_report_alone(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``107 Mass. 555 (1871).``, ``…; 64 Fed. 310 (1894).``: a part of the note (its whole, or between ``;``) that is
    only a report's volume, a reporter's abbreviated name (one to four capitalised abbreviations: ``Mass.``, ``Pa. Co.
    Ct.``) and a page, then a year in brackets (:data:`_REPORT_ALONE`), cites a case by its report: the report is the
    title (the name it is cited by), the year the date."""
    if not text.lstrip()[:1].isdigit() and ";" not in text:
        return tags
    changed: list[str] | None = None
    starts = token_starts(tokens)
    for match in _REPORT_ALONE.finditer(text):
        indices = runs_of_spans(starts, [(match.start("report"), match.end("report"), "title"),
                                         (match.start("year"), match.end("year"), "date")])
        if indices is None:
            continue
        changed = changed if changed is not None else list(tags)
        relabel_runs(changed, indices)
        end = indices[-1][1]
        if end < len(tokens) and tokens[end].text in ".;":
            changed[end] = "prose"  # the full stop or semicolon that ends the part
        open_run(changed, end)
    return changed if changed is not None else tags


#: Words that end the name of a collection of manuscripts (``Madison Mss.``, ``Hamilton Papers``).
_MANUSCRIPT_WORDS = frozenset({"mss", "ms", "manuscripts", "papers", "collection"})


@needs(any_word(_MANUSCRIPT_WORDS), any_tag("B-note"))
def rule_manuscripts_after_a_quotation_are_its_source(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``… for so long a period as the first of January next?” Madison Mss., Library of Congress.``: a note run right
    after a quotation that closes on a sentence's end, opening on capitalised words that end on a word for manuscripts
    (``Mss.``, ``Papers``) before a comma or the note's end, names the collection the quotation is taken from: those
    words are the title, the rest (where it is kept) stays a note."""
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "note" or first < 2 or tokens[first - 1].text not in ("”", "»") \
                or tokens[first - 2].text not in _SENTENCE_CLOSERS:
            continue
        end = next((k for k in range(first, last) if tokens[k].text == ","), last)
        words = [tokens[k].text for k in range(first, end) if tokens[k].text[:1].isalpha()]
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or fold(words[-1]) not in _MANUSCRIPT_WORDS:
            continue
        changed = changed if changed is not None else list(tags)
        relabel(changed, first, end, "title")
        if end < last:
            relabel(changed, end + 1, last, "note")
            changed[end] = "I-title"
    return changed if changed is not None else tags


#: A volume in lower-case Roman numerals (``vii``), read into a title run after its closing quote.
_ROMAN_VOLUME_WORD = re.compile(r"[ivxlc]{1,7}")
#: Words that may stand between two quoted titles of one list (``"A," "B," and "C"``).
_TITLE_LIST_JOINS = frozenset({",", "and", "&"})


#: Words that open a dictionary's or encyclopedia's entry (``art. Phtisie``, ``Article Anthropologie``, ``s. v.``).
_ENTRY_WORDS = frozenset({"art", "article", "artikel", "artículo", "articulo", "articolo", "voce", "verbo", "mot"})
#: Words between an entry and the dictionary it is in (``Article Anthropologie, dans le Dictionnaire de Dechambre``).
_ENTRY_IN = frozenset({"dans", "in", "en", "im", "nel", "nella", "le", "la", "l'", "the", "dem", "el", "del", "du"})


def _entry_words(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """The entry's words after an entry word at ``k`` (its period skipped): capitalised words (and the small words
    between them) up to a comma or the note's end, as [start, end) token indexes; None when there are none."""
    start = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ".")
    end = start
    while end < len(tokens) and tokens[end].text not in (",", ";", "(", ")") and (
            tokens[end].text[:1].isupper() or end > start and tokens[end].text.lower() in FUNCTION_WORDS | {"et", "y", "e"}):
        end += 1
    if end == start or end - start > 6 or end < len(tokens) and tokens[end].text not in (",", ".", ";"):
        return None
    return start, end


@needs(any_word(_ENTRY_WORDS))
def rule_entry_of_a_dictionary(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Article Anthropologie, dans le Dictionnaire de Dechambre, t. V.``, ``Dictionnaire encyclopédique des sciences
    méd., art. Phtisie, t. LXXVI p. 542``: an entry word (``art.``, ``Article``, ``Artikel``, ``voce``…) and the
    capitalised words after it, up to a comma, are the entry's title, the dictionary named before it (the title run
    the entry ends) or after it (a run right after ``dans le``, ``in``…) the container; the entry word is the
    genre (a field, so the cite holds together)."""
    tags = list(tags)
    for k, token in enumerate(tokens):
        if token.text.lower() not in _ENTRY_WORDS:
            continue
        words = _entry_words(tokens, k)
        if words is None:
            continue
        start, end = words
        before = k - 1 if k and tokens[k - 1].text == "," else k
        if k >= 2 and before < k and split_label(tags[before - 1])[1] in ("title", "container-title") \
                and tags[k] == "I-" + split_label(tags[before - 1])[1]:
            first = before - 1  # "Dictionnaire encyclopédique des sciences méd., art. Phtisie": the run ends on the entry
            while first > 0 and not tags[first].startswith("B-"):
                first -= 1
            relabel(tags, first, before + 1, "container-title")  # its comma with it
        elif k == 0 or tokens[k - 1].text in (";", "(") or tags[k - 1] == "prose" and all(t == "prose" for t in tags[:k]):
            opening = end + (end < len(tokens) and tokens[end].text == ",")
            after = opening
            while after < len(tokens) and tokens[after].text.lower() in _ENTRY_IN and tags[after] == "prose":
                after += 1
            if after >= len(tokens) or split_label(tags[after])[1] not in ("title", "container-title") \
                    or not tags[after].startswith("B-"):
                continue
            last = after + 1
            while last < len(tokens) and tags[last] == "I-" + split_label(tags[after])[1]:
                last += 1
            relabel(tags, opening, last, "container-title")  # "dans le" with it (the container loses it)
        else:
            continue
        relabel(tags, k, start, "genre")  # the entry word: a field, so the cite holds together
        relabel(tags, start, end, "title")
        if end < len(tokens) and tokens[end].text == "," and split_label(tags[end])[1] != "container-title":
            tags[end] = "I-title"
        open_run(tags, end + 1)
    return tags


def _sub_verbo_at(tokens: Sequence[Token], k: int) -> int | None:
    """The index after ``s.v.`` (``s. v.``, ``s.vv.``, ``sub verbo``, ``sub voce``) opening at token ``k``, or None."""
    words = [t.text.lower() for t in tokens[k:k + 4]]
    if words[:4] in (["s", ".", "v", "."], ["s", ".", "vv", "."]):
        return k + 4
    if words[:2] in (["sub", "verbo"], ["sub", "voce"]):
        return k + 2
    return None


@needs(any_word("s", "sub"))
def rule_entry_named_sub_verbo(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Encyclopaedia Iranica, s.v. “Storey, Charles Ambrose,” by Yuri Bregel, accessed …``: the reference work
    named before ``, s.v.`` (capitalised words opening the note or following a ``;`` or a lead-in word) is the
    container, the quoted entry after it the title (or its capitalised words up to a comma, unquoted), ``s.v.`` the
    genre (a field, so the cite holds together), and the name after ``by`` the entry's author."""
    changed: list[str] | None = None
    for k in range(2, len(tokens) - 2):
        after = _sub_verbo_at(tokens, k) if tokens[k].text.lower() in ("s", "sub") else None
        if after is None or tokens[k - 1].text != "," or after >= len(tokens):
            continue
        name_end = k - 1  # the comma after the reference work's name (or after its edition: "…, 11th ed., s.v.")
        edition = _EDITION_BEFORE.search(text, 0, tokens[k - 1].end)
        comma = token_at(tokens, edition.start()) if edition is not None else None  # (the comma before the edition)
        if comma is not None:
            name_end = comma
        first = name_end
        while first > 0 and (capitalised_word(tokens[first - 1].text, 1) or tokens[first - 1].text.lower() in FUNCTION_WORDS
                             or tokens[first - 1].text in ("&", ".", "-")) and tokens[first - 1].text.lower() not in _LEAD_WORDS:
            first -= 1
        while first < name_end and not tokens[first].text[:1].isupper():
            first += 1
        if first == name_end:
            continue  # no reference work named before
        if tokens[after].text in OPENING_QUOTES:
            close = next((j for j in range(after + 1, min(len(tokens), after + 30)) if tokens[j].text in ("”", '"', "’")
                          and j > after + 1), None)
            if close is None:
                continue
            end = close + 1
        else:
            end = after
            while end < len(tokens) and tokens[end].text not in (",", ";", ".") and end - after < 8:
                end += 1
            if end == after:
                continue
        changed = changed if changed is not None else list(tags)
        relabel(changed, first, name_end, "container-title")
        changed[name_end] = "prose"
        if name_end < k - 1:
            relabel(changed, name_end + 1, k - 1, "edition")
            changed[k - 1] = "prose"
        relabel(changed, k, after, "genre")
        relabel(changed, after, end, "title")
        by = end + (end < len(tokens) and tokens[end].text == ",")
        if by + 1 < len(tokens) and tokens[by].text == "by" and capitalised_word(tokens[by + 1].text, 1):
            name_end = by + 1
            while name_end < len(tokens) and (capitalised_word(tokens[name_end].text, 1) or tokens[name_end].text == "."):
                name_end += 1
            changed[end:by + 1] = ["prose"] * (by + 1 - end)
            relabel(changed, by + 1, name_end, "author")
            end = name_end
        accessed = end + (end < len(tokens) and tokens[end].text == ",")
        if accessed < len(tokens) and tokens[accessed].text.lower() == "accessed":  # ", accessed 5 May 2020, URL"
            stop = accessed + 1
            while stop < len(tokens) and tokens[stop].text not in (",", ";", "(") and split_label(changed[stop])[1] != "url":
                stop += 1
            relabel(changed, accessed, stop, "note")
            end = stop
        open_run(changed, end)
    return changed if changed is not None else tags


#: An edition between a reference work's name and its ``s.v.``, ending the text searched (``, 11th ed.``, ``, 2nd edn``).
_EDITION_BEFORE = re.compile(r",\s*(?=\d{1,2}(?:st|nd|rd|th)\s+(?:ed|edn|edition)\b\.?\s*,\s*$)")
#: Lead-in words before a reference work's name (``See Encyclopaedia…``).
_LEAD_WORDS = frozenset({"see", "cf", "also", "and", "in"})


@needs(any_mark(":"), any_tag(TITLE_TAGS))
def rule_year_and_colon_open_the_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Thomas Kellein, ed., 1937: Perfektion und Zerstörung (Bielefeld: …, 1992)``: a date run of a year alone and
    its colon, right before a title run and with another date later in the note (the imprint's), opens the title."""
    changed: list[str] | None = None
    runs = tag_spans(tokens, tags)
    for j in range(len(runs) - 1):
        first, last, label = runs[j]
        if label != "date" or last - first != 2 or not YEAR.fullmatch(tokens[first].text) or tokens[first + 1].text != ":" \
                or runs[j + 1][2] != "title" or runs[j + 1][0] != last:
            continue
        if not any(later == "date" for _, _, later in runs[j + 2:]):
            continue  # the year is the work's date
        changed = changed if changed is not None else list(tags)
        relabel(changed, first, runs[j + 1][1], "title")
    return changed if changed is not None else tags


#: Runs that name the periodical inside the bracket after a quoted title.
_BRACKETED_PERIODICAL_RUNS = frozenset({"container-title", "title"})


#: The runs of a periodical's volume, issue, date or pinpoint after its name in the bracket.
_BRACKETED_PERIODICAL_DETAIL_TAGS = tags_of(("volume", "issue", "date", "locator", "pages"))


@needs(any_mark("(", "["), any_written(_TITLE_QUOTES), any_tag("B-title", "B-container-title"),
       any_tag(_BRACKETED_PERIODICAL_DETAIL_TAGS))
def rule_quoted_title_before_its_bracketed_periodical(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Vgl. meinen Aufsatz über "Die politische Arbeiterbewegung Frankreichs in den letzten Jahren" (Archiv f.
    Sozialwissenschaft und Sozialpolitik, XXIII, 2)``: a quotation of capitalised words left as prose, right before
    a bracket that opens on a title or container run of its own ending on a comma before a volume, issue, date or
    pinpoint, is an article's title, and that run the periodical it appeared in."""
    tags = list(tags)
    for open_, close in _quoted_segments(tokens):
        bracket = close + 1
        if bracket + 2 >= len(tokens) or tokens[bracket].text not in ("(", "[") or close - open_ < 3 \
                or not tokens[open_ + 1].text[:1].isupper() or any(tags[j] != "prose" for j in range(open_, bracket + 1)):
            continue
        first = bracket + 1
        label = split_label(tags[first])[1]
        if tags[first] != "B-" + label or label not in _BRACKETED_PERIODICAL_RUNS:
            continue
        last = first + 1
        while last < len(tokens) and tags[last] == "I-" + label:
            last += 1
        if tokens[last - 1].text != "," or last >= len(tokens) \
                or split_label(tags[last])[1] not in ("volume", "issue", "date", "locator", "pages"):
            continue
        relabel(tags, open_, close + 1, "title")
        relabel(tags, first, last, "container-title")
    return tags


@needs(any_tag("B-note"), any_written(_CLOSING_QUOTES))
def rule_note_between_a_quoted_title_and_its_issue_is_the_periodical(text: str, tokens: Sequence[Token],
                                                                     tags: list[str]) -> list[str]:
    """``Sapiro, “Le champ est-il national?,” Actes de la recherche en sciences sociales, no. 200 (2013): 85``: a note
    run opening on a capital right after a title run that ends on its closing quotation mark (and a comma), ending
    on a comma right before a volume or issue run, is the periodical the article appeared in (a name in sentence
    case the model took for the note's words)."""
    out: list[str] | None = None
    runs = tag_spans(tokens, tags)
    for (_, t_last, t_label), (first, last, label), (n_first, _, n_label) in zip(runs, runs[1:], runs[2:]):
        if t_label != "title" or label != "note" or t_last != first or n_first != last or n_label not in ("volume", "issue") \
                or not tokens[first].text[:1].isupper() or tokens[last - 1].text != "," \
                or not any(tokens[k].text in _CLOSING_QUOTES for k in range(max(0, t_last - 2), t_last)):
            continue
        out = out if out is not None else list(tags)
        relabel(out, first, last, "container-title")
    return out if out is not None else tags


def _quoted_segments(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The quoted stretches of a note as (opening quote, closing quote) token indexes: curly quotes by their
    shape, straight double quotes paired in turn from the note's start."""
    segments, opened = [], None
    for i, token in enumerate(tokens):
        word = token.text
        if word == "\"":
            if opened is None:
                opened = i
            else:
                segments.append((opened, i))
                opened = None
        elif word == "“":
            opened = i
        elif word == "”" and opened is not None:
            segments.append((opened, i))
            opened = None
    return segments


@needs(any_mark('"', "“"), any_tag(TITLE_TAGS))
def rule_quoted_titles_of_a_list_are_each_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Bancroft (H. H.), "History of California," "History of Oregon," and "Popular Tribunals"``,
    ``Schoolcraft, "Discovery of the Sources…," "Travels in the Central Portions…," and "Lead Mines…"``:
    a quoted stretch that opens on a capitalised word right after a quoted title run (nothing between but a
    comma or ``and``) is the next title of a list of the author's works, whether the tagger ran it into the
    title before, read it as a container or left it as prose: each quoted title is a title run of its own
    (the words between them prose)."""
    if text.count("\"") + text.count("“") < 4:
        return tags
    segments = _quoted_segments(tokens)
    if len(segments) < 2:
        return tags
    tags = list(tags)
    for (open1, close1), (open2, close2) in zip(segments, segments[1:]):
        if split_label(tags[open1])[1] != "title" or any(split_label(tags[j])[1] != "title" for j in range(open1, close1 + 1)):
            continue  # the stretch before is no title run of its own
        if any(tokens[j].text not in _TITLE_LIST_JOINS for j in range(close1 + 1, open2)) or open2 + 1 >= close2:
            continue
        if not tokens[open2 + 1].text[:1].isupper() or any(split_label(tags[j])[1] not in ("title", "container-title")
                                                            and tags[j] != "prose" for j in range(open2, close2 + 1)):
            continue
        rest = close2 + 1
        while rest < len(tokens) and tags[rest] == tags[close2 + 1] == "I-" + split_label(tags[close2])[1] \
                and (_ROMAN_VOLUME_WORD.fullmatch(tokens[rest].text) or tokens[rest].text == ","):
            rest += 1  # '"Abridgment of Debates," vii,': the volume read into the run, left to the pinpoint's rules
        if rest < len(tokens) and split_label(tags[rest])[0] == "I" and tokens[rest].text not in _TITLE_LIST_JOINS \
                and split_label(tags[rest])[1] in ("title", "container-title"):
            continue  # the run goes on past the quote: not a quoted title alone
        tags[close1 + 1:open2] = ["prose"] * (open2 - close1 - 1)
        relabel(tags, open2, close2 + 1, "title")
        tags[close2 + 1:rest] = ["prose"] * (rest - close2 - 1)
    return tags


_BODY_HEADS = ORGANISATION_WORDS | {"center", "centre", "foundation", "council", "institution", "office"}


@needs(any_tag("B-title"), any_tag("B-date"))
def rule_organisation_between_two_dates_is_the_publisher(text: str, tokens: Sequence[Token],
                                                        tags: list[str]) -> list[str]:
    """``Syria Situation Report: August 5-18, 2020, Institute for the Study of War, August 20, 2020, http…``:
    a title run that opens on an organisation's head word (``Institute``, ``Council``, ``Center``…),
    between a date run after the cite's title and a second date run, is the publisher of the titled
    work, not a second title."""
    runs = tag_spans(tokens, tags)
    tags = list(tags)
    for j in range(2, len(runs) - 1):
        (_, _, lab0), (_, l1, lab1), (f2, l2, lab2), (_, _, lab3) = runs[j - 2], runs[j - 1], runs[j], runs[j + 1]
        if lab0 != "title" or lab1 != "date" or lab2 != "title" or lab3 != "date" or f2 != l1 or runs[j + 1][0] != l2:
            continue
        if fold(tokens[f2].text) not in _BODY_HEADS or tokens[f2].text[:1].islower():
            continue
        relabel(tags, f2, l2, "publisher")
    return tags


#: Small words inside the name of a hearing's subject (``Departments of State and Justice, the Judiciary``).
_TITLE_JOINERS = frozenset({"of", "and", "the", "for", "on", "to", "in"})
#: The word of a congressional session after its ordinal (``85th Cong., 1st Sess.``) that ends a hearing's title.
_CONGRESS_WORDS = frozenset({"cong", "congress"})


#: A Congress and session as notes write them before the chamber (``53rd Cong., 3rd Sess.,``), at the end of a run.
_CONGRESS_SESSION_ENDING = re.compile(r"\d{1,3}(?:st|nd|rd|th|d)?\s+Cong\.?,?\s+\d(?:st|nd|rd|th|d)?\s+Sess(?:\.|ion)?,?$")
#: A chamber of Congress named after the session (``Senate``, ``House``, ``House of Representatives``).
_CHAMBER = re.compile(r"(?:Senate|House(?: of Representatives)?)[,.]?")


@needs(any_mark("Cong"), any_tag("B-note"))
def rule_chamber_after_a_congress_and_session_is_no_title(text: str, tokens: Sequence[Token],
                                                          tags: list[str]) -> list[str]:
    """``Congressional Record, 53rd Cong., 3rd Sess., Senate, Vol. 32, Pt. 1, January 6, 1899, p. 431``: the
    chamber after a Congress and session (read as a note) is part of that note, not the title of another cite."""
    out = None
    runs = tag_spans(tokens, tags)
    for (first, last, label), (start, end, next_label) in runs_and_the_next(runs):
        if label == "note" and next_label == "title" \
                and _CHAMBER.fullmatch(text, tokens[start].start, tokens[end - 1].end) \
                and _CONGRESS_SESSION_ENDING.search(text, tokens[first].start, tokens[last - 1].end):
            out = out or list(tags)
            for k in range(start, end):
                out[k] = "I-note"
    return out or tags


@needs(any_mark("("))
def rule_hearings_before_a_committee_are_one_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Departments of State … Appropriations for 1958: Hearings Before the Subcommittee of the Committee on
    Appropriations, House of Representatives, 85th Cong., 1st Sess. (Washington: Government Printing Office, 1957),
    pp. 951–953``: the words from the cite's start (the note's start, or after a ``;``, ``and``, ``in``, a lead
    word such as ``See`` or other prose word; or ``Hearing Before…`` itself, capitalised) through ``Hearings Before
    the … Committee …`` up to the session (``85th Cong.``) or the imprint's bracket are one title, whatever runs the
    tagger cut them into (a date inside it, the committee as a note, the chamber as a second title); the session
    and what follows it before the bracket are a note."""
    if "hearing" not in text.lower():
        return tags
    tags = list(tags)
    for h in range(len(tokens) - 2):
        if tokens[h].text.lower() not in ("hearing", "hearings") or tokens[h + 1].text.lower() != "before":
            continue
        bracket = next((k for k in range(h + 2, len(tokens)) if tokens[k].text == "("), None)
        if bracket is None or bracket + 1 >= len(tokens) or split_label(tags[bracket])[1] not in ("location", "publisher", "date") \
                or any(t.text in (";", ")") for t in tokens[h:bracket]):
            continue
        start = h
        while start > 0:
            before = tokens[start - 1]
            label = split_label(tags[start - 1])[1]
            if before.text in (";", ")", "(") or label in ("locator", "url", "pages") \
                    or label == "prose" and before.text[:1].islower() and before.text.lower() not in _TITLE_JOINERS \
                    or before.text.lower() == "and" and start > 1 and tokens[start - 2].text == ";":
                break
            start -= 1
        while start < h and (not tokens[start].text[:1].isupper() or lead_word(tokens[start].text)
                             or tokens[start].text in ",." and start > 0 and lead_word(tokens[start - 1].text)):
            start += 1  # the title opens on a capitalised word ("in Departments of State …"), after "See"
        if start == h and not tokens[h].text[:1].isupper():
            continue  # "the hearing before the committee": prose
        if start > 0 and lead_word(tokens[start - 1].text):
            tags[start - 1] = "prose"
        session = next((k for k in range(h + 2, bracket - 1) if tokens[k].text == ","
                        and re.fullmatch(r"\d{1,3}(?:st|nd|rd|th|d)", tokens[k + 1].text)
                        and k + 2 < bracket and tokens[k + 2].text.lower() in _CONGRESS_WORDS), None)
        end = session if session is not None else bracket
        relabel(tags, start, end, "title")
        if session is not None:
            relabel(tags, session + 1, bracket, "note")
            tags[session] = "I-title"
    return tags


#: Words that name a thesis (``(D.Phil. thesis``, ``(unpublished Ph.D. dissertation``).
_THESIS_WORDS = frozenset({"thesis", "dissertation", "these", "thèse", "tesis", "tesi", "dissertação"})


#: Words that may qualify it inside its bracket besides the degree's letters.
_THESIS_QUALIFIERS = frozenset({"unpublished", "doctoral", "doctorate", "master's", "masters", "ba", "ma", "phd", "dphil",
                                "mphil", "mlitt", "blitt", "msc", "hons", "honours"})


def _degree_words(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether tokens [start, end) are only a degree's letters and periods (``D.Phil.``, ``M.A.``, ``PhD``)
    or the qualifiers of :data:`_THESIS_QUALIFIERS`."""
    return all(t.text == "." or t.text.lower() in _THESIS_QUALIFIERS
               or t.text.isalpha() and len(t.text) <= 4 and t.text[:1].isupper() for t in tokens[start:end])


@needs(any_word(_THESIS_WORDS))
def rule_degree_and_thesis_are_the_genre(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``'Working-class politics in Leeds' (D.Phil. thesis, Oxford, 1985)``, ``(M.Phil. dissertation,
    University of Leeds, 1980)``: a bracket that opens on a degree's letters (and ``unpublished``,
    ``doctoral``…) ending on ``thesis`` or ``dissertation`` is the genre (with the comma after it, or the bracket
    closing right after it), whatever
    runs the model cut it into; the title before it ends at the bracket and the field after it opens anew."""
    tags = list(tags)
    for k, token in enumerate(tokens):
        if token.text.lower() not in _THESIS_WORDS:
            continue
        bracket = next((b for b in range(k - 1, max(-1, k - 9), -1) if tokens[b].text == "("), None)
        if bracket is None or bracket + 1 == k or not _degree_words(tokens, bracket + 1, k):
            continue
        end = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ",")  # its comma, as the model reads it
        if end == k + 1 and end < len(tokens) and tokens[end].text == ")":
            end += 1  # "Bratley-Kendall (BA Thesis) “The…”": the bracket closes with the genre, no field opens on it
        relabel(tags, bracket, end, "genre")
        open_run(tags, end)
    return tags


#: The words of a thesis's genre run (folded, without their period): :data:`_THESIS_WORDS` and ``diss``.
_THESIS_GENRE_WORDS = frozenset({fold(word) for word in _THESIS_WORDS} | {"diss", "dissertacao"})
#: Words naming a school that grants degrees (folded), in the languages of the thesis words.
_UNIVERSITY_WORDS = frozenset({"university", "universitat", "universite", "universidad", "universita", "universidade",
                               "college", "institute", "institut", "hochschule", "ecole", "school"})


@needs(any_tag("B-genre"), any_folded(_UNIVERSITY_WORDS))
def rule_university_after_a_thesis_is_its_publisher(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(PhD diss., Freie Universität Berlin, 1974)``, ``(master's thesis, Universität Leipzig, 1974)``: the words
    after a thesis's genre run (``thesis``, ``diss.``…) up to the comma before the bracket's year, when they name a
    university (:data:`_UNIVERSITY_WORDS`), are the publisher, whatever runs the model cut them into (a town in the
    name read as the place)."""
    out: list[str] | None = None
    for first, start, label in tag_spans(tokens, tags):
        if label != "genre" or not any(fold(t.text.rstrip(".")) in _THESIS_GENRE_WORDS for t in tokens[first:start]):
            continue
        comma = next((k for k in range(start, min(len(tokens), start + 12)) if tokens[k].text in (",", ")")), None)
        if comma is None or comma == start or tokens[comma].text != "," or comma + 1 >= len(tokens) \
                or not YEAR.fullmatch(tokens[comma + 1].text) \
                or not any(fold(t.text) in _UNIVERSITY_WORDS for t in tokens[start:comma]) \
                or not all(t.text[:1].isupper() or t.text.lower() in FUNCTION_WORDS for t in tokens[start:comma] if t.text[:1].isalpha()):
            continue
        out = out if out is not None else list(tags)
        relabel(out, start, comma + 1, "publisher")
        open_run(out, comma + 1)
    return out if out is not None else tags


#: Words of prose that say what follows ``in`` is a source (``explored in``, ``the discussion in``).
_SOURCE_NOUNS = frozenset({"discussion", "account", "accounts", "analysis", "study", "treatment", "argument", "overview",
                           "summary", "survey", "description", "history", "biography", "review", "critique"})


@needs(any_mark(" in "), any_mark(","))
def rule_short_form_cited_in_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Jefferson's relationship to Short is explored in Shackelford, Jefferson's Adoptive Son.``: in prose the
    tagger left whole, ``in`` after a participle (``explored``, ``discussed``) or a noun of sources (``the
    discussion``, ``a fine account``), then a family name of one or two capitalised words (no place, month or
    small word), a comma and a title of two capitalised words or more (or one before a page) ending the sentence,
    or before a page or ``;``, is a short form: author, title and any page."""
    changed: list[str] | None = None
    n = len(tokens)
    for k in range(1, n - 4):
        if tokens[k].text != "in" or tags[k] != "prose":
            continue
        cue = tokens[k - 1].text
        if not (cue.islower() and cue.isalpha() and (cue.endswith("ed") or cue in _SOURCE_NOUNS)):
            continue
        start = k + 1
        comma = start
        while comma < n and comma - start < 2 and _capitalised_alpha(tokens[comma].text):
            comma += 1
        if comma == start or comma >= n - 1 or tokens[comma].text != "," \
                or any(fold(t.text) in load(words) for t in tokens[start:comma] for words in ("places", "months", "stopwords")):
            continue
        end = comma + 1
        words = 0
        while end < n and (_capitalised_alpha(tokens[end].text.replace("'s", "").replace("’s", ""))
                           or tokens[end].text in FUNCTION_WORDS and words):
            words += _capitalised_alpha(tokens[end].text.replace("'s", "").replace("’s", ""))
            end += 1
        page = end + 1 < n and tokens[end].text == "," and tokens[end + 1].text.isdigit()
        closing = end == n or tokens[end].text in (".", ";") or page
        if not closing or words < (1 if page else 2) or any(tag != "prose" for tag in tags[start:end]):
            continue
        changed = changed if changed is not None else list(tags)
        relabel(changed, start, comma + 1, "author")
        relabel(changed, comma + 1, end, "title")
        if page:
            stop = end + 2
            while stop + 1 < n and tokens[stop].text in "-–" and tokens[stop + 1].text.isdigit():
                stop += 2
            relabel(changed, end + 1, stop, "locator")
    return changed if changed is not None else tags


def _capitalised_alpha(word: str) -> bool:
    """Whether ``word`` is a capitalised word of letters (a hyphen inside allowed)."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


#: Small words that may stand between prose and a title it names (``from the``, ``in a``).
_SMALL_WORDS_BEFORE_A_TITLE = frozenset({"the", "a", "an", "from", "in", "of", "on", "by", "to", "see", "cf"})


@needs(any_mark("("), any_tag("B-location"))
def rule_title_in_prose_before_an_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``These figures are from the Report of the Lords of the Committee of Council, etc. (London, 1789).``: an
    imprint bracket the tagger read (its place) right after prose, perhaps after ``, etc.``, closes a title written
    in prose: the capitalised words before it, small words between them, back to a lower-case word, at least two
    capitalised words; the ``etc.`` stays prose."""
    changed: list[str] | None = None
    for i in range(2, len(tokens) - 2):
        if tokens[i].text != "(" or tags[i] != "B-location" or tags[i - 1] != "prose":
            continue
        end = i
        if tokens[end - 1].text == "." and tokens[end - 2].text.lower() in ("etc", "&c") and tokens[end - 3].text == ",":
            end -= 3  # ", etc." before the bracket: prose
        start = end
        while start > 0 and tags[start - 1] == "prose" and (
                _capitalised_alpha(tokens[start - 1].text) or tokens[start - 1].text in FUNCTION_WORDS):
            start -= 1
        while start < end and tokens[start].text in FUNCTION_WORDS:
            start += 1  # "the Report of …": the article before the title is prose
        capitals = sum(_capitalised_alpha(t.text) for t in tokens[start:end])
        before = start - 1
        while before > 0 and tokens[before].text.lower() in _SMALL_WORDS_BEFORE_A_TITLE:
            before -= 1  # "are from the Report …": the words before the small ones are prose, not a title's
        if capitals < 2 or start == 0 or not (tokens[before].text.isalpha() and tokens[before].text.islower()) \
                or end - start > 20:
            continue  # ("Documents from the Archives of …": the title runs on before its small words)
        changed = changed if changed is not None else list(tags)
        relabel(changed, start, end, "title")
    return changed if changed is not None else tags


@needs(any_mark("("), any_mark(")"), any_tag(TITLE_TAGS), any_tag(tags_of(("volume", "locator", "pages"))))
def rule_title_and_pinpoint_in_brackets_after_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``By the secret Joint Resolution and Act of 1811 (Statutes at Large, III. 471), Congress gave …``: a title run
    that opens in prose (a lower-case word of more than three letters before the bracket that is no small word) and goes
    on into a bracket of capitalised words and a volume or pinpoint closing it: the title is in the bracket, the words
    before it are prose."""
    changed: list[str] | None = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "title":
            continue
        bracket = next((k for k in range(first + 2, last - 1) if tokens[k].text == "("), None)
        if bracket is None or not _capitalised_alpha(tokens[bracket + 1].text) \
                or not any(t.text.isalpha() and t.text.islower() and len(t.text) > 3 and t.text not in FUNCTION_WORDS
                           for t in tokens[first:bracket]):
            continue
        close = next((k for k in range(last, min(len(tokens), last + 8)) if tokens[k].text == ")"), None)
        if close is None or not any(split_label(tags[k])[1] in ("volume", "locator", "pages") for k in range(last, close)) \
                or any(split_label(tags[k])[1] not in ("volume", "locator", "pages") and tokens[k].text not in ".,:"
                       for k in range(last, close)):
            continue
        changed = changed if changed is not None else list(tags)
        changed[first:bracket + 1] = ["prose"] * (bracket + 1 - first)
        relabel(changed, bracket + 1, last, "title")
    return changed if changed is not None else tags


#: A name as a letter's sender or recipient prints it: capitalised words (``Contrecœur``, ``Lotbinière``), perhaps
#: with particles (``Lords of Trade``, ``Bigot``), an initialism opening it (``U.S. Embassy Rome``), or a recipient left
#: blank (``Rutherford to———``).
_CORRESPONDENT = r"(?:(?:[A-Z]\.){2,4}|[A-ZÀ-Ý][a-z]?\.|[A-ZÀ-Ý][\w'’-]*)(?:\s+(?:(?:of|the|de|du|la|le|von|van)\s+)*(?:[A-ZÀ-Ý][a-z]?\.|[A-ZÀ-Ý][\w'’-]*)){0,3}"
#: Where a letter was sent from or to, in brackets after a name (``Perry (Madrid) to Seward``): words, no digit.
_SENT_FROM = r"\s*\([^()\d]{1,30}\)"
#: ``Dumas au Ministre, 24 Juillet, 1756``, ``Shirley to Robinson, 5 Nov. 1755``, ``Sinclair to Robinson, 3 Sept.``,
#: ``Lotbinière à d'Argenson, 24 Oct.``, ``Burd to Morris, July 25, 1755``: a sender (or two: ``Beauharnois et Hocquart
#: au Comte de Maurepas``; perhaps after ``Lettre commune de``, perhaps with a word on who he was: ``Daudin, prêtre, à
#: Prévost``, or where he wrote from: ``Perry (Madrid) to Seward``), ``to`` (``au``, ``à``, ``aux``, ``an``), a recipient (or a blank, or a guess in brackets: ``Girard à
#: (Bonaventure?)``), a comma and a day (its year may be left out when the notes around give it, but then the day
#: ends the item: ``Davis to Fish, January 1, February 1, 4, and 8, 1882`` is a series of days the tagger reads), or a
#: year alone closing the item (``La Jonquière et Bigot au Ministre, 1749.``).
#: What the sender was, between commas after the name (:data:`~.words.LOWER_OFFICE`: ``Daudin, prêtre, à …``), or
#: where (:data:`~.words.SEAT_OF`: ``Governor Clinton, of New York, to …``).
_EPITHET = rf",\s+(?:{LOWER_OFFICE}|{SEAT_OF}),"
_LETTER_AND_DAY = re.compile(
    rf"(?P<letter>(?:(?:Lettre|Letter|Copie)(?:\s+commune)?\s+(?:de|of|from)\s+)?"
    rf"(?P<sender>{_CORRESPONDENT})(?:\s+(?:et|and|&)\s+{_CORRESPONDENT})?(?:{_EPITHET}|{_SENT_FROM}|{SENT_AT})?"
    rf"(?:\s*,\s*(?:[Ll]etter|[Tt]elegram|[Cc]able))?"  # "Engels, letter to Bloch, September 21, 1890"
    rf"\s+(?:to|au|aux|à|an)(?:\s+(?:d['’]|de\s+|du\s+|la\s+|le\s+|l['’]|the\s+)?{_CORRESPONDENT}(?:\s+(?:et|and|&)\s+{_CORRESPONDENT})?"
    rf"|\s*[—–-]{{2,}}|\s+\([^()]{{1,30}}\))(?:{_SENT_FROM})?)"
    r"(?:\s*\((?:info|cc|copy|copies|repeated)\s[^()]{1,240}\))?"  # "(info to U.S. Embassy Bonn, …)"
    r"\s*,\s*(?P<date>(?:\d{1,2}(?:er|st|nd|rd|th)?\s+(?P<m1>[^\W\d_]{3,})\.?|(?P<m2>[^\W\d_]{3,})\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:\s*[–-]\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?(?=,?\s+1[4-9]\d\d)))?"  # "September 21-22, 1890": days of one month
    r"(?:,?\s+1[4-9]\d\d|(?=\.?\s*(?:[.;)]|$)))|(?P<year>1[4-9]\d\d)(?=\s*[.;]))(?![\w-])")
#: The words for "to" of :data:`_LETTER_AND_DAY` (and :data:`_TO_THEN_A_DAY`), each a token of its own.
_TO_WORDS = frozenset({"to", "au", "aux", "à", "an"})
#: What every :data:`_LETTER_AND_DAY` holds, found by one cheap search: ``to`` (or its like) and, within a few words,
#: a comma and a day (a number, or a word then a number).
_TO_THEN_A_DAY = re.compile(r"\s(?:to|au|aux|à|an)(?=[\s—–-])[^,(]{1,80}(?:\([^()]{1,240}\))?,\s*(?:\d|[^\W\d_]{3,}\.?\s+\d)")
#: Where a cite may open, right after what comes before it: the note's start, the end of a sentence (not an
#: initial's period: ``attached to M. F. Axton to Perkins``), a semicolon, a dash, a closing quotation mark, an
#: opening bracket or a citing word (``…armée." Dumas au Ministre``, ``already cited,—Shirley to Robinson``, ``see
#: Foreign Relations…``); not a comma or a colon (``Foreign Relations of the United States: Diplomatic Papers, 1941,
#: vol. V`` is one title). The rules that read a whole cite from its first word try it only there (a letter not
#: after a citing word: ``in Smith to Jones, …`` is rather the letter a book prints).
_CITE_OPENINGS = re.compile(r"^|(?<!\b[A-Z])[.;!?]\s+|[—–]\s*|[\"”]\s+|\(\s*|(?P<citing>\b(?i:see|cf\.?|compare|also|in)\s+)")


@needs(any_mark("L"), any_written("Law", "L"))
def rule_public_law_number_is_the_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Public Law 102–138, October 28, 1991, 105 Stat. 647``, ``US Congress, Public Law 90-284 (…)``: a public law
    named by its number is the title of the cite, whatever the tagger read (a periodical ``Public Law`` and its volume
    ``102–138`` make a cite of an article no one wrote); not after a statute's cite in the same ``;`` part or
    sentence (``34 Stat. 697, Public Law 59–383, Ch. 3914``), whose detail it is."""
    out = None
    for match in PUBLIC_LAW.finditer(text):
        runs = runs_of_spans(token_starts(tokens), [(match.start(), match.end(), "title")])
        if runs is None:
            continue
        (first, last, _), = runs
        opening = next((k + 1 for k in range(first - 1, -1, -1) if tokens[k].text in (";", ".")), 0)
        if any(t.text[:1].isdigit() for t in tokens[opening:first]):
            continue  # after a statute's cite ("34 Stat. 697, Public Law 59–383, Ch. 3914"): a detail of the law cited there
        if all(split_label(tag)[1] == "title" for tag in tags[first:last]):
            continue  # read as a title already, perhaps with more after it ("Public Law 90-284 (Civil Rights Act…)")
        out = out or list(tags)
        relabel(out, first, last, "title")
        if last < len(tokens) and out[last] == "B-title" and tokens[last].text == "(":
            out[last] = "I-title"  # "Public Law 90-284 (Civil Rights Act of 1968: Fair Housing Act)": its name joins it
            continue
        while last < len(tokens) and out[last].startswith("I-") and tokens[last].text in ",;:":
            out[last] = "prose"  # the comma after the number, left in the run the tagger read
            last += 1
        open_run(out, last)
    return out or tags


@needs(any_written(_TO_WORDS), any_mark(","), any_match(_TO_THEN_A_DAY))
def rule_letter_and_its_day_are_a_cite(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…retirer." Dumas au Ministre, 24 Juillet, 1756. On the defeat…``, ``…cited,—Shirley to Robinson, 5 Nov. 1755,
    accompanying…``, ``Sinclair to Robinson, 3 Sept. Rutherford to———, 12 July.``: a letter named by its sender and
    recipient, then a comma and its day (:data:`_LETTER_AND_DAY`), opening a sentence or a list's item, is a cite of its
    own whatever the tagger read: the names its title (as the letters the tagger reads are titled), the day its
    date; the run it opens ends there (a bracket between, saying who else had it or what came with it, ``(info to
    U.S. Embassy Bonn, …)``, ``(with attached …)``, is prose). A sender that is a common word (``Then to Paris, 3 May``) or a month that is
    none (``Hale to Moss, 3 pages``) makes no letter."""
    # (it runs only where "to" has a day after it, :data:`_TO_THEN_A_DAY` in its needs: on few notes)
    last_to = next(token.start for token in reversed(tokens) if token.text in _TO_WORDS)
    starts = None
    months = load("months")
    # a letter opens where a sentence or an item does, and its sender comes before its "to": no letter opens at
    # the last "to" or after it, so the openings are looked for before it alone (the text after it is not scanned)
    for opening in _CITE_OPENINGS.finditer(text, 0, last_to):
        if opening.end() >= last_to:
            break  # (an opening that runs up to the "to": its spaces end there)
        first_letter = text[opening.end():opening.end() + 1]
        if opening["citing"] or not ("A" <= first_letter <= "Z" or "À" <= first_letter <= "Ý"):
            continue  # (the letter's first word, or its sender's, is capitalised: [A-ZÀ-Ý])
        match = _LETTER_AND_DAY.match(text, opening.end())
        if match is None:
            continue
        month = fold(match["m1"] or match["m2"] or "")
        first_word = match["sender"].split()[0]
        if match["year"] is None and not any(name.startswith(month) for name in months) \
                or fold(first_word) in load("stopwords") or fold(first_word) in months:
            continue  # (a month's name or its first letters: "Fév.", "Juil."; or the year alone, closing the item)
        starts = starts or token_starts(tokens)
        runs = runs_of_spans(starts, [(match.start("letter"), match.end("letter"), "title"),
                                      (match.start("date"), match.end("date"), "date")])
        if runs is None or any(split_label(tags[k])[1] == "ibid" for k in range(runs[0][0], runs[-1][1])):
            continue
        tags = list(tags)
        (first, last, _), (date_first, date_last, _) = runs
        opened = first
        while opened > 0 and tags[opened].startswith("I-"):
            opened -= 1
        if opened < first and not any(t.text[:1].isalnum() for t in tokens[opened:first]):
            prose_before(tags, first)  # "…cited,—Shirley": a run the tagger opened on the dash is no field
        if date_last < len(tokens) and tokens[date_last].text == "." and tokens[date_last].start == tokens[date_last - 1].end \
                and not match["date"][-1].isdigit():
            date_last += 1  # "3 Sept.": the abbreviation's period
        relabel(tags, first, last, "title")
        for k in range(last, date_first):
            tags[k] = "prose"
        bracket = next((k for k in range(last, date_first) if tokens[k].text == "("), None)
        if bracket is not None:  # "(info to U.S. Embassy Bonn, …)": a note of the letter's
            relabel(tags, bracket, next(k for k in range(date_first - 1, bracket, -1) if tokens[k].text == ")") + 1, "note")
        relabel(tags, date_first, date_last, "date")
        if date_last < len(tokens) and tags[date_last].startswith("I-") and tokens[date_last].text == ",":
            tags[date_last] = "I-date"  # the comma after the day, left in the run the tagger read
            date_last += 1
        elif date_last < len(tokens) and tags[date_last].startswith("I-") and tokens[date_last].text in ".:":
            tags[date_last] = "prose"  # the full stop after the day (or the colon before its source: "…, April 7,
            # 1847: Parliamentary Papers, …"), left in the run the tagger read
            date_last += 1
        if date_last < len(tags) and tags[date_last] != "I-date":
            open_run(tags, date_last)  # (a date run going on after the day goes on: the letter's source follows)
    return tags


#: A number or a Roman numeral, as a pinpoint's tokens are (``VIII``, ``318``, ``vi``).
_NUMBER_OR_NUMERAL = re.compile(r"\d+|[IVXLC]+|[ivxlc]+")
#: ``…, 1757, in N. Y. Col. Docs.``: a year between commas, then ``in`` and a capitalised word.
_YEAR_THEN_IN = re.compile(r",\s*(?P<year>1[4-9]\d\d)\s*,\s*(?P<in>in)\s+(?=[A-Z])")


@needs(any_mark(", in "))
def rule_year_and_in_inside_a_title_end_it(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Ministerial Minute on the Military Force in Canada, 1757, in N. Y. Col. Docs., X. 523``, ``Dinwiddie to
    Hamilton, 1754, in Colonial Records of Pa.``: a year between commas and ``in`` before a capitalised word, inside
    one title run, end the title: the year is its date, ``in`` prose, what the run holds after it the container (up
    to a comma before a number) and the numbers after that comma the pinpoint (``…, VIII. 318.``); what the run held
    after the pinpoint's sentence opens a run of its own."""
    if "title" not in {split_label(t)[1] for t in tags}:
        return tags
    starts = None
    for match in _YEAR_THEN_IN.finditer(text):
        starts = starts or token_starts(tokens)
        year = bisect_left(starts, match.start("year"))
        in_ = bisect_left(starts, match.start("in"))
        if in_ + 1 >= len(tokens) or split_label(tags[year])[1] != "title" or tags[year] == "B-title" \
                or tags[in_] != "I-title" or tags[in_ + 1] != "I-title":
            continue
        first = year
        while first > 0 and tags[first].startswith("I-"):
            first -= 1
        if year - first < 3:
            continue  # "Paris, 1757, in …": too little before the year to be a title
        end = in_ + 1
        while end < len(tokens) and tags[end] == "I-title" \
                and not (tokens[end].text == "," and end + 1 < len(tokens) and _NUMBER_OR_NUMERAL.fullmatch(tokens[end + 1].text)):
            end += 1
        pinpoint = end + 1  # "…, VIII. 318.": the pinpoint after the container, numbers and their stops
        while pinpoint < len(tokens) and tags[pinpoint] == "I-title" \
                and (_NUMBER_OR_NUMERAL.fullmatch(tokens[pinpoint].text) or tokens[pinpoint].text in ".,-–") \
                and not (tokens[pinpoint].text == "." and pinpoint + 1 < len(tokens) and tokens[pinpoint + 1].text[:1].isupper()
                         and not _NUMBER_OR_NUMERAL.fullmatch(tokens[pinpoint + 1].text)):
            pinpoint += 1
        tags = list(tags)
        tags[year - 1] = "prose"  # the comma before the year
        relabel(tags, year, year + 1, "date")
        for k in range(year + 1, in_ + 1):
            tags[k] = "prose"
        relabel(tags, in_ + 1, end, "container-title")
        if pinpoint > end + 1:
            tags[end] = "prose"
            relabel(tags, end + 1, pinpoint, "locator")
            if pinpoint < len(tokens) and tokens[pinpoint].text == "." and tags[pinpoint] == "I-title":
                tags[pinpoint] = "prose"
                pinpoint += 1
            open_run(tags, pinpoint)  # what the tagger's run held after the pinpoint opens a run of its own
    return tags


#: A documentary series' name opening a cite (no citing word): the words before its years.
_SERIES_NAME = r"(?P<series>(?!(?:See|Cf|Compare|Also|In)\b)[A-Z][^,;()\d.]{3,80}?)"
#: The years of a series' volume (``1949``, ``1952–1954``).
_SERIES_YEARS = r"1[5-9]\d\d(?:\s*[-–]\s*\d{2,4})?"
#: Years between commas, then a volume's number (``, 1952–1954, vol. 2``).
_YEARS_AND_VOLUME = r",\s*" + _SERIES_YEARS + r",\s*(?i:vol\.|volume)\s*(?:[IVXLC\d]+|[A-Z][-–]\d+)"
#: A volume of a documentary series named by its years: the series, its years, ``vol.`` and the volume's number (and
#: part), perhaps the volume's own title (a ``;`` may join two), up to its pinpoint or the end (``Foreign Relations of
#: the United States, 1949, vol. IX, The Far East; China, pp. 1365–1409``, ``FRUS, 1958–1960, vol. XVII``), or its
#: imprint in brackets (``…; Philippines (Washington: GPO, 2001)``).
_SERIES_VOLUME = re.compile(
    r"(?P<volume>" + _SERIES_NAME + _YEARS_AND_VOLUME +
    r"(?:,\s*(?i:pt\.|part)\s*[IVX\d]+)?(?:,\s*(?!(?:Document|Doc\.|No\.)\s)[A-Z][^,;()]*?(?:;\s*[A-Z][^,;()]*?)*"
    r"(?:,\s*1[5-9]\d\d\s*[-–]\s*\d{2,4})?)?)"
    r"(?=\s*,\s*(?:pp?\.|Document|doc\.|Doc\.|No\.)\s|\s*\(https?:|\s*\([A-Z][^()]*\b(?:1[5-9]|20)\d\d\)|\.?\s*$|\.\s+[A-Z])")


#: What every :data:`_SERIES_VOLUME` holds, found by one cheap search.
_YEARS_THEN_VOLUME = re.compile(_YEARS_AND_VOLUME)
#: A volume of a documentary series named by its years and its own title alone, before a numbered document
#: (``Foreign Relations of the United States, 1945–1950, Emergence of the Intelligence Establishment, Document 430``).
_SERIES_DOCUMENT = re.compile(
    r"(?P<volume>" + _SERIES_NAME + r",\s*" + _SERIES_YEARS +
    r"(?:,\s*(?!(?:Document|Doc\.)\s)[A-Z][^,;()]*?)?)(?=\s*,\s*(?:Document|Doc\.)\s*\d)")
#: What every :data:`_SERIES_DOCUMENT` holds.
_YEARS_THEN_DOCUMENT = re.compile(r",\s*" + _SERIES_YEARS + r",[^,;()]*,\s*(?:Document|Doc\.)\s*\d")


#: ``NSC Intelligence Directive 11, January 6, 1950 is printed in …``: an item named by capitalised words (a number among
#: them), perhaps its day, then a verb saying where it is printed: the item, its date, the clause's verb.
_ITEM_PRINTED_IN = re.compile(
    r"(?P<item>(?!(?:This|These|That|Those|His|Her|Its|Their|It|The|A|An)\s)[A-Z][\w.'’&/-]*"
    r"(?:\s+(?:[A-Z][\w.'’&/-]*|\d+[A-Za-z]?|of|the|and|on|for|to)){1,10}?)"
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+|\d{1,2}\s+[A-Z][a-z]+\.?\s+)1[5-9]\d\d))?"
    r"(?P<verb>\s+(?:is|was|are|were)\s+(?:printed|reprinted|published|reproduced)\s+in)\s+(?=[A-Z])")


@needs(any_mark("printed in", "published in", "reproduced in"))
def rule_item_said_to_be_printed_in_a_work_is_a_cite(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``NSC Intelligence Directive 11, January 6, 1950 is printed in Foreign Relations …``: an item named by two
    capitalised words or more (:data:`_ITEM_PRINTED_IN`; no article or pronoun first: ``The letter is printed in``
    names none), perhaps its day, opening the note or a sentence, before ``is printed in`` (``reprinted``,
    ``published``, ``reproduced``), is a title and its date, where the tagger read prose; the verb is prose."""
    out = None
    starts = token_starts(tokens)
    for opening in re.finditer(r"^|(?<=[.;])\s+", text):
        match = _ITEM_PRINTED_IN.match(text, opening.end())
        if match is None or not (any(c.isdigit() for c in match["item"]) or match["date"]):
            continue  # an item named by its words alone may be a sentence's subject ("Trotsky Himself is printed in")
        spans = [(match.start("item"), match.end("item"), "title")]
        if match["date"]:
            spans.append((match.start("date"), match.end("date"), "date"))
        runs = prose_runs_of_spans(starts, tags, spans)
        if runs is None:
            continue
        out = out or list(tags)
        relabel_runs(out, runs)
        for k in range(runs[-1][1], bisect_left(starts, match.end("verb"))):
            out[k] = "prose"  # the comma and the verb
    return out or tags


#: ``the author of Staline: Aperçu historique du bolchévisme (1935)``, ``co-author with Preobrazhensky of The ABC of
#: Communism (1919)``, ``novelist whose Vers l'autre flamme (1929) denounced``: a person's work named in prose after
#: ``author of`` or ``whose``, its year in brackets right after it.
_AUTHOR_OF = re.compile(r"\b(?:(?:co-?)?author(?:\s+with\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+of|whose)\s+"
                        r"(?P<title>[A-Z][^()\n;]{1,150}?)\s*\((?P<year>(?:1[5-9]|20)\d\d)\)")


@needs(any_mark("author", "whose"))
def rule_work_after_author_of_and_its_year(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Boris Souvarine (1895–1984), …, later the author of Staline: Aperçu historique du bolchévisme (1935).``: the
    capitalised words after ``author of`` (:data:`_AUTHOR_OF`), read as prose, up to a bracketed year, are a work's
    title and the year its date (a biographical note naming a person's book); no sentence ends inside them."""
    out = None
    starts = token_starts(tokens)
    for match in _AUTHOR_OF.finditer(text):
        if re.search(r"[.!?]\s+[A-Z]", match["title"]):
            continue  # a sentence ends inside: no one title
        runs = prose_runs_of_spans(starts, tags, [(match.start("title"), match.end("title"), "title"),
                                                  (match.start("year") - 1, match.end("year") + 1, "date")])
        if runs is None:
            continue
        out = out or list(tags)
        relabel_runs(out, runs)
        open_run(out, runs[-1][1])
    return out or tags


#: What every volume of :data:`_SERIES_VOLUME` or :data:`_SERIES_DOCUMENT` holds (:data:`_YEARS_THEN_VOLUME` or
#: :data:`_YEARS_THEN_DOCUMENT`), found by one search.
_YEARS_THEN_VOLUME_OR_DOCUMENT = re.compile(_YEARS_THEN_VOLUME.pattern + "|" + _YEARS_THEN_DOCUMENT.pattern)


@needs(any_mark(","), any_match(_YEARS_THEN_VOLUME_OR_DOCUMENT))
def rule_volume_of_a_documentary_series_is_one_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Foreign Relations of the United States, 1949, vol. IX, The Far East; China, pp. 1365–1409``, ``…, 1952–1954,
    vol. 2, pt. 1, National Security Affairs, Document 138``: a series, its years, a volume and the volume's title
    (:data:`_SERIES_VOLUME`) name one book, the volume of those years: one title run (the normalizer takes the
    volume's number from it), whatever the tagger cut it into; a numbered document after it is the pinpoint; what
    follows is left as read, the run it goes on with opening anew."""
    if not _YEARS_THEN_VOLUME.search(text) and not ("Doc" in text and _YEARS_THEN_DOCUMENT.search(text)):
        return tags  # no years and a volume or document after them (most notes): the full patterns are not tried
    out = None
    starts = token_starts(tokens)
    for opening in _CITE_OPENINGS.finditer(text):  # "…, to March, 1806, Vol. II": a series opens a cite
        match = _SERIES_VOLUME.match(text, opening.end()) or _SERIES_DOCUMENT.match(text, opening.end())
        if match is None:
            continue
        first = bisect_left(starts, match.start("volume"))
        last = bisect_left(starts, match.end("volume"))
        named = ("ibid", "url") if match["series"].isupper() else ("author", "editor", "ibid", "url")
        if last <= first + 3 or tags[first] in ("I-title", "I-container-title") \
                or any(split_label(tags[k])[1] in named for k in range(first, last)):
            continue  # ("Carr, Socialism in One Country, 1924-1926, vol. 1 (London…": inside a title the tagger began;
            # a series named by its initials, "FRUS, 1958–1960, vol. XVII", may be read as an author)
        out = out or list(tags)
        if out[first].startswith("I-"):
            prose_before(out, first)
        relabel(out, first, last, "title")
        if last < len(tokens) and tokens[last].text == "(" and not text.startswith("(http", tokens[last].start):
            close = next((k for k in range(last + 1, len(tokens)) if tokens[k].text == ")"), None)
            last = close + 1 if close is not None else last  # "…; Philippines (Washington: GPO, 2001), Document 185"
        number = last + 2 + (last + 2 < len(tokens) and tokens[last + 2].text == ".")  # "Doc. 45"
        if number < len(tokens) and tokens[last].text == "," and tokens[last + 1].text in ("Document", "Doc", "No") \
                and tokens[number].text.isdigit():  # "…, Document 138 (https://…)": the document is the pinpoint
            out[last] = "prose"
            relabel(out, last + 1, number + 1, "locator")
            last = number + 1
            if last + 1 < len(tokens) and tokens[last].text == "(" and split_label(out[last + 1])[1] == "url":
                out[last], out[last + 1] = "prose", "B-url"  # its address in brackets, a field of the same cite
                last += 1
        open_run(out, last)
    return out or tags


#: The words, whole or cut short, that name a series of a state's or a society's papers (folded, no full stop:
#: ``Hist.``, ``Soc.``, ``Coll.``, ``Col.``, ``Rec.``, ``Docs.``, ``Archives``).
_SERIES_WORDS = frozenset("""hist soc coll colls col rec recs records doc docs documents arch archives papers
    resolves laws acts statutes journal jour journals proc proceedings trans transactions mag reg register
    collections""".split())
#: A name of capitalised words cut short (``Mass. Hist. Soc. Coll.``, ``N.J. Archives``, ``Doc. rel. Col. Hist. New
#: York``), before a comma: a word cut short first, then words cut short, whole capitalised words, a small word
#: cut short (``rel.``) or ``of``.
_ABBREVIATED_SERIES = re.compile(r"[A-Z][a-z]{0,6}\.(?:\s?(?:[A-Z][a-z]{0,6}\.|[A-Z][a-z]+|[a-z]{2,4}\.|of(?=\s[A-Z])))+(?=\s*,)")


#: A citing word cut short opening a name of :data:`_ABBREVIATED_SERIES` (``Cf. Doc. rel. …``).
_CITING_CUT_SHORT = re.compile(r"(?i:cf|comp)\.\s+")
#: What ends right before a cite opening (:data:`_CITE_OPENINGS`, the note's start aside), searched up to it.
_CITE_OPENS_BEFORE = re.compile("(?:" + _CITE_OPENINGS.pattern.removeprefix("^|") + r")\Z")


@needs(any_word(_SERIES_WORDS), any_mark("."), any_mark(","))
def rule_abbreviated_series_opening_a_cite_is_its_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Mass. Hist. Soc. Coll., 4th Ser. X. 91``, ``N.J. Archives, 1st Series, XIII. 516``, ``Col. Rec. of North
    Carolina, I. 123``, ``Doc. rel. Col. Hist. New York, V. 293``: a name cut short word by word that opens a cite
    (:data:`_ABBREVIATED_SERIES`; not after ``in``: a container), its first word a state's (``Mass.``, ``N.J.``) or a
    series word (:data:`_SERIES_WORDS`) and a series word after it, is the title of that series, however the tagger
    read it: no person is called ``Mass.`` or ``Col. Rec.`` (but ``Col. Washington`` is one)."""
    if not _ABBREVIATED_SERIES.search(text):
        return tags  # every name of the shape holds a series word (most notes hold none)
    out = None
    starts = None
    for match in _ABBREVIATED_SERIES.finditer(text):
        citing = _CITING_CUT_SHORT.match(text, match.start())
        if citing:  # "Cf. Doc. rel. Col. Hist. New York": the name after the citing word
            match = _ABBREVIATED_SERIES.match(text, citing.end())
            if match is None:
                continue
        opening = _CITE_OPENS_BEFORE.search(text, max(0, match.start() - 12), match.start()) \
            if match.start() else None
        if match.start() and (citing is None and (opening is None or (opening["citing"] or "").strip().lower() == "in")):
            continue  # a cite opens where a sentence or an item does, not on a container after "in"
        words = [fold(w.rstrip(".")) for w in re.findall(r"[A-Za-z]+\.?", match.group(0))]
        first_is_a_place = words[0] in STATE_ABBREVIATIONS or len(words[0]) == 1
        if not (first_is_a_place or words[0] in _SERIES_WORDS) or _SERIES_WORDS.isdisjoint(words[1:]):
            continue
        starts = starts or token_starts(tokens)
        first, last = bisect_left(starts, match.start()), bisect_left(starts, match.end())
        if split_label(tags[first])[1] == "container-title" \
                or any(split_label(tags[k])[1] in ("locator", "date", "volume", "ibid", "url") for k in range(first, last)) \
                or all(split_label(tags[k])[1] == "title" for k in range(first, last)) and not tags[first].startswith("I-"):
            continue  # (already one title run)
        out = out or list(tags)
        if out[first].startswith("I-"):
            prose_before(out, first)
        _title_before_its_comma(tokens, out, first, last)  # (the comma after the name)
    return out or tags


def _title_before_its_comma(tokens: Sequence[Token], tags: list[str], first: int, end: int) -> None:
    """In place: tokens [first, end) are a title run; a comma right after it is prose, and what follows opens a run."""
    relabel(tags, first, end, "title")
    if end < len(tokens) and tokens[end].text == ",":
        tags[end] = "prose"
        end += 1
    open_run(tags, end)


#: A bracket giving the year of the edition or reprint cited, after a word of :data:`~.words.EDITION_WORDS`
#: (``(ed. 1787)``, ``(repr. 1826)``, ``(revision of 1822)``, ``(edition of 1742)``).
_EDITION_YEAR = re.compile(r"\(\s*(?i:" + "|".join(sorted(EDITION_WORDS, key=len, reverse=True))
                           + r")\.?(?:\s+of)?\s+(?P<year>1[4-9]\d\d)\s*\)")
#: The words a title cut short by an edition's bracket is made of: capitalised words and small words.
_TITLE_BEFORE_A_BRACKET = frozenset("of the and for in to de la le des du &".split())


@needs(any_mark("("))
def rule_edition_year_in_brackets_after_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Statutes of Vermont (ed. 1787), p. 105``, ``Laws of Pennsylvania (ed. 1742), p. 354``, ``Laws of New York,
    1785–88 (ed. 1886), pp. 120–21``: the year of the edition in brackets after a title (:data:`_EDITION_YEAR`) is the
    cite's date, the bracket and its word prose (no publisher ``ed.``, no title ending on ``(ed.``); the capitalised
    words before it that open the cite, read as a note or prose, are its title."""
    if not _EDITION_YEAR.search(text):
        return tags
    out = None
    starts = None
    for match in _EDITION_YEAR.finditer(text):
        starts = starts or token_starts(tokens)
        opening, year = bisect_left(starts, match.start()), bisect_left(starts, match.start("year"))
        closing = bisect_left(starts, match.end() - 1)
        if opening == 0 or closing >= len(tokens) or tokens[closing].text != ")" \
                or split_label(tags[opening - 1])[1] in ("locator", "date", "volume", "pages", "ibid"):
            continue
        title = opening
        while title > 0 and (tokens[title - 1].text[:1].isupper() or tokens[title - 1].text in _TITLE_BEFORE_A_BRACKET
                             or tokens[title - 1].text in ",–-" or tokens[title - 1].text.isdigit()) \
                and split_label(tags[title - 1])[1] in ("title", "note", "prose", "publisher", "container-title"):
            title -= 1
        if title == opening or not tokens[title].text[:1].isupper():
            continue
        out = out or list(tags)
        if split_label(out[title])[1] != "title" and (title == 0 or out[title - 1] == "prose"):
            relabel(out, title, opening, "title")  # "Statutes of Vermont (ed. 1787)": the cite's title
        out[opening:year] = ["prose"] * (year - opening)
        relabel(out, year, year + 1, "date")
        out[year + 1:closing + 1] = ["prose"] * (closing - year)  # the rest of the bracket and its closing
        after = closing + 1
        if after < len(tokens) and tokens[after].text == "," and out[after].startswith("I-"):
            out[after] = "prose"  # the comma after the bracket, left in the run the tagger read
            after += 1
        open_run(out, after)
    return out or tags


#: A sentence's end inside a quotation: a period, ``!`` or ``?`` after a small letter or digit (no initial, no
#: ``Mr.``), then a capital.
_INNER_SENTENCE_END = re.compile(r"(?<=[a-z\d]{2})[.!?]\s+(?=[A-Z‘'])")
#: What a quoted passage cannot do without: a sentence's end inside it (:data:`_INNER_SENTENCE_END`), looked for from its stop.
_SENTENCE_END_INSIDE = re.compile(r"[.!?](?<=[a-z\d]{2}[.!?])\s+[A-Z‘']")
#: A quotation in curly double quotes.
_CURLY_QUOTATION = re.compile(r"“[^“”]{40,}”")
#: A straight double quote that opens a quotation (after a space, a bracket or the start; before a character) or
#: closes one (after a character; before no letter or digit).
_STRAIGHT_QUOTE = re.compile(r"(?P<open>(?<![^\s(\[—–-])\"(?=\S))|(?P<close>(?<=\S)\"(?!\w))")


def _double_quotations(text: str) -> Iterator[tuple[int, int]]:
    """The [start, end) offsets, quote marks included, of each quotation in curly double quotes and of each one
    in straight quotes whose opening mark (:data:`_STRAIGHT_QUOTE`) is followed by its closing mark with no other
    opening mark between (an opening mark left unclosed is skipped, not paired with the next quotation's close)."""
    for match in _CURLY_QUOTATION.finditer(text):
        yield match.start(), match.end()
    opening = None
    quote = text.find('"')
    while quote != -1:  # every match of the pattern is one straight quote: tried at each, not at every character
        match = _STRAIGHT_QUOTE.match(text, quote)
        if match is not None and match["open"] is not None:
            opening = match.start()
        elif match is not None and opening is not None:
            yield opening, match.end()
            opening = None
        quote = text.find('"', quote + 1)


#: The words of a quoted passage: this many at least, with two sentences' ends inside it (or one in a passage of
#: twice as many words).
_PASSAGE_WORDS = 15


@needs(any_mark("\"", "“"), any_match(_SENTENCE_END_INSIDE))
def rule_quoted_passage_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``"Wanted—10 molders. Must be experienced. $4.50 to $5.50 per day. Write B.F.R. Defender Office."``: a
    quotation in double quotes of :data:`_PASSAGE_WORDS` words or more with two sentences ending inside it (one, when
    it runs twice as long) is a passage quoted from a source, never a work's title: its names, places, dates and
    numbers (an advertisement's address, a clipping's dateline) cite nothing. Prose, quote marks included; not
    right after a name run (a long title after its author's comma)."""
    out = None
    for start, end in _double_quotations(text):
        inside = text[start + 1:end - 1]
        words = len(inside.split())
        if words < _PASSAGE_WORDS:
            continue
        ends = len(_INNER_SENTENCE_END.findall(inside.rstrip(" .!?,;")))
        if ends < 2 and not (ends == 1 and words >= 2 * _PASSAGE_WORDS):
            continue
        starts = token_starts(tokens)
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        before = first - 1 - (first > 0 and tokens[first - 1].text == ",")
        if before >= 0 and split_label(tags[before])[1] in NAME_LABELS:
            continue  # "David Merino Recalde, "El sistema … de Vega. Propuesta …" (…, 2022)": a long title after its author
        out = out or list(tags)
        out[first:last] = ["prose"] * (last - first)
        open_run(out, last)
    return out or tags


#: Words before a year inside a title (``Journal of Three Voyages … in 1831, 1832, & 1833``).
_BEFORE_A_TITLES_YEAR = frozenset({"in", "of", "from", "during", "between", "for"})


@needs(any_tag("B-date"), any_tag(TITLE_TAGS))
def rule_years_listed_after_a_titles_year_end_the_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Journal of Three Voyages along the Coast of China in 1831, 1832, & 1833. London: …``: a title run ending on
    ``in`` (``of``, ``from``…), a year and its comma, right before a date run of nothing but years joined by commas,
    ``&`` or ``and``, holds those years: the list of years ends the title."""
    out = None
    runs = tag_spans(tokens, tags)
    for (first, last, label), (d_first, d_last, d_label) in zip(runs, runs[1:]):
        if label != "title" or d_label != "date" or d_first != last or last - first < 4 \
                or tokens[last - 1].text != "," or not YEAR.fullmatch(tokens[last - 2].text) \
                or tokens[last - 3].text.lower() not in _BEFORE_A_TITLES_YEAR:
            continue
        words = [t.text for t in tokens[d_first:d_last] if t.text not in (",", ".")]
        if not words or not YEAR.fullmatch(words[-1]) \
                or not all(YEAR.fullmatch(w) or w.lower() in ("&", "and", "und", "et") for w in words):
            continue
        out = out if out is not None else list(tags)
        relabel(out, first, d_last, "title")
    return out if out is not None else tags


#: Small words a title does not end on: a quotation right after one is inside the title.
_TITLE_NEVER_ENDS_ON = frozenset("the a an of for in on to and from with about de la le les des du der die das den dem".split())


@needs(any_written(OPENING_QUOTES), any_tag(TITLE_TAGS))
def rule_quotation_after_a_titles_small_word_is_inside_it(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Dispatches for the "New York Tribune": Selected Journalism of Karl Marx (New York: …)``: a title run ending on
    a small word (``the``, ``of``: :data:`_TITLE_NEVER_ENDS_ON`), perhaps with the opening quote mark after it, right before a
    quoted run read as a periodical or a second title, holds that quotation: the title runs on to the end of that run."""
    out = None
    runs = tag_spans(tokens, tags)
    for (first, last, label), (n_first, n_last, n_label) in zip(runs, runs[1:]):
        if label != "title" or n_first != last or n_label not in ("container-title", "title"):
            continue
        end = last - (tokens[last - 1].text in OPENING_QUOTES or tokens[last - 1].text == '"')
        opens_quote = end < last or tokens[n_first].text in OPENING_QUOTES or tokens[n_first].text == '"'
        if not opens_quote or end - first < 2 or tokens[end - 1].text.lower() not in _TITLE_NEVER_ENDS_ON:
            continue
        out = out if out is not None else list(tags)
        relabel(out, first, n_last, "title")
    return out if out is not None else tags


#: A source in brackets right after a quotation: a name and a title, or one of them, then a pinpoint (``(Marx, Capital,
#: 1:433)``, ``(Capital, 1:645–46)``, ``(Marx, 433)``); group ``fields`` holds what comes before the pinpoint.
_BRACKETED_SOURCE = re.compile(r"\(\s*(?P<fields>[^\W\d_][^()]*?),\s*(?P<pinpoint>(?:pp?\.\s*)?(?:\d{1,4}:)?\d{1,5}"
                               r"(?:\s*[-–]\s*\d{1,5})?(?:,\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?)*(?:\s*n\.?\s*\d+)?)\s*\)")
#: Words a quotation holds at least to be a quoted passage rather than a quoted title before its source.
_QUOTED_WORDS = 8


def _names_a_source(field: str) -> bool:
    """Whether a bracketed source's field may be a name or a title: capitalised words (small words between them), no
    digit, not opening on a word of a pinpoint (``ch. 10``, ``cxiii``), no ibid (``Ibid.``, ``Op. cit.``)."""
    words = field.split()
    ibid = load("ibid")
    if fold(field) in ibid or fold(field.rstrip(".")) in ibid or fold(field.rstrip(".")) + "." in ibid:
        return False  # "(Ibid., 18)": the work cited before
    return bool(words) and not any(ch.isdigit() for ch in field) and fold(words[0].rstrip(".")) not in load("locator_words") \
        and not ROMAN_NUMERAL.fullmatch(words[0].rstrip(".")) \
        and all(w[:1].isupper() or fold(w) in FUNCTION_WORDS for w in words)


#: What such a quotation cannot do without: its closing mark right before the source's bracket (a space between at most).
_CLOSING_MARK_BEFORE_A_BRACKET = re.compile(r"[\"”] ?\(")


@needs(any_mark("("), any_match(_CLOSING_MARK_BEFORE_A_BRACKET))
def rule_quotation_before_its_bracketed_source_is_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``"A scientific analysis … perceptible to the senses" (Marx, Capital, 1:433).``: a quotation of
    :data:`_QUOTED_WORDS` words or more right before a bracket naming its source and pinpoint (:data:`_BRACKETED_SOURCE`)
    is the passage quoted, prose; the bracket is the cite: the author's name and the title, or the title alone, then the
    pinpoint. Not a quotation after a comma or a field (``Grace Beckett, “…” (…)``: a title), nor a bracket ending on a
    year (an imprint's)."""
    if "(" not in text:
        return tags
    out = None
    starts = token_starts(tokens)
    for start, end in _double_quotations(text):
        source = _BRACKETED_SOURCE.match(text, end + (text[end:end + 1] == " "))
        if source is None or len(text[start + 1:end - 1].split()) < _QUOTED_WORDS:
            continue
        fields = [part.strip() for part in source["fields"].split(",")]
        if len(fields) > 2 or not all(_names_a_source(field) for field in fields) or YEAR.fullmatch(source["pinpoint"]):
            continue  # "(Senior Research Project, Trinity College, 2004)": an imprint's year; "(ch. 10, p. 311)": no source
        first, last = bisect_left(starts, start), bisect_left(starts, source.end())
        if first and (tokens[first - 1].text == "," or split_label(tags[first - 1])[1] != "prose"):
            continue  # "Grace Beckett, “…” (…)": a title after its author
        out = out or list(tags)
        out[first:last] = ["prose"] * (last - first)
        at = source.start("fields")
        labels = ["author", "title"][-len(fields):]
        for field, label in zip(fields, labels):
            field_start = text.index(field, at)
            relabel(out, bisect_left(starts, field_start), bisect_left(starts, field_start + len(field)), label)
            at = field_start + len(field)
        relabel(out, bisect_left(starts, source.start("pinpoint")), bisect_left(starts, source.end("pinpoint")), "locator")
        open_run(out, last)
    return out or tags


#: Verbs by which a sentence reports what an author says in the work it opens on (``In Title, X says``).
_REPORTING_VERBS = _SPEECH_VERBS | frozenset("writes wrote notes noted observes observed remarks relates states stated "
                                              "argues argued mentions mentioned describes described gives gave quotes "
                                              "quoted records recorded speaks spoke".split())


@needs(any_word(_REPORTING_VERBS))
def rule_speech_verb_ends_a_name_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…, p. 32, M. Sebillot says: “En beaucoup d’endroits …”``: a name run that runs on into a lower-case verb
    reporting speech (:data:`_REPORTING_VERBS`) ends before it: the verb and the rest of the run are prose, and a
    quotation right after the verb (a colon or comma between) is what was said, not a title."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label not in NAME_LABELS:
            continue
        verb = next((k for k in range(first + 1, last) if tokens[k].text in _REPORTING_VERBS), None)
        if verb is None:
            continue
        out = out or list(tags)
        out[verb:last] = ["prose"] * (last - verb)
        k = last
        while k < len(tokens) and tokens[k].text in (":", ",", "—"):
            k += 1
        if k < len(tokens) and tokens[k].text in OPENING_QUOTES and split_label(out[k])[1] == "title":
            end = k + 1
            while end < len(tokens) and out[end] == "I-title":
                end += 1
            out[k:end] = ["prose"] * (end - k)
            open_run(out, end)
    return out or tags


@needs(any_mark("["), any_tag(NAME_TAGS))
def rule_bracketed_ellipsis_stays_inside_its_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Casanova, Pastoral [. . .] en el día de su consagración episcopal, 10.``: an ellipsis in square brackets
    (``[. . .]``, ``[…]``) marks words left out of a title: the words from the name's comma to the ellipsis and from
    the ellipsis to the next comma (or the end) are one title run, however the tagger read them."""
    out = None
    for o, token in enumerate(tokens):
        if token.text != "[":
            continue
        c = o + 1
        while c < len(tokens) and tokens[c].text in (".", "…"):
            c += 1
        if c == o + 1 or c >= len(tokens) or tokens[c].text != "]":
            continue
        start = o
        while start > 0 and tokens[start - 1].text not in (",", ";", ":"):
            start -= 1
        if start < 2 or tokens[start - 1].text != "," or split_label(tags[start - 2])[1] not in NAME_LABELS \
                or not tokens[start].text[:1].isupper():
            continue  # no name and its comma before the title's first words
        end = c + 1
        while end < len(tokens) and tokens[end].text not in (",", ";", "(") \
                and split_label(tags[end])[1] in ("title", "prose", *NAME_LABELS):
            end += 1
        if end == c + 1:
            continue
        if end < len(tokens) and tokens[end].text == "," and split_label(tags[end])[1] in ("title", "prose"):
            end += 1  # the title's comma, as the tagger's runs hold it
        out = out or list(tags)
        name_start = start - 2
        while name_start > 0 and out[name_start].startswith("I-") and split_label(out[name_start - 1])[1] in NAME_LABELS:
            name_start -= 1
        relabel(out, name_start, start, split_label(tags[start - 2])[1])
        relabel(out, start, end, "title")
        open_run(out, end)
    return out or tags


_PROSE_OR_NOTE = frozenset({"prose", "B-note", "I-note"})
#: The shortest title-case note :func:`rule_note_in_title_case_is_a_title` reads as a title (content words).
_TITLE_CASE_NOTE_WORDS = 3


def rule_note_in_title_case_is_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Fifth Annual Report of the Reg. Gen. of Births, Deaths, and Marriages.``: a whole note the tagger read as
    prose or one note run, with no number, that opens on a capital and whose content words (three or more) are all
    capitalised, names a work by its title alone (a lead-in word before it, ``See``, is prose); not when a place or
    a body is among them, a colon is in it, or a participle opens it (``Conveyed through the Office of…``)."""
    if len(tokens) > 30 or not tag_set(tags) <= _PROSE_OR_NOTE or sum(t.startswith("B-") for t in tags) > 1 \
            or any(ch.isdigit() for ch in text):
        return tags
    start = past_lead_words(tokens, 0)
    end = len(tokens) - (tokens[-1].text == ".")
    words = [t.text for t in tokens[start:end] if t.text[:1].isalpha()]
    content = [w for w in words if len(w) > 3 and fold(w) not in FUNCTION_WORDS and fold(w) not in load("stopwords")]
    if start >= end or not words or not words[0][:1].isupper() or len(content) < _TITLE_CASE_NOTE_WORDS \
            or not all(w[:1].isupper() for w in content) or any(fold(w) in load("ibid") for w in words) \
            or any(fold(w) in load("places") or fold(w) in ORGANISATION_WORDS for w in content) \
            or fold(words[0]).endswith("ed") or ":" in text:
        return tags  # a place or a body named ("… Office of the High Commissioner …, Canberra"), or a sentence
    out = ["prose"] * len(tokens)
    relabel(out, start, end, "title")
    return out


#: The small words that join a title's head noun to the rest (``Journals of the Continental Congress``).
_HEAD_JOINERS = (("of", "the"), ("of",), ("de", "la"), ("de",), ("des",), ("du",), ("der",))
#: The last words of :data:`_HEAD_JOINERS`: the word right before a title run that may take back its head.
_HEAD_JOINER_ENDS = frozenset(joiner[-1] for joiner in _HEAD_JOINERS)


@needs(any_tag(TITLE_TAGS), any_word("of", "de", "des", "du", "der"))
def rule_title_takes_back_its_head_and_of(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``…,” Journals of the Continental Congress, 1774-1789 (Washington, 1904-1937)``: a title run the tagger opened
    after a capitalised word and ``of`` (``of the``, ``de la``…) left as prose, right after a comma, a closing quote,
    a bracket or the note's start, opens on that word: the head noun and its joiner are the title's."""
    out = None
    for first, _, label in tag_spans(tokens, tags):
        if label != "title" or not tokens[first].text[:1].isupper() or first < 2 \
                or tokens[first - 1].text.lower() not in _HEAD_JOINER_ENDS:
            continue
        for joiner in _HEAD_JOINERS:
            head = first - len(joiner) - 1
            if head < 0 or tuple(t.text.lower() for t in tokens[head + 1:first]) != joiner:
                continue
            if not capitalised_word(tokens[head].text, 3) or any(tags[k] != "prose" for k in range(head, first)):
                break
            if head and tokens[head - 1].text not in (",", "”", '"', "(", ":", ";"):
                break  # prose before the head noun: the words may be the sentence's
            out = out or list(tags)
            relabel(out, head, first + 1, "title")
            out[first] = "I-title"
            break
    return out or tags


#: The articles of the container runs of ``in`` and an article alone (``in the``, ``in der``, ``dans le``, ``in a``,
#: ``the``): each such run holds one.
_ARTICLES_OF_IN_ALONE = frozenset({"the", "der", "le", "a"})


@needs(any_tag("B-container-title"), any_word(_ARTICLES_OF_IN_ALONE))
def rule_container_of_only_in_and_its_article_takes_the_name_after_it(text: str, tokens: Sequence[Token],
                                                                        tags: list[str]) -> list[str]:
    """``Joseph Martinek, in the Cleveland Press.``: a container run of ``in`` and an article alone, right before a run the
    tagger read as a publisher, place or title, takes that run: the periodical's name (no publisher follows ``in the``)."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "container-title":
            continue
        words = [tokens[i].text.lower() for i in range(first, last)]
        if words not in (["in", "the"], ["the"], ["in", "der"], ["dans", "le"], ["in", "a"]) \
                or last >= len(tags) or split_label(tags[last])[1] not in ("publisher", "location", "title") \
                or not tags[last].startswith("B-") or not tokens[last].text[:1].isupper():
            continue
        out = out or list(tags)
        end = last + 1
        while end < len(tags) and tags[end] == "I-" + split_label(tags[last])[1]:
            end += 1
        relabel(out, last, end, "container-title", continues=True)
    return out or tags


@needs(any_tag("B-publisher"))
def rule_publisher_alone_after_a_lead_in_is_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Cf. The Free Press.``, ``See The Viking Press.``: a publisher run alone (no place, date or other field of an
    imprint beside it, no bracket) right after a lead-in word (``Cf.``, ``See``) names a work: its title."""
    out = None
    runs = tag_spans(tokens, tags)
    for j, (first, last, label) in enumerate(runs):
        if label != "publisher":
            continue
        lead = first - 1 - (first > 0 and tokens[first - 1].text == ".")
        if lead < 0 or not lead_word(tokens[lead].text) or any(tags[i] != "prose" for i in range(max(0, lead - 1), first)):
            continue
        before = runs[j - 1][2] if j else None
        after = runs[j + 1][2] if j + 1 < len(runs) else None
        if before in IMPRINT_LABELS or after in IMPRINT_LABELS \
                or any(tokens[i].text in "()" for i in range(first, last)):
            continue
        out = out or list(tags)
        relabel(out, first, last, "title")
    return out or tags


#: Small words a title in title case holds between its capitalised words (English), ``and`` and ``or`` aside.
_TITLE_INNER_WORDS = _TITLE_CASE_SMALL - {"and", "or"}


@needs(any_word(_POSSESSIVE_DETERMINERS), any_tag("prose"))
def rule_title_case_phrase_after_a_possessive_is_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``see my Liberty and the News, Ch. II``, ``the reader is referred to my Sidelights on Contemporary Socialism``:
    a phrase in title case left as prose after ``my``, ``his``, ``her``, ``their`` or ``our`` is a title when it is
    shaped as one (an article and two capitalised words, a colon inside, or a small word other than ``and``/``or``
    between capitalised words: ``Hume and Steuart`` are two names): its capitalised words, numbers and small words to
    its last capitalised word before a lower-case word, a stop or the note's end; not when a lower-case noun follows
    it (``her Right of Search treaty``: the phrase qualifies the noun). A phrase ending on ``and`` before a name the
    tagger read, a colon and a title (``his Power and Money: A Marxist Theory of Bureaucracy``) is that title's head."""
    out = None
    n = len(tokens)
    for k in range(n - 1):
        if tokens[k].text.lower() not in _POSSESSIVE_DETERMINERS or tags[k] != "prose":
            continue
        start, j, last = k + 1, k + 1, None
        if tags[start] != "prose" or not tokens[start].text[:1].isupper():
            continue
        while j < n and tags[j] == "prose":
            word = tokens[j].text
            if word[:1].isupper() or word[:1].isdigit() and last is not None:
                last = j
            elif word in ("and", "or") and j + 1 < n and tokens[j + 1].text.lower() in _POSSESSIVE_DETERMINERS:
                break  # "my Sidelights … and my Karl Marx": a second work
            elif not (word in _TITLE_INNER_WORDS or word in ("and", "or", "'", "’", "-")
                      or word == ":" and j + 1 < n and tokens[j + 1].text[:1].isupper()):
                break
            j += 1
        if last is not None and j < n and tags[j] == "B-author" and tokens[j - 1].text in ("and", "&"):
            name_end = next((m for m in range(j + 1, n) if not tags[m].startswith("I-")), n)
            if name_end < n and tokens[name_end - 1].text == ":" and tags[name_end] == "B-title":
                # "see also his Power and Money: A Marxist Theory…": the name the tagger read after "and" is the
                # title's last word before its subtitle
                title_end = next((m for m in range(name_end + 1, n) if not tags[m].startswith("I-")), n)
                out = out or list(tags)
                relabel(out, start, title_end, "title")
                continue
        if last is None:
            continue
        end = last + 1
        phrase = [t.text for t in tokens[start:end]]
        capitals = [w for w in phrase if w[:1].isupper()]
        shaped = phrase[0] in ("The", "A", "An") and len(capitals) >= 2 or ":" in phrase[1:-1] \
            or any(w in _TITLE_INNER_WORDS for w in phrase[1:-1])
        follower = tokens[end].text if end < n else ""
        if not shaped or any(fold(w) in ORGANISATION_WORDS for w in capitals) \
                or follower.isalpha() and follower.islower() and follower not in FUNCTION_WORDS | _TITLE_INNER_WORDS \
                and follower not in load("verbs") and not follower.endswith("ed"):
            continue  # ("her Right of Search treaty", "his Horrors of Revolution series": a noun's modifier, no title)
        out = out or list(tags)
        relabel(out, start, end, "title")
        open_run(out, end)
    return out or tags


#: The words that name a work's title after its author in prose (``a work by X entitled Title``).
_ENTITLED = frozenset({"entitled", "titled", "intitled"})


@needs(any_word(_ENTITLED), any_word("by"))
def rule_author_by_and_title_entitled_in_prose(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``… discussed in a work by Robert Fortenbaugh entitled The Nine Capitols of the United States (York, Pa.,
    1948)``: after ``by``, a person's full name (:func:`full_name`) and ``entitled`` (``titled``), the words up to the
    end of the title run that starts there (or starts one word later, its article left as prose) are the title, the
    name its author."""
    out = None
    for cue, token in enumerate(tokens):
        if token.text.lower() not in _ENTITLED or cue + 2 >= len(tokens):
            continue
        by = next((k for k in range(cue - 1, max(-1, cue - 6), -1) if tokens[k].text.lower() == "by"), None)
        if by is None or not full_name([t.text for t in tokens[by + 1:cue]]):
            continue
        start = cue + 1
        title_at = start if split_label(tags[start])[1] == "title" else start + 1
        if split_label(tags[title_at])[1] != "title" or not tokens[start].text[:1].isupper() \
                or title_at > start and tags[start] != "prose":
            continue
        end = title_at + 1
        while end < len(tokens) and tags[end] == "I-title":
            end += 1
        out = out or list(tags)
        relabel(out, by + 1, cue, "author")
        out[cue] = "prose"
        relabel(out, start, end, "title")
    return out or tags


#: The words that name the title after them in the notes' languages (``a small book entitled El Ciudadano``, ``la obra
#: titulada Memoirs of the reign…``, ``un ouvrage intitulé …``).
_TITLED_CUES = frozenset({"entitled", "titled", "intitled", "titulada", "titulado", "intitulada", "intitulado",
                          "intitulée", "intitulé", "intitulés", "intitolata", "intitolato", "betitelt"})
#: Things the notes name by their title that are no written work (``an exhibition titled …``, ``a lithograph … titled``).
_UNWRITTEN_THINGS = frozenset({"exhibition", "exhibit", "show", "lithograph", "painting", "photograph", "drawing", "print",
                               "sculpture", "mural", "film", "movie", "table", "chart", "map", "version", "composition"})
#: Words before a writer's name after a title (``…, by Thomas Birch``).
_BY_WRITER = BY_WORDS | {"von", "di", "da"}
#: The longest title :func:`rule_unquoted_title_after_entitled` reads (tokens).
_LONGEST_TITLE_AFTER_A_CUE = 40


@needs(any_word(_TITLED_CUES))
def rule_unquoted_title_after_entitled(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Se publicaron en la obra titulada Memoirs of the reign of Queen Elisabeth, …, by Thomas Birch: London, 1754.``,
    ``From his essay entitled Art and Criticism.``: after a cue naming a title (:data:`_TITLED_CUES`) left as prose,
    words opening on a capital and left as prose are that title, up to the end of the sentence, a bracket, a
    semicolon or colon, or a comma before ``by`` (``por``, ``par``…) and a name: that name is the author, and a place
    and year after its colon the imprint. Not the title of an exhibition, a picture or a table
    (:data:`_UNWRITTEN_THINGS` among the six words before the cue)."""
    out = None
    n = len(tokens)
    for cue in range(n - 2):
        if tokens[cue].text.lower() not in _TITLED_CUES or tags[cue] != "prose" or tags[cue + 1] != "prose" \
                or not tokens[cue + 1].text[:1].isupper() \
                or any(tokens[k].text.lower() in _UNWRITTEN_THINGS for k in range(max(0, cue - 6), cue)):
            continue
        end, writer = cue + 1, None
        while end < min(n, cue + _LONGEST_TITLE_AFTER_A_CUE) and tags[end] == "prose":
            word = tokens[end].text
            if word in ("(", ";", ":") or word == "." and (end + 1 == n or ends_a_sentence(tokens, end)):
                break
            if word == "," and end + 2 < n and tokens[end + 1].text.lower() in _BY_WRITER and tokens[end + 2].text[:1].isupper():
                writer = end + 2
                break
            end += 1
        if end - cue < 3 or any(tokens[k].text in OPENING_QUOTES for k in range(cue + 1, end)):
            continue  # a one-word "title"; a quoted title is the quotation rules' to read
        out = out or list(tags)
        relabel(out, cue + 1, end, "title")
        open_run(out, end)
        if writer is None:
            continue
        stop = writer
        while stop < n and tags[stop] == "prose" and (tokens[stop].text[:1].isupper() or tokens[stop].text == "."
                                                      and len(tokens[stop - 1].text) == 1) and stop - writer < 5:
            stop += 1
        if stop == writer:
            continue
        relabel(out, writer, stop, "author")
        if stop + 4 < n and tokens[stop].text == ":" and tokens[stop + 1].text[:1].isupper() and tokens[stop + 2].text == "," \
                and YEAR.fullmatch(tokens[stop + 3].text) and tags[stop + 1] == tags[stop + 3] == "prose":
            relabel(out, stop + 1, stop + 2, "location")
            relabel(out, stop + 3, stop + 4, "date")
        open_run(out, stop)
    return out or tags


@needs(any_word(THEIR_WORDS))
def rule_title_in_a_writers_own_work(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Dr. Heylyn says in his Survey of the Estate of Guernzey and Jarsey, published 1656, p. 298``: a writer's
    verb, ``in`` and ``his`` (``her``, ``their``, ``son``…) before capitalised words left as prose (small function
    words between them) make those words the title of the writer's work (the rule after this one makes the name
    before the verb its author)."""
    out = None
    for k in range(2, len(tokens) - 1):
        if tokens[k].text not in THEIR_WORDS_BEFORE_CAPITALISED_TITLES or tokens[k - 1].text not in IN_WORDS \
                or not writing_verb(tokens[k - 2].text) \
                or (out or tags)[k + 1] != "prose" or not capitalised_word(tokens[k + 1].text):
            continue
        end = title_words_end(tokens, k + 1, out or tags)
        out = out or list(tags)
        relabel(out, k + 1, end, "title")
    return out or tags


#: Articles between ``in`` and a periodical's name (``in der Zeitschrift``, ``in the Journal``).
_ARTICLES_AFTER_IN = frozenset({"der", "die", "dem", "den", "des", "the", "la", "le", "les", "l"})


@needs(any_mark("("), any_word(IN_WORDS))
def rule_bracket_opening_on_in_after_a_title_names_its_container(text: str, tokens: Sequence[Token],
                                                                   tags: list[str]) -> list[str]:
    """``»Zur Criminalstatistik des Odenwalds …« (in der »Zeitschr. für deutsche Kulturgesch.« 1878, S. 423-433)``:
    a title run right after a bracket that opens on ``in`` (an article may follow), the bracket right after
    another title run, and before a date run, is the periodical the first title was printed in: its container."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "title" or first < 3:
            continue
        k = first - 1
        if tokens[k].text.lower() in _ARTICLES_AFTER_IN:
            k -= 1
        if k < 2 or tokens[k].text.lower() not in IN_WORDS or tokens[k - 1].text != "(" \
                or split_label((out or tags)[k - 2])[1] != "title" or any((out or tags)[i] != "prose" for i in range(k - 1, first)):
            continue
        if last >= len(tokens) or split_label((out or tags)[last])[1] != "date":
            continue  # "Revolutions de Paris (in Hist. Parl. viii. 440)": printed again in a book, no periodical's year
        out = out or list(tags)
        relabel(out, first, last, "container-title")
    return out or tags


_MANUSCRIPT_NOTE = re.compile(MANUSCRIPT_NOTE)


@needs(any_mark("MS", "anuscript"))
def rule_manuscript_note_by_a_person_is_a_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``MS. Note by Mr. George Métivier``, ``A MS. note by Mr. Métivier explains…``: a manuscript note (a genre
    run), ``by`` and the name of its writer read as an author are one title, the item's name (the writer is taken
    from it as its author)."""
    out = None
    for first, last, label in tag_spans(tokens, tags):
        if label != "genre" or not _MANUSCRIPT_NOTE.fullmatch(text, tokens[first].start, tokens[last - 1].end):
            continue
        if last + 1 >= len(tokens) or tokens[last].text != "by" or split_label(tags[last + 1]) != ("B", "author"):
            continue
        end = last + 2
        while end < len(tokens) and tags[end] == "I-author":
            end += 1
        out = out or list(tags)
        relabel(out, first, end, "title")
        open_run(out, end)
    return out or tags


@needs(any_word("apud"))
def rule_work_cited_apud_its_source(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Olympiodor, apud Phot. p. 192``, ``Renatus Frigeridus, apud Gregor. Turon. l. ii. c. 8``: one to three
    capitalised words (an ancient author's name standing for his lost work), perhaps a comma, then ``apud`` and the
    capitalised words of the source that preserves it (abbreviations allowed), up to the pinpoint: the words before
    are the work's title, ``apud`` is prose, the source is its container."""
    out = None
    for k, token in enumerate(tokens):
        if token.text.lower() != "apud" or k == 0:
            continue
        end = k - (tokens[k - 1].text == ",")
        first = end
        while first > 0 and end - first < 5 and (tokens[first - 1].text[:1].isupper() and tokens[first - 1].text.isalpha()
                                                 or tokens[first - 1].text == "." and first - 1 > 0):
            first -= 1
        while first < end and tokens[first].text == ".":
            first += 1
        words = [t.text for t in tokens[first:end] if t.text.isalpha()]
        if not 1 <= len(words) <= 3 or fold(words[0]) in load("lead_words") or fold(words[0]) in FUNCTION_WORDS:
            continue
        stop = k + 1
        while stop < len(tokens) and (tokens[stop].text[:1].isupper() and tokens[stop].text.isalpha()
                                      or tokens[stop].text == "." and stop > k + 1) \
                and split_label(tags[stop])[1] not in ("locator", "volume"):
            stop += 1
        after = stop + (stop + 1 < len(tokens) and tokens[stop].text == ",")  # "apud Ruinart, p. 427"
        if stop == k + 1 or after < len(tokens) and split_label(tags[after])[1] not in ("locator", "volume", "pages") \
                and tokens[after].text not in (";", ")"):
            continue  # no source named, or it runs on into more words ("apud Tillemont, Mémoires Ecclés.")
        out = out or list(tags)
        relabel(out, first, end, "title")
        out[end:k + 1] = ["prose"] * (k + 1 - end)
        relabel(out, k + 1, stop, "container-title")
        open_run(out, stop)
    return out or tags





#: Words that make a name a publisher's (``Walter Scott Publishing Company``, ``Harper and Brothers``).
_PUBLISHERS_WORDS = frozenset({"company", "co", "press", "publishing", "publishers", "publisher", "verlag", "sons", "brothers",
                               "bros", "editeur", "editions", "editores", "editore", "books", "ltd", "inc"})
#: What may follow a name heading a cite for it to be a periodical's or a series': a date, an issue, a volume, a pinpoint.
_ISSUE_AND_PINPOINT_LABELS = frozenset({"date", "issue", "volume", "locator", "pages"})


@needs(any_tag("B-publisher"), any_tag(tags_of(_ISSUE_AND_PINPOINT_LABELS)))
def rule_publisher_heading_a_cite_without_a_title_is_its_title(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Atlantic Monthly, May, 1903, p. 649.``, ``Atlanta University Publications, Nos. 3 and 8.``: a publisher run of
    two words or more that opens the note (perhaps after a lead word) and is followed only by a date, an issue, a volume
    or a pinpoint up to the next ``;`` names no publisher (a cite has no imprint without a title): it is the
    periodical's name (the container, a month ending it joined to the date) when an issue's date or number follows,
    else the series' title. Not when it is a place or holds one or a publisher's word (``Walter Scott Publishing
    Company, 1906, p. 262``), nor when only a year follows (an imprint's)."""
    out = None
    runs = tag_spans(tokens, tags)
    for k, (first, last, label) in enumerate(runs):
        if label != "publisher" or first and not _opens_the_note(tokens, first):
            continue
        after = []
        for start, end, other in runs[k + 1:]:
            if any(tokens[j].text == ";" for j in range(after[-1][1] if after else last, start)):
                break
            after.append((start, end, other))
        if not after or any(other not in _ISSUE_AND_PINPOINT_LABELS for _, _, other in after) \
                or any(tokens[j].text == ";" for j in range(first, last)):
            continue
        name_end = last
        while name_end > first and tokens[name_end - 1].text in ",.":
            name_end -= 1
        month = name_end - 1 if name_end - 1 > first and fold(tokens[name_end - 1].text.rstrip(".")) in load("months") else None
        named = [t.text for t in tokens[first:month or name_end] if t.text[:1].isalpha()]
        if len(named) < 2 or is_known_place(" ".join(named)) or any(is_known_place(w) for w in named if w[:1].isupper()) \
                or any(fold(w) in _PUBLISHERS_WORDS for w in named) \
                or month is None and not any(other in ("issue", "locator", "pages") for _, _, other in after):
            continue  # one word (a place as often); a year alone after the name (an imprint's)
        out = out or list(tags)
        dated = month is not None or any(other in ("date", "issue") for _, _, other in after)
        relabel(out, first, month or name_end, "container-title" if dated else "title")
        for j in range(month or name_end, last):
            out[j] = "prose"
        if month is not None and after[0][2] == "date":  # "Atlantic Monthly, May, 1903": the month is the date's
            relabel(out, month, after[0][1], "date")
    return out or tags


def _opens_the_note(tokens: Sequence[Token], first: int) -> bool:
    """Whether token ``first`` opens the note, after lead words (``See``) and their stops alone."""
    return all(fold(t.text) in load("lead_words") or t.text in ".," for t in tokens[:first])
