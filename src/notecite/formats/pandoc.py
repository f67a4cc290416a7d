"""Pandoc Markdown: an article with each note's cites turned into one pandoc citation cluster.

A note becomes ``[See @serge1987memoirs, {p. 67}; and @sergedestiny, among other works.]``: one
cluster, as pandoc users write it, so that ``pandoc --citeproc`` renders it as the note itself in
a note style. Every word of the author's prose is kept: the prose before the first cite is the
first item's prefix, prose between cites the next item's prefix, and prose after the last cite its
suffix; title mentions in prose stay as the author wrote them. A cite's span is widened over its
own quotation marks and parentheses and over an imprint tail the record holds (``1889), no.
397``), so no fragment is left behind; words of a cite that the record does not hold (``published
in the first number of …``) go into that item's suffix, so the style's rendering loses none.
With the CSL-JSON bibliography beside it, ``pandoc --citeproc --csl STYLE`` re-renders the notes
in any style.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from ..document.model import Document
from ..library import Citation, Library
from ..records import Record, plain_text

#: Characters pandoc's Markdown reader would take as markup in running text.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+!|@^~$])")
#: Inside a citation cluster ``;`` separates items: escaped in prefixes and suffixes.
_SPECIAL_IN_CLUSTER = re.compile(r"([\\`*_{}\[\]<>#+!|@^~$;])")
#: A note marker as readers leave it in the body.
_MARKER = re.compile(r"\(\d+\)|\[\^?\d+\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d+")
#: Pandoc's locator terms for CSL locator labels.
LOCATOR_TERMS = {"page": "p.", "chapter": "chap.", "note": "n.", "volume": "vol.", "section": "sec.",
                 "paragraph": "para.", "line": "l.", "figure": "fig.", "part": "pt.", "book": "bk.",
                 "column": "col.", "folio": "fol.", "verse": "v.", "issue": "no."}
OPENING = "“‘«\"'„"
CLOSING = "”’»\"'“"
#: Words a note style writes itself around a reference: never moved to a suffix on their own.
STYLE_WORDS = frozenset("in and by of the a an ed eds trans tr vol vols no nos pp p n nn ibid idem op cit "
                        "loc see cf also ff f".split())
#: Imprint abbreviations a cite's span may be widened over when followed by the record's numbers.
IMPRINT_WORDS = frozenset("no nos vol vols pp p n nn".split())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_WORDS = frozenset(MONTHS) | {m[:3] for m in MONTHS} | {m[:4] for m in MONTHS}
_WORD = re.compile(r"\w+")


def escape(text: str, *, in_cluster: bool = False) -> str:
    """Backslash-escape Markdown specials in running text (and ``;`` inside a citation cluster)."""
    return (_SPECIAL_IN_CLUSTER if in_cluster else _SPECIAL).sub(r"\\\1", text)


def cluster_item(citation: Citation, prefix: str = "", suffix: str = "") -> str:
    """One item of a cluster: ``prefix @key, {p. 67}suffix`` (prefix and suffix already escaped)."""
    item = f"@{citation.record_id}"
    if citation.locator:
        term = LOCATOR_TERMS.get(citation.label or "page", citation.label)
        item += f", {{{term} {citation.locator}}}"
    return f"{prefix} {item}{suffix}" if prefix else f"{item}{suffix}"


def pandoc_citation(citation: Citation) -> str:
    """``[@key, {p. 67}]`` for one citation alone (``[@key]`` without a pinpoint)."""
    return f"[{cluster_item(citation)}]"


def record_words(record: Record, locator: str | None = None) -> set[str]:
    """The lower-case words a style can print for ``record`` (and a pinpoint): every field's
    words, and each date's month names, in full and abbreviated."""
    out: set[str] = set()

    def walk(value: Any, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif key not in ("id", "type", "note", "custom") and value is not None:
            out.update(_WORD.findall(plain_text(value).lower()))
    walk(record)
    for variable in ("issued", "original-date", "event-date", "accessed"):
        for parts in (record.get(variable) or {}).get("date-parts", []) if isinstance(record.get(variable), dict) else []:
            if len(parts) > 1 and isinstance(parts[1], int) and 1 <= parts[1] <= 12:
                month = MONTHS[parts[1] - 1]
                out.update({month, month[:3], month[:4]})
    out.update(_WORD.findall((locator or "").lower()))
    return out


def _accounted(word: str, known: set[str]) -> bool:
    word = word.lower()
    if word in known or word in STYLE_WORDS:
        return True
    # a pinpoint's elided range end (57-8 for 57–58) is the end of a known number
    return word.isdigit() and any(k.isdigit() and k.endswith(word) and k != word for k in known)


def widen(text: str, start: int, end: int, known: set[str], limit: int) -> tuple[int, int]:
    """The span ``text[start:end]`` widened over its own quotation marks and parentheses and
    over a following imprint tail (``1889), no. 397``) whose numbers the record holds (``known``),
    never past ``limit``."""
    if start > 0 and text[start - 1] in OPENING and any(c in text[start:end] for c in CLOSING):
        start -= 1
    best = end
    for token in re.finditer(r"\S+", text[:limit]):
        if token.start() < end:
            continue
        words = [w.lower() for w in _WORD.findall(token.group())]
        if not all(w in known or w in IMPRINT_WORDS for w in words):
            break
        if any(w in known and (w.isdigit() or w in MONTH_WORDS) for w in words):
            best = token.end()
    end = best
    while end > start and text[end - 1] in ".,;:":
        end -= 1
    while end < limit:
        span = text[start:end]
        if text[end] in CLOSING and span[:1] in OPENING and not any(c in span[1:] for c in CLOSING):
            end += 1
        elif text[end] == ")" and span.count("(") > span.count(")"):
            end += 1
        else:
            break
    return start, end


def note_markdown(text: str, citations: list[Citation], italic_spans: Iterable[tuple[int, int]] = (),
                  records: dict[str, Record] | None = None) -> str:
    """A note as pandoc Markdown: its prose escaped, its cites as one citation cluster (see the
    module doc); italic spans of the prose as ``*…*``. ``records`` (id → record) lets spans be
    widened and words the record lacks be kept; without it spans are taken as given."""
    italic_spans = list(italic_spans)
    cites: list[tuple[Citation, int, int]] = []
    position = 0
    ordered = sorted((c for c in citations if c.kind != "mention" and c.end > c.start), key=lambda c: c.start)
    for index, citation in enumerate(ordered):
        if citation.start < position:
            continue
        start, end = citation.start, citation.end
        record = (records or {}).get(citation.record_id)
        if record is not None:
            limit = ordered[index + 1].start if index + 1 < len(ordered) else len(text)
            start, end = widen(text, max(start, position), end, record_words(record, citation.locator), limit)
        cites.append((citation, max(start, position), end))
        position = end
    if not cites:
        return _prose(text, 0, len(text), italic_spans).strip()
    items, before = [], 0
    for index, (citation, start, end) in enumerate(cites):
        if index:  # the author's own separator between two cites is the cluster's "; "
            before += len(text[before:start]) - len(text[before:start].lstrip(";,. \t\n"))
        prefix = _prose(text, before, start, italic_spans, in_cluster=True).strip()
        suffix = ""
        record = (records or {}).get(citation.record_id)
        if record is not None:
            extra = _unheld(text, start, end, record_words(record, citation.locator))
            if extra:
                suffix = ", " + _prose(text, extra[0], extra[1], italic_spans, in_cluster=True)
        if index == len(cites) - 1:
            after = text[end:].rstrip()
            if after.strip() not in ("", "."):
                glue = "" if after[:1] in ",.;:)!?" or after[:1].isspace() else " "
                suffix += glue + _prose(text, end, end + len(after), italic_spans, in_cluster=True)
        items.append(cluster_item(citation, prefix, suffix))
        before = end
    return "[" + "; ".join(items) + "]"


def _unheld(text: str, start: int, end: int, known: set[str]) -> tuple[int, int] | None:
    """The stretch of ``text[start:end]`` from its first to its last word the record does not hold."""
    missing = [m for m in _WORD.finditer(text, start, end) if not _accounted(m.group(), known)]
    if not missing:
        return None
    return missing[0].start(), missing[-1].end()


def _prose(text: str, start: int, end: int, italic_spans: list[tuple[int, int]], *, in_cluster: bool = False) -> str:
    """``text[start:end]`` escaped, with the italic spans that fall inside it emphasised."""
    out, position = [], start
    for a, b in sorted(italic_spans):
        a, b = max(a, position), min(b, end)
        if a >= b:
            continue
        inner = text[a:b]
        lead, trail = len(inner) - len(inner.lstrip()), len(inner.rstrip())
        out.append(escape(text[position:a + lead], in_cluster=in_cluster))
        out.append(f"*{escape(inner[lead:trail], in_cluster=in_cluster)}*" if inner.strip() else escape(inner, in_cluster=in_cluster))
        position = a + trail if inner.strip() else b
    out.append(escape(text[position:end], in_cluster=in_cluster))
    return "".join(out)


def body_markdown(document: Document) -> str:
    """The body with each note marker as ``[^n]`` and one paragraph per line."""
    if document.format == "markdown":
        return document.body
    pieces, position = [], 0
    for marker in sorted(document.markers, key=lambda m: m.offset):
        match = _MARKER.match(document.body, marker.offset)
        if not match or marker.offset < position:
            continue
        pieces.append(escape(document.body[position:marker.offset]))
        pieces.append(f"[^{marker.number}]")
        position = match.end()
    pieces.append(escape(document.body[position:]))
    lines = [line.strip() for line in "".join(pieces).splitlines()]
    return "\n\n".join(line for line in lines if line)


def to_pandoc_markdown(document: Document, library: Library, *, bibliography: str | None = None,
                       document_name: str | None = None) -> str:
    """The article as pandoc Markdown; ``bibliography`` names the CSL-JSON file in the front matter."""
    name = document_name or document.path.rsplit("/", 1)[-1]
    by_note: dict[int, list[Citation]] = {}
    for citation in library.citations:
        if citation.document == name:
            by_note.setdefault(citation.note, []).append(citation)
    parts = []
    if bibliography:
        parts.append(f"---\nbibliography: {bibliography}\nsuppress-bibliography: false\n---\n")
    parts.append(body_markdown(document))
    parts.append("")
    records = {record["id"]: record for record in library.records}
    for note in document.notes:
        markdown = note_markdown(note.text, by_note.get(note.number, []), note.italic_spans, records)
        parts.append(f"[^{note.number}]: {markdown}\n")
    return "\n".join(parts).rstrip() + "\n"
