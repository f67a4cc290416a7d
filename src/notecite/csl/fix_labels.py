"""Correction: ``<label>`` for a variable that is empty renders nothing.

CSL 1.0.2 ("Label"): the label is rendered only when the variable it belongs to is rendered.
citeproc-py 0.11.1's ``Label.process`` looks up the term without checking the variable, so a
style prints "p. ." or "Edition" for a record without pages or edition, and a locator label
for a cite without a locator; and a label for ``number-of-pages``/``number-of-volumes`` raises
(it reads the number off the cite instead of the record) and disappears. Labels inside
``<names>`` (variable given by the caller) are left as they are.

Plural: citeproc-py counts a value as several numbers only when it finds two runs of digits, so
roman and lettered ranges take the singular ("p. xi–xxvi", "p. S12–S31"); citeproc-js reads any
two numeric tokens (digits with letters around them, or roman numerals) joined by a range or
list separator as plural ("pp. xi–xxvi", "ss 514a–517a"). The label of
``first-reference-note-number`` (OSCOLA's "(n 1)") is dropped by citeproc-py, which looks the
variable up in the record; it is rendered when the cite has a first-reference note number.
"""
from __future__ import annotations

import re
from typing import Any

from citeproc.model import Label
from citeproc.source import VariableError

from .positions import POSITION_KEY

ORIGINAL = Label.process

_TOKEN = r"(?:[A-Za-z]*\d+[A-Za-z]*|[ivxlcdm]+|[IVXLCDM]+)"
_MULTIPLE = re.compile(rf"(?<![\w.]){_TOKEN}\s*(?:[-\u2013\u2011,&]|\band\b)\s*{_TOKEN}(?![\w.])")


def is_plural(value: Any) -> bool:
    """Whether ``value`` holds several numbers, as citeproc-js reads it ("xi-xxvi", "1, 3", "S12-S31")."""
    return _MULTIPLE.search(str(value)) is not None


def process(self: Any, item: Any, variable: Any = None, plural: Any = None, context: Any = None, **kwargs: Any) -> Any:
    """``Label.process`` returning None when its own variable is empty."""
    if variable is None:
        own = self.get("variable")
        if own == "locator":
            if not item.has_locator or item.locator.identifier in (None, ""):
                return None
            if plural is None:
                plural = is_plural(item.locator.identifier)
        elif own == "first-reference-note-number":
            computed = item.get(POSITION_KEY) if hasattr(item, "get") else None
            if computed is None or computed.first_note is None:
                return None
            plural = False if plural is None else plural
        elif own:
            try:
                value = item.reference[own.replace("-", "_")]
            except VariableError:
                return None
            if value in (None, "", []):
                return None
            if own.startswith("number-of") and plural is None:  # citeproc-py reads it off the cite
                try:
                    plural = int(str(value).strip()) > 1
                except ValueError:
                    plural = None
            elif plural is None:
                plural = is_plural(value)
    return ORIGINAL(self, item, variable, plural, context, **kwargs)


def install() -> None:
    """Replace ``Label.process`` (idempotent)."""
    Label.process = process


def uninstall() -> None:
    """Restore citeproc-py's own ``Label.process``."""
    Label.process = ORIGINAL
