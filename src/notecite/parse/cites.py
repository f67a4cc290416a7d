"""Assemble tagged tokens into :class:`Cite` s, after the exact rules of :mod:`notecite.parse.rules`.

Field runs (see :func:`notecite.parse.labels.tag_spans`) are grouped into cites; a group without
an anchor field (title, container title, ibid, identifiers, publisher) or that reads as a sentence
(:func:`looks_like_prose`) is dropped, its tokens staying prose, but a group of only a pinpoint becomes
the pinpoint of a lone name just before it or of the cite before it that has none. A new cite starts where prose
words or a ``;`` separate two fields (unless the prose says the work was published and an
imprint follows, or is only an ``etc.`` before the imprint or pinpoint, or an edition's word before its
year in brackets), where a field label repeats within the current cite (not a genre named twice), where a non-locator field
follows a locator, at an ibid marker after other fields, or where a title, container or note run goes
on past the full stop of a pinpoint into the next sentence.
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from ..normalize.lexicon import WORDS
from ..normalize.pages import AT_WORDS
from ..normalize.reprints import ORIGINAL_WORDS
from ..normalize.titles import VOLUME_IN_TITLE
from ..textscan import NeedingWords
from .dictionaries import fold, load
from .labels import bracket_depths, tag_spans, trim
from .model import Cite, Token
from .rules.locators import ABBREVIATED_BOOK_PART, CONGRESS_SESSION, VOLUME_COLON_PAGE, YEAR
from .rules.titles import _title_cased
from .rules.words import (referenced_note, BRACKETED_YEAR, BY_WORDS, EDITION_WORDS, HENCEFORTH_WORDS, IMPRINT_LABELS, IN_WORDS, OPENING_QUOTES, POSSESSIVE_END, ROMAN_NUMERAL,
                          GENERIC_WORKS, RANK_WORD, SAME_AUTHOR_WORDS, THEIR_WORDS, THEIR_WORDS_BEFORE_CAPITALISED_TITLES, ends_a_sentence, glued_hyphen, writing_verb)

#: Fields whose presence makes a cite a full reference.
FULL_FIELDS = frozenset("location publisher date container-title volume issue pages edition editor "
                        "translator collection-title url doi isbn genre".split())

#: Fields a cite needs at least one of (otherwise its tokens are prose).
ANCHOR_FIELDS = frozenset("title container-title ibid url doi isbn publisher".split())

#: Prose words that introduce a cite without making it a mention in running text.
INTRO_WORDS = frozenset("see also cf compare and or e g eg inter alia for example especially vgl voir cfr "
                        "quoted cited in reprinted translated the best account is esp voyez aussi siehe auch ferner "
                        "véase vease también vedi d après".split())

_PAGE_WORDS = re.compile(r"^(?:pp?\.|pages?|S\.|Seiten?|at)\s*", re.IGNORECASE)


_SUFFIX_LEAD = re.compile(r"^\W*(quoted|qtd|cited|reprinted|repr|rpt|translated|reproduced|discussed|excerpted)\b",
                          re.IGNORECASE)

_IMPRINT_CUE = re.compile(r"\b(?:published|publi[ée]e?s?|printed|issued|reprinted|erschienen|pubblicat[oa]|publicad[oa]|"
                          r"brought out)\b", re.I)


def _imprint_after_prose(text: str, tokens: Sequence[Token], gap: range, labels: list[str], label: str) -> bool:
    """``“Theses…” published in … as a pamphlet by Critique (Glasgow, 1977)``: a publisher or place
    after prose that says the work was published belongs to the titled cite before it."""
    if label not in ("publisher", "location") or not gap or any(tokens[i].text == ";" for i in gap):
        return False
    if not {"title", "container-title"} & set(labels) or {"publisher", "location", "date"} & set(labels):
        return False
    return bool(_IMPRINT_CUE.search(text, tokens[gap[0]].start, tokens[gap[-1]].end))


#: One word that joins two fields of one cite: ``in`` before a container or its editor (``par`` before an editor:
#: ``…, des notes, par James Guillaume``), ``on`` before a
#: date (``du``, ``del``, ``vom`` before a paper's day: ``La Fronde du 8 septembre 1900``), ``by`` before an author, ``at`` before the pinpoint within an article's pages (``pp. 130-57, at p. 140``),
#: ``esp.`` before the pinpoint within the work (``(London, 1967), esp. ch. 4``).
_IN = frozenset({"in", "dans", "im", "en"})
_JOINING_WORD = {"container-title": _IN | {"apud"}, "editor": _IN | {"par", "von", "por"},
                 "date": frozenset({"on", "for", "du", "del", "della", "dello", "vom"}),
                 "author": frozenset({"by", "por", "par", "von", "di"}), "locator": frozenset({"at", "esp", "especially"}),
                 "title": frozenset({"entitled", "titled", "intitled"})}


def _joined_by_one_word(tokens: Sequence[Token], gap: range, label: str) -> bool:
    """``"Council Communism," in Non-Market Socialism``, ``Das Frauenstudium in Amerika, in Kirchhoff, Die
    akademische Frau``, ``in Pravda on 23 February 1934``, ``Andreu Nin, por Francesc Bonamusa``: an ``in``
    before a container or its editor (``apud`` before the source preserving a lost work: ``Olympiodor, apud
    Phot.``), an ``on`` before a date, a ``by`` before an author or an ``entitled`` before
    a title (``by Robert Fortenbaugh entitled The Nine Capitols``) does not start a new cite; nor does ``in the``
    before a container (``by Steiner in the American Historical Review``) or ``by`` and a title of address before an
    author (``by Dr. Steiner``, after the title's ``etc.`` too); nor does ``author of`` before a title (``Ante Ciliga, author of The Russian Enigma``)."""
    words = [tokens[i].text.lower() for i in gap if tokens[i].text[:1].isalnum()]
    if label == "author" and len(words) >= 2 and words[0] in _ETC:
        words = words[1:]  # "Sadducismus triumphans … Witches etc. by Dr. Henry More": the title's "and so on"
    if len(words) == 2 and (label == "container-title" and words[1] == "the"
                            or label == "author" and words[1] in _TITLES_OF_ADDRESS):
        words = words[:1]
    if words == ["for"] and (gap.stop >= len(tokens) or fold(tokens[gap.stop].text) not in load("months")):
        return False  # "for" joins an issue's month ("The American Museum for June, 1787"), not a year
    if any(tokens[i].text == ";" for i in gap):
        return False
    if label == "title" and words[-2:] == ["author", "of"] and len(words) <= 4:
        return True  # "Ante Ciliga, author of The Russian Enigma (1940)": the person's work
    return len(words) == 1 and words[0] in _JOINING_WORD.get(label, ())


#: Titles of address between ``by`` and an author's name (``by Dr. Steiner``, ``by Professor Farrand``).
_TITLES_OF_ADDRESS = frozenset({"dr", "mr", "mrs", "prof", "professor", "rev", "mme", "herr", "frau"})


#: "And so on" after a title (``Popular Political Economy, etc. London, 1827``), in the notes' languages,
#: written without its periods and spaces (``u. s. w.`` is ``usw``).
_ETC = frozenset({"etc", "&c", "usw", "usf", "ecc", "etcetera"})


#: The fields an ``etc.`` inside a cite comes before: its imprint and pinpoint.
_AFTER_ETC = frozenset({"location", "publisher", "date", "locator", "pages", "volume", "edition"})


def _imprint_bracket_after_the_pinpoint(tokens: Sequence[Token], gap: range, labels: list[str], label: str) -> bool:
    """``Labor and Administration, Chapter XIV (Macmillan, 1913)``: a bracket opening right after the pinpoint of a
    titled cite that has no imprint yet holds that cite's imprint; it does not start a new cite. So does one holding
    its address (``…, Document 138 (https://history.state.gov/…)``), and one the imprint's first run opens
    (``Capital, Vol. I, p. 715 (Kerr & Co., Chicago, 1906)``)."""
    between = [tokens[i].text for i in gap]
    opened = between == ["("] or not between and gap.stop < len(tokens) and tokens[gap.stop].text == "("
    if not opened or "title" not in labels:
        return False
    return label in IMPRINT_LABELS and IMPRINT_LABELS.isdisjoint(labels) or label == "url" and "url" not in labels


def _only_etc(tokens: Sequence[Token], gap: range, label: str) -> bool:
    """``Popular Political Economy, etc. London, 1827, p. 178``, ``Dissert. sur la Nature des Richesses,”
    etc., p. 395``: an ``etc.`` (``&c.``, ``usw.``, ``u. s. w.``) between a field and the imprint or
    pinpoint after it shortens the title before it; it does not start a new cite; nor do ``etc., in`` before the
    container the title was printed in."""
    words = "".join(tokens[i].text for i in gap if tokens[i].text[:1].isalnum() or tokens[i].text == "&").lower()
    if label == "container-title" and words[-2:] == "in" and words[:-2] in _ETC:
        return not any(tokens[i].text == ";" for i in gap)  # "Queries Respecting Slavery, etc., in Mass. Hist. Soc. Coll."
    if label not in _AFTER_ETC:
        return False
    return words in _ETC and not any(tokens[i].text == ";" for i in gap)


#: The words naming a periodical's series between its title and its volume (``Neue Folge``, ``N. F.``, ``new series``,
#: ``2d ser.``), folded.
_SERIES_GAP_WORDS = frozenset("neue folge n f new series ser s nouvelle série old first second third fourth 2d 3d 2nd 3rd "
                              "4th 5th".split())


def _series_before_the_volume(tokens: Sequence[Token], gap: range, label: str) -> bool:
    """``Schmollers Jahrbuch … Volkswirtschaft. Neue Folge. Bd, XXIII, Heft IV, S. 1401``: the series of a periodical
    named between its title and its volume, issue or pinpoint belongs to the cite; it does not start a new one."""
    if label not in ("volume", "issue", "locator", "pages"):
        return False
    words = [tokens[i].text.lower() for i in gap if tokens[i].text[:1].isalnum()]
    return bool(words) and all(w in _SERIES_GAP_WORDS for w in words) and any(w in ("folge", "series", "ser", "série")
                                                                                 for w in words)


def _edition_year(tokens: Sequence[Token], gap: range, label: str) -> bool:
    """``House Journal (repr. 1826), 9 Cong.``, ``Acts and Laws of Connecticut (ed. 1784), pp. 368``: an
    edition's or reprint's word opening a bracket before its year belongs to the cite; it does not start a
    new one."""
    if label != "date" or not gap or tokens[gap[0]].text not in ("(", "["):
        return False
    words = [tokens[i].text.lower() for i in gap if tokens[i].text[:1].isalnum()]
    return bool(words) and words[0] in EDITION_WORDS and all(w in EDITION_WORDS or w == "of" for w in words) \
        and not any(tokens[i].text == ";" for i in gap)


_BRACKETED_YEAR = re.compile(BRACKETED_YEAR)


def _imprint_date_after_a_first_date(text: str, tokens: Sequence[Token], group: list[tuple[int, int, str]],
                                     label: str) -> bool:
    """``Adorno, "Resignation" (1969), in Critical Models (New York: Columbia University Press, 1998)``, ``Engels to
    Bernstein, 3 March 1883, in Selected Correspondence (Moscow, 1955), 434``: the imprint's date after the work's
    first date (a lone year in brackets right after the title, or any date with the container after it; a place or
    publisher between them) is the same cite's second date, not a new cite's; so is the imprint's date after an
    author-date year in brackets (``B Lewis (1985) ‘Tommy James” Yorkshire Arts Circus (1985) p18``: a title and a
    place or publisher between them, no container whose own date it could be); so is the date of the periodical issue
    printing a dated item, after ``in``, the periodical's name and its volume or issue, if any; and the issue's date
    after a year in brackets opening a cite of no author, its title and its periodical."""
    if label != "date":
        return False
    dates = [k for k, run in enumerate(group) if run[2] == "date"]
    if dates == [0] and [run[2] for run in group[1:]] == ["title", "container-title"] \
            and _BRACKETED_YEAR.fullmatch(text, tokens[group[0][0]].start, tokens[group[0][1] - 1].end):
        return True  # "(1838) ‘Departure of Missionaries’, Evangelical Magazine … for September 1838": the day
    if len(dates) != 1 or not dates[0] or group[dates[0] - 1][2] not in ("title", "author", "editor"):
        return False
    first, last, _ = group[dates[0]]
    after = [run[2] for run in group[dates[0] + 1:]]
    if group[dates[0] - 1][2] != "title":  # author-date: "B Lewis (1985) ‘Tommy James” Yorkshire Arts Circus (1985)"
        return bool(_BRACKETED_YEAR.fullmatch(text, tokens[first].start, tokens[last - 1].end)) and "title" in after \
            and "container-title" not in after and any(label in ("location", "publisher") for label in after)
    if (bool(_BRACKETED_YEAR.fullmatch(text, tokens[first].start, tokens[last - 1].end)) or "container-title" in after) \
            and any(label in ("location", "publisher") for label in after):
        return True
    # "Sedova to the Executive Committee, May 9, 1951, in Fourth International 12 (1951): 95", "Trotsky to Cannon,
    # 12 May 1938, in Socialist Appeal, June 4, 1938, 3": the issue of the periodical printing the item
    container = next((run for run in group[dates[0] + 1:] if run[2] == "container-title"), None)
    return container is not None and container[0] > 0 and tokens[container[0] - 1].text.lower() in IN_WORDS \
        and set(after) <= {"container-title", "volume", "issue"}


def _year_naming_an_op_cit(tokens: Sequence[Token], ibid: tuple[int, int, str], first: int) -> bool:
    """``Serge, op. cit. (1972), 20``: a year in brackets right after an op. cit. (or loc. cit.) names which of the
    author's works it means, in the same cite (an ibid's date is another issue's: ``Ibid., June 3, 1918``)."""
    return tokens[ibid[0]].text.lower() in ("op", "loc") and first == ibid[1] and tokens[first].text == "(" \
        and first + 2 < len(tokens) and YEAR.fullmatch(tokens[first + 1].text) is not None and tokens[first + 2].text == ")"


def _after_a_possessive(tokens: Sequence[Token], gap: range, previous: str, label: str) -> bool:
    """``Sheila Fitzpatrick's superb The Russian Revolution``, ``Rick Moss's useful, “Public Diplomacy…”``:
    lower-case words (and commas, and hyphens inside a word: ``seven-volume``) between a name ending in a
    possessive and a title do not start a new cite."""
    if previous not in ("author", "editor") or label != "title" or not gap:
        return False
    name_end = "".join(t.text for t in tokens[max(gap[0] - 2, 0):gap[0]])
    if len(gap) == 1 and tokens[gap[0]].text[:1].isupper() and fold(tokens[gap[0]].text) in GENERIC_WORKS \
            and name_end.endswith("s") and name_end[-2:-1].isalpha():
        return True  # "nach Huffschmids Aufsatz »Zur Criminalstatistik …«": a German genitive and a noun for a work
    return bool(POSSESSIVE_END.search(name_end)) and \
        all(tokens[i].text.isalpha() and tokens[i].text.islower() or tokens[i].text == "," or glued_hyphen(tokens, i)
            for i in gap)



def _in_the_same_authors_book(tokens: Sequence[Token], gap: range, previous: str, label: str) -> bool:
    """``'The labour aristocracy…', in idem, Labouring men (London, 1964)``, ``"The Peculiarities of the English," in
    his The Poverty of Theory``: ``in``, a word for the same author (and its comma) or a possessive determiner between
    a title and a container title are no cite break: the piece is in its author's book."""
    words = [tokens[i].text.lower() for i in gap if tokens[i].text not in (",", ".", "”", "’", "'", "\"")]
    return previous == "title" and label == "container-title" and len(words) == 2 and words[0] in IN_WORDS \
        and (fold(words[1]) in SAME_AUTHOR_WORDS or words[1] in THEIR_WORDS_BEFORE_CAPITALISED_TITLES)


def _in_their_work(tokens: Sequence[Token], gap: range, previous: tuple[int, int, str], label: str) -> bool:
    """``M. Story dans ses Commentaires``, ``Trotsky in his History``: ``in`` and a possessive determiner
    between an author and a title do not start a new cite, nor does ``in`` alone after an author that ``by``
    opens (``argued by Paul Le Blanc in Lenin and the Revolutionary Party``), nor a writer's verb, ``in`` and
    ``his`` (``Dupont says in his Histoire du Cotentin``), nor a few words of a sentence
    ending on ``in`` before a quoted title (``Patricia Hills analyzes Evergood’s submission in “…”``), nor a
    writer's verb and ``in`` (``As Trotsky put it in The Revolution Betrayed``)."""
    words = [tokens[i].text.lower() for i in gap]
    if previous[2] != "author" or label != "title" or not words:
        return False
    if 3 <= len(words) <= 8 and words[-1] in IN_WORDS and gap.stop < len(tokens) \
            and tokens[gap.stop].text in OPENING_QUOTES and tokens[gap.start].text.islower() \
            and all(w.replace("’", "").replace("'", "").isalpha() for w in words):
        return True  # "Patricia Hills analyzes Evergood’s submission in “…”": a sentence on the writer's work
    if 2 <= len(words) <= 3 and words[-1] in IN_WORDS and writing_verb(tokens[gap.start].text):
        return True  # "As Trotsky put it in The Revolution Betrayed": the writer's verb, then the work
    texts = [tokens[i].text for i in gap]
    if len(texts) >= 3 and texts[0] == texts[-1] == "," and RANK_WORD.fullmatch(texts[1]) \
            and all(t[:1].isalpha() or t in ".-" for t in texts[1:-1]):
        return True  # "Joannès, Major de Québec, Mémoire sur la Campagne de 1759": the writer's rank between commas
    if len(words) == 3 and words[1] in IN_WORDS and words[2] in THEIR_WORDS_BEFORE_CAPITALISED_TITLES \
            and writing_verb(tokens[gap.start].text):
        return True  # "Dupont says in his Histoire du Cotentin": the writer's verb, then his work
    if len(words) > 2 or words[0] not in IN_WORDS:
        return False
    if len(words) == 1:
        return previous[0] > 0 and tokens[previous[0] - 1].text.lower() in _JOINING_WORD["author"]
    return words[1] in THEIR_WORDS


#: Particles inside an editor's name (``G. von Mayrs``, ``G.v. Schönbergs``).
_NAME_PARTICLES = frozenset({"von", "v", "van", "de", "der", "zu", "du", "le", "la"})


#: Articles between ``in`` and a container (``in der Revue politique``), or between a volume and the
#: work it is a volume of (``3. Bd. des Handwörterbuchs``).
_ARTICLES_BEFORE_A_CONTAINER = frozenset({"der", "die", "das", "dem", "den", "des", "the", "la", "le", "les", "el",
                                          "il", "lo"})
_GENITIVE_JOINERS = frozenset({"des", "der", "of"})


def _periodical_after_its_articles_author(tokens: Sequence[Token], gap: range, labels: list[str], label: str) -> bool:
    """``The State in Russia--Old and New, by Leon Trotzky; The Class Struggle, Vol. II``: a ``;`` (or ``,``) between the
    author named after an article's title and the periodical's name does not start a new cite."""
    return label == "container-title" and labels[-2:] == ["title", "author"] \
        and [tokens[i].text for i in gap] in ([";"], [","], [",", "in"], [";", "in"])


def _in_an_editors_periodical(tokens: Sequence[Token], gap: range, previous: str, label: str) -> bool:
    """``Die Hausindustrie in Deutschland. In Brauns Archiv für soziale Gesetzgebung``, ``…, in G. von Mayrs
    Allgemeinem statistischen Archiv``: ``in``, then an editor's name in the genitive or possessive (its last word
    capitalised and ending on ``s``, initials and particles before it) between a title and its container do
    not start a new cite: the periodical or handbook that editor made. Nor do ``in`` and an article
    (``… aux États-Unis in der Revue politique``), nor an article in the genitive between a volume and its
    work (``3. Bd. des Handwörterbuchs der Staatswissenschaften``)."""
    texts = [tokens[i].text for i in gap]
    while texts and texts[0] in (",", ".", "("):
        texts = texts[1:]  # the stop after the title, left out of its run, or a bracket opening on "in"
    if label != "container-title":
        return False
    if previous == "volume":
        return len(texts) == 1 and texts[0].lower() in _GENITIVE_JOINERS
    if previous != "title" or not 2 <= len(texts) <= 7 or texts[0].lower() not in IN_WORDS:
        return False
    if len(texts) == 2 and texts[1].lower() in _ARTICLES_BEFORE_A_CONTAINER:
        return True
    last = texts[-1]
    if not (last[:1].isupper() and (last.endswith("s") and last[:-1].isalpha() or POSSESSIVE_END.search(last))):
        return False
    return all(t == "." or t[:1].isupper() and t.replace(".", "").isalpha() or t.lower().rstrip(".") in _NAME_PARTICLES
               for t in texts[1:-1])


_REPRINT_GAP = re.compile(r"\s*;\s*(?:reprint(?:ed)?|repr|rpt|reissued?|nachdruck|réimpr|r[ée]{1,2}d|ristampa)\b\.?,?\s*$", re.I)


_ORIGINAL_GAP = re.compile(r";\s*" + ORIGINAL_WORDS + r"\W*$", re.I)


def _original_date_after_the_imprint(text: str, tokens: Sequence[Token], previous_end: int, first: int,
                                     group: list[tuple[int, int, str]], label: str) -> bool:
    """``(London: Pluto Press, 1974; orig. pub. 1948), 150–53``: a year after the imprint's date, a ``;`` and words
    saying the work was first published then, is the same cite's original date, not a new cite's."""
    if label != "date" or not any(run[2] == "date" for run in group) or not previous_end:
        return False
    return bool(_ORIGINAL_GAP.search(text, tokens[previous_end - 1].start, tokens[first].start))


def _words_in_an_imprint_bracket(tokens: Sequence[Token], gap: range, label: str) -> bool:
    """``System of Logic (Booth's translation, 1863), pp. 42–7``: words after a bracket that opens the gap,
    up to a comma that ends it before an imprint field or edition (no ``;`` and no closing bracket
    between), are a comment of the imprint: they do not start a new cite."""
    if label not in IMPRINT_LABELS and label != "edition" or len(gap) < 3:
        return False
    texts = [tokens[i].text for i in gap]
    return texts[0] in ("(", "[") and texts[-1] == "," and not {";", ")", "]", "(", "["} & set(texts[1:])


def _role_after_a_name(tokens: Sequence[Token], gap: range, previous: str, label: str) -> bool:
    """``Emancipation (Booth's translation, 1863)``: role words only (``translation``, ``ed.``) between a
    translator's or editor's name and the imprint or edition after it name that contributor's part:
    they do not start a new cite."""
    if previous not in ("translator", "editor") or label not in IMPRINT_LABELS and label != "edition":
        return False
    words = [fold(tokens[i].text) for i in gap if tokens[i].text[:1].isalnum()]
    roles = load("role_words")
    return bool(words) and all(w in roles for w in words) and not any(tokens[i].text == ";" for i in gap)


def _reprint_imprint(text: str, tokens: Sequence[Token], gap: range, group: list[tuple[int, int, str]], label: str) -> bool:
    """``(London: Gollancz, 1963; reprint Harmondsworth: Penguin, 1980)``: the reprint's imprint
    after ``; reprint`` belongs to the cite (its runs so far: ``group``) whose first imprint it follows."""
    if not gap or label not in IMPRINT_LABELS or not any(r[2] in IMPRINT_LABELS for r in group):
        return False
    return bool(_REPRINT_GAP.match(text, tokens[gap[0]].start, tokens[gap[-1]].end))


def _after_a_closing_full_stop(tokens: Sequence[Token], first: int) -> bool:
    """Whether token ``first`` follows a full stop that closes a number or a bracket (a cite
    ending on its year or pinpoint: ``1798.``, ``314.``, ``1914).``) or a count of volumes (``en 60 vol.``,
    ``2 vols.``)."""
    return first >= 3 and tokens[first - 1].text == "." and (
        tokens[first - 2].text[-1:].isdigit() or tokens[first - 2].text in (")", "]")
        or tokens[first - 2].text.lower() in _VOLUMES_COUNTED and tokens[first - 3].text.isdigit())


#: The word of a count of volumes closing a cite (``2 vols.``, ``en 60 vol.``, ``3 Bde.``).
_VOLUMES_COUNTED = frozenset({"vol", "vols", "bde", "tomes"})


def _name_after_a_title(tokens: Sequence[Token], runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``Eastburn, Faithful Narrative. Entick, I. 471``: a title run whose last words, after the full stop ending a
    whole word (:func:`_after_a_title_ending_a_sentence`), are one capitalised name and a comma right before a
    pinpoint run ends at that stop; the name is the author of the next cite."""
    out = []
    for at, (first, last, label) in enumerate(runs):
        name = last - 2  # the name, then its comma
        if label == "title" and name - first >= 3 and at + 1 < len(runs) and runs[at + 1][2] == "locator" \
                and runs[at + 1][0] == last and tokens[last - 1].text == "," and tokens[name].text[:1].isupper() \
                and tokens[name].text.isalpha() and _after_a_title_ending_a_sentence(tokens, name):
            out += [(first, name - 1, label), (name, last, "author")]
        else:
            out.append((first, last, label))
    return out


def _after_a_title_ending_a_sentence(tokens: Sequence[Token], first: int) -> bool:
    """Whether token ``first`` follows a full stop after a word of six letters or more, capitalised or not but not
    in capitals (``…in North America. Entick``): a whole word, not one cut short (``Col. Docs.``, ``Hist. Parl.``)."""
    if first < 2 or tokens[first - 1].text != "." or tokens[first - 1].start != tokens[first - 2].end:
        return False
    word = tokens[first - 2].text
    return len(word) >= 6 and word.isalpha() and word[1:].islower()


#: Labels of the names an author-date reference opens on before its year (``Smith, John. 1990. Title``).
_NAMES_BEFORE_A_YEAR = frozenset({"author", "editor", "translator"})


def _title_after_a_closing_date(tokens: Sequence[Token], first: int, labels: list[str]) -> bool:
    """``Minutes of a Council, April 14, 1755. Instructions to the General, 25 Nov. 1754.``: a title run right
    after the full stop closing a date that ends the cite so far (:func:`_after_a_closing_full_stop`) opens the
    next cite, unless the date follows a name (``Smith, John. 1990. A Title``: author-date, the year is the cite's)."""
    return labels[-1] == "date" and (len(labels) < 2 or labels[-2] not in _NAMES_BEFORE_A_YEAR) \
        and _after_a_closing_full_stop(tokens, first)


#: A number closing a sentence before a capital (``318. Letters``): no run goes on past a pinpoint without one.
_NUMBER_ENDING_A_SENTENCE = re.compile(r"\d\.\s+[^\W\d_]")
#: Labels of runs in which the tagger may carry one cite's words on into the next sentence's cite.
_RUN_ON_LABELS = frozenset({"title", "container-title", "note"})


def _split_after_pinpoints(tokens: Sequence[Token], runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``…, in Hazard's Register, VIII. 318. Letters of Robert Stobo, …``: a title, container or note run
    that goes on past the full stop closing a page number after a comma or a volume (``, 318.``,
    ``VIII. 318.``) and before a capitalised word ends there; the next run, of the same label, opens
    after it (a new cite: the label repeats). A Roman volume and page after a comma there
    (``, VIII. 318``) are the first cite's pinpoint: a locator run of their own."""
    out = []
    for first, last, label in runs:
        if label in _RUN_ON_LABELS and last - first > 4:
            for k in range(first + 2, last - 1):
                if tokens[k].text == "." and tokens[k - 1].text.isdigit() and tokens[k - 2].text in (",", ".") \
                        and tokens[k + 1].text[:1].isupper() and len(tokens[k + 1].text) > 1:
                    volume = k - 3
                    if volume - 1 > first and tokens[k - 2].text == "." and ROMAN_NUMERAL.fullmatch(tokens[volume].text) \
                            and tokens[volume - 1].text == ",":
                        out += [(first, volume - 1, label), (volume, k, "locator")]
                    else:
                        out.append((first, k, label))
                    first = k + 1
        out.append((first, last, label))
    return out


def _ends_a_listed_title(tokens: Sequence[Token], k: int) -> bool:
    """Whether the full stop at token ``k`` (inside a run, not its first or last token) ends a sentence: it
    follows a word of three letters or more or a closing bracket and comes before a capitalised word that
    is no initial and no abbreviation (no full stop of its own right after it)."""
    before, after = tokens[k - 1].text, tokens[k + 1].text
    if not (len(after) > 1 and after.isalpha() and after[0].isupper()) or k + 2 < len(tokens) and tokens[k + 2].text == ".":
        return False
    return before in (")", "]") or len(before) >= 3 and before.isalpha()


def _title_cased_piece(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether tokens [first, last) are one capitalised word or a phrase in title case (:func:`_title_cased`)."""
    words = [t.text for t in tokens[first:last] if t.text[:1].isalpha()]
    return len(words) == 1 and words[0][:1].isupper() or _title_cased(words)


def _split_title_lists(tokens: Sequence[Token], runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``Correspondence of Shirley. Correspondence of Braddock (Public Record Office). Johnson Papers.``: a title
    or container run of three sentences or more (:func:`_ends_a_listed_title`), each in title case, is a list
    of works: it ends at each full stop, and the next run, of the same label, opens after it (a new cite: the
    label repeats); so is a run of two such sentences right before another title run (``Journal of Braddock's
    Expedition. Instructions to Governor Shirley.`` + ``Correspondence of Shirley. …``). A title and its subtitle (``Die Frauenfrage. Ihre geschichtliche Entwicklung``) and quoted
    sentences (``Hosti patriae honores detrahantur. Parricidae…``, in lower case) stay as read."""
    out = []
    for n_run, (first, last, label) in enumerate(runs):
        if label in _LISTED_LABELS and last - first > 4:
            stops = [k for k in range(first + 1, last - 1) if tokens[k].text == "." and _ends_a_listed_title(tokens, k)]
            bounds = [first - 1] + stops + [last]
            # two sentences ending on a full stop, right before another title run of the list: two titles of it
            listed = len(stops) >= 2 or len(stops) == 1 and tokens[last - 1].text == "." \
                and n_run + 1 < len(runs) and runs[n_run + 1][0] == last and runs[n_run + 1][2] == label
            if listed and all(_title_cased_piece(tokens, bounds[n] + 1, bounds[n + 1]) for n in range(len(stops) + 1)):
                out += [(bounds[n] + 1, bounds[n + 1], label) for n in range(len(stops))]
                first = stops[-1] + 1
        out.append((first, last, label))
    return out


def _split_lists_on_articles(tokens: Sequence[Token], runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each title run that is a list of titles opening on articles (:func:`_titles_listed_on_articles`) split into
    one run per title, of the same label (a new cite each: the label repeats)."""
    out = []
    for first, last, label in runs:
        if label == "title":
            out += [(a, b, label) for a, b in _titles_listed_on_articles(tokens, first, last)]
        else:
            out.append((first, last, label))
    return out


#: A capitalised article after a comma or ``and``, where a list of titles may go on (``…, The Prophet Unarmed and The …``).
_ARTICLE_AFTER_A_LIST_STOP = NeedingWords(re.compile(r"(?:,| and) (?:The|An?) [A-Z]"), (" The ", " A ", " An "))
#: The capitalised English articles each title of a list opens on (``The Prophet Armed, The Prophet Unarmed and …``).
_LIST_ARTICLES = frozenset({"The", "A", "An"})


def _titles_listed_on_articles(tokens: Sequence[Token], first: int, last: int) -> list[tuple[int, int]]:
    """``The Prophet Armed, The Prophet Unarmed and The Prophet Outcast``: a title run that opens on a capitalised
    article and goes on after a comma or ``and`` on another (title case prints a small word inside a title in lower
    case), the last after ``and``, is a list of titles, each of two words or more: the pieces, each with its comma,
    without the ``and``; else the whole run as one piece (``The Spanish Cockpit, An Eye-Witness Account``: a
    subtitle after a comma)."""
    if tokens[first].text not in _LIST_ARTICLES:
        return [(first, last)]
    starts = [k for k in range(first + 2, last - 1) if tokens[k].text in _LIST_ARTICLES
              and tokens[k - 1].text in (",", "and") and tokens[k + 1].text[:1].isupper()]
    if not starts or tokens[starts[-1] - 1].text != "and":
        return [(first, last)]
    pieces, start = [], first
    for k in starts:
        end = k - 1 if tokens[k - 1].text == "and" else k
        if end - start < 2:
            return [(first, last)]
        pieces.append((start, end))
        start = k
    return pieces + [(start, last)] if last - start >= 2 else [(first, last)]


#: Labels of the runs :func:`_split_title_lists` reads.
_LISTED_LABELS = frozenset({"title", "container-title"})


def _series_in_the_imprint(tokens: Sequence[Token], depths: list[int], group: list[tuple[int, int, str]],
                           gap: range) -> bool:
    """``(Washington, 1932; Senate Document No. 332, 71st Cong.), p. 40``: a ``;`` alone right after an
    imprint field, inside a bracket opened within the cite, goes on with the series or document the
    imprint names: the runs after it, up to the bracket's close, belong to that cite."""
    between = [tokens[i].text for i in gap] or [tokens[gap.start - 1].text]  # a ";" the field's run ends on
    if group[-1][2] not in IMPRINT_LABELS or between != [";"]:
        return False
    return depths[gap.start] > depths[group[0][0]]


#: Such a bracket in a note's text (the cheap check before the tokens are read).
_HENCEFORTH_BRACKET = re.compile(r"[(\[]\s*(?:" + "|".join(HENCEFORTH_WORDS) + r")\b", re.I)


def _henceforth_bracket(tokens: Sequence[Token], gap: range) -> bool:
    """``(Washington, 1861) (hereafter Message, 1861), p. 4``: whether the gap before a run holds a bracket
    opened by ``hereafter`` (``henceforth``, ``hereinafter``) that is still open at the run: the short form
    the cite's work goes by, a note of that cite, as is the pinpoint after the bracket."""
    texts = [tokens[i].text for i in gap]
    opened = next((k for k in range(len(texts) - 1) if texts[k] in ("(", "[") and texts[k + 1].lower() in HENCEFORTH_WORDS),
                  None)
    return opened is not None and not {")", "]", ";"} & set(texts[opened:])


def _still_in_the_bracket(depths: list[int] | None, bracket: int | None, first: int) -> bool:
    """Whether token ``first`` lies inside the bracket open at depth ``bracket`` (none when None)."""
    return depths is not None and bracket is not None and depths[first] >= bracket


def group_fields(text: str, tokens: Sequence[Token], tags: Sequence[str],
                 breaks: Mapping[int, bool] | None = None) -> list[list[tuple[int, int, str]]]:
    """Field runs (first token, last token + 1, label) grouped into one list per cite.

    ``breaks`` (character offset → True/False) then splits the cite holding the first run at or
    after each offset there (True) or joins the first cite starting there to the one before (False).
    """
    groups: list[list[tuple[int, int, str]]] = []
    previous_end = None
    reprint_from = 0  # the imprint of a reprint repeats labels of the cite's first imprint
    runs = tag_spans(tokens, tags)
    if _NUMBER_ENDING_A_SENTENCE.search(text):
        runs = _split_after_pinpoints(tokens, runs)
    if text.count(". ") >= 2:
        runs = _split_title_lists(tokens, runs)
        runs = _name_after_a_title(tokens, runs)
    if _ARTICLE_AFTER_A_LIST_STOP.search(text):
        runs = _split_lists_on_articles(tokens, runs)
    depths = bracket_depths(tokens) if "(" in text and (";" in text or _HENCEFORTH_BRACKET.search(text)) else None
    series = None  # the depth of the imprint bracket a series runs on in, after its ";", or of a "hereafter" bracket
    henceforth = False
    for at, run in enumerate(runs):
        first, last, label = run
        new = not groups
        if groups and series is None and depths is not None:
            henceforth = _henceforth_bracket(tokens, range(previous_end, first))
            if henceforth or _series_in_the_imprint(tokens, depths, groups[-1], range(previous_end, first)):
                series = depths[first]
        if _still_in_the_bracket(depths, series, first):
            if henceforth:
                run = (first, last, "note")  # the short form the work goes by
            elif label in ("title", "container-title"):
                run = (first, last, "collection-title")  # the series or document the imprint names
            groups[-1].append(run)
            previous_end = last
            continue
        series = None
        if groups:
            gap = range(previous_end, first)
            reprint = _reprint_imprint(text, tokens, gap, groups[-1], label)
            if reprint:
                reprint_from = len(groups[-1])
            labels = [r[2] for r in groups[-1][reprint_from:]] or [groups[-1][-1][2]]
            if any(tokens[i].text[0].isalnum() or tokens[i].text == ";" for i in gap) and \
                    not _imprint_after_prose(text, tokens, gap, labels, label) and \
                    not _joined_by_one_word(tokens, gap, label) and not _only_etc(tokens, gap, label) and \
                    not _edition_year(tokens, gap, label) and not _words_in_an_imprint_bracket(tokens, gap, label) and \
                    not _series_before_the_volume(tokens, gap, label) and \
                    not _role_after_a_name(tokens, gap, labels[-1], label) and \
                    not _after_a_possessive(tokens, gap, labels[-1], label) and \
                    not _in_their_work(tokens, gap, groups[-1][-1], label) and \
                    not _in_the_same_authors_book(tokens, gap, labels[-1], label) and \
                    not _in_an_editors_periodical(tokens, gap, labels[-1], label) and \
                    not _periodical_after_its_articles_author(tokens, gap, labels, label):
                new = True
            if label in labels and not (label == "locator" and labels[-1] == "locator") \
                    and not (label in ("note", "date") and labels[-1] == "url") and label != "genre" \
                    and not _imprint_date_after_a_first_date(text, tokens, groups[-1][reprint_from:], label):
                new = True  # (a note right after the URL is about it: "available at URL (accessed May 1, 2012)")
            if labels[-1] == "locator" and label != "locator" and not _imprint_bracket_after_the_pinpoint(tokens, gap, labels, label):
                new = True
            if tokens[previous_end - 1].text == ";":
                new = True  # a ";" ending a field ends the cite
            if label == "author" and "title" in labels and _after_a_closing_full_stop(tokens, first):
                new = True  # "…, May 14 and 16, 1798. Wilhelmus B. Bryan, A History…": the next cite's author
            if label == "author" and labels[-1] == "title" and _after_a_title_ending_a_sentence(tokens, first) \
                    and at + 1 < len(runs) and runs[at + 1][2] in ("locator", "title"):
                new = True  # "Review of Military Operations in North America. Entick, I. 145": a name and pinpoint
                # (or title: "Conduct of Major-General Shirley briefly stated. Eastburn, Faithful Narrative")
            if label == "container-title" and labels in (["title"], ["author", "title"]) \
                    and _after_a_title_ending_a_sentence(tokens, first) \
                    and tokens[groups[-1][0][0]].text not in OPENING_QUOTES and tokens[first].text.lower() not in _IN \
                    and at + 1 < len(runs) and runs[at + 1][2] == "date":
                new = True  # "Review of Military Operations in North America. Gentleman's Magazine, 1757, p. 73": two
                # (not "Variations thermométriques et criminalité. In Archives d'Anth. criminelle, 1887": its container)
            if label == "container-title" and labels[-1] == "date" and "title" in labels \
                    and [tokens[i].text for i in gap] == [":"]:
                new = True  # "Report of Hotham to Admiralty, April 7, 1847: Parliamentary Papers, …": the source printing it
            if label == "title" and labels[-1] == "container-title" and _after_a_title_ending_a_sentence(tokens, first):
                new = True  # "…in Boston Evening Post and Boston News Letter. Journal of Surgeon John Thomas": two
            if label == "title" and _title_after_a_closing_date(tokens, first, labels):
                new = True  # "…, April 14, 1755. Instructions to…": the next cite's title
            if labels[-1] == "ibid" and label not in ("locator", "title", "pages", "volume") \
                    and not (label == "note" and referenced_note(text[tokens[first].start:tokens[last - 1].end])) \
                    and not (label == "date" and _year_naming_an_op_cit(tokens, groups[-1][-1], first)):
                new = True
            if label == "ibid" and (set(labels) - {"author"} or ends_a_sentence(tokens, first - 1)):
                new = True  # "…, USSR, and Czechoslovakia. Ibid., 193–206": the names end a sentence of their own
            if reprint or _original_date_after_the_imprint(text, tokens, previous_end, first, groups[-1], label):
                new = False
        if new:
            groups.append([run])
            reprint_from = 0
        else:
            groups[-1].append(run)
        previous_end = last
    groups = _addresses_printed_apart(tokens, _imprints_printed_apart(tokens, groups))
    for offset, split in sorted((breaks or {}).items()):
        groups = _break_at(tokens, groups, offset, split)
    return groups


#: The labels of an imprint and what may follow it in a cite, and those that name who or where printed it.
_IMPRINT_AND_PAGES = IMPRINT_LABELS | {"locator", "pages"}
_PUBLISHER_OR_PLACE = IMPRINT_LABELS - {"date"}


def _imprints_printed_apart(tokens: Sequence[Token], groups: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    """``A Gramsci, Prison Notebooks, J Buttigieg tr, Vol 1, Notebook 1, §63, Columbia University Press, New York,
    2011, pp 172``; ``A serious proposal to the Ladies. By a Lover of her sex. London 1694``: a group of only an
    imprint (a publisher or place, perhaps its date and pages) after a cite with a title and no imprint is that
    cite's imprint, printed after its pinpoint or a sentence of its own, when a comma or full stop (no ``;``, no
    words running on into it: ``read out by Critique (Glasgow, 1977)``) comes right before it."""
    out: list[list[tuple[int, int, str]]] = []
    for group in groups:
        labels = {label for _, _, label in group}
        if out and labels <= _IMPRINT_AND_PAGES and labels & _PUBLISHER_OR_PLACE:
            before = {label for _, _, label in out[-1]}
            gap = range(out[-1][-1][1] - 1, group[0][0])  # the previous run's last token too: a ";" ending it
            if "title" in before and not before & (IMPRINT_LABELS | {"ibid", "container-title"}) \
                    and tokens[gap[-1]].text in (",", ".") and all(tokens[i].text != ";" for i in gap):
                out[-1] = out[-1] + group
                continue
        out.append(group)
    return out


#: What a group holding a web address alone may hold besides it: the access date and a note on it.
_ADDRESS_AND_ACCESS = frozenset({"url", "date", "note"})
#: The fields of a cite that name its work (a cite of only a date and a page names none).
_NAMING_A_WORK = frozenset({"title", "container-title", "author", "editor", "ibid"})
#: The marks that may stand between a cite and the address it can be read at (``p. 5: https://…``).
_ADDRESS_MARKS = frozenset({",", ".", ":"})


def _addresses_printed_apart(tokens: Sequence[Token], groups: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    """``The Great Strike (London, 1990), p. 5: https://archive.org/…``, ``'Letter', Chinese Repository, May 1836, p.
    12. https://…``: a group of only a web address (perhaps its access date and a note) right after a cite that names
    a work (a title, container, name or ibid) and has no address, only a comma, colon or full stop between them, is
    where that cite's work can be read, not a work of its own (an address after a ``;`` or after words is left alone:
    ``p. 5; https://…``, ``See also https://…``)."""
    out: list[list[tuple[int, int, str]]] = []
    for group in groups:
        labels = {label for _, _, label in group}
        before = {label for _, _, label in out[-1]} if out else set()
        if "url" in labels and labels <= _ADDRESS_AND_ACCESS and group[0][2] == "url" and "url" not in before \
                and before & _NAMING_A_WORK:
            between = [tokens[i].text for i in range(out[-1][-1][1], group[0][0])]
            if set(between) <= _ADDRESS_MARKS and (between or tokens[out[-1][-1][1] - 1].text in _ADDRESS_MARKS):
                out[-1] = out[-1] + group
                continue
        out.append(group)
    return out


def _break_at(tokens: Sequence[Token], groups: list[list[tuple[int, int, str]]], offset: int,
              split: bool) -> list[list[tuple[int, int, str]]]:
    """Split the group holding the first run that ends after ``offset`` before that run, or join
    the first group starting after ``offset`` to the group before it."""
    for g, group in enumerate(groups):
        for k, run in enumerate(group):
            if tokens[run[0]].end <= offset:
                continue
            if split and k:
                return groups[:g] + [group[:k], group[k:]] + groups[g + 1:]
            if not split and not k and g:
                return groups[:g - 1] + [groups[g - 1] + group] + groups[g + 1:]
            return groups
    return groups


def _title_by_author(fields: Sequence[tuple[str, str, int, int]]) -> bool:
    """Whether a title (not a sentence, :func:`_a_sentence`), a ``by`` word and an author follow one another in
    ``fields``: a short form never names its author after its title."""
    return any(a[0] == "title" and b[0] == "prose" and b[1].strip(" ,").lower() in BY_WORDS and c[0] == "author"
               and not _a_sentence(a[1]) for a, b, c in zip(fields, fields[1:], fields[2:]))


#: A word of letters (no digits, no underscore).
_LETTER_WORDS = re.compile(r"[^\W\d_]+")


def _kind(labels: set[str], before: str, after: str) -> str:
    """The cite's kind from its fields and the prose of its sentence around it: a title and pinpoint alone in
    brackets after prose (``never applied (Bolshevik Revolution, 1:103).``) are a short form, not a mention."""
    if "ibid" in labels:
        return "ibid"
    if labels & FULL_FIELDS or "author-after-title" in labels:
        return "full"  # an imprint, or a title naming its author after it (``History of Virginia, by William Stith``)
    if "author" in labels:
        return "short"
    if "locator" in labels and before.rstrip().endswith(("(", "[")) and after.lstrip().startswith((")", "]")):
        return "short"
    words_before = _LETTER_WORDS.findall(before.lower())
    words_after = _LETTER_WORDS.findall(after.lower())
    if any(w not in INTRO_WORDS for w in words_before) or words_after:
        return "mention"
    return "short"


_SENTENCE_STOP = re.compile(r"[.;]\s|[.;]$")


def _sentence_context(text: str, start: int, end: int, lower: int, upper: int) -> tuple[str, str]:
    """The prose of the cite's sentence before ``start`` and after ``end`` (within [lower, upper))."""
    before = text[lower:start]
    cut = max(before.rfind(". "), before.rfind("; "))
    if cut >= 0:
        before = before[cut + 2:]
    after = text[end:upper]
    stop = _SENTENCE_STOP.search(after)
    if stop:
        after = after[:stop.start()]
    return before, after


#: A preposition (``in``, ``In:``, ``im``, ``dans``, ``en``, ``nella``…) and a lower-case article
#: (``der``, ``la``…) before a container title: neither is part of its title.
_LEADING_IN = re.compile(
    r"(?:(?:in|In|IN|im|Im|dans|en|nella|nello|nel|negli|nelle|sur)(?::\s*|\s+))?"
    r"(?:(?:der|die|das|dem|den|des|la|le|les|el|los|las|il|lo|gli)\s+|l['’](?=\w))?(?=\S)")
_ENDS_ON_IN = re.compile(r"(?<!\w)(?:in|In|IN):?\s*$")


def _field_bounds(text: str, label: str, start: int, end: int) -> tuple[int, int]:
    """The trimmed span of a field; a container title also loses a leading preposition and article
    (``in``/``In:``, ``im``, ``dans la``, ``en la``, ``der``)."""
    s, e = trim(text, start, end, keep_inner_brackets=True)
    if label == "container-title":
        match = _LEADING_IN.match(text, s, e)
        if match and s < match.end() < e and not _ENDS_ON_IN.search(text, max(0, s - 6), s):  # "in In Defense of…"
            s, e = trim(text, match.end(), e, keep_inner_brackets=True)
    return s, e


def looks_like_prose(text: str, fields: list[tuple[str, str, int, int]]) -> bool:
    """Whether a cite is really a sentence: no author, ibid, locator or imprint, and a title of six
    or more words with a lower-case finite verb (``verbs`` dictionary) outside quotation marks; a title and its year
    alone are a book unless a verb other than a participle in ``-ing`` is among its words."""
    labels = {f[0] for f in fields}
    if labels & {"author", "ibid", "locator", "location", "publisher", "editor", "translator", "url", "doi"}:
        return False
    if [f[0] for f in fields] == ["title", "date"] and not any(fold(w) in load("verbs") for w in fields[0][1].split()
                                                             if w.islower() and not w.endswith("ing")):
        return False  # "Some philosophical considerations touching the being of witches and witchcraft. 1666.": a book
    return any(label == "title" and _a_sentence(value) for label, value, *_ in fields)


_QUOTATION = re.compile(r"[“‘«\"][^”’»\"]*[”’»\"]")


def _a_sentence(value: str) -> bool:
    """Whether a title reads as a sentence: six or more words with a lower-case finite verb
    (``verbs`` dictionary) outside quotation marks."""
    unquoted = _QUOTATION.sub(" ", value)
    words = _LETTER_WORDS.findall(unquoted)
    verbs = load("verbs")
    return len(words) >= 6 and any(fold(w) in verbs for w in words if w.islower())  # the lexicon is folded


_SENTENCE_END_AFTER = re.compile(r"[.?!][”’»\"]?\s+[(“«\"]?[^\W\d_]")


def _without_an_opening_sentence(text: str, fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """``Elle n'était composée que de 25 membres. Washington, Madisson, …``: a title that opens the cite,
    reads as a sentence and ends one (a full stop and the next sentence after it) is prose, not the
    title of the fields after it: it leaves the cite; unless those fields are a place and a year, its imprint."""
    if len(fields) < 2 or fields[0][0] != "title" or not _SENTENCE_END_AFTER.match(text, fields[0][3]) \
            or not _a_sentence(fields[0][1]):
        return fields
    if [f[0] for f in fields[1:3]] == ["location", "date"]:
        return fields  # "Apologie pour tous les grands hommes qui ont été accusés de magie. Paris 1669.": its imprint
    return fields[1:]


#: A full stop after a lower-case word of three letters or more, before a capital: a sentence ends there.
_LOWER_WORD_ENDING_A_SENTENCE = re.compile(r"(?<![^\W\d_])[^\W\d_A-Z]{3,}[.!?]\s+(?=[(\[]?[A-Z])")


def _title_after_a_sentence(text: str, fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """``Lampridius explains the sort of merit which she exacted. Hist. August. p. 102``: a title run before
    a pinpoint that holds whole sentences of prose (eight words or more, most in lower case, the last ending on
    a lower-case word and a full stop) and then a short title (six words at most) is that title: the
    sentences before it are prose; a one-word rest opening the cite is a name (the author)."""
    labels = [f[0] for f in fields]
    if "title" not in labels or "locator" not in labels[labels.index("title") + 1:]:
        return fields
    t = labels.index("title")
    label, value, start, end = fields[t]
    breaks = list(_LOWER_WORD_ENDING_A_SENTENCE.finditer(value))
    if not breaks:
        return fields
    cut = breaks[-1].end()
    head, tail = value[:cut].split(), value[cut:].split()
    lower = sum(1 for w in head if w[:1].islower())
    if len(head) < 8 or lower * 2 <= len(head) or not 1 <= len(tail) <= 6:
        return fields
    label = "author" if len(tail) == 1 and t == 0 else label  # "… exornantem. Ammianus, s. xvii. 11": a name
    return fields[:t] + [(label, value[cut:], start + cut, end)] + fields[t + 1:]


#: The opening of a part of a note that holds one cite: the note's start or a ``;``, perhaps with the words that
#: introduce a cite (``See``, ``see also``, ``Cf.``), or those words after a sentence or clause (``…, see``); and
#: its close: a full stop ending the note, or a ``;``.
_PART_OPENING = re.compile(r"(?:(?:^|;)\s*(?:(?:see|also|cf|compare)\.?,?\s+)*|[,.:]\s*(?:see|cf|compare)\.?"
                           r"(?:\s+also)?,?\s+)$", re.I)
_PART_CLOSING = re.compile(r"\s*(?:;|\.?\s*$)")
#: Words that join names in a list (``Malthus, Sismondi and Ricardo``).
_LIST_JOINERS = frozenset({"and", "&", "et", "und", "y", "e"})


def _a_part_of_its_own(text: str, start: int, end: int, opening: re.Pattern[str] = _PART_OPENING,
                       closing: re.Pattern[str] = _PART_CLOSING) -> bool:
    """Whether ``text[start:end]`` is all of its note, or of a part of it between ``;`` (:data:`_PART_OPENING`,
    :data:`_PART_CLOSING`, or the ``opening`` and ``closing`` given)."""
    return bool(closing.match(text, end)) and bool(opening.search(text, 0, start))


def split_short_form(text: str, fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """Read ``Family, Word, 12`` tagged as an inverted name plus locator as author, short title and
    locator: a cite of only an author (``X, Y``) and a locator has no title otherwise, and ``Y``
    is taken as a title unless it is only initials. Given names are a title too: the short title of a
    biography names its subject (``Weissman, Serge, 140``, ``Weissman, Victor Serge, 140``); no note
    convention cites a work by its author's inverted full name and a page. A title that is a person's
    name may have initials and a surname (``C.L.R. James``).

    Without a pinpoint, ``Family, Title Words`` read as one name is a short form too when it is a part of its
    note of its own (:func:`_a_part_of_its_own`: ``Smith, Common Ground.``, ``See Smith, Common Ground; …``)
    and ``Title Words`` are no list of names (``and``) and not only given names (``Smith, John.`` is a name).
    An "and so on" after the comma (``Ferrieres, &c.``, ``Weber, &c. &c.``, ``Dusaulx, etc.``) is no title: the
    name alone is left, the author cited for his work."""
    labels = [f[0] for f in fields]
    alone = labels == ["author"]
    if labels != ["author", "locator"] and not (alone and _a_part_of_its_own(text, fields[0][2], fields[0][3])):
        return fields
    label, value, start, end = fields[0]
    if value.count(",") != 1:
        return fields
    family, rest = value.split(",")
    words = rest.split()
    if words and all(w.lower().rstrip(".") in _ETC for w in words):
        comma = start + value.index(",")  # "Ferrieres, &c.", "Weber, &c. &c.": the author, and "and so on"
        return [("author", text[start:comma], start, comma)] + fields[1:]
    initials = [bool(re.fullmatch(r"(?:[A-Z]\.-?)+", w)) for w in words]
    if not words or all(initials):
        return fields  # "Marsh, E. P.": a name; "Worcester, C.L.R. James", "Weissman, Serge": a title
    if alone and (any(fold(w) in _LIST_JOINERS for w in words) or all(fold(w.rstrip(".")) in load("given_names") for w in words)):
        return fields  # "Malthus, Sismondi and Ricardo", "Smith, John": names
    comma = start + value.index(",")
    title_start = comma + 1 + (len(rest) - len(rest.lstrip()))
    return [("author", text[start:comma], start, comma), ("title", text[title_start:end], title_start, end)] + fields[1:]


#: "And so on" after a name, once or more (``, &c.``, ``, &c. &c.``, ``, etc.``).
_ETC_AFTER_A_NAME = re.compile(r",\s*(?:(?:&c|etc)\.?\s*)+")


def _author_and_etc(text: str, fields: list[tuple[str, str, int, int]]) -> bool:
    """``Ferrieres, &c.``, ``See Lameth; Weber, &c. &c.``: a name (of a few words, not inverted) and an
    "and so on" that are a part of their note of their own (:func:`_a_part_of_its_own`) cite the author's
    work (and others like it): the name is an author-alone short form, as a name and a page would be."""
    if [f[0] for f in fields] != ["author"] or not _family_name_alone(fields[0][1]):
        return False
    etc = _ETC_AFTER_A_NAME.match(text, fields[0][3])
    return bool(etc) and _a_part_of_its_own(text, fields[0][2], etc.end())


#: The opening and close of a part of a note that is only a name (:func:`_name_alone_as_a_part`): the note's start,
#: a ``;`` or an opening bracket, perhaps with the words that introduce a cite; a full stop ending the note, a ``;``
#: or a closing bracket.
_NAME_PART_OPENING = re.compile(r"(?:^|;|\()\s*(?:(?:see|also|cf|compare|vgl|voir|véase|vid|vide|v)\.?,?\s+)*$", re.I)
_NAME_PART_CLOSING = re.compile(r"\s*(?:[;)]|\.?\s*$)")


def _name_alone_as_a_part(text: str, fields: list[tuple[str, str, int, int]]) -> bool:
    """``Birch.``, ``Bermúdez de Castro.``, ``Vgl. Sayous; …``, ``(Sayous)``: a name of a few words alone, all of
    its note or of a part of it (between ``;`` or in brackets), is a short form for that author's work cited
    before (the linker keeps it only when there is one)."""
    if [f[0] for f in fields] != ["author"] or not _family_name_alone(fields[0][1]):
        return False
    _, value, start, end = fields[0]
    return value[:1].isupper() and _a_part_of_its_own(text, start, end, _NAME_PART_OPENING, _NAME_PART_CLOSING)


def _earlier_note_referred_to(fields: list[tuple[str, str, int, int]]) -> bool:
    """``Carr, above n. 1, at 310``, ``See above, n. 12``: a reference to an earlier note
    (:func:`~.rules.words.referenced_note`), perhaps after a family name and before a pinpoint (``at`` aside), is a
    short form of the work that note cites."""
    labels = [label for label, field, _, _ in fields if not (label == "prose" and field.lower() in AT_WORDS)]
    return "note" in labels and set(labels) <= {"author", "note", "locator", "pages"} and labels.count("author") <= 1 \
        and any(label == "note" and referenced_note(field) is not None for label, field, _, _ in fields)


def _author_and_pinpoint(fields: list[tuple[str, str, int, int]]) -> bool:
    """``Briand, p. 16``, ``Blum S. 20``, ``Wood, 25``, ``Ammian. xxi. 4``, ``Lafitau, I. 471``: a family name and a pinpoint
    opened by a page word (``p.``, ``S.``, ``pág.``, ``tom.``), a bare page or page range (read as the locator or as
    pages, ``Weissman, 45-47``), a book and chapter (or page, ``iv. p. 56``), or a volume in capital Roman numerals or
    in figures before a colon (``Hale, 2:150``) and its page are a short form for the author's work cited before
    (``Marsh, E. P., 150`` is a name and a number, not a cite; ``Smith, 1990`` is a year); so are family names listed
    (``Wachter, Laslett and Hammel 1978, p. xix``), a name, a volume in Roman numerals and a worded page
    (``Hartpole Lecky, I. S. 3-4``), and a name, a part of the book and its page (``Scheltema, Beil. S. 99-101``)."""
    if len(fields) == 3 and fields[1][0] == "volume" and re.fullmatch(r"[IVXLC]{1,6}\.?", fields[1][1].strip(" ,")) \
            and fields[2][0] in ("locator", "pages") and _PAGE_WORD.match(fields[2][1]):
        fields = [fields[0], fields[2]]  # "Hartpole Lecky, I. S. 3-4": the volume, then the page
    if len(fields) != 2 or fields[0][0] != "author" or fields[1][0] not in ("locator", "pages"):
        return False
    if not (_family_name_alone(fields[0][1]) or _FAMILY_NAMES_LISTED.fullmatch(fields[0][1])):
        return False
    pinpoint = fields[1][1].strip(" .,;:()[]")
    in_a_book = re.sub(r"^[IVXLC]{1,6},\s*", "", fields[1][1])  # "Coran, III, v. 139": the book, then the pinpoint
    in_a_part = re.sub(r"^" + ABBREVIATED_BOOK_PART + r"\s+", "", fields[1][1])  # "Scheltema, Beil. S. 99-101"
    return bool(_PAGE_WORD.match(fields[1][1]) or _PAGE_WORD.match(in_a_part) or _BARE_PAGES.fullmatch(pinpoint) or _BOOK_CHAPTER.fullmatch(pinpoint)
                or _VOLUME_PAGE.fullmatch(pinpoint) or _VOLUME_COLON_PAGE.fullmatch(pinpoint)
                or in_a_book != fields[1][1] and _PAGE_WORD.match(in_a_book))


#: A year alone, perhaps in brackets (``1627``, ``(1998)``, ``1998a``).
_YEAR_ONLY = re.compile(r"[(\[]?(?:1[4-9]|20)\d\d[a-z]?[)\]]?")
#: The year of an author-date cite, perhaps with its original year in square brackets (``1965 [1926]``).
_AUTHOR_DATE_YEAR = re.compile(_YEAR_ONLY.pattern + r"(?:\s*\[(?:1[4-9]|20)\d\d\])?")


def _author_year_and_pinpoint(fields: list[tuple[str, str, int, int]]) -> bool:
    """``Champlain (1627), 84``, ``Wood 1998, p. 25``: a family name, a year alone and a pinpoint (as
    :func:`_author_and_pinpoint` asks, or a chapter, section or note, or ``passim``: :data:`_DIVISION_PINPOINT`;
    pages read as a work's extent, ``Harman (1999), pp. 45-47``, too: the cite has no work to span) are a short
    form for the author's work of that year."""
    labels = [f[0] for f in fields]
    if labels == ["author", "date", "pages"] and any(fold(w) in load("publishers") for w in fields[0][1].split()):
        return False  # "Lawrence and Wishart (1975) pp122": a publisher, its year and the book's pages
    return labels in (["author", "date", "locator"], ["author", "date", "pages"]) \
        and bool(_AUTHOR_DATE_YEAR.fullmatch(fields[1][1])) \
        and (_author_and_pinpoint([fields[0], fields[2]]) or _family_name_alone(fields[0][1])
             and bool(_DIVISION_PINPOINT.fullmatch(fields[2][1].strip(" .,;:()[]"))))


#: Family names listed (``Wachter, Laslett and Hammel``): single capitalised words, commas, a last ``and``.
_FAMILY_NAMES_LISTED = re.compile(r"[A-Z][\w'’-]+(?:\s*,\s*[A-Z][\w'’-]+)*,?\s+(?:and|&|und|et|y)\s+[A-Z][\w'’-]+")


def _family_name_alone(name: str) -> bool:
    """Whether an author field is a name of a few words, not inverted (``Marsh, E. P.`` is a name and initials)."""
    return "," not in name and len(name.split()) <= 4


#: A pinpoint by chapter, section, paragraph or note, or ``passim``: enough after an author and a year
#: (``Wood 1998, ch. 3``), though after a name alone it could be anything.
_DIVISION_PINPOINT = re.compile(r"passim|(?:ch|chs|chap|chapters?|sec|section|para|paras|n|nn|fn|notes?)\.?\s*[\dIVXLCivxlc]"
                                r"[\w\s,–-]*", re.I)


#: Where a name and year in a list of them (``Wood 1998 and Hale 2001``) ends and the next opens: ``and``, ``&``, a comma.
_NAME_YEAR_LIST_CLOSING = re.compile(r"\s*(?:,|and\b|&)\s*[A-Z]")
_NAME_YEAR_LIST_OPENING = re.compile(r"(?:,|\band|&)\s*$")


def _author_year_alone(text: str, fields: list[tuple[str, str, int, int]]) -> bool:
    """``See Wood 1998.``, ``…; Wood 1998;``, ``See Wood 1998 and Hale 2001.``: a family name and a year alone
    that are a part of their note of their own (:func:`_a_part_of_its_own`), or one of a list of such parts
    joined by ``and``, ``&`` or commas, are a short form for the author's work of that year."""
    if [f[0] for f in fields] != ["author", "date"] or not _AUTHOR_DATE_YEAR.fullmatch(fields[1][1].strip(" ,;:.()")) \
            or ("," in fields[0][1] or len(fields[0][1].split()) > 3) and not _FAMILY_NAMES_LISTED.fullmatch(fields[0][1]):
        return False
    start, end = fields[0][2], fields[1][3]
    if _in_a_bracket_of_cites(text, start, end):
        return True  # "[Jerz 2002]", "(see Smith 2001; Jones 1999)"
    end += text.startswith(")", end)  # "See Smith (2017)."
    opens = _PART_OPENING.search(text, 0, start) or _NAME_YEAR_LIST_OPENING.search(text, 0, start) \
        or _AFTER_A_NAME_YEAR_SENTENCE.search(text, 0, start) or _LEAD_WORDS_OPENING.search(text, 0, start)
    return bool(opens) and bool(_PART_CLOSING.match(text, end) or _NAME_YEAR_LIST_CLOSING.match(text, end)
                                or _BEFORE_A_NAME_YEAR_SENTENCE.match(text, end))


#: What opens an author-date cite in a bracket: the bracket or a ``;``, perhaps ``see`` or ``cf.``.
_BRACKET_OF_CITES_OPENING = re.compile(r"(?P<mark>[(\[;])\s*(?:(?:see|cf)\.?\s+)?$", re.I)
#: What closes it: ``;`` or the bracket.
_BRACKET_OF_CITES_CLOSING = re.compile(r"\s*(?P<mark>[;)\]])")


def _in_a_bracket_of_cites(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a name and a year) is an author-date cite of its own in a bracket: alone in a square
    bracket or between it and ``;`` (``[Jerz 2002]``), or one of several a round bracket parts with ``;`` (``(Smith
    2001; Jones 1999)``); a round bracket of one name and year after a title is its imprint as often (``(Hartford,
    1967)``)."""
    opening, closing = _BRACKET_OF_CITES_OPENING.search(text, 0, start), _BRACKET_OF_CITES_CLOSING.match(text, end)
    if not (opening and closing):
        return False
    marks = opening.group("mark") + closing.group("mark")
    if ";" not in marks:
        return marks == "[]"
    bracket = text.rfind("[", 0, start) > text.rfind("(", 0, start)
    return marks in ("[;", ";;", ";]") if bracket else marks in ("(;", ";;", ";)")


#: Lead-in words of other languages and "for example" opening a note before a name and its year (``Voir par exemple
#: Calabrisotto et al. (2017).``, ``Vgl. Weber 1922.``, ``Véase García (1990).``).
_LEAD_WORDS_OPENING = re.compile(r"^\s*(?:voir|vgl|siehe|véase|vease|vedi|ver|vide)\.?(?:\s+(?:aussi|auch|también|também))?"
                                 r"(?:,?\s+(?:par\s+exemple|z\.\s*B\.|por\s+ejemplo|por\s+exemplo|e\.\s*g\.|for\s+example),?)?\s+$",
                                 re.I)
#: A name-and-year part that ends its sentence before another (``Arnold et Libby, 1949. Libby, 1960.``): the full
#: stop after the year, then a capitalised name and a year ending their sentence; and the same full stop seen from the
#: part after it.
_BEFORE_A_NAME_YEAR_SENTENCE = re.compile(r"\.\s+(?=[A-Z][^.;()]{0,60}?,?\s\(?(?:1[4-9]|20)\d\d[a-z]?\)?\s*(?:[.;]|$))")
_AFTER_A_NAME_YEAR_SENTENCE = re.compile(r"(?:^|[.;]\s*)[A-Z][^.;()]{0,60}?,?\s\(?(?:1[4-9]|20)\d\d[a-z]?\)?\.\s+$")


#: A family name: one or two capitalised words (``Nove``, ``Rosa Luxemburg``).
_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
#: The fields a tagger reads a family name before a year as (``Nove 1983, p. 20`` with ``Nove`` a place). Not a title:
#: capitalised words the tagger read as one before a year and a pinpoint are a title far more often than a name
#: (``Foreign Relations, 1887, p. xv``, ``Relation, 1650``, ``Labour Monthly, 1934``).
_NAME_MISREAD_AS = frozenset({"location", "publisher"})
#: A family name (one or two capitalised words) and a year alone, perhaps in brackets (``Lenin 1964a``, ``Ticktin (1992)``).
_NAME_YEAR = re.compile(rf"({_NAME.pattern})\s+({_YEAR_ONLY.pattern})")


def name_and_year_read_as_title(fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """``Lenin 1964a, p. 23`` tagged as a title and a pinpoint: a title of only a family name and a year
    before a pinpoint is the author and the year of an author-date short form; so is a family name read as a
    place (not a known place) or publisher before a year and a pinpoint (``Nove`` + ``1983,`` + ``p. 20``),
    when the result is what :func:`_author_year_and_pinpoint` asks; anything else is left as it is."""
    labels = [f[0] for f in fields]
    if labels == ["title", "locator"]:
        _, value, start, _ = fields[0]
        match = _NAME_YEAR.fullmatch(value)
        if not match:
            return fields
        (name_start, name_end), (year_start, year_end) = match.span(1), match.span(2)
        read = [("author", match.group(1), start + name_start, start + name_end),
                ("date", match.group(2), start + year_start, start + year_end), fields[1]]
    elif labels[1:] == ["date", "locator"] and labels[0] in _NAME_MISREAD_AS and _NAME.fullmatch(fields[0][1]) \
            and fold(fields[0][1]) not in load("places"):  # "Paris 1856. S. 9": a place and its imprint's year
        read = [("author", *fields[0][1:])] + fields[1:]
    else:
        return fields
    return read if _author_year_and_pinpoint(read) else fields


def untitled_records_named_as_an_author(fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """``Protokoly Tsentralnovo Komiteta RSDRP, August 1917 - February 1918, pp. 112-14``: a name run of three words or
    more, none a known given name nor an initial, before a date and a pinpoint and nothing else, is the title of the
    records cited (a cite with no title, and no person's name, would be lost); anything else is left as it is."""
    labels = [f[0] for f in fields]
    if len(labels) != 3 or labels[0] != "author" or labels[1] != "date" or labels[2] not in ("locator", "pages") \
            or _author_year_and_pinpoint(fields):
        return fields  # ("Wachter Laslett Hammel, 1978, p. 4": an author-date short form)
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", fields[0][1])]
    if len(words) < 3 or any(len(w.rstrip(".")) == 1 or fold(w) in load("given_names") for w in words) \
            or not all(w[:1].isupper() for w in words):
        return fields
    return [("title", *fields[0][1:])] + fields[1:]


#: Two family names joined by "and" (``Leo and Botta``, ``Erckmann & Chatrian``).
_TWO_NAMES = re.compile(r"([A-Z][a-z'’-]{2,})\s+(?:and|&)\s+([A-Z][a-z'’-]{2,}),?")


def two_names_read_as_title(fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """``Leo and Botta, i. 432`` tagged as a title and a pinpoint: two family names joined by ``and`` (no common
    word, place or month) before a pinpoint that :func:`_author_and_pinpoint` takes are the authors of a short form."""
    if [f[0] for f in fields] != ["title", "locator"]:
        return fields
    match = _TWO_NAMES.fullmatch(fields[0][1])
    if not match or any(fold(w) in WORDS or any(fold(w) in load(words) for words in ("places", "months", "stopwords"))
                        for w in match.groups()):
        return fields
    read = [("author",) + fields[0][1:], fields[1]]
    return read if _author_and_pinpoint(read) else fields


_PAGE_WORD = re.compile(r"(?:pp?|S|Sp|p[áa]gs?|p[áa]ginas?|col|t|tomo?|tome|[Vv]ols?|Bd|Th|Tom|l|lib|liv|c|cap|vv?|§)"
                        r"\.?\s*[\dIVXLCivxlc]")
#: What may end a pinpoint's pages: "and so on" (``i. 152, 263, etc.``, ``i. 458, &c.``).
_PAGES_GO_ON = r"(?:,?\s*(?:etc|&c)\.?)?"
#: A bare page, page range or list of them, not a year alone (``25``, ``60–61``, ``12, 15``, ``xiv``).
#: A book in lower-case Roman numerals and its chapters, perhaps several (``xxi. 4``, ``xx. 10, xxi. 3, 4``).
_BOOK_CHAPTER = re.compile(r"[ivxlc]{1,7}\.\s*(?:p\.\s*)?(?:\d{1,4}|l\b\.?)(?:\s*[-–,]\s*(?:[ivxlc]{1,7}\.\s*)?\d{1,4})*"
                           + _PAGES_GO_ON)  # "xxii. l, 2": a chapter 1 the scan read as "l"
#: A volume in capital Roman numerals and its page or pages (``I. 471``, ``VI. 242, 245``, ``II. 78-80``, ``XII, 23``).
_VOLUME_PAGE = re.compile(r"[IVXLC]{1,6}[.,]\s*\d{1,4}(?:\s*[-–,]\s*\d{1,4})*" + _PAGES_GO_ON)
_VOLUME_COLON_PAGE = re.compile(VOLUME_COLON_PAGE)
_BARE_PAGES = re.compile(r"(?!(?:1[4-9]|20)\d\d$)(?:\d{1,5}|[ivxlc]{1,7})(?:\s*[-–—,]\s*(?:\d{1,5}|[ivxlc]{1,7}))*(?:\s*ff?\.?|n)?")


_PINPOINT_FIELDS = ("volume", "pages", "locator")


def pinpoint_only_cite(text: str, fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """``Maladies mentales, t. I, p. 639``, ``Relaciones, páginas 167, 168``, ``Hutchinson, vol. 1,
    p. 452``: a cite of only a container title, or only a family name, and its pinpoint (volume,
    pages) names no periodical issue or imprint: the container is a short title, and the volume and
    pages are one pinpoint (the locator). A lone name read as an editor is the author there."""
    labels = [f[0] for f in fields]
    if len(labels) < 2 or labels[0] not in ("container-title", "author", "editor") or \
            any(lab not in _PINPOINT_FIELDS for lab in labels[1:]):
        return fields
    start, end = fields[1][2], fields[-1][3]
    if labels[0] != "container-title" and ("," in fields[0][1] or not _PAGE_WORD.match(fields[1][1])):
        return fields
    first = ("title" if labels[0] == "container-title" else "author",) + fields[0][1:]
    return [first, ("locator", text[start:end], start, end)]


def _lower_case_title_after_a_possessive(fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """``Kent's commentaries, vol. 1, p. 244``: one to four lower-case words left as prose between a name
    ending in a possessive and the pinpoint after it are the title of that author's work."""
    for k in range(1, len(fields) - 1):
        label, value, start, end = fields[k]
        if label == "prose" and fields[k - 1][0] == "author" and POSSESSIVE_END.search(fields[k - 1][1]) \
                and fields[k + 1][0] in _PINPOINT_ONLY and 1 <= len(value.split()) <= 4 and value.islower():
            return fields[:k] + [("title", value, start, end)] + fields[k + 1:]
    return fields


_YEAR_OR_RANGE = re.compile(r"\d{4}|\d\s*[-–]\s*\d")


def _note_and_pinpoint(fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """``Report by the Committee on Department Methods, p. 10``: a cite of only a note that opens on a capital
    and a pinpoint names its work by that note: the note is its title (a note with a year or a number range,
    ``statement of May 6, 1914``, ``Public Law 59–383``, names a dated document or a law, not a work)."""
    if [f[0] for f in fields] != ["note", "locator"] or not fields[0][1][:1].isupper() \
            or _YEAR_OR_RANGE.search(fields[0][1]):
        return fields
    return [("title",) + fields[0][1:], fields[1]]


#: A title's last sentence that is one capitalised word cut short (``…communis. Gotting``): its place of publication.
_ABBREVIATED_PLACE = re.compile(r"(?<=[^\W\d_]\.)\s+([A-Z][a-zäöüé]{2,})\.?$")


def place_ending_the_title(text: str, fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """``Principia juris criminalis. Gotting. 1780.``, ``Jus ecclesiasticum. Hal. 1733.``: a title that ends on
    a capitalised word cut short by a full stop, after the title's own full stop and right before a year,
    ends on its place of publication (not a month, ``Nov. 1780``, nor a locator word): a field of its own."""
    out = list(fields)
    for n in range(len(out) - 1):
        label, value, start, end = out[n]
        if label != "title" or out[n + 1][0] != "date" or not _YEAR_ONLY.fullmatch(out[n + 1][1]) \
                or not text.startswith(".", end):
            continue
        match = _ABBREVIATED_PLACE.search(value)
        if match is None or fold(match.group(1)) in load("months") or fold(match.group(1)) in load("locator_words"):
            continue
        cut = start + match.start(1)
        title_end = start + match.start() - 1  # the title's own full stop left out
        out[n:n + 1] = [(label, text[start:title_end], start, title_end), ("location", match.group(1), cut, end)]
    return out


def pinpoint_pages(fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """In a cite without a container title or locator, a ``pages`` field is the note's pinpoint:
    relabel it ``locator`` (a page range belongs to an article or chapter, which has a container)."""
    labels = [f[0] for f in fields]
    if "pages" in labels and "container-title" not in labels and "locator" not in labels:
        return [("locator",) + f[1:] if f[0] == "pages" else f for f in fields]
    return fields


_BETWEEN_VOLUME_AND_PAGE = re.compile(r"[\s,.:]*")


def volume_into_pinpoint(text: str, fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """``Writings of Washington, II. 78``, ``Mem. Eccles. tom. xiii. p. 586``, ``History, vol. 1, p. 9``:
    in a cite without a container title (no periodical whose volume it could be), a volume right
    before the locator is part of the pinpoint (the volume of a multi-volume work): they become one
    locator. So does a volume with a document's number after it (``State Papers, III. No. 214, p. 151``)."""
    labels = [f[0] for f in fields]
    if "container-title" in labels or "volume" not in labels or "locator" not in labels:
        return fields
    v = labels.index("volume")
    # "III. No. 214, p. 151": a document's number between the volume and the page (no periodical's issue)
    p = v + 2 if v + 2 < len(fields) and labels[v + 1] == "issue" and labels[v + 2] == "locator" else v + 1
    if p >= len(fields) or labels[p] != "locator" or \
            any(not _BETWEEN_VOLUME_AND_PAGE.fullmatch(text, fields[k][3], fields[k + 1][2]) for k in range(v, p)):
        return fields
    if p == v + 2:
        start, end = fields[v][2], fields[p][3]
        return fields[:v] + [("locator", text[start:end], start, end)] + fields[p + 1:]
    start, end = fields[v][2], fields[v + 1][3]
    count = _VOLUME_COUNT.match(text, start, fields[v][3])
    if count:  # "2 vols., II, 715–717": how many volumes the work has stays, the volume cited joins the pinpoint
        if count.end() >= fields[v][3]:
            return fields
        kept = ("volume", text[start:count.end(1)], start, count.end(1))
        return fields[:v] + [kept, ("locator", text[count.end():end], count.end(), end)] + fields[v + 2:]
    return fields[:v] + [("locator", text[start:end], start, end)] + fields[v + 2:]


#: A volume opening on the Congress and session a document of the United States Congress is filed under.
_CONGRESS_VOLUME = re.compile(CONGRESS_SESSION)
#: A volume in capital Roman numerals alone (``III.``) and a document's number (``No. 214``, ``Nos. 51, 137``).
_ROMAN_VOLUME_ALONE = re.compile(r"[IVXLC]{1,6}\.?")
_DOCUMENT_NUMBER = re.compile(r"Nos?\.\s*\d")
#: A bill or resolution of that session, after its comma (``26 Cong. 1 sess., Senate Bill No. 335``), or the day of
#: the sitting (``9 Cong. 1 sess. Feb. 17, 1806``).
_BILL_OR_SITTING = re.compile(r"\.?,\s*(?:Senate|House)\s+(?:Bill|Resolution|Joint\s+Resolution)\s+No\.\s*\d+"
                          r"|\.?,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+1[6-9]\d\d\b")


def document_place_pinpoint(text: str, fields: list[tuple[str, str, int, int]]) -> str | None:
    """``House Doc., 14 Cong. 2 sess. II. No. 77``, ``Ibid., 27 Cong. 2 sess. II.-III. Nos. 51, 137``,
    ``State Papers, Finance, I. No. 17``: in a cite without a locator, a volume that opens on the Congress
    and session (with the document's number right after it), or a capital Roman volume alone with a
    document's number right after it, is the document's place in the series, the pinpoint: its text
    (through the number), or None. The fields stay as they are: the volume still marks (and types) the record."""
    labels = [f[0] for f in fields]
    if "locator" in labels or "container-title" in labels or "volume" not in labels:
        return None
    v = labels.index("volume")
    numbered = v + 1 < len(fields) and labels[v + 1] == "issue"
    congress = _CONGRESS_VOLUME.match(text, fields[v][2])
    if not (congress or numbered and _ROMAN_VOLUME_ALONE.fullmatch(fields[v][1]) and _DOCUMENT_NUMBER.match(fields[v + 1][1])):
        return None
    end = fields[v + 1 if numbered else v][3]
    bill = _BILL_OR_SITTING.match(text, end) if congress and not numbered else None
    return text[fields[v][2]:bill.end() if bill else end]


#: How many volumes a work has (``2 vols.``), before the volume a pinpoint names.
_VOLUME_COUNT = re.compile(r"(\d+\s*vols?\.?)[\s,;]*", re.I)

#: A volume in Roman numerals of one case (``VI``, ``XXI``, ``xii``), perhaps with the page run into it (``IX 91-92``, ``V. 532``).
_ROMAN_VOLUME = re.compile(r"([IVXLC]{1,6}|[ivxlc]{1,7})(?:[.,]?\s+\d[\d\s,–—-]*)?")


def roman_volume_and_page_are_the_pinpoint(text: str, fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """``in Political Science Quarterly, VI. 615–7``, ``Records of the Columbia Historical Society, XXI, 125-126``,
    ``Dictionary of American Biography, IX 91-92``, ``(American Historical Review, i, pp. 70, 251)``: a volume in
    Roman numerals (capital or lower-case) that ends the cite,
    or runs straight on into the pages or pinpoint that end it, is the volume and page the note cites
    (the older way of giving a pinpoint in a set or a periodical): they become one locator. A modern
    periodical's volume (Arabic, with an issue or a date before the pages) is left alone."""
    labels = [f[0] for f in fields]
    if "volume" not in labels or labels.count("locator") + labels.count("pages") > 1:
        return fields
    v = labels.index("volume")
    rest = labels[v + 1:]
    match = _ROMAN_VOLUME.fullmatch(fields[v][1].strip(" .,;:"))
    if not match:
        return fields
    if not rest and match.end(1) < len(fields[v][1].strip(" .,;:")):  # "IX 91-92": the page inside the volume run
        return fields[:v] + [("locator",) + fields[v][1:]]
    if rest not in (["pages"], ["locator"]) or not _BETWEEN_VOLUME_AND_PAGE.fullmatch(text, fields[v][3], fields[v + 1][2]):
        return fields
    start, end = fields[v][2], fields[v + 1][3]
    return fields[:v] + [("locator", text[start:end], start, end)]


def roman_title_is_the_pinpoint(text: str, fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """``Isée, X, 4``, ``Vasishta, XVII, 16``, ``Isée, VII``: a title that is only a capital Roman numeral, after the
    author and ending the cite or running on into the pinpoint that ends it, names no work: it is the book (or
    part) of the author's work the note cites, and with the pinpoint after it one locator."""
    labels = [f[0] for f in fields]
    if labels.count("title") != 1 or labels.count("locator") + labels.count("pages") > 1:
        return fields
    t = labels.index("title")
    rest = labels[t + 1:]
    if not t or labels[t - 1] != "author" or not re.fullmatch(r"[IVXLC]{1,7}", fields[t][1].strip(" .,;:")):
        return fields
    if not rest:
        return fields[:t] + [("locator",) + fields[t][1:]]
    if rest not in (["pages"], ["locator"]) or not _BETWEEN_VOLUME_AND_PAGE.fullmatch(text, fields[t][3], fields[t + 1][2]):
        return fields
    start, end = fields[t][2], fields[t + 1][3]
    return fields[:t] + [("locator", text[start:end], start, end)]


#: One volume named with its word (``vol. II.``, ``v. I``, ``tomo I``, ``t. 2``, ``Bd. I``, ``book x.``), not a count,
#: perhaps with a bare page or page range after its comma (``vol. 2, 45``, ``vol. 1, 33–35``).
_ONE_VOLUME = re.compile(r"(?:vol|v|tomo|tom|tome|t|bd|band|th|theil|teil|book|bk)\.?\s*(?:\d{1,3}|[ivxlc]{1,7})\.?"
                         r"(?:,\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?)?", re.I)


def volume_alone_is_the_pinpoint(fields: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """``Birch, Memoirs, tomo I.``, ``L. Stein, “System der Staatswissenschaften,” v. I.``, ``“The Works of
    Franklin,” ed. by Sparks, vol. II., Boston, 1836``: in a cite with no pinpoint and no container title
    (no periodical or collection whose volume it could be), one volume named with its word is the
    volume of the multi-volume work that the note cites: the pinpoint; so are such a volume and the bare
    page after it read as one volume (``Birch, Fields, vol. 1, 33``)."""
    labels = [f[0] for f in fields]
    if labels.count("volume") != 1 or {"locator", "container-title", "pages"} & set(labels):
        return fields
    v = labels.index("volume")
    if not _ONE_VOLUME.fullmatch(fields[v][1].strip(" ,;:()")):
        return fields
    return fields[:v] + [("locator",) + fields[v][1:]] + fields[v + 1:]


#: Fields a pinpoint alone is made of (``(p. 7.)``, ``(vol. 2, p. 9)``).
_PINPOINT_ONLY = frozenset({"locator", "volume"})


#: Fields that may come, after a comma, between a cite without a pinpoint and the pinpoint that is its own:
#: the year of an annual volume (``Ibid., 1908, pp. 148, 154``), a repeated date or place of the imprint
#: (``Paris, 1843, vol. I., p. 241``), the document within the work (``Tonner statement of May 6, 1914, p. 12``).
_BEFORE_A_PINPOINT = frozenset({"date", "location", "note"})
#: The gap between such a cite and that group: a comma, perhaps after a closing bracket.
_ONLY_A_COMMA = re.compile(r"[)\]]?\s*,\s*")


def _trailing_pinpoint(fields: list[tuple[str, str, int, int]]) -> int:
    """The index of the first field of the run of pinpoint fields (locator, volume) that ends ``fields``."""
    k = len(fields)
    while k and fields[k - 1][0] in _PINPOINT_ONLY:
        k -= 1
    return k


def _pinpoint_of_the_cite_before(text: str, fields: list[tuple[str, str, int, int]], before: Cite) -> bool:
    """``Smith, The Long Winter. “A quoted passage.” (p. 7.)``: a group of only a pinpoint (a locator,
    perhaps with a volume) after a cite of the same note that has none is that cite's pinpoint: it
    becomes its locator (in place) and no cite of its own (True). So is the pinpoint ending a group that
    opens on a year, place or note (:data:`_BEFORE_A_PINPOINT`) right after a comma that ends such a cite
    (``Ibid., 1908, pp. 148, 154``); the year, place or note are left out of it."""
    labels = {f[0] for f in fields}
    if before.locator is not None or "locator" not in labels:
        return False
    first = _trailing_pinpoint(fields)
    if first and not ({f[0] for f in fields[:first]} <= _BEFORE_A_PINPOINT
                      and _ONLY_A_COMMA.fullmatch(text, before.end, fields[0][2])):
        return False
    start, end = fields[first][2], fields[-1][3]
    before.fields.append(("locator", text[start:end]))
    before.locator = _without_page_word(text[start:end])
    return True


#: The parts a further pinpoint of a cite may have (``1824–5, pp. 828–47``, ``25 Cong. 3 sess. III. No. 216``).
_PINPOINT_PARTS = frozenset({"locator", "pages", "volume", "issue", "date"})
#: What opens a further pinpoint that is not a page: the year(s) or the Congress and session of a series of papers
#: (``1824–5``, ``25 Cong. 3 sess.``); a volume alone (``VIII, pp. 4``) opens a cite of another volume.
_SESSION_OF_A_SERIES = re.compile(r"(?:1[5-9]|20)\d\d\b|" + CONGRESS_SESSION)
#: The gap between a cite and a further pinpoint of it: a semicolon.
_ONLY_A_SEMICOLON = re.compile(r"\s*;\s*")


#: A classical pinpoint: a book in Roman numerals and a chapter (``xxix. 1``, ``xxii. 14``).
_BOOK_AND_CHAPTER = re.compile(r"[ivxlc]{1,7}\.\s*\d{1,3}(?:[,–-]\s*\d{1,3})*\.?")


def _another_book_and_chapter_of_the_cite_before(text: str, fields: list[tuple[str, str, int, int]], before: Cite) -> bool:
    """``…character, (Ammian. xxi. 4;) but under … Valens, he signalized his valor …, (xxix. 1.)``: a lone bracketed
    book and chapter, later in a note whose cite before it names an author's book and chapter, is another place of
    that work (a cite of its own, the same names)."""
    if [f[0] for f in fields] != ["locator"] or before.locator is None \
            or not _BOOK_AND_CHAPTER.fullmatch(fields[0][1].strip()) or not _BOOK_AND_CHAPTER.fullmatch(before.locator.strip()) \
            or not any(lab in ("author", "title") for lab, _ in before.fields):
        return False
    opening = text[:fields[0][2]].rstrip()
    return opening.endswith("(") and text[fields[0][3]:].lstrip(" .,;").startswith(")")


def _more_pinpoint_of_the_cite_before(text: str, fields: list[tuple[str, str, int, int]], before: Cite) -> bool:
    """``Reports, p. 9, 39; 133``, ``State Papers, 1823–4, pp. 409–21; 1824–5, pp. 828–47``, ``Senate Doc.,
    24 Cong. 2 sess. II. No. 174; 25 Cong. 3 sess. III. No. 216``: a group of only a pinpoint's parts (with a
    locator or pages, or a Congress document's place), opening on a page or on the years or Congress of a
    series (:data:`_SESSION_OF_A_SERIES`), right after the ``;`` that ends a cite with a locator is more
    of that cite's pinpoint: it joins that locator after its ``;`` (in place, the cite now ending where the
    group ends) and makes no cite of its own (True). So does a group opening on a document's number right
    after a comma (``Papers, V. No. 31, pp. 64–5, No. 44, p. 83``), then the pinpoint of a cite without one
    (``Ibid., No. 37, p. 34``)."""
    if not fields or not {f[0] for f in fields} <= _PINPOINT_PARTS \
            or not (before.locator is not None and _ONLY_A_SEMICOLON.fullmatch(text, before.end, fields[0][2])
                    or fields[0][0] == "issue" and _ONLY_A_COMMA.fullmatch(text, before.end, fields[0][2])):
        return False
    paged = bool({"locator", "pages"} & {f[0] for f in fields})
    place = None if paged else document_place_pinpoint(text, fields)
    if not paged and place is None \
            or fields[0][0] not in ("locator", "pages", "issue") and not _SESSION_OF_A_SERIES.match(text, fields[0][2]):
        return False
    more = place or text[fields[0][2]:fields[-1][3]]
    if before.locator is None:  # "Ibid., No. 37, p. 34": the document's number opens the pinpoint
        before.fields.append(("locator", more))
        before.locator = more
    else:
        joint = ";" if ";" in text[before.end:fields[0][2]] else ","
        before.fields = [(lab, f"{t}{joint} {more}" if lab == "locator" else t) for lab, t in before.fields]
        before.locator = f"{before.locator}{joint} {_without_page_word(more)}"
    before.end = max(fields[-1][3], text.index(more, fields[0][2]) + len(more))  # a bill read as prose ends it
    return True


def _pinpoint_of_a_name(text: str, name: list[tuple[str, str, int, int]], fields: list[tuple[str, str, int, int]]) -> bool:
    """``Mamertinus praises the emperor (xi. 3)``, ``Julian himself (p. 253-267)``: a pinpoint alone after a
    name left alone (one to four words) and a few lower-case words (fifteen at most, no ``;``: no capital
    that could open a sentence or name another author or work) is the pinpoint of that author's work."""
    if [f[0] for f in fields] != ["locator"] or len(name[0][1].split()) > 4 or "," in name[0][1]:
        return False
    gap = text[name[0][3]:fields[0][2]]
    return ";" not in gap and len(gap.split()) <= 15 and not any(c.isupper() for c in gap)


def _without_page_word(locator: str) -> str:
    """A locator without the page word that opens it (``p. 7`` → ``7``), unless that is all it is."""
    return _PAGE_WORDS.sub("", locator) or locator


def assemble(text: str, tokens: Sequence[Token], tags: Sequence[str], probs: Sequence[float],
             breaks: Mapping[int, bool] | None = None) -> list[Cite]:
    """Turn a tagged note into cites with fields, kind, locator, prefix, suffix and confidence
    (``breaks`` as in :func:`group_fields`)."""
    cites = []
    bounds = []
    named = None  # the fields and runs of a name left alone just before (no cite): a pinpoint may follow
    for group in group_fields(text, tokens, tags, breaks):
        fields = []
        for n, (first, last, label) in enumerate(group):
            if n and any(tokens[i].text[0].isalnum() for i in range(group[n - 1][1], first)):
                # words inside one cite ("published as a pamphlet by") are its prose: cue words for types
                s, e = trim(text, tokens[group[n - 1][1]].start, tokens[first - 1].end)
                fields.append(("prose", text[s:e], s, e))
            s, e = _field_bounds(text, label, tokens[first].start, tokens[last - 1].end)
            if e > s and any(map(str.isalnum, text[s:e])):  # a dash or bracket alone is no field
                fields.append((label, text[s:e], s, e))
        fields = _title_after_a_sentence(text, _without_an_opening_sentence(text, split_short_form(text, fields)))
        fields = pinpoint_only_cite(text, _note_and_pinpoint(_lower_case_title_after_a_possessive(fields)))
        fields = place_ending_the_title(text, fields)
        if named and _pinpoint_of_a_name(text, named[0], fields):
            fields, group = named[0] + fields, named[1] + group
        elif cites and (_pinpoint_of_the_cite_before(text, fields, cites[-1])
                        or _more_pinpoint_of_the_cite_before(text, fields, cites[-1])):
            continue
        elif cites and _another_book_and_chapter_of_the_cite_before(text, fields, cites[-1]):
            before = cites[-1]
            named_fields = [(lab, t) for lab, t in before.fields if lab in ("author", "title")]
            cites.append(Cite(kind="", fields=[*named_fields, ("locator", fields[0][1])], locator=fields[0][1],
                              start=fields[0][2], end=fields[0][3], confidence=before.confidence))
            bounds.append({lab for lab, _ in named_fields} | {"locator"})
            continue
        named = None
        fields = untitled_records_named_as_an_author(two_names_read_as_title(name_and_year_read_as_title(fields)))
        author_year = _author_year_and_pinpoint(fields) or _author_year_alone(text, fields)
        if not ({f[0] for f in fields} & ANCHOR_FIELDS or _author_and_pinpoint(fields) or author_year
                or _author_and_etc(text, fields) or _name_alone_as_a_part(text, fields) or _earlier_note_referred_to(fields)) \
                or looks_like_prose(text, fields):
            named = (fields, group) if [f[0] for f in fields] == ["author"] else None
            continue
        fields = pinpoint_pages(fields)
        labels = {field[0] for field in fields}  # a volume moved into the pinpoint still marks a full reference
        if author_year:
            labels.discard("date")  # the year names which of the author's works: a short form
        if _title_by_author(fields):
            labels.add("author-after-title")
        fields = roman_volume_and_page_are_the_pinpoint(text, volume_alone_is_the_pinpoint(volume_into_pinpoint(text, fields)))
        fields = roman_title_is_the_pinpoint(text, fields)
        start, end = fields[0][2], fields[-1][3]
        opened, closed = group[0][0], group[-1][1]  # the cite's tokens
        confidence = sum(probs[opened:closed]) / (closed - opened) if probs else 1.0
        locator = next((t for lab, t, _, _ in fields if lab == "locator"), None)
        if locator is None and (locator := document_place_pinpoint(text, fields)) is not None:
            end = max(end, text.index(locator, start) + len(locator))  # "…, Senate Bill No. 335" read as prose
        if locator is not None:
            locator = _without_page_word(locator)
        cite = Cite(kind="", fields=[(lab, t) for lab, t, _, _ in fields], locator=locator, start=start, end=end,
                    confidence=round(confidence, 4))
        cites.append(cite)
        bounds.append(labels)
    for n, cite in enumerate(cites):
        lower = cites[n - 1].end if n else 0
        upper = cites[n + 1].start if n + 1 < len(cites) else len(text)
        before, after = _sentence_context(text, cite.start, cite.end, lower, upper)
        cite.kind = _kind(bounds[n], before, after)
        if cite.kind == "mention" and any(label == "title" and VOLUME_IN_TITLE.search(value) for label, value in cite.fields):
            cite.kind = "full"  # "…, see Foreign Relations of the United States, 1949, vol. IX, The Far East": a book
    _attach_prose(text, cites)
    for cite in cites:
        _pinpoint_of_a_quotation(text, cite)
    return cites


def _pinpoint_of_a_quotation(text: str, cite: Cite) -> None:
    """In place: the page a sentence after ``cite`` names as the quotation's (:data:`_QUOTED_PAGE`) is its
    pinpoint, also when the parser read that sentence into the cite's pages (``pp. 549–551. Quotes from pp.
    550–551``: the pages stay ``549–551``)."""
    for n, (label, value) in enumerate(cite.fields):
        quoted = _QUOTED_PAGE.search(value) if label in ("pages", "locator") else None
        if quoted:
            cite.fields[n] = (label, value[:quoted.start()])
            cite.locator = quoted["page"]
            return
    quoted = _QUOTED_PAGE.match(text, cite.end)
    if quoted:
        cite.locator = quoted["page"]


#: A sentence after a cite that names the page a quotation is from (``…, pp. 665–666. Quote from p. 665.``,
#: ``Quotes on pp. 550–551``, ``Quotation at p. 12``): that page is the cite's pinpoint. Not in brackets
#: (``pp. 94–104 (quote from p. 94)``: the pages cited, and where in them the quotation is).
_QUOTED_PAGE = re.compile(r"\s*\.\s+(?i:quot(?:e|es|ed|ation|ations)\s+(?:is\s+|are\s+)?(?:from|on|at))\s+pp?\.\s*"
                          r"(?P<page>\d+(?:\s*[-–]\s*\d+)?)\s*(?:\.|$)")


_LAST_WORD = re.compile(r"(\w*)$")


def _separator_cut(gap: str) -> int:
    """The offset of the last separator in the ``gap`` between two cites (";", ":" or a sentence's
    ". "; not the period of a lead-in abbreviation such as "cf." or "e.g."), or -1."""
    cut = max(gap.rfind(";"), gap.rfind(":"))
    period = gap.rfind(". ")
    while period > cut:
        word = _LAST_WORD.search(gap[:period]).group(1)
        if len(word) > 1 and word.lower() not in INTRO_WORDS:
            return period
        period = gap.rfind(". ", 0, period)
    return cut


def _attach_prose(text: str, cites: list[Cite]) -> None:
    """Share the prose between cites: ``quoted in``-like gaps and text before a separator go to the
    previous cite's suffix, the rest to the next cite's prefix."""
    strip = " ,;:.()[]"
    for n, cite in enumerate(cites):
        if n == 0:
            cite.prefix = text[:cite.start].strip(strip + "‘“\"'")
        upper = cites[n + 1].start if n + 1 < len(cites) else len(text)
        gap = text[cite.end:upper]
        if n + 1 == len(cites):
            cite.suffix = gap.strip(strip)
            break
        if _SUFFIX_LEAD.match(gap):
            cite.suffix, cites[n + 1].prefix = gap.strip(strip + "‘“\"'"), ""
            continue
        cut = _separator_cut(gap)
        if cut >= 0:
            cite.suffix = gap[:cut].strip(strip)
            cites[n + 1].prefix = gap[cut + 1:].strip(strip + "‘“\"'")
        else:
            cite.suffix = ""
            cites[n + 1].prefix = gap.strip(strip + "‘“\"'")
