"""Correction: cite collapsing (``<citation collapse="...">``).

CSL 1.0.2 ("Cite Grouping and Collapsing"): with ``collapse="citation-number"`` runs of three
or more consecutive citation numbers print as a range ("[1]–[3]"); with ``collapse="year"``
(and the ``year-suffix`` forms) consecutive cites whose names print the same show them once
("Smith 1900, 2000"), the cites of a group separated by ``cite-group-delimiter`` and groups by
``after-collapse-delimiter`` (the layout delimiter by default); ``year-suffix`` also prints
only the suffix for the same year ("2000a, b", ``year-suffix-delimiter``) and
``year-suffix-ranged`` makes ranges of three or more ("a–c"). citeproc-py 0.11.1 never
collapses. This joins a citation's cites that way (through
:data:`notecite.csl.hooks.CITATION_JOINERS`, used by :mod:`fix_cite_order`); the names of a
cite are what it prints beyond its rendering without them (``suppress-author``). Cites with a
prefix or suffix are not collapsed (nor numbered cites with a locator).
"""
from __future__ import annotations

from typing import Any

from citeproc.source import VariableError

from . import hooks

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


def _by_author(layout: Any, pieces: list[tuple[Any, Any]], collapse: str) -> Any:
    citation = layout.getparent()
    delimiter = layout.get("delimiter", "")
    suffix_mode = collapse != "year"
    group_delimiter = citation.get("cite-group-delimiter", ", ")
    after = citation.get("after-collapse-delimiter", delimiter)
    suffix_delimiter = citation.get("year-suffix-delimiter", citation.get("cite-group-delimiter", delimiter))
    rows = []  # (key, item, full text, text without names)
    for item, text in pieces:
        text = str(text)
        short = _without_names(layout, item) if not item.is_bad() and _plain(item) else None
        if item.is_bad() or not _plain(item):
            key = None
        elif short and text.endswith(short):
            key = text[: -len(short)]
        else:
            key = text
        rows.append((key, item, text, short))
    groups: list[list[tuple[Any, Any, str, Any]]] = []
    for row in rows:
        if groups and row[0] is not None and groups[-1][-1][0] == row[0]:
            groups[-1].append(row)
        else:
            groups.append([row])
    if all(len(g) == 1 for g in groups):
        return None
    out: list[str] = []
    for n, group in enumerate(groups):
        years: list[list[tuple[str, str]]] = []  # [(shown text, suffix)]
        for k, (_, item, text, short) in enumerate(group):
            shown = text if k == 0 else (short or "")
            suffix = str(item.reference.get("year_suffix", "")) if suffix_mode else ""
            base = (short or text)
            base = base[: base.rfind(suffix)] + base[base.rfind(suffix) + len(suffix):] if suffix and suffix in base else None
            if years and base is not None and years[-1][0][2] == base:
                years[-1].append((shown, suffix, base))
            else:
                years.append([(shown, suffix, base)])
        parts = []
        for run in years:
            if len(run) == 1:
                parts.append(run[0][0])
                continue
            letters = [suffix for _, suffix, _ in run[1:]]
            tail = (_letters_ranged([run[0][1]] + letters, suffix_delimiter)[len(run[0][1]):].lstrip(suffix_delimiter)
                    if collapse == "year-suffix-ranged" else suffix_delimiter.join(letters))
            joiner = EN_DASH if collapse == "year-suffix-ranged" and tail.startswith(EN_DASH) else suffix_delimiter
            parts.append(run[0][0] + (tail if tail.startswith(EN_DASH) else joiner + tail))
        if out:
            out.append(after if len(groups[n - 1]) > 1 else delimiter)
        out.append(group_delimiter.join(p for p in parts if p))
    return "".join(out)


def join(layout: Any, pieces: list[tuple[Any, Any]]) -> Any:
    """The collapsed text of a citation's cites, or None when the style does not collapse."""
    collapse = layout.getparent().get("collapse")
    if not collapse or len(pieces) < 2:
        return None
    if collapse == "citation-number":
        return _number_runs(layout, pieces)
    if collapse in ("year", "year-suffix", "year-suffix-ranged"):
        return _by_author(layout, pieces, collapse)
    return None


def install() -> None:
    """Register the collapsing joiner (idempotent)."""
    if join not in hooks.CITATION_JOINERS:
        hooks.CITATION_JOINERS.append(join)


def uninstall() -> None:
    """Unregister it."""
    if join in hooks.CITATION_JOINERS:
        hooks.CITATION_JOINERS.remove(join)
