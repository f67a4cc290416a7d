"""Tags and spans: turn labelled character spans into B-/I- token tags and back.

Scheme: every field span (and ``ibid`` marker) starts with ``B-label`` on its first token and
continues with ``I-label``; tokens outside any field are ``prose``. A field span is thus a ``B-``
tag followed by its ``I-`` tags, so two adjacent fields with the same label stay two spans.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress, count
from operator import ne
from typing import Iterator, MutableSequence, Sequence

from .model import Token, split_label

#: Characters trimmed from both ends of a field's text (separators between fields).
_OUTER = " ,;:([{)]}"
#: Abbreviations whose final period belongs to the field text.
_ABBREVIATIONS = frozenset(
    "inc ltd co corp jr sr bros st ed eds trans tr dr mr mrs ms no vol vols pp p ch chap univ dept "
    "ca cf et al etc jan feb mar apr jun jul aug sep sept oct nov dec hrsg bd ebd ibid id op cit loc "
    "n.s s ff f col fol".split()
)
_QUOTES = "“”‘’«»\"'„‚"


def token_tags(tokens: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """The tag of each token given labelled [start, end) spans; uncovered tokens are ``prose``."""
    tags = []
    current = None
    ordered = sorted(spans)
    j = 0
    for tok in tokens:
        while j < len(ordered) and ordered[j][1] <= tok.start:
            j += 1
        label = "prose"
        span = None
        if j < len(ordered) and ordered[j][0] <= tok.start < ordered[j][1]:
            span = ordered[j]
            label = span[2]
        if label == "prose":
            tags.append("prose")
            current = None
        else:
            tags.append(("I-" if span is current else "B-") + label)
            current = span
    return tags


def tag_spans(tokens: Sequence[Token], tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Group tagged tokens into (first token index, last index + 1, label) runs; prose is left out.

    A run starts at a ``B-`` tag, at a change of label, or after prose; an ``I-`` tag after a
    different label is read as the start of a new run (tolerant decoding). The runs depend on
    the tags alone and are kept for the tags last asked about (:func:`_facts`): the rules ask
    again and again while most of them change nothing.
    """
    facts = _facts(tags)
    if facts.runs is None:
        facts.runs = _runs(facts.tags)
    return list(facts.runs)


def runs_and_the_next(runs: Sequence[tuple[int, int, str]]) -> Iterator[tuple[tuple[int, int, str], tuple[int, int, str]]]:
    """Each run of :func:`tag_spans` with the run that starts where it ends (no prose between them)."""
    for run, following in zip(runs, runs[1:]):
        if following[0] == run[1]:
            yield run, following


def tag_set(tags: Sequence[str]) -> frozenset[str]:
    """The distinct tags of ``tags`` (``B-title``, ``I-title``, ``prose``…): a rule that needs a label
    first asks whether the tags hold it. Kept for the tags last asked about, as :func:`tag_spans`."""
    facts = _facts(tags)
    if facts.distinct is None:
        facts.distinct = frozenset(facts.tags)
    return facts.distinct


class _TagFacts:
    """What :func:`tag_spans` and :func:`tag_set` computed from one tag list (a copy of it, so that
    a rule changing its list in place is never answered from an old one)."""

    __slots__ = ("tags", "runs", "distinct")

    def __init__(self, tags: list[str]) -> None:
        self.tags = tags
        self.runs: tuple[tuple[int, int, str], ...] | None = None
        self.distinct: frozenset[str] | None = None


def _facts(tags: Sequence[str]) -> _TagFacts:
    """The facts of the tags last asked about when ``tags`` are equal to them (a list comparison:
    the rules copy lists of the same tag strings, so it is mostly a comparison of pointers), else
    new facts for a copy of ``tags``."""
    global _LAST_FACTS
    if _LAST_FACTS.tags != tags:
        _LAST_FACTS = _TagFacts(list(tags))
    return _LAST_FACTS


_LAST_FACTS = _TagFacts([])


def _runs(tags: list[str]) -> tuple[tuple[int, int, str], ...]:
    """The runs of :func:`tag_spans` (computed once per distinct tag list), read a stretch of one tag at a
    time (a note has a few dozen tokens and a handful of stretches; where each ends is found at C speed):
    each ``B-`` tag opens a run, and a stretch of another tag continues the run before it when it has its
    label, else opens one."""
    if not tags:
        return ()
    changes = list(compress(count(1), map(ne, tags, tags[1:])))  # where a stretch of another tag starts
    runs: list[tuple[int, int, str]] = []
    open_label = None  # the label of the run the stretch before is in (None after prose)
    for start, end in zip([0] + changes, changes + [len(tags)]):
        prefix, label = split_label(tags[start])
        if label == "prose":
            open_label = None
        elif prefix == "B":
            if end - start == 1:
                runs.append((start, end, label))
            else:
                runs += [(i, i + 1, label) for i in range(start, end)]
            open_label = label
        elif label == open_label:
            runs[-1] = (runs[-1][0], end, label)
        else:
            runs.append((start, end, label))
            open_label = label
    return tuple(runs)


def token_starts(tokens: Sequence[Token]) -> list[int]:
    """The tokens' start offsets, in order: the index :func:`tokens_within` searches. Kept for the
    token list last asked about (by identity: a note's tokens never change in place), so the rules
    share one; read it, never change it."""
    global _LAST_STARTS
    if _LAST_STARTS[0] is not tokens:
        _LAST_STARTS = (tokens, [t.start for t in tokens])
    return _LAST_STARTS[1]


_LAST_STARTS: tuple[Sequence[Token] | None, list[int]] = (None, [])


def token_at(tokens: Sequence[Token], offset: int) -> int | None:
    """The index of the token that starts at text offset ``offset``, found by bisection in
    :func:`token_starts`; None when no token starts there."""
    starts = token_starts(tokens)
    k = bisect_left(starts, offset)
    return k if k < len(starts) and starts[k] == offset else None


def tokens_within(tokens: Sequence[Token], starts: Sequence[int], start: int, end: int) -> list[int]:
    """Indexes of the tokens lying wholly inside text offsets [start, end), found by bisection
    in ``starts`` (:func:`token_starts`), so a rule looking up many spans stays linear."""
    inside = []
    i = bisect_left(starts, start)
    while i < len(tokens) and tokens[i].start < end:
        if tokens[i].end <= end:
            inside.append(i)
        i += 1
    return inside


def runs_of_spans(starts: Sequence[int], spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """The token runs (first, last + 1, label) of labelled text offsets [start, end), found by bisection in
    ``starts`` (:func:`token_starts`); None when a span holds no token."""
    runs = [(bisect_left(starts, start), bisect_left(starts, end), label) for start, end, label in spans]
    return None if any(first >= last for first, last, _ in runs) else runs


def prose_runs_of_spans(starts: Sequence[int], tags: Sequence[str],
                        spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """:func:`runs_of_spans` of ``spans`` when every token from the first run to the last is prose (what a rule reads
    out of text the tagger left as prose); None otherwise."""
    runs = runs_of_spans(starts, spans)
    return None if runs is None or any(tags[k] != "prose" for k in range(runs[0][0], runs[-1][1])) else runs


def relabel_runs(tags: list[str], runs: Sequence[tuple[int, int, str]]) -> None:
    """In place: :func:`relabel` each run (first, last + 1, label) of ``runs``."""
    for first, last, label in runs:
        relabel(tags, first, last, label)


def matches_as_prose(pattern: re.Pattern[str], text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``tags`` with the tokens lying wholly inside each match of ``pattern`` in ``text`` made prose, the run after
    each match opening on its first token; ``tags`` itself when no match holds a token."""
    out = None
    starts = None
    for match in pattern.finditer(text):
        starts = starts or token_starts(tokens)
        inside = tokens_within(tokens, starts, match.start(), match.end())
        if not inside:
            continue
        out = out or list(tags)
        for k in inside:
            out[k] = "prose"
        open_run(out, inside[-1] + 1)
    return out or tags


def prose_before(tags: list[str], position: int) -> None:
    """Make prose, in place, what of the run token ``position`` continues lies before it: the ``I-``
    tags going back from ``position`` and the ``B-`` tag that opened them."""
    j = position - 1
    while j >= 0 and tags[j].startswith("I-"):
        tags[j] = "prose"
        j -= 1
    if j >= 0 and tags[j].startswith("B-"):
        tags[j] = "prose"


def open_run(tags: list[str], i: int) -> None:
    """In place: a token ``i`` that continues a run (``I-``) opens one (``B-``) instead, as the run after a
    relabelled span must; nothing when ``i`` is past the end or not inside a run."""
    if i < len(tags) and tags[i].startswith("I-"):
        tags[i] = "B-" + tags[i][2:]


def take_trailing_mark(tokens: Sequence[Token], tags: list[str], end: int, label: str, marks: tuple[str, ...] = (",", ".")) -> int:
    """In place: a mark at ``end`` (a comma, a stop) that continues a run the tagger read there (an ``I-`` tag) joins
    the ``label`` run a rule made to end there; returns where that run now ends."""
    if end < len(tokens) and tokens[end].text in marks and tags[end].startswith("I-"):
        tags[end] = "I-" + label
        return end + 1
    return end


def relabel(tags: list[str], start: int, end: int, label: str, *, continues: bool = False) -> None:
    """Make tokens [start, end) one ``label`` run, in place: ``B-`` on the first (``I-`` when the run
    ``continues`` the one before it), ``I-`` on the rest."""
    for i in range(start, end):
        tags[i] = ("I-" if continues or i > start else "B-") + label


def force_label(tokens: Sequence[Token], tags: list[str], probs: MutableSequence[float], start: int, end: int,
                label: str) -> None:
    """Give every token overlapping characters [start, end) ``label`` (one run; ``prose`` stays plain)
    with probability 1, in place; a run the span cut in two continues as a new run after it."""
    inside = [i for i, tok in enumerate(tokens) if tok.start < end and tok.end > start]
    if not inside:
        return
    first, last = inside[0], inside[-1] + 1
    if label == "prose":
        tags[first:last] = ["prose"] * (last - first)
    else:
        relabel(tags, first, last, label)
    probs[first:last] = [1.0] * (last - first)
    open_run(tags, last)


def trim(text: str, start: int, end: int, keep_inner_brackets: bool = False) -> tuple[int, int]:
    """Shrink [start, end) of ``text`` past outer separators, unbalanced quotes and final periods.

    A final period is kept after an initial (``M.E.``) or a known abbreviation (``Inc.``); with
    ``keep_inner_brackets`` a closing bracket opened inside the span is kept (``… (1918)``). The
    training material is trimmed without it, so the shipped model is unchanged by it.
    """
    while True:
        before = (start, end)
        while start < end and text[start] in _OUTER:
            start += 1
        while end > start and text[end - 1] in _OUTER:
            if keep_inner_brackets and _closes_inner_bracket(text, start, end):
                break
            end -= 1
        if end > start and text[end - 1] == ".":
            word_start = end - 1
            while word_start > start and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
                word_start -= 1
            word = text[word_start:end - 1].lower()
            if not (len(word.rstrip(".")) == 1 and word.rstrip(".").isalpha() or "." in word
                    or word in _ABBREVIATIONS):
                end -= 1
        if start < end and text[start] in _QUOTES and not _has_close(text[start + 1:end]):
            start += 1
        if start < end and text[end - 1] in _QUOTES and not _has_open(text[start:end - 1]):
            end -= 1
        if end - start >= 2 and text[start] in "“‘«„\"'" and text[end - 1] in "”’»\"'" \
                and _QUOTE_SET.isdisjoint(text[start + 1:end - 1]):
            start, end = start + 1, end - 1
        if (start, end) == before:
            return start, end


def _closes_inner_bracket(text: str, start: int, end: int) -> bool:
    """Whether the last character of [start, end) closes a bracket opened inside the span
    (``Theses of the Left Communists (1918)`` keeps its ``)``)."""
    pairs = {")": "(", "]": "[", "}": "{"}
    close = text[end - 1]
    if close not in pairs:
        return False
    inner = text[start:end - 1]
    return inner.count(pairs[close]) > inner.count(close)


def _has_close(text: str) -> bool:
    """Whether ``text`` contains a closing quotation mark."""
    return not _CLOSING_QUOTES.isdisjoint(text)


def _has_open(text: str) -> bool:
    """Whether ``text`` contains an opening quotation mark."""
    return not _OPENING_QUOTES.isdisjoint(text)


_QUOTE_SET = frozenset(_QUOTES)
_CLOSING_QUOTES = frozenset("”’»\"'")
_OPENING_QUOTES = frozenset("“‘«„\"'")


def bracket_depths(tokens: Sequence[Token]) -> list[int]:
    """How many brackets are open before each token (and after the last one)."""
    depths, depth = [], 0
    for token in tokens:
        depths.append(depth)
        depth = max(0, depth + (token.text in ("(", "[")) - (token.text in (")", "]")))
    return depths + [depth]
