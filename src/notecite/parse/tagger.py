"""Load the shipped CRF model and tag a note's tokens."""
from __future__ import annotations

import os
from functools import lru_cache
from itertools import chain, repeat
from operator import attrgetter, call
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..errors import InputError
from .crf_context import CrfContext, open_context
from .crf_weights import CrfWeights, read_weights
from .features import Column, observation_columns, observations
from .model import Token, tags_of_labels
from .tokenize import tokenize

_ADD = np.add.reduce
_KEYS, _NAME, _SHIFT = attrgetter("keys"), attrgetter("name"), attrgetter("shift")
MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "parser.crfsuite"


def user_data_dir() -> Path:
    """notecite's folder in the user's data directory: ``$XDG_DATA_HOME/notecite`` (default
    ``~/.local/share/notecite``)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "notecite"


def user_model_path() -> Path:
    """Where ``notecite train --add`` writes the user's model (it may not exist)."""
    return user_data_dir() / "parser.crfsuite"


def choose_model(choice: str | None = None) -> tuple[Path, str]:
    """The parser model to use and how to name it: ``choice`` is ``shipped``, ``user`` or a model
    file; without one, the user model when it exists, else the shipped model."""
    if choice == "shipped":
        return MODEL_PATH, "the shipped model"
    if choice == "user" or (choice is None and user_model_path().is_file()):
        path = user_model_path()
        if not path.is_file():
            raise InputError(str(path), "no user model yet (build one with `notecite train --add NOTES.xml`)")
        return path, "the user model"
    if choice is None:
        return MODEL_PATH, "the shipped model"
    return Path(choice), "the model"


class Tagger:
    """A CRF tagger over note tokens; ``model`` is a CRFsuite model file (``notecite train``).

    The model's weights are read into arrays: each distinct key of each observation column (a
    word, a tuple of flag states) has its weights summed once (:class:`StateScores`), and
    CRFsuite's own routines decode the note (:mod:`.crf_context`). With ``native=False``, or when
    those routines are not at hand, pycrfsuite's Tagger reads every observation of every token
    instead: the same tags, at 20 to 50 % more parsing CPU (measured on the real notes).
    """

    def __init__(self, model: str | os.PathLike = MODEL_PATH, *, native: bool = True):
        path = Path(model)
        if not path.is_file():
            raise InputError(str(path), "parser model not found (run `notecite train`)")
        self.path = path
        self._context: CrfContext | None = None
        if native:
            weights = read_weights(path)
            self._context = open_context(weights.transitions)
            if self._context is not None:
                self._state_scores, self._tag_after = StateScores(weights), _tag_table(weights.labels)
        if self._context is None:
            self._crf = _pycrfsuite_tagger(path)

    @property
    def native(self) -> bool:
        """Whether notes are decoded by CRFsuite's routines on state scores summed here."""
        return self._context is not None

    def tag_tokens(self, text: str, tokens: Sequence[Token],
                   italic_spans: Sequence[tuple[int, int]] = ()) -> tuple[list[str], list[float]]:
        """The tag of each token and the marginal probability of the model label behind it."""
        if not tokens:
            return [], []
        if self._context is not None:
            path, marginals = self._context.decode(self._state_scores(observation_columns(text, tokens, italic_spans)))
            return list(map(self._tag_after.__getitem__, zip(chain((None,), path), path))), marginals
        self._crf.set(observations(text, tokens, italic_spans))
        labels = self._crf.tag()
        marginals = [self._crf.marginal(label, i) for i, label in enumerate(labels)]
        return tags_of_labels(labels), marginals


def _tag_table(labels: Sequence[str]) -> dict[tuple[int | None, int], str]:
    """(label before, label) numbers in ``labels`` (None before a note's first token) -> the tag
    :func:`tags_of_labels` gives the second: a decoded path's tags, a look-up per token."""
    table = {(None, y): tags_of_labels([label])[0] for y, label in enumerate(labels)}
    for x, before in enumerate(labels):
        table.update(((x, y), tags_of_labels([before, label])[1]) for y, label in enumerate(labels))
    return table


def _pycrfsuite_tagger(path: Path):
    """pycrfsuite's Tagger on the model file ``path`` (InputError when it cannot read it)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except Exception as error:  # pycrfsuite raises ValueError/OSError on a bad file
        raise InputError(str(path), f"cannot open parser model: {error}") from error
    return tagger


class StateScores:
    """Per token of a note, the summed state weights of its observations (tokens × labels).

    Each column's keys are looked up in a table of rows, one per (column, key) seen, holding the
    sum of the weights of what the key observes; a token's scores are the sum of its rows. The
    table opens on the model's own rows, one per attribute, so a key observing one attribute uses
    that attribute's row. Columns reading the same key list (a token's word, and the word read by
    its neighbours' columns, shifted) look each key up once, for the rows of all of them. The rows
    added are cleared (between notes) once there are more than ``limit``."""

    def __init__(self, weights: CrfWeights, limit: int = 1 << 17) -> None:
        self._ids, self._unknown, self._limit = weights.attribute_ids, weights.unknown, limit
        self._model_rows = len(weights.state)
        # room for the model's rows and those added before a clearing, so the table is not copied as it fills (memory
        # np.empty reserves costs nothing until written); a note's rows past it still fit (see _add_rows)
        self._rows = np.empty((self._model_rows + limit + 1024, len(weights.labels)))
        self._rows[:self._model_rows] = weights.state
        self._count = self._model_rows  # rows in use: the model's own, then the sums added
        self._known: dict[tuple[str, ...], _KeyRows] = {}  # per names of columns reading the same keys, key -> rows
        self._pending: list[tuple[bytes, ...]] = []  # what the rows numbered in this call observe, in row order
        self._layouts: dict[tuple[tuple, ...], _Layout] = {}  # per (names, first column reading the same keys, shifts)

    def __call__(self, columns: Sequence[Column]) -> np.ndarray:
        if self._count - self._model_rows > self._limit:
            self._known.clear()
            self._count = self._model_rows
        n = len(columns[0].keys)
        key_lists = list(map(_KEYS, columns))
        ids = list(map(id, key_lists))
        shape = (tuple(map(_NAME, columns)), tuple(map(ids.index, ids)), tuple(map(_SHIFT, columns)))
        layout = self._layouts.get(shape)
        if layout is None:
            layout = self._layouts[shape] = _Layout(*shape)
        # each group's rows per key (key by key), then each group's rows past the note's ends
        knowns = [self._key_rows(names, columns, places) for names, places in layout.groups]
        found = chain(*[chain.from_iterable(map(known.__getitem__, key_lists[places[0]]))
                        for known, (_, places) in zip(knowns, layout.groups)], *[known.edges for known in knowns])
        rows = np.fromiter(found, np.intp, (n + 1) * len(columns))
        if self._pending:
            self._add_rows(self._pending)
            self._pending = []
        # the table read after the rows were added; take and add.reduce are what indexing and sum(axis=0)
        # do, without their Python-level wrappers (under half the instructions on the real notes)
        return _ADD(self._rows.take(rows.take(layout.gather(n)), 0).reshape(len(columns), n, -1), 0)

    def _key_rows(self, names: tuple[str, ...], columns: Sequence[Column], places: list[int]) -> _KeyRows:
        """The rows, per column of ``columns`` at ``places`` (named ``names``, reading the same keys), of the keys
        seen so far (a new key's rows are numbered as it is looked up)."""
        known = self._known.get(names)
        if known is None:
            known = self._known[names] = _KeyRows(self, [columns[at] for at in places])
        return known

    def _new_row(self, observed: tuple[bytes, ...]) -> int:
        """The row of a new key observing ``observed``: the model's row of a single attribute, else a row
        numbered next and ``observed`` appended to the pending ones (its weights are summed by :meth:`_add_rows`)."""
        if len(observed) == 1:
            return self._ids.get(observed[0], self._unknown)
        self._pending.append(observed)
        return self._count + len(self._pending) - 1

    def _add_rows(self, pending: list[tuple[bytes, ...]]) -> None:
        """Append one row per entry of ``pending``: the summed weights (model rows) of its attributes."""
        ids, unknown = self._ids, self._unknown
        # each entry's attributes after None, which is no attribute (they are bytes): each sum opens on the row of
        # zeros, so no entry is empty
        keys = chain.from_iterable(map(chain, repeat((None,)), pending))
        attributes = np.fromiter(map(ids.get, keys, repeat(unknown)), np.intp)
        sizes = np.fromiter(map(len, pending), np.intp, len(pending)) + 1
        sums = np.add.reduceat(self._rows.take(attributes, 0), np.cumsum(sizes) - sizes, axis=0)
        end = self._count + len(pending)
        if end > len(self._rows):
            self._rows = np.concatenate([self._rows, np.empty((max(end, 2 * len(self._rows)) - len(self._rows), self._rows.shape[1]))])
        self._rows[self._count:end] = sums
        self._count = end


class _KeyRows(dict):
    """Key -> its row in each of a few columns reading the same keys, in a :class:`StateScores` table; a key
    looked up for the first time is given its rows by the table (``map(rows.__getitem__, keys)`` reads a
    note's keys at C speed). ``edges`` are the columns' rows past the note's ends (for shifted columns; the
    row of zeros for the others, which never read it)."""

    __slots__ = ("_new_row", "_observes", "edges")

    def __init__(self, scores: StateScores, columns: list[Column]) -> None:
        super().__init__()
        self._new_row, self._observes = scores._new_row, [column.observe for column in columns]
        self.edges = [scores._new_row(column.edge) if column.shift else scores._unknown for column in columns]

    def __missing__(self, key: Any) -> tuple[int, ...]:
        rows = self[key] = tuple(map(self._new_row, map(call, self._observes, repeat(key))))
        return rows


class _Layout:
    """How a note's columns read their keys, from their ``names``, the place of the first column reading each
    one's key list (``first``) and their ``shifts``: ``groups`` are the columns reading one key list, as (their
    names, their places), in order of first place. :class:`StateScores` looks up each group's rows key by key
    (a group of ``m`` columns: ``m`` rows per key), then each group's edges (``m`` rows); :meth:`gather` says
    where each column's row of each token lies among them."""

    __slots__ = ("groups", "_group_start", "_size", "_place", "_shift", "_gathers")

    def __init__(self, names: tuple[str, ...], first: tuple[int, ...], shifts: tuple[int, ...]) -> None:
        places: dict[int, list[int]] = {}
        for at, leader in enumerate(first):
            places.setdefault(leader, []).append(at)
        self.groups = [(tuple(names[at] for at in group), group) for group in places.values()]
        # per column (one row each, in column order): the columns in groups before its own (its group's rows per
        # key begin there times the note's length, its edges there past all rows per key), its group's size, its
        # place in its group, its shift
        reads = sorted((at, sum(len(group) for _, group in self.groups[:g]), len(group), j, shifts[at])
                       for g, (_, group) in enumerate(self.groups) for j, at in enumerate(group))
        table = np.array([read[1:] for read in reads], np.intp)
        self._group_start, self._size, self._place, self._shift = (table[:, k, None] for k in range(4))  # columns × 1
        self._gathers: dict[int, np.ndarray] = {}

    def gather(self, n: int) -> np.ndarray:
        """For a note of ``n`` tokens, column by column and token by token, the index of the row read among those
        looked up: token ``i`` of a column reads key ``i + shift`` of its group, or the column's edge past the ends."""
        gather = self._gathers.get(n)
        if gather is None:
            read = np.arange(n) + self._shift  # per column, the key each token reads
            inside = (read >= 0) & (read < n)
            keyed = self._group_start * n + read * self._size + self._place
            edge = len(self._shift) * n + self._group_start + self._place
            gather = self._gathers[n] = np.where(inside, keyed, edge).ravel()
        return gather


@lru_cache(maxsize=4)
def default_tagger(model: str | None = None) -> Tagger:
    """The tagger for ``model`` (the shipped model by default), loaded once."""
    return Tagger(model or MODEL_PATH)


def tag(text: str, italic_spans: Sequence[tuple[int, int]] = ()) -> list[tuple[Token, str]]:
    """Tokenize and tag ``text`` with the shipped model: (token, tag) pairs in order."""
    tokens = tokenize(text)
    tags, _ = default_tagger().tag_tokens(text, tokens, italic_spans)
    return list(zip(tokens, tags))
