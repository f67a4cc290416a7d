"""Output formats: text, HTML (escaped), Markdown (*…*) and LaTeX (\\emph{…}, escaped specials)."""
from __future__ import annotations

import pytest
from lxml import etree

from notecite.csl.formatters import assemble, finish_latex, latex_escape
from notecite.csl.render import render_bibliography, render_citations, render_notes
from notecite.errors import StyleError

RECORD = {"id": "a", "type": "book", "title": "Tags <b> & 50% Of_It {X}", "author": [{"family": "Doe", "given": "Jane"}],
          "publisher": "P & Q", "issued": {"date-parts": [[2015]]}}


def test_latex_narrow_space():
    assert finish_latex("société\u202f?") == "société\\,?"  # pdflatex knows no U+202F


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


def test_nested_italics_flip_as_citeproc_js_and_markdown_stays_balanced():
    from notecite.csl.render import render_bibliography
    record = [{"id": "q", "type": "book", "title": "Printing <i>Don Quixote</i> in Valencia",
               "author": [{"family": "Di Stefano", "given": "Giovanni"}], "issued": {"date-parts": [[2010]]}}]
    html = render_bibliography(record, "chicago-author-date", output="html")[0]
    assert '<i>Printing <span style="font-style:normal;">Don Quixote</span> in Valencia</i>' in html
    assert "*Printing Don Quixote in Valencia*" in render_bibliography(record, "chicago-author-date", output="markdown")[0]
    assert "\\emph{Printing \\emph{Don Quixote} in Valencia}" in render_bibliography(record, "chicago-author-date", output="latex")[0]


def test_case_changes_leave_markup_alone(tmp_path):
    from notecite.csl.formatters import Marked, latex_formatter
    assert latex_formatter.SmallCaps("Doe").upper() == "\\textsc{DOE}"
    assert Marked('<span style="font-variant:small-caps;">ab &amp; c</span>').upper() == \
        '<span style="font-variant:small-caps;">AB &amp; C</span>'
    style = tmp_path / "upper.csl"
    style.write_text('<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>u</title>'
                     '<id>u</id><updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout><text '
                     'variable="title" font-variant="small-caps" text-case="uppercase"/></layout></citation></style>',
                     encoding="utf-8")
    from notecite.csl.render import render_citations
    out = render_citations([{"id": "a", "type": "book", "title": "Kosmos"}], str(style), output="latex")
    assert out == ["\\textsc{KOSMOS}"]


def test_small_caps_superscript_and_nodecor_are_no_case_in_every_output():
    from notecite.csl.formatters import escape_value
    assert escape_value("a <sup>b</sup>", "text") == 'a <span class="nocase">b</span>'
    assert escape_value("a <sup>b</sup>", "markdown") == 'a ^<span class="nocase">b</span>^'
    assert escape_value("a <sup>b</sup>", "text", implicit_nocase=False) == "a b"
    assert escape_value('<sc>x <span class="nocase">Y</span></sc>', "text") == 'x <span class="nocase">Y</span>'  # no nested no-case


def test_title_case_leaves_small_caps_alone_in_text_and_html(data_dir):
    record = {"id": "a", "type": "book", "title": "my <sc>small caps</sc> in a title"}
    assert render_citations([record], data_dir / "title_case.csl") == ["My small caps in a Title"]
    assert render_citations([record], data_dir / "title_case.csl", output="html") == \
        ['My <span style="font-variant:small-caps;">small caps</span> in a Title']


def test_superscript_characters_become_sup_markup():
    from notecite.csl.formatters import escape_value
    assert escape_value("1ᵉʳ ˀ ۥ", "html") == "1<sup>e</sup><sup>r</sup> <sup>ʔ</sup> <sup>و</sup>"


def test_cite_affixes_are_rich_text_escaped_for_the_output(data_dir):
    record = {"id": "a", "type": "book", "title": "Kosmos"}
    cites = [{"id": "a", "prefix": "<sc>See</sc> ", "suffix": " & <b>passim</b>"}]
    html = render_citations([record], data_dir / "title_case.csl", cites=cites, output="html")
    assert html == ['<span style="font-variant:small-caps;">See</span> Kosmos &amp; <b>passim</b>']
    assert render_citations([record], data_dir / "title_case.csl", cites=cites) == ["See Kosmos & passim"]
