"""Records rewritten for Zotero's importers (``--for zotero``)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from notecite.formats import ris
from notecite.zotero.files import BIBTEX_READS, records_for_zotero

EVERY_TYPE = json.loads((Path(__file__).resolve().parents[1] / "data" / "zotero" / "every_type.json").read_text())
BY_ID = {r["id"]: r for r in EVERY_TYPE}


def zotero(record_id: str, fmt: str = "csl-json") -> dict:
    return records_for_zotero([BY_ID[record_id]], fmt)[0]


def test_csl_json_keeps_fields_and_moves_the_rest_to_extra_lines():
    out = zotero("serge1963memoirs")
    assert out["type"] == "book" and out["publisher"] == "Oxford University Press"
    assert "original-date" not in out and "original-title" not in out
    assert out["note"].split("\n") == ["Abridged; see the French edition for the full text.", "original-date: 1951",
                                       "original-title: Mémoires d'un révolutionnaire", "Citation Key: serge1963memoirs"]


def test_csl_json_names_carry_particles_and_suffixes_where_zotero_reads_them():
    assert zotero("heijenoort1978trotsky")["author"] == [{"family": "van Heijenoort", "given": "Jean"}]
    assert zotero("king1963letter")["author"] == [{"family": "King", "given": "Martin Luther, Jr."}]


@pytest.mark.parametrize("record_id, csl_type, line", [
    ("poum1937pamphlet", "book", "type: pamphlet"), ("king1963letter", "personal_communication", None),
    ("sedova1940interview", "interview", None), ("macdonald1946root", "article-magazine", None)])
def test_each_type_goes_to_the_zotero_type_that_cites_it_right(record_id, csl_type, line):
    out = zotero(record_id)
    assert out["type"] == csl_type
    assert (line in out["note"].split("\n")) if line else not any(l.startswith("type:") for l in out["note"].split("\n"))


def test_bibtex_keeps_only_fields_zoteros_bibtex_import_reads():
    out = zotero("weissman2001ours", "biblatex")
    assert set(out) - {"id", "type", "note"} <= BIBTEX_READS
    assert "collection-editor: Ali || Tariq" in out["note"].split("\n")


def test_ris_names_without_a_tag_use_zoteros_name_syntax_and_read_back():
    text = ris.dumps(records_for_zotero([BY_ID["sedova1940interview"]], "ris"), for_zotero=True)
    assert "M2  - interviewer: Rosmer || Marguerite" in text
    back = ris.loads(text).records[0]
    assert back["type"] == "interview" and back["interviewer"] == [{"family": "Rosmer", "given": "Marguerite"}]


def test_the_plain_record_is_not_changed():
    before = json.dumps(EVERY_TYPE, sort_keys=True)
    records_for_zotero(EVERY_TYPE, "ris")
    assert json.dumps(EVERY_TYPE, sort_keys=True) == before


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        records_for_zotero(EVERY_TYPE, "pandoc-markdown")


def test_ris_for_zotero_reads_back_into_the_same_record_ids():
    text = ris.dumps(records_for_zotero(EVERY_TYPE, "ris"), for_zotero=True)
    back = ris.loads(text)
    assert [r["id"] for r in back.records] == [r["id"] for r in EVERY_TYPE]
    assert not any("Citation Key" in json.dumps(r.get("custom", {})) for r in back.records)


def test_bibtex_places_fields_for_the_item_type_bibtex_js_makes():
    newspaper = zotero("serge1939newspaper", "bibtex")  # @article: a Zotero journal article, no edition field
    assert newspaper["type"] == "article-newspaper" and "edition" not in newspaper
    assert {"edition: Evening", "type: article-newspaper"} <= set(newspaper["note"].split("\n"))
    report = zotero("kronstadt1921report", "bibtex")  # BibTeX.js files `series` where a report has none
    assert "collection-title" not in report and "collection-title: Soviet Papers" in report["note"].split("\n")
