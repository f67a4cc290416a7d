"""A source given after a quotation and a dash is tagged as a note of its own (parse.dashed_sources)."""
from notecite.parse import parse_note


def _titles_and_pinpoints(text):
    return [(dict(c.fields).get("title"), c.locator) for c in parse_note(text)]


def test_a_quoted_title_and_its_page_after_a_quotation_and_a_plain_text_dash_are_a_cite():
    text = ('No merchant ever grew so rich so quickly, nor with so little regard for his neighbours."'
            '--"Lords of the Harbour":212. Other writers agree.')
    assert _titles_and_pinpoints(text) == [("Lords of the Harbour", "212")]


def test_a_note_without_a_dash_before_a_source_is_left_as_it_was():
    text = "No merchant ever grew so rich so quickly, nor with so little regard for his neighbours."
    assert parse_note(text) == []


def test_a_family_name_and_a_roman_volume_glued_to_its_pages_after_a_dash_are_a_short_form():
    cites = parse_note('they returned with more numbers and a voracious appetite."--Okafor, ii:447-448.')
    assert [(dict(c.fields).get("author"), c.locator) for c in cites] == [("Okafor", "ii:447-448")]
    assert [(dict(c.fields).get("author"), c.locator) for c in parse_note("Okafor, ii:447-448.")] == \
        [("Okafor", "ii:447-448")]


def test_a_field_run_carried_over_the_dash_into_the_source_counts_as_none_of_its_own():
    from notecite.parse.dashed_sources import _carried_over_the_dash
    # appetite . " - - | Okafor , ii : 447   (the part after the dash starts at index 5)
    tags = ["prose", "prose", "prose", "I-container-title", "I-container-title", "I-container-title",
            "I-container-title", "B-volume", "I-volume", "B-pages"]
    assert _carried_over_the_dash(tags, range(5, 10)) == {5, 6}
    assert _carried_over_the_dash(["prose"] * 5 + ["I-title"] * 2, range(5, 7)) == set()
    assert _carried_over_the_dash(["B-title"] * 5 + ["B-author", "I-author"], range(5, 7)) == set()
