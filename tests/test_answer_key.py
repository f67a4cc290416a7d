from notecite.answer_key import normalize_locator, score
from notecite.library import Citation, Library

KEY = {
    "document": "a.txt",
    "works": [
        {"ref": "memoirs", "required": True, "type": "book", "author": ["Serge"], "title": "Memoirs of a Revolutionary", "year": 1987},
        {"ref": "city", "required": True, "author": [], "title": "Conquered City"},
        {"ref": "wallonie", "required": False, "author": [], "title": "La Wallonie"},
    ],
    "notes": [
        {"note": 1, "cites": [{"work": "memoirs", "kind": "full", "locator": "57–58"}]},
        {"note": 2, "cites": [{"work": "city", "kind": "mention", "locator": None}]},
        {"note": 3, "cites": [{"work": "wallonie", "kind": "mention", "locator": None, "required": False}]},
    ],
}


def test_normalize_locator_expands_ranges_and_unifies_dashes():
    assert normalize_locator("57-8") == normalize_locator("57–58") == "57-58"
    assert normalize_locator("pp. 182-191") == "182-191"
    assert normalize_locator("18, 276n") == "18,276n"
    assert normalize_locator(None) == ""


def test_score_counts_duplicates_as_false_and_checks_links():
    library = Library([
        {"id": "m", "type": "book", "title": "Memoirs of a Revolutionary", "author": [{"family": "Serge"}], "issued": {"date-parts": [[1987]]}},
        {"id": "m2", "type": "book", "title": "Memoirs", "author": [{"family": "Serge"}]},
        {"id": "w", "type": "article-newspaper", "title": "La Wallonie"},
    ], citations=[Citation("a.txt", 1, "m", "full", "57-8"), Citation("a.txt", 2, "m2", "mention")])
    result = score(KEY, library)
    assert (result.works_found, result.works_required) == (1, 2)
    assert result.false_works == ["Memoirs"]
    assert result.missed_works == ["Conquered City"]
    assert (result.links_right, result.links_required) == (1, 2)
    assert result.fields_right == result.fields_checked == 5  # memoirs: type, title, author, year; wallonie: title
    assert "precision 0.500" in result.summary()
