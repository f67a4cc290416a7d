"""fix_quotes: quotation marks in record text follow the locale and alternate when nested."""
from __future__ import annotations

import pytest

from notecite.csl.corrections import without
from notecite.csl import fix_quotes
from notecite.csl.fix_quotes import mark_quotes, requote
from notecite.csl.render import render_citations

MARKS = ("“", "”", "‘", "’")


@pytest.mark.parametrize("text, expected", [
    ('Speak, "friend," and enter', "Speak, “friend,” and enter"),
    ("'quote', Hello", "“quote”, Hello"),
    ("Life's work", "Life's work"),
    ('an unpaired " mark', 'an unpaired " mark'),
    ('The <span class="nocase">iPod</span>', 'The <span class="nocase">iPod</span>'),
])
def test_record_quotes(text, expected):
    assert requote(mark_quotes(text), MARKS) == expected


def test_nested_quotes_alternate(data_dir):
    record = {"id": "a", "type": "chapter", "title": 'My "Amazing" Title'}
    assert render_citations([record], data_dir / "punctuation_in_quote.csl") == ["“My ‘Amazing’ Title.”"]


def test_citeproc_py_alone_nests_straight_quotes(data_dir):
    record = {"id": "a", "type": "chapter", "title": 'My "Amazing" Title'}
    out = render_citations([record], data_dir / "punctuation_in_quote.csl", corrections=without(fix_quotes))
    assert out == ["“My \"Amazing\" Title.”"]


def test_single_outer_quotes_close_after_a_letter():
    """en-GB quotes with ‘ ’ outside: the closing ’ after "Historians" closes, it is no apostrophe."""
    text = "‘Archive Opens Its " + mark_quotes('"Secret"') + " Files to Historians’"
    assert requote(text, ("‘", "’", "“", "”")) == "‘Archive Opens Its “Secret” Files to Historians’"


def test_style_written_curly_quotes_kept_when_no_record_quotes_inside():
    assert requote("‘Shoah’, New York", MARKS) == "‘Shoah’, New York"
