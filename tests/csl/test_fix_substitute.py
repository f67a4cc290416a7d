"""fix_substitute: a substituted editor or title is not printed a second time."""
from __future__ import annotations


from notecite.csl.corrections import without
from notecite.csl import fix_substitute
from notecite.csl.render import render_citations

EDITED = {"id": "e", "type": "book", "title": "Reading lists", "editor": [{"family": "Lee", "given": "Hannah"}]}
ANONYMOUS = {"id": "a", "type": "book", "title": "Annual report"}


def test_substituted_editor_and_title_printed_once(data_dir):
    out = render_citations([EDITED, ANONYMOUS], data_dir / "substitute.csl")
    assert out == ["H. Lee. Reading lists", "Annual report"]


def test_citeproc_py_alone_repeats_them(data_dir):
    out = render_citations([EDITED, ANONYMOUS], data_dir / "substitute.csl", corrections=without(fix_substitute))
    assert out[0] == "H. Lee. Reading lists. H. Lee"


def test_text_substituting_for_names_comes_without_their_affixes(tmp_path):
    style = tmp_path / "sub.csl"
    style.write_text('<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>s</title>'
                     '<id>s</id><updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout prefix="(" suffix=")">'
                     '<names variable="author" suffix=" " font-weight="bold"><name form="short"/><substitute>'
                     '<names variable="editor"/><text variable="title" font-style="italic"/></substitute></names>'
                     '<date variable="issued"><date-part name="year"/></date></layout></citation></style>', encoding="utf-8")
    records = [{"id": "t", "type": "book", "title": "Shoah", "issued": {"date-parts": [[2013]]}},
               {"id": "e", "type": "book", "title": "N", "editor": [{"family": "Greenblatt", "given": "S."}],
                "issued": {"date-parts": [[2018]]}}]
    assert render_citations(records, str(style), output="html") == ["(<i>Shoah</i>2013)", "(<b>Greenblatt</b> 2018)"]


def test_a_variable_printed_once_within_the_substitute_branch(tmp_path):
    style = tmp_path / "twice.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="editor">
    <names variable="editor"><name/><label form="short" prefix=" "/></names>
    <names variable="editor"><name/><label prefix=" "/></names>
  </macro>
  <citation><layout><group delimiter=". ">
    <names variable="author"><name/><substitute><text macro="editor"/></substitute></names>
    <text variable="title"/>
  </group></layout></citation>
</style>""", encoding="utf-8")
    record = [{"id": "d", "type": "book", "title": "T", "editor": [{"family": "Doe", "given": "Jo"}]}]
    assert render_citations(record, style) == ["Jo Doe ed. T"]
    assert render_citations(record, style, corrections=without(fix_substitute)) [0].startswith("Jo Doe ed.Jo Doe editor")
