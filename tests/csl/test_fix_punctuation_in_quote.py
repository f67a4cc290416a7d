"""fix_punctuation_in_quote: commas and periods inside closing quotes (en-US)."""
from __future__ import annotations

import pytest


from notecite.csl.corrections import without
from notecite.csl import fix_punctuation_in_quote
from notecite.csl.fix_punctuation_in_quote import move_inside
from notecite.csl.render import render_citations

RECORDS = [{"id": "a", "type": "chapter", "title": "Footnotes", "container-title": "Handbook"},
           {"id": "b", "type": "chapter", "title": "Notes"}]


def test_moved_inside(data_dir):
    assert render_citations(RECORDS, data_dir / "punctuation_in_quote.csl") == ["“Footnotes,” Handbook.", "“Notes.”"]


def test_british_locale_keeps_them_outside(data_dir):
    assert render_citations(RECORDS, data_dir / "punctuation_in_quote.csl", locale="en-GB")[1] == "‘Notes’."


def test_citeproc_py_alone_leaves_them_outside(data_dir):
    out = render_citations(RECORDS, data_dir / "punctuation_in_quote.csl", corrections=without(fix_punctuation_in_quote))
    assert out == ["“Footnotes”, Handbook.", "“Notes”."]


def test_across_closing_tags():
    assert move_inside("<i>“A”</i>, b", "”") == "<i>“A,”</i> b"


def test_no_period_after_question_mark():
    assert move_inside("“Why?”.", "”") == "“Why?”"


def test_question_and_exclamation_marks_move_too():
    assert move_inside("“comma,”. next", "”") == "“comma,.” next"
    assert move_inside("“Wow”! next", "”") == "“Wow!” next"


def test_question_mark_after_a_quote_in_record_text_stays_outside():
    records = [{"id": "h", "type": "article-journal", "title": 'Was There a "Scientific Revolution"?',
                "container-title": "Isis", "volume": "98", "page": "745-752", "issued": {"date-parts": [[2007]]},
                "author": [{"family": "Hale", "given": "Margaret"}]}]
    out = render_citations(records, "bluebook-law-review")[0]
    assert "Was There a “Scientific Revolution”?" in out and "\ue004" not in out


@pytest.mark.parametrize("text, expected", [
    ("“This is ‘The One’”.", "“This is ‘The One.’”"),
    ("“Life’s ‘Work’”,", "“Life’s ‘Work,’”"),
    ("“The students’”.", "“The students’.”"),  # an apostrophe, not an inner quotation
])
def test_inner_quotes_closing_with_the_outer_one(text, expected):
    assert fix_punctuation_in_quote.move_inside(text, "”", ("‘", "’")) == expected


def test_marks_after_quotes_in_a_cite_affix_stay_outside():
    from notecite.csl.render import render_notes
    records = [{"id": "a", "type": "book", "title": "Hello Thing"}]
    out = render_notes(records, "chicago-notes-bibliography", [[{"id": "a", "prefix": "'quote', "}]])
    assert out[0].startswith("“quote”, ")
