"""Tag rules of notecite.parse.rules.vocabulary, on given tags (no model involved)."""
from notecite.parse.tokenize import tokenize


def test_symbol_glued_inside_a_word_does_not_cut_the_field():
    from notecite.parse.rules.vocabulary import rule_glued_symbols

    text = "In Mid&night in the Century he returns."
    tokens = tokenize(text)
    tags = ["prose", "B-title", "prose", "B-title", "I-title", "I-title", "I-title", "prose", "prose", "prose"]
    assert [t.text for t in tokens][1:4] == ["Mid", "&", "night"]
    assert rule_glued_symbols(text, tokens, tags)[1:7] == ["B-title"] + ["I-title"] * 5
    # a prose word before the symbol joins the field that follows it
    tags = ["prose", "prose", "prose", "B-title", "I-title", "I-title", "I-title", "prose", "prose", "prose"]
    assert rule_glued_symbols(text, tokens, tags)[1:4] == ["B-title", "I-title", "I-title"]
    # a spaced symbol and a glued symbol between two different fields are left alone
    text = "Writers & Readers, Smith&Jones"
    tokens = tokenize(text)
    tags = ["B-publisher", "I-publisher", "I-publisher", "prose", "B-author", "I-author", "B-title"]
    assert rule_glued_symbols(text, tokens, tags) == tags
