"""Language of a record from its title: right or silent, never wrong, on labelled titles."""
from pathlib import Path

from notecite.normalize.language import add_language, detect

TITLES = Path(__file__).resolve().parents[1] / "data" / "normalize" / "titles-language.tsv"


def labelled():
    return [line.split("\t") for line in TITLES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_no_title_gets_a_wrong_language_and_most_get_theirs():
    rows = labelled()
    answers = [(lang, detect(title), title) for lang, title in rows]
    wrong = [(lang, got, title) for lang, got, title in answers if got is not None and got != lang]
    right = sum(1 for lang, got, _ in answers if got == lang)
    assert wrong == []
    assert right >= 0.85 * len(rows), (right, len(rows))
    foreign = [(lang, got) for lang, got, _ in answers if lang != "en"]
    assert sum(1 for lang, got in foreign if got == lang) >= 0.85 * len(foreign)


def test_undecided_titles_stay_unset():
    for title in ("Rosa Luxemburg", "Men in Prison", "La Commune de Paris", ""):
        assert detect(title) is None, title


def test_scripts_and_letters():
    assert detect("Преданная революция") == "ru"
    assert detect("Über die Größe") == "de"


def test_add_language_never_replaces_one_and_uses_the_container():
    record = {"type": "book", "title": "Das Silber des Meeres", "language": "en"}
    add_language(record)
    assert record["language"] == "en"
    article = {"type": "article-journal", "title": "Trente Ans", "container-title": "La Revolution Proletarienne"}
    add_language(article)
    assert article["language"] == "fr"


def test_an_english_style_keeps_the_authors_casing_of_a_german_title(tmp_path):
    from notecite.csl.render import render_bibliography
    from notecite.pipeline import extract
    article = tmp_path / "a.txt"
    article.write_text("Text.(1)\n\nNotes\n1. Anna Seghers, Das Silber des Meeres (Berlin: Aufbau, 1950), 12.\n",
                       encoding="utf-8")
    library = extract([article])
    record = next(r for r in library if "Silber" in r.get("title", ""))
    assert record["language"] == "de"
    assert "Das Silber des Meeres" in render_bibliography([record], "chicago-notes-bibliography")[0]


def test_a_letter_particular_to_a_language_counts_for_it():
    from notecite.normalize.language import scores

    for title, language in [("Über die Räte", "de"), ("Año nuevo", "es"), ("A revolução", "pt")]:
        assert scores(title).get(language, 0) >= 1.5, title
    assert scores("Xö") == {"de": 1.5} and scores("Xo") == {}
