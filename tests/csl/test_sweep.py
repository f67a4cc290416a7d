"""sweep: the comparison rule and one style rendered as the sweep does."""
from __future__ import annotations

import json

from notecite.csl.styles import resolve
from notecite.csl.sweep import compare, norm_html, norm_text, render_style


def test_norm_text():
    assert norm_text('  <div class="csl-entry">A&#38;B <i>x</i>\u00a0y</div>\n') == "A&B x y"
    assert norm_text("<https://x>") == "<https://x>"


def test_render_and_compare(mixed10):
    mine = render_style(resolve("apa").path, mixed10[:3])
    assert mine["error"] is None and mine["has_bib"] and len(mine["cit"]) == 3
    ids = [r["id"] for r in mixed10[:3]]
    theirs = json.loads(json.dumps(mine))
    theirs["cit"][ids[0]] = "<i>something else</i>"
    counts = compare(mine, theirs, ids)
    assert counts["cit compared"] == 3 and counts["cit identical"] == 2 and counts["bib identical"] == 3


def test_norm_html_keeps_markup_and_canonical_entities():
    assert norm_html('  <div class="csl-entry">A&amp;B &lt;x&gt; <i>t</i></div>\n') == "A&#38;B &#60;x&#62; <i>t</i>"
    mine = {"has_bib": False, "bib": {}, "cit": {"a": "<i>T</i> &lt;u&gt;"}, "error": None}
    theirs = {"has_bib": False, "bib": {}, "cit": {"a": "T &#60;u&#62;"}, "error": None}
    assert compare(mine, theirs, ["a"])["cit identical"] == 1
    assert compare(mine, theirs, ["a"], "html")["cit identical"] == 0
