"""``notecite notes DOCUMENT``: print a document's numbered notes (warnings go to stderr)."""
from __future__ import annotations

import argparse
import json
import sys

from ..document import FORMATS, read_document


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``notes`` subcommand."""
    parser = subparsers.add_parser(
        "notes",
        help="print the numbered notes of a document",
        description="Read a document (.txt, .md, .html, .docx, .odt, .pdf; - for standard input with --from) and print its footnotes or endnotes, "
        "one numbered note per entry. Warnings about the reading go to standard error.",
        epilog="examples: notecite notes article.docx; notecite notes article.pdf --json | jq '.notes | length'",
    )
    parser.add_argument("document", metavar="DOCUMENT", help="the article to read")
    parser.add_argument("--json", action="store_true", help="print notes, markers and warnings as JSON")
    parser.add_argument(
        "--from", dest="fmt", choices=sorted(FORMATS), default=None,
        help="the document's format (default: from its extension)",
    )
    parser.set_defaults(func=run)


def format_notes(notes) -> str:
    """The notes as text: "N. text", continuation lines indented under the text."""
    lines = []
    for note in notes:
        prefix = f"{note.number}. "
        body = note.text.replace("\n", "\n" + " " * len(prefix))
        lines.append(prefix + body)
    return "\n".join(lines) + ("\n" if lines else "")


def run(args: argparse.Namespace) -> int:
    """Print the notes of ``args.document``; returns 0."""
    document = read_document(args.document, args.fmt)
    for warning in document.warnings:
        print(f"notecite: warning: {document.path}: {warning}", file=sys.stderr)
    if args.json:
        sys.stdout.write(json.dumps(document.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_notes(document.notes))
    return 0
