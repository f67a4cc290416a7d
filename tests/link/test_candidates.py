"""The linker's and the dedup index's candidate searches find every work a full scan would.

The indexes (:class:`~notecite.link.matching.WorkIndex`, :class:`~notecite.link.dedup.DedupIndex`)
only skip works that cannot match; these tests run the development articles and a synthetic
long document through linking and merging twice, once with the indexes and once scoring every
work (the behaviour before them), and compare the libraries.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from notecite.document import read_document
from notecite.library import Library
from notecite.link import NoteCite, link_document, merge_libraries
from notecite.link import dedup, resolve
from notecite.link.matching import (FuzzyIndex, WorkIndex, best_title_similarity, families, name_similarity, title_key,
                                    titles_of)
from notecite.normalize import normalize_fields
from notecite.parse import parse_note

PIPELINE = Path(__file__).resolve().parents[1] / "data" / "pipeline"
ARTICLES = sorted(p for p in PIPELINE.iterdir() if p.suffix in (".txt", ".md", ".html"))


def cites_of(path: Path) -> list[NoteCite]:
    document = read_document(path)
    out = []
    for note in document.notes:
        for cite in parse_note(note.text, note.italic_spans):
            normalized = normalize_fields(cite.fields, kind=cite.kind, locator=cite.locator)
            out.append(NoteCite(document=path.name, note=note.number, kind=cite.kind, record=normalized.record,
                                locator=normalized.locator, prefix=cite.prefix, suffix=cite.suffix,
                                text=note.text[cite.start:cite.end], confidence=cite.confidence,
                                flags=normalized.flags, start=cite.start, end=cite.end))
    return out


def long_document_cites(count: int = 600, seed: int = 3) -> list[NoteCite]:
    """Cites of synthetic notes drawing on a sliding set of works (many share titles and names)."""
    from notecite.parse.training.synthetic import make_note, make_record, pieces_to_example

    rng = random.Random(seed)
    works = [make_record(rng) for _ in range(count // 3 + 1)]
    out = []
    for n in range(count):
        pieces = [p for p in make_note(rng, works[max(0, n // 3 - 20):n // 3 + 1]) if p[0]]
        text = pieces_to_example(pieces, "test").text
        for cite in parse_note(text):
            normalized = normalize_fields(cite.fields, kind=cite.kind, locator=cite.locator)
            out.append(NoteCite(document="long.txt", note=n + 1, kind=cite.kind, record=normalized.record,
                                locator=normalized.locator, prefix=cite.prefix, suffix=cite.suffix,
                                text=text[cite.start:cite.end], confidence=cite.confidence, flags=normalized.flags,
                                start=cite.start, end=cite.end))
    return out


@pytest.fixture(scope="module")
def documents() -> list[list[NoteCite]]:
    return [cites_of(path) for path in ARTICLES] + [long_document_cites()]


def scan_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make linking and merging compare every work, as they did before the indexes."""
    linker = resolve._DocumentLinker
    monkeypatch.setattr(linker, "matchable", lambda self, record: list(self.works.values()))
    monkeypatch.setattr(linker, "_best_opened", lambda self, record, before=None: None)
    monkeypatch.setattr(linker, "classifiable", lambda self, record: list(self.works.values()))

    def latest_by(self, authors, previous, dated=None, named=None):
        best = None
        for citation in reversed(self.library.citations):
            if named is not None and resolve.given_names_clash(named, self.works[citation.record_id]):
                continue
            fit = resolve.author_fit(authors, self.works[citation.record_id])
            if fit and (best is None or fit > best[0]):
                best = (fit, citation.record_id)
        return best[1] if best else None

    monkeypatch.setattr(linker, "latest_by", latest_by)

    def candidates(self, record):
        keys = dedup.blocking_keys(record)
        return [r for position, r in enumerate(self._records) if keys & self._keys[position]]

    monkeypatch.setattr(dedup.DedupIndex, "candidates", candidates)


def as_json(library: Library) -> dict:
    return {"records": library.records, "citations": [vars(c) for c in library.citations],
            "provenance": library.provenance, "conflicts": library.conflicts, "flags": library.flags,
            "work_of": library.work_of, "warnings": library.warnings}


def linked(documents: list[list[NoteCite]]) -> str:
    """Every document linked, then all merged into one library, as JSON."""
    import copy

    merged = Library()
    parts = []
    for cites in documents:
        library = link_document(copy.deepcopy(cites), cites[0].document if cites else "empty")
        parts.append(json.dumps(as_json(library), sort_keys=True, default=str))
        merge_libraries(merged, library)
    merged.assign_keys()
    return json.dumps([parts, as_json(merged)], sort_keys=True, default=str)


def test_indexes_link_and_merge_as_a_full_scan(documents, monkeypatch):
    indexed = linked(documents)
    scan_everything(monkeypatch)
    assert linked(documents) == indexed


def test_fuzzy_index_finds_every_close_word():
    rng = random.Random(5)
    letters = "aeiourstlnkmdv"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 12))) for _ in range(400)]
    index = FuzzyIndex(80)
    for n, word in enumerate(words[:300]):
        index.add(n, [word])
    from rapidfuzz import fuzz

    for word in words:
        expected = {n for n, other in enumerate(words[:300]) if fuzz.ratio(word, other) >= 80}
        assert index.find([word]) == expected


def test_anchored_fuzzy_index_finds_every_close_word_sharing_an_opening_or_an_ending():
    from rapidfuzz import fuzz

    from notecite.link.matching import anchored

    rng = random.Random(6)
    letters = "aeiourstln"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 10))) for _ in range(600)]
    index = FuzzyIndex(75, anchor=2)
    expected_any = 0
    for n, word in enumerate(words[:400]):
        index.add(n, [word])
        if n % 7 == 0:  # asked while words are still being filed: the cache must follow
            asked = words[400 + n % 200]
            expected = {m for m, other in enumerate(words[:n + 1])
                        if fuzz.ratio(asked, other) >= 75 and anchored(asked, other, 2)}
            assert index.find([asked]) == expected
    for word in words:
        expected = {n for n, other in enumerate(words[:400]) if fuzz.ratio(word, other) >= 75 and anchored(word, other, 2)}
        expected_any += bool(expected - {words.index(word)})
        assert index.find([word]) == expected
    assert expected_any > 50


def test_work_index_finds_every_work_alike():
    rng = random.Random(8)
    vocabulary = ["revolution", "revolutoin", "history", "histories", "memoirs", "memoir", "state", "labour",
                  "labor", "exile", "capital", "kronstadt", "the", "of", "and", "serge", "soviet", "war"]
    names = ["Serge", "Sergé", "Trotsky", "Trotski", "Deutscher", "Mett", "Avrich", "Avrych"]

    def record() -> dict:
        title = " ".join(rng.choice(vocabulary).capitalize() for _ in range(rng.randint(1, 5)))
        if rng.random() < 0.3:
            title += ": " + " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 3)))
        out: dict = {"title": title}
        if rng.random() < 0.3:
            out["title-short"] = " ".join(title.split()[: rng.randint(1, 2)])
        if rng.random() < 0.7:
            out["author"] = [{"family": rng.choice(names)}]
        return out

    works = [record() for _ in range(300)]
    index = WorkIndex(("author",), 0.85)
    for n, work in enumerate(works):
        index.add(n, work)
    for _ in range(300):
        asked = record()
        for least in (0.6, 0.8):
            found = index.find(asked, least, families(asked))
            for n, work in enumerate(works):
                names_alike = name_similarity(families(asked), families(work))
                if best_title_similarity(asked, work) >= least and (names_alike is None or names_alike >= 0.85):
                    assert n in found, (asked, work, least)


def test_work_index_leaves_out_works_whose_words_cannot_reach_the_threshold():
    # "Labour Empire Memory" shares two of three words, in place, with the asked title: 2/3 in
    # order, 0.95 * 2/3 as a bag, so it can reach 0.6 but never 0.8
    index = WorkIndex(("author",), 0.85)
    index.add(1, {"title": "Labour Empire Memory"})
    index.add(2, {"title": "History Theory Capital"})
    asked = {"title": "Labour Empire Capital"}
    assert best_title_similarity(asked, {"title": "Labour Empire Memory"}) < 0.8
    assert index.find(asked, 0.8) == set()
    assert index.find(asked, 0.6) == {1}


def test_work_indexes_sharing_their_title_index_find_what_each_finds_alone():
    from notecite.link.matching import TitleIndex

    rng = random.Random(11)
    words = ["Revolution", "Revolutoin", "History", "Exile", "Memoirs", "Memoir", "Capital", "Labour", "Labor"]
    names = ["Serge", "Sergé", "Trotsky", "Mett", "Avrich"]
    records = [{"title": " ".join(rng.choice(words) for _ in range(rng.randint(1, 4))),
                "author": [{"family": rng.choice(names)}], "editor": [{"family": rng.choice(names)}]}
               for _ in range(200)]
    shared = TitleIndex()
    pairs = [(WorkIndex(roles, cutoff), WorkIndex(roles, cutoff, shared))
             for roles, cutoff in ((("author", "editor"), 0.7), (("author",), 0.85))]
    for n, record in enumerate(records):
        for alone, sharing in pairs:
            alone.add(n, record)
            sharing.add(n, record)
        asked = rng.choice(records)
        for (alone, sharing), least in zip(pairs, (0.6, 0.8)):
            assert sharing.find(asked, least, families(asked)) == alone.find(asked, least, families(asked))


def test_work_index_keeps_works_filed_under_a_name_near_the_asked_names_or_under_none():
    index = WorkIndex(("author",), 0.85)
    index.add(1, {"title": "Memoirs", "author": [{"family": "Serge"}]})
    index.add(2, {"title": "Memoirs", "author": [{"family": "Trotsky"}]})
    index.add(3, {"title": "Memoirs"})
    index.add(4, {"title": "Memoirs", "author": [{"family": "Mett"}]})
    index.add(4, {"title": "Memoirs", "author": [{"family": "Mett"}, {"family": "Sergé"}]})  # a name it gained
    assert index.find({"title": "Memoirs"}, 0.8, ["serge"]) == {1, 3, 4}
    assert index.find({"title": "Memoirs"}, 0.8, ["trotski"]) == {2, 3}
    assert index.find({"title": "Memoirs"}, 0.8) == {1, 2, 3, 4}


def test_opened_by_and_titled_find_what_a_full_scan_finds():
    rng = random.Random(17)
    words = ["Revolution", "History", "Exile", "Memoirs", "Capital"]
    records = [{"title": " ".join(rng.choice(words[:rng.randint(1, 5)]) for _ in range(rng.randint(1, 3))),
                **({"title-short": "Exile"} if rng.random() < 0.1 else {})} for _ in range(300)]
    index = WorkIndex(("author",), 0.85)
    for n, record in enumerate(records):
        index.add(n, record)
    for asked in records[:150]:
        key = title_key(asked["title"])
        titled = {n for n, record in enumerate(records) if any(title_key(t) == key for t in titles_of(record))}
        opened = {n for n, record in enumerate(records) if any(title_key(t)[:len(key)] == key for t in titles_of(record))}
        assert index.titled({"title": asked["title"]}) == titled
        assert index.opened_by({"title": asked["title"]}) == opened
        assert titled <= opened


def test_best_match_is_the_best_score_over_every_work():
    rng = random.Random(13)
    words = ["Revolution", "Revolutoin", "History", "Exile", "Memoirs", "Capital", "Labour", "State"]
    names = ["Serge", "Sergé", "Trotsky", "Mett"]

    def record() -> dict:
        out: dict = {"title": " ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))}
        if rng.random() < 0.3:
            out["title-short"] = out["title"].split()[0]
        if rng.random() < 0.6:
            out["author"] = [{"family": rng.choice(names)}]
        return out

    linker = resolve._DocumentLinker("test")
    for n in range(150):
        work = {**record(), "id": f"~test#{n}"}
        linker.works[work["id"]] = work
        linker.position[work["id"]] = n
        linker.index(work["id"])
    shortcuts = 0
    for _ in range(400):
        asked = record()
        scored = max((resolve.match_score(asked, work), work["id"]) for work in linker.works.values())
        expected = scored if scored[0] >= resolve.LINK_THRESHOLD else None
        assert linker.best_match(asked) == expected, asked
        shortcuts += linker._best_opened(asked) is not None
    assert shortcuts > 50  # the shortcut was taken, and agreed


def test_opening_finds_every_item_filed_under_a_word_with_that_prefix():
    rng = random.Random(5)
    words = ["".join(rng.choice("aeimnorst") for _ in range(rng.randint(1, 8))) for _ in range(400)]
    index = FuzzyIndex(79.0, anchor=2)
    for item, word in enumerate(words):
        index.add(item, [word])
    for prefix in {w[:n] for w in words for n in (2, 3, 4) if len(w) >= n}:
        assert index.opening(prefix) == {item for item, word in enumerate(words) if word.startswith(prefix)}
    with pytest.raises(ValueError):
        index.opening("a")
    with pytest.raises(ValueError):
        FuzzyIndex(79.0).opening("abc")


def test_a_merge_into_an_empty_library_following_the_linkers_index_merges_as_one_filing_its_own(documents):
    import copy

    for cites in documents:
        name = cites[0].document if cites else "empty"
        results = []
        for follow in (True, False):
            library = link_document(copy.deepcopy(cites), name)
            assert library.work_index is not None
            if not follow:
                library.work_index = None
            base = Library()
            index = dedup.DedupIndex(base)
            merge_libraries(base, library, index=index)
            assert library.work_index is None and index._guide is None  # the guide serves one merge only
            results.append(json.dumps(as_json(base), sort_keys=True, default=str))
        assert results[0] == results[1], name


def test_a_library_sent_to_another_process_leaves_the_linkers_index_behind():
    import pickle

    library = link_document(cites_of(ARTICLES[0]), ARTICLES[0].name)
    assert library.work_index is not None
    assert pickle.loads(pickle.dumps(library)).work_index is None
    assert library.work_index is not None  # the sender keeps it
