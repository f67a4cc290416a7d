"""positions + fix_positions: first/subsequent/ibid/ibid-with-locator/near-note from note numbers."""
from __future__ import annotations

import pytest

from notecite.csl.corrections import without
from notecite.csl import fix_positions
from notecite.csl.positions import assign_positions
from notecite.csl.render import render_notes

RECORDS = [{"id": "a", "type": "book", "title": "A"}, {"id": "b", "type": "book", "title": "B"}]


def test_assign_positions():
    notes = [(1, [("a", None)]), (2, [("a", None)]), (3, [("a", "5")]), (4, [("a", None)]), (5, [("b", None), ("b", None)]),
             (9, [("a", None)])]
    got = [[p.position for p in row] for row in assign_positions(notes, near_note_distance=2)]
    assert got == [["first"], ["ibid"], ["ibid-with-locator"], ["subsequent"], ["first", "ibid"], ["subsequent"]]
    rows = assign_positions(notes, near_note_distance=2)
    assert rows[3][0].near_note and not rows[5][0].near_note and rows[5][0].first_note == 1


def test_note_sequence(data_dir):
    notes = [[{"id": "a"}], [{"id": "a"}], [{"id": "a", "locator": "5"}], [{"id": "b"}], [{"id": "a"}],
             [{"id": "b"}, {"id": "a"}], [{"id": "a"}]]
    out = render_notes(RECORDS, data_dir / "positions.csl", notes, note_numbers=[1, 2, 3, 4, 5, 6, 12])
    assert out == ["FIRST A", "IB", "IBL 5", "FIRST B", "NEAR A n1", "NEAR B n4; NEAR A n1", "SUB A n1"]


def test_cites_keep_their_order(data_dir):
    assert render_notes(RECORDS, data_dir / "positions.csl", [[{"id": "b"}, {"id": "a"}]]) == ["FIRST B; FIRST A"]


def test_citeproc_py_alone_crashes_on_near_note(data_dir):
    from notecite.csl.render import RenderError

    notes = [[{"id": "a"}], [{"id": "b"}], [{"id": "a"}]]
    with pytest.raises(RenderError) as info:
        render_notes(RECORDS, data_dir / "positions.csl", notes, corrections=without(fix_positions))
    assert isinstance(info.value.__cause__, KeyError)


def test_citeproc_py_alone_reorders_cites(data_dir):
    from notecite.csl import fix_cite_order

    notes = [[{"id": "a"}], [{"id": "b"}, {"id": "a"}]]
    assert render_notes(RECORDS, data_dir / "positions.csl", notes)[1] == "FIRST B; NEAR A n1"
    out = render_notes(RECORDS, data_dir / "positions.csl", notes, corrections=without(fix_cite_order))
    assert out[1].endswith("FIRST B")


def test_ibid_needs_the_previous_note_to_hold_one_cite_and_be_the_note_before():
    # note 1 holds two citations (a, then b): b in note 2 is not ibid; b again in note 3 is
    notes = [(1, [("a", None)]), (1, [("b", None)]), (2, [("b", None)]), (3, [("b", None)]), (5, [("b", None)])]
    got = [[p.position for p in row] for row in assign_positions(notes)]
    assert got == [["first"], ["first"], ["subsequent"], ["ibid"], ["subsequent"]]


def test_citations_in_the_text_are_a_sequence_of_their_own():
    # note number 0: in the text. The in-text "a" follows the in-text "a" (the footnote between
    # does not count), as citeproc-js sees it
    notes = [(0, [("a", None)]), (1, [("b", None)]), (0, [("a", None)]), (2, [("a", None)])]
    got = [[p.position for p in row] for row in assign_positions(notes)]
    assert got == [["first"], ["first"], ["ibid"], ["first"]]
