"""A document's corrections: the sidecar file ``<document>.notecite.json`` and its contract.

A sidecar is readable JSON::

    {"format": "notecite-corrections", "version": 1, "document": "article.txt",
     "corrections": [{"action": "relabel", "note": 15, "note_hash": "…", "note_start": "See Victor…",
                      "start": 141, "end": 158, "text": "New International", "label": "container-title"},
                     …]}

Corrections anchored in a note (relabel, not-citation, split, join, relink) carry the note's
number, a hash of its text and the text they point at, so a changed document is detected
(:func:`locate_note`). Record corrections (edit, merge) name records by key. Corrections are
kept in the order they were made and applied in that order.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError
from ..fileio import write_atomically
from ..parse.model import LABELS

FORMAT = "notecite-corrections"
VERSION = 1
SUFFIX = ".notecite.json"

#: Corrections that change how a note is labelled, applied at parse time.
NOTE_ACTIONS = ("relabel", "not-citation", "split", "join")
#: Corrections applied to the linked library, after keys are assigned.
LIBRARY_ACTIONS = ("relink", "edit", "merge")
ACTIONS = NOTE_ACTIONS + LIBRARY_ACTIONS

#: Required keys of each action (besides ``action``).
_REQUIRED: dict[str, tuple[str, ...]] = {
    "relabel": ("note", "note_hash", "start", "end", "text", "label"),
    "not-citation": ("note", "note_hash", "start", "end", "text"),
    "split": ("note", "note_hash", "at"),
    "join": ("note", "note_hash", "at"),
    "relink": ("note", "note_hash", "start", "end", "text", "to"),
    "edit": ("record", "field", "value"),
    "merge": ("keep", "drop", "values"),
}


class CorrectionError(InputError):
    """A sidecar or a correction that cannot be read or does not make sense."""


def sidecar_path(document: str | os.PathLike) -> Path:
    """The sidecar of ``document``: ``article.txt`` → ``article.txt.notecite.json`` beside it."""
    path = Path(document)
    return path.with_name(path.name + SUFFIX)


def note_hash(text: str) -> str:
    """A short, stable hash of a note's text (16 hex digits of SHA-256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def note_anchor(number: int, text: str) -> dict[str, Any]:
    """The keys that anchor a correction in note ``number`` whose text is ``text``."""
    return {"note": number, "note_hash": note_hash(text), "note_start": text[:60]}


def validate(correction: Any, where: str = "correction") -> dict[str, Any]:
    """Check one correction's shape; returns it, or raises :class:`CorrectionError` naming ``where``."""
    if not isinstance(correction, dict):
        raise CorrectionError(where, "a correction must be a JSON object")
    action = correction.get("action")
    if action not in ACTIONS:
        raise CorrectionError(where, f"unknown action {action!r} (expected one of {', '.join(ACTIONS)})")
    missing = [key for key in _REQUIRED[action] if key not in correction]
    if missing:
        raise CorrectionError(where, f"{action} correction lacks {', '.join(missing)}")
    if action in NOTE_ACTIONS + ("relink",) and not isinstance(correction["note"], int):
        raise CorrectionError(where, f"{action}: note must be a number")
    for key in ("start", "end", "at"):
        if key in _REQUIRED[action] and not (isinstance(correction[key], int) and correction[key] >= 0):
            raise CorrectionError(where, f"{action}: {key} must be a character offset (a number ≥ 0)")
    if "start" in _REQUIRED[action] and correction["end"] <= correction["start"]:
        raise CorrectionError(where, f"{action}: end must come after start")
    if action == "relabel" and correction["label"] not in LABELS:
        raise CorrectionError(where, f"relabel: unknown label {correction['label']!r}")
    if action == "relink":
        target = correction["to"]
        if target is None and not isinstance(correction.get("record"), dict):
            raise CorrectionError(where, "relink to a new work needs the new work's fields as 'record'")
        if target is not None and not isinstance(target, str):
            raise CorrectionError(where, "relink: 'to' must be a record key or null (a new work)")
    if action == "edit" and not (isinstance(correction["record"], str) and isinstance(correction["field"], str)):
        raise CorrectionError(where, "edit: record and field must be strings")
    if action == "merge":
        drop = correction["drop"]
        if not isinstance(correction["keep"], str) or not isinstance(drop, list) or not drop or \
                not all(isinstance(d, str) for d in drop) or correction["keep"] in drop:
            raise CorrectionError(where, "merge: keep is one record key and drop a list of other keys")
        if not isinstance(correction["values"], dict):
            raise CorrectionError(where, "merge: values must map fields to the values to keep")
    return correction


@dataclass
class Corrections:
    """The corrections of one document, in the order they were made."""

    document: str
    items: list[dict[str, Any]] = field(default_factory=list)

    def note_corrections(self) -> list[tuple[int, dict[str, Any]]]:
        """(index, correction) of the corrections applied at parse time."""
        return [(n, c) for n, c in enumerate(self.items) if c["action"] in NOTE_ACTIONS]

    def library_corrections(self) -> list[tuple[int, dict[str, Any]]]:
        """(index, correction) of the corrections applied to the linked library."""
        return [(n, c) for n, c in enumerate(self.items) if c["action"] in LIBRARY_ACTIONS]

    def to_json(self) -> dict[str, Any]:
        """The sidecar's JSON object."""
        return {"format": FORMAT, "version": VERSION, "document": self.document, "corrections": self.items}


def load(document: str | os.PathLike) -> Corrections:
    """The corrections of ``document`` from its sidecar; none when there is no sidecar.

    A sidecar that is not valid JSON, of another format or a newer version, or holding a
    malformed correction raises :class:`CorrectionError` naming the sidecar.
    """
    path = sidecar_path(document)
    if not path.exists():
        return Corrections(Path(document).name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CorrectionError(str(path), f"cannot read corrections: {error}") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CorrectionError(str(path), f"not a notecite corrections file (no \"format\": \"{FORMAT}\")")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise CorrectionError(str(path), f"corrections version {data.get('version')!r} is newer than this notecite "
                                         f"reads ({VERSION})")
    items = data.get("corrections")
    if not isinstance(items, list):
        raise CorrectionError(str(path), "\"corrections\" must be a list")
    for n, item in enumerate(items, 1):
        validate(item, f"{path}: correction {n}")
    return Corrections(str(data.get("document") or Path(document).name), list(items))


def save(document: str | os.PathLike, corrections: Corrections) -> Path:
    """Write the sidecar of ``document`` atomically (readable, indented JSON); returns its path."""
    path = sidecar_path(document)
    write_atomically(path, json.dumps(corrections.to_json(), ensure_ascii=False, indent=2) + "\n")
    return path


class NoteIndex:
    """Find the note a correction was made in, by number and text hash."""

    def __init__(self, notes: Iterable[tuple[int, str]]):
        self.text = dict(notes)
        self.by_hash = {note_hash(text): number for number, text in self.text.items()}

    def locate(self, correction: dict[str, Any]) -> tuple[int | None, str]:
        """The note number the correction applies to now, or (None, why not).

        The note is found by its hash (so a renumbered note still matches); a correction that
        points at text must still find that text at its offsets.
        """
        number = correction["note"]
        if self.text.get(number) is not None and note_hash(self.text[number]) == correction["note_hash"]:
            found = number
        elif correction["note_hash"] in self.by_hash:
            found = self.by_hash[correction["note_hash"]]
        elif number not in self.text:
            return None, f"note {number} is no longer in the document"
        else:
            return None, f"the text of note {number} has changed"
        if "text" in correction:
            text = self.text[found]
            if text[correction["start"]:correction["end"]] != correction["text"]:
                return None, f"{correction['text']!r} is no longer at its place in note {found}"
        return found, ""


def describe(correction: dict[str, Any]) -> str:
    """A short human description of a correction (for messages and the review page)."""
    action = correction["action"]
    if action == "relabel":
        return f"note {correction['note']}: {correction['text']!r} is {correction['label']}"
    if action == "not-citation":
        return f"note {correction['note']}: {correction['text']!r} is not a citation"
    if action == "split":
        return f"note {correction['note']}: a new cite starts at character {correction['at']}"
    if action == "join":
        return f"note {correction['note']}: the cite at character {correction['at']} joins the one before"
    if action == "relink":
        target = correction["to"] or f"a new work ({(correction.get('record') or {}).get('title', 'untitled')})"
        return f"note {correction['note']}: {correction['text']!r} cites {target}"
    if action == "edit":
        return f"{correction['record']}: {correction['field']} set to {correction['value']!r}"
    return f"{', '.join(correction['drop'])} merged into {correction['keep']}"
