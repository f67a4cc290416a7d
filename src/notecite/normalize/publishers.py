"""Publisher names: kept as printed, minus brackets, "published by" and trailing separators.

The publisher's own name is not shortened: "M.E. Sharpe, Inc.", "Holt & Rhinehart",
"Writers & Readers" and "& Co." stay as printed; a final full stop stays when it ends an
abbreviation ("Inc.", "Co.", "Ltd."). When no ``location`` field was given and the publisher
text also holds a place or a year ("New York, M.E. Sharpe, Inc.", "Verso, 1987"), those are
split off into ``publisher-place`` and a new ``date`` field. Several publishers are joined with "; ".
"""
from __future__ import annotations

import re

from .base import Draft, broken_words_joined, squeeze, strip_brackets, strip_edge_punctuation
from .places import clean_place, split_imprint

_LEADING = re.compile(
    r"^(?:(?:first\s+)?published\s+(?:as\s+an?\s+\w+\s+)?by|publ\.\s+by|printed\s+(?:and\s+published\s+)?by|"
    r"issued\s+by|by|publié\s+par|édité\s+par|chez|im\s+verlag|verlag\s+von|izd\.)\s+",
    re.I,
)


def clean_publisher(text: str) -> str:
    """A publisher name as printed, without enclosing brackets, "published by" or trailing separators."""
    text = strip_brackets(broken_words_joined(squeeze(text)))
    text = _LEADING.sub("", text)
    return strip_edge_punctuation(strip_brackets(text))


class Publishers:
    """``publisher`` fields → ``publisher`` (and place/year split off when no location was given)."""

    name = "publishers"
    reads = frozenset({"publisher"})
    writes = frozenset({"publisher", "publisher-place"})

    def __call__(self, draft: Draft) -> None:
        names = []
        for text in draft.take("publisher"):
            imprint = split_imprint(text)
            if imprint.year:
                draft.fields.append(("date", imprint.year))
            place = draft.record.get("publisher-place")
            if imprint.publisher and not place:
                draft.record["publisher-place"] = clean_place(imprint.place)
                names.append(clean_publisher(imprint.publisher))
            elif imprint.publisher and clean_place(imprint.place) == place:
                names.append(clean_publisher(imprint.publisher))  # the place was given twice
            elif imprint.year:
                names.append(clean_publisher(text[: text.rfind(imprint.year)]))
            else:
                names.append(clean_publisher(text))
        names = [n for n in dict.fromkeys(names) if n]
        if names:
            existing = draft.record.get("publisher")
            joined = "; ".join(names)
            draft.record["publisher"] = f"{existing}; {joined}" if existing else joined
