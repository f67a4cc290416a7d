"""Correction: a localized date (``<date form="text|numeric">``) uses its locale's delimiter.

CSL 1.0.2 ("Localized Date Formats"): the date parts of a localized date are joined as the
locale's ``<date>`` element says (``delimiter=" "`` in most "text" forms). citeproc-py 0.11.1
joins them with the calling ``<date>`` element's delimiter instead (usually none), printing
"2023Jan15" for "2023 Jan 15". This joins with the locale date's delimiter when it has one.

Date ranges (CSL 1.0.2, "Date Ranges"): citeproc-py always prints the shared parts after the
range and joins them with the style date's delimiter, which a localized date lacks, so a range
within one year raised TypeError (APA: the whole bibliography fails) or ran together ("2–4January
1999"), and it kept each part's suffix inside the range ("January 2,–4, 1999"); it also ignores
``range-delimiter``. Here the parts that differ (from the largest differing one down) are
rendered once for each end, joined by the ``range-delimiter`` of that largest part (else an en
dash) with the first end's closing suffix and the second end's opening prefix dropped, and the shared parts are kept in their place
in the date's order: "January 2–4, 1999", "2 January–4 March 1999", "1999 January 2–4".
The second end passes through ``END_WRAPPERS`` (:mod:`fix_date_range_end` puts it in the
style's last-built date, as citeproc-js does).
"""
from __future__ import annotations

from typing import Any, Callable

from citeproc.model import Date
from citeproc.source import VariableError

from . import hooks
from .fix_affix_escape import CLOSE as PAIR_CLOSE
from .fix_affix_escape import OPEN as PAIR_OPEN

#: The ``Date.render_single_date`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_DATE_RENDER_SINGLE_DATE: list[Any] = [None]
#: The ``Date.render_date_range`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_DATE_RENDER_DATE_RANGE: list[Any] = [None]
_RANK = {"year": 0, "month": 1, "day": 2}
#: ``wrapper(date, context, parts) -> parts``: applied to the second end of every range, in
#: order, as the list of its rendered parts (None for an open range, which has none); the parts
#: left are joined as the date joins its parts.
END_WRAPPERS: list[Callable[[Any, Any, Any], Any]] = []


def _wrapped_end(self: Any, context: Any, parts: Any) -> Any:
    for wrapper in END_WRAPPERS:
        parts = wrapper(self, context, parts)
    return parts


def render_single_date(self: Any, date: Any, show_parts: Any = None, context: Any = None) -> Any:
    """``Date.render_single_date`` joining a localized date with the locale's delimiter."""
    if context is None or context is self or self.get("delimiter") is None or not self.is_locale_date():
        return _DATE_RENDER_SINGLE_DATE[0](self, date, show_parts, context)
    parts = self.parts(date, show_parts, context)
    return self.join(parts) if parts else None


def _part(date: Any, name: str) -> Any:
    """``name`` of ``date`` (a season stands for the month), None when it has none."""
    try:
        value = date.get(name) if hasattr(date, "get") else getattr(date, name)
        if value is None and name == "month":
            season = date.get("season") if hasattr(date, "get") else None
            return None if season is None else ("season", season)
        return value
    except (VariableError, AttributeError, KeyError):
        return None


def _as_rendered(affix: str, paired_at_start: bool) -> list[str]:
    """The ways ``affix`` can stand in a rendered part: as written, or with its parenthesis
    marked as one of a pair (:mod:`fix_affix_escape`: a suffix starting with ")", a prefix
    ending with "(")."""
    if not affix:
        return []
    forms = [affix]
    if paired_at_start and affix.startswith(")"):
        forms.insert(0, PAIR_CLOSE + affix[1:])
    elif not paired_at_start and affix.endswith("("):
        forms.insert(0, affix[:-1] + PAIR_OPEN)
    return forms


def _joiner(self: Any, context: Any) -> Any:
    """The element whose delimiter joins the parts of a date (as :func:`render_single_date` joins)."""
    if self.is_locale_date():
        return self if context is None or context is self or self.get("delimiter") is not None else context
    return self


def render_date_range(self: Any, date_range: Any, show_parts: Any = None, context: Any = None) -> Any:
    """``Date.render_date_range`` with the shared parts in place and the part's range delimiter."""
    begin, end = date_range.begin, date_range.end
    shown = list(show_parts or ("year", "month", "day"))
    is_open = end.is_nil()
    if is_open:  # only the year has an end (0): the range is collapsed there, with nothing after
        largest = "year" if "year" in shown else None
    else:
        largest = next((p for p in ("year", "month", "day") if p in shown and _part(begin, p) != _part(end, p)), None)
    if largest is None:
        if is_open:
            _wrapped_end(self, context, None)
        return self.render_single_date(begin, shown, context)
    elements = {child.get("name"): child for child in self.iterchildren() if child.get("name") in shown}
    order = [name for name in elements if _part(begin, name) is not None or _part(end, name) is not None]
    differing = [name for name in order if (name == "year" if is_open else _RANK.get(name, 0) >= _RANK[largest])]
    if not differing:
        return self.render_single_date(begin, shown, context)
    first = self.render_single_date(begin, differing, context)
    ends = [] if is_open else [str(t) for t in (self.render_single_date(end, [n], context) for n in differing) if t]
    if not first or (not ends and not is_open):
        return _DATE_RENDER_DATE_RANGE[0](self, date_range, shown, context)
    closing = elements[differing[-1]].get("suffix") or ""
    opening = elements[differing[0]].get("prefix") or ""
    first = str(first)
    for affix in _as_rendered(closing, paired_at_start=True):
        if first.endswith(affix):
            first = first[: -len(affix)]
            break
    for affix in _as_rendered(opening, paired_at_start=False) if ends else ():
        if ends[0].startswith(affix):
            ends[0] = ends[0][len(affix):]
            break
    last = str(_joiner(self, context).join(_wrapped_end(self, context, None if is_open else ends) or []))
    delimiter = None
    for owner in (context, self):
        found = owner.xpath_search(f'./cs:date-part[@name="{largest}"]') if owner is not None else []
        if found and found[0].get("range-delimiter"):  # an empty one is no delimiter (en dash)
            delimiter = found[0].get("range-delimiter")
            break
    block = first.rstrip() + (delimiter if delimiter is not None else "\u2013") + str(last)
    segments: list[Any] = []
    for name in order:
        if name == differing[0]:
            segments.append(block)
        elif name not in differing:
            text = self.render_single_date(begin, [name], context)
            if text:
                segments.append(text)
    return _joiner(self, context).join(segments)


install, uninstall = hooks.wrapping(
    (Date, "render_single_date", render_single_date, _DATE_RENDER_SINGLE_DATE),
    (Date, "render_date_range", render_date_range, _DATE_RENDER_DATE_RANGE),
)
