"""The normalize stage: a cite's labelled fields → a CSL-JSON record, a locator and flags.

:func:`normalize_fields` runs :data:`NORMALIZERS`, a plain list of small steps, in order.
Each step declares the input labels it consumes (``reads``) and the record variables it may
set (``writes``); adding a behaviour means adding one class and one line here. The stage
takes plain data (label, text) pairs and knows nothing of the parser's internals.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .base import LABELS, Draft, Normalizer
from .book_parts import BookPart
from .dates import Dates
from .identifiers import Identifiers
from .kinds import Kinds
from .names import Names
from .notes import Leftovers, Notes
from .numbers import Numbers
from .ocr import FlagOcr
from .pages import Pages, PlacePages
from .places import NewspaperPlace, Places
from .publishers import Publishers
from .reprints import FirstPublished, Reprints
from .software import SoftwareRelease
from .titles import Titles, VolumeNamedInTitle
from .types import InferType
from .writers import WriterNamedInTitle

#: The chain, in order. OCR flags first (on the text as given); the historians' kinds (letters,
#: interviews, archives…) next, reading the cite whole; a reprint's first imprint set apart before
#: places, publishers and dates read the cited one; places and publishers before
#: dates (they hand split-off years on as date fields); type inference before page placement.
NORMALIZERS: list[Normalizer] = [
    FlagOcr(),
    Kinds(),
    SoftwareRelease(),
    Names(),
    Titles(),
    VolumeNamedInTitle(),
    BookPart(),
    Reprints(),
    FirstPublished(),
    Places(),
    Publishers(),
    Dates(),
    Numbers(),
    Identifiers(),
    Pages(),
    Notes(),
    InferType(),
    WriterNamedInTitle(),
    NewspaperPlace(),
    PlacePages(),
    Leftovers(),
]

KINDS = frozenset({"full", "short", "ibid", "mention"})


@dataclass
class NormalizedCite:
    """A CSL-JSON item without ``id``, the citation's locator (or None), flags and prose."""

    record: dict[str, Any]
    locator: dict[str, str] | None = None
    #: The cite's kind after normalizing: a short cite read whole as a letter, interview or
    #: archival item (:mod:`notecite.normalize.kinds`) is a full reference.
    kind: str = "full"
    flags: list[dict[str, str]] = field(default_factory=list)
    #: Prose fields of the cite (the note's own words), kept but not part of the record.
    prose: list[str] = field(default_factory=list)


def normalize_fields(
    fields: Iterable[tuple[str, str]],
    *,
    kind: str = "full",
    locator: str | None = None,
    italic_titles: Iterable[str] = (),
    normalizers: Iterable[Normalizer] | None = None,
    text: str = "",
) -> NormalizedCite:
    """Normalize a cite's ``(label, source text)`` fields, in note order, into a record.

    ``locator`` is the pinpoint the parser found ("57-8"); ``italic_titles`` are texts the
    document set in italics (whole works); ``text`` the cite as printed (the shapes of
    :mod:`notecite.normalize.kinds` are read from it). Every given field ends up in the record, the
    locator, ``prose`` or the record's ``note``; the source texts are never altered in flags.
    Raises ValueError for a field that is not a (label, text) pair of strings or an unknown kind.
    """
    pairs = _check_fields(fields)
    if kind not in KINDS:
        raise ValueError(f"unknown cite kind {kind!r} (expected one of {sorted(KINDS)})")
    draft = Draft(fields=pairs, kind=kind, locator_raw=locator, italic_titles=tuple(italic_titles),
                  text=text)
    for step in NORMALIZERS if normalizers is None else normalizers:
        step(draft)
    return NormalizedCite(
        record=draft.record,
        locator=draft.locator,
        kind=draft.kind,
        flags=draft.flags,
        prose=list(draft.facts.get("prose", [])),
    )


def _check_fields(fields: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    pairs = []
    for position, item in enumerate(fields):
        if not (isinstance(item, (tuple, list)) and len(item) == 2 and isinstance(item[0], str)
                and isinstance(item[1], str)):
            raise ValueError(f"field {position}: expected a (label, text) pair of strings, got {item!r}")
        pairs.append((item[0], item[1]))
    return pairs


__all__ = ["NORMALIZERS", "LABELS", "NormalizedCite", "normalize_fields", "Draft"]
