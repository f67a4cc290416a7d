"""Scoring an extracted library against a hand-written answer key (works and note cites).

An answer key (``tests/data/answer_keys/*.json``, ``data/real/keys/*.json``) lists the works a
document cites and every note's cites (work, kind, locator). Scores: work precision/recall/F1
(a second record for one work counts as a false positive), field accuracy of found works, and
cite links: a key cite is found when its note has an extracted citation of the work's record
with the same pinpoint (recall, also by form: full/short/ibid/mention); an extracted citation is
right when it is paired with a key cite that way (precision); locator accuracy is the share of
right pinpoints among the key cites linked to the right work. Several documents pool by adding
their counts (:meth:`Score.__add__`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .document.weblabels import as_latin
from .keys import ascii_fold
from .library import Citation, Library
from .link.matching import best_title_similarity, families, name_similarity
from .normalize.dates import parse_date
from .normalize.pages import LABELS as LOCATOR_WORDS
from .parse.model import KINDS
from .records import ALL_VARIABLES, DATE_VARIABLES, ITEM_TYPES, NAME_VARIABLES, Record, year_of

MATCH_TITLE = 0.8


def load(path: str | Path) -> dict[str, Any]:
    """The answer key at ``path``."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


#: The metadata fields of a real-notes key (data/real/keys/, layout in CORPUS.md) and their types.
META_FIELDS: dict[str, type | tuple[type, ...]] = {
    "document": str, "title": str, "authors": str, "year": int, "publication": str, "source": str,
    "licence": str, "language": str, "conventions": list, "split": str, "keyed": str, "about": str,
    "first_score": (dict, type(None)), "notes_expected": int, "works": list, "notes": list,
}
SPLITS = ("train", "dev", "blind")


def validate(key: dict[str, Any]) -> list[str]:
    """What is wrong with a real-notes answer key's shape (empty when nothing): metadata, works, notes 1..N."""
    problems = [f"missing {name!r}" for name in META_FIELDS if name not in key]
    problems += [f"{name!r} is not {kind}" for name, kind in META_FIELDS.items()
                 if name in key and (not isinstance(key[name], kind) or isinstance(key[name], bool))]
    if problems:
        return problems
    if key["split"] not in SPLITS:
        problems.append(f"split {key['split']!r} is not one of {SPLITS}")
    if key["split"] == "blind" and key["first_score"] is not None and "final" not in key["first_score"]:
        problems.append("a blind key has a first score from a run that was not --final")
    refs: set[str] = set()
    for work in key["works"]:
        problems += [f"work {work.get('ref')!r}: {p}" for p in _work_problems(work)]
        if work.get("ref") in refs:
            problems.append(f"work {work['ref']!r} listed twice")
        refs.add(work.get("ref"))
    numbers = [note.get("note") for note in key["notes"]]
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append("notes are not numbered 1..N in order")
    if len(numbers) != key["notes_expected"]:
        problems.append(f"{len(numbers)} notes keyed, notes_expected is {key['notes_expected']}")
    for note in key["notes"]:
        for cite in note.get("cites", [None]):
            if not isinstance(cite, dict):
                problems.append(f"note {note.get('note')}: cites is not a list of objects")
                continue
            if cite.get("work") not in refs:
                problems.append(f"note {note['note']}: cite of unknown work {cite.get('work')!r}")
            if cite.get("kind") not in KINDS:
                problems.append(f"note {note['note']}: kind {cite.get('kind')!r} is not one of {KINDS}")
            if "locator" not in cite or not isinstance(cite["locator"], (str, type(None))):
                problems.append(f"note {note['note']}: locator missing or not a string/null")
            if not isinstance(cite.get("required", True), bool) or set(cite) - {"work", "kind", "locator", "required"}:
                problems.append(f"note {note['note']}: unknown cite fields or non-boolean 'required'")
    return problems


def _work_problems(work: dict[str, Any]) -> list[str]:
    problems = []
    if not isinstance(work.get("ref"), str) or not isinstance(work.get("required"), bool):
        problems.append("needs a string 'ref' and a boolean 'required'")
    if work.get("type") not in ITEM_TYPES:
        problems.append(f"type {work.get('type')!r} is not a CSL type")
    if not isinstance(work.get("year", 0), int) or isinstance(work.get("year"), bool):
        problems.append("year is not an integer")
    if not (work.get("title") or work.get("container-title")):
        problems.append("neither title nor container-title")
    for name, value in work.items():
        if name in ("ref", "required", "type", "year"):
            continue
        if name not in ALL_VARIABLES:
            problems.append(f"{name!r} is not a CSL variable")
        elif name in NAME_VARIABLES:
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                problems.append(f"{name!r} is not a list of family names")
        elif not isinstance(value, (str, int)) or isinstance(value, bool) or (name not in DATE_VARIABLES and value == ""):
            problems.append(f"{name!r} is not a string or number")
    return problems


#: Words that only name the kind of a pinpoint's part (``p.``, ``S.``, ``pág.``, ``vol.``, ``t.``, ``Bd.``, ``l.``,
#: ``ch.``, ``fol.``…, the locator terms of :mod:`notecite.normalize.pages`), dropped before comparing.
_LABEL_WORD = re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted((re.escape(w) for w in LOCATOR_WORDS if not w.isdigit()),
                                                              key=len, reverse=True))
                         + r")(?:\.|\s|(?<=p),)\s*(?=[^\W_]|[§¶])", re.I)  # (a page label's comma for its stop: an OCR's "pp, 45")
_SUFFIX = re.compile(r"(?<=[\divxlcdm])\s+(?=(?:ff?|n|nn|sqq?|seq)\b)")
#: An ``and`` (``&``, ``et``, ``und``, ``y``) between two parts of a pinpoint list, after its comma if any: one separator
#: (``1 and 16``, ``9–12, 62–67, and 206–221``, ``A6 & A12``).
_LIST_AND = re.compile(r"(?<=[\w)])\s*,?\s+(?:and|&|et|und|y)\s+(?=[\w(])")


def normalize_locator(text: str | None) -> str:
    """A pinpoint folded for comparison: dashes unified, ranges expanded (57-8 → 57-58), the words
    that only label a part (``p.``, ``S.``, ``pág.``, ``vol.``, ``t.``, ``l.``) dropped in any of the
    languages the locator grammar knows, and the separators between parts (spaces, ``,``, ``.``,
    ``:``, and an ``and`` between two parts of a list) read as one: ``vol. 1, p. 289``, ``1: 289`` and ``t. 1, p. 289``
    compare equal, so do ``1 and 16`` and ``1, 16``; ``289`` does not equal them (the volume is part of the pinpoint).
    Cyrillic letters drawn like Latin ones (an OCR's ``ХХ, 163``) compare as the Latin letters."""
    if not text:
        return ""
    text = re.sub(r"[–—‒−]", "-", as_latin(str(text))).lower()
    text = _LABEL_WORD.sub(" ", " " + text)
    text = _SUFFIX.sub("", text)
    text = re.sub(r"\s*-\s*", "-", text)
    text = _LIST_AND.sub(" ", text)
    text = re.sub(r"[\s.,:;()\[\]]+", " ", text).strip()

    def expand(m: re.Match) -> str:
        first, second = m.group(1), m.group(2)
        return f"{first}-{first[: len(first) - len(second)] + second}" if len(second) < len(first) else m.group(0)

    return re.sub(r"\b(\d+)-(\d+)\b", expand, text)


def _ratio(right: int, total: int) -> float:
    return right / total if total else 0.0


@dataclass
class Score:
    """The figures of one document (or, added up, of several)."""

    works_found: int = 0
    works_required: int = 0
    false_works: list[str] = field(default_factory=list)
    missed_works: list[str] = field(default_factory=list)
    fields_right: int = 0
    fields_checked: int = 0
    field_errors: list[str] = field(default_factory=list)
    links_right: int = 0  # required key cites found: right work, right pinpoint, right note
    links_required: int = 0
    link_errors: list[str] = field(default_factory=list)
    links_to_work: int = 0  # required key cites whose work is cited in the note (any pinpoint)
    extracted_right: int = 0  # extracted citations paired with a key cite (work and pinpoint)
    extracted_counted: int = 0  # extracted citations not paired with an optional key cite
    false_links: list[str] = field(default_factory=list)
    by_form: dict[str, list[int]] = field(default_factory=dict)  # kind → [right, required]

    @property
    def precision(self) -> float:
        """Work precision: matched required works over those plus the false records."""
        return _ratio(self.works_found, self.works_found + len(self.false_works))

    @property
    def recall(self) -> float:
        """Work recall: matched required works over required works."""
        return _ratio(self.works_found, self.works_required)

    @property
    def f1(self) -> float:
        """Harmonic mean of work precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def link_accuracy(self) -> float:
        """Cite-link recall: required key cites found with the right work and pinpoint."""
        return _ratio(self.links_right, self.links_required)

    link_recall = link_accuracy

    @property
    def link_precision(self) -> float:
        """Extracted citations that are a key cite (right work and pinpoint, in its note)."""
        return _ratio(self.extracted_right, self.extracted_counted)

    @property
    def locator_accuracy(self) -> float:
        """Of the required key cites linked to the right work, the share with the right pinpoint."""
        return _ratio(self.links_right, self.links_to_work)

    @property
    def field_accuracy(self) -> float:
        """Fields of found works that equal the key's."""
        return _ratio(self.fields_right, self.fields_checked)

    def form_recall(self, kind: str) -> float | None:
        """Cite-link recall of the key cites of one form; None when the key has none."""
        right, total = self.by_form.get(kind, (0, 0))
        return right / total if total else None

    def __add__(self, other: "Score") -> "Score":
        """The pooled figures of two scores (counts and error lists added)."""
        out = Score()
        for f in fields(Score):
            a, b = getattr(self, f.name), getattr(other, f.name)
            if f.name == "by_form":
                setattr(out, f.name, {k: [a.get(k, [0, 0])[i] + b.get(k, [0, 0])[i] for i in (0, 1)]
                                      for k in sorted(set(a) | set(b))})
            else:
                setattr(out, f.name, a + b)
        return out

    def figures(self) -> dict[str, Any]:
        """The figures as a JSON-ready dict (ratios rounded to 3 places, counts as ``right/total``)."""
        return {
            "works_p": round(self.precision, 3), "works_r": round(self.recall, 3), "works_f1": round(self.f1, 3),
            "works": f"{self.works_found}/{self.works_required}", "false_works": len(self.false_works),
            "fields": f"{self.fields_right}/{self.fields_checked}",
            "links": f"{self.links_right}/{self.links_required}",
            "link_recall": round(self.link_recall, 3), "link_precision": round(self.link_precision, 3),
            "extracted_links": f"{self.extracted_right}/{self.extracted_counted}",
            "locator_accuracy": round(self.locator_accuracy, 3),
            "recall_by_form": {k: f"{r}/{t}" for k, (r, t) in self.by_form.items()},
        }

    def summary(self) -> str:
        """The figures as a few lines of text."""
        forms = ", ".join(f"{k} {r}/{t}" + (f" ({r / t:.2f})" if t else "")
                          for k in KINDS for r, t in [self.by_form.get(k, (0, 0))])
        return (f"works: precision {self.precision:.3f}, recall {self.recall:.3f}, F1 {self.f1:.3f} "
                f"({self.works_found}/{self.works_required} required found, {len(self.false_works)} false)\n"
                f"fields of found works: {self.fields_right}/{self.fields_checked} right ({self.field_accuracy:.3f})\n"
                f"cite links: {self.links_right}/{self.links_required} right ({self.link_accuracy:.3f}); "
                f"precision {self.extracted_right}/{self.extracted_counted} ({self.link_precision:.3f}); "
                f"locators {self.links_right}/{self.links_to_work} ({self.locator_accuracy:.3f})\n"
                f"recall by form: {forms}")


def _key_record(work: dict[str, Any]) -> Record:
    return {"title": work.get("title", ""),
            "author": [{"family": f} for f in work.get("author") or work.get("editor") or []]}


def _named_by_container(work: Record, *, unless_names: bool) -> Record:
    """A work without a title named by its container title (a newspaper item cited by paper and day,
    ``Gentleman's Magazine, Aug. 1755``); a key work with names keeps the names-and-year test instead."""
    if work.get("title") or not work.get("container-title") or unless_names and (work.get("author") or work.get("editor")):
        return work
    return {**work, "title": work["container-title"]}


def _similarity(key_work: dict[str, Any], record: Record) -> float:
    """How well ``record`` is the key's work: names alike (when both name people) and titles alike;
    a side without a title is named by its container title (see :func:`_named_by_container`)."""
    key_work = _named_by_container(key_work, unless_names=True)
    record = _named_by_container(record, unless_names=False)
    roles = ("author", "editor")
    names = name_similarity(families(_key_record(key_work)), families(record, roles) + _printed_families(record, roles))
    if names is not None and names < 0.85:
        return 0.0
    if not key_work.get("title"):  # an untitled work (a letter, an archival item): names and year
        if names is None or ("year" in key_work and key_work["year"] != year_of(record)):
            return 0.0
        return MATCH_TITLE
    return max(best_title_similarity(_key_record(key_work), record), best_title_similarity(record, _key_record(key_work)))


def _printed_families(record: Record, roles: tuple[str, ...]) -> list[str]:
    """:func:`families` of ``roles`` as printed: a family with its ``non-dropping-particle`` before it (a key writes
    ``del Castillo``; CSL-JSON splits it into particle ``del`` and family ``Castillo``)."""
    printed: list[str] = []
    for role in roles:
        for name in record.get(role) or []:
            if name.get("family") and name.get("non-dropping-particle"):
                name = {"family": f"{name['non-dropping-particle']} {name['family']}"}
            printed += families({"author": [name]})
    return printed


def match_works(key: dict[str, Any], library: Library) -> dict[str, str]:
    """Answer-key work ref → record id, each record used once, best pairs first."""
    pairs = sorted(((_similarity(w, r), _same_date(w, r), _exactness(w, r), w["ref"], r["id"])
                    for w in key["works"] for r in library.records), reverse=True)
    matched: dict[str, str] = {}
    used: set[str] = set()
    for similarity, _date, _exact, ref, rid in pairs:
        if similarity < MATCH_TITLE:
            break
        if ref not in matched and rid not in used:
            matched[ref] = rid
            used.add(rid)
    return matched


def _same_date(key_work: dict[str, Any], record: Record) -> bool:
    """Tie-break between works alike in names and title (the minutes of one committee, one paper's
    issues, letters between two people, a book's editions): whether the record bears the key work's date, as
    far as the key gives it (``1939-06-24``, or as printed: ``24 Jan. 1755``, read by the date parser; else
    its ``year``)."""
    written = str(key_work.get("issued", "") or key_work.get("year", ""))
    if re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", written):
        wanted = [int(part) for part in written.split("-")]
    else:
        parsed = parse_date(written).get("date-parts") if written else None
        wanted = [p for p in parsed[0] if isinstance(p, int)] if parsed and isinstance(parsed[0], list) else []
    issued = record.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    found = parts[0] if parts and isinstance(parts[0], list) else []
    return bool(wanted) and [p for p in found[:len(wanted)] if isinstance(p, int)] == wanted


def _exactness(key_work: dict[str, Any], record: Record) -> float:
    """Tie-break between equally good matches: how close the whole titles are."""
    return fuzz.ratio(ascii_fold(key_work.get("title", "")), ascii_fold(str(record.get("title", "")))) / 100.0


FIELDS = ("type", "title", "publisher", "publisher-place", "container-title")


def score(key: dict[str, Any], library: Library, document: str | None = None) -> Score:
    """Score ``library`` (extracted from the key's document) against ``key``."""
    document = document or key["document"]
    result = Score(by_form={kind: [0, 0] for kind in KINDS})
    matched = match_works(key, library)
    works = {w["ref"]: w for w in key["works"]}
    for ref, work in works.items():
        if work.get("required", True):
            result.works_required += 1
            if ref in matched:
                result.works_found += 1
            else:
                result.missed_works.append(work.get("title") or ref)
    matched_ids = set(matched.values())
    result.false_works = [r.get("title") or r["id"] for r in library.records if r["id"] not in matched_ids]
    for ref, rid in matched.items():
        _check_fields(works[ref], library[rid], result)
    work_of = {rid: ref for ref, rid in matched.items()}
    by_note: dict[int, list[Citation]] = {}
    for citation in library.citations:
        if citation.document == document:
            by_note.setdefault(citation.note, []).append(citation)
    key_notes = {note["note"]: note["cites"] for note in key["notes"]}
    for number in sorted(set(key_notes) | set(by_note)):
        _score_note(number, key_notes.get(number, []), by_note.get(number, []), works, matched, work_of, result)
    return result


def _score_note(number: int, cites: list[dict[str, Any]], extracted: list[Citation], works: dict[str, Any],
                matched: dict[str, str], work_of: dict[str, str], result: Score) -> None:
    """Pair one note's key cites with its extracted citations (same work and pinpoint first, then same work)."""
    free = list(range(len(extracted)))
    exact: dict[int, int] = {}
    loose: dict[int, int] = {}
    for pairing, same_pinpoint in ((exact, True), (loose, False)):
        for i, cite in enumerate(cites):
            rid = matched.get(cite["work"])
            if rid is None or i in exact:
                continue
            want = normalize_locator(cite.get("locator"))
            for j in free:
                if extracted[j].record_id == rid and (not same_pinpoint or normalize_locator(extracted[j].locator) == want):
                    pairing[i] = j
                    free.remove(j)
                    break
    for i, cite in enumerate(cites):
        required = cite.get("required", True) and works[cite["work"]].get("required", True)
        paired = exact.get(i, loose.get(i))
        if not required:
            continue
        result.links_required += 1
        result.by_form.setdefault(cite["kind"], [0, 0])[1] += 1
        if paired is not None:
            result.links_to_work += 1
            result.extracted_counted += 1
        if i in exact:
            result.links_right += 1
            result.extracted_right += 1
            result.by_form[cite["kind"]][0] += 1
        elif paired is not None:
            result.link_errors.append(f"note {number}: pinpoint of {cite['kind']} {cite['work']}: want "
                                      f"{cite.get('locator')!r}, got {extracted[paired].locator!r}")
        else:
            got = [(c.record_id, c.locator) for c in extracted]
            result.link_errors.append(f"note {number}: want {cite['kind']} {cite['work']} at {cite.get('locator')!r}, got {got}")
    for j in free:  # extracted citations no key cite accounts for
        c = extracted[j]
        result.extracted_counted += 1
        result.false_links.append(f"note {number}: extracted {c.kind} {work_of.get(c.record_id, c.record_id)} "
                                  f"at {c.locator!r} ({c.text[:80]!r})")


def _check_fields(work: dict[str, Any], record: Record, result: Score) -> None:
    if not work.get("container-title"):  # a newspaper item the key titles by its paper: named so, as when matched
        record = _named_by_container(record, unless_names=False)
    checks: list[tuple[str, Any, Any]] = []
    for name in FIELDS:
        if name in work:
            checks.append((name, ascii_fold(str(work[name])), ascii_fold(str(record.get(name, "")))))
    for role in ("author", "editor"):
        if work.get(role):
            want = [ascii_fold(a) for a in work[role]]
            printed = _printed_families(record, (role,))
            checks.append((role, want, printed if printed == want else families(record, (role,))))
    if "year" in work:
        checks.append(("year", work["year"], year_of(record)))
    if "original-date" in work:  # a reprint's first year
        checks.append(("original-date", year_of(work, "original-date"), year_of(record, "original-date")))
    for name, want, got in checks:
        result.fields_checked += 1
        if want == got:
            result.fields_right += 1
        else:
            result.field_errors.append(f"{work['ref']}.{name}: want {want!r}, got {got!r}")
