"""fix_hyphenated_names: container-author and other hyphenated name variables are rendered."""
from __future__ import annotations

from notecite.csl.render import render_citations

RECORD = {"id": "r", "type": "chapter", "title": "Préface",
          "container-author": [{"family": "Ricœur", "given": "Paul"}], "issued": {"date-parts": [[1990]]}}


def test_container_author_renders(data_dir):
    assert render_citations([RECORD], data_dir / "hyphenated_names.csl") == ["Paul Ricœur"]


def test_citeproc_py_alone_leaves_it_out(data_dir):
    assert render_citations([RECORD], data_dir / "hyphenated_names.csl", corrections=[]) != ["Paul Ricœur"]
