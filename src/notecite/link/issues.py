"""A periodical named alone and then the day of its issue in the German way (``Allg. Ztg. 3./9. 04``,
``Allg. Ztg. 2., 6., 7. Sept. 04``, ``Soz. Mh. Febr. 04, p. 167``, ``Soziale Praxis 3. V. 06, Sp. 805``): the
periodical is the work, the issue its pinpoint. The day is written with a dot (``3.``, ``31. Aug.``,
``3./9.``) and the year often without its century (``04``), so the issue cannot be dated as a work of its
own; a paper cited issue after issue this way is one work (a CSL ``periodical`` titled with its name), each
issue where it was read."""
from __future__ import annotations

import re
from dataclasses import replace

from ..normalize.dates import MONTHS
from .model import NoteCite

_MONTH = "|".join(sorted((re.escape(w) for w in MONTHS if len(w) >= 3 and w.isalpha()), key=len, reverse=True))
_ROMAN = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\."
#: One day: ``3.``, with its month: ``3./9.``, ``31. Aug.``, ``3. V.``, ``12. 4.`` (a number month only before a year).
_DAY = rf"\d{{1,2}}\.(?:/\s?\d{{1,2}}\.?|\s(?:{_ROMAN}|(?i:{_MONTH})\b\.?|\d{{1,2}}\.(?=\s\d{{2}}(?!\d))))?"
_YEAR = r"\s(?:\d{2}|1[6-9]\d\d)(?!\d)"
#: Days then their month and (optional) year, and several such dates: ``30./8., 13./9. 04``, ``30./8. 04, 6./9. 04``.
_DATES = rf"{_DAY}(?:(?:,\s?|\sund\s){_DAY})*(?:{_YEAR})?"
#: English month names and abbreviations: ``January 10`` is a day, not a month of (19)10.
_ENGLISH = r"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
#: An issue: dated days, or a month and a year without its century (``Febr. 04``, ``Dez. 05``, ``März 93``; an
#: English month only before ``0N``).
ISSUE = re.compile(rf"(?:{_DATES}(?:,\s?{_DATES})*|(?i:{_MONTH})\.?\s0\d(?!\d)|(?i:(?!(?:{_ENGLISH})\b)(?:{_MONTH}))\.?\s\d{{2}}(?!\d))")
#: A day whose month is given: what makes the issue a date and not a number.
_HAS_MONTH = re.compile(rf"/|\d\.\s(?:{_ROMAN}|\d{{1,2}}\.)|(?i:{_MONTH})")
#: What may follow the issue inside the pinpoint: ``ff.``, ``u. ff.``, then a page or column (``, p. 167``, ``, Sp. 805``).
_AFTER = re.compile(r"(?:\s?(?:u\.\s?)?ff?\.)?(?:,\s?(?:p|pp|S|Sp|col)\.\s?\d[\d\s,\-–f.]*)?")

#: Fields that make the record a work of its own (an article, a book): then the day is its date.
_OWN_FIELDS = ("title", "author", "editor", "title-short")


def issues_as_pinpoints(text: str, cites: list[NoteCite]) -> list[NoteCite]:
    """``cites`` (one note's, ``text`` its text) with every cite of a periodical named alone (a container
    title, no title or author) whose name is followed by a German issue date (:data:`ISSUE`) made a cite of
    the periodical with the issue, and what page or column follows it, as pinpoint. A day or month the parser
    put into the name (``Allg. Ztg. 2`` of ``Allg. Ztg. 2., 6., 7. Sept. 04``, ``Soz. Mh. Dez``) is taken back."""
    out: list[NoteCite] = []
    for k, cite in enumerate(cites):
        found = _issue(text, cite)
        if found is None:
            out.append(cite)
            continue
        name, start, end = found
        limit = cites[k + 1].start if k + 1 < len(cites) else len(text)
        if end > limit:
            out.append(cite)
            continue
        end = _AFTER.match(text, end).end()
        if text[end:cite.end].strip(" .,;)"):
            out.append(cite)  # more than an issue and its page: an article, a title
            continue
        pinpoint = text[start:end].rstrip(" ,;")
        record = {key: value for key, value in cite.record.items() if key not in ("issued", "note", "container-title")}
        record.update(type="periodical", title=name)
        stop = max(cite.end, end)
        out.append(replace(cite, record=record, locator={"label": "issue", "value": pinpoint, "raw": pinpoint},
                           end=stop, text=text[cite.start:stop].strip(" ,;")))
    return out


def _issue(text: str, cite: NoteCite) -> tuple[str, int, int] | None:
    """The periodical's name, and where in ``text`` the issue after it begins and ends, or None."""
    record = cite.record
    name = record.get("container-title")
    if not isinstance(name, str) or any(record.get(field) for field in _OWN_FIELDS) or cite.kind not in ("full", "short") \
            or "date-parts" in (record.get("issued") or {}):
        return None  # a work of its own, or an issue dated in full
    at = text.find(name, cite.start, cite.end + 1)
    if at < 0:
        return None
    names = [name]
    day = re.search(rf"\s(?:\d{{1,2}}|(?i:{_MONTH})\.?)$", name)
    if day:  # a day or month the parser put into the name
        names.insert(0, name[:day.start()])
    for core in names:
        begin = re.compile(r"\.?,?\s?").match(text, at + len(core)).end()
        match = ISSUE.match(text, begin)
        if match and _HAS_MONTH.search(match.group()) and begin > at + len(core):
            return core.rstrip(" .,"), match.start(), match.end()
    return None


#: An ibid marker opening a cite's text, with what parts it from the pinpoint (``A.a.O., ``, ``Ebd. ``, ``Ibid., ``).
_IBID_OPENING = re.compile(r"(?:ibid(?:em)?|ib[íi]d|ebd|ebenda|a\.\s?a\.\s?o|op\.\s?cit|loc\.\s?cit)\.?,?\s*", re.I)


def numbered_ibid_pinpoints(cites: list[NoteCite]) -> list[NoteCite]:
    """``A.a.O., Bd. II. Nr. 18. Dezember 1899. S. 475 ff.``: an ibid that gives a volume or issue (and perhaps the
    issue's date) before its page has all of that as its pinpoint, as printed after the marker: the page alone
    would be a page of another issue."""
    out = []
    for cite in cites:
        record = cite.record
        opening = _IBID_OPENING.match(cite.text) if cite.kind == "ibid" and cite.locator else None
        rest = cite.text[opening.end():].strip(" .,;") if opening else ""
        if rest and (record.get("volume") or record.get("issue")) \
                and set(record) <= {"type", "language", "volume", "issue", "issued"}:
            cite = replace(cite, record={k: v for k, v in record.items() if k in ("type", "language")},
                           locator={"label": "page", "value": rest, "raw": rest})
        out.append(cite)
    return out
