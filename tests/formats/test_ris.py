"""RIS reading and writing."""
import copy
import json
from pathlib import Path

import pytest

from notecite.errors import InputError
from notecite.formats import ris
from notecite.library import Library

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"
RECORDS = json.loads((DATA / "library.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def round_trip():
    lib = Library()
    for record in copy.deepcopy(RECORDS):
        lib.add(record)
    text = ris.dumps(lib)
    return text, {r["id"]: r for r in ris.loads(text, "out.ris")}


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["id"])
def test_round_trip_keeps_every_field(round_trip, record):
    _, back = round_trip
    again = back[record["id"]]
    for variable, value in record.items():
        assert again.get(variable) == value, variable
    assert set(again) - set(record) == set()


def test_output_shape(round_trip):
    text, _ = round_trip
    lines = text.split("\r\n")
    assert lines[0] == "TY  - BOOK" and "ER  - " in lines
    assert all(line == "" or line[2:6] == "  - " for line in lines)
    assert "TY  - MGZN" in lines and "TY  - NEWS" in lines and "TY  - THES" in lines and "TY  - ELEC" in lines
    assert "A4  - Sedgwick, Peter" in lines  # translator
    assert "M2  - original-date: 1951" in lines  # no RIS tag: an M2 line, which Zotero's importer puts in Extra
    assert not any(line.startswith("N1  - original-date") for line in lines)
    assert "SP  - 76" in lines and "EP  - 136" in lines


@pytest.mark.parametrize("csl_type, ris_type", [
    ("book", "BOOK"), ("chapter", "CHAP"), ("article-journal", "JOUR"), ("article-magazine", "MGZN"),
    ("article-newspaper", "NEWS"), ("thesis", "THES"), ("report", "RPRT"), ("manuscript", "MANSCPT"),
    ("pamphlet", "PAMP"), ("webpage", "ELEC"), ("document", "GEN"), ("interview", "GEN"),
])
def test_types(csl_type, ris_type):
    text = ris.dumps([{"id": "k", "type": csl_type, "title": "T"}])
    assert text.startswith(f"TY  - {ris_type}\r\n")
    assert ris.loads(text)["k"]["type"] == csl_type


def test_reads_other_tools_output():
    lib = ris.loads((DATA / "sample.ris").read_text(encoding="utf-8"), "sample.ris")
    article, book = lib.records
    assert article["type"] == "article-journal"
    assert article["author"] == [{"family": "Thompson", "given": "E. P."}, {"family": "Linebaugh", "given": "Peter"}]
    assert article["title"] == "The Moral Economy" and article["container-title"] == "Past and Present"
    assert article["issued"] == {"date-parts": [[1971, 2, 1]]} and article["page"] == "76-136"
    assert article["ISSN"] == "0031-2746" and article["keyword"] == "crowds, food riots"
    assert article["note"] == "First note.\nSecond note."
    assert article["custom"]["ris"] == {"L1": "file:///tmp/thompson.pdf"}
    assert book["author"] == [
        {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"},
        {"family": "Cruz", "given": "Juana Inés", "dropping-particle": "de la"},
        {"literal": "World Health Organization"},
    ]
    assert book["issued"] == {"date-parts": [[1996]]}
    assert "L1  - file:///tmp/thompson.pdf" in ris.dumps(lib)  # unknown tags written back


def test_multiline_note_and_unmapped_type():
    record = {"id": "k", "type": "interview", "note": "line one\nline two", "title": "T"}
    assert ris.loads(ris.dumps([record]))["k"] == record


@pytest.mark.parametrize("text, line, words", [
    ("TY  - BOOK\nTI  - A\nthis is not a tag line\nER  - \n", 3, "not a RIS line"),
    ("TY  - BOOK\nTI  - A\n", 1, "no ER"),
    ("TY  - BOOK\nTI  - A\nTY  - JOUR\nER  - \n", 1, "no ER"),
    ("TI  - A\nER  - \n", 1, "outside a record"),
    ("TY  - BOOK\nTI - A\nER  - \n", 2, "not a RIS line"),
])
def test_malformed_input_names_file_and_line(text, line, words):
    with pytest.raises(InputError) as caught:
        ris.loads(text, "broken.ris")
    assert caught.value.path == "broken.ris" and caught.value.line == line and words in str(caught.value)


# Files notecite wrote but could not read back (found by fuzzing).
def test_unknown_type_is_written_as_the_one_ty_line():
    lib = ris.loads("TY  - WEIRD\r\nTI  - T\r\nER  - \r\n", "in.ris")
    text = ris.dumps(lib)
    assert text.count("TY  - ") == 1 and text.startswith("TY  - WEIRD\r\n")
    again = ris.loads(text, "out.ris")
    assert again.records[0]["type"] == "document" and again.records[0]["custom"]["ris"] == {"TY": "WEIRD"}


def test_two_sn_lines_and_line_breaks_in_values_read_back():
    lib = ris.loads("TY  - JOUR\r\nSN  - 1234-5678\r\nSN  - 8765-4321\r\nER  - \r\n", "in.ris")
    record = lib.records[0]
    record["custom"] = {"ris": {"C5": "a\rb\x0bc"}}
    record["note"] = "first\u2028second\r\nthird"
    text = ris.dumps(lib)
    assert text.count("SN  - ") == 2
    back = ris.loads(text, "out.ris").records[0]
    assert back["ISSN"] == "1234-5678\n8765-4321"
    assert back["custom"]["ris"]["C5"] == ["a", "b\x0bc"]  # a CR is a line break, \x0b is not
    assert back["note"] == "first\u2028second\nthird"


def test_values_with_line_breaks_in_one_value_tags_stay_on_their_line():
    text = ris.dumps([{"id": "k", "type": "book", "title": "T", "page": "12\n-14", "custom": {"ris": {"TY": "X\nER  - "}}}])
    assert ris.loads(text, "out.ris").records[0]["page"]


def test_no_er_line_is_an_error_naming_the_record_line():
    with pytest.raises(InputError, match=r"x.ris:3: record has no ER line"):
        ris.loads("TY  - BOOK\r\nER  - \r\nTY  - BOOK\r\nTI  - T\r\n", "x.ris")


def test_conference_papers_use_zoteros_tags_and_read_back():
    from notecite.formats import ris as ris_format
    record = {"id": "t", "type": "paper-conference", "title": "On the Soviet Question",
              "container-title": "Proceedings", "event-title": "Copenhagen Conference"}
    text = ris_format.dumps([record])
    assert "C3  - Proceedings" in text and "T2  - Copenhagen Conference" in text
    back = ris_format.loads(text).records[0]
    assert back["container-title"] == "Proceedings" and back["event-title"] == "Copenhagen Conference"


def test_a_letters_recipient_is_a2_and_a_date_range_keeps_its_first_year_in_py():
    from notecite.formats import ris as ris_format
    record = {"id": "l", "type": "personal_communication", "title": "Letter",
              "recipient": [{"family": "Serge", "given": "Victor"}], "issued": {"date-parts": [[1944], [1947]]}}
    text = ris_format.dumps([record])
    assert "A2  - Serge, Victor" in text and "PY  - 1944" in text and "M2  - issued: 1944/1947" in text
    back = ris_format.loads(text).records[0]
    assert back["recipient"] == record["recipient"] and back["issued"] == record["issued"]


def test_for_zotero_a_reports_number_is_sn():
    from notecite.formats import ris as ris_format
    record = {"id": "r", "type": "report", "title": "Report", "number": "21/4"}
    assert "SN  - 21/4" in ris_format.dumps([record], for_zotero=True)
    assert ris_format.loads(ris_format.dumps([record], for_zotero=True)).records[0]["number"] == "21/4"
    assert "M1  - 21/4" in ris_format.dumps([record])
