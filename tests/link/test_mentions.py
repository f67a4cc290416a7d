from notecite.document.model import Note
from notecite.library import Citation, Library
from notecite.link.mentions import add_title_mentions
from notecite.link.model import NoteCite


def _library(*records: dict) -> Library:
    """A linked library whose every record is cited in full in note 1."""
    library = Library(records=[dict(r) for r in records])
    library.citations = [Citation(document="d.txt", note=1, record_id=r["id"], kind="full", start=0, end=10)
                         for r in records]
    return library


def _mentions(library: Library, *texts: str, italic: list | None = None, cites: tuple = ()) -> list[tuple]:
    """The citations add_title_mentions adds for notes 2, 3… of ``texts``: (note, record id, locator, text)."""
    notes = [Note(number=i, text=text, italic_spans=italic or []) for i, text in enumerate(texts, start=2)]
    before = len(library.citations)
    add_title_mentions(library, notes, list(cites))
    assert len(library.citations) >= before
    return [(c.note, c.record_id, c.locator, c.text) for c in library.citations if c.kind == "mention"]


MEMOIRS = {"id": "serge", "title": "Memoirs of a Revolutionary", "author": [{"family": "Serge", "given": "Victor"}]}
PROPHET = {"id": "prophet", "title": "The Prophet Armed: Trotsky, 1879–1921", "author": [{"family": "Deutscher"}]}
FEDERALIST = {"id": "fed", "title": "The Federalist", "author": [{"family": "Hamilton"}]}


def test_a_title_named_again_in_prose_is_a_mention_of_its_work_with_the_pinpoint_after_it():
    library = _library(MEMOIRS, PROPHET)
    found = _mentions(library, "As Serge wrote in the Memoirs of a Revolutionary, p. 12, the defeat had many fathers.",
                      "The argument of The Prophet Armed is that the revolution devoured its makers.")
    assert found == [(2, "serge", "12", "Memoirs of a Revolutionary"), (3, "prophet", None, "Prophet Armed")]
    assert [c.note for c in library.citations] == [1, 1, 2, 3]  # in note order


def test_a_pinpoint_written_before_the_title_in_brackets_is_its_pinpoint():
    library = _library({"id": "nh", "title": "New Haven Antiquities"})
    found = _mentions(library, "A sentence was passed in 1643 (p. 114, New Haven Antiquities), as the record shows.")
    assert found == [(2, "nh", "114", "New Haven Antiquities")]


def test_a_possessive_and_a_noun_for_a_work_mention_the_one_work_of_that_author():
    library = _library(MEMOIRS, PROPHET, {"id": "destiny", "title": "Destiny of a Revolution", "author": [{"family": "Serge"}]})
    found = _mentions(library, "Deutscher's fine biography, 3:41, is kinder; Serge's memoir is not.",
                      "Tolstoy's novels say nothing of it; Deutscher's account is silent.",
                      "Deutscher’s trilogy.", cites=(NoteCite(document="d.txt", note=4, kind="full", record={}, start=0, end=19),))
    assert found == [(2, "prophet", "3:41", "Deutscher's fine biography"), (3, "prophet", None, "Deutscher's account")]


def test_a_title_in_italics_of_its_own_is_no_piece_of_a_longer_title():
    library = _library({"id": "star", "title": "Red Star: A Memoir"}, PROPHET)
    text = "Both The Prophet Armed and Red Star tell of the same congress."
    italic = [(5, 22), (27, 35)]
    assert _mentions(library, text, italic=italic) == [(2, "prophet", None, "Prophet Armed"), (2, "star", None, "Red Star")]
    library = _library({"id": "star", "title": "Red Star: A Memoir"}, PROPHET)  # in one italic run: a longer title
    assert _mentions(library, text, italic=[(5, 35)]) == [(2, "prophet", None, "Prophet Armed")]


def test_a_title_of_one_common_word_is_a_mention_only_as_someones_work():
    diaries = {"id": "diaries", "title": "Diaries", "author": [{"family": "Okafor"}]}
    found = _mentions(_library(diaries, PROPHET), "In his Diaries he is kinder.", "Okafor’s Diaries say less.",
                      "The Diaries of the period are lost.", "Hale's Diaries were burnt.", "Diaries, 4, tell more.")
    assert found == [(2, "diaries", None, "Diaries"), (3, "diaries", None, "Diaries")]


def test_a_title_alone_in_a_bracket_with_its_page_is_a_mention():
    """``(Considerations, 29)``: a bracket holding a title and its page is a short form set apart; one common word so
    bracketed is its work after its author is named in the note, and no mention without the page or the author."""
    diaries = {"id": "diaries", "title": "Diaries", "author": [{"family": "Okafor"}]}
    found = _mentions(_library(diaries), "As Okafor notes, the trait was its divorce from practice (Diaries, 29).",
                      "The trait was its divorce from practice (Diaries, 29).",
                      "As Okafor notes, the trait was its divorce from practice (Diaries).")
    assert found == [(2, "diaries", "29", "Diaries")]
    gnosis = {"id": "gn", "title": "Gnosticon", "author": [{"family": "Okafor"}]}
    found = _mentions(_library(gnosis), "The trait was its divorce from practice (Gnosticon, 29).",
                      "The trait was its divorce from practice, Gnosticon, 29, says.")
    assert found == [(2, "gn", "29", "Gnosticon")]


def test_title_words_in_common_prose_are_no_mention():
    library = _library(MEMOIRS, PROPHET)
    assert _mentions(library, "Many memoirs of a revolutionary kind appeared; history was kind to them.",
                     "the prophet armed is a figure of speech.") == []


def test_one_rare_word_is_a_title_only_set_apart_and_at_a_pinpoint():
    library = _library(FEDERALIST, {"id": "capital", "title": "Capital", "author": [{"family": "Marx"}]})
    found = _mentions(library, "Madison makes the point in the Federalist, no. 51, where ambition counters ambition.",
                      "The Federalist papers were widely read.", "Capital, p. 4, was scarce in the colonies.")
    assert found == [(2, "fed", "no. 51", "Federalist")]


def test_an_italic_single_word_title_with_its_pinpoint_is_a_mention():
    library = _library({"id": "gr", "title": "Grundrisse", "author": [{"family": "Marx"}]})
    text = "Marx sketches this in Grundrisse, 706, and drops it."
    start = text.index("Grundrisse")
    assert _mentions(library, text, italic=[(start, start + 10)]) == [(2, "gr", "706", "Grundrisse")]
    assert _mentions(_library({"id": "gr", "title": "Grundrisse"}), text) == []  # not set apart


def test_no_mention_inside_another_cite_nor_twice_in_a_note_nor_where_the_note_cites_the_work():
    library = _library(MEMOIRS)
    text = "Serge, Memoirs of a Revolutionary, 4. Later, in the Memoirs of a Revolutionary, he changed his mind."
    cite = NoteCite(document="d.txt", note=2, kind="short", record={}, start=0, end=37)
    assert _mentions(library, text, cites=(cite,)) == [(2, "serge", None, "Memoirs of a Revolutionary")]
    library = _library(MEMOIRS)
    library.citations.append(Citation(document="d.txt", note=2, record_id="serge", kind="short", start=0, end=5))
    assert _mentions(library, "Ibid. In the Memoirs of a Revolutionary he says so.") == []
    library = _library(MEMOIRS)
    assert len(_mentions(library, "The Memoirs of a Revolutionary, and again the Memoirs of a Revolutionary.")) == 1


def test_a_title_of_two_works_or_inside_a_longer_title_names_neither():
    library = _library({"id": "m35", "title": "Underwriting Manual", "issued": {"date-parts": [[1935]]}},
                       {"id": "m36", "title": "Underwriting Manual", "issued": {"date-parts": [[1936]]}})
    assert _mentions(library, "The Underwriting Manual, p. 3, was rewritten.") == []
    library = _library({"id": "frus", "title": "Foreign Relations of the United States: Diplomatic Papers, 1938"})
    assert _mentions(library, "First printed in Papers Relating to the Foreign Relations of the United States, 1914.") == []


def test_titles_that_name_people_letters_or_bodies_are_no_mention_unless_set_apart_as_titles():
    library = _library({"id": "p", "title": "Antonio Pérez"}, {"id": "l", "title": "Shirley to Robinson"},
                       {"id": "d", "title": "Department of State"},
                       {"id": "b", "title": "Bermúdez de Castro", "author": [{"family": "Bermúdez de Castro"}]},
                       {"id": "league", "title": "League of the Iroquois", "author": [{"family": "Morgan"}]})
    assert _mentions(library, "Antonio Pérez fled; Shirley to Robinson was the usual way the orders went.",
                     "The Department of State kept no copy; Bermúdez de Castro says as much.",
                     "Morgan founded no League of the Iroquois.") == []
    assert _mentions(library, "His work, The League of the Iroquois, is thorough.") == [
        (2, "league", None, "League of the Iroquois")]


def test_a_title_opening_on_a_given_name_is_no_name_when_it_holds_lower_case_words():
    works = ({"id": "d", "title": "Destiny of a Revolution", "author": [{"family": "Serge"}]},
             {"id": "g", "title": "Grace Abounding", "author": [{"family": "Bunyan"}]})
    assert _mentions(_library(*works), "Serge makes the same point in Destiny of a Revolution.") == [
        (2, "d", None, "Destiny of a Revolution")]
    assert _mentions(_library(*works), "Grace Abounding was there too.") == []  # a given and a family name, perhaps
def test_title_mentions_are_found_with_the_cycle_collector_paused(monkeypatch):
    import gc

    import notecite.link.mentions as mentions

    seen = []
    title_forms = mentions._title_forms
    monkeypatch.setattr(mentions, "_title_forms", lambda library: seen.append(gc.isenabled()) or title_forms(library))
    assert gc.isenabled()
    _mentions(_library(MEMOIRS), "As the Memoirs of a Revolutionary tell it, p. 4.")
    assert seen == [False] and gc.isenabled()


def test_a_title_after_its_authors_name_and_comma_is_a_mention_even_of_two_capitalised_words():
    lands = {"id": "lands", "title": "Promised Lands: Promotion and Memory", "author": [{"family": "Wrobel"}]}
    diaries = {"id": "diaries", "title": "Diaries", "author": [{"family": "Okafor"}]}
    found = _mentions(_library(lands, diaries), "Wrobel, Promised Lands; for an example see the valley's papers.",
                      "Okafor, Diaries, tell more.", "In Promised Lands we read less.", "Hale, Promised Lands, is another.")
    assert found == [(2, "lands", None, "Promised Lands"), (3, "diaries", None, "Diaries")]


def test_a_titles_key_is_its_words_folded_as_one_text():
    """_key folds word by word: the same as folding the words joined (accents, capitals, a final sigma)."""
    from notecite.link.mentions import _WORD, _key
    from notecite.parse.dictionaries import fold

    for title in ("Éditions de l’Œuvre: Œuvres complètes", "ΟΔΟΣ ΣΤΟΝ ΚΟΣΜΟ", "Die Große Ｆｒａｇｅ, ﬁn", "Cafe\u0301 crème"):
        assert _key(title) == fold(" ".join(_WORD.findall(title)))
