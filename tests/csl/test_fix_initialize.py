"""fix_initialize: initialize="false" keeps given names whole, marks bare initials only."""
from __future__ import annotations

import pytest

from notecite.csl.corrections import without
from notecite.csl import fix_initialize
from notecite.csl.fix_initialize import keep_given
from notecite.csl.render import render_citations

SERGE = {"id": "s", "type": "book", "author": [{"family": "Serge", "given": "Victor"}]}


def test_given_name_kept(data_dir):
    assert render_citations([SERGE], data_dir / "initialize.csl") == ["Victor Serge"]


def test_citeproc_py_alone_initialises(data_dir):
    assert render_citations([SERGE], data_dir / "initialize.csl", corrections=without(fix_initialize)) == ["V. Serge"]


@pytest.mark.parametrize("given, expected", [("James T", "James T."), ("J.R.", "J. R."), ("Anna", "Anna")])
def test_keep_given(given, expected):
    assert keep_given(given, ". ") == expected


@pytest.mark.parametrize("given, mark, initialize, expected", [
    ("ME", " ", True, "M"), ("ME", " ", False, "ME"), ("Ph.M.E.", " ", True, "Ph M E"),
    ("Me.", ".", True, "Me."), ("John M.E.", ".", False, "John M.E."), ("M E", "", True, "ME"),
])
def test_abbreviations_and_capitals(given, mark, initialize, expected):
    from notecite.csl.fix_initialize import initials

    assert initials(given, mark, initialize) == expected


def test_lowercase_part_after_a_hyphen_is_dropped_when_initialising():
    from notecite.csl.render import render_bibliography
    record = [{"id": "p", "type": "book", "title": "T", "issued": {"date-parts": [[2020]]},
               "author": [{"family": "Park", "given": "Ji-woo"}, {"family": "Moreau", "given": "Jean-Baptiste"}]}]
    assert render_bibliography(record, "apa")[0].startswith("Park, J., & Moreau, J.-B. (2020).")


def test_initialize_false_is_inherited_from_the_style():
    from notecite.csl.render import render_bibliography
    record = [{"id": "p", "type": "book", "title": "The Republic", "author": [{"literal": "Plato"}], "publisher": "Penguin",
               "issued": {"date-parts": [[1987]]}, "translator": [{"family": "Lee", "given": "Desmond"}]}]
    assert render_bibliography(record, "al-jamiah-journal-of-islamic-studies") == [
        "Plato, The Republic, trans. by Desmond Lee, Penguin, 1987."]


def test_digraph_initials_and_markup_kept_around_the_initial():
    from notecite.csl.fix_initialize import initials
    assert initials("TSerendorjiin", ".") == "Ts." and initials("JRR", ".") == "J." and initials("McDonald", ".") == "M."
    assert initials("<b>John</b> Quiggly", ". ") == "<b>J.</b> Q."
    assert initials("<b>J</b> Q", ". ", initialize=False) == "<b>J.</b> Q."
    from notecite.csl.fix_initialize import _HYPHEN
    assert _HYPHEN.split('<b data-f="x">John</b>-Quiggly') == ['<b data-f="x">John</b>', "Quiggly"]


def test_lowercase_part_after_a_hyphen_kept_without_initialize_with_hyphen():
    from notecite.csl.render import render_bibliography
    record = [{"id": "h", "type": "article-journal", "title": "T", "container-title": "J",
               "author": [{"family": "Park", "given": "Ji-woo"}], "issued": {"date-parts": [[2020]]}}]
    assert render_bibliography(record, "american-medical-association")[0].startswith("1.Park J woo.")  # hyphen="false"
    assert render_bibliography(record, "apa")[0].startswith("Park, J. (2020)")
