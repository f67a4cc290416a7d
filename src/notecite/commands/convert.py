"""``notecite convert IN... -o OUT``: convert libraries between CSL-JSON, BibTeX, BibLaTeX and RIS."""
from __future__ import annotations

import argparse
import sys

from . import HelpFormatter
from .. import formats
from ..keys import DEFAULT_FORMAT, KeyFormat
from ..library import Library


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``convert`` subcommand."""
    parser = subparsers.add_parser(
        "convert",
        help="convert bibliography files between CSL-JSON, BibTeX, BibLaTeX and RIS",
        description="Read one or more library files (format from each extension), concatenate them, "
        "give every record a stable citation key (existing ones are kept, collisions get a, b, …) "
        "and write them to OUT in one go.",
        epilog="examples:\n  notecite convert refs.bib -o refs.json\n"
               "  notecite convert a.ris b.json -o all.bib --to bibtex --ascii\n"
               "  notecite convert zotero.json -o refs.bib \\\n"
               "      --key-format 'auth.lower + shorttitle(3,3) + year'",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="IN", help="input files (.json, .bib, .bibtex, .biblatex, .ris)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="output file")
    parser.add_argument("--to", choices=formats.FORMAT_NAMES, help="output format (default: from OUT's extension)")
    parser.add_argument("--from", dest="from_format", choices=formats.FORMAT_NAMES,
                        help="input format for every IN (default: from each extension)")
    parser.add_argument("--for", dest="target", choices=["zotero"],
                        help="write what this application's importer takes in whole (zotero: every value in a "
                             "Zotero field or in Extra; CSL-JSON is the best format for it)")
    parser.add_argument("--ascii", action="store_true",
                        help="write ASCII only: LaTeX accents in BibTeX, \\u escapes in CSL-JSON")
    parser.add_argument("--key-format", metavar="FORMULA", default=DEFAULT_FORMAT,
                        help="key formula for records without a key, Better BibTeX style "
                             f"(default: {DEFAULT_FORMAT!r}; see `notecite extract --help`)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Convert; returns 0. Bad input raises InputError before anything is written."""
    fmt = args.to or formats.format_from_path(args.output)
    key_format = KeyFormat.parse(args.key_format)
    library = Library()
    for path in args.inputs:
        library.extend(formats.read(path, args.from_format))
    library.assign_keys(key_format)
    formats.write(library, args.output, fmt, ascii=args.ascii, for_zotero=args.target == "zotero")
    for warning in library.warnings:
        print(f"notecite: warning: {warning}", file=sys.stderr)
    print(f"{len(library)} records written to {args.output} ({fmt})", file=sys.stderr)
    return 0
