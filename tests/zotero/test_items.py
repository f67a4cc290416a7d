"""CSL-JSON → Zotero item JSON: every field of a 10-item mixed library lands in the right place."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from notecite.library import Citation, Library
from notecite.zotero.items import (creator_name, is_key, library_to_items, provenance_note, record_to_item,
                                   stable_key, zotero_date)
from notecite.zotero.schema import ITEM_TYPES, zotero_type

DATA = Path(__file__).resolve().parents[1] / "data" / "zotero"
TEMPLATES = json.loads((DATA / "item_templates.json").read_text())
RECORDS = json.loads((DATA / "mixed.json").read_text())
BY_ID = {r["id"]: r for r in RECORDS}


def item(record_id: str) -> dict:
    return record_to_item(BY_ID[record_id])


def extra_lines(it: dict) -> list[str]:
    return it.get("extra", "").split("\n")


def without_bookkeeping(it: dict) -> dict:
    return {k: v for k, v in it.items() if k not in ("tags", "collections", "relations", "key")}


EXPECTED = {
    "serge1951memoires": {
        "itemType": "book", "title": "Mémoires d'un révolutionnaire, 1901-1941",
        "creators": [
            {"creatorType": "author", "firstName": "Victor", "lastName": "Serge"},
            {"creatorType": "editor", "firstName": "Charles", "lastName": "de Gaulle"},
            {"creatorType": "translator", "firstName": "Peter", "lastName": "Sedgwick"},
            {"creatorType": "seriesEditor", "firstName": "Ludwig van", "lastName": "Beethoven"}],
        "series": "Oxford Paperbacks", "seriesNumber": "12", "volume": "1", "numberOfVolumes": "2", "edition": "2",
        "place": "London", "publisher": "Oxford University Press", "date": "1963", "numPages": "404",
        "language": "en", "ISBN": "978-0-19-281074-9", "shortTitle": "Mémoires",
        "extra": "Cited in article.txt: n. 1 (67).\noriginal-date: 1951\n"
                 "original-title: Mémoires d'un révolutionnaire\noriginal-publisher: Éditions du Seuil\n"
                 "original-publisher-place: Paris\nCitation Key: serge1951memoires"},
    "trotsky1937chapter": {
        "itemType": "bookSection", "title": "The Kronstadt Uprising",
        "creators": [
            {"creatorType": "author", "firstName": "Leon", "lastName": "Trotsky"},
            {"creatorType": "bookAuthor", "firstName": "Vladimir", "lastName": "Lenin"},
            {"creatorType": "editor", "firstName": "Martin Luther, Jr.", "lastName": "King"}],
        "bookTitle": "Collected Essays", "place": "New York", "publisher": "Pathfinder", "date": "1969-03-05",
        "pages": "120-135", "extra": "Citation Key: trotsky1937chapter"},
    "weissman1988serge": {
        "itemType": "journalArticle", "title": "Victor Serge's World and Ours",
        "creators": [{"creatorType": "author", "firstName": "Susan", "lastName": "Weissman"}],
        "abstractNote": "An essay on Serge.", "publicationTitle": "Critique", "volume": "20", "issue": "1",
        "pages": "1-30", "date": "Spring 1988", "DOI": "10.1080/03017608808413410", "ISSN": "0301-7605",
        "url": "https://example.org/critique/20", "accessDate": "2024-05-17",
        "extra": "container-title-short: Crit.\nCitation Key: weissman1988serge"},
    "orwell1938magazine": {
        "itemType": "magazineArticle", "title": "Notes on the Spanish Militias",
        "creators": [{"creatorType": "author", "name": "George Orwell"}],
        "publicationTitle": "New English Weekly", "volume": "13", "issue": "4", "date": "1938-07-29", "pages": "55",
        "extra": "publisher-place: London\nCitation Key: orwell1938magazine"},
    "times1940trotsky": {
        "itemType": "newspaperArticle", "title": "Trotsky Dies of Wounds", "creators": [],
        "publicationTitle": "The New York Times", "place": "New York", "edition": "Late City Edition",
        "date": "1940-08-22", "section": "A", "pages": "1", "extra": "Citation Key: times1940trotsky"},
    "cotterill1990thesis": {
        "itemType": "thesis", "title": "Victor Serge and the Russian Revolution",
        "creators": [{"creatorType": "author", "firstName": "David", "lastName": "Cotterill"}],
        "thesisType": "PhD thesis", "university": "University of Sussex", "place": "Brighton", "date": "1990",
        "numPages": "350", "extra": "issued: 1990/1991\nCitation Key: cotterill1990thesis"},
    "ilo1936report": {
        "itemType": "report", "title": "Wages in the Soviet Union",
        "creators": [{"creatorType": "author", "name": "International Labour Office"}],
        "reportNumber": "27", "reportType": "Studies and Reports", "seriesTitle": "Series D", "place": "Geneva",
        "institution": "ILO", "date": "ca. 1936", "pages": "88", "extra": "Citation Key: ilo1936report"},
    "serge1940letter": {
        "itemType": "manuscript", "title": "Letter to Dwight Macdonald",
        "creators": [{"creatorType": "author", "firstName": "Victor", "lastName": "Serge"}],
        "manuscriptType": "Typescript letter", "place": "New Haven", "date": "1940-10",
        "archive": "Yale University Library", "archiveLocation": "Box 4, folder 12",
        "extra": "recipient: Macdonald || Dwight\nCitation Key: serge1940letter"},
    "marxists2002serge": {
        "itemType": "webpage", "title": "Victor Serge Internet Archive", "creators": [],
        "websiteTitle": "Marxists Internet Archive", "websiteType": "Archive", "date": "2002",
        "url": "https://www.marxists.org/archive/serge/", "language": "en",
        "extra": "accessed: 2023-01\nCitation Key: marxists2002serge"},
    "poum1937pamphlet": {
        "itemType": "book", "title": "The Truth about the Barcelona Events",
        "creators": [{"creatorType": "author", "name": "POUM"},
                     {"creatorType": "translator", "firstName": "Eileen", "lastName": "Orwell"}],
        "place": "London", "publisher": "Independent Labour Party", "date": "1937", "numPages": "16",
        "extra": "custom: {\"source\": \"archive box 3\"}\n"
                 "Citation Key: poum1937pamphlet\ntype: pamphlet"},
}


@pytest.mark.parametrize("record_id", sorted(EXPECTED))
def test_every_field_lands_in_its_zotero_field_or_extra(record_id):
    got = without_bookkeeping(item(record_id))
    assert got == EXPECTED[record_id]


def test_the_fixture_covers_the_required_types():
    assert {EXPECTED[r]["itemType"] for r in EXPECTED} >= {
        "book", "bookSection", "journalArticle", "magazineArticle", "newspaperArticle", "thesis", "report",
        "manuscript", "webpage"}


def test_a_pamphlet_is_a_zotero_book_that_cites_as_a_pamphlet():
    it = item("poum1937pamphlet")
    assert it["itemType"] == "book" and "type: pamphlet" in extra_lines(it)


@pytest.mark.parametrize("record_id", sorted(BY_ID))
def test_items_only_use_fields_and_creator_types_valid_for_their_type(record_id):
    it = item(record_id)
    template = TEMPLATES[it["itemType"]]
    allowed = set(template["fields"]) | {"itemType", "creators", "tags", "collections", "relations", "key"}
    assert set(it) <= allowed
    assert all(c["creatorType"] in template["creatorTypes"] for c in it["creators"])


@pytest.mark.parametrize("record_id", sorted(BY_ID))
def test_no_value_is_lost(record_id):
    record = BY_ID[record_id]
    text = json.dumps(item(record_id), ensure_ascii=False)
    for variable, value in record.items():
        if variable in ("type", "id") or isinstance(value, (dict, list)):
            continue
        assert str(value) in text, variable
    for names in (v for k, v in record.items() if isinstance(v, list)):
        for name in names:
            assert (name.get("family") or name.get("literal")) in text


def test_pamphlet_follows_zoteros_mapping_to_document():
    assert zotero_type({"type": "pamphlet"}) == "document"
    assert zotero_type({"type": "periodical"}) == "document"
    assert zotero_type({"type": "chapter"}) == "bookSection"


def test_zoteros_refined_types():
    assert zotero_type({"type": "bill", "publisher": "GPO"}) == "hearing"
    assert zotero_type({"type": "book", "version": "2.1"}) == "computerProgram"
    assert zotero_type({"type": "motion_picture", "volume": "2"}) == "videoRecording"
    assert zotero_type({"type": "motion_picture"}) == "film"


def test_a_role_the_type_lacks_goes_to_extra_not_to_the_wrong_role():
    record = {"id": "x", "type": "article-newspaper", "title": "T", "editor": [{"family": "Ed", "given": "A"}],
              "illustrator": [{"literal": "Studio X"}]}
    it = record_to_item(record)
    assert it["creators"] == []
    assert "editor: Ed || A" in extra_lines(it)
    assert "illustrator: Studio X" in extra_lines(it)


def test_author_of_a_type_without_authors_becomes_its_primary_creator():
    it = record_to_item({"id": "f", "type": "motion_picture", "title": "Film", "author": [{"family": "Eisenstein"}]})
    assert it["itemType"] == "film"
    assert it["creators"] == [{"creatorType": "director", "firstName": "", "lastName": "Eisenstein"}]


def test_a_second_value_for_a_taken_field_goes_to_extra():
    it = record_to_item({"id": "p", "type": "speech", "title": "Talk", "publisher-place": "Paris",
                         "event-place": "Lyon"})
    assert it["place"] == "Paris"
    assert "event-place: Lyon" in extra_lines(it)


def test_dates():
    assert zotero_date({"date-parts": [[1987, 3, 5]]}) == ("1987-03-05", True)
    assert zotero_date({"date-parts": [[1939], [1940]]}) == ("1939", False)
    assert zotero_date({"literal": "Spring, 1920"}) == ("Spring, 1920", True)
    assert zotero_date("1951-04") == ("1951-04", True)
    assert zotero_date({"date-parts": [[1988]], "season": 3}) == ("Autumn 1988", True)


def test_names():
    assert creator_name({"literal": "Le Monde"}) == {"name": "Le Monde"}
    assert creator_name({"family": "Gaulle", "given": "Charles", "non-dropping-particle": "de"}) == \
        {"firstName": "Charles", "lastName": "de Gaulle"}


def test_keys_are_zotero_object_keys_and_stable():
    assert is_key(stable_key("serge1951memoires"))
    assert stable_key("serge1951memoires") == stable_key("serge1951memoires")
    assert stable_key("a") != stable_key("b")


def _library_with_citations() -> Library:
    library = Library(records=[dict(r) for r in RECORDS[:3]])
    library.citations = [
        Citation("article.txt", 3, "serge1951memoires", "full", "67", text="V. Serge, Mémoires, p. 67"),
        Citation("article.txt", 4, "serge1951memoires", "ibid", "68"),
        Citation("other.md", 1, "serge1951memoires", "short", None),
        Citation("article.txt", 9, "weissman1988serge", "mention"),
    ]
    return library


def test_library_items_carry_tags_collections_and_a_provenance_note():
    items = library_to_items(_library_with_citations(), tags=["Serge"], collections=["BD85JEM4"])
    types = [i["itemType"] for i in items]
    assert types == ["book", "note", "bookSection", "journalArticle", "note"]
    book, note = items[0], items[1]
    assert [t["tag"] for t in book["tags"]] == ["notecite", "notecite:full", "notecite:ibid", "notecite:short", "Serge"]
    assert book["collections"] == ["BD85JEM4"]
    assert note["parentItem"] == book["key"] and note["collections"] == []
    assert "<strong>article.txt</strong>" in note["note"] and "<strong>other.md</strong>" in note["note"]
    assert "<li>n. 3, 67 (full): <q>V. Serge, Mémoires, p. 67</q></li>" in note["note"]
    assert "<li>n. 4, 68 (ibid)</li>" in note["note"]
    assert [t["tag"] for t in items[2]["tags"]] == ["notecite", "Serge"]  # never cited: no note
    assert [t["tag"] for t in items[3]["tags"]] == ["notecite", "notecite:mention", "Serge"]


def test_note_text_is_escaped():
    note = provenance_note([Citation("<a>.txt", 1, "x", "full", "5<6", text="A & B")], parent_key="ABCDEFGH")
    assert "&lt;a&gt;.txt" in note["note"] and "5&lt;6" in note["note"] and "A &amp; B" in note["note"]


def test_editions_of_one_work_are_related_when_uris_are_known():
    library = Library(records=[{"id": "a", "type": "book", "title": "Portrait de Staline"},
                               {"id": "b", "type": "book", "title": "Portrait of Stalin"}])
    library.work_of = {"a": "a", "b": "a"}
    items = library_to_items(library, item_uri=lambda k: f"http://zotero.org/users/1/items/{k}")
    assert items[0]["relations"] == {"dc:relation": f"http://zotero.org/users/1/items/{items[1]['key']}"}
    assert items[1]["relations"] == {"dc:relation": f"http://zotero.org/users/1/items/{items[0]['key']}"}


def test_every_schema_type_has_title_extra_and_a_primary_creator():
    for item_type in ITEM_TYPES.values():
        assert item_type.field_for("title") and item_type.field_for("extra") == "extra"
        assert item_type.creator_types
