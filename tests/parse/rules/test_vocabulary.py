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


def test_in_ibid_after_a_title_is_its_container_and_the_number_its_pinpoint():
    from notecite.parse.rules.vocabulary import rule_in_ibid_is_the_container

    text = 'Rosa Luxemburg, "Organizational Questions," in ibid., 283.'
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    tags = ["B-author", "I-author", "I-author", "B-title", "I-title", "I-title", "I-title", "I-title",
            "B-container-title", "B-ibid", "I-ibid", "B-container-title", "B-pages", "I-pages"]
    assert len(tags) == len(words)
    out = rule_in_ibid_is_the_container(text, tokens, tags)
    assert out[8:] == ["prose", "B-container-title", "I-container-title", "prose", "B-locator", "I-locator"]
    # an ibid that opens the note is left to the ibid rules
    text = "Ibid., 283."
    tokens = tokenize(text)
    tags = ["B-ibid", "I-ibid", "prose", "B-locator", "I-locator"]
    assert rule_in_ibid_is_the_container(text, tokens, tags) == tags
