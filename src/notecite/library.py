"""A :class:`Library`: an ordered collection of CSL-JSON records with unique keys."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from .keys import assign_keys
from .records import Record, validate


@dataclass
class Library:
    """Records in order, each with a unique ``id`` once :meth:`assign_keys` has run."""

    records: list[Record] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, key: str) -> Record:
        for record in self.records:
            if record.get("id") == key:
                return record
        raise KeyError(key)

    def add(self, record: Record) -> None:
        """Validate and append one record (warnings collect in :attr:`warnings`)."""
        self.warnings.extend(validate(record))
        self.records.append(record)

    def extend(self, other: "Library") -> None:
        """Append the records and warnings of ``other``."""
        self.records.extend(other.records)
        self.warnings.extend(other.warnings)

    def assign_keys(self) -> "Library":
        """Give every record a stable, unique citation key; returns self."""
        assign_keys(self.records)
        return self
