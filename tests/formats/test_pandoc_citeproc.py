"""Round trip through the real pandoc: notes written as pandoc citations, re-rendered by
``pandoc --citeproc`` in chicago-notes-bibliography, name the same works at the same pages."""
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from notecite.csl.styles import resolve
from notecite.document import read_document
from notecite.formats import write
from notecite.formats.pandoc import to_pandoc_markdown
from notecite.link.matching import title_words
from notecite.pipeline import extract

ARTICLE = Path(__file__).parents[1] / "data" / "pipeline" / "luxemburg.md"


@pytest.fixture
def pandoc() -> str:
    path = shutil.which("pandoc")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("pandoc is not installed in CI (.ci/run installs Debian's pandoc)")
        pytest.skip("pandoc is not installed (apt-get install pandoc)")
    return path


def rendered_notes(pandoc: str, document: Path, tmp_path: Path) -> tuple[dict[int, str], object]:
    library = extract([document])
    write(library, tmp_path / "refs.json")
    markdown = tmp_path / "article.md"
    markdown.write_text(to_pandoc_markdown(read_document(document), library, bibliography="refs.json"), encoding="utf-8")
    style = resolve("chicago-notes-bibliography").path
    out = subprocess.run([pandoc, "--citeproc", "--csl", str(style), "-t", "plain", "--wrap=none", "article.md"],
                         cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    notes = {int(n): text.strip() for n, text in re.findall(r"^\[(\d+)\]\s+(.*?)(?=^\[\d+\]|\Z)", out, re.M | re.S)}
    return notes, library


def pages(locator: str) -> list[str]:
    return re.findall(r"\d+", locator or "")


def assert_same_works_and_pages(notes: dict[int, str], library, document_name: str) -> None:
    checked = 0
    for citation in library.citations:
        if citation.document != document_name or citation.kind == "mention":
            continue
        record = library[citation.record_id]
        text = re.sub(r"\s+", " ", notes[citation.note])
        words = title_words(record.get("title-short") or record.get("title"))[:2]
        folded = " ".join(title_words(text))
        assert all(w in folded for w in words), (citation.note, words, text)
        for number in pages(citation.locator):
            assert number in text, (citation.note, citation.locator, text)
        checked += 1
    assert checked > 0


def test_pandoc_rerenders_the_notes_with_the_same_works_and_pages(pandoc, tmp_path):
    notes, library = rendered_notes(pandoc, ARTICLE, tmp_path)
    assert sorted(notes) == [1, 2, 3, 4, 5, 6]
    assert_same_works_and_pages(notes, library, ARTICLE.name)


def test_pandoc_on_the_founding_example(pandoc, tmp_path, example_article):
    notes, library = rendered_notes(pandoc, example_article, tmp_path)
    assert len(notes) == 24
    assert_same_works_and_pages(notes, library, example_article.name)
