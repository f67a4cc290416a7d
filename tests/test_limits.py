"""Limits on input size and growth: checked before the work, clear errors, flags to raise them.

The reproducers are the reliability audit's (issue 14): a 40,000-letter word, a long note, a
531-byte BibTeX ``@string`` doubling bomb and a ~560 KB DOCX whose ``document.xml`` unpacks to
190 MB, all generated here.
"""
from __future__ import annotations

import os
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from notecite import limits
from notecite.cli import main
from notecite.document import read_document
from notecite.errors import InputError
from notecite.formats import bibtex
from notecite.parse import parse_note
from notecite.pipeline import extract_document

NOTE = "Victor Serge, Memoirs of a Revolutionary (London & New York: Writers & Readers, 1987), 67."


@pytest.fixture(autouse=True)
def default_limits(monkeypatch):
    """Every test starts from the defaults (the CLI flags set environment variables)."""
    for limit in limits.LIMITS:
        monkeypatch.delenv(limit.env, raising=False)


def bibtex_bomb() -> str:
    """A ~650-byte @string chain doubling 30 times: 16 characters would become 16 × 2^30 (17 GB)."""
    lines = ['@string{a0="0123456789abcdef"}'] + [f"@string{{a{i}=a{i - 1}#a{i - 1}}}" for i in range(1, 31)]
    return "\n".join(lines + ["@misc{k,title=a30}"]) + "\n"


def docx_bomb(path: Path, fuzz, unpacked: int = 190_000_000) -> Path:
    """A DOCX whose document.xml unpacks to ``unpacked`` bytes (written compressed, in pieces)."""
    parts = fuzz.docx_parts([NOTE])
    document = parts.pop("word/document.xml")
    cut = document.index("<w:body>") + len("<w:body>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        with archive.open("word/document.xml", "w") as stream:
            stream.write(document[:cut].encode())
            chunk = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 30_000
            for _ in range(unpacked // len(chunk)):
                stream.write(chunk)
            stream.write(document[cut:].encode())
    return path


def test_defaults_and_environment(monkeypatch):
    assert limits.NOTE_LENGTH.value == 200_000
    monkeypatch.setenv("NOTECITE_MAX_NOTE_LENGTH", "123")
    assert limits.NOTE_LENGTH.value == 123
    monkeypatch.setenv("NOTECITE_MAX_NOTE_LENGTH", "nonsense")
    assert limits.NOTE_LENGTH.value == 200_000


def test_bibtex_bomb_fails_fast_in_bounded_memory():
    text = bibtex_bomb()
    assert len(text.encode()) < 700
    tracemalloc.start()
    began = time.process_time()
    with pytest.raises(InputError) as caught:
        bibtex.loads(text, "biblatex", "bomb.bib")
    seconds = time.process_time() - began
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    message = str(caught.value)
    assert message.startswith("bomb.bib:") and "BibTeX @string macro expansion" in message
    assert "--max-bibtex-expansion" in message
    assert peak < 100_000_000 and seconds < 5


def test_docx_bomb_fails_before_unpacking(tmp_path, fuzz):
    bomb = docx_bomb(tmp_path / "bomb.docx", fuzz)
    assert bomb.stat().st_size < 1_000_000
    tracemalloc.start()
    began = time.process_time()
    with pytest.raises(InputError) as caught:
        read_document(bomb)
    seconds = time.process_time() - began
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    message = str(caught.value)
    assert message.startswith(f"{bomb}: part word/document.xml unpacks to 189,") and "--max-unpacked-xml" in message
    assert peak < 20_000_000 and seconds < 1


def test_docx_limit_counts_every_part_and_can_be_set(tmp_path, fuzz, monkeypatch):
    path = tmp_path / "small.docx"
    path.write_bytes(fuzz.zip_parts(fuzz.docx_parts([NOTE] * 20)))
    assert [n.text for n in read_document(path).notes] == [NOTE] * 20
    monkeypatch.setenv("NOTECITE_MAX_UNPACKED_XML", "3000")
    with pytest.raises(InputError, match=r"with the parts before it\): over the limit of 3,000 bytes"):
        read_document(path)


def test_long_note_is_refused_by_the_parser_naming_the_limit(monkeypatch):
    monkeypatch.setenv("NOTECITE_MAX_NOTE_LENGTH", "50")
    with pytest.raises(InputError, match=r"note text: the note has 90 characters: over the limit of 50 characters "
                                         r"on a note's length \(raise it with --max-note-length\)"):
        parse_note(NOTE)


def test_long_note_is_refused_before_any_note_of_the_document_is_parsed(tmp_path, monkeypatch):
    doc = tmp_path / "article.txt"
    doc.write_text(f"Text.1 More.2\n\nNotes\n\n1. {NOTE}\n2. {NOTE} {NOTE}\n", encoding="utf-8")
    monkeypatch.setenv("NOTECITE_MAX_NOTE_LENGTH", "100")
    with pytest.raises(InputError, match=r"^article.txt: note 2 has 181 characters: over the limit"):
        extract_document(doc)


def test_a_long_bibliography_entry_is_refused_naming_the_entry(tmp_path, monkeypatch):
    doc = tmp_path / "article.txt"
    doc.write_text(f"Text.1\n\nBibliography\n\n{NOTE} {NOTE}\n\nNotes\n\n1. Serge, Memoirs, 67.\n", encoding="utf-8")
    monkeypatch.setenv("NOTECITE_MAX_NOTE_LENGTH", "100")
    with pytest.raises(InputError, match=r"^article.txt: bibliography entry 1 has 181 characters: over the limit"):
        extract_document(doc)


def test_a_100_kb_note_parses():
    """Correctness at the size the speed target names (its time: benchmarks/long_notes.py)."""
    note = " ".join([NOTE.replace("67", str(n)) for n in range(1100)])[:100_000]
    cites = parse_note(note)
    assert len(cites) > 1000
    assert all(0 <= c.start < c.end <= len(note) for c in cites)


def test_lone_surrogates_from_a_command_line_are_replaced_not_a_crash():
    text = NOTE + " \udcff\udcfe"
    cites = parse_note(text)
    assert cites and cites[0].start == 0


@pytest.mark.parametrize("flag, env, value", [
    ("--max-note-length", "NOTECITE_MAX_NOTE_LENGTH", "20"),
    ("--max-bibtex-expansion", "NOTECITE_MAX_BIBTEX_EXPANSION", "1000000000"),
    ("--max-unpacked-xml", "NOTECITE_MAX_UNPACKED_XML", "5"),
])
def test_flags_set_the_limits_for_this_run_and_worker_processes(flag, env, value, capsys):
    assert main(["parse", flag, value, "Ibid."]) == 0
    assert os.environ[env] == value
    del os.environ[env]


def test_cli_errors_name_the_input_and_the_flag(tmp_path, capsys):
    bomb = tmp_path / "bomb.bib"
    bomb.write_text(bibtex_bomb(), encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["convert", str(bomb), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{bomb}:" in err and "--max-bibtex-expansion" in err and not out.exists()

    assert main(["parse", "--max-note-length", "10", NOTE]) == 2
    assert "over the limit of 10 characters" in capsys.readouterr().err
    del os.environ["NOTECITE_MAX_NOTE_LENGTH"]

    doc = tmp_path / "article.txt"
    doc.write_text(f"Text.1\n\nNotes\n\n1. {NOTE}\n", encoding="utf-8")
    lib = tmp_path / "lib.bib"
    assert main(["extract", str(doc), "-o", str(lib), "-q", "--max-note-length", "30"]) == 2
    assert "article.txt: note 1 has 90 characters" in capsys.readouterr().err and not lib.exists()
    del os.environ["NOTECITE_MAX_NOTE_LENGTH"]


def test_flags_reject_what_is_not_a_positive_number(capsys):
    with pytest.raises(SystemExit):
        main(["parse", "--max-note-length", "0", "x"])
    assert "expected a positive whole number" in capsys.readouterr().err
