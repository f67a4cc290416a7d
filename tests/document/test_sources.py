"""Standard input, --from and folders: which documents are read, and how."""
from __future__ import annotations

import io
import sys

import pytest

from notecite import document as document_module
from notecite.document import expand_paths, format_for, read_document
from notecite.errors import InputError

TEXT = "Claim.[1]\n\nNotes\n\n1. Victor Serge, Memoirs of a Revolutionary (London, 1987), 67.\n"


@pytest.fixture
def stdin(monkeypatch):
    """Replace standard input with the given bytes (read once, as notecite reads it)."""
    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        document_module._stdin_bytes.cache_clear()
    yield feed
    document_module._stdin_bytes.cache_clear()


def test_stdin_needs_a_format(stdin):
    stdin(TEXT.encode())
    with pytest.raises(InputError, match="^stdin: name the format of standard input with --from"):
        read_document("-")


def test_stdin_is_read_once_and_can_be_read_again(stdin):
    stdin(TEXT.encode())
    first = read_document("-", "text")
    again = read_document("-", "txt")
    assert first.path == "stdin" and [n.text for n in first.notes] == [n.text for n in again.notes]
    assert first.notes[0].text == "Victor Serge, Memoirs of a Revolutionary (London, 1987), 67."


def test_format_names_and_aliases():
    assert format_for("a.txt", "MD") == "markdown" and format_for("a.bin", "fodt") == "odt"
    assert format_for("a.FODT") == "odt"
    with pytest.raises(InputError, match="unknown document format 'rtf'"):
        format_for("a.rtf", "rtf")
    with pytest.raises(InputError, match=r"extension '\.rtf'; use \.txt, \.md, .*or name the format with --from"):
        format_for("a.rtf")


def test_from_overrides_the_extension(tmp_path):
    path = tmp_path / "notes.data"
    path.write_text(TEXT, encoding="utf-8")
    assert read_document(path, "text").notes[0].number == 1


def test_folders_are_read_recursively_without_hidden_files(tmp_path):
    for name in ("b.md", "sub/a.txt", "sub/deeper/c.docx", "sub/skip.json", ".git/x.txt", "sub/.hidden.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = expand_paths([str(tmp_path), "-", "single.txt"])
    assert found == [str(tmp_path / "b.md"), str(tmp_path / "sub/a.txt"), str(tmp_path / "sub/deeper/c.docx"),
                     "-", "single.txt"]
    assert expand_paths([tmp_path], "*.md") == [str(tmp_path / "b.md")]
    assert expand_paths([tmp_path / "sub"], "*.json") == [str(tmp_path / "sub/skip.json")]
    with pytest.raises(InputError, match=r"folder holds no document matching '\*\.pdf'"):
        expand_paths([tmp_path], "*.pdf")
