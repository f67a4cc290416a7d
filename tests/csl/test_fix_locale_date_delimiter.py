"""fix_locale_date_delimiter: a localized date keeps its locale's delimiter."""
from __future__ import annotations

from notecite.csl.corrections import without
from notecite.csl import fix_locale_date_delimiter
from notecite.csl.render import render_citations

RECORDS = [{"id": "w", "type": "webpage", "accessed": {"date-parts": [[2023, 1, 15]]}}]


def test_spaced(data_dir):
    assert render_citations(RECORDS, data_dir / "locale_date_delimiter.csl") == ["2023 Jan 15"]


def test_citeproc_py_alone_runs_parts_together(data_dir):
    out = render_citations(RECORDS, data_dir / "locale_date_delimiter.csl", corrections=without(fix_locale_date_delimiter))
    assert out == ["2023Jan15"]


def test_date_ranges_keep_shared_parts_in_place():
    from notecite.csl.render import RenderError, render_bibliography
    import pytest
    records = [{"id": "a", "type": "webpage", "title": "T", "issued": {"date-parts": [[1999, 1, 2], [1999, 1, 4]]}},
               {"id": "b", "type": "webpage", "title": "U", "issued": {"date-parts": [[1999, 1, 2], [1999, 3, 4]]}},
               {"id": "c", "type": "webpage", "title": "V", "issued": {"date-parts": [[1999, 1, 2], [2000, 3, 4]]}}]
    assert render_bibliography(records, "chicago-notes-bibliography") == [
        "“T.” January 2–4, 1999.", "“U.” January 2–March 4, 1999.", "“V.” January 2, 1999–March 4, 2000."]
    assert render_bibliography(records[:1], "modern-language-association") == ["T. 2–4 Jan. 1999."]
    assert render_bibliography(records[:1], "apa") == ["T. (1999, January 2–4)."]
    with pytest.raises(RenderError):  # citeproc-py joins the shared year with a delimiter the locale date lacks
        render_bibliography(records[:1], "apa", corrections=without(fix_locale_date_delimiter))


def test_empty_range_delimiter_is_an_en_dash(tmp_path):
    style = tmp_path / "empty.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><date variable="issued"><date-part name="year" range-delimiter=""/></date></layout></citation>
</style>""", encoding="utf-8")
    assert render_citations([{"id": "k", "type": "book", "issued": {"date-parts": [[1845], [1862]]}}], style) == ["1845–1862"]


def test_range_drops_a_parenthesised_suffix_inside(tmp_path):
    style = tmp_path / "paren.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title" suffix=" "/>
    <date variable="issued"><date-part name="year" prefix="(" suffix="): "/></date><text variable="publisher"/>
  </layout></citation>
</style>""", encoding="utf-8")
    records = [{"id": "k", "type": "book", "title": "Kosmos", "publisher": "Cotta", "issued": {"date-parts": [[1845], [1862]]}}]
    # the first end loses the part's suffix, the second its prefix, though fix_affix_escape marks the
    # parentheses as a pair
    assert render_citations(records, style) == ["Kosmos (1845–1862): Cotta"]


def test_open_range_ends_after_the_delimiter(tmp_path):
    style = tmp_path / "open.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title" suffix=", "/>
    <date variable="issued"><date-part name="year" prefix="(" suffix=")"/></date>
  </layout></citation>
</style>""", encoding="utf-8")
    records = [{"id": "o", "type": "periodical", "title": "Serial", "issued": {"date-parts": [[1987], [0]]}}]
    # citeproc-js drops the year's suffix before the delimiter and prints no second end
    assert render_citations(records, style) == ["Serial, (1987–"]
