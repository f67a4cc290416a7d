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


def test_sort_keys_leave_out_and_and_et_al(data_dir):
    from notecite.csl.render import render_bibliography
    from notecite.csl import fix_names
    from notecite.csl.corrections import without

    def person(family):
        return {"family": family, "given": "A."}
    records = [{"id": "1", "type": "book", "title": "One", "author": [person("Colaresi"), person("Thompson")]},
               {"id": "2", "type": "book", "title": "Two", "author": [person("Colaresi"), person("Rasler"), person("Thompson")]},
               {"id": "3", "type": "book", "title": "Three", "author": [person("Colaresi")]}]
    out = render_bibliography(records, data_dir / "name_sort_keys.csl")
    # names-min 3 / use-first 1: "Colaresi" for the three-author key (no "et al."), a tie broken by title
    assert [o.split(". ")[-1] for o in out] == ["Three.", "Two.", "One."]
    plain = render_bibliography(records, data_dir / "name_sort_keys.csl", corrections=without(fix_names))
    assert [o.split(". ")[-1] for o in plain] != ["Three.", "Two.", "One."]


def test_name_part_affixes_wrap_the_group_and_formats_each_piece(tmp_path):
    from notecite.csl.render import render_citations

    def style(order, parts):
        path = tmp_path / f"parts_{order}.csl"
        path.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" demote-non-dropping-particle="never">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><names variable="author"><name {order}>{parts}</name></names></layout></citation>
</style>""", encoding="utf-8")
        return path
    affixes = '<name-part name="family" prefix="(" suffix=")"/><name-part name="given" prefix="[" suffix="]"/>'
    record = [{"id": "f", "type": "book", "author": [{"family": "Fontaine", "given": "Jean", "dropping-particle": "de",
                                                     "non-dropping-particle": "La", "suffix": "III"}]}]
    assert render_citations(record, style("", affixes)) == ["[Jean] (de La Fontaine III)"]
    assert render_citations(record, style('name-as-sort-order="all"', affixes)) == ["(La Fontaine), [Jean de], III"]
    upper = '<name-part name="family" text-case="uppercase"/>'
    record = [{"id": "m", "type": "book", "author": [{"family": "Meer", "given": "Gerard", "dropping-particle": "van",
                                                     "non-dropping-particle": "der"}]}]
    assert render_citations(record, style("", upper)) == ["Gerard van DER MEER"]


def test_given_suffix_ending_in_a_space_is_the_space(tmp_path):
    from notecite.csl.render import render_citations
    path = tmp_path / "nbsp.csl"
    path.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><names variable="author"><name><name-part name="given" suffix="&#160;"/></name></names></layout></citation>
</style>""", encoding="utf-8")
    assert render_citations([{"id": "d", "type": "book", "author": [{"family": "Doe", "given": "John"}]}], path) == ["John\u00a0Doe"]


def test_et_al_min_alone_does_not_truncate(tmp_path):
    from notecite.csl.render import render_bibliography
    path = tmp_path / "etal.csl"
    path.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation et-al-use-first="2"><layout><names variable="author"><name et-al-min="3" delimiter=", "/></names></layout></citation>
  <bibliography><layout><names variable="author"><name et-al-min="3" delimiter=", "/></names></layout></bibliography>
</style>""", encoding="utf-8")
    people = [{"family": f, "given": "A"} for f in ("Doe", "Roe", "Poe")]
    assert render_bibliography([{"id": "x", "type": "book", "author": people}], path) == ["A Doe, A Roe, A Poe"]


def test_terms_of_scripts_without_spaces_take_none(tmp_path):
    from notecite.csl.render import render_citations
    path = tmp_path / "cjk.csl"
    path.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <locale><terms><term name="and">&#x05D5;</term><term name="et-al">等</term></terms></locale>
  <citation et-al-min="3" et-al-use-first="1"><layout delimiter="; ">
    <names variable="author"><name and="text" form="short"/></names>
  </layout></citation>
</style>""", encoding="utf-8")
    records = [{"id": "a", "type": "book", "author": [{"family": "A"}, {"family": "B"}]},
               {"id": "b", "type": "book", "author": [{"family": "A"}, {"family": "B"}, {"family": "C"}]}]
    assert render_citations(records, path) == ["A\u05d5B", "A等"]


def test_suffix_normalised_like_initials():
    from notecite.csl.render import render_bibliography
    record = [{"id": "g", "type": "book", "title": "T", "issued": {"date-parts": [[1988]]},
               "author": [{"family": "Gates", "given": "Henry Louis", "suffix": "Jr."}]}]
    assert render_bibliography(record, "acta-neurobiologiae-experimentalis")[0].startswith("Gates HL Jr (1988)")
    assert render_bibliography(record, "apa")[0].startswith("Gates, H. L., Jr. (1988)")


def test_no_space_after_an_apostrophe_particle_in_markup():
    from notecite.csl.render import render_bibliography
    record = [{"id": "d", "type": "book", "title": "T", "issued": {"date-parts": [[2010]]},
               "author": [{"family": "Arcy", "given": "Élise", "non-dropping-particle": "d'"}]}]
    html = render_bibliography(record, "annales", output="html")[0]
    assert 'd’</span><span style="font-variant:small-caps;">Arcy' in html


def test_cjk_name_takes_the_per_name_suffix():
    from notecite.csl.render import render_bibliography
    record = [{"id": "m", "type": "book", "title": "日本政治思想史研究", "publisher": "東京大学出版会",
               "issued": {"date-parts": [[1952]]}, "author": [{"family": "丸山", "given": "眞男"}]}]
    assert render_bibliography(record, "cirugia-cardiovascular")[0].startswith("1.丸山眞男. 日本政治思想史研究.")


def test_short_form_inverted_under_name_as_sort_order():
    from notecite.csl.render import render_citations
    record = [{"id": "b", "type": "book", "title": "T", "issued": {"date-parts": [[2004]]},
               "author": [{"family": "Berg", "given": "Ingrid", "non-dropping-particle": "van der"}]}]
    assert render_citations(record, "associacao-brasileira-de-normas-tecnicas-ufs") == ["(Berg, van der, 2004)"]
    assert render_citations(record, "chicago-author-date") == ["(van der Berg 2004)"]


def test_no_et_al_when_use_first_keeps_every_name(tmp_path):
    style = _names_style(tmp_path, '<name form="short" delimiter=", " and="symbol" et-al-min="3" et-al-use-first="3"/>')
    # three names, et-al-min 3, use-first 3: citeproc-js prints them all and no "et al."
    assert render_citations(RECORDS[:1], style) == ["Lee, Patel, & Roe"]


def test_et_al_use_first_zero_prints_no_names(tmp_path):
    style = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation><layout><group delimiter=" // ">
        <names variable="author"><name et-al-min="2" et-al-use-first="0"/></names>
        <names variable="author"><name et-al-min="2" et-al-use-first="1"/></names>
      </group></layout></citation></style>"""
    path = tmp_path / "use_first_zero.csl"
    path.write_text(style, encoding="utf-8")
    assert render_citations(RECORDS[:1], path) == ["Hannah Lee et al."]


def test_name_affixes_go_around_each_personal_name_outside_its_formatting(tmp_path):
    # citeproc-js 2.4.63: "[<b>J Doe</b>], [<b>K Roe</b>], &#38; [<b>L Poe</b>]", "<b>ACME</b>, [<b>J Doe</b>]"
    # and with et-al the whole once more: "[<i>[<i>J Doe</i>], [<i>K Roe</i>], et al.</i>]"
    from notecite.csl.sweep import norm_html

    def style(name: str):
        path = tmp_path / "affixes.csl"
        path.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><names variable="author"><name prefix="[" suffix="]" {name}/></names></layout></citation>
</style>""", encoding="utf-8")
        return path

    people = [{"family": "Doe", "given": "J"}, {"family": "Roe", "given": "K"}, {"family": "Poe", "given": "L"}]
    records = [{"id": "a", "type": "book", "author": people},
               {"id": "c", "type": "book", "author": [{"literal": "ACME"}, {"family": "Doe", "given": "J"}]}]
    out = [norm_html(c) for c in render_citations(records, style('and="symbol" font-weight="bold"'), output="html")]
    assert out == ["[<b>J Doe</b>], [<b>K Roe</b>], &#38; [<b>L Poe</b>]", "<b>ACME</b> &#38; [<b>J Doe</b>]"]
    out = render_citations(records[:1], style('et-al-min="3" et-al-use-first="2" font-style="italic"'), output="html")
    assert out == ["[<i>[<i>J Doe</i>], [<i>K Roe</i>], et al.</i>]"]
    assert render_citations(records[:1], style('form="short"')) == ["[Doe], [Roe], [Poe]"]


def test_per_name_space_suffix_is_the_space_before_and(tmp_path):
    # the CSL suite's plural_NameLabelNever: "Doe and Roe ed" (citeproc-js), not "Doe  and Roe ed"
    style = tmp_path / "space.csl"
    style.write_text("""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>t</title><id>t</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><names variable="editor"><name and="text" form="short" suffix=" "/>
    <label form="short" plural="never" strip-periods="true"/></names></layout></citation>
</style>""", encoding="utf-8")
    record = [{"id": "a", "type": "book", "editor": [{"family": "Doe", "given": "J"}, {"family": "Roe", "given": "K"}]}]
    assert render_citations(record, style) == ["Doe and Roe ed"]
