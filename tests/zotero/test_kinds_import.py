"""Letters, interviews, archival items, newspapers by day and web pages extracted from real-shaped
notes, imported by Zotero's own code (translation-server from ``../shared/tools/zotero``).

The fixture ``tests/data/pipeline/archives-kinds.txt`` is extracted, written with ``--for zotero``
as CSL-JSON, RIS and BibLaTeX, and imported with Zotero's CSL JSON, RIS and BibTeX translators;
each kind must arrive as the Zotero item it is, with its recipient, interviewer, archive,
archive location, access date and genre in Zotero's fields (or, where Zotero's BibTeX importer
has no field, in the child note, as the README's table says). Skipped when Node.js or the
harness is missing.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from notecite.formats import write
from notecite.pipeline import extract

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("notecite_zotero_import_kinds", HERE / "zotero_import.py")
harness = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(harness)

FIXTURE = HERE.parent / "data" / "pipeline" / "archives-kinds.txt"
WEB = """A web page

Text.[1]

Notes

1. Sarah Lenz, "The Strike of 1912," Labour History Online, accessed May 4, 2019, https://example.org/strike.
"""


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    reason = harness.unavailable()
    if reason:
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("kinds")
    web = folder / "web.txt"
    web.write_text(WEB, encoding="utf-8")
    library = extract([FIXTURE, web])
    files = {fmt: folder / name for fmt, name in (("csl-json", "lib.json"), ("ris", "lib.ris"), ("biblatex", "lib.bib"))}
    for fmt, path in files.items():
        write(library, path, fmt, for_zotero=True)
    checker = harness.load_checker()
    try:
        with harness.translation_server() as url:
            return {fmt: checker.zotero_import(url, path)[1] for fmt, path in files.items()}
    except RuntimeError as error:
        pytest.skip(f"Zotero's translation-server is unavailable: {error}")


def item(items, item_type):
    found = [i for i in items if i.get("itemType") == item_type]
    assert len(found) == 1, [i.get("itemType") for i in items]
    return found[0]


def creators(entry, role):
    return [c.get("lastName") or c.get("name") for c in entry["creators"] if c["creatorType"] == role]


def day(entry):
    """The item's date as (year, month, day): Zotero keeps ``1929-10-14`` from RIS and writes
    ``October 14, 1929`` from CSL-JSON."""
    import datetime

    for shape in ("%Y-%m-%d", "%B %d, %Y"):
        try:
            parsed = datetime.datetime.strptime(entry["date"], shape)
            return parsed.year, parsed.month, parsed.day
        except ValueError:
            continue
    return entry["date"]


def child_note(items, parent):
    return " ".join(i["note"] for i in items if i.get("itemType") == "note" and i.get("parentItem") == parent["key"])


@pytest.mark.parametrize("fmt", ["csl-json", "ris"])
def test_a_letter_arrives_as_a_zotero_letter_with_recipient_and_archive(imported, fmt):
    letter = item(imported[fmt], "letter")
    assert creators(letter, "author") == ["Goldman"] and creators(letter, "recipient") == ["Berkman"]
    assert letter["archive"] == "Tamiment Library"
    assert letter["archiveLocation"] == "Emma Goldman Papers, box 12, folder 4"
    assert day(letter) == (1929, 10, 14)


def test_an_interview_arrives_as_a_zotero_interview_with_interviewer_and_medium(imported):
    interview = item(imported["csl-json"], "interview")
    assert creators(interview, "interviewee") == ["Reynolds"] and creators(interview, "interviewer") == ["Hart"]
    assert interview["interviewMedium"] == "tape recording" and day(interview) == (1976, 5, 12)


@pytest.mark.parametrize("fmt", ["csl-json", "ris"])
def test_an_archival_item_keeps_archive_and_shelfmark_and_a_newspaper_its_day(imported, fmt):
    manuscript = item(imported[fmt], "manuscript")
    assert manuscript["archive"] == "Archives nationales" and manuscript["archiveLocation"] == "F7 13090"
    newspaper = item(imported[fmt], "newspaperArticle")
    assert newspaper["publicationTitle"] == "Daily Herald" and day(newspaper) == (1937, 11, 7)
    assert not newspaper.get("volume")


@pytest.mark.parametrize("fmt", ["csl-json", "ris", "biblatex"])
def test_a_web_page_keeps_its_access_date(imported, fmt):
    page = next(i for i in imported[fmt] if i.get("url") == "https://example.org/strike")
    assert page["accessDate"].startswith("2019-05-04")


def test_biblatex_keeps_what_zoteros_bibtex_importer_has_no_field_for_in_the_child_note(imported):
    items = imported["biblatex"]
    letter = next(i for i in items if i.get("title") == "Goldman to Berkman")
    note = child_note(items, letter)
    assert "recipient: Berkman" in note and "archive: Tamiment Library" in note
    assert "archive_location: Emma Goldman Papers, box 12, folder 4" in note.replace("\\_", "_")
