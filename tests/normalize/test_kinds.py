"""The historians' reference kinds: letters, interviews, archival items, newspapers by day, papers, web pages."""
from __future__ import annotations

import pytest

from notecite.normalize import normalize_fields
from notecite.normalize.kinds import find_kinds, recognize


def families(names):
    return [n.get("family") or n.get("literal") for n in names]


def test_a_letter_kept_in_an_archive_has_author_recipient_date_archive_and_shelfmarks():
    found = recognize("Emma Goldman to Alexander Berkman, 14 October 1929, in Emma Goldman Papers, "
                      "box 12, folder 4, Tamiment Library, New York.")
    record = found.record
    assert found.kind == "letter" and record["type"] == "personal_communication"
    assert families(record["author"]) == ["Goldman"] and families(record["recipient"]) == ["Berkman"]
    assert record["issued"] == {"date-parts": [[1929, 10, 14]]}
    assert record["archive"] == "Tamiment Library" and record["archive-place"] == "New York"
    assert record["archive_location"] == "Emma Goldman Papers, box 12, folder 4"
    assert record["title"] == "Goldman to Berkman"
    assert record["title-short"] == "Emma Goldman to Alexander Berkman"  # the names as printed


def test_each_reading_of_a_clause_is_the_callers_own():
    text = "Emma Goldman to Alexander Berkman, 14 October 1929, in Emma Goldman Papers, box 12, folder 4."
    first = recognize(text)
    first.record["author"][0]["family"] = "Changed"
    first.record["issued"]["date-parts"][0][0] = 1
    first.context["note"] = "changed"
    again = recognize(text)  # read again (kept from the first reading): none of the caller's changes
    assert families(again.record["author"]) == ["Goldman"] and again.record["issued"] == {"date-parts": [[1929, 10, 14]]}
    assert again.context == {}


def test_a_letter_is_titled_with_the_word_for_to_as_printed():
    assert recognize("Montcalm au Ministre, 12 juin 1757.").record["title"] == "Montcalm au Ministre"
    assert recognize("Marx an Engels, 7. Mai 1867.").record["title"] == "Marx an Engels"


@pytest.mark.parametrize("text", [
    "Homage to Catalonia (1938)",  # a book's title and its year in brackets
    "Orwell's Homage to Catalonia (1938) tells the same story from below.",  # a possessive inside the "sender"
    "The Conservative party from Peel to Churchill (London, 1970)",
])
def test_a_title_of_the_shape_x_to_y_is_no_letter(text):
    assert all(found.kind != "letter" for _, _, found in find_kinds(text))
    assert [found.kind for _, _, found in find_kinds("Orwell to Connolly, 3 May 1938")] == ["letter"]


def test_a_letters_sender_or_recipient_may_open_on_a_particle():
    found = recognize("Selim, letter to al-Husri, 23 September 1943, in RT, 159.")
    assert found.record["recipient"] == [{"family": "al-Husri"}] and found.record["title"] == "Selim to al-Husri"
    assert found.locator == "159" and found.record["container-title"] == "RT"
    found = recognize("de Gaulle to Churchill, 3 June 1944, FO 371/1234.")
    assert found.record["author"] == [{"family": "Gaulle", "non-dropping-particle": "de"}]
    assert found.record["title"] == "de Gaulle to Churchill"
    assert recognize("the Papers to Churchill, 3 June 1944.") is None  # a lower-case word is no name


def test_a_letter_printed_with_family_names_only_has_no_second_title():
    assert "title-short" not in recognize("Goldman to Berkman, 14 October 1929.").record


@pytest.mark.parametrize("text, title", [("7 Stat. 212.", "7 Stat. 212"), ("12 Stat., 48", "12 Stat., 48"),
                                         ("19 Stat. L. 116", "19 Stat. L. 116"), ("18 U.S.C. 793, et seq.", "18 U.S.C. 793")])
def test_a_statute_is_legislation_titled_by_its_cite_as_printed(text, title):
    found = recognize(text)
    assert found.kind == "statute" and found.record["type"] == "legislation"
    assert found.record["title"] == title and found.locator is None  # the page names the law, it is no pinpoint


def test_a_statute_keeps_the_date_after_it_and_a_count_of_stations_is_none():
    assert recognize("4 Stat. 310, March 2, 1831, sec. 3").record["issued"] == {"date-parts": [[1831, 3, 2]]}
    assert recognize("14 Stations of the Cross, 1902") is None


def test_a_statute_cite_drops_the_parsers_pinpoint():
    cite = normalize_fields([("volume", "7"), ("container-title", "Stat.")], locator="212", text="7 Stat. 212.")
    assert cite.record["type"] == "legislation" and cite.record["title"] == "7 Stat. 212" and cite.locator is None


def test_a_letter_printed_in_a_collection_has_the_collection_as_container_and_a_pinpoint():
    found = recognize("Engels to Bebel, March 18, 1875, in The Selected Correspondence of Marx and Engels, vol. 2, 293.")
    assert found.record["container-title"] == "The Selected Correspondence of Marx and Engels"
    assert found.record["volume"] == "2" and found.locator == "293"
    assert "archive" not in found.record
    # the volume glued to the title and the pages after a colon (MECW 49: 33–37)
    found = recognize("Engels to Bloch, 21–22 September 1890, in MECW 49: 33–37.")
    assert (found.record["container-title"], found.record["volume"], found.locator) == ("MECW", "49", "33–37")
    found = recognize("Engels to Bloch, 21–22 September 1890, RG 59: 33.")  # no "in": an archive's mark stays whole
    assert "volume" not in found.record
    found = recognize("Marx to Engels, April 16, 1856, MECW 40: 41.")  # an edition's initials need no "in"
    assert (found.record["container-title"], found.record["volume"], found.locator) == ("MECW", "40", "41")


def test_a_page_joined_by_and_to_the_archive_of_the_original_is_the_pinpoint_alone():
    found = recognize("Adams to Seward, August 16, 1861 in Message, 1861, pp. 127–128 and NARA, RG 84, "
                      "Despatches to the Department of State, Vol. 22")
    assert found.locator == "pp. 127–128"
    assert found.record["archive"] == "NARA" and found.record["archive_location"].startswith("RG 84, Despatches")
    assert found.record["container-title"] == "Message" and found.record["note"] == "1861"  # printed in, as "in X, 1861"


def test_a_letter_printed_in_a_book_with_its_imprint_and_kept_in_an_archive_keeps_both():
    found = recognize("Adams to Seward, April 3, 1863 in Message of the President, and Accompanying Documents, Part I "
                      "(Washington: Government Printing Office, 1864) (hereafter Message, 1863), pp. 221–226 and NARA, "
                      "RG 84, Despatches to the Department of State, Vol. 23.")
    record = found.record
    assert found.locator == "pp. 221–226"
    assert record["container-title"] == "Message of the President, and Accompanying Documents, Part I"
    assert record["publisher"] == "Government Printing Office" and record["publisher-place"] == "Washington"
    assert record["archive"] == "NARA" and record["archive_location"].startswith("RG 84, Despatches")
    book = found.printed_in
    assert book["title"] == record["container-title"] and book["title-short"] == "Message, 1863"
    assert book["issued"] == {"date-parts": [[1864]]}
    # an imprint after the archive's marks is no book's
    found = recognize("Adams to Seward, April 3, 1863, NARA, RG 84, Despatches, Vol. 23 (Washington: GPO, 1864).")
    assert found.printed_in is None


def test_an_item_attached_after_its_pages_and_a_memorandum_of_conversation_read_apart():
    text = ("Selin testimony, February 27, 1991, pp. 94–96 attached to Mueller to Kennedy, March 12, 1991, "
            "Department of State, CDC Lot File 95D113, Box 2.")
    letters = [found.record for _, _, found in find_kinds(text) if found.kind == "letter"]
    assert [r["title"] for r in letters] == ["Mueller to Kennedy"]
    text = ("Ann Roe, “Towns,” New York Times, May 8, 1990, p. A29 and Department press briefing, May 8, 1990, pp. B-2–4, "
            "Department of State, CDC Lot File 95D113, Box 3.")
    assert [found.record.get("title") for _, _, found in find_kinds(text)][-1] == "Department press briefing"
    text = ("Memorandum of conversation among Blayney, Carrick, and Galloway, July 13, 1981 attached to McManaway to "
            "Eagleburger, July 24, 1981, Department of State, CDC Lot File 95D113, Box 4.")
    assert [(found.record["title"], found.record["issued"]) for _, _, found in find_kinds(text)] == [
        ("Memorandum of conversation among Blayney, Carrick, and Galloway", {"date-parts": [[1981, 7, 13]]}),
        ("McManaway to Eagleburger", {"date-parts": [[1981, 7, 24]]})]
    found = recognize("Memorandum of conversation, May 2, 1980, Department of State, Lot File 04D114, Box 3.")
    assert found.record["title"] == "Memorandum of conversation" and "author" not in found.record


def test_an_item_described_in_words_and_attached_to_a_letter_is_an_item_of_its_own():
    text = ("See draft report of 1961 HAC meeting attached to Leland Goodrich to Noble, January 5, 1962, "
            "Department of State, HAC Lot File 96D292, Box 1.")
    (start, end, item), (_, _, letter) = find_kinds(text)
    assert text[start:end] == "draft report of 1961 HAC meeting" and item.kind == "archival" and not item.read_alone
    assert item.record == {"type": "manuscript", "title": "draft report of 1961 HAC meeting",
                           "archive": "Department of State", "archive_location": "HAC Lot File 96D292, Box 1"}
    assert letter.record["title"] == "Goodrich to Noble"
    # its own date and pages; a writer's paper by the writer; a quoted title, what follows it a note
    for described, title, fields, locator in [
            ("Selin testimony, February 27, 1991, pp. 94–96", "Selin testimony", {"issued": {"date-parts": [[1991, 2, 27]]}},
             "94–96"),
            ("Morefield talking points, August 6, 1990", "Morefield talking points",
             {"issued": {"date-parts": [[1990, 8, 6]]}, "author": [{"family": "Morefield"}]}, None),
            ("“Review of the Committee,” revised by Slany, November 2, 1987", "Review of the Committee",
             {"note": "revised by Slany", "issued": {"date-parts": [[1987, 11, 2]]}}, None)]:
        text = f"{described} attached to Mueller to Kennedy, March 12, 1991, Department of State, CDC Lot File 95D113, Box 2."
        item = find_kinds(text)[0][2]
        assert item.record["title"] == title and item.locator == locator, text
        assert {k: item.record[k] for k in fields} == fields, text
    # a description after prose, with an unclosed bracket or a file without a description gives no item
    for described in ("For the HAC’s reports, see report of 1984 HAC meeting", "Draft memorandum (appendix to a study",
                      "Department of State, 1989 P-Reels, P890097–1170 through 1173"):
        text = f"{described} attached to Kuehl to Shultz, March 11, 1985, Department of State, HAC Lot File 96D292, Box 4."
        titles = [found.record.get("title") for _, _, found in find_kinds(text)]
        assert titles[-1] == "Kuehl to Shultz" and (titles[:-1] in ([], ["report of 1984 HAC meeting"])), text


def test_a_department_keeping_files_and_their_marks_is_an_archive_not_a_container():
    record = recognize("Redman to Spiers, June 2, 1987, Department of State, 1987 P-Reels, P870103–1398 through 1404.").record
    assert record["archive"] == "Department of State" and "container-title" not in record
    assert record["archive_location"] == "1987 P-Reels, P870103–1398 through 1404"


def test_a_document_named_by_its_genre_and_a_long_title_to_its_day_is_a_manuscript():
    found = recognize("A List of the Officers who were present, and of those killed and wounded, in the Action on the "
                      "Banks of the Monongahela, 9 July, 1755 (Public Record Office, America and West Indies, LXXXII.).")
    record = found.record
    assert record["type"] == "manuscript" and record["issued"] == {"date-parts": [[1755, 7, 9]]}
    assert record["title"].startswith("A List of the Officers who were present, and of those killed") \
        and record["title"].endswith("Monongahela")
    assert record["archive"] == "Public Record Office"
    found = recognize("Liste des Officiers, Soldats, et Sauvages de Canada qui ont été tués et blessés le 9 Juillet, 1755.")
    assert found.record["title"] == "Liste des Officiers, Soldats, et Sauvages de Canada qui ont été tués et blessés"
    assert recognize("List of officers, 1755.") is None  # no day, no such document


def test_a_letter_read_online_in_an_edition_of_papers_is_printed_in_it():
    record = recognize("William Short to Thomas Jefferson, 2 October 1788, Papers of Thomas Jefferson, "
                       "http://rotunda.upress.virginia.edu/founders/TSJN-01-13-02-0531.").record
    assert record["container-title"] == "Papers of Thomas Jefferson" and "archive_location" not in record
    record = recognize("Short to Jefferson, 2 October 1788, Jefferson Papers, Library of Congress.").record
    assert "container-title" not in record  # papers kept in an archive, not read online


def test_an_official_letter_names_its_genre_and_an_office_as_recipient():
    found = recognize("Hugh Gibson despatch to Secretary of State, May 2, 1921, 861.00/8123, RG 59, National Archives, "
                      "Washington, DC, p. 4")
    record = found.record
    assert record["genre"] == "despatch" and record["recipient"] == [{"literal": "Secretary of State"}]
    assert record["title"] == "Gibson to Secretary of State"
    assert "861.00/8123" in record["archive_location"] and "RG 59" in record["archive_location"]
    assert record["archive"] == "National Archives" and found.locator == "p. 4"


def test_recipients_ending_on_et_al_keep_it_in_the_title_but_not_among_the_names():
    found = recognize("Ronald Reagan memorandum for Secretary of State, et al., November 12, 1985, P860009-1020, "
                      "DoS P-Reels")
    record = found.record
    assert record["recipient"] == [{"literal": "Secretary of State"}]
    assert record["title"] == "Reagan to Secretary of State, et al."
    assert record["issued"] == {"date-parts": [[1985, 11, 12]]}
    # the file number alone after the date is where the memorandum is filed, not a container
    assert "container-title" not in record and record["archive_location"].startswith("P860009-1020")


def test_a_committee_named_at_length_is_a_letters_recipient():
    found = recognize("McManaway to Oversight Committee for the Department’s Information Security Program (E.O. 12065), "
                      "May 27, 1980, Department of State, FRUS Clearance Lot File 04D114, Box 3")
    record = found.record
    assert found.kind == "letter" and families(record["author"]) == ["McManaway"]
    assert record["title"] == "McManaway to Oversight Committee for the Department’s Information Security Program"
    assert record["issued"] == {"date-parts": [[1980, 5, 27]]}


def test_members_of_a_committee_are_a_letters_recipient():
    found = recognize("Trask to members of the Advisory Committee on Historical Diplomatic Documentation, June 11, 1980, "
                      "Department of State, FRUS Clearance Lot File 04D114, Box 3")
    assert found.record["type"] == "personal_communication" and families(found.record["author"]) == ["Trask"]
    assert found.record["recipient"] == [{"literal": "members of the Advisory Committee on Historical Diplomatic Documentation"}]


def test_a_group_written_in_lower_case_after_all_is_a_recipient():
    cable = recognize("Ronald Spiers cable to all diplomatic posts, February 25, 1986, 1986 State 057676")
    assert cable.record["recipient"] == [{"literal": "all diplomatic posts"}]
    assert cable.record["title"] == "Spiers to all diplomatic posts" and cable.record["genre"] == "cable"
    letter = recognize("Lenin to all party organisations, 5 March 1918")
    assert letter.kind == "letter" and letter.record["recipient"] == [{"literal": "all party organisations"}]
    # lower-case words without "all" are still prose, not a recipient
    assert recognize("Lenin to party organisations, 5 March 1918") is None
    # a capitalised group joined by "and": one recipient, named as printed
    posts = recognize("Secretary of State to All Diplomatic and Consular Posts, November 3, 1979, Department of State")
    assert posts.record["recipient"] == [{"literal": "All Diplomatic and Consular Posts"}]
    assert posts.record["title"] == "Secretary of State to All Diplomatic and Consular Posts"


def test_a_person_named_after_their_office_is_the_name_and_the_office_is_dropped():
    davis = recognize("Acting Secretary Norman Davis to Smoot, May 3, 1921")
    assert davis.record["author"] == [{"given": "Norman", "family": "Davis"}]
    assert davis.record["title"] == "Davis to Smoot"
    dawes = recognize("Carr to Treasury Department Budget Bureau Director Charles Dawes, June 1, 1922")
    assert dawes.record["recipient"] == [{"given": "Charles", "family": "Dawes"}]
    smith = recognize("Secretary of State Robert Smith to Quincy, January 6, 1810")
    assert smith.record["title"] == "Smith to Quincy"
    hardy = recognize("Governor Hardy to Pownall, 4 May 1756")  # one name after the office
    assert hardy.record["author"] == [{"family": "Hardy"}] and hardy.record["title"] == "Hardy to Pownall"
    clerk = recognize("Chief Clerk J. A. Dix to Seward, June 2, 1862")
    assert clerk.record["author"] == [{"given": "J. A.", "family": "Dix"}]
    assert recognize("Governor General to Pownall, 4 May 1756").record["author"] == [{"literal": "Governor General"}]
    # an office alone, or an office with its "of" phrase and no person after it, stays as printed
    office = recognize("Gibson despatch to Minister of Foreign Affairs, May 2, 1921")
    assert office.record["recipient"] == [{"literal": "Minister of Foreign Affairs"}]


def test_places_in_brackets_after_sender_and_recipient_give_where_the_letter_was_written():
    found = recognize("Herrick (Paris) to Secretary of State (Washington), August 2, 1914")
    assert found.record["title"] == "Herrick to Secretary of State"
    assert found.record["event-place"] == "Paris" and found.record["issued"] == {"date-parts": [[1914, 8, 2]]}
    telegram = recognize("Telegram from Herrick (Paris) to Bryan (Washington DC) Received July 31, 1914")
    assert telegram.record["title"] == "Herrick to Bryan" and telegram.record["event-place"] == "Paris"


def test_a_remark_in_brackets_after_the_sender_is_a_note_not_the_place_it_was_written():
    found = recognize("Lawrence Houston (with covering memorandum) to Gleason, March 16, 1970")
    assert found.record["title"] == "Houston to Gleason" and "event-place" not in found.record
    assert found.record["note"] == "with covering memorandum"
    schuyler = recognize("Eugene Schuyler (chargé d'affaires in Russia) to Fish, October 6, 1876")
    assert "event-place" not in schuyler.record and schuyler.record["note"] == "chargé d'affaires in Russia"


def test_an_acting_sender_in_brackets_is_no_place_and_two_such_letters_joined_by_and_are_two():
    text = ("Chester Bowles (Acting) to U.S. Embassy Paris, May 9, 1961 and Chester Bowles (Acting) to U.S. Embassy "
            "London, May 9, 1961 in NARA, RG 59, CDF 1960–1963")
    items = [found.record for _, _, found in find_kinds(text)]
    assert [r["title"] for r in items] == ["Bowles to U.S. Embassy Paris", "Bowles to U.S. Embassy London"]
    assert "event-place" not in items[0] and items[0]["note"] == "Acting"


def test_an_extract_or_translation_in_a_collection_is_the_letter_printed_there():
    for word in ("extract", "translation", "copy"):
        found = recognize(f"Duquesne à Le Loutre, 15 Oct. 1754; {word} in Public Documents of Nova Scotia, 239.")
        assert found.record["container-title"] == "Public Documents of Nova Scotia" and found.locator == "239", word
        assert "note" not in found.record


def test_a_date_in_brackets_after_the_recipient_closes_before_the_collection():
    found = recognize("Engels to Bebel (18 March 1875), in Selected Correspondence, 293")
    assert found.record["issued"] == {"date-parts": [[1875, 3, 18]]}
    assert found.record["container-title"] == "Selected Correspondence" and found.locator == "293"


def test_a_recipient_whose_surname_is_a_common_word_is_kept_when_the_letter_has_a_day_date():
    found = recognize("Hanna to Day, May 7, 1901, LCM, Day Papers, Box 15")
    assert found.record["title"] == "Hanna to Day" and found.record["recipient"] == [{"family": "Day"}]
    assert recognize("Hanna to Day, 1901") is None  # a year alone does not make "Day" a person


def test_letters_of_several_days_of_one_year_are_dated_by_the_first_and_keep_the_others():
    found = recognize("Braddock to Robinson, 18 March, 19 April, 5 June, 1755, etc.")
    assert found.record["issued"] == {"date-parts": [[1755, 3, 18]]}
    assert found.record["note"] == "18 March, 19 April, 5 June, 1755"
    assert "container-title" not in found.record  # "etc." is no field


def test_a_letter_between_two_people_of_one_family_is_titled_by_their_names_as_printed():
    found = recognize("Charles Marsh to George Perkins Marsh, January 30, February 12, and February 17, 1872, "
                      "University of Vermont, George P. Marsh Papers")
    assert found.record["title"] == "Charles Marsh to George Perkins Marsh"
    assert found.record["issued"] == {"date-parts": [[1872, 1, 30]]}
    assert found.record["recipient"] == [{"given": "George Perkins", "family": "Marsh"}]


def test_a_letter_cited_recipient_first_names_its_sender_after_from():
    found = recognize("Letter to Hargreaves from T. B. Oakley, Midland Area Miners Union, March 4th 1947, Box 7")
    record = found.record
    assert record["type"] == "personal_communication" and record["title"] == "Oakley to Hargreaves"
    assert record["author"] == [{"given": "T. B.", "family": "Oakley"}] and record["recipient"] == [{"family": "Hargreaves"}]
    assert record["note"] == "Midland Area Miners Union" and record["issued"] == {"date-parts": [[1947, 3, 4]]}
    placed = recognize("Memo to Lindqvist from Barrow, Geneva, 2 June 1951")
    assert placed.record["event-place"] == "Geneva" and "note" not in placed.record


def test_a_letter_from_an_office_after_a_dash_and_dated_is_from_that_office():
    found = recognize("Letter to Hargreaves from Party Regional Agent - dated June 2nd 1946")
    record = found.record
    assert record["author"] == [{"literal": "Party Regional Agent"}]
    assert record["title"] == "Party Regional Agent to Hargreaves" and record["issued"] == {"date-parts": [[1946, 6, 2]]}


@pytest.mark.parametrize("text", [
    "Jane Roe memorandum to Review Board for the Records Program of the Agency (EO 123) [henceforth Review Board], "
    "May 2, 1979, Roe Papers",
    "Jane Roe memorandum to Review Board for Historical Records (hereafter Review Board), May 2, 1979, Roe Papers",
])
def test_a_recipient_named_at_length_then_henceforth_is_the_short_name(text):
    record = recognize(text).record
    assert record["recipient"] == [{"literal": "Review Board"}] and record["title"] == "Roe to Review Board"
    assert record["issued"] == {"date-parts": [[1979, 5, 2]]} and record["note"].startswith("to Review Board for ")


def test_what_was_sent_with_a_letter_goes_to_its_note():
    found = recognize("Trend to Coldstream and accompanying documents, June 5, 1964")
    assert found.record["title"] == "Trend to Coldstream" and found.record["note"] == "with accompanying documents"
    assert found.record["issued"] == {"date-parts": [[1964, 6, 5]]}
    memo = recognize("Hugh Gibson despatch to Secretary of State with enclosures, May 2, 1921, 861.00/8123")
    assert memo.record["title"] == "Gibson to Secretary of State" and memo.record["note"] == "with enclosures"


def test_what_was_sent_with_a_letter_in_brackets_after_its_recipient_goes_to_its_note():
    found = recognize("Anna Field to Peter Stone (with attached Lowe, “Guidance for Readers”), March 4, 1962, "
                      "NARA, RG 59, Box 2.")
    assert found.record["title"] == "Field to Stone" and found.record["issued"] == {"date-parts": [[1962, 3, 4]]}
    assert found.record["note"].startswith("with attached Lowe, “Guidance for Readers”")
    assert found.record["archive"] == "NARA"
    dated = recognize("Carl Munro to Tate (with agreed minutes, May 1, 1950), May 3, 1950, Box 4")
    assert dated.record["title"] == "Munro to Tate" and dated.record["issued"] == {"date-parts": [[1950, 5, 3]]}
    assert dated.record["note"] == "with agreed minutes, May 1, 1950"


def test_a_letter_to_several_recipients_listed_with_and_names_them_all():
    found = recognize("Hale to Ann Moss, Bo Reed, and Cy Lund, October 2, 1957, NARA, RG 59")
    assert families(found.record["recipient"]) == ["Moss", "Reed", "Lund"]
    assert found.record["title"] == "Hale to Moss, Reed and Lund"
    assert found.record["issued"] == {"date-parts": [[1957, 10, 2]]}
    # a name then a date is no list: the letter is to one person, printed in a volume
    one = recognize("Hale to Moss, April 27, 1861, Papers, 1861, p. 83.")
    assert families(one.record["recipient"]) == ["Moss"] and one.locator == "p. 83"


def test_a_letter_attached_to_another_letter_gives_two_items():
    text = ("Hale to Ann Moss, Bo Reed, and Cy Lund, October 2, 1957 attached to Gray through Tom Lee to Cole, "
            "October 4, 1957, NARA, RG 59, 023.1/10–457.")
    items = [(text[s:e], found.record["title"]) for s, e, found in find_kinds(text)]
    assert [title for _, title in items] == ["Hale to Moss, Reed and Lund", "Gray through Lee to Cole"]
    assert items[1][0].startswith("Gray through Tom Lee to Cole")


def test_a_leaf_number_after_a_letters_date_and_before_its_archive_is_the_pinpoint():
    found = recognize("Ana Ruiz, letter to Pedro Gil, 10 August 1893, 15v, AHN, Fondo Gil.")
    assert found.locator == "15v" and found.record["archive"] == "AHN"
    assert found.record["issued"] == {"date-parts": [[1893, 8, 10]]}
    assert recognize("Ruiz, letter to Gil, 2 May 1894, 28, AHN, Fondo Gil.").locator == "28"
    # a number that ends the cite is its pinpoint too
    assert recognize("Ruiz to Gil, 2 May 1894, 28").locator == "28"


def test_for_sends_a_letter_only_with_its_genre_named():
    assert recognize("Labour MP for Bosworth, Leicestershire, 1959–70.") is None  # an office held, not a letter
    memo = recognize("Ann Roe memorandum for Tom Lee, June 3, 1941, 800.51/1200")
    assert memo.record["title"] == "Roe to Lee" and memo.record["genre"] == "memorandum"


def test_an_email_to_the_notes_author_is_titled_by_its_genre_as_printed():
    found = recognize("Ann Roe, email to authors, 5 January 2022.")
    assert found.record["type"] == "personal_communication" and found.record["title"] == "Email to authors"
    assert families(found.record["author"]) == ["Roe"] and found.record["issued"] == {"date-parts": [[2022, 1, 5]]}
    assert recognize("Tom Lee, e-mail message to author, March 3, 2020.").record["title"] == "E-mail message to author"
    # without a genre, sender and recipient title it
    assert recognize("Lee to the author, March 3, 2020").record["title"] == "Lee to the author"


def test_an_archival_source_in_brackets_after_a_sentence_is_the_item_without_the_sentence():
    found = recognize("Lee also persuaded the Minister to make an unscheduled visit to the island "
                      "(Lee interview, 1973–4, NLA: TRC 121/65, 5:2/20).")
    assert found.kind == "archival" and found.record["title"] == "Lee interview"
    assert found.record["issued"] == {"date-parts": [[1973], [1974]]}
    assert (found.record["archive"], found.record["archive_location"]) == ("NLA", "TRC 121/65")


def test_a_filed_item_opening_on_its_genre_keeps_the_genre_number_and_archive():
    letter = recognize("Letter, Hay to Ann Lowe, 14 October 1969, NAA: A452, 1969/4167.")
    assert letter.record["title"] == "Hay to Lowe" and "genre" not in letter.record
    assert (letter.record["archive"], letter.record["archive_location"]) == ("NAA", "A452, 1969/4167")
    telex = recognize("telex 288, Lowe to Hay, 25 February 1969, NAA: A452, 1968/5717.")
    assert (telex.record["genre"], telex.record["number"]) == ("telex", "288")
    assert telex.record["issued"] == {"date-parts": [[1969, 2, 25]]} and telex.record["archive"] == "NAA"
    # an archive's initials and a colon after a letter's date: where it is kept
    plain = recognize("Hay to Lowe, 14 October 1969, UKNA: CAB 129/128/2.")
    assert (plain.record["archive"], plain.record["archive_location"]) == ("UKNA", "CAB 129/128/2")


def test_a_filed_item_the_note_cannot_date_is_still_a_letter_with_its_file_and_part():
    letter = recognize("Letter, Lowe to Hay, n.d., TNA: FO 371/1234.")
    assert letter.record["type"] == "personal_communication" and letter.record["title"] == "Lowe to Hay"
    assert "issued" not in letter.record and letter.record["archive"] == "TNA"
    submission = recognize("Submission, Lowe to Hay, undated, NAA: A1838, 3036/1411/6 part 12.")
    assert (submission.record["genre"], submission.record["recipient"]) == ("submission", [{"family": "Hay"}])
    assert (submission.record["archive"], submission.record["archive_location"]) == ("NAA", "A1838, 3036/1411/6 part 12")


def test_a_sentence_saying_where_an_item_is_kept_names_the_item_and_its_marks():
    found = recognize("The UK record of these talks is at UKNA: FCO 46/56.")
    assert (found.record["title"], found.record["archive"], found.record["archive_location"]) == (
        "The UK record of these talks", "UKNA", "FCO 46/56")


def test_a_persons_unpublished_writing_named_by_its_kind_is_a_manuscript_cited_by_page():
    found = recognize("W A Roe unpublished memoirs p59")
    assert found.record == {"type": "manuscript", "title": "unpublished memoirs",
                            "author": [{"given": "W. A.", "family": "Roe"}]} and found.locator == "59"
    found = recognize("Ann Lee, unpublished diary, 3 May 1967, Bodleian Library, MS Lee 12.")
    assert found.record["issued"] == {"date-parts": [[1967, 5, 3]]} and found.record["archive"] == "Bodleian Library"
    assert recognize("The unpublished memoirs of 1920 p59") is None  # no one's


def test_a_filed_item_from_a_body_names_its_writer_in_brackets():
    memo = recognize("Memorandum, DODA (Ann Lowe) to Administration, 24 October 1969, NAA: A452, 1969/2898.")
    assert memo.record["author"] == [{"given": "Ann", "family": "Lowe"}]
    assert memo.record["title"] == "DODA (Ann Lowe) to Administration" and memo.record["archive"] == "NAA"
    # a person with an office in brackets writes in their own name; a place in brackets is no writer
    memo = recognize("Memorandum, Hay (Administrator) to Lowe, 24 October 1969, NAA: A452, 1969/2898.")
    assert memo.record["author"] == [{"family": "Hay"}] and memo.record["title"] == "Hay (Administrator) to Lowe"
    assert recognize("Memorandum, Hay (London) to Lowe, 24 October 1969, NAA: A452, 1969/2898.") is None  # not filed so


def test_a_letter_after_the_file_it_is_kept_in_is_one_item_with_its_archive():
    text = "TNA, FO 371/12345, Lee to Roe, 3 Mar. 1920."
    [(start, end, found)] = find_kinds(text)
    assert found.record["title"] == "Lee to Roe" and found.record["archive"] == "TNA"
    assert found.record["archive_location"] == "FO 371/12345"
    # two letters listed after their years are two items
    listed = "Hale to Moss, January 11, 1871, Ann Lee to Davis, January 21, 1871"
    assert [f.record["title"] for _, _, f in find_kinds(listed)] == ["Hale to Moss", "Lee to Davis"]


@pytest.mark.parametrize("text, title, volume, locator", [
    ("Hansard, HC Deb., 3 Mar. 1946, vol. 420, col. 1234.", "House of Commons Debates", "420", "col. 1234"),
    ("HL Deb., 5th ser., vol. 140, cols. 12–14, 4 Mar. 1946.", "House of Lords Debates", "140", "cols. 12–14"),
    ("Parliamentary Debates (Commons), 5th ser., vol. 420, col. 1234, 3 Mar. 1946.", "Parliamentary Debates (Commons)",
     "420", "col. 1234"),
    ("Commonwealth Parliamentary Debates (Hansard) vol. 212, House of Representatives, p. 486.",
     "Commonwealth Parliamentary Debates (Hansard)", "212", "p. 486"),
    ("Hansard, 3rd ser., vol. 120, col. 45 (12 Mar. 1852).", "Hansard", "120", "col. 45"),
    ("H. of C. Debs., 5th ser., lxv, 6 Aug. 1914, cols. 2073–5.", "House of Commons Debates", "lxv", "cols. 2073–5"),
    ("H.C. Deb. 5s, vol. 215, col. 45 (12 Mar. 1928).", "House of Commons Debates", "215", "col. 45"),
    ("HC Deb 12 March 1928 vol 215 c45.", "House of Commons Debates", "215", "col. 45"),  # online Hansard's form
    ("HL Deb 3 May 1990 vol 518 cc1234-6", "House of Lords Debates", "518", "cols. 1234-6"),
])
def test_a_parliaments_debates_are_a_book_of_the_series_with_volume_and_column(text, title, volume, locator):
    found = recognize(text)
    assert found.kind == "debates" and found.record["title"] == title and found.record["volume"] == volume
    assert found.locator == locator


def test_a_name_of_the_debates_without_volume_or_column_is_no_cite_of_them():
    assert recognize("Hansard of the day reported nothing of it in 1946.") is None


def test_a_title_holding_from_x_to_y_before_its_imprint_is_no_letter():
    text = "R. Lowe, The Liberal party from Peel to Asquith (London, 1970), pp. 12–13."
    assert not any(found.kind == "letter" for _, _, found in find_kinds(text))
    assert recognize("Peel to Asquith (London: Hall, 1970), p. 12") is None
    # a letter dated in a bracket with its place is one
    letter = recognize("Engels to Bebel (London, 18 March 1875), in Works, 45")
    assert letter.kind == "letter" and letter.record["issued"] == {"date-parts": [[1875, 3, 18]]}


def test_an_unaddressed_memorandum_and_a_memorandum_of_conversation_are_manuscripts_titled_by_genre():
    memo = recognize("Herbert Feis memorandum for the record, June 3, 1941, 800.51/1200")
    assert memo.record["type"] == "manuscript" and memo.record["title"] == "Memorandum for the record"
    assert families(memo.record["author"]) == ["Feis"]
    talk = recognize("memorandum of conversation between Sumner Welles and Lord Lothian, July 9, 1940, 711.41/455")
    assert talk.record["title"] == "Memorandum of conversation between Sumner Welles and Lord Lothian"
    assert talk.record["issued"] == {"date-parts": [[1940, 7, 9]]}


@pytest.mark.parametrize("text, interviewee, interviewer", [
    ("Interview with Bertha Reynolds by Joan Hart, Detroit, May 12, 1976, tape recording.", "Reynolds", "Hart"),
    ("Sam Gordon, interview by Paul Buhle, New York, 14 June 1978, audiotape, Oral History of the American Left, "
     "Tamiment Library.", "Gordon", "Buhle"),
])
def test_an_interview_has_the_interviewee_as_author_an_interviewer_a_date_and_a_medium(text, interviewee, interviewer):
    record = recognize(text).record
    assert record["type"] == "interview"
    assert families(record["author"]) == [interviewee] and families(record["interviewer"]) == [interviewer]
    assert record["issued"]["date-parts"][0][0] in (1976, 1978)
    assert record["medium"] in ("tape recording", "audiotape")


@pytest.mark.parametrize("text", [
    'Interview with Paul Buhle," Radical America 3 (March 1969',  # a quoted title's cite, its marks cut off
    "Interview with Paul Buhle,” Radical America 3 (March 1969)",
    "Interview with Paul Buhle, Radical America 3 (March 1969).",
])
def test_an_interview_printed_in_a_periodical_keeps_the_periodical(text):
    found = recognize(text)
    assert found.kind == "interview" and found.record["container-title"] == "Radical America"
    assert found.record["volume"] == "3" and found.record["issued"] == {"date-parts": [[1969, 3]]}
    assert "note" not in found.record


def test_an_interview_named_by_its_interviewer_first_has_the_interviewee_as_author():
    record = recognize("Charles Stuart Kennedy interview with Margaret Tutwiler, May 4, 1999, Library of Congress, "
                       "ADST Oral History, http://hdl.loc.gov/loc.mss/mfdip.2004tut01").record
    assert record["type"] == "interview" and families(record["author"]) == ["Tutwiler"]
    assert families(record["interviewer"]) == ["Kennedy"] and record["issued"] == {"date-parts": [[1999, 5, 4]]}
    # a possessive interviewer's piece in a paper is the paper's item
    found = recognize("Mr. Charles Grasty's interview with Marshal Foch, New York Times, February 26, 1918.")
    assert found is None or found.record["type"] != "interview"


def test_a_letter_to_the_editor_is_its_writers_item_of_the_paper():
    found = recognize("Kimball letter to the editor, “To Shed More Light on Foreign Policy,” New York Times, October 9, 1991, p. A24.")
    record = found.record
    assert record["type"] == "article-newspaper" and families(record["author"]) == ["Kimball"]
    assert record["title"] == "To Shed More Light on Foreign Policy" and record["genre"] == "letter to the editor"
    assert found.locator == "p. A24"


def test_an_interview_without_a_date_or_interviewer_in_prose_is_not_a_reference():
    assert recognize("an interview with Serge in which he spoke of 1917") is None


@pytest.mark.parametrize("text, date, place", [
    ("Interview with Olga Brandt, Antwerp, May 4, 1983.", [1983, 5, 4], "Antwerp"),
    ("Author's interview with Karl Weiss, Chicago, 1991.", [1991], "Chicago"),  # the year is the date, no page
    ("Interview by the author with Karl Weiss, June 2, 1991.", [1991, 6, 2], None),
    ("Karl Weiss, interview by the author, June 2, 1991.", [1991, 6, 2], None),
    ("Interview with Karl Weiss by the author, Chicago, June 2, 1991.", [1991, 6, 2], "Chicago"),
])
def test_an_untitled_interview_is_titled_by_its_interviewee_and_the_author_may_be_its_interviewer(text, date, place):
    found = recognize(text)
    record = found.record
    # named after the one interviewed, unless the note describes it after that name ("…, interview by the author")
    title = "Interview by the author" if text.startswith("Karl Weiss,") else "Interview with "
    assert record["type"] == "interview" and record["title"].startswith(title)
    assert record["issued"] == {"date-parts": [date]} and found.locator is None
    assert record.get("event-place") == place
    if "author" in text.lower():
        assert record["interviewer"] == [{"literal": "the author"}]


@pytest.mark.parametrize("text, outlet", [
    ("J Roe, interview for Weekly Echo, 23 September 1987; online at http://www.example.org/doc/12", "Weekly Echo"),
    ("Jane Roe, interview in the Evening Courier, June 4, 1990", "Evening Courier"),
    ("Jane Roe, radio interview on Valley Broadcasting, 3 May 1981", "Valley Broadcasting"),
])
def test_an_interview_given_to_a_paper_or_broadcaster_has_it_as_container(text, outlet):
    record = recognize(text).record
    assert record["type"] == "interview" and families(record["author"]) == ["Roe"]
    assert record["container-title"] == outlet and "interviewer" not in record


def test_a_published_interview_keeps_the_book_it_is_printed_in():
    found = recognize("Interview with Olga Brandt, in Voices of the Left, ed. Mark Hale (London: Verso, 1988), 112.")
    record = found.record
    assert record["type"] == "interview" and families(record["author"]) == ["Brandt"]
    assert record["container-title"] == "Voices of the Left" and families(record["editor"]) == ["Hale"]
    assert record["publisher"] == "Verso" and record["publisher-place"] == "London"
    assert record["issued"] == {"date-parts": [[1988]]}  # undated: when it was printed
    assert found.locator == "112"


def test_the_book_a_letter_is_printed_in_with_its_imprint_is_a_work_of_its_own():
    found = recognize("Hale to Moss, May 2, 1850, The Papers of Mary Hale, Vol. 4 (Boston: Ticknor, 1990), p. 21.")
    assert found.record["title"] == "Hale to Moss" and found.locator == "p. 21"
    assert found.printed_in == {"type": "book", "title": "The Papers of Mary Hale", "volume": "4", "publisher": "Ticknor",
                                "publisher-place": "Boston", "issued": {"date-parts": [[1990]]}}
    assert recognize("Hale to Moss, May 2, 1850, in Hale Papers, box 2, Boston Public Library.").printed_in is None



def test_a_url_after_a_letter_is_where_it_can_be_read():
    found = recognize("Hale to Moss, May 2, 1850, Hale Papers, box 2, Boston Public Library, available at the "
                      "Digital Shelves website, http://example.org/hale/2.")
    assert found.record["URL"] == "http://example.org/hale/2" and found.record["archive"] == "Boston Public Library"


def test_a_letter_of_a_month_printed_in_an_authors_edited_book():
    found = recognize("Weiss to Brandt, letter of March 1931, in Karl Weiss, The Weiss-Brandt Letters, "
                      "ed. R. T. Moss (Oxford: Clarendon, 1979), 88.")
    record = found.record
    assert found.kind == "letter" and record["title"] == "Weiss to Brandt"
    assert record["issued"] == {"date-parts": [[1931, 3]]}  # the letter's date, not the book's
    assert record["container-title"] == "The Weiss-Brandt Letters"
    assert families(record["container-author"]) == ["Weiss"] and families(record["editor"]) == ["Moss"]
    assert record["publisher"] == "Clarendon" and found.locator == "88"


def test_a_letter_printed_in_a_book_by_two_authors_has_them_as_the_books_authors():
    found = recognize("Okafor to Vance, 27 July 1936, in Ruth Okafor and Leon Vance, Letters from Exile (Paris: "
                      "Maspero, 1977), 97.")
    record = found.record
    assert record["container-title"] == "Letters from Exile"
    assert families(record["container-author"]) == ["Okafor", "Vance"] and found.locator == "97"
    # words that name no persons (no given name) are no book's authors
    found = recognize("Okafor to Vance, 27 July 1936, in Harbour and Dock Records, Port Papers (Paris: Maspero, 1977), 97.")
    assert "container-author" not in found.record


@pytest.mark.parametrize("text, archive, location, locator", [
    ("Rapport du commissaire spécial, 3 mai 1920, Archives nationales, Paris, F7 13090.", "Archives nationales", "F7 13090", None),
    ("Cabinet conclusions, 12 March 1936, The National Archives, Kew, CAB 23/83, fol. 4.", "The National Archives", "CAB 23/83", "fol. 4"),
    ("British Library, Add MS 41234, fol. 88v.", "British Library", "Add MS 41234", "fol. 88v"),
    ("RGASPI, f. 495, op. 74, d. 12, l. 3.", "RGASPI", "f. 495, op. 74, d. 12", "l. 3"),
    # a collection's lower-case marks before its number, British "fos." leaves (an upper-case "FO" is a class)
    ("Bodleian Library, MS Eng. hist. c. 412, fos. 17-19.", "Bodleian Library", "MS Eng. hist. c. 412", "fos. 17-19"),
    ("Bodleian Library, MS Roe dep. 9, fo. 4.", "Bodleian Library", "MS Roe dep. 9", "fo. 4"),
    ("Public Record Office, FO 371/1234, 5 May 1921.", "Public Record Office", "FO 371/1234", None),
])
def test_an_archival_item_has_its_archive_and_shelfmark_and_the_pinpoint_apart(text, archive, location, locator):
    found = recognize(text)
    assert found.kind == "archival" and found.record["type"] == "manuscript"
    assert found.record["archive"] == archive and found.record["archive_location"] == location
    assert found.locator == locator


@pytest.mark.parametrize("text, holder", [
    ("Letter from Draper to the author, June 12, 1985, in the author's possession.", "the author's possession"),
    ("Roe to Doe, 3 May 1950, private collection, London.", "private collection, London"),
    ("Roe to Doe, 3 May 1950, in the possession of Ann Roe.", "the possession of Ann Roe"),
])
def test_a_letter_kept_by_a_person_names_its_keeper_not_a_container(text, holder):
    found = recognize(text)
    assert found.kind == "letter" and found.record["archive"] == holder and "container-title" not in found.record


def test_an_untitled_archival_item_named_by_its_genre_and_writer_after_its_marks_takes_that_as_its_title():
    found = recognize("Public Record Office (PRO), FO 371/56763, N4065/5169/38, minute by Warner, 3 Apr. 1946.")
    assert found.record["title"] == "minute by Warner" and found.record["author"] == [{"family": "Warner"}]
    assert found.record["archive_location"] == "FO 371/56763, N4065/5169/38" and "note" not in found.record
    found = recognize("TNA, KV 2/1729, MI5 report on Dutt, 14 Nov. 1940.")  # its genre and subject
    assert found.record["title"] == "MI5 report on Dutt" and "author" not in found.record
    for text, title in [("UKNA: PREM 13/1454, minute, 3 September 1966.", "minute"),  # its genre alone
                        ("UKNA: PREM 13/1384, minute to Wilson, 21 March 1967.", "minute to Wilson"),
                        ("TNA, FO 371/1234, telegram 482, 26 May 1967.", "telegram 482"),
                        ("TNA, CAB 128/42, CC(67)16, 13 Apr. 1967.", "CC(67)16"),  # a cabinet paper's mark
                        ("TNA, CAB 148/25, OPD(66) 30th meeting, 3 June 1966.", "OPD(66) 30th meeting")]:
        found = recognize(text)
        assert found.record["title"] == title and "note" not in found.record, text
    # anything else left after the marks stays a note beside no title
    found = recognize("Public Record Office, FO 371/1234, seen by Warner, 5 May 1921.")
    assert "title" not in found.record and found.record["note"] == "seen by Warner"


@pytest.mark.parametrize("text, title", [
    ("PRO, CAB 24/151, CP 212(23), 'Unrest in the coalfields', 9 Apr. 1923.", "Unrest in the coalfields"),
    ("TNA, FO 371/9321, ‘Soviet activities in Persia’, 2 Feb. 1923.", "Soviet activities in Persia"),
    ("TNA, CAB 23/45, 19(23), 9 Apr. 1923.", None),
])
def test_an_archive_named_by_its_initials_is_no_title_and_a_quotation_among_the_marks_is(text, title):
    found = recognize(text)
    assert found.kind == "archival" and found.record["archive"] == text.split(",")[0]
    assert found.record.get("title") == title and found.record["archive_location"].startswith(text.split(", ")[1])


def test_a_quoted_item_among_the_marks_takes_its_genre_writer_and_paper_mark():
    """The archive before a colon reads as before a comma; the quoted title's genre, writer and paper mark are fields."""
    for text, archive in [("UKNA: CAB 129/128/2, C(67)41, ‘Defence Expenditure Studies’, memorandum by Brown and "
                           "Healey, 31 March 1967.", "UKNA"),
                          ("TNA, CAB 129/128/2, C(67)41, ‘Defence Expenditure Studies’, memorandum by Brown and "
                           "Healey, 31 March 1967.", "TNA")]:
        record = recognize(text).record
        assert record["archive"] == archive and record["archive_location"] == "CAB 129/128/2", text
        assert record["title"] == "Defence Expenditure Studies" and record["genre"] == "memorandum", text
        assert families(record["author"]) == ["Brown", "Healey"] and record["number"] == "C(67)41", text
        assert "note" not in record, text
    # a part that is neither stays the note, as written
    record = recognize("TNA, FO 371/9321, ‘Soviet activities in Persia’, seen by Warner; filed 1924, 2 Feb. 1923.").record
    assert record["title"] == "Soviet activities in Persia" and "genre" not in record and "number" not in record


def test_an_archive_named_by_its_initials_after_the_items_title_and_date():
    found = recognize("Memorandum by Roe, 3 May 1920, PRO, FO 371/4567.")  # the writer's dated memorandum
    assert found.record["archive"] == "PRO" and found.record["archive_location"] == "FO 371/4567"
    assert found.record["title"] == "Memorandum" and families(found.record["author"]) == ["Roe"]
    found = recognize("Report on the Harbour, 3 May 1920, PRO, FO 371/4567.")
    assert found.kind == "archival" and found.record["archive"] == "PRO" and found.record["archive_location"] == "FO 371/4567"


def test_a_writer_named_before_in_and_a_paper_of_the_day_is_the_items_author():
    found = recognize("Kamenev in Pravda, 15 March 1917, p. 2.")
    assert found.record["container-title"] == "Pravda" and found.record["author"] == [{"family": "Kamenev"}]
    assert "author" not in recognize("Reports in Pravda, 15 March 1917.").record  # a common word names no writer
    # the item's title quoted before "by" and the writer
    record = recognize("“Campaign Led To the Bill” by Tom Gillem in The Nashville Tennessean, April 30, 1973.").record
    assert record["title"] == "Campaign Led To the Bill" and record["author"] == [{"given": "Tom", "family": "Gillem"}]


@pytest.mark.parametrize("text, container, date, locator", [
    ("Daily Herald, Nov. 7, 1937, 3.", "Daily Herald", [1937, 11, 7], "3"),
    ("Le Peuple, 12 juin 1936.", "Le Peuple", [1936, 6, 12], None),
    ("Max Eastman, “Russia Today,” New York Times, 14 February 1937, p. 5.", "New York Times", [1937, 2, 14], "p. 5"),
    # a paper named by a newspaper's noun, no punctuation before its day (ordinal or not)
    ("Leicester Mercury March 4th 1938", "Leicester Mercury", [1938, 3, 4], None),
    ("Barnsley Chronicle 9 June 1926", "Barnsley Chronicle", [1926, 6, 9], None),
    ("Kentish Advertiser, Oct. 2, 1911, 4.", "Kentish Advertiser", [1911, 10, 2], "4"),
    # a page in the language of the paper's day
    ("Die Rote Fahne, 1. Mai 1929, S. 2.", "Die Rote Fahne", [1929, 5, 1], "S. 2"),
    ("El Socialista, 12 de mayo de 1936, pág. 3.", "El Socialista", [1936, 5, 12], "pág. 3"),
    # the column after the page stays in the pinpoint
    ("Weekly Clarion, Nov. 20, 1915, p. 2, col. 1.", "Weekly Clarion", [1915, 11, 20], "p. 2, col. 1"),
    ("Daily Herald, May 3, 1926, 4, cols. 2-3.", "Daily Herald", [1926, 5, 3], "4, cols. 2-3"),
])
def test_a_newspaper_item_dated_to_the_day_has_a_date_not_a_volume(text, container, date, locator):
    found = recognize(text)
    assert found.record["type"] == "article-newspaper" and found.record["container-title"] == container
    assert found.record["issued"] == {"date-parts": [date]} and "volume" not in found.record
    assert found.locator == locator


def test_an_unpublished_paper_is_a_speech_at_its_event():
    found = recognize('Ruth Fischer, "Soviet Labour Camps," paper presented at the Conference on Soviet Studies, '
                      'Oxford, 1951.')
    record = found.record
    assert record["type"] == "speech" and record["title"] == "Soviet Labour Camps"
    assert record["event-title"] == "the Conference on Soviet Studies" and record["event-place"] == "Oxford"
    assert record["issued"] == {"date-parts": [[1951]]} and "paper" in record["genre"]
    # the genre written in title case, its event too
    found = recognize('Ann Lee, "Strikes," Paper Presented at the Annual Meeting, Chicago, 1990.')
    assert found.record["type"] == "speech" and found.record["title"] == "Strikes"


@pytest.mark.parametrize("text", [
    "Victor Serge, From Lenin to Stalin (New York: Pioneer, 1937), 12.",
    "From Lenin to Stalin (New York: Pioneer, 1937), 12.",
    "A. Ciliga, “The Camps,” Archives of Soviet Studies 12 (1983): 4-5.",
    "Rosa Luxemburg, Briefe an Freunde, Bd. 2 (Hamburg, 1950), 45.",
    "Introduction to Marx, 3 May 1990, Penguin.",
    # a periodical whose name opens on a paper's genre word
    "Ann Lee, “Strikes,” Communication & langages, no. 169 (2011): 106.",
    "Ann Lee, “Strikes,” Communication Theory 12 (2011): 106.",
    "Ann Lee, “Strikes,” Papers on Labour 3 (1990): 4.",
])
def test_books_and_articles_are_not_read_as_these_kinds(text):
    assert recognize(text) is None


def test_the_normalizer_replaces_a_mislabelled_letter_by_its_record():
    fields = [("author", "John Dewey to Sidney Hook"), ("date", "March 3, 1938"),
              ("note", "in Sidney Hook Papers, box 3, folder 2, Hoover Institution Archives"), ("location", "Stanford"),
              ("publisher", "CA.")]
    text = "John Dewey to Sidney Hook, March 3, 1938, in Sidney Hook Papers, box 3, folder 2, Hoover Institution Archives, Stanford, CA."
    normalized = normalize_fields(fields, kind="full", text=text)
    record = normalized.record
    assert record["type"] == "personal_communication" and families(record["recipient"]) == ["Hook"]
    assert record["archive_location"] == "Sidney Hook Papers, box 3, folder 2"
    assert "publisher" not in record and "note" not in record


def test_a_writers_letters_cited_by_name_alone_are_that_writers_letters():
    letters = normalize_fields([("title", "Letters of Bouquet")], kind="short", text="Letters of Bouquet").record
    assert letters["type"] == "personal_communication" and families(letters["author"]) == ["Bouquet"]
    papers = normalize_fields([("title", "Correspondence of Amherst")], kind="short", text="Correspondence of Amherst")
    assert papers.record["type"] == "manuscript" and families(papers.record["author"]) == ["Amherst"]
    printed = normalize_fields([("title", "Letter of Major Rogers"), ("container-title", "Colonial Documents")],
                               kind="full", locator="VII. 88", text="Letter of Major Rogers, in Colonial Documents, VII. 88")
    assert printed.record["type"] == "personal_communication" and families(printed.record["author"]) == ["Rogers"]


def test_an_edition_of_letters_with_a_pinpoint_or_an_imprint_stays_a_book():
    edition = normalize_fields([("title", "Letters of Mary Delany")], kind="short", locator="II. 51",
                               text="Letters of Mary Delany, II. 51")
    assert edition.record.get("type") != "personal_communication"
    assert families(edition.record["author"]) == ["Delany"]  # the writer (normalize.writers), as the keys read such editions
    imprint = normalize_fields([("title", "Letters of Bouquet"), ("location", "London"), ("publisher", "Murray"),
                                ("date", "1880")], kind="full", text="Letters of Bouquet (London: Murray, 1880)")
    assert imprint.record.get("type") != "personal_communication"
    body = normalize_fields([("title", "Letters of the Board of Trade")], kind="short", text="Letters of the Board of Trade")
    assert "author" not in body.record


def test_an_interview_titled_and_kept_by_a_repository_is_an_interview_published_by_it():
    kept = normalize_fields([("author", "Julia Roe"), ("title", "Oral History Interview on Schools, Part 1"),
                             ("container-title", "Schools Project, Riverside College Digital Repository"),
                             ("date", "November 14, 2010")], kind="full",
                            text="Julia Roe, “Oral History Interview on Schools, Part 1” (Schools Project, Riverside "
                                 "College Digital Repository, November 14, 2010)").record
    assert kept["type"] == "interview" and kept["publisher"] == "Schools Project, Riverside College Digital Repository"
    named = normalize_fields([("title", "Rabbi John Doe Interview"), ("publisher", "Valley Historical Society")],
                             kind="full", text="“Rabbi John Doe Interview” (Valley Historical Society, May 10, 1972)")
    assert named.record["type"] == "interview"


def test_an_interview_printed_in_a_periodical_keeps_its_type():
    journal = normalize_fields([("author", "John Smith"), ("title", "Interview with a Poet"),
                                ("container-title", "Paris Review"), ("volume", "12")], kind="full",
                               text="John Smith, “Interview with a Poet,” Paris Review 12 (1960): 4")
    assert journal.record.get("type") != "interview"
    paper = normalize_fields([("title", "Interview with the Mayor"), ("container-title", "Evening Courier"),
                              ("date", "May 3, 1960")], kind="full",
                             text="“Interview with the Mayor,” Evening Courier, May 3, 1960")
    assert paper.record.get("type") != "interview" and paper.record["container-title"] == "Evening Courier"


def test_a_short_cite_read_as_an_archival_item_becomes_a_full_reference():
    normalized = normalize_fields([("author", "British Library"), ("title", "Add MS 41234"), ("locator", "fol. 88v")],
                                  kind="short", locator="fol. 88v", text="British Library, Add MS 41234, fol. 88v")
    assert normalized.kind == "full" and normalized.record["archive"] == "British Library"
    assert normalized.locator["value"] == "88v" and normalized.locator["label"] == "folio"


def test_a_web_page_with_an_access_date_is_a_webpage_with_accessed():
    normalized = normalize_fields([("title", "“The Strike of 1912,”"), ("container-title", "Labour History Online"),
                                   ("note", "accessed May 4, 2019"), ("url", "https://example.org/strike")], kind="full")
    record = normalized.record
    assert record["type"] == "webpage" and record["accessed"] == {"date-parts": [[2019, 5, 4]]}
    assert record["URL"] == "https://example.org/strike" and "note" not in record


def test_an_article_online_keeps_its_access_date():
    normalized = normalize_fields([("author", "Hal Draper,"), ("title", "“The Two Souls of Socialism,”"), ("container-title", "New Politics"),
                                   ("volume", "5,"), ("issue", "no. 1"), ("date", "(Winter 1966):"), ("pages", "57–84,"),
                                   ("url", "http://www.marxists.org/archive/draper/1966/twosouls/,"), ("note", "accessed 12 March 2015.")],
                                  kind="full")
    record = normalized.record
    assert record["type"] == "article-journal" and record["accessed"] == {"date-parts": [[2015, 3, 12]]}
    assert record["volume"] == "5" and "note" not in record


def test_find_kinds_cuts_a_clause_of_several_items_and_skips_the_prose_before_them():
    note = ("On the order itself see Hugh Gibson despatch to Secretary of State, May 2, 1921, 861.00/8123 and "
            "Alvey Adee memorandum to Hugh Gibson, May 9, 1921, 861.00/8130 in RG 59; the question was dropped in 1922.")
    found = find_kinds(note)
    assert [f.record["title"] for _, _, f in found] == ["Gibson to Secretary of State", "Adee to Gibson"]
    assert note[found[0][0]:].startswith("Hugh Gibson despatch")
    assert note[found[1][0]:found[1][1]].startswith("Alvey Adee") and note[found[1][0]:found[1][1]].endswith("RG 59")


def test_where_a_letter_was_written_and_an_interview_held_is_its_event_place():
    letter = recognize("Trotsky to Rosmer, Coyoacán, 3 May 1937, Rosmer Papers, Houghton Library, bMS Russ 13.1 (4821).")
    assert letter.record["event-place"] == "Coyoacán" and letter.record["issued"] == {"date-parts": [[1937, 5, 3]]}
    assert letter.record["archive_location"] == "Rosmer Papers, bMS Russ 13.1 (4821)"
    interview = recognize("Interview with Bertha Reynolds by Joan Hart, Detroit, May 12, 1976, tape recording.")
    assert interview.record["event-place"] == "Detroit"
    # a place that opens with a capitalised article is no day word ("le 3 mai", "en 6 de marzo")
    assert recognize("Morris to Jay, Le Havre, 3 May 1794").record["event-place"] == "Le Havre"


def test_a_letter_named_after_the_archive_series_and_number_it_is_filed_under():
    found = recognize("MS. National Archives, Record Group 59, Letters Received by the Secretary, XIV, No. 2211, "
                      "Latrobe to the Secretary, June 2, 1807.")
    record = found.record
    assert record["type"] == "personal_communication" and record["title"] == "Latrobe to the Secretary"
    assert record["recipient"] == [{"literal": "the Secretary"}] and record["issued"] == {"date-parts": [[1807, 6, 2]]}
    assert record["archive"] == "National Archives"
    assert record["archive_location"] == "Record Group 59, Letters Received by the Secretary, XIV, No. 2211"
    assert found.locator is None  # the file number is where it is kept, not a pinpoint
    ibid = recognize("Ibid., Letters Sent, IX, No. 40, the Secretary to Latrobe and others, June 9, 1807.")
    assert ibid.record["title"] == "the Secretary to Latrobe" and ibid.record["archive_location"] == "Letters Sent, IX, No. 40"
    assert ibid.record["title-short"] == "the Secretary to Latrobe and others"  # the names as printed, as for any letter
    named = recognize("National Archives, Letters Sent, IX, No. 41, the Secretary to Benjamin Latrobe, June 12, 1807.")
    assert named.record["title"] == "the Secretary to Latrobe"
    assert named.record["title-short"] == "the Secretary to Benjamin Latrobe"


def test_a_record_book_cited_by_its_name_is_a_manuscript_titled_by_it_with_volume_and_pages_as_pinpoint():
    found = recognize("MS. National Archives, Record Group 59, Minutes of the Board of Works of the City of Boston, III, 41-44.")
    assert found.record["title"] == "Minutes of the Board of Works of the City of Boston"
    assert found.record["archive"] == "National Archives" and found.record["archive_location"] == "Record Group 59"
    assert found.locator == "III, 41-44"


@pytest.mark.parametrize("text, sender, recipient, date, archive", [
    ("Carta de Felipe II a Don Juan de Austria, 3 de mayo de 1578, Archivo General de Simancas, Estado, leg. 578.",
     "Felipe", "Austria", [1578, 5, 3], "Archivo General de Simancas"),
    ("Lettera di Gramsci a Togliatti, 14 ottobre 1926, Fondazione Gramsci, Roma.", "Gramsci", "Togliatti", [1926, 10, 14],
     "Fondazione Gramsci"),
    ("Brief von Karl Kautsky an Victor Adler, 12. März 1895, IISG, Nachlass Kautsky.", "Kautsky", "Adler", [1895, 3, 12], "IISG"),
    ("Lettre de Victor Serge à Marcel Martinet, 3 mai 1936, Fonds Martinet, Bibliothèque nationale de France.",
     "Serge", "Martinet", [1936, 5, 3], "Bibliothèque nationale de France"),
])
def test_letters_in_other_languages(text, sender, recipient, date, archive):
    record = recognize(text).record
    assert record["type"] == "personal_communication"
    assert families(record["author"]) == [sender] and families(record["recipient"]) == [recipient]
    assert record["issued"] == {"date-parts": [date]} and record["archive"] == archive


def test_an_interview_dated_in_spanish():
    record = recognize("Entrevista con Andreu Nin, Barcelona, 4 de febrero de 1937.").record
    assert record["type"] == "interview" and record["issued"] == {"date-parts": [[1937, 2, 4]]}
    assert record["event-place"] == "Barcelona"


@pytest.mark.parametrize("text, sender, recipient, date", [
    ("Dumas au Ministre, 24 Juillet, 1756.", "Dumas", "Ministre", [1756, 7, 24]),
    ("Bolling to his Son, 13 Aug. 1755.", "Bolling", "Son", [1755, 8, 13]),
    ("Leslie to a Merchant of Philadelphia, 30 July, 1755, in Hazard's Register, V. 191.", "Leslie", "Merchant of Philadelphia",
     [1755, 7, 30]),
    ("Hoban to the Commissioners, May 2, 1800.", "Hoban", "Commissioners", [1800, 5, 2]),
    ("Felipe II á D. Juan de Idiáquez, 3 de mayo de 1590.", "Felipe", "Idiáquez", [1590, 5, 3]),
    # the word that puts the letter on its day, with or without a comma before it
    ("M. de Sully á M. de Rohan, en 12 de abril 1602.", "Sully", "Rohan", [1602, 4, 12]),
    ("M. de Rohan á M. de Sully en 3 marzo 1602.", "Rohan", "Sully", [1602, 3, 3]),
    ("Carta de Diego Ruiz á Morales, fecha á 9 de enero de 1598.", "Ruiz", "Morales", [1598, 1, 9]),
    ("Carta de M. de Sully á M. de Rohan de 2 marzo 1602", "Sully", "Rohan", [1602, 3, 2]),
    ("Colbert à Talon, le 5 avril 1667.", "Colbert", "Talon", [1667, 4, 5]),
    ("Bebel an Liebknecht am 7. Juni 1880.", "Bebel", "Liebknecht", [1880, 6, 7]),
])
def test_a_letter_to_an_addressee_named_by_an_article_or_in_french_and_old_spanish(text, sender, recipient, date):
    record = recognize(text).record
    assert record["type"] == "personal_communication" and record["issued"] == {"date-parts": [date]}
    assert families(record["author"])[0].startswith(sender) and recipient in families(record["recipient"])[-1]


def test_a_letter_quoted_in_a_book_ends_before_the_citing_phrase():
    from notecite.normalize.kinds import find_kinds

    text = ("Trotsky to Shachtman, 6 November 1937, quoted in Isaac Deutscher, The Prophet Outcast "
            "(London: Oxford University Press, 1963), 381.")
    [(start, end, found)] = find_kinds(text)
    assert text[start:end].rstrip(", ") == "Trotsky to Shachtman, 6 November 1937" and found.kind == "letter"


@pytest.mark.parametrize("text", [
    "Instructions to Major George Washington, January, 1754.",
    "Address to the Inhabitants of Quebec, 26 October 1774.",
    "Response to the Critics, 12 May 1910.",
    '"Timeline." BoardGameGeek. Accessed February 21, 2024.',
    "Accessed February 21, 2024",
    # a book with an "X to Y" in its title and an imprint
    "Mary Hale, Britain's Envoys to Spain, 1700–1900 (London: Methuen, 1931), 88.",
    "Ann Ross, A Quiet Legation: The Life of John Dale, U.S. Minister to Peru, and his Family (Boston, Mass.: Hill Press, 1979), 4.",
])
def test_documents_named_x_to_y_and_access_dates_are_no_letters_or_newspapers(text):
    found = recognize(text)
    assert found is None or found.record["type"] not in ("personal_communication", "article-newspaper")


@pytest.mark.parametrize("text", [
    "Ibid., 31 Mai, 1750.",
    "Ordonnance du 12 Avril, 1751.",
    "House of Commons, March 15th, 1844.",
])
def test_a_name_and_a_day_alone_are_no_newspaper(text):
    found = recognize(text)
    assert found is None or found.record["type"] != "article-newspaper"


def test_two_quoted_items_are_no_one_newspaper_item():
    text = ("Ann Roe, “Harbour Towns and Their Trade,” Perspectives (May–June 1990), http://example.org/p/1 and "
            "Tom Pell, “Why the records are ‘a fraud’,” Boston Globe, May 27, 1990, p. A22.")
    found = recognize(text)
    assert found is None or "Perspectives" not in found.record.get("title", "")
    found = recognize("Tom Pell, “Why the records are ‘a fraud’,” Boston Globe, May 27, 1990, p. A22.")
    assert found.record["title"] == "Why the records are ‘a fraud’" and found.locator == "p. A22"


def test_a_paper_cited_on_two_days_joined_by_and_is_read_whole():
    found = recognize("New York Herald, December 1, 1863 and January 25, 1864")
    assert found.record["issued"] == {"date-parts": [[1863, 12, 1]]} and not found.prose_after
    found = recognize("Harrisburg (PA) Patriot, January 28, 1864")  # a paper's noun ends its name
    assert found.record["container-title"] == "Harrisburg (PA) Patriot" and found.record["type"] == "article-newspaper"


def test_a_paper_after_a_quoted_title_is_left_to_the_cite_of_the_title():
    text = "See Lena Holt, “Who Builds the Towns?” Evening News, May 3, 1960, http://example.org/en/1960/0503."
    assert [found.record["type"] for _, _, found in find_kinds(text)] == []


def test_split_keeps_quoted_titles_day_dates_and_fond_opis_whole_and_hands_out_its_own_list():
    from notecite.normalize.kinds import _split

    text = "“Title, Part One,” Nov. 7, 1937, f. 17, op. 1, d. 45; Hoover Institution"
    parts = _split(text)
    assert parts == ["“Title, Part One”", "Nov. 7, 1937", "f. 17, op. 1, d. 45", "Hoover Institution"]
    parts.append("changed by the caller")
    assert _split(text) == parts[:-1]  # kept answers are never the caller's list
    assert _split("GARF, f. R-5446, op. 1, d. 12, ll. 3–4") == ["GARF", "f. R-5446, op. 1, d. 12", "ll. 3–4"]  # a lettered fond


@pytest.mark.parametrize("text, title, archive", [
    ("Minutes of the Executive Committee, 1937, Socialist Party Papers, Tamiment Library.",
     "Minutes of the Executive Committee", "Tamiment Library"),
    ("Report on the strike, March 1921, Comintern Collection, Hoover Institution Archives.",
     "Report on the strike", "Hoover Institution Archives"),
    # the repository named first, British style: the university it belongs to and the minutes after it
    ("Modern Records Centre, University of Warwick, MSS.292/20/4, TUC General Council minutes, 24 Apr. 1940.",
     "TUC General Council minutes", "Modern Records Centre, University of Warwick"),
    ("Labour party archives, People's History Museum, Manchester, NEC minutes, 23 Feb. 1949.",
     "NEC minutes", "Labour party archives, People's History Museum"),
])
def test_an_archival_item_without_a_shelfmark_is_read_by_its_repository_and_collection(text, title, archive):
    found = recognize(text)
    assert found.kind == "archival" and found.record["title"] == title and found.record["archive"] == archive


@pytest.mark.parametrize("text", [
    "Introduction to the Critique, London 1904, 3.",
    "National Archives, Record Group 59, Letters Received by the Secretary, XIV, No. 2211, June 2, 1807.",
])
def test_a_text_with_no_letter_named_by_to_is_no_filed_letter(text):
    from notecite.normalize.kinds import _filed_letter

    assert _filed_letter(text) is None


@pytest.mark.parametrize("text", [
    "Daily Worker, Nov. 7, 3",  # a day and a month, no year
    "Paper presented at the Congress, Paris, 12",  # no quoted title
    "Trotsky to Rosmer, Coyoacán, 3 May, folder 12",
])
def test_a_cite_without_a_year_or_quoted_title_is_no_newspaper_paper_or_letter(text):
    from notecite.normalize.kinds import _letter, _newspaper, _paper

    assert _letter(text) is None and _newspaper(text) is None and _paper(text) is None


@pytest.mark.parametrize("text", ["Daily Worker, Nov. 7, 1937, 3.", "Daily Worker, Nov. 7, 1937, 3;",
                                  "Daily Worker, Nov. 7, 1937, 3, https://example.org/dw/1937/11/07;",
                                  "  Daily   Worker, Nov. 7, 1937, 3, <www.example.org/1937> ",
                                  "Daily Worker, Nov. 7, 1937, 3, <www.example.org/1937>."])
def test_a_url_and_a_closing_separator_change_nothing_in_what_is_recognized(text):
    found = recognize(text)
    record = {k: v for k, v in found.record.items() if k != "URL"}  # the URL is kept, its digits read as nothing
    assert record == {"type": "article-newspaper", "container-title": "Daily Worker",
                      "issued": {"date-parts": [[1937, 11, 7]]}} and found.locator == "3"
    assert found.record.get("URL") == ("https://example.org/dw/1937/11/07" if "https" in text
                                       else "www.example.org/1937" if "www" in text else None)


def test_texts_that_differ_only_in_spacing_and_closing_separator_are_read_once_each_url_kept_its_own():
    from notecite.normalize.kinds import _recognized
    assert _recognized("Daily Worker, Nov. 7, 1937, 3.") is _recognized(" Daily  Worker, Nov. 7, 1937, 3")
    first = recognize("Daily Worker, Nov. 7, 1937, 3, https://example.org/a")
    second = recognize("Daily Worker, Nov. 7, 1937, 3, https://example.org/b")
    assert (first.record["URL"], second.record["URL"]) == ("https://example.org/a", "https://example.org/b")


def test_a_volume_in_roman_numerals_and_its_page_end_an_item_as_its_pinpoint():
    found = recognize("Leslie to a Merchant of Philadelphia, 30 July, 1755, in Hazard's Pennsylvania Register, V. 191.")
    assert found.kind == "letter" and found.locator == "V. 191"
    assert found.record["container-title"] == "Hazard's Pennsylvania Register" and "note" not in found.record
    found = recognize("MS. National Archives, Record Group 42, Proceedings of the Commissioners, V. 175-177.")
    assert found.locator == "V. 175-177"
    found = recognize("Engels to Bebel, March 18, 1875, in Selected Correspondence, Vol. 2.")  # a volume alone: no pinpoint
    assert found.locator is None


def test_every_citing_phrase_holds_a_word_the_quick_test_looks_for():
    from notecite.normalize.kinds import _CITING_PHRASE, CITING_WORDS

    alternatives = _CITING_PHRASE.pattern.split("(?:", 1)[1].split(")", 1)[0].split("|")
    assert len(alternatives) == 8
    for alternative in alternatives:
        assert any(word in alternative.replace("\\.", ".") for word in CITING_WORDS), alternative


def test_words_after_a_letters_labelled_pinpoint_go_to_the_note():
    found = recognize("Grant to Sherman, May 2, 1864, in Selected Letters, vol. 3, p. 41 and the notes that follow.")
    assert found is not None and found.locator == "p. 41"
    assert "and the notes that follow" in found.record["note"]


def test_a_year_after_a_box_names_the_folder_not_a_page():
    found = recognize("Baker to Lodge, March 4, 1921, Baker Papers, Box 12, Lodge, Henry C., 1921.")
    assert found is not None and found.locator is None
    assert found.record["archive_location"].endswith("1921")


def test_a_span_of_years_after_a_box_is_no_pinpoint():
    found = recognize("Baker to Lodge, March 4, 1921, Baker Papers, Box 12, Correspondence, 1919–1925.")
    assert found is not None and found.locator is None and "1919–1925" in found.record["note"]


def test_a_letter_printed_in_a_book_with_an_imprint_has_the_book_and_its_series_as_container():
    found = recognize("Adams to Jay, June 2, 1785, The Papers of John Adams, Diplomatic Series, Vol. 4 "
                      "(Boston: Example University Press, 1999), p. 77.")
    assert found is not None and found.locator == "p. 77"
    record = found.record
    assert record["container-title"] == "The Papers of John Adams, Diplomatic Series" and record["volume"] == "4"
    assert record["publisher"] == "Example University Press" and record["publisher-place"] == "Boston"
    assert "archive_location" not in record


def test_a_collection_cited_by_its_repository_takes_the_items_shelfmarks_and_page_as_pinpoint():
    found = recognize("Archivo Histórico de Sevilla, Papiers de Cádiz, L-2.104, C-17, pág. 88.")
    assert found is not None and found.record["title"] == "Papiers de Cádiz"
    assert found.locator == "L-2.104, C-17, pág. 88" and "archive_location" not in found.record


def test_an_item_kept_by_the_collection_in_brackets_after_its_quoted_title_is_dated_by_the_bracket():
    found = recognize("Ann Roe, “Report on Tenant Meetings” (Ann Roe Papers, Riverside Public Library, March 3, 1974)")
    record = found.record
    assert record["type"] == "manuscript" and families(record["author"]) == ["Roe"]
    assert record["title"] == "Report on Tenant Meetings" and record["issued"] == {"date-parts": [[1974, 3, 3]]}
    assert record["archive"] == "Riverside Public Library" and found.locator is None


def test_an_item_described_in_square_brackets_is_titled_by_the_description_and_a_letter_has_its_recipients():
    letter = recognize("Ann Roe, “[Letter to Ben Doe and Carla Moss]” (Ann Roe Papers, Riverside Public Library, "
                       "June 2, 1975)").record
    assert letter["type"] == "personal_communication" and letter["title"] == "Letter to Ben Doe and Carla Moss"
    assert families(letter["author"]) == ["Roe"] and families(letter["recipient"]) == ["Doe", "Moss"]
    flyer = recognize("Tenants United, Inc., “[Flyer for a Rent Strike]” (Ann Roe Papers, Riverside Public Library, 1972)")
    assert flyer.record["type"] == "manuscript" and flyer.record["title"] == "Flyer for a Rent Strike"
    assert flyer.record["author"] == [{"literal": "Tenants United, Inc."}]
    assert flyer.record["issued"] == {"date-parts": [[1972]]} and flyer.locator is None


def test_a_spanish_page_word_labels_an_archival_items_pinpoint():
    found = recognize("Biblioteca Nacional, Papeles varios, MS 4321, págs. 12-14.")
    assert found is not None and found.locator == "págs. 12-14"


@pytest.mark.parametrize("text, title", [
    ("Pitt the elder to Grenville, 4 June, 1761.", "Pitt the elder to Grenville"),
    ("Jean Dumas fils à Pierre Roux, 3 mai 1801.", "Dumas fils à Roux"),
])
def test_an_epithet_after_the_sender_stays_in_the_letters_title_but_not_in_the_name(text, title):
    found = recognize(text)
    assert found is not None and found.record["title"] == title
    assert found.record["author"][0]["family"] in ("Pitt", "Dumas")


def test_a_manuscript_collection_after_its_keeper_takes_the_items_marks_as_pinpoint():
    found = recognize("MS. Register of Wills, Baltimore, Probate Records, lib. K No. 7, fols. 12-15, May 3, 1820.")
    assert found is not None and found.kind == "archival"
    assert found.record["title"] == "Probate Records" and found.record["archive"] == "Register of Wills, Baltimore"
    assert found.locator == "lib. K No. 7, fols. 12-15" and found.record["note"] == "May 3, 1820"


def test_a_manuscript_naming_an_item_after_its_collection_is_not_read_as_the_collection():
    assert recognize("MS. Treasury Department, Letter Records, Outgoing Letters, 1801-1810, p. 4.") is None
    assert recognize("MS. Treasury Department, Letter Records, 12 Outgoing Letters, p. 4.") is None


@pytest.mark.parametrize("text, title", [
    ("Harry Truman, memorandum attached to Executive Order 9835, March 21, 1947.", "Memorandum attached to Executive Order 9835"),
    ("Dean Acheson, memorandum concerning the loan to Greece, May 2, 1947.", "Memorandum concerning the loan to Greece"),
])
def test_an_untitled_item_named_by_its_genre_may_open_with_its_author(text, title):
    found = recognize(text)
    assert found is not None and found.record["type"] == "manuscript" and found.record["title"] == title
    assert found.record["author"][0]["family"] in ("Truman", "Acheson") and found.record["issued"]["date-parts"][0][0] == 1947


def test_a_full_stop_after_a_label_ends_no_clause():
    text = "MS. Register of Wills, Baltimore, Probate Records, lib. K No. 7, fols. 12-15."
    found = find_kinds(text)
    assert len(found) == 1 and found[0][0] == 0 and found[0][1] == len(text)
    assert found[0][2].locator == "lib. K No. 7, fols. 12-15"


def test_a_letter_named_by_its_authors_possessive_is_titled_by_what_follows_it():
    found = recognize("Weil's letter to Simone Pétrement, 4 June 1938, Simone Weil Papers, Bibliothèque nationale.")
    record = found.record
    assert found.kind == "letter" and record["type"] == "personal_communication"
    assert families(record["author"]) == ["Weil"] and families(record["recipient"]) == ["Pétrement"]
    assert record["issued"] == {"date-parts": [[1938, 6, 4]]}
    assert record["title"] == "letter to Simone Pétrement"
    assert record["title-short"] == "Weil's letter to Simone Pétrement"
    assert record["archive"] == "Bibliothèque nationale" and record["archive_location"] == "Simone Weil Papers"


def test_a_letter_named_by_its_senders_german_genitive_is_the_senders():
    for text, sender, owner in [("Mohrs Brief an Hale vom 22. April 1863.", "Mohr", "Mohrs"),
                                ("Brief Mohrs an Hale vom 22. April 1863.", "Mohr", "Mohrs"),
                                ("Marx’ Brief an Hale vom 3. Mai 1860.", "Marx", "Marx’")]:
        found = recognize(text)
        assert found is not None and found.kind == "letter", text
        record = found.record
        assert families(record["author"]) == [sender] and families(record["recipient"]) == ["Hale"], text
        assert record["title"] == "Brief an Hale" and record["title-short"] == f"{owner} Brief an Hale", text
    assert families(recognize("Mohr an Hale, 22. April 1863.").record["author"]) == ["Mohr"]  # no genitive: as before


def test_a_days_number_before_its_month_ends_no_clause():
    text = "Er strich die Worte. Mohrs Brief an Hale vom 22. April 1863."
    found = find_kinds(text)
    assert len(found) == 1 and text[found[0][0]:found[0][1]].rstrip(".") == "Mohrs Brief an Hale vom 22. April 1863"


def test_a_possessive_sender_without_a_genre_names_no_letter():
    assert recognize("Weil's to Pétrement, 4 June 1938.") is None


def test_a_possessive_letter_is_found_after_prose_in_a_note():
    text = "The phrase comes from Kautsky’s cable to Victor Adler, 12 March 1914, Adler Papers, box 3."
    [(start, _end, found)] = find_kinds(text)
    assert text[start:].startswith("Kautsky’s cable")
    assert found.record["title"] == "cable to Victor Adler" and found.record["genre"] == "cable"


def test_a_letter_dated_by_a_range_of_days_is_issued_on_the_range_not_at_a_place():
    record = recognize("Tallard to Torcy, Mar. 2-12, 1699, Archives des Affaires étrangères.").record
    assert record["issued"] == {"date-parts": [[1699, 3, 2], [1699, 3, 12]]}
    assert "event-place" not in record


def test_a_despatch_named_by_its_authors_possessive_and_dated_with_of_is_a_letter_titled_by_its_genre():
    found = recognize("Tallard's despatch of March 2, 1699")
    record = found.record
    assert found.kind == "letter" and record["type"] == "personal_communication"
    assert families(record["author"]) == ["Tallard"] and record["genre"] == "despatch"
    assert record["title"] == "despatch" and record["title-short"] == "Tallard's despatch"
    assert record["issued"] == {"date-parts": [[1699, 3, 2]]}


def test_a_memorandum_named_by_its_authors_possessive_stays_a_manuscript():
    record = recognize("Hull's memorandum of May 3, 1941, Cordell Hull Papers, Library of Congress.").record
    assert record["type"] == "manuscript" and record["title"] == "memorandum"
    assert record["archive"] == "Library of Congress"


def test_an_item_named_by_a_possessive_needs_of_or_a_comma_and_a_date_after_its_genre():
    assert recognize("Tallard's despatch to the court was never answered in 1699") is None
    assert recognize("Cyril Wynne memorandum of May 19, 1936") is None  # no possessive: the comma is needed


@pytest.mark.parametrize("text, author, date", [
    ("Hemsley memo dated August 31st 1962", [{"family": "Hemsley"}], [1962, 8, 31]),
    ("J Hull letter 28th May 1959", [{"given": "J.", "family": "Hull"}], [1959, 5, 28]),
])
def test_an_item_named_by_its_author_and_genre_may_be_dated_without_a_comma(text, author, date):
    found = recognize(text)
    assert found.record["author"] == author and found.record["issued"] == {"date-parts": [date]}


def test_a_letter_dated_right_after_its_recipient_is_that_letter():
    record = recognize("Letter from J H Wood to J Hull dated October 1st 1958").record
    assert record["type"] == "personal_communication" and record["title"] == "Wood to Hull"
    assert record["issued"] == {"date-parts": [[1958, 10, 1]]}
    assert recognize("Wood to Hull dated October 1st 1958").record["recipient"] == [{"family": "Hull"}]


def test_a_memorandum_of_conversation_after_a_possessive_is_titled_by_what_follows_and_its_book_read():
    found = recognize("Madison's memorandum of conversation with Louis Otto, June 4, 1786 printed in "
                      "The Papers of James Madison, vol. 9 (Chicago: University of Chicago Press, 1975), 71-73")
    record = found.record
    assert record["title"] == "memorandum of conversation with Louis Otto"
    assert record["title-short"] == "Madison's memorandum of conversation with Louis Otto"
    assert families(record["author"]) == ["Madison"] and record["issued"] == {"date-parts": [[1786, 6, 4]]}
    assert record["container-title"] == "The Papers of James Madison"  # "printed in": no part of the title
    assert found.locator == "71-73" and found.printed_in["title"] == "The Papers of James Madison"


def test_prose_after_a_letters_date_is_a_note_not_the_book_it_is_printed_in():
    record = recognize("Goldman to Berkman, 3 May 1929, which she never sent").record
    assert "container-title" not in record and record["note"] == "which she never sent"


def test_a_possessive_item_is_found_inside_prose_but_not_inside_a_quoted_title():
    text = "The key document was Tallard’s despatch of March 2, 1699, now lost."
    [(start, _end, found)] = find_kinds(text)
    assert text[start:].startswith("Tallard’s despatch") and found.record["title"] == "despatch"
    quoted = "Jones, “Comments on Tallard’s despatch of March 2, 1699,” May 3, 1703, Tallard Papers, box 2."
    assert all(f.record.get("title") != "despatch" for _s, _e, f in find_kinds(quoted))


def test_a_possessive_after_a_word_of_prose_is_found_without_it():
    text = "From Tallard’s despatch of March 2, 1699, it is clear that the treaty was signed."
    [(start, _end, found)] = find_kinds(text)
    assert text[start:].startswith("Tallard’s") and families(found.record["author"]) == ["Tallard"]


def test_a_capitalised_genre_after_a_possessive_is_no_part_of_the_senders_name():
    record = recognize("Villars's Letter to Louis, dated April 8, 1699, in Grimblot").record
    assert families(record["author"]) == ["Villars"] and families(record["recipient"]) == ["Louis"]
    assert record["title"] == "Letter to Louis" and record["container-title"] == "Grimblot"


def test_an_undated_letter_named_by_a_possessive_and_printed_in_a_book_has_its_book_and_pinpoint():
    found = recognize("Roger Sherman's letter, in Ford, Writings, III. 99")
    record = found.record
    assert record["type"] == "personal_communication" and families(record["author"]) == ["Sherman"]
    assert record["title"] == "letter" and record["title-short"] == "Roger Sherman's letter"
    assert record["container-title"] == "Writings" and families(record["container-author"]) == ["Ford"]
    assert found.locator == "III. 99"


def test_an_undated_possessive_item_needs_a_letter_genre_and_a_book():
    assert recognize("Roger Sherman's letter, in which he asks for 3 copies") is None
    assert recognize("Roger Sherman's memorandum, in Farrand, Records, III. 99") is None


def test_an_item_found_in_prose_ends_where_the_sentence_goes_on():
    text = "From Tallard’s despatch of March 2, 1699, and from Torcy (Mémoires, 12), it is clear that it failed."
    [(start, end, found)] = find_kinds(text)
    assert text[start:end] == "Tallard’s despatch of March 2, 1699"
    assert "note" not in found.record  # the prose after it is no part of it


def test_a_letter_dated_by_an_old_and_a_new_style_day_is_issued_on_both():
    record = recognize("Tallard to Torcy, Mar. 28/Apr. 7, 1699.").record
    assert record["issued"] == {"date-parts": [[1699, 3, 28], [1699, 4, 7]]}
    assert "event-place" not in record


def test_a_possessive_letter_dated_before_its_recipient_names_the_recipient():
    record = recognize("Weil's letter of 4 June 1938 to Pétrement, Simone Weil Papers, Bibliothèque nationale.").record
    assert families(record["recipient"]) == ["Pétrement"] and record["issued"] == {"date-parts": [[1938, 6, 4]]}
    assert record["title"] == "letter to Pétrement" and record["title-short"] == "Weil's letter to Pétrement"
    assert record["archive_location"] == "Simone Weil Papers" and "genre" not in record


def test_a_letter_told_in_prose_has_its_recipient_date_and_writer():
    found = recognize("In a letter to Boris Souvarine of 9 April 1936, Weil wrote that the strike was over.")
    record = found.record
    assert found.kind == "letter" and record["type"] == "personal_communication"
    assert record["title"] == "letter to Boris Souvarine"
    assert families(record["recipient"]) == ["Souvarine"] and families(record["author"]) == ["Weil"]
    assert record["issued"] == {"date-parts": [[1936, 4, 9]]} and "note" not in record


def test_a_letter_told_in_prose_with_a_pronoun_for_its_writer_has_no_author():
    record = recognize("In his long cable to Acheson dated May 3, 1950, he insisted on delay.").record
    assert record["title"] == "cable to Acheson" and record["genre"] == "cable" and "author" not in record


def test_a_letter_told_in_prose_needs_a_date_after_its_recipient():
    assert recognize("In a letter to Souvarine, Weil wrote about 1936 and the strikes.") is None


def test_a_volume_and_page_after_a_colon_end_a_letter_as_its_pinpoint():
    found = recognize("Bullitt's telegram to Hull, 4 March 1936, Foreign Relations 1936, 1:212-214.")
    assert found.locator == "1:212-214" and found.record["container-title"] == "Foreign Relations 1936"
    assert "note" not in found.record


def test_a_possessive_is_split_from_its_name_once_for_every_shape_that_reads_one():
    from notecite.normalize.kinds import _split_possessive

    assert _split_possessive("Hale’s") == ("Hale", "’s") and _split_possessive("Mary Hale") == ("Mary Hale", "")
    assert recognize("Hale's letter to Moss, May 2, 1850, Hale Papers, box 2.").record["author"] == [{"family": "Hale"}]
    assert recognize("Hale's letter, May 2, 1850, Hale Papers, box 2.").record["title-short"] == "Hale's letter"


@pytest.mark.parametrize("text, title, date, locator", [
    ("Leeds ASLEF branch minutes March 3rd 1941", "Leeds ASLEF branch minutes", [1941, 3, 3], None),
    ("Area 4 - Joint Committee Minutes 12 May 1938", "Area 4 - Joint Committee Minutes", [1938, 5, 12], None),
    ("Minutes of a Council of War at Dover, 4 Aug. 1702.", "Minutes of a Council of War at Dover", [1702, 8, 4], None),
    ("Minutes of Council, 9 June, 1760, in Colonial Papers of Kent, 88-90.", "Minutes of Council", [1760, 6, 9], "88-90"),
    ("TGWU (ex-WU) Derby District Committee minutes May 16th 1931", "TGWU (ex-WU) Derby District Committee minutes",
     [1931, 5, 16], None),  # a former name in brackets
    ("TGWU 5/234 branch minutes October 7th 1952", "TGWU 5/234 branch minutes", [1952, 10, 7], None),  # a branch's number
])
def test_the_minutes_of_a_meeting_are_a_manuscript_dated_to_the_meeting(text, title, date, locator):
    found = recognize(text)
    assert found.kind == "minutes" and found.record["type"] == "manuscript"
    assert found.record["title"] == title and found.record["issued"] == {"date-parts": [date]}
    assert found.locator == locator


def test_minutes_kept_in_a_partys_archives_are_a_manuscript_of_that_archive():
    # "Party archives" with a capital named no repository part: the archival reader found none and crashed
    found = recognize("Labour Party archives, Manchester, NEC minutes, 5 Aug. 1914.")
    assert found.record["type"] == "manuscript" and found.record["archive"] == "Labour Party archives"
    assert found.record["title"] == "NEC minutes" and found.record["issued"] == {"date-parts": [[1914, 8, 5]]}
    assert find_kinds("Labour Party archives, Manchester, NEC minutes, 5 Aug. 1914.")
    # a repository before minutes that no part names as one (a "Heritage Centre"): no archival reading, and no crash
    found = recognize("Derby Heritage Centre, Derby, NEC minutes, 5 Aug. 1914.")
    assert found is None or found.kind != "archival"


def test_the_minutes_of_a_bodys_meeting_over_two_days_are_one_manuscript():
    found = recognize("Minutes of the HAC meeting, March 3–4, 1992, Historian’s Office Records.")
    assert found.kind == "minutes" and found.record["title"] == "Minutes of the HAC meeting"
    assert found.record["issued"] == {"date-parts": [[1992, 3, 3], [1992, 3, 4]]}


def test_meetings_cited_together_keep_the_first_day_and_the_days_as_printed():
    found = recognize("Leeds ASLEF branch minutes May 2nd, June 6th 1942")
    assert found.record["issued"] == {"date-parts": [[1942, 5, 2]]}
    assert found.record["note"] == "May 2nd, June 6th 1942"


@pytest.mark.parametrize("text", [
    "Leeds ASLEF branch minutes 1935-42",  # a run of minutes over years
    "Leeds ASLEF branch minutes various dates 1939-1940",
    "These minutes were read at the meeting of May 3, 1933.",  # prose
])
def test_minutes_without_a_meeting_s_day_or_month_are_no_meeting(text):
    found = recognize(text)
    assert found is None or found.kind != "minutes"


@pytest.mark.parametrize("text, paper, item, date, prose", [
    ("See the Leeds Mercury of March 4, 1838. The mayor said as much.", "Leeds Mercury", "the Leeds Mercury of March 4, 1838.",
     [1838, 3, 4], False),
    ("A letter from there, in the Bristol Evening News, of May 9, 1911, said: \"None came.\"", "Bristol Evening News",
     "the Bristol Evening News, of May 9, 1911", [1911, 5, 9], True),
    ("The Daily Courier, of 2 June 1760, reports the sale.", "The Daily Courier", "The Daily Courier, of 2 June 1760",
     [1760, 6, 2], True),
])
def test_a_paper_of_a_day_in_prose_is_an_issue_that_ends_on_its_day(text, paper, item, date, prose):
    (start, end, found), = find_kinds(text)
    assert text[start:end] == item and found.kind == "newspaper" and found.prose_after == prose
    assert found.record["container-title"] == paper and found.record["issued"] == {"date-parts": [date]}


@pytest.mark.parametrize("text", [
    "The Act of March 3, 1791, provided for the mint.",  # a document of a day, no paper
    "See the Treaty of May 3, 1790.",
    "Thus, the Morning Post of May 3, 1801, was silent.",  # prose before the paper: no author
    "Emily Post, May 3, 1937.",  # a person whose name ends on a paper's word
])
def test_a_name_of_a_day_is_no_paper_unless_it_names_one(text):
    assert all(found.kind != "newspaper" for _, _, found in find_kinds(text))


@pytest.mark.parametrize("text, title, date, archive", [
    ("Ada Hale to Tom Moss 4 Feb 1951, Moss Papers, Leeds University Library.", "Hale to Moss", [1951, 2, 4],
     "Leeds University Library"),
    ("Letter from Hale to Moss March 3rd 1941 - Moss papers Leeds Record Office", "Hale to Moss", [1941, 3, 3],
     "Moss papers Leeds Record Office"),
])
def test_a_letter_s_day_may_follow_its_recipient_without_a_comma(text, title, date, archive):
    found = recognize(text)
    assert found.kind == "letter" and found.record["title"] == title
    assert found.record["issued"] == {"date-parts": [date]} and found.record["archive"] == archive


def test_a_dash_after_the_day_separates_where_the_item_is_kept():
    found = recognize("Leeds ASLEF branch minutes May 3rd 1945 - Moss Papers")
    assert found.record["archive_location"] == "Moss Papers"


def test_a_shelfmark_number_with_thousands_stays_whole():
    from notecite.normalize.kinds import find_kinds

    text = "Record Office, Add. MS 41,207, Ashby to Marsh, 4 May 1761."
    [(_, _, shape)] = find_kinds(text)
    assert shape.record["archive_location"] == "Add. MS 41,207"
    assert shape.record["recipient"] == [{"family": "Marsh"}]


def test_the_genre_named_after_a_letters_recipient_is_kept_out_of_its_title():
    from notecite.normalize.kinds import find_kinds

    [(_, _, letter)] = find_kinds("Ann Lee to Tom Roe, letter, June 5, 1936, Roe Papers, box 3.")
    assert letter.record["type"] == "personal_communication" and letter.record["title"] == "Lee to Roe"
    assert "genre" not in letter.record and letter.record["issued"] == {"date-parts": [[1936, 6, 5]]}
    [(_, _, cable)] = find_kinds("Lee to Roe, telegram, May 3, 1940, Foreign Papers, 45.")
    assert cable.record["genre"] == "telegram" and cable.record["recipient"] == [{"family": "Roe"}]


@pytest.mark.parametrize("text, genre, family", [
    ("Memorandum by Knut Halvorsen, March 3, 1937, State Department File 861.00/11675, National Archives.",
     "memorandum", "Halvorsen"),
    ("Minute by Pellew, 3 Mar. 1922, FO 371/8170.", "minute", "Pellew"),
    ("Memorandum for the Record by Halvorsen, February 9, 1991, Historian's Office Records.", "memorandum", "Halvorsen"),
])
def test_a_genre_by_its_writer_and_a_date_is_that_writers_dated_manuscript(text, genre, family):
    record = recognize(text).record
    assert record["type"] == "manuscript" and record["genre"] == genre
    assert families(record["author"]) == [family] and len(record["issued"]["date-parts"][0]) == 3


def test_an_interview_printed_in_a_periodical_issue_keeps_the_periodical():
    found = recognize("An interview with Ann Lee, conducted by Tom Roe, Harbour Review 30 (December 2010).")
    assert found.record["type"] == "interview" and found.record["container-title"] == "Harbour Review"
    assert found.record["volume"] == "30" and found.record["issued"] == {"date-parts": [[2010, 12]]}
    assert "note" not in found.record
    # an issue number, and the page after it
    found = recognize("Interview with Ann Lee by Tom Roe, Harbour Notes, no. 300 (March 2004): 10.")
    assert (found.record["container-title"], found.record["issue"], found.locator) == ("Harbour Notes", "300", "10")
    assert found.record["issued"] == {"date-parts": [[2004, 3]]} and "volume" not in found.record


def test_an_undated_from_x_to_y_in_prose_is_no_filed_letter():
    assert find_kinds("Serge discusses this in his Memoirs, 112-15, and again in From Lenin to Stalin.") == []
    [(_, _, letter)] = find_kinds("National Archives, RG 42, No. 1364, Hadfield to the Commissioners, May 14, 1798.")
    assert letter.record["type"] == "personal_communication"


def test_a_memorandum_for_the_record_and_its_date_is_an_untitled_dated_manuscript():
    record = recognize("Memorandum for the Record, February 9, 1991, Historian's Office Records.").record
    assert record["type"] == "manuscript" and record["title"] == "Memorandum for the Record"
    assert record["issued"] == {"date-parts": [[1991, 2, 9]]} and "author" not in record


@pytest.mark.parametrize("text, paper, issue, date, page", [
    ("Vestnik Rabochikh, no. 10, April 1930.", "Vestnik Rabochikh", "10", [1930, 4], None),
    ("Workers' Monthly, nos. 1-2, July 1929.", "Workers' Monthly", "1-2", [1929, 7], None),
    ("Red Banner Review, No. 3 (March 1941), p. 77.", "Red Banner Review", "3", [1941, 3], "p. 77"),
])
def test_a_periodical_cited_by_issue_number_and_month_is_that_issue(text, paper, issue, date, page):
    found = recognize(text)
    assert found.record["container-title"] == paper and found.record["issue"] == issue
    assert found.record["issued"] == {"date-parts": [date]} and found.locator == page


def test_a_person_or_place_before_a_number_is_no_periodical():
    assert recognize("John Halvorsen, no. 3, 1941.") is None
    assert recognize("Paris, no. 4, 1930.") is None


def test_a_repository_in_brackets_after_a_letter_is_where_the_letter_is_kept():
    text = ("Letter from Anna Lindqvist to Per Lindqvist, November 21, 1914. (Hallward Library, University of "
            "Eastmoor, Lindqvist Papers, Box 2, Folder 19).")
    [(start, end, found)] = find_kinds(text)
    assert (start, end, found.kind) == (0, len(text), "letter")
    # the university the library belongs to is part of the archive's name
    assert found.record["archive"] == "Hallward Library, University of Eastmoor"
    assert "Lindqvist Papers" in found.record["archive_location"]
    assert "title" in found.record and found.record["title"] == "Anna Lindqvist to Per Lindqvist"


@pytest.mark.parametrize("text, genre", [
    ("Email from Knut Halvorsen to the author, 3 May 2010.", None),
    ("Knut Halvorsen, email to the author, 3 May 2010.", "email"),
    ("Knut Halvorsen to the author, email, 3 May 2010.", "email"),
])
def test_an_email_to_the_author_is_a_personal_communication(text, genre):
    record = recognize(text).record
    assert record["type"] == "personal_communication" and families(record["author"]) == ["Halvorsen"]
    assert record["recipient"] == [{"literal": "the author"}] and record.get("genre") == genre
    assert record["issued"] == {"date-parts": [[2010, 5, 3]]}


@pytest.mark.parametrize("text, genre", [
    ("Letter from Knut Halvorsen, 3 May 2010.", "letter"),
    ("Personal communication from Knut Halvorsen, 3 May 2010.", "personal communication"),
    ("Telephone conversation with Knut Halvorsen, 3 May 2010.", "telephone conversation"),
])
def test_a_communication_from_someone_without_a_recipient_is_theirs(text, genre):
    record = recognize(text).record
    assert record["type"] == "personal_communication" and record["genre"] == genre
    assert families(record["author"]) == ["Halvorsen"] and record["issued"] == {"date-parts": [[2010, 5, 3]]}


def test_an_interview_with_someone_unnamed_has_no_author():
    record = recognize("Author interview with a Harbour Workers Union organizer, March 4, 2019.").record
    assert record["type"] == "interview" and record["title"] == "Interview with a Harbour Workers Union organizer"
    assert "author" not in record and record["interviewer"] == [{"literal": "the author"}]
    assert recognize("An interview with a friend changed his mind.") is None


def test_a_titled_interview_keeps_its_title_and_an_interview_in_a_periodical_is_left_to_the_parser():
    found = recognize('Tove Lindqvist, "The Long March," interview by Sam Okafor, Harbour Radio, May 2, 2019, '
                      'https://radio.example.org/episode/12/.')
    assert found.record["type"] == "interview" and found.record["title"] == "The Long March"
    assert families(found.record["author"]) == ["Lindqvist"] and families(found.record["interviewer"]) == ["Okafor"]
    assert found.record["issued"] == {"date-parts": [[2019, 5, 2]]}
    assert recognize('Tove Lindqvist, "On the Left," interview with Sam Okafor, Harbour Review 90 (2014): 5-20.') is None


def test_a_record_offices_file_by_series_letters_and_numbers_is_a_shelfmark():
    record = recognize("R. Okafor to A. Lindqvist, 3 June 1931, Harbour Labour Archive (HLA), CP/IND/ROE/12/4.").record
    assert record["archive"] == "Harbour Labour Archive (HLA)" and record["archive_location"] == "CP/IND/ROE/12/4"


def test_a_published_item_kept_in_an_archive_is_the_article_with_its_archive():
    found = recognize("Ann Ray, “A Call from the Docks,” Leith Times, 18 March 1981, part 4, clipping from Dock Union "
                      "records, DUA, box 2")
    assert found is not None and found.locator == "part 4"
    record = found.record
    assert record["type"] == "article-newspaper" and record["title"] == "A Call from the Docks"
    assert record["container-title"] == "Leith Times" and record["issued"] == {"date-parts": [[1981, 3, 18]]}
    assert record["archive_location"] == "box 2" and record["author"][0]["family"] == "Ray"
    # a quoted title without a periodical and a date after it stays an archival item
    found = recognize("Ann Ray, “Notes on the Docks,” 18 March 1981, Dock Union records, DUA, box 2")
    assert found is not None and found.record["type"] == "manuscript"


def test_a_repository_and_collection_with_a_place_and_year_in_brackets_is_a_published_book():
    """``John F. Kennedy Library, Oral History Collection (Boston, 1965), 3.``: the bracket is a book's imprint
    (a known place and a year), not where a manuscript is kept; the title keeps no ``(Boston``."""
    found = recognize("John F. Kennedy Library, Oral History Collection (Boston, 1965), 3.")
    assert found is None or found.record.get("type") != "manuscript"
def test_a_doi_is_no_shelfmark():
    text = ("Joe Devanny, “Madman Theory? The Coherence of US Cyber Strategy,” Journal of Applied Security Research "
            "(2021), DOI: 10.1080/19361610.2021.1872359")
    assert find_kinds(text) == []
    assert recognize("The Coherence of US Cyber Strategy under Trump,” Journal of Applied Security Research (2021), "
                     "DOI: 10.1080/19361610.2021.1872359") is None


def test_files_read_passim_are_no_archival_item():
    # "passim" heading an archival cite says the files were read throughout: no item, no title "passim"
    for text in ("See passim, NARA, RG 59, WTC Lot File 83D222, Box 5, 1947–1948",
                 "and passim, in NARA, RG 59, CDF 1945–1949, 026 China",
                 "See also passim, LCM, AHA Papers, Box 188, Historians & the Federal Government 1955",
                 "passim., 026 Foreign Relations/ 677 through 026 Foreign Relations/ 694, DoS CDF"):
        assert recognize(text) is None, text
    found = recognize("Memorandum, NARA, RG 59, CDF 1945–1949, 811.414")
    assert found is not None and found.record["title"] == "Memorandum"


def test_a_periodical_issue_by_its_month_alone():
    # "Derby Co-op Record June 1926": a periodical named by a periodical's noun and its month, no punctuation
    found = recognize("Derby Co-op Record June 1926")
    assert found is not None and found.record["container-title"] == "Derby Co-op Record"
    assert found.record["issued"] == {"date-parts": [[1926, 6]]} and found.record["type"] == "article-magazine"
    found = recognize("The Record (TGWU) November 1943")
    assert found is not None and found.record["container-title"] == "The Record"
    found = recognize("Labour Monthly - September 1925")
    assert found is not None and found.record["issued"] == {"date-parts": [[1925, 9]]}
    # a person's name, a place, or a name without a periodical's noun before a month is none
    for text in ("John Smith June 1926", "Paris June 1926", "Derby Trades Council June 1926"):
        assert recognize(text) is None, text


def test_a_letter_to_a_recipient_and_others():
    # "X to Y, et al., DATE, ARCHIVE": the letter to Y and others, not an archival item titled with the names
    found = recognize("Thruston Morton to Walter George, et al., March 14, 1955, NARA, RG 59, WTC Lot File 83D222, Box 3")
    assert found is not None and found.kind == "letter"
    assert found.record["title"] == "Morton to George, et al." and found.record["recipient"] == [{"given": "Walter", "family": "George"}]
    assert found.record["issued"] == {"date-parts": [[1955, 3, 14]]}


def test_a_letter_with_supplied_names_or_sent_through_an_office():
    # names the editor supplied in square brackets are read as printed; "through S/S" is the letter's route
    found = recognize("William Knowland to [John] Foster [Dulles], April 22, 1953, NARA, RG 59, Box 5")
    assert found is not None and found.kind == "letter" and found.record["title"] == "Knowland to Dulles"
    found = recognize("William Gibson to [Department of State] (with enclosures), April 15, 1955, NARA, RG 84")
    assert found is not None and found.kind == "letter" and found.record["recipient"] == [{"literal": "Department of State"}]
    found = recognize("Dwight Porter through S/S [John Calhoun] to Noble, November 7, 1958, NARA, RG 59, CDF 1955–1959")
    assert found is not None and found.kind == "letter" and found.record["author"] == [{"given": "Dwight", "family": "Porter"}]
    assert found.record["issued"] == {"date-parts": [[1958, 11, 7]]}
    assert found.record["title"] == "Porter through S/S John Calhoun to Noble"  # an office's route, as printed
    # a person the letter went through is in its title by family name, as sender and recipient are
    found = recognize("Alfred Atherton through Rodger Davies to Joseph Sisco, November 5, 1969, NARA, RG 59, POL 3")
    assert found is not None and found.record["title"] == "Atherton through Davies to Sisco"
    assert found.record["title-short"] == "Alfred Atherton through Rodger Davies to Joseph Sisco"
    # the editor's letters of a name running over a space: "R[onald Spiers]"
    found = recognize("R[onald Spiers] to Mary [Ryan], July 7, 1988, Department of State, M Chron Lot File 90D066")
    assert found is not None and found.record["title"] == "Spiers to Ryan"
    # a list of recipients before an attached bracket
    found = recognize("Dillery to High, Slany, and Dennis Gallagher (and attached draft memorandum), October 1, 1987, "
                      "Department of State, HAC Lot File 96D292, Box 5.")
    assert found is not None and found.kind == "letter" and found.record["title"] == "Dillery to High, Slany and Gallagher"
    # a name the editor supplied with a question mark: read, and its doubt kept in the note
    found = recognize("Delancey to [Holdernesse?], 24 Aug. 1757.")
    assert found is not None and found.kind == "letter" and found.record["title"] == "Delancey to Holdernesse"
    assert found.record["note"] == "Holdernesse: name supplied, uncertain"
    # a described item in brackets is no supplied name
    found = recognize("Roe, [Letter to Ben Doe], May 3, 1979, Roe Papers, Box 2, Folder 3, Smith Library")
    assert found is not None and found.kind == "archival"


def test_a_bulletins_day_its_edition_and_a_second_paper_after_it():
    found = recognize("Derby Strike Bulletin May 6th 1926 - evening edition")
    assert found is not None and found.kind == "newspaper" and found.record["type"] == "article-newspaper"
    assert found.record["edition"] == "evening edition" and found.record["issued"] == {"date-parts": [[1926, 5, 6]]}
    # a second paper's day right after the first, no punctuation between: the first item ends on its day
    found = recognize("Derbyshire Times May 8th 1926 Ilkeston Pioneer May 14th 1926")
    assert found is not None and found.prose_after and found.record["container-title"] == "Derbyshire Times"
    # words after the day that are no paper's day still make no issue
    assert recognize("Derby Strike Bulletin May 6th 1926 and the strike went on") is None
    for paper in ("Derby Co-op Record", "Ilkeston Pioneer"):  # a paper's own noun ends its name
        found = recognize(f"{paper} May 12th 1926")
        assert found is not None and found.record["container-title"] == paper


def test_a_letter_dated_by_several_days_whose_month_is_written_once_is_dated_by_the_first():
    found = recognize("Fish to Davis, December 16 and 30, 1881, LCM, Davis Papers, Letters Received, Box 30")
    assert found.record["type"] == "personal_communication" and found.record["title"] == "Fish to Davis"
    assert found.record["issued"] == {"date-parts": [[1881, 12, 16]]}
    assert "December 16 and 30, 1881" in found.record["note"]  # the other letters of the series, as printed
    found = recognize("Davis to Fish, January 1, February 1, 4, and 8, 1882, LCM, Fish Papers, Container 134")
    assert found.record["author"] == [{"family": "Davis"}] and found.record["issued"] == {"date-parts": [[1882, 1, 1]]}
    found = recognize("Engels to Bebel, 17 and 18 March 1875, Moscow, Russian State Archive")
    assert found.record["issued"] == {"date-parts": [[1875, 3, 17]]}


def test_a_day_series_needs_a_month_and_a_separator_between_its_days():
    from notecite.normalize.kinds import _day_series
    assert _day_series("12 March 1875") is None  # one day, not the days 1 and 2
    assert _day_series("Section 4, 12 and 14, 1881") is None  # no month
    assert _day_series("Jan. 5 and 7, 1937")[0] == {"date-parts": [[1937, 1, 5]]}


def test_letters_listed_after_their_dates_without_and_are_one_item_each():
    from notecite.normalize.kinds import find_kinds
    text = ("Moran to J. C. Bancroft Davis, January 11, 1871, Alexander Hamilton Jr. to Davis, January 21, 1871, "
            "James W. Gerard, Jr. to Davis, January 21, 1871, all in LCM, Davis Papers, Box 8.")
    found = find_kinds(text)
    assert [item.record["title"] for _, _, item in found] == ["Moran to Davis", "Hamilton to Davis", "Gerard to Davis"]
    assert found[2][2].record["author"][0]["family"] == "Gerard"  # ", Jr." ends the name, it is none
    assert [item.record["issued"] for _, _, item in found][1] == {"date-parts": [[1871, 1, 21]]}


def test_letters_of_a_name_the_editor_supplied_after_its_initial_are_read_into_it():
    found = recognize("J[oseph] V F[uller] to Dennett, April 30, 1930, NARA, RG 59, Box 5, 1930.")
    assert found.record["type"] == "personal_communication" and found.record["title"] == "Fuller to Dennett"
    assert found.record["author"] == [{"given": "Joseph V", "family": "Fuller"}]


def test_a_letter_named_with_supplied_letters_after_and_is_an_item_of_its_own():
    text = ("See Dyess to Newsom, November 4, 1980, Department of State, Lot File 04D114, Box 3, Documents Relating to the "
            "Re-Review (1980) and D[avid] M B[aehler] to D[avid] F T[rask], January 8, 1981, Department of State, Box 7.")
    found = find_kinds(text)
    assert [f.record["title"] for _, _, f in found] == ["Dyess to Newsom", "Baehler to Trask"]
    assert text[found[1][0]:].startswith("D[avid] M B[aehler] to") and found[1][2].record["issued"] == {"date-parts": [[1981, 1, 8]]}


def test_and_after_no_date_opens_the_next_item_unless_it_was_attached():
    text = ("Baehler memorandum, [no date] and memorandum of conversation among Robert Miller, Samuel Gammon, and Baehler, "
            "June 9, 1980 in Department of State, FRUS Clearance Lot File 04D114, Box 3.")
    memcon = [(start, found) for start, _, found in find_kinds(text) if "conversation" in found.record.get("title", "")]
    [(start, found)] = memcon
    assert text[start:].startswith("memorandum of conversation among")
    assert found.record["title"] == "Memorandum of conversation among Robert Miller, Samuel Gammon, and Baehler"
    text = ("Hoggard to Selin, June 4, 1990 and attached FRUS action plan, [no date] and attached Whiteside to Selin, "
            "[no date] in Department of State, Box 3.")
    assert not any(text[start:].startswith("attached Whiteside") for start, _, _ in find_kinds(text))


def test_a_body_opening_a_file_cite_keeps_the_files_and_the_folder_is_the_item():
    [(_, _, found)] = find_kinds("See also Department of State, CDC Lot File 95D113, Box 2, PA/HO Plan.")
    assert found.record["archive"] == "Department of State" and found.record["title"] == "PA/HO Plan"
    # a dated item of the body's, kept elsewhere, is the body's item
    [(_, _, found)] = find_kinds("Department of State, Memorandum on Files, May 3, 1950, NARA, RG 59, Box 2.")
    assert found.record["title"] == "Memorandum on Files" and found.record["archive"] == "NARA"
    assert found.record["author"] == [{"literal": "Department of State"}]


def test_a_lead_word_with_a_comma_opens_no_item_and_a_relative_clause_after_the_date_ends_it():
    from notecite.normalize.kinds import find_kinds
    text = "See, for example, Root to Roosevelt, July 2, 1906, LCM, Root Papers, Box 186, Part 2, p. 405."
    [(start, _, found)] = find_kinds(text)
    assert text[start:].startswith("Root to") and found.locator == "p. 405" and found.record["archive"] == "LCM"
    text = ("Cf., e.g., Arthur Lee's letter to R.H. Lee, March 18, 1774, in which non-intercourse is declared "
            "\"the only advisable mode\": Force, American Archives, 4th Ser., I. 229.")
    [(start, end, found)] = find_kinds(text)
    assert text[start:end] == "Arthur Lee's letter to R.H. Lee, March 18, 1774"  # the prose and Force's cite after it stay out


def test_a_sender_whose_surname_is_a_common_word_writes_on_a_day_to_a_name():
    found = recognize("Day to Moore, January 1, 1901, LCM, Day Papers, Box 1")
    assert found.kind == "letter" and found.record["author"] == [{"family": "Day"}]
    assert recognize("Day to Moore, 1901") is None  # a year is not a day
    found = recognize("Lettre au P. Provincial, 15 May, 1645.")  # the genre is no sender: the letter has none
    assert "author" not in found.record and found.record["title"] == "Lettre au P. Provincial"


@pytest.mark.parametrize("text, title, recipient", [
    ("Letter to Cannon, 12 May 1935", "Letter to Cannon", [{"family": "Cannon"}]),
    ("telegram to James P. Cannon, 12 May 1935", "Telegram to James P. Cannon", [{"given": "James P.", "family": "Cannon"}]),
    ("Letter to the author, 3 June 1980", "Letter to the author", [{"literal": "the author"}]),
    ("Lettre à Friedrich Engels, 3 mai 1875", "Lettre à Friedrich Engels", [{"given": "Friedrich", "family": "Engels"}]),
])
def test_a_letter_cited_by_its_genre_and_recipient_alone_has_no_author(text, title, recipient):
    record = recognize(text).record
    assert record["type"] == "personal_communication" and "author" not in record
    assert record["title"] == title and record["recipient"] == recipient and record["issued"]["date-parts"][0][0] > 1800


def test_a_letter_cited_by_its_recipient_then_from_its_sender_keeps_the_sender():
    record = recognize("Letter to Russell from Ann Roe, November 18, 1944").record
    assert record["author"] == [{"given": "Ann", "family": "Roe"}] and record["recipient"] == [{"family": "Russell"}]


def test_a_person_whose_surname_is_an_offices_word_is_no_office():
    found = recognize('Lafayette Head, "Important from Conejos," Daily Rocky Mountain News, November 14, 1865')
    assert found.record["author"] == [{"given": "Lafayette", "family": "Head"}]
    assert recognize("Chief Clerk to Adee, May 3, 1901").record["author"] == [{"literal": "Chief Clerk"}]


def test_the_reviewed_books_author_is_no_writer_of_an_item_in_the_paper_after_it():
    text = "Jane Roe, review of The Old Mills, by John Doe, Evening Courier, 5 February 1954, 81."
    assert [text[s:e] for s, e, found in find_kinds(text) if found.kind == "newspaper"] == []
    # without a review, a writer named after "by" is the item's author
    text = "For the reply, see the piece by John Doe, Evening Courier, 5 February 1954, 81."
    assert [found.kind for _s, _e, found in find_kinds(text)] == ["newspaper"]


def test_an_archival_items_quoted_title_ends_at_its_quote():
    found = recognize("Harbour Union, “Resolution on the Docks,” mimeograph, Leeds, 1941, Northgate Library, "
                      "Harbour Union Papers, box 12, folder 4.")
    assert found.kind == "archival" and found.record["title"] == "Resolution on the Docks"
    assert found.record["note"] == "mimeograph; Leeds"


def test_a_lower_case_papers_or_diary_after_a_name_is_a_collection():
    found = recognize("Northgate University Library, Varga papers, 45, fos. 12–14.")
    assert found.kind == "archival" and found.record["archive"] == "Northgate University Library"
    assert found.record["title"] == "Varga papers" and found.locator == "45, fos. 12–14"
    found = recognize("Varga diary, 12 Mar. 1935, Northgate University Library.")
    assert found.kind == "archival" and found.record["issued"] == {"date-parts": [[1935, 3, 12]]}


def test_an_item_of_one_collection_kept_in_another_keeps_that_collection_as_its_location():
    found = recognize("Dalton diary, 12 Jan. 1947, British Library of Political and Economic Science (BLPES), Dalton papers, I/35.")
    assert found.record["title"] == "Dalton diary" and found.record["archive_location"] == "Dalton papers, I/35"
    assert found.locator is None
    # a collection cited as the work: its marks are the pinpoint, as before
    found = recognize("Cambridge University Library, Baldwin papers, 45, fos. 12–14.")
    assert found.record["title"] == "Baldwin papers" and found.locator == "45, fos. 12–14"


def test_british_parliamentary_debates_in_sentence_case_with_a_bare_volume():
    found = recognize("Parliamentary debates (Commons), 5th ser., 419, 5 Mar. 1946, col. 1361.")
    assert found.kind == "debates" and found.locator == "col. 1361"
    assert (found.record["collection-number"], found.record["volume"]) == ("5", "419")
    assert found.record["issued"] == {"date-parts": [[1946, 3, 5]]}



def test_an_ibid_then_a_letter_is_that_letter_kept_where_the_item_before_is():
    text = "Ibid., Palliser to Wilson, 5 Sept. 1966."
    cite = normalize_fields([("ibid", "Ibid."), ("title", "Palliser to Wilson"), ("date", "5 Sept. 1966")],
                            kind="ibid", text=text)
    assert cite.kind == "full" and cite.record["type"] == "personal_communication"
    assert cite.record["title"] == "Palliser to Wilson" and cite.record["note"] == "ibid"
    bare = normalize_fields([("ibid", "Ibid."), ("locator", "45")], kind="ibid", locator="45", text="Ibid., 45.")
    assert bare.kind == "ibid"  # a page is no item of its own


def test_a_newspaper_cited_with_days_between_semicolons_is_that_papers_issue_of_the_first_day():
    found = recognize("Philadelphia Inquirer, November 15, 1862; December 8, 1862; January 20, 1864.")
    assert found.kind == "newspaper" and found.record["container-title"] == "Philadelphia Inquirer"
    assert found.record["issued"] == {"date-parts": [[1862, 11, 15]]}  # the other days: one cite each (link.days)
    assert recognize("Philadelphia Inquirer, November 15, 1862; the riots began.") is None


def test_a_paper_named_with_a_bracket_is_still_a_newspaper():
    found = recognize("St. Albans (Vermont) Daily Messenger, September 3, 1884.")
    assert found.kind == "newspaper" and found.record["container-title"] == "St. Albans (Vermont) Daily Messenger"
    found = recognize("[Boston] Daily Advertiser, August 14, 1884.")  # a place the citer added before the name
    assert found.record["container-title"] == "Daily Advertiser" and found.record["publisher-place"] == "Boston"


@pytest.mark.parametrize("text, genre, page", [
    ("Daily Worker January 21st 1941 editorial", "editorial", None),
    ("The Times, 3 May 1926, leading article, p. 15", "leading article", "p. 15"),
])
def test_a_newspaper_item_named_after_its_day_keeps_what_it_is(text, genre, page):
    found = recognize(text)
    assert found.kind == "newspaper" and found.record["genre"] == genre and found.locator == page


@pytest.mark.parametrize("text, title, archive", [
    ("Junta, official letter to Mariano Casanova, 14 April 1896, 39, AHAS, Monumento sepulcral.", "Junta to Casanova", "AHAS"),
    ("Trotsky, private letter to Cannon, 3 May 1938, Cannon Papers.", "Trotsky to Cannon", None),
    ("Emilio Doyère, letter to Mariano Casanova, 3 May 1890, AHAS, Fondo de Gobierno.", "Doyère to Casanova", "AHAS"),
])
def test_a_letter_of_a_kind_named_before_its_genre_is_a_letter(text, title, archive):
    found = recognize(text)
    assert found.kind == "letter" and found.record["title"] == title and found.record.get("archive") == archive


def test_an_interview_with_the_author_told_in_a_sentence_is_the_subjects_interview():
    text = ("Sabine Jahn conveyed her urge to give color to the images in an interview with the authors on "
            "5 September 2022. Apart from that portfolio, she favored softer tones.")
    [(start, end, found)] = find_kinds(text)
    assert found.kind == "interview" and found.record["author"] == [{"given": "Sabine", "family": "Jahn"}]
    assert found.record["issued"] == {"date-parts": [[2022, 9, 5]]} and text[start:end].endswith("2022")
    assert find_kinds("The committee met in an interview with the author on 5 May 1990.") == []  # no one named
    assert find_kinds("Sabine Jahn spoke in an interview with the authors.") == []  # no day: prose


def test_a_letter_of_two_senders_or_of_a_sender_and_his_office_keeps_them_as_printed():
    joint = recognize("Lettre commune de Desherbiers et Bigot au Ministre, 15 Août, 1749.").record
    assert [n["family"] for n in joint["author"]] == ["Desherbiers", "Bigot"]
    assert joint["title"] == "Desherbiers et Bigot au Ministre" and joint["issued"] == {"date-parts": [[1749, 8, 15]]}
    priest = recognize("Daudin, prêtre, à Prévost, 23 Oct. 1753.").record
    assert priest["author"] == [{"family": "Daudin"}] and priest["recipient"] == [{"family": "Prévost"}]
    assert priest["title"] == "Daudin, prêtre, à Prévost"
    assert recognize("Shirley and Braddock to Robinson, 5 Nov. 1755.").record["title"] == "Shirley and Braddock to Robinson"


def test_a_letter_to_an_office_keeps_the_office_whole():
    record = recognize("Vaudreuil au Ministre de la Marine, 13 Août, 1756.").record
    assert record["recipient"] == [{"literal": "Ministre de la Marine"}]
    assert record["title"] == "Vaudreuil au Ministre de la Marine"


def test_an_archival_item_cited_at_pages_keeps_them_out_of_its_title():
    minutes = recognize("Minutes of 1957 HAC meeting, pp. 33–61 (quote on p. 47), Department of State, "
                        "HAC Lot File 03D130, 1957–HAC–Annual Meeting.")
    assert minutes.record["title"] == "Minutes of 1957 HAC meeting" and minutes.record["archive"] == "Department of State"
    assert minutes.record["archive_location"].startswith("HAC Lot File 03D130")
    assert minutes.locator == "p. 47"  # the quotation's page
    report = recognize("Minutes of 1986 HAC meeting, p. 7, Department of State, HAC Lot File 96D292, Box 5, Minutes.")
    assert report.record["title"] == "Minutes of 1986 HAC meeting" and report.locator == "p. 7"


def test_files_read_throughout_at_a_body_make_no_item():
    assert recognize("See passim, Department of State, CDC Lot File 95D113, Box 2, Presidential Directive 1985.") is None


def test_a_letter_with_an_editors_sic_or_without_a_date_is_still_a_letter():
    corrected = recognize("Allen to Baylor [sic, Baehler], October 28, 1979, NARA, RG 59, Kogan Papers, Box 2.").record
    assert corrected["recipient"] == [{"family": "Baehler"}] and corrected["issued"] == {"date-parts": [[1979, 10, 28]]}
    assert "event-place" not in corrected
    assert recognize("Slany to MacDonald [sic], June 3, 1990, NARA, RG 59.").record["title"] == "Slany to MacDonald"
    undated = recognize("Machak to Johnson, [no date], Department of State, CDC Lot File 95D113, Box 3.").record
    assert undated["type"] == "personal_communication" and "issued" not in undated
    assert undated["title"] == "Machak to Johnson"


def test_a_letter_to_a_french_name_with_its_article_or_to_a_board():
    record = recognize("Piquet à la Jonquière et Bigot, 8 Fév. 1752").record
    assert record["type"] == "personal_communication" and record["title"] == "Piquet à la Jonquière et Bigot"
    assert recognize("Clinton to Lords of Trade, 13 June, 1751").record["recipient"] == [{"literal": "Lords of Trade"}]


def test_a_pinpoint_in_brackets_after_a_letters_date_is_its_pinpoint():
    found = recognize("Adams to Seward, June 21, 1861 (pp. 109–110)")
    assert found.locator == "pp. 109–110" and "note" not in found.record


def test_a_collection_named_before_its_letters_is_what_each_is_printed_in():
    text = ("See in Message, 1861, Perry (Madrid) to Seward, June 13, 1861, p. 261; Clay (St. Petersburg) to Seward, "
            "June 21, 1861, p. 304. Adams to Seward, April 7, 1864, p. 5.")
    found = [shape for _, _, shape in find_kinds(text)]
    assert [shape.record["title"] for shape in found] == ["Perry to Seward", "Clay to Seward", "Adams to Seward"]
    assert [shape.context for shape in found[:2]] == [{"container-title": "Message", "note": "1861"}] * 2
    assert found[2].context == {}  # a later sentence: the collection named before is not said to hold it


@pytest.mark.parametrize("text, title, locator", [
    ("transcript of 1958 HAC meeting, pp. B-21–B-53, Department of State, HAC Lot File 96D292, Box 1",
     "transcript of 1958 HAC meeting", "pp. B-21–B-53"),  # pages numbered with a section's letter
    ("Minutes of 1957 HAC meeting, p. 47, Department of State, HAC Lot File 03D130", "Minutes of 1957 HAC meeting",
     "p. 47"),
])
def test_pages_of_an_archival_item_before_its_archive_are_its_pinpoint(text, title, locator):
    found = recognize(text)
    assert found.record["title"] == title and found.locator == locator


def test_quote_from_before_an_archival_item_is_no_part_of_its_title():
    [(start, _, found)] = find_kinds("Quote from transcript of 1958 HAC meeting, p. B–6, Department of State, HAC Lot "
                                     "File 96D292, Box 1.")
    assert start == len("Quote from ") and found.record["title"] == "transcript of 1958 HAC meeting"


@pytest.mark.parametrize("text, sender, recipient", [
    ("U.S. Embassy Paris to Department of State, February 4, 1970, NARA, RG 59", "U.S. Embassy Paris",
     "Department of State"),
    ("Department of State to U.S. Embassy London, April 14, 1964, NARA, RG 59", "Department of State",
     "U.S. Embassy London"),
    ("U.S. Embassy San Jose to Secretary of State, February 5, 1973", "U.S. Embassy San Jose", "Secretary of State"),
])
def test_an_embassy_and_its_city_are_one_body_not_a_person_named_after_an_office(text, sender, recipient):
    record = recognize(text).record
    assert record["author"] == [{"literal": sender}] and record["recipient"] == [{"literal": recipient}]
    assert record["title"] == f"{sender} to {recipient}"


@pytest.mark.parametrize("text, sender, recipient, archive", [
    ("Australian Embassy, Washington, to Holt, 20 April 1967", "Australian Embassy, Washington", "Holt", None),
    ("British Legation, Peking, to Foreign Office, 3 May 1925", "British Legation, Peking", "Foreign Office", None),
    ("NAA: A1838, TS691/1 part 7, cablegram 1585, Australian Embassy, Washington, to Holt, 20 April 1967",
     "Australian Embassy, Washington", "Holt", "NAA"),
    ("TNA, FO 371/81612, British Embassy, Washington, to Foreign Office, 3 May 1950", "British Embassy, Washington",
     "Foreign Office", "TNA"),
])
def test_a_post_named_with_its_city_between_commas_is_one_sender(text, sender, recipient, archive):
    found = recognize(text)
    assert found.record["author"] == [{"literal": sender}]
    assert [n.get("family") or n.get("literal") for n in found.record["recipient"]] == [recipient]
    assert found.record["title"] == f"{sender}, to {recipient}" and found.record.get("archive") == archive


def test_a_city_after_a_person_between_commas_is_not_read_as_a_posts_city():
    record = recognize("Acheson to Embassy, Paris, 3 May 1950").record  # the recipient's city is no sender's
    assert record["author"] == [{"family": "Acheson"}] and record["title"] == "Acheson to Embassy"


@pytest.mark.parametrize("text, sender, recipient", [
    ("Dean Acheson, Secretary of State, to Truman, May 3, 1950", "Acheson", "Truman"),
    ("Letter from Thruston B. Morton, Assistant Secretary of State for Congressional Relations, to Carl Hayden, "
     "April 3, 1957", "Morton", "Hayden"),
])
def test_the_office_a_sender_held_between_commas_is_no_part_of_the_letters_names(text, sender, recipient):
    found = recognize(text)
    assert found.kind == "letter" and found.record["title"] == f"{sender} to {recipient}"
    assert families(found.record["author"]) == [sender] and families(found.record["recipient"]) == [recipient]


@pytest.mark.parametrize("text, sender, recipient, printed", [
    ("Governor Clinton, of New York, to the Lords of Trade, Oct. 4, 1752",
     "Clinton", "the Lords of Trade", "Governor Clinton, of New York, to the Lords of Trade"),
    ("Collector McIntosh, of the District of Brunswick, Ga., to the Secretary of the Treasury, May 3, 1819",
     "McIntosh", "the Secretary of the Treasury",
     "Collector McIntosh, of the District of Brunswick, Ga., to the Secretary of the Treasury"),
    ("Consul Park at Rio Janeiro to Secretary Buchanan, Aug. 20, 1847", "Park", "Buchanan",
     "Consul Park at Rio Janeiro to Secretary Buchanan"),
    ("Joseph Nourse, Comptroller of the Treasury, to W.H. Crawford, Secretary of the Treasury, May 4, 1819", "Nourse",
     "Crawford", "Joseph Nourse to W.H. Crawford"),
])
def test_where_a_sender_was_and_a_recipients_office_are_no_part_of_the_letters_names(text, sender, recipient, printed):
    found = recognize(text)
    assert found.kind == "letter" and found.record["issued"]["date-parts"][0][0] in (1752, 1819, 1847)
    assert [n.get("family") or n.get("literal") for n in found.record["author"]] == [sender]
    assert [n.get("family") or n.get("literal") for n in found.record["recipient"]] == [recipient]
    assert found.record["title"] == f"{sender} to {recipient}" and found.record["title-short"] == printed
    if "Rio Janeiro" in text:
        assert found.record["event-place"] == "Rio Janeiro"


def test_a_letters_source_after_a_colon_is_no_part_of_the_letter():
    text = "Lord Napier to Secretary of State Cass, Dec. 24, 1857: British and Foreign State Papers, 1857–8, p. 1249."
    found = recognize(text)
    assert found.source_after and found.locator is None
    assert not {"container-title", "archive_location", "note"} & set(found.record)
    [(start, end, item)] = find_kinds(text)
    assert (start, text[:end]) == (0, "Lord Napier to Secretary of State Cass, Dec. 24, 1857")
    assert not recognize("Napier to Cass, Dec. 24, 1857, British and Foreign State Papers, 1857–8, p. 1249.").source_after


def test_a_quoted_item_attached_to_a_letter_is_an_item_of_its_own_kept_where_the_letter_is():
    text = ("“Principles to Guide the Editing of ‘Foreign Relations,’” attachment to Tyler Dennett memorandum to "
            "Secretary of State, March 26, 1925, Folder 55D606, Box 35, RG 59, Archives II, p. 1.")
    (start, end, item), (_, _, letter) = find_kinds(text)
    assert (start, text[end - 1]) == (0, "”") and not item.read_alone
    assert item.record["title"] == "Principles to Guide the Editing of ‘Foreign Relations’" and item.locator == "p. 1"
    assert item.record["archive"] == letter.record["archive"] == "Archives II"
    assert letter.record["title"] == "Dennett to Secretary of State"


def test_a_documentary_editions_source_note_is_an_archival_item():
    text = ("Source: Folder “Documents Relating to the Re-Review of Foreign Relations, 1950-1954 (1980),” Box 3, Lot "
            "File 04 D 114, U.S. Department of State, Washington, DC.")
    [(start, _, found)] = find_kinds(text)
    assert start == len("Source: ") and found.kind == "archival"
    assert found.record["title"] == "Documents Relating to the Re-Review of Foreign Relations, 1950-1954 (1980)"  # the folder
    assert found.record["archive"] == "U.S. Department of State" and found.record["archive-place"] == "Washington, DC"
    assert found.record["archive_location"].startswith("Folder “Documents Relating")  # a year in quotes is no imprint


def test_compare_to_before_an_archived_item_is_prose():
    text = ("Draft minutes of 1986 HAC meeting, pp. 10–12, Department of State. Compare to Ambach, classified appendix to "
            "minutes of 1986 HAC meeting, November 6, 1986, Department of State, HAC Lot File 96D292, Box 5.")
    assert [text[s:e].split(",")[0] for s, e, _ in find_kinds(text)] == ["Ambach"]


def test_a_named_memorandum_with_an_attached_bracket_and_meeting_notes_are_their_authors_items():
    found = recognize("Dwight Ambach memorandum (and attached memoranda and talking points), April 14, 1987, "
                      "Department of State, CDC Lot File 95D113, Box 3.")
    assert found is not None and found.kind == "letter" and found.record["title"] == "Memorandum"
    assert found.record["author"] == [{"given": "Dwight", "family": "Ambach"}]
    assert found.record["note"].startswith("and attached memoranda and talking points")
    found = recognize("Ambach meeting notes, May 19, 1987, Department of State, CDC Lot File 95D113, Box 3.")
    assert found is not None and found.record["genre"] == "meeting notes" and found.record["author"] == [{"family": "Ambach"}]


def test_a_letters_draft_is_that_letter_noted_as_a_draft_and_draft_is_no_sender():
    found = recognize("Draft W. Lee Rawls to Richard Darman, October 24, 1990, Department of State, PA Lot File 93D287.")
    assert found is not None and found.record["title"] == "Rawls to Darman" and found.record["note"].startswith("draft")
    assert found.record["author"] == [{"given": "W. Lee", "family": "Rawls"}]
    found = recognize("Draft memorandum for the Secretary, May 2, 1960, NARA.")
    assert found is None or "author" not in found.record


def test_a_date_the_editor_supplied_in_square_brackets_dates_the_item():
    found = recognize("Trask memorandum, [April 11, 1980], NARA, RG 59, Kogan Papers Lot File 83D230, Box 2.")
    assert found is not None and found.record["issued"] == {"date-parts": [[1980, 4, 11]]}
    assert found.record["archive"] == "NARA" and not found.record["archive_location"].startswith("]")


def test_letters_from_one_to_another_named_by_their_plural_are_the_senders():
    found = recognize("Lettres de Montcalm à Bourlamaque, 1757.")
    assert found is not None and found.record["author"] == [{"family": "Montcalm"}]
    assert found.record["title"] == "Montcalm à Bourlamaque"


@pytest.mark.parametrize("text", ["Letter from Saratoga, 12 July, 1758", "Letter from Lake George, 26 July, 1758"])
def test_a_letter_from_a_place_is_where_it_was_written_not_its_writer(text):
    found = recognize(text)
    assert found is None or "author" not in found.record


def test_a_letter_from_a_named_person_is_theirs():
    record = recognize("Letter from Ann Roe, May 12, 1950").record
    assert record["author"] == [{"given": "Ann", "family": "Roe"}]


def test_a_senders_office_of_a_few_words_between_commas_stays_out_of_the_name():
    record = recognize("Cunningham, aide-de-camp of Abercromby, to Cummings, 8 July, 1758").record
    assert record["author"] == [{"family": "Cunningham"}] and record["recipient"] == [{"family": "Cummings"}]
    assert record["issued"] == {"date-parts": [[1758, 7, 8]]}


@pytest.mark.parametrize("text, issued", [("Montcalm à Vaudreuil, 27 Juillet", "27 Juillet"), ("Saunders to Pitt, 20 Sept.", "20 Sept")])
def test_a_letter_dated_by_its_day_alone_is_a_letter_of_that_day(text, issued):
    record = recognize(text).record
    assert record["type"] == "personal_communication" and record["issued"] == {"literal": issued}
    assert recognize("Hale to Moss, 3 pages") is None


def test_an_archived_memorandum_entitled_so_is_titled_by_its_quotation_and_keeps_its_following_pages():
    text = ("memorandum entitled “On Publications by the Department of State of the United States,” August 2, 1898, NARA, "
            "RG 59, M800, Reports of Clerks and Bureau Officers of the Department of State, 1790–1911, Roll 7, pp. 981ff")
    found = recognize(text)
    assert found.record["title"] == "On Publications by the Department of State of the United States"
    assert "memorandum" in found.record["note"] and found.locator == "pp. 981ff"


def test_pages_listed_after_their_word_are_one_pinpoint_of_an_archival_item():
    found = recognize("Minutes of 1985 HAC meeting, pp. 5, 10, and 21, Department of State, HAC Lot File 96D292, Box 4.")
    assert found.locator == "pp. 5, 10, and 21" and found.record["archive_location"] == "HAC Lot File 96D292, Box 4"
    found = recognize("Harbaugh to the Commissioners, March 19, 1802, National Archives, Record Group 42, pp. 12, 14.")
    assert found.locator == "pp. 12, 14" and found.record["archive_location"] == "Record Group 42"


def test_a_quoted_title_after_the_archives_marks_is_the_items_title():
    found = recognize("MS. National Archives, Record Group 58, Book A, “List of the Taxes Assessed...,” October 1, 1798, p. 97.")
    assert found.record["title"] == "List of the Taxes Assessed..." and found.locator == "p. 97"
    assert found.record["archive"] == "National Archives" and found.record["archive_location"] == "Record Group 58, Book A"


def test_a_french_senders_office_between_commas():
    found = recognize("Houllière, Commandant des Troupes, au Ministre, 6 Août, 1758")
    assert found.kind == "letter" and found.record["author"] == [{"family": "Houllière"}]
    assert found.record["issued"] == {"date-parts": [[1758, 8, 6]]}
    found = recognize("Villejouin, commandant à l'Isle St.-Jean, au Ministre, 8 Sept. 1758")
    assert found.kind == "letter" and found.record["author"] == [{"family": "Villejouin"}]
    assert found.record["recipient"] == [{"literal": "Ministre"}]


def test_a_letter_named_after_its_sender_in_a_letter_to():
    found = recognize("Landon Charles Reisinger, Historical Researcher for The Historical Society of York County, "
                      "in a letter to Lee Burke, July 7, 1975")
    assert found.kind == "letter" and found.record["title"] == "Reisinger to Burke"
    assert found.record["recipient"] == [{"given": "Lee", "family": "Burke"}]
    assert found.record["issued"] == {"date-parts": [[1975, 7, 7]]}


def test_letters_to_a_possessed_recipient_from_an_agent_and_kept_in_a_bracketed_archive():
    found = recognize("Montcalm à sa Femme, 18 Avril, 1758")
    assert found.kind == "letter" and found.record["recipient"] == [{"literal": "sa Femme"}]
    found = recognize("Bollan, Agent of Massachusetts, to Speaker of Assembly, 20 March, 1760")
    assert found.kind == "letter" and found.record["title"] == "Bollan to Speaker of Assembly"
    found = recognize("Pownall to Pitt, 30 Sept. 1758 (Public Record Office, America and West Indies, LXXI.)")
    assert found.record["archive"] == "Public Record Office"
    assert found.record["archive_location"] == "America and West Indies, LXXI"


def test_a_letter_said_to_have_no_date():
    found = recognize("Grant to Forbes, no date")
    assert found.kind == "letter" and found.record["title"] == "Grant to Forbes" and "issued" not in found.record
    assert recognize("Grant and the Freedmen") is None  # no date and no word saying there is none


def test_an_editors_query_after_a_day_leaves_the_day_printed():
    found = recognize("Vaudreuil au Ministre, 20 [?] Mai, 1759")
    assert found.kind == "letter" and found.record["issued"] == {"date-parts": [[1759, 5, 20]]}
    found = recognize("Loudon to Pownall, 16 [18?] Aug. 1757")
    assert found.kind == "letter" and found.record["issued"] == {"date-parts": [[1757, 8, 16]]}


def test_a_dash_for_a_blank_day_before_the_month_and_year():
    found = recognize("Hamilton to Dinwiddie,—May, 1753")
    assert found.kind == "letter" and found.record["issued"] == {"date-parts": [[1753, 5]]}


def test_what_was_sent_with_a_letter_in_brackets_after_its_sender():
    found = recognize("Stanley Grogon (with attached Edwin Kretzmann through Grogon to Allen Dulles) to Allen Dulles, "
                      "December 1, 1960, Department of State, Lot File 12")
    assert found.kind == "letter" and found.record["title"] == "Grogon to Dulles"
    assert found.record["note"] == "with attached Edwin Kretzmann through Grogon to Allen Dulles"


def test_a_database_document_number_and_a_lead_clause_before_a_letter():
    found = recognize("Nicholas Burckel to Casey, October 19, 1984, CREST, CIA–RDP86M00886R002000100012–9")
    assert found.kind == "letter" and found.record["archive"] == "CREST"
    assert found.record["archive_location"] == "CIA–RDP86M00886R002000100012–9"
    found = recognize("The original Department referral to the Agency is Kretzmann to Allen Dulles (attention to Grogon), "
                      "July 8, 1960, CREST, CIA–RDP80B01676R000900080067–4")
    assert found.kind == "letter" and found.record["title"] == "Kretzmann to Dulles"


def test_a_periodicals_issue_by_its_place_and_day_or_month():
    found = recognize("Justice, London, January 31, 1918.")
    assert found.kind == "newspaper" and found.record["container-title"] == "Justice"
    assert found.record["publisher-place"] == "London" and found.record["issued"] == {"date-parts": [[1918, 1, 31]]}
    assert found.record["type"] == "article-newspaper"
    found = recognize("Justice (London), January 23, 1919.")
    assert found.record["container-title"] == "Justice" and found.record["issued"] == {"date-parts": [[1919, 1, 23]]}
    found = recognize("The New International, April, 1918.")  # led by its article: a periodical's month
    assert found.record["container-title"] == "The New International" and found.record["issued"] == {"date-parts": [[1918, 4]]}
    # a person's letter, a document, or a name with no known place after it: no issue
    for text in ("Montcalm, Quebec, 12 May, 1759", "Journal, Paris, 3 May, 1759", "Justice, Elsewhere, May 16, 1918"):
        found = recognize(text)
        assert found is None or found.record.get("container-title") not in ("Montcalm", "Journal", "Justice"), text


def test_a_periodicals_issue_read_as_a_short_cite_is_a_full_reference_and_a_quoted_title_keeps_its_paper():
    normalized = normalize_fields([("title", "Justice,"), ("location", "London,"), ("date", "May 16, 1918.")],
                                  kind="short", text="Justice, London, May 16, 1918.")
    assert normalized.kind == "full" and normalized.record["type"] == "article-newspaper"
    assert normalized.record["issued"] == {"date-parts": [[1918, 5, 16]]}
    found = find_kinds('Editorial entitled "Bolshevik Problems," in The Liberator, April, 1918.')
    assert found == []  # the issue is the quoted editorial's container, which the parser's cite holds whole


def test_a_persons_archive_is_a_collection_and_a_published_series_of_archives_is_not():
    found = recognize("Trotsky Archive, Houghton Library, T 3456")
    assert found.kind == "archival" and found.record["type"] == "manuscript"
    found = recognize("Kautsky-Archiv, IISG, K D XII 580")
    assert found.kind == "archival"
    for text in ("Force, American Archives, 4th Ser., I. 1038", "“A Process Archive: The Grand Circularity,” 97–123, 2012"):
        found = recognize(text)
        assert found is None or found.kind != "archival", text


def test_an_items_genre_before_its_paper_is_no_author_and_an_issues_number_names_it():
    found = recognize("Editorial, Daily Worker, May 3, 1937")
    assert found.record["genre"] == "Editorial" and "author" not in found.record
    assert recognize("John Smith, Daily Worker, May 3, 1937").record["author"] == [{"given": "John", "family": "Smith"}]
    found = recognize("Pravda, October 8, 1918 (No. 216)")
    assert found.record["container-title"] == "Pravda" and found.record["issue"] == "216"
    assert found.record["issued"] == {"date-parts": [[1918, 10, 8]]} and "publisher-place" not in found.record
    assert recognize("Izvestya, July 28, 1918") is None  # a name and a day alone: nothing says a paper


@pytest.mark.parametrize("text", ["Richardson interview.", "Richardson, interview.", "Interview with Richardson."])
def test_an_interview_cited_short_by_the_one_interviewed_is_an_interview(text):
    found = recognize(text)
    assert found.kind == "interview" and found.record["author"] == [{"family": "Richardson"}]
    assert [found.kind for _, _, found in find_kinds(text)] == ["interview"]
    assert find_kinds("Richardson gave an interview.") == []  # a sentence: prose


def test_an_archival_item_named_by_its_genre_after_a_hereafter_and_its_marks_takes_it_as_its_title():
    found = recognize("Modern Records Centre, University of Warwick (hereafter MRC), MSS.75/3/1/12, minutes of the "
                      "Political Committee, 4 March 1950.")
    assert found.record["title"] == "minutes of the Political Committee" and found.record["note"] == "hereafter MRC"
    assert found.record["archive_location"] == "MSS.75/3/1/12"


def test_a_shelfmark_opening_on_mss_keeps_it():
    found = recognize("MRC, MSS.75/3/1/14, 'Report on the Labour Party work', 1951.")
    assert found.record["archive"] == "MRC" and found.record["archive_location"] == "MSS.75/3/1/14"
    assert found.record["issued"] == {"date-parts": [[1951]]}  # a bare year after the marks dates the item
    found = recognize("MRC, MSS.75/3/1/14, 'Report on the Labour Party work', n.d. [1951].")
    assert found.record["issued"] == {"date-parts": [[1951]]} and found.record["note"] == "n.d.; year supplied"
    found = recognize("MS. National Archives, Record Group 42, Proceedings of the Commissioners, V. 175-177.")
    assert found.record["archive"] == "National Archives"  # "MS." says the item is a manuscript


def test_a_congressional_document_is_a_report_numbered_by_its_designation():
    found = recognize("Condition of Affairs in Samoa, 50th Cong., 2nd Sess., SED 31 (Ser. 2610).")
    assert found.kind == "congress" and found.record == {
        "type": "report", "title": "Condition of Affairs in Samoa", "number": "SED 31", "note": "50th Cong., 2nd Sess.",
        "collection-title": "U.S. Congressional Serial Set", "collection-number": "2610"}
    found = recognize("These orders are all included in Rules and Regulations Governing the Department of State, 59th Cong., "
                      "2nd Sess., S. Doc. 359 (Serial 5073), pp. 11–14.")
    assert found.record["title"] == "Rules and Regulations Governing the Department of State"
    assert found.record["number"] == "S. Doc. 359" and found.locator == "pp. 11–14"
    found = recognize("Correspondence relating to the Panama Canal, 57th Cong., 1st Sess., SED 12.")
    assert found.record["title"] == "Correspondence relating to the Panama Canal"  # sentence case, no prose before it
    titles = [f.record["title"] for _, _, f in find_kinds(
        "Seizure of American Vessels and Injuries to American Citizens during Hostilities in Cuba, 41st Cong., 2nd Sess., "
        "SED 108 (Ser. 1407); The Emancipation of Slaves in Cuba, 41st Cong., 2nd Sess., SED 113 (Ser. 1407).")]
    assert titles == ["Seizure of American Vessels and Injuries to American Citizens during Hostilities in Cuba",
                      "The Emancipation of Slaves in Cuba"]


def test_a_letter_printed_in_a_congressional_document_is_no_document_title():
    found = recognize("Stevens to Foster, September 14, 1892, in Relations with Hawaii, 52nd Cong., 2nd Sess., SED 77, 179.")
    assert found is None or found.kind != "congress"


def test_papers_listed_before_the_one_day_they_all_appeared_on_give_one_issue_each():
    text = ("Albany Evening Journal, Boston Daily Advertiser, and Weekly Wisconsin Patriot, all December 7, 1861; "
            "Hartford Daily Courant, December 9, 1861.")
    found = find_kinds(text)
    assert [(text[s:e], r.record["container-title"], r.record["issued"]["date-parts"]) for s, e, r in found] == [
        ("Albany Evening Journal", "Albany Evening Journal", [[1861, 12, 7]]),
        ("Boston Daily Advertiser", "Boston Daily Advertiser", [[1861, 12, 7]]),
        ("Weekly Wisconsin Patriot, all December 7, 1861", "Weekly Wisconsin Patriot", [[1861, 12, 7]]),
        ("Hartford Daily Courant, December 9, 1861.", "Hartford Daily Courant", [[1861, 12, 9]])]
    assert find_kinds("Smith, Jones, and Brown, all 3 May 1926.") == []  # no paper among them


def test_an_interview_described_after_the_one_interviewed_is_titled_as_described_with_its_medium():
    found = recognize("Laura Silagi and Suzanne Siegel, e-mail interview with the author, 17 July 2024.")
    assert found.record["title"] == "E-mail interview with the author" and found.record["medium"] == "e-mail"
    assert [a["family"] for a in found.record["author"]] == ["Silagi", "Siegel"]
    assert found.record["interviewer"] == [{"literal": "the author"}]
    assert recognize("Interview with Al Richardson, London, 12 June 1995.").record["title"] == "Interview with Al Richardson"


def test_a_communication_between_two_people_is_sent_by_the_first_to_the_second():
    found = recognize("Email communication between Martin and the author, 23 July 2020.")
    assert found.record["type"] == "personal_communication" and found.record["author"] == [{"family": "Martin"}]
    assert found.record["recipient"] == [{"literal": "the author"}] and found.record["issued"] == {"date-parts": [[2020, 7, 23]]}


def test_a_letter_to_the_editor_printed_in_a_periodical_is_an_article_of_it():
    found = recognize("Jeanne Moutoussamy-Ashe, letter to the editor, 21 March 1973, Photo Newsletter 2, no. 2 "
                      "(March–April 1973): 5.")
    assert found.record == {"type": "article-magazine", "title": "Letter to the editor", "genre": "letter to the editor",
                            "container-title": "Photo Newsletter", "issued": {"date-parts": [[1973, 3, 21]]},
                            "author": [{"given": "Jeanne", "family": "Moutoussamy-Ashe"}], "volume": "2", "issue": "2"}
    assert found.locator == "5"
    found = recognize("Max Shachtman, letter to the editor, New York Times, 3 May 1952.")
    assert found.record["type"] == "article-newspaper" and found.record["container-title"] == "New York Times"


def test_a_united_nations_document_cited_by_its_symbol_is_a_document_numbered_so():
    found = recognize("UN document E/447 (1947).")
    assert found.record == {"type": "document", "title": "UN document E/447", "number": "E/447", "publisher": "United Nations",
                            "issued": {"date-parts": [[1947]]}}
    (_, _, found), = find_kinds("See the strategy document, UN doc. 38/C/49, article 55.4.")  # "See" is the lead's
    assert found.record["number"] == "38/C/49" and found.record["genre"] == "strategy document"
    assert found.locator == "article 55.4"
    assert recognize("UN document, E/447.").record["title"] == "UN document E/447"


def test_letters_listed_before_the_one_day_they_share_are_each_a_letter_of_that_day():
    text = "Lowe to Hale, Lowe to Hay, and Lowe to Ann Roe, March 8, 1938, NARA, RG 59, 711/1."
    found = find_kinds(text)
    assert [text[s:e].split(",")[0] for s, e, _ in found] == ["Lowe to Hale", "Lowe to Hay", "Lowe to Ann Roe"]
    assert all(r.record["issued"] == {"date-parts": [[1938, 3, 8]]} and r.record["archive"] == "NARA" for _, _, r in found)
    # a list of names, no letters, is left alone
    assert len(find_kinds("Hale, Hay, and Lowe to Ann Roe, March 8, 1938, NARA, RG 59, 711/1.")) == 1


def test_a_page_before_the_archive_ends_where_prose_about_it_begins():
    found = recognize("Ann Lowe to Hale, August 31, 1961, p. 5 attached as Tab 5 to agenda of 1961 meeting, "
                      "Department of State, HAC Lot File 96D292, Box 1.")
    assert found.locator == "p. 5" and found.record["note"] == "attached as Tab 5 to agenda of 1961 meeting"
    assert found.record["archive"] == "Department of State"


def test_a_public_document_cited_by_its_number_first_is_a_report_titled_as_printed():
    found = recognize("Document No. 58, U. S. Senate Docs. First Session, 19th Congress:7-8.")
    assert (found.record["type"], found.record["number"], found.locator) == ("report", "No. 58", "7-8")
    assert found.record["title"] == "Document No. 58, U. S. Senate Docs. First Session, 19th Congress"
    found = recognize("Doc. No. 13, State Papers, Second Session, 18th Congress, Vol. ii.")
    assert found.record["volume"] == "ii" and found.locator is None
    # a city's series of no Congress is titled by its own name; a year at the end is no page
    found = recognize("Doc. No. 46, Documents of the Board of Aldermen, xxi:26.")
    assert found.record["title"] == "Documents of the Board of Aldermen" and found.locator == "xxi:26"
    assert recognize("Doc. No. 90, U. S. Senate, First Session, 22nd Congress, 1831.") is None


def test_a_public_document_cited_by_its_series_then_its_number_is_a_report_of_that_series():
    found = recognize("Senate Documents, First Session, 24th Congress, 1835, Vol. vi, Doc. No. 425.")
    assert found.record["title"] == "Senate Documents, First Session, 24th Congress"
    assert (found.record["number"], found.record["volume"], found.record["issued"]) == \
        ("Doc. No. 425", "vi", {"date-parts": [[1835]]})
    found = recognize("[New York] Senate Documents, 1834, Vol. ii, Doc. No. 108, p. 12.")
    assert found.record["title"] == "[New York] Senate Documents, 1834" and found.locator == "12"
    # a series that names no house, body or session: no such document
    assert recognize("Collected Papers, 1834, Vol. ii, Doc. No. 108.") is None


def test_an_interview_with_the_author_named_by_the_one_interviewed_first():
    found = recognize("Glotzer interview with author, New York, May 12, 1988.")
    assert found.record["type"] == "interview" and found.record["author"] == [{"family": "Glotzer"}]
    assert found.record["interviewer"] == [{"literal": "the author"}] and found.record["issued"] == {"date-parts": [[1988, 5, 12]]}


def test_a_college_keeping_papers_is_their_archive():
    found = recognize("Churchill College, Cambridge, Attlee papers, ATLE 1/17, note of 5 Oct. 1945.")
    assert (found.record.get("archive"), found.record.get("archive-place")) == ("Churchill College", "Cambridge")
    assert found.record.get("title") != "Churchill College, Cambridge"


def test_a_letter_attached_in_brackets_is_a_letter_of_its_own_kept_where_the_other_is():
    from notecite.normalize.kinds import find_kinds

    text = ("Machak to Johnson (and attached Johnson to Kennedy, May 9, 1990), May 8, 1990, Department of State, "
            "CDC Lot File 95D113, Box 3, Historical Advisory Committee 1990.")
    found = [(text[s:e], shape.record.get("title"), shape.inside) for s, e, shape in find_kinds(text)]
    assert ("Johnson to Kennedy, May 9, 1990", "Johnson to Kennedy", True) in found
    assert any(title == "Machak to Johnson" and not inside for _, title, inside in found)
    attached = next(shape for s, e, shape in find_kinds(text) if shape.inside)
    assert attached.record["archive"] == "Department of State"
    # a bracket that attaches no letter gives none
    assert not any(shape.inside for _, _, shape in find_kinds("Ambach memorandum (with attached memorandum), June 8, 1990."))


def test_a_bracket_of_several_attachments_gives_each_its_own_item():
    from notecite.normalize.kinds import find_kinds

    # semicolons inside the bracket end no clause; a dated letter and items named with a writer or date are items
    text = ("Johnson to Hoggard (with attached Machak to Slany, July 2, 1990; Morefield revisions to FRUS action plan, "
            "June 27, 1990; memorandum, [no date]; and Morefield memorandum, June 20, 1990), July 2, 1990 and Machak to "
            "William, July 11, 1990 in Department of State, CDC Lot File 95D113, Box 2, PA/HO Plan.")
    titles = [shape.record.get("title") for _, _, shape in find_kinds(text)]
    assert titles[:2] == ["Johnson to Hoggard", "Machak to Slany"]
    assert "Morefield revisions to FRUS action plan" in titles and "Machak to William" in titles
    assert any(shape.record.get("author") == [{"family": "Morefield"}] and shape.record["issued"]["date-parts"] == [[1990, 6, 20]]
               for _, _, shape in find_kinds(text))
    # two letters joined by "and"; a letter's own "and attachments" is no item
    text = ("Slany to Kennedy (with attached Morefield to Slany, Skipper, and Tait and attachments, September 20, 1990; "
            "Howard Shaffer to Hoggard, June 6, 1990 and Hoggard to Schaffer, June 15, 1990), September 21, 1990, "
            "Department of State, PA Lot File 93D287, Box 1.")
    inside = [shape.record["title"] for _, _, shape in find_kinds(text) if shape.inside]
    assert inside == ["Morefield to Slany, Skipper and Tait", "Shaffer to Hoggard", "Hoggard to Schaffer"]
    # a bracket that opens a cite of its own (no attachment) still ends at its semicolons
    text = "(see submission, Rowland to Freeth, undated, NAA: A1838, 3036/1411/6; DEA to Djakarta, 18 April 1969, NAA: A6364)."
    assert [shape.record.get("title") for _, _, shape in find_kinds(text)][-1] == "DEA to Djakarta"


def test_a_letter_may_name_its_subject_before_its_date():
    from notecite.normalize.kinds import recognize

    found = recognize("Frank Sieverts to Herschler, draft FRUS amendment, August 29, 1990, Department of State, HAC Lot "
                      "File 96D292, Box 6")
    assert found.kind == "letter" and found.record["title"] == "Sieverts to Herschler"
    assert found.record["issued"] == {"date-parts": [[1990, 8, 29]]} and found.record["note"] == "draft FRUS amendment"
    found = recognize("Hoggard to Selin, Tutwiler, and Mullins, [no subject], June 4, 1990")
    assert found.kind == "letter" and found.record["issued"] == {"date-parts": [[1990, 6, 4]]}
    # a clause that says where the letter is, or a year alone, is no subject
    found = recognize("Smith to Jones, in Papers of X, 1990")
    assert found is None or found.record.get("note") != "in Papers of X"


def test_a_letter_from_a_sender_the_editor_could_not_name_has_no_author():
    from notecite.normalize.kinds import recognize

    found = recognize("[no author identified] to Morefield, June 13, 1990")
    assert found.kind == "letter" and "author" not in found.record
    assert found.record["title"] == "[no author identified] to Morefield"
    assert found.record["recipient"] == [{"family": "Morefield"}]
    found = recognize("draft [no author identified] to Schaffer, [no date]")
    assert found.record["title"] == "[no author identified] to Schaffer" and found.record["note"] == "draft"
    # an undated letter before where it is kept
    found = recognize("[Ruth Whiteside?] to Selin, [no date] in Department of State, M Chron Lot File 92D523, Box 3")
    assert found.kind == "letter" and found.record["title"] == "Whiteside to Selin"


def test_items_and_attached_after_a_letter_and_remarks_on_it_are_each_an_item():
    from notecite.normalize.kinds import find_kinds

    text = ("Selin comments on Hoggard to Selin, Tutwiler, and Mullins, [no subject], June 4, 1990 and attached FRUS action "
            "plan, [no date] and attached [Ruth Whiteside?] to Selin, [no date] in Department of State, M Chron Lot File "
            "92D523, Box 3, June 1990 M Chron Files.")
    found = [(shape.record.get("title"), shape.record.get("author")) for _, _, shape in find_kinds(text)]
    assert found == [("comments on Hoggard to Selin, Tutwiler, and Mullins", [{"family": "Selin"}]),
                     ("Hoggard to Selin, Tutwiler and Mullins", [{"family": "Hoggard"}]),
                     ("FRUS action plan", None),
                     ("Whiteside to Selin", [{"given": "Ruth", "family": "Whiteside"}])]


def test_an_unnamed_writers_item_and_a_date_the_editor_could_only_guess():
    from notecite.normalize.kinds import recognize

    found = recognize("[no author identified] memoranda, May 2, 1991 in Department of State")
    assert found.kind == "letter" and "author" not in found.record and found.record["genre"] == "memoranda"
    assert found.record["issued"] == {"date-parts": [[1991, 5, 2]]}
    found = recognize("Machak through Acquavella to Krys (with attached analysis of FRUS action plan), [no date—late January?]")
    assert found.kind == "letter" and found.record["title"] == "Machak through Acquavella to Krys"
    assert "issued" not in found.record


def test_the_people_a_letter_went_through_and_an_item_attached_to_an_unnamed_writers_one():
    from notecite.normalize.kinds import find_kinds

    text = ("See also Slany through Kennedy and Hoggard to Tutwiler (with attached background notes and talking points), "
            "December 7, 1990 and Kimball to Tutwiler, December 8, 1990 in Department of State, PA Lot File 93D287, Box 1.")
    assert [shape.record["title"] for _, _, shape in find_kinds(text)] == ["Slany through Kennedy and Hoggard to Tutwiler",
                                                                           "Kimball to Tutwiler"]
    text = ("See Pell’s remarks on Congressional Record - Senate, July 29, 1991, p. 20245 and annotated draft FRUS legislation "
            "attached to [no author identified] memorandum, July 30, 1991, Department of State, CDC Lot File 95D113, Box 2.")
    found = [(text[s:e], shape.record.get("title")) for s, e, shape in find_kinds(text)]
    assert found[0] == ("annotated draft FRUS legislation", "annotated draft FRUS legislation")
    assert found[1][1] == "Memorandum" and found[1][0].startswith("[no author identified] memorandum, July 30, 1991")


def test_the_body_keeping_the_files_and_its_offices_are_the_archive_not_the_title():
    from notecite.normalize.kinds import recognize

    found = recognize("minutes of June 1991 HAC meeting, p. 6, Department of State, Bureau of Public Affairs, Office of the "
                      "Historian, Advisory Committee on Historical Diplomatic Documentation Files, 1972–2007 (Lot File "
                      "09D473), Box 1, June 1991.")
    assert found.record["title"] == "minutes of June 1991 HAC meeting" and found.locator == "p. 6"
    assert found.record["archive"] == "Department of State, Bureau of Public Affairs, Office of the Historian"


def test_a_sentence_saying_where_papers_can_be_found_is_no_archival_item():
    from notecite.normalize.kinds import recognize

    found = recognize("The briefing materials for Selin’s testimony, drafted by FPC, can be found in Department of State, "
                      "CDC Lot File 95D113, Box 2, PA/HO Plan.")
    assert found is None or "can be found" not in found.record.get("title", "")


def test_a_described_item_before_a_letter_is_kept_where_the_letter_is_and_an_editors_word_before_a_date():
    from notecite.normalize.kinds import find_kinds, recognize

    text = ("See also annotated comparison of draft legislation, [no date] and Littrel to Mueller and Bacchus (with "
            "attached talking points and suggested revisions), [drafted] September 12, 1991 in Department of State, CDC "
            "Lot File 95D113, Box 2.")
    found = {shape.record["title"]: shape for _, _, shape in find_kinds(text)}
    assert found["Littrel to Mueller and Bacchus"].record["issued"] == {"date-parts": [[1991, 9, 12]]}
    assert found["annotated comparison of draft legislation"].record["archive"] == "Department of State"
    # a name's letters the editor supplied, unsure of them
    found = recognize("J[oe] C[haddic] to Joe A[cquavella?], December 19, 1991")
    assert found.record["title"] == "Chaddic to Acquavella"


def test_the_letter_an_item_was_attached_to_and_an_interview_after_and_are_items_of_their_own():
    from notecite.normalize.kinds import find_kinds

    text = ("Petersen to Slany, February 4, 1987, Department of State, HAC Lot File 96D292, Box 5; and report of 1986 HAC "
            "meeting (attached to Perkins to Shultz, March 12, 1987), Department of State, HAC Lot File 96D292, Box 5.")
    titles = [shape.record.get("title") for _, _, shape in find_kinds(text)]
    assert titles == ["Petersen to Slany", "report of 1986 HAC meeting", "Perkins to Shultz"]
    text = "See Neal Petersen memorandum, March 23, 1988, pp. 1 and 16, attached to Dillery to Spiers, August 4, 1988, NARA."
    assert "Dillery to Spiers" in [shape.record.get("title") for _, _, shape in find_kinds(text)]
    text = ("Levitsky to Powell (with attached report to Reagan, June 1988), June 24, 1988, Department of State, 1988 "
            "P-Reels, P880115–1826.")
    assert [shape.record.get("title") for _, _, shape in find_kinds(text)] == ["Levitsky to Powell", "report to Reagan"]
    text = ("See passim, Department of State, CDC Lot File 95D113, Box 2, Presidential Directive 1985 and Charles Stuart "
            "Kennedy interview with Henry Bardach, March 12, 1996, Library of Congress, ADST Oral History.")
    assert [shape.kind for _, _, shape in find_kinds(text)] == ["interview"]


def test_a_letter_through_an_office_after_and_is_the_next_item():
    from notecite.normalize.kinds import find_kinds

    text = ("Record of July 1990 HAC briefing, Department of State, HAC Lot File 96D292, Box 6, Advisory Committee—1990—"
            "Correspondence & Memos and Slany through Kennedy to Hoggard, July 18, 1990, Department of State, PA Lot File "
            "93D287, Box 1.")
    assert "Slany through Kennedy to Hoggard" in [shape.record.get("title") for _, _, shape in find_kinds(text)]


def test_a_quoted_title_dated_after_and_is_the_next_item():
    text = ("Ambach, “The Pell Amendment,” June 8, 1990 and “Selin Meeting on the Pell Amendment/FRUS,” June 19, 1990 in "
            "Department of State, CDC Lot File 95D113, Box 2.")
    titles = [found.record.get("title") for _, _, found in find_kinds(text)]
    assert "Selin Meeting on the Pell Amendment/FRUS" in titles


def test_an_item_attached_to_a_letter_after_its_own_file_or_alone_in_one_word_is_an_item_of_its_own():
    text = ("Report of December 1988 HAC meeting, Department of State, 1989 P-Reels, P890097–1170 through 1173 attached to "
            "Cohen to James Baker, March 7, 1989, Department of State, 1989 P-Reels, P890097–1168 through 1169.")
    assert [found.record.get("title") for _, _, found in find_kinds(text)] == ["Report of December 1988 HAC meeting", "Cohen to Baker"]
    text = "Chronology attached to Slany through Hoggard and Kennedy to Tutwiler, March 2, 1990, Department of State, HAC Lot File 96D292."
    assert [found.record.get("title") for _, _, found in find_kinds(text)] == ["Chronology", "Slany through Hoggard and Kennedy to Tutwiler"]
    # a paper kept in a letter, named after "in"
    text = "Perkins to Slany, October 15, 1987 and chronology in Slany through High to Redman, May 4, 1988, Department of State."
    assert [found.record.get("title") for _, _, found in find_kinds(text)] == ["Perkins to Slany", "chronology", "Slany through High to Redman"]
    # prose naming a letter after "in" is no paper kept in it
    text = "These letters explained the steps outlined in Bernard Kalb through Spiers to Shultz, December 18, 1985, Department of State."
    assert "These letters explained the steps outlined" not in [found.record.get("title") for _, _, found in find_kinds(text)]


def test_drafts_unnamed_senders_and_the_items_of_an_attachment_bracket():
    text = ("Kenneth Hartung to High, April 26, 1988 attached to Machak to Robert Johnson, May 8, 1990 and draft Johnson to "
            "G[eorge] Alfred Kennedy, May 9, 1990, Department of State, CDC Lot File 95D113, Box 3.")
    assert "Johnson to Kennedy" in [found.record.get("title") for _, _, found in find_kinds(text)]
    found = recognize("revised draft Tutwiler to Dillery, July 26, 1989")
    assert (found.kind, found.record["title"], found.record["note"]) == ("letter", "Tutwiler to Dillery", "draft")
    text = ("See J[ohn] P G[lennon] note, September 18, 1985 and [name not declassified] to Ambach, November 26, 1985 in NARA, "
            "RG 59.")
    assert "[name not declassified] to Ambach" in [found.record.get("title") for _, _, found in find_kinds(text)]
    found = recognize("[name not declassified—Chief, Information Services Staff] to Trask, April 21, 1980, CREST")
    assert found.kind == "letter" and "author" not in found.record
    text = ("Slany through Hoggard to Tutwiler (with attached draft Tutwiler to Dillery, July 20, 1989; Susan Tait to All "
            "Advisory Committee Executive Secretaries, [no date]; Bill McQuaid to Committee Management Officers, and review "
            "of HAC, June 27, 1989), July 20, 1989, Department of State, HAC Lot File 96D292.")
    titles = [found.record.get("title") for _, _, found in find_kinds(text)]
    assert titles[0] == "Slany through Hoggard to Tutwiler"  # not cut at ", and" inside its bracket
    assert {"Tutwiler to Dillery", "Tait to All Advisory Committee Executive Secretaries", "review of HAC"} <= set(titles)


def test_two_senders_a_letter_with_supplied_letters_and_a_memo_attached_to_a_letter():
    text = "Claiborne Pell and David Boren to Baker, April 27, 1990, Department of State, 1990 P-Reels, P900179–0659."
    [(_, _, found)] = find_kinds(text)
    assert found.record["title"] == "Pell and Boren to Baker" and len(found.record["author"]) == 2
    text = ("John Glennon memo, January 5, 1990 attached to J[ohn] P G[lennon] to W[illiam] Z S[lany], March 7, 1990, "
            "Department of State, HAC Lot File 96D292, Box 6.")
    assert "Glennon to Slany" in [found.record.get("title") for _, _, found in find_kinds(text)]
    text = "Memo attached to Robert Carr to Kennedy, [no date], Department of State, HAC Lot File 96D292, Box 6."
    assert [found.record.get("title") for _, _, found in find_kinds(text)] == ["Memo", "Carr to Kennedy"]
    # in a bracket of attachments one word only describes what came with the letter
    text = "Carr to Herbert Lord (with attached memo, October 9, 1928), October 10, 1928, NARA, RG 59."
    assert [found.record.get("title") for _, _, found in find_kinds(text)] == ["Carr to Lord"]


def test_an_issue_dated_after_vom_du_or_a_weekday_is_a_newspaper_item():
    for text, paper, day in [("Oberyssel'sche Zeitung vom Dienstag, 25. März 1823", "Oberyssel'sche Zeitung", [1823, 3, 25]),
                             ("Kölnische Zeitung vom 12. Mai 1870", "Kölnische Zeitung", [1870, 5, 12]),
                             ("the Gazette of Monday, May 3, 1790", "Gazette", [1790, 5, 3])]:
        found = recognize(text)
        assert found.kind == "newspaper" and found.record["container-title"] == paper, text
        assert found.record["issued"] == {"date-parts": [day]}, text
    # "und" and a capitalised word after the day: the next cite of the note
    [(start, end, found)] = find_kinds("Vgl. Oberyssel'sche Zeitung vom Dienstag, 25. März 1823 und Scheltema, Beil. S. 99-101.")
    assert found.kind == "newspaper" and found.prose_after
    # "and" before a month: another issue of the paper
    found = recognize("New York Herald, December 1, 1863 and January 25, 1864")
    assert found is None or not found.prose_after


def test_a_possessives_letter_before_a_colon_and_its_source_ends_at_the_colon():
    found = recognize("Chew's letter of Oct. 17, 1817: Ibid., pp. 14-16")
    assert found.kind == "letter" and found.source_after and found.locator is None


def test_two_senders_of_a_letter_stay_one_letter_after_draft_of_or_attachment_to():
    from notecite.normalize.kinds import find_kinds

    def letters(text):
        return [(found.record.get("title"), len(found.record.get("author", []))) for _, _, found in find_kinds(text)
                if found.kind == "letter"]

    # a draft of two senders' letter, the second item of a clause
    text = ("Trask to Dyess, June 1980, NARA, RG 59, FRUS Clearance Lot File 96D274, Box 4 and draft Dyess and Vest to "
            "Newsom, July 28, 1980, NARA, RG 59, Kogan Papers Lot File 83D230, Box 2.")
    assert letters(text) == [("Trask to Dyess", 1), ("Dyess and Vest to Newsom", 2)]
    # the letter an item is an attachment to, named in brackets
    text = ("“PA Comments on EUR Memorandum,” August 29, 1980 (attachment to revised draft McNamara and Vest to Newsom, "
            "[no date]), NARA, RG 59, Kogan Papers Lot File 83D230, Box 2.")
    assert letters(text) == [("McNamara and Vest to Newsom", 2)]
    # after "of" in a sentence: the words before are no sender
    text = ("Memorandum of conversation, October 9, 1980, in Department of State, Lot File 04D114, Box 3. The decision is "
            "recorded on p. 8 of Dyess and Vest to Newsom, September 13, 1980, NARA, RG 59, Kogan Papers Lot File 83D230, Box 2.")
    assert ("Dyess and Vest to Newsom", 2) in letters(text)


def test_a_letter_attached_in_brackets_may_hold_a_bracket_of_its_own():
    from notecite.normalize.kinds import find_kinds

    text = ("McNamara to Dyess (with attached Tracy to Oversight Committee for the Information Security Program (E.O. 12065), "
            "January 5, 1981), January 1, 1981, NARA, RG 59, PA Lot File 82D297, Box 1, PA/HO.")
    found = [(shape.record.get("title"), shape.inside) for _, _, shape in find_kinds(text)]
    assert ("Tracy to Oversight Committee for the Information Security Program", True) in found
    assert ("McNamara to Dyess", False) in found


def test_an_editors_no_date_after_an_archival_items_title_is_no_part_of_it():
    for text, title in [("“CDC actions (per 6/13/80 memo), 1951, v. III,” [no date], NARA, RG 59, Kogan Papers Lot File 83D230, "
                         "Box 2, Foreign Relations 2.", "CDC actions (per 6/13/80 memo), 1951, v. III"),
                        ("Noble, meeting agenda, [no date], Department of State, HAC Lot File 96D292, Box 3.", "meeting agenda"),
                        ("Baehler memorandum, [no date], NARA, RG 59, Kogan Papers Lot File 83D230, Box 2.", "Baehler memorandum")]:
        found = recognize(text)
        assert found.kind == "archival" and found.record["title"].endswith(title), text
        assert "date" not in found.record["title"], text


def test_a_quoted_title_after_can_be_found_in_is_the_item():
    from notecite.normalize.kinds import find_kinds

    text = ("HO comments on requested CDC deletions can be found in “CDC actions (per 6/13/80 memo), 1951, v. III,” [no date], "
            "NARA, RG 59, Kogan Papers Lot File 83D230, Box 2, Foreign Relations 2.")
    titles = [shape.record.get("title") for _, _, shape in find_kinds(text)]
    assert titles == ["CDC actions (per 6/13/80 memo), 1951, v. III"]


def test_an_archival_item_opening_on_its_genre_and_writer_then_its_quoted_title_takes_them_as_fields():
    record = recognize("Memorandum by Bevin, ‘The Soviet threat’, 5 Jan. 1948, TNA, CAB 129/23, CP (48) 7.").record
    assert record["title"] == "The Soviet threat" and record["genre"] == "memorandum"
    assert record["author"] == [{"family": "Bevin"}] and record["archive_location"] == "CAB 129/23"
    # an office that wrote it, in lower case, is no person: it stays in the note
    record = recognize("Memorandum by the foreign secretary, ‘Policy towards Germany’, 3 May 1946, TNA, CAB 129/9.").record
    assert record["title"] == "Policy towards Germany" and "author" not in record
    assert record["note"] == "Memorandum by the foreign secretary"


def test_what_every_collection_holds_is_in_each_text_naming_one():
    from notecite.normalize.kinds import _COLLECTION

    texts = ["Baldwin Papers", "Dalton diary", "Trotsky Archive, folder 2", "Kautsky-Archiv;", "Fondo Tasca", "Nachlaß Bebel",
             "State Department Records", "FBI Files", "Hoover Institution Collections", "Smith collection", "the diaries"]
    for text in texts:
        assert _COLLECTION.pattern.search(text) is None or _COLLECTION.search(text) is not None
    assert _COLLECTION.search("Dalton diary") and _COLLECTION.search("Kautsky-Archiv;")


def test_each_issue_the_shapes_read_ends_as_their_guards_ask():
    from notecite.normalize import kinds

    issues = {kinds._monthly_issue: ["Derby Co-op Record June 1926", "The Record (TGWU) November 1943 ", "Labour Monthly - September 1925\n"],
              kinds._issue_and_its_place: ["Justice, London, January 31, 1918", "Justice (London), January 23, 1919",
                                           "Pravda, October 8, 1918 (No. 216)", "New Europe (London), September, 1917 "],
              kinds._numbered_issue: ["Byulleten Oppozitsii, no. 10, April 1930", "Fourth International, No. 3 (March 1941), p. 77",
                                      "Fourth International, No. 3 (March 1941)", "Sotsialisticheskii vestnik, no. 5 (1925): 12"]}
    for reader, texts in issues.items():
        for text in texts:
            assert reader(text) is not None, text


def test_a_numbered_issue_of_a_periodical_named_in_sentence_case_is_that_issue():
    """A transliterated name in sentence case (``Sotsialisticheskii vestnik, no. 5 (1925): 12``) names a periodical
    as a capitalised one does, with the page after a colon as the pinpoint; a sentence is none."""
    found = recognize("Sotsialisticheskii vestnik, no. 5 (1925): 12.")
    assert found is not None and found.locator == "12"
    assert found.record["container-title"] == "Sotsialisticheskii vestnik" and found.record["issue"] == "5"
    assert found.record["issued"] == {"date-parts": [[1925]]}
    assert recognize("Byulleten’ oppozitsii, no. 27, April 1932").record["container-title"] == "Byulleten’ oppozitsii"
    assert recognize("This was said at the time in the party press, no. 5 (1925)") is None


def test_what_every_shelfmark_without_a_digit_holds_is_in_each_text_naming_one():
    from notecite.normalize.kinds import SHELFMARK, SHELFMARK_WITHOUT_DIGITS

    texts = ["Lot File Korea", "box IV", "boxes XII", "carton V", "folders II-III", "file no. IX", "dossier C", "reels X",
             "bundle L", "liasses V", "cotes I", "Mappe V", "Kasten X", "Akte I", "portfolio II", "microfilm reel IV",
             "RG X", "Add MS i", "Box IV", "no shelfmark here", "f. R, op. x"]
    for text in texts:
        assert SHELFMARK.search(text) is None or SHELFMARK_WITHOUT_DIGITS.search(text) is not None, text
    assert SHELFMARK_WITHOUT_DIGITS.search("Lot File Korea") and SHELFMARK_WITHOUT_DIGITS.search("Kasten X")


def test_every_letter_the_addressed_shapes_read_has_its_to_between_spaces():
    from notecite.normalize.kinds import _LETTER, _TO_BETWEEN_SPACES

    texts = ["Trotsky to Serge, June 5, 1936", "Roe an Doe, 3 Mai 1850", "Roe à Doe, 3 mai 1850", "Roe\tto\nDoe, May 3, 1950",
             "Landon Reisinger, in a letter to Lee Burke, July 7, 1975", "Roe memorandum for Doe, May 3, 1950",
             "Letter to Hargreaves from T. B. Oakley, March 4th 1947", "Roe telegram al Doe, 3 maggio 1850",
             "Jane Roe memorandum to Review Board for the Records (EO 123) [henceforth Review Board], May 3, 1950"]
    for text in texts:
        assert not any(pattern.match(text) for pattern in _LETTER) or _TO_BETWEEN_SPACES.search(text), text
    assert all(any(pattern.match(text) for pattern in _LETTER) for text in texts[:3])


@pytest.mark.parametrize("text", ["Nov. 7, 1937", "7 Nov. 1937", "November 7th, 1937", "7th November 1937", "2 de agosto 1595",
                                  "12º Mayo 1840", "3. Mai 1863", "March 3rd 1941"])
def test_every_day_date_holds_its_day_then_its_year(text):
    from notecite.normalize.kinds import _DAY_DATE, _DAY_THEN_YEAR
    day = _DAY_DATE.search(text)
    assert day is not None and _DAY_THEN_YEAR.search(day.group(0)) is not None
    assert _DAY_THEN_YEAR.search("Victor Serge, Memoirs of a Revolutionary (London, 1963), 67") is None


@pytest.mark.parametrize("text", ["FO 371/1234", "CAB 23/1", "F7 4436", "BB18 6012", "Add MS 12345", "MS Eng. hist. c. 1092",
                                  "box 3, folder 2", "f. 17, op. 1, d. 45", "CIA–RDP86M00886R002000100012–9", "RG 59",
                                  "Record Group 84", "Lot File Korea", "Cod. lat. 12", "Nachl. 5", "Kasten IV", "microfilm reel 3",
                                  "CP/IND/DUTT/12/4", "Victor Serge, Memoirs of a Revolutionary (London, 1963), 67"])
def test_a_shelfmark_is_found_as_the_pattern_finds_it(text):
    from notecite.normalize.kinds import SHELFMARK, _shelfmark
    for written in (text, f"See {text}, p. 3"):
        expected, found = SHELFMARK.search(written), _shelfmark(written)
        assert (found and found.span()) == (expected and expected.span())
    assert (_shelfmark(text) is None) == text.startswith("Victor Serge")


@pytest.mark.parametrize("text, note", [
    ("Wilson to Root, March, 11, 1907.", "March, 11"),
    ("Tracy to the Oversight Committee for the Information Security Program (E.O. 12065), November 18, 1980",
     "E.O. 12065"),
])
def test_text_before_a_letters_date_that_is_no_place_goes_to_its_note(text, note):
    record = recognize(text).record
    assert "event-place" not in record and record["note"] == note


@pytest.mark.parametrize("text", ["Hay to Smith, Paris, 3 May 1936.", "Hay to Smith, [Paris], 3 May 1936."])
def test_the_place_before_a_letters_date_is_where_it_was_written(text):
    assert recognize(text).record["event-place"] == "Paris"


@pytest.mark.parametrize("text, author, archive, location", [
    ("Public Record Office, FO 371/12345, Memorandum by Smith, 3 May 1936.", [{"family": "Smith"}],
     "Public Record Office", "FO 371/12345"),
    ("Trotsky Archives, Houghton Library, bMS Russ 13.1 (7530): Trotsky to Cannon, 12 May 1935.", [{"family": "Trotsky"}],
     "Trotsky Archives, Houghton Library", "bMS Russ 13.1 (7530)"),
    ("Hoover Institution Archives, Nicolaevsky Collection, box 3: Letter from Dan to Abramovich, 4 March 1932.",
     [{"family": "Dan"}], "Hoover Institution Archives", "Nicolaevsky Collection, box 3"),
])
def test_a_letter_named_after_the_archive_that_keeps_it_is_the_letter_with_its_archive(text, author, archive, location):
    [(start, end, found)] = find_kinds(text)
    assert found.kind == "letter" and found.record["author"] == author
    assert found.record["archive"] == archive and found.record["archive_location"] == location
    assert found.record["issued"]["date-parts"][0][0] in (1932, 1935, 1936)


def test_an_archive_and_a_report_in_prose_after_it_stay_an_archival_item():
    found = recognize("Archives nationales, F7 13090, rapport du 4 mars 1922.")
    assert found.kind == "archival" and found.record["archive_location"] == "F7 13090"


def test_a_sentence_naming_the_archive_before_the_letter_kept_there_is_one_item_with_it():
    [(start, end, found)] = find_kinds("Trotsky Archives, Harvard. Letter to Cannon, 12 May 1935.")
    assert start == 0 and found.kind == "letter" and found.record["archive"] == "Trotsky Archives"
    assert found.record["recipient"] == [{"family": "Cannon"}] and "author" not in found.record


def test_a_printed_source_before_a_letter_stays_apart_from_it():
    text = "Letters of John Shirley in Pennsylvania Archives, II. Bradstreet to Shirley, 17 Aug. 1755."
    [(start, end, found)] = find_kinds(text)
    assert text[start:].startswith("Bradstreet") and found.record["author"] == [{"family": "Bradstreet"}]


def test_a_book_title_with_to_after_an_archive_is_no_letter():
    text = "American State Papers, Miscellaneous, 11, 188. George Watterston, New Guide to Washington (Washington, 1847), 63."
    assert not any(found.kind == "letter" for _, _, found in find_kinds(text))


def test_a_genre_word_is_no_senders_name():
    assert recognize("Harvard. Letter to Cannon, 12 May 1935") is None


def test_a_folder_named_in_quotes_is_the_title_of_an_archival_item_that_has_no_other():
    found = recognize("Folder “Dissent Channel Package (1980),” Box 3, Lot File 04 D 114, U.S. Department of State, Washington, DC.")
    assert found.kind == "archival" and found.record["title"] == "Dissent Channel Package (1980)"
    assert found.record["archive_location"].startswith("Folder “Dissent Channel Package (1980)”, Box 3")
    # an item's quoted title among the marks stays the title
    found = recognize("TNA, CAB 24/140, folder “Cabinet papers”, ‘Communist propaganda’, 12 Oct. 1922")
    assert found.record["title"] == "Communist propaganda"


def test_a_papers_issues_of_several_days_are_read_as_the_first_days_issue():
    found = recognize("Derbyshire Advertiser March 13th, October 23rd, October 30th 1970")
    assert found.kind == "newspaper" and found.record["container-title"] == "Derbyshire Advertiser"
    assert found.record["issued"] == {"date-parts": [[1970, 3, 13]]}  # the linker makes one cite of each day
    assert recognize("Derby ASLEF October 11th, November 8th, December 6th 1914") is None  # no paper's name
    # the last day printed without its month: the first day, with the series' year
    for text in ("Derbyshire Times October 17th & 24th 1931", "New York Times, December 12 and 13, 1881"):
        found = recognize(text)
        assert found.kind == "newspaper" and found.record["container-title"] == text.split(" October")[0].split(",")[0]
        assert found.record["issued"]["date-parts"][0][:2] in ([1931, 10], [1881, 12])


def test_an_archives_acronym_a_colon_and_its_series_are_where_the_item_is_kept():
    record = recognize("Despatch 9/56, NAA: A1838, TS681/10 part 6.").record
    assert record["title"] == "Despatch 9/56" and record["archive"] == "NAA"
    assert record["archive_location"] == "A1838, TS681/10 part 6"


def test_a_book_with_its_imprint_unbracketed_is_no_filed_letter():
    text = ("Peter Dennis, Jeffrey Grey, Ewan Morris and Robin Prior (eds), The Oxford Companion to Australian Military "
            "History, Oxford University Press, Melbourne, 1995, pp. 144-5, 209.")
    assert find_kinds(text) == []  # "Companion to … History" is a title, not a letter to History


def test_an_interview_may_describe_the_one_interviewed_between_the_name_and_the_interview():
    record = recognize("Moises Venancio, United Nations Development Programme advisor in New York, interview with author, "
                       "23 January 2019").record
    assert record["type"] == "interview" and record["author"] == [{"given": "Moises", "family": "Venancio"}]
    assert record["note"] == "United Nations Development Programme advisor in New York"
    assert record["issued"] == {"date-parts": [[2019, 1, 23]]}
    assert recognize("Jane Roe, The Best Years, interview by Sam Poe, 1990") is None  # a title, no description


def test_a_body_before_the_title_of_an_archival_item_is_its_author():
    record = recognize("Commission for the Protection and Restitution of Cultural Material, Final Report, doc. no. AME/148, "
                       "15 December 1945, British National Archives Reference T 209/5/1, 2.").record
    assert record["author"] == [{"literal": "Commission for the Protection and Restitution of Cultural Material"}]
    assert record["title"].startswith("Final Report") and record["archive_location"].endswith("T 209/5/1")
    # the records of a body, named after it, are the title: no author
    record = recognize("Minutes of the Executive Committee, Final Report, 15 December 1945, "
                       "British National Archives Reference T 209/5/1.").record
    assert "author" not in record


def test_a_conversation_with_the_notes_author_is_a_personal_communication_dated_or_not():
    found = recognize("L Clay conversations with the author 1984")
    assert found.record["type"] == "personal_communication" and found.record["title"] == "conversations with the author"
    assert found.record["author"] == [{"given": "L.", "family": "Clay"}] and found.record["issued"] == {"date-parts": [[1984]]}
    found = recognize("Emily Brady, conversation with the author, 28 June 2023")
    assert found.record["issued"] == {"date-parts": [[2023, 6, 28]]}
    assert recognize("Tom Mann - telephone conversation with the writer").record["title"] == "telephone conversation with the writer"
    assert recognize("He had many conversations with the author") is None  # prose, no one's name


def test_a_papers_name_opening_on_a_given_name_is_no_person():
    """``Christian Recorder, May 25, 1861, p. 2``: a name ending on a paper's noun is the paper, though its first word is
    a given name; a person's name and a day alone stay no paper."""
    for text, page in (("Christian Recorder, May 25, 1861, p. 2", "p. 2"), ("Christian Advocate, June 2, 1870.", None)):
        found = recognize(text)
        assert found is not None and found.record["container-title"] == text.split(",")[0], text
        assert found.record["type"] == "article-newspaper" and found.locator == page
    assert recognize("Christian Ramsey, May 25, 1861") is None


def test_an_interview_cited_by_the_name_and_its_bracketed_day():
    found = recognize("Tarn Okafor interview (Feb. 4, 2004).")
    assert found is not None and found.kind == "interview"
    assert found.record["author"] == [{"given": "Tarn", "family": "Okafor"}]
    assert found.record["issued"] == {"date-parts": [[2004, 2, 4]]}
    assert "issued" not in recognize("Okafor interview.").record


def test_a_report_cited_by_its_genre_title_and_day():
    """``CIA analytic report, "Old School Ties," Mar. 10, 2003``: a report with its genre, title, number and day, by the
    body named before the genre; a person's name or one unquoted word as the title is no such report."""
    found = recognize('CIA analytic report, "Harbour Towns in Winter," CTC 00-40017CSH, Nov. 2, 2000.')
    assert found is not None and found.record == {"type": "report", "title": "Harbour Towns in Winter", "genre": "analytic report",
                                                  "issued": {"date-parts": [[2000, 11, 2]]}, "author": [{"literal": "CIA"}],
                                                  "number": "CTC 00-40017CSH"}
    found = recognize("Intelligence report, the harbour towns in winter, Mar. 31, 1994")
    assert found.record["title"] == "the harbour towns in winter" and "author" not in found.record
    for text in ("Okafor report, Jones, 12 May 1920", "Annual report, 12 May 1920", "Intelligence report, John Okafor, 12 May 1920"):
        assert recognize(text) is None, text
    # a body of several words, its division after the genre, a month's date and where it is online
    found = recognize('Tarn Institute of Harbour Studies report, Bureau of Ports, "Harbour Towns in Winter," Oct. 2001 '
                      '(online at https://example.org/towns.htm)')
    assert found.record["author"] == [{"literal": "Tarn Institute of Harbour Studies"}] and found.record["note"] == "Bureau of Ports"
    assert found.record["issued"] == {"date-parts": [[2001, 10]]} and found.record["URL"] == "https://example.org/towns.htm"


def test_a_paper_named_with_its_town_and_state_in_brackets_is_that_papers_issue():
    """``Vermont Phoenix (Brattleboro, VT), 20 Oct. 1837``: a bracket of a town and its state after a name names a paper
    (no paper's noun needed); a given name opening a paper's name with its noun (``Alexandria Gazette``) is no person; a
    person's name before such a bracket stays no paper."""
    found = recognize("Tarnside Phoenix (Brattleboro, VT), 20 Oct. 1837.")
    assert found.record == {"type": "article-newspaper", "container-title": "Tarnside Phoenix",
                            "issued": {"date-parts": [[1837, 10, 20]]}, "publisher-place": "Brattleboro, VT"}
    found = recognize("Alexandria Gazette (Alexandria, VA), 08 April 1913, p. 4.")
    assert found.record["container-title"] == "Alexandria Gazette" and found.locator == "p. 4"
    assert recognize("John Smith (Boston, MA), 3 May 1937.") is None


def test_a_title_holding_a_lower_case_word_before_a_is_no_letter():
    """``Decline of a Bible Civilization, 1794–1911``: ``a`` (the Romance ``to``) after words ending on a lower-case
    word joins no sender to a recipient: a title, no letter."""
    assert recognize("Decline of a Harbour Civilization, 1794–1911 (Tarn Press, 2022)") is None
    assert recognize("Prevost a Bigot, 12 mai 1750").record["author"] == [{"family": "Prevost"}]


def test_a_letters_day_in_brackets_written_month_first_is_its_date_not_an_imprint():
    found = recognize("Letter from Ann Lowe to Bo Ware (August 13, 1813), in The Papers of Ann Lowe, ed. Cy Dunn "
                      "(Leeds: Dunn, 1907), vol. 3, 26–38.")
    record = found.record
    assert record["type"] == "personal_communication" and record["issued"] == {"date-parts": [[1813, 8, 13]]}
    assert record["author"][0]["family"] == "Lowe" and record["container-title"] == "The Papers of Ann Lowe"
    # a book's imprint bracket after a title holding "to" stays a book's
    assert recognize("Ann Lowe, From Peel to Churchill (London, 1970).") is None
