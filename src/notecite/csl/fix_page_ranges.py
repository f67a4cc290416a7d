"""Correction: page ranges under ``page-range-format`` (CSL 1.0.2, Appendix V).

citeproc-py 0.11.1 shortens the last page without first expanding an abbreviated one
("100-4" stays "100–4" under ``expanded``/``chicago``), counts common leading characters
without aligning the two ends (``5-36`` became ``5–6`` and ``10-100`` ``10–0``: wrong page
numbers), lacks chicago's four-digit rule (1496–1504) and its 16th-edition variant, and
rewrites ranges whose ends carry different prefixes ("N110-P5"). This formats a range of two
numbers (with an equal optional prefix) by: expanding the last number, then keeping it whole
(``expanded``), dropping the digits it shares with the first (``minimal``), keeping at least
two (``minimal-two``), or following ``chicago``/``chicago-15``/``chicago-16``; ranges whose
ends have different prefixes are left exactly as written. A prefix that both ends share is
written once in every format but ``expanded`` ("S12-S31" → "S12–31"), as citeproc-js writes it.

Other number variables (issue, volume, number, ...): citeproc-py joins a range such as issue
"5-6" with an en dash in ``<number>`` and leaves it as written in ``<text>``; citeproc-js joins
both with the ``page-range-delimiter`` term (the style's or the locale's, else an en dash):
"5–6", "5-6" where a style sets "-", "5‑6" in French. ``prepare`` rewrites those values once
the style is known, and ``<number>`` uses the same delimiter.

Hyphens that do not join two numbers: citeproc-py turns every hyphen of a page or locator into
the range delimiter ("Michaelson–Morely") and keeps the backslash of an escaped hyphen
("3\\–B"). citeproc-js joins with the delimiter only two numeric ends (digits with letters
around them, or roman numerals) and prints an escaped hyphen ``\\-`` as a plain "-"
("Michaelson-Morely", "3-B", "327-30", each a single page for its label). Numbers joined by "&"
take the locale's symbol "and" term (:func:`ampersand_of`).
"""
from __future__ import annotations

import re
from typing import Any

from citeproc.model import FormatNumber
from citeproc.string import MixedString, String, join

from . import hooks

#: The ``FormatNumber._process`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]

_END = re.compile(r"^(.*?)(\d+)$")
FORMATS = frozenset({"expanded", "minimal", "minimal-two", "chicago", "chicago-15", "chicago-16"})

#: Number variables (other than page and locator) whose ranges citeproc-js joins with the
#: page-range delimiter.
NUMBER_VARIABLES = ("chapter-number", "collection-number", "edition", "issue", "number", "number-of-pages",
                    "number-of-volumes", "part-number", "printing-number", "section", "supplement-number",
                    "version", "volume")
_NUMBER_RANGE = re.compile(r"^\s*([A-Za-z]?\d+[A-Za-z]?)\s*[-\u2013]\s*([A-Za-z]?\d+[A-Za-z]?)\s*$")


def ampersand_of(element: Any) -> str:
    """" & " between two numbers, with the locale's symbol "and" term when it defines its own
    (citeproc-js prints "213 AMPERSAND 235" where a style sets that term)."""
    return f" {own_and_symbol(element) or element.unicode_character('AMPERSAND')} "


def own_and_symbol(element: Any) -> str | None:
    """The locale's symbol "and" term (escaped for the output format) when it is neither "&" nor
    the "and" term (else None)."""
    symbol = element.get_single_term(name="and", form="symbol")
    if symbol is None or str(symbol) in (str(element.preformat("&")), str(element.get_single_term(name="and"))):
        return None
    return str(symbol)


def delimiter_of(element: Any) -> Any:
    """The ``page-range-delimiter`` term in force for ``element`` (style, then locale), or an en dash."""
    return element.get_single_term(name="page-range-delimiter") or element.unicode_character("EN DASH")


_NUMERIC = r"(?:[^\W\d_]*\d[\w]*|[ivxlcdm]+|[IVXLCDM]+)"
_NUMERIC_RANGE = re.compile(rf"(?<![\w\\])({_NUMERIC})\s*(?<!\\)[-\u2013]\s*({_NUMERIC})(?!\w)")
_ANY_HYPHEN = re.compile(r"(?<!\\)[-\u2013]")


def as_written(text: str) -> bool:
    """Whether ``text`` has an escaped hyphen or a hyphen that does not join two numbers."""
    return "\\-" in text or len(_ANY_HYPHEN.findall(text)) > len(_NUMERIC_RANGE.findall(text))


def join_numeric_ranges(text: str, delimiter: str) -> str:
    """``text`` with each range of two numbers joined by ``delimiter``, other hyphens as written
    and escaped hyphens (``\\-``) as plain ones."""
    return _NUMERIC_RANGE.sub(lambda m: m.group(1) + delimiter + m.group(2), text).replace("\\-", "-")


def join_range(text: str, delimiter: str) -> str | None:
    """``text`` ("5-6", "12 – 13") as a range joined by ``delimiter``; None if it is not one."""
    match = _NUMBER_RANGE.match(text)
    return f"{match.group(1)}{delimiter}{match.group(2)}" if match else None


def _changed_from(first: str, last: str) -> int:
    """Index of the first digit where equally long ``first`` and ``last`` differ."""
    for i, (a, b) in enumerate(zip(first, last)):
        if a != b:
            return i
    return len(last)


def shorten(first: str, last: str, form: str) -> tuple[str, bool]:
    """The last page of ``first``–``last`` (digits) in ``form``, and whether it is shortened."""
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    if len(last) != len(first) or form == "expanded" or int(last) < int(first):
        return last, False
    common = _changed_from(first, last)
    if form in ("chicago", "chicago-15", "chicago-16"):
        number = int(first)
        if number < 100 or number % 100 == 0:
            return last, False
        if form != "chicago-16" and len(first) == 4 and len(first) - common >= 3:
            return last, False
        form = "minimal" if number % 100 < 10 else "minimal-two"
    keep = common if form == "minimal" else min(common, len(last) - 2)
    keep = max(keep, 0)
    return last[keep:], keep > 0


def format_range(text: str, form: str, delimiter: Any) -> Any:
    """One page or range ``text`` in ``form`` (None: not a range notecite should touch)."""
    ends = [p.strip() for p in text.replace("\u2013", "-").split("-")]
    if len(ends) != 2 or not all(ends):
        return None
    a, b = _END.match(ends[0]), _END.match(ends[1])
    if not a or not b:
        return None if (a or b) else join((ends[0], ends[1]), delimiter)
    if b.group(1) and b.group(1) != a.group(1) or (a.group(1) and not b.group(1)):
        return f"{ends[0]}-{ends[1]}"  # different prefixes: as written
    last, short = shorten(a.group(2), b.group(2), form)
    return join((ends[0], last if short or form != "expanded" else b.group(1) + last), delimiter)


def _process(self: Any, value: Any, variable: str) -> Any:
    """``FormatNumber._process`` applying the page-range format to ``page`` and the page-range
    delimiter to the ranges of other number variables."""
    if "-" in str(value) and as_written(str(value)) or "&" in str(value) and own_and_symbol(self):
        return _pieces_as_written(self, str(value), variable)
    form = self.get_root().get_option("page-range-format") if variable == "page" else None
    if form not in FORMATS:
        if variable.startswith("page") or "-" not in str(value):
            return _INNER[0](self, value, variable)
        delimiter = delimiter_of(self)
        out = []
        for comma_piece in str(value).split(","):
            parts = []
            for piece in comma_piece.split("&"):
                ranged = join_range(piece, "\x00")
                if ranged is None:
                    parts.append(_INNER[0](self, piece.strip(), variable))
                else:
                    first, last = ranged.split("\x00")
                    parts.append(join((self.format_number(first), self.format_number(last)), delimiter))
            out.append(join(parts, ampersand_of(self)))
        return join(out, ", ")
    delimiter = delimiter_of(self)
    ampersand = ampersand_of(self)
    out = []
    for comma_piece in str(value).split(","):
        parts = []
        for piece in comma_piece.split("&"):
            piece = piece.strip()
            formatted = format_range(piece, form, delimiter) if "-" in piece or "\u2013" in piece else None
            parts.append(formatted if formatted is not None else _INNER[0](self, piece, variable))
        out.append(join(parts, ampersand))
    return join(out, ", ")


def _pieces_as_written(self: Any, value: str, variable: str) -> Any:
    """``value``'s comma and ampersand pieces, each formatted when it is a range of two numbers
    and otherwise printed as written (escaped hyphens unescaped)."""
    ampersand = ampersand_of(self)
    out = []
    for comma_piece in value.split(","):
        parts = []
        for piece in comma_piece.split("&"):
            piece = piece.strip()
            parts.append(piece.replace("\\-", "-") if as_written(piece) else _process(self, piece, variable))
        out.append(join(parts, ampersand))
    return join(out, ", ")


def prepare(bibliography: Any) -> None:
    """Join the number ranges of every reference with the style's page-range delimiter (for
    ``<text variable="issue">`` and the like, which print the value as it stands)."""
    citation = bibliography.style.root.citation
    if citation is None:
        return
    delimiter = str(delimiter_of(citation))
    for key in bibliography.source:
        reference = bibliography.source[key]
        for variable in NUMBER_VARIABLES:
            field = variable.replace("-", "_")
            value = reference.get(field)
            if value is None or "-" not in str(value):
                continue
            ranged = join_range(str(value), delimiter)
            if ranged is not None:
                reference[field] = MixedString([String(ranged)]) if isinstance(value, MixedString) else type(value)(ranged)
                if field != variable and variable in reference:  # the alias fix_hyphenated_numbers made
                    dict.__setitem__(reference, variable, reference[field])


install, uninstall = hooks.wrapping((FormatNumber, "_process", _process, _INNER))
