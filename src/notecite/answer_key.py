"""Scoring an extracted library against a hand-written answer key (works and note cites).

An answer key (``tests/data/answer_keys/*.json``) lists the works a document cites and every
note's cites (work, kind, locator). Scores: work precision/recall (a second record for one
work counts as a false positive), field accuracy of found works, and cite-link accuracy
(right work and right pinpoint in the right note).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .keys import ascii_fold
from .library import Library
from .link.matching import best_title_similarity, families, name_similarity
from .records import Record, year_of

MATCH_TITLE = 0.8


def load(path: str | Path) -> dict[str, Any]:
    """The answer key at ``path``."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def normalize_locator(text: str | None) -> str:
    """A pinpoint folded for comparison: dashes unified, spaces removed, ranges expanded (57-8 → 57-58)."""
    if not text:
        return ""
    text = re.sub(r"\s+", "", re.sub(r"[–—‒−]", "-", str(text))).lower().removeprefix("p.").removeprefix("pp.")

    def expand(m: re.Match) -> str:
        first, second = m.group(1), m.group(2)
        return f"{first}-{first[: len(first) - len(second)] + second}" if len(second) < len(first) else m.group(0)

    return re.sub(r"\b(\d+)-(\d+)\b", expand, text)


@dataclass
class Score:
    """The figures of one document."""

    works_found: int = 0
    works_required: int = 0
    false_works: list[str] = field(default_factory=list)
    missed_works: list[str] = field(default_factory=list)
    fields_right: int = 0
    fields_checked: int = 0
    field_errors: list[str] = field(default_factory=list)
    links_right: int = 0
    links_required: int = 0
    link_errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        total = self.works_found + len(self.false_works)
        return self.works_found / total if total else 0.0

    @property
    def recall(self) -> float:
        return self.works_found / self.works_required if self.works_required else 0.0

    @property
    def link_accuracy(self) -> float:
        return self.links_right / self.links_required if self.links_required else 0.0

    @property
    def field_accuracy(self) -> float:
        return self.fields_right / self.fields_checked if self.fields_checked else 0.0

    def summary(self) -> str:
        """The figures as a few lines of text."""
        return (f"works: precision {self.precision:.3f}, recall {self.recall:.3f} "
                f"({self.works_found}/{self.works_required} required found, {len(self.false_works)} false)\n"
                f"fields of found works: {self.fields_right}/{self.fields_checked} right ({self.field_accuracy:.3f})\n"
                f"cite links: {self.links_right}/{self.links_required} right ({self.link_accuracy:.3f})")


def _key_record(work: dict[str, Any]) -> Record:
    return {"title": work["title"], "author": [{"family": f} for f in work.get("author", [])]}


def _similarity(key_work: dict[str, Any], record: Record) -> float:
    title = max(best_title_similarity(_key_record(key_work), record), best_title_similarity(record, _key_record(key_work)))
    names = name_similarity(families(_key_record(key_work)), families(record, ("author", "editor")))
    if names is not None and names < 0.85:
        return 0.0
    return title


def match_works(key: dict[str, Any], library: Library) -> dict[str, str]:
    """Answer-key work ref → record id, each record used once, best pairs first."""
    pairs = sorted(((_similarity(w, r), _exactness(w, r), w["ref"], r["id"]) for w in key["works"] for r in library.records),
                   reverse=True)
    matched: dict[str, str] = {}
    used: set[str] = set()
    for score, _exact, ref, rid in pairs:
        if score < MATCH_TITLE:
            break
        if ref not in matched and rid not in used:
            matched[ref] = rid
            used.add(rid)
    return matched


def _exactness(key_work: dict[str, Any], record: Record) -> float:
    """Tie-break between equally good matches: how close the whole titles are."""
    return fuzz.ratio(ascii_fold(key_work["title"]), ascii_fold(str(record.get("title", "")))) / 100.0


FIELDS = ("type", "title", "publisher", "publisher-place", "container-title")


def score(key: dict[str, Any], library: Library, document: str | None = None) -> Score:
    """Score ``library`` (extracted from the key's document) against ``key``."""
    document = document or key["document"]
    result = Score()
    matched = match_works(key, library)
    works = {w["ref"]: w for w in key["works"]}
    for ref, work in works.items():
        if work.get("required", True):
            result.works_required += 1
            if ref in matched:
                result.works_found += 1
            else:
                result.missed_works.append(work["title"])
    matched_ids = set(matched.values())
    result.false_works = [r.get("title") or r["id"] for r in library.records if r["id"] not in matched_ids]
    for ref, rid in matched.items():
        _check_fields(works[ref], library[rid], result)
    for note in key["notes"]:
        extracted = [c for c in library.citations if c.document == document and c.note == note["note"]]
        for cite in note["cites"]:
            if not cite.get("required", True) or not works[cite["work"]].get("required", True):
                continue
            result.links_required += 1
            want = normalize_locator(cite.get("locator"))
            rid = matched.get(cite["work"])
            ok = any(c.record_id == rid and normalize_locator(c.locator) == want for c in extracted) if rid else False
            if ok:
                result.links_right += 1
            else:
                got = [(c.record_id, c.locator) for c in extracted]
                result.link_errors.append(f"note {note['note']}: want {cite['work']} at {cite.get('locator')!r}, got {got}")
    return result


def _check_fields(work: dict[str, Any], record: Record, result: Score) -> None:
    checks: list[tuple[str, Any, Any]] = []
    for name in FIELDS:
        if name in work:
            checks.append((name, ascii_fold(str(work[name])), ascii_fold(str(record.get(name, "")))))
    if work.get("author"):
        checks.append(("author", [ascii_fold(a) for a in work["author"]], families(record)))
    if "year" in work:
        checks.append(("year", work["year"], year_of(record)))
    for name, want, got in checks:
        result.fields_checked += 1
        if want == got:
            result.fields_right += 1
        else:
            result.field_errors.append(f"{work['ref']}.{name}: want {want!r}, got {got!r}")
