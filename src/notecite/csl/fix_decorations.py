"""Correction: formatting attributes written as citeproc-js writes them.

citeproc-py 0.11.1 writes nothing for the values that undo formatting (``font-style``,
``font-weight``, ``font-variant="normal"``, ``text-decoration="none"``,
``vertical-align="baseline"``); citeproc-js wraps them in spans (``normal`` only under an
ancestor that sets the attribute otherwise, which :func:`notecite.csl.formatters.finish_html`
decides once the whole rendering is known; for a ``<name>``, the ``<names>`` around it does not
count, nor for its ``<et-al>``, since citeproc-js formats each name and the et-al term before the
list). A group's ``normal`` is also written when the last child that rendered
sets the attribute otherwise (citeproc-js's ``normalDecorIsOrphan`` looks at that child: a
``font-weight="normal"`` group ending in a bold volume prints its span), and a text's when its
value ends in rich text that does (decided by ``finish_html``). citeproc-js also drops the
``font-style`` (``normal`` included) of a piece of text without a single Latin, Greek,
Cyrillic, Hebrew, Arabic or Thai letter or digit (a Japanese title in an italic ``<text>`` is
printed upright), but not of the groups around it. This applies each attribute in citeproc-py's order through the output formatter
(formats without spans for "normal" write nothing for it); :func:`notecite.csl.engine.install_finish`
resolves the marks in every citation and bibliography entry.
"""
from __future__ import annotations

import html
import re
from typing import Any

from citeproc.model import CitationStylesElement, Et_Al, Formatted, Group, Name, Parent, Text

from . import hooks

#: The formatter call for each attribute value, in the order citeproc-py applies them.
CALLS = (
    ("font-style", {"italic": "Italic", "oblique": "Oblique", "normal": "NormalStyle"}),
    ("font-variant", {"small-caps": "SmallCaps", "normal": "NormalVariant"}),
    ("font-weight", {"bold": "Bold", "light": "Light", "normal": "NormalWeight"}),
    ("text-decoration", {"underline": "Underline", "none": "NoDecoration"}),
    ("vertical-align", {"sup": "Superscript", "sub": "Subscript", "baseline": "Baseline"}),
)

#: citeproc-js's ``ROMANESQUE_REGEXP``: text with none of these is printed without font-style.
ROMANESQUE = re.compile("[-0-9a-zA-Z\u0e01-\u0e5b\u00c0-\u017f\u0370-\u03ff\u0400-\u052f\u0590-\u05d4"
                        "\u05d6-\u05ff\u1f00-\u1fff\u0600-\u06ff\u200c\u200d\u200e\u0218-\u021b\u202a-\u202e]")


def is_terminal(element: Any) -> bool:
    """Whether ``element`` renders one piece of text itself (not a group, macro call or name list)."""
    return not isinstance(element, (Parent, Name)) and not (isinstance(element, Text) and "macro" in element.attrib)


def upright(text: Any) -> bool:
    """Whether citeproc-js prints ``text`` without font-style (no Latin-like letter or digit)."""
    return not ROMANESQUE.search(html.unescape(str(text)))


def format(self: Any, string: Any) -> Any:
    """``Formatted.format`` writing every attribute the formatter knows, as citeproc-js does."""
    if isinstance(string, (int, float)):
        string = str(string)
    formatter = self.get_formatter()
    text = string
    for attribute, calls in CALLS:
        value = self.get(attribute)
        call = calls.get(value) if value else None
        if call is None:
            continue
        if attribute == "font-style" and is_terminal(self) and upright(text):  # "normal" too
            continue
        if value == "normal" and isinstance(self, (Name, Et_Al)) and self.getparent().get(attribute, "normal") != "normal":
            call += "Beyond"  # names and et-al are formatted before their <names>: that one is no ancestor
        elif value == "normal" and is_terminal(self):
            call += "Leaf"  # also written when the value ends in rich text that sets the attribute
        elif value == "normal" and isinstance(self, Group) and _LAST_RENDERED[0] is not None and \
                _LAST_RENDERED[0].get(attribute, "normal") != "normal":
            call += "Shown"  # citeproc-js tests the group's last child, which sets it (a macro call's
            # only child is the macro's undecorated group)
        wrap = getattr(formatter, call, None)
        if wrap is not None:
            text = wrap(text)
    return text


#: The element that last rendered something (read by :func:`format` for a group's last child).
_LAST_RENDERED: list[Any] = [None]


def _tracking(cls: type) -> hooks.Wrap:
    """A wrapper of the ``render`` in force on ``cls`` (another correction's, e.g. fix_seams',
    included) remembering the element when it renders something."""
    inner: list[Any] = [None]

    def render(self: Any, *args: Any, **kwargs: Any) -> Any:
        before = _LAST_RENDERED[0]
        try:
            text = inner[0](self, *args, **kwargs)
        except BaseException:
            _LAST_RENDERED[0] = before
            raise
        _LAST_RENDERED[0] = self if text else before
        return text
    render.__doc__ = f"``{cls.__name__}.render`` remembering the element when it renders something."
    return cls, "render", render, inner


install, uninstall = hooks.wrapping(
    (Formatted, "format", format, None),
    _tracking(CitationStylesElement),  # the elements that inherit it: names, groups, dates …
    _tracking(Text),
)
