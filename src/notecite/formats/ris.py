"""RIS (``TY  - BOOK`` … ``ER  - ``) ↔ CSL-JSON records.

Every line of a record is ``XX  - value``; a record starts with ``TY`` and ends with ``ER``.
CSL variables RIS has no tag for are written as ``variable: value`` lines (the "cheater
syntax"; names and lists as JSON, dates as EDTF) as ``M2`` lines, which Zotero's RIS
importer (``RIS.js``, ``degenerateImportFieldMap.M2 = "extra"``) appends to the item's Extra
field; ``N1`` stays the record's note. ``variable: value`` lines in ``M2`` (or in ``N1``, as
other tools write them) are read back into their variables. Creator tags follow Zotero's RIS ``fieldMap``: in
``BOOK``/``EDBOOK`` records editors are ``A3`` and series editors ``A2`` (the other way round
elsewhere), and a chapter's ``container-author`` is ``C2`` (Zotero's ``bookAuthor``).
Unknown tags (and ``M2`` lines that are not ``variable: value``) are kept in
``custom["ris"]`` and written back. A value with line breaks is written as one tag per line
and joined again on reading.
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterable

from ..errors import InputError, RecordError
from ..library import Library
from ..records import DATE_VARIABLES, ITEM_TYPES, NAME_VARIABLES, STANDARD_VARIABLES, Record, validate
from . import dates
from .bibnames import PARTICLES

#: CSL type → RIS type.
TYPES_OUT = {
    "book": "BOOK", "collection": "EDBOOK", "chapter": "CHAP", "article-journal": "JOUR",
    "article-magazine": "MGZN", "article-newspaper": "NEWS", "article": "JOUR", "thesis": "THES",
    "report": "RPRT", "manuscript": "MANSCPT", "pamphlet": "PAMP", "webpage": "ELEC",
    "document": "GEN", "paper-conference": "CPAPER", "entry-encyclopedia": "ENCYC",
    "entry-dictionary": "DICT", "dataset": "DATA", "software": "COMP", "patent": "PAT", "map": "MAP",
    "motion_picture": "MPCT", "graphic": "ART", "song": "SOUND", "personal_communication": "PCOMM",
    "legal_case": "CASE", "legislation": "STAT", "bill": "BILL", "post-weblog": "BLOG",
    "standard": "STAND", "periodical": "JFULL", "hearing": "HEAR", "musical_score": "MUSIC",
    "classic": "CLSWK", "figure": "FIGURE", "speech": "SLIDE", "broadcast": "VIDEO", "post": "ICOMM",
}
#: RIS type → CSL type (the inverse of TYPES_OUT plus other RIS types).
TYPES_IN = {v: k for k, v in TYPES_OUT.items()} | {
    "JOUR": "article-journal", "EJOUR": "article-journal", "INPR": "article-journal",
    "ABST": "article-journal", "ECHAP": "chapter", "EBOOK": "book", "EDBOOK": "book",
    "UNPB": "manuscript", "CONF": "paper-conference", "CTLG": "book", "GOVDOC": "report",
    "ANCIENT": "classic", "CHART": "graphic", "ADVS": "motion_picture", "ICOMM": "personal_communication",
    "WEB": "webpage", "UNBILL": "bill", "AGGR": "dataset", "DBASE": "dataset", "GEN": "document",
}
TYPES_IN["EDBOOK"] = "collection"
#: RIS types Zotero's ``RIS.js`` imports as the Zotero item type of a CSL type where TYPES_OUT's
#: does not (``GEN`` becomes a journal article; ``AGGR`` a document). A ``type:`` line keeps the CSL type.
ZOTERO_TYPES_OUT = {"document": "AGGR"}
TYPES_IN["ICOMM"] = "post"

#: CSL name variable → tag (written), and every tag read as a name variable.
NAME_TAGS_OUT = {"author": "AU", "editor": "A2", "collection-editor": "A3", "translator": "A4"}
NAME_TAGS_IN = {"AU": "author", "A1": "author", "A2": "editor", "ED": "editor", "A3": "collection-editor", "A4": "translator"}
#: RIS types whose A2/A3 Zotero reads as seriesEditor/editor (RIS.js ``fieldMap.A2``/``A3`` for ``book``).
BOOK_RIS_TYPES = frozenset({"BOOK", "EDBOOK", "EBOOK", "CLSWK", "SER"})
_BOOK_NAME_TAGS = {"A2": "A3", "A3": "A2"}
#: Tag of a chapter's ``container-author`` (RIS.js ``fieldMap.C2``: ``creators/bookAuthor`` for ``bookSection``).
CHAPTER_RIS_TYPES = frozenset({"CHAP", "ECHAP"})
#: Tag whose lines Zotero's RIS importer appends to the item's Extra field.
EXTRA_TAG = "M2"
#: Variables written with a tag that Zotero's RIS importer drops (``OP`` is "unsupported/Original
#: Publication" except for hearings, statutes, bills, cases and patents), so also written to Extra.
EXTRA_TOO = ("original-title",)
#: RIS type → variables whose tag Zotero's RIS importer (RIS.js of 2023-07-28: ``fieldMap``,
#: ``degenerateImportFieldMap``, ``importTypeMap``, fields valid per item type in Zotero's schema)
#: drops or files under another creator type for that type; they are also written to Extra (M2).
#: ``tests/zotero/test_zotero_import_real.py`` runs the real importer on every type and fails on a
#: value this table misses.
ZOTERO_DROPS: dict[str, frozenset[str]] = {
    "ART": frozenset((
        "ISBN collection-editor collection-title container-title-short edition editor issue "
        "number-of-volumes page publisher publisher-place section volume"
    ).split()),
    "BILL": frozenset((
        "ISBN archive archive_location call-number collection-editor container-title-short editor genre "
        "issue number-of-volumes page publisher publisher-place source"
    ).split()),
    "BLOG": frozenset((
        "ISBN archive archive_location call-number collection-editor collection-title "
        "container-title-short edition editor issue number-of-volumes page publisher publisher-place "
        "section source volume"
    ).split()),
    "BOOK": frozenset("collection-title container-title-short genre issue page section".split()),
    "CASE": frozenset((
        "ISBN archive archive_location call-number collection-editor collection-title "
        "container-title-short edition editor genre issue number-of-volumes page publisher-place section "
        "source translator"
    ).split()),
    "CHAP": frozenset("container-title-short genre number number-of-volumes section".split()),
    "CLSWK": frozenset("collection-title container-title-short genre issue page section".split()),
    "COMP": frozenset((
        "collection-editor collection-title container-title-short editor genre issue number-of-volumes "
        "page section volume"
    ).split()),
    "CPAPER": frozenset("container-title-short edition genre issue number-of-volumes section translator".split()),
    "DATA": frozenset((
        "ISBN collection-editor collection-title container-title-short edition genre issue "
        "number-of-volumes page publisher-place section volume"
    ).split()),
    "DICT": frozenset("collection-title container-title-short genre issue section".split()),
    "EDBOOK": frozenset("author collection-title container-title-short genre issue page section".split()),
    "ELEC": frozenset((
        "ISBN archive archive_location call-number collection-editor collection-title "
        "container-title-short edition editor issue number number-of-volumes page publisher "
        "publisher-place section source volume"
    ).split()),
    "ENCYC": frozenset("collection-title container-title-short genre issue section".split()),
    "FIGURE": frozenset((
        "ISBN collection-editor collection-title container-title-short edition editor issue "
        "number-of-volumes page publisher publisher-place section volume"
    ).split()),
    "GEN": frozenset((
        "collection-editor edition genre number number-of-volumes publisher publisher-place section"
    ).split()),
    "HEAR": frozenset((
        "ISBN archive archive_location call-number collection-editor container-title-short editor genre "
        "issue section source volume"
    ).split()),
    "ICOMM": frozenset((
        "ISBN collection-editor collection-title container-title-short edition genre issue "
        "number-of-volumes page publisher-place section volume"
    ).split()),
    "JFULL": frozenset((
        "collection-editor edition genre number number-of-volumes publisher publisher-place section"
    ).split()),
    "JOUR": frozenset((
        "collection-editor edition genre number number-of-volumes publisher publisher-place section"
    ).split()),
    "MANSCPT": frozenset((
        "ISBN collection-editor collection-title container-title-short edition editor issue "
        "number-of-volumes page publisher section volume"
    ).split()),
    "MAP": frozenset((
        "collection-title container-title-short editor issue number-of-volumes page section volume"
    ).split()),
    "MGZN": frozenset((
        "collection-editor collection-title container-title-short edition editor genre number-of-volumes "
        "publisher publisher-place section"
    ).split()),
    "MPCT": frozenset((
        "ISBN collection-editor collection-title container-title-short edition editor genre issue "
        "number-of-volumes page publisher-place section translator volume"
    ).split()),
    "MUSIC": frozenset((
        "author collection-editor container-title-short edition editor genre issue page section"
    ).split()),
    "NEWS": frozenset((
        "collection-editor collection-title container-title-short editor genre issue number-of-volumes "
        "publisher volume"
    ).split()),
    "PAMP": frozenset((
        "ISBN collection-editor collection-title container-title-short edition editor issue "
        "number-of-volumes page publisher section volume"
    ).split()),
    "PAT": frozenset((
        "archive archive_location call-number collection-editor collection-title container-title-short "
        "edition editor genre issue number-of-volumes section source volume"
    ).split()),
    "PCOMM": frozenset((
        "ISBN collection-editor collection-title container-title-short edition editor issue "
        "number-of-volumes page publisher publisher-place section volume"
    ).split()),
    "RPRT": frozenset((
        "collection-editor collection-title container-title-short edition editor issue number-of-volumes "
        "section volume"
    ).split()),
    "SLIDE": frozenset((
        "ISBN archive archive_location call-number collection-editor collection-title "
        "container-title-short edition editor issue number-of-volumes page publisher section source "
        "volume"
    ).split()),
    "SOUND": frozenset((
        "author collection-editor container-title-short edition editor genre issue page section"
    ).split()),
    "STAND": frozenset((
        "collection-editor collection-title container-title-short edition editor issue number-of-volumes "
        "section volume"
    ).split()),
    "STAT": frozenset((
        "ISBN archive archive_location call-number collection-editor collection-title "
        "container-title-short editor genre issue number-of-volumes publisher publisher-place source"
    ).split()),
    "THES": frozenset((
        "ISBN collection-editor collection-title container-title-short edition editor issue "
        "number-of-volumes page section volume"
    ).split()),
    "VIDEO": frozenset((
        "collection-editor collection-title container-title-short edition editor genre issue page section"
    ).split()),
}


#: Tag of a letter's ``recipient`` (RIS.js ``fieldMap.A2``: ``creators/recipient`` for ``letter``).
LETTER_RIS_TYPES = frozenset({"PCOMM"})
#: Conference papers: RIS.js reads ``T2`` as the conference name and ``C3`` as the proceedings title.
CONFERENCE_RIS_TYPES = frozenset({"CPAPER", "CONF"})
_CONFERENCE_TAGS = {"container-title": "C3"}


def name_tag(variable: str, ris_type: str) -> str | None:
    """The tag a CSL name variable is written with in a record of ``ris_type`` (None: no tag)."""
    if variable == "container-author":
        return "C2" if ris_type in CHAPTER_RIS_TYPES else None
    if variable == "recipient":
        return "A2" if ris_type in LETTER_RIS_TYPES else None
    tag = NAME_TAGS_OUT.get(variable)
    if tag and ris_type in BOOK_RIS_TYPES:
        return _BOOK_NAME_TAGS.get(tag, tag)
    return tag


def name_variable(tag: str, ris_type: str) -> str | None:
    """The CSL name variable a tag holds in a record of ``ris_type`` (None: not a name tag)."""
    if tag == "C2":
        return "container-author" if ris_type in CHAPTER_RIS_TYPES else None
    if tag == "A2" and ris_type in LETTER_RIS_TYPES:
        return "recipient"
    if ris_type in BOOK_RIS_TYPES and tag in _BOOK_NAME_TAGS:
        tag = _BOOK_NAME_TAGS[tag]
    return NAME_TAGS_IN.get(tag)

#: CSL variable → tag for plain text variables.
TEXT_TAGS_OUT = {
    "title": "TI", "container-title": "T2", "container-title-short": "J2", "collection-title": "T3",
    "publisher": "PB", "publisher-place": "CY", "volume": "VL", "issue": "IS", "edition": "ET",
    "DOI": "DO", "URL": "UR", "language": "LA", "abstract": "AB", "title-short": "ST", "genre": "M3",
    "number-of-volumes": "NV", "section": "SE", "original-title": "OP", "call-number": "CN",
    "archive_location": "AV", "source": "DP", "number": "M1", "archive": "DB",
}
TEXT_TAGS_IN = {v: k for k, v in TEXT_TAGS_OUT.items()} | {
    "T1": "title", "CT": "title", "JO": "container-title", "JF": "container-title", "JA": "container-title-short",
    "BT": "container-title", "PP": "publisher-place", "N2": "abstract", "L1": None, "L2": None,
}
_ISBN = re.compile(r"(?:ISBN[:\s]*)?(?:97[89][-\s]?)?(?:\d[-\s]?){9}[\dXx]")
_CITATION_KEY = re.compile(r"Citation Key:\s*(\S+)", re.I)
_LINE = re.compile(r"([A-Z][A-Z0-9])  -(?: (.*))?")
_NOTE_VARIABLE = re.compile(r"([A-Za-z][A-Za-z_-]*): (.*)", re.S)
_CSL_VARIABLES = NAME_VARIABLES | DATE_VARIABLES | STANDARD_VARIABLES | {"categories"}


# ---------------------------------------------------------------- writing


def dumps(library: Library | Iterable[Record], *, zotero_extra: bool = True, for_zotero: bool = False) -> str:
    """The records as RIS text (CRLF line ends, as the RIS specification asks).

    ``zotero_extra`` also copies to ``M2`` (Extra) the values Zotero's importer would drop for the type.
    ``for_zotero`` writes the ``note`` variable's lines as ``M2`` (Zotero's Extra) instead of ``N1``
    (child notes) and a report's number as ``SN``, where Zotero reads it.
    """
    return "".join(_record_lines(record, zotero_extra, for_zotero) for record in library)


def _record_lines(record: Record, zotero_extra: bool = True, for_zotero: bool = False) -> str:
    custom = record.get("custom") or {}
    ris_custom = dict(custom.get("ris") or {}) if isinstance(custom, dict) else {}
    kept_type = ris_custom.pop("TY", None)  # an unknown RIS type read earlier: the record's own TY
    if isinstance(kept_type, list):
        kept_type = kept_type[0] if kept_type else None
    ris_type = TYPES_OUT.get(record["type"], "GEN")
    if for_zotero:
        ris_type = ZOTERO_TYPES_OUT.get(record["type"], ris_type)
    if kept_type is not None and record["type"] == "document":
        ris_type = _one_line(str(kept_type))
    lines: list[tuple[str, str]] = [("TY", ris_type)]
    done = {"type", "custom"}
    extra_notes: list[str] = []
    if TYPES_IN.get(ris_type) != record["type"]:
        extra_notes.append(f"type: {record['type']}")
    if record.get("id") is not None:
        lines.append(("ID", str(record["id"])))
        done.add("id")
    for variable in (*NAME_TAGS_OUT, "container-author", "recipient"):
        tag = name_tag(variable, ris_type)
        if tag is None or not isinstance(record.get(variable), list) or not record[variable]:
            continue
        lines.extend((tag, format_name(name)) for name in record[variable])
        done.add(variable)
    for variable, tag in TEXT_TAGS_OUT.items():
        value = record.get(variable)
        if ris_type in CONFERENCE_RIS_TYPES:
            tag = _CONFERENCE_TAGS.get(variable, tag)
        if variable == "number" and for_zotero and ris_type == "RPRT" and not record.get("ISBN"):
            tag = "SN"  # RIS.js reads a report's number from SN (M1 lands in Extra without a label)
        if value not in (None, ""):
            lines.append((tag, str(value)))  # one line per line of the value: _format_line
            done.add(variable)
    if ris_type in CONFERENCE_RIS_TYPES and record.get("event-title") not in (None, ""):
        lines.append(("T2", str(record["event-title"]).replace("\n", " ")))
        done.add("event-title")
    _write_issued(record, lines, extra_notes, done)
    accessed = record.get("accessed")
    if accessed not in (None, "", {}) and _simple_date(accessed):
        lines.append(("Y2", _ris_date(_simple_date(accessed))))
        done.add("accessed")
    _write_pages(record, lines, done)
    _write_serial_number(record, lines, done)
    if record.get("keyword"):
        lines.extend(("KW", k.strip()) for k in str(record["keyword"]).split(",") if k.strip())
        done.add("keyword")
    if record.get("note") not in (None, ""):
        lines.append((EXTRA_TAG if for_zotero else "N1", str(record["note"])))
        done.add("note")
    for variable, value in record.items():
        if variable in done or value in (None, "", [], {}):
            continue
        extra_notes.append(f"{variable}: {_note_value(variable, value)}")
    other_custom = {k: v for k, v in custom.items() if k != "ris"} if isinstance(custom, dict) else custom
    if other_custom:
        extra_notes.append("custom: " + json.dumps(other_custom, ensure_ascii=False))
    dropped = (*EXTRA_TOO, *sorted(ZOTERO_DROPS.get(ris_type, ())))
    zotero_only = [f"{v}: {_note_value(v, record[v])}" for v in dropped
                   if zotero_extra and v in done and record.get(v) not in (None, "", [], {})]
    lines.extend((EXTRA_TAG, note) for note in zotero_only + extra_notes)
    for tag, values in ris_custom.items():
        for value in values if isinstance(values, list) else [values]:
            lines.append((tag, str(value)))
    lines.append(("ER", ""))
    return "".join(_format_line(tag, value) for tag, value in lines) + "\r\n"


#: Line breaks as the reader sees them (not str.splitlines(), which also breaks at \x0b, \x1c, U+2028…).
_BREAK = re.compile(r"\r\n|\r|\n")
#: Tags that hold one value: a line break in it is written as a space.
_SINGLE_TAGS = frozenset({"TY", "ID", "PY", "DA", "Y2", "SP", "EP", "ER"})


def _one_line(text: str) -> str:
    return _BREAK.sub(" ", text)


def _format_line(tag: str, value: str) -> str:
    """``TAG  - value`` lines (CRLF): a value with line breaks is one line per part, as read back."""
    parts = [_one_line(value)] if tag in _SINGLE_TAGS else _BREAK.split(value)
    return "".join(f"{tag}  - {part}\r\n" for part in parts)


def _note_value(variable: str, value: Any) -> str:
    if variable in DATE_VARIABLES:
        return dates.from_csl_date(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value).replace("\n", " ")


def _simple_date(value: Any) -> list[int] | None:
    """[y, m?, d?] when ``value`` is one plain date RIS can hold, else None."""
    edtf = dates.to_edtf(value)
    parsed = dates.from_edtf(edtf) if edtf else None
    if not parsed or len(parsed["date-parts"]) != 1 or set(parsed) != {"date-parts"}:
        return None
    parts = parsed["date-parts"][0]
    return parts if parts[0] >= 0 else None


def _first_year(value: Any) -> int | None:
    """The first year of a CSL date with ``date-parts`` (a range, a season), or None."""
    parts = value.get("date-parts") if isinstance(value, dict) else None
    try:
        year = int(parts[0][0])
    except (TypeError, ValueError, IndexError):
        return None
    return year if year >= 0 else None


def _ris_date(parts: list[int]) -> str:
    padded = [f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]]
    return "/".join(padded + [""] * (3 - len(padded))) + "/"


def _write_issued(record: Record, lines: list[tuple[str, str]], notes: list[str], done: set[str]) -> None:
    issued = record.get("issued")
    if issued in (None, "", {}):
        return
    parts = _simple_date(issued)
    if parts:
        lines.append(("PY", f"{parts[0]:04d}"))
        if len(parts) > 1:
            lines.append(("DA", _ris_date(parts)))
    else:
        first = _first_year(issued)
        if first is not None:  # the year a date range or season starts; the whole date is the M2 line
            lines.append(("PY", f"{first:04d}"))
        notes.append(f"issued: {dates.from_csl_date(issued)}")
    done.add("issued")


def _write_pages(record: Record, lines: list[tuple[str, str]], done: set[str]) -> None:
    page = record.get("page")
    if page in (None, ""):
        return
    match = re.fullmatch(r"([^\s\-–,]+)-([^\s\-–,]+)", str(page))
    if match:
        lines += [("SP", match.group(1)), ("EP", match.group(2))]
    else:
        lines.append(("SP", str(page)))
    done.add("page")


def _write_serial_number(record: Record, lines: list[tuple[str, str]], done: set[str]) -> None:
    serial = "ISSN" if record["type"].startswith("article") or record["type"] == "periodical" else "ISBN"
    if record.get(serial) not in (None, ""):
        lines.append(("SN", str(record[serial])))
        done.add(serial)


def format_name(name: dict[str, Any]) -> str:
    """A CSL name as RIS ``Family, Given, Suffix`` (a literal name has no comma)."""
    if name.get("literal") or not name.get("family"):
        return str(name.get("literal") or name.get("given") or "")
    family = " ".join(p for p in (name.get("non-dropping-particle"), name["family"]) if p)
    given = " ".join(p for p in (name.get("given"), name.get("dropping-particle")) if p)
    text = f"{family}, {given}"
    if name.get("suffix"):
        text += f", {name['suffix']}"
    return text


# ---------------------------------------------------------------- reading


def parse_name(text: str) -> dict[str, Any]:
    """A CSL name from RIS ``Family, Given, Suffix``; no comma means a literal name."""
    if "," not in text:
        return {"literal": text.strip()}
    family, _, rest = text.partition(",")
    given, _, suffix = rest.partition(",")
    name: dict[str, Any] = {}
    family_words = family.split()
    particles = []
    while len(family_words) > 1 and family_words[0] in PARTICLES:
        particles.append(family_words.pop(0))
    name["family"] = " ".join(family_words)
    given_words = given.split()
    dropping = []
    while len(given_words) > 1 and given_words[-1] in PARTICLES:
        dropping.insert(0, given_words.pop())
    if given_words:
        name["given"] = " ".join(given_words)
    if dropping:
        name["dropping-particle"] = " ".join(dropping)
    if particles:
        name["non-dropping-particle"] = " ".join(particles)
    if suffix.strip():
        name["suffix"] = suffix.strip()
    return name


def loads(text: str, source: str = "<string>") -> Library:
    """A Library from RIS text; a malformed line or a missing ER → InputError with the line."""
    library = Library()
    current: list[tuple[str, str, int]] | None = None
    start = 0
    for number, line in enumerate(_BREAK.split(text.lstrip("\ufeff")), start=1):
        if not line.strip():
            continue
        match = _LINE.fullmatch(line.rstrip())
        if not match:
            raise InputError(source, f"not a RIS line (expected 'XX  - value'): {line[:60]!r}", number)
        tag, value = match.group(1), (match.group(2) or "").strip()
        if tag == "TY":
            if current is not None:
                raise InputError(source, "record has no ER line before the next TY", start)
            current, start = [], number
        elif current is None:
            raise InputError(source, f"tag {tag} outside a record (a record starts with TY)", number)
        if tag == "ER":
            library.add(_check(_record(current, source), source, start))
            current = None
            continue
        current.append((tag, value, number))
    if current is not None:
        raise InputError(source, "record has no ER line (end of file reached)", start)
    return library


def _check(record: Record, source: str, line: int) -> Record:
    try:
        validate(record)
    except RecordError as error:
        raise InputError(source, str(error), line) from None
    return record


def _record(lines: list[tuple[str, str, int]], source: str) -> Record:
    ris_type = lines[0][1].upper()
    record: Record = {"type": TYPES_IN.get(ris_type, "document")}
    custom: dict[str, list[str]] = {}
    if ris_type not in TYPES_IN:
        custom["TY"] = [lines[0][1]]
    texts: dict[str, list[str]] = {}
    notes: list[str] = []
    extra: list[str] = []
    pages: dict[str, str] = {}
    date_values: dict[str, str] = {}
    keywords: list[str] = []
    for tag, value, number in lines[1:]:
        if tag == "ID":
            record["id"] = value
        elif name_variable(tag, ris_type):
            if value:
                record.setdefault(name_variable(tag, ris_type), []).append(parse_name(value))
        elif tag in ("SP", "EP"):
            pages[tag] = value
        elif tag in ("PY", "Y1", "DA", "Y2"):
            date_values.setdefault(tag, value)
        elif tag == "SN" and ris_type == "RPRT" and not _ISBN.fullmatch(value):
            texts.setdefault("number", []).append(value)  # a report number (RIS.js: reportNumber)
        elif tag == "SN":
            texts.setdefault("ISSN" if record["type"].startswith("article") or record["type"] == "periodical" else "ISBN", []).append(value)
        elif tag == "KW":
            keywords.append(value)
        elif tag == "N1":
            notes.append(value)
        elif tag == EXTRA_TAG and (key := _CITATION_KEY.fullmatch(value)) and record.get("id", key.group(1)) == key.group(1):
            record["id"] = key.group(1)  # Zotero's Extra line for the key (--for zotero)
        elif tag == EXTRA_TAG and _is_variable_line(value):
            extra.append(value)
        elif tag == "BT" and record["type"] in ("book", "collection") and "TI" not in {t for t, _, _ in lines}:
            texts.setdefault("title", []).append(value)
        elif ris_type in CONFERENCE_RIS_TYPES and tag in ("T2", "C3"):
            texts.setdefault("event-title" if tag == "T2" else "container-title", []).append(value)
        elif TEXT_TAGS_IN.get(tag):
            texts.setdefault(TEXT_TAGS_IN[tag], []).append(value)
        else:
            custom.setdefault(tag, []).append(value)
    for variable, values in texts.items():
        if variable not in record:
            record[variable] = "\n".join(values)
    _read_dates(record, date_values, custom)
    if any(_NOTE_VARIABLE.fullmatch(line).group(1) == "issued" for line in extra):
        record.pop("issued", None)  # PY holds only the first year of the date in the M2 line
    if pages:
        record["page"] = "-".join(p for p in (pages.get("SP"), pages.get("EP")) if p)
    if keywords:
        record["keyword"] = ", ".join(keywords)
    copies = set(extra)
    extra = [line for line in extra if _NOTE_VARIABLE.fullmatch(line).group(1) in ("type", "custom")
             or _NOTE_VARIABLE.fullmatch(line).group(1) not in record]
    _read_notes(record, extra + [note for note in notes if note not in copies])
    if custom:
        record["custom"] = dict(record.get("custom") or {}) | {"ris": {k: v if len(v) > 1 else v[0] for k, v in custom.items()}}
    return record


def _read_dates(record: Record, values: dict[str, str], custom: dict[str, list[str]]) -> None:
    issued = _parse_ris_date(values.get("DA", "")) or _parse_ris_date(values.get("PY", "")) or _parse_ris_date(values.get("Y1", ""))
    if issued:
        record["issued"] = {"date-parts": [issued]}
    else:
        for tag in ("PY", "Y1", "DA"):
            if values.get(tag):
                custom.setdefault(tag, []).append(values[tag])
    if values.get("Y2"):
        accessed = _parse_ris_date(values["Y2"])
        if accessed:
            record["accessed"] = {"date-parts": [accessed]}
        else:
            custom.setdefault("Y2", []).append(values["Y2"])


def _parse_ris_date(text: str) -> list[int] | None:
    match = re.match(r"\s*(\d{4})(?:[/-](\d{1,2})?)?(?:[/-](\d{1,2})?)?", text)
    if not match:
        return None
    parts = [int(match.group(1))]
    if match.group(2):
        parts.append(int(match.group(2)))
        if match.group(3):
            parts.append(int(match.group(3)))
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return parts[:1]
    return parts


def _zotero_name(family: str, given: str) -> dict[str, Any]:
    """A CSL name from Zotero's ``Family || Given`` Extra syntax (particles and suffix as RIS names)."""
    return parse_name(f"{family}, {given}") if given else {"literal": family}


def _is_variable_line(text: str) -> bool:
    """True for a ``variable: value`` line naming a CSL variable (or ``type``/``custom``)."""
    match = _NOTE_VARIABLE.fullmatch(text)
    return bool(match) and (match.group(1) in _CSL_VARIABLES or match.group(1) in ("type", "custom"))


def _read_notes(record: Record, notes: list[str]) -> None:
    """Split N1 lines into ``variable: value`` lines (restored) and the note proper."""
    kept = []
    zotero_names: set[str] = set()
    for note in notes:
        match = _NOTE_VARIABLE.fullmatch(note)
        variable = match.group(1) if match else None
        if variable in NAME_VARIABLES and " || " in match.group(2) and (variable in zotero_names or variable not in record):
            family, _, given = match.group(2).partition(" || ")  # Zotero's Extra syntax, one name a line
            record.setdefault(variable, []).append(_zotero_name(family.strip(), given.strip()))
            zotero_names.add(variable)
        elif variable == "type" and match.group(2) in ITEM_TYPES:
            record["type"] = match.group(2)
        elif variable == "custom":
            try:
                record["custom"] = dict(record.get("custom") or {}) | json.loads(match.group(2))
            except (json.JSONDecodeError, TypeError):
                kept.append(note)
        elif variable in _CSL_VARIABLES and variable != "note" and variable not in record:
            value = match.group(2)
            if variable in DATE_VARIABLES:
                record[variable] = dates.to_csl_date(value)
            elif variable in NAME_VARIABLES or variable == "categories":
                try:
                    record[variable] = json.loads(value)
                except json.JSONDecodeError:
                    record[variable] = [parse_name(n) for n in value.split(";")]
            else:
                record[variable] = value
        else:
            kept.append(note)
    if kept:
        record["note"] = "\n".join(kept)
