"""Body markers told apart from years and list numbers by their sequence."""
from __future__ import annotations

from notecite.document.markers import best_chain, candidates, find_markers


def test_years_out_of_sequence_are_left_out():
    body = "A claim.(1) The assassination (1881) came later.(2) From 1936-40 (1936-40) and (1923).(3)"
    kind, chain = find_markers(body)
    assert kind == "paren"
    assert [c.number for c in chain] == [1, 2, 3]


def test_superscripts_and_brackets_and_carets():
    assert [c.number for c in find_markers("One¹ two² three¹⁰")[1]] == [1, 2]
    assert find_markers("Claim [1], claim [2].")[0] == "bracket"
    assert find_markers("Claim[^1] and[^2].")[0] == "caret"
    kind, chain = find_markers("Claim.[i] Another.[ii] A third.[iii] And [iv] more, [ix] too.")
    assert kind == "roman" and [c.number for c in chain] == [1, 2, 3, 4]


def test_small_gap_is_bridged_large_jump_is_not():
    found = candidates("(1) (2) (4) (5) (1066)", "paren")
    score, chain = best_chain(found)
    assert [c.number for c in chain] == [1, 2, 4, 5]
    assert score == 4 - 0.5


def test_glued_digits_after_punctuation():
    kind, chain = find_markers("the revolution.1 Then came the war.2 And the peace.3")
    assert kind == "glued" and [c.number for c in chain] == [1, 2, 3]


def test_no_markers():
    assert find_markers("Plain prose, 1999, with no calls.") == ("", [])


def test_roman_values():
    from notecite.document.markers import roman_value
    assert [roman_value(r) for r in ("i", "iv", "ix", "xii", "xl", "xlix", "lxxxviii")] == [1, 4, 9, 12, 40, 49, 88]
