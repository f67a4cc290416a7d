"""The CSL test suite through notecite's layer: the pass count never drops below the ratchet."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from notecite.csl import conformance

ROOT = Path(__file__).resolve().parents[2]
RATCHET = ROOT / "tests" / "data" / "csl" / "conformance_ratchet.json"


def suite_dir() -> Path:
    if os.environ.get("NOTECITE_CSL_SUITE"):
        return Path(os.environ["NOTECITE_CSL_SUITE"])
    shared = Path(os.environ.get("NOTECITE_SHARED") or ROOT / ".." / "shared")
    return shared / "data" / "csl-test-suite" / "humans"


def test_parse_fixture(tmp_path):
    fixture = tmp_path / "x_Y.txt"
    fixture.write_text(">>===== MODE =====>>\ncitation\n<<===== MODE =====<<\n>>===== RESULT =====>>\nA\n"
                       "<<===== RESULT =====<<\n>>===== CSL =====>>\n<style/>\n<<===== CSL =====<<\n"
                       ">>===== INPUT =====>>\n[{\"id\": \"a\"}]\n<<===== INPUT =====<<\n", encoding="utf-8")
    data = conformance.parse_fixture(fixture)
    assert data["MODE"] == "citation" and data["INPUT"] == [{"id": "a"}] and data["RESULT"] == "A"


def test_report_closing_line():
    outcomes = [conformance.Outcome("a_x", "pass"), conformance.Outcome("a_y", "fail"), conformance.Outcome("b_z", "error")]
    assert conformance.report(outcomes).splitlines()[-1] == "1 passed, 2 failed"


def test_pass_count_does_not_drop():
    paths = conformance.fixture_paths(suite_dir())
    if not paths:
        pytest.skip(f"CSL test suite not found in {suite_dir()} (set NOTECITE_CSL_SUITE or NOTECITE_SHARED)")
    ratchet = json.loads(RATCHET.read_text(encoding="utf-8"))
    outcomes = conformance.run_suite(paths)
    passed = sum(1 for o in outcomes if o.status == "pass")
    if len(paths) == ratchet["fixtures"]:
        assert passed >= ratchet["passed"], f"{passed} fixtures pass, the ratchet says {ratchet['passed']}"
    else:  # another suite version: only a sanity floor
        assert passed > 0


def test_citation_reported_updated_when_its_first_reference_note_moves():
    from notecite.csl.conformance import render_fixture
    style = """<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
      <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation><layout><choose>
        <if position="first"><text variable="title"/></if>
        <else><text variable="title"/><text variable="first-reference-note-number" prefix=" n"/></else>
      </choose></layout></citation></style>"""
    records = [{"id": "A", "title": "A"}, {"id": "B", "title": "B"}, {"id": "C", "title": "C"}]

    def cite(cid, key, note):
        return {"citationID": cid, "citationItems": [{"id": key}], "properties": {"noteIndex": note}}

    data = {"MODE": "citation", "CSL": style, "INPUT": records, "RESULT": "", "CITATIONS": [
        [cite("C1", "A", 1), [], []],
        [cite("C2", "B", 2), [["C1", 1]], []],
        [cite("C3", "A", 3), [["C1", 1], ["C2", 2]], []],
        # inserted first: A's first note moves to 2, so C1 (text unchanged) is re-rendered too;
        # B is cited once, so C2 (moved to note 3, same text) is not
        [cite("C0", "C", 1), [], [["C1", 2], ["C2", 3], ["C3", 4]]],
    ]}
    assert render_fixture(data).split("\n") == [">>[0] C", ">>[1] A", "..[2] B", ">>[3] A n2"]
