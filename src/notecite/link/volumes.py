"""Volumes of a series named by their year: ``Foreign Relations, 1887, p. xv`` and ``Foreign Relations, 1871, pp.
97–111`` in one document are two books, "Foreign Relations, 1887" and "Foreign Relations, 1871", not one book
published twice.

A year printed after a title with no author, editor, imprint or container reads as the work's date
(``Dialogue between Two Friends, 1689``: a pamphlet of that year). When the document cites one such title at
pinpoints of several years, the title is a series and each year names a volume of it: the year goes into the
title (as printed, ``Foreign Relations, 1876`` or ``Foreign Relations 1868``), so that the linker keeps the
volumes apart and a short form of one volume never lands on another. A letter printed in such a volume
(``Cadwalader to Seward, August 31, 1876, in Foreign Relations, 1876, pp. 53–60``) names it the same way.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..records import Record
from .matching import title_key
from .model import NoteCite

#: A year alone, as the normalizer leaves a letter's container year in its note (``1876``).
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
#: What names a work's maker, imprint or place in a whole: a year beside any of them is the work's date.
_MAKER_OR_IMPRINT = ("author", "editor", "publisher", "publisher-place", "container-title", "volume",
                     "collection-title", "archive")


def _bare_year(record: Record) -> int | None:
    """The year of ``record``'s ``issued`` when that date is one year and nothing more, else None."""
    parts = (record.get("issued") or {}).get("date-parts") if isinstance(record.get("issued"), dict) else None
    if not parts or len(parts) != 1 or len(parts[0]) != 1 or set(record["issued"]) != {"date-parts"}:
        return None
    return int(parts[0][0])


def _title_slot(record: Record) -> str | None:
    for slot in ("title", "title-short"):
        if isinstance(record.get(slot), str) and record[slot].strip():
            return slot
    return None


def _volume_of_a_work(cite: NoteCite) -> tuple[str, str, int] | None:
    """(field, title, year) when ``cite`` names a title and a year at a pinpoint, and nothing else of a work."""
    record = cite.record
    slot = _title_slot(record)
    year = _bare_year(record)
    if cite.kind not in ("full", "short") or slot is None or year is None or not cite.locator \
            or any(record.get(name) for name in _MAKER_OR_IMPRINT):
        return None
    return slot, record[slot], year


def _volume_holding_a_letter(cite: NoteCite) -> tuple[str, str, int] | None:
    """(field, container, year) when ``cite`` is a letter printed, at a pinpoint, in a container given its year."""
    record = cite.record
    year = _YEAR.fullmatch(str(record.get("note") or "").strip())
    if record.get("type") != "personal_communication" or not isinstance(record.get("container-title"), str) \
            or year is None or not cite.locator or record.get("volume"):
        return None
    return "container-title", record["container-title"], int(year.group())


def _as_printed(cite: NoteCite, title: str, year: int) -> str | None:
    """``title`` with ``year`` joined as the cite prints them (``Title, 1887`` or ``Title 1868``); None when the
    cite does not print the year right after the title."""
    printed = re.search(re.escape(title) + r"(?P<between>\s*,?\s*)" + str(year) + r"(?!\d)", cite.text)
    if printed is None:
        return None
    return f"{title}, {year}" if "," in printed["between"] else f"{title} {year}"


def volume_years_into_titles(cites: list[NoteCite]) -> list[NoteCite]:
    """``cites`` with the year of each volume of a series (a title cited at pinpoints of two years or more, alone
    or as a letter's container) moved into the title it names; every other cite as it was."""
    found: dict[int, tuple[str, str, int]] = {}
    years: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, cite in enumerate(cites):
        volume = _volume_of_a_work(cite) or _volume_holding_a_letter(cite)
        if volume is not None:
            found[i] = volume
            years[title_key(volume[1])].add(volume[2])
    out = list(cites)
    for i, (slot, title, year) in found.items():
        if len(years[title_key(title)]) < 2:
            continue
        named = _as_printed(cites[i], title, year)
        if named is None:
            continue
        record = {**cites[i].record, slot: named}
        if slot == "container-title":
            record.pop("note")
        else:
            record.pop("issued")
        out[i] = NoteCite(**{**cites[i].__dict__, "record": record})
    return out
