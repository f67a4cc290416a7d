"""Correction: name variables with a hyphen (``container-author``, ``collection-editor``…).

citeproc-py 0.11.1 stores variables under underscore keys (``collection_editor``) but its
``<names>`` element looks names up by the variable as written in the style
(``collection-editor``), so every hyphenated name variable is silently left out while
``<if variable="collection-editor">`` (which does translate) says it is present. This adds
the hyphenated key as an alias of the same name list.
"""
from __future__ import annotations

from typing import Any

from ..records import NAME_VARIABLES, Record

HYPHENATED = sorted(v for v in NAME_VARIABLES if "-" in v)


def adapt_source(source: Any, records: list[Record]) -> None:
    """Make each hyphenated name variable of ``source``'s references reachable by its CSL name."""
    for reference in source.values():
        for variable in HYPHENATED:
            key = variable.replace("-", "_")
            if key in reference and isinstance(reference[key], list):
                dict.__setitem__(reference, variable, reference[key])
