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
