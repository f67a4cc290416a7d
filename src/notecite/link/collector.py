"""Linking and merging run with Python's cycle collector paused.

They build indexes of many small sets, dicts and tuples that live until the stage ends and
hold no reference cycles. Each collection of the oldest generation walks all of them again,
so with the collector running, the cost of a stage grew faster than the number of notes
(``benchmarks/extract_scale.py``: link's CPU from 1,000 to 10,000 notes grew with exponent
1.2 to 1.3 with it, 1.0 to 1.1 without). Reference counting still frees everything that is not
in a cycle, and the collector runs again, on the same schedule, once the stage is over.
"""
from __future__ import annotations

import functools
import gc
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)


def without_cycle_collection(function: F) -> F:
    """``function`` run with the cycle collector paused (and left as it was found afterwards)."""
    @functools.wraps(function)
    def paused(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()
    return paused  # type: ignore[return-value]
