"""Read a Word DOCX: footnotes and endnotes from their parts, markers from the main document.

The parts are found through the package relationships (falling back to the usual
``word/…`` names). Separator "notes" are skipped; italics (direct or through a character
style) are kept as a hint; field instructions (Zotero/Mendeley citation codes) and deleted
text are left out, field results kept. Footnotes are numbered in the order the body calls
them, endnotes after them.
"""
from __future__ import annotations

import posixpath
from typing import Optional

from lxml import etree

from ..errors import InputError
from .model import Document, Marker, Note
from .reconcile import reconcile
from .textbuild import TextBuilder
from .zipxml import ZipXml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_SEPARATORS = {"separator", "continuationSeparator", "continuationNotice"}
_SKIP = {f"{{{W}}}del", f"{{{W}}}moveFrom", f"{{{MC}}}Fallback", f"{{{W}}}instrText", f"{{{W}}}delText",
         f"{{{W}}}rPr", f"{{{W}}}pPr", f"{{{W}}}sectPr"}
_FALSE = {"0", "false", "off", "none"}


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


class _Package(ZipXml):
    """The DOCX package: parts by name and the relationships between them."""

    def __init__(self, path: str, data: bytes):
        super().__init__(path, data, "DOCX")

    def related(self, source: str, kind: str) -> Optional[str]:
        """The part that ``source`` relates to with relationship type ``kind`` (None if none)."""
        folder, base = posixpath.split(source)
        rels = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        if rels is None:
            return None
        for rel in rels.iter(f"{{{PKG_RELS}}}Relationship"):
            rtype = rel.get("Type", "")
            if rtype.endswith("/" + kind) and rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
                return name
        return None


def _italic_styles(styles: Optional[etree._Element]) -> set[str]:
    found: set[str] = set()
    if styles is None:
        return found
    for style in styles.iter(_w("style")):
        rpr = style.find(_w("rPr"))
        if rpr is not None:
            i = rpr.find(_w("i"))
            if i is not None and i.get(_w("val"), "1").lower() not in _FALSE:
                found.add(style.get(_w("styleId"), ""))
    return found


def _run_italic(run: etree._Element, italic_styles: set[str]) -> bool:
    rpr = run.find(_w("rPr"))
    if rpr is None:
        return False
    i = rpr.find(_w("i"))
    if i is not None:
        return i.get(_w("val"), "1").lower() not in _FALSE
    style = rpr.find(_w("rStyle"))
    return style is not None and style.get(_w("val"), "") in italic_styles


class _Walker:
    """Walk WordprocessingML, writing text into a TextBuilder."""

    def __init__(self, italic_styles: set[str], on_reference=None):
        self.italic_styles = italic_styles
        self.on_reference = on_reference  # called with (kind, id) for footnote/endnote references

    def walk(self, el: etree._Element, builder: TextBuilder) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            return
        if tag == _w("r"):
            self._run(el, builder)
            return
        for child in el:
            self.walk(child, builder)
        if tag == _w("p"):
            builder.br()
        elif tag == _w("tc"):
            builder.add(" ")

    def _run(self, run: etree._Element, builder: TextBuilder) -> None:
        italic = _run_italic(run, self.italic_styles)
        for child in run:
            tag = child.tag
            if tag == _w("t"):
                builder.add(child.text or "", italic)
            elif tag in (_w("tab"), _w("ptab")):
                builder.add(" ")
            elif tag in (_w("br"), _w("cr")):
                builder.br()
            elif tag == _w("noBreakHyphen"):
                builder.add("-", italic)
            elif tag in (_w("footnoteReference"), _w("endnoteReference")) and self.on_reference:
                kind = "footnote" if tag == _w("footnoteReference") else "endnote"
                self.on_reference(kind, child.get(_w("id")), builder)
            elif tag == _w("AlternateContent") or tag == f"{{{MC}}}AlternateContent":
                self.walk(child, builder)
            elif tag == _w("drawing") or tag == _w("pict"):
                for box in child.iter(_w("txbxContent")):
                    self.walk(box, builder)


def _notes_of(part: Optional[etree._Element], kind: str, walker: _Walker) -> dict[str, tuple[str, list]]:
    """{id: (text, italic spans)} of the real notes in a footnotes/endnotes part."""
    notes: dict[str, tuple[str, list]] = {}
    if part is None:
        return notes
    for note in part.iter(_w(kind)):
        if note.get(_w("type")) in _SEPARATORS:
            continue
        builder = TextBuilder()
        for child in note:
            walker.walk(child, builder)
        text, italics, _ = builder.finish()
        note_id = note.get(_w("id"), "")
        if note_id in ("-1", "0") and not text:
            continue
        notes[note_id] = (text, italics)
    return notes


def read_docx(path: str, data: bytes) -> Document:
    """Read a DOCX file's notes; InputError if it is not a zip or lacks its main document."""
    package = _Package(path, data)
    main_name = package.related("", "officeDocument") or "word/document.xml"
    document = package.xml(main_name)
    if document is None:
        document = package.xml("word/document.xml")
        main_name = "word/document.xml"
    if document is None:
        raise InputError(path, "not a DOCX file: no word/document.xml in the archive")
    if document.tag != _w("document"):
        raise InputError(path, f"{main_name} is not a WordprocessingML document")
    folder = posixpath.dirname(main_name)
    styles = package.xml(package.related(main_name, "styles") or posixpath.join(folder, "styles.xml"))
    walker = _Walker(_italic_styles(styles))
    parts = {}
    for kind in ("footnotes", "endnotes"):
        name = package.related(main_name, kind) or posixpath.join(folder, f"{kind}.xml")
        parts[kind[:-1]] = _notes_of(package.xml(name), kind[:-1], walker)

    warnings: list[str] = []
    order: dict[str, list[str]] = {"footnote": [], "endnote": []}
    pending: list[tuple[str, str]] = []  # (kind, id) of each call, in body order
    body_builder = TextBuilder()

    def on_reference(kind: str, note_id: Optional[str], builder: TextBuilder) -> None:
        note_id = note_id or ""
        if note_id not in parts[kind]:
            warnings.append(f"the body calls {kind} id {note_id}, which the document does not hold")
            return
        if note_id not in order[kind]:
            order[kind].append(note_id)
        pending.append((kind, note_id))
        builder.marker(-len(pending), "[?]")  # numbered once all references are known

    body_walker = _Walker(walker.italic_styles, on_reference)
    body = document.find(_w("body"))
    if body is not None:
        body_walker.walk(body, body_builder)
    body_text, _, raw_marks = body_builder.finish()

    numbers: dict[tuple[str, str], int] = {}
    notes: list[Note] = []
    for kind in ("footnote", "endnote"):
        referenced = order[kind] + [i for i in parts[kind] if i not in order[kind]]
        for note_id in referenced:
            number = len(notes) + 1
            numbers[(kind, note_id)] = number
            text, italics = parts[kind][note_id]
            notes.append(Note(number, text, None, italics))
            if note_id not in order[kind]:
                warnings.append(f"{kind} id {note_id} is never called in the body; kept as note {number}")
    if order["footnote"] and order["endnote"]:
        warnings.append("the document has footnotes and endnotes; endnotes are numbered after the footnotes")

    markers: list[Marker] = []
    pieces: list[str] = []
    last = 0
    shift = 0
    for (_, offset), (kind, note_id) in zip(raw_marks, pending):
        number = numbers[(kind, note_id)]
        label = f"[{number}]"
        pieces.append(body_text[last:offset])
        markers.append(Marker(number, offset + shift))
        pieces.append(label)
        shift += len(label) - len("[?]")
        last = offset + len("[?]")
    pieces.append(body_text[last:])
    body_text = "".join(pieces)

    notes, more = reconcile(notes, markers, numbered=True, allow_split=False)
    warnings.extend(w for w in more if "have no marker" not in w)
    empty = [n.number for n in notes if not n.text]
    if empty:
        warnings.append(f"note(s) {', '.join(map(str, empty))} are empty")
    return Document(path=path, format="docx", body=body_text, notes=notes, markers=markers, warnings=warnings)
