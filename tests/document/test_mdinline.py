"""Markdown inline markup to plain text with italic spans."""
from __future__ import annotations

from notecite.document.mdinline import to_plain


def _italics(text: str) -> list[str]:
    plain, spans = to_plain(text)
    return [plain[a:b] for a, b in spans]


def test_emphasis_forms():
    assert to_plain("*Essais* and _Journal_ and **bold**")[0] == "Essais and Journal and bold"
    assert _italics("*Essais* and _Journal_ and **bold** and ***both***") == ["Essais", "Journal", "both"]


def test_intraword_underscores_and_escapes_stay():
    assert to_plain(r"file_name_here and \*not italic\*")[0] == "file_name_here and *not italic*"
    assert _italics(r"file_name_here and \*not italic\*") == []


def test_links_code_and_dashes():
    assert to_plain("[catalogue](https://example.org/c) and <https://example.org/x>")[0] == (
        "catalogue (https://example.org/c) and https://example.org/x")
    assert to_plain("`*x*` pages 12--15 --- so")[0] == "*x* pages 12–15 — so"
