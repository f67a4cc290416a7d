"""The HTML reader: pandoc, WordPress and Word layouts, noise, fallback, errors."""
from __future__ import annotations

import pytest

from notecite.document import read_document
from notecite.errors import InputError


def test_pandoc_layout(data_dir):
    doc = read_document(data_dir / "pandoc-essay.html")
    assert [n.number for n in doc.notes] == [1, 2, 3, 4]
    assert doc.notes[1].text == "Ibid., 2:612."
    assert doc.notes[3].text == (
        "Montaigne, Journal de voyage, ed. François Rigolot (Paris: PUF, 1992), 88.\n"
        "The passage was cut from the first printed edition of 1774."
    )
    assert not any("\u21a9" in n.text for n in doc.notes)
    assert [doc.notes[2].text[a:b] for a, b in doc.notes[2].italic_spans] == [
        "Montaigne’s Career", "Montaigne: A Life"]
    assert [m.number for m in doc.markers] == [1, 2, 3, 4]
    assert all(doc.body[m.offset:].startswith(f"[{m.number}]") for m in doc.markers)
    assert "Ibid." not in doc.body and "body { max-width" not in doc.body
    assert doc.warnings == []


def test_wordpress_easy_footnotes_and_page_noise(data_dir):
    doc = read_document(data_dir / "wordpress-post.html")
    assert len(doc.notes) == 3
    assert doc.notes[1].text == "Ibid., 110; cf. John Lilburne, Englands Birth-Right Justified ([London], 1645), 9."
    assert [doc.notes[0].text[a:b] for a, b in doc.notes[0].italic_spans] == [
        "The Levellers and the English Revolution"]
    for noise in ("Share this", "Related", "thoughts on", "_wpemojiSettings", "About"):
        assert noise not in doc.body
    assert "handful of printers working under constant threat of seizure.[1] Lilburne" in doc.body


def test_word_export_with_multi_paragraph_note(data_dir):
    doc = read_document(data_dir / "word-export.html")
    assert doc.notes[0].text.startswith("Philippe Dollinger, The German Hansa")
    assert doc.notes[1].text.endswith("(Leipzig, 1883), no. 112.")
    assert "\n" in doc.notes[1].text
    assert not doc.notes[0].text.startswith("[1]")
    assert [m.number for m in doc.markers] == [1, 2]


def test_unlinked_notes_section_falls_back_to_text(tmp_path):
    path = tmp_path / "unlinked.html"
    path.write_text(
        "<html><body><p>A claim.<sup>1</sup> Another claim.<sup>2</sup></p><h2>Notes</h2>"
        "<ol><li>Peter Burke, <i>Popular Culture in Early Modern Europe</i> (London, 1978), 23.</li>"
        "<li>Ibid., 40.</li></ol></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert [n.text for n in doc.notes] == [
        "Peter Burke, Popular Culture in Early Modern Europe (London, 1978), 23.", "Ibid., 40."]
    assert [m.number for m in doc.markers] == [1, 2]
    assert any("no linked footnotes" in w for w in doc.warnings)


def test_html_without_notes_is_an_input_error(tmp_path):
    path = tmp_path / "none.html"
    path.write_text("<html><body><h1>Essay</h1><p>No notes here (1999).</p></body></html>", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_document(path)
    assert str(path) in str(info.value) and "no footnotes" in str(info.value)


def test_empty_html_is_an_input_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("   \n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        read_document(path)


def test_bracketed_markers_answered_by_back_links(tmp_path):
    """Archive pages: ``<a href="#n1" name="f1">[1]</a>`` in the body, the note's label linking back."""
    path = tmp_path / "archive.html"
    path.write_text(
        '<html><body><p>The retreat began in 1921.<a href="#n1" name="f1">[1]</a> It lasted.'
        '<a href="#n2" name="f2">[2]</a></p><hr><h3>Notes</h3>'
        '<p><a href="#f1" name="n1">1.</a> R. Daniels, <em>The Conscience of the Revolution</em>'
        ' (Cambridge, Mass., 1960), p.&nbsp;150.</p>'
        '<p><a href="#f2" name="n2">2.</a> <em>Ibid.</em>, p.&nbsp;152.</p>'
        '<hr><p class="footer"><a href="../index.htm">Journal Index</a> | Main Archive</p>'
        "<p>Last updated: 3 March 2020</p></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert [n.text for n in doc.notes] == [
        "R. Daniels, The Conscience of the Revolution (Cambridge, Mass., 1960), p. 150.", "Ibid., p. 152."]
    assert [m.number for m in doc.markers] == [1, 2]
    assert doc.warnings == []


def test_unlinked_notes_stop_before_the_page_text_after_them(tmp_path):
    path = tmp_path / "unlinked-footer.html"
    path.write_text(
        "<html><body><p>A claim.<sup>1</sup> Another.<sup>2</sup></p><h3>Endnotes</h3>"
        "<p>1. Paul Le Blanc, <em>Lenin and the Revolutionary Party</em> (Atlantic Highlands, NJ:"
        " Humanities Press, 1990), 77.</p><p>2. Ibid., 81.</p>"
        "<p><strong>J. Doe</strong> writes for the magazine.</p><p>Share this: Twitter Facebook</p>"
        "<p>\u00a9 2022 The Magazine. Powered by WordPress.</p></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert [n.text for n in doc.notes] == [
        "Paul Le Blanc, Lenin and the Revolutionary Party (Atlantic Highlands, NJ: Humanities Press, 1990), 77.",
        "Ibid., 81.",
    ]
    assert any("ignored 3 line(s) after the last note" in w for w in doc.warnings)


def test_notes_sharing_one_paragraph_are_cut_at_their_anchors(tmp_path):
    """Old sites: all notes in one ``<p>``, each opened by an empty ``<a name>`` and ended by ``<br>``."""
    path = tmp_path / "one-paragraph.html"
    path.write_text(
        '<html><body><p>Stalin won.<a href="#n1"><sup>1</sup></a> Bukharin lost.<a href="#n2"><sup>2</sup></a></p>'
        '<h3>Notes</h3><p><a name="n1"></a>1. Robert C. Tucker, <i>Stalin as Revolutionary</i> (New York:'
        ' Norton, 1973), 5.<br><a name="n2"></a>2. Ibid., <i>passim</i>.</p></body></html>',
        encoding="utf-8",
    )
    doc = read_document(path)
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "Robert C. Tucker, Stalin as Revolutionary (New York: Norton, 1973), 5."), (2, "Ibid., passim.")]
    assert [[n.text[a:b] for a, b in n.italic_spans] for n in doc.notes] == [["Stalin as Revolutionary"], ["passim"]]
    assert [m.number for m in doc.markers] == [1, 2]


def test_bracketed_back_links_before_the_note_are_dropped(tmp_path):
    path = tmp_path / "back-first.html"
    path.write_text(
        '<html><body><p>A claim.<sup id="r1"><a href="#f1">1</a></sup> Another.<sup id="r2"><a href="#f2">2</a></sup></p>'
        '<h4>Endnotes</h4><p id="f1"><a href="#r1">[back]</a> 1. Neil Harding, <i>Lenin\'s Political Thought</i>'
        ' (London: Macmillan, 1977), 1:44.</p><p id="f2"><a href="#r2">[&uarr;]</a> 2. Ibid., 1:50.</p></body></html>',
        encoding="utf-8",
    )
    doc = read_document(path)
    assert [n.text for n in doc.notes] == [
        "Neil Harding, Lenin's Political Thought (London: Macmillan, 1977), 1:44.", "Ibid., 1:50."]
