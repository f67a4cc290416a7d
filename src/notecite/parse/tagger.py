"""Load the shipped CRF model and tag a note's tokens."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ..errors import InputError
from .features import extract
from .model import Token
from .tokenize import tokenize

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "parser.crfsuite"


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
        self._tagger.set(extract(text, tokens, italic_spans))
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
