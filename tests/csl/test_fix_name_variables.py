"""fix_name_variables: name variables citeproc-py does not list (director…) render as names."""
from __future__ import annotations

import pytest

from notecite.csl.fix_name_variables import MISSING
from notecite.csl.render import RenderError, render_citations

RECORD = {"id": "r", "type": "motion_picture", "title": "Cléo de 5 à 7",
          "director": [{"family": "Varda", "given": "Agnès"}], "issued": {"date-parts": [[1962]]}}


def test_director_renders(data_dir):
    assert render_citations([RECORD], data_dir / "name_variables.csl") == ["Agnès Varda"]


def test_citeproc_py_alone_crashes(data_dir):
    with pytest.raises(RenderError):
        render_citations([RECORD], data_dir / "name_variables.csl", corrections=[])


def test_missing_lists_only_name_variables_citeproc_lacks():
    assert "director" in MISSING and "author" not in MISSING
