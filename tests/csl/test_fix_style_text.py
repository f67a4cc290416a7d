"""fix_style_text: character references and apostrophes written in a style, read as citeproc-js reads them."""
from __future__ import annotations

from notecite.csl import fix_style_text
from notecite.csl.corrections import without
from notecite.csl.fix_style_text import read_references, typographic_apostrophes
from notecite.csl.render import render_citations

STYLE = ('<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="fr-FR"><info>'
         '<title>s</title><id>s</id><updated>2020-01-01T00:00:00+00:00</updated></info>'
         '<locale><terms><term name="available at">disponible à l\'adresse</term></terms></locale>'
         '<citation><layout><text variable="title" suffix="&amp;#160;"/><text value="Edited&amp;#160;by" prefix="&amp;#8211; "/>'
         '<text term="available at" prefix=" "/><text value="l\'an" prefix=" d\'"/></layout></citation></style>')
RECORD = {"id": "a", "type": "book", "title": "Kosmos"}


def test_helpers():
    assert read_references("&#8211; x&#xA0;") == "\u2013 x\u00a0"
    assert typographic_apostrophes("l'adresse, 'quoted'") == "l\u2019adresse, 'quoted'"


def test_style_text_as_citeproc_js_prints_it(tmp_path):
    style = tmp_path / "s.csl"
    style.write_text(STYLE, encoding="utf-8")
    assert render_citations([RECORD], str(style)) == ["Kosmos\u00a0\u2013 Edited\u00a0by disponible à l\u2019adresse d'l\u2019an"]
    plain = render_citations([RECORD], str(style), corrections=without(fix_style_text))
    assert plain == ["Kosmos&#160;&#8211; Edited&#160;by disponible à l'adresse d'l'an"]
