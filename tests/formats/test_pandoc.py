from notecite.document.model import Document, Marker, Note
from notecite.formats.pandoc import body_markdown, escape, note_markdown, pandoc_citation, to_pandoc_markdown
from notecite.library import Citation, Library


def citation(note, key, kind, locator, start, end, label="page"):
    return Citation("a.txt", note, key, kind, locator, label, start=start, end=end)


def test_citation_syntax():
    assert pandoc_citation(citation(1, "serge1987memoirs", "full", "67", 0, 1)) == "[@serge1987memoirs, p. 67]"
    assert pandoc_citation(citation(1, "k", "short", "3", 0, 1, label="chapter")) == "[@k, chap. 3]"
    assert pandoc_citation(citation(1, "k", "ibid", None, 0, 1)) == "[@k]"


def test_note_keeps_prose_and_mentions_and_replaces_cites():
    text = "See Serge, Memoirs, 215-243; the Memoirs (63-66) say more about @home_*."
    cites = [citation(1, "m", "short", "215–243", 4, 27), citation(1, "m", "mention", "63–66", 29, 49)]
    assert note_markdown(text, cites) == r"See [@m, p. 215–243]; the Memoirs (63-66) say more about \@home\_\*."


def test_italics_outside_citations_are_kept():
    text = "In the novel Conquered City, Serge wrote."
    assert note_markdown(text, [], [(13, 27)]) == "In the novel *Conquered City*, Serge wrote."


def test_body_markers_become_footnote_references():
    document = Document("a.txt", "text", "A year (1881) and a note.(1)\nNext (2) paragraph.",
                        [Note(1, "Ibid."), Note(2, "Ibid.")], [Marker(1, 25), Marker(2, 34)])
    assert body_markdown(document) == r"A year (1881) and a note.[^1]" + "\n\n" + "Next [^2] paragraph."


def test_whole_document_has_front_matter_and_note_definitions():
    document = Document("dir/a.txt", "text", "Text.(1)", [Note(1, "Victor Serge, Memoirs, 67.")], [Marker(1, 5)])
    library = Library([{"id": "m", "type": "book", "title": "Memoirs"}], citations=[citation(1, "m", "full", "67", 0, 25)])
    out = to_pandoc_markdown(document, library, bibliography="a.json")
    assert out.startswith("---\nbibliography: a.json\n")
    assert out.endswith("Text.[^1]\n\n[^1]: [@m, p. 67].\n")


def test_escape():
    assert escape("a*b_[c]@d") == r"a\*b\_\[c\]\@d"
