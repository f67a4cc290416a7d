"""fix_locale_date_delimiter: a localized date keeps its locale's delimiter."""
from __future__ import annotations

from notecite.csl.corrections import without
from notecite.csl import fix_locale_date_delimiter
from notecite.csl.render import render_citations

RECORDS = [{"id": "w", "type": "webpage", "accessed": {"date-parts": [[2023, 1, 15]]}}]


def test_spaced(data_dir):
    assert render_citations(RECORDS, data_dir / "locale_date_delimiter.csl") == ["2023 Jan 15"]


def test_citeproc_py_alone_runs_parts_together(data_dir):
    out = render_citations(RECORDS, data_dir / "locale_date_delimiter.csl", corrections=without(fix_locale_date_delimiter))
    assert out == ["2023Jan15"]
