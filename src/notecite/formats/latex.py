"""LaTeX text in BibTeX fields: Unicode → LaTeX (``encode``) and LaTeX → Unicode (``decode``).

``encode`` escapes the characters LaTeX treats specially (``& % # _ { } $ ~ ^ \\``), keeps
non-ASCII as UTF-8 unless ``ascii=True`` (then ``é`` → ``{\\'e}`` through latexcodec), turns
CSL-JSON rich-text tags (``<i>``, ``<b>``, ``<sup>``, ``<sub>``, small caps) into LaTeX
commands and writes a literal ``--`` as ``-{}-`` so that it is not read back as a dash.
``decode`` undoes all of that and also reads the usual hand-written forms (``\\"o``,
``\\"{o}``, ``{\\"o}``, ``\\ss``, ``--``, ``---``, ``~``, ````…''``). Case-protecting braces
are dropped; unknown commands and math are kept verbatim.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

import latexcodec  # noqa: F401  (registers the "ulatex" codecs)

from ..records import CONTROL_CHARACTERS

_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",  # BibTeX counts braces even after a backslash
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "$": r"\$",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}

#: CSL-JSON rich-text tags and the LaTeX commands standing for them.
_TAGS = [
    ("<i>", "</i>", "\\emph{"),
    ("<b>", "</b>", "\\textbf{"),
    ("<sup>", "</sup>", "\\textsuperscript{"),
    ("<sub>", "</sub>", "\\textsubscript{"),
    ('<span style="font-variant:small-caps;">', "</span>", "\\textsc{"),
    ('<span class="nocase">', "</span>", "{"),
]
_TAG_RE = re.compile("|".join(re.escape(t) for pair in _TAGS for t in pair[:2]))
#: Each opening tag's closing tag, and its LaTeX command.
_CLOSER_OF = {opening: closing for opening, closing, _ in _TAGS}
_COMMAND_OF = {opening: command for opening, _, command in _TAGS}

# Combining marks of the accent commands.
_ACCENTS = {
    "`": "\u0300", "'": "\u0301", "^": "\u0302", "~": "\u0303", "=": "\u0304", "u": "\u0306",
    ".": "\u0307", '"': "\u0308", "r": "\u030a", "H": "\u030b", "v": "\u030c", "d": "\u0323",
    "c": "\u0327", "k": "\u0328", "b": "\u0331", "t": "\u0361",
}
_LETTERS = {
    "ss": "ß", "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "aa": "å", "AA": "Å", "ae": "æ",
    "AE": "Æ", "oe": "œ", "OE": "Œ", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ",
    "TH": "Þ", "ng": "ŋ", "NG": "Ŋ", "SS": "ẞ",
}
_SYMBOLS = {
    "textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^", "textendash": "–",
    "textemdash": "—", "ldots": "…", "dots": "…", "textellipsis": "…", "S": "§", "P": "¶",
    "dag": "†", "ddag": "‡", "copyright": "©", "textcopyright": "©", "pounds": "£",
    "textsterling": "£", "euro": "€", "texteuro": "€", "textregistered": "®",
    "texttrademark": "™", "textquotedblleft": "“", "textquotedblright": "”",
    "textquoteleft": "‘", "textquoteright": "’", "guillemotleft": "«", "guillemotright": "»",
    "guillemetleft": "«", "guillemetright": "»", "textless": "<", "textgreater": ">",
    "textbar": "|", "textdollar": "$", "textunderscore": "_", "textbullet": "•",
    "textdegree": "°", "textperiodcentered": "·", "textsection": "§", "textparagraph": "¶",
    "quad": "\u2003", "textordfeminine": "ª", "textordmasculine": "º", "textexclamdown": "¡",
    "textquestiondown": "¿",
}
_FORMATS = {
    "emph": ("<i>", "</i>"), "textit": ("<i>", "</i>"), "textsl": ("<i>", "</i>"),
    "textbf": ("<b>", "</b>"), "textsuperscript": ("<sup>", "</sup>"),
    "textsubscript": ("<sub>", "</sub>"),
    "textsc": ('<span style="font-variant:small-caps;">', "</span>"),
    "textrm": ("", ""), "textup": ("", ""), "textnormal": ("", ""), "url": ("", ""),
    "mkbibquote": ("“", "”"), "enquote": ("“", "”"), "mbox": ("", ""), "hbox": ("", ""),
}
# Private-use placeholders for characters that must survive brace stripping.
_PLACE = {"{": "\ue000", "}": "\ue001", "\\": "\ue002", "~": "\ue003", "$": "\ue004", "%": "\ue005"}
_UNPLACE = {v: k for k, v in _PLACE.items()}


def encode(text: str, *, ascii: bool = False) -> str:
    """``text`` (Unicode, CSL rich text) as a BibTeX field value with balanced braces, control characters left out."""
    text = CONTROL_CHARACTERS.sub("", text)  # no BibTeX value may hold them: a reader refuses them
    matches = list(_TAG_RE.finditer(text))
    paired = _paired_tags(matches)
    out: list[str] = []
    pos = 0
    for n, match in enumerate(matches):
        out.append(_escape(text[pos:match.start()], ascii))
        tag = match.group()
        if n not in paired:  # a tag without its other half (``<sup>`` alone): plain text
            out.append(_escape(tag, ascii))
        else:
            out.append(_COMMAND_OF.get(tag, "}"))
        pos = match.end()
    out.append(_escape(text[pos:], ascii))
    return "".join(out)


def _paired_tags(matches: list[re.Match]) -> set[int]:
    """The indexes of the tags among ``matches`` that open or close a pair (``<i>…</i>``), nested as they come."""
    paired: set[int] = set()
    stack: list[int] = []
    for n, match in enumerate(matches):
        tag = match.group()
        if tag in _CLOSER_OF:
            stack.append(n)
        elif stack and _CLOSER_OF[matches[stack[-1]].group()] == tag:
            paired.update((stack.pop(), n))
    return paired


def _escape(text: str, ascii: bool) -> str:
    text = "".join(_SPECIALS.get(ch, ch) for ch in text)
    text = re.sub(r"-(?=-)", "-{}", text)  # a literal "--" is not an en dash
    text = text.replace("``", "`{}`").replace("''", "'{}'")  # nor are `` and '' quotes
    if ascii:
        text = "".join(ch if ord(ch) < 128 else _ascii_char(ch) for ch in text)
    return text


def _ascii_char(ch: str) -> str:
    """One non-ASCII character as LaTeX, braced when it is a command (``{\\'e}``)."""
    try:
        latex = codecs.encode(ch, "ulatex+ascii").strip()
    except UnicodeEncodeError:
        latex = ""
    if not latex:
        base = unicodedata.normalize("NFD", ch)
        marks = {v: k for k, v in _ACCENTS.items()}
        if len(base) == 2 and base[0].isascii() and base[1] in marks:
            cmd = marks[base[1]]
            sep = " " if cmd.isalpha() else ""
            latex = f"\\{cmd}{sep}{base[0]}"
        else:
            return ch  # nothing in LaTeX stands for it: keep the character
    if latex.startswith("\\") and not latex.startswith("\\{"):
        return "{" + latex + "}"
    return latex


def encode_verbatim(text: str) -> str:
    """A URL- or DOI-like value as written: braces (which would unbalance the field) become %7B/%7D, control
    characters left out."""
    return CONTROL_CHARACTERS.sub("", text).replace("{", "%7B").replace("}", "%7D")


def decode_verbatim(text: str) -> str:
    """A verbatim field's value: strips a ``\\url{…}`` wrapper and the ``\\%``-style escapes hand-written files use."""
    match = re.fullmatch(r"\s*\\url\{(.*)\}\s*", text, re.S)
    if match:
        text = match.group(1)
    return (text.replace(r"\%", "%").replace(r"\_", "_").replace(r"\#", "#").replace(r"\&", "&"))


def decode(text: str, *, names: bool = False, nocase: bool = False) -> str:
    """A BibTeX field value as Unicode (CSL rich-text tags for emphasis, bold, …).

    ``names=True`` reads ``~`` as a plain space (as in ``J.~R.~R.``), else as U+00A0.
    ``nocase=True`` (for titles) keeps case-protecting braces as ``<span class="nocase">``.
    """
    s = text
    # Escaped specials first, as placeholders that brace stripping does not touch.
    s = re.sub(r"\\([&#_])", r"\1", s)
    for ch in "{}$%":
        s = s.replace("\\" + ch, _PLACE[ch])
    s = re.sub(r"\\(textbackslash|textasciitilde|textdollar|textbraceleft|textbraceright)(?![A-Za-z])(?:\{\}|\s*)",
               lambda m: {"textbackslash": _PLACE["\\"], "textasciitilde": _PLACE["~"], "textdollar": _PLACE["$"],
                          "textbraceleft": _PLACE["{"], "textbraceright": _PLACE["}"]}[m.group(1)], s)
    s = _decode_accents(s)
    s = re.sub(r"\\([A-Za-z]+)(?![A-Za-z])(?:\{\}|\s*)", _symbol, s)
    s = _decode_formats(s)
    s = re.sub(r"\\([ ,;:!/])", lambda m: " " if m.group(1) == " " else ("\u2009" if m.group(1) == "," else ""), s)
    s = s.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”")
    s = s.replace("~", " " if names else "\u00a0")
    if nocase:
        s = _nocase_spans(s)
    s = re.sub(r"(?<!\\)[{}]", "", s)
    s = "".join(_UNPLACE.get(ch, ch) for ch in s)
    return unicodedata.normalize("NFC", s)


def _decode_accents(s: str) -> str:
    pattern = re.compile(
        r"\{?\\(?P<sym>[`'^\"~=.])\s*(?:\{(?P<l1>\\?[A-Za-z]?)\}|(?P<l2>\\[ij](?![A-Za-z])|[A-Za-z]))\}?"
        r"|\{?\\(?P<word>[uvHckrdbt])(?:\s*\{(?P<l3>\\?[A-Za-z]?)\}|\s+(?P<l4>\\[ij](?![A-Za-z])|[A-Za-z]))\}?"
    )

    def sub(m: re.Match) -> str:
        cmd = m.group("sym") or m.group("word")
        letter = m.group("l1") or m.group("l2") or m.group("l3") or m.group("l4") or ""
        letter = {"\\i": "i", "\\j": "j"}.get(letter, letter)
        return _balance(m.group(), unicodedata.normalize("NFC", letter + _ACCENTS[cmd]))

    return pattern.sub(sub, s)


def _balance(matched: str, replacement: str) -> str:
    """Keep a brace the accent pattern swallowed on one side only, so braces stay paired."""
    opened = matched.startswith("{")
    closed = matched.endswith("}") and matched.count("}") > matched.count("{") - (1 if opened else 0)
    if opened and not closed:
        return "{" + replacement
    if closed and not opened:
        return replacement + "}"
    return replacement


def _symbol(m: re.Match) -> str:
    name = m.group(1)
    if name in _LETTERS:
        return _LETTERS[name]
    if name in _SYMBOLS:
        return _SYMBOLS[name]
    return m.group()  # unknown or formatting command: left for later steps


def _decode_formats(s: str) -> str:
    pattern = re.compile(r"\\(" + "|".join(_FORMATS) + r")\s*\{")
    while True:
        m = pattern.search(s)
        if not m:
            return s
        start, depth, i = m.end(), 1, m.end()
        while i < len(s) and depth:
            depth += {"{": 1, "}": -1}.get(s[i], 0)
            i += 1
        if depth:
            return s  # unbalanced: leave as is
        before, after = _FORMATS[m.group(1)]
        s = s[:m.start()] + before + s[start:i - 1] + after + s[i:]


def _nocase_spans(s: str) -> str:
    """Outermost ``{…}`` groups (what is left once commands are read) → nocase spans."""
    out, depth = [], 0
    for ch in s:
        if ch == "{":
            out.append('<span class="nocase">' if depth == 0 else "")
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
            out.append("</span>" if depth == 0 else "")
        else:
            out.append(ch)
    if depth:  # unbalanced: give up on spans
        return s
    return "".join(out).replace('<span class="nocase"></span>', "")
