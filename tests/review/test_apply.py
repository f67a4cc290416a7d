"""Corrections in a sidecar change what ``extract`` finds, on every run."""
from __future__ import annotations

from notecite.pipeline import extract
from notecite.review.corrections import Corrections, save

from .conftest import note_span


def _extract(article, *corrections):
    save(article, Corrections(article.name, list(corrections)))
    return extract([article], provenance_note=True)


def _cited_in(library, note):
    return [c.record_id for c in library.citations if c.note == note]


def test_relabel_makes_a_title_a_container(article):
    before = extract([article])
    assert before["serge1938new"]["title"] == "New International"
    library = _extract(article, {"action": "relabel", **note_span(article, 15, "New International"),
                                 "label": "container-title"})
    [record] = [r for r in library.records if r.get("container-title") == "New International"]
    assert "title" not in record and _cited_in(library, 15)[-1] == record["id"]
    assert not any("no longer applies" in w for w in library.warnings)


def test_not_a_citation_removes_the_cite_and_its_work(article):
    assert "anonmorali" in _cited_in(extract([article]), 17)
    library = _extract(article, {"action": "not-citation", **note_span(article, 17, "0 Morali, 105-7")})
    assert _cited_in(library, 17) == ["filtzersoviet"]
    assert all(r["id"] != "anonmorali" for r in library.records)


def test_join_makes_two_cites_one(article):
    before = _cited_in(extract([article]), 18)
    assert before == ["sergedestiny", "sergeleinin", "trotskyrevolution"]
    span = note_span(article, 18, "From Leinin")
    library = _extract(article, {"action": "join", **{k: span[k] for k in ("note", "note_hash")}, "at": span["start"]})
    assert len(_cited_in(library, 18)) == 2


def test_split_makes_one_cite_two(article):
    span = note_span(article, 17, "(New York")
    library = _extract(article, {"action": "split", "note": 17, "note_hash": span["note_hash"], "at": span["start"]})
    assert "publisher" not in library["filtzersoviet"]  # the imprint is a cite of its own now
    assert any("note 17: could not link 'New York, M.E. Sharpe, Inc.) 18, 276n'" in w for w in library.warnings)


def test_relink_to_another_work_and_to_a_new_one(article):
    library = _extract(
        article,
        {"action": "relink", **note_span(article, 17, "0 Morali, 105-7"), "to": "serge1987memoirs"},
        {"action": "relink", **note_span(article, 15, "New International"), "to": None,
         "record": {"type": "periodical", "title": "New International"}})
    assert _cited_in(library, 17)[0] == "serge1987memoirs"
    assert all(r["id"] != "anonmorali" for r in library.records)  # its only citation went elsewhere
    assert all(r["id"] != "serge1938new" for r in library.records)
    new = library[_cited_in(library, 15)[-1]]
    assert new["type"] == "periodical" and new["title"] == "New International" and new["id"] == "anonnew"
    assert "Cited in" in new["note"]


def test_edit_and_merge_records(article):
    library = _extract(
        article,
        {"action": "edit", "record": "sergeleinin", "field": "title", "value": "From Lenin to Stalin"},
        {"action": "edit", "record": "sergeleinin", "field": "issued", "value": "1937"},
        {"action": "merge", "keep": "sergedestiny", "drop": ["serge1938new"],
         "values": {"title": "Destiny of a Revolution", "issued": "1937-05"}})
    record = library["sergeleinin"]  # keys do not change when fields are edited
    assert record["title"] == "From Lenin to Stalin" and record["issued"] == {"date-parts": [[1937]]}
    assert "sergeleinin" not in library.flags  # the OCR doubt about the edited title is resolved
    assert library.provenance["sergeleinin"]["title"] == [f"review:{article.name}"]
    assert all(r["id"] != "serge1938new" for r in library.records)
    assert _cited_in(library, 15)[-1] == "sergedestiny"
    assert library["sergedestiny"]["issued"] == {"date-parts": [[1937, 5]]}


def test_a_correction_that_no_longer_applies_is_reported(article):
    save(article, Corrections(article.name, [
        {"action": "relabel", **note_span(article, 15, "New International"), "label": "container-title"},
        {"action": "edit", "record": "nosuchkey", "field": "title", "value": "X"},
        {"action": "edit", "record": "sergeleinin", "field": "colour", "value": "X"}]))
    article.write_text(article.read_text(encoding="utf-8").replace("New International", "New Internationalist"),
                       encoding="utf-8")
    library = extract([article])
    stale = [w for w in library.warnings if "no longer applies" in w]
    assert len(stale) == 3
    assert "correction 1" in stale[0] and "the text of note 15 has changed" in stale[0]
    assert "no record 'nosuchkey'" in stale[1]
    assert "'colour' is not a CSL-JSON field" in stale[2]


def test_a_renumbered_note_keeps_its_correction(article):
    span = note_span(article, 15, "New International")
    text = article.read_text(encoding="utf-8")
    # note 14 disappears from the notes: note 15 becomes note 14
    text = text.replace("14. Serge, ‘Trente Ans,” 7.\n", "")
    article.write_text(text, encoding="utf-8")
    library = _extract(article, {"action": "relabel", **span, "label": "container-title"})
    assert not any("no longer applies" in w for w in library.warnings)
    assert any(r.get("container-title") == "New International" for r in library.records)
