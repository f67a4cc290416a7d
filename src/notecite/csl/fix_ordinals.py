"""Correction: ordinal suffixes from the output language, with gender and CSL 1.0.2 matching.

citeproc-py 0.11.1 looks ordinal terms up in every locale when the style has an in-style
``<locale>`` without a language, so French and German styles print the English suffix
("2nd éd." for "2ᵉ éd.", "2nd Aufl." for "2. Aufl."); it also ignores ``gender-form`` and
the ``match`` rules of ``ordinal-00``…``ordinal-99``. This looks ordinals up in the locales of
the output language first (English only as a last resort), matches ``ordinal-10``…``99`` on
the last two digits and ``ordinal-00``…``09`` on the last digit (or as their ``match`` says),
and prefers the grammatical gender of the term being numbered (``edition`` is feminine in
French: "1ʳᵉ éd."); a day takes the gender of the locale's month names, as in citeproc-js
("1ᵉʳ octobre", not "1ʳᵉ octobre"). A style's ``ordinal-02`` ("e") is used only when the
ordinal rules in force have that term: citeproc-js keeps the locale file's rules (French:
"ordinal" "ᵉ", ``ordinal-01`` for 1 alone) unless the style's locale defines the general
"ordinal" term itself, so le-mouvement-social prints "2ᵉ éd." ("2<sup>e</sup>").
"""
from __future__ import annotations

from typing import Any

import citeproc.model

from . import hooks

#: The ``citeproc.model.to_ordinal`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NS = {"cs": "http://purl.org/net/xbiblio/csl"}


def _locales(context: Any) -> tuple[list[Any], list[Any]]:
    root = context.get_root()
    locales = list(getattr(root, "locales", None) or [root])
    main = next((l.get(LANG) for l in locales if l.get(LANG)), "en-US")
    language = main.split("-")[0]
    same = [l for l in locales if (l.get(LANG) or main).split("-")[0] == language]
    return same, [l for l in locales if l not in same]


def _terms(locale: Any, name: str) -> list[Any]:
    terms = locale.find("cs:terms", NS)
    return [] if terms is None else terms.xpath(f"./cs:term[@name='{name}' and not(@form)]", namespaces=NS)


def _gender(context: Any, locales: list[Any]) -> str | None:
    variable = context.get("variable") or ""
    if context.tag.endswith(("date-part", "}date")):  # a day: the gender of the month names
        for locale in locales:
            for month in range(1, 13):
                for term in _terms(locale, f"month-{month:02d}"):
                    if term.get("gender"):
                        return term.get("gender")
        return None
    for locale in locales:
        for term in _terms(locale, variable):
            if term.get("gender"):
                return term.get("gender")
    return None


def _pick(terms: list[Any], gender: str | None) -> Any:
    """The term of ``gender``, else the one without a gender form; for a gendered number never a
    term of the other gender (citeproc-js falls back to the general "ordinal" term then)."""
    for wanted in (gender, None):
        for term in terms:
            if term.get("gender-form") == wanted:
                return term
    return terms[0] if terms and gender is None else None


def _lookup(locale: Any, number: int, gender: str | None) -> Any:
    """The ordinal term of ``locale`` that fits ``number`` (an ``ordinal-NN`` or the general one)."""
    candidates = []
    if number % 100 >= 10:
        candidates.append((f"ordinal-{number % 100:02d}", "last-two-digits"))
    candidates.append((f"ordinal-{number % 10:02d}", "last-digit"))
    for name, default in candidates:
        value = int(name[-2:])
        fitting = []
        for term in _terms(locale, name):
            match = term.get("match", default)
            if (match == "whole-number" and number == value) or (match == "last-two-digits" and number % 100 == value) \
                    or (match == "last-digit" and number % 10 == value):
                fitting.append(term)
        chosen = _pick(fitting, gender)
        if chosen is not None:
            return chosen
    return _pick(_terms(locale, "ordinal"), gender)


def _suffix(group: list[Any], number: int, gender: str | None) -> str | None:
    """The suffix from the locales of one language, in precedence order: the first that defines
    the general "ordinal" term decides which term fits (citeproc-js keeps the locale file's
    ordinal rules unless the style's own locale defines "ordinal"); the text of that term is the
    first definition of it, in the same gender form."""
    logic = next((locale for locale in group if _terms(locale, "ordinal")), None)
    if logic is None:
        for locale in group:
            term = _lookup(locale, number, gender)
            if term is not None:
                return term.text or ""
        return None
    term = _lookup(logic, number, gender)
    if term is None:
        return None
    for locale in group[:group.index(logic)]:
        for override in _terms(locale, term.get("name")):
            if override.get("gender-form") == term.get("gender-form"):
                return override.text or ""
    return term.text or ""


def to_ordinal(number: Any, context: Any) -> str:
    """``number`` with its ordinal suffix in the output language."""
    try:
        value = int(number)
    except (TypeError, ValueError):
        return _INNER[0](number, context)
    same, others = _locales(context)
    gender = _gender(context, same + others)
    for group in (same, others):
        suffix = _suffix(group, value, gender)
        if suffix is not None:
            return str(value) + str(context.preformat(suffix))
    return str(value)


install, uninstall = hooks.wrapping((citeproc.model, "to_ordinal", to_ordinal, _INNER))
