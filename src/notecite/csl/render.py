"""Rendering CSL-JSON records with citeproc-py: bibliographies and citations.

Records pass through the correction layer (:mod:`notecite.csl.corrections`), are escaped for
the output format, and are rendered with the style :func:`notecite.csl.styles.resolve` finds.
"""
from __future__ import annotations

import warnings
from types import ModuleType
from typing import Any, Iterable, Sequence

from citeproc import Citation, CitationItem, CitationStylesBibliography
from citeproc import LANGUAGE_NAMES, PRIMARY_DIALECTS

from ..errors import RecordError, StyleError
from ..records import Record, closest, names_its_people_only
from . import corrections as corrections_layer
from . import engine
from .formatters import escape_value, formatter_for
from .styles import Style, resolve

#: The locator labels of CSL 1.0.2.
LOCATOR_LABELS = frozenset(
    """act appendix article-locator book canon chapter column elocation equation figure folio
    issue line note opus page paragraph part rule scene section sub-verbo supplement table
    timestamp title-locator verse version volume""".split()
)

_UNESCAPED_KEYS = frozenset({"id", "type", "language"})


class RenderError(StyleError):
    """citeproc-py failed on a record with a style; ``__cause__`` holds its exception."""


def check_locale(locale: str) -> str:
    """Return ``locale`` if citeproc-py has it (or its language); StyleError with the closest otherwise."""
    if locale in LANGUAGE_NAMES or locale.split("-")[0] in PRIMARY_DIALECTS:
        return locale
    near = ", ".join(closest(locale, LANGUAGE_NAMES, n=5))
    raise StyleError(f"unknown locale {locale!r}; closest: {near}")


def _as_style(style: Style | str) -> Style:
    return style if isinstance(style, Style) else resolve(style)


def _escape(value: Any, output: str, top: bool = True) -> Any:
    if isinstance(value, str):  # citeproc-py reads no-case spans in top-level strings only
        return escape_value(value, output, implicit_nocase=top)
    if isinstance(value, list):
        return [_escape(v, output, False) for v in value]
    if isinstance(value, dict):
        return {k: (v if k == "date-parts" else _escape(v, output, False)) for k, v in value.items()}
    return value


#: Variables citeproc-py reads as numbers or ranges, splitting them at "&" itself.
NUMBER_VARIABLES = frozenset("""chapter-number collection-number edition issue locator number number-of-pages
number-of-volumes page page-first part-number printing-number section supplement-number version volume""".split())


def _escape_number(value: Any, output: str) -> Any:
    if not isinstance(value, str):
        return value
    return "&".join(escape_value(piece, output) for piece in value.split("&"))


def escape_records(records: Iterable[Record], output: str) -> list[Record]:
    """Copies of ``records`` with every text value escaped for ``output`` (rich text converted;
    the "&" of number variables is left to citeproc-py, which renders it as the locale's)."""
    return [{k: (v if k in _UNESCAPED_KEYS else _escape_number(v, output) if k in NUMBER_VARIABLES
                 else _escape(v, output)) for k, v in r.items()} for r in records]


def _prepare(records: Iterable[Record], output: str, corrections: Sequence[ModuleType]) -> list[Record]:
    records = list(records)
    seen: dict[str, Any] = {}
    for record in records:
        if "id" not in record or "type" not in record:
            raise RecordError(f"record {record.get('id', '<without id>')!r}: needs 'id' and 'type' to be rendered")
        key = str(record["id"]).lower()  # citeproc-py folds ids to lower case
        if key in seen:
            raise RecordError(f"records {seen[key]!r} and {record['id']!r}: ids differ only in case")
        seen[key] = record["id"]
    return escape_records([_without_names_title(record) for record in records], output)


def _without_names_title(record: Record) -> Record:
    """``record`` without a title that only names a letter's sender and recipient (``Fish to Davis``, see
    :func:`~notecite.records.names_its_people_only`), nor the names as printed in its short title: styles print
    a letter's author and recipient themselves ("Hamilton Fish to Davis, December 16, 1881"), and would print
    such a title beside them ("Hamilton Fish “Fish to Davis,” to Davis")."""
    if not names_its_people_only(record):
        return record
    return {k: v for k, v in record.items() if k not in ("title", "title-short")}


def _build(records: Iterable[Record], style: Style | str, locale: str | None, output: str,
           corrections: Sequence[ModuleType]) -> tuple[Style, CitationStylesBibliography, list[Record]]:
    resolved = _as_style(style)
    formatter = formatter_for(output)
    chosen = locale or resolved.default_locale
    if chosen:
        check_locale(chosen)
    prepared = _prepare(records, output, corrections)
    try:
        csl = engine.load_style(resolved.path, chosen, corrections)
    except Exception as error:  # lxml or citeproc-py refusing the file
        raise StyleError(f"{resolved.path}: cannot be loaded as a CSL style ({error})") from error
    try:
        bibliography = engine.new_bibliography(prepared, csl, formatter, corrections)
    except Exception as error:  # citeproc-py cannot read a value (see the correction layer)
        raise RenderError(f"citeproc-py could not read the records: {type(error).__name__}: {error}") from error
    return resolved, bibliography, prepared


def _fail(style: Style, what: str, item_id: Any, error: Exception) -> RenderError:
    return RenderError(
        f"citeproc-py could not render {what} for {item_id!r} in style {style.name!r}: "
        f"{type(error).__name__}: {error}"
    )


def render_bibliography(records: Iterable[Record], style: Style | str, *, locale: str | None = None,
                        output: str = "text",
                        corrections: Sequence[ModuleType] = corrections_layer.CORRECTIONS) -> list[str]:
    """The style's bibliography entries for ``records``, sorted as the style says.

    Raises StyleError if the style has no bibliography, RenderError if citeproc-py fails.
    """
    return [entry for _, entry in bibliography_entries(records, style, locale=locale, output=output,
                                                       corrections=corrections)]


def bibliography_entries(records: Iterable[Record], style: Style | str, *, locale: str | None = None,
                         output: str = "text",
                         corrections: Sequence[ModuleType] = corrections_layer.CORRECTIONS) -> list[tuple[str, str]]:
    """``(record id, entry)`` pairs of the bibliography, in its order (entries rendering empty left out)."""
    resolved, bibliography, prepared = _build(records, style, locale, output, corrections)
    if not bibliography.style.has_bibliography():
        raise StyleError(f"style {resolved.name!r} has no bibliography; render citations instead")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        items = [CitationItem(str(r["id"])) for r in prepared]
        bibliography.register(Citation(items))
        try:
            bibliography.sort()
        except Exception as error:
            raise _fail(resolved, "the bibliography order", "all", error) from error
        try:
            corrections_layer.prepare(bibliography, corrections)
        except Exception as error:
            raise _fail(resolved, "the disambiguation", "all", error) from error
    return _entries(bibliography, resolved, prepared)


def _entries(bibliography: CitationStylesBibliography, resolved: Style, prepared: list[Record]) -> list[tuple[str, str]]:
    original_ids = {str(r["id"]).lower(): str(r["id"]) for r in prepared}
    items = list(bibliography.items)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:  # all at once, so that entries can depend on the previous one
            whole = [str(e) for e in bibliography.style.render_bibliography(items)]
        except Exception:
            whole = None
        if whole is not None and len(whole) == len(items):
            return [(original_ids[item.key], entry) for item, entry in zip(items, whole)]
        entries = []
        for item in items:
            try:
                entries += [(original_ids[item.key], str(e)) for e in bibliography.style.render_bibliography([item])]
            except Exception as error:
                raise _fail(resolved, "a bibliography entry", item.key, error) from error
    return entries


def _cite_item(n: int, cite: Any, ids: dict[str, Any], output: str) -> CitationItem:
    if not isinstance(cite, dict) or "id" not in cite:
        raise RecordError(f"cite {n}: needs an 'id'")
    if str(cite["id"]).lower() not in ids:
        near = ", ".join(closest(str(cite["id"]), [str(i) for i in ids.values()], n=3))
        raise RecordError(f"cite {n}: no record with id {cite['id']!r} (closest: {near})")
    if cite.get("locator") not in (None, ""):
        label = cite.get("label") or "page"
        if label not in LOCATOR_LABELS:
            near = ", ".join(closest(str(label), LOCATOR_LABELS, n=3))
            raise RecordError(f"cite {n}: unknown locator label {label!r} (closest: {near})")
    return engine.make_item(cite, output=output)


def _register_notes(bibliography: CitationStylesBibliography, resolved: Style,
                    notes: list[tuple[int, list[CitationItem]]], corrections: Sequence[ModuleType]) -> list[Citation]:
    """Register the notes' citations, sort the bibliography and run the corrections' ``prepare``."""
    citations = engine.register_notes(bibliography, notes)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if bibliography.style.has_bibliography():
            try:
                bibliography.sort()  # citation numbers follow the bibliography order
            except Exception as error:
                raise _fail(resolved, "the bibliography order", "all", error) from error
        try:
            corrections_layer.prepare(bibliography, corrections)
        except Exception as error:
            raise _fail(resolved, "the disambiguation", "all", error) from error
    return citations


def _render_notes(bibliography: CitationStylesBibliography, resolved: Style,
                  notes: list[tuple[int, list[CitationItem]]], corrections: Sequence[ModuleType]) -> list[str]:
    return _cite_all(bibliography, resolved, _register_notes(bibliography, resolved, notes, corrections))


def _cite_all(bibliography: CitationStylesBibliography, resolved: Style, citations: list[Citation]) -> list[str]:
    """The registered ``citations`` rendered in order."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = []
        for citation in citations:
            try:
                out.append(str(bibliography.cite(citation, lambda item: None)))
            except Exception as error:
                key = citation.cites[0].key if citation.cites else "(empty note)"
                raise _fail(resolved, "a citation", key, error) from error
    return out


def render_citations(records: Iterable[Record], style: Style | str, *,
                     cites: list[dict[str, Any]] | None = None, locale: str | None = None,
                     output: str = "text",
                     corrections: Sequence[ModuleType] = corrections_layer.CORRECTIONS) -> list[str]:
    """One rendered citation per cite, in order (``cites`` None: one per record, no locator).

    A cite is ``{"id", "locator"?, "label"?, "prefix"?, "suffix"?}`` (label defaults to
    ``page``); each cite is its own note (numbered from 1), so positions such as ibid follow
    the order of the cites. Raises RecordError for an unknown id or label.
    """
    resolved, bibliography, prepared = _build(records, style, locale, output, corrections)
    ids = {str(r["id"]).lower(): r["id"] for r in prepared}
    if cites is None:
        cites = [{"id": r["id"]} for r in prepared]
    items = [_cite_item(n, cite, ids, output) for n, cite in enumerate(cites, 1)]
    return _render_notes(bibliography, resolved, [(n, [item]) for n, item in enumerate(items, 1)], corrections)


def render_notes(records: Iterable[Record], style: Style | str, notes: list[list[dict[str, Any]]], *,
                 note_numbers: list[int] | None = None, locale: str | None = None, output: str = "text",
                 corrections: Sequence[ModuleType] = corrections_layer.CORRECTIONS) -> list[str]:
    """The text of each note: its cites rendered together as one citation, in the order given.

    ``notes`` is a list of notes, each a list of cites (see :func:`render_citations`; a cite
    may also carry ``suppress-author``); notes are numbered 1, 2, ... unless ``note_numbers``
    says otherwise. Positions (first, subsequent, ibid, ibid-with-locator, near-note) and
    ``first-reference-note-number`` follow the note sequence. RecordError for a bad cite.
    """
    numbers = list(note_numbers) if note_numbers is not None else list(range(1, len(notes) + 1))
    if len(numbers) != len(notes):
        raise RecordError(f"{len(notes)} notes but {len(numbers)} note numbers")
    resolved, bibliography, prepared = _build(records, style, locale, output, corrections)
    ids = {str(r["id"]).lower(): r["id"] for r in prepared}
    built = []
    count = 0
    for number, note in zip(numbers, notes):
        if not isinstance(note, list):
            raise RecordError(f"note {number}: expected a list of cites")
        items = []
        for cite in note:
            count += 1
            items.append(_cite_item(count, cite, ids, output))
        built.append((number, items))
    return _render_notes(bibliography, resolved, built, corrections)


def render_document(records: Iterable[Record], style: Style | str, *, locale: str | None = None,
                    output: str = "text",
                    corrections: Sequence[ModuleType] = corrections_layer.CORRECTIONS) -> dict[str, Any]:
    """One citation per record (each its own note) and the bibliography, from one style load.

    Returns ``{"citations": [str, ...], "bibliography": [(id, entry), ...] or None}`` (None when
    the style has no bibliography). Raises RenderError if citeproc-py fails.
    """
    resolved, bibliography, prepared = _build(records, style, locale, output, corrections)
    ids = {str(r["id"]).lower(): r["id"] for r in prepared}
    items = [_cite_item(n, {"id": r["id"]}, ids, output) for n, r in enumerate(prepared, 1)]
    registered = _register_notes(bibliography, resolved, [(n, [item]) for n, item in enumerate(items, 1)], corrections)
    # the bibliography first, then the citations, in citeproc-js's order (the first date range
    # an engine renders is printed differently: see fix_date_range_end)
    entries = _entries(bibliography, resolved, prepared) if bibliography.style.has_bibliography() else None
    return {"citations": _cite_all(bibliography, resolved, registered), "bibliography": entries}
