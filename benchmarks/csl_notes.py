"""Footnote sequences compared with citeproc-js (Zotero's engine), note by note.

    python benchmarks/csl_notes.py [--oracle PATH] [--style NAME ...] [--verbose]

Renders the note sequence of ``<shared>/data/csl-oracle/notes_dev_oracle.json`` (``$NOTECITE_SHARED``
overrides ``<repo>/../shared``) in each of its styles through notecite's layer, the cited items
registered in order of first citation, as the oracle was made, and compares every note with
citeproc-js: as HTML markup (:func:`notecite.csl.sweep.norm_html`) and as plain text. A note whose
rendering raises counts as different. ``--verbose`` prints each differing note. The closing lines
give the identical notes per style and in all.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def default_oracle() -> Path:
    """The dev notes oracle in $NOTECITE_SHARED, else ../shared next to the repository."""
    shared = Path(os.environ.get("NOTECITE_SHARED") or ROOT / ".." / "shared")
    return shared / "data" / "csl-oracle" / "notes_dev_oracle.json"


def cited_records(oracle: dict, items: list[dict]) -> list[dict]:
    """The records the sequence cites, in order of first citation (as the oracle registered them)."""
    by_id = {str(r["id"]): r for r in items}
    order: list[str] = []
    for note in oracle["notes"]:
        for cite in note["cites"]:
            if cite["id"] not in order:
                order.append(cite["id"])
    return [by_id[i] for i in order]


def main(argv: list[str] | None = None) -> int:
    """Compare every note; exit 2 if the oracle or its items are missing."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oracle", type=Path, default=None)
    parser.add_argument("--style", action="append", default=[], help="only this style (repeatable)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    path = args.oracle or default_oracle()
    if not path.is_file():
        print(f"no notes oracle at {path}", file=sys.stderr)
        return 2
    oracle = json.loads(path.read_text(encoding="utf-8"))
    items_path = path.parent / oracle["items_file"]
    if not items_path.is_file():
        print(f"no items file at {items_path}", file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")
    from notecite.csl.render import render_notes
    from notecite.csl.sweep import norm_html, norm_text

    records = cited_records(oracle, json.loads(items_path.read_text(encoding="utf-8")))
    notes = [note["cites"] for note in oracle["notes"]]
    numbers = [note["noteIndex"] for note in oracle["notes"]]
    total = same_html = same_text = 0
    for style, expected in oracle["styles"].items():
        if args.style and style not in args.style:
            continue
        if expected.get("error"):
            continue
        try:
            html = render_notes(records, style, notes, note_numbers=numbers, output="html")
            text = render_notes(records, style, notes, note_numbers=numbers, output="text")
        except Exception as error:  # a style that raises is a measured result
            print(f"{style}: raises {type(error).__name__}: {error}")
            html = text = [""] * len(notes)
        ok_html = ok_text = 0
        for n, (mine_h, theirs_h, mine_t, theirs_t) in enumerate(zip(html, expected["html"], text, expected["text"])):
            good_h = norm_html(mine_h) == norm_html(theirs_h)
            good_t = norm_text(mine_t) == norm_text(theirs_t)
            ok_html += good_h
            ok_text += good_t
            if args.verbose and not (good_h and good_t):
                print(f"  {style} note {numbers[n]} ({oracle['notes'][n]['tests']}):")
                print(f"    notecite:    {mine_h}")
                print(f"    citeproc-js: {theirs_h}")
        total += len(notes)
        same_html += ok_html
        same_text += ok_text
        print(f"{style}: html {ok_html}/{len(notes)}, text {ok_text}/{len(notes)}")
    print(f"notes identical as HTML markup: {same_html}/{total} = {100.0 * same_html / max(total, 1):.1f}%")
    print(f"notes identical as text: {same_text}/{total} = {100.0 * same_text / max(total, 1):.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
