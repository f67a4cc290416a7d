"""fix_locator_escape: the cite's locator is escaped like record values."""
from __future__ import annotations

from notecite.csl.corrections import without
from notecite.csl import fix_locator_escape
from notecite.csl.render import render_citations

RECORDS = [{"id": "a", "type": "book", "title": "T"}]
CITES = [{"id": "a", "locator": "3 & <4>"}]


def test_escaped_in_html_and_latex():
    assert render_citations(RECORDS, "chicago-notes-bibliography", cites=CITES, output="html") == ["<i>T</i> (n.d.), 3 &amp; &lt;4&gt;."]
    assert render_citations(RECORDS, "chicago-notes-bibliography", cites=CITES, output="latex") == ["\\emph{T} (n.d.), 3 \\& \\textless{}4\\textgreater{}."]


def test_citeproc_py_alone_leaves_it_raw():
    out = render_citations(RECORDS, "chicago-notes-bibliography", cites=CITES, output="html", corrections=without(fix_locator_escape))
    assert out == ["<i>T</i> (n.d.), 3 & <4>."]


def test_locator_ranges_and_spaces():
    out = render_citations(RECORDS, "chicago-notes-bibliography", cites=[{"id": "a", "locator": " 100 - 103 "}])
    assert out == ["T (n.d.), 100–103."]
