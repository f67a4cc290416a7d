"""``notecite zotero``: push a library to Zotero (desktop or zotero.org), or export Zotero item JSON."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..fileio import write_atomically
from ..library import Library


def register(subparsers: Any) -> None:
    """Add the ``zotero`` subcommand with ``push`` and ``export``."""
    parser = subparsers.add_parser(
        "zotero", help="push a library to Zotero or export it as Zotero item JSON",
        description="Send the works of a library to Zotero: to the running Zotero desktop (default) "
                    "or to a zotero.org library (--web). Each item gets the tags 'notecite' and "
                    "'notecite:<kind>' and a child note saying where it was cited.")
    actions = parser.add_subparsers(dest="zotero_action", metavar="ACTION")
    push = actions.add_parser("push", help="create the library's items in Zotero",
                              description="Create the items in Zotero. Without --web: the Zotero desktop "
                                          "running on this computer (connector, port 23119).")
    push.add_argument("libraries", nargs="+", metavar="LIBRARY", help="CSL-JSON, BibTeX or RIS file")
    _common(push)
    push.add_argument("--web", action="store_true", help="push to a zotero.org library through the Web API")
    push.add_argument("--library-id", metavar="ID", help="zotero.org userID (or groupID with --group)")
    push.add_argument("--group", action="store_true", help="--library-id is a group")
    push.add_argument("--api-key", metavar="KEY", help="zotero.org API key with write access (default: $ZOTERO_API_KEY)")
    push.add_argument("--api-url", metavar="URL", default=None,
                      help="Web API base URL (default https://api.zotero.org) or, without --web, the "
                           "connector URL (default http://127.0.0.1:23119)")
    push.set_defaults(func=run_push)
    export = actions.add_parser("export", help="write the Zotero item JSON (Web API shape) to a file")
    export.add_argument("libraries", nargs="+", metavar="LIBRARY")
    export.add_argument("-o", "--output", required=True, metavar="ITEMS.json")
    _common(export, collection=False)
    export.set_defaults(func=run_export)
    parser.set_defaults(func=lambda args: (parser.print_help(), 2)[1])


def _common(parser: argparse.ArgumentParser, collection: bool = True) -> None:
    if collection:
        parser.add_argument("--collection", metavar="NAME", help="put the items in this collection")
    parser.add_argument("--tags", nargs="*", default=[], metavar="TAG", help="extra tags for every item")
    parser.add_argument("--citations", metavar="CITATIONS.json",
                        help="where each work was cited (from `notecite extract --citations`), for the notes")
    parser.add_argument("--no-notes", action="store_true", help="no child note listing where a work was cited")


def load(args: argparse.Namespace) -> Library:
    """The libraries named on the command line, merged, with citations from ``--citations``."""
    from ..formats import read
    from ..zotero import read_citations

    library = Library()
    for path in args.libraries:
        library.extend(read(path))
    if args.citations:
        known = {r.get("id") for r in library.records}
        cites = read_citations(args.citations)
        unknown = sorted({c.record_id for c in cites} - known)
        if unknown and len(unknown) == len({c.record_id for c in cites}):
            raise InputError(args.citations, f"no cited id is in the library (e.g. {unknown[0]!r})")
        library.citations.extend(cites)
    return library


def run_export(args: argparse.Namespace) -> int:
    """Write the items (and provenance notes) as a JSON array, atomically."""
    from ..zotero import library_to_items

    library = load(args)
    items = library_to_items(library, tags=args.tags, notes=not args.no_notes)
    write_atomically(args.output, json.dumps(items, ensure_ascii=False, indent=2) + "\n")
    print(f"notecite: wrote {sum(i['itemType'] != 'note' for i in items)} items "
          f"and {sum(i['itemType'] == 'note' for i in items)} notes to {args.output}", file=sys.stderr)
    return 0


def run_push(args: argparse.Namespace) -> int:
    """Push to the connector (default) or the Web API; prints what was created and what failed."""
    from ..zotero import push_connector, push_web
    from ..zotero.webapi import PushInterrupted

    library = load(args)
    if args.web:
        api_key = args.api_key or os.environ.get("ZOTERO_API_KEY", "")
        if not args.library_id:
            raise InputError("--library-id", "--web needs --library-id (your zotero.org userID, or a groupID with --group)")
        options = {"base_url": args.api_url} if args.api_url else {}
        where = f"{'groups' if args.group else 'users'}/{args.library_id}"
        try:
            report = push_web(library, library_id=args.library_id, api_key=api_key, group=args.group,
                              collection=args.collection, tags=args.tags, notes=not args.no_notes, **options)
        except PushInterrupted as stopped:
            for item in stopped.report.created:
                print(f"notecite: saved: {item['itemType']} {item['title']!r} ({item['key']})", file=sys.stderr)
            print(f"notecite: {len(stopped.report.created)} objects were saved in {where} before the error; "
                  "run the same command again to push the rest (items already there are skipped)", file=sys.stderr)
            raise
        if report.skipped:
            print(f"notecite: {len(report.skipped)} objects already in {where} (pushed before) skipped", file=sys.stderr)
        if report.collection:
            state = "created" if report.collection_created else "existing"
            print(f"notecite: collection {args.collection!r} ({state}, key {report.collection})", file=sys.stderr)
        print(f"notecite: {len(report.created)} objects created in {where} in {report.batches} batches"
              + (f", {len(report.unchanged)} unchanged" if report.unchanged else "")
              + (f", {report.retries} retries, waited {report.waited:.1f} s" if report.retries or report.waited else ""),
              file=sys.stderr)
        for batch in report.already_written:
            print(f"notecite: a batch was already written (412, write token used): {batch['keys']}", file=sys.stderr)
        for failure in report.failed:
            print(f"notecite: failed: {failure['itemType']} {failure['title']!r}: "
                  f"{failure['code']} {failure['message']}", file=sys.stderr)
        return 0 if report.ok else 1
    uri = Path(args.libraries[0]).resolve().as_uri()
    options = {"base_url": args.api_url} if args.api_url else {}
    report = push_connector(library, collection=args.collection, tags=args.tags, notes=not args.no_notes,
                            uri=uri, **options)
    where = f"collection {args.collection!r}" if args.collection else "the collection selected in Zotero"
    print(f"notecite: saved {report.saved} items with {report.notes} notes to {where}", file=sys.stderr)
    return 0
