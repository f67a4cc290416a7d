import pytest

from notecite.normalize.base import Draft
from notecite.normalize.pages import Pages, PlacePages, expand_range, is_range, is_roman, normalize_value, parse_locator


@pytest.mark.parametrize(
    "text, label, value",
    [
        ("67", "page", "67"),
        ("57-8", "page", "57–58"),
        ("182-191", "page", "182–191"),
        ("105-7", "page", "105–107"),
        ("215-243", "page", "215–243"),
        ("2-3", "page", "2–3"),
        ("1234-56", "page", "1234–1256"),
        ("63–66", "page", "63–66"),
        ("63 - 66", "page", "63–66"),
        ("18, 276n", "page", "18, 276n"),
        ("pp. 12–14", "page", "12–14"),
        ("pp. 12-4", "page", "12–14"),
        ("p. 45", "page", "45"),
        ("p118", "page", "118"),  # run on to its page word
        ("pp24-6", "page", "24–26"),
        ("p. 5, n. 3", "page", "5, n. 3"),
        ("at 15", "page", "15"),
        ("S. 45f.", "page", "45f."),
        ("45ff.", "page", "45ff."),
        ("str. 12-15", "page", "12–15"),
        ("s. 8", "page", "8"),
        ("passim", "page", "passim"),
        ("xii-xv", "page", "xii–xv"),
        ("XII–XV", "page", "XII–XV"),
        ("xiv", "page", "xiv"),
        ("12a-14b", "page", "12a–14b"),
        ("27‑33", "page", "27–33"),
        ("e12-e19", "page", "e12–e19"),
        ("A3-A7", "page", "A3–A7"),
        ("p. B12", "page", "B12"),  # a newspaper's section and page
        ("pp. C6–C8", "page", "C6–C8"),
        ("p. SM7", "page", "SM7"),
        ("pp. 3-4, pp. 9-10", "page", "3–4, 9–10"),  # the label repeated before a later part
        ("p. 5, l. 3", "page", "5, l. 3"),  # another part's label stays
        ("l. c., p. 112", "page", "112"),  # a back reference before the pinpoint
        ("loc. cit., 45", "page", "45"),
        ("pp. 186-210, especially pp. 195-201", "page", "195–201"),  # the pages singled out in a range
        ("186–210, esp. 195–97", "page", "195–197"),
        ("pp. 139–148 (especially pp. 140–141)", "page", "140–141"),  # singled out in brackets
        ("chap. 3", "chapter", "3"),
        ("ch. IV", "chapter", "IV"),
        ("chapitre 2", "chapter", "2"),
        ("Kap. 5", "chapter", "5"),
        ("n. 4", "note", "4"),
        ("nn. 4-5", "note", "4–5"),
        ("note 12", "note", "12"),
        ("Anm. 3", "note", "3"),
        ("§ 4", "section", "4"),
        ("para. 3", "paragraph", "3"),
        ("col. 12", "column", "12"),
        ("fol. 12", "folio", "12"),
        ("vol. 2", "volume", "2"),
        ("bk. 3", "book", "3"),
        ("pt. 2", "part", "2"),
        ("pt. 3, p. 410", "page", "410"),  # the page cited in a part: the part stays in the raw text
        ("part II, pp. xi-xiv", "page", "xi–xiv"),
        ("l. 10", "line", "10"),
    ],
)
def test_parse_locator(text, label, value):
    parsed = parse_locator(text)
    assert (parsed["label"], parsed["value"], parsed["raw"]) == (label, value, text)
    assert "problems" not in parsed


@pytest.mark.parametrize("text, volume, value", [("vol. 2, p. 5", "2", "5"), ("t. 2, p. 34", "2", "34"), ("Bd. 3, S. 120", "3", "120"), ("vol. II, pp. 3-9", "II", "3–9"), ("tom. ii. p. 752", "ii", "752"),
                                                 ("vol. IV, part 2, pp. 12-15", "IV", "12–15")])
def test_volume_before_pinpoint(text, volume, value):
    parsed = parse_locator(text)
    assert parsed["volume"] == volume and parsed["value"] == value and parsed["label"] == "page"


def test_backwards_range_is_kept_and_reported():
    parsed = parse_locator("95-2")
    assert parsed["value"] == "95–2"
    assert parsed["problems"]


def test_helpers():
    assert expand_range("57", "8") == "58" and expand_range("182", "91") == "191" and expand_range("95", "2") is None
    assert is_roman("xii") and is_roman("XV") and not is_roman("xiv2") and not is_roman("Xv") and not is_roman("")
    assert is_range("182–191") and not is_range("18, 276n")
    assert normalize_value("12-14, 18-9") == ("12–14, 18–19", [])


def test_ranges_of_numbers_too_long_for_int_and_other_digits():
    # ValueError (int() of more than 4,300 digits) before: found by fuzzing
    start, end = "9" * 5000, "1" + "0" * 5000
    assert expand_range(start, end) == end and expand_range("2" + "0" * 5000, "1" + "0" * 5000) is None
    assert expand_range("٥٧", "٨") == "٥٨" and expand_range("057", "8") == "058"
    assert normalize_value(f"{start}-{end}")[0] == f"{start}–{end}"


def run(fields, record_type, locator=None, title="A Title"):
    draft = Draft(fields=fields, locator_raw=locator)
    Pages()(draft)
    draft.record["type"] = record_type
    if title:
        draft.record["title"] = title
    PlacePages()(draft)
    return draft


def test_a_periodical_or_proceedings_cited_without_a_title_of_its_own_has_no_page_range():
    draft = run([("pages", "pp. 6-7")], "article-magazine", title=None)  # "Compte-Rendu …, Basel, 1869, pp. 6-7"
    assert "page" not in draft.record and draft.locator["value"] == "6–7"


def test_article_range_goes_to_page_and_pinpoint_to_locator():
    draft = run([("pages", "pp. 12-30")], "article-journal", locator="15")
    assert draft.record["page"] == "12–30"
    assert draft.locator == {"label": "page", "value": "15", "raw": "15"}


def test_a_chapter_s_page_range_then_a_pinpoint_inside_it_are_page_and_locator():
    draft = run([], "chapter", locator="375–93, 387")
    assert draft.record["page"] == "375–393" and draft.locator["value"] == "387"
    draft = run([("pages", "315–330, 320-21")], "article-journal")
    assert draft.record["page"] == "315–330" and draft.locator["value"] == "320–321"
    draft = run([], "chapter", locator="12–14, 30")  # outside the range: two pinpoints
    assert "page" not in draft.record and draft.locator["value"] == "12–14, 30"
    draft = run([], "book", locator="375–93, 387")  # a book has no page range of its own
    assert "page" not in draft.record
    # "at p." before the pinpoint, the range and pinpoint read once (no note repeating them)
    draft = run([("locator", "pp. 10–30, at p. 15")], "chapter", locator="pp. 10–30, at p. 15")
    assert draft.record["page"] == "10–30" and draft.locator["value"] == "15" and "note" not in draft.record
    draft = run([("pages", "pp. 45–67, at")], "article-journal", locator="p. 50")  # "at" left with the pages
    assert draft.record["page"] == "45–67" and draft.locator["value"] == "50"


def test_an_articles_pages_and_the_pages_singled_out_in_them_are_page_and_locator():
    draft = run([("pages", "pp. 139–148 (especially pp. 140–141)")], "article-journal")
    assert draft.record["page"] == "139–148" and draft.locator["value"] == "140–141"


def test_book_pages_field_is_a_pinpoint():
    draft = run([("pages", "182-191")], "book")
    assert "page" not in draft.record
    assert draft.locator == {"label": "page", "value": "182–191", "raw": "182-191"}


def test_article_single_page_without_locator_is_the_pinpoint():
    draft = run([("pages", "7")], "article-magazine")
    assert "page" not in draft.record and draft.locator["value"] == "7"


def test_the_page_a_law_cases_report_opens_on_is_its_page_not_a_pinpoint():
    draft = run([("pages", "101")], "legal_case")
    assert draft.record["page"] == "101" and draft.locator is None
    draft = run([("pages", "316")], "legal_case", locator="320")  # a pinpoint after it stays the pinpoint
    assert draft.record["page"] == "316" and draft.locator["value"] == "320"


def place_with_doi(pages: str, doi: str) -> Draft:
    """A journal article's ``pages`` field placed, its record carrying ``doi``."""
    draft = Draft(fields=[("pages", pages)])
    draft.record["DOI"] = doi
    draft.record["title"] = "An Article"
    Pages()(draft)
    draft.record["type"] = "article-journal"
    PlacePages()(draft)
    return draft


def test_an_electronic_articles_number_in_its_doi_is_its_page_not_a_pinpoint():
    for value, doi in [("2214", "10.9999/hist12032214"), ("e40177", "10.9999/journal.abcd.0040177"),
                       ("9", "10.9999/2041-1234-5-9"), ("20190412", "10.9999/rsxx.2019.0412")]:
        draft = place_with_doi(value, doi)
        assert draft.locator is None and draft.record["page"] == value, value
    draft = place_with_doi("19", "10.9999/2041-1234-5-119")  # a page that is not the DOI's number: the pinpoint
    assert draft.locator["value"] == "19" and "page" not in draft.record


def test_locator_argument_wins_and_second_pinpoint_is_noted():
    draft = run([("pages", "99")], "book", locator="57-8")
    assert draft.locator["value"] == "57–58"
    assert draft.record["note"] == "99"


def test_locator_label_field():
    draft = run([("locator", "chap. 3")], "book")
    assert draft.locator == {"label": "chapter", "value": "3", "raw": "chap. 3"}


def test_backwards_range_flagged():
    draft = run([], "book", locator="95-2")
    assert draft.flags[0]["field"] == "locator" and draft.flags[0]["text"] == "95-2"


def test_a_bare_range_after_a_full_article_reference_is_its_page_range():
    from notecite.normalize import normalize_fields

    fields = [("author", "Leon Trotsky"), ("title", "“Hue and Cry over Kronstadt,”"), ("container-title", "New International"),
              ("volume", "4"), ("issue", "no. 4"), ("date", "(April 1938)")]
    out = normalize_fields(fields, locator="103-6")
    assert out.record["page"] == "103–106" and out.locator is None
    out = normalize_fields(fields + [("locator", "103-6")], locator="103-6")  # as the parser passes it
    assert out.record["page"] == "103–106" and out.locator is None
    out = normalize_fields(fields, locator="104")  # a single page is the pinpoint
    assert "page" not in out.record and out.locator["value"] == "104"
    out = normalize_fields(fields, locator="pp. 103-6")  # a labelled range too
    assert out.locator["value"] == "103–106"
    out = normalize_fields(fields, kind="short", locator="103-6")
    assert out.locator["value"] == "103–106"
    out = normalize_fields(fields, locator="103-5")  # three pages: too few for an article, the pinpoint
    assert "page" not in out.record and out.locator["value"] == "103–105"
    # the same when the parser read the bare range as pages: few pages are the pinpoint, more the article's
    out = normalize_fields(fields + [("pages", "103-5.")])
    assert "page" not in out.record and out.locator["value"] == "103–105"
    out = normalize_fields(fields + [("pages", "103-16.")])
    assert out.record["page"] == "103–116" and out.locator is None
    out = normalize_fields(fields + [("pages", "pp. 103-5.")])  # labelled pages stay the article's
    assert out.record["page"] == "103–105" and out.locator is None


def test_parse_locator_gives_a_new_dict_on_every_call():
    from notecite.normalize.pages import parse_locator

    first = parse_locator("vol. 2, pp. 17-19")
    first["from"] = "pages"
    again = parse_locator("vol. 2, pp. 17-19")
    assert "from" not in again and again == {"label": "page", "value": "17–19", "raw": "vol. 2, pp. 17-19", "volume": "2"}


@pytest.mark.parametrize("text", ["lib. K No. 7, fols. 12-15", "liv. 3"])
def test_a_label_is_a_whole_word_not_its_first_letter(text):
    assert parse_locator(text)["value"] == text


def test_a_range_with_a_stop_after_its_first_page():
    assert parse_locator("p. 280.-283")["value"] == "280–283"
    assert normalize_value("1135.-1136")[0] == "1135–1136"


def test_a_page_range_then_here_and_the_pinpoint():
    from notecite.normalize import normalize_fields
    normalized = normalize_fields([("author", "M. Cox,"), ("title", "'The Politics',"), ("container-title", "Critique,"),
                                   ("volume", "5,"), ("date", "1975,"), ("pages", "pp. 5–34, here p. 12.")])
    assert normalized.record["page"] == "5–34" and normalized.locator["value"] == "12"


def test_a_page_range_of_huge_numbers_is_no_crash():
    from notecite.normalize import normalize_fields

    fields = [("title", "“Docks,”"), ("container-title", "Harbour Review"), ("volume", "4")]
    huge = "9" * 5000
    out = normalize_fields(fields, locator=f"{huge}-{huge}")
    assert out.record.get("page") or out.locator


def test_a_pages_field_with_no_page_in_it_gives_no_pinpoint():
    from notecite.normalize import normalize_fields

    for blank in ("", "   ", ".", " ,;", "p.", "pp", "S."):
        assert normalize_fields([("title", "Docks"), ("pages", blank)]).locator is None
        assert normalize_fields([("title", "Docks")], locator=blank).locator is None


@pytest.mark.parametrize("text, label", [("p.", "page"), ("pp.", "page"), ("S.", "page"), ("fol.", "folio")])
def test_a_label_with_no_page_after_it_has_no_value(text, label):
    assert parse_locator(text) == {"label": label, "value": "", "raw": text}


@pytest.mark.parametrize("text", ["v.", "xii", "l"])
def test_a_roman_numeral_alone_is_a_page_not_a_label(text):
    assert parse_locator(text)["value"] == text.rstrip(".")


def test_a_pages_field_of_long_runs_of_spaces_is_read_at_once():
    # the closing "at" was sought with "\s*,?\s+", which tried every split of every run of spaces: a fuzzed field of
    # 4,500 spaces and newlines took 216 s (the time grows with the cube of the run); "at" still closes a range after
    # its spaces and comma
    from notecite.normalize import normalize_fields

    spaces = "\n\n " * 1500
    assert normalize_fields([("title", "Docks"), ("pages", spaces)], kind="ibid").locator is None  # no page in it
    assert normalize_fields([("title", "Docks"), ("pages", f"pp. 45–67,{spaces}at")]).locator["value"] == "45–67"


def test_a_chapters_pages_then_hier_and_the_pinpoint():
    from notecite.normalize import normalize_fields

    cite = normalize_fields([("author", "K. Marx"), ("title", "Lohnarbeit"), ("container-title", "MEW"), ("location", "Berlin"),
                             ("date", "1959"), ("locator", "S. 397-423, hier S. 400")], locator="S. 397-423, hier S. 400",
                            text="K. Marx, Lohnarbeit, in: MEW, Berlin 1959, S. 397-423, hier S. 400.")
    assert cite.record.get("page") == "397–423" and cite.locator["value"] == "400"


def test_a_short_forms_volume_is_its_pinpoints_unless_its_title_names_the_volume():
    from notecite.normalize import normalize_fields

    out = normalize_fields([("title", "Journal"), ("volume", "II")], kind="short", locator="p. 1024")
    assert out.locator["volume"] == "II" and "volume" not in out.record
    out = normalize_fields([("title", "Foreign Relations, 1964–1968, vol. XXVI")], kind="short", locator="Document 185")
    assert "volume" not in out.locator and out.record["volume"] == "XXVI"  # the title names the book, that volume
