"""The working state a normalizer chain passes along, and the normalizer contract.

A normalizer is any object with ``name``, ``reads`` (the input labels it consumes),
``writes`` (the record variables it may set) and ``__call__(draft) -> None``. It takes its
labels from :attr:`Draft.fields` with :meth:`Draft.take` and writes only ``writes``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

#: Labels the parse stage may give a field.
LABELS = frozenset(
    """author editor translator title container-title collection-title publisher location date
    volume issue pages locator edition genre url doi isbn note ibid prose""".split()
)


@dataclass
class Draft:
    """Fields not yet consumed, the record being built, the locator and the flags so far."""

    fields: list[tuple[str, str]]
    kind: str = "full"
    locator_raw: str | None = None
    italic_titles: tuple[str, ...] = ()
    record: dict[str, Any] = field(default_factory=dict)
    locator: dict[str, str] | None = None
    flags: list[dict[str, str]] = field(default_factory=list)
    #: Facts one normalizer leaves for a later one (e.g. ``title-quoted``, ``page-candidates``).
    facts: dict[str, Any] = field(default_factory=dict)
    #: Texts of every field as given, by label, for cue-word tests (never consumed).
    given: list[tuple[str, str]] = field(default_factory=list)
    #: The cite as printed in the note (empty when only the fields are known).
    text: str = ""

    def __post_init__(self) -> None:
        if not self.given:
            self.given = list(self.fields)

    def take(self, label: str) -> list[str]:
        """Remove and return the texts of every field labelled ``label``, in note order."""
        taken = [text for lab, text in self.fields if lab == label]
        if taken:  # most labels are absent from most cites: nothing to rebuild
            self.fields = [(lab, text) for lab, text in self.fields if lab != label]
        return taken

    def peek(self, label: str) -> list[str]:
        """The texts of the unconsumed fields labelled ``label`` (nothing is removed)."""
        return [text for lab, text in self.fields if lab == label]

    def holds_any(self, labels: frozenset[str]) -> bool:
        """True when an unconsumed field is labelled one of ``labels``."""
        return any(lab in labels for lab, _ in self.fields)

    def has(self, label: str) -> bool:
        """True when a field labelled ``label`` was given (consumed or not)."""
        for lab, _ in self.given:
            if lab == label:
                return True
        return False

    def given_text(self, *labels: str) -> str:
        """The given texts of ``labels`` (all labels when none), joined by spaces."""
        if not labels:
            return " ".join([text for _, text in self.given])
        return " ".join([text for lab, text in self.given if lab in labels])

    def flag(self, field_name: str, text: str, reason: str) -> None:
        """Record a provenance flag (the text itself is never changed by flagging)."""
        entry = {"field": field_name, "text": text, "reason": reason}
        if entry not in self.flags:
            self.flags.append(entry)

    def add_note(self, text: str) -> None:
        """Append ``text`` to the record's ``note`` (``; ``-separated), once."""
        text = text.strip()
        if not text:
            return
        note = self.record.get("note")
        if not note:
            self.record["note"] = text
        elif text not in note.split("; "):
            self.record["note"] = f"{note}; {text}"


class Normalizer(Protocol):
    """One step of the chain: consumes ``reads`` labels and sets only ``writes`` variables."""

    name: str
    reads: frozenset[str]
    writes: frozenset[str]

    def __call__(self, draft: Draft) -> None: ...


_EDGE_PUNCT = ",;:"


def squeeze(text: str) -> str:
    """Collapse runs of white space to one space and trim."""
    return " ".join(text.split())  # str.split and re's \s agree on white space; split is several times faster


#: A word broken at a line's end and joined again with its hyphen and a space left in (``Revolu- tionary``, ``Univer-
#: sity``): not before ``and``/``or`` (``pre- and post-war`` shares a word), nor a capital (``Anglo- American``).
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])(?<![A-Z])-\s+(?!(?:and|or|und|oder|et|ou|y|e|to|bis)\b)(?=[a-zß-ÿ]{2,})")


def broken_words_joined(text: str) -> str:
    """``text`` with the words a line break cut (:data:`_BROKEN_WORD`) whole again: ``Memoirs of a Revolu- tionary``
    → ``Memoirs of a Revolutionary``."""
    return _BROKEN_WORD.sub("", text) if "- " in text or "-\n" in text else text


def strip_brackets(text: str) -> str:
    """Remove unbalanced or enclosing round/square brackets at either end of ``text``."""
    text = text.strip()
    while True:
        before = text
        if text[:1] in "([" and text[-1:] in ")]" and balanced(text[1:-1]):
            text = text[1:-1].strip()
        if text[:1] in "([" and not _closes(text):
            text = text[1:].strip()
        if text[-1:] in ")]" and not _opens(text):
            text = text[:-1].strip()
        if text == before:
            return text


def balanced(text: str, opening: str = "([", closing: str = ")]") -> bool:
    """Whether the brackets of ``text`` (any of ``opening`` and ``closing``, counted as one kind) pair up:
    none closes before it opens, none is left open."""
    depth = 0
    for ch in text:
        if ch in opening:
            depth += 1
        elif ch in closing:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _closes(text: str) -> bool:
    """True when the bracket opening ``text`` is closed later in it."""
    return balanced(text) or text.count(")") + text.count("]") >= text.count("(") + text.count("[")


def _opens(text: str) -> bool:
    """True when the bracket ending ``text`` was opened earlier in it."""
    return text.count("(") + text.count("[") >= text.count(")") + text.count("]")


def strip_edge_punctuation(text: str, keep_abbreviation_dot: bool = True) -> str:
    """Trim white space, separators ``,;:`` and a final full stop that ends no abbreviation."""
    text = squeeze(text)
    while text and (text[-1] in _EDGE_PUNCT or text[0] in _EDGE_PUNCT):
        text = text.strip(_EDGE_PUNCT).strip()
    if text.endswith(".") and not text.endswith("..") and not (keep_abbreviation_dot and ends_with_abbreviation(text)):
        text = text[:-1].rstrip()
    return text


#: Words that end with a full stop as part of themselves.
ABBREVIATIONS = frozenset(
    """inc co ltd corp bros univ dept assn soc publ jr sr ed eds trans comp st mt ft dr mr mrs
    ms prof rev vol vols no nos pp ca cf etc al ch chap cie gmbh ag sa s.a e.v verl hg hrsg
    s.l n.p s.n o.o b.m diss aufl hg""".split()
)


#: The last word of a text ending in a full stop; the lookbehind makes the search linear.
_LAST_WORD_DOT = re.compile(r"(?<![\w.])([\w.]+)\.$")


def ends_with_abbreviation(text: str) -> bool:
    """True when ``text`` ends with an abbreviation whose full stop belongs to it."""
    match = _LAST_WORD_DOT.search(text)
    if not match:
        return False
    word = match.group(1)
    if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word):  # initials: "M.E", "U.S.A", "V"
        return True
    return word.lower() in ABBREVIATIONS
