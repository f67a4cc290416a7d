"""Correction: a style's prefixes and suffixes are escaped for the output format.

citeproc-py 0.11.1 escapes the text of terms and ``<text value>``, but glues an element's
``prefix`` and ``suffix`` on as they stand, so the 258 styles that write a URL as
``prefix="&lt;"`` print a raw ``<`` into HTML (``<https://…>`` reads as a tag), an unescaped
``<`` into Markdown and ``¡``/``¿`` in LaTeX. citeproc-js escapes affixes like any other text
(``&#60;https://…&#62;``). This passes each affix through the formatter's ``preformat``.

Parentheses: in a note style's citations citeproc-js turns affix parentheses nested inside
affix parentheses into square brackets ("(Harper & Row, 1972; originally published as …
[1949])"); citeproc-py prints "(… (1949))". citeproc-js (``CSL.checkNestedBrace``) counts the
depth over the affixes of its *levels* only, in the order it opens and closes them: groups, macro
calls, dates, number variables (``<number>``, and ``<text>`` of page, volume, issue, edition …,
locator); the affixes of a plain ``<text>``, a ``<label>``, ``<names>`` or a date part are glued on
uncounted. A "(" at odd depth becomes "[", a ")" at even depth "]" — so a group suffix ")" that
closes a plain text's "(" prints as "]", as citeproc-js prints it. In-text styles and
bibliographies (rendered on a fresh engine, before any citation) are left alone. Here the level
affixes' parentheses are marked with private characters and the count runs over the marks when
the cite is done.

Display: citeproc-py ignores ``display="block"`` and ``display="indent"``; citeproc-js sets
the element apart, in HTML as ``<div class="csl-block">…</div>`` (and ``csl-indent``) on a
line of its own, in text after a line break. The affixed element is wrapped the same way.
``left-margin`` and ``right-inline`` on the layout's own children become ``csl-left-margin`` and
``csl-right-inline`` divs in HTML, the layout's suffix inside the last, as citeproc-js writes
them (in a bibliography with ``second-field-align`` they are left to
:mod:`fix_second_field_align`). citeproc-js honours ``display`` only on the layout's own
elements; nested deeper, in a group or a macro, it ignores it ("Theory, 8 (1)" where a
``display="block"`` group inside a macro would break the line).
"""
from __future__ import annotations

import math
import re
from typing import Any

import citeproc.model
from citeproc.model import Affixed, Choose, Date, Else, Group, If, Layout, Number, Text
from citeproc.string import MixedString, String

from . import hooks

#: Private-use characters standing for a level affix's "(" and ")" until the cite is done.
OPEN, CLOSE = "\ue005", "\ue006"
_MARK = str.maketrans({"(": OPEN, ")": CLOSE})
_MARKS = re.compile(f"[{OPEN}{CLOSE}]")

#: Variables citeproc-js renders as numbers (a level of their own) even through ``<text>``.
NUMBER_VARIABLES = frozenset({"page", "page-first", "chapter-number", "collection-number", "edition", "issue",
                              "number", "number-of-pages", "number-of-volumes", "volume", "locator"})

#: Whether the cite being rendered counts parentheses (a citation of a note style).
_COUNTING = False


def _is_level(element: Any) -> bool:
    """Whether citeproc-js opens a level of its own for ``element`` (its affixes are counted)."""
    if isinstance(element, (Group, Date, Number)):
        return True
    if isinstance(element, Text):
        return "macro" in element.attrib or element.get("variable") in NUMBER_VARIABLES
    return False


def nest_parentheses(pieces: list[str]) -> list[str]:
    """``pieces`` (one text in order) with the marked parentheses resolved by citeproc-js's
    depth count, which runs on from piece to piece."""
    depth = 0

    def flip(match: re.Match) -> str:
        nonlocal depth
        odd = math.fmod(depth, 2)  # JavaScript's remainder: -1 % 2 is -1, not 1
        if match.group() == OPEN:
            depth += 1
            return "[" if odd == 1 else "("
        depth -= 1
        return "]" if odd == 0 else ")"

    return [_MARKS.sub(flip, piece) for piece in pieces]


def wrap(self: Any, string: Any) -> Any:
    """``Affixed.wrap`` with the prefix and suffix escaped by the element's formatter."""
    if string is None:
        return None
    prefix = self.get("prefix", "")
    suffix = self.get("suffix", "")
    if prefix:
        prefix = self.preformat(prefix)
    if suffix:
        suffix = self.preformat(suffix)
    if _COUNTING and _is_level(self):
        prefix, suffix = prefix.translate(_MARK), suffix.translate(_MARK)
    seam = citeproc.model.normalize_seam  # as fix_seams may have replaced it
    if suffix and isinstance(self, Layout) and str(string).endswith(_INLINE_END):
        inner = str(string)[: -len(_INLINE_END)]
        string = String(inner + seam(inner, suffix) + _INLINE_END)
        suffix = ""
    elif isinstance(self, Layout) and _LAST_SUFFIX[0] is not None:
        string, suffix = _in_place_of_last_suffix(string, suffix, *_LAST_SUFFIX[0]), ""
    string = seam(prefix, string)
    text = prefix + string
    before = len(str(text))
    text = text + seam(text, suffix)
    affixed = str(text)
    display = self.get("display")
    top_level = not isinstance(self, Layout) and _top_level(self)
    if display in _DISPLAYS and affixed and top_level:
        html = hasattr(self.get_formatter(), "TagWrapper")
        if display == "block":
            text = f'\n\n    <div class="csl-block">{text}</div>\n' if html else f"\n{text}"
        elif display == "indent":
            text = f'<div class="csl-indent">{text}</div>\n  ' if html else f"\n    {text}"
        elif html and isinstance(self.getparent(), Layout) and not _aligned(self):
            text = (f'\n    <div class="csl-left-margin">{text}</div>' if display == "left-margin"
                    else f'<div class="csl-right-inline">{text}{_INLINE_END}')
    if top_level and affixed and _uses_display(self):
        # a displayed element sits in a block of its own, whose (empty) suffix is the one replaced
        whole = str(text)
        end = whole.rfind(affixed) + len(affixed)
        _LAST_SUFFIX[0] = ("" if display in _DISPLAYS else affixed[before:], whole[end:])
    return text


#: For an entry of a bibliography that uses ``display``: the suffix its last top-level element
#: rendered with (none for a displayed element: the block around it takes the layout's suffix),
#: and the text that followed it (a display's closing tag).
_LAST_SUFFIX: list[Any] = [None]


def _uses_display(element: Any) -> bool:
    """Whether ``element`` sits in a bibliography whose layout opens with a ``display`` element
    (citeproc-js then puts the layout's suffix in place of its last element's suffix)."""
    layout = element if isinstance(element, Layout) else element.get_layout()
    if not layout.getparent().tag.endswith("bibliography"):
        return False
    first = next((child for child in layout.iterchildren() if isinstance(child.tag, str)), None)
    return first is not None and not isinstance(first, Choose) and first.get("display") is not None


def _in_place_of_last_suffix(string: Any, suffix: str, last_suffix: str, closing: str) -> Any:
    """``string`` with ``suffix`` where its last top-level element's suffix ``last_suffix`` was
    (inside that element's display block, before ``closing``)."""
    whole = str(string)
    if not whole.endswith(last_suffix + closing):
        return string + suffix
    head = whole[: len(whole) - len(last_suffix + closing)]
    return String(head + citeproc.model.normalize_seam(head, suffix) + closing)


#: How a right-inline block ends (the layout's suffix goes inside it, as citeproc-js puts it).
_INLINE_END = "</div>\n  "


_DISPLAYS = frozenset({"block", "indent", "left-margin", "right-inline"})


def _top_level(element: Any) -> bool:
    """Whether ``element`` is one of its layout's own rendering elements (conditions between
    them do not count): citeproc-js honours ``display`` only there and ignores it deeper, in a
    group or a macro."""
    parent = element.getparent()
    while isinstance(parent, (Choose, If, Else)):
        parent = parent.getparent()
    return isinstance(parent, Layout)


def _aligned(element: Any) -> bool:
    """Whether ``element`` is in a bibliography whose ``second-field-align`` splits the entries
    (:mod:`fix_second_field_align` writes the margin then)."""
    root = element.get_root()
    bibliography = getattr(root, "bibliography", None)
    return bibliography is not None and bibliography.get("second-field-align") in ("flush", "margin")


def begin(layout: Any, item: Any) -> None:
    """Count parentheses in this cite when it is a citation of a note style; no last suffix yet."""
    global _COUNTING
    _COUNTING = layout.getparent().tag.endswith("citation") and layout.get_root().get("class") == "note"
    _LAST_SUFFIX[0] = None


def end(layout: Any, text: Any) -> Any:
    """The cite with its marked parentheses as citeproc-js nests them."""
    global _COUNTING
    _COUNTING = False
    if text is None or (OPEN not in str(text) and CLOSE not in str(text)):
        return text
    if isinstance(text, MixedString):
        return MixedString(nest_parentheses([str(piece) for piece in text]))
    return String(nest_parentheses([str(text)])[0])


CITE = (begin, end)


install, uninstall = hooks.wrapping((Affixed, "wrap", wrap, None), cite=CITE)
