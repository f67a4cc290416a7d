"""A note of several sentences, each ending on a pinpoint, tagged sentence by sentence where the model is
surer of each sentence alone (``Hume, Essays, I, 52. Steuart, Principles, II, 7.``).

The model reads a whole note as one sequence: after one cite's pinpoint it often carries the next cite's
author on as the previous field. Read alone, a sentence opens where the model expects a cite to open.
"""
from __future__ import annotations

import re
from typing import Sequence

from .model import Token
from .tagger import Tagger
from .tokenize import part_as_a_note

#: A full stop after a number (a pinpoint's last figure) and a capital opening the next sentence.
_STOP_AFTER_A_NUMBER = re.compile(r"(?<=\d)\.\s+(?=[^\W\d_])")

#: Tags a cite opens on.
_OPENING = frozenset({"B-author", "B-editor", "B-title"})
#: Tags no cite opens on: an imprint's or a pinpoint's first word opening a sentence after a pinpoint is the model
#: carrying the last cite on (``…c. 4. Blount's Glossographia, 1656.`` read as a publisher).
_NO_CITE_OPENS_ON = frozenset({"B-publisher", "B-location", "B-pages", "B-locator", "B-volume", "B-issue"})

#: A note ending on a number and its full stop.
_ENDS_ON_A_NUMBER = re.compile(r"\d\.?\s*$")


def sentence_starts(text: str) -> list[int]:
    """Offsets where a sentence opens after a full stop ending on a number: ``…, I, 52. Steuart, …``."""
    return [m.end() for m in _STOP_AFTER_A_NUMBER.finditer(text) if text[m.end()].isupper()]


def tag_by_sentences(text: str, tokens: Sequence[Token], italic_spans: Sequence[tuple[int, int]],
                     tagger: Tagger) -> tuple[list[str], list[float]]:
    """The model's tags and marginals of ``tokens``. Each sentence that ends on a number (those of
    :func:`sentence_starts`, and the last when the note ends on one) is tagged alone as well; its own tags replace
    the note's when they open a cite (author, editor or title) where the note's opened an imprint or a pinpoint
    (:data:`_NO_CITE_OPENS_ON`), or opened no field and the model's marginals over its tokens sum higher alone."""
    tags, probs = tagger.tag_tokens(text, tokens, italic_spans)
    tags, probs = list(tags), list(probs)
    starts = sentence_starts(text)
    if not starts:
        return tags, probs
    # the last sentence is tagged alone only when it too ends on a number
    bounds = [0, *starts, len(text)] if _ENDS_ON_A_NUMBER.search(text) else [0, *starts]
    for start, end in zip(bounds, bounds[1:]):
        inside = [i for i, token in enumerate(tokens) if start <= token.start and token.end <= end]
        if not inside:
            continue
        first = inside[0]
        if tags[first].startswith("B-") and tags[first] not in _NO_CITE_OPENS_ON:
            continue  # the note's tagging opens a field there: nothing to read again
        own_tags, own_probs = tagger.tag_tokens(*part_as_a_note(text, start, end, tokens[first:inside[-1] + 1], italic_spans))
        if own_tags[0] in _OPENING and (tags[first] in _NO_CITE_OPENS_ON and _reads_as_a_cite(own_tags)
                                        or not tags[first].startswith("B-") and sum(own_probs) > sum(probs[i] for i in inside)):
            tags[first:inside[-1] + 1], probs[first:inside[-1] + 1] = own_tags, own_probs
    return tags, probs


def _reads_as_a_cite(tags: Sequence[str]) -> bool:
    """Whether a sentence's own tags read as one cite of its own: all of it in fields (no prose), of two labels at
    least, and no imprint (``Chapel Hill: University Press, 1995.`` after a title's years is that title's imprint,
    whatever the model reads in it alone)."""
    labels = {tag.split("-", 1)[-1] for tag in tags}
    return "prose" not in labels and len(labels) >= 2 and not labels & {"publisher", "location"}
