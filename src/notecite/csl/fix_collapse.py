"""Correction: cite collapsing (``<citation collapse="...">``).

CSL 1.0.2 ("Cite Grouping and Collapsing"): with ``collapse="citation-number"`` runs of three
or more consecutive citation numbers print as a range ("[1]–[3]"); with ``collapse="year"``
(and the ``year-suffix`` forms) consecutive cites whose names print the same show them once
("Smith 1900, 2000"), the cites of a group separated by ``cite-group-delimiter`` and groups by
``after-collapse-delimiter`` (the layout delimiter by default; citeproc-js's choice of delimiter
is in :func:`_splice`: without ``cite-group-delimiter``, ", " in in-text styles and the layout
delimiter in note styles); ``year-suffix`` also prints
only the suffix for the same year ("2000a, b", ``year-suffix-delimiter``) and
``year-suffix-ranged`` makes ranges of three or more ("a–c"). citeproc-py 0.11.1 never
collapses. As in citeproc-js, a sorted citation that collapses by year or sets a
``cite-group-delimiter`` first brings each author's cites together where that author's first
cite stands, and a ``cite-group-delimiter`` without ``collapse`` joins them by it without
shortening them. This joins a citation's cites that way (through
:data:`notecite.csl.hooks.CITATION_JOINERS`, used by :mod:`fix_cite_order`); the names of a
cite are what it prints beyond its rendering without them (``suppress-author``). Cites with a
prefix or suffix are not collapsed (nor numbered cites with a locator).
"""
from __future__ import annotations

from typing import Any

from citeproc.source import VariableError

from . import hooks
from .fix_cite_order import join_cites

EN_DASH = "\u2013"


def _plain(item: Any) -> bool:
    return not item.get("prefix") and not item.get("suffix")


def _numbered(item: Any) -> bool:
    return "locator" not in item and _plain(item)


def _number_runs(layout: Any, pieces: list[tuple[Any, Any]]) -> Any:
    delimiter = layout.get("delimiter", "")
    after = layout.getparent().get("after-collapse-delimiter", delimiter)
    out: list[str] = []
    run: list[tuple[int, str]] = []

    def flush() -> None:
        if len(run) >= 3:
            out.append(f"{run[0][1]}{EN_DASH}{run[-1][1]}")
        else:
            out.extend(text for _, text in run)
        run.clear()

    for item, text in pieces:
        try:
            number = item.number if _numbered(item) else None
        except Exception:  # an item without a bibliography entry
            number = None
        if number is not None and run and number == run[-1][0] + 1:
            run.append((number, str(text)))
            continue
        flush()
        if number is not None:
            run.append((number, str(text)))
        else:
            out.append(str(text))
    flush()
    return layout.join(out, delimiter) if after == delimiter else _join_with(out, delimiter)


def _join_with(parts: list[str], delimiter: str) -> str:
    return delimiter.join(parts)


def _without_names(layout: Any, item: Any) -> str | None:
    item["suppress-author"] = True
    try:
        layout.repressed = {}
        text = layout.render_children(item)
    except VariableError:
        text = None
    finally:
        del item["suppress-author"]
    if text is None:
        return None
    return item.get("prefix", "") + str(text) + item.get("suffix", "")


def _letters_ranged(letters: list[str], delimiter: str) -> str:
    out: list[str] = []
    run: list[str] = []
    for letter in letters + [""]:
        if run and len(letter) == 1 and len(run[-1]) == 1 and ord(letter) == ord(run[-1]) + 1:
            run.append(letter)
            continue
        if len(run) >= 3:
            out.append(f"{run[0]}{EN_DASH}{run[-1]}")
        else:
            out.extend(run)
        run = [letter] if letter else []
    return delimiter.join(out)


def _splice(citation: Any, delimiter: str, previous: Any, collapsed_before: bool, collapsed: bool) -> str:
    """The delimiter before a cite, as citeproc-js chooses it (``getSpliceDelimiter``).

    With ``after-collapse-delimiter``: it follows a cite with a locator, the end of a collapsed
    group and (unless ``collapse="year-suffix"``) any cite that did not collapse. Without it,
    a cite collapsed into the one before follows ``cite-group-delimiter`` when the style sets
    one, else ", " in in-text styles and the layout delimiter in note styles.
    """
    after = citation.get("after-collapse-delimiter")
    if after is not None:
        if "locator" in previous:
            return after
        if collapsed_before and not collapsed:
            return after
        if not collapsed_before and not collapsed and citation.get("collapse") != "year-suffix":
            return after
        return delimiter
    if collapsed:
        if citation.get("cite-group-delimiter") is not None:
            return citation.get("cite-group-delimiter")
        if citation.getroottree().getroot().get("class") == "in-text":
            return ", "
    return delimiter


def _names_key(text: str, short: Any) -> str:
    """What a cite prints before its text without names (its names, for grouping)."""
    if short and text.endswith(short):
        return text[: -len(short)].rstrip(" ,;:")
    return text


def _by_author(layout: Any, pieces: list[tuple[Any, Any]], collapse: str | None) -> Any:
    """Join cites by author: collapsed (``collapse`` one of the year modes) or, with only a
    ``cite-group-delimiter`` (``collapse`` None), kept whole but grouped and delimited."""
    citation = layout.getparent()
    delimiter = layout.get("delimiter", "")
    suffix_mode = collapse not in ("year", None)
    suffix_delimiter = citation.get("year-suffix-delimiter", citation.get("cite-group-delimiter", delimiter))
    rows = []  # (key, item, full text, text without names)
    for item, text in pieces:
        text = str(text)
        short = _without_names(layout, item) if not item.is_bad() and _plain(item) else None
        key = None if item.is_bad() or not _plain(item) else _names_key(text, short)
        rows.append((key, item, text, short))
    if citation.sort is not None:
        # citeproc-js's grouped sort: a sorted citation brings each author's cites together,
        # where that author's first cite stands ("Smith 2003, 2010; Jones 2005")
        first: dict[Any, int] = {}
        for n, row in enumerate(rows):
            first.setdefault(row[0] if row[0] is not None else ("", n), n)
        rows = [row for _, row in sorted(enumerate(rows), key=lambda r: (
            first[r[1][0] if r[1][0] is not None else ("", r[0])], r[0]))]
    groups: list[list[tuple[Any, Any, str, Any]]] = []
    for row in rows:
        if groups and row[0] is not None and groups[-1][-1][0] == row[0]:
            groups[-1].append(row)
        else:
            groups.append([row])
    if all(len(g) == 1 for g in groups) and citation.get("after-collapse-delimiter") is None:
        return None if [r[1] for r in rows] == [p[0] for p in pieces] else _join_rows(layout, rows)
    cites: list[tuple[str, Any, bool]] = []  # (text, last item it stands for, collapsed into the one before)
    for group in groups:
        years: list[list[tuple[str, str, Any, Any]]] = []  # [(shown text, suffix, base, item)]
        for k, (_, item, text, short) in enumerate(group):
            shown = text if k == 0 or collapse is None else (short or "")
            suffix = str(item.reference.get("year_suffix", "")) if suffix_mode else ""
            base = (short or text)
            base = base[: base.rfind(suffix)] + base[base.rfind(suffix) + len(suffix):] if suffix and suffix in base else None
            if years and base is not None and years[-1][0][2] == base:
                years[-1].append((shown, suffix, base, item))
            else:
                years.append([(shown, suffix, base, item)])
        for k, run in enumerate(years):
            if len(run) == 1:
                text = run[0][0]
            else:
                letters = [suffix for _, suffix, _, _ in run[1:]]
                tail = (_letters_ranged([run[0][1]] + letters, suffix_delimiter)[len(run[0][1]):].lstrip(suffix_delimiter)
                        if collapse == "year-suffix-ranged" else suffix_delimiter.join(letters))
                joiner = EN_DASH if collapse == "year-suffix-ranged" and tail.startswith(EN_DASH) else suffix_delimiter
                text = run[0][0] + (tail if tail.startswith(EN_DASH) else joiner + tail)
            if text:
                cites.append((text, run[-1][3], k > 0))
    out: list[str] = []
    for n, (text, item, collapsed) in enumerate(cites):
        if n:
            previous = cites[n - 1]
            out.append(_splice(citation, delimiter, previous[1], previous[2], collapsed))
        out.append(text)
    return "".join(out)


def _join_rows(layout: Any, rows: list[tuple[Any, Any, str, Any]]) -> Any:
    return join_cites(layout, [(item, text) for _, item, text, _ in rows])


def join(layout: Any, pieces: list[tuple[Any, Any]]) -> Any:
    """The collapsed (or grouped) text of a citation's cites, or None when the style does neither."""
    citation = layout.getparent()
    collapse = citation.get("collapse")
    if len(pieces) < 2:
        return None
    if collapse == "citation-number":
        return _number_runs(layout, pieces)
    if collapse in ("year", "year-suffix", "year-suffix-ranged"):
        return _by_author(layout, pieces, collapse)
    if citation.get("cite-group-delimiter") is not None:
        return _by_author(layout, pieces, None)
    return None


install, uninstall = hooks.wrapping(listed=[(hooks.CITATION_JOINERS, join)])
