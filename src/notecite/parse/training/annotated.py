"""Read hand-annotated notes (``data/annotated/*.xml``, and the real notes of
``data/annotated/real/<id>.xml`` whose answer key puts the document in the train split) as Examples.

Format: ``<notes><note>See <author>A. Name</author>, <title>Title</title> … </note>…</notes>``;
text outside elements is prose, element names are labels (fields, ``ibid``, ``prose``).
"""
from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ...errors import InputError
from ..model import LABELS
from . import Example
from .sources import annotated_folder
from .synthetic import pieces_to_example

def read_notes(path: str | os.PathLike) -> list[Example]:
    """The notes of one annotated file; an unknown label is an error naming file and note."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        raise InputError(str(path), f"cannot read annotated notes: {error}") from error
    examples = []
    for number, note in enumerate(root.findall("note"), 1):  # top-level notes: ``note`` is also a field label
        pieces = [(note.text or "", "prose")]
        for element in note:
            if element.tag not in LABELS:
                raise InputError(str(path), f"note {number}: unknown label <{element.tag}>")
            if list(element):
                raise InputError(str(path), f"note {number}: nested element in <{element.tag}>")
            pieces.append((element.text or "", element.tag))
            pieces.append((element.tail or "", "prose"))
        pieces = _separators([(t, label) for t, label in pieces if t])
        example = pieces_to_example(pieces, f"annotated:{Path(path).stem}:{number}")
        examples.append(Example(example.text, tuple(s for s in example.spans if s[2] != "prose"), example.source))
    return examples


_LEAD = re.compile(r"^[^\w\s]+\s*")  # closing marks right after a field: ``”, in`` → ``”, `` + ``in``
_TRAIL = re.compile(r"\s*[“‘«„\"(\[]+$")  # opening marks right before a field: ``See “`` → ``See `` + ``“``


def _separators(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Punctuation-only prose between fields is a separator, and so are the punctuation a prose
    piece starts with right after a field and the opening marks it ends with right before one, so
    that quotes and brackets join fields exactly as in synthetic notes."""
    out: list[tuple[str, str]] = []
    for n, (text, label) in enumerate(pieces):
        if label != "prose":
            out.append((text, label))
            continue
        if not any(c.isalnum() for c in text):
            out.append((text, "sep"))
            continue
        head = _LEAD.match(text) if n and pieces[n - 1][1] != "prose" else None
        tail = _TRAIL.search(text) if n + 1 < len(pieces) and pieces[n + 1][1] != "prose" else None
        start = head.end() if head else 0
        end = tail.start() if tail else len(text)
        if start:
            out.append((text[:start], "sep"))
        out.append((text[start:end], "prose"))
        if end < len(text):
            out.append((text[end:], "sep"))
    return out


def differences_from_document(path: str | os.PathLike, document: str | os.PathLike) -> list[str]:
    """How the annotated notes at ``path`` differ from the notes of ``document`` (empty when they match):
    note count, ``n`` numbers, and each note's text once the tags are removed. Training on a note the
    document does not hold, or on a hand edit that changed its wording, teaches text nobody wrote."""
    from ...document import read_document  # the readers are needed only for this check

    try:
        annotated = ET.parse(path).getroot().findall("note")
    except (OSError, ET.ParseError) as error:
        return [f"cannot read annotated notes: {error}"]
    try:
        notes = read_document(document).notes
    except InputError as error:
        return [f"its document cannot be read: {error}"]
    if len(annotated) != len(notes):
        return [f"{len(annotated)} notes annotated, the document has {len(notes)}"]
    found = []
    for element, note in zip(annotated, notes):
        if element.get("n") not in (None, str(note.number)):
            found.append(f"note {note.number}: numbered n={element.get('n')}")
        if "".join(element.itertext()) != note.text:
            found.append(f"note {note.number}: its text differs from the document's once the tags are removed")
    return found


def real_notes(repo: str | os.PathLike) -> list[Example]:
    """The annotated real notes of ``repo`` (``data/annotated/real/<id>.xml``) whose key
    (``data/real/keys/<id>.json``) says split "train"; dev and blind documents never train.
    An annotation without a key is an error (its split is unknown)."""
    out = []
    for path in sorted((Path(repo) / "data" / "annotated" / "real").glob("*.xml")):
        key = Path(repo) / "data" / "real" / "keys" / f"{path.stem}.json"
        try:
            split = json.loads(key.read_text(encoding="utf-8")).get("split")
        except (OSError, ValueError) as error:
            raise InputError(str(path), f"no readable answer key {key.name} to tell its split: {error}") from error
        if split == "train":
            out += read_notes(path)
    return out


def annotated_notes(folder: str | os.PathLike | None = None) -> list[Example]:
    """Every note of every ``*.xml`` file in ``folder`` (default: the checkout's data/annotated)."""
    folder = Path(folder) if folder else annotated_folder()
    out = []
    for path in sorted(folder.glob("*.xml")):
        out += read_notes(path)
    return out
