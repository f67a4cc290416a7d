"""Sources given after a quotation and a dash (``...class."--"Kings of Fortune":337.``), which the
note's tagging leaves all prose, tagged again as notes of their own."""
from __future__ import annotations

import re
from typing import Sequence

from .model import Token, split_label
from .rules import apply_rules
from .rules.words import EDITORS_SIGN
from .tagger import Tagger
from .tokenize import part_as_a_note, tokenize


#: A dash after a quotation or a sentence, before the source it gives (``...appetite."—Hammond, ii:447-448.``,
#: ``...dollars.--Reports of Committees, ...``; ``--`` is a plain-text edition's dash); not an editor's signature
#: (``...1704.--W.``, :data:`~.rules.words.EDITORS_SIGN`).
_DASH_BEFORE_A_SOURCE = re.compile(r'(?<=[.!?"”])[ \t]*(?:—|--)[ \t]*(?=["“]?[A-Z])(?!' + EDITORS_SIGN + ")")
#: The full stop after a number that ends the source and the sentence after it (``337. All other ...``).
_SENTENCE_AFTER_A_PINPOINT = re.compile(r"(?<=\d)\.\s+(?=[A-Z])")


def dashed_sources_tagged_alone(text: str, tokens: Sequence[Token], tags: list[str], probs: list[float],
                                italic_spans: Sequence[tuple[int, int]], tagger: Tagger) -> tuple[list[str], list[float]]:
    """A source given after a quotation or a sentence and a dash, left all prose by the note's tagging,
    tagged as a note of its own: ``...the victim of a dishonest class."--"Kings of Fortune":337.`` is
    read like the note ``"Kings of Fortune":337.``. The part runs from the dash to the next such
    dash, to the full stop after a number that ends a sentence, or to the note's end; its tags
    replace the note's only when its first words were prose (or only carried on a field run opened
    before it) and the part's own tagging (rules applied) gives more of its words
    a field than the note's did (words so carried on counted as prose)."""
    dashes = list(_DASH_BEFORE_A_SOURCE.finditer(text)) if "—" in text or "--" in text else []  # each match holds one
    if not dashes:
        return tags, probs
    tags, probs = list(tags), list(probs)
    for n, dash in enumerate(dashes):
        start, end = dash.end(), dashes[n + 1].start() if n + 1 < len(dashes) else len(text)
        sentence = _SENTENCE_AFTER_A_PINPOINT.search(text, start, end)
        end = sentence.start() + 1 if sentence else end
        inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
        if not inside:
            continue
        carried = _carried_over_the_dash(tags, inside)
        if any(tags[i] != "prose" for i in inside[:2] if i not in carried):
            continue
        part, own, italics = part_as_a_note(text, start, end, [tokens[i] for i in inside], italic_spans)
        if tokenize(part) != own:
            continue  # the part alone is tokenized otherwise: its tags would not be the note's tokens'
        own_tags, own_probs = tagger.tag_tokens(part, own, italics)
        own_tags = apply_rules(part, own, own_tags, italics)
        if sum(t != "prose" for t in own_tags) <= sum(tags[i] != "prose" for i in inside if i not in carried):
            continue
        for i, tag, prob in zip(inside, own_tags, own_probs):
            tags[i], probs[i] = tag, prob
    return tags, probs


def _carried_over_the_dash(tags: Sequence[str], inside: Sequence[int]) -> set[int]:
    """The first tokens of ``inside`` that only continue (``I-``) a field run opened before the part (on
    the quotation, on the dash or earlier): the note's tagging read no field of the part's own there."""
    carried: set[int] = set()
    before = tags[inside[0] - 1] if inside[0] > 0 else "prose"
    for i in inside:
        if before == "prose" or tags[i] != "I-" + split_label(before)[1]:
            break
        carried.add(i)
    return carried
