"""The PDF reader on PDFs made here: LibreOffice from a DOCX with real footnotes, LaTeX with
\\footnote in one and two columns, a footnote LaTeX broke across pages, and endnotes.

They are built by scripts/make_document_fixtures.sh (tests/data/document/generated/README.md).
"""
from __future__ import annotations

import functools
import io
from pathlib import Path

import pytest

from notecite.document import read_document
from notecite.document.pdf import read_pdf
from notecite.errors import InputError

GENERATED = Path(__file__).resolve().parents[1] / "data" / "document" / "generated"
MADE_FROM_ONE_SOURCE = ["footnote-history.pdf", "footnote-history-onecolumn.pdf", "footnote-history-twocolumn.pdf"]


@functools.lru_cache(maxsize=None)
def read(name: str):
    """Each PDF is read once for the whole module (the reader does not change its result)."""
    return read_document(GENERATED / name)


@pytest.fixture(scope="module")
def odt_notes():
    """The notes of the ODT twin: LibreOffice wrote them as text:note elements, no layout involved."""
    return read_document(GENERATED / "footnote-history.odt").notes


@pytest.mark.parametrize("name", MADE_FROM_ONE_SOURCE)
def test_footnotes_are_told_from_the_body_as_in_the_odt(name, odt_notes):
    doc = read(name)
    assert doc.format == "pdf" and doc.warnings == []
    assert [(n.number, n.text) for n in doc.notes] == [(n.number, n.text) for n in odt_notes]
    assert [m.number for m in doc.markers] == list(range(1, 14))
    assert doc.body.startswith("Below the Line: Notes on the Scholarly Footnote\nEvery reader of history knows")
    assert "fought over from the start.[1]" in doc.body
    assert all(doc.body[m.offset:].startswith(f"[{m.number}]") for m in doc.markers)
    # no footnote text and no page number in the body
    assert "Anthony Grafton" not in doc.body and "Ibid." not in doc.body
    assert "\n1\n" not in doc.body and not doc.body.rstrip().endswith(("1", "2"))


@pytest.mark.parametrize("name", MADE_FROM_ONE_SOURCE)
def test_italic_fonts_are_kept_as_title_hints(name, odt_notes):
    doc = read(name)
    for note, twin in zip(doc.notes, odt_notes):
        assert [note.text[a:b] for a, b in note.italic_spans] == [twin.text[a:b] for a, b in twin.italic_spans]


def test_two_columns_are_read_left_then_right():
    body = read("footnote-history-twocolumn.pdf").body
    assert body.index("Not every reader was pleased") < body.index("would show only what had actually happened")
    assert "an instrument of style" in body  # "instru-" + "ment" rejoined across the line end


def test_a_footnote_broken_across_pages_is_one_note():
    doc = read("footnote-split.pdf")
    assert [n.number for n in doc.notes] == [9, 10, 11] and [m.number for m in doc.markers] == [9, 10, 11]
    long = doc.notes[1].text
    assert long.startswith("Chuck Zerby, The Devil’s Details: A History of Footnotes (Montpelier, VT: Invisible")
    assert "belonged in the margin or between the lines" in long  # the page break falls between these
    assert long.endswith("on the eighteenth-century antiquaries who filled whole pages with notes.")
    assert doc.notes[2].text == "Ibid., 112." and doc.warnings == []
    assert "The reader who follows the broken note" in doc.body and "quarrel" not in doc.body


def test_endnotes_under_a_notes_heading():
    doc = read("endnotes.pdf")
    assert [n.text for n in doc.notes] == [
        "Anthony Grafton, The Footnote: A Curious History (Cambridge, MA: Harvard University Press, 1997), 56.",
        "Chuck Zerby, The Devil’s Details: A History of Footnotes (Montpelier, VT: Invisible Cities Press, 2002), "
        "12–14.",
        "Grafton, The Footnote, 57."]
    assert [m.number for m in doc.markers] == [1, 2, 3] and doc.warnings == []


def blank_pdf() -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(200, 300)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize("data, problem", [
    (b"hello", "not a PDF file"),
    (b"%PDF-1.4\n%garbage with no objects", "cannot read the PDF"),
    (None, "no text layer"),
])
def test_bad_pdfs_are_input_errors(data, problem):
    with pytest.raises(InputError, match=problem):
        read_pdf("x.pdf", blank_pdf() if data is None else data)


def test_a_truncated_pdf_is_an_input_error():
    data = (GENERATED / "footnote-history.pdf").read_bytes()
    with pytest.raises(InputError, match="^x.pdf: "):
        read_pdf("x.pdf", data[: len(data) // 3])


def test_running_heads_stamps_and_numbers_restarting_on_each_page():
    doc = read("page-furniture.pdf")
    assert [n.text for n in doc.notes] == [
        "Anthony Grafton, The Footnote: A Curious History (Cambridge, MA: Harvard University Press, 1997), 5.",
        "Chuck Zerby, The Devil’s Details: A History of Footnotes (Montpelier, VT: Invisible Cities Press, 2002), 66.",
        "Edward Gibbon, The History of the Decline and Fall of the Roman Empire, ed. J. B. Bury, 7 vols. "
        "(London: Methuen, 1896–1900), 2:14.",
        "Grafton, The Footnote, 117.", "Zerby, Devil’s Details, 71.", "Ibid., 72."]
    assert [n.number for n in doc.notes] == [m.number for m in doc.markers] == [1, 2, 3, 4, 5, 6]
    assert all(doc.body[m.offset:].startswith(f"[{m.number}]") for m in doc.markers)
    assert doc.body.startswith("The note at the foot of the page is a convention of print")
    assert "Journal of Apparatus" not in doc.body and "downloaded" not in doc.body
    assert doc.warnings == ["note numbers start again on each page; notes and markers numbered through in reading order"]


def test_a_page_millions_of_points_wide_is_searched_for_its_gutter_at_bounded_cost():
    # a damaged file's coordinates: the gutter was sought at every point between 35 % and 65 % of the width,
    # some 150 million tries here (a fuzzed PDF took minutes); now at most a thousand, and the columns are still found
    from notecite.document.pdf import _Char, _columns

    def word(text: str, x: float, base: float) -> list[_Char]:
        return [_Char(c, x + 6 * i, x + 6 * i + 5, base - 10, base, base, 10.0, False) for i, c in enumerate(text)]

    far = 500_000_000.0
    chars = [c for row in range(8) for c in word(f"left{row}", 0.0, 100.0 + 14 * row) + word(f"right{row}", far, 100.0 + 14 * row)]
    columns = _columns(chars, 1)
    assert [[line.plain() for line in column] for column in columns] == [
        [f"left{row}" for row in range(8)], [f"right{row}" for row in range(8)]]
