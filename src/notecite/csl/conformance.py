"""The CSL processor test suite (``processor-tests/humans/*.txt``) run through notecite's layer.

:func:`parse_fixture` reads one fixture; :func:`run_fixture` renders it with the correction
layer and returns its status; :func:`run_suite` runs a folder and :func:`report` prints pass/fail
by name prefix. The driving and comparison rules are those of the project's harness
``shared/tools/csl/run_suite_citeproc_py.py`` (exact match after trimming, HTML entities
canonicalised), except that notes carry their numbers (``noteIndex``) and positions are computed
by notecite; a citation is marked as updated (``>>``) when its text changed or when citeproc-js
would re-render it (:func:`_states`); fixtures needing input notecite cannot express are counted
as failures.
"""
from __future__ import annotations

import json
import re
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from citeproc import Citation

from . import corrections, fix_disambiguation
from .engine import load_style
from .engine import make_item, new_bibliography, register_notes, render_notes_raw
from .positions import POSITION_KEY
from .formatters import formatter_for
from .render import escape_records

SECTION_OPEN = re.compile(r"^.*>>=+\s([A-Z0-9-]+)\s.*=>>.*$")
SECTION_CLOSE = re.compile(r"^.*<<=+\s([A-Z0-9-]+)\s.*=<<.*$")
JSON_SECTIONS = frozenset({"INPUT", "INPUT2", "CITATION-ITEMS", "CITATIONS", "BIBENTRIES", "BIBSECTION",
                           "ABBREVIATIONS", "OPTIONS", "LANGPARAMS", "MULTIAFFIX", "KEYS"})
UNSUPPORTED_SECTIONS = ("BIBENTRIES", "BIBSECTION", "INPUT2", "ABBREVIATIONS", "OPTIONS", "LANGPARAMS", "MULTIAFFIX")


@dataclass
class Outcome:
    """One fixture's result: status ``pass``, ``fail`` or ``error``, with what was rendered."""

    name: str
    status: str
    got: str = ""
    expected: str = ""
    reason: str = ""


def parse_fixture(path: Path) -> dict[str, Any]:
    """The sections of a fixture file (JSON sections decoded); ValueError if one is missing."""
    data: dict[str, Any] = {}
    section = None
    buf: list[str] = []
    raw = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    for line in raw.split("\n"):
        if section is None:
            match = SECTION_OPEN.match(line)
            if match:
                section, buf = match.group(1), []
            continue
        match = SECTION_CLOSE.match(line)
        if match and match.group(1) == section:
            data[section] = "\n".join(buf)
            section = None
            continue
        buf.append(line)
    for key in list(data):
        if key in JSON_SECTIONS:
            data[key] = json.loads(data[key])
    for required in ("MODE", "CSL", "INPUT", "RESULT"):
        if required not in data:
            raise ValueError(f"{path}: missing section {required}")
    data["MODE"] = data["MODE"].strip()
    return data


def canon_entities(text: str) -> str:
    """citeproc-py's HTML entities written as the test suite writes them."""
    return text.replace("&amp;", "&#38;").replace("&lt;", "&#60;").replace("&gt;", "&#62;")


def _records(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for i, record in enumerate(items):
        record = dict(record)
        record.setdefault("id", str(i))
        record.setdefault("type", "book")
        out.append(record)
    return escape_records(out, "html")  # as notecite renders HTML: values escaped, rich text kept


def _bibliography_html(bibliography: Any) -> str:
    lines = ['<div class="csl-bib-body">']
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for entry in bibliography.bibliography():
            lines.append(f'  <div class="csl-entry">{entry}</div>')
    lines.append("</div>")
    return "\n".join(lines)


def _render_document(data: dict[str, Any], records: list[dict[str, Any]],
                     clusters: list[tuple[str, int, list[dict[str, Any]]]], sort: bool,
                     register_all: bool = False) -> tuple[list[str], Any, list[Any]]:
    csl = load_style(data["CSL"])
    bibliography = new_bibliography(records, csl, formatter_for("html"))
    if register_all:  # every input item is known (and numbered) before the first cite
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            bibliography.register(Citation([make_item({"id": r["id"]}) for r in records]))
    notes = [(number, [make_item(cite, output="html") for cite in cites]) for _, number, cites in clusters]
    citations = register_notes(bibliography, notes)
    if sort and csl.has_bibliography():
        bibliography.sort()
    corrections.prepare(bibliography)
    return render_notes_raw(bibliography, citations), bibliography, citations


def _states(bibliography: Any, ids: list[str], citations: list[Any], before: dict[str, Any]) -> dict[str, Any]:
    """For each citation: its cites' position data, its items' disambiguation settings, and
    whether citeproc-js would report it as updated though its text is unchanged
    (``processCitationCluster`` re-renders an existing citation when one of its cites' position,
    near-note or first-reference-note-number changed, and every citation of an item whose
    first-reference-note-number or disambiguation settings changed)."""
    states: dict[str, Any] = {}
    for cid, citation in zip(ids, citations):
        cites, settings = [], {}
        for item in citation.cites:
            position = item.get(POSITION_KEY)
            first = None if position is None or position.position == "first" else position.first_note
            cites.append((item.key, None if position is None else (position.position, position.near_note, first)))
            reference = bibliography.source[item.key] if item.key in bibliography.source else None
            settings[item.key] = repr([reference.get(k) for k in fix_disambiguation.KEYS]) if reference is not None else ""
        states[cid] = [cites, settings, False]
    tainted_items: set[str] = set()
    for cid, (cites, settings, _) in states.items():
        if cid not in before:
            continue
        old_cites, old_settings, _ = before[cid]
        if old_cites != cites:
            states[cid][2] = True
        for (key, now), (old_key, old) in zip(cites, old_cites):
            if key == old_key and now and old and now[2] != old[2]:
                tainted_items.add(key)
        tainted_items |= {key for key, value in settings.items() if old_settings.get(key, value) != value}
    for cid, state in states.items():
        if cid in before and tainted_items & set(state[1]):
            state[2] = True
    return states


def render_fixture(data: dict[str, Any]) -> str:
    """What notecite renders for a parsed fixture (HTML, as the suite expects)."""
    records = _records(data["INPUT"])
    mode, *sub = data["MODE"].split("-")
    sort = "nosort" not in sub
    if "CITATIONS" in data:
        definitions: dict[str, tuple[int, list[dict[str, Any]]]] = {}
        previous: dict[str, str] = {}
        now: dict[str, str] = {}
        previous_state: dict[str, Any] = {}
        now_state: dict[str, Any] = {}
        order: list[str] = []
        bibliography = None
        for step in data["CITATIONS"]:
            citation, pre, post = step[0], step[1], step[2]
            number = int((citation.get("properties") or {}).get("noteIndex") or 0)
            definitions[citation["citationID"]] = (number, citation["citationItems"])
            for cid, note in list(pre) + list(post):
                if cid in definitions:
                    definitions[cid] = (int(note or 0), definitions[cid][1])
            order = [p[0] for p in pre] + [citation["citationID"]] + [p[0] for p in post]
            clusters = [(cid, *definitions[cid]) for cid in order if cid in definitions]
            previous, previous_state = now, now_state
            texts, bibliography, citations = _render_document(data, records, clusters, sort)
            now = dict(zip([c[0] for c in clusters], texts))
            now_state = _states(bibliography, [c[0] for c in clusters], citations, previous_state)
        if mode == "citation":
            last = data["CITATIONS"][-1][0]["citationID"]
            ids = [cid for cid in order if cid in definitions]
            return "\n".join(
                f"{'>>' if (previous.get(cid) != now[cid] or now_state[cid][2] or cid == last) else '..'}"
                f"[{i}] {now[cid]}"
                for i, cid in enumerate(ids))
        return _bibliography_html(bibliography)
    if mode == "citation":
        if "CITATION-ITEMS" in data:
            clusters = [(str(i), i + 1, cluster) for i, cluster in enumerate(data["CITATION-ITEMS"])]
        else:
            ids = dict.fromkeys(r["id"] for r in records)  # each item once, as citeproc-js registers them
            clusters = [("0", 1, [{"id": key} for key in ids])]
        texts, _, _ = _render_document(data, records, clusters, sort, register_all=True)
        return "\n".join(texts)
    csl = load_style(data["CSL"])
    bibliography = new_bibliography(records, csl, formatter_for("html"))
    register_notes(bibliography, [(0, [make_item({"id": r["id"]}) for r in records])])
    if sort and csl.has_bibliography():
        bibliography.sort()
    corrections.prepare(bibliography)
    return _bibliography_html(bibliography)


def unsupported(data: dict[str, Any]) -> str | None:
    """Why notecite cannot express a fixture's input (None when it can)."""
    for section in UNSUPPORTED_SECTIONS:
        if section in data:
            return f"section {section} not supported"
    mode = data["MODE"].split("-")
    if mode[0] not in ("citation", "bibliography"):
        return f"mode {data['MODE']}"
    if len(mode) > 1 and mode[1] != "nosort":
        return f"submode {data['MODE']}"
    return None


def run_fixture(path: Path) -> Outcome:
    """Render one fixture and compare it with its RESULT."""
    name = path.stem
    try:
        data = parse_fixture(path)
    except (ValueError, json.JSONDecodeError) as error:
        return Outcome(name, "error", reason=f"fixture parse: {error}")
    expected = data["RESULT"].strip()
    reason = unsupported(data)
    if reason:
        return Outcome(name, "fail", expected=expected, reason=reason)
    try:
        got = canon_entities(render_fixture(data)).strip()
    except Exception as error:  # a fixture that crashes the processor is a result, not a bug here
        return Outcome(name, "error", expected=expected, reason=f"{type(error).__name__}: {str(error)[:200]}")
    return Outcome(name, "pass" if got == expected else "fail", got, expected)


def fixture_paths(suite: Path, pattern: str = "*.txt") -> list[Path]:
    """The fixture files of a suite folder, sorted by name."""
    return sorted(Path(suite).glob(pattern))


def run_suite(paths: Iterable[Path], progress: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Run every fixture of ``paths`` in order."""
    out = []
    for path in paths:
        outcome = run_fixture(path)
        if progress:
            progress(outcome)
        out.append(outcome)
    return out


def report(outcomes: list[Outcome]) -> str:
    """A table of pass/fail/error by prefix, ending with the line ``N passed, N failed``."""
    by_prefix: dict[str, Counter] = defaultdict(Counter)
    for outcome in outcomes:
        by_prefix[outcome.name.split("_", 1)[0]][outcome.status] += 1
    lines = [f"{'prefix':<14} {'total':>5} {'pass':>5} {'fail':>5} {'error':>5}"]
    for prefix in sorted(by_prefix, key=lambda p: (-sum(by_prefix[p].values()), p)):
        c = by_prefix[prefix]
        lines.append(f"{prefix:<14} {sum(c.values()):>5} {c['pass']:>5} {c['fail']:>5} {c['error']:>5}")
    passed = sum(1 for o in outcomes if o.status == "pass")
    lines.append(f"{passed} passed, {len(outcomes) - passed} failed")
    return "\n".join(lines)
