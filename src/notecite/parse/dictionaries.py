"""Load the parser's word lists from ``parse/dictionaries/*.txt`` (one entry a line, ``#`` comments)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "dictionaries"


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its accents (``Éditions`` → ``editions``)."""
    folded = _FOLDED.get(text)
    if folded is None:
        decomposed = unicodedata.normalize("NFKD", text.lower())
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        if len(_FOLDED) < _FOLDED_KEPT:  # words repeat across notes: each is folded once
            _FOLDED[text] = folded
    return folded


_FOLDED: dict[str, str] = {}
_FOLDED_KEPT = 200_000


@lru_cache(maxsize=None)
def load(name: str) -> frozenset[str]:
    """The entries of dictionary ``name`` (file ``name.txt``), lower-cased and accent-folded."""
    path = FOLDER / f"{name}.txt"
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(fold(line))
    return frozenset(words)
