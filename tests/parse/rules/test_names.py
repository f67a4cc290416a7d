"""Tag rules of notecite.parse.rules.names, on given tags (no model involved)."""
from notecite.parse.tokenize import tokenize

from ..conftest import changed_by, rule_runs, run_texts, tagged


def test_a_title_before_a_colon_is_not_a_second_name():
    from notecite.parse.rules.names import rule_colon_ends_a_title_not_a_name

    text = "Barbara Evans Clements, Bolshevik Feminist: The Life"
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * 6 + ["B-title", "I-title"]
    assert rule_colon_ends_a_title_not_a_name(text, tokens, tags) == \
        ["B-author", "I-author", "I-author", "I-author", "B-title"] + ["I-title"] * 4
    # "Weber, Max: Title" (an inverted name before a colon) and "A B, C and D E:" are left alone
    for text in ("Weber, Max: Wirtschaft und", "Karl Marx, Friedrich Engels and Others: Werke und"):
        tokens = tokenize(text)
        tags = ["B-author"] + ["I-author"] * (len(tokens) - 3) + ["B-title", "I-title"]
        assert rule_colon_ends_a_title_not_a_name(text, tokens, tags) == tags
    # "and" joins two title words, not two names, when no initial or given name stands beside it
    text = "R. J. Morrow, Wolves and Shepherds: Grazing"
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * 9 + ["B-title"]
    assert run_texts(text, tokens, rule_colon_ends_a_title_not_a_name(text, tokens, tags)) == [
        ("R. J. Morrow,", "author"), ("Wolves and Shepherds: Grazing", "title")]
    text = "R. J. Morrow, Anne Lister and J. Dee: Letters"
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * (len(tokens) - 2) + ["B-title"]
    assert rule_colon_ends_a_title_not_a_name(text, tokens, tags) == tags
    # a family name, then a person's given and family name before the colon: the person the title names
    text = "Liebknecht, Karl Marx: Biographical Memoirs"
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * 4 + ["B-title", "I-title"]
    assert run_texts(text, tokens, rule_colon_ends_a_title_not_a_name(text, tokens, tags)) == [
        ("Liebknecht,", "author"), ("Karl Marx: Biographical Memoirs", "title")]
    text = "Marx, Karl Heinrich: Das Kapital"  # an inverted name ends on a given name
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * 4 + ["B-title", "I-title"]
    assert rule_colon_ends_a_title_not_a_name(text, tokens, tags) == tags


def test_a_role_cue_inside_a_title_starts_the_translator():
    from notecite.parse.rules.names import rule_role_cue_inside_a_title

    text = "The Civil War in Spain, trans. Tony White (Cambridge"
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * 9 + ["B-location", "I-location"]
    out = rule_role_cue_inside_a_title(text, tokens, tags)
    assert out[6:10] == ["B-translator", "I-translator", "I-translator", "I-translator"] and out[:6] == tags[:6]


def test_a_second_natural_order_name_before_the_imprint_is_a_title():
    from notecite.parse.rules.names import rule_second_name_after_a_comma_is_a_title

    text = "J.P. Nettl, Rosa Luxemburg (London: Oxford"
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    r = words.index("Rosa")
    tags = ["B-author"] + ["I-author"] * (r + 1) + ["B-location", "I-location", "I-location", "B-publisher"]
    out = rule_second_name_after_a_comma_is_a_title(text, tokens, tags)
    assert out[r:r + 2] == ["B-title", "I-title"] and out[:r] == tags[:r]
    # a list of names ("E. Garnett, P. Yang") is left alone
    text = "Emil Garnett, P. Yang (London: Oxford"
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * 5 + ["B-location", "I-location", "I-location", "B-publisher"]
    assert rule_second_name_after_a_comma_is_a_title(text, tokens, tags) == tags
    # a family name alone, its comma and a full name right before the imprint's bracket: the author and the title
    runs = [("Korsch, Karl Marx", "author"), ("(New York:", "location"), ("Norton,", "publisher"), ("1963).", "date")]
    assert rule_runs(rule_second_name_after_a_comma_is_a_title, "Korsch, Karl Marx (New York: Norton, 1963).", runs)[0][:2] == [
        ("Korsch,", "author"), ("Karl Marx", "title")]
    # not an inverted name alone (no full name after the comma), nor before a pinpoint
    assert not changed_by(rule_second_name_after_a_comma_is_a_title, [
        ("Korsch, Karl (London, 1963).", [("Korsch, Karl", "author"), ("(London,", "location"), ("1963).", "date")]),
        ("Korsch, Xavier Marx, 12.", [("Korsch, Xavier Marx,", "author"), ("12.", "locator")]),
    ])


def test_a_title_of_common_words_joined_by_and_after_a_name_is_no_list_of_names():
    from notecite.parse.rules.names import rule_second_name_after_a_comma_is_a_title as rule

    text = "Karl Korsch, Marxism and Philosophy (1923; reprint London: New Left Books, 1970), 42."
    runs, _ = rule_runs(rule, text, [("Karl Korsch, Marxism and Philosophy", "author"), ("1923", "date")])
    assert runs[:2] == [("Karl Korsch,", "author"), ("Marxism and Philosophy", "title")]
    text = "Karl Korsch, Marx and Engels (1923; reprint London: New Left Books, 1970), 42."  # names: a list, left alone
    assert rule_runs(rule, text, [("Karl Korsch, Marx and Engels", "author"), ("1923", "date")])[1]


def test_words_after_initials_a_family_name_and_a_comma_before_a_pinpoint_are_a_title():
    from notecite.parse.rules.names import rule_second_name_after_a_comma_is_a_title as rule

    text = "L. Trotsky, Moya Zhizn, vol. II, p. 250."
    runs, _ = rule_runs(rule, text, [("L. Trotsky, Moya Zhizn,", "author"), ("vol. II,", "volume"), ("p. 250.", "locator")])
    assert runs[:2] == [("L. Trotsky,", "author"), ("Moya Zhizn,", "title")]
    # a second person (initials, a known given name), one word, or a name without initials first: left alone
    for names in ("L. Trotsky, G. Zinoviev,", "L. Trotsky, Karl Radek,", "L. Trotsky, Stalin,", "Leon Trotsky, Moya Zhizn,"):
        text = f"{names} p. 3."
        assert rule_runs(rule, text, [(names, "author"), ("p. 3.", "locator")])[1], names


def test_a_second_natural_order_name_before_a_translator_is_a_title():
    from notecite.parse.rules.names import rule_second_name_after_a_comma_is_a_title

    text = "Jean-Paul Laurens, Gustave Courbet, trans. Ann Marsh (Paris"
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    g, t = words.index("Gustave"), words.index("trans")
    tags = ["B-author"] + ["I-author"] * (t - 1) + ["B-translator"] + ["I-translator"] * (len(tokens) - t - 1)
    out = rule_second_name_after_a_comma_is_a_title(text, tokens, tags)
    assert out[g:g + 2] == ["B-title", "I-title"] and out[:g] == tags[:g] and out[t:] == tags[t:]


def test_a_full_name_after_an_author_opening_on_an_initial_opens_the_title_it_names():
    from notecite.parse.rules.names import rule_second_name_after_a_comma_is_a_title

    # G . Brandes , Ferdinand Lassalle . | Ein literarisches Charakterbild .
    text = "G. Brandes, Ferdinand Lassalle. Ein literarisches Charakterbild. Berlin 1877."
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * 6 + ["B-title", "I-title", "I-title", "I-title", "B-location", "B-date", "I-date"]
    out = rule_second_name_after_a_comma_is_a_title(text, tokens, tags)
    assert out[:4] == ["B-author", "I-author", "I-author", "I-author"]
    assert out[4:11] == ["B-title"] + ["I-title"] * 6
    # initials after the comma: a list of names; an inverted name ("Brandes, Georg"): its given name
    for text in ["G. Brandes, F. Lassalle. Ein Charakterbild. Berlin 1877.", "Brandes, Georg Morris. Ein Charakterbild."]:
        tokens = tokenize(text)
        stop = next(i for i, t in enumerate(tokens) if t.text == "Ein")
        tags = ["B-author"] + ["I-author"] * (stop - 1) + ["B-title"] + ["I-title"] * (len(tokens) - stop - 1)
        assert rule_second_name_after_a_comma_is_a_title(text, tokens, tags) == tags, text


def test_a_lone_given_name_after_the_author_opens_the_title():
    from notecite.parse.rules.names import rule_second_name_after_a_comma_is_a_title

    text = "Peter Drucker, Max Shachtman and His Left (Atlantic"
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author", "I-author", "B-title", "I-title", "I-title", "I-title", "B-location",
            "I-location"]
    out = rule_second_name_after_a_comma_is_a_title(text, tokens, tags)
    assert out[3:8] == ["B-title", "I-title", "I-title", "I-title", "I-title"]
    text = "Vargas Llosa, Mario. The Perpetual Orgy"  # an inverted name ends on its stop
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author", "I-author", "I-author", "B-title", "I-title", "I-title"]
    assert rule_second_name_after_a_comma_is_a_title(text, tokens, tags) == tags


def test_an_editor_cue_left_in_a_date_starts_the_editor():
    from notecite.parse.rules.names import rule_role_cue_inside_a_title

    text = "Essays on Art, 1915-1933, ed. Troels Andersen, 2 vols."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    e = words.index("ed")
    tags = ["B-title", "I-title", "I-title", "I-title", "B-date", "I-date", "I-date", "I-date", "I-date", "I-date",
            "B-title", "I-title", "I-title", "B-volume", "I-volume", "I-volume"]
    out = rule_role_cue_inside_a_title(text, tokens, tags)
    assert out[e:e + 5] == ["B-editor", "I-editor", "I-editor", "I-editor", "I-editor"] and out[e + 5] == "B-volume"


def test_a_pseudonym_in_brackets_joins_the_name_before_it():
    from notecite.parse.rules.names import rule_pseudonym_stays_with_its_name

    text = 'Franz Kessler (as "Spartacus"), Der Weg'
    tokens = tokenize(text)
    assert len(tokens) == 11
    tags = ["B-editor", "I-editor", "B-title"] + ["I-title"] * 8
    assert rule_pseudonym_stays_with_its_name(text, tokens, tags) == ["B-author"] + ["I-author"] * 8 + ["B-title", "I-title"]
    text = "Lenin, Collected Works (as in note 3)"  # not a name in the brackets
    tokens = tokenize(text)
    tags = ["B-author", "I-author"] + ["B-title"] + ["I-title"] * 7
    assert rule_pseudonym_stays_with_its_name(text, tokens, tags) == tags


def test_a_possessive_ends_a_name_and_opens_a_title():
    from notecite.parse.rules.names import rule_possessive_names_a_work

    text = "see Sheila Fitzpatrick's superb The Russian Revolution, 4"
    tokens = tokenize(text)
    tags = ["prose", "B-author", "I-author", "I-author", "B-title", "I-title", "I-title", "I-title", "B-locator"]
    assert rule_possessive_names_a_work(text, tokens, tags) == \
        ["prose", "B-author", "I-author", "prose", "B-title", "I-title", "I-title", "I-title", "B-locator"]
    text = "they studied Marx’s Civil War in France, and more"
    tokens = tokenize(text)
    assert rule_possessive_names_a_work(text, tokens, ["prose"] * len(tokens)) == \
        ["prose", "prose", "B-author", "B-title", "I-title", "I-title", "I-title", "prose", "prose", "prose"]
    text = "the congresses of Trotsky’s Fourth International"  # an organisation
    tokens = tokenize(text)
    assert rule_possessive_names_a_work(text, tokens, ["prose"] * len(tokens)) == ["prose"] * len(tokens)
    text = "Okafor's two-volume Harbour Towns"  # hyphenated lower-case words describe the work too
    tokens = tokenize(text)
    assert rule_possessive_names_a_work(text, tokens, ["prose"] * 4 + ["B-title", "I-title"]) == \
        ["B-author", "prose", "prose", "prose", "B-title", "I-title"]
    text = "for the King's own account see Harbour Towns, 4"  # after an article: no author
    tokens = tokenize(text)
    tags = ["prose"] * 6 + ["B-title", "I-title", "prose", "B-locator"]
    assert rule_possessive_names_a_work(text, tokens, tags) == tags
    text = "here Okafor's Diaries, 88, say more"  # one capitalised word before a page: the title, the page its pinpoint
    tokens = tokenize(text)
    assert rule_possessive_names_a_work(text, tokens, ["prose"] * len(tokens)) == \
        ["prose", "B-author", "B-title", "prose", "B-locator", "prose", "prose", "prose"]
    text = "here Okafor's Diaries, 1921, say more"  # before a year: no title
    tokens = tokenize(text)
    assert rule_possessive_names_a_work(text, tokens, ["prose"] * len(tokens)) == ["prose"] * len(tokens)
    text = "see Okafor's later Tyneside: The Harbour Towns (Leeds"  # a title's head before its colon, read as a name
    tokens = tokenize(text)
    tags = ["prose", "prose", "prose", "B-author", "I-author", "B-title", "I-title", "I-title", "B-location", "I-location"]
    assert rule_possessive_names_a_work(text, tokens, tags) == \
        ["prose", "B-author", "prose", "B-title", "I-title", "I-title", "I-title", "I-title", "B-location", "I-location"]



def test_a_possessive_opening_a_quotation_is_the_quoted_titles_word():
    from notecite.parse.rules.names import rule_possessive_names_a_work

    for text in ('"Okafor\'s Bills of Exceptions," December 6, 1847, p. 10.', '“Okafor’s Harbour Towns,” Leeds Mercury, 3.',
                 '"Motion," May 2, 1847, and "Okafor\'s Bills of Exceptions," December 6, 1847.'):
        assert rule_runs(rule_possessive_names_a_work, text, [])[1], text  # left as the tagger read it
    # a straight quote that closes a quotation opens none: the possessive after it is read as usual
    text = 'see "Harbours" Okafor\'s Harbour Towns, 4'
    assert ("Okafor's", "author") in rule_runs(rule_possessive_names_a_work, text, [])[0]


def test_a_possessive_after_a_clause_opener_or_before_a_focusing_adverb_or_an_article():
    from notecite.parse.rules.names import rule_possessive_names_a_work as rule
    text = "As Sheila Fitzpatrick's superb The Russian Revolution shows"  # "As" opens the clause, not the name
    runs, _ = rule_runs(rule, text, [("The Russian Revolution", "title")])
    assert runs[:2] == [("Sheila Fitzpatrick's", "author"), ("The Russian Revolution", "title")]
    text = "compare Deutscher's trilogy, especially The Prophet Outcast (London"  # one work of several, singled out
    runs, _ = rule_runs(rule, text, [("Deutscher's trilogy, especially The Prophet Outcast", "title"), ("(London", "location")])
    assert runs[:2] == [("Deutscher's", "author"), ("The Prophet Outcast", "title")]
    text = "E. H. Carr's multi-volume A History of Soviet Russia"  # an article left as prose opens the tagger's title
    runs, _ = rule_runs(rule, text, [("History of Soviet Russia", "title")])
    assert runs == [("E. H. Carr's", "author"), ("A History of Soviet Russia", "title")]


def test_a_list_of_names_in_natural_order_before_a_title():
    from notecite.parse.rules.names import rule_name_list_before_a_title

    text = "Alan Bullock, Hugh Trevor-Roper and Ian Kershaw, Hitler and Stalin (London: Collins, 1991), 5."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    paren = words.index("(")
    tags = ["B-author"] + ["I-author"] * (paren - 1) + ["B-location"] * 1 + ["I-location"] * 2 + \
        ["B-publisher", "I-publisher", "B-date", "I-date", "I-date", "B-locator", "I-locator"]
    assert len(tags) == len(tokens)
    out = rule_name_list_before_a_title(text, tokens, tags)
    title = words.index("Hitler")
    assert out[:title] == ["B-author"] + ["I-author"] * (title - 1)
    assert out[title:paren] == ["B-title", "I-title", "I-title"] and out[paren:] == tags[paren:]
    # a list after a citing word, the title the tagger found kept
    text = "collected in C.L.R. James, Raya Dunayevskaya and Grace Lee, State Capitalism (Detroit"
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    tags = ["prose"] * words.index("Grace") + ["B-author", "I-author", "I-author", "B-title", "I-title", "B-location", "I-location"]
    out = rule_name_list_before_a_title(text, tokens, tags)
    assert out[:2] == ["prose", "prose"] and out[2] == "B-author" and out[words.index("State")] == "B-title"
    assert all(tag == "I-author" for tag in out[3:words.index("State")])
    # a sentence after the names, or names after a verb, are no cite; nor a title of two capitalised pairs after a name
    for text in ("See Victor Serge and Boris Souvarine, Trotsky wrote, in Paris.", "He met Victor Serge and Boris Souvarine, Trotsky said.",
                 "A. Okafor, Harbour Workers and Northern Shipping, Hall Press, Leeds, 1986.",
                 "See M. Kovalevsky's Modern Custom and Old Law, Moscow, 1886."):  # a possessive: a name's work
        tokens = tokenize(text)
        assert rule_name_list_before_a_title(text, tokens, ["prose"] * len(tokens)) == ["prose"] * len(tokens)


def test_family_name_and_an_author_run_are_one_author_run():
    from notecite.parse.rules.names import rule_family_name_joined_to_an_author

    text = "Bauer and Kautsky, Nationalities Question, 31."
    tokens = tokenize(text)
    tags = ["prose", "prose", "B-author", "I-author", "B-title", "I-title", "I-title", "B-locator", "I-locator"]
    assert rule_family_name_joined_to_an_author(text, tokens, tags)[:4] == ["B-author", "I-author", "I-author", "I-author"]
    # after a citing word too; not inside a sentence, nor after a lower-case word
    text = "Cf. Bauer & Kautsky, Nationalities Question, 31."
    tokens = tokenize(text)
    out = rule_family_name_joined_to_an_author(text, tokens, ["prose"] * 4 + tags[2:])
    assert out[2:6] == ["B-author", "I-author", "I-author", "I-author"]
    # a full stop after the second name, as in a reference-list entry
    text = 'Beck and Tolnay. "Confirmed Inventory."'
    tokens = tokenize(text)
    tags = ["prose", "prose", "B-author", "I-author", "B-title", "I-title", "I-title", "I-title", "prose"]
    assert rule_family_name_joined_to_an_author(text, tokens, tags)[:4] == ["B-author", "I-author", "I-author", "I-author"]
    text = "He thanked Bauer and Kautsky, Nationalities Question, 31."
    tokens = tokenize(text)
    tags = ["prose"] * 4 + ["B-author", "I-author", "B-title", "I-title", "I-title", "B-locator", "I-locator"]
    assert rule_family_name_joined_to_an_author(text, tokens, tags) == tags


def test_names_inside_quotation_marks_are_a_title_not_a_list():
    from notecite.parse.rules.names import rule_name_list_before_a_title

    text = 'Richard Johnson, "Edward Thompson, Eugene Genovese, and Socialist-Humanist History," History Workshop'
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author"] + ["B-title"] + ["I-title"] * (len(tokens) - 6) + ["B-container-title", "I-container-title"]
    assert rule_name_list_before_a_title(text, tokens, tags) == tags
    # a subtitle whose words read as two names, before the closing straight quote (which reads as an opening one)
    text = 'Jane Doe, "Trawling: Topic Modeling and Humanities Research," Poetics 41 (2013): 725.'
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    journal = words.index("Poetics")
    tags = ["B-author", "I-author", "I-author", "B-title"] + ["I-title"] * (journal - 4) + ["B-container-title"] \
        + ["B-volume", "B-date", "I-date", "I-date", "prose", "B-locator", "I-locator"]
    assert len(tags) == len(tokens)
    assert rule_name_list_before_a_title(text, tokens, tags) == tags


def test_a_name_opening_a_title_run_is_its_author():
    from notecite.parse.rules.names import rule_name_opening_a_title_run

    for text, name in (("Ida Mett, The Kronstadt Commune (London", 2), ("and Wendy Z. Goldman, Women, the State (Cambridge", 4),
                       ("Victor Serge, Memoirs of a Revolutionary (London", 2)):
        tokens = tokenize(text)
        first = 1 if text.startswith("and") else 0
        tags = ["prose"] * first + ["B-title"] + ["I-title"] * (len(tokens) - first - 3) + ["B-location", "I-location"]
        out = rule_name_opening_a_title_run(text, tokens, tags)
        assert out[first:first + name + 1] == ["B-author"] + ["I-author"] * name, text
        assert out[first + name + 1] == "B-title"
    # a title that merely opens on two capitalised words and a comma stays whole
    text = "Soviet Workers, Stalinist Industrialization (New York"
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * 4 + ["B-location", "I-location", "I-location"]
    assert rule_name_opening_a_title_run(text, tokens, tags) == tags
    # nor does a title opening on an article: no name does ("The Prophet Armed, The Prophet Unarmed")
    text = "The Prophet Armed, The Prophet Unarmed"
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * (len(tokens) - 1)
    assert rule_name_opening_a_title_run(text, tokens, tags) == tags


def test_a_title_after_a_natural_order_name_may_hold_small_words():
    from notecite.parse.rules.names import rule_second_name_after_a_comma_is_a_title

    text = "Victor Serge, Portrait de Staline (Paris, Editions"
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * 5 + ["B-location", "I-location", "I-location", "B-publisher"]
    out = rule_second_name_after_a_comma_is_a_title(text, tokens, tags)
    assert out[:6] == ["B-author", "I-author", "I-author", "B-title", "I-title", "I-title"]


def test_by_after_a_comma_inside_an_author_run_names_the_author_of_a_title():
    from notecite.parse.rules.names import rule_by_inside_a_name_run

    text = "Andreu Nin, por Francesc Bonamusa (Barcelona"
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * 5 + ["B-location", "I-location"]
    assert rule_by_inside_a_name_run(text, tokens, tags) == \
        ["B-title", "I-title", "I-title", "prose", "B-author", "I-author", "B-location", "I-location"]
    # "by" with no comma before it is left alone
    text = "Andreu Nin por Francesc Bonamusa (Barcelona"
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * 4 + ["B-location", "I-location"]
    assert rule_by_inside_a_name_run(text, tokens, tags) == tags
    # a title run that ends on ", by" and names alone: the names are its author
    text = "The Harbour Towns, by Anna K. Lindqvist and Per Okafor (Leeds"
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * (len(tokens) - 3) + ["B-location", "I-location"]
    assert run_texts(text, tokens, rule_by_inside_a_name_run(text, tokens, tags)) == [
        ("The Harbour Towns,", "title"), ("Anna K. Lindqvist and Per Okafor", "author"), ("(Leeds", "location")]
    text = "An Address, by Authority of the Council (Leeds"  # the title goes on after "by"
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * (len(tokens) - 3) + ["B-location", "I-location"]
    assert rule_by_inside_a_name_run(text, tokens, tags) == tags


def test_a_possessive_name_after_in_names_the_container_not_an_author():
    from notecite.parse.rules.names import rule_possessive_names_a_work

    text = "Leslie to a Merchant, 30 July, 1755, in Hazard's Pennsylvania Register, V. 191."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    at = words.index("Hazard's")
    tags = ["B-title"] * 1 + ["I-title"] * 4 + ["B-date", "I-date", "I-date", "I-date", "I-date", "prose", "prose",
                                                "B-title", "I-title", "I-title", "B-locator", "I-locator", "I-locator",
                                                "I-locator"]
    assert len(tags) == len(tokens)
    out = rule_possessive_names_a_work(text, tokens, tags)
    assert out[at:at + 3] == ["B-container-title", "I-container-title", "I-container-title"]
    assert "B-author" not in out


def test_a_possessive_name_after_his_opens_the_title_of_a_work_of_theirs():
    from notecite.parse.rules.names import rule_possessive_names_a_work

    text = "The point is made in his Hegel's Logic Revisited (Oxford"
    tokens = tokenize(text)
    at = [t.text for t in tokens].index("Hegel's")
    tags = ["prose"] * at + ["prose", "B-title", "I-title", "B-location", "I-location"]
    out = rule_possessive_names_a_work(text, tokens, tags)
    assert out[at:at + 3] == ["B-title", "I-title", "I-title"] and "B-author" not in out
    # without "his" the possessive names the author
    text = "Compare Hegel's Logic Revisited (Oxford"
    tokens = tokenize(text)
    at = [t.text for t in tokens].index("Hegel's")
    tags = ["prose"] * at + ["prose", "B-title", "I-title", "B-location", "I-location"]
    assert rule_possessive_names_a_work(text, tokens, tags)[at] == "B-author"


def _labelled(rule, text, spans):
    """(token, tag) of the tokens ``rule`` leaves labelled, given labelled character ``spans``."""
    from notecite.parse.labels import token_tags

    tokens = tokenize(text)
    tags = rule(text, tokens, token_tags(tokens, spans))
    return [(t.text, tag) for t, tag in zip(tokens, tags) if tag != "prose"]


def test_a_possessive_opening_a_title_run_is_that_works_author():
    from notecite.parse.labels import token_tags
    from notecite.parse.rules.names import rule_possessive_opening_a_title_is_its_author

    def run(text, spans):
        return _labelled(rule_possessive_opening_a_title_is_its_author, text, spans)

    text = "Voyez Pitkin's History, vol. 1, p. 11-31."
    got = run(text, [(6, 23, "container-title"), (25, len(text), "locator")])
    assert got[:3] == [("Pitkin's", "B-author"), ("History", "B-title"), (",", "I-title")]
    text = "See Trotsky's Betrayal, and Serge's Memoirs."  # "and" after a first work's comma opens a second
    start = text.index("Serge")
    got = run(text, [(start, len(text), "title")])
    assert [g for g in got if g[0] in ("Serge's", "Memoirs")] == [("Serge's", "B-author"), ("Memoirs", "B-title")]
    text = "Fédéraliste, nº 32. Kent's commentaries, vol. 1, p. 364."
    start = text.index("Kent")
    got = run(text, [(start, start + 20, "title")])
    assert got[:2] == [("Kent's", "B-author"), ("commentaries", "B-title")]
    text = "Ayres to the Navy, 1823; reprinted in Friends' View, etc., p. 31."  # after a citing phrase's "in"
    start = text.index("Friends")
    got = run(text, [(start, start + 14, "title")])
    assert got[:3] == [("Friends", "B-author"), ("'", "I-author"), ("View", "B-title")]
    text = "Carr and Davies's Foundations of a Planned Economy, vol. 1, p. 300."  # two names, the possessive on the last
    got = run(text, [(0, 50, "title")])
    assert got[:4] == [("Carr", "B-author"), ("and", "I-author"), ("Davies's", "I-author"), ("Foundations", "B-title")]
    text = "Moscow and Kiev's Quarrel, p. 4."  # a place is no co-author
    assert run(text, [(0, 25, "title")])[0] == ("Moscow", "B-title")
    text = "A memoir printed in Friends' View, p. 31."  # "in" inside a phrase: left alone
    start = text.index("Friends")
    assert run(text, [(start, start + 14, "title")])[0] == ("Friends", "B-title")
    # a periodical or an organisation, a possessive inside a phrase, a title after a name: left alone
    for text, piece in (("Gentleman's Magazine (1755), 378.", "Gentleman's Magazine"),
                        ("Commons' Journals, May 22.", "Commons' Journals"),
                        ("Children's Employment Commission's Report, 12.", "Children's Employment Commission's Report"),
                        ("A Journal of the King of France's Service, 1755.", "France's Service"),
                        ("Isaac Deutscher, Lenin's Childhood (London, 1970), 12.", "Lenin's Childhood"),
                        ("Bentley Mott, “Friend of France,” World's Work, November 1929.", "World's Work"),
                        ("Randolph's criteria for withholding and material excised, 12.",
                         "Randolph's criteria for withholding and material excised")):
        start = text.index(piece)
        label = "container-title" if piece == "World's Work" else "title"
        spans = [(0, text.index(",") + 1, "author")] if piece == "Lenin's Childhood" else []
        if piece == "World's Work":
            spans = [(0, 13, "author"), (14, text.index("World") - 1, "title")]
        tokens = tokenize(text)
        tags = token_tags(tokens, spans + [(start, start + len(piece), label)])
        assert rule_possessive_opening_a_title_is_its_author(text, tokens, tags) == tags, text


def test_a_possessive_after_a_given_name_or_before_a_described_work_opens_the_author():
    from notecite.parse.rules.names import rule_possessive_opening_a_title_is_its_author

    text = "More. Anselm Varga's Harbour Towns, 1800-1850 (Leeds, 1983)."
    start = text.index("Anselm")
    got = _labelled(rule_possessive_opening_a_title_is_its_author, text, [(start, text.index(" ("), "title")])
    assert got[:3] == [("Anselm", "B-author"), ("Varga's", "I-author"), ("Harbour", "B-title")]
    text = "More. Varga's own memoir, Harbour Towns (Leeds, 1983)."
    start = text.index("Varga")
    got = _labelled(rule_possessive_opening_a_title_is_its_author, text, [(start, text.index(" ("), "title")])
    assert got == [("Varga's", "B-author"), ("Harbour", "B-title"), ("Towns", "I-title")]
    text = "Compare Varga's early trilogy."  # a work described, not titled: no title
    start = text.index("Varga")
    assert _labelled(rule_possessive_opening_a_title_is_its_author, text, [(start, len(text), "title")]) == \
        [("Varga's", "B-author")]
    text = "More. Federal Writers' Project, Harbour Towns, 12."  # a plural's possessive names a body
    start = text.index("Federal")
    assert _labelled(rule_possessive_opening_a_title_is_its_author, text, [(start, text.index(", 12"), "title")])[0] == \
        ("Federal", "B-title")


def test_a_name_in_his_title_is_that_works_author():
    from notecite.parse.rules.names import rule_name_and_possessive_title

    def run(text, spans):
        return _labelled(rule_name_and_possessive_title, text, spans)

    # the tagger read the sentence as one title: the name, its possessive and the title up to the pinpoint
    text = "Voyez l'analyse, et M. Story dans ses Commentaires sur la constitution des États-Unis, p. 85-115."
    comma = text.index(", p.")
    got = run(text, [(text.index("et M."), comma + 1, "title"), (comma + 2, len(text), "locator")])
    assert [t for t, tag in got if tag.endswith("author")] == ["M", ".", "Story"]
    assert got[3] == ("Commentaires", "B-title")
    assert [t for t, tag in got if tag.endswith("title")][-1] == "Unis"
    # without a pinpoint the title runs over capitalised words and the small words between them
    text = "As Trotsky in his History of the Russian Revolution describes it."
    got = run(text, [])
    assert got[0] == ("Trotsky", "B-author")
    assert " ".join(t for t, tag in got if tag.endswith("title")) == "History of the Russian Revolution"
    # a work in general (German capitalises its nouns) names no title
    text = "Cohn in seinem Buch über die Frauenfrage."
    assert run(text, []) == []
    # a noun after an article or after a genitive name is no author (German capitalises nouns)
    assert run("Das Reaktionäre in ihren Forderungen ist nur formell.", []) == []
    assert run("richtiger, Louis Blancs Assoziationsplan in seiner Weise umgearbeitet.", []) == []
    got = run("Wie Thomas Morus in seiner Utopia zeigt.", [])  # a noun after a given name: a name, the given name in it
    assert got[:2] == [("Thomas", "B-author"), ("Morus", "I-author")]
    # a verb (and an adverb) between the name and "in seiner": a quoted title, or one up to its pinpoint's word
    got = run("Jarcke sagt in seinem »Handbuch des Strafrechts« Th. II. S. 61, Carpzov behalte.", [])
    assert got[0] == ("Jarcke", "B-author") and got[2] == ("Handbuch", "I-title")
    got = run("Carpzov sagt nämlich in seiner Practica rerum criminalium Quaest. 49, Nr. 23 bei der Auslegung.", [])
    assert got[0] == ("Carpzov", "B-author")
    assert " ".join(t for t, tag in got if tag.endswith("title")) == "Practica rerum criminalium"
    assert " ".join(t for t, tag in got if tag.endswith("locator")) == "Quaest . 49 , Nr . 23"
    assert run("Lassalle hatte in seiner Broschüre die Annexion Savoyens an Frankreich beurteilt.", []) == []
    assert run('Hubbard\'s map of New England in his "Narrative" published in Boston.', []) == []


def test_lower_case_words_opening_a_name_run_are_prose():
    from notecite.parse.rules.names import rule_name_opens_on_a_capital

    text = "whom every one may read, namely, Adam Smith. Wealth"
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    adam = words.index("Adam")
    tags = ["prose"] * 4 + ["B-author"] + ["I-author"] * (adam - 4 + 1) + ["prose", "B-title"]
    out = rule_name_opens_on_a_capital(text, tokens, tags)
    assert out[:adam] == ["prose"] * adam and out[adam:adam + 2] == ["B-author", "I-author"] and out[adam + 2:] == tags[adam + 2:]
    # particles, abbreviated particles and role words open names: "von Ranke", "v. Reiswitz", "ed. Karl Marx"
    for text in ("von Ranke, Geschichte", "v. Reiswitz, Geschichte", "edited by Karl Marx, Werke", "Adam Smith, Wealth"):
        tokens = tokenize(text)
        comma = [t.text for t in tokens].index(",")
        tags = ["B-author"] + ["I-author"] * (comma - 1) + ["prose", "B-title"]
        assert rule_name_opens_on_a_capital(text, tokens, tags) == tags


def test_a_name_after_the_title_before_a_parenthesised_imprint_is_the_author():
    from notecite.parse.rules.names import rule_name_after_a_title_before_its_imprint

    text = "See Year One of the Russian Revolution, Victor Serge (New York: Holt"
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    v = words.index("Victor")
    tags = ["prose", "B-title"] + ["I-title"] * v + ["B-location"] + ["I-location"] * 3 + ["B-publisher"]
    out = rule_name_after_a_title_before_its_imprint(text, tokens, tags)
    assert out[v:v + 2] == ["B-author", "I-author"] and out[:v] == tags[:v]
    # words that are no given name ("Part Two") stay in the title
    text = "Year One of the Russian Revolution, Part Two (New York: Holt"
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * 8 + ["B-location", "I-location", "I-location", "I-location", "B-publisher"]
    assert rule_name_after_a_title_before_its_imprint(text, tokens, tags) == tags


def test_a_name_in_natural_order_does_not_end_on_an_initial():
    from notecite.parse.rules.names import rule_name_ends_on_surname

    text = "Wendy Z. Goldman, Women, the State"
    tokens = tokenize(text)
    assert [t.text for t in tokens][:5] == ["Wendy", "Z", ".", "Goldman", ","]
    tags = ["B-author", "I-author", "B-title", "I-title", "I-title", "I-title", "I-title", "I-title", "I-title"]
    assert rule_name_ends_on_surname(text, tokens, tags) == ["B-author"] + ["I-author"] * 4 + ["B-title"] + ["I-title"] * 3
    # an inverted name ends on its initial: "Smith, J. Memoirs, 12" is left alone
    text = "Smith, J. Memoirs, 12"
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author", "B-title", "I-title", "I-title", "B-locator"]
    assert rule_name_ends_on_surname(text, tokens, tags) == tags
    # the run took the initial's period, the family name opens a genre: the name takes it
    text = "George H. W. Bush signing statement, October 28, 1991"
    runs, _ = rule_runs(rule_name_ends_on_surname, text, [("George H. W.", "author"), ("Bush signing statement,", "title"),
                                                          ("October 28, 1991", "date")])
    assert runs[:2] == [("George H. W. Bush", "author"), ("signing statement,", "title")]
    # an initial alone ("S." for "see") or a title in capitals after the name ("Eden State of the poor") is no such name
    for text, pairs in (("S. Vorrede zum Webster, S. 19.", [("S.", "author"), ("Vorrede zum Webster,", "title")]),
                        ("Sir F. M. Eden State of the poor I, 112.", [("Sir F. M.", "author"), ("Eden State of the poor I,", "title")]),
                        ("R. Hackluyt Voyages, navigations", [("R.", "author"), ("Hackluyt Voyages, navigations", "title")])):
        assert rule_runs(rule_name_ends_on_surname, text, pairs)[1], text


def test_a_word_after_a_name_with_a_middle_initial_opens_the_title():
    from notecite.parse.rules.names import rule_second_name_after_a_comma_is_a_title

    text = "Helen K. Baker, Boston, Old and New (Boston"
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    b = words.index("Boston")
    tags = ["B-author"] + ["I-author"] * b + ["B-title", "I-title", "I-title", "I-title", "B-location"]
    out = rule_second_name_after_a_comma_is_a_title(text, tokens, tags)
    assert out[b:b + 5] == ["B-title"] + ["I-title"] * 4 and out[:b - 1] == tags[:b - 1]
    # two natural-order names with initials are a list, left alone
    text = "Helen K. Baker, Ruth B. Jones, Old and New (Boston"
    tokens = tokenize(text)
    n = [t.text for t in tokens].index("Old")
    tags = ["B-author"] + ["I-author"] * (n - 1) + ["B-title", "I-title", "I-title", "B-location"]
    assert rule_second_name_after_a_comma_is_a_title(text, tokens, tags) == tags


def test_a_name_before_a_day_date_and_nothing_else_is_a_periodical():
    from notecite.parse.rules.names import rule_name_before_a_day_date_is_a_periodical

    text = "Evening Courier, 7th March 1921, p. 3."
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author", "B-date", "I-date", "I-date", "I-date", "B-locator", "I-locator",
            "I-locator", "I-locator"]
    assert len(tags) == len(tokens)
    out = rule_name_before_a_day_date_is_a_periodical(text, tokens, tags)
    assert out[:3] == ["B-container-title", "I-container-title", "I-container-title"] and out[3:] == tags[3:]
    text = "Leeds Courier, March 7, 1921."  # read as a title
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "I-title", "B-date", "I-date", "I-date", "I-date", "I-date"]
    assert rule_name_before_a_day_date_is_a_periodical(text, tokens, tags)[:3] == \
        ["B-container-title", "I-container-title", "I-container-title"]
    text = "Narodnoe Slovo, no. 9, 1931."  # an issue number, then a year alone
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author", "B-issue", "I-issue", "I-issue", "I-issue", "B-date", "I-date"]
    assert len(tags) == len(tokens)
    out = rule_name_before_a_day_date_is_a_periodical(text, tokens, tags)
    assert out[:3] == ["B-container-title", "I-container-title", "I-container-title"] and out[3:] == tags[3:]
    text = "Iskra, no. 9, 1 May 1901."  # one word names a periodical before its issue number
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-issue", "I-issue", "I-issue", "I-issue", "B-date", "I-date", "I-date", "I-date"]
    assert len(tags) == len(tokens)
    out = rule_name_before_a_day_date_is_a_periodical(text, tokens, tags)
    assert out[:2] == ["B-container-title", "I-container-title"] and out[2:] == tags[2:]
    # a dash inside the name, the page read as pages
    runs, _ = rule_runs(rule_name_before_a_day_date_is_a_periodical, "See Congressional Record - Senate, July 29, 1991, p. 20249.",
                        [("Congressional Record - Senate,", "author"), ("July 29, 1991,", "date"), ("p. 20249.", "pages")])
    assert runs[0] == ("Congressional Record - Senate,", "container-title")
    tags = ["B-author", "I-author", "B-date", "I-date", "I-date", "I-date"]  # not before a day's date alone
    text = "Iskra, 1 May 1901."
    tokens = tokenize(text)
    assert len(tags) == len(tokens) and rule_name_before_a_day_date_is_a_periodical(text, tokens, tags) == tags
    tags = ["B-author", "I-author", "I-author", "B-issue", "I-issue", "I-issue", "I-issue", "B-date", "I-date"]
    text = "Annual Report, no. 9, 1931."  # a kind of document with its number: left alone
    tokens = tokenize(text)
    assert rule_name_before_a_day_date_is_a_periodical(text, tokens, tags) == tags
    # a person (a given name first), a kind of document, a lone year, or a title after the name: left alone
    for text, tags in (("Thomas Hale, 7th March 1921.", ["B-author", "I-author", "I-author", "B-date", "I-date", "I-date",
                                                         "I-date"]),
                       ("Annual Report, March 7, 1921.", ["B-title", "I-title", "I-title", "B-date", "I-date", "I-date",
                                                          "I-date", "I-date"]),
                       ("Evening Courier, 1921.", ["B-author", "I-author", "I-author", "B-date", "I-date"])):
        tokens = tokenize(text)
        assert rule_name_before_a_day_date_is_a_periodical(text, tokens, tags) == tags
    # each cite of a list split by semicolons is read alone; one word is a paper when listed with another's issue
    runs, _ = rule_runs(rule_name_before_a_day_date_is_a_periodical, "Izvestiya, 5 March 1923; Pravda, 6 March 1923.",
                        [("Izvestiya,", "author"), ("5 March 1923;", "date"), ("Pravda,", "container-title"),
                         ("6 March 1923.", "date")])
    assert runs[0] == ("Izvestiya,", "container-title")
    # the other paper's day read as its volume
    runs, _ = rule_runs(rule_name_before_a_day_date_is_a_periodical, "Izvestiya, 5 June 1936; Pravda, 6 June 1936.",
                        [("Izvestiya,", "author"), ("5 June 1936;", "date"), ("Pravda,", "container-title"), ("6", "volume"),
                         ("June 1936.", "date")])
    assert runs[0] == ("Izvestiya,", "container-title")
    runs, _ = rule_runs(rule_name_before_a_day_date_is_a_periodical, "See Daily Worker, 7 November 1937; New Leader, 8 November 1937, p. 2.",
                        [("Daily Worker,", "author"), ("7 November 1937;", "date"), ("New Leader,", "title"),
                         ("8 November 1937,", "date"), ("p. 2.", "locator")])
    assert [label for _, label in runs] == ["container-title", "date", "container-title", "date", "locator"]
    _, unchanged = rule_runs(rule_name_before_a_day_date_is_a_periodical, "Smith, 5 March 1923; Jones, 6 March 1923.",
                             [("Smith,", "author"), ("5 March 1923;", "date"), ("Jones,", "author"), ("6 March 1923.", "date")])
    assert unchanged  # one word each, and no paper among them: people, perhaps interviewed
    runs, _ = rule_runs(rule_name_before_a_day_date_is_a_periodical, "Izvestya, July 28, 1918.",
                        [("Izvestya,", "author"), ("July 28, 1918.", "date")])
    assert runs[0] == ("Izvestya,", "container-title")  # one word and a day alone: a paper's issue
    for text, pairs in (("Saturday, Aug. 25, 1787.", [("Saturday,", "author"), ("Aug. 25, 1787.", "date")]),
                        ("Lenin, 12 March 1919.", [("Lenin,", "author"), ("12 March 1919.", "date")])):
        _, unchanged = rule_runs(rule_name_before_a_day_date_is_a_periodical, text, pairs)
        assert unchanged, text  # a day of the week; a person this field's notes cite


def test_an_elided_article_after_the_authors_comma_opens_the_title():
    from notecite.parse.rules.names import rule_elided_article_after_a_comma_opens_the_title

    text = "Dupont, L'Humanité nouvelle (1900)."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    at = words.index("L'Humanité")
    tags = ["B-author"] + ["I-author"] * (at + 1) + ["B-date", "I-date", "I-date", "I-date"]
    assert len(tags) == len(tokens)
    out = rule_elided_article_after_a_comma_opens_the_title(text, tokens, tags)
    assert out[:at] == ["B-author", "I-author"] and out[at:at + 2] == ["B-title", "I-title"] and out[at + 2:] == tags[at + 2:]
    text = "Roger L'Estrange (1900)."  # inside a name, not after a comma: a name
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-date", "I-date", "I-date", "I-date"]
    assert rule_elided_article_after_a_comma_opens_the_title(text, tokens, tags) == tags


def test_a_body_opening_the_cite_is_its_author():
    from notecite.parse.rules.names import rule_body_opening_the_cite_is_its_author, rule_possessive_names_a_work

    def runs(text, tags):
        tokens = tokenize(text)
        out = rule_possessive_names_a_work(text, tokens, rule_body_opening_the_cite_is_its_author(text, tokens, tags))
        return run_texts(text, tokens, out)

    text = "Cotton Spinners’ Amalgamated Union, Rules of the Union (Leeds"
    tags = ["B-title"] + ["I-title"] * 9 + ["B-location", "I-location"]
    assert len(tags) == len(tokenize(text))
    assert runs(text, tags)[:2] == [("Cotton Spinners’ Amalgamated Union,", "author"), ("Rules of the Union", "title")]
    # a German or French body's word
    for body in ("Wissenschaftliche Einrichtung Publizistik", "Comité Central Ouvrier"):
        text = body + ", Rules of the Union (Leeds"
        tags = ["B-title"] + ["I-title"] * (len(tokenize(text)) - 3) + ["B-location", "I-location"]
        assert runs(text, tags)[:2] == [(body + ",", "author"), ("Rules of the Union", "title")], body
    # the body's only such word has an accent (the words are compared folded)
    text = "Comité Régional, Rules and Minutes (Leeds"
    tags = ["B-title"] + ["I-title"] * (len(tokenize(text)) - 3) + ["B-location", "I-location"]
    assert runs(text, tags)[:2] == [("Comité Régional,", "author"), ("Rules and Minutes", "title")]
    # the records of a body, or a title on "The", stay titles
    for text in ("Annals of Congress, House of Representatives (Leeds", "The Labour Union, Its Rise and Fall (Leeds"):
        tokens = tokenize(text)
        tags = ["B-title"] + ["I-title"] * (len(tokens) - 3) + ["B-location", "I-location"]
        assert rule_body_opening_the_cite_is_its_author(text, tokens, tags) == tags
    # the tagger read part of the body as prose before a name, or the whole opening as a container
    text = "Workers for a Free Union, \"On Strikes,\" Union News, 4."
    tokens = tokenize(text)
    tags = ["prose", "prose", "prose", "B-author", "I-author", "I-author", "B-title", "I-title", "I-title",
            "I-title", "I-title", "B-container-title", "I-container-title", "I-container-title", "B-locator", "I-locator"]
    assert len(tags) == len(tokens)
    assert runs(text, tags)[:2] == [("Workers for a Free Union,", "author"), ("\"On Strikes,\"", "title")]
    text = "Miners Union Congress, Report of Proceedings (Leeds"
    tokens = tokenize(text)
    tags = ["B-container-title"] + ["I-container-title"] * 6 + ["B-location", "I-location"]
    assert len(tags) == len(tokens)
    assert runs(text, tags)[:2] == [("Miners Union Congress,", "author"), ("Report of Proceedings", "title")]
    text = "Fifth Conference of the U.L.P.(m), Minutes (Leeds, 1931)"  # all prose, a dotted party's letters
    tokens = tokenize(text)
    comma = [t.text for t in tokens].index(",")
    tags = ["prose"] * (comma + 1) + ["B-title", "B-location", "I-location", "I-location", "B-date", "I-date"]
    assert len(tags) == len(tokens)
    assert runs(text, tags)[:2] == [("Fifth Conference of the U.L.P.(m),", "author"), ("Minutes", "title")]
    text = "Resolution of the Union Congress, \"On Strikes,\" 4."  # a document's name, not the body
    tokens = tokenize(text)
    tags = ["prose"] * 4 + ["B-author", "I-author", "B-title", "I-title", "I-title", "I-title", "I-title", "B-locator", "I-locator"]
    assert len(tags) == len(tokens) and rule_body_opening_the_cite_is_its_author(text, tokens, tags) == tags
    text = "————, “Workers in the Union,” 4."  # no word before the comma (a dash for the author before): nothing to read
    tokens = tokenize(text)
    tags = ["prose"] * 5 + ["B-title"] + ["I-title"] * 6 + ["B-locator", "I-locator"]
    assert len(tags) == len(tokens) and rule_body_opening_the_cite_is_its_author(text, tokens, tags) == tags


def test_the_unit_of_a_body_after_its_comma_joins_the_author():
    from notecite.parse.rules.names import rule_unit_of_a_body_after_its_comma_joins_the_author as rule

    text = "ICC, Office of the Prosecutor, Policy on Cultural Heritage (The Hague"
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-title"] + ["I-title"] * 8 + ["B-location", "I-location", "I-location"]
    assert len(tags) == len(tokens)
    assert run_texts(text, tokens, rule(text, tokens, tags))[:2] == [
        ("ICC, Office of the Prosecutor,", "author"), ("Policy on Cultural Heritage", "title")]
    # a unit read as a second author joins the first
    text = "Council of Europe, Committee on Culture and Education, “War Damage,” 4."
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * 3 + ["B-author"] + ["I-author"] * 5 + ["B-title"] + ["I-title"] * 4 \
        + ["B-locator", "I-locator"]
    assert len(tags) == len(tokens)
    assert run_texts(text, tokens, rule(text, tokens, tags))[:2] == [
        ("Council of Europe, Committee on Culture and Education,", "author"), ("“War Damage,”", "title")]
    # a person is no body; a periodical named after an office, or a unit before no more of the cite, stays
    for text in ("George Kennan, Department of State Bulletin, 12", "Tom Smith, Office of the Prosecutor, 12",
                 "ICC, Office of the Prosecutor Minutes, Policy"):
        tokens = tokenize(text)
        tags = ["B-author"] * 1 + ["I-author"] * ([t.text for t in tokens].index(",")) \
            + ["B-title"] + ["I-title"] * (len(tokens) - [t.text for t in tokens].index(",") - 2)
        assert len(tags) == len(tokens) and rule(text, tokens, tags) == tags


def test_an_editor_word_opening_a_cite_makes_its_names_editors():
    from notecite.parse.rules.names import rule_editor_word_opening_a_cite_makes_its_names_editors as rule

    for text in ("ed A Briggs and J Saville “Essays”", "Eds. A Briggs and J Saville “Essays”", "edited by A Briggs and J Saville “Essays”"):
        tokens = tokenize(text)
        names = [t.text for t in tokens].index("A")
        tags = ["prose"] * names + ["B-author"] + ["I-author"] * 4 + ["B-title", "I-title", "I-title"]
        assert len(tags) == len(tokens)
        assert ("A Briggs and J Saville", "editor") in run_texts(text, tokens, rule(text, tokens, tags))
    # "Ed" with a capital and no full stop is a given name; "ed" inside a cite opens none
    for text in ("Ed Miliband and J Saville “Essays”", "See Tom, ed A Briggs “Essays”"):
        tokens = tokenize(text)
        tags = ["prose" if t.text in ("Ed", "ed", "See", "Tom", ",") else "I-author" for t in tokens]
        first = next(i for i, t in enumerate(tags) if t == "I-author")
        tags[first] = "B-author"
        assert rule(text, tokens, tags) == tags


def test_a_possessive_opening_a_title_run_or_before_a_comma_names_the_author():
    from notecite.parse.rules.names import rule_possessive_names_a_work

    def runs(text, tags):
        tokens = tokenize(text)
        assert len(tags) == len(tokens)
        out = rule_possessive_names_a_work(text, tokens, tags)
        return run_texts(text, tokens, out)

    text = "Hale's fine study The Inland Towns (Leeds"  # the tagger's title run opens on the name
    tags = ["B-title"] + ["I-title"] * 5 + ["B-location", "I-location"]
    assert runs(text, tags)[:2] == [("Hale's", "author"), ("The Inland Towns", "title")]
    text = "Moss's excellent account, The Harbour Towns (Leeds"  # a comma after the words
    tags = ["prose"] * 4 + ["B-title", "I-title", "I-title", "B-location", "I-location"]
    assert runs(text, tags)[:2] == [("Moss's", "author"), ("The Harbour Towns", "title")]


def test_an_editor_read_after_in_with_no_book_is_the_author_of_the_title_after_the_comma():
    from notecite.parse.labels import token_tags
    from notecite.parse.rules.names import rule_second_name_after_a_comma_is_a_title

    text = "the commentary in Anna Lindqvist, Per Okafor and His Harbour (Leeds: Hall, 1994), chap. 5."
    tokens = tokenize(text)
    start, imprint = text.index("Anna"), text.index("(Leeds")
    tags = token_tags(tokens, [(start, imprint - 1, "editor"), (imprint, imprint + 7, "location")])
    runs = run_texts(text, tokens, rule_second_name_after_a_comma_is_a_title(text, tokens, tags))
    assert runs[:2] == [("Anna Lindqvist,", "author"), ("Per Okafor and His Harbour", "title")]
    # a publisher's initials and name in the imprint's bracket, or names joined by "and": left alone
    for text in ("Oeuvres, Vol. III, p. 21. (P. V, Stock, Paris, 1912.)", "in Anna Lindqvist, Per Okafor and Sam Poe (Leeds"):
        tokens = tokenize(text)
        start = text.index("P. V") if "P. V" in text else text.index("Anna")
        place = text.index("Paris") if "Paris" in text else text.index("(Leeds")
        tags = token_tags(tokens, [(start, place - 2 if "Paris" in text else place - 1, "editor"), (place, place + 6, "location")])
        assert rule_second_name_after_a_comma_is_a_title(text, tokens, tags) == tags, text


def test_a_quoted_title_after_in_and_a_possessive_is_the_names_work_not_a_container():
    from notecite.parse.rules.names import rule_possessive_names_a_work
    text = "hatte es in Mohrs’ “Offenem Brief” geheißen"
    tokens = tokenize(text)
    quote = next(i for i, t in enumerate(tokens) if t.text == "“")
    tags = ["prose"] * quote + ["B-title", "I-title", "I-title", "I-title"] + ["prose"] * (len(tokens) - quote - 4)
    out = rule_possessive_names_a_work(text, tokens, tags)
    assert out[quote - 2] == "B-author" and out[quote:quote + 4] == ["B-title", "I-title", "I-title", "I-title"]
    text = "in Hazard's Pennsylvania Register, V. 191"  # unquoted: the possessive names the container
    tokens = tokenize(text)
    out = rule_possessive_names_a_work(text, tokens, ["prose"] * 2 + ["B-title", "I-title"] + ["prose"] * (len(tokens) - 4))
    assert "B-container-title" in out and "B-author" not in out
    # a possessive after a capitalised article names a thing ("The Historian's Office"), not after an initial
    for text, author in (('"The Historian\'s Office and the FRUS Series,"', False), ("see A. Wagner's Handbuch der Oekonomie", True)):
        tokens = tokenize(text)
        out = rule_possessive_names_a_work(text, tokens, ["prose"] * len(tokens))
        assert ("B-author" in out) is author, text
    # unless a place and a year follow the title: a book's imprint, the possessive its author's
    text = "mentioned in Hale's Altdanische Gilden, Breslau, 1885, p. 67"
    tokens = tokenize(text)
    out = rule_possessive_names_a_work(text, tokens, ["prose"] * 3 + ["B-title"] + ["I-title"] * 5 + ["prose"] * (len(tokens) - 9))
    assert out[2] == "B-author" and "B-container-title" not in out


def test_a_name_run_holding_a_german_noun_for_writings_is_a_title():
    from notecite.parse.rules.names import rule_writings_noun_in_a_name_run_is_a_title
    rule = rule_writings_noun_in_a_name_run_is_a_title
    text = "(Vgl. Intime Briefe Ferdinand Lassalles, Nachtrag.)"
    tokens = tokenize(text)
    tags = ["prose", "prose", "prose"] + ["B-author"] + ["I-author"] * (len(tokens) - 4)
    out = rule(text, tokens, tags)
    comma = next(i for i, t in enumerate(tokens) if t.text == ",")
    assert out[3:comma] == ["B-title", "I-title", "I-title", "I-title"] and set(out[comma:]) == {"prose"}
    # a person's name, or the noun past the run's first two words: left alone
    for text in ["Vgl. Karl Marx, Briefe an Kugelmann.", "Vgl. Franz Mehring Briefe."]:
        tokens = tokenize(text)
        tags = ["prose", "prose"] + ["B-author"] + ["I-author"] * (len(tokens) - 3)
        assert rule(text, tokens, tags) == tags, text
    # a noun for a person's writings and its "of" open a title: the whole run
    runs, _ = rule_runs(rule, "Correspondance de Montcalm, Vaudreuil, et Lévis.",
                        [("Correspondance de Montcalm, Vaudreuil, et Lévis.", "author")])
    assert runs == [("Correspondance de Montcalm, Vaudreuil, et Lévis.", "title")]


def test_a_periodical_named_in_prose_with_its_day_is_a_cite_of_that_issue():
    from notecite.parse.rules.names import rule_periodical_named_in_prose_with_its_day

    for text, name, date in [
            ("A writer (reprinted in the Massachusetts Centinel, October, 27, 1787) complains of it.",
             "Massachusetts Centinel", "October, 27, 1787"),
            ("The Massachusetts Centinel (November 24, 1787) declares it to be a fact.", "Massachusetts Centinel",
             "November 24, 1787"),
            ("“It is reported,” says the New Hampshire Spy, on December 7, 1787, “that few are.”", "New Hampshire Spy",
             "December 7, 1787"),
            ("Compare the reports in the Manchester Guardian, 4 March 1921.", "Manchester Guardian", "4 March 1921")]:
        runs, _ = rule_runs(rule_periodical_named_in_prose_with_its_day, text, [])
        assert [label for _, label in runs] == ["container-title", "date"], text
        assert runs[0][0].endswith(name) and runs[1][0] == date
    for text in ["He wrote to the Disbursing Clerk on November 14, 1866.",  # a letter's recipient
                 "It passed the State Department, February 9, 1910.", "He left the Continental Army on December 23, 1783.",
                 "He reached the United States on May 2, 1850.", "It began with the French Revolution, on July 14, 1789."]:
        assert rule_runs(rule_periodical_named_in_prose_with_its_day, text, [])[1], text


def test_a_periodical_by_an_issues_month_with_volume_and_page_is_one_cite():
    from notecite.parse.rules.names import rule_month_issue_with_volume_and_page_is_a_periodical

    text = "American Museum, July, 1788, Vol. IV, p. 85."
    runs, _ = rule_runs(rule_month_issue_with_volume_and_page_is_a_periodical, text,
                        [("American Museum, July,", "author"), ("1788,", "date"), ("Vol. IV, p. 85.", "locator")])
    assert runs == [("American Museum", "container-title"), ("July, 1788", "date"), ("Vol. IV, p. 85.", "locator")]
    for text in ["John Adams, July, 1788, Vol. IV, p. 85.",  # a person's letter
                 "See Report, July, 1788, Vol. IV, p. 85.", "He wrote in Niles Register, May, 1820, Vol. XVIII, p. 211."]:
        assert rule_runs(rule_month_issue_with_volume_and_page_is_a_periodical, text, [])[1], text


def test_a_name_run_ending_on_a_word_for_records_is_a_title():
    from notecite.parse.rules.names import rule_name_ending_on_a_record_noun_is_a_title

    text = "Delaware State Council Minutes, 1776–1792, pp. 1081–82."
    runs, _ = rule_runs(rule_name_ending_on_a_record_noun_is_a_title, text,
                        [("Delaware State Council Minutes,", "author"), ("1776–1792,", "date"), ("pp. 1081–82.", "pages")])
    assert runs[0] == ("Delaware State Council Minutes,", "title")
    for text, name in [("John Laws, History, p. 3.", "John Laws,"), ("Acts, History, p. 3.", "Acts,")]:
        assert rule_runs(rule_name_ending_on_a_record_noun_is_a_title, text, [(name, "author"), ("History,", "title")])[1]


def test_a_word_for_records_read_as_a_name_before_a_title_opens_that_title():
    from notecite.parse.rules.names import rule_record_noun_opening_a_title_is_no_name as rule

    text = "Papers Relating to the Maritime Trade of the Province, 1:89-100."
    runs, _ = rule_runs(rule, text, [("Papers", "author"), ("Relating to the Maritime Trade of the Province,", "title"),
                                     ("1:89-100.", "locator")])
    assert runs[0] == ("Papers Relating to the Maritime Trade of the Province,", "title")
    for text, name in [("Papers, Relating to Trade, p. 3.", "Papers,"),  # a comma between: left alone
                       ("John Papers Relating to Trade, p. 3.", "John Papers")]:  # two words
        assert rule_runs(rule, text, [(name, "author"), (text[len(name):].split(" p.")[0].strip(), "title")])[1]


def test_a_possessive_before_a_quoted_title_is_its_author():
    from notecite.parse.rules.names import rule_possessive_opening_a_title_is_its_author as rule
    text = "Sparks' \"Harbour Works,\" ix, p. 3."
    got = _labelled(rule, text, [(0, text.index(",\"") + 2, "title")])
    assert got[:4] == [("Sparks", "B-author"), ("'", "I-author"), ('"', "B-title"), ("Harbour", "I-title")]
    text = "Rowe, \"Travels\"; Michaux's \"Journal,\" in Proceedings of the Harbour Society, xxvi."
    start = text.index("Michaux")
    got = _labelled(rule, text, [(0, 5, "author"), (6, 15, "title"), (start, start + 9, "title"),
                                 (start + 10, start + 20, "title")])
    assert ("Michaux's", "B-author") in got and ('"', "B-title") in got
    # a possessive run of its own inside a phrase stays
    text = "the King of France's \"Service\""
    start = text.index("France")
    tokens_tags = _labelled(rule, text, [(start, start + 8, "title"), (start + 9, len(text), "title")])
    assert ("France's", "B-title") in tokens_tags


def test_a_name_before_in_and_a_periodical_is_the_papers_author():
    from notecite.parse.rules.names import rule_name_before_in_and_a_periodical_is_its_author as rule
    text = "Compare Thorpe, in Annals of the Harbour Academy, September, 1891; Hale, \"Towns\"."
    start = text.index("Annals")
    got = _labelled(rule, text, [(start, text.index(" September"), "container-title")])
    assert got[:2] == [("Thorpe", "B-author"), ("Annals", "B-container-title")]
    text = "and also President Welling, in Papers of the Harbour Association, iii, p. 411."
    start = text.index("Papers")
    got = _labelled(rule, text, [(start, text.index(" iii"), "container-title")])
    assert got[:3] == [("President", "B-author"), ("Welling", "I-author"), ("Papers", "B-container-title")]
    for text in ["He wrote to Thorpe, in Annals of the Harbour Academy, 12.",  # a name inside a sentence
                 "Compare, in Annals of the Harbour Academy, 12."]:  # a citing word is no name
        start = text.index("Annals")
        got = _labelled(rule, text, [(start, text.index(", 12"), "container-title")])
        assert got[0][1] == "B-container-title", text


def test_a_possessive_pronoun_read_as_a_name_is_prose():
    from notecite.parse.rules.names import rule_possessive_pronoun_is_no_name as rule

    from ..conftest import spans_of
    text = 'Mr. Hale: see his "Harbour Reprints," i, p. 3.'
    got = _labelled(rule, text, spans_of(text, [("his", "author"), ('"Harbour Reprints,"', "title")]))
    assert ("his", "B-author") not in got and ('"', "B-title") in got
    text = 'See my article, "Harbour Reprints," Docks 3 (1990).'  # the writer's own, with lower-case words after it
    got = _labelled(rule, text, spans_of(text, [("my article,", "author"), ('"Harbour Reprints,"', "title")]))
    assert got[0] == ('"', "B-title") and not any(word in ("my", "article") for word, _ in got)
    text = "His Harbour, Hale, Docks."  # a capitalised word is left alone, and a real name
    spans = spans_of(text, [("His Harbour,", "title"), ("Hale,", "author")])
    assert _labelled(rule, text, spans) == _labelled(lambda t, k, g: g, text, spans)


def test_an_initial_cut_off_into_the_pinpoint_opens_the_name():
    from notecite.parse.rules.names import rule_initial_cut_from_its_name_opens_it as rule

    from ..conftest import spans_of
    text = 'Hale, "Harbours," pp. 23-34, 93-95. P. A. Ford, "Docks," p. 9.'
    spans = spans_of(text, [("Hale,", "author"), ('"Harbours,"', "title"), ("pp. 23-34, 93-95. P", "pages"),
                            ('"Docks,"', "title"), ("p. 9.", "locator")])
    # ". A. Ford," read on from the pages as the name run's inside
    from notecite.parse.labels import token_tags
    tokens = tokenize(text)
    tags = token_tags(tokens, spans)
    start = [t.text for t in tokens].index("P") + 1
    for k in range(start, [t.text for t in tokens].index("Ford") + 2):
        tags[k] = "I-author"
    out = rule(text, tokens, tags)
    assert out[start - 1] == "B-author" and out[start - 2] == "I-pages"
    assert rule(text, tokens, token_tags(tokens, spans)) == token_tags(tokens, spans)  # no name run after it


def test_a_nickname_in_quotes_stays_in_its_name():
    from notecite.parse.rules.names import rule_nickname_in_quotes_stays_in_its_name

    text = 'Robert “Jake” Bebber, "Cyber power," Strategy'
    tokens = tokenize(text)
    # the tagger read "Robert “Jake”" as a title and the family name alone as the author
    tags = ["B-title", "I-title", "I-title", "I-title", "B-author", "I-author",
            "B-title", "I-title", "I-title", "I-title", "I-title", "B-container-title"]
    assert run_texts(text, tokens, rule_nickname_in_quotes_stays_in_its_name(text, tokens, tags)) == [
        ("Robert “Jake” Bebber,", "author"), ('"Cyber power,"', "title"), ("Strategy", "container-title")]
    # a family name read as a publisher after a title is left alone
    text = "Manual. Andrea “Nand” Nini, 2022"
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "B-publisher"] + ["I-publisher"] * 5 + ["B-date"]
    assert rule_nickname_in_quotes_stays_in_its_name(text, tokens, tags) == tags
    # a quoted title after a name that is not a given name is no nickname
    text = "Kennan, “Sources” Review, 1947"
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "B-title", "I-title", "I-title", "B-container-title", "I-container-title", "B-date"]
    assert rule_nickname_in_quotes_stays_in_its_name(text, tokens, tags) == tags


def test_an_editor_named_before_ed_after_in_edits_the_container():
    from notecite.parse.rules.names import rule_editor_named_before_ed_after_in

    text = "“War,” in Peter Roberts ed., “The Future,” Royal Institute, 2019"
    tokens = tokenize(text)
    # the tagger read "in Peter Roberts" as the container, the book as a title, the institute as a second container
    tags = ["B-title", "I-title", "I-title", "I-title", "B-container-title", "I-container-title", "I-container-title",
            "B-editor", "I-editor", "I-editor", "B-title", "I-title", "I-title", "I-title", "I-title",
            "B-container-title", "I-container-title", "I-container-title", "B-date"]
    assert run_texts(text, tokens, rule_editor_named_before_ed_after_in(text, tokens, tags)) == [
        ("“War,”", "title"), ("Peter Roberts ed.,", "editor"), ("“The Future,”", "container-title"),
        ("Royal Institute,", "publisher"), ("2019", "date")]
    # a container that is a book title ("in The Cambridge History, ed. G. Parker") is left alone
    text = "“War,” in The Cambridge History, ed. Geoffrey Parker"
    tokens = tokenize(text)
    tags = ["B-title", "I-title", "I-title", "I-title", "B-container-title"] + ["I-container-title"] * 4 \
        + ["B-editor", "I-editor", "I-editor", "I-editor"]
    assert rule_editor_named_before_ed_after_in(text, tokens, tags) == tags


def test_an_editor_named_before_ed_after_in_edits_the_book_read_into_the_editor_run():
    from notecite.parse.rules.names import rule_editor_named_before_ed_after_in as rule

    text = "Ann Lee, “Strikes,” in Peter Roberts, ed., Labour and Society (London: Verso, 1990), 4."
    runs = [("Ann Lee,", "author"), ("“Strikes,”", "title"), ("in Peter Roberts,", "container-title"),
            ("ed., Labour and Society", "editor"), ("(London:", "location"), ("Verso,", "publisher"), ("1990),", "date"),
            ("4.", "locator")]
    assert rule_runs(rule, text, runs)[0][2:4] == [("Peter Roberts, ed.,", "editor"), ("Labour and Society", "container-title")]
    # the words after the role word's comma are a name list, not a title: left alone
    assert not changed_by(rule, [("Ann Lee, “Strikes,” in Peter Roberts, ed., and more.", [
        ("Ann Lee,", "author"), ("“Strikes,”", "title"), ("in Peter Roberts,", "container-title"), ("ed., and more.", "editor")])])


def test_title_words_before_the_editors_word_end_the_title():
    from notecite.parse.rules.names import rule_title_words_before_the_editors_word_end_the_title as rule

    text = "Ann Lee, “Strikes,” in Kontroversen: Zum 80. Geburtstag von Fritz Eberhard, eds. Bo Ng et al. (Berlin: Dietz, 1976), 481."
    runs = [("Ann Lee,", "author"), ("“Strikes,”", "title"), ("in Kontroversen: Zum 80.", "container-title"),
            ("Geburtstag von Fritz Eberhard, eds. Bo Ng et al.", "editor"), ("(Berlin:", "location"), ("Dietz,", "publisher"),
            ("1976),", "date"), ("481.", "locator")]
    assert rule_runs(rule, text, runs)[0][2:4] == [("in Kontroversen: Zum 80. Geburtstag von Fritz Eberhard,", "container-title"),
                                                  ("eds. Bo Ng et al.", "editor")]
    assert not changed_by(rule, [
        # the names before the editors' word, no names after it: "Names, eds., Title"
        ("Ann Lee, “Strikes,” in Bo Ng and Al Wu, eds., labour.", [("Ann Lee,", "author"), ("“Strikes,”", "title"),
                                                                 ("in", "container-title"), ("Bo Ng and Al Wu, eds., labour.", "editor")]),
        # a comma after the editors' word: the names before it are the editors
        ("Select works: Egmont Hesse and Bo Ng, eds., Zellinnendruck.", [("Select works:", "title"),
                                                                      ("Egmont Hesse and Bo Ng, eds., Zellinnendruck.", "editor")]),
        # a quotation in the runs: another misreading (a quoted title read into the editor run)
        ("Ann Lee, \"Strikes,\" Labour, ed. Bo Ng.", [("Ann Lee,", "author"), ("\"", "title"),
                                                   ("Strikes,\" Labour, ed. Bo Ng.", "editor")]),
        # a ";" ends the run before: another cite
        ("Ann Lee, Strikes; Egmont Hesse and Bo Ng, eds. Al Wu.", [("Ann Lee,", "author"), ("Strikes;", "title"),
                                                                  ("Egmont Hesse and Bo Ng, eds. Al Wu.", "editor")]),
        # the editor run opens on its word
        ("Ann Lee, “Strikes,” in Labour, ed. Bo Ng.", [("Ann Lee,", "author"), ("“Strikes,”", "title"), ("in Labour,", "container-title"),
                                                      ("ed. Bo Ng.", "editor")]),
    ])


def test_an_editor_with_an_unknown_given_name_before_ed_after_in_edits_the_container():
    from notecite.parse.rules.names import rule_editor_named_before_ed_after_in

    # "Athan" is no known given name, and the tagger read the book after "ed.," as a second container
    text = "“Mail,” in Athan Theoharis, ed., A Culture of Secrecy (Lawrence"
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * 3 + ["B-container-title"] + ["I-container-title"] * 3 \
        + ["B-editor", "I-editor", "I-editor", "B-container-title"] + ["I-container-title"] * 3 + ["B-location", "I-location"]
    assert run_texts(text, tokens, rule_editor_named_before_ed_after_in(text, tokens, tags)) == [
        ("“Mail,”", "title"), ("Athan Theoharis, ed.,", "editor"), ("A Culture of Secrecy", "container-title"),
        ("(Lawrence", "location")]
    # common words after "in" are no name: "in Modern History, ed., A Reader" is left alone
    text = "“Mail,” in Modern History, ed., A Reader (Lawrence"
    tokens = tokenize(text)
    tags = ["B-title"] + ["I-title"] * 3 + ["B-container-title"] + ["I-container-title"] * 3 \
        + ["B-editor", "I-editor", "I-editor", "B-container-title", "I-container-title", "B-location", "I-location"]
    assert rule_editor_named_before_ed_after_in(text, tokens, tags) == tags


def test_a_lone_word_after_a_full_name_and_its_comma_opens_the_title():
    from notecite.parse.rules.names import rule_word_after_a_full_name_and_its_comma_opens_the_title

    text = "Antony Beevor, Stalingrad, The Fateful Siege (New York"
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author", "I-author", "I-author", "B-title", "I-title", "I-title",
            "B-location", "I-location", "I-location"]
    assert run_texts(text, tokens, rule_word_after_a_full_name_and_its_comma_opens_the_title(text, tokens, tags)) == [
        ("Antony Beevor,", "author"), ("Stalingrad, The Fateful Siege", "title"), ("(New York", "location")]
    # several words with commas between them, an unknown given name, a colon ending them
    for text, runs in [("Aggrey Brown, Color, Class and Politics (New York", [("Aggrey Brown, Color,", "author"), ("Class and Politics", "title"),
                                                                               ("(New York", "location")]),
                       ("Geir Lundestad, East, West, North, South: Relations (New York",
                        [("Geir Lundestad, East, West, North, South:", "author"), ("Relations", "title"), ("(New York", "location")])]:
        out = rule_runs(rule_word_after_a_full_name_and_its_comma_opens_the_title, text, runs)[0]
        assert out[0][1] == "author" and out[0][0].endswith(",") and out[1][1] == "title" and len(out) == 3, out
    # a second name or a suffix after the comma stays in the name run
    for text in ("John Smith, Anne, The Siege", "John Smith, Jr, The Siege"):
        tokens = tokenize(text)
        tags = ["B-author", "I-author", "I-author", "I-author", "I-author", "B-title", "I-title"]
        assert rule_word_after_a_full_name_and_its_comma_opens_the_title(text, tokens, tags) == tags


def test_quoted_name_before_a_day_date_is_a_periodical():
    from notecite.parse.labels import tag_spans, token_tags
    from notecite.parse.rules.names import rule_quoted_name_before_a_day_date_is_a_periodical as rule
    from notecite.parse.tokenize import tokenize

    from ..conftest import spans_of

    def runs(text, spans):
        tokens = tokenize(text)
        out = rule(text, tokens, token_tags(tokens, spans_of(text, spans)))
        return [(text[tokens[f].start:tokens[l - 1].end], label) for f, l, label in tag_spans(tokens, out)]

    assert runs('"The Harbour Gazette," Feb. 17, 1838.', [("Feb. 17, 1838.", "date")]) == \
        [('"The Harbour Gazette,"', "container-title"), ("Feb. 17, 1838.", "date")]
    assert runs('"Port Mercury and General Advertiser", Aug. 5, 1797.', [("Aug. 5, 1797.", "date")])[0] == \
        ('"Port Mercury and General Advertiser"', "container-title")
    # a quoted phrase inside a sentence, or a year alone, names no periodical
    assert runs('He called it "the new order," Feb. 17, 1838.', [("Feb. 17, 1838.", "date")]) == [("Feb. 17, 1838.", "date")]
    assert runs('"The Harbour Gazette," 1838.', [("1838.", "date")]) == [("1838.", "date")]


def test_in_ending_a_name_run_before_a_title_is_prose():
    from notecite.parse.labels import token_tags
    from notecite.parse.rules.names import rule_in_ending_a_name_run_is_prose as rule
    from notecite.parse.tokenize import tokenize

    from ..conftest import spans_of

    text = 'Ada Okafor in "Harbour Ledgers," 186-187.'
    tokens = tokenize(text)
    tags = token_tags(tokens, spans_of(text, [("Ada Okafor in", "author"), ('"Harbour Ledgers,"', "title"), ("186-187.", "pages")]))
    out = rule(text, tokens, tags)
    assert out[2] == "prose" and out[:2] == ["B-author", "I-author"] and out[3:] == tags[3:]
    text = "Okafor, in Harbour Ledgers, 12."  # "in" alone after a comma: not a name run's end
    tokens = tokenize(text)
    tags = token_tags(tokens, spans_of(text, [("Okafor,", "author"), ("in Harbour Ledgers,", "title")]))
    assert rule(text, tokens, tags) == tags
def test_a_name_between_a_quoted_title_and_a_bracketed_year_is_the_publisher():
    from notecite.parse.rules.names import rule_name_between_a_quoted_title_and_a_bracketed_year_is_the_publisher as rule

    runs, same = rule_runs(rule, "Harry Pollitt “Serving My Time” Lawrence and Wishart (1940) p211", [
        ("Harry Pollitt", "author"), ("“Serving My Time”", "title"), ("Lawrence and Wishart", "author"), ("(1940)", "date")])
    assert not same and runs[2] == ("Lawrence and Wishart", "publisher")
    runs, same = rule_runs(rule, "R Arnot “The Miners” Allen and Unwin (1953) pp 433-4", [
        ("R Arnot", "author"), ("“The Miners”", "title"), ("Allen and Unwin", "container-title"), ("(1953)", "date"),
        ("pp 433-4", "pages")])
    assert not same and runs[2] == ("Allen and Unwin", "publisher")
    # a periodical with its month, a name after a comma, or a name not before a bracketed year is left alone
    for text, pairs in (
            ("J Smith “A Strike” Labour Monthly (June 1926)", [("J Smith", "author"), ("“A Strike”", "title"),
                                                             ("Labour Monthly", "container-title"), ("(June 1926)", "date")]),
            ("“A Strike”, Labour Monthly (1926)", [("“A Strike”", "title"), ("Labour Monthly", "container-title"),
                                                  ("(1926)", "date")]),
            ("“A Strike” Tom Mann said (1926)", [("“A Strike”", "title"), ("Tom Mann", "author")])):
        assert rule_runs(rule, text, pairs)[1]


def test_a_publisher_and_its_place_before_a_bracketed_year_and_the_name_before_the_quote():
    from notecite.parse.rules.names import rule_name_between_a_quoted_title_and_a_bracketed_year_is_the_publisher as rule

    runs, same = rule_runs(rule, "R Gurnham “200 Years” NUHKW, Leicester (1976) p128", [
        ("R Gurnham “200 Years”", "title"), ("NUHKW, Leicester", "author"), ("(1976)", "date")])
    assert not same and runs[:4] == [("R Gurnham", "author"), ("“200 Years”", "title"), ("NUHKW,", "publisher"),
                                     ("Leicester", "location")]
    # a name run before the title keeps the title whole; more than three words after the comma are no place
    runs, same = rule_runs(rule, "Roe “Old Roads” Merlin, Some Long Place Name Here (1976)", [
        ("Roe", "author"), ("“Old Roads”", "title"), ("Merlin, Some Long Place Name Here", "author"), ("(1976)", "date")])
    assert same


def test_a_possessive_after_a_comma_in_a_possessives_title_opens_the_next_work():
    from notecite.parse.rules.names import rule_possessive_after_a_comma_in_a_possessives_title as rule

    text = "Leo and Botta's History of Italy, Ferrari's Revolutions d'Italie, are the chief sources."
    runs, same = rule_runs(rule, text, [("Botta's", "author"), ("History of Italy, Ferrari's Revolutions d'Italie,", "title")])
    assert runs == [("Botta's", "author"), ("History of Italy", "title"), ("Ferrari's", "author"),
                    ("Revolutions d'Italie,", "title")]
    # no possessive author before the title run, a periodical, a common word's possessive: left alone
    for text, pairs in (("Isaac Deutscher, Memoirs, Lenin's Childhood.", [("Isaac Deutscher,", "author"),
                                                                          ("Memoirs, Lenin's Childhood", "title")]),
                        ("Smith's Essays and Notes, Gentleman's Magazine.", [("Smith's", "author"),
                                                                             ("Essays and Notes, Gentleman's Magazine", "title")]),
                        ("Smith's Essays and Notes, People's Edition.", [("Smith's", "author"),
                                                                         ("Essays and Notes, People's Edition", "title")])):
        assert rule_runs(rule, text, pairs)[1], text


def test_by_and_names_ending_a_title_run_before_the_comma_of_the_imprint_are_its_author():
    from notecite.parse.rules.names import rule_by_inside_a_name_run

    text = "The Early History of the Guild of Merchant Taylors, by Charles M. Clode, London, 1888, i. 361."
    runs, _ = rule_runs(rule_by_inside_a_name_run, text, [
        ("The Early History of the Guild of Merchant Taylors, by Charles M. Clode,", "title"), ("London,", "location"),
        ("1888,", "date"), ("i. 361.", "locator")])
    assert runs[:3] == [("The Early History of the Guild of Merchant Taylors,", "title"), ("Charles M. Clode", "author"),
                        ("London,", "location")]


def test_a_given_name_cut_short_before_a_possessive_is_part_of_the_author():
    from notecite.parse.rules.names import rule_possessive_names_a_work, rule_possessive_opening_a_title_is_its_author

    text = "Eb. Bain's Merchant and Craft Guilds, Aberdeen, 1887."
    runs, _ = rule_runs(rule_possessive_opening_a_title_is_its_author, text, [
        ("Eb. Bain's Merchant and Craft Guilds,", "title"), ("Aberdeen,", "location"), ("1887.", "date")])
    assert runs[:2] == [("Eb. Bain's", "author"), ("Merchant and Craft Guilds,", "title")]
    text = "See Eb. Bain's Merchant and Craft Guilds, Aberdeen, 1887."
    runs, _ = rule_runs(rule_possessive_names_a_work, text, [
        ("Eb.", "author"), ("Bain's Merchant and Craft Guilds,", "title"), ("Aberdeen,", "location"), ("1887.", "date")])
    assert runs[:2] == [("Eb. Bain's", "author"), ("Merchant and Craft Guilds,", "title")]
    # a sentence's full stop after a longer word is no given name cut short
    text = "He read Smith. Bain's Merchant and Craft Guilds came later."
    _, same = rule_runs(rule_possessive_names_a_work, text, [("He read Smith.", "author"),
                                                             ("Bain's Merchant and Craft Guilds", "title")])
    assert same


def test_a_title_of_address_read_as_a_title_before_a_name_is_prose():
    from notecite.parse.rules.names import rule_title_of_address_is_no_title as rule

    text = 'Milan, 1868; Professor Luchitzkiy, "Slavery and Russian Slaves," 1885.'
    runs, _ = rule_runs(rule, text, [("Professor", "title"), ("Luchitzkiy,", "author"), ('"Slavery and Russian Slaves,"', "title")])
    assert runs[0] == ("Luchitzkiy,", "author")
    runs, _ = rule_runs(rule, "See Dr. Kallsen, Die Stadte.", [("Dr.", "title"), ("Kallsen,", "author"), ("Die Stadte.", "title")])
    assert runs[0] == ("Kallsen,", "author")
    # a title that only opens on such a word, or no name after it: left alone
    assert rule_runs(rule, "Professor Unrat, Heinrich Mann.", [("Professor Unrat,", "title"), ("Heinrich Mann.", "author")])[1]
    assert rule_runs(rule, "The Professor, 1857.", [("The Professor,", "title"), ("1857.", "date")])[1]


def test_a_noun_after_its_article_before_in_his_is_no_author():
    from notecite.parse.rules.names import rule_name_and_possessive_title as rule

    text = "Rapport fait au Roi dans son Conseil, le 27 Decembre 1788."
    assert rule_runs(rule, text, [("Rapport fait au Roi dans son Conseil, le 27 Decembre 1788.", "title")])[1]
    runs, _ = rule_runs(rule, "See M. Story dans ses Commentaires sur la constitution, p. 85.", [("p. 85.", "locator")])
    assert runs[0] == ("M. Story", "author")  # a name: still its work's author


def test_an_author_run_opening_on_an_elided_article_is_a_title():
    from notecite.parse.rules.names import rule_elided_article_opens_a_title_not_a_name

    text = "Voyez l'Histoire de Hutchinson, vol. 1, p. 455."
    tokens = tokenize(text)
    tags = ["prose"] + ["B-author"] + ["I-author"] * 3 + ["B-volume"] + ["I-volume"] * 3 + ["B-pages"] + ["I-pages"] * 3
    out = rule_elided_article_opens_a_title_not_a_name(text, tokens, tags)
    assert run_texts(text, tokens, out)[:2] == [("l'Histoire de Hutchinson,", "title"), ("vol. 1,", "volume")]
    text = "Toussaint L'Ouverture, Mémoires, p. 4."  # inside a name, after its given name: a name
    tokens = tokenize(text)
    tags = ["B-author", "I-author", "I-author", "B-title", "I-title", "B-locator", "I-locator", "I-locator", "I-locator"]
    assert rule_elided_article_opens_a_title_not_a_name(text, tokens, tags) == tags


def test_por_or_par_and_a_persons_name_after_a_title_name_its_maker():
    from notecite.parse.labels import token_tags
    from notecite.parse.rules.names import rule_by_after_a_title_names_its_maker

    text = "Epistolario español ordenado por D. Eugenio de Ochoa. Cartas de Antonio Pérez. Tomo I: Madrid, 1850."
    tokens = tokenize(text)
    tags = token_tags(tokens, [(0, text.index("D. Eugenio") - 1, "note"), (text.index("D. Eugenio"), text.index("Tomo") + 4, "translator"),
                               (text.index("I:"), text.index("I:") + 2, "volume"), (text.index("Madrid"), len(text) - 6, "location"),
                               (len(text) - 5, len(text), "date")])
    runs = run_texts(text, tokens, rule_by_after_a_title_names_its_maker(text, tokens, tags))
    assert runs[:3] == [("Epistolario español", "title"), ("ordenado por D. Eugenio de Ochoa", "editor"),
                        ("Cartas de Antonio Pérez. Tomo", "note")]
    text = "Estudios históricos por D. Salvador Bermúdez de Castro: Madrid, 1841."
    tokens = tokenize(text)
    runs = run_texts(text, tokens, rule_by_after_a_title_names_its_maker(text, tokens, ["B-note"] + ["I-note"] * (len(tokens) - 1)))
    assert runs[:4] == [("Estudios históricos", "title"), ("D. Salvador Bermúdez de Castro", "author"), ("Madrid,", "location"),
                        ("1841", "date")]
    text = "Fils Adoptif, viii. 450; Journal de la maladie de Mirabeau, par P.J.G. Cabanis (Paris, 1803)."
    tokens = tokenize(text)
    tags = ["B-title"] * 1 + ["I-title"] * (len(tokens) - 1)
    runs = run_texts(text, tokens, rule_by_after_a_title_names_its_maker(text, tokens, tags))
    assert ("Journal de la maladie de Mirabeau,", "title") in runs and ("P.J.G. Cabanis", "author") in runs
    text = "Guerre du Canada, par le Chevalier de Lévis. This manuscript is a journal."  # "par" left as prose
    tokens = tokenize(text)
    tags = token_tags(tokens, [(0, text.index(",") + 1, "title")])
    assert run_texts(text, tokens, rule_by_after_a_title_names_its_maker(text, tokens, tags))[:2] == \
        [("Guerre du Canada,", "title"), ("le Chevalier de Lévis", "author")]
    text = "Mémoire sur le Canada, par M. de Bougainville."  # a particle after the form of address
    tokens = tokenize(text)
    runs = run_texts(text, tokens, rule_by_after_a_title_names_its_maker(text, tokens, ["B-title"] + ["I-title"] * (len(tokens) - 1)))
    assert ("M. de Bougainville", "author") in runs
    for text in ("Histoire de la Revolution, par Deux Amis de la Liberte, i. 50.",  # no person's name
                 "Voyez le livre écrit par M. Thierry, p. 4."):  # prose before
        tokens = tokenize(text)
        tags = ["prose"] * 2 + ["B-title"] + ["I-title"] * (len(tokens) - 3)
        assert rule_by_after_a_title_names_its_maker(text, tokens, tags) == tags, text


def test_initials_and_a_family_name_before_a_sentence_case_title_are_its_author():
    from notecite.parse.rules.names import rule_initials_and_family_name_before_a_title as rule

    runs, _ = rule_runs(rule, "Sir F. M. Eden State of the poor I, 112.",
                        [("Sir F. M.", "author"), ("Eden State of the poor I,", "title"), ("112.", "locator")])
    assert runs == [("Sir F. M. Eden", "author"), ("State of the poor", "title"), ("I, 112.", "locator")]
    runs, _ = rule_runs(rule, "Vgl. J. Law Money and trade considered, p. 129.", [("p. 129.", "locator")])
    assert runs[:2] == [("J. Law", "author"), ("Money and trade considered", "title")]
    runs, _ = rule_runs(rule, "J. Pollexfen England and East-India inconsistent in their manufactures. 1697.",
                        [("J. Pollexfen", "author"), ("England and East-India inconsistent in their manufactures.", "title"),
                         ("1697.", "date")])
    assert runs[1] == ("England and East-India inconsistent in their manufactures.", "title")
    # an article after an initial, a title of capitalised words, a name in the middle of a sentence: left alone
    for text, pairs in (("V. La Conquista de las Azores por D. Álvaro.", [("V. La Conquista de las Azores", "title")]),
                        ("J. Smith Collected Works, p. 4.", [("p. 4.", "locator")]),
                        ("as J. Law Money and trade considered, p. 129.", [("p. 129.", "locator")])):
        assert rule_runs(rule, text, pairs)[1], text


def test_initials_may_open_at_an_initial_and_the_two_tokens_before_it():
    from notecite.parse.rules.names import _where_initials_may_open

    text = "Sir F. M. Eden State of the poor I, 112. See A.B. Smith"
    tokens = tokenize(text)
    initials = [k for k, t in enumerate(tokens) if t.text in ("F", "M", "A", "B")]  # "I," has no full stop after it
    assert _where_initials_may_open(text, tokens) == sorted({k - b for k in initials for b in (0, 1, 2) if k >= b})
    assert _where_initials_may_open("Ibid. p. 4.", tokenize("Ibid. p. 4.")) == []


def test_a_possessive_full_name_after_an_authors_comma_opens_the_title():
    from notecite.parse.rules.names import rule_possessive_name_after_an_authors_comma_opens_the_title as rule

    runs, same = rule_runs(rule, "Draper, Karl Marx's Theory of Revolution, vol. 1", [
        ("Draper, Karl Marx's", "author"), ("Theory of Revolution,", "title"), ("vol. 1", "volume")])
    assert not same and runs[:2] == [("Draper,", "author"), ("Karl Marx's Theory of Revolution,", "title")]
    # a family name alone after the comma is the next author of a list (Welwood, North's Life): left alone
    assert rule_runs(rule, "Welwood, North's Life of Guildford, 251", [
        ("Welwood, North's", "author"), ("Life of Guildford,", "title"), ("251", "locator")])[1]
    # after two authors joined by "and", any possessive name opens the title
    runs, _ = rule_runs(rule, "Ansari and Schmidtke, Al-Šarīf al-Murtaḍā’s Oeuvre, 12", [
        ("Ansari and Schmidtke, Al-Šarīf al-Murtaḍā’s", "author"), ("Oeuvre,", "title"), ("12", "locator")])
    assert runs[:2] == [("Ansari and Schmidtke,", "author"), ("Al-Šarīf al-Murtaḍā’s Oeuvre,", "title")]


def test_an_editor_run_without_an_editor_word_before_an_imprint_is_an_author_and_title():
    from notecite.parse.rules.names import rule_editor_run_without_an_editor_word_is_an_author_and_title as rule

    runs, same = rule_runs(rule, "Raya Dunayevskaya, Marxism and Freedom (New York: Bookman, 1958).", [
        ("Raya Dunayevskaya, Marxism and Freedom", "editor"), ("(New York:", "location"), ("Bookman,", "publisher")])
    assert not same and runs[:2] == [("Raya Dunayevskaya,", "author"), ("Marxism and Freedom", "title")]
    # an editor word in or before the run, or a law case's parties: left alone
    for text, pairs in (("ed. Jane Roe, Mills and Towns (London: Verso, 1990)", [("Jane Roe, Mills and Towns", "editor"), ("(London:", "location")]),
                        ("Chicago, Burlington v. Union Pacific (1888)", [("Chicago, Burlington v. Union Pacific", "editor"), ("(1888)", "date")])):
        assert rule_runs(rule, text, pairs)[1], text
    runs, _ = rule_runs(rule, "Bornstein and Richardson, War and the International (London: Socialist Platform, 1986)", [
        ("Bornstein and Richardson,", "editor"), ("War and the International", "title"), ("(London:", "location")])
    assert runs[:2] == [("Bornstein and Richardson,", "author"), ("War and the International", "title")]
    assert rule_runs(rule, "Bornstein and Richardson, eds., War (London: Socialist Platform, 1986)", [
        ("Bornstein and Richardson, eds.,", "editor"), ("War", "title"), ("(London:", "location")])[1]
    # opening a cite and ending on a comma before a volume or pinpoint: a short form's author and title
    runs, _ = rule_runs(rule, "Roe, Decline and Fall, vol. 3, p. 385.", [("Roe, Decline and Fall,", "editor"),
                                                                         ("vol. 3, p. 385.", "locator")])
    assert runs[:2] == [("Roe,", "author"), ("Decline and Fall,", "title")]


def test_by_after_a_reviewed_books_title_names_that_books_author_inside_the_title():
    from notecite.parse.rules.names import rule_by_inside_a_name_run as rule

    text = "E. H. Carr, review of The Prophet Armed, by Isaac Deutscher, Times Literary Supplement"
    assert rule_runs(rule, text, [("E. H. Carr,", "author"), ("review of The Prophet Armed, by Isaac Deutscher,", "title"),
                                  ("Times Literary Supplement", "container-title")])[1]
    runs, same = rule_runs(rule, "The Life of Thomas Paine, by Moncure D. Conway (New York, 1892)", [
        ("The Life of Thomas Paine, by Moncure D. Conway", "title"), ("(New York,", "location")])
    assert not same and runs[:2] == [("The Life of Thomas Paine,", "title"), ("Moncure D. Conway", "author")]


def test_a_book_named_after_a_person_before_a_bracketed_first_year_is_a_title():
    from notecite.parse.rules.names import rule_second_name_after_a_comma_is_a_title as rule

    runs, same = rule_runs(rule, "Karl Korsch, Karl Marx (1938; repr., New York: Russell, 1963), 45.", [
        ("Karl Korsch, Karl Marx", "author"), ("1938;", "date"), ("New York:", "location")])
    assert not same and runs[:2] == [("Karl Korsch,", "author"), ("Karl Marx", "title")]
    # an inverted name before its year (a reference list's entry) is left alone
    assert rule_runs(rule, "Korsch, Karl (1938). Karl Marx.", [("Korsch, Karl", "author"), ("(1938).", "date")])[1]


def test_a_full_names_possessive_after_in_or_of_opens_a_cite():
    from notecite.parse.rules.names import rule_possessive_opening_a_title_is_its_author

    text = "The argument is developed at length in Anselm Varga's Harbour Towns and Docks."
    start = text.index("Anselm")
    got = _labelled(rule_possessive_opening_a_title_is_its_author, text, [(start, len(text) - 1, "title")])
    assert got[:3] == [("Anselm", "B-author"), ("Varga's", "I-author"), ("Harbour", "B-title")]
    # a family name alone after "in" stays inside the phrase ("in Lenin's Russia")
    text = "Life in Lenin's Russia was hard."
    start = text.index("Lenin")
    tokens = tokenize(text)
    from notecite.parse.labels import token_tags
    tags = token_tags(tokens, [(start, start + len("Lenin's Russia"), "title")])
    assert rule_possessive_opening_a_title_is_its_author(text, tokens, tags) == tags


def test_an_inverted_name_ends_before_its_title_in_a_reference_list_entry():
    from notecite.parse.rules.names import rule_inverted_name_ends_before_its_title as rule

    runs, same = rule_runs(rule, "Walldorf, C. William, Jr. To Shape Our World. Ithaca: Cornell, 2019.", [
        ("Walldorf, C. William,", "author"), ("Jr. To Shape Our World.", "title"), ("Ithaca:", "location")])
    assert not same and runs[:2] == [("Walldorf, C. William, Jr.", "author"), ("To Shape Our World.", "title")]
    runs, same = rule_runs(rule, "Jockers, Matthew L. Macroanalysis: Digital Methods. Urbana: Illinois, 2013.", [
        ("Jockers, Matthew L. Macroanalysis:", "author"), ("Digital Methods.", "title"), ("Urbana:", "location")])
    assert not same and runs[:2] == [("Jockers, Matthew L.", "author"), ("Macroanalysis: Digital Methods.", "title")]
    # a natural-order name before a colon (no initial's period before the words) is another rule's
    assert rule_runs(rule, "E. P. Thompson, Whigs and Hunters: The Origin", [
        ("E. P. Thompson, Whigs and Hunters:", "author"), ("The Origin", "title")])[1]


def test_a_common_nouns_plural_possessive_opening_a_title_is_no_author():
    from notecite.parse.rules.names import rule_possessive_opening_a_title_is_its_author as rule

    assert rule_runs(rule, "Workers' Liberty, no. 12", [("Workers' Liberty,", "title"), ("no. 12", "issue")])[1]
    runs, same = rule_runs(rule, "See Sparks' Washington Works, vol. 2", [("Sparks' Washington Works,", "title"), ("vol. 2", "volume")])
    assert not same and runs[0] == ("Sparks'", "author")


def test_an_editor_run_after_in_without_an_editor_word_is_the_short_cited_books_editors_and_title():
    from notecite.parse.rules.names import rule_editor_run_without_an_editor_word_is_an_author_and_title as rule

    text = "Roe, “Mills,” in Vance and Okafor, Harbour Reader, 281-310."
    runs, same = rule_runs(rule, text, [("Roe,", "author"), ("“Mills,”", "title"),
                                        ("Vance and Okafor, Harbour Reader,", "editor"), ("281-310.", "pages")])
    assert not same and runs[2:4] == [("Vance and Okafor,", "editor"), ("Harbour Reader,", "container-title")]
    # without "in", an editor run before pages is left alone
    assert rule_runs(rule, "Vance and Okafor, Harbour Reader, 281-310.", [
        ("Vance and Okafor, Harbour Reader,", "editor"), ("281-310.", "pages")])[1]


def test_a_family_name_left_before_a_quoted_title_ends_the_author():
    from notecite.parse.rules.names import rule_family_name_before_a_quoted_title_ends_the_author
    from ..conftest import rule_runs

    text = "Rommel C. Banlaoi “Benefits and Costs,” Dealing With China, 99-122."
    runs, _ = rule_runs(rule_family_name_before_a_quoted_title_ends_the_author, text,
                        [("Rommel C.", "author"), ("Banlaoi “Benefits and Costs,”", "title"),
                         ("Dealing With China,", "container-title")])
    assert runs[:2] == [("Rommel C. Banlaoi", "author"), ("“Benefits and Costs,”", "title")]
    # an author run ending on a family name keeps the title's words ("Okafor Harbour “Notes”" is no name)
    _, unchanged = rule_runs(rule_family_name_before_a_quoted_title_ends_the_author, "A. Okafor, Harbour “Notes,” 4.",
                             [("A. Okafor,", "author"), ("Harbour “Notes,”", "title")])
    assert unchanged


def test_a_name_and_a_title_after_in_are_the_books_author_and_title():
    from notecite.parse.rules.names import rule_name_and_title_after_in_split
    from ..conftest import rule_runs

    text = "Relation de Godefroy, in Shea, Bataille du Malangueulé (Monongahela)."
    runs, _ = rule_runs(rule_name_and_title_after_in_split, text, [
        ("Relation de Godefroy,", "title"), ("Shea, Bataille du Malangueulé (Monongahela).", "editor")])
    assert runs[1:] == [("Shea,", "editor"), ("Bataille du Malangueulé (Monongahela).", "container-title")]
    for text, name_run in [("Quoted in Tams, Berster, and Schiffbauer, Convention on Genocide, 91.",
                            "Tams, Berster, and Schiffbauer, Convention on Genocide,"),  # a list of names
                           ("A Letter, in Sidney Hook, ed., Essays.", "Sidney Hook, ed., Essays.")]:  # an editor's role
        _, unchanged = rule_runs(rule_name_and_title_after_in_split, text, [(name_run, "editor")])
        assert unchanged, text


def test_a_note_of_only_a_name_is_its_author():
    from notecite.parse.rules.names import rule_note_of_only_a_name
    from ..conftest import rule_runs

    assert rule_runs(rule_note_of_only_a_name, "Grenier", [])[0] == [("Grenier", "author")]
    assert rule_runs(rule_note_of_only_a_name, "Karl Marx.", [])[0] == [("Karl Marx.", "author")]
    for text in ("Sic.", "Moscow.", "Not published.", "Emphasis in original.", "See Document 64."):
        assert rule_runs(rule_note_of_only_a_name, text, [])[1], text
    # a paper's name, read as prose or as a name: the paper
    for pairs in ([], [("Montgomery Advertiser.", "author")]):
        assert rule_runs(rule_note_of_only_a_name, "Montgomery Advertiser.", pairs)[0] == [
            ("Montgomery Advertiser.", "container-title")]
    assert rule_runs(rule_note_of_only_a_name, "Karl Marx.", [("Karl Marx.", "author")])[1]


def test_one_surname_opening_a_title_run_before_its_pinpoint_is_the_author():
    from notecite.parse.rules.names import rule_name_opening_a_title_run

    text = "Despatches of Loudon, Feb. to Aug. 1757. Knox, Campaigns in North America, I. 6-28."
    runs, _ = rule_runs(rule_name_opening_a_title_run, text,
                        [("Despatches of Loudon,", "title"), ("Feb. to Aug. 1757.", "date"),
                         ("Knox, Campaigns in North America,", "title"), ("I. 6-28.", "locator")])
    assert runs[2:] == [("Knox,", "author"), ("Campaigns in North America,", "title"), ("I. 6-28.", "locator")]
    for text, pairs in [("Paris, Bibliothèque Nationale, I. 6.", [("Paris, Bibliothèque Nationale,", "title"),
                                                                 ("I. 6.", "locator")]),  # a place
                        ("Knox, Campaigns in North America.", [("Knox, Campaigns in North America.", "title")])]:
        _, unchanged = rule_runs(rule_name_opening_a_title_run, text, pairs)
        assert unchanged, text  # no pinpoint after the title: read as the tagger read it


def test_an_abbreviation_after_an_inverted_name_opens_an_abbreviated_title():
    from notecite.parse.rules.names import rule_abbreviated_word_after_an_inverted_name_opens_the_title as rule

    text = "Marure, Bosq. Hist. Cent. Am., i. 150."
    runs, _ = rule_runs(rule, text, [("Marure, Bosq.", "author"), ("Hist. Cent. Am.,", "title"), ("i. 150.", "locator")])
    assert runs == [("Marure", "author"), ("Bosq. Hist. Cent. Am.,", "title"), ("i. 150.", "locator")]
    assert not changed_by(rule, [("Moretti, Franco. Distant Reading.", [("Moretti, Franco.", "author"), ("Distant Reading.", "title")]),
                                 ("Walker, Geo. Hist. Am.", [("Walker, Geo.", "author"), ("Hist. Am.", "title")])])


def test_speakers_before_the_record_of_a_debate_are_prose():
    from notecite.parse.rules.names import rule_speakers_before_a_debates_record_are_prose as rule

    text = "Bidwell, Cook, and others: Annals of Cong., 9 Cong. 2 sess. p. 201. Hugh Nelson of Virginia: Ibid., p. 40."
    runs, _ = rule_runs(rule, text, [("Bidwell, Cook, and others:", "author"), ("Annals of Cong.,", "title"),
                                     ("9 Cong. 2 sess. p. 201.", "locator"), ("Hugh Nelson of Virginia:", "author"),
                                     ("Ibid.,", "ibid"), ("p. 40.", "locator")])
    assert [label for _, label in runs] == ["title", "locator", "ibid", "locator"]
    text = "Bernstein: Die Voraussetzungen des Sozialismus, S. 4."  # an author and a book's title, German style
    _, unchanged = rule_runs(rule, text, [("Bernstein:", "author"), ("Die Voraussetzungen des Sozialismus,", "title")])
    assert unchanged
    text = "Messrs. Betton of New Hampshire and D.R. Williams voted against the bill: House Journal, V. 585."
    runs, _ = rule_runs(rule, text, [("Messrs.", "author"), ("Betton of New Hampshire", "title"),
                                     ("House Journal,", "title"), ("V. 585.", "locator")])
    assert runs[-2:] == [("House Journal,", "title"), ("V. 585.", "locator")]  # a clause with its verb: prose
    assert ("Betton of New Hampshire", "title") not in runs
    text = "Trist to Forsyth: House Doc., V. No. 115. The trade \"is a temptation\": Ibid."
    runs, _ = rule_runs(rule, text, [("Trist to Forsyth:", "title"), ("House Doc.,", "title"), ("V.", "volume"),
                                     ("No. 115.", "issue"), ("Ibid.", "ibid")])
    assert ("No. 115.", "issue") in runs  # the clause starts after the source cited before it
    # a paper described before the colon, and a letter's people and offices, are prose too
    for text, described in [("See Chew's letter of Oct. 17, 1817: Ibid., pp. 14-16.", "See Chew's letter of Oct. 17, 1817:"),
                            ("Special message of Jan. 13, 1818: House Journal, p. 137.", "Special message of Jan. 13, 1818:"),
                            ("Joseph Nourse, Register of the Treasury, to Hon. W.H. Crawford, Secretary of the Treasury: Ibid., p. 5.",
                             "Joseph Nourse, Register of the Treasury, to Hon. W.H. Crawford, Secretary of the Treasury:")]:
        runs, _ = rule_runs(rule, text, [(described, "title")])
        assert runs == [], text


def test_speakers_in_a_debate_make_no_authors_of_its_record(tmp_path):
    from notecite.pipeline import extract

    doc = tmp_path / "notes.txt"
    notes = ["Annals of Cong., 9 Cong. 2 sess. p. 238.", "Bidwell, Cook, and others: Annals of Cong., 9 Cong. 2 sess. p. 201.",
             "Fisk: Ibid., pp. 224-5; Bidwell: Ibid., p. 221.", "D.R. Williams: Annals of Cong., 9 Cong. 2 sess. p. 183."]
    doc.write_text("Title\n\nBody text.\n\nNotes\n\n" + "".join(f"{n}. {t}\n" for n, t in enumerate(notes, 1)),
                   encoding="utf-8")
    library = extract([doc])
    assert [(r["title"], r.get("author")) for r in library] == [("Annals of Cong", None)]
    assert len(library.citations) == 5


def test_a_possessive_naming_a_periodical_opens_its_title():
    from notecite.parse.rules.names import rule_possessive_naming_a_periodical_is_its_title as rule

    text = "See Niles's Register, XXII. 114."
    runs, _ = rule_runs(rule, text, [("Niles's", "author"), ("Register,", "title"), ("XXII. 114.", "locator")])
    assert runs == [("Niles's Register,", "title"), ("XXII. 114.", "locator")]
    text = "Macaulay's History of England, II. 14."  # an author's book, not a periodical
    _, unchanged = rule_runs(rule, text, [("Macaulay's", "author"), ("History of England,", "title")])
    assert unchanged


def test_a_person_named_by_an_office_is_prose():
    from notecite.parse.rules.names import rule_person_named_by_an_office_is_prose as rule

    text = "T.K. Critchley, Senior External Affairs Representative, London, 1966–69."
    runs, _ = rule_runs(rule, text, [("T.K. Critchley,", "author"), ("Senior External Affairs Representative,", "title"),
                                     ("London,", "location"), ("1966–69.", "locator")])
    assert runs == []
    # two clauses, each a person and an office; an office alone; a sentence of prose after the office
    for text in ("W.B. Pritchett, Head, Defence Liaison Branch, DEA; Sir Laurence Mcintyre, Deputy Secretary, "
                 "Department of External Affairs.", "Malaysian Defence Minister.",
                 "The Rt. Hon. Francis Michael Forde, Australian High Commissioner in Canada.",
                 "Charles de Gaulle, President of France, 1958–69, who withdrew French forces from NATO in March 1966.",
                 "Sam Rayburn, Speaker of the House, 1940–61."):
        runs, _ = rule_runs(rule, text, [(text, "title")])
        assert runs == [], text
    # a letter from the office-holder, a book whose title holds an office, a quoted headline: left alone
    for text in ("John Foster Dulles, Secretary of State, to Spender, 15 March 1953.",
                 "Richard Crossman, The Diaries of a Cabinet Minister (London: Hamish Hamilton, 1975), 45.",
                 "MP, 31.",  # an office's noun alone: a short title declared before as likely
                 "« W. E. B. DuBois Dies in Ghana; Negro Spokesman and Author, 95 », The New York Times, 28 août 1963.",
                 "Dean Acheson, Secretary of State, “The Strategy of Freedom,” Department of State Bulletin 23 (1950): 885."):
        _, unchanged = rule_runs(rule, text, [(text, "title")])
        assert unchanged, text


def test_a_person_named_by_an_office_cites_nothing(tmp_path):
    from notecite.pipeline import extract

    doc = tmp_path / "notes.txt"
    notes = ["T.K. Critchley, Senior External Affairs Representative, London, 1966–69.",
             "J.R. Marshall, Deputy Prime Minister and Minister of Overseas Trade, New Zealand.",
             "Richard Crossman, The Diaries of a Cabinet Minister (London: Hamish Hamilton, 1975), 45."]
    doc.write_text("Title\n\nBody text.\n\nNotes\n\n" + "".join(f"{n}. {t}\n" for n, t in enumerate(notes, 1)),
                   encoding="utf-8")
    library = extract([doc])
    assert [r["title"] for r in library] == ["The Diaries of a Cabinet Minister"]


def test_a_name_and_an_office_read_as_an_author_and_a_title_in_prose_are_prose():
    from notecite.parse.rules.names import rule_person_named_by_an_office_is_prose as rule

    text = "Handwritten “Kellogg” added by Frank Kellogg, Secretary of State. MacMurray initialed it."
    runs, _ = rule_runs(rule, text, [("Frank Kellogg,", "author"), ("Secretary of State.", "title")])
    assert runs == []
    # a field after the office: a letter from the office-holder, left alone
    text = "see Dean Acheson, Secretary of State, May 3, 1950."
    _, unchanged = rule_runs(rule, text, [("Dean Acheson,", "author"), ("Secretary of State,", "title"),
                                          ("May 3, 1950.", "date")])
    assert unchanged


def test_a_role_abbreviation_after_a_name_ends_its_run():
    from notecite.parse.rules.names import rule_role_abbreviation_ends_a_name_run as rule

    text = "Liu Xiangchen, dir., Ashiq: The Last Troubadour, 2010."
    runs, _ = rule_runs(rule, text, [("Liu Xiangchen, dir., Ashiq:", "author"), ("The Last Troubadour,", "title")])
    assert runs == [("Liu Xiangchen, dir.,", "author"), ("Ashiq: The Last Troubadour,", "title")]
    _, unchanged = rule_runs(rule, "Ann Roe, ed., 1999.", [("Ann Roe, ed.,", "author")])
    assert unchanged  # nothing capitalised after the role


def test_a_names_suffix_ends_the_name_before_its_title():
    from notecite.parse.rules.names import rule_name_suffix_ends_the_name

    text = "See C. William Walldorf Jr. To Shape Our World for Good (Ithaca"
    runs, _ = rule_runs(rule_name_suffix_ends_the_name, text, [("C.", "author"), ("William Walldorf Jr. To Shape Our World for Good", "title"),
                                                               ("Ithaca", "location")])
    assert runs[:2] == [("C. William Walldorf Jr.", "author"), ("To Shape Our World for Good", "title")]
    # a suffix deep inside the title, or a lower-case word before it, is left alone
    text = "Ann Roe, The life of Sam Jr. The Sequel"
    assert rule_runs(rule_name_suffix_ends_the_name, text, [("Ann Roe,", "author"), ("The life of Sam Jr. The Sequel", "title")])[1]


def test_two_parties_joined_by_v_are_a_cases_title_not_a_name():
    from notecite.parse.rules.names import rule_parties_of_a_case_are_its_title as rule

    text = "Euclid v. Ambler, “Decision” (272 US Supreme Court, 365, November 22, 1926)."
    runs, _ = rule_runs(rule, text, [("Euclid v. Ambler,", "author"), ("“Decision”", "title"),
                                     ("(272 US Supreme Court, 365,", "note"), ("November 22, 1926)", "date")])
    assert runs[:2] == [("Euclid v. Ambler,", "title"), ("“Decision”", "genre")]
    # a middle initial V. is no "versus"
    text = "Nicolas V. Iljine, eds., Selling Russia’s Treasures"
    assert rule_runs(rule, text, [("Nicolas V. Iljine, eds.,", "editor"), ("Selling Russia’s Treasures", "title")])[1]


def test_lower_case_words_ending_a_name_run_are_prose():
    from notecite.parse.rules.names import rule_lower_case_word_ending_a_name_run_is_prose as rule

    runs, _ = rule_runs(rule, "So faßt es Marazio auf (p. 135).", [("Marazio auf", "author"), ("(p. 135).", "locator")])
    assert runs == [("Marazio", "author"), ("(p. 135).", "locator")]
    # a particle, a role word or "et al" ending the run stay in it
    for text, name in (("Ludwig van, Werke, 3.", "Ludwig van"), ("Roe et al, Towns, 3.", "Roe et al"),
                       ("Ann Roe, ed, Towns, 3.", "Ann Roe, ed")):
        assert rule_runs(rule, text, [(name, "author")])[1], text


def test_a_possessive_before_an_item_a_body_printed_names_no_author_of_the_record():
    from notecite.parse.rules.names import rule_possessive_names_a_work

    text = "Cf. Mercer's bill, House Journal, 21 Cong. 1 sess. p. 512."
    runs, unchanged = rule_runs(rule_possessive_names_a_work, text, [("House Journal,", "title"),
                                                                     ("21 Cong. 1 sess.", "volume"), ("p. 512.", "locator")])
    assert unchanged and ("House Journal,", "title") in runs


def test_a_title_run_ending_on_by_and_names_before_the_sentences_stop_names_its_author():
    from notecite.parse.rules.names import rule_by_inside_a_name_run

    runs, _ = rule_runs(rule_by_inside_a_name_run, "History of Virginia, by William Stith.",
                        [("History of Virginia, by William Stith.", "title")])
    assert runs == [("History of Virginia,", "title"), ("William Stith", "author")]
    # words after "by" that are no names keep the title going
    runs, unchanged = rule_runs(rule_by_inside_a_name_run, "History of Virginia, by the Council.",
                                [("History of Virginia, by the Council.", "title")])
    assert unchanged


def test_a_work_noun_and_on_before_capitalised_words_name_a_title():
    from notecite.parse.rules.names import rule_work_noun_on_a_capitalised_title as rule

    text = "In Moncure Conway’s book on Demonology and Devil-Lore, Vol. I., p. 102, he says"
    runs, _ = rule_runs(rule, text, [("In Moncure Conway’s book on Demonology and Devil-Lore,", "title"),
                                     ("Vol. I., p. 102,", "locator")])
    assert runs == [("Moncure Conway’s", "author"), ("Demonology and Devil-Lore", "title"), ("Vol. I., p. 102,", "locator")]
    text = "Mr. Pitts, in his pamphlet on Witchcraft in the Channel Islands, points out, page 6"
    runs, _ = rule_runs(rule, text, [("Mr. Pitts,", "author"), ("page 6", "locator")])
    assert ("Witchcraft in the Channel Islands", "title") in runs
    # a subject in lower case is no title
    runs, unchanged = rule_runs(rule, "in his book on the revolution, p. 6", [("p. 6", "locator")])
    assert unchanged


def test_from_before_a_possessive_leads_in_and_names_nobody():
    from notecite.parse.rules.names import rule_possessive_opening_a_title_is_its_author as rule

    text = "From Brand’s Popular Antiquities of Great Britain. Vol. II., p. 56."
    runs, _ = rule_runs(rule, text, [("From Brand’s Popular Antiquities of Great Britain.", "title"), ("Vol. II., p. 56.", "locator")])
    assert runs == [("Brand’s", "author"), ("Popular Antiquities of Great Britain.", "title"), ("Vol. II., p. 56.", "locator")]


def test_a_possessive_and_a_word_alone_in_a_note_are_an_author_and_a_title():
    from notecite.parse.rules.names import rule_note_of_only_a_name as rule

    runs, _ = rule_runs(rule, "Métivier’s Dictionnaire.", [])
    assert runs == [("Métivier’s", "author"), ("Dictionnaire.", "title")]
    assert rule_runs(rule, "Birch.", [])[0] == [("Birch.", "author")]


def test_a_name_run_holding_a_title_after_its_comma_is_a_name_and_a_title():
    from notecite.parse.rules.names import rule_name_run_holding_a_title_after_its_comma as rule

    text = "Cordier, Légendes des Hautes Pyrénées, Lourdes, 1855, S. 79-88"
    runs, _ = rule_runs(rule, text, [("Cordier, Légendes des Hautes Pyrénées, Lourdes,", "author"), ("1855,", "date"),
                                     ("S. 79-88", "locator")])
    assert runs == [("Cordier", "author"), ("Légendes des Hautes Pyrénées", "title"), ("Lourdes,", "location"),
                    ("1855,", "date"), ("S. 79-88", "locator")]
    for text, names in (("Flowerdew, R. and Aitkin, M., A method", "Flowerdew, R. and Aitkin, M.,"),
                        ("Gainza, Mariano de Beltranena, Calderon", "Gainza, Mariano de Beltranena, Calderon"),
                        ("Short, Gordon-Reed notes, had lived", "Short, Gordon-Reed notes, had lived")):
        assert rule_runs(rule, text, [(names, "author")])[1], text


def test_a_german_genitive_name_and_a_work_noun_name_the_author_alone():
    from notecite.parse.rules.names import rule_genitive_name_and_a_work_noun_are_the_author_alone as rule

    text = "nach Huffschmids Aufsatz »Zur Criminalstatistik«"
    runs, _ = rule_runs(rule, text, [("Huffschmids Aufsatz", "author"), ("»Zur Criminalstatistik«", "title")])
    assert runs == [("Huffschmids", "author"), ("»Zur Criminalstatistik«", "title")]
    assert rule_runs(rule, "Karl Marx, Kapital", [("Karl Marx", "author"), ("Kapital", "title")])[1]


def test_in_ending_a_title_run_before_its_container_is_prose():
    from notecite.parse.rules.names import rule_in_ending_a_name_run_is_prose as rule

    text = "Letter from Oswego, in Boston Evening Post, No. 1248."
    runs, _ = rule_runs(rule, text, [("Letter from Oswego, in", "title"), ("Boston Evening Post,", "container-title"),
                                     ("No. 1248.", "issue")])
    assert runs[0] == ("Letter from Oswego", "title")


def test_a_common_nouns_possessive_alone_in_a_note_names_no_author():
    from notecite.parse.rules.names import rule_note_of_only_a_name as rule

    runs, _ = rule_runs(rule, "Editor’s Notes.", [])
    assert ("Editor’s", "author") not in runs


def test_latin_preposition_after_a_name_opens_its_title():
    from notecite.parse.rules.names import rule_latin_preposition_after_a_name_opens_its_title as rule

    runs, _ = rule_runs(rule, "Julian. ad S. P. Q. Athen. p. 284.",
                        [("Julian. ad S. P. Q. Athen.", "author"), ("p. 284.", "locator")])
    assert runs == [("Julian.", "author"), ("ad S. P. Q. Athen.", "title"), ("p. 284.", "locator")]
    runs, _ = rule_runs(rule, "Orat. ad S. P. Q. Athen. p. 286.",  # over the title run the tagger opened inside
                        [("Orat. ad S. P. Q.", "author"), ("Athen.", "title"), ("p. 286.", "locator")])
    assert runs == [("Orat.", "author"), ("ad S. P. Q. Athen.", "title"), ("p. 286.", "locator")]
    # "de" is a particle of names; an initial before the preposition is no author's name
    for text in ("Jean de la Fontaine, Fables.", "J. ad Smith, p. 4."):
        name = text.split(",")[0]
        assert rule_runs(rule, text, [(name, "author")])[1], text


def test_a_list_of_quoted_words_is_no_name():
    from notecite.parse.rules.names import rule_quoted_list_is_no_name as rule

    text = 'The slavers were the "Ramirez," "Endymion," "Esperanza," and "La Pensée." In these 573 Africans were taken.'
    runs, _ = rule_runs(rule, text, [('"Endymion," "Esperanza,"', "editor"), ('"La Pensée."', "title")])
    assert runs == []
    text = 'Smith, "Title One," Review 4 (1990): 5.'  # one quotation: a title, no list
    assert rule_runs(rule, text, [("Smith,", "author"), ('"Title One,"', "title")])[1]


def test_word_after_the_before_a_bracket_is_no_author():
    from notecite.parse.rules.names import rule_word_after_the_before_a_bracket_is_no_author as rule
    text = "language of the Greeks, (Nicephorus Gregoras, l. ii. c. 2.)"
    runs, _ = rule_runs(rule, text, [("Greeks", "author"), ("Nicephorus Gregoras", "title"), ("l. ii. c. 2.", "locator")])
    assert runs == [("Nicephorus Gregoras", "title"), ("l. ii. c. 2.", "locator")]
    text = "the Misopogon (p. 338, 339)"  # a bracket opening on a pinpoint: the word is the title
    runs, _ = rule_runs(rule, text, [("Misopogon", "author"), ("p. 338, 339)", "locator")])
    assert runs == [("Misopogon", "title"), ("p. 338, 339)", "locator")]
    text = "described by Ammianus, (xx. 4,)"  # no article: an author
    _, unchanged = rule_runs(rule, text, [("Ammianus,", "author"), ("xx. 4,)", "locator")])
    assert unchanged


def test_worded_role_before_names():
    from notecite.parse.rules.names import rule_worded_role_before_names as rule
    text = "Martin Luther, Tischreden. Herausgegeben von Förstemann u. Bindseil. IV. Abt. S. 121 f."
    runs, _ = rule_runs(rule, text, [("Martin Luther,", "author"), ("Tischreden. Herausgegeben von Förstemann u. Bindseil. IV. Abt.",
                                                                      "title"), ("S. 121 f.", "locator")])
    assert runs == [("Martin Luther,", "author"), ("Tischreden.", "title"), ("Herausgegeben von Förstemann u. Bindseil.", "editor"),
                    ("IV. Abt. S. 121 f.", "locator")]
    text = "Tertullians sämtliche Schriften. Uebersetzt von Kellner. Köln 1882."
    runs, _ = rule_runs(rule, text, [("Köln", "location"), ("1882.", "date")])
    assert runs[:2] == [("Tertullians sämtliche Schriften.", "title"), ("Uebersetzt von Kellner.", "translator")]
    text = "Er wurde herausgegeben von seinem Sohn."  # no stop or comma before the role: prose
    _, unchanged = rule_runs(rule, text, [])
    assert unchanged


def test_worded_contribution_before_names():
    from notecite.parse.rules.names import rule_worded_role_before_names as rule
    text = "Rosa Luxemburg, The Russian Revolution, with an introduction by Bertram D. Wolfe (Ann Arbor: Michigan, 1961)"
    runs, _ = rule_runs(rule, text, [("Rosa Luxemburg,", "author"),
                                     ("The Russian Revolution, with an introduction by Bertram D. Wolfe", "title"),
                                     ("Ann Arbor:", "location"), ("Michigan,", "publisher"), ("1961)", "date")])
    assert runs[:3] == [("Rosa Luxemburg,", "author"), ("The Russian Revolution,", "title"),
                        ("with an introduction by Bertram D. Wolfe", "editor")]
    # a full name left as prose before the contribution's comma is the book's own author; the comma the tagger's
    # name run held after the names stays with them
    text = "James Oles, with an essay by Karen Cordero Reiman, South of the Border (Washington, 1993)."
    runs, _ = rule_runs(rule, text, [("Karen Cordero Reiman,", "author"), ("South of the Border", "title"),
                                     ("Washington,", "location"), ("1993).", "date")])
    assert runs[:3] == [("James Oles,", "author"), ("with an essay by Karen Cordero Reiman,", "editor"),
                        ("South of the Border", "title")]
    text = "He wrote it, with an introduction by Bertram D. Wolfe (Ann Arbor, 1961)."  # no full name before: prose stays
    runs, _ = rule_runs(rule, text, [("Bertram D. Wolfe", "author"), ("Ann Arbor,", "location"), ("1961).", "date")])
    assert runs[0] == ("with an introduction by Bertram D. Wolfe", "editor")


def test_part_of_a_book_opens_its_title():
    from notecite.parse.rules.names import rule_part_of_a_book_opens_its_title as rule
    text = "Eric Hobsbawm, introduction to The Communist Manifesto, by Karl Marx and Friedrich Engels (London: Verso, 1998), 12."
    runs, _ = rule_runs(rule, text, [("Eric Hobsbawm,", "author"), ("introduction to", "note"), ("The Communist Manifesto,", "title"),
                                     ("Karl Marx and Friedrich Engels", "author"), ("London:", "location"), ("Verso,", "publisher"),
                                     ("1998),", "date"), ("12.", "locator")])
    assert runs[:3] == [("Eric Hobsbawm,", "author"),
                        ("introduction to The Communist Manifesto, by Karl Marx and Friedrich Engels", "title"),
                        ("London:", "location")]
    text = "Perry Anderson, foreword to Considerations on Western Marxism (London, 1976)"
    runs, _ = rule_runs(rule, text, [("Perry Anderson, foreword to", "author"), ("Considerations on Western Marxism", "title"),
                                     ("London,", "location"), ("1976)", "date")])
    assert runs[:2] == [("Perry Anderson,", "author"), ("foreword to Considerations on Western Marxism", "title")]
    # a capitalised "Introduction to" is a book's own title, and no name run before the comma: left alone
    assert not changed_by(rule, (("Manning, Introduction to Information Retrieval (Cambridge, 2008)",
                                  [("Manning,", "author"), ("Introduction to Information Retrieval", "title")]),
                                 ("In his book, introduction to The Prince (London, 1990)", [("The Prince", "title")])))


def test_by_author_then_periodical():
    from notecite.parse.rules.names import rule_by_author_then_periodical as rule
    text = "The Disarmament Cry, by N. Lenine, in The Class Struggle, May-June, 1918."
    runs, _ = rule_runs(rule, text, [("The Disarmament Cry, by N. Lenine, in The Class Struggle,", "title"), ("May-June, 1918.", "date")])
    assert runs == [("The Disarmament Cry,", "title"), ("N. Lenine", "author"), ("The Class Struggle,", "container-title"),
                    ("May-June, 1918.", "date")]
    text = "The State in Russia, by Leon Trotzky; The Class Struggle, Vol. II, No. 2"  # after the tagger's author run
    runs, _ = rule_runs(rule, text, [("The State in Russia,", "title"), ("Leon Trotzky;", "author"), ("The Class Struggle,", "title"),
                                     ("Vol. II, No. 2", "volume")])
    assert runs[2] == ("The Class Struggle,", "container-title")
    # a book's title, by its author, then its imprint: no periodical
    text = "Self-Government in Industry, by G. D. H. Cole, London, 1917."
    _, unchanged = rule_runs(rule, text, [("Self-Government in Industry, by G. D. H. Cole,", "title"), ("London,", "location"),
                                          ("1917.", "date")])
    assert unchanged


def test_a_surnames_possessive_opening_a_title_run_in_a_sentence_is_the_author():
    from notecite.parse.rules.names import rule_possessive_names_a_work as rule
    text = "The classic statement remains Lenin's What Is to Be Done?"
    runs, _ = rule_runs(rule, text, [("Lenin's What Is to Be Done?", "title")])
    assert runs == [("Lenin's", "author"), ("What Is to Be Done?", "title")]
    text = "See István Mészáros, Marx's Theory of Alienation (London"  # after the author's comma: the title's own
    assert rule_runs(rule, text, [("István Mészáros,", "author"), ("Marx's Theory of Alienation", "title"), ("(London", "location")])[1]


def test_a_title_and_its_page_after_a_name_are_no_person_named_by_an_office():
    from notecite.parse.rules.names import rule_person_named_by_an_office_is_prose as rule
    text = "R. Medvedev, Let History Judge, London, 1972, p. 45."
    _, unchanged = rule_runs(rule, text, [("R. Medvedev,", "author"), ("Let History Judge,", "title"), ("London,", "location"),
                                          ("1972,", "date"), ("p. 45.", "locator")])
    assert unchanged
    text = "T.K. Critchley, Senior External Affairs Representative, London, 1966–69."
    runs, _ = rule_runs(rule, text, [("T.K. Critchley,", "author"), ("Senior External Affairs Representative,", "title")])
    assert runs == []



def test_a_family_names_run_holding_a_titles_head_before_its_colon():
    from notecite.parse.rules.names import rule_colon_ends_a_title_not_a_name as rule

    runs, _ = rule_runs(rule, "Service, Lenin: A Political Life, iii, p. 260.",
                        [("Service, Lenin:", "author"), ("A Political Life,", "title"), ("iii, p. 260.", "locator")])
    assert runs[:2] == [("Service,", "author"), ("Lenin: A Political Life,", "title")]
    _, unchanged = rule_runs(rule, "Carr, Edward: A Life, p. 3.", [("Carr, Edward:", "author"), ("A Life,", "title"),
                                                                   ("p. 3.", "locator")])
    assert unchanged  # a given name after the comma: an inverted name



def test_a_given_name_read_as_prose_opens_the_author_after_it():
    from notecite.parse.rules.names import rule_given_name_read_as_prose_opens_the_author_after_it as rule
    text = "See the debate in Paul Le Blanc, Leon Trotsky (London: Reaktion Books, 2015), 140."
    runs, _ = rule_runs(rule, text, [("Blanc,", "author"), ("Leon Trotsky", "title"), ("(London:", "location")])
    assert runs[:2] == [("Paul Le Blanc,", "author"), ("Leon Trotsky", "title")]
    text = "As Lenin Said in Blanc, Leon Trotsky, 140."  # no given name opening a name before it
    _, unchanged = rule_runs(rule, text, [("Blanc,", "author"), ("Leon Trotsky,", "title")])
    assert unchanged


def test_a_family_name_and_comma_opening_a_short_form_read_as_prose_is_its_author():
    from notecite.parse.rules.names import rule_family_name_and_comma_opening_a_short_form_is_its_author as rule

    for text in ("Miliband, Parliamentary Socialism, p. 72.", "See Miliband, Parliamentary Socialism, p. 72."):
        runs, _ = rule_runs(rule, text, [("Parliamentary Socialism,", "title"), ("p. 72.", "locator")])
        assert runs[0] == ("Miliband,", "author"), text
    for text in ("London, Parliamentary Socialism, p. 72.",  # a place
                 "History, Parliamentary Socialism, p. 72.",  # a word of the lexicon
                 "As Miliband, Parliamentary Socialism, p. 72.",  # no cite opens after "As"
                 "Miliband, Parliamentary Socialism (London, 1972)."):  # no pinpoint after the title: no short form
        pairs = [("Parliamentary Socialism,", "title"), ("p. 72.", "locator")] if "p. 72" in text else \
            [("Parliamentary Socialism", "title"), ("(London,", "location")]
        assert rule_runs(rule, text, pairs)[1], text
    # the name and its comma read as a title before a title or container run (an article and its periodical)
    text = "1997); Rothstein, The Color of Law, pp. 46-53"
    for label in ("title", "container-title"):
        runs, _ = rule_runs(rule, text, [("Rothstein,", "title"), ("The Color of Law,", label), ("pp. 46-53", "pages")])
        assert runs[:2] == [("Rothstein,", "author"), ("The Color of Law,", "title")], label
    text = "1997); Rothstein, The Color of Law (New York, 2017)"  # no pinpoint: an article in a periodical stays one
    assert rule_runs(rule, text, [("Rothstein,", "title"), ("The Color of Law", "container-title"), ("(New York,", "location")])[1]


def test_an_acronym_or_a_word_naming_no_one_after_an_authors_comma_is_a_short_title():
    from notecite.parse.rules.names import rule_words_after_an_authors_comma_are_a_short_title as rule

    from ..conftest import rule_runs
    runs, _ = rule_runs(rule, "Roe, HTDH, Vol. 2, p. 34.", [("Roe, HTDH,", "author"), ("Vol. 2,", "volume"), ("p. 34.", "locator")])
    assert runs[:2] == [("Roe,", "author"), ("HTDH,", "title")]
    runs, _ = rule_runs(rule, "Roe, Moya Zhizn, vol. ii, p. 212.", [("Roe, Moya Zhizn,", "author"), ("vol. ii,", "volume"), ("p. 212.", "locator")])
    assert runs[:2] == [("Roe,", "author"), ("Moya Zhizn,", "title")]
    assert rule_runs(rule, "Roe, Victor Serge, p. 2.", [("Roe, Victor Serge,", "author"), ("p. 2.", "locator")])[1]
    # before a title run, the words open that title; not before one opening on an article
    runs, _ = rule_runs(rule, "Roe, Hale, Moss and the Docks, pp. 87, 92.",
                        [("Roe, Hale,", "author"), ("Moss and the Docks,", "title"), ("pp. 87, 92.", "locator")])
    assert runs[:2] == [("Roe,", "author"), ("Hale, Moss and the Docks,", "title")]
    assert rule_runs(rule, "in Leeds and Hull, Roe, The Docks Plan, p. 12.",
                     [("Hull, Roe,", "author"), ("The Docks Plan,", "title"), ("p. 12.", "locator")])[1]
    runs, _ = rule_runs(rule, "Roe, Socialism, Utopian and Scientific, p. 45.",  # a movement the lexicon lists names no one
                        [("Roe, Socialism,", "author"), ("Utopian and Scientific,", "title"), ("p. 45.", "locator")])
    assert runs[:2] == [("Roe,", "author"), ("Socialism, Utopian and Scientific,", "title")]
    runs, _ = rule_runs(rule, "Vgl. Horst, Zauberbibliothek, Bd. III, S. 45.",
                        [("Horst, Zauberbibliothek,", "author"), ("Bd. III,", "volume"), ("S. 45.", "locator")])
    assert runs[:2] == [("Horst,", "author"), ("Zauberbibliothek,", "title")]
    # a roman numeral, a name in capitals, a given name, a known name or a place, or no pinpoint after it: left as read
    for text, head in (("Roe, II, p. 34.", "Roe, II,"), ("ROE, ANN, p. 34.", "ROE, ANN,"), ("Roe, HTDH, Leeds.", "Roe, HTDH,"),
                       ("Horst, Georg, p. 34.", "Horst, Georg,"), ("Marx, Engels, p. 34.", "Marx, Engels,"),
                       ("Horst, London, p. 34.", "Horst, London,")):
        pairs = [(head, "author"), ("p. 34." if "p." in text else "Leeds.", "locator" if "p." in text else "location")]
        assert rule_runs(rule, text, pairs)[1], text


def test_a_name_after_a_possessive_pronoun_is_a_title():
    from notecite.parse.rules.names import rule_name_after_a_possessive_pronoun_is_a_title as rule

    from ..conftest import rule_runs
    runs, _ = rule_runs(rule, "See my Roe, A Docker's Life, pp. 23-45.",
                        [("Roe,", "author"), ("A Docker's Life,", "title"), ("pp. 23-45.", "locator")])
    assert runs[0] == ("Roe, A Docker's Life,", "title")
    # a name after other prose is a name
    assert rule_runs(rule, "See Roe, A Docker's Life, pp. 23-45.",
                     [("Roe,", "author"), ("A Docker's Life,", "title"), ("pp. 23-45.", "locator")])[1]


def test_a_family_name_and_comma_opening_a_title_run_before_its_pinpoint_is_its_author():
    from notecite.parse.rules.names import rule_family_name_and_comma_opening_a_title_run_before_its_pinpoint as rule

    from ..conftest import rule_runs
    text = "As he wrote, 'todo se sacrifica.' Hobart, Hist. Puert. Am., 51."
    runs, _ = rule_runs(rule, text, [("Hobart, Hist. Puert. Am.,", "container-title"), ("51.", "locator")])
    assert runs == [("Hobart,", "author"), ("Hist. Puert. Am.,", "title"), ("51.", "locator")]
    text = "He entered the service. Hobart, Hist. Puert. Am., i. 254-5."
    runs, _ = rule_runs(rule, text, [("He entered the service.", "title"), ("Hobart, Hist. Puert. Am.,", "container-title"),
                                     ("i.", "volume"), ("254-5.", "locator")])
    assert runs[1:3] == [("Hobart,", "author"), ("Hist. Puert. Am.,", "title")]  # after a sentence's stop, a volume
    # a common word, a place: a title's own words
    for head in ("History, Docks of Leeds,", "London, Docks and Quays,"):
        text = f"See {head} 51."
        assert rule_runs(rule, text, [(head, "title"), ("51.", "locator")])[1], head


def test_a_possessive_and_a_piece_before_its_bracketed_source_are_prose():
    from notecite.parse.rules.names import rule_possessive_and_piece_before_its_bracketed_source_are_prose as rule

    from ..conftest import rule_runs
    text = "Hobart's Narrative (Docks of Leith, i. 324.)."
    runs, _ = rule_runs(rule, text, [("Hobart's", "author"), ("Narrative", "author"), ("Docks of Leith,", "title"),
                                     ("i. 324", "locator")])
    assert runs == [("Docks of Leith,", "title"), ("i. 324", "locator")]
    # a name that is no possessive: left as read
    text = "Hobart Narrative (Docks of Leith, i. 324.)."
    assert rule_runs(rule, text, [("Hobart", "author"), ("Narrative", "author"), ("Docks of Leith,", "title"),
                                  ("i. 324", "locator")])[1]


def test_a_name_before_a_day_written_with_full_stops_is_a_periodical():
    from notecite.parse.rules.names import rule_name_before_a_day_date_is_a_periodical as rule

    from ..conftest import rule_runs
    runs, _ = rule_runs(rule, "Trud, 17.xi.1929.", [("Trud,", "author"), ("17.xi.1929.", "date")])
    assert runs[0] == ("Trud,", "container-title")


def test_a_worded_translator_cut_from_a_title_run_leaves_its_comma_as_prose():
    from notecite.parse.rules.names import rule_worded_role_before_names as rule

    from ..conftest import rule_runs
    text = "Ann Roe, The Docks, translated by Sam D. Poe, New York, 1940, p. 47."
    runs, _ = rule_runs(rule, text, [("Ann Roe,", "author"), ("The Docks, translated by Sam D. Poe,", "title"),
                                     ("New York,", "location"), ("1940,", "date"), ("p. 47.", "locator")])
    assert runs[1:4] == [("The Docks,", "title"), ("translated by Sam D. Poe", "translator"), ("New York,", "location")]


def test_the_second_word_of_an_author_run_before_a_serial_year_and_volume_is_a_title():
    from notecite.parse.rules.names import rule_second_word_of_an_author_run_before_a_serial_year_is_the_title as rule

    from ..conftest import rule_runs
    pairs = [("Roe, Diario,", "author"), ("1813,", "date"), ("xxii. 216.", "locator")]
    runs, _ = rule_runs(rule, "Roe, Diario, 1813, xxii. 216.", pairs)
    assert runs[:2] == [("Roe,", "author"), ("Diario,", "title")]
    # a second author's name, or a page that opens on no volume: two authors of that year
    assert rule_runs(rule, "Marx, Engels, 1848, xxii. 216.", [("Marx, Engels,", "author"), ("1848,", "date"),
                                                              ("xxii. 216.", "locator")])[1]
    assert rule_runs(rule, "Roe, Diario, 1813, p. 216.", [("Roe, Diario,", "author"), ("1813,", "date"), ("p. 216.", "locator")])[1]


def test_an_author_run_opening_on_an_article_names_a_title():
    from notecite.parse.rules.names import rule_article_opening_an_author_run_names_a_title as rule

    from ..conftest import rule_runs
    runs, _ = rule_runs(rule, "See El Centro Americano, 1826, 38.", [("El Centro Americano,", "author"), ("1826, 38.", "date")])
    assert runs[0] == ("El Centro Americano,", "title")
    # "La" and "Le" open family names; "The" a body's name as often
    for head in ("Le Blanc,", "The Processing Foundation,"):
        assert rule_runs(rule, f"See {head} 1826, 38.", [(head, "author"), ("1826, 38.", "date")])[1], head
    # "A" with no period (no initial) opening a run that ends on a colon before a title run: a main title
    runs, _ = rule_runs(rule, "see A Red Record: Revealing Lynchings.", [("A Red Record:", "author"), ("Revealing Lynchings.", "title")])
    assert runs == [("A Red Record: Revealing Lynchings.", "title")]
    assert rule_runs(rule, "see A. Red, Record: Lynchings.", [("A. Red,", "author"), ("Record: Lynchings.", "title")])[1]


def test_a_contraction_is_no_possessive_naming_an_author():
    from notecite.parse.rules.names import rule_possessive_names_a_work
    text = "and America First! It’s History, Culture, and Politics (Amherst: Prometheus, 1995)."
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    its, bracket = words.index("It’s"), words.index("(")
    tags = ["prose", "B-author", "I-author", "I-author", "B-title"] + ["I-title"] * (bracket - its - 1) + ["prose"] * (len(tokens) - bracket)
    assert rule_possessive_names_a_work(text, tokens, tags)[its] == "B-title"


def test_a_possessive_and_its_comma_before_a_title_in_a_note_read_as_one_note_run():
    from notecite.parse.rules.names import rule_possessive_names_a_work
    text = "The best study is Prof. Zechariah Chafee's, Freedom of Speech."
    tokens = tokenize(text)
    tags = ["B-note"] + ["I-note"] * (len(tokens) - 1)
    runs = run_texts(text, tokens, rule_possessive_names_a_work(text, tokens, tags))
    assert ("Freedom of Speech", "title") in runs and any(label == "author" for _, label in runs)
    # a list of possessives is no author and title; a note run with no work in it stays as read
    for text in ("For Russia, Byelaeff's, Kostomaroff's and Sergievich's works.", "It was Chafee's, not mine."):
        tokens = tokenize(text)
        tags = ["B-note"] + ["I-note"] * (len(tokens) - 1)
        assert rule_possessive_names_a_work(text, tokens, tags) == tags, text


def test_a_quoted_title_opening_the_note_is_no_body_named_as_its_author():
    from notecite.parse.rules.names import rule_body_opening_the_cite_is_its_author as rule
    text = '"The Dock Movement: A Panel," with Ann Lee, Harbour Review 47 (June 2012).'
    pairs = [('"The Dock Movement: A Panel,"', "title"), ("with Ann Lee,", "editor"), ("Harbour Review", "container-title")]
    assert rule_runs(rule, text, pairs)[1]
    runs, _ = rule_runs(rule, "Dock Workers' Union, Annual Report (Hull, 1926).",
                        [("Dock Workers' Union, Annual Report", "title"), ("(Hull,", "location")])
    assert runs[:2] == [("Dock Workers' Union,", "author"), ("Annual Report", "title")]


def test_every_worded_role_holds_a_word_of_its_prefilter():
    from notecite.parse.rules.names import _WORDED_ROLE, _may_hold_a_worded_role
    for phrase in ("herausgegeben von", "Herausgegeben von", "edited by", "publié par", "PUBLIÉE par", "Édité par", "hrsg. von", "hg. v.",
                   "Übersetzt von", "uebersetzt von", "translated by", "traduit par", "traducido por",
                   "with an introduction by", "with an introductory essay by", "foreword by", "preface by", "afterword by",
                   "with an epilogue by", "with essays by", "with texts by", "with notes by", "with commentary by",
                   "with contributions by", "Préface de", "postface par", "mit einer Einleitung von", "mit einem Vorwort von",
                   "mit einem Nachwort von", "eingeleitet von"):
        text = f"Roe, Docks. {phrase} Ann Lee."
        assert _WORDED_ROLE.search(text) and _may_hold_a_worded_role(text), phrase


def test_an_editor_run_holding_an_author_a_title_and_the_editor_word():
    from notecite.parse.rules.names import rule_editor_run_without_an_editor_word_is_an_author_and_title as rule

    text = "Stan Weir, Singlejack Solidarity, ed. George Lipsitz (Minneapolis: UMP, 2004), 300."
    tokens, tags = tagged(text, [("Stan Weir, Singlejack Solidarity, ed. George Lipsitz", "editor"),
                                 ("(Minneapolis:", "location"), ("UMP,", "publisher"), ("2004),", "date"), ("300.", "locator")])
    runs = run_texts(text, tokens, rule(text, tokens, tags))
    assert runs[:3] == [("Stan Weir,", "author"), ("Singlejack Solidarity,", "title"), ("ed. George Lipsitz", "editor")]
    # a bibliography's inverted editor ("Peden, William, ed. Notes …"): left alone
    text = "Peden, William, ed. Notes on the State of Virginia (Chapel Hill: UNC, 1996)."
    tokens, tags = tagged(text, [("Peden, William, ed. Notes on the State of Virginia", "editor"),
                                 ("(Chapel Hill:", "location"), ("UNC,", "publisher"), ("1996).", "date")])
    assert run_texts(text, tokens, rule(text, tokens, tags))[0][1] != "author"


def test_a_diarists_possessive_and_diary_stay_as_read():
    from notecite.parse.rules.names import rule_possessive_names_a_work as rule

    text = "Beatrice Webb's diary, 14 Feb. 1919, BLPES, Passfield papers."
    tokens, tags = tagged(text, [("Beatrice Webb's", "author"), ("diary,", "title"), ("14 Feb. 1919,", "date"),
                                 ("BLPES, Passfield papers.", "note")])
    assert rule(text, tokens, tags) == tags


def test_a_lone_lower_case_word_read_as_a_name_is_prose():
    from notecite.parse.rules.names import rule_lower_case_word_ending_a_name_run_is_prose as rule

    text = "See especially The Prophet Outcast, 412–20."
    tokens, tags = tagged(text, [("especially", "author"), ("The Prophet Outcast,", "title"), ("412–20.", "locator")])
    assert run_texts(text, tokens, rule(text, tokens, tags))[0] == ("The Prophet Outcast,", "title")


def test_a_container_run_opening_a_sentence_on_a_name_is_an_author_and_title():
    from notecite.parse.rules.names import rule_editor_run_without_an_editor_word_is_an_author_and_title as rule

    text = "“We say it is unwaged work.” Silvia Federici, Wages Against Housework (Falling Wall Press, 1975), 1."
    tokens, tags = tagged(text, [("Silvia Federici, Wages Against Housework", "container-title"),
                                 ("(Falling Wall Press,", "publisher"), ("1975),", "date"), ("1.", "locator")])
    runs = run_texts(text, tokens, rule(text, tokens, tags))
    assert runs[:2] == [("Silvia Federici,", "author"), ("Wages Against Housework", "title")]
    # after a quoted title's comma: the periodical's name, left alone
    text = 'Herb Lin, "Attribution," National Security, Technology, and Law (2016).'
    tokens, tags = tagged(text, [("Herb Lin,", "author"), ('"Attribution,"', "title"),
                                 ("National Security, Technology, and Law", "container-title"), ("(2016).", "date")])
    assert rule(text, tokens, tags) == tags


def test_initials_and_a_name_left_as_prose_before_a_title_are_its_author():
    from notecite.parse.rules.names import rule_initials_and_name_left_as_prose_before_a_title_are_its_author as rule

    text = "The literature is extensive, but see esp. R. Miliband, Parliamentary socialism (London, 1961)."
    tokens, tags = tagged(text, [("Parliamentary socialism", "title"), ("(London,", "location"), ("1961).", "date")])
    assert run_texts(text, tokens, rule(text, tokens, tags))[0] == ("R. Miliband,", "author")
    text = "And, more recently, S. Fielding, P. Thompson, and N. Tiratsoo, England arise (Manchester, 1995)."
    tokens, tags = tagged(text, [("Fielding, P. Thompson, and N. Tiratsoo,", "author"), ("England arise", "title")])
    assert run_texts(text, tokens, rule(text, tokens, tags))[0] == ("S. Fielding, P. Thompson, and N. Tiratsoo,", "author")
    text = "As argued in Chapter, Parliamentary socialism (London, 1961)."  # no initials: left alone
    tokens, tags = tagged(text, [("Parliamentary socialism", "title"), ("(London,", "location"), ("1961).", "date")])
    assert rule(text, tokens, tags) == tags


def test_a_title_opening_on_one_word_and_its_stop_after_a_natural_order_name():
    from notecite.parse.rules.names import rule_second_name_after_a_comma_is_a_title as rule

    text = "Cf. Boris Souvarine, Staline. Aperçu historique du bolchévisme, Paris, Plon, 1935."
    tokens, tags = tagged(text, [("Boris Souvarine, Staline.", "author"), ("Aperçu historique du bolchévisme,", "title"),
                                 ("Paris,", "location"), ("Plon,", "publisher"), ("1935.", "date")])
    runs = run_texts(text, tokens, rule(text, tokens, tags))
    assert runs[:2] == [("Boris Souvarine,", "author"), ("Staline. Aperçu historique du bolchévisme,", "title")]
    text = "G. Adler, Art. Anarchismus, in: HdSt, Bd. 1."  # an abbreviation's stop: left alone
    tokens, tags = tagged(text, [("G. Adler, Art.", "author"), ("Anarchismus,", "title")])
    assert rule(text, tokens, tags) == tags


def test_a_full_name_after_a_given_named_authors_comma_opens_the_title():
    from notecite.parse.rules.names import rule_second_name_after_a_comma_is_a_title as rule

    text = "Alexandre Skirda, Nestor Makhno, Anarchy's Cossack (Edinburgh: AK Press, 2004), 300."
    tokens, tags = tagged(text, [("Alexandre Skirda, Nestor Makhno,", "author"), ("Anarchy's Cossack", "title"),
                                 ("(Edinburgh:", "location"), ("AK Press,", "publisher"), ("2004),", "date")])
    runs = run_texts(text, tokens, rule(text, tokens, tags))
    assert runs[:2] == [("Alexandre Skirda,", "author"), ("Nestor Makhno, Anarchy's Cossack", "title")]


def test_a_name_glued_to_a_title_before_the_imprints_place_ends_the_title():
    from notecite.parse.rules.names import rule_name_glued_to_a_title_before_its_imprint_ends_the_title as rule

    text = "Ana Roe, Circular en honor del Illmo. Señor Dr. D. Rafael Lee (Santiago, 1887), 4."
    runs, _ = rule_runs(rule, text, [("Ana Roe,", "author"), ("Circular en honor del Illmo.", "title"),
                                     ("Señor Dr. D. Rafael Lee", "author"), ("(Santiago,", "location"), ("1887),", "date"),
                                     ("4.", "locator")])
    assert runs[1] == ("Circular en honor del Illmo. Señor Dr. D. Rafael Lee", "title")
    # after a comma the name is an author (title-first order); before a year alone, a publisher
    for spans in ([("Year One of the Revolution,", "title"), ("Victor Serge", "author"), ("(New York,", "location"),
                   ("1972).", "date")],
                  [("Year One of the Revolution", "title"), ("Victor Gollancz", "author"), ("(1972).", "date")]):
        text = " ".join(span for span, _ in spans)
        runs, same = rule_runs(rule, text, spans)
        assert same, text


def test_a_second_name_after_an_authors_comma_before_the_imprint_titles_a_biography():
    from notecite.parse.rules.names import rule_person_titling_a_biography_before_its_imprint as rule

    text = "Anne Marie Roe, Louis-Pierre Deseine (CTHS, 2013)."
    runs, _ = rule_runs(rule, text, [("Anne Marie Roe, Louis-Pierre Deseine", "author"), ("(CTHS,", "publisher"),
                                     ("2013).", "date")])
    assert runs[:2] == [("Anne Marie Roe", "author"), ("Louis-Pierre Deseine", "title")]
    # two names joined by "and", a title in the cite, or an inverted name: left alone
    for text, spans in (("Anne Roe and Louis Deseine (CTHS, 2013).", [("Anne Roe and Louis Deseine", "author")]),
                        ("Anne Roe, Louis Deseine (CTHS, 2013), Docks.", [("Anne Roe, Louis Deseine", "author")]),
                        ("Roe, Anne (CTHS, 2013).", [("Roe, Anne", "author")])):
        tail = [("(CTHS,", "publisher"), ("2013)", "date")] + ([("Docks.", "title")] if "Docks" in text else [])
        runs, same = rule_runs(rule, text, spans + tail)
        assert same, text


def test_a_word_naming_no_one_after_a_natural_order_name_and_its_comma_opens_the_title():
    from notecite.parse.rules.names import rule_word_naming_no_one_after_a_natural_name_opens_the_title as rule

    text = "Justino Roe, Obras de José Lee en la colección Gil (Mexico City, 1949)."
    runs, _ = rule_runs(rule, text, [("Justino Roe, Obras de José", "author"), ("Lee en la colección Gil", "title"),
                                     ("(Mexico City,", "location"), ("1949).", "date")])
    assert runs[:2] == [("Justino Roe,", "author"), ("Obras de José Lee en la colección Gil", "title")]
    # an inverted name, or two names joined by "and", stay names
    for text, head in (("Roe, Justino, Obras de José (Mexico, 1949).", "Roe, Justino, Obras de José"),
                       ("Ann Roe, Lees and Gil (Mexico, 1949).", "Ann Roe, Lees and Gil")):
        assert rule_runs(rule, text, [(head, "author"), ("(Mexico,", "location"), ("1949).", "date")])[1], text


def test_records_of_a_body_and_their_years_alone_are_a_work():
    from notecite.parse.rules.names import rule_records_of_a_body_and_their_years_alone_are_a_work as rule
    runs, _ = rule_runs(rule, "TGWU Derby Weavers branch minutes 1935-42", [])
    assert runs == [("TGWU Derby Weavers branch minutes", "title"), ("1935-42", "date")]
    runs, _ = rule_runs(rule, "NUVB Quarterly Journals 1940-1945", [("NUVB Quarterly Journals 1940-1945", "note")])
    assert runs == [("NUVB Quarterly Journals", "title"), ("1940-1945", "date")]
    text = "Midland Tape Manufacturers Association Records - Derbyshire County Records Office"
    assert rule_runs(rule, text, [])[0][0] == ("Midland Tape Manufacturers Association Records", "title")
    assert rule_runs(rule, "ABL Admissions Book 1909-25", [])[0] == [("ABL Admissions Book", "title"), ("1909-25", "date")]
    assert rule_runs(rule, "Grainger Children’s Employment Commission’s Report.", [])[1]  # a person's report
    assert rule_runs(rule, "Compare the minutes 1935.", [])[1]  # prose
    assert rule_runs(rule, "TGWU minutes, Smith, Life, p. 3", [("Smith,", "author"), ("Life,", "title"), ("p. 3", "locator")])[1]


def test_possessive_before_a_name_titling_a_book_before_its_imprint():
    from notecite.parse.rules.names import rule_possessive_names_a_work as rule
    text = "well reproduced in Reed’s widely distributed José Clemente Orozco (New York: Delphic Studios, 1932)."
    runs, _ = rule_runs(rule, text, [("José Clemente Orozco", "author"), ("(New York:", "location"),
                                     ("Delphic Studios,", "publisher"), ("1932).", "date")])
    assert runs[:2] == [("Reed’s", "author"), ("José Clemente Orozco", "title")]
    text = "as Reed’s friend José Clemente Orozco said, p. 3"  # no imprint: the name is a person
    assert rule_runs(rule, text, [("José Clemente Orozco", "author"), ("p. 3", "locator")])[1]


def test_word_in_no_name_after_an_authors_comma_opens_the_title():
    from notecite.parse.rules.names import rule_word_in_no_name_after_an_authors_comma_opens_the_title as rule
    text = "J J Kreisman and H Straus, I Hate You, Don’t Leave Me: Understanding the Borderline Personality"
    runs, _ = rule_runs(rule, text, [("J J Kreisman and H Straus, I Hate You,", "author"), ("Don’t Leave Me: Understanding the Borderline Personality", "title")])
    assert runs == [("J J Kreisman and H Straus", "author"), ("I Hate You, Don’t Leave Me: Understanding the Borderline Personality", "title")]
    text = "Alexander, Ruth M. The Girl Problem: Female Sexual Delinquency"
    runs, _ = rule_runs(rule, text, [("Alexander, Ruth M. The", "author"), ("Girl Problem: Female Sexual Delinquency", "title")])
    assert runs == [("Alexander, Ruth M.", "author"), ("The Girl Problem: Female Sexual Delinquency", "title")]
    text = "Crymble, A., A. Dennett and T. Hitchcock, Modelling regional imbalances"  # "A": an initial
    assert rule_runs(rule, text, [("Crymble, A., A. Dennett and T. Hitchcock,", "author"), ("Modelling regional imbalances", "title")])[1]


def test_title_after_a_name_and_in_mid_sentence():
    from notecite.parse.rules.names import rule_title_after_a_name_and_in_mid_sentence as rule
    text = "The argument of Marx in The Civil War in France is not that the proletariat must break it."
    runs, _ = rule_runs(rule, text, [])
    assert runs == [("The Civil War in France", "title")]
    assert rule_runs(rule, "The treaty was signed by Wilson in The Hague in May.", [])[1]  # a place, not a title
    assert rule_runs(rule, "Then Marx in The Times wrote it.", [])[1]  # two words: no title written in prose


def test_possessive_before_a_foreign_title_in_prose_names_its_work():
    from notecite.parse.rules.names import rule_possessive_names_a_work as rule
    text = "For Germany we have Barthold's Geschichte der deutschen Stadte, and many others."
    assert rule_runs(rule, text, [])[0] == [("Barthold's", "author"), ("Geschichte der deutschen Stadte", "title")]
    assert rule_runs(rule, "See Chicago’s Black Arts Movement and its poets.", [])[1]  # a thing, not a work
    assert rule_runs(rule, "Lenin's Party was strong.", [])[1]


def test_full_name_before_ed_is_the_editor():
    from notecite.parse.rules.names import rule_full_name_before_ed_is_the_editor

    rule = rule_full_name_before_ed_is_the_editor
    runs, _ = rule_runs(rule, "see Olivier Debroise, ed., Portrait of a Decade (Mexico City: MNA, 1997), 45.",
                        [("Olivier", "author"), ("Debroise, ed.,", "edition"), ("Portrait of a Decade", "title"),
                         ("(Mexico City:", "location"), ("MNA,", "publisher"), ("1997),", "date"), ("45.", "locator")])
    assert runs[:2] == [("Olivier Debroise, ed.,", "editor"), ("Portrait of a Decade", "title")]
    # a place before the role is no editor's name
    runs, _ = rule_runs(rule, "Mexico City, ed., Portrait of a Decade",
                        [("Mexico", "author"), ("City, ed.,", "edition"), ("Portrait of a Decade", "title")])
    assert runs[0] == ("Mexico", "author")
    # the last of a list of editors: the run before the name goes on
    runs, _ = rule_runs(rule, "Ann Lee and Adrian Gillespie, eds., The Book",
                        [("Ann Lee and", "editor"), ("Adrian", "author"), ("Gillespie, eds.,", "edition"), ("The Book", "title")])
    assert runs[1] == ("Adrian", "author")
    # the name read as the title and the title as the editor's, up to the imprint
    runs, _ = rule_runs(rule, "and Annina Nosei Weber, ed., Discussion (New York: Out of London, 1980).",
                        [("and", "prose"), ("Annina Nosei Weber,", "title"), ("ed., Discussion", "editor"), ("(New York:", "location"),
                         ("Out of London,", "publisher"), ("1980).", "date")])
    assert runs[:2] == [("Annina Nosei Weber, ed.,", "editor"), ("Discussion", "title")]
    # no imprint after it: left as read
    runs, _ = rule_runs(rule, "and Annina Nosei Weber, ed., Discussion, 45.",
                        [("and", "prose"), ("Annina Nosei Weber,", "title"), ("ed., Discussion,", "editor"), ("45.", "locator")])
    assert runs[0] == ("Annina Nosei Weber,", "title")


def test_name_between_a_quoted_title_and_its_day_is_the_periodical():
    from notecite.parse.rules.names import rule_name_between_a_quoted_title_and_its_day_is_the_periodical

    rule = rule_name_between_a_quoted_title_and_its_day_is_the_periodical
    runs, _ = rule_runs(rule, "See “Turmoil Inside the State Department,” U.S. News and World Report, December 18, 1953.",
                        [("“Turmoil Inside the State Department,”", "title"), ("U.", "container-title"),
                         ("S. News and World Report,", "author"), ("December 18, 1953.", "date")])
    assert runs[:3] == [("“Turmoil Inside the State Department,”", "title"),
                        ("U.S. News and World Report,", "container-title"), ("December 18, 1953.", "date")]
    # the quotation left as prose in a sentence is the article's title
    runs, _ = rule_runs(rule, "The articles were “Turmoil Inside the State Department,” U.S. News and World Report, December 18, 1953.",
                        [("U.", "container-title"), ("S. News and World Report,", "author"), ("December 18, 1953.", "date")])
    assert runs[:3] == [("“Turmoil Inside the State Department,”", "title"),
                        ("U.S. News and World Report,", "container-title"), ("December 18, 1953.", "date")]
    runs, _ = rule_runs(rule, "See also “Official Papers,” Washington Post, March 7, 1953, p. 8 for an explanation.",
                        [("Washington Post,", "container-title"), ("March 7, 1953,", "date"), ("p. 8", "locator")])
    assert runs[:2] == [("“Official Papers,”", "title"), ("Washington Post,", "container-title")]
    # a year alone is no day's issue: the name stays
    runs, _ = rule_runs(rule, "“Turmoil,” John Smith, 1953.", [("“Turmoil,”", "title"), ("John Smith,", "author"), ("1953.", "date")])
    assert runs[1] == ("John Smith,", "author")
    # a paper in sentence case read as the publisher
    runs, _ = rule_runs(rule, "“Faits divers,” La presse, 31 January 1856, 2.",
                        [("“Faits divers,”", "title"), ("La presse,", "publisher"), ("31 January 1856,", "date"), ("2.", "locator")])
    assert runs[1] == ("La presse,", "container-title")


def test_a_possessives_piece_in_a_book_names_its_writer_and_the_book():
    from notecite.parse.rules.names import rule_possessives_piece_in_a_book_names_its_writer_and_book as rule

    text = "See Irving Howe's essay in Steady Work (New York, 1966), 226–34."
    runs, _ = rule_runs(rule, text, [("Irving Howe's essay in Steady Work", "title"), ("(New York,", "location"), ("1966),", "date"),
                                     ("226–34.", "locator")])
    assert runs[:2] == [("Irving Howe's", "author"), ("Steady Work", "title")]
    text = "Cf. Chew's letters in House Reports, 21 Cong. 1 sess."
    runs, _ = rule_runs(rule, text, [("Chew's letters in House Reports,", "title")])
    assert runs[:2] == [("Chew's", "author"), ("House Reports,", "title")]
    # a lower-case word after "in", or no piece of writing after the possessive: left alone
    for title in ("Howe's essay in the same volume", "Howe's World of Our Fathers in paperback"):
        text = f"See {title}."
        assert rule_runs(rule, text, [(title, "title")])[1], title


def test_a_papers_name_before_a_quoted_headline_is_its_container():
    from notecite.parse.rules.names import rule_papers_name_before_a_quoted_headline_is_its_container as rule

    runs, _ = rule_runs(rule, 'The DeSoto County News, "Plans of Poultry Club Work in Florida."',
                        [("The DeSoto County News,", "title"), ('"Plans of Poultry Club Work in Florida."', "container-title")])
    assert runs == [("The DeSoto County News,", "container-title"), ('"Plans of Poultry Club Work in Florida."', "title")]
    runs, _ = rule_runs(rule, 'Norwich Bulletin, "Extension Service of State College."',
                        [("Norwich Bulletin,", "author"), ('"Extension Service of State College."', "title")])
    assert runs[0] == ("Norwich Bulletin,", "container-title")
    # a person's name, or a paper's item said to be of another kind in brackets, is left as read
    _, unchanged = rule_runs(rule, 'John Smith, "A Title."', [("John Smith,", "author"), ('"A Title."', "title")])
    assert unchanged
    _, unchanged = rule_runs(rule, 'WFSB Eyewitness News, “Market Closing?” (WFSB television broadcast video, 2007)',
                             [("WFSB Eyewitness News,", "author"), ("“Market Closing?”", "title"), ("(WFSB television broadcast video,", "note"),
                              ("2007)", "date")])
    assert unchanged


def test_an_outlet_between_an_articles_day_and_its_address_is_the_container():
    from notecite.parse.rules.names import rule_outlet_between_a_day_and_the_address_is_the_container as rule

    text = "Ann Roe, “Chechen Leaders Reopen a Mosque,” 21 February 2019, ABC News, https://abcnews.go.com/x; and more."
    for read_as in ("title", "note"):
        runs, _ = rule_runs(rule, text, [("Ann Roe,", "author"), ("“Chechen Leaders Reopen a Mosque,”", "title"),
                                         ("21 February 2019,", "date"), ("ABC News,", read_as), ("https://abcnews.go.com/x;", "url")])
        assert runs[3] == ("ABC News,", "container-title")
    # words in lower case there are no outlet's name
    _, unchanged = rule_runs(rule, "Ann Roe, “Mosque,” 21 February 2019, seen online, https://x.org/y.",
                             [("Ann Roe,", "author"), ("“Mosque,”", "title"), ("21 February 2019,", "date"),
                              ("seen online,", "note"), ("https://x.org/y.", "url")])
    assert unchanged


def test_a_natural_name_before_a_title_with_commas_and_a_colon_ends_at_its_comma():
    from notecite.parse.rules.names import rule_colon_ends_a_title_not_a_name as rule

    text = "Anna Arabindan-Kesson, Black Bodies, White Gold: Art"
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * (len(tokens) - 2) + ["B-title"]
    assert run_texts(text, tokens, rule(text, tokens, tags)) == [
        ("Anna Arabindan-Kesson,", "author"), ("Black Bodies, White Gold: Art", "title")]
    # more people's names after the first comma stay names
    text = "Tom Smith, Anne Lee, Bob Doe: Title"
    tokens = tokenize(text)
    tags = ["B-author"] + ["I-author"] * (len(tokens) - 2) + ["B-title"]
    assert rule(text, tokens, tags) == tags


def test_a_bracket_of_author_date_cites_in_prose_gives_each_its_author_year_and_pinpoint():
    from notecite.parse.rules.names import rule_bracketed_author_date_cites_in_prose

    text = "Used for board games [Lind and Okafor 1991], and puzzles [Marr 2004, 17]."
    runs, same = rule_runs(rule_bracketed_author_date_cites_in_prose, text,
                           [("Used for board games", "title"), ("Lind and Okafor 1991], and puzzles", "note")])
    assert not same and runs == [("Lind and Okafor", "author"), ("1991", "date"), ("Marr", "author"), ("2004", "date"),
                                 ("17", "locator")]
    text = "As shown before (Hale 2001, 45; Ruiz and Kent 1999)."
    runs, _ = rule_runs(rule_bracketed_author_date_cites_in_prose, text, [])
    assert runs == [("Hale", "author"), ("2001", "date"), ("45", "locator"), ("Ruiz and Kent", "author"), ("1999", "date")]
    # a cite repeated in the bracket is read where it stands
    runs, _ = rule_runs(rule_bracketed_author_date_cites_in_prose, "As before (Hale 2001; Ruiz 1999; Hale 2001; Hale 2001).", [])
    assert runs == [("Hale", "author"), ("2001", "date"), ("Ruiz", "author"), ("1999", "date")] + \
        [("Hale", "author"), ("2001", "date")] * 2


def test_a_bracket_that_may_be_an_imprint_or_a_date_is_no_author_date_cite():
    from notecite.parse.rules.names import rule_bracketed_author_date_cites_in_prose

    for text, pairs in (("Lind, Board Games (Fulda, 1875), 17.", [("Lind,", "author"), ("Board Games", "title")]),
                        ("Lind, Board Games (Harper 1990).", [("Lind,", "author"), ("Board Games", "title")]),
                        ("Lind, Board Games [London, 1963].", [("Lind,", "author"), ("Board Games", "title")]),
                        ("It ended [May 1968, 4].", []), ("It ended [The 1870].", []),
                        ("Relations (Relations, 1633, 1634).", [])):
        assert rule_runs(rule_bracketed_author_date_cites_in_prose, text, pairs)[1], text


def test_a_paper_or_an_act_before_a_preposition_and_a_day_is_an_item_of_that_day():
    from notecite.parse import parse_note

    def fields(text):
        return [[(label, value) for label, value in c.fields if label != "prose"] for c in parse_note(text)]

    assert fields("Le Siècle du 4 mars 1871, p. 2.") == [[("container-title", "Le Siècle"), ("date", "4 mars 1871"),
                                                          ("locator", "p. 2")]]
    assert fields("Voir la Gazette du 9 septembre 1900.") == [[("container-title", "Gazette"), ("date", "9 septembre 1900")]]
    assert fields("Revue socialiste du 15 janvier 1897.") == [[("container-title", "Revue socialiste"),
                                                               ("date", "15 janvier 1897")]]
    assert fields("Vgl. Edikt vom 3. Mai 1790.") == [[("title", "Edikt"), ("date", "3. Mai 1790")]]


def test_a_letter_of_a_person_an_act_in_prose_or_a_titles_own_date_is_no_item_of_that_day():
    from notecite.parse.rules.names import rule_paper_before_its_day_after_a_preposition_is_the_periodical as rule

    for text in ("Lettre de Hugo du 12 mars 1861.", "Man kennt ein Urtheil des Rates vom 18. Dez. 1691, worin.",
                 "Statistik nach der Zählung vom 5. Juni 1882, Berlin 1884."):
        assert rule_runs(rule, text, [])[1], text


def test_a_second_person_after_par_following_an_authors_title_is_the_editor():
    from notecite.parse.rules.names import rule_second_author_after_by_in_a_cite_is_its_editor as rule

    text = "Pierre Leroux, Œuvres, Tome I. Avec des notes, par Jean Martin. Paris, Stock, p. 4."
    pairs = [("Pierre Leroux,", "author"), ("Œuvres, Tome I. Avec des notes,", "title"), ("Jean Martin", "author"),
             ("Paris,", "location"), ("Stock,", "publisher"), ("p. 4.", "locator")]
    runs, same = rule_runs(rule, text, pairs)
    assert not same and ("Jean Martin", "editor") in runs
    # "quoted by", "review by": another work's author, left as it was
    text = "Cosmo Innes's Early History, quoted by Rev. Denton, pp. 68, 69."
    assert rule_runs(rule, text, [("Cosmo Innes's", "author"), ("Early History,", "title"), ("Rev. Denton,", "author"),
                                  ("pp. 68, 69.", "locator")])[1]


def test_a_translator_named_before_the_title_and_its_author():
    """``A. W. Wheen, trans., All Quiet …, by Erich Maria Remarque (London: …)``: the translator, the title, ``by``
    and the author, whatever the tagger read; no role word, no ``by`` or no imprint's bracket: unchanged."""
    from notecite.parse.rules.names import rule_translator_named_before_the_title_and_its_author as rule

    text = "T. V. Okafor, trans., Harbour Towns in Winter, by Vell Marin (Leeds: Tarn Press, 1970), 12."
    runs, _ = rule_runs(rule, text, [("T. V.", "author"), ("Okafor, trans., Harbour Towns in Winter, by Vell Marin", "title"),
                                     ("(Leeds:", "location")])
    assert runs[:4] == [("T. V. Okafor, trans.,", "translator"), ("Harbour Towns in Winter,", "title"),
                        ("Vell Marin", "author"), ("(Leeds:", "location")]
    for text in ("T. V. Okafor, ed., Harbour Towns, by Vell Marin (Leeds: Tarn Press, 1970).",
                 "T. V. Okafor, trans., Harbour Towns (Leeds: Tarn Press, 1970).",
                 "T. V. Okafor, trans., Harbour Towns, by Vell Marin, 12."):
        _, unchanged = rule_runs(rule, text, [(text, "title")])
        assert unchanged, text


def test_a_family_name_after_an_initial_opens_no_title():
    """``Tarn R. McOkafor, Harbour Towns (…)``: the family name read as the title's first word after an author run
    ending on an initial joins the author; a common word, or no comma after the word, stays the title's."""
    from notecite.parse.rules.names import rule_family_name_after_an_initial_opens_no_title as rule

    text = "Tarn R. McOkafor, Harbour Towns in Winter (Leeds: Vell Press, 1970), 12."
    runs, _ = rule_runs(rule, text, [("Tarn R.", "author"), ("McOkafor, Harbour Towns in Winter", "title"), ("(Leeds:", "location")])
    assert runs[:2] == [("Tarn R. McOkafor,", "author"), ("Harbour Towns in Winter", "title")]
    for text, title in (("Tarn R. History, Harbour Towns (Leeds: Vell Press, 1970).", "History, Harbour Towns"),
                        ("Tarn R. McOkafor Harbour Towns (Leeds: Vell Press, 1970).", "McOkafor Harbour Towns")):
        _, unchanged = rule_runs(rule, text, [("Tarn R.", "author"), (title, "title")])
        assert unchanged, text


def test_a_main_title_read_into_the_author_before_its_subtitle_opens_the_title():
    from notecite.parse.rules.names import rule_main_title_read_into_the_author_before_its_subtitle as rule

    text = "Tarn Kobes Okafor, Harbours and Vell Marin: How Towns Grew (Leeds: Tarn Press, 2020)."
    runs, _ = rule_runs(rule, text, [("Tarn Kobes Okafor, Harbours and Vell Marin:", "author"), ("How Towns Grew", "title")])
    assert runs[:2] == [("Tarn Kobes Okafor,", "author"), ("Harbours and Vell Marin: How Towns Grew", "title")]
    text = "Okafor, Tarn Vell: How Towns Grew (Leeds: Tarn Press, 2020)."  # a name turned round: no lower-case word
    _, unchanged = rule_runs(rule, text, [("Okafor, Tarn Vell:", "author"), ("How Towns Grew", "title")])
    assert unchanged


def test_a_person_read_as_a_title_before_a_titled_imprint_is_its_author():
    from notecite.parse.rules.names import rule_person_read_as_a_title_before_a_titled_imprint_is_its_author as rule

    text = "… (Tarn Press, 2020) and Vell Okafor, Harbour Towns in Winter (Leeds University Press, 2018)."
    runs, _ = rule_runs(rule, text, [("(Tarn Press,", "publisher"), ("2020)", "date"), ("and Vell Okafor,", "title"),
                                     ("Harbour Towns in Winter", "container-title"), ("(Leeds University Press,", "publisher"),
                                     ("2018).", "date")])
    assert runs[2:4] == [("Vell Okafor,", "author"), ("Harbour Towns in Winter", "title")]
    # a title of common words before a container, or no imprint after: unchanged
    for pairs in ([("History Today,", "title"), ("Harbour Towns in Winter", "container-title"), ("(Leeds University Press,", "publisher")],
                  [("Vell Okafor,", "title"), ("Harbour Towns in Winter", "container-title")]):
        text = " ".join(piece for piece, _ in pairs) + " 12."
        _, unchanged = rule_runs(rule, text, pairs)
        assert unchanged, text


def test_in_and_colon_opening_an_editor_run_is_prose_and_the_words_after_the_bracketed_role_are_the_book():
    from notecite.parse.rules.names import rule_in_and_colon_opening_a_name_run_is_prose as rule

    text = "Hans Meier: Die Krise. In: Karl Müller (Hg.): Deutschland 1923. Berlin 1990, S. 5."
    pairs = [("Hans Meier:", "author"), ("Die Krise.", "title"), ("In: Karl Müller (Hg.): Deutschland", "editor"),
             ("1923.", "date"), ("Berlin", "location"), ("1990,", "date"), ("S. 5.", "locator")]
    assert rule_runs(rule, text, pairs)[0] == [
        ("Hans Meier:", "author"), ("Die Krise.", "title"), ("Karl Müller (Hg.)", "editor"),
        ("Deutschland 1923.", "container-title"), ("Berlin", "location"), ("1990,", "date"), ("S. 5.", "locator")]
    # the book read as a title run after the editors' "(Hrsg.):" is the container; a lone year is its own date there
    text = "Eva Roth: Der Streik. In: Otto Lang / Ida Berg (Hrsg.): Arbeit und Kampf. Wien 2001, S. 4."
    pairs = [("Eva Roth:", "author"), ("Der Streik.", "title"), ("In: Otto Lang / Ida Berg (Hrsg.):", "editor"),
             ("Arbeit und Kampf.", "title"), ("Wien", "location"), ("2001,", "date"), ("S. 4.", "locator")]
    assert rule_runs(rule, text, pairs)[0][2:4] == [("Otto Lang / Ida Berg (Hrsg.)", "editor"),
                                                     ("Arbeit und Kampf.", "container-title")]
    # "In:" alone goes; an editor run whose book the tagger already ended keeps its names
    text = "Kos, Ana. Inflacija. In: Kos, Marko et al. (ed.). Slovenija. Ljubljana: Modrijan, 1999."
    pairs = [("Kos, Ana.", "author"), ("Inflacija.", "title"), ("In: Kos, Marko et al. (ed.).", "editor"),
             ("Slovenija.", "container-title"), ("Ljubljana:", "location")]
    assert rule_runs(rule, text, pairs)[0][2:4] == [("Kos, Marko et al. (ed.).", "editor"), ("Slovenija.", "container-title")]
    # words that are no names before the bracket keep the run's end as the tagger read it
    text = "Roth: Streik. In: die Krise der Arbeit (Hg.): Wien 2001."
    runs, _ = rule_runs(rule, text, [("Roth:", "author"), ("Streik.", "title"), ("In: die Krise der Arbeit (Hg.): Wien", "editor")])
    assert runs[2] == ("die Krise der Arbeit (Hg.): Wien", "editor")
    # an "In" without its colon, or opening a title run, is not this rule's
    assert not changed_by(rule, [
        ("Roth, Streik, In Karl Müller (Hg.): Deutschland", [("Roth,", "author"), ("Streik,", "title"),
                                                            ("In Karl Müller (Hg.): Deutschland", "editor")]),
        ("Roth, Streik. In: Deutschland 1923", [("Roth,", "author"), ("Streik.", "title"), ("In: Deutschland 1923", "container-title")]),
    ])


def test_a_book_and_its_editor_read_as_one_editor_run_after_in_are_the_container_and_the_editor():
    from notecite.parse.rules.names import rule_book_and_its_editor_read_as_one_editor_run_after_in as rule

    text = "Rosa Luxemburg, The Russian Revolution, in Rosa Luxemburg Speaks, ed. Mary-Alice Waters (New York"
    pairs = [("Rosa Luxemburg,", "author"), ("The Russian Revolution,", "title"),
             ("in Rosa Luxemburg Speaks, ed. Mary-Alice Waters", "editor"), ("(New York", "location")]
    assert rule_runs(rule, text, pairs)[0][2:4] == [("Rosa Luxemburg Speaks,", "container-title"), ("ed. Mary-Alice Waters", "editor")]
    text = "Ann Roe, “War,” in Labour and Empire, edited by John Lee (London"
    pairs = [("Ann Roe,", "author"), ("“War,”", "title"), ("Labour and Empire, edited by John Lee", "editor"), ("(London", "location")]
    assert rule_runs(rule, text, pairs)[0][2:4] == [("Labour and Empire,", "container-title"), ("edited by John Lee", "editor")]
    assert not changed_by(rule, [
        # editors named before "ed.,", then their book
        ("Roe, “War,” in Ann Lee, ed., Empire", [("Roe,", "author"), ("“War,”", "title"), ("in Ann Lee, ed., Empire", "editor")]),
        # "in" inside a title, and books by authors
        ("Guild Socialism are Self-Government in Industry, by G.D.H. Cole, edited by A.R. Orage.",
         [("Guild Socialism are Self-Government", "title"), ("in Industry, by G.D.H. Cole, edited by A.R. Orage.", "editor")]),
        # words after "ed." that are no name
        ("Roe, War, in Empire, ed. with an introduction", [("Roe,", "author"), ("War,", "title"),
                                                         ("in Empire, ed. with an introduction", "editor")]),
    ])


def test_full_name_and_stop_after_a_semicolon_is_the_author():
    from notecite.parse.rules.names import rule_full_name_and_stop_after_a_semicolon_is_the_author as rule

    text = "Lee to Ng, 6 Nov. 1829; Walter Brand. Soul and Body. Cambridge: Harvard University Press, 1999, 78."
    runs = [("Lee to Ng,", "title"), ("6 Nov. 1829;", "date"), ("Walter Brand.", "title"), ("Soul and Body.", "container-title"),
            ("Cambridge:", "location"), ("Harvard University Press,", "publisher"), ("1999,", "date"), ("78.", "locator")]
    assert rule_runs(rule, text, runs)[0][2:4] == [("Walter Brand.", "author"), ("Soul and Body.", "title")]
    assert not changed_by(rule, [
        # no ";" before the name
        ("Lee to Ng, 1829. Walter Brand. Soul and Body.", [("Lee to Ng,", "title"), ("1829.", "date"), ("Walter Brand.", "title"),
                                                          ("Soul and Body.", "container-title")]),
        # no person's name: a title of two words
        ("Ng, Strikes; Black Friday. Soul and Body.", [("Ng,", "author"), ("Strikes;", "title"), ("Black Friday.", "title"),
                                                      ("Soul and Body.", "container-title")]),
        # "In" opens the container after it
        ("Ng, Strikes; Walter Brand. In Soul and Body.", [("Ng,", "author"), ("Strikes;", "title"), ("Walter Brand.", "title"),
                                                         ("In Soul and Body.", "container-title")]),
    ])


def test_a_lead_word_and_its_comma_opening_a_run_lead_the_cite_in():
    from notecite.parse.rules.names import rule_lead_word_and_comma_opening_a_run_are_prose as rule

    runs, _ = rule_runs(rule, "Vide, Federal Report on Mines (1905), p. 7.",
                        [("Vide,", "author"), ("Federal Report on Mines", "title"), ("1905", "date"), ("p. 7", "locator")])
    assert runs[0] == ("Federal Report on Mines", "title")
    runs, _ = rule_runs(rule, "Vide, Ann Lee, Old Ways, p. 7.", [("Vide, Ann Lee,", "author"), ("Old Ways", "title"),
                                                                   ("p. 7", "locator")])
    assert runs[:2] == [("Ann Lee,", "author"), ("Old Ways", "title")]
    # a lead word inside a title, or a name that is no lead word, is left alone
    assert rule_runs(rule, "Vide, a Study, p. 7.", [("Vide", "title"), ("p. 7", "locator")])[1]
    assert rule_runs(rule, "Ann Lee, Old Ways, see, p. 7.", [("Ann Lee,", "author"), ("Old Ways, see,", "title")])[1]


def test_a_possessive_after_a_short_forms_author_and_comma_is_the_titles_own():
    from notecite.parse.rules.names import rule_possessive_names_a_work as rule

    text = "So it went (qtd. in Vance, Caliban's Harbour, 60)."
    runs, _ = rule_runs(rule, text, [("60", "locator")])
    assert ("Caliban's", "author") not in runs
    # a possessive opening a title in a sentence stays its author's
    runs, _ = rule_runs(rule, "The classic statement remains Lenin's What Is to Be Done?", [("Lenin's What Is to Be Done?", "title")])
    assert ("Lenin's", "author") in runs


def test_a_style_of_address_after_an_inverted_name_is_part_of_it():
    from notecite.parse.rules.names import rule_style_of_address_after_an_inverted_name_joins_it as rule

    text = "Lowe, Lord (1841). Old Ways. London: Dunn."
    runs, _ = rule_runs(rule, text, [("Lowe,", "author"), ("Lord", "title"), ("(1841).", "date"), ("Old Ways.", "title")])
    assert runs[0] == ("Lowe, Lord", "author")
    # a title of more words, or one opening on another word, is left alone
    assert rule_runs(rule, "Lowe, Lord Jim (1900).", [("Lowe,", "author"), ("Lord Jim", "title"), ("(1900).", "date")])[1]
