"""BibTeX and BibLaTeX through pybtex: CSL-JSON records ↔ pybtex ``Entry``/``Person``.

One module serves both dialects (``"bibtex"`` and ``"biblatex"``); they differ in entry types
and a few field names (see the tables below and ``README.md`` in this folder).

Choices worth knowing:

* ``chapter`` is ``@incollection`` (container with editors) unless it has a
  ``container-author`` and no ``editor``: then it is ``@inbook`` (a part of a single-author book,
  its author in ``bookauthor``).
* A CSL type the entry type alone does not give back (magazine and newspaper articles, and
  everything written as ``@misc``) is named in ``entrysubtype`` (``magazine``,
  ``newspaper``, or the CSL type), which BibLaTeX defines for this purpose and BibTeX ignores.
* CSL variables with no field of their own are written as fields named after the variable
  (``archive_location = {…}``); BibTeX and biber ignore them and reading brings them back.
* Fields with no CSL variable are kept verbatim in ``record["custom"]["bibtex"]`` and written
  back as they were; an unknown entry type is kept there as ``"@type"``.
"""
from __future__ import annotations

import io
import json
import re
from typing import Any, Iterable

from pybtex.database import BibliographyData, Entry, Person
from pybtex.database.input.bibtex import LowLevelParser, Parser
from pybtex.database.output.bibtex import Writer
from pybtex.exceptions import PybtexError
from pybtex.scanner import PrematureEOF, PybtexSyntaxError

from ..errors import InputError, RecordError
from ..library import Library
from ..limits import BIBTEX_EXPANSION
from ..records import DATE_VARIABLES, ITEM_TYPES, NAME_VARIABLES, STANDARD_VARIABLES, Record
from . import bibnames, dates
from .latex import decode, decode_verbatim, encode, encode_verbatim

DIALECTS = ("bibtex", "biblatex")

#: CSL type → (BibLaTeX entry type, BibTeX entry type).
TYPES_OUT: dict[str, tuple[str, str]] = {
    "book": ("book", "book"),
    "collection": ("collection", "book"),
    "chapter": ("incollection", "incollection"),
    "paper-conference": ("inproceedings", "inproceedings"),
    "article-journal": ("article", "article"),
    "article-magazine": ("article", "article"),
    "article-newspaper": ("article", "article"),
    "review": ("review", "article"),
    "review-book": ("review", "article"),
    "thesis": ("thesis", "phdthesis"),
    "report": ("report", "techreport"),
    "manuscript": ("unpublished", "unpublished"),
    "pamphlet": ("booklet", "booklet"),
    "webpage": ("online", "misc"),
    "post-weblog": ("online", "misc"),
    "post": ("online", "misc"),
    "entry-encyclopedia": ("inreference", "incollection"),
    "entry-dictionary": ("inreference", "incollection"),
    "dataset": ("dataset", "misc"),
    "software": ("software", "misc"),
    "patent": ("patent", "misc"),
    "standard": ("standard", "misc"),
    "periodical": ("periodical", "misc"),
    "legislation": ("legislation", "misc"),
    "legal_case": ("jurisdiction", "misc"),
    "personal_communication": ("letter", "misc"),
    "motion_picture": ("movie", "misc"),
    "graphic": ("artwork", "misc"),
    "song": ("audio", "misc"),
}

#: Entry types Zotero's ``BibTeX.js`` imports as the right item type, where the BibTeX dialect's own
#: type (``@misc``) would become a Zotero ``document``.
ZOTERO_ENTRY_TYPES = {"webpage": "online", "personal_communication": "letter"}

#: Entry type (lower case, either dialect) → CSL type, before ``entrysubtype`` is considered.
TYPES_IN: dict[str, str] = {
    "article": "article-journal", "book": "book", "mvbook": "book", "collection": "collection",
    "mvcollection": "collection", "proceedings": "book", "mvproceedings": "book", "reference": "book",
    "mvreference": "book", "inbook": "chapter", "bookinbook": "chapter", "suppbook": "chapter",
    "incollection": "chapter", "suppcollection": "chapter", "inproceedings": "paper-conference",
    "conference": "paper-conference", "booklet": "pamphlet", "manual": "report", "misc": "document",
    "online": "webpage", "www": "webpage", "electronic": "webpage", "thesis": "thesis",
    "phdthesis": "thesis", "mastersthesis": "thesis", "techreport": "report", "report": "report",
    "unpublished": "manuscript", "inreference": "entry-encyclopedia", "dataset": "dataset",
    "software": "software", "patent": "patent", "standard": "standard", "periodical": "periodical",
    "review": "review", "letter": "personal_communication", "movie": "motion_picture",
    "video": "motion_picture", "artwork": "graphic", "image": "graphic", "audio": "song",
    "music": "song", "legislation": "legislation", "jurisdiction": "legal_case",
}

#: Default genre of BibTeX's two thesis types when they carry no ``type`` field.
THESIS_GENRES = {"phdthesis": "PhD thesis", "mastersthesis": "Master's thesis"}
_MASTERS = re.compile(r"master|\bm\.?\s?a\b|\bm\.?\s?sc?\b|magister|mémoire|maîtrise|licenciat", re.I)

#: CSL variable → field, the same in both dialects and every type.
COMMON_FIELDS: dict[str, str] = {
    "title": "title", "title-short": "shorttitle", "edition": "edition", "volume": "volume",
    "number-of-volumes": "volumes", "collection-title": "series", "genre": "type", "note": "note",
    "abstract": "abstract", "keyword": "keywords", "ISBN": "isbn", "ISSN": "issn", "DOI": "doi",
    "URL": "url", "accessed": "urldate", "original-title": "origtitle", "original-date": "origdate",
    "original-publisher": "origpublisher", "original-publisher-place": "origlocation",
    "chapter-number": "chapter", "number-of-pages": "pagetotal", "event-title": "eventtitle",
    "event-place": "venue", "event-date": "eventdate", "version": "version", "page": "pages",
    "volume-title": "maintitle", "PMID": "pmid", "PMCID": "pmcid",
}
NAME_FIELDS = {"author": "author", "editor": "editor", "translator": "translator", "container-author": "bookauthor"}
#: Fields holding URLs or identifiers: written and read without LaTeX escaping.
VERBATIM_FIELDS = frozenset("url doi eprint file urlraw pdf".split())
DATE_FIELDS = frozenset("date origdate urldate eventdate".split())
#: Variables whose case-protecting braces are kept as ``<span class="nocase">`` (titles).
NOCASE_VARIABLES = frozenset(
    "title title-short container-title container-title-short collection-title original-title volume-title "
    "event-title reviewed-title part-title".split()
)

#: Babel/polyglossia names BibLaTeX's ``langid`` takes, for CSL language codes.
LANGIDS = {
    "en": "english", "en-US": "american", "en-GB": "british", "fr": "french", "de": "ngerman",
    "de-AT": "naustrian", "de-CH": "nswissgerman", "it": "italian", "es": "spanish",
    "pt": "portuguese", "pt-BR": "brazilian", "nl": "dutch", "ru": "russian", "pl": "polish",
    "cs": "czech", "sk": "slovak", "sv": "swedish", "da": "danish", "nb": "norsk", "nn": "nynorsk",
    "fi": "finnish", "hu": "magyar", "el": "greek", "la": "latin", "ca": "catalan",
    "uk": "ukrainian", "tr": "turkish", "hr": "croatian", "sl": "slovene", "ro": "romanian",
    "he": "hebrew", "ar": "arabic", "ja": "japanese", "zh": "chinese", "eu": "basque",
    "gl": "galician", "ga": "irish", "cy": "welsh", "is": "icelandic", "et": "estonian",
    "lt": "lithuanian", "lv": "latvian", "bg": "bulgarian", "sr": "serbian",
}
LANGIDS_IN = {v: k for k, v in LANGIDS.items()} | {"german": "de", "austrian": "de-AT", "UKenglish": "en-GB",
                                                    "USenglish": "en-US", "american": "en-US", "british": "en-GB"}

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_NAMES = {m: i + 1 for i, m in enumerate(MONTHS)} | {
    name.lower(): i + 1 for i, name in enumerate(
        "January February March April May June July August September October November December".split())
}


def _container_field(dialect: str, csl_type: str) -> str:
    if csl_type in ("chapter", "paper-conference", "entry-encyclopedia", "entry-dictionary"):
        return "booktitle"
    return "journaltitle" if dialect == "biblatex" else "journal"


def _publisher_field(dialect: str, csl_type: str) -> str:
    if csl_type == "thesis":
        return "institution" if dialect == "biblatex" else "school"
    if csl_type == "report":
        return "institution"
    if csl_type in ("webpage", "post-weblog", "post"):
        return "organization"
    if csl_type == "pamphlet" or TYPES_OUT.get(csl_type, ("misc", "misc"))[1 if dialect == "bibtex" else 0] == "misc":
        return "howpublished"
    return "publisher"


def _number_fields(csl_type: str) -> dict[str, str]:
    if csl_type.startswith("article") or csl_type in ("review", "review-book", "periodical"):
        return {"issue": "number"}
    if csl_type in ("report", "patent", "standard", "legislation", "legal_case"):
        return {"number": "number"}
    return {"collection-number": "number"}


def field_map(dialect: str, csl_type: str) -> dict[str, str]:
    """CSL variable → field name for one dialect and CSL type (names and dates excluded)."""
    mapping = dict(COMMON_FIELDS)
    mapping["container-title"] = _container_field(dialect, csl_type)
    mapping["publisher"] = _publisher_field(dialect, csl_type)
    mapping["publisher-place"] = "location" if dialect == "biblatex" else "address"
    mapping.update(_number_fields(csl_type))
    if dialect == "bibtex":
        mapping["annote"] = "annote"
    else:
        mapping["annote"] = "annotation"
    return mapping


#: Field → CSL variable, read whatever the type (used after the type's own map).
ALIASES = {
    "journal": "container-title", "journaltitle": "container-title", "booktitle": "container-title",
    "address": "publisher-place", "location": "publisher-place", "publisher": "publisher",
    "school": "publisher", "institution": "publisher", "organization": "publisher",
    "howpublished": "publisher", "annote": "annote", "annotation": "annote", "issue": "issue",
    "language": "language", "langid": "language", "isrn": "number",
}


# ---------------------------------------------------------------- writing


class _Writer(Writer):
    """pybtex's BibTeX writer, given values that are LaTeX already; bare month macros."""

    def __init__(self, bare_months: bool) -> None:
        super().__init__(encoding="utf-8")
        self.bare_months = bare_months

    def _encode(self, text: str) -> str:
        return text

    def _format_name(self, stream: Any, person: Person) -> str:
        text = super()._format_name(stream, person)
        if not (person.first_names or person.middle_names) and (person.lineage_names or len(person.last_names) > 1):
            text += ","  # "van Gogh, Jr.,", "Serge Victor,": else BibTeX reads a given name in them
        return text

    def _write_field(self, stream: Any, type: str, value: str) -> None:
        if self.bare_months and type == "month" and value in MONTHS:
            stream.write(f",\n    {type} = {value}")
        else:
            super()._write_field(stream, type, value)


def to_bibliography(library: Library | Iterable[Record], dialect: str = "biblatex", *, ascii: bool = False,
                    for_zotero: bool = False) -> BibliographyData:
    """A pybtex BibliographyData with one entry per record (records must have ids)."""
    _check_dialect(dialect)
    data = BibliographyData()
    for record in library:
        data.add_entry(str(record["id"]), to_entry(record, dialect, ascii=ascii, for_zotero=for_zotero))
    return data


def dumps(library: Library | Iterable[Record], dialect: str = "biblatex", *, ascii: bool = False,
          for_zotero: bool = False) -> str:
    """The records as BibTeX/BibLaTeX text (UTF-8 unless ``ascii``).

    ``for_zotero`` makes the choices Zotero's ``BibTeX.js`` import reads: ``language`` rather
    than ``langid``, and the BibLaTeX entry types it knows (``@online``, ``@letter``) in BibTeX too.
    """
    data = to_bibliography(library, dialect, ascii=ascii, for_zotero=for_zotero)
    stream = io.StringIO()
    _Writer(bare_months=dialect == "bibtex").write_stream(data, stream)
    return stream.getvalue()


def to_entry(record: Record, dialect: str = "biblatex", *, ascii: bool = False, for_zotero: bool = False) -> Entry:
    """The pybtex Entry standing for one CSL record in ``dialect``."""
    _check_dialect(dialect)
    csl_type = record["type"]
    custom = dict((record.get("custom") or {}).get("bibtex") or {})
    entry_type = _entry_type(record, dialect, custom)
    if for_zotero and csl_type in ZOTERO_ENTRY_TYPES:
        entry_type = ZOTERO_ENTRY_TYPES[csl_type]
    fields: dict[str, str] = {}
    persons: dict[str, list[Person]] = {}
    done = {"id", "type"}
    enc = lambda text: encode(str(text), ascii=ascii)  # noqa: E731

    for variable, field in NAME_FIELDS.items():
        if record.get(variable):
            persons[field] = [bibnames.to_person(n, ascii=ascii) for n in record[variable]]
            done.add(variable)
    _write_dates(record, dialect, fields, done)
    _write_language(record, "bibtex" if for_zotero else dialect, fields, done)

    for variable, field in field_map(dialect, csl_type).items():
        value = record.get(variable)
        if value in (None, "") or variable in done:
            continue
        if field in VERBATIM_FIELDS:
            fields[field] = encode_verbatim(str(value))
        elif field == "pages":
            fields[field] = enc(value).replace("–", "--")
        else:
            fields[field] = enc(value)
        done.add(variable)

    if entry_type == "misc" and dialect == "bibtex" and csl_type in ("webpage", "post-weblog", "post") \
            and record.get("URL") and "howpublished" not in fields:
        fields["howpublished"] = "\\url{" + encode_verbatim(str(record["URL"])) + "}"
    subtype = _subtype_for(csl_type, entry_type, fields)
    if subtype:
        fields["entrysubtype"] = encode(subtype)  # a type CSL-JSON named freely: written as text

    _write_leftovers(record, done, fields, persons, custom, ascii)
    written = {f.lower() for f in fields} | {p.lower() for p in persons}  # BibTeX field names ignore case
    for field, value in custom.items():
        if not field.startswith("@") and field.lower() not in written:
            fields[field] = value
            written.add(field.lower())
    return Entry(entry_type, fields=list(fields.items()), persons=persons)


def _check_dialect(dialect: str) -> None:
    if dialect not in DIALECTS:
        raise ValueError(f"unknown BibTeX dialect {dialect!r} (choose from {', '.join(DIALECTS)})")


def _entry_type(record: Record, dialect: str, custom: dict[str, str]) -> str:
    csl_type = record["type"]
    if custom.get("@type") and csl_type == "document":
        return custom["@type"]
    if csl_type == "chapter" and record.get("container-author") and not record.get("editor"):
        return "inbook"
    if csl_type == "thesis" and dialect == "bibtex":
        return "mastersthesis" if _MASTERS.search(str(record.get("genre") or "")) else "phdthesis"
    pair = TYPES_OUT.get(csl_type, ("misc", "misc"))
    return pair[0] if dialect == "biblatex" else pair[1]


def _subtype_for(csl_type: str, entry_type: str, fields: dict[str, str]) -> str | None:
    """The ``entrysubtype`` needed to read ``csl_type`` back, or None."""
    if _csl_type(entry_type, fields) == csl_type:
        return None
    if csl_type in ("article-magazine", "article-newspaper"):
        return csl_type.split("-", 1)[1]
    return csl_type


def _write_dates(record: Record, dialect: str, fields: dict[str, str], done: set[str]) -> None:
    issued = record.get("issued")
    if issued not in (None, "", {}):
        edtf = dates.to_edtf(issued)
        parts = (dates.from_edtf(edtf) or {}).get("date-parts") if edtf else None
        if edtf is None:
            fields["year"] = encode(dates.from_csl_date(issued))
        elif dialect == "biblatex":
            fields["date"] = edtf
        else:
            first = parts[0]
            fields["year"] = str(first[0])
            if len(first) > 1:
                fields["month"] = MONTHS[first[1] - 1] if first[1] <= 12 else str(first[1])
            if len(first) > 2:
                fields["day"] = str(first[2])
            if len(parts) > 1 or "~" in edtf or "season" in (issued if isinstance(issued, dict) else {}):
                fields["date"] = edtf
        done.add("issued")
    for variable, field in (("original-date", "origdate"), ("accessed", "urldate"), ("event-date", "eventdate")):
        value = record.get(variable)
        if value not in (None, "", {}):
            fields[field] = encode(dates.from_csl_date(value))
            done.add(variable)


def _write_language(record: Record, dialect: str, fields: dict[str, str], done: set[str]) -> None:
    language = record.get("language")
    if not language:
        return
    if dialect == "biblatex" and language in LANGIDS:
        fields["langid"] = LANGIDS[language]
    else:
        fields["language"] = encode(str(language))
    done.add("language")


def _write_leftovers(record: Record, done: set[str], fields: dict[str, str], persons: dict[str, list[Person]],
                     custom: dict[str, str], ascii: bool) -> None:
    """CSL variables no field above took: fields named after them, never dropped."""
    taken = {f.lower() for f in fields} | {p.lower() for p in persons} | {c.lower() for c in custom}
    for variable, value in record.items():
        if variable in done or value in (None, "", [], {}):
            continue
        extra = value
        if variable == "custom":
            extra = {k: v for k, v in value.items() if k != "bibtex"} if isinstance(value, dict) else value
            if not extra:
                continue
        field = variable.lower()
        if field in taken or field in _KNOWN_FIELDS:
            field = "csl-" + field
        if variable in NAME_VARIABLES and isinstance(value, list):
            persons[field] = [bibnames.to_person(n, ascii=ascii) for n in value]
        elif variable in DATE_VARIABLES:
            fields[field] = encode(dates.from_csl_date(value))
        elif isinstance(extra, (list, dict)):
            fields[field] = encode(json.dumps(extra, ensure_ascii=False), ascii=ascii)
        else:
            fields[field] = encode(str(extra), ascii=ascii)
        taken.add(field)


#: Every field name some mapping uses; a leftover variable never reuses one.
_KNOWN_FIELDS = frozenset(
    set(COMMON_FIELDS.values()) | set(NAME_FIELDS.values()) | set(ALIASES) | VERBATIM_FIELDS | DATE_FIELDS
    | {"year", "month", "day", "number", "entrysubtype", "crossref", "key"}
)


# ---------------------------------------------------------------- reading


class _Expansion(Exception):
    """@string macros expanded past :data:`notecite.limits.BIBTEX_EXPANSION` (at ``line``)."""

    def __init__(self, amount: int, line: int) -> None:
        super().__init__(amount, line)
        self.amount, self.line = amount, line


class _BoundedLowLevelParser(LowLevelParser):
    """pybtex's scanner, counting the characters macros expand to and stopping at ``budget``."""

    def __init__(self, *args: Any, budget: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.budget = budget
        self.expanded = 0

    def substitute_macro(self, name: str) -> str:
        value = super().substitute_macro(name)
        self.expanded += len(value)
        if self.expanded > self.budget:  # before the value is joined into a longer one
            raise _Expansion(self.expanded, self.lineno)
        return value


class _BoundedParser(Parser):
    """pybtex's BibTeX parser with :class:`_BoundedLowLevelParser` (``Parser.parse_string`` otherwise)."""

    def parse_string(self, text: str) -> BibliographyData:
        self.unnamed_entry_counter = 1
        self.command_start = 0
        entries = _BoundedLowLevelParser(
            text, keyless_entries=self.keyless_entries, handle_error=self.handle_error,
            want_entry=self.data.want_entry, filename=self.filename, macros=self.macros,
            budget=BIBTEX_EXPANSION.value)
        for entry_type, body in entries:
            kind = entry_type.lower()
            if kind == "preamble":
                self.process_preamble(*body)
            elif kind != "string":
                self.process_entry(entry_type, *body)
        return self.data


def loads(text: str, dialect: str = "biblatex", source: str = "<string>") -> Library:
    """A Library from BibTeX/BibLaTeX text; bad syntax → InputError naming ``source`` and line.

    ``@string`` macros may expand to at most :data:`notecite.limits.BIBTEX_EXPANSION` characters.
    """
    _check_dialect(dialect)
    person_fields = set(NAME_FIELDS.values()) | set(NAME_VARIABLES)
    parser = _BoundedParser(person_fields=sorted(person_fields))
    try:
        data = parser.parse_string(text)
    except _Expansion as error:
        raise BIBTEX_EXPANSION.exceeded(source, f"@string macros expand to {error.amount:,}+ characters",
                                        error.line) from None
    except PrematureEOF as error:
        start = getattr(error.parser, "command_start", None)
        line = text.count("\n", 0, start) + 1 if start is not None else error.lineno
        raise InputError(source, "BibTeX syntax error: the entry starting here is not closed (end of file reached)", line) from None
    except PybtexSyntaxError as error:
        raise InputError(source, f"BibTeX {error.error_type}: {error.args[0] if error.args else error}", error.lineno) from None
    except PybtexError as error:
        line = _line_of_problem(text, str(error))
        key = _key_at_line(text, line)
        where = f"entry {key!r}: " if key else ""
        raise InputError(source, f"{where}{error}", line) from None
    library = Library()
    for index, (key, entry) in enumerate(data.entries.items()):
        try:
            record = from_entry(key, entry)
            library.add(record)
        except (RecordError, PybtexError, ValueError) as error:
            raise InputError(source, f"entry {key!r}: {error}", _line_of_key(text, key)) from None
    return library


def _line_of_key(text: str, key: str) -> int | None:
    match = re.search(r"@\s*\w+\s*[{(]\s*" + re.escape(key) + r"\s*,", text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _line_of_problem(text: str, message: str) -> int | None:
    """The line a pybtex data error points at: a repeated key's second entry, or a bad name."""
    match = re.search(r"repeated bibliography entry: (\S+)", message)
    if match:
        found = list(re.finditer(r"@\s*\w+\s*[{(]\s*" + re.escape(match.group(1)) + r"\s*,", text))
        return text.count("\n", 0, found[-1].start()) + 1 if found else None
    match = re.search(r"entry with key (\S+)", message)
    if match:
        return _line_of_key(text, match.group(1))
    match = re.search(r"in '(.*)'$", message)
    if match:
        at = text.find(match.group(1))
        entries = list(re.finditer(r"@\s*\w+\s*[{(]\s*([^,\s]+)\s*,", text[:at])) if at >= 0 else []
        return text.count("\n", 0, entries[-1].start()) + 1 if entries else None
    return None


def _key_at_line(text: str, line: int | None) -> str | None:
    if line is None:
        return None
    match = re.match(r"\s*@\s*\w+\s*[{(]\s*([^,\s]+)", text.splitlines()[line - 1])
    return match.group(1) if match else None


def _csl_type(entry_type: str, fields: dict[str, str]) -> str:
    """The CSL type of an entry type, refined by ``entrysubtype`` and BibTeX's URL-only misc."""
    entry_type = entry_type.lower()
    base = TYPES_IN.get(entry_type, "document")
    subtype = str(fields.get("entrysubtype", "")).strip()
    if subtype:
        if base == "article-journal" and subtype in ("magazine", "newspaper"):
            return "article-" + subtype
        if subtype in ITEM_TYPES:
            return subtype
    if entry_type == "misc" and str(fields.get("howpublished", "")).lstrip().startswith("\\url"):
        return "webpage"
    return base


def from_entry(key: str, entry: Entry) -> Record:
    """The CSL record a pybtex Entry stands for (unmapped fields in ``custom.bibtex``)."""
    fields = {name.lower(): value for name, value in entry.fields.items()}
    csl_type = _csl_type(entry.type, fields)
    record: Record = {"id": key, "type": csl_type}
    custom: dict[str, str] = {}
    if entry.type.lower() not in TYPES_IN:
        custom["@type"] = entry.original_type
    subtype = fields.get("entrysubtype", "")
    subtype_used = bool(subtype) and csl_type != TYPES_IN.get(entry.type.lower(), "document")

    for role, people in entry.persons.items():
        variable = _variable_for_person_field(role.lower())
        names = [bibnames.from_person(p) for p in people]
        if variable and variable not in record:
            record[variable] = names
        else:
            custom[role] = " and ".join(str(p) for p in people)

    inverse: dict[str, str] = {}
    for dialect in DIALECTS:
        for variable, field in field_map(dialect, csl_type).items():
            inverse.setdefault(field, variable)
    _read_dates(fields, record, custom)
    for name, value in entry.fields.items():
        field = name.lower()
        if field in ("year", "month", "day", "date") or (field == "entrysubtype" and subtype_used):
            continue
        if field == "howpublished" and value.lstrip().startswith("\\url"):
            if "URL" not in record and "url" not in fields:
                record["URL"] = decode_verbatim(value)
            elif decode_verbatim(value) != fields.get("url") and decode_verbatim(value) != record.get("URL"):
                custom[name] = value
            continue
        variable, converted = _read_field(field, value, inverse, csl_type)
        if variable is None or variable in record:
            custom[name] = value
        else:
            record[variable] = converted
    if "genre" not in record and entry.type.lower() in THESIS_GENRES:
        record["genre"] = THESIS_GENRES[entry.type.lower()]
    if custom:
        record.setdefault("custom", {})
        if isinstance(record["custom"], dict):
            record["custom"]["bibtex"] = custom
    return record


def _variable_for_person_field(field: str) -> str | None:
    for variable, name in NAME_FIELDS.items():
        if name == field:
            return variable
    plain = field[4:] if field.startswith("csl-") else field
    return plain if plain in NAME_VARIABLES else None


_CSL_BY_LOWER = {v.lower(): v for v in STANDARD_VARIABLES | DATE_VARIABLES | {"custom", "categories"}}


def _read_field(field: str, value: str, inverse: dict[str, str], csl_type: str) -> tuple[str | None, Any]:
    """(CSL variable, value) for one field, or (None, None) when no variable takes it."""
    if field in DATE_FIELDS:
        variable = {"origdate": "original-date", "urldate": "accessed", "eventdate": "event-date"}[field]
        return variable, dates.to_csl_date(decode(value))
    if field == "langid":
        return "language", LANGIDS_IN.get(value.strip(), value.strip())
    variable = inverse.get(field) or ALIASES.get(field)
    if variable is None:
        plain = field[4:] if field.startswith("csl-") else field
        variable = _CSL_BY_LOWER.get(plain)
        if variable in DATE_VARIABLES:
            return variable, dates.to_csl_date(decode(value))
        if variable in ("custom", "categories"):
            try:
                return variable, json.loads(decode(value))
            except json.JSONDecodeError:
                return None, None
        if variable is None:
            return None, None
    if field in VERBATIM_FIELDS:
        return variable, decode_verbatim(value)
    return variable, decode(value, nocase=variable in NOCASE_VARIABLES)


def _read_dates(fields: dict[str, str], record: Record, custom: dict[str, str]) -> None:
    if "date" in fields:
        record["issued"] = dates.to_csl_date(decode(fields["date"]))
        for field in ("year", "month", "day"):
            if field in fields and not _agrees(record["issued"], field, fields[field]):
                custom[field] = fields[field]
        return
    year = fields.get("year", "").strip()
    if not year:
        for field in ("month", "day"):
            if field in fields:
                custom[field] = fields[field]
        return
    if not re.fullmatch(r"-?\d{1,4}", year):
        record["issued"] = dates.to_csl_date(decode(year))
        for field in ("month", "day"):
            if field in fields:
                custom[field] = fields[field]
        return
    parts = [int(year)]
    month = _month_number(fields.get("month", ""))
    if month:
        parts.append(month)
        day = fields.get("day", "").strip()
        if day.isdigit() and 1 <= int(day) <= 31:
            parts.append(int(day))
        elif day:
            custom["day"] = fields["day"]
    elif fields.get("month", "").strip():
        custom["month"] = fields["month"]
    record["issued"] = {"date-parts": [parts]}


def _agrees(issued: dict[str, Any], field: str, value: str) -> bool:
    parts = (issued.get("date-parts") or [[]])[0]
    index = {"year": 0, "month": 1, "day": 2}[field]
    number = _month_number(value) if field == "month" else (int(value) if value.strip().lstrip("-").isdigit() else None)
    return len(parts) > index and number == parts[index]


def _month_number(value: str) -> int | None:
    value = value.strip().rstrip(".").lower()
    if value.isdigit() and 1 <= int(value) <= 12:
        return int(value)
    return _MONTH_NAMES.get(value) or _MONTH_NAMES.get(value[:3]) if value else None
