"""Read the LinkedBooks annotated footnote references (``../shared/data/linkedbooks/dataset.tar.gz``) as Examples.

The dataset (EPFL DHLAB, MIT licence) is CoNLL-like: one ``TOKEN TAG1 TAG2 TAG3`` line per token,
lines ending in a bare carriage return, an empty line after each OCR layout line. TAG1 is the
component, TAG3 the reference span (``b-r`` … ``e-r``). References are rebuilt across layout
lines from TAG3 (a hyphen that ends a layout line joins the word halves), the tokens are joined
into text with the spacing a printed note has, and each reference becomes one example together
with the prose that precedes it since the previous reference (a note's "See", "Cfr.", a
sentence), at most :data:`MAX_PROSE` tokens of it. Labels are mapped onto ours by
:func:`map_labels` (the table is in ``data/annotated/README.md``). The archive is read with
``tarfile`` and never unpacked.
"""
from __future__ import annotations

import os
import re
import tarfile
from dataclasses import dataclass
from pathlib import Path

from ...errors import InputError
from . import Example

#: Prose tokens kept before a reference.
MAX_PROSE = 25

#: TAG1 components mapped to one of our labels whatever their context.
LABEL_MAP = {
    "author": "author", "title": "title", "publisher": "publisher", "publicationplace": "location",
    "year": "date", "date": "date", "volume": "volume", "tomo": "volume", "series": "collection-title",
    "publicationspecifications": "note", "column": "locator", "ref": "locator", "cartulation": "locator",
    "foliation": "locator", "archive_lib": "note", "archivalreference": "note", "box": "note",
    "filza": "note", "folder": "note", "registry": "note", "attachment": "note", "numbered_ref": "note",
    "conjunction": "prose", "o": "prose",
}
#: Components whose label depends on their text or place (see :func:`map_labels`).
CONTEXTUAL = ("abbreviation", "pagination", "publicationnumber-year")

_EDITOR = re.compile(r"^(?:a cura di|cur|curr|ed|eds|edited by|hrsg|hg|éd|édité par)\b", re.IGNORECASE)
_IBID = re.compile(r"^(?:ibid|ibidem|ivi|id|idem|eadem|ead|op|loc|art|ebd|ebenda|a\s*\.\s*a\s*\.\s*o)\b", re.IGNORECASE)
_VARIOUS = re.compile(r"^a\s*a\s*\.?\s*v\s*v\b", re.IGNORECASE)
_PAGE_WORD = re.compile(r"^(?:p|pp|pag|pagg|s|ss|sgg|seg|segg|col|coll|c|cc|f|ff|fol|n|nn)$", re.IGNORECASE)
_YEAR = re.compile(r"^[(\[]?(1[4-9]\d\d|20[0-4]\d)[)\].,:;]*$")
_RANGE = re.compile(r"\d\s*[-–]\s*\d")
_IN_WORDS = ("in", "nella", "nel", "dans", "en", "im")
_NO_SPACE_BEFORE = re.compile(r"^[.,;:!?)\]»”’%]")
_NO_SPACE_AFTER = re.compile(r"[(\[«“‘'’]$")


@dataclass
class _Token:
    text: str
    component: str
    kind: str  # TAG2 without its b-/i-/e- prefix: primary, secondary, meta-annotation, o
    span: str  # TAG3: b-r, i-r, e-r, o
    line_end: bool = False


def dataset_path(shared: str | os.PathLike) -> Path:
    """``data/linkedbooks/dataset.tar.gz`` of the shared folder; InputError when absent."""
    path = Path(shared) / "data" / "linkedbooks" / "dataset.tar.gz"
    if not path.is_file():
        raise InputError(str(path), "LinkedBooks data not found (dataset.tar.gz)")
    return path


def read_split(path: str | os.PathLike, split: str) -> list[Example]:
    """The examples of one split (``train``, ``valid`` or ``test``) of the dataset at ``path``."""
    try:
        with tarfile.open(path) as archive:
            member = archive.extractfile(f"clean_{split}.txt")
            if member is None:
                raise InputError(str(path), f"no clean_{split}.txt in the archive")
            text = member.read().decode("utf-8")
    except (OSError, tarfile.TarError, KeyError) as error:
        raise InputError(str(path), f"cannot read LinkedBooks data: {error}") from error
    return list(_examples(_tokens(text), f"linkedbooks:{split}"))


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for line in text.split("\r"):
        line = line.strip("\n")
        if not line.strip():
            if tokens:
                tokens[-1].line_end = True
            continue
        parts = line.split(" ")
        if len(parts) != 4 or parts[0] == "-DOCSTART-":
            continue
        tokens.append(_Token(parts[0], parts[1], parts[2].split("-", 1)[-1], parts[3]))
    return tokens


def _examples(tokens: list[_Token], source: str):
    """One example per reference, with the prose before it (since the previous reference)."""
    prose: list[_Token] = []
    reference: list[_Token] | None = None
    number = 0
    for token in tokens:
        if reference is None and token.span in ("b-r", "i-r", "e-r"):
            reference = []  # a reference opens (an i-r without b-r is read as one that opens)
        if reference is None:
            prose.append(token)
            continue
        reference.append(token)
        if token.span == "e-r":
            example = _example(prose[-MAX_PROSE:], reference, f"{source}:{number}")
            if example is not None:
                yield example
            number += 1
            prose, reference = [], None


def _example(prose: list[_Token], reference: list[_Token], source: str) -> Example | None:
    """Join ``prose`` + ``reference`` into one text with labelled spans; None for an unusable one
    (a catalogue annotation, or a span that opens after an ``in``: the contribution before it was
    left unannotated, so the example would teach that a chapter title is prose)."""
    if prose and prose[-1].text.lower() in _IN_WORDS:
        return None
    while prose and not _starts_clause(prose, 0):
        prose = prose[1:]
    labels = ["prose"] * len(prose) + map_labels(reference)
    if reference and all(t.kind == "meta-annotation" for t in reference):
        return None  # a library catalogue's annotation of a reference, not a printed reference
    words: list[tuple[str, str]] = []  # (text, label) with line-end hyphenation undone
    for token, label in zip(prose + reference, labels):
        if words and words[-1][0].endswith("\x00"):
            words[-1] = (words[-1][0][:-1] + token.text, words[-1][1])
            continue
        if token.text == "-" and token.line_end and words and words[-1][0][-1:].isalpha():
            words[-1] = (words[-1][0] + "\x00", words[-1][1])  # "Vero -" / "nese" → "Veronese"
            continue
        words.append((token.text, label))
    words = [(w.replace("\x00", ""), label) for w, label in words]
    text, spans, previous = "", [], ""
    for word, label in words:
        if text and not _NO_SPACE_BEFORE.match(word) and not _NO_SPACE_AFTER.search(previous):
            text += " "
        start = len(text)
        text += word
        if label != "prose":
            if spans and spans[-1][2] == label and spans[-1][1] >= start - 1:
                spans[-1] = (spans[-1][0], len(text), label)
            else:
                spans.append((start, len(text), label))
        previous = word
    if not spans or not text.strip():
        return None
    return Example(text, tuple(spans), source)


def _starts_clause(tokens: list[_Token], i: int) -> bool:
    """Prose kept before a reference starts at a word, not at stray punctuation or a note number."""
    return bool(re.match(r"[^\W\d_]", tokens[i].text))


def map_labels(reference: list[_Token]) -> list[str]:
    """Our label for each token of one reference (the contextual rules of the mapping table)."""
    labels = []
    runs = _runs(reference)
    has_container = False
    after_in = False
    for component, tokens in runs:
        words = " ".join(t.text for t in tokens)
        if component == "title":
            labels += _title(tokens, after_in)
            has_container |= after_in or "container-title" in labels
        elif component == "author":
            labels += ["editor" if _EDITOR.match(words) else "author"] * len(tokens)
        elif component == "abbreviation":
            labels += _abbreviation(tokens)
        elif component == "pagination":
            ranged = bool(_RANGE.search(words)) and has_container
            labels += ["pages" if ranged else "locator"] * len(tokens)
        elif component == "publicationnumber-year":
            has_container = True
            labels += _number_and_year(tokens, "issue" if words.lower().startswith("n") else "volume")
        elif component in ("volume", "tomo"):
            has_container |= after_in
            labels += [LABEL_MAP[component]] * len(tokens)
        else:
            labels += [LABEL_MAP.get(component, "prose")] * len(tokens)
        if component in ("conjunction", "o") and tokens[-1].text.lower() in _IN_WORDS:
            after_in = True
        elif component not in ("conjunction", "o"):
            after_in = after_in and component == "title"
    return labels


def _runs(tokens: list[_Token]) -> list[tuple[str, list[_Token]]]:
    runs: list[tuple[str, list[_Token]]] = []
    for token in tokens:
        if runs and runs[-1][0] == token.component:
            runs[-1][1].append(token)
        else:
            runs.append((token.component, [token]))
    return runs


def _title(tokens: list[_Token], after_in: bool) -> list[str]:
    """A title run: ``container-title`` when it follows an ``in``; a run holding ``, in`` (a
    contribution and the book or journal it is in, annotated as one title) is split there: the
    contribution ``title``, the ``in`` prose, the rest ``container-title``."""
    if after_in:
        return ["container-title"] * len(tokens)
    for i in range(1, len(tokens) - 1):
        if tokens[i].text.lower() in _IN_WORDS and tokens[i - 1].text in (",", ".", ".,"):
            return ["title"] * i + ["prose"] + ["container-title"] * (len(tokens) - i - 1)
    return ["title"] * len(tokens)


def _number_and_year(tokens: list[_Token], number: str) -> list[str]:
    """``XXII (1991),``: the year (with its brackets) ``date``, the rest ``number``; punctuation goes
    with the word it closes (an opening bracket with the word it opens)."""
    words = [("date" if _YEAR.match(t.text) else number) if any(c.isalnum() for c in t.text) else None for t in tokens]
    labels = []
    for i, (token, label) in enumerate(zip(tokens, words)):
        if label is None:
            after = next((w for w in words[i + 1:] if w), None)
            before = next((w for w in reversed(words[:i]) if w), None)
            label = (after or before) if token.text[:1] in "([" else (before or after)
        labels.append(label or number)
    return labels


def _abbreviation(tokens: list[_Token]) -> list[str]:
    """``op. cit.``/``ibid.``/``ivi`` → ibid (a bare ``cit.`` after a short title is prose: the cite is
    a short form), ``AA. VV.`` → author, a page word after them → locator."""
    words = " ".join(t.text for t in tokens)
    if _VARIOUS.match(words):
        return ["author"] * len(tokens)
    if not _IBID.match(words):
        return ["prose"] * len(tokens)
    labels, page = [], False
    for token in tokens:
        page = page or bool(_PAGE_WORD.match(token.text))
        labels.append("locator" if page else "ibid")
    return labels
