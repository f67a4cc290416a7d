import pytest

from notecite.normalize import normalize_fields
from notecite.normalize.base import Draft
from notecite.normalize.titles import Titles, clean_container, clean_title, strip_quotes


@pytest.mark.parametrize(
    "text, title, quoted",
    [
        ("Memoirs of a Revolutionary,", "Memoirs of a Revolutionary", False),
        ("Memoirs of a Revolutionary.", "Memoirs of a Revolutionary", False),
        ("‘Trente Ans,”", "Trente Ans", True),
        ("‘Trente Ans;”", "Trente Ans", True),
        ("“Trente Ans Apres La Revolution Russe”", "Trente Ans Apres La Revolution Russe", True),
        ("“Theses of the Left Communists (1918)”", "Theses of the Left Communists (1918)", True),
        ('"Stalinism versus Bolshevism,"', "Stalinism versus Bolshevism", True),
        ("'The Class Nature of the Soviet State'", "The Class Nature of the Soviet State", True),
        ("“Trente Ans", "Trente Ans", True),
        ("Trente Ans”", "Trente Ans", True),
        ("«Les Révolutionnaires»", "Les Révolutionnaires", True),
        ("« Les Révolutionnaires »", "Les Révolutionnaires", True),
        ("„Die Krise der Sozialdemokratie“", "Die Krise der Sozialdemokratie", True),
        ("What Is to Be Done?", "What Is to Be Done?", False),
        ("Kto vinovat?", "Kto vinovat?", False),
        ("Vers L’Autre Flamme.", "Vers L’Autre Flamme", False),
        ("The Workers' Opposition", "The Workers' Opposition", False),
        ("Ten Days that Shook the World", "Ten Days that Shook the World", False),
        ("Au-delà du stalinisme...", "Au-delà du stalinisme...", False),
        ("S.O.S.", "S.O.S.", False),
        ("l'Humanité", "l'Humanité", False),
        ("Portrait de Staline", "Portrait de Staline", False),
        ("From Lenin to Stalin:", "From Lenin to Stalin", False),
        # a quotation inside the title closing it keeps its closing mark (its comma inside it aside)
        ('Odyssey through the "American Century"', 'Odyssey through the "American Century"', False),
        ("On the ‘Jewish Question’", "On the ‘Jewish Question’", False),
        ('"The Myth of Lenin\'s \'Revolutionary Defeatism,\'"', "The Myth of Lenin's 'Revolutionary Defeatism'", True),
        ("“Why ‘Socialism’?”", "Why ‘Socialism’?", True),
    ],
)
def test_clean_title(text, title, quoted):
    assert clean_title(text)[:2] == (title, quoted)


def test_publication_history_moves_out():
    title, quoted, history = clean_title("“Theses of the Left Communists,” translated and published as a pamphlet by Critique")
    assert (title, quoted) == ("Theses of the Left Communists", True)
    assert history == "translated and published as a pamphlet by Critique"
    assert clean_title("Naissance de notre force, traduit en anglais")[2] == "traduit en anglais"


def test_strip_quotes_keeps_inner_quotes():
    assert strip_quotes("The “Blank Spots” of History") == ("The “Blank Spots” of History", False)
    # a quoted phrase opening the title is the title's own; a quote left open or closing the title is not
    assert strip_quotes("“Red” Vienna and Its Housing") == ("“Red” Vienna and Its Housing", False)
    assert strip_quotes('"Red" Vienna') == ('"Red" Vienna', False)
    assert strip_quotes("“Red Vienna,") == ("Red Vienna", True)


@pytest.mark.parametrize("text, expected", [("in La Revolution Proletarienne,", "La Revolution Proletarienne"), ("Dans: Esprit", "Esprit"),
                                            ("In Inprecorr", "Inprecorr"), ("New International", "New International"), ("Inprecorr", "Inprecorr")])
def test_clean_container(text, expected):
    assert clean_container(text) == expected


def test_short_cite_gives_title_short():
    draft = Draft(fields=[("title", "Memoirs,")], kind="short")
    Titles()(draft)
    assert draft.record == {"title-short": "Memoirs"}


def test_full_cite_two_titles_after_quote_gives_container():
    draft = Draft(fields=[("title", "“Trente Ans Apres La Revolution Russe”"), ("title", "La Revolution Proletarienne,")])
    Titles()(draft)
    assert draft.record == {"title": "Trente Ans Apres La Revolution Russe", "container-title": "La Revolution Proletarienne"}
    assert draft.facts["title-quoted"] is True


def test_italic_title_fact_and_extra_title_noted():
    draft = Draft(fields=[("title", "Midnight in the Century"), ("container-title", "Oeuvres"), ("title", "Other")],
                  italic_titles=("Midnight in the Century",))
    Titles()(draft)
    assert draft.facts["title-italic"] is True
    assert draft.record["container-title"] == "Oeuvres"
    assert draft.record["note"] == "Other"


def test_collection_title():
    draft = Draft(fields=[("collection-title", "(Bibliothèque des idées)")])
    Titles()(draft)
    assert draft.record == {"collection-title": "Bibliothèque des idées"}


def test_a_known_name_mentioned_as_a_title_is_flagged():
    from notecite.normalize import normalize_fields
    from notecite.normalize.titles import NAME_NOT_TITLE

    def reasons(fields, **kw):
        return [f["reason"] for f in normalize_fields(fields, **kw).flags]

    assert NAME_NOT_TITLE in reasons([("title", "Lenin")], kind="mention")
    assert NAME_NOT_TITLE not in reasons([("title", "Lenin")], kind="full")  # a full cite says it is a work
    assert NAME_NOT_TITLE not in reasons([("title", "Conquered City")], kind="mention")
    assert NAME_NOT_TITLE not in reasons([("title", "Lenin")], kind="mention", locator="12")


def test_an_edition_statement_ending_a_title_moves_out():
    assert clean_title("Antonio Pérez. Edición de 1881") == ("Antonio Pérez", False, "Edición de 1881")
    assert clean_title("Capital, 2nd edition") == ("Capital", False, "2nd edition")
    assert clean_title("Das Kapital. Zweite Auflage") == ("Das Kapital", False, "Zweite Auflage")
    assert clean_title("The Edition") == ("The Edition", False, "")  # a title that is about an edition stays
    assert clean_title("Kritische Ausgabe")[0] == "Kritische Ausgabe"


def test_a_short_forms_etc_is_cut_from_its_title_and_a_full_reference_keeps_it():
    from notecite.normalize import normalize_fields

    short = normalize_fields([("author", "Ford"), ("title", "Pamphlets, etc."), ("locator", "p. 54")], kind="short")
    assert short.record["title-short"] == "Pamphlets"
    quoted = normalize_fields([("author", "Olberg"), ("title", "“Der ital. G-str.” etc.")], kind="short")
    assert quoted.record["title-short"] == "Der ital. G-str."
    full = normalize_fields([("title", "A Remonstrance, etc."), ("location", "London"), ("date", "1690")], kind="full")
    assert full.record["title"] == "A Remonstrance, etc."


def test_numbers_a_container_title_swallowed_go_back_to_their_fields():
    record = normalize_fields([("title", "«Redes de personajes»"), ("container-title", "Revista de Teatro 14, n.º"),
                               ("volume", "3"), ("date", "2018"), ("pages", "10-30")]).record
    assert (record["container-title"], record["volume"], record["issue"]) == ("Revista de Teatro", "14", "3")
    record = normalize_fields([("title", "“Open Secrets”"), ("container-title", "Cold War Studies (Winter 1999)"),
                               ("pages", "pp. 5-20")]).record
    assert record["container-title"] == "Cold War Studies" and record["issued"]["date-parts"] == [[1999]]
    record = normalize_fields([("title", "“X”"), ("container-title", "Annales 12"), ("volume", "3")]).record
    assert record["container-title"] == "Annales 12" and record["volume"] == "3"


def test_a_count_of_volumes_ending_a_title_is_the_number_of_volumes():
    record = normalize_fields([("title", "A History of the Levant Trade, 1600-1825, 2 vols."), ("date", "1931")]).record
    assert record["title"] == "A History of the Levant Trade, 1600-1825" and record["number-of-volumes"] == "2"


def test_a_year_in_brackets_ending_an_unquoted_title_is_its_date():
    record = normalize_fields([("author", "Rosa Luxemburg"), ("title", "Reform or Revolution (1900),")]).record
    assert record["title"] == "Reform or Revolution" and record["issued"]["date-parts"] == [[1900]]
    # a quoted title keeps it; a cite with a date of its own keeps it in the title
    record = normalize_fields([("title", "“Theses of the Left Communists (1918)”")]).record
    assert record["title"] == "Theses of the Left Communists (1918)" and "issued" not in record
    record = normalize_fields([("title", "Reform or Revolution (1900)"), ("date", "1986")]).record
    assert record["title"] == "Reform or Revolution (1900)" and record["issued"]["date-parts"] == [[1986]]


def test_an_abbreviation_bracketed_after_a_title_is_its_short_title():
    from notecite.normalize import normalize_fields
    from notecite.normalize.titles import abbreviation_out

    assert abbreviation_out("Marx and Engels Collected Works (MECW") == ("Marx and Engels Collected Works", "MECW")
    assert abbreviation_out("History and Class Consciousness (HCC)") == ("History and Class Consciousness", "HCC")
    assert abbreviation_out("Politics in the Soviet Union (USA)") == ("Politics in the Soviet Union (USA)", None)
    assert abbreviation_out("(MECW)") == ("(MECW)", None)
    record = normalize_fields([("author", "Karl Korsch"), ("title", "Three Essays"), ("container-title", "in Collected Writings (CW)"),
                               ("volume", "vol. 2"), ("location", "Berlin"), ("publisher", "Verlag"), ("date", "1980")],
                              kind="full").record
    assert record["container-title"] == "Collected Writings" and record["container-title-short"] == "CW"


def test_a_container_opening_on_in_before_a_lower_case_word_keeps_it():
    from notecite.normalize.titles import clean_container

    assert clean_container("In the Wake: On Blackness and Being") == "In the Wake: On Blackness and Being"
    assert clean_container("in The Collected Works") == "The Collected Works"
    assert clean_container("In: Die Zeit") == "Die Zeit"
def test_a_container_loses_the_lower_case_the_of_its_sentence_but_keeps_its_own_the():
    from notecite.normalize.titles import clean_container
    assert clean_container("in the American Historical Review") == "American Historical Review"
    assert clean_container("the Massachusetts Centinel") == "Massachusetts Centinel"
    assert clean_container("The Liberator") == "The Liberator"
    assert clean_container("in The Nation") == "The Nation"
    assert clean_container("theory Today") == "theory Today"


def test_words_saying_a_title_was_cited_before_leave_it_and_make_a_short_form():
    from notecite.normalize import normalize_fields
    from notecite.normalize.titles import without_cited_before

    assert without_cited_before("Memoirs of the reign of Queen Elisabeth, antes citadas") == "Memoirs of the reign of Queen Elisabeth"
    assert without_cited_before("Histoire de France, déjà citée") == "Histoire de France"
    assert without_cited_before("Das Kapital, oben angeführt") == "Das Kapital"
    assert without_cited_before("Memoirs") is None and without_cited_before("antes citadas") is None
    cite = normalize_fields([("title", "Memoirs of the reign, antes citadas")], kind="full")
    assert cite.kind == "short" and cite.record["title-short"] == "Memoirs of the reign"


def test_an_exhibition_catalogue_marker_ending_a_title_is_its_genre():
    record = normalize_fields([("author", "Ann Lee"), ("title", "Mill Towns: The North, 1914–1947, exh. cat."),
                               ("location", "Leeds"), ("publisher", "Hall"), ("date", "1993")], kind="full").record
    assert record["title"] == "Mill Towns: The North, 1914–1947" and record["genre"] == "exhibition catalogue"
    plain = normalize_fields([("title", "Catalogues of the North")], kind="full").record
    assert plain["title"] == "Catalogues of the North" and "genre" not in plain


@pytest.mark.parametrize("text, title", [
    ("“‘Left-Wing’ Communism: An Infantile Disorder,”", "‘Left-Wing’ Communism: An Infantile Disorder"),
    ("“‘Stuff Happens’: A Brief Overview,”", "‘Stuff Happens’: A Brief Overview"),
    ("‘The origins of appeasement’,", "The origins of appeasement"),
    ("‘Don’t Mourn’,", "Don’t Mourn"),
])
def test_a_quoted_phrase_opening_a_title_keeps_its_quotes_and_quotes_around_a_title_go(text, title):
    assert clean_title(text)[0] == title


def test_a_united_nations_document_symbol_ending_a_title_is_its_number():
    record = normalize_fields([("title", "Sixth Committee, UN document, A/C.6/ SR.83")], kind="full").record
    assert record["title"] == "Sixth Committee" and record["number"] == "A/C.6/SR.83"
    plain = normalize_fields([("title", "The UN and its documents")], kind="full").record
    assert plain["title"] == "The UN and its documents" and "number" not in plain


def test_a_series_volume_named_in_the_title_gives_its_number():
    from notecite.normalize import normalize_fields

    record = normalize_fields([("title", "Foreign Relations of the United States, 1949, vol. IX, The Far East; China")]).record
    assert record["volume"] == "IX" and record["type"] == "book"
    assert "volume" not in normalize_fields([("title", "The Far East, vol. IX")]).record  # no years: not a series' volume


def test_a_description_before_entitled_and_a_quotation_is_no_part_of_the_title():
    from notecite.normalize.titles import clean_title, description_out

    assert description_out("memorandum entitled “On Publications by the Department of State,”") == (
        "“On Publications by the Department of State,”", "memorandum")
    assert clean_title("draft document entitled, “Division of Information Duties and Functions,”") == (
        "Division of Information Duties and Functions", True, "draft document")
    assert description_out("The Man Entitled “Trotsky”") == ("The Man Entitled “Trotsky”", "")


def test_an_items_genre_opening_its_periodicals_name_is_its_genre():
    record = normalize_fields([("title", "“Why We Oppose the Marshall Plan,”"), ("container-title", "editorial, Labor Action,"),
                               ("date", "January 19, 1948.")]).record
    assert record["container-title"] == "Labor Action" and record["genre"] == "editorial"
    record = normalize_fields([("title", "“Notes,”"), ("container-title", "Review of Politics,")]).record
    assert record["container-title"] == "Review of Politics" and "genre" not in record  # a capital: the name itself


def test_a_container_opening_on_in_after_the_joining_word_keeps_it():
    note = 'Leon Trotsky, "The USSR in War," September 25, 1939, in In Defense of Marxism, 3–21.'
    assert clean_container("In Defense of Marxism", note) == "In Defense of Marxism"
    assert clean_container("In Inprecorr", "Serge, In Inprecorr, 12.") == "Inprecorr"


@pytest.mark.parametrize("title, original, translation", [
    ("Moja pot [My Way]", "Moja pot", "My Way"),
    ("Stari časi ob reki [Old Times by the River]", "Stari časi ob reki", "Old Times by the River"),
    ("Zgodovina. Ljudje med dvema vojnama [History. People between Two Wars]", "Zgodovina. Ljudje med dvema vojnama",
     "History. People between Two Wars"),
])
def test_an_english_translation_in_brackets_after_a_title_goes_to_the_note(title, original, translation):
    record = normalize_fields([("author", "Novak"), ("title", title), ("date", "1999")]).record
    assert record["title"] == original and record["note"] == f"translated title: {translation}"


@pytest.mark.parametrize("title", [
    "West Hartford Men Buy Two Buildings [Kingswood Market]",  # an English title in title case
    "Notes on the Town [Executive Director]",  # an English title
    "Stari časi [Old times]",  # no title case inside the brackets
    "Stari časi [Roe]",  # one word: a name supplied
    "Stari časi [Roe 1999]",  # an author-date reference
])
def test_other_brackets_ending_a_title_stay_in_it(title):
    record = normalize_fields([("author", "Novak"), ("title", title), ("date", "1999")]).record
    assert record["title"] == title and "note" not in record
