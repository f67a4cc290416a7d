"""Correction: CSL name variables that citeproc-py 0.11.1 does not list.

citeproc-py parses as names only the eleven variables in ``citeproc.NAMES``; every other
CSL 1.0.2 name variable (``director``, ``chair``, ``compiler``, ``contributor``, ``curator``,
``guest``, ``host``, ``narrator``, ``organizer``, ``performer``, ``producer``,
``script-writer``, ``series-creator``, ``executive-producer``, ``reviewed-author``…) is
turned into a string, and a style with ``<names variable="director"/>`` then raises
(AttributeError/TypeError on the string). This re-reads those variables as name lists after
``CiteProcJSON`` has built its references.
"""
from __future__ import annotations

from typing import Any

import citeproc

from ..records import NAME_VARIABLES, Record

#: CSL name variables (CSL-JSON spelling) that citeproc-py 0.11.1 would read as strings.
MISSING = sorted(v for v in NAME_VARIABLES if v.replace("-", "_") not in citeproc.NAMES)


def adapt_source(source: Any, records: list[Record]) -> None:
    """Re-parse the name variables of ``records`` that ``source`` (a CiteProcJSON) kept as strings."""
    for record in records:
        reference = source.get(str(record.get("id")).lower())
        if reference is None:
            continue
        for variable in MISSING:
            value = record.get(variable)
            if isinstance(value, list):
                reference[variable.replace("-", "_")] = source.parse_names(value)
