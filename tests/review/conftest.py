"""Review fixtures: a private copy of the founding example (its sidecar is written beside it)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def article(example_article: Path, tmp_path: Path) -> Path:
    """A copy of the founding example in a temporary folder."""
    copy = tmp_path / example_article.name
    shutil.copyfile(example_article, copy)
    return copy


def note_span(document: Path, number: int, text: str) -> dict:
    """The anchor keys plus start/end/text of ``text`` in note ``number`` of ``document``."""
    from notecite.document import read_document
    from notecite.review.corrections import note_anchor

    note = read_document(document).note(number).text
    start = note.index(text)
    return {**note_anchor(number, note), "start": start, "end": start + len(text), "text": text}
