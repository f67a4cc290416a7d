"""fix_name_parts: a <names> gets the name-parts citeproc-js's build hands it."""
from __future__ import annotations

from notecite.csl import fix_name_parts
from notecite.csl.corrections import without
from notecite.csl.render import render_citations

#: The "editor" macro is first built inside the author's <substitute>, so citeproc-js gives its
#: names the author's small-caps family part; "translator", built outside, keeps its own.
STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="editor"><names variable="editor"><name/></names></macro>
  <macro name="author"><names variable="author"><name><name-part name="family" font-variant="small-caps"/></name>
    <substitute><text macro="editor"/></substitute></names></macro>
  <macro name="translator"><names variable="translator"><name/></names></macro>
  <citation><layout><group delimiter="; "><text macro="author"/><text macro="editor"/><text macro="translator"/></group>
  </layout></citation>
</style>"""
RECORD = [{"id": "a", "type": "book", "title": "T", "author": [{"family": "Doe", "given": "Jane"}],
           "editor": [{"family": "Roe", "given": "Ann"}], "translator": [{"family": "Poe", "given": "Al"}]}]
SC = '<span style="font-variant:small-caps;">'


def test_macro_first_built_inside_a_substitute_keeps_the_outer_name_parts(tmp_path):
    style = tmp_path / "parts.csl"
    style.write_text(STYLE, encoding="utf-8")
    # citeproc-js 2.4.63
    assert render_citations(RECORD, style, output="html") == [f"Jane {SC}Doe</span>; Ann {SC}Roe</span>; Al Poe"]


def test_citeproc_py_alone_formats_each_name_by_its_own_parts(tmp_path):
    style = tmp_path / "parts.csl"
    style.write_text(STYLE, encoding="utf-8")
    out = render_citations(RECORD, style, output="html", corrections=without(fix_name_parts))
    assert out == [f"Jane {SC}Doe</span>; Ann Roe; Al Poe"]
