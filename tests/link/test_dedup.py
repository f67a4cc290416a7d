from notecite.library import Citation, Library
from notecite.link.dedup import blocking_keys, classify, merge_libraries, printed_in


def book(title, family="Serge", year=None, **extra):
    record = {"type": "book", "title": title, "author": [{"family": family, "given": "Victor"}]}
    if year:
        record["issued"] = {"date-parts": [[year]]}
    record.update(extra)
    return record


def test_classify_same_edition_and_different():
    assert classify(book("Memoirs of a Revolutionary", year=1987), book("Memoirs of a Revolutionary")) == "same"
    assert classify(book("Memoirs of a Revolutionary", year=1987), book("Memoirs of a Revolutionary", year=1963)) == "edition"
    assert classify(book("Portrait de Staline", year=1940), book("Portrait of Stalin", year=1939)) == "edition"
    assert classify(book("Destiny of a Revolution"), book("Memoirs of a Revolutionary")) is None
    assert classify(book("The Revolution Betrayed", family="Trotsky"), book("The Revolution Betrayed")) is None


def test_a_record_naming_nobody_is_the_same_work_only_in_the_same_edition():
    nameless = {"type": "book", "title": "Memoirs of a Revolutionary", "issued": {"date-parts": [[1987]]}}
    assert classify(nameless, book("Memoirs of a Revolutionary", year=1987)) == "same"
    assert classify(nameless, book("Memoirs of a Revolutionary", year=1963)) is None
    assert classify(nameless, book("Memoirs of a Revolutionary", year=1987, publisher="Oxford")) == "same"
    assert classify({**nameless, "publisher": "Writers and Readers"},
                    book("Memoirs of a Revolutionary", year=1987, publisher="Oxford")) is None


def test_a_work_named_by_its_first_year_alone_is_the_reprint_that_gives_that_year_as_original():
    reprint = book("Writings of Leon Trotsky", family="Trotsky", year=1973, publisher="Pathfinder",
                   **{"original-date": {"date-parts": [[1932]]}})
    assert classify(book("Writings", family="Trotsky", year=1932), reprint) == "same"
    # another year, or a cite with an imprint of its own (another edition of that year), is not
    assert classify(book("Writings", family="Trotsky", year=1933), reprint) != "same"
    assert classify(book("Writings", family="Trotsky", year=1932, publisher="Gallimard"), reprint) != "same"


def test_identifiers_decide():
    assert classify(book("Memoirs", ISBN="978-0-86316-070-5"), book("Mémoires", family="Kibalchich", ISBN="9780863160705")) == "same"
    assert classify(book("Memoirs", DOI="10.1/a"), book("Memoirs", DOI="10.1/b")) is None


def test_merge_keeps_user_fields_and_adds_nothing_twice():
    user = Library([{"id": "mine", "type": "book", "title": "Memoirs of a Revolutionary", "author": [{"family": "Serge", "given": "Victor"}],
                     "publisher": "Writers and Readers", "publisher-place": "London", "note": "my copy"}])
    incoming = Library([{**book("Memoirs of a Revolutionary", year=1987), "id": "~a#1", "publisher": "Writers & Readers",
                         "publisher-place": "London & New York"}],
                       citations=[Citation("a.txt", 1, "~a#1", "full", "67")])
    report = merge_libraries(user, incoming, source_label="note:a.txt")
    assert report.merged == {"~a#1": "mine"} and not report.added
    record = user["mine"]
    assert record["publisher"] == "Writers and Readers" and record["note"] == "my copy"
    assert record["publisher-place"] == "London"
    assert record["issued"] == {"date-parts": [[1987]]}
    assert user.conflicts["mine"] == [{"field": "publisher-place", "kept": "London", "other": "London & New York", "source": "note:a.txt"}]
    assert user.citations[0].record_id == "mine"
    again = Library([{**book("Memoirs of a Revolutionary", year=1987), "id": "~a#1", "publisher": "Writers & Readers",
                      "publisher-place": "London & New York"}])
    merge_libraries(user, again, source_label="note:a.txt")
    assert len(user) == 1 and len(user.conflicts["mine"]) == 1


def test_translation_becomes_an_edition_in_the_same_work_group():
    base = Library([{**book("Portrait de Staline", year=1940), "id": "fr"}])
    report = merge_libraries(base, Library([{**book("Portrait of Stalin", year=1939), "id": "en"}]))
    assert report.editions == {"en": "fr"} and len(base) == 2
    assert base.work_of == {"fr": "fr", "en": "fr"}


def test_two_letters_between_the_same_people_on_different_days_are_two_works():
    a = {"type": "personal_communication", "author": [{"family": "Trask"}], "recipient": [{"family": "Morton"}],
         "title": "Trask to Morton", "issued": {"date-parts": [[1980, 7, 7]]}}
    b = {**a, "issued": {"date-parts": [[1980, 8, 28]]}}
    assert classify(a, b) is None
    assert classify(a, {**a}) == "same"
    assert classify(a, {**a, "issued": {"date-parts": [[1980]]}}) == "same"  # a year alone tells nothing apart


def test_two_issues_of_one_newspaper_are_two_works():
    a = {"type": "article-newspaper", "title": "Evening Courier", "container-title": "Evening Courier",
         "issued": {"date-parts": [[1871, 3, 2]]}}
    assert classify(a, {**a, "issued": {"date-parts": [[1871, 3, 9]]}}) is None
    assert classify(a, {**a}) == "same"


def test_two_memoranda_of_one_writer_on_different_days_are_two_works():
    a = {"type": "manuscript", "genre": "memorandum", "author": [{"family": "Halvorsen"}], "title": "Memorandum",
         "archive": "National Archives", "issued": {"date-parts": [[1937, 3, 3]]}}
    assert classify(a, {**a, "issued": {"date-parts": [[1937, 4, 9]]}}) is None
    assert classify(a, {**a}) == "same"


def test_two_monthly_issues_of_one_magazine_are_two_works():
    a = {"type": "article-magazine", "title": "Notes of the Month", "container-title": "Workers' Monthly", "issue": "3",
         "issued": {"date-parts": [[1930, 4]]}}
    assert classify(a, {**a, "issue": "5", "issued": {"date-parts": [[1930, 6]]}}) is None
def test_the_minutes_of_two_meetings_of_one_body_are_two_works():
    a = {"type": "manuscript", "title": "Leeds dockers branch minutes", "issued": {"date-parts": [[1926, 5, 3]]}}
    assert classify(a, {**a, "issued": {"date-parts": [[1926, 6, 7]]}}) is None
    assert classify(a, {**a}) == "same"


def test_a_date_kept_as_printed_tells_dated_items_apart():
    a = {"type": "article-newspaper", "title": "Evening Courier", "issued": {"literal": "Feb. 3. 1701-2"}}
    assert classify(a, {**a, "issued": {"literal": "Feb. 10. 1701-2"}}) is None
    assert classify(a, {**a, "issued": {"date-parts": [[1702, 2, 3]]}}) is None
    assert classify(a, {**a}) == "same"


def test_dedup_index_candidates_hold_every_record_classify_can_match():
    import random

    from notecite.library import Library
    from notecite.link.dedup import SMALL_BLOCK, DedupIndex

    rng = random.Random(21)
    words = ["Revolution", "Revolutoin", "History", "Exile", "Memoirs", "Capital", "Labour", "State", "War"]
    names = ["Serge", "Sergé", "Trotsky", "Mett", "Avrich"]

    def record(n: int) -> dict:
        out: dict = {"id": f"r{n}", "title": " ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))}
        if rng.random() < 0.8:
            out["author"] = [{"family": rng.choice(names)}]
        if rng.random() < 0.5:
            out["issued"] = {"date-parts": [[rng.choice([1937, 1938])]]}
        if rng.random() < 0.1:
            out["ISBN"] = rng.choice(["0-14-044-1", "0-14-044-2"])
        return out

    library = Library()
    index = DedupIndex(library)
    large = 0
    for n in range(400):
        asked = record(n)
        found = {id(other) for other in index.candidates(asked)}
        keys = blocking_keys(asked)
        for other in library.records:
            if classify(asked, other) is not None and keys & blocking_keys(other):
                assert id(other) in found, (asked, other)
        large += sum(len(index._by_key.get(key, ())) for key in keys) > SMALL_BLOCK
        library.records.append(asked)
        index.catch_up()
    assert large > 300  # most records were looked up in large blocks


def test_least_title_is_the_least_similarity_classify_can_accept():
    import random

    from notecite.link.dedup import least_title
    from notecite.link.matching import best_title_similarity

    rng = random.Random(4)
    words = ["Revolution", "Revolutoin", "History", "Exile", "Memoirs", "Capital", "Labour"]

    def record() -> dict:
        out: dict = {"title": " ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))}
        if rng.random() < 0.5:
            out["author"] = [{"family": rng.choice(["Serge", "Sergé", "Mett"])}]
        if rng.random() < 0.5:
            out["issued"] = {"date-parts": [[rng.choice([1937, 1938])]]}
        return out

    accepted = 0
    for _ in range(3000):
        a, b = record(), record()
        if classify(a, b) is not None:
            accepted += 1
            assert best_title_similarity(a, b) >= least_title(a), (a, b)
    assert least_title({"title": "Memoirs"}) == 0.9 and least_title(book("Memoirs")) == 0.8
    assert accepted > 100


def test_a_title_that_only_opens_a_nameless_works_title_is_another_work():
    """With nobody named on one side, a short title's prefix match is no evidence: "Jane Smith, Oral History
    (Boston, 1965)" is not the nameless "Oral History Collection" of 1965; the same title, or a named short
    title of the same author's book, still is."""
    nameless = {"type": "manuscript", "title": "Oral History Collection", "issued": {"date-parts": [[1965]]}}
    smith = {"type": "book", "title": "Oral History", "author": [{"family": "Smith", "given": "Jane"}],
             "publisher-place": "Boston", "issued": {"date-parts": [[1965]]}}
    assert classify(smith, nameless) is None
    assert classify({**smith, "title": "Oral History Collection"}, nameless) == "same"
    full = {**smith, "title": "Oral History of the Labor Movement"}
    assert classify(smith, full) == "same"
def test_one_book_whose_authors_family_name_is_written_two_ways_is_one_work():
    """``Luise Otto Peters`` and ``Luise Otto``: the same given name, title, year and place; two
    people of one given name, or a book without place or year, stay apart."""
    def book(given, family, **more):
        return {"type": "book", "author": [{"given": given, "family": family}],
                "title": "Das erste Vierteljahrhundert des Allgemeinen deutschen Frauenvereins",
                "publisher-place": "Leipzig", "issued": {"date-parts": [[1890]]}, **more}

    assert classify(book("Luise Otto", "Peters"), book("Luise", "Otto")) == "same"
    assert classify(book("Luise", "Peters"), book("Anna", "Otto")) is None
    assert classify(book("L.", "Peters"), book("L.", "Otto")) is None  # an initial tells nobody apart
    assert classify(book("Luise", "Peters"), book("Luise", "Otto", issued={"date-parts": [[1891]]})) is None
    assert classify(book("Luise", "Peters", **{"publisher-place": ""}), book("Luise", "Otto")) is None


def test_a_day_printed_in_numbers_is_one_day_with_or_without_its_year():
    from notecite.link.dedup import dated_items_differ

    def issue(literal):
        return {"type": "article-magazine", "container-title": "Allg. Ztg", "issued": {"literal": literal}}

    assert not dated_items_differ(issue("6./9. 04"), issue("6./9"))
    assert not dated_items_differ(issue("21./4. 1893"), issue("21./4. 93"))
    assert dated_items_differ(issue("6./9. 04"), issue("7./9. 04"))
    assert dated_items_differ(issue("6./9. 04"), issue("6./9. 05"))
    assert dated_items_differ(issue("6./9. 04"), issue("30./8., 6./9. 04"))  # two days: kept as printed


def test_a_dated_item_and_a_record_dated_to_another_day_differ_whatever_its_type():
    from notecite.link.dedup import dated_items_differ

    minutes = {"type": "manuscript", "title": "NEC minutes", "issued": {"date-parts": [[1945, 4, 25]]}}
    read_as_a_book = {"type": "book", "title": "NEC minutes", "author": [{"literal": "LPA"}],
                      "issued": {"date-parts": [[1945, 5, 30]]}}
    assert dated_items_differ(read_as_a_book, minutes)
    assert not dated_items_differ({**read_as_a_book, "issued": {"date-parts": [[1945]]}}, minutes)  # a year alone
    assert not dated_items_differ(read_as_a_book, {**read_as_a_book, "issued": {"date-parts": [[1945, 4, 25]]}})  # two books


def test_two_editions_of_one_days_paper_differ():
    from notecite.link.dedup import dated_items_differ

    def issue(edition=None):
        record = {"type": "article-newspaper", "container-title": "Derby Strike Bulletin",
                  "issued": {"date-parts": [[1926, 5, 6]]}}
        if edition:
            record["edition"] = edition
        return record
    assert dated_items_differ(issue("evening edition"), issue("mid-day edition"))
    assert not dated_items_differ(issue("mid-day edition"), issue("mid day edition"))
    assert not dated_items_differ(issue("evening edition"), issue())


def test_two_cites_of_one_law_report_are_one_case_whatever_their_years():
    from notecite.link.dedup import classify

    case = {"type": "legal_case", "title": "In re Debs", "container-title": "U.S.", "volume": "158", "page": "564"}
    assert classify({**case, "issued": {"date-parts": [[1895]]}}, {**case, "issued": {"date-parts": [[1894]]}}) == "same"
    other = {**case, "title": "Pollock v. Farmers' Loan & Trust Co.", "issued": {"date-parts": [[1894]]}}
    assert classify({**case, "issued": {"date-parts": [[1895]]}}, other) is None  # another case


def test_two_days_of_a_legislatures_record_of_debates_are_two_items():
    from notecite.link.dedup import dated_items_differ

    def day(title, *parts):
        return {"type": "book", "title": title, "issued": {"date-parts": [list(parts)]}}

    assert dated_items_differ(day("Congressional Globe", 1864, 1, 25), day("Congressional Globe", 1864, 6, 27))
    assert not dated_items_differ(day("Congressional Globe", 1864, 1, 25), day("Congressional Globe", 1864, 1, 25))
    assert not dated_items_differ(day("Annals of Congress", 1864, 1, 25), day("Annals of Congress", 1864, 6, 27))


def test_one_title_cut_short_twice_by_one_author_is_one_work():
    scott = [{"family": "Scott", "given": "W."}]
    assert classify({"type": "book", "author": scott, "title": "Br. üb. Däm"},
                    {"type": "book", "author": scott, "title": "Br. üb. Dämonol"}) == "same"
    # another word, not a longer cut of the same one: two works
    assert classify({"type": "book", "author": scott, "title": "Br. üb. Däm"},
                    {"type": "book", "author": scott, "title": "Br. üb. Geister"}) != "same"
    # two cuts of a title that names nobody
    assert classify({"type": "book", "title": "Gest. Trevir"}, {"type": "book", "title": "Gesta Trevirorum"}) == "same"


def test_two_reports_of_other_numbers_are_two_works():
    from notecite.link.dedup import classify

    a = {"type": "report", "title": "Affairs in Samoa", "number": "SED 102"}
    b = {"type": "report", "title": "Affairs at Samoa", "number": "HED 118"}
    assert classify(a, b) is None and classify(a, {**b, "number": "S.E.D. 102"}) == "same"


def test_two_pages_on_other_sites_under_other_titles_are_two_works():
    from notecite.link.dedup import classify

    video = {"type": "webpage", "author": [{"literal": "WFSB News"}], "title": "Market Closing?",
             "issued": {"date-parts": [[2007, 10, 19]]}, "URL": "https://www.youtube.com/watch?v=XD"}
    blog = {**video, "title": "Market Closing Doors", "URL": "https://whdad.wordpress.com/2007/10/19/market/"}
    assert classify(video, blog) is None
    # one title on two sites, or two pages of one site, may be one work
    assert classify(video, {**blog, "title": "Market Closing?"}) == "same"
    assert classify(video, {**blog, "URL": "http://youtube.com/watch?v=XD2"}) == "same"


def test_a_piece_is_not_the_book_it_is_printed_in_though_the_books_title_opens_its_own():
    piece = {"author": [{"family": "Antin"}], "title": "talking at pomona", "container-title": "Talking", "type": "chapter"}
    book = {"author": [{"family": "Antin"}], "title": "Talking", "publisher": "Dalkey Archive",
            "issued": {"date-parts": [[2001]]}, "type": "book"}
    assert printed_in(piece, book) and not printed_in(book, piece)
    assert classify(piece, book) is None and classify(book, piece) is None
    # a short title of the book with the book's title as container is the book (nothing of its own)
    assert not printed_in({"title": "Talking", "container-title": "Talking"}, book)
    assert classify({"author": [{"family": "Antin"}], "title": "Talking", "type": "book"}, book) == "same"


def test_a_volume_of_a_set_issued_over_several_years_is_the_set():
    from notecite.link.dedup import classify

    volume = {"type": "book", "author": [{"family": "Bouilhet", "given": "Henri"}], "title": "L’orfèvrerie française",
              "volume": "3", "publisher": "H. Laurens", "issued": {"date-parts": [[1912]]}}
    whole = {"type": "book", "author": [{"family": "Bouilhet"}], "title": "L’orfèvrerie française", "number-of-volumes": "3",
             "publisher": "H. Laurens", "issued": {"literal": "1908, 1910, 1912"}}
    assert classify(volume, whole) == "same" and classify(whole, volume) == "same"
    other_year = {**volume, "issued": {"date-parts": [[1920]]}}
    assert classify(other_year, whole) == "edition"  # a year of none of its volumes: another edition
