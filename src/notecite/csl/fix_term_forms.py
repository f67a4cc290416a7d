"""Correction: a term missing in the asked form falls back to the next form (CSL 1.0.2).

CSL 1.0.2 ("Terms"): a term missing in ``verb-short`` form falls back to ``verb``, then to
the long form; ``symbol`` falls back to ``short``, then long; ``short`` and ``verb`` to long.
citeproc-py 0.11.1 looks only for the asked form, so a label such as ``<label
form="verb-short">`` for ``container-author`` (the locales define only its ``verb`` form,
"by") prints nothing; citeproc-js prints "by Carlo Ginzburg".
"""
from __future__ import annotations

from typing import Any

from citeproc.model import CitationStylesElement

ORIGINAL = CitationStylesElement.get_term

#: The forms to try, in order, for each asked form (None is the long form).
FALLBACK: dict[Any, tuple[Any, ...]] = {
    None: (None,),
    "long": (None,),
    "verb-short": ("verb-short", "verb", None),
    "verb": ("verb", None),
    "symbol": ("symbol", "short", None),
    "short": ("short", None),
}


def get_term(self: Any, name: str, form: Any = None, fallback_locale: bool = True, zero_padded: bool = False) -> Any:
    """``get_term`` trying the CSL fallback forms in turn."""
    for candidate in FALLBACK.get(form, (form,)):
        term = ORIGINAL(self, name, candidate, fallback_locale=fallback_locale, zero_padded=zero_padded)
        if term is not None:
            return term
    return None


def install() -> None:
    """Replace ``CitationStylesElement.get_term`` (idempotent)."""
    CitationStylesElement.get_term = get_term


def uninstall() -> None:
    """Restore citeproc-py's own ``get_term``."""
    CitationStylesElement.get_term = ORIGINAL
