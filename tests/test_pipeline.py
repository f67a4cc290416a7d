import json

from notecite import answer_key
from notecite.formats import read, write
from notecite.formats.citations import citations_to_json
from notecite.pipeline import extract

from pathlib import Path

DATA = Path(__file__).parent / "data"

ARTICLE = DATA / "pipeline" / "luxemburg.md"
KEY = DATA / "answer_keys" / "luxemburg.json"


def test_extract_finds_each_work_once_and_links_every_cite():
    library = extract([ARTICLE])
    score = answer_key.score(answer_key.load(KEY), library)
    assert score.false_works == [] and score.missed_works == []
    assert score.link_accuracy == 1.0, score.link_errors
    assert score.field_accuracy == 1.0, score.field_errors


def test_keys_are_stable_and_new_records_say_where_they_were_cited_only_when_asked():
    first, second = extract([ARTICLE]), extract([ARTICLE], provenance_note=True)
    assert [r["id"] for r in first] == [r["id"] for r in second]
    assert not any("Cited in" in str(r.get("note", "")) for r in first)
    assert first.citations_of(first.records[0]["id"])  # provenance stays in the citations
    frolich = next(r for r in second if r["id"].startswith("frolich"))
    assert frolich["note"].startswith("Cited in luxemburg.md: n. 1 (45), n. 2 (52), n. 4 (88–89)")


def test_citations_json_shape():
    data = citations_to_json(extract([ARTICLE]).citations)
    assert data["document"] == "luxemburg.md"
    first = data["notes"][0]
    assert first["note"] == 1
    assert set(first["cites"][0]) >= {"id", "locator", "label", "kind", "confidence"}
    assert 0.0 <= first["cites"][0]["confidence"] <= 1.0
    json.dumps(data)


def test_into_twice_adds_nothing_and_keeps_the_users_fields(tmp_path):
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps([{"id": "nettl-bio", "type": "book", "title": "Rosa Luxemburg",
                                 "author": [{"family": "Nettl", "given": "J. P."}], "publisher": "Oxford University Press",
                                 "note": "my annotated copy", "call-number": "HX 274 .L8"}]), encoding="utf-8")
    first = extract([ARTICLE], into=read(mine))
    write(first, mine)
    after_first = mine.read_text(encoding="utf-8")
    second = extract([ARTICLE], into=read(mine))
    write(second, mine)
    assert mine.read_text(encoding="utf-8") == after_first
    records = json.loads(after_first)
    users = next(r for r in records if r["id"] == "nettl-bio")
    assert users["note"] == "my annotated copy" and users["call-number"] == "HX 274 .L8"
    assert users["publisher"] == "Oxford University Press"
    assert sum(1 for r in records if r.get("title") == "Rosa Luxemburg") == 1
    assert len(records) == 3


def test_the_same_work_in_two_documents_is_one_record(tmp_path):
    other = tmp_path / "other.md"
    other.write_text("Text.[^1]\n\n[^1]: Rosa Luxemburg, *The Accumulation of Capital* (London: Routledge, 1951), 99.\n",
                     encoding="utf-8")
    library = extract([ARTICLE, other])
    accumulation = [r for r in library if "Accumulation" in r.get("title", "")]
    assert len(accumulation) == 1
    documents = {c.document for c in library.citations_of(accumulation[0]["id"])}
    assert documents == {"luxemburg.md", "other.md"}


def test_parallel_jobs_give_the_same_library(tmp_path):
    other = tmp_path / "other.md"
    other.write_text("Text.[^1]\n\n[^1]: Leon Trotsky, *The Revolution Betrayed* (New York: Doubleday, 1937), 12.\n",
                     encoding="utf-8")
    serial, parallel = extract([ARTICLE, other]), extract([ARTICLE, other], jobs=2)
    assert serial.records == parallel.records
    assert [c.as_json() for c in serial.citations] == [c.as_json() for c in parallel.citations]


def test_a_work_cited_in_two_documents_is_one_record_that_names_both():
    pipeline = DATA / "pipeline"
    library = extract([pipeline / "kollontai.txt", pipeline / "atc-kollontai.txt"], provenance_note=True)
    clements = [r for r in library if r.get("title", "").startswith("Bolshevik Feminist")]
    assert len(clements) == 1
    assert clements[0]["note"] == "Cited in kollontai.txt: n. 5. Cited in atc-kollontai.txt: n. 1 (122), n. 2 (229–231)."


def test_into_recognises_a_better_bibtex_entry_with_case_protected_title(example_article):
    """Issue 14.10: the user's ``trotskyRevolutionBetrayed1937`` (title in BBT's ``{{…}}``) is the
    work of the note "Leon Trotsky, The Revolution Betrayed": no second record."""
    from notecite.formats import loads
    mine = loads("@book{trotskyRevolutionBetrayed1937,\n  title = {{The Revolution Betrayed}},\n"
                 "  author = {Trotsky, Leon},\n  date = {1937},\n  publisher = {Doubleday, Doran},\n}\n", "biblatex")
    library = extract([example_article], into=mine)
    trotsky = [r["id"] for r in library if "trotsky" in r["id"].lower()]
    assert trotsky == ["trotskyRevolutionBetrayed1937"]
    assert {c.note for c in library.citations_of("trotskyRevolutionBetrayed1937")} == {18}


def test_matching_against_a_library_is_as_good_as_across_notes(example_article):
    """Every work the example cites, given back as an existing library (keys and titles as a user's
    Better BibTeX export would have them), is recognised: nothing is added."""
    from notecite.formats import dumps, loads
    import copy
    alone = extract([example_article])
    users = copy.deepcopy(alone)
    for record in users:  # BBT-style keys, titles case-protected as BBT writes them
        record["id"] += "BBT"
        record["title"] = f'<span class="nocase">{record["title"]}</span>'
    mine = loads(dumps(users, "biblatex"), "biblatex")
    again = extract([example_article], into=mine)
    assert len(again) == len(alone)


KINDS = DATA / "pipeline" / "archives-kinds.txt"


def test_letters_interviews_archives_and_newspapers_become_their_csl_records_and_are_linked():
    library = extract([KINDS])
    by_type = {}
    for record in library:
        by_type.setdefault(record["type"], []).append(record)
    letter, = by_type["personal_communication"]
    assert letter["recipient"][0]["family"] == "Berkman" and letter["archive"] == "Tamiment Library"
    interview, = by_type["interview"]
    assert interview["interviewer"][0]["family"] == "Hart" and interview["medium"] == "tape recording"
    manuscript, = by_type["manuscript"]
    assert manuscript["archive_location"] == "F7 13090"
    newspaper, = by_type["article-newspaper"]
    assert newspaper["issued"] == {"date-parts": [[1937, 11, 7]]} and "volume" not in newspaper
    cited = {c.note: c for c in library.citations}
    assert cited[5].record_id == letter["id"]  # the short form of the letter
    assert cited[4].locator == "3"


def test_citation_like_text_that_cannot_be_parsed_is_reported_with_its_note_and_text():
    from notecite.document import read_document
    from notecite.parse.leftovers import citation_like, leftover_spans

    library = extract([KINDS])
    reported = [w for w in library.warnings if "could not parse" in w]
    for note in read_document(KINDS).notes:  # every citation-like clause is a cite or a reported item
        spans = [(c.start, c.end) for c in library.citations if c.note == note.number]
        for start, end in leftover_spans(note.text, spans):
            if citation_like(note.text[start:end]):
                assert f"archives-kinds.txt, note {note.number}: could not parse {note.text[start:end]!r}" in reported
    assert reported  # the garbled journal reference of note 6 is one
    assert not any("note 7" in w for w in library.warnings)  # prose with a year is not a citation


def test_a_clause_the_parser_left_as_prose_is_read_by_shape_or_reported():
    from notecite.pipeline import _leftover_cites

    text = "Daily Herald, Nov. 7, 1937, 3; Qzv Wxr 1933, Bltn Ovrq, yq. 7, 145-9. It rained."
    unparsed: list[str] = []
    cites = _leftover_cites("a.txt", 4, text, [], unparsed)
    assert [c.record["container-title"] for c in cites] == ["Daily Herald"] and cites[0].locator["value"] == "3"
    assert unparsed == ["a.txt, note 4: could not parse 'Qzv Wxr 1933, Bltn Ovrq, yq. 7, 145-9.'"]


NAMES_ARTICLE = """Some prose.

Notes

1. Franz Kessler (as "Spartacus"), Der Weg zur Macht (Berlin: Vorwärts, 1921), 14.
2. Kessler, Weg zur Macht, 20.
3. For the wider context see Sheila Fitzpatrick’s superb The Russian Revolution (Oxford: Oxford University Press, 1982), 45.
4. Fitzpatrick, Russian Revolution, 50.
5. Carlo Ginzburg, The Cheese and the Worms, trans. John and Anne Tedeschi (Baltimore: Johns Hopkins University Press, 1980), 12.
6. Ginzburg, Cheese and the Worms, 30.
7. The prisoners studied Marx’s Civil War in France with the others.
"""


def test_pseudonyms_possessives_and_shared_family_names_give_works_their_short_forms_link_to(tmp_path):
    document = tmp_path / "names.txt"
    document.write_text(NAMES_ARTICLE, encoding="utf-8")
    library = extract([document])
    by_family = {r["author"][0]["family"]: r for r in library.records}
    assert set(by_family) == {"Kessler", "Fitzpatrick", "Ginzburg", "Marx"}
    kessler = by_family["Kessler"]
    assert kessler["author"] == [{"given": "Franz", "family": "Kessler"}]
    assert kessler["note"] == "pseudonym: Spartacus (Franz Kessler)"
    assert by_family["Fitzpatrick"]["title"] == "The Russian Revolution"
    assert by_family["Ginzburg"]["translator"] == [{"given": "John", "family": "Tedeschi"}, {"given": "Anne", "family": "Tedeschi"}]
    assert by_family["Marx"]["title"] == "Civil War in France"
    links = [(c.note, library[c.record_id]["author"][0]["family"], c.locator) for c in library.citations]
    assert links == [(1, "Kessler", "14"), (2, "Kessler", "20"), (3, "Fitzpatrick", "45"), (4, "Fitzpatrick", "50"),
                     (5, "Ginzburg", "12"), (6, "Ginzburg", "30"), (7, "Marx", None)]
    for suffix in (".bib", ".ris", ".json"):  # every writer keeps the pseudonym
        out = tmp_path / f"names{suffix}"
        write(library, out)
        assert "pseudonym: Spartacus (Franz Kessler)" in out.read_text(encoding="utf-8")
        again = read(out)
        assert any("pseudonym: Spartacus" in str(r.get("note", "")) for r in again)


SENTENCES_ARTICLE = """Some prose.

Notes

1. Robert Conquest, The Great Terror (London: Macmillan, 1968), 44.
2. Conquest, Great Terror, 101. Again, the author refers to the same archive without naming the file.
3. Ibid., 102. The Author Gives No Source For This Figure.
4. Conquest, Great Terror, 110; Again the Same Claim Appears Later.
5. Ibid. This Is Repeated in Chapter Nine.
6. Eric Hobsbawm, Primitive Rebels (Manchester: Manchester University Press, 1959), 12; George Rudé, The Crowd in History (New York: Wiley, 1964), 33; Conquest, Great Terror, 120.
"""


def test_sentences_after_cites_are_no_works_and_semicolons_split_cites(tmp_path):
    document = tmp_path / "sentences.txt"
    document.write_text(SENTENCES_ARTICLE, encoding="utf-8")
    library = extract([document])
    assert sorted(r["title"] for r in library.records) == ["Primitive Rebels", "The Crowd in History", "The Great Terror"]
    links = [(c.note, library[c.record_id]["title"].split()[-1], c.locator) for c in library.citations]
    assert links == [(1, "Terror", "44"), (2, "Terror", "101"), (3, "Terror", "102"), (4, "Terror", "110"),
                     (5, "Terror", "110"), (6, "Rebels", "12"), (6, "History", "33"), (6, "Terror", "120")]



def test_a_title_after_a_full_stop_is_not_given_the_author_of_the_cite_before(tmp_path):
    document = tmp_path / "stops.txt"
    document.write_text("Some prose.\n\nNotes\n\n"
                        "1. Stobo's Plan of Fort Duquesne, 1754. Journal of Thomas Forbes, 1755.\n"
                        "2. Victor Serge, Memoirs of a Revolutionary, 12, and From Lenin to Stalin, 4.\n",
                        encoding="utf-8")
    library = extract([document])
    authors = {r["title"]: [a.get("family") for a in r.get("author", [])] for r in library.records}
    assert authors["Journal of Thomas Forbes"] == ["Forbes"]  # its writer (normalize.writers), not Stobo
    assert authors["From Lenin to Stalin"] == ["Serge"]


def test_a_title_after_a_semicolon_takes_the_author_before_only_when_listed_or_named(tmp_path):
    document = tmp_path / "semicolons.txt"
    document.write_text("Some prose.\n\nNotes\n\n"
                        "1. Ruth Fischer, Stalin and German Communism (Cambridge, 1948), 12; Annual Report of the "
                        "Labour Board (London, 1950), 7.\n"
                        "2. Paul Frölich, Rosa Luxemburg: Her Life and Work (London, 1940), 33; Memoirs of Frölich "
                        "(Berlin, 1925), 5.\n"
                        "3. Boris Souvarine, Stalin (New York, 1939), 8; and Cauchemar en URSS (Paris, 1937), 21.\n",
                        encoding="utf-8")
    authors = {r["title"]: [a.get("family") for a in r.get("author", [])] for r in extract([document]).records}
    assert authors["Annual Report of the Labour Board"] == []
    assert authors["Memoirs of Frölich"] == ["Frölich"]
    assert authors["Cauchemar en URSS"] == ["Souvarine"]


def test_the_stop_between_two_cites_is_recorded():
    from notecite.pipeline import _separator

    note = "Smith, Title A, 4; see Title B, 7. Title C, 2, and Title D, 9 Title E"
    assert _separator(note, note.index(", 4") + 3, note.index("Title B"), "see") == ";"
    assert _separator(note, note.index(", 7") + 3, note.index("Title C"), "") == "."
    assert _separator(note, note.index(", 2") + 3, note.index("Title D"), "and") == ","
    assert _separator(note, note.index(", 9") + 3, note.index("Title E"), "") == ""
    note = "Kendall's Report, August, 1830: Senate Doc., 21 Cong."
    assert _separator(note, note.index(": "), note.index("Senate"), "") == ":"


def test_each_cite_is_joined_to_the_cite_right_before_it_whichever_reader_found_it():
    from notecite.link.model import NoteCite
    from notecite.pipeline import _set_separators

    # a parser cite, a letter read whole by the letters' reader, a parser cite: the third is joined to the letter
    # by its semicolon, not to the first cite by the strongest stop in all the text between them
    note = "Roe, Docks, 4. Roe to Day, May 3, 1937, Box 2; see Piers, 7: Ibid., 9."
    spans = [(0, 13), (15, 45), (51, 59), (61, 69)]
    cites = [NoteCite("a.txt", 1, kind, {}, start=start, end=end, prefix=prefix)
             for (start, end), kind, prefix in zip(spans, ("full", "full", "short", "ibid"), ("", "", "see", ""))]
    _set_separators(note, cites)
    assert [c.separator for c in cites] == ["", ".", ";", ":"]


def test_a_cite_after_ms_is_a_manuscript(tmp_path):
    document = tmp_path / "ms.txt"
    document.write_text("Some prose.\n\nNotes\n\n"
                        "1. MS. Treasury Department, 12 Letters to Collectors, p. 88.\n"
                        "2. Victor Serge, Memoirs of a Revolutionary (London, 1963), 12.\n", encoding="utf-8")
    types = {r["title"].split(",")[-1].strip(): r["type"] for r in extract([document]).records}
    assert types == {"12 Letters to Collectors": "manuscript", "Memoirs of a Revolutionary": "book"}


def test_a_full_stop_and_a_dash_separate_two_references(tmp_path):
    document = tmp_path / "dashes.txt"
    document.write_text("Some prose.\n\nNotes\n\n1. Bibliographie.--Martin, De la folie morale, Paris, 1840.--"
                        "Girard, Du crime et de la peine, Lyon, 1850.--Roux, Les prisons, Paris, 1861.\n", encoding="utf-8")
    authors = {r["title"]: [a.get("family") for a in r.get("author", [])] for r in extract([document]).records}
    assert authors == {"De la folie morale": ["Martin"], "Du crime et de la peine": ["Girard"], "Les prisons": ["Roux"]}


RELATIONS_ARTICLE = """Some prose.

Notes

1. Trotsky to Shachtman, 6 November 1937, quoted in Isaac Deutscher, The Prophet Outcast (London: Oxford University Press, 1963), 381.
2. Antonio Gramsci, "Socialism and Culture," Il Grido del Popolo, 29 January 1916, reprinted in Selections from Political Writings, 1910-1920 (London: Lawrence and Wishart, 1977), 10-13.
3. Rosa Luxemburg, "The Russian Revolution," in Selected Political Writings, ed. Dick Howard (New York: Monthly Review Press, 1971), 367.
4. Ibid.
5. Rosa Luxemburg, "Organizational Questions of Russian Social Democracy," in ibid., 283.
"""


def test_quoted_in_and_reprinted_in_give_two_works_and_a_relation_and_in_ibid_the_container(tmp_path):
    document = tmp_path / "relations.txt"
    document.write_text(RELATIONS_ARTICLE, encoding="utf-8")
    library = extract([document])
    by_note: dict[int, list] = {}
    for citation in library.citations:
        by_note.setdefault(citation.note, []).append(citation)
    letter, book = by_note[1]
    assert library[letter.record_id]["type"] == "personal_communication" and letter.relation == {"quoted-in": book.record_id}
    assert library[book.record_id]["title"] == "The Prophet Outcast" and book.locator == "381"
    article, selections = by_note[2]
    assert article.relation == {"reprinted-in": selections.record_id} and selections.locator == "10–13"
    assert [c.locator for c in by_note[4]] == ["367"]
    [piece] = by_note[5]
    record = library[piece.record_id]
    assert record["container-title"] == "Selected Political Writings" and record["publisher"] == "Monthly Review Press"
    assert piece.locator == "283"


def _extracted_notes(tmp_path, *notes: str):
    """The library of a document whose notes are ``notes``, numbered from 1."""
    doc = tmp_path / "notes.txt"
    doc.write_text("Title\n\nBody text.\n\nNotes\n\n" + "".join(f"{n}. {text}\n" for n, text in enumerate(notes, 1)),
                   encoding="utf-8")
    return extract([doc])


def test_an_interview_without_a_named_interviewer_is_cited_as_an_interview(tmp_path):
    library = _extracted_notes(tmp_path, "Interview with Olga Brandt, Antwerp, May 4, 1983.",
                               "Author's interview with Karl Weiss, Chicago, 1991.")
    interviews = {r["id"]: r for r in library if r["type"] == "interview"}
    assert sorted(r["title"] for r in interviews.values()) == ["Interview with Karl Weiss", "Interview with Olga Brandt"]
    assert sorted(c.note for c in library.citations if c.record_id in interviews) == [1, 2]


def test_a_website_after_a_cite_is_where_that_cite_can_be_read_not_a_work(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Mary Hale, The Harbour Towns (Boston: Ticknor, 1871), p. 40, available at the State Library, "
        "Digital Shelves website, http://example.org/hale/harbour.",
        "Mary Hale, The Inland Towns (Boston: Ticknor, 1874), Open Books website http://example.org/hale/inland.",
        "See Harbour Records Project website, http://example.org/records.")
    by_title = {r.get("title"): r for r in library}
    assert len(by_title) == 3
    assert by_title["The Harbour Towns"]["URL"] == "http://example.org/hale/harbour"
    assert by_title["The Inland Towns"]["URL"] == "http://example.org/hale/inland"
    assert sum("website" in title for title in by_title) == 1  # a site cited on its own is a work


def test_a_site_named_inside_a_cite_of_a_printed_work_is_not_its_title():
    from notecite.parse.model import Cite
    from notecite.pipeline import _site_no_title

    cite = Cite(kind="full", fields=[("volume", "Vol. 2"), ("location", "London"), ("date", "1760"),
                                     ("title", "Old Print website"), ("url", "http://example.org/v2")])
    _site_no_title(cite)
    assert ("note", "Old Print website") in cite.fields and cite.get("title") is None
    alone = Cite(kind="full", fields=[("title", "Old Print website"), ("url", "http://example.org/")])
    _site_no_title(alone)
    assert alone.get("title") == "Old Print website"  # the site cited on its own


def test_a_letter_printed_in_a_book_cites_the_letter_and_the_book_at_its_pinpoint(tmp_path):
    library = _extracted_notes(
        tmp_path, "Hale to Moss, May 2, 1850, The Papers of Mary Hale, Vol. 4 (Boston: Ticknor, 1990), p. 21.")
    by_type = {r["type"]: r for r in library}
    assert by_type["personal_communication"]["container-title"] == "The Papers of Mary Hale"
    book = by_type["book"]
    assert book["title"] == "The Papers of Mary Hale" and "author" not in book  # the letter's writer is not its author
    assert {c.record_id: c.locator for c in library.citations} == {book["id"]: "21",
                                                                   by_type["personal_communication"]["id"]: "21"}


def test_a_website_sentence_after_a_letter_gives_the_letter_its_url_not_a_warning(tmp_path):
    library = _extracted_notes(
        tmp_path, "Hale to Moss, May 2, 1850, The Papers of Mary Hale, Vol. 4 (Boston: Ticknor, 1990), p. 21. "
                  "Available at the State Library, Digital Shelves website, http://example.org/hale/21.")
    by_type = {r["type"]: r for r in library}
    assert by_type["personal_communication"]["URL"] == "http://example.org/hale/21"
    assert "URL" not in by_type["book"]  # the page of the letter, not of the book
    assert not any("could not parse" in w for w in library.warnings)


def test_a_reference_after_long_prose_is_read_alone_when_the_note_reading_left_it_as_prose():
    from notecite.pipeline import _leftover_cites, _reference_alone

    assert _reference_alone("Keller, Die alten Zünfte, Jena, 1871, Bd. II., S. 88.", None).fields[:2] == [
        ("author", "Keller"), ("title", "Die alten Zünfte")]
    assert _reference_alone("1998): Zentralarchiv [Vertrieb], Nr. 12.", None) is None  # the tail of a reference
    assert _reference_alone("Keller, Die alten Zünfte, Bd. II., S. 88.", None) is None  # no year: not read
    text = "Prose went on for a while. Keller, Die alten Zünfte, Jena, 1871, Bd. II., S. 88."
    unparsed: list[str] = []
    cite, = _leftover_cites("a.txt", 4, text, [], unparsed)
    assert (cite.record["title"], cite.start, cite.end) == ("Die alten Zünfte", 27, len(text) - 1) and not unparsed


def test_a_declared_short_title_names_the_work_in_later_notes_but_not_a_container(tmp_path):
    document = tmp_path / "hereafter.txt"
    document.write_text("Some prose.\n\nNotes\n\n"
                        "1. Karl Korsch, Marxism and Philosophy, trans. Fred Halliday (London: New Left Books, 1970), "
                        "29 (hereafter cited as MP).\n"
                        "2. MP, 31.\n"
                        "3. Ernst Bloch, The Principle of Hope (Oxford: Blackwell, 1986), 12; hereafter PH.\n"
                        "4. PH, 15.\n"
                        "5. Letter from Korsch to Mattick, May 3, 1938, Correspondence of the Council Communists "
                        "(Amsterdam: IISG, 1970) [hereafter Correspondence], 257.\n",
                        encoding="utf-8")
    library = extract([document])
    by_title = {r["title"]: r for r in library.records}
    assert by_title["Marxism and Philosophy"]["title-short"] == "MP"
    assert by_title["The Principle of Hope"]["title-short"] == "PH"
    links = [(c.note, library[c.record_id]["title"], c.locator) for c in library.citations if c.note in (2, 4)]
    assert links == [(2, "Marxism and Philosophy", "31"), (4, "The Principle of Hope", "15")]
    assert not any(r.get("title-short") == "Correspondence" for r in library.records)


def test_a_sentence_saying_how_later_notes_cite_a_book_declares_its_short_title(tmp_path):
    document = tmp_path / "rendered.txt"
    document.write_text("Some prose.\n\nNotes\n\n"
                        "1. Lowe, Harbour Towns and Trade, ix. Page references are to the 2020 edition; subsequent citations "
                        "to the book are rendered as HTT.\n"
                        "2. HTT, 31.\n", encoding="utf-8")
    library = extract([document])
    work, = [r for r in library.records if r.get("title") == "Harbour Towns and Trade"]
    assert work["title-short"] == "HTT"
    assert [(c.note, c.record_id == work["id"], c.locator) for c in library.citations] == [(1, True, "ix"), (2, True, "31")]


def test_a_title_named_again_in_a_notes_prose_is_a_mention_of_the_work_cited_before(tmp_path):
    document = tmp_path / "mentions.txt"
    document.write_text("Some prose.\n\nNotes\n\n"
                        "1. Victor Serge, Memoirs of a Revolutionary, trans. Peter Sedgwick (London: Oxford University "
                        "Press, 1963), 112.\n"
                        "2. Alexander Hamilton, James Madison, and John Jay, The Federalist, ed. Jacob E. Cooke "
                        "(Middletown, CT: Wesleyan University Press, 1961), 10.\n"
                        "3. As Serge wrote in the Memoirs of a Revolutionary, the defeat had many fathers.\n"
                        "4. Madison makes the same point in the Federalist, no. 51, where ambition counters ambition.\n"
                        "5. Many memoirs of a revolutionary bent appeared; the federalist cause gained.\n",
                        encoding="utf-8")
    library = extract([document])
    mentions = [(c.note, library[c.record_id]["title"], c.locator) for c in library.citations if c.note > 2]
    assert mentions == [(3, "Memoirs of a Revolutionary", None), (4, "The Federalist", "no. 51")]


def test_ctrl_c_while_jobs_run_stops_every_worker_and_restores_the_handler(tmp_path):
    """With --jobs, Ctrl-C only sets a flag while the pool runs (a KeyboardInterrupt inside the
    executor's own code could leave a worker or a lock behind); the next wait raises it, every
    worker is stopped and the previous SIGINT handler is back."""
    import multiprocessing
    import os
    import signal

    import pytest

    from notecite.pipeline import _extracted

    paths = []
    for i in range(6):
        paths.append(str(tmp_path / f"doc{i}.md"))
        Path(paths[-1]).write_text(ARTICLE.read_text())
    before = signal.getsignal(signal.SIGINT)
    documents = _extracted(paths, jobs=2)
    assert next(documents)[0] == paths[0]
    os.kill(os.getpid(), signal.SIGINT)  # held back: no KeyboardInterrupt here, between two documents
    with pytest.raises(KeyboardInterrupt):
        next(documents)
    assert multiprocessing.active_children() == []
    assert signal.getsignal(signal.SIGINT) is before


def test_short_notes_are_completed_from_the_document_s_bibliography(tmp_path):
    doc = tmp_path / "article.txt"
    doc.write_text(
        "Lynching in Virginia was studied early.[1] Later work followed.[2] Wells wrote first.[3]\n\n"
        "Bibliography\n\n"
        "Brundage, Fitzhugh. Lynching in the New South: Georgia and Virginia, 1880–1930. Urbana, IL: "
        "University of Illinois Press, 1993.\n\n"
        "Smith, J. Douglas. Managing White Supremacy. Chapel Hill: University of North Carolina Press, 2002.\n\n"
        "Notes\n\n"
        "1. Brundage, Lynching, 12.\n\n"
        "2. Brundage, Lynching in the New South, 86.\n\n"
        "3. Wells, Southern Horrors, 4.\n", encoding="utf-8")
    library = extract([doc])
    brundage = [r for r in library if r.get("author", [{}])[0].get("family") == "Brundage"]
    assert len(brundage) == 1, brundage  # both short forms name the one entry
    work = brundage[0]
    assert work["title"] == "Lynching in the New South: Georgia and Virginia, 1880–1930"
    assert work["publisher"] == "University of Illinois Press" and work["author"][0]["given"] == "Fitzhugh"
    assert [c.locator for c in library.citations_of(work["id"])] == ["12", "86"]
    assert not any(r.get("author", [{}])[0].get("family") == "Smith" for r in library)  # listed, never cited
    wells = next(r for r in library if r.get("author", [{}])[0].get("family") == "Wells")
    assert "publisher" not in wells  # no entry of its own: the note's record as it was


def test_letters_listed_after_their_collection_cite_it_too(tmp_path):
    doc = tmp_path / "notes.txt"
    doc.write_text("Title\n\nBody text.\n\nNotes\n\n1. See in Message, 1861, Perry (Madrid) to Seward, June 13, 1861, "
                   "p. 261; Clay (St. Petersburg) to Seward, June 21, 1861, p. 304.\n", encoding="utf-8")
    library = extract([doc])
    titles = {r["id"]: r["title"] for r in library}
    assert [(titles[c.record_id], c.locator) for c in library.citations] == [
        ("Perry to Seward", "261"), ("Clay to Seward", "304"), ("Message", "261"), ("Message", "304")]  # at the note's end


def test_an_item_attached_to_a_letter_and_the_letter_are_two_cites(tmp_path):
    doc = tmp_path / "notes.txt"
    doc.write_text("Title\n\nBody text.\n\nNotes\n\n1. “Principles to Guide the Editing,” attachment to Tyler Dennett "
                   "memorandum to Secretary of State, March 26, 1925, Box 35, RG 59, Archives II, p. 1.\n",
                   encoding="utf-8")
    library = extract([doc])
    assert [(library[c.record_id]["title"], library[c.record_id]["type"]) for c in library.citations] == [
        ("Principles to Guide the Editing", "manuscript"), ("Dennett to Secretary of State", "personal_communication")]


def test_a_letter_ending_its_sentence_is_read_whole_and_the_prose_after_it_is_no_work(tmp_path):
    library = _extracted_notes(
        tmp_path, "Nixon to Helms, March 8, 1972; and Houston to Colby, March 21, 1972 in CREST, CIA–RDP83–00764R0004. "
                  "Houston served as the Agency General Counsel from the CIA’s founding in 1947 until 1973.")
    assert [library[c.record_id]["title"] for c in library.citations] == ["Nixon to Helms", "Houston to Colby"]


def test_an_op_cit_of_an_author_no_note_names_is_the_work_of_the_note_whose_marker_follows_the_name(tmp_path):
    doc = tmp_path / "notes.txt"
    doc.write_text("Title\n\nThe groups distinguished by Broca[1] differ. Later it was said[2] again.\n\nNotes\n\n"
                   "1. Mémoires d'anthropologie, t. I, p. 320.\n2. Broca, op. cit., t. I, p. 394.\n", encoding="utf-8")
    library = extract([doc])
    assert [(c.note, library[c.record_id]["title"], c.locator) for c in library.citations] == [
        (1, "Mémoires d'anthropologie", "I:320"), (2, "Mémoires d'anthropologie", "I:394")]


def test_a_piece_by_a_name_after_and_that_ends_a_letters_archive_is_a_cite_of_its_own(tmp_path):
    library = _extracted_notes(
        tmp_path, "Warren Cohen letter to James Baker, February 15, 1990, P900159-0985, DoS P-Reels and Warren Cohen, "
                  "“Gaps in the Record: How State has allowed history to be incomplete,” Foreign Service Journal "
                  "(August 1990), pp. 27-29.")
    letter, article = (library[c.record_id] for c in library.citations)
    assert letter["title"] == "Cohen to Baker" and letter["archive_location"] == "P900159-0985, DoS P-Reels"
    assert article["title"].startswith("Gaps in the Record") and article["container-title"] == "Foreign Service Journal"


def test_two_authors_joined_by_and_after_an_item_stay_one_pieces_authors(tmp_path):
    library = _extracted_notes(
        tmp_path, "Bruce Kuniholm, “Foreign Relations,” Perspectives (May–June 1990), http://www.example.org/9005.cfm and "
                  "Claiborne Pell and David Boren, “Why US foreign-policy records are ‘a fraud’,” Boston Globe, May 27, "
                  "1990, p. A22.")
    globe = library[library.citations[-1].record_id]
    assert [a["family"] for a in globe["author"]] == ["Pell", "Boren"]


def test_pieces_in_an_authors_collected_works_are_chapters_and_one_work_whatever_year_they_give(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "V. I. Lenin, “Notes of a Publicist,” Collected Works, vol. 33 (Moscow: Progress Publishers, 1966), 204.",
        "Lenin, “Notes of a Publicist” (1922), Collected Works, vol. 33, 206.",
        "Lenin, “The Tax in Kind,” in Collected Works, 32:329–65.",
        "Leon Trotsky, “The Workers’ State, Thermidor and Bonapartism” (1935), Writings of Leon Trotsky, 1934–35 "
        "(New York: Pathfinder, 1971), 166–84.")
    by_title = {r["title"]: r for r in library}
    assert sorted(by_title) == ["Notes of a Publicist", "The Tax in Kind", "The Workers’ State, Thermidor and Bonapartism"]
    assert {r["type"] for r in library} == {"chapter"}
    trotsky = by_title["The Workers’ State, Thermidor and Bonapartism"]
    assert trotsky["container-title"] == "Writings of Leon Trotsky, 1934–35"
    assert trotsky["original-date"] == {"date-parts": [[1935]]} and trotsky["issued"] == {"date-parts": [[1971]]}
    notes = by_title["Notes of a Publicist"]
    assert [c.note for c in library.citations if c.record_id == notes["id"]] == [1, 2]


def test_a_letter_dated_across_two_months_in_a_collection_with_place_and_year(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Engels to Bernstein, 28 February–1 March 1883, in Marx and Engels, Selected Correspondence (Moscow, 1955), 434.",
        "Marx to Engels, 2 April 1858, MECW, vol. 40, p. 298.")
    by_type: dict[str, list] = {}
    for record in library:
        by_type.setdefault(record["type"], []).append(record)
    engels, marx = sorted(by_type["personal_communication"], key=lambda r: r["title"])
    assert engels["title"] == "Engels to Bernstein" and engels["container-title"] == "Selected Correspondence"
    assert [a["family"] for a in engels["container-author"]] == ["Marx", "Engels"]
    assert engels["issued"]["date-parts"][0] == [1883, 2, 28]
    assert marx["container-title"] == "MECW" and marx["volume"] == "40"
    collection = next(r for r in by_type["book"] if r["title"] == "Selected Correspondence")
    assert collection["publisher-place"] == "Moscow"


def test_idem_with_its_own_imprint_is_another_book_and_an_authors_works_are_his(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Leon Trotsky, The Stalin School of Falsification (New York: Pioneer, 1937), p. 89; idem, Stalin "
        "(London: Hollis and Carter, 1947), p. 400.",
        "Trotsky, Stalin, p. 402.",
        "Stalin, Works, vol. 6 (Moscow, 1953), p. 300.",
        "Stalin, op. cit., vol. 7, p. 12.")
    by_title = {r["title"]: r for r in library}
    assert sorted(by_title) == ["Stalin", "The Stalin School of Falsification", "Works"]
    assert [a["family"] for a in by_title["Stalin"]["author"]] == ["Trotsky"]
    assert [a["family"] for a in by_title["Works"]["author"]] == ["Stalin"]
    cited = {(c.note, c.record_id) for c in library.citations}
    assert {(1, by_title["Stalin"]["id"]), (2, by_title["Stalin"]["id"]), (3, by_title["Works"]["id"]),
            (4, by_title["Works"]["id"])} <= cited


def test_a_multi_volume_works_volume_is_cited_later_by_its_own_title_and_his_title_after_and(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Tony Cliff, Trotsky, vol. 4, The Darker the Night the Brighter the Star, 1927–1940 (London: Bookmarks, 1993), 12.",
        "Cliff, Darker the Night, 120.",
        "Ernest Mandel, Trotsky as Alternative (London: Verso, 1995), 12; see also his Power and Money: A Marxist "
        "Theory of Bureaucracy (London: Verso, 1992).",
        "Mandel, Power and Money, 45.")
    by_title = {r["title"]: r for r in library}
    assert sorted(by_title) == ["Power and Money: A Marxist Theory of Bureaucracy", "Trotsky", "Trotsky as Alternative"]
    assert [a["family"] for a in by_title["Power and Money: A Marxist Theory of Bureaucracy"]["author"]] == ["Mandel"]
    assert {(c.note, c.locator) for c in library.citations if c.record_id == by_title["Trotsky"]["id"]} == {(1, "12"), (2, "120")}


def test_an_archival_item_with_its_title_in_straight_single_quotes(tmp_path):
    library = _extracted_notes(
        tmp_path, "The National Archives (TNA), Kew, CAB 24/118, CP 2452, 'The revolutionary movement in Britain', 10 Jan. 1921.")
    [record] = list(library)
    assert record["type"] == "manuscript" and record["title"] == "The revolutionary movement in Britain"
    assert record["archive_location"] == "CAB 24/118" and record["issued"] == {"date-parts": [[1921, 1, 10]]}


def test_works_named_in_a_notes_prose_by_a_possessive_with_particles_or_a_word_on_the_work(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "For a critique of this position, see Hal Draper’s classic “The Two Souls of Socialism” (1966), reprinted in "
        "Socialism from Below (Atlantic Highlands, NJ: Humanities Press, 1992), 2–33.",
        "Draper, “Two Souls,” 10.",
        "The literature on the “Russian question” is vast. The best introduction remains Marcel van der Linden’s "
        "Western Marxism and the Soviet Union (Leiden: Brill, 2007); but see also Paul Bellis, Marxism and the U.S.S.R. "
        "(London: Macmillan, 1979).",
        "James P. Cannon, The Struggle for a Proletarian Party (New York: Pioneer, 1943), 5–20, and Trotsky, "
        "In Defense of Marxism, 45–60.")
    by_title = {r["title"]: r for r in library}
    assert {"The Two Souls of Socialism", "Western Marxism and the Soviet Union", "In Defense of Marxism"} <= set(by_title)
    assert [a["family"] for a in by_title["The Two Souls of Socialism"]["author"]] == ["Draper"]
    assert by_title["Western Marxism and the Soviet Union"]["author"][0]["family"].endswith("Linden")
    assert [a["family"] for a in by_title["In Defense of Marxism"]["author"]] == ["Trotsky"]
    souls = by_title["The Two Souls of Socialism"]["id"]
    assert {c.note for c in library.citations if c.record_id == souls} == {1, 2}


def test_a_note_describing_a_person_gives_the_work_it_says_they_wrote_its_author_and_year(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Victor Serge (1890–1947), revolutionary and novelist, author of Memoirs of a Revolutionary (1951).",
        "Boris Souvarine (1895–1984): a founder of the French Communist Party, expelled in 1924; author of Stalin: "
        "A Critical Survey of Bolshevism (1935).",
        "The reference is to the Kronstadt rising (1921).")
    by_title = {r["title"]: r for r in library}
    assert sorted(by_title) == ["Memoirs of a Revolutionary", "Stalin: A Critical Survey of Bolshevism"]
    assert [a["family"] for a in by_title["Memoirs of a Revolutionary"]["author"]] == ["Serge"]
    stalin = by_title["Stalin: A Critical Survey of Bolshevism"]
    assert [a["family"] for a in stalin["author"]] == ["Souvarine"] and stalin["issued"] == {"date-parts": [[1935]]}


def test_a_person_and_years_of_life_describe_someone_and_a_known_name_after_in_is_the_books_author(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Adolf Joffe (1883–1927), Soviet diplomat; his farewell letter to Trotsky is printed in Trotsky, Portraits, "
        "Political and Personal (New York: Pathfinder, 1977), 191–95.",
        "Alfred Rosmer, Moscow under Lenin, trans. Ian H. Birchall (London: Pluto Press, 1971), 127.")
    by_title = {r["title"]: r for r in library}
    assert sorted(by_title) == ["Moscow under Lenin", "Portraits, Political and Personal"]  # no work "Soviet diplomat"
    assert [a["family"] for a in by_title["Portraits, Political and Personal"]["author"]] == ["Trotsky"]


def test_translations_translated_titles_and_sentence_case_subtitles(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "V. Serzh, “Pis’mo k druz’iam” [A Letter to Friends], Biulleten’ oppozitsii, no. 51 (July–August 1936): 14–15.",
        "Victor Serge, Ville conquise (Paris: Rieder, 1932); English translation: Conquered City, trans. Richard Greeman "
        "(New York: Doubleday, 1975).",
        "Serge, Conquered City, 33.",
        "Cited in Pierre Broué, Léon Sedov, fils de Trotsky, victime de Staline (Paris: Les Éditions ouvrières, 1993), 155.",
        "The report was published as “Report of the Advisory Committee,” American Political Science Review (June 1958), "
        "pp. 603–606.")
    by_title = {r["title"]: r for r in library}
    letter = by_title["Pis’mo k druz’iam"]
    assert letter["container-title"] == "Biulleten’ oppozitsii" and letter["note"] == "A Letter to Friends"
    city = by_title["Conquered City"]
    assert [a["family"] for a in city["author"]] == ["Serge"] and [t["family"] for t in city["translator"]] == ["Greeman"]
    assert {c.note for c in library.citations if c.record_id == city["id"]} == {2, 3}
    assert [a["family"] for a in by_title["Léon Sedov, fils de Trotsky, victime de Staline"]["author"]] == ["Broué"]
    assert by_title["Report of the Advisory Committee"]["container-title"] == "American Political Science Review"


def test_web_pages_a_site_named_an_archive_a_blog_post_and_the_day_a_page_was_changed(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Leon Trotsky, “Stalinism and Bolshevism” (1937), Marxists Internet Archive, "
        "https://www.marxists.org/archive/trotsky/1937/08/stalinism.htm (accessed March 3, 2015).",
        "Tendance Coatesy blog, “Serge and the Left,” posted 5 March 2011, http://tendancecoatesy.wordpress.com/2011/03/05/serge/.",
        "“Platypus Review,” Wikipedia, last modified June 1, 2019, https://en.wikipedia.org/wiki/Platypus_Review.")
    by_title = {r["title"]: r for r in library}
    page = by_title["Stalinism and Bolshevism"]
    assert page["type"] == "webpage" and page["container-title"] == "Marxists Internet Archive" and "archive" not in page
    assert page["accessed"] == {"date-parts": [[2015, 3, 3]]}
    post = by_title["Serge and the Left"]
    assert post["type"] == "post-weblog" and post["container-title"] == "Tendance Coatesy blog"
    assert post["issued"] == {"date-parts": [[2011, 3, 5]]}
    assert by_title["Platypus Review"]["issued"] == {"date-parts": [[2019, 6, 1]]}
    assert len(library.citations) == 3


def test_a_periodicals_issue_after_reproduced_in_is_cited(tmp_path):
    library = _extracted_notes(tmp_path, "The story was reproduced in New Europe (London), September, 1917.",
                               "See Justice (London), January 31, 1918.")
    papers = sorted((r["container-title"], r["issued"]["date-parts"][0]) for r in library)
    assert papers == [("Justice", [1918, 1, 31]), ("New Europe", [1917, 9])]
    assert sorted(c.note for c in library.citations) == [1, 2]


def test_a_panel_discussion_and_a_leaflet_are_one_item_each(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "“The Legacy of Trotsky,” panel discussion, Platypus Affiliated Society, University of Chicago, April 12, 2010.",
        "Leaflet, “Free Victor Serge!,” Committee for the Defense of Leon Trotsky, New York, 1936.")
    by_title = {r["title"]: r for r in library}
    assert sorted(by_title) == ["Free Victor Serge!", "The Legacy of Trotsky"]
    talk = by_title["The Legacy of Trotsky"]
    assert talk["type"] == "speech" and talk["genre"] == "panel discussion" and talk["issued"] == {"date-parts": [[2010, 4, 12]]}
    leaflet = by_title["Free Victor Serge!"]
    assert leaflet["type"] == "pamphlet" and leaflet["publisher"] == "Committee for the Defense of Leon Trotsky"
    assert "author" not in leaflet


def test_an_op_cit_naming_the_year_of_one_of_the_authors_works(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Victor Serge, Memoirs of a Revolutionary (London: Oxford University Press, 1963), 67; Victor Serge, Year One "
        "of the Russian Revolution (London: Allen Lane, 1972), 12.",
        "Serge, op. cit. (1963), 90.",
        "Serge, op. cit. (1972), 20.")
    by_title = {r["title"]: r["id"] for r in library}
    cited = {(c.note, c.record_id, c.locator) for c in library.citations if c.note > 1}
    assert cited == {(2, by_title["Memoirs of a Revolutionary"], "90"), (3, by_title["Year One of the Russian Revolution"], "20")}


def test_a_second_given_name_names_the_author_later_and_a_letter_in_a_books_papers(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Natalia Sedova Trotsky, “Father and Son,” Fourth International 2, no. 1 (January 1941): 17.",
        "Sedova, “Father and Son,” 18.",
        "Trotsky to Serge, 5 June 1936, in Serge–Trotsky Papers, 60.")
    father = next(r for r in library if r.get("title") == "Father and Son")
    assert {(c.note, c.locator) for c in library.citations if c.record_id == father["id"]} == {(1, "17"), (2, "18")}
    letter = next(r for r in library if r["type"] == "personal_communication")
    assert letter["container-title"] == "Serge–Trotsky Papers" and "archive_location" not in letter


def test_a_description_before_in_and_an_edited_book_cites_the_book(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "See the exchange of letters between Serge and Trotsky in 1936–39, in D. J. Cotterill, ed., The Serge–Trotsky "
        "Papers (London: Pluto Press, 1994).",
        "Cotterill, Serge–Trotsky Papers, 45–52.")
    [book] = list(library)
    assert book["title"] == "The Serge–Trotsky Papers" and book["type"] == "book" and "author" not in book
    assert [e["family"] for e in book["editor"]] == ["Cotterill"]
    assert sorted(c.note for c in library.citations) == [1, 2]


def test_two_co_authors_opening_a_short_forms_title_are_its_authors(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "E. H. Carr and R. W. Davies, Foundations of a Planned Economy, 1926–1929, vol. 1 (London: Macmillan, 1969), 270.",
        "Carr and Davies, Foundations, 1:271.",
        "Carr and Davies, Foundations, 272.")
    [work] = list(library)
    assert [(c.note, c.locator) for c in library.citations] == [(1, "270"), (2, "1:271"), (3, "272")]


def test_a_book_about_a_person_in_a_container_and_an_introduction_named_by_a_possessive(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "See Claudio Albertani, “Victor Serge in Mexico,” in Victor Serge: The Century of the Unexpected, ed. Richard "
        "Greeman (Chicago: Haymarket, 2018), 50–70.",
        "Albertani, “Serge in Mexico,” 55.",
        "For a sympathetic portrait see Peter Sedgwick’s introduction to Memoirs of a Revolutionary, xi–xxviii.",
        "Sedgwick, introduction to Memoirs of a Revolutionary, xv.")
    chapter = next(r for r in library if r.get("title") == "Victor Serge in Mexico")
    assert chapter["type"] == "chapter" and chapter["container-title"] == "Victor Serge: The Century of the Unexpected"
    assert [e["family"] for e in chapter["editor"]] == ["Greeman"] and len(library) == 2
    assert {c.note for c in library.citations if c.record_id == chapter["id"]} == {1, 2}
    assert len({c.record_id for c in library.citations if c.note in (3, 4)}) == 1


def test_a_possessives_reply_appeared_as_a_quoted_title_and_a_series_number_after_a_journal(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Cf. Ernest Mandel, “In Defence of Socialist Planning,” New Left Review I/159 (September–October 1986): 5–37.",
        "Mandel’s reply appeared as “The Myth of Market Socialism,” New Left Review I/169 (May–June 1988): 108–20.",
        "Mandel, “Myth of Market Socialism,” 110.")
    by_title = {r["title"]: r for r in library}
    assert sorted(by_title) == ["In Defence of Socialist Planning", "The Myth of Market Socialism"]
    assert {(r["container-title"], r["volume"]) for r in library} == {("New Left Review", "I/159"), ("New Left Review", "I/169")}
    myth = by_title["The Myth of Market Socialism"]
    assert [a["family"] for a in myth["author"]] == ["Mandel"]
    assert {c.note for c in library.citations if c.record_id == myth["id"]} == {2, 3}


def test_a_piece_in_a_volume_of_writings_named_by_its_year_before_the_imprint(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Leon Trotsky, “Is Stalin Weakening or the Soviets?,” Writings of Leon Trotsky (1932) (New York: Pathfinder, "
        "1973), 40.",
        "Trotsky, “Is Stalin Weakening,” 42.")
    [piece] = list(library)
    assert piece["type"] == "chapter" and piece["container-title"] == "Writings of Leon Trotsky (1932)"
    assert piece["publisher"] == "Pathfinder" and piece["issued"] == {"date-parts": [[1973]]}
    assert [(c.note, c.locator) for c in library.citations] == [(1, "40"), (2, "42")]


def test_a_chapter_printed_in_a_book_cited_before_cites_the_book_at_its_pages(tmp_path):
    library = _extracted_notes(
        tmp_path, "Anne Gérin, Devastation and Laughter (Toronto: University of Toronto Press, 2018), 12.",
        "Mikhail Koltsov, “Address to the First Congress of Soviet Writers,” in Gérin, Devastation and Laughter, 186.")
    titles = {r["id"]: r["title"] for r in library}
    assert [(c.note, titles[c.record_id], c.kind, c.locator) for c in library.citations] == [
        (1, "Devastation and Laughter", "full", "12"), (2, "Address to the First Congress of Soviet Writers", "full", "186"),
        (2, "Devastation and Laughter", "short", "186")]
    address = next(r for r in library if r["title"].startswith("Address"))
    assert address["publisher"] == "University of Toronto Press"


def test_a_letter_printed_in_a_book_the_note_cites_itself_cites_that_book_once(tmp_path):
    library = _extracted_notes(
        tmp_path, "Leon Trotsky, letter to James P. Cannon, 12 May 1938, in Writings of Leon Trotsky (1937–38) "
                  "(New York: Pathfinder, 1976), 345.")
    titles = {r["id"]: r["title"] for r in library}
    assert sorted((titles[c.record_id], c.locator) for c in library.citations) == [
        ("Trotsky to Cannon", "345"), ("Writings of Leon Trotsky (1937–38)", "345")]


def test_an_interview_cited_short_links_to_the_interview_cited_in_full(tmp_path):
    library = _extracted_notes(tmp_path, "Interview with Al Richardson, London, 12 June 1995.", "Richardson interview.")
    assert [(c.note, c.kind) for c in library.citations] == [(1, "full"), (2, "short")]
    assert len({c.record_id for c in library.citations}) == 1 and len(library) == 1


def test_author_date_notes_take_their_works_from_the_references_after_the_notes(tmp_path):
    doc = tmp_path / "essay.txt"
    doc.write_text("Title\n\nBody.[1] More.[2] More.[3]\n\nNotes\n\n1. Cliff, 1974, p153.\n"
                   "2. Binns and Haynes, 1980, p12. Thanks to Joseph Choonara for comments on an earlier draft.\n"
                   "3. Haynes, 2002, pp18-19.\n\nReferences\n\n"
                   "Binns, Peter, and Mike Haynes, 1980, \"New Theories of Eastern Bloc Societies\", International Socialism 7.\n"
                   "Cliff, Tony, 1974 [1955], State Capitalism in Russia (Pluto).\n"
                   "Haynes, Mike, 2002, Russia: Class and Power 1917-2000 (Bookmarks).\n", encoding="utf-8")
    library = extract([doc])
    titles = {r["id"]: r["title"] for r in library}
    assert [(c.note, titles[c.record_id], c.locator) for c in library.citations] == [
        (1, "State Capitalism in Russia", "153"), (2, "New Theories of Eastern Bloc Societies", "12"),
        (3, "Russia: Class and Power 1917-2000", "18–19")]
    cliff = next(r for r in library if r["title"] == "State Capitalism in Russia")
    assert cliff["publisher"] == "Pluto" and cliff["original-date"] == {"date-parts": [[1955]]}
    assert next(r for r in library if r["title"].startswith("New Theories"))["type"] == "article-journal"


def test_a_collection_cited_short_by_its_acronym_links_to_its_volume(tmp_path):
    library = _extracted_notes(tmp_path, "Marx to Engels, 2 April 1858, in MECW, vol. 40 (London: Lawrence & Wishart, 1983), 298.",
                               "MECW 40: 301.")
    mecw = next(r for r in library if r.get("title") == "MECW")
    assert [(c.note, c.kind, c.locator) for c in library.citations if c.record_id == mecw["id"]] == [
        (1, "full", "298"), (2, "short", "40: 301")]


def test_a_letter_enclosed_in_another_and_letters_all_kept_in_one_place_take_its_archive(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Lowe to Hale, July 9, 1943 enclosed in Roe to Secretary of State, July 12, 1943, NARA, RG 59, CDF 1940–1944, 711/88.",
        "Roe to Day, January 26, 1901 and Roe to Day, February 2, 1901, all in LCM, Day Papers, Box 14.")
    kept = {r["title"]: (r.get("archive"), r.get("archive_location")) for r in library.records}
    assert kept["Lowe to Hale"] == kept["Roe to Secretary of State"] and kept["Lowe to Hale"][0] == "NARA"
    days = [r for r in library.records if r["title"] == "Roe to Day"]
    assert len(days) == 2 and all((r.get("archive"), r.get("archive_location")) == ("LCM", "Day Papers, Box 14") for r in days)


def test_an_ibid_after_a_letter_and_a_colon_is_where_the_letter_is_printed(tmp_path):
    from notecite.pipeline import extract
    doc = tmp_path / "notes.txt"
    doc.write_text("Title\n\nText.[1] More.[2]\n\nNotes\n\n1. House Doc., 15 Cong. 1 sess. II. No. 12, pp. 22, 38.\n"
                   "2. See Chew's letter of Oct. 17, 1817: Ibid., pp. 14-16.\n", encoding="utf-8")
    library = extract([doc])
    house = next(r for r in library.records if r.get("title", "").startswith("House Doc"))
    ibids = [c for c in library.citations if c.note == 2 and c.kind == "ibid"]
    assert ibids and all(c.record_id == house["id"] for c in ibids)


def test_a_papers_issues_of_several_days_in_one_note_are_one_cite_each(tmp_path):
    from notecite.pipeline import extract
    document = tmp_path / "days.txt"
    document.write_text("Body.[1]\n\nNotes\n\n1. Derbyshire Advertiser March 13th, October 23rd, October 30th 1970\n", encoding="utf-8")
    library = extract([document])
    days = sorted(tuple(r["issued"]["date-parts"][0]) for r in library.records)
    assert days == [(1970, 3, 13), (1970, 10, 23), (1970, 10, 30)]
    assert all(r["container-title"] == "Derbyshire Advertiser" for r in library.records)
    assert [c.note for c in library.citations] == [1, 1, 1]


def test_a_german_chapter_in_an_edited_book_with_its_range_and_pinpoint(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Hans Meier: Die Krise. In: Karl Müller (Hg.): Deutschland 1923. Berlin 1990, S. 5–20, hier S. 7.",
        "Eva Roth, Der Streik. Wien: Verlag der Arbeit, 2001 (Hereinafter: Roth, Streik. In: Lang (Hg.), Arbeit), S. 44.",
        "Roth, Streik, S. 50.")
    chapter = next(r for r in library if r.get("title") == "Die Krise")
    assert chapter["type"] == "chapter" and chapter["container-title"] == "Deutschland 1923"
    assert chapter["editor"] == [{"given": "Karl", "family": "Müller"}] and chapter["page"] == "5–20"
    assert chapter["issued"] == {"date-parts": [[1990]]} and chapter["publisher-place"] == "Berlin"
    cites = sorted((c.note, c.record_id, c.locator) for c in library.citations)
    book = next(r["id"] for r in library if r.get("title") == "Der Streik")
    assert cites == [(1, chapter["id"], "7"), (2, book, "44"), (3, book, "50")]
    assert len(library.records) == 2


def test_a_reprint_read_as_a_note_and_a_translation_named_after_the_first_cites_work(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Max Eastman, Since Lenin Died (London: Labour Publishing Co., 1925; reprint, Westport: Hyperion, 1973), 55.",
        "Victor Serge, Vie et mort de Trotsky (Paris: Amiot-Dumont, 1951), translated as The Life and Death of Leon "
        "Trotsky (New York: Basic Books, 1975).",
        "Serge, Life and Death, 12.")
    by_title = {r["title"]: r for r in library}
    book = by_title["Since Lenin Died"]
    assert book["publisher"] == "Hyperion" and book["issued"] == {"date-parts": [[1973]]}
    assert book["original-date"] == {"date-parts": [[1925]]} and book["original-publisher"] == "Labour Publishing Co."
    life = by_title["The Life and Death of Leon Trotsky"]
    assert [a["family"] for a in life["author"]] == ["Serge"]
    assert sorted((c.note, c.record_id, c.locator) for c in library.citations if c.note != 2) == [
        (1, book["id"], "55"), (3, life["id"], "12")]


def test_a_volume_named_by_its_years_is_another_work_than_the_volume_of_other_years(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Leon Trotsky, Writings 1937–38 (New York: Pathfinder, 1976), 145; see also Writings 1938–39, 12.",
        "Trotsky, Writings 1938–39, 14.")
    by_title = {r["title"]: r for r in library}
    assert set(by_title) == {"Writings 1937–38", "Writings 1938–39"}
    later = by_title["Writings 1938–39"]
    assert [a["family"] for a in later["author"]] == ["Trotsky"]
    assert sorted((c.note, c.locator) for c in library.citations if c.record_id == later["id"]) == [(1, "12"), (2, "14")]


def test_a_short_form_quoted_with_two_apostrophes_keeps_its_pinpoint(tmp_path):
    library = _extracted_notes(tmp_path, "Max Shachtman, ''The Struggle for the New Course,'' New International 9, "
                               "no. 2 (February 1943): 45.", "Shachtman, ''Struggle,'' 46.")
    [record] = library.records
    assert record["title"] == "The Struggle for the New Course"
    assert [(c.note, c.record_id, c.locator) for c in library.citations] == [(1, record["id"], "45"), (2, record["id"], "46")]


def test_a_volume_cited_by_its_year_alone_is_the_reprint_that_gave_that_year_first(tmp_path):
    library = _extracted_notes(
        tmp_path,
        "Leon Trotsky, Writings of Leon Trotsky (1932) (New York: Pathfinder, 1973), 45.",
        "Leon Trotsky, Writings of Leon Trotsky (1933–34) (New York: Pathfinder, 1975), 112.",
        "Trotsky, Writings (1932), 51.",
        "Trotsky, Writings 1932, 52.",
        "Trotsky, Writings (1933–34), 113.")
    by_id = {r["id"]: r for r in library}
    cited = {c.note: (by_id[c.record_id]["issued"]["date-parts"][0][0], c.locator) for c in library.citations}
    assert len(library.records) == 2
    assert cited == {1: (1973, "45"), 2: (1975, "112"), 3: (1973, "51"), 4: (1973, "52"), 5: (1975, "113")}
