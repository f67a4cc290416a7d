"""CSL-JSON records: the data model every stage of notecite shares.

A record is a plain ``dict`` shaped as a CSL-JSON item (CSL 1.0.2 schema, ``csl-data.json``):
``{"id": ..., "type": "book", "title": ..., "author": [{"family": ..., "given": ...}],
"issued": {"date-parts": [[1987]]}, ...}``. This module names the schema's types and
variables and checks records against them.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from .errors import RecordError

Record = dict[str, Any]

ITEM_TYPES = frozenset(
    """article article-journal article-magazine article-newspaper bill book broadcast chapter
    classic collection dataset document entry entry-dictionary entry-encyclopedia event figure
    graphic hearing interview legal_case legislation manuscript map motion_picture musical_score
    pamphlet paper-conference patent performance periodical personal_communication post
    post-weblog regulation report review review-book software song speech standard thesis
    treaty webpage""".split()
)

NAME_VARIABLES = frozenset(
    """author chair collection-editor compiler composer container-author contributor curator
    director editor editorial-director executive-producer guest host interviewer illustrator
    narrator organizer original-author performer producer recipient reviewed-author
    script-writer series-creator translator""".split()
)

DATE_VARIABLES = frozenset("accessed available-date event-date issued original-date submitted".split())

STANDARD_VARIABLES = frozenset(
    """abstract annote archive archive_collection archive_location archive-place authority
    call-number chapter-number citation-number citation-key citation-label collection-number
    collection-title container-title container-title-short dimensions division DOI edition
    event event-title event-place first-reference-note-number genre ISBN ISSN issue
    jurisdiction keyword language license locator medium note number number-of-pages
    number-of-volumes original-publisher original-publisher-place original-title page
    page-first part part-title PMCID PMID printing publisher publisher-place references
    reviewed-genre reviewed-title scale section source status supplement title title-short URL
    version volume volume-title volume-title-short year-suffix""".split()
)

#: Keys of an item that are not CSL variables but belong to the schema.
ITEM_KEYS = frozenset("id type categories custom".split())

#: Name-part keys a CSL-JSON name object may carry.
NAME_KEYS = frozenset(
    "family given dropping-particle non-dropping-particle suffix comma-suffix static-ordering "
    "literal parse-names".split()
)

#: Keys a CSL-JSON date object may carry.
DATE_KEYS = frozenset("date-parts season circa literal raw".split())

ALL_VARIABLES = NAME_VARIABLES | DATE_VARIABLES | STANDARD_VARIABLES


def closest(word: str, choices: Iterable[str], n: int = 5) -> list[str]:
    """Return up to ``n`` of ``choices`` closest to ``word`` (difflib ratio), best first."""
    import difflib

    return difflib.get_close_matches(word, list(choices), n=n, cutoff=0.0)


#: A usable variable name: what BibTeX, RIS ``variable: value`` lines and CSL all can carry.
_VARIABLE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*")
#: Name parts whose value is a flag, not text.
_NAME_FLAGS = frozenset({"static-ordering", "parse-names", "comma-suffix"})
#: A raw BibTeX field name or entry type (``custom.bibtex``), as pybtex reads one back.
_BIBTEX_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_\-:.+]*")
#: A RIS tag (``custom.ris``); ``TY`` and ``ER`` frame the record.
_RIS_TAG = re.compile(r"[A-Z][A-Z0-9]")
#: Characters JSON and the other formats carry but XML, BibTeX and RIS lines cannot.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


#: Every variable and item key the schema names (all usable names, so validate skips the name
#: pattern for them; tests/test_records.py checks that, and that standard variables are no other kind).
_KNOWN_KEYS = frozenset(NAME_VARIABLES | DATE_VARIABLES | STANDARD_VARIABLES | ITEM_KEYS)


def validate(record: Record) -> list[str]:
    """Check ``record`` against the CSL-JSON schema and what every format can carry.

    Raises :class:`RecordError`, naming the record and the variable, for a missing ``type``; a
    ``type`` or ``id`` that is not a string (or number, for ``id``); a variable name that is not
    letters, digits, ``-`` and ``_``; a value of the wrong type (a text variable that is not a
    string or number, names that are not a list of name objects with string parts, a malformed
    date or a month outside 1–12); and a ``custom`` that is not an object (its ``bibtex`` and
    ``ris`` members, notecite's own, must hold valid field names, entry types and tags with
    string values). Returns warnings for variables the schema does not know (they are kept) and
    for a type it does not know (such as ``letter``, which some tools write for
    ``personal_communication``): the record is kept and rendered as citeproc-js renders it, where
    no type condition matches.
    """
    label = record.get("id", "<record without id>")
    if not isinstance(label, (str, int)) or isinstance(label, bool):
        raise RecordError(f"record {label!r}: 'id' must be a string or number, not {type(label).__name__}")
    item_type = record.get("type")
    if not item_type:
        raise RecordError(f"record {label!r}: missing 'type'")
    if not isinstance(item_type, str):
        raise RecordError(f"record {label!r}: 'type' must be a string, not {type(item_type).__name__}")
    warnings = []
    if item_type not in ITEM_TYPES:
        near = ", ".join(closest(str(item_type), ITEM_TYPES))
        warnings.append(f"record {label!r}: unknown CSL type {item_type!r} (closest: {near}); "
                        "kept, and rendered with no style type condition matching it")
    for key, value in record.items():
        if key in STANDARD_VARIABLES:  # the most common case first
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                raise RecordError(f"record {label!r}: {key!r} must be a string or number, not {type(value).__name__}")
            continue
        if key not in _KNOWN_KEYS and not _VARIABLE_NAME.fullmatch(key):
            raise RecordError(f"record {label!r}: {key!r} is not a usable variable name "
                              "(letters, digits, '-' and '_', starting with a letter)")
        if key in NAME_VARIABLES:
            _check_names(label, key, value)
        elif key in DATE_VARIABLES:
            _check_date(label, key, value)
        elif key == "custom":
            _check_custom(label, value)
        elif key == "categories":
            if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
                raise RecordError(f"record {label!r}: 'categories' must be a list of strings")
        elif key not in ITEM_KEYS:
            warnings.append(f"record {label!r}: {key!r} is not a CSL-JSON variable (kept as is)")
    return warnings


def _check_names(label: str, key: str, value: Any) -> None:
    if not isinstance(value, list) or not all(isinstance(n, dict) for n in value):
        raise RecordError(f"record {label!r}: {key!r} must be a list of name objects")
    for name in value:
        if not NAME_KEYS.issuperset(name):
            raise RecordError(f"record {label!r}: {key!r} has unknown name parts {sorted(set(name) - NAME_KEYS)}")
        for part, text in name.items():
            if part not in _NAME_FLAGS and not isinstance(text, str):
                raise RecordError(f"record {label!r}: {key!r} name part {part!r} must be a string, "
                                  f"not {type(text).__name__}")
        if not (name.get("family") or name.get("literal") or name.get("given")):
            raise RecordError(f"record {label!r}: {key!r} has a name with neither family nor literal")


def _check_date(label: str, key: str, value: Any) -> None:
    if isinstance(value, str):
        return  # CSL 1.0.2 allows EDTF strings; they are parsed when rendering
    if not isinstance(value, dict):
        raise RecordError(f"record {label!r}: {key!r} must be a date object or string")
    if not DATE_KEYS.issuperset(value):
        raise RecordError(f"record {label!r}: {key!r} has unknown date parts {sorted(set(value) - DATE_KEYS)}")
    for part in ("literal", "raw"):
        if part in value and not isinstance(value[part], str):
            raise RecordError(f"record {label!r}: {key!r} {part!r} must be a string, not {type(value[part]).__name__}")
    for part in ("season", "circa"):
        if part in value and not isinstance(value[part], (str, int)):
            raise RecordError(f"record {label!r}: {key!r} {part!r} must be a string or number")
    parts = value.get("date-parts")
    if parts is not None:
        dates = [_date_numbers(p) for p in parts] if isinstance(parts, list) and 1 <= len(parts) <= 2 else [None]
        if None in dates:
            raise RecordError(f"record {label!r}: {key!r} has malformed date-parts {parts!r}")
        for numbers in dates:
            if not -9999 <= numbers[0] <= 9999:
                raise RecordError(f"record {label!r}: {key!r} has year {numbers[0]} (outside -9999 to 9999)")
            if len(numbers) > 1 and not 1 <= numbers[1] <= 12:
                raise RecordError(f"record {label!r}: {key!r} has month {numbers[1]} (outside 1 to 12)")
            if len(numbers) > 2 and not 1 <= numbers[2] <= 31:
                raise RecordError(f"record {label!r}: {key!r} has day {numbers[2]} (outside 1 to 31)")


def _date_numbers(date: Any) -> list[int] | None:
    """The year, month and day of one ``date-parts`` entry (one to three integers or digit
    strings) as integers, or None when it is not one."""
    if not isinstance(date, list) or not 1 <= len(date) <= 3:
        return None
    numbers = []
    for x in date:
        if (isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, str) and _DATE_NUMBER.fullmatch(x)):
            numbers.append(int(x))
        else:
            return None
    return numbers


_DATE_NUMBER = re.compile(r"-?[0-9]{1,5}")


def _check_custom(label: str, value: Any) -> None:
    """``custom`` is an object; its ``bibtex`` and ``ris`` members are raw fields notecite writes back."""
    if not isinstance(value, dict):
        raise RecordError(f"record {label!r}: 'custom' must be an object, not {type(value).__name__}")
    bibtex = value.get("bibtex", {})
    if not isinstance(bibtex, dict):
        raise RecordError(f"record {label!r}: 'custom.bibtex' must be an object of BibTeX fields")
    for field, text in bibtex.items():
        if not _BIBTEX_NAME.fullmatch(field.lstrip("@") if field == "@type" else field):
            raise RecordError(f"record {label!r}: 'custom.bibtex' has {field!r}, not a BibTeX field name")
        if not isinstance(text, str):
            raise RecordError(f"record {label!r}: 'custom.bibtex' {field!r} must be a string")
        if field == "@type" and not _BIBTEX_NAME.fullmatch(text):
            raise RecordError(f"record {label!r}: 'custom.bibtex' entry type {text!r} is not a BibTeX name")
        if not _balanced(text) or CONTROL_CHARACTERS.search(text):
            raise RecordError(f"record {label!r}: 'custom.bibtex' {field!r} has unbalanced braces or control characters")
    ris = value.get("ris", {})
    if not isinstance(ris, dict):
        raise RecordError(f"record {label!r}: 'custom.ris' must be an object of RIS tags")
    for tag, values in ris.items():
        if not _RIS_TAG.fullmatch(tag) or tag == "ER":
            raise RecordError(f"record {label!r}: 'custom.ris' has {tag!r}, not a RIS tag")
        texts = values if isinstance(values, list) else [values]
        if not all(isinstance(t, str) for t in texts) or (tag == "TY" and len(texts) != 1):
            raise RecordError(f"record {label!r}: 'custom.ris' {tag!r} must be a string or a list of strings")


def _balanced(text: str) -> bool:
    """True when ``text``'s braces pair up as BibTeX counts them (a backslash does not escape)."""
    depth = 0
    for ch in text:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


#: CSL-JSON's rich-text tags (``<i>``, ``<b>``, ``<sup>``, ``<sub>``, ``<span class="nocase">``…).
_RICH_TAG = re.compile(r"</?(?:i|b|sup|sub|sc|span)\b[^>]*>", re.I)


def plain_text(value: Any) -> str:
    """A CSL-JSON string variable without its rich-text tags (``<span class="nocase">`` from
    BibTeX's case-protecting braces, ``<i>``…): the words a reader sees."""
    text = str(value or "")
    return _RICH_TAG.sub("", text) if "<" in text else text


_YEAR_OPENING = re.compile(r"-?\d{1,4}")
_FOUR_DIGITS = re.compile(r"\b(\d{4})\b")


def year_of(record: Record, variable: str = "issued") -> int | None:
    """The year of a date variable, or None when it has none."""
    value = record.get(variable)
    if isinstance(value, str):
        match = _YEAR_OPENING.match(value)
        return int(match.group()) if match else None
    if isinstance(value, dict):
        parts = value.get("date-parts")
        if parts and parts[0] and str(parts[0][0]).lstrip("-").isdigit():
            return int(parts[0][0])
        raw = value.get("raw") or value.get("literal") or ""
        match = _FOUR_DIGITS.search(str(raw))
        return int(match.group(1)) if match else None
    return None


def date_parts(value: Any) -> list[int] | None:
    """The first ``[year, month?, day?]`` of a CSL date value (object or ISO/EDTF string)."""
    if isinstance(value, dict):
        parts = value.get("date-parts")
        if parts and parts[0]:
            return [int(x) for x in parts[0]]
        value = value.get("raw") or value.get("literal")
    if isinstance(value, str):
        match = re.match(r"(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
        if match:
            return [int(x) for x in match.groups() if x]
    return None


def make_date(*parts: int) -> dict[str, Any]:
    """A CSL date object from year, month, day."""
    return {"date-parts": [[int(p) for p in parts if p is not None]]}


#: A letter's title made of its sender's and recipient's names: ``Fish to Davis``, ``Engels an Bebel``, ``X to Y, et al.``.
_NAMES_TITLE = re.compile(r"^(?P<sender>.+?) (?:to|an|au|aux|à|a|al|for) (?P<recipient>.+?)(?:, et al\.)?$")


def names_its_people_only(record: Record) -> bool:
    """Whether ``record`` is a letter (or other personal communication) whose title only names its sender and
    recipient, ending on one of their family names each (``Fish to Davis`` for Hamilton Fish's letter to
    Davis): a label of the names the record already holds, which a style would print twice."""
    if record.get("type") != "personal_communication" or not record.get("author") or not record.get("recipient"):
        return False
    match = _NAMES_TITLE.match(plain_text(record.get("title") or ""))
    if not match:
        return False

    def ends_on_one_of(text: str, names: Any) -> bool:
        last = _last_word(text)
        return bool(last) and any(isinstance(n, dict) and last == _last_word(n.get("family") or n.get("literal"))
                                  for n in names or [])

    return ends_on_one_of(match["sender"], record["author"]) and ends_on_one_of(match["recipient"], record["recipient"])


def _last_word(value: Any) -> str:
    """The last word of a name part, case-folded (empty when there is none)."""
    words = str(value or "").split()
    return words[-1].strip(",.").casefold() if words else ""
