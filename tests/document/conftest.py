"""Fixtures for the read-stage tests: a builder of real DOCX packages from OOXML parts."""
from __future__ import annotations

import os
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>
</Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>
</w:styles>"""


def run(text: str, italic: bool = False, style: str | None = None) -> str:
    """A w:r with text (space kept), italic by direct formatting or through a character style."""
    props = ""
    if italic or style:
        props = "<w:rPr>" + (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def ref(note_id: int, kind: str = "footnote") -> str:
    """A body run calling footnote/endnote ``note_id``."""
    style = "FootnoteReference" if kind == "footnote" else "EndnoteReference"
    return f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{kind}Reference w:id="{note_id}"/></w:r>'


def para(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def document_xml(*paragraphs: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        f"<w:body>{''.join(paragraphs)}<w:sectPr/></w:body></w:document>"
    )


def notes_xml(kind: str, notes: dict[int, list[str]]) -> str:
    """A footnotes/endnotes part with Word's two separator notes and the given notes (id → paragraphs)."""
    seps = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
    )
    body = ""
    for note_id, paragraphs in notes.items():
        first, *rest = paragraphs
        mark = f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:{kind}Ref/></w:r>'
        body += f'<w:{kind} w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>{mark}{run(" ")}{first}</w:p>'
        body += "".join(f"<w:p>{p}</w:p>" for p in rest) + f"</w:{kind}>"
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s xmlns:w="{W_NS}">{seps}{body}</w:{kind}s>'


def build_docx(path: Path, document: str, footnotes: str | None = None, endnotes: str | None = None,
               skip: tuple[str, ...] = ()) -> Path:
    """Write a DOCX package at ``path`` from its parts, leaving out any part named in ``skip``."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "word/document.xml": document,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": STYLES,
    }
    if footnotes is not None:
        parts["word/footnotes.xml"] = footnotes
    if endnotes is not None:
        parts["word/endnotes.xml"] = endnotes
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            if name not in skip:
                archive.writestr(name, text)
    return path


class DocxKit:
    """The OOXML helpers, handed to tests as one fixture."""

    run = staticmethod(run)
    ref = staticmethod(ref)
    para = staticmethod(para)
    document_xml = staticmethod(document_xml)
    notes_xml = staticmethod(notes_xml)
    build = staticmethod(build_docx)


@pytest.fixture
def docx() -> DocxKit:
    return DocxKit()


@pytest.fixture
def data_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "data" / "document"


@pytest.fixture
def shared_dir() -> Path:
    """The read-only shared folder beside the repository (or NOTECITE_SHARED); skips when absent."""
    env = os.environ.get("NOTECITE_SHARED")
    path = Path(env) if env else Path(__file__).resolve().parents[2] / ".." / "shared"
    if not path.is_dir():
        pytest.skip(f"shared data folder {path} is absent")
    return path
