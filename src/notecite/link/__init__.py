"""Linking: from the normalized cites of a document to works and citations, and deduplication.

- :func:`link_document` turns a document's cites, in note order, into a :class:`~notecite.library.Library`
  of works plus one :class:`~notecite.library.Citation` per cite (short forms, ibid, op. cit. and
  title mentions resolved to the work they mean).
- :func:`merge_libraries` deduplicates works across documents and into an existing library.
"""
from .dedup import merge_libraries
from .model import NoteCite
from .resolve import link_document

__all__ = ["NoteCite", "link_document", "merge_libraries"]
