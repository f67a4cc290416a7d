"""Correction: typographic apostrophes in record text, as citeproc-js prints them.

citeproc-js (Zotero) turns a straight apostrophe inside or after a word into ’ ("l'Égypte"
→ "l’Égypte", "Shun'ichi" → "Shun’ichi", "'09" → "’09", "pamiat' v" → "pamiat’ v", the particle
"d'" → "d’", "l'''" before a closing tag → "l’’’") in every text field and name;
citeproc-py prints them straight. This copies records with those apostrophes replaced, leaving
identifiers (URL, DOI, ISBN, ISSN, PMID, PMCID, id) and paired quotes ('word') alone.
"""
from __future__ import annotations

import re

from ..records import Record
from .record_text import map_text


_IN_WORD = re.compile(r"(?<=[^\W\d_])'(?=\w)|(?<![\w'])'(?=\d\d\b)")
_WORD_END = re.compile(r"(?<=[^\W\d_])'+(?=\s|$|[,.;:!?)<])")
_OPENING = re.compile(r"(?:^|(?<=[\s(\[]))'(?=\w)")


def typographic(text: str) -> str:
    """``text`` with apostrophes inside words, before a two-digit year and at the end of a word
    (unless a single quote opened before it) as ’."""
    if "'" not in text:
        return text
    text = _IN_WORD.sub("\u2019", text)
    if not _OPENING.search(text):
        text = _WORD_END.sub(lambda m: "\u2019" * len(m.group(0)), text)
    return text


def adapt_record(record: Record) -> Record:
    """A copy of ``record`` with typographic apostrophes in its text fields and names."""
    return map_text(record, typographic)
