import pytest

from notecite.keys import (DEFAULT_FORMAT, KeyFormat, KeyFormatError, ascii_fold, assign_keys, base_key, creators,
                           first_creator, title_words)


def rec(family, year, title, **extra):
    record = {"type": "book", "title": title, "author": [{"family": family, "given": "X"}],
              "issued": {"date-parts": [[year]]}}
    record.update(extra)
    return record


def test_base_key_skips_stopwords_and_folds_to_ascii():
    assert base_key(rec("Serge", 1963, "Memoirs of a Revolutionary")) == "serge1963memoirs"
    assert base_key(rec("Sérge", 1940, "Le Portrait de Staline")) == "serge1940portrait"
    assert base_key(rec("Łukasiewicz", 1929, "The Elements")) == "lukasiewicz1929elements"


def test_particle_is_part_of_the_key_when_non_dropping():
    record = rec("Gogh", 1890, "Letters")
    record["author"][0]["non-dropping-particle"] = "van"
    assert base_key(record) == "vangogh1890letters"


def test_never_a_bare_number_or_an_empty_author():
    assert base_key({"type": "document", "title": "The Theses of the Left Communists"}) == "anontheses"
    assert base_key({"type": "document", "title": "Theses (1918)", "issued": {"date-parts": [[1977]]}}) == "anon1977theses"
    assert base_key({"type": "book", "title": "0 Morali"}) == "anonmorali"
    assert base_key({"type": "document"}) == "anon"
    editor_only = {"type": "book", "title": "Birth of Our Power", "editor": [{"family": "Sedgwick", "given": "P."}]}
    assert base_key(editor_only) == "sedgwickbirth"
    assert KeyFormat.parse("year")({"type": "book", "issued": {"date-parts": [[1990]]}}) == "anon1990"


def test_better_bibtex_formulas():
    record = rec("Trotsky", 1937, "The Revolution Betrayed: What Is the Soviet Union")
    record["author"].append({"family": "Eastman", "given": "Max"})
    record["author"].append({"family": "de Beauvoir", "given": "S."})
    assert KeyFormat.parse(DEFAULT_FORMAT)(record) == "trotsky1937revolution"
    assert KeyFormat.parse("auth.lower + shorttitle(3,3) + year")(record) == "trotskyRevolutionBetrayedWhat1937"
    assert KeyFormat.parse("authEtAl + year")(record) == "TrotskyEtAl1937"
    assert KeyFormat.parse("authors(2) + veryshorttitle")(record) == "TrotskyEastmanEtAlrevolution"
    assert KeyFormat.parse("authors + \"_\" + year")(record) == "TrotskyEastmandeBeauvoir_1937"
    assert KeyFormat.parse("title.substring(1,10).upper")(record) == "REVOLUTION"
    assert KeyFormat.parse("auth.capitalize + year")({"type": "book", "author": [{"literal": "Łódź Group"}]}) == "LodzGroup"


@pytest.mark.parametrize("formula", ["auth +", "foo", "auth.bar", "shorttitle(a)", "auth(1)", "auth lower"])
def test_bad_formulas_are_clear_errors(formula):
    with pytest.raises(KeyFormatError, match="key format"):
        KeyFormat.parse(formula)


def test_assign_keys_uses_the_formula_and_keeps_existing_keys():
    records = [rec("Serge", 1963, "Memoirs of a Revolutionary"), {**rec("Serge", 1937, "Destiny"), "id": "mine"}]
    assign_keys(records, KeyFormat.parse("auth.lower + shorttitle(2,2) + year"))
    assert [r["id"] for r in records] == ["sergeMemoirsRevolutionary1963", "mine"]


def test_collisions_are_disambiguated_in_order_and_stable():
    records = [rec("Serge", 1937, "Destiny of a Revolution"), rec("Serge", 1937, "Destiny: a sequel"),
               rec("Serge", 1937, "Destiny again")]
    assign_keys(records)
    assert [r["id"] for r in records] == ["serge1937destiny", "serge1937destinya", "serge1937destinyb"]
    again = [dict(r) for r in records]
    assign_keys(again)
    assert [r["id"] for r in again] == [r["id"] for r in records]


def test_existing_ids_are_kept_and_new_keys_avoid_them():
    records = [rec("Serge", 1937, "Destiny"), {**rec("Serge", 1937, "Destiny"), "id": "serge1937destiny"}]
    assign_keys(records)
    assert records[1]["id"] == "serge1937destiny"
    assert records[0]["id"] == "serge1937destinya"


def test_invalid_or_duplicate_ids_are_replaced():
    records = [{**rec("Serge", 1937, "Destiny"), "id": "has space"}, {**rec("Trotsky", 1937, "Revolution Betrayed"), "id": "k"},
               {**rec("Trotsky", 1936, "Revolution Betrayed"), "id": "k"}]
    assign_keys(records)
    assert [r["id"] for r in records] == ["serge1937destiny", "k", "trotsky1936revolution"]


def test_ascii_fold():
    assert ascii_fold("Révolution prolétarienne") == "revolutionproletarienne"


def test_first_creator_is_the_first_of_the_creators():
    record = {"author": ["not a name", {"family": "!!"}, {"family": "Gogh", "non-dropping-particle": "van"},
                         {"literal": "Łódź Society"}], "editor": [{"family": "Roe"}]}
    assert creators(record) == ["vanGogh", "LodzSociety"]
    assert first_creator(record) == "vanGogh"
    assert first_creator({"author": [{"family": ""}], "editor": [{"family": "Roe"}]}) == "Roe"
    assert creators({"title": "T"}) == [] and first_creator({"title": "T"}) == ""


def test_title_words_up_to_a_limit_are_the_first_words():
    record = {"title": "The Revolution Betrayed: What Is the Soviet Union, 1937"}
    assert title_words(record) == ["Revolution", "Betrayed", "What", "Soviet", "Union"]  # no stopword, no number
    for limit in range(8):
        assert title_words(record, limit) == title_words(record)[:limit]


def test_ascii_word_keeps_letters_and_digits_and_folds_the_rest():
    from notecite.keys import _ascii_word

    assert _ascii_word("Serge's-1937") == "Serges1937"
    assert _ascii_word("Łódź") == "Lodz" and _ascii_word("Æsthetik") == "Aesthetik"
    assert _ascii_word("Straße") == "Strasse" and _ascii_word("") == ""


def test_disambiguate_remembering_tried_suffixes_gives_the_keys_trying_from_a_does():
    import random

    from notecite.keys import disambiguate

    rng = random.Random(5)
    bases = ["serge1987", "serge1987a", "trotsky1937", "serge1987b"]
    plain: set[str] = set()
    remembered: set[str] = set()
    tried: dict[str, int] = {}
    for _ in range(400):  # many records of one key, and keys that look like another's suffixed key
        base = rng.choice(bases)
        a, b = disambiguate(base, plain), disambiguate(base, remembered, tried)
        assert a == b
        plain.add(a)
        remembered.add(b)
    assert tried["serge1987"] > 26  # the two-letter suffixes were reached
