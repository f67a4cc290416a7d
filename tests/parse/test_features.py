from notecite.parse import features as F
from notecite.parse.tokenize import tokenize


def test_feature_lists_are_plain_lists_of_functions():
    assert all(callable(f) for f in F.WORD_FEATURES + F.CONTEXT_FEATURES)
    assert F.word_shape in F.WORD_FEATURES and F.quote_state in F.CONTEXT_FEATURES


def test_word_shape_and_capitalisation():
    assert F.word_shape("Serge") == ["shape=Xx"]
    assert F.word_shape("1987") == ["shape=d"]
    assert F.capitalisation("USSR") == ["caps=upper"]
    assert F.capitalisation("M") == ["caps=initial"]
    assert F.capitalisation("the") == ["caps=lower"]
    assert F.capitalisation("McCarthy") == ["caps=title"]
    assert F.capitalisation("iPhone") == ["caps=mixed"]
    assert F.capitalisation(",") == ["caps=none"]


def test_punctuation_and_affixes():
    assert F.punctuation(",") == ["punct=comma"]
    assert F.punctuation("“") == ["punct=quote"]
    assert F.punctuation("Serge") == []
    assert "s3=ary" in F.affixes("Revolutionary")
    assert F.affixes("of") == []


def test_digits_year_and_roman():
    assert F.digits("1987") == ["num=4", "year"]
    assert F.digits("67") == ["num=2"]
    assert F.digits("276n") == ["alnum"]
    assert F.digits("Serge") == []
    assert F.roman_numeral("xiv") == ["roman"]
    assert F.roman_numeral("IV") == ["roman"]
    assert F.roman_numeral("mix") == []
    assert F.roman_numeral("iiii") == []


def test_length_buckets():
    assert F.length("a") == ["len=1"] and F.length("Memoirs") == ["len=7+"]


def test_dictionaries():
    assert F.in_given_names("Victor") == ["dict=given_names"]
    assert F.in_publishers("Press") == ["dict=publishers"]
    assert F.in_places("London") == ["dict=places"]
    assert F.in_months("Nov") == ["dict=months"]
    assert F.in_locator_words("pp") == ["dict=locator_words"]
    assert F.in_ibid("Ibid") == ["dict=ibid"]
    assert F.in_role_words("trans") == ["dict=role_words"]
    assert F.in_particles("von") == ["dict=particles"]
    assert F.in_stopwords("which") == ["dict=stopwords"]
    assert F.in_genre_words("thesis") == ["dict=genre_words"]
    assert F.in_places("Memoirs") == []


def _ctx(text, italic=()):
    tokens = tokenize(text)
    return tokens, F.Context(text, tokens, F._italic_flags(tokens, italic))


def test_position_spacing_and_sentence_start():
    tokens, ctx = _ctx("Serge, Memoirs. Ibid.")
    assert "first" in F.position(ctx, 0) and "last" in F.position(ctx, len(tokens) - 1)
    assert F.spacing(ctx, 1) == ["glued_left"]
    assert F.sentence_start(ctx, 4) == ["sent_start"]
    assert F.sentence_start(ctx, 2) == []


def test_quote_and_paren_state():
    tokens, ctx = _ctx("See “Trente Ans” (Paris) x")
    texts = [t.text for t in tokens]
    assert F.quote_state(ctx, texts.index("Trente")) == ["in_quotes"]
    assert F.quote_state(ctx, texts.index("x")) == []
    assert F.paren_state(ctx, texts.index("Paris")) == ["in_parens"]
    assert F.paren_state(ctx, texts.index("x")) == []


def test_italic_hint():
    tokens, ctx = _ctx("Serge, Memoirs, 2", italic=[(7, 14)])
    assert F.italic_hint(ctx, 2) == ["italic"] and F.italic_hint(ctx, 0) == []


def test_chunk_markers_find_multi_token_ibid_and_locator_words():
    tokens, ctx = _ctx("Leonhard, a.a.O., S. 5")
    texts = [t.text for t in tokens]
    assert "chunk=ibid" in F.chunk_markers(ctx, texts.index("O"))
    assert "chunk=locword" in F.chunk_markers(ctx, texts.index("S"))
    assert F.chunk_markers(ctx, 0) == []


def test_neighbours():
    tokens, ctx = _ctx("Serge, Memoirs")
    obs = F.neighbours(ctx, 0)
    assert "+1:w=," in obs and "-1:edge" in obs and "+1:punct=comma" in obs


def test_extract_one_list_per_token():
    text = "Victor Serge, Memoirs, 67."
    tokens = tokenize(text)
    obs = F.extract(text, tokens)
    assert len(obs) == len(tokens)
    assert obs[0][0] == "w=victor"


def test_sentence_shape():
    tokens, ctx = _ctx("Serge, Memoirs, 2. the party was expelled from the city after the war and never came back again.")
    assert F.sentence_shape(ctx, 0) == ["sent_len=s", "sent_lower=lo"]
    assert F.sentence_shape(ctx, len(tokens) - 2) == ["sent_len=m", "sent_lower=hi", "sent_verb"]


def test_sentence_verb_outside_quotes_only():
    tokens, ctx = _ctx("The party was expelled. See “What Is to Be Done?” x")
    assert "sent_verb" in F.sentence_shape(ctx, 0)
    assert "sent_verb" not in F.sentence_shape(ctx, len(tokens) - 1)
    assert F.in_verbs("was") == ["dict=verbs"]


def test_extract_equals_the_context_features_token_by_token():
    from notecite.parse.training.synthetic import synthetic_notes

    notes = [(e.text, ()) for e in synthetic_notes(200, 12)]
    notes += [("Serge, “Trente Ans” (Paris), 5. Ibid. See his Memoirs, a.a.O., S. 5", [(7, 20)]), (".", ()), ("x", ())]
    for text, italic in notes:
        tokens = tokenize(text)
        ctx = F.Context(text, tokens, F._italic_flags(tokens, italic))
        expected = [list(F.word_features(t.text)) + [obs for feature in F.CONTEXT_FEATURES for obs in feature(ctx, i)]
                    for i, t in enumerate(tokens)]
        assert F.extract(text, tokens, italic) == expected


def test_a_context_feature_without_a_column_is_called_token_by_token(monkeypatch):
    def last_word(ctx, i):
        return ["lastword"] if i == len(ctx.tokens) - 1 else []

    monkeypatch.setattr(F, "CONTEXT_FEATURES", F.CONTEXT_FEATURES + [last_word])
    obs = F.extract("Serge, Memoirs", tokenize("Serge, Memoirs"))
    assert obs[-1][-1] == "lastword" and "lastword" not in obs[0]


def test_observations_are_extract_as_tuples_of_bytes_for_the_tagger():
    text = "Serge, “Trente Ans” (Paris), 5. Ibid. doi: 10.1000/xyz"
    tokens = tokenize(text)
    assert F.observations(text, tokens, [(7, 20)]) == [tuple(obs.encode() for obs in observed) for observed in F.extract(text, tokens, [(7, 20)])]
    assert F.observations("", []) == []


def test_a_chunk_is_the_run_of_non_space_text_its_token_lies_in():
    import re

    text = "(Paris: Gallimard, 1951), a.a.O.,  S. 5 doi: 10.1000/182."
    tokens = tokenize(text)
    _, ctx = _ctx(text)
    runs = [m.span() for m in re.finditer(r"\S+", text)]
    chunks = {}
    for first, last, chunk in F._chunks(ctx):
        for i in range(first, last):
            chunks[i] = chunk
    for i, token in enumerate(tokens):
        inside = [s for s, e in runs if s <= token.start < e or s < token.end <= e]
        expected = text[min(s for s, e in runs if s in inside):max(e for s, e in runs if s in inside)]
        assert chunks[i] == expected
    assert chunks[len(tokens) - 2] == "doi: 10.1000/182."  # a DOI holds a space: one chunk over two runs


def test_the_chunk_column_without_a_doi_follows_the_chunks():
    for text in ["(Paris: Gallimard, 1951), a.a.O.,  S. 5 ibid.", " Serge , op. cit., p. 3 ", "x", "“Ibid.” (a.a.O.)"]:
        tokens, ctx = _ctx(text)
        expected = [()] * len(tokens)
        for first, last, chunk in F._chunks(ctx):
            for i in range(first, last):
                expected[i] = F._chunk_observations(chunk)
        assert F._chunk_column(ctx) == expected
        assert any(expected) == ("ibid" in text or "a.a.O." in text or "op. cit" in text)


def test_position_states_are_the_fifths_with_first_and_last():
    for n in range(0, 40):
        ctx = F.Context("", [None] * n, [False] * n)
        expected = [5 * i // n + 5 * (i == 0) + 10 * (i == n - 1) for i in range(n)]
        assert F._position_states(ctx) == expected


def test_quote_and_paren_states_equal_their_token_by_token_definition():
    def quotes(tokens):  # left to right: an opening mark opens, a closing one (’ only glued) closes
        states, inside = [], False
        for i, tok in enumerate(tokens):
            t = tok.text
            if t in F._OPEN_QUOTES and not inside and (t != "‘" or i + 1 < len(tokens)):
                states.append(False)
                inside = True
            elif t in F._CLOSE_QUOTES and inside and (t in "”»\"" or tokens[i - 1].end == tok.start):
                states.append(False)
                inside = False
            else:
                states.append(inside)
        return states

    def parens(tokens):
        states, depth = [], 0
        for tok in tokens:
            if tok.text in "([)]":
                depth = depth + 1 if tok.text in "([" else max(0, depth - 1)
                states.append(False)
            else:
                states.append(depth > 0)
        return states

    for text in ["a “b ‘c’ d” e ‘f’ g’ “h (i [j) k] l) m ( n", "’x ‘", "‘", "x) (y “z", "«a» \"b\" „c“ ‚d‘ e", "(((a)) b) c] (d"]:
        tokens, ctx = _ctx(text)
        assert F._quote_states(ctx) == quotes(tokens)
        assert F._paren_states(ctx) == parens(tokens)


def test_shifted_reads_values_that_many_places_away_and_the_edge_past_the_ends():
    assert F.shifted([1, 2, 3], -2, 0) == [0, 0, 1]
    assert F.shifted([1, 2, 3], 1, 0) == [2, 3, 0]
    assert F.shifted([1, 2, 3], 0, 0) == [1, 2, 3]
    assert F.shifted([1], 2, 0) == [0] and F.shifted([1], -2, 0) == [0] and F.shifted([], 1, 0) == []


def test_neighbour_columns_observe_the_words_around_each_token():
    text = "Serge, Memoirs, 67"
    tokens = tokenize(text)
    columns = F._neighbour_columns(F.Context(text, tokens, [False] * len(tokens)))
    before = F.column_observations(columns[1])  # around-1
    assert before[0] == (b"-1:edge",) and before[1][0] == b"-1:w=serge"
