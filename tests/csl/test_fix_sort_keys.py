"""fix_sort_keys: sorting ignores markup, quotes, punctuation, case and accents."""
from __future__ import annotations

from notecite.csl.corrections import without
from notecite.csl import fix_sort_keys
from notecite.csl.fix_sort_keys import clean
from notecite.csl.render import render_bibliography


def test_clean():
    assert clean("<i>Roe</i>, “Émile”") == "roe emile"
    assert clean(None) is None


def test_quoted_title_sorts_by_its_words():
    records = [{"id": "b", "type": "article-journal", "title": "\"Simple title here B\""},
               {"id": "a", "type": "article-journal", "title": "Simple title, here A"},
               {"id": "c", "type": "article-journal", "title": "Zeta"}]
    order = [e.split("”")[0].strip("“") for e in render_bibliography(records, "chicago-notes-bibliography")]
    assert [o[:14] for o in order] == ["Simple Title, ", "Simple Title H", "Zeta. n.d."]
    plain = render_bibliography(records, "chicago-notes-bibliography", corrections=without(fix_sort_keys))
    assert plain[-1].startswith("“Simple Title Here B")


def test_page_first_key():
    from notecite.csl.fix_sort_keys import first_page

    class Item:
        def __init__(self, page):
            self.reference = {"page": page} if page is not None else {}
    assert [first_page(Item(p)) for p in ("101-109", "xi–xx", "7", None)] == ["101", "xi", "7", None]
    records = [{"id": "a", "type": "book", "title": "Merchants", "author": [{"family": "Berg", "given": "I."}],
                "issued": {"date-parts": [[2004]]}},
               {"id": "b", "type": "chapter", "title": "Notaries", "author": [{"family": "Berg", "given": "I."}],
                "issued": {"date-parts": [[2004]]}, "page": "101-109", "container-title": "Trust"}]
    out = render_bibliography(records, "babesch-annual-papers-on-mediterranean-archaeology")
    assert out[0].startswith("Berg I. 2004a, Notaries")  # sorted by page-first, then title


def test_citation_label_key_sorts_by_the_made_up_label(tmp_path):
    # CSL suite magic_CitationLabelInCitation: "[Doe65, RoNo78a, RoNo78b]" (citeproc-js)
    style = tmp_path / "label.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation disambiguate-add-year-suffix="true"><sort><key variable="citation-label"/></sort>
    <layout prefix="[" suffix="]" delimiter=", "><text variable="citation-label"/></layout></citation>
</style>""", encoding="utf-8")
    roe = [{"family": "Roe", "given": "J"}, {"family": "Noakes", "given": "R"}]
    records = [{"id": "r1", "type": "book", "title": "A", "author": roe, "issued": {"date-parts": [[1978]]}},
               {"id": "d", "type": "book", "title": "A", "author": [{"family": "Doe", "given": "J"}],
                "issued": {"date-parts": [[1965]]}},
               {"id": "r2", "type": "book", "title": "A", "author": roe, "issued": {"date-parts": [[1978]]}}]
    cites = [{"id": "r1"}, {"id": "d"}, {"id": "r2"}]
    from notecite.csl.render import render_notes
    assert render_notes(records, style, [cites])[0] == "[Doe65, RoNo78a, RoNo78b]"
