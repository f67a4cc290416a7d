"""The DOCX reader, on packages built here from real OOXML parts."""
from __future__ import annotations

import zipfile

import pytest

from notecite.document import read_document
from notecite.errors import InputError


def _article(docx, tmp_path, **kwargs):
    k = docx
    document = k.document_xml(
        k.para(k.run("The Ordinances of Justice")),
        k.para(
            k.run("Historians of Florence have long read the "),
            k.run("Ordinamenti", italic=True),
            k.run(" of 1293 as a victory of the guilds."),
            k.ref(2),
            k.run(" Salvemini’s account remained standard for half a century."),
            k.ref(3),
        ),
        k.para(
            k.run("The magnate families answered with petitions and, later, with arms."),
            k.ref(4),
        ),
    )
    footnotes = k.notes_xml(
        "footnote",
        {
            2: [
                k.run("Gaetano Salvemini, ")
                + k.run("Magnati e popolani in Firenze dal 1280 al 1295", italic=True)
                + k.run(" (Florence: G. Carnesecchi, 1899), 197–212; John M. Najemy, ")
                + k.run("A History of Florence, 1200–1575", style="Emphasis")
                + k.run(" (Oxford: Blackwell, 2006), 81.")
            ],
            3: [k.run("Ibid., 214.")],
            4: [
                k.run("See the petitions edited in ")
                + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                + '<w:r><w:instrText xml:space="preserve"> ADDIN ZOTERO_ITEM CSL_CITATION {"citationID":"a1"} </w:instrText></w:r>'
                + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                + k.run("Carol Lansing, ")
                + k.run("The Florentine Magnates", italic=True)
                + k.run(" (Princeton: Princeton University Press, 1991), 239")
                + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                + k.run("."),
                k.run("The dating of the second petition is uncertain."),
            ],
        },
    )
    return k.build(tmp_path / "florence.docx", document, footnotes, **kwargs)


def test_footnotes_read_in_call_order_without_separators(docx, tmp_path):
    doc = read_document(_article(docx, tmp_path))
    assert doc.format == "docx"
    assert [n.number for n in doc.notes] == [1, 2, 3]
    assert doc.notes[0].text.startswith("Gaetano Salvemini, Magnati e popolani")
    assert doc.notes[1].text == "Ibid., 214."
    assert doc.warnings == []


def test_italic_runs_and_italic_styles_become_hints(docx, tmp_path):
    note = read_document(_article(docx, tmp_path)).notes[0]
    italics = [note.text[a:b] for a, b in note.italic_spans]
    assert italics == ["Magnati e popolani in Firenze dal 1280 al 1295", "A History of Florence, 1200–1575"]


def test_field_instructions_left_out_field_results_kept(docx, tmp_path):
    note = read_document(_article(docx, tmp_path)).notes[2]
    assert "ZOTERO" not in note.text and "citationID" not in note.text
    assert note.text == (
        "See the petitions edited in Carol Lansing, The Florentine Magnates (Princeton: Princeton "
        "University Press, 1991), 239.\nThe dating of the second petition is uncertain."
    )
    assert [note.text[a:b] for a, b in note.italic_spans] == ["The Florentine Magnates"]


def test_body_markers_point_at_their_place(docx, tmp_path):
    doc = read_document(_article(docx, tmp_path))
    assert [m.number for m in doc.markers] == [1, 2, 3]
    for marker in doc.markers:
        assert doc.body[marker.offset:].startswith(f"[{marker.number}]")
    assert "victory of the guilds.[1] Salvemini" in doc.body


def test_endnotes_numbered_after_footnotes(docx, tmp_path):
    k = docx
    document = k.document_xml(
        k.para(k.run("A claim."), k.ref(1), k.run(" A second claim."), k.ref(1, "endnote"))
    )
    footnotes = k.notes_xml("footnote", {1: [k.run("Footnote source, 12.")]})
    endnotes = k.notes_xml("endnote", {1: [k.run("Endnote source, 34.")]})
    doc = read_document(k.build(tmp_path / "both.docx", document, footnotes, endnotes))
    assert [(n.number, n.text) for n in doc.notes] == [(1, "Footnote source, 12."), (2, "Endnote source, 34.")]
    assert [m.number for m in doc.markers] == [1, 2]
    assert any("endnotes are numbered after the footnotes" in w for w in doc.warnings)


def test_uncalled_note_kept_with_warning(docx, tmp_path):
    k = docx
    document = k.document_xml(k.para(k.run("Only one call."), k.ref(1)))
    footnotes = k.notes_xml("footnote", {1: [k.run("Called, 1.")], 5: [k.run("Orphan, 2.")]})
    doc = read_document(k.build(tmp_path / "orphan.docx", document, footnotes))
    assert [n.text for n in doc.notes] == ["Called, 1.", "Orphan, 2."]
    assert any("footnote id 5 is never called" in w for w in doc.warnings)


def test_not_a_zip_is_an_input_error(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("This is a plain text file with a .docx name.\n")
    with pytest.raises(InputError) as info:
        read_document(path)
    assert str(path) in str(info.value) and "not a zip" in str(info.value)


def test_zip_without_main_document_is_an_input_error(docx, tmp_path):
    path = _article(docx, tmp_path, skip=("word/document.xml",))
    with pytest.raises(InputError) as info:
        read_document(path)
    assert "word/document.xml" in str(info.value) and str(path) in str(info.value)


def test_malformed_part_names_the_part(tmp_path):
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body>")
    with pytest.raises(InputError, match="word/document.xml is not well-formed XML"):
        read_document(path)


def test_docx_without_notes_is_an_input_error(docx, tmp_path):
    k = docx
    path = k.build(tmp_path / "plain.docx", k.document_xml(k.para(k.run("No notes here."))))
    with pytest.raises(InputError, match="no footnotes or endnotes"):
        read_document(path)


def test_a_bibliography_in_the_body_is_read_one_entry_per_paragraph(docx, tmp_path):
    from notecite.document.bibliography import bibliography_entries

    k = docx
    document = k.document_xml(
        k.para(k.run("Lynching in Virginia was studied early."), k.ref(2)),
        k.para(k.run("Bibliography")),
        k.para(k.run("Brundage, Fitzhugh. "), k.run("Lynching in the New South", italic=True),
               k.run(". Urbana: University of Illinois Press, 1993.")),
        k.para(k.run("Wells, Ida B. “Lynch Law in America.” The Arena 23 (1900): 15–24.")),
    )
    footnotes = k.notes_xml("footnote", {2: [k.run("Brundage, Lynching, 12.")]})
    doc = read_document(k.build(tmp_path / "nb.docx", document, footnotes))
    assert bibliography_entries(doc.body) == [
        "Brundage, Fitzhugh. Lynching in the New South. Urbana: University of Illinois Press, 1993.",
        "Wells, Ida B. “Lynch Law in America.” The Arena 23 (1900): 15–24."]
