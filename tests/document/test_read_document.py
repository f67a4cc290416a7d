"""``read_document`` on the bundled examples and on the edge cases every reader shares."""
from __future__ import annotations

from pathlib import Path

import pytest

from notecite.document import read_document
from notecite.errors import InputError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_markdown_example():
    doc = read_document(EXAMPLES / "hanseatic-salt-trade.md")
    assert len(doc.notes) == 6 and [m.number for m in doc.markers] == [1, 2, 3, 4, 5, 6]
    assert doc.notes[4].text.startswith("For a recent exception see Carsten Jahnke, Das Silber des Meeres")
    assert doc.notes[5].text == "Ibid., 71–73."
    assert doc.warnings == []


def test_html_example():
    doc = read_document(EXAMPLES / "pilgrim-guides.html")
    assert [n.text for n in doc.notes][2] == "Miedema, Mirabilia, 240."
    assert [doc.notes[3].text[a:b] for a, b in doc.notes[3].italic_spans] == [
        "An den christlichen Adel deutscher Nation", "Pilgrimage"]


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read file"):
        read_document(tmp_path / "absent.txt")


def test_page_furniture_class_on_body_does_not_hide_the_page(tmp_path):
    path = tmp_path / "sidebar.html"
    path.write_text(
        '<html><body class="page-template-sidebar"><div class="sidebar">Recent posts</div>'
        '<p>Claim.<a href="#fn1" id="r1"><sup>1</sup></a></p>'
        '<ol><li id="fn1">Keith Thomas, <i>Religion and the Decline of Magic</i> (London, 1971), 25. '
        '<a href="#r1">↩</a></li></ol></body></html>',
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.notes[0].text == "Keith Thomas, Religion and the Decline of Magic (London, 1971), 25."
    assert "Recent posts" not in doc.body and doc.body.startswith("Claim.[1]")
