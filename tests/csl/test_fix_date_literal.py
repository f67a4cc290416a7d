"""fix_date_literal: a literal date is printed once, through the date's year part."""
from __future__ import annotations

from notecite.csl import fix_date_literal
from notecite.csl.corrections import without
from notecite.csl.render import render_citations

RECORD = {"id": "m", "type": "manuscript", "title": "Commonplace book", "issued": {"literal": "[early 17th century]"}}
DATED = {"id": "d", "type": "manuscript", "title": "Letter", "issued": {"date-parts": [[1612, 3, 4]]}}


def _style(tmp_path, layout: str):
    style = tmp_path / "literal.csl"
    style.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout>{layout}</layout></citation>
</style>""", encoding="utf-8")
    return style


YEAR_THEN_MONTH_DAY = """<text variable="title" suffix=", "/>
  <date variable="issued"><date-part name="year" prefix="(" suffix=")" font-weight="bold"/></date>
  <date variable="issued"><date-part name="month" prefix=", "/><date-part name="day" prefix=" "/></date>"""


def test_literal_once_through_the_year_part(tmp_path):
    style = _style(tmp_path, YEAR_THEN_MONTH_DAY)
    assert render_citations([RECORD], style) == ["Commonplace book, ([early 17th century])"]
    assert render_citations([RECORD], style, output="html") == ["Commonplace book, (<b>[early 17th century]</b>)"]
    assert render_citations([DATED], style) == ["Letter, (1612), March 4"]


def test_citeproc_py_alone_prints_it_twice_and_bare(tmp_path):
    style = _style(tmp_path, YEAR_THEN_MONTH_DAY)
    assert render_citations([RECORD], style, corrections=without(fix_date_literal)) == [
        "Commonplace book, [early 17th century][early 17th century]"]


def test_localized_date_without_year_prints_nothing(tmp_path):
    style = _style(tmp_path, """<group delimiter="; "><text variable="title"/>
  <date variable="issued" form="text" date-parts="month-day"/><date variable="issued" form="text" prefix="in "/></group>""")
    assert render_citations([RECORD], style) == ["Commonplace book; in [early 17th century]"]


def test_literal_sorts_with_the_undated(tmp_path):
    from notecite.csl.render import render_bibliography
    style = tmp_path / "sorted.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><sort><key variable="issued"/><key variable="title"/></sort>
    <layout><text variable="title"/></layout></bibliography>
</style>""", encoding="utf-8")
    records = [RECORD, {"id": "u", "type": "manuscript", "title": "Almanac"}, DATED,
               {"id": "z", "type": "manuscript", "title": "Zibaldone", "issued": {"date-parts": [[1900]]}}]
    assert render_bibliography(records, style) == ["Letter", "Zibaldone", "Almanac", "Commonplace book"]
    assert render_bibliography(records, style, corrections=without(fix_date_literal)) == [
        "Letter", "Zibaldone", "Commonplace book", "Almanac"]
