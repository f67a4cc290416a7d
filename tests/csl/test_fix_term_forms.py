"""fix_term_forms: verb-short falls back to verb, then long; symbol to short."""
from __future__ import annotations

from notecite.csl import fix_term_forms
from notecite.csl.corrections import without
from notecite.csl.render import render_citations

RECORD = [{"id": "g", "type": "chapter", "title": "Preface", "container-title": "The Cheese and the Worms",
           "author": [{"family": "Ginzburg", "given": "Carlo"}], "container-author": [{"family": "Ginzburg", "given": "Carlo"}],
           "publisher": "JHU Press", "issued": {"date-parts": [[1980]]}}]
STYLE = "society-of-biblical-literature-fullnote-bibliography"


def test_container_author_verb_short_label():
    assert ", by Carlo Ginzburg (JHU Press, 1980)" in render_citations(RECORD, STYLE)[0]
    assert ", Carlo Ginzburg (JHU Press, 1980)" in render_citations(RECORD, STYLE, corrections=without(fix_term_forms))[0]
