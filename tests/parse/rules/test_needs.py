"""A rule's declared needs: it runs only on a note that holds them, called directly or by apply_rules."""
from __future__ import annotations

import notecite.parse.rules as rules
import re

from notecite.parse.rules.needs import Plan, any_folded, any_mark, any_match, any_tag, any_word, any_written, holds, needs
from notecite.parse.tokenize import tokenize


def _recording(*clauses):
    """A rule with ``clauses`` that records each note it runs on and labels the first token ``B-title``."""
    seen: list[str] = []

    @needs(*clauses)
    def rule_record(text, tokens, tags):
        seen.append(text)
        return ["B-title"] + list(tags[1:])

    return rule_record, seen


def _note(text: str) -> tuple[str, list, list[str]]:
    tokens = tokenize(text)
    return text, tokens, ["prose"] * len(tokens)


def test_a_direct_call_runs_the_rule_only_where_every_clause_holds():
    rule, seen = _recording(any_word("ibid", "idem"), any_mark("("))
    text, tokens, tags = _note("Ibid. (London, 1987), 45.")
    assert rule(text, tokens, tags)[0] == "B-title" and seen == [text]  # "ibid" lower-cased, and a bracket
    text, tokens, tags = _note("Ibid., 45.")
    assert rule(text, tokens, tags) is tags and len(seen) == 1  # no bracket: the tags as given, the body never run
    text, tokens, tags = _note("Serge (1987), 45.")
    assert rule(text, tokens, tags) is tags and len(seen) == 1  # no word of the first clause


def test_clause_kinds_read_the_words_as_written_folded_and_the_tags():
    text, tokens, tags = _note("Müller, Ébauches, S. 12.")
    assert holds((any_written("S"),), text, tokens, tags) and not holds((any_written("s"),), text, tokens, tags)
    assert holds((any_word("s"),), text, tokens, tags)
    assert holds((any_folded("muller", "x"),), text, tokens, tags) and not holds((any_word("muller"),), text, tokens, tags)
    assert not holds((any_tag("B-title"),), text, tokens, tags)
    assert holds((any_tag("B-title", "I-title"),), text, tokens, ["B-title"] + tags[1:])
    assert holds((any_word({"x", "s"}),), text, tokens, tags)  # one collection for the values


def test_apply_rules_tests_a_rules_needs_on_the_tags_the_rules_before_it_left():
    first, first_seen = _recording(any_word("serge"))
    second, second_seen = _recording(any_tag("B-title"))
    third, third_seen = _recording(any_word("trotsky"))
    saved, italic = list(rules.RULES), rules.ITALIC_RULES
    try:
        rules.RULES[:] = [second, first, second, third]
        text, tokens, tags = _note("Serge, Memoirs, 67.")
        out = rules.apply_rules(text, tokens, tags)
        # the first run of `second` sees no title yet and is skipped; after `first` it runs; `third` never runs
        assert out[0] == "B-title" and first_seen == [text] and second_seen == [text] and third_seen == []
    finally:
        rules.RULES[:], rules.ITALIC_RULES = saved, italic
    assert rules.apply_rules(text, tokens, tags) == rules.apply_rules(text, tokens, list(tags))  # the shipped rules again


def test_a_plan_runs_a_rule_only_where_all_its_clauses_on_words_and_marks_hold():
    both, both_seen = _recording(any_word("ibid"), any_mark("("))
    folded, folded_seen = _recording(any_folded("muller"))
    written, written_seen = _recording(any_written("S"), any_word("ibid", "müller"))
    free, free_seen = _recording()
    plan = Plan([both, folded, written, free], frozenset())
    for text in ("Ibid. (London, 1987), 45.", "Ibid., 45.", "Müller, S. 12.", "Serge (1987), 45."):
        plan.run(*_note(text), ())
    assert both_seen == ["Ibid. (London, 1987), 45."] and folded_seen == written_seen == ["Müller, S. 12."]
    assert len(free_seen) == 4  # a rule without clauses runs on every note


def test_a_space_in_a_mark_stands_for_any_whitespace_of_the_note():
    rule, seen = _recording(any_mark(" and ", "p. "))
    for text in ("Roe\xa0and Poe, Docks.", "Roe and\nPoe, Docks.", "Docks, p.\u202f12."):
        assert holds((any_mark(" and ", "p. "),), *_note(text)), text
        Plan([rule], frozenset()).run(*_note(text), ())
    assert len(seen) == 3
    assert not holds((any_mark(" and "),), *_note("Roe, Docks, Quays."))


def test_a_pattern_clause_holds_where_its_pattern_is_found_in_the_text():
    roman_volume = any_match(re.compile(r"[IVXLC]\s+n\."))
    text, tokens, tags = _note("Hans. U. B. II n. 205.")
    assert holds((roman_volume,), text, tokens, tags)
    assert not holds((roman_volume,), *_note("Hans. U. B. 2, n. 205."))
    rule, seen = _recording(any_word("hans"), roman_volume)
    assert rule(text, tokens, tags)[0] == "B-title" and seen == [text]  # a direct call
    assert rule(*_note("Hans. U. B. 2, n. 205.")) == ["prose"] * len(tokenize("Hans. U. B. 2, n. 205.")) and len(seen) == 1
    plan = Plan([rule], frozenset())
    for note in ("Hans. U. B. II n. 205.", "Hans. U. B. 2, n. 205.", "Mon. Germ. II n. 12."):
        plan.run(*_note(note), ())
    assert seen == [text, text]  # the plan runs it only where the word and the pattern are both found


def test_a_plan_tests_tag_clauses_on_tags_a_rule_changed_in_place():
    def rule_title_in_place(text, tokens, tags):
        tags[0] = "B-title"  # the same list, changed
        return tags

    gated, gated_seen = _recording(any_tag("B-title"))
    text, tokens, tags = _note("Serge, Memoirs, 67.")
    Plan([gated, rule_title_in_place, gated], frozenset()).run(text, tokens, tags, ())
    assert gated_seen == [text]  # skipped before the change, run after it


def test_a_plan_is_remade_when_the_rules_change():
    rule, _ = _recording(any_word("x"))
    plan = Plan([rule], frozenset())
    assert plan.is_for([rule], plan.italic_rules) and not plan.is_for([rule, rule], plan.italic_rules)
    assert not plan.is_for([rule], frozenset())  # another set of italic rules (by identity)


def test_every_shipped_rule_with_needs_keeps_its_body_and_its_name():
    gated = [rule for rule in rules.RULES if getattr(rule, "needs", None)]
    assert len(gated) > 200  # most rules declare what a note must hold
    for rule in gated:
        assert rule.body.__name__ == rule.__name__ and rule.__doc__ == rule.body.__doc__
