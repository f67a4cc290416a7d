"""Fuzz tests of the library readers and writers: mutated real libraries (CSL-JSON with values of
unexpected types, BibTeX, RIS) give a library or a clear InputError, and every library notecite
accepts is written in every format and read back (fixed seeds, bounded count and CPU time)."""
from __future__ import annotations

import json

import pytest

from notecite.formats import FORMAT_NAMES, dumps, loads


def write_and_read_back(library) -> None:
    library.assign_keys()
    for fmt in FORMAT_NAMES:
        text = dumps(library, fmt)
        back = loads(text, fmt, source=f"written.{fmt}")  # an InputError here fails the test
        assert len(back) == len(library)


@pytest.mark.parametrize("fmt", ["csl-json", "biblatex", "ris"])
def test_readers_and_writers_survive_mutated_libraries(fuzz, fmt):
    texts = [p.read_text(encoding="utf-8") for p in fuzz.LIBRARY_SEEDS[fmt] if p.exists()]
    items = [json.loads(text) for text in texts] if fmt == "csl-json" else []

    def make(rng):
        if fmt == "csl-json":
            return json.dumps(fuzz.mutate_json_items(rng.choice(items), rng), ensure_ascii=False)
        return fuzz.mutate_text(rng.choice(texts), rng)

    def run(text):
        library = loads(text, fmt, source=f"fuzz.{fmt}")
        try:
            write_and_read_back(library)
        except Exception as error:  # a library accepted but not written back is a failure
            raise AssertionError(f"accepted, then not read back: {error}") from error

    runs, failures = fuzz.fuzz_loop(f"formats-{fmt}", 400, 1.0, make, run, minimum=30)
    assert runs >= 30, runs
    assert not failures, failures[0]
