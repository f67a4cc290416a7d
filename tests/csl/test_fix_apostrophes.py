"""fix_apostrophes: typographic apostrophes in text fields and names, identifiers untouched."""
from __future__ import annotations

import pytest

from notecite.csl.fix_apostrophes import adapt_record, typographic


@pytest.mark.parametrize("text, expected", [
    ("l'Égypte", "l’Égypte"), ("Shun'ichi", "Shun’ichi"), ("ETFA '09", "ETFA ’09"),
    ("the students' notes", "the students’ notes"), ("'Parmenides' and Plato's", "'Parmenides' and Plato’s"),
])
def test_typographic(text, expected):
    assert typographic(text) == expected


def test_record_copy():
    record = {"id": "o'brien", "type": "book", "title": "L'Aurore", "URL": "http://x/a'b",
              "author": [{"family": "O'Brien", "given": "Flann"}]}
    fixed = adapt_record(record)
    assert fixed["title"] == "L’Aurore" and fixed["author"][0]["family"] == "O’Brien"
    assert fixed["URL"] == record["URL"] and fixed["id"] == "o'brien" and record["title"] == "L'Aurore"


def test_apostrophe_ending_a_word():
    from notecite.csl.fix_apostrophes import typographic
    assert typographic("Istoriia i pamiat' v Rossii") == "Istoriia i pamiat’ v Rossii"
    assert typographic("d'") == "d’"
    assert typographic("the 'quoted' word") == "the 'quoted' word"


def test_apostrophes_ending_a_word_before_markup():
    from notecite.csl.fix_apostrophes import typographic
    assert typographic("<span class=\"nocase\">l'''</span>") == "<span class=\"nocase\">l’’’</span>"
    assert typographic("the students' <i>work</i>") == "the students’ <i>work</i>"
