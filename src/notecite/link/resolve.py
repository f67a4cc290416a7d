"""Link a document's cites, in note order, to the works they mean.

Full references create works (a repeated full reference joins its work). Short forms,
title mentions, ibid/idem and op. cit. are then resolved in note order; a short form that
comes before its full reference is linked too, because works are collected first.
"""
from __future__ import annotations

import copy
import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator, Mapping
from functools import lru_cache

from ..keys import STOPWORDS, ascii_fold
from ..library import Citation, Library
from ..normalize.dates import parse_date
from ..normalize.names import parse_names
from ..normalize.places import is_known_place
from ..normalize.lexicon import WORDS
from ..normalize.titles import NAME_NOT_TITLE, VOLUME_IN_TITLE
from ..parse.dictionaries import fold, load
from ..parse.rules.words import ROMAN_VOLUME_PINPOINT, STATE_ABBREVIATIONS, referenced_note
from ..records import Record, plain_text
from ..textscan import may_hold
from .dedup import SAME_NAME, classify, daily_record, dated_items_differ, identifier, least_title, numbers_differ, same_report
from .matching import (FuzzyIndex, TitleIndex, WorkIndex, best_title_similarity, compared_words, families, known_as,
                       name_similarity, names_held, title_abbreviates, title_holds_in_order, title_initials, title_holds_words, title_keeps_phrases, title_key, title_shortens, title_similarity,
                       title_word_index, title_words, titles_of, years_compatible)
from ..collector import without_cycle_collection
from .bibliography import complete, entry_dated, entry_named, names_then_title
from .merge import merge_fields
from .model import NoteCite
from .plausibility import name_text, reads_as_prose_run, reads_as_sentence
from .volumes import volume_years_into_titles

#: The flag reason on a work known only by its author's name (``Zosimus, l. iii. p. 158``).
NAMED_BY_AUTHOR = "a work cited by its author's name only, titled by that name"
#: Sentence adverbs that open a sentence of prose, never a title cited in short form.
_SENTENCE_ADVERBS = frozenset("again however therefore moreover furthermore nevertheless thus hence especially particularly "
                               "notably mainly chiefly mostly similarly likewise consequently accordingly indeed "
                               "presumably apparently probably possibly evidently referring according".split())


def _opens_on_a_sentence_adverb(words: str) -> bool:
    """Whether ``words`` open on a sentence adverb (:data:`_SENTENCE_ADVERBS`): a sentence read as a title or a name."""
    first = words.split()[:1]
    return bool(first) and fold(first[0].strip(",")) in _SENTENCE_ADVERBS


def _first_name_as_written(record: Record) -> str:
    """The first author's name as it opens in the note: the given name, else the family or literal name ('' if none)."""
    names = record.get("author") or []
    first = names[0] if names else {}
    return (first.get("given") or first.get("family") or first.get("literal") or "") if isinstance(first, dict) else ""


#: Below this score a short form or mention starts a work of its own.
LINK_THRESHOLD = 0.72
#: The least :func:`match_score` of a work an op. cit.'s name names as a title (:meth:`_DocumentLinker.titled_as_name`):
#: the name opens the work's title, or the title opens the name (0.9 title similarity, no names).
TITLED_AS_NAME = 0.9 * 0.9
#: How alike (0–1) an author's name must be to point an op. cit. or idem at that author's latest work.
SAME_AUTHOR = 0.85
#: An op. cit. (``op. cit.``, ``loc. cit.``, ``l. c.``, ``a. a. O.``, ``art. cit.``, ``ouvr. cit.``): the work
#: of an author named before it, unlike ``ibid.``, which is the work cited just before.
_OP_CIT = re.compile(r"(?:op|loc|art|ouvr)\.?\s*cit\b|l\.\s*c\.|a\.\s*a\.\s*o\b", re.I)
#: "And so on" after an author's name, once or more, as a cite's suffix (``Weber, &c. &c.``): the author's work.
_AND_SO_ON = re.compile(r"(?:&c|etc)\.?(?:\s*(?:&c|etc)\.?)*")
#: Words of prose (a family name among them), and how many of the last capitalised ones are looked up.
_WORD = re.compile(r"[^\W\d_]{2,}")
_PROSE_NAMES = 12
#: A person's name in natural order (a given name, or an initial, then a capitalised family name) right before the
#: bracket an op. cit. opens in (``bei Rudolph Meyer (vgl.``, ``see J. Hale (op.``): the op. cit. is that person's
#: work, not the work cited last.
_PERSON_BEFORE_A_BRACKET = re.compile(r"\b(?P<given>[A-Z][a-zß-ÿ]+|[A-Z]\.)\s+[A-Z][\w’'-]+\s*\(\s*(?:(?i:vgl|cf|see|voir|s)\.?\s*)?$")


def _person_before_a_bracket(prefix: str) -> bool:
    """Whether ``prefix`` ends on a person's name before an opening bracket (:data:`_PERSON_BEFORE_A_BRACKET`),
    the given name an initial, a known given name or no common word (``Rudolph Meyer (vgl.``, not ``Das Kapital (``)."""
    match = _PERSON_BEFORE_A_BRACKET.search(prefix)
    if match is None:
        return False
    given = fold(match.group("given"))
    return match.group("given").endswith(".") or given in load("given_names") \
        or given not in WORDS and given not in load("stopwords")
#: Links below this confidence are listed in the library's warnings.
LOW_CONFIDENCE = 0.6
#: Prose after a cite that makes the next cite its source ("quoted in X"), by the relation it names.
RELATIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("quoted-in", re.compile(r"\b(?:quoted|qtd\.?)\s+(?:in|by)\b|\bzit(?:\.|iert)\s+(?:nach|in|bei)\b|"
                             r"\bcitato\s+(?:in|da)\b", re.I)),
    ("cited-in", re.compile(r"\bcited\s+(?:in|by)\b|\bcité\s+(?:dans|par)\b|\bcitado\s+(?:en|por)\b", re.I)),
    ("reprinted-in", re.compile(r"\b(?:reprinted|repr\.?|rpt\.?|reproduced|excerpted)\s+in\b|\babgedruckt\s+in\b|"
                                r"\bréimprimé\s+dans\b", re.I)),
    ("translated-in", re.compile(r"\btranslated\s+in\b", re.I)),
)
#: A piece of a word every match of :data:`RELATIONS` holds (:func:`~notecite.textscan.may_hold`).
_RELATION_WORDS = ("quot", "qtd", "zit", "cit", "repr", "rpt", "excerpted", "abgedruckt", "réimprimé", "translated")
#: Fields whose presence marks a reference as full rather than a repeated short form.
PUBLICATION_FIELDS = ("publisher", "publisher-place", "issued", "container-title", "URL", "DOI", "ISBN")


#: Below this title similarity a cite does not name a work.
TITLE_GATE = 0.6
#: Below this title similarity (a title opening the other or ending its main title scores more) a cite
#: whose title holds a word the work's titles lack does not name it (:func:`names_a_word_apart`).
WORDS_APART_BELOW = 0.85
#: Below this name similarity a cite's score is halved.
NAME_GATE = 0.7
CITE_NAMES = ("author", "editor")
WORK_NAMES = ("author", "editor", "translator")


def match_score(cite: Record, work: Record) -> float:
    """How likely a short form or mention (``cite``) names ``work`` (0–1); 0 for another work of a series
    (:func:`one_word_apart`, :func:`years_apart`, :func:`~notecite.link.dedup.numbers_differ`) and, unless one title opens the other, for a title with a word the work's
    titles lack (:func:`names_a_word_apart`)."""
    if numbers_differ(cite, work):
        return 0.0  # "Affairs in Samoa, … SED 102" is not "Condition of Affairs in Samoa, … SED 31"
    title = best_title_similarity(cite, work)
    if title < TITLE_GATE or one_word_apart(cite.get("title") or cite.get("title-short"), work.get("title")) \
            or years_apart(cite.get("title") or cite.get("title-short"), work.get("title")) \
            or _letter_turned(cite.get("title"), work.get("title")) \
            or place_apart(cite.get("title") or cite.get("title-short"), work.get("title")):
        return 0.0
    if title < WORDS_APART_BELOW and names_a_word_apart(cite, work):
        return 0.0  # "Notes on the Weaving Trade of Paisley" names no "Notes on the Weaving Trade during the War"
    names = names_held(families(cite, CITE_NAMES), known_as(work, WORK_NAMES, given_words=True))
    if names is None:
        if _titled_after_another(cite, work) or _titled_after_another(work, cite):
            return 0.0
        if not families(cite, CITE_NAMES) and families(work, WORK_NAMES) and names_a_word_apart(cite, work):
            return 0.0  # "Statutes at Large" naming nobody is not "Cooper and McCord, Statutes": its title says more
        if _genre_of_someone(cite, work) or _genre_of_someone(work, cite):
            return 0.0  # "Malartic, Journal" is not the anonymous "Journal de l'Expédition contre le Fort George"
        if _one_word_of_someone(cite, work):
            return 0.0  # "Pitkin's History" is not the anonymous "History of Virginia from the first Settlements"
        return title * 0.9
    score = 0.35 * names + 0.65 * title
    return score if names >= NAME_GATE else score * 0.5


#: A title that ends on a person's given and family names after ``of`` (``Journal of George Croghan``).
_OF_A_PERSON = re.compile(r"\b(?:of|de|von)\s+(?P<given>[A-Z][\w'’-]+)\s+(?:[A-Z][\w'’.-]*\s+){0,2}(?P<family>[A-Z][\w'’-]+)\s*$")


def _titled_after_another(named: Record, titled: Record) -> bool:
    """Whether ``titled`` names nobody but its title ends on a person (``Journal of George Croghan``, a given name
    first) whom ``named`` (a short form or a work) names no author: another person's journal or life (``Gordon,
    Journal``)."""
    authors = families(named, CITE_NAMES)
    title = titled.get("title")
    if not authors or not isinstance(title, str) or " of " not in title and " de " not in title and " von " not in title:
        return False
    match = _OF_A_PERSON.search(title)
    return bool(match) and fold(match["given"]) in load("given_names") \
        and fold(match["family"]) not in {fold(name) for name in authors}


#: Words that title a person's own record (``Malartic, Journal``, ``Bougainville, Mémoires``).
_GENRE_TITLES = frozenset("""journal journals diary memoirs memoires memorias memorie correspondence letters lettres
    papers relation narrative autobiography""".split())


def _genre_of_someone(named: Record, other: Record) -> bool:
    """Whether ``named`` names someone and titles itself by one genre word (``Malartic, Journal``) while ``other``
    names nobody and its title opens on that word but names none of them (``Journal de l'Expédition…``, not
    ``Journal of George Croghan`` for ``Croghan, Journal``): another person's record."""
    title = title_key(named.get("title") or named.get("title-short"))
    names = families(named, CITE_NAMES)
    return len(title) == 1 and title[0] in _GENRE_TITLES and bool(names) and not families(other, CITE_NAMES) \
        and len(title_key(other.get("title"))) > 1 and not _title_names(other.get("title"), names)


def _one_word_of_someone(named: Record, other: Record) -> bool:
    """Whether ``named`` names someone and is titled by one word that only opens the longer title (three words
    or more, naming none of ``named``'s names) of ``other``, which names nobody: a one-word short form is its
    author's, not an anonymous work's."""
    title = named.get("title") or named.get("title-short")
    names = families(named, CITE_NAMES)
    if not names or families(other, WORK_NAMES) or len(title_key(title)) != 1:
        return False
    return all(len(title_key(t)) >= 3 and not set(names) & set(title_key(t)) for t in titles_of(other))


def _letter_turned(a: object, b: object) -> bool:
    """Whether titles ``a`` and ``b`` name the same two people the other way round (``Davis to Fish`` and
    ``Fish to Davis``): a letter and its answer, two works however alike their words."""
    if not (isinstance(a, str) and isinstance(b, str) and " to " in a and " to " in b):
        return False
    sender_a, _, recipient_a = (title_key(part) for part in a.partition(" to "))
    sender_b, _, recipient_b = (title_key(part) for part in b.partition(" to "))
    return bool(sender_a and recipient_a) and sender_a != recipient_a and (sender_a, recipient_a) == (recipient_b, sender_b)


def names_a_word_apart(cite: Record, work: Record) -> bool:
    """Whether the cite's title (two words or more, stopwords aside) holds a word that none of the
    work's titles has, in any order (a word nearly the same counts, :func:`title_holds_in_order`, and
    so do words cut short, :func:`title_abbreviates`, :func:`title_shortens`): a short title takes its
    words from the full title, so ``Notes on the Weaving Trade of Paisley`` is not ``Notes on the
    Weaving Trade during the Long Peace``, while ``Weaving Trade Notes`` may be."""
    short = cite.get("title") or cite.get("title-short")
    words = title_key(short)
    if len(words) < 2:
        return False
    return not any(all(title_holds_in_order(full, word) for word in words) or title_abbreviates(full, short)
                   or title_shortens(full, short) for full in titles_of(work))


def titled_exactly(cite: Record, work: Record) -> bool:
    """Whether a title of ``cite`` has the very words (stopwords aside) of ``work``'s title (not of
    a short title it is known by: ``Memoirs`` names ``Memoirs``, not a work cited before as
    ``Gibbs, Memoirs``, more than it names any other ``Memoirs of…``)."""
    key = title_key(work.get("title"))
    return bool(key) and any(title_key(title) == key for title in titles_of(cite))


def one_word_apart(a: str | None, b: str | None) -> bool:
    """Whether titles ``a`` and ``b`` have three or more words each, all alike in order but one, which is
    wholly different (``Report on the Migration from Florida`` and ``… from Georgia``): two works of one
    series, not a work and its short title."""
    words_a, words_b = title_key(a), title_key(b)
    if len(words_a) != len(words_b) or len(words_a) < 3:
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b) if x != y]
    return len(differing) == 1 and title_similarity(*differing[0]) == 0.0


_YEAR_WORD = re.compile(r"1[5-9]\d\d|20\d\d")


#: A state's name cut short before a title (``N.C.``, ``N. Y.``, ``S. C.``: initials; or a word of
#: ``STATE_ABBREVIATIONS`` with its full stop).
_PLACE_ABBREVIATION = re.compile(r"(?:[A-Z]\.\s?){1,3}|(?P<word>[A-Z][a-z]{1,4})\.")


def place_apart(a: str | None, b: str | None) -> bool:
    """Whether one title is the other after a state's name cut short (``Va. Statutes at Large`` and ``Statutes at
    Large``, ``N.Y. Col. Docs.`` and ``Col. Docs.``): the same kind of book of another state, another work."""
    if not a or not b:
        return False
    short, long = sorted((a.strip(" .,"), b.strip(" .,")), key=len)
    if not long.endswith(" " + short):
        return False
    place = _PLACE_ABBREVIATION.fullmatch(long[:-len(short)].strip())
    return bool(place) and (not place["word"] or place["word"].lower() in STATE_ABBREVIATIONS)


def years_apart(a: str | None, b: str | None) -> bool:
    """Whether title ``a`` names another volume of ``b``'s series: both name years, not the same, and ``a``'s other
    words are all ``b``'s (``Cal. State Papers, …, 1574–1660`` and ``…, 1661–1668``; ``Foreign Relations 1868`` and
    ``Foreign Relations, 1961–1963, vol. VI, Kennedy-Khrushchev Exchanges``)."""
    words_a, words_b = title_key(a), title_key(b)
    years_a = {w for w in words_a if _YEAR_WORD.fullmatch(w)}
    years_b = {w for w in words_b if _YEAR_WORD.fullmatch(w)}
    return bool(years_a) and bool(years_b) and years_a != years_b \
        and {w for w in words_a if w not in years_a} <= {w for w in words_b if w not in years_b}


#: Words that name a translation of the work cited before it (``Ville conquise (Paris, 1932); English translation:
#: Conquered City``, ``Eng. trans.``, ``translated as``): the same author's work.
TRANSLATION_WORDS = frozenset({"english", "french", "german", "russian", "spanish", "italian", "eng.", "fr.", "ger.",
                               "translation", "trans.", "tr.", "translated", "into", "as", "version"})
#: Prose between two cites of one note that lists works of one author (``Serge, X, and Y``).
LIST_JOINERS = frozenset({"and", "or", "also", "see", "cf.", "cf", "idem", "id.", "his", "her", "their"}) | TRANSLATION_WORDS


#: Possessives that point back to the author just cited (``Compare his later formulation in X``).
POSSESSIVES = frozenset({"his", "her", "their", "son", "sa", "ses", "leur", "sein", "seine", "seinem", "seinen", "ihr",
                         "ihre", "ihrem", "ihren"})


_PREFIX_WORD = re.compile(r"[^\W\d_]+\.?")
_LETTERS = re.compile(r"[^\W\d_]+")


def _prefix_words(prefix: str) -> set[str]:
    """The lower-cased words of a cite's prefix (a word's period kept: ``cf.``)."""
    return set(_PREFIX_WORD.findall(prefix.lower()))


def _last_word(text: str | None) -> str:
    """The last word of ``text`` (a cite's prefix or suffix), lower-cased; empty when it has none."""
    words = _LETTERS.findall((text or "").lower())
    return words[-1] if words else ""


def _names_a_translation(suffix: str) -> bool:
    """Whether a cite's ``suffix`` is only words naming a translation of its work (``translated as``, ``English
    translation:``): the title after it is the same author's work, the parser having left the words to the cite before."""
    words = _prefix_words(suffix)
    return bool(words & _TRANSLATION_NOUNS) and words <= TRANSLATION_WORDS


#: The words of :data:`TRANSLATION_WORDS` that name a translation by themselves (not ``as``, ``into``, a language).
_TRANSLATION_NOUNS = frozenset({"translation", "trans.", "tr.", "translated", "version"})


def _joined_to_previous(prefix: str) -> bool:
    words = _prefix_words(prefix)
    return words <= LIST_JOINERS or bool(words & POSSESSIVES) or _EDITION_OF.search(prefix) is not None


#: Prose naming another edition of the work just cited before its title (``this is the English translation of``,
#: ``originally published as``): the work is that author's.
_EDITION_OF = re.compile(r"\b(?:translation|version|edition|original)\s+of\s*$|\b(?:originally|first)\s+(?:published|appeared)"
                         r"\s+(?:as|in)\s*$", re.I)


def _not_a_letter_or_its_sender_again(before: Record, record: Record) -> bool:
    """Whether the cite before (``before``) is no letter, or the title of ``record`` opens on its sender's family name
    (``Littrel to Roe, DATE, and Littrel to Mueller …``): a letter's sender is no author of the source printing it
    (``Hotham to Admiralty, DATE: Parliamentary Papers, …``)."""
    if before.get("type") != "personal_communication":
        return True
    title = str(record.get("title") or record.get("title-short") or "")
    return any(name.get("family") and title.startswith(f"{name['family']} ") for name in before.get("author") or [])


def carry_authors(cites: list[NoteCite]) -> list[NoteCite]:
    """``Victor Serge, Destiny of a Revolution, and From Lenin to Stalin``: a cite naming only a
    title, joined to the cite before it in the same note by nothing but ``and``, ``see also``
    and the like (:data:`LIST_JOINERS`) or punctuation, or introduced by a possessive (``his later
    formulation in``),
    is by that cite's author (its own names stop the carry, so does a container title unless a possessive
    introduces the cite, ``also his 'Ten Theses', Critique``, and so does a cite
    before it that names no work, ``Dion, l. lxxii. p. 1216. Hist. August. p. 49``, and so does a full
    stop between them with no joining word after it, ``Garinet, Hist. de la Magie, p. 180.
    Trauergeschichte von…``, and so does a bare semicolon unless the title names that author or a
    work the document cites by that author, :func:`_carries_across_semicolon`), and a book
    when its type was unknown and the work before it is a book. An ibid-like cite that names a
    work (``idem, “Title,” …``) is by the author of the cite before it, in any note, bare ibids between them
    aside (:func:`_repeated_cite`). A "title" that is
    the family name of an author the document cites (``… and Quimby, 31``) is that author, not a
    title: it takes no author; nor does an archived item dated to the day after a cite so dated (``…, New York Times,
    May 8, 1990, p. A29 and Department press briefing, May 8, 1990, pp. B-2–4, Department of State, …``). A letter
    sent by an ibid word (``Amherst to Wolfe, 15 Aug. 1758; Ibid. to Monckton, 24 Aug. 1758``) is sent by the
    sender of the letter before it. A book that the cite before it in the note ends on a possessive before
    (``…, 1906, reprinted in her Selected Political Writings, ed. Dick Howard``) is by that cite's author too."""
    out: list[NoteCite] = []
    works_by = _CitedByName(cites)
    for cite in cites:
        before = out[-1] if out else None
        record = cite.record
        untitled = (record.get("title") or record.get("title-short")) and not _names_its_writer(record) \
            and not _headed_by_another(record, before)
        can_take = before is not None and before.record.get("author") and untitled
        # "idem, “More on the Suppression of Kronstadt,” …": the same author, another work, in any note,
        # also after bare ibids ("Lang, “Customs,” 85. / Ibid., 90. / Idem, The Sea, 14")
        repeated = _repeated_cite(out) if untitled and cite.kind == "ibid" else None
        idem = repeated is not None and bool(repeated.record.get("author"))
        listed = can_take and before.note == cite.note and cite.kind in ("short", "mention", "full") \
            and _names_a_work(before.record) and _not_a_letter_or_its_sender_again(before.record, record) \
            and (not record.get("container-title") or bool(_prefix_words(cite.prefix) & POSSESSIVES)) \
            and (not before.suffix or _names_a_translation(before.suffix)) and _joined_to_previous(cite.prefix) \
            and not (cite.separator in (".", ":") and not _prefix_words(cite.prefix)) \
            and not _names_an_author(record, works_by.records) \
            and not _opens_on_an_author(record, set(works_by.records) - set(families(before.record, CITE_NAMES))) \
            and _carries_across_semicolon(cite, before.record["author"], works_by) \
            and not (cite.kind == "full" and record.get("archive") and _day_dated(record) and _day_dated(before.record))
        # "Luxemburg, “The Mass Strike,” 1906, reprinted in her Selected Political Writings, ed. Dick Howard": the
        # book the cite before ended on a possessive before is by that cite's author
        listed = listed or before is not None and bool(before.record.get("author")) and before.note == cite.note \
            and bool(record.get("title")) and not record.get("author") and _last_word(before.suffix) in POSSESSIVES
        subject = (_writer_described_before(cite) or _named_before_a_possessive_pronoun(cite)) \
            if untitled and not (idem or listed) else None
        if subject:  # "Victor Serge (1890–1947), revolutionary and novelist, author of Memoirs of a Revolutionary"
            cite = NoteCite(**{**cite.__dict__, "record": {**record, "author": subject}})
        elif idem or listed:
            record = {**record, "author": [dict(name) for name in (before if listed else repeated).record["author"]]}
            if listed and record.get("type") == "document" and before.record.get("type") == "book":
                record["type"] = "book"  # listed beside a book of the same author
            cite = NoteCite(**{**cite.__dict__, "record": record})
        elif before is not None and _sent_by_ibid(record) and before.record.get("author") \
                and before.record.get("type") == "personal_communication":
            cite = NoteCite(**{**cite.__dict__, "record": _sent_by(record, before.record)})
        out.append(cite)
    return out


#: A note that opens on a person and their years (``Victor Serge (1890–1947), revolutionary and novelist, author of``,
#: ``Boris Souvarine (1895–1984): a founder of …; author of``) and, right before the work, a word for writing it.
_PERSON_AND_YEARS = re.compile(r"^\s*(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’.-]+){1,3})\s*"
                               r"[(\[](?:b\.\s*|né\s+|born\s+)?1[5-9]\d\d\s*(?:[-–]\s*(?:1[5-9]\d\d|20\d\d|\d\d|\?))?[)\]]")
_WRITER_OF = re.compile(r"\b(?:(?:author|editor|translator|compiler)\s+of|wrote|published)\s*$", re.I)


def _writer_described_before(cite: NoteCite) -> list[dict[str, str]] | None:
    """The person a note describing them opens on (:data:`_PERSON_AND_YEARS`), when the prose right before ``cite``
    says that person wrote it (:data:`_WRITER_OF`): the work's author; None otherwise."""
    prefix = cite.prefix or ""
    person = _PERSON_AND_YEARS.match(prefix)
    if person is None or not _WRITER_OF.search(prefix):
        return None
    groups = parse_names(person["name"])
    return [dict(name) for name in groups[0][1]] if len(groups) == 1 and len(groups[0][1]) == 1 else None


#: Prose that ends on a person's name, perhaps a possessive, then a citing word and a possessive pronoun introducing the
#: work (``on Burnham see his``, ``The phrase is Hal Draper's; see his``), or on a name's possessive, a colon or
#: semicolon and a citing word (``The phrase is Trotsky's: see``): the name is the work's author.
_NAME_THEN_HIS = re.compile(r"(?P<name>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+?)(?:(?:['’]s)?\s*[;,:]?\s+"
                            r"(?i:see|cf\.?|compare)\s+(?:(?i:also)\s+)?(?:his|her)"
                            r"|['’]s\s*[;:]\s*(?i:see|cf\.?|compare)(?:\s+(?i:also))?)$")


def _named_before_a_possessive_pronoun(cite: NoteCite) -> list[dict[str, str]] | None:
    """The person named right before the ``his``/``her`` that introduces ``cite`` (:data:`_NAME_THEN_HIS`): its
    author; None when the words are no person's name (a given name before a family name is kept)."""
    match = _NAME_THEN_HIS.search((cite.prefix or "").strip())
    if match is None:
        return None
    words = match["name"].split()
    while words and (words[0].lower() in _FUNCTION_OPENERS or len(words) > 1 and fold(words[0]) not in load("given_names")):
        words = words[1:]  # "The phrase is Hal Draper's": from the given name on; "on Burnham": the name alone
    if not words or fold(words[-1]) in load("stopwords"):
        return None
    groups = parse_names(" ".join(words))
    return [dict(name) for name in groups[0][1]] if len(groups) == 1 and len(groups[0][1]) == 1 else None


#: Words that open a clause, not a name, before a name (``The``, ``On``).
_FUNCTION_OPENERS = frozenset({"the", "on", "for", "of", "by", "as", "to"})


#: A letter's heading read as a title, its sender's name first (``Rutherford to———``, ``Sinclair to Robinson``).
_LETTER_HEADING = re.compile(r"(?P<sender>[A-Z][\w'’.-]+)\s+(?:to|à|au|aux|an)(?:\s|[—–-])")


def _headed_by_another(record: Record, before: NoteCite | None) -> bool:
    """Whether ``record``'s title is a letter's heading whose sender is not the author of the cite ``before``
    (``Sinclair to Robinson, 3 Sept.`` then ``Rutherford to———, 12 July``): that author does not carry to it."""
    heading = _LETTER_HEADING.match(str(record.get("title") or ""))
    if heading is None:
        return False
    authors = families(before.record, CITE_NAMES) if before is not None else []
    return _fold_family(heading["sender"]) not in authors


def _sent_by_ibid(record: Record) -> bool:
    """Whether ``record`` is a letter whose sender is an ibid word (``Ibid. to Monckton, 24 Aug. 1758``)."""
    authors = record.get("author") or []
    return record.get("type") == "personal_communication" and len(authors) == 1 \
        and fold(str(authors[0].get("family") or authors[0].get("literal") or "")).rstrip(".") in _IBID_SENDERS


#: Words that stand for the sender of the letter cited before (``Amherst to Wolfe, …; Ibid. to Monckton, …``).
_IBID_SENDERS = frozenset({"ibid", "id", "idem", "same", "le meme", "el mismo", "derselbe"})


def _sent_by(record: Record, previous: Record) -> Record:
    """``record`` (a letter sent by an ibid word) sent by the sender of the letter ``previous``, titled anew."""
    authors = [dict(name) for name in previous["author"]]
    out = {**record, "author": authors}
    sender = authors[0].get("family") or authors[0].get("literal") or ""
    for field in ("title", "title-short"):
        if isinstance(out.get(field), str):
            out[field] = re.sub(r"^\s*(?i:ibid|id|idem|same)\.?(?=\s)", sender, out[field])
    return out


def _repeated_cite(cites: list[NoteCite]) -> NoteCite | None:
    """The latest of ``cites`` that is not a bare ibid (an ibid-like cite naming no work and no one, which
    repeats the cite before it): the cite a following ibid or idem repeats; None when there is none."""
    for cite in reversed(cites):
        if not (cite.kind == "ibid" and not _names_a_work(cite.record) and not _names_someone(cite.record)):
            return cite
    return None


#: Joining words that, after a semicolon, still list works of the author before (``; and``, ``; idem``).
_SAME_AUTHOR_JOINERS = frozenset({"and", "or", "also", "idem", "id."}) | POSSESSIVES | TRANSLATION_WORDS


class _CitedByName:
    """The records of a document's cites by the folded family names they name (:data:`CITE_NAMES`), and,
    per name asked about, an index of those records' title words (made when the name is first asked):
    a title is scored against the records whose titles can be alike, not every work of a much-cited author."""

    def __init__(self, cites: list[NoteCite]) -> None:
        self.records: dict[str, list[Record]] = {}  # folded family name → the records of the cites naming it
        for cite in cites:
            for name in families(cite.record, CITE_NAMES):
                self.records.setdefault(name, []).append(cite.record)
        self._words: dict[str, FuzzyIndex] = {}  # name → the places in records[name], filed by compared_words

    def alike(self, name: str, record: Record) -> list[Record]:
        """In cite order, the records naming ``name`` whose titles have a word close to one of ``record``'s
        (:func:`compared_words`; with none, :func:`best_title_similarity` is 0.0 either way), and a few more."""
        works = self.records.get(name, [])
        index = self._words.get(name)
        if index is None:
            index = self._words[name] = title_word_index()
            for place, work in enumerate(works):
                index.add(place, compared_words(work))
        return [works[place] for place in sorted(index.find(compared_words(record)))]


def _carries_across_semicolon(cite: NoteCite, authors: list[dict[str, str]], works_by: _CitedByName) -> bool:
    """Whether ``cite`` (a title with no names) is by ``authors`` (those of the cite before it in its note)
    as far as the stop between the two tells: always, unless a bare semicolon separates them
    (:attr:`NoteCite.separator`, no joining word such as ``and``, ``also``, ``idem`` or a possessive in
    the cite's prefix). ``Smith, Title A, 4; Title B, 7`` lists works of different authors, or of none
    (``…; Report of the Committee, 3``), as often as one author's: across a bare semicolon the title
    carries the author only when it names that author (``Pichon, Lettres, 12; Journal of Pichon``,
    a body's name opening its own title) or reads as a work the document cites by that author
    (:func:`match_score` at least :data:`LINK_THRESHOLD` either way, the title written in full or
    short, with a cite of ``works_by`` naming that author: only those whose titles can be alike are scored)."""
    if cite.separator != ";" or _prefix_words(cite.prefix) & _SAME_AUTHOR_JOINERS:
        return True
    names = families({"author": authors})
    if _title_names(cite.record.get("title") or cite.record.get("title-short"), names):
        return True
    carried = {**cite.record, "author": authors}
    return any(max(match_score(carried, work), match_score(work, carried)) >= LINK_THRESHOLD
               for name in names for work in works_by.alike(name, carried))


#: The most words a family name written in a title runs over (``Education/Instruccion``).
_NAME_WORDS = 4


def _title_names(title: str | None, names: list[str]) -> bool:
    """Whether ``title`` writes one of ``names`` (folded family names) as a run of its words
    (:func:`title_words`): ``Journal of Pichon``, ``Pichon's Journal``."""
    words = title_words(title)
    runs = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + _NAME_WORDS) + 1)}
    return not runs.isdisjoint(names)


def _names_an_author(record: Record, authors: Collection[str]) -> bool:
    """Whether the record's only title reads as a family name (:func:`reads_as_name`) in ``authors``
    (folded family names)."""
    title = record.get("title") or record.get("title-short")
    return reads_as_name(title) and ascii_fold(str(title).strip(" ,.;:")) in authors


def _opens_on_an_author(record: Record, authors: Collection[str]) -> bool:
    """Whether the record's only title opens on a family name in ``authors`` (folded family names) and a comma
    before more words (``Deutscher, Prophet Armed`` read as a title in ``Serge, Memoirs, 13, and Deutscher,
    Prophet Armed, 50``; ``authors`` leaves out the author before it): another author's short form, not a title
    by the author before it."""
    title = record.get("title") or record.get("title-short")
    head, comma, rest = str(title or "").partition(",")
    return bool(comma and rest.strip()) and reads_as_name(head) and ascii_fold(head.strip()) in authors


def _says_same_place(container: str) -> bool:
    """Whether a container title only says "the same place" (``in ibid.``, ``in ebd.``)."""
    return fold(container.strip().removesuffix(".")) in load("same_place")


#: What a work cited ``in ibid.`` takes from the container of the work cited before it.
_CONTAINER_FIELDS = ("container-title", "container-author", "editor", "collection-title", "volume", "publisher",
                     "publisher-place", "issued", "edition")


def fill_same_containers(cites: list[NoteCite]) -> list[NoteCite]:
    """``“Organizational Questions,” in ibid., 283``: a cite whose container title is an ibid word
    is in the container of the last work named before it: that work's own container (a chapter's
    book, an article's journal, with their editors and imprint), or that work itself when it has
    none (a book of collected pieces, whose authors become the container's authors). An item whose tail
    is an ibid word (``Hook to Dewey, March 9, 1938, ibid.``) is kept where the work before it is."""
    out: list[NoteCite] = []
    source: Record | None = None
    for cite in cites:
        record = cite.record
        if _says_same_place(str(record.get("container-title", ""))):
            record = {k: v for k, v in record.items() if k != "container-title"}
            if source is not None and source.get("container-title"):
                record.update({f: source[f] for f in _CONTAINER_FIELDS if source.get(f) and f not in record})
                record["type"] = source.get("type", "chapter") if source.get("type") != "book" else "chapter"
            elif source is not None and source.get("title"):
                record["container-title"] = source["title"]
                if source.get("author") and not record.get("container-author"):
                    record["container-author"] = [dict(name) for name in source["author"]]
                record.update({f: source[f] for f in _CONTAINER_FIELDS[2:] if source.get(f) and f not in record})
                record["type"] = "chapter"
            cite = NoteCite(**{**cite.__dict__, "record": record})
        elif (mark := _same_place_and_mark(str(record.get("note", "")))) is not None and not record.get("archive") \
                and source is not None and source.get("archive"):
            # "Hook to Dewey, March 9, 1938, ibid.", "Trotsky to Preobrazhensky, 2 July 1928, ibid., T 1756": kept where
            # the item before is (its own mark there a note)
            record = {k: v for k, v in record.items() if k != "note"}
            record.update({f: source[f] for f in _ARCHIVE_FIELDS if source.get(f)})
            if mark:
                record["note"] = mark
            cite = NoteCite(**{**cite.__dict__, "record": record})
            source = record
        elif _names_a_work(record):
            source = record
        out.append(cite)
    return out


def _same_place_and_mark(note: str) -> str | None:
    """The rest of a record's note that opens on a word for the same place (``ibid.``, ``ibid., T 1756``): ``""`` for the
    word alone, the item's own mark after it (``T 1756``), or None when the note says no such thing."""
    word, comma, rest = note.partition(",")
    if not _says_same_place(word):
        return None
    return rest.strip() if comma else ""


#: What an item kept ``ibid.`` takes from the item before it: where that item is kept.
_ARCHIVE_FIELDS = ("archive", "archive-place", "archive_location")


#: The fields of a cite that says only where an item is held (``(National Archives, RG 59 …)``).
_HOLDING_FIELDS = frozenset({"type", "archive", "archive_location", "archive-place", "note", "language"})


def _only_a_holding(record: Record) -> bool:
    """Whether ``record`` names an archive and nothing but where in it (no title, names or date)."""
    return bool(record.get("archive")) and record.keys() <= _HOLDING_FIELDS


def attach_holdings(cites: list[NoteCite]) -> list[NoteCite]:
    """``Garrett to Herrick, October 5, 1914. (National Archives, RG 59 …)``: a full cite that says
    only where an item is held, right after a cite of the same note that names a work, is where that
    work is held: it gives that cite's record the archive fields it lacks and is no cite of its own."""
    out: list[NoteCite] = []
    for cite in cites:
        before = out[-1] if out else None
        if cite.kind == "full" and before is not None and before.note == cite.note \
                and _names_a_work(before.record) and not before.record.get("archive") \
                and _only_a_holding(cite.record):
            held = {k: v for k, v in cite.record.items() if k not in ("type", "language") and k not in before.record}
            out[-1] = NoteCite(**{**before.__dict__, "record": {**before.record, **held}})
            continue
        out.append(cite)
    return out


#: Words that label a numbered document (``Doc.``, ``Ex. Doc.``, ``H. Doc.``, ``Report``, ``Paper``), folded.
_DOCUMENT_LABELS = frozenset("doc docs document documents ex exec h s sen rep rept report reports paper papers bill".split())
#: Words that put a number after a label (``No.``, ``Nos.``, ``Nr.``, ``Num.``, ``Nº``), folded.
_NUMBER_LABELS = frozenset("no nos nr num number".split())


def _is_document_label(words: tuple[str, ...]) -> bool:
    """Whether title words (:func:`title_key`) are nothing but a numbered document's label and a number
    label (``Doc. No.``, ``H. Doc. No.``, ``Document No.``)."""
    return len(words) >= 2 and words[-1] in _NUMBER_LABELS and set(words[:-1]) <= _DOCUMENT_LABELS


def _serial_year_into_pinpoint(cite: NoteCite, work: Record) -> NoteCite:
    """``Córtes, Diario, 1813, xxii. 216`` linked to the Diario cited before under another year (or none): the year
    is the serial's, of the volume cited, and heads the pinpoint (``1813, xxii. 216``), not the work's date."""
    issued = cite.record.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    locator = cite.locator or {}
    if cite.kind not in ("full", "short") or not parts or len(parts) != 1 or len(parts[0]) != 1 \
            or _has_imprint(cite.record) or not ROMAN_VOLUME_PINPOINT.match(str(locator.get("value") or "")) \
            or work.get("issued") == issued:
        return cite
    year = str(parts[0][0])
    pinpoint = {**locator, "value": f"{year}, {locator['value']}", "raw": f"{year}, {locator.get('raw') or locator['value']}"}
    return NoteCite(**{**cite.__dict__, "locator": pinpoint})


def _label_and_number(title: str | None) -> bool:
    """Whether ``title`` is a numbered document's label, a number label and the number (``Doc. No. 425``)."""
    words = title_key(title)
    return len(words) >= 3 and words[-1].isdigit() and _is_document_label(words[:-1])


def number_labels_into_titles(cites: list[NoteCite]) -> list[NoteCite]:
    """``Doc. No. 90`` read as the title ``Doc. No.`` and the page 90: a short form or mention whose title is
    only a numbered document's label (:func:`_is_document_label`) and whose pinpoint is a bare number takes that
    number back into its title (``Doc. No. 90``, no pinpoint): the number names the document."""
    out = []
    for cite in cites:
        record, locator = cite.record, cite.locator or {}
        field = "title" if record.get("title") else "title-short"
        value = str(locator.get("value") or "")
        if cite.kind in ("short", "mention") and value.isdigit() and str(locator.get("raw") or value).strip() == value \
                and _is_document_label(title_key(record.get(field))):
            record = {**record, field: f"{str(record[field]).strip()} {value}"}
            cite = NoteCite(**{**cite.__dict__, "record": record, "locator": None})
        out.append(cite)
    return out


@without_cycle_collection
def link_document(cites: list[NoteCite], document: str, bibliography: list[Record] | None = None,
                  before_markers: Mapping[int, str] | None = None) -> Library:
    """A library of the works ``cites`` refer to, with one citation per resolved cite; the works are
    completed from the document's ``bibliography`` entries (parsed records) they name. ``before_markers`` gives,
    by note number, the body text right before the note's marker: an op. cit. of an author no note names is the
    work of a note whose marker follows that author's name (``distingués par Broca[7]`` … ``Broca, op. cit.``).

    Record ids are temporary (``~…``) until :meth:`Library.assign_keys` runs.
    """
    cites = carry_authors(fill_same_containers(attach_holdings(number_labels_into_titles(volume_years_into_titles(cites)))))
    cites = _co_authors_opening_a_title(cites)
    cites = [_idem_of_another_book(cite) for cite in cites]
    linker = _DocumentLinker(document)
    assigned = {i: linker.add_full(c) for i, c in enumerate(cites)
                if c.kind == "full" and _full_reference(c.record) and _has_imprint(c.record)}
    previous: str | None = None
    printed_where: tuple[NoteCite, str | None] | None = None  # the last item cited and the work cited before it
    unlinked: list[NoteCite] = []
    by_title: list[NoteCite] = []  # full cites of no work whose title names an author ("Histoire de Hutchinson")
    later_works: _LaterWorkOfTheAuthor | None = None  # made at the first op. cit. that needs it
    books: list[tuple[NoteCite, str]] = []  # the books a note's chapters and letters are printed in, cited at its end
    for i, cite in enumerate(cites):
        if books and books[0][0].note != cite.note:
            linker.cite_books(books)
        if i not in assigned and _years_in_office(cite):
            continue  # "Permanent Under-Secretary, UK Ministry of Defence, 1963–66": who someone was, no source
        if cite.kind == "ibid" and printed_where is not None and _source_of_the_item(printed_where[0], cite):
            previous = printed_where[1]  # "See Chew's letter of Oct. 17, 1817: Ibid., pp. 14-16": where it is printed
        if i in assigned:
            work_id, kind, confidence = assigned[i]
        elif cite.kind == "ibid" and (issue := linker.another_issue(cite, previous)) is not None:
            # "Ibid., December 13, 1916." after a newspaper's issue: that day's issue
            work_id, kind, confidence = issue, "ibid", 0.9 * cite.confidence
            cite = NoteCite(**{**cite.__dict__, "locator": None})
        else:
            work_id, kind, confidence = linker.resolve(cite, previous)
            if work_id is None and _unresolved_op_cit(cite):
                work_id = linker.named_before_a_marker(cite, before_markers or {})
                if work_id is not None:  # "Broca, op. cit." after "distingués par Broca[7]": note 7's work
                    kind, confidence = "ibid", 0.7 * cite.confidence
            if work_id is None and _unresolved_op_cit(cite):
                later_works = later_works or _LaterWorkOfTheAuthor(cites)
                later = later_works.after(i)
            else:
                later = None
            if later is not None:  # "Bancroft, op. cit." before "Bancroft, History of the Constitution": that work
                assigned.setdefault(later, linker.add_full(cites[later]) if cites[later].kind == "full"
                                    else (linker.new_work(cites[later]), "short", cites[later].confidence))
                work_id, kind, confidence = assigned[later][0], "ibid", 0.7 * cite.confidence
        if work_id is None:
            if cite.kind == "short":
                unlinked.append(cite)
            elif cite.kind == "full" and not families(cite.record, ("author", "editor")) \
                    and _names_in_title(cite.record.get("title")):
                by_title.append(cite)  # "l'Histoire de Hutchinson, vol. 2, p. 440": perhaps a work cited later
            elif cite.kind != "mention":  # a "mention" that names no work is prose, not a failed link
                linker.could_not_link(cite)
            if _unresolved_op_cit(cite):
                previous = None  # "Libby, op. cit., p. 58. / Ibid., p. 59.": the ibid is Libby's unknown work, not the one before
            continue
        if _completes_the_cite_before(cite, work_id, linker.library.citations):
            linker.complete_last(cite)  # "Rdsch. Soz. Mh., a. a. O.": one cite of the work just named
            continue
        cite = _inherit_pinpoint(cite, work_id, linker.library.citations)
        cite = _serial_year_into_pinpoint(cite, linker.works[work_id])
        linker.cite(cite, work_id, kind, confidence)
        printed_where = (cite, previous) if cite.record.get("type") in _ITEM_TYPES else None
        previous = work_id
        printed_in = linker.collection_printed_in(cite, work_id)
        if printed_in is None and (printed_in := linker.book_of_the_chapter(cite, work_id)) is not None:
            linker.complete_from_the_book(work_id, printed_in)
        if printed_in is not None:  # "Seward to Judd, March 22, 1861, Message, 1861, p. 37": the collection too
            books.append((_pinpoint_in_the_book(cite), printed_in))
    linker.cite_books(books)
    linker.link_later(unlinked)
    linker.link_by_the_name_in_the_title(by_title)
    linker.fold_named_works()
    linker.complete_from_bibliography(bibliography or [])
    linker.relate_quotations()
    linker.library.work_index = linker.to_classify  # what classify can match, for the merge that follows
    return linker.library


#: Two family names joined by ``and`` and a comma at a title's head (``Carr and Davies, Foundations``).
_TWO_NAMES_AND_A_TITLE = re.compile(r"^(?P<a>[A-Z][\w'’-]+)\s+(?:and|&)\s+(?P<b>[A-Z][\w'’-]+)(?:,\s*(?P<rest>\S.*))?$")


def _container_names(record: Record) -> list[Record]:
    """The names of the book a piece is printed in, as its record gives them: its container's author, else its editors."""
    return record.get("container-author") or record.get("editor") or []


#: The fields of a book's imprint a chapter printed in it takes (:meth:`_DocumentLinker.complete_from_the_book`).
_IMPRINT_FIELDS = ("publisher-place", "publisher", "issued")


def _pinpoint_in_the_book(cite: NoteCite) -> NoteCite:
    """A chapter's or letter's cite as the cite of the book it is printed in: at the cite's pinpoint, or at the
    chapter's pages when the note gives no pinpoint (``in Bilder und Bildersturm, ed. Scribner, 69–124``)."""
    if cite.locator or not cite.record.get("page"):
        return cite
    return NoteCite(**{**cite.__dict__, "locator": {"label": "page", "value": str(cite.record["page"])}})


def _co_authors_opening_a_title(cites: list[NoteCite]) -> list[NoteCite]:
    """``Carr and Davies, Foundations, 271`` (read as a title ``Carr and Davies, Foundations``, or a title ``Carr and
    Davies`` in a container ``Foundations``): a cite naming nobody whose title opens on two names joined by ``and``
    that are both family names of one work the document cites by them is by them, the rest its title."""
    pairs = {frozenset(names[:2]) for cite in cites if len(names := families(cite.record, ("author",))) >= 2}
    if not pairs:
        return cites
    out = []
    for cite in cites:
        record = cite.record
        key = "title" if record.get("title") else "title-short"  # (a short form's title is its title-short)
        head = _TWO_NAMES_AND_A_TITLE.match(str(record.get(key) or "")) if not _names_someone(record) else None
        authors = [{"family": head["a"]}, {"family": head["b"]}] if head else []
        rest = head and (head["rest"] or record.get("container-title"))
        if not rest or frozenset(families({"author": authors})) not in pairs:  # folded as the pairs were
            out.append(cite)
            continue
        record = {**record, key: rest, "author": authors}
        locator = dict(cite.locator) if cite.locator else None
        if not head["rest"]:  # "Foundations, 1:271": the title read as a container, its volume and page the pinpoint
            del record["container-title"]
            if locator is None and record.get("page"):
                locator = {"label": "page", "value": str(record.pop("page"))}
            if locator is not None and record.get("volume") and not locator.get("volume"):
                locator["volume"] = str(record.pop("volume"))
        kind = "short" if cite.kind == "full" and not _has_imprint(record) else cite.kind
        out.append(NoteCite(**{**cite.__dict__, "record": record, "locator": locator, "kind": kind}))
    return out


def _idem_of_another_book(cite: NoteCite) -> NoteCite:
    """``Trotsky, The Stalin School of Falsification (New York: Pioneer, 1937), p. 89; idem, Stalin (London: Hollis and
    Carter, 1947), p. 400``: an idem that gives a title and its own imprint is a full reference to another work of the
    same author (:func:`carry_authors` gave it that author), not the work before it again."""
    record = cite.record
    if cite.kind != "ibid" or not record.get("title") or not record.get("author") \
            or not (record.get("publisher") or record.get("publisher-place")):
        return cite
    return NoteCite(**{**cite.__dict__, "kind": "full"})


#: How far before a note's marker the body may name the author of the work the note cites (``distingués par Broca[7]``):
#: the text ``link_document``'s ``before_markers`` needs of each.
MARKER_REACH = 40
_CAPITALISED_WORD = re.compile(r"[A-ZÀ-Ý][\w'’-]+")
#: A year alone (``1861``).
_BARE_YEAR = re.compile(r"1[4-9]\d\d|20\d\d")
#: A span of years written alone, as a pinpoint would be (``1963–66``, ``1959-1970``).
_YEARS_SPAN = re.compile(r"(?P<first>1[5-9]\d\d|20\d\d)\s*[-–]\s*(?P<last>\d\d|1[5-9]\d\d|20\d\d)")
#: What a cite of a work has besides a title or name: any of these makes a span of years a real pinpoint.
_SOURCE_FIELDS = ("issued", "publisher", "publisher-place", "container-title", "volume", "issue", "URL", "DOI",
                  "archive", "archive_location", "page")


#: The name of a body (``University of Hawaii at Manoa``, ``Department of State``, ``Institute for the Study of
#: War``): a word for a body, ``of``/``for``, and capitalised words, no colon or digit.
_BODY_NAME = re.compile(r"(?:The\s+)?(?:University|Organi[sz]ation|Department|Ministry|Institute|Bureau|Office|Agency|"
                        r"Commission|League|Association|Federation)\s+(?:of|for)\s+(?:the\s+)?[A-Z][^:\d]*")


def _years_in_office(cite: NoteCite) -> bool:
    """Whether ``cite`` is a biographical note read as a cite (``Permanent Under-Secretary, UK Ministry of Defence,
    1963–66``, ``Dr Jim Forbes, Australian Minister for the Army, 1963–66``): a short form or a full cite with
    nothing of a source but a title or a name, whose pinpoint is a span of years written alone (no ``p.``),
    the later year after the first."""
    locator = cite.locator or {}
    span = _YEARS_SPAN.fullmatch(str(locator.get("raw", "")).strip(" .,;"))
    if cite.kind not in ("short", "full") or span is None or any(cite.record.get(name) for name in _SOURCE_FIELDS):
        return False
    first, last = span["first"], span["last"]
    last = first[:4 - len(last)] + last
    return int(first) < int(last) <= int(first) + 60


def _unresolved_op_cit(cite: NoteCite) -> bool:
    """Whether ``cite`` is an op. cit. or idem with an author's name and no title (``Libby, op. cit., p. 58``):
    when no work of that author is known it points to a work cited outside the document (an earlier
    chapter), and an ``ibid.`` after it repeats that unknown work, not the work cited before it."""
    return cite.kind == "ibid" and not _names_a_work(cite.record) and bool(families(cite.record, ("author", "editor")))


class _LaterWorkOfTheAuthor:
    """For an op. cit. naming an author of no work cited so far (``cites[i]``), the index of the first later
    cite that names a work, full or short, by that author alone, when every such later cite names one and the
    same title (``Bancroft, op. cit., Vol. II, p. 257`` … ``Bancroft, History of the Constitution, Vol. II,
    p. 250``: a chapter cut from a book cites in short the work its earlier chapters gave); None otherwise.

    The cites naming a work are filed once by their authors' family names (:class:`FuzzyIndex`), and the
    answer for one set of authors is worked out once for every position, so a document of many op. cits
    costs no scan of its later cites per op. cit.
    """

    def __init__(self, cites: list[NoteCite]):
        self.cites = cites
        self.by_author = FuzzyIndex(SAME_AUTHOR * 100 - 1)
        for j, cite in enumerate(cites):
            if cite.kind in ("full", "short") and _names_a_work(cite.record):
                self.by_author.add(j, families(cite.record, CITE_NAMES))
        # authors -> (indexes of the cites by them alone, ascending; per position, whether all from there on
        # name one title)
        self.answers: dict[tuple[str, ...], tuple[list[int], list[bool]]] = {}

    def after(self, i: int) -> int | None:
        """The later cite's index for the op. cit. ``cites[i]``, or None."""
        authors = families(self.cites[i].record, CITE_NAMES)
        key = tuple(authors)
        if key not in self.answers:
            found = sorted(j for j in self.by_author.find(authors)
                           if author_fit(authors, self.cites[j].record) == BEST_FIT)
            titles = [tuple(title_key(self.cites[j].record.get("title") or self.cites[j].record.get("title-short")))
                      for j in found]
            one_title = [False] * len(found)
            for k in range(len(found) - 1, -1, -1):
                one_title[k] = k == len(found) - 1 or one_title[k + 1] and titles[k] == titles[k + 1]
            self.answers[key] = (found, one_title)
        found, one_title = self.answers[key]
        k = bisect_right(found, i)
        return found[k] if k < len(found) and one_title[k] else None


#: Longest title (in words) a short form or mention may bring as a new work, unless in title case.
MAX_TITLE_WORDS = 12
#: Longest title (in words) in title case (:func:`_title_cased`) a short form or mention may bring.
MAX_TITLE_CASE_WORDS = 30


#: Articles a title opens on, capitalised before words in sentence case (``Die gegenwärtige Wiederbelebung des
#: Hexenglaubens``, ``The prerogative of popular government``).
_OPENING_ARTICLES = frozenset("the a an der die das ein eine le la les un une el los las il lo".split())


#: How a note thanks someone (``Thanks to…``, ``I am grateful to…``, ``My thanks to…``): prose, never a title.
_THANKS = re.compile(r"(?i:thanks\s+(?:are\s+due\s+)?to|(?:i|we)\s+(?:would\s+like\s+to\s+)?thank|(?:i|we)\s+(?:am|are)\s+"
                     r"(?:very\s+|most\s+|deeply\s+)?(?:grateful|indebted)|my\s+thanks|our\s+thanks)\b")


def plausible_title(title: str | None, *, strict: bool, pinpointed: bool = False, located: bool = False) -> bool:
    """Whether ``title`` can name a new work: not a run of prose.

    Titles longer than :data:`MAX_TITLE_WORDS` words are prose, unless they are in title case with
    no sentence break (``An Inquiry into the Principles of Political Economy, being an Essay on…``),
    up to :data:`MAX_TITLE_CASE_WORDS`. With ``strict`` (a mention, or a short form with no author)
    the first content word must be capitalised (or, for a cite with a pinpoint, the first word: ``The prerogative
    of popular government, p. 291``; or, for any cite ``located`` at a pinpoint, an article opening it: ``Die
    gegenwärtige Wiederbelebung des Hexenglaubens« S. 11-12``) and there must be no sentence break inside; then most content
    words are capitalised, as in title case, or the title is in sentence case and reads as no run of
    prose (:func:`reads_as_prose_run`: no number, no pronoun or known name opening it, no clause cut short).
    """
    words = (title or "").split()
    if not words or len(words) > MAX_TITLE_CASE_WORDS:
        return False
    if len(words) > MAX_TITLE_WORDS:
        return _title_cased(words, 2 / 3) and not _sentence_break(title or "")
    if not strict:
        return True
    if _sentence_break(title or "") or len(words) >= 4 and _THANKS.match(title or ""):
        return False  # "Thanks to Joseph Choonara for comments on an earlier draft": the author's acknowledgements
    content = [w for w in words if title_words(w)]
    if not content:
        return False
    # a capital opens it, or a number before a capitalised word ("1917 Revisited", OCR "0 Morali")
    first = words[0].lstrip("“\"‘'(«»„")
    opening = content[0][:1].isupper() or pinpointed and first[:1].isupper() \
        or located and first[:1].isupper() and fold(first) in _OPENING_ARTICLES \
        or content[0][:1].isdigit() and len(content) > 1 and content[1][:1].isupper()
    if not opening:
        return False
    return _title_cased(words, 1 / 2) or not reads_as_prose_run(title or "")  # title case, or sentence case


def _title_cased(words: list[str], share: float) -> bool:
    """Whether at least ``share`` of the content words (stopwords aside) among ``words`` open with a
    capital or a digit (one content word at least)."""
    content = [w for w in words if title_words(w)]
    capitalised = [w for w in content if w[:1].isupper() or w[:1].isdigit()]
    return bool(content) and len(capitalised) >= share * len(content)


_BREAK = re.compile(r"(\S+?)([.!?;])(?=\s+\S)")
#: Lower-case abbreviations whose period ends no sentence (``etc.``, ``ed.``, ``vol.``).
_LOWER_ABBREVIATIONS = frozenset("etc ed eds trans tr vol vols pp ch chap cf al sq sqq seq ff fol col rel".split())


def _sentence_break(title: str) -> bool:
    """Whether ``title`` holds a sentence break: ``!``, ``?`` or ``;`` before a word, or a full stop
    after a lower-case word (``He died. The``); not the period of an abbreviation (``Amer. State
    Papers``, ``Mem. Eccles.``, ``etc. The``) or an initial, and nothing in the title of a series' volume, whose
    titles a ``;`` may join (``Foreign Relations…, 1949, vol. IX, The Far East; China``)."""
    for match in _BREAK.finditer(title):
        word, mark = match.group(1), match.group(2)
        if mark != "." or word.isalpha() and word.islower() and len(word) >= 2 and word not in _LOWER_ABBREVIATIONS:
            return not VOLUME_IN_TITLE.search(title)
    return False


def _ends_on_a_stopword(title: str | None) -> bool:
    """Whether ``title`` (two words or more) ends on an article, preposition or conjunction."""
    words = (title or "").split()
    return len(words) > 1 and ascii_fold(words[-1].strip(".,;:")) in STOPWORDS


#: Fields that make a cite without names a reference to a work even when its title reads like prose.
_EVIDENCE = ("publisher", "publisher-place", "issued", "URL", "DOI", "ISBN", "volume", "issue", "page")


_IMPRINT = ("publisher", "publisher-place", "container-title", "URL", "DOI", "ISBN", "volume", "issue", "edition",
            "archive", "archive_location", "recipient", "interviewer", "event-title", "event-place")


#: Title words (as :func:`title_key` gives them) naming a series that comes out once a year: each year's item is a work.
_YEARLY_WORDS = frozenset({"annual", "yearly", "yearbook", "jahresbericht", "jahrbuch", "annuaire", "anuario", "annuario",
                           "relation", "relations"})


def _another_years_item(cite: Record, work: Record) -> bool:
    """Whether a full cite without imprint (resolved like a short form) gives a year other than its work's, a
    year its work's title does not hold (``Avrich, Kronstadt 1921`` names ``Kronstadt 1921`` of 1970): another
    item of a series (minutes, reports of another year), not the work cited before. A cite titled exactly as its
    work is that work given another year, unless the title names a yearly series (``Annual Report 1927`` and
    ``Annual Report 1928``: two years' reports)."""
    if years_compatible(cite, work) or not work.get("issued") \
            or titled_exactly(cite, work) and _YEARLY_WORDS.isdisjoint(title_key(work.get("title"))):
        return False
    year = _year_of(cite)
    return year is not None and str(year) not in plain_text(work.get("title") or "")


def _year_of(record: Record) -> int | None:
    """The year of the record's first issued date, if it has one."""
    issued = record.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    first = parts[0] if parts and isinstance(parts[0], list) and parts[0] else None
    return first[0] if first and isinstance(first[0], int) else None


def _names_the_container(cite: Record, work: Record) -> bool:
    """Whether the cite's title names the book or journal ``work`` was printed in rather than ``work``: its words
    open the container's title and not the work's (``Trotsky, New Course`` after ``Shachtman, "The Struggle for the
    New Course," in Trotsky, The New Course``): the collection is another work than the piece in it."""
    container = work.get("container-title")
    return bool(container) and any(title_similarity(title, container) == 1.0 for title in titles_of(cite)) \
        and best_title_similarity(cite, work) < 1.0


def _reads_as_given_name(given: object) -> bool:
    """Whether a name's given part reads as given names or initials (``Isaac``, ``E. H.``): none of its words
    is a word of no given name (``Unarmed``)."""
    if not isinstance(given, str) or not given.strip():
        return True
    words = _WORD.findall(given)
    return not words or all(len(w) < 3 or fold(w) in load("given_names") for w in words)


def _fold_family(family: str) -> str:
    return families({"author": [{"family": family}]})[0]


def _has_imprint(record: Record) -> bool:
    """Whether a full cite gives more than names, a title and a year (``Avrich, Kronstadt 1921, 73``
    does not: it is resolved like a short form first, and starts a work only if nothing matches; nor does a short
    form naming the edition by its place alone, ``Wheen, All Quiet (London), 288``)."""
    given = [f for f in _IMPRINT if f not in _NUMBERING and record.get(f)]
    if given == ["publisher-place"] and not record.get("issued") and _names_someone(record):
        return False
    if given:
        return True
    # a title and a volume alone ("Population, General Report, vol. 1, p. 699") are a short form's pinpoint
    return any(record.get(f) for f in _NUMBERING) and _names_someone(record)


#: Fields of :data:`_IMPRINT` that number a part (a volume, an issue) rather than print the work.
_NUMBERING = ("volume", "issue")


def _dated_within_the_year(record: Record) -> bool:
    """Whether ``issued`` names a month or a day (date parts beyond the year), or is a date kept as printed."""
    issued = record.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    return bool(parts and isinstance(parts[0], list) and len(parts[0]) >= 2) or _day_dated(record)


#: The types of a periodical's issue cited whole (``Daily Worker, Nov. 7, 1937``; ``New International, vol. 4,
#: no. 2 (February 1938)``).
_ISSUE_TYPES = frozenset({"article-newspaper", "article-magazine", "article-journal"})


def _untitled_issue(record: Record) -> bool:
    """Whether ``record`` is an issue of a periodical cited whole: a container title, no title, no names, and an
    issue's mark: a paper's or magazine's month or day, or a journal's issue number or month."""
    if record.get("title") or not record.get("container-title") or families(record, CITE_NAMES) \
            or record.get("type") not in _ISSUE_TYPES:
        return False
    return _dated_within_the_year(record) or (record.get("type") == "article-journal" and bool(record.get("issue")))


def _same_issue(a: Record, b: Record) -> bool:
    """Whether two untitled issues of one periodical are the same issue: no volume, issue number or year differs
    where both print one, and their days do not differ (:func:`dated_items_differ`)."""
    for field in ("volume", "issue"):
        if a.get(field) and b.get(field) and str(a[field]).strip() != str(b[field]).strip():
            return False
    years = _year_of(a), _year_of(b)
    return not (all(years) and years[0] != years[1]) and not dated_items_differ(a, b)


def _day_dated(record: Record) -> bool:
    """Whether ``issued`` names a day: date parts down to the day, or a date kept as printed."""
    issued = record.get("issued")
    if not isinstance(issued, dict):
        return False
    parts = issued.get("date-parts")
    return bool(parts and isinstance(parts[0], list) and len(parts[0]) >= 3 or isinstance(issued.get("literal"), str))


def _full_reference(record: Record) -> bool:
    """A full cite names a work when it has a title and either names, an imprint or date, or a title
    that reads as one (``Stalinist critics of the magazine`` alone, tagged as a container, does not)."""
    if not _names_a_work(record):
        return False
    if record.get("author") or record.get("editor") or any(record.get(f) for f in _EVIDENCE + _UNTITLED_WORK):
        return True
    return plausible_title(record.get("title") or record.get("container-title"), strict=True)


#: Variables that name an untitled letter, interview or archival item (with its author or date).
_UNTITLED_WORK = ("recipient", "interviewer", "archive", "archive_location")


def _names_its_writer(record: Record) -> bool:
    """Whether the record names who wrote or edited it: an author or editor (:data:`CITE_NAMES`), but not the editor of
    the book a chapter is printed in (``idem, 'The rise and fall …', in J. M. W. Bean, ed., The political culture …``)."""
    if record.get("container-title") and not record.get("author") and record.get("type") == "chapter":
        return any(record.get(role) for role in CITE_NAMES if role != "editor")
    return _names_someone(record)


def _names_someone(record: Record) -> bool:
    """Whether the record names an author or editor (the names a cite is written with, :data:`CITE_NAMES`)."""
    return any(record.get(role) for role in CITE_NAMES)


def _dated_alike(cite: Record, work: Record) -> bool:
    """Whether an author-date cite's year and year letter (``Lenin 1964b``) fit a work: true unless both
    give a year, or both a ``year-suffix``, and these differ."""
    suffix = cite.get("year-suffix")
    return years_compatible(cite, work) and (suffix is None or work.get("year-suffix") in (None, suffix))


#: The types of a letter or paper a note may cite before the source it is printed in (``ITEM: Ibid., p. 5``).
_ITEM_TYPES = frozenset({"personal_communication", "manuscript"})


def _source_of_the_item(item: NoteCite, cite: NoteCite) -> bool:
    """Whether ``cite`` (an ibid) follows the letter or paper ``item`` in the same note, a colon between them only
    (``See Chew's letter of Oct. 17, 1817: Ibid., pp. 14-16``): it names where the item is printed, the work cited
    before the item, not the item."""
    return item.note == cite.note and item.document == cite.document and cite.separator == ":"


def _names_a_work(record: Record) -> bool:
    """A title, or a letter, interview or archival item named by its people, archive and date."""
    if record.get("title") or record.get("title-short") or record.get("container-title"):
        return True
    return any(record.get(v) for v in _UNTITLED_WORK) and bool(record.get("issued") or record.get("archive_location"))


#: Lower-case words inside a family name (``Bermúdez de Castro``, ``Van der Linden``).
_NAME_PARTICLES = frozenset({"de", "del", "della", "di", "da", "do", "dos", "du", "la", "le", "van", "von", "der", "den",
                             "ten", "ter", "y", "e", "d'"})


def _person_like_family(name: str) -> bool:
    """Whether ``name`` may be a person's family name in an author-date cite: :func:`reads_as_name`, no initials or
    acronym (``A.D.``, ``DLP``), no place (``Halle, 1865`` is an imprint) and no common word (``Report 1943``)."""
    words = name.split()
    return reads_as_name(name) and "." not in name and not any(len(w) > 1 and w.isupper() for w in words) \
        and not is_known_place(name) and ascii_fold(name) not in WORDS


def reads_as_name(title: str | None) -> bool:
    """Whether a short form's or mention's only "title" is a family name (``Rappoport``,
    ``Bermúdez de Castro``): one to four words, capitalised but for name particles, no digits,
    the first and last capitalised."""
    words = (title or "").strip(" ,.;:").split()
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in title or ""):
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)


def _name_opening_prose(title: str | None) -> str | None:
    """``Morselli lui-même en a fait la critique…``: a short form's or mention's "title" that is a clause
    of prose opening on a family name (a capitalised first word of three letters or more, then a
    lower-case word that is no stopword, in a title not in title case, of four words or more). The
    name, to look its author's cited work up by; else None."""
    words = (title or "").strip(" ,.;:").split()
    if len(words) < 4 or not words[0][:1].isupper() or len(words[0].strip(".,;:")) < 3:
        return None
    first, second = words[0].strip(",;:"), words[1].strip(",;:")
    if first.endswith(".") or not second[:1].islower() or not title_words(second) or fold(second) in STOPWORDS:
        return None
    content = [w for w in words[1:] if title_words(w)]
    if sum(1 for w in content if w[:1].isupper()) * 2 >= len(content):
        return None  # title case: a title naming its subject ("Marx und die Philosophie des Rechts")
    return first


def _last_name(title: str) -> list[str]:
    """``Wie Briand`` (a sentence's first word before a name, read as one name): the folded last
    word, the family name to look for; nothing for a name with particles (``Dépêches de Duquesne``
    names a work after a person) or of one word."""
    words = title.strip(" ,.;:").split()
    if len(words) < 2 or any(w.lower() in _NAME_PARTICLES for w in words):
        return []
    return [ascii_fold(words[-1])]


_POSSESSIVE = re.compile(r"['’]s$")
#: Words before a name a title is "by" (``Histoire de Hutchinson``, ``History of Hutchinson``).
_OF_NAME = frozenset({"de", "of", "von", "di", "du"})
_ELIDED_OF = re.compile(r"[dD]['’](\w+)")


def _names_in_title(title: str | None) -> list[tuple[str, str]]:
    """The readings of a title of two words or more as an author's family name (folded, without a
    possessive ``'s``) and the title it gives: a capitalised first word and the words after it
    (``Bryan National Capital``, ``Sewel's History``); a capitalised last word after ``de``, ``d'``,
    ``of`` and the like and the words before (``Histoire d'Hutchinson``, ``l'Histoire de Hutchinson``)."""
    words = (title or "").split()
    if len(words) < 2:
        return []
    readings = []
    first = _POSSESSIVE.sub("", words[0].rstrip(",."))
    if first[:1].isupper() and first.isalpha():
        readings.append((ascii_fold(first), " ".join(words[1:])))
    last = words[-1].rstrip(",.")
    elided = _ELIDED_OF.fullmatch(last)  # "d'Hutchinson"
    if elided:
        name, before = elided.group(1), words[:-1]
    else:
        name, before = (last, words[:-2]) if words[-2].lower() in _OF_NAME else ("", [])
    if before and name[:1].isupper() and name.isalpha():
        readings.append((ascii_fold(name), " ".join(before)))
    return readings


#: Words that name a collection of letters or papers after the person who made it (``Colección Ochoa``).
_COLLECTION_WORDS = frozenset({"coleccion", "colección", "collection", "sammlung", "recueil", "raccolta", "coleção",
                               "colecção", "collectio"})


def _collection_of(title: str | None) -> str | None:
    """The name in a short title that is a collection word and a name (``Colección Ochoa``,
    ``Collection Birch``, ``Sammlung Hauber``), else None."""
    words = (title or "").strip(" ,.;:").split()
    if len(words) < 2 or words[0].lower() not in _COLLECTION_WORDS:
        return None
    rest = " ".join(w for w in words[1:] if w.lower() not in ("de", "of", "du", "des", "di", "del", "von"))
    return rest if reads_as_name(rest) else None


#: :func:`ascii_fold` of a title string, folded once (the editions of a work compare every title opened alike).
_folded_title = lru_cache(maxsize=1 << 14)(ascii_fold)


#: What the letter an ibid dates anew (:meth:`_DocumentLinker.another_issue`) takes from the letter before it.
_LETTER_FIELDS = ("type", "author", "recipient", "title", "language")


class _DocumentLinker:
    """The works of one document so far, with indexes that find the few works a cite can mean:
    works by title words close to the cite's (:class:`FuzzyIndex`), by identifier, and by the
    family names of their authors and editors; every candidate is then scored as before."""

    def __init__(self, document: str):
        self.document = document
        self.library = Library()
        self.count = 0
        self.works: dict[str, Record] = {}  # id -> record, in creation order
        self.position: dict[str, int] = {}  # id -> creation order
        self.first_note: dict[str, int] = {}  # id -> the note of the cite that made it
        titles = TitleIndex()  # both indexes file every work under the same titles: filed once
        self.to_match = WorkIndex(WORK_NAMES, NAME_GATE, titles, given_words=True)  # what match_score can link
        self.to_classify = WorkIndex(("author",), SAME_NAME, titles)  # what classify can call the same or an edition
        self.identifiers: dict[tuple[str, str], set[str]] = {}
        self.authors = FuzzyIndex(SAME_AUTHOR * 100 - 1)
        self.in_containers: dict[tuple[str, ...], set[str]] = {}  # every opening run of a container's title words
        self.last_cited: dict[str, int] = {}  # work id -> index of its latest citation

    def index(self, work_id: str) -> None:
        """File the work under its current titles, names and identifiers (again after it gained fields)."""
        work = self.works[work_id]
        self.to_match.add(work_id, work)
        self.to_classify.add(work_id, work)
        self.authors.add(work_id, families(work, CITE_NAMES))
        container = title_key(work.get("container-title"))
        for end in range(1, len(container) + 1):
            self.in_containers.setdefault(container[:end], set()).add(work_id)
        for name in ("DOI", "ISBN"):
            value = identifier(work, name)
            if value:
                self.identifiers.setdefault((name, value), set()).add(work_id)

    def matchable(self, record: Record) -> list[Record]:
        """In creation order, every work :func:`match_score` can score at least
        :data:`LINK_THRESHOLD` for ``record`` (and a few it cannot)."""
        # a score under NAME_GATE halves the score: such works cannot reach a threshold over 0.5
        names = families(record, CITE_NAMES)
        # without names on both sides the score is 0.9 * title
        least = TITLE_GATE if names else max(TITLE_GATE, LINK_THRESHOLD / 0.9)
        return self._ordered(self.to_match.find(record, least, names if LINK_THRESHOLD > 0.5 else ()))

    def best_match(self, record: Record, before: int | None = None) -> tuple[float, str] | None:
        """The work :func:`match_score` scores highest for ``record``, at least :data:`LINK_THRESHOLD`
        (the greatest id among equal scores), with its score; None when no work reaches it. With
        ``before``, only works made by a cite of that note or an earlier one count."""
        best = self._best_opened(record, before)
        if best is None:
            best = max(((match_score(record, w), w["id"]) for w in self.matchable(record) if self._made_by(w["id"], before)),
                       default=None)
        return best if best is not None and best[0] >= LINK_THRESHOLD else None

    def best_titled(self, record: Record, before: int | None = None) -> tuple[float, str] | None:
        """:meth:`best_match`, but among the works it scores as high, one titled exactly as ``record``
        names it (:func:`titled_exactly`; the greatest id among them): ``Orat.`` is the ``Orat.``,
        not the ``Orat. Parental.`` it also opens."""
        best = self.best_match(record, before)
        if best is None or titled_exactly(record, self.works[best[1]]):
            return best
        exact = [work_id for work_id in self.to_match.titled(record)  # a title the record names whole is filed so
                 if self._made_by(work_id, before) and titled_exactly(record, self.works[work_id])
                 and match_score(record, self.works[work_id]) == best[0]]
        return (best[0], max(exact)) if exact else best

    def best_earlier(self, cite: NoteCite) -> tuple[float, str] | None:
        """:meth:`best_titled` for a short form or mention naming its author, among the works cited in full
        by its note or before it when one of them matches (a short form repeats a reference the reader has seen:
        ``Draper, Theory of Revolution, 1:320`` is the first volume cited in note 1, not the second
        volume a later note cites as ``Draper, Theory of Revolution, vol. 2, …``); else among all."""
        best = self.best_titled(cite.record)
        if best is not None and self.first_note[best[1]] > cite.note and families(cite.record, CITE_NAMES):
            best = self.best_titled(cite.record, before=cite.note) or best
        return best and (best[0], self._edition_printed_at(cite.record, best[1]))

    def _edition_printed_at(self, record: Record, work_id: str) -> str:
        """The edition of work ``work_id`` printed at the place a short form names alone (``Wheen, All Quiet (Boston),
        179``: no publisher, no year), the first cited of those with its title and names and that place; ``work_id``
        when ``record`` names no such place, the work is printed there, or no edition is."""
        place = record.get("publisher-place")
        work = self.works[work_id]
        if not isinstance(place, str) or record.get("publisher") or record.get("issued") \
                or ascii_fold(str(work.get("publisher-place") or "")) == ascii_fold(place):
            return work_id
        title, names = _folded_title(str(work.get("title") or "")), families(work, WORK_NAMES)
        there = [other for other in self.to_match.titled(work) if other != work_id
                 and ascii_fold(str(self.works[other].get("publisher-place") or "")) == ascii_fold(place)
                 and _folded_title(str(self.works[other].get("title") or "")) == title
                 and families(self.works[other], WORK_NAMES) == names]
        return min(there, key=lambda other: (self.first_note[other], self.position[other])) if there else work_id

    def _made_by(self, work_id: str, note: int | None) -> bool:
        return note is None or self.first_note[work_id] <= note

    def _best_opened(self, record: Record, before: int | None = None) -> tuple[float, str] | None:
        """:meth:`best_match` found without scoring every candidate, when it can be: a work whose title
        opens with a title of ``record`` scores the most any work can (1.0 with the same names, 0.9
        when ``record`` names nobody: every other work's title scores less than 1.0), and among such
        works the greatest id wins. None when no such work exists."""
        opened = self.to_match.opened_by(record)
        if before is not None:
            opened = {work_id for work_id in opened if self._made_by(work_id, before)}
        if not opened:
            return None
        names = families(record, CITE_NAMES)
        most = 1.0 if names else 0.9
        if names:  # only a work known by one of the very names (name similarity 1.0) scores 1.0
            opened = self.to_match.names.filed_under(opened, names)
        ordered = sorted(opened, reverse=True)
        # only a title scoring 1.0 reaches `most` (a work filed under a title it has lost does not)
        first = next((work_id for work_id in ordered if match_score(record, self.works[work_id]) == most), None)
        if first is None:
            return None
        return most, self._first_of_the_editions(first, ordered, record, most)

    def _first_of_the_editions(self, first: str, ordered: list[str], record: Record, most: float) -> str:
        """``first`` (the greatest id scoring ``most``), unless works of ``ordered`` with its very title and
        names, another year each, score as high (``Viewfinders`` of 1986 and its 1993 reprint: one work's
        editions): then the edition cited first, the one a short form goes back to. Only works with the same
        title and names as ``first`` are scored, so a title many works open costs one pass of cheap checks."""
        work = self.works[first]
        title, names = _folded_title(str(work.get("title") or "")), tuple(families(work, CITE_NAMES))
        if not names:
            return first
        editions = [work_id for work_id in ordered if work_id == first or (
            _folded_title(str(self.works[work_id].get("title") or "")) == title
            and tuple(families(self.works[work_id], CITE_NAMES)) == names
            and match_score(record, self.works[work_id]) == most)]
        if len(editions) < 2 or len({str(self.works[work_id].get("issued")) for work_id in editions}) < len(editions):
            return first
        return min(editions, key=lambda work_id: (self.first_note[work_id], editions.index(work_id)))

    def same_day(self, record: Record, score: float) -> tuple[float, str] | None:
        """Among the works :func:`match_score` scores ``score`` for ``record`` (a dated item: a letter, an
        issue, a meeting's minutes), the one of its day (the greatest id among them), with that score; None
        when every such work is of another day (:func:`dated_items_differ`): a new item of that series."""
        same = [work["id"] for work in self.matchable(record)
                if not dated_items_differ(record, work) and match_score(record, work) == score]
        return (score, max(same)) if same else None

    def classifiable(self, record: Record) -> list[Record]:
        """In creation order, every work :func:`classify` can call the same as ``record`` or an
        edition of it (and a few it cannot): a shared DOI or ISBN, or a title alike, of a year that
        can be the same when ``record`` names nobody (only the same edition can be the same work then)."""
        names = known_as(record)
        found = self.to_classify.find(record, least_title(record), names)
        if not names:
            found = {work_id for work_id in found if years_compatible(record, self.works[work_id])
                     or same_report(record, self.works[work_id])}
        for name in ("DOI", "ISBN"):
            value = identifier(record, name)
            if value:
                found.update(self.identifiers.get((name, value), ()))
        return self._ordered(found)

    def _ordered(self, found: set[str]) -> list[Record]:
        return [self.works[work_id] for work_id in sorted(found, key=self.position.__getitem__)]

    def source(self, cite: NoteCite) -> str:
        return f"note:{self.document}#{cite.note}"

    def new_work(self, cite: NoteCite) -> str:
        self.count += 1
        work_id = f"~{self.document}#{self.count}"
        record = {k: v for k, v in cite.record.items() if k != "id"}
        record["id"] = work_id
        self.library.records.append(record)
        self.works[work_id] = record
        self.position[work_id] = self.count
        self.first_note[work_id] = cite.note
        self.library.provenance[work_id] = {k: [self.source(cite)] for k in record if k != "id"}
        self._add_flags(work_id, cite)
        self.index(work_id)
        return work_id

    def _add_flags(self, work_id: str, cite: NoteCite) -> None:
        flags = self.library.flags.setdefault(work_id, [])
        for flag in cite.flags:
            flag = {**flag, "source": self.source(cite)}
            if flag not in flags:
                flags.append(flag)

    def join(self, work_id: str, cite: NoteCite) -> None:
        record = self.works[work_id]
        if merge_fields(record, cite.record, source_label=self.source(cite),
                        provenance=self.library.provenance.setdefault(work_id, {}),
                        conflicts=self.library.conflicts.setdefault(work_id, [])) or "title-short" in record:
            self.index(work_id)
        if "title-short" in record and title_key(record["title-short"]) == title_key(record.get("title")):
            del record["title-short"]
        self._add_flags(work_id, cite)

    def same_issue(self, record: Record) -> str | None:
        """An untitled issue of a periodical (:func:`_untitled_issue`) cited before: the first made of the earlier
        works with that container title that are the same issue (:func:`_same_issue`); None when there is none or
        ``record`` is no such issue. Looked up among the works filed under the container's words, not every work."""
        if not _untitled_issue(record):
            return None
        container = title_key(record["container-title"])
        same = [work_id for work_id in self.in_containers.get(container, ())
                if title_key(self.works[work_id].get("container-title")) == container
                and _untitled_issue(self.works[work_id]) and _same_issue(record, self.works[work_id])]
        return min(same, key=self.position.__getitem__) if same else None

    def add_full(self, cite: NoteCite) -> tuple[str, str, float]:
        """The work a full reference names: an earlier one it repeats (or an author's piece in a
        container it names without its title, :meth:`piece_in`, or an author's book named by name and title read as a
        title and a container, :meth:`named_by_its_container`), or a new one."""
        piece = self.piece_in(cite.record)
        if piece is not None:  # "Ford, in Political Science Quarterly, VI. 615": Ford's article there
            untitled = {k: v for k, v in cite.record.items() if k not in ("title", "type")}  # the title was the container's
            self.join(piece, NoteCite(**{**cite.__dict__, "record": untitled}))
            return piece, "short", cite.confidence
        issue = self.same_issue(cite.record)
        if issue is not None:  # "Derbyshire Advertiser October 17th 1941" again: that issue
            self.join(issue, cite)
            return issue, "short", cite.confidence
        named = self.named_by_its_container(cite)
        if named is not None:  # "Marsden, Fundamentalism in American Culture" read as title Marsden in a container
            return named, "short", 0.7 * cite.confidence
        edition: Record | None = None  # the first work it is another edition of
        for record in self.classifiable(cite.record):
            verdict = classify(cite.record, record)
            if verdict == "same":
                kind = "full" if any(cite.record.get(f) for f in PUBLICATION_FIELDS) else "short"
                self.join(record["id"], cite)
                return record["id"], kind, cite.confidence
            if verdict == "edition" and edition is None:
                edition = record
        work_id = self.new_work(cite)
        if edition is not None:
            group = self.library.work_of.get(edition["id"], edition["id"])
            self.library.work_of[edition["id"]] = group
            self.library.work_of[work_id] = group
        return work_id, "full", cite.confidence

    def named_by_its_container(self, cite: NoteCite) -> str | None:
        """The earlier work of author *X* whose title a nameless full cite titled by the one name *X* opens with the
        title it gives as its container, when it gives no imprint of its own (``Marsden, Fundamentalism in American
        Culture`` read as title *Marsden*, container *Fundamentalism in American Culture*); else None."""
        record = cite.record
        title, container = record.get("title"), record.get("container-title")
        if not isinstance(title, str) or not isinstance(container, str) or families(record, ("author", "editor")) \
                or len(title.split()) != 1 or not reads_as_name(title) \
                or any(record.get(f) for f in ("publisher", "publisher-place", "issued", "volume", "issue", "page")):
            return None
        return self._earlier_work_opened_by({"author": [{"family": title.strip(" ,.")}], "title": container}, cite.note)

    def _earlier_work_opened_by(self, reading: Record, note: int) -> str | None:
        """The work cited by note ``note`` or before whose title the title of ``reading`` (a cite's words read another
        way) opens, by the very names ``reading`` gives (:meth:`_best_opened`), when that title has two words or more
        (one word opens too many titles); else None."""
        if len(title_key(reading["title"])) < 2:
            return None
        opened = self._best_opened(reading, note)
        return opened[1] if opened is not None else None

    def could_not_link(self, cite: NoteCite) -> None:
        """List a cite that names no work in the library's warnings."""
        self.library.warnings.append(f"{self.document}, note {cite.note}: could not link {cite.text or cite.kind!r}")

    def link_later(self, cites: list[NoteCite]) -> None:
        """Short forms that named no work when read (``constitution, sect. VIII`` before the mention that
        brings ``Constitution fédérale``): each links to the work that now matches it best
        (:meth:`best_match`), its citation put in note order; the others are listed in the warnings."""
        self._link_late(cites, self.best_match)

    def link_by_the_name_in_the_title(self, cites: list[NoteCite]) -> None:
        """Full cites that named no work when read and whose title reads as a work and its author (``l'Histoire de
        Hutchinson, vol. 2, p. 440`` before ``the History of the colony of Massachusetts, by Hutchinson``): each is
        a short form of the work by that author whose title holds the rest (:meth:`named_in_its_title`), its
        citation put in note order; the others are listed in the warnings."""
        self._link_late(cites, lambda record: (0.7, work_id) if (work_id := self.named_in_its_title(record)) else None)

    def _link_late(self, cites: list[NoteCite], find: Callable[[Record], tuple[float, str] | None]) -> None:
        """Link each of ``cites`` (read before the work it names was known) as a short form of the work ``find``
        gives for its record, at that score times the cite's confidence, its citation put in note order; list
        the others in the warnings."""
        linked = False
        for cite in cites:
            found = find(cite.record)
            if found is None:
                self.could_not_link(cite)
                continue
            self.cite(cite, found[1], "short", found[0] * cite.confidence)
            linked = True
        if linked:
            self.library.citations.sort(key=lambda c: (c.note, c.start))
            self.last_cited = {c.record_id: i for i, c in enumerate(self.library.citations)}

    def named_in_its_title(self, record: Record) -> str | None:
        """For a record naming nobody whose title reads as a work and its author (:func:`_names_in_title`:
        ``Histoire de Hutchinson``), the work by that author whose title holds the rest (:meth:`named_inside`)."""
        if record.get("author") or record.get("editor"):
            return None
        return self.named_by_its_title(record.get("title") or record.get("title-short"))

    def named_by_its_title(self, title: str | None) -> str | None:
        """The work a title that reads as a work and its author names (:func:`_names_in_title`: ``Bryan National
        Capital``, ``Histoire de Hutchinson``): by that author, its title holding the rest (:meth:`named_inside`)."""
        return next(filter(None, (self.named_inside([name], rest) for name, rest in _names_in_title(title))), None)

    def piece_in(self, record: Record) -> str | None:
        """For a record naming authors and a container but no title of its own (``Ford, in Political
        Science Quarterly, VI. 615``; a title that is the container's does not count), the one titled work
        made so far by those authors in that container (the same container title words); else None."""
        container = title_key(record.get("container-title"))
        authors = families(record, CITE_NAMES)
        if not container or not authors or record.get("title-short") \
                or record.get("title") and title_key(record["title"]) != container:
            return None
        found = [work_id for work_id in self.authors.find(authors)
                 if self.works[work_id].get("title") and title_key(self.works[work_id].get("container-title")) == container
                 and (name_similarity(authors, families(self.works[work_id], CITE_NAMES)) or 0.0) >= SAME_AUTHOR]
        return found[0] if len(found) == 1 else None

    def another_issue(self, cite: NoteCite, previous: str | None) -> str | None:
        """``Atlanta Constitution, August 28, 1915.`` then ``Ibid., December 13, 1916.``: an ibid naming no work,
        whose pinpoint is another day's date, right after an untitled newspaper issue, names that paper's issue
        of that day, a work of its own (made here); so, after a letter (``Prévost au Ministre, 12 Mars, 1753;
        Ibid., 17 July, 1753``), it names the letter of that day between the same people, and after an archived item
        dated to the day (``TNA, CAB 128/5, CM 73(46), 25 July 1946``; ``Ibid., CM 74(46), 29 July 1946``, the day
        perhaps the ibid's own date) the item of that day kept there, titled by its own mark if it gives one. That
        issue, letter or item is the work a full reference names it by, when there is one (:meth:`add_full`), else a
        new one. None otherwise."""
        if previous is None or _names_a_work(cite.record):
            return None
        before = self.works[previous]
        if cite.locator:
            issued = parse_date(cite.locator.get("raw") or cite.locator.get("value") or "")
        elif before.get("type") == "manuscript" and isinstance(cite.record.get("issued"), dict):
            issued = cite.record["issued"]  # "Ibid., CM 74(46), 29 July 1946": the item's own day
        else:
            return None
        if len(issued.get("date-parts", [[]])[0]) < 3 or issued == before.get("issued"):
            return None  # no day's date
        if before.get("type") == "article-newspaper" and not before.get("title") and before.get("container-title"):
            record = {"type": "article-newspaper", "container-title": before["container-title"], "issued": issued}
        elif before.get("type") == "personal_communication" and before.get("recipient") and before.get("issued"):
            record = {**{k: v for k, v in before.items() if k in _LETTER_FIELDS}, "issued": issued}
        elif before.get("type") == "manuscript" and _day_dated(before) and before.get("archive"):
            record = {**{k: v for k, v in before.items() if k in _ARCHIVE_FIELDS}, "type": "manuscript", "issued": issued}
            named = cite.record.get("volume") or cite.record.get("note")
            if named:  # the item's own mark ("CM 74(46)"), or none: an item of that day in the same archive
                record["title"] = named
        else:
            return None
        return self.add_full(NoteCite(**{**cite.__dict__, "record": record, "locator": None}))[0]

    def resolve(self, cite: NoteCite, previous: str | None) -> tuple[str | None, str, float]:
        """The work a short form, mention or ibid-like cite names, with kind and confidence."""
        record = cite.record
        referenced = self.cited_in_the_note_referred_to(cite)
        if referenced is not None:  # "Carr, Interregnum (n. 1), p. 305", "op. cit. (n. 2)": the work of that note
            return referenced, cite.kind, 0.9 * cite.confidence
        if cite.kind == "ibid" and not _names_a_work(record):
            authors = families(record, ("author", "editor"))
            if authors:  # op. cit. / idem with an author: that author's latest work, else the work so titled
                latest = self.titled_as_given_name(record) \
                    or (self.latest_by(authors, previous, record) if record.get("issued") else None) \
                    or self.latest_by(authors, previous) or self.titled_as_name(record)  # ("op. cit. (1972)": of that year)
                return latest, "ibid", (0.85 * cite.confidence if latest else 0.0)
            named = self.named_in_prose(cite) if _OP_CIT.match(cite.text) else None
            if named:  # "wenigstens nach Briand (a. a. O. p. 11)": the work of the author just named
                return named, "ibid", 0.85 * cite.confidence
            if _OP_CIT.match(cite.text) and _person_before_a_bracket(cite.prefix):
                return None, "ibid", 0.0  # "bei Rudolph Meyer (vgl. a. a. O. S. 463)": a work of Meyer's, none cited here
            return previous, "ibid", (0.95 * cite.confidence if previous else 0.0)
        if not _names_a_work(record):
            authors = families(record, ("author", "editor"))
            if cite.kind == "short" and authors and (cite.locator or _AND_SO_ON.fullmatch(cite.suffix.strip())):
                latest = (self.latest_by(authors, previous, record) if record.get("issued") else None) \
                    or self._of_the_very_authors(self.latest_by(authors, previous, named=record), authors, record) \
                    or self.latest_by_cut_name(cite) or self.titled_by_cut_name(authors, cite)
                # "Briand, p. 16", "Weber, &c.": that author's work cited last (else the work named after Briand)
                if latest:
                    self.name_in_full(latest, cite)
                    return latest, "short", 0.8 * cite.confidence
                return self.named_work(cite) or self.dated_work(cite), "short", 0.5 * cite.confidence
            dated = self.latest_by(authors, previous, record) \
                if cite.kind == "short" and authors and record.get("issued") else None
            if dated:  # "See Ticktin 1992.": without a pinpoint, only a work of the author's of that year
                return dated, "short", 0.8 * cite.confidence
            if cite.kind == "short" and (made := self.dated_work(cite)) is not None:
                return made, "short", 0.5 * cite.confidence  # "Binns and Haynes, 1980.": no such work before
            if cite.kind == "short" and authors and not cite.locator and set(record) <= _NAME_ONLY_FIELDS:
                latest = self.latest_by(authors, previous)
                if latest and not self.is_named_by_author(latest):
                    # "Birch.": a note of only a name, the work of that author's cited last (one with a title of its
                    # own, not one known only by the name, made from a short form: two guesses would be one too many)
                    return latest, "short", 0.7 * cite.confidence
            return None, cite.kind, 0.0
        names = families(record, ("author", "editor"))
        title = record.get("title") or record.get("title-short")
        best = self.best_earlier(cite)
        if best is not None and names and title and cite.kind in ("short", "mention") \
                and not families(self.works[best[1]], WORK_NAMES) and self.named_inside(names, title):
            best = None  # "Nevins, Fish": Nevins's "Hamilton Fish, The Inner History…", not a nameless "Fish's message…"
        # "Branch minutes August 21st 1939" after "Branch July 14th 1941": another year's item, and so is a named cite
        # at a page ("Le Jeune, Relation, 1634, 13" after "…, 1633, 35"; a nameless one at a page gives the year of
        # the record it pinpoints: "Report of the Secretary of the Navy, 1827, p. 5"); "Trotsky, New Course" after
        # "Shachtman, 'The Struggle for the New Course,' in Trotsky, The New Course": the book
        another_work = best is not None and (
            cite.kind == "full" and (not cite.locator and not names or names and cite.locator)
            and _another_years_item(record, self.works[best[1]])
            or _names_the_container(record, self.works[best[1]]))
        if another_work:
            best = None
        if best is not None and cite.kind in ("full", "short") and (not cite.locator or daily_record(record)) \
                and dated_items_differ(record, self.works[best[1]]):  # an item cited whole, not a record's page
            best = self.same_day(record, best[0])  # "Branch minutes, 18 Sept. 1939" after "…, 19 June 1939";
            # also a short form: "Henderson memorandum, March 3, 1937" after the memoranda of March 3 and April 9
        if best is not None:
            score, work_id = best
            joined = _without_title(cite)
            if cite.kind == "full":  # a full cite without imprint read as a short form: its year may be the title's
                joined.record.pop("issued", None)
            self.join(work_id, joined)
            kind = cite.kind if cite.kind in ("short", "mention") else "short"
            return work_id, kind, score * cite.confidence
        # without an author, a short form's title of two words or more names its work, a mention's of three
        # or more (prose is full of two-word phrases; fewer could be any title's)
        if cite.kind in ("short", "mention") and title and not another_work \
                and (names or len(title_key(title)) >= (2 if cite.kind == "short" else 3)):
            inner = self.named_inside(names, title)
            if inner:  # "Ingraham, Capture of Washington" for "A Sketch of … the Capture of Washington by the British"
                self.join(inner, _without_title(cite))
                return inner, cite.kind, 0.75 * cite.confidence
        chapter = self.chapter_named_by_its_book(names, record, cite.note) \
            if cite.kind == "short" and names and title and best is None else None
        if chapter:  # "Derez, Ravaged, 84": Derez's chapter in "Ravaged: Art and Culture in Times of Conflict"
            return chapter, "short", 0.75 * cite.confidence
        inner = self.named_by_its_title(title) if not names else None
        if inner:  # "Bryan National Capital": Bryan's "A History of the National Capital"
            return inner, cite.kind if cite.kind in ("short", "mention") else "short", 0.7 * cite.confidence
        if (cite.kind in ("mention", "short") or cite.kind == "full" and set(record) <= _TITLE_AND_VOLUME_FIELDS) \
                and not names and reads_as_name(title):
            latest = self.latest_by([ascii_fold(title)], previous) or self.titled_by_name(title_key(title)) \
                or self.latest_by(_last_name(title), previous)
            if latest:  # "According to Pages (131)", "Rappoport, p. 231": an author's name means that author's work
                return latest, "short" if cite.kind == "full" else cite.kind, 0.8 * cite.confidence
        opener = _name_opening_prose(title) if cite.kind in ("mention", "short") and cite.locator and not names \
            else None
        if opener:
            latest = self.latest_by([ascii_fold(opener)], previous)
            if latest:  # "Mignet inserta el texto íntegro en latín, pág. 388": the named author's work, not prose
                # (with a pinpoint only: prose about a body named before, with none, is no cite of its work)
                return latest, cite.kind, 0.7 * cite.confidence
        editor = _collection_of(title) if cite.kind in ("mention", "short") and not names else None
        if editor:
            latest = self.latest_by([ascii_fold(editor)], previous)
            if latest:  # "Colección Ochoa, parte I, carta IV": the collection its editor made
                return latest, cite.kind, 0.8 * cite.confidence
        initialled = self.named_by_initials(names, title) if names and title and cite.kind in ("short", "full") else None
        if initialled:  # "Draper, KMTR, Vol. 2, p. 34": Draper's "Karl Marx's Theory of Revolution"
            self.join(initialled, _without_title(cite))
            return initialled, "short", 0.7 * cite.confidence
        keyed = self.named_by_key_words(names, title, record) if title and cite.kind in ("short", "mention", "full") \
            and len(title_key(title)) >= (3 if cite.kind == "mention" else 2) and not another_work else None
        if keyed:  # "Colonial Documents" for "Documents Relating to the Colonial History of …": its key words
            self.join(keyed, _without_title(cite))
            return keyed, cite.kind if cite.kind in ("short", "mention") else "short", 0.7 * cite.confidence
        reread = self.read_otherwise(cite) if cite.kind in ("short", "mention") and best is None else None
        if reread:  # "See Freedom’s Coming, 229–45": not an author Freedom
            return reread, cite.kind, 0.7 * cite.confidence
        if _label_and_number(title):
            return None, cite.kind, 0.0  # "Doc. No. 425" naming no document cited in full: no work of its own
        if not plausible_title(title or record.get("container-title"), strict=cite.kind == "mention" or not names,
                               pinpointed=cite.kind == "short" and bool(cite.locator), located=bool(cite.locator)):
            return None, cite.kind, 0.0
        if cite.kind in ("short", "mention") and not names and title and _BODY_NAME.fullmatch(plain_text(title).strip()):
            return None, cite.kind, 0.0  # "Organisation for Economic Co-operation and Development": a body, no work
        if cite.kind == "mention" and any(f.get("reason") == NAME_NOT_TITLE for f in cite.flags):
            return None, cite.kind, 0.0  # "his memoir of Lenin": a name, not a new work
        if cite.kind == "mention" and _ends_on_a_stopword(title):
            return None, cite.kind, 0.0  # "Antonio Pérez fué puesta en": prose cut off mid-phrase, no title
        if cite.kind in ("short", "mention") and title and reads_as_sentence(plain_text(title)):
            return None, cite.kind, 0.0  # "Petty, Gold and silver are universal wealth": a quotation, not a new work
        if cite.kind in ("short", "mention") and title and _opens_on_a_sentence_adverb(title):
            return None, cite.kind, 0.0  # "…, 110; Again the Same Claim Appears Later.": a sentence, not a title
        if cite.kind in ("short", "mention") and _opens_on_a_sentence_adverb(_first_name_as_written(record)):
            return None, cite.kind, 0.0  # "Presumably Deborah Larson’s comments at SHAFR": a sentence, no author
        work_id = self.new_work(cite)
        work = self.works[work_id]
        if "title" not in work and "title-short" in work:  # a work known only by its short form
            work["title"] = work["title-short"]
            self.library.provenance[work_id]["title"] = self.library.provenance[work_id]["title-short"]
        return work_id, cite.kind if cite.kind != "ibid" else "short", 0.5 * cite.confidence

    def read_otherwise(self, cite: NoteCite) -> str | None:
        """The earlier work whose title a short form or mention opens once its words are split otherwise than the
        parser split them (:func:`_printed_title`: ``Freedom’s Coming, 229–45`` is the title *Freedom’s Coming*, not
        author *Freedom*); only a work cited by this note or before whose title the new reading opens counts; else None."""
        title = _printed_title(cite)
        return None if title is None else self._earlier_work_opened_by({"title": title}, cite.note)

    def named_work(self, cite: NoteCite) -> str | None:
        """``Zosimus, l. iii. p. 158`` with no work of Zosimus before: a work known only by its
        author's name, titled by that name and flagged for review (one author only; else None)."""
        names = cite.record.get("author") or cite.record.get("editor") or []
        name = names[0].get("family") or names[0].get("literal") if len(names) == 1 else None
        if not name or not reads_as_name(name):
            return None
        record = {**cite.record, "title": name}
        flag = {"field": "title", "text": name, "reason": NAMED_BY_AUTHOR}
        return self.new_work(NoteCite(**{**cite.__dict__, "record": record, "flags": [*cite.flags, flag]}))

    def dated_work(self, cite: NoteCite) -> str | None:
        """``Binns and Haynes, 1980, p. 12`` with no work of theirs of that year before: a work known by its authors
        and year only (an author-date cite; the document's bibliography may complete it), flagged for review; None
        for a cite with anything else (a title, a container) or without names or a year."""
        record = cite.record
        names = [name.get("family") or "" for name in record.get("author") or record.get("editor") or []]
        fields = set(record)
        if set(record.get("custom") or {}) <= {"names-truncated"}:
            fields.discard("custom")  # "Anderson et al. 1947": the names cut short mark no other field
        if not record.get("issued") or not names or not fields <= _NAMES_AND_YEAR_FIELDS \
                or not all(_person_like_family(name) for name in names):
            return None
        flag = {"field": "title", "text": "", "reason": NAMED_BY_AUTHOR}
        return self.new_work(NoteCite(**{**cite.__dict__, "flags": [*cite.flags, flag]}))

    def named_before_a_marker(self, cite: NoteCite, before_markers: Mapping[int, str]) -> str | None:
        """The one work cited in the latest earlier note whose marker in the body follows one of the cite's family
        names (within :data:`MARKER_REACH` characters: ``… distingués par Broca[7]``), when that note's cites name
        no author; None otherwise."""
        names = set(families(cite.record, ("author", "editor")))
        for note in sorted((n for n in before_markers if n < cite.note), reverse=True):
            tail = before_markers[note][-MARKER_REACH:]
            if names.isdisjoint(_fold_family(word) for word in _CAPITALISED_WORD.findall(tail) if word):
                continue
            cited = self.works_cited_in(note)
            if len(cited) == 1:
                work_id = cited[0]
                if not families(self.works[work_id], CITE_NAMES):
                    return work_id
            return None
        return None

    def is_named_by_author(self, work_id: str) -> bool:
        """Whether the work is known only by its author's name (made by :meth:`named_work`)."""
        return any(f.get("reason") == NAMED_BY_AUTHOR for f in self.library.flags.get(work_id, ()))

    def _same_dated_authors(self, work_id: str, other: str, authors: list[str]) -> bool:
        """Whether a work known by its authors' names may be ``other``: always when it has no year; when it has one (an
        author-date cite, ``Binns and Haynes, 1980``), only a work of that year by those very authors."""
        work = self.works[work_id]
        return not work.get("issued") or _dated_alike(work, self.works[other]) \
            and author_fit(authors, self.works[other]) == BEST_FIT

    def fold_named_works(self) -> None:
        """A work known only by its author's name (:meth:`named_work`, ``Hutchinson, vol. 2, p. 440``
        before ``the History of the colony of Massachusetts, by Hutchinson``) is that author's work when
        the document cites exactly one other work by that author, by a full reference or a short form
        (``Garinet p. 129`` before ``Garinet, Hist. de la Magie en France, p. 180``), or, when the document
        cites no other work by that author, the cited work named after that person (:meth:`titled_by_name`,
        ``Jovien, p. 24`` before ``de la Bleterie, Hist. de Jovien``): its citations move there and it goes. A work
        of another person of that family name is no other work of the author (:func:`given_names_clash`). A work
        known by one name alone is that of the one named work whose author's given name it is (``Dion`` and ``Dion
        Cassius``: an ancient author known by the first of their names)."""
        cited = {c.record_id for c in self.library.citations}
        named = [work_id for work_id in self.library.flags if work_id in self.works and self.is_named_by_author(work_id)]
        moves: dict[str, str] = {}  # folded work -> the author's work
        for work_id in named:
            authors = families(self.works[work_id], CITE_NAMES)
            others = [other for other in self.authors.find(authors) if other != work_id and other in cited
                      and not self.is_named_by_author(other)
                      and (name_similarity(authors, families(self.works[other], CITE_NAMES)) or 0.0) >= SAME_AUTHOR
                      and not given_names_clash(self.works[work_id], self.works[other])
                      and self._same_dated_authors(work_id, other, authors)]
            if len(others) == 1:
                moves[work_id] = others[0]
            elif not others and not self.works[work_id].get("issued"):
                # "Jovien, p. 24" before "de la Bleterie (Hist. de Jovien…": the work named after Jovien
                titled = self.titled_by_name(authors)
                if titled and titled != work_id and titled in cited and not self.is_named_by_author(titled):
                    moves[work_id] = titled
        by_first_name: dict[str, list[str]] = {}  # the first word of a named work's author's given name -> its works
        for work_id in named:
            people = self.works[work_id].get("author") or []
            if len(people) == 1 and _fold_given(people[0].get("given")):
                by_first_name.setdefault(_fold_given(people[0].get("given")), []).append(work_id)
        for work_id in named:  # "Dion, l. lxxii. p. 1216" and "Dion Cassius, l. lxxi. p. 1195": one author, one work
            people = self.works[work_id].get("author") or []
            if work_id in moves or len(people) != 1 or people[0].get("given") or not people[0].get("family"):
                continue
            fuller = by_first_name.get(fold(str(people[0]["family"])), [])
            if len(fuller) == 1 and fuller[0] not in moves:
                moves[work_id] = fuller[0]
        self.fold(moves)

    def fold(self, moves: dict[str, str]) -> None:
        """Move the citations of each work of ``moves`` to the work it maps to, and drop the work."""
        if not moves:
            return
        for citation in self.library.citations:  # one pass, however many works fold
            citation.record_id = moves.get(citation.record_id, citation.record_id)
        self.library.records = [r for r in self.library.records if r["id"] not in moves]
        for work_id in moves:
            for table in (self.library.provenance, self.library.flags, self.library.conflicts, self.library.work_of):
                table.pop(work_id, None)
            del self.works[work_id]

    def complete_from_bibliography(self, entries: list[Record]) -> None:
        """Complete each cited work that names exactly one of the document's bibliography ``entries``
        from it (:func:`~notecite.link.bibliography.complete`), also an untitled work cited by author and year
        (:func:`~notecite.link.bibliography.entry_dated`) and a work whose title the parser read
        with its authors' names (:func:`~notecite.link.bibliography.names_then_title`); works that name the
        same entry are one work ("Brundage, Lynching" and "Brundage, Lynching in the New South"), the
        first made."""
        if not entries:
            return
        cited = {c.record_id for c in self.library.citations}
        first: dict[int, str] = {}
        moves: dict[str, str] = {}
        for work_id, work in list(self.works.items()):
            if work_id not in cited:
                continue
            i = entry_named(work, entries, match_score, LINK_THRESHOLD)
            if i is None and (i := entry_dated(work, entries)) is not None:  # "Cliff, 1974, p. 153": that author and year
                for name in ("title", "title-short"):
                    work.pop(name, None)  # the author's name stood for the title
                if entries[i].get("type"):
                    work["type"] = entries[i]["type"]  # a cite of names and a year says nothing of what the work is
                self.library.flags[work_id] = [flag for flag in self.library.flags.get(work_id, [])
                                               if flag.get("reason") != NAMED_BY_AUTHOR]
            read = names_then_title(work) if i is None else None
            if read is not None and (i := entry_named(read, entries, match_score, LINK_THRESHOLD)) is not None:
                work.update(author=read["author"], title=read["title"])  # "Bailey and Tolnay, Lynched"
            if i is None:
                continue
            if i in first:
                moves[work_id] = first[i]
                continue
            first[i] = work_id
            complete(work, entries[i], source_label=f"bibliography:{self.document}#{i + 1}",
                     provenance=self.library.provenance.setdefault(work_id, {}),
                     conflicts=self.library.conflicts.setdefault(work_id, []))
            self.index(work_id)
        self.fold(moves)

    def named_by_key_words(self, authors: list[str], title: str, record: Record) -> str | None:
        """The one work whose title holds, in any order, a word each word of ``title`` (two or more,
        stopwords aside) can stand for (:func:`title_holds_words`: nearly the same word, its opening
        or a contraction of it): ``Colonial Documents`` or ``Col. Docs.`` for ``Documents Relating to
        the Colonial History of the State of New York``; words in the very order of a title are not
        judged here (:meth:`named_inside`: ``Colonial New York`` runs together words that title keeps
        apart). Only works by ``authors`` count (works with no
        author, an edited collection among them, when ``authors`` is empty), and not a dated item of another day or year than ``record``
        (:func:`dated_items_differ`, :func:`_another_years_item`: another item of a series); None unless
        exactly one work qualifies."""
        words = sorted(set(title_key(title)), key=len, reverse=True)  # the longest words are the rarest
        if len(words) < 2:
            return None
        candidates: set[str] | None = set(self.authors.find(authors)) if authors else None
        for word in words:
            found = self.to_match.words.find([word])
            if len(word) >= 3:
                found = found | self.to_match.words.opening(word[:3])
            candidates = found if candidates is None else candidates & found
            if not candidates:
                return None
        fits = []
        for work_id in candidates or ():
            work = self.works[work_id]
            if authors:
                if (name_similarity(authors, families(work, CITE_NAMES)) or 0.0) < SAME_AUTHOR:
                    continue
            elif families(work):  # an authorless cite: a work naming no author (an edited collection may)
                continue
            # words in the same order are for named_inside to judge (title_keeps_phrases): here another order
            if any(title_holds_words(full, title) and not title_holds_in_order(full, title) for full in titles_of(work)):
                if dated_items_differ(record, work) or _another_years_item(record, work):
                    return None  # another item of a series, not the work
                fits.append(work_id)
                if len(fits) > 1:
                    return None
        return fits[0] if fits else None

    def named_by_initials(self, authors: list[str], title: str) -> str | None:
        """The one work by ``authors`` whose title's initials (:func:`title_initials`) are ``title``, two to six
        capitals (``KMTR`` for ``Karl Marx's Theory of Revolution``); None unless exactly one work qualifies."""
        acronym = title.strip(" ,.")
        if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            return None
        fits = {work_id for work_id in self.authors.find(authors)
                if (name_similarity(authors, families(self.works[work_id], CITE_NAMES)) or 0.0) >= SAME_AUTHOR
                and any(acronym in title_initials(full) for full in titles_of(self.works[work_id]))}
        return fits.pop() if len(fits) == 1 else None

    def named_inside(self, authors: list[str], title: str) -> str | None:
        """The latest cited work by ``authors`` (else the next one cited) whose title holds the words of
        ``title`` (stopwords aside; one or more, two or more without ``authors``) in order (:func:`title_holds_in_order`: a short title
        taken from inside the full one, words left out or not), as one run cut short
        (:func:`title_abbreviates`, ``Mem. Eccles``) or with words shortened (:func:`title_shortens`,
        ``Der ital. G-str.``); or whose title (not a short title it is known by) ``title`` names at greater
        length (:func:`_named_at_length`). With no ``authors``, any work's title."""
        words = title_key(title)
        if len(words) < (1 if authors else 2):
            return None
        best: tuple[int, int, str] | None = None
        # a work whose title holds the words holds a word close to the first, one it abbreviates opens
        # with it (cut short to three letters or more, else whole): look only at those; a first word cut
        # shorter (the "G" of "G-str.") may open any of the author's titles: look at all of them; a
        # title the words name at length (:func:`_named_at_length`) has a word close to one of them
        if authors and len(words[0]) < 3:
            candidates = self.authors.find(authors)
        else:
            candidates = self.to_match.words.find(words[:1])
            if len(words[0]) >= 3:
                candidates |= self.to_match.words.opening(words[0])
            if authors:
                candidates = (candidates | self.to_match.words.find(words[1:])) & self.authors.find(authors)
            else:  # a title one word longer may open with that word
                candidates |= self.to_match.words.find(words[1:2])
        for work_id in candidates:
            # among works not cited yet, the first made (the next full reference) wins, whatever the set's order
            rank = (self.last_cited.get(work_id, -1), -self.position.get(work_id, 0))
            if best is not None and rank < best[:2]:
                continue
            work = self.works[work_id]
            if authors and not _authors_fit(authors, families(work, CITE_NAMES)):
                continue
            if any(title_holds_in_order(full, title) and (authors or title_keeps_phrases(full, title))
                   or title_abbreviates(full, title) or title_shortens(full, title)
                   for full in (work.get("title"), work.get("title-short")) if full) \
                    or work.get("title") and _named_at_length(work["title"], title, bool(authors)):
                best = (*rank, work_id)
        return best[2] if best else None

    def titled_as_given_name(self, record: Record) -> str | None:
        """``Deutscher, Unarmed, op. cit.``: the work of the op. cit.'s one author whose title holds the words read as
        the author's given name (words of no known given name, :func:`_reads_as_given_name`), a short title between
        the name and the op. cit.; None when no work of that author's has them."""
        names = record.get("author") or []
        if len(names) != 1 or not names[0].get("family") or _reads_as_given_name(names[0].get("given")):
            return None
        return self.named_inside([_fold_family(names[0]["family"])], names[0]["given"])

    def works_cited_in(self, note: int) -> list[str]:
        """The works note ``note`` cites so far, in the order of their first citation there."""
        return list(dict.fromkeys(c.record_id for c in self.library.citations if c.note == note))

    def cited_in_the_note_referred_to(self, cite: NoteCite) -> str | None:
        """The work a cite refers to by an earlier note's number (``Carr, Interregnum (n. 1)``, ``Pipes, op. cit. (n.
        2)``, ``above, n. 12``: :func:`~notecite.parse.rules.words.referenced_note`): among the works that note cites,
        the one whose authors the cite names (or whose title it names), or the only one; None when the note cites
        none, several fit or the number is no earlier note's."""
        number = referenced_note(cite.text)
        if number is None or not 0 < number < cite.note:
            return None
        cited = self.works_cited_in(number)
        authors = families(cite.record, ("author", "editor"))
        if authors:
            cited = [work_id for work_id in cited if author_fit(authors, self.works[work_id])]
        if len(cited) > 1 and _names_a_work(cite.record):
            cited = [work_id for work_id in cited if match_score(cite.record, self.works[work_id]) > 0]
        return cited[0] if len(cited) == 1 else None

    def latest_by(self, authors: list[str], previous: str | None, dated: Record | None = None,
                  named: Record | None = None) -> str | None:
        """The work of the latest citation whose work has an author or editor named like ``authors``,
        among those that fit them best (:func:`author_fit`: ``Lindahl, 12`` is Lindahl's own book,
        ``Okafor and Lindahl, 11`` the pair's, not a later book of one of them); with ``dated``, only
        among works of its year and year letter (:func:`_dated_alike`); with ``named``, not a work of
        another person of that family name (:func:`given_names_clash`: ``Dion Cassius`` is not ``Avidius Cassius``)."""
        cited = [work_id for work_id in self.authors.find(authors) if work_id in self.last_cited
                 and (dated is None or _dated_alike(dated, self.works[work_id]))
                 and (named is None or not given_names_clash(named, self.works[work_id]))]
        best: tuple[int, str] | None = None
        for work_id in sorted(cited, key=self.last_cited.__getitem__, reverse=True):  # latest first
            fit = author_fit(authors, self.works[work_id])
            if fit == BEST_FIT:
                return work_id
            if fit and (best is None or fit > best[0]):
                best = (fit, work_id)
        return best[1] if best else None

    def _of_the_very_authors(self, work_id: str | None, authors: list[str], record: Record) -> str | None:
        """``work_id``, unless ``record`` is dated (an author-date cite, ``Binns and Haynes, 1980, p. 12``) and the
        work's authors fit the cite's less than best (Haynes's book of 2002 is not Binns and Haynes's of 1980)."""
        if work_id is None or not record.get("issued") or author_fit(authors, self.works[work_id]) == BEST_FIT:
            return work_id
        return None

    def collection_printed_in(self, cite: NoteCite, work_id: str) -> str | None:
        """The collection a letter cited at a page is printed in (``Seward to Judd, March 22, 1861, Message, 1861,
        p. 37``; ``Banneker to Jefferson, 1791, in Waldstreicher, Notes, 208``): the work its container names (its
        title opening that work's, its editor or author among the work's names), made from the container when no
        work is (also an edition read online: ``Short to Jefferson, 2 October 1788, Papers of Thomas Jefferson, URL``);
        None for any other cite (no letter, no container, no pinpoint or URL, or a container the letter is)."""
        record = cite.record
        container = record.get("container-title")
        if record.get("type") != "personal_communication" or not container or not (cite.locator or record.get("URL")) \
                or cite.kind not in ("full", "short"):
            return None
        names = _container_names(record)
        bare = _BARE_YEAR.fullmatch(str(record.get("note") or "").strip())
        year = int(bare.group(0)) if bare else None
        found = self._container_cited_before(cite, work_id)
        printed = _year_of(self.works[found]) if found is not None else None
        if found is not None and (year is None or printed in (None, year)
                                  or self.works[found].get("publisher") and printed > year):
            return found  # "Foreign Relations, 1876" is not the volume of 1894; the volume "…, 1943" printed in 1970 is
        book: Record = {"type": "book", "title": container}
        if names:
            book["editor" if record.get("editor") else "author"] = [dict(name) for name in names]
        if year:  # "Message, 1861": the year of the collection
            book["issued"] = {"date-parts": [[year]]}
        if record.get("volume"):
            book["volume"] = record["volume"]
        for field in ("publisher-place", "publisher"):  # "in Selected Correspondence (Moscow, 1955), 434": its imprint
            if record.get(field):
                book[field] = record[field]
        return self.new_work(NoteCite(**{**cite.__dict__, "record": book, "kind": "short", "flags": []}))

    def book_of_the_chapter(self, cite: NoteCite, work_id: str) -> str | None:
        """The book, cited by this note or an earlier one, that a chapter's container names (``Warnke, "Ansichten,"
        in Bilder und Bildersturm, ed. Scribner, 69–124`` after ``Scribner, ed., Bilder und Bildersturm… (Wiesbaden,
        1990)``; ``Koltsov, "Address," in Gérin, Devastation and Laughter, 186``): its container title opening
        that book's title, its editor or container author among the book's names. None for anything else (no
        chapter, no such book, a book of another volume or year)."""
        record = cite.record
        if record.get("type") != "chapter" or not record.get("container-title") or cite.kind not in ("full", "short"):
            return None
        found = self._container_cited_before(cite, work_id)
        book = self.works[found] if found is not None else {}
        if book.get("type") != "book" or book.get("container-title") or _year_of(record) not in (None, _year_of(book)):
            return None
        return found

    def _container_cited_before(self, cite: NoteCite, work_id: str) -> str | None:
        """The work, cited by ``cite``'s note or an earlier one, that its record's container names (:meth:`best_titled`
        at 0.9 or more: its title opening the work's, its container author or editor among the work's names), other
        than ``work_id`` and of no other volume; None when none is."""
        record = cite.record
        names = _container_names(record)
        container = record["container-title"]
        wanted: Record = {"title": container, "author": names} if names else {"title": container}
        best = self.best_titled(wanted, before=cite.note)
        if best is None or best[1] == work_id or best[0] < 0.9:
            return None
        found = self.works[best[1]]
        if record.get("volume") and found.get("volume") and str(record["volume"]) != str(found["volume"]):
            return None
        return best[1]

    def complete_from_the_book(self, work_id: str, book_id: str) -> None:
        """A chapter takes from the book it is printed in (:meth:`book_of_the_chapter`) the book's editors and imprint
        where it gives none of its own (a later chapter of an edited book cites it short: ``in Bilder und Bildersturm,
        ed. Scribner, 69–124``); its container title stays as printed."""
        chapter, book = self.works[work_id], self.works[book_id]
        if book.get("editor") and not chapter.get("editor") and not chapter.get("container-author"):
            chapter["editor"] = [dict(name) for name in book["editor"]]
        if not any(chapter.get(field) for field in _IMPRINT_FIELDS):
            for field in _IMPRINT_FIELDS:
                if book.get(field):
                    chapter[field] = copy.deepcopy(book[field])
        self.index(work_id)

    def chapter_named_by_its_book(self, names: list[str], record: Record, note: int) -> str | None:
        """The one work cited by ``note`` whose authors are all of ``names`` and whose container, not its own
        title, ``record``'s title names: a short form naming a chapter by its book (``Derez, Ravaged, 84``
        for ``Mark Derez, "The Burning of Leuven," in Ravaged: Art and Culture…``); None when none or several."""
        candidates = {work_id for title in titles_of(record) for work_id in self.in_containers.get(title_key(title), ())}
        found = [work_id for work_id in sorted(candidates) if self._made_by(work_id, note)
                 and names_held(names, families(self.works[work_id])) == 1.0
                 and _names_the_container(record, self.works[work_id])]
        return found[0] if len(found) == 1 else None

    def latest_by_cut_name(self, cite: NoteCite) -> str | None:
        """``Herod. i. 17``: the latest cited work by an author whose family name opens with the cite's
        one family name, when the cite writes that name cut short with a period (four letters or more)."""
        cut = _cut_name(cite)
        if cut is None:
            return None
        for work_id in sorted(self.last_cited, key=self.last_cited.__getitem__, reverse=True):  # latest first
            if any(name != cut and name.startswith(cut) for name in families(self.works[work_id], CITE_NAMES)):
                return work_id
        return None

    def titled_by_cut_name(self, authors: list[str], cite: NoteCite) -> str | None:
        """:meth:`titled_by_name` for the cite's name; for a name cut short with a period
        (:func:`_cut_name`) only a work already cited: ``Orat. iii. p. 68`` after ``Nazianzen, Orat.``
        is that work, but ``Ammian. xvi. 12`` is no later ``Note in loco Ammian.``, it names an author."""
        titled = self.titled_by_name(authors)
        return titled if titled is None or titled in self.last_cited or _cut_name(cite) is None else None

    def name_in_full(self, work_id: str, cite: NoteCite) -> None:
        """A work known only by its author's name written cut short (:meth:`named_work`, ``Ammian.``)
        takes the name in full from a later cite of it (``Ammianus, xx. 4``): that name becomes its
        author and title; any other work or cite leaves it as it is."""
        work = self.works[work_id]
        full = _sole_family(cite.record)
        cut = str(work.get("title") or "")
        if not cut or len(full) <= len(cut) or not ascii_fold(full).startswith(ascii_fold(cut)) \
                or not self.is_named_by_author(work_id) or families(work) != [ascii_fold(cut)]:
            return
        work["title"] = full
        work["author"] = [{"family": full}]
        self.index(work_id)

    def titled_as_name(self, record: Record) -> str | None:
        """``Memoirs... op. cit., p. 224`` with no author named so: the work the one name names when read
        as a short title (:meth:`best_match` of its words as a title, names aside), if the title
        opens the work's or the work's opens it (:data:`TITLED_AS_NAME`; a title only alike, ``Stuart``
        for ``Stat``, is none); else None."""
        names = record.get("author") or record.get("editor") or []
        if len(names) != 1:
            return None
        words = name_text(names[0]).strip(" .…")
        best = self.best_match({"title": words}) if words else None
        return best[1] if best and best[0] >= TITLED_AS_NAME else None

    def named_in_prose(self, cite: NoteCite) -> str | None:
        """The latest cited work of the author whose family name is the last capitalised word of the
        cite's prefix, outside quotations (:func:`_outside_quotes`), that names an author of a cited
        work (``wenigstens nach Briand (a. a. O. p. 11)``); None when no such word."""
        capitalised = [word for word in _WORD.findall(_outside_quotes(cite.prefix)) if word[0].isupper()]
        for word in reversed(capitalised[-_PROSE_NAMES:]):
            latest = self.latest_by([ascii_fold(word)], None)
            if latest:
                return latest
        return None

    def titled_by_name(self, names: list[str] | tuple[str, ...]) -> str | None:
        """``Poole, 59`` when no work by Poole is cited: the work latest cited (else the next one
        made) whose title holds the folded family name ``names`` gives (one name of one word, else
        None): ``The Reminiscences of DeWitt Clinton Poole Jr.``, a work named after the person."""
        if len(names) != 1 or " " in names[0]:
            return None
        name = names[0]
        best: tuple[int, int, str] | None = None
        for work_id in self.to_match.words.find([name]):
            if not any(name in title_key(title) for title in titles_of(self.works[work_id])):
                continue
            rank = (self.last_cited.get(work_id, -1), -self.position.get(work_id, 0), work_id)
            best = max(best or rank, rank)
        return best[2] if best else None

    def cite(self, cite: NoteCite, work_id: str, kind: str, confidence: float) -> None:
        locator = cite.locator or {}
        self.library.citations.append(Citation(
            document=self.document, note=cite.note, record_id=work_id, kind=kind,
            locator=pinpoint_value(locator), label=locator.get("label", "page"),
            confidence=round(confidence, 3), prefix=cite.prefix, suffix=cite.suffix, text=cite.text,
            start=cite.start, end=cite.end))
        self.last_cited[work_id] = len(self.library.citations) - 1
        if confidence < LOW_CONFIDENCE:
            self.library.warnings.append(
                f"{self.document}, note {cite.note}: low-confidence link ({confidence:.2f}) of {cite.text or kind!r}")

    def cite_books(self, books: list[tuple[NoteCite, str]]) -> None:
        """Cite, short, the books a note's chapters and letters are printed in, after the note's own cites (an op.
        cit. completing a chapter's cite and a relation between two cites see the cites side by side) unless the
        note cites the book itself at that pinpoint, and empty ``books``."""
        own = [(c.record_id, c.locator) for c in self._cites_of_the_note(books[0][0].note)] if books else []
        for cite, work_id in books:
            if (work_id, pinpoint_value(cite.locator or {})) not in own:  # a book the note cites there itself: once
                self.cite(cite, work_id, "short", 0.8 * cite.confidence)
        books.clear()

    def _cites_of_the_note(self, note: int) -> Iterator[Citation]:
        """The document's latest citations that are of ``note``, latest first."""
        for citation in reversed(self.library.citations):
            if citation.note != note:
                return
            yield citation

    def complete_last(self, cite: NoteCite) -> None:
        """Give the latest citation the pinpoint and end of ``cite``, an op. cit. that completes it
        (:func:`_completes_the_cite_before`)."""
        last = self.library.citations[-1]
        if cite.locator:
            last.locator = pinpoint_value(cite.locator)
            last.label = cite.locator.get("label", "page")
        last.end = cite.end
        last.suffix = cite.suffix

    def relate_quotations(self) -> None:
        """``X, quoted in Y`` (``cited in``, ``reprinted in``): X's citation records Y under the
        relation the phrase names (:data:`RELATIONS`: ``quoted-in``, ``cited-in``, ``reprinted-in``,
        ``translated-in``)."""
        citations = self.library.citations
        for here, after in zip(citations, citations[1:]):
            if here.note != after.note or here.record_id == after.record_id:
                continue
            relation = relation_named(f"{here.suffix or ''} {after.prefix or ''}")
            if relation:
                here.relation = {relation: after.record_id}


#: A quotation closed in the same text: its words are the quoted author's, not names of sources.
_QUOTED = re.compile(r"“[^“”]*”|«[^«»]*»|\"[^\"]*\"")


def _printed_title(cite: NoteCite) -> str | None:
    """A cite with names read as a title alone: its printed words before the pinpoint, when they end on its title
    (``Freedom’s Coming, 229–45`` read as author *Freedom*, title *Coming*: *Freedom’s Coming*); else None."""
    record = cite.record
    title = record.get("title") or record.get("title-short")
    if not isinstance(title, str) or not families(record, ("author", "editor")):
        return None
    printed = cite.text
    raw = (cite.locator or {}).get("raw")
    if raw and printed.endswith(raw):
        printed = printed[:-len(raw)]
    printed = printed.strip().rstrip(",.;:").strip()
    return printed if printed.endswith(title) and printed != title else None


def _outside_quotes(prose: str) -> str:
    """``prose`` without its quotations: closed ones (:data:`_QUOTED`), the end of one opened before
    it (everything up to a closing mark left unmatched) and the start of one it leaves open."""
    prose = _QUOTED.sub(" ", prose)
    prose = prose[max(prose.rfind("”"), prose.rfind("»")) + 1:]
    opened = [at for at in (prose.find("“"), prose.find("«")) if at >= 0]
    return prose[:min(opened)] if opened else prose


def _named_at_length(known: str, title: str, same_author: bool) -> bool:
    """Whether ``title`` names at greater length the work known as ``known``: the same words with
    those ``known`` shortened written in full (``Der Streik als politisches Kampfmittel`` for a work
    known as ``Der Streik als pol. Kampfmittel``), or, by the same author, words around all of those
    of a ``known`` title of two words or more (``Le Grand Voyage du Pays des Lacs`` for ``Voyage des
    Lacs``), or, with no author named, one word more around all of those of a ``known`` title of three
    words or more (``Annual Reports of the Colonial Land Board`` for ``Reports of the Colonial Land
    Board``)."""
    words, known_words = title_key(title), title_key(known)
    if len(words) == len(known_words) and title_shortens(title, known):
        return True
    least = 2 if same_author else 3
    longest = len(words) if same_author else len(known_words) + 1
    return least <= len(known_words) < len(words) <= longest and title_holds_in_order(title, known)


#: The fields of a cite of only a name (``Birch.``): a short form only for a work of that author's cited before.
_NAME_ONLY_FIELDS = frozenset({"author", "type", "language"})
#: The fields of a cite read as a title and a volume alone (``Carr, vol. 3, p. 90``: a full cite only by its volume).
_TITLE_AND_VOLUME_FIELDS = frozenset({"title", "volume", "type", "language"})
#: The fields of an author-date cite that names nothing but its authors and year (:meth:`_DocumentLinker.dated_work`).
_NAMES_AND_YEAR_FIELDS = _NAME_ONLY_FIELDS | {"issued", "year-suffix"}


#: :func:`author_fit` of a work whose authors are exactly the cite's.
BEST_FIT = 3


def given_names_clash(cite: Record, work: Record) -> bool:
    """Whether a person ``cite`` names with a given name spelled out (three letters or more) shares a family name
    with an author or editor of ``work`` whose given name is another word spelled out (``Dion Cassius`` and
    ``Avidius Cassius``; not ``J. Adams`` and ``John Adams``, nor ``Karl`` and ``Karl Heinrich``)."""
    for person in cite.get("author") or []:
        given = _fold_given(person.get("given"))
        family = families({"author": [person]})
        if not given or not family:
            continue
        for other in (work.get("author") or []) + (work.get("editor") or []):
            theirs = _fold_given(other.get("given"))
            if theirs and families({"author": [other]}) == family and not (theirs.startswith(given) or given.startswith(theirs)):
                return True
    return False


def _fold_given(given: object) -> str:
    """The folded first word of a given name spelled out (three letters or more, no period); "" otherwise."""
    words = str(given or "").split()
    return fold(words[0]) if words and len(words[0]) >= 3 and not words[0].endswith(".") else ""


def author_fit(authors: list[str], work: Record) -> int:
    """How well the folded family names ``authors`` of an author-only cite fit ``work``'s authors and
    editors (alike: :data:`SAME_AUTHOR`): 3 when it has them all and no further authors, 2 when it
    has them all, 1 when it has some, 0 when none."""
    names = families(work, CITE_NAMES)
    held = sum(1 for author in authors if (name_similarity([author], names) or 0.0) >= SAME_AUTHOR)
    if not held:
        return 0
    if held < len(authors):
        return 1
    return BEST_FIT if len(families(work)) <= len(authors) else 2


def _sole_family(record: Record) -> str:
    """The family name of the record's one author as written; "" when it names none or several."""
    names = record.get("author") or []
    return str(names[0].get("family") or "") if len(names) == 1 else ""


def _cut_name(cite: NoteCite) -> str | None:
    """The cite's one author family name, folded, when the cite writes it cut short with a period
    (``Herod. i. 17``, four letters or more); else None."""
    family = _sole_family(cite.record)
    return ascii_fold(family) if len(family) >= 4 and f"{family}." in cite.text else None


def pinpoint_value(locator: dict[str, str]) -> str | None:
    """A citation's locator value: the pinpoint's value, after the volume it names when it names
    one (``vol. 2, p. 45`` → ``2:45``, the multi-volume form): the volume is part of the pinpoint."""
    value = locator.get("value")
    volume = locator.get("volume")
    return f"{volume}:{value}" if volume and value else value


def _inherit_pinpoint(cite: NoteCite, work_id: str, citations: list[Citation]) -> NoteCite:
    """A bare ``Ibid.`` (no pinpoint, no names, no title) cites the page the citation before it
    cited, when that citation is of the same work; an idem with its author's name (``Birch, idem.``,
    not an op. cit.) the page the latest citation of that work cited."""
    record = cite.record
    if cite.kind != "ibid" or cite.locator or not citations or _names_a_work(record):
        return cite
    named = _names_someone(record)
    if named and not _ends_on_same_place(cite.text):
        return cite  # "Weill, a. a. O.": the work, no page
    last = next((c for c in reversed(citations) if c.record_id == work_id), None) if named else citations[-1]
    if last is None or last.record_id != work_id or not last.locator:
        return cite
    locator = {"label": last.label, "value": last.locator, "raw": last.locator}
    return NoteCite(**{**cite.__dict__, "locator": locator})


def _completes_the_cite_before(cite: NoteCite, work_id: str, citations: list[Citation]) -> bool:
    """Whether an op. cit. that names nothing itself (``a. a. O.``, ``op. cit.``) only completes the
    citation just before it in the same note (``Rdsch. Soz. Mh., a. a. O.``: the periodical named, as
    cited before): nothing stands between them, both are of ``work_id``, and that citation has no
    pinpoint of its own."""
    if cite.kind != "ibid" or cite.prefix.strip(" ,;") or not citations or not _OP_CIT.match(cite.text) \
            or _names_someone(cite.record) or _names_a_work(cite.record):
        return False
    last = citations[-1]
    return last.note == cite.note and last.record_id == work_id and not last.locator


#: ``loc. cit.`` ending a cite: "the place cited", the very page cited before (unlike ``op. cit.``, the work).
_LOC_CIT_END = re.compile(r"\bloc\.?\s*cit\b\W*$", re.I)


def _ends_on_same_place(text: str) -> bool:
    """Whether a cite's text ends on a word that says "the same place" (``Birch, idem.``,
    ``Fichard ibid.``; :func:`_says_same_place`) or on ``loc. cit.`` (``Schapiro, loc. cit.``), not on an
    op. cit."""
    words = text.split()
    return bool(words) and (_says_same_place(words[-1]) or fold(words[-1].rstrip(".")) == "idem"
                            or bool(_LOC_CIT_END.search(text)))


def relation_named(prose: str) -> str | None:
    """The relation (``quoted-in``, ``cited-in``, ``reprinted-in``, ``translated-in``) that prose
    between two cites names, or None; the last phrase in the prose wins."""
    if not may_hold(prose, _RELATION_WORDS):
        return None  # (most prose between cites names none: the case-insensitive patterns are spared it)
    found = [(match.start(), name) for name, pattern in RELATIONS for match in pattern.finditer(prose)]
    return max(found)[1] if found else None


def _without_title(cite: NoteCite) -> NoteCite:
    """A short form adds names and the like to its work, but its title only as title-short."""
    record = dict(cite.record)
    short = record.pop("title", None)
    record.pop("type", None)
    if short:
        record["title-short"] = short
    return NoteCite(**{**cite.__dict__, "record": record})


def _authors_fit(authors: list[str], names: list[str]) -> bool:
    """Whether a cite naming ``authors`` (folded family names) may name a work by ``names``: one of them, for one
    author; for several, all of them, or at least the first as the work's first ("Bailey and Tolnay, Lynched" is no
    work of Beck and Tolnay's; "Silagi, Krall, and Siegel" may name one whose second author was lost)."""
    if len(authors) == 1:
        return (name_similarity(authors, names) or 0.0) >= SAME_AUTHOR
    return (names_held(authors, names) or 0.0) >= SAME_AUTHOR or (name_similarity(authors[:1], names[:1]) or 0.0) >= SAME_AUTHOR
