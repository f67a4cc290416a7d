"""Evaluating ``<if>``/``<else-if>`` conditions without rendering the branch.

:func:`evaluate` answers a branch's test with citeproc-py's own per-condition methods (a list
of types is one test that any of them passes, as in citeproc-js), plus
``disambiguate`` (true only for a reference notecite marked as needing disambiguation);
:func:`matching_branch` returns the branch of a ``<choose>`` that would render.
"""
from __future__ import annotations

import re
from typing import Any

from citeproc.model import Else
from citeproc.source import VariableError

#: Key under which a reference carries how many ``disambiguate="true"`` tests hold for its
#: cites: the first ``level`` of them met while rendering a cite (citeproc-js turns them on
#: one at a time, so a second test adds its text only when the first did not tell items apart).
DISAMBIGUATE_KEY = "notecite_disambiguate"
#: How many ``disambiguate`` tests each cite being rendered has met, innermost last (pushed and
#: popped around each cite by :mod:`fix_disambiguation`).
TESTS_MET: list[int] = []


def disambiguate_tests(root: Any) -> int:
    """How many ``disambiguate="true"`` tests the style holds."""
    return len(root.xpath('//cs:if[@disambiguate="true"] | //cs:else-if[@disambiguate="true"]',
                          namespaces={"cs": "http://purl.org/net/xbiblio/csl"}))

_TESTS = (
    ("type", "_type"),
    ("variable", "_variable"),
    ("is-uncertain-date", "_is_uncertain_date"),
    ("locator", "_locator"),
)


_NUMBER = r"[A-Za-z]*\d+[A-Za-z]*"
_NUMERIC = re.compile(rf"^\s*{_NUMBER}(?:\s*(?:[-\u2013,&]|\band\b)\s*{_NUMBER})*\s*$")


def is_numeric(value: Any) -> bool:
    """CSL's ``is-numeric``: numbers, with letters before or after ("2b", "L2", "2nd"), alone
    or joined by "-", ",", "&" or "and" ("2-4", "1, 3")."""
    return value is not None and _NUMERIC.match(str(value)) is not None


def numeric_tests(branch: Any, item: Any) -> list[bool]:
    """``is-numeric`` for each variable it names; the locator is read off the cite."""
    results = []
    for variable in branch.get("is-numeric").split():
        if variable == "locator":
            value = item.locator.identifier if getattr(item, "has_locator", False) else None
        else:
            try:
                value = item.reference[variable.replace("-", "_")]
            except (VariableError, KeyError):
                value = None
        results.append(is_numeric(value))
    return results


def evaluate(branch: Any, item: Any, context: Any) -> bool:
    """Whether the condition of ``branch`` (an If/Else-If element) holds for ``item``."""
    results: list[bool] = []
    attributes = set(branch.keys())  # once: each ``branch.attrib`` builds a new view
    for attribute, method in _TESTS:
        if attribute in attributes:
            found = [bool(r) for r in getattr(branch, method)(item)]
            # citeproc-js tests a list of types as one condition, true for any of them, whatever
            # ``match`` says (``type="book chapter"`` holds for a chapter under match="all")
            results += [any(found)] if attribute == "type" else found
    if "is-numeric" in attributes:
        results += numeric_tests(branch, item)
    if "position" in attributes:
        results += [bool(r) for r in branch._position(item, context)]
    if "disambiguate" in attributes:
        wanted = branch.get("disambiguate").lower() == "true"
        try:
            level = int(item.reference.get(DISAMBIGUATE_KEY, 0) or 0)
        except Exception:  # no reference behind this item
            level = 0
        rank = 1
        if TESTS_MET:
            TESTS_MET[-1] += 1
            rank = TESTS_MET[-1]
        flagged = level > 0 and (not wanted or rank <= level)
        results.append(flagged == wanted)
    match = branch.get("match", "all")
    if match == "any":
        return any(results)
    if match == "none":
        return not any(results)
    return all(results)


def matching_branch(choose: Any, item: Any, context: Any) -> Any:
    """The first branch of ``choose`` whose condition holds (an Else always does), or None."""
    for branch in choose.getchildren():
        if isinstance(branch, Else) or evaluate(branch, item, context):
            return branch
    return None
