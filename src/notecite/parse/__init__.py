"""The parse stage: find and label the cites in a note's text.

``parse_note(text)`` returns :class:`Cite` s; ``tag(text)`` returns (token, tag) pairs. Both use
the CRF model shipped in ``notecite/data/parser.crfsuite`` (rebuild with ``notecite train``).
Time grows linearly with a note's length; a note longer than :data:`notecite.limits.NOTE_LENGTH`
is an InputError.
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from ..limits import NOTE_LENGTH
from .cites import assemble
from .labels import force_label
from .rules import apply_rules
from .model import FIELD_LABELS, KINDS, LABELS, Cite, Token
from .tagger import Tagger, default_tagger
from .tokenize import tokenize

__all__ = ["check_length", "Cite", "Token", "LABELS", "FIELD_LABELS", "KINDS", "parse_note", "label_note", "tag",
           "tokenize", "Tagger"]


def check_length(text: str, source: str = "note text", number: int | None = None) -> None:
    """InputError naming ``source`` (and note ``number``) when ``text`` is over the note-length limit."""
    if len(text) > NOTE_LENGTH.value:  # the message only when it is needed: every note passes here
        subject = f"note {number}" if number is not None else "the note"
        raise NOTE_LENGTH.exceeded(source, f"{subject} has {len(text):,} characters")


def _checked(text: str) -> str:
    """``text`` within the length limit, lone surrogates (undecodable bytes of a command line)
    replaced by U+FFFD one for one, so offsets stay those of ``text``."""
    check_length(text)
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def tag(text: str, italic_spans: Sequence[tuple[int, int]] = (), tagger: Tagger | None = None) -> list[tuple[Token, str]]:
    """Tokenize ``text`` and tag each token (``B-title``, ``I-title``, ``prose``…), rules applied."""
    text = _checked(text)
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
    text = _checked(text)
    tokens = tokenize(text)
    tagger = tagger or default_tagger()
    tags, probs = tagger.tag_tokens(text, tokens, italic_spans)
    tags = apply_rules(text, tokens, tags, italic_spans)
    tags, probs = dashed_sources_tagged_alone(text, tokens, tags, probs, italic_spans, tagger)
    for start, end, label in labels:
        force_label(tokens, tags, probs, start, end, label)
    return tokens, tags, probs


#: A dash after a quotation or a sentence, before the source it gives (``...appetite."—Hammond, ii:447-448.``,
#: ``...dollars.--Reports of Committees, ...``; ``--`` is a plain-text edition's dash).
_DASH_BEFORE_A_SOURCE = re.compile(r'(?<=[.!?"”])[ \t]*(?:—|--)[ \t]*(?=["“]?[A-Z])')
#: The full stop after a number that ends the source and the sentence after it (``337. All other ...``).
_SENTENCE_AFTER_A_PINPOINT = re.compile(r"(?<=\d)\.\s+(?=[A-Z])")


def dashed_sources_tagged_alone(text: str, tokens: Sequence[Token], tags: list[str], probs: list[float],
                                italic_spans: Sequence[tuple[int, int]], tagger: Tagger) -> tuple[list[str], list[float]]:
    """A source given after a quotation or a sentence and a dash, left all prose by the note's tagging,
    tagged as a note of its own: ``...the victim of a dishonest class."--"Kings of Fortune":337.`` is
    read like the note ``"Kings of Fortune":337.``. The part runs from the dash to the next such
    dash, to the full stop after a number that ends a sentence, or to the note's end; its tags
    replace the note's only when its first words were prose and the part's own tagging (rules
    applied) gives more of its words a field than the note's did."""
    dashes = list(_DASH_BEFORE_A_SOURCE.finditer(text))
    if not dashes:
        return tags, probs
    tags, probs = list(tags), list(probs)
    for n, dash in enumerate(dashes):
        start, end = dash.end(), dashes[n + 1].start() if n + 1 < len(dashes) else len(text)
        sentence = _SENTENCE_AFTER_A_PINPOINT.search(text, start, end)
        end = sentence.start() + 1 if sentence else end
        inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
        if not inside or any(tags[i] != "prose" for i in inside[:2]):
            continue
        part = text[start:end]
        own = tokenize(part)
        if [(t.text, t.start + start) for t in own] != [(tokens[i].text, tokens[i].start) for i in inside]:
            continue
        italics = [(max(a, start) - start, min(b, end) - start) for a, b in italic_spans if a < end and b > start]
        own_tags, own_probs = tagger.tag_tokens(part, own, italics)
        own_tags = apply_rules(part, own, own_tags, italics)
        if sum(t != "prose" for t in own_tags) <= sum(tags[i] != "prose" for i in inside):
            continue
        for i, tag, prob in zip(inside, own_tags, own_probs):
            tags[i], probs[i] = tag, prob
    return tags, probs


def parse_note(text: str, italic_spans: Sequence[tuple[int, int]] = (), tagger: Tagger | None = None, *,
               labels: Sequence[tuple[int, int, str]] = (), breaks: Mapping[int, bool] | None = None) -> list[Cite]:
    """The cites of one note, in order; ``italic_spans`` are [start, end) offsets of italic text.

    ``labels`` force labels on character spans (see :func:`label_note`); ``breaks`` maps a
    character offset to True (a cite starts at the first field from there on) or False (the
    field there continues the cite before it).
    """
    text = _checked(text)
    tokens, tags, probs = label_note(text, italic_spans, tagger, labels)
    return assemble(text, tokens, tags, probs, breaks)
