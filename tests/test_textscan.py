import re

from hypothesis import given, settings
from hypothesis import strategies as st

from notecite.textscan import may_hold

WORDS = ("google", "cross", "back", "cited", "www.", "\u21a9")


def test_a_word_in_any_case_is_found():
    assert may_hold("See CrossRef and GOOGLE Scholar", WORDS)
    assert may_hold("Return to text \u21a9", WORDS)
    assert may_hold("quoted in Smith, CITED above", ("cited",))


def test_a_text_without_the_words_is_skipped():
    assert not may_hold("Victor Serge, Memoirs of a Revolutionary (London, 1987), 67.", WORDS)


def test_letters_that_ignorecase_pairs_with_ascii_ones_keep_the_text():
    # re.IGNORECASE matches "cıted", "İbid" and "croſs" to the ASCII words; str.lower does not give them
    for text, word in (("CıTED", "cited"), ("İbid.", "ibid"), ("croſs", "cross")):
        assert re.search(re.escape(word), text, re.IGNORECASE)
        assert may_hold(text, (word,))


_ALPHABET = st.sampled_from(list("abcdegiklnorstw. ") + ["I", "S", "K", "\u0130", "\u0131", "\u017f", "\u212a",
                                                          "\u00c9", "\u00e9", "\u21a9"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join), st.sampled_from(WORDS + ("éd.", "kiss")))
def test_whenever_the_case_insensitive_pattern_matches_the_text_may_hold_the_word(text, word):
    if re.search(re.escape(word), text, re.IGNORECASE):
        assert may_hold(text, (word,))


def test_a_pattern_needing_words_is_tried_only_on_a_text_holding_one():
    from notecite.textscan import NeedingWords

    pattern = NeedingWords(re.compile(r"\b[A-Z]\w+ (?:Papers|papers)\b"), ("Papers", "papers"))
    assert pattern.search("Roe to Doe, May 3, 1950, Baldwin Papers, box 2").group() == "Baldwin Papers"
    assert pattern.search("Baldwin papers", 1) is None  # the bounds as re's
    assert pattern.search("Baldwin Paper, box 2") is None


def test_a_case_insensitive_pattern_is_tried_on_a_text_holding_a_needle_in_any_case():
    import pytest

    from notecite.textscan import NeedingWords

    pattern = NeedingWords(re.compile(r"\bpapers\b", re.I), ("papers",))
    assert pattern.search("the Baldwin PAPERS, box 2").group() == "PAPERS"
    assert pattern.search("the Baldwin Paper, box 2") is None
    assert pattern.search("Baldwin papers", 9) is None  # the bounds as re's
    assert NeedingWords(re.compile("cross", re.I), ("cross",)).search("croſs").group() == "croſs"  # as re.IGNORECASE
    with pytest.raises(ValueError):  # its needles are matched in lower case: written so
        NeedingWords(re.compile("papers", re.I), ("Papers",))
