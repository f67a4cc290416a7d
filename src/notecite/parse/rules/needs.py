"""What a note must hold before a rule can change its tags, declared beside the rule.

Most rules look for a word, a mark or a label that few notes have, and return the tags unchanged
without it. ``@needs(any_word(IN_WORDS), any_tag(TITLE_TAGS))`` states such a condition once:
:func:`~notecite.parse.rules.apply_rules` tests it on word and tag sets it computes once per note and
skips the rule without calling it (a rule call costs more than the test, and most rules skip most
notes), and a direct call of the rule tests it too, so the rule means the same either way.

Each clause holds when the note has at least one of its values; a rule runs when all its clauses hold.
"""
from __future__ import annotations

import functools
from typing import Callable, Collection, Sequence

from ..labels import tag_set
from ..model import Token
from .words import folded_words, lowered_words, token_texts

#: What a clause reads: the note's lower-cased words, its words as written, its words lower-cased without accents,
#: substrings of its text, or its tags (``B-title``…, :func:`~notecite.parse.labels.tag_set`).
WORDS, WRITTEN, FOLDED, MARKS, TAGS = range(5)

Clause = tuple[int, "frozenset[str] | tuple[str, ...]"]


def _values(values: tuple) -> tuple[str, ...]:
    """``values`` as given (strings) or the one collection given."""
    if len(values) == 1 and not isinstance(values[0], str):
        return tuple(values[0])
    return values


def any_word(*values: str | Collection[str]) -> Clause:
    """A clause: one of ``values`` is a lower-cased word (token) of the note (:func:`~.words.lowered_words`)."""
    return WORDS, frozenset(_values(values))


def any_written(*values: str | Collection[str]) -> Clause:
    """A clause: one of ``values`` is a token of the note as written (``MS``, ``(``: :func:`~.words.token_texts`)."""
    return WRITTEN, frozenset(_values(values))


def any_folded(*values: str | Collection[str]) -> Clause:
    """A clause: one of ``values`` is a word of the note lower-cased, without accents (:func:`~.words.folded_words`)."""
    return FOLDED, frozenset(_values(values))


def any_mark(*values: str | Collection[str]) -> Clause:
    """A clause: one of ``values`` occurs in the note's text (``"("``, ``"://"``)."""
    return MARKS, _values(values)


def any_tag(*values: str | Collection[str]) -> Clause:
    """A clause: one of ``values`` (``B-title``, ``I-author``…) is among the note's tags as the rule gets them."""
    return TAGS, frozenset(_values(values))


Rule = Callable[..., list[str]]


def needs(*clauses: Clause) -> Callable[[Rule], Rule]:
    """Decorate a rule so that it runs only on a note where every clause holds (else it returns the tags it
    got); the rule's ``needs`` attribute keeps the clauses and ``body`` the undecorated rule, for
    :func:`~notecite.parse.rules.apply_rules`. Word clauses go first: they are tested on sets made once per note."""
    ordered = tuple(sorted(clauses, key=lambda clause: clause[0] == TAGS))

    def decorate(rule: Rule) -> Rule:
        @functools.wraps(rule)
        def gated(text: str, tokens: Sequence[Token], tags: list[str], *rest):
            if holds(ordered, text, tokens, tags):
                return rule(text, tokens, tags, *rest)
            return tags

        gated.needs = ordered  # type: ignore[attr-defined]
        gated.body = rule  # type: ignore[attr-defined]
        return gated

    return decorate


def holds(clauses: Sequence[Clause], text: str, tokens: Sequence[Token], tags: Sequence[str]) -> bool:
    """Whether every one of ``clauses`` holds for the note (``text``, its ``tokens`` and their ``tags``)."""
    for kind, values in clauses:
        if kind == MARKS:
            if not any(mark in text for mark in values):
                return False
        elif values.isdisjoint(_NOTE_SETS[kind](tokens, tags)):  # type: ignore[union-attr]
            return False
    return True


#: Per clause kind but marks, the set a clause's values are looked for in, from the note's tokens and tags.
_NOTE_SETS: dict[int, Callable[[Sequence[Token], Sequence[str]], frozenset[str]]] = {
    WORDS: lambda tokens, tags: lowered_words(tokens), WRITTEN: lambda tokens, tags: token_texts(tokens),
    FOLDED: lambda tokens, tags: folded_words(tokens), TAGS: lambda tokens, tags: tag_set(tags)}


class Plan:
    """Rules in order, each with its clauses and whether it reads italic spans, for :meth:`run`."""

    def __init__(self, rules: Sequence[Rule], italic_rules: Collection[Rule]) -> None:
        self.rules, self.italic_rules = list(rules), italic_rules
        self._steps = []
        for rule in rules:
            clauses = getattr(rule, "needs", ())
            # a mark clause becomes a set clause: the marks found in the note are looked for once, all together
            self._steps.append((getattr(rule, "body", rule) if clauses else rule, rule in italic_rules,
                                tuple((kind, frozenset(values)) for kind, values in clauses)))
        self._marks = tuple(sorted({mark for rule in rules for kind, values in getattr(rule, "needs", ()) if kind == MARKS
                                    for mark in values}))

    def is_for(self, rules: Sequence[Rule], italic_rules: Collection[Rule]) -> bool:
        """Whether this plan is that of ``rules`` (as they are now) and ``italic_rules``."""
        return italic_rules is self.italic_rules and rules == self.rules

    def run(self, text: str, tokens: Sequence[Token], tags: list[str], italic_spans: Sequence[tuple[int, int]]) -> list[str]:
        """Run the rules in order on a note of at least one token, each whose clauses hold for the note as it then is."""
        have: list[frozenset[str] | None] = [lowered_words(tokens), token_texts(tokens), None,
                                             frozenset([mark for mark in self._marks if mark in text]), None]
        for rule, italic, clauses in self._steps:
            for kind, values in clauses:
                if kind == TAGS:
                    if values.isdisjoint(tag_set(tags)):
                        break
                    continue
                if have[kind] is None:
                    have[kind] = folded_words(tokens)
                if values.isdisjoint(have[kind]):  # type: ignore[arg-type]
                    break
            else:
                tags = rule(text, tokens, tags, italic_spans) if italic else rule(text, tokens, tags)
        return tags
