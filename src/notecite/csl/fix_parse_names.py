"""Correction: name particles written inside ``family`` or ``given`` are recognised.

CSL-JSON names from Zotero and elsewhere often carry particles in the name itself ("van
Gogh", given "Alexander von"). citeproc-js parses them (unless the name says
``"parse-names": false``), so "van Gogh" sorts under G and "von" is placed as a dropping
particle; citeproc-py treats them as part of the family or given name. This copies records
with leading lowercase words of ``family`` moved to ``non-dropping-particle`` and trailing lowercase words of ``given`` moved to
``dropping-particle``, for personal names that have no particle fields yet.
"""
from __future__ import annotations

from typing import Any

from ..records import NAME_VARIABLES, Record

PARTICLE_KEYS = ("non-dropping-particle", "dropping-particle")


def parse_name(name: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``name`` with particles moved out of ``family`` and ``given``."""
    if not isinstance(name, dict) or "literal" in name or name.get("parse-names") is False \
            or any(name.get(k) for k in PARTICLE_KEYS) or name.get("static-ordering"):
        return name
    family, given = name.get("family"), name.get("given")
    out = dict(name)
    if isinstance(family, str) and family:
        words = family.split(" ")
        lead = []
        while len(words) > 1 and words[0][:1].islower() and words[0].isalpha():
            lead.append(words.pop(0))
        if lead and words and words[0][:1].isupper():
            out["non-dropping-particle"] = " ".join(lead)
            out["family"] = " ".join(words)
    if isinstance(given, str) and given and isinstance(family, str) and family:
        words = given.split(" ")
        tail = []
        while len(words) > 1 and words[-1][:1].islower() and words[-1].isalpha():
            tail.insert(0, words.pop())
        if tail:
            out["dropping-particle"] = " ".join(tail)
            out["given"] = " ".join(words)
    return out


def adapt_record(record: Record) -> Record:
    """A copy of ``record`` with the particles of its personal names parsed."""
    out = dict(record)
    for key in NAME_VARIABLES & record.keys():
        if isinstance(record[key], list):
            out[key] = [parse_name(n) for n in record[key]]
    return out
