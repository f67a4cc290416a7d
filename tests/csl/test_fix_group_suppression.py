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
