from notecite.normalize import normalize_fields
from notecite.normalize.writers import writer_named


def test_a_journal_letter_or_relation_of_a_person_names_its_writer():
    assert writer_named("Relation de Godefroy") == "Godefroy"
    assert writer_named("Journal of Major Washington") == "Washington"
    assert writer_named("Journal of Conrad Weiser") == "Conrad Weiser"
    assert writer_named("Lettre de M. Bigot") == "Bigot"
    assert writer_named("Lettre du Père La Roche Dallion") == "La Roche Dallion"
    assert writer_named("Journal de Campagne de M. de Villiers depuis son Arrivée au Fort") == "Villiers"
    assert writer_named("Letters of Robert Stobo, Hostage at Fort Duquesne") == "Robert Stobo"
    assert writer_named("letter of Duquesne") == "Duquesne"  # in prose: "compare the letter of Duquesne in …"


def test_a_periodical_a_subject_a_place_or_several_writers_name_no_writer():
    for title in ["Journal of Commerce", "Journal of American History", "Journal of Political Economy", "Journal de Paris",
                  "Journal des Débats", "Journal of a Naval Officer", "Relation du Combat du 9 Juillet", "Relation of 1660",
                  "Journal of Braddock's Expedition", "Letters of Philip, second Earl of Chesterfield",
                  "Correspondance de Montcalm, Vaudreuil, et Lévis", "Life of Washington", "Memoirs of Ireland"]:
        assert writer_named(title) is None, title


def test_the_writer_named_in_the_title_is_the_author_when_the_cite_names_none():
    record = normalize_fields([("title", "Journal of Conrad Weiser,"), ("date", "1748.")]).record
    assert record["author"] == [{"given": "Conrad", "family": "Weiser"}]
    record = normalize_fields([("title", "Relation de Godefroy,"), ("editor", "in Shea,"),
                               ("container-title", "Bataille du Malangueulé.")]).record
    assert record["author"] == [{"family": "Godefroy"}] and record["title"] == "Relation de Godefroy"
    record = normalize_fields([("author", "Orme,"), ("title", "Journal of Conrad Weiser.")]).record
    assert record["author"] == [{"family": "Orme"}]


def test_a_manuscript_note_by_a_person_is_that_persons_manuscript():
    assert writer_named("MS. Note by Mr. George Métivier") == "George Métivier"
    record = normalize_fields([("title", "MS. note by Mr. Métivier.")], kind="mention").record
    assert record["type"] == "manuscript" and record["author"] == [{"family": "Métivier"}]
