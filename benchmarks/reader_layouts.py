"""How the plain-text reader copes with the layouts web pages give notes when copied as text.

Usage:
    python benchmarks/reader_layouts.py [--split train dev] [-v]

Each real-notes document (``data/real/``, train and dev splits by default; the blind split never) is read as
printed, then written out again in each layout of :data:`LAYOUTS`: the same body and notes, with the note
numbers, the notes heading, the body's note markers and the page furniture around them as web pages and
their copies show them (``[1]`` and ``↩``, a number on its own line, superscript markers, a share-and-comment
footer…). Each copy is read back, and a note counts as read when its number and its text (spaces
normalized) are those of the document as printed. The figures are the share of notes read per layout, and
the documents whose copy lost or changed notes.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Callable

from notecite.document import read_document
from notecite.document.model import Document
from notecite.errors import NotecitError

REAL = Path(__file__).resolve().parents[1] / "data" / "real"

_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

#: Page furniture a copied web page carries after its notes (a blog's sharing and comment links, a journal's
#: footer), and before its body (a site's menu).
FOOTER = "\n\nShare this:\nTwitter\nFacebook\n\nRelated\n\nLeave a Reply Cancel reply\n\nCopyright © 2024 The Review. All rights reserved.\n"
MENU = "Home\nAbout\nArchive\nSubscribe\nDonate\n\n"


def _marker(style: str, number: int) -> str:
    return {"bracket": f"[{number}]", "super": str(number).translate(_SUPER), "paren": f"({number})",
            "glued": str(number)}[style]


def _note_line(style: str, number: int, text: str) -> str:
    return {"dot": f"{number}. {text}", "bracket": f"[{number}] {text}", "bare": f"{number} {text}",
            "super": f"{str(number).translate(_SUPER)} {text}", "back": f"back to text - {text}",
            "bracket-arrow": f"[{number}] {text} ↩", "own-line": f"{number}\n{text}",
            "bracket-own-line": f"[{number}]\n{text}", "caret": f"^ {text}", "tab": f"{number}.\t{text}",
            "paren": f"{number}) {text}", "arrow-first": f"↑ {number}. {text}", "glued": f"{number}{text}",
            "super-glued": f"{str(number).translate(_SUPER)}{text}"}[style]


#: name -> (body marker style, note line style, heading, blank line between notes, menu before, footer after)
LAYOUTS: dict[str, tuple[str, str, str, bool, bool, bool]] = {
    "printed-like": ("bracket", "dot", "Notes", True, False, False),
    "wordpress": ("bracket", "bracket", "Notes", True, True, True),
    "wordpress-tight": ("bracket", "bracket", "Notes", False, True, True),
    "back-arrow": ("bracket", "bracket-arrow", "Notes", True, False, True),
    "superscripts": ("super", "super", "Footnotes", True, False, False),
    "bare-numbers": ("super", "bare", "NOTES", False, False, False),
    "back-to-text": ("bracket", "back", "Notes", False, True, False),
    "number-own-line": ("super", "own-line", "Notes", True, False, True),
    "bracket-own-line": ("bracket", "bracket-own-line", "Endnotes", True, False, True),
    "wikipedia": ("bracket", "caret", "References", False, False, False),
    "tabbed": ("super", "tab", "Notes:", False, False, False),
    "paren-numbers": ("paren", "paren", "Notes", True, False, False),
    "arrow-first": ("bracket", "arrow-first", "Notes", True, False, True),
    "glued-markers": ("glued", "dot", "Notes", True, False, False),
    "glued-numbers": ("super", "glued", "Notes", True, False, False),
    "superscripts-glued": ("super", "super-glued", "Notes", False, False, True),
    "no-heading": ("bracket", "dot", "", True, False, False),
    "notes-and-references": ("bracket", "dot", "NOTES AND REFERENCES", True, True, True),
}


def render(document: Document, layout: str) -> str:
    """``document`` written out as plain text in ``layout``."""
    marker, line, heading, blank, menu, footer = LAYOUTS[layout]
    body, pieces, last = document.body, [], 0
    for m in sorted(document.markers, key=lambda m: m.offset):
        pieces += [body[last:m.offset], _marker(marker, m.number)]
        last = m.offset
    pieces.append(body[last:])
    sep = "\n\n" if blank else "\n"
    notes = sep.join(_note_line(line, n.number, n.text) for n in document.notes)
    return (MENU if menu else "") + "".join(pieces).rstrip() + (f"\n\n{heading}\n\n" if heading else "\n\n") + notes + "\n" + (FOOTER if footer else "")


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def compare(printed: Document, copy: Document) -> tuple[int, list[str]]:
    """(notes of ``printed`` read alike in ``copy``, what differs)."""
    got = {n.number: _normal(n.text) for n in copy.notes}
    right, wrong = 0, []
    for note in printed.notes:
        if got.get(note.number) == _normal(note.text):
            right += 1
        else:
            wrong.append(f"note {note.number}: want {_normal(note.text)[:70]!r}, got {got.get(note.number, '(none)')[:70]!r}")
    extra = sorted(set(got) - {n.number for n in printed.notes})
    if extra:
        wrong.append(f"notes read that the document does not have: {extra[:10]}")
    return right, wrong


def documents(splits: list[str]) -> list[Path]:
    """The plain-text documents of ``splits`` (never blind)."""
    out = []
    for key in sorted((REAL / "keys").glob("*.json")):
        data = json.loads(key.read_text(encoding="utf-8"))
        if data.get("split") in splits and data["document"].endswith(".txt"):
            out.append(REAL / "documents" / data["document"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", nargs="+", choices=("train", "dev"), default=["train", "dev"])
    parser.add_argument("--layout", nargs="+", choices=sorted(LAYOUTS), default=list(LAYOUTS))
    parser.add_argument("-v", "--verbose", action="store_true", help="list each failing document's first differences")
    args = parser.parse_args()
    paths = documents(args.split)
    printed = {p: read_document(p) for p in paths}
    total = sum(len(d.notes) for d in printed.values())
    print(f"{len(paths)} documents, {total} notes ({', '.join(args.split)})")
    with tempfile.TemporaryDirectory() as folder:
        for layout in args.layout:
            right, failed = 0, Counter()
            for path, document in printed.items():
                copy_path = Path(folder) / path.name
                copy_path.write_text(render(document, layout), encoding="utf-8")
                try:
                    n, wrong = compare(document, read_document(copy_path))
                except NotecitError as error:
                    n, wrong = 0, [f"error: {error}"]
                right += n
                if wrong:
                    failed[path.stem] = len(document.notes) - n
                    if args.verbose:
                        print(f"  {layout} {path.stem}: {len(wrong)} differences; " + " | ".join(wrong[:3]))
            print(f"{layout:18} {right}/{total} notes read alike ({right / total:.3f}), {len(failed)} documents differ"
                  + (": " + ", ".join(f"{k} {v}" for k, v in failed.most_common(4)) if failed else ""))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
