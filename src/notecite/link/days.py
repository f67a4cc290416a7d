"""Dated items cited with several days at once (``New York Herald, January 10, January 12, and March 6, 1870``,
``Fish to Davis, December 16 and 30, 1881``, ``Derby ASLEF October 11th, November 8th, December 6th 1914``):
one issue, letter or meeting per day, each a cite of its own."""
from __future__ import annotations

from dataclasses import replace

from ..normalize.dates import day_series
from .model import NoteCite

#: Types whose items are one day's: a paper's issue, a letter, a meeting's minutes or another dated manuscript.
DAY_ITEM_TYPES = frozenset({"article-newspaper", "personal_communication", "manuscript"})


def one_cite_per_day(text: str, cites: list[NoteCite]) -> list[NoteCite]:
    """``cites`` (one note's, ``text`` its text) with every full cite of a dated item whose span gives a series of
    days (:func:`~notecite.normalize.dates.day_series`), the first the item's date when it has one, made one cite
    per day: the same record dated that day, the series as printed taken out of its title and note; the first
    keeps the cite's start, the last its end and pinpoint, the others span their day."""
    out: list[NoteCite] = []
    for cite in cites:
        days = day_series(text[cite.start:cite.end]) \
            if cite.kind == "full" and cite.record.get("type") in DAY_ITEM_TYPES else []
        dated = cite.record.get("issued")
        if not days or isinstance(dated, dict) and "date-parts" in dated and dated != days[0][2]:
            out.append(cite)  # no series, or one of other days than the item's (a folder's dates after it)
            continue
        printed = text[cite.start + days[0][0]:cite.start + days[-1][1]]
        record = _without_series(cite.record, printed)
        for k, (start, end, date) in enumerate(days):
            first, last = k == 0, k == len(days) - 1
            span = (cite.start if first else cite.start + start, cite.end if last else cite.start + end)
            out.append(replace(cite, record={**record, "issued": date}, start=span[0], end=span[1],
                               text=text[span[0]:span[1]].strip(" ,;"), locator=cite.locator if last else None,
                               prefix=cite.prefix if first else "", suffix=cite.suffix if last else "",
                               separator=cite.separator if first else ","))
    return out


def _without_series(record: dict, printed: str) -> dict:
    """``record`` without the days of ``printed`` in its title, container title and note: a field, or a part of
    it between ``;``, that is days of the series goes; a field the series ends is cut where the days begin."""
    record = dict(record)
    for name in ("title", "container-title", "note"):
        value = record.get(name)
        if not isinstance(value, str):
            continue
        kept = []
        for part in value.split("; "):
            days = day_series(part)
            head = part[:days[0][0]].rstrip(" ,;") if days else part
            if head and part.strip(" ,.") not in printed:
                kept.append(head)
        if kept:
            record[name] = "; ".join(kept)
        else:
            record.pop(name)
    return record
