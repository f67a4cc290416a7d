"""Read a ``--citations`` JSON file (as ``notecite extract --citations`` writes it) into Citations."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..library import Citation


def read_citations(path: str | os.PathLike) -> list[Citation]:
    """Every cite of a citations file: ``{"document", "notes": [{"note", "cites": [...]}]}`` or
    ``{"documents": [...]}`` of those. Raises :class:`InputError` naming the file on bad input."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(path, f"not JSON: {error}", getattr(error, "lineno", None)) from None
    return citations_from_json(data, str(path))


def citations_from_json(data: Any, source: str = "<citations>") -> list[Citation]:
    """The Citations of an already parsed citations document."""
    documents = data.get("documents") if isinstance(data, dict) and "documents" in data else [data]
    if not isinstance(documents, list):
        raise InputError(source, "'documents' must be a list")
    out: list[Citation] = []
    for d, document in enumerate(documents, 1):
        if not isinstance(document, dict) or not isinstance(document.get("notes"), list):
            raise InputError(source, f"document {d}: expected an object with 'document' and a 'notes' list")
        name = str(document.get("document") or "")
        for note in document["notes"]:
            if not isinstance(note, dict) or not isinstance(note.get("cites"), list):
                raise InputError(source, f"{name}: every note needs a 'note' number and a 'cites' list")
            try:
                number = int(note.get("note"))
            except (TypeError, ValueError):
                raise InputError(source, f"{name}: note number {note.get('note')!r} is not a number") from None
            for cite in note["cites"]:
                if not isinstance(cite, dict) or not cite.get("id"):
                    raise InputError(source, f"{name} n. {number}: every cite needs an 'id'")
                out.append(Citation(
                    document=name, note=number, record_id=str(cite["id"]), kind=str(cite.get("kind") or "full"),
                    locator=cite.get("locator"), label=str(cite.get("label") or "page"),
                    confidence=float(cite.get("confidence", 1.0)), prefix=str(cite.get("prefix") or ""),
                    suffix=str(cite.get("suffix") or ""), text=str(cite.get("text") or ""),
                    relation=cite.get("relation")))
    return out
