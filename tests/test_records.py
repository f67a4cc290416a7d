import pytest

from notecite.errors import RecordError
from notecite.records import date_parts, make_date, validate, year_of


def book(**extra):
    record = {"id": "serge1987memoirs", "type": "book", "title": "Memoirs of a Revolutionary",
              "author": [{"family": "Serge", "given": "Victor"}], "issued": {"date-parts": [[1987]]}}
    record.update(extra)
    return record


def test_valid_record_has_no_warnings():
    assert validate(book()) == []


def test_unknown_type_is_kept_with_a_warning_naming_closest_types():
    warnings = validate(book(type="letter"))
    assert len(warnings) == 1 and "unknown CSL type 'letter'" in warnings[0] and "kept" in warnings[0]
    assert "book" in validate(book(type="boook"))[0]


def test_missing_type_is_an_error():
    record = book()
    del record["type"]
    with pytest.raises(RecordError, match="missing 'type'"):
        validate(record)


def test_unknown_variable_is_kept_with_a_warning():
    record = book(shelfmark="B 12")
    warnings = validate(record)
    assert len(warnings) == 1 and "shelfmark" in warnings[0]
    assert record["shelfmark"] == "B 12"


@pytest.mark.parametrize("names", ["Victor Serge", [{"given": None, "nickname": "x"}], [{}]])
def test_malformed_names_are_errors(names):
    with pytest.raises(RecordError):
        validate(book(author=names))


@pytest.mark.parametrize("date", [{"date-parts": [["1987x"]]}, {"date-parts": [[1987, 1, 2, 3]]}, {"year": 1987}, 1987])
def test_malformed_dates_are_errors(date):
    with pytest.raises(RecordError):
        validate(book(issued=date))


def test_edtf_string_dates_are_allowed():
    assert validate(book(issued="2019-03-04")) == []


def test_year_and_date_parts_readers():
    assert year_of(book()) == 1987
    assert year_of(book(issued="2019-03-04")) == 2019
    assert year_of(book(issued={"raw": "Nov. 1947"})) == 1947
    assert year_of({"type": "book"}) is None
    assert date_parts("2019-03-04") == [2019, 3, 4]
    assert date_parts(make_date(1918, 4, 20)) == [1918, 4, 20]
