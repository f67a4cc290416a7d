"""Fuzz test of the note parser: adversarial notes (huge words, long notes, deep brackets,
control characters, repeated tokens) give cites or a clear error, never a traceback (fixed seed,
bounded count and CPU time)."""
from __future__ import annotations

from notecite.parse import parse_note


def test_parser_survives_adversarial_notes(fuzz, weissman_notes):
    notes = weissman_notes or ["Victor Serge, Memoirs of a Revolutionary (London, 1987), 67."]

    def make(rng):
        return fuzz.adversarial_note(rng, notes, long_size=3000)

    def run(note):
        for cite in parse_note(note):
            assert 0 <= cite.start <= cite.end <= len(note)

    runs, failures = fuzz.fuzz_loop("parse-note", 60, 2.0, make, run, minimum=10)
    assert runs >= 10, runs
    assert not failures, failures[0]


def test_an_empty_or_blank_note_has_no_cites():
    # a year alone on a line of an end-note block ("1824.") is read as an empty note: no traceback
    assert parse_note("") == [] and parse_note(" \n\t") == []
