"""fix_strip_periods: strip-periods on the (integer) citation number must not crash."""
from __future__ import annotations

import pytest

from notecite.csl.render import RenderError, render_citations

RECORDS = [{"id": "a", "type": "book", "title": "A"}, {"id": "b", "type": "book", "title": "B"}]


def test_citation_number_renders(data_dir):
    assert render_citations(RECORDS, data_dir / "strip_periods.csl") == ["[1]", "[2]"]


def test_citeproc_py_alone_crashes(data_dir):
    with pytest.raises(RenderError) as info:
        render_citations(RECORDS, data_dir / "strip_periods.csl", corrections=[])
    assert isinstance(info.value.__cause__, AttributeError)
