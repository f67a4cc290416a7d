"""Correction: CSL-JSON dates that citeproc-py 0.11.1 cannot read.

CSL-JSON (csl-data.json, CSL 1.0.2) allows a date as an EDTF/ISO string (``"2019-03-04"``,
``"1939/1940"``, ``"1949~"``) or as an object with only ``raw`` or ``literal``. citeproc-py's
``CiteProcJSON.parse_date`` calls ``.get`` on the value, so a string raises AttributeError;
a ``raw``-only object becomes ``None`` and ``[[]]`` date-parts raise TypeError. This turns
each such value into the ``date-parts`` form it reads (keeping ``circa`` and ``season``), or
into ``literal`` when the text is not a date. Records are copied, never changed in place.
"""
from __future__ import annotations

import re
from typing import Any

from ..records import DATE_VARIABLES, Record

_EDTF_DATE = re.compile(r"^\s*(-?\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$")


def _parse_single(text: str) -> list[int] | None:
    match = _EDTF_DATE.match(text)
    if not match:
        return None
    parts = [int(x) for x in match.groups() if x is not None]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return None
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        return None
    return parts


def parse_date_text(text: str) -> dict[str, Any]:
    """A CSL date object from an EDTF/ISO date or range; ``{"literal": text}`` otherwise."""
    cleaned = text.strip()
    circa = cleaned.endswith(("?", "~", "%"))
    core = cleaned.rstrip("?~%")
    pieces = core.split("/") if "/" in core else [core]
    parsed = [_parse_single(p) for p in pieces if p.strip() not in ("", "..")]
    if parsed and len(parsed) <= 2 and all(p is not None for p in parsed):
        if len(parsed) == 1 and len(pieces) == 2 and pieces[1].strip() in ("", ".."):
            parsed.append([0])  # "1987/.." is an open range
        date: dict[str, Any] = {"date-parts": parsed}
        if circa:
            date["circa"] = True
        return date
    return {"literal": text}


def _open_end(part: Any) -> bool:
    return isinstance(part, list) and (not part or str(part[0]).strip() in ("", "0"))


def fix_date(value: Any) -> Any:
    """The date ``value`` in a form citeproc-py reads; values it already reads are returned as is."""
    if isinstance(value, str):
        return parse_date_text(value)
    if not isinstance(value, dict):
        return value
    parts = value.get("date-parts")
    if isinstance(parts, list):
        kept = [p for p in parts if isinstance(p, list) and p and str(p[0]).strip() not in ("", "0")]
        if len(kept) == 1 and len(parts) == 2 and parts[0] == kept[0] and _open_end(parts[1]):
            kept = [kept[0], [0]]  # an open range ("1987–"), which citeproc-py renders itself
        if kept == parts:
            return value
        fixed = {k: v for k, v in value.items() if k != "date-parts"}
        if kept:
            fixed["date-parts"] = kept
            return fixed
        value = fixed
    elif parts is not None:
        return value
    if "literal" in value:
        return value
    raw = value.get("raw")
    if isinstance(raw, str) and raw.strip():
        fixed = {k: v for k, v in value.items() if k != "raw"}
        fixed.update(parse_date_text(raw))
        return fixed
    return None


def adapt_record(record: Record) -> Record:
    """A copy of ``record`` with every date variable readable by citeproc-py (empty ones dropped)."""
    out = dict(record)
    for key in DATE_VARIABLES & record.keys():
        fixed = fix_date(record[key])
        if fixed is None:
            del out[key]
        else:
            out[key] = fixed
    return out
