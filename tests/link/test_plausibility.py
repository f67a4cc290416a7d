"""The plausibility check: confidently wrong parses are flagged with their reason."""
from __future__ import annotations

import pytest

from notecite.library import Citation, Library
from notecite.link.plausibility import (BAD_YEAR, FLAGGED_CONFIDENCE, NO_TITLE, NOT_A_NAME, NUMBER_CONTAINER, SENTENCE,
                                        TITLE_AS_AUTHOR, check_library, check_record, reads_as_prose_run)


def reasons(record):
    return [p["reason"] for p in check_record(record, next_year=2027)]


@pytest.mark.parametrize("record", [
    {"type": "book", "title": "Memoirs of a Revolutionary", "author": [{"given": "Victor", "family": "Serge"}],
     "issued": {"date-parts": [[1987]]}},
    {"type": "book", "title": "Workers and the state in early modern Lyon", "author": [{"family": "Hill"}]},
    {"type": "book", "title": "The revolution betrayed: what is the Soviet Union and where is it going"},
    {"type": "article-journal", "title": "X", "container-title": "Kommunist", "author": [{"literal": "Communist Party"}]},
    {"type": "personal_communication", "title": "Dewey to Hook", "author": [{"family": "Dewey"}],
     "recipient": [{"family": "Hook"}], "issued": {"date-parts": [[1938, 3, 3]]}},
    {"type": "manuscript", "archive": "British Library", "archive_location": "Add MS 41234"},
    {"type": "book", "title": "Œuvres", "author": [{"given": "Charles", "family": "de Gaulle"},
                                                    {"given": "Jean", "family": "La Fontaine", "non-dropping-particle": "de"}]},
    {"type": "book", "title": "Incunabula", "issued": {"date-parts": [[1471]]}},
])
def test_records_that_read_like_works_pass(record):
    assert reasons(record) == []


@pytest.mark.parametrize("record, reason", [
    ({"type": "book", "title": "Again the author refers to his own work in these pages."}, SENTENCE),
    ({"type": "book", "title": "the party split when the leaders quarrelled over the line"}, SENTENCE),
    ({"type": "book", "title": "The Russian Revolution", "author": [{"given": "Sheila Fitzpatrick's", "family": "superb"}]},
     NOT_A_NAME),
    ({"type": "book", "title": "Kronstadt", "author": [{"family": "Moscow"}]}, NOT_A_NAME),
    ({"type": "book", "title": "Kronstadt", "author": [{"family": "Stalinist"}]}, NOT_A_NAME),
    ({"type": "book", "title": "Kronstadt", "author": [{"family": "Revolution"}]}, NOT_A_NAME),
    ({"type": "book", "author": [{"given": "Victor", "family": "Serge"}]}, NO_TITLE),
    ({"type": "book", "title": "Kronstadt", "issued": {"date-parts": [[1192]]}}, BAD_YEAR),
    ({"type": "book", "title": "Kronstadt", "issued": {"date-parts": [[2031]]}}, BAD_YEAR),
    ({"type": "article-journal", "title": "Kronstadt", "container-title": "12"}, NUMBER_CONTAINER),
    ({"type": "book", "title": "Memoirs", "author": [{"given": "Victor", "family": "Serge"},
                                                     {"given": "Memoirs of a", "family": "Revolutionary"}]}, TITLE_AS_AUTHOR),
])
def test_each_implausible_shape_is_flagged_with_its_reason(record, reason):
    assert reasons(record) == [reason]


def test_check_library_flags_records_and_caps_their_links_and_lists_a_pinpoint_outside_the_pages():
    library = Library(records=[
        {"id": "a", "type": "book", "title": "Kronstadt 1921", "author": [{"family": "Moscow"}]},
        {"id": "b", "type": "article-journal", "title": "The Opposition", "container-title": "Survey",
         "page": "12–30", "author": [{"given": "Anton", "family": "Ciliga"}]},
    ], citations=[Citation("d.txt", 1, "a", "full", "35", confidence=0.99),
                  Citation("d.txt", 2, "b", "full", "145", confidence=0.97, text="Ciliga, “The Opposition,” 145"),
                  Citation("d.txt", 3, "b", "short", "14", confidence=0.9)])
    check_library(library)
    assert library.flags["a"] == [{"field": "author", "text": "Moscow", "reason": NOT_A_NAME, "check": "plausibility"}]
    assert "b" not in library.flags
    assert [c.confidence for c in library.citations] == [FLAGGED_CONFIDENCE, 0.97, 0.9]
    assert library.warnings == ["d.txt, note 2: implausible link: pinpoint 145 outside the pages 12–30 of "
                                "'Ciliga, “The Opposition,” 145'"]
    check_library(library)  # a second run adds nothing twice
    assert len(library.flags["a"]) == 1


@pytest.mark.parametrize("title", ["Souvenirs de la révolution de juillet", "Notes on the early labour press",
                                   "Geschichte der deutschen Arbeiterbewegung", "The Mill on the floss"])
def test_a_title_in_sentence_case_is_no_prose_run(title):
    assert not reads_as_prose_run(title)


@pytest.mark.parametrize("title", [
    "Les délégués qui furent arrêtés le 3 mai",  # a date
    "Nous verrons plus loin comment la loi fut votée",  # a pronoun opens it
    "J'ai déjà cité ce passage dans un autre chapitre",  # an elided pronoun
    "Marx argued against the whole of the school",  # a known name, then a verb in lower case
    "The committee's minutes since",  # a clause cut short
])
def test_a_run_of_prose_in_sentence_case_is_one(title):
    assert reads_as_prose_run(title)


@pytest.mark.parametrize("title", [
    "Rechtsphilosophie und Naturrecht als Gleiches bezeichnende Begriffe gebraucht",  # ends on a verb
    "Mohrs Vorschlag nimmt eine Mittelstellung zwischen Blancs und Proudhons Vorschlägen ein",  # on its particle
    "Die Bauern waren zwar keine neue Klasse, aber sie waren nicht untergehend",  # the negation, a finite verb
])
def test_a_german_sentence_with_capitals_on_its_nouns_reads_as_a_sentence(title):
    from notecite.link.plausibility import reads_as_sentence
    assert reads_as_sentence(title)


@pytest.mark.parametrize("title", [
    "Die Frau und der Sozialismus in der Geschichte der Arbeiterbewegung",
    "Zur Theorie des Lohngesetzes und Verwandtes aus der Sammelschrift",
    "Ist der politische Massenstreik in Deutschland möglich?",  # a question ends on a lower-case word
    "Die materialistische Geschichtsauffassung und ihre ökonomischen Grundlagen",
    "Ernestus veneficus in carcere et catenis, declamatione scholastica in Universitate Heidelbergensi exhibitus",  # Latin
])
def test_german_and_latin_titles_read_as_no_sentence(title):
    from notecite.link.plausibility import reads_as_sentence
    assert not reads_as_sentence(title)


def test_a_letter_writers_surname_that_is_a_common_word_is_a_name():
    from notecite.link.plausibility import check_record
    letter = {"type": "personal_communication", "author": [{"family": "Fish"}], "recipient": [{"family": "Davis"}],
              "title": "Fish to Davis", "issued": {"date-parts": [[1881, 12, 16]]}}
    assert not [p for p in check_record(letter) if p["field"] == "author"]
    book = {"type": "book", "author": [{"family": "Fish"}], "title": "Notes"}
    assert [p["reason"] for p in check_record(book) if p["field"] == "author"] == ["author is not a name"]


def test_a_sentence_case_title_opening_on_a_demonstrative_is_prose():
    from notecite.link.plausibility import reads_as_prose_run

    assert reads_as_prose_run("This insured the trial of slave-traders in a sympathetic slave State")
    assert not reads_as_prose_run("The trial of slave-traders")
