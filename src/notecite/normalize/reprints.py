"""A reprint's two imprints: ``(London: Gollancz, 1963; reprint Harmondsworth: Penguin, 1980)``.

The parser keeps both imprints in one cite, with the reprint word as a ``prose`` field between
them. The imprint before the word is the original one: its place, publisher and date become
``original-publisher-place``, ``original-publisher`` and ``original-date``; the imprint after it
is the edition cited and goes on to the usual place, publisher and date steps. A year after the
imprint and words saying the work was first published then (``(London: Pluto Press, 1974; orig. pub.
1948)``) is its ``original-date`` (:class:`FirstPublished`).
"""
from __future__ import annotations

import re

from .base import Draft, strip_brackets, strip_edge_punctuation
from .dates import parse_date
from .places import clean_place
from .publishers import clean_publisher

#: The words before an original edition's year, after the imprint cited and a ``;`` (``(London: Pluto Press, 1974; orig.
#: pub. 1948)``, ``…; first published 1948``, ``…; originally published in 1948``).
ORIGINAL_WORDS = r"(?:orig(?:inally)?\.?\s*pub(?:lished|l)?\.?|first\s+pub(?:lished|l)?\.?|1st\s+pub(?:lished|l)?\.?)(?:\s+in)?"
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


#: A prose field that is only the words of :data:`ORIGINAL_WORDS` (``orig. pub``, ``first published``).
_FIRST_PUBLISHED = re.compile(r"^\W*" + ORIGINAL_WORDS + r"\W*$", re.I)


class FirstPublished:
    """A date field after a prose field saying the work was first published then (``orig. pub`` + ``1948``) →
    ``original-date``; both fields are consumed."""

    name = "first-published"
    reads = frozenset({"prose", "date"})
    writes = frozenset({"original-date"})

    def __call__(self, draft: Draft) -> None:
        fields = draft.fields
        at = next((n for n, (label, text) in enumerate(fields[:-1]) if label == "prose" and _FIRST_PUBLISHED.match(text)
                   and fields[n + 1][0] == "date" and any(other == "date" for other, _ in fields[:n])), None)
        if at is None or "original-date" in draft.record:
            return
        date = parse_date(strip_edge_punctuation(strip_brackets(fields[at + 1][1])))
        if "date-parts" not in date:
            return
        draft.record["original-date"] = date
        draft.fields = fields[:at] + fields[at + 2:]
