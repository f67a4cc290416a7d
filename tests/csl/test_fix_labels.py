"""fix_labels: labels as citeproc-js prints them (also for an empty variable, unless its group is hidden)."""
from __future__ import annotations


from notecite.csl.corrections import without
from notecite.csl import fix_labels
from notecite.csl.render import render_bibliography, render_citations

RECORDS = [{"id": "a", "type": "book", "title": "A", "page": "5-7"}, {"id": "b", "type": "book", "title": "B"}]


def test_label_of_an_empty_variable_prints_beside_rendered_content(data_dir):
    # citeproc-js: "B p." (the group has a rendered title, so it is not suppressed)
    assert render_citations(RECORDS, data_dir / "labels.csl") == ["A pp. 5–7", "B p."]


def _style(tmp_path, layout: str):
    style = tmp_path / "label.csl"
    style.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout>{layout}</layout></citation><bibliography><layout>{layout}</layout></bibliography>
</style>""", encoding="utf-8")
    return style


def test_locator_label_without_locator_is_the_page_term(tmp_path):
    # citeproc-js 2.4.63 on this layout: "A|p.|B" and "A pp.|p.|A" (its group has no empty variable)
    layout = ('<text variable="title"/><text value="|"/><label variable="locator" form="short"/>'
              '<group delimiter="|"><text variable="title"/><label variable="page" form="short" plural="always"/>'
              '<group><label variable="locator"/><text variable="locator"/></group></group>')
    style = _style(tmp_path, layout)
    assert render_bibliography(RECORDS, style) == ["A|p.A|pp.", "B|p.B|pp."]
    assert render_citations(RECORDS, style, cites=[{"id": "a", "locator": "3"}])[0] == "A|p.A|pp.|page3"
    assert render_citations(RECORDS, style, corrections=without(fix_labels))[0] == "A|A|pp."


def test_number_of_volumes_label(tmp_path):
    style = tmp_path / "volumes.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout delimiter="; "><group delimiter=" ">
    <label variable="number-of-volumes"/><text variable="number-of-volumes"/>
  </group></layout></citation>
</style>""", encoding="utf-8")
    records = [{"id": "a", "type": "book", "number-of-volumes": "1"}, {"id": "b", "type": "book", "number-of-volumes": "2"}]
    assert render_citations(records, style) == ["volume 1", "volumes 2"]


def test_roman_and_lettered_ranges_take_the_plural():
    from notecite.csl.fix_labels import is_plural
    assert is_plural("xi-xxvi") and is_plural("S12-S31") and is_plural("514a-517a") and is_plural("1 & 3")
    assert not is_plural("xiv") and not is_plural("13v") and not is_plural("2.0") and not is_plural("C1")
    from notecite.csl.render import render_citations
    record = [{"id": "g", "type": "chapter", "title": "Preface", "container-title": "Book", "page": "xi-xxvi",
               "author": [{"family": "Ginzburg", "given": "Carlo"}]}]
    out = render_citations(record, "mhra-notes", cites=[{"id": "g", "locator": "xiv"}])[0]
    assert "pp. xi–xxvi (p. xiv)" in out


def test_first_reference_note_number_label():
    from notecite.csl.render import render_notes
    records = [{"id": "b", "type": "book", "title": "The Mediterranean", "author": [{"family": "Braudel", "given": "Fernand"}],
                "issued": {"date-parts": [[1972]]}}]
    records.append({"id": "c", "type": "book", "title": "Other", "issued": {"date-parts": [[1990]]}})
    out = render_notes(records, "oscola", [[{"id": "b", "locator": "45"}], [{"id": "c"}], [{"id": "b", "locator": "102"}]],
                       note_numbers=[1, 2, 5])
    assert out[2] == "Braudel (n 1) 102."


def test_plural_with_the_locales_and_and_escaped_hyphens(tmp_path):
    from notecite.csl.fix_labels import is_plural
    assert is_plural("213, and 235") and is_plural("213 and 235") and is_plural("213 et 235", "et")
    assert is_plural("213, et 235", "et") and not is_plural("213 et 235")
    assert not is_plural("327\\-30") and is_plural("327-30")
    style = tmp_path / "locator.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><group delimiter=" "><label variable="locator"/><text variable="locator"/></group></layout></citation>
</style>""", encoding="utf-8")
    record = [{"id": "a", "type": "book", "title": "A"}]
    cites = [[{"id": "a", "locator": loc, "label": "line"}] for loc in ("327\\-30", "327-30", "3, and 5")]
    assert [render_citations(record, style, cites=c)[0] for c in cites] == ["line 327-30", "lines 327–30", "lines 3, and 5"]


def test_locator_with_its_own_label_gets_no_second_one(tmp_path):
    style = tmp_path / "own.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><group delimiter=" "><label variable="locator" form="short"/><text variable="locator"/></group></layout></citation>
</style>""", encoding="utf-8")
    record = [{"id": "a", "type": "book", "title": "A"}]
    cites = [[{"id": "a", "locator": loc}] for loc in ("vol. 1, fol. 186", "p. 45", "45-47")]
    assert [render_citations(record, style, cites=c)[0] for c in cites] == ["vol. 1, fol. 186", "p. 45", "pp. 45–47"]
