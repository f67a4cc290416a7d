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
