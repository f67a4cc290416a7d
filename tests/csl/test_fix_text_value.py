"""fix_text_value: a style's <text value> is rich text (markup, quotes), as citeproc-js reads it."""
from __future__ import annotations

from notecite.csl import fix_text_value
from notecite.csl.corrections import without
from notecite.csl.render import render_citations


def test_text_values_are_rich_text(tmp_path):
    style = tmp_path / "value.csl"
    style.write_text('<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>v</title>'
                     '<id>v</id><updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout '
                     'font-weight="bold" prefix="Speak, " suffix=", and enter."><group delimiter=" ">'
                     '<text value="&lt;b&gt;friend&lt;/b&gt;"/><text value="\'of mine\'"/></group>'
                     '</layout></citation></style>', encoding="utf-8")
    record = {"id": "a", "type": "book"}
    assert render_citations([record], str(style), output="html") == [
        '<b>Speak, <span style="font-weight:normal;">friend</span> “of mine,” and enter.</b>']
    assert render_citations([record], str(style)) == ["Speak, friend “of mine,” and enter."]
    out = render_citations([record], str(style), output="html", corrections=without(fix_text_value))
    assert "&lt;b&gt;friend&lt;/b&gt;" in out[0]
