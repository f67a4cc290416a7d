"""fix_disambiguation: given names, then year suffixes (also in the bibliography)."""
from __future__ import annotations

from notecite.csl.corrections import without
from notecite.csl import fix_disambiguation
from notecite.csl.fix_disambiguation import _suffix
from notecite.csl.render import render_bibliography, render_citations

DOE = [{"family": "Doe", "given": "Jane"}]
RECORDS = [
    {"id": "a", "type": "book", "title": "A", "author": DOE, "issued": {"date-parts": [[2015]]}},
    {"id": "b", "type": "book", "title": "B", "author": DOE, "issued": {"date-parts": [[2015]]}},
    {"id": "c", "type": "book", "title": "C", "author": [{"family": "Doe", "given": "John"}], "issued": {"date-parts": [[2015]]}},
    {"id": "d", "type": "book", "title": "D", "author": DOE, "issued": {"date-parts": [[2016]]}},
]


def test_givenname_then_year_suffix(data_dir):
    out = render_citations(RECORDS, data_dir / "disambiguation.csl")
    # initials do not tell Jane from John Doe: full given names do; A and B then need suffixes
    assert out == ["Jane Doe 2015a", "Jane Doe 2015b", "John Doe 2015", "Doe 2016"]
    assert render_bibliography(RECORDS, data_dir / "disambiguation.csl")[:2] == ["Jane Doe. 2015a. A", "Jane Doe. 2015b. B"]


def test_citeproc_py_alone_leaves_them_ambiguous(data_dir):
    out = render_citations(RECORDS, data_dir / "disambiguation.csl", corrections=without(fix_disambiguation))
    assert out[:3] == ["Doe 2015", "Doe 2015", "Doe 2015"]


def test_suffix_letters():
    assert [_suffix(n) for n in (0, 1, 25, 26, 27)] == ["a", "b", "z", "aa", "ab"]


def test_year_suffix_once_when_the_style_renders_it_and_the_date_is_localized():
    from notecite.csl.render import render_citations
    records = [{"id": f"s{n}", "type": "article-journal", "title": title, "author": [{"family": "Skinner", "given": "Quentin"}],
                "issued": {"date-parts": [[1969]]}} for n, title in enumerate(["Hobbes", "Meaning"])]
    assert render_citations(records, "chicago-author-date") == ["(Skinner 1969a)", "(Skinner 1969b)"]
