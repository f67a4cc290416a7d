from notecite.parse.training.csl_render import csl_notes, unwrap, _wrap
from notecite.parse.training.synthetic import pieces_to_example, synthetic_notes


def test_pieces_attach_separators_closers_left_openers_right():
    example = pieces_to_example([("See ", "prose"), ("A. Writer", "author"), (", ", "sep"), ("Title", "title"),
                                 (" (", "sep"), ("Paris", "location"), (": ", "sep"), ("Maspero", "publisher"),
                                 (", ", "sep"), ("1970", "date"), (")", "sep"), (", ", "sep"), ("5", "locator")],
                                "t")
    got = [(example.text[s:e], l) for s, e, l in example.spans]
    assert got == [("A. Writer,", "author"), ("Title", "title"), ("(Paris:", "location"),
                   ("Maspero,", "publisher"), ("1970)", "date"), ("5", "locator")]


def test_synthetic_notes_are_deterministic_and_labelled():
    a = synthetic_notes(50, 7)
    b = synthetic_notes(50, 7)
    assert a == b
    assert synthetic_notes(50, 8) != a
    labels = {l for e in a for *_, l in e.spans}
    assert {"author", "title", "locator"} <= labels
    assert any(not e.spans for e in synthetic_notes(200, 7))  # pure prose notes exist


def test_unwrap_sentinels_and_find_dates():
    rendered = _wrap("author", "A. Writer") + ", " + _wrap("title", "Title") + " (Paris, 1970), " + \
        _wrap("locator", "5") + "."
    example = unwrap(rendered)
    assert example.text == "A. Writer, Title (Paris, 1970), 5."
    labels = {l: example.text[s:e] for s, e, l in example.spans}
    assert labels["date"].startswith("1970") and labels["title"].startswith("Title")


def test_csl_notes_render_through_citeproc():
    notes = csl_notes(12, 3)
    assert notes and all(e.spans for e in notes)
    # (not every style each time: another area's tests may leave citeproc-py patched in the same process)
    assert len({e.source.split(":")[1] for e in notes}) >= 3


def test_italic_spans_for_unquoted_titles_only():
    example = pieces_to_example([("A. Writer", "author"), (", ", "sep"), ("Book", "title"), (", “", "sep"),
                                 ("Article", "title"), ("”", "sep")], "t", frozenset({"title"}))
    assert [example.text[s:e] for s, e in example.italic] == ["Book"]


def test_quoted_article_in_periodical_with_prose_tail():
    import random

    from notecite.parse.training.synthetic import article_in_container

    rng = random.Random(5)
    for _ in range(30):
        example = pieces_to_example(article_in_container(rng), "t")
        labels = [l for *_, l in example.spans]
        assert labels == ["title", "container-title", "date"], example.text
        title = next(example.text[s:e] for s, e, l in example.spans if l == "title")
        assert title[0] in "“‘«\""  # the opening quote joins the title
        last_field_end = max(e for _, e, _ in example.spans)
        tail = example.text[last_field_end:]
        assert (tail == "" and example.text.endswith(".")) or (tail.startswith(" ") and len(tail.split()) > 3)


def test_imprint_inside_prose_ends_the_note():
    import random

    from notecite.parse.training.synthetic import imprint_in_prose, make_record

    rng = random.Random(6)
    for _ in range(30):
        example = pieces_to_example(imprint_in_prose(make_record(rng), rng), "t")
        labels = [l for *_, l in example.spans]
        assert labels in (["publisher", "date"], ["publisher", "location", "date"]), example.text
        first = min(s for s, _, _ in example.spans)
        assert len(example.text[:first].split()) >= 4  # the prose before the imprint stays prose
