"""Help texts: examples, defaults named, and lines that fit an 80-column terminal."""
import pytest

from notecite.cli import main

COMMANDS = ["extract", "convert", "format", "styles", "reading-list", "parse", "notes"]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_examples_and_fits_80_columns(command, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit):
        main([command, "--help"])
    text = capsys.readouterr().out
    assert "examples:" in text
    assert max(len(line) for line in text.splitlines()) <= 80


def test_extract_options_name_their_defaults(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for default in ("default: 'auth.lower + year + shorttitle(1,0)'", "default 1", "default: 40 works",
                    "default: from extension", "default: not written"):
        assert default in text, default
