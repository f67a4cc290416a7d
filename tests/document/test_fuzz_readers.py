"""Fuzz tests of the readers: mutated real documents and random bytes give a Document or a clear
InputError, never a traceback (fixed seeds, bounded count and CPU time; the long campaign is
``benchmarks/fuzz.py``)."""
from __future__ import annotations

import pytest

from notecite.document import _reader


@pytest.mark.parametrize("name", ["text", "markdown", "html", "pdf"])
def test_readers_survive_mutated_documents_and_random_bytes(fuzz, name):
    seeds = fuzz.read_seeds(fuzz.DOCUMENT_SEEDS[name])
    read = _reader(name)

    def make(rng):
        return fuzz.mutate_bytes(rng.choice(seeds), rng) if rng.random() < 0.8 else fuzz.random_bytes(rng)

    runs, failures = fuzz.fuzz_loop(f"reader-{name}", 400, 1.0, make, lambda data: read(f"fuzz.{name}", data),
                                    minimum=3 if name == "pdf" else 30)
    assert runs >= (3 if name == "pdf" else 30), runs
    assert not failures, failures[0]


@pytest.mark.parametrize("name", ["docx", "odt"])
def test_zip_readers_survive_mutated_packages(fuzz, name):
    real = [fuzz.package_parts(data) for data in fuzz.read_seeds(fuzz.PACKAGE_SEEDS[name])]
    notes = ["Victor Serge, Memoirs of a Revolutionary (London, 1987), 67.", "Ibid., 12.",
             "Serge, Memoirs, 2-3.", "See “The Case,” New International 3, no. 2 (1937)."]
    read = _reader(name)

    runs, failures = fuzz.fuzz_loop(f"reader-{name}", 300, 1.0, lambda rng: fuzz.package_input(name, rng, real, notes),
                                    lambda data: read(f"fuzz.{name}", data), minimum=30)
    assert runs >= 30, runs
    assert not failures, failures[0]


def test_control_characters_past_the_binary_check_are_a_result_or_a_clear_error():
    # lxml refuses control characters; past the first 64 KB the binary check does not see them
    page = ("<html><body><p>Text<sup><a href='#fn1'>1</a></sup></p>" + "<p>filler</p>" * 6000
            + "<ol><li id='fn1'>Serge, \x0cMemoirs\x01, 12.</li></ol></body></html>")
    from notecite.errors import InputError

    try:
        document = _reader("html")("page.html", page.encode())
    except InputError as error:
        assert str(error).startswith("page.html: ")
    else:
        assert document.notes
