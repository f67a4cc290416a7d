"""The correction layer: where citeproc-py 0.11.1 departs from CSL 1.0.2, one module each.

Three kinds of correction exist, applied in list order: ``install()`` patches citeproc-py
(through :func:`notecite.csl.hooks.chain`, so a patch wraps those of the corrections before it
and ``uninstall()`` takes out only its own); ``adapt_record(record)`` returns a corrected copy of a record before
citeproc-py reads it; ``adapt_source(source, records)`` corrects the references citeproc-py
built; ``adapt_style(csl)`` corrects a loaded style; ``prepare(bibliography)`` runs once every
cite is registered and sorted. Each module's docstring states the departure it corrects; each has its own test.
"""
from __future__ import annotations

from types import ModuleType
from typing import Any, Sequence

import citeproc

from ..records import Record
from . import (
    fix_season_month,
    fix_term_forms,
    fix_hyphenated_numbers,
    fix_affix_escape,
    fix_delimiter_escape,
    fix_citation_label,
    fix_dates,
    fix_date_literal,
    fix_date_part_leak,
    fix_hyphenated_names,
    fix_initialize,
    fix_labels,
    fix_seams,
    fix_punctuation_in_quote,
    fix_group_suppression,
    fix_conditions,
    fix_first_term_capital,
    fix_text_value,
    fix_variable_aliases,
    fix_subsequent_author,
    fix_cite_order,
    fix_suppress_author,
    fix_disambiguation,
    fix_locale_date_delimiter,
    fix_date_range_end,
    fix_names,
    fix_narrow_spaces,
    fix_note_fields,
    fix_empty_entries,
    fix_collapse,
    fix_title_case,
    fix_apostrophes,
    fix_quotes,
    fix_second_field_align,
    fix_locator_escape,
    fix_ordinals,
    fix_parse_names,
    fix_sort_keys,
    fix_name_variables,
    fix_name_parts,
    fix_page_ranges,
    fix_positions,
    fix_substitute,
    fix_strip_periods,
    fix_text_case,
    fix_decorations,
    fix_style_text,
)

#: Every correction, in the order it is applied.
CORRECTIONS: list[ModuleType] = [
    fix_text_case,
    fix_strip_periods,
    fix_note_fields,
    fix_dates,
    fix_date_literal,
    fix_date_part_leak,
    fix_parse_names,
    fix_name_variables,
    fix_name_parts,
    fix_hyphenated_names,
    fix_hyphenated_numbers,
    fix_page_ranges,
    fix_positions,
    fix_citation_label,
    fix_substitute,
    fix_initialize,
    fix_labels,
    fix_seams,
    fix_punctuation_in_quote,
    fix_group_suppression,
    fix_conditions,
    fix_first_term_capital,
    fix_subsequent_author,
    fix_cite_order,
    fix_empty_entries,
    fix_suppress_author,
    fix_disambiguation,
    fix_locale_date_delimiter,
    fix_date_range_end,
    fix_names,
    fix_collapse,
    fix_title_case,
    fix_apostrophes,
    fix_quotes,
    fix_second_field_align,
    fix_locator_escape,
    fix_ordinals,
    fix_sort_keys,
    fix_affix_escape,
    fix_delimiter_escape,
    fix_term_forms,
    fix_season_month,
    fix_decorations,
    fix_style_text,
    fix_narrow_spaces,
    fix_variable_aliases,
    fix_text_value,
]


#: The citeproc-py versions these corrections were written and measured against (they patch
#: its internals, so another version must be measured again before it is allowed).
TESTED_CITEPROC = ("0.11.1",)


def citeproc_is_tested(version: str | None = None) -> bool:
    """Whether ``version`` (default: the installed citeproc-py) is one the corrections were tested on."""
    return (version or getattr(citeproc, "__version__", "")) in TESTED_CITEPROC


def without(*modules: ModuleType) -> list[ModuleType]:
    """Every correction except ``modules`` (to measure or test what they correct)."""
    return [m for m in CORRECTIONS if m not in modules]


def install(corrections: Sequence[ModuleType] = CORRECTIONS) -> None:
    """Install the citeproc-py patches among ``corrections`` in the order of :data:`CORRECTIONS`
    (a wrapper wraps those of the corrections before it, whatever was installed before this
    call) and remove the others."""
    patching = [module for module in CORRECTIONS if hasattr(module, "install")]
    for module in reversed(patching):
        module.uninstall()
    for module in patching:
        if module in corrections:
            module.install()


def adapt_records(records: list[Record], corrections: Sequence[ModuleType] = CORRECTIONS) -> list[Record]:
    """Corrected copies of ``records`` for citeproc-py (the originals are untouched)."""
    out = list(records)
    for module in corrections:
        if hasattr(module, "adapt_record"):
            out = [module.adapt_record(r) for r in out]
    return out


def adapt_style(csl: Any, corrections: Sequence[ModuleType] = CORRECTIONS) -> None:
    """Apply the style-level corrections to a loaded CitationStylesStyle."""
    for module in corrections:
        if hasattr(module, "adapt_style"):
            module.adapt_style(csl)


def adapt_affix(text: str, corrections: Sequence[ModuleType] = CORRECTIONS) -> str:
    """A cite's prefix or suffix as the corrections want it (quotation marks marked)."""
    for module in corrections:
        if hasattr(module, "adapt_affix"):
            text = module.adapt_affix(text)
    return text


def prepare(bibliography: Any, corrections: Sequence[ModuleType] = CORRECTIONS) -> None:
    """Run the corrections that need every cite registered and sorted (disambiguation)."""
    for module in corrections:
        if hasattr(module, "prepare"):
            module.prepare(bibliography)


def adapt_source(source: Any, records: list[Record], corrections: Sequence[ModuleType] = CORRECTIONS) -> None:
    """Apply the source-level corrections to a CiteProcJSON built from ``records``."""
    for module in corrections:
        if hasattr(module, "adapt_source"):
            module.adapt_source(source, records)
