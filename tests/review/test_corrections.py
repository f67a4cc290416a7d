"""The sidecar file: where it lives, what it holds, and how a bad one is refused."""
from __future__ import annotations

import json

import pytest

from notecite.review.corrections import (CorrectionError, Corrections, NoteIndex, load, note_anchor, save,
                                         sidecar_path, validate)


def test_sidecar_sits_beside_the_document_and_round_trips(tmp_path):
    doc = tmp_path / "article.txt"
    doc.write_text("x")
    assert sidecar_path(doc) == tmp_path / "article.txt.notecite.json"
    assert load(doc).items == []  # no sidecar: no corrections
    corrections = Corrections("article.txt", [{"action": "edit", "record": "a", "field": "title", "value": "Ä"}])
    path = save(doc, corrections)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "notecite-corrections" and data["version"] == 1
    assert "Ä" in path.read_text(encoding="utf-8")  # readable, not \u-escaped
    assert load(doc).items == corrections.items
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "article.txt.notecite.json"]  # no temp left


@pytest.mark.parametrize("content, problem", [
    ("{", "cannot read corrections"),
    ('{"format": "other"}', "not a notecite corrections file"),
    ('{"format": "notecite-corrections", "version": 99, "corrections": []}', "newer than"),
    ('{"format": "notecite-corrections", "version": 1, "corrections": [{"action": "paint"}]}', "unknown action"),
    ('{"format": "notecite-corrections", "version": 1, "corrections": [{"action": "edit", "record": "a"}]}',
     "lacks field, value"),
])
def test_a_bad_sidecar_is_an_error_naming_it(tmp_path, content, problem):
    doc = tmp_path / "a.txt"
    sidecar_path(doc).write_text(content, encoding="utf-8")
    with pytest.raises(CorrectionError) as error:
        load(doc)
    assert str(sidecar_path(doc)) in str(error.value) and problem in str(error.value)


def test_validate_checks_offsets_labels_and_merges():
    anchor = note_anchor(1, "Some note")
    with pytest.raises(CorrectionError, match="unknown label"):
        validate({"action": "relabel", **anchor, "start": 0, "end": 4, "text": "Some", "label": "colour"})
    with pytest.raises(CorrectionError, match="end must come after start"):
        validate({"action": "not-citation", **anchor, "start": 4, "end": 4, "text": ""})
    with pytest.raises(CorrectionError, match="keep is one record key"):
        validate({"action": "merge", "keep": "a", "drop": ["a"], "values": {}})
    with pytest.raises(CorrectionError, match="new work"):
        validate({"action": "relink", **anchor, "start": 0, "end": 4, "text": "Some", "to": None})


def test_note_index_finds_renumbered_notes_and_detects_changed_text():
    original = {"action": "relabel", **note_anchor(2, "Serge, Memoirs, 2-3."), "start": 7, "end": 14,
                "text": "Memoirs", "label": "title"}
    assert NoteIndex([(1, "x"), (2, "Serge, Memoirs, 2-3.")]).locate(original) == (2, "")
    assert NoteIndex([(1, "x"), (3, "Serge, Memoirs, 2-3.")]).locate(original) == (3, "")  # a note was added
    number, why = NoteIndex([(1, "x"), (2, "Serge, Mémoires, 2-3.")]).locate(original)
    assert number is None and why == "the text of note 2 has changed"
    assert NoteIndex([(1, "x")]).locate(original) == (None, "note 2 is no longer in the document")
