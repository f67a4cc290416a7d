"""fix_ordinals: ordinal suffixes of the output language, gender and match rules."""
from __future__ import annotations

from notecite.csl.corrections import without
from notecite.csl import fix_ordinals
from notecite.csl.render import render_bibliography

BOOK = {"id": "b", "type": "book", "title": "T", "author": [{"family": "Doe", "given": "Jane"}], "edition": "2",
        "publisher": "P", "issued": {"date-parts": [[2015]]}}


def test_french_and_german_styles():
    french = render_bibliography([BOOK], "bulletin-de-la-societe-entomologique-de-france")[0]
    german = render_bibliography([BOOK], "chicago-author-date-de")[0]
    assert "2ᵉ éd." in french and "2. Aufl." in german


def test_feminine_first_edition_in_french():
    first = dict(BOOK, edition="1")
    assert "1ʳᵉ éd." in render_bibliography([first], "bulletin-de-la-societe-entomologique-de-france")[0]


def test_html_superscripts():
    out = render_bibliography([BOOK], "bulletin-de-la-societe-entomologique-de-france", output="html")[0]
    assert "2<sup>e</sup> éd." in out


def test_citeproc_py_alone_uses_english():
    out = render_bibliography([BOOK], "bulletin-de-la-societe-entomologique-de-france", corrections=without(fix_ordinals))[0]
    assert "2nd éd." in out
