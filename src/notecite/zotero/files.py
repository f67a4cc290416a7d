"""Library files written for Zotero's import translators (``--for zotero``).

Zotero imports CSL-JSON, RIS and BibTeX/BibLaTeX with three different translators, each of
which keeps some fields and drops the rest. :func:`records_for_zotero` rewrites records so that
every value reaches the Zotero item: variables the item type has a field for stay, and the
others, the citation key (``Citation Key: …``) and a CSL type Zotero lacks (``type: pamphlet``)
go into the record's ``note`` as ``variable: value`` lines, which the writers send through the
format's one channel into Zotero:

- CSL-JSON: ``note`` is Zotero's Extra field (``CSL JSON.js``, ``itemFromCSLJSON``);
- RIS: the lines are written as ``M2`` tags, which ``RIS.js`` appends to Extra;
- BibTeX/BibLaTeX: ``BibTeX.js`` reads no field into Extra, so the lines go in ``note``,
  which it imports as a child note. Also moved there: the variables whose field ``BibTeX.js``
  ignores (:data:`BIBTEX_READS` lists those it reads).

The item type and fields come from :func:`notecite.zotero.items.place`, the same placement
``notecite zotero push`` sends, so a file and a push give Zotero the same item.
"""
from __future__ import annotations

from typing import Iterable

from ..records import NAME_VARIABLES, Record
from .items import extra_lines, zotero_record

#: CSL variables whose BibTeX/BibLaTeX field Zotero's ``BibTeX.js`` import reads (``fieldMap``,
#: ``processField``: title, shorttitle, edition, volume, series, isbn, issn, doi, url, abstract,
#: language, address/location, publisher/school/institution/organization, journal/journaltitle/
#: booktitle, eventtitle, pagetotal, version, number, pages, date/year/month, urldate, type,
#: keywords; creators author, editor, translator).
BIBTEX_READS = frozenset((
    "title title-short edition volume collection-title ISBN ISSN DOI URL abstract language "
    "publisher-place publisher container-title event-title number-of-pages version number issue "
    "collection-number page issued accessed genre author editor translator"
).split())

#: CSL types whose BibTeX entry ``BibTeX.js`` imports as another Zotero item type (it has no
#: magazine, newspaper or interview type): the CSL type of the item type it makes.
BIBTEX_ZOTERO_TYPES = {"article-magazine": "article-journal", "article-newspaper": "article-journal",
                       "interview": "document"}
#: CSL type → variables whose BibTeX field ``BibTeX.js`` files under a field the item type lacks
#: (a report's ``series`` is not its ``seriesTitle``).
BIBTEX_MISFILED = {"report": ("collection-title",)}

#: Formats :func:`records_for_zotero` knows.
FORMATS = ("csl-json", "ris", "bibtex", "biblatex")


def records_for_zotero(records: Iterable[Record], fmt: str) -> list[Record]:
    """Each record rewritten for Zotero's importer of ``fmt`` (see the module docstring)."""
    if fmt not in FORMATS:
        raise ValueError(f"no Zotero flavour for format {fmt!r}")
    out = []
    for record in records:
        if fmt in ("bibtex", "biblatex"):
            out.append(_for_bibtex(record))
            continue
        rewritten = zotero_record(record, fold_names=fmt == "csl-json")
        if fmt == "ris":
            _move_to_note(rewritten, _ris_drops(rewritten))
        out.append(rewritten)
    return out


def _for_bibtex(record: Record) -> Record:
    """``record`` placed for the item type ``BibTeX.js`` makes of its entry, keeping only fields it reads."""
    csl_type = record["type"]
    as_imported = BIBTEX_ZOTERO_TYPES.get(csl_type)
    rewritten = zotero_record(dict(record, type=as_imported) if as_imported else record, fold_names=False)
    if as_imported:
        rewritten["type"] = csl_type  # the entry type (and entrysubtype) notecite writes for it
        _add_note_lines(rewritten, [f"type: {csl_type}"])
    misfiled = BIBTEX_MISFILED.get(rewritten["type"], ())
    _move_to_note(rewritten, [v for v in rewritten
                              if v not in BIBTEX_READS | {"id", "type", "note"} or v in misfiled])
    return rewritten


def _ris_drops(record: Record) -> list[str]:
    """Variables ``RIS.js`` drops for the record's RIS type, and names that type has no tag for."""
    from ..formats.ris import TYPES_OUT, ZOTERO_DROPS, ZOTERO_TYPES_OUT, name_tag

    ris_type = ZOTERO_TYPES_OUT.get(record["type"]) or TYPES_OUT.get(record["type"], "GEN")
    dropped = ZOTERO_DROPS.get(ris_type, frozenset())
    return [variable for variable in record if variable in dropped
            or (variable in NAME_VARIABLES and name_tag(variable, ris_type) is None)]


def _move_to_note(record: Record, variables: list[str]) -> None:
    """Move ``variables`` out of ``record`` into ``variable: value`` lines of its note."""
    _add_note_lines(record, [line for variable in variables for line in extra_lines(variable, record.pop(variable))])


def _add_note_lines(record: Record, lines: list[str]) -> None:
    if lines:
        record["note"] = "\n".join(([record["note"]] if record.get("note") else []) + lines)
