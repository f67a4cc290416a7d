"""Rules about pinpoints: the locator grammar, ``vol:page`` tails and a page after the imprint."""
from __future__ import annotations

import re
from typing import Sequence

from ..dictionaries import fold, load
from ..labels import relabel, tag_spans
from ..model import Token, split_label


_NUMBER = r"(?:\d+[a-z]{0,2}|[ivxlcdm]+|[IVXLCDM]+)"


_LOCATOR = re.compile(
    r"[(\[]?\s*(?:(?:pp?|S|Sp|s|chap|ch|cap|kap|vol|t|bd|Bd|n|nn|no|fol|fols|col|cols|ll?|para|sec|art)\.?\s*)?"
    + _NUMBER + r"(?:\s*[-–—]\s*" + _NUMBER + r")?"
    + r"(?:(?:\s*[,:]\s*|\s+(?:n|nn)\.?\s*|\s*(?:pp?|S|n)\.\s*)" + _NUMBER + r"(?:\s*[-–—]\s*" + _NUMBER + r")?)*"
    + r"(?:\s*(?:ff?\.?|et seq\.?|passim|n\.?))?\s*[)\]]?[.,;:]?"
)

_VOLUME_WORDS = frozenset({"vol", "vols", "volumes", "bde", "t", "tomes"})
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
            relabel(tags, inside[0], inside[-1] + 1, "locator")
    return tags


def _prose_pinpoint_after_the_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> None:
    """``(Basingstoke: Macmillan, 1996), xviii-xxii;``: page numbers right after the imprint's closing
    parenthesis (and a comma), left as prose or run on from the imprint, become the locator, in place."""
    for i, token in enumerate(tokens[:-1]):
        if token.text != ")" or split_label(tags[i])[1] not in ("date", "publisher", "location"):
            continue
        run = split_label(tags[i])[1]
        start = i + 1 + (tokens[i + 1].text == ",")
        free = ("prose", "I-" + run, "B-locator", "I-locator")  # prose, run on from the imprint, or a piece of it
        if start >= len(tokens) or tags[start] not in free or not re.fullmatch(_NUMBER, tokens[start].text):
            continue
        match = _LOCATOR.match(text, tokens[start].start)
        reach = match.end() if match else tokens[start].start
        inside = []
        k = start
        while k < len(tokens) and tokens[k].end <= reach:  # tokens in order: stop at the first past reach
            if tags[k] in free:
                inside.append(k)
            k += 1
        inside = [k for k in inside if tokens[k].text not in (";", ".", ",") or k < inside[-1]]
        if not inside or inside != list(range(start, inside[-1] + 1)):
            continue
        relabel(tags, start, inside[-1] + 1, "locator")


def rule_pinpoint_after_the_imprint(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``(Albany: SUNY Press, 1996), 88-112, for the Johnson-Forest Tendency``: a run opening with a
    page number right after the imprint's closing parenthesis is the pinpoint as far as the
    locator grammar reaches; the words after it are prose."""
    tags = list(tags)
    _prose_pinpoint_after_the_imprint(text, tokens, tags)
    runs = tag_spans(tokens, tags)
    for j in range(1, len(runs)):
        first, last, label = runs[j]
        if label in ("locator", "pages", "date") or runs[j - 1][2] not in ("date", "publisher", "location"):
            continue
        if first + 1 < len(tokens) and tokens[first + 1].text.lower().rstrip(".") in _VOLUME_WORDS:
            continue  # "2 vols.": how many volumes the work has, not a pinpoint
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


_PAGE_TOKEN = re.compile(r"\d{1,4}[a-z]?|[ivxlc]{1,6}")
_AFTER_PINPOINT = frozenset({"and", "&", "see", "also", "cf", "compare"})


def rule_pinpoint_inside_a_run(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``Clements, Bolshevik Feminist, 229-31, and Beatrice Farnsworth, Aleksandra…``,
    ``Farnsworth, Aleksandra Kollontai, 402-4;``: a page or page range between commas (or before a
    ``;`` or the end of the run) inside a title or name run is the pinpoint that ends the cite;
    after it, joining words are prose, a ``Given Family,`` name opens the next cite's author and
    the rest of the run is its title."""
    tags = list(tags)
    given = load("given_names")
    for first, last, label in tag_spans(tokens, tags):
        if label not in ("title", "author", "editor"):
            continue
        for i in range(first + 1, last):
            if tokens[i - 1].text != "," or not _PAGE_TOKEN.fullmatch(tokens[i].text):
                continue
            end = i + 1
            if end + 1 < len(tokens) and tokens[end].text in "-–" and _PAGE_TOKEN.fullmatch(tokens[end + 1].text):
                end += 2
            inside = end < last
            if any(re.fullmatch(r"1[4-9]\d\d|20\d\d", tokens[k].text) for k in range(i, end)):
                continue  # "…in America, 1830-1870": years end the title
            if end < len(tokens) and tokens[end].text not in (",", ";", ".") or inside and tokens[end].text == ".":
                continue
            if inside and tokens[end].text == "," and not (end + 1 < last and (
                    tokens[end + 1].text.lower() in _AFTER_PINPOINT or tokens[end + 1].text[:1].isupper())):
                continue
            relabel(tags, i, end, "locator")
            if not inside:
                break
            k = end
            tags[k] = "prose"
            k += 1
            while k < last and tokens[k].text.lower() in _AFTER_PINPOINT:
                tags[k] = "prose"
                k += 1
            if k >= last:
                break
            name_end = k
            while name_end < last and name_end - k < 3 and tokens[name_end].text[:1].isupper() and \
                    tokens[name_end].text.isalpha():
                name_end += 1
            is_name = 2 <= name_end - k <= 3 and fold(tokens[k].text) in given and name_end < last and \
                tokens[name_end].text == ","
            if is_name:
                relabel(tags, k, name_end + 1, "author")
                k = name_end + 1
            relabel(tags, k, last, "title")
            break
    return tags
