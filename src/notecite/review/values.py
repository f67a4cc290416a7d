"""Field values as a person types them on the review page, and back.

Names are written ``Family, Given; Family, Given`` (a name without a comma is a literal),
dates ``1987``, ``1987-11`` or ``1987-11-05`` (anything else is kept as a literal date), every
other field as plain text. An empty value deletes the field.
"""
from __future__ import annotations

import re
from typing import Any

from ..errors import RecordError
from ..records import ALL_VARIABLES, DATE_VARIABLES, ITEM_TYPES, NAME_VARIABLES

_ISO = re.compile(r"(\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def clean_value(name: str, value: Any) -> Any:
    """The CSL-JSON value of field ``name`` from what was typed (or a CSL value); None deletes.

    Raises :class:`~notecite.errors.RecordError` for a field or type CSL does not have.
    """
    if name not in ALL_VARIABLES and name != "type":
        raise RecordError(f"{name!r} is not a CSL-JSON field")
    if value is None or (isinstance(value, (str, list)) and not value) or (isinstance(value, str) and not value.strip()):
        if name == "type":
            raise RecordError("a record needs a type")
        return None
    if not isinstance(value, str):
        return value
    value = value.strip()
    if name == "type" and value not in ITEM_TYPES:
        raise RecordError(f"{value!r} is not a CSL item type")
    if name in NAME_VARIABLES:
        return [_name(part.strip()) for part in value.split(";") if part.strip()] or None
    if name in DATE_VARIABLES:
        match = _ISO.fullmatch(value)
        if match:
            return {"date-parts": [[int(p) for p in match.groups() if p]]}
        return {"literal": value}
    return value


def _name(text: str) -> dict[str, str]:
    if "," not in text:
        return {"literal": text}
    family, given = (p.strip() for p in text.split(",", 1))
    return {"family": family, "given": given} if given else {"family": family}


def show_value(name: str, value: Any) -> str:
    """The text a person edits for field ``name`` (the inverse of :func:`clean_value`)."""
    if value is None:
        return ""
    if name in NAME_VARIABLES and isinstance(value, list):
        parts = []
        for person in value:
            if person.get("literal"):
                parts.append(person["literal"])
            else:
                family = " ".join(p for p in (person.get("non-dropping-particle"), person.get("family")) if p)
                given = " ".join(p for p in (person.get("given"), person.get("dropping-particle")) if p)
                parts.append(f"{family}, {given}" if given else f"{family},")
        return "; ".join(parts)
    if name in DATE_VARIABLES and isinstance(value, dict):
        if value.get("date-parts"):
            return "-".join(f"{p:02d}" if n else str(p) for n, p in enumerate(value["date-parts"][0]))
        return str(value.get("literal") or value.get("raw") or "")
    return str(value)
