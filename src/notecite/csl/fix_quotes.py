"""Correction: quotation marks in titles follow the locale and alternate when nested.

citeproc-js (Zotero) reads straight quotes in record text as quotation markup: a pair of ``"``
(or of ``'`` at word boundaries) becomes the locale's quotes, and quotes inside quotes
alternate between outer and inner marks, including those the style adds with
``quotes="true"`` ("“My ‘Amazing’ Title”", « Life’s “Little” Surprises »). citeproc-py
prints straight quotes as they are and nests “ ” inside “ ”. This marks the quotation pairs
of record text (``adapt_record``) and of cite prefixes and suffixes (``adapt_affix``), then rewrites each rendered cite and bibliography entry:
every quotation (marked pairs and curly marks) gets the outer or inner marks of its nesting
level. Straight quotes written in the style itself, markup tags and entities are left alone.
"""
from __future__ import annotations

import re
from typing import Any

from . import hooks
from .record_text import map_text

#: Private-use characters standing for the quotation marks found in record text.
OPEN_DOUBLE, CLOSE_DOUBLE, OPEN_SINGLE, CLOSE_SINGLE = "\ue000", "\ue001", "\ue002", "\ue003"
MARKERS = OPEN_DOUBLE + CLOSE_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE

_TAG_OR_QUOTE = re.compile(r"<[^<>]*>|[\"']")


def mark_quotes(text: str) -> str:
    """Straight quotation pairs of record ``text`` as private markers (apostrophes and unpaired
    marks stay as they are)."""
    if '"' not in text and "'" not in text:
        return text
    out = list(text)
    open_at: dict[str, int] = {}
    for match in _TAG_OR_QUOTE.finditer(text):
        if len(match.group(0)) > 1:
            continue  # quotes inside markup (<span class="nocase">) are not quotations
        i, mark = match.start(), match.group(0)
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if mark == "'" and before.isalnum() and after.isalnum():
            continue
        if mark in open_at and not before.isspace():
            out[open_at.pop(mark)] = OPEN_DOUBLE if mark == '"' else OPEN_SINGLE
            out[i] = CLOSE_DOUBLE if mark == '"' else CLOSE_SINGLE
        elif not after.isspace() and (before.isspace() or before in "([{“‘«—–-/" or mark == '"'):
            open_at[mark] = i
    return "".join(out)


def adapt_record(record: Any) -> Any:
    """A copy of ``record`` with the quotation pairs of its text marked for :func:`requote`."""
    return map_text(record, mark_quotes)


def _terms(layout: Any) -> tuple[str, str, str, str]:
    names = ("open-quote", "close-quote", "open-inner-quote", "close-inner-quote")
    values = tuple(str(layout.get_single_term(name=n)) for n in names)
    defaults = ("“", "”", "‘", "’")
    return tuple(v or d for v, d in zip(values, defaults))  # type: ignore[return-value]


def requote(text: str, marks: tuple[str, str, str, str]) -> str:
    """``text`` with its quotations (record pairs marked by :func:`mark_quotes` and the locale's
    own marks) re-marked by nesting level with ``marks`` (open, close, open-inner, close-inner).

    A ’ right after a letter is an apostrophe unless it closes a single quotation; when that
    leaves the quotations unbalanced and the record's own pairs are inside, it is read as the
    locale's closing mark (en-GB's ‘…’ around a record's "…"); otherwise the text keeps its
    marks as they stand (a style's own ‘…’ affixes, which citeproc-js does not touch)."""
    result = _requote(text, marks, closing_after_letter=False)
    if result is None and any(c in text for c in MARKERS):
        result = _requote(text, marks, closing_after_letter=True)
    return _unmark(text) if result is None else result


def _requote(text: str, marks: tuple[str, str, str, str], closing_after_letter: bool) -> str | None:
    open_outer, close_outer, open_inner, close_inner = marks
    openers = {"“": "double", "‘": "single", open_outer.strip(): "outer", open_inner.strip(): "inner",
               OPEN_DOUBLE: "record-double", OPEN_SINGLE: "record-single"}
    closers = {"”": "double", "’": "single", close_outer.strip(): "outer", close_inner.strip(): "inner",
               CLOSE_DOUBLE: "record-double", CLOSE_SINGLE: "record-single"}
    singles = "".join(sorted({k for k in list(openers) + list(closers) if len(k) == 1}))
    token_re = re.compile("<[^<>]*>|&[#\\w]+;|[" + re.escape(singles) + "]")
    stack: list[str] = []
    out: list[str] = []
    last = 0
    for match in token_re.finditer(text):
        token = match.group(0)
        if len(token) > 1:
            continue
        start = match.start()
        before = text[start - 1] if start else " "
        after = text[start + 1] if start + 1 < len(text) else " "
        closing = closers["’"] if closing_after_letter else "single"
        if token == "’" and before.isalnum() and (after.isalnum() or not stack or stack[-1] != closing):
            continue  # an apostrophe
        if token in closers and stack and closers[token] == stack[-1]:
            opening = False
        elif token in openers and token not in MARKERS[1::2]:
            opening = True
        elif token in MARKERS:
            opening = token in (OPEN_DOUBLE, OPEN_SINGLE)
        else:
            continue
        out.append(text[last:start])
        last = start + 1
        if opening:
            mark = open_outer if len(stack) % 2 == 0 else open_inner
            out.append(mark.rstrip() if after.isspace() else mark)
            stack.append(openers[token])
        else:
            if stack:
                stack.pop()
            mark = close_outer if len(stack) % 2 == 0 else close_inner
            out.append(mark.lstrip() if before.isspace() else mark)
    out.append(text[last:])
    return None if stack else "".join(out)  # None: unbalanced


def _unmark(text: str) -> str:
    return (text.replace(OPEN_DOUBLE, '"').replace(CLOSE_DOUBLE, '"')
            .replace(OPEN_SINGLE, "'").replace(CLOSE_SINGLE, "'"))


def begin(layout: Any, item: Any) -> None:
    """Nothing to prepare."""


def end(layout: Any, text: Any) -> Any:
    """Re-mark the quotations of one rendered cite or entry."""
    if not text:
        return text
    raw = str(text)
    if not any(c in raw for c in MARKERS + "“”‘’"):
        return text
    fixed = requote(raw, _terms(layout))
    return text if fixed == raw else fixed


CITE = (begin, end)


def adapt_affix(text: str) -> str:
    """A cite prefix or suffix with its quotation pairs marked."""
    return mark_quotes(text)


def finish(layout: Any, item: Any, text: Any) -> Any:
    """Re-mark the quotations of a cite once its prefix and suffix are attached."""
    return end(layout, text)


install, uninstall = hooks.wrapping(cite=CITE, listed=[(hooks.CITATION_FINISHERS, finish)])
