"""Tag rules of notecite.parse.rules.locators, on given tags (no model involved)."""
from notecite.parse.labels import tag_spans, token_tags
from notecite.parse.tokenize import tokenize

from ..conftest import changed_by, rule_runs, run_texts, spans_of, tagged


def test_locator_grammar_rule():
    from notecite.parse.rules.locators import rule_locator_grammar
    for text, keep in [("177. 0 Morali", 2), ("18, 276n.", 4), ("p. 45 n. 3", 6), ("57-8", 3), ("xiv", 1),
                       ("S. 12 f.", 5), ("(63-66)", 5), ("a retrospective", 0), ("page 105", 2), ("pages 4-7", 4),
                       ("nº 30-36, inclusivement", 6), ("nºs 41 et 42", 4),
                       ("passim.", 2), ("passim and more", 0), ("p. A19", 3), ("C6–C8", 3), ("p. SM7", 3),
                       ("7A.", 2), ("12B–13B", 3), ("Livre V, P. 28.", 7), ("P. 28", 0)]:
        tokens = tokenize(text)
        tags = ["B-locator"] + ["I-locator"] * (len(tokens) - 1)
        out = rule_locator_grammar(text, tokens, tags)
        assert sum(t != "prose" for t in out) == keep, (text, out)


def test_a_number_after_the_imprint_is_the_pinpoint_and_words_after_it_prose():
    from notecite.parse.rules.locators import rule_pinpoint_after_the_imprint

    text = "Worcester, Title (Albany: SUNY, 1996), 88-112, for the Tendency."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    tags = ["B-author", "I-author", "B-title", "B-location", "I-location", "I-location", "B-publisher", "I-publisher",
            "B-date", "I-date", "I-date"] + ["B-title"] + ["I-title"] * (len(tokens) - 12)
    out = rule_pinpoint_after_the_imprint(text, tokens, tags)
    got = dict((w, g) for w, g in zip(words, out))
    assert out[words.index("88"):words.index("112") + 1] == ["B-locator", "I-locator", "I-locator"]
    assert got["for"] == got["Tendency"] == "prose" and out[:11] == tags[:11]
    # after a semicolon the next cite opens: an initial is no roman page
    text = "Roe, Docks (Oxford, 1974); D. Tanner, Quays (Leeds, 1990), 5."
    runs, same = rule_runs(rule_pinpoint_after_the_imprint, text,
                           [("Roe,", "author"), ("Docks", "title"), ("(Oxford,", "location"), ("1974);", "date"),
                            ("D. Tanner,", "author"), ("Quays", "title"), ("(Leeds,", "location"), ("1990),", "date"), ("5.", "locator")])
    assert ("D. Tanner,", "author") in runs


def test_a_pinpoint_inside_a_title_run_ends_the_cite():
    from notecite.parse.rules.locators import rule_pinpoint_inside_a_run

    text = "see Clements, Bolshevik Feminist, 229-31, and Beatrice Farnsworth, Aleksandra Kollontai (Stanford"
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    tags = ["prose", "B-author", "I-author", "B-title"] + ["I-title"] * (words.index("(") - 4) + ["B-location", "I-location"]
    out = dict(zip(words, rule_pinpoint_inside_a_run(text, tokens, tags)))
    assert (out["229"], out["31"], out["and"]) == ("B-locator", "I-locator", "prose")
    assert (out["Beatrice"], out["Farnsworth"], out["Aleksandra"], out["Kollontai"]) == \
        ("B-author", "I-author", "B-title", "I-title")
    text = "Okafor, Harbour Ledger, 44 (emphasis added)."  # before a bracketed comment
    tokens, tags = _tagged(text, [("Okafor,", "author"), ("Harbour Ledger, 44", "title")])
    assert _locator_text(text, tokens, rule_pinpoint_inside_a_run(text, tokens, tags)) == ["44"]
    text = "Okafor, Harbour Studies, 3 (Leeds, 1990)."  # before an imprint: no pinpoint
    tokens, tags = _tagged(text, [("Okafor,", "author"), ("Harbour Studies, 3", "title"), ("Leeds,", "location")])
    assert rule_pinpoint_inside_a_run(text, tokens, tags) == tags
    text = "Vance, Merchants and Markets, 1:12, 3:40."  # the first of a list of pinpoints ends the run
    tokens, tags = _tagged(text, [("Vance,", "author"), ("Merchants and Markets, 1:12,", "title"), ("3:40.", "locator")])
    assert _locator_text(text, tokens, rule_pinpoint_inside_a_run(text, tokens, tags)) == ["1:12, 3:40"]
    text = "Koltsov, Address, in Gérin, Devastation and Laughter, 186."  # a container's run ending on its page
    tokens, tags = _tagged(text, [("Koltsov,", "author"), ("Address,", "title"), ("Gérin,", "editor"),
                                  ("Devastation and Laughter, 186.", "container-title")])
    assert _locator_text(text, tokens, rule_pinpoint_inside_a_run(text, tokens, tags)) == ["186"]
    text = "Vance, Merchants and Markets, 2:118."  # a volume and page that run to the title run's full stop
    tokens, tags = _tagged(text, [("Vance,", "author"), ("Merchants and Markets, 2:118.", "title")])
    out = rule_pinpoint_inside_a_run(text, tokens, tags)
    assert _locator_text(text, tokens, out) == ["2:118"] and out[:5] == tags[:5]
    text = "Vance, Merchants and Markets, 1:764n1. Here Vance means Smith."  # a page and its note
    tokens, tags = _tagged(text, [("Vance,", "author"), ("Merchants and Markets, 1:764n1.", "title")])
    assert _locator_text(text, tokens, rule_pinpoint_inside_a_run(text, tokens, tags)) == ["1:764n1"]
    # a name run ending on its pinpoint before ";"
    text = "See Farnsworth, Aleksandra Kollontai, 402-4; Cathy Porter"
    tokens = tokenize(text)
    tags = ["prose", "B-author"] + ["I-author"] * 7 + ["prose", "B-author", "I-author"]
    out = rule_pinpoint_inside_a_run(text, tokens, tags)
    assert out[6:9] == ["B-locator", "I-locator", "I-locator"] and out[:6] == tags[:6]
    # years that end a title are not a pinpoint
    text = "Confidence Men: A Study of Culture in America, 1830-1870. New Haven"
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * (len(tokens) - 3) + ["B-location", "I-location"]
    assert rule_pinpoint_inside_a_run(text, tokens, tags) == tags


def test_roman_pages_after_the_imprint_are_the_pinpoint():
    from notecite.parse.rules.locators import rule_pinpoint_after_the_imprint

    text = "The Comintern (Basingstoke: Macmillan, 1996), xviii-xxii; Thompson"
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    x = words.index("xviii")
    for run_on in ("prose", "I-date"):
        tags = ["B-title", "I-title", "B-location", "I-location", "I-location", "B-publisher", "I-publisher",
                "B-date", "I-date", run_on, run_on, run_on, run_on, "prose", "B-author"]
        out = rule_pinpoint_after_the_imprint(text, tokens, tags)
        assert out[x:x + 3] == ["B-locator", "I-locator", "I-locator"] and out[x + 3] == "prose"


def test_a_periodicals_volume_after_its_place_in_brackets_is_no_pinpoint():
    from notecite.parse.rules.locators import rule_pinpoint_after_the_imprint

    text = "Okafor, “Tides.” Coastal Review (Dover, Del.) 3, no. 1 (1990): 14–29."
    spans = [("Okafor,", "author"), ("“Tides.”", "title"), ("Coastal Review", "container-title"), ("(Dover, Del.)", "location"),
             ("3,", "volume"), ("no. 1", "issue"), ("(1990):", "date"), ("14–29.", "pages")]
    tokens, tags = _tagged(text, spans)
    assert rule_pinpoint_after_the_imprint(text, tokens, tags) == tags
    text = "Okafor, “Tides.” Coastal Review (Dover, Del.) 3 (1990): 14–29."
    spans = [("Okafor,", "author"), ("“Tides.”", "title"), ("Coastal Review", "container-title"), ("(Dover, Del.)", "location"),
             ("3", "volume"), ("(1990):", "date"), ("14–29.", "pages")]
    tokens, tags = _tagged(text, spans)
    assert rule_pinpoint_after_the_imprint(text, tokens, tags) == tags


def test_a_page_after_the_dates_bracket_and_colon_is_the_pinpoint():
    from notecite.parse.rules.locators import rule_pinpoint_after_the_imprint

    text = "Okafor, Coastal Review 3, no. 1 (May 2011): 14, https://example.org/a."
    tokens, tags = _tagged(text, [("Okafor,", "author"), ("Coastal Review", "container-title"), ("3,", "volume"),
                                  ("no. 1", "issue"), ("(May 2011)", "date"), ("https://example.org/a.", "url")])
    assert _locator_text(text, tokens, rule_pinpoint_after_the_imprint(text, tokens, tags)) == ["14"]


def test_a_page_run_on_to_its_page_word_after_the_imprint_is_the_pinpoint():
    from notecite.parse.rules.locators import rule_pinpoint_after_the_imprint

    text = "T Okafor “Harbour Days” Tidewater Books (1977) p118"
    spans = [("T Okafor", "author"), ("“Harbour Days”", "title"), ("Tidewater Books", "publisher"), ("(1977)", "date")]
    tokens, tags = _tagged(text, spans)
    assert _locator_text(text, tokens, rule_pinpoint_after_the_imprint(text, tokens, tags)) == ["p118"]
    # after a name (a publisher read as an author) the bracket is a year, and the page stays as it is
    spans = [("T Okafor", "author"), ("“Harbour Days”", "title"), ("Tidewater Books", "author"), ("(1977)", "date")]
    tokens, tags = _tagged(text, spans)
    assert rule_pinpoint_after_the_imprint(text, tokens, tags) == tags


def test_a_bare_volume_before_an_issue_date_and_a_pinpoint_is_the_volume():
    from notecite.parse.rules.locators import rule_volume_and_issue_date_before_the_pinpoint

    text = "Harbour Quarterly (Dover, 1921—), XII, March 1934, 88, 90."
    spans = [("Harbour Quarterly", "container-title"), ("(Dover,", "location"), ("1921—),", "date"), ("XII,", "locator"),
             ("March 1934,", "date"), ("88, 90.", "locator")]
    tokens, tags = _tagged(text, spans)
    out = rule_volume_and_issue_date_before_the_pinpoint(text, tokens, tags)
    assert [label for _, _, label in tag_spans(tokens, out)] == ["container-title", "location", "date", "volume", "date",
                                                                  "locator"]
    text = "Harbour Quarterly (Dover, 1921—), 2d ser., 4, May 1, 1934, p. 7."
    spans = [("Harbour Quarterly", "container-title"), ("(Dover,", "location"), ("1921—),", "date"), ("2d ser., 4,", "locator"),
             ("May 1, 1934,", "date"), ("p. 7.", "locator")]
    tokens, tags = _tagged(text, spans)
    assert _locator_text(text, tokens, rule_volume_and_issue_date_before_the_pinpoint(text, tokens, tags)) == ["p. 7"]
    # a page before the date stays the pinpoint
    text = "Harbour Quarterly (Dover, 1921—), p. 4, May 1934, 7."
    spans = [("Harbour Quarterly", "container-title"), ("(Dover,", "location"), ("1921—),", "date"), ("p. 4,", "locator"),
             ("May 1934,", "date"), ("7.", "locator")]
    tokens, tags = _tagged(text, spans)
    assert rule_volume_and_issue_date_before_the_pinpoint(text, tokens, tags) == tags
    # a volume by its word and part before the day of the issue and its pages
    text = "Congressional Record, vol. 137, part 20, October 24, 1991, pp. 28770–28772."
    spans = [("Congressional Record,", "title"), ("vol. 137, part 20,", "locator"), ("October 24, 1991,", "date"),
             ("pp. 28770–28772.", "pages")]
    tokens, tags = _tagged(text, spans)
    out = rule_volume_and_issue_date_before_the_pinpoint(text, tokens, tags)
    assert [label for _, _, label in tag_spans(tokens, out)] == ["title", "volume", "date", "pages"]
    text = "Carr, Socialism, vol. 2, 1959, pp. 45–47."  # a year alone: no issue's day
    spans = [("Carr,", "author"), ("Socialism,", "title"), ("vol. 2,", "locator"), ("1959,", "date"), ("pp. 45–47.", "pages")]
    tokens, tags = _tagged(text, spans)
    assert rule_volume_and_issue_date_before_the_pinpoint(text, tokens, tags) == tags


def test_a_worded_volume_read_as_the_locator_before_the_imprint_is_the_volume():
    from notecite.parse.rules.locators import rule_pinpoint_after_the_imprint

    text = "Coastal Papers: Trade, Vol. 2 (Dover Press, 1840), p. 51."
    spans = [("Coastal Papers: Trade,", "title"), ("Vol. 2", "locator"), ("(Dover Press,", "publisher"),
             ("1840),", "date"), ("p. 51.", "locator")]
    tokens, tags = _tagged(text, spans)
    out = rule_pinpoint_after_the_imprint(text, tokens, tags)
    assert [label for _, _, label in tag_spans(tokens, out)] == ["title", "volume", "publisher", "date", "locator"]
    text = "Coastal Papers, p. 2 (Dover Press, 1840)."  # a page, not a volume: left alone
    tokens, tags = _tagged(text, [("Coastal Papers,", "title"), ("p. 2", "locator"), ("(Dover Press,", "publisher"),
                                  ("1840).", "date")])
    assert rule_pinpoint_after_the_imprint(text, tokens, tags) == tags


def test_a_roman_range_after_the_imprint_split_by_the_tagger_is_one_pinpoint():
    from notecite.parse.rules.locators import rule_pinpoint_after_the_imprint

    text = "Men in Prison (Garden City: Doubleday, 1969) vii-xiv. The"
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    v = words.index("vii")
    tags = ["B-title", "I-title", "I-title", "B-location", "I-location", "I-location", "I-location", "B-publisher",
            "I-publisher", "B-date", "I-date", "prose", "prose", "B-locator", "I-locator", "prose"]
    out = rule_pinpoint_after_the_imprint(text, tokens, tags)
    assert out[v:v + 3] == ["B-locator", "I-locator", "I-locator"]


def test_locator_grammar_knows_german_french_spanish_and_italian_pinpoints():
    from notecite.parse.rules.locators import _LOCATOR
    for text in ["Bd. II. S. 308 f.", "Th. II. S. 112", "Sp. 951", "Anm. 3", "S. 152 ff. und 357 ff.", "§. 467",
                 "tomo I, pág. 193", "tomo II, páginas 3, 4", "páginas 140 á 143", "parte II, carta XLI",
                 "cartas VI y VII", "t. I, p. 639", "col. 12", "vol. 1, p. 207 et suiv.", "sect. VIII, IX et X",
                 "vol. II, p. 45", "V. 478", "tom. xiii. p. 928", "vol. i. dissert. ii.", "Letter IV", "vol. 2, letter 31", "Lecture 4", "lect. iii, p. 12", "2. Bd. S. 55", "3. Buch. S. 300 ff.", "B. II. S. 35-39"]:
        assert _LOCATOR.match(text).group().rstrip(".") == text.rstrip("."), text
    assert _LOCATOR.match("Discurso sobre") is None  # a capital D opening a word is no Roman numeral


def test_locator_grammar_reads_plural_paragraph_article_and_section_labels():
    from notecite.parse.rules.locators import _LOCATOR
    for text in ["paras. 715, 697", "paras. 77, 79–81", "para. 63", "paragraphs 4-6", "Arts. 35, 44", "art. 8", "secs. 2, 3"]:
        assert _LOCATOR.match(text).group().rstrip(".") == text.rstrip("."), text


def test_locator_grammar_reads_a_list_of_pages_with_a_comma_before_its_and():
    from notecite.parse.rules.locators import _LOCATOR
    for text, reach in [("14, 17, and 20.", "14, 17, and 20."), ("198, 202, and 203, respectively", "198, 202, and 203,"),
                        ("12, 15 and 18", "12, 15 and 18"), ("pp. 4, 9, and 12", "pp. 4, 9, and 12")]:
        assert _LOCATOR.match(text).group() == reach, text
    assert _LOCATOR.match("12, and Jones").group() == "12,"  # a name after "and" is no page


def test_locator_grammar_reads_folios():
    from notecite.parse.rules.locators import _LOCATOR
    for text, reach in [("fo. 12, Smith to Jones", "fo. 12,"), ("fos. 3-4.", "fos. 3-4."), ("f. 12v", "f. 12v"),
                        ("ff. 3-9; Hansard", "ff. 3-9;"), ("fols. 1-5", "fols. 1-5"), ("S. 12 f.", "S. 12 f.")]:
        assert _LOCATOR.match(text).group() == reach, text
    assert _LOCATOR.match("F. 12") is None  # a capital letter is as likely an initial


def test_locator_grammar_reads_figures_plates_and_theses():
    from notecite.parse.rules.locators import _LOCATOR
    for text, reach in [("63, fig. 112.", "63, fig. 112."), ("figs. 3-4, and see", "figs. 3-4,"), ("plate 9; Lee", "plate 9;"),
                        ("Fig. 2", "Fig. 2"), ("45, plates 3 and 5", "45, plates 3 and 5"), ("thesis IX.", "thesis IX.")]:
        assert _LOCATOR.match(text).group() == reach, text


def test_locator_grammar_reads_the_page_word_in_capitals_after_a_comma():
    from notecite.parse.rules.locators import rule_locator_grammar
    for text, locator in [("IBID., P. 61.", "P. 61."), ("IBID., PP. 61-63.", "PP. 61-63."), ("Ibid. P. 61.", "")]:
        tokens = tokenize(text)  # after a comma only: alone, a capital P. is as likely an initial
        tags = ["B-ibid", "I-ibid"] + ["I-ibid"] * (tokens[2].text == ",")
        tags += ["B-locator"] + ["I-locator"] * (len(tokens) - len(tags) - 1)
        out = rule_locator_grammar(text, tokens, tags)
        assert "".join(t.text for t, tag in zip(tokens, out) if tag.endswith("locator")) == locator.replace(" ", ""), text


def test_locator_grammar_leaves_esp_before_the_pinpoint_as_prose():
    from notecite.parse.rules.locators import rule_locator_grammar
    text = "esp. ch. 4."
    tokens = tokenize(text)
    out = rule_locator_grammar(text, tokens, ["B-locator"] + ["I-locator"] * (len(tokens) - 1))
    assert out == ["prose", "prose", "B-locator", "I-locator", "I-locator", "I-locator"]
    for text, words in (("bes. S. 4.", 2), ("surtout p. 4.", 1)):  # the word in other languages too
        tokens = tokenize(text)
        out = rule_locator_grammar(text, tokens, ["B-locator"] + ["I-locator"] * (len(tokens) - 1))
        assert out[:words + 1] == ["prose"] * words + ["B-locator"], text
    text = "esp. 60-72."  # the pages a cite singles out after its imprint, read as a pages run
    tokens = tokenize(text)
    out = rule_locator_grammar(text, tokens, ["B-pages"] + ["I-pages"] * (len(tokens) - 1))
    assert out == ["prose", "prose", "B-locator", "I-locator", "I-locator", "I-locator"]


def test_locator_grammar_keeps_a_part_title_between_a_volume_and_its_page():
    from notecite.parse.rules.locators import rule_locator_grammar
    text = "Parliamentary Papers, 1821, Vol. XXIII., Slave Trade, Further Papers, A, p. 76. Then prose."
    pairs = [("Parliamentary Papers,", "title"), ("1821,", "date"), ("Vol. XXIII., Slave Trade, Further", "locator"),
             ("Papers, A, p. 76.", "title")]
    runs, _ = rule_runs(rule_locator_grammar, text, pairs)
    assert runs[-1] == ("Vol. XXIII., Slave Trade, Further Papers, A, p. 76.", "locator")
    # after a page, capitalised words are no part of the pinpoint
    text = "Memoirs, p. 76, Slave Trade, Further Papers, A, p. 80."
    runs, _ = rule_runs(rule_locator_grammar, text, [("Memoirs,", "title"), ("p. 76, Slave Trade, Further Papers, A, p. 80.", "locator")])
    assert runs[-1] == ("p. 76,", "locator")


def test_locator_grammar_reads_a_part_the_editor_put_in_square_brackets():
    from notecite.parse.rules.locators import _LOCATOR
    assert _LOCATOR.match("l. lxxi. [c. 31,] p. 1195. Hist.").group() == "l. lxxi. [c. 31,] p. 1195."
    assert _LOCATOR.match("p. 12 [see above] p. 14").group() == "p. 12 "  # words in brackets are no part


def test_locator_grammar_reads_the_next_volume_after_a_semicolon():
    from notecite.parse.rules.locators import _LOCATOR
    for text, reach in [("I, 12, 40-41; III, 208. Smith", "I, 12, 40-41; III, 208."), ("II. 5, 9; IV. 77;", "II. 5, 9; IV. 77;"),
                        ("p. 12; II Kings", "p. 12;"), ("45; 12 Stat. 589", "45;")]:
        assert _LOCATOR.match(text).group() == reach, text


def test_locator_grammar_reads_plural_labels_passim_etc_and_a_list_of_books():
    from notecite.parse.rules.locators import _LOCATOR
    for text, reach in [("Vol. III. Part II. Nos. 4, 9. The", "Vol. III. Part II. Nos. 4, 9."),
                        ("Part I., Chaps. II. Then", "Part I., Chaps. II."), ("IX., passim.", "IX., passim."),
                        ("tom. iv. p. 18. &c.", "tom. iv. p. 18. &c."), ("v. II., ch. IV.) Then", "v. II., ch. IV."),
                        ("l. xii. xiii. p. 40", "l. xii. xiii. p. 40"), ("c. xiv. in his", "c. xiv."),
                        ("v. 12. Nov. 07", "v. 12.")]:  # a pinpoint's word is a whole word: no "No" in "Nov"
        assert _LOCATOR.match(text).group() == reach, text


def test_worded_pinpoint_swallowed_by_a_title_run_is_the_locator():
    from notecite.parse.rules.locators import rule_worded_pinpoint_ends_a_title

    text = "Colección Ochoa, parte I, carta IV."
    tokens = tokenize(text)
    tags = ["B-container-title"] + ["I-container-title"] * (len(tokens) - 1)
    out = rule_worded_pinpoint_ends_a_title(text, tokens, tags)
    assert out == ["B-container-title"] + ["I-container-title"] * 2 + ["B-locator"] + ["I-locator"] * 5
    text = "Birch, Memoirs, tomo I, pág. 193."
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-title", "I-title", "I-title", "I-title", "I-title",
            "B-locator", "I-locator", "I-locator", "I-locator"]
    out = rule_worded_pinpoint_ends_a_title(text, tokens, tags)
    assert text[tokens[out.index("B-locator")].start:] == "tomo I, pág. 193." and out.count("B-locator") == 1
    for text in ["A History of Soviet Russia, vol. 2.",  # a volume alone stays with the title
                 "Studies, p. 4 and after, the Essays"]:  # the run goes on after the pinpoint
        tokens = tokenize(text)
        tags = ["B-title"] + ["I-title"] * (len(tokens) - 1)
        assert rule_worded_pinpoint_ends_a_title(text, tokens, tags) == tags, text
    text = "Okafor v. Harbour Board, “Exhibits of the Plaintiff”, PDF pp. 4-6; Harbour"
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * (len(tokens) - 2) + ["B-author"]
    out = rule_worded_pinpoint_ends_a_title(text, tokens, tags)
    assert _locator_text(text, tokens, out) == ["pp. 4-6"] and out[[t.text for t in tokens].index("PDF")] == "prose"
    text = "Harbour Board, Manual (Dover, 1936), https://example.org/manual, section 12-14"
    tokens, tags = _tagged(text, [("Harbour Board,", "author"), ("Manual", "title"), ("(Dover,", "location"),
                                  ("1936),", "date"), ("https://example.org/manual, section 12-14", "url")])
    assert _locator_text(text, tokens, rule_worded_pinpoint_ends_a_title(text, tokens, tags)) == ["section 12-14"]


def test_a_bare_small_number_after_a_name_is_a_page_not_a_date():
    from notecite.parse.rules.locators import rule_bare_number_is_no_date

    text = "Wood, 10."
    tokens = tokenize(text)
    out = rule_bare_number_is_no_date(text, tokens, ["B-author", "I-author", "B-date", "I-date"])
    assert out == ["B-author", "I-author", "B-locator", "I-locator"]
    for text, tags in [("Wood, 1915.", ["B-author", "I-author", "B-date", "I-date"]),  # a year
                       ("Wood (10)", ["B-author", "B-date", "I-date", "I-date"]),  # no comma before it
                       ("Pravda, 10 May", ["B-title", "I-title", "B-date", "I-date"])]:  # a day and a month
        assert rule_bare_number_is_no_date(text, tokenize(text), tags) == tags, text
    for label in ("volume", "edition"):  # read as a volume or an edition, ending the cite: the page
        text = "Moretti, Distant Reading, 13."
        tags = ["B-author", "I-author", "B-title", "I-title", "I-title", f"B-{label}", f"I-{label}"]
        assert rule_bare_number_is_no_date(text, tokenize(text), tags)[5:] == ["B-locator", "I-locator"]
    for text, tags in [("Economic History Review, 12, 45.", ["B-container-title"] * 1 + ["I-container-title"] * 3
                        + ["B-volume", "I-volume", "B-pages", "I-pages"]),  # a periodical's volume
                       ("Moretti, Distant Reading, 2, London", ["B-author", "I-author", "B-title", "I-title", "I-title",
                                                                "B-volume", "I-volume", "B-location"])]:  # the cite goes on
        assert rule_bare_number_is_no_date(text, tokenize(text), tags) == tags, text


def test_a_roman_numeral_and_a_page_read_as_a_volume_after_a_title_is_the_pinpoint():
    from notecite.parse.rules.locators import rule_bare_number_is_no_date

    for text, volume in [("Fragm. Tusc. iv. 31.", "iv. 31."), ("Annals of Trade, XII. 45.", "XII. 45.")]:
        title = text[:text.index(volume)]
        tokens, tags = _tagged(text, [(title, "title"), (volume, "volume")])
        out = rule_bare_number_is_no_date(text, tokens, tags)
        assert _locator_text(text, tokens, out) == [volume.rstrip(".")], text
    text = "Annals of Trade, XII. Leeds, 1840."  # no page after the numeral: the volume stays
    tokens, tags = _tagged(text, [("Annals of Trade,", "title"), ("XII.", "volume"), ("Leeds,", "location"), ("1840.", "date")])
    assert rule_bare_number_is_no_date(text, tokens, tags) == tags


def test_a_lone_number_between_a_periodical_and_its_bracketed_year_is_the_volume():
    from notecite.parse.rules.locators import rule_bare_number_is_no_date

    text = "Lund, 'Salt', Review of Trade, Series B (Ports), 88 (2004), pp. 12–30."
    for label in ("pages", "locator"):
        tokens, tags = _tagged(text, [("Lund,", "author"), ("'Salt',", "title"),
                                      ("Review of Trade, Series B (Ports),", "container-title"), ("88", label),
                                      ("(2004),", "date"), ("pp. 12–30.", "pages")])
        out = rule_bare_number_is_no_date(text, tokens, tags)
        assert [t[2] for t in tag_spans(tokens, out)] == ["author", "title", "container-title", "volume", "date", "pages"]
    text = "Lund, Review of Trade, 88 and 90 (2004)."  # not a lone number: left alone
    tokens, tags = _tagged(text, [("Lund,", "author"), ("Review of Trade,", "container-title"), ("88 and 90", "pages"),
                                  ("(2004).", "date")])
    assert rule_bare_number_is_no_date(text, tokens, tags) == tags


def test_locator_grammar_reads_a_volume_with_its_period_before_the_comma():
    from notecite.parse.rules.locators import rule_locator_grammar

    text = "vol. I., p. 361-362."
    tokens = tokenize(text)
    out = rule_locator_grammar(text, tokens, ["B-locator"] + ["I-locator"] * (len(tokens) - 1))
    assert all(t != "prose" for t in out[:-1])


def test_locator_grammar_reads_a_series_and_a_chapter():
    from notecite.parse.rules.locators import rule_locator_grammar

    for text in ("4th Ser., I. 735.", "l. i. c. 4, p. 186."):
        tokens = tokenize(text)
        out = rule_locator_grammar(text, tokens, ["B-locator"] + ["I-locator"] * (len(tokens) - 1))
        assert all(t != "prose" for t in out), text


def test_a_volume_and_page_inside_a_title_run_end_it_and_a_short_form_follows_the_semicolon():
    from notecite.parse.rules.locators import rule_pinpoint_inside_a_run

    text = "Carr, Socialism in One Country, 1:270; Cohen, Bukharin, 265."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    tags = ["B-author", "I-author", "B-title"] + ["I-title"] * (words.index("265") - 3) + ["B-locator", "I-locator"]
    out = rule_pinpoint_inside_a_run(text, tokens, tags)
    at = words.index("1")
    assert out[at:at + 4] == ["B-locator", "I-locator", "I-locator", "prose"]
    assert out[at + 4:at + 7] == ["B-author", "I-author", "B-title"] and out[:at] == tags[:at]
    # after "and" a lone capitalised word is no name: the rest stays one title
    text = "Carr, Socialism in One Country, 1:270, and Bukharin, Essays, 265."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    tags = ["B-author", "I-author", "B-title"] + ["I-title"] * (words.index("265") - 3) + ["B-locator", "I-locator"]
    out = rule_pinpoint_inside_a_run(text, tokens, tags)
    assert out[words.index("Bukharin")] == "B-title"


def test_an_ancient_author_cited_by_book_and_chapter():
    from notecite.parse.rules.locators import rule_classical_author_and_book

    def labelled(text, tags=None):
        tokens = tokenize(text)
        out = rule_classical_author_and_book(text, tokens, tags or ["prose"] * len(tokens))
        return [(t.text, g) for t, g in zip(tokens, out) if g != "prose"]

    assert labelled("Ammian. xx. 10, xxi. 3, 4. Zosimus, l. iii. p. 155.") == [
        ("Ammian", "B-author"), (".", "I-author"), ("xx", "B-locator"), (".", "I-locator"), ("10", "I-locator"),
        (",", "I-locator"), ("xxi", "I-locator"), (".", "I-locator"), ("3", "I-locator"), (",", "I-locator"),
        ("4", "I-locator"), ("Zosimus", "B-author"), ("l", "B-locator"), (".", "I-locator"), ("iii", "I-locator"),
        (".", "I-locator"), ("p", "I-locator"), (".", "I-locator"), ("155", "I-locator")]
    assert [t for t, g in labelled("the same artful character, (Ammian. xxi. 4;) but")] == ["Ammian", ".", "xxi", ".", "4"]
    # a chapter 1 the scan read as "l"
    assert [t for t, g in labelled("Ammianus (xxii. l, 2) assumes")] == ["Ammianus", "xxii", ".", "l", ",", "2"]
    assert [t for t, g in labelled("Ammianus, xx. l. The valor")] == ["Ammianus", "xx", ".", "l"]
    assert [t for t, g in labelled("Besides, Dion (l. lxxiii. p. 1229) assigns")] == [
        "Dion", "l", ".", "lxxiii", ".", "p", ".", "1229"]  # a bracketed pinpoint right after the name
    assert [t for t, g in labelled("The orator Themistius (iv. p. 56, 57) believed")] == [
        "Themistius", "iv", ".", "p", ".", "56", ",", "57"]
    assert labelled("Steuart, l. c., v. 2, p. 123.") == []  # l. c. is loco citato, not a book
    assert labelled("Liban. Orat. Parent. c. 49, 50.") == []  # after an abbreviation, not a sentence's end
    # after a sentence of prose that ends on a capitalised word; not after abbreviations in a bracket or a dash
    assert [t for t, g in labelled("interred in the suburb of the Via Nomentana. Ammian. xxi. 1. Libanius has")] == [
        "Ammian", ".", "xxi", ".", "1"]
    assert labelled("Mamertinus, (in Panegyr. Vet. xi. 6, 7, 8,) who") == []
    assert labelled("quis carmina, jus est Judiciumque--Horat. Sat. ii. 1. 82.") == []
    assert labelled("Tacitus (Annal. xiii. 3,)") == []  # the name before the bracket is the author
    tokens = tokenize("Annal. xv. 44.")
    tags = ["B-title", "I-title"] + ["B-locator"] + ["I-locator"] * 3
    assert rule_classical_author_and_book("Annal. xv. 44.", tokens, tags) == tags  # read as a title: stays one
    tokens = tokenize("Ibid. i. 360.")
    tags = ["B-ibid", "I-ibid", "B-locator", "I-locator", "I-locator", "I-locator"]
    assert rule_classical_author_and_book("Ibid. i. 360.", tokens, tags) == tags  # ibid, at another volume: stays ibid


def test_a_volume_ending_a_title_run_opens_its_pinpoint():
    from notecite.parse.rules.locators import rule_volume_ending_a_title_joins_its_pinpoint

    text = "Wachsmuth, Zeitalter der Revolution, I. S. 132."
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-title"] + ["I-title"] * 5 + ["B-locator"] + ["I-locator"] * 3
    out = rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags)
    assert [t.text for t, g in zip(tokens, out) if g.endswith("locator")] == ["I", ".", "S", ".", "132", "."]
    assert [t.text for t, g in zip(tokens, out) if g.endswith("title")] == ["Zeitalter", "der", "Revolution"]
    text = "American State Papers, Miscellaneous, II, 252."  # the numeral and its comma
    tokens, tags = _tagged(text, [("American State Papers, Miscellaneous, II,", "title"), ("252.", "locator")])
    assert _runs(text, tokens, rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags)) == \
        [("American State Papers, Miscellaneous", "title"), ("II, 252", "locator")]
    text = "Colonial Papers, Finance III, 77."  # a series' part after a comma in the title: the volume
    tokens, tags = _tagged(text, [("Colonial Papers, Finance III,", "title"), ("77.", "locator")])
    assert _runs(text, tokens, rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags)) == \
        [("Colonial Papers, Finance", "title"), ("III, 77", "locator")]
    text = "History of Henry VIII, 12."  # no comma before the numeral: part of the title
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * 4 + ["B-locator", "I-locator", "I-locator"]
    assert rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags) == tags
    # no comma before the numeral, but no ruler's number: the volume ("Works VIII, 351 ff."); a book's part word with it
    for text, spans, expected in (
            ("Raleigh, Works VIII, 351 ff.", [("Works VIII,", "title"), ("351 ff.", "locator")],
             [("Works", "title"), ("VIII, 351 ff.", "locator")]),
            ("Smith, Memoirs of wool I, p. 144.", [("Memoirs of wool I,", "title"), ("p. 144.", "locator")],
             [("Memoirs of wool", "title"), ("I, p. 144.", "locator")]),
            ("Smith, Wealth of nations: Book IV, Chap. 7.", [("Wealth of nations: Book IV,", "title"), ("Chap. 7.", "locator")],
             [("Wealth of nations:", "title"), ("Book IV, Chap. 7.", "locator")])):
        tokens, tags = tagged(text, [(text.split(",")[0] + ",", "author"), *spans])
        assert run_texts(text, tokens, rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags))[1:] == expected
    for text in ("Scarisbrick, Life of Henry VIII, 45.", "Statutes, 5 Geo. IV, 12.", "Keegan, The Second World War II, 45."):
        head, _, page = text.rpartition(", ")
        tokens, tags = _tagged(text, [(head.split(", ")[0] + ",", "author"), (head.split(", ", 1)[1] + ",", "title"),
                                      (page.rstrip("."), "locator")])
        assert rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags) == tags, text
    text = "A. Young Political arithmetic: B. I, Ch. 8."  # a book named with its word (German "B." for Buch)
    tokens, tags = _tagged(text, [("A. Young", "author"), ("Political arithmetic: B. I,", "title"), ("Ch. 8.", "locator")])
    assert _runs(text, tokens, rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags))[1:] == \
        [("Political arithmetic:", "title"), ("B. I, Ch. 8", "locator")]
    text = "See Sueton. Vit. ii. 14."  # a book in lower-case Roman numerals after an abbreviated title
    tokens, tags = _tagged(text, [("Sueton.", "author"), ("Vit. ii.", "title"), ("14.", "locator")])
    assert _runs(text, tokens, rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags))[1:] == \
        [("Vit", "title"), ("ii. 14", "locator")]
    text = "Poems of Robert. 14."  # no numeral
    tokens, tags = _tagged(text, [("Poems of Robert.", "title"), ("14.", "locator")])
    assert rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags) == tags
    text = "Ibid., XII, p. 310."  # an ibid's comma and a capital numeral: the volume of the pinpoint
    tokens, tags = _tagged(text, [("Ibid., XII,", "ibid"), ("p. 310.", "locator")])
    assert _runs(text, tokens, rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags)) == \
        [("Ibid", "ibid"), ("XII, p. 310", "locator")]
    text = "Id., l. c. p. 44."  # the ibid's own words stay
    tokens, tags = _tagged(text, [("Id., l. c.", "ibid"), ("p. 44.", "locator")])
    assert rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags) == tags


def _tagged(text, spans):
    """Tokens of ``text`` and their tags: each (piece, label) of ``spans`` one run, the rest prose."""
    from notecite.parse.labels import token_tags

    from ..conftest import spans_of
    tokens = tokenize(text)
    return tokens, token_tags(tokens, spans_of(text, spans))


def _locator_text(text, tokens, tags):
    from notecite.parse.labels import tag_spans
    return [text[tokens[f].start:tokens[l - 1].end].rstrip(".,") for f, l, label in tag_spans(tokens, tags)
            if label == "locator"]


def test_a_list_of_pinpoints_split_over_runs_is_one_locator():
    from notecite.parse.rules.locators import rule_pinpoint_list_is_one_locator
    cases = [
        ("Force, A National Calendar (Washington 1820), pp. 177, 180-181. Jonathan Elliot, Sketches",
         [("Force,", "author"), ("pp. 177,", "locator"), ("180-181.", "pages"), ("Jonathan Elliot,", "author")],
         ["pp. 177, 180-181"]),
        ("Records of the Society (Washington, 1895), X, 149.", [("X,", "locator"), ("149.", "locator")], ["X, 149"]),
        ("Story, p. 134-162, 439-511, 581, 668.", [("Story,", "author"), ("p. 134-162, 439-511,", "locator"),
                                                 ("581,", "pages"), ("668.", "locator")], ["p. 134-162, 439-511, 581, 668"]),
        ("Chartism, p. 34, et seq.", [("Chartism,", "title"), ("p. 34", "locator")], ["p. 34, et seq"]),
        ("Mignet, Antonio Pérez, páginas 314 á 317.", [("Mignet,", "author"), ("páginas 314", "locator")],
         ["páginas 314 á 317"]),
        ("Kent's commentaries, vol. 1, p. 300, 370 et suivantes.", [("vol. 1, p. 300, 370", "locator")],
         ["vol. 1, p. 300, 370 et suivantes"]),
        ("Fleury, Hist. Eccles. tom. iv. p. 310-318, 402.", [("tom. iv.", "volume"), ("p. 310-318,", "pages"), ("402.", "locator")],
         ["p. 310-318, 402"]),  # a pages run opening on a page word, then the rest of the list
        ("Baluze, Capitularia, l. vi. c. 12.", [("Capitularia,", "title"), ("l. vi.", "pages"), ("c. 12.", "locator")],
         ["l. vi. c. 12"]),
        ("Review 12 (1990): 45-67, 52.", [("45-67,", "pages"), ("52.", "locator")], ["52"]),  # no pinpoint word: apart
        ("Hale, Ports, pp. 3-4, pp. 9-10.", [("Hale,", "author"), ("Ports,", "title"), ("pp. 3-4,", "locator"),
                                            ("pp. 9-10.", "pages")], ["pp. 3-4, pp. 9-10"]),  # the label repeated
        ("Hening, Statutes, VI. 417, 468; VII. 639; VIII. 530.",  # the tagger's note of numbers alone
         [("Hening,", "author"), ("Statutes,", "title"), ("VI. 417,", "locator"), ("468; VII. 639; VIII. 530.", "note")],
         ["VI. 417, 468; VII. 639; VIII. 530"]),
    ]
    for text, spans, want in cases:
        tokens, tags = _tagged(text, spans)
        assert _locator_text(text, tokens, rule_pinpoint_list_is_one_locator(text, tokens, tags)) == want, text


def test_a_pinpoint_list_stops_at_a_year_a_word_or_an_op_cit():
    from notecite.parse.rules.locators import rule_pinpoint_list_is_one_locator
    cases = [
        ("Historia, lib. ii. 1695.", [("Historia,", "title"), ("lib. ii.", "locator"), ("1695.", "date")], ["lib. ii"]),
        ("Franklin, p. 348, l. c. p. 12.", [("Franklin,", "author"), ("p. 348", "locator")], ["p. 348"]),
        ("Carr, p. 67, October 13, 1819.", [("p. 67,", "locator"), ("October 13, 1819.", "date")], ["p. 67"]),
        ("Carr, p. 12, now lost.", [("p. 12", "locator")], ["p. 12"]),
        ("Debates, col. 1234, 12 Feb. 1906.", [("col. 1234,", "locator"), ("12 Feb. 1906.", "date")], ["col. 1234"]),
        ("Carr, p. 12, 14 and notes.", [("p. 12,", "locator"), ("14 and notes.", "note")], ["p. 12"]),  # words in the note
    ]
    for text, spans, want in cases:
        tokens, tags = _tagged(text, spans)
        assert _locator_text(text, tokens, rule_pinpoint_list_is_one_locator(text, tokens, tags)) == want, text


def _runs(text, tokens, tags):
    from notecite.parse.labels import tag_spans
    return [(text[tokens[f].start:tokens[l - 1].end].rstrip(".,"), label) for f, l, label in tag_spans(tokens, tags)]


def test_a_pinpoint_with_only_prose_before_it_is_named_by_the_words_right_before_it():
    from notecite.parse.rules.locators import rule_pinpoint_names_what_precedes_it
    cases = [
        ("Smith, Tracts, etc., p. 88.", [("p. 88.", "locator")],
         [("Smith", "author"), ("Tracts, etc", "title"), ("p. 88", "locator")]),
        ("Lives of kings. Muratori, Ann. Ital. tom. iv. p. 12.", [("p. 12.", "locator")],
         [("Muratori", "author"), ("Ann. Ital", "title"), ("tom. iv. p. 12", "locator")]),
        ("He died in exile. (Epist. Fam. c. 9, p. 31.)", [("c. 9, p. 31.", "locator")],
         [("Epist. Fam", "title"), ("c. 9, p. 31", "locator")]),
        ("So the chronicle, apud Baluze, p. 40.", [("p. 40.", "locator")], [("Baluze", "author"), ("p. 40", "locator")]),
        ("as described by Mr. Hume (vol. ii. p. 17)", [("vol. ii. p. 17", "locator")],
         [("Mr. Hume", "author"), ("vol. ii. p. 17", "locator")]),
        ('Weber, "Die Arbeiterfrage im Osten", p. 5.', [("p. 5.", "locator")],
         [("Weber", "author"), ('"Die Arbeiterfrage im Osten"', "title"), ("p. 5", "locator")]),
        # a pinpoint before ended its sentence, its full stop with it
        ("Lipsius, Sat. c. 2. He corrected a passage of Suetonius in Nerone, c. 12.",
         [("Lipsius,", "author"), ("Sat.", "title"), ("c. 2.", "locator"), ("c. 12.", "locator")],
         [("Lipsius", "author"), ("Sat", "title"), ("c. 2", "locator"), ("Suetonius in Nerone", "title"),
          ("c. 12", "locator")]),
    ]
    for text, spans, want in cases:
        tokens, tags = _tagged(text, spans)
        assert _runs(text, tokens, rule_pinpoint_names_what_precedes_it(text, tokens, tags)) == want, text


def test_a_pinpoint_after_a_field_or_after_words_that_name_nothing_is_left_alone():
    from notecite.parse.rules.locators import rule_pinpoint_names_what_precedes_it
    cases = [
        ("which happened in A.D. 429, and more.", [("429,", "locator")]),
        ("Cf. above, chapters ii., iii., iv.", [("iii., iv.", "locator")]),
        ("the sessions of the year, III. 535.", [("535.", "locator")]),
        ("the number of the convicted (2,733).", [("2,733", "locator")]),
        ("Smith, Tracts, p. 88.", [("Smith,", "author"), ("Tracts,", "title"), ("p. 88.", "locator")]),
        ("a writer in the Journal des Mines (1893, April, p. 94), and", [("p. 94)", "locator")]),  # an issue's month
    ]
    for text, spans in cases:
        tokens, tags = _tagged(text, spans)
        assert rule_pinpoint_names_what_precedes_it(text, tokens, tags) == tags, text


def test_a_volume_named_with_its_word_ending_a_title_opens_the_pinpoint():
    from notecite.parse.rules.locators import rule_volume_ending_a_title_joins_its_pinpoint
    text = "Baronius, Annales Ecclesiastici tom. vii. p. 21."
    tokens, tags = _tagged(text, [("Baronius,", "author"), ("Annales Ecclesiastici tom. vii.", "title"), ("p. 21.", "locator")])
    assert _runs(text, tokens, rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags)) == \
        [("Baronius", "author"), ("Annales Ecclesiastici", "title"), ("tom. vii. p. 21", "locator")]
    text = "Baronius, History of the Tomb, p. 21."  # no volume at the title's end
    tokens, tags = _tagged(text, [("Baronius,", "author"), ("History of the Tomb,", "title"), ("p. 21.", "locator")])
    assert rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags) == tags


def test_a_page_left_in_prose_is_a_pinpoint():
    from notecite.parse.rules.locators import rule_page_in_prose_is_a_pinpoint
    text = "Il est clair, dit M. Dupin, p. 53, que la loi change."
    tokens, tags = _tagged(text, [])
    assert _locator_text(text, tokens, rule_page_in_prose_is_a_pinpoint(text, tokens, tags)) == ["p. 53"]
    text = "Wie S. 37 f. zeigt, irrt er."
    tokens, tags = _tagged(text, [])
    assert _locator_text(text, tokens, rule_page_in_prose_is_a_pinpoint(text, tokens, tags)) == ["S. 37 f"]
    for text, spans in [("Nach S. Augustin ist es so.", []),  # no number after the word
                        ("Weber, Wirtschaft p. 53 und Gesellschaft.", [("Wirtschaft p. 53 und Gesellschaft.", "title")])]:
        tokens, tags = _tagged(text, spans)
        assert rule_page_in_prose_is_a_pinpoint(text, tokens, tags) == tags, text
    for text, spans, want in [
            ("Reed, “Harbour Plans,” Daily Courier, May 2, 1988, p. B12 and later.", [("Daily Courier,", "container-title")],
             ["p. B12"]),  # a newspaper's section and page
            ("Hale, Debates of the Convention, App. 41; Ford, Essays, 12.",
             [("Hale,", "author"), ("Debates of the Convention,", "title"), ("Ford,", "author"), ("Essays,", "title"),
              ("12.", "locator")], ["App. 41", "12"]),
            ("“Rural Labour,” ch 4.", [("“Rural Labour,”", "title")], ["ch 4"]),
            ("“Rural Labour,” v. II., on wages.", [("“Rural Labour,”", "title")], ["v. II"]),
            ("Ibid., 41, quoting Okafor.", [("Ibid.,", "ibid")], ["41"])]:  # a bare page before ", quoting"
        tokens, tags = _tagged(text, spans)  # a part's word and its number right after the comma ending a title
        assert _locator_text(text, tokens, rule_page_in_prose_is_a_pinpoint(text, tokens, tags)) == want, text
    for text, spans, want in [("Ibid., 42 (emphasis added).", [("Ibid.", "ibid")], ["42"]),  # a page after an ibid
                              ('Lund, "Salt," 420 (my translation).', [("Lund,", "author"), ('"Salt,"', "title")], ["420"])]:
        tokens, tags = _tagged(text, spans)
        assert _locator_text(text, tokens, rule_page_in_prose_is_a_pinpoint(text, tokens, tags)) == want, text
    for text, title in [("“Rural Labour,” l. c.", "“Rural Labour,”"),  # "l. c." (loco citato) is no book c
                        ("Dupin, p. I. Berg", "Dupin,")]:  # a page word wants a number
        tokens, tags = _tagged(text, [(title, "title")])
        assert rule_page_in_prose_is_a_pinpoint(text, tokens, tags) == tags, text
    text = "Hale, Debates, as ch 4 shows."  # not right after the title's comma: prose
    tokens, tags = _tagged(text, [("Hale,", "author"), ("Debates,", "title")])
    assert rule_page_in_prose_is_a_pinpoint(text, tokens, tags) == tags


def test_pinpoint_openings_are_page_words_and_words_after_a_title_comma():
    from notecite.parse.rules.locators import _pinpoint_openings
    text = "Hale, “Rural Labour,” ch 4; Ibid., 42; Essays, as ch 2 shows, p. 9."
    tokens, tags = _tagged(text, [("Hale,", "author"), ("“Rural Labour,”", "title"), ("Ibid.", "ibid"),
                                  ("Essays,", "title")])
    words = [t.text for t in tokens]
    # "ch" after the closing quote, "42" after the ibid's comma, "p" a page word; not "as" nor the later "ch"
    assert [words[i] for i in _pinpoint_openings(tokens, tags)] == ["ch", "42", "p"]
    text = "Hale, Treatise, London, 1860, v. II."
    tokens, tags = _tagged(text, [("Hale,", "author"), ("Treatise,", "title"), ("London,", "location"),
                                  ("1860,", "date"), ("v. II.", "note")])
    assert [tokens[i].text for i in _pinpoint_openings(tokens, tags)] == ["v"]  # a note run after a field's comma


def test_a_note_run_opening_on_a_page_word_opens_on_the_pinpoint():
    from notecite.parse.rules.locators import rule_page_in_prose_is_a_pinpoint
    text = "Traité des Monnaies, tom. ii. p. 40-52, edit. of 1750, by Rolland."
    tokens, tags = _tagged(text, [("Traité des Monnaies,", "title"), ("tom. ii.", "volume"),
                                  ("p. 40-52, edit. of 1750, by Rolland.", "note")])
    out = rule_page_in_prose_is_a_pinpoint(text, tokens, tags)
    assert _locator_text(text, tokens, out) == ["p. 40-52"]
    assert [label for _, _, label in tag_spans(tokens, out)] == ["title", "volume", "locator", "note"]
    text = "Traité des Monnaies, with notes on 40 coins."  # no page word opens the note: left alone
    tokens, tags = _tagged(text, [("Traité des Monnaies,", "title"), ("with notes on 40 coins.", "note")])
    assert rule_page_in_prose_is_a_pinpoint(text, tokens, tags) == tags
    for text, spans, want in [
            ("Hale, Treatise on Banking, London, 1860, v. II., ch. III.",
             [("Hale,", "author"), ("Treatise on Banking,", "title"), ("London,", "location"), ("1860,", "date"),
              ("v. II., ch. III.", "note")], ["v. II., ch. III"]),
            ("Proceedings of the Harbour Society, XII, 88, footnote 4. Later maps agree.",
             [("Proceedings of the Harbour Society,", "container-title"), ("XII, 88, footnote 4. Later maps agree.", "note")],
             ["XII, 88"])]:
        tokens, tags = _tagged(text, spans)  # after a field's comma: a pinpoint's word, or a Roman volume and its page
        out = rule_page_in_prose_is_a_pinpoint(text, tokens, tags)
        assert _locator_text(text, tokens, out) == want, text
        assert tag_spans(tokens, out)[-1][2] == ("locator" if text.startswith("Hale") else "note"), text
    text = "Proceedings of the Harbour Society, XII Annual Meeting."  # a Roman numeral without a page: left alone
    tokens, tags = _tagged(text, [("Proceedings of the Harbour Society,", "container-title"), ("XII Annual Meeting.", "note")])
    assert rule_page_in_prose_is_a_pinpoint(text, tokens, tags) == tags


def test_a_bare_page_ending_the_cite_after_a_quoted_title_is_the_pinpoint():
    from notecite.parse.rules.locators import rule_page_in_prose_is_a_pinpoint
    for text, title, want in [('Okafor, "Harbour Towns," 40n3.', '"Harbour Towns,"', ["40n3"]),
                              ("Okafor, “Harbour Towns,” 40, 52; Lund, “Ports,” 7.", "“Harbour Towns,”", ["40, 52"]),
                              ('Okafor, "Harbour Towns", 112.', '"Harbour Towns",', ["112"])]:
        tokens, tags = _tagged(text, [("Okafor,", "author"), (title, "title")])
        assert _locator_text(text, tokens, rule_page_in_prose_is_a_pinpoint(text, tokens, tags)) == want, text
    for text in ('Okafor, "Harbour Towns," 1990.',  # a year
                 'Okafor, "Harbour Towns," 3 vols.'):  # a number running on into words
        tokens, tags = _tagged(text, [("Okafor,", "author"), ('"Harbour Towns,"', "title")])
        assert rule_page_in_prose_is_a_pinpoint(text, tokens, tags) == tags, text


def test_locator_grammar_reads_a_note_run_on_to_its_page():
    from notecite.parse.rules.locators import rule_locator_grammar
    for text, keep in [("40n3.", 2), ("112nn4-5", 3), ("40n3, 41n7", 3)]:
        tokens = tokenize(text)
        tags = ["B-locator"] + ["I-locator"] * (len(tokens) - 1)
        assert sum(t != "prose" for t in rule_locator_grammar(text, tokens, tags)) == keep, text


def test_a_pinpoint_after_a_lead_in_or_a_cross_reference_names_no_work():
    from notecite.parse.rules.locators import rule_pinpoint_names_what_precedes_it
    for text in ("See p. 112.", "Supra, p. 123.", "Chapter VIII. p. 125.", "Cf. above, p. 12."):
        locator = text[text.index("p."):]
        tokens, tags = _tagged(text, [(locator, "locator")])
        assert rule_pinpoint_names_what_precedes_it(text, tokens, tags) == tags, text


def test_a_book_of_an_older_work_ending_a_title_opens_the_pinpoint():
    from notecite.parse.rules.locators import rule_volume_ending_a_title_joins_its_pinpoint
    text = "Zosimus, Hist. Nova l. ii. c. 7, p. 88."
    tokens, tags = _tagged(text, [("Zosimus,", "author"), ("Hist. Nova l. ii.", "title"), ("c. 7, p. 88.", "locator")])
    assert _runs(text, tokens, rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags)) == \
        [("Zosimus", "author"), ("Hist. Nova", "title"), ("l. ii. c. 7, p. 88", "locator")]
    text = "Zosimus, Hist. Nova l. Secundus, p. 88."  # no book numeral at the title's end
    tokens, tags = _tagged(text, [("Zosimus,", "author"), ("Hist. Nova l. Secundus,", "title"), ("p. 88.", "locator")])
    assert rule_volume_ending_a_title_joins_its_pinpoint(text, tokens, tags) == tags


def test_locator_words_are_read_in_any_case_and_a_single_letter_only_as_listed():
    from notecite.parse.rules.locators import _LOCATOR, rule_locator_grammar
    for text in ["Vol. I, p. 312", "Seite 9 f.", "Chap. VI.", "Book VI", "Part II., p. 7", "Livre XVI, chap. 2",
                 "Tome I., p. 277", "Band 3, Seiten 4-7", "Pt. 2", "Vols. II-III"]:
        assert _LOCATOR.match(text).group().rstrip(".") == text.rstrip("."), text
        tokens = tokenize(text)
        out = rule_locator_grammar(text, tokens, ["B-locator"] + ["I-locator"] * (len(tokens) - 1))
        assert "prose" not in out[:-1], text  # the tagger's locator run is kept whole
    assert _LOCATOR.match("Volume of essays") is None
    assert _LOCATOR.match("P. 28") is None  # a capital initial, as likely a name as a page


def test_locator_grammar_reads_und_abbreviated_folgende_and_an_etc_ending_the_list():
    from notecite.parse.rules.locators import _LOCATOR, rule_locator_grammar
    for text in ["S. 110 ff. u. S. 180 ff.", "p. 43 u. 50", "S. 185 fg.", "S. 61 ffg.", "pp. 13, 16, etc.",
                 "pp. 133–40, etc.", "p. 24, &c."]:
        assert _LOCATOR.match(text).group() == text, text
        tokens = tokenize(text)
        assert "prose" not in rule_locator_grammar(text, tokens, ["B-locator"] + ["I-locator"] * (len(tokens) - 1)), text
    assert _LOCATOR.match("p. 12 etcetera").group().strip() == "p. 12"  # a word that only opens on "etc"
    assert _LOCATOR.match("p. 12 e13").group().strip() == "p. 12"  # "e" joins two parts as a word


def test_locator_grammar_reads_usf_and_u_ff_as_folgende():
    """``S. 458 usf.`` (und so fort) and ``S. 12 u. ff.`` are the German ``ff.``: part of the pinpoint."""
    from notecite.parse.rules.locators import _LOCATOR, rule_locator_grammar
    for text in ["S. 458 usf.", "S. 12 u. ff.", "S. 12 u. f."]:
        assert _LOCATOR.match(text).group() == text, text
        tokens = tokenize(text)
        assert "prose" not in rule_locator_grammar(text, tokens, ["B-locator"] + ["I-locator"] * (len(tokens) - 1)), text
    assert _LOCATOR.match("S. 12 u. 14").group() == "S. 12 u. 14"  # "u." before a number joins two pages


def test_locator_grammar_reads_the_congress_and_session_of_a_congressional_document():
    from notecite.parse.rules.locators import _LOCATOR, rule_pinpoint_after_the_imprint
    for text in ["9 Cong. 1 sess. V. 238", "3 Cong. 1 sess. pp. 64, 70, 72", "63rd Cong., 2nd Sess., p. 672",
                 "6 Cong. 1 sess. III. 72, 77, 88, 92", "24 Cong, 1 sess. I. No. 2, pp. 336, 378"]:
        assert _LOCATOR.match(text).group() == text, text
    assert _LOCATOR.match("9 Congresses").group() == "9 "  # a number before another word is that number alone
    text = "House Journal (repr. 1826), 9 Cong. 1 sess. V. 238."
    tokens = tokenize(text)
    assert [t.text for t in tokens][8] == "9"
    tags = ["B-title", "I-title", "prose", "prose", "prose", "B-date", "I-date", "I-date"] \
        + ["B-volume"] + ["I-volume"] * 7 + ["B-locator", "I-locator"]
    out = rule_pinpoint_after_the_imprint(text, tokens, tags)
    assert out == tags  # the congress, session and volume stay a volume before their page: the cite's one pinpoint
    from ..conftest import assemble_spans, spans_of
    [cite] = assemble_spans(text, spans_of(text, [("House Journal", "title"), ("1826),", "date"), ("9 Cong. 1 sess. V.", "volume"),
                                                  ("238.", "locator")]))
    assert cite.locator == "9 Cong. 1 sess. V. 238"


def test_a_name_before_a_bracket_holding_a_title_and_a_pinpoint_cites_that_work():
    from notecite.parse.labels import tag_spans
    from notecite.parse.rules.locators import rule_name_and_bracketed_title

    text = "Procopius (de Bell. Vandal. l. i. c. 3, p. 185) continues the history of Boniface."
    tokens = tokenize(text)
    out = rule_name_and_bracketed_title(text, tokens, ["prose"] * len(tokens))
    fields = [(label, text[tokens[a].start:tokens[b - 1].end].rstrip(".,")) for a, b, label in tag_spans(tokens, out)]
    assert fields == [("author", "Procopius"), ("title", "de Bell. Vandal"), ("locator", "l. i. c. 3, p. 185")]
    text = "The count de Buat (Hist. des Peuples de l'Europe, tom. vii. p. 292-300) has established it."
    tokens = tokenize(text)
    out = rule_name_and_bracketed_title(text, tokens, ["B-title"] + ["I-title"] * (len(tokens) - 1))
    fields = [(label, text[tokens[a].start:tokens[b - 1].end].rstrip(".,")) for a, b, label in tag_spans(tokens, out)]
    assert fields == [("author", "de Buat"), ("title", "Hist. des Peuples de l'Europe"), ("locator", "tom. vii. p. 292-300")]
    text = "we may appeal to original materials; Julian himself, (ad S. P. Q. Atheniensem, p. 282, 283,) Libanius."
    tokens = tokenize(text)
    out = rule_name_and_bracketed_title(text, tokens, ["prose"] * len(tokens))
    fields = [(label, text[tokens[a].start:tokens[b - 1].end].rstrip(".,")) for a, b, label in tag_spans(tokens, out)]
    assert fields == [("author", "Julian himself"), ("title", "ad S. P. Q. Atheniensem"), ("locator", "p. 282, 283")]
    for text in ["Siena (vgl. Olberg, Chronique, p. 465).",  # a bracket that opens on "vgl." cites on its own
                 "Victor Serge, Memoirs of a Revolutionary (London: Writers and Readers, 1984), p. 4.",  # an imprint
                 "Trotsky, History (vol. 1, p. 23)."]:  # a pinpoint alone in the bracket
        tokens = tokenize(text)
        tags = ["prose"] * len(tokens)
        assert rule_name_and_bracketed_title(text, tokens, tags) == tags, text


def test_a_bracketed_title_may_be_quoted_and_a_date_before_its_pinpoint_stays_the_date():
    from notecite.parse.labels import tag_spans, token_tags
    from notecite.parse.rules.locators import rule_name_and_bracketed_title

    text = 'Vgl. auch Lagardelle ("Die syndikalistische Bewegung in Frankreich", p. 138), der es verwirft.'
    tokens = tokenize(text)
    out = rule_name_and_bracketed_title(text, tokens, ["prose"] * len(tokens))
    fields = [(label, text[tokens[a].start:tokens[b - 1].end]) for a, b, label in tag_spans(tokens, out)]
    assert fields == [("author", "Lagardelle"), ("title", '"Die syndikalistische Bewegung in Frankreich"'),
                      ("locator", "p. 138")]
    text = "Charles Rist (Krit. Blätter f. d. ges. Sozialwissenschaften, März 1900, p. 156) meint es."
    tokens = tokenize(text)
    krit, blatter, marz, p = (text.index(w) for w in ("Krit", "Blätter", "März", "p. 156"))
    tags = token_tags(tokens, [(0, krit + 5, "author"), (blatter, marz - 2, "title"), (marz, p - 2, "date"),
                               (p, p + 7, "locator")])
    out = rule_name_and_bracketed_title(text, tokens, tags)
    fields = [(label, text[tokens[a].start:tokens[b - 1].end]) for a, b, label in tag_spans(tokens, out)]
    assert fields == [("author", "Rist"), ("title", "Krit. Blätter f. d. ges. Sozialwissenschaften"),
                      ("date", "März 1900"), ("locator", "p. 156")]


def test_a_name_run_carried_into_the_bracket_of_its_title_ends_at_the_bracket():
    from notecite.parse.labels import tag_spans, token_tags
    from notecite.parse.rules.locators import rule_name_and_bracketed_title

    # the tagger ran the name on over "(Orat." and read the rest of the bracket as one title
    text = "Libanius, (Orat. Parental. c. 44-48, in Fabricius, Bibliot. Graec. tom. vii. p. 269-273,) Ammianus"
    tokens = tokenize(text)
    tom = text.index("tom.")
    tags = token_tags(tokens, [(0, text.index("Parental") - 1, "author"), (text.index("Parental"), tom - 1, "title"),
                               (tom, text.index(",)") + 1, "volume")])
    out = rule_name_and_bracketed_title(text, tokens, tags)
    fields = [(label, text[tokens[a].start:tokens[b - 1].end].rstrip(".,")) for a, b, label in tag_spans(tokens, out)]
    assert fields[:3] == [("author", "Libanius"), ("title", "Orat. Parental"), ("locator", "c. 44-48")]
    # a name of its own inside the bracket is still the tagger's reading
    text = "Siena, (Olberg, Chronique, c. 4, p. 465)."
    tokens = tokenize(text)
    tags = token_tags(tokens, [(0, 6, "author"), (8, 15, "author"), (16, 26, "title"), (27, 40, "locator")])
    assert rule_name_and_bracketed_title(text, tokens, tags) == tags

def test_a_lone_number_after_a_roman_volume_and_its_period_is_the_page_not_a_year():
    from notecite.parse.rules.locators import rule_bare_number_is_no_date

    text = "Force, American Archives, 4th Ser., II. 1545."
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-title", "I-title", "I-title"] + ["B-volume"] + ["I-volume"] * 5 + ["B-date", "I-date"]
    out = rule_bare_number_is_no_date(text, tokens, tags)
    assert out[5:] == ["B-locator"] + ["I-locator"] * 7
    tags[-2:] = ["B-note", "I-note"]  # the number read as a note: the page all the same
    assert rule_bare_number_is_no_date(text, tokens, tags) == out
    text = "History, vol. 2, 1850."  # a volume in Arabic figures and a year: left alone
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "B-volume", "I-volume", "I-volume", "I-volume", "B-date", "I-date"]
    assert rule_bare_number_is_no_date(text, tokens, tags) == tags


def test_a_name_after_the_full_stop_of_a_pinpoint_and_before_a_title_opens_the_next_short_form():
    from notecite.parse.rules.locators import rule_name_after_a_pinpoint_opens_a_short_form

    text = "Bryan, National Capital, I, 351. Gibbs, Memoirs, II, 446."
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-title", "I-title", "I-title", "B-locator", "I-locator", "I-locator", "I-locator",
            "prose", "prose", "B-title", "I-title", "B-locator", "I-locator", "I-locator", "I-locator"]
    assert len(tags) == len(tokens)
    out = rule_name_after_a_pinpoint_opens_a_short_form(text, tokens, tags)
    assert out[9:11] == ["B-author", "I-author"]
    text = "Bryan, National Capital, I, 351. The Memoirs, II, 446."  # a stopword: no name
    tokens = tokenize(text)
    assert rule_name_after_a_pinpoint_opens_a_short_form(text, tokens, tags) == tags
    text = "Which Genseric supported. Tillemont, Mem. Eccles. tom. vi. p. 68."  # after a sentence, before title and pinpoint
    tokens, tags = _tagged(text, [("Mem. Eccles.", "title"), ("tom. vi. p. 68.", "locator")])
    assert _runs(text, tokens, rule_name_after_a_pinpoint_opens_a_short_form(text, tokens, tags))[0] == ("Tillemont", "author")
    text = "Which Genseric supported. Tillemont, Mem. Eccles. Then he left."  # no pinpoint after the title
    tokens, tags = _tagged(text, [("Mem. Eccles.", "title")])
    assert rule_name_after_a_pinpoint_opens_a_short_form(text, tokens, tags) == tags


def test_the_days_after_a_diarys_title_are_its_pinpoint():
    from notecite.parse.rules.locators import rule_day_of_a_diary_is_its_pinpoint

    text = "Pepys's Diary, Dec. 28, 1663, Sept. 2, 1667."
    tokens = tokenize(text)
    tags = ["B-author", "B-title", "I-title"] + ["prose"] * (len(tokens) - 3)
    out = rule_day_of_a_diary_is_its_pinpoint(text, tokens, tags)
    assert out[2] == "prose" and out[3] == "B-locator" and set(out[4:-1]) == {"I-locator"}
    text = "History of England, Dec. 28, 1663."  # not a diary: the date is no pinpoint
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "I-title", "I-title"] + ["prose"] * (len(tokens) - 4)
    assert rule_day_of_a_diary_is_its_pinpoint(text, tokens, tags) == tags
    # the entry's day, then its volume and page: the page is the pinpoint
    text = "Moran, Journal, December 22, 1862, Vol. II, p. 1099."
    tokens, tags = _tagged(text, [("Moran,", "author"), ("Journal,", "title"), ("December 22, 1862,", "date"),
                                  ("Vol. II, p. 1099.", "locator")])
    assert rule_day_of_a_diary_is_its_pinpoint(text, tokens, tags) == tags


def test_days_of_one_month_after_a_record_opening_on_journals_or_after_ibid_are_the_pinpoint():
    from notecite.parse.rules.locators import rule_day_of_a_diary_is_its_pinpoint

    for text, spans, want in [
            ("Journals of the Assembly, June 3, 9, 1790.", [("Journals of the Assembly,", "title"), ("June 3, 9, 1790.", "date")],
             ["June 3, 9, 1790"]),
            ("Ibid., Oct. 4, 1791.", [("Ibid.,", "ibid"), ("Oct. 4, 1791.", "date")], ["Oct. 4, 1791"])]:
        tokens, tags = _tagged(text, spans)
        assert _locator_text(text, tokens, rule_day_of_a_diary_is_its_pinpoint(text, tokens, tags)) == want, text
    text = "Journal of Trade, June 3, 1790."  # a periodical's issue: the date stays
    tokens, tags = _tagged(text, [("Journal of Trade,", "title"), ("June 3, 1790.", "date")])
    assert rule_day_of_a_diary_is_its_pinpoint(text, tokens, tags) == tags


def test_a_classical_author_after_a_citing_word_opens_a_cite():
    from notecite.parse.labels import tag_spans
    from notecite.parse.rules.locators import rule_classical_author_and_book

    text = "See his oration, and the behavior of the troops, in Ammian. xxi. 5."
    tokens = tokenize(text)
    out = rule_classical_author_and_book(text, tokens, ["prose"] * len(tokens))
    fields = [(label, text[tokens[a].start:tokens[b - 1].end]) for a, b, label in tag_spans(tokens, out)]
    assert fields == [("author", "Ammian."), ("locator", "xxi. 5")]
    # "in" after a name opens that name's work on its subject ("Suetonius in Nerone"): no cite of its own
    text = "See Salmasius ad Sueton in Claud. c. xxi. A twenty-fifth race was added."
    tokens = tokenize(text)
    assert rule_classical_author_and_book(text, tokens, ["prose"] * len(tokens)) == ["prose"] * len(tokens)


def test_a_classical_author_after_a_sentence_the_tagger_read_as_a_title_opens_a_cite():
    from notecite.parse.labels import tag_spans, token_tags
    from notecite.parse.rules.locators import rule_classical_author_and_book

    text = "Tanquam venaticiam praedam caperet: hoc enim subinde praedicabat. Ammian. xxii. 7."
    tokens = tokenize(text)
    start = text.index("xxii")
    tags = token_tags(tokens, [(0, start - 1, "title"), (start, len(text), "locator")])
    out = rule_classical_author_and_book(text, tokens, tags)
    fields = [(label, text[tokens[a].start:tokens[b - 1].end]) for a, b, label in tag_spans(tokens, out)]
    assert fields[:2] == [("author", "Ammian."), ("locator", "xxii. 7")]  # the sentence before is prose
    # a title that only abbreviates its words ("Hist. August. p. 48") stays a title
    text = "Capitolinus, Hist. August. p. 48."
    tokens = tokenize(text)
    tags = token_tags(tokens, [(0, 12, "author"), (13, 26, "title"), (27, len(text), "locator")])
    assert rule_classical_author_and_book(text, tokens, tags) == tags


def test_a_volume_word_left_at_a_title_end_or_in_prose_opens_its_volume():
    from notecite.parse.rules.locators import rule_volume_word_opens_its_volume
    text = "Tillemont, Mem. Eccles. tom. xiii. p. 586."
    tokens, tags = _tagged(text, [("Tillemont,", "author"), ("Mem. Eccles. tom.", "title"), ("xiii.", "volume"),
                                  ("p. 586.", "locator")])
    assert _runs(text, tokens, rule_volume_word_opens_its_volume(text, tokens, tags)) == \
        [("Tillemont", "author"), ("Mem. Eccles", "title"), ("tom. xiii", "volume"), ("p. 586", "locator")]
    text = "Assemanni, tom. i. p. 521."  # the word left as prose, its period read into the volume
    tokens, tags = _tagged(text, [("Assemanni,", "author"), (". i.", "volume"), ("p. 521.", "locator")])
    assert _runs(text, tokens, rule_volume_word_opens_its_volume(text, tokens, tags))[1] == ("tom. i", "volume")
    for text, spans in [("Annales de la tom. Rouge, 12.", [("Annales de la tom. Rouge,", "title"), ("12.", "locator")]),
                        ("Histoire du Tom, xiii. 4.", [("Histoire du Tom,", "title"), ("xiii. 4.", "locator")])]:
        tokens, tags = _tagged(text, spans)  # no volume word right before the number run
        assert rule_volume_word_opens_its_volume(text, tokens, tags) == tags, text
    text = "Schmidt, Geschichte. Berl. 1862, B. III. S. 40."  # the German Band left at the end of the date
    tokens, tags = _tagged(text, [("Schmidt,", "author"), ("Geschichte.", "title"), ("1862, B.", "date"), ("III.", "volume"),
                                  ("S. 40.", "locator")])
    assert _runs(text, tokens, rule_volume_word_opens_its_volume(text, tokens, tags))[2:4] == [("1862", "date"), ("B. III", "volume")]
    text = "Lives, by A. B. 12."  # an initial B before a number: no volume
    tokens, tags = _tagged(text, [("Lives,", "title"), ("by A. B.", "author"), ("12.", "locator")])
    assert rule_volume_word_opens_its_volume(text, tokens, tags) == tags
    text = "Fleury, tom. xi. p. 594."  # the word read into the name after its comma
    tokens, tags = _tagged(text, [("Fleury, tom.", "author"), ("xi. p. 594.", "locator")])
    assert _runs(text, tokens, rule_volume_word_opens_its_volume(text, tokens, tags)) == \
        [("Fleury", "author"), ("tom. xi. p. 594", "locator")]
    text = "Smith tom. xi. p. 594."  # no comma: the word is not read out of the name
    tokens, tags = _tagged(text, [("Smith tom.", "author"), ("xi. p. 594.", "locator")])
    assert rule_volume_word_opens_its_volume(text, tokens, tags) == tags


def test_a_worded_volume_right_before_the_page_opens_the_pinpoint():
    from notecite.parse.rules.locators import rule_worded_volume_before_a_page_opens_the_pinpoint as rule
    text = "Mr. Locke vol. iii. p. 469."
    tokens, tags = _tagged(text, [("vol. iii.", "volume"), ("p. 469.", "locator")])
    assert _runs(text, tokens, rule(text, tokens, tags)) == [("vol. iii. p. 469", "locator")]
    text = "Gray, “Ports,” Economic History Review, vol. 12, p. 45."  # a periodical's volume stays
    tokens, tags = _tagged(text, [("Gray,", "author"), ("“Ports,”", "title"), ("Economic History Review,", "container-title"),
                                  ("vol. 12,", "volume"), ("p. 45.", "locator")])
    assert rule(text, tokens, tags) == tags
    text = "Hauber, Bibl. mag. Bd. I. S. 74."  # right after the title: the cite joins them, keeping its volume
    tokens, tags = _tagged(text, [("Hauber,", "author"), ("Bibl. mag.", "title"), ("Bd. I.", "volume"), ("S. 74.", "locator")])
    assert rule(text, tokens, tags) == tags
    text = "Annals, III. p. 45."  # no volume word
    tokens, tags = _tagged(text, [("Annals,", "title"), ("III.", "volume"), ("p. 45.", "locator")])
    assert rule(text, tokens, tags) == tags
    for text, spans, pinpoint in [
            ("Recueil des pièces, tom. iv. p. 210-215.", [("Recueil des pièces,", "container-title"), ("tom. iv.", "volume"),
                                                          ("p. 210-215.", "pages")], "tom. iv. p. 210-215"),
            ("Lexikon der Kunst. Leipzig 1880. 3. Bd. S. 41.", [("Lexikon der Kunst.", "container-title"), ("Leipzig", "location"),
                                                               ("1880.", "date"), ("3. Bd.", "volume"), ("S. 41.", "locator")],
             "3. Bd. S. 41"),
            ("Dictionnaire des arts (t. II, p. 12).", [("Dictionnaire des arts", "container-title"), ("(t. II,", "volume"),
                                                       ("p. 12).", "locator")], "t. II, p. 12)"),
            ("Schmidt, Geschichte, 1870, B. IV. S. 9.", [("Schmidt,", "author"), ("Geschichte,", "title"), ("1870,", "date"),
                                                         ("B. IV.", "volume"), ("S. 9.", "locator")], "B. IV. S. 9")]:
        tokens, tags = _tagged(text, spans)  # an older volume word after a field of a full reference: one pinpoint
        assert _runs(text, tokens, rule(text, tokens, tags))[-1] == (pinpoint, "locator"), text
    text = "Revue des arts, vol. 4, p. 12-19."  # a periodical's volume and its article's pages stay apart
    tokens, tags = _tagged(text, [("Revue des arts,", "container-title"), ("vol. 4,", "volume"), ("p. 12-19.", "pages")])
    assert rule(text, tokens, tags) == tags
    text = "Hume, History (London, 1790), vol. III., ch. 12.)"  # the rest of the pinpoint left as prose
    tokens, tags = _tagged(text, [("Hume,", "author"), ("History", "title"), ("(London,", "location"), ("1790),", "date"),
                                  ("vol. III.", "volume")])
    assert _runs(text, tokens, rule(text, tokens, tags))[-1] == ("vol. III., ch. 12", "locator")
    text = "Revue des arts, vol. 4, no. 2 (1901)."  # after a periodical's title: its volume stays
    tokens, tags = _tagged(text, [("Revue des arts,", "container-title"), ("vol. 4", "volume")])
    assert rule(text, tokens, tags) == tags


def test_a_page_word_after_the_comma_of_a_volume_run_opens_the_pinpoint():
    from notecite.parse.rules.locators import rule_page_inside_a_volume_run_is_the_pinpoint as rule
    text = "Llorente, Histoire critique, tomo III, página 347."
    tokens, tags = _tagged(text, [("Llorente,", "author"), ("Histoire critique,", "title"), ("tomo III, página 347.", "volume")])
    assert _runs(text, tokens, rule(text, tokens, tags))[2:] == [("tomo III", "volume"), ("página 347", "locator")]
    text = "History, vol. 2, pp. xi."  # a page word and its number after the period
    tokens, tags = _tagged(text, [("History,", "title"), ("vol. 2, pp. xi.", "volume")])
    assert _runs(text, tokens, rule(text, tokens, tags))[1:] == [("vol. 2", "volume"), ("pp. xi", "locator")]
    text = "History, vol. 2, part Seven."  # no page word with a number
    tokens, tags = _tagged(text, [("History,", "title"), ("vol. 2, part Seven.", "volume")])
    assert rule(text, tokens, tags) == tags


def test_a_name_and_a_page_alone_are_a_short_form():
    """``Okafor, 88. Tarvel, 210.``: a name, its comma and a page opening the note, or after a pinpoint's full stop or
    semicolon, or standing as a sentence read as prose, are a short form: the name its author, the page its locator."""
    from notecite.parse.rules.locators import rule_name_and_page_alone_are_a_short_form as rule

    runs, _ = rule_runs(rule, "Okafor, 88. Tarvel, 210.", [("Okafor,", "author"), ("88. Tarvel,", "title"), ("210.", "locator")])
    assert runs == [("Okafor,", "author"), ("88.", "locator"), ("Tarvel,", "author"), ("210.", "locator")]
    runs, _ = rule_runs(rule, "See Okafor, 95; Bailey and Tolnay, 5–6.", [("Okafor,", "title"), ("95; Bailey and Tolnay, 5–6.", "note")])
    assert runs == [("Okafor,", "author"), ("95", "locator"), ("Bailey and Tolnay,", "author"), ("5–6.", "locator")]
    runs, _ = rule_runs(rule, "As the record shows. Okafor, 95.", [])
    assert runs == [("Okafor,", "author"), ("95.", "locator")]
    # an ibid, a place, a common word, a year, a title between, or a name in prose that is no sentence of its own: unchanged
    for text in ("Ibid, 8.", "Paris, 1920.", "London, 45.", "Chapter, 5.", "Okafor, 1920.", "Okafor, Ports, 12.",
                 "The town grew, as Okafor, 88, tells us."):
        _, unchanged = rule_runs(rule, text, [])
        assert unchanged, text
    _, unchanged = rule_runs(rule, "Okafor, Ports, 12. Tarvel, 210.", [("Okafor,", "author"), ("Ports,", "title"),
                                                                       ("12. Tarvel, 210.", "note")])
    assert unchanged  # after a note run, not a pinpoint: left as read


def test_a_short_form_opening_the_note_or_after_a_semicolon_is_a_cite_of_its_own():
    from notecite.parse.rules.locators import rule_short_form_on_its_own

    text = "Hale, Shipyards, 28; Van Dorn, Coal and Iron, 15–17."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    at = words.index("Van")
    tags = ["B-author", "I-author", "B-title", "I-title", "B-locator", "I-locator"] + ["B-note"] + \
        ["I-note"] * (len(tokens) - at - 1)
    out = rule_short_form_on_its_own(text, tokens, tags)
    assert run_texts(text, tokens, out)[3:] == \
        [("Van Dorn,", "author"), ("Coal and Iron,", "title"), ("15–17.", "locator")]
    # opening the note, whatever the tagger read; not a place, a year or a volume's numeral
    from notecite.parse.labels import token_tags
    text = "Hale, Shipyards, 28."
    tokens = tokenize(text)
    out = rule_short_form_on_its_own(text, tokens, ["B-note"] + ["I-note"] * (len(tokens) - 1))
    assert [label for _, _, label in tag_spans(tokens, out)] == ["author", "title", "locator"]
    for text in ("Paris, France, 1920.", "Essais, II, 3."):
        tokens = tokenize(text)
        tags = token_tags(tokens, [])
        assert rule_short_form_on_its_own(text, tokens, tags) == tags
    for text in ("Smith, Vol. II, 45.", "Marx, Vol. III, 213."):  # a volume between the name and the page: no title
        tokens = tokenize(text)
        out = rule_short_form_on_its_own(text, tokens, ["B-author", "I-author"] + ["B-title"] + ["I-title"] * (len(tokens) - 3))
        assert [label for _, _, label in tag_spans(tokens, out)] == ["author", "locator"], text
    text = "On the 15th of April. Marure, Efem., 6."  # a short form after a remark the tagger read as a note
    tokens = tokenize(text)
    out = rule_short_form_on_its_own(text, tokens, ["B-note"] + ["I-note"] * (len(tokens) - 1))
    assert run_texts(text, tokens, out)[1:] == [("Marure,", "author"), ("Efem.,", "title"), ("6.", "locator")]
    text = "Bailey and Tolnay, Lynched, 5."  # two authors
    tokens = tokenize(text)
    out = rule_short_form_on_its_own(text, tokens, ["B-title"] * 1 + ["I-title"] * 3 + ["B-note"] + ["I-note"] * (len(tokens) - 5))
    assert run_texts(text, tokens, out) == [("Bailey and Tolnay,", "author"), ("Lynched,", "title"), ("5.", "locator")]
    # a sentence after the semicolon is left alone
    text = "Hale, Shipyards, 28; Van Dorn disagrees, as most do, 15."
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-title", "I-title", "B-locator", "I-locator"] + ["prose"] * (len(tokens) - 6)
    assert rule_short_form_on_its_own(text, tokens, tags) == tags[:5] + ["prose"] * (len(tokens) - 5)
    # a quoted short title, its comma inside or outside the quotation marks, after a pinpoint or opening the
    # note, whatever the tagger read (a pinpoint read as a periodical's name)
    for text in ('Hale, Shipyards, 28; Okafor, “River Ports,” 41.', 'Hale, Shipyards, 28; Okafor, "River Ports", 41'):
        tokens = tokenize(text)
        at = [t.text for t in tokens].index("Okafor")
        tags = ["B-author", "I-author", "B-title", "I-title", "B-locator", "I-locator"] + ["B-title"] + \
            ["I-title"] * (len(tokens) - at - 1)
        out = rule_short_form_on_its_own(text, tokens, tags)
        assert [label for _, _, label in tag_spans(tokens, out)][3:] == ["author", "title", "locator"], text
    text = 'Okafor, "River Ports," 41.'
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-title", "I-title", "I-title", "I-title", "I-title", "B-container-title",
            "I-container-title"]
    out = rule_short_form_on_its_own(text, tokens, tags)
    assert run_texts(text, tokens, out) == \
        [("Okafor,", "author"), ('"River Ports,"', "title"), ("41.", "locator")]
    # "l. c." is no page, and a book's numerals are no title
    for text in ('Okafor, “River Ports,” l. c., p. 9.', "Okafor, III. ix, 6."):
        tokens = tokenize(text)
        tags = token_tags(tokens, [])
        assert rule_short_form_on_its_own(text, tokens, tags) == tags, text
    # a short form the rule reads at the note's opening gives the pinpoint the next one follows
    text = "Okafor, Harbours, 80; Okafor, River Ports, 14."
    tokens = tokenize(text)
    out = rule_short_form_on_its_own(text, tokens, ["B-note"] + ["I-note"] * (len(tokens) - 1))
    assert run_texts(text, tokens, out) == \
        [("Okafor,", "author"), ("Harbours,", "title"), ("80", "locator"), ("Okafor,", "author"),
         ("River Ports,", "title"), ("14.", "locator")]


def test_divisions_between_a_title_and_in_its_container_are_a_note():
    from notecite.parse.rules.locators import rule_division_before_in_and_its_container as rule

    text = "B Brecht, Me-ti, Book 2, Ch V, in GBA, Vol 18, p 71."
    spans = [("B Brecht,", "author"), ("Me-ti,", "title"), ("Book 2,", "locator"), ("Ch V,", "locator"),
             ("in GBA,", "container-title"), ("Vol 18,", "volume"), ("p 71.", "pages")]
    tokens, tags = tagged(text, spans)
    runs = run_texts(text, tokens, rule(text, tokens, tags))
    assert ("Book 2,", "note") in runs and ("Ch V,", "note") in runs and ("p 71.", "pages") in runs
    # "in" read as prose before the container; one run for both divisions
    text = "B Brecht, Me-ti, book 2, ch. 5, in Collected Works, vol. 18 (Berlin: Aufbau, 1995), 71."
    tokens, tags = tagged(text, [("B Brecht,", "author"), ("Me-ti,", "title"), ("book 2, ch. 5,", "locator"),
                                 ("Collected Works,", "container-title"), ("vol. 18", "volume")])
    assert ("book 2, ch. 5,", "note") in run_texts(text, tokens, rule(text, tokens, tags))
    # "chap. 1 in" a book read as a title: the book is the chapter's container
    text = "Ann Lee, “Mill Towns,” chap. 1 in Northern Industry (Leeds: Hall, 2003), 9–23."
    tokens, tags = tagged(text, [("Ann Lee,", "author"), ("“Mill Towns,”", "title"), ("chap. 1", "locator"),
                                 ("Northern Industry", "title"), ("(Leeds:", "location")])
    runs = run_texts(text, tokens, rule(text, tokens, tags))
    assert ("chap. 1", "note") in runs and ("Northern Industry", "container-title") in runs
    # a pinpoint that names no division (a page) is left as read
    text = "B Brecht, Me-ti, 12, in GBA, Vol 18, p 71."
    spans[2:4] = [("12,", "locator")]
    tokens, tags = tagged(text, spans)
    assert rule(text, tokens, tags) == tags


def test_a_name_run_ending_on_diary_is_the_diarist_and_the_days_the_pinpoint():
    from notecite.parse.rules.locators import rule_day_of_a_diary_is_its_pinpoint as rule
    text = "Harold Roe diary, 4 Aug. 1914, Roe papers."
    tokens = tokenize(text)
    day = [t.text for t in tokens].index("4")
    tags = ["B-author"] * 1 + ["I-author"] * (day - 1) + ["B-date"] + ["I-date"] * 4 + ["B-note"] \
        + ["I-note"] * (len(tokens) - day - 6)
    spans = run_texts(text, tokens, rule(text, tokens, tags))
    assert spans[:3] == [("Harold Roe", "author"), ("diary", "title"), ("4 Aug. 1914", "locator")]
    # the date run's comma after the days is no run of its own: the archive run after it opens anew
    text = "Harold Roe diary, 4 Aug. 1914, Leith, Roe papers."
    tokens = tokenize(text)
    tags = token_tags(tokens, spans_of(text, [("Harold Roe diary,", "author"), ("4 Aug. 1914,", "date"),
                                              ("Leith, Roe papers.", "title")]))
    assert run_texts(text, tokens, rule(text, tokens, tags))[2:] == [("4 Aug. 1914", "locator"), ("Leith, Roe papers.", "title")]
    # a name run with no diary word is left as read
    text = "Harold Roe, 4 Aug. 1914."
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author", "B-date", "I-date", "I-date", "I-date", "I-date"]
    assert rule(text, tokens, tags) == tags


def test_more_pages_after_a_semicolon_that_close_the_note_are_in_the_locator_grammar():
    from notecite.parse.rules.locators import rule_locator_grammar
    for text, keep in [("p. 7, 22; 118.", 8), ("p. 41; 203-4.", 8), ("p. 7; 1850.", 4), ("p. 7; 118 of the preface.", 4)]:
        tokens = tokenize(text)
        tags = ["B-locator"] + ["I-locator"] * (len(tokens) - 1)
        out = rule_locator_grammar(text, tokens, tags)
        assert sum(t != "prose" for t in out) == keep, (text, out)


def test_a_page_at_the_end_of_a_day_date_is_the_pinpoint():
    from notecite.parse.rules.locators import rule_page_after_a_day_date_is_the_pinpoint

    for page in ("7A.", "B12.", "12.", "4–5.", "6E;"):  # (a ";" before the next cite closes the page)
        text = "Ray, “Docks,” Leith Echo, 27 November 1976, " + page
        tokens = tokenize(text)
        words = [t.text for t in tokens]
        k = words.index("27")
        tags = ["B-author", "I-author", "B-title", "I-title", "I-title", "I-title", "B-container-title", "I-container-title",
                "I-container-title"] + ["B-date"] + ["I-date"] * (len(tokens) - k - 1)
        assert len(tags) == len(tokens)
        out = rule_page_after_a_day_date_is_the_pinpoint(text, tokens, tags)
        assert run_texts(text, tokens, out)[-2:] == [("27 November 1976,", "date"), (page, "locator")]
    # a year after the comma, or no month: left alone
    for text in ("Leith Echo, 27 November 1976, 1977.", "Leith Echo, 27 1976, 12."):
        tokens = tokenize(text)
        tags = ["B-container-title", "I-container-title", "I-container-title"] + ["B-date"] + ["I-date"] * (len(tokens) - 4)
        assert rule_page_after_a_day_date_is_the_pinpoint(text, tokens, tags) == tags


def test_a_page_opening_a_note_run_after_a_title_is_the_pinpoint():
    from notecite.parse.rules.locators import rule_pinpoint_opening_a_note_run

    text = "Ray, script for Docks, 7, Dock Union records, Leith."
    tokens = tokenize(text)
    k = [t.text for t in tokens].index("7")
    tags = ["B-author", "I-author", "B-title", "I-title", "I-title", "I-title"] + ["B-note"] + ["I-note"] * (len(tokens) - k - 1)
    assert len(tags) == len(tokens)
    out = rule_pinpoint_opening_a_note_run(text, tokens, tags)
    assert run_texts(text, tokens, out)[2:] == [("7,", "locator"), ("Dock Union records, Leith.", "note")]
    # a year, or lower-case words after the number: left alone
    for text in ("Ray, script for Docks, 1977, Dock Union records.", "Ray, script for Docks, 7, see below."):
        tokens = tokenize(text)
        tags = ["B-author", "I-author", "B-title", "I-title", "I-title", "I-title"] + ["B-note"] + ["I-note"] * (len(tokens) - 7)
        assert rule_pinpoint_opening_a_note_run(text, tokens, tags) == tags
def test_a_lone_part_word_after_a_title_and_a_comma_is_the_pinpoint():
    from notecite.parse.rules.locators import rule_part_word_after_a_title_is_the_pinpoint
    rule = rule_part_word_after_a_title_is_the_pinpoint
    text = "Intime Briefe Ferdinand Lassalles, Nachtrag."
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "I-title", "I-title", "prose", "prose", "prose"]
    assert rule(text, tokens, tags) == ["B-title", "I-title", "I-title", "I-title", "prose", "B-locator", "prose"]
    text = "Marx, Das Kapital, Vorwort zur zweiten Auflage."  # more words after it: a title of its own, left alone
    tokens = tokenize(text)
    tags = ["B-author", "prose", "B-title", "I-title", "prose"] + ["prose"] * (len(tokens) - 5)
    assert rule(text, tokens, tags) == tags
    text = "Er schrieb, Nachtrag."  # no title before the comma
    tokens = tokenize(text)
    assert rule(text, tokens, ["prose"] * len(tokens)) == ["prose"] * len(tokens)


def test_a_volume_left_as_prose_before_a_page_in_prose_heads_the_pinpoint():
    from notecite.parse.rules.locators import rule_page_in_prose_is_a_pinpoint
    text = "Roth macht in der Schrift »Die Mühlen am Harz« B. II. S. 382 auf einen Fall aufmerksam."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    opening, close = words.index("»"), words.index("«")
    tags = ["prose"] * opening + ["B-title"] + ["I-title"] * (close - opening) + ["prose"] * (len(tokens) - close - 1)
    out = rule_page_in_prose_is_a_pinpoint(text, tokens, tags)
    b = close + 1
    assert out[b] == "B-locator" and words[b] == "B" and out[b + 1:words.index("382") + 1] == \
        ["I-locator"] * (words.index("382") - b)
    text = "Er schrieb 1858 den B. II. Band, S. 382 davon."  # no field of a work right before the volume: no head
    tokens = tokenize(text)
    out = rule_page_in_prose_is_a_pinpoint(text, tokens, ["prose"] * len(tokens))
    assert "B" not in [tokens[i].text for i, tag in enumerate(out) if tag.endswith("locator")]
def test_a_word_pointing_elsewhere_in_the_text_before_a_pinpoint_is_a_cross_reference():
    from notecite.parse.rules.locators import rule_back_reference_names_no_work

    runs, same = rule_runs(rule_back_reference_names_no_work, "Above, p. 156.", [("Above", "title"), ("p. 156", "locator")])
    assert runs == [] and not same
    runs, same = rule_runs(rule_back_reference_names_no_work, "See below, pp. 65 ff.",
                           [("See below", "title"), ("pp. 65 ff.", "locator")])
    assert runs == []
    runs, same = rule_runs(rule_back_reference_names_no_work, "Harding, op. cit., p. 99; below, p. 299.",
                           [("Harding", "author"), ("op. cit.", "ibid"), ("p. 99", "locator"), ("below", "title"),
                            ("p. 299", "locator")])
    assert runs == [("Harding", "author"), ("op. cit.", "ibid"), ("p. 99", "locator")]
    for text, pairs in [("Above the Clouds, p. 3.", [("Above the Clouds", "title"), ("p. 3", "locator")]),
                        ("Above, London, 1990.", [("Above", "title"), ("London", "location"), ("1990", "date")])]:
        assert rule_runs(rule_back_reference_names_no_work, text, pairs)[1]  # a title with more words; no pinpoint
    # the division of the text a cross-reference names, after an ibid or read into the ibid's run
    runs, _ = rule_runs(rule_back_reference_names_no_work, "Ibid. Cf. also infra, ch. ix.", [("Ibid.", "ibid"), ("ix.", "locator")])
    assert runs == [("Ibid.", "ibid")]
    runs, _ = rule_runs(rule_back_reference_names_no_work, "Ibid.; cf. supra, p. 12.",
                        [("Ibid.; cf. supra,", "ibid"), ("p. 12.", "locator")])
    assert runs == [("Ibid.", "ibid")]
    assert rule_runs(rule_back_reference_names_no_work, "Ibid., p. 12; infra.", [("Ibid.,", "ibid"), ("p. 12", "locator")])[1]


def test_the_locator_grammar_reads_a_note_after_the_page():
    from notecite.parse.rules.locators import _LOCATOR
    for text, reach in [("Vol. II, p. 164 note.", "Vol. II, p. 164 note."), ("p. 43 note 2.", "p. 43 note 2."),
                        ("p. 43, note 2.", "p. 43, note 2."), ("p. 43, note.", "p. 43, note."), ("p. 45 n. 3", "p. 45 n. 3"),
                        ("p. 4 nota bene", "p. 4 "), ("p. 4 noted", "p. 4 ")]:
        assert _LOCATOR.match(text).group() == reach, text


def test_a_pinpoint_after_a_closed_quotation_names_the_words_between_and_an_edition_year_dates_them():
    from notecite.parse.rules.locators import rule_pinpoint_names_what_precedes_it

    text = "He said: “Happy country! May thy happiness be perpetual!” Works (1804 ed.), Vol. III, pp. 299 ff."
    runs, _ = rule_runs(rule_pinpoint_names_what_precedes_it, text, [("Vol. III, pp. 299 ff.", "locator")])
    assert runs == [("Works", "title"), ("1804", "date"), ("Vol. III, pp. 299 ff.", "locator")]
    text = "He said: “Happy country! May thy happiness be perpetual!” Gibbon, Works, Vol. III, p. 2."
    runs, _ = rule_runs(rule_pinpoint_names_what_precedes_it, text, [("Vol. III, p. 2", "locator")])
    assert runs == [("Gibbon", "author"), ("Works", "title"), ("Vol. III, p. 2", "locator")]
    # a quotation closing on a comma goes on with its sentence: the pinpoint names nothing
    text = "“The people are in pain,” he wrote from the city of the coast in great haste, p. 3."
    assert rule_runs(rule_pinpoint_names_what_precedes_it, text, [("p. 3", "locator")])[1]


def test_a_year_between_prose_and_a_pinpoint_dates_the_title_before_it():
    from notecite.parse.rules.locators import rule_pinpoint_names_what_precedes_it

    text = "Bancroft, op. cit., Vol. II, p. 278; Votes and Proceedings of the Senate of Maryland, November Session, 1787, pp. 5 ff."
    runs, _ = rule_runs(rule_pinpoint_names_what_precedes_it, text,
                        [("Bancroft", "author"), ("op. cit.", "ibid"), ("Vol. II", "volume"), ("p. 278;", "locator"),
                         ("1787,", "date"), ("pp. 5 ff.", "locator")])
    assert runs[4:] == [("Votes and Proceedings of the Senate of Maryland, November Session", "title"), ("1787,", "date"),
                        ("pp. 5 ff.", "locator")]
    # more pinpoints of the same work after the semicolon name nothing
    text = "Papers, 1839, class A, Further Series, pp. 58–9; class B, Further Series, p. 110."
    runs, _ = rule_runs(rule_pinpoint_names_what_precedes_it, text,
                        [("Papers", "title"), ("1839", "date"), ("pp. 58–9;", "locator"), ("p. 110", "locator")])
    assert ("Further Series", "title") not in runs


def test_a_series_in_brackets_closing_the_cite_after_its_pinpoint_is_prose():
    from notecite.parse.rules.locators import rule_series_in_brackets_after_the_pinpoint_is_prose

    text = "Council Minutes, 1776–1792, pp. 1081–82 (Delaware Historical Society Papers); Connecticut Courant, Dec. 24, 1787."
    runs, _ = rule_runs(rule_series_in_brackets_after_the_pinpoint_is_prose, text,
                        [("Council Minutes,", "title"), ("1776–1792,", "date"), ("pp. 1081–82", "pages"),
                         ("Historical Society Papers)", "title"), ("Connecticut Courant,", "container-title")])
    assert ("Historical Society Papers)", "title") not in runs and ("Connecticut Courant,", "container-title") in runs
    for text, pairs in [("Liebknecht, Memoirs, pp. 62-63 (C. H. Kerr, Chicago, 1904).",  # an imprint after the pinpoint
                         [("Memoirs,", "title"), ("pp. 62-63", "locator")]),
                        ("Smith, History, p. 4 (Harvard Studies) and more.", [("History,", "title"), ("p. 4", "locator")])]:
        assert rule_runs(rule_series_in_brackets_after_the_pinpoint_is_prose, text, pairs)[1], text


def test_whose_statement_a_page_holds_in_brackets_after_the_pinpoint_is_prose():
    from notecite.parse.rules.locators import rule_whose_statement_in_brackets_is_prose as rule

    for text in ["Harbour Acts Respecting Dockers, 376 (prepared memorandum of Jane Okafor, counsel of the Leeds Board).",
                 "Harbour Acts Respecting Dockers, 23 (statement of Tom Lindahl, composer)."]:
        head, _, bracket = text.partition(" (")
        runs, _ = rule_runs(rule, text, [("Harbour Acts Respecting Dockers,", "title"), (head.rsplit(" ", 1)[1], "locator"),
                                         (bracket.split(" of ", 1)[1].rstrip("."), "publisher")])
        assert [label for _, label in runs] == ["title", "locator"], text
    # a bracket of another kind, or one not after a pinpoint, is left to the other rules
    for text, pairs in [("Harbour Acts, 376 (Leeds: Hall Press, 1990).", [("Harbour Acts,", "title"), ("376", "locator"),
                                                                         ("Leeds: Hall Press,", "publisher")]),
                        ("Okafor (statement of policy, Leeds Board).", [("Okafor", "author"),
                                                                        ("policy, Leeds Board)", "publisher")])]:
        assert rule_runs(rule, text, pairs)[1], text


def test_a_roman_volume_left_in_prose_before_a_page_heads_the_pinpoint():
    from notecite.parse.rules.locators import rule_roman_volume_before_a_page_heads_the_pinpoint as rule
    for text, spans, want in [
            ('Hale, "Harbour Debates of the Council," v, p. 706.',
             [("Hale,", "author"), ('"Harbour Debates of the Council,"', "title"), ("p. 706.", "locator")], ["v, p. 706"]),
            ("Harbour Archives, xxxvi, p. 150.", [("p. 150.", "locator")], ["xxxvi, p. 150"]),
            ("(Harbour Archives, cxii, p. 99).", [("p. 99", "locator")], ["cxii, p. 99"]),
            ('Hale, "History of the Upper Harbour," i; Ford, "Essays," p. 12.',
             [("Hale,", "author"), ('"History of the Upper Harbour,"', "title"), ("Ford,", "author"), ('"Essays,"', "title"),
              ("p. 12.", "locator")], ["i", "p. 12"])]:
        tokens, tags = _tagged(text, spans)
        assert _locator_text(text, tokens, rule(text, tokens, tags)) == want, text
    for text, spans in [
            ("Hale, Harbour Studies, 12, p. 4.", [("Hale,", "author"), ("Harbour Studies,", "title"), ("p. 4.", "locator")]),
            ('Hale, "Harbour Studies," vi and more.', [("Hale,", "author"), ('"Harbour Studies,"', "title")])]:
        tokens, tags = _tagged(text, spans)
        assert rule(text, tokens, tags) == tags, text


def test_a_roman_volume_before_a_worded_part_run_heads_the_pinpoint():
    from notecite.parse.rules.locators import rule_roman_volume_before_a_page_heads_the_pinpoint as rule
    text = 'Hale, "Harbours," ii, chs. i, iii, vi (he writes).'
    tokens, tags = _tagged(text, [("Hale,", "author"), ('"Harbours,"', "title"), ("iii, vi", "locator")])
    assert _locator_text(text, tokens, rule(text, tokens, tags)) == ["ii, chs. i, iii, vi"]


def test_a_worded_pinpoint_after_a_quoted_titles_comma_ends_the_title():
    from notecite.parse.rules.locators import rule_worded_pinpoint_ends_a_title
    text = 'Hale, "Harbour Towns," chs. ii-vii.'
    tokens, tags = _tagged(text, [("Hale,", "author"), ('"Harbour Towns," chs.', "title"), ("ii-vii.", "locator")])
    out = rule_worded_pinpoint_ends_a_title(text, tokens, tags)
    assert _locator_text(text, tokens, out)[0].startswith("chs. ii")


def test_a_chapter_after_the_imprint_is_the_pinpoint():
    from notecite.parse.rules.locators import rule_pinpoint_after_the_imprint
    text = 'Hale, "Harbour Guide" (Leeds, 1848), ch. iv; Ford, "Essays."'
    tokens, tags = _tagged(text, [("Hale,", "author"), ('"Harbour Guide"', "title"), ("(Leeds,", "location"),
                                  ("1848),", "date"), ("Ford,", "author"), ('"Essays."', "title")])
    assert _locator_text(text, tokens, rule_pinpoint_after_the_imprint(text, tokens, tags)) == ["ch. iv"]
    text = "M. Lewin, Russian Peasants (London, Allen and Unwin, 1968), Chapter 4."  # read as a title of its own
    tokens, tags = _tagged(text, [("M. Lewin,", "author"), ("Russian Peasants", "title"), ("(London,", "location"),
                                  ("Allen and Unwin,", "publisher"), ("1968),", "date"), ("Chapter 4.", "title")])
    out = rule_pinpoint_after_the_imprint(text, tokens, tags)
    assert _locator_text(text, tokens, out) == ["Chapter 4"] and out.count("B-title") == 1
    text = 'Hale, "Harbour Guide" (Leeds, 1848), chiefly on docks.'  # a word that only begins like one
    tokens, tags = _tagged(text, [("Hale,", "author"), ('"Harbour Guide"', "title"), ("(Leeds,", "location"), ("1848),", "date")])
    assert _locator_text(text, tokens, rule_pinpoint_after_the_imprint(text, tokens, tags)) == []


def test_a_roman_volume_before_a_bare_page_or_swallowed_by_the_title_heads_the_pinpoint():
    from notecite.parse.rules.locators import rule_roman_volume_before_a_page_heads_the_pinpoint as rule
    text = 'Hale, "History of the Harbours," v, 261-267; Ford.'
    tokens, tags = _tagged(text, [("Hale,", "author"), ('"History of the Harbours,"', "title"), ("261-267", "locator")])
    assert _locator_text(text, tokens, rule(text, tokens, tags)) == ["v, 261-267"]
    text = "Harbour Atlas, xxxviii, pl. 13; Ford."
    tokens, tags = _tagged(text, [("Harbour Atlas, xxxviii,", "title"), ("pl. 13", "locator")])
    assert _locator_text(text, tokens, rule(text, tokens, tags)) == ["xxxviii, pl. 13"]
    text = "Hale, Harbour Studies, I, 45."  # a capital numeral before a bare page stays (as likely the pronoun)
    tokens, tags = _tagged(text, [("Hale,", "author"), ("Harbour Studies,", "title"), ("45.", "locator")])
    assert rule(text, tokens, tags) == tags


def test_a_numbered_series_ending_a_title_heads_the_volume():
    from notecite.parse.rules.locators import rule_series_ending_a_title_heads_the_volume as rule
    text = "(Harbour Archives, 4th Series, ii, p. 714)."
    tokens, tags = _tagged(text, [("Harbour Archives, 4th Series,", "container-title"), ("ii,", "volume"),
                                  ("p. 714", "locator")])
    out = rule(text, tokens, tags)
    assert _runs(text, tokens, out)[:2] == [("Harbour Archives", "container-title"), ("4th Series, ii", "volume")]
    text = "Harbour Archives, Series, ii, p. 7."  # no number: no series
    tokens, tags = _tagged(text, [("Harbour Archives, Series,", "title"), ("ii,", "volume"), ("p. 7.", "locator")])
    assert rule(text, tokens, tags) == tags


def test_a_series_number_in_brackets_is_no_pinpoint():
    from notecite.parse.rules.locators import rule_series_number_in_brackets_is_no_pinpoint as rule
    text = 'Hale, "Harbour Trade" (Harbour University Studies, Series ix), pp. 61 ff.'
    tokens, tags = _tagged(text, [("Hale,", "author"), ('"Harbour Trade"', "title"),
                                  ("(Harbour University Studies, Series", "publisher"), ("ix)", "locator"),
                                  ("pp. 61 ff.", "locator")])
    assert _locator_text(text, tokens, rule(text, tokens, tags)) == ["pp. 61 ff"]
    text = 'Hale, "Harbour Trade" (Harbour University Studies, Series ix).'  # no pinpoint after: left alone
    tokens, tags = _tagged(text, [("Hale,", "author"), ('"Harbour Trade"', "title"),
                                  ("(Harbour University Studies, Series", "publisher"), ("ix)", "locator")])
    assert rule(text, tokens, tags) == tags


def test_a_page_word_ending_a_title_run_opens_the_pinpoint_read_as_a_note():
    from notecite.parse.rules.locators import rule_page_word_ending_a_title_opens_the_pinpoint

    text = "Sire Raul p. 1175."
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "I-title", "I-title", "B-note", "I-note"]
    out = rule_page_word_ending_a_title_opens_the_pinpoint(text, tokens, tags)
    assert out == ["B-title", "I-title", "B-locator", "I-locator", "I-locator", "I-locator"]
    # a number with words after it is not a lone page, and no page word, no pinpoint
    for other, other_tags in (("Sire Raul p. 1175 bis.", tags[:5] + ["I-note", "I-note"]),
                              ("Sire Raul t. 1175.", tags)):
        assert rule_page_word_ending_a_title_opens_the_pinpoint(other, tokenize(other), other_tags) == other_tags


def test_a_book_ending_a_title_run_before_its_page_opens_the_pinpoint():
    from notecite.parse.rules.locators import rule_book_ending_a_title_before_its_page_opens_the_pinpoint

    text = "Trist. Calc. Hist. Patr. l. X, p. 256."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    book = words.index("l")
    tags = ["B-author", "I-author", "I-author", "I-author"] + ["B-title"] + ["I-title"] * (book + 3 - 5)
    tags += ["B-locator"] + ["I-locator"] * (len(tokens) - len(tags) - 1)
    out = rule_book_ending_a_title_before_its_page_opens_the_pinpoint(text, tokens, tags)
    assert out[:book] == tags[:book] and out[book] == "B-locator" and set(out[book + 1:]) == {"I-locator"}
    # a title ending on a Roman numeral without a book word keeps it (Vita Alex. III, p. 458)
    text = "Vita Alex. III, p. 458."
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "I-title", "I-title", "I-title", "B-locator", "I-locator", "I-locator", "I-locator"]
    assert rule_book_ending_a_title_before_its_page_opens_the_pinpoint(text, tokens, tags) == tags


def test_a_division_of_the_text_at_hand_names_no_work():
    from notecite.parse.labels import tag_spans
    from notecite.parse.rules.locators import rule_division_of_the_text_names_no_work

    def runs(text, spans):
        tokens, tags = _tagged(text, spans)
        out = rule_division_of_the_text_names_no_work(text, tokens, tags)
        return [text[tokens[f].start:tokens[l - 1].end] for f, l, _ in tag_spans(tokens, out)]

    # the division word and its numbers, and the pinpoint run after them
    assert runs("See Part IV, Chapters ii, iii, etc.", [("Part IV", "author"), ("Chapters ii", "title"),
                                                        ("iii, etc.", "locator")]) == []
    # a quoted name after the division, or after "this work"
    assert runs('Told at length in Part II, "The Harbour Fortunes."', [("Part II", "title"),
                                                                     ('"The Harbour Fortunes."', "title")]) == []
    assert runs('See Part II of this work, "The Harbour Fortunes".', [('"The Harbour Fortunes"', "container-title")]) == []
    # another work's title and its part stay
    text = 'Okafor, "Harbour Ledger," Part II, p. 4.'
    assert runs(text, [("Okafor,", "author"), ('"Harbour Ledger,"', "title"), ("Part II, p. 4.", "locator")]) == \
        ["Okafor,", '"Harbour Ledger,"', "Part II, p. 4."]


def test_pages_glued_by_a_colon_to_what_names_the_work_are_the_pinpoint():
    from notecite.parse.rules.locators import rule_page_glued_to_a_colon_after_a_name_is_the_pinpoint as rule

    def pinpoints(text, spans):
        tokens, tags = _tagged(text, spans)
        return _locator_text(text, tokens, rule(text, tokens, tags))

    assert pinpoints('"Harbour Ledgers,":18.', [('"Harbour Ledgers,":18.', "title")]) == ["18"]
    assert pinpoints("Okafor, Harbour and Hinterland:66, 84, etc.", [("Okafor,", "author"),
                                                                   ("Harbour and Hinterland:66, 84,", "title")]) == ["66, 84"]
    assert pinpoints('Vance\'s "Port Register" for 1851:241.', [("Vance's", "author"),
                                                               ('"Port Register" for 1851:241.', "title")]) == ["241"]
    assert pinpoints("Ibid.:39.", [("Ibid.", "ibid")]) == ["39"]
    # quoted words left to prose that open the note are the title, before a plain-text dash
    text = '"Lords of the Harbour":16--The pretentious title tells enough.'
    tokens = tokenize(text)
    out = rule(text, tokens, ["prose"] * len(tokens))
    assert _locator_text(text, tokens, out) == ["16"] and [text[tokens[f].start:tokens[l - 1].end] for f, l, label
                                                          in tag_spans(tokens, out) if label == "title"] == ['"Lords of the Harbour"']
    tokens, tags = _tagged("Paper No. 12:40.", [("Paper No.", "title"), ("12:40.", "locator")])
    out = rule(text := "Paper No. 12:40.", tokens, tags)
    assert _locator_text(text, tokens, out) == ["40"] and out[:4] == ["B-title", "I-title", "I-title", "I-title"]
    # a volume before the colon keeps the volume-and-page pinpoint; a subtitle's years and identifiers are no pinpoint
    assert pinpoints("Vance, Harbour Papers, iv:463.", [("Vance,", "author"), ("Harbour Papers,", "title"),
                                                        ("iv:463.", "locator")]) == ["iv:463"]
    assert pinpoints("Okafor, The Harbour Strike: 1911-1912.", [("Okafor,", "author"),
                                                               ("The Harbour Strike: 1911-1912.", "title")]) == []
    assert pinpoints("Okafor, Ledgers, arXiv:2201.07311.", [("Okafor,", "author"), ("Ledgers, arXiv:2201.07311.", "title")]) == []


def test_a_volume_glued_by_a_colon_to_its_pages_joins_the_pinpoint():
    from notecite.parse.rules.locators import rule_volume_glued_to_its_pages_joins_the_pinpoint as rule

    text = 'Vance\'s "Harbour Papers," 2:112-120.'
    tokens, tags = _tagged(text, [("Vance's", "author"), ('"Harbour Papers,"', "title"), ("112-120.", "pages")])
    assert _locator_text(text, tokens, rule(text, tokens, tags)) == ["2:112-120"]
    text = "Vance, Harbour Papers, iv:463."
    tokens, tags = _tagged(text, [("Vance,", "author"), ("Harbour Papers,", "title"), ("463.", "locator")])
    assert _locator_text(text, tokens, rule(text, tokens, tags)) == ["iv:463"]
    text = "Vance, Harbour Papers, 1:764n1."  # read as a volume and its pages right after the title
    tokens, tags = _tagged(text, [("Vance,", "author"), ("Harbour Papers,", "title"), ("1:", "volume"), ("764n1.", "pages")])
    assert _locator_text(text, tokens, rule(text, tokens, tags)) == ["1:764n1"]
    text = "Okafor, Ledgers, 1911: 23."  # a space after the colon: not a volume glued to its page
    tokens, tags = _tagged(text, [("Okafor,", "author"), ("Ledgers,", "title"), ("23.", "locator")])
    assert rule(text, tokens, tags) == tags


def test_months_before_a_year_are_the_date():
    from notecite.parse.rules.locators import rule_months_before_a_year_are_the_date as rule
    text = "Review, no. 4 (November–December 1966): 11."
    tokens = tokenize(text)
    tags = ["B-container-title", "I-container-title", "B-issue", "I-issue", "I-issue", "B-publisher", "I-publisher",
            "I-publisher", "I-publisher", "B-date", "I-date", "I-date", "B-pages", "I-pages"]
    assert len(tags) == len(tokens)
    out = rule(text, tokens, tags)
    assert out[5:12] == ["B-date"] + ["I-date"] * 6 and out[12:] == tags[12:]
    text = "Review, no. 4 (Verso 1966): 11."  # no month: left alone
    tokens = tokenize(text)
    tags = tags[:5] + ["B-publisher", "I-publisher", "B-date", "I-date", "I-date", "B-pages", "I-pages"]
    assert rule(text, tokens, tags) == tags
    # months left as prose after a periodical's comma, and their comma, open the date run of the year after them
    from ..conftest import rule_runs
    text = "in The Class Struggle, May-June, 1918."
    runs, _ = rule_runs(rule, text, [("The Class Struggle,", "container-title"), ("1918.", "date")])
    assert runs == [("The Class Struggle,", "container-title"), ("May-June, 1918.", "date")]
    text = "in The Class Struggle, May-, 1918."  # a dash with no month after it: left alone
    assert rule_runs(rule, text, [("The Class Struggle,", "container-title"), ("1918.", "date")])[1]


def test_a_name_before_a_bracketed_title_and_imprint_is_its_author():
    from notecite.parse.rules.locators import rule_name_before_a_bracketed_title_and_imprint as rule

    text = "Nitzsch (Geschichte des deutschen Volkes, Leipzig, 1883, vol. i.) shares the same opinion."
    runs, _ = rule_runs(rule, text, [("Nitzsch (Geschichte des deutschen Volkes,", "title"), ("Leipzig,", "location"),
                                     ("1883,", "date"), ("vol. i.", "locator")])
    assert runs[:3] == [("Nitzsch", "author"), ("Geschichte des deutschen Volkes", "title"), ("Leipzig", "location")]
    text = "It was advocated by Maurer (Geschichte der Stadteverfassung in Deutschland, Erlangen, 1869), and rightly."
    assert rule_runs(rule, text, [])[0] == [("Maurer", "author"), ("Geschichte der Stadteverfassung in Deutschland", "title"),
                                            ("Erlangen", "location"), ("1869", "date")]
    text = "L. Semichon (La paix et la treve de Dieu, 2 vols., Paris, 1869) has tried it."
    assert rule_runs(rule, text, [("L. Semichon (La paix et la treve de Dieu,", "author")])[0] == [
        ("L. Semichon", "author"), ("La paix et la treve de Dieu", "title"), ("2 vols.", "volume"), ("Paris", "location"),
        ("1869", "date")]
    # the bracket opening on the imprint, a common word before it, no imprint in the bracket: left alone
    for text, pairs in (("Capital (New York, 1914).", [("Capital", "title"), ("New York,", "location"), ("1914", "date")]),
                        ("Memoirs (Second Series, London, 1850).", [("Memoirs (Second Series,", "title"),
                                                                     ("London,", "location"), ("1850", "date")]),
                        ("Nitzsch (Geschichte des deutschen Volkes) agrees.", [("Nitzsch (Geschichte des deutschen Volkes)", "title")]),
                        ("Prise de la Bastille (Collection des Memoires, par Berville et Barriere, Paris, 1821), p. 269.", [])):
        assert rule_runs(rule, text, pairs)[1], text


def test_an_edition_and_its_year_end_a_bracketed_title():
    from notecite.parse.rules.locators import rule_name_and_bracketed_title

    text = "See Capponi (Storia della repubblica di Firenze, 2da edizione, 1876, i. 58-80)."
    runs, _ = rule_runs(rule_name_and_bracketed_title, text, [])
    assert runs == [("Capponi", "author"), ("Storia della repubblica di Firenze", "title"), ("2da edizione", "edition"),
                    ("1876", "date"), ("i. 58-80", "locator")]


def test_a_chapter_before_the_imprint_bracket_is_the_pinpoint():
    from notecite.parse.rules.locators import rule_chapter_before_the_imprint_bracket_is_the_pinpoint as rule

    text = "See his Labor and Administration, Chapter XIV (Macmillan, 1913)."
    runs, _ = rule_runs(rule, text, [("Labor and Administration,", "title"), ("Chapter XIV (Macmillan,", "publisher"),
                                     ("1913)", "date")])
    assert runs == [("Labor and Administration", "title"), ("Chapter XIV", "locator"), ("Macmillan,", "publisher"),
                    ("1913)", "date")]
    # no imprint in the bracket, or no title before: left alone
    assert rule_runs(rule, "Labor and Administration, Chapter XIV (see above).", [("Labor and Administration,", "title")])[1]
    assert rule_runs(rule, "He wrote, Chapter XIV (Macmillan, 1913).", [("Macmillan,", "publisher"), ("1913", "date")])[1]


def test_a_page_word_and_pages_read_as_a_note_after_a_name_are_its_pinpoint():
    from notecite.parse.labels import token_tags
    from notecite.parse.rules.locators import rule_page_word_run_after_a_name_is_the_pinpoint

    text = "Reproducida por M. Mignet, página 321."
    tokens = tokenize(text)
    m, pagina = text.index("M."), text.index("página")
    tags = token_tags(tokens, [(m, pagina - 1, "author"), (pagina, len(text), "note")])
    out = rule_page_word_run_after_a_name_is_the_pinpoint(text, tokens, tags)
    assert run_texts(text, tokens, out)[-1] == ("página 321.", "locator")
    text = "M. Mignet, página de gloria."  # no page number: left alone
    tokens = tokenize(text)
    pagina = text.index("página")
    tags = token_tags(tokens, [(0, pagina - 1, "author"), (pagina, len(text), "note")])
    assert rule_page_word_run_after_a_name_is_the_pinpoint(text, tokens, tags) == tags


def test_german_section_and_piece_words_carry_the_pinpoint_on():
    from notecite.parse.rules.locators import _LOCATOR

    for text in ("Th. III. Cap. 37. Abschn. 2.", "Bd. III. St. 30.", "Bd. I, Abs. 4"):
        assert _LOCATOR.match(text).group().rstrip(".") == text.rstrip("."), text
    assert _LOCATOR.match("p. 34. St. Petersburg").group().strip() == "p. 34."  # a saint's town: no pinpoint


def test_a_short_form_standing_as_a_sentence_in_prose_is_a_cite():
    from notecite.parse.rules.locators import rule_short_form_on_its_own as rule

    text = "He promised to leave it to the next congress. Arce, Mem., 3. Valle had more votes than Arce."
    runs, _ = rule_runs(rule, text, [])
    assert runs == [("Arce,", "author"), ("Mem.,", "title"), ("3.", "locator")]
    # where the tagger read a field there, the sentence is left as read
    _, unchanged = rule_runs(rule, text, [("Arce, Mem.", "title")])
    assert unchanged


def test_a_page_glued_to_its_word_ending_a_periodical_or_date_run_is_the_pinpoint():
    from notecite.parse.rules.locators import rule_page_glued_to_its_word_ending_a_run_is_the_pinpoint as rule

    text = "R Lowe “A History of the Hosiery Union” HUKW p80"
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-title"] + ["I-title"] * 7 + ["B-container-title", "I-container-title"]
    assert len(tags) == len(tokens)
    assert run_texts(text, tokens, rule(text, tokens, tags))[-2:] == [("HUKW", "container-title"), ("p80", "locator")]
    dated = "L Fox “The Strike” BA thesis 1981 p67."
    tokens = tokenize(dated)
    tags = ["B-author", "I-author", "B-title", "I-title", "I-title", "I-title", "B-publisher", "I-publisher",
            "B-date", "I-date", "I-date"]
    assert len(tags) == len(tokens)
    assert run_texts(dated, tokens, rule(dated, tokens, tags))[-1] == ("p67.", "locator")
    # inside a run, or in a title, the word is left alone
    inside = "A Roe “The Role of p53 in Cells” Cell Press p12 Reports"
    tokens = tokenize(inside)
    tags = ["B-author", "I-author", "B-title"] + ["I-title"] * 7 + ["B-publisher", "I-publisher", "I-publisher", "I-publisher"]
    assert len(tags) == len(tokens)
    assert rule(inside, tokens, tags) == tags


def test_a_page_after_a_comma_inside_an_imprint_run_is_the_pinpoint():
    from notecite.parse.rules.locators import rule_page_after_a_comma_inside_an_imprint_run_is_the_pinpoint as rule

    text = "Ann Lee (1901). A Tale. Leeds: Roe Press, p.31: https://example.org/a"
    runs, _ = rule_runs(rule, text, [("Ann Lee", "author"), ("(1901).", "date"), ("A Tale.", "title"), ("Leeds:", "location"),
                                     ("Roe Press, p.31:", "publisher"), ("https://example.org/a", "url")])
    assert runs[-3:] == [("Roe Press,", "publisher"), ("p.31", "locator"), ("https://example.org/a", "url")]
    glued = "Bo Ware, Old Ways, York: Dunn and Co.pp.7-9: https://example.org/b"
    runs, _ = rule_runs(rule, glued, [("Bo Ware,", "author"), ("Old Ways,", "title"), ("York:", "location"),
                                      ("Dunn and Co.pp.7-9:", "publisher"), ("https://example.org/b", "url")])
    assert runs[-3:] == [("Dunn and Co.", "publisher"), ("pp.7-9", "locator"), ("https://example.org/b", "url")]
    # a page word opening its own run, or a word "p" with no number after it, is left alone
    assert rule_runs(rule, text, [("Ann Lee", "author"), ("Roe Press,", "publisher"), ("p.31", "locator")])[1]
    plain = "Ann Lee, A Tale (Leeds: Roe, P and Sons, 1901)"
    assert rule_runs(rule, plain, [("Ann Lee,", "author"), ("A Tale", "title"), ("Leeds:", "location"),
                                   ("Roe, P and Sons,", "publisher"), ("1901", "date")])[1]


def test_a_short_form_listed_after_a_short_form_without_a_pinpoint_is_one():
    from notecite.parse.rules.locators import rule_short_form_listed_after_a_short_form as rule

    text = "See Lane, Sea of Grass; Ruiz and Ortiz-Vega, Pleas and Petitions."
    tokens = tokenize(text)
    semicolon = next(i for i, t in enumerate(tokens) if t.text == ";")
    tags = ["prose", "B-author", "I-author", "B-title", "I-title", "I-title", "I-title"]
    tags += ["I-author"] * (len(tokens) - len(tags))  # the tagger ran the title into one name
    assert semicolon == 6
    runs = run_texts(text, tokens, rule(text, tokens, tags))
    assert runs[-2:] == [("Ruiz and Ortiz-Vega,", "author"), ("Pleas and Petitions.", "title")]
    # a list of names after the semicolon, or a pinpoint, makes no short form here
    for other in ("See Lane, Sea of Grass; Roe, Poe, J. R. Doe, etc.", "See Lane, Sea of Grass; Roe, Tides, 12."):
        tokens = tokenize(other)
        tags = ["prose", "B-author", "I-author", "B-title", "I-title", "I-title", "I-title"]
        tags += ["I-author"] * (len(tokens) - len(tags))
        assert rule(other, tokens, tags) == tags


def test_a_document_of_the_edition_named_by_its_number_is_no_work():
    from notecite.parse.rules.locators import rule_document_of_the_edition_names_no_work as rule

    for text, tags in (
            ("See Document 63, note 4.", ["prose", "B-container-title", "B-volume", "I-volume", "I-volume", "I-volume",
                                          "I-volume"]),
            ("See footnote 6, Document 325.", ["prose", "prose", "prose", "prose", "B-author", "B-locator", "I-locator"]),
            ("Document 44.", ["B-title", "I-title", "I-title"])):
        tokens = tokenize(text)
        assert len(tags) == len(tokens)
        assert all(tag == "prose" for tag in rule(text, tokens, tags)[:-1]), text
    # after a book's title and a comma, the document is that book's pinpoint
    runs, _ = rule_runs(rule, "Foreign Relations, 1969–1976, vol. XVII, China, 1969–1972, Document 12.", [
        ("Foreign Relations, 1969–1976, vol. XVII, China, 1969–1972,", "title"), ("Document", "container-title"),
        ("12.", "volume")])
    assert runs == [("Foreign Relations, 1969–1976, vol. XVII, China, 1969–1972", "title"), ("Document 12.", "locator")]
    # a document named with other words is a work
    text = "Senate Document 12, p. 4."
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "I-title", "I-title", "B-locator", "I-locator", "I-locator", "I-locator"]
    assert len(tags) == len(tokens) and rule(text, tokens, tags) == tags


def test_an_issue_number_between_a_periodical_and_its_bracketed_date_is_the_issue():
    from notecite.parse.rules.locators import rule_issue_number_after_a_periodical_is_its_issue as rule

    runs, _ = rule_runs(rule, "Ann Lee, “Mill Towns,” Kino, nos. 17–18 (1932): 7–16.", [
        ("Ann Lee,", "author"), ("“Mill Towns,”", "title"), ("Kino,", "container-title"), ("nos. 17–18", "pages"),
        ("(1932):", "date"), ("7–16.", "pages")])
    assert ("nos. 17–18", "issue") in runs and runs[-1] == ("7–16.", "pages")
    # a page after a periodical and no bracketed date: left as read
    assert rule_runs(rule, "Ann Lee, “Mill Towns,” Kino, p. 17.", [
        ("Ann Lee,", "author"), ("“Mill Towns,”", "title"), ("Kino,", "container-title"), ("p. 17.", "locator")])[1]


def test_a_roman_volume_ending_a_title_run_before_the_imprint_is_the_volume():
    from notecite.parse.rules.locators import rule_pinpoint_after_the_imprint as rule

    runs, _ = rule_runs(rule, "A. Lee, Mill towns, 1800–1900, II (Leeds, 1950), p. 45.", [
        ("A. Lee,", "author"), ("Mill towns, 1800–1900, II", "title"), ("(Leeds,", "location"), ("1950),", "date"),
        ("p. 45.", "locator")])
    assert ("Mill towns, 1800–1900", "title") in runs and ("II", "volume") in runs
    # a numeral without a comma before it is the title's (a king's name)
    runs, _ = rule_runs(rule, "A. Lee, Henry V (Leeds, 1950), p. 45.", [
        ("A. Lee,", "author"), ("Henry V", "title"), ("(Leeds,", "location"), ("1950),", "date"), ("p. 45.", "locator")])
    assert ("Henry V", "title") in runs


def test_a_title_and_a_numbered_part_opening_a_sentence_are_a_cite():
    from notecite.parse.rules.locators import rule_numbered_part_after_a_title
    from ..conftest import rule_runs

    runs, _ = rule_runs(rule_numbered_part_after_a_title, "The Federalist, No. 15.", [("The Federalist, No. 15.", "note")])
    assert runs[:2] == [("The Federalist,", "title"), ("No. 15", "locator")]
    runs, _ = rule_runs(rule_numbered_part_after_a_title, "Voyez Fédéraliste, nºs 41 et 42. Story, p. 358.", [])
    assert runs[:2] == [("Fédéraliste,", "title"), ("nºs 41 et 42", "locator")]
    # mid-sentence, after prose: no title
    assert rule_runs(rule_numbered_part_after_a_title, "It was printed in the Federalist, No. 15.", [])[1]
    # a colon inside a periodical's run opens its subtitle, not a sentence
    text = "in Critique: Journal of Socialist Theory, no. 20 (1988), 45."
    assert rule_runs(rule_numbered_part_after_a_title, text, [("Critique: Journal of Socialist Theory,", "container-title"),
                                                              ("no. 20", "issue"), ("(1988),", "date"), ("45.", "locator")])[1]
    # a number followed by its bracketed date: a periodical's issue, not a part of a work
    text = "Spartacist, no. 40 (Summer 1987): 3."
    assert rule_runs(rule_numbered_part_after_a_title, text, [("Spartacist,", "container-title"), ("no. 40", "issue"),
                                                              ("(Summer 1987):", "date"), ("3.", "pages")])[1]


def test_a_headword_after_a_dictionarys_title_is_the_entry_cited():
    from notecite.parse.rules.locators import rule_entry_of_a_reference_work

    for text, word in (("See Roe’s Dictionary, Mielles.", "Mielles"), ("See Roe’s Dictionary “Etrain.”", "“Etrain.”")):
        tokens, tags = _tagged(text, [("Roe’s", "author"), ("Dictionary", "title")])
        assert _locator_text(text, tokens, rule_entry_of_a_reference_work(text, tokens, tags)) == [word.rstrip(".,")], text
    text = "See Roe’s Dictionary, Part of which is lost."  # a sentence runs on: no headword
    tokens, tags = _tagged(text, [("Roe’s", "author"), ("Dictionary", "title")])
    assert rule_entry_of_a_reference_work(text, tokens, tags) == tags


def test_a_year_like_number_after_a_page_word_is_the_page():
    from notecite.parse.rules.locators import rule_bare_number_is_no_date
    from ..conftest import rule_runs

    text = "Annals of Cong., 15 Cong. 2 sess. p. 1430. This insured the trial."
    runs, _ = rule_runs(rule_bare_number_is_no_date, text, [("Annals of Cong.,", "title"),
                                                            ("15 Cong. 2 sess. p.", "pages"), ("1430.", "date")])
    assert runs == [("Annals of Cong.,", "title"), ("15 Cong. 2 sess. p. 1430", "pages")]


def test_a_page_word_ending_a_title_joins_the_locator_after_it():
    from notecite.parse.rules.locators import rule_page_word_ending_a_title_opens_the_pinpoint as rule

    text = "In Lancashire Folk-Lore p. 225, it says"
    runs, _ = rule_runs(rule, text, [("Lancashire Folk-Lore p.", "title"), ("225,", "locator")])
    assert runs == [("Lancashire Folk-Lore", "title"), ("p. 225,", "locator")]


def test_a_bracket_closed_before_a_pinpoint_is_inside_the_clause_that_names_its_work():
    from notecite.parse.rules.locators import rule_pinpoint_names_what_precedes_it as rule

    text = "supplied from the “Second Report of Commissioners (Guernsey)”, p. 303"
    runs, _ = rule_runs(rule, text, [("p. 303", "locator")])
    assert runs == [("“Second Report of Commissioners (Guernsey)”", "title"), ("p. 303", "locator")]
    runs, _ = rule_runs(rule, "(Orat. Parent. c. 53, p. 278.)", [("c. 53, p. 278.", "locator")])
    assert runs[0] == ("Orat. Parent.", "title")  # a bracket open before the pinpoint: the clause opens inside it


def test_a_roman_book_number_ending_a_name_before_a_number_heads_the_pinpoint():
    from notecite.parse.rules.locators import rule_roman_book_before_a_number_joins_the_pinpoint as rule

    runs, _ = rule_runs(rule, "Elien, XII, 23.", [("Elien, XII,", "author"), ("23.", "locator")])
    assert runs == [("Elien,", "author"), ("XII, 23.", "locator")]
    runs, _ = rule_runs(rule, "Punica, I, 225.", [("Punica,", "author"), ("I,", "title"), ("225.", "locator")])
    assert runs == [("Punica,", "author"), ("I, 225.", "locator")]
    _, unchanged = rule_runs(rule, "Pius XII, Encyclical, 23.", [("Pius XII,", "author"), ("Encyclical,", "title"),
                                                                  ("23.", "locator")])
    assert unchanged  # a numeral that is no run's last word


def test_one_word_before_a_numbered_part_is_the_works_title():
    from notecite.parse.rules.locators import rule_one_word_before_a_numbered_part_is_a_title as rule

    runs, _ = rule_runs(rule, "Federalist, No. 15.", [("Federalist,", "author"), ("No. 15.", "issue")])
    assert runs == [("Federalist,", "title"), ("No. 15.", "locator")]
    assert not changed_by(rule, [("John Smith, No. 15.", [("John Smith,", "author"), ("No. 15.", "issue")]),  # a full name
                                 ("Smith, No. 15, 1910.", [("Smith,", "author"), ("No. 15, 1910.", "issue")])])  # more after it


def test_a_numbered_series_after_a_title_opens_the_pinpoint():
    from notecite.parse.rules.locators import rule_numbered_series_after_a_title_opens_the_pinpoint as rule

    text = "See Notes and Queries, IV. Series. Vol. VIII., p. 506."
    runs, _ = rule_runs(rule, text, [("Notes and Queries,", "title"), ("IV.", "volume"), ("Series.", "collection-title"),
                                     ("Vol. VIII.,", "volume"), ("p. 506.", "locator")])
    assert runs == [("Notes and Queries,", "title"), ("IV. Series. Vol. VIII., p. 506", "locator")]
    text = "See Notes and Queries, 2nd Series, Vol. IX., 259."
    runs, _ = rule_runs(rule, text, [("Notes and Queries,", "title"), ("2nd Series,", "collection-title"),
                                     ("Vol. IX., 259.", "volume")])
    assert runs == [("Notes and Queries,", "title"), ("2nd Series, Vol. IX., 259", "locator")]
    # a series that names a book series (no number after it) is left alone
    text = "Harvard Historical Studies, 2nd Series."
    assert rule_runs(rule, text, [("Harvard Historical Studies,", "title"), ("2nd Series.", "collection-title")])[1]


def test_a_roman_numbered_series_is_part_of_the_pinpoint_grammar():
    from notecite.parse.rules.locators import _LOCATOR

    for text in ("IV. Series, III. 216", "VI. Series, IV., 55", "2nd Series, Vol. IX., 259", "Second Ser., I. 196",
                 "New Ser., I. 122", "Fourth Series, IX. 123"):
        assert _LOCATOR.match(text).group(0) == text
    assert _LOCATOR.match("New Netherlands, I. 196") is None  # a word before a title's word


def test_a_series_name_run_holding_the_periodical_gives_its_title_back():
    from notecite.parse.rules.locators import rule_numbered_series_after_a_title_opens_the_pinpoint as rule

    text = "—Notes and Queries, IV. Series, III. 216."
    runs, _ = rule_runs(rule, text, [("Notes and Queries, IV. Series,", "collection-title"), ("III. 216.", "locator")])
    assert runs == [("Notes and Queries", "title"), ("IV. Series, III. 216", "locator")]


def test_a_series_and_a_volume_without_a_page_are_no_pinpoint():
    from notecite.parse.rules.locators import rule_numbered_series_after_a_title_opens_the_pinpoint as rule

    text = "Journal of Mr. Christopher Gist, in Mass. Hist. Coll., 3rd Series, V."
    assert rule_runs(rule, text, [("Journal of Mr. Christopher Gist,", "title"), ("Mass. Hist. Coll.,", "container-title"),
                                  ("3rd Series, V.", "volume")])[1]


def test_a_day_date_after_an_ibid_is_its_pinpoint():
    from notecite.parse.rules.locators import rule_day_date_after_an_ibid_is_its_date as rule

    text = "Doreil au Ministre, 31 Juillet, 1758. Ibid. 12 Août, 1758."
    runs, _ = rule_runs(rule, text, [("Doreil au Ministre,", "title"), ("31 Juillet, 1758.", "date"), ("Ibid.", "ibid")])
    assert runs[-1] == ("12 Août, 1758", "locator")
    assert rule_runs(rule, "Ibid. 12 pages.", [("Ibid.", "ibid")])[1]
    # a month's first letters as French and German print them ("Fév.", "Juil.", "Dez.")
    for day in ("28 Fév. 1754", "3 Juil. 1755", "9 Dez. 1870"):
        runs, _ = rule_runs(rule, f"Ibid., {day}.", [("Ibid.,", "ibid"), (f"{day}.", "date")])
        assert (day, "locator") in runs


def test_a_bracketed_book_and_chapter_in_prose_is_a_pinpoint():
    from notecite.parse.rules.locators import rule_bracketed_book_and_chapter_in_prose_is_a_pinpoint as rule

    text = "Ammianus, xxi. 13. He obtained his pardon, (xxii. 14.)"
    runs, _ = rule_runs(rule, text, [("Ammianus,", "author"), ("xxi. 13.", "locator")])
    assert runs[-1] == ("xxii. 14", "locator")
    assert rule_runs(rule, "He came (in 1812) to Paris.", [])[1]


def test_a_capitalised_see_opening_the_note_leads_in_to_a_classical_author():
    from notecite.parse.rules.locators import rule_classical_author_and_book as rule

    text = "See Ammian. xxii. 6, and Vales, ad locum."
    runs, _ = rule_runs(rule, text, [("Ammian. xxii. 6, and Vales, ad locum.", "note")])
    assert runs[:2] == [("Ammian.", "author"), ("xxii. 6", "locator")]


def test_a_year_alone_after_an_ibid_is_its_pinpoint():
    from notecite.parse.rules.locators import rule_day_date_after_an_ibid_is_its_date as rule

    runs, _ = rule_runs(rule, "Ibid., 1826.", [("Ibid.,", "ibid")])
    assert runs == [("Ibid.,", "ibid"), ("1826", "locator")]
    assert rule_runs(rule, "Ibid., 1826, p. 4.", [("Ibid.,", "ibid"), ("1826,", "date"), ("p. 4.", "locator")])[1]


def test_a_volume_after_the_imprint_with_its_page_right_after_it_stays_a_volume():
    from notecite.parse.rules.locators import rule_pinpoint_after_the_imprint

    text = "House Journal (repr. 1826), 8 Cong. 1 sess. IV 523, 578."
    runs, unchanged = rule_runs(rule_pinpoint_after_the_imprint, text, [
        ("House Journal", "title"), ("1826),", "date"), ("8 Cong. 1 sess. IV", "volume"), ("523, 578.", "locator")])
    assert unchanged and runs[-2:] == [("8 Cong. 1 sess. IV", "volume"), ("523, 578.", "locator")]


def test_locator_grammar_reads_the_last_page_after_etc():
    from notecite.parse.rules.locators import _LOCATOR

    text = "pp. 346–52, 358–75, etc., to 520. See"
    assert _LOCATOR.match(text).group().rstrip() == "pp. 346–52, 358–75, etc., to 520."
    assert _LOCATOR.match("pp. 21, 52, etc., To the Senate").group().rstrip() == "pp. 21, 52, etc.,"


def test_a_short_form_at_a_lower_case_roman_volume_and_its_page_keeps_both():
    from notecite.parse.rules.locators import rule_short_form_on_its_own

    text = "Alaman, Hist. Méj., iii. 343-4; Zamacois, Hist. Méj., ix. 9-10, 110-11."
    runs, _ = rule_runs(rule_short_form_on_its_own, text, [])
    assert runs == [("Alaman,", "author"), ("Hist. Méj.,", "title"), ("iii. 343-4", "locator"), ("Zamacois,", "author"),
                    ("Hist. Méj.,", "title"), ("ix. 9-10, 110-11.", "locator")]
    runs, _ = rule_runs(rule_short_form_on_its_own, "Aristotle, Ethic. Nicom, l. 5., ch. 8.", [])
    assert ("l. 5.", "locator") not in runs  # "l." is a book's abbreviation, no volume


def test_a_part_of_the_book_and_its_page_after_the_imprint_are_the_pinpoint():
    from notecite.parse.rules.locators import rule_part_of_the_book_and_its_page_after_the_imprint as rule
    cases = [
        ("Rudolphi, Gemälde. Heidelberg 1815. Vorrede, S. XLVI.",
         [("Rudolphi,", "author"), ("Gemälde.", "title"), ("Heidelberg", "location"), ("1815.", "date")],
         ["Vorrede, S. XLVI"]),
        ("Smith, History (London, 1900), Preface, p. xii.",
         [("Smith,", "author"), ("History", "title"), ("London,", "location"), ("1900),", "date"), ("Preface,", "title"),
          ("p. xii.", "locator")], ["Preface, p. xii"]),
        ("Smith, Preface, p. 4.", [("Smith,", "author"), ("Preface,", "title"), ("p. 4.", "locator")], ["p. 4"]),  # a title
    ]
    for text, spans, want in cases:
        tokens, tags = _tagged(text, spans)
        assert _locator_text(text, tokens, rule(text, tokens, tags)) == want, text


def test_the_locator_grammar_reads_a_part_of_the_book_before_its_page():
    from notecite.parse import parse_note
    from notecite.parse.rules.locators import _LOCATOR
    assert parse_note("Horst, Dämonomagie, Th. II. Anhang, S. 349 ff.")[0].locator == "Th. II. Anhang, S. 349 ff."
    assert _LOCATOR.match("Vorrede, S. XLVI.").group().rstrip(". ") == "Vorrede, S. XLVI"
    assert _LOCATOR.match("Preface, the author says") is None  # no page after it


def test_a_cut_name_a_cut_title_and_a_classical_pinpoint_are_author_title_and_pinpoint():
    from notecite.parse.rules.locators import rule_cut_name_and_cut_title_before_a_classical_pinpoint as rule
    text = "Ammianus, xx. 5, 8. Liban. Orat. Parent. c. 49, 50, p. 273-275."
    tokens, tags = _tagged(text, [("Ammianus,", "author"), ("xx. 5, 8.", "locator"), ("Liban. Orat. Parent.", "title"),
                                  ("c. 49, 50, p. 273-275.", "locator")])
    assert _runs(text, tokens, rule(text, tokens, tags))[2:] == [("Liban", "author"), ("Orat. Parent", "title"),
                                                                ("c. 49, 50, p. 273-275", "locator")]
    for text, spans in [("Hist. August. p. 58.", [("Hist. August.", "title"), ("p. 58.", "locator")]),  # a title's words
                        ("Smith. History of Rome, p. 4.", [("Smith.", "author"), ("History of Rome,", "title")])]:
        tokens, tags = _tagged(text, spans)
        assert rule(text, tokens, tags) == tags, text


def test_years_of_annals_are_the_pinpoint():
    from notecite.parse.rules.locators import rule_years_of_annals_are_the_pinpoint as rule
    text = "See Baronius, Annal. Eccles. A.D. 428, No. 7, A.D. 439, No. 35."
    tokens, tags = _tagged(text, [("Baronius,", "author"), ("Annal.", "title"), ("Eccles. A.D.", "container-title"),
                                  ("428, No. 7,", "volume")])
    assert _runs(text, tokens, rule(text, tokens, tags)) == \
        [("Baronius", "author"), ("Annal. Eccles", "title"), ("A.D. 428, No. 7, A.D. 439, No. 35", "locator")]
    text = "He was born A.D. 452, and died young."  # a year in prose: no title before it
    tokens, tags = _tagged(text, [])
    assert rule(text, tokens, tags) == tags


def test_locator_grammar_reads_pages_listed_after_full_stops():
    from notecite.parse.rules.locators import rule_locator_grammar as rule
    for text, pinpoint in [("Political anatomy, p. 82. 67.", "p. 82. 67."), ("Political anatomy, p. 42 fg. 91 ff.", "p. 42 fg. 91 ff."),
                           ("Garinet, S. 337. 344.", "S. 337. 344.")]:
        tokens, tags = _tagged(text, [(text.split(", ", 1)[0] + ",", "title"), (pinpoint, "locator")])
        assert _runs(text, tokens, rule(text, tokens, tags))[-1][0] == pinpoint.rstrip("."), text
    text = "Phil. et Mary, c. 5. 1 Elizab."  # a number opening the next cite is no page of the list
    tokens, tags = _tagged(text, [("Phil. et Mary,", "author"), ("c. 5. 1", "locator"), ("Elizab.", "note")])
    assert _runs(text, tokens, rule(text, tokens, tags))[1] == ("c. 5", "locator")


def test_numbered_series_before_a_worded_volume_is_the_collections():
    from notecite.parse.rules.locators import rule_numbered_series_after_a_title_is_its_series as rule
    text = "Notes and Queries, 3d series, vol. I (Harrisburg, 1895), 277."
    tokens, tags = _tagged(text, [("Notes and Queries,", "container-title"), ("3d", "locator"), ("vol. I", "volume"),
                                  ("(Harrisburg,", "location"), ("1895),", "date"), ("277.", "locator")])
    assert _runs(text, tokens, rule(text, tokens, tags))[1] == ("3d series", "collection-title")
    text = "Va. Statutes at Large, New Ser., I. 122."  # a bare volume after the series: the pinpoint's head
    tokens, tags = _tagged(text, [("Va. Statutes at Large,", "title"), ("New Ser., I. 122.", "locator")])
    assert rule(text, tokens, tags) == tags


def test_numbered_series_before_the_imprint_bracket():
    from notecite.parse import parse_note
    from notecite.parse.rules.locators import rule_numbered_series_before_the_imprint_bracket as rule
    text = "Jihadist Terrorist Use, Marshall Center Occasional Paper Series, no. 20 (Garmisch: Marshall Center, 2008), 12."
    tokens, tags = _tagged(text, [("Jihadist Terrorist Use,", "title"), ("Marshall Center Occasional Paper Series,", "publisher"),
                                  ("no. 20", "issue"), ("(Garmisch:", "location"), ("Marshall Center,", "publisher"),
                                  ("2008),", "date"), ("12.", "locator")])
    assert _runs(text, tokens, rule(text, tokens, tags))[1] == ("Marshall Center Occasional Paper Series, no. 20",
                                                                 "collection-title")
    text = "Oxford: Clarendon Press, no. 20 (1901), 12."  # no publisher in the bracket: left alone
    tokens, tags = _tagged(text, [("Oxford:", "location"), ("Clarendon Press,", "publisher"), ("no. 20", "issue"),
                                  ("(1901),", "date"), ("12.", "locator")])
    assert rule(text, tokens, tags) == tags
    cites = parse_note("Carsten Bockstette, Jihadist Terrorist Use of Strategic Communication Management Techniques, "
                       "Marshall Center Occasional Paper Series, no. 20 (Garmisch-Partenkirchen, Germany: George C. "
                       "Marshall European Center for Security Studies, 2008), 12.")
    assert len(cites) == 1 and cites[0].locator == "12" and ("date", "2008") in cites[0].fields


def test_a_pinpoint_after_an_authors_comma_and_year_is_the_author_date_cites_pinpoint():
    from notecite.parse.rules.locators import rule_pinpoint_after_an_authors_comma_and_year as rule

    runs, _ = rule_runs(rule, "Harman, 1999, pp. 45-47.", [("Harman,", "author"), ("1999,", "date"), ("pp. 45-47.", "pages")])
    assert runs == [("Harman,", "author"), ("1999,", "date"), ("pp. 45-47.", "locator")]
    runs, _ = rule_runs(rule, "See Callinicos, 2009, chapter 3; and Harman, 1999, p102.",
                        [("Callinicos,", "author"), ("2009,", "date"), ("Harman,", "author"), ("1999,", "date"), ("p102.", "pages")])
    assert runs == [("Callinicos,", "author"), ("2009,", "date"), ("chapter 3", "locator"), ("Harman,", "author"),
                    ("1999,", "date"), ("p102.", "locator")]
    # a title after the year: not an author-date cite
    assert rule_runs(rule, "Harman, 1999, Explaining the Crisis.", [("Harman,", "author"), ("1999,", "date"),
                                                                    ("Explaining the Crisis.", "title")])[1]


def test_an_acronym_volume_and_page_is_a_short_form_of_a_collection():
    from notecite.parse.rules.locators import rule_acronym_volume_and_page_is_a_short_form as rule

    runs, _ = rule_runs(rule, "See LCW 38: 45-47; MECW 40: 301.", [("LCW 38:", "author"), ("45-47;", "pages"),
                                                                  ("MECW 40:", "author"), ("301.", "locator")])
    assert runs == [("LCW", "title"), ("38: 45-47", "locator"), ("MECW", "title"), ("40: 301.", "locator")]
    assert rule_runs(rule, "USSR 1917, 45.", [("USSR 1917,", "title"), ("45.", "locator")])[1]  # a year, no volume


def test_a_chapter_after_an_imprint_without_brackets_is_the_pinpoint():
    from notecite.parse.rules.locators import rule_pinpoint_after_the_imprint

    pairs = [("Ann Roe,", "author"), ("Docks and Quays,", "title"), ("Dock Press,", "publisher"), ("Leeds,", "location"),
             ("1977,", "date")]
    runs, _ = rule_runs(rule_pinpoint_after_the_imprint, "Ann Roe, Docks and Quays, Dock Press, Leeds, 1977, Chapter 2.", pairs)
    assert runs[-1] == ("Chapter 2", "locator")
    # a bare number there may be anything (a count of volumes): left as read
    runs, unchanged = rule_runs(rule_pinpoint_after_the_imprint, "Ann Roe, Docks and Quays, Dock Press, Leeds, 1977, 2 vols.", pairs)
    assert unchanged


def test_a_day_range_before_a_dated_month_is_the_date():
    from notecite.parse.rules.locators import rule_day_range_before_a_dated_month_is_the_date as rule

    text = "“Dock Sale,” Roe’s, Leeds, 26–27 May 2010, https://a.org/5."
    pairs = [("“Dock Sale,”", "title"), ("Roe’s, Leeds,", "container-title"), ("26–27", "pages"), ("May 2010,", "date"),
             ("https://a.org/5.", "url")]
    runs, _ = rule_runs(rule, text, pairs)
    assert runs[2] == ("26–27 May 2010,", "date")
    pairs[2] = ("26–27", "locator")
    assert rule_runs(rule, text, pairs)[0][2] == ("26–27 May 2010,", "date")
    # pages before a month of no year, no day range (a second number not after the first), or no comma before it
    for text, pages, date in (("Roe, Docks, 26–27 May.", "26–27", "May."), ("Roe, Docks, 27–26 May 2010.", "27–26", "May 2010."),
                              ("Roe, Docks 26–27 May 2010.", "26–27", "May 2010.")):
        pairs = [("Roe,", "author"), ("Docks" + ("," if ", 2" in text else ""), "title"), (pages, "pages"), (date, "date")]
        assert rule_runs(rule, text, pairs)[1], text


def test_a_month_and_day_ending_another_run_before_a_year_are_the_date():
    from notecite.parse.rules.locators import rule_months_before_a_year_are_the_date as rule

    text = "Dock Debates, 38th Session, April 29, 1864, p. 196."
    pairs = [("Dock Debates,", "title"), ("38th Session, April 29,", "note"), ("1864,", "date"), ("p. 196.", "locator")]
    runs, _ = rule_runs(rule, text, pairs)
    assert runs[1:3] == [("38th Session,", "note"), ("April 29, 1864,", "date")]
    # a month without its day is another field's
    pairs[1] = ("38th Session, April,", "note")
    assert rule_runs(rule, "Dock Debates, 38th Session, April, 1864, p. 196.", pairs)[1]
    # a publisher's, in an imprint's bracket
    text = "Ann Roe, “Oral History Interview” (Dock Project, Digital Repository, November 14, 2009), http://a.org/10."
    pairs = [("Ann Roe,", "author"), ("“Oral History Interview”", "title"), ("(Dock Project, Digital Repository, November 14,", "publisher"),
             ("2009),", "date"), ("http://a.org/10.", "url")]
    runs, _ = rule_runs(rule, text, pairs)
    assert runs[2:4] == [("(Dock Project, Digital Repository,", "publisher"), ("November 14, 2009),", "date")]
    # an abbreviated month, its stop a token of its own
    pairs = [("Dock Debates,", "title"), ("38th Session, Nov. 29,", "note"), ("1864,", "date"), ("p. 196.", "locator")]
    runs, _ = rule_runs(rule, "Dock Debates, 38th Session, Nov. 29, 1864, p. 196.", pairs)
    assert runs[1:3] == [("38th Session,", "note"), ("Nov. 29, 1864,", "date")]


def test_a_numbered_document_and_its_pages_opening_a_cite_are_its_short_form():
    from notecite.parse.rules.locators import rule_numbered_document_and_its_pages as rule

    runs, _ = rule_runs(rule, "Doc. No. 58:10.", [("Doc. No. 58:10.", "note")])
    assert runs[0] == ("Doc. No. 58", "title") and runs[1][0].startswith("10") and runs[1][1] == "locator"
    text = "The whites were to blame.--Doc. No. 90:76."
    runs, _ = rule_runs(rule, text, [("Doc. No. 90:76.", "note")])
    assert runs[0] == ("Doc. No. 90", "title")
    # inside a sentence: prose
    text = "He cited the Doc. No. 90 often."
    assert rule_runs(rule, text, [])[1]


def test_et_seqq_closes_a_pinpoint():
    from notecite.normalize.pages import parse_locator
    from notecite.parse.rules.locators import _LOCATOR

    for text in ("i. 322 et seqq.", "viii., ix., et seqq.", "i. xxxviii.-xlvii."):  # and a Roman range's stop
        assert _LOCATOR.match(text).end() == len(text), text
    assert parse_locator("i. 322 et seqq.")["value"].endswith("seqq.")


def test_a_count_of_volumes_is_no_pinpoint():
    from notecite.parse.rules.locators import rule_count_of_volumes_is_no_pinpoint as rule

    text = "Roe (Histoire des docks, Paris, 1826, 16 vols.), passim."
    runs, _ = rule_runs(rule, text, [("Roe", "author"), ("Histoire des docks,", "title"), ("Paris,", "location"),
                                     ("1826,", "date"), ("16", "locator")])
    assert runs[-1] == ("16 vols.", "volume")
    # a page before other words: left as read
    text = "Roe, Histoire des docks, 16 and passim."
    assert rule_runs(rule, text, [("Roe,", "author"), ("Histoire des docks,", "title"), ("16", "locator")])[1]


def test_documents_printed_in_a_book_cited_short_are_a_cite_of_that_book():
    from notecite.parse.rules.locators import rule_documents_printed_in_a_short_form as rule

    runs, _ = rule_runs(rule, "Doc., in Roe, Mem., 26.", [("Doc., in Roe, Mem., 26.", "note")])
    assert runs == [("Roe,", "author"), ("Mem.,", "title"), ("26.", "locator")]
    text = "He could not explain it. Docs., in Roe, Mem., 45-6."
    runs, _ = rule_runs(rule, text, [("Docs.", "author"), ("in Roe, Mem.", "title"), ("45-6.", "locator")])
    assert runs == [("Roe,", "author"), ("Mem.,", "title"), ("45-6.", "locator")]
    # no pinpoint after the title: left as read
    assert rule_runs(rule, "Doc., in Roe, Mem.", [("Doc., in Roe, Mem.", "note")])[1]


def test_a_manuscript_mark_before_the_pages_is_a_note_and_the_pages_the_pinpoint():
    from notecite.parse.rules.locators import rule_manuscript_mark_before_a_pinpoint as rule

    text = "See Roe, Apuntes, MS., 6-9; Poe, Efem., 19."
    runs, _ = rule_runs(rule, text, [("Roe,", "author"), ("Apuntes,", "title"), ("MS., 6-9; Poe, Efem., 19.", "note")])
    assert runs[:4] == [("Roe,", "author"), ("Apuntes,", "title"), ("MS.,", "note"), ("6-9", "locator")]
    text = "The whole was a wanton proceeding. Roe, Apuntes, MS., 6-9."
    runs, _ = rule_runs(rule, text, [("Roe, Apuntes, MS., 6-9.", "note")])
    assert runs == [("Roe,", "author"), ("Apuntes,", "title"), ("MS.,", "note"), ("6-9.", "locator")]


def test_pages_after_a_day_dates_year_are_the_pinpoint():
    from notecite.parse.rules.locators import rule_page_after_a_day_date_is_the_pinpoint as rule

    text = '"Moscow Trials Continue," Daily Worker, 25 January 1937, 1, 4.'
    tokens, tags = tagged(text, [('"Moscow Trials Continue,"', "title"), ("Daily Worker,", "container-title"),
                                 ("25 January 1937, 1, 4.", "date")])
    assert run_texts(text, tokens, rule(text, tokens, tags))[-2:] == [("25 January 1937,", "date"), ("1, 4.", "locator")]


def test_worded_pinpoint_ends_a_name_run():
    from notecite.parse.rules.locators import rule_worded_pinpoint_ends_a_name_run as rule
    text = "Ross, Social Psychology, Ch. IX, X, XI."
    tokens, tags = _tagged(text, [(text, "author")])
    assert _runs(text, tokens, rule(text, tokens, tags)) == [("Ross, Social Psychology", "author"), ("Ch. IX, X, XI", "locator")]
    text = "Boisguillebert, l. c."  # loco citato alone: no book and chapter
    tokens, tags = _tagged(text, [(text, "author")])
    assert rule(text, tokens, tags) == tags


def test_same_worded_pinpoint_after_a_semicolon_joins_it():
    from notecite.parse.rules.locators import rule_same_worded_pinpoint_after_a_semicolon_joins_it as rule
    text = "Idem, parte I, carta CXVII; parte II, cartas CLVI, CLXI."
    tokens, tags = _tagged(text, [("Idem,", "ibid"), ("parte I, carta CXVII;", "locator")])
    assert _runs(text, tokens, rule(text, tokens, tags))[1] == ("parte I, carta CXVII; parte II, cartas CLVI, CLXI", "locator")
    text = "Idem, parte I, carta CXVII; parte II, says Ochoa, is lost."  # the second part does not end the note
    tokens, tags = _tagged(text, [("Idem,", "ibid"), ("parte I, carta CXVII;", "locator")])
    assert rule(text, tokens, tags) == tags


def test_a_german_part_and_its_number_open_the_pinpoint():
    from notecite.parse.rules.locators import rule_part_and_its_number_open_the_pinpoint as rule

    text = "W. Scott, Br. üb. Däm. Th. II. S. 158 ff."
    runs, _ = rule_runs(rule, text, [("W. Scott,", "author"), ("Br. üb. Däm. Th.", "title"), ("II.", "volume"),
                                     ("S. 158 ff.", "locator")])
    assert runs[-1] == ("Th. II. S. 158 ff.", "locator")
    text = "Leibnitz Theodicee I. Th. §. 96 u. 97."
    runs, _ = rule_runs(rule, text, [("Leibnitz Theodicee I.", "title"), ("Th.", "volume"), ("§. 96 u. 97.", "locator")])
    assert runs == [("Leibnitz Theodicee", "title"), ("I. Th. §. 96 u. 97.", "locator")]
    # an initial B. before a name is no part's word; nor is a part's word without its number
    assert rule_runs(rule, "Smith, Hist. B. Jones S. 4.", [("Smith,", "author"), ("Hist. B. Jones", "title"), ("S. 4.", "locator")])[1]
    assert rule_runs(rule, "Smith, Hist. Th. S. 4.", [("Smith,", "author"), ("Hist. Th.", "title"), ("S. 4.", "locator")])[1]


def test_locator_grammar_reads_spanish_numbers_and_sections():
    from notecite.parse.rules.locators import _LOCATOR

    for text in ("pág. 31, núm. 89", "sección V, pág. 109", "tomo II, sección V, pág. 109"):
        assert _LOCATOR.match(text).group(0).rstrip() == text, text


def test_a_series_and_its_number_before_the_imprint_bracket_is_the_books_series():
    from notecite.parse.rules.locators import rule_series_and_number_before_the_imprint_bracket as rule

    text = ("Edward M. Riley, Independence National Historical Park, Philadelphia, Pa., National Park Service Historical "
            "Handbook Series No. 17 (Washington, 1954), pp. 4-5.")
    runs, _ = rule_runs(rule, text, [("Edward M. Riley,", "author"), ("Independence National Historical Park,", "title"),
                                     ("Philadelphia, Pa.,", "location"),
                                     ("National Park Service Historical Handbook Series No. 17", "title"),
                                     ("(Washington,", "location"), ("1954),", "date"), ("pp. 4-5.", "locator")])
    assert runs[1:3] == [("Independence National Historical Park, Philadelphia, Pa.,", "title"),
                         ("National Park Service Historical Handbook Series No. 17", "collection-title")]
    # no title of the cite before it: a work of its own
    text = "Occasional Paper Series No. 4 (Washington, 1954)."
    assert rule_runs(rule, text, [("Occasional Paper Series No. 4", "title"), ("(Washington,", "location"),
                                  ("1954).", "date")])[1]


def test_congressional_pinpoints_of_two_sessions_and_page_lists_the_tagger_broke():
    from notecite.parse.rules.locators import _LOCATOR, rule_pinpoint_list_is_one_locator
    for text in ["9 Cong. 1-2 sess. V. 470, 482, 488", "II Cong. 1-2 sess. VII. 100, 102, 124, etc."]:
        assert _LOCATOR.match(text).group() == text, text
    text = "Annals, 9 Cong. 2 sess. pp. 114, 151, 167-8, 173-4, 180."
    tokens = tokenize(text)
    cut = [t.text for t in tokens].index("-")  # the tagger read "-8, 173-4, 180" as a volume
    tags = ["B-title", "prose"] + ["B-volume"] + ["I-volume"] * 5 + ["B-locator"] + ["I-locator"] * (cut - 9) \
        + ["B-volume"] + ["I-volume"] * (len(tokens) - cut - 2) + ["prose"]
    assert _locator_text(text, tokens, rule_pinpoint_list_is_one_locator(text, tokens, tags)) == ["pp. 114, 151, 167-8, 173-4, 180"]


def test_a_part_of_the_book_read_as_a_title_before_its_page_heads_the_pinpoint():
    from notecite.parse.rules.locators import _LOCATOR, rule_part_of_the_book_read_as_a_title_opens_the_pinpoint
    assert _LOCATOR.match("Beil. S. 99-101.").group() == "Beil. S. 99-101."
    text = "Scheltema, Beil. S. 99-101."
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-title", "I-title", "B-locator"] + ["I-locator"] * 5
    assert _locator_text(text, tokens, rule_part_of_the_book_read_as_a_title_opens_the_pinpoint(text, tokens, tags)) == ["Beil. S. 99-101"]
    # a title that is no part of the book stays
    text = "Scheltema, Beilen. S. 99-101."
    assert rule_part_of_the_book_read_as_a_title_opens_the_pinpoint(text, tokenize(text), tags) == tags




def test_a_pages_run_ends_where_a_sentence_begins_after_its_stop():
    from notecite.parse.rules.locators import rule_locator_grammar
    text = "Roe, “A Title,” Review 3 (1975): 602. Emphases in original."
    tokens, tags = tagged(text, [("Roe,", "author"), ("“A Title,”", "title"), ("Review", "container-title"), ("3", "volume"),
                                 ("(1975):", "date"), ("602. Emphases", "pages"), ("in original.", "note")])
    out = rule_locator_grammar(text, tokens, tags)
    words = [t.text for t in tokens]
    assert out[words.index("602")] == "B-pages" and out[words.index("Emphases")] == "prose"
    # a section's one-word title between pages stays in the run ("С. 8–27. II. Управление. С. 74–94.")
    text = "Roe, “A Title,” Review 3 (1975): 8–27. Part. Control. 74–94."
    tokens, tags = tagged(text, [("Roe,", "author"), ("“A Title,”", "title"), ("Review", "container-title"), ("3", "volume"),
                                 ("(1975):", "date"), ("8–27. Part. Control. 74–94.", "pages")])
    assert rule_locator_grammar(text, tokens, tags)[-2] == "I-pages"


def test_a_roman_volume_and_page_after_a_quoted_title_are_the_pinpoint():
    from notecite.parse.rules.locators import rule_roman_volume_and_page_after_a_quoted_title_are_the_pinpoint as rule

    text = 'Hippeau, "Le Gouvernement," IV. 62, 199.'
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    roman = words.index("IV")
    tags = ["B-author", "I-author"] + ["B-title"] + ["I-title"] * (roman - 3) + ["B-container-title", "I-container-title",
                                                                               "B-date", "B-locator", "I-locator", "I-locator"]
    assert len(tags) == len(tokens)
    assert run_texts(text, tokens, rule(text, tokens, tags))[-1] == ("IV. 62, 199.", "locator")
    # a capital after the numeral (an initial) or no quoted title before it: nothing to read
    for text in ('Hippeau, "Le Gouvernement," I. Smith, 62.', "Hippeau, Le Gouvernement, IV. 62."):
        tokens = tokenize(text)
        tags = ["B-author", "I-author", "B-title"] + ["I-title"] * (len(tokens) - 3)
        assert rule(text, tokens, tags) == tags


def test_page_numbers_read_as_an_isbn_are_the_pinpoint():
    from notecite.parse.rules.locators import rule_page_numbers_read_as_an_isbn_are_the_pinpoint as rule

    text = '"Life of Silas Wright," 179-226;'
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * 6 + ["B-isbn", "I-isbn", "I-isbn", "I-isbn"]
    assert len(tags) == len(tokens)
    assert run_texts(text, tokens, rule(text, tokens, tags))[-1] == ("179-226;", "locator")
    text = "Big Book, ISBN 0-86316-119-1."  # an ISBN
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "I-title"] + ["B-isbn"] + ["I-isbn"] * (len(tokens) - 4)
    assert rule(text, tokens, tags) == tags


def test_a_volume_and_page_after_an_author_and_title_are_the_pinpoint():
    from notecite.parse.rules.locators import rule_volume_and_page_after_an_author_and_title_are_the_pinpoint as rule

    text = "Roger-Milès, Atelier Rosa Bonheur 2:177–78."
    tokens = tokenize(text)
    two = [t.text for t in tokens].index("2")
    tags = ["B-author"] + ["I-author"] * (two - 1) + ["B-volume", "I-volume", "B-pages", "I-pages", "I-pages", "I-pages"]
    assert len(tags) == len(tokens)
    assert run_texts(text, tokens, rule(text, tokens, tags)) == [
        ("Roger-Milès,", "author"), ("Atelier Rosa Bonheur", "title"), ("2:177–78.", "locator")]
    # an inverted name (given names only after the comma) names no title
    text = "Bonheur, Rosa Marie 2:177."
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * 3 + ["B-volume", "I-volume", "B-pages", "I-pages"]
    assert len(tags) == len(tokens) and rule(text, tokens, tags) == tags


def test_circa_before_a_year_joins_its_date():
    from notecite.parse.rules.locators import rule_circa_before_a_year_joins_its_date as rule

    text = "(Saint-Cloud: Belin, ca. 1900)"
    tokens = tokenize(text)
    tags = ["B-location"] + ["I-location"] * 8 + ["B-date", "I-date"]
    assert len(tags) == len(tokens)
    assert run_texts(text, tokens, rule(text, tokens, tags))[-1] == ("ca. 1900)", "date")
    text = "Foreign Relations (P.C. 1919)/13"  # an initial, not "about"
    tokens = tokenize(text)
    year = [t.text for t in tokens].index("1919")
    tags = ["B-title"] + ["I-title"] * (year - 1) + ["B-date"] + ["I-date"] * (len(tokens) - year - 1)
    assert rule(text, tokens, tags) == tags


def test_a_name_and_a_roman_volume_and_page_at_a_clauses_start_are_a_short_form():
    from notecite.parse.rules.locators import rule_name_and_roman_volume_page_are_a_short_form as rule

    text = "In 1760.--Arthur Young, I. 308 (the domain)"
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    arthur = words.index("Arthur")
    tags = ["prose"] * arthur + ["B-author"] + ["I-author"] * 5 + ["prose"] * (len(tokens) - arthur - 6)
    assert len(tags) == len(tokens)
    runs = run_texts(text, tokens, rule(text, tokens, tags))
    assert ("Arthur Young,", "author") in runs and ("I. 308", "locator") in runs
    text = "Young, I. Smith"  # an initial, no page after it
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * (len(tokens) - 1)
    assert rule(text, tokens, tags) == tags


def test_a_collection_named_by_words_cut_short_with_a_roman_volume_and_numbers_is_a_short_form():
    from notecite.parse.rules.locators import rule_abbreviated_collection_volume_and_number_is_a_short_form as rule

    assert rule_runs(rule, "Hans. U. B. I n. 13, 14.", [])[0] == [("Hans. U. B.", "title"), ("I n. 13, 14", "locator")]
    assert rule_runs(rule, "Reg. Imp. VI n. 95, 104, 107-109, Mon. Germ. SS. II n. 477.", [])[0] == [
        ("Reg. Imp.", "title"), ("VI n. 95, 104, 107-109", "locator"), ("Mon. Germ. SS.", "title"), ("II n. 477", "locator")]
    assert rule_runs(rule, "Vgl. Mon. Germ. Hist. Bd. IV S. 12 ff.", [])[0] == [
        ("Mon. Germ. Hist.", "title"), ("Bd. IV S. 12 ff.", "locator")]


def test_initials_or_a_name_cut_short_inside_a_sentence_are_no_collection():
    from notecite.parse.rules.locators import rule_abbreviated_collection_volume_and_number_is_a_short_form as rule

    assert rule_runs(rule, "J. S. II p. 4.", [])[1]  # initials alone
    assert rule_runs(rule, "Mill wrote to Mr. Th. II p. 4 of it.", [])[1]  # not where a cite opens
    assert rule_runs(rule, "See MECW. Vol. III p. 4.", [])[1]  # one word cut short


def test_a_name_in_prose_before_a_bracket_of_title_and_book_or_section_is_a_cite():
    from notecite.parse.rules.locators import rule_name_and_bracketed_title as rule

    text = "Trois textes de Plutarque (Numa, 16), de Tacite (Annales, II, 14) et de Strabon (V, 3)."
    assert rule_runs(rule, text, [])[0] == [
        ("Plutarque", "author"), ("Numa", "title"), ("16", "locator"), ("Tacite", "author"), ("Annales", "title"),
        ("II, 14", "locator"), ("Strabon", "author"), ("V, 3", "locator")]
    # a particle after a rank is the name's; a year closing the bracket is an imprint's
    assert rule_runs(rule, "So the count de Buat (Histoire, 12) says.", [])[0][0] == ("de Buat", "author")
    assert rule_runs(rule, "Victor Serge, Memoirs (London, 1963), 67.", [])[1]


def test_locator_grammar_reads_a_page_range_and_the_pinpoint_after_at_or_hier():
    from notecite.parse.rules.locators import rule_locator_grammar as rule

    for text, want in [
        ("S. 5–20, hier S. 7.", [("S. 5–20, hier", "pages"), ("S. 7.", "locator")]),
        ("pp. 45-67, at p. 50", [("pp. 45-67, at", "pages"), ("p. 50", "locator")]),
        ("pp. 45-67 here 50-51 and more", [("pp. 45-67 here", "pages"), ("50-51", "locator")]),
    ]:
        assert rule_runs(rule, text, [(text, "locator")])[0] == want, text
    # no pinpoint after the word: the range is the locator and the rest prose
    assert rule_runs(rule, "pp. 45-67, at least", [("pp. 45-67, at least", "locator")])[0] == [("pp. 45-67,", "locator")]


def test_periodicals_day_written_without_a_comma_is_the_date():
    from notecite.parse.rules.locators import rule_periodicals_day_written_without_a_comma_is_the_date as rule

    assert rule_runs(rule, "Derby Mercury December 6th 1932", [("Derby Mercury December 6th", "container-title"),
                                                               ("1932", "date")])[0] == [
        ("Derby Mercury", "container-title"), ("December 6th 1932", "date")]
    assert rule_runs(rule, "Morning Star 12 March 1984", [("Morning Star 12", "title"), ("March 1984", "date")])[0] == [
        ("Morning Star", "title"), ("12 March 1984", "date")]
    assert rule_runs(rule, "Labour Monthly March 1926", [("Labour Monthly March", "container-title"), ("1926", "date")])[0] == [
        ("Labour Monthly", "container-title"), ("March 1926", "date")]
    assert not changed_by(rule, [
        ("Ann Lee, Red Star October 1917.", [("Ann Lee,", "author"), ("Red Star October", "title"), ("1917.", "date")]),  # a title's month
        ("Leith Echo, May 1917.", [("Leith Echo, May", "container-title"), ("1917.", "date")]),  # a comma: not this rule's
        ("Leith Echo 12 1917.", [("Leith Echo 12", "container-title"), ("1917.", "date")]),  # no month
    ])


def test_words_quoted_in_lower_case_before_a_bracketed_page_name_no_work():
    from notecite.parse.rules.locators import rule_pinpoint_names_what_precedes_it as rule

    text = 'His book speaks of "the rural proletariat" (122).'
    runs, _ = rule_runs(rule, text, [("122)", "locator")])
    assert runs == [("122)", "locator")]
    titled = '"The Old Guard" (124).'
    assert rule_runs(rule, titled, [("124)", "locator")])[0][0][0] == '"The Old Guard"'  # a quoted title names its work


def test_a_page_read_as_a_date_is_the_pinpoint():
    from notecite.parse.rules.locators import rule_page_read_as_a_date_is_the_pinpoint as rule

    text = "Lowe, Old Ways, London: Dunn, p.53: https://example.org/a"
    runs, _ = rule_runs(rule, text, [("Lowe,", "author"), ("Old Ways,", "title"), ("London:", "location"), ("Dunn,", "publisher"),
                                     ("p.53:", "date"), ("https://example.org/a", "url")])
    assert ("p.53:", "locator") in runs
    assert rule_runs(rule, "Lowe, Old Ways, May 1953.", [("Lowe,", "author"), ("Old Ways,", "title"), ("May 1953.", "date")])[1]
