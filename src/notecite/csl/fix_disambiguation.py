"""Correction: disambiguation of cites (CSL 1.0.2, "Disambiguation"), as citeproc-js does it.

citeproc-py 0.11.1 never disambiguates: two works that render the same cite ("Doe 2015",
"Doe 2015") stay identical, ``year-suffix`` is never set and ``disambiguate="true"`` is
never (with :mod:`fix_conditions`) or always (without it) true. Before citations are
rendered, :func:`disambiguate` does what citeproc-js does:

- with a global ``givenname-disambiguation-rule`` (``all-names``, ``primary-name``, with or
  without ``-with-initials``), every shown name (or every first name) whose family name is
  shared by different persons gets initials, or its full given name when initials do not tell
  the persons apart, in every cite, ambiguous or not;
- every registered item is rendered as citeproc-js compares cites: as a *subsequent* cite
  (``et-al-subsequent-*`` and ``position="subsequent"`` branches apply), near-note, without
  its access date;
- each group of items rendering the same text is taken through the style's methods in the
  specification's order: names (one more name at a time, ``disambiguate-add-names``, and with
  the ``by-cite`` rule, each shown name's initials then full given name), then the
  ``disambiguate="true"`` tests (one more at a time), then year suffixes ("2015a", "2015b", in
  bibliography order; shown after the first year of a cite or entry when the style has no
  ``<text variable="year-suffix">``). An item leaves its group as soon as its text is unique,
  with the steps that told items apart (steps that changed nothing are not kept); the others
  go on together.
"""
from __future__ import annotations

import string
import warnings
from collections import defaultdict
from typing import Any, Sequence

from citeproc import Citation, CitationItem
from citeproc.model import Date_Part, Locale

from . import hooks
from .conditions import DISAMBIGUATE_KEY, TESTS_MET, disambiguate_tests
from .positions import NOTE_KEY, POSITION_KEY, SUBSEQUENT, Position

#: The ``Date_Part.markup`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]

#: Reference key: {names variable: how many names its cites show} (citeproc-js ``names``).
NAMES_KEY = "notecite_add_names"
#: Reference key: {(names variable, index): 1 initials or 2 full given name} for names to show
#: more of (citeproc-js ``givens``); read by :mod:`fix_names`.
GIVENS_KEY = "notecite_given_levels"
SUFFIX_KEY = "year_suffix"
KEYS = (NAMES_KEY, GIVENS_KEY, DISAMBIGUATE_KEY, SUFFIX_KEY)

#: The cites being rendered, innermost last: [reference or None, in a citation, year suffix shown].
_STACK: list[list[Any]] = []
#: While comparing cites: {reference id: [(variable, names shown, names in the record), ...]},
#: filled by :mod:`fix_names` through :func:`names_seen`.
_LOOKING: list[dict[str, list[tuple[str, int, int]]]] = []


def looking() -> bool:
    """Whether the cite being rendered is a comparison render (citeproc-js ``just_looking``)."""
    return bool(_LOOKING)


def names_seen(reference: Any, variable: str, shown: int, total: int) -> None:
    """Record, during a comparison render, how many names of ``variable`` a cite showed."""
    if _LOOKING:
        _LOOKING[-1].setdefault(str(getattr(reference, "key", "")), []).append((variable, shown, total))


def begin(layout: Any, item: Any) -> None:
    """Remember the reference of the cite being rendered."""
    try:
        reference = item.reference
    except Exception:  # sort keys and the like: no cite
        reference = None
    _STACK.append([reference, layout.getparent().tag.endswith("citation"), False])
    TESTS_MET.append(0)


def end(layout: Any, text: Any) -> Any:
    """Forget it."""
    _STACK.pop()
    TESTS_MET.pop()
    return text


CITE = (begin, end)


def skip_accessed(variable: str, element: Any) -> bool:
    """Hooks filter: citeproc-js compares cites without their access date."""
    return bool(_LOOKING) and variable == "accessed"


def implicit_suffix(element: Any) -> str:
    """The year suffix of the cite being rendered, once per cite, when the style (``element``'s)
    prints no ``year-suffix`` of its own; else ""."""
    if not _STACK:
        return ""
    frame = _STACK[-1]
    reference = frame[0]
    if reference is None or frame[2] or SUFFIX_KEY not in reference:
        return ""
    root = element.get_root()
    if isinstance(root, Locale):  # a localized date's parts: the style is the locale's owner
        root = root.style
    if root.get("notecite-explicit-year-suffix") is None:
        explicit = bool(root.xpath('//cs:text[@variable="year-suffix"]', namespaces=element.nsmap))
        root.set("notecite-explicit-year-suffix", "true" if explicit else "false")
    if root.get("notecite-explicit-year-suffix") == "true":
        return ""
    frame[2] = True
    return str(reference[SUFFIX_KEY])


def date_part_markup(self: Any, text: Any) -> Any:
    """``Date_Part.markup`` adding the year suffix after the cite's first year when implicit."""
    out = _INNER[0](self, text)
    if not out or self.get("name") != "year":
        return out
    return out + implicit_suffix(self)


def _option(citation: Any, name: str) -> bool:
    return str(citation.get(name, "false")).lower() == "true"


def compared_render(bibliography: Any, key: str, first_note: int | None) -> str:
    """``key`` cited as citeproc-js compares cites: subsequent, near-note, no locator, with the
    note that first cited it (``first_note``, None for none)."""
    item = CitationItem(key)
    item[POSITION_KEY] = Position(SUBSEQUENT, True, first_note)
    citation = Citation([item])
    citation.bibliography = bibliography
    return str(bibliography.style.root.citation.render(citation, [], lambda i: None))


def _classes(texts: dict[str, str]) -> list[list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for key, text in texts.items():
        groups[text].append(key)
    return list(groups.values())


def _suffix(n: int) -> str:
    letters = string.ascii_lowercase
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = letters[rest] + out
    return out


class _Config:
    """One disambiguation state (citeproc-js AmbigConfig): names shown, given-name levels, tests."""

    def __init__(self, names: dict[str, int] | None = None, givens: dict[tuple[str, int], int] | None = None,
                 level: int = 0) -> None:
        self.names = dict(names or {})
        self.givens = dict(givens or {})
        self.level = level

    def copy(self) -> "_Config":
        return _Config(self.names, self.givens, self.level)


class _Run:
    """Disambiguation of one bibliography's registered items."""

    def __init__(self, bibliography: Any) -> None:
        self.bibliography = bibliography
        self.source = bibliography.source
        citation = bibliography.style.root.citation
        self.add_names = _option(citation, "disambiguate-add-names")
        rule = citation.get("givenname-disambiguation-rule", "by-cite")
        self.by_cite_givens = _option(citation, "disambiguate-add-givenname") and rule == "by-cite"
        self.tests = disambiguate_tests(bibliography.style.root)
        self.suffixes = _option(citation, "disambiguate-add-year-suffix")
        self.order = {key: n for n, key in enumerate(bibliography.keys)}
        self.global_givens: dict[str, dict[tuple[str, int], int]] = {}
        #: With the by-cite rule citeproc-js compares cites with their first-reference-note-number.
        self.first_notes: dict[str, int] = {}
        if rule == "by-cite":
            for item in bibliography.items:
                note = item.get(NOTE_KEY) if hasattr(item, "get") else None
                if note:
                    self.first_notes.setdefault(item.key, note)
        #: The names each item shows when compared (citeproc-js keeps them as the item's
        #: starting state, so a first cite never shows fewer than its subsequent form).
        self.base_names: dict[str, dict[str, int]] = {}
        self.seen: dict[str, list[tuple[str, int, int]]] = {}

    def apply(self, keys: Sequence[str], config: _Config) -> None:
        """Set ``config`` on the references of ``keys`` (global given-name levels kept)."""
        for key in keys:
            reference = self.source[key]
            for name in (NAMES_KEY, GIVENS_KEY, DISAMBIGUATE_KEY):
                reference.pop(name, None)
            names = {**self.base_names.get(key, {}), **config.names}
            if names:
                reference[NAMES_KEY] = names
            givens = dict(self.global_givens.get(key, {}))
            for place, level in config.givens.items():
                givens[place] = max(level, givens.get(place, 0))
            if givens:
                reference[GIVENS_KEY] = givens
            if config.level:
                reference[DISAMBIGUATE_KEY] = config.level

    def texts(self, keys: Sequence[str], config: _Config) -> dict[str, str]:
        """The comparison renders of ``keys`` under ``config``."""
        self.apply(keys, config)
        _LOOKING.append({})
        try:
            texts = {key: compared_render(self.bibliography, key, self.first_notes.get(key)) for key in keys}
            self.seen.update(_LOOKING[-1])
        finally:
            _LOOKING.pop()
        return texts

    def resolve(self, keys: list[str], config: _Config, mode: int) -> None:
        """Tell apart ``keys`` (same text under ``config``) with the methods from ``mode`` on."""
        modes = self.modes()
        if mode >= len(modes):
            self.apply(keys, config)
            return
        getattr(self, modes[mode])(keys, config, mode)

    def modes(self) -> list[str]:
        out = []
        if self.add_names or self.by_cite_givens:
            out.append("names")
        if self.tests:
            out.append("extra_text")
        if self.suffixes:
            out.append("years")
        return out

    def names(self, keys: list[str], config: _Config, mode: int) -> None:
        """Show more names, and (by-cite rule) more of each shown name, one step at a time."""
        first = self.seen.get(keys[0]) or [("", 0, 0)]
        variable, shown, _ = first[0]
        totals = [t for k in keys for v, s, t in (self.seen.get(k) or [("", 0, 0)])[:1] if v == variable]
        most = min(totals) if totals and variable else 0
        start = 0 if shown else -1  # no name shown (et-al-use-first="0"): the first step shows one
        self._names_from(keys, config.copy(), config.copy(), mode, variable, shown, most, start, 0)

    def _names_from(self, keys: list[str], base: _Config, better: _Config, mode: int, variable: str,
                    shown: int, most: int, index: int, level: int) -> None:
        """Go on from name ``index`` at given-name step ``level``; split off items as they part."""
        while True:
            showing = base.names.get(variable, shown)
            if self.by_cite_givens and level < 2 and index < showing:
                level += 1
                place = (variable, index)
                base.givens[place] = max(level, base.givens.get(place, 0))
                step: tuple[Any, ...] = ("given", place, base.givens[place])
            elif index + 1 < (most if self.add_names else showing):
                index, level = index + 1, 0
                if index < showing:
                    continue
                base.names[variable] = index + 1
                step = ("names",)
            else:
                break
            classes = _classes(self.texts(keys, base))
            if len(classes) == 1:
                continue
            better.names = dict(base.names)  # citeproc-js captureStepToBase: the names shown, and
            if step[0] == "given":  # this name's level (not the levels of steps that changed nothing)
                better.givens[step[1]] = step[2]
            for group in classes:
                if len(group) == 1:
                    self.apply(group, better)
                else:
                    self._names_from(group, base.copy(), better.copy(), mode, variable, shown, most, index, level)
            return
        self.resolve(keys, better, mode + 1)

    def extra_text(self, keys: list[str], config: _Config, mode: int) -> None:
        """Turn on the style's ``disambiguate="true"`` tests one more at a time."""
        for level in range(config.level + 1, self.tests + 1):
            trial = config.copy()
            trial.level = level
            texts = self.texts(keys, trial)
            classes = _classes(texts)
            if len(classes) > 1:
                for group in classes:
                    if len(group) == 1:
                        self.apply(group, trial)
                    else:
                        self.extra_text(group, trial, mode)
                return
        self.resolve(keys, config, mode + 1)

    def years(self, keys: list[str], config: _Config, mode: int) -> None:
        """Year suffixes in bibliography order."""
        self.apply(keys, config)
        for n, key in enumerate(sorted(keys, key=lambda k: self.order.get(k, len(self.order)))):
            self.source[key][SUFFIX_KEY] = _suffix(n)

    def global_rule(self, keys: Sequence[str], rule: str) -> None:
        """Given-name levels for names shared by different persons (the non-``by-cite`` rules)."""
        primary = rule.startswith("primary-name")
        initials_only = rule.endswith("with-initials")
        persons: dict[str, set[str]] = defaultdict(set)
        places: list[tuple[str, tuple[str, int], str, str]] = []
        for key in keys:
            reference = self.source[key]
            # every person of every name variable, shown or not (citeproc-js's name registry: a
            # translator the cite never prints still makes "David Armitage" of "Armitage")
            for variable, value in list(reference.items()):
                if not isinstance(value, list):
                    continue
                for index, person in enumerate(value):
                    if primary and index > 0:
                        break
                    if not hasattr(person, "get") or not person.get("family"):
                        continue
                    family = " ".join(str(p) for p in (person.get("non-dropping-particle"), person.get("family")) if p)
                    given = " ".join(str(person.get("given") or "").replace(".", " ").split())
                    persons[family].add(given)
                    places.append((key, (variable, index), family, given))
        for key, place, family, given in places:
            others = persons[family] - {given}
            if not others:
                continue
            initial = _initials(given)
            if all(_initials(o) != initial for o in others):
                level = 1
            elif initials_only:
                continue
            else:
                level = 2
            self.global_givens.setdefault(key, {})[place] = level


def _initials(given: str) -> str:
    return "".join(w[0] for w in given.replace(".", " ").replace("-", " ").split())


def disambiguate(bibliography: Any) -> None:
    """Disambiguate the registered items of ``bibliography`` (a CitationStylesBibliography)."""
    citation = bibliography.style.root.citation
    if citation is None or not _needed(bibliography.style.root, citation):
        return
    keys = [item.key for item in bibliography.items if item.key in bibliography.source]
    for key in keys:
        for name in KEYS:
            bibliography.source[key].pop(name, None)
    run = _Run(bibliography)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rule = citation.get("givenname-disambiguation-rule", "by-cite")
        if _option(citation, "disambiguate-add-givenname") and rule != "by-cite":
            run.global_rule(keys, rule)
        texts = run.texts(keys, _Config())
        for key in keys:
            seen = run.seen.get(key)
            if seen and seen[0][1]:
                run.base_names[key] = {seen[0][0]: seen[0][1]}
        run.apply(keys, _Config())
        for group in _classes(texts):
            if len(group) > 1:
                group.sort(key=lambda k: (min((t for _, _, t in run.seen.get(k, [])[:1]), default=0), k))
                run.resolve(group, _Config(), 0)


def _needed(root: Any, citation: Any) -> bool:
    """Whether the style can disambiguate at all (an option set, or a disambiguate condition)."""
    options = ("disambiguate-add-names", "disambiguate-add-givenname", "disambiguate-add-year-suffix")
    return any(_option(citation, o) for o in options) or disambiguate_tests(root) > 0


def prepare(bibliography: Any) -> None:
    """The correction layer's entry point: :func:`disambiguate` once items are registered and sorted."""
    disambiguate(bibliography)


install, uninstall = hooks.wrapping(
    (Date_Part, "markup", date_part_markup, _INNER),
    filter_=skip_accessed,
    cite=CITE,
)
