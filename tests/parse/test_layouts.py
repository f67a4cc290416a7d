from notecite.parse.layouts import MIN_NAMES, colon_author_labels
from notecite.pipeline import extract


def _names(texts):
    return [[text[s:e] for s, e, label in spans] for text, spans in zip(texts, colon_author_labels(texts))]


def test_names_before_a_colon_opening_cites_are_authors_when_the_document_writes_them_so():
    texts = ["Vance: Old Kingdoms, p. 12.", "See Ness: Interior Trade, p. 9; Kemp: Grassland Tribes, p. 16.",
             "Von Arx: in Interior Trade, p. 3.", "J. B. Lowe: “The Coast,” p. 4."]
    assert _names(texts) == [["Vance:"], ["Ness:", "Kemp:"], ["Von Arx:"], ["J. B. Lowe:"]]
    assert all(label == "author" for spans in colon_author_labels(texts) for _, _, label in spans)


def test_a_name_after_the_colon_of_a_lead_in_clause_opens_a_cite():
    texts = ["This rests on the monograph: Ann Vance: Old Kingdoms, p. 12.", "On trade, see: Ness: Interior Trade, p. 9.",
             "Kemp: Grassland Tribes, p. 16."]
    assert _names(texts) == [["Ann Vance:"], ["Ness:"], ["Kemp:"]]
    # a subtitle after a title's colon is not read as a name
    assert _names(texts + ["Vance: The Coast: A Survey, p. 4."])[3] == ["Vance:"]


def test_fewer_names_so_written_are_no_layout_of_the_document():
    texts = ["Stalin: A Political Biography, p. 4.", "Vance, Old Kingdoms, p. 12.", "Stalin: A Political Biography, p. 9."]
    assert MIN_NAMES == 3 and _names(texts) == [[], [], []]


def test_places_bodies_ibids_and_lower_case_words_after_the_colon_are_no_authors():
    texts = ["Vance: Old Kingdoms, p. 12.", "Ness: Interior Trade, p. 9.", "Kemp: Grassland Tribes, p. 16.",
             "New York: Macmillan, 1990.", "Central Committee: Resolution on Trade, 1921.", "Arhiv Slovenije: AS 12, box 3.",
             "Bidwell: Ibid., p. 172.", "Quill: op. cit., p. 4.", "Rudd: quoted in Kemp, p. 3.", "NAA: A1838, 3006/4/7.",
             "History of the Coast: A Survey, p. 4.", "Old text. Vance: Old Kingdoms, p. 3."]
    assert _names(texts)[3:] == [[], [], [], [], [], [], [], [], []]


def test_a_document_writing_authors_before_a_colon_has_them_read_as_authors(tmp_path):
    doc = tmp_path / "colons.txt"
    doc.write_text("Text.[1] More.[2] And.[3]\n\nNotes\n\n1. Vance: Old Kingdoms, p. 12.\n"
                   "2. Ness: Interior Trade, p. 9.\n3. Kemp: Grassland Tribes, p. 16.\n", encoding="utf-8")
    library = extract([doc])
    assert sorted((r["author"][0]["family"], r["title"]) for r in library.records) == [
        ("Kemp", "Grassland Tribes"), ("Ness", "Interior Trade"), ("Vance", "Old Kingdoms")]
