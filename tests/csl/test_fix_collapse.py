"""fix_collapse: same-author cites collapse to years; consecutive numbers to ranges."""
from __future__ import annotations

from notecite.csl.corrections import without
from notecite.csl import fix_collapse
from notecite.csl.render import render_notes

SMITH = [{"family": "Smith", "given": "A"}]
RECORDS = [
    {"id": "a", "type": "book", "author": SMITH, "issued": {"date-parts": [[1900]]}},
    {"id": "b", "type": "book", "author": SMITH, "issued": {"date-parts": [[2000]]}},
    {"id": "c", "type": "book", "author": [{"family": "Roe", "given": "B"}], "issued": {"date-parts": [[1999]]}},
    {"id": "d", "type": "book", "author": [{"family": "Day", "given": "C"}], "issued": {"date-parts": [[1998]]}},
]
ALL = [[{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}]]


def test_year_collapse(data_dir):
    assert render_notes(RECORDS, data_dir / "collapse_year.csl", ALL) == ["(Smith 1900, 2000; Roe 1999; Day 1998)"]


def test_number_ranges(data_dir):
    notes = [[{"id": "a"}, {"id": "b"}, {"id": "c"}], [{"id": "d"}, {"id": "b"}, {"id": "a"}, {"id": "c"}]]
    assert render_notes(RECORDS, data_dir / "collapse_number.csl", notes) == ["[1–3]", "[1–4]"]


def test_citeproc_py_alone(data_dir):
    out = render_notes(RECORDS, data_dir / "collapse_year.csl", ALL, corrections=without(fix_collapse))
    assert out == ["(Smith 1900; Smith 2000; Roe 1999; Day 1998)"]


def test_year_suffix_collapse(data_dir, tmp_path):
    style = (data_dir / "collapse_year.csl").read_text(encoding="utf-8").replace(
        'collapse="year"', 'collapse="year-suffix" disambiguate-add-year-suffix="true"')
    path = tmp_path / "collapse_year_suffix.csl"
    path.write_text(style, encoding="utf-8")
    records = [dict(r, issued={"date-parts": [[2000]]}) for r in RECORDS[:2]] + RECORDS[2:]
    assert render_notes(records, path, ALL) == ["(Smith 2000a; b; Roe 1999; Day 1998)"]
