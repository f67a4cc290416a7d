"""The text of a CSL-JSON record: one function applied to every text value, names included."""
from __future__ import annotations

from typing import Any, Callable

from ..records import Record

#: Fields that are identifiers or codes, not text.
UNTOUCHED = frozenset({"id", "type", "URL", "DOI", "ISBN", "ISSN", "PMID", "PMCID", "language", "citation-key"})


def _map(value: Any, fix: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return fix(value)
    if isinstance(value, list):
        return [_map(v, fix) for v in value]
    if isinstance(value, dict):
        return {k: (v if k == "date-parts" else _map(v, fix)) for k, v in value.items()}
    return value


def map_text(record: Record, fix: Callable[[str], str]) -> Record:
    """A copy of ``record`` with ``fix`` applied to each string of its text fields (names and
    date literals too; identifiers and date parts left alone)."""
    return {k: (v if k in UNTOUCHED else _map(v, fix)) for k, v in record.items()}
