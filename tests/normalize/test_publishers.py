import pytest

from notecite.normalize.base import Draft
from notecite.normalize.publishers import Publishers, clean_publisher


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Writers & Readers,", "Writers & Readers"),
        ("Editions Bernard Grasset)", "Editions Bernard Grasset"),
        ("M.E. Sharpe, Inc.", "M.E. Sharpe, Inc."),
        ("M.E. Sharpe, Inc.)", "M.E. Sharpe, Inc."),
        ("Macmillan & Co.", "Macmillan & Co."),
        ("Chatto & Windus.", "Chatto & Windus"),
        ("Holt & Rhinehart,", "Holt & Rhinehart"),
        ("(Verso)", "Verso"),
        ("published by Critique", "Critique"),
        ("published as a pamphlet by Critique", "Critique"),
        ("chez Gallimard", "Gallimard"),
        ("Verlag von J. H. W. Dietz", "J. H. W. Dietz"),
        ("Izd-vo politicheskoi literatury;", "Izd-vo politicheskoi literatury"),
        ("Presses Universitaires de France", "Presses Universitaires de France"),
        ("Lawrence & Wishart Ltd.", "Lawrence & Wishart Ltd."),
    ],
)
def test_clean_publisher(text, expected):
    assert clean_publisher(text) == expected


def test_publisher_with_place_and_no_location():
    draft = Draft(fields=[("publisher", "New York, M.E. Sharpe, Inc.")])
    Publishers()(draft)
    assert draft.record == {"publisher-place": "New York", "publisher": "M.E. Sharpe, Inc."}


def test_publisher_with_colon_place():
    draft = Draft(fields=[("publisher", "London & New York: Writers & Readers, 1987")])
    Publishers()(draft)
    assert draft.record == {"publisher-place": "London & New York", "publisher": "Writers & Readers"}
    assert draft.fields == [("date", "1987")]


def test_place_already_known_keeps_publisher_as_printed():
    draft = Draft(fields=[("publisher", "Oxford University Press, 1970")])
    draft.record["publisher-place"] = "Oxford"
    Publishers()(draft)
    assert draft.record["publisher"] == "Oxford University Press"
    assert draft.record["publisher-place"] == "Oxford"
    assert draft.fields == [("date", "1970")]


def test_duplicate_place_is_not_repeated_in_publisher():
    draft = Draft(fields=[("publisher", "Paris: Gallimard")])
    draft.record["publisher-place"] = "Paris"
    Publishers()(draft)
    assert draft.record["publisher"] == "Gallimard"


def test_several_publishers_joined():
    draft = Draft(fields=[("publisher", "Pluto Press"), ("publisher", "Bookmarks")])
    Publishers()(draft)
    assert draft.record["publisher"] == "Pluto Press; Bookmarks"
