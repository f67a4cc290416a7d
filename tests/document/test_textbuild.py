"""Whitespace normalization that keeps italic spans and marker offsets right."""
from __future__ import annotations

from notecite.document.textbuild import TextBuilder


def test_spaces_collapse_and_spans_follow():
    b = TextBuilder()
    b.add("  A   title:\n ")
    b.add("  The   Work  ", italic=True)
    b.marker(3, "[3]")
    b.br()
    b.br()
    b.add(" next line ")
    text, italics, marks = b.finish()
    assert text == "A title: The Work [3]\nnext line"
    assert [text[a:c] for a, c in italics] == ["The Work"]
    assert [(n, text[o:o + 3]) for n, o in marks] == [(3, "[3]")]
