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


def test_a_control_character_entity_in_a_dropped_menu_is_no_traceback():
    # "&#1;" parses into text lxml will not move when the menu before it is dropped
    page = ("<html><body><nav>Menu</nav>&#1;tail<p>Text<sup><a href='#fn1' id='r1'>1</a></sup></p>"
            "<ol><li id='fn1'>Ann Roe, Docks (Leeds, 1990), 4. <a href='#r1'>↩</a></li></ol></body></html>")
    document = _reader("html")("page.html", page.encode())
    assert "Ann Roe" in document.notes[0].text


def test_a_superscript_digit_alone_on_a_line_is_no_page_number():
    text = "Body text.1 More.2\n\nNotes\n\n1. Ann Roe, Docks (Leeds, 1990), 4.\n\n²\n\n2. Ibid., 5.\n"
    document = _reader("text")("notes.txt", text.encode())
    assert document.notes[0].text.startswith("Ann Roe")
