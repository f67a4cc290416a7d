"""LaTeX output compiles: a bibliography in the 20 most used styles through Debian's lualatex or pdflatex.

Skipped, with the reason, when neither engine is installed (``.ci/run`` installs
``texlive-latex-base``, which brings both). The records carry every character LaTeX treats
specially, rich text (italics inside an italic title, small caps) and typographic punctuation.
"""
from __future__ import annotations

import shutil
import subprocess

import pytest

from notecite.csl.render import render_bibliography, render_citations
from notecite.csl.styles import resolve

#: The 20 most used styles (Zotero's most installed, independent or resolved through a parent).
STYLES = """apa chicago-author-date chicago-notes-bibliography modern-language-association harvard-cite-them-right
ieee vancouver nature american-medical-association american-chemical-society american-sociological-association
american-political-science-association elsevier-harvard springer-basic-author-date oscola
turabian-fullnote-bibliography mhra-notes bluebook-law-review cell the-lancet""".split()

SPECIAL = [{"id": "special", "type": "article-journal", "title": "Costs & 50% of $5 for #1_a {x} ~ ^ \\ <tags>",
            "container-title": "Journal of <i>Tests</i>", "volume": "3", "issue": "5-6", "page": "101-9",
            "author": [{"family": "O'Brien", "given": "Siân"}, {"family": "Berg", "given": "Ingrid",
                                                             "non-dropping-particle": "van der"}],
            "issued": {"date-parts": [[2004, 5]]}, "URL": "https://example.org/a_b?c=1&d=%20#e"},
           {"id": "rich", "type": "book", "title": "Printing <i>Don Quixote</i> and <span style=\"font-variant:small-caps;\">Smallcaps</span>",
            "publisher": "Harper & Row", "publisher-place": "New York", "number-of-volumes": "2",
            "author": [{"literal": "UNESCO"}], "issued": {"date-parts": [[1972]]}, "original-date": {"date-parts": [[1949]]}}]


def _engine() -> str | None:
    return shutil.which("pdflatex") or shutil.which("lualatex")


@pytest.mark.skipif(_engine() is None, reason="neither lualatex nor pdflatex is installed (Debian: texlive-latex-base)")
def test_bibliographies_compile(tmp_path, mixed10):
    records = mixed10 + SPECIAL
    sections = []
    for style in STYLES:
        resolve(style)  # every listed style is known
        try:
            entries = render_bibliography(records, style, output="latex")
        except Exception:  # a note style without a bibliography: its citations
            entries = render_citations(records, style, output="latex")
        assert entries, style
        sections.append(f"\\section*{{{style}}}\n" + "".join(f"{entry}\n\n" for entry in entries))
    document = ("\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n"
                "\\begin{document}\n" + "".join(sections) + "\\end{document}\n")
    (tmp_path / "bib.tex").write_text(document, encoding="utf-8")
    engine = _engine()
    run = subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", "bib.tex"], cwd=tmp_path,
                         capture_output=True, text=True, errors="replace", timeout=300)
    log = (tmp_path / "bib.log").read_text(encoding="utf-8", errors="replace")
    errors = [line for line in log.splitlines() if line.startswith("!")]
    assert run.returncode == 0 and not errors, f"{engine} failed: {errors[:5]}"
    assert (tmp_path / "bib.pdf").stat().st_size > 0
    assert len(sections) == len(STYLES)
