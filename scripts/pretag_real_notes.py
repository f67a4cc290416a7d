"""Pre-tag the notes of real documents for hand annotation, and check annotations against their documents.

    python scripts/pretag_real_notes.py ID [ID ...] [--model FILE]   # writes data/annotated/real/ID.xml
    python scripts/pretag_real_notes.py --check [ID ...]            # every (or each given) annotation

Pre-tagging writes one ``<note n="N">`` per note of ``data/real/documents/ID.txt``, its fields tagged
as the parser labels them today (tag rules applied). It is a first draft only: every tag is then
read and corrected by hand against the note text and the answer key, which is what makes the
file training data. An existing annotation is never overwritten.

``--check`` reads each annotation back and exits 1 when its notes are not the document's notes
(count, numbers, or text once the tags are removed): training on a note the document does not hold,
or on a hand edit that changed the wording, would teach the parser text nobody wrote.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from notecite.document import read_document
from notecite.errors import NotecitError
from notecite.fileio import write_atomically
from notecite.parse import label_note
from notecite.parse.labels import tag_spans
from notecite.parse.training.annotated import differences_from_document
from notecite.parse.leftovers import dashes_as_stops, low_quotes_as_high
from notecite.parse.tagger import default_tagger

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = REPO / "data" / "real" / "documents"
ANNOTATED = REPO / "data" / "annotated" / "real"


def tagged_note(text: str, italic_spans, tagger) -> str:
    """``text`` as XML, each field the parser finds wrapped in an element named by its label."""
    tokens, tags, _ = label_note(low_quotes_as_high(dashes_as_stops(text)), italic_spans, tagger)
    out, at = [], 0
    for first, last, label in tag_spans(tokens, tags):
        start, end = tokens[first].start, tokens[last - 1].end
        out.append(escape(text[at:start]))
        out.append(f"<{label}>{escape(text[start:end])}</{label}>")
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


def pretag(name: str, model: str | None) -> Path:
    """Write data/annotated/real/<name>.xml from the parser's labels; refuse to overwrite."""
    path = ANNOTATED / f"{name}.xml"
    if path.exists():
        raise SystemExit(f"{path}: exists; pre-tagging never overwrites an annotation")
    document = read_document(DOCUMENTS / f"{name}.txt")
    tagger = default_tagger(model)
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, check=True).stdout.strip()
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f"<!-- Real notes of data/real/documents/{name}.txt, annotated token by token: pre-tagged by "
             f"scripts/pretag_real_notes.py at {commit}, every tag then read and corrected by hand against the "
             "note text. Text outside elements is prose. -->",
             "<notes>"]
    lines += [f'<note n="{note.number}">{tagged_note(note.text, note.italic_spans, tagger)}</note>'
              for note in document.notes]
    lines.append("</notes>")
    write_atomically(path, "\n".join(lines) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ids", nargs="*", help="document ids (data/real/documents/ID.txt)")
    parser.add_argument("--model", help="parser model file (default: the shipped one)")
    parser.add_argument("--check", action="store_true", help="check annotations against their documents")
    args = parser.parse_args(argv)
    if args.check:
        paths = [ANNOTATED / f"{name}.xml" for name in args.ids] or sorted(ANNOTATED.glob("*.xml"))
        failed = 0
        for path in paths:
            for problem in differences_from_document(path, DOCUMENTS / f"{path.stem}.txt"):
                print(f"{path.name}: {problem}")
                failed += 1
        print(f"{len(paths)} annotations checked, {failed} problems")
        return 1 if failed else 0
    if not args.ids:
        parser.error("give document ids to pre-tag, or --check")
    for name in args.ids:
        try:
            print(pretag(name, args.model))
        except NotecitError as error:  # a missing or unreadable document or model: said, nothing written
            print(f"pretag_real_notes: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
