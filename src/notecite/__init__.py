"""notecite: find the works cited in footnotes and write them out.

The public API lives here; everything else is reachable but may change.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import InputError, NetworkError, NotecitError, RecordError, StyleError
from .library import Library

__all__ = [
    "__version__",
    "Library",
    "NotecitError",
    "InputError",
    "RecordError",
    "StyleError",
    "NetworkError",
]
