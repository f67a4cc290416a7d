"""record_text: one function over every text value of a record."""
from __future__ import annotations

from notecite.csl.record_text import map_text


def test_map_text_leaves_identifiers_and_date_parts():
    record = {"id": "a b", "type": "book", "title": "x", "URL": "http://x", "author": [{"family": "y"}],
              "issued": {"date-parts": [[2000]], "literal": "z"}}
    out = map_text(record, str.upper)
    assert out == {"id": "a b", "type": "book", "title": "X", "URL": "http://x", "author": [{"family": "Y"}],
                   "issued": {"date-parts": [[2000]], "literal": "Z"}}
    assert record["title"] == "x"
