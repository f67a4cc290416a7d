"""fix_cite_order: cites in the order given; a first cite that renders nothing is reported as citeproc-js reports it;
the delimiter gives way to affix punctuation."""
from __future__ import annotations

from pathlib import Path

import pytest

from notecite.csl import fix_cite_order
from notecite.csl.corrections import without
from notecite.csl.render import render_citations, render_notes

STYLE = ('<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>e</title><id>e</id>'
         '<updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout prefix="(" suffix=")" delimiter="; ">'
         '<text variable="title"/></layout></citation></style>')
RECORDS = [{"id": "a", "type": "book", "title": "Kosmos"}, {"id": "b", "type": "book"}]


def style(tmp_path: Path) -> str:
    path = tmp_path / "e.csl"
    path.write_text(STYLE, encoding="utf-8")
    return str(path)


def test_first_cite_without_printed_form(tmp_path):
    assert render_citations(RECORDS, style(tmp_path), cites=[{"id": "b"}]) == [
        "([CSL STYLE ERROR: reference with no printed form.])"]


def test_later_empty_cite_is_left_out(tmp_path):
    assert render_notes(RECORDS, style(tmp_path), [[{"id": "a"}, {"id": "b"}]]) == ["(Kosmos)"]
    assert render_notes(RECORDS, style(tmp_path), [[{"id": "b"}, {"id": "a"}]]) == [
        "([CSL STYLE ERROR: reference with no printed form.]; Kosmos)"]


def test_given_order_kept_and_citeproc_py_alone_prints_affixes(tmp_path):
    assert render_notes(RECORDS, style(tmp_path), [[{"id": "a"}, {"id": "a"}]]) == ["(Kosmos; Kosmos)"]
    out = render_citations(RECORDS, style(tmp_path), cites=[{"id": "b"}], corrections=without(fix_cite_order))
    assert out == ["()"]


JOIN_STYLE = ('<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>j</title><id>j</id>'
              '<updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout delimiter="; " suffix=".">'
              '<text variable="title"/></layout></citation></style>')
JOIN_RECORDS = [{"id": "a", "type": "book", "title": "Book A"}, {"id": "b", "type": "book", "title": "Book B"}]


@pytest.mark.parametrize("cites, expected", [
    ([{"id": "b"}, {"id": "a"}], "Book B; Book A."),
    ([{"id": "a"}, {"id": "b", "prefix": ", cited in "}], "Book A, cited in Book B."),
    ([{"id": "a", "suffix": " is one source,"}, {"id": "b", "suffix": " is another"}],
     "Book A is one source, Book B is another."),
    # citeproc-js: a prefix opening with a full stop replaces the delimiter too
    ([{"id": "a"}, {"id": "b", "prefix": ". He said "}], "Book A. He said Book B."),
    # … but not a colon, nor after a cite with a suffix
    ([{"id": "a"}, {"id": "b", "prefix": ": see "}], "Book A; : see Book B."),
    ([{"id": "a", "suffix": " here"}, {"id": "b", "prefix": ", cited in "}], "Book A here; , cited in Book B."),
])
def test_delimiters_next_to_affix_punctuation(tmp_path, cites, expected):
    path = tmp_path / "join.csl"
    path.write_text(JOIN_STYLE, encoding="utf-8")
    assert render_notes(JOIN_RECORDS, str(path), [cites]) == [expected]
