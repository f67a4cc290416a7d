"""CSL names ↔ pybtex Person."""
import pytest
from pybtex.database import Person

from notecite.formats.bibnames import from_person, split_names, to_person

NAMES = [
    {"family": "Serge", "given": "Victor"},
    {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"},
    {"family": "Cruz", "given": "Juana Inés", "dropping-particle": "de la"},
    {"family": "Beauvoir", "given": "Simone", "dropping-particle": "de"},
    {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
    {"family": "Gogh", "given": "Theo", "non-dropping-particle": "van", "suffix": "III"},
    {"literal": "Confédération générale du travail"},
    {"literal": "Smith, Jones & Co."},
    {"family": "Plato"},
    {"family": "Le Goff", "given": "Jacques"},
    {"family": "Ngũgĩ wa Thiong'o", "given": "James"},
    {"family": "hooks", "given": "bell"},
]


@pytest.mark.parametrize("name", NAMES, ids=lambda n: n.get("family") or n.get("literal"))
@pytest.mark.parametrize("ascii", [False, True])
def test_round_trip_through_bibtex_name_string(name, ascii):
    person = to_person(name, ascii=ascii)
    reparsed = Person(str(person))  # what a .bib file gives back
    assert from_person(reparsed) == name


def test_bibtex_forms():
    assert str(to_person({"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"})) == "van Gogh, Vincent"
    assert str(to_person({"family": "Beauvoir", "given": "Simone", "dropping-particle": "de"})) == "Beauvoir, Simone de"
    assert str(to_person({"family": "King", "given": "Martin Luther", "suffix": "Jr."})) == "King, Jr., Martin Luther"
    assert str(to_person({"literal": "World Health Organization"})) == "{World Health Organization}"


def test_reads_first_last_order_and_accents():
    people = split_names(r"Kurt G{\"o}del and Charles-Jean de la Vall{\'e}e Poussin and Ludwig van Beethoven")
    assert [from_person(p) for p in people] == [
        {"family": "Gödel", "given": "Kurt"},
        {"family": "Vallée Poussin", "given": "Charles-Jean", "non-dropping-particle": "de la"},
        {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
    ]


def test_tilde_in_initials_is_a_space():
    assert from_person(Person("Tolkien, J.~R.~R.")) == {"family": "Tolkien", "given": "J. R. R."}
