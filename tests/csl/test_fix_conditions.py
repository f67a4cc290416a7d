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
