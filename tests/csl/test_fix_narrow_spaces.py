"""fix_narrow_spaces: citeproc-js's narrow no-break spaces in appended text, not in affixes."""
from __future__ import annotations

from notecite.csl import fix_narrow_spaces
from notecite.csl.corrections import without
from notecite.csl.fix_narrow_spaces import NARROW, narrow_spaces
from notecite.csl.render import render_citations


def test_narrow_spaces():
    assert narrow_spaces("His « Anonymous » Life") == f"His «{NARROW}Anonymous{NARROW}» Life"
    assert narrow_spaces("Pourquoi ? Vraiment : oui ; non !") == f"Pourquoi{NARROW}? Vraiment{NARROW}: oui{NARROW}; non{NARROW}!"
    assert narrow_spaces("a - b, c") == "a - b, c"


def test_values_and_terms_but_not_affixes(tmp_path):
    style = tmp_path / "n.csl"
    style.write_text('<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>n</title>'
                     '<id>n</id><updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout>'
                     '<text variable="title" suffix=" : "/><text value="vu ; lu"/></layout></citation></style>',
                     encoding="utf-8")
    record = [{"id": "a", "type": "book", "title": "His « Anonymous » Life", "URL": "http://x.org/a ;b"}]
    assert render_citations(record, str(style)) == [f"His «{NARROW}Anonymous{NARROW}» Life : vu{NARROW}; lu"]
    assert render_citations(record, str(style), corrections=without(fix_narrow_spaces)) == [
        "His « Anonymous » Life : vu ; lu"]
    assert fix_narrow_spaces.adapt_record(record[0])["URL"] == "http://x.org/a ;b"
