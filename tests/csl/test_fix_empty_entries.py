"""fix_empty_entries: an empty entry of a numbered style prints citeproc-js's error text."""
from __future__ import annotations

from notecite.csl import fix_empty_entries
from notecite.csl.corrections import without
from notecite.csl.fix_cite_order import NO_PRINTED_FORM
from notecite.csl.render import render_bibliography

STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout prefix="(" suffix=")" delimiter="; ">{citation}</layout></citation>
  <bibliography><layout><choose><if type="book"><group delimiter=". ">
    <text variable="citation-number"/><text variable="title"/></group></if></choose></layout></bibliography>
</style>"""

RECORDS = [{"id": "a", "type": "book", "title": "A"}, {"id": "b", "type": "personal_communication", "title": "B"},
           {"id": "c", "type": "book", "title": "C"}]


def test_empty_entry_of_a_numbered_style(tmp_path):
    style = tmp_path / "numbered.csl"
    style.write_text(STYLE.format(citation='<text variable="citation-number"/>'), encoding="utf-8")
    assert render_bibliography(RECORDS, style) == ["1. A", f"2. {NO_PRINTED_FORM}", "3. C"]
    assert render_bibliography(RECORDS, style, corrections=without(fix_empty_entries)) == ["1. A", "3. C"]
    named = tmp_path / "named.csl"
    named.write_text(STYLE.format(citation='<text variable="title"/>'), encoding="utf-8")
    assert NO_PRINTED_FORM not in " ".join(render_bibliography(RECORDS, named))
