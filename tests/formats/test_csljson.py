"""CSL-JSON reading and writing."""
import json
from pathlib import Path

import pytest

from notecite.errors import InputError
from notecite.formats import csljson

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"


def test_reads_array_single_item_and_items_wrapper():
    item = {"id": "a", "type": "book", "title": "T"}
    assert csljson.loads(json.dumps([item])).records == [item]
    assert csljson.loads(json.dumps(item)).records == [item]
    assert csljson.loads(json.dumps({"items": [item, {**item, "id": "b"}]})).records[1]["id"] == "b"


def test_round_trip_of_fixture_is_exact():
    text = (DATA / "library.json").read_text(encoding="utf-8")
    lib = csljson.loads(text, "library.json")
    assert json.loads(csljson.dumps(lib)) == json.loads(text)
    assert "Révolution" in csljson.dumps(lib)
    ascii_text = csljson.dumps(lib, ascii=True)
    assert ascii_text.isascii() and json.loads(ascii_text) == json.loads(text)


def test_malformed_json_names_file_and_line():
    with pytest.raises(InputError) as caught:
        csljson.loads('[\n  {"id": "a", "type": "book"},\n  {"id": "b" "type": "book"}\n]\n', "lib.json")
    assert caught.value.path == "lib.json" and caught.value.line == 3
    assert "lib.json:3" in str(caught.value)


@pytest.mark.parametrize("item, words", [
    ({"id": "a", "title": "no type"}, "missing 'type'"),
    ({"id": "a", "type": "book", "author": "Serge"}, "list of name objects"),
    ({"id": "a", "type": "book", "issued": {"date-parts": [["x"]]}}, "malformed date-parts"),
    # wrong-typed values found by fuzzing (TypeError/AttributeError tracebacks before)
    ({"id": ["a"], "type": "book"}, "'id' must be a string or number"),
    ({"id": "a", "type": "book", "author": [{"family": 1}]}, "'author' name part 'family' must be a string"),
    ({"id": "a", "type": "book", "issued": {"date-parts": [[1987, 13]]}}, "'issued' has month 13"),
    ({"id": "a", "type": "book", "custom": []}, "'custom' must be an object"),
    ({"id": "a", "type": "book", "title": ["x"]}, "'title' must be a string or number"),
])
def test_invalid_record_names_file_and_item_index(item, words):
    with pytest.raises(InputError) as caught:
        csljson.loads(json.dumps([{"id": "ok", "type": "book"}, item]), "lib.json")
    assert "lib.json" in str(caught.value) and "item 1" in str(caught.value) and words in str(caught.value)


def test_non_object_item_and_non_array():
    with pytest.raises(InputError, match="item 0"):
        csljson.loads("[1]", "x.json")
    with pytest.raises(InputError, match="array"):
        csljson.loads('"text"', "x.json")


def test_unknown_type_is_kept_with_a_warning():
    lib = csljson.loads(json.dumps([{"id": "a", "type": "letter", "title": "To V.", "author": [{"family": "Woolf"}]}]))
    assert lib.records[0]["type"] == "letter" and any("unknown CSL type 'letter'" in w for w in lib.warnings)


def test_unknown_variables_are_kept_with_a_warning():
    lib = csljson.loads(json.dumps([{"id": "a", "type": "book", "x-mine": "kept"}]))
    assert lib.records[0]["x-mine"] == "kept" and lib.warnings
