"""CSL date values ↔ EDTF strings (``1987``, ``1987-05-02``, ``1920/1925``, ``1920~``).

BibLaTeX's ``date``/``origdate``/``urldate`` fields use this EDTF subset, and so does the
fallback for date variables the other formats have no field for.
"""
from __future__ import annotations

import re
from typing import Any

from ..records import date_parts

_PART = re.compile(r"(-?\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def to_edtf(value: Any) -> str | None:
    """The EDTF form of a CSL date (object or string), or None when it has no date-parts or they
    make no EDTF date (a month 13 in a ``raw`` or ``literal`` string)."""
    if isinstance(value, str):
        return value.strip() if from_edtf(value) is not None else None
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if not parts:
        parsed = date_parts(value)
        if parsed is None or set(value) - {"raw", "literal"}:
            return None
        parts = [parsed]
    text = "/".join(_format_part(p) for p in parts)
    season = value.get("season")
    if season and str(season).isdigit() and 1 <= int(season) <= 4 and all(len(p) == 1 for p in parts):
        text = "/".join(f"{_format_part(p)}-{20 + int(season)}" for p in parts)
    if value.get("circa"):
        text += "~"
    return text if from_edtf(text) is not None else None  # a raw "1987-13-40" is no EDTF date


def _format_part(part: list) -> str:
    numbers = [int(x) for x in part]
    text = f"{numbers[0]:04d}" if numbers[0] >= 0 else f"-{abs(numbers[0]):04d}"
    for number in numbers[1:]:
        text += f"-{number:02d}"
    return text


def from_edtf(text: str) -> dict[str, Any] | None:
    """A CSL date object from an EDTF string; None when ``text`` is not EDTF."""
    text = text.strip()
    circa = bool(re.search(r"[~%?]$", text))
    core = re.sub(r"[~%?]$", "", text)
    parts = []
    for side in core.split("/"):
        match = _PART.fullmatch(side.strip())
        if not match:
            return None
        numbers = [int(x) for x in match.groups() if x is not None]
        if len(numbers) > 1 and not (1 <= numbers[1] <= 12 or (21 <= numbers[1] <= 24 and len(numbers) == 2)):
            return None
        if len(numbers) > 2 and not 1 <= numbers[2] <= 31:
            return None
        parts.append(numbers)
    if not 1 <= len(parts) <= 2:
        return None
    result: dict[str, Any] = {"date-parts": parts}
    seasons = {p[1] for p in parts if len(p) == 2 and p[1] > 12}
    if seasons:
        if len(seasons) > 1 or any(len(p) != 2 or p[1] <= 12 for p in parts):
            return None
        result = {"date-parts": [p[:1] for p in parts], "season": seasons.pop() - 20}
    if circa:
        result["circa"] = True
    return result


def to_csl_date(text: str) -> dict[str, Any]:
    """EDTF → date-parts, anything else → ``{"literal": text}``."""
    return from_edtf(text) or {"literal": text.strip()}


def from_csl_date(value: Any) -> str:
    """A CSL date as text: EDTF when possible, else its literal or raw form."""
    edtf = to_edtf(value)
    if edtf is not None:
        return edtf
    if isinstance(value, dict):
        return str(value.get("literal") or value.get("raw") or "")
    return str(value)
