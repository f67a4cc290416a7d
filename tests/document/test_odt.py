"""The ODT reader on a LibreOffice file made from a DOCX with real footnotes, and on hand-built packages."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from notecite.document import read_document
from notecite.document.odt import read_odt
from notecite.errors import InputError

GENERATED = Path(__file__).resolve().parents[1] / "data" / "document" / "generated"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def content(body: str, styles: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
            f"<office:automatic-styles>{styles}</office:automatic-styles>"
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")


def note(number: int, text: str, kind: str = "footnote") -> str:
    return (f'<text:note text:id="n{number}" text:note-class="{kind}"><text:note-citation>{number}</text:note-citation>'
            f"<text:note-body><text:p>{text}</text:p></text:note-body></text:note>")


def odt(tmp_path: Path, body: str, styles: str = "", named_styles: str = "") -> Path:
    path = tmp_path / "doc.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content(body, styles))
        z.writestr("styles.xml", f'<office:document-styles {NS}><office:styles>{named_styles}</office:styles>'
                                 "</office:document-styles>")
    return path


def test_libreoffice_file_has_every_footnote_with_italics_and_markers():
    doc = read_document(GENERATED / "footnote-history.odt")
    assert doc.format == "odt" and doc.warnings == []
    assert len(doc.notes) == 13 and [m.number for m in doc.markers] == list(range(1, 14))
    first = doc.notes[0]
    assert first.text == ("Anthony Grafton, The Footnote: A Curious History (Cambridge, MA: Harvard University "
                          "Press, 1997), 1–4.")
    assert [first.text[a:b] for a, b in first.italic_spans] == ["The Footnote: A Curious History"]
    assert doc.notes[1].text == "Ibid., 24."
    assert doc.body.startswith("Below the Line: Notes on the Scholarly Footnote\nEvery reader of history")
    assert doc.body[doc.markers[0].offset:].startswith("[1]") and "fought over from the start.[1]" in doc.body


def test_italic_through_a_named_parent_style_spaces_and_skipped_parts(tmp_path):
    body = ("<text:p>Claim" + note(1, 'See <text:span text:style-name="T1">Les Misérables</text:span>,<text:s text:c="2"/>12.')
            + ' and more<text:tracked-changes><text:changed-region><text:deletion><text:p>gone</text:p></text:deletion>'
              '</text:changed-region></text:tracked-changes><office:annotation><dc:creator>A</dc:creator>'
              "<text:p>a comment</text:p></office:annotation>.</text:p>")
    styles = '<style:style style:name="T1" style:family="text" style:parent-style-name="Emphasis"/>'
    named = ('<style:style style:name="Emphasis" style:family="text">'
             '<style:text-properties fo:font-style="italic"/></style:style>')
    doc = read_document(odt(tmp_path, body, styles, named))
    [only] = doc.notes
    assert only.text == "See Les Misérables, 12."
    assert [only.text[a:b] for a, b in only.italic_spans] == ["Les Misérables"]
    assert doc.body == "Claim[1] and more."


def test_endnotes_are_numbered_after_footnotes(tmp_path):
    body = "<text:p>A" + note(1, "Endnote text.", "endnote") + " B" + note(1, "Footnote text.") + ".</text:p>"
    doc = read_document(odt(tmp_path, body))
    assert [(n.number, n.text) for n in doc.notes] == [(1, "Footnote text."), (2, "Endnote text.")]
    assert doc.body == "A[2] B[1]."
    assert any("endnotes are numbered after the footnotes" in w for w in doc.warnings)


def test_flat_odt(tmp_path):
    path = tmp_path / "doc.fodt"
    path.write_text(f'<?xml version="1.0"?><office:document {NS}><office:body><office:text>'
                    f'<text:p>Claim{note(1, "Ibid., 4.")}</text:p></office:text></office:body></office:document>',
                    encoding="utf-8")
    assert [n.text for n in read_document(path).notes] == ["Ibid., 4."]


@pytest.mark.parametrize("data, problem", [
    (b"plain text", "not an ODT file: not a zip archive"),
    (b"<office:document", "not well-formed XML"),
])
def test_bad_files_are_input_errors(data, problem):
    with pytest.raises(InputError, match=problem):
        read_odt("x.odt", data)


def test_a_zip_without_content_or_text_body(tmp_path):
    path = tmp_path / "x.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    with pytest.raises(InputError, match="no content.xml"):
        read_document(path)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("content.xml", f"<office:document-content {NS}><office:body><office:spreadsheet/>"
                                  "</office:body></office:document-content>")
    with pytest.raises(InputError, match="no office:text body"):
        read_document(path)


def test_no_notes_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no footnotes or endnotes found"):
        read_document(odt(tmp_path, "<text:p>No notes here.</text:p>"))
