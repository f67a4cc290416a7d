"""fix_text_case: text-case on plain str name parts and locale terms must not crash."""
from __future__ import annotations

import pytest

from notecite.csl import fix_text_case
from notecite.csl.render import RenderError, render_citations

RECORD = {"id": "r", "type": "book", "title": "T", "author": [{"family": "de la vega", "given": "Inca Garcilaso"}]}


def test_renders_capitalize_first_on_terms_and_name_parts(data_dir):
    out = render_citations([RECORD], data_dir / "text_case.csl")
    assert out == ["In Inca Garcilaso De la Vega"]  # particles "de la" parsed out; each piece capitalised


def test_citeproc_py_alone_crashes(data_dir):
    with pytest.raises(RenderError) as info:
        render_citations([RECORD], data_dir / "text_case.csl", corrections=[])
    assert isinstance(info.value.__cause__, AttributeError)


def test_case_keeps_none_and_empty():
    class Element:
        def get(self, name, default=None):
            return "capitalize-first"

    assert fix_text_case.case(Element(), None) is None
    assert fix_text_case.case(Element(), "") == ""
    assert str(fix_text_case.case(Element(), 12)) == "12"


class _Cased:
    def __init__(self, text_case):
        self.text_case = text_case

    def get(self, name, default=None):
        return self.text_case if name == "text-case" else default


@pytest.mark.parametrize("text_case, expected", [("capitalize-all", "Ed. Of Note"), ("capitalize-first", "Ed. of note")])
def test_mixed_string_with_plain_pieces(text_case, expected):
    from citeproc.string import MixedString, String

    from citeproc.model import TextCased

    from notecite.csl import corrections, fix_title_case

    mixed = MixedString(["ed. ", String("of note")])
    corrections.install(corrections.without(fix_text_case, fix_title_case))
    try:
        with pytest.raises(AttributeError):  # citeproc-py's own
            TextCased.case(_Cased(text_case), mixed)
    finally:
        corrections.install()
    assert str(fix_text_case.case(_Cased(text_case), mixed)) == expected


def test_plain_value_comes_back_plain():
    out = fix_text_case.case(_Cased("capitalize-first"), "de la vega")
    assert out == "De la vega" and type(out) is str


def test_title_case_on_a_label(data_dir):
    from notecite.csl.render import render_citations

    records = [{"id": "e", "type": "book", "editor": [{"family": "Lee", "given": "H."}, {"family": "Roe", "given": "A."}]}]
    assert render_citations(records, data_dir / "title_label.csl") == ["H. Lee, A. Roe (Eds.)"]


@pytest.mark.parametrize("text_case, value, expected", [
    ("uppercase", 'a <span class="nocase">Smith</span> pen', "A Smith PEN"),
    ("lowercase", 'A <span class="nocase">Smith</span> PEN', "a Smith pen"),
    ("uppercase", "a <i>pen</i> &amp; ink", "A <i>PEN</i> &amp; INK"),
    ("capitalize-all", 'lessard <span style="x">v.</span> schmidt', 'Lessard <span style="x">V.</span> Schmidt'),
    ("capitalize-all", "ed. of “note”", "Ed. Of “Note”"),
    ("capitalize-first", "<i>de</i> la vega", "<i>De</i> la vega"),
])
def test_case_changes_leave_markup_and_no_case_alone(text_case, value, expected):
    from citeproc.source.json import CiteProcJSON

    parsed = CiteProcJSON([]).parse_string(value)  # as citeproc-py reads a record's string
    assert str(fix_text_case.case(_Cased(text_case), parsed)) == expected


def test_turkish_dotted_i():
    assert str(fix_text_case.case(_Cased("uppercase"), "ic ıd", "tr")) == "İC ID"
    assert str(fix_text_case.case(_Cased("lowercase"), "IC İD", "tr")) == "ıc id"
    assert str(fix_text_case.case(_Cased("uppercase"), "ic ıd", "en")) == "IC ID"


def test_text_case_of_a_macro_call_is_ignored(tmp_path):
    # citeproc-js 2.4.63: "x edition ed by A x|X" (only the elements' own cases apply)
    style = tmp_path / "macro_case.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="term"><text term="edition"/></macro>
  <macro name="editor"><names variable="editor"><label form="verb-short" text-case="lowercase" suffix=" "
    strip-periods="true"/><name/></names></macro>
  <macro name="title"><text variable="title"/></macro>
  <citation><layout delimiter="; "><group delimiter=" "><text value="x"/>
    <text macro="term" text-case="capitalize-first"/><text macro="editor" text-case="uppercase"/>
    <text macro="title" text-case="lowercase"/></group><text value="|"/><text variable="title" text-case="uppercase"/>
  </layout></citation>
</style>""", encoding="utf-8")
    record = [{"id": "a", "type": "book", "title": "x", "editor": [{"family": "A"}]}]
    assert render_citations(record, style) == ["x edition ed by A x|X"]
