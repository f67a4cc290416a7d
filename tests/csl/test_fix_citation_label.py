"""fix_citation_label: citeproc-js's generated citation labels, with the year suffix."""
from __future__ import annotations

from notecite.csl import fix_citation_label
from notecite.csl.corrections import without
from notecite.csl.render import render_citations

STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation disambiguate-add-year-suffix="true">
    <layout><text variable="citation-label" prefix="[" suffix="]"/></layout>
  </citation></style>"""


def _book(key: str, families: list[str], year: int, **extra: object) -> dict:
    return {"id": key, "type": "book", "title": key, "issued": {"date-parts": [[year]]},
            "author": [{"family": f, "given": "A"} for f in families], **extra}


def test_trigraph_by_number_of_names_and_suffix(tmp_path):
    path = tmp_path / "label.csl"
    path.write_text(STYLE, encoding="utf-8")
    records = [_book("one", ["Asthma"], 1900), _book("two", ["Asthma"], 1900), _book("pair", ["Bronchitis", "Cholera"], 1998),
               _book("three", ["Doe", "Roe", "Poe"], 2001),
               _book("many", ["von Dipheria", "Eczema", "Flatulence", "Goiter", "Hiccups"], 1926),
               _book("given", ["Spiff"], 1900, **{"citation-label": "Spiff1900"})]
    assert render_citations(records, path) == ["[Asth00a]", "[Asth00b]", "[BrCh98]", "[DoRP01]", "[DEFG26]", "[Spiff1900]"]


def test_citeproc_py_alone_prints_only_labels_in_the_data(tmp_path):
    path = tmp_path / "label.csl"
    path.write_text(STYLE, encoding="utf-8")
    records = [_book("one", ["Asthma"], 1900), _book("given", ["Spiff"], 1900, **{"citation-label": "Spiff1900"})]
    out = render_citations(records, path, corrections=without(fix_citation_label))
    assert out == ["[CSL STYLE ERROR: reference with no printed form.]", "[Spiff1900]"]
