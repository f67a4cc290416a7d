"""Appending to an existing library's text: its bytes kept, new entries after them."""
import json

import pytest

from notecite.formats import loads
from notecite.formats.into import append, append_entries, append_items, same_family

NEW = {"id": "serge1987memoirs", "type": "book", "title": "Memoirs of a Revolutionary",
       "author": [{"family": "Serge", "given": "Victor"}], "issued": {"date-parts": [[1987]]}}


def test_bibtex_text_is_kept_and_entries_follow_a_blank_line():
    original = "% mine\n@string{ny = {New York}}\n@book{a,\n  title = {A},\n  location = ny,\n}\n"
    out = append(original, "biblatex", [NEW], "biblatex")
    assert out.startswith(original + "\n@book{serge1987memoirs,")
    assert [r["id"] for r in loads(out, "biblatex")] == ["a", "serge1987memoirs"]


def test_nothing_new_gives_the_text_back_unchanged():
    original = "@book{a, title={A}}"  # no final newline: still untouched
    assert append(original, "biblatex", [], "biblatex") is original
    assert append_items('[{"id": "a", "type": "book"}]', []) == '[{"id": "a", "type": "book"}]'


def test_crlf_files_get_crlf_entries_and_a_missing_final_newline_is_bridged():
    original = "@book{a,\r\n  title = {A}\r\n}"
    out = append_entries(original, "@book{b,\n  title = {B}\n}\n")
    assert out == original + "\r\n\r\n@book{b,\r\n  title = {B}\r\n}\r\n"


def test_csl_json_array_keeps_every_existing_byte_and_its_indent():
    original = '[\n    {"id": "a", "type": "book",   "title": "Kept  as typed"}\n]\n'
    out = append_items(original, [NEW])
    assert out.startswith('[\n    {"id": "a", "type": "book",   "title": "Kept  as typed"},\n    {\n')
    assert out.endswith("\n]\n")
    assert [r["id"] for r in json.loads(out)] == ["a", "serge1987memoirs"]


def test_csl_json_empty_array_and_single_item():
    assert json.loads(append_items("[]", [NEW])) == [NEW]
    single = '{"id": "a", "type": "book"}\n'
    out = append_items(single, [NEW])
    assert '{"id": "a", "type": "book"}' in out and [r["id"] for r in json.loads(out)] == ["a", "serge1987memoirs"]


def test_utf8_bom_is_kept():
    original = "\ufeff@book{a, title={A}}\n"
    assert append(original, "biblatex", [NEW], "bibtex").startswith(original)


def test_families():
    assert same_family("biblatex", "bibtex") and same_family("csl-json", "csl-json")
    assert not same_family("biblatex", "csl-json")
    with pytest.raises(ValueError):
        append("[]", "csl-json", [NEW], "ris")
