from notecite.normalize.base import Draft
from notecite.normalize.notes import Leftovers, Notes


def test_notes_and_leftovers():
    draft = Draft(fields=[("note", "a retrospective Serge wrote,"), ("prose", "See"), ("ibid", "Ibid."), ("shelfmark", "F7/13")])
    Notes()(draft)
    Leftovers()(draft)
    assert draft.record["note"] == "a retrospective Serge wrote; shelfmark: F7/13"
    assert draft.facts["prose"] == ["See"]
    assert draft.fields == []
