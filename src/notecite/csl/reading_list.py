"""Reading lists: works grouped under headings, each entry in a CSL style with where it was cited."""
from __future__ import annotations

import html
from collections import defaultdict
from typing import Iterable

from ..library import Citation
from ..records import Record
from .formatters import markdown_escape
from .render import render_bibliography

#: Readable headings for CSL types when grouping by type.
TYPE_HEADINGS = {
    "book": "Books", "chapter": "Chapters", "article-journal": "Journal articles",
    "article-magazine": "Magazine articles", "article-newspaper": "Newspaper articles",
    "pamphlet": "Pamphlets", "thesis": "Theses", "report": "Reports", "webpage": "Web pages",
    "manuscript": "Manuscripts", "document": "Other documents",
}


def where_cited(citations: Iterable[Citation]) -> str:
    """``cited 3 times: a.txt n. 1, 2, 4`` (empty when never cited)."""
    citations = list(citations)
    if not citations:
        return ""
    by_document: dict[str, list[str]] = defaultdict(list)
    for c in citations:
        if str(c.note) not in by_document[c.document]:
            by_document[c.document].append(str(c.note))
    places = "; ".join(f"{doc} n. {', '.join(notes)}" for doc, notes in by_document.items())
    times = "once" if len(citations) == 1 else f"{len(citations)} times"
    return f"cited {times}: {places}"


def group_by_author(records: list[Record]) -> list[tuple[str, list[Record]]]:
    """Groups headed by the first author's name (or editor's), anonymous works last."""
    groups: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        names = record.get("author") or record.get("editor") or []
        if names:
            first = names[0]
            heading = first.get("literal") or ", ".join(p for p in (first.get("family"), first.get("given")) if p)
        else:
            heading = "Anonymous"
        groups[heading].append(record)
    return sorted(((h, sorted(rs, key=sort_key)) for h, rs in groups.items()), key=lambda kv: (kv[0] == "Anonymous", kv[0].casefold()))


def group_by_type(records: list[Record]) -> list[tuple[str, list[Record]]]:
    """Groups headed by the kind of work (books, chapters, articles…)."""
    groups: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        groups[TYPE_HEADINGS.get(record.get("type", ""), record.get("type", "Other").capitalize())].append(record)
    return sorted((h, sorted(rs, key=sort_key)) for h, rs in groups.items())


def sort_key(record: Record) -> tuple:
    """Alphabetical by first creator, then title, then year."""
    names = record.get("author") or record.get("editor") or [{}]
    name = names[0].get("family") or names[0].get("literal") or "~"
    date = record.get("issued")
    year = str(date.get("date-parts", [[""]])[0][0]) if isinstance(date, dict) and date.get("date-parts") else ""
    return (name.casefold(), str(record.get("title", "")).casefold(), year)


def render_reading_list(groups: list[tuple[str, list[Record]]], citations: list[Citation], style: str, *,
                        locale: str | None = None, output: str = "markdown") -> str:
    """The whole reading list as Markdown, HTML or text: a heading per group, one entry per record,
    groups and records in the order given."""
    by_record: dict[str, list[Citation]] = defaultdict(list)
    for citation in citations:
        by_record[citation.record_id].append(citation)
    inner = "html" if output == "html" else ("markdown" if output == "markdown" else "text")
    lines: list[str] = []
    for heading, records in groups:
        order = [(r, render_bibliography([r], style, locale=locale, output=inner)[0]) for r in records]
        if output == "html":
            lines.append(f"<h2>{html.escape(heading)}</h2>\n<ul>")
        elif output == "markdown":
            lines.append(f"## {markdown_escape(heading)}\n")
        else:
            lines.append(heading)
        for record, entry in order:
            where = where_cited(by_record.get(record["id"], []))
            if output == "html":
                lines.append(f"<li>{entry}" + (f" <small>({html.escape(where)})</small>" if where else "") + "</li>")
            elif output == "markdown":
                lines.append(f"- {entry}" + (f" ({markdown_escape(where)})" if where else ""))
            else:
                lines.append(f"  {entry}" + (f" ({where})" if where else ""))
        lines.append("</ul>\n" if output == "html" else "")
    return "\n".join(lines).rstrip() + "\n"
