"""fix_decorations and finish_html: formatting attributes written as citeproc-js writes them."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from notecite.csl import fix_decorations
from notecite.csl.corrections import without
from notecite.csl.formatters import escape_value, finish_html
from notecite.csl.render import render_citations

HEAD = ('<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>d</title><id>d</id>'
        '<updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout>')
TAIL = "</layout></citation></style>"
RECORD = {"id": "a", "type": "book", "title": "Kosmos", "publisher": "Cotta", "author": [{"family": "Doe", "given": "Jane"}]}


def cite(layout: str, record: dict = RECORD, output: str = "html", corrections=None) -> str:
    kwargs = {} if corrections is None else {"corrections": corrections}
    with tempfile.TemporaryDirectory() as folder:
        style = Path(folder) / "d.csl"
        style.write_text(HEAD + layout + TAIL, encoding="utf-8")
        return render_citations([record], str(style), output=output, **kwargs)[0]


@pytest.mark.parametrize("layout, expected", [
    ('<text variable="title" vertical-align="baseline"/>', '<span style="baseline">Kosmos</span>'),
    ('<text variable="title" text-decoration="underline"/>', '<span style="text-decoration:underline;">Kosmos</span>'),
    ('<text variable="title" text-decoration="none"/>', '<span style="text-decoration:none;">Kosmos</span>'),
    ('<text variable="title" font-style="oblique"/>', "<em>Kosmos</em>"),
    # a "normal" is written only under an ancestor that sets the attribute otherwise
    ('<text variable="title" font-style="normal"/>', "Kosmos"),
    ('<group font-style="italic"><text variable="title" font-style="normal"/></group>',
     '<i><span style="font-style:normal;">Kosmos</span></i>'),
    ('<group font-weight="bold"><text variable="title" font-weight="normal"/></group>',
     '<b><span style="font-weight:normal;">Kosmos</span></b>'),
    # the style's own nesting is kept as it is, not flipped
    ('<group font-style="italic"><text variable="title" font-style="italic"/></group>', "<i><i>Kosmos</i></i>"),
    ('<group font-weight="bold"><text variable="title" font-weight="bold"/></group>', "<b><b>Kosmos</b></b>"),
])
def test_attributes_as_citeproc_js_writes_them(layout, expected):
    assert cite(layout) == expected


def test_other_outputs_write_nothing_for_normal():
    layout = '<group font-style="italic"><text variable="title" font-style="normal" vertical-align="baseline"/></group>'
    assert cite(layout, output="markdown") == "*Kosmos*"
    assert cite(layout, output="text") == "Kosmos"


def test_text_without_latin_like_letters_loses_its_own_font_style():
    record = dict(RECORD, title="日本政治思想史研究")
    assert cite('<text variable="title" font-style="italic" font-weight="bold"/>', record) == "<b>日本政治思想史研究</b>"
    # a group's italics stay (citeproc-js drops only the text's own)
    assert cite('<group font-style="italic"><text variable="title"/></group>', record) == "<i>日本政治思想史研究</i>"
    assert cite('<text variable="title" font-style="italic"/>', dict(RECORD, title="第2巻")) == "<i>第2巻</i>"


def test_rich_text_of_a_value_flips_against_the_outermost_ancestor():
    # citeproc-js 2.4.63 on each layout
    record = dict(RECORD, title="Reading <i>Don Quixote</i>")
    assert cite('<text variable="title" font-style="italic"/>', record) == \
        '<i>Reading <span style="font-style:normal;">Don Quixote</span></i>'
    assert cite('<text variable="title"/>', record) == "Reading <i>Don Quixote</i>"
    assert cite('<group font-style="italic"><text variable="title" font-style="normal"/></group>', record) == \
        '<i><span style="font-style:normal;">Reading <span style="font-style:normal;">Don Quixote</span></span></i>'


def test_normal_written_where_the_last_child_sets_the_attribute():
    # citeproc-js tests a formatted element's last child: a value ending in rich italics, a
    # group ending in a bold text (its suffix included); upright (CJK) text drops its "normal"
    ending = dict(RECORD, title="Between Memory and History: <i>Les Lieux</i>")
    assert cite('<text variable="title" font-style="normal"/>', ending) == \
        '<span style="font-style:normal;">Between Memory and History: <i>Les Lieux</i></span>'
    assert cite('<text variable="title" font-style="normal"/>', dict(RECORD, title="Reading <i>X</i> and Y")) == \
        "Reading <i>X</i> and Y"
    layout = '<group font-weight="normal" delimiter=", "><text variable="title"/><text value="x" font-weight="bold" suffix="."/></group>'
    assert cite(layout, dict(RECORD, title="T")) == '<span style="font-weight:normal;">T, <b>x</b>.</span>'
    assert cite('<group font-style="normal"><text value="x" font-style="italic"/><text variable="title"/></group>',
                ending) == "<i>x</i>Between Memory and History: <i>Les Lieux</i>"
    assert cite('<group font-style="italic"><text variable="title" font-style="normal"/></group>',
                dict(RECORD, title="日本政治思想史研究")) == "<i>日本政治思想史研究</i>"


def test_normal_written_where_the_last_child_is_a_number_or_a_label():
    # fix_seams wraps their render too: the tracking of the last child must not be bypassed
    record = dict(RECORD, title="T", volume="3", page="4-5")
    layout = ('<group font-weight="normal" delimiter=", "><text variable="title"/>'
              '<number variable="volume" font-weight="bold"/></group>')
    assert cite(layout, record) == '<span style="font-weight:normal;">T, <b>3</b></span>'
    layout = ('<group font-style="normal" delimiter=" "><text variable="title"/>'
              '<label variable="page" form="short" font-style="italic"/></group>')
    assert cite(layout, record) == '<span style="font-style:normal;">T <i>pp.</i></span>'


def test_finish_html_resolves_marks():
    value = escape_value('A <span class="nodecor">b</span> <sc>c</sc>', "html", implicit_nocase=False)
    assert finish_html(f"<b><i>{value}</i></b>") == \
        ('<b><i>A <span style="font-weight:normal;"><span style="font-style:normal;">b</span></span> '
         '<span style="font-variant:small-caps;">c</span></i></b>')
    assert finish_html(value) == 'A b <span style="font-variant:small-caps;">c</span>'
    assert finish_html("plain <i>text</i>") == "plain <i>text</i>"


def test_citeproc_py_alone_writes_none_of_it():
    layout = '<group font-style="italic"><text variable="title" font-style="normal" vertical-align="baseline"/></group>'
    assert cite(layout, corrections=without(fix_decorations)) == "<i>Kosmos</i>"


NAMES = [{"id": "a", "type": "book", "title": "Kosmos",
          "author": [{"family": "Guldi", "given": "Jo"}, {"family": "Armitage", "given": "David"}]}]


def test_each_name_formatted_on_its_own():
    layout = '<names variable="author"><name font-variant="small-caps" and="text" form="short"/></names>'
    assert cite(layout, NAMES[0]) == ('<span style="font-variant:small-caps;">Guldi</span> and '
                                      '<span style="font-variant:small-caps;">Armitage</span>')


def test_a_names_element_is_no_ancestor_of_its_names():
    layout = '<names variable="author" font-style="italic"><name font-style="normal" form="short" delimiter="/"/></names>'
    assert cite(layout, NAMES[0]) == "<i>Guldi/Armitage</i>"
    outer = f'<group font-style="italic">{layout}</group>'
    assert cite(outer, NAMES[0]) == ('<i><i><span style="font-style:normal;">Guldi</span>/'
                                     '<span style="font-style:normal;">Armitage</span></i></i>')


def test_names_and_et_al_formatted_once_more_as_a_whole():
    record = dict(NAMES[0], author=[{"family": f"Name{n}", "given": "A"} for n in range(5)])
    layout = ('<names variable="author"><name form="short" font-variant="small-caps" et-al-min="4" et-al-use-first="1"/>'
              '<et-al font-variant="normal"/></names>')
    assert cite(layout, record) == ('<span style="font-variant:small-caps;"><span style="font-variant:small-caps;">Name0'
                                    '</span> <span style="font-variant:normal;">et al.</span></span>')
    # under a <names> that sets small caps itself, the et-al's "normal" has no ancestor to undo
    layout = ('<names variable="author" font-variant="small-caps"><name form="short" et-al-min="4" et-al-use-first="1"/>'
              '<et-al font-variant="normal"/></names>')
    assert cite(layout, record) == '<span style="font-variant:small-caps;">Name0 et al.</span>'


def test_normal_of_a_macro_call_is_not_shown_by_its_last_child(tmp_path):
    # citeproc-js wraps the macro's own (undecorated) group in the call's formatting, so that
    # group is the last child: no span; the title's rich italics flip against the outer normal
    style = tmp_path / "macro.csl"
    style.write_text(HEAD.replace("<citation>", '<macro name="t"><text variable="title" font-style="italic"/></macro>'
                                  "<citation>") + '<text macro="t" font-style="normal"/>' + TAIL, encoding="utf-8")
    record = dict(RECORD, title="Reading <i>Don Quixote</i> and after")
    assert render_citations([record], str(style), output="html") == ["<i>Reading <i>Don Quixote</i> and after</i>"]


def test_tracking_wraps_the_render_other_corrections_installed_and_gives_it_back():
    from citeproc.model import CitationStylesElement, Number, Text

    from notecite.csl import corrections, fix_seams, hooks
    corrections.install()
    try:
        seams_render, tracking = hooks.chained(Text, "render")  # fix_seams' render is kept inside
        assert seams_render.__qualname__.startswith(fix_seams._render.__qualname__)
        assert tracking.__module__ == fix_decorations.__name__
        fix_decorations.uninstall()
        assert Text.render is seams_render and hooks.chained(CitationStylesElement, "render") == []
        fix_decorations.install()
        fix_decorations.install()
        assert hooks.chained(Text, "render") == [seams_render, tracking]
        assert len(hooks.chained(CitationStylesElement, "render")) == 1 and len(hooks.chained(Number, "render")) == 1
    finally:
        corrections.install()
