"""Fuzz test of the normalizers: real cite fields, mutated or replaced by adversarial text, give a
record or a clear error, never a traceback (fixed seed, bounded count and CPU time)."""
from __future__ import annotations

import json

from notecite.normalize import LABELS, normalize_fields
from notecite.records import validate


def test_normalizers_survive_mutated_and_adversarial_fields(fuzz):
    cites = [c["fields"] for c in json.loads((fuzz.DATA / "normalize" / "cites.json").read_text(encoding="utf-8"))]
    notes = [text for fields in cites for _, text in fields]
    labels = sorted(LABELS)

    def make(rng):
        fields = [(label if rng.random() < 0.8 else rng.choice(labels),
                   fuzz.mutate_text(text, rng) if rng.random() < 0.7 else fuzz.adversarial_note(rng, notes, 2000))
                  for label, text in rng.choice(cites)]
        locator = rng.choice([None, "67", "57-8", "9" * 5000 + "-" + "8" * 4999, fuzz.mutate_text("pp. 105-7", rng)])
        return fields, rng.choice(["full", "short", "ibid", "mention"]), locator

    def run(case):
        fields, kind, locator = case
        record = normalize_fields(fields, kind=kind, locator=locator).record
        validate({"id": "x", "type": "document", **record})  # what the normalizers make is a valid record

    runs, failures = fuzz.fuzz_loop("normalize", 150, 1.5, make, run, minimum=20)
    assert runs >= 20, runs
    assert not failures, failures[0]
