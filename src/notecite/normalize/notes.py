"""Notes and leftovers: ``note`` fields go to the record's note; nothing given is dropped.

Runs last. ``note`` texts are appended to ``note``; ``ibid`` markers carry no bibliographic
data (the parse stage already gave the cite its kind) and ``prose`` is the note's own
wording around the reference (kept on :attr:`NormalizedCite.prose`). Any other field still
unconsumed (an unknown label, say) is kept in ``note`` as "label: text".
"""
from __future__ import annotations

from .base import Draft, strip_edge_punctuation


class Notes:
    """``note`` fields and every unconsumed non-prose field → ``note``."""

    name = "notes"
    reads = frozenset({"note"})
    writes = frozenset({"note"})

    def __call__(self, draft: Draft) -> None:
        for text in draft.take("note"):
            draft.add_note(strip_edge_punctuation(text))


class Leftovers:
    """Keep any field no earlier normalizer consumed, as "label: text" in ``note``."""

    name = "leftovers"
    reads: frozenset[str] = frozenset()
    writes = frozenset({"note"})

    def __call__(self, draft: Draft) -> None:
        prose = draft.take("prose")
        draft.facts.setdefault("prose", []).extend(prose)
        draft.take("ibid")
        for label, text in list(draft.fields):
            if text.strip():
                draft.add_note(f"{label}: {strip_edge_punctuation(text)}")
        draft.fields = []
