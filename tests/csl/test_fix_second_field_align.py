"""fix_second_field_align: HTML entries split into left margin and right-inline parts."""
from __future__ import annotations

from notecite.csl.corrections import without
from notecite.csl import fix_second_field_align
from notecite.csl.fix_second_field_align import split
from notecite.csl.render import render_bibliography

RECORDS = [{"id": "a", "type": "book", "title": "Apparatus", "author": [{"family": "Doe", "given": "Jane"}]}]
STYLE = "ieee"


def test_split():
    assert split("[1] J. Doe", "[1]") == ('\n    <div class="csl-left-margin">[1]</div>'
                                          '<div class="csl-right-inline"> J. Doe</div>\n  ')
    assert split("J. Doe", "[1]") == "J. Doe"


def test_html_entry_is_aligned():
    (entry,) = render_bibliography(RECORDS, STYLE, output="html")
    assert entry.startswith('\n    <div class="csl-left-margin">[1]</div><div class="csl-right-inline">')
    (plain,) = render_bibliography(RECORDS, STYLE, output="text")
    assert plain.startswith("[1]") and "div" not in plain


def test_citeproc_py_alone_does_not_align():
    (entry,) = render_bibliography(RECORDS, STYLE, output="html", corrections=without(fix_second_field_align))
    assert entry.startswith("[1]")
