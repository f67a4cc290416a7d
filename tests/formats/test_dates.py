"""CSL dates ↔ EDTF."""
import pytest

from notecite.formats.dates import from_csl_date, from_edtf, to_csl_date, to_edtf


@pytest.mark.parametrize("value, edtf", [
    ({"date-parts": [[1987]]}, "1987"),
    ({"date-parts": [[1987, 5, 2]]}, "1987-05-02"),
    ({"date-parts": [[1920], [1925]]}, "1920/1925"),
    ({"date-parts": [[1920]], "circa": True}, "1920~"),
    ({"date-parts": [[2020]], "season": 2}, "2020-22"),
])
def test_round_trip(value, edtf):
    assert to_edtf(value) == edtf
    assert from_edtf(edtf) == value


def test_string_dates_and_raw():
    assert to_edtf("1987-05") == "1987-05"
    assert to_edtf({"raw": "1987-05-03"}) == "1987-05-03"


def test_literal_is_kept_as_text():
    assert to_edtf({"literal": "n.d."}) is None
    assert from_csl_date({"literal": "n.d."}) == "n.d."
    assert to_csl_date("n.d.") == {"literal": "n.d."}


@pytest.mark.parametrize("bad", ["1987-13-01", "1987-05-40", "May 1987", "1/2/3", ""])
def test_not_edtf(bad):
    assert from_edtf(bad) is None


def test_a_literal_that_looks_like_a_date_but_is_none_has_no_edtf_form():
    # found by fuzzing: {"literal": "1987-13-40"} crashed the BibTeX writer
    assert to_edtf({"literal": "1987-13-40"}) is None
    assert from_csl_date({"literal": "1987-13-40"}) == "1987-13-40"
    assert to_edtf({"raw": "1987-05-02"}) == "1987-05-02"
