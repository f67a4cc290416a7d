"""fix_labels: no label for an empty variable ("p." without pages)."""
from __future__ import annotations


from notecite.csl.corrections import without
from notecite.csl import fix_labels
from notecite.csl.render import render_citations

RECORDS = [{"id": "a", "type": "book", "title": "A", "page": "5-7"}, {"id": "b", "type": "book", "title": "B"}]


def test_label_only_with_its_variable(data_dir):
    assert render_citations(RECORDS, data_dir / "labels.csl") == ["A pp. 5–7", "B"]


def test_citeproc_py_alone_prints_dangling_label(data_dir):
    assert render_citations(RECORDS, data_dir / "labels.csl", corrections=without(fix_labels))[1] == "B p."
