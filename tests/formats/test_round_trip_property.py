"""Property: any valid record notecite writes, in any format, reads back as the same record.

Hypothesis draws records (types, names with particles and suffixes, titles with LaTeX and RIS
special characters, non-ASCII text, dates, pages, identifiers, unknown variables, custom fields)
with a fixed seed (``derandomize``) and a bounded number of examples, so the suite stays fast
and every run tries the same records.
"""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notecite.formats import dumps, loads
from notecite.formats.latex import decode
from notecite.library import Library
from notecite.records import validate

SETTINGS = settings(derandomize=True, database=None, max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

#: Letters and marks of real titles, with every character that BibTeX, LaTeX or RIS treats specially.
ALPHABET = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                "éèçñüößøłŁæœÆŒ“”‘’«»—–-,.:;!?()[]'\"&%$#_{}~^\\/@*+=<>|") +
                           ["Ж", "ы", "中", "文", "ά", "ẞ", "ﬁ"])
WORD = st.text(ALPHABET, min_size=1, max_size=10)
TEXT = st.lists(WORD, min_size=1, max_size=6).map(" ".join)
NAME_WORD = st.text(st.sampled_from(list("abcdefghijklmnopqrstuvwxyzéøłçü-'’")), min_size=1, max_size=8).map(
    lambda w: w[0].upper() + w[1:] if w[0].isalpha() else "X" + w)

TYPES = ["book", "chapter", "article-journal", "article-magazine", "article-newspaper", "thesis", "report",
         "webpage", "manuscript", "pamphlet", "paper-conference", "document", "interview", "collection"]


@st.composite
def names(draw):
    if draw(st.booleans()) and draw(st.booleans()):
        return {"literal": draw(st.lists(NAME_WORD, min_size=1, max_size=3).map(" ".join))}
    name = {"family": draw(st.lists(NAME_WORD, min_size=1, max_size=2).map(" ".join))}
    if draw(st.booleans()):
        name["given"] = draw(st.lists(NAME_WORD, min_size=1, max_size=3).map(" ".join))
    if draw(st.integers(0, 4)) == 0:
        name["non-dropping-particle"] = draw(st.sampled_from(["van", "de", "von der", "di"]))
    if draw(st.integers(0, 5)) == 0:
        name["suffix"] = draw(st.sampled_from(["Jr.", "III"]))
    return name


@st.composite
def dates(draw):
    year = draw(st.integers(1000, 2030))
    parts = [year]
    if draw(st.booleans()):
        parts.append(draw(st.integers(1, 12)))
        if draw(st.booleans()):
            parts.append(draw(st.integers(1, 28)))
    return {"date-parts": [parts]}


@st.composite
def records(draw):
    record = {"id": "k", "type": draw(st.sampled_from(TYPES)), "title": draw(TEXT)}
    for variable in ("author", "editor", "translator"):
        if draw(st.booleans()):
            record[variable] = draw(st.lists(names(), min_size=1, max_size=3))
    if draw(st.booleans()):
        record["issued"] = draw(dates())
    for variable in ("container-title", "publisher", "publisher-place", "note", "volume", "edition",
                     "collection-title", "abstract"):
        if draw(st.integers(0, 2)) == 0:
            record[variable] = draw(TEXT)
    if draw(st.booleans()):
        first = draw(st.integers(1, 900))
        record["page"] = draw(st.sampled_from([str(first), f"{first}–{first + draw(st.integers(1, 99))}"]))
    if draw(st.integers(0, 3)) == 0:
        record["DOI"] = "10.1000/" + draw(st.text(st.sampled_from(list("abc123._-;()/")), min_size=1, max_size=12))
    if draw(st.integers(0, 3)) == 0:
        record["URL"] = "https://example.org/" + draw(st.text(st.sampled_from(list("abc123%_~#?=&-")), max_size=12))
    if draw(st.integers(0, 3)) == 0:
        record["x-" + draw(st.text(st.sampled_from(list("abcdefgh")), min_size=1, max_size=6))] = draw(TEXT)
    return record


def _round_trip(record: dict, fmt: str) -> dict:
    assert validate(record) is not None  # a valid record
    library = Library()
    library.add(json.loads(json.dumps(record)))
    text = dumps(library, fmt)
    back = loads(text, fmt, source=f"written.{fmt}")
    assert len(back.records) == 1, text
    return back.records[0]


def _same(record: dict, back: dict, fmt: str) -> None:
    for variable, value in record.items():
        if variable.startswith("x-"):  # not a CSL variable: kept among the format's own fields
            kept = back.get("custom", {}).get("ris" if fmt == "ris" else "bibtex", {})
            if fmt == "ris":
                assert f"{variable}: {value}" in kept.get("M2", []), (fmt, variable, back)
            else:  # kept as the field was written, in LaTeX
                assert decode(kept.get(variable, "")) == value, (fmt, variable, back)
            continue
        assert back.get(variable) == value, (fmt, variable, value, back.get(variable))


@SETTINGS
@given(records())
def test_csl_json_round_trip(record):
    assert _round_trip(record, "csl-json") == record


@SETTINGS
@given(records())
def test_biblatex_round_trip(record):
    _same(record, _round_trip(record, "biblatex"), "biblatex")


@SETTINGS
@given(records())
def test_bibtex_round_trip(record):
    _same(record, _round_trip(record, "bibtex"), "bibtex")


@SETTINGS
@given(records())
def test_ris_round_trip(record):
    _same(record, _round_trip(record, "ris"), "ris")
