"""Rendering CSL-JSON records with citeproc-py: bibliographies and citations.

Records pass through the correction layer (:mod:`notecite.csl.corrections`), are escaped for
the output format, and are rendered with the style :func:`notecite.csl.styles.resolve` finds.
"""
from __future__ import annotations

import warnings
from types import ModuleType
from typing import Any, Iterable, Sequence

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, Locator
from citeproc import LANGUAGE_NAMES, PRIMARY_DIALECTS
from citeproc.source.json import CiteProcJSON

from ..errors import RecordError, StyleError
from ..records import NAME_VARIABLES, DATE_VARIABLES, Record, closest
from . import corrections as corrections_layer
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


def _escape(value: Any, output: str) -> Any:
    if isinstance(value, str):
        return escape_value(value, output)
    if isinstance(value, list):
        return [_escape(v, output) for v in value]
    if isinstance(value, dict):
        return {k: (v if k == "date-parts" else _escape(v, output)) for k, v in value.items()}
    return value


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
    adapted = corrections_layer.adapt_records(records, corrections)
    return [{k: (v if k in _UNESCAPED_KEYS else _escape(v, output)) for k, v in r.items()} for r in adapted]


def _build(records: Iterable[Record], style: Style | str, locale: str | None, output: str,
           corrections: Sequence[ModuleType]) -> tuple[Style, CitationStylesBibliography, list[Record]]:
    resolved = _as_style(style)
    formatter = formatter_for(output)
    chosen = locale or resolved.default_locale
    if chosen:
        check_locale(chosen)
    corrections_layer.install(corrections)
    prepared = _prepare(records, output, corrections)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            source = CiteProcJSON(prepared)
        except Exception as error:  # citeproc-py cannot read a value (see the correction layer)
            raise RenderError(f"citeproc-py could not read the records: {type(error).__name__}: {error}") from error
        corrections_layer.adapt_source(source, prepared, corrections)
        try:
            csl = CitationStylesStyle(str(resolved.path), locale=chosen, validate=False)
        except Exception as error:  # lxml or citeproc-py refusing the file
            raise StyleError(f"{resolved.path}: cannot be loaded as a CSL style ({error})") from error
    return resolved, CitationStylesBibliography(csl, source, formatter), prepared


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
        entries = []
        for item in bibliography.items:
            try:
                entries += [str(e) for e in bibliography.style.render_bibliography([item])]
            except Exception as error:
                raise _fail(resolved, "a bibliography entry", item.key, error) from error
    return entries


def _citation_items(cites: list[dict[str, Any]] | None, prepared: list[Record]) -> list[CitationItem]:
    ids = {str(r["id"]).lower(): r["id"] for r in prepared}
    if cites is None:
        return [CitationItem(str(r["id"])) for r in prepared]
    items = []
    for n, cite in enumerate(cites, 1):
        if not isinstance(cite, dict) or "id" not in cite:
            raise RecordError(f"cite {n}: needs an 'id'")
        if str(cite["id"]).lower() not in ids:
            near = ", ".join(closest(str(cite["id"]), [str(i) for i in ids.values()], n=3))
            raise RecordError(f"cite {n}: no record with id {cite['id']!r} (closest: {near})")
        extra: dict[str, Any] = {}
        if cite.get("locator") not in (None, ""):
            label = cite.get("label") or "page"
            if label not in LOCATOR_LABELS:
                near = ", ".join(closest(str(label), LOCATOR_LABELS, n=3))
                raise RecordError(f"cite {n}: unknown locator label {label!r} (closest: {near})")
            extra["locator"] = Locator(label, str(cite["locator"]))
        for affix in ("prefix", "suffix"):
            if cite.get(affix):
                extra[affix] = str(cite[affix])
        items.append(CitationItem(str(cite["id"]), **extra))
    return items


def render_citations(records: Iterable[Record], style: Style | str, *,
                     cites: list[dict[str, Any]] | None = None, locale: str | None = None,
                     output: str = "text",
                     corrections: Sequence[ModuleType] = corrections_layer.CORRECTIONS) -> list[str]:
    """One rendered citation per cite, in order (``cites`` None: one per record, no locator).

    A cite is ``{"id", "locator"?, "label"?}`` (label defaults to ``page``); positions such as
    ibid follow the order of the cites. Raises RecordError for an unknown id or label.
    """
    resolved, bibliography, prepared = _build(records, style, locale, output, corrections)
    items = _citation_items(cites, prepared)
    citations = [Citation([item]) for item in items]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for citation in citations:
            bibliography.register(citation)
        out = []
        for citation in citations:
            try:
                out.append(str(bibliography.cite(citation, lambda item: None)))
            except Exception as error:
                raise _fail(resolved, "a citation", citation.cites[0].key, error) from error
    return out
