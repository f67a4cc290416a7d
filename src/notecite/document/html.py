"""Read HTML footnotes: linked markers (``<a href="#fn1">``, ``<sup>``) and the notes they point to.

Handles pandoc (``section.footnotes``, ``a.footnote-ref``, ``a.footnote-back``), WordPress
footnote plugins (easy-footnotes and the like), Word and LibreOffice exports (``_ftn1``,
``sdfootnote1``) and any page whose markers link to the notes. Page furniture (scripts, menus,
sharing and related-post blocks) is dropped first. A page with no linked notes is read as
plain text after a "Notes" heading; a page with neither is an InputError.
"""
from __future__ import annotations

import re
from urllib.parse import unquote

import lxml.etree
import lxml.html

from ..errors import InputError
from .decode import decode_text, expand_ligatures
from .model import Document, Marker, Note
from .reconcile import reconcile
from .textbuild import TextBuilder

_DROP_TAGS = {"script", "style", "noscript", "template", "nav", "form", "button", "iframe", "svg", "select", "head"}
_NOISE = re.compile(
    r"(?:^|[\s_-])(?:jp-relatedposts|sharedaddy|sd-sharing|sd-block|sd-like|related-?posts|yarpp|"
    r"comments?(?:-area|-respond|-list)?|comment-respond|addtoany|share(?:-buttons)?|social|newsletter|"
    r"cookie|sidebar|widget-area|breadcrumbs?|post-navigation|nav-links)(?:$|[\s_-])",
    re.I,
)
_NOTE_ID = re.compile(
    r"(?:^|[-_:])(?:fn|footnote|foot|note|endnote|en|ftn|edn|sdfootnote|sdendnote|easy-footnote-bottom)"
    r"[-_:]?\d+(?:[-_]\d+)?(?:sym)?$",
    re.I,
)
_REF_CLASS = re.compile(r"footnote|fnref|noteref|easy-footnote|sdfootnoteanc|sdendnoteanc|ftnref", re.I)
_BACK_CLASS = re.compile(r"footnote-back|back|reversefootnote|easy-footnote-to-top|return", re.I)
_LABEL = re.compile(r"^\s*[\[(]?\s*\d{1,4}\s*[\])]?\s*$")
_BACK_TEXT = re.compile(
    r"^\s*[\[(]?\s*(?:\u21a9\ufe0e?|\u2191|\^|back|return|back to text|return to text|top)\s*[\])]?\s*$", re.I)
_BLOCKS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
    "aside", "header", "footer", "table", "tr", "td", "th", "dd", "dt", "dl", "pre", "hr", "figure",
    "figcaption", "main", "address", "br",
}
_ITALIC_TAGS = {"i", "em", "cite", "var", "dfn"}
_NOTES_SECTION = re.compile(r"(?:^|\s)(?:footnotes|endnotes|easy-footnotes-wrapper|footnote-list)(?:$|\s)", re.I)


def _classes(el) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def _is_italic(el) -> bool:
    if el.tag in _ITALIC_TAGS:
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "font-style:italic" in style


_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def _decode(path: str, data: bytes) -> tuple[str, list[str]]:
    """Decode by the page's declared charset when it names a known one, else as text files are."""
    declared = _CHARSET.search(data[:4096])
    text, warnings = decode_text(path, data)  # also refuses binary data
    if declared and warnings:
        try:
            return expand_ligatures(data.decode(declared.group(1).decode("ascii")).replace("\r\n", "\n")), []
        except (LookupError, UnicodeDecodeError):
            pass
    return text, warnings


#: Characters XML text cannot hold: controls (tab, newline and carriage return aside), lone surrogates, U+FFFE and U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _parse(path: str, data: bytes):
    text, warnings = _decode(path, data)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    if not text.strip():
        raise InputError(path, "empty document")
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as error:
        raise InputError(path, f"cannot parse HTML: {error}") from None
    for el in root.iter():  # "&#1;" parses into a text lxml then refuses to move when _clean drops a menu
        for side in ("text", "tail"):
            value = getattr(el, side)
            if value and _CONTROL.search(value):
                setattr(el, side, _CONTROL.sub("", value))
    return root, warnings


def _clean(root) -> None:
    """Drop scripts, menus and page furniture (but never an element holding a note)."""
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            if el.getparent() is not None:
                el.drop_tree()
            continue
        if el.getparent() is None or el.tag in ("body", "main", "article"):
            continue
        if el.tag in _DROP_TAGS or _NOISE.search(_classes(el)):
            if not any(_NOTE_ID.search(x.get("id", "") or x.get("name", "")) for x in el.iter() if isinstance(x.tag, str)):
                el.drop_tree()


def _links_back(target, link) -> bool:
    """Whether ``target`` is (or holds) a link back to ``link``'s id or name: a note answering its marker."""
    keys = {f"#{key}" for key in (link.get("id"), link.get("name")) if key}
    if not keys:
        return False
    links = [target] if target.tag == "a" else []
    return any(a.get("href") in keys for a in links + target.findall(".//a"))


class _Notes:
    """The linked notes of a page: marker links, their targets and each note's container."""

    def __init__(self, root):
        self.root = root
        order = {el: i for i, el in enumerate(root.iter())}
        self.order = order
        anchors: dict[str, object] = {}
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            for key in (el.get("id"), el.get("name") if el.tag == "a" else None):
                if key and key not in anchors:
                    anchors[key] = el
        self.marker_links: list = []  # (link, target)
        for link in root.iter("a"):
            href = link.get("href") or ""
            if not href.startswith("#") or len(href) < 2:
                continue
            target = anchors.get(unquote(href[1:]))
            if target is None or order.get(target, -1) <= order[link]:
                continue
            text = link.text_content()
            in_sup = link.getparent() is not None and link.getparent().tag == "sup" or link.find(".//sup") is not None
            parent_class = link.getparent().get("class", "") if link.getparent() is not None else ""
            if _REF_CLASS.search(f"{link.get('class', '')} {parent_class}") or _NOTE_ID.search(href[1:]) or (
                _LABEL.match(text) and (in_sup or _links_back(target, link))
            ):
                self.marker_links.append((link, target))
        targets = []
        for _, target in self.marker_links:
            if target not in targets:
                targets.append(target)
        link_set = {link for link, _ in self.marker_links}
        self.containers: dict[object, object] = {}
        for target in targets:
            self.containers[target] = self._container(target, set(targets), link_set)
        ordered = sorted(set(self.containers.values()), key=lambda c: order[c])
        self.ordered = ordered
        #: the note targets of each container holding several, in document order (their notes share it)
        self.shared: dict[object, list] = {}
        for target in sorted(targets, key=lambda t: order[t]):
            self.shared.setdefault(self.containers[target], []).append(target)
        self.shared = {c: ts for c, ts in self.shared.items() if len(ts) > 1}
        self.number_of: dict[object, int] = {}  # container or shared target -> note number
        for container in ordered:
            for unit in self.shared.get(container, [container]):
                self.number_of[unit] = len(self.number_of) + 1

    def number(self, target) -> int:
        """The number of the note ``target`` opens."""
        container = self.containers[target]
        return self.number_of[target if container in self.shared else container]

    def _container(self, target, targets: set, links: set):
        """The largest ancestor of ``target`` holding no other note target and no marker link."""
        best = target
        el = target.getparent()
        while el is not None and el.tag not in ("body", "html"):
            inside = [x for x in el.iter() if x in targets]
            if len(inside) > 1 or any(x in links for x in el.iter("a")):
                break
            best = el
            el = el.getparent()
        if best is target and target.tag in ("a", "span", "sup") and not (target.text_content() or "").strip("[]() 0123456789"):
            # an empty or label-only anchor with no room to climb: take its enclosing block
            parent = target.getparent()
            while parent is not None and parent.tag not in _BLOCKS:
                parent = parent.getparent()
            if parent is not None and parent.tag not in ("body", "html"):
                best = parent
        return best


def _note_texts(container, notes: _Notes) -> list[tuple[int, str, list]]:
    """(number, text, italic spans) of the notes in ``container``: one, or one from each of the
    note anchors it shares (``<p><a name="n1"></a>1. …<br><a name="n2"></a>2. …</p>``)."""
    anchors = notes.shared.get(container, [])
    text, italics, marks = _container_text(container, anchors)
    if not anchors:
        return [(notes.number_of[container], *_without_label(text, italics, notes.number_of[container]))]
    out = []
    for i, (index, start) in enumerate(marks):
        end = marks[i + 1][1] if i + 1 < len(marks) else len(text)
        start += len(text[start:end]) - len(text[start:end].lstrip())
        end = start + len(text[start:end].rstrip())
        piece = [(max(a, start) - start, min(b, end) - start) for a, b in italics if a < end and b > start]
        number = notes.number_of[anchors[index]]
        out.append((number, *_without_label(text[start:end], piece, number)))
    return out


def _container_text(container, anchors: list) -> tuple[str, list, list]:
    """The text of ``container`` without back links, its italic spans and the offsets of ``anchors``."""
    builder = TextBuilder()
    anchor_index = {anchor: i for i, anchor in enumerate(anchors)}

    def skip(el) -> bool:
        if el.tag == "a":
            href = el.get("href") or ""
            if _BACK_CLASS.search(el.get("class", "")) and href.startswith("#"):
                return True
            if href.startswith("#") and _BACK_TEXT.match(el.text_content() or ""):
                return True
            if href.startswith("#") and _LABEL.match(el.text_content() or ""):
                return True  # the note's own number, linking back to the marker
        if el.tag == "sup" and _LABEL.match(el.text_content() or "") and len(el) <= 1:
            links = el.findall(".//a")
            if links or not (el.getprevious() is not None or (el.getparent().text or "").strip()):
                return True
        return False

    def walk(el, italic: bool) -> None:
        if not isinstance(el.tag, str):
            return
        italic_here = italic or _is_italic(el)
        if el.tag in _BLOCKS and el is not container:
            builder.br()
        if el in anchor_index:
            builder.marker(anchor_index[el], "")
        if not skip(el):
            builder.add(el.text or "", italic_here)
            for child in el:
                walk(child, italic_here)
                builder.add(child.tail or "", italic_here)
        if el.tag in _BLOCKS and el is not container:
            builder.br()

    builder.add(container.text or "", _is_italic(container))
    for child in container:
        walk(child, _is_italic(container))
        builder.add(child.tail or "", _is_italic(container))
    return builder.finish()


def _without_label(text: str, italics: list, number: int) -> tuple[str, list]:
    """A note's ``text`` and ``italics`` without its own number label and trailing back arrows."""
    label = re.match(rf"^\s*[\[(]?{number}[\].):]?\s+", text)
    if label:
        cut = label.end()
        text = text[cut:]
        italics = [(a - cut, b - cut) for a, b in italics if b > cut]
        italics = [(max(a, 0), b) for a, b in italics]
    text = _BACK_TAIL.sub("", text)
    italics = [(a, min(b, len(text))) for a, b in italics if a < len(text)]
    return text, italics


_BACK_TAIL = re.compile(r"\s*(?:\u21a9\ufe0e?|\u2191)+\s*$")


def _body(root, notes: _Notes) -> tuple[str, list[Marker]]:
    """The page's text without the notes, each marker link written ``[n]``."""
    body = root.find("body")
    if body is None:
        body = root
    builder = TextBuilder()
    containers = set(notes.ordered)
    link_number = {link: notes.number(target) for link, target in notes.marker_links}

    def walk(el) -> None:
        if not isinstance(el.tag, str):
            return
        if el in containers or _NOTES_SECTION.search(_classes(el)) and any(c in containers for c in el.iter()):
            return
        if el in link_number:
            builder.marker(link_number[el], f"[{link_number[el]}]")
            return
        if el.tag == "sup" and len(el) == 1 and el[0] in link_number and not (el.text or "").strip():
            walk(el[0])
            return
        block = el.tag in _BLOCKS
        if block:
            builder.br()
        builder.add(el.text or "")
        for child in el:
            walk(child)
            builder.add(child.tail or "")
        if block:
            builder.br()

    walk(body)
    text, _, marks = builder.finish()
    return text, [Marker(n, off) for n, off in marks]


def _as_plain_text(root) -> str:
    """The page as plain text: blocks as paragraphs (a blank line between them, so that page text
    after the last note is not read as its continuation), ordered list items numbered, <sup>n</sup> as [n]."""
    builder = TextBuilder()

    def walk(el) -> None:
        if not isinstance(el.tag, str):
            return
        block = el.tag in _BLOCKS
        if block:
            builder.br()
        if el.tag == "li" and el.getparent() is not None and el.getparent().tag == "ol":
            siblings = [x for x in el.getparent() if x.tag == "li"]
            start = int(el.getparent().get("start", "1")) if (el.getparent().get("start") or "1").isdigit() else 1
            builder.add(f"{start + siblings.index(el)}. ")
        if el.tag == "sup" and _LABEL.match(el.text_content() or ""):
            builder.add("[" + el.text_content().strip("[]() ") + "]")
            return
        builder.add(el.text or "")
        for child in el:
            walk(child)
            builder.add(child.tail or "")
        if block:
            builder.br()

    body = root.find("body")
    walk(body if body is not None else root)
    return builder.finish()[0].replace("\n", "\n\n")


def read_html(path: str, data: bytes) -> Document:
    """Read an HTML page's footnotes; InputError if it cannot be parsed or holds no notes."""
    root, warnings = _parse(path, data)
    _clean(root)
    notes = _Notes(root)
    if not notes.ordered:
        from .plaintext import document_from_text

        text = _as_plain_text(root)
        try:
            document = document_from_text(path, text, warnings, fmt="html")
        except InputError:
            raise InputError(path, "no footnotes found in the HTML (no linked notes and no notes section)") from None
        document.source = None
        for note in document.notes:
            note.span = None
        document.warnings.insert(0, "no linked footnotes; read the notes after the notes heading as plain text")
        return document
    result: list[Note] = []
    for container in notes.ordered:
        for number, text, italics in _note_texts(container, notes):
            if not text:
                warnings.append(f"note {number} is empty")
            result.append(Note(number, text, None, italics))
    body, markers = _body(root, notes)
    result, more = reconcile(result, markers, numbered=True, allow_split=False)
    warnings.extend(more)
    return Document(path=path, format="html", body=body, notes=result, markers=markers, warnings=warnings)
