"""fix_conditions: disambiguate="true" holds only for ambiguous cites."""
from __future__ import annotations


from notecite.csl.corrections import without
from notecite.csl import fix_conditions
from notecite.csl.render import render_citations

RECORDS = [{"id": "a", "type": "book", "title": "A"}]


def test_unambiguous_cite_skips_branch(data_dir):
    assert render_citations(RECORDS, data_dir / "conditions.csl") == ["A"]


def test_citeproc_py_alone_always_takes_it(data_dir):
    assert render_citations(RECORDS, data_dir / "conditions.csl", corrections=without(fix_conditions)) == ["A (ambiguous)"]


def test_is_numeric_reads_the_locator_and_accepts_ranges():
    from notecite.csl.conditions import is_numeric
    assert is_numeric("3") and is_numeric("2-4") and is_numeric("1, 3") and is_numeric("2b") and is_numeric("L2")
    assert not is_numeric("xiv") and not is_numeric("Rev. ed.") and not is_numeric(None) and not is_numeric("")
    from notecite.csl.render import render_citations
    record = [{"id": "o", "type": "book", "title": "T", "issued": {"date-parts": [[2011]]}}]
    out = render_citations(record, "chicago-notes-bibliography", cites=[{"id": "o", "locator": "3", "label": "chapter"}])
    assert out[0].endswith(", chap. 3.")


def test_a_list_of_types_holds_for_any_of_them(tmp_path):
    style = tmp_path / "types.csl"
    style.write_text('<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>t</title>'
                     '<id>t</id><updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout><choose>'
                     '<if type="book chapter"><text value="book or chapter"/></if>'
                     '<else-if type="book chapter" match="none"><text value="neither"/></else-if>'
                     '</choose></layout></citation></style>', encoding="utf-8")
    records = [{"id": "c", "type": "chapter"}, {"id": "a", "type": "article"}]
    assert render_citations(records, str(style)) == ["book or chapter", "neither"]
