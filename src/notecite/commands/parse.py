"""``notecite parse "note text"``: print the cites the parser finds in a note, field by field."""
from __future__ import annotations

import argparse
import json
import sys

from . import HelpFormatter


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``parse`` subcommand."""
    parser = subparsers.add_parser(
        "parse", help="label the cites in a note's text",
        description="Label the cites the parser finds in one note: kind, fields, pinpoint, confidence.",
        epilog="examples:\n  notecite parse \"Victor Serge, Memoirs of a Revolutionary (London, 1963), 67.\"\n"
               "  echo 'Ibid., 12.' | notecite parse --json",
        formatter_class=HelpFormatter)
    parser.add_argument("text", nargs="*", help="note text (read from standard input when absent)")
    parser.add_argument("--json", action="store_true", help="print the cites as JSON")
    parser.add_argument("--tags", action="store_true", help="print each token with its tag")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Parse the note and print its cites (or tokens and tags)."""
    from dataclasses import asdict

    from ..parse import parse_note, tag

    text = " ".join(args.text) if args.text else sys.stdin.read()
    text = text.strip()
    if args.tags:
        for token, label in tag(text):
            print(f"{token.text}\t{label}")
        return 0
    cites = parse_note(text)
    if args.json:
        print(json.dumps([asdict(c) for c in cites], ensure_ascii=False, indent=2))
        return 0
    if not cites:
        print("(no cite found)")
    for n, cite in enumerate(cites, 1):
        print(f"cite {n}: {cite.kind} [{cite.start}:{cite.end}] confidence {cite.confidence:.2f}")
        if cite.prefix:
            print(f"  prefix: {cite.prefix}")
        for label, value in cite.fields:
            print(f"  {label}: {value}")
        if cite.suffix:
            print(f"  suffix: {cite.suffix}")
    return 0
