"""Correction: CSL variables written as ``key: value`` lines in ``note`` are read, as citeproc-js reads them.

Zotero keeps fields it has no slot for in Extra, exported as CSL ``note``, one per line
("original-date: 1850", "event-date: 2004-10-01/2004-10-14", "container-author: Doe || Jane").
citeproc-js (its ``field_hack`` extension, on by default) reads such lines at the start of the
note into the item: ``type``; a date variable (parsed as a date); a name variable (``family ||
given``, or a literal name); any other variable the item does not have yet. The lines it reads
(and lines of other lowercase keys) are removed from the note. citeproc-py prints the whole note and ignores the values. This copies
records with those lines read the same way (a line that is not ``key: value`` ends the block,
except on the first line).
"""
from __future__ import annotations

import re

from ..records import ALL_VARIABLES, DATE_VARIABLES, NAME_VARIABLES, Record

_FIELD = re.compile(r"^([-_a-z]+|[A-Z]+):\s*([^}]+)$")


def _name(value: str) -> dict[str, str]:
    parts = re.split(r"\s*\|\|\s*", value)
    return {"family": parts[0], "given": parts[1]} if len(parts) == 2 else {"literal": value}


def read_fields(record: Record) -> Record:
    """A copy of ``record`` with the ``key: value`` lines at the start of its note read into it."""
    note = record.get("note")
    if not isinstance(note, str) or ":" not in note:
        return record
    out = dict(record)
    lines = note.split("\n")
    names: dict[str, list[dict[str, str]]] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        match = _FIELD.match(line)
        if not match:
            if i == 0:
                continue
            break
        key, value = match.group(1), match.group(2).strip()
        if key == "type":
            out["type"] = value
            lines[i] = ""
        elif key in DATE_VARIABLES:
            if key not in record:
                out[key] = value  # a date string, parsed by fix_dates
                lines[i] = ""
        elif key not in record:
            if key in NAME_VARIABLES:
                names.setdefault(key, []).append(_name(value))
            elif key in ALL_VARIABLES:
                out[key] = value  # other keys have no effect in citeproc-js; their line goes all the same
            lines[i] = ""
    out.update(names)
    rest = "\n".join(lines).strip()
    if rest:
        out["note"] = rest
    else:
        del out["note"]
    return out


def adapt_record(record: Record) -> Record:
    """``record`` with the variables written in its note read (see :func:`read_fields`)."""
    return read_fields(record)
