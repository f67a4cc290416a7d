"""The parse stage: find and label the cites in a note's text.

``parse_note(text)`` returns :class:`Cite` s; ``tag(text)`` returns (token, tag) pairs. Both use
the CRF model shipped in ``notecite/data/parser.crfsuite`` (rebuild with ``notecite train``).
"""
from __future__ import annotations

from typing import Sequence

from .cites import assemble
from .rules import apply_rules
from .model import FIELD_LABELS, KINDS, LABELS, Cite, Token
from .tagger import Tagger, default_tagger
from .tokenize import tokenize

__all__ = ["Cite", "Token", "LABELS", "FIELD_LABELS", "KINDS", "parse_note", "tag", "tokenize", "Tagger"]


def tag(text: str, italic_spans: Sequence[tuple[int, int]] = (), tagger: Tagger | None = None) -> list[tuple[Token, str]]:
    """Tokenize ``text`` and tag each token (``B-title``, ``I-title``, ``prose``…), rules applied."""
    tokens = tokenize(text)
    tags, _ = (tagger or default_tagger()).tag_tokens(text, tokens, italic_spans)
    return list(zip(tokens, apply_rules(text, tokens, tags, italic_spans)))


def parse_note(text: str, italic_spans: Sequence[tuple[int, int]] = (), tagger: Tagger | None = None) -> list[Cite]:
    """The cites of one note, in order; ``italic_spans`` are [start, end) offsets of italic text."""
    tokens = tokenize(text)
    tags, probs = (tagger or default_tagger()).tag_tokens(text, tokens, italic_spans)
    return assemble(text, tokens, apply_rules(text, tokens, tags, italic_spans), probs)
