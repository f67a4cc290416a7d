"""Merging one record's fields into another while keeping provenance and conflicts."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from ..keys import ascii_fold
from ..records import NAME_VARIABLES, DATE_VARIABLES, Record, date_parts


def same_value(field: str, a: Any, b: Any) -> bool:
    """True when two values of ``field`` say the same thing (case, spacing, dashes, name forms)."""
    if field in NAME_VARIABLES:
        if a == b:  # the same names (a document merged again): the same family names
            return True
        fam = lambda names: [ascii_fold(n.get("family") or n.get("literal") or "") for n in names or []]  # noqa: E731
        return fam(a) == fam(b)
    if field in DATE_VARIABLES:
        pa, pb = date_parts(a), date_parts(b)
        return pa is not None and pb is not None and (pa[: len(pb)] == pb or pb[: len(pa)] == pa)
    return isinstance(a, str) and a == b or _fold(a) == _fold(b)


def _fold(value: Any) -> str:
    """``value`` as compared: ``&`` read as ``and``, dashes dropped, folded (:func:`ascii_fold`)."""
    return _fold_text(str(value))


@lru_cache(maxsize=1 << 14)
def _fold_text(text: str) -> str:
    """:func:`_fold` of a string, computed once per string (merging meets the same values again and again)."""
    return ascii_fold(_DASHES.sub("", _AMPERSAND.sub(" and ", text)))


_AMPERSAND = re.compile(r"\s*&\s*")
_DASHES = re.compile(r"[–—-]")


class Labels:
    """Membership in provenance lists without scanning them: a set of each list's labels, kept
    beside the list and brought up to date with what was appended to it since (by anyone)."""

    def __init__(self) -> None:
        self._sets: dict[int, tuple[list[str], set[str], list[int]]] = {}  # id(list) -> (list, labels, [length seen])

    def holds(self, labels: list[str], label: str) -> bool:
        """Whether ``label`` is in ``labels`` (a list only ever appended to, or replaced whole)."""
        entry = self._sets.get(id(labels))
        if entry is None or entry[0] is not labels:
            entry = self._sets[id(labels)] = (labels, set(labels), [len(labels)])
        elif entry[2][0] != len(labels):
            if entry[2][0] < len(labels):
                entry[1].update(labels[entry[2][0]:])
            else:
                entry[1].clear()
                entry[1].update(labels)
            entry[2][0] = len(labels)
        return label in entry[1]


def _in_list(labels: list[str], label: str) -> bool:
    return label in labels


def merge_fields(target: Record, source: Record, *, source_label: str,
                 provenance: dict[str, list[str]], conflicts: list[dict[str, Any]],
                 holds: Callable[[list[str], str], bool] = _in_list) -> list[str]:
    """Add to ``target`` the fields of ``source`` it lacks; never overwrite a value.

    Agreeing values add ``source_label`` to the field's provenance (unless ``holds`` says the
    field's list has it: :meth:`Labels.holds` for long-lived libraries), and so does a date issued
    that is ``target``'s original date (a reprint named by its first year); disagreeing ones are
    appended to ``conflicts``. Returns the fields added.
    """
    added = []
    for key, value in source.items():
        if key == "id" or value in (None, "", []):
            continue
        if key == "author" and "author" not in target and _the_editors(value, target.get("editor")):
            continue  # "Cotterill, Serge–Trotsky Papers" for a book Cotterill edited: the editor, named as a short form does
        if key not in target or target[key] in (None, "", []):
            target[key] = value
            provenance.setdefault(key, []).append(source_label)
            added.append(key)
        elif agreeing := _agreeing_field(target, key, value):
            sources = provenance.setdefault(agreeing, [])
            if not holds(sources, source_label):
                sources.append(source_label)
        elif key == "title" and _is_prefix(value, target[key]):
            target.setdefault("title-short", value)
        else:
            conflict = {"field": key, "kept": target[key], "other": value, "source": source_label}
            if conflict not in conflicts:
                conflicts.append(conflict)
    return added


def _agreeing_field(target: Record, key: str, value: Any) -> str | None:
    """The field of ``target`` that ``value`` of ``key`` agrees with: ``key`` itself when they say the same, the
    original date for a date issued that is it (``Writings (1932)``: the reprint named by its first year); else None."""
    if same_value(key, target[key], value):
        return key
    if key == "issued" and target.get("original-date") and same_value("original-date", target["original-date"], value):
        return "original-date"
    return None


def _the_editors(authors: Any, editors: Any) -> bool:
    """Whether every person of ``authors`` has the family name of one of ``editors``."""
    def family(person: Any) -> str:
        return str(person.get("family") or person.get("literal") or "").casefold() if isinstance(person, dict) else ""
    edited = {family(p) for p in editors} if isinstance(editors, list) else set()
    return isinstance(authors, list) and bool(authors) and all(family(p) in edited for p in authors)


def _is_prefix(short: Any, full: Any) -> bool:
    a, b = _fold(short), _fold(full)
    return bool(a) and b.startswith(a) and a != b
