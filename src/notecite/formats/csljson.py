"""CSL-JSON: a JSON array of items (also a single item or ``{"items": [...]}``) ↔ Library."""
from __future__ import annotations

import json
from typing import Any, Iterable

from ..errors import InputError, RecordError
from ..library import Library
from ..records import Record
from . import jsontext


def loads(text: str, source: str = "<string>") -> Library:
    """A Library from CSL-JSON text; bad JSON or records → InputError naming ``source``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(source, f"not valid JSON: {error.msg} (column {error.colno})", error.lineno) from None
    items = _items(data, source)
    library = Library()
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise InputError(source, f"item {index}: expected a JSON object, got {type(item).__name__}")
        try:
            library.add(item)
        except RecordError as error:
            raise InputError(source, f"item {index}: {error}") from None
    return library


def _items(data: Any, source: str) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("items"), list) and "type" not in data:
        return data["items"]
    if isinstance(data, dict):
        return [data]
    raise InputError(source, f"expected a CSL-JSON array of items, got {type(data).__name__}")


def dumps(library: Library | Iterable[Record], *, ascii: bool = False) -> str:
    """The records as a pretty-printed CSL-JSON array (UTF-8, or ``\\u`` escapes if ``ascii``)."""
    return jsontext.dumps(list(library), ascii=ascii) + "\n"
