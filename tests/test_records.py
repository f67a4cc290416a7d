import re

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


# Values of unexpected type (found by fuzzing: TypeError/AttributeError before).
@pytest.mark.parametrize("extra, words", [
    ({"id": ["a"]}, "'id' must be a string or number"),
    ({"id": True}, "'id' must be a string or number"),
    ({"type": ["book"]}, "'type' must be a string"),
    ({"author": [{"family": 12}]}, "'author' name part 'family' must be a string, not int"),
    ({"author": [{"family": "Serge", "given": ["V"]}]}, "name part 'given' must be a string"),
    ({"editor": "Serge"}, "'editor' must be a list of name objects"),
    ({"issued": {"date-parts": [[1987, 13]]}}, "'issued' has month 13"),
    ({"issued": {"date-parts": [[1987, 5, 40]]}}, "'issued' has day 40"),
    ({"issued": {"date-parts": [[10 ** 40]]}}, "outside -9999 to 9999"),
    ({"issued": {"date-parts": [[20000]]}}, "'issued' has year 20000"),
    ({"issued": {"date-parts": [[True]]}}, "malformed date-parts"),
    ({"issued": {"literal": 1987}}, "'issued' 'literal' must be a string"),
    ({"accessed": {"season": [1]}}, "'accessed' 'season' must be a string or number"),
    ({"title": True}, "'title' must be a string or number, not bool"),
    ({"page": {"first": 1}}, "'page' must be a string or number, not dict"),
    ({"categories": "history"}, "'categories' must be a list of strings"),
    ({"custom": "x"}, "'custom' must be an object"),
    ({"custom": {"bibtex": ["x"]}}, "'custom.bibtex' must be an object"),
    ({"custom": {"bibtex": {"bad name": "x"}}}, "not a BibTeX field name"),
    ({"custom": {"bibtex": {"keywords": 3}}}, "'keywords' must be a string"),
    ({"custom": {"bibtex": {"keywords": "a}b{"}}}, "unbalanced braces"),
    ({"custom": {"bibtex": {"@type": "my type"}}}, "entry type 'my type' is not a BibTeX name"),
    ({"custom": {"ris": {"ER": "x"}}}, "'ER', not a RIS tag"),
    ({"custom": {"ris": {"tag": "x"}}}, "'tag', not a RIS tag"),
    ({"custom": {"ris": {"TY": ["A", "B"]}}}, "'TY' must be a string or a list of strings"),
    ({"custom": {"ris": {"M3": [1]}}}, "'M3' must be a string or a list of strings"),
    ({"a b": "x"}, "'a b' is not a usable variable name"),
    ({"ü": "x"}, "is not a usable variable name"),
])
def test_values_of_unexpected_type_are_record_errors(extra, words):
    with pytest.raises(RecordError, match=re.escape(words)):
        validate(book(**extra))


def test_valid_custom_members_and_flags_pass():
    record = book(custom={"bibtex": {"@type": "artwork", "x-note": "{A} b"}, "ris": {"M3": ["a", "b"], "TY": "XYZ"},
                          "zotero": {"anything": [1, {"b": None}]}},
                  author=[{"family": "Serge", "given": "Victor", "static-ordering": False, "parse-names": True}],
                  issued={"date-parts": [["1987", "5", "2"]], "circa": True, "season": 2}, volume=3)
    assert validate(record) == []


def test_every_schema_key_is_a_usable_name_and_standard_variables_are_no_other_kind():
    # validate skips the name pattern for these keys and stops at the standard-variable test
    from notecite import records as R

    assert all(R._VARIABLE_NAME.fullmatch(key) for key in R._KNOWN_KEYS)
    assert not R.STANDARD_VARIABLES & (R.NAME_VARIABLES | R.DATE_VARIABLES | R.ITEM_KEYS)


def test_a_letters_title_of_its_peoples_names_is_told_from_a_title_of_its_own():
    from notecite.records import names_its_people_only
    letter = {"type": "personal_communication", "author": [{"family": "Engels"}], "recipient": [{"family": "Bebel"}]}
    assert names_its_people_only({**letter, "title": "Engels an Bebel"})
    assert names_its_people_only({**letter, "title": "Friedrich Engels to August Bebel, et al."})
    assert not names_its_people_only({**letter, "title": "On the Gotha Programme"})
    assert not names_its_people_only({**letter, "type": "book", "title": "Engels to Bebel"})
