"""``notecite reading-list``: works grouped by author, type or work, with where they were cited."""
from __future__ import annotations

import argparse
from pathlib import Path

from . import HelpFormatter
from ..csl.reading_list import group_by_author, group_by_type, render_reading_list, sort_key
from ..fileio import write_atomically
from ..formats import read as read_library
from ..formats.citations import read_citations
from ..library import Library
from ..link.dedup import work_groups
from ..pipeline import extract

DOCUMENT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".docx"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "reading-list", help="a reading list of a library's works, grouped, with where each was cited",
        description="LIBRARY is a .bib/.json/.ris library (with --citations from `notecite extract`) or "
                    "documents to extract on the fly.",
        epilog="examples:\n  notecite reading-list article.txt --output html -o reading.html\n"
               "  notecite reading-list lib.bib --citations cites.json --group-by author \\\n"
               "      --style apa",
        formatter_class=HelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="LIBRARY")
    parser.add_argument("--style", default="chicago-notes-bibliography",
                        help="CSL style: name, path or URL (default: chicago-notes-bibliography)")
    parser.add_argument("--locale", help="locale such as en-US or fr-FR (default: the style's own)")
    parser.add_argument("--group-by", choices=["author", "type", "work"], default="work",
                        help="headings: first author (spellings differing only in accents are one), kind of "
                             "work, or work with its editions and translations together (default: work)")
    parser.add_argument("--output", choices=["markdown", "html", "text"], default="markdown",
                        help="markdown, a complete HTML page, or plain text (default: markdown)")
    parser.add_argument("--citations", metavar="CITATIONS.json", help="where the works were cited (from extract --citations)")
    parser.add_argument("--title", default="Reading list", help="the list's title (default: Reading list)")
    parser.add_argument("-o", "--out", metavar="FILE", help="write to FILE instead of standard output")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    documents = [p for p in args.inputs if Path(p).suffix.lower() in DOCUMENT_SUFFIXES]
    libraries = [p for p in args.inputs if p not in documents]
    library = Library()
    for path in libraries:
        library.extend(read_library(path))
    if documents:
        library = extract(documents, into=library)
    library.assign_keys()
    if args.citations:
        library.citations.extend(read_citations(args.citations))
    text = render_reading_list(groups(library, args.group_by), library.citations, args.style,
                               locale=args.locale, output=args.output, title=args.title)
    if args.out:
        write_atomically(args.out, text)
    else:
        print(text, end="")
    return 0


def groups(library: Library, group_by: str) -> list[tuple[str, list[dict]]]:
    """The reading list's headings and records."""
    records = list(library.records)
    if group_by == "author":
        return group_by_author(records)
    if group_by == "type":
        return group_by_type(records)
    out = []
    for members in work_groups(library):
        members = sorted(members, key=lambda r: (sort_key(r)[2] or "9999"))
        out.append((str(members[0].get("title") or members[0].get("container-title") or members[0]["id"]), members))
    return sorted(out, key=lambda kv: sort_key(kv[1][0]))
