"""notecite's files imported by Zotero's own import code (translation-server on 127.0.0.1).

Runs ``tests/zotero/zotero_import.py`` (see its docstring): the founding example's library and
the every-type library in every format, plain and ``--for zotero``, plus the push payload,
imported with Zotero's BibTeX, RIS and CSL JSON translators and exported again with its CSL JSON
export. Fails on a value lost with ``--for zotero`` that the README's table "What Zotero's
importers cannot take in" does not list (or a listed loss that no longer happens), on a citation
key that does not come back from Zotero's export, and when ``docs/zotero-import.md`` is not
what this run generates. Skipped, with the reason, when Node.js or the harness is missing.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("notecite_zotero_import", HERE / "zotero_import.py")
harness = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(harness)

README = harness.ROOT / "README.md"
DOC = harness.ROOT / "docs" / "zotero-import.md"
#: README table row label → harness format name.
ROW_FORMATS = {"CSL-JSON": "csl-json", "RIS": "ris", "BibLaTeX": "biblatex", "BibTeX": "bibtex", "push": "push"}


@pytest.fixture(scope="module")
def rows():
    reason = harness.unavailable()
    if reason:
        pytest.skip(reason)
    try:
        return harness.run()
    except RuntimeError as error:
        pytest.skip(f"Zotero's translation-server is unavailable: {error}")


def readme_losses() -> dict[tuple[str, str], set[str]]:
    """(format, phase) → variables, from the README's "What Zotero's importers cannot take in" table."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### What Zotero's importers cannot take in", 1)[1].split("\n#", 1)[0]
    table: dict[tuple[str, str], set[str]] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        label = cells[0].strip("`") if cells else ""
        if len(cells) >= 3 and label in ROW_FORMATS:
            for phase, cell in (("import", cells[1]), ("export", cells[2])):
                same_as = "biblatex" if "the BibLaTeX list" in cell else None
                table[(ROW_FORMATS[label], phase)] = (table[(same_as, phase)] if same_as
                                                      else set(re.findall(r"`([^`]+)`", cell)))
    assert set(fmt for fmt, _ in table) == set(ROW_FORMATS.values()), "the README's Zotero table lacks a format"
    return table


@pytest.mark.parametrize("phase", ["import", "export"])
@pytest.mark.parametrize("fmt", list(ROW_FORMATS.values()))
def test_zotero_loses_only_what_the_readme_lists(rows, fmt, phase):
    lost = harness.losses(rows).get((fmt, phase), set())
    assert lost == readme_losses()[(fmt, phase)]


@pytest.mark.parametrize("fmt", ["csl-json", "ris", "push"])
def test_citation_keys_come_back_from_zoteros_csl_json_export(rows, fmt):
    keys = [r for r in rows if r["mode"] == "zotero" and r["fmt"] == fmt and r["phase"] == "export" and r["var"].startswith("id ")]
    assert keys and all(r["status"] == "kept" for r in keys), [r for r in keys if r["status"] != "kept"]


def test_zotero_mode_csl_json_and_push_lose_nothing(rows):
    lost = [r for r in rows if r["mode"] == "zotero" and r["fmt"] in ("csl-json", "push") and r["status"] == "lost"]
    assert lost == []


def test_zotero_mode_names_keep_particles_and_suffixes(rows):
    names = [r for r in rows if r["mode"] == "zotero" and r["fmt"] in ("csl-json", "ris", "push")
             and r["id"] in ("heijenoort1978trotsky", "king1963letter", "cruz1988respuesta") and r["var"] == "author"]
    assert len(names) == 18 and all(r["status"] == "kept" for r in names), names


def test_the_document_is_generated_from_this_run(rows):
    assert DOC.read_text(encoding="utf-8") == harness.render(rows), (
        "docs/zotero-import.md is out of date: run .venv/bin/python tests/zotero/zotero_import.py --write docs/zotero-import.md")
