"""Load the shipped CRF model and tag a note's tokens."""
from __future__ import annotations

import os
from collections.abc import MutableSequence
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ..errors import InputError
from .features import observations
from .model import Token, tags_of_labels
from .tokenize import tokenize

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
    """A CRF tagger over note tokens; ``model`` is a python-crfsuite model file."""

    def __init__(self, model: str | os.PathLike = MODEL_PATH):
        import pycrfsuite

        path = Path(model)
        if not path.is_file():
            raise InputError(str(path), "parser model not found (run `notecite train`)")
        self.path = path
        self._note: list | None = None  # the observations the model holds
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(path))
        except Exception as error:  # pycrfsuite raises ValueError/OSError on a bad file
            raise InputError(str(path), f"cannot open parser model: {error}") from error

    def tag_tokens(self, text: str, tokens: Sequence[Token],
                   italic_spans: Sequence[tuple[int, int]] = ()) -> tuple[list[str], "Marginals"]:
        """The tag of each token and its marginal probability (computed when first read)."""
        if not tokens:
            return [], Marginals(self, [], [])
        observed = observations(text, tokens, italic_spans)
        self._set(observed)
        labels = self._tagger.tag()
        return tags_of_labels(labels), Marginals(self, observed, labels)

    def _set(self, observed: list) -> None:
        """Give the model one note's observations (what :meth:`marginal` then answers about)."""
        self._tagger.set(observed)
        self._note = observed

    def marginal(self, observed: list, tag: str, position: int) -> float:
        """The marginal probability of ``tag`` at ``position`` of the note observed as ``observed``."""
        return self.marginals(observed, (tag,), (position,))[0]

    def marginals(self, observed: list, tags: Sequence[str], positions: Sequence[int]) -> list[float]:
        """:meth:`marginal` of each (tag, position) pair of the note observed as ``observed``."""
        if self._note is not observed:  # the model moved on to another note: give it this one again
            self._set(observed)
        marginal = self._tagger.marginal
        return [marginal(tag, position) for tag, position in zip(tags, positions)]


class Marginals(MutableSequence[float]):
    """The marginal probability of each token's model label, computed when first read: the
    forward-backward pass costs as much as tagging, and notes and tokens outside every cite
    never need it. Values written in (forced labels) replace the model's; the list's length
    is fixed."""

    def __init__(self, tagger: Tagger, observed: list, tags: list[str]) -> None:
        self._tagger, self._observed, self._tags = tagger, observed, tags
        self._values: list[float | None] = [None] * len(tags)

    def __len__(self) -> int:
        return len(self._values)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):  # a cite's tokens: the missing values asked for at once
            positions = range(*index.indices(len(self)))
            values = self._values
            missing = [i for i in positions if values[i] is None]
            if missing:
                for i, value in zip(missing, self._tagger.marginals(self._observed, [self._tags[i] for i in missing], missing)):
                    values[i] = value
            return [values[i] for i in positions]
        value = self._values[index]
        if value is None:
            value = self._values[index] = self._tagger.marginal(self._observed, self._tags[index], index % len(self))
        return value

    def __setitem__(self, index, value) -> None:  # type: ignore[override]
        if isinstance(index, slice):
            positions = range(*index.indices(len(self)))
            values = list(value)
            if len(values) != len(positions):
                raise ValueError("marginals keep their length: assign as many values as positions")
            for i, v in zip(positions, values):
                self._values[i] = float(v)
        else:
            self._values[index] = float(value)

    def __delitem__(self, index) -> None:
        raise TypeError("marginals keep their length")

    def insert(self, index: int, value: float) -> None:
        raise TypeError("marginals keep their length")


@lru_cache(maxsize=4)
def default_tagger(model: str | None = None) -> Tagger:
    """The tagger for ``model`` (the shipped model by default), loaded once."""
    return Tagger(model or MODEL_PATH)


def tag(text: str, italic_spans: Sequence[tuple[int, int]] = ()) -> list[tuple[Token, str]]:
    """Tokenize and tag ``text`` with the shipped model: (token, tag) pairs in order."""
    tokens = tokenize(text)
    tags, _ = default_tagger().tag_tokens(text, tokens, italic_spans)
    return list(zip(tokens, tags))
