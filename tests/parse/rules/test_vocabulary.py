"""Tag rules of notecite.parse.rules.vocabulary, on given tags (no model involved)."""
from notecite.parse.tokenize import tokenize

from ..conftest import rule_runs, run_texts, tagged


def test_in_ibid_after_a_title_is_its_container_and_the_number_its_pinpoint():
    from notecite.parse.rules.vocabulary import rule_in_ibid_is_the_container

    text = 'Rosa Luxemburg, "Organizational Questions," in ibid., 283.'
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    tags = ["B-author", "I-author", "I-author", "B-title", "I-title", "I-title", "I-title", "I-title",
            "B-container-title", "B-ibid", "I-ibid", "B-container-title", "B-pages", "I-pages"]
    assert len(tags) == len(words)
    out = rule_in_ibid_is_the_container(text, tokens, tags)
    assert out[8:] == ["prose", "B-container-title", "I-container-title", "prose", "B-locator", "I-locator"]
    # an ibid that opens the note is left to the ibid rules
    text = "Ibid., 283."
    tokens = tokenize(text)
    tags = ["B-ibid", "I-ibid", "prose", "B-locator", "I-locator"]
    assert rule_in_ibid_is_the_container(text, tokens, tags) == tags


def test_ibid_markers_of_several_languages_are_tagged():
    from notecite.parse.rules.vocabulary import rule_ibid_vocabulary

    for text, marker in [("Ebendas. S. 20.", "Ebendas."), ("Blum, a. a. O. p. 145 ff.", "a. a. O."),
                         ("Ebd., S. 4.", "Ebd."), ("Ebenda S. 9.", "Ebenda"), ("Tarde, art. cit., p. 12.", "art. cit."),
                         ("Morel Fatio, loc. cit., pág. 263.", "loc. cit."), ("Voir même ouvrage, p. 3.", "même ouvrage"),
                         ("Op. cit., p. 170-172.", "Op. cit."), ("Herrera, ob. cit., pág. 41.", "ob. cit."),
                         ("Ortiz, obra citada.", "obra citada."), ("Vega, obr. cit., t. II.", "obr. cit."),
                         ("lbid., 51.", "lbid."), ("Cliff, Lenin, 60; lbidem, 62.", "lbidem"),
                         ("Corre, Brest, p. 9; Du même, Crime et suicide, p. 605.", "Du même")]:
        tokens = tokenize(text)
        out = rule_ibid_vocabulary(text, tokens, ["prose"] * len(tokens))
        tagged = [t for t, g in zip(tokens, out) if g.endswith("ibid")]
        assert text[tagged[0].start:tagged[-1].end] == marker, (text, out)
    text = "Er ging ebendahin."  # a longer word is not the marker
    tokens = tokenize(text)
    assert rule_ibid_vocabulary(text, tokens, ["prose"] * len(tokens)) == ["prose"] * len(tokens)


def test_lead_in_words_are_not_the_author_or_title():
    from notecite.parse.rules.vocabulary import rule_lead_in_words

    for text, words, label in [("Vgl. Weber, Wirtschaft", 2, "author"), ("Voyez Kent, Commentaires", 1, "author"),
                               ("Siehe Scholtz, Ueber", 1, "author"), ("S. a. Biedermann, Deutschland", 4, "author"),
                               ("D'après Tarde, Les lois", 1, "author"), ("véase Ochoa, Epistolario", 1, "author"),
                               ("Cf. Le Suicide", 2, "title")]:
        tokens = tokenize(text)
        name_end = next(i for i, t in enumerate(tokens) if t.text == ",") if "," in text else len(tokens)
        tags = ["B-" + label] + ["I-" + label] * (name_end - 1) + ["B-title"] * (len(tokens) > name_end) + \
            ["I-title"] * max(0, len(tokens) - name_end - 1)
        out = rule_lead_in_words(text, tokens, tags)
        assert out[:words] == ["prose"] * words and out[words] == "B-" + label, (text, out)
    # "by"/"par" opening an author run are prose; a lead word inside a title stays
    text = "Commentaires, par Kent"
    tokens = tokenize(text)
    assert rule_lead_in_words(text, tokens, ["B-title", "I-title", "B-author", "I-author"]) == \
        ["B-title", "I-title", "prose", "B-author"]
    text = "Come and See Again"
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * 3
    assert rule_lead_in_words(text, tokens, tags) == tags


def test_by_and_a_name_read_as_a_title_or_container_are_the_author():
    from notecite.parse.rules.vocabulary import rule_lead_in_words

    text = "Vie de Lafayette, par Guizot, t. 2."
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "I-title", "I-title", "B-container-title", "I-container-title", "I-container-title",
            "B-locator", "I-locator", "I-locator", "I-locator"]
    out = rule_lead_in_words(text, tokens, tags)
    assert out[4:7] == ["prose", "B-author", "I-author"] and out[:4] == tags[:4]
    text = "Poems, by a Lady of Quality."  # lower-case words after "by": no name, the run stays
    tokens = tokenize(text)
    tags = ["B-title", "I-title"] + ["B-container-title"] + ["I-container-title"] * (len(tokens) - 3)
    assert rule_lead_in_words(text, tokens, tags) == tags


def test_a_title_run_starts_after_a_phrase_saying_a_title_follows():
    from notecite.parse.rules.vocabulary import rule_lead_in_words

    for text, phrase in [("dans le recueil intitulé : Actes du Congrès, t. 1", "intitulé :"),
                         ("erschien unter dem Titel: Geschichte der Stadt", "Titel:"),
                         ("a pamphlet entitled The Rights of Labour", "entitled")]:
        tokens = tokenize(text)
        words = [t.text for t in tokens]
        end = next(k for k in range(len(tokens)) if tokens[k].end == text.index(phrase) + len(phrase)) + 1
        title_end = words.index(",") if "," in words else len(tokens)
        tags = ["B-title"] + ["I-title"] * (title_end - 1) + ["prose"] * (len(tokens) - title_end)
        out = rule_lead_in_words(text, tokens, tags)
        assert out[:end] == ["prose"] * end and out[end] == "B-title" and out[end + 1:title_end] == tags[end + 1:title_end], \
            (text, out)
    text = "The Entitled Generation"  # a word of a title in title case
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "I-title"]
    assert rule_lead_in_words(text, tokens, tags) == tags


def test_a_book_number_after_l_is_a_pinpoint_not_loco_citato():
    from notecite.parse.rules.vocabulary import rule_book_number_is_no_ibid

    text = "Zosimus, l. iii. p. 158."
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-ibid", "I-ibid", "I-ibid", "I-ibid"] + ["B-locator"] + ["I-locator"] * 3
    out = rule_book_number_is_no_ibid(text, tokens, tags)
    assert out == ["B-author", "I-author"] + ["B-locator"] + ["I-locator"] * 7
    text = "Steuart, l. c., p. 361."  # loco citato stays an ibid marker
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-ibid", "I-ibid", "I-ibid", "I-ibid", "prose"] + ["B-locator"] + ["I-locator"] * 3
    assert rule_book_number_is_no_ibid(text, tokens, tags) == tags
    # read as a date, and with a chapter the editor supplied in square brackets before the page
    text = "Dion Cassius, l. lxxi. [c. 31,] p. 1195."
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author", "B-date", "I-date", "I-date", "I-date"] + ["prose"] * 6 \
        + ["B-locator"] + ["I-locator"] * 3
    out = rule_book_number_is_no_ibid(text, tokens, tags)
    assert out == ["B-author", "I-author", "I-author", "B-locator"] + ["I-locator"] * 13


def test_see_for_example_leads_in_like_see():
    from notecite.parse.rules.vocabulary import rule_lead_in_words

    for text, words in (("See, e.g., Kautsky, Agrarian Question", 7), ("See, for example, Kautsky, Agrarian Question", 5)):
        tokens = tokenize(text)
        name_end = [t.text for t in tokens].index("Kautsky") + 2
        tags = ["B-author"] + ["I-author"] * (name_end - 1) + ["B-title", "I-title"]
        out = rule_lead_in_words(text, tokens, tags)
        assert out[:words] == ["prose"] * words and out[words] == "B-author", (text, out)


def test_a_lead_in_read_as_a_whole_field_is_prose():
    from notecite.parse.rules.vocabulary import rule_lead_in_words

    text = "Voyez id., p. 42-47."  # the lead-in read as a whole name before an ibid marker
    tokens = tokenize(text)
    tags = ["B-author", "B-ibid", "I-ibid", "I-ibid"] + ["B-locator"] + ["I-locator"] * 5
    assert rule_lead_in_words(text, tokens, tags) == ["prose"] + tags[1:]
    text = "Voir Garneau, t. 2, p. 40."  # the lead-in read as a field of its own before the name
    tokens = tokenize(text)
    tags = ["B-publisher", "B-title", "prose", "B-locator"] + ["I-locator"] * 7
    assert rule_lead_in_words(text, tokens, tags) == ["prose"] + tags[1:]
    text = "Kent id., p. 42."  # a name before an ibid stays a name
    tokens = tokenize(text)
    tags = ["B-author", "B-ibid", "I-ibid", "I-ibid", "B-locator", "I-locator", "I-locator", "I-locator"]
    assert rule_lead_in_words(text, tokens, tags) == tags


def test_every_lexicon_entry_is_found_by_its_pattern():
    from notecite.parse.rules.vocabulary import _IBID, _LEAD, _entries

    for pattern, lexicon in ((_IBID, "ibid_markers"), (_LEAD, "lead_words")):
        for entry in _entries(lexicon):
            for written in (entry, entry.upper(), entry.capitalize()):
                match = pattern.search(f"x; {written} y")
                assert match and match.start() == 3, (lexicon, written)


def test_idem_before_a_pinpoint_is_an_ibid_with_that_pinpoint():
    from notecite.parse.rules.vocabulary import rule_ibid_vocabulary

    for text, pinpoint in [("as the prefect wrote, (Id. tom. iv. p. 212.)", "tom. iv. p. 212"),
                           ("Id., p. 17.", "p. 17"), ("Id. at 88.", "88")]:
        tokens = tokenize(text)
        out = rule_ibid_vocabulary(text, tokens, ["prose"] * len(tokens))
        marker = [t for t, g in zip(tokens, out) if g.endswith("ibid")]
        located = [t for t, g in zip(tokens, out) if g.endswith("locator")]
        assert text[marker[0].start:marker[-1].end] == "Id.", (text, out)
        assert text[located[0].start:located[-1].end] == pinpoint, (text, out)
    text = "The Id. 4 module and Freud's Id."  # no pinpoint after it: a word
    tokens = tokenize(text)
    assert rule_ibid_vocabulary(text, tokens, ["prose"] * len(tokens)) == ["prose"] * len(tokens)


def test_a_number_read_as_ibid_after_a_field_is_the_pinpoint():
    from notecite.parse.rules.vocabulary import rule_number_read_as_ibid_is_the_pinpoint

    text = "Ray, “Docks,” 7A."
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-title", "I-title", "I-title", "I-title", "B-ibid", "I-ibid"]
    assert len(tags) == len(tokens)
    assert rule_number_read_as_ibid_is_the_pinpoint(text, tokens, tags)[6:] == ["B-locator", "I-locator"]
    # an ibid marker (no digits), or numbers after prose: left alone
    for text, tags in (("Ray, Ibid. 7", ["B-author", "I-author", "B-ibid", "I-ibid", "I-ibid"]),
                       ("See 7A.", ["prose", "B-ibid", "I-ibid"])):
        tokens = tokenize(text)
        assert rule_number_read_as_ibid_is_the_pinpoint(text, tokens, tags) == tags


def test_a_bracket_opening_on_no_place_is_the_imprint():
    from notecite.parse.rules.vocabulary import rule_no_place_imprint
    from ..conftest import rule_runs

    text = "S. Kimber, A Diplomat on Diplomacy (n.p.: n.d. [probably 1863]), 45."
    runs, _ = rule_runs(rule_no_place_imprint, text, [("S. Kimber,", "author"),
                                                      ("A Diplomat on Diplomacy (n.p.: n.d. [probably 1863])", "title"),
                                                      ("45.", "locator")])
    assert runs[1:5] == [("A Diplomat on Diplomacy", "title"), ("(n.p.:", "location"), ("n.d.", "date"),
                         ("[probably 1863])", "note")]
    runs, _ = rule_runs(rule_no_place_imprint, "Okafor, Harbours (N.p.: Hall Press, 1920), 45.",
                        [("Okafor,", "author"), ("Harbours (N.p.: Hall Press, 1920)", "title"), ("45.", "locator")])
    assert runs[1:] == [("Harbours", "title"), ("(N.p.:", "location"), ("Hall Press,", "publisher"),
                        ("1920)", "date"), ("45.", "locator")]
    _, unchanged = rule_runs(rule_no_place_imprint, "Okafor, Harbours (London: Hall, 1920).",
                             [("Okafor,", "author"), ("Harbours", "title"), ("(London: Hall, 1920).", "location")])
    assert unchanged  # a place given: not this rule's


def test_a_short_subject_and_a_lead_in_before_idem_name_no_work():
    from notecite.parse.rules.vocabulary import rule_ibid_vocabulary, rule_lead_in_words

    text = "Le Missouri. Voyez id., vol. 1, p. 132 (1,278 lieues)."
    tokens, tags = tagged(text, [("Le Missouri.", "title"), ("id.,", "container-title"), ("vol. 1,", "volume"),
                                 ("p. 132", "locator")])
    out = rule_lead_in_words(text, tokens, rule_ibid_vocabulary(text, tokens, tags))
    assert [label for _, label in run_texts(text, tokens, out)][:2] == ["ibid", "volume"]
    text = "L'Arkansas. Voyez id., vol. 1, p. 188."  # the lead-in read at the end of the run before
    tokens, tags = tagged(text, [("L'Arkansas. Voyez", "author"), ("id.,", "ibid"), ("vol. 1,", "volume")])
    runs = run_texts(text, tokens, rule_lead_in_words(text, tokens, tags))
    assert "Voyez" not in " ".join(t for t, _ in runs) and ("id.,", "ibid") in runs


def test_a_title_read_as_prose_before_par_and_a_name_is_the_title():
    from notecite.parse.rules.vocabulary import rule_lead_in_words as rule

    text = "2,500 milles. Voyez Description des États-Unis, par Warden, vol. 1, p. 166."
    runs, _ = rule_runs(rule, text, [("Warden,", "container-title"), ("vol. 1,", "volume"), ("p. 166.", "locator")])
    assert runs[:2] == [("Description des États-Unis", "title"), ("Warden,", "author")]
    text = "defended against the attacks of J. Steuart and others, by A. Young, in his Arithmetic"
    _, unchanged = rule_runs(rule, text, [("A. Young,", "author")])
    assert unchanged  # an initial's stop opens no title


def test_a_name_before_an_ibid_is_its_author():
    from notecite.parse.rules.vocabulary import rule_name_before_an_ibid_is_its_author as rule

    text = "Kent's commentaries, vol. 1, p. 207, Story, id., p. 339."
    runs, same = rule_runs(rule, text, [("Kent's", "author"), ("commentaries,", "title"), ("vol. 1, p. 207,", "locator"),
                                        ("Story,", "note"), ("id.,", "ibid"), ("p. 339.", "locator")])
    assert not same and runs[3:] == [("Story,", "author"), ("id.,", "ibid"), ("p. 339.", "locator")]
    # a name already read as the author, a lower-case word, or a word inside a run: left as it is
    for text, pairs in [("Weber, a. a. O., S. 12.", [("Weber,", "author"), ("a. a. O.,", "ibid"), ("S. 12.", "locator")]),
                        ("See the text, id., p. 4.", [("id.,", "ibid"), ("p. 4.", "locator")]),
                        ("History of England, id., p. 4.", [("History of England,", "title"), ("id.,", "ibid")])]:
        assert rule_runs(rule, text, pairs)[1], text


def test_pages_after_an_ibid_are_its_pinpoint():
    from notecite.parse.rules.vocabulary import rule_ibid_marker_keeps_its_comma_and_pages as rule
    text = "Même collection, vol. 1, p. 525."
    runs, _ = rule_runs(rule, text, [("Même collection", "ibid"), (",", "container-title"), ("vol. 1,", "volume"),
                                     ("p. 525.", "pages")])
    assert runs == [("Même collection,", "ibid"), ("vol. 1,", "volume"), ("p. 525.", "locator")]
    text = "M. Kent, dans le même ouvrage, vol. 4, p. 1-22."
    runs, _ = rule_runs(rule, text, [("M. Kent,", "author"), ("dans le", "title"), ("même ouvrage", "ibid"),
                                     (", vol. 4,", "volume"), ("p. 1-22.", "pages")])
    assert runs == [("M. Kent,", "author"), ("même ouvrage", "ibid"), (", vol. 4,", "volume"), ("p. 1-22.", "locator")]
    text = "Ibid. Smith, Wealth, p. 5."  # a work named between: its pages
    _, unchanged = rule_runs(rule, text, [("Ibid.", "ibid"), ("Smith,", "author"), ("Wealth,", "title"), ("p. 5.", "pages")])
    assert unchanged


def test_ibid_marker_keeps_its_comma():
    from notecite.parse.rules.vocabulary import rule_ibid_marker_keeps_its_comma_and_pages as rule
    text = 'Bebel, "Die Frau", S. 12; und ders., "Unsere Ziele", S. 4.'
    runs, _ = rule_runs(rule, text, [("Bebel,", "author"), ('"Die Frau",', "title"), ("S. 12;", "locator"), ("und", "container-title"),
                                     ("ders.", "ibid"), (",", "author"), ('"Unsere Ziele",', "title"), ("S. 4.", "locator")])
    assert runs[3:5] == [("ders.,", "ibid"), ('"Unsere Ziele",', "title")]


def test_quotation_after_a_same_author_marker_is_a_title():
    from notecite.parse.rules.vocabulary import rule_ibid_marker_keeps_its_comma_and_pages as rule
    text = 'v. Elm, "Massenstreik", p. 735; ders. "Partei und Gewerkschaft".'
    runs, _ = rule_runs(rule, text, [("v. Elm,", "author"), ('"Massenstreik",', "title"), ("p. 735;", "locator"), ("ders.", "ibid")])
    assert runs[-1] == ('"Partei und Gewerkschaft"', "title")
    text = 'Ibid. "So sagt er", und mehr.'  # no marker of the same author: a quotation stays prose
    _, unchanged = rule_runs(rule, text, [("Ibid.", "ibid")])
    assert unchanged


def test_a_title_and_pinpoint_after_a_same_author_marker_are_that_authors_short_form():
    from notecite.parse.rules.vocabulary import rule_title_after_a_same_author_marker as rule

    from ..conftest import rule_runs
    text = "Roe, Hist. Docks, i. 83; Id., Efem., 7; Guat., Leyes, i. 16."
    pairs = [("Roe,", "author"), ("Hist. Docks,", "title"), ("i. 83;", "locator"), ("Id.,", "ibid"),
             ("Efem., 7; Guat., Leyes,", "note"), ("i. 16.", "locator")]
    runs, _ = rule_runs(rule, text, pairs)
    assert runs[3:6] == [("Id.,", "ibid"), ("Efem.,", "title"), ("7", "locator")]
    # the same work's volume, or no pinpoint after the words: left as read
    for text, rest in (("Roe, Docks, i. 83; Id., Vol. II, p. 4.", "Vol. II, p. 4."), ("Roe, Docks, i. 83; Id., Efem., passim.", "Efem., passim.")):
        pairs = [("Roe,", "author"), ("Docks,", "title"), ("i. 83;", "locator"), ("Id.,", "ibid"), (rest, "note")]
        assert rule_runs(rule, text, pairs)[1], text


def test_a_title_before_an_imprint_after_idem_is_that_authors_book():
    from notecite.parse.rules.vocabulary import rule_title_after_a_same_author_marker as rule

    from ..conftest import rule_runs
    text = "Roe, Docks (Leeds: Hull, 1956), 3; idem, White Collar (New York: Oxford, 1951), 20."
    pairs = [("Roe,", "author"), ("Docks", "title"), ("(Leeds:", "location"), ("Hull,", "publisher"), ("1956),", "date"),
             ("3;", "locator"), ("idem,", "ibid"), ("White Collar (New York:", "location"), ("Oxford,", "publisher"),
             ("1951),", "date"), ("20.", "locator")]
    runs, _ = rule_runs(rule, text, pairs)
    assert runs[6:9] == [("idem,", "ibid"), ("White Collar", "title"), ("(New York:", "location")]
    # a bracket that is no imprint (no colon, no year): left as read
    text = "Roe, Docks, 3; idem, White Collar (passim)."
    assert rule_runs(rule, text, [("Roe,", "author"), ("Docks,", "title"), ("3;", "locator"), ("idem,", "ibid"),
                                  ("White Collar (passim).", "note")])[1]


def test_a_title_after_in_his_is_the_container_of_the_piece_before():
    from notecite.parse.rules.vocabulary import rule_in_his_and_a_title_is_the_authors_book as rule

    text = 'N. Kostomaroff, "The Rationalists of the Twelfth Century," in his Monographies and Researches (Russian).'
    tokens, tags = tagged(text, [("N. Kostomaroff,", "author"), ('"The Rationalists of the Twelfth Century,"', "title")])
    out = rule(text, tokens, tags)
    assert ("Monographies and Researches", "container-title") in run_texts(text, tokens, out)
    text = "Erika Wolf, “Drawing,” in her Aleksandr Zhitomirsky: Photomontage (Chicago: AIC, 2016), 92."
    tokens, tags = tagged(text, [("Erika Wolf,", "author"), ("“Drawing,”", "title"),
                                 ("Aleksandr Zhitomirsky: Photomontage", "title"), ("(Chicago:", "location")])
    runs = run_texts(text, tokens, rule(text, tokens, tags))
    assert ("Aleksandr Zhitomirsky: Photomontage", "container-title") in runs and ("“Drawing,”", "title") in runs
    # no title before "in his" (a sentence about the writer): left alone
    text = "Trotsky wrote in his History of the Russian Revolution that"
    tokens, tags = tagged(text, [("Trotsky", "author"), ("History of the Russian Revolution", "title")])
    assert rule(text, tokens, tags) == tags


def test_a_volume_and_page_read_as_a_note_after_ibid_are_its_pinpoint():
    from notecite.parse.rules.vocabulary import rule_ibid_marker_keeps_its_comma_and_pages as rule

    for text, pinpoint in (("Ibid., 3: 290.", "3: 290."), ("Ibid., 3:290", "3:290")):
        tokens, tags = tagged(text, [("Ibid.,", "ibid"), (text[6:], "note")])
        assert run_texts(text, tokens, rule(text, tokens, tags)) == [("Ibid.,", "ibid"), (pinpoint, "locator")], text
    text = "Ibid., 3: 290. Smith argues otherwise."  # the sentence after the pinpoint's stop is prose
    tokens, tags = tagged(text, [("Ibid.,", "ibid"), ("3: 290. Smith argues otherwise.", "note")])
    assert run_texts(text, tokens, rule(text, tokens, tags)) == [("Ibid.,", "ibid"), ("3: 290.", "locator")]
    text = "Ibid., see the letters of 1890."  # no pinpoint after the marker: left alone
    tokens, tags = tagged(text, [("Ibid.,", "ibid"), ("see the letters of 1890.", "note")])
    assert rule(text, tokens, tags) == tags


def test_a_reference_to_an_earlier_note_is_a_note_run():
    from notecite.parse.rules.vocabulary import rule_reference_to_an_earlier_note as rule

    text = "Carr, Interregnum (n. 1), p. 305."
    out = rule_runs(rule, text, [("Carr,", "author"), ("Interregnum (n. 1),", "title"), ("p. 305.", "locator")])[0]
    assert out == [("Carr,", "author"), ("Interregnum", "title"), ("(n. 1),", "note"), ("p. 305.", "locator")]
    text = "Carr, above n. 1, at 310."  # a family name alone before it: the author
    out = rule_runs(rule, text, [("Carr,", "title"), ("310.", "locator")])[0]
    assert out == [("Carr,", "author"), ("above n. 1,", "note"), ("310.", "locator")]
    text = "Lee, Strikes, above, n. 1, p. 3."  # a title before it stays the title
    out = rule_runs(rule, text, [("Lee,", "author"), ("Strikes,", "title"), ("p. 3.", "locator")])[0]
    assert out[:3] == [("Lee,", "author"), ("Strikes,", "title"), ("above, n. 1,", "note")]
    # a pinpoint's note ("p. 3 n. 4") is no reference to an earlier note
    assert rule_runs(rule, "Lee, Strikes, p. 3 n. 4.", [("Lee,", "author"), ("Strikes,", "title"), ("p. 3 n. 4.", "locator")])[1] is True


def test_earlier_note_referred_to_names_its_number():
    from notecite.parse.rules.words import referenced_note

    assert [referenced_note(t) for t in ("Carr, op. cit. (n. 12), p. 5", "See above, n. 3", "Hart, supra note 40, at 9",
                                         "(note 7 above)", "Lee, Strikes, p. 3 n. 4", "n. 5")] == [12, 3, 40, 7, None, None]


def test_a_name_and_a_reference_to_an_earlier_note_are_a_cite():
    from notecite.parse import parse_note

    [cite] = parse_note("Carr, above n. 1, at 310.")
    assert cite.kind == "short" and cite.fields[0] == ("author", "Carr") and cite.locator == "310"
    [cite] = parse_note("See above, n. 12.")
    assert cite.kind == "short" and ("note", "above, n. 12") in cite.fields
