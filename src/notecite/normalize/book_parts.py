"""A part of a book written by another than its author, cited by its writer: ``Eric Hobsbawm, introduction to The
Communist Manifesto, by Karl Marx and Friedrich Engels (London: Verso, 1998)``.

The parser keeps ``introduction to The Communist Manifesto, by Karl Marx and Friedrich Engels`` as one title
(:func:`notecite.parse.rules.names.rule_part_of_a_book_opens_its_title`); this step makes the part the ``title``
(``Introduction``), the book the ``container-title`` and the names after ``by`` its ``container-author``, as Zotero
keeps a book section by its writer.
"""
from __future__ import annotations

import re

from ..parse.dictionaries import fold, load
from ..parse.rules.words import BOOK_PART_TO
from .base import Draft, squeeze
from .names import parse_names
from .titles import strip_quotes

#: The book's title and, after ``, by``, its author's names.
_BOOK_AND_AUTHOR = re.compile(r"(?P<book>.+?)(?:,\s+by\s+(?P<by>[^,]+))?", re.S)
#: The book's author written before its title (``Victor Serge, Conquered City``, ``V. Serge, Conquered City``): two to
#: four capitalised words, a given name or initials first, then a comma.
_AUTHOR_THEN_BOOK = re.compile(r"(?P<name>(?P<first>[A-ZÀ-Þ][\w'’-]*\.?|(?:[A-Z]\.\s?)+)(?:\s+[A-ZÀ-Þ][\w.'’-]*){1,3}),\s+(?P<book>\S.*)",
                               re.S)


class BookPart:
    """A title that opens on a lower-case part of a book (:data:`BOOK_PART_TO`) and no container: the part is the
    title, the book the container, its ``by`` names the container's author."""

    name = "book-part"
    reads: frozenset[str] = frozenset()
    writes = frozenset({"title", "container-title", "container-author"})

    def __call__(self, draft: Draft) -> None:
        record = draft.record
        title = record.get("title")
        if not isinstance(title, str) or record.get("container-title"):
            return
        part = BOOK_PART_TO.match(title)
        rest = _BOOK_AND_AUTHOR.fullmatch(title[part.end():].strip()) if part else None
        if part is None or rest is None:
            return
        book, _quoted = strip_quotes(rest["book"])
        if not book:
            return
        by = rest["by"]
        written = _AUTHOR_THEN_BOOK.fullmatch(book) if not by else None
        if written is not None and (fold(written["first"].rstrip(".")) in load("given_names") or "." in written["first"]):
            book, by = written["book"], written["name"]  # "introduction to Victor Serge, Conquered City"
        words = squeeze(title[:part.end()]).rsplit(" ", 1)[0]  # "introduction", "new foreword"
        record["title"] = words[:1].upper() + words[1:]
        record["container-title"] = book
        if by:
            authors = [name for role, names, _et_al in parse_names(by) if role == "author" for name in names]
            if authors:
                record["container-author"] = authors
