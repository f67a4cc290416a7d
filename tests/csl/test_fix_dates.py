"""fix_dates: EDTF/ISO date strings and raw-only dates become date-parts citeproc-py reads."""
from __future__ import annotations

import pytest

from notecite.csl.fix_dates import adapt_record, fix_date, parse_date_text
from notecite.csl.render import RenderError, render_citations

RECORD = {"id": "r", "type": "article-newspaper", "title": "T", "issued": "2019-03-04"}


def test_iso_string_date_renders(data_dir):
    assert render_citations([RECORD], data_dir / "dates.csl") == ["2019-3-4"]


def test_citeproc_py_alone_crashes_on_string_date(data_dir):
    with pytest.raises(RenderError) as info:
        render_citations([RECORD], data_dir / "dates.csl", corrections=[])
    assert isinstance(info.value.__cause__, AttributeError)


@pytest.mark.parametrize("text, expected", [
    ("1949", {"date-parts": [[1949]]}),
    ("1963-02", {"date-parts": [[1963, 2]]}),
    ("1939/1940", {"date-parts": [[1939], [1940]]}),
    ("1789~", {"date-parts": [[1789]], "circa": True}),
    ("Spring 1905", {"literal": "Spring 1905"}),
    ("1963-13", {"literal": "1963-13"}),
])
def test_parse_date_text(text, expected):
    assert parse_date_text(text) == expected


def test_raw_only_and_empty_parts():
    assert fix_date({"raw": "1898-01-13"}) == {"date-parts": [[1898, 1, 13]]}
    assert fix_date({"date-parts": [[]]}) is None
    assert fix_date({"date-parts": [[]], "literal": "n.d."}) == {"literal": "n.d."}
    good = {"date-parts": [[1980, 3]]}
    assert fix_date(good) is good


def test_adapt_record_copies():
    out = adapt_record(RECORD)
    assert out["issued"] == {"date-parts": [[2019, 3, 4]]}
    assert RECORD["issued"] == "2019-03-04"


def test_open_ranges_kept_open():
    from notecite.csl.fix_dates import fix_date, parse_date_text

    assert fix_date({"date-parts": [[1987], [0]]}) == {"date-parts": [[1987], [0]]}
    assert parse_date_text("1987/..") == {"date-parts": [[1987], [0]]}


def test_empty_trailing_parts_and_season_months():
    from notecite.csl.fix_dates import fix_date
    assert fix_date({"date-parts": [["2000", "", ""]]}) == {"date-parts": [["2000"]]}
    assert fix_date({"date-parts": [[1965, 13, 1]]}) == {"date-parts": [[1965]], "season": 1}
    assert fix_date({"date-parts": [[1965, 24, 0]]}) == {"date-parts": [[1965]], "season": 4}
    assert fix_date({"date-parts": [[1965, 60, 1]]}) == {"date-parts": [[1965]]}
    assert fix_date({"date-parts": [], "raw": "Bogus Date"}) == {"literal": "Bogus Date"}
    assert fix_date({"date-parts": [[1965, 6, 1]]}) == {"date-parts": [[1965, 6, 1]]}


def test_season_months_in_a_range(tmp_path):
    from notecite.csl.render import render_citations
    style = tmp_path / "season.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><date variable="issued" date-parts="year-month-day" form="text"/></layout></citation>
</style>""", encoding="utf-8")
    records = [{"id": "a", "type": "book", "issued": {"date-parts": [["1999", "21"], ["2001", "22"]]}},
               {"id": "b", "type": "book", "issued": {"date-parts": [[1999, 21], [1999, 22]]}}]
    assert [render_citations([r], style)[0] for r in records] == ["Spring 1999–Summer 2001", "Spring–Summer 1999"]
