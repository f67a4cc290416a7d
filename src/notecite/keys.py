"""Citation keys: ``family + year + first significant title word``, lower-case ASCII.

``serge1963memoirs``; collisions get ``a``, ``b``, … in record order. Records that already
carry an id keep it, so writing the same library again gives the same keys.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from .records import Record, year_of

#: Words skipped when choosing the title word of a key (articles, short prepositions).
STOPWORDS = frozenset(
    """a an the of on in at to for and or with from by as is
    le la les l un une des du de d et en au aux
    der die das den dem des ein eine einer und im zum zur von
    el los las lo un una y del al
    il lo gli i uno dei della di e""".split()
)

NAME_ORDER = ("author", "editor", "translator", "container-author", "collection-editor", "director")


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters and digits only (``Łódź`` → ``lodz``)."""
    special = {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "đ": "d", "ı": "i"}
    text = "".join(special.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", decomposed.encode("ascii", "ignore").decode().lower())


def first_family(record: Record) -> str:
    """The family name (or literal) of the first creator in :data:`NAME_ORDER`."""
    for role in NAME_ORDER:
        for name in record.get(role) or []:
            family = name.get("family") or name.get("literal") or ""
            particle = name.get("non-dropping-particle", "")
            folded = ascii_fold(particle + family) if particle else ascii_fold(family)
            if folded:
                return folded
    return ""


def title_word(record: Record) -> str:
    """The first title word that is not a stopword, folded to ASCII."""
    title = record.get("title") or record.get("container-title") or ""
    for word in re.split(r"[\s\-–—/:;,.!?'’\"“”‘()\[\]]+", str(title)):
        folded = ascii_fold(word)
        if folded and folded not in STOPWORDS:
            return folded
    return ""


def base_key(record: Record) -> str:
    """The key of ``record`` before disambiguation."""
    year = year_of(record)
    key = f"{first_family(record)}{year if year is not None else ''}{title_word(record)}"
    return key or "item"


def is_valid_key(key: object) -> bool:
    """True for a key BibTeX and pandoc accept unquoted."""
    return isinstance(key, str) and re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_:.\-+/]*", key) is not None


def assign_keys(records: Iterable[Record]) -> None:
    """Give every record without a usable, unique ``id`` a fresh key, in place.

    Existing valid ids are kept (first come first kept); new keys avoid all kept ids.
    """
    records = list(records)
    taken: set[str] = set()
    needing: list[Record] = []
    for record in records:
        key = record.get("id")
        if is_valid_key(key) and key not in taken:
            taken.add(key)
        else:
            needing.append(record)
    for record in needing:
        record["id"] = disambiguate(base_key(record), taken)
        taken.add(record["id"])


def disambiguate(key: str, taken: set[str]) -> str:
    """``key`` itself if free, else ``key`` + ``a``, ``b``, … ``z``, ``aa``, …"""
    if key not in taken:
        return key
    n = 0
    while True:
        suffix, m = "", n
        while True:
            suffix = chr(ord("a") + m % 26) + suffix
            m = m // 26 - 1
            if m < 0:
                break
        if key + suffix not in taken:
            return key + suffix
        n += 1
