"""Rules about words and symbols: the ibid vocabulary of several languages, symbols glued in words."""
from __future__ import annotations

import re
from typing import Sequence

from ..labels import token_starts, tokens_within
from ..model import Token, split_label


_IBID = re.compile(
    r"(?<![\w.])(ibidem|ibid\.?|ib\.|ibíd\.?|ebd\.|ebenda|a\.\s?a\.\s?O\.|op\.\s?cit\.?|loc\.\s?cit\.?|ivi)(?!\w)",
    re.IGNORECASE,
)


def rule_ibid_vocabulary(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """Tag the tokens of unambiguous ibid-like markers (Ibid., ebd., a.a.O., op. cit.…) as ``ibid``."""
    tags = list(tags)
    starts = token_starts(tokens)
    for match in _IBID.finditer(text):
        inside = tokens_within(tokens, starts, match.start(), match.end())
        if not inside:
            continue
        word = match.group(1).lower()
        if word == "ivi" and split_label(tags[inside[0]])[1] != "ibid":
            continue  # Italian "ivi" is also an ordinary word: only trust the model there
        for n, i in enumerate(inside):
            tags[i] = ("B-" if n == 0 else "I-") + "ibid"
        nxt = inside[-1] + 1
        if nxt < len(tags) and tags[nxt].startswith("I-") and tags[nxt] != "I-ibid":
            tags[nxt] = "B-" + tags[nxt][2:]
    return tags


_GLUE = frozenset("&$#%*@+=~^|/\\")


def rule_glued_symbols(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """A symbol glued inside a word (``Mid&night``, ``Darkne$s``: OCR damage or a real ``&``) never
    ends a field: when one side of it is a field and the symbol or the other side is not the same
    field, the symbol and the word part after it continue the field of the part before it (or the
    part before and the symbol join the field of the part after, when only that side is a field)."""
    tags = list(tags)
    for i in range(1, len(tokens) - 1):
        left, mid, right = tokens[i - 1], tokens[i], tokens[i + 1]
        if mid.text not in _GLUE or left.end != mid.start or mid.end != right.start:
            continue
        if not (left.text[-1].isalpha() and right.text[0].isalpha()):
            continue
        lab_l, lab_r = split_label(tags[i - 1])[1], split_label(tags[i + 1])[1]
        if lab_l not in ("prose", "ibid"):
            if lab_r not in (lab_l, "prose"):
                continue
            tags[i] = tags[i + 1] = "I-" + lab_l
            nxt = i + 2
            if nxt < len(tags) and tags[nxt].startswith("I-") and split_label(tags[nxt])[1] != lab_l:
                tags[nxt] = "B-" + tags[nxt][2:]
        elif lab_r not in ("prose", "ibid"):
            begins = lab_l == "prose"
            tags[i - 1] = ("B-" if begins else "I-") + lab_r
            tags[i] = tags[i + 1] = "I-" + lab_r
    return tags


_IN_WORDS = frozenset({"in", "dans", "im", "en"})
_SAME_PLACE = frozenset({"ibid", "ibidem", "ib", "ebd", "ebenda", "ibíd"})


def rule_in_ibid_is_the_container(text: str, tokens: Sequence[Token], tags: list[str]) -> list[str]:
    """``“Organizational Questions,” in ibid., 283``: an ``ibid``/``ebd.`` marker right after ``in``
    that follows a title is the container of that title's cite (the container of the work cited
    before), not a cite of its own; the number after it is the pinpoint."""
    tags = list(tags)
    for i in range(2, len(tokens)):
        if tokens[i].text.lower() not in _SAME_PLACE or tokens[i - 1].text.lower() not in _IN_WORDS:
            continue
        k = i - 2
        while k >= 0 and tokens[k].text in ",”’\"'":
            k -= 1
        if k < 0 or split_label(tags[k])[1] != "title":
            continue
        end = i + 1
        while end < len(tokens) and tokens[end].text == ".":
            end += 1
        tags[i - 1] = "prose"
        tags[i] = "B-container-title"
        for n in range(i + 1, end):
            tags[n] = "I-container-title"
        while end < len(tokens) and tokens[end].text == ",":
            tags[end] = "prose"
            end += 1
        if end < len(tokens) and split_label(tags[end])[1] == "pages":
            label_end = end
            while label_end < len(tokens) and split_label(tags[label_end])[1] == "pages" \
                    and (label_end == end or tags[label_end].startswith("I-")):
                label_end += 1
            for n in range(end, label_end):
                tags[n] = ("B-" if n == end else "I-") + "locator"
    return tags
