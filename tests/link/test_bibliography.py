from notecite.link.bibliography import complete, entry_named
from notecite.link.resolve import LINK_THRESHOLD, match_score

BRUNDAGE = {"type": "book", "author": [{"family": "Brundage", "given": "Fitzhugh"}],
            "title": "Lynching in the New South: Georgia and Virginia, 1880–1930",
            "publisher": "University of Illinois Press", "publisher-place": "Urbana, IL",
            "issued": {"date-parts": [[1993]]}}
WELLS = {"type": "article-journal", "author": [{"family": "Wells", "given": "Ida B."}],
         "title": "Lynch law in America", "container-title": "The Arena", "volume": "23",
         "issued": {"date-parts": [[1900]]}}


def _named(work, entries):
    return entry_named(work, entries, match_score, LINK_THRESHOLD)


def test_a_short_form_names_its_entry_by_author_and_title():
    short = {"type": "book", "author": [{"family": "Brundage"}], "title": "Lynching"}
    assert _named(short, [WELLS, BRUNDAGE]) == 1
    assert _named({"type": "book", "author": [{"family": "Cook"}], "title": "Lynching"}, [WELLS, BRUNDAGE]) is None
    assert _named({"type": "book", "title": "Lynching in the New South"}, [BRUNDAGE]) is None  # no author


def test_two_entries_alike_name_none():
    other = {**BRUNDAGE, "publisher": "Other"}
    assert _named({"author": [{"family": "Brundage"}], "title": "Lynching"}, [BRUNDAGE, other]) is None


def test_complete_takes_the_full_title_names_type_and_imprint():
    work = {"id": "w", "type": "book", "author": [{"family": "Wells"}], "title": "Lynch law"}
    provenance, conflicts = {"title": ["note:a#3"]}, []
    complete(work, WELLS, source_label="bibliography:a#2", provenance=provenance, conflicts=conflicts)
    assert work["title"] == "Lynch law in America" and work["title-short"] == "Lynch law"
    assert work["author"] == [{"family": "Wells", "given": "Ida B."}]
    assert work["type"] == "article-journal" and work["container-title"] == "The Arena" and work["volume"] == "23"
    assert provenance["title"] == ["bibliography:a#2"] and conflicts == []


def test_complete_keeps_a_full_reference_s_own_values():
    work = {"id": "w", "type": "book", "author": [{"family": "Brundage", "given": "W. F."}],
            "title": "Lynching in the New South", "publisher": "Illinois UP", "issued": {"date-parts": [[1993]]}}
    conflicts = []
    complete(work, BRUNDAGE, source_label="bibliography:a#1", provenance={}, conflicts=conflicts)
    assert work["type"] == "book" and work["publisher"] == "Illinois UP"
    assert work["author"] == [{"family": "Brundage", "given": "W. F."}]
    assert work["publisher-place"] == "Urbana, IL"
    assert [c["field"] for c in conflicts] == ["publisher"]


def test_a_title_read_with_its_authors_names_is_split_for_the_bibliography():
    from notecite.link.bibliography import names_then_title

    read = names_then_title({"type": "book", "title": "Bailey and Tolnay, Lynched"})
    assert read["author"] == [{"family": "Bailey"}, {"family": "Tolnay"}] and read["title"] == "Lynched"
    assert names_then_title({"title": "Brundage, Lynching"})["author"] == [{"family": "Brundage"}]
    assert names_then_title({"title": "war and peace, a study"}) is None  # no capitalised names
    assert names_then_title({"title": "Lynched", "author": [{"family": "Bailey"}]}) is None  # names known


def test_a_short_title_the_full_one_does_not_hold_gives_way_to_the_work_s_title():
    work = {"id": "w", "type": "book", "author": [{"family": "Wells"}], "title": "Lynch law",
            "title-short": "Wells and Smith"}  # a misreading joined from another note
    complete(work, WELLS, source_label="bibliography:a#2", provenance={}, conflicts=[])
    assert work["title"] == "Lynch law in America" and work["title-short"] == "Lynch law"
    work = {"id": "w", "type": "book", "author": [{"family": "Wells"}], "title": "Lynch law", "title-short": "Lynch"}
    complete(work, WELLS, source_label="bibliography:a#2", provenance={}, conflicts=[])
    assert work["title-short"] == "Lynch"


def test_a_short_form_reading_a_double_family_name_as_given_and_family_names_its_entry_and_takes_the_name():
    entry = {"type": "thesis", "author": [{"family": "Mondragon-Valdez", "given": "Maria"}],
             "title": "Challenging Domination: Local Resistance on the Sangre de Cristo Land Grant",
             "publisher": "University of New Mexico", "issued": {"date-parts": [[2006]]}}
    short = {"type": "book", "author": [{"family": "Valdez", "given": "Mondragon"}], "title": "Challenging Domination"}
    assert _named(short, [BRUNDAGE, entry]) == 1
    complete(short, entry, source_label="bibliography:a#2", provenance={}, conflicts=[])
    assert short["author"] == entry["author"] and short["title"] == entry["title"]
    other = {"type": "book", "author": [{"family": "Valdez", "given": "Juan"}], "title": "Challenging Domination"}
    complete(other, entry, source_label="bibliography:a#2", provenance={}, conflicts=[])
    assert other["author"] == [{"family": "Valdez", "given": "Juan"}]  # Juan Valdez is not Maria Mondragon-Valdez


def test_an_author_date_cite_names_the_entry_of_its_authors_and_year():
    from notecite.link.bibliography import entry_dated

    cliff = {"type": "book", "author": [{"family": "Cliff", "given": "Tony"}], "title": "State Capitalism in Russia",
             "issued": {"date-parts": [[1974]]}}
    linden = {"type": "book", "author": [{"family": "Van der Linden", "given": "Marcel"}], "title": "Western Marxism",
              "issued": {"date-parts": [[2007]]}}
    entries = [BRUNDAGE, cliff, linden]
    assert entry_dated({"author": [{"family": "Cliff"}], "issued": {"date-parts": [[1974]]}}, entries) == 1
    assert entry_dated({"author": [{"family": "Cliff"}], "title": "Cliff", "issued": {"date-parts": [[1974]]}}, entries) == 1
    assert entry_dated({"author": [{"family": "Linden", "non-dropping-particle": "Van der"}],
                        "issued": {"date-parts": [[2007]]}}, entries) == 2  # the particle read apart
    assert entry_dated({"author": [{"family": "Cliff"}], "issued": {"date-parts": [[1975]]}}, entries) is None
    assert entry_dated({"author": [{"family": "Cliff"}], "title": "Russia", "issued": {"date-parts": [[1974]]}},
                       entries) is None  # a title of its own: named by it
    # "Anderson et al. 1947": the first of the entry's names, the rest cut short; without "et al.", all of them
    anderson = {"type": "article-journal", "author": [{"family": "Anderson"}, {"family": "Libby"}, {"family": "Grosse"}],
                "title": "Radiocarbon From Cosmic Radiation", "issued": {"date-parts": [[1947]]}}
    cut = {"author": [{"family": "Anderson"}], "custom": {"names-truncated": ["author"]}, "issued": {"date-parts": [[1947]]}}
    assert entry_dated(cut, [cliff, anderson]) == 1
    assert entry_dated({"author": [{"family": "Anderson"}], "issued": {"date-parts": [[1947]]}}, [cliff, anderson]) is None


def test_an_author_date_cite_names_a_chapter_by_its_authors_not_the_volumes_editors():
    from notecite.link.bibliography import entry_dated
    chapter = {"type": "chapter", "author": [{"family": "Marr", "given": "J."}], "editor": [{"family": "Salo", "given": "K."}],
               "title": "Why Puzzles", "container-title": "Ecologies of Play", "issued": {"date-parts": [[2008]]}}
    edited = {"type": "book", "editor": [{"family": "Salo", "given": "K."}], "title": "Ecologies of Play",
              "issued": {"date-parts": [[2008]]}}
    assert entry_dated({"author": [{"family": "Marr"}], "issued": {"date-parts": [[2008]]}}, [chapter, edited]) == 0
    assert entry_dated({"author": [{"family": "Salo"}], "issued": {"date-parts": [[2008]]}}, [chapter, edited]) == 1
