"""fix_disambiguation: given names, then year suffixes (also in the bibliography)."""
from __future__ import annotations

from notecite.csl.corrections import without
from notecite.csl import fix_disambiguation
from notecite.csl.fix_disambiguation import _suffix
from notecite.csl.render import render_bibliography, render_citations

DOE = [{"family": "Doe", "given": "Jane"}]
RECORDS = [
    {"id": "a", "type": "book", "title": "A", "author": DOE, "issued": {"date-parts": [[2015]]}},
    {"id": "b", "type": "book", "title": "B", "author": DOE, "issued": {"date-parts": [[2015]]}},
    {"id": "c", "type": "book", "title": "C", "author": [{"family": "Doe", "given": "John"}], "issued": {"date-parts": [[2015]]}},
    {"id": "d", "type": "book", "title": "D", "author": DOE, "issued": {"date-parts": [[2016]]}},
]


def test_givenname_then_year_suffix(data_dir):
    out = render_citations(RECORDS, data_dir / "disambiguation.csl")
    # initials do not tell Jane from John Doe: full given names do; A and B then need suffixes
    assert out == ["Jane Doe 2015a", "Jane Doe 2015b", "John Doe 2015", "Doe 2016"]
    assert render_bibliography(RECORDS, data_dir / "disambiguation.csl")[:2] == ["Jane Doe. 2015a. A", "Jane Doe. 2015b. B"]


def test_citeproc_py_alone_leaves_them_ambiguous(data_dir):
    out = render_citations(RECORDS, data_dir / "disambiguation.csl", corrections=without(fix_disambiguation))
    assert out[:3] == ["Doe 2015", "Doe 2015", "Doe 2015"]


def test_suffix_letters():
    assert [_suffix(n) for n in (0, 1, 25, 26, 27)] == ["a", "b", "z", "aa", "ab"]


def test_year_suffix_once_when_the_style_renders_it_and_the_date_is_localized():
    from notecite.csl.render import render_citations
    records = [{"id": f"s{n}", "type": "article-journal", "title": title, "author": [{"family": "Skinner", "given": "Quentin"}],
                "issued": {"date-parts": [[1969]]}} for n, title in enumerate(["Hobbes", "Meaning"])]
    assert render_citations(records, "chicago-author-date") == ["(Skinner 1969a)", "(Skinner 1969b)"]


def _person(family: str, given: str) -> dict:
    return {"family": family, "given": given}


def _all_names_style(data_dir, tmp_path):
    """disambiguation_names.csl under the global ``all-names`` rule, every name shown: its path."""
    style = (data_dir / "disambiguation_names.csl").read_text(encoding="utf-8").replace(
        'et-al-min="3" et-al-use-first="1" disambiguate-add-names="true"', "").replace(
        'givenname-disambiguation-rule="by-cite"', 'givenname-disambiguation-rule="all-names"')
    path = tmp_path / "all_names.csl"
    path.write_text(style, encoding="utf-8")
    return path


def _book(key: str, *authors: tuple[str, str], year: int = 1980, **extra: object) -> dict:
    return {"id": key, "type": "book", "title": key, "issued": {"date-parts": [[year]]},
            "author": [_person(f, g) for f, g in authors], **extra}


def test_each_item_shows_only_the_names_it_needs(data_dir):
    records = [
        _book("same1", ("Smith", "John"), ("Brown", "John"), ("Jones", "John")),
        _book("same2", ("Smith", "John"), ("Brown", "John"), ("Jones", "John")),
        _book("benson", ("Smith", "John"), ("Benson", "John"), ("Jones", "John")),
        _book("arthur", ("Smith", "John"), ("Brown", "John"), ("Jones", "Arthur")),
    ]
    out = render_citations(records, data_dir / "disambiguation_names.csl")
    # two names tell "benson" apart; the others need all three and Jones's initial
    assert out == ["Smith, Brown & J. Jones 1980", "Smith, Brown & J. Jones 1980",
                   "Smith, Benson, et al. 1980", "Smith, Brown & A. Jones 1980"]


def test_by_cite_given_names_only_where_they_part_the_items(data_dir):
    records = [
        _book("jane", ("Doe", "John"), ("Roe", "Jane"), ("Jones", "Robert")),
        _book("josephine", ("Doe", "John"), ("Roe", "Josephine"), ("Jones", "Robert")),
        _book("richard", ("Doe", "John"), ("Roe", "Jane"), ("Jones", "Richard")),
    ]
    out = render_citations(records, data_dir / "disambiguation_names.csl")
    # Doe's full name never helped, so it stays "Doe"; Roe's and Jones's initials do not tell
    assert out == ["Doe, Jane Roe & Robert Jones 1980", "Doe, Josephine Roe, et al. 1980",
                   "Doe, Jane Roe & Richard Jones 1980"]


def test_global_rule_expands_shared_family_names_in_every_cite(data_dir, tmp_path):
    path = _all_names_style(data_dir, tmp_path)
    records = [_book("a", ("Asthma", "Albert"), ("Bronchitis", "Bosworth"), ("Cold", "Crispin")),
               _book("b", ("Asthma", "Albert"), ("Bronchitis", "Beauregarde"), ("Cold", "Odeous"), year=1995)]
    # the cites differ by year; still each shared family name gets what tells its persons apart
    assert render_citations(records, path) == ["Asthma, Bosworth Bronchitis & C. Cold 1980",
                                               "Asthma, Beauregarde Bronchitis & O. Cold 1995"]
    with_initials = path.read_text(encoding="utf-8").replace('"all-names"', '"all-names-with-initials"')
    path.write_text(with_initials, encoding="utf-8")
    assert render_citations(records, path) == ["Asthma, Bronchitis & C. Cold 1980", "Asthma, Bronchitis & O. Cold 1995"]


def test_disambiguate_tests_turn_on_one_at_a_time(data_dir):
    smith = [("Smith", "John")]
    records = [_book("one", *smith, title="Book One", edition="3"), _book("two", *smith, title="Book Two", edition="4"),
               _book("works5", *smith, title="Works", edition="5"), _book("works6", *smith, title="Works", edition="6")]
    for record in records:
        record.pop("issued")
    out = render_citations(records, data_dir / "disambiguation_text.csl")
    assert out == ["Smith, Book One", "Smith, Book Two", "Smith, Works, 5", "Smith, Works, 6"]


def test_ambiguity_is_judged_on_the_subsequent_form(tmp_path):
    style = """<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
      <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation et-al-min="3" et-al-use-first="3" et-al-subsequent-min="1" et-al-subsequent-use-first="1"
                disambiguate-add-year-suffix="true">
        <layout delimiter="; "><group delimiter=" ">
          <names variable="author"><name form="short" and="symbol" delimiter=", " delimiter-precedes-last="never"/></names>
          <date variable="issued"><date-part name="year"/></date>
        </group></layout>
      </citation></style>"""
    path = tmp_path / "subsequent.csl"
    path.write_text(style, encoding="utf-8")
    records = [_book("x", ("Baur", "Bruno"), ("Fröberg", "Lars"), ("Baur", "Anette"), ("Haase", "Martin")),
               _book("y", ("Baur", "Bruno"), ("Schileyko", "Anatoly"), ("Baur", "Anette"))]
    # first cites differ, but both shorten to "Baur et al. 1980" later: citeproc-js adds suffixes
    assert render_citations(records, path) == ["Baur, Fröberg, Baur, et al. 1980a", "Baur, Schileyko & Baur 1980b"]


def test_first_cite_shows_at_least_the_names_of_its_compared_form(tmp_path):
    # et-al-use-first="0" on the name, a subsequent form of one name: citeproc-js keeps the
    # compared form's name count as the item's state, so "Whitaker et al.", not "et al."
    style = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation et-al-min="6" et-al-use-first="1" et-al-subsequent-min="3" et-al-subsequent-use-first="1"
                disambiguate-add-names="true">
        <layout><group delimiter=" ">
          <names variable="author"><name form="short" et-al-min="2" et-al-use-first="0"/></names>
          <date variable="issued"><date-part name="year"/></date>
        </group></layout>
      </citation></style>"""
    path = tmp_path / "use_first_zero.csl"
    path.write_text(style, encoding="utf-8")
    records = [_book("w", ("Whitaker", "Laura"), ("Mbeki", "Thandiwe"), ("Castellanos", "Rubén"), year=2020)]
    assert render_citations(records, path) == ["Whitaker et al. 2020"]


def test_access_dates_do_not_tell_cites_apart(tmp_path):
    style = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation disambiguate-add-year-suffix="true">
        <layout><group delimiter=" ">
          <names variable="author"><name form="short"/></names>
          <date variable="issued"><date-part name="year"/></date>
          <date variable="accessed" prefix="[" suffix="]"><date-part name="year"/></date>
        </group></layout>
      </citation></style>"""
    path = tmp_path / "accessed.csl"
    path.write_text(style, encoding="utf-8")
    records = [_book("x", ("Doe", "John"), year=2000, accessed={"date-parts": [[2010]]}),
               _book("y", ("Doe", "John"), year=2000, accessed={"date-parts": [[2020]]})]
    assert render_citations(records, path) == ["Doe 2000a [2010]", "Doe 2000b [2020]"]


def test_note_styles_compare_cites_with_their_first_note():
    from notecite.csl.render import render_notes
    skinner = [{"family": "Skinner", "given": "Quentin"}]
    records = [{"id": "m", "type": "article-journal", "title": "Meaning and Understanding", "author": skinner,
                "container-title": "History and Theory", "issued": {"date-parts": [[1969]]}},
               {"id": "h", "type": "article-journal", "title": "Hobbes", "author": skinner,
                "container-title": "Historical Journal", "issued": {"date-parts": [[1969]]}}]
    notes = [[{"id": "m"}], [{"id": "h"}], [{"id": "m"}], [{"id": "h"}]]
    out = render_notes(records, "oscola", notes)
    # "(n 1)" and "(n 2)" already tell the two apart: no title is added (citeproc-js)
    assert out[2:] == ["Skinner (n 1).", "Skinner (n 2)."]


def test_global_rule_counts_persons_the_cites_do_not_print(data_dir, tmp_path):
    path = _all_names_style(data_dir, tmp_path)
    records = [_book("manifesto", ("Guldi", "Jo"), ("Armitage", "David"), year=2014),
               {"id": "gawain", "type": "book", "title": "Gawain", "issued": {"date-parts": [[2007]]},
                "translator": [_person("Armitage", "Simon")], "author": [_person("Poet", "Gawain")]}]
    # Simon Armitage, translator, is never printed in a cite; he still makes David "D. Armitage"
    assert render_citations(records, path) == ["Guldi & D. Armitage 2014", "Poet 2007"]
