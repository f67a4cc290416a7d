"""The note sequence (first, ibid, ibid-with-locator, subsequent, near-note, …) as citeproc-js renders it."""
from __future__ import annotations

import json

import pytest

from notecite.csl.render import render_notes

SEQUENCE = json.loads((__import__("pathlib").Path(__file__).resolve().parents[1] / "data" / "csl" /
                       "note_sequence_citeproc_js.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("style", sorted(SEQUENCE["styles"]))
def test_same_html_as_citeproc_js(style):
    notes = SEQUENCE["notes"]
    out = render_notes(SEQUENCE["items"], style, [n["cites"] for n in notes],
                       note_numbers=[n["note"] for n in notes], output="html")
    assert out == SEQUENCE["styles"][style]
