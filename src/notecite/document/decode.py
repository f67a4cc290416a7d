"""Turn a file's bytes into text, refusing binary data: shared by the text-based readers."""
from __future__ import annotations

import codecs
import re

from ..errors import InputError

#: Control characters that never occur in real text (tab, newline, form feed and CR excluded).
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
_CONTROL_BYTES = bytes(sorted(_CONTROL))
_CONTROL_CHARACTER = re.compile("[%s]" % "".join(f"\\x{code:02x}" for code in sorted(_CONTROL)))


def decode_text(path: str, data: bytes) -> tuple[str, list[str]]:
    """Decode ``data`` (UTF-8, UTF-16 with BOM, else Windows-1252) with newlines made ``\\n``.

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
    if _CONTROL_CHARACTER.search(text, 0, 65536):
        raise InputError(path, "binary data, not a text document")
    return text, warnings
