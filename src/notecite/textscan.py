"""A cheap test that a text may hold one of a few words, to skip a case-insensitive regular
expression that cannot match it.

Python's ``re`` tries a pattern's alternatives at every position of a text, so an ``IGNORECASE``
search costs tens of microseconds per note even when it finds nothing. Many such patterns cannot
match without one of a few literal words; :func:`may_hold` looks for those with ``str.lower``
and substring tests (a few microseconds), and the pattern runs only when one is there.
"""
from __future__ import annotations

import re

#: Letters that ``re.IGNORECASE`` pairs with an ASCII letter where ``str.lower`` does not give it:
#: ``İ`` and ``ı`` match ``i``, ``ſ`` matches ``s``.
_CASE_PARTNERS = ("\u0130", "\u0131", "\u017f")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of ``words`` (written in lower case) as ``re.IGNORECASE`` matches
    it: False only when no case variant of any of them is in ``text``."""
    lowered = text.lower()
    for word in words:  # a loop, not any() over a generator: this runs some 170,000 times an extraction
        if word in lowered:
            return True
    return not text.isascii() and any(letter in text for letter in _CASE_PARTNERS)


class NeedingWords:
    """A compiled pattern every match of which holds one of ``needles``: as written for a case-sensitive
    pattern; in any case for an ``re.IGNORECASE`` one, whose needles are written in lower case
    (:func:`may_hold`). Its :meth:`search` tries the pattern only on a text that may hold one (a few
    substring tests instead of the pattern tried at every position)."""

    __slots__ = ("pattern", "needles", "_any_case")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...]) -> None:
        self._any_case = bool(pattern.flags & re.IGNORECASE)
        if self._any_case and any(needle != needle.lower() for needle in needles):
            raise ValueError("the needles of a case-insensitive pattern are written in lower case")
        self.pattern = pattern
        self.needles = needles

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        """``pattern.search(text, *bounds)``; None at once when ``text`` holds none of the needles."""
        if self._any_case:
            return self.pattern.search(text, *bounds) if may_hold(text, self.needles) else None
        for needle in self.needles:
            if needle in text:
                return self.pattern.search(text, *bounds)
        return None
