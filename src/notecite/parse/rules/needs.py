"""What a note must hold before a rule can change its tags, declared beside the rule.

Most rules look for a word, a mark or a label that few notes have, and return the tags unchanged
without it. ``@needs(any_word(IN_WORDS), any_tag(TITLE_TAGS))`` states such a condition once:
:func:`~notecite.parse.rules.apply_rules` tests it on word and tag sets it computes once per note and
skips the rule without calling it (a rule call costs more than the test, and most rules skip most
notes), and a direct call of the rule tests it too, so the rule means the same either way.

Each clause holds when the note has at least one of its values (or, for :func:`any_match`, its pattern is found in
the note's text); a rule runs when all its clauses hold.
"""
from __future__ import annotations

import functools
import re
from itertools import compress
from typing import Callable, Collection, Sequence

from ..labels import tag_set
from ..model import Token
from .words import folded_words, lowered_words, token_texts

#: What a clause reads: the note's lower-cased words, its words as written, its words lower-cased without accents,
#: substrings of its text, its tags (``B-title``…, :func:`~notecite.parse.labels.tag_set`), or a pattern searched for
#: in its text.
WORDS, WRITTEN, FOLDED, MARKS, TAGS, PATTERN = range(6)

Clause = tuple[int, "frozenset[str] | tuple[str, ...] | re.Pattern[str]"]


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
    """A clause: one of ``values`` occurs in the note's text (``"("``, ``"://"``), a space in a value standing for any
    whitespace of the text (a no-break space, a line break: :func:`marks_text`)."""
    return MARKS, _values(values)


#: Whitespace other than a plain space.
_OTHER_WHITESPACE = re.compile(r"[^\S ]")


def marks_text(text: str) -> str:
    """``text`` as mark clauses read it: every whitespace character a plain space, so ``" and "`` or ``". "`` is found
    where a no-break space or a line break stands (``p.\xa012``): rule bodies read any whitespace as a space."""
    return _OTHER_WHITESPACE.sub(" ", text) if _OTHER_WHITESPACE.search(text) else text


def any_tag(*values: str | Collection[str]) -> Clause:
    """A clause: one of ``values`` (``B-title``, ``I-author``…) is among the note's tags as the rule gets them."""
    return TAGS, frozenset(_values(values))


def any_match(pattern: re.Pattern[str]) -> Clause:
    """A clause: ``pattern`` is found in the note's text (``pattern.search``). It is tested after the rule's clauses
    on words and marks hold, so a pattern pays only on the notes those let through: it suits a shape (a Roman number
    before ``n.``) that no one word or mark states, and that is much cheaper to look for than the rule's own work."""
    return PATTERN, pattern


#: The order a rule's clauses are tested in: words and marks (sets made once per note), then patterns, then tags.
_CLAUSE_ORDER = {TAGS: 2, PATTERN: 1}


Rule = Callable[..., list[str]]


def needs(*clauses: Clause) -> Callable[[Rule], Rule]:
    """Decorate a rule so that it runs only on a note where every clause holds (else it returns the tags it
    got); the rule's ``needs`` attribute keeps the clauses and ``body`` the undecorated rule, for
    :func:`~notecite.parse.rules.apply_rules`. Word clauses go first (they are tested on sets made once per note),
    then patterns, then tags."""
    ordered = tuple(sorted(clauses, key=lambda clause: _CLAUSE_ORDER.get(clause[0], 0)))

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
            spaced = marks_text(text)
            held = any(mark in spaced for mark in values)
        elif kind == PATTERN:
            held = values.search(text) is not None  # type: ignore[union-attr]
        else:
            note_set = tag_set(tags) if kind == TAGS else _WORD_SETS[kind](tokens)
            held = not values.isdisjoint(note_set)  # type: ignore[union-attr]
        if not held:
            return False
    return True


#: Per kind of word clause, the note's word set its values are looked for in.
_WORD_SETS: dict[int, Callable[[Sequence[Token]], frozenset[str]]] = {WORDS: lowered_words, WRITTEN: token_texts,
                                                                      FOLDED: folded_words}


class Plan:
    """Rules in order, each with its clauses and whether it reads italic spans, for :meth:`run`.

    The clauses on words and marks hold or fail for a whole note (its tokens and text never change), so
    :meth:`run` finds the rules whose such clauses hold once per note, from indexes of the clauses' values,
    and tests only pattern clauses and tag clauses (the tags change from rule to rule) as it goes."""

    def __init__(self, rules: Sequence[Rule], italic_rules: Collection[Rule]) -> None:
        self.rules, self.italic_rules = list(rules), italic_rules
        #: per rule in order: what to call, whether it reads italic spans, its patterns' search methods, the value sets
        #: of its tag clauses
        self._steps: list[tuple[Rule, bool, tuple[Callable[[str], object], ...], tuple[frozenset[str], ...]]] = []
        #: the rules (indexes into the steps) with no note clause (a clause on words or marks); per note clause (by its
        #: index), the rules whose only note clause it is; the rules with more, each with the indexes of its note clauses
        self._always: list[int] = []
        self._by_clause: list[list[int]] = []
        self._by_clauses: list[tuple[int, frozenset[int]]] = []
        #: per kind of note clause, each value of a clause of that kind and the clauses (indexes) it is a value of
        self._values: dict[int, dict[str, list[int]]] = {WORDS: {}, WRITTEN: {}, FOLDED: {}, MARKS: {}}
        clause_numbers: dict[tuple[int, frozenset[str]], int] = {}
        for step, rule in enumerate(rules):
            clauses = getattr(rule, "needs", ())
            self._steps.append((getattr(rule, "body", rule) if clauses else rule, rule in italic_rules,
                                tuple(values.search for kind, values in clauses if kind == PATTERN),
                                tuple(frozenset(values) for kind, values in clauses if kind == TAGS)))
            numbers = frozenset(self._number(kind, frozenset(values), clause_numbers) for kind, values in clauses
                                if kind not in (TAGS, PATTERN))
            if not numbers:
                self._always.append(step)
            elif len(numbers) == 1:
                self._by_clause[next(iter(numbers))].append(step)
            else:
                self._by_clauses.append((step, numbers))
        #: per kind of note clause, the values of its clauses: a note's words are intersected with them
        self._value_sets = {kind: frozenset(values) for kind, values in self._values.items()}
        #: the rules with several note clauses, and their clauses, apart (for :func:`itertools.compress`)
        self._several_steps = tuple(step for step, _ in self._by_clauses)
        self._several_clauses = tuple(clauses for _, clauses in self._by_clauses)

    def _number(self, kind: int, values: frozenset[str], numbers: dict[tuple[int, frozenset[str]], int]) -> int:
        """The index of the note clause ``kind`` ``values`` among those of the rules, indexed under its values
        when it is new (``numbers`` holds those seen)."""
        if (kind, values) not in numbers:
            numbers[kind, values] = len(self._by_clause)
            self._by_clause.append([])
            for value in values:
                self._values[kind].setdefault(value, []).append(numbers[kind, values])
        return numbers[kind, values]

    def is_for(self, rules: Sequence[Rule], italic_rules: Collection[Rule]) -> bool:
        """Whether this plan is that of ``rules`` (as they are now) and ``italic_rules``."""
        return italic_rules is self.italic_rules and rules == self.rules

    def run(self, text: str, tokens: Sequence[Token], tags: list[str], italic_spans: Sequence[tuple[int, int]]) -> list[str]:
        """Run the rules in order on a note of at least one token, each whose clauses hold for the note as it then is."""
        distinct: frozenset[str] = frozenset()  # the distinct values of the tags ``basis`` holds
        basis: list[str] | None = None  # a copy of the tags ``distinct`` was found for (rules change lists in place)
        current = False  # whether ``distinct`` is known to be the tags' since the last rule ran
        steps = self._steps
        for step in self._steps_for(text, tokens):
            rule, italic, searches, tag_clauses = steps[step]
            if searches and (searches[0](text) is None or not all(search(text) for search in searches[1:])):
                continue
            for values in tag_clauses:
                if not current:
                    if tags != basis:  # most rules change nothing: a list comparison, no new tag set
                        distinct, basis = tag_set(tags), list(tags)
                    current = True
                if values.isdisjoint(distinct):
                    break
            else:
                tags = rule(text, tokens, tags, italic_spans) if italic else rule(text, tokens, tags)
                current = False
        return tags

    def _steps_for(self, text: str, tokens: Sequence[Token]) -> list[int]:
        """The rules (indexes into the steps, in order) whose clauses on words and marks hold for the note."""
        held: set[int] = set()  # the note clauses that hold
        for kind, word_set in _WORD_SETS.items():
            clauses_of = self._values[kind]
            for value in word_set(tokens) & self._value_sets[kind]:
                held.update(clauses_of[value])
        spaced = marks_text(text)
        for mark, clauses in self._values[MARKS].items():
            if mark in spaced:
                held.update(clauses)
        steps = list(self._always)
        for clause in held:
            steps += self._by_clause[clause]
        steps += compress(self._several_steps, map(held.issuperset, self._several_clauses))
        steps.sort()
        return steps
