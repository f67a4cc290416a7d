"""What an ``extract`` run found, for people and for scripts: a works table, grouped doubts, a summary.

:func:`summarize` turns a :class:`Library` (and the documents that failed) into a
:class:`Summary`: documents, notes, works (new and kept), links by kind, and every uncertain
item grouped by its reason (low-confidence or missing links, flagged fields, conflicting values,
reader warnings), each with the places it occurs. :func:`print_report` prints it at three levels
(``quiet``, normal, ``verbose``) within the terminal's width, and :meth:`Summary.as_json` is the
``--json`` shape.

The table fits the terminal (80 columns and up) without breaking a word: every cell is one line,
cut with "…" when too long. Titles are shown as a reader sees them (no ``<span class="nocase">``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .library import Library
from .records import plain_text, year_of

#: Reader and linker warnings, by reason: (reason, pattern over the warning's text).
WARNING_REASONS: list[tuple[str, re.Pattern[str]]] = [
    ("low-confidence link", re.compile(r"low-confidence link")),
    ("cite not linked", re.compile(r"could not link")),
    ("citation not parsed", re.compile(r"could not parse")),
    ("implausible link", re.compile(r"implausible link")),
    ("notes run together", re.compile(r"hold two notes|run together")),
    ("text outside the notes ignored", re.compile(r"\bignored\b")),
    ("note markers and numbers", re.compile(r"marker|calls note|note numbers|never called|are empty")),
    ("correction no longer applies", re.compile(r"correction")),
]
#: The review page: where every doubt about a note can be settled.
REVIEW_HINT = "`notecite review DOC` to relabel, confirm or re-link"
#: Where a reader can look into each kind of doubt (hints shared between kinds are listed once).
WHERE_TO_LOOK = {
    "low-confidence link": ["each cite's confidence in --citations FILE", REVIEW_HINT],
    "cite not linked": [REVIEW_HINT],
    "citation not parsed": [REVIEW_HINT],
    "implausible record": ["the flagged fields in the library", REVIEW_HINT],
    "implausible link": [REVIEW_HINT],
    "flagged field": ["the flagged fields in the library", REVIEW_HINT],
    "conflicting value": ["the kept values in the library"],
    "notes run together": ["`notecite notes DOC` for the notes as read"],
    "note markers and numbers": ["`notecite notes DOC` for the notes as read"],
}
#: Short names of long CSL types, for the table.
SHORT_TYPES = {"article-journal": "article", "article-magazine": "magazine", "article-newspaper": "newspaper",
               "paper-conference": "paper", "entry-encyclopedia": "entry", "entry-dictionary": "entry",
               "personal_communication": "letter", "motion_picture": "film", "post-weblog": "blog post"}
#: Rows of the works table shown unless ``verbose``.
TABLE_ROWS = 40
#: Examples listed per reason unless ``verbose``.
EXAMPLES = 3


@dataclass
class Doubt:
    """One uncertain item: its kind, why in detail, where (document, note or record key) and what."""

    kind: str
    reason: str
    where: str
    text: str

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "reason": self.reason, "where": self.where, "text": self.text}


@dataclass
class Summary:
    """The figures and doubts of one run (see the module doc). The works table (:attr:`rows`) and
    the notes to review first (:attr:`review`) are built when first read: a quiet run needs neither."""

    documents: int
    failed: list[tuple[str, str]]
    notes: int | None
    works: int
    new: int
    links: Counter[str]
    library: Library = field(repr=False)
    #: ids of an ``--into`` library's works: not listed in the table unless this run cites them
    existing: set[str] = field(default_factory=set, repr=False)
    doubts: list[Doubt] = field(default_factory=list)
    #: the one document of the run, if there is one (named once, not on every doubt)
    single: str | None = None

    @cached_property
    def rows(self) -> list[dict[str, str]]:
        """The works table: one row per work of the library but the uncited ones of :attr:`existing`."""
        return _table_rows(self.library, self.existing)

    @cached_property
    def review(self) -> list[tuple[str, int]]:
        """(document, note) of the notes with doubts, most doubts first, then in note order."""
        return _notes_to_review(self.library, self.doubts)

    def by_reason(self) -> dict[str, list[Doubt]]:
        """Doubts grouped by their detailed reason, most frequent first."""
        return _grouped(self.doubts, lambda d: d.reason)

    def by_kind(self) -> dict[str, list[Doubt]]:
        """Doubts grouped by kind (low-confidence link, flagged field…), most frequent first."""
        return _grouped(self.doubts, lambda d: d.kind)

    def as_json(self) -> dict[str, Any]:
        """The ``extract --json`` document."""
        return {
            "documents": self.documents,
            "failed": [{"document": d, "error": e} for d, e in self.failed],
            "notes": self.notes,
            "works": self.works,
            "new_works": self.new,
            "links": dict(sorted(self.links.items())),
            "uncertain": {kind: [d.as_json() for d in items] for kind, items in self.by_kind().items()},
            "table": self.rows,
            "review": [{"document": d, "note": n} for d, n in self.review],
        }


def _grouped(doubts: list[Doubt], key: Any) -> dict[str, list[Doubt]]:
    groups: dict[str, list[Doubt]] = {}
    for doubt in doubts:
        groups.setdefault(key(doubt), []).append(doubt)
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


#: The words a warning of a named group opens with (the group says them).
_WARNING_GROUP = re.compile(r"^(?:low-confidence link|could not link|could not parse|implausible link:)\s*")


def summarize(library: Library, *, documents: int, added: int, failed: list[tuple[str, str]] = (),
              notes: int | None = None, existing: set[str] = frozenset()) -> Summary:
    """The :class:`Summary` of a keyed library that ``documents`` documents gave (``notes``: how
    many notes they held; default: what the library counted while reading). The works table
    lists the library's records except those of ``existing`` (the ids of an ``--into`` library)
    that these documents do not cite: appending to a large library lists what the run found."""
    if notes is None and library.notes_read:
        notes = sum(library.notes_read.values())
    links: Counter[str] = Counter()
    names = set(library.notes_read)
    for citation in library.citations:
        links[citation.kind] += 1
        names.add(citation.document)
    doubts: list[Doubt] = []
    for warning in library.warnings:
        kind = next((r for r, pattern in WARNING_REASONS if pattern.search(warning)), "other warning")
        where, _, text = warning.partition(": ")
        if not text:
            where, text = "", warning
        if kind != "other warning":  # the group says what it is: keep the rest (score, cite)
            text = _WARNING_GROUP.sub("", text) or text
        doubts.append(Doubt(kind, kind, where, text))
    for rid, flags in library.flags.items():
        for flag in flags:
            kind = "implausible record" if flag.get("check") == "plausibility" else "flagged field"
            doubts.append(Doubt(kind, f"{kind}: {flag.get('reason')}", str(rid),
                                f"{flag.get('field')} {flag.get('text')!r}" if flag.get("text") else str(flag.get("field"))))
    for rid, conflicts in library.conflicts.items():
        for conflict in conflicts:
            doubts.append(Doubt("conflicting value", f"conflicting value: {conflict.get('field')}", str(rid),
                                f"kept {conflict.get('kept')!r}, {conflict.get('source')} says {conflict.get('other')!r}"))
    return Summary(documents=documents, failed=list(failed), notes=notes, works=len(library), new=added,
                   links=links, library=library, existing=set(existing), doubts=doubts,
                   single=next(iter(names)) if len(names) == 1 else None)


def _table_rows(library: Library, existing: set[str]) -> list[dict[str, str]]:
    """The works table's rows (see :func:`summarize`)."""
    rows = []
    count = Counter(c.record_id for c in library.citations)
    notes_of: dict[str, dict[str, None]] = {}  # record id -> its notes, in order, each once
    for citation in library.citations:
        notes_of.setdefault(citation.record_id, {})[str(citation.note)] = None
    for record in library.records:
        if record["id"] in existing and record["id"] not in count:
            continue
        names = ", ".join(str(n.get("family") or n.get("literal") or "") for n in (record.get("author") or record.get("editor") or [])[:2])
        csl_type = str(record.get("type", ""))
        rows.append({"key": str(record["id"]), "type": SHORT_TYPES.get(csl_type, csl_type), "author": plain_text(names),
                     "title": plain_text(record.get("title") or record.get("container-title") or ""),
                     "year": str(year_of(record) or ""), "cited": str(count.get(record["id"], 0)),
                     "notes": ", ".join(notes_of.get(record["id"], ()))})
    return rows


_WHERE_NOTE = re.compile(r"^(?P<document>.*), note (?P<note>\d+)$")


def _notes_to_review(library: Library, doubts: list[Doubt]) -> list[tuple[str, int]]:
    """The notes the doubts point at (a record's doubts point at the notes citing it), most doubts
    first, then in document and note order."""
    cited: dict[str, dict[tuple[str, int], None]] = {}  # record id -> the notes citing it, each once
    for citation in library.citations:
        cited.setdefault(citation.record_id, {})[(citation.document, citation.note)] = None
    count: Counter[tuple[str, int]] = Counter()
    on_record: Counter[str] = Counter()  # record id -> its doubts (each counts once for every note citing it)
    for doubt in doubts:
        match = _WHERE_NOTE.match(doubt.where)
        if match:
            count[(match["document"], int(match["note"]))] += 1
        else:
            on_record[doubt.where] += 1
    for rid, doubted in on_record.items():
        for place in cited.get(rid, ()):
            count[place] += doubted
    return sorted(count, key=lambda place: (-count[place], place))


def print_report(summary: Summary, console: Any, *, verbose: bool = False) -> None:
    """The works table, doubts grouped with counts, and a closing summary, on a rich ``console``."""
    from rich.markup import escape
    from rich.table import Table

    width = max(80, console.width or 80)
    table = Table(title=f"{summary.works} works ({summary.new} new)", title_justify="left", expand=False,
                  pad_edge=False, box=None, header_style="bold", padding=(0, 1), collapse_padding=True)
    cells = [table_cells(row) for row in summary.rows]
    for column, size in column_widths(cells, width).items():
        table.add_column(column, no_wrap=True, overflow="ellipsis", width=size)
    shown = cells if verbose else cells[:TABLE_ROWS]
    sizes = {column.header: column.width or 0 for column in table.columns}
    for row in shown:  # cut at a word boundary where a space allows; rich's "…" is the fallback
        table.add_row(*(escape(clip(row[c], sizes[c]) if c in ("title", "author", "cited") else row[c]) for c in COLUMNS))
    console.print(table)
    if len(shown) < len(summary.rows):
        console.print(f"… and {len(summary.rows) - len(shown)} more works (--verbose lists them all)")
    groups = summary.by_reason()
    if groups:
        console.print()
        console.print("[bold]Uncertain items[/]")
    for reason, items in groups.items():
        console.print(f"  [yellow]{escape(reason)}[/] ×{len(items)}", overflow="ellipsis", no_wrap=True)
        for doubt in items if verbose else items[:EXAMPLES]:
            where = doubt.where
            if summary.single and where.startswith(summary.single):
                where = where[len(summary.single):].lstrip(", ")
            where = f"{where}: " if where else ""
            console.print(f"    {escape(clip(where + doubt.text, width - 4))}", no_wrap=True)
        if not verbose and len(items) > EXAMPLES:
            console.print(f"    … {len(items) - EXAMPLES} more")
    console.print()
    for line in summary_lines(summary):
        console.print(escape(line), overflow="fold")


#: The table's columns: (least, most) width; the title takes what is left. The type and the
#: library's other fields are in the library itself (and in ``--json``).
COLUMNS = {"key": (8, 20), "author": (6, 14), "title": (12, 200), "year": (4, 4), "cited": (5, 14)}


def table_cells(row: dict[str, str]) -> dict[str, str]:
    """A works-table row as shown: ``cited`` is the count with the notes (``8 (1, 2, 3)``)."""
    cited = row["cited"] + (f" ({row['notes']})" if row["notes"] else "")
    return {"key": row["key"], "author": row["author"], "title": row["title"], "year": row["year"], "cited": cited}


def column_widths(rows: list[dict[str, str]], width: int = 80) -> dict[str, int]:
    """Each column's width so that the table (one space between columns) fits ``width``: a column
    as wide as its longest cell within its bounds, the title taking the rest; if that leaves the
    title too little, the widest other columns give way down to their least."""
    sizes = {c: min(high, max([len(c)] + [len(r[c]) for r in rows])) for c, (low, high) in COLUMNS.items()}
    sizes = {c: max(COLUMNS[c][0], n) for c, n in sizes.items()}
    gaps = len(COLUMNS) - 1
    others = sum(n for c, n in sizes.items() if c != "title")
    while width - gaps - others < COLUMNS["title"][0]:
        shrinkable = [c for c in sizes if c != "title" and sizes[c] > COLUMNS[c][0]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda c: sizes[c] - COLUMNS[c][0])
        sizes[widest] -= 1
        others -= 1
    sizes["title"] = max(COLUMNS["title"][0], min(sizes["title"], width - gaps - others))
    return sizes


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters at a word boundary, with "…" (never mid-word when a
    space allows)."""
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut).rstrip() + "…"


#: Notes named in the closing "Review first" line.
REVIEW_NOTES = 8


def review_line(summary: Summary) -> str:
    """The notes to review first, grouped by document (``a.txt notes 3, 7, 12; b.txt note 2``),
    with how many more there are."""
    shown = summary.review[:REVIEW_NOTES]
    by_document: dict[str, list[int]] = {}
    for document, note in shown:
        by_document.setdefault(document, []).append(note)
    parts = []
    for document, notes in by_document.items():
        label = "note" if len(notes) == 1 else "notes"
        name = "" if summary.single and document == summary.single else f"{document} "
        parts.append(f"{name}{label} {', '.join(str(n) for n in notes)}")
    more = len(summary.review) - len(shown)
    return "; ".join(parts) + (f" (and {more} more notes)" if more else "")


def summary_lines(summary: Summary) -> list[str]:
    """The closing summary: figures, doubts by reason, and where to look."""
    documents = f"{summary.documents} document{'s' if summary.documents != 1 else ''}"
    if summary.single and summary.documents == 1:
        documents += f" ({summary.single})"
    if summary.failed:
        documents += f" ({len(summary.failed)} failed)"
    notes = f", {summary.notes} notes" if summary.notes is not None else ""
    links = sum(summary.links.values())
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(summary.links.items(), key=lambda kv: -kv[1]))
    lines = [f"Summary: {documents}{notes}, {summary.works} works ({summary.new} new), "
             f"{links} links" + (f" ({kinds})" if kinds else "") + "."]
    groups = summary.by_kind()
    if groups:
        counts = ", ".join(f"{kind} {len(items)}" for kind, items in groups.items())
        lines.append(f"Uncertain: {sum(len(i) for i in groups.values())} ({counts}).")
        looks = dict.fromkeys(hint for kind in groups for hint in WHERE_TO_LOOK.get(kind, []))
        lines.append("Where to look: " + "; ".join(list(looks) + ["--verbose lists every item"]) + ".")
        if summary.review:
            lines.append(f"Review first: {review_line(summary)}.")
    else:
        lines.append("Uncertain: none.")
    return lines
