"""The read stage: turn a document (plain text, Markdown, HTML, DOCX, ODT, PDF) into a :class:`Document`.

``read_document(path)`` picks the reader by extension (or ``fmt``; ``-`` is standard input and
needs ``fmt``), returns the body with its note markers and the ordered notes, and raises
:class:`notecite.errors.InputError` for input that cannot be read or holds no notes. Link labels
that web pages put into notes ("Google Scholar", "CrossRef", "Return to text", "↩"…) are removed
from every reader's notes (:mod:`.weblabels`). :func:`expand_paths` turns folders into the
documents they hold.
"""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..errors import InputError
from .model import Document, Marker, Note
from .weblabels import latin_lookalikes, strip_invisible, strip_labels

#: Format names and the extensions that select them.
FORMATS: dict[str, tuple[str, ...]] = {
    "text": (".txt", ".text"),
    "markdown": (".md", ".markdown", ".mdown", ".mkd"),
    "html": (".html", ".htm", ".xhtml"),
    "docx": (".docx",),
    "odt": (".odt", ".fodt"),
    "pdf": (".pdf",),
}
_ALIASES = {"txt": "text", "md": "markdown", "htm": "html", "fodt": "odt"}
#: The path that means standard input.
STDIN = "-"


def format_for(path: str | os.PathLike, fmt: Optional[str] = None) -> str:
    """The format name for ``path`` (from ``fmt`` if given, else its extension); InputError if unknown."""
    if fmt:
        name = _ALIASES.get(fmt.lower(), fmt.lower())
        if name not in FORMATS:
            raise InputError(display_name(path), f"unknown document format {fmt!r} (known: {', '.join(FORMATS)})")
        return name
    if str(path) == STDIN:
        raise InputError(display_name(path), f"name the format of standard input with --from ({', '.join(FORMATS)})")
    suffix = Path(path).suffix.lower()
    for name, suffixes in FORMATS.items():
        if suffix in suffixes:
            return name
    known = ", ".join(s for suffixes in FORMATS.values() for s in suffixes[:1])
    raise InputError(
        str(path), f"cannot tell the document format from the extension {suffix or '(none)'!r}; "
        f"use {known}, or name the format with --from"
    )


def display_name(path: str | os.PathLike) -> str:
    """How messages and citations name a document: its file name, or ``stdin`` for ``-``."""
    return "stdin" if str(path) == STDIN else Path(path).name


@functools.lru_cache(maxsize=1)
def _stdin_bytes() -> bytes:
    """Standard input, read once (the document may be read again, e.g. for pandoc output)."""
    return sys.stdin.buffer.read()


def expand_paths(paths: Iterable[str | os.PathLike], glob: Optional[str] = None) -> list[str]:
    """``paths`` with each folder replaced by the documents under it, recursively and sorted.

    A folder's documents are the files matching ``glob`` (default: every supported extension),
    leaving out hidden files and folders. Files and ``-`` are kept as given. InputError names a
    folder that holds no matching document.
    """
    out: list[str] = []
    suffixes = {suffix for group in FORMATS.values() for suffix in group}
    for path in paths:
        folder = Path(path)
        if str(path) == STDIN or not folder.is_dir():
            out.append(str(path))
            continue
        found = sorted(
            str(p) for p in folder.rglob(glob or "*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
            and (glob is not None or p.suffix.lower() in suffixes)
        )
        if not found:
            wanted = f"matching {glob!r}" if glob else f"with a supported extension ({', '.join(sorted(suffixes))})"
            raise InputError(str(path), f"folder holds no document {wanted}")
        out.extend(found)
    return out


def _reader(name: str) -> Callable[[str, bytes], Document]:
    if name == "text":
        from .plaintext import read_text
        return read_text
    if name == "markdown":
        from .markdown import read_markdown
        return read_markdown
    if name == "html":
        from .html import read_html
        return read_html
    if name == "odt":
        from .odt import read_odt
        return read_odt
    if name == "pdf":
        from .pdf import read_pdf
        return read_pdf
    from .docx import read_docx
    return read_docx


def read_document(path: str | os.PathLike, fmt: Optional[str] = None) -> Document:
    """Read the document at ``path`` (format from ``fmt`` or the extension) into a :class:`Document`.

    Raises InputError naming the file when it cannot be read, is malformed or holds no notes.
    """
    name = format_for(path, fmt)
    label = "stdin" if str(path) == STDIN else str(path)
    try:
        data = _stdin_bytes() if str(path) == STDIN else Path(path).read_bytes()
    except OSError as error:
        raise InputError(label, f"cannot read file: {error.strerror or error}") from None
    document = _reader(name)(label, data)
    if not document.notes:
        raise InputError(label, "no footnotes or endnotes found")
    document.notes = [strip_labels(latin_lookalikes(strip_invisible(note))) for note in document.notes]
    return document


__all__ = ["Document", "Marker", "Note", "read_document", "format_for", "display_name", "expand_paths", "FORMATS",
           "STDIN"]
