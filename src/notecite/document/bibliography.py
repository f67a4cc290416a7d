"""A document's own bibliography: the entries listed under a "Bibliography"-like heading in its body.

Articles in the notes-and-bibliography style cite by short notes ("Brundage, Lynching, 86.") and give
the full reference once, in a list at the end of the text. The entries are read here as text; the
pipeline parses them and linking completes the cited works from them
(:func:`notecite.link.bibliography.complete_from_bibliography`).
"""
from __future__ import annotations

import re

#: A heading line that opens a document's list of works (English, French, German, Spanish, Italian,
#: Portuguese), alone on its line, maybe as a Markdown heading, maybe with a bracketed remark (``Bibliography
#: (selected)``), maybe ending on a colon.
_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:(?:select(?:ed)?|primary|secondary)\s+)?"
    r"(?:bibliography|works\s+cited|references(?:\s+cited)?|sources(?:\s+cited)?|literature\s+cited"
    r"|literatur(?:verzeichnis)?|quellen(?:\s+und\s+literatur)?|bibliographie|bibliograf[íi]a|referências"
    r"|r[ée]f[ée]rences(?:\s+bibliographiques)?|riferimenti\s+bibliografici|fuentes)"
    r"(?:\s*[(\[][^()\[\]\n]{1,60}[)\]])?\s*:?\s*$", re.I)
#: A Markdown heading, or a short line of words without a full stop or a digit (``Acknowledgments``,
#: ``About the Author``): the end of the list.
_NEXT_HEADING = re.compile(r"^\s*(?:#{1,6}\s+\S.*|[^\W\d_][^\d.]{0,40})\s*$")
#: What every entry has: a four-digit year (or "n.d.").
_YEAR = re.compile(r"\b(?:1[4-9]\d\d|20\d\d)\b|\bn\.\s?d\.", re.I)


def is_bibliography_heading(line: str) -> bool:
    """Whether ``line`` heads a bibliography (``References``, ``Works Cited``, ``Bibliographie``…)."""
    return _HEADING.match(line) is not None


def bibliography_entries(body: str) -> list[str]:
    """The entries of the bibliography section(s) of ``body``, in order, each on one line.

    An entry is a paragraph when blank lines part the list's entries, else a line; it must name a
    year (or n.d.). The list ends at the next heading or the end of the body. Empty when the body
    has no bibliography heading.
    """
    lines = body.split("\n")
    entries: list[str] = []
    i = 0
    while i < len(lines):
        if not _HEADING.match(lines[i]):
            i += 1
            continue
        i += 1
        section: list[str] = []
        while i < len(lines) and not (_HEADING.match(lines[i]) or _NEXT_HEADING.match(lines[i])):
            section.append(lines[i])
            i += 1
        entries += [without_label(entry) for entry in _split_entries(section) if _YEAR.search(entry)]
    return entries


#: A label opening an entry before the entry itself: ``[Knu84] Knuth, D. …``, or the names and year the text cites
#: it by, the first name repeated by the entry (``Hafner and Lyon 1996 Hafner, K. and Lyon, M. When Wizards…``).
_LABEL = re.compile(r"^\s*(?:\[[^\[\]\n]{1,40}\]\s+(?=\S)"
                    r"|(?P<first>[^\W\d_][\w'’-]*)[^\d\n]{0,80}?\s(?:1[4-9]\d\d|20\d\d)[a-z]?\s+(?=(?P=first)\b))")


def without_label(entry: str) -> str:
    """``entry`` without the label some lists print before each entry (:data:`_LABEL`); as it is when it has none.
    When only the label gives the year (``Howell and Douglas 1990 Howell, G. … 2: 93-109.``), the year is put at
    the entry's end (``… 2: 93-109. 1990.``): the works the notes cite by name and year keep it."""
    label = _LABEL.match(entry)
    if not label:
        return entry
    rest = entry[label.end():]
    year = _YEAR.search(label.group(0))
    if year and not _YEAR.search(rest):
        rest = rest.rstrip() + ("" if rest.rstrip().endswith(".") else ".") + " " + year.group(0) + "."
    return rest


def _split_entries(lines: list[str]) -> list[str]:
    """The entries of a section's lines: blank-line paragraphs joined into one line each when the
    section has blank lines between text lines, else one entry per line."""
    text = "\n".join(lines).strip("\n")
    if re.search(r"\S\n[ \t]*\n+[ \t]*\S", text):
        paragraphs = re.split(r"\n[ \t]*\n", text)
    else:
        paragraphs = text.split("\n")
    return [" ".join(p.split()) for p in paragraphs if p.strip()]
