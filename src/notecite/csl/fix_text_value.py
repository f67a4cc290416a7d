"""Correction: a style's ``<text value>`` is rich text, as citeproc-js reads it.

citeproc-js parses a ``<text value>`` like a record value: its markup (``<b>friend</b>``,
``<i>``, small caps) is formatted and flips inside the same decoration of the style, and its
straight quotation marks are quotes (``'friend'`` prints “friend,” in en-US, the comma moved
inside). citeproc-py 0.11.1 escapes the value as plain text ("&lt;b&gt;friend&lt;/b&gt;",
"'friend',"). This reads the value through :func:`notecite.csl.formatters.escape_value` and marks
its quotation pairs for :mod:`fix_quotes`; affixes, and formatters notecite does not know, are
escaped as before.
"""
from __future__ import annotations

from typing import Any

from citeproc.model import Text

from . import fix_quotes, hooks
from .formatters import escape_value, output_of

#: The ``Text.preformat`` in force below this correction's wrapper (set by :func:`hooks.chain`).
_INNER: list[Any] = [None]


def text_preformat(self: Any, text: Any) -> Any:
    """``Text.preformat`` reading the element's own ``value`` as rich text with quotes."""
    value = self.get("value")
    output = output_of(self.get_formatter()) if value is not None and text == value else None
    if output is None:
        return _INNER[0](self, text)
    return fix_quotes.mark_quotes(escape_value(str(text), output, implicit_nocase=False))


install, uninstall = hooks.wrapping((Text, "preformat", text_preformat, _INNER))
