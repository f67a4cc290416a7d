import json
import re
from pathlib import Path

import pytest

from notecite.normalize import KINDS, LABELS, NORMALIZERS, NormalizedCite, normalize_fields
from notecite.normalize.base import Draft
from notecite.records import ALL_VARIABLES, ITEM_KEYS, validate

CASES = json.loads((Path(__file__).resolve().parents[1] / "data" / "normalize" / "cites.json").read_text(encoding="utf-8"))


def run_case(case):
    return normalize_fields(
        [tuple(f) for f in case["fields"]],
        kind=case.get("kind", "full"),
        locator=case.get("locator"),
        italic_titles=case.get("italic_titles", ()),
    )


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case):
    result = run_case(case)
    assert isinstance(result, NormalizedCite)
    assert result.record == case["record"]
    assert result.locator == case["locator_out"]
    assert result.prose == case.get("prose", [])
    assert [f["text"] for f in result.flags] == case.get("flag_texts", [])
    assert validate(dict(result.record, id="x")) == []


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_nothing_given_is_dropped(case):
    result = run_case(case)
    out = json.dumps([result.record, result.locator, result.prose], ensure_ascii=False)
    for label, text in case["fields"]:
        if label == "ibid":
            continue
        words = [w for w in re.findall(r"[^\W_]{3,}", text) if not w.isdigit() or len(w) == 4]
        assert any(w in out for w in words) or not words, (label, text)


def test_example_from_the_brief():
    result = normalize_fields(
        [("author", "Victor Serge"), ("title", "Memoirs of a Revolutionary"), ("location", "London & New York"),
         ("publisher", "Writers & Readers"), ("date", "1987")],
        locator="67",
    )
    assert result.record["type"] == "book"
    assert result.record["author"] == [{"given": "Victor", "family": "Serge"}]
    assert result.locator == {"label": "page", "value": "67", "raw": "67"}
    assert result.flags == []


def test_chain_is_a_plain_inspectable_list():
    assert isinstance(NORMALIZERS, list)
    names = [step.name for step in NORMALIZERS]
    assert len(names) == len(set(names))
    assert names.index("places") < names.index("dates")  # split-off years reach the date normalizer
    assert names.index("types") < names.index("place-pages")
    assert names[0] == "ocr" and names[-1] == "leftovers"
    for step in NORMALIZERS:
        assert step.reads <= LABELS, step.name
        assert step.writes <= ALL_VARIABLES | ITEM_KEYS, step.name


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_each_step_touches_only_what_it_declares(case):
    draft = Draft(fields=[tuple(f) for f in case["fields"]], kind=case.get("kind", "full"), locator_raw=case.get("locator"))
    for step in NORMALIZERS:
        before_record = json.dumps(draft.record, sort_keys=True)
        before = dict(json.loads(before_record))
        labels_before = [lab for lab, _ in draft.fields]
        step(draft)
        changed = {k for k in set(before) | set(draft.record) if before.get(k) != draft.record.get(k)}
        assert changed <= step.writes, (step.name, changed)
        if step.name != "leftovers":
            consumed = set(labels_before) - {lab for lab, _ in draft.fields}
            assert consumed <= step.reads, (step.name, consumed)


def test_steps_can_be_left_out():
    fields = [("title", "Mid&night in the Century"), ("date", "1939")]
    without_ocr = [s for s in NORMALIZERS if s.name != "ocr"]
    assert normalize_fields(fields).flags
    assert normalize_fields(fields, normalizers=without_ocr).flags == []


def test_input_is_not_modified():
    fields = [("author", "Victor Serge"), ("location", "Glasgow, 1977")]
    copy = list(fields)
    normalize_fields(fields)
    assert fields == copy


@pytest.mark.parametrize("bad", [[("title",)], [("title", 3)], [(3, "title")], ["title"], [("title", "a", "b")]])
def test_bad_fields_raise(bad):
    with pytest.raises(ValueError, match="field 0"):
        normalize_fields(bad)


def test_bad_kind_raises():
    with pytest.raises(ValueError, match="kind"):
        normalize_fields([("title", "X")], kind="op-cit")
    assert "short" in KINDS


def test_empty_fields_give_a_document():
    result = normalize_fields([])
    assert result.record == {"type": "document"}
    assert result.locator is None
