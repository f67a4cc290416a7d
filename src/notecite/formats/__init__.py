"""Reading and writing libraries: CSL-JSON, BibTeX/BibLaTeX (pybtex) and RIS.

``read(path)`` and ``write(library, path)`` pick the format from the file's extension
(:data:`EXTENSIONS`) unless one of :data:`FORMAT_NAMES` is given; ``loads``/``dumps`` do the
same on strings. Writing assigns stable citation keys first and replaces the file atomically.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError, NotecitError
from ..fileio import write_atomically
from ..library import Library
from . import bibtex, csljson, ris

#: The formats notecite reads and writes.
FORMAT_NAMES = ("csl-json", "bibtex", "biblatex", "ris")

#: File extension (lower case) → format. ``.bib`` is BibLaTeX, which also reads BibTeX files.
EXTENSIONS = {
    ".json": "csl-json", ".csljson": "csl-json", ".bib": "biblatex", ".bibtex": "bibtex",
    ".biblatex": "biblatex", ".ris": "ris",
}


class FormatError(NotecitError):
    """No format was given and none can be told from the file name."""


def format_from_path(path: str | os.PathLike) -> str:
    """The format :data:`EXTENSIONS` gives for ``path``'s extension; FormatError if none."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        known = ", ".join(sorted(EXTENSIONS))
        raise FormatError(f"{path}: cannot tell the format from the extension {suffix or '(none)'!r} "
                          f"(known: {known}; or name one of {', '.join(FORMAT_NAMES)})")
    return EXTENSIONS[suffix]


def _check(fmt: str) -> str:
    if fmt not in FORMAT_NAMES:
        raise FormatError(f"unknown format {fmt!r} (choose from {', '.join(FORMAT_NAMES)})")
    return fmt


def loads(text: str, fmt: str, source: str = "<string>") -> Library:
    """A Library from ``text`` in ``fmt``; bad input → InputError naming ``source`` and line."""
    fmt = _check(fmt)
    if fmt == "csl-json":
        return csljson.loads(text, source)
    if fmt == "ris":
        return ris.loads(text, source)
    return bibtex.loads(text, fmt, source)


def dumps(library: Library, fmt: str, *, ascii: bool = False, for_zotero: bool = False) -> str:
    """``library`` as text in ``fmt`` (records must have ids; see :meth:`Library.assign_keys`).

    ``ascii`` writes LaTeX accent commands in BibTeX and ``\\u`` escapes in CSL-JSON; RIS is
    always UTF-8. ``for_zotero`` writes what Zotero's importer of ``fmt`` takes in whole
    (:mod:`notecite.zotero.files`) instead of the plain format.
    """
    fmt = _check(fmt)
    records = list(library)
    if for_zotero:
        from ..zotero.files import records_for_zotero

        records = records_for_zotero(records, fmt)
    if fmt == "csl-json":
        return csljson.dumps(records, ascii=ascii)
    if fmt == "ris":
        return ris.dumps(records, for_zotero=for_zotero)
    return bibtex.dumps(records, fmt, ascii=ascii, for_zotero=for_zotero)


def read(path: str | os.PathLike, fmt: str | None = None) -> Library:
    """Read a library file (format from the extension unless ``fmt``), UTF-8 with or without BOM."""
    fmt = _check(fmt) if fmt else format_from_path(path)
    return loads(read_text(path).removeprefix("\ufeff"), fmt, source=str(path))


def read_text(path: str | os.PathLike) -> str:
    """A library file's text exactly as stored (a UTF-8 BOM kept as ``\ufeff``); InputError if
    it cannot be read or is not UTF-8."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputError(str(path), f"not UTF-8 text (byte {error.start})", line) from None


def write(library: Library, path: str | os.PathLike, fmt: str | None = None, *, ascii: bool = False,
          for_zotero: bool = False) -> None:
    """Assign keys, then write ``library`` to ``path`` atomically (format from the extension unless ``fmt``)."""
    fmt = _check(fmt) if fmt else format_from_path(path)
    library.assign_keys()
    write_atomically(path, dumps(library, fmt, ascii=ascii, for_zotero=for_zotero))


__all__ = ["FORMAT_NAMES", "EXTENSIONS", "FormatError", "format_from_path", "read", "read_text", "write", "loads", "dumps"]
