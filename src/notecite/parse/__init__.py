"""The parse stage: find and label the cites in a note's text.

``parse_note(text)`` returns :class:`Cite` s; ``tag(text)`` returns (token, tag) pairs. Both use
the CRF model shipped in ``notecite/data/parser.crfsuite`` (rebuild with ``notecite train``).
"""
from __future__ import annotations

from typing import Mapping, Sequence

from .cites import assemble
from .labels import force_label
from .rules import apply_rules
from .model import FIELD_LABELS, KINDS, LABELS, Cite, Token
from .tagger import Tagger, default_tagger
from .tokenize import tokenize

__all__ = ["Cite", "Token", "LABELS", "FIELD_LABELS", "KINDS", "parse_note", "label_note", "tag", "tokenize", "Tagger"]


def tag(text: str, italic_spans: Sequence[tuple[int, int]] = (), tagger: Tagger | None = None) -> list[tuple[Token, str]]:
    """Tokenize ``text`` and tag each token (``B-title``, ``I-title``, ``prose``…), rules applied."""
    tokens = tokenize(text)
    tags, _ = (tagger or default_tagger()).tag_tokens(text, tokens, italic_spans)
    return list(zip(tokens, apply_rules(text, tokens, tags, italic_spans)))


def label_note(text: str, italic_spans: Sequence[tuple[int, int]] = (), tagger: Tagger | None = None,
               labels: Sequence[tuple[int, int, str]] = ()) -> tuple[list[Token], list[str], list[float]]:
    """Tokens, tags (rules applied) and marginal probabilities of one note.

    ``labels`` are forced [start, end, label) character spans (a user's corrections), applied in
    order after the rules: every token overlapping a span takes its label (``prose`` included), with
    probability 1.
    """
    tokens = tokenize(text)
    tags, probs = (tagger or default_tagger()).tag_tokens(text, tokens, italic_spans)
    tags = apply_rules(text, tokens, tags, italic_spans)
    for start, end, label in labels:
        force_label(tokens, tags, probs, start, end, label)
    return tokens, tags, probs


def parse_note(text: str, italic_spans: Sequence[tuple[int, int]] = (), tagger: Tagger | None = None, *,
               labels: Sequence[tuple[int, int, str]] = (), breaks: Mapping[int, bool] | None = None) -> list[Cite]:
    """The cites of one note, in order; ``italic_spans`` are [start, end) offsets of italic text.

    ``labels`` force labels on character spans (see :func:`label_note`); ``breaks`` maps a
    character offset to True (a cite starts at the first field from there on) or False (the
    field there continues the cite before it).
    """
    tokens, tags, probs = label_note(text, italic_spans, tagger, labels)
    return assemble(text, tokens, tags, probs, breaks)
