import os

import pytest

from notecite.fileio import write_atomically


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "out.bib"
    write_atomically(target, "one")
    write_atomically(target, "two é")
    assert target.read_text(encoding="utf-8") == "two é"
    assert os.listdir(tmp_path) == ["out.bib"]


def test_failure_leaves_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.bib"
    target.write_text("user's file")

    with pytest.raises(UnicodeEncodeError):
        write_atomically(target, "bad \udcff surrogate")
    assert target.read_text() == "user's file"
    assert os.listdir(tmp_path) == ["out.bib"]


def test_keeps_permissions(tmp_path):
    target = tmp_path / "out.bib"
    target.write_text("x")
    target.chmod(0o600)
    write_atomically(target, "y")
    assert (target.stat().st_mode & 0o777) == 0o600
