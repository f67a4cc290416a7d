"""Helpers of notecite.parse.rules.words that several rule modules share."""
from notecite.parse.rules.words import closing_quote
from notecite.parse.tokenize import tokenize


def test_closing_quote_finds_the_mark_that_closes_within_reach():
    tokens = tokenize("in seinem »Handbuch des Strafrechts« Th. II.")
    opening = next(k for k, t in enumerate(tokens) if t.text == "»")
    close = closing_quote(tokens, opening, 21)
    assert tokens[close].text == "«" and close == opening + 4
    assert closing_quote(tokens, opening, 4) is None  # the mark lies past the reach
    assert closing_quote(tokens, 0, 21) is None  # no quotation opens on "in"


def test_comma_indexes_are_the_comma_tokens_that_tokens_at_finds():
    from notecite.parse.rules.words import COMMA, comma_indexes, tokens_at

    text = "Smith, Title, https://example.org/a,b, 45."  # the URL's own comma is no token
    tokens = tokenize(text)
    assert list(comma_indexes(tokens)) == tokens_at(text, tokens, COMMA) and len(comma_indexes(tokens)) == 3
    other = tokenize("A, B")  # another note's token list: computed anew
    assert comma_indexes(other) == (1,)
