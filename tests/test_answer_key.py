import json
import subprocess
import sys
from pathlib import Path

import pytest

from notecite.answer_key import load, normalize_locator, score, validate
from notecite.document import read_document
from notecite.library import Citation, Library

KEY = {
    "document": "a.txt",
    "works": [
        {"ref": "memoirs", "required": True, "type": "book", "author": ["Serge"], "title": "Memoirs of a Revolutionary", "year": 1987},
        {"ref": "city", "required": True, "author": [], "title": "Conquered City"},
        {"ref": "wallonie", "required": False, "author": [], "title": "La Wallonie"},
    ],
    "notes": [
        {"note": 1, "cites": [{"work": "memoirs", "kind": "full", "locator": "57–58"}]},
        {"note": 2, "cites": [{"work": "city", "kind": "mention", "locator": None}]},
        {"note": 3, "cites": [{"work": "wallonie", "kind": "mention", "locator": None, "required": False}]},
    ],
}


def test_normalize_locator_expands_ranges_and_unifies_dashes():
    assert normalize_locator("57-8") == normalize_locator("57–58") == "57-58"
    assert normalize_locator("pp. 182-191") == "182-191"
    assert normalize_locator("18, 276n") == "18 276n"
    assert normalize_locator(None) == ""


def test_normalize_locator_drops_label_words_in_any_language_but_keeps_the_volume():
    assert normalize_locator("S. 112") == normalize_locator("pág. 274").replace("274", "112") == "112"
    assert normalize_locator("p. A13") == "a13"
    assert normalize_locator("vol. 1, p. 289") == normalize_locator("1:289") == normalize_locator("t. 1, p. 289") == "1 289"
    assert normalize_locator("289") != normalize_locator("vol. 1, p. 289")
    assert normalize_locator("l. lxxii. p. 1215") == normalize_locator("lxxii. p. 1215") == "lxxii 1215"
    assert normalize_locator("I, 351") == normalize_locator("I. 351")
    assert normalize_locator("12ff.") == normalize_locator("12 ff") == "12ff"
    assert normalize_locator("fols. 457-8") == "457-458"


def test_normalize_locator_reads_an_and_between_the_parts_of_a_list_as_a_comma():
    assert normalize_locator("pp. 1 and 16") == normalize_locator("1, 16") == "1 16"
    assert normalize_locator("9–12, 62–67, and 206–221") == normalize_locator("9-12, 62-67, 206-221")
    assert normalize_locator("A6 & A12") == normalize_locator("A6, A12")
    assert normalize_locator("1 and 16") != normalize_locator("116") and normalize_locator("Sandwich 3") == "sandwich 3"



def test_normalize_locator_reads_cyrillic_lookalikes_as_latin():
    assert normalize_locator("\u0425\u0425, 163") == normalize_locator("XX, 163") == "xx 163"
    assert normalize_locator("[\u0440. 10]") == "10"



def test_normalize_locator_reads_a_page_labels_comma_as_its_stop():
    assert normalize_locator("pp, 45-46") == normalize_locator("45–46") and normalize_locator("p, 4") == "4"
    assert normalize_locator("L. l, c. 9") != normalize_locator("c. 9")  # a book's number is no label


def test_score_counts_duplicates_as_false_and_checks_links():
    library = Library([
        {"id": "m", "type": "book", "title": "Memoirs of a Revolutionary", "author": [{"family": "Serge"}], "issued": {"date-parts": [[1987]]}},
        {"id": "m2", "type": "book", "title": "Memoirs", "author": [{"family": "Serge"}]},
        {"id": "w", "type": "article-newspaper", "title": "La Wallonie"},
    ], citations=[Citation("a.txt", 1, "m", "full", "57-8"), Citation("a.txt", 2, "m2", "mention")])
    result = score(KEY, library)
    assert (result.works_found, result.works_required) == (1, 2)
    assert result.false_works == ["Memoirs"]
    assert result.missed_works == ["Conquered City"]
    assert (result.links_right, result.links_required) == (1, 2)
    assert result.fields_right == result.fields_checked == 5  # memoirs: type, title, author, year; wallonie: title
    assert "precision 0.500" in result.summary()


LETTERS_KEY = {
    "document": "b.txt", "title": "An article", "authors": "A. Writer", "year": 2011, "publication": "A journal",
    "source": "https://example.org/a", "licence": "CC BY 4.0", "language": "en", "conventions": ["chicago-notes"],
    "split": "dev", "keyed": "by hand", "about": "", "first_score": None, "notes_expected": 4,
    "works": [
        {"ref": "memoirs", "required": True, "type": "book", "author": ["Serge"], "title": "Memoirs of a Revolutionary"},
        {"ref": "letter", "required": True, "type": "personal_communication", "author": ["Dewey"], "recipient": ["Hook"],
         "title": "Dewey to Hook", "year": 1938},
        {"ref": "site", "required": False, "type": "webpage", "author": [], "title": "Marxists Internet Archive"},
    ],
    "notes": [
        {"note": 1, "cites": [{"work": "memoirs", "kind": "full", "locator": "67"},
                              {"work": "letter", "kind": "full", "locator": None}]},
        {"note": 2, "cites": [{"work": "memoirs", "kind": "short", "locator": "2–3"}]},
        {"note": 3, "cites": [{"work": "memoirs", "kind": "ibid", "locator": "5"},
                              {"work": "site", "kind": "mention", "locator": None}]},
        {"note": 4, "cites": []},
    ],
}


def test_score_link_precision_locators_and_forms():
    library = Library([
        {"id": "m", "type": "book", "title": "Memoirs of a Revolutionary", "author": [{"family": "Serge"}]},
        {"id": "d", "type": "personal_communication", "title": "Dewey to Hook", "author": [{"family": "Dewey"}],
         "issued": {"date-parts": [[1938]]}},
        {"id": "s", "type": "webpage", "title": "Marxists Internet Archive"},
        {"id": "x", "type": "book", "title": "Again, the author refers to"},
    ], citations=[
        Citation("b.txt", 1, "m", "full", "67"), Citation("b.txt", 1, "d", "full"),
        Citation("b.txt", 2, "m", "short", "2-3"),
        Citation("b.txt", 3, "m", "ibid", "6"),  # right work, wrong pinpoint
        Citation("b.txt", 3, "s", "mention"),  # an optional cite: neither right nor wrong
        Citation("b.txt", 4, "x", "full"),  # prose taken for a work
        Citation("b.txt", 4, "m", "short", "9"),  # a cite the key does not have
    ])
    result = score(LETTERS_KEY, library)
    assert (result.works_found, result.works_required, result.false_works) == (2, 2, ["Again, the author refers to"])
    assert round(result.f1, 3) == 0.8
    assert (result.links_right, result.links_required, result.links_to_work) == (3, 4, 4)
    assert (result.extracted_right, result.extracted_counted) == (3, 6)
    assert result.locator_accuracy == 0.75
    assert result.by_form == {"full": [2, 2], "short": [1, 1], "ibid": [0, 1], "mention": [0, 0]}
    assert result.form_recall("ibid") == 0.0 and result.form_recall("mention") is None
    assert len(result.false_links) == 2 and "note 4" in result.false_links[0]
    pooled = result + score(LETTERS_KEY, library)
    assert (pooled.links_right, pooled.extracted_counted, pooled.by_form["ibid"]) == (6, 12, [0, 2])
    assert pooled.figures()["link_precision"] == 0.5 and pooled.figures()["recall_by_form"]["full"] == "4/4"


def test_untitled_key_work_matches_by_names_and_year():
    key = {"document": "c.txt", "works": [{"ref": "l", "required": True, "type": "personal_communication",
                                           "author": ["Seward"], "container-title": "Message", "year": 1861}],
           "notes": [{"note": 1, "cites": [{"work": "l", "kind": "full", "locator": "12"}]}]}
    letter = {"id": "a", "type": "personal_communication", "author": [{"family": "Seward"}], "issued": {"date-parts": [[1861]]}}
    assert score(key, Library([letter], citations=[Citation("c.txt", 1, "a", "full", "12")])).links_right == 1
    assert score(key, Library([{**letter, "issued": {"date-parts": [[1862]]}}])).works_found == 0


def test_a_side_without_a_title_is_named_by_its_container():
    key = {"document": "c.txt", "works": [
        {"ref": "trib", "required": True, "type": "article-newspaper", "container-title": "New York Tribune"},
        {"ref": "gm", "required": True, "type": "article-magazine", "title": "Gentleman's Magazine",
         "container-title": "Gentleman's Magazine"}], "notes": []}
    library = Library([{"id": "t", "type": "article-newspaper", "container-title": "New York Tribune",
                        "issued": {"date-parts": [[1861, 3, 2]]}},
                       {"id": "g", "type": "article-magazine", "container-title": "Gentleman's Magazine"}])
    assert score(key, library).works_found == 2
    other = Library([{"id": "t", "type": "article-newspaper", "container-title": "Boston Daily Advertiser"}])
    assert score(key, other).works_found == 0


def test_works_alike_in_names_and_title_are_paired_by_their_date():
    minutes = {"required": True, "type": "manuscript", "title": "Branch Committee minutes"}
    key = {"document": "c.txt", "works": [{**minutes, "ref": "m1", "issued": "1940-03-09"},
                                          {**minutes, "ref": "m2", "issued": "1940-06-22"}],
           "notes": [{"note": 1, "cites": [{"work": "m1", "kind": "full", "locator": None}]},
                     {"note": 2, "cites": [{"work": "m2", "kind": "full", "locator": None}]}]}
    # the ids sort against the dates: paired by id order, both links would count as wrong
    library = Library([{"id": "z", "type": "manuscript", "title": "Branch Committee minutes", "issued": {"date-parts": [[1940, 3, 9]]}},
                       {"id": "a", "type": "manuscript", "title": "Branch Committee minutes", "issued": {"date-parts": [[1940, 6, 22]]}}],
                      citations=[Citation("c.txt", 1, "z", "full", None), Citation("c.txt", 2, "a", "full", None)])
    assert score(key, library).links_right == 2
    # a key giving the dates as printed ("9 Mar. 1940") pairs them the same way
    for work, printed in zip(key["works"], ("9 Mar. 1940", "22 June 1940")):
        work["issued"] = printed
    assert score(key, library).links_right == 2


def test_editions_alike_in_names_and_title_are_paired_by_the_keys_year():
    """Two editions keyed with a year (no ``issued``) pair with the records of those years, whatever their ids."""
    book = {"required": True, "type": "book", "title": "Harbour Towns", "author": ["Okafor"]}
    key = {"document": "c.txt", "works": [{**book, "ref": "first", "year": 1929}, {**book, "ref": "later", "year": 1930}],
           "notes": [{"note": 1, "cites": [{"work": "first", "kind": "full", "locator": None}]},
                     {"note": 2, "cites": [{"work": "later", "kind": "full", "locator": None}]}]}
    record = {"type": "book", "title": "Harbour Towns", "author": [{"family": "Okafor"}]}
    library = Library([{**record, "id": "z", "issued": {"date-parts": [[1929]]}}, {**record, "id": "a", "issued": {"date-parts": [[1930]]}}],
                      citations=[Citation("c.txt", 1, "z", "full", None), Citation("c.txt", 2, "a", "full", None)])
    assert score(key, library).links_right == 2


def test_validate_names_each_problem():
    assert validate(LETTERS_KEY) == []
    broken = {**LETTERS_KEY, "split": "test", "notes_expected": 5,
              "works": LETTERS_KEY["works"] + [{"ref": "site", "required": True, "type": "web page", "author": "Smith",
                                                 "title": "X", "year": "1990", "pages": "3"}],
              "notes": LETTERS_KEY["notes"][:2] + [{"note": 4, "cites": [{"work": "nope", "kind": "quote"}]}]}
    problems = "\n".join(validate(broken))
    for expected in ("split 'test'", "'site' listed twice", "'web page' is not a CSL type", "year is not an integer",
                     "'author' is not a list", "'pages' is not a CSL variable", "not numbered 1..N",
                     "3 notes keyed, notes_expected is 5", "unknown work 'nope'", "kind 'quote'", "locator missing"):
        assert expected in problems
    assert validate({"document": "x.txt"})[0] == "missing 'title'"


REAL = Path(__file__).resolve().parents[1] / "data" / "real"


@pytest.mark.parametrize("path", sorted((REAL / "keys").glob("*.json")), ids=lambda p: p.stem)
def test_real_notes_key(path):
    """Every key of the real-notes corpus: the shape of CORPUS.md, its document, and the notes the reader finds."""
    key = load(path)
    assert validate(key) == []
    assert key["document"].rsplit(".", 1)[0] == path.stem
    document = REAL / "documents" / key["document"]
    assert document.is_file()
    assert len(read_document(document).notes) == key["notes_expected"]


def test_real_notes_benchmark_refuses_the_blind_split_unless_final():
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "real_notes.py"
    run = subprocess.run([sys.executable, str(script), "--split", "blind"], capture_output=True, text=True)
    assert run.returncode != 0 and "--final" in run.stderr


def test_real_notes_benchmark_pools_a_check_set_with_its_recorded_first_runs():
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "real_notes.py"
    key = json.loads((REAL / "keys" / "oa-getty-harris-2022-uyghur.json").read_text(encoding="utf-8"))
    run = subprocess.run([sys.executable, str(script), "--split", "dev", "--only", "oa-getty-harris"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "pooled (1 documents)" in run.stdout
    first = key["first_score"]
    assert (f"({first['works']} required found, {first['false_works']} false); cite links: {first['links']} right"
            in run.stdout)
    # an early key recorded no extracted_links: its set is scored, without a pooled first-run line
    run = subprocess.run([sys.executable, str(script), "--split", "dev", "--only", "ph-en-goldberg"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "pooled (1 documents)" in run.stdout and "first runs" not in run.stdout
    run = subprocess.run([sys.executable, str(script), "--split", "dev", "--only", "no-such-document"],
                         capture_output=True, text=True)
    assert run.returncode != 0 and "no-such-document" in run.stderr


def test_a_reprints_first_year_is_checked_when_the_key_gives_it():
    key = {"document": "a.txt", "notes": [],
           "works": [{"ref": "t", "title": "The Making", "author": [], "year": 1980, "original-date": "1963"}]}
    right = Library([{"id": "t", "title": "The Making", "issued": {"date-parts": [[1980]]},
                      "original-date": {"date-parts": [[1963]]}}])
    wrong = Library([{"id": "t", "title": "The Making", "issued": {"date-parts": [[1980]]}}])
    assert (score(key, right).fields_right, score(key, right).fields_checked) == (3, 3)
    assert score(key, wrong).field_errors == ["t.original-date: want 1963, got None"]


def test_a_keys_family_name_as_printed_holds_its_particle():
    key = {"document": "a.txt", "notes": [],
           "works": [{"ref": "o", "title": "Obstacles to Peacebuilding", "author": ["del Castillo"]}]}
    record = {"id": "o", "title": "Obstacles to Peacebuilding",
              "author": [{"given": "Graciana", "family": "Castillo", "non-dropping-particle": "del"}]}
    result = score(key, Library([record]))
    assert result.works_found == 1 and (result.fields_right, result.fields_checked) == (2, 2)
    other = {**record, "author": [{"given": "Graciana", "family": "Castillo", "non-dropping-particle": "de"}]}
    assert score(key, Library([other])).field_errors == ["o.author: want ['delcastillo'], got ['castillo']"]


def test_a_key_work_titled_by_its_paper_has_that_title_in_a_record_named_by_its_container():
    key = {"document": "a.txt", "notes": [],
           "works": [{"ref": "t", "title": "New York Times", "type": "article-newspaper", "year": 1881}]}
    record = {"id": "t", "type": "article-newspaper", "container-title": "New York Times",
              "issued": {"date-parts": [[1881, 12, 12]]}}
    result = score(key, Library([record]))
    assert result.works_found == 1 and (result.fields_right, result.fields_checked) == (3, 3)
