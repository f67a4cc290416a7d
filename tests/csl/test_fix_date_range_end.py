"""fix_date_range_end: a range's second end is wrapped in the style's last-built date, as citeproc-js does."""
from __future__ import annotations

from lxml import etree

from notecite.csl import fix_date_range_end
from notecite.csl.corrections import without
from notecite.csl.render import render_bibliography, render_document
from notecite.csl.styles import CSL_NS

RECORDS = [{"id": "a", "type": "book", "title": "Kosmos", "issued": {"date-parts": [[1845], [1862]]}},
           {"id": "b", "type": "book", "title": "Cosmos", "issued": {"date-parts": [[1900], [1910]]}},
           {"id": "c", "type": "book", "title": "Atlas", "issued": {"date-parts": [[1920]]}}]


def _style(tmp_path, citation: str):
    style = tmp_path / "range.csl"
    style.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="year"><date variable="issued"><date-part name="year"/></date></macro>
  <citation><layout>{citation}</layout></citation>
  <bibliography><layout><group delimiter=" ">
    <text variable="title"/><text macro="year"/>
    <date variable="accessed" prefix="Accessed " font-weight="bold"><date-part name="year"/></date>
  </group></layout></bibliography>
</style>""", encoding="utf-8")
    return style


def test_first_range_takes_the_affixes_later_ones_the_formatting(tmp_path):
    style = _style(tmp_path, '<text variable="title"/>')
    assert render_bibliography(RECORDS, style) == ["Kosmos 1845–Accessed 1862", "Cosmos 1900–1910", "Atlas 1920"]
    assert render_bibliography(RECORDS, style, output="html")[:2] == ["Kosmos 1845–Accessed <b>1862</b>",
                                                                      "Cosmos 1900–<b>1910</b>"]


def test_bibliography_before_citations(tmp_path):
    citation = """<group delimiter=" "><text variable="title"/><choose><if position="subsequent"/>
      <else><text macro="year"/></else></choose></group>"""  # compared as subsequent: no range there
    rendered = render_document(RECORDS[:1], _style(tmp_path, citation))
    assert rendered["bibliography"] == [("a", "Kosmos 1845–Accessed 1862")]
    assert rendered["citations"] == ["Kosmos 1845–1862"]


def test_a_range_in_the_compared_cite_spends_the_affixes(tmp_path):
    style = _style(tmp_path, '<group delimiter=" "><text variable="title"/><text macro="year"/></group>')
    assert render_bibliography(RECORDS[:1], style, output="html") == ["Kosmos 1845–<b>1862</b>"]


def test_citeproc_py_alone(tmp_path):
    style = _style(tmp_path, '<text variable="title"/>')
    assert render_bibliography(RECORDS[:1], style, corrections=without(fix_date_range_end)) == ["Kosmos 1845–1862"]


def test_build_order_macros_once_sort_keys_every_time():
    root = etree.fromstring(f"""<style xmlns="{CSL_NS}">
  <macro name="m"><date variable="issued" id="in-macro"/></macro>
  <macro name="s"><date variable="accessed" id="in-sort"/></macro>
  <citation><sort><key macro="s"/></sort><layout><text macro="m"/><date variable="submitted" id="cit"/></layout></citation>
  <bibliography><sort><key macro="s"/></sort><layout><date variable="event-date" id="bib"/><text macro="m"/></layout></bibliography>
</style>""")
    assert [d.get("id") for d in fix_date_range_end.built_dates(root)] == ["in-sort", "in-macro", "cit", "in-sort", "bib"]


def test_end_parts_are_joined_by_the_last_built_dates_delimiter(tmp_path):
    style = tmp_path / "joined.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="d"><date variable="issued" delimiter=" "><date-part name="day"/><date-part name="month" form="short"/><date-part name="year"/></date></macro>
  <citation><layout><text variable="title" suffix=" "/><text macro="d"/></layout></citation>
  <bibliography><layout><text variable="title" suffix=" "/><text macro="d"/>
    <date variable="accessed" prefix="/"><date-part name="year"/></date></layout></bibliography>
</style>""", encoding="utf-8")
    record = {"id": "x", "type": "paper-conference", "title": "Talk", "issued": {"date-parts": [[2010, 12, 30], [2011, 1, 2]]}}
    # the last-built date (accessed) has no delimiter; its affixes went to the comparison render
    assert render_document([record], style) == {"citations": ["Talk 30 Dec. 2010–2Jan.2011"],
                                                "bibliography": [("x", "Talk 30 Dec. 2010–2Jan.2011")]}
