"""How extraction uses Python's cycle collector.

Extraction builds millions of small objects (tokens, fields, records, index sets and dicts)
that live until the run ends and hold almost no reference cycles. With the collector's
default schedule, collections keep walking them again, so the CPU of a stage grew faster than
the number of notes (``benchmarks/extract_scale.py``: link's exponent from 1,000 to 10,000 notes
was 1.2 to 1.3 with the collector running, 1.0 to 1.1 without; report and write, plain loops,
measured up to 1.19). Linking (the title mentions in prose too) and merging pause the collector;
a batch command collects less often, as mypy does for its builds. Reference counting still frees
everything outside a cycle, and the previous state is restored afterwards.
"""
from __future__ import annotations

import contextlib
import functools
import gc
from typing import Callable, Iterator, TypeVar

F = TypeVar("F", bound=Callable)

#: The collector's thresholds during a batch command (Python's default is (700, 10, 10)).
BATCH_THRESHOLDS = (200_000, 30, 30)


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


@contextlib.contextmanager
def batch_collection() -> Iterator[None]:
    """Within the block, the collector runs on :data:`BATCH_THRESHOLDS`; the thresholds before it are restored after."""
    before = gc.get_threshold()
    gc.set_threshold(*BATCH_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)
