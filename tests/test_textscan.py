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


def test_a_case_insensitive_pattern_is_refused():
    import pytest

    from notecite.textscan import NeedingWords

    with pytest.raises(ValueError):
        NeedingWords(re.compile("papers", re.I), ("papers",))


def test_what_every_collection_holds_is_in_each_text_naming_one():
    from notecite.normalize.kinds import _COLLECTION

    texts = ["Baldwin Papers", "Dalton diary", "Trotsky Archive, folder 2", "Kautsky-Archiv;", "Fondo Tasca", "Nachlaß Bebel",
             "State Department Records", "FBI Files", "Hoover Institution Collections", "Smith collection", "the diaries"]
    for text in texts:
        assert _COLLECTION.pattern.search(text) is None or _COLLECTION.search(text) is not None
    assert _COLLECTION.search("Dalton diary") and _COLLECTION.search("Kautsky-Archiv;")


def test_each_issue_the_shapes_read_ends_as_their_guards_ask():
    from notecite.normalize import kinds

    issues = {kinds._monthly_issue: ["Derby Co-op Record June 1926", "The Record (TGWU) November 1943 ", "Labour Monthly - September 1925\n"],
              kinds._issue_and_its_place: ["Justice, London, January 31, 1918", "Justice (London), January 23, 1919",
                                           "Pravda, October 8, 1918 (No. 216)", "New Europe (London), September, 1917 "],
              kinds._numbered_issue: ["Byulleten Oppozitsii, no. 10, April 1930", "Fourth International, No. 3 (March 1941), p. 77",
                                      "Fourth International, No. 3 (March 1941)"]}
    for reader, texts in issues.items():
        for text in texts:
            assert reader(text) is not None, text


def test_what_every_shelfmark_without_a_digit_holds_is_in_each_text_naming_one():
    from notecite.normalize.kinds import SHELFMARK, SHELFMARK_WITHOUT_DIGITS

    texts = ["Lot File Korea", "box IV", "boxes XII", "carton V", "folders II-III", "file no. IX", "dossier C", "reels X",
             "bundle L", "liasses V", "cotes I", "Mappe V", "Kasten X", "Akte I", "portfolio II", "microfilm reel IV",
             "RG X", "Add MS i", "Box IV", "no shelfmark here", "f. R, op. x"]
    for text in texts:
        assert SHELFMARK.search(text) is None or SHELFMARK_WITHOUT_DIGITS.search(text) is not None, text
    assert SHELFMARK_WITHOUT_DIGITS.search("Lot File Korea") and SHELFMARK_WITHOUT_DIGITS.search("Kasten X")


def test_every_letter_the_addressed_shapes_read_has_its_to_between_spaces():
    from notecite.normalize.kinds import _LETTER, _TO_BETWEEN_SPACES

    texts = ["Trotsky to Serge, June 5, 1936", "Roe an Doe, 3 Mai 1850", "Roe à Doe, 3 mai 1850", "Roe\tto\nDoe, May 3, 1950",
             "Landon Reisinger, in a letter to Lee Burke, July 7, 1975", "Roe memorandum for Doe, May 3, 1950",
             "Letter to Hargreaves from T. B. Oakley, March 4th 1947", "Roe telegram al Doe, 3 maggio 1850",
             "Jane Roe memorandum to Review Board for the Records (EO 123) [henceforth Review Board], May 3, 1950"]
    for text in texts:
        assert not any(pattern.match(text) for pattern in _LETTER) or _TO_BETWEEN_SPACES.search(text), text
    assert all(any(pattern.match(text) for pattern in _LETTER) for text in texts[:3])
