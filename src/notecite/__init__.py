"""notecite: find the works cited in footnotes and write them out.

The public API lives here; everything else is reachable but may change.
"""
from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from .errors import InputError, NetworkError, NotecitError, RecordError, StyleError

if TYPE_CHECKING:
    from .library import Citation, Library


def __getattr__(name: str) -> Any:
    """``Library`` and ``Citation`` are imported on first use, so the command line starts fast."""
    if name in ("Library", "Citation"):
        from . import library

        return getattr(library, name)
    raise AttributeError(f"module 'notecite' has no attribute {name!r}")



def extract(paths, *, into=None, jobs=1):  # noqa: ANN001 - documented below
    """Extract the works cited in the notes of ``paths`` into a :class:`Library` (see notecite.pipeline)."""
    from .pipeline import extract as _extract

    return _extract(paths, into=into, jobs=jobs)

__all__ = [
    "__version__",
    "Library",
    "Citation",
    "extract",
    "NotecitError",
    "InputError",
    "RecordError",
    "StyleError",
    "NetworkError",
]
