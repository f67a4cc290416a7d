from notecite.normalize.base import Draft
from notecite.normalize.notes import Leftovers, Notes


def test_notes_and_leftovers():
    draft = Draft(fields=[("note", "a retrospective Serge wrote,"), ("prose", "See"), ("ibid", "Ibid."), ("shelfmark", "F7/13")])
    Notes()(draft)
    Leftovers()(draft)
    assert draft.record["note"] == "a retrospective Serge wrote; shelfmark: F7/13"
    assert draft.facts["prose"] == ["See"]
    assert draft.fields == []


def test_words_that_only_point_to_the_url_are_prose_not_a_note():
    from notecite.normalize import normalize_fields

    fields = [("title", "What Is to Be Done?"), ("note", "available online at"), ("url", "<http://example.org/witbd/>")]
    normalized = normalize_fields(fields, kind="full")
    assert "note" not in normalized.record and normalized.record["URL"] == "http://example.org/witbd/"
    kept = normalize_fields([("title", "What Is to Be Done?"), ("note", "available online at")], kind="full")
    assert kept.record["note"] == "available online at"  # no URL: nothing to point to, the words stay
