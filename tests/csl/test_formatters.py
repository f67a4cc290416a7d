"""Output formats: text, HTML (escaped), Markdown (*…*) and LaTeX (\\emph{…}, escaped specials)."""
from __future__ import annotations

import pytest
from lxml import etree

from notecite.csl.formatters import assemble, latex_escape
from notecite.csl.render import render_bibliography, render_notes
from notecite.errors import StyleError

RECORD = {"id": "a", "type": "book", "title": "Tags <b> & 50% Of_It {X}", "author": [{"family": "Doe", "given": "Jane"}],
          "publisher": "P & Q", "issued": {"date-parts": [[2015]]}}


def test_latex_escape():
    assert latex_escape("a & b_c {x} 50% $ # ~ ^ \\") == (
        "a \\& b\\_c \\{x\\} 50\\% \\$ \\# \\textasciitilde{} \\textasciicircum{} \\textbackslash{}")


@pytest.mark.parametrize("output, expected", [
    ("text", "Doe, Jane. Tags <b> & 50% Of_It {X}. P & Q, 2015."),
    ("html", "Doe, Jane. <i>Tags &lt;b&gt; &amp; 50% Of_It {X}</i>. P &amp; Q, 2015."),
    ("markdown", "Doe, Jane. *Tags \\<b\\> & 50% Of\\_It {X}*. P & Q, 2015."),
    ("latex", "Doe, Jane. \\emph{Tags \\textless{}b\\textgreater{} \\& 50\\% Of\\_It \\{X\\}}. P \\& Q, 2015."),
])
def test_bibliography_in_each_output(output, expected):
    assert render_bibliography([RECORD], "chicago-notes-bibliography", output=output) == [expected]


def test_html_document_is_well_formed():
    entries = render_bibliography([RECORD], "chicago-notes-bibliography", output="html")
    etree.fromstring(assemble(entries, "html"))  # raises if not well-formed


def test_notes_in_latex():
    out = render_notes([RECORD], "chicago-notes-bibliography", [[{"id": "a", "locator": "4"}], [{"id": "a"}]], output="latex")
    assert out[0] == "Jane Doe, \\emph{Tags \\textless{}b\\textgreater{} \\& 50\\% Of\\_It \\{X\\}} (P \\& Q, 2015), 4."
    assert out[1].startswith("Doe, \\emph{Tags")


def test_unknown_output():
    with pytest.raises(StyleError, match="unknown output 'rtf'"):
        render_bibliography([RECORD], "apa", output="rtf")
