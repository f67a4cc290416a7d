"""fix_names: delimiters before "and"/et-al, per-name affixes of inverted lists, counts."""
from __future__ import annotations

from notecite.csl.corrections import without
from notecite.csl import fix_names
from notecite.csl.render import render_citations

PEOPLE = [{"family": "Lee", "given": "Hannah"}, {"family": "Patel", "given": "Ravi"}, {"family": "Roe", "given": "Ann"}]
RECORDS = [{"id": "a", "type": "book", "author": PEOPLE},
           {"id": "b", "type": "book", "author": [{"literal": "World Health Organization"}]}]


def test_delimiter_affixes_and_literal(data_dir):
    out = render_citations(RECORDS, data_dir / "names.csl")
    assert out == ["Lee, H.; R Patel. and A Roe.", "World Health Organization"]


def test_citeproc_py_alone(data_dir):
    out = render_citations(RECORDS, data_dir / "names.csl", corrections=without(fix_names))
    assert out == ["Lee, H; R Patel and A Roe.", "World Health Organization."]


def test_single_name_cjk_and_comma_suffix(data_dir):
    records = [
        {"id": "a", "type": "book", "author": [{"given": "Banksy"}]},
        {"id": "b", "type": "book", "author": [{"family": "我妻", "given": "栄"}]},
        {"id": "c", "type": "book", "author": [{"family": "Doe", "given": "Jeffrey", "suffix": "Jr.", "comma-suffix": True}]},
    ]
    out = render_citations(records, data_dir / "initialize.csl")
    assert out == ["Banksy", "我妻栄", "Jeffrey Doe, Jr."]
    assert render_citations(records, data_dir / "initialize.csl", corrections=without(fix_names))[1] == "栄 我妻"
