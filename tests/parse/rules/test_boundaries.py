"""Tag rules of notecite.parse.rules.boundaries and the cites they give (no model involved)."""
from notecite.parse.labels import token_tags
from notecite.parse.rules.boundaries import (rule_citing_phrase_opens_a_new_cite, rule_imprint_read_before_its_bracket,
                                            rule_archive_after_a_dated_item_stays_in_its_cite,
                                            rule_publisher_and_year_in_a_bracket, rule_semicolon_ends_a_name_run)
from notecite.parse.tokenize import tokenize

from ..conftest import changed_by, assemble_spans, rule_runs, run_texts, tagged
from ..conftest import spans_of as _spans


def _cites(text, pairs):
    return assemble_spans(text, _spans(text, pairs))


def test_reprinted_in_opens_a_second_cite_whose_title_runs_to_the_imprint():
    text = ('Antonio Gramsci, "Socialism and Culture," Il Grido del Popolo, 29 January 1916, reprinted in Selections from '
            'Political Writings, 1910-1920 (London: Lawrence and Wishart, 1977), 10-13.')
    pairs = [("Antonio Gramsci,", "author"), ('"Socialism and Culture,"', "title"), ("Il Grido del Popolo,", "container-title"),
             ("29 January 1916,", "date"), ("reprinted in Selections", "note"), ("(London:", "location"),
             ("Lawrence and Wishart,", "publisher"), ("1977),", "date"), ("10-13.", "pages")]
    first, second = _cites(text, pairs)
    assert first.get("container-title") == "Il Grido del Popolo" and first.suffix == "reprinted in"
    assert second.get("title") == "Selections from Political Writings, 1910-1920" and second.locator == "10-13"
    # a periodical after the phrase (a volume follows, no imprint) stays a container
    text = 'Karl Korsch, "Why I Am a Marxist," Modern Quarterly 9 (1935), repr. in New Left Review 12 (1962): 3-10.'
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Karl Korsch,", "author"), ('"Why I Am a Marxist,"', "title"),
                                             ("Modern Quarterly", "container-title"), ("9", "volume"), ("(1935),", "date"),
                                             ("repr. in New Left Review", "container-title"), ("12", "volume")]))
    out = rule_citing_phrase_opens_a_new_cite(text, tokens, tags)
    words = [t.text for t in tokens]
    at = words.index("repr")
    assert out[at:at + 4] == ["prose", "prose", "prose", "B-container-title"]


def test_a_family_name_and_comma_after_reprinted_in_are_the_second_works_author():
    text = 'Ann Roe, "Docks," in Harbours, ed. Sam Poe (Leeds: Hall, 1950), 35-77, reprinted in Roe, Old Quays (Hull: Fox, 1954), 97.'
    pairs = [("Ann Roe,", "author"), ('"Docks,"', "title"), ("in Harbours,", "container-title"), ("ed. Sam Poe", "editor"),
             ("(Leeds:", "location"), ("Hall,", "publisher"), ("1950),", "date"), ("35-77,", "pages"),
             ("reprinted in Roe, Old Quays", "note"), ("(Hull:", "location"), ("Fox,", "publisher"), ("1954),", "date"),
             ("97.", "locator")]
    first, second = _cites(text, pairs)
    assert second.get("author") == "Roe" and second.get("title") == "Old Quays" and second.locator == "97"
    # a place before the comma stays in the title
    text = 'Ann Roe, "Docks," Harbour Review 3 (1950): 5, reprinted in Paris, City of Docks (Hull: Fox, 1954), 97.'
    pairs = [("Ann Roe,", "author"), ('"Docks,"', "title"), ("Harbour Review", "container-title"), ("3", "volume"),
             ("(1950):", "date"), ("5,", "locator"), ("reprinted in Paris, City of Docks", "note"), ("(Hull:", "location"),
             ("Fox,", "publisher"), ("1954),", "date"), ("97.", "locator")]
    first, second = _cites(text, pairs)
    assert second.get("title") == "Paris, City of Docks" and second.get("author") is None
    # a person's full name before the comma is the author too
    text = 'Ann Roe, "Docks," Harbour Review 3 (1950): 5. Reprinted in Ann Roe, Old Quays (Hull: Fox, 1954), 97.'
    pairs = [("Ann Roe,", "author"), ('"Docks,"', "title"), ("Harbour Review", "container-title"), ("3", "volume"),
             ("(1950):", "date"), ("5.", "locator"), ("Reprinted in Ann Roe, Old Quays", "note"), ("(Hull:", "location"),
             ("Fox,", "publisher"), ("1954),", "date"), ("97.", "locator")]
    first, second = _cites(text, pairs)
    assert second.get("author") == "Ann Roe" and second.get("title") == "Old Quays" and second.locator == "97"
    # two capitalised words that are no person's name stay in the title
    text = 'Ann Roe, "Docks," Harbour Review 3 (1950): 5. Reprinted in Northern Quays, Old and New (Hull: Fox, 1954), 97.'
    pairs = [("Ann Roe,", "author"), ('"Docks,"', "title"), ("Harbour Review", "container-title"), ("3", "volume"),
             ("(1950):", "date"), ("5.", "locator"), ("Reprinted in Northern Quays, Old and New", "note"), ("(Hull:", "location"),
             ("Fox,", "publisher"), ("1954),", "date"), ("97.", "locator")]
    first, second = _cites(text, pairs)
    assert second.get("title") == "Northern Quays, Old and New" and second.get("author") is None


def test_reprinted_in_a_book_and_its_editor_before_the_imprint_is_the_second_works_title():
    text = 'Ann Roe, "Docks," Harbour Review 3 (1950): 5-9; reprinted in Old Quays, ed. Sam Poe (Hull: Fox, 1954), 97.'
    pairs = [("Ann Roe,", "author"), ('"Docks,"', "title"), ("Harbour Review", "container-title"), ("3", "volume"),
             ("(1950):", "date"), ("5-9;", "locator"), ("reprinted in Old Quays,", "container-title"), ("ed. Sam Poe", "editor"),
             ("(Hull:", "location"), ("Fox,", "publisher"), ("1954),", "date"), ("97.", "pages")]
    first, second = _cites(text, pairs)
    assert second.get("title") == "Old Quays" and second.get("container-title") is None and second.get("editor") == "ed. Sam Poe"


def test_a_year_after_a_quoted_title_and_before_reprinted_in_is_its_date():
    text = 'Rosa Luxemburg, "The Mass Strike," 1906, reprinted in her Selected Political Writings (New York: MR, 1971), 223.'
    tokens, tags = tagged(text, [("Rosa Luxemburg,", "author"), ('"The Mass Strike,"', "title"),
                                 ("Selected Political Writings", "container-title"), ("(New York:", "location"),
                                 ("MR,", "publisher"), ("1971),", "date"), ("223.", "locator")])
    runs = run_texts(text, tokens, rule_citing_phrase_opens_a_new_cite(text, tokens, tags))
    assert ("1906", "date") in runs


def test_quoted_in_before_a_name_leaves_the_name():
    text = "Trotsky to Shachtman, 6 November 1937, quoted in Isaac Deutscher, The Prophet Outcast"
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("quoted in Isaac Deutscher,", "author"), ("The Prophet Outcast", "title")]))
    out = rule_citing_phrase_opens_a_new_cite(text, tokens, tags)
    at = [t.text for t in tokens].index("quoted")
    assert out[at:at + 4] == ["prose", "prose", "B-author", "I-author"]


def test_a_name_and_title_read_as_an_imprint_after_a_semicolon_open_the_next_cite():
    text = "Hale, Docks, 12; Mara J. Quill, Ports and Their Trade (Leith: Dock Press, 1930), 4."
    spans = [("Hale,", "author"), ("Docks,", "title"), ("12;", "locator"),
             ("Mara J. Quill, Ports and Their Trade", "publisher"), ("(Leith:", "location"),
             ("Dock Press,", "publisher"), ("1930),", "date"), ("4.", "locator")]
    first, second = _cites(text, spans)
    assert first.get("title") == "Docks"
    assert second.get("author") == "Mara J. Quill" and second.get("title") == "Ports and Their Trade"
    # a place and publisher before a bracket that holds no place: left alone
    text = "Hale, Docks, 12; London, Dock Press (1930)."
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Hale,", "author"), ("Docks,", "title"), ("12;", "locator"),
                                            ("London, Dock Press", "publisher"), ("(1930).", "date")]))
    assert rule_imprint_read_before_its_bracket(text, tokens, tags) == tags
    # the rule alone: the run after the ";" becomes the name up to its first comma and the title after it
    text = "Hale, Docks, 12; Mara Quill, Ports (Leith, 1930)."
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Hale,", "author"), ("Docks,", "title"), ("12;", "locator"),
                                            ("Mara Quill, Ports", "publisher"), ("(Leith,", "location"), ("1930).", "date")]))
    out = rule_imprint_read_before_its_bracket(text, tokens, tags)
    assert out[6:11] == ["B-author", "I-author", "I-author", "B-title", "B-location"] and out[:6] == tags[:6]


def test_years_after_the_title_of_a_reprinting_work_stay_in_its_title():
    text = ('Antonio Gramsci, "Socialism and Culture," Il Grido del Popolo, 29 January 1916, reprinted in Selections from '
            'Political Writings, 1910-1920 (London: Lawrence and Wishart, 1977), 10-13.')
    pairs = [("Antonio Gramsci,", "author"), ('"Socialism and Culture,"', "title"), ("Il Grido del Popolo,", "container-title"),
             ("29 January 1916,", "date"), ("reprinted in Selections from Political Writings,", "note"), ("1910-1920", "date"),
             ("(London:", "location"), ("Lawrence and Wishart,", "publisher"), ("1977),", "date"), ("10-13.", "pages")]
    first, second = _cites(text, pairs)
    assert first.suffix == "reprinted in"
    assert second.get("title") == "Selections from Political Writings, 1910-1920" and second.get("date") == "1977"


def test_each_sentence_of_a_title_and_a_pinpoint_is_a_cite():
    from notecite.parse.rules.boundaries import rule_sentence_of_a_title_and_pinpoint

    def runs(text, tags):
        tokens = tokenize(text)
        out = rule_sentence_of_a_title_and_pinpoint(text, tokens, tags(tokens))
        found, current = [], None
        for token, tag in zip(tokens, out):
            if tag.startswith("B-"):
                current = [tag[2:], token.text]
                found.append(current)
            elif tag.startswith("I-") and current:
                current[1] += " " + token.text
            else:
                current = None
        return [(label, words) for label, words in found]

    text = "Fédéraliste, nº 32. Story, p. 711. Kent's commentaries, vol. 1, p. 364."
    tagger = lambda tokens: ["B-note"] + ["I-note"] * 4 + ["B-author", "I-author", "B-locator"] \
        + ["I-locator"] * 3 + ["B-note"] + ["I-note"] * (len(tokens) - 12)
    assert runs(text, tagger) == [("title", "Fédéraliste"), ("locator", "nº 32"), ("author", "Story ,"),
                                  ("locator", "p . 711 ."), ("title", "Kent's commentaries"),
                                  ("locator", "vol . 1 , p . 364")]
    prose = lambda tokens: ["prose"] * len(tokens)
    assert runs("Lardy, S. 36 ff.", prose) == [("title", "Lardy"), ("locator", "S . 36 ff .")]
    assert runs("Heidelberg 1815. Vorrede, S. XLVI.", prose) == []  # the reference before it goes on
    assert runs("Supra, p. 123.", prose) == []  # a back reference, not a work
    assert runs("Notes in Science, vol. 12823. Springer", prose) == []  # a series volume, not a pinpoint
    assert runs("Bd. I, S. 498.", prose) == []  # a pinpoint, not a title
    # a bracket naming the book and chapter of the page closes the note: the sentence is still one cite
    assert runs("The prerogative of popular government, p. 291. (B. I, Ch. 11.)", prose) == [
        ("title", "The prerogative of popular government"), ("locator", "p . 291")]
    dated = lambda tokens: ["prose", "prose", "B-date", "I-date"] + ["B-locator"] + ["I-locator"] * (len(tokens) - 5)
    assert runs("Laws of 1785, p. 212.", dated) == [("title", "Laws of 1785"), ("locator", "p . 212")]
    assert runs("Paris 1785, p. 212.", prose) == []  # a place and a year: no title
    cut = lambda tokens: ["B-author"] + ["prose"] * 3 + ["B-locator"] + ["I-locator"] * (len(tokens) - 5)
    assert runs("Cotton's historia ecclesiastica, vol. 2, p. 9.", cut) == [
        ("title", "Cotton's historia ecclesiastica"), ("locator", "vol . 2 , p . 9")]  # a title the tagger cut in two
    joined = lambda tokens: ["B-author", "prose", "B-author", "prose", "B-locator"] + ["I-locator"] * (len(tokens) - 5)
    assert runs("Smith and Jones, p. 9.", joined) == [("author", "Smith"), ("author", "Jones"),
                                                     ("locator", "p . 9 .")]  # only "and" between names: as read
    elided = "Ce fut voté à l'unanimité. Laws of 1785, p. 212."  # a sentence ending on an elided word
    assert runs(elided, prose) == [("title", "Laws of 1785"), ("locator", "p . 212")]
    assert runs("Laws of 1702, p. 41 (Boston 1814).", prose) == [("title", "Laws of 1702"), ("locator", "p . 41")]
    assert runs("Laws of 1702, p. 41 (see above).", prose) == []  # no imprint in the bracket
    assert runs("Trials, vol. I. P. II. S. 213.", prose) == []  # the pinpoint does not reach the sentence's end
    assert runs("See Story, p. 711.", prose) == [("title", "Story"), ("locator", "p . 711")]
    lead = lambda tokens: ["B-publisher", "I-publisher"] + ["prose"] * (len(tokens) - 2)
    assert runs("Voyez Gallatin, vol. 2, p. 88.", lead) == [("title", "Gallatin"), ("locator", "vol . 2 , p . 88")]
    one = lambda tokens: ["B-title"] * 1 + ["I-title"] * 3 + ["B-volume", "I-volume", "B-locator", "I-locator"]
    assert runs("Writings of Washington, II. 78.", one) == [("title", "Writings of Washington ,"), ("volume", "II ."),
                                                          ("locator", "78 .")]  # read as one cite: kept


def test_foreign_citing_phrases_open_the_cite_of_the_work_quoted_from():
    from notecite.parse.rules.boundaries import rule_citing_phrase_opens_a_new_cite

    text = "Memoirs de Duplessis Mornay, tomo IX, página 355, cit. por M. Mignet, pág. 365."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    c = words.index("cit")
    tags = ["B-title"] + ["I-title"] * 3 + ["prose"] * (c - 4) + ["B-note", "I-note", "I-note", "I-note", "I-note",
                                                                  "B-author", "I-author", "B-locator", "I-locator",
                                                                  "I-locator", "I-locator"]
    out = rule_citing_phrase_opens_a_new_cite(text, tokens, tags)
    assert out[c:c + 3] == ["prose"] * 3  # "cit. por": prose between the two cites
    for verb, joiner in [("citado", "por"), ("cité", "par"), ("zitiert", "bei"), ("transcrita", "por")]:
        text = f"Birch, pág. 143, {verb} {joiner} Mignet, pág. 329."
        tokens = tokenize(text)
        tags = ["B-author", "I-author", "B-locator", "I-locator", "I-locator", "I-locator", "B-note", "I-note",
                "B-author", "I-author", "B-locator", "I-locator", "I-locator", "I-locator"]
        assert rule_citing_phrase_opens_a_new_cite(text, tokens, tags)[6:8] == ["prose", "prose"], verb


def test_a_semicolon_inside_a_name_run_ends_it():
    from notecite.parse.cites import assemble

    text = "Okafor; Ruth Hale, “Dock Strikes” (Leeds: Hall, 1990), 5."
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Okafor; Ruth Hale,", "author"), ("“Dock Strikes”", "title"),
                                            ("(Leeds:", "location"), ("Hall,", "publisher"), ("1990),", "date"),
                                            ("5.", "locator")]))
    out = rule_semicolon_ends_a_name_run(text, tokens, tags)
    assert run_texts(text, tokens, out)[:2] == \
        [("Okafor", "author"), ("Ruth Hale,", "author")]
    alone, cite = assemble(text, tokens, out, [1.0] * len(tokens))  # a name alone before ";": a short form of its own
    assert (alone.kind, alone.fields) == ("short", [("author", "Okafor")])
    assert cite.get("author") == "Ruth Hale" and cite.get("title") == "Dock Strikes"
    # a short form without a pinpoint before the semicolon is a cite of its own
    text = "See Okafor, River Ports; Hale, Shipyards, 28."
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Okafor, River Ports; Hale,", "author"), ("Shipyards,", "title"),
                                            ("28.", "locator")]))
    cites = assemble(text, tokens, rule_semicolon_ends_a_name_run(text, tokens, tags), [1.0] * len(tokens))
    assert [(c.get("author"), c.get("title"), c.locator) for c in cites] == \
        [("Okafor", "River Ports", None), ("Hale", "Shipyards", "28")]
    # an "and" after the semicolon joins the two cites
    text = "See Okafor, River Ports; and Hale, Shipyards, 28."
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Okafor, River Ports; and Hale,", "author"), ("Shipyards,", "title"),
                                            ("28.", "locator")]))
    cites = assemble(text, tokens, rule_semicolon_ends_a_name_run(text, tokens, tags), [1.0] * len(tokens))
    assert [(c.get("author"), c.get("title"), c.locator) for c in cites] == \
        [("Okafor", "River Ports", None), ("Hale", "Shipyards", "28")]
    # a semicolon outside a name run, or ending one, is left alone
    text = "Hale, Shipyards, 28; Okafor, River Ports, 4."
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Hale,", "author"), ("Shipyards,", "title"), ("28;", "locator"),
                                            ("Okafor,", "author"), ("River Ports,", "title"), ("4.", "locator")]))
    assert rule_semicolon_ends_a_name_run(text, tokens, tags) == tags


def test_page_read_as_prose_before_quoted_in_is_the_pinpoint_of_the_cite_before():
    text = 'Korsch, "Why I Am a Marxist," 61-62, quoted in Kellner, Karl Korsch, 88.'
    tokens = tokenize(text)
    spans = [("Korsch,", "author"), ('"Why I Am a Marxist,"', "title"), ("Kellner,", "author"), ("Karl Korsch,", "title"),
             ("88.", "locator")]
    out = rule_citing_phrase_opens_a_new_cite(text, tokens, token_tags(tokens, _spans(text, spans)))
    assert ("61-62", "locator") in run_texts(text, tokens, out)
    # a number in a sentence before the citing verb stays prose
    text = "He wrote it in 1920, 104, quoted in Kellner, Karl Korsch, 88."
    tokens = tokenize(text)
    spans = [("Kellner,", "author"), ("Karl Korsch,", "title"), ("88.", "locator")]
    out = rule_citing_phrase_opens_a_new_cite(text, tokens, token_tags(tokens, _spans(text, spans)))
    assert [label for _, label in run_texts(text, tokens, out)] == ["author", "title", "locator"]


def test_a_bracket_of_capitalised_words_and_a_year_is_a_publisher_and_date():
    # two publishers across a ";" read as the editor's run and the next cite's author: one imprint
    text = "Ann Ray, “Yards,” in Docks, ed. Mara Quill (Dock Gallery; Leith College of Art, 2012), 97–123."
    spans = [("Ann Ray,", "author"), ("“Yards,”", "title"), ("in", "prose"), ("Docks,", "container-title"),
             ("ed. Mara Quill (Dock Gallery;", "editor"), ("Leith College of Art,", "author"), ("2012),", "date"),
             ("97–123.", "pages")]
    [cite] = _cites(text, spans)
    assert cite.get("publisher") == "Dock Gallery; Leith College of Art" and cite.get("date") == "2012"
    assert cite.get("editor") == "ed. Mara Quill" and cite.get("pages") == "97–123"
    # one publisher without a publisher's word, the tagger's prose: a publisher, and a year range its date
    text = "Ann Ray, Docks and Yards (Garland, 1969–71)."
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Ann Ray,", "author"), ("Docks and Yards", "title"),
                                            ("(Garland, 1969–71).", "note")]))
    out = rule_publisher_and_year_in_a_bracket(text, tokens, tags)
    assert run_texts(text, tokens, out)[2:4] == [("(Garland,", "publisher"), ("1969–71)", "date")]
    # a month and day before the year, the bracket read into the title: the publisher, and the whole day its date
    for day in ("May 12,", "Nov. 12,"):
        text = f"Ann Ray, Report on Docks (Dock League, {day} 1967), 4."
        tokens = tokenize(text)
        tags = token_tags(tokens, _spans(text, [("Ann Ray,", "author"), (f"Report on Docks (Dock League, {day}", "title"),
                                                ("1967),", "date"), ("4.", "locator")]))
        out = rule_publisher_and_year_in_a_bracket(text, tokens, tags)
        assert run_texts(text, tokens, out)[1:4] == [("Report on Docks", "title"), ("(Dock League,", "publisher"),
                                                     (f"{day} 1967),", "date")]
    # a subtitle the tagger read as the imprint, running into the bracket, is the rest of the title
    text = "Ann Ray, Docks: A Life (Dock & Sons, 2018), 413."
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Ann Ray,", "author"), ("Docks:", "title"), ("A Life (Dock & Sons,", "publisher"),
                                            ("2018),", "date"), ("413.", "locator")]))
    out = rule_publisher_and_year_in_a_bracket(text, tokens, tags)
    assert run_texts(text, tokens, out)[1:3] == [("Docks: A Life", "title"), ("(Dock & Sons,", "publisher")]
    # the publisher's words, then a known place: the publisher and its place
    text = "Ann Ray, Docks (Charles H. Kerr & Co., Chicago, 1900), p. 45."
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Ann Ray,", "author"), ("Docks", "title"),
                                            ("(Charles H. Kerr & Co., Chicago,", "publisher"), ("1900),", "date"),
                                            ("p. 45.", "locator")]))
    out = rule_publisher_and_year_in_a_bracket(text, tokens, tags)
    assert run_texts(text, tokens, out)[2:5] == [("(Charles H. Kerr & Co.,", "publisher"), ("Chicago,", "location"),
                                                 ("1900),", "date")]
    # after the pinpoint, a publisher's name read as an author, then a known place
    text = "Ann Ray, Docks, pp. 62-63 (C. H. Kerr, Chicago, 1904)."
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Ann Ray,", "author"), ("Docks,", "title"), ("pp. 62-63", "locator"),
                                            ("(C. H. Kerr,", "author"), ("Chicago,", "location"), ("1904).", "date")]))
    out = rule_publisher_and_year_in_a_bracket(text, tokens, tags)
    assert run_texts(text, tokens, out)[3:5] == [("(C. H. Kerr,", "publisher"), ("Chicago,", "location")]
    # a place read as one, a known place, a bracket with a colon or with lower-case words: left alone
    for imprint, label in (("(Leith, 1930).", "location"), ("(New York, 1891).", "note"),
                           ("(Leith: Dock Press, 1930).", "location"), ("(repr., Garland, 1993).", "note")):
        text = "Ann Ray, Docks " + imprint
        tokens = tokenize(text)
        tags = token_tags(tokens, _spans(text, [("Ann Ray,", "author"), ("Docks", "title"), (imprint, label)]))
        assert rule_publisher_and_year_in_a_bracket(text, tokens, tags) == tags


def test_an_archive_after_the_date_of_a_titled_item_stays_in_its_cite():
    text = "Ann Ray, “A History of the Docks,” 28 September 2021, Leith, Dock Union Archives, MG.014, box 1."
    spans = [("Ann Ray,", "author"), ("“A History of the Docks,”", "title"), ("28 September 2021,", "date"),
             ("Leith,", "title"), ("Dock Union Archives,", "container-title"), ("MG.014, box 1.", "note")]
    [cite] = _cites(text, spans)
    assert cite.get("date") == "28 September 2021"
    assert cite.get("note") == "Leith, Dock Union Archives, MG.014, box 1"
    # a diary's day read as its pinpoint (British archives write "papers" in lower case)
    text = "Dalton diary, 4 Aug. 1945, BLPES, Dalton papers, I/33."
    spans = [("Dalton", "author"), ("diary", "title"), ("4 Aug. 1945", "locator"), ("BLPES, Dalton papers,", "title"),
             ("I/33.", "volume")]
    tokens = tokenize(text)
    out = rule_archive_after_a_dated_item_stays_in_its_cite(text, tokens, token_tags(tokens, _spans(text, spans)))
    assert run_texts(text, tokens, out)[3:] == [("BLPES, Dalton papers, I/33.", "note")]
    # prose between the date and the next run, or no archive named: left alone
    for text, spans in (
            ("Ann Ray, “Docks,” 8 Nov. 1755, in Leith Records, VI. 684.",
             [("Ann Ray,", "author"), ("“Docks,”", "title"), ("8 Nov. 1755,", "date"), ("Leith Records,", "container-title"),
              ("VI. 684.", "locator")]),
            ("Ann Ray, “Docks,” 8 Nov. 1755, Leith Echo, 4.",
             [("Ann Ray,", "author"), ("“Docks,”", "title"), ("8 Nov. 1755,", "date"), ("Leith Echo,", "title"),
              ("4.", "locator")])):
        tokens = tokenize(text)
        tags = token_tags(tokens, _spans(text, spans))
        assert rule_archive_after_a_dated_item_stays_in_its_cite(text, tokens, tags) == tags


def test_the_doi_label_and_its_doi_are_the_doi_run():
    from notecite.parse.rules.boundaries import rule_doi_label_and_its_doi_are_the_doi

    text = "Journal (2021), DOI: 10.1080/19361610.2021.1872359; Joe Devanny"
    tokens = tokenize(text)
    tags = ["B-container-title", "B-date", "I-date", "I-date", "I-date", "B-title", "I-title", "I-title", "I-title",
            "B-author", "I-author"]
    assert run_texts(text, tokens, rule_doi_label_and_its_doi_are_the_doi(text, tokens, tags)) == [
        ("Journal", "container-title"), ("(2021),", "date"), ("DOI: 10.1080/19361610.2021.1872359", "doi"),
        ("Joe Devanny", "author")]
    # "doi" not followed by a DOI is left alone
    text = "Doi Suthep, a mountain"
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "I-title", "I-title", "I-title"]
    assert rule_doi_label_and_its_doi_are_the_doi(text, tokens, tags) == tags


def test_a_url_cut_after_a_hyphen_is_one_url_run():
    from notecite.parse.rules.boundaries import rule_url_cut_after_a_hyphen_is_one_url

    text = "(2016): 121-132, https://doi.org/10.1007%2Fs12290- 016-0395-5."
    tokens = tokenize(text)
    tags = ["B-date", "I-date", "I-date", "I-date", "B-pages", "I-pages", "I-pages", "I-pages"] + ["I-pages"] * 7
    assert run_texts(text, tokens, rule_url_cut_after_a_hyphen_is_one_url(text, tokens, tags)) == [
        ("(2016):", "date"), ("121-132,", "pages"), ("https://doi.org/10.1007%2Fs12290- 016-0395-5.", "url")]
    # a URL not ending on a hyphen is left to the tagger
    text = "121-132, https://doi.org/10.1007/s12290 016."
    tokens = tokenize(text)
    tags = ["B-pages"] + ["I-pages"] * (len(tokens) - 1)
    assert rule_url_cut_after_a_hyphen_is_one_url(text, tokens, tags) == tags


def test_a_numbered_list_of_short_items_is_prose():
    from notecite.parse.labels import tag_spans, token_tags
    from notecite.parse.rules.boundaries import rule_numbered_list_of_short_items_is_prose as rule
    from notecite.parse.tokenize import tokenize

    from ..conftest import spans_of

    text = "The board named four causes. (1) Idleness, (2) Taverns, (3) Sea Bathing, (4) Card Playing."
    tokens = tokenize(text)
    tags = token_tags(tokens, spans_of(text, [("(2)", "date"), ("Taverns,", "title"), ("(3)", "locator"),
                                              ("Sea Bathing,", "title"), ("Card Playing.", "title")]))
    assert tag_spans(tokens, rule(text, tokens, tags)) == []
    # a numbered list of cites keeps them: its items hold commas and figures
    text = "See (1) Okafor, Harbour Ledgers, 12; (2) Vance, Port Papers, 40; (3) Adeyemi, Docks, 7."
    tokens = tokenize(text)
    tags = token_tags(tokens, spans_of(text, [("Okafor,", "author"), ("Harbour Ledgers,", "title"), ("12;", "locator")]))
    assert rule(text, tokens, tags) == tags
def test_a_semicolon_and_a_family_name_inside_a_title_open_a_short_form():
    from notecite.parse.rules.boundaries import rule_semicolon_and_name_inside_a_title_open_a_short_form as rule

    text = "McCartin, Labor’s Great War; Witwer, Corruption and Reform in the Teamsters Union."
    runs, same = rule_runs(rule, text, [("McCartin,", "author"),
                                        ("Labor’s Great War; Witwer, Corruption and Reform in the Teamsters Union.", "title")])
    assert not same and runs == [("McCartin,", "author"), ("Labor’s Great War", "title"), ("Witwer,", "author"),
                                 ("Corruption and Reform in the Teamsters Union.", "title")]
    runs, same = rule_runs(rule, "Roe, Old Roads; Fellowes and Wolf, “Funding Mechanisms”", [
        ("Roe,", "author"), ("Old Roads; Fellowes and Wolf, “Funding Mechanisms”", "title")])
    assert not same and runs[2:] == [("Fellowes and Wolf,", "author"), ("“Funding Mechanisms”", "title")]
    # a semicolon inside a quoted title, a title run after no author, or a lower-case word after the comma: left alone
    for text, pairs in (
            ("Reston, “Secret Record; Shows Doubts, Refusal”", [("Reston,", "author"), ("“Secret Record; Shows Doubts, Refusal”", "title")]),
            ('Macdonald, "Trotsky, Stalin, and Socialism," Partisan Review', [
                ("Macdonald,", "author"), ('"Trotsky, Stalin, and Socialism,"', "title"), ("Partisan Review", "container-title")]),
            ("Old Roads; Witwer, Corruption", [("Old Roads; Witwer, Corruption", "title")]),
            ("Roe, Old Roads; Ways, and means", [("Roe,", "author"), ("Old Roads; Ways, and means", "title")])):
        assert rule_runs(rule, text, pairs)[1], text


def test_a_name_comma_and_title_after_a_semicolon_in_a_list_of_short_forms_is_one_more_short_form():
    from notecite.parse.rules.boundaries import rule_short_form_after_a_semicolon_in_a_list_of_short_forms as rule

    # the tagger read the last name into a title run that opens at the semicolon
    runs, same = rule_runs(rule, "Odem, Delinquent Daughters; and Rembis, Defining Deviance.", [
        ("Odem,", "author"), ("Delinquent Daughters;", "title"), ("Rembis, Defining Deviance.", "title")])
    assert not same and runs == [("Odem,", "author"), ("Delinquent Daughters", "title"), ("Rembis,", "author"),
                                 ("Defining Deviance.", "title")]
    # the title read on across the semicolon, the last title read as prose; a pinpoint after a comma keeps its run
    runs, same = rule_runs(rule, "See Peden, Notes; and Waldstreicher, Notes, 12.", [
        ("Peden,", "author"), ("Notes; and Waldstreicher,", "title"), ("12.", "locator")])
    assert not same and runs == [("Peden,", "author"), ("Notes", "title"), ("Waldstreicher,", "author"),
                                 ("Notes", "title"), ("12.", "locator")]
    # a quoted title ends at its closing mark (and the comma after it) before a pinpoint
    runs, same = rule_runs(rule, "Moody, An Injury; and Burns, “Strike Weapon,” 4. See also the report.", [
        ("Moody,", "author"), ("An Injury; and Burns, “Strike Weapon,”", "title"), ("4.", "locator")])
    assert not same and runs[2:] == [("Burns,", "author"), ("“Strike Weapon,”", "title"), ("4.", "locator")]
    # left alone: a part after a title with no author, a part with an imprint or a periodical and date (a full
    # reference), an abbreviated title, a lower-case word after the comma, a semicolon inside a quotation
    for text, pairs in (
            ("Old Roads; Witwer, Corruption", [("Old Roads;", "title"), ("Witwer, Corruption", "title")]),
            ("Roe, Old Roads; France, XIXe siècle (Rennes, 2014), 73", [
                ("Roe,", "author"), ("Old Roads;", "title"), ("France, XIXe siècle", "title"), ("(Rennes,", "location")]),
            ('Roe, Old Roads; and Chaffee, "Election Returns," Daily News, September 17, 1870.', [
                ("Roe,", "author"), ("Old Roads;", "title"), ('Chaffee, "Election Returns," Daily News', "title")]),
            ("Roe, Old Roads; Marure, Bosq. Hist. Cent. Am., i. 4", [
                ("Roe,", "author"), ("Old Roads;", "title"), ("Marure, Bosq. Hist. Cent. Am.,", "title")]),
            ("Roe, Old Roads; Ways, and means", [("Roe,", "author"), ("Old Roads; Ways, and means", "title")]),
            ("Roe, “Old Roads; Witwer, Corruption”", [("Roe,", "author"), ("“Old Roads; Witwer, Corruption”", "title")])):
        assert rule_runs(rule, text, pairs)[1], text


def test_and_before_a_name_ends_a_number_run():
    from notecite.parse.rules.boundaries import rule_and_before_a_name_ends_a_number_run as rule

    text = "Foreign Affairs, July 1955, pp. 615–623 and John Snell, ed., The Meaning"
    runs, same = rule_runs(rule, text, [("Foreign Affairs,", "container-title"), ("July 1955,", "date"),
                                        ("pp. 615–623 and", "pages"), ("John Snell, ed.,", "editor"), ("The Meaning", "title")])
    assert not same and runs[2] == ("pp. 615–623", "pages")
    # "pp. 953 and 957" (a list of pages) and "and" before a Roman numeral are left alone
    for text, pairs in (("Hearings, pp. 953 and 957–959", [("Hearings,", "title"), ("pp. 953 and 957–959", "locator")]),
                        ("Debates, vol. I and II, p. 4", [("Debates,", "title"), ("vol. I and", "volume"), ("II, p. 4", "locator")])):
        assert rule_runs(rule, text, pairs)[1], text


def test_a_list_of_short_forms_read_on_into_other_labels_is_one_short_form_each():
    from notecite.parse import parse_note
    text = "Trost, Gateway to Justice; Cahn, Sexual Reckonings; W. Bush, Who Gets a Childhood; and Zipf, Bad Girls at Samarcand."
    assert [dict(c.fields) for c in parse_note(text)] == [
        {"author": "Trost", "title": "Gateway to Justice"}, {"author": "Cahn", "title": "Sexual Reckonings"},
        {"author": "W. Bush", "title": "Who Gets a Childhood"}, {"author": "Zipf", "title": "Bad Girls at Samarcand"}]
    text = "Miller, The Wolf by the Ears; Finkelman, Slavery and the Founders."
    assert [dict(c.fields).get("author") for c in parse_note(text)] == ["Miller", "Finkelman"]


def test_and_after_a_comma_before_a_name_and_a_quoted_title_opens_a_short_form():
    from notecite.parse import parse_note
    text = ('See Miller, The Wolf by the Ears; Finkelman, Slavery and the Founders, and Stanton, '
            '"Those Who Labor for My Happiness."')
    assert [dict(c.fields).get("author") for c in parse_note(text)] == ["Miller", "Finkelman", "Stanton"]


def test_publisher_words_before_a_bracketed_year_after_a_title_are_the_imprint():
    from notecite.parse.rules.boundaries import rule_publisher_before_a_bracketed_year as rule

    runs, _ = rule_runs(rule, "J Williams “The Derbyshire Miners”, George Allen and Unwin (1962) p845",
                        [("J Williams", "author"), ("“The Derbyshire Miners”", "title"), ("George Allen and Unwin", "author"),
                         ("(1962)", "date")])
    assert runs[2:4] == [("George Allen and Unwin", "publisher"), ("(1962)", "date")]
    # words inside the title before its year are the title's; words without a publisher's word are no imprint
    _, unchanged = rule_runs(rule, "Theses of the Left Communists (1918), Glasgow",
                             [("Theses of the Left Communists", "title"), ("(1918)", "date")])
    assert unchanged
    _, unchanged = rule_runs(rule, "“The Miners”, John Smith (1962)", [("“The Miners”", "title"), ("John Smith", "author")])
    assert unchanged


def test_a_name_and_its_comma_after_a_full_stop_in_a_title_run_open_the_next_short_form():
    from notecite.parse.rules.boundaries import rule_author_and_title_after_a_full_stop_in_a_title_run as rule

    text = "Bougainville, Journal. Malartic, Journal. Montcalm à Vaudreuil, 27 Juillet, 1757."
    runs, _ = rule_runs(rule, text, [("Bougainville,", "author"), ("Journal. Malartic,", "title"),
                                     ("Journal. Montcalm à Vaudreuil,", "container-title"), ("27 Juillet, 1757", "date")])
    assert runs[:4] == [("Bougainville,", "author"), ("Journal.", "title"), ("Malartic,", "author"), ("Journal.", "title")]
    # a name opening its own title run after a cite's last stop, before a periodical's name with no issue after it
    text = "Montcalm à Mirepoix, 20 Avril, 1758. Lévis, Journal de la Guerre du Canada."
    runs, _ = rule_runs(rule, text, [("Montcalm à Mirepoix,", "title"), ("20 Avril, 1758", "date"), ("Lévis,", "title"),
                                     ("Journal de la Guerre du Canada.", "container-title")])
    assert runs[2:] == [("Lévis,", "author"), ("Journal de la Guerre du Canada.", "title")]
    text = "Montcalm à Mirepoix, 20 Avril, 1758. Lévis, Journal de Paris, 3 Mai, 1758."  # an issue of a paper: left
    assert rule_runs(rule, text, [("Montcalm à Mirepoix,", "title"), ("20 Avril, 1758", "date"), ("Lévis,", "title"),
                                  ("Journal de Paris,", "container-title"), ("3 Mai, 1758.", "date")])[1]
    # an abbreviated word alone before the stop, or a quoted title, is left alone
    for text, pairs in (("Christ. Thomasii, Kurtze Lehr-Sätze", [("Christ. Thomasii, Kurtze Lehr-Sätze", "title")]),
                        ("»Die Lehre. Thomasii, Kurtze Lehr-Sätze«", [("»Die Lehre. Thomasii, Kurtze Lehr-Sätze«", "title")])):
        assert rule_runs(rule, text, pairs)[1], text


def test_a_note_or_title_run_ends_with_its_sentence():
    from notecite.parse.rules.boundaries import rule_note_run_ends_with_its_sentence as rule

    text = ("Roe to Lee, May 2, 1991, Department of State, Box 2, Plan. Despite the support, the bureaus played a minimal "
            "role in the debate.")
    for label in ("note", "title"):
        runs, _ = rule_runs(rule, text, [("Roe to Lee,", "title"), ("May 2, 1991,", "date"),
                                         ("Department of State, Box 2, Plan. Despite the support, the bureaus played a minimal "
                                          "role in the debate.", label)])
        assert runs[2] == ("Department of State, Box 2, Plan.", label), label
    # a title's sentence-case subtitle stays in the title
    text = "Ann Roe, Harbour towns. The history of the docks in the north of England (Leeds, 1980)."
    assert rule_runs(rule, text, [("Ann Roe,", "author"),
                                  ("Harbour towns. The history of the docks in the north of England", "title"),
                                  ("Leeds,", "location"), ("1980)", "date")])[1]


def test_a_lead_in_clause_before_see_is_prose():
    from notecite.parse.rules.boundaries import rule_lead_in_clause_before_see_is_prose as rule

    text = ("For general background on Roe’s stint as Assistant Secretary of State for Public Affairs, see Ann Lee "
            "interview with Tom Roe, May 4, 1999.")
    runs, _ = rule_runs(rule, text, [("For general background on Roe’s stint as Assistant Secretary of State", "title"),
                                     ("Ann Lee interview with Tom Roe,", "title"), ("May 4, 1999", "date")])
    assert runs == [("Ann Lee interview with Tom Roe,", "title"), ("May 4, 1999", "date")]
    # a quotation inside the clause names a work: left alone
    text = "For “The Harbour Towns,” see Roe, Towns, 4."
    assert rule_runs(rule, text, [("“The Harbour Towns,”", "title"), ("Roe,", "author"), ("Towns,", "title"), ("4", "locator")])[1]


def test_a_source_phrase_opening_a_sentence_is_prose():
    from notecite.parse.rules.boundaries import rule_source_phrase_opening_a_sentence_is_prose as rule

    text = "Computed from the Twelfth Census, Vol. II, p. 312."
    runs, _ = rule_runs(rule, text, [("Computed from the Twelfth Census,", "title"), ("Vol. II,", "volume"),
                                     ("p. 312.", "locator")])
    assert runs[0] == ("Twelfth Census,", "title")
    text = "Wages fell. Based on Hale, Wages, p. 4."  # a sentence of its own after another
    runs, _ = rule_runs(rule, text, [("Based on Hale,", "author"), ("Wages,", "title"), ("p. 4.", "locator")])
    assert runs[:2] == [("Hale,", "author"), ("Wages,", "title")]
    # inside a sentence, or before a lower-case word: left alone
    for text, spans in (("Tables Based on Census Returns, p. 4.", [("Tables Based on Census Returns,", "title")]),
                        ("Based on interviews with strikers.", [("Based on interviews", "title")]),
                        ("Translated from the French by Ann Roe.", [("Translated from the French by Ann Roe.", "title")])):
        assert rule_runs(rule, text, spans)[1]


def test_a_sentence_of_a_title_and_a_pinpoint_with_no_comma_between_is_one_cite():
    from notecite.parse.rules.boundaries import rule_sentence_of_a_title_and_bare_pinpoint as rule

    text = "Sermones fideles Cap. 34. Den letztern Grund führt schon Dante an."
    runs, _ = rule_runs(rule, text, [])
    assert runs == [("Sermones fideles", "title"), ("Cap. 34", "locator")]
    for text in ("See p. 112.", "Quote from p. 665.", "Speech of S.L. p. 4.", "Die Worte S. 12 sind klar."):
        assert rule_runs(rule, text, [])[1], text  # a lead-in, a quotation's page, initials, prose going on


def test_a_semicolon_after_a_closing_bracket_ends_a_title_run():
    from notecite.parse.rules.boundaries import rule_semicolon_after_a_bracket_ends_a_title_run as rule

    text = "Lettres de Montcalm, 1756 (Papiers de Famille); and Lettres de Montcalm à Bourlamaque, 1757."
    runs, _ = rule_runs(rule, text, [("Lettres de Montcalm,", "title"), ("1756", "date"),
                                     ("(Papiers de Famille); and Lettres de Montcalm à Bourlamaque,", "container-title"),
                                     ("1757.", "date")])
    assert runs[2:4] == [("(Papiers de Famille)", "container-title"), ("Lettres de Montcalm à Bourlamaque,", "title")]
    text = "Candide; or, Optimism (Paris, 1759)."  # no bracket before the semicolon: a title's own
    assert rule_runs(rule, text, [("Candide; or, Optimism", "title"), ("(Paris,", "location"), ("1759).", "date")])[1]


def test_a_name_a_short_title_and_a_page_opening_a_sentence_of_prose_are_a_short_form():
    from notecite.parse.rules.boundaries import rule_name_title_and_page_opening_a_sentence as rule

    text = "Crowe, Gospel Cent. Am., 131, erroneously asserts that all their property was confiscated."
    runs, _ = rule_runs(rule, text, [])
    assert runs == [("Crowe,", "author"), ("Gospel Cent. Am.", "title"), ("131", "locator")]
    text = "He left. Marure, Bosq. Hist. Cent. Am., i. 254-5."
    assert rule_runs(rule, text, [])[0] == [("Marure,", "author"), ("Bosq. Hist. Cent. Am.", "title"), ("i. 254-5", "locator")]
    text = "It was of little interest to him. Mem. Rev. Cent. Am., 60. Arce himself attributed it to party intrigue."
    assert rule_runs(rule, text, [])[0] == [("Mem. Rev. Cent. Am.", "title"), ("60", "locator")]
    assert rule_runs(rule, "He wrote. Hist. Mexico, 60. Then more.", [])[1]  # one abbreviation: too little to tell
    for text in ("Paris, London and Rome, 1890, were all at war.", "Then, Smith and Jones, 12, left.",
                 "Hardie, Philadelphia Directory, 1794, p. 4."):
        assert rule_runs(rule, text, [])[1], text  # lower-case words are no title; a year is no page


def test_a_title_printed_in_a_work_known_by_a_name_is_that_title_in_that_container():
    from notecite.parse.rules.boundaries import rule_title_in_a_name as rule

    text = "Statement of George Croghan, in Sargent, appendix iii."
    runs, _ = rule_runs(rule, text, [("Sargent,", "title"), ("appendix iii.", "locator")])
    assert runs == [("Statement of George Croghan", "title"), ("Sargent", "container-title"), ("appendix iii", "locator")]
    runs, _ = rule_runs(rule, "Journal of a Naval Officer, in Sargent.", [])
    assert runs == [("Journal of a Naval Officer", "title"), ("Sargent", "container-title")]
    assert rule_runs(rule, "He served as secretary, in Paris.", [])[1]  # prose, not title words
    # a family name and its comma first: the author, and the next comma is the one before "in"
    runs, _ = rule_runs(rule, "Arrillaga, Informe, in Cedulario, 66-7.", [])
    assert runs == [("Arrillaga,", "author"), ("Informe", "title"), ("Cedulario", "container-title"), ("66-7", "locator")]
    # a volume before the book's imprint is no pinpoint: the tagger's reading stays
    text = "Lenin, What Is to Be Done?, in Collected Works, vol. 5 (Moscow: Progress, 1961), 347."
    pairs = [("Lenin,", "author"), ("What Is to Be Done?,", "title"), ("in Collected Works,", "container-title"),
             ("vol. 5", "volume"), ("(Moscow:", "location"), ("Progress,", "publisher"), ("1961),", "date"), ("347.", "locator")]
    assert rule_runs(rule, text, pairs)[1]


def test_a_lead_word_and_a_clause_before_a_colon_are_prose():
    from notecite.parse.rules.boundaries import rule_lead_in_clause_before_a_colon_is_prose as rule

    text = "…d'excès. Voyez, relativement à l'histoire de la Virginie, les ouvrages qui suivent: History of Virginia, 1624."
    runs, _ = rule_runs(rule, text, [("Voyez, relativement à l'histoire de la Virginie, les ouvrages qui suivent: History of Virginia,",
                                      "title"), ("1624.", "date")])
    assert runs == [("History of Virginia,", "title"), ("1624.", "date")]
    # a title and subtitle after "See" stay: the words before the colon are capitalised
    text = "See Studies in the History of Ideas: A Reader, 1624."
    runs, unchanged = rule_runs(rule, text, [("Studies in the History of Ideas: A Reader,", "title"), ("1624.", "date")])
    assert unchanged


def test_a_roman_number_before_series_ends_no_sentence():
    from notecite.parse.rules.boundaries import _sentence_starts

    text = "Notes and Queries, IV. Series, III. 216. Ibid."
    tokens = tokenize(text)
    assert "Series" not in [tokens[i].text for i in _sentence_starts(text, tokens)]


def test_a_title_printed_in_a_named_book_or_paper_before_the_next_sentence():
    from notecite.parse.rules.boundaries import rule_title_in_a_name as rule

    text = "See Appendix G. Letter from Lake George, in Boston News Letter. Even Rogers, the ranger, speaks of it."
    runs, _ = rule_runs(rule, text, [("Boston News Letter. Even Rogers,", "container-title")])
    assert runs == [("Letter from Lake George", "title"), ("Boston News Letter", "container-title")]
    text = "Pichon, Mémoires, 284. Journal of Amherst, in Mante, 117. Amherst to Pitt, 11 June, 1758."
    runs, _ = rule_runs(rule, text, [("Pichon,", "author"), ("Mémoires,", "title"), ("284.", "locator"),
                                     ("Journal of Amherst, in Mante,", "title"), ("117.", "note")])
    assert ("Mante", "container-title") in runs and ("117", "locator") in runs
    # a lead-in and a name alone are no title; a name cut short goes on ("in Mass. Hist. Coll.")
    assert rule_runs(rule, "Cf. Ford, in Political Science Quarterly, VI. 615–7.", [("Ford,", "author")])[1]
    text = "Journal of Mr. Christopher Gist, in Mass. Hist. Coll., 3rd Series, V."
    runs, _ = rule_runs(rule, text, [("Journal of Mr. Christopher Gist,", "title"), ("Mass. Hist. Coll.,", "container-title"),
                                     ("3rd Series, V.", "volume")])
    assert ("3rd Series, V.", "volume") in runs


def test_a_topic_clause_opening_on_on_before_the_sources_is_prose():
    from notecite.parse.rules.boundaries import rule_topic_clause_before_the_sources_is_prose as rule

    text = "On the capture of Fort Frontenac, Bradstreet to Abercromby, 31 Aug. 1758."
    runs, _ = rule_runs(rule, text, [("On the capture of Fort Frontenac, Bradstreet to Abercromby,", "title"),
                                     ("31 Aug. 1758.", "date")])
    assert runs == [("Bradstreet to Abercromby,", "title"), ("31 Aug. 1758.", "date")]
    for text in ("On the Emotion of Conviction, Literary Review, 12.", "On the origin of tides, London, 1825.",
                 "On Liberty, p. 45."):
        assert rule_runs(rule, text, [])[1], text
    # an author the tagger read ending the clause stays the author of the cite after it
    text = "On the rising the best account remains Tarn Okafor, Harbour Towns (Leeds: Vell Press, 1970)."
    runs, _ = rule_runs(rule, text, [("On the rising the best account remains", "note"), ("Tarn Okafor,", "author"),
                                     ("Harbour Towns", "title")])
    assert runs == [("Tarn Okafor,", "author"), ("Harbour Towns", "title")]


def test_a_semicolon_after_a_year_ends_a_title_run_when_a_pinpointed_title_follows():
    from notecite.parse.rules.boundaries import rule_semicolon_after_a_bracket_ends_a_title_run as rule

    text = "Compare Mémoires sur le Canada, 1749-1760; N. Y. Col. Docs., VII. 395."
    runs, _ = rule_runs(rule, text, [("Mémoires sur le Canada, 1749-1760; N. Y. Col. Docs.,", "title"), ("VII. 395.", "locator")])
    assert runs == [("Mémoires sur le Canada, 1749-1760", "title"), ("N. Y. Col. Docs.,", "title"), ("VII. 395.", "locator")]
    text = "Eight Years in Congress, from 1857–1865; Memoir and Speeches (New York, 1866)"
    assert rule_runs(rule, text, [("Eight Years in Congress, from 1857–1865; Memoir and Speeches", "title"),
                                  ("(New York,", "location"), ("1866)", "date")])[1]


def test_a_topic_clause_holding_a_lead_in_names_its_source():
    from notecite.parse.rules.boundaries import rule_topic_clause_before_the_sources_is_prose as rule

    text = "On the conditions of exile see Pierre Broue, Rakovsky ou la Revolution (Paris: Fayard, 1996) 287-310."
    assert rule_runs(rule, text, [("Pierre Broue,", "author"), ("Rakovsky ou la Revolution", "title")])[1]


def test_a_topic_clause_ending_on_a_comma_and_a_dash_is_prose():
    from notecite.parse.rules.boundaries import rule_topic_clause_before_the_sources_is_prose as rule

    text = "On the troupes de la marine,—Mémoire pour servir d'Instruction à MM. Jonquière et Bigot, 30 Avril, 1749."
    runs, _ = rule_runs(rule, text, [("On the troupes de la marine,—Mémoire pour servir d'Instruction", "title")])
    assert runs[0] == ("Mémoire pour servir d'Instruction", "title")


def test_a_title_printed_in_a_collection_named_by_abbreviations_before_its_pinpoint():
    from notecite.parse.rules.boundaries import rule_title_in_a_name as rule

    text = "Belknap's Answers, in Mass. Hist. Soc. Coll., 1st Ser., IV. 199."
    runs, _ = rule_runs(rule, text, [("Belknap's", "author"), ("Answers, in Mass. Hist. Soc. Coll.,", "title"),
                                     ("1st Ser., IV. 199.", "note")])
    assert ("Mass. Hist. Soc. Coll.", "container-title") in runs and ("1st Ser., IV. 199", "locator") in runs


def test_one_word_title_ends_at_its_stop():
    from notecite.parse.rules.boundaries import rule_one_word_title_ends_at_its_stop as rule
    text = "Bougainville, Journal. Summary of M. de Belêtre's Campaign, in N.Y. Col. Docs., X. 672."
    runs, _ = rule_runs(rule, text, [("Bougainville,", "author"), ("Journal. Summary of M. de Belêtre's Campaign, in N.Y. Col. Docs.,",
                                                                       "title"), ("X. 672.", "locator")])
    assert runs[1:3] == [("Journal.", "title"), ("Summary of M. de Belêtre's Campaign, in N.Y. Col. Docs.,", "title")]
    text = "Bougainville, History. Summary of the War."  # no one-word title of a diary or letters: left alone
    _, unchanged = rule_runs(rule, text, [("Bougainville,", "author"), ("History. Summary of the War.", "title")])
    assert unchanged


def test_a_title_run_ends_at_a_stop_before_a_journal_or_relation():
    from notecite.parse.rules.boundaries import rule_one_word_title_ends_at_its_stop as rule
    text = "Relation du Combat du 9 Juillet. Relation depuis le Départ des Trouppes de Québec."
    runs, _ = rule_runs(rule, text, [(text, "title")])
    assert runs == [("Relation du Combat du 9 Juillet.", "title"), ("Relation depuis le Départ des Trouppes de Québec.", "title")]
    text = "Journal du Siége (Bibliothêque de Hartwell). Journal tenu à l'Armée."
    runs, _ = rule_runs(rule, text, [(text, "title")])
    assert len(runs) == 2


def test_name_and_one_word_title_read_as_an_inverted_name():
    from notecite.parse.rules.boundaries import rule_one_word_title_ends_at_its_stop as rule
    text = "Johnstone, Dialogue. Malartic à Bourlamaque, Sept. 1759."
    runs, _ = rule_runs(rule, text, [("Johnstone, Dialogue.", "author"), ("Malartic à Bourlamaque,", "title"), ("Sept. 1759.", "date")])
    assert runs[:2] == [("Johnstone,", "author"), ("Dialogue.", "title")]


def test_one_word_topic_before_a_letter_is_prose():
    from notecite.parse.rules.boundaries import rule_topic_clause_before_the_sources_is_prose as rule
    text = "On Toronto, La Jonquière au Ministre, 30 Août, 1750."
    runs, _ = rule_runs(rule, text, [("On Toronto,", "author"), ("La Jonquière au Ministre,", "title"), ("30 Août, 1750.", "date")])
    assert runs[0] == ("La Jonquière au Ministre,", "title")
    text = "On Liberty, Mill's Essay, p. 4."  # no letter after it: a title
    _, unchanged = rule_runs(rule, text, [("On Liberty,", "title"), ("Mill's Essay,", "title"), ("p. 4.", "locator")])
    assert unchanged


def test_a_publisher_named_before_its_place_and_year_without_brackets():
    from notecite.parse.rules.boundaries import rule_publisher_before_its_place_and_year as rule

    from ..conftest import rule_runs
    text = "Ann Roe, Docks, Vol. 1, Penguin, Harmondsworth, 1976, p. 280."
    runs, _ = rule_runs(rule, text, [("Ann Roe,", "author"), ("Docks,", "title"), ("Vol. 1,", "volume"),
                                     ("Penguin, Harmondsworth,", "location"), ("1976,", "date"), ("p. 280.", "locator")])
    assert runs[3:5] == [("Penguin,", "publisher"), ("Harmondsworth,", "location")]
    text = "Ann Roe, The Docks Betrayed, Pathfinder, New York, 1972, p. 45."
    runs, _ = rule_runs(rule, text, [("Ann Roe,", "author"), ("The Docks Betrayed, Pathfinder,", "title"),
                                     ("New York,", "location"), ("1972,", "date"), ("p. 45.", "locator")])
    assert runs[1:4] == [("The Docks Betrayed,", "title"), ("Pathfinder,", "publisher"), ("New York,", "location")]
    # the place and the year with no comma between them
    text = "Ann Roe, The Docks, Wildwood House, London 1974, p. 270."
    runs, _ = rule_runs(rule, text, [("Ann Roe,", "author"), ("The Docks, Wildwood House,", "title"), ("London", "location"),
                                     ("1974,", "date"), ("p. 270.", "locator")])
    assert runs[1:5] == [("The Docks,", "title"), ("Wildwood House,", "publisher"), ("London", "location"), ("1974,", "date")]
    # a publisher's word with an accent (the list holds it folded)
    text = "Ann Roe, Docks, Vol. 1, Éditions Sociales, Paris, 1976, p. 280."
    runs, _ = rule_runs(rule, text, [("Ann Roe,", "author"), ("Docks,", "title"), ("Vol. 1,", "volume"),
                                     ("Éditions Sociales, Paris,", "location"), ("1976,", "date"), ("p. 280.", "locator")])
    assert runs[3:5] == [("Éditions Sociales,", "publisher"), ("Paris,", "location")]
    # no publisher's word, or two places: left as read
    for text, head in (("Ann Roe, Docks, Hull Quays, London, 1976, p. 2.", "Docks, Hull Quays,"),
                       ("Ann Roe, Docks, Oxford, London, 1976, p. 2.", "Docks, Oxford,")):
        pairs = [("Ann Roe,", "author"), (head, "title"), ("London,", "location"), ("1976,", "date"), ("p. 2.", "locator")]
        assert rule_runs(rule, text, pairs)[1], text
    # words right after the author's names and comma are the title, a publisher's word in it or not
    for name in ("E. Preobrazhensky,", "E. Preobrazhensky"):
        text = f"{name} The New Economics, Oxford 1965, Chapter 2."
        pairs = [(name, "author"), ("The New Economics,", "title"), ("Oxford", "location"), ("1965,", "date")]
        assert rule_runs(rule, text, pairs)[1], text


def test_reprinted_in_a_title_that_ends_the_note_without_a_stop():
    text = 'Ann Roe, "Docks," Harbour Review 3 (1950): 5-9, reprinted in Old Quays'
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Ann Roe,", "author"), ('"Docks,"', "title"), ("Harbour Review", "container-title"),
                                             ("3", "volume"), ("(1950):", "date"), ("5-9,", "locator"),
                                             ("reprinted in Old Quays", "container-title")]))
    out = rule_citing_phrase_opens_a_new_cite(text, tokens, tags)
    assert out[-2:] == ["B-container-title", "I-container-title"]


def test_a_worded_pinpoint_read_as_a_note_after_a_title_is_its_pinpoint():
    from notecite.parse.rules.boundaries import rule_worded_pinpoint_read_as_a_note_after_a_title as rule

    text = "Vgl. Sir J. Steuart Principles of political economy. B. II, Ch. 3."
    tokens, tags = tagged(text, [("Sir J. Steuart", "author"), ("Principles of political economy.", "title"),
                                 ("B. II, Ch. 3.", "note")])
    assert run_texts(text, tokens, rule(text, tokens, tags))[-1] == ("B. II, Ch. 3.", "locator")
    # a chapter of another work ("chap. 2 in …"), an edition: left alone
    for text, note in (("Lee, “Docks,” chap. 2 in Ports.", "chap. 2"), ("Lee, Docks. 2nd ed.", "2nd ed.")):
        tokens, tags = tagged(text, [("Lee,", "author"), (text[5:text.index(note)].strip(), "title"), (note, "note")])
        assert rule(text, tokens, tags) == tags, text


def test_an_address_read_inside_a_pages_run_ends_it_and_the_page_after_it_is_the_pinpoint():
    from notecite.parse.rules.boundaries import rule_address_inside_a_pages_run_ends_it as rule

    text = "Journal of Docks 29 (2003): 394–420, http://doi.org/10.1177/009614420, p. 415."
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Journal of Docks", "container-title"), ("29", "volume"), ("(2003):", "date"),
                                            ("394–420, http://doi.org/10.1177/009614420, p. 415.", "pages")]))
    assert run_texts(text, tokens, rule(text, tokens, tags))[3:] == [
        ("394–420,", "pages"), ("http://doi.org/10.1177/009614420", "url"), ("p. 415.", "locator")]


def test_sentence_of_a_title_and_a_capitalised_chapter_before_a_quotation():
    from notecite.parse.rules.boundaries import rule_sentence_of_a_title_and_pinpoint as rule
    text = 'The Prince, Ch. XVIII. "Concerning the way in which Princes should keep faith." Translation by W. K. Marriott.'
    runs, _ = rule_runs(rule, text, [("W. K. Marriott.", "author")])
    assert runs[:2] == [("The Prince", "title"), ("Ch. XVIII", "locator")]
    text = "Hume, History of England, Ch. 44, was wrong, he said."  # the pinpoint does not end the sentence
    assert rule_runs(rule, text, [])[1]


def test_a_semicolon_inside_an_authors_title_before_an_item_of_its_own_ends_it():
    from notecite.parse.rules.boundaries import rule_semicolon_inside_an_authors_title_ends_it as rule

    text = "Charlevoix, Histoire de la Nouvelle-France; Lettres du R. Hecwelder, Transactions of the Society, v. 1."
    runs, _ = rule_runs(rule, text, [("Charlevoix,", "author"),
                                     ("Histoire de la Nouvelle-France; Lettres du R. Hecwelder,", "title"),
                                     ("Transactions of the Society,", "container-title"), ("v. 1.", "volume")])
    assert runs[1:3] == [("Histoire de la Nouvelle-France", "title"), ("Lettres du R. Hecwelder,", "title")]
    # the title's own semicolons: before words of no parts, before the imprint's bracket, in quotation marks
    for text, title in [("Penny, Think and Act; Men and Women; Work and Wages. Boston 1869.",
                         "Think and Act; Men and Women; Work and Wages."),
                        ("Cox, Eight Years in Congress; Memoir and Speeches (New York, 1865).",
                         "Eight Years in Congress; Memoir and Speeches"),
                        ("Roe, « Dies in Ghana; Negro Leader and Author, 95 », The Times.",
                         "« Dies in Ghana; Negro Leader and Author, 95 »,")]:
        assert rule_runs(rule, text, [(text.split(",")[0] + ",", "author"), (title, "title")])[1], text


def test_a_table_printed_in_a_note_is_prose():
    from notecite.parse.rules.boundaries import rule_table_in_a_note_is_prose as rule

    text = "Voici comme ils se répartissent: /* +------+------+ | | 1886. | 1887. | |Été | 1.823 | 3.290 | */ Si, à ce point"
    runs, _ = rule_runs(rule, text, [("| 1886.", "date"), ("|Été | 1.823", "title")])
    assert runs == []
    text = "Les suicides: | Printemps | 1.370 | 2.582 | 2.457 | puis Morselli, p. 4."  # a row of cells without /* */
    runs, _ = rule_runs(rule, text, [("| 2.582", "date"), ("Morselli,", "author"), ("p. 4.", "locator")])
    assert runs == [("Morselli,", "author"), ("p. 4.", "locator")]


def test_and_a_named_author_before_a_quoted_title_open_a_cite_after_a_number():
    from notecite.parse.rules.boundaries import rule_and_a_named_author_of_a_quoted_title_open_a_cite
    text = "Box 5, Minutes—1989–1990 and Bruce Kuniholm, “Foreign Relations,” Perspectives (May 1990)."
    runs, _ = rule_runs(rule_and_a_named_author_of_a_quoted_title_open_a_cite, text,
                        [("Box 5, Minutes—1989–1990 and Bruce Kuniholm,", "note"), ("“Foreign Relations,”", "title"),
                         ("Perspectives (May 1990).", "note")])
    assert runs[:3] == [("Box 5, Minutes—1989–1990", "note"), ("Bruce Kuniholm,", "author"), ("“Foreign Relations,”", "title")]
    # without a quoted title after the name, or without a number before the "and", nothing changes
    for text in ("Box 5, 1990 and Bruce Kuniholm, Foreign Relations.", "Box 5, Minutes and Bruce Kuniholm, “Foreign Relations,”"):
        _, unchanged = rule_runs(rule_and_a_named_author_of_a_quoted_title_open_a_cite, text, [(text, "note")])
        assert unchanged, text




def test_a_year_range_written_close_is_one_run():
    from notecite.parse.rules.boundaries import rule_year_range_is_one_run as rule
    text = "Trotsky, “The Soviet Union,” in Writings 1933–34, 101–122."
    runs, _ = rule_runs(rule, text, [("Trotsky,", "author"), ("“The Soviet Union,”", "title"), ("in Writings 1933–", "container-title"),
                                     ("34,", "volume"), ("101–122.", "pages")])
    assert runs[2:] == [("in Writings 1933–34", "container-title"), (",", "volume"), ("101–122.", "pages")]
    # not a range of years (the second number before the first, or a page): left as read
    for text, pairs in [("Writings 1933–12, 101.", [("Writings 1933–", "title"), ("12, 101.", "locator")]),
                        ("Writings, 1933 – 34, 101.", [("Writings, 1933 –", "title"), ("34, 101.", "locator")])]:
        tokens, tags = tagged(text, pairs)
        assert rule(text, tokens, tags) == tags, text
    # read as pages where it closes an imprint's bracket after the publisher: the date (a multi-volume work's years)
    text = "Karvel, Lenin (Bloomington: Tarn Press, 1985–95), 1:45."
    runs, _ = rule_runs(rule, text, [("Karvel,", "author"), ("Lenin", "title"), ("(Bloomington:", "location"),
                                     ("Tarn Press,", "publisher"), ("1985–95), 1:45.", "pages")])
    assert runs[3:] == [("Tarn Press,", "publisher"), ("1985–95)", "date"), (", 1:45.", "pages")]
    text = "Karvel, Lenin (Bloomington: Tarn Press, 1985–95)."
    runs, _ = rule_runs(rule, text, [("Karvel,", "author"), ("Lenin", "title"), ("(Bloomington:", "location"),
                                     ("Tarn Press,", "publisher"), ("1985–95).", "pages")])
    assert runs[-1] == ("1985–95).", "date")
    # pages after a journal's number (no publisher before the comma), or not closing a bracket: left as read
    for text, pairs in [("Karvel, “Lenin,” Tarn 4, 1985–95.", [("Karvel,", "author"), ("“Lenin,”", "title"),
                                                             ("Tarn", "container-title"), ("4,", "volume"), ("1985–95.", "pages")]),
                        ("Karvel, Lenin (Tarn Press, 1985–95, 12).", [("Karvel,", "author"), ("Lenin", "title"),
                                                                     ("(Tarn Press,", "publisher"), ("1985–95, 12).", "pages")])]:
        tokens, tags = tagged(text, pairs)
        assert rule(text, tokens, tags) == tags, text




def test_reprinted_as_an_authors_quoted_title_is_a_short_form_of_the_second_work():
    text = "Merriam, The Social Significance of the Smaller City, reprinted as Merriam, “The Social Conditions of the Smaller City”."
    pairs = [("Merriam,", "author"), ("The Social Significance of the Smaller City,", "title"),
             ("reprinted as Merriam, “The Social Conditions of the Smaller City”.", "note")]
    first, second = _cites(text, pairs)
    assert first.get("title") == "The Social Significance of the Smaller City"
    assert second.get("author") == "Merriam" and second.get("title") == "The Social Conditions of the Smaller City"
    # "reprinted as a pamphlet": no work named after it
    text = "Merriam, The Social Significance of the Smaller City, reprinted as a pamphlet."
    pairs = [("Merriam,", "author"), ("The Social Significance of the Smaller City,", "title"), ("reprinted as a pamphlet.", "note")]
    assert len(_cites(text, pairs)) == 1


def test_a_semicolon_in_an_unclosed_quotation_before_a_named_quotation_ends_it():
    from notecite.parse.rules.boundaries import rule_semicolon_in_an_unclosed_quotation_before_a_named_quotation_ends_it as rule

    text = "D Goldstraw “Socialism in Derbyshire MA Thesis Sheffield 1983 p59; Harry Pollitt “Serving my Time” 282"
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    tags = ["B-author", "I-author", "B-title"] + ["I-title"] * (words.index("282") - 3) + ["B-locator"]
    assert len(tags) == len(tokens)
    runs = run_texts(text, tokens, rule(text, tokens, tags))
    assert runs[:4] == [("D Goldstraw", "author"), ("“Socialism in Derbyshire MA Thesis Sheffield", "title"), ("1983", "date"),
                        ("p59", "locator")]
    assert runs[4:6] == [("Harry Pollitt", "author"), ("“Serving my Time”", "title")]
    # a closed quotation, or none after the name: the semicolon is the title's own
    for text in ("D Goldstraw “Socialism; Harry Pollitt and Others” 282", "D Goldstraw “Socialism; Harry Pollitt, Serving 282"):
        tokens = tokenize(text)
        tags = ["B-author", "I-author", "B-title"] + ["I-title"] * (len(tokens) - 4) + ["B-locator"]
        assert rule(text, tokens, tags) == tags


def test_a_web_address_ending_a_publisher_run_is_its_own_run():
    from notecite.parse.rules.boundaries import rule_web_address_ending_a_run_is_its_own_run as rule

    text = "R Package, Version 1. https://cran.r-project.org/package=x"
    tokens = tokenize(text)
    tags = ["B-publisher"] + ["I-publisher"] * (len(tokens) - 1)
    assert run_texts(text, tokens, rule(text, tokens, tags)) == [("R Package, Version 1.", "publisher"),
                                                                ("https://cran.r-project.org/package=x", "url")]
    tags = ["B-pages"] + ["I-pages"] * (len(tokens) - 1)  # a pages run is the rules' to cut
    assert rule(text, tokens, tags) == tags


def test_a_henceforth_bracket_is_one_note_of_the_cite_before_it():
    from notecite.parse.rules.boundaries import rule_henceforth_bracket_is_a_note_of_its_cite as rule

    text = "Kos, Ana. Inflacija. Ljubljana, 1999 (Hereinafter: Kos, Inflacija. In: Lang (ed.), Slovenija), pp. 2-4."
    pairs = [("Kos, Ana.", "author"), ("Inflacija.", "title"), ("Ljubljana,", "location"), ("1999", "date"),
             ("(Hereinafter: Kos, Inflacija.", "title"), ("In: Lang (ed.),", "editor"), ("Slovenija),", "title"),
             ("pp. 2-4.", "pages")]
    assert rule_runs(rule, text, pairs)[0][4:] == [
        ("(Hereinafter: Kos, Inflacija. In: Lang (ed.), Slovenija),", "note"), ("pp. 2-4.", "pages")]
    # square brackets, a bracket inside, and two of them in one note
    text = "Smith, Strike (London, 1990) [hereafter Smith (1990), Strike]; Lee, War [henceforth Lee], 5."
    pairs = [("Smith, Strike", "author"), ("(London,", "location"), ("1990)", "date"), ("[hereafter Smith", "author"),
             ("(1990), Strike];", "title"), ("Lee,", "author"), ("War", "title"), ("[henceforth Lee],", "author"), ("5.", "locator")]
    runs = rule_runs(rule, text, pairs)[0]
    assert ("[hereafter Smith (1990), Strike]", "note") in runs and ("[henceforth Lee],", "note") in runs
    assert ("Lee,", "author") in runs and ("5.", "locator") in runs
    # a bracket left open, or opened by another word, is left alone
    assert not changed_by(rule, [
        ("Smith, Strike (hereafter Smith, Strike", [("Smith,", "author"), ("Strike", "title"), ("(hereafter Smith, Strike", "title")]),
        ("Smith, Strike (here after Smith), 5", [("Smith,", "author"), ("Strike", "title"), ("(here after Smith),", "title")]),
    ])


def test_publisher_named_in_two_parts_before_a_second_imprint():
    from notecite.parse.rules.boundaries import rule_publisher_named_in_two_parts_before_a_second_imprint as rule

    text = "Ann Lee, Strikes (Detroit: Art Society, Detroit Institute of Arts; New York: Norton, 1986), 63."
    runs = [("Ann Lee,", "author"), ("Strikes", "title"), ("(Detroit:", "location"), ("Art Society,", "publisher"),
            ("Detroit Institute of Arts; New York:", "location"), ("Norton,", "publisher"), ("1986),", "date"), ("63.", "locator")]
    assert rule_runs(rule, text, runs)[0] == [
        ("Ann Lee,", "author"), ("Strikes", "title"), ("(Detroit:", "location"),
        ("Art Society, Detroit Institute of Arts;", "publisher"), ("New York:", "location"), ("Norton,", "publisher"),
        ("1986),", "date"), ("63.", "locator")]
    assert not changed_by(rule, [
        # outside a bracket, the place after a ";" opens another cite's imprint
        ("Ann Lee, Strikes, Detroit: Art Society, Ohio Press; New York: Norton, 1986.",
         [("Ann Lee,", "author"), ("Strikes,", "title"), ("Detroit:", "location"), ("Art Society,", "publisher"),
          ("Ohio Press; New York:", "location"), ("Norton,", "publisher"), ("1986.", "date")]),
        # no ";" in the place's run
        ("Ann Lee, Strikes (Detroit: Art Society, New York: Norton, 1986).",
         [("Ann Lee,", "author"), ("Strikes", "title"), ("(Detroit:", "location"), ("Art Society,", "publisher"),
          ("New York:", "location"), ("Norton,", "publisher"), ("1986).", "date")]),
        # lower-case words before the ";" are no publisher's name
        ("Ann Lee, Strikes (Detroit: Art Society, see also; New York: Norton, 1986).",
         [("Ann Lee,", "author"), ("Strikes", "title"), ("(Detroit:", "location"), ("Art Society,", "publisher"),
          ("see also; New York:", "location"), ("Norton,", "publisher"), ("1986).", "date")]),
    ])


def test_place_ending_a_publishers_name():
    from notecite.parse.rules.boundaries import rule_place_ending_a_publishers_name as rule

    text = "Ann Lee, Strikes (Berlin: Freie Universität Berlin, 1974), 3."
    runs = [("Ann Lee,", "author"), ("Strikes", "title"), ("(Berlin:", "location"), ("Freie Universität", "publisher"),
            ("Berlin,", "location"), ("1974),", "date"), ("3.", "locator")]
    assert rule_runs(rule, text, runs)[0][3:5] == [("Freie Universität Berlin,", "publisher"), ("1974),", "date")]
    assert not changed_by(rule, [
        # a comma between the publisher and the place: its place
        ("Ann Lee, Strikes (Verso, London, 1974).", [("Ann Lee,", "author"), ("Strikes", "title"), ("(Verso,", "publisher"),
                                                    ("London,", "location"), ("1974).", "date")]),
        # no place before the colon
        ("Ann Lee, Strikes (Freie Universität Berlin, 1974).", [("Ann Lee,", "author"), ("Strikes", "title"),
                                                               ("(Freie Universität", "publisher"), ("Berlin,", "location"), ("1974).", "date")]),
        # the place after a ";" is a second imprint's
        ("Ann Lee, Strikes (London: Verso; New York: Norton, 1974).",
         [("Ann Lee,", "author"), ("Strikes", "title"), ("(London:", "location"), ("Verso;", "publisher"), ("New York:", "location"),
          ("Norton,", "publisher"), ("1974).", "date")]),
    ])


def test_year_closing_the_imprint_is_its_date():
    from notecite.parse.rules.boundaries import rule_year_closing_the_imprint_is_its_date as rule

    text = "Ann Lee, Strikes (London: Verso,1963),p.45."
    runs = [("Ann Lee,", "author"), ("Strikes", "title"), ("(London:", "location"), ("Verso,", "publisher"), ("1963),", "volume"),
            ("p.45.", "pages")]
    assert rule_runs(rule, text, runs)[0][4] == ("1963),", "date")
    assert not changed_by(rule, [
        # no bracket closing after the number: a volume of the work
        ("Ann Lee, Strikes, Verso, 1963, 4.", [("Ann Lee,", "author"), ("Strikes,", "title"), ("Verso,", "publisher"),
                                              ("1963,", "volume"), ("4.", "locator")]),
        # no year
        ("Ann Lee, Strikes (London: Verso, 12), 4.", [("Ann Lee,", "author"), ("Strikes", "title"), ("(London:", "location"),
                                                      ("Verso,", "publisher"), ("12),", "volume"), ("4.", "locator")]),
    ])


def test_a_web_address_read_as_a_doi_is_the_cites_url():
    from notecite.parse.rules.boundaries import rule_web_address_read_as_a_doi_is_its_url as rule

    text = "Ann Lee, Old Ways (Leeds: Dunn, 1990), 3–5, available online at <https://example.org/lee/ways/>."
    runs, _ = rule_runs(rule, text, [("Ann Lee,", "author"), ("Old Ways", "title"), ("3–5,", "locator"),
                                     ("available online at <", "note"), ("https://example.org/lee/ways/>.", "doi")])
    assert runs[-1] == ("available online at <https://example.org/lee/ways/>.", "url")
    # a DOI written as an address stays the DOI
    doi = "Ann Lee, “Old Ways,” Past 4 (1990): 3, https://doi.org/10.1000/xyz123."
    assert rule_runs(rule, doi, [("Ann Lee,", "author"), ("https://doi.org/10.1000/xyz123.", "doi")])[1]
