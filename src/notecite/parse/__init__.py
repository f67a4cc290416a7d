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
from .dashed_sources import dashed_sources_tagged_alone
from .labels import force_label
from .rules import apply_rules
from .sentence_parts import tag_by_sentences
from .model import FIELD_LABELS, KINDS, LABELS, Cite, Token
from .tagger import Tagger, default_tagger
from .tokenize import tokenize

__all__ = ["check_length", "Cite", "Token", "LABELS", "FIELD_LABELS", "KINDS", "parse_note", "label_note", "tag",
           "tokenize", "Tagger"]


def check_length(text: str, source: str = "note text", number: int | None = None, part: str = "note") -> None:
    """InputError naming ``source`` (and ``part`` ``number``: note 3, bibliography entry 2) when ``text`` is over the
    note-length limit."""
    if len(text) > NOTE_LENGTH.value:  # the message only when it is needed: every note passes here
        subject = f"{part} {number}" if number is not None else f"the {part}"
        raise NOTE_LENGTH.exceeded(source, f"{subject} has {len(text):,} characters")


def _checked(text: str) -> str:
    """``text`` within the length limit, lone surrogates (undecodable bytes of a command line)
    replaced by U+FFFD one for one, so offsets stay those of ``text``."""
    check_length(text)
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


#: A German quotation: ``»Deutsches Museum«`` (guillemets pointing in) or ``„Savoyen, Nizza und der Rhein“`` (low
#: opening mark), its lines wrapped or not (a plain text's hard line breaks), never across a blank line.
_GERMAN_QUOTATION = re.compile(r"»(?P<inside>(?:[^»«\n]|\n(?!\s*\n)){1,400})«|„(?P<low>(?:[^„“”\n]|\n(?!\s*\n)){1,400})[“”]")


def quotes_read_as_english(text: str) -> str:
    """``text`` with German quotation marks (:data:`_GERMAN_QUOTATION`) as English curly ones, one character for
    one, so offsets stay those of ``text``: the tagger, the rules and the cites' fields read them as the
    rules know them (a title's own quotation marks are dropped with them)."""
    if "»" not in text and "„" not in text:
        return text
    return _GERMAN_QUOTATION.sub(lambda m: "“" + (m.group("inside") if m.group("inside") is not None else m.group("low")) + "”",
                                 text)


def tag(text: str, italic_spans: Sequence[tuple[int, int]] = (), tagger: Tagger | None = None) -> list[tuple[Token, str]]:
    """Tokenize ``text`` and tag each token (``B-title``, ``I-title``, ``prose``…), rules applied (the text read as
    :func:`label_note` reads it)."""
    text = _read(text)
    tokens = tokenize(text)
    tags, _ = tag_by_sentences(text, tokens, italic_spans, tagger or default_tagger())
    return list(zip(tokens, apply_rules(text, tokens, tags, italic_spans)))


def label_note(text: str, italic_spans: Sequence[tuple[int, int]] = (), tagger: Tagger | None = None,
               labels: Sequence[tuple[int, int, str]] = ()) -> tuple[list[Token], list[str], list[float]]:
    """Tokens, tags (rules applied) and marginal probabilities of one note.

    ``labels`` are forced [start, end, label) character spans (a user's corrections), applied in
    order after the rules: every token overlapping a span takes its label (``prose`` included), with
    probability 1.
    """
    return _labelled(_read(text), italic_spans, tagger, labels)


#: Where a straight quotation mark opens a word: after a space, a bracket, a dash or the note's start.
_OPENING_A_WORD = r"(?:(?<=^)|(?<=[\s(\[—–-]))"
#: A quotation in straight single quotes: ``'`` opening a word (after a space, a bracket, a dash or the note's start),
#: then at least two words, then ``'`` closing a word before a mark (a stop, a comma, a bracket, a dash: ``', 10 Jan.``,
#: ``' (London``) or the end, not before a word (``'The Workers' Opposition',`` is one quotation); no straight single
#: quote opening a word inside it. An apostrophe inside a word (``Pollitt's``) is no mark.
_STRAIGHT_SINGLE_QUOTATION = re.compile(_OPENING_A_WORD + r"'(?P<inside>[^\W_](?:[^'\n]|'(?=[^\W_])|'(?=\s+[^\W_]))*?[^\s'])'"
                                        r"(?=[,.;:)\]!?—–-]|\s+[^\w\s]|\s*$)")


def straight_single_quotes_read_as_curly(text: str) -> str:
    """``text`` with quotations in straight single quotes (:data:`_STRAIGHT_SINGLE_QUOTATION`: ``'The revolutionary
    movement in Britain',``) in curly ones, one character for one, so offsets stay those of ``text``: the tagger and
    the rules know a title by its curly marks, and an apostrophe stays an apostrophe."""
    if "'" not in text:
        return text
    return _STRAIGHT_SINGLE_QUOTATION.sub(lambda m: "‘" + m.group("inside") + "’" if " " in m.group("inside") else m.group(0), text)


#: A title in straight double quotes as American notes print one: ``"`` opening a word (after a space, a bracket, a
#: dash or the note's start), its words, a comma, and ``"`` before a space or the end (``"The Spine of American Law,"
#: American Historical Review``); its lines wrapped or not, never across a blank line. A quotation that ends otherwise
#: (``"…ajedrez."``, ``"no"``) is left as written: in older notes such marks hold quoted passages as often as titles.
_STRAIGHT_QUOTED_TITLE = re.compile(_OPENING_A_WORD + r'"(?P<inside>[^\s"](?:[^"\n]|\n(?!\s*\n))*?,)"(?=\s|$)')


def straight_quoted_titles_read_as_curly(text: str) -> str:
    """``text`` with titles in straight double quotes (:data:`_STRAIGHT_QUOTED_TITLE`) in curly ones, one character for
    one, so offsets stay those of ``text``: a straight mark does not say whether it opens or closes a quotation, and
    a closing one read as opening started a title where one ends."""
    if '"' not in text:
        return text
    return _STRAIGHT_QUOTED_TITLE.sub(lambda m: "“" + m.group("inside") + "”", text)


#: A hyphen between spaces after a stop or a comma, before a capital or a quotation mark: a plain-text edition's dash
#: between sources (``Descub. y Conq., Ms. - Xerez, Conq. del Peru``; ``cap. 22, - Dec. de la Aud.``). A spaced
#: hyphen after a word (``Slovenija - Jugoslavija``, ``The General Strike - May 1926``) is left as written.
_SPACED_HYPHEN_AFTER_A_STOP = re.compile(r"(?<=[.,] )-(?= [A-Z\"“‘'])")


def spaced_hyphens_read_as_dashes(text: str) -> str:
    """``text`` with each hyphen between sources (:data:`_SPACED_HYPHEN_AFTER_A_STOP`) an em dash, one character for
    one, so offsets stay those of ``text``: a dash separates the sources it stands between."""
    if " - " not in text:
        return text
    return _SPACED_HYPHEN_AFTER_A_STOP.sub("—", text)


def _read(text: str) -> str:
    """``text`` as the parser reads it: checked (:func:`_checked`), German quotations, titles in straight double
    quotes and quotations in straight single quotes as English curly ones, and hyphens between sources as dashes."""
    return spaced_hyphens_read_as_dashes(
        straight_single_quotes_read_as_curly(straight_quoted_titles_read_as_curly(quotes_read_as_english(_checked(text)))))


def _labelled(text: str, italic_spans: Sequence[tuple[int, int]], tagger: Tagger | None,
              labels: Sequence[tuple[int, int, str]]) -> tuple[list[Token], list[str], list[float]]:
    """:func:`label_note` of a text already read (:func:`_read`)."""
    tokens = tokenize(text)
    tagger = tagger or default_tagger()
    tags, probs = tag_by_sentences(text, tokens, italic_spans, tagger)
    tags = apply_rules(text, tokens, tags, italic_spans)
    tags, probs = dashed_sources_tagged_alone(text, tokens, tags, probs, italic_spans, tagger)
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
    text = _read(text)
    tokens, tags, probs = _labelled(text, italic_spans, tagger, labels)
    return assemble(text, tokens, tags, probs, breaks)
