"""The format registry: read/write/loads/dumps and formats from extensions."""
import json
import os
from pathlib import Path

import pytest

from notecite import formats
from notecite.errors import InputError, NotecitError
from notecite.library import Library

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"


@pytest.mark.parametrize("name, fmt", [
    ("a.json", "csl-json"), ("a.bib", "biblatex"), ("A.BIB", "biblatex"), ("a.bibtex", "bibtex"),
    ("a.biblatex", "biblatex"), ("a.ris", "ris"),
])
def test_format_from_path(name, fmt):
    assert formats.format_from_path(name) == fmt


def test_unknown_extension_and_format():
    with pytest.raises(NotecitError, match="extension"):
        formats.format_from_path("a.txt")
    with pytest.raises(NotecitError, match="unknown format"):
        formats.loads("", "endnote")


@pytest.mark.parametrize("fmt", formats.FORMAT_NAMES)
def test_write_then_read_every_format(tmp_path, fmt):
    lib = formats.read(DATA / "library.json")
    out = tmp_path / "out.data"
    formats.write(lib, out, fmt)
    again = formats.read(out, fmt)
    assert [r["id"] for r in again] == [r["id"] for r in lib]
    assert [r["title"] for r in again] == [r["title"] for r in lib]
    assert [f for f in os.listdir(tmp_path)] == ["out.data"]  # no temporary file left


def test_write_assigns_stable_keys(tmp_path):
    records = [{"type": "book", "title": "Memoirs", "author": [{"family": "Serge"}], "issued": {"date-parts": [[1963]]}},
               {"type": "book", "title": "Memoirs", "author": [{"family": "Serge"}], "issued": {"date-parts": [[1963]]}},
               {"id": "kept", "type": "book", "title": "X"}]
    first, second = tmp_path / "1.bib", tmp_path / "2.bib"
    formats.write(Library([dict(r) for r in records]), first)
    formats.write(Library([dict(r) for r in records]), second)
    assert first.read_text() == second.read_text()
    assert [r["id"] for r in formats.read(first)] == ["serge1963memoirs", "serge1963memoirsa", "kept"]


def test_read_errors_name_the_file(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        formats.read(tmp_path / "missing.json")
    bad = tmp_path / "latin1.bib"
    bad.write_bytes("@book{a,\n title={R\xe9volution}}\n".encode("latin-1"))
    with pytest.raises(InputError) as caught:
        formats.read(bad)
    assert caught.value.path == str(bad) and caught.value.line == 2


def test_reads_utf8_with_bom(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps([{"id": "a", "type": "book"}]).encode())
    assert formats.read(path).records == [{"id": "a", "type": "book"}]

