"""The pybtex plugins, called through pybtex's own entry points."""
import json
import subprocess
import sys
from pathlib import Path

import pybtex.database
import pytest
from pybtex.exceptions import PybtexError

ARTICLE = Path(__file__).parent / "data" / "pipeline" / "luxemburg.md"


def test_parse_file_with_notes_format_runs_extraction():
    data = pybtex.database.parse_file(str(ARTICLE), bib_format="notes")
    titles = sorted(str(entry.fields["title"]) for entry in data.entries.values())
    assert any("Accumulation of Capital" in t for t in titles)
    entry = next(e for e in data.entries.values() if "Accumulation" in e.fields["title"])
    assert [str(p) for p in entry.persons["author"]] == ["Luxemburg, Rosa"]
    assert entry.fields["publisher"] == "Routledge"


def test_parse_string_reads_plain_text_notes():
    text = "A claim.(1)\n\nNotes\n1. Leon Trotsky, The Revolution Betrayed (New York: Doubleday, 1937), 12.\n"
    data = pybtex.database.parse_string(text, bib_format="notes")
    assert [str(e.fields["title"]) for e in data.entries.values()] == ["The Revolution Betrayed"]


def test_missing_file_raises_pybtex_error(tmp_path):
    with pytest.raises((PybtexError, OSError)):
        pybtex.database.parse_file(str(tmp_path / "missing.txt"), bib_format="notes")


def test_pybtex_convert_command_line(tmp_path):
    out = tmp_path / "refs.bib"
    convert = [sys.executable, "-m", "pybtex.database.convert"]
    subprocess.run(convert + ["-f", "notes", str(ARTICLE), str(out)], check=True, capture_output=True)
    reread = pybtex.database.parse_file(str(out))
    assert len(reread.entries) >= 2
    as_json = tmp_path / "refs.json"
    subprocess.run(convert + ["-t", "csljson", str(out), str(as_json)], check=True, capture_output=True)
    records = json.loads(as_json.read_text(encoding="utf-8"))
    assert {r["id"] for r in records} == set(reread.entries.keys())


SPECIALS = "A claim.(1)\n\nNotes\n1. Victor Serge, Memoirs of a Revolutionary, (London & New York: Writers & Readers, 1987) 67.\n"


def test_pybtex_convert_escapes_ampersands_exactly_once(tmp_path):
    """Issue 9: ``Writers \\\\& Readers`` broke LaTeX; pybtex's writer escapes ``& % # _`` itself."""
    from notecite.formats import bibtex
    article, out = tmp_path / "article.txt", tmp_path / "refs.bib"
    article.write_text(SPECIALS, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pybtex.database.convert", "-f", "notes", str(article), str(out)],
                   check=True, capture_output=True)
    text = out.read_text(encoding="utf-8")
    assert 'publisher = "Writers \\& Readers"' in text and "\\\\" not in text
    record = bibtex.loads(text, "bibtex")["serge1987memoirs"]
    assert record["publisher"] == "Writers & Readers" and record["publisher-place"] == "London & New York"


def test_pybtex_convert_output_compiles_with_latex_and_bibtex(tmp_path):
    import shutil
    if not (shutil.which("latex") and shutil.which("bibtex")):
        pytest.skip("latex and bibtex are not installed (apt-get install texlive-latex-base)")
    article = tmp_path / "article.txt"
    article.write_text(SPECIALS.replace("Revolutionary", "Revolutionary, 100% #1"), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pybtex.database.convert", "-f", "notes", str(article), str(tmp_path / "refs.bib")],
                   check=True, capture_output=True)
    (tmp_path / "doc.tex").write_text("\\documentclass{article}\\begin{document}\\nocite{*}"
                                      "\\bibliographystyle{plain}\\bibliography{refs}\\end{document}\n", encoding="utf-8")
    run = lambda *cmd: subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=120)  # noqa: E731
    run("latex", "-interaction=nonstopmode", "doc.tex")
    assert run("bibtex", "doc").returncode == 0
    result = run("latex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex")
    assert result.returncode == 0, result.stdout[-2000:]
    assert "Writers \\& Readers" in (tmp_path / "doc.bbl").read_text()
