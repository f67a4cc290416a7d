"""The citations file: every note's cites, as ``notecite extract --citations`` writes it.

``{"document": NAME, "notes": [{"note": N, "cites": [{"id", "locator", "label", "kind",
"confidence", ...}]}]}`` for one document, ``{"documents": [...]}`` of those for several.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..library import Citation


def read_json(path: str | os.PathLike) -> Any:
    """The parsed JSON of ``path``; InputError naming the file (and line) when unreadable or not JSON."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise InputError(path, f"not UTF-8 text: {error}") from None
    except json.JSONDecodeError as error:
        raise InputError(path, f"not JSON: {error.msg}", error.lineno) from None


def read_citations(path: str | os.PathLike) -> list[Citation]:
    """Every cite of a citations file. Raises :class:`InputError` naming the file on bad input."""
    return citations_from_json(read_json(path), str(path))


def is_citations_document(data: Any) -> bool:
    """True for the shape ``notecite extract --citations`` writes."""
    return isinstance(data, dict) and ("documents" in data or "notes" in data)


def citations_to_json(citations: list[Citation]) -> dict[str, Any]:
    """Citations in the file's shape: one object per document, notes in order."""
    documents: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for citation in citations:
        documents.setdefault(citation.document, {}).setdefault(citation.note, []).append(citation.as_json())
    out = [{"document": doc, "notes": [{"note": n, "cites": cites} for n, cites in sorted(notes.items())]}
           for doc, notes in documents.items()]
    return out[0] if len(out) == 1 else {"documents": out}


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
