"""A :class:`Library`: CSL-JSON records with unique keys, where they were cited, and why.

``records`` are the works (CSL-JSON items). ``citations`` say which note of which document
cites which record, in what form and with which pinpoint. ``provenance`` says, per record and
field, where each value came from; ``conflicts`` keep values that disagreed with a kept one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from .keys import DEFAULT, KeyFormat, assign_keys
from .records import Record, validate


@dataclass
class Citation:
    """One cite in one note: ``record_id`` cited as ``kind`` with an optional pinpoint."""

    document: str
    note: int
    record_id: str
    kind: str  # full | short | ibid | mention
    locator: str | None = None
    label: str = "page"
    confidence: float = 1.0
    prefix: str = ""
    suffix: str = ""
    text: str = ""  # the cite as printed in the note
    start: int = 0  # offsets of ``text`` in the note's text
    end: int = 0
    relation: dict[str, str] | None = None  # e.g. {"quoted-in": "filtzer1977soviet"}

    def as_json(self) -> dict[str, Any]:
        """The citation in the ``--citations`` JSON shape."""
        out: dict[str, Any] = {"id": self.record_id, "locator": self.locator, "label": self.label,
                               "kind": self.kind, "confidence": round(self.confidence, 3)}
        if self.prefix:
            out["prefix"] = self.prefix
        if self.suffix:
            out["suffix"] = self.suffix
        if self.relation:
            out["relation"] = self.relation
        return out


@dataclass
class Library:
    """Records in order, each with a unique ``id`` once :meth:`assign_keys` has run."""

    records: list[Record] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    #: record id -> field -> list of sources ("note:article.txt#3", "library:refs.bib", ...)
    provenance: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    #: record id -> list of {"field", "kept", "other", "source"} disagreements
    conflicts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: record id -> list of flags such as suspected OCR damage
    flags: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: record id -> work id shared by editions and translations of one work
    work_of: dict[str, str] = field(default_factory=dict)
    #: document name -> how many notes were read from it (for reports)
    notes_read: dict[str, int] = field(default_factory=dict)
    #: the linker's index of these records' titles and names, by record id (a
    #: :class:`~notecite.link.matching.WorkIndex`), which a merge into an empty library reuses;
    #: never copied to another process
    work_index: Any = field(default=None, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["work_index"] = None  # an index of the whole document: too large to send for what it saves
        return state

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
        """Append the records, warnings and side tables of ``other``."""
        self.records.extend(other.records)
        self.warnings.extend(other.warnings)
        self.citations.extend(other.citations)
        self.provenance.update(other.provenance)
        self.conflicts.update(other.conflicts)
        self.flags.update(other.flags)
        self.work_of.update(other.work_of)
        self.notes_read.update(other.notes_read)

    def assign_keys(self, key_format: KeyFormat = DEFAULT) -> "Library":
        """Give every record without a key a stable, unique one from ``key_format``; returns self.

        Side tables keyed by a temporary id follow the record to its new key.
        """
        before = [record.get("id") for record in self.records]
        assign_keys(self.records, key_format)
        renamed = {old: record["id"] for old, record in zip(before, self.records) if old and old != record["id"]}
        if renamed:
            self.rename(renamed)
        return self

    def rename(self, renamed: dict[str, str]) -> None:
        """Apply ``{old_id: new_id}`` to citations and side tables."""
        for citation in self.citations:
            citation.record_id = renamed.get(citation.record_id, citation.record_id)
            if citation.relation:
                citation.relation = {k: renamed.get(v, v) for k, v in citation.relation.items()}
        for table in (self.provenance, self.conflicts, self.flags):
            for old, new in renamed.items():
                if old in table:
                    table[new] = table.pop(old)
        self.work_of = {renamed.get(k, k): renamed.get(v, v) for k, v in self.work_of.items()}

    def citations_of(self, record_id: str) -> list[Citation]:
        """Every citation of one record, in document and note order."""
        return [c for c in self.citations if c.record_id == record_id]
