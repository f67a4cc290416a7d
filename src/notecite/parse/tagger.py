"""Load the shipped CRF model and tag a note's tokens."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ..errors import InputError
from .features import observations
from .model import Token
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
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(path))
        except Exception as error:  # pycrfsuite raises ValueError/OSError on a bad file
            raise InputError(str(path), f"cannot open parser model: {error}") from error

    def tag_tokens(self, text: str, tokens: Sequence[Token],
                   italic_spans: Sequence[tuple[int, int]] = ()) -> tuple[list[str], list[float]]:
        """The tag of each token and its marginal probability."""
        if not tokens:
            return [], []
        self._tagger.set(observations(text, tokens, italic_spans))
        tags = self._tagger.tag()
        probs = [self._tagger.marginal(tag, i) for i, tag in enumerate(tags)]
        return tags, probs


@lru_cache(maxsize=4)
def default_tagger(model: str | None = None) -> Tagger:
    """The tagger for ``model`` (the shipped model by default), loaded once."""
    return Tagger(model or MODEL_PATH)


def tag(text: str, italic_spans: Sequence[tuple[int, int]] = ()) -> list[tuple[Token, str]]:
    """Tokenize and tag ``text`` with the shipped model: (token, tag) pairs in order."""
    tokens = tokenize(text)
    tags, _ = default_tagger().tag_tokens(text, tokens, italic_spans)
    return list(zip(tokens, tags))
