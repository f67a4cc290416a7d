"""Turn a file's bytes into text, refusing binary data: shared by the text-based readers."""
from __future__ import annotations

import codecs
import unicodedata

from ..errors import InputError

#: Control characters that never occur in real text (tab, newline, form feed and CR excluded).
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
_CONTROL_BYTES = bytes(sorted(_CONTROL))
_CONTROL_CHARACTERS = tuple(chr(code) for code in sorted(_CONTROL))  # (looked for one by one: a fast scan each)
#: Typographic ligatures (U+FB00-FB06: ff, fi, fl, ffi, ffl, long st, st) and the letters they stand for.
LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_LIGATURE_TABLE = str.maketrans(LIGATURES)


def expand_ligatures(text: str) -> str:
    """``text`` with typographic ligatures (text copied from a PDF: "signiﬁcance") written as letters."""
    # a substring test per ligature (seven, each instant on a text of Latin-1 letters only) is cheaper than a
    # character class tried at every offset of the whole document
    return text.translate(_LIGATURE_TABLE) if any(ligature in text for ligature in LIGATURES) else text


def decode_text(path: str, data: bytes) -> tuple[str, list[str]]:
    """Decode ``data`` (UTF-8, UTF-16 with BOM, else Windows-1252) with newlines made ``\\n`` and
    ligatures expanded.

    Raises InputError naming ``path`` when the bytes look binary; returns (text, warnings).
    """
    warnings: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(path, f"invalid UTF-16 text ({error.reason})") from None
    else:
        sample = data[:65536]
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C, not byte by byte
        if b"\x00" in sample or (sample and controls > max(2, len(sample) // 200)):
            raise InputError(path, "binary data, not a text document")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
            warnings.append(f"not valid UTF-8 (first bad byte on line {line}); read as Windows-1252")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    head = text[:65536]
    if any(control in head for control in _CONTROL_CHARACTERS):
        raise InputError(path, "binary data, not a text document")
    return expand_ligatures(text), warnings
