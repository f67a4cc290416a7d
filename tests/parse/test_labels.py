from notecite.parse.labels import open_run, prose_runs_of_spans, relabel_runs, tag_spans, token_starts, token_tags, trim
from notecite.parse.model import all_tags, split_label
from notecite.parse.tokenize import tokenize


def test_token_tags_bio_and_adjacent_same_label():
    text = "Serge, Memoirs; Trotsky, History"
    spans = [(0, 6, "author"), (7, 14, "title"), (16, 24, "author"), (25, 32, "title")]
    tokens = tokenize(text)
    tags = token_tags(tokens, spans)
    assert tags == ["B-author", "I-author", "B-title", "prose", "B-author", "I-author", "B-title"]
    runs = tag_spans(tokens, tags)
    assert [r[2] for r in runs] == ["author", "title", "author", "title"]


def test_b_tag_splits_runs_of_same_label():
    tokens = tokenize("Marx Engels")
    assert tag_spans(tokens, ["B-author", "B-author"]) == [(0, 1, "author"), (1, 2, "author")]
    assert tag_spans(tokens, ["B-author", "I-author"]) == [(0, 2, "author")]
    # tolerant decoding: I- after a different label starts a run
    assert tag_spans(tokens, ["B-title", "I-author"]) == [(0, 1, "title"), (1, 2, "author")]


def test_trim_keeps_abbreviation_periods_and_drops_separators():
    for raw, want in [("Memoirs of a Revolutionary, ", "Memoirs of a Revolutionary"),
                      ("(London & New York: ", "London & New York"), ("1987) ", "1987"),
                      ("M.E. Sharpe, Inc.)", "M.E. Sharpe, Inc."), ("“Trente Ans,”", "Trente Ans"),
                      ("67.", "67"), ("Ibid.", "Ibid."), ("Nov. 1947,", "Nov. 1947")]:
        s, e = trim(raw, 0, len(raw))
        assert raw[s:e] == want
    for raw, want in [("“Theses of the Left Communists (1918)”", "Theses of the Left Communists (1918)"),
                      ("Kritik (1932)), ", "Kritik (1932)"), ("1987) ", "1987")]:
        s, e = trim(raw, 0, len(raw), keep_inner_brackets=True)
        assert raw[s:e] == want


def test_tag_inventory():
    tags = all_tags()
    assert "B-author" in tags and "I-locator" in tags and "prose" in tags and "B-ibid" in tags
    assert split_label("B-container-title") == ("B", "container-title")
    assert split_label("prose") == ("O", "prose")


def test_relabel_makes_one_run():
    from notecite.parse.labels import relabel

    tags = ["prose"] * 5
    relabel(tags, 1, 4, "title")
    assert tags == ["prose", "B-title", "I-title", "I-title", "prose"]
    relabel(tags, 3, 5, "title", continues=True)
    assert tags[3:] == ["I-title", "I-title"]
    relabel(tags, 2, 2, "locator")  # an empty range changes nothing
    assert tags[2] == "I-title"


def test_force_label_relabels_overlapping_tokens_and_restarts_the_run_after():
    from notecite.parse.labels import force_label
    from notecite.parse.tokenize import tokenize

    text = "New International, July 1938"
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "I-title", "B-date", "I-date"]
    probs = [0.5] * 5
    force_label(tokens, tags, probs, 0, 3, "container-title")  # "New" only
    assert tags == ["B-container-title", "B-title", "I-title", "B-date", "I-date"]
    assert probs[0] == 1.0 and probs[1] == 0.5
    force_label(tokens, tags, probs, 0, 18, "prose")
    assert tags[:3] == ["prose"] * 3


def test_runs_and_tag_set_follow_a_list_changed_in_place():
    from notecite.parse.labels import tag_set

    tokens = tokenize("Marx Engels")
    tags = ["B-author", "I-author"]
    assert tag_spans(tokens, tags) == [(0, 2, "author")] and tag_set(tags) == {"B-author", "I-author"}
    tags[1] = "B-title"  # as a rule changes its copy after reading its runs
    assert tag_spans(tokens, tags) == [(0, 1, "author"), (1, 2, "title")]
    assert tag_set(tags) == {"B-author", "B-title"}
    assert tag_spans(tokens, ("B-author", "I-author")) == [(0, 2, "author")]  # a tuple of tags too


def test_token_starts_follow_the_tokens_asked_about():
    from notecite.parse.labels import token_starts

    first, second = tokenize("Marx, Capital"), tokenize("Ibid., 12")
    assert token_starts(first) == [0, 4, 6]
    assert token_starts(second) == [0, 4, 5, 7]
    assert token_starts(first) == [0, 4, 6]


def test_open_run_makes_a_continued_run_start_at_the_token():
    tags = ["B-locator", "I-title", "I-title", "prose"]
    open_run(tags, 1)
    assert tags == ["B-locator", "B-title", "I-title", "prose"]


def test_open_run_leaves_run_openings_prose_and_the_end_alone():
    tags = ["B-title", "prose", "I-title"]
    for i in (0, 1, 3):
        open_run(tags, i)
    assert tags == ["B-title", "prose", "I-title"]


def test_runs_and_the_next_pairs_only_runs_that_touch():
    from notecite.parse.labels import runs_and_the_next

    runs = [(0, 2, "author"), (2, 5, "title"), (6, 7, "locator")]  # prose at 5 between title and locator
    assert list(runs_and_the_next(runs)) == [((0, 2, "author"), (2, 5, "title"))]


def test_take_trailing_mark_joins_a_mark_the_taggers_run_held():
    from notecite.parse.labels import take_trailing_mark
    from notecite.parse.tokenize import tokenize
    tokens = tokenize("Trotsky, In Defence, 14")
    tags = ["B-author", "I-author", "B-title", "I-title", "I-container-title", "B-locator"]
    assert take_trailing_mark(tokens, tags, 4, "title") == 5 and tags[4] == "I-title"
    tags = ["B-author", "I-author", "B-title", "I-title", "prose", "B-locator"]
    assert take_trailing_mark(tokens, tags, 4, "title") == 4 and tags[4] == "prose"  # no run held it
    assert take_trailing_mark(tokens, tags, 6, "title") == 6  # past the end


def test_prose_runs_of_spans_and_relabel_runs():
    text = "later the author of Staline (1935)."
    tokens = tokenize(text)
    starts = token_starts(tokens)
    spans = [(text.index("Staline"), text.index(" ("), "title"), (text.index("("), text.index(".", 20), "date")]
    tags = ["prose"] * len(tokens)
    runs = prose_runs_of_spans(starts, tags, spans)
    assert runs is not None
    relabel_runs(tags, runs)
    assert [(tokens[k].text, tags[k]) for k in range(runs[0][0], runs[-1][1])] == \
        [("Staline", "B-title"), ("(", "B-date"), ("1935", "I-date"), (")", "I-date")]
    assert prose_runs_of_spans(starts, tags, spans) is None  # no longer prose: nothing to read


def test_matches_as_prose_makes_each_matchs_tokens_prose_and_opens_the_run_after():
    import re

    from notecite.parse.labels import matches_as_prose

    text = "See Appendix G. Smith, History."
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * 3 + ["I-title", "I-title", "I-title", "I-title"][:len(tokens) - 4]
    out = matches_as_prose(re.compile(r"See Appendix G\."), text, tokens, tags)
    assert out[:4] == ["prose"] * 4 and out[4] == "B-title"
    assert matches_as_prose(re.compile(r"Nowhere"), text, tokens, tags) is tags
