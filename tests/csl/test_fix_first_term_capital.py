"""fix_first_term_capital: "Ibid." opening a note is capitalised."""
from __future__ import annotations


from notecite.csl.corrections import without
from notecite.csl import fix_first_term_capital
from notecite.csl.fix_first_term_capital import capitalize_opening
from notecite.csl.render import render_citations

RECORDS = [{"id": "a", "type": "book", "title": "A"}]
CITES = [{"id": "a"}, {"id": "a"}]


def test_ibid_capitalised(data_dir):
    assert render_citations(RECORDS, data_dir / "first_term_capital.csl", cites=CITES) == ["A.", "Ibid."]


def test_citeproc_py_alone_lowercase(data_dir):
    out = render_citations(RECORDS, data_dir / "first_term_capital.csl", cites=CITES,
                           corrections=without(fix_first_term_capital))
    assert out == ["A.", "ibid."]


def test_only_when_the_term_opens():
    assert capitalize_opening("<i>ibid.</i>, 4", "ibid.") == "<i>Ibid.</i>, 4"
    assert capitalize_opening("see ibid.", "ibid.") == "see ibid."


def test_prefix_decides(data_dir):
    cites = [{"id": "a"}, {"id": "a", "prefix": "See "}, {"id": "a", "prefix": "As said before. "}, {"id": "a", "prefix": "Cf. "}]
    out = render_citations(RECORDS, data_dir / "first_term_capital.csl", cites=cites)
    assert out[1:] == ["See ibid.", "As said before. Ibid.", "Cf. ibid."]


def test_second_cite_of_a_note_and_lowercase_terms_stay_lowercase():
    from notecite.csl.render import render_notes
    records = [{"id": "f", "type": "book", "title": "Truth and Power", "author": [{"family": "Foucault", "given": "Michel"}],
                "issued": {"date-parts": [[1980]]}}]
    notes = [[{"id": "f", "locator": "131"}, {"id": "f", "locator": "133"}], [{"id": "f", "locator": "133"}],
             [{"id": "f", "locator": "133"}]]
    out = render_notes(records, "chicago-notes-bibliography-subsequent-ibid", notes)
    assert out[0].endswith("131; ibid., 133.") and out[2] == "Ibid."
    assert render_notes(records, "oscola", notes)[2] == "ibid."


def test_a_later_cite_whose_prefix_ends_a_sentence_is_capitalised():
    from notecite.csl.render import render_notes
    records = [{"id": "f", "type": "book", "title": "Truth and Power", "author": [{"family": "Foucault", "given": "Michel"}],
                "issued": {"date-parts": [[1980]]}}]
    notes = [[{"id": "f", "locator": "131"}, {"id": "f", "locator": "133", "prefix": 'He said "Work." '}]]
    out = render_notes(records, "chicago-notes-bibliography-subsequent-ibid", notes)
    assert out[0].endswith("131; He said “Work.” Ibid., 133.")


def test_term_after_leading_space_or_markup_is_capitalised():
    # a bibliography entry that opens with a space (an empty author's affix) and "n.d.":
    # citeproc-js "N.d., …" (antiquites-africaines)
    assert capitalize_opening(" n.d., A Guide", "n.d.") == " N.d., A Guide"
    assert capitalize_opening('\n <span class="x"> n.d.', "n.d.") == '\n <span class="x"> N.d.'
    assert capitalize_opening(" in vitro", "n.d.") == " in vitro"
