"""Project Gutenberg's plain-text notes: bracket-labelled paragraphs after their paragraph, under each chapter's
``FOOTNOTES:`` line, or bracketed blocks gathered at the end."""
from notecite.document import read_document
from notecite.document.gutenberg import _paragraphs_on_a_bracket, document_of_printed_notes, printed_notes
from notecite.document.plaintext import document_from_text

_CHAPTERS = """THE BOOK

CHAPTER I.

The first claim[1] rests on two books.[2]

FOOTNOTES:

  [1] Victor Serge, Memoirs of a Revolutionary (London, 1987),
      67.

  [2] Ibid., 70.

CHAPTER II.

The second claim[1] rests on one more.

FOOTNOTES:

  [1] Serge, Memoirs, 80.
"""


def test_notes_under_each_chapter_are_numbered_through_the_book():
    document = document_from_text("book.txt", _CHAPTERS, [])
    assert [(n.number, n.text) for n in document.notes] == [
        (1, "Victor Serge, Memoirs of a Revolutionary (London, 1987),\n67."), (2, "Ibid., 70."), (3, "Serge, Memoirs, 80.")]
    assert [m.number for m in document.markers] == [1, 2, 3]
    assert all(document.body[m.offset] == "[" for m in document.markers)
    assert "FOOTNOTES" not in document.body and "Ibid." not in document.body and "CHAPTER II." in document.body
    assert any("labels repeat" in w for w in document.warnings)
    assert [_source_text(document, n) for n in document.notes][1] == "Ibid., 70."


def _source_text(document, note):
    return document.source[note.span[0]:note.span[1]]


def test_bracketed_notes_run_over_paragraphs_and_hold_brackets():
    text = ("Title\n\nA claim[Footnote 1: Serge, Memoirs, 67.] made.[1] Another.[2] A third.[3]\n\n"
            "[Footnote 1: Victor Serge, Memoirs of a Revolutionary [trans. P. Sedgwick]\n(London, 1987), 67.\n\n"
            "See also his Destiny of a Revolution.]\n\n"
            "[2: Ibid., 70.]\n\n[Fußnote 3: Serge, Memoirs, 80.]\n\nThe end.\n")
    printed = printed_notes(text)
    assert [p.label for p in printed] == ["1", "2", "3"]
    document = document_of_printed_notes("book.txt", text, [])
    assert document.notes[0].text.endswith("Destiny of a Revolution.") and "[trans. P. Sedgwick]" in document.notes[0].text
    assert [n.text for n in document.notes[1:]] == ["Ibid., 70.", "Serge, Memoirs, 80."]
    assert [m.number for m in document.markers] == [1, 2, 3] and "The end." in document.body


def test_two_called_notes_are_read_and_uncalled_asides_are_not_notes():
    text = "Title\n\nA claim.[1] Another.[2]\n\n[1] Serge, Memoirs, 67.\n\n[2] Ibid., 70.\n"
    document = document_of_printed_notes("a.txt", text, [])
    assert [n.text for n in document.notes] == ["Serge, Memoirs, 67.", "Ibid., 70."]
    assert document_of_printed_notes("a.txt", "Title\n\nText.\n\n[A] An aside.\n\nMore text.\n", []) is None
    assert document_of_printed_notes("a.txt", "Title\n\n[Illustration: a map]\n\nText.\n", []) is None


def test_a_notes_list_after_a_heading_is_still_read_as_one_list(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Title\n\nA claim.[1] Another.[2]\n\nNotes\n\n1. Serge, Memoirs, 67.\n2. Ibid., 70.\n", encoding="utf-8")
    document = read_document(str(path))
    assert [n.text for n in document.notes] == ["Serge, Memoirs, 67.", "Ibid., 70."]


def test_an_unclosed_bracketed_note_is_no_note_and_does_not_swallow_the_next():
    text = ("Title\n\nA claim.[1] Another.[2] A third.[3]\n\n[1: Serge, Memoirs, 67.\n\n[2: Ibid., 70.]\n\n"
            "[3: Serge, Memoirs, 80.]\n")
    assert [(p.label, text[p.text_start:p.end]) for p in printed_notes(text)] == [
        ("2", "Ibid., 70."), ("3", "Serge, Memoirs, 80.")]


def test_paragraphs_on_a_bracket_start_at_the_text_or_after_a_blank_line():
    text = "  [1] first\nline [x]\n\n  \n[2] second\n\nprose [3]\n \n\t[Footnote 4: fourth]"
    starts = _paragraphs_on_a_bracket(text)
    assert starts == [0, text.index("[2]"), text.index("\t[Footnote")]
    assert _paragraphs_on_a_bracket("prose\n\n[1] note") == [7]
    assert _paragraphs_on_a_bracket("prose [1]\n\nmore prose") == []
