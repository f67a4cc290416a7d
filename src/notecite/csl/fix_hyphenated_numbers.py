"""Correction: ``<number>`` finds number variables whose CSL names have hyphens.

citeproc-py 0.11.1 stores ``number-of-volumes`` as ``number_of_volumes`` but ``<number
variable="number-of-volumes">`` looks it up by its CSL name, fails, and the element (with the
group around it) disappears: "2 vols", "300 pp.", series numbers and chapter numbers are
dropped wherever a style uses ``<number>`` for them. citeproc-js prints them. This makes each
such variable reachable under its CSL name too.
"""
from __future__ import annotations

from typing import Any

from ..records import Record

#: The CSL number variables with a hyphen in their name.
HYPHENATED = ("chapter-number", "collection-number", "number-of-pages", "number-of-volumes",
              "part-number", "printing-number", "supplement-number")


def alias(reference: Any, variable: str) -> None:
    """Make ``reference``'s value of ``variable`` (stored with underscores) reachable by its CSL name."""
    key = variable.replace("-", "_")
    if key in reference:
        dict.__setitem__(reference, variable, dict.__getitem__(reference, key))


def adapt_source(source: Any, records: list[Record]) -> None:
    """Alias every hyphenated number variable of ``source``'s references under its CSL name."""
    for reference in source.values():
        for variable in HYPHENATED:
            alias(reference, variable)
