"""The linker's input: one normalized cite, placed in its document and note."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..records import Record


@dataclass
class NoteCite:
    """A cite of note ``note`` with its normalized (possibly partial) CSL record.

    ``kind`` is full, short, ibid or mention as the parser saw it; ``locator`` is
    ``{"label": ..., "value": ..., "raw": ...}`` or None; ``flags`` are normalizer flags.
    """

    document: str
    note: int
    kind: str
    record: Record
    locator: dict[str, str] | None = None
    prefix: str = ""
    suffix: str = ""
    text: str = ""
    confidence: float = 1.0
    flags: list[dict[str, Any]] = field(default_factory=list)
    start: int = 0  # offsets of the cite in the note's text
    end: int = 0
    separator: str = ""  # the strongest stop (".", ";", ",", ":") between the cite before in the note and this one, prefix aside
