"""Notes and leftovers: ``note`` fields go to the record's note; nothing given is dropped.

Runs last. ``note`` texts are appended to ``note``; ``ibid`` markers carry no bibliographic
data (the parse stage already gave the cite its kind) and ``prose`` is the note's own
wording around the reference (kept on :attr:`NormalizedCite.prose`). Any other field still
unconsumed (an unknown label, say) is kept in ``note`` as "label: text".
"""
from __future__ import annotations

import re

from .base import Draft, strip_edge_punctuation

#: Words that only say the work can be read at the URL that follows (``available online at``,
#: ``retrieved from``): prose around the URL, not a note about the work.
_ONLINE_CUE = re.compile(r"(?:(?:also|now|freely)\s+)?(?:available|accessible|online|retrieved|accessed|read|viewable)"
                         r"(?:\s+(?:online|electronically|in\s+full))?(?:\s+(?:at|from|via|on|through|here))?", re.I)


class Notes:
    """``note`` fields and every unconsumed non-prose field → ``note``; a note that only cues the
    record's URL (:data:`_ONLINE_CUE`) is prose."""

    name = "notes"
    reads = frozenset({"note"})
    writes = frozenset({"note"})

    def __call__(self, draft: Draft) -> None:
        for text in draft.take("note"):
            text = strip_edge_punctuation(text)
            if draft.record.get("URL") and _ONLINE_CUE.fullmatch(text):
                draft.facts.setdefault("prose", []).append(text)
            else:
                draft.add_note(text)


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
