"""Deduplication of works: the same work twice, or an edition/translation of one work.

Records are blocked on folded family name and first title word, then compared on
identifiers (ISBN / DOI decide), title, names and year.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..library import Library
from ..records import Record, year_of
from .matching import (WorkIndex, best_title_similarity, families, first_title_word, known_as, name_similarity,
                       title_abbreviates, title_key, title_similarity, title_words, titles_of, years_compatible)
from ..collector import without_cycle_collection
from .merge import Labels, merge_fields

SAME_TITLE = 0.9
EDITION_TITLE = 0.8
SAME_NAME = 0.85


def identifier(record: Record, name: str) -> str:
    """A comparable ISBN (digits and X) or DOI (lower case), or ''."""
    value = record.get(name)
    if not value:  # most records have neither: no string work
        return ""
    value = str(value)
    if name == "ISBN":
        return re.sub(r"[^0-9Xx]", "", value.split()[0] if value.split() else "").upper()
    return value.strip().lower().removeprefix("https://doi.org/")


def classify(a: Record, b: Record) -> str | None:
    """``"same"`` for one record of one work, ``"edition"`` for another edition or
    translation of it, None for different works."""
    for ident in ("DOI", "ISBN"):
        ia, ib = identifier(a, ident), identifier(b, ident)
        if ia and ib:
            if ia == ib:
                return "same"
            if ident == "DOI":
                return None
    if same_report(a, b):
        return "same"  # "In re Debs, 158 U.S. 564 (1895)" and "…(1894)": one case, its year misprinted once
    names = name_similarity(known_as(a), known_as(b))
    if names is not None and names < SAME_NAME:
        return "same" if same_imprint_other_surname(a, b) else None
    if dated_items_differ(a, b) or numbers_differ(a, b) or pages_online_differ(a, b) \
            or printed_in(a, b) or printed_in(b, a):
        return None
    same_edition = (years_compatible(a, b) or _years_of_a_set_hold(a, b) or _years_of_a_set_hold(b, a)
                    or _first_year_named(a, b) or _first_year_named(b, a)) \
        and _publishers_compatible(a, b) and not _isbns_differ(a, b)
    if names is None and not same_edition:  # one side names nobody: only the same edition can match
        return None
    title = best_title_similarity(a, b)
    if (names is not None or not known_as(a) and not known_as(b)) and same_edition \
            and _cut_short_alike(a.get("title"), b.get("title")):
        return "same"  # "W. Scott, Br. üb. Däm." and "Walter Scott, Br. üb. Dämonol.": one title cut short twice
    if names is None and title >= SAME_TITLE and not _titled_alike(a, b):
        return None  # "Jane Smith, Oral History (Boston, 1965)" is no nameless "Oral History Collection" of 1965
    if title >= SAME_TITLE:
        return "same" if same_edition else ("edition" if names is not None else None)
    if title >= EDITION_TITLE and names is not None and not same_edition:
        return "edition"
    return None


def _first_year_named(cited: Record, work: Record) -> bool:
    """Whether ``cited`` gives no imprint and its year is ``work``'s original date: ``Trotsky, Writings (1932), 51``
    names the book its full cite gave as ``Writings of Leon Trotsky (1932) (New York: Pathfinder, 1973)``, as
    ``Korsch, Marxism and Philosophy (1923)`` names the 1970 reprint of that 1923 book."""
    year = year_of(cited)
    return year is not None and year == year_of(work, "original-date") \
        and not any(cited.get(variable) for variable in ("publisher", "publisher-place", "original-date"))


def _years_of_a_set_hold(volume: Record, whole: Record) -> bool:
    """Whether ``whole`` is a set of volumes issued over several years (``3 vols. (Paris: H. Laurens, 1908, 1910,
    1912)``) and ``volume`` one of them by its year (``vol. 3 (Paris: H. Laurens, 1912)``): one work."""
    issued = whole.get("issued")
    literal = issued.get("literal") if isinstance(issued, dict) else None
    year = year_of(volume)
    return bool(whole.get("number-of-volumes")) and isinstance(literal, str) and year is not None \
        and str(year) in re.findall(r"(?<!\d)\d{4}(?!\d)", literal)


def printed_in(piece: Record, book: Record) -> bool:
    """Whether ``piece`` is a piece printed in ``book``: its container is titled as the book and its own title is
    another (``Antin, “talking at pomona,” in Talking`` and Antin's ``Talking``: two works, however much the
    book's title opens the piece's)."""
    container = title_key(piece.get("container-title"))
    title = title_key(piece.get("title"))
    return bool(container) and bool(title) and title != container and container == title_key(book.get("title"))


def _cut_short_alike(a: object, b: object) -> bool:
    """Whether titles ``a`` and ``b`` are one title, one of them (or both) cut short word by word to the other's
    words' openings (:func:`~notecite.link.matching.title_abbreviates`, two words or more, as many words each)."""
    if not (isinstance(a, str) and isinstance(b, str)) or len(title_key(a)) != len(title_key(b)):
        return False
    return title_abbreviates(a, b) or title_abbreviates(b, a)


def pages_online_differ(a: Record, b: Record) -> bool:
    """Whether two records are found online on different sites under different titles (``“Kingswood Market
    Closing?”, https://www.youtube.com/…`` and ``“Kingswood Market Closing Doors”, https://whdad.wordpress.com/…``):
    two works, however much one title opens the other. One title on two sites may be one work."""
    if not (a.get("URL") and b.get("URL")):
        return False  # most records have no address: no string work
    hosts = [_host(r["URL"]) for r in (a, b)]
    return all(hosts) and hosts[0] != hosts[1] and title_key(a.get("title")) != title_key(b.get("title"))


_HOST = re.compile(r"\s*(?:[a-z][a-z0-9+.-]*://)?([^/\s?#:]+)", re.I)


def _host(url: object) -> str:
    """The host of a web address without its ``www.`` (``youtube.com``), lower case; '' when it has none."""
    match = _HOST.match(str(url))
    return match[1].lower().removeprefix("www.") if match else ""


def numbers_differ(a: Record, b: Record) -> bool:
    """Whether two reports or documents carry different numbers (``SED 102`` and ``HED 118``: two documents)."""
    na, nb = a.get("number"), b.get("number")
    return bool(na) and bool(nb) and re.sub(r"\W", "", str(na)).lower() != re.sub(r"\W", "", str(nb)).lower()


def same_report(a: Record, b: Record) -> bool:
    """Whether two law cases are reported at the same place (reporter, volume and first page: ``158 U.S.
    564``) under titles alike (:data:`SAME_TITLE`): one case, whatever years the cites give."""
    if a.get("type") != "legal_case" or b.get("type") != "legal_case":
        return False
    place = [(title_words(r.get("container-title")), str(r.get("volume") or ""), str(r.get("page") or "").split("–")[0])
             for r in (a, b)]
    return all(place[0]) and place[0] == place[1] and best_title_similarity(a, b) >= SAME_TITLE


def _titled_alike(a: Record, b: Record) -> bool:
    """Whether a title of ``a`` and one of ``b`` have as many words and read alike (:data:`SAME_TITLE`): with
    nobody named on one side, a title that only opens the other's (a short title) is no evidence of one work."""
    return any(len(title_key(x)) == len(title_key(y)) and title_similarity(x, y) >= SAME_TITLE
               for x in titles_of(a) for y in titles_of(b))


def same_imprint_other_surname(a: Record, b: Record) -> bool:
    """One book with its author's family name written two ways (``Luise Otto Peters`` and ``Luise Otto``,
    a married name added or left off; ``Carrie Chapmann Cart`` for ``Carrie Chapman Catt``, a slip):
    one author each, the same first given name (spelt out, not an initial), the same title
    (:data:`SAME_TITLE`), the same year and the same place of publication, both printed."""
    names_a, names_b = a.get("author") or [], b.get("author") or []
    if len(names_a) != 1 or len(names_b) != 1:
        return False
    given_a, given_b = (str(n.get("given") or "").split() for n in (names_a[0], names_b[0]))
    if not given_a or not given_b or len(given_a[0].strip(".")) < 2 or given_a[0].casefold() != given_b[0].casefold():
        return False
    year_a, year_b = year_of(a), year_of(b)
    place_a, place_b = title_words(a.get("publisher-place")), title_words(b.get("publisher-place"))
    if not (year_a and year_a == year_b and place_a and place_a == place_b):
        return False
    return best_title_similarity(a, b) >= SAME_TITLE


def least_title(record: Record) -> float:
    """The least :func:`best_title_similarity` at which :func:`classify` can call another record
    (without a shared identifier) the same work as ``record`` or an edition of it: an edition
    needs names on both sides."""
    return min(SAME_TITLE, EDITION_TITLE) if known_as(record) else SAME_TITLE


#: Types whose items are told apart by their day: two letters from A to B, two issues of one
#: paper or of one magazine, or two memoranda (minutes, reports) are two works.
DATED_TYPES = frozenset({"personal_communication", "interview", "article-newspaper", "article-magazine", "manuscript"})


def dated_items_differ(a: Record, b: Record) -> bool:
    """Two letters, interviews, newspaper items or manuscripts (or two items with a recipient, or two days of a
    legislature's record of debates: ``Congressional Globe, …, January 25, 1864``, or one such item and a record dated
    to the day, whatever its type: ``LPA, NEC minutes, 30 May 1945`` after ``…, NEC minutes, 25 Apr. 1945``) whose
    dates both go beyond the year and differ there are different items (``Trask to Morton, July 7, 1980`` and ``…,
    July 18, 1980``); a date kept as printed (``Feb. 9. 1684-5``) differs from any other."""
    types = {a.get("type"), b.get("type")}
    dated = types <= DATED_TYPES or a.get("recipient") and b.get("recipient") or daily_record(a) and daily_record(b)
    if not dated and types.isdisjoint(DATED_TYPES):
        return False
    da, db = _day_date(a), _day_date(b)
    if not dated and not (_to_the_day(da) and _to_the_day(db)):
        return False
    ea, eb = _edition_words(a), _edition_words(b)
    if ea and eb and ea != eb:
        return True  # a day's evening and mid-day editions of one paper ("- evening edition") are two issues
    if not da or not db:
        return False
    if isinstance(da, str) and isinstance(db, str):
        na, nb = _numeric_day(da), _numeric_day(db)
        if na and nb:
            return na[:2] != nb[:2] or bool(na[2] and nb[2] and na[2] != nb[2])
    if isinstance(da, str) or isinstance(db, str):
        return da != db
    common = min(len(da), len(db))
    return da[:common] != db[:common]


def _to_the_day(date: list[int] | str) -> bool:
    """Whether a date of :func:`_day_date` names a day by its parts (year, month and day)."""
    return isinstance(date, list) and len(date) >= 3


#: The record of a legislature's debates, printed day by day: a day of it cited is an item of its own, as a paper's issue.
_DAILY_RECORD = re.compile(r"\b(?:Congressional\s+(?:Globe|Record)|Register\s+of\s+Debates|Parliamentary\s+Debates|Hansard|"
                           r"Journal\s+officiel|Stenographische\s+Berichte)\b", re.I)


def daily_record(record: Record) -> bool:
    """Whether ``record`` is a day of a legislature's record of debates (:data:`_DAILY_RECORD`)."""
    title = record.get("title") or record.get("container-title")
    return isinstance(title, str) and _DAILY_RECORD.search(title) is not None


def _edition_words(record: Record) -> str:
    """The letters of a dated item's ``edition`` (``mid-day edition`` and ``mid day edition`` alike), lower-cased."""
    edition = record.get("edition")
    return re.sub(r"[^a-z]", "", edition.lower()) if isinstance(edition, str) else ""


#: A day written as numbers in the continental way, day first: ``6./9. 04``, ``18./4. 1893``, ``12. 4. 93``, ``6./9``.
_NUMERIC_DAY = re.compile(r"(\d{1,2})\.\s*/?\s*(\d{1,2})\.?(?:\s+(\d{2}|\d{4}))?")


def _numeric_day(literal: str) -> tuple[int, int, int | None] | None:
    """Day, month and the year's last two digits (None when not printed) of a date kept as printed
    that is one day written in numbers (``6./9. 04`` → (6, 9, 4)); None for anything else (a list of
    days, a month name, words after it)."""
    match = _NUMERIC_DAY.fullmatch(literal.strip(" .,"))
    if not match:
        return None
    day, month = int(match.group(1)), int(match.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return day, month, int(match.group(3)) % 100 if match.group(3) else None


def _day_date(record: Record) -> list[int] | str:
    """The record's first issued date if it goes beyond the year (its parts), or the date as
    printed when it has no parts (a ``literal``); else an empty list."""
    issued = record.get("issued")
    if not isinstance(issued, dict):
        return []
    parts = issued.get("date-parts")
    first = parts[0] if parts and isinstance(parts[0], list) else []
    numbers = [p for p in first if isinstance(p, int)]
    if len(numbers) >= 2:
        return numbers
    literal = issued.get("literal")
    return " ".join(literal.split()) if isinstance(literal, str) and not numbers else []


def _isbns_differ(a: Record, b: Record) -> bool:
    ia, ib = identifier(a, "ISBN"), identifier(b, "ISBN")
    return bool(ia and ib and ia != ib)


def _publishers_compatible(a: Record, b: Record) -> bool:
    pa, pb = title_words(a.get("publisher")), title_words(b.get("publisher"))
    return not pa or not pb or bool(set(pa) & set(pb))


def blocking_keys(record: Record) -> set[str]:
    """Keys under which a record can meet its duplicates."""
    keys = {f"name:{f}" for f in families(record)}
    word = first_title_word(record.get("title") or record.get("title-short"))
    if word:
        keys.add(f"title:{word}")
    return keys or {"empty"}


@dataclass
class MergeReport:
    """What :func:`merge_libraries` did: ids added, merged (incoming → kept), editions linked."""

    added: list[str] = field(default_factory=list)
    merged: dict[str, str] = field(default_factory=dict)
    editions: dict[str, str] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)


class DedupIndex:
    """The records of one library under their :func:`blocking_keys`, built once and kept.

    Build it once for a library that many merges go into (documents of a batch, a user's
    library): :func:`merge_libraries` keeps it up to date, and :meth:`catch_up` indexes
    records appended to ``library.records`` by anyone else. Records are never removed.
    Within the records sharing a blocking key with a record, :meth:`candidates` looks only at
    those :func:`classify` can match (a shared DOI or ISBN, or a title and names alike, found
    through a :class:`~notecite.link.matching.WorkIndex`), so a merge costs what it finds, not
    the size of the library.
    """

    def __init__(self, library: Library) -> None:
        self.library = library
        self._records: list[Record] = []  # in order of indexing (library order)
        self._keys: list[set[str]] = []  # per record: the blocking keys it is filed under
        self._position: dict[int, int] = {}  # id(record) -> place in _records
        self._by_key: dict[str, list[int]] = defaultdict(list)  # blocking key -> places
        self._works = WorkIndex(("author",), SAME_NAME)  # the records of every large block met so far
        self._in_works: set[int] = set()
        self._worked: dict[str, int] = {}  # blocking key -> how many of its places are in _works
        self._identifiers: dict[tuple[str, str], set[int]] = {}
        self.sources = Labels()  # the base's provenance lists grow with every document merged
        self._guide: WorkIndex | None = None  # see follow()
        self._guided: dict[str, int] = {}  # record id -> place, while a guide is followed
        self._seen = 0
        self.catch_up()

    def follow(self, guide: WorkIndex | None) -> None:
        """While the library is still empty, find the large blocks' candidates through ``guide``
        (the linker's :class:`WorkIndex` of the records about to be merged, by id, comparing
        what :func:`classify` compares) instead of filing every record again; any other guide is
        ignored. :meth:`unfollow` ends it, and later merges file their blocks as usual."""
        mine = self._works
        if guide is not None and not self._records and guide.roles == mine.roles \
                and guide.names.cutoff == mine.names.cutoff:
            self._guide = guide

    def unfollow(self) -> None:
        """Stop following the guide (:meth:`follow`)."""
        self._guide = None
        self._guided = {}

    def catch_up(self) -> None:
        """Index the records appended to the library since the last call."""
        records = self.library.records
        for record in records[self._seen:]:
            self.add(record)
        self._seen = len(records)

    def add(self, record: Record) -> None:
        """File ``record`` under its current blocking keys (again after it gained fields)."""
        position = self._position.get(id(record))
        if position is None:
            position = self._position[id(record)] = len(self._records)
            self._records.append(record)
            self._keys.append(set())
        filed = self._keys[position]
        for key in blocking_keys(record) - filed:
            filed.add(key)
            self._by_key[key].append(position)
        if position in self._in_works:
            self._works.add(position, record)
        if self._guide is not None:  # filed again if it changed since the linker filed it
            self._guided[record["id"]] = position
            self._guide.add(record["id"], record)
        for name in ("DOI", "ISBN"):
            value = identifier(record, name)
            if value:
                self._identifiers.setdefault((name, value), set()).add(position)

    def candidates(self, record: Record) -> list[Record]:
        """The indexed records sharing a blocking key with ``record`` that :func:`classify` can
        call the same work or an edition (and, in a small block, a few it cannot), in library order.

        A block of more than :data:`SMALL_BLOCK` records is narrowed by a :class:`WorkIndex` of
        its records (a title and names alike) and by identifiers, so a large library is indexed
        only where its blocks are large.
        """
        keys = blocking_keys(record)
        if sum(len(self._by_key.get(key, ())) for key in keys) <= SMALL_BLOCK:
            block: set[int] = set()
            for key in keys:
                block.update(self._by_key.get(key, ()))
            return [self._records[position] for position in sorted(block)]
        if self._guide is not None:  # every record here is the guide's: ask it, keep those merged so far
            guided = self._guided
            found = {guided[handle] for handle in self._guide.find(record, least_title(record), known_as(record))
                     if handle in guided}
        else:
            for key in keys:  # a block's places are only ever appended: file the new ones
                places = self._by_key.get(key, ())
                for position in places[self._worked.get(key, 0):]:
                    if position not in self._in_works:
                        self._in_works.add(position)
                        self._works.add(position, self._records[position])
                self._worked[key] = len(places)
            found = self._works.find(record, least_title(record), known_as(record))
        for name in ("DOI", "ISBN"):
            value = identifier(record, name)
            if value:
                found.update(self._identifiers.get((name, value), ()))
        return [self._records[position] for position in sorted(found) if not keys.isdisjoint(self._keys[position])]


#: Blocks up to this size are compared record by record, without a WorkIndex.
SMALL_BLOCK = 8


@without_cycle_collection
def merge_libraries(base: Library, incoming: Library, *, source_label: str | None = None,
                    index: DedupIndex | None = None) -> MergeReport:
    """Merge ``incoming`` into ``base`` in place without duplicating works.

    A duplicate adds only the fields ``base`` lacks (existing values are never changed;
    disagreements go to ``base.conflicts``); an edition becomes its own record in the same
    work group (``base.work_of``). Citations of ``incoming`` follow their records.
    ``index``, a :class:`DedupIndex` of ``base`` kept by the caller, saves rebuilding it
    for every merge (one is built when it is absent or indexes another library).
    """
    report = MergeReport()
    if index is None or index.library is not base:
        index = DedupIndex(base)
    index.catch_up()
    index.follow(incoming.work_index)
    try:
        _merge_records(base, incoming, index, source_label, report)
    finally:
        index.unfollow()
        incoming.work_index = None  # the linker's index has served: let it go
    return report


def _merge_records(base: Library, incoming: Library, index: DedupIndex, source_label: str | None,
                   report: MergeReport) -> None:
    """The body of :func:`merge_libraries`."""
    renamed: dict[str, str] = {}
    for record in incoming.records:
        rid = record["id"]
        same, edition = _same_or_edition(record, index.candidates(record))
        label = source_label or next(iter(incoming.provenance.get(rid, {}).get("title", [])), "library")
        if same is not None:
            conflicts = base.conflicts.setdefault(same["id"], [])
            before = len(conflicts)
            prov = base.provenance.setdefault(same["id"], {})
            for key, sources in incoming.provenance.get(rid, {}).items():
                for source in sources if key in same else ():
                    kept = prov.get(key)
                    if kept is None:
                        prov[key] = [source]
                    elif not index.sources.holds(kept, source):
                        kept.append(source)
            merge_fields(same, record, source_label=label, provenance=prov, conflicts=conflicts,
                         holds=index.sources.holds)
            index.add(same)  # a name or title it gained (or a short title) is a new key
            report.conflicts.extend(conflicts[before:])
            base.flags.setdefault(same["id"], []).extend(f for f in incoming.flags.get(rid, []) if f not in base.flags.get(same["id"], []))
            renamed[rid] = same["id"]
            report.merged[rid] = same["id"]
            continue
        base.records.append(record)
        index.catch_up()
        for table_in, table_out in ((incoming.provenance, base.provenance), (incoming.conflicts, base.conflicts), (incoming.flags, base.flags)):
            if rid in table_in:
                table_out[rid] = table_in[rid]
        report.added.append(rid)
        if edition is not None:
            group = base.work_of.get(edition["id"], edition["id"])
            base.work_of[edition["id"]] = group
            base.work_of[rid] = group
            report.editions[rid] = edition["id"]
        elif rid in incoming.work_of:
            base.work_of[rid] = incoming.work_of[rid]
    for citation in incoming.citations:
        citation.record_id = renamed.get(citation.record_id, citation.record_id)
        if citation.relation:
            citation.relation = {k: renamed.get(v, v) for k, v in citation.relation.items()}
        base.citations.append(citation)
    base.warnings.extend(incoming.warnings)


def _same_or_edition(record: Record, candidates: list[Record]) -> tuple[Record | None, Record | None]:
    """The first of ``candidates`` :func:`classify` calls the same work as ``record`` and None, or,
    when none is, None and the first it calls an edition (or None); the candidates after the
    first of the same work are not classified."""
    edition = None
    for other in candidates:
        verdict = classify(record, other)
        if verdict == "same":
            return other, None
        if verdict == "edition" and edition is None:
            edition = other
    return None, edition


def work_groups(library: Library) -> list[list[Record]]:
    """The library's records grouped by work: editions and translations of one work together.

    Uses ``library.work_of`` where the linker recorded it and :func:`classify` otherwise;
    groups keep library order.
    """
    parent = {r["id"]: r["id"] for r in library.records}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    for rid, group in library.work_of.items():
        if rid in parent and group in parent:
            union(group, rid)
    index: dict[str, list[Record]] = defaultdict(list)
    for record in library.records:
        for key in blocking_keys(record):
            for other in index[key]:
                if classify(record, other) in ("same", "edition"):
                    union(other["id"], record["id"])
            index[key].append(record)
    groups: dict[str, list[Record]] = {}
    for record in library.records:
        groups.setdefault(find(record["id"]), []).append(record)
    return list(groups.values())
