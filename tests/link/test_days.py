"""Dated items cited with several days at once are one cite per day (link.days)."""
from notecite.link.days import one_cite_per_day
from notecite.link.model import NoteCite
from notecite.normalize.dates import day_series


def _cite(text: str, record: dict, kind: str = "full") -> NoteCite:
    return NoteCite(document="d", note=1, kind=kind, record=record, text=text, start=0, end=len(text))


def test_a_day_series_gives_each_day_with_its_month_and_year():
    days = lambda text: [(text[a:b], d["date-parts"][0]) for a, b, d in day_series(text)]
    assert days("December 16 and 30, 1881") == [("December 16", [1881, 12, 16]), ("30, 1881", [1881, 12, 30])]
    assert days("17 and 18 March 1875") == [("17", [1875, 3, 17]), ("18 March 1875", [1875, 3, 18])]
    assert [d for _, d in days("January 6 and 7, 1871 and May 20 and 21, 1872")] == \
        [[1871, 1, 6], [1871, 1, 7], [1872, 5, 20], [1872, 5, 21]]
    assert days("October 11th, November 8th, December 6th 1914")[2] == ("December 6th 1914", [1914, 12, 6])
    # full dates of other years joined by "and" or commas only
    assert [d for _, d in days("New York Herald, December 1, 1863 and January 25, 1864")] == \
        [[1863, 12, 1], [1864, 1, 25]]
    assert len(days("The Sun, December 8, 1862, December 10, 1862, January 21, 1864")) == 3
    assert len(days("Philadelphia Inquirer, November 15, 1862; December 8, 1862; January 20, 1864")) == 3
    # day first after a paper's name with no comma: the name's last word is no month
    assert days("Derbyshire Times 1st, 8th, 15th, and 28th May 1926") == [
        ("1st", [1926, 5, 1]), ("8th", [1926, 5, 8]), ("15th", [1926, 5, 15]), ("28th May 1926", [1926, 5, 28])]


def test_no_series_without_months_or_with_full_dates_apart():
    assert day_series("Section 4, 12 and 14, 1881") == []  # no month
    assert day_series("12 March 1875") == []  # one day
    assert day_series("transcript, March 14, 1955 and press conference transcript, March 15, 1955") == []


def test_a_newspaper_cited_with_several_days_is_one_issue_per_day():
    text = "New York Herald, January 10, January 12, and March 6, 1870"
    record = {"type": "article-newspaper", "container-title": "New York Herald",
              "issued": {"literal": "January 10, January 12, and March 6, 1870"}}
    cites = one_cite_per_day(text, [_cite(text, record)])
    assert [c.record["issued"]["date-parts"][0] for c in cites] == [[1870, 1, 10], [1870, 1, 12], [1870, 3, 6]]
    assert [c.text for c in cites] == ["New York Herald, January 10", "January 12", "March 6, 1870"]
    assert all(c.record["container-title"] == "New York Herald" for c in cites)
    assert cites[0].start == 0 and cites[-1].end == len(text) and cites[0].end <= cites[1].start


def test_minutes_lose_the_series_from_their_fields_and_letters_of_another_day_stay_whole():
    text = "Derby Master Printers’ Association Minutes February 29th and December 28th 1916"
    record = {"type": "manuscript", "title": "Derby Master Printers’ Association Minutes",
              "container-title": "February 29th and December 28th 1916", "issued": {"date-parts": [[1916, 2, 29]]}}
    cites = one_cite_per_day(text, [_cite(text, record)])
    assert len(cites) == 2 and "container-title" not in cites[1].record
    text = "Dulles to Eisenhower, March 22, 1955, Box 10, Telephone Conversations, March 1, 1955 and May 2 and 3, 1955"
    letter = {"type": "personal_communication", "title": "Dulles to Eisenhower", "issued": {"date-parts": [[1955, 3, 22]]}}
    assert len(one_cite_per_day(text, [_cite(text, letter)])) == 1  # the folder's days are not the letter's
    assert len(one_cite_per_day(text, [_cite(text, letter, kind="short")])) == 1


def test_a_day_series_is_not_undone_by_numbers_after_it():
    text = "December 16 and 30, 1881, LCM, Box 4, 12 and 14, 1900"
    assert [d["date-parts"][0] for _, _, d in day_series(text)] == [[1881, 12, 16], [1881, 12, 30]]
