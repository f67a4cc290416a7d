"""A cheap plausibility check on every record and link: confidently wrong parses get flagged.

The tagger can be sure of a wrong reading (a sentence of prose taken for a title, an adjective
for an author). :func:`check_record` looks at a record the way a reader would and returns what
does not look like a work:

- a title that reads as a sentence (several words with a finite verb, in lower case, not title case);
- an author that is an adjective, a common noun or a place (``superb``, ``Revolution``, ``Moscow``);
- neither title nor container (an archival item with its shelfmark is named by it);
- a year outside 1450 to next year;
- a container that is a number;
- two or more authors of which one is a title (``Memoirs of a Revolutionary`` read as a name).

:func:`check_library` runs it on the records of one document's library, adds each problem to
``library.flags`` (``"check": "plausibility"``, shown in the report and on the review page) and
lowers the confidence of every link to a flagged record to :data:`FLAGGED_CONFIDENCE`; a link
whose pinpoint lies outside its work's page range is listed as an implausible link.
Everything here is a few set look-ups and regular expressions per record.
"""
from __future__ import annotations

import datetime
import re
from typing import Any

from ..library import Library
from ..normalize.lexicon import NAMES_FOLDED, WORDS
from ..normalize.names import INSTITUTION_WORDS, PARTICLES
from ..normalize.places import fold as fold_place
from ..normalize.places import PLACE_NAMES
from ..parse.dictionaries import load
from ..records import Record, plain_text, year_of

#: The ``check`` of the flags this module adds.
CHECK = "plausibility"
#: A link to a flagged record is uncertain: its confidence is at most this.
FLAGGED_CONFIDENCE = 0.5
#: Years a cited work can have been issued in (printing, to next year's forthcoming works).
FIRST_YEAR = 1450

SENTENCE = "title reads as a sentence"
NOT_A_NAME = "author is not a name"
NO_TITLE = "neither title nor container"
BAD_YEAR = "year outside 1450 to next year"
NUMBER_CONTAINER = "container is a number"
TITLE_AS_AUTHOR = "an author is a title"

#: Adjective endings (``Stalinist``, ``Bolshevik`` aside): a one-word "author" ending so names a
#: movement or a people, not a person, when it is not a known name.
_ADJECTIVE = re.compile(r"(?:ist|ists|ism|ian|ians|ical|ive|ous|ese|ish)$", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_FUNCTION = frozenset("of the a an and in on to for with from by at".split())
_NUMBER = re.compile(r"[\d\s.,:;()\[\]/–—-]+|(?=[ivxlcdm]+$|[IVXLCDM]+$)[ivxlcdmIVXLCDM]+")
#: Types named by their people, archive and date rather than a title.
_UNTITLED_TYPES = frozenset({"personal_communication", "interview", "manuscript"})
#: Words naming a body (besides the normalizer's institution words): a literal author with one is a body.
_BODIES = frozenset("musée museo museu museum biblioteca bibliothek archivo arquivo archivio verlag editions éditions "
                    "edizioni ediciones editora bureau conseil consejo congreso kongress rat senate sénat senado".split())
#: Names of the lexicon that are no common word (people, places, parties as spelled in notes).
_KNOWN = frozenset(NAMES_FOLDED) - WORDS


def check_record(record: Record, *, next_year: int | None = None) -> list[dict[str, str]]:
    """The plausibility problems of ``record``: ``{"field", "text", "reason"}`` each (empty when it
    reads like a work)."""
    problems: list[dict[str, str]] = []
    title = plain_text(record.get("title") or "")
    if title and reads_as_sentence(title):
        problems.append(_problem("title", title, SENTENCE))
    authors = record.get("author") or []
    for name in authors:
        text = name_text(name)
        if len(authors) > 1 and _title_like(name):
            problems.append(_problem("author", text, TITLE_AS_AUTHOR))
        elif _not_a_name(name) and not _letter_writers_surname(record, name):
            problems.append(_problem("author", text, NOT_A_NAME))
    container = plain_text(record.get("container-title") or "")
    if not (title or record.get("title-short") or container) and not (
            record.get("type") in _UNTITLED_TYPES and (record.get("archive_location") or record.get("recipient") or record.get("interviewer"))):
        problems.append(_problem("title", "", NO_TITLE))
    if container and _NUMBER.fullmatch(container.strip()):
        problems.append(_problem("container-title", container, NUMBER_CONTAINER))
    year = year_of(record)
    last = next_year if next_year is not None else datetime.date.today().year + 1
    if year is not None and not FIRST_YEAR <= year <= last:
        problems.append(_problem("issued", str(year), BAD_YEAR))
    return problems


def check_library(library: Library, records: list[Record] | None = None) -> None:
    """Flag the implausible ``records`` (default: all) of ``library`` and lower their links'
    confidence; list links whose pinpoint is outside their work's pages in ``library.warnings``."""
    flagged = set()
    by_id = {}
    for record in library.records if records is None else records:
        by_id[record["id"]] = record
        problems = check_record(record)
        if not problems:
            continue
        flagged.add(record["id"])
        flags = library.flags.setdefault(record["id"], [])
        for problem in problems:
            entry = {**problem, "check": CHECK}
            if entry not in flags:
                flags.append(entry)
    for citation in library.citations:
        if citation.record_id in flagged:
            citation.confidence = min(citation.confidence, FLAGGED_CONFIDENCE)
        record = by_id.get(citation.record_id)
        if record is not None and citation.locator and citation.label == "page" \
                and _outside(citation.locator, str(record.get("page") or "")):
            library.warnings.append(f"{citation.document}, note {citation.note}: implausible link: pinpoint "
                                    f"{citation.locator} outside the pages {record['page']} of {citation.text or citation.record_id!r}")


def _problem(field: str, text: str, reason: str) -> dict[str, str]:
    return {"field": field, "text": text, "reason": reason}


#: Words of running prose that titles rarely hold (pronouns, relatives).
_PROSE_WORDS = frozenset("he she it they we i you his her its their our this these those which who whom whose "
                         "refers refer mentions mention see also again however therefore".split())


#: Small German words that mark a run of words as German (where every noun has a capital, so capitals say
#: nothing of title case): two of them in lower case make a title German for :func:`reads_as_sentence`.
#: (Not ``in``, ``von``, ``den``, ``zu``: Latin, Dutch and others have them too.)
_GERMAN_SMALL_WORDS = frozenset("und oder der die das des dem ein eine einer eines einem einen zwischen mit "
                                "zur zum im über auf für als".split())
#: German pronouns and the negation, in lower case: words of a sentence, not of a title (``sich``, ``nicht``).
_GERMAN_PROSE_WORDS = frozenset("sich nicht man er es ich wir du".split())


def _reads_as_german_sentence(title: str, words: list[str]) -> bool:
    """A German title (two different small German words in lower case, :data:`_GERMAN_SMALL_WORDS`) that reads as a
    sentence although most of its words have capitals (German nouns do): it ends on a lower-case word (a verb
    or its particle: ``…als Gleiches bezeichnende Begriffe gebraucht``, ``…und Proudhons Vorschlägen ein``), not
    on a question mark, or it holds a pronoun, the negation or a finite verb in lower case."""
    lower = [w for w in words if w.islower()]
    if len(_GERMAN_SMALL_WORDS.intersection(lower)) < 2:
        return False
    if words[-1].islower() and not title.rstrip().endswith(("?", "!")):
        return True
    verbs = load("verbs")
    return any(w in _GERMAN_PROSE_WORDS or w in verbs for w in lower)


#: Words in quotation marks (they do not count in a title's sentence test).
_QUOTATION = re.compile(r"[“‘«\"][^”’»\"]*[”’»\"]")


def reads_as_sentence(title: str) -> bool:
    """Six or more words, not in title case (a capital on most content words), with a finite verb
    (the ``verbs`` word list) or a pronoun in lower case, or opening in lower case, or ending
    with a full stop; words in quotation marks and a subtitle after a colon do not count. A German
    title is judged by :func:`_reads_as_german_sentence` too, capitals or not."""
    title = title.split(": ")[0]
    unquoted = _QUOTATION.sub(" ", title)
    words = _WORD.findall(unquoted)
    if len(words) < 6:
        return False
    if _reads_as_german_sentence(unquoted, words):
        return True
    content = [w for w in words if w.lower() not in _FUNCTION]
    capitalised = sum(1 for w in content if w[:1].isupper())
    if capitalised * 2 >= len(content):
        return False  # title case
    verbs = load("verbs")
    lower = [w for w in words if w.islower()]
    return any(w in verbs or w in _PROSE_WORDS for w in lower) or words[0][:1].islower() \
        or title.rstrip().endswith(".")


#: Pronouns that open a sentence (``J'aurai souvent…``, ``We find…``, ``This insured the trial…``), never a title in
#: sentence case; and words that end
#: no title, only a clause cut short (``reports since``).
_OPENING_PRONOUNS = frozenset("i we he she they it you this these those j je il elle nous on ils elles ich wir er sie es yo "
                              "nosotros".split())
_CLAUSE_ENDINGS = frozenset("since until than that which who when while because whereas depuis que qui dont quand seit "
                            "dass als wenn desde cuando".split())


def reads_as_prose_run(title: str) -> bool:
    """Whether a title in sentence case (a capital on its first word only, names aside) is rather a
    run of prose: it holds a number (a date or a count, ``le 9 Juillet``), opens on a pronoun
    (:data:`_OPENING_PRONOUNS`, elided or not: ``J'aurai``) or on a known person's name before a
    lower-case word (``Ricardo summed up…``), or ends on a word that ends no title
    (:data:`_CLAUSE_ENDINGS`)."""
    if any(ch.isdigit() for ch in title):
        return True
    words = _WORD.findall(title)
    if not words:
        return False
    first = re.split(r"['’]", words[0])[0].lower()
    opens_on_name = len(words) > 1 and words[1][:1].islower() and words[0].casefold() in _KNOWN
    return first in _OPENING_PRONOUNS or opens_on_name or words[-1].lower() in _CLAUSE_ENDINGS


def name_text(name: dict[str, Any]) -> str:
    """A CSL name as written: its given name, particle and family name, or its literal."""
    return " ".join(str(name.get(part) or "") for part in ("given", "non-dropping-particle", "family", "literal")
                    if name.get(part)).strip()


def _not_a_name(name: dict[str, Any]) -> bool:
    """An adjective, a common noun or a place where a person's name should be."""
    if name.get("literal"):
        words = _WORD.findall(name["literal"])
        if any(w.lower() in INSTITUTION_WORDS or w.lower() in _BODIES for w in words):
            return False
        return bool(words) and all(w.lower() in WORDS or w.lower() in _FUNCTION for w in words)
    family = str(name.get("family") or "")
    given = str(name.get("given") or "")
    words = _WORD.findall(f"{given} {family}")
    if not words:
        return False
    if any(w[:1].islower() and w.lower() not in PARTICLES for w in words):
        return True  # "superb Fitzpatrick", "critics": no name is written in lower case
    if not given and (fold_place(family) in PLACE_NAMES or _ADJECTIVE.search(family)):
        return True  # "Moscow", "Stalinist": a place or an adjective alone
    if {w.casefold() for w in words} & _KNOWN or given.lower().strip(".") in load("given_names"):
        return False
    return all(w.lower() in WORDS for w in words)


def _letter_writers_surname(record: Record, name: dict[str, Any]) -> bool:
    """``Fish to Davis, December 16, 1881``: the sender of a dated letter to someone, one capitalised word, is a
    surname even when it is also a common word (Fish, Day, Bell) or ends like an adjective, unless it is a place."""
    family = str(name.get("family") or "")
    return record.get("type") == "personal_communication" and bool(record.get("recipient")) and bool(record.get("issued")) \
        and not name.get("given") and bool(re.fullmatch(r"[A-Z][a-z]+", family)) and fold_place(family) not in PLACE_NAMES


def _title_like(name: dict[str, Any]) -> bool:
    """A "name" that is a title: a function word between its words (``Memoirs of a``), or five or more words."""
    if name.get("literal") and any(w.lower() in INSTITUTION_WORDS for w in _WORD.findall(name["literal"])):
        return False
    words = _WORD.findall(name_text(name))
    inner = [w for w in words[1:-1] if w.lower() in _FUNCTION and w.lower() not in PARTICLES]
    return len(words) >= 5 or bool(inner) and len(words) >= 3


_PAGE_RANGE = re.compile(r"\s*(\d+)\s*[–-]\s*(\d+)\s*")
_LEADING_NUMBER = re.compile(r"\s*(\d+)")


def _outside(locator: str, page: str) -> bool:
    """Whether a numeric pinpoint falls outside a numeric page range (``145`` of ``12–30``)."""
    pages = _PAGE_RANGE.fullmatch(page)
    pin = _LEADING_NUMBER.match(locator)
    if not pages or not pin:
        return False
    first, last = int(pages.group(1)), int(pages.group(2))
    return last >= first and not first <= int(pin.group(1)) <= last
