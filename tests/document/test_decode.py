"""Decoding bytes to text and refusing binary data."""
from __future__ import annotations

import codecs

import pytest

from notecite.document.decode import decode_text
from notecite.errors import InputError


def test_utf8_bom_and_newlines():
    assert decode_text("f", codecs.BOM_UTF8 + "a\r\nb\rc".encode()) == ("a\nb\nc", [])


def test_utf16_with_bom():
    assert decode_text("f", "Zoë".encode("utf-16"))[0] == "Zoë"


def test_binary_refused_with_the_file_named():
    with pytest.raises(InputError, match="junk.bin: binary data"):
        decode_text("junk.bin", b"PK\x03\x04\x00\x00garbage")


def test_ligatures_copied_from_a_pdf_are_written_as_letters():
    text, _ = decode_text("x.txt", "The Signi\ufb01cance of the \ufb02ight, e\ufb00ect\n".encode("utf-8"))
    assert text == "The Significance of the flight, effect\n"
