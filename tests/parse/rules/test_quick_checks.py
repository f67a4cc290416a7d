"""The text searches that let a rule skip a note must never skip one the rule reads.

Each rule below first searches the note's text for what every note it changes must hold, and
returns at once when that is absent. These tests run the rule's own test, token by token, over
real notes and annotated notes, and check that the quick search finds something wherever it does.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from notecite.parse.rules.boundaries import _COMMA_AND_PINPOINT, _SENTENCE_PINPOINT
from notecite.parse.rules.locators import _CLASSICAL_HINT, _CLASSICAL_PINPOINT
from notecite.parse.rules.names import _LAST_OF_A_LIST, _name_at
from notecite.parse.tokenize import tokenize

REPO = Path(__file__).resolve().parents[3]


def _texts() -> list[str]:
    """Lines of the real train and dev documents and of the annotated notes, plus shapes the rules name."""
    texts = ["Ammian. xxi. 4.", "Zosimus, l. iii. p. 158.", "Tacitus (Annal. xiii. 3)", "lib. ii. c. 7",
             "Story, p. 711. Kent's commentaries, vol. 1, p. 364.", "Journals of Cong., I. 20.",
             "C.L.R. James, Raya Dunayevskaya and Grace Lee, State Capitalism",
             "Alan Bullock, Hugh Trevor-Roper and Ian Kershaw, Hitler and Stalin", "A & C. L. R. James, X",
             "O’Brien and Mary O’Brien, The Book"]
    real = REPO / "data" / "real"
    paths = sorted((REPO / "data" / "annotated").rglob("*.xml"))
    for key in sorted((real / "keys").glob("*.json")):  # train and dev documents only: the blind split stays unread
        data = json.loads(key.read_text(encoding="utf-8"))
        if data.get("split") in ("train", "dev"):
            paths.append(real / "documents" / data.get("document", key.stem + ".txt"))
    for path in paths:
        if path.exists():
            texts += [line for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = _texts()
    assert len(found) > 1000
    return found


def test_classical_hint_finds_every_classical_pinpoint(texts):
    for text in texts:
        if any(_CLASSICAL_PINPOINT.match(text, t.start) for t in tokenize(text)):
            assert _CLASSICAL_HINT.search(text), text


def test_comma_search_finds_every_comma_before_a_sentence_pinpoint(texts):
    for text in texts:
        tokens = tokenize(text)
        if any(a.text == "," and _SENTENCE_PINPOINT.match(text, b.start) for a, b in zip(tokens, tokens[1:])):
            assert _COMMA_AND_PINPOINT.search(text), text


def test_list_search_finds_every_name_after_and_before_a_comma(texts):
    for text in texts:
        tokens = tokenize(text)
        for i, token in enumerate(tokens[:-1]):
            if token.text.lower() in ("and", "&"):
                found = _name_at(tokens, i + 1)
                if found and found[0] < len(tokens) and tokens[found[0]].text == ",":
                    assert _LAST_OF_A_LIST.search(text), text


def test_quick_searches_skip_notes_without_the_shape():
    assert not _CLASSICAL_HINT.search("Victor Serge, Memoirs of a Revolutionary (London, 1987), 67.")
    assert not _COMMA_AND_PINPOINT.search("Serge, Memoirs 67")
    assert not _LAST_OF_A_LIST.search("Marx and Engels, Manifesto, 12; see also Lenin and 1917, 3.")


def test_note_words_follow_the_note_asked_about():
    from notecite.parse.rules.words import lowered_words

    first = tokenize("Ibíd., p. 3; Cited in Smith")
    assert {"ibíd", "cited", "in", ";"} <= lowered_words(first)
    second = tokenize("Marx, Capital, 12.")
    assert "cited" not in lowered_words(second) and "marx" in lowered_words(second)
    assert "cited" in lowered_words(first)  # asked again about the first note: its own words


def test_comma_search_finds_the_offset_of_every_comma_before_a_sentence_pinpoint(texts):
    for text in texts:
        tokens = tokenize(text)
        found = {match.start() for match in _COMMA_AND_PINPOINT.finditer(text)}
        for a, b in zip(tokens, tokens[1:]):
            if a.text == "," and _SENTENCE_PINPOINT.match(text, b.start):
                assert a.start in found, text


def test_tokens_at_finds_every_punctuation_token(texts):
    import re

    from notecite.parse.rules.words import tokens_at

    marks = re.compile("[.;]")
    for text in texts:
        tokens = tokenize(text)
        assert tokens_at(text, tokens, marks) == [i for i, t in enumerate(tokens) if t.text in (".", ";")], text


def test_apostrophe_search_finds_every_possessive(texts):
    from notecite.parse.rules.names import _near_apostrophes, _possessive_end

    for text in texts:
        tokens = tokenize(text)
        near = set(_near_apostrophes(text, tokens)) if "'" in text or "’" in text else set()
        assert {k for k in range(len(tokens)) if _possessive_end(tokens, k) is not None} <= near, text


def test_note_texts_follow_the_note_asked_about():
    from notecite.parse.rules.words import token_texts

    first = tokenize("Ibid., p. 3")
    assert {"Ibid", "p", "."} <= token_texts(first)
    second = tokenize("Marx, Capital, S. 12.")
    assert "S" in token_texts(second) and "p" not in token_texts(second)
    assert "p" in token_texts(first)


def test_office_search_finds_every_person_named_by_an_office(texts):
    from notecite.parse.rules.names import _PERSON_AND_OFFICE
    from notecite.parse.rules.words import OFFICE_NOUN_TOKENS

    for text in texts + ["Sir Laurence Mcintyre, Under-Secretary-General of State.", "J. Smith, M.P.",
                         "A. Jones, Commander-in-Chief, Pacific.", "R. Roe, Chargé d’Affaires.", "Speaker of the House"]:
        if _PERSON_AND_OFFICE.search(text):
            assert not OFFICE_NOUN_TOKENS.isdisjoint(t.text for t in tokenize(text)), text


def test_word_sets_find_every_lead_in_ibid_marker_and_in_idem(texts):
    from notecite.parse.rules.vocabulary import _IBID, _IBID_KEY_WORDS, _IN_THE_SAME_AUTHOR, _LEAD, _LEAD_FIRST_WORDS
    from notecite.parse.rules.words import IN_WORDS, SAME_AUTHOR_WORDS, folded_words, lowered_words

    for text in texts + ["Vgl. a. a. O., S. 4", "Op. Cit., p. 9", "d’après Tarde", "in idem, Labouring men", "dans même"]:
        tokens = tokenize(text)
        if _LEAD.search(text):
            assert not _LEAD_FIRST_WORDS.isdisjoint(lowered_words(tokens)), text
        if _IBID.search(text):
            assert not _IBID_KEY_WORDS.isdisjoint(lowered_words(tokens)), text
        # the in-idem rule reads "in" and the same-author word as tokens of their own (not "qu'en même")
        if any(a.text.lower() in IN_WORDS and b.text.rstrip(".").lower() in ("idem", "id", "même", "ders")
               for a, b in zip(tokens, tokens[1:])) and _IN_THE_SAME_AUTHOR.search(text):
            assert not IN_WORDS.isdisjoint(lowered_words(tokens)) and not SAME_AUTHOR_WORDS.isdisjoint(folded_words(tokens)), text
