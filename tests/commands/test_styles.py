"""notecite styles: matching styles with class and dependent yes/no."""
from __future__ import annotations

import pytest

from notecite import cli


@pytest.fixture(autouse=True)
def only_this_command(monkeypatch):
    """Build the CLI with this command alone, so other subcommands' state cannot break these tests."""
    monkeypatch.setattr(cli, "command_names", lambda: ["styles"])


def main(argv):
    return cli.main(argv)


def test_lists_matches_with_class_and_dependency(capsys):
    assert main(["styles", "abi", "technik"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "abi-technik\tnote\tyes\tABI Technik (Deutsch)" in out


def test_independent_in_text(capsys):
    assert main(["styles", "apa"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()][1:]  # after the header
    assert ["apa", "in-text", "no", "APA Style 7th edition"] in rows
    assert all("apa" in (r[0] + r[3]).lower() for r in rows)


def test_no_match(capsys):
    assert main(["styles", "zzzz-no-such-style"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "no style matches" in captured.err


def test_header_line_first(capsys):
    assert main(["styles", "apa"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "name\tclass\tdependent\ttitle"
    assert main(["styles", "--no-header", "apa"]) == 0
    assert not capsys.readouterr().out.startswith("name\t")
