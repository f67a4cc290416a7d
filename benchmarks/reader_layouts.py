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
from html import escape
from collections import Counter
from pathlib import Path
from typing import Callable

from notecite.document import read_document
from notecite.document.model import Document, Marker
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


def with_markers(document: Document) -> Document:
    """``document`` itself, or, when its body does not call each note once (a book's notes printed apart from their
    pages, a note called twice), a copy whose body calls each note once, in order, after sentence ends spread over the body (and after
    added sentences when there are too few): the web layouts link notes to their markers."""
    if sorted(m.number for m in document.markers) == [n.number for n in document.notes]:
        return document
    body = document.body.rstrip()
    ends = [m.end() - 1 for m in re.finditer(r"[.!?](?=\s)", body)]
    while len(ends) < len(document.notes):
        body += " A further point."
        ends.append(len(body))
    step = len(ends) / max(1, len(document.notes))
    markers = [Marker(note.number, ends[int(i * step)] + 1) for i, note in enumerate(document.notes)]
    return Document(document.path, document.format, body, document.notes, markers)


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


def _html_body(document: Document, marker: Callable[[int], str]) -> str:
    """The body as HTML paragraphs (one per blank-line block), each marker replaced by ``marker(number)``."""
    body, pieces, last = document.body, [], 0
    for m in sorted(document.markers, key=lambda m: m.offset):
        pieces += [escape(body[last:m.offset]), marker(m.number)]
        last = m.offset
    pieces.append(escape(body[last:]))
    return "".join("<p>" + block.strip() + "</p>\n" for block in re.split(r"\n\s*\n", "".join(pieces)) if block.strip())


def _page(content: str) -> str:
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>An article</title></head><body>\n"
            "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/archive\">Archive</a></li></ul></nav>\n"
            "<article>\n" + content + "</article>\n<footer><p>Share this: <a href=\"#\">Twitter</a> "
            "<a href=\"#\">Facebook</a></p><p>Copyright © 2024 The Review.</p></footer></body></html>\n")


def _html(document: Document, style: str) -> str:
    """``document`` as a web page in one of :data:`HTML_LAYOUTS`' styles."""
    notes = [(n.number, escape(n.text).replace("\n", " ")) for n in document.notes]
    if style == "word-paste":  # Word's notes pasted into a blog: _ftn anchors
        body = _html_body(document, lambda n: f'<a href="#_ftn{n}" name="_ftnref{n}">[{n}]</a>')
        end = "".join(f'<p><a href="#_ftnref{n}" name="_ftn{n}">[{n}]</a> {t}</p>\n' for n, t in notes)
        return _page(body + "<hr>\n" + end)
    if style == "pandoc":  # pandoc's and many static sites' footnotes section
        body = _html_body(document, lambda n: f'<sup><a href="#fn{n}" id="fnref{n}" class="footnote-ref">{n}</a></sup>')
        end = "".join(f'<li id="fn{n}"><p>{t} <a href="#fnref{n}" class="footnote-back">↩︎</a></p></li>\n' for n, t in notes)
        return _page(body + '<section class="footnotes"><hr>\n<ol>\n' + end + "</ol>\n</section>\n")
    if style == "archive":  # an archive's numbered paragraphs under a Notes heading, linked both ways
        body = _html_body(document, lambda n: f'<a href="#n{n}" name="f{n}"><sup>[{n}]</sup></a>')
        end = "".join(f'<p class="note"><a name="n{n}" href="#f{n}">{n}.</a> {t}</p>\n' for n, t in notes)
        return _page(body + "<h3>Notes</h3>\n" + end)
    if style == "plain-list":  # superscript numbers in the body, an ordered list under a heading
        body = _html_body(document, lambda n: f"<sup>{n}</sup>")
        end = "".join(f"<li>{t}</li>\n" for n, t in notes)
        return _page(body + "<h2>Notes</h2>\n<ol>\n" + end + "</ol>\n")
    if style == "wiki":  # a wiki's references list with back links before the text
        body = _html_body(document, lambda n: f'<sup id="cite_ref-{n}" class="reference"><a href="#cite_note-{n}">[{n}]</a></sup>')
        end = "".join(f'<li id="cite_note-{n}"><span class="mw-cite-backlink"><a href="#cite_ref-{n}">^</a></span> '
                      f'<span class="reference-text">{t}</span></li>\n' for n, t in notes)
        return _page(body + '<h2>References</h2>\n<ol class="references">\n' + end + "</ol>\n")
    raise KeyError(style)


#: Web-page styles of notes (HTML, read by the HTML reader).
HTML_LAYOUTS = ("word-paste", "pandoc", "archive", "plain-list", "wiki")


def _markdown(document: Document, style: str) -> str:
    """``document`` as Markdown: pandoc footnotes, or a Notes heading over a numbered list with ``[n]`` markers."""
    body, pieces, last = document.body, [], 0
    mark = (lambda n: f"[^{n}]") if style == "md-footnotes" else (lambda n: f"[{n}]")
    for m in sorted(document.markers, key=lambda m: m.offset):
        pieces += [body[last:m.offset], mark(m.number)]
        last = m.offset
    pieces.append(body[last:])
    notes = [(n.number, n.text.replace("\n", " ")) for n in document.notes]
    if style == "md-footnotes":
        return "".join(pieces).rstrip() + "\n\n" + "\n".join(f"[^{n}]: {t}" for n, t in notes) + "\n"
    return "".join(pieces).rstrip() + "\n\n## Notes\n\n" + "\n".join(f"{n}. {t}" for n, t in notes) + "\n"


#: Markdown styles of notes.
MARKDOWN_LAYOUTS = ("md-footnotes", "md-notes-list")


def _normal(text: str) -> str:
    """``text`` with its spaces normalized, and ``---``/``--`` as the dashes Markdown's typography makes of them."""
    return re.sub(r"\s+", " ", text).replace("---", "\u2014").replace("--", "\u2013").replace("\u2014", "\u2013").strip()


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
    every = list(LAYOUTS) + list(HTML_LAYOUTS) + list(MARKDOWN_LAYOUTS)
    parser.add_argument("--layout", nargs="+", choices=sorted(every), default=every)
    parser.add_argument("-v", "--verbose", action="store_true", help="list each failing document's first differences")
    args = parser.parse_args()
    paths = documents(args.split)
    printed = {p: with_markers(read_document(p)) for p in paths}
    total = sum(len(d.notes) for d in printed.values())
    print(f"{len(paths)} documents, {total} notes ({', '.join(args.split)})")
    with tempfile.TemporaryDirectory() as folder:
        for layout in args.layout:
            right, failed = 0, Counter()
            for path, document in printed.items():
                if layout in HTML_LAYOUTS:
                    copy_path, copy = Path(folder) / (path.stem + ".html"), _html(document, layout)
                elif layout in MARKDOWN_LAYOUTS:
                    copy_path, copy = Path(folder) / (path.stem + ".md"), _markdown(document, layout)
                else:
                    copy_path, copy = Path(folder) / path.name, render(document, layout)
                copy_path.write_text(copy, encoding="utf-8")
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
