"""fix_note_fields: ``key: value`` lines at the start of a note are read as CSL variables."""
from __future__ import annotations

from notecite.csl import fix_note_fields
from notecite.csl.corrections import without
from notecite.csl.fix_note_fields import read_fields
from notecite.csl.render import render_bibliography


def test_read_fields():
    record = {"id": "a", "type": "book", "title": "T",
              "note": "original-date: 1850\ncontainer-author: Doe || Jane\nevent-date: 2004-10-01/2004-10-14\nFree text: kept"}
    out = read_fields(record)
    assert out["original-date"] == "1850" and out["event-date"] == "2004-10-01/2004-10-14"
    assert out["container-author"] == [{"family": "Doe", "given": "Jane"}]
    assert out["note"] == "Free text: kept" and record["note"].startswith("original-date")  # the record is copied
    assert read_fields({"id": "b", "title": "T", "note": "title: Other\ntype: report"}) == {
        "id": "b", "title": "T", "type": "report", "note": "title: Other"}  # a variable the record has stays in the note
    assert read_fields({"id": "c", "note": "A note.\nsee: this"}) == {"id": "c", "note": "A note."}  # as citeproc-js
    assert read_fields({"id": "d", "note": "A note.\nMore.\npage: 5"}) == {"id": "d", "note": "A note.\nMore.\npage: 5"}


def test_original_date_from_the_note_is_printed():
    record = [{"id": "a", "type": "book", "title": "Capital", "author": [{"family": "Marx", "given": "Karl"}],
               "issued": {"date-parts": [[1990]]}, "note": "original-date: 1867"}]
    assert "(1867) 1990" in render_bibliography(record, "chicago-author-date")[0]
    assert "1867" not in render_bibliography(record, "chicago-author-date", corrections=without(fix_note_fields))[0]
