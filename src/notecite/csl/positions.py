"""Cite positions in a sequence of notes (CSL 1.0.2, "Position"), computed from note order.

:func:`assign_positions` takes the notes of a document in order, each a note number and the
cites it holds (item key and locator), and returns for every cite its position (``first``,
``subsequent``, ``ibid`` or ``ibid-with-locator``), whether it is ``near-note`` and the
number of the note that first cited its item (``first-reference-note-number``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

#: Keys under which a citeproc-py cite carries its computed Position and its note number.
POSITION_KEY = "notecite_position"
NOTE_KEY = "notecite_note"

FIRST, SUBSEQUENT, IBID, IBID_WITH_LOCATOR = "first", "subsequent", "ibid", "ibid-with-locator"


@dataclass(frozen=True)
class Position:
    """Where a cite stands: its position, near-note flag and first-reference note number."""

    position: str
    near_note: bool
    first_note: int | None

    def matches(self, test: str) -> bool:
        """The CSL ``position`` test: ibid-with-locator implies ibid; ibid and near-note imply subsequent."""
        if test == "first":
            return self.position == FIRST
        if test == "subsequent":
            return self.position != FIRST
        if test == "ibid":
            return self.position in (IBID, IBID_WITH_LOCATOR)
        if test == "ibid-with-locator":
            return self.position == IBID_WITH_LOCATOR
        if test == "near-note":
            return self.near_note
        return False


def _ibid_kind(locator: Any, previous_locator: Any) -> str:
    if locator is None:
        return IBID if previous_locator is None else SUBSEQUENT
    if previous_locator is None or previous_locator != locator:
        return IBID_WITH_LOCATOR
    return IBID


def assign_positions(notes: Sequence[tuple[int, Sequence[tuple[str, Any]]]],
                     near_note_distance: int = 5) -> list[list[Position]]:
    """Positions of every cite of ``notes`` = [(note_number, [(key, locator or None), ...]), ...].

    As citeproc-js: citations in the text (note number 0) and citations in notes are two
    separate sequences. A cite is ibid when it repeats the item of the cite just before it in
    the same citation; as first cite of its citation, when the previous citation is in the same
    note and ended with that item, or is in the note just before, held that note's only cite
    and cited that item. It is near-note when the item was cited in a note at most
    ``near_note_distance`` notes back.
    """
    out: list[list[Position]] = [[] for _ in notes]
    for in_text in (True, False):
        sequence = [(n, number, cites) for n, (number, cites) in enumerate(notes) if (number == 0) == in_text]
        for n, row in zip((n for n, _, _ in sequence), _sequence_positions([(num, c) for _, num, c in sequence],
                                                                            near_note_distance)):
            out[n] = row
    return out


def _sequence_positions(notes: Sequence[tuple[int, Sequence[tuple[str, Any]]]],
                        near_note_distance: int) -> list[list[Position]]:
    first_note: dict[str, int] = {}
    last_note: dict[str, int] = {}
    cites_in_note: dict[int, int] = {}
    out: list[list[Position]] = []
    for i, (number, cites) in enumerate(notes):
        cites_in_note[number] = cites_in_note.get(number, 0) + len(cites)
        previous_number, previous = notes[i - 1] if i else (None, ())
        row = []
        for j, (key, locator) in enumerate(cites):
            if key not in first_note:
                position = FIRST
            elif j > 0 and cites[j - 1][0] == key:
                position = _ibid_kind(locator, cites[j - 1][1])
            elif j == 0 and previous and previous_number == number and previous[-1][0] == key:
                position = _ibid_kind(locator, previous[0][1])  # citeproc-js compares with the first cite
            elif (j == 0 and previous and previous_number != number and previous[0][0] == key
                  and previous_number is not None and previous_number >= number - 1
                  and cites_in_note.get(previous_number) == 1):
                position = _ibid_kind(locator, previous[0][1])
            else:
                position = SUBSEQUENT
            near = key in last_note and 0 <= number - last_note[key] <= near_note_distance
            row.append(Position(position, near, first_note.get(key)))
            first_note.setdefault(key, number)
            last_note[key] = number
        out.append(row)
    return out
