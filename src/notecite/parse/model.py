"""The parse stage's data types: the contract between parse and normalize.

A note's text is cut into :class:`Token` s (with offsets into the note), each token gets a
label, and runs of labelled tokens are assembled into :class:`Cite` s.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

#: Bibliographic field labels the tagger assigns (besides ``prose`` and ``ibid``).
FIELD_LABELS: tuple[str, ...] = (
    "author", "editor", "translator", "title", "container-title", "collection-title",
    "publisher", "location", "date", "volume", "issue", "pages", "locator", "edition",
    "genre", "url", "doi", "isbn", "note",
)

#: Every plain label: the fields, ``ibid`` (ibid-like markers) and ``prose`` (everything else).
LABELS: tuple[str, ...] = FIELD_LABELS + ("ibid", "prose")

#: The kinds of cite :func:`notecite.parse.parse_note` reports.
KINDS: tuple[str, ...] = ("full", "short", "ibid", "mention")


@dataclass(slots=True)
class Token:
    """One token of a note: its text and its [start, end) character offsets in the note. Treat it
    as a value: not frozen only because a frozen dataclass takes three times as long to build,
    and a note has hundreds of tokens (slots make it smaller and faster still)."""

    text: str
    start: int
    end: int


@dataclass
class Cite:
    """One reference found in a note.

    ``fields`` lists (label, text) in note order, ``text`` being the exact note substring of the
    field span (outer separators trimmed); ``locator`` is the pinpoint (e.g. "57-8"),
    ``prefix``/``suffix`` the prose around the cite, ``start``/``end`` its offsets in the note
    and ``confidence`` the mean marginal probability of its tokens' labels (0..1).
    """

    kind: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    locator: str | None = None
    prefix: str = ""
    suffix: str = ""
    start: int = 0
    end: int = 0
    confidence: float = 1.0

    def get(self, label: str) -> str | None:
        """The text of the first field labelled ``label``, or None."""
        for name, text in self.fields:
            if name == label:
                return text
        return None

    def get_all(self, label: str) -> list[str]:
        """The texts of every field labelled ``label``, in order."""
        return [text for name, text in self.fields if name == label]


class Cache(dict):
    """A dict that answers a missing key with ``compute(key)``, kept while it holds fewer than
    ``limit`` entries: ``cache[key]`` (or ``map(cache.__getitem__, keys)``, a C-level loop) is the
    cached value, looked up once."""

    def __init__(self, compute: Callable, limit: int):
        super().__init__()
        self.compute, self.limit = compute, limit

    def __missing__(self, key):
        value = self.compute(key)
        if len(self) < self.limit:
            self[key] = value
        return value


def split_label(label: str) -> tuple[str, str]:
    """Split a tag like ``B-title`` into (``B``, ``title``); ``prose`` gives (``O``, ``prose``)."""
    return _SPLIT[label]


def _split(label: str) -> tuple[str, str]:
    return (label[0], label[2:]) if label[:2] in ("B-", "I-") else ("O", label)


_SPLIT = Cache(_split, 1_000)  # the rules ask about the same few tags again and again


#: Labels whose fields the model learns to open with a ``B-`` label of their own: the fields whose first
#: token tells most (a title's capital or quote, an author's given name), where plain labels lost
#: most on the real-notes dev split.
OPENED_LABELS = frozenset({"title", "container-title", "author", "note", "locator", "date", "ibid"})


def model_label(tag: str) -> str:
    """What the CRF model learns for ``tag``: ``B-``/``I-`` tags of :data:`OPENED_LABELS`, the plain
    label for the rest (``B-publisher`` and ``I-publisher`` are both ``publisher``). Two fields of one
    label side by side with nothing between them are rare (under 0.6 % of any label's spans in the
    training material), and every label pair costs the model's Viterbi and forward-backward passes,
    which are quadratic in the number of labels: 28 labels instead of 41."""
    label = split_label(tag)[1]
    return tag if label in OPENED_LABELS else label


def tags_of_labels(labels: Sequence[str]) -> list[str]:
    """The tags the rest of the parse stage reads, from the model's labels: a run of one field label
    is one field (``B-`` on its first token, ``I-`` on the rest); ``prose`` stays; labels that
    already carry ``B-``/``I-`` (those of :data:`OPENED_LABELS`, or every label of a model trained
    before :func:`model_label`) are kept as they are."""
    tags = []
    previous = "prose"
    for label in labels:
        if label == "prose" or label[:2] in ("B-", "I-"):
            tags.append(label)
        else:
            tags.append(("I-" if label == previous else "B-") + label)
        previous = label
    return tags


def all_tags() -> list[str]:
    """Every tag the tagger may give: B-/I- for each field and ibid, and plain ``prose``."""
    tags = []
    for label in FIELD_LABELS + ("ibid",):
        tags += [f"B-{label}", f"I-{label}"]
    return tags + ["prose"]
