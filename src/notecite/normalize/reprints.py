"""A reprint's two imprints: ``(London: Gollancz, 1963; reprint Harmondsworth: Penguin, 1980)``.

The parser keeps both imprints in one cite, with the reprint word as a ``prose`` field between
them. The imprint before the word is the original one: its place, publisher and date become
``original-publisher-place``, ``original-publisher`` and ``original-date``; the imprint after it
is the edition cited and goes on to the usual place, publisher and date steps.
"""
from __future__ import annotations

import re

from .base import Draft, strip_brackets, strip_edge_punctuation
from .dates import parse_date
from .places import clean_place
from .publishers import clean_publisher

#: A prose field that is only a reprint word.
REPRINT = re.compile(r"^\W*(?:reprint(?:ed)?|repr|rpt|reissued?|nachdruck|réimpr|r[ée]{1,2}d|ristampa)\b\.?\W*$", re.I)
_IMPRINT_LABELS = ("location", "publisher", "date")


class Reprints:
    """The imprint before a ``reprint`` word → ``original-publisher-place``, ``original-publisher``,
    ``original-date``; the word itself is consumed."""

    name = "reprints"
    reads = frozenset({"prose", "location", "publisher", "date"})
    writes = frozenset({"original-publisher-place", "original-publisher", "original-date"})

    def __call__(self, draft: Draft) -> None:
        at = next((n for n, (label, text) in enumerate(draft.fields) if label == "prose" and REPRINT.match(text)), None)
        if at is None or not any(label in _IMPRINT_LABELS for label, _ in draft.fields[at + 1:]):
            return
        start = at
        while start > 0 and draft.fields[start - 1][0] in _IMPRINT_LABELS:
            start -= 1
        if start == at:
            return
        for label, text in draft.fields[start:at]:
            if label == "location" and "original-publisher-place" not in draft.record:
                draft.record["original-publisher-place"] = clean_place(text)
            elif label == "publisher" and "original-publisher" not in draft.record:
                draft.record["original-publisher"] = clean_publisher(text)
            elif label == "date" and "original-date" not in draft.record:
                draft.record["original-date"] = parse_date(strip_edge_punctuation(strip_brackets(text)))
        draft.fields = draft.fields[:start] + draft.fields[at + 1:]
