import pytest

from notecite.normalize.base import Draft
from notecite.normalize.numbers import Numbers, clean_edition, clean_issue, clean_volume


@pytest.mark.parametrize("text, expected", [("vol. 2", "2"), ("Vol. XII", "XII"), ("t. 3", "3"), ("tome 3", "3"), ("Bd. 4", "4"),
                                            ("12", "12"), ("2-3", "2–3"), ("vols. 1-2", "1–2"), ("XII,", "XII"), ("Jg. 5", "5")])
def test_volume(text, expected):
    assert clean_volume(text) == expected


@pytest.mark.parametrize("text, expected", [("no. 12-13", "12–13"), ("No. 12", "12"), ("n° 4", "4"), ("Heft 3", "3"), ("Nr. 5", "5"),
                                            ("4", "4"), ("vyp. 2", "2"), ("numéro 7", "7"), ("Special issue", "Special issue")])
def test_issue(text, expected):
    assert clean_issue(text) == expected


@pytest.mark.parametrize("text, expected", [("2nd ed.", "2"), ("2e éd.", "2"), ("2. Aufl.", "2"), ("3rd edition", "3"), ("second edition", "2"),
                                            ("zweite Auflage", "2"), ("rev. ed.", "rev. ed."), ("new edition", "new edition"), ("4", "4")])
def test_edition(text, expected):
    assert clean_edition(text) == expected


def test_normalizer():
    draft = Draft(fields=[("volume", "vol. 2"), ("issue", "no. 3"), ("edition", "2nd ed."), ("title", "X")])
    Numbers()(draft)
    assert draft.record == {"volume": "2", "issue": "3", "edition": "2"}
    assert draft.fields == [("title", "X")]


@pytest.mark.parametrize("fields, expected", [
    ([("volume", "81, no. 2")], {"volume": "81", "issue": "2"}),
    ([("volume", "vol. 12 no. 3")], {"volume": "12", "issue": "3"}),
    ([("volume", "XII, Heft 4")], {"volume": "XII", "issue": "4"}),
    ([("volume", "81, no. 2"), ("issue", "5")], {"volume": "81, no. 2", "issue": "5"}),  # no guess over a real issue
    ([("volume", "no. 25")], {"issue": "25"}),
    ([("volume", "2 vols., II")], {"number-of-volumes": "2", "volume": "II"}),
    ([("volume", "3 vols.")], {"number-of-volumes": "3"}),
])
def test_issue_inside_the_volume_field(fields, expected):
    draft = Draft(fields=fields)
    Numbers()(draft)
    assert draft.record == expected


def test_two_bare_numbers_after_a_periodical_are_its_volume_and_issue():
    from notecite.normalize import normalize_fields
    record = normalize_fields([("author", "A. Nove,"), ("title", "A Note"), ("container-title", "Soviet Studies,"),
                               ("volume", "29, 4,"), ("date", "1977,")]).record
    assert (record["volume"], record["issue"]) == ("29", "4")
    record = normalize_fields([("author", "Lenin,"), ("title", "Collected Works,"), ("volume", "vols. 2, 3")]).record
    assert record["volume"] == "2, 3" and "issue" not in record  # a book's volumes, not a periodical's issue
    for printed in ("2:4", "2/4"):
        record = normalize_fields([("author", "G. Healy,"), ("title", "'The Struggle',"), ("container-title", "Labour Review,"),
                                   ("volume", printed), ("date", "(1957),")]).record
        assert (record["volume"], record["issue"]) == ("2", "4"), printed
    # APA: the issue in brackets after the volume; a bracketed year is no issue
    for printed, issue in (("35(2),", "2"), ("35 (2):", "2"), ("35(3-4)", "3–4")):
        record = normalize_fields([("author", "Jones, A."), ("title", "War"), ("container-title", "Labour History,"),
                                   ("volume", printed)]).record
        assert (record["volume"], record["issue"]) == ("35", issue), printed
    record = normalize_fields([("title", "War"), ("container-title", "Labour History,"), ("volume", "35 (1990)")]).record
    assert "issue" not in record
    assert clean_issue("(2):") == "2" and clean_issue("(no. 3),") == "3"


def test_a_periodical_numbered_by_year_and_issue_is_dated_by_that_year():
    from notecite.normalize import normalize_fields
    record = normalize_fields([("author", "V. P. Danilov,"), ("title", "'Kollektivizatsiya',"), ("container-title", "Voprosy istorii,"),
                               ("volume", "1988, no. 4,"), ("pages", "pp. 3–21.")]).record
    assert record["issued"] == {"date-parts": [[1988]]} and record["issue"] == "4" and "volume" not in record
    # with a date of its own, the number is its volume
    record = normalize_fields([("title", "'Docks',"), ("container-title", "Harbour Review,"), ("volume", "1988, no. 4,"),
                               ("date", "(1990)")]).record
    assert record["volume"] == "1988" and record["issued"] == {"date-parts": [[1990]]}
