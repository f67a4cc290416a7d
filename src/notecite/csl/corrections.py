"""The correction layer: where citeproc-py 0.11.1 departs from CSL 1.0.2, one module each.

Three kinds of correction exist, applied in list order: ``install()`` patches citeproc-py
once per process; ``adapt_record(record)`` returns a corrected copy of a record before
citeproc-py reads it; ``adapt_source(source, records)`` corrects the references citeproc-py
built. Each module's docstring states the departure it corrects; each has its own test.
"""
from __future__ import annotations

from types import ModuleType
from typing import Any, Sequence

from ..records import Record
from . import (
    fix_dates,
    fix_hyphenated_names,
    fix_name_variables,
    fix_page_ranges,
    fix_strip_periods,
    fix_text_case,
)

#: Every correction, in the order it is applied.
CORRECTIONS: list[ModuleType] = [
    fix_text_case,
    fix_strip_periods,
    fix_dates,
    fix_name_variables,
    fix_hyphenated_names,
    fix_page_ranges,
]


def install(corrections: Sequence[ModuleType] = CORRECTIONS) -> None:
    """Install the citeproc-py patches among ``corrections`` and remove the others."""
    for module in CORRECTIONS:
        if hasattr(module, "install"):
            (module.install if module in corrections else module.uninstall)()


def adapt_records(records: list[Record], corrections: Sequence[ModuleType] = CORRECTIONS) -> list[Record]:
    """Corrected copies of ``records`` for citeproc-py (the originals are untouched)."""
    out = list(records)
    for module in corrections:
        if hasattr(module, "adapt_record"):
            out = [module.adapt_record(r) for r in out]
    return out


def adapt_source(source: Any, records: list[Record], corrections: Sequence[ModuleType] = CORRECTIONS) -> None:
    """Apply the source-level corrections to a CiteProcJSON built from ``records``."""
    for module in corrections:
        if hasattr(module, "adapt_source"):
            module.adapt_source(source, records)
