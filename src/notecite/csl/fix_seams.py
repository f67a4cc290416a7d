"""Correction: duplicated punctuation where two rendered pieces meet across markup.

CSL 1.0.2 leaves punctuation at joins to the processor; citeproc-js (and citeproc-py for plain
pieces) drop the second of two equal marks ("J." + ". " → "J. "). citeproc-py 0.11.1's
``normalize_seam`` only looks at the raw last character, so with HTML output a bold or
italic name ("<b>Doe, J.</b>") is followed by a second period ("J.. 2015"). This seam check
skips closing tags before comparing, and, like citeproc-js, lets ";" absorb a following ":"
or "." and ":", "?", "!" absorb a following "." ("?" and "!" also a ":"; "2021;:12" → "2021;12"); a period after a
closing quote that follows a period is dropped too ("guide.’." → "guide.’"); in a rendered
cite a colon or semicolon right before "!" or "?" gives way to it ("colon:!" → "colon!").

Two kinds of seam only drop an exact repeat, as in citeproc-js, where the merging of unlike marks
(``mergeChars``) never reaches them: a delimiter and the prefix of the item after it
("1989" + ";" + ":7–24" → "1989;:7–24", its ``upward`` pass drops only a prefix mark equal
to the delimiter's last one), and a seam whose left side ends in a number. citeproc-js renders
an integer of a number variable (volume, issue, page, edition …, citation-number, locator) as a
number blob and never migrates or merges punctuation into a piece that ends in one
(``blobEndsInNumber``); only a repeated mark goes ("DHQ <b>14</b>:" + "." → "14:.", "14." + "."
→ "14."). A delimiter's leading mark is appended to the suffix of the piece before it and never
merges with that element's own suffix ("Why?" + suffix "." + delimiter ": " → "Why?: ";
":" + ". " → ":. "), unless it repeats the suffix's last mark. What ends each rendered piece
(a number, its element's own suffix) is followed through ``join`` and the elements' markup.
A value that opens with its own marks (``<text value="."/>``) keeps them whatever precedes
("1583.." , "2023 ;."): citeproc-js merges only affixes with each other and with a value's end.
A piece set apart by ``display`` meets the piece before it inside its block ("7–24." + block
". https…" → block " https…"). A decorated element's prefix comma or period after a closing
quotation mark stays outside it (held for :mod:`fix_punctuation_in_quote`): citeproc-js moves a
sibling's prefix mark into the piece before only when the sibling carries no formatting
(“Title”, <i>Journal</i>).
"""
from __future__ import annotations

import re
from typing import Any

import citeproc.model
import citeproc.string
from citeproc.model import Choose, Date, Else, Group, If, Label, Number, Text
from citeproc.string import SEAM_PUNCTUATION, MixedString, String

from . import fix_punctuation_in_quote, hooks

#: The ``citeproc.string.normalize_seam`` in force below this correction's (set by :func:`hooks.chain`).
_NORMALIZE_SEAM: list[Any] = [None]

#: (visible last mark, next mark): the next mark is dropped, as citeproc-js does.
ABSORBED = frozenset({(";", ":"), (";", "."), (":", "."), ("?", "."), ("!", "."), ("?", ":"), ("!", ":")})

_TRAILING_TAGS = re.compile(r"(?:</?[a-z]+(?:\s[^<>]*)?>)+$")


_TRAILING_ENTITY = re.compile(r"&[#\w]+;$")
#: How a piece set apart by ``display`` opens (see :mod:`fix_affix_escape`).
_DISPLAY_OPENING = re.compile(r'\n\s*(?:<div class="csl-[a-z-]+">)?')


def _visible_end(text: str) -> str:
    # an entity stands for one character that is not punctuation ("&gt;" does not end in ";")
    return _TRAILING_ENTITY.sub("x", _TRAILING_TAGS.sub("", text))


#: Variables citeproc-js renders as number blobs when their value is an integer.
NUMBER_VARIABLES = frozenset({"page", "page-first", "chapter-number", "collection-number", "edition", "issue",
                              "number", "number-of-pages", "number-of-volumes", "volume", "locator",
                              "citation-number"})

#: How the next seam treats a leading mark: merged or dropped as above, only dropped when it
#: repeats the mark before it, or kept whatever precedes it.
MERGE, REPEATS, KEEP = 0, 1, 2

#: [whether the left side of the next seam ends in a number, the seam's mode]
_STATE: list[Any] = [False, MERGE]

#: A value that starts with these stays the value's own text in citeproc-js (no prefix to merge).
_VALUE_MARKS = re.compile(r"^(?:,|[:.;!? ]+$)")
#: The elements whose ``markup`` and ``render`` this correction wraps.
ELEMENTS = (Text, Number, Label, Group, Date)


def _ends_in_number(piece: Any) -> bool:
    return bool(getattr(piece, "ends_in_number", False))


def _tag(piece: Any, number: bool, suffix: str, value_first: bool, keeps_prefix_mark: bool = False) -> Any:
    """``piece`` marked with whether it ends in a number, the suffix its element put on it,
    whether it opens with a value rather than a prefix and whether its prefix mark stays put
    (a plain ``str`` cannot carry marks: it becomes a ``String`` when there is one to carry)."""
    if (not isinstance(piece, (String, MixedString)) and isinstance(piece, str)
            and (number or suffix or value_first or keeps_prefix_mark)):
        piece = String(piece)
    try:
        piece.ends_in_number = number
        piece.own_suffix = suffix
        piece.value_first = value_first
        piece.keeps_prefix_mark = keeps_prefix_mark
    except AttributeError:
        pass
    return piece


#: Formatting attributes: citeproc-js calls an element carrying any of them decorated.
DECORATIONS = ("font-style", "font-weight", "font-variant", "text-decoration", "vertical-align")
_CLOSING_QUOTES = "”’»\"'"


def _follows_a_sibling(element: Any) -> bool:
    """Whether ``element`` has an element before it in its group (``<choose>`` is transparent)."""
    while True:
        if element.getprevious() is not None:
            return True
        parent = element.getparent()
        if not isinstance(parent, (If, Else)):
            return False
        element = parent.getparent()  # the <choose>
        if not isinstance(element, Choose):
            return False


def _keeps_prefix_mark(element: Any) -> bool:
    """Whether citeproc-js leaves ``element``'s leading prefix comma or period where it is after
    a quotation: it moves such a mark into the piece before (and so inside its quotes) only when
    the piece carrying it is not decorated; here, a decorated element after a sibling."""
    return (element.get("prefix", "")[:1] in ",." and any(element.get(a) for a in DECORATIONS)
            and _follows_a_sibling(element))


def _opens_with_value_mark(piece: Any) -> bool:
    """Whether ``piece`` opens with punctuation of a value (``<text value="."/>``): citeproc-js
    merges marks only between affixes and values, never a value's leading mark."""
    return bool(getattr(piece, "value_first", False)) and bool(_VALUE_MARKS.match(str(piece)))


def _delimit(output: Any, delimiter: str, last: Any) -> Any:
    """``output`` (whose last piece is ``last``) followed by ``delimiter``.

    citeproc-js appends a delimiter's leading mark to the suffix of the piece before it unless
    that suffix already ends in it; marks of the piece's own suffix never merge with it."""
    suffix = getattr(last, "own_suffix", "")
    if suffix and delimiter[:1] in SEAM_PUNCTUATION and delimiter[:1]:
        if suffix[-1] == delimiter[0]:
            delimiter = delimiter[1:]
        _STATE[1] = REPEATS
    output = output + normalize_seam(output, delimiter)
    _STATE[1] = MERGE
    return output


def join(items: Any, delimiter: str = "") -> Any:
    """citeproc-py's ``join``, telling each seam whether its left piece ends in a number and
    keeping unlike marks where a delimiter meets the next item's prefix."""
    items = iter(items)
    try:
        output = next(items)
    except StopIteration:
        return String("")
    last = output
    first = output
    after_delimiter = REPEATS if delimiter and delimiter[-1] in SEAM_PUNCTUATION else MERGE
    for item in items:
        _STATE[0] = _ends_in_number(last)
        output = _delimit(output, delimiter, last)
        _STATE[:] = [False, KEEP if _opens_with_value_mark(item) else after_delimiter]
        if getattr(item, "keeps_prefix_mark", False) and fix_punctuation_in_quote.active() \
                and _visible_end(str(output))[-1:] in _CLOSING_QUOTES:
            output = output + fix_punctuation_in_quote.HOLD  # not moved inside the quotes
        output = output + normalize_seam(output, item)
        _STATE[1] = MERGE
        last = item
    _STATE[0] = _ends_in_number(last)
    return _tag(output, _STATE[0], getattr(last, "own_suffix", ""), getattr(first, "value_first", False))


def _markup(cls: type) -> hooks.Wrap:
    inner: list[Any] = [None]

    def markup(self: Any, text: Any, *args: Any) -> Any:
        """``markup`` with the seams to its affixes told whether its value ends in a number."""
        if cls is Group or (cls is Text and "macro" in self.attrib):
            number = _STATE[0]  # as the element's own join left it
        else:
            number = (text is not None and (cls is Number or self.get("variable") in NUMBER_VARIABLES)
                      and str(text)[-1:].isdigit())
        _STATE[0] = number
        result = inner[0](self, text, *args)
        _STATE[0] = number
        if result is None:
            return None
        nested = cls is Group or "macro" in self.attrib
        value_first = not self.get("prefix") and (not nested or bool(getattr(text, "value_first", False)))
        return _tag(result, number, self.get("suffix", ""), value_first, _keeps_prefix_mark(self))

    return cls, "markup", markup, inner


def _render(cls: type) -> hooks.Wrap:
    inner: list[Any] = [None]

    def render(self: Any, *args: Any, **kwargs: Any) -> Any:
        """``render`` that leaves the seam state as it found it (an element rendered out of
        turn, e.g. an entry's first field rendered again, must not mark the seam after it)."""
        before = _STATE[0]
        try:
            return inner[0](self, *args, **kwargs)
        finally:
            _STATE[0] = before

    return cls, "render", render, inner


def normalize_seam(left: Any, other: Any) -> Any:
    """``other`` with a leading mark removed when it repeats the visible end of ``left``."""
    if _STATE[1] == KEEP and str(other)[:1] in SEAM_PUNCTUATION:
        return other
    result = _NORMALIZE_SEAM[0](left, other)
    if result is not other:
        return result
    other_str = str(other)
    if not other_str:
        return other
    first = other_str[0]
    block = _DISPLAY_OPENING.match(other_str) if first in "\n<" else None
    if block and block.end() < len(other_str):  # a display block: the seam is inside it
        inner = normalize_seam(left, String(other_str[block.end():]))
        return other if str(inner) == other_str[block.end():] else other_str[: block.end()] + str(inner)
    if first not in SEAM_PUNCTUATION:
        return other
    end = _visible_end(str(left))
    if not end:
        return other
    last = end[-1]
    if _STATE[0] or _STATE[1] == REPEATS:  # only a repeated mark goes
        return citeproc.string._strip_first_char(other) if last == first and end != str(left) else other
    quoted_stop = first == "." and end[-1] in "’”»\"'" and _visible_end(end[:-1])[-1:] in (".", "!", "?")
    if (last == first and end != str(left)) or (last, first) in ABSORBED or quoted_stop:
        return citeproc.string._strip_first_char(other)
    return other


_COLON_BEFORE_MARK = re.compile(r"[:;](?=(?:</?[a-z]+(?:\s[^<>]*)?>|[”’»])*[!?])")


def begin(layout: Any, item: Any) -> None:
    """A fresh seam state for each cite."""
    _STATE[:] = [False, MERGE]


def end(layout: Any, text: Any) -> Any:
    """Drop a colon or semicolon that a following "!" or "?" replaces ("colon:!" → "colon!")."""
    if not text:
        return text
    raw = str(text)
    if ":" not in raw and ";" not in raw:
        return text
    fixed = _COLON_BEFORE_MARK.sub("", raw)
    return text if fixed == raw else fixed


CITE = (begin, end)


# citeproc.model imported normalize_seam and join by name: both copies are replaced (the model's
# normalize_seam calls the one in force in citeproc.string, as citeproc-py's own is the same).
_chain, _unchain = hooks.wrapping(
    (citeproc.string, "normalize_seam", normalize_seam, _NORMALIZE_SEAM),
    (citeproc.model, "normalize_seam", normalize_seam, None),
    (citeproc.string, "join", join, None),
    (citeproc.model, "join", join, None),
    *(_markup(cls) for cls in ELEMENTS),
    *(_render(cls) for cls in ELEMENTS),
    cite=CITE,
)


def install() -> None:
    """Use :func:`normalize_seam` and :func:`join` in citeproc-py's joins and affixes, and follow
    the seam state through the elements' markup and rendering (idempotent)."""
    _chain()


def uninstall() -> None:
    """Put back what was in force before, with a fresh seam state."""
    _unchain()
    _STATE[:] = [False, MERGE]
