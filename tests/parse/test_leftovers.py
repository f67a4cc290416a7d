"""Uncovered clauses of a note, and which of them read like citations."""
from __future__ import annotations

import pytest

from notecite.parse.leftovers import citation_like, dashes_as_stops, leftover_spans


def clauses(text, covered=()):
    return [text[s:e] for s, e in leftover_spans(text, covered)]


def test_clauses_outside_the_cites_are_cut_at_semicolons_and_sentence_ends_not_at_abbreviations():
    text = "See J. Smith, p. 4. Daily Worker, Nov. 7, 1937, 3; and the party split. Again, pp. 2-3. In 1925 it ended."
    assert clauses(text, [(4, 18)]) == ["See", "Daily Worker, Nov. 7, 1937, 3", "and the party split.", "Again, pp. 2-3.",
                                        "In 1925 it ended."]
    text = "Ann Lee memorandum to Tom Ray, May 2, 1961, “Review File.” Despite it, the office went on. “Why?” Then"
    assert clauses(text) == ["Ann Lee memorandum to Tom Ray, May 2, 1961, “Review File.”", "Despite it, the office went on.",
                             "“Why?”", "Then"]  # a quotation mark closing at the sentence's end ends it too
    text = "MS. Register of Wills, Land Records, lib. W No. 9, fols. 12-14. Bayle, tom. II. p. 7. Done"
    assert clauses(text) == ["MS. Register of Wills, Land Records, lib. W No. 9, fols. 12-14.", "Bayle, tom. II. p. 7.", "Done"]
    text = "Sully á Rohan, en 12 de abril 1602.--Perrens, pág. 88. Otra.—Fin"
    assert clauses(text) == ["Sully á Rohan, en 12 de abril 1602.", "Perrens, pág. 88.", "Otra.", "Fin"]  # ".--" ends one


@pytest.mark.parametrize("text", [
    "Daily Worker, Nov. 7, 1937, 3",
    "Archives nationales, F7 13090",
    "Ibid., 45",
    "Zxq Qwv, Bltn Ovrq (Paris: Gallimard, 1933)",
    "https://example.org/strike",
    "vol. 2, pp. 17-19",
    "Ibid., passim",  # no digit: the words alone
    "Lot File Italy, box IV, ed. by Smith",  # a shelfmark without a digit
])
def test_references_and_pieces_of_references_read_like_citations(text):
    assert citation_like(text)


@pytest.mark.parametrize("text", [
    "The dispute flared again in 1937, when the party leadership, as so often, changed its line.",
    "Again, the author refers to his own work.",
    "See also",
    "It was reprinted many times.",
])
def test_prose_does_not(text):
    assert not citation_like(text)


def test_word_points_reward_capitals_with_a_digit_and_punish_lower_case_prose():
    from notecite.parse.leftovers import _word_points

    assert _word_points("Daily Worker, Nov. 7", digits=True) == 1
    assert _word_points("Daily Worker", digits=False) == 0
    assert _word_points("it was said then that the party had lost its way", digits=False) == -2
    assert _word_points("1937, 45", digits=True) == 0


@pytest.mark.parametrize("text, expected", [("Paris, 1840.--Roux, Les prisons", "Paris, 1840.  Roux, Les prisons"),
                                            ("Paris, 1840.— Roux", "Paris, 1840.  Roux"),
                                            ("pp. 3--5, and 1840.--but", "pp. 3--5, and 1840.--but")])
def test_a_full_stops_dash_before_a_capital_is_blanked_as_the_clause_end_it_is(text, expected):
    assert dashes_as_stops(text) == expected
    if expected != text:
        assert len(leftover_spans(text, [])) == 2
