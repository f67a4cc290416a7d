"""Correction: ``<label>`` as citeproc-js renders it, for empty and non-empty variables.

A label of an empty variable: citeproc-js (``CSL.Node.label``) prints the term whatever the
variable holds, singular unless ``plural="always"``; only an enclosing group whose variables are
all empty hides it (:mod:`fix_group_suppression`). So ``<label variable="page"/>`` beside a
rendered title prints "p." for a record without pages, and ``<label variable="locator"/>``
without a locator prints the "page" term (or the cite's own label). citeproc-py 0.11.1 looks up
a term named "locator" for a cite without a locator (nothing), and a label for
``number-of-pages``/``number-of-volumes`` raises (it reads the number off the cite instead of
the record) and disappears. Labels inside ``<names>`` (variable given by the caller) are left
as they are.

Plural: citeproc-py counts a value as several numbers only when it finds two runs of digits, so
roman and lettered ranges take the singular ("p. xi–xxvi", "p. S12–S31"); citeproc-js reads any
two numeric tokens (digits with letters around them, or roman numerals) joined by a range or
list separator as plural ("pp. xi–xxvi", "ss 514a–517a"). The label of
``first-reference-note-number`` (OSCOLA's "(n 1)") is dropped by citeproc-py, which looks the
variable up in the record; it is rendered when the cite has a first-reference note number.

A locator that starts with a label abbreviation ("vol. 1, fol. 186", "p. 45") carries its own
labels: citeproc-js reads them from it and prints no second label ("pp. vol. 1, fol. 186" from
citeproc-py).

Sort keys: a ``<names>`` label ("ed.") is part of citeproc-py's sort key of a macro, so "Doe,
John ed." sorts after "Doe, John Eamon"; citeproc-js leaves name labels out of sort keys.
"""
from __future__ import annotations

import re
from typing import Any

from citeproc.model import Label
from citeproc.source import VariableError

from . import hooks
from .positions import POSITION_KEY

#: The ``Label.process`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]

#: citeproc-js's locator label abbreviations (STATUTE_SUBDIV_STRINGS): a locator that starts
#: with one of them before a number carries its own label.
_EMBEDDED_LABEL = re.compile(r"^\s*(?:add|amend|annot|app|art|bibliog|bk|ch|cl|col|cmt|dec|dept|ex|fig|fld|fol|hypo|"
                             r"illus|intro|l|n|no|op|p|pp|para|pmbl|princ|pt|pub|r|rn|sched|sec|ser|subch|subdiv|"
                             r"subpara|subsec|supp|sv|tbl|tit|vol|vrs)\.\s*\d")
_TOKEN = r"(?:[A-Za-z]*\d+[A-Za-z]*|[ivxlcdm]+|[IVXLCDM]+)"
_MULTIPLE: dict[str, re.Pattern[str]] = {}


def _multiple(and_term: str) -> re.Pattern[str]:
    """Two numeric tokens joined by a hyphen or dash (not an escaped one), ",", "&", ";", "and"
    or the locale's "and" term, or a comma followed by either word."""
    pattern = _MULTIPLE.get(and_term)
    if pattern is None:
        words = "|".join(re.escape(w) for w in dict.fromkeys(("and", and_term)) if w)
        separator = rf"(?:(?<!\\)[-\u2013\u2011]|[,;&](?:\s*\b(?:{words})\b)?|\b(?:{words})\b)"
        pattern = _MULTIPLE[and_term] = re.compile(rf"(?<![\w.]){_TOKEN}\s*{separator}\s*{_TOKEN}(?![\w.])")
    return pattern


def is_plural(value: Any, and_term: str = "and") -> bool:
    """Whether ``value`` holds several numbers, as citeproc-js reads it ("xi-xxvi", "1, 3", "S12-S31",
    "213, and 235"; with ``and_term`` "et", also "213 et 235"); an escaped hyphen ("327\\-30") joins
    one number."""
    return _multiple(and_term).search(str(value)) is not None


def _and_term(element: Any, value: Any) -> str:
    """The locale's "and" term, looked up only when ``value`` could contain it."""
    if not re.search(r"[^\W\d]{2}", str(value)):
        return "and"
    return str(element.get_single_term(name="and") or "and")


def process(self: Any, item: Any, variable: Any = None, plural: Any = None, context: Any = None, **kwargs: Any) -> Any:
    """``Label.process`` returning None when its own variable is empty."""
    if variable is not None and kwargs.get("sort_options") is not None:
        return None  # a name label in a sort key: citeproc-js sorts "Doe, John ed." as "Doe, John"
    if variable is None:
        own = self.get("variable")
        if own == "locator":
            if not item.has_locator or item.locator.identifier in (None, ""):
                label = item.locator.label if item.has_locator and item.locator.label else "page"
                return _INNER[0](self, item, label, False, context, **kwargs)
            if _EMBEDDED_LABEL.match(str(item.locator.identifier)):
                return None  # "vol. 1, fol. 186": the locator brings its own labels
            if plural is None:
                plural = is_plural(item.locator.identifier, _and_term(self, item.locator.identifier))
        elif own == "first-reference-note-number":
            computed = item.get(POSITION_KEY) if hasattr(item, "get") else None
            if computed is None or computed.first_note is None:
                return None
            plural = False if plural is None else plural
        elif own:
            try:
                value = item.reference[own.replace("-", "_")]
            except VariableError:
                value = None
            if value in (None, "", []):
                return _INNER[0](self, item, own, False, context, **kwargs)
            if own.startswith("number-of") and plural is None:  # citeproc-py reads it off the cite
                try:
                    plural = int(str(value).strip()) > 1
                except ValueError:
                    plural = None
            elif plural is None:
                plural = is_plural(value, _and_term(self, value))
    return _INNER[0](self, item, variable, plural, context, **kwargs)


install, uninstall = hooks.wrapping((Label, "process", process, _INNER))
