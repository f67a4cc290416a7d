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


def _variant(data_dir, tmp_path, old: str, new: str):
    path = tmp_path / "collapse_variant.csl"
    path.write_text((data_dir / "collapse_year.csl").read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return path


def test_collapsed_cites_take_the_layout_delimiter_in_note_styles(data_dir, tmp_path):
    path = _variant(data_dir, tmp_path, 'class="in-text"', 'class="note"')
    assert render_notes(RECORDS, path, ALL) == ["(Smith 1900; 2000; Roe 1999; Day 1998)"]
    path = _variant(data_dir, tmp_path, 'collapse="year"', 'collapse="year" cite-group-delimiter=", "')
    assert render_notes(RECORDS, path, ALL) == ["(Smith 1900, 2000; Roe 1999; Day 1998)"]


def test_after_collapse_delimiter_follows_locators_and_uncollapsed_cites(data_dir, tmp_path):
    path = _variant(data_dir, tmp_path, 'collapse="year">\n    <layout prefix="(" suffix=")" delimiter="; ">',
                    'collapse="year" after-collapse-delimiter="; ">\n    <layout prefix="(" suffix=")" delimiter=", ">')
    notes = [[{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}],
             [{"id": "a", "locator": "5"}, {"id": "b"}, {"id": "c"}]]
    # inside a group the layout delimiter, except after a cite with a locator (citeproc-js)
    assert render_notes(RECORDS, path, notes) == ["(Smith 1900, 2000; Roe 1999; Day 1998)", "(Smith 1900; 2000; Roe 1999)"]


def test_a_cite_without_date_collapses_with_its_author(data_dir):
    records = [dict(RECORDS[0], issued=None)] + RECORDS[1:]
    records[0].pop("issued")
    assert render_notes(records, data_dir / "collapse_year.csl", ALL) == ["(Smith, 2000; Roe 1999; Day 1998)"]


def test_sorted_citation_brings_an_authors_cites_together(data_dir, tmp_path):
    sort = '<sort><key variable="issued"/></sort>\n    <layout'
    path = _variant(data_dir, tmp_path, "<layout", sort)
    records = [dict(RECORDS[0], issued={"date-parts": [[2010]]}), RECORDS[1], RECORDS[2], RECORDS[3]]
    # sorted by date: Day 1998, Roe 1999, Smith 2000, Smith 2010 -> Smith's cites already adjacent
    assert render_notes(records, path, ALL) == ["(Day 1998; Roe 1999; Smith 2000, 2010)"]
    records = [dict(RECORDS[0], issued={"date-parts": [[1997]]}), RECORDS[1], RECORDS[2], RECORDS[3]]
    # Smith 1997, Day 1998, Roe 1999, Smith 2000: Smith's second cite joins the first
    assert render_notes(records, path, ALL) == ["(Smith 1997, 2000; Day 1998; Roe 1999)"]


def test_cite_group_delimiter_alone_groups_without_collapsing(data_dir, tmp_path):
    path = _variant(data_dir, tmp_path, 'collapse="year">\n    <layout',
                    'cite-group-delimiter=", ">\n    <sort><key variable="issued"/></sort>\n    <layout')
    records = [dict(RECORDS[0], issued={"date-parts": [[1997]]}), RECORDS[1], RECORDS[2], RECORDS[3]]
    assert render_notes(records, path, ALL) == ["(Smith 1997, Smith 2000; Day 1998; Roe 1999)"]
