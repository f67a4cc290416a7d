"""Date texts → CSL-JSON date objects (years, months, days, ranges, seasons, circa).

"1987" → ``{"date-parts": [[1987]]}``; "Nov. 1947" → ``[[1947, 11]]``; "20 April 1918",
"April 20, 1918", "20. April 1918", "1er mai 1920", "1918-04-20" → ``[[1918, 4, 20]]``;
"1936-40" → ``[[1936], [1940]]``; "January-April 1988" → ``[[1988, 1], [1988, 4]]``;
"May 3-5, 1937" → ``[[1937, 5, 3], [1937, 5, 5]]``;
"Jan. 22/Feb. 1, 1686" (old and new style) → ``[[1686, 1, 22], [1686, 2, 1]]``;
"Spring 1988" → ``season`` 1 (spring 1, summer 2, autumn 3, winter 4); "c. 1900" → ``circa``;
"n.d." and anything unreadable → ``{"literal": text}`` (never dropped). English, French,
German and (transliterated) Russian month names and abbreviations are known.
A bracketed year after the date ("1987 [1951]") is the ``original-date``; the letter after an author-date
year ("1964a") is the ``year-suffix``.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from .base import Draft, squeeze, strip_brackets, strip_edge_punctuation

_MONTH_WORDS = {
    1: "january jan janvier janv janvier jänner januar jan yanvar' yanvar ianvar' ianvaria yanvarya enero gennaio janeiro ene gen jan",
    2: "february feb febr fevrier févr fév fev februar feb fevral' fevral fevralia febrero febbraio fevereiro",
    3: "march mar mars märz marz mart marta marzo março marco",
    4: "april apr avril avr april aprel' aprel aprelia abril aprile abr",
    5: "may mai maia maya mayo maggio maio",
    6: "june jun juin juni iiun' iyun' iiunia iyunya iiun iyun junio giugno junho",
    7: "july jul juillet juil juli iiul' iyul' iiulia iyulya iiul iyul julio luglio julho",
    8: "august aug août aout august avgust avgusta agosto",
    9: "september sep sept septembre september sentiabr' sentyabr' sentiabria sentyabrya sentiabr sentyabr septiembre setiembre settembre setembro",
    10: "october oct octobre oktober okt oktiabr' oktyabr' oktiabria oktyabrya oktiabr oktyabr octubre ottobre outubro",
    11: "november nov novembre november noiabr' noyabr' noiabria noyabrya noiabr noyabr noviembre novembre novembro",
    12: "december dec decembre décembre déc dezember dez dekabr' dekabria dekabrya dekabr diciembre dicembre dezembro dic",
}
MONTHS: dict[str, int] = {}
for _number, _words in _MONTH_WORDS.items():
    for _word in _words.split():
        MONTHS[_word] = _number
        MONTHS[_word.replace("'", "")] = _number

_SEASON_WORDS = {
    1: "spring printemps frühjahr frühling vesna",
    2: "summer été ete sommer leto",
    3: "autumn fall automne herbst osen'",
    4: "winter hiver winter zima",
}
SEASONS: dict[str, int] = {w: n for n, ws in _SEASON_WORDS.items() for w in ws.split()}

_NO_DATE = re.compile(r"^(?:n\.\s?d\.?|no date|s\.\s?d\.?|sans date|o\.\s?J\.?|ohne Jahr|b\.\s?g\.?)$", re.I)
_CIRCA = re.compile(r"^(?:c\.|ca\.?|circa|um|vers|env\.|environ)\s*", re.I)


def _fold(word: str) -> str:
    word = word.lower().strip(".")
    if word in MONTHS or word in SEASONS:
        return word
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return plain


@lru_cache(maxsize=4096)  # asked of every word before a full stop, a date's words…: the same few hundred words again
def month_number(word: str) -> int | None:
    """The month (1–12) a month name or abbreviation in a known language stands for."""
    folded = _fold(word)
    return MONTHS.get(word.lower().strip(".")) or MONTHS.get(folded)


def season_number(word: str) -> int | None:
    """The CSL season number (1 spring … 4 winter) of a season word."""
    return SEASONS.get(word.lower()) or SEASONS.get(_fold(word))


#: A full stop and a dash after a date (``1681. --``, ``1681. —``): the sentence ends, the dash parts it from the next.
_STOP_AND_DASH = re.compile(r"\.\s*(?:-{2,}|—)\s*$")


def parse_date(text: str) -> dict[str, Any]:
    """A CSL date object for ``text``; ``{"literal": text}`` when it cannot be read."""
    original = squeeze(text)
    cleaned = strip_edge_punctuation(strip_brackets(original), keep_abbreviation_dot=False)
    cleaned = _STOP_AND_DASH.sub("", strip_brackets(cleaned))
    if not cleaned:
        return {"literal": original}
    if _NO_DATE.match(cleaned):
        return {"literal": strip_brackets(original).strip(" ,;:")}
    circa = False
    match = _CIRCA.match(cleaned)
    if match and re.search(r"\d", cleaned[match.end():]):
        circa = True
        cleaned = cleaned[match.end():]
    parsed = _parse_plain(cleaned)
    if parsed is None and _OCR_YEAR.search(cleaned):
        parsed = _parse_plain(_OCR_YEAR.sub(_ocr_year, cleaned))
    if parsed is None:
        return {"literal": original}
    if circa:
        parsed["circa"] = True
    return parsed


#: A year with OCR's letters for digits (``l963``, ``I917``, ``19O5``): four characters, a 1 or 2 (or ``l``/``I``) first,
#: at least one letter; read with the digits the letters stand for (the field is still flagged as damaged).
_OCR_YEAR = re.compile(r"(?<!\w)(?=[\dlIO]*[lIO])[12lI][\dlIO]{3}(?!\w)")
_OCR_DIGITS = str.maketrans("lIO", "110")


def _ocr_year(match: re.Match[str]) -> str:
    """The year an :data:`_OCR_YEAR` match reads as, when it is one a note cites (1450 to 2099); else as printed."""
    year = match.group(0).translate(_OCR_DIGITS)
    return year if 1450 <= int(year) <= 2099 else match.group(0)


#: A day's date written with full stops, day first, the month a number or a Roman numeral (``12.3.1923``,
#: ``17.xi.1929``): day, month, year.
DOTTED_DAY = r"(\d{1,2})\.\s?(\d{1,2}|[ivxIVX]{1,4})\.\s?(\d{4})"
#: The months as Roman numerals (``17.xi.1929``).
_ROMAN_MONTHS = {numeral: n for n, numeral in enumerate("i ii iii iv v vi vii viii ix x xi xii".split(), start=1)}


#: The shapes :func:`_parse_plain` reads, compiled once (it tries a dozen on each date).
_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_DOTTED_DAY = re.compile(DOTTED_DAY)
_YEAR_RANGE = re.compile(r"(\d{4})\s*[-–—/]\s*(\d{1,2}|\d{4})")
_YEAR = re.compile(r"\d{3,4}")
_SEASON_YEAR = re.compile(r"([^\W\d]+)\.?\s+(\d{4})")
_MONTHS_YEAR = re.compile(r"([^\W\d][\w'’]*)\.?(?:\s*[-–—/]\s*([^\W\d][\w'’]*)\.?)?,?\s+(\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:er|e|st|nd|rd|th)?\.?\s+([^\W\d][\w'’]*)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d][\w'’]*)\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_MONTH_DAYS_YEAR = re.compile(r"([^\W\d][\w'’]*)\.?\s+(\d{1,2})\s*[-–]\s*(\d{1,2}),?\s+(\d{4})")
_OLD_AND_NEW_STYLE_DAYS = re.compile(r"([^\W\d][\w'’]*)\.?\s+(\d{1,2}),?\s*/\s*([^\W\d][\w'’]*)\.?\s+(\d{1,2}),?\s+(\d{4})")
_DAYS_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[-–]\s*(\d{1,2})\s+([^\W\d][\w'’]*)\.?,?\s+(\d{4})")
_DAY_MONTH_TO_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s+([^\W\d][\w'’]*)\.?\s*[-–]\s*(\d{1,2})\s+([^\W\d][\w'’]*)\.?,?\s+(\d{4})")
_MONTH_DAY_TO_MONTH_DAY_YEAR = re.compile(r"([^\W\d][\w'’]*)\.?\s+(\d{1,2})\s*[-–]\s*([^\W\d][\w'’]*)\.?\s+(\d{1,2}),?\s+(\d{4})")


def _parse_plain(text: str) -> dict[str, Any] | None:
    text = text.strip()
    # ISO: 1918-04-20, 1918-04
    m = _ISO.fullmatch(text)
    if m and 1 <= int(m.group(2)) <= 12:
        return {"date-parts": [[int(g) for g in m.groups() if g]]}
    # Day, month and year with full stops, the day first as European notes write it: 12.3.1923, 17.xi.1929
    m = _DOTTED_DAY.fullmatch(text)
    if m:
        month = int(m.group(2)) if m.group(2).isdigit() else _ROMAN_MONTHS.get(m.group(2).lower())
        if month and 1 <= month <= 12 and 1 <= int(m.group(1)) <= 31:
            return {"date-parts": [[int(m.group(3)), month, int(m.group(1))]]}
    # Year ranges: 1936-40, 1936–1940, 1918/19, and British notes' 1950–3
    m = _YEAR_RANGE.fullmatch(text)
    if m:
        start, end = int(m.group(1)), m.group(2)
        end_year = int(str(start)[:4 - len(end)] + end)
        if end_year > start:
            return {"date-parts": [[start], [end_year]]}
        return None
    # A single year
    if _YEAR.fullmatch(text):
        return {"date-parts": [[int(text)]]}
    # Season Year
    m = _SEASON_YEAR.fullmatch(text)
    if m and season_number(m.group(1)):
        return {"date-parts": [[int(m.group(2))]], "season": season_number(m.group(1))}
    # Month Year, Month-Month Year
    m = _MONTHS_YEAR.fullmatch(text)
    if m and month_number(m.group(1)) and (m.group(2) is None or month_number(m.group(2))):
        year = int(m.group(3))
        first = [[year, month_number(m.group(1))]]
        if m.group(2):
            return {"date-parts": first + [[year, month_number(m.group(2))]]}
        return {"date-parts": first}
    # Day Month Year: 20 April 1918, 20. April 1918, 1er mai 1920, 7 noiabria 1917
    m = _DAY_MONTH_YEAR.fullmatch(text)
    if m and month_number(m.group(2)) and 1 <= int(m.group(1)) <= 31:
        return {"date-parts": [[int(m.group(3)), month_number(m.group(2)), int(m.group(1))]]}
    # Month Day, Year: April 20, 1918 (and a stray comma after the month: October, 27, 1787)
    m = _MONTH_DAY_YEAR.fullmatch(text)
    if m and month_number(m.group(1)) and 1 <= int(m.group(2)) <= 31:
        return {"date-parts": [[int(m.group(3)), month_number(m.group(1)), int(m.group(2))]]}
    # Month Day-Day, Year: May 3-5, 1937 (and an old and a new style day: Feb. 9-19, 1685)
    m = _MONTH_DAYS_YEAR.fullmatch(text)
    if m and month_number(m.group(1)) and 1 <= int(m.group(2)) < int(m.group(3)) <= 31:
        year, month = int(m.group(4)), month_number(m.group(1))
        return {"date-parts": [[year, month, int(m.group(2))], [year, month, int(m.group(3))]]}
    # Month Day/Month Day, Year: an old and a new style day (Jan. 22/Feb. 1, 1686; Jan. 22,/Feb. 1, 1686)
    m = _OLD_AND_NEW_STYLE_DAYS.fullmatch(text)
    if m and month_number(m.group(1)) and month_number(m.group(3)) and 1 <= int(m.group(2)) <= 31 and 1 <= int(m.group(4)) <= 31:
        year = int(m.group(5))
        return {"date-parts": [[year, month_number(m.group(1)), int(m.group(2))], [year, month_number(m.group(3)), int(m.group(4))]]}
    # Day-Day Month Year: 3-5 May 1937
    m = _DAYS_MONTH_YEAR.fullmatch(text)
    if m and month_number(m.group(3)):
        year, month = int(m.group(4)), month_number(m.group(3))
        return {"date-parts": [[year, month, int(m.group(1))], [year, month, int(m.group(2))]]}
    # Across two months: 28 February–1 March 1883, February 28–March 1, 1883
    m = _DAY_MONTH_TO_DAY_MONTH_YEAR.fullmatch(text)
    days = (m.group(1), m.group(2), m.group(3), m.group(4)) if m else None
    if m is None:
        m = _MONTH_DAY_TO_MONTH_DAY_YEAR.fullmatch(text)
        days = (m.group(2), m.group(1), m.group(4), m.group(3)) if m else None
    if m and days and month_number(days[1]) and month_number(days[3]) and 1 <= int(days[0]) <= 31 and 1 <= int(days[2]) <= 31:
        year = int(m.group(5))
        return {"date-parts": [[year, month_number(days[1]), int(days[0])], [year, month_number(days[3]), int(days[2])]]}
    return None


#: A date and the bracketed original date after it (``1987 [1951]``).
_ORIGINAL_DATE = re.compile(r"\s*(.*?\d{4}.*?)\s*\[\s*(?:orig\.\s*|first published\s*)?(\d{4})\s*\]\s*[.,;]?\s*")


def split_original(text: str) -> tuple[str, str | None]:
    """Split "1987 [1951]" into the date and the bracketed original date."""
    m = _ORIGINAL_DATE.fullmatch(text)
    if m and m.group(1).strip():
        return m.group(1), m.group(2)
    return text, None


#: A year and the letter telling apart one author's works of that year (``1964a``, ``(1992b)``).
_SUFFIXED_YEAR = re.compile(r"[(\[]?(\d{4})([a-z])[)\]]?")


def split_year_suffix(text: str) -> tuple[str, str | None]:
    """Split "1964a" into the year and its ``year-suffix`` letter; any other date comes back whole with None."""
    match = _SUFFIXED_YEAR.fullmatch(text.strip(" ,;:."))
    return (match.group(1), match.group(2)) if match else (text, None)


#: The words before an access date (``accessed``, ``last accessed on``, ``consulté le``, ``zuletzt abgerufen am``).
ACCESSED = re.compile(r"^\(?\s*(?:last\s+)?(?:accessed|consulted|retrieved|viewed|visited|consult[ée]e?(?:\s+le)?|abgerufen(?:\s+am)?|"
                       r"zuletzt\s+abgerufen(?:\s+am)?|data\s+di\s+accesso|consultado(?:\s+el)?)(?:\s+on)?[\s:,]*", re.I)


#: A lone year (``(1969),``) and any year: the first of a cite's two dates and the imprint's.
_LONE_YEAR = re.compile(r"\W*(\d{4}(?:\s*[-–]\s*\d{1,4})?)\W*")
_A_YEAR = re.compile(r"\b1[5-9]\d\d\b|\b20\d\d\b")


def _imprint_between_dates(draft: Draft) -> bool:
    """Whether a place, publisher or periodical was given between the cite's first two dates (``(1969), in …
    (New York: …, 1998)``, ``"The Authoritarian State" (1940), Telos 15 (Spring 1973)``), not only before the first
    (``London: Gollancz, 1963 … 1980``)."""
    labels = [label for label, _ in draft.given]
    dates = [n for n, label in enumerate(labels) if label == "date"][:2]
    return len(dates) == 2 and any(label in ("location", "publisher", "container-title")
                                   for label in labels[dates[0] + 1:dates[1]])


def _year_of_writing(draft: Draft) -> bool:
    """Whether the draft's one date is a bracketed year between its title and the collection that prints it
    (``Lenin, "Notes of a Publicist" (1922), Collected Works, vol. 33``): the year of the piece, not of the print."""
    given = draft.given
    at = next((n for n, (label, _) in enumerate(given) if label == "date"), None)
    return at is not None and 0 < at < len(given) - 1 and given[at - 1][0] == "title" \
        and given[at + 1][0] == "container-title" and bool(_LONE_YEAR.fullmatch(given[at][1])) \
        and re.search(r"\(\s*" + re.escape(given[at][1].strip()) + r"\s*\)", draft.text) is not None


class Dates:
    """``date`` fields → ``issued`` (first), ``original-date`` (bracketed second year, or a lone year before
    a later imprint's date: ``"Resignation" (1969), in … (New York: …, 1998)``) and
    ``accessed`` (a date after "accessed", "consulté le", "abgerufen am"…)."""

    name = "dates"
    reads = frozenset({"date"})
    writes = frozenset({"issued", "original-date", "accessed", "note", "year-suffix"})  # and a diary entry's kind

    def __call__(self, draft: Draft) -> None:
        dates = draft.take("date")
        first = _LONE_YEAR.fullmatch(dates[0]) if len(dates) == 2 else None
        later = _A_YEAR.search(dates[1]) if first else None
        original = parse_date(first.group(1)) if first else None
        if first and later and "date-parts" in original and int(later.group()) > original["date-parts"][-1][0] \
                and "original-date" not in draft.record and _imprint_between_dates(draft):
            # "Resignation" (1969), in Critical Models (New York…, 1998): the work's year (or years: "(1925–26), trans.")
            # before the imprint's
            draft.record["original-date"] = original
            dates = dates[1:]
        if len(dates) == 1 and "original-date" not in draft.record and _year_of_writing(draft):
            # "Notes of a Publicist" (1922), Collected Works, vol. 33: the year the piece was written, not the collection's
            draft.record["original-date"] = parse_date(_LONE_YEAR.fullmatch(dates[0]).group(1))
            dates = []
        for text in dates:
            accessed = ACCESSED.match(text)
            if accessed and accessed.end() < len(text) and "accessed" not in draft.record:
                draft.record["accessed"] = parse_date(strip_edge_punctuation(text[accessed.end():].rstrip(")")))
                continue
            date_text, original = split_original(text)
            date_text, suffix = split_year_suffix(date_text)
            parsed = parse_date(date_text)
            if "issued" not in draft.record:
                draft.record["issued"] = parsed
                if suffix:
                    draft.record["year-suffix"] = suffix
                if original and "original-date" not in draft.record:
                    draft.record["original-date"] = {"date-parts": [[int(original)]]}
            elif parsed != draft.record["issued"]:
                # A second, different date: kept in the note rather than overwriting.
                draft.add_note(strip_edge_punctuation(text))
        if dates and _diary_entry(draft.record):  # "Moran, Journal, Vol. II, June 20, 1862, p. 1024": the entry's day
            draft.facts.setdefault("prose", []).append(strip_edge_punctuation(dates[0]))
            del draft.record["issued"]
            if draft.kind == "full" and not draft.has("edition") and not draft.record.get("editor"):
                draft.kind = "short"  # the day was all that made it look full: the diary cited short


#: A diary's title (``Journal``, ``Diary``, ``The Diaries``, ``Tagebücher``, ``Journal of Benjamin Moran``).
_DIARY_TITLE = re.compile(r"(?:(?:the|his|her|my)\s+)?(?:journals?|diary|diaries|tagebuch|tageb[üu]cher|carnets?)\b", re.I)


def _diary_entry(record: dict[str, Any]) -> bool:
    """Whether ``record`` is a person's diary cited without an imprint at an entry's day (its issued a full day): the
    day is the entry's, not the diary's (all its entries are one work)."""
    parts = (record.get("issued") or {}).get("date-parts") or [[]]
    title = str(record.get("title") or record.get("title-short") or "")
    return bool(record.get("author")) and len(parts) == 1 and len(parts[0]) == 3 and _DIARY_TITLE.match(title) is not None \
        and not any(record.get(k) for k in ("publisher", "publisher-place", "container-title", "URL", "DOI"))


#: One day of a series: a month's name and a day, a day and a month's name, or a bare day (ordinal endings allowed).
_SERIES_DAY = r"(?:(?<!\w)[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)|\d{1,2}(?:st|nd|rd|th)?(?:\s+(?!and\b)[^\W\d_]+\.?)?(?![\d.]))"
_SERIES_JOINT = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
#: Days of one year then the year: ``January 10, January 12, and March 6, 1870``, ``December 16 and 30, 1881``,
#: ``October 11th, November 8th, December 6th 1914``, ``17 and 18 March 1875``.
_YEAR_OF_DAYS = re.compile(rf"(?P<days>{_SERIES_DAY}(?:{_SERIES_JOINT}{_SERIES_DAY})*),?\s+(?P<year>\d{{4}})(?!\d)")
_ONE_DAY = re.compile(r"(?:(?<!\w)(?P<m1>(?!and\b)[^\W\d_]+)\.?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?P<m2>(?!and\b)[^\W\d_]+)\.?)?")


def day_series(text: str) -> list[tuple[int, int, dict[str, Any]]]:
    """The days ``text`` gives as a series, when it gives one: [start, end) offsets of each day as printed with
    its CSL date. A bare day is of the month written before it (``December 16 and 30, 1881``) or, written day
    first, after it (``17 and 18 March 1875``); a series may run over several years, one after the other
    (``February 23rd, March 4th 1915, February 29th and December 28th 1916``, ``December 1, 1863 and January 25,
    1864``): full dates joined only by commas or ``and``; two full dates apart (``…, March 14, 1955 and press
    conference…, March 15, 1955``) are no series.
    Empty when there is none, or when a day of it has no month."""
    runs: list[list[tuple[int, int, dict[str, Any]]]] = []
    several = False  # whether the run being read has a year with two days or more, or two years
    last_end = None
    for group in _YEAR_OF_DAYS.finditer(text):
        joined = last_end is not None and _GROUP_JOINT.fullmatch(text[last_end:group.start()])
        if not joined:
            if several:
                break  # the series ended before this group: what follows is none of it
            runs.append([])
        days = _days_of(text, group)
        if days is None:
            return []
        runs[-1] += days
        several = several or len(days) >= 2 or bool(joined)
        last_end = group.end()
    return runs[-1] if several else []


#: What may stand between two years' days of one series: a comma, ``and``, or both.
_GROUP_JOINT = re.compile(r"\s*[,;]?\s*(?:and\s+)?")


def _days_of(text: str, group: re.Match[str]) -> list[tuple[int, int, dict[str, Any]]] | None:
    """The days of one year's match of :data:`_YEAR_OF_DAYS`, None when a word among them is no month's name
    or a day has no month."""
    year = int(group["year"])
    matches = list(_ONE_DAY.finditer(text, group.start("days"), group.end("days")))
    days = [(m.start(), m.end(), m["m1"], int(m["day"]), m["m2"]) for m in matches]
    if days and days[0][2] is not None and not month_number(days[0][2]):  # "Derbyshire Times 1st, 8th … May 1926":
        days[0] = (matches[0].start("day"), *days[0][1:2], None, *days[0][3:])  # the paper's name, no month
    if any(word is not None and not month_number(word) for _, _, m1, _, m2 in days for word in (m1, m2)):
        return None
    day_first = any(m2 for *_, m2 in days)
    months: list[int | None] = []
    for k, (_, _, m1, _, m2) in enumerate(days):
        if day_first:  # "17 and 18 March": the month written after
            later = next((m for *_, m in days[k:] if m), None)
            months.append(month_number(later) if later else None)
        else:
            months.append(month_number(m1) if m1 else (months[-1] if months else None))
    if None in months or not all(1 <= day <= 31 for _, _, _, day, _ in days):
        return None
    return [(start, group.end() if k == len(days) - 1 else end, {"date-parts": [[year, month, day]]})
            for k, ((start, end, _, day, _), month) in enumerate(zip(days, months))]
