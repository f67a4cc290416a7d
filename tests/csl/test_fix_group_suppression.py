"""fix_group_suppression: groups and macro calls whose variables are all empty print nothing."""
from __future__ import annotations


from notecite.csl.corrections import without
from notecite.csl import fix_group_suppression
from notecite.csl.render import render_citations

RECORDS = [
    {"id": "a", "type": "book", "title": "A", "translator": [{"family": "Roe", "given": "Ann"}], "number": "4"},
    {"id": "b", "type": "book", "title": "B", "volume": "2"},
]


def test_empty_macro_and_group_left_out(data_dir):
    assert render_citations(RECORDS, data_dir / "group_suppression.csl") == ["A. Translated by Ann Roe. 4", "B"]


def test_citeproc_py_alone_prints_their_terms(data_dir):
    out = render_citations(RECORDS, data_dir / "group_suppression.csl", corrections=without(fix_group_suppression))
    assert out[1].startswith("B. Translated by")


def test_a_nested_group_that_prints_keeps_its_enclosing_group(tmp_path):
    from notecite.csl.render import render_citations
    style = tmp_path / "nested.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><group delimiter=" "><text variable="title"/><group><text value="untitled"/></group></group>
  <group delimiter=" "><text variable="title"/><text value="plain term"/></group></layout></citation>
</style>""", encoding="utf-8")
    assert render_citations([{"id": "a", "type": "book"}], style) == ["untitled"]
