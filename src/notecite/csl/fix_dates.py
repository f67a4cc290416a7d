"""Correction: CSL-JSON dates that citeproc-py 0.11.1 cannot read.

CSL-JSON (csl-data.json, CSL 1.0.2) allows a date as an EDTF/ISO string (``"2019-03-04"``,
``"1939/1940"``, ``"1949~"``) or as an object with only ``raw`` or ``literal``. citeproc-py's
``CiteProcJSON.parse_date`` calls ``.get`` on the value, so a string raises AttributeError;
a ``raw``-only object becomes ``None`` and ``[[]]`` date-parts raise TypeError. This turns
each such value into the ``date-parts`` form it reads (keeping ``circa`` and ``season``), or
into ``literal`` when the text is not a date. Records are copied, never changed in place.

Date parts citeproc-js reads and citeproc-py does not: empty trailing parts (``["2000", "",
""]``, printed "00/00/2000" by citeproc-py; "2000" by citeproc-js) are dropped; a month 13–24
of a single date is a season, as in citeproc-js's input convention (13/17/21 spring ... 16/20/24
winter: "Spring"), and a month outside 1–24 is dropped with its day. A range whose ends carry
such season months ("Spring 1999–Summer 2001") gets a season on each end (``adapt_source``: CSL-JSON
has one ``season`` for the whole date), which :mod:`fix_locale_date_delimiter` ranges like months.
"""
from __future__ import annotations

import re
from typing import Any

from citeproc.source import Date, DateRange

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


def _trimmed(part: Any) -> Any:
    """A date-parts list without its empty trailing parts."""
    if not isinstance(part, list):
        return part
    end = len(part)
    while end and (part[end - 1] is None or str(part[end - 1]).strip() == ""):
        end -= 1
    return part[:end]


def _month(value: dict[str, Any]) -> dict[str, Any]:
    """``value`` (one date) with a month 13–24 read as a season and one outside 1–24 dropped."""
    part = value["date-parts"][0]
    try:
        month = int(str(part[1]).strip()) if len(part) > 1 else 1
    except ValueError:
        return value
    if 1 <= month <= 12:
        return value
    fixed = dict(value)
    fixed["date-parts"] = [part[:1]]
    if 13 <= month <= 24 and "season" not in value:
        fixed["season"] = (month - 13) % 4 + 1
    return fixed


def fix_date(value: Any) -> Any:
    """The date ``value`` in a form citeproc-py reads; values it already reads are returned as is."""
    if isinstance(value, str):
        return parse_date_text(value)
    if not isinstance(value, dict):
        return value
    parts = value.get("date-parts")
    if isinstance(parts, list) and any(_trimmed(p) != p for p in parts):
        value = {**value, "date-parts": [_trimmed(p) for p in parts]}
        parts = value["date-parts"]
    if isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], list) and len(parts[0]) > 1:
        value = _month(value)
        parts = value["date-parts"]
    if isinstance(parts, list):
        kept = [p for p in parts if isinstance(p, list) and p and str(p[0]).strip() not in ("", "0")]
        if len(kept) == 1 and len(parts) == 2 and parts[0] == kept[0] and _open_end(parts[1]):
            kept = [kept[0], [0]]  # an open range ("1987–"), which citeproc-py renders itself
        if kept == parts and kept:
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


def _season_end(part: Any) -> Any:
    """One end of a date range as a citeproc-py Date, a month 13–24 as its season (None: unreadable)."""
    try:
        numbers = [int(str(x).strip()) for x in part]
    except (TypeError, ValueError):
        return None
    if not numbers:
        return None
    if len(numbers) > 1 and 13 <= numbers[1] <= 24:
        return Date(year=numbers[0], season=(numbers[1] - 13) % 4 + 1)
    if len(numbers) > 1 and 1 <= numbers[1] <= 12:
        return Date(year=numbers[0], month=numbers[1], **({"day": numbers[2]} if len(numbers) > 2 and numbers[2] else {}))
    return Date(year=numbers[0])


def adapt_source(source: Any, records: list[Record]) -> None:
    """Give each end of a date range written with season months (13–24) its own season."""
    for record in records:
        for key in DATE_VARIABLES & record.keys():
            value = record[key]
            parts = value.get("date-parts") if isinstance(value, dict) else None
            if not isinstance(parts, list) or len(parts) != 2 or not all(isinstance(p, list) for p in parts):
                continue
            if not any(len(p) > 1 and str(p[1]).strip().isdigit() and 13 <= int(str(p[1]).strip()) <= 24 for p in parts):
                continue
            ends = [_season_end(p) for p in parts]
            reference = source.get(str(record.get("id", "")).lower()) if hasattr(source, "get") else None
            if None in ends or reference is None:
                continue
            reference[key.replace("-", "_")] = DateRange(begin=ends[0], end=ends[1], circa=bool(value.get("circa")))


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
