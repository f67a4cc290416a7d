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
