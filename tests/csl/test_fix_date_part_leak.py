"""fix_date_part_leak: a style's date-part attributes stay with the localized date that sets them."""
from __future__ import annotations

from notecite.csl import fix_date_part_leak
from notecite.csl.corrections import without
from notecite.csl.render import render_citations

STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout>
    <choose>
      <if type="report"><date variable="issued" form="text"><date-part name="year" range-delimiter="/"/></date></if>
      <else><date variable="issued" form="text" date-parts="year"/></else>
    </choose>
  </layout></citation>
</style>"""

RECORDS = [{"id": "r", "type": "report", "issued": {"date-parts": [[1999], [2001]]}},
           {"id": "b", "type": "book", "issued": {"date-parts": [[1845], [1862]]}}]


def test_range_delimiter_stays_with_its_date(tmp_path):
    style = tmp_path / "leak.csl"
    style.write_text(STYLE, encoding="utf-8")
    assert render_citations(RECORDS, style) == ["1999/2001", "1845–1862"]


def test_citeproc_py_alone_leaks_it(tmp_path):
    style = tmp_path / "leak.csl"
    style.write_text(STYLE, encoding="utf-8")
    assert render_citations(RECORDS, style, corrections=without(fix_date_part_leak)) == ["1999/2001", "1845/1862"]
