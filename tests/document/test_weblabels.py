"""Web-copy noise leaves notes: link labels at the ends of note lines (and only there), back links opening them,
characters that print as nothing, and Cyrillic letters an OCR put for Latin ones."""
import pytest

from notecite.document.model import Note
from notecite.document.weblabels import strip_labels


@pytest.mark.parametrize("text, expected", [
    ("Victor Serge, Memoirs of a Revolutionary (London, 1987), 67.Google ScholarCrossRef",
     "Victor Serge, Memoirs of a Revolutionary (London, 1987), 67."),
    ("Serge, Memoirs, 67. Google Scholar | PubMed\nTrotsky, The Revolution Betrayed, 45.\nFind this resource:\n"
     "Google Scholar (https://scholar.google.com/scholar?q=x)",
     "Serge, Memoirs, 67.\nTrotsky, The Revolution Betrayed, 45."),
    ("Ibid., 12. ↩︎", "Ibid., 12."),
    ("Ibid., 12. [Return to text](#ref-12)", "Ibid., 12."),
    ("Ibid., 12. Return to text (#ref-12)", "Ibid., 12."),
    ("Ibid., 12. Return to text", "Ibid., 12."),
    ("Ibid., 12. [Google Scholar](https://scholar.google.com)", "Ibid., 12."),
    ("Jane Doe, A History of PubMed and Its Users (Bethesda, 2001), 4.",
     "Jane Doe, A History of PubMed and Its Users (Bethesda, 2001), 4."),
    ("Smith, Crossrefs, 4.", "Smith, Crossrefs, 4."),
])
def test_labels_at_line_ends_go_and_words_in_titles_stay(text, expected):
    assert strip_labels(Note(1, text)).text == expected


def test_italic_spans_follow_the_text():
    text = "Crossref\nSerge, Memoirs, 67.CrossRef\nIbid."
    note = strip_labels(Note(3, text, (10, 20), [(text.index("Memoirs"), text.index("Memoirs") + 7)]))
    assert note.text == "Serge, Memoirs, 67.\nIbid."
    assert [note.text[a:b] for a, b in note.italic_spans] == ["Memoirs"]
    assert note.number == 3 and note.span == (10, 20)


def test_a_note_without_labels_is_returned_as_is():
    note = Note(1, "Ibid., 4.")
    assert strip_labels(note) is note


def test_every_label_needs_one_of_the_words_the_quick_test_looks_for():
    from notecite.document.weblabels import LABEL_WORDS, LABELS

    for label in LABELS:
        needed = [word for word in LABEL_WORDS if word in label.replace(r"\s?", "").replace(r"\s+", " ")]
        assert needed, label
    # a label written in any case, with a URL after it, is still found behind the quick test
    assert strip_labels(Note(1, "Ibid., 4. PUBMED (https://x.org/1)")).text == "Ibid., 4."


def test_characters_that_print_as_nothing_go_and_italic_spans_follow():
    from notecite.document.weblabels import strip_invisible

    text = "Ann Lee, Memo\u00adirs (Oxford Univer\u00adsity Press, 1963), 3\u00ad\u2013\u200b14\ufeff."
    note = strip_invisible(Note(2, text, (5, 9), [(text.index("Memo"), text.index("irs") + 3)]))
    assert note.text == "Ann Lee, Memoirs (Oxford University Press, 1963), 3\u201314."
    assert [note.text[a:b] for a, b in note.italic_spans] == ["Memoirs"] and note.number == 2 and note.span == (5, 9)
    # joiners that shape letters stay; a note without such characters is returned as is
    plain = Note(1, "\u0915\u094d\u200d\u0937, 4.")
    assert strip_invisible(plain) is plain


def test_a_document_read_has_no_soft_hyphens_in_its_notes(tmp_path):
    from notecite.document import read_document

    path = tmp_path / "doc.txt"
    path.write_text("Title\n\nText.[1]\n\nNotes\n\n1. Ann Lee, Memo\u00adirs (Oxford, 1963), 4.\n", encoding="utf-8")
    assert [note.text for note in read_document(path).notes] == ["Ann Lee, Memoirs (Oxford, 1963), 4."]


def test_cyrillic_letters_drawn_like_latin_ones_are_latin_in_a_latin_note():
    from notecite.document.weblabels import latin_lookalikes

    for printed, read in [("Records of the Society, \u0425\u0425, 163", "Records of the Society, XX, 163"),
                          ("Ibid. [\u0440. 10]", "Ibid. [p. 10]"),
                          ("\u041corris to M\u0430ll, 4.", "Morris to Mall, 4."), ("Rapha\u0451l Lemkin", "Rapha\u00ebl Lemkin"),
                          # accented Latin letters are not Russian ones
                          ("Hist\u00f3ria, \u0425\u0425, 163", "Hist\u00f3ria, XX, 163"), ("Ebd. S. 4; \u0425\u0406.", "Ebd. S. 4; XI.")]:
        note = latin_lookalikes(Note(1, printed, (0, 1), [(0, 3)]))
        assert note.text == read and note.italic_spans == [(0, 3)], printed
    # a note with Russian words keeps them (a mixed word is still mended)
    russian = "\u0411\u044e\u043b\u043b\u0435\u0442\u0435\u043d\u044c \u043e\u043f\u043f\u043e\u0437\u0438\u0446\u0438\u0438, \u0425\u0425, B\u0443"
    assert latin_lookalikes(Note(1, russian)).text == russian[:-1] + "y"
    plain = Note(1, "Ibid., 4.")
    assert latin_lookalikes(plain) is plain


@pytest.mark.parametrize("text, expected", [
    ("a b \u201cMiners\u2019 strike\u201d. The Guardian. 12 March 1984.", "\u201cMiners\u2019 strike\u201d. The Guardian. 12 March 1984."),
    ("Jump up to: a b c Jones, Ann (2001). War.", "Jones, Ann (2001). War."),
    ("Jump up ^ Smith, John (1990). Strike.", "Smith, John (1990). Strike."),
    ("^ Smith, John (1990). Strike.", "Smith, John (1990). Strike."),
    ("a study of strikes appears in Lee, Strikes, 4.", "a study of strikes appears in Lee, Strikes, 4."),  # the word "a"
    ("A b c of Socialism, 4.", "A b c of Socialism, 4."),
])
def test_the_back_links_a_wikipedia_note_opens_with_go(text, expected):
    assert strip_labels(Note(1, text)).text == expected
