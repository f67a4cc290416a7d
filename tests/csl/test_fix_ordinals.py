"""fix_ordinals: ordinal suffixes of the output language, gender and match rules."""
from __future__ import annotations

from notecite.csl.corrections import without
from notecite.csl import fix_ordinals
from notecite.csl.render import render_bibliography

BOOK = {"id": "b", "type": "book", "title": "T", "author": [{"family": "Doe", "given": "Jane"}], "edition": "2",
        "publisher": "P", "issued": {"date-parts": [[2015]]}}


def test_french_and_german_styles():
    french = render_bibliography([BOOK], "bulletin-de-la-societe-entomologique-de-france")[0]
    german = render_bibliography([BOOK], "chicago-author-date-de")[0]
    assert "2ᵉ éd." in french and "2. Aufl." in german


def test_feminine_first_edition_in_french():
    first = dict(BOOK, edition="1")
    assert "1ʳᵉ éd." in render_bibliography([first], "bulletin-de-la-societe-entomologique-de-france")[0]


def test_html_superscripts():
    out = render_bibliography([BOOK], "bulletin-de-la-societe-entomologique-de-france", output="html")[0]
    assert "2<sup>e</sup> éd." in out


def test_citeproc_py_alone_uses_english():
    out = render_bibliography([BOOK], "bulletin-de-la-societe-entomologique-de-france", corrections=without(fix_ordinals))[0]
    assert "2nd éd." in out


def test_day_takes_the_gender_of_the_months_and_no_other_genders_term(tmp_path):
    from notecite.csl.render import render_citations
    style = tmp_path / "day.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="fr-FR">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <locale><terms>
    <term name="ordinal">.a</term>
    <term name="ordinal-02" gender-form="masculine">.oo</term>
    <term name="issue" gender="masculine">issue</term>
    <term name="edition" gender="feminine">edition</term>
  </terms></locale>
  <citation><layout><group delimiter=" ">
    <date variable="issued" delimiter=" "><date-part name="day" form="ordinal"/><date-part name="month"/></date>
    <number variable="edition" form="ordinal"/><number variable="issue" form="ordinal"/>
  </group></layout></citation>
</style>""", encoding="utf-8")
    record = [{"id": "a", "type": "book", "issued": {"date-parts": [[2004, 10, 1]]}, "edition": "2", "issue": "2"}]
    assert render_citations(record, style) == ["1.a octobre 2.a 2.oo"]  # the style's "ordinal" replaces ordinal-NN
    plain = tmp_path / "plain_day.csl"
    plain.write_text(style.read_text(encoding="utf-8").replace(style.read_text(encoding="utf-8")[
        style.read_text(encoding="utf-8").index("<locale>"):style.read_text(encoding="utf-8").index("<citation>")], ""),
        encoding="utf-8")
    assert render_citations(record, plain)[0].startswith("1ᵉʳ octobre")  # octobre is masculine: not "1re"


def test_style_ordinal_terms_only_where_the_locale_rules_have_them(tmp_path):
    # citeproc-js 2.4.63: a style locale with ordinal-01..04 but no "ordinal" keeps the French
    # file's rules: 1 -> "ʳᵉ" (feminine edition, ordinal-01), 2 -> "ᵉ" (the general term)
    style = tmp_path / "ordinals.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="fr-FR">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <locale xml:lang="fr"><terms><term name="ordinal-01">ère</term><term name="ordinal-02">e</term>
    <term name="ordinal-03">e</term></terms></locale>
  <citation><layout><number variable="edition" form="ordinal"/></layout></citation>
  <bibliography><layout><number variable="edition" form="ordinal"/></layout></bibliography>
</style>""", encoding="utf-8")
    records = [{"id": str(n), "type": "book", "title": "T", "edition": str(n)} for n in (1, 2, 3)]
    assert render_bibliography(records, style) == ["1ʳᵉ", "2ᵉ", "3ᵉ"]
