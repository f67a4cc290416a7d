"""fix_suppress_author: a cite flagged suppress-author prints no author."""
from __future__ import annotations

from notecite.csl.corrections import without
from notecite.csl import fix_suppress_author
from notecite.csl.render import render_notes

RECORDS = [{"id": "a", "type": "book", "title": "A", "author": [{"family": "Doe", "given": "J"}],
            "issued": {"date-parts": [[2015]]}}]
NOTES = [[{"id": "a", "suppress-author": True}], [{"id": "a"}]]


def test_author_left_out(data_dir):
    assert render_notes(RECORDS, data_dir / "suppress_author.csl", NOTES) == ["(2015)", "(Doe, 2015)"]


def test_citeproc_py_alone_prints_it(data_dir):
    out = render_notes(RECORDS, data_dir / "suppress_author.csl", NOTES, corrections=without(fix_suppress_author))
    assert out[0] == "(Doe, 2015)"
