"""Reading lists: works grouped under headings, each entry in a CSL style with where it was cited.

HTML output is a complete page (doctype, charset, title, a small stylesheet). When every cite
comes from one document, the document is named once, under the title, and entries give only
the notes. Grouped by author, spellings of one name that differ only in accents or case
(``Breton, Andre`` / ``Breton, André``) are one author, headed by the spelling most used
(the accented one on a tie).
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter, defaultdict
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


def where_cited(citations: Iterable[Citation], *, name_documents: bool = True) -> str:
    """``cited 3 times: a.txt n. 1, 2, 4`` (empty when never cited); without the document's
    name (``cited 3 times: n. 1, 2, 4``) when ``name_documents`` is false."""
    citations = list(citations)
    if not citations:
        return ""
    by_document: dict[str, list[str]] = defaultdict(list)
    for c in citations:
        if str(c.note) not in by_document[c.document]:
            by_document[c.document].append(str(c.note))
    places = "; ".join((f"{doc} " if name_documents else "") + f"n. {', '.join(notes)}"
                       for doc, notes in by_document.items())
    times = "once" if len(citations) == 1 else f"{len(citations)} times"
    return f"cited {times}: {places}"


def group_by_author(records: list[Record]) -> list[tuple[str, list[Record]]]:
    """Groups headed by the first author's name (or editor's), anonymous works last."""
    groups: dict[str, list[Record]] = defaultdict(list)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        names = record.get("author") or record.get("editor") or []
        if names:
            first = names[0]
            heading = first.get("literal") or ", ".join(p for p in (first.get("family"), first.get("given")) if p)
        else:
            heading = "Anonymous"
        key = _name_key(heading)
        groups[key].append(record)
        spellings[key][heading] += 1
    headed = [(_preferred(spellings[key]), members) for key, members in groups.items()]
    return sorted(((h, sorted(rs, key=sort_key)) for h, rs in headed), key=lambda kv: (kv[0] == "Anonymous", kv[0].casefold()))


def _name_key(name: str) -> str:
    """A name folded to compare spellings: accents, case, spacing and punctuation aside."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9,]+", "", folded)


def _preferred(spellings: Counter[str]) -> str:
    """The spelling used most; on a tie, the one with more non-ASCII letters (accents kept)."""
    return max(spellings, key=lambda s: (spellings[s], sum(1 for ch in s if ord(ch) > 127), s))


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


#: The stylesheet of an HTML reading list: readable line length, quiet where-cited notes.
STYLESHEET = """body { font-family: Georgia, "Times New Roman", serif; max-width: 42em; margin: 2em auto;
  padding: 0 1em; line-height: 1.5; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 1.5em; border-bottom: 1px solid #ddd; }
ul { padding-left: 0; list-style: none; }
li { margin: 0.5em 0; padding-left: 2em; text-indent: -2em; }
.cited { color: #666; font-size: 0.9em; }
.source { color: #666; }"""


def render_reading_list(groups: list[tuple[str, list[Record]]], citations: list[Citation], style: str, *,
                        locale: str | None = None, output: str = "markdown", title: str = "Reading list") -> str:
    """The whole reading list as Markdown, HTML or text: a title, a heading per group, one entry per
    record, groups and records in the order given. HTML is a complete page (see the module doc)."""
    by_record: dict[str, list[Citation]] = defaultdict(list)
    for citation in citations:
        by_record[citation.record_id].append(citation)
    documents = list(dict.fromkeys(c.document for c in citations))
    one_document = len(documents) == 1
    source = f"Works cited in {documents[0]}" if one_document else ""
    inner = "html" if output == "html" else ("markdown" if output == "markdown" else "text")
    lines: list[str] = []
    if output == "html":
        lines.append(f"<h1>{html.escape(title)}</h1>" + (f"\n<p class=\"source\">{html.escape(source)}</p>" if source else ""))
    elif output == "markdown":
        lines.append(f"# {markdown_escape(title)}\n" + (f"\n{markdown_escape(source)}\n" if source else ""))
    else:
        lines.append(title + (f"\n{source}" if source else "") + "\n")
    for heading, records in groups:
        order = [(r, render_bibliography([r], style, locale=locale, output=inner)[0]) for r in records]
        if output == "html":
            lines.append(f"<h2>{html.escape(heading)}</h2>\n<ul>")
        elif output == "markdown":
            lines.append(f"## {markdown_escape(heading)}\n")
        else:
            lines.append(heading)
        for record, entry in order:
            where = where_cited(by_record.get(record["id"], []), name_documents=not one_document)
            if output == "html":
                lines.append(f"<li>{entry}" + (f" <span class=\"cited\">({html.escape(where)})</span>" if where else "") + "</li>")
            elif output == "markdown":
                lines.append(f"- {entry}" + (f" ({markdown_escape(where)})" if where else ""))
            else:
                lines.append(f"  {entry}" + (f" ({where})" if where else ""))
        lines.append("</ul>\n" if output == "html" else "")
    body = "\n".join(lines).rstrip() + "\n"
    if output != "html":
        return body
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{html.escape(title)}</title>\n<style>\n{STYLESHEET}\n</style>\n</head>\n<body>\n"
            f"{body}</body>\n</html>\n")
