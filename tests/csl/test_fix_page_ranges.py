"""fix_page_ranges: minimal page ranges never lose digits of the last page."""
from __future__ import annotations

import pytest

from notecite.csl.render import render_citations

CASES = [("5-36", "5–36"), ("10-100", "10–100"), ("236-255", "236–55"), ("321-328", "321–28"), ("98-102", "98–102")]


@pytest.mark.parametrize("page, expected", CASES)
def test_minimal_two(data_dir, page, expected):
    record = {"id": "r", "type": "article-journal", "title": "T", "page": page}
    assert render_citations([record], data_dir / "page_ranges.csl") == [expected]


def test_citeproc_py_alone_drops_digits(data_dir):
    records = [{"id": "r", "type": "article-journal", "title": "T", "page": "5-36"}]
    assert render_citations(records, data_dir / "page_ranges.csl", corrections=[]) == ["5–6"]


@pytest.mark.parametrize("first, last, form, expected", [
    ("100", "4", "chicago", ("104", False)), ("1496", "504", "chicago", ("1504", False)),
    ("1536", "538", "chicago", ("38", True)), ("1496", "1500", "chicago-16", ("500", True)),
    ("71", "72", "minimal", ("2", True)), ("110", "5", "expanded", ("115", False)),
])
def test_shorten(first, last, form, expected):
    from notecite.csl.fix_page_ranges import shorten

    assert shorten(first, last, form) == expected


def test_different_prefixes_left_as_written():
    from notecite.csl.fix_page_ranges import format_range

    assert format_range("N110 - P5", "expanded", "–") == "N110-P5"
    assert str(format_range("N110-N5", "expanded", "–")) == "N110–N115"


@pytest.mark.parametrize("form, expected", [("minimal", "S12–31"), ("minimal-two", "S12–31"), ("chicago", "S12–31"),
                                            ("chicago-16", "S12–31"), ("expanded", "S12–S31")])
def test_shared_prefix_written_once_unless_expanded(form, expected):
    from notecite.csl.fix_page_ranges import format_range

    assert str(format_range("S12-S31", form, "–")) == expected


def test_number_ranges_take_the_page_range_delimiter():
    from notecite.csl.render import render_bibliography
    record = [{"id": "m", "type": "article-journal", "title": "T", "container-title": "J", "volume": "58",
               "issue": "5-6", "page": "1195-1218", "issued": {"date-parts": [[2003]]},
               "author": [{"family": "Moreau", "given": "Jean"}]}]
    assert "58(5–6)" in render_bibliography(record, "apa")[0]  # <text variable="issue">: en dash
    assert "58(5-6):1195-1218" in render_bibliography(record, "american-medical-association")[0]  # the style's "-"
    assert "n.\u00a05\u20116" in render_bibliography(record, "afro-asia")[0]  # French locale: non-breaking hyphen


def test_locator_ranges_follow_the_style():
    from notecite.csl.render import render_citations
    record = [{"id": "b", "type": "book", "title": "The Mediterranean", "author": [{"family": "Braudel", "given": "F."}]}]
    cites = [{"id": "b", "locator": "47-49", "label": "page"}]
    assert render_citations(record, "new-harts-rules-notes", cites=cites)[0].endswith("47–9.")  # minimal
    assert render_citations(record, "journal-of-the-warburg-and-courtauld-institutes", cites=cites)[0].endswith("47-49.")


def test_hyphens_between_words_and_escaped_hyphens_stay_as_written():
    from notecite.csl.fix_page_ranges import as_written, join_numeric_ranges
    assert as_written("Michaelson-Morely") and as_written("3\\-B") and as_written("1-2, A-B")
    assert not as_written("i-ix") and not as_written("8n11564-8n1568") and not as_written("123N110 - N5")
    assert join_numeric_ranges("12-15, A-B, 327\\-30, xi - xv", "–") == "12–15, A-B, 327-30, xi–xv"
    records = [{"id": "a", "type": "book", "title": "A", "page": "Michaelson-Morely"},
               {"id": "b", "type": "book", "title": "B", "page": "3\\-B"},
               {"id": "c", "type": "book", "title": "C", "page": "4-6"}]
    out = render_citations(records, "chicago-notes-bibliography")
    assert [o.split(", ")[-1] for o in out] == ["Michaelson-Morely.", "3-B.", "4–6."]


def test_numbers_joined_by_ampersand_take_the_locales_symbol(tmp_path):
    style = tmp_path / "amp.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <locale><terms><term name="and" form="symbol">AND-SYMBOL</term></terms></locale>
  <citation><layout><group delimiter=" "><text variable="page"/><text variable="locator"/></group></layout></citation>
</style>""", encoding="utf-8")
    out = render_citations([{"id": "a", "type": "book", "page": "3 & 7"}], style, cites=[{"id": "a", "locator": "2 & <4>"}],
                           output="html")
    assert out == ["3 AND-SYMBOL 7 2 AND-SYMBOL &lt;4&gt;"]
