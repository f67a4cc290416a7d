"""Read an OpenDocument text (ODT, or flat FODT): ``text:note`` footnotes and endnotes.

The body is ``office:text`` of ``content.xml``; each ``text:note`` is a marker there and its
``text:note-body`` the note. Italics (``fo:font-style`` in an automatic or named style, through
``style:parent-style-name``) are kept as a hint; tracked deletions, annotations (comments) and
the note's own citation label are left out. Footnotes are numbered in the order the body calls
them, endnotes after them, as in the DOCX reader.
"""
from __future__ import annotations

from typing import Optional

from lxml import etree

from ..errors import InputError
from .model import Document, Marker, Note
from .reconcile import reconcile
from .textbuild import TextBuilder
from .zipxml import ZipXml, parse_xml

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def _t(name: str) -> str:
    return f"{{{TEXT}}}{name}"


_SKIP = {_t("tracked-changes"), _t("deletion"), _t("note-citation"), f"{{{OFFICE}}}annotation",
         _t("sequence-decls"), _t("variable-decls"), _t("user-field-decls")}
_BLOCKS = {_t("p"), _t("h")}


def _italic_styles(*roots: Optional[etree._Element]) -> set[str]:
    """Names of the styles whose text is italic, directly or through their parent style."""
    own: dict[str, Optional[bool]] = {}
    parent: dict[str, str] = {}
    for root in roots:
        if root is None:
            continue
        for style in root.iter(f"{{{STYLE}}}style"):
            name = style.get(f"{{{STYLE}}}name", "")
            props = style.find(f"{{{STYLE}}}text-properties")
            value = props.get(f"{{{FO}}}font-style") if props is not None else None
            own[name] = None if value is None else value in ("italic", "oblique")
            if style.get(f"{{{STYLE}}}parent-style-name"):
                parent[name] = style.get(f"{{{STYLE}}}parent-style-name", "")

    def italic(name: str, depth: int = 0) -> bool:
        if own.get(name) is not None:
            return bool(own[name])
        return depth < 20 and name in parent and italic(parent[name], depth + 1)

    return {name for name in own if italic(name)}


class _Walker:
    """Walk ODF text, writing into a TextBuilder; ``on_note`` is called for each ``text:note``."""

    def __init__(self, italic_styles: set[str], on_note=None):
        self.italic_styles = italic_styles
        self.on_note = on_note

    def walk(self, el: etree._Element, builder: TextBuilder, italic: bool = False) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            return
        if tag == _t("note"):
            if self.on_note:
                self.on_note(el, builder)
            return
        style = el.get(_t("style-name"))
        if style is not None:
            italic = style in self.italic_styles
        if tag == _t("s"):
            builder.add(" " * _count(el.get(_t("c"))), italic)
        elif tag == _t("tab"):
            builder.add(" ")
        elif tag == _t("line-break"):
            builder.br()
        elif el.text:
            builder.add(el.text, italic)
        for child in el:
            self.walk(child, builder, italic)
            if child.tail:
                builder.add(child.tail, italic)
        if tag in _BLOCKS:
            builder.br()
        elif tag == f"{{{TABLE}}}table-cell":
            builder.add(" ")


def _count(value: Optional[str]) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def _parts(path: str, data: bytes) -> tuple[etree._Element, list[Optional[etree._Element]]]:
    """(the office:text element, the style roots) of an ODT package or a flat FODT file."""
    if data.lstrip()[:1] == b"<":
        root = parse_xml(path, data, "the flat ODF document")
        style_roots: list[Optional[etree._Element]] = [root]
    else:
        package = ZipXml(path, data, "ODT")
        root = package.xml("content.xml")
        if root is None:
            raise InputError(path, "not an ODT file: no content.xml in the archive")
        style_roots = [package.xml("styles.xml"), root]
    text = root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if text is None:
        raise InputError(path, "not an OpenDocument text: no office:text body (a spreadsheet or drawing?)")
    return text, style_roots


def read_odt(path: str, data: bytes) -> Document:
    """Read an ODT or FODT file's notes; InputError if it is not an OpenDocument text."""
    text, style_roots = _parts(path, data)
    walker = _Walker(_italic_styles(*style_roots))
    calls: list[etree._Element] = list(text.iter(_t("note")))
    ordered = ([n for n in calls if n.get(_t("note-class"), "footnote") != "endnote"]
               + [n for n in calls if n.get(_t("note-class")) == "endnote"])
    number_of = {id(note): number for number, note in enumerate(ordered, 1)}
    notes: list[Note] = []
    for note in ordered:
        builder = TextBuilder()
        body = note.find(_t("note-body"))
        if body is not None:
            walker.walk(body, builder)
        note_text, italics, _ = builder.finish()
        notes.append(Note(number_of[id(note)], note_text, None, italics))
    notes.sort(key=lambda n: n.number)

    def on_note(note: etree._Element, builder: TextBuilder) -> None:
        number = number_of[id(note)]
        builder.marker(number, f"[{number}]")

    body_builder = TextBuilder()
    _Walker(walker.italic_styles, on_note).walk(text, body_builder)
    body, _, marks = body_builder.finish()
    markers = [Marker(number, offset) for number, offset in marks]
    warnings: list[str] = []
    if any(n.get(_t("note-class")) == "endnote" for n in calls) and len(ordered) > sum(
            n.get(_t("note-class")) == "endnote" for n in calls):
        warnings.append("the document has footnotes and endnotes; endnotes are numbered after the footnotes")
    notes, more = reconcile(notes, markers, numbered=True, allow_split=False)
    warnings.extend(more)
    empty = [n.number for n in notes if not n.text]
    if empty:
        warnings.append(f"note(s) {', '.join(map(str, empty))} are empty")
    return Document(path=path, format="odt", body=body, notes=notes, markers=markers, warnings=warnings)
