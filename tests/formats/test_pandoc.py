from notecite.document.model import Document, Marker, Note
from notecite.formats.pandoc import body_markdown, escape, note_markdown, pandoc_citation, to_pandoc_markdown
from notecite.library import Citation, Library


def citation(note, key, kind, locator, start, end, label="page"):
    return Citation("a.txt", note, key, kind, locator, label, start=start, end=end)


def test_citation_syntax():
    assert pandoc_citation(citation(1, "serge1987memoirs", "full", "67", 0, 1)) == "[@serge1987memoirs, {p. 67}]"
    assert pandoc_citation(citation(1, "k", "short", "3", 0, 1, label="chapter")) == "[@k, {chap. 3}]"
    assert pandoc_citation(citation(1, "k", "ibid", None, 0, 1)) == "[@k]"


def test_note_is_one_cluster_keeping_prose_and_mentions():
    text = "See Serge, Memoirs, 215-243; the Memoirs (63-66) say more about @home_*."
    cites = [citation(1, "m", "short", "215–243", 4, 27), citation(1, "m", "mention", "63–66", 29, 49)]
    assert note_markdown(text, cites) == r"[See @m, {p. 215–243}\; the Memoirs (63-66) say more about \@home\_\*.]"


def test_prose_between_cites_prefixes_the_next_item_and_the_authors_separator_is_the_clusters():
    text = "See, inter alia, Serge, Destiny, 12, and Serge, Year One; also Trotsky, Betrayed, among other works."
    cites = [citation(1, "d", "short", "12", 17, 35), citation(1, "y", "short", None, 41, 56),
             citation(1, "t", "short", None, 63, 80)]
    assert note_markdown(text, cites) == "[See, inter alia, @d, {p. 12}; and @y; also @t, among other works.]"


def test_quotes_and_an_imprint_tail_the_record_holds_go_with_the_cite():
    text = "Jules Guesde, “Le Collectivisme,” Le Socialiste (12 Jan. 1889), no. 397. Guesde disagreed in 1890."
    record = {"id": "g", "type": "article-newspaper", "title": "Le Collectivisme", "container-title": "Le Socialiste",
              "author": [{"family": "Guesde", "given": "Jules"}], "issued": {"date-parts": [[1889, 1, 12]]}, "issue": "397"}
    cites = [citation(1, "g", "full", None, 0, text.index("1889") - 1)]
    assert note_markdown(text, cites, records={"g": record}) == "[@g. Guesde disagreed in 1890.]"
    text = "See “Trente Ans” in La Revolution, a retrospective."
    record = {"id": "t", "type": "article-magazine", "title": "Trente Ans", "container-title": "La Revolution"}
    out = note_markdown(text, [citation(1, "t", "full", None, 5, 33)], records={"t": record})
    assert out == "[See @t, a retrospective.]"


def test_words_of_a_cite_the_record_lacks_are_kept_as_its_suffix():
    text = "See “Theses” published in Kommunist on 20 April 1918, as a pamphlet by Critique (Glasgow, 1977)."
    record = {"id": "t", "type": "pamphlet", "title": "Theses", "publisher": "Critique", "publisher-place": "Glasgow",
              "issued": {"date-parts": [[1977]]}}
    out = note_markdown(text, [citation(1, "t", "full", None, 5, text.index("1977") + 4)], records={"t": record})
    assert out == "[See @t, published in Kommunist on 20 April 1918, as a pamphlet]"


def test_a_pinpoint_written_short_is_held_by_the_full_range():
    text = "Victor Serge, Portrait de Staline (Paris, Grasset) 1940, 57-8."
    record = {"id": "p", "type": "book", "title": "Portrait de Staline", "author": [{"family": "Serge", "given": "Victor"}],
              "publisher": "Grasset", "publisher-place": "Paris", "issued": {"date-parts": [[1940]]}}
    out = note_markdown(text, [citation(1, "p", "full", "57–58", 0, len(text) - 1)], records={"p": record})
    assert out == "[@p, {p. 57–58}]"


def test_italics_outside_citations_are_kept():
    text = "In the novel Conquered City, Serge wrote."
    assert note_markdown(text, [], [(13, 27)]) == "In the novel *Conquered City*, Serge wrote."


def test_body_markers_become_footnote_references():
    document = Document("a.txt", "text", "A year (1881) and a note.(1)\nNext (2) paragraph.",
                        [Note(1, "Ibid."), Note(2, "Ibid.")], [Marker(1, 25), Marker(2, 34)])
    assert body_markdown(document) == r"A year (1881) and a note.[^1]" + "\n\n" + "Next [^2] paragraph."


def test_whole_document_has_front_matter_and_note_definitions():
    document = Document("dir/a.txt", "text", "Text.(1)", [Note(1, "Victor Serge, Memoirs, 67.")], [Marker(1, 5)])
    library = Library([{"id": "m", "type": "book", "title": "Memoirs", "author": [{"family": "Serge", "given": "Victor"}]}], citations=[citation(1, "m", "full", "67", 0, 25)])
    out = to_pandoc_markdown(document, library, bibliography="a.json")
    assert out.startswith("---\nbibliography: a.json\n")
    assert out.endswith("Text.[^1]\n\n[^1]: [@m, {p. 67}]\n")


def test_escape():
    assert escape("a*b_[c]@d; e") == r"a\*b\_\[c\]\@d; e"
    assert escape("a; b", in_cluster=True) == r"a\; b"
