"""The Markdown reader: pandoc footnotes, inline notes, italics, errors."""
from __future__ import annotations

import pytest

from notecite.document import read_document
from notecite.errors import InputError


def test_pandoc_footnotes_numbered_by_first_call(data_dir):
    doc = read_document(data_dir / "essay.md")
    assert doc.format == "markdown"
    assert len(doc.notes) == 5
    assert doc.notes[0].text.startswith("Frederic C. Lane, Venice: A Maritime Republic")
    assert doc.notes[3].text == "Paolo Paruta, Discorsi politici (Venice: Domenico Nicolini, 1599), 2:214."
    assert doc.notes[4].text.startswith("Archivio di Stato di Venezia")
    assert doc.warnings == []


def test_continuation_lines_and_paragraphs_belong_to_the_note(data_dir):
    note = read_document(data_dir / "essay.md").notes[1]
    assert note.text == (
        "Ibid., 112. On credit more generally see Reinhold C. Mueller, The Venetian Money Market: Banks, "
        "Panics, and the Public Debt, 1200–1500 (Baltimore: Johns Hopkins University Press, 1997).\n"
        "Mueller's figures for the fifteenth century are not strictly comparable."
    )


def test_italics_are_hints_and_markup_is_removed(data_dir):
    doc = read_document(data_dir / "essay.md")
    assert [doc.notes[0].text[a:b] for a, b in doc.notes[0].italic_spans] == [
        "Venice: A Maritime Republic",
        "Venise, Raguse et le commerce du blé pendant la seconde moitié du XVIe siècle",
    ]
    assert [doc.notes[2].text[a:b] for a, b in doc.notes[2].italic_spans] == ["Le sel et la fortune de Venise"]
    assert not any("*" in n.text or "_" in n.text for n in doc.notes)
    assert "the inventory (https://example.org/asve/biave)" in doc.notes[4].text


def test_markers_repeat_for_a_note_called_twice_and_code_is_left_alone(data_dir):
    doc = read_document(data_dir / "essay.md")
    assert [m.number for m in doc.markers] == [1, 2, 3, 4, 1, 5]
    for m in doc.markers:
        assert doc.body[m.offset:].startswith(f"[^{m.number}]")
    assert "[^not-a-note]: code blocks are left alone" in doc.body
    assert "[^lane]:" not in doc.body


def test_spans_cover_the_definitions(data_dir):
    doc = read_document(data_dir / "essay.md")
    start, end = doc.notes[2].span
    assert doc.source[start:end].startswith("Jean-Claude Hocquet, _Le sel")
    assert doc.source[start:end].endswith("2:561.")


def test_undefined_reference_is_an_input_error_with_line(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("A claim.[^1]\n\nAnother.[^missing]\n\n[^1]: Source, 3.\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_document(path)
    assert info.value.line == 3 and "[^missing]" in str(info.value) and str(path) in str(info.value)


def test_unreferenced_and_duplicate_definitions_warn(tmp_path):
    path = tmp_path / "odd.md"
    path.write_text(
        "A claim.[^a]\n\n[^a]: First, 1.\n[^a]: Second, 2.\n[^b]: Never called, 3.\n", encoding="utf-8"
    )
    doc = read_document(path)
    assert [n.text for n in doc.notes] == ["First, 1.", "Never called, 3."]
    assert any("defined twice" in w for w in doc.warnings)
    assert any("[^b]" in w and "never referenced" in w for w in doc.warnings)


def test_markdown_without_notes_is_an_input_error(tmp_path):
    path = tmp_path / "none.md"
    path.write_text("# Title\n\nJust prose.\n", encoding="utf-8")
    with pytest.raises(InputError, match="no footnotes"):
        read_document(path)


MARKDOWN_WITH_PLAIN_NOTES = """# On Serge

Victor Serge wrote his memoirs in exile.[1] His novels came later.[2]

## Notes

1. Victor Serge, *Memoirs of a Revolutionary* (London: Writers & Readers, 1987), 67. [Google Scholar](https://scholar.google.com/x)
2. Serge, *Memoirs*, 2-3. [↩](#ref-2)
"""


def test_markdown_without_pandoc_footnotes_reads_like_its_text_twin(tmp_path):
    from notecite.document import read_document

    md, txt = tmp_path / "a.md", tmp_path / "a.txt"
    md.write_text(MARKDOWN_WITH_PLAIN_NOTES, encoding="utf-8")
    txt.write_text(MARKDOWN_WITH_PLAIN_NOTES.replace("*", ""), encoding="utf-8")
    doc, twin = read_document(md), read_document(txt)
    assert doc.format == "markdown"
    assert [n.text for n in doc.notes] == [
        "Victor Serge, Memoirs of a Revolutionary (London: Writers & Readers, 1987), 67.", "Serge, Memoirs, 2-3."]
    assert [n.text for n in doc.notes] == [n.text for n in twin.notes]
    assert [[n.text[a:b] for a, b in n.italic_spans] for n in doc.notes] == [["Memoirs of a Revolutionary"], ["Memoirs"]]
    assert [m.number for m in doc.markers] == [1, 2] and doc.warnings == []


def test_note_numbers_written_as_anchor_links_are_markers_and_labels(tmp_path):
    """A converted web page: ``[\\[1\\]](#_edn1)`` markers, notes opening with their label linking back."""
    path = tmp_path / "converted.md"
    source = (
        "The party debated the question.[\\[1\\]](#_edn1) It did so again.[2](#fn2)\n\n"
        "* * *\n\n"
        "[\\[1\\]](#_ednref1) Robert Service, *The Bolshevik Party in Revolution* (London: Macmillan, 1979), 40.\n\n"
        "[2](#fnref2) *Ibid*., 52.\n"
    )
    path.write_text(source, encoding="utf-8")
    doc = read_document(path)
    assert [n.text for n in doc.notes] == [
        "Robert Service, The Bolshevik Party in Revolution (London: Macmillan, 1979), 40.", "Ibid., 52."]
    assert [m.number for m in doc.markers] == [1, 2]
    assert doc.source == source
    assert source[doc.notes[0].span[0]:].startswith("Robert Service")
