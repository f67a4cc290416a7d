"""Similarity of names and titles for linking and deduplication (rapidfuzz on folded text)."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..keys import STOPWORDS, ascii_fold
from ..records import Record, plain_text, year_of

NAME_ROLES = ("author", "editor", "translator", "container-author")


_WORD_BREAK = re.compile(r"[\s\-–—/:;,.!?'’‘\"“”()\[\]]+")


def title_words(title: str | None) -> list[str]:
    """Folded words of a title with stopwords removed (``"The Revolution Betrayed"`` → revolution, betrayed).

    Rich-text tags (a BibTeX title's ``{…}`` read as ``<span class="nocase">``) are not words.
    """
    words = [ascii_fold(w) for w in _WORD_BREAK.split(plain_text(title))]
    return [w for w in words if w and w not in STOPWORDS]


def first_title_word(title: str | None) -> str | None:
    """The first of :func:`title_words`, without folding the rest; None when there is none."""
    for word in _WORD_BREAK.split(plain_text(title)):
        folded = ascii_fold(word)
        if folded and folded not in STOPWORDS:
            return folded
    return None


def families(record: Record, roles: tuple[str, ...] = ("author",)) -> list[str]:
    """Folded family names (or literals) of the given roles."""
    out = []
    for role in roles:
        for name in record.get(role) or []:
            folded = ascii_fold(name.get("family") or name.get("literal") or "")
            if folded:
                out.append(folded)
    return out


def name_similarity(a: list[str], b: list[str]) -> float | None:
    """Best ratio (0–1) between any two family names; None when either side has none."""
    if not a or not b:
        return None
    return max(fuzz.ratio(x, y) for x in a for y in b) / 100.0


def title_similarity(short: str | None, full: str | None) -> float:
    """How well ``short`` names the work titled ``full`` (0–1).

    1.0 when the words of ``short`` open ``full`` (a short title), 0.85 when they end its main title
    (before a colon: ``Prison Notebooks``). Otherwise words are
    compared one by one, in order and as a bag; a word counts only when it is nearly the
    same word (OCR slips such as "Leinin"/"Lenin" pass, "Destiny"/"Memoirs" do not).
    """
    a, b = title_words(short), title_words(full)
    if not a or not b:
        return 0.0
    if b[: len(a)] == a:
        return 1.0
    if a[: len(b)] == b:
        return 0.9
    main = title_words((full or "").split(":")[0])
    if len(a) < len(main) and main[-len(a):] == a:
        return 0.85  # the main title's last words: "Notebooks" for "Selections from the Prison Notebooks"
    in_order = sum(_word_match(x, y) for x, y in zip(a, b)) / len(a)
    if len(a) > len(b):
        in_order *= len(b) / len(a)
    as_bag = sum(max(_word_match(x, y) for y in b) for x in a) / max(len(a), len(b))
    return max(in_order, 0.95 * as_bag)


def _word_match(x: str, y: str) -> float:
    ratio = fuzz.ratio(x, y) / 100.0
    return ratio if ratio >= 0.8 else 0.0


def titles_of(record: Record) -> list[str]:
    """The titles a record can be named by: title and title-short."""
    return [t for t in (record.get("title"), record.get("title-short")) if t]


def best_title_similarity(cite: Record, work: Record) -> float:
    """The best :func:`title_similarity` between any title of ``cite`` and of ``work``."""
    scores = [title_similarity(a, b) for a in titles_of(cite) for b in titles_of(work)]
    return max(scores, default=0.0)


def years_compatible(a: Record, b: Record) -> bool:
    """True unless both records have an issued year and the years differ."""
    ya, yb = year_of(a), year_of(b)
    return ya is None or yb is None or ya == yb
