"""Cite assembly from given tags (no model involved)."""
from notecite.parse.cites import assemble, group_fields
from notecite.parse.labels import token_tags
from notecite.parse.rules import apply_rules
from notecite.parse.rules.vocabulary import rule_ibid_vocabulary
from notecite.parse.tokenize import tokenize

from .conftest import assemble_spans as _assemble
from .conftest import spans_of as _spans


def test_full_cite_fields_locator_and_prefix():
    text = "See Victor Serge, Memoirs of a Revolutionary, (London & New York: Writers & Readers, 1987) 67."
    spans = _spans(text, [("Victor Serge,", "author"), ("Memoirs of a Revolutionary,", "title"),
                          ("(London & New York:", "location"), ("Writers & Readers,", "publisher"),
                          ("1987)", "date"), ("67.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.kind == "full"
    assert cite.fields == [("author", "Victor Serge"), ("title", "Memoirs of a Revolutionary"),
                           ("location", "London & New York"), ("publisher", "Writers & Readers"),
                           ("date", "1987"), ("locator", "67")]
    assert cite.locator == "67" and cite.prefix == "See"
    assert text[cite.start:cite.end] == "Victor Serge, Memoirs of a Revolutionary, (London & New York: Writers & Readers, 1987) 67"


def test_a_semicolon_between_an_articles_author_and_its_periodical_opens_no_cite():
    text = "The State in Russia, by Leon Trotzky; The Class Struggle, Vol. II, No. 2, pp. 213-221."
    spans = _spans(text, [("The State in Russia,", "title"), ("Leon Trotzky", "author"), ("The Class Struggle,", "container-title"),
                          ("Vol. II, No. 2,", "volume"), ("pp. 213-221.", "pages")])
    [cite] = _assemble(text, spans)
    assert [label for label, _ in cite.fields if label != "prose"] == ["title", "author", "container-title", "volume", "pages"]


def test_a_lead_in_abbreviation_after_the_separator_opens_the_next_cite():
    for gap, suffix, prefix in (("; cf. ", "", "cf"), (". Cf. ", "", "Cf"), (", a classic. But see e.g. ", "a classic", "But see e.g")):
        text = f"Deutscher, Prophet Armed, 12{gap}Carr, Bolshevik Revolution, 40."
        spans = _spans(text, [("Deutscher,", "author"), ("Prophet Armed,", "title"), ("12", "locator"),
                              ("Carr,", "author"), ("Bolshevik Revolution,", "title"), ("40.", "locator")])
        a, b = _assemble(text, spans)
        assert (a.suffix, b.prefix) == (suffix, prefix)


def test_two_short_cites_split_on_repeated_label_and_suffix():
    text = "Smith, Things, 12, quoted in Jones, Other Things, pp. 4-5."
    spans = _spans(text, [("Smith,", "author"), ("Things,", "title"), ("12", "locator"), ("Jones,", "author"),
                          ("Other Things,", "title"), ("pp. 4-5.", "locator")])
    a, b = _assemble(text, spans)
    assert (a.kind, b.kind) == ("short", "short")
    assert a.suffix == "quoted in" and b.prefix == ""
    assert a.locator == "12" and b.locator == "4-5"


def test_adjacent_cites_without_prose_split_after_locator():
    text = "Smith, Things, 177. Other Book, 105-7."
    spans = _spans(text, [("Smith,", "author"), ("Things,", "title"), ("177.", "locator"),
                          ("Other Book,", "title"), ("105-7.", "locator")])
    cites = _assemble(text, spans)
    assert [c.get("title") for c in cites] == ["Things", "Other Book"]


def test_ibid_rule_and_kind():
    for text in ["Ibid., 45.", "Ebd., S. 45.", "a.a.O., S. 3", "Op. cit., p. 5"]:
        tokens = tokenize(text)
        tags = rule_ibid_vocabulary(text, tokens, ["prose"] * len(tokens))
        assert tags[0] == "B-ibid"
    text = "Ibid., 45."
    [cite] = _assemble(text, _spans(text, [("45.", "locator")]))
    assert cite.kind == "ibid" and cite.locator == "45" and cite.get("ibid") == "Ibid."


def test_mention_in_prose():
    text = "According to the Memoirs (63-66) and Birth of Our Power (199-208), they studied it."
    spans = _spans(text, [("Memoirs", "title"), ("(63-66)", "locator"), ("Birth of Our Power", "title"),
                          ("(199-208)", "locator")])
    cites = _assemble(text, spans)
    assert [c.kind for c in cites] == ["mention", "mention"]
    assert [c.locator for c in cites] == ["63-66", "199-208"]
    assert cites[0].prefix == "According to the"


def test_cite_without_anchor_field_is_dropped():
    text = "In 1921 Serge wrote this."
    assert _assemble(text, _spans(text, [("Serge", "author")])) == []


def test_group_fields_prose_gap_splits():
    text = "Memoirs and Birth"
    tokens = tokenize(text)
    groups = group_fields(text, tokens, ["B-title", "prose", "B-title"])
    assert len(groups) == 2


def test_container_title_loses_leading_in():
    text = "See “Trente Ans” in La Revue, Nov. 1947."
    spans = _spans(text, [("“Trente Ans”", "title"), ("in La Revue,", "container-title"), ("Nov. 1947.", "date")])
    [cite] = _assemble(text, spans)
    assert cite.get("container-title") == "La Revue" and cite.get("title") == "Trente Ans"
    assert cite.kind == "full" and cite.get("date") == "Nov. 1947"


def test_sentence_tagged_as_title_is_dropped_but_real_title_kept():
    text = "Testing the limits, I have recently written to the agencies to recover these manuscripts."
    assert _assemble(text, [(0, len(text) - 1, "title")]) == []
    text = "Les colons de la baie étaient alors soumis aux lois anglaises."  # an accented verb
    assert _assemble(text, [(0, len(text) - 1, "title")]) == []
    for text in ("Le conseil de la ville devint alors le maître des finances.",  # French finite verbs,
                 "Les magistrats du comté peuvent juger les crimes les plus graves.",
                 "El cronista refiere en sus memorias la llegada de la armada."):  # and Spanish ones
        assert _assemble(text, [(0, len(text) - 1, "title")]) == [], text
    text = "His novel What Is to Be Done about the Workers was banned."
    [cite] = _assemble(text, _spans(text, [("What Is to Be Done about the Workers", "title")]))
    assert cite.kind == "mention"
    # a title and pinpoint alone in brackets after prose: a short form
    text = "As Okafor says, the toll was never paid (Harbour Ledgers, 2:140)."
    [cite] = _assemble(text, _spans(text, [("Harbour Ledgers,", "title"), ("2:140)", "locator")]))
    assert cite.kind == "short" and cite.locator == "2:140"


def test_pages_of_a_book_cite_are_its_pinpoint():
    text = "A. Writer, Book (Paris, 1940), 57-8."
    spans = _spans(text, [("A. Writer,", "author"), ("Book", "title"), ("(Paris,", "location"), ("1940),", "date"),
                          ("57-8.", "pages")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "57-8" and cite.get("pages") is None
    text = "A. Writer, “Art,” Review 3 (1940): 57-80."
    spans = _spans(text, [("A. Writer,", "author"), ("“Art,”", "title"), ("Review", "container-title"),
                          ("3", "volume"), ("(1940):", "date"), ("57-80.", "pages")])
    [cite] = _assemble(text, spans)
    assert cite.get("pages") == "57-80" and cite.locator is None


def test_inverted_name_with_locator_read_as_short_form():
    text = "Marsh, Weavers, 150-52."
    [cite] = _assemble(text, _spans(text, [("Marsh, Weavers,", "author"), ("150-52.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.get("title"), cite.locator) == ("short", "Marsh", "Weavers", "150-52")
    text = "Marsh, E. P., 150."
    assert _assemble(text, _spans(text, [("Marsh, E. P.,", "author"), ("150.", "locator")])) == []
    # a biography's short title names its subject, given names and all
    for text, title in (("Okafor, Mary, 88.", "Mary"), ("Okafor, Eleanor Mary, 88.", "Eleanor Mary")):
        [cite] = _assemble(text, _spans(text, [(text[:text.rindex(",") + 1], "author"), ("88.", "locator")]))
        assert (cite.kind, cite.get("author"), cite.get("title"), cite.locator) == ("short", "Okafor", title, "88")
    # without a pinpoint, when it is its note or a part of it between semicolons; not a name or a list of names
    for text in ("Okafor, River Ports.", "See Okafor, River Ports; Hale, Shipyards, 28.",
                 "For a detailed discussion, see Okafor, River Ports."):
        name = text[text.index("Okafor"):text.index("Ports") + 5]
        [cite, *_] = _assemble(text, _spans(text, [(name, "author")] + ([("Hale,", "author"), ("Shipyards,", "title"),
                                                                          ("28.", "locator")] if "Hale" in text else [])))
        assert (cite.kind, cite.get("author"), cite.get("title"), cite.locator) == ("short", "Okafor", "River Ports", None)
    for text in ("Okafor, Mary.", "He read Okafor, Hale and Marsh.", "Okafor, River Ports, he said, was wrong."):
        name = text[text.index("Okafor"):].split(".")[0].split(", he")[0]
        assert _assemble(text, _spans(text, [(name, "author")])) == [], text
    text = "Worcester, C.L.R. James, 120."
    [cite] = _assemble(text, _spans(text, [("Worcester, C.L.R. James,", "author"), ("120.", "locator")]))
    assert (cite.get("author"), cite.get("title")) == ("Worcester", "C.L.R. James")


def test_family_name_and_pages_or_volume_colon_page_is_a_short_form():
    for text, pinpoint, label in (("Kovalenko, 212-14.", "212-14", "pages"), ("Kovalenko, 3:88.", "3:88", "locator")):
        [cite] = _assemble(text, _spans(text, [("Kovalenko,", "author"), (text[11:], label)]))
        assert (cite.kind, cite.get("author"), cite.locator) == ("short", "Kovalenko", pinpoint)
    text = "Kovalenko, 1917."  # a year, not a pinpoint
    assert _assemble(text, _spans(text, [("Kovalenko,", "author"), ("1917.", "pages")])) == []


def test_the_imprint_date_after_a_first_bracketed_year_stays_in_the_cite():
    from notecite.parse.cites import group_fields
    from notecite.parse.labels import token_tags

    text = 'Hale, "Mills" (1921), in Essays (Leeds: Hall, 1990), 5.'
    tokens = tokenize(text)
    spans = [("Hale,", "author"), ('"Mills"', "title"), ("(1921)", "date"), ("in Essays", "container-title"),
             ("(Leeds:", "location"), ("Hall,", "publisher"), ("1990),", "date"), ("5.", "locator")]
    tags = token_tags(tokens, _spans(text, spans))
    assert [[label for *_, label in group] for group in group_fields(text, tokens, tags)] == \
        [["author", "title", "date", "container-title", "location", "publisher", "date", "locator"]]
    spans[2:4] = [("(1921),", "date"), ("Essays", "container-title")]  # the comma in the date run
    tags = token_tags(tokens, _spans(text, spans))
    assert [[label for *_, label in group] for group in group_fields(text, tokens, tags)] == \
        [["author", "title", "date", "container-title", "location", "publisher", "date", "locator"]]


def test_the_date_of_the_periodical_issue_printing_a_dated_item_stays_in_the_cite():
    def labels(text, spans):
        tokens = tokenize(text)
        return [[label for *_, label in group] for group in group_fields(text, tokens, token_tags(tokens, _spans(text, spans)))]

    text = "Roe to Hale, May 9, 1951, in Leeds Review 12 (1951): 95."
    assert labels(text, [("Roe to Hale,", "title"), ("May 9, 1951,", "date"), ("Leeds Review", "container-title"),
                         ("12", "volume"), ("(1951):", "date"), ("95.", "locator")]) == \
        [["title", "date", "container-title", "volume", "date", "locator"]]
    # with no "in" before the periodical, the second date opens a cite of its own
    text = "Roe to Hale, May 9, 1951; Leeds Review 12 (1951): 95."
    assert len(labels(text, [("Roe to Hale,", "title"), ("May 9, 1951;", "date"), ("Leeds Review", "container-title"),
                             ("12", "volume"), ("(1951):", "date"), ("95.", "locator")])) == 2


def test_an_imprint_after_publishing_prose_joins_the_titled_cite():
    from notecite.parse.cites import group_fields

    text = "“Theses” translated and published as a pamphlet by Critique (Glasgow, 1977)."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    tags = ["prose"] * len(tokens)
    tags[0:3] = ["B-title", "I-title", "I-title"]
    c = words.index("Critique")
    tags[c:c + 7] = ["B-publisher", "B-location", "I-location", "I-location", "B-date", "I-date", "I-date"]
    assert [[label for *_, label in group] for group in group_fields(text, tokens, tags)] == \
        [["title", "publisher", "location", "date"]]
    tags[3] = "prose"
    text2 = text.replace("translated and published as", "was read out as")
    tokens2 = tokenize(text2)
    assert len(group_fields(text2, tokens2, tags)) == 2


def test_in_between_a_title_and_its_container_keeps_one_cite():
    text = 'Mark Shipway, "Council Communism," in Non-Market Socialism, ed. Maximilien Rubel (London: Macmillan, 1987).'
    spans = _spans(text, [("Mark Shipway,", "author"), ('"Council Communism', "title"), ("Non-Market Socialism,", "container-title"),
                          ("ed. Maximilien Rubel", "editor"), ("(London:", "location"), ("Macmillan,", "publisher"),
                          ("1987)", "date")])
    [cite] = _assemble(text, spans)
    assert [label for label, _ in cite.fields] == ["author", "title", "prose", "container-title", "editor", "location",
                                                   "publisher", "date"]


def test_on_before_a_date_keeps_one_cite():
    text = "printed in Pravda on 23 February 1934."
    [cite] = _assemble(text, _spans(text, [("Pravda", "container-title"), ("23 February 1934.", "date")]))
    assert [label for label, _ in cite.fields] == ["container-title", "prose", "date"]


def test_at_before_the_pinpoint_after_an_articles_pages_keeps_one_cite():
    text = "T. Hale, 'Canal tolls', Transport History, 9 (1976), pp. 30-58, at p. 41."
    [cite] = _assemble(text, _spans(text, [("T. Hale,", "author"), ("'Canal tolls',", "title"),
                                           ("Transport History,", "container-title"), ("9", "volume"), ("(1976),", "date"),
                                           ("pp. 30-58", "pages"), ("p. 41.", "locator")]))
    assert [label for label, _ in cite.fields][-3:] == ["pages", "prose", "locator"]
    assert (cite.get("pages"), cite.locator, cite.suffix) == ("pp. 30-58", "41", "")


def test_esp_before_the_pinpoint_after_the_imprint_keeps_one_cite():
    text = "T. Hale, Canal tolls (Leeds, 1976), esp. ch. 4."
    [cite] = _assemble(text, _spans(text, [("T. Hale,", "author"), ("Canal tolls", "title"), ("(Leeds,", "location"),
                                           ("1976),", "date"), ("ch. 4.", "locator")]))
    assert [label for label, _ in cite.fields][-2:] == ["prose", "locator"] and cite.locator == "ch. 4"
    assert cite.suffix == ""


def test_etc_between_a_title_and_its_imprint_or_pinpoint_keeps_one_cite():
    text = "Th. Hodgskin, Popular Political Economy, etc. London, 1827, p. 178."
    spans = _spans(text, [("Th. Hodgskin,", "author"), ("Popular Political Economy", "title"), ("London,", "location"),
                          ("1827,", "date"), ("p. 178.", "locator")])
    [cite] = _assemble(text, spans)
    assert [label for label, _ in cite.fields] == ["author", "title", "prose", "location", "date", "locator"]
    assert cite.locator == "178"
    text = "Wagner, Gesetzmässigkeit u. s. w., S. 165; Morselli, p. 158."
    spans = _spans(text, [("Wagner,", "author"), ("Gesetzmässigkeit", "title"), ("S. 165;", "locator"),
                          ("Morselli,", "author"), ("p. 158.", "locator")])
    first, second = _assemble(text, spans)
    assert first.locator == "165" and second.locator == "158"


def test_a_name_and_etc_alone_is_an_author_alone_short_form():
    text = "Toulongeon, (i. 95); Weber, &c. &c."
    spans = _spans(text, [("Toulongeon,", "title"), ("i. 95", "locator"), ("Weber, &c. &c.", "author")])
    first, second = _assemble(text, spans)
    assert second.fields == [("author", "Weber")] and second.kind == "short" and second.suffix.startswith("&c.")
    text = "See Lameth; Ferrieres, &c."
    [cite] = _assemble(text, _spans(text, [("Ferrieres, &c.", "author")]))
    assert cite.fields == [("author", "Ferrieres")]
    text = "Weber, &c. in the Memoirs"  # the name and "&c." are no part of the note of their own
    assert _assemble(text, _spans(text, [("Weber, &c.", "author")])) == []


def test_a_name_and_a_volume_and_pages_that_go_on_is_a_short_form():
    from notecite.parse.cites import _author_and_pinpoint

    for pinpoint in ("i. 152, 263, etc.", "i. 458, &c.", "II. 78, etc.", "xxii. l, 2", "xx. l"):  # a chapter 1 read as "l"
        assert _author_and_pinpoint([("author", "Ferrari", 0, 7), ("locator", pinpoint, 9, 9 + len(pinpoint))]), pinpoint
    assert not _author_and_pinpoint([("author", "Ferrari", 0, 7), ("locator", "etc.", 9, 13)])
    # family names listed
    assert _author_and_pinpoint([("author", "Wachter, Laslett and Hammel", 0, 27), ("locator", "p. xix", 34, 40)])
    assert not _author_and_pinpoint([("author", "Marsh, E. P.", 0, 12), ("locator", "150", 14, 17)])


def test_two_names_joined_by_and_before_a_pinpoint_are_authors():
    from notecite.parse.cites import two_names_read_as_title

    fields = [("title", "Leo and Botta", 0, 13), ("locator", "i. 432", 15, 21)]  # as the parser gives them
    assert two_names_read_as_title(fields) == [("author", "Leo and Botta", 0, 13), ("locator", "i. 432", 15, 21)]
    for title in ("Peace and War", "Leo and Botta's History", "Paris and London"):  # common words, a title, places
        fields = [("title", title, 0, len(title)), ("locator", "i. 432", 20, 26)]
        assert two_names_read_as_title(fields) == fields, title


def test_an_imprint_bracket_right_after_the_pinpoint_stays_in_the_cite():
    text = "See his Labor and Administration, Chapter XIV (Macmillan, 1913)."
    spans = _spans(text, [("Labor and Administration", "title"), ("Chapter XIV", "locator"), ("Macmillan,", "publisher"),
                          ("1913", "date")])
    [cite] = _assemble(text, spans)
    assert [label for label, _ in cite.fields] == ["title", "locator", "publisher", "date"]
    # the bracket opening the imprint's first run
    text = "Marx, Capital, p. 715 (Kerr & Co., Chicago, 1906)."
    spans = _spans(text, [("Marx,", "author"), ("Capital,", "title"), ("p. 715", "locator"), ("(Kerr & Co.,", "publisher"),
                          ("Chicago,", "location"), ("1906).", "date")])
    [cite] = _assemble(text, spans)
    assert [label for label, _ in cite.fields] == ["author", "title", "locator", "publisher", "location", "date"]


def test_etc_before_a_new_title_still_splits():
    text = "Les données bibliographiques, etc. Está disponible en la red."
    spans = _spans(text, [("Les données bibliographiques", "title"), ("Está disponible en la red", "title")])
    tokens = tokenize(text)
    assert len(group_fields(text, tokens, token_tags(tokens, spans))) == 2


def test_a_semicolon_ending_a_field_ends_the_cite():
    text = "printed illegally in 1916; Lenin, who did not know"
    [cite] = _assemble(text, _spans(text, [("1916;", "date"), ("Lenin,", "title")])) or [None]
    assert cite is not None and cite.fields == [("title", "Lenin")]


def test_by_before_an_author_keeps_one_cite():
    text = "Andreu Nin, por Francesc Bonamusa (Barcelona: Laia, 1977)."
    spans = _spans(text, [("Andreu Nin,", "title"), ("Francesc Bonamusa", "author"), ("(Barcelona:", "location"),
                          ("Laia,", "publisher"), ("1977).", "date")])
    [cite] = _assemble(text, spans)
    assert [label for label, _ in cite.fields] == ["title", "prose", "author", "location", "publisher", "date"]


def test_by_and_a_title_of_address_before_an_author_and_in_the_before_a_container_keep_one_cite():
    from notecite.parse.cites import group_fields
    text = "See “Maryland’s Adoption,” by Dr. Steiner in the American Historical Review, Vol. V."
    spans = _spans(text, [("“Maryland’s Adoption,”", "title"), ("Steiner", "author"),
                          ("American Historical Review,", "container-title"), ("Vol. V.", "volume")])
    tokens = tokenize(text)
    groups = group_fields(text, tokens, token_tags(tokens, spans))
    assert [[label for _, _, label in group] for group in groups] == [["title", "author", "container-title", "volume"]]
    text = "Sadducismus triumphans or a full and plain evidence concern. Witches etc. by Dr. Henry More, 1681."
    spans = _spans(text, [("Sadducismus triumphans or a full and plain evidence concern. Witches", "title"),
                          ("Henry More,", "author"), ("1681.", "date")])
    tokens = tokenize(text)  # the title's "etc." before "by" and a title of address
    assert [[label for _, _, label in group] for group in group_fields(text, tokens, token_tags(tokens, spans))] \
        == [["title", "author", "date"]]
    text = "General report by Sir D. Barry."  # "Sir" may open a name: no title of address
    spans = _spans(text, [("General report", "title"), ("D. Barry.", "author")])
    tokens = tokenize(text)
    assert len(group_fields(text, tokens, token_tags(tokens, spans))) == 2


def test_for_before_an_issues_month_keeps_one_cite_but_not_before_a_year():
    from notecite.parse.cites import group_fields
    text = "The American Museum for June, 1787. Vol. I, p. 494."
    spans = _spans(text, [("The American Museum", "container-title"), ("June, 1787.", "date"), ("Vol. I, p. 494.", "locator")])
    tokens = tokenize(text)
    assert len(group_fields(text, tokens, token_tags(tokens, spans))) == 1
    text = "Gentleman's Magazine for 1755."
    spans = _spans(text, [("Gentleman's Magazine", "container-title"), ("1755.", "date")])
    tokens = tokenize(text)
    assert len(group_fields(text, tokens, token_tags(tokens, spans))) == 2


def test_forced_breaks_split_and_join_cites():
    text = "Smith, Things, 12; Jones, Other Things, pp. 4-5."
    spans = _spans(text, [("Smith,", "author"), ("Things,", "title"), ("12", "locator"), ("Jones,", "author"),
                          ("Other Things,", "title"), ("pp. 4-5.", "locator")])
    tokens = tokenize(text)
    tags = apply_rules(text, tokens, token_tags(tokens, spans))
    assert len(assemble(text, tokens, tags, [1.0] * len(tokens))) == 2
    joined = assemble(text, tokens, tags, [1.0] * len(tokens), {text.index("Jones"): False})
    assert len(joined) == 1 and joined[0].get_all("author") == ["Smith", "Jones"]
    text = "Victor Serge, Memoirs (London: Writers & Readers, 1987)."
    spans = _spans(text, [("Victor Serge,", "author"), ("Memoirs", "title"), ("London:", "location"),
                          ("Writers & Readers,", "publisher"), ("1987)", "date")])
    tokens = tokenize(text)
    tags = apply_rules(text, tokens, token_tags(tokens, spans))
    assert len(assemble(text, tokens, tags, [1.0] * len(tokens))) == 1
    first, second = assemble(text, tokens, tags, [1.0] * len(tokens), {text.index("Writers"): True})
    assert first.fields == [("author", "Victor Serge"), ("title", "Memoirs"), ("location", "London")]
    assert second.fields == [("publisher", "Writers & Readers"), ("date", "1987")]


def test_a_writer_a_verb_and_in_before_a_title_are_one_cite():
    text = "As Okafor put it in Harbour Ledgers (1936), the dock was shut."
    [cite] = _assemble(text, _spans(text, [("Okafor", "author"), ("Harbour Ledgers", "title"), ("(1936),", "date")]))
    assert cite.fields[:3] == [("author", "Okafor"), ("prose", "put it in"), ("title", "Harbour Ledgers")]
    # a verb that says nothing of writing: the name is not the work's (a cite of a lone name is dropped)
    text = "Okafor was in Harbour Ledgers (1936), the dock was shut."
    [cite] = _assemble(text, _spans(text, [("Okafor", "author"), ("Harbour Ledgers", "title"), ("(1936),", "date")]))
    assert cite.fields == [("title", "Harbour Ledgers"), ("date", "1936")]


def test_a_possessive_name_and_its_title_are_one_cite_whatever_the_tagger_read():
    # the tagger ran the name on over the adjective; the rules end it at the possessive
    text = "For the wider context see Sheila Fitzpatrick’s superb The Russian Revolution (Oxford: Clarendon, 1982), 45."
    spans = _spans(text, [("Sheila Fitzpatrick’s superb", "author"), ("The Russian Revolution", "title"), ("(Oxford:", "location"),
                          ("Clarendon,", "publisher"), ("1982),", "date"), ("45.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.fields[:3] == [("author", "Sheila Fitzpatrick’s"), ("prose", "superb"), ("title", "The Russian Revolution")]
    assert cite.kind == "full" and cite.locator == "45"
    # the tagger read nothing: the possessive and a title-shaped phrase name the work
    text = "They studied Marx’s Civil War in France in prison, and little else."
    [cite] = _assemble(text, [])
    assert cite.fields == [("author", "Marx’s"), ("title", "Civil War in France")]
    assert cite.suffix.startswith("in prison")
    # the tagger read the whole sentence as a title (a verb before the name: a sentence)
    [cite] = _assemble(text, [(0, text.index(","), "title")])
    assert cite.fields == [("author", "Marx’s"), ("title", "Civil War in France")]
    # "Robert" + "Daniels’ classic The Conscience…": the name runs on into the title run
    text = "Robert Daniels’ classic The Conscience of the Revolution remains the best account."
    [cite] = _assemble(text, [(0, 6, "author"), (7, text.index(" remains"), "title")])
    assert cite.fields == [("author", "Robert Daniels"), ("prose", "classic"), ("title", "The Conscience of the Revolution")]
    # a hyphenated description between the possessive and the title: still one cite
    text = "Okafor’s three-volume Harbour Towns of the North is the fullest."
    [cite] = _assemble(text, [(0, 8, "author"), (text.index("Harbour"), text.index(" is"), "title")])
    assert cite.fields == [("author", "Okafor’s"), ("prose", "three-volume"), ("title", "Harbour Towns of the North")]


def test_an_author_named_by_by_or_a_possessive_before_in_and_a_title_is_its_author():
    imprint = [("(Leeds:", "location"), ("Hollin Press,", "publisher"), ("1979),", "date"), ("12.", "locator")]
    text = "The point was first made by Jonas Webb in The Valley Pits (Leeds: Hollin Press, 1979), 12."
    [cite] = _assemble(text, _spans(text, [("The Valley Pits", "title")] + imprint))
    assert cite.fields[:3] == [("author", "Jonas Webb"), ("prose", "in"), ("title", "The Valley Pits")]
    text = "See Webb’s own account in The Valley Pits (Leeds: Hollin Press, 1979), 12."
    [cite] = _assemble(text, _spans(text, [("The Valley Pits", "title")] + imprint))
    assert cite.fields[:3] == [("author", "Webb’s"), ("prose", "own account in"), ("title", "The Valley Pits")]
    # after a noun, "by" names the author of a part of the work: the title stands alone
    text = "Compare a long note by Jonas Webb in The Valley Pits (Leeds: Hollin Press, 1979), 12."
    [cite] = _assemble(text, _spans(text, [("The Valley Pits", "title")] + imprint))
    assert cite.fields[0] == ("title", "The Valley Pits")


def test_a_possessive_name_and_its_words_before_a_comma_and_a_quoted_title_are_one_cite():
    text = "A rare study of the port is Jonas Webb’s careful, “The Valley Pits and Their Owners,” typescript, 1988."
    spans = _spans(text, [("Jonas Webb’s", "author"), ("“The Valley Pits and Their Owners,”", "title"), ("1988.", "date")])
    [cite] = _assemble(text, spans)
    assert cite.fields[:3] == [("author", "Jonas Webb’s"), ("prose", "careful"), ("title", "The Valley Pits and Their Owners")]


def test_a_possessive_before_an_organisation_or_a_plain_phrase_names_no_work():
    for text in ("He joined the congresses of Trotsky’s Fourth International in 1936.",
                 "This was what was happening in Stalin’s Russia at the time.",
                 "Serge’s experiences in deportation are recounted in the novel."):
        assert _assemble(text, []) == []


def test_a_pseudonym_after_a_name_is_part_of_the_author_run():
    text = 'See William Morris (as "A Socialist"), "The Policy of Abstention," Commonweal 3 (1887): 5.'
    spans = _spans(text, [('William Morris (as "A Socialist"), "The Policy of Abstention,"', "title"),
                          ("Commonweal", "container-title"), ("3", "volume"), ("(1887):", "date"), ("5.", "pages")])
    [cite] = _assemble(text, spans)
    assert cite.fields[:2] == [("author", 'William Morris (as "A Socialist")'), ("title", "The Policy of Abstention")]
    # read as an editor without a role word: an author
    text = 'Franz Kessler (as "Spartacus"), Der Weg zur Macht (Berlin: Vorwärts, 1921), 14.'
    spans = _spans(text, [('Franz Kessler (as "Spartacus"),', "editor"), ("Der Weg zur Macht", "title"),
                          ("(Berlin:", "location"), ("Vorwärts,", "publisher"), ("1921),", "date"), ("14.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.fields[0] == ("author", 'Franz Kessler (as "Spartacus")')
    # "(as in note 3)" is no pseudonym, and the words after a name are its title
    for text in ("Lenin, Collected Works (as in note 3), 12.", "Lenin, Collected Works (as “Ilyin”), 12."):
        spans = _spans(text, [("Lenin,", "author"), (text[7:text.index(", 12")], "title"), ("12.", "locator")])
        [cite] = _assemble(text, spans)
        assert cite.fields[0] == ("author", "Lenin") and cite.get("title").startswith("Collected Works")


def test_a_possessive_inside_a_title_stays_in_the_title():
    for text, title in (("Isaac Deutscher, Lenin’s Childhood (London: Oxford University Press, 1970), 12.", "Lenin’s Childhood"),
                        ("Sheila Rowbotham, Hidden from History: 300 Years of Women’s Oppression (London: Pluto, 1973), ix.",
                         "Hidden from History: 300 Years of Women’s Oppression"),
                        ("Richard Stites, The Women’s Liberation Movement in Russia (Princeton, 1978), 12.",
                         "The Women’s Liberation Movement in Russia")):
        spans = _spans(text, [(text[:text.index(",") + 1], "author"), (title, "title"), ("(" + text.split("(")[1].split(",")[0], "location")])
        [cite] = _assemble(text, spans)
        assert cite.get("title") == title and cite.get_all("author") == [text[:text.index(",")]]


def test_a_reprint_imprint_stays_in_the_cite_of_the_first_imprint():
    text = "E. P. Thompson, The Making (London: Gollancz, 1963; reprint Harmondsworth: Penguin, 1980), 9."
    spans = _spans(text, [("E. P. Thompson,", "author"), ("The Making", "title"), ("(London:", "location"),
                          ("Gollancz,", "publisher"), ("1963;", "date"), ("reprint Harmondsworth:", "location"),
                          ("Penguin,", "publisher"), ("1980),", "date"), ("9.", "locator")])
    [cite] = _assemble(text, spans)
    assert [label for label, _ in cite.fields] == ["author", "title", "location", "publisher", "date", "prose", "location",
                                                   "publisher", "date", "locator"]
    assert cite.get_all("location") == ["London", "Harmondsworth"] and cite.locator == "9"
    # the original year alone, read as part of the title
    text = "C. L. R. James, The Black Jacobins (1938; repr. New York: Vintage, 1963), 45."
    spans = _spans(text, [("C. L. R. James,", "author"), ("The Black Jacobins (1938; repr.", "title"),
                          ("New York:", "location"), ("Vintage,", "publisher"), ("1963),", "date"), ("45.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.fields == [("author", "C. L. R. James"), ("title", "The Black Jacobins"), ("date", "1938"), ("prose", "repr"),
                           ("location", "New York"), ("publisher", "Vintage"), ("date", "1963"), ("locator", "45")]


def test_a_year_said_to_be_the_first_edition_after_the_imprint_stays_in_its_cite():
    text = "Tony Cliff, State Capitalism (London: Pluto Press, 1974; orig. pub. 1948), 150–53."
    spans = _spans(text, [("Tony Cliff,", "author"), ("State Capitalism", "title"), ("(London:", "location"),
                          ("Pluto Press,", "publisher"), ("1974;", "date"), ("1948),", "date"), ("150–53.", "locator")])
    [cite] = _assemble(text, spans)
    assert [label for label, _ in cite.fields] == ["author", "title", "location", "publisher", "date", "prose", "date",
                                                   "locator"]
    # other words between two dates after a semicolon: the semicolon ends the cite
    text = "Tony Cliff, State Capitalism (London: Pluto Press, 1974; see also 1948), 150–53."
    spans = _spans(text, [("Tony Cliff,", "author"), ("State Capitalism", "title"), ("(London:", "location"),
                          ("Pluto Press,", "publisher"), ("1974;", "date"), ("1948),", "date"), ("150–53.", "locator")])
    assert _assemble(text, spans)[0].get_all("date") == ["1974"]


def test_a_semicolon_between_two_works_still_splits_them():
    text = "Hobsbawm, Primitive Rebels, 12; Rudé, The Crowd in History, 33; Cobb, The Police and the People, 90."
    spans = _spans(text, [("Hobsbawm,", "author"), ("Primitive Rebels,", "title"), ("12;", "locator"), ("Rudé,", "author"),
                          ("The Crowd in History,", "title"), ("33;", "locator"), ("Cobb,", "author"),
                          ("The Police and the People,", "title"), ("90.", "locator")])
    assert [(c.get("author"), c.locator) for c in _assemble(text, spans)] == [("Hobsbawm", "12"), ("Rudé", "33"), ("Cobb", "90")]


def test_ibid_marker_keeps_its_pinpoint_and_author():
    text = "Blum, a. a. O. p. 145 ff."
    [cite] = _assemble(text, _spans(text, [("Blum,", "author"), ("a. a. O.", "ibid"), ("p. 145 ff.", "pages")]))
    assert (cite.kind, cite.get("author"), cite.locator) == ("ibid", "Blum", "145 ff.")
    text = "Ebendas. S. 20."
    [cite] = _assemble(text, _spans(text, [("Ebendas.", "author"), ("S. 20.", "pages")]))
    assert (cite.kind, cite.locator) == ("ibid", "20")


def test_family_name_and_page_word_pinpoint_are_a_short_form():
    text = "Briand, p. 16."
    [cite] = _assemble(text, _spans(text, [("Briand,", "author"), ("p. 16.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.locator) == ("short", "Briand", "16")
    text = "Rappoport S. 231."
    [cite] = _assemble(text, _spans(text, [("Rappoport", "author"), ("S. 231.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.locator) == ("short", "Rappoport", "231")
    text = "Ammian. xx. 10, xxi. 3, 4."  # an ancient author by book and chapter
    [cite] = _assemble(text, _spans(text, [("Ammian.", "author"), ("xx. 10, xxi. 3, 4.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.locator) == ("short", "Ammian", "xx. 10, xxi. 3, 4")
    text = "Themistius (iv. p. 56, 57)"
    [cite] = _assemble(text, _spans(text, [("Themistius", "author"), ("(iv. p. 56, 57)", "locator")]))
    assert (cite.get("author"), cite.locator) == ("Themistius", "iv. p. 56, 57")
    text = "(Orsolani, tom. iii. p. 212, 213.)"  # a volume opened by a lower-case "tom."
    [cite] = _assemble(text, _spans(text, [("Orsolani,", "author"), ("tom. iii. p. 212, 213.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.locator) == ("short", "Orsolani", "tom. iii. p. 212, 213")


def test_a_family_name_and_a_year_read_as_a_title_before_a_pinpoint_are_an_author_date_short_form():
    text = "Bukharin 1971b, p. 88."
    [cite] = _assemble(text, _spans(text, [("Bukharin 1971b,", "title"), ("p. 88.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.get("date"), cite.locator) == ("short", "Bukharin", "1971b", "88")
    text = "Rosa Luxemburg (1913), pp. 40-1."
    [cite] = _assemble(text, _spans(text, [("Rosa Luxemburg (1913),", "title"), ("pp. 40-1.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.get("date")) == ("short", "Rosa Luxemburg", "(1913)")
    text = "Accumulation of Capital 1913, p. 40."  # more than a name: a title stays a title
    [cite] = _assemble(text, _spans(text, [("Accumulation of Capital 1913,", "title"), ("p. 40.", "locator")]))
    assert cite.get("author") is None and cite.get("title") == "Accumulation of Capital 1913"


def test_an_author_date_cite_by_chapter_note_or_passim_is_a_short_form():
    for pinpoint, locator in (("passim.", "passim"), ("ch. 4.", "ch. 4"), ("n. 12.", "n. 12")):
        text = f"Deutscher 1954, {pinpoint}"
        [cite] = _assemble(text, _spans(text, [("Deutscher", "author"), ("1954,", "date"), (pinpoint, "locator")]))
        assert (cite.kind, cite.get("author"), cite.get("date"), cite.get("locator")) == ("short", "Deutscher", "1954", locator)
    text = "Deutscher, passim."  # without a year, a name and "passim" are no cite
    assert _assemble(text, _spans(text, [("Deutscher,", "author"), ("passim.", "locator")])) == []


def test_family_names_and_years_joined_by_and_are_author_date_short_forms():
    text = "See Hobsbawm 1975, Kiernan 1969 and Rudé 1964."
    cites = _assemble(text, _spans(text, [("Hobsbawm", "author"), ("1975,", "date"), ("Kiernan", "author"), ("1969", "date"),
                                          ("Rudé", "author"), ("1964.", "date")]))
    assert [(c.kind, c.get("author"), c.get("date")) for c in cites] == [
        ("short", "Hobsbawm", "1975"), ("short", "Kiernan", "1969"), ("short", "Rudé", "1964")]


def test_a_family_name_read_as_a_place_before_a_year_and_pinpoint_is_an_author_date_short_form():
    text = "Hilferding op. cit., p. 12; Bauer 1907, p. 30."
    cites = _assemble(text, _spans(text, [("Hilferding", "author"), ("op. cit.,", "ibid"), ("p. 12;", "locator"),
                                          ("Bauer", "location"), ("1907,", "date"), ("p. 30.", "locator")]))
    assert [(c.kind, c.get("author"), c.get("date"), c.locator) for c in cites][1] == ("short", "Bauer", "1907", "30")
    text = "Bauer 1924 [1907], p. 30."  # the original year in square brackets
    [cite] = _assemble(text, _spans(text, [("Bauer", "author"), ("1924 [1907],", "date"), ("p. 30.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.get("date")) == ("short", "Bauer", "1924 [1907]")
    text = "Wien 1910, S. 5."  # a known place and its imprint's year
    cites = _assemble(text, _spans(text, [("Wien", "location"), ("1910,", "date"), ("S. 5.", "locator")]))
    assert all(c.get("author") != "Wien" for c in cites)


def test_a_family_name_and_a_year_alone_as_a_part_of_their_own_are_an_author_date_short_form():
    text = "See Bukharin 1971b; Kautsky 1910."
    cites = _assemble(text, _spans(text, [("Bukharin", "author"), ("1971b;", "date"), ("Kautsky", "author"),
                                          ("1910.", "date")]))
    assert [(c.kind, c.get("author"), c.get("date")) for c in cites] == [("short", "Bukharin", "1971b"),
                                                                         ("short", "Kautsky", "1910")]
    text = "It was Bukharin 1971 who wrote it."  # inside a sentence: no cite
    assert _assemble(text, _spans(text, [("Bukharin", "author"), ("1971", "date")])) == []


def test_a_name_alone_as_a_part_of_its_own_is_a_short_form():
    for text, name in (("Birch.", "Birch"), ("Bermúdez de Castro.", "Bermúdez de Castro"), ("Vgl. Sayous; Allg. Ztg.", "Sayous"),
                       ("die Garnison mußte verstärkt werden (Sayous);", "Sayous")):
        cites = _assemble(text, _spans(text, [(name, "author")]))
        assert [(c.kind, c.get("author")) for c in cites] == [("short", name)], text
    for text, name in (("It was Birch who wrote it.", "Birch"), ("Smith, John.", "Smith, John")):  # inside prose; a name
        assert _assemble(text, _spans(text, [(name, "author")])) == [], text


def test_container_loses_its_preposition_and_article():
    from notecite.parse.cites import _field_bounds

    for text, container in [("im Journal des Économistes", "Journal des Économistes"),
                            ("der Zeitschrift für Politik", "Zeitschrift für Politik"),
                            ("dans la Revue philosophique", "Revue philosophique"),
                            ("en la Revista de Historia", "Revista de Historia"),
                            ("nella Nuova Antologia", "Nuova Antologia"), ("In: Past & Present", "Past & Present"),
                            ("La Revue blanche", "La Revue blanche"), ("dans l'Année sociologique", "Année sociologique"),
                            ("in Writings of Leon Trotsky (1933-34)", "Writings of Leon Trotsky (1933-34)")]:
        start, end = _field_bounds(text, "container-title", 0, len(text))
        assert text[start:end] == container, text
    assert _field_bounds("der Zeitschrift", "title", 0, 15) == (0, 15)  # only a container loses it


def test_short_title_or_name_with_only_a_pinpoint():
    text = "Maladies mentales, t. I, p. 639."
    [cite] = _assemble(text, _spans(text, [("Maladies mentales,", "container-title"), ("t. I,", "volume"),
                                           ("p. 639.", "pages")]))
    assert (cite.kind, cite.get("title"), cite.get("container-title"), cite.locator) == \
        ("short", "Maladies mentales", None, "t. I, p. 639")
    text = "Hutchinson, vol. 1, p. 452."
    [cite] = _assemble(text, _spans(text, [("Hutchinson,", "editor"), ("vol. 1,", "volume"), ("p. 452.", "pages")]))
    assert (cite.kind, cite.get("author"), cite.get("editor"), cite.locator) == ("short", "Hutchinson", None, "vol. 1, p. 452")
    # a periodical with its volume and a date is a reference, not a short title
    text = "Revue philosophique, t. II, 1890, p. 12."
    [cite] = _assemble(text, _spans(text, [("Revue philosophique,", "container-title"), ("t. II,", "volume"),
                                           ("1890,", "date"), ("p. 12.", "pages")]))
    assert cite.get("container-title") == "Revue philosophique" and cite.kind == "full"


def test_family_name_and_bare_page_is_a_short_form():
    text = "Wood, 25."
    [cite] = _assemble(text, _spans(text, [("Wood,", "author"), ("25.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.locator) == ("short", "Wood", "25")
    text = "Guard, 60–61."
    [cite] = _assemble(text, _spans(text, [("Guard,", "author"), ("60–61.", "locator")]))
    assert cite.locator == "60–61"
    text = "Garneau, II. 318-20."  # a volume in capital Roman numerals and its pages
    [cite] = _assemble(text, _spans(text, [("Garneau,", "author"), ("II. 318-20.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.locator) == ("short", "Garneau", "II. 318-20")
    text = "Smith, 1990."  # a year, not a page
    assert _assemble(text, _spans(text, [("Smith,", "author"), ("1990.", "locator")])) == []


def test_a_volume_before_the_pinpoint_of_a_book_is_part_of_the_pinpoint():
    text = "Writings of Washington, II. 78."
    [cite] = _assemble(text, _spans(text, [("Writings of Washington,", "title"), ("II.", "volume"), ("78.", "locator")]))
    assert (cite.kind, cite.locator, cite.get("volume")) == ("full", "II. 78", None)
    text = "Mem. Eccles. tom. xiii. p. 586."
    [cite] = _assemble(text, _spans(text, [("Mem. Eccles.", "title"), ("tom. xiii.", "volume"), ("p. 586.", "locator")]))
    assert cite.locator == "tom. xiii. p. 586"
    text = "Ford, in Political Science Quarterly, 6, 615."  # a periodical's (Arabic) volume stays the record's
    [cite] = _assemble(text, _spans(text, [("Ford,", "author"), ("Political Science Quarterly,", "container-title"),
                                           ("6,", "volume"), ("615.", "locator")]))
    assert (cite.get("volume"), cite.locator) == ("6", "615")
    text = "Nettl, Rosa Luxemburg, 2 vols., II, 715–717."  # how many volumes it has is no pinpoint
    [cite] = _assemble(text, _spans(text, [("Nettl,", "author"), ("Rosa Luxemburg,", "title"), ("2 vols., II,", "volume"),
                                           ("715–717.", "locator")]))
    assert (cite.get("volume"), cite.locator) == ("2 vols.", "II, 715–717")


def test_one_volume_named_with_its_word_and_no_other_pinpoint_is_the_pinpoint():
    text = "Birch, Memoirs, tomo I."
    [cite] = _assemble(text, _spans(text, [("Birch,", "author"), ("Memoirs,", "title"), ("tomo I.", "volume")]))
    assert (cite.locator, cite.get("volume")) == ("tomo I.", None)
    text = "Okafor, River Ports, vol. 2, 45–46."  # a bare page after the volume read into it: the pinpoint too
    [cite] = _assemble(text, _spans(text, [("Okafor,", "author"), ("River Ports,", "title"), ("vol. 2, 45–46.", "volume")]))
    assert (cite.locator, cite.get("volume")) == ("vol. 2, 45–46", None)
    text = "The Works of Franklin, ed. by Sparks, vol. II., Boston, 1836."
    [cite] = _assemble(text, _spans(text, [("The Works of Franklin,", "title"), ("ed. by Sparks,", "editor"),
                                           ("vol. II.,", "volume"), ("Boston,", "location"), ("1836.", "date")]))
    assert (cite.kind, cite.locator, cite.get("volume")) == ("full", "vol. II", None)
    text = "Ford, in Political Science Quarterly, vol. VI."  # a periodical's volume stays the record's
    [cite] = _assemble(text, _spans(text, [("Ford,", "author"), ("Political Science Quarterly,", "container-title"),
                                           ("vol. VI.", "volume")]))
    assert (cite.locator, cite.get("volume")) == (None, "vol. VI")
    text = "Nettl, Rosa Luxemburg, 2 vols. (London, 1966)."  # how many volumes it has is no pinpoint
    [cite] = _assemble(text, _spans(text, [("Nettl,", "author"), ("Rosa Luxemburg,", "title"), ("2 vols.", "volume"),
                                           ("(London,", "location"), ("1966).", "date")]))
    assert (cite.locator, cite.get("volume")) == (None, "2 vols.")


def test_a_roman_volume_and_the_page_ending_a_cite_are_its_pinpoint():
    text = "P.L. Ford, The Association of the First Congress, in Political Science Quarterly, VI. 615–7."
    [cite] = _assemble(text, _spans(text, [("P.L. Ford,", "author"), ("The Association of the First Congress,", "title"),
                                           ("Political Science Quarterly,", "container-title"), ("VI.", "volume"),
                                           ("615–7.", "pages")]))
    assert (cite.locator, cite.get("volume"), cite.get("pages")) == ("VI. 615–7", None, None)
    text = "Dictionary of American Biography, IX 91-92."
    [cite] = _assemble(text, _spans(text, [("Dictionary of American Biography,", "title"), ("IX 91-92.", "volume")]))
    assert (cite.locator, cite.get("volume")) == ("IX 91-92", None)
    text = "Mrs. Thornton, “Capture of Washington,” in Records of the Society, XIX, 176."
    [cite] = _assemble(text, _spans(text, [("Mrs. Thornton,", "author"), ("“Capture of Washington,”", "title"),
                                           ("Records of the Society,", "container-title"), ("XIX,", "volume"),
                                           ("176.", "locator")]))
    assert cite.locator == "XIX, 176"
    text = "Hale, “Harbour Towns” (Review of the Harbours, xii, pp. 70, 251)."  # a lower-case Roman volume
    [cite] = _assemble(text, _spans(text, [("Hale,", "author"), ("“Harbour Towns”", "title"),
                                           ("(Review of the Harbours,", "container-title"), ("xii,", "volume"),
                                           ("pp. 70, 251).", "locator")]))
    assert (cite.locator, cite.get("volume")) == ("xii, pp. 70, 251", None)


def test_a_roman_numeral_read_as_the_title_after_a_name_is_the_pinpoint():
    text = "Lysias, X, 4."  # an ancient author cited by book and section
    [cite] = _assemble(text, _spans(text, [("Lysias,", "author"), ("X,", "title"), ("4.", "locator")]))
    assert (cite.locator, cite.get("title"), cite.get("author")) == ("X, 4", None, "Lysias")
    text = "Lysias, VII."
    [cite] = _assemble(text, _spans(text, [("Lysias,", "author"), ("VII.", "title")]))
    assert (cite.locator, cite.get("title")) == ("VII", None)
    text = "Marlowe, Henry V, 3."  # a title holding a numeral is a title
    [cite] = _assemble(text, _spans(text, [("Marlowe,", "author"), ("Henry V,", "title"), ("3.", "locator")]))
    assert (cite.locator, cite.get("title")) == ("3", "Henry V")
    text = "IV, 12."  # no name before it: left as it is
    [cite] = _assemble(text, _spans(text, [("IV,", "title"), ("12.", "locator")]))
    assert cite.get("title") == "IV"


def test_a_modern_periodical_volume_and_article_pages_stay_in_the_record():
    text = "Ram, “Git can facilitate reproducibility,” Source Code for Biology 8, no. 7 (2013): 7."
    [cite] = _assemble(text, _spans(text, [("Ram,", "author"), ("“Git can facilitate reproducibility,”", "title"),
                                           ("Source Code for Biology", "container-title"), ("8,", "volume"),
                                           ("no. 7", "issue"), ("(2013):", "date"), ("7.", "pages")]))
    assert (cite.locator, cite.get("volume"), cite.get("pages")) == (None, "8", "7")
    text = "Ford, in Political Science Quarterly, VI."  # a volume alone is no page
    [cite] = _assemble(text, _spans(text, [("Ford,", "author"), ("Political Science Quarterly,", "container-title"),
                                           ("VI.", "volume")]))
    assert (cite.locator, cite.get("volume")) == (None, "VI")


def test_family_name_and_book_pinpoint_is_a_short_form():
    text = "Zosimus, l. iii. p. 158."
    [cite] = _assemble(text, _spans(text, [("Zosimus,", "author"), ("l. iii. p. 158.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.locator) == ("short", "Zosimus", "l. iii. p. 158")


def test_a_volume_and_a_document_number_before_the_page_of_a_book_are_the_pinpoint():
    text = "State Papers, Foreign, IV. No. 310, p. 52."
    [cite] = _assemble(text, _spans(text, [("State Papers, Foreign,", "title"), ("IV.", "volume"), ("No. 310,", "issue"),
                                           ("p. 52.", "locator")]))
    assert (cite.locator, cite.get("volume"), cite.get("issue")) == ("IV. No. 310, p. 52", None, None)
    text = "Smith, in Political Science Quarterly, 6, no. 2, 615."  # a periodical's volume and issue stay the record's
    [cite] = _assemble(text, _spans(text, [("Smith,", "author"), ("Political Science Quarterly,", "container-title"),
                                           ("6,", "volume"), ("no. 2,", "issue"), ("615.", "locator")]))
    assert (cite.get("volume"), cite.get("issue"), cite.locator) == ("6", "no. 2", "615")


def test_in_before_the_editor_of_a_container_keeps_one_cite():
    text = "Hugo Münsterberg, Das Frauenstudium in Amerika, in Kirchhoff, Die akademische Frau. Berlin 1897. S. 343."
    spans = _spans(text, [("Hugo Münsterberg,", "author"), ("Das Frauenstudium in Amerika,", "title"),
                          ("Kirchhoff,", "editor"), ("Die akademische Frau.", "container-title"), ("Berlin", "location"),
                          ("1897.", "date"), ("S. 343.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.get("editor") == "Kirchhoff" and cite.get("title") == "Das Frauenstudium in Amerika"
    assert cite.locator == "343"
    text = "Hugo Münsterberg, Das Frauenstudium in Amerika, and Kirchhoff, Die akademische Frau."  # not "in": two cites
    spans = _spans(text, [("Hugo Münsterberg,", "author"), ("Das Frauenstudium in Amerika,", "title"),
                          ("Kirchhoff,", "editor"), ("Die akademische Frau.", "container-title")])
    assert len(_assemble(text, spans)) == 2


def test_an_edition_or_reprint_year_in_brackets_after_a_title_keeps_one_cite():
    text = "House Journal (repr. 1826), p. 238."
    spans = _spans(text, [("House Journal", "title"), ("1826),", "date"), ("p. 238.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.kind == "full" and cite.get("date") == "1826" and cite.locator == "238"
    text = "Acts and Laws of Connecticut (ed. 1784), pp. 368, 369."
    [cite] = _assemble(text, _spans(text, [("Acts and Laws of Connecticut", "title"), ("1784),", "date"),
                                           ("pp. 368, 369.", "locator")]))
    assert cite.locator == "368, 369"
    text = "Public Laws of Rhode Island (revision of 1822), p. 441."
    [cite] = _assemble(text, _spans(text, [("Public Laws of Rhode Island", "title"), ("1822),", "date"),
                                           ("p. 441.", "locator")]))
    assert cite.get("date") == "1822" and cite.locator == "441"
    text = "House Journal (see the year 1826), p. 4."  # other words in the bracket: the date is no edition's
    assert len(group_fields(text, tokenize(text), token_tags(tokenize(text), _spans(text, [
        ("House Journal", "title"), ("1826),", "date"), ("p. 4.", "locator")])))) == 2


def test_a_name_after_the_full_stop_that_closes_a_year_or_pinpoint_opens_the_next_cite():
    # the tagger ran the date on over its full stop: the name after it is the next work's author
    text = ("Hadfield to the Commissioners, May 14 and 16, 1798. Wilhelmus B. Bryan, A History of the National "
            "Capital (New York, 1914-1916), 1, 314.")
    spans = _spans(text, [("Hadfield to the Commissioners,", "title"), ("May 14 and 16, 1798.", "date"),
                          ("Wilhelmus B. Bryan,", "author"), ("A History of the National Capital", "title"),
                          ("(New York,", "location"), ("1914-1916),", "date"), ("1, 314.", "locator")])
    letter, book = _assemble(text, spans)
    assert letter.get_all("author") == [] and letter.get("title") == "Hadfield to the Commissioners"
    assert book.get_all("author") == ["Wilhelmus B. Bryan"] and book.get("title") == "A History of the National Capital"
    # so does a name and its pinpoint or title after the full stop ending a title's whole word
    text = "Review of Military Operations in North America. Entick, I. 145."
    spans = _spans(text, [("Review of Military Operations in North America.", "title"), ("Entick,", "author"),
                          ("I. 145.", "locator")])
    review, entick = _assemble(text, spans)
    assert review.get_all("author") == [] and entick.get_all("author") == ["Entick"] and entick.locator == "I. 145"
    text = "Conduct of Major-General Shirley briefly stated. Eastburn, Faithful Narrative. Entick, I. 471."
    spans = _spans(text, [("Conduct of Major-General Shirley briefly stated. Eastburn,", "title"),
                          ("Faithful Narrative. Entick,", "title"), ("I. 471.", "locator")])
    cites = _assemble(text, spans)  # the tagger read both names into the titles
    assert [(c.get_all("author"), c.get("title")) for c in cites] == [
        ([], "Conduct of Major-General Shirley briefly stated"), (["Eastburn"], "Faithful Narrative"), (["Entick"], None)]
    # a periodical's issue after the full stop ending an unquoted title's whole word is a cite of its own
    text = "Review of Military Operations in North America. Gentleman's Magazine, 1757, p. 73."
    spans = _spans(text, [("Review of Military Operations in North America.", "title"),
                          ("Gentleman's Magazine,", "container-title"), ("1757,", "date"), ("p. 73.", "locator")])
    review, magazine = _assemble(text, spans)
    assert review.get("title") == "Review of Military Operations in North America" and magazine.locator == "73"
    text = "Ferri, Variations thermométriques et criminalité. In Archives d'Anth. criminelle, 1887."  # "In": its container
    spans = _spans(text, [("Ferri,", "author"), ("Variations thermométriques et criminalité.", "title"),
                          ("In Archives d'Anth. criminelle,", "container-title"), ("1887.", "date")])
    assert len(_assemble(text, spans)) == 1
    text = "“Heritage in Danger.” Museum International, 2018, p. 4."  # a quoted title: the article in the journal
    spans = _spans(text, [("“Heritage in Danger.”", "title"), ("Museum International,", "container-title"),
                          ("2018,", "date"), ("p. 4.", "locator")])
    assert len(_assemble(text, spans)) == 1
    # a title after the full stop ending a periodical's name is the next cite's
    text = "Letters in Boston News Letter. Journal of Surgeon John Thomas."
    spans = _spans(text, [("Boston News Letter.", "container-title"), ("Journal of Surgeon John Thomas.", "title")])
    paper, journal = _assemble(text, spans)
    assert paper.get("title") is None and journal.get("title") == "Journal of Surgeon John Thomas"
    text = "Annals of Cong. Debates, p. 4."  # a word cut short before the full stop: one cite
    spans = _spans(text, [("Annals of Cong.", "container-title"), ("Debates,", "title"), ("p. 4.", "locator")])
    assert len(_assemble(text, spans)) == 1
    text = "Hist. Parl. Smith, I. 4."  # a title's word cut short: the name may be its editor's
    spans = _spans(text, [("Hist. Parl.", "title"), ("Smith,", "author"), ("I. 4.", "locator")])
    assert len(_assemble(text, spans)) == 1
    # a name after an abbreviation's full stop inside the cite stays in it
    text = "Die Geschichte, hg. v. Karl Müller, Bd. 2."
    spans = _spans(text, [("Die Geschichte,", "title"), ("hg. v. Karl Müller,", "editor"), ("Bd. 2.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.get("title") == "Die Geschichte"


def test_a_title_after_the_full_stop_that_closes_a_date_opens_the_next_cite():
    # the date closing one document's heading ends its cite; the title after it is the next document's
    text = "Minutes of the Board held at Albany, March 3, 1760. Orders to Colonel Hart, 9 Apr. 1760."
    spans = _spans(text, [("March 3, 1760.", "date"), ("Orders to Colonel Hart,", "title"), ("9 Apr. 1760.", "date")])
    groups = group_fields(text, tokenize(text), token_tags(tokenize(text), spans))
    assert [[label for *_, label in group] for group in groups] == [["date"], ["title", "date"]]
    # author-date: the year after the name is the cite's own, the title after it stays in the cite
    text = "Smith, John. 1990. The Long Winter. London: Penguin."
    spans = _spans(text, [("Smith, John.", "author"), ("1990.", "date"), ("The Long Winter.", "title"),
                          ("London:", "location"), ("Penguin.", "publisher")])
    assert len(group_fields(text, tokenize(text), token_tags(tokenize(text), spans))) == 1


def test_a_name_and_in_his_title_are_one_cite():
    text = "M. Story dans ses Commentaires sur la constitution des États-Unis, p. 85-115."
    spans = _spans(text, [("M. Story", "author"), ("Commentaires sur la constitution des États-Unis", "title"),
                          ("p. 85-115.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.get("author") == "M. Story" and cite.get("title") == "Commentaires sur la constitution des États-Unis"
    assert cite.locator == "85-115"


def _assemble_as_tagged(text, spans):
    tokens = tokenize(text)
    return assemble(text, tokens, token_tags(tokens, spans), [1.0] * len(tokens))


def test_an_editor_s_periodical_after_in_stays_in_the_cite_of_its_article():
    for text, gap in [("K. Bücher, Über die Verteilung, in G. von Mayrs Allgemeinem Archiv, Tübingen 1892. S. 369.",
                       "in G. von Mayrs"),
                      ("W. Sombart, Die Hausindustrie. In Brauns Archiv für Statistik, Tübingen 1892. S. 369.", "In Brauns"),
                      ("H. Robinson, Le mouvement in der Revue politique, Tübingen 1892. S. 369.", "in der")]:
        author, rest = text.split(", ", 1)
        title = rest.split(gap)[0].rstrip(" ,.")
        container = rest.split(gap)[1].split(",")[0].strip()
        [cite] = _assemble_as_tagged(text, _spans(text, [(author + ",", "author"), (title, "title"), (container, "container-title"),
                                               ("Tübingen", "location"), ("1892.", "date"), ("S. 369.", "locator")]))
        assert cite.get("container-title") == container, text
    text = "Pierstorff, Frauenarbeit. 3. Bd. des Handwörterbuchs der Staaten. Jena 1892. S. 643."
    [cite] = _assemble_as_tagged(text, _spans(text, [("Pierstorff,", "author"), ("Frauenarbeit.", "title"), ("3. Bd.", "volume"),
                                           ("Handwörterbuchs der Staaten.", "container-title"), ("Jena", "location"),
                                           ("1892.", "date"), ("S. 643.", "locator")]))
    assert cite.get("container-title") == "Handwörterbuchs der Staaten"
    # a name that is no genitive opens another cite
    text = "W. Sombart, Die Hausindustrie. In Karl Marx Archiv für Statistik, Tübingen 1892."
    cites = _assemble_as_tagged(text, _spans(text, [("W. Sombart,", "author"), ("Die Hausindustrie.", "title"),
                                          ("Archiv für Statistik", "container-title"), ("Tübingen", "location"),
                                          ("1892.", "date")]))
    assert len(cites) == 2


def test_a_title_run_past_the_full_stop_of_a_pinpoint_ends_there():
    # the tagger ran one title over two sentences: the page's full stop ends the first cite
    text = "Carver's Journey, 1768, in Weekly Register, IV. 212. Papers of John Hale, 1770, in State Records, II. 18."
    first_title = "Carver's Journey, 1768, in Weekly Register, IV. 212. Papers of John Hale, 1770,"
    cites = _assemble(text, _spans(text, [(first_title, "title"), ("State Records,", "container-title"),
                                          ("II. 18.", "locator")]))
    # (the year and "in" inside the run end the first title: Carver's "Journey" of 1768 in the Weekly Register)
    assert [c.get("title") for c in cites] == ["Journey", "Papers of John Hale, 1770"]
    assert (cites[0].get("author"), cites[0].get("date"), cites[0].get("container-title")) == \
        ("Carver's", "1768", "Weekly Register")
    assert cites[0].locator == "IV. 212"  # a Roman volume and page after a comma: the first cite's pinpoint
    text = "Geschichte im 18. Jahrhundert, S. 4."  # an ordinal, not a pinpoint: one title
    [cite] = _assemble(text, _spans(text, [("Geschichte im 18. Jahrhundert,", "title"), ("S. 4.", "locator")]))
    assert cite.get("title") == "Geschichte im 18. Jahrhundert"


def test_a_title_run_over_a_list_of_title_cased_sentences_is_one_cite_each():
    text = "Journal of the Siege. Letters of Hale. Papers of the Council (State Office). Hart Papers"
    cites = _assemble(text, _spans(text, [(text, "title")]))
    assert [c.get("title") for c in cites] == ["Journal of the Siege", "Letters of Hale",
                                               "Papers of the Council (State Office)", "Hart Papers"]
    text = "Die Frauenfrage. Ihre geschichtliche Entwicklung, S. 4."  # a title and its subtitle: one title
    [cite] = _assemble(text, _spans(text, [("Die Frauenfrage. Ihre geschichtliche Entwicklung,", "title"),
                                          ("S. 4.", "locator")]))
    assert cite.get("title") == "Die Frauenfrage. Ihre geschichtliche Entwicklung"
    text = "Hostes patriae honores perdant. Ut salvi simus, serva nobis ducem. Vivat rex noster"  # sentences quoted
    assert len(_assemble(text, _spans(text, [(text, "title")]))) == 1


def test_a_sentence_read_as_the_title_opening_a_cite_leaves_it():
    text = "La salle était alors pleine de monde. Paris, Lyon, Lille en faisaient partie."
    assert _assemble(text, _spans(text, [("La salle était alors pleine de monde.", "title"),
                                         ("Paris, Lyon, Lille", "location")])) == []
    text = "La salle de bal des Tuileries. Paris, 1890."  # no finite verb: a title and its imprint
    [cite] = _assemble(text, _spans(text, [("La salle de bal des Tuileries.", "title"), ("Paris,", "location"),
                                           ("1890.", "date")]))
    assert cite.get("title") == "La salle de bal des Tuileries"


def test_family_name_year_and_pinpoint_is_a_short_form():
    text = "Lescarbot (1612), 233."
    [cite] = _assemble(text, _spans(text, [("Lescarbot", "author"), ("(1612),", "date"), ("233.", "locator")]))
    assert (cite.kind, cite.get("author"), cite.get("date"), cite.locator) == ("short", "Lescarbot", "1612", "233")
    text = "Lescarbot, 3 May 1612, 233."  # a full date: no year naming a work, no short form
    assert _assemble(text, _spans(text, [("Lescarbot,", "author"), ("3 May 1612,", "date"), ("233.", "locator")])) == []


def test_a_pinpoint_alone_after_a_quotation_is_the_locator_of_the_cite_before():
    text = "Halloway, The Long Winter. “Snow fell on every road that year.” (p. 7.)"
    spans = _spans(text, [("Halloway,", "author"), ("The Long Winter.", "title"), ("p. 7.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "7" and cite.fields[-1] == ("locator", "p. 7")


def test_a_pinpoint_alone_after_a_cite_with_its_own_pinpoint_is_no_cite():
    text = "Halloway, The Long Winter, p. 3. “Snow fell on every road that year.” (p. 7.)"
    spans = _spans(text, [("Halloway,", "author"), ("The Long Winter,", "title"), ("p. 3.", "locator"),
                          ("p. 7.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "3"


def test_a_pinpoint_after_a_year_place_or_note_and_a_comma_is_the_cite_befores():
    for text, spans, want in [
            ("Ibid., 1911, pp. 40, 52.", [("Ibid.", "ibid"), ("1911,", "date"), ("pp. 40, 52.", "locator")], "40, 52"),
            ("Harbour Board, Annual Returns (Leeds, 1904), Marsh statement of June 3, 1903, p. 77.",
             [("Harbour Board,", "author"), ("Annual Returns", "title"), ("Leeds,", "location"), ("1904", "date"),
              ("Marsh statement of June 3, 1903,", "note"), ("p. 77.", "locator")], "77"),
            ("Vgl. Wend, a.a.O., 1902. 3. Buch. S. 41 ff.",
             [("Wend,", "author"), ("a.a.O.", "ibid"), ("1902.", "date"), ("3. Buch.", "volume"),
              ("S. 41 ff.", "locator")], "3. Buch. S. 41 ff.")]:
        [cite] = _assemble(text, _spans(text, spans))
        assert cite.locator == want, text
    # not right after a comma (a sentence between), or after a cite with its own pinpoint: no pinpoint of that cite
    for text, spans in [("Ibid. See the report of 1911, pp. 40, 52.", [("Ibid.", "ibid"), ("1911,", "date"),
                                                                      ("pp. 40, 52.", "locator")]),
                        ("Ibid., p. 3, 1911, pp. 40, 52.", [("Ibid.,", "ibid"), ("p. 3,", "locator"), ("1911,", "date"),
                                                            ("pp. 40, 52.", "locator")])]:
        cites = _assemble(text, _spans(text, spans))
        assert cites[0].locator in (None, "3"), text


def test_a_note_and_a_pinpoint_alone_name_a_work_by_the_note():
    text = "Survey of the Coastal Lighthouses, p. 14."
    spans = _spans(text, [("Survey of the Coastal Lighthouses,", "note"), ("p. 14.", "locator")])
    [cite] = _assemble(text, spans)
    assert (cite.get("title"), cite.locator) == ("Survey of the Coastal Lighthouses", "14")
    text = "Harbour statement of June 3, 1911, p. 14."  # a dated document
    assert _assemble(text, _spans(text, [("Harbour statement of June 3, 1911", "note"), ("p. 14.", "locator")])) == []
    # a public law opening the note is the title of its own cite (rule_public_law_number_is_the_title)
    text = "Public Law 61–402, Ch. 12, p. 14."
    [cite] = _assemble(text, _spans(text, [("Public Law 61–402, Ch. 12", "note"), ("p. 14.", "locator")]))
    assert cite.get("title") == "Public Law 61–402"


def test_sentences_of_prose_before_a_short_title_and_its_pinpoint_leave_the_title():
    text = "Ludos magnos in urbe populus cum gaudio celebrabat et cives plurimi aderant. Chron. Urb. p. 44."
    spans = _spans(text, [("Ludos magnos in urbe populus cum gaudio celebrabat et cives plurimi aderant. Chron. Urb.",
                           "title"), ("p. 44.", "locator")])
    [cite] = _assemble(text, spans)
    assert (cite.get("title"), cite.locator) == ("Chron. Urb", "44")
    text = "Ludos magnos in urbe populus cum gaudio celebrabat et cives plurimi aderant. Orosius, vii. 12."
    spans = _spans(text, [("Ludos magnos in urbe populus cum gaudio celebrabat et cives plurimi aderant. Orosius,", "title"),
                          ("vii. 12.", "locator")])
    [cite] = _assemble(text, spans)
    assert (cite.get("author"), cite.get("title"), cite.locator) == ("Orosius", None, "vii. 12")


def test_an_abbreviated_title_in_lower_case_words_keeps_its_words():
    text = "Umriss einer Gesch. des alten deutschen peinl. Rechts, S. 25."
    spans = _spans(text, [("Umriss einer Gesch. des alten deutschen peinl. Rechts,", "title"), ("S. 25.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.get("title") == "Umriss einer Gesch. des alten deutschen peinl. Rechts"


def test_a_pinpoint_after_a_name_and_a_few_lower_case_words_is_that_authors():
    text = "Orsolani praises the harbour works (iv. p. 17), which others blame."
    spans = _spans(text, [("Orsolani", "author"), ("(iv. p. 17)", "locator")])
    [cite] = _assemble(text, spans)
    assert (cite.kind, cite.get("author"), cite.locator) == ("short", "Orsolani", "iv. p. 17")


def test_a_pinpoint_after_another_name_or_title_is_not_the_first_names():
    text = "Orsolani, in Le Brun, p. 17."
    assert _assemble(text, _spans(text, [("Orsolani", "author"), ("p. 17.", "locator")])) == []


def test_lower_case_words_between_a_possessive_name_and_a_pinpoint_are_its_title():
    from notecite.parse.cites import _lower_case_title_after_a_possessive

    fields = [("author", "Hallam's", 6, 14), ("prose", "treatise", 15, 23), ("volume", "vol. 2", 25, 31),
              ("locator", "p. 81", 33, 38)]
    assert _lower_case_title_after_a_possessive(fields)[1] == ("title", "treatise", 15, 23)
    fields[0] = ("author", "Hallam", 6, 12)  # no possessive: the words stay prose
    assert _lower_case_title_after_a_possessive(fields)[1][0] == "prose"


def test_a_comment_inside_the_imprint_bracket_stays_in_the_cite():
    text = "Marsh, The Salt Roads (Hale's translation, 1902), pp. 12–14."
    [cite] = _assemble(text, _spans(text, [("Marsh,", "author"), ("The Salt Roads", "title"), ("(Hale's", "translator"),
                                           ("1902),", "date"), ("pp. 12–14.", "locator")]))
    assert cite.get("title") == "The Salt Roads" and cite.locator == "12–14"
    text = "Marsh, The Salt Roads (abridged for schools, 1902), pp. 12–14."
    [cite] = _assemble(text, _spans(text, [("Marsh,", "author"), ("The Salt Roads", "title"), ("1902),", "date"),
                                           ("pp. 12–14.", "locator")]))
    assert cite.get("title") == "The Salt Roads" and cite.locator == "12–14"
    text = "Marsh, The Salt Roads (see the review of 1902), pp. 12–14."  # no comma before the year: a new start
    assert len(group_fields(text, tokenize(text), token_tags(tokenize(text), _spans(
        text, [("Marsh,", "author"), ("The Salt Roads", "title"), ("1902),", "date"), ("pp. 12–14.", "locator")])))) == 2


def test_a_series_after_a_semicolon_in_the_imprint_bracket_stays_in_the_cite():
    text = "Ada Kemp, The Lower Docks (Boston, 1911; House Document No. 40, 61st Cong.), p. 9. Ivo Park, Quays (Salem, 1870), p. 2."
    first, second = _assemble(text, _spans(text, [
        ("Ada Kemp,", "author"), ("The Lower Docks", "title"), ("(Boston,", "location"), ("1911;", "date"),
        ("House Document No. 40,", "title"), ("61st Cong.),", "note"), ("p. 9.", "locator"), ("Ivo Park,", "author"),
        ("Quays", "title"), ("(Salem,", "location"), ("1870),", "date"), ("p. 2.", "locator")]))
    assert first.get("title") == "The Lower Docks" and first.get("collection-title") == "House Document No. 40"
    assert first.locator == "9" and second.get("title") == "Quays"
    text = "Kemp, The Lower Docks (Boston, 1911); Park, Quays (Salem, 1870)."  # a ";" after the bracket: two cites
    assert len(_assemble(text, _spans(text, [("Kemp,", "author"), ("The Lower Docks", "title"), ("(Boston,", "location"),
                                             ("1911);", "date"), ("Park,", "author"), ("Quays", "title"),
                                             ("(Salem,", "location"), ("1870).", "date")]))) == 2


def test_a_hereafter_bracket_and_the_pinpoint_after_it_stay_in_the_cite():
    text = "Report of the Harbour Board (Leith: Board Press, 1884) (hereafter Report, 1884), p. 7."
    [cite] = _assemble(text, _spans(text, [("Report of the Harbour Board", "title"), ("(Leith:", "location"),
                                           ("Board Press,", "publisher"), ("1884)", "date"), ("Report,", "title"),
                                           ("1884),", "date"), ("p. 7.", "locator")]))
    assert cite.get("title") == "Report of the Harbour Board" and cite.locator == "7"


def test_an_abbreviated_place_ending_a_title_before_its_year_is_the_place():
    text = "Elementa juris naturalis gentium. Lips. 1762. §. 12."
    spans = _spans(text, [("Elementa juris naturalis gentium. Lips.", "title"), ("1762.", "date"), ("§. 12.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.fields[:3] == [("title", "Elementa juris naturalis gentium"), ("location", "Lips"), ("date", "1762")]
    dated = "Acta publica regni. Nov. 1762."  # a month before the year: a date, not a place
    [cite] = _assemble(dated, _spans(dated, [("Acta publica regni. Nov.", "title"), ("1762.", "date")]))
    assert cite.fields[0] == ("title", "Acta publica regni. Nov.")


def test_the_access_date_after_a_url_stays_in_the_cite():
    text = "Ann Lee, \"Strikes,\" Labour 35 (Winter 1968), available at https://example.org/s (accessed May 1, 2012)."
    spans = _spans(text, [("Ann Lee,", "author"), ("\"Strikes,\"", "title"), ("Labour", "container-title"),
                          ("35", "volume"), ("(Winter 1968),", "date"), ("available at", "note"),
                          ("https://example.org/s", "url"), ("(accessed May 1, 2012).", "date")])
    [cite] = _assemble(text, spans)
    assert cite.fields[-2:] == [("url", "https://example.org/s"), ("date", "accessed May 1, 2012")]


def test_a_document_place_in_a_series_is_the_pinpoint_and_the_volume_stays():
    text = "Senate Doc., 19 Cong. 1 sess. III. No. 48."
    spans = _spans(text, [("Senate Doc.,", "title"), ("19 Cong. 1 sess. III.", "volume"), ("No. 48.", "issue")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "19 Cong. 1 sess. III. No. 48"
    assert cite.get("volume") == "19 Cong. 1 sess. III" and cite.get("issue") == "No. 48"
    text = "State Papers, Finance, II. No. 63."
    [cite] = _assemble(text, _spans(text, [("State Papers, Finance,", "title"), ("II.", "volume"), ("No. 63.", "issue")]))
    assert cite.locator == "II. No. 63" and cite.get("volume") == "II"
    text = "Quarterly Review, 12, no. 3."
    [cite] = _assemble(text, _spans(text, [("Quarterly Review,", "title"), ("12,", "volume"), ("no. 3.", "issue")]))
    assert cite.locator is None


def test_further_pinpoints_of_a_series_after_a_semicolon_join_the_locator():
    text = "Senate Doc., 19 Cong. 1 sess. III. No. 48; 22 Cong. 2 sess. I. No. 7."
    spans = _spans(text, [("Senate Doc.,", "title"), ("19 Cong. 1 sess. III.", "volume"), ("No. 48;", "issue"),
                          ("22 Cong. 2 sess. I.", "volume"), ("No. 7.", "issue")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "19 Cong. 1 sess. III. No. 48; 22 Cong. 2 sess. I. No. 7"
    text = "Colonial State Papers, 1831–2, pp. 12–19; 1833–4, pp. 201–5."
    spans = _spans(text, [("Colonial State Papers,", "title"), ("1831–2, pp. 12–19;", "locator"),
                          ("1833–4,", "volume"), ("pp. 201–5.", "pages")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "1831–2, pp. 12–19; 1833–4, pp. 201–5"
    text = "Colonial State Papers, IV. No. 31, pp. 64–5, No. 44, p. 83."
    spans = _spans(text, [("Colonial State Papers,", "title"), ("IV. No. 31, pp. 64–5,", "locator"),
                          ("No. 44,", "issue"), ("p. 83.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "IV. No. 31, pp. 64–5, No. 44, p. 83"
    text = "Ibid., No. 31, p. 64 ff., No. 44, pp. 83–4."
    spans = _spans(text, [("No. 31,", "issue"), ("p. 64 ff.,", "locator"), ("No. 44,", "issue"), ("pp. 83–4.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.kind == "ibid" and cite.locator == "No. 31, p. 64 ff., No. 44, pp. 83–4"


def test_a_volume_alone_after_a_semicolon_does_not_join_the_locator():
    text = "Archives of the War, IV, pp. 12, 19; IX, pp. 201, 205."
    spans = _spans(text, [("Archives of the War,", "title"), ("IV, pp. 12, 19;", "locator"),
                          ("IX,", "volume"), ("pp. 201, 205.", "pages")])
    assert _assemble(text, spans)[0].locator == "IV, pp. 12, 19"


def test_a_second_genre_run_stays_in_its_cite():
    """``Lee (BA Thesis) “Mill towns” deposited in the library - unpublished BA Thesis (1974) p60``: the genre
    named twice is one cite, its date and pinpoint with it."""
    text = "C I Lee (BA Thesis) “Mill towns” deposited in the library - unpublished BA Thesis (1974) p60"
    spans = _spans(text, [("C I Lee", "author"), ("(BA Thesis)", "genre"), ("“Mill towns”", "title"),
                          ("deposited in the", "note"), ("library - unpublished BA Thesis", "genre"), ("(1974)", "date"),
                          ("p60", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "p60" and ("date", "1974") in cite.fields


def test_capitalised_words_read_as_a_title_before_a_year_and_a_pinpoint_stay_a_title():
    from notecite.parse import parse_note
    [cite] = parse_note("Foreign Relations, 1887, p. xv.")
    assert dict(cite.fields)["title"] == "Foreign Relations" and "author" not in dict(cite.fields)


def test_the_page_a_sentence_after_a_cite_names_as_the_quotations_is_its_pinpoint():
    text = "Ann Lee, “Mill Towns,” Labour Review 7 (1990), pp. 40–52. Quote from p. 45."
    spans = _spans(text, [("Ann Lee,", "author"), ("“Mill Towns,”", "title"), ("Labour Review", "container-title"),
                          ("7", "volume"), ("(1990),", "date"), ("pp. 40–52.", "pages")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "45" and ("pages", "pp. 40–52") in cite.fields
    # the sentence read into the cite's pages: the pages stay the article's
    spans[-1] = (spans[-1][0], len(text), "pages")
    [cite] = _assemble(text, spans)
    assert cite.locator == "45" and ("pages", "pp. 40–52") in cite.fields
    # in brackets after the pages cited, the quotation's page is no pinpoint of its own
    bracketed = "Ann Lee, Mill Towns (London, 1990), pp. 40–52 (quote from p. 45)."
    spans = _spans(bracketed, [("Ann Lee,", "author"), ("Mill Towns", "title"), ("(London,", "location"),
                               ("1990),", "date"), ("pp. 40–52", "locator")])
    [cite] = _assemble(bracketed, spans)
    assert cite.locator == "40–52"


def test_a_sentence_on_the_writers_work_ending_on_in_keeps_one_cite():
    text = "Helen Marsh analyzes Lowe’s mills in “Mills and Markets,” in The North (Leeds: Hall, 1990), 4."
    spans = _spans(text, [("Helen Marsh", "author"), ("“Mills and Markets,”", "title"), ("The North", "container-title"),
                          ("(Leeds:", "location"), ("Hall,", "publisher"), ("1990),", "date"), ("4.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.fields[0] == ("author", "Helen Marsh") and ("title", "Mills and Markets") in cite.fields


def test_an_ibid_opening_a_sentence_after_names_is_a_cite_of_its_own():
    text = "These included Peru, Chile, and Bolivia. Ibid., 193–206."
    spans = _spans(text, [("Peru, Chile, and Bolivia.", "author"), ("Ibid.,", "ibid"), ("193–206.", "locator")])
    cites = _assemble(text, spans)
    assert [c.fields for c in cites if c.kind == "ibid"] == [[("ibid", "Ibid."), ("locator", "193–206")]]
    # an author's own ibid in one sentence stays one cite
    text = "Smith, ibid., 45."
    [cite] = _assemble(text, _spans(text, [("Smith,", "author"), ("ibid.,", "ibid"), ("45.", "locator")]))
    assert cite.fields[0] == ("author", "Smith")


def test_a_piece_in_its_authors_book_after_in_idem_is_one_cite():
    text = "E. J. Hobsbawm, 'The labour aristocracy', in idem, Labouring men (London, 1964), pp. 272–315."
    spans = _spans(text, [("E. J. Hobsbawm,", "author"), ("'The labour aristocracy',", "title"), ("idem,", "ibid"),
                          ("Labouring men", "title"), ("(London,", "location"), ("1964),", "date"),
                          ("pp. 272–315.", "locator")])
    [cite] = _assemble(text, spans)
    assert ("container-title", "Labouring men") in cite.fields and ("title", "The labour aristocracy") in cite.fields


def test_a_piece_in_his_book_is_one_cite():
    text = 'E. P. Thompson, "The Peculiarities of the English," in his The Poverty of Theory (London: Merlin, 1978), 245–301.'
    spans = _spans(text, [("E. P. Thompson,", "author"), ('"The Peculiarities of the English,"', "title"),
                          ("The Poverty of Theory", "container-title"), ("(London:", "location"), ("Merlin,", "publisher"),
                          ("1978),", "date"), ("245–301.", "pages")])
    [cite] = _assemble(text, spans)
    assert ("container-title", "The Poverty of Theory") in cite.fields and cite.fields[0] == ("author", "E. P. Thompson")


def test_a_lone_bracketed_book_and_chapter_later_in_the_note_is_another_place_of_the_same_work():
    text = "He kept his character, (Ammian. xxi. 4;) but under Valens he fought in the Armenian war, (xxix. 1.)"
    spans = _spans(text, [("Ammian.", "author"), ("xxi. 4", "locator"), ("xxix. 1", "locator")])
    cites = _assemble(text, spans)
    assert [(c.kind, c.locator, dict(c.fields).get("author")) for c in cites] == \
        [("short", "xxi. 4", "Ammian"), ("short", "xxix. 1", "Ammian")]


def test_a_list_of_titles_opening_on_articles_is_a_cite_each():
    text = "Deutscher's trilogy, The Prophet Armed, The Prophet Unarmed and The Prophet Outcast."
    spans = _spans(text, [("Deutscher's", "author"), ("The Prophet Armed, The Prophet Unarmed and The Prophet Outcast.", "title")])
    titles = [dict(c.fields).get("title") for c in _assemble(text, spans)]
    assert titles == ["The Prophet Armed", "The Prophet Unarmed", "The Prophet Outcast"]
    # one title holding a lower-case article, or a name and a title after its comma, stays whole
    for text, title in (("The Lion and the Unicorn.", "The Lion and the Unicorn"),
                        ("The State, Marx and Revolution.", "The State, Marx and Revolution"),
                        ("The Spanish Cockpit, An Eye-Witness Account.", "The Spanish Cockpit, An Eye-Witness Account")):
        assert [dict(c.fields).get("title") for c in _assemble(text, _spans(text, [(text, "title")]))] == [title]


def test_a_list_of_titles_as_sentences_is_a_cite_each():
    text = ("Orme, Journal of the Expedition. Instructions to Governor Shirley. Correspondence of Shirley. "
            "Johnson Papers. Dinwiddie Papers.")
    spans = _spans(text, [("Orme,", "author"), ("Journal of the Expedition. Instructions to Governor Shirley.", "title"),
                          ("Correspondence of Shirley. Johnson Papers. Dinwiddie Papers.", "title")])
    titles = [dict(c.fields).get("title") for c in _assemble(text, spans)]
    assert titles == ["Journal of the Expedition", "Instructions to Governor Shirley", "Correspondence of Shirley",
                      "Johnson Papers", "Dinwiddie Papers"]
    # a title and its subtitle, no list after them, stay one title
    text = "Roe, Die Frauenfrage. Ihre geschichtliche Entwicklung. Leipzig, 1901."
    spans = _spans(text, [("Roe,", "author"), ("Die Frauenfrage. Ihre geschichtliche Entwicklung.", "title"),
                          ("Leipzig,", "location"), ("1901.", "date")])
    assert dict(_assemble(text, spans)[0].fields)["title"] == "Die Frauenfrage. Ihre geschichtliche Entwicklung"


def test_a_title_like_a_sentence_before_a_place_and_year_keeps_its_cite():
    text = "Apologie pour tous les grands hommes qui ont été accusés de magie. Paris 1669."
    [cite] = _assemble(text, _spans(text, [(text[:text.index(" Paris")], "title"), ("Paris", "location"),
                                           ("1669.", "date")]))
    assert cite.get("title").startswith("Apologie") and cite.get("location") == "Paris"


def test_a_name_and_a_book_and_verse_or_legal_divisions_are_a_short_form():
    from notecite.parse import parse_note

    for text, locator in [("Coran, III, v. 139.", "III, v. 139"), ("Elien, XII, 23.", "XII, 23"),
                          ("Digeste, liv. XLVIII, tit. XXI, loi 3, § 6.", "liv. XLVIII, tit. XXI, loi 3, § 6")]:
        [cite] = parse_note(text)
        assert cite.kind == "short" and cite.locator == locator, text


def test_a_title_naming_its_author_after_by_is_a_full_reference():
    text = "History of Virginia, by William Stith."
    [cite] = _assemble(text, _spans(text, [("History of Virginia", "title"), ("William Stith", "author")]))
    assert cite.kind == "full"
    text = "Stith, History of Virginia."
    [cite] = _assemble(text, _spans(text, [("Stith", "author"), ("History of Virginia", "title")]))
    assert cite.kind == "short"


def test_a_run_of_a_dash_alone_is_no_field():
    text = "faith.”—Popular Antiquities, p. 56."
    cites = _assemble(text, _spans(text, [("—", "container-title"), ("Popular Antiquities,", "title"), ("p. 56.", "locator")]))
    assert [dict(c.fields).get("container-title") for c in cites] == [None]


def test_a_writers_verb_and_in_his_join_the_writer_to_his_work():
    text = "Dupont says in his Histoire du Cotentin, p. 140."
    [cite] = _assemble(text, _spans(text, [("Dupont", "author"), ("Histoire du Cotentin,", "title"), ("p. 140.", "locator")]))
    assert cite.get("author") == "Dupont" and cite.get("title") == "Histoire du Cotentin"


def test_a_name_a_roman_volume_and_a_worded_page_are_a_short_form():
    text = "Hartpole Lecky, I. S. 3-4."
    [cite] = _assemble(text, _spans(text, [("Hartpole Lecky,", "author"), ("I.", "volume"), ("S. 3-4.", "locator")]))
    assert cite.get("author") == "Hartpole Lecky" and "3-4" in (cite.locator or "")


def test_a_name_and_a_capitalised_volume_word_before_the_page_are_a_short_form():
    text = "Smith, Vol. II, p. 45."
    [cite] = _assemble(text, _spans(text, [("Smith,", "author"), ("Vol. II,", "volume"), ("p. 45.", "locator")]))
    assert cite.get("author") == "Smith" and cite.locator == "Vol. II, p. 45"


def test_a_writers_rank_between_commas_keeps_the_writer_in_the_cite():
    text = "Joannès, Major de Québec, Mémoire sur la Campagne de 1759."
    [cite] = _assemble(text, _spans(text, [("Joannès", "author"), ("Mémoire sur la Campagne de 1759", "title")]))
    assert cite.get("author") == "Joannès" and cite.get("title") == "Mémoire sur la Campagne de 1759"


def test_etc_and_in_between_a_title_and_its_collection_start_no_cite():
    text = "Queries Respecting Slavery, etc., in Mass. Hist. Soc. Coll., 1st Ser., IV. 205."
    [cite] = _assemble(text, _spans(text, [("Queries Respecting Slavery", "title"), ("Mass. Hist. Soc. Coll.", "container-title"),
                                           ("1st Ser., IV. 205", "locator")]))
    assert cite.get("title") == "Queries Respecting Slavery" and cite.locator == "1st Ser., IV. 205"


def test_a_congress_and_session_read_without_its_stop_still_opens_a_further_pinpoint():
    text = "Ibid., pp. 121, 135; 20 Cong. 2 sess. pp. 58–9, 84, 215."
    spans = _spans(text, [("Ibid.,", "ibid"), ("pp. 121, 135;", "locator"), ("20 Cong. 2 sess", "volume"),
                          ("pp. 58–9, 84, 215.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.kind == "ibid" and cite.locator == "121, 135; 20 Cong. 2 sess. pp. 58–9, 84, 215"


def test_a_bill_of_a_session_is_part_of_the_document_place():
    text = "Senate Journal, 26 Cong. 1 sess., Senate Bill No. 335."
    spans = _spans(text, [("Senate Journal,", "title"), ("26 Cong. 1 sess", "volume"), ("Senate Bill No. 335.", "prose")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "26 Cong. 1 sess., Senate Bill No. 335" and text[cite.end - 3:cite.end] == "335"
    text = "Senate Journal, 25 Cong. 3 sess. pp. 200, 313; 26 Cong. 1 sess., Senate Bill No. 123."
    spans = _spans(text, [("Senate Journal,", "title"), ("25 Cong. 3 sess", "volume"), ("pp. 200, 313;", "locator"),
                          ("26 Cong. 1 sess", "volume"), ("Senate Bill No. 123.", "prose")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "25 Cong. 3 sess. pp. 200, 313; 26 Cong. 1 sess., Senate Bill No. 123"


def test_the_day_of_a_sitting_after_the_session_is_part_of_the_document_place():
    text = "House Reports, 9 Cong. 1 sess. Feb. 17, 1806."
    spans = _spans(text, [("House Reports,", "title"), ("9 Cong. 1 sess", "volume"), ("Feb. 17, 1806.", "date")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "9 Cong. 1 sess. Feb. 17, 1806"


def test_a_classical_book_and_chapter_is_numbers_and_their_separators_only():
    from notecite.parse.cites import _BOOK_AND_CHAPTER

    assert _BOOK_AND_CHAPTER.fullmatch("xxi. 14, 15–16.") and _BOOK_AND_CHAPTER.fullmatch("xxix. 1")
    assert _BOOK_AND_CHAPTER.fullmatch("xxii. 14a2") is None and _BOOK_AND_CHAPTER.fullmatch("xxii. 14.2") is None


def test_the_source_named_after_a_dated_items_colon_is_a_cite_of_its_own():
    text = "Report of Hotham to Admiralty, April 7, 1847: Parliamentary Papers, 1847–8, Vol. LXIV., p. 13."
    spans = _spans(text, [("Report of Hotham to Admiralty,", "title"), ("April 7, 1847", "date"),
                          ("Parliamentary Papers,", "container-title"), ("1847–8, Vol. LXIV.,", "volume"), ("p. 13.", "locator")])
    report, source = _assemble(text, spans)
    assert report.fields == [("title", "Report of Hotham to Admiralty"), ("date", "April 7, 1847")]
    assert source.fields[0][1] == "Parliamentary Papers" and source.locator.endswith("p. 13")
    text = "Report of Hotham to Admiralty, April 7, 1847, Parliamentary Papers, 1847–8, Vol. LXIV., p. 13."  # a comma
    spans = _spans(text, [("Report of Hotham to Admiralty,", "title"), ("April 7, 1847,", "date"),
                          ("Parliamentary Papers,", "container-title"), ("1847–8, Vol. LXIV.,", "volume"), ("p. 13.", "locator")])
    assert len(_assemble(text, spans)) == 1


def test_a_periodicals_series_between_its_title_and_volume_keeps_one_cite():
    text = "Silbermann, Frauenarbeit. Schmollers Jahrbuch. Neue Folge. Bd. XXIII, Heft IV, S. 1401."
    spans = _spans(text, [("Silbermann,", "author"), ("Frauenarbeit.", "title"), ("Schmollers Jahrbuch.", "container-title"),
                          ("Bd. XXIII,", "volume"), ("Heft IV,", "issue"), ("S. 1401.", "locator")])
    [cite] = _assemble(text, spans)
    assert cite.locator == "1401" and cite.get("container-title") == "Schmollers Jahrbuch"
    text = "Silbermann, Frauenarbeit. Schmollers Jahrbuch. Im Jahre 1900, S. 12."  # other words: another cite
    spans = _spans(text, [("Silbermann,", "author"), ("Frauenarbeit.", "title"), ("Schmollers Jahrbuch.", "container-title"),
                          ("S. 12.", "locator")])
    assert len(group_fields(text, tokenize(text), token_tags(tokenize(text), spans))) == 2


def test_a_name_after_a_count_of_volumes_ending_a_cite_opens_the_next():
    text = "Suicide, in Dictionnaire de médecine, en 60 vol. Cazauvieilh, Du suicide, Paris, 1840."
    spans = _spans(text, [("Suicide,", "title"), ("Dictionnaire de médecine,", "container-title"), ("en 60 vol.", "volume"),
                          ("Cazauvieilh,", "author"), ("Du suicide,", "title"), ("Paris,", "location"), ("1840.", "date")])
    article, book = _assemble(text, spans)
    assert book.fields[0] == ("author", "Cazauvieilh") and "author" not in dict(article.fields)


def test_a_periodical_and_its_day_after_an_authors_title_ending_a_sentence_are_a_cite_of_their_own():
    text = "Miles, French and Indian Warfare. Boston Gazette, 15 Aug. 1757."
    spans = _spans(text, [("Miles,", "author"), ("French and Indian Warfare.", "title"), ("Boston Gazette,", "container-title"),
                          ("15 Aug. 1757.", "date")])
    book, paper = _assemble(text, spans)
    assert book.fields == [("author", "Miles"), ("title", "French and Indian Warfare")]
    assert ("date", "15 Aug. 1757") in paper.fields


def test_a_name_and_a_verb_of_debate_before_a_quotation_are_prose():
    from notecite.parse import parse_note
    assert parse_note('Strother opposed, "for various reasons of expediency," the bounties for captors.') == []


def test_a_title_and_its_year_alone_are_a_book_not_a_sentence():
    from notecite.parse.cites import looks_like_prose
    title = "Journal de ce qui s'est passé en Canada depuis le Mois d'Octobre"
    fields = [("title", title, 0, len(title)), ("date", "1755", len(title) + 2, len(title) + 6)]
    assert not looks_like_prose(title + ", 1755", fields)
    sentence = "Elle n'était composée que de vingt-cinq membres et ils furent élus"
    fields = [("title", sentence, 0, len(sentence)), ("date", "1789", len(sentence) + 2, len(sentence) + 6)]
    assert looks_like_prose(sentence + ", 1789", fields)  # a finite verb: a sentence and its year


def test_an_author_year_and_pages_read_as_an_extent_are_a_short_form():
    text = "See Callinicos (1990), ch. 2, and Harman (1999), pp. 45-47."
    spans = _spans(text, [("Callinicos", "author"), ("(1990)", "date"), ("ch. 2", "locator"), ("Harman", "author"),
                          ("(1999)", "date"), ("pp. 45-47.", "pages")])
    cites = _assemble(text, spans)
    assert [c.locator for c in cites] == ["ch. 2", "45-47"] and cites[1].fields[0] == ("author", "Harman")
    text = "LRD (1926) facsimile reprint Lawrence and Wishart (1975) pp122"  # a publisher, its year, the book's pages
    spans = _spans(text, [("LRD", "publisher"), ("(1926)", "date"), ("Lawrence and Wishart", "author"), ("(1975)", "date"),
                          ("pp122", "pages")])
    assert not any(c.fields[0] == ("author", "Lawrence and Wishart") for c in _assemble(text, spans))


def test_author_date_cites_listed_with_commas_and_et_or_as_sentences_are_short_forms():
    text = "Colman, Pierce et Birkeland, 1987."
    cites = _assemble(text, _spans(text, [("Colman, Pierce et Birkeland,", "author"), ("1987.", "date")]))
    assert [c.fields for c in cites] == [[("author", "Colman, Pierce et Birkeland"), ("date", "1987")]]
    text = "Arnold et Libby, 1949. Libby, 1960."  # two sentences of a name and a year each
    cites = _assemble(text, _spans(text, [("Arnold et Libby,", "author"), ("1949.", "date"), ("Libby,", "author"),
                                          ("1960.", "date")]))
    assert [c.fields[0] for c in cites] == [("author", "Arnold et Libby"), ("author", "Libby")]
    text = "He was in Paris, 1987. Then he left."  # a sentence after it is no name and year
    assert _assemble(text, _spans(text, [("Paris,", "author"), ("1987.", "date")])) == []
    for text in ("See Smith (2017).", "Voir par exemple Calabrisotto et al. (2017)."):  # the year in brackets; other lead-ins
        name = text.split(" (")[0].replace("See ", "").replace("Voir par exemple ", "")
        cites = _assemble(text, _spans(text, [(name, "author"), ("(2017).", "date")]))
        assert [c.fields for c in cites] == [[("author", name), ("date", "2017")]]


def test_imprint_year_after_an_author_date_year_stays_in_the_cite():
    text = "B Lewis (1985) ‘Tommy James - a Lion of a Man” Yorkshire Arts Circus (1985) p18"
    spans = _spans(text, [("B Lewis", "author"), ("(1985)", "date"), ("‘Tommy James - a Lion of a Man”", "title"),
                          ("Yorkshire Arts Circus", "publisher"), ("(1985)", "date"), ("p18", "locator")])
    cites = _assemble(text, spans)
    assert len(cites) == 1 and cites[0].locator == "p18"
    text = "Graves (2008). « Offline ». In Advances 21, dirigé par Koller (S.l. : Curran, 2009)"  # the container's date
    spans = _spans(text, [("Graves", "author"), ("(2008).", "date"), ("« Offline ».", "title"), ("Advances 21,", "container-title"),
                          ("(S.l. :", "location"), ("Curran,", "publisher"), ("2009)", "date")])
    assert len(_assemble(text, spans)) == 2


def test_an_issues_date_after_a_bracketed_year_a_title_and_its_periodical_stays_in_the_cite():
    text = "(1838) ‘Old Ways’, Harbour Magazine for June 1838, p.465."
    spans = _spans(text, [("(1838)", "date"), ("‘Old Ways’,", "title"), ("Harbour Magazine", "container-title"),
                          ("June 1838,", "date"), ("p.465.", "locator")])
    cites = _assemble(text, spans)
    assert len(cites) == 1 and cites[0].locator.strip(".") == "465"


def test_a_name_a_part_of_the_book_and_its_page_are_a_short_form():
    from notecite.parse.cites import _author_and_pinpoint
    text = "Scheltema, Beil. S. 99-101."
    fields = [(label, part, text.index(part), text.index(part) + len(part))
              for label, part in (("author", "Scheltema"), ("locator", "Beil. S. 99-101"))]
    assert fields == [("author", "Scheltema", 0, 9), ("locator", "Beil. S. 99-101", 11, 26)]
    assert _author_and_pinpoint(fields)
    assert not _author_and_pinpoint([fields[0], ("locator", "Beilen 99", 11, 20)])


def test_an_imprint_printed_after_the_pinpoint_is_the_cites():
    from notecite.parse.labels import token_tags

    def groups(text, spans):
        tokens = tokenize(text)
        tags = token_tags(tokens, _spans(text, spans))
        return [[label for *_, label in group] for group in group_fields(text, tokens, tags)]

    text = "A Roe, Dock Notebooks, Vol 1, Notebook 1, §63, Dock Press, New York, 2011, pp 172."
    spans = [("A Roe,", "author"), ("Dock Notebooks,", "title"), ("Vol 1,", "locator"), ("Dock Press,", "publisher"),
             ("New York,", "location"), ("2011,", "date"), ("pp 172.", "pages")]
    assert groups(text, spans) == [["author", "title", "locator", "publisher", "location", "date", "pages"]]
    # not across a semicolon, nor after a cite with an imprint of its own
    text = "A Roe, Dock Notebooks, Vol 1; Dock Press, New York, 2011, pp 172."
    assert len(groups(text, [("A Roe,", "author"), ("Dock Notebooks,", "title"), ("Vol 1;", "locator"),
                             ("Dock Press,", "publisher"), ("New York,", "location"), ("2011,", "date")])) == 2
    text = "A Roe, Dock Notebooks, Leeds, 1990, 4, and Notebook 1, Dock Press, 2011."
    assert len(groups(text, [("A Roe,", "author"), ("Dock Notebooks,", "title"), ("Leeds,", "location"),
                             ("1990,", "date"), ("4,", "locator"), ("Dock Press,", "publisher"), ("2011.", "date")])) == 2


def test_a_name_and_year_alone_in_a_square_bracket_or_between_semicolons_of_a_bracket_is_a_short_form():
    from notecite.parse.cites import _in_a_bracket_of_cites

    def alone(text, cite):
        start = text.index(cite)
        return _in_a_bracket_of_cites(text, start, start + len(cite))

    assert alone("See [Lind 2002].", "Lind 2002")
    assert alone("As before (Hale 2001; Ruiz 1999).", "Hale 2001") and alone("As before (Hale 2001; Ruiz 1999).", "Ruiz 1999")
    assert not alone("Board Games, 1967-68 (Hartford, 1967); Education, n.d.", "Hartford, 1967")
    assert not alone("Board Games (Hartford, 1967).", "Hartford, 1967")


def test_par_before_an_editor_joins_the_editor_to_the_cite():
    text = "Pierre Leroux, Œuvres, avec des notes, par Jean Martin. Paris, Stock, p. 4."
    tokens = tokenize(text)
    tags = token_tags(tokens, _spans(text, [("Pierre Leroux,", "author"), ("Œuvres, avec des notes,", "title"),
                                              ("Jean Martin", "editor"), ("Paris,", "location"), ("Stock,", "publisher"),
                                              ("p. 4.", "locator")]))
    cites = assemble(text, tokens, tags, [1.0] * len(tokens))
    assert len(cites) == 1 and cites[0].get("editor") == "Jean Martin"


def test_a_web_address_after_the_pinpoint_is_where_the_cite_can_be_read():
    for mark in (":", ",", "."):
        text = f"John Smith, The Strike (London, 1990), p. 5{mark} https://example.org/strike"
        spans = _spans(text, [("John Smith,", "author"), ("The Strike", "title"), ("(London,", "location"),
                              ("1990),", "date"), (f"p. 5{mark}", "locator"), ("https://example.org/strike", "url")])
        [cite] = _assemble(text, spans)
        assert cite.get("url") == "https://example.org/strike" and cite.locator == "5", mark
    # after a ";" or words, an address is a source of its own
    text = "Smith, Strike, p. 5; https://example.org/other"
    spans = _spans(text, [("Smith,", "author"), ("Strike,", "title"), ("p. 5;", "locator"), ("https://example.org/other", "url")])
    assert len(_assemble(text, spans)) == 2
    text = "Smith, Strike, p. 5. See also https://example.org/other"
    spans = _spans(text, [("Smith,", "author"), ("Strike,", "title"), ("p. 5.", "locator"), ("https://example.org/other", "url")])
    assert len(_assemble(text, spans)) == 2
    # a cite that has its address keeps it; a second address is another source
    text = "Smith, Strike, https://example.org/a, p. 5: https://example.org/b"
    spans = _spans(text, [("Smith,", "author"), ("Strike,", "title"), ("https://example.org/a,", "url"), ("p. 5:", "locator"),
                          ("https://example.org/b", "url")])
    assert [c.get("url") for c in _assemble(text, spans)] == ["https://example.org/a", "https://example.org/b"]
    # a cite of only a date and a page names no work to join
    text = "Smith, Strike, p. 5; January 1841, p. 433: https://example.org/museum"
    spans = _spans(text, [("Smith,", "author"), ("Strike,", "title"), ("p. 5;", "locator"), ("January 1841,", "date"),
                          ("p. 433:", "locator"), ("https://example.org/museum", "url")])
    tokens = tokenize(text)
    groups = group_fields(text, tokens, token_tags(tokens, spans))
    assert [[label for *_, label in group] for group in groups] == [["author", "title", "locator"], ["date", "locator"], ["url"]]


def test_untitled_records_named_as_an_author_are_a_title():
    from notecite.parse.cites import untitled_records_named_as_an_author as read

    fields = [("author", "Protokoly Tsentralnovo Komiteta RSDRP", 0, 37), ("date", "August 1917", 39, 50), ("locator", "pp. 112-14", 52, 62)]
    assert read(fields)[0][0] == "title" and read(fields)[1:] == fields[1:]
    for name in ("John Smith Jones", "E. H. Carr", "Carr Davies"):  # a person's name, initials, two words
        kept = [("author", name, 0, len(name)), ("date", "August 1917", 30, 41), ("locator", "p. 4", 43, 47)]
        assert read(kept) == kept, name
    authors = [("author", "Wachter Laslett Hammel", 0, 22), ("date", "1978", 24, 28), ("locator", "p. 4", 30, 34)]
    assert read(authors) == authors  # an author-date short form
