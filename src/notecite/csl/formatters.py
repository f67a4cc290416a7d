"""Output formats for citeproc-py: plain text, HTML and Markdown, with escaping of record values.

citeproc-py escapes the text of locale terms but inserts record values as they are, so
:func:`escape_value` is applied to every string of a record before rendering.
"""
from __future__ import annotations

import html
import re
from types import SimpleNamespace
from typing import Any, Callable

from citeproc.formatter import html as html_formatter
from citeproc.formatter import plain as plain_formatter

from ..errors import StyleError

OUTPUTS = ("text", "html", "markdown")

#: CSL-JSON's "nocase" span, which citeproc-py's CiteProcJSON reads itself (kept unescaped).
NOCASE_SPAN = re.compile(r'(<span class="nocase">.*?</span>)', re.I | re.S)

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def markdown_escape(text: str) -> str:
    """Backslash-escape the characters Markdown would read as markup."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


class _Wrapper(str):
    left = right = ""

    def __new__(cls, text: Any) -> "_Wrapper":
        text = str(text)
        if not text:
            return super().__new__(cls, text)
        return super().__new__(cls, f"{cls.left}{text}{cls.right}")


class _Italic(_Wrapper):
    left = right = "*"


class _Bold(_Wrapper):
    left = right = "**"


class _Superscript(_Wrapper):
    left = right = "^"


class _Subscript(_Wrapper):
    left = right = "~"


markdown_formatter = SimpleNamespace(
    preformat=markdown_escape,
    Italic=_Italic,
    Oblique=_Italic,
    Bold=_Bold,
    Light=str,
    Underline=str,
    Superscript=_Superscript,
    Subscript=_Subscript,
    SmallCaps=str,
)


def _html_escape(text: str) -> str:
    return html.escape(text, quote=False)


_FORMATTERS: dict[str, tuple[Any, Callable[[str], str] | None]] = {
    "text": (plain_formatter, None),
    "html": (html_formatter, _html_escape),
    "markdown": (markdown_formatter, markdown_escape),
}


def formatter_for(output: str) -> Any:
    """The citeproc-py formatter for ``output`` (text, html, markdown); StyleError otherwise."""
    try:
        return _FORMATTERS[output][0]
    except KeyError:
        raise StyleError(f"unknown output {output!r}; choose one of {', '.join(OUTPUTS)}") from None


def escape_value(value: str, output: str) -> str:
    """Escape one record string for ``output``, leaving CSL-JSON nocase spans intact."""
    formatter_for(output)
    escape = _FORMATTERS[output][1]
    if escape is None:
        return value
    parts = NOCASE_SPAN.split(value)
    out = []
    for i, part in enumerate(parts):
        if i % 2:  # a nocase span: escape only its content
            inner = part[len('<span class="nocase">'):-len("</span>")]
            out.append(f'<span class="nocase">{escape(inner)}</span>')
        else:
            out.append(escape(part))
    return "".join(out)


def assemble(entries: list[str], output: str, kind: str = "bibliography") -> str:
    """Join rendered entries into one document: lines (text), a div list (html), paragraphs (markdown)."""
    formatter_for(output)
    if output == "html":
        outer, inner = ("csl-bib-body", "csl-entry") if kind == "bibliography" else ("csl-citations", "csl-citation")
        body = "".join(f'  <div class="{inner}">{entry}</div>\n' for entry in entries)
        return f'<div class="{outer}">\n{body}</div>\n'
    if output == "markdown":
        return "".join(f"{entry}\n\n" for entry in entries).rstrip("\n") + "\n" if entries else ""
    return "".join(f"{entry}\n" for entry in entries)
