"""fix_title_case: hyphenated parts, words after quotes, last word, particles."""
from __future__ import annotations

import pytest

from notecite.csl.corrections import without
from notecite.csl import fix_title_case
from notecite.csl.render import render_citations

CASES = [
    ("employee pro-environmental behavior", "Employee Pro-Environmental Behavior"),
    ("out-of-fashion initiatives: a second story", "Out-of-Fashion Initiatives: A Second Story"),
    ("the “new career” and organizational commitment", "The “New Career” and Organizational Commitment"),
    ("closing the scientist–practitioner gap", "Closing the Scientist–Practitioner Gap"),
    ("metaphors in research for", "Metaphors in Research For"),
    ("john von doe: a life", "John von Doe: A Life"),
    ("the iPhone in NASA", "The iPhone in NASA"),
    # one-letter words only when they open (citeproc-js 2.4.63; CSL suite textcase_LastChar)
    ("07-x test", "07-x Test"),
    ("plan b for x", "Plan b for x"),
    ("vitamin d: x and a", "Vitamin d: X and a"),
    ("à la recherche du éd. çev.", "À La Recherche Du Éd. Çev."),  # accented words are capitalised
]


@pytest.mark.parametrize("title, expected", CASES)
def test_title_case(data_dir, title, expected):
    assert render_citations([{"id": "a", "type": "book", "title": title}], data_dir / "title_case.csl") == [expected]


def test_non_english_item_untouched(data_dir):
    record = {"id": "a", "type": "book", "title": "la séparation des églises", "language": "fr"}
    assert render_citations([record], data_dir / "title_case.csl") == ["la séparation des églises"]


def test_citeproc_py_alone(data_dir):
    record = {"id": "a", "type": "book", "title": CASES[0][0]}
    out = render_citations([record], data_dir / "title_case.csl", corrections=without(fix_title_case))
    assert out == ["Employee Pro-environmental Behavior"]


def test_french_words_in_an_english_title_as_citeproc_js():
    from notecite.csl.fix_title_case import title_case_words
    words = "La Méditerranée et le monde méditerranéen à l'époque de Philippe II".split(" ")
    tokens = [(w, False) for pair in zip(words, [" "] * len(words)) for w in pair][:-1]
    assert "".join(title_case_words(tokens)) == "La Méditerranée et Le Monde Méditerranéen à l'époque de Philippe II"


@pytest.mark.parametrize("title, expected", [
    ('from "distance" to "friction": a study', "From “Distance” to “Friction”: A Study"),
    ("traits—self-esteem—with job satisfaction", "Traits—Self-Esteem—with Job Satisfaction"),
])
def test_words_in_record_quotes_and_stop_words_after_a_dash(data_dir, title, expected):
    assert render_citations([{"id": "a", "type": "book", "title": title}], data_dir / "title_case.csl") == [expected]


def test_only_citeproc_js_particles_stay_lowercase(data_dir):
    record = {"id": "a", "type": "book", "title": "annales du service de l'égypte"}
    assert render_citations([record], data_dir / "title_case.csl") == ["Annales Du Service de l’égypte"]


def test_title_case_of_a_macro_call_is_ignored(tmp_path):
    # citeproc-js cases only the element that carries text-case: "in: the book" stays as it is
    style = tmp_path / "macro_title.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="container"><group delimiter=": "><text term="in" text-case="lowercase"/>
    <text variable="container-title"/></group></macro>
  <citation><layout><text macro="container" text-case="title"/></layout></citation>
</style>""", encoding="utf-8")
    record = [{"id": "a", "type": "chapter", "title": "T", "container-title": "the book"}]
    assert render_citations(record, style) == ["in: the book"]
