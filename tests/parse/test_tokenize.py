from notecite.parse.tokenize import tokenize


def test_offsets_round_trip():
    text = "Victor Serge, Memoirs (London & New York: M.E. Sharpe, Inc.) 18, 276n."
    tokens = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.text for t in tokens][:6] == ["Victor", "Serge", ",", "Memoirs", "(", "London"]


def test_punctuation_split_and_inner_apostrophe_kept():
    assert [t.text for t in tokenize("Serge’s ‘Trente Ans,”")] == ["Serge’s", "‘", "Trente", "Ans", ",", "”"]
    assert [t.text for t in tokenize("M.E.")] == ["M", ".", "E", "."]


def test_a_straight_quote_before_a_small_letter_stays_inside_the_word():
    # a transliterated hard sign (S"ezd) or a quote typed for an apostrophe (Don"t); quotation marks still split
    assert [t.text for t in tokenize('Vtoroi S"ezd, Don"t "Title"')] == ['Vtoroi', 'S"ezd', ',', 'Don"t', '"', 'Title', '"']
    # the hard sign typed as a closing quote (XV s”ezd, ob”edinenie); a closing quote after a comma still splits
    assert [t.text for t in tokenize('XV s”ezd, ob”edinenie “Title,”in')] == ['XV', 's”ezd', ',', 'ob”edinenie', '“', 'Title',
                                                                             ',', '”', 'in']


def test_urls_and_dois_are_one_token_without_trailing_period():
    tokens = [t.text for t in tokenize("See https://example.org/a/b. And doi:10.1000/xyz.12.")]
    assert "https://example.org/a/b" in tokens
    assert "doi:10.1000/xyz.12" in tokens


def test_empty_and_whitespace():
    assert tokenize("") == []
    assert tokenize("   \n ") == []


def test_a_word_written_with_combining_accents_is_one_token():
    text = "Al-Fikr al-Hadi\u0304th, no. 3; Tana\u0304quḍ; l’e\u0301tat"
    tokens = [t.text for t in tokenize(text)]
    assert "Hadi\u0304th" in tokens and "Tana\u0304quḍ" in tokens and "l’e\u0301tat" in tokens
    assert "\u0304" not in tokens
    assert all(text[t.start:t.end] == t.text for t in tokenize(text))
