"""The writer a title names: ``Journal of Major Washington``, ``Relation de Godefroy``, ``Letters of Horace Walpole``,
``Lettre de M. Bigot``, ``Correspondence of Shirley``, ``MS. Note by Mr. George Métivier``: a journal, letter, relation
or correspondence "of" a person, or a manuscript note "by" one, is that person's writing, and the person is its author
when the cite names no other.

Only the writings one keeps oneself (not a life, memoirs or papers, which others write or edit), and only a name
that reads as a person's: after a title of address or a rank (``Major``, ``M.``, ``Père``), with a given name
(``Conrad Weiser``), or one word that is no place and no subject (``Journal of Commerce``, ``Journal de Paris``
are periodicals).
"""
from __future__ import annotations

import re

from ..parse.dictionaries import fold, load
from ..parse.rules.words import MANUSCRIPT_NOTE
from .base import Draft
from .names import parse_names

#: The head of a title of one's own writing, then "of" or "de" (``du`` only before ``Père``: not ``Journal du Peuple``,
#: ``Journal des Débats``), or a manuscript note and "by".
_WRITING = re.compile(r"^(?:(?i:journal(?:\s+de\s+campagne)?|diary|relation|letters?|lettres?|correspondence|correspondance|récit)"
                      r"|(?P<manuscript>" + MANUSCRIPT_NOTE + r"))"
                      r"\s+(?P<of>of|de|d['’]|du(?=\s+P[èe]re\b)|by)\s*(?P<name>.+)$")
#: Titles of address and ranks before a name (``Major``, ``M.``, ``Père``), folded.
_ADDRESS = frozenset("""mr mrs m mme mlle monsieur madame dr doctor major captain capt colonel col general gen lieutenant
    lieut surgeon sir lord lady pere father abbe chevalier governor gov sieur baron comte marquis reverend rev""".split())
#: Small words inside a name (``M. de Villiers``, ``La Roche Dallion``).
_PARTICLES = frozenset({"de", "d'", "d’", "la", "le", "du", "van", "von"})
#: More names after a writer's comma, the last after "and" (``, Vaudreuil, et Lévis``).
_MORE_NAMES = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s*,?\s*)*(?:et|and|&|und|y)\s+[A-Z]")
#: Endings of the abstract nouns and adjectives a journal or relation is "of" (``Commerce``, ``Education``,
#: ``History``, ``American``, ``Southern``), never in a person's name.
_SUBJECT_ENDING = re.compile(r"(?:ce|tion|sion|ity|ics|ogy|omy|emy|cy|ism|ment|ness|ure|ship|ory|phy|ing|ies|ican|ish|ern|ese|al)$")


def writer_named(title: str) -> str | None:
    """The name of the person ``title`` names as its writer, as printed, without a title of address
    (``Journal of Major Washington`` → ``Washington``, ``Journal of Conrad Weiser`` → ``Conrad Weiser``), or None."""
    match = _WRITING.match(title)
    if not match:
        return None
    words = match["name"].split()
    addressed = bool(words) and fold(words[0].rstrip(".")) in _ADDRESS
    name = []
    for word in words:
        bare = word.rstrip(",")
        if word[:1].isupper() or fold(bare) in _PARTICLES and name:
            name.append(bare)
            if bare != word:  # "Letters of Robert Stobo, Hostage at Fort Duquesne": a comma ends the name
                rest = match["name"].split(word, 1)[1]
                if _MORE_NAMES.match(rest):
                    return None  # "Correspondance de Montcalm, Vaudreuil, et Lévis": several writers
                break
        elif addressed and len(name) >= 2:
            break  # "Journal de Campagne de M. de Villiers depuis son Arrivée": the name ends where prose begins
        else:
            return None
    while name and fold(name[-1]) in _PARTICLES:
        name.pop()
    while name and fold(name[0].rstrip(".")) in _ADDRESS:
        name.pop(0)  # "Major Washington", "M. de Villiers": the title of address is not the name
    while name and name[0].islower():
        name.pop(0)  # "M. de Villiers" → "Villiers": a lower-case particle left at the front goes
    people = [w for w in name if not w.islower()]
    if not people or len(people) > 3 or any(not re.fullmatch(r"[^\W\d_][\w'’.-]*", w) for w in name):
        return None
    if addressed or len(people) >= 2 and fold(people[0]) in load("given_names"):
        return " ".join(name)
    if len(people) == 1 and fold(people[0]) in load("given_names"):
        return None  # "Letters of Philip, second Earl of Chesterfield": a given name alone names no writer
    if any(_SUBJECT_ENDING.search(word) or fold(word) in load("places") or fold(word) in load("months") for word in people):
        return None
    return " ".join(name)


class WriterNamedInTitle:
    """A record with no author whose title is a person's own writing (:func:`writer_named`) has that person as its
    author; the title stays as printed."""

    name = "writer-named-in-title"
    reads: frozenset[str] = frozenset()
    writes = frozenset({"author", "type"})

    def __call__(self, draft: Draft) -> None:
        record = draft.record
        title = record.get("title") or record.get("title-short")
        if not isinstance(title, str) or record.get("author") \
                or record.get("type") in ("periodical", "article-newspaper", "article-journal", "article-magazine"):
            return
        named = writer_named(title)
        if named is None:
            return
        if _WRITING.match(title)["manuscript"]:
            record["type"] = "manuscript"  # "MS. Note by Mr. George Métivier": a manuscript item
        if len(named.split()) == 1 or fold(named.split()[0]) in _PARTICLES:
            record["author"] = [{"family": named}]  # "Godefroy", "La Roche Dallion": a family name, whole
            return
        people = [person for _, found, _ in parse_names(named) for person in found]
        if len(people) == 1 and people[0].get("family"):
            record["author"] = people
