"""Rules about pinpoints: the locator grammar, ``vol:page`` tails and a page after the imprint."""
from __future__ import annotations

import re
from typing import Sequence

from ..labels import tag_spans
from ..model import Token


_NUMBER = r"(?:\d+[a-z]{0,2}|[ivxlcdm]+|[IVXLCDM]+)"


_LOCATOR = re.compile(
    r"[(\[]?\s*(?:(?:pp?|S|Sp|s|chap|ch|cap|kap|vol|t|bd|Bd|n|nn|no|fol|fols|col|cols|ll?|para|sec|art)\.?\s*)?"
    + _NUMBER + r"(?:\s*[-–—]\s*" + _NUMBER + r")?"
    + r"(?:(?:\s*[,:]\s*|\s+(?:n|nn)\.?\s*|\s*(?:pp?|S|n)\.\s*)" + _NUMBER + r"(?:\s*[-–—]\s*" + _NUMBER + r")?)*"
    + r"(?:\s*(?:ff?\.?|et seq\.?|passim|n\.?))?\s*[)\]]?[.,;:]?"
)

_VOLUME_PAGE_TAIL = re.compile(r",\s*(\d{1,2}\s*:\s*\d+(?:\s*[-–—]\s*\d+)?)\W*$")


def rule_volume_page_pinpoint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """A title run ending in ``, 1:270`` (volume:page, the pinpoint of a multi-volume work) has
    swallowed its locator: those tokens become the locator."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "title":
            continue
        match = _VOLUME_PAGE_TAIL.search(text, tokens[first].start, tokens[last - 1].end)
        if not match or match.start() <= tokens[first].start:
            continue
        inside = [i for i in range(first, last) if tokens[i].start >= match.start(1)]
        if inside and inside[0] > first:
            for n, i in enumerate(inside):
                tags[i] = ("B-" if n == 0 else "I-") + "locator"
    return tags


def rule_pinpoint_after_the_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(Albany: SUNY Press, 1996), 88-112, for the Johnson-Forest Tendency``: a run opening with a
    page number right after the imprint's closing parenthesis is the pinpoint as far as the
    locator grammar reaches; the words after it are prose."""
    tags = list(tags)
    runs = tag_spans(tokens, tags)
    for j in range(1, len(runs)):
        first, last, label = runs[j]
        if label in ("locator", "pages", "date") or runs[j - 1][2] not in ("date", "publisher", "location"):
            continue
        closing = [i for i in range(runs[j - 1][0], first) if tokens[i].text == ")"]
        if not closing or not re.fullmatch(_NUMBER, tokens[first].text) or \
                any(tokens[i].text[:1].isalnum() for i in range(closing[-1] + 1, first)):
            continue
        match = _LOCATOR.match(text, tokens[first].start, tokens[last - 1].end)
        reach = match.end() if match else tokens[first].start
        if reach <= tokens[first].start:
            continue
        for i in range(first, last):
            if tokens[i].end <= reach:
                tags[i] = ("B-" if i == first else "I-") + "locator"
            else:
                tags[i] = "prose"
    return tags


def rule_locator_grammar(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """Keep a locator run only as far as the pinpoint grammar reaches (``57-8``, ``18, 276n``,
    ``p. 45 n. 3``, ``S. 12 f.``, ``xiv``); tokens past it become prose, a run without any match too."""
    tags = list(tags)
    for first, last, label in tag_spans(tokens, tags):
        if label != "locator":
            continue
        match = _LOCATOR.match(text, tokens[first].start, tokens[last - 1].end)
        reach = match.end() if match and any(c.isalnum() for c in match.group()) else tokens[first].start
        for i in range(first, last):
            if tokens[i].end > reach:
                tags[i] = "prose"
    return tags
