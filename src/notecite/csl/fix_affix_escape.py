"""Correction: a style's prefixes and suffixes are escaped for the output format.

citeproc-py 0.11.1 escapes the text of terms and ``<text value>``, but glues an element's
``prefix`` and ``suffix`` on as they stand, so the 258 styles that write a URL as
``prefix="&lt;"`` print a raw ``<`` into HTML (``<https://…>`` reads as a tag), an unescaped
``<`` into Markdown and ``¡``/``¿`` in LaTeX. citeproc-js escapes affixes like any other text
(``&#60;https://…&#62;``). This passes each affix through the formatter's ``preformat``.

Parentheses: citeproc-js turns a pair of affix parentheses nested inside another pair into
square brackets ("(Harper & Row, 1972; originally published as … [1949])"); citeproc-py
prints "(… (1949))". An element whose prefix ends in "(" and suffix starts with ")" marks them
with private characters; when such a pair encloses marked ones, the enclosed become "[" and
"]", and the marks left at the end of a cite or entry become parentheses again.

Display: citeproc-py ignores ``display="block"`` and ``display="indent"``; citeproc-js sets
the element apart, in HTML as ``<div class="csl-block">…</div>`` (and ``csl-indent``) on a
line of its own, in text after a line break. The affixed element is wrapped the same way.
``left-margin`` and ``right-inline`` on the layout's own children become ``csl-left-margin`` and
``csl-right-inline`` divs in HTML, the layout's suffix inside the last, as citeproc-js writes
them (nested deeper it ignores them; in a bibliography with ``second-field-align`` they are left
to :mod:`fix_second_field_align`).
"""
from __future__ import annotations

from typing import Any

import citeproc.model
from citeproc.model import Affixed, Layout
from citeproc.string import MixedString, String

from . import hooks

_ORIGINAL = Affixed.wrap

#: Private-use characters standing for an affix pair's "(" and ")" until the cite is done.
OPEN, CLOSE = "\ue005", "\ue006"
_FLIP = str.maketrans({OPEN: "[", CLOSE: "]"})
_RESOLVE = str.maketrans({OPEN: "(", CLOSE: ")"})


def _translate(text: Any, table: dict) -> Any:
    """``text`` (a str or citeproc-py string) with ``table`` applied to its characters."""
    if isinstance(text, MixedString):
        return text.translate(table)  # piece by piece
    return String(str(text).translate(table)) if isinstance(text, str) else text


def wrap(self: Any, string: Any) -> Any:
    """``Affixed.wrap`` with the prefix and suffix escaped by the element's formatter."""
    if string is None:
        return None
    prefix = self.get("prefix", "")
    suffix = self.get("suffix", "")
    paired = prefix.endswith("(") and suffix.startswith(")") and not isinstance(self, Layout)
    if paired:
        if OPEN in str(string):
            string = _translate(string, _FLIP)
        prefix, suffix = prefix[:-1], suffix[1:]
    if prefix:
        prefix = self.preformat(prefix)
    if suffix:
        suffix = self.preformat(suffix)
    if paired:
        prefix, suffix = prefix + OPEN, CLOSE + suffix
    seam = citeproc.model.normalize_seam  # as fix_seams may have replaced it
    if suffix and isinstance(self, Layout) and str(string).endswith(_INLINE_END):
        inner = str(string)[: -len(_INLINE_END)]
        string = String(inner + seam(inner, suffix) + _INLINE_END)
        suffix = ""
    string = seam(prefix, string)
    text = prefix + string
    text = text + seam(text, suffix)
    display = self.get("display")
    if display in _DISPLAYS and str(text):
        html = hasattr(self.get_formatter(), "TagWrapper")
        if display == "block":
            text = f'\n\n    <div class="csl-block">{text}</div>\n' if html else f"\n{text}"
        elif display == "indent":
            text = f'<div class="csl-indent">{text}</div>\n  ' if html else f"\n    {text}"
        elif html and isinstance(self.getparent(), Layout) and not _aligned(self):
            text = (f'\n    <div class="csl-left-margin">{text}</div>' if display == "left-margin"
                    else f'<div class="csl-right-inline">{text}{_INLINE_END}')
    return text


#: How a right-inline block ends (the layout's suffix goes inside it, as citeproc-js puts it).
_INLINE_END = "</div>\n  "


_DISPLAYS = frozenset({"block", "indent", "left-margin", "right-inline"})


def _aligned(element: Any) -> bool:
    """Whether ``element`` is in a bibliography whose ``second-field-align`` splits the entries
    (:mod:`fix_second_field_align` writes the margin then)."""
    root = element.get_root()
    bibliography = getattr(root, "bibliography", None)
    return bibliography is not None and bibliography.get("second-field-align") in ("flush", "margin")


def begin(layout: Any, item: Any) -> None:
    """Nothing to prepare."""


def end(layout: Any, text: Any) -> Any:
    """The cite's remaining parenthesis marks as parentheses."""
    if text is None or (OPEN not in str(text) and CLOSE not in str(text)):
        return text
    return _translate(text, _RESOLVE)


CITE = (begin, end)


def install() -> None:
    """Replace ``Affixed.wrap`` (idempotent)."""
    Affixed.wrap = wrap
    hooks.add(cite=CITE)


def uninstall() -> None:
    """Put back citeproc-py's ``Affixed.wrap``."""
    Affixed.wrap = _ORIGINAL
    hooks.remove(cite=CITE)
