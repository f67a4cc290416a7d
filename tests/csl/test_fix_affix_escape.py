"""fix_affix_escape: a style's "<" and ">" affixes are escaped in every markup output."""
from __future__ import annotations

from notecite.csl import fix_affix_escape
from notecite.csl.corrections import without
from notecite.csl.render import render_citations

RECORDS = [{"id": "a", "type": "webpage", "title": "T", "URL": "https://x.org/a_b",
            "accessed": {"date-parts": [[2025, 2, 14]]}}]


def test_url_brackets_escaped():
    assert render_citations(RECORDS, "oscola", output="html") == ["‘T’ &lt;https://x.org/a_b&gt; accessed 14 February 2025."]
    assert render_citations(RECORDS, "oscola", output="latex") == [
        "‘T’ \\textless{}https://x.org/a\\_b\\textgreater{} accessed 14 February 2025."]
    assert render_citations(RECORDS, "oscola", output="text") == ["‘T’ <https://x.org/a_b> accessed 14 February 2025."]


def test_citeproc_py_alone_leaves_them_raw():
    out = render_citations(RECORDS, "oscola", output="html", corrections=without(fix_affix_escape))
    assert out == ["‘T’ <https://x.org/a_b> accessed 14 February 2025."]


def test_nested_affix_parentheses_become_brackets():
    record = [{"id": "b", "type": "book", "title": "The Mediterranean", "original-title": "La Méditerranée",
               "author": [{"family": "Braudel", "given": "Fernand"}], "publisher": "Harper & Row",
               "issued": {"date-parts": [[1972]]}, "original-date": {"date-parts": [[1949]]}}]
    out = render_citations(record, "chicago-notes-bibliography")[0]
    assert out.endswith("(Harper & Row, 1972; originally published as La Méditerranée [1949]).")
    assert "\ue005" not in out and "\ue006" not in out
    assert render_citations(record, "apa") == ["(Braudel, 1949/1972)"]


def _nesting_style(tmp_path, klass: str) -> str:
    """A style whose citation and bibliography nest parentheses: a group "(…)" around a
    plain text "(…)" and a date "(…)", then a plain text "(" closed by a group's ")"."""
    layout = ('<layout><group prefix="(" suffix=")" delimiter=" "><text variable="title" prefix="(" suffix=")"/>'
              '<date variable="issued" prefix="(" suffix=")"><date-part name="year"/></date></group>'
              '<text variable="publisher" prefix=" (" suffix=": "/><group suffix=")"><text variable="publisher-place"/>'
              '</group></layout>')
    style = tmp_path / f"{klass}.csl"
    style.write_text(f'<style xmlns="http://purl.org/net/xbiblio/csl" class="{klass}" version="1.0"><info><title>n</title>'
                     '<id>n</id><updated>2020-01-01T00:00:00+00:00</updated></info>'
                     f'<citation>{layout}</citation><bibliography>{layout}</bibliography></style>', encoding="utf-8")
    return str(style)


NESTED = [{"id": "n", "type": "book", "title": "T", "publisher": "P", "publisher-place": "Q",
           "issued": {"date-parts": [[1949]]}}]


def test_note_citations_count_only_level_affixes(tmp_path):
    # the date is a level (counted, nested: brackets); the plain text's "(" is not counted, so the
    # group's ")" that closes it stands at depth 0 and prints as "]", as citeproc-js prints it
    out = render_citations(NESTED, _nesting_style(tmp_path, "note"))
    assert out == ["((T) [1949]) (P: Q]"]


def test_no_brackets_in_text_styles_or_bibliographies(tmp_path):
    from notecite.csl.render import render_bibliography
    assert render_citations(NESTED, _nesting_style(tmp_path, "in-text")) == ["((T) (1949)) (P: Q)"]
    assert render_bibliography(NESTED, _nesting_style(tmp_path, "note")) == ["((T) (1949)) (P: Q)"]


def test_depth_runs_on_as_in_javascript():
    from notecite.csl.fix_affix_escape import CLOSE, OPEN, nest_parentheses
    # a ")" at depth 0 prints "]" and leaves depth -1, where a "(" stays round (JavaScript's
    # -1 % 2 is -1, Python's would be 1) and the depth runs on across pieces
    assert nest_parentheses([f"{CLOSE} {OPEN}a", f"{CLOSE} {OPEN}{OPEN}b{CLOSE}{CLOSE}"]) == ["] (a", "] ((b)]"]


def test_display_block_as_citeproc_js():
    from notecite.csl.render import render_bibliography
    record = [{"id": "s", "type": "book", "title": "L’Être et le néant", "publisher": "Gallimard",
               "publisher-place": "Paris", "issued": {"date-parts": [[1943]]},
               "author": [{"family": "Sartre", "given": "Jean-Paul"}]}]
    out = render_bibliography(record, "bulletin-de-correspondance-hellenique", output="html")[0]
    assert out.startswith('\n\n    <div class="csl-block"><span style="font-variant:small-caps;">Sartre</span> 1943</div>\nJean-Paul Sartre, ')
    assert render_bibliography(record, "bulletin-de-correspondance-hellenique")[0].startswith("\nSartre 1943Jean-Paul Sartre")


def test_display_left_margin_and_right_inline_as_citeproc_js(tmp_path):
    from notecite.csl.render import render_bibliography
    layout = ('<layout><text variable="citation-number" prefix="[" suffix="]" display="left-margin"/>'
              '<text variable="title" prefix=" " display="right-inline"/></layout>')
    style = tmp_path / "margin.csl"
    style.write_text('<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>m</title>'
                     '<id>m</id><updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout>'
                     f'<text variable="title"/></layout></citation><bibliography>{layout}</bibliography></style>',
                     encoding="utf-8")
    record = [{"id": "a", "type": "book", "title": "Kosmos"}]
    assert render_bibliography(record, str(style), output="html") == [
        '\n    <div class="csl-left-margin">[1]</div><div class="csl-right-inline"> Kosmos</div>\n  ']
    assert render_bibliography(record, str(style)) == ["[1] Kosmos"]
    aligned = tmp_path / "aligned.csl"
    aligned.write_text(style.read_text(encoding="utf-8").replace("<bibliography>", '<bibliography second-field-align="flush">'),
                       encoding="utf-8")
    assert render_bibliography(record, str(aligned), output="html")[0].count("csl-left-margin") == 1


def test_layout_suffix_goes_inside_right_inline_and_nested_margins_are_ignored(tmp_path):
    from notecite.csl.render import render_bibliography
    head = ('<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>m</title>'
            '<id>m</id><updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout>'
            '<text variable="title"/></layout></citation><bibliography>')
    direct = tmp_path / "direct.csl"
    direct.write_text(head + '<layout suffix="."><text variable="title" display="left-margin"/>'
                      '<text variable="publisher" prefix=" " display="right-inline"/></layout></bibliography></style>',
                      encoding="utf-8")
    nested = tmp_path / "nested.csl"
    nested.write_text(head + '<layout suffix="."><group delimiter=" "><text variable="title" display="left-margin"/>'
                      '<text variable="publisher"/></group></layout></bibliography></style>', encoding="utf-8")
    record = [{"id": "a", "type": "book", "title": "Kosmos", "publisher": "Cotta"}]
    assert render_bibliography(record, str(direct), output="html") == [
        '\n    <div class="csl-left-margin">Kosmos</div><div class="csl-right-inline"> Cotta.</div>\n  ']
    assert render_bibliography(record, str(nested), output="html") == ["Kosmos Cotta."]


def test_display_only_on_the_layouts_own_elements(tmp_path):
    from notecite.csl.render import render_bibliography
    style = tmp_path / "nested.csl"
    style.write_text('<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>d</title>'
                     '<id>d</id><updated>2020-01-01T00:00:00+00:00</updated></info><macro name="vol">'
                     '<group display="block" prefix=", "><text variable="volume"/></group></macro>'
                     '<citation><layout><text variable="title"/></layout></citation><bibliography><layout>'
                     '<group><text variable="title"/><text macro="vol"/></group>'
                     '<choose><if type="book"><text variable="publisher" display="block" prefix=". "/></if></choose>'
                     '</layout></bibliography></style>', encoding="utf-8")
    record = [{"id": "a", "type": "book", "title": "Kosmos", "volume": "2", "publisher": "Cotta"}]
    # the nested block is ignored, the layout's own (through <choose>) is honoured
    assert render_bibliography(record, str(style), output="html") == [
        'Kosmos, 2\n\n    <div class="csl-block">. Cotta</div>\n']


def _display_style(tmp_path, layout: str, suffix: str = "") -> str:
    style = tmp_path / "display.csl"
    style.write_text('<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>d</title>'
                     '<id>d</id><updated>2020-01-01T00:00:00+00:00</updated></info>'
                     '<citation><layout><text variable="title"/></layout></citation>'
                     f'<bibliography><layout suffix="{suffix}">{layout}</layout></bibliography></style>', encoding="utf-8")
    return str(style)


def test_layout_suffix_in_place_of_the_last_suffix_when_display_opens(tmp_path):
    from notecite.csl.render import render_bibliography
    record = [{"id": "a", "type": "book", "title": "Kosmos", "publisher": "Cotta", "author": [{"family": "Humboldt"}]}]
    # citeproc-js: a layout opening with a display element puts its suffix (here none) in place
    # of the last element's own suffix
    opening = '<group display="block"><names variable="author"/></group>'
    style = _display_style(tmp_path, opening + '<group suffix="."><text variable="title"/></group>')
    assert render_bibliography(record, style, output="html") == [
        '\n\n    <div class="csl-block">Humboldt</div>\nKosmos']
    # a displayed last element keeps its suffix; the layout's goes after it, inside its block
    style = _display_style(tmp_path, opening + '<text variable="title" display="block" suffix=")"/>', suffix=".")
    assert render_bibliography(record, style, output="html") == [
        '\n\n    <div class="csl-block">Humboldt</div>\n\n\n    <div class="csl-block">Kosmos).</div>\n']
    # without a display element first, the suffixes stay
    style = _display_style(tmp_path, '<names variable="author" suffix=" "/><group suffix="."><text variable="title"/></group>')
    assert render_bibliography(record, style, output="html") == ["Humboldt Kosmos."]
