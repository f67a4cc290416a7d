"""fix_seams: no doubled period after formatted text ending in a period."""
from __future__ import annotations


from notecite.csl.corrections import without
from notecite.csl import fix_seams
from notecite.csl.render import render_citations

RECORD = {"id": "a", "type": "book", "title": "Apparatus", "author": [{"family": "Doe", "given": "Jane"}]}


def test_single_period_in_html(data_dir):
    assert render_citations([RECORD], data_dir / "seams.csl", output="html") == ["<b>Doe, J.</b> Apparatus."]


def test_citeproc_py_alone_doubles_it(data_dir):
    out = render_citations([RECORD], data_dir / "seams.csl", output="html", corrections=without(fix_seams))
    assert out == ["<b>Doe, J.</b>. Apparatus."]


def test_absorbed_marks():
    from notecite.csl.fix_seams import normalize_seam

    assert normalize_seam("2021;", ":12") == "12"
    assert normalize_seam("writing:", ".") == ""
    assert normalize_seam("Press. ", ".") == "."  # citeproc-js keeps this one
    assert normalize_seam("‘A guide.’", ". (Oxford)") == " (Oxford)"
    assert normalize_seam("3 &lt;4&gt;", ".") == "."  # an entity's ";" is not a semicolon


def test_colon_gives_way_to_exclamation():
    from notecite.csl.fix_seams import end

    assert end(None, "colon:! exclamation") == "colon! exclamation"
    assert end(None, "“colon”; and more") == "“colon”; and more"


def test_quoted_stop_seen_through_markup():
    from notecite.csl.fix_seams import normalize_seam

    assert normalize_seam('‘<span style="font-style:normal;">Was it?</span>’', ".") == ""
