import pytest

from notecite.normalize import normalize_fields
from notecite.normalize.base import Draft
from notecite.normalize.types import InferType


def kind_of(fields, **kw):
    return normalize_fields(fields, **kw).record["type"]


@pytest.mark.parametrize(
    "fields, expected",
    [
        ([("author", "Victor Serge"), ("title", "Memoirs of a Revolutionary"), ("location", "London"), ("publisher", "Writers & Readers"), ("date", "1987")], "book"),
        ([("author", "Victor Serge"), ("title", "Portrait de Staline"), ("location", "Paris"), ("date", "1940")], "book"),
        ([("author", "Isaac Deutscher"), ("title", "The Prophet Outcast"), ("publisher", "Oxford University Press")], "book"),
        # chapter: editor, or "in" + publisher
        ([("author", "Richard Greeman"), ("title", "“Victor Serge and the Tradition”"), ("prose", "in"), ("container-title", "Revolutionary History"),
          ("editor", "Al Richardson"), ("location", "London"), ("publisher", "Porcupine Press"), ("date", "1994")], "chapter"),
        ([("title", "“Le Socialisme”"), ("container-title", "in Écrits, vol. 1"), ("location", "Paris"), ("publisher", "Maspero"), ("date", "1970")], "chapter"),
        ([("title", "“Die Krise”"), ("container-title", "Gesammelte Schriften"), ("publisher", "Dietz"), ("date", "1970")], "chapter"),
        # a volume of a book after "in", with its publisher: no journal
        ([("author", "V. I. Lenin"), ("title", "What Is to Be Done?"), ("container-title", "in Collected Works"), ("volume", "vol. 5"),
          ("location", "Moscow"), ("publisher", "Progress Publishers"), ("date", "1961")], "chapter"),
        # article-journal: volume / issue / page range or journal word
        ([("author", "Susan Weissman"), ("title", "“Victor Serge's World and Ours”"), ("container-title", "Against the Current"), ("issue", "No. 12-13"), ("date", "January-April 1988")], "article-journal"),
        ([("title", "“The Thermidor Question”"), ("container-title", "Slavic Review"), ("volume", "41"), ("pages", "pp. 12-30"), ("date", "1982")], "article-journal"),
        ([("title", "“Les Russes”"), ("container-title", "Revue des études slaves"), ("date", "1960")], "article-journal"),
        ([("title", "“X”"), ("container-title", "Critique"), ("pages", "45-67")], "article-journal"),
        # newspaper: cue word or a day-precise date
        ([("title", "“Stalin's Crimes”"), ("container-title", "The New York Times"), ("date", "5 March 1953")], "article-newspaper"),
        ([("title", "“Tezisy”"), ("container-title", "Pravda"), ("date", "1923")], "article-newspaper"),
        ([("container-title", "Kommunist"), ("title", "“Theses”"), ("date", "20 April 1918")], "article-newspaper"),
        ([("title", "“Lettre”"), ("container-title", "Le Monde"), ("date", "mai 1968")], "article-newspaper"),
        # a newspaper word in a book's title, with the book's imprint: a chapter
        ([("author", "Hannah Arendt"), ("title", "“Rosa Luxemburg: 1871-1919,”"), ("container-title", "Men in Dark Times"),
          ("location", "New York"), ("publisher", "Harcourt, Brace & World"), ("date", "1968"), ("pages", "33-56")], "chapter"),
        # magazine: month precision without volume
        ([("title", "“Trente Ans”"), ("prose", "in"), ("container-title", "La Revolution Proletarienne"), ("date", "Nov. 1947")], "article-magazine"),
        ([("container-title", "New International"), ("title", "“Kronstadt”"), ("date", "July 1938")], "article-magazine"),
        ([("title", "“Notes”"), ("container-title", "The Nation")], "article-magazine"),
        # cue words
        ([("title", "Theses of the Left Communists"), ("prose", "published as a pamphlet by"), ("publisher", "Critique")], "pamphlet"),
        ([("author", "Susan Weissman"), ("title", "Victor Serge: Political, Social and Economic Thought"), ("genre", "PhD diss."), ("publisher", "University of Glasgow"), ("date", "1991")], "thesis"),
        ([("author", "Jean Rière"), ("title", "Victor Serge"), ("note", "thèse de doctorat, Paris IV"), ("date", "1985")], "thesis"),
        ([("author", "H. Weber"), ("title", "Die Wandlung"), ("genre", "Dissertation"), ("location", "Marburg"), ("date", "1968")], "thesis"),
        ([("title", "Annual Report on Soviet Trade"), ("genre", "report"), ("publisher", "Board of Trade")], "report"),
        ([("title", "Working Paper on Planning"), ("note", "working paper 12"), ("publisher", "CREES")], "report"),
        ([("title", "The Serge Archive"), ("url", "https://example.org/serge")], "webpage"),
        # a standalone title by a named author
        ([("author", "Victor Serge"), ("title", "Destiny of a Revolution")], "book"),
        # a work whose fields name no kind
        ([("title", "Destiny of a Revolution"), ("date", "1937")], "book"),
        ([("author", "Serge")], "book"),  # a work cited by its author's name alone
        ([("locator", "p. 12")], "document"),
        ([("title", "Hearings, Naval Appropriation Bill for 1931"), ("note", "71st Cong., 2nd Sess."),
          ("date", "March 3, 1930")], "hearing"),
        ([("title", "Claims against Mexico"), ("note", "45th Cong., 1st Sess., HED 12 (Ser. 1773)")], "report"),
        ([("title", "House Executive Document No. 42, 38th Cong., 1st Sess.")], "report"),
        ([("title", "Second Annual Report of the Board of Health")], "report"),
        ([("title", "Stat. 12 Geo. III")], "legislation"),
        ([("title", "Constitution of Pennsylvania")], "legislation"),
        ([("title", "Public Law 102–138"), ("date", "October 28, 1991"), ("volume", "105"), ("container-title", "Stat."),
          ("pages", "647")], "legislation"),
        ([("title", "Pub. L. No. 99-93")], "legislation"),
        ([("title", "Mémoire sur la Situation du Canada"), ("date", "12 Mars, 1758")], "manuscript"),
        ([("title", "McCulloch v. Maryland"), ("volume", "4"), ("container-title", "Wheaton"), ("pages", "316")], "legal_case"),
        ([("title", "Farmers' Loan and Trust Co. v. N.P.R. Co."), ("volume", "60"), ("container-title", "Fed."), ("pages", "803")],
         "legal_case"),
        ([("title", "In re Debs"), ("volume", "158"), ("container-title", "U.S."), ("pages", "564")], "legal_case"),
        ([("title", "Truax et al. v. Corrigan"), ("volume", "42"), ("container-title", "Sup. Ct."), ("pages", "124")], "legal_case"),
        ([("title", "Springhead Spinning Co. v. Riley"), ("container-title", "L.R. 6 E."), ("pages", "551")], "legal_case"),
        ([("title", "Buchanan v. Warley"), ("genre", "Decision"), ("note", "US Supreme Court 245 US 60"),
          ("url", "https://caselaw.findlaw.com/us-supreme-court/245/60.html")], "legal_case"),
        ([("title", "A Critique of Smith v. Jones"), ("container-title", "Law Review"), ("volume", "4")], "article-journal"),
        ([("title", "The Federal Constitution in Virginia"), ("container-title", "Proceedings of the Massachusetts Historical Society"),
          ("date", "October, 1903")], "article-journal"),
        ([("title", "Parsing"), ("container-title", "Proceedings of the 2004 Conference on Empirical Methods")], "paper-conference"),
        ([("title", "Parsing"), ("container-title", "Proceedings of the 12th Meeting of the Society")], "paper-conference"),
    ],
)
def test_type_inference(fields, expected):
    assert kind_of(fields) == expected


def test_italic_title_makes_book():
    fields = [("title", "Destiny of a Revolution"), ("date", "1937")]
    assert kind_of(fields, italic_titles=["Destiny of a Revolution"]) == "book"


def test_title_mentioned_in_prose_is_a_book():
    assert kind_of([("title", "Conquered City")], kind="mention") == "book"
    assert kind_of([("title", "“Trente Ans”"), ("container-title", "La Revolution Proletarienne")], kind="mention") != "book"


def test_a_short_cite_by_the_author_alone_is_a_book():
    assert kind_of([("author", "Polybius"), ("locator", "l. iii. c. 4")], kind="short") == "book"
    assert kind_of([("editor", "Weber")], kind="short") == "book"


def test_short_cite_of_a_quoted_title_is_document_even_with_place():
    assert kind_of([("author", "Serge"), ("title", "“Trente Ans”"), ("location", "London")], kind="short") == "document"


def test_a_numbered_thesis_is_no_cue_of_a_thesis():
    fields = [("author", "Walter Benjamin"), ("title", "Theses on History"), ("publisher", "Schocken"), ("date", "1969")]
    assert kind_of(fields + [("note", "thesis IX")]) == kind_of(fields) == "book"
    assert kind_of(fields + [("note", "MA thesis")]) == "thesis"


def test_existing_type_is_kept_and_genre_set():
    draft = Draft(fields=[("genre", "(PhD diss.)")])
    draft.record["type"] = "manuscript"
    InferType()(draft)
    assert draft.record == {"type": "manuscript", "genre": "PhD diss."}


def test_an_unlinked_short_cite_of_an_unquoted_title_by_a_named_author_is_a_book():
    assert kind_of([("author", "Leon Trotsky"), ("title", "The Revolution Betrayed")], kind="short") == "book"
    assert kind_of([("author", "Serge"), ("title", "“Trente Ans”")], kind="short") == "document"


def test_a_report_from_a_trade_publisher_is_a_book_and_a_weekly_with_a_day_is_a_magazine():
    assert kind_of([("title", "The Case of Leon Trotsky: Report of Hearings"), ("location", "New York"),
                    ("publisher", "Harper & Brothers"), ("date", "1937")]) == "book"
    assert kind_of([("title", "Annual Report on Soviet Trade"), ("publisher", "Board of Trade")]) == "report"
    assert kind_of([("title", "“The Moscow Trials,”"), ("container-title", "New Republic"),
                    ("date", "February 3, 1937")]) == "article-magazine"
    assert kind_of([("title", "“Lettre”"), ("container-title", "Le Populaire"), ("date", "3 mai 1936")]) == "article-newspaper"


def test_a_container_that_says_pamphlet_makes_a_pamphlet():
    assert kind_of([("author", "Ernest Mandel"), ("title", "“The Inconsistencies of State Capitalism,”"),
                    ("container-title", "International Marxist Group pamphlet"), ("location", "London"),
                    ("date", "1969")]) == "pamphlet"


def test_a_full_cite_naming_only_a_periodical_is_titled_by_it_unless_it_is_a_dated_newspaper_item():
    record = normalize_fields([("author", "Cass"), ("container-title", "in Western Monthly Review")]).record
    assert record["title"] == record["container-title"] == "Western Monthly Review"
    assert "title" not in normalize_fields([("container-title", "The Hartford Courant"), ("date", "May 3, 1861")]).record
    assert "title" not in normalize_fields([("container-title", "Western Monthly Review")], kind="short").record


def test_a_society_s_records_and_a_politics_review_are_journals():
    assert kind_of([("title", "“The Old Mill”"), ("container-title", "Records of the Delaware Historical Society")]) \
        == "article-journal"
    assert kind_of([("title", "“Votes”"), ("container-title", "Comparative Politics"), ("date", "May 1999")]) == "article-journal"


def test_a_report_word_in_a_title_with_a_place_but_no_publisher_makes_a_report():
    assert kind_of([("title", "Third Annual Report of the Board of Charities"), ("location", "Albany"),
                    ("date", "1870")]) == "report"


def test_a_paper_in_conference_proceedings_and_a_software_package():
    assert kind_of([("title", "“Parsing Old Print”"), ("prose", "in"),
                    ("container-title", "Proceedings of the 2019 Conference on Historical Texts"),
                    ("pages", "12-20"), ("date", "2019")]) == "paper-conference"
    assert kind_of([("title", "“Hearth and Home”"), ("container-title", "Social History Workshop Journal"),
                    ("volume", "6"), ("date", "1978")]) == "article-journal"
    assert kind_of([("author", "Ada Lovelace"), ("title", "tidytext: Text Mining. R package version 0.3.2"),
                    ("url", "https://example.org/tidytext")]) == "software"


def test_an_entry_in_an_encyclopedia_or_a_dictionary():
    assert kind_of([("author", "Ada Lovelace"), ("title", "“Automata”"), ("prose", "in"),
                    ("container-title", "The Internet Encyclopedia of Philosophy"), ("editor", "J. Doe")]) == "entry-encyclopedia"
    assert kind_of([("title", "“Suicide”"), ("container-title", "Dictionnaire de la médecine pratique"),
                    ("volume", "t. 3")]) == "entry-dictionary"
    # a wiki's article, dated to the day it was last changed, is no newspaper's
    assert kind_of([("title", "“Socialism”"), ("container-title", "Wikipedia"), ("note", "last modified"),
                    ("date", "3 January 2020"), ("url", "https://en.wikipedia.org/wiki/Socialism")]) == "entry-encyclopedia"


def test_an_entry_marker_makes_an_entry_and_is_no_genre():
    from notecite.normalize import normalize_fields

    record = normalize_fields([("container-title", "Grove Art Online"), ("genre", "s.v."), ("title", "Cubism")],
                              kind="full").record
    assert record["type"] == "entry-encyclopedia" and "genre" not in record
    kept = normalize_fields([("title", "Mill Towns"), ("genre", "PhD diss.")], kind="full").record
    assert kept.get("genre") == "PhD diss."


def test_a_name_and_a_url_alone_are_a_site_titled_by_the_name():
    from notecite.normalize import normalize_fields

    record = normalize_fields([("author", "Noor Digital Library"), ("url", "http://www.noorlib.ir.")], kind="full").record
    assert record["title"] == "Noor Digital Library" and "author" not in record and record["type"] == "webpage"
    site = normalize_fields([("note", "Mill Workers Archive"), ("url", "https://example.org/mills")], kind="full").record
    assert site["title"] == "Mill Workers Archive" and "note" not in site
    dated = normalize_fields([("note", "Accessed 3 May 2020"), ("url", "https://example.org/mills")], kind="full").record
    assert "title" not in dated
    lost = normalize_fields([("author", "Jane Roe, Mill Towns"), ("url", "https://example.org/mills")], kind="full").record
    assert lost["title"] == "Mill Towns" and lost["author"] == [{"given": "Jane", "family": "Roe"}]
    two = normalize_fields([("author", "Jane Roe and John Smith"), ("url", "https://example.org/mills")],
                           kind="full").record
    assert "title" not in two and len(two["author"]) == 2
    titled = normalize_fields([("author", "Ann Lee"), ("title", "Mills"), ("url", "https://example.org")],
                              kind="full").record
    assert titled["title"] == "Mills" and titled["author"] == [{"given": "Ann", "family": "Lee"}]


def test_an_authors_book_named_after_in_is_the_work_cited():
    from notecite.normalize import normalize_fields

    fields = [("prose", "by"), ("author", "J. R. Green"), ("prose", "in"), ("container-title", "The Conquest of England"),
              ("location", "London"), ("date", "1883"), ("pages", "pp. 229-230")]
    cite = normalize_fields(fields, kind="full", text="by J. R. Green in The Conquest of England, London, 1883, pp. 229-230")
    assert cite.record["type"] == "book" and cite.record["title"] == "The Conquest of England"
    assert "container-title" not in cite.record and cite.locator["value"] == "229–230"
    # with an editor the book after "in" is a container: a chapter of it
    fields = [("author", "A. Roe"), ("title", "Harbours"), ("prose", "in"), ("container-title", "Ports"),
              ("editor", "ed. B. Doe"), ("location", "London"), ("date", "1983")]
    assert normalize_fields(fields, kind="full", text="A. Roe, Harbours, in Ports, ed. B. Doe, London, 1983").record["type"] == "chapter"


def test_a_piece_in_idem_is_in_a_book_by_its_own_author():
    fields = [("author", "E. J. Hobsbawm"), ("title", "The labour aristocracy"), ("prose", "in idem"),
              ("container-title", "Labouring men"), ("location", "London"), ("date", "1964")]
    record = normalize_fields(fields, kind="full", text="").record
    assert record["type"] == "chapter" and record["container-author"] == record["author"]


def test_a_bodys_minutes_alone_are_a_manuscript_and_its_papers_need_not_be():
    assert kind_of([("title", "TGWU Derby Weavers branch minutes"), ("date", "1935-42")]) == "manuscript"
    assert kind_of([("title", "ABL Admissions Book"), ("date", "1909-25")]) == "manuscript"
    assert kind_of([("title", "British and Foreign State Papers"), ("volume", "vol. 4")]) == "book"


@pytest.mark.parametrize("text", [
    "PhD dissertation, Columbia University", "D. Phil. thesis", "THÈSE de doctorat", "Mémoire de maîtrise",
    "Habilitationsschrift", "avtoreferat dissertatsiia", "a pamphlet", "Leaflets", "BROSCHÜRE", "brochiura", "Flugschrift",
    "handbills and broadsides", "Working Papers 12", "Bericht", "Technical Memorandum 4", "Rapport annuel",
    "R package version 1.2", "Python module", "software version 3", "Annual Reports", "doklad",
    "The Prophet Armed", "Theses on Feuerbach", "Disse", "Reportage", "", "ſoftware verſion 2",
])
def test_cue_words_are_held_by_every_match_of_their_pattern(text):
    from notecite.normalize import types

    for cue in (types._THESIS, types._PAMPHLET, types._REPORT, types._SOFTWARE):
        assert (cue.search(text) is not None) == (cue.pattern.search(text) is not None)


def test_a_video_sites_medium_and_running_time_make_a_motion_picture():
    from notecite.normalize.types import _online_video
    record = {"title": "Testing Some Beliefs", "container-title": "YouTube video", "volume": "12", "issue": "44",
              "URL": "https://youtu.be/x"}
    _online_video(record)
    assert record == {"title": "Testing Some Beliefs", "URL": "https://youtu.be/x", "medium": "YouTube video",
                      "type": "motion_picture", "dimensions": "12:44"}
    record = {"title": "Talk", "publisher": "YouTube video, 39:35"}
    _online_video(record)
    assert record["medium"] == "YouTube video" and record["dimensions"] == "39:35" and "publisher" not in record
    record = {"title": "A Review", "container-title": "Video Review", "volume": "12", "issue": "44"}
    _online_video(record)
    assert record["container-title"] == "Video Review" and record["volume"] == "12"  # no video site: left alone


def test_a_work_cited_at_a_printed_page_and_read_online_is_no_web_page():
    fields = [("title", "Foreign Relations of the United States, 1914, Supplement"), ("url", "history.state.gov/frus1914Supp/pg_33")]
    text = "Foreign Relations of the United States, 1914, Supplement, p. 33. history.state.gov/frus1914Supp/pg_33"
    assert normalize_fields(fields, locator="33", text=text).record["type"] == "book"
    # an address with "page" in it is no printed page
    text = "Foreign Relations of the United States, 1914, Supplement, https://example.org/page-3?page=3"
    assert normalize_fields([fields[0], ("url", "https://example.org/page-3?page=3")], text=text).record["type"] == "webpage"
