"""Correction: a term missing in the asked form falls back to the next form (CSL 1.0.2).

CSL 1.0.2 ("Terms"): a term missing in ``verb-short`` form falls back to ``verb``, then to
the long form; ``symbol`` falls back to ``short``, then long; ``short`` and ``verb`` to long.
citeproc-py 0.11.1 looks only for the asked form, so a label such as ``<label
form="verb-short">`` for ``container-author`` (the locales define only its ``verb`` form,
"by") prints nothing; citeproc-js prints "by Carlo Ginzburg".

The long form may be written out: a style's ``<term name="no date" form="long">date
unknown</term>`` is its long "no date" term for citeproc-js; citeproc-py's ``Locale.get_term``
takes only a term without ``form`` as the long one, so it skips the style's own term and prints
the locale file's ("no date"). A locale that defines a term twice in one form (einaudi's
short "editor": "ed."/"eds.", then "a cura di") means the last: citeproc-js reads the
definitions in turn, each replacing the one before; citeproc-py takes the first.
"""
from __future__ import annotations

from typing import Any

from citeproc.model import CitationStylesElement, Locale

from . import hooks

#: The ``CitationStylesElement.get_term`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]

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
        term = _INNER[0](self, name, candidate, fallback_locale=fallback_locale, zero_padded=zero_padded)
        if term is not None:
            return term
    return None


def locale_get_term(self: Any, name: str, form: Any = None, zero_padded: bool = False) -> Any:
    """``Locale.get_term`` taking a term with ``form="long"`` as a long form, and the last of
    several definitions; IndexError if none."""
    conditions = [f"@name='{name}'", "(not(@form) or @form='long')" if form in (None, "long") else f"@form='{form}'"]
    if zero_padded:
        conditions += ["not(@match='whole-number')", "not(@match='last-two-digits')"]
    try:
        return self.terms.xpath_search(f"./cs:term[{' and '.join(conditions)}]")[-1]
    except AttributeError:  # a locale without <terms>
        raise IndexError(name) from None


install, uninstall = hooks.wrapping(
    (CitationStylesElement, "get_term", get_term, _INNER),
    (Locale, "get_term", locale_get_term, None),
)
