import pytest

from notecite.normalize.base import Draft
from notecite.normalize.dates import Dates, month_number, parse_date, season_number, split_original, split_year_suffix
from notecite.records import validate


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1987", {"date-parts": [[1987]]}),
        ("1987.", {"date-parts": [[1987]]}),
        ("1940,", {"date-parts": [[1940]]}),
        ("(1881)", {"date-parts": [[1881]]}),
        ("[1940]", {"date-parts": [[1940]]}),
        ("Nov. 1947", {"date-parts": [[1947, 11]]}),
        ("November 1947", {"date-parts": [[1947, 11]]}),
        ("Feb. 1939", {"date-parts": [[1939, 2]]}),
        ("July 1938", {"date-parts": [[1938, 7]]}),
        ("Sept. 1936", {"date-parts": [[1936, 9]]}),
        ("20 April 1918", {"date-parts": [[1918, 4, 20]]}),
        ("April 20, 1918", {"date-parts": [[1918, 4, 20]]}),
        ("November 7th, 1917", {"date-parts": [[1917, 11, 7]]}),
        ("1918-04-20", {"date-parts": [[1918, 4, 20]]}),
        ("1936-40", {"date-parts": [[1936], [1940]]}),
        ("1936–1940", {"date-parts": [[1936], [1940]]}),
        ("1928-33", {"date-parts": [[1928], [1933]]}),
        ("1918/19", {"date-parts": [[1918], [1919]]}),
        ("1950–3", {"date-parts": [[1950], [1953]]}),  # British notes: (3 vols., London, 1950–3)
        ("1998-2003", {"date-parts": [[1998], [2003]]}),
        ("January-April 1988", {"date-parts": [[1988, 1], [1988, 4]]}),
        ("3-5 May 1937", {"date-parts": [[1937, 5, 3], [1937, 5, 5]]}),
        ("May 3-5, 1937", {"date-parts": [[1937, 5, 3], [1937, 5, 5]]}),
        ("Mar. 2–12, 1702", {"date-parts": [[1702, 3, 2], [1702, 3, 12]]}),
        ("Jan. 28/Feb. 7, 1689", {"date-parts": [[1689, 1, 28], [1689, 2, 7]]}),
        ("28 February–1 March 1883", {"date-parts": [[1883, 2, 28], [1883, 3, 1]]}),
        ("l963", {"date-parts": [[1963]]}),  # OCR's letters for digits in a year (the field is flagged apart)
        ("March 19l7", {"date-parts": [[1917, 3]]}),
        ("February 28–March 1, 1883", {"date-parts": [[1883, 2, 28], [1883, 3, 1]]}),
        ("Jan. 28,/Feb. 7, 1689", {"date-parts": [[1689, 1, 28], [1689, 2, 7]]}),
        ("Spring 1988", {"date-parts": [[1988]], "season": 1}),
        ("Summer 1920", {"date-parts": [[1920]], "season": 2}),
        ("Fall 1968", {"date-parts": [[1968]], "season": 3}),
        ("Winter 1990", {"date-parts": [[1990]], "season": 4}),
        ("printemps 1936", {"date-parts": [[1936]], "season": 1}),
        ("Sommer 1920", {"date-parts": [[1920]], "season": 2}),
        ("c. 1900", {"date-parts": [[1900]], "circa": True}),
        ("ca. 1850", {"date-parts": [[1850]], "circa": True}),
        ("circa 1880", {"date-parts": [[1880]], "circa": True}),
        # French
        ("novembre 1947", {"date-parts": [[1947, 11]]}),
        ("1er mai 1920", {"date-parts": [[1920, 5, 1]]}),
        ("14 juillet 1789", {"date-parts": [[1789, 7, 14]]}),
        ("déc. 1935", {"date-parts": [[1935, 12]]}),
        ("février 1917", {"date-parts": [[1917, 2]]}),
        ("août 1914", {"date-parts": [[1914, 8]]}),
        # German
        ("20. April 1918", {"date-parts": [[1918, 4, 20]]}),
        ("März 1921", {"date-parts": [[1921, 3]]}),
        ("9. November 1918", {"date-parts": [[1918, 11, 9]]}),
        ("Dezember 1922", {"date-parts": [[1922, 12]]}),
        ("Okt. 1917", {"date-parts": [[1917, 10]]}),
        # transliterated Russian
        ("7 noiabria 1917", {"date-parts": [[1917, 11, 7]]}),
        ("oktiabr' 1917", {"date-parts": [[1917, 10]]}),
        ("1681. --", {"date-parts": [[1681]]}),  # the sentence's stop and the dash after it
        ("1681. —", {"date-parts": [[1681]]}),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected
    validate({"id": "x", "type": "book", "issued": parse_date(text)})


@pytest.mark.parametrize("text, literal", [("n.d.", "n.d."), ("[n.d.]", "n.d."), ("s.d.", "s.d."), ("o. J.", "o. J."), ("sans date", "sans date")])
def test_no_date_is_literal(text, literal):
    assert parse_date(text) == {"literal": literal}


@pytest.mark.parametrize("text", ["forthcoming", "Thermidor an II", "1940-1930", "1959-8", "31 Foo 1917"])
def test_unreadable_is_literal_and_kept(text):
    assert parse_date(text) == {"literal": text}


def test_month_and_season_words():
    assert month_number("Nov.") == 11 and month_number("Févr.") == 2 and month_number("Mai") == 5
    assert month_number("Spring") is None
    assert season_number("Autumn") == 3 and season_number("hiver") == 4


def test_split_original():
    assert split_original("1987 [1951]") == ("1987", "1951")
    assert split_original("1987") == ("1987", None)


def test_normalizer_issued_original_and_second_date():
    draft = Draft(fields=[("date", "1987 [1951]"), ("date", "July 1938")])
    Dates()(draft)
    assert draft.record["issued"] == {"date-parts": [[1987]]}
    assert draft.record["original-date"] == {"date-parts": [[1951]]}
    assert draft.record["note"] == "July 1938"
    assert draft.fields == []


def test_normalizer_same_date_twice_is_not_noted():
    draft = Draft(fields=[("date", "1940"), ("date", "(1940)")])
    Dates()(draft)
    assert draft.record == {"issued": {"date-parts": [[1940]]}}


def test_a_lone_year_before_the_imprints_later_date_is_the_original_date():
    draft = Draft(fields=[("date", "(1969),"), ("location", "New York"), ("date", "1998)")])
    Dates()(draft)
    assert draft.record == {"original-date": {"date-parts": [[1969]]}, "issued": {"date-parts": [[1998]]}}
    draft = Draft(fields=[("date", "(1925–26),"), ("location", "London"), ("date", "2000)")])  # the years it was written
    Dates()(draft)
    assert draft.record == {"original-date": {"date-parts": [[1925], [1926]]}, "issued": {"date-parts": [[2000]]}}
    # without a place or publisher, or with the later year first, the second date is a note as before
    for fields in ([("date", "1969"), ("date", "1998")], [("date", "1998"), ("location", "Leeds"), ("date", "1969")]):
        draft = Draft(fields=list(fields))
        Dates()(draft)
        assert "original-date" not in draft.record


def test_a_bracketed_year_between_a_title_and_its_collection_is_the_year_of_writing():
    draft = Draft(fields=[("author", "Lenin"), ("title", "Notes of a Publicist"), ("date", "1922"),
                          ("container-title", "Collected Works")],
                  text="Lenin, “Notes of a Publicist” (1922), Collected Works, vol. 33, 206.")
    Dates()(draft)
    assert draft.record == {"original-date": {"date-parts": [[1922]]}}
    # not in brackets, or no collection after it: the date it was issued
    for fields, text in (([("title", "Notes"), ("date", "1922"), ("container-title", "Pravda")], "“Notes,” 1922, Pravda."),
                         ([("title", "Notes"), ("date", "1922")], "“Notes” (1922).")):
        draft = Draft(fields=list(fields), text=text)
        Dates()(draft)
        assert draft.record == {"issued": {"date-parts": [[1922]]}}


@pytest.mark.parametrize("text", ["accessed 3 May 2020", "Accessed May 3, 2020.", "(consulté le 3 mai 2020)",
                                  "abgerufen am 3. Mai 2020", "last accessed on 3 May 2020"])
def test_an_access_date_is_accessed_not_issued(text):
    from notecite.normalize.base import Draft
    from notecite.normalize.dates import Dates

    draft = Draft(fields=[("date", text), ("date", "1947")])
    Dates()(draft)
    assert draft.record["accessed"] == {"date-parts": [[2020, 5, 3]]}
    assert draft.record["issued"] == {"date-parts": [[1947]]}


def test_spanish_italian_and_portuguese_month_names():
    from notecite.normalize.dates import parse_date

    assert parse_date("mayo 1937") == {"date-parts": [[1937, 5]]}
    assert parse_date("14 ottobre 1926") == {"date-parts": [[1926, 10, 14]]}
    assert parse_date("3 dezembro 1961") == {"date-parts": [[1961, 12, 3]]}


def test_a_year_letter_is_the_year_suffix():
    draft = Draft(fields=[("date", "1971b [1920]")])
    Dates()(draft)
    assert draft.record == {"issued": {"date-parts": [[1971]]}, "year-suffix": "b",
                            "original-date": {"date-parts": [[1920]]}}
    assert split_year_suffix("(1983a)") == ("1983", "a")
    assert split_year_suffix("Spring 1983") == ("Spring 1983", None)


def test_a_stray_comma_after_the_month_of_a_day_date_is_read():
    from notecite.normalize.dates import parse_date
    assert parse_date("October, 27, 1787") == {"date-parts": [[1787, 10, 27]]}
    assert parse_date("June, 1787") == {"date-parts": [[1787, 6]]}


def test_a_bracketed_year_before_the_periodical_that_printed_the_piece_later_is_its_original_date():
    from notecite.normalize import normalize_fields
    record = normalize_fields([("author", "Max Horkheimer,"), ("title", "\"The Authoritarian State\""), ("date", "(1940),"),
                               ("container-title", "Telos"), ("volume", "15"), ("date", "(Spring 1973):"),
                               ("pages", "3–20.")]).record
    assert record["original-date"] == {"date-parts": [[1940]]}
    assert record["issued"]["date-parts"] == [[1973]]


def test_a_diary_cited_at_an_entrys_day_is_the_whole_diary_cited_short_at_that_volume_and_page():
    from notecite.normalize import normalize_fields
    cite = normalize_fields([("author", "Moran,"), ("title", "Journal,"), ("volume", "Vol. II,"), ("date", "June 20, 1862,"),
                             ("locator", "p. 1024.")], locator="p. 1024")
    assert "issued" not in cite.record and "volume" not in cite.record and cite.kind == "short"
    assert cite.locator["volume"] == "II" and cite.locator["value"] == "1024" and cite.prose == ["June 20, 1862"]
    cite = normalize_fields([("author", "Moran,"), ("title", "Dispatches,"), ("date", "June 20, 1862,")])
    assert cite.record["issued"] == {"date-parts": [[1862, 6, 20]]}  # no diary: the item's day
    cite = normalize_fields([("author", "Trotsky,"), ("title", "Diary in Exile"), ("location", "(Cambridge, MA:"),
                             ("publisher", "Harvard University Press,"), ("date", "5 April 1958)")])
    assert cite.record["issued"] == {"date-parts": [[1958, 4, 5]]}  # an imprint: the edition's date


def test_a_day_written_with_full_stops_is_read_day_first():
    from notecite.normalize.dates import parse_date

    assert parse_date("12.3.1923") == {"date-parts": [[1923, 3, 12]]}
    assert parse_date("17.xi.1929") == {"date-parts": [[1929, 11, 17]]}
    assert parse_date("3.13.1920") == {"literal": "3.13.1920"}  # no thirteenth month
