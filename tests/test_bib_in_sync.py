"""bib/ must be what the README's regeneration command produces from the bundled example."""
from pathlib import Path

from notecite.cli import main

BIB = Path(__file__).resolve().parents[1] / "bib"
NAMES = ["weissman-1988.bib", "weissman-1988.json", "weissman-1988-citations.json"]


def test_bib_is_up_to_date(tmp_path, example_article):
    args = ["extract", str(example_article), "-o", str(tmp_path / NAMES[0]), "-o", str(tmp_path / NAMES[1]),
            "--citations", str(tmp_path / NAMES[2]), "-q"]
    assert main(args) == 0
    for name in NAMES:
        fresh = (tmp_path / name).read_text(encoding="utf-8")
        assert (BIB / name).read_text(encoding="utf-8") == fresh, (
            f"bib/{name} is out of date: regenerate it with the command in README.md (section 'The example library in bib/')")
