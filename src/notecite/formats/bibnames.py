"""CSL-JSON names ↔ pybtex :class:`~pybtex.database.Person`.

Writing: ``non-dropping-particle`` goes to BibTeX's "von" part (``van Gogh, Vincent``),
``dropping-particle`` after the given names (``Beauvoir, Simone de``, the form BibTeX prints
as "Simone de Beauvoir" and sorts under B), ``suffix`` to the "Jr" part and a ``literal``
name inside braces (``{Comité central}``). Reading undoes exactly that: the "von" part is a
non-dropping particle, trailing lower-case particles of the given names a dropping one, and a
name that is one braced unit a literal.
"""
from __future__ import annotations

import re
from typing import Any

from pybtex.database import Person

from .latex import decode, encode

#: Lower-case words read as a dropping particle when they end the given names.
PARTICLES = frozenset(
    "de la le les du des d' d’ van von der den ter ten zu zur vom di da del della dei degli dos das do e y af av".split()
)


def to_person(name: dict[str, Any], *, ascii: bool = False) -> Person:
    """A pybtex Person standing for the CSL name object ``name``."""
    enc = lambda text: encode(str(text), ascii=ascii)  # noqa: E731
    if name.get("literal") or not name.get("family"):
        literal = name.get("literal") or name.get("given") or ""
        return Person(last="{" + enc(literal) + "}")
    family = enc(name["family"])
    if _needs_braces(name["family"]):
        family = "{" + family + "}"
    given = " ".join(_protect(enc(part)) for part in (name.get("given"), name.get("dropping-particle")) if part)
    return Person(
        first=given,
        prelast=_protect(enc(name.get("non-dropping-particle") or "")),
        last=family,
        lineage=_protect(enc(name.get("suffix") or "")),
    )


def _needs_braces(family: str) -> bool:
    """True when BibTeX would split ``family`` (a comma, " and ", or a lower-case word)."""
    words = family.split()
    return _splits(family) or any(w[:1].islower() for w in words)


def _splits(text: str) -> bool:
    """True when BibTeX would cut ``text`` into parts or names (a comma or a word "and")."""
    return "," in text or re.search(r"(?<!\S)and(?!\S)", text, re.I) is not None


def _protect(part: str) -> str:
    """A given name, particle or suffix braced when BibTeX would otherwise split it."""
    return "{" + part + "}" if part and _splits(part) else part


def from_person(person: Person) -> dict[str, Any]:
    """The CSL name object a pybtex Person stands for."""
    last = person.last_names
    if len(last) == 1 and not (person.first_names or person.middle_names or person.prelast_names or person.lineage_names) \
            and _is_one_group(last[0]) and not _is_accent_group(last[0]):
        return {"literal": decode(last[0][1:-1], names=True)}
    name: dict[str, Any] = {}
    family = decode(" ".join(last), names=True)
    if family:
        name["family"] = family
    given_words = [decode(w, names=True) for w in person.first_names + person.middle_names]
    dropping: list[str] = []
    while len(given_words) > 1 and given_words[-1].lower() in PARTICLES and given_words[-1][:1].islower():
        dropping.insert(0, given_words.pop())
    if given_words:
        name["given"] = " ".join(given_words)
    if dropping:
        name["dropping-particle"] = " ".join(dropping)
    if person.prelast_names:
        name["non-dropping-particle"] = decode(" ".join(person.prelast_names), names=True)
    if person.lineage_names:
        name["suffix"] = decode(" ".join(person.lineage_names), names=True)
    if not name.get("family"):
        return {"literal": decode(str(person), names=True)}
    return name


def _is_one_group(word: str) -> bool:
    """True when ``word`` is ``{…}`` with the outer braces enclosing all of it."""
    if not (word.startswith("{") and word.endswith("}")):
        return False
    depth = 0
    for i, ch in enumerate(word):
        if ch == "{" and (i == 0 or word[i - 1] != "\\"):
            depth += 1
        elif ch == "}" and word[i - 1] != "\\":
            depth -= 1
            if depth == 0 and i != len(word) - 1:
                return False
    return True


def split_names(value: str) -> list[Person]:
    """Person objects from an ``A and B`` name list (as BibTeX splits it)."""
    from pybtex.bibtex.utils import split_name_list

    return [Person(part) for part in split_name_list(value) if part.strip()]


def _is_accent_group(word: str) -> bool:
    """True for a braced accent like ``{\\'e}``, which BibTeX counts as one letter, not a unit."""
    return re.fullmatch(r"\{\\[^{}]*\}", word) is not None
