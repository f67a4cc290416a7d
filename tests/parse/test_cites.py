"""Cite assembly from given tags (no model involved)."""
from notecite.parse.cites import apply_rules, assemble, group_fields, rule_ibid_vocabulary
from notecite.parse.labels import token_tags
from notecite.parse.tokenize import tokenize


def _assemble(text, spans):
    tokens = tokenize(text)
    tags = token_tags(tokens, spans)
    return assemble(text, tokens, apply_rules(text, tokens, tags), [1.0] * len(tokens))


def _spans(text, pairs):
    out, pos = [], 0
    for piece, label in pairs:
        start = text.index(piece, pos)
        out.append((start, start + len(piece), label))
        pos = start + len(piece)
    return out


def test_full_cite_fields_locator_and_prefix():
    text = "See Victor Serge, Memoirs of a Revolutionary, (London & New York: Writers & Readers, 1987) 67."
    spans = _spans(text, [("Victor Serge,", "author"), ("Memoirs of a Revolutionary,", "title"),
                          ("(London & New York:", "location"), ("Writers & Readers,", "publisher"),
                          ("1987)", "date"), ("67.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.kind == "full"
    assert cite.fields == [("author", "Victor Serge"), ("title", "Memoirs of a Revolutionary"),
                           ("location", "London & New York"), ("publisher", "Writers & Readers"),
                           ("date", "1987"), ("locator", "67")]
    assert cite.locator == "67" and cite.prefix == "See"
    assert text[cite.start:cite.end] == "Victor Serge, Memoirs of a Revolutionary, (London & New York: Writers & Readers, 1987) 67"


def test_two_short_cites_split_on_repeated_label_and_suffix():
    text = "Smith, Things, 12, quoted in Jones, Other Things, pp. 4-5."
    spans = _spans(text, [("Smith,", "author"), ("Things,", "title"), ("12", "locator"), ("Jones,", "author"),
                          ("Other Things,", "title"), ("pp. 4-5.", "locator")])
    a, b = _assemble(text, spans)
    assert (a.kind, b.kind) == ("short", "short")
    assert a.suffix == "quoted in" and b.prefix == ""
    assert a.locator == "12" and b.locator == "4-5"


def test_adjacent_cites_without_prose_split_after_locator():
    text = "Smith, Things, 177. Other Book, 105-7."
    spans = _spans(text, [("Smith,", "author"), ("Things,", "title"), ("177.", "locator"),
                          ("Other Book,", "title"), ("105-7.", "locator")])
    cites = _assemble(text, spans)
    assert [c.get("title") for c in cites] == ["Things", "Other Book"]


def test_ibid_rule_and_kind():
    for text in ["Ibid., 45.", "Ebd., S. 45.", "a.a.O., S. 3", "Op. cit., p. 5"]:
        tokens = tokenize(text)
        tags = rule_ibid_vocabulary(text, tokens, ["prose"] * len(tokens))
        assert tags[0] == "B-ibid"
    text = "Ibid., 45."
    [cite] = _assemble(text, _spans(text, [("45.", "locator")]))
    assert cite.kind == "ibid" and cite.locator == "45" and cite.get("ibid") == "Ibid."


def test_mention_in_prose():
    text = "According to the Memoirs (63-66) and Birth of Our Power (199-208), they studied it."
    spans = _spans(text, [("Memoirs", "title"), ("(63-66)", "locator"), ("Birth of Our Power", "title"),
                          ("(199-208)", "locator")])
    cites = _assemble(text, spans)
    assert [c.kind for c in cites] == ["mention", "mention"]
    assert [c.locator for c in cites] == ["63-66", "199-208"]
    assert cites[0].prefix == "According to the"


def test_cite_without_anchor_field_is_dropped():
    text = "In 1921 Serge wrote this."
    assert _assemble(text, _spans(text, [("Serge", "author")])) == []


def test_group_fields_prose_gap_splits():
    text = "Memoirs and Birth"
    tokens = tokenize(text)
    groups = group_fields(text, tokens, ["B-title", "prose", "B-title"])
    assert len(groups) == 2


def test_locator_grammar_rule():
    from notecite.parse.cites import rule_locator_grammar
    for text, keep in [("177. 0 Morali", 2), ("18, 276n.", 4), ("p. 45 n. 3", 6), ("57-8", 3), ("xiv", 1),
                       ("S. 12 f.", 5), ("(63-66)", 5), ("a retrospective", 0)]:
        tokens = tokenize(text)
        tags = ["B-locator"] + ["I-locator"] * (len(tokens) - 1)
        out = rule_locator_grammar(text, tokens, tags)
        assert sum(t != "prose" for t in out) == keep, (text, out)


def test_container_title_loses_leading_in():
    text = "See “Trente Ans” in La Revue, Nov. 1947."
    spans = _spans(text, [("“Trente Ans”", "title"), ("in La Revue,", "container-title"), ("Nov. 1947.", "date")])
    [cite] = _assemble(text, spans)
    assert cite.get("container-title") == "La Revue" and cite.get("title") == "Trente Ans"
    assert cite.kind == "full" and cite.get("date") == "Nov. 1947"


def test_sentence_tagged_as_title_is_dropped_but_real_title_kept():
    text = "Testing the limits, I have recently written to the agencies to recover these manuscripts."
    assert _assemble(text, [(0, len(text) - 1, "title")]) == []
    text = "His novel What Is to Be Done about the Workers was banned."
    [cite] = _assemble(text, _spans(text, [("What Is to Be Done about the Workers", "title")]))
    assert cite.kind == "mention"


def test_pages_of_a_book_cite_are_its_pinpoint():
    text = "A. Writer, Book (Paris, 1940), 57-8."
    spans = _spans(text, [("A. Writer,", "author"), ("Book", "title"), ("(Paris,", "location"), ("1940),", "date"),
                          ("57-8.", "pages")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "57-8" and cite.get("pages") is None
    text = "A. Writer, “Art,” Review 3 (1940): 57-80."
    spans = _spans(text, [("A. Writer,", "author"), ("“Art,”", "title"), ("Review", "container-title"),
                          ("3", "volume"), ("(1940):", "date"), ("57-80.", "pages")])
    [cite] = _assemble(text, spans)
    assert cite.get("pages") == "57-80" and cite.locator is None


def test_inverted_name_with_locator_read_as_short_form():
    text = "Marsh, Weavers, 150-52."
    [cite] = _assemble(text, _spans(text, [("Marsh, Weavers,", "author"), ("150-52.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.get("title"), cite.locator) == ("short", "Marsh", "Weavers", "150-52")
    text = "Marsh, Eleanor, 150."
    assert _assemble(text, _spans(text, [("Marsh, Eleanor,", "author"), ("150.", "locator")])) == []


def test_italic_span_turns_name_labels_into_a_title():
    from notecite.parse.cites import rule_italic_titles
    text = "Frölich, Rosa Luxemburg, 88-9."
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author", "I-author", "I-author", "B-locator", "I-locator", "I-locator",
            "I-locator"]
    out = rule_italic_titles(text, tokens, tags, [(9, 23)])
    assert out[:6] == ["B-author", "I-author", "B-title", "I-title", "I-title", "B-locator"]
    assert rule_italic_titles(text, tokens, tags, []) == tags


def test_symbol_glued_inside_a_word_does_not_cut_the_field():
    from notecite.parse.cites import rule_glued_symbols

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


def test_a_name_in_natural_order_does_not_end_on_an_initial():
    from notecite.parse.cites import rule_name_ends_on_surname

    text = "Wendy Z. Goldman, Women, the State"
    tokens = tokenize(text)
    assert [t.text for t in tokens][:5] == ["Wendy", "Z", ".", "Goldman", ","]
    tags = ["B-author", "I-author", "B-title", "I-title", "I-title", "I-title", "I-title", "I-title", "I-title"]
    assert rule_name_ends_on_surname(text, tokens, tags) == ["B-author"] + ["I-author"] * 4 + ["B-title"] + ["I-title"] * 3
    # an inverted name ends on its initial: "Smith, J. Memoirs, 12" is left alone
    text = "Smith, J. Memoirs, 12"
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author", "B-title", "I-title", "I-title", "B-locator"]
    assert rule_name_ends_on_surname(text, tokens, tags) == tags


def test_a_title_before_a_colon_is_not_a_second_name():
    from notecite.parse.cites import rule_colon_ends_a_title_not_a_name

    text = "Barbara Evans Clements, Bolshevik Feminist: The Life"
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * 6 + ["B-title", "I-title"]
    assert rule_colon_ends_a_title_not_a_name(text, tokens, tags) == \
        ["B-author", "I-author", "I-author", "I-author", "B-title"] + ["I-title"] * 4
    # "Weber, Max: Title" (an inverted name before a colon) and "A B, C and D E:" are left alone
    for text in ("Weber, Max: Wirtschaft und", "Karl Marx, Friedrich Engels and Others: Werke und"):
        tokens = tokenize(text)
        tags = ["B-author"] + ["I-author"] * (len(tokens) - 3) + ["B-title", "I-title"]
        assert rule_colon_ends_a_title_not_a_name(text, tokens, tags) == tags


def test_years_before_the_imprint_end_the_title():
    from notecite.parse.cites import rule_years_that_end_a_title

    text = "Socialism in One Country, 1924-1926 (London: Macmillan, 1958), 260."
    tokens = tokenize(text)
    assert [t.text for t in tokens][4:8] == [",", "1924", "-", "1926"]
    tags = (["B-title", "I-title", "I-title", "I-title", "I-title", "B-date", "I-date", "I-date", "B-location",
             "I-location", "I-location", "B-publisher", "I-publisher", "B-date", "I-date", "I-date", "B-locator",
             "I-locator"])
    out = rule_years_that_end_a_title(text, tokens, tags)
    assert out[5:8] == ["I-title"] * 3 and out[8:] == tags[8:]
    # without a later imprint date the years stay the date
    text = "The Russian Revolution, 1917-1921, 45."
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "I-title", "I-title", "B-date", "I-date", "I-date", "I-date", "B-locator", "I-locator"]
    assert rule_years_that_end_a_title(text, tokens, tags) == tags


def test_volume_and_page_after_a_title_are_the_pinpoint():
    from notecite.parse.cites import rule_volume_page_pinpoint

    text = "Carr, Socialism in One Country, 1:270; Cohen"
    tokens = tokenize(text)
    tags = ["B-author", "I-author"] + ["B-title"] + ["I-title"] * 7 + ["prose", "B-author"]
    out = rule_volume_page_pinpoint(text, tokens, tags)
    assert [t.text for t, g in zip(tokens, out) if g.endswith("locator")] == ["1", ":", "270"]
    assert out[:7] == tags[:7] and out[-2:] == tags[-2:]
    text = "Ten Days, 1917: A Chronicle"  # a year and a colon inside a title are not a pinpoint
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * (len(tokens) - 1)
    assert rule_volume_page_pinpoint(text, tokens, tags) == tags


def test_name_runs_stop_at_semicolons_joining_words_and_numbers():
    from notecite.parse.cites import rule_name_runs

    text = "Nettl, Rosa Luxemburg, 400; and Rosa Luxemburg, The Accumulation"
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-title", "I-title", "I-title"] + ["I-author"] * 6 + ["B-title", "I-title"]
    out = rule_name_runs(text, tokens, tags)
    assert list(zip([t.text for t in tokens], out))[5:] == [
        ("400", "B-locator"), (";", "prose"), ("and", "prose"), ("Rosa", "B-author"), ("Luxemburg", "I-author"),
        (",", "I-author"), ("The", "B-title"), ("Accumulation", "I-title")]
    text = "de Gaulle, Memoires"  # a particle is not a joining word
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author", "B-title"]
    assert rule_name_runs(text, tokens, tags) == tags


def test_a_name_after_a_citing_cue_and_before_a_title_is_its_author():
    from notecite.parse.cites import rule_name_before_a_title

    text = "Morali, 105-7, quoted in Donald Filtzer, Soviet Workers"
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "B-locator", "I-locator", "I-locator", "prose", "prose", "prose", "prose", "prose",
            "prose", "B-title", "I-title"]
    out = rule_name_before_a_title(text, tokens, tags)
    assert out[8:11] == ["B-author", "I-author", "I-author"] and out[:8] == tags[:8]
    # capitalised prose that is not a name, or has no cue before it, stays prose
    for text in ("quoted in Central Committee, Soviet Workers", "They met Donald Filtzer, Soviet Workers"):
        tokens = tokenize(text)
        tags = ["prose"] * (len(tokens) - 2) + ["B-title", "I-title"]
        assert rule_name_before_a_title(text, tokens, tags) == tags


def test_a_container_opening_with_and_is_a_second_work():
    from notecite.parse.cites import rule_no_field_opens_with_and

    text = "‘Trente Ans;” and New International, July 1938"
    tokens = tokenize(text)
    labels = [t.text for t in tokens]
    assert labels[5:8] == ["and", "New", "International"]
    tags = ["B-title", "I-title", "I-title", "I-title", "I-title", "B-container-title", "I-container-title",
            "I-container-title", "I-container-title", "B-date", "I-date"]
    out = rule_no_field_opens_with_and(text, tokens, tags)
    assert out[5:9] == ["prose", "B-title", "I-title", "I-title"] and out[9:] == tags[9:]


def test_two_titles_joined_by_and():
    from notecite.parse.cites import rule_two_titles_joined_by_and

    text = "Victor Serge, Destiny of a Revolution, and From Lenin to Stalin."
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author"] + ["B-title"] + ["I-title"] * (len(tokens) - 4)
    out = rule_two_titles_joined_by_and(text, tokens, tags)
    words = [t.text for t in tokens]
    assert out[words.index("and")] == "prose" and out[words.index("From")] == "B-title"
    text = "Bolshevism, the Woman Question, and Aleksandra Kollontai"  # a list inside one title
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * (len(tokens) - 1)
    assert rule_two_titles_joined_by_and(text, tokens, tags) == tags


def _labelled(text, tags):
    tokens = tokenize(text)
    return tokens, tags + ["prose"] * (len(tokens) - len(tags))


def test_capitalised_words_before_a_parenthesised_pinpoint_are_a_title():
    from notecite.parse.cites import rule_title_before_a_parenthesised_pinpoint

    text = "According to the Memoirs (63-66) they wrote."
    tokens, tags = _labelled(text, ["prose"] * 5 + ["B-locator", "I-locator", "I-locator", "I-locator"])
    out = rule_title_before_a_parenthesised_pinpoint(text, tokens, tags)
    assert out[3] == "B-title" and out[:3] == ["prose"] * 3
    text = "Later (63-66) they wrote."  # a capitalised word opening the note is not a title
    tokens, tags = _labelled(text, ["prose"] * 2 + ["B-locator", "I-locator", "I-locator", "I-locator"])
    assert rule_title_before_a_parenthesised_pinpoint(text, tokens, tags) == tags


def test_capitalised_words_after_a_work_noun_are_a_title():
    from notecite.parse.cites import rule_title_after_a_work_noun

    text = "the second part of his trilogy, Vers L’Autre Flamme. He used"
    tokens = tokenize(text)
    tags = ["prose"] * 7 + ["B-author", "I-author", "I-author"] + ["prose"] * 3
    out = rule_title_after_a_work_noun(text, tokens, tags)
    assert out[7:10] == ["B-title", "I-title", "I-title"] and out[10:] == ["prose"] * 3
    text = "in the novel Conquered City of Lenin and"
    tokens = tokenize(text)
    tags = ["prose"] * len(tokens)
    out = rule_title_after_a_work_noun(text, tokens, tags)
    assert [t.text for t, g in zip(tokens, out) if g != "prose"] == ["Conquered", "City", "of", "Lenin"]


def test_lower_case_words_after_the_last_comma_of_a_title_case_title_are_prose():
    from notecite.parse.cites import rule_title_case_tail

    text = "Mid&night in the Century, superbly translated"
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * 7 + ["B-translator"]
    out = rule_title_case_tail(text, tokens, tags)
    assert out[:6] == ["B-title"] + ["I-title"] * 5 and out[6:8] == ["prose", "prose"]
    text = "Izbrannye proizvedeniia, tom vtoroi"  # sentence case: no telling, left alone
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * (len(tokens) - 1)
    assert rule_title_case_tail(text, tokens, tags) == tags


def test_an_imprint_after_publishing_prose_joins_the_titled_cite():
    from notecite.parse.cites import group_fields

    text = "“Theses” translated and published as a pamphlet by Critique (Glasgow, 1977)."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    tags = ["prose"] * len(tokens)
    tags[0:3] = ["B-title", "I-title", "I-title"]
    c = words.index("Critique")
    tags[c:c + 7] = ["B-publisher", "B-location", "I-location", "I-location", "B-date", "I-date", "I-date"]
    assert [[label for *_, label in group] for group in group_fields(text, tokens, tags)] == \
        [["title", "publisher", "location", "date"]]
    tags[3] = "prose"
    text2 = text.replace("translated and published as", "was read out as")
    tokens2 = tokenize(text2)
    assert len(group_fields(text2, tokens2, tags)) == 2


def test_a_container_right_after_the_author_is_the_title():
    from notecite.parse.cites import rule_container_after_a_name_is_the_title

    text = "E. Preobrazhensky, The New Economics, trans. Brian Pearce"
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author", "I-author", "B-container-title", "I-container-title",
            "I-container-title", "I-container-title", "B-translator", "I-translator", "I-translator", "I-translator"]
    out = rule_container_after_a_name_is_the_title(text, tokens, tags)
    assert out[4:8] == ["B-title", "I-title", "I-title", "I-title"] and out[8:] == tags[8:]
    text = "Serge, “Title,” La Revolution"  # after a title the container stays
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-title", "I-title", "I-title", "I-title", "B-container-title", "I-container-title"]
    assert rule_container_after_a_name_is_the_title(text, tokens, tags) == tags


def test_a_title_starts_where_its_italics_start():
    from notecite.parse.cites import rule_title_starts_at_its_italics

    text = "see also his Arcane 17 (New York"
    tokens = tokenize(text)
    tags = ["prose", "prose", "B-title", "I-title", "I-title", "B-location", "I-location", "I-location"]
    out = rule_title_starts_at_its_italics(text, tokens, tags, [(13, 22)])
    assert out[:5] == ["prose", "prose", "prose", "B-title", "I-title"]
    assert rule_title_starts_at_its_italics(text, tokens, tags, []) == tags


def test_a_note_between_a_title_and_a_date_is_the_periodical():
    from notecite.parse.cites import rule_periodical_after_a_title

    text = "“The Kronstadt Myth,” The Nation, 12 March 1938"
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * 5 + ["B-note", "I-note", "I-note", "B-date", "I-date", "I-date"]
    out = rule_periodical_after_a_title(text, tokens, tags)
    assert out[6:9] == ["B-container-title", "I-container-title", "I-container-title"] and out[9:] == tags[9:]
    tags[9:] = ["prose"] * 3  # no date after it: left alone
    assert rule_periodical_after_a_title(text, tokens, tags) == tags
