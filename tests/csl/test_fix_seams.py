"""fix_seams: no doubled period after formatted text ending in a period."""
from __future__ import annotations


from notecite.csl.corrections import without
from notecite.csl import fix_seams
from notecite.csl.render import render_citations

RECORD = {"id": "a", "type": "book", "title": "Apparatus", "author": [{"family": "Doe", "given": "Jane"}]}


def test_single_period_in_html(data_dir):
    assert render_citations([RECORD], data_dir / "seams.csl", output="html") == ["<b>Doe, J.</b> Apparatus."]


def test_citeproc_py_alone_doubles_it(data_dir):
    out = render_citations([RECORD], data_dir / "seams.csl", output="html", corrections=without(fix_seams))
    assert out == ["<b>Doe, J.</b>. Apparatus."]


def test_absorbed_marks():
    from notecite.csl.fix_seams import normalize_seam

    assert normalize_seam("2021;", ":12") == "12"
    assert normalize_seam("writing:", ".") == ""
    assert normalize_seam("Press. ", ".") == "."  # citeproc-js keeps this one
    assert normalize_seam("‘A guide.’", ". (Oxford)") == " (Oxford)"
    assert normalize_seam("3 &lt;4&gt;", ".") == "."  # an entity's ";" is not a semicolon


def test_colon_gives_way_to_exclamation():
    from notecite.csl.fix_seams import end

    assert end(None, "colon:! exclamation") == "colon! exclamation"
    assert end(None, "“colon”; and more") == "“colon”; and more"


def test_quoted_stop_seen_through_markup():
    from notecite.csl.fix_seams import normalize_seam

    assert normalize_seam('‘<span style="font-style:normal;">Was it?</span>’', ".") == ""


def _style(tmp_path, layout: str) -> str:
    style = tmp_path / "s.csl"
    style.write_text('<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>s</title>'
                     '<id>s</id><updated>2020-01-01T00:00:00+00:00</updated></info>'
                     f'<citation><layout suffix=".">{layout}</layout></citation></style>', encoding="utf-8")
    return str(style)


ARTICLE = {"id": "j", "type": "article-journal", "title": "Gazetteers", "container-title": "DHQ", "volume": "14",
           "page": "7-24", "issued": {"date-parts": [[1989]]}}


def test_no_merge_into_a_number(tmp_path):
    # citeproc-js migrates no punctuation into a piece ending in a number: "14:" keeps the "."
    number_last = _style(tmp_path, '<group delimiter=" "><text variable="title"/>'
                                   '<text variable="volume" suffix=":"/></group>')
    assert render_citations([ARTICLE], number_last) == ["Gazetteers 14:."]
    text_last = _style(tmp_path, '<group delimiter=" "><text variable="volume"/><text variable="title" suffix=":"/></group>')
    assert render_citations([ARTICLE], text_last) == ["14 Gazetteers:"]
    repeated = _style(tmp_path, '<text variable="volume" suffix="."/>')
    assert render_citations([ARTICLE], repeated) == ["14."]
    delimited = _style(tmp_path, '<group delimiter=". "><text variable="volume" suffix=":"/>'
                                 '<text variable="title"/></group>')
    assert render_citations([ARTICLE], delimited) == ["14:. Gazetteers."]


def test_delimiter_keeps_an_unlike_prefix_mark(tmp_path):
    delimited = _style(tmp_path, '<group delimiter=";"><date variable="issued"><date-part name="year"/></date>'
                                 '<group><text variable="issue"/><text variable="page" prefix=":"/></group></group>')
    assert render_citations([ARTICLE], delimited) == ["1989;:7–24."]
    siblings = _style(tmp_path, '<group><date variable="issued" suffix=";"><date-part name="year"/></date>'
                                '<text variable="page" prefix=":"/></group>')
    assert render_citations([ARTICLE], siblings) == ["1989;7–24."]


def test_delimiter_mark_never_merges_with_an_own_suffix(tmp_path):
    # citeproc-js appends the delimiter's mark to the suffix: "Why?" + "." → "Why?", then ":" stays
    style = _style(tmp_path, '<group delimiter=": "><text variable="title" suffix="."/>'
                             '<text variable="container-title"/></group>')
    assert render_citations([dict(ARTICLE, title="Why?")], style) == ["Why?: DHQ."]
    style = _style(tmp_path, '<group delimiter=". "><text variable="title" suffix=":"/>'
                             '<text variable="container-title"/></group>')
    assert render_citations([ARTICLE], style) == ["Gazetteers:. DHQ."]
    # a repeat of the suffix's own mark goes, even when that mark merged into the value
    style = _style(tmp_path, '<group delimiter=". "><text variable="title" suffix="."/>'
                             '<text variable="container-title"/></group>')
    assert render_citations([dict(ARTICLE, title="Why?")], style) == ["Why? DHQ."]
    # without an own suffix the value's mark absorbs the delimiter's, as before
    style = _style(tmp_path, '<group delimiter=". "><text variable="title"/><text variable="container-title"/></group>')
    assert render_citations([dict(ARTICLE, title="Why?")], style) == ["Why? DHQ."]


def test_a_value_opening_with_a_mark_keeps_it(tmp_path):
    # citeproc-js merges and drops marks only between affixes (and a value's end): a text
    # value "." stays after "1989;" and even after "1989."
    style = _style(tmp_path, '<group><date variable="issued" suffix=";"><date-part name="year"/></date>'
                             '<text value="."/></group>')
    assert render_citations([ARTICLE], style) == ["1989;."]  # the layout's "." repeats the value's and goes
    style = _style(tmp_path, '<group><date variable="issued" suffix="."><date-part name="year"/></date>'
                             '<text value="."/></group><text value="x"/>')
    assert render_citations([ARTICLE], style) == ["1989..x."]
    # a prefix mark still merges
    style = _style(tmp_path, '<group><date variable="issued" suffix=";"><date-part name="year"/></date>'
                             '<text variable="title" prefix=". "/></group>')
    assert render_citations([ARTICLE], style) == ["1989; Gazetteers."]


def test_seam_inside_a_display_block():
    from notecite.csl.fix_seams import normalize_seam
    block = '\n\n    <div class="csl-block">. https://doi.org/x</div>\n'
    assert normalize_seam("7–24.", block) == '\n\n    <div class="csl-block"> https://doi.org/x</div>\n'
    assert normalize_seam("7–24", block) == block
    assert normalize_seam("7–24.", "\n. https") == "\n https"


def test_a_formatted_prefix_mark_stays_outside_the_quotes(tmp_path):
    # citeproc-js moves a sibling's prefix mark into the quotation before it only when the
    # sibling carries no formatting
    italic = _style(tmp_path, '<text variable="title" quotes="true"/>'
                              '<text variable="container-title" font-style="italic" prefix=", "/>')
    assert render_citations([ARTICLE], italic, output="html") == ["“Gazetteers”, <i>DHQ</i>."]
    plain = _style(tmp_path, '<text variable="title" quotes="true"/><text variable="container-title" prefix=", "/>')
    assert render_citations([ARTICLE], plain) == ["“Gazetteers,” DHQ."]
