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
