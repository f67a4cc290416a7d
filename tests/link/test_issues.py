"""A periodical named alone and then a German issue date: the periodical is the work, the issue its pinpoint (link.issues)."""
from notecite.link.issues import ISSUE, issues_as_pinpoints
from notecite.link.model import NoteCite


def _cite(text: str, record: dict, start: int = 0, end: int | None = None, kind: str = "full") -> NoteCite:
    end = len(text) if end is None else end
    return NoteCite(document="d", note=1, kind=kind, record=record, text=text[start:end], start=start, end=end)


def test_german_issue_dates_are_read_whole():
    for text in ("3./9. 04", "2., 6., 7. Sept. 04", "30./8., 13./9. 04", "30./8. 04, 6./9. 04", "31. Aug. 04",
                 "3. V. 06", "12. 4. 93", "21./4. 1893", "Febr. 04", "März 93"):
        assert ISSUE.match(text).group() == text
    for text in ("January 10", "October 16", "Aug. 93"):  # an English month and a day, not a month of (19)10
        assert ISSUE.match(text) is None


def test_the_issue_becomes_the_pinpoint_of_the_periodical():
    text = "vgl. Allg. Ztg. 3./9. 04."
    record = {"type": "article-magazine", "container-title": "Allg. Ztg", "issued": {"literal": "3./9. 04"}}
    [cite] = issues_as_pinpoints(text, [_cite(text, record, start=5, end=len(text) - 1)])
    assert cite.record == {"type": "periodical", "title": "Allg. Ztg"}
    assert cite.locator["value"] == "3./9. 04"


def test_a_page_or_column_after_the_issue_stays_in_the_pinpoint_and_a_day_in_the_name_is_taken_back():
    text = "Soziale Praxis 3. V. 06, Sp. 805"
    record = {"type": "article-magazine", "container-title": "Soziale Praxis", "issued": {"literal": "3. V. 06"}}
    assert issues_as_pinpoints(text, [_cite(text, record)])[0].locator["value"] == "3. V. 06, Sp. 805"
    text = "Allg. Ztg. 2., 6., 7. Sept. 04"
    record = {"type": "article-magazine", "container-title": "Allg. Ztg. 2", "issued": {"literal": "6., 7. Sept. 04"}}
    [cite] = issues_as_pinpoints(text, [_cite(text, record)])
    assert (cite.record["title"], cite.locator["value"]) == ("Allg. Ztg", "2., 6., 7. Sept. 04")


def test_articles_and_issues_dated_in_full_are_left_alone():
    text = "Delory, Rdsch. Soz. Mh. Febr. 04, p. 167"
    record = {"type": "article-magazine", "author": [{"family": "Delory"}], "container-title": "Rdsch. Soz. Mh",
              "issued": {"literal": "Febr. 04"}}
    assert issues_as_pinpoints(text, [_cite(text, record)])[0].record == record
    text = "New York Herald, January 10, 1870"
    record = {"type": "article-newspaper", "container-title": "New York Herald", "issued": {"date-parts": [[1870, 1, 10]]}}
    assert issues_as_pinpoints(text, [_cite(text, record)])[0].record == record


def test_an_ibid_with_a_volume_or_issue_has_all_of_it_as_its_pinpoint():
    from notecite.link.issues import numbered_ibid_pinpoints

    text = "A.a.O., Bd. II. Nr. 18. Dezember 1899. S. 475 ff."
    cite = _cite(text, {"type": "document", "volume": "II", "issue": "18", "issued": {"date-parts": [[1899, 12]]}}, kind="ibid")
    cite.locator = {"label": "page", "value": "475 ff.", "raw": "S. 475 ff."}
    [out] = numbered_ibid_pinpoints([cite])
    assert out.locator["value"] == "Bd. II. Nr. 18. Dezember 1899. S. 475 ff" and out.record == {"type": "document"}
    text = "Ibid., p. 4"  # no volume or issue: left alone
    cite = _cite(text, {"type": "document"}, kind="ibid")
    cite.locator = {"label": "page", "value": "4", "raw": "p. 4"}
    assert numbered_ibid_pinpoints([cite]) == [cite]
