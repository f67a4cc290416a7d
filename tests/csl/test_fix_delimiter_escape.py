"""fix_delimiter_escape: a style's delimiters are escaped in markup outputs, as citeproc-js does."""
from __future__ import annotations

from notecite.csl import fix_delimiter_escape
from notecite.csl.corrections import without
from notecite.csl.render import render_bibliography
from notecite.csl.sweep import norm_html

RECORD = [{"id": "a", "type": "book", "title": "A", "publisher": "P", "issued": {"date-parts": [[2000, 3, 4]]},
           "author": [{"family": "Doe", "given": "J"}, {"family": "Roe", "given": "K"}, {"family": "Poe", "given": "L"}],
           "editor": [{"family": "Ed", "given": "E"}]}]

#: Every delimiter holds "&" or "<": names, name, sort-separator, group, a <choose> in a group, date.
LAYOUT = ('<group delimiter=" &amp; "><names variable="author editor" delimiter=" &lt;&gt; ">'
          '<name delimiter=" &amp; " and="symbol" sort-separator=" &amp;, " name-as-sort-order="first"/></names>'
          '<choose><if type="book"><text variable="title"/><text variable="publisher"/></if></choose>'
          '<date variable="issued" delimiter="&lt;"><date-part name="year"/><date-part name="month" form="numeric"/>'
          '</date></group>')

#: citeproc-js 2.4.63 on this layout and record.
CITEPROC_JS = "Doe &#38;, J &#38; K Roe &#38; &#38; L Poe &#60;&#62; Ed &#38;, E &#38; A &#38; P &#38; 2000&#60;3"


def _style(tmp_path):
    style = tmp_path / "delimiters.csl"
    style.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout>{LAYOUT}</layout></citation><bibliography><layout>{LAYOUT}</layout></bibliography>
</style>""", encoding="utf-8")
    return style


def test_delimiters_escaped_in_html(tmp_path):
    style = _style(tmp_path)
    assert norm_html(render_bibliography(RECORD, style, output="html")[0]) == CITEPROC_JS
    assert render_bibliography(RECORD, style, output="text") == ["Doe &, J & K Roe & & L Poe <> Ed &, E & A & P & 2000<3"]


def test_citeproc_py_alone_joins_them_raw(tmp_path):
    out = render_bibliography(RECORD, _style(tmp_path), output="html", corrections=without(fix_delimiter_escape))[0]
    assert out.startswith("Doe &, J & K Roe")
