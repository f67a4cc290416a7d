"""pybtex plugins: read an article's notes as a bibliography, write CSL-JSON.

Registered as entry points (see pyproject.toml), so that
``pybtex-convert -f notes article.txt refs.bib`` and
``pybtex.database.parse_file("article.md", bib_format="notes")`` run notecite's extraction,
and ``pybtex-convert -t csljson refs.bib refs.json`` writes CSL-JSON.
"""
from __future__ import annotations

import os
import tempfile
from typing import Any

from pybtex.database import BibliographyData
from pybtex.database.input import BaseParser
from pybtex.database.output import BaseWriter
from pybtex.exceptions import PybtexError

from .errors import NotecitError
from .formats import csljson
from .formats.bibtex import from_entry, to_bibliography
from .library import Library
from .pipeline import extract


class NotesParser(BaseParser):
    """Reads a document (.txt, .md, .html, .docx) and yields the works its notes cite."""

    default_suffix = ".txt"
    unicode_io = True

    def parse_file(self, filename: str, file_suffix: str | None = None) -> BibliographyData:
        if file_suffix is not None:
            filename = filename + file_suffix
        self.filename = filename
        try:
            library = extract([filename])
        except NotecitError as error:
            raise PybtexError(str(error), filename=filename) from error
        return self._add(library)

    def parse_stream(self, stream: Any) -> BibliographyData:
        """A stream is read as plain text (Markdown when it has pandoc footnotes)."""
        text = stream.read()
        if isinstance(text, bytes):
            text = text.decode(self.encoding)
        suffix = ".md" if "[^" in text else ".txt"
        fd, path = tempfile.mkstemp(suffix=suffix, prefix="notecite-stream-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            return self.parse_file(path)
        finally:
            os.unlink(path)

    def _add(self, library: Library) -> BibliographyData:
        data = to_bibliography(library, "bibtex")
        for key, entry in data.entries.items():
            self.data.add_entry(key, entry)
        return self.data


class CslJsonWriter(BaseWriter):
    """Writes a pybtex BibliographyData as CSL-JSON."""

    unicode_io = True

    def write_stream(self, bib_data: BibliographyData, stream: Any) -> None:
        library = Library([from_entry(key, entry) for key, entry in bib_data.entries.items()])
        stream.write(csljson.dumps(library))

