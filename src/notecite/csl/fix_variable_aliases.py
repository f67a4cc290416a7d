"""Correction: the older CSL-JSON names of short-form variables, read as citeproc-js reads them.

citeproc-js takes ``journalAbbreviation`` (as Zotero and older CSL-JSON exports write the
abbreviated journal) as ``container-title-short`` when the record has none, so
``<text variable="container-title-short"/>`` and ``<text variable="container-title"
form="short"/>`` print it. citeproc-py 0.11.1 knows only ``shortTitle`` (as ``title-short``) and
ignores ``journalAbbreviation``. This copies records with the alias filled in.
"""
from __future__ import annotations

from ..records import Record

#: Older CSL-JSON variable -> the CSL 1.0.2 variable it stands for.
ALIASES = {"journalAbbreviation": "container-title-short"}


def adapt_record(record: Record) -> Record:
    """A copy of ``record`` with each alias given under its CSL name (an existing value wins)."""
    if not any(alias in record for alias in ALIASES):
        return record
    out = dict(record)
    for alias, variable in ALIASES.items():
        if alias in out and variable not in out:
            out[variable] = out[alias]
    return out
