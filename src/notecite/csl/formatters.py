r"""Output formats for citeproc-py: plain text, HTML, Markdown and LaTeX, with escaping of record values.

citeproc-py escapes the text of locale terms but inserts record values as they are, so
:func:`escape_value` is applied to every string of a record before rendering.

Formatted pieces are :class:`Marked` strings: a ``text-case`` applied to text that holds them
changes the text and never the markup (citeproc-py's own tags became ``<I>`` and LaTeX's
``\textsc`` the uncompilable ``\TEXTSC``). HTML is written as citeproc-js writes it: the
style's formatting nests as the style says, rich text of a record flips against it (italics
inside italics are set roman, ``<span style="font-style:normal;">``, likewise bold and small
caps), resolved by :func:`finish_html` once a rendering is whole; Markdown, which has no
roman-in-italics, drops the inner ``*``; LaTeX's ``\emph`` flips by itself.
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


def finish_latex(text: str) -> str:
    """A rendered LaTeX cite or entry with its narrow no-break spaces (U+202F, which pdflatex
    does not know) as LaTeX's thin space ``\\,``."""
    return text.replace("\u202f", "\\,") if "\u202f" in text else text


latex_formatter = SimpleNamespace(
    preformat=latex_escape,
    finish=finish_latex,
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
#: Superscript letters Unicode gives no ``<super>`` decomposition that citeproc-js also
#: rewrites: the modifier glottal stops and the Arabic small waw and yeh.
_SUPERSCRIPT_EXTRA = {"\u02c0": "\u0294", "\u02c1": "\u0295", "\u06e5": "\u0648", "\u06e6": "\u064a"}


def _superscript_map() -> dict[str, str]:
    if not _SUPERSCRIPTS:
        for code in range(0x00A0, 0x3200):
            char = chr(code)
            decomposition = unicodedata.decomposition(char)
            if decomposition.startswith("<super>"):
                base = "".join(chr(int(h, 16)) for h in decomposition.split()[1:])
                _SUPERSCRIPTS[char] = f"<sup>{html.escape(base, quote=False)}</sup>"
        _SUPERSCRIPTS.update({char: f"<sup>{base}</sup>" for char, base in _SUPERSCRIPT_EXTRA.items()})
    return _SUPERSCRIPTS


def _html_escape(text: str) -> str:
    """HTML-escape ``text``; Unicode superscript characters ("ᵉ", "ª") become ``<sup>`` markup,
    as citeproc-js writes them."""
    escaped = html.escape(str(text), quote=False)
    table = _superscript_map()
    if any(c in table for c in escaped):
        escaped = "".join(table.get(c, c) for c in escaped)
    return escaped


class _HtmlTag:
    opening = closing = ""

    def __new__(cls, text: Any) -> Any:  # type: ignore[misc]
        text = str(text)
        if not text:  # citeproc-js decorates nothing empty
            return Marked(text)
        return Marked(f"{cls.opening}{text}{cls.closing}")


def _html_tag(opening: str) -> type:
    name = opening[1:].split(">")[0].split()[0]
    return type("_HtmlTag", (_HtmlTag,), {"opening": opening, "closing": f"</{name}>"})


#: What citeproc-js writes for each decoration (its ``html`` output format).
DECORATIONS = {
    ("font-style", "italic"): "<i>",
    ("font-style", "oblique"): "<em>",
    ("font-style", "normal"): '<span style="font-style:normal;">',
    ("font-variant", "small-caps"): '<span style="font-variant:small-caps;">',
    ("font-variant", "normal"): '<span style="font-variant:normal;">',
    ("font-weight", "bold"): "<b>",
    ("font-weight", "normal"): '<span style="font-weight:normal;">',
    ("text-decoration", "underline"): '<span style="text-decoration:underline;">',
    ("text-decoration", "none"): '<span style="text-decoration:none;">',
    ("vertical-align", "sup"): "<sup>",
    ("vertical-align", "sub"): "<sub>",
    ("vertical-align", "baseline"): '<span style="baseline">',
}
_DECORATION_OF = {opening: decoration for decoration, opening in DECORATIONS.items()}

#: Marks on an opening tag until :func:`finish_html`: ``data-n`` a style's "normal" (written only
#: under a non-normal ancestor of the same attribute), ``data-o`` likewise but blind to the nearest
#: ancestor that sets the attribute (a ``<name>`` inside the ``<names>`` that sets it: citeproc-js
#: formats each name before the list), ``data-f`` rich text of a record value (flipped against the
#: nearest ancestor of the same attribute).
_NORMAL_MARK, _OUTER_MARK, _FIELD_MARK = " data-n", " data-o", " data-f"
#: ``data-l``: a "normal" of a terminal element, also written when its value ends in rich text that
#: sets the attribute (citeproc-js splits such a value into pieces and tests the last one).
_LEAF_MARK = " data-l"
_MARKS = (_NORMAL_MARK, _OUTER_MARK, _LEAF_MARK)


def _marked(opening: str, mark: str) -> str:
    return opening[:-1].replace("<span", f"<span{mark}", 1) if opening.startswith("<span") else opening[:-1] + mark


def _normal_tag(attribute: str, mark: str = _NORMAL_MARK) -> type:
    return _html_tag(_marked(DECORATIONS[(attribute, "normal")], mark) + ">")


#: Rich-text openers of record values in HTML, before :func:`finish_html` resolves them.
_FIELD_TAGS = {kind: _marked(opening, _FIELD_MARK) + ">" for kind, opening in (
    ("i", "<i>"), ("b", "<b>"), ("sup", "<sup>"), ("sub", "<sub>"),
    ("sc", DECORATIONS[("font-variant", "small-caps")]), ("nodecor", '<span class="nodecor">'))}
_FIELD_KIND = {opening: kind for kind, opening in _FIELD_TAGS.items()}
_FLIPPED = {"i": ("font-style", "italic"), "b": ("font-weight", "bold"), "sc": ("font-variant", "small-caps")}
_TAG = re.compile(r"<(/?)([a-z]+)([^<>]*)>")


class _Open:
    """An element open while :func:`finish_html` reads a rendering."""

    __slots__ = ("name", "closing", "decorations", "field", "pending", "last")

    def __init__(self, name: str, closing: str, decorations: list[tuple[str, str]], field: bool = False) -> None:
        self.name, self.closing, self.decorations, self.field = name, closing, decorations, field
        self.pending: tuple[int, str] | None = None  # a "normal" still undecided: (place in out, opening)
        self.last: _Open | None = None  # the child element the content ends with


def finish_html(text: str) -> str:
    """Resolve the marks of an HTML rendering as citeproc-js does: a style's ``normal`` is written
    where an ancestor sets that attribute otherwise, or where its content ends with a child that
    does (citeproc-js tests the last child of a formatted group: "<span style="font-style:normal;">
    … <i>Les Lieux de Mémoire</i></span>"); rich text from a record flips against the enclosing
    rich text, else against the outermost ancestor that sets the attribute (citeproc-js's
    ``TagReg`` reads the decorations from the outside in: italics inside a roman title inside an
    italic group are set roman); ``nodecor`` sets roman what its ancestors decorate. Markup of
    the style itself is kept as it is, nested or not."""
    if " data-" not in text:
        return text
    out: list[str] = []
    stack: list[_Open] = []
    last = 0

    def flip_base(attribute: str) -> str | None:
        for entry in reversed(stack):
            if entry.field:
                for name, value in reversed(entry.decorations):
                    if name == attribute:
                        return value
        for entry in stack:
            if not entry.field:
                for name, value in entry.decorations:
                    if name == attribute:
                        return value
        return None

    def decorated(attribute: str, skip: bool = False) -> bool:
        for entry in reversed(stack):
            for name, value in entry.decorations:
                if name != attribute:
                    continue
                if skip:
                    skip = False
                elif value != "normal":
                    return True
        return False

    for match in _TAG.finditer(text):
        between = text[last:match.start()]
        out.append(between)
        if between and stack:
            stack[-1].last = None
        last = match.end()
        whole, closing, name, rest = match.group(0), match.group(1), match.group(2), match.group(3)
        if closing:
            if stack and stack[-1].name == name:
                entry = stack.pop()
                if entry.pending is not None:
                    place, opening = entry.pending
                    attribute = entry.decorations[0][0]
                    child = entry.last
                    if child is not None and child.field and any(
                            a == attribute and v != "normal" for a, v in child.decorations):
                        out[place], entry.closing = opening, f"</{name}>"
                out.append(entry.closing)
                if stack:
                    stack[-1].last = entry
            else:
                out.append(whole)
            continue
        if stack:
            stack[-1].last = None
        if any(mark in rest for mark in _MARKS):
            plain = whole
            for mark in _MARKS:
                plain = plain.replace(mark, "", 1)
            attribute = _DECORATION_OF[plain][0]
            written = decorated(attribute, skip=_OUTER_MARK in rest)
            entry = _Open(name, f"</{name}>" if written else "", [(attribute, "normal")])
            if not written and _LEAF_MARK in rest:
                entry.pending = (len(out), plain)
            out.append(plain if written else "")
            stack.append(entry)
        elif whole in _FIELD_KIND:
            kind = _FIELD_KIND[whole]
            if kind in _FLIPPED:
                attribute, value = _FLIPPED[kind]
                base = flip_base(attribute)
                if base == value or (attribute == "font-style" and base == "oblique"):
                    value = "normal"
                out.append(DECORATIONS[(attribute, value)])
                stack.append(_Open(name, "</span>" if value == "normal" else f"</{name}>", [(attribute, value)], True))
            elif kind == "nodecor":
                romans = [(a, "normal") for a in ("font-weight", "font-style", "font-variant") if decorated(a)]
                out.append("".join(DECORATIONS[d] for d in romans))
                stack.append(_Open(name, "</span>" * len(romans), romans, True))
            else:
                out.append(f"<{kind}>")
                stack.append(_Open(name, f"</{kind}>", [("vertical-align", kind)], True))
        else:
            decoration = _DECORATION_OF.get(whole)
            stack.append(_Open(name, f"</{name}>", [decoration] if decoration else []))
            out.append(whole)
    out.append(text[last:])
    return "".join(out)


html_output_formatter = SimpleNamespace(
    preformat=_html_escape,
    Italic=_html_tag("<i>"),
    Oblique=_html_tag("<em>"),
    Bold=_html_tag("<b>"),
    Light=str,
    Underline=_html_tag(DECORATIONS[("text-decoration", "underline")]),
    Superscript=_html_tag("<sup>"),
    Subscript=_html_tag("<sub>"),
    SmallCaps=_html_tag(DECORATIONS[("font-variant", "small-caps")]),
    NormalStyle=_normal_tag("font-style"),
    NormalVariant=_normal_tag("font-variant"),
    NormalWeight=_normal_tag("font-weight"),
    NormalStyleBeyond=_normal_tag("font-style", _OUTER_MARK),
    NormalVariantBeyond=_normal_tag("font-variant", _OUTER_MARK),
    NormalWeightBeyond=_normal_tag("font-weight", _OUTER_MARK),
    NormalStyleLeaf=_normal_tag("font-style", _LEAF_MARK),
    NormalVariantLeaf=_normal_tag("font-variant", _LEAF_MARK),
    NormalWeightLeaf=_normal_tag("font-weight", _LEAF_MARK),
    NormalStyleShown=_html_tag(DECORATIONS[("font-style", "normal")]),
    NormalVariantShown=_html_tag(DECORATIONS[("font-variant", "normal")]),
    NormalWeightShown=_html_tag(DECORATIONS[("font-weight", "normal")]),
    NoDecoration=_html_tag(DECORATIONS[("text-decoration", "none")]),
    Baseline=_html_tag(DECORATIONS[("vertical-align", "baseline")]),
    finish=finish_html,
    TagWrapper=html_formatter.TagWrapper,
)


_FORMATTERS: dict[str, tuple[Any, Callable[[str], str] | None]] = {
    "text": (plain_formatter, None),
    "html": (html_output_formatter, _html_escape),
    "markdown": (markdown_formatter, markdown_escape),
    "latex": (latex_formatter, latex_escape),
}


def output_of(formatter: Any) -> str | None:
    """The output name of one of the formatters :func:`formatter_for` gives (None for another)."""
    for name, (known, _) in _FORMATTERS.items():
        if known is formatter:
            return name
    return None


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
    "i": {"html": (_FIELD_TAGS["i"], "</i>"), "markdown": ("*", "*"), "latex": ("\\emph{", "}")},
    "b": {"html": (_FIELD_TAGS["b"], "</b>"), "markdown": ("**", "**"), "latex": ("\\textbf{", "}")},
    "sup": {"html": (_FIELD_TAGS["sup"], "</sup>"), "markdown": ("^", "^"), "latex": ("\\textsuperscript{", "}")},
    "sub": {"html": (_FIELD_TAGS["sub"], "</sub>"), "markdown": ("~", "~"), "latex": ("\\textsubscript{", "}")},
    "sc": {"html": (_FIELD_TAGS["sc"], "</span>"), "latex": ("\\textsc{", "}")},
    "nodecor": {"html": (_FIELD_TAGS["nodecor"], "</span>")},
    "nocase": {o: ('<span class="nocase">', "</span>") for o in OUTPUTS},  # read by citeproc-py itself
}


#: Rich text that text-case leaves alone, as citeproc-js does (read by citeproc-py as no-case).
_IMPLICIT_NOCASE = frozenset({"sc", "sup", "sub", "nodecor"})
_NOCASE = '<span class="nocase">'


def _rich_kind(tag: str) -> str:
    lowered = tag.lower()
    if "nocase" in lowered:
        return "nocase"
    if "nodecor" in lowered:
        return "nodecor"
    if "small-caps" in lowered or lowered in ("<sc>", "</sc>"):
        return "sc"
    return lowered.strip("</>")


def escape_value(value: str, output: str, implicit_nocase: bool = True) -> str:
    """Escape one record string for ``output``; its rich-text markup (``<i>``, ``<b>``, ``<sup>``,
    ``<sub>``, ``<sc>``, small-caps and nocase spans) becomes that output's markup (or is dropped
    where it has none), everything else is text. Small caps, superscript, subscript and nodecor
    are also no-case (``implicit_nocase``: for values citeproc-py reads no-case spans in)."""
    formatter_for(output)
    escape = _FORMATTERS[output][1] or (lambda text: text)
    if "<" not in value:
        return escape(value)
    parts = RICH_TAG.split(value)
    matched: dict[int, str] = {}  # index of a tag that has its partner -> element kind
    partner: dict[int, int] = {}  # index of an opening tag -> index of its closing tag
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
            partner[start] = i
    out = []
    closers: list[str] = []  # for each open element: what closes it
    nocase = 0  # open no-case elements
    for i, part in enumerate(parts):
        if i not in matched:
            out.append(escape(part))
            continue
        kind = matched[i]
        opening, closing = _RICH[kind].get(output, ("", ""))
        if part.startswith("</"):
            nocase -= kind == "nocase"
            out.append(closers.pop())
            continue
        if implicit_nocase and kind in _IMPLICIT_NOCASE and not nocase and not any(
                parts[k].lower().startswith(("<span", "</span")) for k in range(i + 2, partner[i], 2) if k in matched):
            opening, closing = opening + _NOCASE, "</span>" + closing  # text-case leaves it alone
        nocase += kind == "nocase"
        closers.append(closing)
        out.append(opening)
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
