"""Correction: disambiguation of cites (CSL 1.0.2, "Disambiguation").

citeproc-py 0.11.1 never disambiguates: two works that render the same cite ("Doe 2015",
"Doe 2015") stay identical, ``year-suffix`` is never set and ``disambiguate="true"`` is
never (with :mod:`fix_conditions`) or always (without it) true. Before citations are
rendered, :func:`disambiguate` renders every registered item as a first cite, finds the
groups of different items with the same text and tries, in the specification's order and
as the style allows: showing more names (``disambiguate-add-names``), adding given names
or initials (``disambiguate-add-givenname``), ``disambiguate="true"`` branches, then year
suffixes ("2015a", "2015b", in bibliography order; shown after the first year of a cite or
entry when the style has no ``<text variable="year-suffix">``). Each step is kept only for
the cites it still helps.
"""
from __future__ import annotations

import string
import warnings
from collections import defaultdict
from typing import Any, Sequence

from citeproc import Citation, CitationItem
from citeproc.model import Date_Part, Locale, Name

from . import hooks
from .conditions import DISAMBIGUATE_KEY

ORIGINAL_GET_OPTION = Name.get_option
ORIGINAL_DATE_PART_MARKUP = Date_Part.markup

NAMES_KEY = "notecite_add_names"
GIVEN_KEY = "notecite_add_givenname"
#: Reference key: {family name: 1 (initials) or 2 (full given name)} for persons to show more of.
PERSONS_KEY = "notecite_given_levels"
SUFFIX_KEY = "year_suffix"
CSL_NS = "{http://purl.org/net/xbiblio/csl}"

#: The cites being rendered, innermost last: [reference or None, in a citation, year suffix shown].
_STACK: list[list[Any]] = []


def begin(layout: Any, item: Any) -> None:
    """Remember the reference of the cite being rendered."""
    try:
        reference = item.reference
    except Exception:  # sort keys and the like: no cite
        reference = None
    _STACK.append([reference, layout.getparent().tag.endswith("citation"), False])


def end(layout: Any, text: Any) -> Any:
    """Forget it."""
    _STACK.pop()
    return text


CITE = (begin, end)


def get_option(self: Any, name: str, context: Any = None, sort_options: Any = None) -> Any:
    """``Name.get_option`` widened for a cite that needs more names or given names."""
    value = ORIGINAL_GET_OPTION(self, name, context, sort_options)
    if not _STACK or sort_options is not None:
        return value
    reference, in_citation, _ = _STACK[-1]
    if reference is None or not in_citation:
        return value
    extra_names = reference.get(NAMES_KEY, 0)
    given = 0  # given names are widened per person, in fix_names (see PERSONS_KEY)
    if extra_names and name == "et-al-use-first":
        return value + extra_names
    if extra_names and name == "et-al-min":
        use_first = ORIGINAL_GET_OPTION(self, "et-al-use-first", context, sort_options) + extra_names
        longest = max((len(v) for v in reference.values() if isinstance(v, list)), default=0)
        return value if use_first < longest else 10 ** 6
    if given and name == "form" and value == "short":
        return "long"
    if given >= 2 and name == "initialize-with":
        return None
    if given and name == "name-as-sort-order":
        return value
    return value


def date_part_markup(self: Any, text: Any) -> Any:
    """``Date_Part.markup`` adding the year suffix after the cite's first year when implicit."""
    out = ORIGINAL_DATE_PART_MARKUP(self, text)
    if not out or self.get("name") != "year" or not _STACK:
        return out
    frame = _STACK[-1]
    reference = frame[0]
    if reference is None or frame[2] or SUFFIX_KEY not in reference:
        return out
    root = self.get_root()
    if isinstance(root, Locale):  # a localized date's parts: the style is the locale's owner
        root = root.style
    if root.get("notecite-explicit-year-suffix") is None:
        explicit = bool(root.xpath('//cs:text[@variable="year-suffix"]', namespaces=self.nsmap))
        root.set("notecite-explicit-year-suffix", "true" if explicit else "false")
    if root.get("notecite-explicit-year-suffix") == "true":
        return out
    frame[2] = True
    return out + str(reference[SUFFIX_KEY])


def _option(citation: Any, name: str) -> bool:
    return str(citation.get(name, "false")).lower() == "true"


def _render(bibliography: Any, key: str) -> str:
    item = CitationItem(key)
    citation = Citation([item])
    citation.bibliography = bibliography
    return str(bibliography.style.root.citation.render(citation, [], lambda i: None))


def _texts(bibliography: Any, keys: Sequence[str]) -> dict[str, str]:
    return {key: _render(bibliography, key) for key in keys}


def _ambiguous(texts: dict[str, str]) -> list[list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for key, text in texts.items():
        groups[text].append(key)
    return [keys for keys in groups.values() if len(keys) > 1]


def _count_ambiguous(bibliography: Any, keys: Sequence[str]) -> int:
    return sum(len(g) for g in _ambiguous(_texts(bibliography, keys)))


def _try(bibliography: Any, keys: list[str], field: str, values: Sequence[int]) -> None:
    """Set ``field`` on the references of ``keys`` to the first value that disambiguates most."""
    source = bibliography.source
    best, best_count = 0, _count_ambiguous(bibliography, keys)
    for value in values:
        for key in keys:
            source[key][field] = value
        count = _count_ambiguous(bibliography, keys)
        if count < best_count:
            best, best_count = value, count
        if count == 0:
            break
    for key in keys:
        if best:
            source[key][field] = best
        else:
            source[key].pop(field, None)


def _suffix(n: int) -> str:
    letters = string.ascii_lowercase
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = letters[rest] + out
    return out


def disambiguate(bibliography: Any) -> None:
    """Disambiguate the registered items of ``bibliography`` (a CitationStylesBibliography)."""
    citation = bibliography.style.root.citation
    if citation is None or not _needed(bibliography.style.root, citation):
        return
    keys = [item.key for item in bibliography.items if item.key in bibliography.source]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        groups = _ambiguous(_texts(bibliography, keys))
        if not groups:
            return
        order = {key: n for n, key in enumerate(bibliography.keys)}
        rule = citation.get("givenname-disambiguation-rule", "by-cite")
        initials_only = rule.endswith("with-initials")
        can_initialize = _initializes(bibliography.style.root)
        suffixes = _option(citation, "disambiguate-add-year-suffix")
        for group in groups:
            source = bibliography.source
            if _option(citation, "disambiguate-add-givenname"):
                levels = _person_levels([source[k] for k in group], initials_only, can_initialize)
                for key in group:
                    if levels:
                        source[key][PERSONS_KEY] = levels
            if _option(citation, "disambiguate-add-names"):
                most = max(max((len(v) for v in source[k].values() if isinstance(v, list)), default=1) for k in group)
                _try(bibliography, group, NAMES_KEY, range(1, max(most, 1) + 1))
            remaining = _ambiguous(_texts(bibliography, group))
            if remaining and suffixes:  # names made no progress: the year suffix will, from the base form
                for sub in [r for r in remaining if set(r) == set(group)]:
                    for key in sub:
                        source[key].pop(NAMES_KEY, None)
                        source[key].pop(PERSONS_KEY, None)
                remaining = _ambiguous(_texts(bibliography, group))
            for sub in remaining:
                _try(bibliography, sub, DISAMBIGUATE_KEY, (1,))
            remaining = _ambiguous(_texts(bibliography, group))
            if suffixes:
                for sub in remaining:
                    for n, key in enumerate(sorted(sub, key=order.get)):
                        source[key][SUFFIX_KEY] = _suffix(n)


def _needed(root: Any, citation: Any) -> bool:
    """Whether the style can disambiguate at all (an option set, or a disambiguate condition)."""
    options = ("disambiguate-add-names", "disambiguate-add-givenname", "disambiguate-add-year-suffix")
    return any(_option(citation, o) for o in options) or bool(
        root.xpath("//cs:if[@disambiguate] | //cs:else-if[@disambiguate]",
                   namespaces={"cs": "http://purl.org/net/xbiblio/csl"}))


def _initializes(root: Any) -> bool:
    return bool(root.xpath("//cs:citation//cs:name[@initialize-with] | //cs:citation[@initialize-with]",
                           namespaces={"cs": "http://purl.org/net/xbiblio/csl"})) or root.get("initialize-with") is not None


def _person_levels(references: list[Any], initials_only: bool, can_initialize: bool) -> dict[str, int]:
    """Family names shared by different persons, with how much given name tells them apart."""
    givens: dict[str, set[str]] = defaultdict(set)
    for reference in references:
        for value in reference.values():
            if isinstance(value, list):
                for person in value:
                    if hasattr(person, "get") and person.get("family") and person.get("given"):
                        givens[str(person.get("family"))].add(str(person.get("given")))
    levels = {}
    for family, names in givens.items():
        if len(names) < 2:
            continue
        initials = {"".join(w[0] for w in g.replace(".", " ").split()) for g in names}
        if len(initials) == len(names) and can_initialize:
            levels[family] = 1
        elif not initials_only:
            levels[family] = 2
    return levels


def prepare(bibliography: Any) -> None:
    """The correction layer's entry point: :func:`disambiguate` once items are registered and sorted."""
    disambiguate(bibliography)


def install() -> None:
    """Install the per-cite name options and implicit year suffix (idempotent)."""
    Name.get_option = get_option
    Date_Part.markup = date_part_markup
    hooks.add(cite=CITE)


def uninstall() -> None:
    """Restore citeproc-py's own methods."""
    Name.get_option = ORIGINAL_GET_OPTION
    Date_Part.markup = ORIGINAL_DATE_PART_MARKUP
    hooks.remove(cite=CITE)
