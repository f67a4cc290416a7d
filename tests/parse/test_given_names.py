"""The given-name list (derived by scripts/given_names.py) and how the script reads a name field."""
import importlib.util
from pathlib import Path

from notecite.parse import features as F
from notecite.parse.dictionaries import load

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "given_names.py"


def _script():
    spec = importlib.util.spec_from_file_location("given_names_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_common_given_names_beyond_the_hand_written_seed():
    for name in ("Kate", "Ingrid", "Gareth", "Umberto", "Joachim", "Kathryn"):
        assert F.in_given_names(name) == ["dict=given_names"], name
    assert load("given_names_seed") <= load("given_names")


def test_no_word_of_another_dictionary_or_common_word():
    given = load("given_names")
    for other in ("places", "publishers", "months", "stopwords", "particles", "role_words", "locator_words"):
        assert not (given - load("given_names_seed")) & load(other), other
    for word in ("press", "history", "will", "may", "hope", "united", "states", "garcia", "young"):
        assert word not in given, word


def test_name_fields_are_read_by_shape():
    script = _script()
    assert script.read_person("Crawford, Kate") == (["Kate"], ["Crawford"])
    assert script.read_person("Smith, J., Garcia") == ([], ["Smith"])  # only the words before the next comma
    assert script.read_person("Ingrid Gilcher-Holtey") == (["Ingrid"], ["Holtey"])
    assert script.read_person("Croce B.") == ([], ["Croce"])  # initials only: every full word is a family name
    assert script.read_person("United States Department of State") == ([], [])  # a corporate author
    assert script.persons("Marx, Karl and Friedrich Engels") == ["Marx, Karl", "Friedrich Engels"]
