r"""Output formats for citeproc-py: plain text, HTML, Markdown and LaTeX, with escaping of record values.

citeproc-py escapes the text of locale terms but inserts record values as they are, so
:func:`escape_value` is applied to every string of a record before rendering.

Formatted pieces are :class:`Marked` strings: a ``text-case`` applied to text that holds them
changes the text and never the markup (citeproc-py's own tags became ``<I>`` and LaTeX's
``\textsc`` the uncompilable ``\TEXTSC``). Nested emphasis flips as citeproc-js flips it:
italics inside italics are set roman (HTML ``<span style="font-style:normal;">``, likewise
bold and small caps); Markdown, which has no roman-in-italics, drops the inner ``*``; LaTeX's
``\emph`` flips by itself.
"""
from __future__ import annotations

import html
import re
import unicodedata
from types import SimpleNamespace
from typing import Any, Callable

from citeproc.formatter import html as html_formatter
from citeproc.formatter import plain as plain_formatter
from citeproc.string import String

from ..errors import StyleError

OUTPUTS = ("text", "html", "markdown", "latex")


#: Markup inside formatted text: tags, entities, LaTeX commands and braces, backslash escapes.
_MARKUP = re.compile(r"(<[^<>]*>|&[#\w]+;|\\[a-zA-Z]+|\\.|[{}])")


def _case_text(text: str, change: Callable[[str], str]) -> str:
    parts = _MARKUP.split(text)
    return "".join(part if i % 2 else change(part) for i, part in enumerate(parts))


class Marked(String):
    """Formatted text (markup included) whose case changes leave the markup as it is."""

    def upper(self) -> "Marked":
        return Marked(_case_text(self, str.upper))

    def lower(self) -> "Marked":
        return Marked(_case_text(self, str.lower))

    def soft_upper(self) -> "Marked":
        return self.upper()

    def soft_lower(self) -> "Marked":
        return self.lower()

    def capitalize_first(self) -> "Marked":
        parts = _MARKUP.split(self)
        for i in range(0, len(parts), 2):
            if parts[i].strip():
                stripped = parts[i].lstrip()
                lead = parts[i][: len(parts[i]) - len(stripped)]
                parts[i] = lead + stripped[:1].upper() + stripped[1:]
                break
        return Marked("".join(parts))


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def markdown_escape(text: str) -> str:
    """Backslash-escape the characters Markdown would read as markup."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


class _Wrapper:
    left = right = ""

    def __new__(cls, text: Any) -> Any:  # type: ignore[misc]
        text = cls.inner(str(text))
        if not text:
            return Marked(text)
        return Marked(f"{cls.left}{text}{cls.right}")

    @staticmethod
    def inner(text: str) -> str:
        return text


_MARKDOWN_EMPHASIS = re.compile(r"(?<![\\*])\*(?!\*)")


class _Italic(_Wrapper):
    left = right = "*"

    @staticmethod
    def inner(text: str) -> str:
        """Italics inside italics: Markdown cannot set them roman, so their ``*`` go."""
        return _MARKDOWN_EMPHASIS.sub("", text)


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


_LATEX_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                  "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
                  "<": r"\textless{}", ">": r"\textgreater{}"}
_LATEX_RE = re.compile("|".join(re.escape(k) for k in _LATEX_SPECIAL))


def latex_escape(text: str) -> str:
    """Escape LaTeX's special characters (``& % $ # _ { } ~ ^ \\``, and ``<``/``>``, which the
    default font encoding prints as "¡"/"¿")."""
    return _LATEX_RE.sub(lambda m: _LATEX_SPECIAL[m.group(0)], str(text))


class _LatexCommand:
    command = ""

    def __new__(cls, text: Any) -> Any:  # type: ignore[misc]
        text = str(text)
        if not text:
            return Marked(text)
        return Marked(f"\\{cls.command}{{{text}}}")


class _Emph(_LatexCommand):
    command = "emph"


class _TextBf(_LatexCommand):
    command = "textbf"


class _TextSc(_LatexCommand):
    command = "textsc"


class _Underline(_LatexCommand):
    command = "underline"


class _TextSuperscript(_LatexCommand):
    command = "textsuperscript"


class _TextSubscript(_LatexCommand):
    command = "textsubscript"


latex_formatter = SimpleNamespace(
    preformat=latex_escape,
    Italic=_Emph,
    Oblique=_Emph,
    Bold=_TextBf,
    Light=str,
    Underline=_Underline,
    Superscript=_TextSuperscript,
    Subscript=_TextSubscript,
    SmallCaps=_TextSc,
)


_SUPERSCRIPTS: dict[str, str] = {}


def _superscript_map() -> dict[str, str]:
    if not _SUPERSCRIPTS:
        for code in range(0x00A0, 0x3200):
            char = chr(code)
            decomposition = unicodedata.decomposition(char)
            if decomposition.startswith("<super>"):
                base = "".join(chr(int(h, 16)) for h in decomposition.split()[1:])
                _SUPERSCRIPTS[char] = f"<sup>{html.escape(base, quote=False)}</sup>"
    return _SUPERSCRIPTS


def _html_escape(text: str) -> str:
    """HTML-escape ``text``; Unicode superscript characters ("ᵉ", "ª") become ``<sup>`` markup,
    as citeproc-js writes them."""
    escaped = html.escape(str(text), quote=False)
    table = _superscript_map()
    if any(c in table for c in escaped):
        escaped = "".join(table.get(c, c) for c in escaped)
    return escaped


_HTML_TAG = re.compile(r"<(/?)([a-z]+)((?:\s[^<>]*)?)>")


def flip(text: str, tag: str, roman: str) -> str:
    """``text`` with the ``tag`` elements inside it set as ``roman`` spans and ``roman`` spans set
    as ``tag`` elements (citeproc-js's flip-flop), other markup unchanged."""
    if f"<{tag}>" not in text and roman not in text:
        return text
    out, stack, last = [], [], 0
    for match in _HTML_TAG.finditer(text):
        out.append(text[last:match.start()])
        last = match.end()
        whole, closing, name = match.group(0), match.group(1), match.group(2)
        if not closing:
            kind = "tag" if name == tag else "roman" if whole == roman else "other"
            stack.append(kind)
            out.append(roman if kind == "tag" else f"<{tag}>" if kind == "roman" else whole)
        elif name in (tag, "span") and stack:
            kind = stack.pop()
            out.append("</span>" if kind == "tag" else f"</{tag}>" if kind == "roman" else whole)
        else:
            out.append(whole)
    out.append(text[last:])
    return "".join(out)


class _HtmlTag:
    tag = ""
    attributes = ""
    roman = ""

    def __new__(cls, text: Any) -> Any:  # type: ignore[misc]
        text = str(text)
        if cls.roman:
            text = flip(text, cls.tag, cls.roman)
        opening = f"<{cls.tag}{cls.attributes}>"
        return Marked(f"{opening}{text}</{cls.tag}>")


class _HtmlItalic(_HtmlTag):
    tag, roman = "i", '<span style="font-style:normal;">'


class _HtmlBold(_HtmlTag):
    tag, roman = "b", '<span style="font-weight:normal;">'


class _HtmlLight(_HtmlTag):
    tag = "l"


class _HtmlUnderline(_HtmlTag):
    tag = "u"


class _HtmlSuperscript(_HtmlTag):
    tag = "sup"


class _HtmlSubscript(_HtmlTag):
    tag = "sub"


class _HtmlSmallCaps(_HtmlTag):
    tag, attributes = "span", ' style="font-variant:small-caps;"'


html_output_formatter = SimpleNamespace(
    preformat=_html_escape,
    Italic=_HtmlItalic,
    Oblique=_HtmlItalic,
    Bold=_HtmlBold,
    Light=_HtmlLight,
    Underline=_HtmlUnderline,
    Superscript=_HtmlSuperscript,
    Subscript=_HtmlSubscript,
    SmallCaps=_HtmlSmallCaps,
    TagWrapper=html_formatter.TagWrapper,
)


_FORMATTERS: dict[str, tuple[Any, Callable[[str], str] | None]] = {
    "text": (plain_formatter, None),
    "html": (html_output_formatter, _html_escape),
    "markdown": (markdown_formatter, markdown_escape),
    "latex": (latex_formatter, latex_escape),
}


def formatter_for(output: str) -> Any:
    """The citeproc-py formatter for ``output`` (text, html, markdown); StyleError otherwise."""
    try:
        return _FORMATTERS[output][0]
    except KeyError:
        raise StyleError(f"unknown output {output!r}; choose one of {', '.join(OUTPUTS)}") from None


#: Rich-text markup that CSL-JSON values may carry (as Zotero and citeproc-js read it).
RICH_TAG = re.compile(r'(<span class="nocase">|<span class="nodecor">|<span style="font-variant:\s*small-caps;?">'
                      r'|</span>|</?(?:i|b|sup|sub|sc)>)', re.I)

#: How each rich-text element opens and closes in each output ("" drops the markup).
_RICH = {
    "i": {"html": ("<i>", "</i>"), "markdown": ("*", "*"), "latex": ("\\emph{", "}")},
    "b": {"html": ("<b>", "</b>"), "markdown": ("**", "**"), "latex": ("\\textbf{", "}")},
    "sup": {"html": ("<sup>", "</sup>"), "markdown": ("^", "^"), "latex": ("\\textsuperscript{", "}")},
    "sub": {"html": ("<sub>", "</sub>"), "markdown": ("~", "~"), "latex": ("\\textsubscript{", "}")},
    "sc": {"html": ('<span style="font-variant:small-caps;">', "</span>"), "latex": ("\\textsc{", "}")},
    "nodecor": {"html": ('<span style="font-style:normal;">', "</span>")},
    "nocase": {o: ('<span class="nocase">', "</span>") for o in OUTPUTS},  # read by citeproc-py itself
}


def _rich_kind(tag: str) -> str:
    lowered = tag.lower()
    if "nocase" in lowered:
        return "nocase"
    if "nodecor" in lowered:
        return "nodecor"
    if "small-caps" in lowered or lowered in ("<sc>", "</sc>"):
        return "sc"
    return lowered.strip("</>")


def escape_value(value: str, output: str) -> str:
    """Escape one record string for ``output``; its rich-text markup (``<i>``, ``<b>``, ``<sup>``,
    ``<sub>``, ``<sc>``, small-caps and nocase spans) becomes that output's markup (or is dropped
    where it has none), everything else is text."""
    formatter_for(output)
    escape = _FORMATTERS[output][1] or (lambda text: text)
    if "<" not in value:
        return escape(value)
    parts = RICH_TAG.split(value)
    matched: dict[int, str] = {}  # index of a tag that has its partner -> element kind
    stack: list[tuple[int, str]] = []
    for i in range(1, len(parts), 2):
        tag = parts[i]
        kind = _rich_kind(tag)
        if not tag.startswith("</"):
            stack.append((i, kind))
            continue
        wanted = ("nocase", "nodecor", "sc") if tag.lower() == "</span>" else (kind,)
        if stack and stack[-1][1] in wanted and (tag.lower() == "</span>") == parts[stack[-1][0]].lower().startswith("<span"):
            start, kind = stack.pop()
            matched[start] = matched[i] = kind
    out = []
    for i, part in enumerate(parts):
        if i not in matched:
            out.append(escape(part))
            continue
        opening, closing = _RICH[matched[i]].get(output, ("", ""))
        out.append(closing if part.startswith("</") else opening)
    return "".join(out)


def assemble(entries: list[str], output: str, kind: str = "bibliography") -> str:
    """Join rendered entries into one document: lines (text), a div list (html), paragraphs
    (markdown, latex)."""
    formatter_for(output)
    if output == "html":
        outer, inner = ("csl-bib-body", "csl-entry") if kind == "bibliography" else ("csl-citations", "csl-citation")
        body = "".join(f'  <div class="{inner}">{entry}</div>\n' for entry in entries)
        return f'<div class="{outer}">\n{body}</div>\n'
    if output in ("markdown", "latex"):
        return "".join(f"{entry}\n\n" for entry in entries).rstrip("\n") + "\n" if entries else ""
    return "".join(f"{entry}\n" for entry in entries)
