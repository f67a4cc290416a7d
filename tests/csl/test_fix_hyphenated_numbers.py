"""fix_hyphenated_numbers: <number variable="number-of-volumes"> and the like render."""
from __future__ import annotations

from notecite.csl import fix_hyphenated_numbers
from notecite.csl.corrections import without
from notecite.csl.render import render_citations

STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>t</title><id>t</id>
<updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout><group delimiter=", "><text variable="title"/>
<group><number variable="number-of-volumes"/><text term="volume" form="short" prefix=" " plural="true"/></group>
<number variable="collection-number" prefix="no. "/><number variable="number-of-pages" suffix=" pp."/></group>
</layout></citation></style>"""
RECORD = [{"id": "a", "type": "book", "title": "X", "number-of-volumes": "2", "collection-number": "7", "number-of-pages": "300"}]


def test_hyphenated_number_variables_render(tmp_path):
    style = tmp_path / "s.csl"
    style.write_text(STYLE, encoding="utf-8")
    assert render_citations(RECORD, str(style)) == ["X, 2 vols., no. 7, 300 pp."]
    assert render_citations(RECORD, str(style), corrections=without(fix_hyphenated_numbers)) == ["X"]


def test_number_of_volumes_in_a_real_style():
    record = [{"id": "h", "type": "book", "title": "Kosmos", "number-of-volumes": "5", "publisher": "Cotta",
               "issued": {"date-parts": [[1845]]}, "author": [{"family": "Humboldt", "given": "Alexander"}]}]
    out = render_citations(record, "society-of-biblical-literature-fullnote-bibliography")[0]
    assert "<i>" not in out and "Kosmos, 5 vols. (Cotta, 1845)" in out
