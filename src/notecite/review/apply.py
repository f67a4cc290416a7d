"""Apply a document's corrections: labels and cite breaks at parse time, links and records after link.

:func:`note_overrides` turns the note corrections into the forced labels and breaks that
:func:`notecite.parse.parse_note` takes; :func:`apply_to_library` re-links citations, edits
records and merges duplicates in a keyed library. Both report, as messages, every correction
that no longer applies (the document changed, or a record it names is gone).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from ..errors import RecordError
from ..keys import DEFAULT, KeyFormat
from ..library import Library
from ..link.merge import merge_fields
from ..records import Record
from .corrections import Corrections, NoteIndex, describe
from .values import clean_value


@dataclass
class NoteOverrides:
    """Per note number: forced (start, end, label) spans and {offset: starts a cite} breaks."""

    labels: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    breaks: dict[int, dict[int, bool]] = field(default_factory=dict)
    stale: list[str] = field(default_factory=list)


def stale_message(index: int, correction: dict[str, Any], why: str) -> str:
    """The message for correction ``index`` (0-based) that no longer applies."""
    return f"correction {index + 1} ({describe(correction)}) no longer applies: {why}"


def note_overrides(corrections: Corrections, notes: Iterable[tuple[int, str]]) -> NoteOverrides:
    """The labels and breaks the note corrections force, each located in today's notes."""
    index = NoteIndex(notes)
    out = NoteOverrides()
    for n, correction in corrections.note_corrections():
        number, why = index.locate(correction)
        if number is None:
            out.stale.append(stale_message(n, correction, why))
            continue
        action = correction["action"]
        if action in ("relabel", "not-citation"):
            label = correction["label"] if action == "relabel" else "prose"
            out.labels.setdefault(number, []).append((correction["start"], correction["end"], label))
        else:
            out.breaks.setdefault(number, {})[correction["at"]] = action == "split"
    return out


def apply_to_library(library: Library, corrections: Corrections, notes: Iterable[tuple[int, str]], *,
                     document: str, keep: Iterable[str] = (), source: str = "review",
                     key_format: KeyFormat = DEFAULT) -> list[str]:
    """Apply the re-link, edit and merge corrections of ``document`` to ``library`` in place.

    Records whose every citation was re-linked away are removed unless their id is in ``keep``
    (records of an existing library). New works get keys (existing keys never change). Returns
    a message for each correction that no longer applies.
    """
    index = NoteIndex(notes)
    keep = set(keep)
    stale: list[str] = []
    for n, correction in corrections.library_corrections():
        action = correction["action"]
        if action == "relink":
            number, why = index.locate(correction)
            why = why or _relink(library, correction, document, number, keep, source)
        elif action == "edit":
            why = _edit(library, correction["record"], {correction["field"]: correction["value"]}, source)
        else:
            why = _merge(library, correction, source)
        if why:
            stale.append(stale_message(n, correction, why))
    library.assign_keys(key_format)
    return stale


def _record(library: Library, key: str) -> Record | None:
    return next((r for r in library.records if r.get("id") == key), None)


def _relink(library: Library, correction: dict[str, Any], document: str, note: int, keep: set[str],
            source: str) -> str:
    """Point the citation the correction names at its target (a new work when ``to`` is null)."""
    start, end = correction["start"], correction["end"]
    in_note = [c for c in library.citations if c.document == document and c.note == note]
    overlap = [(min(end, c.end) - max(start, c.start), c) for c in in_note]
    overlap = [(size, c) for size, c in overlap if size > 0]
    if not overlap:
        return f"no cite at {correction['text']!r} in note {note}"
    citation = max(overlap, key=lambda pair: pair[0])[1]
    if correction["to"] is None:
        record = {k: v for k, v in correction["record"].items() if k != "id"}
        record.setdefault("type", "book")
        library.add(record)
        record["id"] = target = f"~review#{len(library.records)}"  # not a valid key: one is assigned below
        library.provenance[target] = {k: [source] for k in record if k != "id"}
    else:
        target = correction["to"]
        if _record(library, target) is None:
            return f"no record {target!r} in the library"
    old, citation.record_id = citation.record_id, target
    if old != target and old not in keep and not library.citations_of(old):
        _remove(library, old)
    return ""


def _edit(library: Library, key: str, values: dict[str, Any], source: str) -> str:
    """Set (or, with a null value, delete) fields of record ``key``; clears their conflicts."""
    record = _record(library, key)
    if record is None:
        return f"no record {key!r} in the library"
    try:
        values = {name: clean_value(name, value) for name, value in values.items()}
    except RecordError as error:
        return str(error)
    for name, value in values.items():
        if value is None:
            record.pop(name, None)
            library.provenance.get(key, {}).pop(name, None)
        else:
            record[name] = value
            library.provenance.setdefault(key, {})[name] = [source]
        if key in library.conflicts:
            library.conflicts[key] = [c for c in library.conflicts[key] if c["field"] != name]
            if not library.conflicts[key]:
                del library.conflicts[key]
        if key in library.flags:
            library.flags[key] = [f for f in library.flags[key] if f.get("field") != name]
            if not library.flags[key]:
                del library.flags[key]
    return ""


def _merge(library: Library, correction: dict[str, Any], source: str) -> str:
    """Fold the ``drop`` records into ``keep``: their citations follow, the fields ``keep`` lacks are
    added, and the chosen ``values`` win."""
    key = correction["keep"]
    kept = _record(library, key)
    if kept is None:
        return f"no record {key!r} in the library"
    missing = [d for d in correction["drop"] if _record(library, d) is None]
    if missing:
        return f"no record {', '.join(map(repr, missing))} in the library"
    for drop in correction["drop"]:
        other = _record(library, drop)
        merge_fields(kept, other, source_label=source, provenance=library.provenance.setdefault(key, {}),
                     conflicts=library.conflicts.setdefault(key, []))
        for citation in library.citations:
            citation.record_id = key if citation.record_id == drop else citation.record_id
            if citation.relation:
                citation.relation = {k: key if v == drop else v for k, v in citation.relation.items()}
        library.work_of = {k: key if v == drop else v for k, v in library.work_of.items()}
        _remove(library, drop)
    if not library.conflicts.get(key):
        library.conflicts.pop(key, None)
    return _edit(library, key, correction["values"], source)


def _remove(library: Library, key: str) -> None:
    """Remove record ``key`` and its side-table entries (its citations already point elsewhere)."""
    library.records[:] = [r for r in library.records if r.get("id") != key]
    for table in (library.provenance, library.conflicts, library.flags):
        table.pop(key, None)
    library.work_of.pop(key, None)
