"""A review session: documents, their corrections, and the library they give, kept up to date.

Every correction is completed (anchored in its note, snapped to whole tokens), checked,
appended to the document's sidecar (saved atomically at once) and followed by a fresh
extraction, so the page always shows what ``extract`` will produce. :func:`library_changes`
says what a correction did to the library.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ..document import Document, read_document
from ..errors import RecordError
from ..formats import read as read_library
from ..library import Library
from ..link.dedup import work_groups
from ..link.resolve import LOW_CONFIDENCE
from ..normalize import normalize_fields
from ..parse import label_note, parse_note
from ..parse.layouts import layout_labels
from ..parse.labels import tag_spans
from ..parse.tagger import default_tagger
from ..pipeline import extract
from .apply import note_overrides
from .corrections import ACTIONS, CorrectionError, Corrections, load, note_anchor, save, sidecar_path, validate
from .values import clean_value, show_value


@dataclass
class CiteView:
    """One citation of a note as the page shows it."""

    start: int
    end: int
    text: str
    kind: str
    record_id: str
    confidence: float
    locator: str | None
    doubts: list[str] = field(default_factory=list)


@dataclass
class NoteView:
    """One note: its text cut into labelled chunks (start, end, label or None), its cites and doubts."""

    number: int
    text: str
    chunks: list[tuple[int, int, str | None]]
    cites: list[CiteView]
    doubts: list[str]

    @property
    def doubtful(self) -> bool:
        """Whether anything in the note is uncertain."""
        return bool(self.doubts) or any(c.doubts for c in self.cites)

    @property
    def confidence(self) -> float:
        """The lowest confidence of the note's citations (1 without any)."""
        return min((c.confidence for c in self.cites), default=1.0)


class ReviewSession:
    """The documents under review (and an optional existing library), with their corrections."""

    def __init__(self, documents: Sequence[str | Path], library: str | Path | None = None, model: str | None = None):
        self.paths = [Path(p) for p in documents]
        self.library_path = Path(library) if library else None
        self.model = model
        self.lock = threading.Lock()
        self.documents: list[Document] = []
        self.library = Library()
        self.last_changes: list[str] = []
        self.refresh()

    def refresh(self) -> Library:
        """Read the documents and extract the library again, corrections applied."""
        self.documents = [read_document(path) for path in self.paths]
        into = read_library(self.library_path) if self.library_path else None
        #: the keys of the existing library's works (``extract`` adds to ``into`` in place)
        self.kept = {record["id"] for record in into.records} if into is not None else set()
        self.library = extract(self.paths, into=into, model=self.model)
        return self.library

    def corrections(self, doc: int) -> Corrections:
        """The corrections of document ``doc`` (from its sidecar)."""
        return load(self.paths[doc])

    def warnings(self, doc: int) -> list[str]:
        """The library's warnings about document ``doc``."""
        prefix = f"{self.paths[doc].name}"
        return [w.removeprefix(prefix + ": ").removeprefix(prefix + ", ") for w in self.library.warnings
                if w.startswith(prefix)]

    # -- the page's view of a document ------------------------------------------------------

    def notes(self, doc: int) -> list[NoteView]:
        """Every note of document ``doc`` with its labelled chunks, cites and doubts."""
        document = self.documents[doc]
        name = self.paths[doc].name
        overrides = note_overrides(self.corrections(doc), ((n.number, n.text) for n in document.notes))
        warnings = self.warnings(doc)
        tagger = default_tagger(self.model)
        layout = layout_labels([n.text for n in document.notes])  # as extract read them
        views = []
        for note, laid_out in zip(document.notes, layout):
            tokens, tags, _ = label_note(note.text, note.italic_spans, tagger,
                                         [*laid_out, *overrides.labels.get(note.number, ())])
            chunks: list[tuple[int, int, str | None]] = []
            position = 0
            for first, last, label in tag_spans(tokens, tags):
                start, end = tokens[first].start, tokens[last - 1].end
                if start > position:
                    chunks.append((position, start, None))
                chunks.append((start, end, label))
                position = end
            if position < len(note.text):
                chunks.append((position, len(note.text), None))
            cites = [self._cite_view(c) for c in self.library.citations if c.document == name and c.note == note.number]
            doubts = [w.split(": ", 1)[1] for w in warnings
                      if w.startswith(f"note {note.number}:") and "low-confidence link" not in w]
            doubts += [w for w in overrides.stale if f"note {note.number}:" in w]
            views.append(NoteView(note.number, note.text, chunks, cites, doubts))
        return views

    def _cite_view(self, citation: Any) -> CiteView:
        doubts = []
        if citation.confidence < LOW_CONFIDENCE:
            doubts.append(f"low-confidence link ({citation.confidence:.2f})")
        for flag in self.library.flags.get(citation.record_id, []):
            doubts.append(f"{flag.get('field')} {flag.get('text')!r}: {flag.get('reason')}")
        for conflict in self.library.conflicts.get(citation.record_id, []):
            doubts.append(f"{conflict['field']}: kept {conflict['kept']!r}, {conflict['source']} says {conflict['other']!r}")
        return CiteView(citation.start, citation.end, citation.text, citation.kind, citation.record_id,
                        citation.confidence, citation.locator, doubts)

    def duplicates(self) -> list[list[dict[str, Any]]]:
        """Groups of records that may be one work (editions, translations, near-duplicates)."""
        return [group for group in work_groups(self.library) if len(group) > 1]

    # -- corrections ---------------------------------------------------------------------------

    def correct(self, doc: int, payload: dict[str, Any]) -> list[str]:
        """Complete, check and save one correction of document ``doc``; returns what it changed.

        Raises :class:`CorrectionError` (the page shows its message) when it makes no sense.
        """
        with self.lock:
            correction = validate(self.complete(doc, payload), "the correction")
            corrections = self.corrections(doc)
            corrections.items.append(correction)
            return self._save(doc, corrections)

    def uncorrect(self, doc: int, index: int) -> list[str]:
        """Remove correction ``index`` (0-based) of document ``doc``; returns what that changed."""
        with self.lock:
            corrections = self.corrections(doc)
            if not 0 <= index < len(corrections.items):
                raise CorrectionError("the correction", f"there is no correction {index + 1}")
            del corrections.items[index]
            return self._save(doc, corrections)

    def _save(self, doc: int, corrections: Corrections) -> list[str]:
        before = self.library
        try:
            save(self.paths[doc], corrections)
        except OSError as error:
            raise CorrectionError(str(sidecar_path(self.paths[doc])),
                                  f"cannot save the corrections: {error.strerror or error}") from error
        self.refresh()
        self.last_changes = library_changes(before, self.library) or ["the library is unchanged"]
        return self.last_changes

    def complete(self, doc: int, payload: dict[str, Any]) -> dict[str, Any]:
        """The full correction from what the page sends (anchors, snapped spans, chosen values)."""
        if not 0 <= doc < len(self.paths):
            raise CorrectionError("the correction", f"there is no document {doc}")
        action = payload.get("action")
        if action not in ACTIONS:
            raise CorrectionError("the correction", f"unknown action {action!r} (expected one of {', '.join(ACTIONS)})")
        if action in ("edit", "merge"):
            return self._complete_record(action, payload)
        note = self._note(doc, payload.get("note"))
        anchor = note_anchor(note.number, note.text)
        if action in ("split", "join"):
            return {"action": action, **anchor, "at": _int(payload.get("at"), "at")}
        start, end = self._snap(note.text, _int(payload.get("start"), "start"), _int(payload.get("end"), "end"))
        correction = {"action": action, **anchor, "start": start, "end": end, "text": note.text[start:end]}
        if action == "relabel":
            correction["label"] = payload.get("label")
        elif action == "relink":
            target = payload.get("to") or None
            correction["to"] = target
            if target is None:
                correction["record"] = self._new_work(doc, note.number, start, end)
        return correction

    def _complete_record(self, action: str, payload: dict[str, Any]) -> dict[str, Any]:
        try:
            if action == "edit":
                name = str(payload.get("field") or "")
                clean_value(name, payload.get("value"))
                return {"action": "edit", "record": payload.get("record"), "field": name, "value": payload.get("value")}
            keep, drop = payload.get("keep"), [d for d in payload.get("drop") or [] if d != payload.get("keep")]
            values = {}
            for name, source in (payload.get("values") or {}).items():
                record = self._record(source)
                values[name] = record.get(name)
            return {"action": "merge", "keep": keep, "drop": drop, "values": values}
        except RecordError as error:
            raise CorrectionError("the correction", str(error)) from error

    def _record(self, key: Any) -> dict[str, Any]:
        try:
            return self.library[str(key)]
        except KeyError:
            raise CorrectionError("the correction", f"there is no record {key!r}") from None

    def _note(self, doc: int, number: Any) -> Any:
        for note in self.documents[doc].notes:
            if note.number == number:
                return note
        raise CorrectionError("the correction", f"there is no note {number!r}")

    @staticmethod
    def _snap(text: str, start: int, end: int) -> tuple[int, int]:
        """Widen [start, end) to the whole tokens it touches."""
        from ..parse import tokenize

        inside = [t for t in tokenize(text) if t.start < end and t.end > start]
        if not inside:
            raise CorrectionError("the correction", "select some words of the note first")
        return inside[0].start, inside[-1].end

    def _new_work(self, doc: int, number: int, start: int, end: int) -> dict[str, Any]:
        """The record the cite at [start, end) of note ``number`` describes on its own."""
        document = self.documents[doc]
        at = next(i for i, n in enumerate(document.notes) if n.number == number)
        note = document.notes[at]
        overrides = note_overrides(self.corrections(doc), [(note.number, note.text)])
        laid_out = layout_labels([n.text for n in document.notes])[at]
        cites = parse_note(note.text, note.italic_spans, default_tagger(self.model),
                           labels=[*laid_out, *overrides.labels.get(number, ())], breaks=overrides.breaks.get(number))
        for cite in cites:
            if cite.start < end and cite.end > start:
                record = normalize_fields(cite.fields, kind=cite.kind, locator=cite.locator).record
                if "title" not in record and record.get("title-short"):  # a short form names the work so
                    record["title"] = record["title-short"]
                return {k: v for k, v in record.items() if k != "id"}
        return {"type": "book", "title": text_of(note.text, start, end)}


def text_of(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without surrounding punctuation and spaces."""
    return text[start:end].strip(" ,.;:()[]")


def _int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CorrectionError("the correction", f"{name} must be a character offset")
    return value


def library_changes(before: Library, after: Library) -> list[str]:
    """What changed from ``before`` to ``after``: works added and removed, fields changed, and
    citations that now point at another work (one line each)."""
    old = {r["id"]: r for r in before.records}
    new = {r["id"]: r for r in after.records}
    lines = [f"new work {key}: {_title(new[key])}" for key in new if key not in old]
    lines += [f"work {key} removed ({_title(old[key])})" for key in old if key not in new]
    for key in new:
        if key not in old:
            continue
        for name in sorted((set(old[key]) | set(new[key])) - {"note"}):
            if old[key].get(name) == new[key].get(name):
                continue
            if name not in new[key]:
                lines.append(f"{key}: {name} removed (was {_short(name, old[key][name])})")
            elif name not in old[key]:
                lines.append(f"{key}: {name} added: {_short(name, new[key][name])}")
            else:
                lines.append(f"{key}: {name} {_short(name, old[key][name])} → {_short(name, new[key][name])}")
    cited_before = {(c.document, c.note, c.start): c.record_id for c in before.citations}
    for citation in after.citations:
        was = cited_before.get((citation.document, citation.note, citation.start))
        if was is not None and was != citation.record_id:
            lines.append(f"note {citation.note}: {citation.text!r} now cites {citation.record_id} (was {was})")
    return lines


def _title(record: dict[str, Any]) -> str:
    return str(record.get("title") or record.get("container-title") or record.get("type"))


def _short(name: str, value: Any) -> str:
    return repr(show_value(name, value))
