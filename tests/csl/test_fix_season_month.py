"""fix_season_month: a season where a style asks for a numeric month renders its name."""
from __future__ import annotations

import pytest

from notecite.csl import fix_season_month
from notecite.csl.corrections import without
from notecite.csl.render import RenderError, render_bibliography

RECORDS = [{"id": "n", "type": "article-journal", "title": "Between Memory and History", "container-title": "Representations",
            "author": [{"family": "Nora", "given": "Pierre"}], "issued": {"date-parts": [[1989]], "season": 1}},
           {"id": "s", "type": "article-journal", "title": "Meaning", "container-title": "History and Theory",
            "author": [{"family": "Skinner", "given": "Quentin"}], "issued": {"date-parts": [[1969]]}}]


def test_styles_with_numeric_months_render_a_season():
    for style in ("nova-univerza", "tramas-y-redes-revista-del-consejo-latinoamericano-de-ciencias-sociales",
                  "journal-for-the-study-of-the-new-testament"):
        entries = render_bibliography(RECORDS, style)
        assert len(entries) == 2 and any("Nora" in e for e in entries)


def test_citeproc_py_alone_fails():
    with pytest.raises(RenderError):
        render_bibliography(RECORDS, "nova-univerza", corrections=without(fix_season_month))


def test_ad_only_before_500(tmp_path):
    from notecite.csl.render import render_citations
    style = tmp_path / "year.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><date variable="issued"><date-part name="year"/></date></layout></citation>
</style>""", encoding="utf-8")
    records = [{"id": str(y), "type": "book", "issued": {"date-parts": [[y]]}} for y in (499, 732, 1066)]
    assert [render_citations([r], style)[0] for r in records] == ["499 AD", "732", "1066"]
