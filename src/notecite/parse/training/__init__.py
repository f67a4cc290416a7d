"""Training data for the tagger: AnyStyle references, synthetic notes and hand-annotated notes.

Every source yields :class:`Example` s: a text and its labelled character spans.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    """A training text with its labelled [start, end) spans (plain labels; gaps are prose) and
    the [start, end) spans a document reader would report as italic."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    source: str = ""
    italic: tuple[tuple[int, int], ...] = ()
