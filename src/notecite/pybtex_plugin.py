"""pybtex plugins: read an article's notes as a bibliography, write CSL-JSON.

Registered as entry points (see pyproject.toml), so that
``pybtex-convert -f notes article.txt refs.bib`` and
``pybtex.database.parse_file("article.md", bib_format="notes")`` run notecite's extraction,
and ``pybtex-convert -t csljson refs.bib refs.json`` writes CSL-JSON.
"""
from __future__ import annotations

import os
import re
import tempfile
from typing import Any

from pybtex.database import BibliographyData, Entry, Person
from pybtex.database.input import BaseParser
from pybtex.database.output import BaseWriter
from pybtex.exceptions import PybtexError

from .errors import NotecitError
from .formats import csljson
from .formats.bibtex import from_entry, to_bibliography
from .library import Library
from .pipeline import extract


class NotesParser(BaseParser):
    """Reads a document (.txt, .md, .html, .docx, .odt, .pdf) and yields the works its notes cite."""

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
            self.data.add_entry(key, for_pybtex_writer(entry))
        return self.data


#: What pybtex's BibTeX writer escapes itself (its ``ulatex`` codec): ``& % # _``.
_WRITER_ESCAPES = re.compile(r"\\([&%#_])")


def for_pybtex_writer(entry: Entry) -> Entry:
    """``entry`` with the escapes pybtex's own BibTeX writer adds taken out, so that
    ``pybtex-convert -f notes`` writes ``Writers \\& Readers`` escaped exactly once.

    pybtex's writer passes every value through the ``ulatex`` codec, which escapes ``& % # _``
    but leaves backslashes, braces and accent commands as they are; notecite's values are LaTeX
    already. So those four are handed over bare and everything else as notecite wrote it.
    """
    bare = lambda text: _WRITER_ESCAPES.sub(r"\1", text)  # noqa: E731
    fields = [(name, bare(value)) for name, value in entry.fields.items()]
    persons = {role: [Person(bare(str(person))) for person in people] for role, people in entry.persons.items()}
    return Entry(entry.original_type, fields=fields, persons=persons)


class CslJsonWriter(BaseWriter):
    """Writes a pybtex BibliographyData as CSL-JSON."""

    unicode_io = True

    def write_stream(self, bib_data: BibliographyData, stream: Any) -> None:
        library = Library([from_entry(key, entry) for key, entry in bib_data.entries.items()])
        stream.write(csljson.dumps(library))

