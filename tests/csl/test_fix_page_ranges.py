"""fix_page_ranges: minimal page ranges never lose digits of the last page."""
from __future__ import annotations

import pytest

from notecite.csl.render import render_citations

CASES = [("5-36", "5–36"), ("10-100", "10–100"), ("236-255", "236–55"), ("321-328", "321–28"), ("98-102", "98–102")]


@pytest.mark.parametrize("page, expected", CASES)
def test_minimal_two(data_dir, page, expected):
    record = {"id": "r", "type": "article-journal", "title": "T", "page": page}
    assert render_citations([record], data_dir / "page_ranges.csl") == [expected]


def test_citeproc_py_alone_drops_digits(data_dir):
    records = [{"id": "r", "type": "article-journal", "title": "T", "page": "5-36"}]
    assert render_citations(records, data_dir / "page_ranges.csl", corrections=[]) == ["5–6"]
