"""fix_names: delimiters before "and"/et-al, per-name affixes of inverted lists, counts."""
from __future__ import annotations

from notecite.csl.corrections import without
from notecite.csl import fix_names
from notecite.csl.render import render_bibliography, render_citations

PEOPLE = [{"family": "Lee", "given": "Hannah"}, {"family": "Patel", "given": "Ravi"}, {"family": "Roe", "given": "Ann"}]
RECORDS = [{"id": "a", "type": "book", "author": PEOPLE},
           {"id": "b", "type": "book", "author": [{"literal": "World Health Organization"}]}]


def test_delimiter_affixes_and_literal(data_dir):
    out = render_citations(RECORDS, data_dir / "names.csl")
    assert out == ["Lee, H.; R Patel. and A Roe.", "World Health Organization"]


def test_citeproc_py_alone(data_dir):
    out = render_citations(RECORDS, data_dir / "names.csl", corrections=without(fix_names))
    assert out == ["Lee, H; R Patel and A Roe.", "World Health Organization."]


def test_single_name_cjk_and_comma_suffix(data_dir):
    records = [
        {"id": "a", "type": "book", "author": [{"given": "Banksy"}]},
        {"id": "b", "type": "book", "author": [{"family": "我妻", "given": "栄"}]},
        {"id": "c", "type": "book", "author": [{"family": "Doe", "given": "Jeffrey", "suffix": "Jr.", "comma-suffix": True}]},
    ]
    out = render_citations(records, data_dir / "initialize.csl")
    assert out == ["Banksy", "我妻栄", "Jeffrey Doe, Jr."]
    assert render_citations(records, data_dir / "initialize.csl", corrections=without(fix_names))[1] == "栄 我妻"


def test_particle_ending_in_apostrophe_takes_no_space_and_cjk_short_form_is_the_family_name():
    records = [{"id": "a", "type": "book", "title": "T", "issued": {"date-parts": [[2010]]},
                "author": [{"family": "Arcy", "given": "Élise", "non-dropping-particle": "d'"}]},
               {"id": "b", "type": "book", "title": "U", "issued": {"date-parts": [[1952]]},
                "author": [{"family": "丸山", "given": "眞男"}]}]
    assert render_citations(records, "apa") == ["(d’Arcy, 2010)", "(丸山, 1952)"]
    assert render_bibliography(records, "apa") == ["d’Arcy, É. (2010). T.", "丸山眞男. (1952). U."]


def test_family_name_part_styles_particles_and_family_apart_and_literal_names_have_no_given():
    records = [{"id": "v", "type": "book", "title": "Merchants", "author": [{"family": "Berg", "given": "Ingrid",
                                                                            "non-dropping-particle": "van der"}]},
               {"id": "p", "type": "book", "title": "The Republic", "author": [{"literal": "Plato"}]}]
    out = render_citations(records, "pontifical-gregorian-university", output="html")
    sc = '<span style="font-variant:small-caps;">{}</span>'
    assert out[0].startswith(f"{sc.format('I.')} {sc.format('van der')} {sc.format('Berg')}, ")
    assert out[1].startswith(f"{sc.format('Plato')}, ")


def test_text_case_of_an_enclosing_macro_leaves_names_alone():
    records = [{"id": "s", "type": "article-journal", "title": "Meaning", "container-title": "History and Theory",
                "author": [{"family": "Skinner", "given": "Quentin"}], "issued": {"date-parts": [[1969]]}}]
    assert render_bibliography(records, "byzantina-symmeikta")[0].startswith("1. Q. Skinner, Meaning")
    assert render_bibliography(records, "bibtex")[0].lstrip().startswith("@article{Skinner_1969,")


def test_particles_are_demoted_in_sort_keys():
    records = [{"id": "b", "type": "book", "title": "Le Deuxième Sexe", "issued": {"date-parts": [[1949]]},
                "author": [{"family": "Beauvoir", "given": "Simone", "non-dropping-particle": "de"}]},
               {"id": "c", "type": "book", "title": "Querelle", "issued": {"date-parts": [[1987]]},
                "author": [{"family": "Castaing", "given": "Marie"}]}]
    out = render_bibliography(records, "acm-sigchi-proceedings")
    assert out[0].startswith("1.") and "Beauvoir" in out[0] and "Castaing" in out[1]
    assert render_citations(records, "acm-sigchi-proceedings") == ["[1]", "[2]"]


def test_et_al_term_with_its_own_space_gets_no_second_one():
    records = [{"id": "o", "type": "book", "title": "A Social History", "issued": {"date-parts": [[2011]]},
                "author": [{"family": f"Name{n}", "given": "Amara"} for n in range(8)]}]
    out = render_citations(records, "pontifical-gregorian-university", output="html")[0]
    assert '<span style="font-variant:small-caps;">Name0</span><i> – al.</i>' in out


def _names_style(tmp_path, name: str) -> str:
    """A note style whose citation is ``<names variable="author">`` holding ``name``."""
    style = tmp_path / "names.csl"
    style.write_text('<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>n</title>'
                     '<id>n</id><updated>2020-01-01T00:00:00+00:00</updated></info><citation><layout>'
                     f'<names variable="author">{name}</names></layout></citation></style>', encoding="utf-8")
    return str(style)


def test_cjk_name_keeps_its_name_part_formatting(tmp_path):
    style = _names_style(tmp_path, '<name><name-part name="family" font-variant="small-caps"/></name>')
    record = {"id": "m", "type": "book", "author": [{"family": "丸山", "given": "眞男"}]}
    assert render_citations([record], style, output="html") == [
        '<span style="font-variant:small-caps;">丸山</span>眞男']


def test_suffix_periods_follow_initialize_with():
    from notecite.csl.fix_names import normalize_suffix

    assert normalize_suffix("Jr.", "") == "Jr"
    assert normalize_suffix("Jr.", ". ") == "Jr."
    assert normalize_suffix("III", "") == "III"
    assert normalize_suffix("V", ". ") == "V."


def test_suffix_of_a_name_whose_given_names_are_kept(tmp_path):
    style = _names_style(tmp_path, '<name initialize="false" initialize-with=" " name-as-sort-order="all"/>')
    record = {"id": "g", "type": "book", "author": [{"family": "Gates", "given": "Henry Louis", "suffix": "Jr."}]}
    assert render_citations([record], style) == ["Gates, Henry Louis, Jr"]
