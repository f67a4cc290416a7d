"""The read stage: turn a document (plain text, Markdown, HTML, DOCX) into a :class:`Document`.

``read_document(path)`` picks the reader by extension (or ``fmt``), returns the body with its
note markers and the ordered notes, and raises :class:`notecite.errors.InputError` for input
that cannot be read or holds no notes.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Optional

from ..errors import InputError
from .model import Document, Marker, Note

#: Format names and the extensions that select them.
FORMATS: dict[str, tuple[str, ...]] = {
    "text": (".txt", ".text"),
    "markdown": (".md", ".markdown", ".mdown", ".mkd"),
    "html": (".html", ".htm", ".xhtml"),
    "docx": (".docx",),
}
_ALIASES = {"txt": "text", "md": "markdown", "htm": "html"}


def format_for(path: str | os.PathLike, fmt: Optional[str] = None) -> str:
    """The format name for ``path`` (from ``fmt`` if given, else its extension); InputError if unknown."""
    if fmt:
        name = _ALIASES.get(fmt.lower(), fmt.lower())
        if name not in FORMATS:
            raise InputError(str(path), f"unknown document format {fmt!r} (known: {', '.join(FORMATS)})")
        return name
    suffix = Path(path).suffix.lower()
    for name, suffixes in FORMATS.items():
        if suffix in suffixes:
            return name
    raise InputError(
        str(path), f"cannot tell the document format from the extension {suffix or '(none)'!r}; "
        "use .txt, .md, .html or .docx, or name the format"
    )


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
    from .docx import read_docx
    return read_docx


def read_document(path: str | os.PathLike, fmt: Optional[str] = None) -> Document:
    """Read the document at ``path`` (format from ``fmt`` or the extension) into a :class:`Document`.

    Raises InputError naming the file when it cannot be read, is malformed or holds no notes.
    """
    name = format_for(path, fmt)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read file: {error.strerror or error}") from None
    document = _reader(name)(str(path), data)
    if not document.notes:
        raise InputError(str(path), "no footnotes or endnotes found")
    return document


__all__ = ["Document", "Marker", "Note", "read_document", "format_for", "FORMATS"]
