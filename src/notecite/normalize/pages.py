"""Pinpoints and page ranges: "57-8" → "57–58", "pp. 12–14", "chap. 3", "n. 4", "vol. 2, p. 5".

:func:`parse_locator` reads a locator text into ``{"label", "value", "raw"}`` (plus ``volume``
when a volume is named before the pinpoint). Labels are CSL locator terms (page, chapter,
note, section, paragraph, volume, book, part, line, column, folio, figure); words in English,
French, German, Spanish, Italian and transliterated Russian are known, and the default label is ``page``.
Ranges get an en dash and abbreviated ends are expanded ("105-7" → "105–107"); Roman numerals
and suffixes ("276n", "45ff.", "passim") are kept as printed. Two normalizers: :class:`Pages`
reads the fields, :class:`PlacePages` (after type inference) puts a component's page range in
the record's ``page`` and a pinpoint in the citation's locator.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from .base import Draft, squeeze, strip_brackets
from .titles import VOLUME_IN_TITLE

_LABEL_WORDS = {
    "page": "p pp pg pgs page pages s str stranitsa seite seiten at pág págs pag pags pagg página páginas pagina paginas",
    "chapter": "ch chap chaps chapter chapters chapitre chap kap kapitel gl glava",
    "note": "n nn note notes anm anmerkung prim",
    "section": "§ §§ sec sect section sections",
    "paragraph": "para paras par paragraph ¶ abs absatz",
    "volume": "vol vols volume volumes t tome tomo bd band tom",
    "book": "bk book livre buch kn kniga",
    "part": "pt part partie teil th thl theil parte",
    "line": "l ll line lines z zeile",
    "column": "col cols column sp spalte",
    "folio": "fol fols folio",
    "figure": "fig figs figure",
}
LABELS: dict[str, str] = {}
for _label, _words in _LABEL_WORDS.items():
    for _word in _words.split():
        LABELS.setdefault(_word.rstrip("."), _label)

#: A label word opening a locator: a whole word (``lib. O`` is no ``l.`` before ``ib``), then its number.
_LABEL_RE = re.compile(r"^(?P<word>§§?|¶|[^\W\d_]+)(?![^\W\d_])\.?\s*(?=[\dIVXLCDMivxlcdm]|[A-Z]{1,2}\d)", re.U)
_ROMAN = re.compile(r"^(?=[ivxlcdm]+$|[IVXLCDM]+$)M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$", re.I)


def is_roman(text: str) -> bool:
    """True for a Roman numeral in one case ("xii", "XIV")."""
    return bool(text) and text in (text.lower(), text.upper()) and _ROMAN.match(text) is not None


def expand_range(start: str, end: str) -> str | None:
    """The full end of an abbreviated numeric range ("57", "8" → "58"); None when it cannot be.

    ``start`` and ``end`` are strings of decimal digits (any script, any length).
    """
    if len(end) < len(start):
        end = start[: len(start) - len(end)] + end
    return end if _number_key(end) > _number_key(start) else None


def _number_key(digits: str) -> tuple[int, str]:
    """A sort key giving the numeric order of a digit string without int() (no length limit)."""
    plain = "".join(str(unicodedata.digit(ch, 0)) for ch in digits).lstrip("0")
    return len(plain), plain


#: The separators between the parts of a locator's value (``12-14, 18-9``, ``3 and 5``), kept as printed.
_PART_SEPARATOR = re.compile(r"(\s*[,;&]\s*|\s+and\s+|\s+et\s+|\s+und\s+)")


def normalize_value(value: str) -> tuple[str, list[str]]:
    """En-dash every range of ``value`` and expand abbreviated ends; returns (value, problems)."""
    problems: list[str] = []
    out = []
    for part in _PART_SEPARATOR.split(value):
        if not part or _PART_SEPARATOR.fullmatch(part):
            out.append(part)
            continue
        out.append(_normalize_single(part.strip(), problems))
    return "".join(out).strip(), problems


#: The dashes of a range as printed: hyphens (the non-breaking one too), en and em dashes, the figure dash.
_DASHES = "-‐‑‒–—"
_DASH = r"(?:-+|[‐‑‒–—])"
_NUMBER_RANGE = re.compile(r"(\d+)\.?\s*" + _DASH + r"\s*(\d+)")
_ROMAN_RANGE = re.compile(r"([ivxlcdm]+|[IVXLCDM]+)\s*" + _DASH + r"\s*([ivxlcdm]+|[IVXLCDM]+)")
_LETTERED_RANGE = re.compile(r"(\d+)([a-z]{1,2}|n{1,2}\.?\s*\d*)\s*" + _DASH + r"\s*(\d+)([a-z]{1,2})")
_PREFIXED_RANGE = re.compile(r"([A-Za-z])(\d+)\s*" + _DASH + r"\s*(\1?)(\d+)")


def _normalize_single(part: str, problems: list[str]) -> str:
    if not any(dash in part for dash in _DASHES):  # no range
        return part
    m = _NUMBER_RANGE.fullmatch(part)  # a stop after the first page too: 280.-283
    if m:
        end = expand_range(m.group(1), m.group(2))
        if end is None:
            problems.append(f"range {part!r} ends before it starts")
            return f"{m.group(1)}–{m.group(2)}"
        return f"{m.group(1)}–{end}"
    m = _ROMAN_RANGE.fullmatch(part)
    if m and is_roman(m.group(1)) and is_roman(m.group(2)):
        return f"{m.group(1)}–{m.group(2)}"
    m = _LETTERED_RANGE.fullmatch(part)
    if m:  # 12a-14b
        end = expand_range(m.group(1), m.group(3)) or m.group(3)
        return f"{m.group(1)}{m.group(2)}–{end}{m.group(4)}"
    m = _PREFIXED_RANGE.fullmatch(part)
    if m:  # i81-i88, S12-15, e1-e9: a supplement's or section's pages, the letter before each number
        end = expand_range(m.group(2), m.group(4)) or m.group(4)
        return f"{m.group(1)}{m.group(2)}–{m.group(3)}{end}"
    return part


#: A back reference the pinpoint may open with (``l. c., p. 112``, ``loc. cit., 45``, ``op. cit. p. 3``): no part of it.
_BACK_REFERENCE = re.compile(r"^(?:l\.\s*c|loc\.\s*cit|op\.\s*cit)\.\s*,?\s*(?=\S)", re.I)


#: The word that singles out pages within a range cited before it (``pp. 186-210, especially pp. 195-201``, ``pp. 139–148
#: (especially pp. 140–141)``).
_NARROWER = re.compile(r"(?:[,;]?\s+|\s*\(\s*)(?:especially|esp\.|espec\.|in particular|particularly)\s+(?=\S)", re.I)


def _pinpoint_text(raw: str) -> str:
    """The part of a locator text that holds the pinpoint: brackets and edge punctuation off, a back
    reference before it left out (``l. c., p. 112``), and of a range and the pages singled out in it
    (``pp. 186-210, especially pp. 195-201``) the latter."""
    body = _BACK_REFERENCE.sub("", strip_brackets(raw).strip(" ,;:"))
    narrower = _NARROWER.search(body)
    if narrower and narrower.group().lstrip().startswith("("):
        return body[narrower.end():].rstrip(" )")  # the bracket around the pages singled out
    return body[narrower.end():] if narrower else body


def parse_locator(text: str) -> dict[str, Any]:
    """``{"label", "value", "raw"}`` (and ``volume``) for a locator text; value keeps suffixes, a back
    reference before the pinpoint (``l. c., p. 112``) is left out, and of a range and the pages singled
    out in it (``pp. 186-210, especially pp. 195-201``) the value is the latter; a label repeated before
    later parts (``pp. 3-4, pp. 9-10``) is read once.
    A new dict on every call (its ``problems`` list, when there is one, is shared: read it only)."""
    return dict(_parsed_locator(text))


#: A part of a volume named before the page cited in it (``part 1, pp. 12-15``, ``pt. 5, p. 6891``): the page is the
#: pinpoint; the part stays in the raw text only.
_PART_BEFORE_PAGE = re.compile(r"^(?:part|pt)\.?\s*[\dIVXivx]+\s*,\s*(?=pp?\.\s*[\dIVXLCivxlc])", re.I)


#: A "following pages" abbreviation ending a pinpoint (``45ff.``, ``12 sq.``): its full stop stays.
_FOLLOWING_PAGES_END = re.compile(r"(?:ff|f|usf|sqq|sq|seqq|seq)\.$")
#: A volume named before the pinpoint (``vol. 2, p. 5``, ``t. III, 45``).
_VOLUME_FIRST = re.compile(r"^(?:vol|vols|t|tome|tomo|bd|band|tom)\.?\s*(?P<v>[\dIVXLCDMivxlcdm]+)\.?\s*[,:;]?\s*(?P<rest>.*)$",
                           re.I)


_PAGE_NUMBER = re.compile(r"\d|[ivxl]")


@lru_cache(maxsize=4096)  # pinpoints repeat ("45", "p. 12"): 2,332 distinct among 4,180 on the real notes
def _parsed_locator(text: str) -> dict[str, Any]:
    """:func:`parse_locator`'s reading, kept: callers get copies."""
    raw = squeeze(text)
    body = _pinpoint_text(raw)
    if body.endswith(".") and not _FOLLOWING_PAGES_END.search(body):  # (squeezed: no line break for "$" to match before)
        body = body[:-1]  # a closing full stop
    volume = None
    label = None
    m = _VOLUME_FIRST.match(body)
    if m and m.group("rest") and _PAGE_NUMBER.search(m.group("rest")):
        volume, body = m.group("v"), m.group("rest")
    body = _PART_BEFORE_PAGE.sub("", body)
    alone = _LABEL_ALONE.fullmatch(body)
    if alone and alone["word"].lower() in LABELS and not is_roman(alone["word"]):
        return {"label": LABELS[alone["word"].lower()], "value": "", "raw": raw}  # "p.": a label, no page after it
    m = _LABEL_RE.match(body)
    if m and m.group("word").lower() in LABELS:
        label = LABELS[m.group("word").lower()]
        body = _without_repeated_label(body[m.end():], label)
    elif m and m.group("word").lower() not in LABELS and not is_roman(m.group("word")):
        label = None  # an unknown word: keep the whole text as the value
    value, problems = normalize_value(body.strip())
    result: dict[str, Any] = {"label": label or "page", "value": value, "raw": raw}
    if volume is not None:
        result["volume"] = volume
    if problems:
        result["problems"] = problems
    return result


#: A label word and nothing after it (``p.``, ``pp``, ``S.``).
_LABEL_ALONE = re.compile(r"(?P<word>§§?|¶|[^\W\d_]+)\.?")
#: A label word after a separator inside a locator (``, pp. 9-10``, ``; p. 5``).
_LATER_LABEL = re.compile(r"(?<=[,;&])(\s*)([^\W\d_]+)\.?\s*(?=[\dIVXLCDMivxlcdm])")


def _without_repeated_label(body: str, label: str) -> str:
    """``body`` without the words of ``label`` repeated before its later parts (``3-4, pp. 9-10`` → ``3-4, 9-10``)."""
    return _LATER_LABEL.sub(lambda m: m.group(1) if LABELS.get(m.group(2).lower()) == label else m.group(0), body)


_ONE_RANGE = re.compile(r"[\dA-Za-z]+–[\dA-Za-z]+")


def is_range(value: str) -> bool:
    """True when ``value`` is one page range ("182–191", "xii–xv")."""
    return _ONE_RANGE.fullmatch(value) is not None


def _bare_numbers(raw: str) -> bool:
    """Whether a pinpoint or pages field as printed is numbers alone, no label (``103-6.``, ``(38–39)``, not ``pp. 38–39``)."""
    return re.fullmatch(r"[\d\s\-–—]+", raw.strip(" .,;:()")) is not None


def _few_pages(value: str) -> bool:
    """Whether a page range spans three pages or fewer (``196–198``), as pinpoints do and few
    articles or chapters."""
    bounds = re.fullmatch(r"(\d{1,6})–(\d{1,6})", value)
    return bounds is not None and 0 <= int(bounds[2]) - int(bounds[1]) <= 2


def is_article_number(parsed: dict[str, Any], doi: str | None) -> bool:
    """Whether a ``pages`` field's single page (``7``, ``1492``, ``e98679``) is the article's number in
    an electronic journal, not a pinpoint: the digits of the DOI's suffix end with its digits
    (``10.3390/app10041492``, ``10.1371/journal.pone.0098679``, ``10.1098/rsif.2014.0881`` for
    ``20140881``); a number of one or two digits must be the suffix's whole last number
    (``10.1186/1751-0473-8-7``)."""
    if not doi or parsed.get("from") != "pages" or parsed["label"] != "page" or "volume" in parsed:
        return False
    number = re.fullmatch(r"[A-Za-z]?0*(\d+)", parsed["value"])
    if number is None:
        return False
    suffix = doi.partition("/")[2]
    digits = number.group(1)
    if len(digits) >= 3:
        return re.sub(r"\D", "", suffix).endswith(digits)
    last = re.search(r"(\d+)\D*$", suffix)
    return last is not None and last.group(1).lstrip("0") == digits


#: The words that say the pinpoint inside a page range follows (``at``, ``here``, German ``hier``).
AT_WORDS = ("at", "here", "hier")
_AT = "(?:" + "|".join(AT_WORDS) + ")"
#: The ``at`` (or ``here``, ``hier``) that closes a page range before the pinpoint inside it (``pp. 45–67, at p. 50``).
#: (``(?:\s*,)?\s+``, not ``\s*,?\s+``: the same matches, without trying every split of a run of spaces.)
_AT_END = re.compile(rf"(?:\s*,)?\s+{_AT}\s*$")


def _without_closing_at(text: str) -> str:
    """``text`` without the :data:`_AT_END` that closes it, if any (the pattern runs only when ``text`` ends on the word)."""
    return _AT_END.sub("", text) if text.rstrip().endswith(AT_WORDS) else text


class Pages:
    """``pages`` and ``locator`` fields → parsed candidates kept for :class:`PlacePages`."""

    name = "pages"
    reads = frozenset({"pages", "locator"})
    writes: frozenset[str] = frozenset()

    def __call__(self, draft: Draft) -> None:
        candidates = []
        for label in ("pages", "locator"):
            for text in draft.take(label):
                parsed = parse_locator(_without_closing_at(text))  # "pp. 45–67, at" before "p. 50": the pages
                if not parsed["value"]:
                    continue  # blanks and stops alone cite no page
                parsed["from"] = label
                candidates.append(parsed)
        draft.facts["page-candidates"] = candidates


#: Types whose records carry the page range of the part within its container.
COMPONENT_TYPES = frozenset(
    """article article-journal article-magazine article-newspaper chapter paper-conference
    entry entry-dictionary entry-encyclopedia review review-book""".split()
)


_RANGE_THEN_PINPOINT = re.compile(rf"(?P<first>\d+)\s*[-–—]\s*(?P<last>\d+)\s*,\s*(?:{_AT}\s+)?(?:(?:pp?|S)\.\s*)?"
                                  r"(?P<pin>(?P<from>\d+)(?:\s*[-–—]\s*\d+)?)")


def _range_then_pinpoint(value: str) -> tuple[str, str] | None:
    """A component's page range and the pinpoint inside it (``375–393, 387`` → ``375–393``, ``387``; ``10–30, at p.
    15``, ``367-466, hier S. 400`` → ``10–30``, ``15``); None for any other value (``12–14, 30``: two pinpoints)."""
    match = _RANGE_THEN_PINPOINT.fullmatch(value.strip())
    if match is None or not int(match["first"]) <= int(match["from"]) <= int(match["last"]):
        return None
    return f"{match['first']}–{match['last']}", match["pin"]


class PlacePages:
    """Page ranges of components → ``page``; the pinpoint → the citation's locator. A bare page
    range that is the only number after a component's full reference is its ``page``, unless it spans
    three pages or fewer. The page a law
    case's report opens on (its ``pages`` field: ``Barr v. Trades' Council, 53 N.J.E. 101 (1894)``) is
    its ``page`` too, not a pinpoint. A short form's volume (a number, no title) goes with its pinpoint."""

    name = "place-pages"
    reads: frozenset[str] = frozenset()
    writes = frozenset({"page", "note"})

    def __call__(self, draft: Draft) -> None:
        parsed = parse_locator(draft.locator_raw) if draft.locator_raw else None
        if parsed and parsed["value"]:  # blanks, stops or a label alone ("pp.") cite no page
            draft.locator = self._publish(draft, parsed)
        component = draft.record.get("type") in COMPONENT_TYPES and bool(draft.record.get("title"))
        candidates = draft.facts.pop("page-candidates", [])
        number = next((c for c in candidates if component and is_article_number(c, draft.record.get("DOI"))), None)
        if number is not None:  # "Applied Sciences 10, no. 4 (2020): 1492. https://doi.org/10.3390/app10041492"
            candidates.remove(number)
        if component and draft.kind == "full" and "page" not in draft.record:
            for held in [draft.locator, *candidates]:
                split = _range_then_pinpoint(held["value"]) if held and held.get("label") == "page" else None
                if split:  # "(Insubria University Press, 2011), 375–93, 387": the chapter's pages, then the pinpoint
                    draft.record["page"], held["value"] = split
                    candidates = [c for c in candidates if c is held or c["raw"] != held["raw"]]  # read once
                    break
        if component and draft.kind == "full" and "page" not in draft.record and draft.locator is not None \
                and not any(c["from"] == "pages" for c in candidates) and draft.locator.get("label") == "page" \
                and is_range(draft.locator["value"]) and _bare_numbers(draft.locator_raw) \
                and not _few_pages(draft.locator["value"]):
            # "Journal 4, no. 4 (April 1938): 103-6." with nothing after it: the article's pages; "(Penn
            # State University Press, 2006), 196–98." spans too few pages for a chapter: the pinpoint
            draft.record["page"] = draft.locator["value"]
            draft.locator = None
            candidates = [c for c in candidates if c["from"] != "locator"]
        case = draft.record.get("type") == "legal_case"  # "Barr v. Trades' Council, 53 N.J.E. 101": the report's page
        for cand in list(candidates):
            narrower = _NARROWER.search(cand["raw"]) if component and cand["from"] == "pages" else None
            if narrower and draft.locator is None and "page" not in draft.record:
                # "pp. 139–148 (especially pp. 140–141)": the article's pages, then the pinpoint singled out in them
                draft.record["page"] = parse_locator(cand["raw"][:narrower.start()])["value"]
                draft.locator = self._publish(draft, cand)
                candidates.remove(cand)
        for cand in candidates:
            if (component or case) and cand["from"] == "pages" and cand["label"] == "page" and "page" not in draft.record \
                    and (is_range(cand["value"]) or draft.locator is not None or case) \
                    and not (draft.locator is None and not case and _few_pages(cand["value"]) and _bare_numbers(cand["raw"])):
                # (a bare range of three pages or fewer with no pinpoint after it is the pinpoint: "…, 2009), 38–39")
                for problem in cand.get("problems", []):
                    draft.flag("page", cand["raw"], problem)
                draft.record["page"] = cand["value"]
            elif draft.locator is None:
                draft.locator = self._publish(draft, cand)
            elif cand["value"] != draft.locator["value"]:
                draft.add_note(cand["raw"])  # a second pinpoint: kept, not overwritten
        if number is not None and "page" not in draft.record:
            draft.record["page"] = number["value"]
        if draft.kind in ("short", "ibid") and draft.locator is not None and not component and draft.record.get("volume") \
                and "volume" not in draft.locator and re.fullmatch(r"[\dIVXLCivxlc]+", str(draft.record["volume"])) \
                and not VOLUME_IN_TITLE.search(str(draft.record.get("title") or draft.record.get("title-short") or "")):
            # "Moran, Journal, Vol. II, June 20, 1862, p. 1024": a short form's volume is its pinpoint's (unless the
            # title names it: "Foreign Relations, 1964–1968, vol. XXVI, Indonesia, Document 185" cites that book)
            draft.locator["volume"] = str(draft.record.pop("volume"))

    @staticmethod
    def _publish(draft: Draft, parsed: dict[str, Any]) -> dict[str, Any]:
        for problem in parsed.get("problems", []):
            draft.flag("locator", parsed["raw"], problem)
        return {k: v for k, v in parsed.items() if k not in ("problems", "from")}
