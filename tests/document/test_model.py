"""The document data types and the format dispatch."""
from __future__ import annotations

import json

import pytest

from notecite.document import Document, Marker, Note, format_for
from notecite.errors import InputError


def test_to_dict_is_json_ready_and_note_lookup():
    doc = Document("a.txt", "text", "Body.(1)", [Note(1, "Ibid.", (0, 5), [(0, 2)])], [Marker(1, 5)], ["w"])
    data = json.loads(json.dumps(doc.to_dict()))
    assert data["notes"][0] == {"number": 1, "text": "Ibid.", "span": [0, 5], "italic_spans": [[0, 2]]}
    assert data["markers"] == [{"number": 1, "offset": 5}]
    assert doc.note(1).text == "Ibid."
    with pytest.raises(KeyError):
        doc.note(2)


def test_format_for_extensions_and_names():
    assert format_for("x.TXT") == "text"
    assert format_for("x.markdown") == "markdown"
    assert format_for("x.htm") == "html"
    assert format_for("x.docx") == "docx"
    assert format_for("x.bin", "md") == "markdown"
    assert format_for("x.PDF") == "pdf" and format_for("x.odt") == "odt"
    with pytest.raises(InputError, match="extension"):
        format_for("x.rtf")
    with pytest.raises(InputError, match="unknown document format"):
        format_for("x.txt", "rtf")
