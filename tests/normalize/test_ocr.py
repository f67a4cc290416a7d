import pytest

from notecite.normalize.base import Draft
from notecite.normalize.ocr import FlagOcr, near_name, scan


@pytest.mark.parametrize(
    "label, text, snippet",
    [
        ("title", "Mid&night in the Century", "Mid&night"),
        ("title", "The Revo#lution Betrayed", "Revo#lution"),
        ("author", "0 Morali", "0 Morali"),
        ("title", "0rwell and the Left", "0rwell"),
        ("title", "Revo1ution Betrayed", "Revo1ution"),
        ("title", "C0mmunism and Terrorism", "C0mmunism"),
        ("date", "l987", "l987"),
        ("date", "19l7", "19l7"),
        ("pages", "1O5", "1O5"),
        ("title", "From Leinin to Stalin", "Leinin"),
        ("title", "the Executive Committee of the Comintem", "Comintem"),
        ("author", "Leon Trolsky", "Trolsky"),
        ("author", "Nikolai Bukbarin", "Bukbarin"),
        ("title", "Stalinisrn and Bolshevism", "Stalinisrn"),
    ],
)
def test_suspicious(label, text, snippet):
    found = scan(label, text)
    assert snippet in [s for s, _ in found], found


@pytest.mark.parametrize(
    "label, text",
    [
        ("author", "Victor Serge"),
        ("title", "Memoirs of a Revolutionary"),
        ("publisher", "Writers & Readers"),
        ("publisher", "Holt & Rhinehart"),
        ("title", "AT&T and the State"),
        ("title", "Soviet Workers and Stalinist Industrialization"),
        ("title", "The Case of Comrade Tulayev"),
        ("title", "Vers L’Autre Flamme"),
        ("title", "Trente Ans Apres La Revolution Russe"),
        ("title", "Theses of the Left Communists (1918)"),
        ("author", "Kurt Weill"),
        ("author", "Lev Trotskij"),
        ("author", "Lev Kamenew"),
        ("title", "The 1930s and 1940s"),
        ("title", "B52 Raids"),
        ("pages", "xii-xv"),
        ("pages", "18, 276n"),
        ("pages", "45ff."),
        ("date", "Nov. 1947"),
        ("date", "1936-40"),
        ("volume", "XII"),
        ("title", "Geschichte der Kommunistischen Internationale"),
        ("title", "Naissance de notre force"),
    ],
)
def test_clean_text_is_not_flagged(label, text):
    assert scan(label, text) == []


def test_near_name():
    assert near_name("Leinin") == "Lenin"
    assert near_name("Comintem") == "Comintern"
    assert near_name("Leinin's") == "Lenin"
    assert near_name("Lenin") is None
    assert near_name("Memoirs") is None
    assert near_name("Weill") is None


def test_normalizer_flags_without_changing_or_consuming():
    fields = [("title", "Mid&night in the Century"), ("author", "0 Morali"), ("date", "1947")]
    draft = Draft(fields=list(fields))
    FlagOcr()(draft)
    assert draft.fields == fields
    assert draft.record == {}
    assert {(f["field"], f["text"]) for f in draft.flags} == {("title", "Mid&night"), ("author", "0 Morali")}
    assert all(set(f) == {"field", "text", "reason"} for f in draft.flags)


def test_huge_word_is_not_expanded_into_variants():
    # 7.9 GB before (the variants of a 40,000-letter word): found by fuzzing
    import tracemalloc

    word = "Leinin" + "a" * 40_000
    tracemalloc.start()
    assert near_name(word) is None
    assert scan("author", f"Victor Serge and {word}") == []
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 5_000_000


def test_cuts_are_the_word_less_one_letter_or_two_neighbouring_letters():
    from notecite.normalize.ocr import _cuts

    assert _cuts("abcd") == {"abcd", "bcd", "acd", "abd", "abc", "cd", "ad", "ab"}


@pytest.mark.parametrize("word", ["Leinin", "Comintem", "Trolsky", "Bukbarin", "Stalinisrn", "LENlN", "Marcnse"])
def test_a_damaged_name_shares_a_cut_with_its_name_and_a_plain_word_none(word):
    from notecite.normalize.lexicon import NAMES_FOLDED
    from notecite.normalize.ocr import _cuts, _name_cuts, _ocr_variants

    assert not _cuts(word.casefold()).isdisjoint(_name_cuts())
    assert near_name(word) is not None
    plain = "Quantitative"
    assert _cuts(plain.casefold()).isdisjoint(_name_cuts())
    assert not any(variant.casefold() in NAMES_FOLDED for variant in _ocr_variants(plain))
