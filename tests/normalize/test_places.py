import pytest

from notecite.normalize.base import Draft
from notecite.normalize.places import Places, clean_place, is_known_place, is_region, looks_like_publisher, split_imprint


@pytest.mark.parametrize(
    "text, place, publisher, year",
    [
        ("London & New York: Writers & Readers", "London & New York", "Writers & Readers", ""),
        ("(Paris, Editions Bernard Grasset) 1940", "Paris", "Editions Bernard Grasset", "1940"),
        ("New York, M.E. Sharpe, Inc.", "New York", "M.E. Sharpe, Inc.", ""),
        ("(New York, M.E. Sharpe, Inc.)", "New York", "M.E. Sharpe, Inc.", ""),
        ("Glasgow, 1977", "Glasgow", "", "1977"),
        ("(Glasgow, 1977)", "Glasgow", "", "1977"),
        ("(New York: Holt & Rhinehart, 1973)", "New York", "Holt & Rhinehart", "1973"),
        ("Cambridge, Mass.: Harvard University Press, 1985", "Cambridge, Mass.", "Harvard University Press", "1985"),
        ("Armonk, N.Y.: M.E. Sharpe", "Armonk, N.Y.", "M.E. Sharpe", ""),
        ("Armonk, N.Y.", "Armonk, N.Y.", "", ""),
        ("Paris, Gallimard, 1951", "Paris", "Gallimard", "1951"),
        ("Paris: Éditions du Seuil", "Paris", "Éditions du Seuil", ""),
        ("Frankfurt am Main, Suhrkamp", "Frankfurt am Main", "Suhrkamp", ""),
        ("Berlin: Dietz Verlag, 1960", "Berlin", "Dietz Verlag", "1960"),
        ("Moskva: Politizdat, 1964", "Moskva", "Politizdat", "1964"),
        ("Leningrad, Priboi, 1925", "Leningrad", "Priboi", "1925"),
        ("Paris, France", "Paris, France", "", ""),
        ("London", "London", "", ""),
        ("Harmondsworth", "Harmondsworth", "", ""),
        ("Toulon, Imprimerie Nouvelle", "Toulon", "Imprimerie Nouvelle", ""),
        # a state, province or country written out after the city is the place's, not a publisher
        ("Cambridge, Massachusetts", "Cambridge, Massachusetts", "", ""),
        ("Leiden, the Netherlands", "Leiden, the Netherlands", "", ""),
        ("Toronto, Ontario, Penguin", "Toronto, Ontario", "Penguin", ""),
        ("Ann Arbor, Mich., Ardis", "Ann Arbor, Mich.", "Ardis", ""),
    ],
)
def test_split_imprint(text, place, publisher, year):
    imprint = split_imprint(text)
    assert (imprint.place, imprint.publisher, imprint.year) == (place, publisher, year)


@pytest.mark.parametrize("text", ["London & New York", "Paris–Genève", "London and New York", "Frankfurt am Main", "St. Petersburg", "Moskva"])
def test_known_places(text):
    assert is_known_place(text)


@pytest.mark.parametrize("text", ["Writers & Readers", "York Paris", "Gallimard", ""])
def test_not_known_places(text):
    assert not is_known_place(text)


def test_regions_and_publisher_words():
    assert is_region("N.Y.") and is_region("Mass.") and is_region("France")
    assert is_region("New South Wales") and is_region("the Netherlands") and is_region("Tex.")
    assert not is_region("Verso") and not is_region("the Press")
    assert looks_like_publisher("M.E. Sharpe") and looks_like_publisher("Oxford University Press")
    assert looks_like_publisher("Éditions Rieder") and looks_like_publisher("Macmillan & Co.")
    assert not looks_like_publisher("New York")


@pytest.mark.parametrize("text, expected", [("(Paris,", "Paris"), ("London.", "London"), ("Cambridge, Mass.", "Cambridge, Mass."), ("[s.l.]", "s.l.")])
def test_clean_place(text, expected):
    assert clean_place(text) == expected


def test_normalizer_hands_on_publisher_and_year():
    draft = Draft(fields=[("title", "T"), ("location", "Glasgow, 1977"), ("location", "London: Verso")])
    Places()(draft)
    assert draft.record == {"publisher-place": "Glasgow; London"}
    assert ("date", "1977") in draft.fields and ("publisher", "Verso") in draft.fields
    assert ("title", "T") in draft.fields


def test_a_place_whose_region_lost_its_stop_gets_it_back():
    from notecite.normalize import normalize_fields

    record = normalize_fields([("title", "T"), ("location", "(Cambridge, Mass.:"), ("publisher", "MIT Press,")]).record
    assert (record["publisher-place"], record["publisher"]) == ("Cambridge, Mass.", "MIT Press")
    record = normalize_fields([("title", "T"), ("location", "Cambridge, Mass."), ("publisher", "MIT Press")]).record
    assert (record["publisher-place"], record["publisher"]) == ("Cambridge, Mass.", "MIT Press")


def test_a_newspapers_place_in_brackets_after_its_name_is_its_place():
    from notecite.normalize.base import Draft
    from notecite.normalize.places import NewspaperPlace

    def run(paper: str, kind: str = "article-newspaper") -> dict:
        draft = Draft(fields=[], kind="full")
        draft.record.update({"type": kind, "container-title": paper})
        NewspaperPlace()(draft)
        return draft.record

    assert run("The Times (London)") == {"type": "article-newspaper", "container-title": "The Times",
                                         "publisher-place": "London"}
    assert run("Daily Picayune (New Orleans)")["publisher-place"] == "New Orleans"
    assert run("Boston (Morning) Journal")["container-title"] == "Boston (Morning) Journal"  # inside the name
    assert "publisher-place" not in run("Herald (Weekly)")  # when it appears, no place
    # a journal or magazine too; a book's container is left alone
    assert run("Fourth International (New York)", "article-journal")["container-title"] == "Fourth International"
    assert run("Studies (Dublin)", "chapter")["container-title"] == "Studies (Dublin)"


def test_a_publisher_before_its_place_is_split_from_it():
    from notecite.normalize.places import split_imprint

    imprint = split_imprint("Clarendon Press, Oxford")
    assert (imprint.publisher, imprint.place) == ("Clarendon Press", "Oxford")
    imprint = split_imprint("Longmans, Green, London, 1899")
    assert (imprint.publisher, imprint.place, imprint.year) == ("Longmans, Green", "London", "1899")
    # places alone stay places; a first part naming no publisher ("etc.") is no publisher
    assert split_imprint("London, Boston, Sydney").place == "London, Boston, Sydney"
    assert split_imprint("etc., Jena").publisher == ""
