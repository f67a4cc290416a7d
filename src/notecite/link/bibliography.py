"""Complete a document's cited works from the document's own bibliography.

In the notes-and-bibliography style a note gives only "Brundage, Lynching, 86." and the list at the
end gives "Brundage, Fitzhugh. Lynching in the New South: Georgia and Virginia, 1880–1930. Urbana,
IL: University of Illinois Press, 1993." A cited work that names exactly one entry takes that entry's
fields: its full title (the note's kept as ``title-short``), its authors' given names, its type,
container and imprint. Entries no note cites add nothing: notecite lists the works a document cites.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from ..records import Record, year_of
from .matching import families, known_as, name_similarity, title_holds_in_order, title_key
from .merge import merge_fields

#: Fields an entry adds to a cited work that lacks them.
_FROM_THE_ENTRY = ("container-title", "collection-title", "publisher", "publisher-place", "issued", "original-date",
                   "volume", "issue", "page", "edition", "DOI", "URL", "ISBN", "editor", "translator")
#: Fields that make a work's record a full reference: without any, its type is a guess the entry betters.
_IMPRINT = ("container-title", "publisher", "publisher-place", "issued", "URL", "DOI")
#: How alike the family names of a work and an entry must be.
SAME_NAMES = 0.85


#: A short form the parser read whole as a title: one or two family names, a comma, the title
#: (``Bailey and Tolnay, Lynched``).
_NAMES_THEN_TITLE = re.compile(r"(?P<first>[^\W\d_][\w’'-]+)(?:,?\s+(?:and|&)\s+(?P<second>[^\W\d_][\w’'-]+))?,\s+"
                               r"(?P<title>\S.*)")


def names_then_title(work: Record) -> Record | None:
    """For a work without names whose title opens on one or two capitalised family names and a comma
    (``Bailey and Tolnay, Lynched``), the work those words mean: those authors, the rest its title."""
    match = None if families(work, ("author", "editor")) else _NAMES_THEN_TITLE.fullmatch(work.get("title") or "")
    if match is None or not all(name[:1].isupper() for name in filter(None, (match["first"], match["second"]))):
        return None
    names = [{"family": name} for name in (match["first"], match["second"]) if name]
    return {**work, "author": names, "title": match["title"]}


def entry_named(work: Record, entries: Sequence[Record], score: Callable[[Record, Record], float],
                threshold: float) -> int | None:
    """The index of the one entry that ``work`` (a work with authors and a title) names: family names
    alike (an entry is also known by the words :func:`known_as` adds with ``given_words``) and ``score(work, entry)`` at ``threshold`` or more, higher than any other entry's; else None."""
    names = families(work, ("author", "editor"))
    if not names or not (work.get("title") or work.get("title-short")):
        return None
    scored = []
    for i, entry in enumerate(entries):
        alike = name_similarity(names, known_as(entry, ("author", "editor"), given_words=True))
        if alike is not None and alike >= SAME_NAMES and (s := score(work, entry)) >= threshold:
            scored.append((s, i))
    scored.sort(reverse=True)
    if not scored or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def entry_dated(work: Record, entries: Sequence[Record]) -> int | None:
    """The index of the one entry an untitled author-date cite names (``Cliff, 1974, p. 153`` for ``Cliff, Tony, 1974
    [1955], State Capitalism in Russia (Pluto)``; the work may be titled by its author's name, as an author cited alone
    is): the same family names (:func:`_makers`), in order (the first of them for a cite that cuts them short with ``et al.``), and the
    same year and year letter; None when the work has another title,
    no names or no year, or when no entry or several do."""
    names = families(work, ("author", "editor"))
    year = year_of(work)
    if not names or year is None or any(title_key(work.get(k)) not in ((), title_key(names[0]))
                                        for k in ("title", "title-short")):
        return None  # a title other than the author's name: named by its title
    truncated = bool((work.get("custom") or {}).get("names-truncated"))  # "Anderson et al. 1947": the first names
    found = [i for i, entry in enumerate(entries) if year_of(entry) == year and entry.get("year-suffix") == work.get("year-suffix")
             and _same_families(_named_first(_makers(entry), len(names), truncated), names)]
    return found[0] if len(found) == 1 else None


def _makers(entry: Record) -> list[str]:
    """The folded family names an author-date cite names an entry by: its authors', or its editors' when it has no
    author (a chapter's volume editors are no part of ``McGonigal 2008``)."""
    return families(entry, ("author",)) or families(entry, ("editor",))


def _named_first(names: list[str], count: int, truncated: bool) -> list[str]:
    """An entry's family names as a cite that names ``count`` of them may give them: the first ``count`` when the cite
    cut the list short (``et al.``) and the entry has more, else all."""
    return names[:count] if truncated and len(names) > count else names


def _same_families(a: list[str], b: list[str]) -> bool:
    """Whether two lists of folded family names name the same people in order, a particle read into one name and not
    the other aside (``vanderlinden`` and ``linden``)."""
    return len(a) == len(b) and all(x == y or x.endswith(y) or y.endswith(x) for x, y in zip(a, b))


def complete(work: Record, entry: Record, *, source_label: str, provenance: dict[str, list[str]],
             conflicts: list[dict[str, Any]]) -> None:
    """Give ``work`` what its bibliography ``entry`` says more fully: the entry's title when it has more
    words (the work's kept as ``title-short`` unless it has one the full title holds), the entry's authors when they are the same people with
    given names, the entry's type when the work has no imprint, and every field of
    :data:`_FROM_THE_ENTRY` the work lacks (a disagreeing one goes to ``conflicts``)."""
    title, full = work.get("title"), entry.get("title")
    if full and len(title_key(full)) > len(title_key(title)):
        if title and not title_holds_in_order(full, work.get("title-short")):
            work["title-short"] = title  # a short title the full one does not hold was a misreading
        work["title"] = full
        provenance["title"] = [source_label]
    if _same_people_more_fully(work.get("author"), entry.get("author")):
        work["author"] = entry["author"]
        provenance.setdefault("author", []).append(source_label)
    if entry.get("type") and not any(work.get(k) for k in _IMPRINT):
        work["type"] = entry["type"]
        provenance["type"] = [source_label]
    merge_fields(work, {k: entry[k] for k in _FROM_THE_ENTRY if k in entry}, source_label=source_label,
                 provenance=provenance, conflicts=conflicts)


def _same_people_more_fully(names: Any, fuller: Any) -> bool:
    """Whether ``fuller`` names the same people as ``names``, in order, and gives a given name ``names`` lacks or a
    family name of two words ``names`` read as a given name and a family name (``Mondragon Valdez, "Challenging
    Domination"`` for ``Mondragon-Valdez, Maria``)."""
    if not isinstance(names, list) or not isinstance(fuller, list) or len(names) != len(fuller) \
            or not all(isinstance(n, dict) and isinstance(f, dict) for n, f in zip(names, fuller)):
        return False
    families_ = [families({"author": [n]}) for n in names]
    fuller_families = [families({"author": [n]}) for n in fuller]
    if not all(families_) or not all(fuller_families):
        return False
    split = [a != b and _joined(n.get("given"), n.get("family")) == _joined(f.get("family")) != ""
             for a, b, n, f in zip(families_, fuller_families, names, fuller)]
    if any(a != b and not s for a, b, s in zip(families_, fuller_families, split)):
        return False
    return any(s or f.get("given") and not n.get("given") for s, n, f in zip(split, names, fuller))


def _joined(*parts: Any) -> str:
    """Name parts folded and run together, spaces and hyphens dropped (``Mondragon`` ``Valdez`` and
    ``Mondragon-Valdez`` are one)."""
    return "".join(families({"author": [{"family": part}]})[0] if isinstance(part, str) and part.strip() else ""
                   for part in parts).replace(" ", "").replace("-", "")
