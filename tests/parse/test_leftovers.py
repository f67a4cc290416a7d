"""Uncovered clauses of a note, and which of them read like citations."""
from __future__ import annotations

import pytest

from notecite.parse.leftovers import citation_like, dashes_as_stops, leftover_spans, low_quotes_as_high, ocr_digits


def clauses(text, covered=()):
    return [text[s:e] for s, e in leftover_spans(text, covered)]


def test_clauses_outside_the_cites_are_cut_at_semicolons_and_sentence_ends_not_at_abbreviations():
    text = "See J. Smith, p. 4. Daily Worker, Nov. 7, 1937, 3; and the party split. Again, pp. 2-3. In 1925 it ended."
    assert clauses(text, [(4, 18)]) == ["See", "Daily Worker, Nov. 7, 1937, 3", "and the party split.", "Again, pp. 2-3.",
                                        "In 1925 it ended."]
    text = "Ann Lee memorandum to Tom Ray, May 2, 1961, “Review File.” Despite it, the office went on. “Why?” Then"
    assert clauses(text) == ["Ann Lee memorandum to Tom Ray, May 2, 1961, “Review File.”", "Despite it, the office went on.",
                             "“Why?”", "Then"]  # a quotation mark closing at the sentence's end ends it too
    text = "MS. Register of Wills, Land Records, lib. W No. 9, fols. 12-14. Bayle, tom. II. p. 7. Done"
    assert clauses(text) == ["MS. Register of Wills, Land Records, lib. W No. 9, fols. 12-14.", "Bayle, tom. II. p. 7.", "Done"]
    text = "Sully á Rohan, en 12 de abril 1602.--Perrens, pág. 88. Otra.—Fin"
    assert clauses(text) == ["Sully á Rohan, en 12 de abril 1602.", "Perrens, pág. 88.", "Otra.", "Fin"]  # ".--" ends one
    text = "Duquesne à Le Loutre, 15 Oct. 1754; extract in Public Documents, 239; Smith, Acadia, 4"
    assert clauses(text) == ["Duquesne à Le Loutre, 15 Oct. 1754; extract in Public Documents, 239", "Smith, Acadia, 4"]


@pytest.mark.parametrize("text", [
    "Daily Worker, Nov. 7, 1937, 3",
    "Archives nationales, F7 13090",
    "Ibid., 45",
    "Zxq Qwv, Bltn Ovrq (Paris: Gallimard, 1933)",
    "https://example.org/strike",
    "vol. 2, pp. 17-19",
    "Ibid., passim",  # no digit: the words alone
    "Lot File Italy, box IV, ed. by Smith",  # a shelfmark without a digit
])
def test_references_and_pieces_of_references_read_like_citations(text):
    assert citation_like(text)


@pytest.mark.parametrize("text", [
    "The dispute flared again in 1937, when the party leadership, as so often, changed its line.",
    "Again, the author refers to his own work.",
    "See also",
    "It was reprinted many times.",
])
def test_prose_does_not(text):
    assert not citation_like(text)


def test_word_points_reward_capitals_with_a_digit_and_punish_lower_case_prose():
    from notecite.parse.leftovers import _word_points

    assert _word_points("Daily Worker, Nov. 7", digits=True) == 1
    assert _word_points("Daily Worker", digits=False) == 0
    assert _word_points("it was said then that the party had lost its way", digits=False) == -2
    assert _word_points("1937, 45", digits=True) == 0


@pytest.mark.parametrize("text, expected", [("Paris, 1840.--Roux, Les prisons", "Paris, 1840.  Roux, Les prisons"),
                                            ("Paris, 1840.— Roux", "Paris, 1840.  Roux"),
                                            ("Montaugé, p.25.--\"Ephémérides,\" III. 190",
                                             "Montaugé, p.25.  \"Ephémérides,\" III. 190"),
                                            ("pp. 3--5, and 1840.--but", "pp. 3--5, and 1840.--but")])
def test_a_full_stops_dash_before_a_capital_or_a_quote_is_blanked_as_the_clause_end_it_is(text, expected):
    assert dashes_as_stops(text) == expected
    if expected != text:
        assert len(leftover_spans(text, [])) == 2


@pytest.mark.parametrize("text, expected", [
    ("Engels, „Savoyen, Nizza und der Rhein”. Im „Herr Vogt”", "Engels, “Savoyen, Nizza und der Rhein”. Im “Herr Vogt”"),
    ("Engels, „Savoyen, Nizza und der Rhein“, S. 3", "Engels, “Savoyen, Nizza und der Rhein”, S. 3"),
    ("Marx, “Capital”, p. 3", "Marx, “Capital”, p. 3"),
    ("der „Neuen Zeit", "der “Neuen Zeit"),
    ("‚Bist Du nicht selbst’, rufst Du", "‘Bist Du nicht selbst’, rufst Du"),
    ("‚geht’s noch‘, fragt er", "‘geht’s noch’, fragt er"),  # an apostrophe between letters closes nothing
])
def test_german_low_high_quotes_are_read_as_english_quotes_of_the_same_length(text, expected):
    assert low_quotes_as_high(text) == expected
    assert len(low_quotes_as_high(text)) == len(text)


def test_titles_in_low_high_quotes_closed_by_right_quotes_are_told_apart():
    from notecite.parse import parse_note
    text = low_quotes_as_high("„Neue Zeit”, Jahrgang 1890/91: „Zur Frage des ehernen Lohngesetzes.” Die so betitelte Abhandlung "
                              "ist von mir später gesondert in das Buch „Zur Theorie des Lohngesetzes und Verwandtes” (erster "
                              "Teil der Sammelschrift „Zur Theorie und Geschichte des Sozialismus”, Berlin, Ferd. Dümmler) "
                              "übernommen worden.")
    titles = [t for c in parse_note(text) for label, t in c.fields if label == "title"]
    assert "Zur Frage des ehernen Lohngesetzes" in titles and "Zur Theorie des Lohngesetzes und Verwandtes" in titles, titles


@pytest.mark.parametrize("clause", ["Derbyshire Advertiser March 10th 1944 Guardian May 2nd 1986",
                                    "Daily Worker January 21st 1941 editorial",
                                    "Emily Brady, conversation with the author, 28 June 2023."])
def test_a_day_date_makes_a_clause_citation_like(clause):
    """A newspaper's issue, a letter or an interview named with its day (``March 10th 1944``) is a cite the
    parser may miss: it is reported, never dropped silently."""
    assert citation_like(clause)


def test_a_year_alone_in_prose_is_still_prose():
    assert not citation_like("In the spring of 1944 the branch grew again")


@pytest.mark.parametrize("text, expected", [
    ("Ibid., pp.l2-14.", "Ibid., pp.12-14."),
    ("Roe, Docks, pp. 1O2-1O3.", "Roe, Docks, pp. 102-103."),
    ("Review, Vol. 5, No. l (Winter 1966)", "Review, Vol. 5, No. 1 (Winter 1966)"),
    ("Literary Studies, Vol. Ill, p. 172.", "Literary Studies, Vol. III, p. 172."),
    ("Studies, vol. Il, p. 4; Vol. Illinois", "Studies, vol. II, p. 4; Vol. Illinois"),
    # letters among letters, a lone l or O, a roman numeral: as written
    ("Oxford, 1990, l. iii. p. 45; FO 371/1234, lO, Vol. I, p. l", "Oxford, 1990, l. iii. p. 45; FO 371/1234, lO, Vol. I, p. l"),
])
def test_ocr_letters_read_as_digits_inside_numbers(text, expected):
    assert ocr_digits(text) == expected and len(ocr_digits(text)) == len(text)


@pytest.mark.parametrize("text", ["pp.l2-14", "1O2", "ll1", "O1", "No. l.", "No.\nl,", "Vol. Ill", "vol.\tIl", "lOlO1", "Ol"])
def test_what_every_ocr_number_holds_is_in_each_text_it_reads(text):
    from notecite.parse.leftovers import _OCR_NUMBER, _OCR_NUMBER_NEEDS

    assert _OCR_NUMBER.search(text) is None or _OCR_NUMBER_NEEDS.search(text) is not None


@pytest.mark.parametrize("text, expected", [
    ("Trotsky, 1905 (New York, 1972), p, 45.", "Trotsky, 1905 (New York, 1972), p. 45."),
    ("Luchaire, Communes, pp, 45-46.", "Luchaire, Communes, pp. 45-46."),
    ("(pp, 3-4)", "(pp. 3-4)"),
    # a p inside a word, or no number after the comma: as written
    ("Kipp, 45; Group p, q and r.", "Kipp, 45; Group p, q and r."),
])
def test_a_comma_ocr_put_for_a_page_labels_stop_is_the_stop(text, expected):
    from notecite.parse.leftovers import ocr_page_labels

    assert ocr_page_labels(text) == expected and len(ocr_page_labels(text)) == len(text)


@pytest.mark.parametrize("text, expected", [
    ("Shachtman, ''Struggle,'' 46.", "Shachtman,  \u201cStruggle,\u201d  46."),
    ("''Kronstadt,'' New International; (''Other'') 4", " \u201cKronstadt,\u201d  New International; ( \u201cOther\u201d ) 4"),
    # no pair: as written
    ("the workers'' party; O''Brien", "the workers'' party; O''Brien"),
    ("''opened only", "''opened only"),
])
def test_two_apostrophes_for_a_double_quotation_mark_are_read_as_one(text, expected):
    from notecite.parse.leftovers import doubled_apostrophes_as_quotes

    assert doubled_apostrophes_as_quotes(text) == expected and len(expected) == len(text)
