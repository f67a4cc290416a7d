import pytest

from notecite.parse.features import observations
from notecite.parse.tagger import default_tagger
from notecite.parse.tokenize import tokenize

NOTES = ["Victor Serge, Memoirs of a Revolutionary (London: Writers & Readers, 1987), 67.",
         "Ibid., 2-3.", "See Leon Trotsky, The Revolution Betrayed, 45; and Serge, Memoirs, 12."]


def eager_marginals(text):
    """Every token's marginal probability, read straight from the model after tagging ``text``."""
    tokens = tokenize(text)
    crf = default_tagger()._tagger
    crf.set(observations(text, tokens))
    return [crf.marginal(tag, i) for i, tag in enumerate(crf.tag())]


def test_marginals_read_later_are_those_of_their_own_note():
    tagger = default_tagger()
    tagged = [tagger.tag_tokens(text, tokenize(text)) for text in NOTES]  # the model moves on each time
    for text, (tags, marginals) in reversed(list(zip(NOTES, tagged))):
        assert len(marginals) == len(tags)
        assert list(marginals) == eager_marginals(text)
        assert marginals[-1] == marginals[len(marginals) - 1]


def test_a_slice_of_marginals_is_that_of_its_own_note():
    tagger = default_tagger()
    tagged = [tagger.tag_tokens(text, tokenize(text)) for text in NOTES]
    for text, (tags, marginals) in reversed(list(zip(NOTES, tagged))):
        expected = eager_marginals(text)
        assert marginals[1:5] == expected[1:5]  # asked as a slice first, then one by one
        assert marginals[::2] == expected[::2] and list(marginals) == expected


def test_marginals_take_forced_values_and_keep_their_length():
    text = NOTES[0]
    _, marginals = default_tagger().tag_tokens(text, tokenize(text))
    expected = eager_marginals(text)
    marginals[1:3] = [1.0, 1.0]
    assert marginals[:4] == [expected[0], 1.0, 1.0, expected[3]]
    with pytest.raises(ValueError):
        marginals[0:2] = [1.0]
    with pytest.raises(TypeError):
        del marginals[0]
    with pytest.raises(IndexError):
        marginals[len(expected)]


def test_a_note_without_tokens_has_no_marginals():
    tags, marginals = default_tagger().tag_tokens("", [])
    assert tags == [] and len(marginals) == 0 and not marginals
