"""Correction: ``<label>`` for a variable that is empty renders nothing.

CSL 1.0.2 ("Label"): the label is rendered only when the variable it belongs to is rendered.
citeproc-py 0.11.1's ``Label.process`` looks up the term without checking the variable, so a
style prints "p. ." or "Edition" for a record without pages or edition, and a locator label
for a cite without a locator; and a label for ``number-of-pages``/``number-of-volumes`` raises
(it reads the number off the cite instead of the record) and disappears. Labels inside
``<names>`` (variable given by the caller) are left as they are.
"""
from __future__ import annotations

from typing import Any

from citeproc.model import Label
from citeproc.source import VariableError

ORIGINAL = Label.process


def process(self: Any, item: Any, variable: Any = None, plural: Any = None, context: Any = None, **kwargs: Any) -> Any:
    """``Label.process`` returning None when its own variable is empty."""
    if variable is None:
        own = self.get("variable")
        if own == "locator":
            if not item.has_locator or item.locator.identifier in (None, ""):
                return None
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
    return ORIGINAL(self, item, variable, plural, context, **kwargs)


def install() -> None:
    """Replace ``Label.process`` (idempotent)."""
    Label.process = process


def uninstall() -> None:
    """Restore citeproc-py's own ``Label.process``."""
    Label.process = ORIGINAL
