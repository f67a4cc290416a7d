"""Volumes of a series named by their year: ``Foreign Relations, 1887, p. xv`` and ``Foreign Relations, 1871, pp.
97–111`` in one document are two books, "Foreign Relations, 1887" and "Foreign Relations, 1871", not one book
published twice.

A year printed after a title with no author, editor, imprint or container reads as the work's date
(``Dialogue between Two Friends, 1689``: a pamphlet of that year). When the document cites one such title at
pinpoints of several years, the title is a series and each year names a volume of it: the year goes into the
title (as printed, ``Foreign Relations, 1876`` or ``Foreign Relations 1868``), so that the linker keeps the
volumes apart and a short form of one volume never lands on another. A letter printed in such a volume
(``Cadwalader to Seward, August 31, 1876, in Foreign Relations, 1876, pp. 53–60``) names it the same way. So do the
years a pinpoint opens on, whoever made the series (``Sainsbury, Cal. State Papers, Col. Ser., America and W. Indies,
1574–1660, p. 135`` and ``…, 1661–68, § 408``: the calendars of two spans of years), but not those of one
season (``British and Foreign State Papers, 1819–20, pp. 375–9``: a serial's yearly volume, cited as one work).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from ..normalize.pages import parse_locator
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


#: The years a volume covers, opening a pinpoint (``1574–1660, p. 135``, ``1669–74., §§ 367, 398``).
_VOLUME_YEARS = r"(?P<first>1[5-9]\d\d)(?:\s*[-–]\s*(?P<last>1[5-9]\d\d|\d\d))?\.?\s*,\s*"
_YEARS_THEN_PINPOINT = re.compile(_VOLUME_YEARS + r"(?P<rest>\S.*)", re.S)
#: A ``;`` before the years of another volume in one pinpoint (``…, pp. 229, 271; 1661–1668, §§ 61, 412``).
_NEXT_VOLUME = re.compile(r"\s*;\s*(?=" + _VOLUME_YEARS.replace("?P<first>", "?:").replace("?P<last>", "?:") + ")")


def _volumes_in_the_pinpoint(cite: NoteCite) -> tuple[str, str, list[tuple[int, str, str]]] | None:
    """(field, title, [(first year, the years as a title ends on them, the pinpoint after them)…]) when ``cite``'s
    pinpoint opens on the years of a volume and then gives a pinpoint of its own, perhaps for several volumes in
    turn (``Sainsbury, Cal. State Papers, Col. Ser., America and W. Indies, 1661–68, § 577``; ``…, 1574–1660, pp. 229,
    271; 1661–1668, §§ 61, 412``): the years name the volume, whoever made it."""
    record, raw = cite.record, str((cite.locator or {}).get("raw") or "").strip()
    slot = _title_slot(record)
    if cite.kind not in ("full", "short") or slot is None or record.get("container-title") \
            or not _YEARS_THEN_PINPOINT.fullmatch(raw):
        return None
    volumes = []
    for part in _NEXT_VOLUME.split(raw):
        years = _YEARS_THEN_PINPOINT.fullmatch(part)
        if years is None:
            return None
        first, last = years["first"], years["last"]
        if last and len(last) == 2:
            last = first[:2] + last  # "1661–68": 1661–1668
        if last and int(last) <= int(first) + 1:
            return None  # "1819–20, pp. 375–9": a serial's volume of a session or season, one work at that pinpoint
        volumes.append((int(first), f"{first}–{last}" if last else first, years["rest"].strip()))
    return slot, record[slot], volumes


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
    in_pinpoints: dict[int, tuple[str, str, list[tuple[int, str, str]]]] = {}
    years: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, cite in enumerate(cites):
        volume = _volume_of_a_work(cite) or _volume_holding_a_letter(cite)
        if volume is not None:
            found[i] = volume
            years[title_key(volume[1])].add(volume[2])
        elif (pinpointed := _volumes_in_the_pinpoint(cite)) is not None:
            in_pinpoints[i] = pinpointed
            years[title_key(pinpointed[1])].update(first for first, _, _ in pinpointed[2])
    out: list[NoteCite | list[NoteCite]] = list(cites)
    for i, (slot, title, volumes) in in_pinpoints.items():
        if len(years[title_key(title)]) >= 2:  # "…, 1574–1660, p. 135" and "…, 1661–1668, § 408": two volumes
            out[i] = _one_cite_per_volume(cites[i], slot, title, volumes)
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
    return [cite for item in out for cite in (item if isinstance(item, list) else [item])]


def _one_cite_per_volume(cite: NoteCite, slot: str, title: str, volumes: list[tuple[int, str, str]]) -> list[NoteCite]:
    """``cite`` as one cite of each volume its pinpoint names, titled with the volume's years and at its own
    pinpoint; the first keeps the cite's start, prefix and separator, the last its end and suffix, the others span
    their part of the pinpoint (all span the whole cite when its text does not hold the pinpoint as printed)."""
    raw = str((cite.locator or {}).get("raw") or "").strip()
    at = cite.text.rfind(raw) if raw else -1
    parts = _NEXT_VOLUME.split(raw)
    starts, cursor = [], 0  # where each volume's part of the pinpoint starts in the cite's text
    for part in parts:
        cursor = raw.index(part, cursor)
        starts.append(at + cursor)
        cursor += len(part)
    out = []
    for k, (_, printed, pinpoint) in enumerate(volumes):
        first, last = k == 0, k == len(volumes) - 1
        begin = 0 if first or at < 0 else starts[k]
        end = len(cite.text) if last or at < 0 else starts[k + 1]
        text = cite.text[begin:end].rstrip(" ;")
        out.append(replace(cite, record={**cite.record, slot: f"{title}, {printed}"}, locator=parse_locator(pinpoint),
                           start=cite.start + begin, end=cite.end if last else cite.start + begin + len(text), text=text,
                           prefix=cite.prefix if first else "", suffix=cite.suffix if last else "",
                           separator=cite.separator if first else ";"))
    return out
