"""Long documents (issue 15): a 5,000-note document keeps every note number.

Correctness only (not timed); before the fix, notes from 1000 on were run into note 999.
"""
from __future__ import annotations

import pytest

from notecite.document import read_document

COUNT = 5000


def _note(number: int) -> str:
    return f"Victor Serge, Memoirs of a Revolutionary (London: Writers & Readers, 1987), {number % 400 + 1}."


@pytest.mark.parametrize("marker", ["[{}]", "{}"], ids=["bracket-markers", "glued-markers"])
def test_plain_text_with_5000_notes_keeps_every_number(tmp_path, marker):
    body = "\n\n".join(f"Sentence {n} makes a claim about the revolution.{marker.format(n)}" for n in range(1, COUNT + 1))
    notes = "\n".join(f"{n}. {_note(n)}" for n in range(1, COUNT + 1))
    path = tmp_path / "long.txt"
    path.write_text(f"{body}\n\nNotes\n\n{notes}\n", encoding="utf-8")
    document = read_document(path)
    assert [note.number for note in document.notes] == list(range(1, COUNT + 1))
    assert [marker.number for marker in document.markers] == list(range(1, COUNT + 1))
    assert all(note.text == _note(note.number) for note in document.notes)
    assert document.warnings == []


def test_run_together_notes_past_999_are_split_with_their_numbers(tmp_path):
    """Notes 1000 and 3000 lost their line break: each is split back out of the note before it."""
    body = "\n\n".join(f"Claim {n}.[{n}]" for n in range(1, COUNT + 1))
    lines = [f"{n}. {_note(n)}" for n in range(1, COUNT + 1)]
    for joined in (3000, 1000):
        lines[joined - 2] += " " + lines.pop(joined - 1)
    path = tmp_path / "long.txt"
    path.write_text(f"{body}\n\nNotes\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    document = read_document(path)
    assert [note.number for note in document.notes] == list(range(1, COUNT + 1))
    assert document.notes[999].text == _note(1000) and document.notes[2999].text == _note(3000)
    assert sum("run together" in w for w in document.warnings) == 2


def test_markdown_with_5000_footnotes_keeps_every_number(tmp_path):
    body = "\n\n".join(f"Sentence {n} about the revolution.[^{n}]" for n in range(1, COUNT + 1))
    notes = "\n".join(f"[^{n}]: {_note(n)}" for n in range(1, COUNT + 1))
    path = tmp_path / "long.md"
    path.write_text(f"{body}\n\n{notes}\n", encoding="utf-8")
    document = read_document(path)
    assert [note.number for note in document.notes] == list(range(1, COUNT + 1))
    assert all(note.text == _note(note.number) for note in document.notes)
    body_markers = [document.body[m.offset:m.offset + len(f"[^{m.number}]")] for m in document.markers]
    assert body_markers == [f"[^{n}]" for n in range(1, COUNT + 1)]
