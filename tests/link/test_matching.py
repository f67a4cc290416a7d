from notecite.link.matching import (best_title_similarity, families, name_similarity, names_held, title_initials, title_similarity,
                                    title_words)


def test_title_words_drop_stopwords_and_fold():
    assert title_words("The Revolution Betrayed") == ["revolution", "betrayed"]
    assert title_words("‘Trente Ans Après La Révolution,”") == ["trente", "ans", "apres", "revolution"]


def test_short_title_opening_the_full_title_scores_one():
    assert title_similarity("Memoirs", "Memoirs of a Revolutionary") == 1.0
    assert title_similarity("Trente Ans", "Trente Ans Apres La Revolution Russe") == 1.0


def test_a_title_opening_a_longer_short_title_scores_less_when_the_short_is_much_longer():
    assert title_similarity("Memoirs of a Revolutionary", "Memoirs") == 0.9
    assert title_similarity("Journal of the Voyage", "Journal") == 0.9  # "journal", "voyage": twice as many words
    assert title_similarity("Journal of the Voyage to Canton", "Journal") < 0.72  # another journal


def test_ocr_slips_still_score_high_but_other_titles_low():
    assert title_similarity("From Leinin to Stalin", "From Lenin to Stalin") > 0.9
    assert title_similarity("Destiny of a Revolution", "Memoirs of a Revolutionary") < 0.6


def test_name_similarity():
    a = families({"author": [{"family": "Serge", "given": "Victor"}]})
    assert name_similarity(a, ["serge"]) == 1.0
    assert name_similarity(a, ["trotsky"]) < 0.5
    assert name_similarity([], a) is None


def test_names_held_asks_for_every_name_of_the_short_form():
    assert names_held(["tolnay", "beck"], ["beck", "tolnay"]) == 1.0  # the order aside
    assert names_held(["bailey", "tolnay"], ["tolnay", "beck"]) < 0.5  # one of two names is not enough
    assert name_similarity(["bailey", "tolnay"], ["tolnay", "beck"]) == 1.0  # (any one name is, for this)
    assert names_held(["smith"], ["smith", "jones", "brown"]) == 1.0  # "Smith et al."
    assert names_held([], ["smith"]) is None


def test_best_title_similarity_uses_title_short():
    work = {"title": "Memoirs of a Revolutionary, 1901-1941", "title-short": "Memoirs"}
    assert best_title_similarity({"title": "Memoirs"}, work) == 1.0


def test_the_last_words_of_the_main_title_name_the_work():
    from notecite.link.matching import title_similarity

    assert title_similarity("Notebooks", "Selections from the Prison Notebooks") == 0.85
    assert title_similarity("Prison Notebooks", "Selections from the Prison Notebooks: A Reader") == 0.85
    assert title_similarity("Reader", "Selections from the Prison Notebooks: A Reader") < 0.72


def test_compared_words_are_the_words_of_every_title_and_main_title():
    from notecite.link.matching import compared_words

    work = {"title": "Weavers of the Glen: A Chronicle", "title-short": "Weavers"}
    assert compared_words(work) == {"weavers", "glen", "chronicle"}
    assert compared_words({"author": [{"family": "Serge"}]}) == set()
    # titles with no word close to one another score 0.0 either way
    assert best_title_similarity({"title": "Harbour Lights"}, work) == best_title_similarity(work, {"title": "Harbour Lights"}) == 0.0


def test_title_holds_in_order():
    from notecite.link.matching import title_holds_in_order
    assert title_holds_in_order("Early Recollections of Washington City", "Recollections of Washington")
    assert title_holds_in_order("A Sketch of the Capture of Washingtom by the British", "Capture of Washington")  # OCR slip
    # words left out between the short title's words
    assert title_holds_in_order("Papers Relating to the Affairs of the Colony of Georgia", "Papers of Georgia")
    assert not title_holds_in_order("Early Recollections of Washington City", "Washington Recollections")
    assert not title_holds_in_order("Early Recollections", "") and not title_holds_in_order(None, "Early")


def test_title_abbreviates():
    from notecite.link.matching import title_abbreviates
    assert title_abbreviates("Memoires Ecclesiastiques", "Mem. Eccles")
    assert title_abbreviates("Historia Persecutionis Vandalicae", "Hist. Persecut. Vandal.")
    assert title_abbreviates("Annales de la Bibliotheca Graeca", "Bibliot. Graec.")  # a run inside the title
    assert not title_abbreviates("Memoires Ecclesiastiques", "Mem.")  # one word is too little
    assert not title_abbreviates("Memoires Ecclesiastiques", "Me. Ec.")  # cut shorter than three letters
    assert not title_abbreviates("Memoires Ecclesiastiques", "Eccles. Mem.")  # out of order
    assert not title_abbreviates(None, "Mem. Eccles")


def test_title_shortens():
    from notecite.link.matching import title_shortens, word_shortens
    assert title_shortens("Der deutsche Bergarbeiterstreik", "Der deut. B-streik")  # a hyphen for the letters left out
    assert title_shortens("Geschichte und Kritik des Bergarbeiterstreiks", "Gesch. u. Kritik des B-streiks")
    assert title_shortens("Die soziale Frage", "Die soz. Frage")
    assert not title_shortens("Die soziale Frage", "Die soziale Frage")  # nothing shortened: not this test's case
    assert not title_shortens("Die neuen Wahlen", "Der deut. B-streik")
    assert not title_shortens("Frage der Zeit", "Zeit der Frage")  # out of order
    assert word_shortens("u", True, "und") and not word_shortens("u", False, "und")  # a letter needs its period
    assert word_shortens("b-str", True, "bergarbeiterstreik") and not word_shortens("b-str", True, "berg-arbeit")
    assert not title_shortens(None, "Der deut. B-streik") and not title_shortens("Die soziale Frage", "")


def test_title_words_that_differ_at_both_ends_are_different_words():
    from notecite.link.matching import _word_match

    assert _word_match("leinin", "lenin") > 0  # an OCR slip inside the word
    assert _word_match("histoire", "history") > 0  # same opening
    assert _word_match("notation", "nations") == 0  # alike only in the middle
    assert _word_match("creation", "relations") == 0


def test_near_finds_every_filed_word_within_the_cutoff_whenever_words_are_filed_or_asked():
    """near() against a brute-force scan: words asked before, between and after filings (a word
    asked early must still find the close words filed after it), anchored and not, at the
    cutoffs the linker uses."""
    import random

    from rapidfuzz import fuzz

    from notecite.link.matching import FuzzyIndex, anchored, title_word_index

    rng = random.Random(11)
    stems = ["kal", "omi", "ser", "gev", "ant", "ron", "ist", "ian", "ele"]
    vocabulary = ["".join(rng.choice(stems) for _ in range(rng.randint(1, 4))) for _ in range(300)]
    vocabulary += [w[:i] + rng.choice("aeiklmnorst") + w[i + 1:] for w in vocabulary[:150]
                   for i in [rng.randrange(len(w))]]  # one-letter slips: many words near each other
    for index in (title_word_index(), FuzzyIndex(84.0), FuzzyIndex(69.0)):
        filed: list[str] = []
        asked = rng.sample(vocabulary, 120)
        for n, word in enumerate(rng.sample(vocabulary, 200)):
            index.add(n, [word])
            filed.append(word)
            if n % 9 == 0:
                index.near(asked[n // 9])  # asked now, compared again as words are filed
        for word in asked + vocabulary[:60]:
            expected = {other for other in filed
                        if fuzz.ratio(word, other) >= index.cutoff and anchored(word, other, index.anchor)}
            assert index.near(word) == expected, word
        assert sum(len(index.near(word)) > 1 for word in asked) > 10  # the test has near words to find


def test_work_index_name_filter_keeps_every_name_ever_filed_and_passes_records_naming_nobody_now():
    from notecite.link.matching import WorkIndex

    index = WorkIndex(("author",), 0.85)
    index.add(1, {"title": "Memoirs", "author": [{"family": "Serge"}]})
    index.add(2, {"title": "Memoirs", "author": [{"family": "Trotsky"}]})
    index.add(2, {"title": "Memoirs"})  # it names nobody now: any names may be its own
    index.add(3, {"title": "Memoirs", "author": [{"family": "Mett"}]})
    index.add(3, {"title": "Memoirs", "editor": [{"family": "Avrich"}]})  # Mett stays filed; nobody named as author
    index.add(3, {"title": "Memoirs", "author": [{"family": "Avrich"}]})
    assert index.find({"title": "Memoirs"}, 0.8, ["serge"]) == {1, 2}
    assert index.find({"title": "Memoirs"}, 0.8, ["met"]) == {2, 3}
    assert index.find({"title": "Memoirs"}, 0.8, ["avrich"]) == {2, 3}


def test_fuzzy_index_among_is_what_find_returns_of_the_items_given():
    from notecite.link.matching import FuzzyIndex

    index = FuzzyIndex(84)
    for item, names in enumerate([["serge"], ["trotsky"], ["serges", "mett"], ["sergé"], ["avrich"]]):
        index.add(item, names)
    for words in (["serge"], ["trotski", "met"], ["nobody"], []):
        for items in ({0, 1, 2, 3, 4}, {1, 2}, set()):
            assert index.among(items, words) == items & index.find(words)



def test_fuzzy_index_filed_under_keeps_the_items_given_filed_under_the_very_words():
    from notecite.link.matching import FuzzyIndex

    index = FuzzyIndex(79)
    for item, names in enumerate([["serge"], ["sergi"], ["mett", "serge"]]):
        index.add(item, names)
    assert index.filed_under({0, 1, 2, 7}, ["serge"]) == {0, 2}  # not "sergi", however close
    assert index.filed_under({0, 1}, ["sergi", "mett"]) == {1}
    assert index.filed_under({0, 1, 2}, ["nobody"]) == set() and index.filed_under(set(), ["serge"]) == set()
    assert index.filed_under([2, 0, 1, 2], ("serge", "serge")) == {0, 2}  # any iterable, any words: a set


def test_a_word_and_its_opposite_are_two_title_words():
    from notecite.link.matching import negates, title_similarity

    assert negates("unarmed", "armed") and negates("impossible", "possible") and not negates("armed", "armed")
    assert not negates("inn", "n") and not negates("reform", "form")
    assert title_similarity("Prophet Unarmed", "The Prophet Armed: Trotsky 1879-1921") < 0.6
    assert title_similarity("Prophet Armed", "The Prophet Armed: Trotsky 1879-1921") == 1.0
    assert title_similarity("Leinin and Trotsky", "Lenin and Trotsky") > 0.9  # an OCR slip is still the word


def test_a_word_stands_for_a_close_word_its_opening_or_a_contraction():
    from notecite.link.matching import title_holds_words, word_stands_for
    assert word_stands_for("col", "colonial") and word_stands_for("docs", "documents")
    assert word_stands_for("colonail", "colonial")  # an OCR slip
    assert not word_stands_for("docs", "dock") and not word_stands_for("co", "colonial")
    assert not word_stands_for("dots", "documents")  # letters out of the word
    assert title_holds_words("Documents Relating to the Colonial History of New York", "Col. Docs.")
    assert not title_holds_words("Documents Relating to the Colonial History of New York", "Colonial Papers")
    assert not title_holds_words("Documents Relating to the Colonial History", "Colonial")  # one word: too few


def test_a_title_shortened_with_another_number_is_not_shortened_from_it():
    from notecite.link.matching import title_shortens
    assert title_shortens("Document No. 90, Senate Docs.", "Doc. No. 90")
    assert not title_shortens("Document No. 90, Senate Docs.", "Doc. No. 425")
    assert title_shortens("Deutschland im achtzehnten Jahrhundert", "Deutschland im 18. Jahrh")  # no number to compare


def test_a_short_title_from_inside_a_long_one_keeps_its_phrases():
    from notecite.link.matching import title_keeps_phrases
    full = "Selections from the Public Documents of the Province of Nova Scotia"
    assert title_keeps_phrases(full, "Public Documents of Nova Scotia")  # a phrase left out at "of"
    assert title_keeps_phrases("Mémoires sur le Canada, 1749-1760", "Mémoires, 1749-1760")  # … at a comma
    assert not title_keeps_phrases(full, "Public Province")  # run together: two phrases of the full title
    assert not title_keeps_phrases("Documents Relating to the Colonial History of the State of New York",
                                   "Colonial New York")


def test_work_index_tests_titles_word_by_word_only_for_works_holding_a_close_word_for_every_asked_word():
    from notecite.link.matching import WorkIndex, best_title_similarity

    index = WorkIndex(("author",), 0.85)
    index.add(1, {"title": "Exile Revolution Capital", "author": [{"family": "Serge"}]})  # the rare word only
    index.add(2, {"title": "Exile Revolutoin Memoirs", "author": [{"family": "Serge"}]})  # every word, one slipped
    index.add(3, {"title": "Memoirs of a Revolution"})  # nameless: every word, in another order
    index.add(4, {"title": "Capital Revolution Memoirs", "author": [{"family": "Serge"}]})
    for n in range(5, 25):  # common words: "exile" stays the rarest
        index.add(n, {"title": "Revolution Memoirs Studies", "author": [{"family": f"Name{n}"}]})
    asked = {"title": "Exile Revolution Memoirs", "author": [{"family": "Serge"}]}
    tested = []
    in_order, as_bag = index._in_order, index._as_bag
    index._in_order = lambda handle, *args: tested.append(handle) or in_order(handle, *args)
    index._as_bag = lambda handle, *args: tested.append(handle) or as_bag(handle, *args)
    assert index.find(asked, 0.9, ["serge"]) == {2}
    assert set(tested) == {2}  # 1 holds no word close to "memoirs": never tested
    assert best_title_similarity(asked, {"title": "Exile Revolution Capital"}) < 0.9
    tested.clear()
    assert index.find(asked, 0.6, ["serge"]) == {1, 2, 3, 4}  # two of three words suffice: all tested as before
    assert index._holding_all({1, 2, 3, 4, 5}, ["exile", "memoirs"]) == {2}
    assert index._holding_all(set(), ["exile"]) == set() and index._holding_all({1, 3}, []) == {1, 3}


def test_a_volume_field_holding_the_volumes_own_title_names_the_work_too():
    from notecite.link.matching import titles_of

    record = {"title": "Trotsky", "volume": "4, The Darker the Night the Brighter the Star, 1927–1940"}
    assert titles_of(record) == ["Trotsky", "The Darker the Night the Brighter the Star"]  # (its years left out)
    assert titles_of({"title": "Capital", "volume": "1: State and Bureaucracy"})[1] == "State and Bureaucracy"
    for volume in ("4", "33, Vol. iii", "2, Part 1", "IV"):  # a number, or a number and another division: no title
        assert titles_of({"title": "Works", "volume": volume}) == ["Works"], volume


def test_a_work_is_also_known_by_the_last_word_of_a_double_family_name_when_linking():
    from notecite.link.matching import known_as

    work = {"author": [{"family": "Mondragon-Valdez", "given": "Maria"}, {"family": "Dunn Cavelty", "given": "Myriam"},
                       {"family": "Ortega y Gasset", "given": "José"}, {"family": "Le Bon", "given": "Gustave"}]}
    assert known_as(work) == ["mondragonvaldez", "dunncavelty", "ortegaygasset", "lebon"]
    assert known_as(work, given_words=True) == ["mondragonvaldez", "dunncavelty", "ortegaygasset", "lebon", "valdez",
                                                "cavelty", "gasset"]  # "Bon" is too short a word to name anyone


def test_a_work_titled_by_a_persons_own_writings_is_known_by_that_person_when_linking():
    from notecite.link.matching import known_as

    work = {"title": "The Journal of Benjamin Moran, 1857–1865", "editor": [{"family": "Wallace"}]}
    assert known_as(work, ("editor",)) == ["wallace"]
    assert known_as(work, ("editor",), given_words=True) == ["wallace", "moran"]
    assert known_as({"title": "The Life of George Washington"}, given_words=True) == []  # a life is someone else's


def test_title_initials_are_those_of_its_capitalised_words_with_or_without_its_article():
    assert title_initials("Karl Marx's Theory of Revolution") == {"KMTR"}
    assert title_initials("The Prophet Armed: Trotsky, 1879–1921") == {"TPA", "PA", "TPAT", "PAT"}
    assert title_initials("Capital") == set()  # one letter is no acronym


def test_a_word_a_line_break_hyphen_cuts_matches_it_whole():
    from notecite.link.matching import title_similarity

    assert title_similarity("Prophet Outcast", "The Prophet Out-cast") >= 0.9
    assert title_similarity("Bolshevik Revolution", "The Bolshevik Revolu-tion, 1917-1923") == 1.0
    # the whole word only when the other title has it: "folie-suicide" is no "foliesuicide" of "Suicide"
    assert title_similarity("Suicide et folie-suicide", "Suicide") < 0.9
