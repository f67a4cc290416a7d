"""A source given after a quotation and a dash is tagged as a note of its own (parse.dashed_sources_tagged_alone)."""
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
