"""fix_term_forms: verb-short falls back to verb, then long; symbol to short."""
from __future__ import annotations

from notecite.csl import fix_term_forms
from notecite.csl.corrections import without
from notecite.csl.render import render_citations

RECORD = [{"id": "g", "type": "chapter", "title": "Preface", "container-title": "The Cheese and the Worms",
           "author": [{"family": "Ginzburg", "given": "Carlo"}], "container-author": [{"family": "Ginzburg", "given": "Carlo"}],
           "publisher": "JHU Press", "issued": {"date-parts": [[1980]]}}]
STYLE = "society-of-biblical-literature-fullnote-bibliography"


def test_container_author_verb_short_label():
    assert ", by Carlo Ginzburg (JHU Press, 1980)" in render_citations(RECORD, STYLE)[0]
    assert ", Carlo Ginzburg (JHU Press, 1980)" in render_citations(RECORD, STYLE, corrections=without(fix_term_forms))[0]


def test_long_form_written_out_and_last_definition_wins(tmp_path):
    # citeproc-js 2.4.63: "[date unknown] a cura di" (the style's form="long" term; the last
    # of two definitions of the short "editor" term)
    style = tmp_path / "terms.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <locale xml:lang="en"><terms>
    <term name="no date" form="long">date unknown</term>
    <term name="editor" form="short"><single>ed.</single><multiple>eds.</multiple></term>
    <term name="editor" form="short">a cura di</term>
  </terms></locale>
  <citation><layout><group delimiter=" "><text term="no date" prefix="[" suffix="]"/>
    <names variable="editor"><name form="short"/><label form="short" prefix=" "/></names>
  </group></layout></citation>
</style>""", encoding="utf-8")
    record = [{"id": "a", "type": "book", "editor": [{"family": "Roe"}, {"family": "Doe"}]}]
    assert render_citations(record, style) == ["[date unknown] Roe, Doe a cura di"]
    assert render_citations(record, style, corrections=without(fix_term_forms)) == ["[no date] Roe, Doe eds."]
